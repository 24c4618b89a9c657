/**
 * Builders for engine tests: complete ModelSpec literals (no dependency on the spec parser) and
 * small seeded data sets.
 */
import { Random } from '../../../src/engine/random';
import type { Dataset } from '../../../src/spec/dataset';
import { DEFAULT_DIAGNOSTICS } from '../../../src/spec/types';
import type { Activation, DenseLayerSpec, DropoutLayerSpec, InitSpec, LayerSpec, ModelSpec, OptimizerSpec, TrainingSpec } from '../../../src/spec/types';

/** A dense layer with he_normal init, bias 0 and no batch norm unless overridden. */
export function dense(units: number, activation: Activation, extra: Partial<DenseLayerSpec> = {}): DenseLayerSpec {
  return { type: 'dense', units, activation, init: { name: 'he_normal' } as InitSpec, bias: 0, batchNorm: false, ...extra };
}

/** A dropout layer. */
export function dropout(rate: number): DropoutLayerSpec {
  return { type: 'dropout', rate };
}

/** Every ModelSpec field filled; override what the test is about. */
export function makeSpec(layers: LayerSpec[], overrides: Partial<Omit<ModelSpec, 'optimizer' | 'training'>> & { optimizer?: Partial<OptimizerSpec>; training?: Partial<TrainingSpec> } = {}): ModelSpec {
  const { optimizer, training, ...rest } = overrides;
  return {
    name: 'test',
    seed: 7,
    data: { kind: 'inline', x: [], y: [], normalize: 'none' },
    layers,
    loss: 'mse',
    diagnostics: { ...DEFAULT_DIAGNOSTICS, vanishingGradNorm: 1e-7 },
    maxParams: 10_000_000,
    ...rest,
    optimizer: { type: 'sgd', lr: 0.1, momentum: 0, nesterov: false, weightDecay: 0, clipNorm: 0, ...optimizer },
    training: { epochs: 10, batchSize: 16, shuffle: true, validationSplit: 0, ...training },
  };
}

/** Uniform features in [−1, 1), samples × inputs. */
export function randomFeatures(samples: number, inputs: number, seed: number): Float64Array {
  const rng = new Random(seed);
  const x = new Float64Array(samples * inputs);
  for (let i = 0; i < x.length; i++) x[i] = rng.uniform(-1, 1);
  return x;
}

/** A classification data set; `label` decides each sample's class from its features. */
export function classification(samples: number, inputs: number, classes: number, seed: number, label: (row: Float64Array) => number): Dataset {
  const x = randomFeatures(samples, inputs, seed);
  const labels = new Int32Array(samples);
  for (let i = 0; i < samples; i++) labels[i] = label(x.subarray(i * inputs, (i + 1) * inputs));
  return {
    samples, inputs, x, labels, classes, task: 'classification', targetColumns: 1,
    featureNames: Array.from({ length: inputs }, (_, j) => `x${j}`),
    classNames: Array.from({ length: classes }, (_, k) => String(k)),
    targetNames: ['y'],
  };
}

/** Random labels 0…classes−1 (for gradient tests, where learnability does not matter). */
export function randomClassification(samples: number, inputs: number, classes: number, seed: number): Dataset {
  const rng = new Random(seed + 1000);
  return classification(samples, inputs, classes, seed, () => rng.int(classes));
}

/** XOR-like: the class is whether the first two features have the same sign. */
export function xorData(samples: number, seed: number): Dataset {
  return classification(samples, 2, 2, seed, (row) => (row[0] * row[1] > 0 ? 1 : 0));
}

/** A regression data set with targets f(row), `columns` per sample. */
export function regression(samples: number, inputs: number, seed: number, f: (row: Float64Array) => number[]): Dataset {
  const x = randomFeatures(samples, inputs, seed);
  const columns = f(x.subarray(0, inputs)).length;
  const targets = new Float64Array(samples * columns);
  for (let i = 0; i < samples; i++) targets.set(f(x.subarray(i * inputs, (i + 1) * inputs)), i * columns);
  return {
    samples, inputs, x, targets, task: 'regression', targetColumns: columns,
    featureNames: Array.from({ length: inputs }, (_, j) => `x${j}`),
    targetNames: Array.from({ length: columns }, (_, j) => `y${j}`),
  };
}
