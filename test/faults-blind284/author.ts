/**
 * Writes every candidate spec of set blind284 (gelato shops) into candidates/:
 * `npx tsx test/faults-blind284/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
const write = (file: string, spec: J) => fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');

const SF = ['temp_c', 'feels_like_c', 'sunshine_h', 'rain_mm', 'weekend', 'tourists_k', 'price_eur', 'staff_on_shift'];
const FF = ['sugar_pct', 'fat_pct', 'msnf_pct', 'overrun_pct', 'brix', 'fruit_pct', 'serving_temp_c'];
const sales = (target: string | string[], extra: J = {}) => ({ csv: '../data/sales.csv', target, features: SF, normalize: 'standard', ...extra });
const flav = (extra: J = {}) => ({ csv: '../data/flavours.csv', target: 'style', features: FF, normalize: 'standard', ...extra });
const d = (units: number, activation = 'linear', more: J = {}) => ({ type: 'dense', units, activation, ...more });
const opt = (type: string, lr: number, more: J = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}) => ({ epochs, batchSize, ...more });
function spec(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J) {
  write(file, { name: file.split('.').slice(1).join('-'), seed, data, layers, loss, optimizer, training });
}
const scoops = (extra: J = {}) => sales('scoops', { normalizeTarget: 'standard', ...extra });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', 1, scoops(), [d(16, 'relu'), d(1)], 'mse', opt('adamw', 0.001), tr(100, 32));
spec('invalid-spec.gelu-activation', 2, flav(), [d(24, 'gelu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 16));
spec('invalid-spec.keras-loss-name', 3, flav(), [d(16, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', opt('adam', 0.005), tr(80, 16));
spec('invalid-spec.validation-split-whole', 4, sales('sellout'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(100, 32, { validationSplit: 1 }));
spec('invalid-spec.batch-size-zero', 5, scoops(), [d(8, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 0));
spec('invalid-spec.dropout-rate-percent', 6, sales('sellout'), [d(32, 'relu'), { type: 'dropout', rate: 30 }, d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
// data-error
spec('data-error.next-season-file', 7, { csv: '../data/sales-2025.csv', target: 'scoops', features: SF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.target-capitalised', 8, sales('Scoops', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.date-as-feature', 9, sales('scoops', { features: ['date', ...SF], normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.till-gaps-na', 10, { csv: '../data/sales-gaps.csv', target: 'sellout', features: SF, normalize: 'standard' }, [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('data-error.shared-drive-path', 11, { csv: '../../../../../../srv/gelato/sales.csv', target: 'scoops', features: SF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.all-columns-with-shop', 12, { csv: '../data/sales.csv', target: 'sellout', normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
// shape-mismatch
spec('shape-mismatch.three-styles-head', 13, flav(), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 16));
spec('shape-mismatch.scoops-two-outputs', 14, scoops(), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.single-unit-softmax-styles', 15, flav(), [d(16, 'tanh'), d(1, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(80, 32));
spec('shape-mismatch.two-targets-one-unit', 16, sales(['scoops', 'sellout'], { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-scoops-mse', 17, scoops(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.bce-linear-sellout', 18, sales('sellout'), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-styles', 19, flav(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.005), tr(80, 16));
spec('loss-activation-mismatch.relu-head-standard-target', 20, scoops(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.tanh-head-raw-scoops', 21, sales('scoops'), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(100, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', 22, sales('sellout'), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('init-symmetry.constant-hidden', 23, flav(), [d(12, 'tanh', { init: 'constant', value: 0.1 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 16));
spec('init-symmetry.zeros-second-layer', 24, scoops(), [d(16, 'relu'), d(12, 'tanh', { init: 'zeros' }), d(1)], 'mse', opt('rmsprop', 0.002), tr(100, 32));
// init-scale
spec('init-scale.normal-std-5-tanh', 25, sales('sellout'), [d(32, 'tanh', { init: 'normal', std: 5 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('init-scale.uniform-tiny-deep', 26, flav(), [d(16, 'tanh', { init: 'uniform', limit: 1e-4 }), d(16, 'tanh', { init: 'uniform', limit: 1e-4 }), d(16, 'tanh', { init: 'uniform', limit: 1e-4 }), d(4, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', opt('sgd', 0.05), tr(60, 16));
spec('init-scale.normal-std-8-relu', 27, scoops(), [d(32, 'relu', { init: 'normal', std: 8 }), d(32, 'relu', { init: 'normal', std: 8 }), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.three-linear-hidden-styles', 28, flav(), [d(32), d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 16));
spec('no-nonlinearity.linear-stack-sellout', 29, sales('sellout'), [d(24, 'linear'), d(12, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(100, 32));
spec('no-nonlinearity.linear-hidden-scoops', 30, scoops(), [d(64, 'linear', { init: 'he_normal' }), d(32, 'linear'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-10', 31, flav(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 10), tr(80, 16));
spec('lr-out-of-range.sgd-lr-1e-8', 32, scoops(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-8), tr(100, 32));
spec('lr-out-of-range.rmsprop-lr-25', 33, sales('sellout'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 25), tr(100, 32));
// dead-relu
spec('dead-relu.negative-bias', 34, scoops(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.raw-features-big-sgd', 35, sales('sellout', { normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(100, 16));
spec('dead-relu.adam-huge-lr-relu', 36, flav(), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.3), tr(80, 16));
// exploding-gradient
spec('exploding-gradient.raw-scoops-target', 37, sales('scoops', { normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(100, 32));
spec('exploding-gradient.deep-big-init', 38, scoops(), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.raw-scoops-momentum', 39, sales('scoops', { normalize: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 16));
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', 40, sales('sellout'), [...Array.from({ length: 8 }, () => d(16, 'sigmoid')), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32));
spec('vanishing-gradient.deep-tanh-small-init', 41, flav(), [...Array.from({ length: 6 }, () => d(16, 'tanh', { init: 'normal', std: 0.05 })), d(4, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), tr(80, 32));
spec('vanishing-gradient.deep-sigmoid-regression', 42, scoops(), [...Array.from({ length: 7 }, () => d(12, 'sigmoid')), d(1)], 'mse', opt('sgd', 0.005), tr(100, 32));
// nan-loss
spec('nan-loss.raw-everything-sgd', 43, sales('scoops', { normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('nan-loss.momentum-099-raw-target', 44, sales('scoops', { normalize: 'none' }), [d(32, 'linear'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.99 }), tr(100, 8));
spec('nan-loss.nesterov-raw-target', 45, sales('scoops', { normalizeTarget: 'none' }), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', opt('sgd', 0.1, { nesterov: true, momentum: 0.9 }), tr(100, 16));
// lr-too-high
spec('lr-too-high.sgd-2-styles', 46, flav(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 2.0), tr(80, 16));
spec('lr-too-high.adam-05-sellout', 47, sales('sellout'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(100, 16));
spec('lr-too-high.rmsprop-03-scoops', 48, scoops(), [d(32, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.3), tr(100, 32));
spec('lr-too-high.nesterov-1-scoops', 49, scoops(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), tr(100, 32));
// lr-too-low
spec('lr-too-low.sgd-1e-4-styles', 50, flav(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 1e-4), tr(60, 32));
spec('lr-too-low.adam-1e-6-sellout', 51, sales('sellout'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-1e-6-scoops', 52, scoops(), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 1e-6), tr(100, 32));
spec('lr-too-low.momentum-1e-5-full-batch', 53, scoops(), [d(16, 'elu'), d(1)], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(150, 400));
// saturated-activation
spec('saturated-activation.sigmoid-raw-features', 54, sales('sellout', { normalize: 'none' }), [d(32, 'sigmoid', { init: 'normal', std: 1 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('saturated-activation.tanh-raw-recipe', 55, flav({ normalize: 'none' }), [d(24, 'tanh', { init: 'normal', std: 1 }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(80, 16));
spec('saturated-activation.sigmoid-bias-10', 56, scoops(), [d(16, 'sigmoid', { bias: 10 }), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
// loss-plateau
spec('loss-plateau.weight-decay-one', 57, scoops(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1 }), tr(100, 32));
spec('loss-plateau.one-unit-bottleneck-styles', 58, flav(), [d(1, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(80, 16));
spec('loss-plateau.dropout-09-tiny', 59, sales('sellout'), [d(4, 'relu'), { type: 'dropout', rate: 0.9 }, d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-plateau.sigmoid-target-mse-raw', 60, sales('scoops', { normalizeTarget: 'minmax' }), [d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'mse', opt('sgd', 0.01), tr(100, 32));
// oscillating-loss
spec('oscillating-loss.momentum-099-batch-4', 61, scoops(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(100, 4));
spec('oscillating-loss.adam-005-batch-2', 62, sales('sellout'), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(80, 2));
spec('oscillating-loss.rmsprop-002-batch-1', 63, flav(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.02), tr(40, 1));
spec('oscillating-loss.sgd-full-batch-edge', 64, scoops(), [d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.9), tr(200, 400));
spec('vanishing-gradient.six-sigmoid-styles', 65, flav(), [...Array.from({ length: 6 }, () => d(24, 'sigmoid')), d(4, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
spec('oscillating-loss.adam-002-batch-1-scoops', 66, scoops(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.02), tr(40, 1));
spec('oscillating-loss.momentum-sgd-batch-2-sellout', 67, sales('sellout'), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(60, 2));

// ---------------- healthy ----------------
spec('ok.scoops-adam-relu', 101, scoops(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.scoops-sgd-plain-tanh', 102, scoops(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05), tr(200, 16));
spec('ok.scoops-momentum-elu', 103, scoops(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(150, 32));
spec('ok.scoops-nesterov-leaky', 104, scoops(), [d(32, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.scoops-rmsprop-batchnorm', 105, scoops(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('rmsprop', 0.002), tr(120, 32));
spec('ok.scoops-minmax-both', 106, sales('scoops', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.scoops-full-batch-adam', 107, scoops(), [d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', opt('adam', 0.02), tr(300, 400));
spec('ok.scoops-batch-1-sgd', 108, scoops(), [d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.002), tr(30, 1));
spec('ok.scoops-dropout-wd', 109, scoops(), [d(64, 'relu'), { type: 'dropout', rate: 0.2 }, d(32, 'relu'), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.scoops-clipnorm-deep', 110, scoops(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, clipNorm: 1 }), tr(120, 32));
spec('ok.scoops-semicolon-export', 111, { csv: '../data/sales-semicolon.csv', target: 'scoops', features: SF, normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'elu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.scoops-linear-regression', 112, scoops(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.scoops-sigmoid-hidden', 113, scoops(), [d(16, 'sigmoid'), d(1)], 'mse', opt('adam', 0.01), tr(200, 32));
spec('ok.scoops-lecun-rmsprop-small', 114, scoops(), [d(12, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', opt('rmsprop', 0.005), tr(150, 8));
spec('ok.sellout-adam-relu', 115, sales('sellout'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));
spec('ok.sellout-sgd-tanh', 116, sales('sellout'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 16));
spec('ok.sellout-logistic', 117, sales('sellout'), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.2, { momentum: 0.5 }), tr(100, 32));
spec('ok.sellout-rmsprop-dropout', 118, sales('sellout'), [d(32, 'relu'), { type: 'dropout', rate: 0.3 }, d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(100, 32, { validationSplit: 0.25 }));
spec('ok.sellout-batchnorm-nesterov', 119, sales('sellout'), [d(24, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(100, 32));
spec('ok.sellout-minmax-full-batch', 120, sales('sellout', { normalize: 'minmax' }), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(300, 400));
spec('ok.sellout-two-class-cce', 121, sales('sellout'), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('ok.sellout-semicolon', 122, { csv: '../data/sales-semicolon.csv', target: 'sellout', features: SF, normalize: 'standard' }, [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(100, 16));
spec('ok.styles-adam-relu', 123, flav(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 16));
spec('ok.styles-sgd-tanh', 124, flav(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 16));
spec('ok.styles-momentum-deep', 125, flav(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), tr(80, 32));
spec('ok.styles-rmsprop-elu', 126, flav(), [d(24, 'elu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(80, 16));
spec('ok.styles-batchnorm-dropout', 127, flav(), [d(48, 'relu', { batchNorm: true }), { type: 'dropout', rate: 0.25 }, d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32, { validationSplit: 0.2 }));
spec('ok.styles-minmax-leaky', 128, flav({ normalize: 'minmax' }), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(120, 32));
spec('ok.styles-softmax-regression', 129, flav(), [d(4, 'softmax')], 'cce', opt('adam', 0.02), tr(150, 32));
spec('ok.styles-batch-1-nesterov', 130, flav(), [d(16, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', opt('sgd', 0.005, { momentum: 0.9, nesterov: true }), tr(30, 1));
spec('ok.styles-full-batch-rmsprop', 131, flav(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.01), tr(200, 330));
spec('ok.styles-sigmoid-hidden-clip', 132, flav(), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.01, { clipNorm: 2 }), tr(120, 16));
spec('ok.iris-adam', 133, { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));
spec('ok.moons-tanh-sgd', 134, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.5 }), tr(200, 32));
spec('ok.circles-relu-deep', 135, { builtin: 'circles', samples: 300 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.sine-elu', 136, { builtin: 'sine', samples: 200 }, [d(32, 'elu'), d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(300, 32));
spec('ok.blobs-rmsprop', 137, { builtin: 'blobs', classes: 4, samples: 300 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(60, 32));
spec('ok.xor-tanh-full-batch', 138, { builtin: 'xor', samples: 200 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(300, 200));
spec('ok.spirals-deep-adam', 139, { builtin: 'spirals', classes: 2, samples: 300 }, [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(400, 32));
spec('ok.inline-cone-weights', 140, { inline: { x: [[1, 0], [2, 0], [3, 0], [1, 1], [2, 1], [3, 1], [1, 2], [2, 2], [3, 2], [4, 0], [4, 1], [4, 2]], y: [0.12, 0.2, 0.28, 0.15, 0.23, 0.31, 0.18, 0.26, 0.34, 0.36, 0.39, 0.42] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', opt('adam', 0.02), tr(300, 12));
spec('ok.scoops-two-targets', 141, sales(['scoops', 'temp_c'].slice(0, 1).concat(['rain_mm']), { features: SF.filter((f) => f !== 'rain_mm'), normalizeTarget: 'standard' }), [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.sellout-wide-shallow-sgd-wd', 142, sales('sellout'), [d(128, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1e-3 }), tr(100, 64));
spec('ok.styles-feature-subset', 143, flav({ features: ['fat_pct', 'msnf_pct', 'fruit_pct', 'sugar_pct'] }), [d(16, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 16));
spec('ok.scoops-narrow-deep-tanh', 144, scoops(), [d(8, 'tanh'), d(8, 'tanh'), d(8, 'tanh'), d(8, 'tanh'), d(1)], 'mse', opt('adam', 0.003), tr(200, 16));
