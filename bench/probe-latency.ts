/**
 * `npm run bench:probe`: how long the edit-time probe takes, and what that means for the time from
 * the last keystroke to the probe's diagnostics in the editor (aim: 500 ms at p95 for
 * playground-sized networks).
 *
 * 1. Core: the static check plus the probe, in this process, on each spec (as the worker runs them),
 *    with the learning rate nudged every run so nothing is cached.
 * 2. Worker: the same through the probe worker thread and its client (message passing included),
 *    when `dist/probe-worker.js` is built.
 * The editor adds its debounce (CHECK_DELAY_MS, 100 ms) before the static check; the keystroke
 * figure below is debounce + worker time. The integration test measures the real thing in VS Code.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { checkSpec } from '../src/diagnosis/check';
import { probeChecked } from '../src/diagnosis/probe';
import type { SpecSource } from '../src/protocol';
import { ProbeClient } from '../src/training/probe-client';

const ROOT = path.resolve(__dirname, '..');
const DEBOUNCE_MS = 100;
const RUNS = Number(process.env.RUNS ?? 60);

/** TensorFlow Playground's largest network: 6 hidden layers of 8 units on 2 inputs, 500 samples. */
const PLAYGROUND_MAX = JSON.stringify({
  name: 'playground-max',
  data: { builtin: 'spirals', samples: 500, noise: 0.1 },
  layers: [...Array.from({ length: 6 }, () => ({ type: 'dense', units: 8, activation: 'tanh' })), { type: 'dense', units: 1, activation: 'sigmoid' }],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.03 },
  training: { epochs: 100, batchSize: 10 },
});

function specs(): { name: string; source: SpecSource }[] {
  const files = [
    ...['xor', 'iris', 'sine', 'spirals', 'houses'].map((n) => `examples/${n}.nn.json`),
    ...fs.readdirSync(path.join(ROOT, 'test/fixtures/probe')).map((f) => `test/fixtures/probe/${f}`),
    'test/fixtures/runs/long-run.nn.json',
  ];
  const fromFile = files.map((file) => {
    const absolute = path.join(ROOT, file);
    return { name: file, source: { specText: fs.readFileSync(absolute, 'utf8'), specDir: path.dirname(absolute), workspaceRoot: ROOT, defaultName: path.basename(file, '.nn.json') } };
  });
  return [{ name: 'playground-max (6×8 tanh, 500 samples)', source: { specText: PLAYGROUND_MAX, specDir: ROOT, workspaceRoot: ROOT, defaultName: 'playground-max' } }, ...fromFile];
}

/** The spec with its learning rate nudged, so every run probes a different text. */
function edited(source: SpecSource, run: number): SpecSource {
  return { ...source, specText: source.specText.replace(/"lr":\s*([0-9.e-]+)/, (_m, lr) => `"lr": ${Number(lr) * (1 + (run % 7) * 1e-6)}`) };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function line(name: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `${name.padEnd(46)} p50 ${quantile(sorted, 0.5).toFixed(1).padStart(6)} ms  p95 ${quantile(sorted, 0.95).toFixed(1).padStart(6)} ms  max ${sorted[sorted.length - 1].toFixed(1).padStart(6)} ms`;
}

function core(): number[] {
  console.log(`Core: static check + probe in this thread, ${RUNS} runs per spec`);
  const all: number[] = [];
  for (const { name, source } of specs()) {
    const times: number[] = [];
    for (let run = 0; run < RUNS + 3; run++) {
      const s = edited(source, run);
      const started = performance.now();
      probeChecked(checkSpec(s.specText, s), { context: s });
      if (run >= 3) times.push(performance.now() - started); // the first runs warm the JIT
    }
    all.push(...times);
    console.log('  ' + line(name, times));
  }
  console.log('  ' + line('all specs', all));
  return all;
}

async function worker(): Promise<number[] | undefined> {
  const entry = path.join(ROOT, 'dist/probe-worker.js');
  if (!fs.existsSync(entry)) {
    console.log('\nWorker: dist/probe-worker.js is not built (npm run build); skipped.');
    return undefined;
  }
  console.log(`\nWorker: the same through the probe worker thread and its client, ${RUNS} runs per spec`);
  const client = new ProbeClient(entry);
  const all: number[] = [];
  for (const { name, source } of specs()) {
    const times: number[] = [];
    for (let run = 0; run < RUNS + 3; run++) {
      const started = performance.now();
      await client.probe('bench', edited(source, run));
      if (run >= 3) times.push(performance.now() - started);
    }
    all.push(...times);
    console.log('  ' + line(name, times));
  }
  console.log('  ' + line('all specs', all));
  client.dispose();
  return all;
}

async function main(): Promise<void> {
  const coreTimes = core();
  const workerTimes = await worker();
  const sorted = [...(workerTimes ?? coreTimes)].sort((a, b) => a - b);
  console.log(
    `\nKeystroke → probe diagnostics (debounce ${DEBOUNCE_MS} ms + ${workerTimes ? 'worker' : 'core'}): ` +
      `p50 ${(DEBOUNCE_MS + quantile(sorted, 0.5)).toFixed(0)} ms, p95 ${(DEBOUNCE_MS + quantile(sorted, 0.95)).toFixed(0)} ms (aim: 500 ms at p95)`,
  );
}

void main();
