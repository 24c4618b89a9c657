/**
 * Writes this set's specs (faulty/ and healthy/): `npx tsx test/faults-blind37/author.ts`.
 * Theme: models ported from Keras/PyTorch tutorials with their defaults carried over.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const D = (units: number, activation?: string, extra: Json = {}): Json => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const DIAB = (normalize = 'standard'): Json => ({ csv: '../data/diabetes.csv', target: 'outcome', normalize });
const TITANIC_FEATURES = ['pclass', 'sex', 'age', 'sibsp', 'parch', 'fare', 'embarked'];
const TITANIC = (normalize = 'standard', file = 'titanic.csv'): Json => ({ csv: `../data/${file}`, target: 'survived', features: TITANIC_FEATURES, normalize });
const CHURN = (normalize = 'standard'): Json => ({ csv: '../data/churn.csv', target: 'churn', normalize });
const WINE_FEATURES = ['fixedAcidity', 'volatileAcidity', 'citricAcid', 'residualSugar', 'chlorides', 'sulphates', 'alcohol', 'density'];
const WINE_Q = (normalize = 'standard'): Json => ({ csv: '../data/wine.csv', target: 'quality', features: WINE_FEATURES, normalize });
const WINE_G = (normalize = 'standard'): Json => ({ csv: '../data/wine.csv', target: 'grade', features: WINE_FEATURES, normalize });
const INS_FEATURES = ['age', 'bmi', 'children', 'smoker', 'region'];
const INS = (target: string, normalize = 'standard'): Json => ({ csv: '../data/insurance.csv', target, features: INS_FEATURES, normalize });
const adam = (lr = 0.001, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr = 0.01, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const rms = (lr = 0.001, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const train = (epochs: number, batchSize = 32, validationSplit = 0.2, extra: Json = {}): Json => ({ epochs, batchSize, shuffle: true, validationSplit, ...extra });
const spec = (name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 7): Json => ({ name, seed, data, layers, loss, optimizer, training });

const faulty: Record<string, Json> = {
  'invalid-spec.keras-loss-name': spec('pima-keras', DIAB(), [D(12, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'binary_crossentropy', adam(), train(150, 10)),
  'invalid-spec.lr-as-string': spec('churn-torch', CHURN(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: '1e-3' }, train(80)),
  'invalid-spec.dropout-p': spec('titanic-dropout', TITANIC(), [D(32, 'relu'), { type: 'dropout', p: 0.5 }, D(1, 'sigmoid')], 'bce', adam(), train(60)),
  'data-error.titanic-missing-age': spec('titanic-raw', TITANIC('standard', 'titanic-raw.csv'), [D(16, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'bce', adam(), train(100)),
  'data-error.churn-target-capitalised': spec('churn', { ...CHURN(), target: 'Churn' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(), train(80)),
  'data-error.wine-feature-typo': spec('wine', { ...WINE_Q(), features: [...WINE_FEATURES.slice(0, 6), 'alcohol_pct', 'density'] }, [D(32, 'relu'), D(1)], 'mse', adam(), train(100)),
  'shape-mismatch.wine-grade-two-outputs': spec('wine-grade', WINE_G(), [D(16, 'relu'), D(2, 'softmax')], 'cce', adam(), train(100)),
  'shape-mismatch.pima-two-sigmoid-outputs': spec('pima-2logit', DIAB(), [D(16, 'relu'), D(8, 'relu'), D(2, 'sigmoid')], 'bce', adam(), train(100)),
  'shape-mismatch.iris-four-classes': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(10, 'relu'), D(10, 'relu'), D(4, 'softmax')], 'cce', adam(), train(150, 8)),
  'loss-activation-mismatch.titanic-softmax-one-unit': spec('titanic', TITANIC(), [D(16, 'relu'), D(8, 'relu'), D(1, 'softmax')], 'bce', adam(), train(100)),
  'loss-activation-mismatch.pima-logits-bce': spec('pima-logits', DIAB(), [D(16, 'relu'), D(8, 'relu'), D(1, 'linear')], 'bce', adam(), train(100)),
  'loss-activation-mismatch.wine-grade-sigmoid-cce': spec('wine-grade', WINE_G(), [D(24, 'relu'), D(3, 'sigmoid')], 'cce', adam(), train(100)),
  'init-symmetry.churn-zeros': spec('churn-zeros', CHURN(), [D(16, 'relu', { init: 'zeros' }), D(8, 'relu', { init: 'zeros' }), D(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(), train(80)),
  'init-symmetry.moons-constant': spec('moons-const', { builtin: 'moons', samples: 400, noise: 0.1 }, [D(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), D(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), D(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.9 }), train(100)),
  'init-scale.titanic-randn': spec('titanic-randn', TITANIC(), [D(64, 'tanh', { init: { name: 'normal', std: 1 } }), D(64, 'tanh', { init: { name: 'normal', std: 1 } }), D(64, 'tanh', { init: { name: 'normal', std: 1 } }), D(1, 'sigmoid', { init: { name: 'normal', std: 1 } })], 'bce', sgd(0.01), train(50)),
  'init-scale.wine-tiny-uniform': spec('wine-tiny', WINE_Q(), [D(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(1, 'linear', { init: { name: 'uniform', limit: 0.001 } })], 'mse', sgd(0.01), train(100)),
  'no-nonlinearity.moons-keras-default-dense': spec('moons', { builtin: 'moons', samples: 500, noise: 0.2 }, [D(16), D(16), D(1, 'sigmoid')], 'bce', adam(), train(100)),
  'no-nonlinearity.circles-linear-stack': spec('circles', { builtin: 'circles', samples: 400, noise: 0.05 }, [D(32, 'linear'), D(16, 'linear'), D(8, 'linear'), D(1, 'sigmoid')], 'bce', rms(), train(150)),
  'lr-out-of-range.pima-adam-3': spec('pima', DIAB(), [D(12, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'bce', adam(3), train(100)),
  'lr-out-of-range.churn-sgd-1e-6': spec('churn', CHURN(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', sgd(1e-6, { momentum: 0.9 }), train(100)),
  'lr-out-of-range.wine-rmsprop-2': spec('wine', WINE_Q(), [D(64, 'relu'), D(64, 'relu'), D(1)], 'mse', rms(2), train(100, 16)),
  'lr-too-high.pima-sgd-momentum': spec('pima', DIAB(), [D(32, 'relu'), D(16, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.5, { momentum: 0.9 }), train(100)),
  'lr-too-high.wine-adam-0.1': spec('wine', WINE_Q(), [D(64, 'relu'), D(64, 'relu'), D(1)], 'mse', adam(0.1), train(100, 16)),
  'lr-too-low.titanic-sgd-0.0005': spec('titanic', TITANIC(), [D(16, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.0005), train(50)),
  'lr-too-low.moons-adam-1e-5': spec('moons', { builtin: 'moons', samples: 400, noise: 0.15 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(1e-5), train(100)),
  'dead-relu.pima-unscaled-sgd': spec('pima-raw', DIAB('none'), [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.9 }), train(100)),
  'dead-relu.insurance-adam-high': spec('insurance', INS('chargesK'), [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', adam(0.3), train(100)),
  'dead-relu.churn-negative-bias': spec('churn', CHURN(), [D(16, 'relu', { bias: -3 }), D(8, 'relu', { bias: -3 }), D(1, 'sigmoid')], 'bce', adam(), train(80)),
  'vanishing-gradient.wine-deep-sigmoid': spec('wine-grade', WINE_G(), [D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(3, 'softmax')], 'cce', sgd(0.01), train(100)),
  'vanishing-gradient.spirals-deep-sigmoid': spec('spirals', { builtin: 'spirals', classes: 3, samples: 450, noise: 0.1 }, [D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(3, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9 }), train(100)),
  'exploding-gradient.insurance-dollars-sgd': spec('insurance', INS('charges'), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', sgd(0.01), train(100)),
  'exploding-gradient.pima-raw-large-init': spec('pima', DIAB('none'), [D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.9 }), train(50)),
  'saturated-activation.titanic-raw-tanh': spec('titanic-raw', TITANIC('none'), [D(16, 'tanh'), D(8, 'tanh'), D(1, 'sigmoid')], 'bce', adam(), train(100)),
  'saturated-activation.churn-raw-sigmoid': spec('churn-raw', CHURN('none'), [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', rms(), train(100)),
  'loss-plateau.insurance-sigmoid-output': spec('insurance', INS('chargesK'), [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'mse', adam(), train(100)),
  'loss-plateau.circles-heavy-dropout': spec('circles', { builtin: 'circles', samples: 400, noise: 0.1 }, [D(8, 'relu'), drop(0.9), D(1, 'sigmoid')], 'bce', adam(), train(100)),
  'loss-plateau.xor-sgd-sigmoid': spec('xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [D(4, 'sigmoid'), D(1, 'sigmoid')], 'bce', sgd(0.01), train(200)),
  'nan-loss.wine-sgd-momentum-batch4': spec('wine', WINE_Q(), [D(32, 'relu'), D(1)], 'mse', sgd(0.05, { momentum: 0.9 }), train(100, 4)),
  'dead-relu.churn-raw-sgd': spec('churn-raw', CHURN('none'), [D(16, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.01), train(50)),
  'oscillating-loss.wine-adam-batch4': spec('wine', WINE_Q(), [D(64, 'relu'), D(64, 'relu'), D(1)], 'mse', adam(0.02), train(100, 4)),
  'oscillating-loss.titanic-sgd-momentum-0.99': spec('titanic', TITANIC(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.99 }), train(100, 8)),
  'oscillating-loss.churn-rmsprop-0.1-batch8': spec('churn', CHURN(), [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', rms(0.1), train(100, 8)),
  'nan-loss.insurance-dollars-momentum': spec('insurance', INS('charges', 'none'), [D(64, 'relu'), D(64, 'relu'), D(1)], 'mse', sgd(0.001, { momentum: 0.9 }), train(50)),
};

const healthy: Record<string, Json> = {
  'pima-keras-adam': spec('pima', DIAB(), [D(12, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'bce', adam(), train(50)),
  'pima-minmax-rmsprop-dropout': spec('pima', DIAB('minmax'), [D(16, 'relu'), drop(0.2), D(8, 'relu'), D(1, 'sigmoid')], 'bce', rms(), train(100, 16)),
  'pima-tanh-sgd-momentum': spec('pima', DIAB(), [D(32, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.9 }), train(100)),
  'pima-deep-five-layers': spec('pima', DIAB(), [D(64, 'relu'), drop(0.3), D(32, 'relu'), D(16, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.0005), train(60)),
  'titanic-adam': spec('titanic', TITANIC(), [D(16, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'bce', adam(), train(100)),
  'titanic-minmax-elu-sgd': spec('titanic', TITANIC('minmax'), [D(10, 'elu'), D(1, 'sigmoid')], 'bce', sgd(0.05), train(200, 64)),
  'titanic-batchnorm-dropout': spec('titanic', TITANIC(), [D(32, 'relu', { batchNorm: true }), drop(0.3), D(16, 'relu', { batchNorm: true }), D(1, 'sigmoid')], 'bce', adam(), train(60)),
  'titanic-sgd-small-momentum-long': spec('titanic', TITANIC(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.001, { momentum: 0.9 }), train(300)),
  'churn-adam-weight-decay': spec('churn', CHURN(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.001, { weightDecay: 1e-4 }), train(80, 32, 0.25)),
  'churn-leaky-rmsprop-batch1': spec('churn', CHURN(), [D(8, 'leaky_relu'), D(8, 'leaky_relu'), D(1, 'sigmoid')], 'bce', rms(), train(30, 1)),
  'churn-minmax-plain-sgd': spec('churn', CHURN('minmax'), [D(6, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(0.01), train(300, 16)),
  'churn-full-batch-adam': spec('churn', CHURN(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.01), train(300, 400, 0)),
  'wine-quality-adam': spec('wine', WINE_Q(), [D(32, 'relu'), D(1)], 'mse', adam(0.01), train(80)),
  'wine-quality-rmsprop-boston-style': spec('wine', WINE_Q(), [D(64, 'relu'), D(64, 'relu'), D(1)], 'mse', rms(), train(100, 16)),
  'wine-quality-sgd-clip': spec('wine', WINE_Q(), [D(16, 'tanh'), D(1)], 'mse', sgd(0.01, { momentum: 0.9, clipNorm: 5 }), train(150)),
  'wine-grade-adam': spec('wine-grade', WINE_G(), [D(16, 'relu'), D(3, 'softmax')], 'cce', adam(), train(100)),
  'wine-grade-nesterov-clip': spec('wine-grade', WINE_G(), [D(24, 'elu'), D(12, 'elu'), D(3, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9, nesterov: true, clipNorm: 1 }), train(40)),
  'insurance-thousands-adam': spec('insurance', INS('chargesK'), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', adam(0.01), train(200)),
  'iris-tanh-sgd-large': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(8, 'tanh'), D(3, 'softmax')], 'cce', sgd(0.1), train(100, 16)),
  'iris-raw-torch-tutorial': spec('iris', { builtin: 'iris' }, [D(10, 'relu'), D(10, 'relu'), D(3, 'softmax')], 'cce', adam(), train(150, 8)),
  'iris-sgd-small-momentum': spec('iris', { builtin: 'iris', normalize: 'minmax' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', sgd(0.005, { momentum: 0.9 }), train(300, 8)),
  'moons-adam': spec('moons', { builtin: 'moons', samples: 500, noise: 0.2 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(), train(100)),
  'moons-leaky-elu-rmsprop-decay': spec('moons', { builtin: 'moons', samples: 300, noise: 0.25 }, [D(16, 'leaky_relu'), D(16, 'elu'), D(1, 'sigmoid')], 'bce', rms(0.001, { weightDecay: 5e-4 }), train(150)),
  'circles-tanh-rmsprop': spec('circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(16, 'tanh'), D(8, 'tanh'), D(1, 'sigmoid')], 'bce', rms(), train(200)),
  'xor-relu-adam': spec('xor', { builtin: 'xor', samples: 300, noise: 0.15 }, [D(8, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.01), train(200)),
  'xor-tanh-full-batch-long': spec('xor', { builtin: 'xor', samples: 240, noise: 0.1 }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(0.5), train(1000, 240, 0)),
  'spirals-three-arms-adam': spec('spirals', { builtin: 'spirals', classes: 3, samples: 450, noise: 0.1 }, [D(64, 'relu'), D(64, 'relu'), D(3, 'softmax')], 'cce', adam(0.003), train(300, 32, 0)),
  'blobs-four-sgd-momentum': spec('blobs', { builtin: 'blobs', classes: 4, samples: 300, noise: 0.5 }, [D(16, 'relu'), D(4, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9 }), train(50)),
  'blobs-three-elu-batch1': spec('blobs', { builtin: 'blobs', classes: 3, samples: 240, noise: 0.3 }, [D(16, 'elu', { init: 'lecun_normal' }), D(3, 'softmax')], 'cce', adam(), train(20, 1)),
  'sine-tanh-adam': spec('sine', { builtin: 'sine', samples: 300, noise: 0.05 }, [D(32, 'tanh'), D(32, 'tanh'), D(1)], 'mse', adam(0.003), train(300)),
  'sine-sigmoid-full-batch': spec('sine', { builtin: 'sine', samples: 150, noise: 0.1 }, [D(20, 'sigmoid'), D(1)], 'mse', adam(0.01), train(1000, 150, 0)),
  'inline-hours-score-linear-regression': spec('hours', { inline: { x: [[1], [2], [2.5], [3], [4], [4.5], [5], [6], [6.5], [7], [8], [9]], y: [52, 55, 61, 60, 68, 70, 71, 78, 80, 83, 88, 93] }, normalize: 'standard' }, [D(1)], 'mse', sgd(0.05), train(500, 4, 0)),
  'inline-admission-logistic': spec('admission', { inline: { x: [[34, 78], [30, 43], [35, 72], [60, 86], [79, 75], [45, 56], [61, 96], [75, 46], [76, 87], [84, 43], [95, 38], [75, 30], [82, 76], [69, 97], [39, 76], [53, 89], [69, 52], [67, 46], [70, 92], [76, 47]], y: [0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1] }, normalize: 'standard' }, [D(1, 'sigmoid')], 'bce', adam(0.05), train(300, 20, 0)),
};

for (const [dir, specs] of [['faulty', faulty], ['healthy', healthy]] as const) {
  for (const [file, body] of Object.entries(specs)) fs.writeFileSync(path.join(__dirname, dir, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
console.log(`${Object.keys(faulty).length} faulty, ${Object.keys(healthy).length} healthy`);
