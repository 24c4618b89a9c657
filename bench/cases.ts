/**
 * The benchmark's networks and data, without any framework loaded (bench/step-phases.ts times our
 * engine alone with them; bench/frameworks.ts runs them on each framework).
 */
import { Random } from '../src/engine/random';
import type { Dataset } from '../src/spec/dataset';
import { DEFAULT_DIAGNOSTICS } from '../src/spec/types';
import type { Activation, LossName, ModelSpec } from '../src/spec/types';

/** A benchmark network: layer widths from input to output, and how it is trained. */
export interface BenchCase {
  label: string;
  widths: number[];
  hidden: Activation;
  output: Activation;
  loss: LossName;
  batchSize: number;
  lr: number;
  data: Dataset;
}

/** The spec our engine trains for a benchmark case. */
export function specFor(c: BenchCase): ModelSpec {
  return {
    name: c.label,
    seed: 1,
    data: { kind: 'inline', x: [], y: [], normalize: 'none' },
    layers: c.widths.slice(1).map((units, i) => ({
      type: 'dense' as const,
      units,
      activation: i === c.widths.length - 2 ? c.output : c.hidden,
      init: { name: c.hidden === 'relu' ? ('he_normal' as const) : ('xavier_uniform' as const) },
      bias: 0,
      batchNorm: false,
    })),
    loss: c.loss,
    optimizer: { type: 'sgd', lr: c.lr, momentum: 0, nesterov: false, weightDecay: 0, clipNorm: 0 },
    training: { epochs: 1, batchSize: c.batchSize, shuffle: true, validationSplit: 0 },
    diagnostics: { ...DEFAULT_DIAGNOSTICS },
    maxParams: 10_000_000,
  };
}

/**
 * Seeded data: `inputs` uniform features in [−1, 1); two classes by the sign of x0·x1 (XOR-like), or
 * random labels; targets one-hot for TF.js and brain.js (one column for two classes).
 */
export function syntheticData(samples: number, inputs: number, classes: number, seed: number): { data: Dataset; oneHot: Float32Array } {
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

/** The two networks of `npm run bench`, with their data (seeded, so every process builds the same). */
export const BENCH_CASES = {
  small: (): { c: BenchCase; oneHot: Float32Array; outputs: number } => {
    const { data, oneHot } = syntheticData(2048, 2, 2, 1);
    return { c: { label: '2-16-16-1 sigmoid, mse, batch 32', widths: [2, 16, 16, 1], hidden: 'sigmoid', output: 'sigmoid', loss: 'mse', batchSize: 32, lr: 0.3, data }, oneHot, outputs: 1 };
  },
  big: (): { c: BenchCase; oneHot: Float32Array; outputs: number } => {
    const { data, oneHot } = syntheticData(4096, 784, 10, 2);
    return { c: { label: '784-128-64-10 relu, softmax+cce, batch 64', widths: [784, 128, 64, 10], hidden: 'relu', output: 'softmax', loss: 'cce', batchSize: 64, lr: 0.01, data }, oneHot, outputs: 10 };
  },
};

/** Which network: a key of BENCH_CASES. */
export type BenchCaseName = keyof typeof BENCH_CASES;
