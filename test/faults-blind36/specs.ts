/** The specs of this set: `npx tsx test/faults-blind36/specs.ts` (also writes data/ first). */
import { writeData, XOR8, PARITY16, CUBIC20, FRUIT12, dense, spec, emit } from './author';

writeData();
const F = (file: string, s: object | string) => emit('faulty', file, s as never);
const H = (file: string, s: object) => emit('healthy', file, s as never);
const csv = (file: string, target: string, extra: object = {}) => ({ csv: `../data/${file}`, target, ...extra });
const sgd = (lr: number, extra: object = {}) => ({ type: 'sgd', lr, ...extra });
const adam = (lr: number, extra: object = {}) => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: object = {}) => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: object = {}) => ({ epochs, batchSize, ...extra });
const sig1 = dense(1, 'sigmoid');
const lin1 = dense(1, 'linear');

// ---------- static: invalid-spec ----------
F('invalid-spec.optimizer-adamw', spec('beans-adamw', csv('beans.csv', 'cultivar', { normalize: 'standard' }), [dense(64, 'relu'), sig1], 'bce', adam(0.001, { type: 'adamw' }), tr(800, 64)));
F('invalid-spec.epochs-quoted', spec('xor-quoted', { inline: XOR8 }, [dense(4, 'tanh'), sig1], 'bce', adam(0.05), { epochs: '2000', batchSize: 8 }));
F('invalid-spec.batch-size-zero', spec('tips-batch0', csv('tips.csv', 'tip', { normalize: 'standard' }), [dense(32, 'elu'), lin1], 'mse', rms(0.003), tr(1000, 0)));
F('invalid-spec.trailing-comma', `{
  "name": "fruit-trailing-comma",
  "seed": 36,
  "data": { "inline": ${JSON.stringify(FRUIT12)}, "normalize": "standard" },
  "layers": [
    { "type": "dense", "units": 16, "activation": "relu" },
    { "type": "dense", "units": 3, "activation": "softmax" },
  ],
  "loss": "cce",
  "optimizer": { "type": "adam", "lr": 0.01 },
  "training": { "epochs": 500, "batchSize": 12 }
}
`);
// ---------- static: data-error ----------
F('data-error.csv-na-cells', spec('beans-gaps', csv('beans-gaps.csv', 'cultivar', { normalize: 'standard' }), [dense(8, 'relu'), sig1], 'bce', adam(0.01), tr(600, 16)));
F('data-error.target-case', spec('tips-target-case', csv('tips.csv', 'Tip', { normalize: 'standard' }), [dense(16, 'tanh'), lin1], 'mse', adam(0.01), tr(1500, 48)));
F('data-error.semicolon-csv', spec('plants-semicolon', csv('plants-semicolon.csv', 'survived', { normalize: 'standard' }), [dense(4, 'tanh'), sig1], 'bce', adam(0.02), tr(1000, 24)));
F('data-error.inline-ragged', spec('xor-ragged', { inline: { x: [...XOR8.x.slice(0, 5), [0.05], ...XOR8.x.slice(6)], y: XOR8.y } }, [dense(4, 'tanh'), sig1], 'bce', adam(0.05), tr(2000, 8)));
// ---------- static: shape-mismatch ----------
F('shape-mismatch.cce-two-units-three-classes', spec('kiln-two-out', csv('kiln.csv', 'glaze', { normalize: 'standard' }), [dense(64, 'relu'), dense(2, 'softmax')], 'cce', adam(0.005), tr(1000, 36)));
F('shape-mismatch.regression-three-outputs', spec('cubic-three-out', { inline: CUBIC20 }, [dense(64, 'tanh'), dense(64, 'tanh'), dense(3, 'linear')], 'mse', adam(0.003), tr(3000, 20)));
// ---------- static: loss-activation-mismatch ----------
F('loss-activation-mismatch.cce-sigmoid-output', spec('fruit-sigmoid-cce', { inline: FRUIT12, normalize: 'minmax' }, [dense(8, 'relu'), dense(3, 'sigmoid')], 'cce', adam(0.01), tr(800, 4)));
F('loss-activation-mismatch.bce-softmax-single', spec('parity-softmax1', { inline: PARITY16 }, [dense(128, 'relu'), dense(1, 'softmax')], 'bce', adam(0.003), tr(1500, 16)));
F('loss-activation-mismatch.mse-sigmoid-dollars', spec('tips-sigmoid-out', csv('tips.csv', 'tip', { normalize: 'standard' }), [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', adam(0.005), tr(1200, 8)));
// ---------- static: init-symmetry ----------
F('init-symmetry.zeros-wide-tanh', spec('cubic-zeros', { inline: CUBIC20 }, [dense(128, 'tanh', { init: { name: 'zeros' } }), dense(1, 'linear', { init: { name: 'zeros' } })], 'mse', adam(0.003), tr(2000, 20)));
F('init-symmetry.constant-relu-stack', spec('beans-constant', csv('beans.csv', 'cultivar', { normalize: 'standard' }), [dense(64, 'relu', { init: { name: 'constant', value: 0.05 } }), dense(64, 'relu', { init: { name: 'constant', value: 0.05 } }), sig1], 'bce', sgd(0.05, { momentum: 0.9 }), tr(1000, 16)));
// ---------- static: init-scale ----------
F('init-scale.normal-std-4-tanh', spec('plants-std4', csv('plants.csv', 'survived', { normalize: 'standard' }), [dense(128, 'tanh', { init: { name: 'normal', std: 4 } }), dense(128, 'tanh', { init: { name: 'normal', std: 4 } }), sig1], 'bce', sgd(0.01), tr(1000, 24)));
F('init-scale.tiny-normal-deep-relu', spec('xor-tiny-init', { inline: XOR8 }, [1, 2, 3, 4].map(() => dense(32, 'relu', { init: { name: 'normal', std: 0.001 } })).concat([dense(1, 'sigmoid', { init: { name: 'normal', std: 0.001 } })]), 'bce', sgd(0.1), tr(3000, 8)));
// ---------- static: no-nonlinearity ----------
F('no-nonlinearity.linear-stack-xor', spec('xor-linear', { inline: XOR8 }, [dense(64, 'linear'), dense(64, 'linear'), sig1], 'bce', adam(0.01), tr(2000, 8)));
F('no-nonlinearity.circles-wide-linear', spec('circles-linear', { builtin: 'circles', samples: 60, noise: 0.05 }, [dense(256, 'linear'), dense(256, 'linear'), sig1], 'bce', adam(0.001), tr(800, 60)));
F('no-nonlinearity.cubic-linear-hidden', spec('cubic-linear', { inline: CUBIC20 }, [dense(8, 'linear'), dense(8, 'linear'), lin1], 'mse', sgd(0.02, { momentum: 0.9 }), tr(3000, 4)));
// ---------- static: lr-out-of-range ----------
F('lr-out-of-range.adam-lr-8', spec('moons-adam8', { builtin: 'moons', samples: 40, noise: 0.1 }, [dense(64, 'relu'), sig1], 'bce', adam(8), tr(500, 40)));
F('lr-out-of-range.sgd-lr-1e-7', spec('parity-sgd-1e7', { inline: PARITY16 }, [dense(32, 'tanh'), sig1], 'bce', sgd(1e-7, { momentum: 0.9 }), tr(5000, 16)));
F('lr-out-of-range.rmsprop-lr-5', spec('tips-rms5', csv('tips.csv', 'tip', { normalize: 'standard' }), [dense(16, 'elu'), lin1], 'mse', rms(5), tr(400, 8)));
// ---------- training: lr-too-high ----------
F('lr-too-high.sgd-0.8-wide-sine', spec('sine-sgd08', { builtin: 'sine', samples: 40, noise: 0.05 }, [dense(128, 'tanh'), dense(128, 'tanh'), lin1], 'mse', sgd(0.8), tr(1000, 40)));
F('lr-too-high.rmsprop-0.05-rents', spec('rents-rms005', csv('rents.csv', 'rent', { normalize: 'standard' }), [dense(64, 'relu'), dense(64, 'relu'), lin1], 'mse', rms(0.05), tr(800, 80)));
F('lr-too-high.sgd-0.5-cubic-full-batch', spec('cubic-sgd05', { inline: CUBIC20 }, [dense(8, 'tanh'), lin1], 'mse', sgd(0.5), tr(2000, 20)));
F('lr-too-high.sgd-momentum-sigmoid-wide-sine', spec('sine-sigmoid', { builtin: 'sine', samples: 50, noise: 0.05 }, [dense(128, 'sigmoid'), lin1], 'mse', sgd(0.1, { momentum: 0.9 }), tr(3000, 10)));
// ---------- training: lr-too-low ----------
F('lr-too-low.sgd-1e-4-beans', spec('beans-sgd1e4', csv('beans.csv', 'cultivar', { normalize: 'standard' }), [dense(4, 'tanh'), sig1], 'bce', sgd(0.0001), tr(400, 64)));
F('lr-too-low.adam-2e-6-blobs', spec('blobs-adam2e6', { builtin: 'blobs', samples: 30, classes: 3, noise: 0.1 }, [dense(64, 'relu'), dense(3, 'softmax')], 'cce', adam(0.000002), tr(500, 30)));
F('lr-too-low.rmsprop-1e-5-cubic', spec('cubic-rms1e5', { inline: CUBIC20 }, [dense(32, 'tanh'), dense(32, 'tanh'), lin1], 'mse', rms(0.00001), tr(600, 20)));
// ---------- training: dead-relu ----------
F('dead-relu.cubic-batch1-momentum', spec('cubic20-sgd', { inline: CUBIC20 }, [dense(64, 'relu'), dense(64, 'relu'), lin1], 'mse', sgd(0.005, { momentum: 0.9 }), tr(600, 1)));
F('dead-relu.negative-bias-wide', spec('moons-negbias', { builtin: 'moons', samples: 50, noise: 0.1, normalize: 'standard' }, [dense(128, 'relu', { bias: -4 }), dense(64, 'relu', { bias: -4 }), sig1], 'bce', adam(0.003), tr(800, 50)));
F('nan-loss.raw-rent-target-batch1', spec('rents-raw-relu', csv('rents.csv', 'rent', { normalize: 'minmax' }), [dense(32, 'relu'), dense(32, 'relu'), lin1], 'mse', sgd(0.05, { momentum: 0.9 }), tr(500, 1)));
// ---------- training: vanishing-gradient ----------
F('vanishing-gradient.five-sigmoid-narrow', spec('parity-sigmoid5', { inline: PARITY16 }, [1, 2, 3, 4, 5].map(() => dense(4, 'sigmoid')).concat([sig1]), 'bce', sgd(0.05), tr(3000, 16)));
F('vanishing-gradient.deep-sigmoid-wide-xavier', spec('spirals-sigmoid-deep', { builtin: 'spirals', samples: 80, noise: 0.1, normalize: 'standard' }, [1, 2, 3, 4, 5].map(() => dense(64, 'sigmoid', { init: { name: 'xavier_normal' } })).concat([dense(2, 'softmax')]), 'cce', sgd(0.02, { momentum: 0.5 }), tr(1500, 80)));
// ---------- training: exploding-gradient ----------
F('exploding-gradient.raw-rents-sgd', spec('rents-raw-sgd', csv('rents.csv', 'rent'), [dense(16, 'elu'), lin1], 'mse', sgd(0.0001), tr(300, 8)));
F('exploding-gradient.deep-wide-std1-relu', spec('sine-std1', { builtin: 'sine', samples: 30, noise: 0.05 }, [1, 2, 3, 4].map(() => dense(128, 'relu', { init: { name: 'normal', std: 1 } })).concat([lin1]), 'mse', sgd(0.001, { momentum: 0.9 }), tr(500, 30)));
// ---------- training: saturated-activation ----------
F('saturated-activation.sigmoid-raw-area', spec('rents-sigmoid-raw', csv('rents.csv', 'rent', { normalize: 'none' }), [dense(64, 'sigmoid'), dense(64, 'sigmoid'), lin1], 'mse', adam(0.01), tr(1000, 16)));
F('saturated-activation.tanh-bias-6', spec('plants-tanh-bias', csv('plants.csv', 'survived', { normalize: 'standard' }), [dense(8, 'tanh', { bias: 6 }), dense(8, 'tanh', { bias: 6 }), sig1], 'bce', sgd(0.05), tr(1500, 4)));
// ---------- training: loss-plateau ----------
F('loss-plateau.two-units-circles', spec('circles-two-units', { builtin: 'circles', samples: 64, noise: 0.05, normalize: 'standard' }, [dense(2, 'relu'), sig1], 'bce', sgd(0.05), tr(3000, 64), 7));
F('loss-plateau.heavy-dropout-tiny', spec('xor-dropout', { inline: XOR8 }, [dense(4, 'tanh'), { type: 'dropout', rate: 0.9 }, sig1], 'bce', adam(0.01), tr(2000, 8)));
F('loss-plateau.weight-decay-crushes', spec('sine-wd', { builtin: 'sine', samples: 40, noise: 0.05 }, [dense(64, 'tanh'), dense(64, 'tanh'), lin1], 'mse', adam(0.003, { weightDecay: 0.5 }), tr(1500, 40)));
// ---------- training: oscillating-loss ----------
F('oscillating-loss.batch1-momentum', spec('fruit-batch1', { inline: FRUIT12, normalize: 'standard' }, [dense(64, 'relu'), dense(3, 'softmax')], 'cce', sgd(0.3, { momentum: 0.95 }), tr(400, 1)));
F('oscillating-loss.adam-0.05-wide-cubic', spec('cubic-adam005', { inline: CUBIC20 }, [dense(128, 'relu'), dense(128, 'relu'), lin1], 'mse', adam(0.05), tr(1000, 20)));
// ---------- training: nan-loss ----------
F('nan-loss.raw-rents-sgd-wide', spec('rents-raw-sgd-nan', csv('rents.csv', 'rent'), [dense(128, 'relu'), dense(128, 'relu'), lin1], 'mse', sgd(0.01), tr(300, 80)));
F('nan-loss.inline-extreme-values', spec('cubic-extreme', { inline: { x: CUBIC20.x.map((r, i) => (i === 13 ? [3e8] : r)), y: CUBIC20.y } }, [dense(64, 'elu'), dense(64, 'elu'), lin1], 'mse', sgd(0.01, { momentum: 0.9 }), tr(500, 4)));

// ---------- healthy ----------
const B = (name: string, extra: object) => ({ builtin: name, ...extra });
H('xor8-tanh4-adam-full', spec('xor8', { inline: XOR8 }, [dense(4, 'tanh'), sig1], 'bce', adam(0.03), tr(1500, 8)));
H('xor8-relu256-sgd-batch1', spec('xor8-wide', { inline: XOR8 }, [dense(256, 'relu'), sig1], 'bce', sgd(0.02, { momentum: 0.9 }), tr(400, 1)));
H('xor8-elu3-rmsprop-long', spec('xor8-elu3', { inline: XOR8 }, [dense(3, 'elu'), sig1], 'bce', rms(0.01), tr(5000, 8)));
H('parity16-tanh64-adam', spec('parity16', { inline: PARITY16 }, [dense(64, 'tanh'), dense(32, 'tanh'), sig1], 'bce', adam(0.005), tr(1500, 16)));
H('parity16-leaky128-sgd-nesterov', spec('parity16-leaky', { inline: PARITY16 }, [dense(128, 'leaky_relu'), dense(64, 'leaky_relu'), sig1], 'bce', sgd(0.05, { momentum: 0.9, nesterov: true }), tr(800, 4)));
H('cubic20-tanh16-adam-long', spec('cubic20', { inline: CUBIC20 }, [dense(16, 'tanh'), dense(16, 'tanh'), lin1], 'mse', adam(0.01), tr(3000, 20)));
H('cubic20-elu128-rmsprop-small-lr', spec('cubic20-elu', { inline: CUBIC20 }, [dense(128, 'elu'), dense(128, 'elu'), lin1], 'mse', rms(0.0003), tr(2000, 5)));
H('fruit12-softmax-adam-minmax', spec('fruit12', { inline: FRUIT12, normalize: 'minmax' }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', adam(0.02), tr(800, 12)));
H('fruit12-sigmoid-hidden-sgd-standard', spec('fruit12-sig', { inline: FRUIT12, normalize: 'standard' }, [dense(4, 'sigmoid'), dense(3, 'softmax')], 'cce', sgd(0.5, { momentum: 0.9 }), tr(1500, 3)));
H('beans-relu64-adam-dropout', spec('beans', csv('beans.csv', 'cultivar', { normalize: 'standard' }), [dense(32, 'relu'), { type: 'dropout', rate: 0.2 }, dense(16, 'relu'), sig1], 'bce', adam(0.002, { weightDecay: 0.001 }), tr(300, 16, { validationSplit: 0.2 })));
H('beans-tanh2-sgd-full', spec('beans-tiny', csv('beans.csv', 'cultivar', { normalize: 'standard' }), [dense(2, 'tanh'), sig1], 'bce', sgd(0.3), tr(2000, 64)));
H('beans-batchnorm-rmsprop-batch8', spec('beans-bn', csv('beans.csv', 'cultivar'), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), sig1], 'bce', rms(0.003), tr(400, 8)));
H('tips-elu32-adam-wd', spec('tips', csv('tips.csv', 'tip', { normalize: 'standard' }), [dense(32, 'elu'), lin1], 'mse', adam(0.003, { weightDecay: 0.0005 }), tr(1500, 48)));
H('tips-linear-regression-sgd', spec('tips-linear', csv('tips.csv', 'tip', { normalize: 'standard' }), [lin1], 'mse', sgd(0.05), tr(500, 48)));
H('tips-leaky4-rmsprop-batch1', spec('tips-leaky', csv('tips.csv', 'tip', { normalize: 'minmax' }), [dense(4, 'leaky_relu'), lin1], 'mse', rms(0.002), tr(500, 1)));
H('kiln-relu128-adam-standard', spec('kiln', csv('kiln.csv', 'glaze', { normalize: 'standard' }), [dense(128, 'relu'), dense(3, 'softmax')], 'cce', adam(0.003), tr(800, 36)));
H('kiln-tanh-deep-sgd-momentum', spec('kiln-deep', csv('kiln.csv', 'glaze', { normalize: 'standard' }), [dense(16, 'tanh'), dense(16, 'tanh'), dense(16, 'tanh'), dense(16, 'tanh'), dense(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(1000, 9)));
H('rents-relu64-adam-standard', spec('rents', csv('rents.csv', 'rent', { normalize: 'standard' }), [dense(64, 'relu'), dense(64, 'relu'), lin1], 'mse', adam(0.01), tr(1500, 80)));
H('rents-clipnorm-sgd-batch4', spec('rents-clip', csv('rents.csv', 'rent', { normalize: 'standard' }), [dense(16, 'elu'), dense(16, 'elu'), lin1], 'mse', sgd(0.01, { momentum: 0.9, clipNorm: 1 }), tr(400, 4)));
H('plants-tanh3-adam', spec('plants', csv('plants.csv', 'survived', { normalize: 'standard' }), [dense(3, 'tanh'), sig1], 'bce', adam(0.01), tr(1000, 24)));
H('plants-logistic-rmsprop', spec('plants-logistic', csv('plants.csv', 'survived', { normalize: 'standard' }), [sig1], 'bce', rms(0.01), tr(600, 6)));
H('xor-builtin-min-relu128', spec('xor-small', B('xor', { samples: 40, noise: 0.1 }), [dense(128, 'relu'), sig1], 'bce', adam(0.003), tr(600, 40)));
H('circles-small-tanh8-sgd', spec('circles-small', B('circles', { samples: 60, noise: 0.05 }), [dense(8, 'tanh'), sig1], 'bce', sgd(0.2, { momentum: 0.9 }), tr(1500, 15)));
H('moons-small-elu64-rmsprop', spec('moons-small', B('moons', { samples: 40, noise: 0.1, normalize: 'standard' }), [dense(64, 'elu'), dense(64, 'elu'), sig1], 'bce', rms(0.001), tr(800, 10)));
H('spirals-small-relu-deep-adam', spec('spirals-small', B('spirals', { samples: 80, noise: 0.05, normalize: 'standard' }), [dense(64, 'relu'), dense(64, 'relu'), dense(64, 'relu'), dense(2, 'softmax')], 'cce', adam(0.003), tr(2000, 80)));
H('blobs-small-softmax-only', spec('blobs-small', B('blobs', { samples: 30, classes: 4, noise: 0.1 }), [dense(4, 'softmax')], 'cce', sgd(0.1), tr(500, 30)));
H('sine-small-tanh-five-layers', spec('sine-small', B('sine', { samples: 40, noise: 0.05 }), [dense(32, 'tanh'), dense(32, 'tanh'), dense(32, 'tanh'), dense(32, 'tanh'), dense(32, 'tanh'), lin1], 'mse', adam(0.001), tr(2000, 40)));
H('sine-small-sigmoid-wide-sgd', spec('sine-sigmoid', B('sine', { samples: 50, noise: 0.05 }), [dense(128, 'sigmoid'), lin1], 'mse', sgd(0.02, { momentum: 0.9 }), tr(3000, 10)));
H('iris-tanh4-adam-long', spec('iris', B('iris', { normalize: 'standard' }), [dense(4, 'tanh'), dense(3, 'softmax')], 'cce', adam(0.01), tr(1500, 150)));
H('iris-relu256-sgd-large-rate', spec('iris-wide', B('iris', { normalize: 'minmax' }), [dense(256, 'relu'), { type: 'dropout', rate: 0.3 }, dense(3, 'softmax')], 'cce', sgd(0.2, { momentum: 0.9, weightDecay: 0.0001 }), tr(300, 32)));
H('blobs-two-units-leaky-batch1', spec('blobs-tiny', B('blobs', { samples: 40, classes: 2, noise: 0.2 }), [dense(2, 'leaky_relu'), sig1], 'bce', adam(0.005), tr(300, 1)));
