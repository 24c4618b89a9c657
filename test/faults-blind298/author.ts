/**
 * Writes every candidate spec of fault set blind298 (pretzel and bagel bakeries) into candidates/.
 * Run: npx tsx test/faults-blind298/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const B_FEAT = ['flour_kg', 'hydration_pct', 'proof_min', 'proof_temp_c', 'dip_sec', 'lye_pct', 'oven_temp_c', 'bake_min', 'shift_code'];
const S_FEAT = ['dow', 'weekend', 'temp_c', 'rain_mm', 'holiday', 'promo', 'price_eur', 'foot_traffic', 'last_week_units'];
const O_FEAT = ['deck', 'set_temp_c', 'actual_temp_c', 'steam_ml', 'humidity_pct', 'door_opens', 'load_trays'];

const grade = (norm = 'standard', extra: J = {}): J => ({ csv: '../data/batches.csv', target: 'grade', features: B_FEAT, normalize: norm, ...extra });
const defect = (norm = 'standard', extra: J = {}): J => ({ csv: '../data/batches.csv', target: 'defect', features: B_FEAT, normalize: norm, ...extra });
const units = (norm = 'standard', tnorm = 'standard', extra: J = {}): J => ({ csv: '../data/sales.csv', target: 'units_sold', features: S_FEAT, normalize: norm, normalizeTarget: tnorm, ...extra });
const waste = (norm = 'standard', tnorm = 'standard'): J => ({ csv: '../data/sales.csv', target: 'waste_kg', features: S_FEAT, normalize: norm, normalizeTarget: tnorm });
const ovens = (norm = 'standard', extra: J = {}): J => ({ csv: '../data/ovens.csv', target: 'steam_fault', features: O_FEAT, normalize: norm, ...extra });
const d = (units: number, activation = 'linear', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, shuffle: true, ...extra });

let n = 0;
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, seed = 298): void {
  const name = file.replace(/\.nn\.json$/, '');
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify({ name, seed, data, layers, loss, optimizer, training }, null, 2) + '\n');
  n++;
}
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), text);
  n++;
}

// ---------------- healthy ----------------
spec('ok.grade-relu-adam', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 32));
spec('ok.defect-tanh-momentum', defect(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16));
spec('ok.units-relu-adam', units(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(200, 32));
raw('ok.units-eu-export-elu-rmsprop', JSON.stringify({ name: 'ok.units-eu-export-elu-rmsprop', seed: 298,
  data: { csv: '../data/sales-eu.csv', target: 'units_sold', features: S_FEAT, normalize: 'minmax', normalizeTarget: 'minmax' },
  layers: [d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(200, 32) }, null, 2) + '\n');
spec('ok.waste-leaky-nesterov', waste(), [d(8, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.units-and-waste-two-heads', { csv: '../data/sales.csv', target: ['units_sold', 'waste_kg'], features: S_FEAT, normalize: 'standard', normalizeTarget: 'standard' },
  [d(16, 'relu'), d(8, 'relu'), d(2)], 'mse', opt('adam', 0.002), tr(200, 32));
spec('ok.ovens-relu-dropout-adam', ovens(), [d(16, 'relu'), drop(0.1), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(200, 32));
spec('ok.ovens-batchnorm-momentum', ovens(), [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.grade-batch1-sgd', grade(), [d(12, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(30, 1));
spec('ok.grade-fullbatch-adam', grade(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.02), tr(400, 420));
spec('ok.iris-tanh-sgd', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1), tr(200, 16));
spec('ok.moons-relu-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.circles-tanh-rmsprop', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(200, 32));
spec('ok.spirals-wide-adam', { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(400, 32));
spec('ok.blobs4-relu-sgd', { builtin: 'blobs', classes: 4, samples: 300 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 16));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(16, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(300, 32));
spec('ok.xor-tanh-adam', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(200, 32));
spec('ok.inline-hydration-spread', { inline: { x: [[55], [56], [57], [58], [59], [60], [61], [62], [63], [64], [65], [66]], y: [4.1, 4.3, 4.6, 5.0, 5.5, 6.1, 6.6, 7.0, 7.3, 7.5, 7.6, 7.7] }, normalize: 'standard', normalizeTarget: 'standard' },
  [d(4, 'tanh'), d(1)], 'mse', opt('adam', 0.05), tr(500, 12));
spec('ok.units-deep-wd-clip', units(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.001, { weightDecay: 1e-4, clipNorm: 1 }), tr(150, 32));
spec('ok.defect-sigmoid-hidden-adam', defect(), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.units-linear-regression', units(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.defect-logistic-regression', defect(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(100, 32));
spec('ok.grade-softmax-regression', grade(), [d(4, 'softmax')], 'cce', opt('adam', 0.05), tr(200, 32));
spec('ok.ovens-elu-lecun', ovens(), [d(16, 'elu', { init: 'lecun_normal' }), d(8, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(200, 16));
spec('ok.grade-uniform-init', grade(), [d(16, 'relu', { init: 'uniform', limit: 0.3 }), d(4, 'softmax', { init: 'uniform', limit: 0.3 })], 'cce', opt('adam', 0.005), tr(200, 32));
spec('ok.grade-normal-init-val', grade('standard'), [d(24, 'relu', { init: 'normal', std: 0.1 }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.units-val-split', units(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(200, 32, { validationSplit: 0.2 }));
spec('ok.grade-wide-dropout', grade(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.3), d(4, 'softmax')], 'cce', opt('adam', 0.002), tr(200, 32));
spec('ok.units-rmsprop-slow-long', units(), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.0005), tr(600, 32));
spec('ok.iris-fullbatch-sgd', { builtin: 'iris', normalize: 'standard' }, [d(10, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.2), tr(500, 150));
spec('ok.circles-deep-batchnorm-tanh', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh', { batchNorm: true }), d(16, 'tanh', { batchNorm: true }), d(16, 'tanh', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('ok.grade-adam-wd', grade(), [d(16, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 1e-3 }), tr(200, 32));
spec('ok.units-momentum-clip', units(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), tr(150, 32));
spec('ok.ovens-tab-minmax-leaky', ovens('minmax'), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.moons-nesterov', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(200, 32));
spec('ok.moons-narrow-deep-elu', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(200, 32));
spec('ok.units-adam-batch8', units(), [d(12, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(100, 8));
spec('ok.ovens-tanh-xavier-momentum', ovens(), [d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.5 }), tr(300, 16));
spec('ok.blobs6-rmsprop', { builtin: 'blobs', classes: 6, samples: 360 }, [d(16, 'relu'), d(6, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 32));
spec('ok.iris-minmax-he-uniform', { builtin: 'iris', normalize: 'minmax' }, [d(12, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 16));
spec('ok.defect-dropout-adam-bs64', defect(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(200, 64));
spec('ok.units-four-features-sgd', units('minmax', 'standard', { features: ['foot_traffic', 'weekend', 'promo', 'price_eur'] }), [d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.1), tr(200, 16));
spec('ok.sine-deep-leaky', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.003), tr(300, 32));
spec('ok.grade-rmsprop-bs4', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(60, 4));
spec('ok.waste-minmax-adam-fullbatch', waste('minmax', 'minmax'), [d(8, 'tanh'), d(1)], 'mse', opt('adam', 0.02), tr(500, 480));

spec('ok.grade-leaky-nesterov', grade(), [d(24, 'leaky_relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(100, 32));
spec('ok.ovens-relu-rmsprop-bs128', ovens(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(300, 128));
spec('ok.waste-elu-adam-val', waste(), [d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 16, { validationSplit: 0.15 }));
spec('ok.blobs3-relu-sgd-batch1', { builtin: 'blobs', classes: 3, samples: 150 }, [d(6, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(20, 1));
spec('ok.circles-relu-batchnorm-rmsprop', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32));
spec('ok.iris-elu-momentum', { builtin: 'iris', normalize: 'standard' }, [d(12, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.8 }), tr(100, 8));

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.optimizer-adamw', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adamw', 0.001), tr(100, 32));
spec('invalid-spec.activation-ReLu', defect(), [d(16, 'ReLu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));
spec('invalid-spec.loss-keras-name', grade(), [d(16, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', opt('adam', 0.005), tr(100, 32));
spec('invalid-spec.dropout-keep-prob', ovens(), [d(16, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));
spec('invalid-spec.validation-split-one', units(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32, { validationSplit: 1 }));
spec('invalid-spec.batchsize-zero', waste(), [d(8, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 0));
spec('invalid-spec.init-glorot', grade(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
// data-error
spec('data-error.file-typo-sale', { ...units(), csv: '../data/sale.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.target-units-not-units-sold', { ...units(), target: 'units' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.logger-gaps', { ...grade(), csv: '../data/batches-gaps.csv' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('data-error.product-text-feature', grade('standard', { features: ['product', ...B_FEAT] }), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('data-error.path-outside-workspace', { ...ovens(), csv: '../../../../../srv/bakery/ovens.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));
spec('data-error.no-features-ids-timestamps', { csv: '../data/batches.csv', target: 'defect', normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));
// shape-mismatch
spec('shape-mismatch.grade-three-units', grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('shape-mismatch.two-targets-one-output', { csv: '../data/sales.csv', target: ['units_sold', 'waste_kg'], features: S_FEAT, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.defect-two-sigmoids', defect(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));
spec('shape-mismatch.iris-two-classes', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));
spec('shape-mismatch.blobs5-head-of-4', { builtin: 'blobs', classes: 5, samples: 300 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.defect-bce-linear-head', defect(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.005), tr(100, 32));
spec('loss-activation-mismatch.grade-cce-sigmoid-head', grade(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('loss-activation-mismatch.units-tanh-head-raw-target', units('standard', 'none'), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.005), tr(100, 32));
spec('loss-activation-mismatch.waste-sigmoid-head-kg', waste('standard', 'none'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(100, 32));
spec('loss-activation-mismatch.ovens-bce-tanh-head', ovens(), [d(16, 'relu'), d(1, 'tanh')], 'bce', opt('adam', 0.005), tr(100, 32));
spec('loss-activation-mismatch.units-relu-head-standardised', units(), [d(16, 'relu'), d(1, 'relu')], 'mse', opt('adam', 0.005), tr(100, 32));
// init-symmetry
spec('init-symmetry.grade-zeros-hidden', grade(), [d(16, 'relu', { init: 'zeros' }), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('init-symmetry.defect-constant-tanh', defect(), [d(12, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.ovens-zeros-everywhere', ovens(), [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('adam', 0.005), tr(100, 32));
spec('init-symmetry.units-constant-sigmoid', units(), [d(16, 'sigmoid', { init: 'constant', value: 0.5 }), d(1)], 'mse', opt('rmsprop', 0.003), tr(100, 32));
spec('init-symmetry.moons-constant-elu', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'elu', { init: 'constant', value: 0.2 }), d(16, 'elu', { init: 'constant', value: 0.2 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(100, 32));
// init-scale
spec('init-scale.grade-normal-std5-tanh', grade(), [d(32, 'tanh', { init: 'normal', std: 5 }), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('init-scale.units-uniform-limit10', units(), [d(32, 'relu', { init: 'uniform', limit: 10 }), d(16, 'relu', { init: 'uniform', limit: 10 }), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.deep-relu-std-1e-4', grade(), [d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(4, 'softmax', { init: 'normal', std: 1e-4 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.ovens-sigmoid-std3', ovens(), [d(32, 'sigmoid', { init: 'normal', std: 3 }), d(1, 'sigmoid', { init: 'normal', std: 3 })], 'bce', opt('sgd', 0.05), tr(100, 32));
spec('init-scale.circles-uniform-limit20', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh', { init: 'uniform', limit: 20 }), d(1, 'sigmoid', { init: 'uniform', limit: 20 })], 'bce', opt('adam', 0.01), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.grade-linear-stack', grade(), [d(16), d(8), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('no-nonlinearity.ovens-linear-hidden', ovens(), [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('no-nonlinearity.circles-linear-hidden', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.xor-forgot-activation', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(150, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 5), tr(100, 32));
spec('lr-out-of-range.sgd-lr-50', defect(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 50), tr(100, 32));
spec('lr-out-of-range.rmsprop-lr-1e-8', ovens(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-8), tr(100, 32));
spec('lr-out-of-range.adam-lr-percent', units(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 10), tr(100, 32));
spec('lr-out-of-range.sgd-lr-1e-7', units(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-7), tr(100, 32));
// dead-relu
spec('dead-relu.grade-bias-minus5', grade(), [d(16, 'relu', { bias: -5 }), d(4, 'softmax')], 'cce', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.units-sgd-high-lr-kills', units(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.3), tr(100, 8));
spec('dead-relu.ovens-bias-minus3-deep', ovens(), [d(16, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32));
spec('dead-relu.defect-minmax-bias-minus2', defect('minmax'), [d(16, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32));
spec('dead-relu.moons-adam-lr-huge-relu', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(100, 32));
// exploding-gradient
spec('exploding-gradient.units-raw-everything-deep', units('none', 'none'), [d(16, 'relu'), d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-6), tr(50, 32));
spec('exploding-gradient.waste-raw-features', waste('none', 'standard'), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(50, 32));
spec('exploding-gradient.grade-deep-std1', grade(), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(50, 32));
spec('exploding-gradient.units-raw-target-adam', units('standard', 'none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(50, 32));
// vanishing-gradient
spec('vanishing-gradient.grade-deep-sigmoid', grade(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('vanishing-gradient.defect-deep-tanh-tiny-init', defect(), [d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32));
spec('vanishing-gradient.ovens-sigmoid-tower', ovens(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.units-deep-sigmoid-regression', units(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
// nan-loss
spec('nan-loss.units-raw-sgd', units('none', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(50, 32));
spec('nan-loss.waste-raw-momentum', waste('none', 'none'), [d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(50, 32));
spec('nan-loss.units-raw-target-sgd-lr1', units('standard', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1), tr(50, 32));
spec('nan-loss.sine-sgd-lr-8', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 8, { momentum: 0.9 }), tr(50, 16));
// lr-too-high
spec('lr-too-high.units-sgd-0.5', units(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-high.grade-adam-0.3', grade(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.3), tr(100, 32));
spec('lr-too-high.defect-rmsprop-0.1', defect(), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), tr(100, 32));
spec('lr-too-high.waste-adam-0.5', waste(), [d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.5), tr(100, 16));
spec('lr-too-high.iris-sgd-3', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 3), tr(100, 16));
spec('lr-too-high.grade-sgd-lr-2', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 2), tr(100, 32));
spec('lr-too-high.ovens-rmsprop-0.3', ovens(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.3), tr(100, 32));
spec('lr-too-high.circles-adam-0.2', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.2), tr(100, 32));
spec('oscillating-loss.units-adam-bs1', units(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.05), tr(30, 1));
// lr-too-low
spec('lr-too-low.grade-sgd-1e-4', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 1e-4), tr(100, 32));
spec('lr-too-low.units-adam-1e-5', units(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 1e-5), tr(100, 32));
spec('lr-too-low.ovens-rmsprop-1e-5', ovens(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-5), tr(100, 32));
spec('lr-too-low.moons-sgd-momentum-1e-4', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-4, { momentum: 0.9 }), tr(80, 64));
spec('lr-too-low.waste-sgd-fullbatch-1e-3', waste(), [d(8, 'relu'), d(1)], 'mse', opt('sgd', 1e-3), tr(100, 480));
// saturated-activation
spec('saturated-activation.grade-sigmoid-raw-features', grade('none'), [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('saturated-activation.units-tanh-raw-traffic', units('none', 'standard'), [d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(100, 32));
spec('saturated-activation.ovens-sigmoid-bias-8', ovens(), [d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32));
spec('saturated-activation.defect-tanh-raw-oven', defect('none'), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
// loss-plateau
spec('loss-plateau.grade-weight-decay-1', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 1 }), tr(150, 32));
spec('loss-plateau.units-sgd-weight-decay-5', units(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { weightDecay: 5 }), tr(150, 32));
spec('loss-plateau.ovens-dropout-0.9', ovens(), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('loss-plateau.spirals-tiny-net', { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, [d(2, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32));
spec('loss-plateau.circles-weight-decay', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005, { weightDecay: 0.5 }), tr(150, 32));
// oscillating-loss
spec('oscillating-loss.units-momentum-0.99', units(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(150, 32));
spec('oscillating-loss.grade-adam-bs1', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.05), tr(40, 1));
spec('oscillating-loss.waste-rmsprop-bs2', waste(), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), tr(40, 2));
spec('oscillating-loss.sine-sgd-fullbatch-edge', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.9, { momentum: 0.9 }), tr(200, 200));

console.log(`wrote ${n} candidates`);
