/**
 * `npm run bench`: training throughput of our engine against TensorFlow.js (CPU backend) and
 * brain.js, all measured in this run on this machine, so the ratios hold even where timings are noisy.
 */
import * as tf from '@tensorflow/tfjs';
import { performance } from 'perf_hooks';
import { Random } from '../src/engine/random';
import type { Dataset } from '../src/spec/dataset';
import { BenchCase, brainRunner, ourRunner, Runner, tfjsRunner } from './frameworks';

const BUDGET_MS = Number(process.env.BENCH_MS ?? 3000);

/** Final training loss of each measured runner, printed so a runner that does not train shows. */
const finalLosses: Record<string, number> = {};

/** Samples per second of a runner: warm up, then as many epochs as fit in the time budget. */
function measure(name: string, runner: Runner, samplesPerEpoch: number): number {
  for (let i = 0; i < 3; i++) runner.epoch();
  let epochs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < BUDGET_MS || epochs < 3) {
    runner.epoch();
    epochs++;
    elapsed = performance.now() - start;
  }
  if (runner.loss) finalLosses[name] = runner.loss();
  runner.dispose?.();
  return (epochs * samplesPerEpoch * 1000) / elapsed;
}

function syntheticData(samples: number, inputs: number, classes: number, seed: number): { data: Dataset; oneHot: Float32Array } {
  const rng = new Random(seed);
  const x = new Float64Array(samples * inputs);
  const labels = new Int32Array(samples);
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < inputs; j++) x[i * inputs + j] = rng.uniform(-1, 1);
    labels[i] = classes === 2 ? Number(x[i * inputs] * x[i * inputs + 1] > 0) : rng.int(classes);
  }
  const outputs = classes === 2 ? 1 : classes;
  const oneHot = new Float32Array(samples * outputs);
  for (let i = 0; i < samples; i++) {
    if (outputs === 1) oneHot[i] = labels[i];
    else oneHot[i * outputs + labels[i]] = 1;
  }
  const data: Dataset = {
    samples, inputs, x, labels, classes, task: 'classification', targetColumns: 1,
    featureNames: Array.from({ length: inputs }, (_, j) => `x${j}`),
    classNames: Array.from({ length: classes }, (_, k) => String(k)), targetNames: ['y'],
  };
  return { data, oneHot };
}

/** Multiply-adds per training sample, ×6: 2 for the forward product, 4 for the two backward ones. */
function flopsPerSample(widths: number[]): number {
  let macs = 0;
  for (let i = 1; i < widths.length; i++) macs += widths[i - 1] * widths[i];
  return 6 * macs;
}

async function main(): Promise<void> {
  await tf.setBackend('cpu');
  const small = syntheticData(2048, 2, 2, 1);
  const smallCase: BenchCase = { label: '2-16-16-1 sigmoid, mse, batch 32', widths: [2, 16, 16, 1], hidden: 'sigmoid', output: 'sigmoid', loss: 'mse', batchSize: 32, lr: 0.3, data: small.data };
  const big = syntheticData(4096, 784, 10, 2);
  const bigCase: BenchCase = { label: '784-128-64-10 relu, softmax+cce, batch 64', widths: [784, 128, 64, 10], hidden: 'relu', output: 'softmax', loss: 'cce', batchSize: 64, lr: 0.01, data: big.data };

  const rows: Record<string, number | string>[] = [];
  const ours = measure('2-16-16-1 ours', ourRunner(smallCase, true), 2048);
  const tfjs = measure('2-16-16-1 TF.js', tfjsRunner(smallCase, small.oneHot, 1), 2048);
  const brain = measure('2-16-16-1 brain.js', brainRunner(smallCase, small.oneHot, 1), 2048);
  rows.push({ case: smallCase.label, ours, tfjs, brain, vsTfjs: ours / tfjs, vsBrain: ours / brain });

  const oursBig = measure('784-128-64-10 ours', ourRunner(bigCase, true), 4096);
  const oursBare = measure('784-128-64-10 ours uninstrumented', ourRunner(bigCase, false), 4096);
  const tfjsBig = measure('784-128-64-10 TF.js', tfjsRunner(bigCase, big.oneHot, 10), 4096);
  const gflops = (oursBig * flopsPerSample(bigCase.widths)) / 1e9;
  rows.push({ case: bigCase.label, ours: oursBig, oursUninstrumented: oursBare, tfjs: tfjsBig, vsTfjs: oursBig / tfjsBig, gflops, instrumentationCost: 1 - oursBig / oursBare });
  report(rows);
}

function report(rows: Record<string, number | string>[]): void {
  const f = (v: number | string | undefined, digits = 0) => (typeof v === 'number' ? v.toFixed(digits) : v ?? '-');
  console.log(`\nTraining throughput (samples/s), ${BUDGET_MS} ms per measurement, node ${process.version}\n`);
  console.log('| network | ours | TF.js (cpu) | brain.js | ours ÷ TF.js | ours ÷ brain.js |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.case} | ${f(r.ours)} | ${f(r.tfjs)} | ${f(r.brain)} | ${f(r.vsTfjs, 1)}× | ${r.vsBrain === undefined ? '-' : f(r.vsBrain, 1) + '×'} |`);
  const big = rows[1];
  console.log(`\n784-128-64-10: ${f(big.gflops, 2)} GFLOP/s on one core; instrumentation costs ${f(100 * (big.instrumentationCost as number), 1)}% (${f(big.oursUninstrumented)} samples/s without it)`);
  console.log(`\nTraining loss after the measured epochs: ${Object.entries(finalLosses).map(([name, loss]) => `${name} ${loss.toFixed(4)}`).join(', ')}`);
  console.log('\n' + JSON.stringify(rows));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
