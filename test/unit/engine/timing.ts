/**
 * Local timing of the engine alone (not a test: no assertions, not matched by mocha's *.test.ts).
 *   npx tsx test/unit/engine/timing.ts [milliseconds per measurement, default 3000]
 * Prints samples/s for 2-16-16-1 (sigmoid, mse, batch 32) and 784-128-64-10 (relu, softmax+cce,
 * batch 64) in float32, instrumented and bare, and GFLOP/s counted as 6 flops per weight per sample
 * (the convention of bench/throughput.ts). The framework comparison lives in bench/.
 */
import { performance } from 'perf_hooks';
import { Trainer } from '../../../src/engine';
import type { Activation, LossName } from '../../../src/spec/types';
import { classification, dense, makeSpec } from './helpers';

const BUDGET_MS = Number(process.argv[2] ?? 3000);

interface Case {
  label: string;
  widths: number[];
  hidden: Activation;
  output: Activation;
  loss: LossName;
  batchSize: number;
  samples: number;
}

const CASES: Case[] = [
  { label: '2-16-16-1 sigmoid, mse, batch 32', widths: [2, 16, 16, 1], hidden: 'sigmoid', output: 'sigmoid', loss: 'mse', batchSize: 32, samples: 2048 },
  { label: '784-128-64-10 relu, softmax+cce, batch 64', widths: [784, 128, 64, 10], hidden: 'relu', output: 'softmax', loss: 'cce', batchSize: 64, samples: 4096 },
];

function samplesPerSecond(c: Case, instrument: boolean): number {
  const classes = c.widths[c.widths.length - 1] === 1 ? 2 : c.widths[c.widths.length - 1];
  const data = classification(c.samples, c.widths[0], classes, 1, (row) => (classes === 2 ? Number(row[0] * row[1] > 0) : Math.floor(((row[0] + 1) / 2) * classes) % classes));
  const layers = c.widths.slice(1).map((units, i) => dense(units, i === c.widths.length - 2 ? c.output : c.hidden));
  const trainer = new Trainer(makeSpec(layers, { loss: c.loss, optimizer: { lr: 0.01 }, training: { batchSize: c.batchSize } }), data, { instrument });
  for (let i = 0; i < 3; i++) trainer.trainEpoch();
  let epochs = 0;
  const start = performance.now();
  while (performance.now() - start < BUDGET_MS || epochs < 3) {
    trainer.trainEpoch();
    epochs++;
  }
  return (epochs * c.samples * 1000) / (performance.now() - start);
}

for (const c of CASES) {
  const weights = c.widths.slice(1).reduce((sum, units, i) => sum + c.widths[i] * units, 0);
  const instrumented = samplesPerSecond(c, true), bare = samplesPerSecond(c, false);
  console.log(
    `${c.label}: ${instrumented.toFixed(0)} samples/s instrumented (${((instrumented * 6 * weights) / 1e9).toFixed(2)} GFLOP/s), ` +
      `${bare.toFixed(0)} bare, instrumentation cost ${(100 * (1 - instrumented / bare)).toFixed(1)}%`,
  );
}
