/**
 * Writes this set's specs: `npx tsx test/faults-blind23/author.ts`. Each entry is one spec as a
 * practitioner would write it; the file name carries the fault's code (faulty/) or a slug (healthy/).
 */
import * as fs from 'fs';
import * as path from 'path';

type Spec = Record<string, unknown>;
const D = (units: number, activation?: string, extra: Record<string, unknown> = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const churn = (normalize = 'standard') => ({ csv: '../data/churn.csv', target: 'churn', normalize });
const defects = (normalize = 'standard') => ({ csv: '../data/defects.csv', target: 'defect', normalize });
const grades = (normalize = 'standard') => ({ csv: '../data/grades.csv', target: 'grade', normalize });
const adam = (lr: number, extra: Record<string, unknown> = {}) => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Record<string, unknown> = {}) => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: Record<string, unknown> = {}) => ({ type: 'rmsprop', lr, ...extra });
const train = (epochs: number, batchSize: number, validationSplit = 0.2) => ({ epochs, batchSize, validationSplit });
const spec = (name: string, data: unknown, layers: unknown[], loss: string, optimizer: unknown, training: unknown, seed = 23): Spec =>
  ({ name, seed, data, layers, loss, optimizer, training });

const tinyInline = {
  inline: {
    x: [[5.1, 0.2, 31], [4.8, 0.3, 29], [6.7, 1.9, 12], [6.1, 1.4, 15], [5.0, 0.2, 33], [6.9, 2.1, 10], [5.7, 1.2, 18], [6.3, 1.8, 11], [4.9, 0.1, 30], [5.9, 1.3, 16], [6.5, 2.0, 12], [5.4, 0.4, 28]],
    y: ['low', 'low', 'high', 'mid', 'low', 'high', 'mid', 'high', 'low', 'mid', 'high', 'low'],
  },
  normalize: 'standard',
};

export const FAULTY: Record<string, Spec> = {
  'invalid-spec.adamw-optimizer': spec('churn-adamw', churn(), [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, train(40, 32)),
  'invalid-spec.keras-loss-name': spec('defects-keras-loss', defects(), [D(64, 'relu'), D(5, 'softmax')], 'categorical_crossentropy', adam(0.001), train(40, 32)),
  'invalid-spec.units-as-string': spec('grades-units-string', grades(), [D('64' as unknown as number, 'relu'), D(4, 'softmax')], 'cce', adam(0.001), train(60, 32)),
  'data-error.broken-export': spec('churn-raw-export', { csv: '../data/churn-raw.csv', target: 'churn', normalize: 'standard' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.003), train(50, 32)),
  'data-error.target-capitalised': spec('churn-target-case', { csv: '../data/churn.csv', target: 'Churn', normalize: 'standard' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.003), train(50, 32)),
  'data-error.inline-ragged-row': spec('inline-ragged', { inline: { x: [[5.1, 0.2, 31], [4.8, 0.3], [6.7, 1.9, 12], [6.1, 1.4, 15]], y: ['low', 'low', 'high', 'mid'] } }, [D(8, 'relu'), D(3, 'softmax')], 'cce', adam(0.01), train(100, 4, 0)),
  'shape-mismatch.four-outputs-five-defects': spec('defects-four-outputs', defects(), [D(64, 'relu'), D(32, 'relu'), D(4, 'softmax')], 'cce', adam(0.001), train(50, 32)),
  'shape-mismatch.alcohol-regression-two-outputs': spec('grades-alcohol-two', { csv: '../data/grades.csv', target: 'alcohol', features: ['ph', 'sulphates', 'density', 'residual_sugar', 'fixed_acidity'], normalize: 'standard' }, [D(32, 'relu'), D(2)], 'mse', adam(0.003), train(80, 32)),
  'shape-mismatch.iris-three-classes-one-unit': spec('iris-one-unit', { builtin: 'iris', normalize: 'standard' }, [D(16, 'tanh'), D(1, 'softmax')], 'cce', adam(0.01), train(100, 16)),
  'loss-activation-mismatch.relu-output-bce': spec('churn-relu-output', churn(), [D(32, 'relu'), D(16, 'relu'), D(1, 'relu')], 'bce', adam(0.002), train(60, 32)),
  'loss-activation-mismatch.sigmoid-outputs-cce': spec('defects-sigmoid-cce', defects(), [D(64, 'relu'), D(5, 'sigmoid')], 'cce', adam(0.002), train(50, 32)),
  'loss-activation-mismatch.softmax-binary-bce': spec('churn-softmax-one', churn(), [D(32, 'relu'), D(1, 'softmax')], 'bce', adam(0.002), train(50, 32)),
  'init-symmetry.zeros-hidden-defects': spec('defects-zeros', defects(), [D(64, 'tanh', { init: 'zeros' }), D(32, 'tanh', { init: 'zeros' }), D(5, 'softmax')], 'cce', adam(0.002), train(60, 32)),
  'init-symmetry.constant-hidden-spirals': spec('spirals-constant', { builtin: 'spirals', samples: 600, classes: 3, noise: 0.05 }, [D(64, 'tanh', { init: { name: 'constant', value: 0.05 } }), D(32, 'tanh', { init: { name: 'constant', value: 0.05 } }), D(3, 'softmax')], 'cce', adam(0.005), train(200, 32)),
  'exploding-gradient.raw-density-regression-sgd': spec('grades-density-regression', { csv: '../data/grades.csv', target: 'density', features: ['ph', 'alcohol', 'sulphates', 'residual_sugar', 'fixed_acidity'] }, [D(32, 'relu'), D(1)], 'mse', sgd(0.01, { momentum: 0.9 }), train(30, 32)),
  'init-scale.wide-normal-std1-tanh': spec('grades-std1', grades(), [D(128, 'tanh', { init: { name: 'normal', std: 1.0 } }), D(128, 'tanh', { init: { name: 'normal', std: 1.0 } }), D(4, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9 }), train(60, 32)),
  'init-scale.tiny-uniform-deep-relu': spec('defects-tiny-init', defects(), [D(64, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(64, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(64, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(5, 'softmax', { init: { name: 'uniform', limit: 0.001 } })], 'cce', sgd(0.05, { momentum: 0.9 }), train(40, 32)),
  'no-nonlinearity.forgot-activations-circles': spec('circles-linear', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(32), D(32), D(1, 'sigmoid')], 'bce', adam(0.01), train(150, 32)),
  'no-nonlinearity.linear-hidden-spirals': spec('spirals-linear', { builtin: 'spirals', samples: 600, classes: 3, noise: 0.1 }, [D(64, 'linear'), D(64, 'linear'), D(3, 'softmax')], 'cce', adam(0.005), train(200, 32)),
  'lr-out-of-range.adam-lr-two': spec('churn-adam-lr2', churn(), [D(32, 'relu'), D(1, 'sigmoid')], 'bce', adam(2), train(50, 32)),
  'lr-out-of-range.sgd-lr-1e-7': spec('defects-sgd-1e-7', defects(), [D(64, 'relu'), D(5, 'softmax')], 'cce', sgd(1e-7, { momentum: 0.9 }), train(50, 32)),
  'lr-too-high.rmsprop-0.05-defects': spec('defects-rms-high', defects(), [D(128, 'relu'), D(64, 'relu'), D(5, 'softmax')], 'cce', rms(0.05), train(40, 32)),
  'lr-too-high.sgd-momentum-lr-0.8-churn': spec('churn-sgd-high', churn(), [D(64, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.8, { momentum: 0.9 }), train(40, 32)),
  'lr-too-low.adam-1e-5-grades': spec('grades-adam-slow', grades(), [D(64, 'relu'), D(32, 'relu'), D(4, 'softmax')], 'cce', adam(1e-5), train(40, 32)),
  'lr-too-low.sgd-0.0005-churn': spec('churn-sgd-slow', churn(), [D(32, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(0.0005), train(60, 32)),
  'dead-relu.negative-bias-defects': spec('defects-negative-bias', defects(), [D(64, 'relu', { bias: -4 }), D(32, 'relu', { bias: -4 }), D(5, 'softmax')], 'cce', adam(0.001), train(40, 32)),
  'dead-relu.raw-grades-sgd': spec('grades-raw-relu', grades('none'), [D(64, 'relu'), D(32, 'relu'), D(4, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9 }), train(60, 32)),
  'vanishing-gradient.deep-sigmoid-sgd': spec('defects-deep-sigmoid', defects(), [D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(5, 'softmax')], 'cce', sgd(0.01), train(40, 32)),
  'vanishing-gradient.deep-tanh-small-normal': spec('churn-deep-tanh-small', churn(), [D(64, 'tanh', { init: { name: 'normal', std: 0.01 } }), D(64, 'tanh', { init: { name: 'normal', std: 0.01 } }), D(64, 'tanh', { init: { name: 'normal', std: 0.01 } }), D(64, 'tanh', { init: { name: 'normal', std: 0.01 } }), D(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.9 }), train(40, 32)),
  'exploding-gradient.raw-grades-deep-relu-normal': spec('grades-explode', grades('none'), [D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(4, 'softmax')], 'cce', sgd(0.001), train(30, 32)),
  'nan-loss.raw-churn-mse-regression': spec('churn-charge-regression', { csv: '../data/churn.csv', target: 'monthly_charge', features: ['tenure_months', 'support_calls', 'contract', 'data_gb', 'age'] }, [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', sgd(0.001, { momentum: 0.9 }), train(30, 16)),
  'nan-loss.density-regression-leaky-relu': spec('grades-density-leaky', { csv: '../data/grades.csv', target: 'density', features: ['ph', 'alcohol', 'sulphates', 'residual_sugar', 'fixed_acidity'], normalize: 'standard' }, [D(32, 'leaky_relu'), D(32, 'leaky_relu'), D(1)], 'mse', sgd(0.01, { momentum: 0.9 }), train(40, 32)),
  'saturated-activation.raw-grades-tanh': spec('grades-raw-tanh', grades('none'), [D(64, 'tanh'), D(32, 'tanh'), D(4, 'softmax')], 'cce', adam(0.001), train(50, 32)),
  'saturated-activation.raw-churn-sigmoid': spec('churn-raw-sigmoid', churn('none'), [D(32, 'sigmoid'), D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', adam(0.001), train(50, 32)),
  'loss-plateau.heavy-weight-decay-defects': spec('defects-heavy-decay', defects(), [D(64, 'relu'), D(32, 'relu'), D(5, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9, weightDecay: 0.5 }), train(60, 32)),
  'loss-plateau.dropout-0.9-churn': spec('churn-dropout-09', churn(), [D(32, 'relu'), drop(0.9), D(16, 'relu'), drop(0.9), D(1, 'sigmoid')], 'bce', sgd(0.01), train(60, 32)),
  'oscillating-loss.momentum-0.99-moons': spec('moons-momentum-099', { builtin: 'moons', samples: 400, noise: 0.15 }, [D(32, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.99 }), train(120, 32)),
  'oscillating-loss.adam-0.05-batch-8-grades': spec('grades-adam-swing', grades(), [D(64, 'relu'), D(32, 'relu'), D(4, 'softmax')], 'cce', adam(0.05), train(80, 8)),
  'dead-relu.raw-churn-sgd-lr-0.1': spec('churn-raw-sgd', churn('none'), [D(64, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), train(30, 32)),
  'exploding-gradient.raw-grades-mse-sugar': spec('grades-sugar-regression', { csv: '../data/grades.csv', target: 'residual_sugar', features: ['ph', 'alcohol', 'sulphates', 'density', 'fixed_acidity'] }, [D(64, 'relu'), D(1)], 'mse', sgd(0.01, { momentum: 0.9 }), train(30, 32)),
};

export const HEALTHY: Record<string, Spec> = {
  'churn-adam-small': spec('churn-adam-small', churn(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.003), train(60, 32)),
  'churn-deep-bn-dropout': spec('churn-deep-bn-dropout', churn(), [D(64, 'relu', { batchNorm: true }), drop(0.3), D(32, 'relu', { batchNorm: true }), drop(0.2), D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.002, { weightDecay: 0.0001 }), train(60, 32)),
  'churn-minmax-sgd-momentum': spec('churn-minmax-sgd', churn('minmax'), [D(32, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), train(80, 32)),
  'churn-rmsprop-elu': spec('churn-rms-elu', churn(), [D(32, 'elu'), D(16, 'elu'), D(1, 'sigmoid')], 'bce', rms(0.001), train(50, 64)),
  'churn-full-batch-adam': spec('churn-full-batch', churn(), [D(32, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.02), train(300, 700, 0)),
  'churn-two-class-softmax': spec('churn-softmax-2', churn(), [D(32, 'relu'), D(2, 'softmax')], 'cce', adam(0.003), train(60, 32)),
  'churn-logistic': spec('churn-logistic', churn(), [D(1, 'sigmoid')], 'bce', sgd(0.1), train(100, 32, 0.25)),
  'defects-adam-two-layer': spec('defects-adam', defects(), [D(64, 'relu'), D(32, 'relu'), D(5, 'softmax')], 'cce', adam(0.001), train(40, 32)),
  'defects-leaky-nesterov': spec('defects-leaky-nesterov', defects(), [D(64, 'leaky_relu'), D(5, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9, nesterov: true }), train(40, 32)),
  'defects-batch-one-sgd': spec('defects-batch-one', defects(), [D(32, 'relu'), D(5, 'softmax')], 'cce', sgd(0.005), train(10, 1)),
  'defects-five-layer-bn': spec('defects-five-layer', defects(), [D(64, 'relu', { batchNorm: true }), D(64, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(32, 'relu'), D(5, 'softmax')], 'cce', adam(0.001), train(40, 64)),
  'defects-clipnorm-rms': spec('defects-clip-rms', defects(), [D(64, 'tanh'), D(5, 'softmax')], 'cce', rms(0.002, { clipNorm: 1 }), train(40, 32)),
  'defects-unnormalized-ok': spec('defects-raw', defects('none'), [D(48, 'relu'), D(5, 'softmax')], 'cce', adam(0.002), train(40, 32)),
  'defects-small-lr-long': spec('defects-slow-long', defects(), [D(32, 'relu'), D(5, 'softmax')], 'cce', adam(0.0003), train(250, 32)),
  'grades-adam-bn': spec('grades-adam-bn', grades(), [D(64, 'relu', { batchNorm: true }), D(32, 'relu'), D(4, 'softmax')], 'cce', adam(0.002), train(80, 32)),
  'grades-minmax-elu-dropout': spec('grades-minmax-elu', grades('minmax'), [D(64, 'elu'), drop(0.2), D(32, 'elu'), D(4, 'softmax')], 'cce', adam(0.003), train(120, 32)),
  'grades-sgd-large-lr': spec('grades-sgd-large', grades(), [D(32, 'tanh'), D(4, 'softmax')], 'cce', sgd(0.3), train(80, 64)),
  'grades-wd-rmsprop': spec('grades-wd-rms', grades(), [D(64, 'relu'), D(32, 'relu'), D(4, 'softmax')], 'cce', rms(0.001, { weightDecay: 0.001 }), train(60, 16)),
  'grades-short-run': spec('grades-short', grades(), [D(32, 'relu'), D(4, 'softmax')], 'cce', adam(0.01), train(15, 32)),
  'iris-cce-small': spec('iris-small', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', adam(0.01), train(150, 16, 0.2)),
  'iris-raw-sgd-momentum': spec('iris-raw', { builtin: 'iris' }, [D(16, 'elu'), D(3, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9 }), train(200, 8, 0.2)),
  'blobs-six-classes': spec('blobs-6', { builtin: 'blobs', samples: 600, classes: 6, noise: 0.15 }, [D(32, 'relu'), D(6, 'softmax')], 'cce', adam(0.005), train(80, 32)),
  'spirals-three-deep': spec('spirals-3', { builtin: 'spirals', samples: 600, classes: 3, noise: 0.05 }, [D(64, 'relu'), D(64, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', adam(0.005), train(300, 32)),
  'moons-leaky-sigmoid': spec('moons-leaky', { builtin: 'moons', samples: 500, noise: 0.2 }, [D(32, 'leaky_relu'), D(16, 'leaky_relu'), D(1, 'sigmoid')], 'bce', adam(0.01), train(150, 32)),
  'circles-tanh-rms': spec('circles-tanh', { builtin: 'circles', samples: 400, noise: 0.1 }, [D(16, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], 'bce', rms(0.005), train(200, 32)),
  'xor-sigmoid-hidden': spec('xor-sigmoid', { builtin: 'xor', samples: 300, noise: 0.1 }, [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', adam(0.01), train(400, 32)),
  'sine-regression-tanh': spec('sine-tanh', { builtin: 'sine', samples: 300, noise: 0.05 }, [D(32, 'tanh'), D(32, 'tanh'), D(1)], 'mse', adam(0.005), train(300, 32)),
  'inline-string-labels': spec('inline-grades', tinyInline, [D(8, 'relu'), D(3, 'softmax')], 'cce', adam(0.02), train(200, 4, 0)),
  'inline-binary-bce': spec('inline-binary', { inline: { x: [[1, 20], [2, 18], [8, 3], [9, 2], [1.5, 22], [7.5, 4], [2.5, 17], [8.5, 1]], y: [0, 0, 1, 1, 0, 1, 0, 1] }, normalize: 'minmax' }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(0.5), train(200, 8, 0)),
  'churn-feature-subset': spec('churn-subset', { csv: '../data/churn.csv', target: 'churn', features: ['tenure_months', 'monthly_charge', 'support_calls', 'contract'], normalize: 'standard' }, [D(16, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.005), train(60, 16)),
  'grades-regression-alcohol': spec('grades-alcohol-reg', { csv: '../data/grades.csv', target: 'alcohol', features: ['ph', 'sulphates', 'density', 'residual_sugar', 'fixed_acidity', 'grade'], normalize: 'standard' }, [D(32, 'relu'), D(1)], 'mse', adam(0.003), train(100, 32)),
  'defects-xavier-lecun': spec('defects-inits', defects(), [D(64, 'tanh', { init: 'lecun_normal' }), D(32, 'tanh', { init: 'xavier_normal' }), D(5, 'softmax', { init: 'xavier_uniform' })], 'cce', sgd(0.03, { momentum: 0.9 }), train(50, 32)),
};

if (require.main === module) {
  const dir = __dirname;
  for (const [name, s] of Object.entries(FAULTY)) fs.writeFileSync(path.join(dir, 'faulty', `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
  for (const [name, s] of Object.entries(HEALTHY)) fs.writeFileSync(path.join(dir, 'healthy', `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
  console.log(`${Object.keys(FAULTY).length} faulty, ${Object.keys(HEALTHY).length} healthy`);
}
