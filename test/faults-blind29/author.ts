/**
 * Writes this set's specs: `npx tsx test/faults-blind29/author.ts`. Theme: one practitioner tuning a
 * few small problems as a sweep (optimizer, rate, momentum, batch size 1..full, epochs 30..800).
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const churn = (normalize = 'standard'): Obj => ({ csv: '../data/churn.csv', target: 'churned', features: ['tenure_months', 'monthly_fee', 'support_calls', 'data_gb', 'age', 'discount'], normalize });
const rent = (normalize = 'standard'): Obj => ({ csv: '../data/rent.csv', target: 'rent_eur', normalize });
const beans = (normalize = 'standard'): Obj => ({ csv: '../data/beans.csv', target: 'variety', normalize });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const train = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });
const spec = (name: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 7): Obj => ({ name, seed, data, layers, loss, optimizer, training });

const faulty: Record<string, Obj> = {
  'invalid-spec.loss-keras-name': spec('churn-keras-loss', churn(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.001), train(100, 32)),
  'invalid-spec.dropout-rate-one': spec('churn-dropout', churn(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(100, 32)),
  'invalid-spec.batch-size-zero': spec('rent-full-batch', rent(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), train(300, 0)),
  'data-error.target-capitalised': { ...spec('churn-target', { ...churn(), target: 'Churned' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)) },
  'data-error.csv-with-gaps': spec('churn-gaps', { ...churn(), csv: '../data/churn-gaps.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)),
  'data-error.inline-ragged-row': spec('inline-ragged', { inline: { x: [[0.1, 1.2], [0.4, 0.9], [1.1], [1.5, 0.2], [0.8, 0.7], [1.9, 0.1]], y: [0, 0, 1, 1, 0, 1] } }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200, 6)),
  'shape-mismatch.beans-two-outputs': spec('beans-2', beans(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), train(150, 32)),
  'shape-mismatch.rent-three-outputs': spec('rent-3', rent(), [d(16, 'relu'), d(3)], 'mse', opt('adam', 0.01), train(200, 32)),
  'loss-activation-mismatch.beans-sigmoid-cce': spec('beans-sig', beans(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.003), train(150, 32)),
  'loss-activation-mismatch.churn-linear-bce': spec('churn-lin', churn(), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), train(100, 32)),
  'loss-activation-mismatch.rent-softmax-mse': spec('rent-softmax', rent(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.01), train(200, 32)),
  'init-symmetry.churn-zeros-hidden': spec('churn-zeros', churn(), [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150, 32)),
  'init-symmetry.moons-constant': spec('moons-const', { builtin: 'moons', samples: 400, noise: 0.2 }, [d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200, 32)),
  'init-scale.moons-relu-normal-std1': spec('moons-std1', { builtin: 'moons', samples: 500, noise: 0.2, normalize: 'standard' }, [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1 } })], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 32)),
  'init-scale.rent-tiny-normal-deep': spec('rent-tiny', rent(), [d(32, 'relu', { init: { name: 'normal', std: 0.001 } }), d(32, 'relu', { init: { name: 'normal', std: 0.001 } }), d(32, 'relu', { init: { name: 'normal', std: 0.001 } }), d(32, 'relu', { init: { name: 'normal', std: 0.001 } }), d(1, 'linear', { init: { name: 'normal', std: 0.001 } })], 'mse', opt('sgd', 0.0001, { momentum: 0.9 }), train(200, 32)),
  'no-nonlinearity.moons-forgot-activation': spec('moons-linear', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(300, 32)),
  'no-nonlinearity.sine-linear-stack': spec('sine-linear', { builtin: 'sine', samples: 400, noise: 0.05 }, [d(32, 'linear'), d(32, 'linear'), d(1, 'linear')], 'mse', opt('adam', 0.005), train(300, 32)),
  'lr-out-of-range.churn-adam-lr-2': spec('churn-adam-2', churn(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 2), train(100, 32)),
  'lr-out-of-range.beans-sgd-lr-1e-6': spec('beans-sgd-tiny', beans(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 1e-6, { momentum: 0.9 }), train(200, 32)),
  'lr-too-high.churn-adam-0.1': spec('churn-adam-0.1', churn(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.1), train(150, 32)),
  'lr-too-high.rent-rmsprop-0.05-minmax': spec('rent-rms-0.05', rent('minmax'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), train(200, 16)),
  'lr-too-high.spirals-sgd-momentum': spec('spirals-sgd-1', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(32, 'tanh'), d(32, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 1.0, { momentum: 0.9 }), train(200, 32)),
  'lr-too-low.moons-sgd-0.0005': spec('moons-sgd-slow', { builtin: 'moons', samples: 400, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.0005), train(150, 32)),
  'lr-too-low.beans-adam-1e-5': spec('beans-adam-slow', beans(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.00001), train(100, 32)),
  'dead-relu.churn-negative-bias': spec('churn-bias', churn(), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 32)),
  'dead-relu.churn-raw-adam-0.05': spec('churn-raw-relu', churn('none'), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), train(150, 32)),
  'vanishing-gradient.circles-deep-sigmoid': spec('circles-deep-sigmoid', { builtin: 'circles', samples: 400, noise: 0.1 }, [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(200, 32)),
  'vanishing-gradient.xor-tanh-small-init': spec('xor-tanh-small', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(200, 32)),
  'exploding-gradient.rent-raw-adam': spec('rent-raw', rent('none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), train(150, 32)),
  'exploding-gradient.sine-deep-uniform-large': spec('sine-uniform', { builtin: 'sine', samples: 300, noise: 0.1 }, [d(64, 'relu', { init: { name: 'uniform', limit: 1 } }), d(64, 'relu', { init: { name: 'uniform', limit: 1 } }), d(64, 'relu', { init: { name: 'uniform', limit: 1 } }), d(1, 'linear', { init: { name: 'uniform', limit: 1 } })], 'mse', opt('adam', 0.001), train(100, 16)),
  'saturated-activation.churn-raw-sigmoid': spec('churn-raw-sigmoid', churn('none'), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(150, 32)),
  'saturated-activation.beans-raw-tanh': spec('beans-raw-tanh', beans('none'), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.001), train(150, 32)),
  'loss-plateau.churn-huge-weight-decay': spec('churn-wd', churn(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 1 }), train(150, 32)),
  'loss-plateau.spirals-dropout-heavy-small': spec('spirals-drop', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 2 }, [d(8, 'relu'), drop(0.8), d(8, 'relu'), drop(0.8), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(300, 32)),
  'oscillating-loss.blobs-sgd-batch1': spec('blobs-b1', { builtin: 'blobs', samples: 300, noise: 0.6, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), train(60, 1)),
  'oscillating-loss.churn-sgd-momentum-0.99-b8': spec('churn-sgd-0.99', churn(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.99 }), train(100, 8)),
  'oscillating-loss.rent-rmsprop-fullbatch': spec('rent-rms-full', rent(), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.2), train(200, 300)),
  'nan-loss.rent-raw-sgd-0.001': spec('rent-raw-sgd', rent('none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), train(100, 32)),
  'nan-loss.sine-sgd-lr-5': spec('sine-sgd-5', { builtin: 'sine', samples: 200, noise: 0.1 }, [d(32, 'tanh'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 5), train(50, 8)),
};

const healthy: Record<string, Obj> = {};
const churnNet = [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')];
for (const [slug, o, t] of [
  ['churn-adam-0.001-b32-e200', opt('adam', 0.001), train(200, 32)],
  ['churn-adam-0.01-b64-e60', opt('adam', 0.01), train(60, 64)],
  ['churn-adam-0.03-fullbatch-e300', opt('adam', 0.03), train(300, 400)],
  ['churn-sgd-0.05-momentum-0.9-e150', opt('sgd', 0.05, { momentum: 0.9 }), train(150, 32)],
  ['churn-sgd-nesterov-0.02-b16', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), train(120, 16)],
  ['churn-sgd-plain-0.3-e200', opt('sgd', 0.3), train(200, 32)],
  ['churn-rmsprop-0.001-b1-e30', opt('rmsprop', 0.001), train(30, 1)],
  ['churn-rmsprop-0.003-wd-clip', opt('rmsprop', 0.003, { weightDecay: 0.001, clipNorm: 1 }), train(150, 32)],
] as [string, Obj, Obj][]) healthy[slug] = spec(slug, churn(), churnNet, 'bce', o, t);
healthy['churn-minmax-elu-dropout'] = spec('churn-minmax', churn('minmax'), [d(32, 'elu'), drop(0.2), d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(200, 32, { validationSplit: 0.2 }));
healthy['churn-batchnorm-sigmoid-hidden'] = spec('churn-bn', churn(), [d(16, 'sigmoid', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150, 32));
healthy['rent-adam-0.01-e400'] = spec('rent-adam', rent(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), train(400, 32));
healthy['rent-sgd-momentum-clip-b8'] = spec('rent-sgd', rent(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9, clipNorm: 10 }), train(150, 8));
healthy['rent-rmsprop-0.0005-e800'] = spec('rent-rms-slow', rent(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1)], 'mse', opt('rmsprop', 0.0005), train(800, 32));
healthy['rent-minmax-relu-fullbatch'] = spec('rent-minmax', rent('minmax'), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.1), train(800, 300));
healthy['rent-batchnorm-weight-decay'] = spec('rent-bn', rent(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('adam', 0.005, { weightDecay: 0.0005 }), train(200, 32));
healthy['beans-adam-0.003-e150'] = spec('beans-adam', beans(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(150, 32));
healthy['beans-sgd-0.1-momentum-0.5-b1'] = spec('beans-sgd-b1', beans(), [d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.5 }), train(40, 1));
healthy['beans-rmsprop-deep-elu'] = spec('beans-deep', beans(), [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.001), train(120, 16));
healthy['beans-minmax-sigmoid-hidden'] = spec('beans-minmax', beans('minmax'), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.02), train(300, 64));
healthy['moons-0.25-adam-sweep-best'] = spec('moons-noisy', { builtin: 'moons', samples: 600, noise: 0.25 }, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150, 64));
healthy['moons-120-sgd-nesterov'] = spec('moons-small', { builtin: 'moons', samples: 120, noise: 0.1 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), train(300, 16));
healthy['circles-800-leaky-rmsprop'] = spec('circles-big', { builtin: 'circles', samples: 800, noise: 0.05 }, [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), train(100, 32));
healthy['spirals-3-adam-deep-long'] = spec('spirals-3', { builtin: 'spirals', samples: 450, noise: 0.05, classes: 3 }, [d(48, 'relu'), d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(600, 32));
healthy['blobs-5-sgd-0.05'] = spec('blobs-5', { builtin: 'blobs', samples: 500, noise: 0.3, classes: 5 }, [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(80, 32));
healthy['xor-400-tanh-adam'] = spec('xor-400', { builtin: 'xor', samples: 400, noise: 0.15 }, [d(8, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200, 32));
healthy['sine-600-tanh-adam-clip'] = spec('sine-600', { builtin: 'sine', samples: 600, noise: 0.15 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.003, { clipNorm: 5 }), train(300, 32));
healthy['sine-5-layer-elu'] = spec('sine-deep', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('adam', 0.002), train(400, 16));
healthy['iris-sgd-0.05-fullbatch-e800'] = spec('iris-sgd', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(800, 150));
healthy['iris-rmsprop-dropout-val'] = spec('iris-rms', { builtin: 'iris', normalize: 'minmax' }, [d(16, 'relu'), drop(0.1), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), train(200, 16, { validationSplit: 0.2 }));
healthy['inline-sensor-threshold'] = spec('inline-sensor', { inline: { x: [[20.1, 0.31], [22.4, 0.35], [25.0, 0.52], [27.3, 0.61], [19.5, 0.28], [30.2, 0.7], [28.8, 0.66], [21.0, 0.4], [26.1, 0.58], [23.3, 0.3], [29.5, 0.45], [24.2, 0.62], [18.7, 0.25], [31.0, 0.72], [22.0, 0.55], [27.9, 0.33]], y: [0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1] }, normalize: 'standard' }, [d(6, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), train(300, 4));
healthy['inline-dose-response'] = spec('inline-dose', { inline: { x: [[0.5], [1], [1.5], [2], [2.5], [3], [3.5], [4], [4.5], [5], [5.5], [6]], y: [0.06, 0.11, 0.22, 0.35, 0.5, 0.66, 0.77, 0.86, 0.9, 0.95, 0.96, 0.98] }, normalize: 'minmax' }, [d(8, 'sigmoid'), d(1, 'linear')], 'mse', opt('adam', 0.03), train(500, 12));

for (const [dir, group] of [['faulty', faulty], ['healthy', healthy]] as const) {
  for (const [slug, s] of Object.entries(group)) fs.writeFileSync(path.join(__dirname, dir, `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
console.log(`${Object.keys(faulty).length} faulty, ${Object.keys(healthy).length} healthy`);
