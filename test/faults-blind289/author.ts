/**
 * Writes every candidate spec of blind set 289 into candidates/: `npx tsx test/faults-blind289/author.ts`.
 * Theme: umbrella makers and repairers (repair bench tickets, wind-tunnel frame tests, shop sales).
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
let seed = 289;
function spec(file: string, body: J): void {
  const s = { name: file.replace(/\./g, '-'), seed: seed++, ...body };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const RF = ['canopy_cm', 'ribs', 'broken_ribs', 'fabric_tear_cm', 'shaft_bend_deg', 'age_years', 'brand_tier', 'weight_g', 'till_no'];
const WF = ['rib_mm', 'spring_n', 'canopy_gsm', 'vented', 'frame_steel', 'wind_kmh'];
const WF5 = ['rib_mm', 'spring_n', 'canopy_gsm', 'vented', 'frame_steel'];
const SF = ['rain_mm', 'temp_c', 'wind_kmh', 'weekday', 'cruise_ships', 'tourists_k'];
const rep = (target: string | string[], extra: J = {}) => ({ csv: '../data/repairs.csv', target, features: RF, normalize: 'standard', ...extra });
const wt = (target: string, extra: J = {}) => ({ csv: '../data/windtunnel.tsv', target, features: target === 'rated_kmh' ? WF5 : WF, normalize: 'standard', ...extra });
const shop = (target: string, extra: J = {}) => ({ csv: '../data/shop-days.csv', target, features: SF, normalize: 'standard', ...extra });
const d = (units: number, activation = 'linear', extra: J = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}) => ({ epochs, batchSize, ...extra });

// ================================ faults ================================
// invalid-spec
spec('invalid-spec.optimizer-adamw', { data: rep('fixed'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(60, 32) });
spec('invalid-spec.loss-keras-name', { data: rep('outcome'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('invalid-spec.dropout-percent', { data: wt('inverted'), layers: [d(24, 'relu'), drop(30), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 16) });
spec('invalid-spec.validation-split-whole', { data: shop('busy'), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(80, 32, { validationSplit: 1 }) });
spec('invalid-spec.activation-swish', { data: rep('repair_minutes', { normalizeTarget: 'standard' }), layers: [d(32, 'swish'), d(16, 'swish'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(80, 32) });

// data-error
spec('data-error.target-typo-minutes', { data: rep('repair_mins', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.timestamp-as-feature', { data: rep('fixed', { features: ['received', ...RF] }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.gaps-export-na', { data: { csv: '../data/repairs-gaps.csv', target: 'fixed', features: RF, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.outside-workspace', { data: { csv: '../../../../../shared/umbrella/repairs.csv', target: 'fixed', features: RF, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.next-years-file', { data: { csv: '../data/shop-days-2024.csv', target: 'umbrellas_sold', features: SF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.batch-code-feature', { data: wt('inverted', { features: ['batch_code', ...WF] }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });

// shape-mismatch
spec('shape-mismatch.outcome-two-units', { data: rep('outcome'), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.fixed-two-sigmoids', { data: rep('fixed'), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: wt('rated_kmh', { target: ['rated_kmh', 'wind_kmh'], features: WF5, normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.iris-four-species', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(10, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 16) });

// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', { data: wt('inverted'), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: rep('outcome'), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.mse-softmax-minutes', { data: rep('repair_minutes', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.tanh-head-raw-rating', { data: wt('rated_kmh'), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.relu-head-scaled-sales', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(80, 16) });

// init-symmetry
spec('init-symmetry.zeros-hidden', { data: rep('fixed'), layers: [d(24, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('init-symmetry.constant-frames', { data: wt('inverted'), layers: [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.zeros-sales-net', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(20, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });
spec('init-symmetry.constant-outcome', { data: rep('outcome'), layers: [d(12, 'elu', { init: { name: 'constant', value: 0.05 } }), d(3, 'softmax', { init: { name: 'constant', value: 0.05 } })], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });

// init-scale
spec('init-scale.normal-std-4', { data: rep('fixed'), layers: [d(64, 'tanh', { init: { name: 'normal', std: 4 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-scale.uniform-limit-10', { data: wt('inverted'), layers: [d(32, 'relu', { init: { name: 'uniform', limit: 10 } }), d(32, 'relu', { init: { name: 'uniform', limit: 10 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });
spec('init-scale.normal-std-1e-4-deep', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(1, 'linear', { init: { name: 'normal', std: 1e-4 } })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('init-scale.normal-std-3-outcome', { data: rep('outcome'), layers: [d(32, 'sigmoid', { init: { name: 'normal', std: 3 } }), d(3, 'softmax', { init: { name: 'normal', std: 3 } })], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });

// no-nonlinearity
spec('no-nonlinearity.moons-linear-stack', { data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [d(32), d(32), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.circles-default-activations', { data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [{ type: 'dense', units: 16 }, { type: 'dense', units: 16 }, d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.outcome-linear-hidden', { data: rep('outcome'), layers: [d(24), d(12), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('no-nonlinearity.xor-linear-pair', { data: { builtin: 'xor', samples: 300 }, layers: [d(8, 'linear', { batchNorm: true }), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });

// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', { data: rep('fixed'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 5), training: tr(60, 32) });
spec('lr-out-of-range.sgd-lr-40', { data: wt('inverted'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 40), training: tr(60, 32) });
spec('lr-out-of-range.rmsprop-lr-1e-8', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-8), training: tr(80, 32) });
spec('lr-out-of-range.sgd-momentum-lr-1e-7', { data: rep('outcome'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-7, { momentum: 0.9 }), training: tr(60, 16) });

// dead-relu
spec('dead-relu.bias-minus-4', { data: rep('fixed'), layers: [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('dead-relu.sgd-kick-wind', { data: wt('inverted'), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 2.5), training: tr(80, 16) });
spec('dead-relu.bias-minus-3-sales', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(24, 'relu', { bias: -3 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('dead-relu.adam-hot-outcome', { data: rep('outcome'), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.5), training: tr(60, 32) });

// exploding-gradient
spec('exploding-gradient.raw-minutes-sgd', { data: rep('repair_minutes', { normalize: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-4), training: tr(60, 32) });
spec('exploding-gradient.raw-sales-momentum', { data: shop('umbrellas_sold', { normalize: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-3, { momentum: 0.9 }), training: tr(60, 16) });
spec('exploding-gradient.deep-big-init-rating', { data: wt('rated_kmh', { normalizeTarget: 'standard' }), layers: [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
spec('exploding-gradient.raw-weight-grams', { data: rep('repair_minutes', { normalize: 'none', features: ['weight_g', 'canopy_cm', 'broken_ribs'], normalizeTarget: 'standard' }), layers: [d(24, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 32) });

// vanishing-gradient
spec('vanishing-gradient.eight-sigmoids', { data: rep('fixed'), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('vanishing-gradient.deep-tanh-tiny-init', { data: wt('inverted'), layers: [1, 2, 3, 4, 5, 6].map(() => d(24, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('vanishing-gradient.sigmoid-tower-sales', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [1, 2, 3, 4, 5, 6, 7].map(() => d(12, 'sigmoid', { init: 'xavier_normal' })).concat([d(1)]), loss: 'mse', optimizer: opt('sgd', 0.02), training: tr(100, 32) });
spec('vanishing-gradient.ten-sigmoid-outcome', { data: rep('outcome'), layers: Array.from({ length: 10 }, () => d(20, 'sigmoid')).concat([d(3, 'softmax')]), loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.5 }), training: tr(60, 32) });

// nan-loss
spec('nan-loss.raw-minutes-sgd-hot', { data: rep('repair_minutes', { normalize: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
spec('nan-loss.raw-sales-rmsprop-linear', { data: shop('umbrellas_sold', { normalize: 'none' }), layers: [d(32), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 8) });
spec('nan-loss.raw-wind-deep', { data: wt('rated_kmh', { normalize: 'none' }), layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02), training: tr(60, 16) });
spec('nan-loss.grams-full-batch', { data: rep('repair_minutes', { normalize: 'none', normalizeTarget: 'none' }), layers: [d(8, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3, { nesterov: true, momentum: 0.9 }), training: tr(60, 480) });

// lr-too-high
spec('lr-too-high.sgd-08-moons', { data: { builtin: 'moons', samples: 300, noise: 0.2 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 3), training: tr(80, 16) });
spec('lr-too-high.adam-03-fixed', { data: rep('fixed'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.3), training: tr(80, 32) });
spec('lr-too-high.rmsprop-02-rating', { data: wt('rated_kmh', { normalizeTarget: 'standard' }), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: tr(80, 16) });
spec('lr-too-high.nesterov-1-sales', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
spec('lr-too-high.adam-1-outcome', { data: rep('outcome'), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1), training: tr(80, 32) });

// lr-too-low
spec('lr-too-low.sgd-1e-5-fixed', { data: rep('fixed'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(60, 32) });
spec('lr-too-low.adam-2e-6-wind', { data: wt('inverted'), layers: [d(24, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 2e-6), training: tr(80, 32) });
spec('lr-too-low.rmsprop-1e-6-sales', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: tr(100, 32) });
spec('lr-too-low.momentum-3e-6-outcome', { data: rep('outcome'), layers: [d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 3e-6, { momentum: 0.9 }), training: tr(80, 64) });

// saturated-activation
spec('saturated-activation.sigmoid-raw-grams', { data: rep('fixed', { normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('saturated-activation.tanh-std-3', { data: wt('inverted'), layers: [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('saturated-activation.tanh-raw-sales', { data: shop('busy', { normalize: 'none' }), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
spec('saturated-activation.sigmoid-bias-6', { data: rep('outcome'), layers: [d(24, 'sigmoid', { bias: 6 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });

// loss-plateau
spec('loss-plateau.heavy-decay-fixed', { data: rep('fixed'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003, { weightDecay: 3 }), training: tr(80, 32) });
spec('loss-plateau.dropout-09-rating', { data: wt('rated_kmh', { normalizeTarget: 'standard' }), layers: [d(8, 'relu'), drop(0.9), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('loss-plateau.one-unit-bottleneck-outcome', { data: rep('outcome'), layers: [d(1, 'relu', { bias: -2 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-plateau.spirals-tiny-net', { data: { builtin: 'spirals', samples: 400, classes: 3 }, layers: [d(3, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
spec('loss-plateau.sgd-decay-sales', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { weightDecay: 5 }), training: tr(100, 32) });

// oscillating-loss
spec('oscillating-loss.momentum-batch-4', { data: wt('inverted'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.95 }), training: tr(80, 4) });
spec('oscillating-loss.adam-batch-1', { data: rep('repair_minutes', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(60, 1) });
spec('oscillating-loss.rmsprop-batch-2', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(80, 2) });
spec('oscillating-loss.full-batch-sgd-edge', { data: wt('rated_kmh', { normalizeTarget: 'standard' }), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.55), training: tr(100, 400) });

// ================================ healthy ================================
spec('ok.fixed-adam-relu', { data: rep('fixed'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('ok.fixed-sgd-momentum-tanh', { data: rep('fixed'), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.fixed-logistic-only', { data: rep('fixed'), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(100, 480) });
spec('ok.fixed-rmsprop-dropout', { data: rep('fixed'), layers: [d(32, 'relu'), drop(0.3), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 16) });
spec('ok.fixed-eu-export', { data: { csv: '../data/repairs-eu.csv', target: 'fixed', features: RF, normalize: 'standard' }, layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
spec('ok.fixed-minmax-batch1', { data: rep('fixed', { normalize: 'minmax' }), layers: [d(8, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(40, 1) });
spec('ok.outcome-adam-softmax', { data: rep('outcome'), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.outcome-nesterov-bn', { data: rep('outcome'), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
spec('ok.outcome-eu-tanh-rmsprop', { data: { csv: '../data/repairs-eu.csv', target: 'outcome', features: RF, normalize: 'standard' }, layers: [d(20, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(80, 16, { validationSplit: 0.15 }) });
spec('ok.outcome-deep-elu-clip', { data: rep('outcome'), layers: [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002, { clipNorm: 1 }), training: tr(80, 32) });
spec('ok.minutes-adam-std-target', { data: rep('repair_minutes', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.minutes-linear-regression', { data: rep('repair_minutes', { normalizeTarget: 'standard' }), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 480) });
spec('ok.minutes-minmax-target-sgd', { data: rep('repair_minutes', { normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 16) });
spec('ok.minutes-decay-rmsprop', { data: rep('repair_minutes', { normalizeTarget: 'standard' }), layers: [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002, { weightDecay: 1e-4 }), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.minutes-gaps-free-subset', { data: rep('repair_minutes', { features: ['broken_ribs', 'fabric_tear_cm', 'shaft_bend_deg', 'ribs', 'brand_tier'], normalizeTarget: 'standard' }), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 64) });
spec('ok.wind-inverted-adam', { data: wt('inverted'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.wind-inverted-sgd-full-batch', { data: wt('inverted'), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(300, 400) });
spec('ok.wind-inverted-deep-nesterov', { data: wt('inverted'), layers: [d(24, 'relu'), d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(80, 16) });
spec('ok.wind-inverted-sigmoid-hidden', { data: wt('inverted'), layers: [d(12, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('ok.wind-rated-adam', { data: wt('rated_kmh', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.wind-rated-raw-target-small-lr', { data: wt('rated_kmh'), layers: [d(16, 'relu'), d(1, 'linear', { bias: 80 })], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(150, 32) });
spec('ok.wind-rated-bn-elu-rmsprop', { data: wt('rated_kmh', { normalizeTarget: 'standard' }), layers: [d(24, 'elu', { batchNorm: true }), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.wind-rated-batch2-sgd', { data: wt('rated_kmh', { normalizeTarget: 'standard' }), layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(40, 2) });
spec('ok.shop-sales-adam', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.shop-sales-sqrt-rain-tanh', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.9 }), training: tr(120, 32) });
spec('ok.shop-sales-minmax-rmsprop', { data: shop('umbrellas_sold', { normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 16) });
spec('ok.shop-busy-bce', { data: shop('busy'), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.shop-busy-dropout-wd', { data: shop('busy'), layers: [d(32, 'elu'), drop(0.25), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003, { weightDecay: 1e-3 }), training: tr(100, 16) });
spec('ok.shop-busy-clip-sgd', { data: shop('busy'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2, { clipNorm: 5 }), training: tr(120, 64) });
spec('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(300, 32) });
spec('ok.iris-tiny', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(6, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(150, 16) });
spec('ok.iris-batch1-sgd', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(10, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(60, 1) });
spec('ok.xor-elu-rmsprop', { data: { builtin: 'xor', samples: 300 }, layers: [d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(150, 16) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300 }, layers: [d(24, 'tanh'), d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.blobs-four-softmax-linear', { data: { builtin: 'blobs', classes: 4, samples: 300 }, layers: [d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.2), training: tr(100, 32) });
spec('ok.inline-canopy-price', { data: { inline: { x: [[8, 95], [8, 100], [10, 105], [10, 110], [16, 115], [16, 120], [24, 125], [24, 130], [8, 98], [10, 108], [16, 118], [24, 128]], y: [12, 14, 18, 20, 27, 29, 40, 42, 13, 19, 28, 41] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(6, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 4) });
spec('ok.inline-leak-test-labels', { data: { inline: { x: [[1, 0.2], [2, 0.5], [3, 0.4], [4, 0.9], [5, 1.2], [6, 1.0], [7, 1.6], [8, 1.9], [1.5, 0.1], [6.5, 1.4], [2.5, 0.3], [7.5, 1.8]], y: ['dry', 'dry', 'dry', 'leak', 'leak', 'leak', 'leak', 'leak', 'dry', 'leak', 'dry', 'leak'] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(200, 12) });
spec('ok.fixed-wide-lecun-selu-ish', { data: rep('fixed'), layers: [d(128, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 3e-4), training: tr(60, 64) });
spec('ok.outcome-high-momentum-low-lr', { data: rep('outcome'), layers: [d(16, 'leaky_relu', { init: 'he_uniform' }), d(3, 'softmax', { init: 'xavier_normal' })], loss: 'cce', optimizer: opt('sgd', 0.005, { momentum: 0.99 }), training: tr(100, 32) });
spec('ok.wind-inverted-long-small-adam', { data: wt('inverted', { normalize: 'minmax' }), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 3e-4), training: tr(600, 32) });
spec('ok.minutes-deep-narrow-clip', { data: rep('repair_minutes', { normalizeTarget: 'standard' }), layers: [d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { clipNorm: 0.5 }), training: tr(120, 16) });
spec('ok.shop-sales-uniform-init', { data: shop('umbrellas_sold', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh', { init: { name: 'uniform', limit: 0.3 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });

// ---- second round (after the first observation): more oscillating-loss candidates ----
spec('oscillating-loss.adam-batch-2-busy', { data: shop('busy'), layers: [d(32, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.08), training: tr(80, 2) });
spec('oscillating-loss.rmsprop-batch-4-wind', { data: wt('inverted'), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.06), training: tr(80, 4) });
spec('oscillating-loss.momentum-099-iris', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.2, { momentum: 0.99 }), training: tr(100, 8) });
