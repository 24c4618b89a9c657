/**
 * Writes this set's specs (faulty/, healthy/) and their manifest metadata (specs.json):
 * `npx tsx test/faults-blind24/author.ts`. Written blind: see README.md.
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
interface Fault { slug: string; code: string; stage: string; catches: string[]; fault: string; spec: Obj }
interface Healthy { slug: string; covers: string; spec: Obj }

const dense = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const xor4 = { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } };
const and4 = { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 0, 0, 1] } };
// hours studied → exam score (a course exercise table)
const hours = { inline: { x: [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]], y: [52, 55, 61, 64, 68, 73, 75, 81, 84, 90] } };
// two small 2-D clusters typed in by hand
const dots = { inline: { x: [[0.1, 0.2], [0.3, 0.1], [0.2, 0.4], [0.4, 0.3], [0.9, 0.8], [0.7, 0.9], [0.8, 0.6], [0.6, 0.7], [0.15, 0.9], [0.3, 0.75], [0.2, 0.6], [0.05, 0.7]], y: [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2] } };
const grades = { csv: '../data/grades.csv', target: 'passed' };
const flats = { csv: '../data/flats.csv', target: 'rent_eur' };
const fruit = { csv: '../data/fruit.csv', target: 'kind' };

const faults: Fault[] = [
  // static: invalid-spec
  { slug: 'invalid-spec.adam-capitalised', code: 'invalid-spec', stage: 'static', catches: ['invalid-spec'], fault: 'optimizer type "Adam" written with a capital (Keras habit)',
    spec: { name: 'xor-adam', data: xor4, layers: [dense(4, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'Adam', lr: 0.05 }, training: { epochs: 300, batchSize: 4 } } },
  { slug: 'invalid-spec.keras-loss-name', code: 'invalid-spec', stage: 'static', catches: ['invalid-spec'], fault: 'loss "categorical_crossentropy" copied from Keras instead of "cce"',
    spec: { name: 'fruit', data: { ...fruit, normalize: 'standard' }, layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 50 } } },
  { slug: 'invalid-spec.epochs-as-string', code: 'invalid-spec', stage: 'static', catches: ['invalid-spec'], fault: 'training.epochs given as the string "100" and batch_size in snake case',
    spec: { name: 'moons', data: { builtin: 'moons' }, layers: [dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: '100', batch_size: 16 } } },
  // static: data-error
  { slug: 'data-error.na-in-csv', code: 'data-error', stage: 'static', catches: ['data-error'], fault: 'grades-na.csv, a spreadsheet export with "NA" in one row and an empty cell in another',
    spec: { name: 'grades', data: { csv: '../data/grades-na.csv', target: 'passed', normalize: 'standard' }, layers: [dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 60 } } },
  { slug: 'data-error.target-renamed', code: 'data-error', stage: 'static', catches: ['data-error'], fault: 'target "rent_eur" but flats-typo.csv calls the column "rent (eur)"',
    spec: { name: 'flats', data: { csv: '../data/flats-typo.csv', target: 'rent_eur', normalize: 'standard' }, layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 80 } } },
  { slug: 'data-error.inline-ragged-row', code: 'data-error', stage: 'static', catches: ['data-error'], fault: 'hand-typed inline table whose third row has 1 value instead of 2, and 5 labels for 4 rows',
    spec: { name: 'and-gate', data: { inline: { x: [[0, 0], [0, 1], [1], [1, 1]], y: [0, 0, 0, 1, 1] } }, layers: [dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.5 }, training: { epochs: 200, batchSize: 4 } } },
  // static: shape-mismatch
  { slug: 'shape-mismatch.one-output-three-classes', code: 'shape-mismatch', stage: 'static', catches: ['shape-mismatch'], fault: 'fruit has 3 classes but the softmax output has 1 unit',
    spec: { name: 'fruit', data: { ...fruit, normalize: 'standard' }, layers: [dense(12, 'relu'), dense(1, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 60 } } },
  { slug: 'shape-mismatch.iris-four-outputs', code: 'shape-mismatch', stage: 'static', catches: ['shape-mismatch'], fault: 'iris output layer of 4 softmax units ("4 features") for its 3 classes',
    spec: { name: 'iris', data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 100, batchSize: 16 } } },
  { slug: 'shape-mismatch.regression-two-units', code: 'shape-mismatch', stage: 'static', catches: ['shape-mismatch'], fault: 'sine regression (1 target) with a final layer of 2 units',
    spec: { name: 'sine', data: { builtin: 'sine', samples: 300 }, layers: [dense(32, 'tanh'), dense(2)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 100 } } },
  // static: loss-activation-mismatch
  { slug: 'loss-activation-mismatch.relu-output-bce', code: 'loss-activation-mismatch', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'bce on a relu output unit (the sigmoid was forgotten on the last layer, every layer copied as relu)',
    spec: { name: 'circles', data: { builtin: 'circles', samples: 300 }, layers: [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'relu')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 100 } } },
  { slug: 'loss-activation-mismatch.sigmoid-outputs-cce', code: 'loss-activation-mismatch', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'cce over 3 sigmoid outputs instead of softmax on the hand-typed dots table',
    spec: { name: 'dots', data: dots, layers: [dense(6, 'tanh'), dense(3, 'sigmoid')], loss: 'cce', optimizer: { type: 'adam', lr: 0.05 }, training: { epochs: 300, batchSize: 12 } } },
  { slug: 'loss-activation-mismatch.sigmoid-rent', code: 'loss-activation-mismatch', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'rent in euros (300-3000) regressed with mse through a sigmoid output that cannot exceed 1',
    spec: { name: 'flats', data: { ...flats, normalize: 'standard' }, layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 60 } } },
  // static: init-symmetry
  { slug: 'init-symmetry.zeros-hidden', code: 'init-symmetry', stage: 'static', catches: ['init-symmetry'], fault: 'hidden tanh layer initialised with zeros, so all 8 units stay identical',
    spec: { name: 'moons', data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [dense(8, 'tanh', { init: 'zeros' }), dense(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: { type: 'sgd', lr: 0.3, momentum: 0.9 }, training: { epochs: 100 } } },
  { slug: 'init-symmetry.constant-deep', code: 'init-symmetry', stage: 'static', catches: ['init-symmetry'], fault: 'every layer constant 0.1 ("small positive to avoid dead relus"), so units in a layer never differ',
    spec: { name: 'grades', data: { ...grades, normalize: 'standard' }, layers: [dense(16, 'relu', { init: 'constant', value: 0.1 }), dense(8, 'relu', { init: 'constant', value: 0.1 }), dense(1, 'sigmoid', { init: 'constant', value: 0.1 })], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 80 } } },
  // static: init-scale
  { slug: 'init-scale.normal-std-two', code: 'init-scale', stage: 'static', catches: ['init-scale', 'saturated-activation'], fault: 'normal init std 2 on 64-unit tanh layers (a "bigger weights learn faster" guess)',
    spec: { name: 'spirals', data: { builtin: 'spirals', samples: 300 }, layers: [dense(64, 'tanh', { init: 'normal', std: 2 }), dense(64, 'tanh', { init: 'normal', std: 2 }), dense(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: { epochs: 100 } } },
  { slug: 'init-scale.tiny-uniform-deep', code: 'init-scale', stage: 'static', catches: ['init-scale', 'vanishing-gradient'], fault: 'uniform init limit 0.001 on four relu layers: the signal shrinks ~1000x per layer',
    spec: { name: 'blobs', data: { builtin: 'blobs', classes: 4, samples: 300 }, layers: [dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: { epochs: 80 } } },
  // static: no-nonlinearity
  { slug: 'no-nonlinearity.xor-linear-hidden', code: 'no-nonlinearity', stage: 'static', catches: ['no-nonlinearity'], fault: 'XOR truth table with a hidden layer whose activation was left out (linear), so the net is linear',
    spec: { name: 'xor', data: xor4, layers: [dense(4), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: { epochs: 500, batchSize: 4 } } },
  { slug: 'no-nonlinearity.circles-linear-stack', code: 'no-nonlinearity', stage: 'static', catches: ['no-nonlinearity'], fault: 'three hidden layers all "linear" on circles',
    spec: { name: 'circles', data: { builtin: 'circles', samples: 400, noise: 0.05 }, layers: [dense(32, 'linear'), dense(32, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: { epochs: 120 } } },
  // static: lr-out-of-range
  { slug: 'lr-out-of-range.adam-lr-three', code: 'lr-out-of-range', stage: 'static', catches: ['lr-out-of-range', 'lr-too-high'], fault: 'adam lr 3 (typed where 3e-3 was meant)',
    spec: { name: 'iris', data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 3 }, training: { epochs: 100, batchSize: 16 } } },
  { slug: 'lr-out-of-range.sgd-lr-1e-7', code: 'lr-out-of-range', stage: 'static', catches: ['lr-out-of-range', 'lr-too-low'], fault: 'sgd lr 1e-7 (a fine-tuning rate copied into training from scratch)',
    spec: { name: 'moons', data: { builtin: 'moons', samples: 300 }, layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 1e-7 }, training: { epochs: 100 } } },
  // training: lr-too-high
  { slug: 'lr-too-high.rmsprop-fruit', code: 'lr-too-high', stage: 'probe', catches: ['lr-too-high', 'oscillating-loss'], fault: 'rmsprop lr 0.3 on a 3-layer fruit classifier',
    spec: { name: 'fruit', data: { ...fruit, normalize: 'standard' }, layers: [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.3 }, training: { epochs: 60 } } },
  { slug: 'lr-too-high.sgd-sine', code: 'lr-too-high', stage: 'probe', catches: ['lr-too-high', 'oscillating-loss', 'nan-loss', 'exploding-gradient'], fault: 'sgd lr 0.9 with momentum 0.9 on sine regression',
    spec: { name: 'sine', data: { builtin: 'sine', samples: 200 }, layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.9, momentum: 0.9 }, training: { epochs: 100, batchSize: 16 } } },
  // training: lr-too-low
  { slug: 'lr-too-low.adam-1e-5-grades', code: 'lr-too-low', stage: 'probe', catches: ['lr-too-low', 'loss-plateau'], fault: 'adam lr 1e-5 for 40 epochs on grades',
    spec: { name: 'grades', data: { ...grades, normalize: 'standard' }, layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.00001 }, training: { epochs: 40 } } },
  { slug: 'lr-too-low.sgd-small-blobs', code: 'lr-too-low', stage: 'probe', catches: ['lr-too-low', 'loss-plateau'], fault: 'plain sgd lr 0.0005 full-batch on blobs',
    spec: { name: 'blobs', data: { builtin: 'blobs', classes: 3, samples: 240 }, layers: [dense(12, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.0005 }, training: { epochs: 150, batchSize: 240 } } },
  // training: dead-relu
  { slug: 'dead-relu.negative-bias', code: 'dead-relu', stage: 'training', catches: ['dead-relu', 'init-scale'], fault: 'hidden relu bias initialised at -2 ("to keep it sparse"): most units never fire',
    spec: { name: 'moons', data: { builtin: 'moons', samples: 300 }, layers: [dense(16, 'relu', { bias: -2 }), dense(16, 'relu', { bias: -2 }), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 80 } } },
  // training: vanishing-gradient
  { slug: 'vanishing-gradient.deep-sigmoid-sgd', code: 'vanishing-gradient', stage: 'training', catches: ['vanishing-gradient', 'saturated-activation', 'loss-plateau'], fault: 'five sigmoid hidden layers trained with plain sgd',
    spec: { name: 'circles', data: { builtin: 'circles', samples: 300 }, layers: [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1 }, training: { epochs: 100 } } },
  { slug: 'vanishing-gradient.deep-tanh-small-normal', code: 'vanishing-gradient', stage: 'training', catches: ['vanishing-gradient', 'init-scale'], fault: 'four tanh layers with normal init std 0.05 (the default for "normal")',
    spec: { name: 'spirals', data: { builtin: 'spirals', samples: 300 }, layers: [dense(32, 'tanh', { init: 'normal' }), dense(32, 'tanh', { init: 'normal' }), dense(32, 'tanh', { init: 'normal' }), dense(32, 'tanh', { init: 'normal' }), dense(2, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: { epochs: 100 } } },
  // training: exploding-gradient
  { slug: 'exploding-gradient.raw-flats-deep', code: 'exploding-gradient', stage: 'training', catches: ['exploding-gradient', 'nan-loss', 'lr-too-high'], fault: 'raw flat features and rents in euros, 3 relu layers, sgd momentum 0.9 lr 1e-4',
    spec: { name: 'flats', data: flats, layers: [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.0001, momentum: 0.9 }, training: { epochs: 40 } } },
  { slug: 'exploding-gradient.large-normal-relu', code: 'exploding-gradient', stage: 'training', catches: ['exploding-gradient', 'init-scale', 'nan-loss'], fault: 'normal init std 1 on five 64-unit relu layers (activations grow ~5x per layer)',
    spec: { name: 'sine', data: { builtin: 'sine', samples: 300 }, layers: [dense(64, 'relu', { init: 'normal', std: 1 }), dense(64, 'relu', { init: 'normal', std: 1 }), dense(64, 'relu', { init: 'normal', std: 1 }), dense(64, 'relu', { init: 'normal', std: 1 }), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: { epochs: 50 } } },
  // training: saturated-activation
  { slug: 'saturated-activation.tanh-raw-grades', code: 'saturated-activation', stage: 'training', catches: ['saturated-activation', 'vanishing-gradient'], fault: 'tanh hidden layer on raw grades (attendance and quiz 0-100), normalize forgotten',
    spec: { name: 'grades', data: grades, layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: { epochs: 80 } } },
  { slug: 'saturated-activation.sigmoid-raw-fruit', code: 'saturated-activation', stage: 'training', catches: ['saturated-activation', 'vanishing-gradient'], fault: 'sigmoid hidden layers on raw fruit features (weight ~200 g)',
    spec: { name: 'fruit', data: fruit, layers: [dense(24, 'sigmoid'), dense(12, 'sigmoid'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: { epochs: 80 } } },
  // training: loss-plateau
  { slug: 'loss-plateau.two-unit-spirals', code: 'loss-plateau', stage: 'training', catches: ['loss-plateau'], fault: 'a single hidden layer of 2 relu units for 3-class spirals: stalls well above a fit',
    spec: { name: 'spirals', data: { builtin: 'spirals', classes: 3, samples: 300 }, layers: [dense(2, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 200 } } },
  { slug: 'loss-plateau.raw-rent-linear-tiny', code: 'loss-plateau', stage: 'training', catches: ['loss-plateau', 'lr-too-low'], fault: 'rent regression with standard features but targets in euros, adam lr 0.001 for 100 epochs: the loss creeps down from 1.0e6 and stalls ~11x above the variance of the rents',
    spec: { name: 'flats', data: { ...flats, normalize: 'standard' }, layers: [dense(8, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.001 }, training: { epochs: 100 } } },
  // training: oscillating-loss
  { slug: 'oscillating-loss.batch-one-sgd', code: 'oscillating-loss', stage: 'training', catches: ['oscillating-loss', 'lr-too-high'], fault: 'batch size 1, sgd lr 0.5 momentum 0.9 on moons',
    spec: { name: 'moons', data: { builtin: 'moons', samples: 200, noise: 0.2 }, layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 }, training: { epochs: 40, batchSize: 1 } } },
  { slug: 'oscillating-loss.high-momentum-iris', code: 'oscillating-loss', stage: 'training', catches: ['oscillating-loss', 'lr-too-high'], fault: 'sgd momentum 0.99 lr 0.1 on iris, full batch',
    spec: { name: 'iris', data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.99 }, training: { epochs: 150, batchSize: 150 } } },
  // training: nan-loss
  { slug: 'nan-loss.raw-rent-sgd', code: 'nan-loss', stage: 'probe', catches: ['nan-loss', 'exploding-gradient', 'lr-too-high'], fault: 'linear regression on raw flats (rent in euros) with sgd lr 0.01',
    spec: { name: 'flats', data: flats, layers: [dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: { epochs: 50 } } },
  { slug: 'nan-loss.hours-table-linear-sgd', code: 'nan-loss', stage: 'training', catches: ['nan-loss', 'exploding-gradient', 'lr-too-high'], fault: 'straight-line fit of the raw hours→score table with sgd lr 0.05, full batch: slowly growing steps until the loss overflows',
    spec: { name: 'hours', data: hours, layers: [dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: { epochs: 200, batchSize: 10 } } },
  { slug: 'dead-relu.hours-table-sgd', code: 'dead-relu', stage: 'training', catches: ['dead-relu', 'lr-too-high', 'exploding-gradient'], fault: 'hours→score inline table (raw hours 1-10, scores 52-90) through 4 relu units with sgd lr 0.05: the first huge steps kill every unit',
    spec: { name: 'hours', data: hours, layers: [dense(4, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: { epochs: 200, batchSize: 10 } } },
];

const healthy: Healthy[] = [
  { slug: 'and-gate-single-sigmoid', covers: 'inline AND truth table, one sigmoid unit, sgd lr 1, full batch, 300 epochs',
    spec: { name: 'and', data: and4, layers: [dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 1 }, training: { epochs: 300, batchSize: 4 } } },
  { slug: 'xor-table-tanh-adam', covers: 'inline XOR table, 4 tanh + sigmoid, adam 0.05, batch 4, 400 epochs',
    spec: { name: 'xor', seed: 3, data: xor4, layers: [dense(4, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: { epochs: 400, batchSize: 4 } } },
  { slug: 'hours-table-minmax-linear', covers: 'inline hours→score table, minmax, one linear unit, adam 0.5, batch 10',
    spec: { name: 'hours', data: { ...hours, normalize: 'minmax' }, layers: [dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.5 }, training: { epochs: 300, batchSize: 10 } } },
  { slug: 'dots-table-softmax', covers: 'inline 12-row 3-class dots table, 8 relu + softmax, adam 0.02, batch 4',
    spec: { name: 'dots', data: dots, layers: [dense(8, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.02 }, training: { epochs: 300, batchSize: 4 } } },
  { slug: 'xor-builtin-relu-sgd', covers: 'builtin xor 300 samples, 16 relu, 8 relu, sigmoid; sgd momentum 0.9 lr 0.05',
    spec: { name: 'xor', data: { builtin: 'xor', samples: 300 }, layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: { epochs: 150 } } },
  { slug: 'circles-elu-rmsprop', covers: 'builtin circles noise 0.08, 2x16 elu, rmsprop 0.003, val 0.2',
    spec: { name: 'circles', data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [dense(16, 'elu'), dense(16, 'elu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: { epochs: 100, validationSplit: 0.2 } } },
  { slug: 'moons-leaky-nesterov', covers: 'builtin moons noise 0.2, 32 leaky_relu, sgd nesterov momentum 0.9 lr 0.02, batch 16',
    spec: { name: 'moons', data: { builtin: 'moons', samples: 400, noise: 0.2 }, layers: [dense(32, 'leaky_relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, training: { epochs: 120, batchSize: 16 } } },
  { slug: 'spirals-deep-adam-long', covers: 'builtin spirals 3 classes, 4x32 relu, adam 0.005, 400 epochs, batch 64',
    spec: { name: 'spirals', data: { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, layers: [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: { epochs: 400, batchSize: 64 } } },
  { slug: 'blobs-five-classes-tanh', covers: 'builtin blobs 5 classes noise 0.3, 16 tanh + softmax, adam default lr, 60 epochs',
    spec: { name: 'blobs', data: { builtin: 'blobs', classes: 5, samples: 500, noise: 0.3 }, layers: [dense(16, 'tanh'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 60 } } },
  { slug: 'sine-tanh-adam', covers: 'builtin sine 400 samples noise 0.05, 2x32 tanh, adam 0.01, mse',
    spec: { name: 'sine', data: { builtin: 'sine', samples: 400, noise: 0.05 }, layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 150 } } },
  { slug: 'sine-elu-batch-one', covers: 'builtin sine 150 samples, 24 elu, sgd lr 0.01, batch size 1, 40 epochs',
    spec: { name: 'sine', data: { builtin: 'sine', samples: 150 }, layers: [dense(24, 'elu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: { epochs: 40, batchSize: 1 } } },
  { slug: 'iris-standard-adam', covers: 'builtin iris standard, 10 relu + softmax, adam 0.01, batch 16, val 0.2',
    spec: { name: 'iris', data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(10, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 100, batchSize: 16, validationSplit: 0.2 } } },
  { slug: 'iris-minmax-sgd-full-batch', covers: 'builtin iris minmax, 8 tanh + softmax, sgd momentum 0.9 lr 0.1 full batch (150), 300 epochs',
    spec: { name: 'iris', data: { builtin: 'iris', normalize: 'minmax' }, layers: [dense(8, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: { epochs: 300, batchSize: 150 } } },
  { slug: 'iris-raw-small-net', covers: 'builtin iris with no normalization (features are in cm, fine), 6 relu + softmax, adam 0.02',
    spec: { name: 'iris', data: { builtin: 'iris' }, layers: [dense(6, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.02 }, training: { epochs: 150, batchSize: 8 } } },
  { slug: 'grades-logistic', covers: 'grades.csv standard, logistic regression (1 sigmoid), sgd lr 0.1',
    spec: { name: 'grades', data: { ...grades, normalize: 'standard' }, layers: [dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1 }, training: { epochs: 80 } } },
  { slug: 'grades-mlp-dropout', covers: 'grades.csv standard, 32 relu, dropout 0.3, 16 relu, sigmoid; adam 0.003 weightDecay 1e-4, val 0.25',
    spec: { name: 'grades', data: { ...grades, normalize: 'standard' }, layers: [dense(32, 'relu'), { type: 'dropout', rate: 0.3 }, dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003, weightDecay: 0.0001 }, training: { epochs: 80, validationSplit: 0.25 } } },
  { slug: 'grades-batchnorm-raw', covers: 'grades.csv raw features but batchNorm on the first layer, 16 relu+bn, 1 sigmoid; adam 0.01',
    spec: { name: 'grades', data: grades, layers: [dense(16, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 60 } } },
  { slug: 'grades-minmax-rmsprop-small-lr', covers: 'grades.csv minmax, 24 tanh + sigmoid, rmsprop lr 0.0005 (small but fine), 150 epochs, batch 8',
    spec: { name: 'grades', data: { ...grades, normalize: 'minmax' }, layers: [dense(24, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.0005 }, training: { epochs: 150, batchSize: 8 } } },
  { slug: 'flats-standard-adam', covers: 'flats.csv standard features, rent in euros, 64 relu, 32 relu, linear; adam 0.01, 200 epochs',
    spec: { name: 'flats', data: { ...flats, normalize: 'standard' }, layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 200 } } },
  { slug: 'flats-deep-bn-clip', covers: 'flats.csv standard, 5 layers (48 elu+bn, 48 elu+bn, 24 elu, 12 elu, 1), adam 0.005 clipNorm 5, val 0.2',
    spec: { name: 'flats', data: { ...flats, normalize: 'standard' }, layers: [dense(48, 'elu', { batchNorm: true }), dense(48, 'elu', { batchNorm: true }), dense(24, 'elu'), dense(12, 'elu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005, clipNorm: 5 }, training: { epochs: 150, validationSplit: 0.2 } } },
  { slug: 'flats-linear-regression-bias', covers: 'flats.csv standard, one linear unit with output bias 1000 (the mean rent), sgd lr 0.05',
    spec: { name: 'flats', data: { ...flats, normalize: 'standard' }, layers: [dense(1, 'linear', { bias: 1000 })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: { epochs: 60 } } },
  { slug: 'fruit-softmax-adam', covers: 'fruit.csv (string labels) standard, 32 relu + softmax, adam 0.005, val 0.2',
    spec: { name: 'fruit', data: { ...fruit, normalize: 'standard' }, layers: [dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: { epochs: 80, validationSplit: 0.2 } } },
  { slug: 'fruit-subset-features', covers: 'fruit.csv with features [width_cm, height_cm, hue] only, minmax, 16 sigmoid + softmax, adam 0.02',
    spec: { name: 'fruit', data: { ...fruit, features: ['width_cm', 'height_cm', 'hue'], normalize: 'minmax' }, layers: [dense(16, 'sigmoid'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.02 }, training: { epochs: 120 } } },
  { slug: 'fruit-deep-dropout-sgd', covers: 'fruit.csv standard, 3x32 relu with dropout 0.2, sgd nesterov 0.9 lr 0.02 weightDecay 5e-4',
    spec: { name: 'fruit', data: { ...fruit, normalize: 'standard' }, layers: [dense(32, 'relu'), { type: 'dropout', rate: 0.2 }, dense(32, 'relu'), { type: 'dropout', rate: 0.2 }, dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true, weightDecay: 0.0005 }, training: { epochs: 100 } } },
  { slug: 'moons-large-adam-rate', covers: 'builtin moons, 16 relu + sigmoid, adam lr 0.05 (large but fine), batch 64',
    spec: { name: 'moons', data: { builtin: 'moons', samples: 300 }, layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: { epochs: 80, batchSize: 64 } } },
  { slug: 'circles-short-run', covers: 'builtin circles, 32 relu + sigmoid, adam 0.02, only 25 epochs, batch 16',
    spec: { name: 'circles', data: { builtin: 'circles', samples: 300 }, layers: [dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.02 }, training: { epochs: 25, batchSize: 16 } } },
  { slug: 'xor-sgd-large-rate', covers: 'builtin xor, 8 tanh + sigmoid, plain sgd lr 1.0 (large but fine for tanh/bce), batch 32',
    spec: { name: 'xor', data: { builtin: 'xor', samples: 200 }, layers: [dense(8, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 1 }, training: { epochs: 100 } } },
  { slug: 'blobs-sigmoid-hidden-lecun', covers: 'builtin blobs 3 classes, 12 sigmoid (lecun_normal) + softmax, sgd momentum 0.9 lr 0.1, no shuffle',
    spec: { name: 'blobs', data: { builtin: 'blobs', classes: 3, samples: 300 }, layers: [dense(12, 'sigmoid', { init: 'lecun_normal' }), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: { epochs: 80, shuffle: false } } },
  { slug: 'spirals-two-class-leaky-he-uniform', covers: 'builtin spirals 2 classes 400 samples, 3x32 leaky_relu (he_uniform), softmax, adam 0.01, 300 epochs, batch 64, val 0.2',
    spec: { name: 'spirals', data: { builtin: 'spirals', samples: 400 }, layers: [dense(32, 'leaky_relu', { init: 'he_uniform' }), dense(32, 'leaky_relu', { init: 'he_uniform' }), dense(32, 'leaky_relu', { init: 'he_uniform' }), dense(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 300, batchSize: 64, validationSplit: 0.2 } } },
  { slug: 'sine-rmsprop-xavier-normal', covers: 'builtin sine, 3x16 tanh (xavier_normal), rmsprop 0.005, batch 20, 200 epochs',
    spec: { name: 'sine', data: { builtin: 'sine', samples: 200, noise: 0.1 }, layers: [dense(16, 'tanh', { init: 'xavier_normal' }), dense(16, 'tanh', { init: 'xavier_normal' }), dense(16, 'tanh', { init: 'xavier_normal' }), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.005 }, training: { epochs: 200, batchSize: 20 } } },
  { slug: 'grades-sgd-small-rate-long', covers: 'grades.csv standard, 8 relu + sigmoid, sgd lr 0.005 momentum 0.9 (small but fine), 300 epochs, batch 8',
    spec: { name: 'grades', data: { ...grades, normalize: 'standard' }, layers: [dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.005, momentum: 0.9 }, training: { epochs: 300, batchSize: 8 } } },
  { slug: 'flats-standard-mse-rmsprop-wd', covers: 'flats.csv standard, 32 leaky_relu + linear, rmsprop 0.05 weightDecay 1e-4, batch full (400)',
    spec: { name: 'flats', data: { ...flats, normalize: 'standard' }, layers: [dense(32, 'leaky_relu'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.05, weightDecay: 0.0001 }, training: { epochs: 300, batchSize: 400 } } },
];

function write(dir: string, slug: string, spec: Obj): void {
  fs.mkdirSync(path.join(__dirname, dir), { recursive: true });
  fs.writeFileSync(path.join(__dirname, dir, `${slug}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}
for (const f of faults) write('faulty', f.slug, { ...f.spec });
for (const h of healthy) write('healthy', h.slug, { ...h.spec });
fs.writeFileSync(path.join(__dirname, 'specs.json'), JSON.stringify({
  faults: faults.map(({ slug, code, stage, catches, fault }) => ({ slug, code, stage, catches, fault })),
  healthy: healthy.map(({ slug, covers }) => ({ slug, covers })),
}, null, 1) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
