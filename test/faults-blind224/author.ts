/**
 * Writes every candidate spec of fault set blind224 into candidates/.
 * Run: npx tsx test/faults-blind224/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
let seed = 224;
function spec(name: string, s: Obj): void {
  const full = { name, seed: seed++, ...s };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}

const CF = ['boat_length_ft', 'boat_length_m', 'cabins', 'days', 'season_week', 'skipper_years', 'wind_forecast_kn', 'guests', 'moon_phase', 'marina_fee_eur'];
const SF = ['age', 'prior_hours', 'theory_score', 'practical_hours', 'avg_wind_kn', 'instructor_ratio', 'capsizes', 'shoe_size'];
const EF = ['engine_hours', 'oil_temp_c', 'rpm_avg', 'fuel_l_per_h', 'coolant_ph'];

const claim = (extra: Obj = {}) => ({ csv: '../data/charters.csv', target: 'damage_claim', features: CF, normalize: 'standard', ...extra });
const price = (extra: Obj = {}) => ({ csv: '../data/charters.csv', target: 'price_eur', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const cert = (extra: Obj = {}) => ({ csv: '../data/students.csv', target: 'certificate', features: SF, normalize: 'standard', ...extra });
const eng = (extra: Obj = {}) => ({ csv: '../data/engine-log.tsv', target: 'hours_to_service', features: EF, normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation = 'linear', more: Obj = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, more: Obj = {}) => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', { data: claim(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(60, 32) });
spec('invalid-spec.swish-activation', { data: cert(), layers: [d(24, 'swish'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('invalid-spec.keras-loss-name', { data: cert(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('invalid-spec.dropout-rate-one', { data: price(), layers: [d(32, 'relu'), drop(1), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('invalid-spec.batch-size-zero', { data: eng(), layers: [d(12, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(80, 0) });
spec('invalid-spec.validation-split-percent', { data: claim(), layers: [d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(80, 32, { validationSplit: 20 }) });
// data-error
spec('data-error.id-column-not-excluded', { data: { csv: '../data/charters.csv', target: 'damage_claim', normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(60, 32) });
spec('data-error.target-typo', { data: price({ target: 'price_euro' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(60, 32) });
spec('data-error.na-markers', { data: { ...claim(), csv: '../data/charters-gaps.csv' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(60, 32) });
spec('data-error.next-season-file', { data: price({ csv: '../data/charters-2024.csv' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(60, 32) });
spec('data-error.path-outside-workspace', { data: cert({ csv: '../../../../../home/office/students.csv' }), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(60, 32) });
spec('data-error.feature-name-wrong', { data: eng({ features: ['engine_hours', 'oil_temp', 'rpm_avg'] }), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(60, 32) });
// shape-mismatch
spec('shape-mismatch.three-certificates', { data: cert(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('shape-mismatch.price-two-outputs', { data: price(), layers: [d(16, 'relu'), d(2)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: price({ target: ['price_eur', 'marina_fee_eur'], features: CF.slice(0, 9) }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('shape-mismatch.iris-two-units', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(80, 16) });
// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', { data: claim(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: cert(), layers: [d(16, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('loss-activation-mismatch.relu-head-standard-target', { data: price(), layers: [d(24, 'relu'), d(1, 'relu')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('loss-activation-mismatch.sigmoid-head-standard-target', { data: eng(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(100, 16) });
spec('loss-activation-mismatch.mse-softmax-price', { data: price(), layers: [d(16, 'elu'), d(1, 'softmax')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
// init-symmetry
spec('init-symmetry.zeros-relu-hidden', { data: price(), layers: [d(16, 'relu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('init-symmetry.constant-tanh', { data: cert(), layers: [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(100, 32) });
spec('init-symmetry.zeros-two-sigmoid', { data: claim(), layers: [d(10, 'sigmoid', { init: 'zeros' }), d(10, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(100, 32) });
spec('init-symmetry.constant-elu-engine', { data: eng(), layers: [d(20, 'elu', { init: 'constant', value: 0.05 } as Obj), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(100, 16) });
// init-scale
spec('init-scale.normal-std-8-relu', { data: price(), layers: [d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(16, 'relu', { init: { name: 'normal', std: 8 } }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(100, 32) });
spec('init-scale.uniform-tiny-deep-tanh', { data: cert(), layers: [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(4, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(100, 32) });
spec('init-scale.normal-std-30-sigmoid', { data: claim(), layers: [d(16, 'sigmoid', { init: { name: 'normal', std: 30 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('init-scale.normal-std-1e-4-relu-sgd', { data: eng(), layers: [d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(1, 'linear', { init: { name: 'normal', std: 1e-4 } })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(100, 32) });
// no-nonlinearity
spec('no-nonlinearity.linear-stack-certificates', { data: cert(), layers: [d(32), d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('no-nonlinearity.linear-hidden-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) });
spec('no-nonlinearity.linear-hidden-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(24, 'linear', { init: 'he_normal' }), d(12), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(150, 32) });
spec('no-nonlinearity.linear-hidden-xor', { data: { builtin: 'xor', samples: 300 }, layers: [d(8), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(150, 16) });
// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', { data: claim(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 5 }, training: tr(60, 32) });
spec('lr-out-of-range.sgd-lr-80', { data: cert(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 80 }, training: tr(60, 32) });
spec('lr-out-of-range.rmsprop-lr-1e-9', { data: eng(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 1e-9 }, training: tr(60, 32) });
spec('lr-out-of-range.nesterov-lr-30', { data: price(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 30, momentum: 0.9, nesterov: true }, training: tr(60, 32) });
// dead-relu
spec('dead-relu.negative-bias-hidden', { data: price(), layers: [d(24, 'relu', { bias: -6 }), d(12, 'relu', { bias: -6 }), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('dead-relu.bias-minus-4-certificates', { data: cert(), layers: [d(32, 'relu', { bias: -4 }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9 }, training: tr(100, 32) });
spec('dead-relu.second-layer-bias', { data: eng(), layers: [d(16, 'relu'), d(16, 'relu', { bias: -10 }), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(100, 32) });
spec('dead-relu.sgd-big-step-kills', { data: claim(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 3 }, training: tr(80, 16) });
// exploding-gradient
spec('exploding-gradient.raw-price-target', { data: price({ normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001, momentum: 0.9 }, training: tr(60, 32) });
spec('exploding-gradient.raw-engine-features', { data: eng({ normalize: 'none' }), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(60, 32) });
spec('exploding-gradient.deep-relu-std-0.6', { data: price(), layers: [d(32, 'relu', { init: { name: 'normal', std: 0.6 } }), d(32, 'relu', { init: { name: 'normal', std: 0.6 } }), d(32, 'relu', { init: { name: 'normal', std: 0.6 } }), d(32, 'relu', { init: { name: 'normal', std: 0.6 } }), d(32, 'relu', { init: { name: 'normal', std: 0.6 } }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(60, 32) });
spec('exploding-gradient.raw-marina-fees-adam', { data: price({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(80, 32) });
// vanishing-gradient
spec('vanishing-gradient.ten-sigmoid-layers', { data: claim(), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(80, 32) });
spec('vanishing-gradient.eight-sigmoid-certificates', { data: cert(), layers: [...Array.from({ length: 8 }, () => d(16, 'sigmoid')), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.5 }, training: tr(80, 32) });
spec('vanishing-gradient.deep-tanh-small-normal', { data: eng(), layers: [...Array.from({ length: 7 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(80, 32) });
// nan-loss
spec('nan-loss.raw-price-sgd', { data: price({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(60, 32) });
spec('nan-loss.raw-engine-hours-momentum', { data: eng({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(8, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(60, 16) });
spec('nan-loss.raw-fees-full-batch', { data: price({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(8, 'leaky_relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02 }, training: tr(60, 480) });
// lr-too-high
spec('lr-too-high.adam-0.5-certificates', { data: cert(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.5 }, training: tr(80, 32) });
spec('lr-too-high.momentum-lr-1-claims', { data: claim(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 1.5, momentum: 0.9 }, training: tr(80, 32) });
spec('lr-too-high.rmsprop-0.2-moons', { data: { builtin: 'moons', samples: 300, noise: 0.2 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.2 }, training: tr(80, 32) });
spec('lr-too-high.sgd-0.8-price', { data: price(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.8 }, training: tr(80, 32) });
spec('lr-too-high.adam-0.3-engine', { data: eng(), layers: [d(24, 'elu'), d(24, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.3 }, training: tr(80, 16) });
// lr-too-low
spec('lr-too-low.sgd-1e-5-certificates', { data: cert(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1e-5 }, training: tr(100, 32) });
spec('lr-too-low.adam-1e-6-price', { data: price(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 1e-6 }, training: tr(100, 32) });
spec('lr-too-low.rmsprop-2e-6-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 2e-6 }, training: tr(100, 32) });
spec('lr-too-low.sgd-full-batch-engine', { data: eng(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.0005 }, training: tr(100, 300) });
// saturated-activation
spec('saturated-activation.raw-features-sigmoid', { data: claim({ normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('saturated-activation.raw-engine-tanh', { data: eng({ normalize: 'none' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(80, 32) });
spec('saturated-activation.bias-9-sigmoid', { data: cert(), layers: [d(24, 'sigmoid', { bias: 9 }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(80, 32) });
spec('saturated-activation.raw-students-tanh', { data: cert({ normalize: 'none' }), layers: [d(16, 'tanh'), d(8, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: tr(80, 32) });
// loss-plateau
spec('loss-plateau.weight-decay-one', { data: cert(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003, weightDecay: 1 }, training: tr(100, 32) });
spec('loss-plateau.dropout-0.95', { data: price(), layers: [d(32, 'relu'), drop(0.95), d(32, 'relu'), drop(0.95), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('loss-plateau.two-unit-bottleneck-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(2, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) });
spec('loss-plateau.weight-decay-sgd-engine', { data: eng(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 2 }, training: tr(100, 32) });
// oscillating-loss
spec('oscillating-loss.batch-one-sgd', { data: price(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.08 }, training: tr(60, 1) });
spec('oscillating-loss.momentum-0.99', { data: eng(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.99 }, training: tr(100, 300) });
spec('oscillating-loss.rmsprop-batch-4', { data: claim(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.05 }, training: tr(80, 4) });
spec('oscillating-loss.adam-full-batch-0.1', { data: cert(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.15 }, training: tr(100, 420) });

// ---------------- healthy ----------------
spec('ok.claims-adam-relu', { data: claim(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('ok.claims-sgd-momentum-tanh', { data: claim(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.claims-eu-export', { data: claim({ csv: '../data/charters-eu.csv' }), layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: tr(80, 64) });
spec('ok.claims-minmax-leaky', { data: claim({ normalize: 'minmax' }), layers: [d(24, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(100, 32) });
spec('ok.claims-batchnorm-dropout', { data: claim(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('ok.claims-nesterov-small-batch', { data: claim({ features: ['wind_forecast_kn', 'skipper_years', 'boat_length_ft', 'days'] }), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, training: tr(60, 8) });
spec('ok.price-adam-relu', { data: price(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('ok.price-sgd-linear-regression', { data: price(), layers: [d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02 }, training: tr(80, 32) });
spec('ok.price-rmsprop-elu-clip', { data: price(), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.002, clipNorm: 1 }, training: tr(100, 16) });
spec('ok.price-minmax-target', { data: price({ normalizeTarget: 'minmax', normalize: 'minmax' }), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(150, 32) });
spec('ok.price-eu-export-tanh', { data: price({ csv: '../data/charters-eu.csv' }), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003, weightDecay: 1e-4 }, training: tr(100, 32, { validationSplit: 0.15 }) });
spec('ok.price-batch-one-small-lr', { data: price({ features: ['boat_length_ft', 'cabins', 'days', 'season_week'] }), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.002 }, training: tr(30, 1) });
spec('ok.price-full-batch-adam', { data: price(), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.02 }, training: tr(300, 480) });
spec('ok.price-deep-batchnorm', { data: price(), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9 }, training: tr(60, 32) });
spec('ok.multi-target-price-fee', { data: price({ target: ['price_eur', 'marina_fee_eur'], features: CF.slice(0, 9) }), layers: [d(24, 'relu'), d(2)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('ok.certs-adam-relu', { data: cert(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('ok.certs-sgd-momentum-tanh', { data: cert(), layers: [d(24, 'tanh'), d(12, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.03, momentum: 0.9 }, training: tr(100, 32) });
spec('ok.certs-rmsprop-elu-val', { data: cert(), layers: [d(32, 'elu'), drop(0.1), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.certs-softmax-regression', { data: cert(), layers: [d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.02 }, training: tr(150, 64) });
spec('ok.certs-minmax-sigmoid-hidden', { data: cert({ normalize: 'minmax' }), layers: [d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 32) });
spec('ok.certs-nesterov-wd', { data: cert(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true, weightDecay: 5e-4 }, training: tr(100, 16) });
spec('ok.certs-lecun-deep', { data: cert(), layers: [d(16, 'tanh', { init: 'lecun_normal' }), d(16, 'tanh', { init: 'lecun_normal' }), d(16, 'tanh', { init: 'lecun_normal' }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.002 }, training: tr(100, 32) });
spec('ok.engine-adam-relu', { data: eng(), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(150, 16) });
spec('ok.engine-rmsprop-tanh', { data: eng(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(150, 32) });
spec('ok.engine-sgd-momentum-elu', { data: eng(), layers: [d(12, 'elu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(150, 16) });
spec('ok.engine-clip-wide', { data: eng(), layers: [d(64, 'relu', { init: 'he_uniform' }), drop(0.1), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.002, clipNorm: 5 }, training: tr(120, 32, { validationSplit: 0.2 }) });
spec('ok.engine-xavier-normal-minmax', { data: eng({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(16, 'tanh', { init: 'xavier_normal' }), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 32) });
spec('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(100, 16) });
spec('ok.iris-sgd-full-batch', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(10, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.2, momentum: 0.9 }, training: tr(200, 150) });
spec('ok.moons-adam-relu', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) });
spec('ok.circles-tanh-rmsprop', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.01 }, training: tr(200, 32) });
spec('ok.xor-sgd-momentum', { data: { builtin: 'xor', samples: 300 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(150, 16) });
spec('ok.spirals-deep-elu', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(48, 'elu'), d(48, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(300, 32) });
spec('ok.blobs-four-classes-sgd', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(100, 32) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(24, 'tanh'), d(24, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(200, 32) });
spec('ok.sine-sigmoid-deep-batchnorm', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'sigmoid', { batchNorm: true }), d(32, 'sigmoid', { batchNorm: true }), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 32) });
spec('ok.inline-wind-reef', { data: { inline: { x: [[5, 0], [8, 0], [12, 1], [15, 1], [18, 1], [22, 2], [25, 2], [28, 2], [10, 0], [20, 1], [30, 3], [6, 0], [14, 1], [26, 3], [17, 0], [23, 2]], y: ['full', 'full', 'full', 'reef1', 'reef1', 'reef2', 'reef2', 'reef2', 'full', 'reef1', 'reef2', 'full', 'full', 'reef2', 'reef1', 'reef2'] }, normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.03 }, training: tr(200, 16) });
spec('ok.inline-hull-speed', { data: { inline: { x: [[20], [25], [30], [33], [36], [40], [44], [48], [52], [56], [60], [28], [38], [46]], y: [5.7, 6.3, 6.9, 7.2, 7.5, 8.0, 8.4, 8.8, 9.2, 9.5, 9.9, 6.7, 7.8, 8.6] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(4, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.8 }, training: tr(200, 14) });
spec('ok.claims-wd-clip-rmsprop', { data: claim(), layers: [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.001, weightDecay: 1e-3, clipNorm: 2 }, training: tr(80, 32) });
spec('ok.certs-batch-two-sgd', { data: cert(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(50, 2) });
spec('ok.engine-deep-leaky-adam', { data: eng(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.001 }, training: tr(150, 32) });
spec('ok.price-uniform-init-small-lr-long', { data: price(), layers: [d(16, 'tanh', { init: { name: 'uniform', limit: 0.3 } }), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.0005 }, training: tr(400, 32) });
