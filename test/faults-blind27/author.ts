/**
 * Writes this set's specs and a draft list of them (draft.json: file, code, fault, stage, catches or
 * covers) from the definitions below: `npx tsx test/faults-blind27/author.ts`. The measured evidence is
 * appended by write-manifest.ts from observe.ts's output, so every figure in the manifest is measured.
 */
import * as fs from 'fs';
import * as path from 'path';

type Spec = Record<string, unknown>;
interface Fault { slug: string; code: string; fault: string; stage: string; catches: string[]; spec: Spec }
interface Healthy { slug: string; covers: string; spec: Spec }

const here = __dirname;
const dense = (units: number, activation: string, extra: Spec = {}) => ({ type: 'dense', units, activation, ...extra });
const train = (epochs: number, batchSize: number, validationSplit = 0.2, shuffle = true) => ({ epochs, batchSize, shuffle, validationSplit });
const students = (normalize = 'standard', features = ['hours_studied', 'attendance', 'prior_grade', 'age', 'major']) =>
  ({ csv: '../data/students.csv', target: 'passed', features, normalize });
const loans = (normalize = 'standard') => ({ csv: '../data/loans.csv', target: 'defaulted', normalize });
const wines = (normalize = 'standard') => ({ csv: '../data/wines.csv', target: 'quality', normalize });
const survey = (normalize = 'minmax') => ({ csv: '../data/survey.csv', target: ['c_a', 'c_b', 'c_c'], normalize });
const spec = (name: string, data: Spec, layers: Spec[], loss: string, optimizer: Spec, training: Spec, seed = 7): Spec =>
  ({ name, seed, data, layers, loss, optimizer, training });
const adam = (lr: number, extra: Spec = {}) => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Spec = {}) => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: Spec = {}) => ({ type: 'rmsprop', lr, ...extra });
const out1 = dense(1, 'sigmoid'), out3 = dense(3, 'softmax');
const inlineX = [[1, 0, 34], [0, 1, 51], [1, 1, 29], [0, 0, 62], [1, 0, 45], [0, 1, 38], [1, 1, 57], [0, 0, 24], [1, 0, 31], [0, 1, 66], [1, 1, 42], [0, 0, 49], [1, 0, 58], [0, 1, 27], [1, 1, 36], [0, 0, 53]];
const inlineY = [1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0, 0, 1, 1, 0];

export const faults: Fault[] = [
  // static: invalid-spec
  { slug: 'keras-loss-name', code: 'invalid-spec', stage: 'static', catches: ['invalid-spec'], fault: 'loss written as "binary_crossentropy" (the Keras name) instead of "bce"',
    spec: spec('students-keras-loss', students(), [dense(16, 'relu'), out1], 'binary_crossentropy', adam(0.001), train(40, 32)) },
  { slug: 'split-as-percent', code: 'invalid-spec', stage: 'static', catches: ['invalid-spec'], fault: 'validationSplit written as a percentage (20) instead of a fraction',
    spec: spec('loans-split-percent', loans(), [dense(16, 'relu'), out1], 'bce', adam(0.003), train(40, 32, 20)) },
  { slug: 'dropout-rate-one', code: 'invalid-spec', stage: 'static', catches: ['invalid-spec'], fault: 'dropout rate 1 (meant "keep all", drops every unit)',
    spec: spec('wines-dropout-one', wines(), [dense(32, 'relu'), { type: 'dropout', rate: 1 }, out3], 'cce', adam(0.003), train(60, 32)) },
  // static: data-error
  { slug: 'target-column-typo', code: 'data-error', stage: 'static', catches: ['data-error'], fault: 'target "pass" but the column is called "passed"',
    spec: spec('students-target-typo', { csv: '../data/students.csv', target: 'pass', normalize: 'standard' }, [dense(16, 'relu'), out1], 'bce', adam(0.003), train(40, 32)) },
  { slug: 'na-in-csv', code: 'data-error', stage: 'static', catches: ['data-error'], fault: 'loans-raw.csv has NA for missing loan amounts (every 37th row), never cleaned',
    spec: spec('loans-raw-na', { csv: '../data/loans-raw.csv', target: 'defaulted', normalize: 'standard' }, [dense(16, 'relu'), out1], 'bce', adam(0.003), train(40, 32)) },
  { slug: 'csv-wrong-folder', code: 'data-error', stage: 'static', catches: ['data-error'], fault: 'csv path "wines.csv" but the file is in data/',
    spec: spec('wines-wrong-path', { csv: 'wines.csv', target: 'quality', normalize: 'standard' }, [dense(16, 'relu'), out3], 'cce', adam(0.003), train(40, 32)) },
  // static: shape-mismatch
  { slug: 'two-outputs-three-classes', code: 'shape-mismatch', stage: 'static', catches: ['shape-mismatch'], fault: 'wines has 3 quality classes but the softmax output has 2 units (written for low/high only)',
    spec: spec('wines-two-outputs', wines(), [dense(24, 'relu'), dense(2, 'softmax')], 'cce', adam(0.003), train(60, 32)) },
  { slug: 'onehot-single-output', code: 'shape-mismatch', stage: 'static', catches: ['shape-mismatch'], fault: 'survey targets are 3 one-hot columns but the output layer has 1 sigmoid unit',
    spec: spec('survey-one-output', survey(), [dense(16, 'relu'), out1], 'bce', adam(0.003), train(60, 16)) },
  { slug: 'blobs4-three-units', code: 'shape-mismatch', stage: 'static', catches: ['shape-mismatch'], fault: 'blobs with classes 4 but the softmax output kept 3 units from an iris spec',
    spec: spec('blobs4-three-units', { builtin: 'blobs', classes: 4, samples: 320, noise: 0.3 }, [dense(16, 'relu'), out3], 'cce', adam(0.01), train(50, 32)) },
  // static: loss-activation-mismatch
  { slug: 'cce-sigmoid-output', code: 'loss-activation-mismatch', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'cce with a 3-unit sigmoid output (softmax forgotten) on wines',
    spec: spec('wines-cce-sigmoid', wines(), [dense(24, 'relu'), dense(3, 'sigmoid')], 'cce', adam(0.003), train(60, 32)) },
  { slug: 'bce-linear-output', code: 'loss-activation-mismatch', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'bce with a linear output unit (the sigmoid left off) on students',
    spec: spec('students-bce-linear', students(), [dense(16, 'relu'), dense(1, 'linear')], 'bce', adam(0.003), train(40, 32)) },
  { slug: 'bce-relu-output', code: 'loss-activation-mismatch', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'bce with a relu output unit on loans (output activation copied from the hidden layer)',
    spec: spec('loans-bce-relu', loans(), [dense(16, 'relu'), dense(1, 'relu')], 'bce', adam(0.003), train(40, 32)) },
  // static: init-symmetry
  { slug: 'zeros-hidden', code: 'init-symmetry', stage: 'static', catches: ['init-symmetry'], fault: 'hidden layers initialised with zeros ("start neutral") on students: all hidden units stay identical',
    spec: spec('students-zeros', students(), [dense(16, 'tanh', { init: 'zeros' }), dense(8, 'tanh', { init: 'zeros' }), out1], 'bce', adam(0.003), train(40, 32)) },
  { slug: 'constant-hidden', code: 'init-symmetry', stage: 'static', catches: ['init-symmetry'], fault: 'hidden layer init constant 0.1 on wines: every unit computes the same thing',
    spec: spec('wines-constant', wines(), [dense(32, 'relu', { init: { name: 'constant', value: 0.1 } }), out3], 'cce', adam(0.003), train(60, 32)) },
  // static: init-scale
  { slug: 'normal-std-3', code: 'init-scale', stage: 'static', catches: ['init-scale', 'saturated-activation'], fault: 'tanh hidden layers with normal init std 3 on survey: pre-activations far beyond tanh range',
    spec: spec('survey-std3', survey(), [dense(32, 'tanh', { init: { name: 'normal', std: 3 } }), dense(32, 'tanh', { init: { name: 'normal', std: 3 } }), out3], 'cce', adam(0.003), train(60, 16)) },
  { slug: 'uniform-limit-2', code: 'init-scale', stage: 'static', catches: ['init-scale', 'exploding-gradient'], fault: 'three 64-unit relu layers with uniform init limit 2 on loans: activations grow ~10x per layer',
    spec: spec('loans-uniform2', loans(), [dense(64, 'relu', { init: { name: 'uniform', limit: 2 } }), dense(64, 'relu', { init: { name: 'uniform', limit: 2 } }), dense(64, 'relu', { init: { name: 'uniform', limit: 2 } }), out1], 'bce', sgd(0.01), train(40, 32)) },
  { slug: 'tiny-std-deep', code: 'init-scale', stage: 'static', catches: ['init-scale', 'vanishing-gradient'], fault: 'four tanh layers with normal init std 0.001 on moons: signal shrinks ~100x per layer',
    spec: spec('moons-tiny-std', { builtin: 'moons', samples: 300, noise: 0.2 }, [0, 1, 2, 3].map(() => dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } })).concat([out1]), 'bce', sgd(0.05, { momentum: 0.9 }), train(60, 32)) },
  // static: no-nonlinearity
  { slug: 'linear-hidden-circles', code: 'no-nonlinearity', stage: 'static', catches: ['no-nonlinearity'], fault: 'circles (noise 0.05, 400 samples) with two linear hidden layers: the net is logistic regression and cannot separate rings',
    spec: spec('circles-linear', { builtin: 'circles', samples: 400, noise: 0.05 }, [dense(16, 'linear'), dense(16, 'linear'), out1], 'bce', adam(0.01), train(80, 32)) },
  { slug: 'linear-hidden-xor', code: 'no-nonlinearity', stage: 'static', catches: ['no-nonlinearity'], fault: 'xor with 300 samples and a 32-unit hidden layer with no activation given (defaults to linear)',
    spec: spec('xor-no-activation', { builtin: 'xor', samples: 300, noise: 0.15 }, [{ type: 'dense', units: 32 }, out1], 'bce', adam(0.01), train(80, 32)) },
  // static: lr-out-of-range
  { slug: 'adam-lr-5', code: 'lr-out-of-range', stage: 'static', catches: ['lr-out-of-range', 'lr-too-high'], fault: 'adam lr 5 (meant 5e-3) on students',
    spec: spec('students-adam-5', students(), [dense(16, 'relu'), out1], 'bce', adam(5), train(40, 32)) },
  { slug: 'sgd-lr-1e-7', code: 'lr-out-of-range', stage: 'static', catches: ['lr-out-of-range', 'lr-too-low'], fault: 'sgd lr 1e-7 (exponent typo for 1e-2) on wines',
    spec: spec('wines-sgd-1e-7', wines(), [dense(24, 'relu'), out3], 'cce', sgd(1e-7, { momentum: 0.9 }), train(60, 32)) },
  // training: lr-too-high
  { slug: 'sgd-lr-3', code: 'lr-too-high', stage: 'training', catches: ['lr-too-high', 'oscillating-loss'], fault: 'sgd lr 3 with momentum 0.9 on standardised students (16-8 tanh)',
    spec: spec('students-sgd-3', students(), [dense(16, 'tanh'), dense(8, 'tanh'), out1], 'bce', sgd(3, { momentum: 0.9 }), train(40, 32)) },
  { slug: 'rmsprop-lr-0.2', code: 'lr-too-high', stage: 'training', catches: ['lr-too-high', 'oscillating-loss'], fault: 'rmsprop lr 0.2 on wines 32-16 relu: updates far too large for this step size',
    spec: spec('wines-rms-02', wines(), [dense(32, 'relu'), dense(16, 'relu'), out3], 'cce', rms(0.2), train(60, 32)) },
  { slug: 'adam-lr-0.5', code: 'lr-too-high', stage: 'training', catches: ['lr-too-high', 'oscillating-loss'], fault: 'adam lr 0.5 on survey 32-32 elu',
    spec: spec('survey-adam-05', survey(), [dense(32, 'elu'), dense(32, 'elu'), out3], 'cce', adam(0.5), train(60, 16)) },
  // training: lr-too-low
  { slug: 'sgd-lr-1e-4-short', code: 'lr-too-low', stage: 'training', catches: ['lr-too-low'], fault: 'plain sgd lr 1e-4 for 30 epochs on students: the loss barely moves from its start',
    spec: spec('students-sgd-1e-4', students(), [dense(16, 'relu'), dense(8, 'relu'), out1], 'bce', sgd(1e-4), train(30, 32)) },
  { slug: 'adam-lr-2e-6', code: 'lr-too-low', stage: 'training', catches: ['lr-too-low'], fault: 'adam lr 2e-6 on iris (meant 2e-3) for 80 epochs',
    spec: spec('iris-adam-2e-6', { builtin: 'iris', normalize: 'standard' }, [dense(16, 'relu'), out3], 'cce', adam(2e-6), train(80, 16)) },
  { slug: 'rmsprop-lr-1e-5-moons', code: 'lr-too-low', stage: 'training', catches: ['lr-too-low'], fault: 'rmsprop lr 1e-5 on moons 500 samples noise 0.25, 50 epochs',
    spec: spec('moons-rms-1e-5', { builtin: 'moons', samples: 500, noise: 0.25 }, [dense(32, 'relu'), dense(16, 'relu'), out1], 'bce', rms(1e-5), train(50, 32)) },
  // training: dead-relu
  { slug: 'negative-bias', code: 'dead-relu', stage: 'probe', catches: ['dead-relu'], fault: 'relu hidden layers with bias -4 ("sparse activations") on standardised loans: most units never fire',
    spec: spec('loans-neg-bias', loans(), [dense(32, 'relu', { bias: -4 }), dense(16, 'relu', { bias: -4 }), out1], 'bce', adam(0.003), train(40, 32)) },
  { slug: 'raw-income-relu', code: 'dead-relu', stage: 'training', catches: ['dead-relu', 'lr-too-high'], fault: 'loans unnormalised (income in dollars) into relu layers with sgd lr 0.01: the first updates push the units negative for good',
    spec: spec('loans-raw-relu', loans('none'), [dense(32, 'relu'), dense(16, 'relu'), out1], 'bce', sgd(0.01), train(40, 32)) },
  { slug: 'big-lr-relu-wines', code: 'dead-relu', stage: 'training', catches: ['dead-relu', 'lr-too-high'], fault: 'sgd lr 1.5 momentum 0.9 on wines relu 64-32: a big early step kills most relu units',
    spec: spec('wines-relu-kill', wines(), [dense(64, 'relu'), dense(32, 'relu'), out3], 'cce', sgd(1.5, { momentum: 0.9 }), train(60, 32)) },
  // training: vanishing-gradient
  { slug: 'deep-sigmoid', code: 'vanishing-gradient', stage: 'training', catches: ['vanishing-gradient', 'saturated-activation'], fault: 'six sigmoid hidden layers (16 units) with sgd lr 0.05 on circles: the first layers get almost no gradient',
    spec: spec('circles-deep-sigmoid', { builtin: 'circles', samples: 300, noise: 0.1 }, [0, 1, 2, 3, 4, 5].map(() => dense(16, 'sigmoid'))
      .concat([out1]), 'bce', sgd(0.05), train(60, 32)) },
  { slug: 'deep-sigmoid-students', code: 'vanishing-gradient', stage: 'training', catches: ['vanishing-gradient', 'saturated-activation'], fault: 'five sigmoid hidden layers on students with sgd lr 0.1 (a 1990s textbook MLP)',
    spec: spec('students-deep-sigmoid', students(), [0, 1, 2, 3, 4].map(() => dense(12, 'sigmoid')).concat([out1]), 'bce', sgd(0.1), train(40, 32)) },
  // training: exploding-gradient
  { slug: 'raw-dollars-logreg', code: 'exploding-gradient', stage: 'training', catches: ['exploding-gradient', 'lr-too-high', 'nan-loss'], fault: 'loans unnormalised (income and loan amount in dollars) into a logistic regression with sgd lr 1e-3: gradients scale with the dollar figures',
    spec: spec('loans-raw-logreg', loans('none'), [out1], 'bce', sgd(0.001), train(30, 32)) },
  { slug: 'deep-relu-large-init', code: 'exploding-gradient', stage: 'training', catches: ['exploding-gradient', 'init-scale'], fault: 'five 48-unit relu layers with normal init std 0.8 on survey, sgd lr 0.01: gradients huge at the start',
    spec: spec('survey-deep-relu-std08', survey(), [0, 1, 2, 3, 4].map(() => dense(48, 'relu', { init: { name: 'normal', std: 0.8 } })).concat([out3]), 'cce', sgd(0.01), train(40, 16)) },
  // training: saturated-activation
  { slug: 'tanh-raw-income', code: 'saturated-activation', stage: 'training', catches: ['saturated-activation', 'vanishing-gradient'], fault: 'loans unnormalised into a tanh hidden layer: income in dollars pins every unit at +-1',
    spec: spec('loans-tanh-raw', loans('none'), [dense(16, 'tanh'), out1], 'bce', adam(0.003), train(40, 32)) },
  { slug: 'sigmoid-raw-wines', code: 'saturated-activation', stage: 'training', catches: ['saturated-activation', 'vanishing-gradient'], fault: 'wines unnormalised (free sulphur ~40) into sigmoid hidden layers',
    spec: spec('wines-sigmoid-raw', wines('none'), [dense(32, 'sigmoid'), dense(16, 'sigmoid'), out3], 'cce', sgd(0.05, { momentum: 0.9 }), train(60, 32)) },
  // training: loss-plateau
  { slug: 'id-column-only', code: 'loss-plateau', stage: 'training', catches: ['loss-plateau'], fault: 'students features list holds only student_id and age (the wrong columns picked): the loss sits at the prior',
    spec: spec('students-id-only', students('standard', ['student_id', 'age']), [dense(16, 'relu'), dense(8, 'relu'), out1], 'bce', adam(0.003), train(50, 32)) },
  { slug: 'ph-only', code: 'loss-plateau', stage: 'training', catches: ['loss-plateau'], fault: 'wines trained on ph alone (feature list cut down for a quick test and left): nothing to learn',
    spec: spec('wines-ph-only', { csv: '../data/wines.csv', target: 'quality', features: ['ph'], normalize: 'standard' }, [dense(16, 'relu'), out3], 'cce', adam(0.003), train(60, 32)) },
  // training: oscillating-loss
  { slug: 'sgd-momentum-0.99', code: 'oscillating-loss', stage: 'training', catches: ['oscillating-loss', 'lr-too-high'], fault: 'sgd lr 0.3 momentum 0.99 on students: loss swings up and down epoch to epoch',
    spec: spec('students-momentum-099', students(), [dense(16, 'relu'), out1], 'bce', sgd(0.3, { momentum: 0.99 }), train(50, 32)) },
  { slug: 'batch1-rmsprop', code: 'oscillating-loss', stage: 'training', catches: ['oscillating-loss', 'lr-too-high'], fault: 'rmsprop lr 0.02 with batch size 1 on blobs (3 classes, noise 0.5): noisy, swinging epoch losses',
    spec: spec('blobs-batch1-rms', { builtin: 'blobs', classes: 3, samples: 240, noise: 0.5 }, [dense(32, 'relu'), out3], 'cce', rms(0.02), train(40, 1)) },
  // training: nan-loss
  { slug: 'raw-loans-sgd-nan', code: 'nan-loss', stage: 'training', catches: ['nan-loss', 'exploding-gradient', 'lr-too-high'], fault: 'loans unnormalised into a 32-16 relu net with sgd lr 0.1 momentum 0.9, defaulted scored with mse: the loss goes NaN',
    spec: spec('loans-raw-nan', loans('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', sgd(0.1, { momentum: 0.9 }), train(30, 32)) },
  { slug: 'sgd-lr-50-mse', code: 'nan-loss', stage: 'training', catches: ['nan-loss', 'exploding-gradient', 'lr-too-high'], fault: 'survey one-hot scored with mse, sgd lr 50 (meant 0.5): the loss overflows to NaN',
    spec: spec('survey-sgd-50', survey(), [dense(32, 'relu'), dense(3, 'linear')], 'mse', sgd(50), train(40, 16)) },
];

const H = (slug: string, covers: string, s: Spec): Healthy => ({ slug, covers, spec: s });
export const healthy: Healthy[] = [
  H('students-logreg', 'students standard, logistic regression (1 sigmoid unit), adam 0.01, bce, batch 32, 40 epochs', spec('students-logreg', students(), [out1], 'bce', adam(0.01), train(40, 32))),
  H('students-mlp-dropout', 'students standard, 32-16 relu + dropout 0.2, adam 1e-3, batch 32, 60 epochs', spec('students-mlp', students(), [dense(32, 'relu'), { type: 'dropout', rate: 0.2 }, dense(16, 'relu'), out1], 'bce', adam(0.001), train(60, 32))),
  H('students-minmax-tanh', 'students minmax, 16 tanh, sgd 0.1 momentum 0.9, batch 16', spec('students-minmax', students('minmax'), [dense(16, 'tanh'), out1], 'bce', sgd(0.1, { momentum: 0.9 }), train(50, 16))),
  H('students-with-id', 'students with all columns incl. the id, standard, 24 elu, rmsprop 1e-3', spec('students-all', { csv: '../data/students.csv', target: 'passed', normalize: 'standard' }, [dense(24, 'elu'), out1], 'bce', rms(0.001), train(50, 32))),
  H('students-fullbatch', 'students standard, full batch (400) adam 0.03, 16 relu, 150 epochs', spec('students-fullbatch', students(), [dense(16, 'relu'), out1], 'bce', adam(0.03), train(150, 400, 0))),
  H('loans-bn', 'loans standard, 32-16 relu with batchNorm, adam 3e-3, batch 32', spec('loans-bn', loans(), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), out1], 'bce', adam(0.003), train(40, 32))),
  H('loans-wd', 'loans standard, 16 leaky_relu, adam 1e-2 weightDecay 1e-3', spec('loans-wd', loans(), [dense(16, 'leaky_relu'), out1], 'bce', adam(0.01, { weightDecay: 0.001 }), train(40, 32))),
  H('loans-sgd-nesterov', 'loans minmax, 16 tanh, sgd 0.05 nesterov momentum 0.9, batch 8', spec('loans-nesterov', loans('minmax'), [dense(16, 'tanh'), out1], 'bce', sgd(0.05, { momentum: 0.9, nesterov: true }), train(40, 8))),
  H('loans-batch1', 'loans standard, logistic regression with batch size 1, sgd 0.01, 15 epochs', spec('loans-batch1', loans(), [out1], 'bce', sgd(0.01), train(15, 1))),
  H('wines-softmax', 'wines standard, 32 relu, adam 3e-3, cce, batch 32, 60 epochs', spec('wines-softmax', wines(), [dense(32, 'relu'), out3], 'cce', adam(0.003), train(60, 32))),
  H('wines-deep-bn-dropout', 'wines standard, 64-32-16 relu batchNorm + dropout 0.3, adam 1e-3', spec('wines-deep', wines(), [dense(64, 'relu', { batchNorm: true }), { type: 'dropout', rate: 0.3 }, dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), out3], 'cce', adam(0.001), train(60, 32))),
  H('wines-rmsprop-clip', 'wines standard, 32 tanh, rmsprop 3e-3 clipNorm 1', spec('wines-rms', wines(), [dense(32, 'tanh'), out3], 'cce', rms(0.003, { clipNorm: 1 }), train(50, 32))),
  H('survey-onehot', 'survey minmax, one-hot target (3 columns), 16 relu, adam 1e-2, cce, batch 16', spec('survey-onehot', survey(), [dense(16, 'relu'), out3], 'cce', adam(0.01), train(60, 16))),
  H('survey-sigmoid-hidden', 'survey standard, 24 sigmoid hidden, adam 1e-2', spec('survey-sigmoid', survey('standard'), [dense(24, 'sigmoid'), out3], 'cce', adam(0.01), train(60, 16))),
  H('survey-large-adam', 'survey standard, 16 relu + dropout 0.3, adam 0.03 (large but fine), batch 32, 20 epochs', spec('survey-large-adam', survey('standard'), [dense(16, 'relu'), { type: 'dropout', rate: 0.3 }, out3], 'cce', adam(0.03), train(20, 32))),
  H('iris-small', 'iris standard, 8 tanh, adam 0.01, batch 16, 100 epochs', spec('iris-small', { builtin: 'iris', normalize: 'standard' }, [dense(8, 'tanh'), out3], 'cce', adam(0.01), train(100, 16))),
  H('iris-sgd-slow', 'iris minmax, 16 relu, sgd 0.02 momentum 0.9 (small but fine), 200 epochs, batch 8', spec('iris-sgd', { builtin: 'iris', normalize: 'minmax' }, [dense(16, 'relu'), out3], 'cce', sgd(0.02, { momentum: 0.9 }), train(200, 8))),
  H('moons-mlp', 'moons 300 noise 0.2, 32-32 relu, adam 1e-2, 80 epochs', spec('moons-mlp', { builtin: 'moons', samples: 300, noise: 0.2 }, [dense(32, 'relu'), dense(32, 'relu'), out1], 'bce', adam(0.01), train(80, 32))),
  H('moons-elu-rms', 'moons 500 noise 0.3, 24 elu, rmsprop 5e-3, batch 64', spec('moons-elu', { builtin: 'moons', samples: 500, noise: 0.3 }, [dense(24, 'elu'), dense(24, 'elu'), out1], 'bce', rms(0.005), train(80, 64))),
  H('circles-tanh', 'circles 400 noise 0.08, 16-16 tanh, adam 1e-2, 100 epochs', spec('circles-tanh', { builtin: 'circles', samples: 400, noise: 0.08 }, [dense(16, 'tanh'), dense(16, 'tanh'), out1], 'bce', adam(0.01), train(100, 32))),
  H('xor-small', 'xor 200 noise 0.1, 8 relu, adam 0.02, batch 16', spec('xor-small', { builtin: 'xor', samples: 200, noise: 0.1 }, [dense(8, 'relu'), out1], 'bce', adam(0.02), train(100, 16))),
  H('spirals-deep', 'spirals 2 classes 400 noise 0.05, 64-64-32 relu, adam 5e-3, 200 epochs', spec('spirals-deep', { builtin: 'spirals', samples: 400, noise: 0.05 }, [dense(64, 'relu'), dense(64, 'relu'), dense(32, 'relu'), out1], 'bce', adam(0.005), train(200, 32))),
  H('spirals3-cce', 'spirals 3 classes 450 noise 0.05, 64-64 relu, adam 1e-2, cce', spec('spirals3', { builtin: 'spirals', classes: 3, samples: 450, noise: 0.05 }, [dense(64, 'relu'), dense(64, 'relu'), out3], 'cce', adam(0.01), train(150, 32))),
  H('blobs4-small', 'blobs 4 classes 200 noise 0.4, 8 relu, sgd 0.1, cce', spec('blobs4', { builtin: 'blobs', classes: 4, samples: 200, noise: 0.4 }, [dense(8, 'relu'), dense(4, 'softmax')], 'cce', sgd(0.1), train(60, 16))),
  H('blobs2-logreg', 'blobs 2 classes 120 samples, logistic regression, adam 0.05, full batch', spec('blobs2', { builtin: 'blobs', samples: 120, noise: 0.2 }, [out1], 'bce', adam(0.05), train(60, 120, 0))),
  H('sine-regression', 'sine 300 noise 0.05, 32-32 tanh, adam 5e-3, mse', spec('sine', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'linear')], 'mse', adam(0.005), train(150, 32))),
  H('inline-small', 'inline 16-row table (two 0/1 flags and an age), minmax, 8 relu, adam 0.02, full batch', spec('inline-small', { inline: { x: inlineX, y: inlineY }, normalize: 'minmax' }, [dense(8, 'relu'), out1], 'bce', adam(0.02), train(200, 16, 0))),
  H('inline-strings', 'inline with string labels yes/no, standard, logistic regression, sgd 0.5', spec('inline-strings', { inline: { x: inlineX, y: inlineY.map((v) => (v ? 'yes' : 'no')) }, normalize: 'standard' }, [dense(2, 'softmax')], 'cce', sgd(0.5), train(150, 4, 0))),
  H('students-five-deep', 'students standard, five 32-unit relu layers with he init, adam 1e-3, 40 epochs', spec('students-deep', students(), [0, 1, 2, 3, 4].map(() => dense(32, 'relu'))
    .concat([out1]), 'bce', adam(0.001), train(40, 32))),
  H('loans-xavier-sigmoid', 'loans standard, 16 sigmoid xavier_normal, adam 1e-2, short run 20 epochs', spec('loans-sigmoid', loans(), [dense(16, 'sigmoid', { init: 'xavier_normal' }), out1], 'bce', adam(0.01), train(20, 32))),
  H('wines-lecun-elu-noshuffle', 'wines standard, 32 elu lecun_normal, adam 3e-3, shuffle off, batch 64', spec('wines-lecun', wines(), [dense(32, 'elu', { init: 'lecun_normal' }), out3], 'cce', adam(0.003), train(80, 64, 0.2, false))),
  H('circles-he-uniform-wd', 'circles 300 noise 0.1, 32 relu he_uniform, sgd 0.1 momentum 0.9 weightDecay 1e-4', spec('circles-heu', { builtin: 'circles', samples: 300, noise: 0.1 }, [dense(32, 'relu', { init: 'he_uniform' }), dense(16, 'relu', { init: 'he_uniform' }), out1], 'bce', sgd(0.1, { momentum: 0.9, weightDecay: 1e-4 }), train(100, 32))),
];

function main(): void {
  for (const dir of ['faulty', 'healthy']) fs.mkdirSync(path.join(here, dir), { recursive: true });
  const draft = {
    faults: faults.map((f) => {
      const file = `faulty/${f.code}.${f.slug}.nn.json`;
      fs.writeFileSync(path.join(here, file), JSON.stringify(f.spec, null, 2) + '\n');
      return { file, code: f.code, fault: f.fault, stage: f.stage, catches: f.catches };
    }),
    healthy: healthy.map((h) => {
      const file = `healthy/${h.slug}.nn.json`;
      fs.writeFileSync(path.join(here, file), JSON.stringify(h.spec, null, 2) + '\n');
      return { file, covers: h.covers };
    }),
  };
  fs.writeFileSync(path.join(here, 'draft.json'), JSON.stringify(draft, null, 1) + '\n');
  console.log(`${draft.faults.length} faults, ${draft.healthy.length} healthy`);
}

main();
