/**
 * `npm run bench:check`: how long the static check of a 50-layer spec takes (parse, validate, load
 * data, lint). The editor re-checks 100 ms after the last keystroke, so diagnostics land at
 * 100 ms + this figure.
 */
import { performance } from 'perf_hooks';
import { checkSpec } from '../src/diagnosis/check';

const hidden = Array.from({ length: 49 }, (_, i) => ({ type: 'dense', units: 16, activation: i % 2 ? 'relu' : 'tanh', init: i % 3 ? 'he_normal' : 'xavier_uniform' }));
const layers = [...hidden, { type: 'dense', units: 1, activation: 'sigmoid' }];
const text = JSON.stringify({ data: { builtin: 'spirals', samples: 1000 }, layers, loss: 'bce', optimizer: { type: 'adam', lr: 0.01 } }, null, 2);

const times: number[] = [];
for (let i = 0; i < 500; i++) {
  const started = performance.now();
  checkSpec(text, { specDir: process.cwd(), workspaceRoot: process.cwd() });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
console.log(`50-layer spec (${text.split('\n').length} lines): static check p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${times.length} runs`);
