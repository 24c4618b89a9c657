/**
 * Writes this set's specs: `npx tsx test/faults-blind28/author.ts`. Theme: deep, narrow networks
 * (3-5 hidden layers of 4-16 units) and long runs, on this set's CSVs and the builtins. The faulty
 * table is [file, spec or raw text]; the healthy one [file, spec].
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const stack = (sizes: number[], act: string, extra: Obj = {}) => sizes.map((u) => d(u, act, extra));
const csv = (file: string, target: string, normalize = 'standard', more: Obj = {}): Obj => ({ csv: `../data/${file}`, target, normalize, ...more });
const BEAR_FEATURES = ['rpm', 'temp_c', 'vibration_mm_s', 'load_kn', 'hours', 'lube_days'];
const bear = (normalize = 'standard') => csv('bearings.csv', 'failure', normalize, { features: BEAR_FEATURES });
const crops = (normalize = 'standard') => csv('crops.csv', 'yield_t_ha', normalize);
const glass = (normalize = 'standard') => csv('glass.csv', 'type', normalize);
const spec = (name: string, seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj): Obj =>
  ({ name, seed, data, layers, loss, optimizer, training });
const bin = (act = 'sigmoid') => d(1, act, { init: 'xavier_uniform' });

const FAULTY: Array<[string, Obj | string]> = [
  // invalid-spec
  ['invalid-spec.activation-capitalised', spec('bearing-net', 3, bear(), [...stack([16, 12, 8], 'ReLU'), bin()], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 400, batchSize: 32 })],
  ['invalid-spec.optimizer-adamw', spec('crops-deep', 4, crops(), [...stack([12, 12, 8, 8], 'elu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, { epochs: 600, batchSize: 32 })],
  ['invalid-spec.trailing-comma', '{\n  "name": "glass-deep",\n  "seed": 5,\n  "data": { "csv": "../data/glass.csv", "target": "type", "normalize": "standard" },\n  "layers": [\n    { "type": "dense", "units": 12, "activation": "tanh" },\n    { "type": "dense", "units": 8, "activation": "tanh" },\n    { "type": "dense", "units": 3, "activation": "softmax" },\n  ],\n  "loss": "cce",\n  "optimizer": { "type": "adam", "lr": 0.003 },\n  "training": { "epochs": 500, "batchSize": 32 }\n}\n'],
  // data-error
  ['data-error.csv-filename-typo', spec('crops-yield', 6, csv('crop.csv', 'yield_t_ha'), [...stack([16, 8, 8], 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 800, batchSize: 32 })],
  ['data-error.logger-gaps', spec('bearings-gaps', 7, csv('bearings-gaps.csv', 'failure', 'standard', { features: BEAR_FEATURES }), [...stack([12, 8, 8], 'relu'), bin()], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 500, batchSize: 32 })],
  ['data-error.target-column-renamed', spec('crops-yield', 8, csv('crops.csv', 'yield'), [...stack([8, 8, 8], 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 700, batchSize: 16 })],
  // shape-mismatch
  ['shape-mismatch.glass-two-outputs', spec('glass', 9, glass(), [...stack([16, 12, 8], 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 600, batchSize: 32 })],
  ['shape-mismatch.crops-three-outputs', spec('crops', 10, crops(), [...stack([8, 8, 8, 8], 'elu'), d(3)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 900, batchSize: 32 })],
  ['shape-mismatch.spirals4-three-outputs', spec('spirals4', 11, { builtin: 'spirals', classes: 4, samples: 400, noise: 0.1 }, [...stack([16, 16, 16, 12], 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 1200, batchSize: 32 })],
  // loss-activation-mismatch
  ['loss-activation-mismatch.cce-sigmoid-head', spec('glass', 12, glass(), [...stack([12, 12, 8], 'tanh'), d(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 600, batchSize: 32 })],
  ['loss-activation-mismatch.bce-softmax-single-unit', spec('bearings', 13, bear(), [...stack([16, 8, 8], 'relu'), d(1, 'softmax')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 500, batchSize: 32 })],
  ['loss-activation-mismatch.mse-softmax-regression', spec('crops', 14, crops(), [...stack([12, 8, 8], 'tanh'), d(1, 'softmax')], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 600, batchSize: 32 })],
  // init-symmetry
  ['init-symmetry.zeros-deep-tanh', spec('moons-deep', 15, { builtin: 'moons', samples: 300, noise: 0.15 }, [...stack([8, 8, 8, 8], 'tanh', { init: 'zeros' }), bin()], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 600, batchSize: 32 })],
  ['init-symmetry.constant-relu', spec('crops-const', 16, crops(), [...stack([16, 12, 8], 'relu', { init: { name: 'constant', value: 0.05 } }), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 800, batchSize: 32 })],
  // init-scale
  ['init-scale.normal-std3-deep-tanh', spec('circles-deep', 17, { builtin: 'circles', samples: 300, noise: 0.1 }, [...stack([12, 12, 12, 12, 12], 'tanh', { init: { name: 'normal', std: 3 } }), bin()], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 500, batchSize: 32 })],
  ['init-scale.normal-tiny-deep-relu', spec('glass-tiny', 18, glass(), [...stack([16, 16, 12, 12, 8], 'relu', { init: { name: 'normal', std: 0.001 } }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 500, batchSize: 32 })],
  // no-nonlinearity
  ['no-nonlinearity.linear-deep-circles', spec('circles-linear', 19, { builtin: 'circles', samples: 400, noise: 0.08 }, [...stack([16, 16, 8, 8], 'linear'), bin()], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 800, batchSize: 32 })],
  ['no-nonlinearity.activation-omitted-moons', spec('moons', 20, { builtin: 'moons', samples: 300, noise: 0.1 }, [d(12), d(12), d(8), bin()], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 1000, batchSize: 16 })],
  // lr-out-of-range
  ['lr-out-of-range.adam-lr-4', spec('bearings', 21, bear(), [...stack([16, 12, 8], 'relu'), bin()], 'bce', { type: 'adam', lr: 4 }, { epochs: 400, batchSize: 32 })],
  ['lr-out-of-range.sgd-lr-1e-8', spec('crops', 22, crops(), [...stack([12, 8, 8], 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 1e-8, momentum: 0.9 }, { epochs: 1500, batchSize: 32 })],
  ['lr-out-of-range.rmsprop-lr-20', spec('iris-deep', 23, { builtin: 'iris', normalize: 'standard' }, [...stack([8, 8, 8], 'elu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 20 }, { epochs: 500, batchSize: 16 })],
  // lr-too-high
  ['lr-too-high.sgd-momentum-crops', spec('crops', 24, crops(), [...stack([12, 12, 8, 8], 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.08, momentum: 0.9 }, { epochs: 600, batchSize: 32 })],
  ['lr-too-high.adam-0.08-glass', spec('glass', 25, glass(), [...stack([16, 12, 8, 8], 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.08 }, { epochs: 600, batchSize: 32 })],
  // lr-too-low
  ['lr-too-low.adam-1e-5-moons', spec('moons-deep', 26, { builtin: 'moons', samples: 300, noise: 0.1 }, [...stack([12, 12, 8, 8], 'relu'), bin()], 'bce', { type: 'adam', lr: 1e-5 }, { epochs: 500, batchSize: 32 })],
  ['lr-too-low.sgd-1e-4-crops', spec('crops', 27, crops(), [...stack([8, 8, 8], 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.0001 }, { epochs: 400, batchSize: 64 })],
  // dead-relu
  ['dead-relu.negative-bias', spec('bearings', 28, bear(), [...stack([16, 12, 8, 8], 'relu', { bias: -2.5 }), bin()], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 500, batchSize: 32 })],
  ['dead-relu.raw-rpm-hours-sgd', spec('bearings-raw', 29, bear('none'), [...stack([12, 12, 8], 'relu'), bin()], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 400, batchSize: 32 })],
  // vanishing-gradient
  ['vanishing-gradient.deep-sigmoid-sgd', spec('spirals-deep', 30, { builtin: 'spirals', samples: 300, noise: 0.1 }, [...stack([10, 10, 10, 10, 10], 'sigmoid'), d(2, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 800, batchSize: 32 })],
  ['vanishing-gradient.deep-sigmoid-crops', spec('crops-sig', 31, crops(), [...stack([8, 8, 8, 8, 8], 'sigmoid'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.5 }, { epochs: 600, batchSize: 32 })],
  // exploding-gradient
  ['exploding-gradient.raw-crops-relu', spec('crops-raw', 32, crops('none'), [...stack([12, 12, 8, 8], 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-6, momentum: 0.9 }, { epochs: 500, batchSize: 32 })],
  ['exploding-gradient.big-init-deep-relu', spec('sine-deep', 33, { builtin: 'sine', samples: 300, noise: 0.1 }, [...stack([16, 16, 16, 16, 16], 'relu', { init: { name: 'normal', std: 0.9 } }), d(1, 'linear', { init: { name: 'normal', std: 0.9 } })], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 400, batchSize: 16 })],
  // saturated-activation
  ['saturated-activation.raw-bearings-tanh', spec('bearings-raw', 34, bear('none'), [...stack([12, 8, 8], 'tanh'), bin()], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 500, batchSize: 32 })],
  ['saturated-activation.sigmoid-bias-4', spec('glass-sig', 35, glass(), [...stack([12, 12, 8], 'sigmoid', { bias: 4 }), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 600, batchSize: 32 })],
  // loss-plateau
  ['loss-plateau.heavy-dropout-narrow', spec('xor-narrow', 36, { builtin: 'xor', samples: 300, noise: 0.1 }, [d(4, 'relu'), drop(0.7), d(4, 'relu'), drop(0.7), d(4, 'relu'), bin()], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 800, batchSize: 32 })],
  ['loss-plateau.weight-decay-crushes', spec('moons-wd', 37, { builtin: 'moons', samples: 300, noise: 0.1 }, [...stack([12, 12, 8], 'relu'), bin()], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 0.5 }, { epochs: 600, batchSize: 32 })],
  // oscillating-loss
  ['oscillating-loss.rmsprop-0.03-full-batch', spec('circles', 38, { builtin: 'circles', samples: 300, noise: 0.1 }, [...stack([12, 12, 8], 'tanh'), bin()], 'bce', { type: 'rmsprop', lr: 0.03 }, { epochs: 500, batchSize: 300 })],
  ['oscillating-loss.sgd-momentum-0.99', spec('crops', 39, crops(), [...stack([12, 8, 8], 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.005, momentum: 0.99 }, { epochs: 600, batchSize: 360 })],
  // nan-loss
  ['nan-loss.raw-crops-sgd-lr-0.05', spec('crops-raw', 40, crops('none'), [...stack([16, 8, 8], 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 500, batchSize: 32 })],
  ['nan-loss.sgd-lr-0.5-deep-relu-sine', spec('sine', 41, { builtin: 'sine', samples: 400, noise: 0.1 }, [...stack([16, 16, 16, 16], 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.5, momentum: 0.9 }, { epochs: 300, batchSize: 8 })],
];

const H = (f: string, s: Obj): [string, Obj] => [f, s];
const HEALTHY: Array<[string, Obj]> = [
  H('bearings-deep-relu-adam', spec('bearings', 101, bear(), [...stack([16, 12, 8], 'relu'), bin()], 'bce', { type: 'adam', lr: 0.001, weightDecay: 1e-3 }, { epochs: 80, batchSize: 32, validationSplit: 0.2 })),
  H('bearings-minmax-tanh-rmsprop', spec('bearings', 102, bear('minmax'), [...stack([12, 12, 8, 8], 'tanh'), bin()], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 400, batchSize: 64 })),
  H('bearings-bn-dropout-sgd', spec('bearings', 103, bear(), [d(16, 'relu', { batchNorm: true }), drop(0.2), d(12, 'relu', { batchNorm: true }), drop(0.2), d(8, 'relu'), bin()], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 1e-4 }, { epochs: 300, batchSize: 32, validationSplit: 0.2 })),
  H('bearings-elu-adam-clip', spec('bearings', 104, bear(), [...stack([12, 8, 8], 'elu'), bin()], 'bce', { type: 'adam', lr: 0.001, clipNorm: 1, weightDecay: 1e-3 }, { epochs: 100, batchSize: 32, validationSplit: 0.2 })),
  H('crops-deep-elu-adam', spec('crops', 105, crops(), [...stack([16, 12, 8, 8], 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 800, batchSize: 32, validationSplit: 0.2 })),
  H('crops-tanh-sgd-momentum', spec('crops', 106, crops(), [...stack([12, 12, 8], 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 1000, batchSize: 32 })),
  H('crops-leaky-rmsprop-wd', spec('crops', 107, crops(), [...stack([16, 16, 8, 8, 4], 'leaky_relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001, weightDecay: 1e-4 }, { epochs: 600, batchSize: 16 })),
  H('crops-minmax-relu-adam-fullbatch', spec('crops', 108, crops('minmax'), [...stack([16, 16, 8], 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 2000, batchSize: 360 })),
  H('crops-sgd-clip-small-batch', spec('crops', 109, crops(), [...stack([12, 8, 8], 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.003, momentum: 0.9, clipNorm: 5 }, { epochs: 400, batchSize: 4 })),
  H('glass-deep-relu-adam', spec('glass', 110, glass(), [...stack([16, 16, 12], 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 80, batchSize: 32, validationSplit: 0.2 })),
  H('glass-tanh-sgd-nesterov', spec('glass', 111, glass(), [...stack([12, 12, 8, 8], 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 600, batchSize: 32 })),
  H('glass-sigmoid-adam-long', spec('glass', 112, glass(), [...stack([12, 8, 8], 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 1500, batchSize: 64 })),
  H('glass-bn-elu-rmsprop-dropout', spec('glass', 113, glass('minmax'), [d(16, 'elu', { batchNorm: true }), drop(0.1), d(12, 'elu', { batchNorm: true }), d(8, 'elu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003, weightDecay: 5e-4 }, { epochs: 500, batchSize: 32 })),
  H('moons-deep-relu-adam', spec('moons', 114, { builtin: 'moons', samples: 400, noise: 0.15 }, [...stack([16, 16, 12, 8], 'relu'), bin()], 'bce', { type: 'adam', lr: 0.002 }, { epochs: 500, batchSize: 32 })),
  H('moons-tanh-sgd-batch1', spec('moons', 115, { builtin: 'moons', samples: 200, noise: 0.1 }, [...stack([8, 8, 8], 'tanh'), bin()], 'bce', { type: 'sgd', lr: 0.005, momentum: 0.9 }, { epochs: 300, batchSize: 1 })),
  H('circles-deep-elu-rmsprop', spec('circles', 116, { builtin: 'circles', samples: 400, noise: 0.08 }, [...stack([12, 12, 8, 8], 'elu'), bin()], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 600, batchSize: 32 })),
  H('circles-leaky-adam-wd', spec('circles', 117, { builtin: 'circles', samples: 300, noise: 0.1 }, [...stack([16, 16, 16], 'leaky_relu'), bin()], 'bce', { type: 'adam', lr: 0.01, weightDecay: 1e-4 }, { epochs: 400, batchSize: 16 })),
  H('xor-narrow-tanh-adam', spec('xor', 118, { builtin: 'xor', samples: 300, noise: 0.1 }, [...stack([8, 8, 4], 'tanh'), bin()], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 800, batchSize: 32 })),
  H('xor-relu-sgd-edge', spec('xor', 119, { builtin: 'xor', samples: 300, noise: 0.1 }, [...stack([16, 12, 8], 'relu'), bin()], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9, clipNorm: 1 }, { epochs: 400, batchSize: 32 })),
  H('spirals-deep-relu-adam', spec('spirals', 120, { builtin: 'spirals', samples: 400, noise: 0.05 }, [...stack([16, 16, 16, 16, 12], 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 2000, batchSize: 32 })),
  H('spirals3-tanh-adam', spec('spirals3', 121, { builtin: 'spirals', samples: 450, noise: 0.05, classes: 3 }, [...stack([16, 16, 16, 16], 'tanh'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 1500, batchSize: 64 })),
  H('blobs4-elu-sgd', spec('blobs', 122, { builtin: 'blobs', samples: 400, noise: 0.2, classes: 4 }, [...stack([8, 8, 8], 'elu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 300, batchSize: 32 })),
  H('blobs-sigmoid-rmsprop', spec('blobs', 123, { builtin: 'blobs', samples: 300, noise: 0.3 }, [...stack([8, 8, 4], 'sigmoid'), bin()], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 400, batchSize: 32 })),
  H('sine-deep-tanh-adam', spec('sine', 124, { builtin: 'sine', samples: 400, noise: 0.05 }, [...stack([16, 16, 16], 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 1000, batchSize: 32 })),
  H('sine-elu-rmsprop-small-lr', spec('sine', 125, { builtin: 'sine', samples: 300, noise: 0.1 }, [...stack([16, 12, 12, 8], 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.0005 }, { epochs: 1500, batchSize: 16 })),
  H('iris-deep-relu-adam', spec('iris', 126, { builtin: 'iris', normalize: 'standard' }, [...stack([12, 12, 8], 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 400, batchSize: 16, validationSplit: 0.2 })),
  H('iris-minmax-tanh-sgd-fullbatch', spec('iris', 127, { builtin: 'iris', normalize: 'minmax' }, [...stack([8, 8, 8, 8], 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 1500, batchSize: 150 })),
  H('iris-bn-leaky-adam-dropout', spec('iris', 128, { builtin: 'iris', normalize: 'standard' }, [d(16, 'leaky_relu', { batchNorm: true }), drop(0.2), d(8, 'leaky_relu', { batchNorm: true }), d(8, 'leaky_relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 16 })),
  H('inline-thermostat-regression', spec('thermostat', 129, { inline: { x: [[0.1, 0.2], [0.3, 0.1], [0.5, 0.7], [0.7, 0.4], [0.9, 0.9], [0.2, 0.8], [0.4, 0.5], [0.6, 0.2], [0.8, 0.6], [1.0, 0.3], [0.15, 0.45], [0.55, 0.95]], y: [0.21, 0.33, 0.92, 0.78, 1.35, 0.71, 0.68, 0.58, 1.07, 0.96, 0.43, 1.12] } }, [...stack([8, 8, 4], 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 1500, batchSize: 12 })),
  H('inline-quality-classes', spec('quality', 130, { inline: { x: [[2.1, 30], [2.4, 35], [1.9, 28], [3.5, 60], [3.8, 58], [3.2, 65], [5.1, 90], [5.4, 95], [4.9, 88], [2.2, 40], [3.6, 52], [5.0, 80], [2.0, 33], [3.4, 62], [5.3, 85]], y: ['low', 'low', 'low', 'mid', 'mid', 'mid', 'high', 'high', 'high', 'low', 'mid', 'high', 'low', 'mid', 'high'] }, normalize: 'standard' }, [...stack([8, 8, 8], 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 400, batchSize: 5 })),
  H('moons-sgd-large-but-fine', spec('moons', 131, { builtin: 'moons', samples: 300, noise: 0.1 }, [...stack([16, 16, 8], 'tanh'), bin()], 'bce', { type: 'sgd', lr: 0.2, momentum: 0.9, clipNorm: 2 }, { epochs: 500, batchSize: 64 })),
  H('bearings-adam-small-lr-long', spec('bearings', 132, bear(), [...stack([12, 12, 8, 8], 'relu'), bin()], 'bce', { type: 'adam', lr: 0.0003 }, { epochs: 1500, batchSize: 32 })),
];

function writeAll(folder: string, rows: Array<[string, Obj | string]>): void {
  const dir = path.join(__dirname, folder);
  for (const [file, body] of rows) fs.writeFileSync(path.join(dir, `${file}.nn.json`), typeof body === 'string' ? body : JSON.stringify(body, null, 2) + '\n');
}
writeAll('faulty', FAULTY);
writeAll('healthy', HEALTHY);
console.log(`${FAULTY.length} faulty, ${HEALTHY.length} healthy`);
