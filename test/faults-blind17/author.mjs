// Writes the specs of fault set 17: node test/faults-blind17/author.mjs
import fs from 'fs';
import path from 'path';
const here = path.dirname(new URL(import.meta.url).pathname);
const D = (u, a, extra = {}) => ({ type: 'dense', units: u, activation: a, ...extra });
const spec = (name, data, layers, loss, optimizer, training, extra = {}) => ({ name, seed: 7, data, layers, loss, optimizer, training, ...extra });
const credit = (n = 'standard') => ({ csv: '../data/credit.csv', target: 'default', normalize: n });
const concrete = (n = 'standard') => ({ csv: '../data/concrete.csv', target: 'strength', normalize: n });
const gestures = (n = 'none') => ({ csv: '../data/gestures.csv', target: 'gesture', normalize: n });
const T = (epochs, batchSize = 32, validationSplit = 0.2) => ({ epochs, batchSize, shuffle: true, validationSplit });
const andTable = { x: [[0,0],[0,1],[1,0],[1,1],[0.1,0.9],[0.9,0.1],[0.95,0.9],[0.05,0.1]], y: [0,0,0,1,0,0,1,0] };
const faulty = {
  // invalid-spec
  'invalid-spec.activation-gelu': spec('gelu', { builtin: 'moons', samples: 300 }, [D(16, 'gelu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100)),
  'invalid-spec.loss-mae': spec('mae', concrete(), [D(32, 'relu'), D(1, 'linear')], 'mae', { type: 'adam', lr: 0.005 }, T(150)),
  'invalid-spec.dropout-rate-one': spec('drop1', { builtin: 'circles', samples: 300 }, [D(32, 'relu'), { type: 'dropout', rate: 1 }, D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100)),
  'invalid-spec.epochs-as-string': spec('eps', credit(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: '200', batchSize: 32 }),
  // data-error
  'data-error.na-cell-in-export': spec('credit-export', { csv: '../data/credit-export.csv', target: 'default', normalize: 'standard' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(150)),
  'data-error.ragged-logger-row': spec('gestures-logger', { csv: '../data/gestures-logger.csv', target: 'gesture' }, [D(16, 'tanh'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(120)),
  'data-error.target-column-typo': spec('target-typo', { csv: '../data/concrete.csv', target: 'strenght', normalize: 'standard' }, [D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150)),
  'data-error.inline-y-short': spec('and-short', { inline: { x: andTable.x, y: andTable.y.slice(0, 7) } }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(300, 8, 0)),
  // shape-mismatch
  'shape-mismatch.iris-two-outputs': spec('iris2', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16)),
  'shape-mismatch.gestures-four-outputs': spec('gest4', gestures(), [D(24, 'elu'), D(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(120)),
  'shape-mismatch.two-targets-one-output': spec('two-targets', { csv: '../data/concrete.csv', target: ['strength', 'slag'], normalize: 'standard' }, [D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150)),
  // loss-activation-mismatch
  'loss-activation-mismatch.cce-sigmoid-outputs': spec('cce-sig', { builtin: 'blobs', classes: 4, samples: 400, noise: 0.3 }, [D(16, 'relu'), D(4, 'sigmoid')], 'cce', { type: 'adam', lr: 0.01 }, T(100)),
  'loss-activation-mismatch.bce-tanh-output': spec('bce-tanh', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'tanh')], 'bce', { type: 'adam', lr: 0.01 }, T(150)),
  'loss-activation-mismatch.regression-sigmoid-output': spec('conc-sig-out', concrete(), [D(32, 'relu'), D(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.01 }, T(200)),
  // init-symmetry
  'init-symmetry.zeros-hidden': spec('zeros', { builtin: 'circles', samples: 300, noise: 0.08 }, [D(16, 'tanh', { init: { name: 'zeros' } }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200)),
  'init-symmetry.constant-0p1-two-layers': spec('const', { builtin: 'spirals', samples: 300, classes: 3, normalize: 'standard' }, [D(32, 'relu', { init: { name: 'constant', value: 0.1 } }), D(32, 'relu', { init: { name: 'constant', value: 0.1 } }), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(200)),
  // init-scale
  'init-scale.normal-std2-sigmoid-stack': spec('big-init', credit(), [D(32, 'sigmoid', { init: { name: 'normal', std: 2 } }), D(32, 'sigmoid', { init: { name: 'normal', std: 2 } }), D(32, 'sigmoid', { init: { name: 'normal', std: 2 } }), D(1, 'sigmoid', { init: { name: 'normal', std: 2 } })], 'bce', { type: 'sgd', lr: 0.05 }, T(100)),
  'init-scale.uniform-tiny-deep-relu': spec('tiny-init', credit(), [D(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(1, 'sigmoid', { init: { name: 'uniform', limit: 0.001 } })], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100)),
  // no-nonlinearity
  'no-nonlinearity.linear-stack-circles': spec('lin-circles', { builtin: 'circles', samples: 400, noise: 0.05 }, [D(32, 'linear'), D(32, 'linear'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150)),
  'no-nonlinearity.default-activation-concrete': spec('lin-conc', concrete(), [{ type: 'dense', units: 64 }, { type: 'dense', units: 32 }, { type: 'dense', units: 1 }], 'mse', { type: 'adam', lr: 0.005 }, T(200)),
  // lr-out-of-range
  'lr-out-of-range.adam-lr-3': spec('adam3', { builtin: 'moons', samples: 300 }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 3 }, T(100)),
  'lr-out-of-range.sgd-lr-1e-7': spec('sgd-tiny', gestures('standard'), [D(16, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 1e-7, momentum: 0.9 }, T(100)),
  // lr-too-high
  'lr-too-high.sgd-0p3-concrete': spec('conc-sgd', concrete(), [D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.3 }, T(100)),
  'lr-too-high.adam-0p2-spirals': spec('spir-hi', { builtin: 'spirals', samples: 300, classes: 3, normalize: 'standard' }, [D(64, 'relu'), D(64, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.2 }, T(150)),
  // lr-too-low
  'lr-too-low.sgd-1e-4-moons': spec('moons-slow', { builtin: 'moons', samples: 400, noise: 0.1 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0001 }, T(100)),
  'lr-too-low.adam-1e-5-credit': spec('credit-slow', credit(), [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.00001 }, T(80)),
  // dead-relu
  'dead-relu.negative-bias': spec('neg-bias', { builtin: 'moons', samples: 300, normalize: 'standard' }, [D(32, 'relu', { bias: -3 }), D(32, 'relu', { bias: -3 }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(150)),
  'dead-relu.raw-income-sgd': spec('raw-credit', credit('none'), [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100)),
  // vanishing-gradient
  'vanishing-gradient.deep-sigmoid-sgd': spec('deep-sig', { builtin: 'circles', samples: 300, normalize: 'standard' }, [D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(100)),
  'vanishing-gradient.deep-tanh-small-normal': spec('deep-tanh', gestures('standard'), [D(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, T(100)),
  // exploding-gradient
  'exploding-gradient.deep-relu-normal1': spec('deep-big', concrete(), [D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(1, 'linear', { init: { name: 'normal', std: 1 } })], 'mse', { type: 'sgd', lr: 0.001 }, T(50)),
  'exploding-gradient.raw-concrete-deep-relu': spec('raw-conc', concrete('none'), [D(32, 'relu'), D(32, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.00001 }, T(50)),
  // saturated-activation
  'saturated-activation.tanh-raw-credit': spec('tanh-raw', credit('none'), [D(32, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(150)),
  'saturated-activation.sigmoid-big-bias': spec('sig-bias', { builtin: 'xor', samples: 300 }, [D(16, 'sigmoid', { bias: 6 }), D(16, 'sigmoid', { bias: 6 }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150)),
  // loss-plateau
  'loss-plateau.spirals-two-units': spec('spir2', { builtin: 'spirals', samples: 300, classes: 3, normalize: 'standard' }, [D(2, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(300)),
  'loss-plateau.xor-sgd-tanh-one-hidden-unit': spec('xor1', { builtin: 'xor', samples: 300, noise: 0.1 }, [D(1, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(200)),
  // oscillating-loss
  'oscillating-loss.sgd-momentum-0p99': spec('osc-mom', { builtin: 'sine', samples: 300, noise: 0.1 }, [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.03, momentum: 0.99 }, T(150)),
  'oscillating-loss.rmsprop-0p05-sine-batch8': spec('osc-sine', { builtin: 'sine', samples: 300, noise: 0.1 }, [D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.05 }, T(100, 8)),
  'oscillating-loss.batch1-adam-0p02': spec('osc-b1', gestures('standard'), [D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(60, 1)),
  // nan-loss
  'nan-loss.sgd-lr1-raw-target': spec('nan-conc', concrete(), [D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 1 }, T(50)),
  'nan-loss.sgd-0p5-momentum-deep-relu-sine': spec('nan-sine', { builtin: 'sine', samples: 300, noise: 0.1 }, [D(64, 'relu'), D(64, 'relu'), D(64, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(50)),
};
const healthy = {};
const H = (name, s) => { healthy[name] = s; };
H('credit-adam-1x8-wd', spec('credit', credit(), [D(8, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003, weightDecay: 0.001 }, T(60)));
H('credit-logistic-sgd', spec('credit-lr', credit(), [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(150)));
H('credit-minmax-rmsprop-dropout', spec('credit-rms', credit('minmax'), [D(32, 'relu'), { type: 'dropout', rate: 0.2 }, D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(150)));
H('credit-elu-wd-fullbatch', spec('credit-fb', credit(), [D(16, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02, weightDecay: 0.001 }, T(300, 400, 0)));
H('concrete-adam-2x32', spec('conc', concrete(), [D(32, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(250)));
H('concrete-tanh-sgd-momentum', spec('conc-tanh', concrete(), [D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.002, momentum: 0.9 }, T(300)));
H('concrete-minmax-leaky-bn', spec('conc-bn', concrete('minmax'), [D(32, 'leaky_relu', { batchNorm: true }), D(16, 'leaky_relu', { batchNorm: true }), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(200)));
H('concrete-deep5-elu-clip', spec('conc-deep', concrete(), [D(32, 'elu'), D(32, 'elu'), D(32, 'elu'), D(32, 'elu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.002, clipNorm: 5 }, T(150)));
H('gestures-softmax-adam', spec('gest', gestures(), [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100)));
H('gestures-tanh-rmsprop-standard', spec('gest-rms', gestures('standard'), [D(24, 'tanh'), D(24, 'tanh'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, T(120)));
H('gestures-batch1-sgd', spec('gest-b1', gestures('standard'), [D(12, 'relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.005 }, T(40, 1)));
H('gestures-linear-softmax', spec('gest-lin', gestures(), [D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(150)));
H('iris-adam-relu', spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16)));
H('iris-sigmoid-sgd-nesterov', spec('iris-sig', { builtin: 'iris', normalize: 'minmax' }, [D(10, 'sigmoid'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, T(300, 16)));
H('iris-fullbatch-rmsprop', spec('iris-fb', { builtin: 'iris', normalize: 'standard' }, [D(8, 'tanh'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.01 }, T(400, 150, 0)));
H('moons-adam-3layer', spec('moons', { builtin: 'moons', samples: 400, noise: 0.15 }, [D(32, 'relu'), D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(150)));
H('moons-sgd-large-fine-lr', spec('moons-sgd', { builtin: 'moons', samples: 300, noise: 0.1, normalize: 'standard' }, [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, T(200)));
H('circles-leaky-adam', spec('circ', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(16, 'leaky_relu'), D(16, 'leaky_relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200)));
H('circles-elu-dropout-long', spec('circ-drop', { builtin: 'circles', samples: 500, noise: 0.1, normalize: 'standard' }, [D(64, 'elu'), { type: 'dropout', rate: 0.3 }, D(32, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, T(400, 64)));
H('xor-tanh-adam', spec('xor', { builtin: 'xor', samples: 300 }, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(200)));
H('xor-relu-bn-sgd', spec('xor-bn', { builtin: 'xor', samples: 400, noise: 0.15 }, [D(16, 'relu', { batchNorm: true }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(150)));
H('spirals-3class-deep', spec('spir', { builtin: 'spirals', samples: 900, classes: 3, noise: 0.1, normalize: 'standard' }, [D(64, 'relu'), D(64, 'relu'), D(64, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(200)));
H('spirals-2class-tanh', spec('spir2', { builtin: 'spirals', samples: 300, noise: 0.05, normalize: 'standard' }, [D(64, 'tanh'), D(64, 'tanh'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(500, 32, 0)));
H('blobs-5class-small-lr-long', spec('blobs5', { builtin: 'blobs', samples: 500, classes: 5, noise: 0.3 }, [D(16, 'relu'), D(5, 'softmax')], 'cce', { type: 'adam', lr: 0.0005 }, T(300)));
H('blobs-2class-logistic-short', spec('blobs2', { builtin: 'blobs', samples: 200 }, [D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(20)));
H('sine-tanh-adam', spec('sine', { builtin: 'sine', samples: 400, noise: 0.1 }, [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(300)));
H('sine-sigmoid-rmsprop-wd', spec('sine-sig', { builtin: 'sine', samples: 300, noise: 0.05 }, [D(32, 'sigmoid'), D(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.005, weightDecay: 0.0001 }, T(400)));
H('sine-elu-sgd-clip', spec('sine-sgd', { builtin: 'sine', samples: 300, noise: 0.1 }, [D(32, 'elu'), D(32, 'elu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9, clipNorm: 1 }, T(300)));
H('inline-and-tanh', spec('and', { inline: andTable }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(300, 8, 0)));
H('inline-regression-linear', spec('inline-lin', { inline: { x: [[1, 2], [2, 1], [3, 4], [4, 3], [5, 5], [6, 2], [7, 7], [8, 1], [2, 6], [9, 4]], y: [5.1, 3.9, 11.2, 10.1, 15.2, 9.8, 21.1, 10.2, 14.1, 17.0] }, normalize: 'standard' }, [D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(300, 10, 0)));
H('inline-string-labels-3class', spec('inline-str', { inline: { x: [[5.0, 1.0], [5.2, 1.1], [4.8, 0.9], [1.0, 5.0], [1.2, 4.7], [0.9, 5.3], [3.0, 3.0], [3.2, 2.8], [2.9, 3.1], [5.1, 1.3], [1.1, 5.1], [3.1, 3.2]], y: ['hi', 'hi', 'hi', 'lo', 'lo', 'lo', 'mid', 'mid', 'mid', 'hi', 'lo', 'mid'] }, normalize: 'standard' }, [D(8, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(200, 4, 0)));
H('credit-deep4-leaky-bn-rmsprop', spec('credit-deep', credit(), [D(16, 'leaky_relu', { batchNorm: true }), D(16, 'leaky_relu', { batchNorm: true }), D(8, 'leaky_relu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.0005, weightDecay: 0.001 }, T(25, 32)));
for (const [slug, s] of Object.entries(faulty)) fs.writeFileSync(path.join(here, 'faulty', `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
for (const [slug, s] of Object.entries(healthy)) fs.writeFileSync(path.join(here, 'healthy', `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(Object.keys(faulty).length, 'faulty', Object.keys(healthy).length, 'healthy');
