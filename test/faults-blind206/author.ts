/**
 * Writes every candidate spec of fault set blind206 (garden centres and plant nurseries) into
 * candidates/: `npx tsx test/faults-blind206/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
const specs: [string, J][] = [];
let seed = 206;
function add(file: string, spec: J): void {
  specs.push([file, { name: file.replace(/\.nn\.json$/, ''), seed: seed++, ...spec }]);
}
const D = '../data/';
const NS = ['pot_litres', 'height_cm', 'stem_mm', 'leaf_count', 'water_ml_day', 'greenhouse_temp_c', 'shade_pct', 'days_in_stock', 'price_eur'];
const NS5 = ['pot_litres', 'height_cm', 'days_in_stock', 'price_eur', 'greenhouse_temp_c'];
const SD = ['soil_temp_c', 'moisture_pct', 'seed_age_months', 'light_lux', 'cells'];
const TK = ['day_of_week', 'weekend', 'max_temp_c', 'rain_mm', 'sun_hours', 'bank_holiday', 'promo', 'car_park_full_pct'];
const PS = ['leaf_temp_c', 'rh_pct', 'sticky_trap_count', 'days_since_spray', 'new_growth_pct'];
const sold = (normalize = 'standard', features = NS) => ({ csv: D + 'nursery_stock.csv', target: 'sold_30d', features, normalize });
const grade = (normalize = 'standard', features = NS) => ({ csv: D + 'nursery_stock.csv', target: 'grade', features, normalize });
const price = (normalize = 'standard', nt = 'standard') => ({ csv: D + 'nursery_stock.csv', target: 'price_eur', features: ['pot_litres', 'height_cm', 'stem_mm', 'leaf_count', 'water_ml_day', 'shade_pct'], normalize, normalizeTarget: nt });
const germ = (normalize = 'standard', nt = 'standard') => ({ csv: D + 'seedling_trays.csv', target: 'germination_pct', features: SD, normalize, normalizeTarget: nt });
const takings = (normalize = 'standard', nt = 'standard') => ({ csv: D + 'daily_takings.csv', target: 'takings_eur', features: TK, normalize, normalizeTarget: nt });
const pest = (normalize = 'standard') => ({ csv: D + 'pest_scout.csv', target: 'pest', features: PS, normalize });
const d = (units: number, activation: string, extra: J = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}) => ({ epochs, batchSize, ...extra });

// ---------- invalid-spec
add('invalid-spec.adamw-optimizer.nn.json', { data: sold(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(60, 32) });
add('invalid-spec.softplus-activation.nn.json', { data: germ(), layers: [d(16, 'softplus'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 16) });
add('invalid-spec.keras-loss-name.nn.json', { data: sold(), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('invalid-spec.dropout-percent.nn.json', { data: grade(), layers: [d(24, 'relu'), drop(30), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
add('invalid-spec.units-string.nn.json', { data: pest(), layers: [d(16, 'tanh'), { type: 'dense', units: 'four', activation: 'softmax' }], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(60, 32) });
// ---------- data-error
add('data-error.missing-export-file.nn.json', { data: { csv: D + 'nursery_stock_2025.csv', target: 'sold_30d', normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('data-error.target-typo.nn.json', { data: { csv: D + 'nursery_stock.csv', target: 'sold_30_days', features: NS, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('data-error.lot-id-as-feature.nn.json', { data: { csv: D + 'nursery_stock.csv', target: 'sold_30d', features: ['lot_id', 'pot_litres', 'height_cm', 'price_eur', 'days_in_stock'], normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('data-error.na-markers.nn.json', { data: { csv: D + 'nursery_stock_gaps.csv', target: 'sold_30d', features: NS, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('data-error.absolute-till-path.nn.json', { data: { csv: '/srv/till/exports/daily_takings.csv', target: 'takings_eur', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('data-error.sown-week-text.nn.json', { data: { csv: D + 'seedling_trays.csv', target: 'germination_pct', features: ['sown', 'soil_temp_c', 'moisture_pct', 'seed_age_months'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(60, 32) });
// ---------- shape-mismatch
add('shape-mismatch.grade-two-units.nn.json', { data: grade(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('shape-mismatch.pest-three-classes.nn.json', { data: pest(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('shape-mismatch.sold-two-sigmoids.nn.json', { data: sold(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('shape-mismatch.takings-three-outputs.nn.json', { data: takings(), layers: [d(16, 'relu'), d(3, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(60, 32) });
// ---------- loss-activation-mismatch
add('loss-activation-mismatch.grade-softmax-mse.nn.json', { data: grade(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
add('loss-activation-mismatch.sold-linear-bce.nn.json', { data: sold(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
add('loss-activation-mismatch.pest-sigmoid-cce.nn.json', { data: pest(), layers: [d(16, 'tanh'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
add('loss-activation-mismatch.germ-relu-head-standardised.nn.json', { data: germ(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 16) });
add('loss-activation-mismatch.takings-tanh-head-raw.nn.json', { data: takings('standard', 'none'), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(60, 32) });
// ---------- init-symmetry
add('init-symmetry.zeros-hidden.nn.json', { data: sold(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(80, 32) });
add('init-symmetry.constant-hidden-pest.nn.json', { data: pest(), layers: [d(12, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
add('init-symmetry.zeros-germ-both.nn.json', { data: germ(), layers: [d(20, 'sigmoid', { init: 'zeros' }), d(10, 'sigmoid', { init: 'zeros' }), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(80, 16) });
// ---------- init-scale
add('init-scale.normal-std-8.nn.json', { data: sold(), layers: [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });
add('init-scale.uniform-tiny-deep.nn.json', { data: germ(), layers: [d(24, 'relu', { init: 'uniform', limit: 1e-4 }), d(24, 'relu', { init: 'uniform', limit: 1e-4 }), d(24, 'relu', { init: 'uniform', limit: 1e-4 }), d(1, 'linear', { init: 'uniform', limit: 1e-4 })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
add('init-scale.normal-std-30-relu.nn.json', { data: takings(), layers: [d(32, 'relu', { init: { name: 'normal', std: 30 } }), d(32, 'relu', { init: { name: 'normal', std: 30 } }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(60, 32) });
// ---------- no-nonlinearity
add('no-nonlinearity.moons-linear-stack.nn.json', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
add('no-nonlinearity.pest-linear-hidden.nn.json', { data: pest(), layers: [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
add('no-nonlinearity.germ-default-activation.nn.json', { data: germ(), layers: [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(120, 16) });
add('no-nonlinearity.circles-linear-deep.nn.json', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(8, 'linear'), d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 32) });
// ---------- lr-out-of-range
add('lr-out-of-range.sgd-lr-50.nn.json', { data: sold(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 50), training: tr(60, 32) });
add('lr-out-of-range.adam-lr-3.nn.json', { data: grade(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 3), training: tr(60, 32) });
add('lr-out-of-range.rmsprop-lr-1e-8.nn.json', { data: germ(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 1e-8), training: tr(80, 16) });
add('lr-out-of-range.sgd-lr-1e-9.nn.json', { data: pest(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-9, { momentum: 0.9 }), training: tr(80, 32) });
// ---------- dead-relu
add('dead-relu.negative-bias-5.nn.json', { data: sold(), layers: [d(16, 'relu', { bias: -5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
add('dead-relu.takings-big-step-sgd.nn.json', { data: takings(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.3), training: tr(80, 8) });
add('dead-relu.grade-bias-minus-3.nn.json', { data: grade(), layers: [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
add('dead-relu.germ-raw-lux-bias.nn.json', { data: germ('minmax'), layers: [d(16, 'relu', { bias: -3 }), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 16) });
// ---------- exploding-gradient
add('exploding-gradient.raw-takings-sgd.nn.json', { data: takings('none', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-6), training: tr(60, 32) });
add('exploding-gradient.raw-lux-momentum.nn.json', { data: germ('none', 'none'), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-4, { momentum: 0.9 }), training: tr(60, 16) });
add('exploding-gradient.deep-std1-relu.nn.json', { data: price(), layers: [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(40, 32) });
add('exploding-gradient.raw-price-target-adam.nn.json', { data: takings('standard', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(40, 32) });
// ---------- vanishing-gradient
add('vanishing-gradient.eight-sigmoid.nn.json', { data: sold(), layers: [...Array.from({ length: 8 }, () => d(12, 'sigmoid')), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
add('vanishing-gradient.tanh-tiny-init-deep.nn.json', { data: germ(), layers: [...Array.from({ length: 6 }, () => d(16, 'tanh', { init: 'normal', std: 0.02 })), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 16) });
add('vanishing-gradient.pest-sigmoid-ten.nn.json', { data: pest(), layers: [...Array.from({ length: 10 }, () => d(10, 'sigmoid', { init: 'xavier_normal' })), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
// ---------- nan-loss
add('nan-loss.raw-takings-sgd-lr.nn.json', { data: takings('none', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
add('nan-loss.raw-lux-rmsprop-linear.nn.json', { data: germ('none', 'none'), layers: [d(16, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 8) });
add('nan-loss.price-huge-init.nn.json', { data: price('none', 'none'), layers: [d(32, 'relu', { init: 'normal', std: 1e6 }), d(32, 'relu', { init: 'normal', std: 1e6 }), d(1, 'linear', { init: 'normal', std: 1e6 })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
add('nan-loss.water-raw-sgd-nesterov.nn.json', { data: { csv: D + 'nursery_stock.csv', target: 'water_ml_day', features: ['pot_litres', 'height_cm', 'leaf_count'], normalize: 'none' }, layers: [d(8, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(40, 16) });
// ---------- lr-too-high
add('lr-too-high.adam-lr-0.3.nn.json', { data: sold(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.3), training: tr(80, 32) });
add('lr-too-high.sgd-lr-2-germ.nn.json', { data: germ(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 2), training: tr(80, 16) });
add('lr-too-high.rmsprop-lr-0.1-pest.nn.json', { data: pest(), layers: [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.1), training: tr(80, 32) });
add('lr-too-high.nesterov-lr-0.5-grade.nn.json', { data: grade(), layers: [d(24, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), training: tr(80, 16) });
add('lr-too-high.adam-lr-0.5-takings.nn.json', { data: takings(), layers: [d(32, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.5), training: tr(80, 32) });
// ---------- lr-too-low
add('lr-too-low.sgd-1e-5-sold.nn.json', { data: sold(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(60, 32) });
add('lr-too-low.adam-1e-6-germ.nn.json', { data: germ(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 1e-6), training: tr(80, 16) });
add('lr-too-low.rmsprop-1e-6-pest.nn.json', { data: pest(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 1e-6), training: tr(80, 32) });
add('lr-too-low.momentum-1e-5-takings.nn.json', { data: takings(), layers: [d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.5 }), training: tr(80, 64) });
// ---------- saturated-activation
add('saturated-activation.sigmoid-raw-features.nn.json', { data: sold('none'), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
add('saturated-activation.tanh-raw-lux.nn.json', { data: germ('none'), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(80, 16) });
add('saturated-activation.sigmoid-bias-8.nn.json', { data: grade(), layers: [d(16, 'sigmoid', { bias: 8 }), d(16, 'sigmoid', { bias: 8 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
add('saturated-activation.tanh-raw-takings-features.nn.json', { data: takings('none'), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
// ---------- loss-plateau
add('loss-plateau.weight-decay-1.nn.json', { data: grade(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01, { weightDecay: 1 }), training: tr(80, 32) });
add('loss-plateau.dropout-0.9-bottleneck.nn.json', { data: sold(), layers: [d(2, 'relu'), drop(0.9), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
add('loss-plateau.spirals-one-unit.nn.json', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(1, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
add('loss-plateau.germ-clipnorm-tiny.nn.json', { data: germ(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(80, 16) });
// ---------- oscillating-loss
add('oscillating-loss.sgd-batch1-momentum.nn.json', { data: germ(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.95 }), training: tr(60, 1) });
add('oscillating-loss.rmsprop-0.03-batch4.nn.json', { data: sold(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.03), training: tr(60, 4) });
add('oscillating-loss.fullbatch-sgd-edge.nn.json', { data: takings(), layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.9), training: tr(100, 420) });
add('oscillating-loss.adam-0.05-batch2-pest.nn.json', { data: pest(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.05), training: tr(60, 2) });

// ---------- healthy
add('ok.sold-adam-relu.nn.json', { data: sold(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32, { validationSplit: 0.2 }) });
add('ok.sold-sgd-momentum-tanh.nn.json', { data: sold(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 16) });
add('ok.sold-nesterov-elu-minmax.nn.json', { data: sold('minmax'), layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(120, 32) });
add('ok.sold-rmsprop-dropout.nn.json', { data: sold(), layers: [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
add('ok.sold-batchnorm-leaky.nn.json', { data: sold(), layers: [d(24, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 64) });
add('ok.sold-plain-sgd-fullbatch.nn.json', { data: sold(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(300, 480) });
add('ok.sold-semicolon-export.nn.json', { data: { csv: D + 'nursery_stock_export.csv', target: 'sold_30d', features: NS, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('ok.sold-logistic-five-features.nn.json', { data: sold('standard', NS5), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(100, 16) });
add('ok.sold-deep-narrow-adam.nn.json', { data: sold(), layers: [d(12, 'relu'), d(12, 'relu'), d(8, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(80, 32) });
add('ok.sold-batch1-sgd.nn.json', { data: sold(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.005), training: tr(30, 1) });
add('ok.grade-adam-softmax.nn.json', { data: grade(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
add('ok.grade-rmsprop-tanh-val.nn.json', { data: grade(), layers: [d(16, 'tanh'), d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(80, 16, { validationSplit: 0.25 }) });
add('ok.grade-nesterov-batchnorm.nn.json', { data: grade(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.1), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
add('ok.grade-export-semicolon.nn.json', { data: { csv: D + 'nursery_stock_export.csv', target: 'grade', features: NS, normalize: 'minmax' }, layers: [d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
add('ok.price-adam-normtarget.nn.json', { data: price(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
add('ok.price-linear-regression-sgd.nn.json', { data: price(), layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
add('ok.price-rmsprop-elu-clip.nn.json', { data: price('minmax'), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.002, { clipNorm: 1 }), training: tr(80, 16) });
add('ok.germ-adam-tanh.nn.json', { data: germ(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(150, 16) });
add('ok.germ-relu-deep-momentum.nn.json', { data: germ(), layers: [d(32, 'relu'), d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150, 16) });
add('ok.germ-sigmoid-hidden-adam.nn.json', { data: germ(), layers: [d(16, 'sigmoid'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(200, 32) });
add('ok.germ-rmsprop-val-batch8.nn.json', { data: germ(), layers: [d(32, 'leaky_relu'), drop(0.1), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(120, 8, { validationSplit: 0.2 }) });
add('ok.germ-minmax-sigmoid-head-minmax.nn.json', { data: germ('minmax', 'minmax'), layers: [d(24, 'tanh'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(200, 16) });
add('ok.takings-adam-relu.nn.json', { data: takings(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
add('ok.takings-linear-nesterov.nn.json', { data: takings(), layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(60, 32) });
add('ok.takings-batchnorm-rmsprop-wd.nn.json', { data: takings(), layers: [d(24, 'elu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.003, { weightDecay: 1e-3 }), training: tr(80, 32) });
add('ok.takings-fullbatch-adam.nn.json', { data: takings(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.03), training: tr(300, 420) });
add('ok.pest-adam-relu.nn.json', { data: pest(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
add('ok.pest-sgd-tanh.nn.json', { data: pest(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 32) });
add('ok.pest-rmsprop-minmax.nn.json', { data: pest('minmax'), layers: [d(24, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(100, 16) });
add('ok.iris-adam-small.nn.json', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
add('ok.moons-nesterov-tanh.nn.json', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
add('ok.circles-relu-rmsprop.nn.json', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
add('ok.spirals-wide-adam.nn.json', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(300, 32) });
add('ok.sine-tanh-adam.nn.json', { data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 16) });
add('ok.blobs-sigmoid-hidden-sgd.nn.json', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5), training: tr(100, 32) });
add('ok.xor-small-elu.nn.json', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 16) });
add('ok.inline-compost-mix.nn.json', { data: { inline: { x: [[0, 10], [10, 20], [20, 30], [30, 40], [40, 50], [50, 60], [60, 10], [70, 20], [80, 30], [90, 40], [15, 55], [35, 25], [55, 45], [75, 15], [85, 5], [25, 35]], y: [2.1, 4.0, 5.9, 8.1, 9.8, 12.2, 8.0, 10.1, 12.0, 14.1, 8.6, 7.1, 11.5, 11.0, 11.3, 7.0] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(6, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 16) });
add('ok.inline-hardy-label.nn.json', { data: { inline: { x: [[-15], [-12], [-10], [-8], [-5], [-3], [0], [2], [5], [-20], [-18], [1], [-1], [-6], [-9], [3]], y: ['hardy', 'hardy', 'hardy', 'hardy', 'tender', 'tender', 'tender', 'tender', 'tender', 'hardy', 'hardy', 'tender', 'tender', 'tender', 'hardy', 'tender'] }, normalize: 'standard' }, layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(200, 16) });
add('ok.pest-deep-leaky-clip.nn.json', { data: pest(), layers: [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002, { clipNorm: 5 }), training: tr(80, 32) });
add('ok.germ-lecun-elu-wide.nn.json', { data: germ(), layers: [d(64, 'elu', { init: 'lecun_normal' }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
add('ok.price-he-uniform-batch128.nn.json', { data: price(), layers: [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(150, 128) });
add('ok.grade-normal-init-small-std.nn.json', { data: grade(), layers: [d(32, 'tanh', { init: 'normal', std: 0.1 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
add('ok.takings-sigmoid-hidden-rmsprop.nn.json', { data: takings(), layers: [d(12, 'sigmoid'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(150, 16) });

// ---------- second pass (after the first observation): more exploding, symmetry, shape, lr-too-high, oscillating
add('exploding-gradient.raw-takings-target-adam.nn.json', { data: takings('standard', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(60, 32) });
add('exploding-gradient.raw-price-target-rmsprop.nn.json', { data: price('standard', 'none'), layers: [d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
add('exploding-gradient.deep-std06-relu-adam.nn.json', { data: takings(), layers: Array.from({ length: 6 }, () => d(32, 'relu', { init: 'normal', std: 0.6 })).concat([d(1, 'linear')]), loss: 'mse', optimizer: opt('adam', 0.001), training: tr(40, 32) });
add('init-symmetry.constant-all-layers.nn.json', { data: sold(), layers: [d(16, 'relu', { init: 'constant', value: 0.05 }), d(8, 'relu', { init: 'constant', value: 0.05 }), d(1, 'sigmoid', { init: 'constant', value: 0.05 })], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
add('init-symmetry.zeros-every-layer-tanh.nn.json', { data: takings(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
add('shape-mismatch.germ-two-outputs.nn.json', { data: germ(), layers: [d(16, 'tanh'), d(2, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(60, 16) });
add('shape-mismatch.iris-four-units.nn.json', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 16) });
add('lr-too-high.momentum-0.8-pest.nn.json', { data: pest(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.8, { momentum: 0.9 }), training: tr(60, 32) });
add('lr-too-high.adam-0.1-grade.nn.json', { data: grade(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.1), training: tr(80, 16) });
add('lr-too-high.rmsprop-0.05-germ.nn.json', { data: germ(), layers: [d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(80, 16) });
add('oscillating-loss.rmsprop-0.02-batch1-germ.nn.json', { data: germ(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.02), training: tr(60, 1) });
add('oscillating-loss.adam-0.03-batch1-sold.nn.json', { data: sold(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.03), training: tr(60, 1) });
add('oscillating-loss.sgd-0.2-batch2-takings.nn.json', { data: takings(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.2), training: tr(60, 2) });
add('oscillating-loss.fullbatch-momentum-moons.nn.json', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 3, { momentum: 0.9 }), training: tr(150, 300) });
add('oscillating-loss.fullbatch-sgd-0.6-takings.nn.json', { data: takings(), layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.6), training: tr(100, 420) });

// ---------- third pass: oscillating-loss needed more candidates
add('oscillating-loss.fullbatch-sgd-0.75-takings.nn.json', { data: takings(), layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.75), training: tr(100, 420) });
add('oscillating-loss.rmsprop-0.1-sold-batch16.nn.json', { data: sold(), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.1), training: tr(60, 16) });
add('oscillating-loss.rmsprop-0.15-pest-tanh.nn.json', { data: pest(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.15), training: tr(60, 32) });
add('oscillating-loss.adam-0.2-grade-elu.nn.json', { data: grade(), layers: [d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.2), training: tr(60, 32) });

for (const [file, spec] of specs) fs.writeFileSync(path.join(out, file), JSON.stringify(spec, null, 2) + '\n');
console.log(`${specs.length} candidates (${specs.filter(([f]) => !f.startsWith('ok.')).length} faults)`);
