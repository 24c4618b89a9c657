/**
 * Writes every candidate spec of blind296 into candidates/: `npx tsx test/faults-blind296/author.ts`.
 * Theme: rickshaw and pedicab operators (ride log, battery packs, maintenance sheet).
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
const put = (name: string, spec: object) => fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(spec, null, 2) + '\n');

const TRIP_F = ['distance_km', 'duration_min', 'passengers', 'luggage_kg', 'hill_grade_pct', 'temp_c', 'hour', 'driver_age', 'tourist_zone'];
const BAT_F = ['cycles', 'pack_age_months', 'km_today', 'load_kg_avg', 'ambient_c', 'charge_start_pct', 'shed'];
const BD_F = ['km_week', 'chain_wear_mm', 'tyre_psi', 'brake_pad_mm', 'days_since_service', 'rain_days'];
const fare = (extra: object = {}) => ({ csv: '../data/trips.csv', target: 'fare_inr', features: TRIP_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const tip = (extra: object = {}) => ({ csv: '../data/trips.csv', target: 'tip_given', features: TRIP_F, normalize: 'standard', ...extra });
const veh = (extra: object = {}) => ({ csv: '../data/trips.csv', target: 'vehicle', features: TRIP_F, normalize: 'standard', ...extra });
const bat = (extra: object = {}) => ({ csv: '../data/battery.tsv', target: 'range_left_km', features: BAT_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const bd = (extra: object = {}) => ({ csv: '../data/breakdowns.csv', target: 'breakdown', features: BD_F, normalize: 'standard', ...extra });
const D = (units: number, activation = 'linear', more: object = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, more: object = {}) => ({ epochs, batchSize, ...more });
const S = (name: string, data: object, layers: object[], loss: string, optimizer: object, training: object, seed = 296) =>
  put(name, { name, seed, data, layers, loss, optimizer, training });

// ---------------- faults ----------------
// invalid-spec
S('invalid-spec.optimizer-adamw', fare(), [D(16, 'relu'), D(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(100, 32));
S('invalid-spec.activation-gelu', tip(), [D(12, 'gelu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
S('invalid-spec.loss-keras-name', tip(), [D(8, 'relu'), D(1, 'sigmoid')], 'binary_crossentropy', { type: 'adam', lr: 0.003 }, tr(80, 32));
S('invalid-spec.dropout-percent', veh(), [D(24, 'relu'), drop(30), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(80, 32));
S('invalid-spec.validation-split-percent', bat(), [D(16, 'tanh'), D(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, tr(100, 16, { validationSplit: 20 }));
S('invalid-spec.init-typo', bd(), [D(8, 'relu', { init: 'kaiming_normal' }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
// data-error
S('data-error.missing-month-file', { ...fare(), csv: '../data/trips-2024-04.csv' }, [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('data-error.target-fare-renamed', { ...fare(), target: 'fare' }, [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('data-error.trip-id-as-feature', { ...tip(), features: ['trip_id', ...TRIP_F] }, [D(8, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
S('data-error.raw-app-log-gaps', { ...fare(), csv: '../data/trips-gaps.csv' }, [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('data-error.shared-drive-path', { ...bat(), csv: '../../../../../../srv/depot/battery.tsv' }, [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('data-error.vehicle-text-feature', { ...fare(), features: [...TRIP_F, 'vehicle'] }, [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
// shape-mismatch
S('shape-mismatch.vehicle-two-units', veh(), [D(16, 'relu'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(80, 32));
S('shape-mismatch.fare-and-duration-one-unit', { ...fare(), target: ['fare_inr', 'duration_min'], features: TRIP_F.filter((f) => f !== 'duration_min') }, [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('shape-mismatch.vehicle-four-units', veh(), [D(16, 'tanh'), D(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, tr(80, 16));
S('shape-mismatch.range-three-units', bat(), [D(12, 'relu'), D(3)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
// loss-activation-mismatch
S('loss-activation-mismatch.tip-bce-linear-head', tip(), [D(12, 'relu'), D(1)], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
S('loss-activation-mismatch.vehicle-cce-sigmoid-head', veh(), [D(16, 'relu'), D(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, tr(80, 32));
S('loss-activation-mismatch.fare-sigmoid-head-raw-target', { ...fare(), normalizeTarget: 'none' }, [D(16, 'relu'), D(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('loss-activation-mismatch.range-relu-head-standardised', bat(), [D(16, 'tanh'), D(1, 'relu', { init: 'he_normal', bias: -1 })], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('loss-activation-mismatch.breakdown-softmax-mse', bd(), [D(8, 'relu'), D(1, 'softmax')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(80, 32));
// init-symmetry
S('init-symmetry.fare-zeros-hidden', fare(), [D(16, 'tanh', { init: 'zeros' }), D(1, 'linear', { init: 'zeros' })], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(100, 32));
S('init-symmetry.tip-constant-tanh', tip(), [D(12, 'tanh', { init: 'constant', value: 0.1 }), D(12, 'tanh', { init: 'constant', value: 0.1 }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
S('init-symmetry.vehicle-constant-relu', veh(), [D(20, 'relu', { init: 'constant', value: 0.05 }), D(3, 'softmax', { init: 'constant', value: 0.05 })], 'cce', { type: 'rmsprop', lr: 0.002 }, tr(80, 16));
S('init-symmetry.battery-zeros-sigmoid', bat(), [D(10, 'sigmoid', { init: 'zeros' }), D(10, 'sigmoid', { init: 'zeros' }), D(1, 'linear', { init: 'zeros' })], 'mse', { type: 'adam', lr: 0.005 }, tr(100, 32));
// init-scale
S('init-scale.fare-std-5', fare(), [D(32, 'relu', { init: 'normal', std: 5 }), D(32, 'relu', { init: 'normal', std: 5 }), D(1, 'linear', { init: 'normal', std: 5 })], 'mse', { type: 'adam', lr: 0.001 }, tr(100, 32));
S('init-scale.tip-uniform-tiny-deep', tip(), [D(16, 'tanh', { init: 'uniform', limit: 1e-4 }), D(16, 'tanh', { init: 'uniform', limit: 1e-4 }), D(16, 'tanh', { init: 'uniform', limit: 1e-4 }), D(1, 'sigmoid', { init: 'uniform', limit: 1e-4 })], 'bce', { type: 'sgd', lr: 0.01 }, tr(100, 32));
S('init-scale.vehicle-std-20-tanh', veh(), [D(24, 'tanh', { init: 'normal', std: 20 }), D(3, 'softmax', { init: 'normal', std: 20 })], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(80, 32));
S('init-scale.breakdown-std-tiny-sgd', bd(), [D(16, 'relu', { init: 'normal', std: 1e-5 }), D(16, 'relu', { init: 'normal', std: 1e-5 }), D(1, 'sigmoid', { init: 'normal', std: 1e-5 })], 'bce', { type: 'sgd', lr: 0.01 }, tr(100, 32));
// no-nonlinearity
S('no-nonlinearity.vehicle-linear-stack', veh(), [D(32), D(32), D(16), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(120, 32));
S('no-nonlinearity.moons-linear-hidden', { builtin: 'moons', samples: 400, noise: 0.15 }, [D(16), D(16), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150, 32));
S('no-nonlinearity.circles-linear-hidden', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(24, 'linear', { init: 'he_normal' }), D(24, 'linear', { init: 'he_normal' }), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, tr(150, 16));
S('no-nonlinearity.fare-linear-batchnorm', fare(), [D(32, 'linear', { batchNorm: true }), D(32, 'linear', { batchNorm: true }), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
// lr-out-of-range
S('lr-out-of-range.fare-lr-zero', fare(), [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0 }, tr(100, 32));
S('lr-out-of-range.tip-negative-lr', tip(), [D(12, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: -0.01, momentum: 0.9 }, tr(80, 32));
S('lr-out-of-range.battery-rmsprop-lr-40', bat(), [D(16, 'relu'), D(1)], 'mse', { type: 'rmsprop', lr: 40 }, tr(100, 32));
S('lr-out-of-range.vehicle-adam-lr-100', veh(), [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 100 }, tr(80, 32));
// dead-relu
S('dead-relu.fare-negative-bias', fare(), [D(24, 'relu', { bias: -6 }), D(24, 'relu', { bias: -6 }), D(1)], 'mse', { type: 'adam', lr: 0.001 }, tr(100, 32));
S('dead-relu.battery-sgd-kick', bat(), [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.5 }, tr(100, 8));
S('dead-relu.tip-bias-minus-3', tip(), [D(16, 'relu', { bias: -3, init: 'he_uniform' }), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, tr(80, 32));
S('dead-relu.breakdown-raw-km-negative-bias', { ...bd(), normalize: 'none' }, [D(16, 'relu', { bias: -40 }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(80, 32));
// exploding-gradient
S('exploding-gradient.fare-raw-units-sgd', { ...fare(), normalize: 'none', normalizeTarget: 'none' }, [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.001 }, tr(60, 32));
S('exploding-gradient.battery-raw-cycles-deep', { ...bat(), normalize: 'none' }, [D(32, 'relu'), D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, tr(60, 32));
S('exploding-gradient.fare-deep-std-1', fare(), [D(32, 'relu', { init: 'normal', std: 1 }), D(32, 'relu', { init: 'normal', std: 1 }), D(32, 'relu', { init: 'normal', std: 1 }), D(32, 'relu', { init: 'normal', std: 1 }), D(1, 'linear', { init: 'normal', std: 1 })], 'mse', { type: 'sgd', lr: 0.001 }, tr(60, 32));
S('exploding-gradient.battery-raw-target-rmsprop', { ...bat(), normalize: 'none', normalizeTarget: 'none' }, [D(24, 'relu'), D(24, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.0005, momentum: 0.9 }, tr(60, 16));
// vanishing-gradient
S('vanishing-gradient.tip-deep-sigmoid', tip(), Array.from({ length: 8 }, () => D(16, 'sigmoid')).concat([D(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.05 }, tr(100, 32));
S('vanishing-gradient.vehicle-deep-tanh-small', veh(), Array.from({ length: 8 }, () => D(16, 'tanh', { init: 'normal', std: 0.05 })).concat([D(3, 'softmax')]), 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, tr(100, 32));
S('vanishing-gradient.battery-deep-sigmoid-xavier', bat(), Array.from({ length: 10 }, () => D(12, 'sigmoid', { init: 'xavier_normal' })).concat([D(1)]), 'mse', { type: 'sgd', lr: 0.01, momentum: 0.5 }, tr(100, 32));
S('vanishing-gradient.breakdown-deep-sigmoid-rmsprop', bd(), Array.from({ length: 7 }, () => D(10, 'sigmoid', { init: 'lecun_normal' })).concat([D(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.1 }, tr(100, 32));
// nan-loss
S('nan-loss.battery-raw-everything-sgd', { ...bat(), normalize: 'none', normalizeTarget: 'none' }, [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.05 }, tr(50, 32));
S('nan-loss.fare-raw-sgd-momentum', { ...fare(), normalize: 'none', normalizeTarget: 'none' }, [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(50, 16));
S('nan-loss.tip-sgd-lr-500', tip(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 500 }, tr(50, 32));
S('nan-loss.range-std-init-huge-lr', bat(), [D(32, 'relu', { init: 'normal', std: 3 }), D(32, 'relu', { init: 'normal', std: 3 }), D(1)], 'mse', { type: 'sgd', lr: 0.1 }, tr(50, 32));
// lr-too-high
S('lr-too-high.fare-adam-0.5', fare(), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.5 }, tr(100, 32));
S('lr-too-high.vehicle-sgd-2', veh(), [D(24, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 2, momentum: 0.9 }, tr(80, 32));
S('lr-too-high.battery-rmsprop-0.2', bat(), [D(24, 'relu'), D(24, 'relu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.2 }, tr(100, 32));
S('lr-too-high.tip-adam-1', tip(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 1 }, tr(80, 16));
S('lr-too-high.breakdown-nesterov-3', bd(), [D(16, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3, momentum: 0.9, nesterov: true }, tr(80, 32));
// lr-too-low
S('lr-too-low.fare-sgd-1e-5', fare(), [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 1e-5 }, tr(100, 32));
S('lr-too-low.vehicle-adam-1e-6', veh(), [D(24, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 1e-6 }, tr(100, 32));
S('lr-too-low.battery-rmsprop-2e-6', bat(), [D(16, 'tanh'), D(16, 'tanh'), D(1)], 'mse', { type: 'rmsprop', lr: 2e-6 }, tr(120, 32));
S('lr-too-low.tip-nesterov-1e-5-fullbatch', tip(), [D(12, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-5, momentum: 0.9, nesterov: true }, tr(150, 420));
// saturated-activation
S('saturated-activation.battery-raw-sigmoid', { ...bat(), normalize: 'none' }, [D(16, 'sigmoid'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('saturated-activation.fare-tanh-std-4', fare(), [D(24, 'tanh', { init: 'normal', std: 4 }), D(1)], 'mse', { type: 'adam', lr: 0.001 }, tr(100, 32));
S('saturated-activation.breakdown-raw-tanh', { ...bd(), normalize: 'none' }, [D(12, 'tanh'), D(12, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, tr(80, 32));
S('saturated-activation.tip-sigmoid-bias-8', tip(), [D(16, 'sigmoid', { bias: 8 }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, tr(80, 32));
// loss-plateau
S('loss-plateau.circles-sigmoid-sgd-slow', { builtin: 'circles', samples: 300, noise: 0.08 }, [D(4, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02 }, tr(150, 32));
S('loss-plateau.xor-two-tanh-tiny-init', { builtin: 'xor', samples: 200, noise: 0.1 }, [D(2, 'tanh', { init: 'normal', std: 0.001 }), D(1, 'sigmoid', { init: 'normal', std: 0.001 })], 'bce', { type: 'sgd', lr: 0.05 }, tr(150, 32));
S('loss-plateau.vehicle-heavy-weight-decay', veh(), [D(24, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003, weightDecay: 5 }, tr(100, 32));
S('loss-plateau.spirals-one-unit-bottleneck', { builtin: 'spirals', samples: 300, classes: 3 }, [D(32, 'relu'), D(1, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(150, 32));
// oscillating-loss
S('oscillating-loss.fare-sgd-momentum-099', fare(), [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.99 }, tr(100, 32));
S('oscillating-loss.tip-adam-batch-1', tip(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, tr(60, 1));
S('oscillating-loss.battery-rmsprop-batch-2', bat(), [D(24, 'relu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.03 }, tr(60, 2));
S('oscillating-loss.vehicle-sgd-fullbatch-big', veh(), [D(16, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 1.5 }, tr(100, 420));

// ---------------- healthy ----------------
S('ok.fare-relu-adam', fare(), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(120, 32));
S('ok.fare-elu-rmsprop-val', fare(), [D(24, 'elu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, tr(120, 16, { validationSplit: 0.2 }));
S('ok.fare-tanh-sgd-momentum', fare(), [D(16, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, tr(150, 32));
S('ok.fare-leaky-nesterov-bn', fare(), [D(32, 'leaky_relu', { batchNorm: true }), D(16, 'leaky_relu', { batchNorm: true }), D(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, tr(120, 32));
S('ok.fare-eu-export-minmax', { ...fare(), csv: '../data/trips-eu.csv', normalize: 'minmax' }, [D(24, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(150, 32));
S('ok.fare-plain-sgd-batch-8', fare(), [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.01 }, tr(100, 8));
S('ok.fare-linear-regression', fare(), [D(1)], 'mse', { type: 'adam', lr: 0.01 }, tr(150, 32));
S('ok.fare-dropout-weight-decay', fare(), [D(64, 'relu'), drop(0.2), D(32, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, tr(150, 32));
S('ok.fare-minmax-target-sigmoid-head', { ...fare(), normalizeTarget: 'minmax' }, [D(24, 'relu'), D(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.005 }, tr(200, 32));
S('ok.tip-relu-adam', tip(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('ok.tip-logistic-sgd', tip(), [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, tr(150, 32));
S('ok.tip-tanh-rmsprop-val', tip(), [D(12, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, tr(100, 16, { validationSplit: 0.25 }));
S('ok.tip-eu-export-nesterov', { ...tip(), csv: '../data/trips-eu.csv' }, [D(16, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, tr(100, 32));
S('ok.tip-batch-1-sgd', tip(), [D(8, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005 }, tr(40, 1));
S('ok.vehicle-relu-adam', veh(), [D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('ok.vehicle-deep-bn-sgd', veh(), [D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(16, 'relu', { batchNorm: true }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(80, 32));
S('ok.vehicle-tanh-rmsprop-dropout', veh(), [D(32, 'tanh'), drop(0.1), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, tr(100, 16));
S('ok.vehicle-fullbatch-adam', veh(), [D(24, 'elu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, tr(300, 420));
S('ok.vehicle-minmax-leaky-clip', { ...veh(), normalize: 'minmax' }, [D(32, 'leaky_relu'), D(16, 'leaky_relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005, clipNorm: 1 }, tr(120, 32));
S('ok.vehicle-softmax-regression', veh(), [D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.5 }, tr(120, 32));
S('ok.battery-relu-adam', bat(), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(120, 32));
S('ok.battery-tanh-nesterov', bat(), [D(16, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, tr(150, 16));
S('ok.battery-sigmoid-hidden-rmsprop', bat(), [D(16, 'sigmoid'), D(1)], 'mse', { type: 'rmsprop', lr: 0.005 }, tr(150, 32));
S('ok.battery-deep-elu-clip-val', bat(), [D(32, 'elu'), D(32, 'elu'), D(16, 'elu'), D(8, 'elu'), D(1)], 'mse', { type: 'adam', lr: 0.001, clipNorm: 5 }, tr(150, 32, { validationSplit: 0.2 }));
S('ok.battery-minmax-features-sgd', { ...bat(), normalize: 'minmax' }, [D(24, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(150, 32));
S('ok.battery-raw-target-adam', { ...bat(), normalizeTarget: 'none' }, [D(32, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.03 }, tr(300, 32));
S('ok.battery-fullbatch-rmsprop', bat(), [D(24, 'tanh'), D(1)], 'mse', { type: 'rmsprop', lr: 0.01 }, tr(400, 360));
S('ok.breakdown-relu-adam', bd(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('ok.breakdown-logistic-rmsprop', bd(), [D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, tr(100, 32));
S('ok.breakdown-elu-sgd-wd', bd(), [D(12, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 1e-3 }, tr(120, 32));
S('ok.moons-relu-adam', { builtin: 'moons', samples: 400, noise: 0.15 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150, 32));
S('ok.circles-tanh-sgd', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(12, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, tr(200, 32));
S('ok.spirals-deep-relu', { builtin: 'spirals', samples: 300, classes: 3 }, [D(64, 'relu'), D(64, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(300, 32));
S('ok.iris-small-rmsprop', { builtin: 'iris', normalize: 'standard' }, [D(8, 'tanh'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005 }, tr(150, 16));
S('ok.blobs-four-softmax-only', { builtin: 'blobs', samples: 400, classes: 4 }, [D(4, 'softmax')], 'cce', { type: 'adam', lr: 0.03 }, tr(100, 32));
S('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [D(32, 'tanh'), D(32, 'tanh'), D(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(300, 32));
S('ok.xor-sigmoid-hidden-momentum', { builtin: 'xor', samples: 200, noise: 0.1 }, [D(8, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, tr(300, 16));
S('ok.inline-tourist-tip-table', { inline: { x: [[1, 45], [0, 12], [1, 60], [0, 8], [1, 30], [0, 25], [1, 15], [0, 50], [1, 55], [0, 5], [1, 40], [0, 18]], y: [1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0] }, normalize: 'standard' }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, tr(200, 4));
S('ok.fare-sgd-clipnorm-fullbatch', fare(), [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.1, clipNorm: 2 }, tr(400, 420));
S('ok.breakdown-gaps-free-batch-1-adam', bd(), [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.0005 }, tr(40, 1));
S('ok.vehicle-eu-uniform-init', { ...veh(), csv: '../data/trips-eu.csv' }, [D(24, 'relu', { init: 'he_uniform' }), D(3, 'softmax', { init: 'lecun_normal' })], 'cce', { type: 'adam', lr: 0.003 }, tr(100, 32));
S('ok.tip-deep-leaky-bn-dropout', tip(), [D(32, 'leaky_relu', { batchNorm: true }), drop(0.2), D(16, 'leaky_relu', { batchNorm: true }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, tr(80, 64));

// second pass (added after the first observation, to reach the oscillating-loss and lr-too-high counts)
S('oscillating-loss.fare-rmsprop-0.05-batch-4', fare(), [D(24, 'relu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, tr(60, 4));
S('oscillating-loss.battery-adam-0.05-batch-2', bat(), [D(16, 'tanh'), D(1)], 'mse', { type: 'adam', lr: 0.05 }, tr(60, 2));
S('lr-too-high.fare-sgd-momentum-0.3', fare(), [D(16, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.9 }, tr(80, 16));
