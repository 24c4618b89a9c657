/**
 * Writes every candidate spec of fault set blind268 into candidates/: `npx tsx test/faults-blind268/author.ts`.
 * Theme: model-rocketry clubs (launch logs, recovery, flight outcomes) and hobby rocket suppliers
 * (order shipping, motor test-stand data).
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
let count = 0;
function put(file: string, spec: J): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name: file.split('.').slice(1).join('-'), ...spec }, null, 2) + '\n');
  count++;
}

const APO = ['total_impulse_ns', 'liftoff_mass_g', 'body_diameter_mm', 'fin_count', 'wind_kph', 'air_temp_c', 'humidity_pct'];
const OUT = [...APO, 'ejection_delay_s'];
const ORD = ['order_value_usd', 'item_count', 'hazmat_motor_count', 'ship_distance_km', 'customer_tenure_months', 'club_account', 'backorder_items'];
const STAND = ['propellant_g', 'casing_mm', 'burn_time_s', 'peak_thrust_n', 'avg_thrust_n', 'nozzle_throat_mm', 'grain_count'];

const apogee = (extra: J = {}) => ({ csv: '../data/flights.csv', target: 'apogee_m', features: APO, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const outcome = (extra: J = {}) => ({ csv: '../data/flights.csv', target: 'outcome', features: OUT, normalize: 'standard', ...extra });
const recovery = (extra: J = {}) => ({ csv: '../data/flights.csv', target: 'recovery_ok', features: OUT, normalize: 'standard', ...extra });
const late = (extra: J = {}) => ({ csv: '../data/orders.tsv', target: 'shipped_late', features: ORD, normalize: 'standard', ...extra });
const shipDays = (extra: J = {}) => ({ csv: '../data/orders.tsv', target: 'ship_days', features: ORD, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const stand = (extra: J = {}) => ({ csv: '../data/stand.csv', target: 'total_impulse_ns', features: STAND, normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation: string, extra: J = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const adam = (lr: number, extra: J = {}) => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: J = {}) => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: J = {}) => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}) => ({ epochs, batchSize, ...extra });

// ---------------------------------------------------------------- faults
// invalid-spec
put('invalid-spec.adamw-optimizer', { data: apogee(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(80, 32) });
put('invalid-spec.relu-camelcase', { data: outcome(), layers: [d(24, 'ReLu'), d(12, 'ReLu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('invalid-spec.keras-loss-name', { data: recovery(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: adam(0.005), training: tr(60, 16) });
put('invalid-spec.dropout-percent', { data: late(), layers: [d(16, 'relu'), drop(25), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('invalid-spec.validation-split-whole', { data: stand(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(60, 16, { validationSplit: 1 }) });
put('invalid-spec.init-glorot', { data: shipDays(), layers: [d(16, 'tanh', { init: 'glorot_uniform' }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });

// data-error
put('data-error.target-without-unit', { data: { ...apogee(), target: 'apogee' }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.motor-class-as-feature', { data: { ...apogee(), features: [...APO, 'motor_class'] }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.rso-gaps', { data: { ...recovery(), csv: '../data/flights-gaps.csv' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.next-season-log', { data: { ...outcome(), csv: '../data/flights-2024.csv' }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.shared-drive-path', { data: { ...stand(), csv: '../../../../../../club-share/stand.csv' }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.launch-date-feature', { data: { ...recovery(), features: ['launch_date', ...OUT] }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });

// shape-mismatch
put('shape-mismatch.three-outcomes', { data: outcome(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.two-unit-recovery', { data: recovery(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.impulse-and-burn', { data: { ...stand(), target: ['total_impulse_ns', 'burn_time_s'], features: STAND.filter((f) => f !== 'burn_time_s') }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.motor-class-five-units', { data: { csv: '../data/flights.csv', target: 'motor_class', features: ['total_impulse_ns', 'liftoff_mass_g', 'body_diameter_mm'], normalize: 'standard' }, layers: [d(16, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });

// loss-activation-mismatch
put('loss-activation-mismatch.sigmoid-head-cce', { data: outcome(), layers: [d(24, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.linear-head-bce', { data: late(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.softmax-regression', { data: stand(), layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.relu-head-standardised', { data: apogee(), layers: [d(24, 'relu'), d(12, 'relu'), d(1, 'relu')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-activation-mismatch.tanh-head-bce', { data: recovery(), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.softmax-mse-outcome', { data: { ...outcome() }, layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });

// init-symmetry
put('init-symmetry.zeros-hidden', { data: outcome(), layers: [d(24, 'tanh', { init: 'zeros' }), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('init-symmetry.constant-point-one', { data: shipDays(), layers: [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(16, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 16) });
put('init-symmetry.all-zeros-sigmoid', { data: late(), layers: [d(12, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: rms(0.003), training: tr(80, 32) });
put('init-symmetry.constant-relu', { data: stand(), layers: [d(32, 'relu', { init: 'constant', value: 0.05 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });

// init-scale
put('init-scale.std-eight-tanh', { data: recovery(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 8 } }), d(16, 'tanh', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('init-scale.tiny-uniform-deep', { data: outcome(), layers: [d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(4, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 32) });
put('init-scale.std-fifty-relu', { data: apogee(), layers: [d(24, 'relu', { init: 'normal', std: 50 }), d(12, 'relu', { init: 'normal', std: 50 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('init-scale.limit-ten-sigmoid', { data: late(), layers: [d(16, 'sigmoid', { init: 'uniform', limit: 10 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1), training: tr(80, 16) });

// no-nonlinearity
put('no-nonlinearity.linear-stack-outcome', { data: outcome(), layers: [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('no-nonlinearity.moons-linear-hidden', { seed: 268, data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('no-nonlinearity.default-activation-stand', { data: stand(), layers: [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, { type: 'dense', units: 1 }], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('no-nonlinearity.circles-linear', { seed: 268, data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(24, 'linear'), d(12, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.005), training: tr(150, 32) });

// lr-out-of-range
put('lr-out-of-range.zero-rate', { data: apogee(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0), training: tr(80, 32) });
put('lr-out-of-range.negative-sgd', { data: late(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(-0.01), training: tr(80, 32) });
put('lr-out-of-range.adam-forty', { data: outcome(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(40), training: tr(80, 32) });
put('lr-out-of-range.rmsprop-hundred', { data: stand(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(100), training: tr(60, 32) });

// dead-relu
put('dead-relu.negative-bias-five', { data: apogee(), layers: [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(80, 32) });
put('dead-relu.sgd-kick', { data: shipDays(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.8), training: tr(80, 8) });
put('dead-relu.raw-features-bias', { data: { ...recovery(), normalize: 'none' }, layers: [d(24, 'relu', { bias: -3 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.001), training: tr(80, 32) });
put('dead-relu.minmax-negative-bias', { data: late({ normalize: 'minmax' }), layers: [d(24, 'relu', { bias: -2 }), d(24, 'relu', { bias: -2 }), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001), training: tr(80, 32) });

// exploding-gradient
put('exploding-gradient.raw-thrust-sgd', { data: stand({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: tr(60, 16) });
put('exploding-gradient.deep-std-one', { data: apogee(), layers: [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('exploding-gradient.raw-apogee-target', { data: apogee({ normalizeTarget: 'none' }), layers: [d(24, 'relu'), d(12, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('exploding-gradient.raw-order-dollars', { data: shipDays({ normalize: 'none' }), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.005, { momentum: 0.9, nesterov: true }), training: tr(60, 16) });

// vanishing-gradient
put('vanishing-gradient.sigmoid-eight-deep', { data: recovery(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: tr(80, 32) });
put('vanishing-gradient.tanh-small-normal', { data: outcome(), layers: [d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('vanishing-gradient.sigmoid-small-init-stand', { data: stand(), layers: [d(32, 'sigmoid', { init: 'normal', std: 0.02 }), d(32, 'sigmoid', { init: 'normal', std: 0.02 }), d(32, 'sigmoid', { init: 'normal', std: 0.02 }), d(32, 'sigmoid', { init: 'normal', std: 0.02 }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(80, 32) });
put('vanishing-gradient.moons-sigmoid-tower', { seed: 268, data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(100, 32) });

// nan-loss
put('nan-loss.raw-apogee-sgd-hot', { data: apogee({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(60, 32) });
put('nan-loss.rmsprop-raw-stand', { data: stand({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.95 }), training: tr(60, 8) });
put('nan-loss.order-dollars-batch1', { data: shipDays({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.02), training: tr(40, 1) });
put('nan-loss.huge-init-elu', { data: apogee({ normalizeTarget: 'none' }), layers: [d(32, 'elu', { init: 'normal', std: 1e6 }), d(32, 'elu', { init: 'normal', std: 1e6 }), d(1, 'linear', { init: 'normal', std: 1e6 })], loss: 'mse', optimizer: sgd(0.01), training: tr(40, 32) });

// lr-too-high
put('lr-too-high.adam-half-outcome', { data: outcome(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.5), training: tr(80, 32) });
put('lr-too-high.sgd-three-recovery', { data: recovery(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(3), training: tr(80, 16) });
put('lr-too-high.rmsprop-point-three', { data: apogee(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.3), training: tr(80, 32) });
put('lr-too-high.momentum-099-half', { data: shipDays(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.5, { momentum: 0.99 }), training: tr(80, 32) });
put('lr-too-high.adam-one-late', { data: late(), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(1), training: tr(80, 16) });

// lr-too-low
put('lr-too-low.sgd-1e-5', { data: apogee(), layers: [d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-5), training: tr(80, 32) });
put('lr-too-low.adam-1e-6', { data: outcome(), layers: [d(24, 'relu'), d(12, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-2e-6', { data: stand(), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(2e-6), training: tr(80, 16) });
put('lr-too-low.nesterov-1e-5-fullbatch', { data: late(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(1e-5, { momentum: 0.9, nesterov: true }), training: tr(100, 420) });
put('lr-too-low.sgd-1e-4-fullbatch-ship', { data: shipDays(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-4), training: tr(100, 420) });

// saturated-activation
put('saturated-activation.sigmoid-raw-orders', { data: late({ normalize: 'none' }), layers: [d(24, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('saturated-activation.tanh-raw-flights', { data: recovery({ normalize: 'none' }), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('saturated-activation.sigmoid-bias-ten', { data: outcome(), layers: [d(24, 'sigmoid', { bias: 10 }), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(80, 32) });
put('saturated-activation.tanh-raw-stand', { data: stand({ normalize: 'none' }), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(80, 32) });

// loss-plateau
put('loss-plateau.circles-sgd-fullbatch', { seed: 268, data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.02), training: tr(150, 300) });
put('loss-plateau.xor-sigmoid-sgd', { seed: 268, data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(4, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(150, 64) });
put('loss-plateau.spirals-narrow-sgd', { seed: 268, data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(6, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(150, 64) });
put('loss-plateau.outcome-sigmoid-fullbatch', { data: outcome(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(150, 480) });

// oscillating-loss
put('oscillating-loss.adam-batch1-apogee', { data: apogee(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.05), training: tr(60, 1) });
put('oscillating-loss.momentum-batch2-ship', { data: shipDays(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.95 }), training: tr(60, 2) });
put('oscillating-loss.rmsprop-batch4-stand', { data: stand(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.03), training: tr(60, 4) });
put('oscillating-loss.sgd-fullbatch-edge', { data: stand(), layers: [d(16, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.45), training: tr(80, 300) });

put('oscillating-loss.adam-batch2-tanh-ship', { data: shipDays(), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.03), training: tr(60, 2) });
put('oscillating-loss.rmsprop-batch1-apogee-tanh', { data: apogee(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.01), training: tr(40, 1) });
put('oscillating-loss.momentum-batch1-recovery', { data: recovery(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(60, 1) });
put('oscillating-loss.sgd-fullbatch-stand-035', { data: stand(), layers: [d(1, 'linear')], loss: 'mse', optimizer: sgd(0.9), training: tr(80, 300) });
put('lr-too-high.adam-point-two-tanh', { data: apogee(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.2), training: tr(80, 32) });
put('lr-too-high.rmsprop-point-one-leaky', { data: late(), layers: [d(24, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.1), training: tr(80, 32) });
put('lr-too-high.sgd-two-outcome-tanh', { data: outcome(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(2, { momentum: 0.5 }), training: tr(80, 16) });

put('oscillating-loss.adam-batch4-outcome-tanh', { data: outcome(), layers: [d(32, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.05), training: tr(60, 4) });
put('oscillating-loss.momentum-batch4-stand-tanh', { data: stand(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(60, 4) });
put('oscillating-loss.rmsprop-batch2-late', { data: late(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.05), training: tr(60, 2) });

// ---------------------------------------------------------------- healthy
put('ok.apogee-adam-relu', { data: apogee(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.apogee-eu-export', { data: { ...apogee(), csv: '../data/flights-eu.csv' }, layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(150, 32) });
put('ok.apogee-sgd-momentum', { data: apogee(), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(150, 16) });
put('ok.apogee-rmsprop-bn', { data: apogee(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(120, 32) });
put('ok.apogee-minmax-leaky', { data: apogee({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(200, 16) });
put('ok.apogee-nesterov-batch1', { data: apogee(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.003, { momentum: 0.9, nesterov: true }), training: tr(40, 1) });
put('ok.outcome-adam-dropout', { data: outcome(), layers: [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(200, 32, { validationSplit: 0.2 }) });
put('ok.outcome-rmsprop-tanh', { data: outcome(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(200, 32) });
put('ok.outcome-sgd-momentum-elu', { data: outcome(), layers: [d(32, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(250, 16) });
put('ok.outcome-eu-bn', { data: { ...outcome(), csv: '../data/flights-eu.csv' }, layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(150, 64) });
put('ok.recovery-adam-small', { data: recovery(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(150, 32) });
put('ok.recovery-sgd-tanh-batch8', { data: recovery(), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(200, 8) });
put('ok.recovery-weight-decay', { data: recovery(), layers: [d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003, { weightDecay: 1e-4 }), training: tr(150, 32, { validationSplit: 0.15 }) });
put('ok.late-adam-relu', { data: late(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(150, 32) });
put('ok.late-rmsprop-fullbatch', { data: late(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.01), training: tr(300, 420) });
put('ok.late-logistic', { data: late(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1), training: tr(150, 32) });
put('ok.late-nesterov-clip', { data: late(), layers: [d(24, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true, clipNorm: 1 }), training: tr(150, 16) });
put('ok.shipdays-adam', { data: shipDays(), layers: [d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(150, 32) });
put('ok.shipdays-linear-regression', { data: shipDays(), layers: [d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 32) });
put('ok.shipdays-rmsprop-dropout', { data: shipDays(), layers: [d(48, 'relu'), drop(0.1), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.shipdays-raw-target-adam', { data: shipDays({ normalizeTarget: 'none' }), layers: [d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.stand-adam-elu', { data: stand(), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
put('ok.stand-sgd-fullbatch', { data: stand(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(300, 300) });
put('ok.stand-minmax-rmsprop', { data: stand({ normalize: 'minmax' }), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.003), training: tr(200, 16) });
put('ok.stand-deep-he', { data: stand(), layers: [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(120, 32) });
put('ok.stand-lecun-sigmoid', { data: stand(), layers: [d(24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.motor-class-from-impulse', { data: { csv: '../data/flights.csv', target: 'motor_class', features: ['total_impulse_ns', 'liftoff_mass_g', 'body_diameter_mm'], normalize: 'standard' }, layers: [d(32, 'relu'), d(7, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.moons-adam', { seed: 268, data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('ok.circles-rmsprop-tanh', { seed: 268, data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.01), training: tr(200, 32) });
put('ok.spirals-adam-wide', { seed: 268, data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(300, 32) });
put('ok.iris-sgd', { seed: 268, data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: tr(150, 16) });
put('ok.blobs-four-adam', { seed: 268, data: { builtin: 'blobs', samples: 400, classes: 4 }, layers: [d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(100, 32) });
put('ok.sine-tanh-adam', { seed: 268, data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.xor-relu-rmsprop', { seed: 268, data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.01), training: tr(200, 32) });
put('ok.inline-parachute-size', { data: { inline: { x: [[100], [150], [200], [250], [300], [400], [500], [600], [800], [1000], [1200], [1500]], y: [30, 36, 42, 47, 52, 60, 67, 73, 85, 95, 104, 116] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.02), training: tr(400, 12) });
put('ok.inline-fin-flutter-class', { data: { inline: { x: [[1.5, 120], [2, 180], [3, 250], [1, 90], [4, 300], [2.5, 140], [1.2, 260], [3.5, 110], [2.2, 280], [0.8, 60], [3.2, 200], [1.8, 220]], y: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'flutter', 'ok', 'flutter', 'ok', 'ok', 'flutter'] }, normalize: 'standard' }, layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.05), training: tr(300, 12) });
put('ok.outcome-nesterov-deep-tanh', { data: outcome(), layers: [d(32, 'tanh'), d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.02, { momentum: 0.9, nesterov: true }), training: tr(200, 32) });
put('ok.apogee-adam-clip-wd', { data: apogee(), layers: [d(64, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.002, { clipNorm: 5, weightDecay: 1e-4 }), training: tr(150, 64, { validationSplit: 0.1 }) });
put('ok.late-sigmoid-hidden-sgd', { data: late(), layers: [d(12, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.5), training: tr(200, 32) });
put('ok.recovery-rmsprop-bn-dropout', { data: recovery(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.3), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.002), training: tr(150, 32) });
put('ok.stand-batch1-adam', { data: stand(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.0005), training: tr(40, 1) });
put('ok.shipdays-eight-layer-elu', { data: shipDays(), layers: [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(150, 32) });

console.log(`wrote ${count} candidates`);
