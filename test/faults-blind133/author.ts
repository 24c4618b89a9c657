/**
 * Writes every candidate spec of blind fault set 133 (bus and coach operators) into candidates/:
 * `npx tsx test/faults-blind133/author.ts`. Intended faults are named `<code>.<slug>`, intended
 * healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');
const specs: Record<string, Json> = {};

function d(units: number, activation?: string, extra: Json = {}): Json {
  return activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });
function add(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  specs[file] = { name, seed: 133, data, layers, loss, optimizer, training, ...extra };
}

const BF = ['hour', 'peak', 'headway_min', 'population_500m', 'school_nearby', 'shelter', 'dist_centre_km'];
const brd = (x: Json = {}): Json => ({ csv: '../data/boardings.csv', target: 'boardings', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['avg_speed_kmh', 'passengers', 'stops_per_km', 'gradient_pct', 'ac_on', 'vehicle_age_y'];
const fuel = (x: Json = {}): Json => ({ csv: '../data/fuel.csv', target: 'fuel_l_100km', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const TF = ['rider_age', 'hour', 'trip_km', 'card_balance_cents', 'weekday'];
const fare = (x: Json = {}): Json => ({ csv: '../data/fare.csv', target: 'fare_type', features: TF, normalize: 'standard', ...x });
const KF = ['vehicle_age_y', 'km_since_service', 'ambient_c', 'engine_temp_c', 'door_cycles'];
const brk = (x: Json = {}): Json => ({ csv: '../data/breakdown.csv', target: 'breakdown', features: KF, normalize: 'standard', ...x });
const DF = ['route_km', 'stops', 'peak', 'rain_mm', 'speed_mph', 'bus_lane'];
const dly = (x: Json = {}): Json => ({ csv: '../data/delay.csv', target: 'delay_s', features: DF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A depot planner's notes: scheduled trip minutes and layover minutes -> the run made its next departure on time (1) or not (0).
const INLINE_LAYOVER = {
  inline: {
    x: [[30, 10], [45, 5], [60, 12], [35, 2], [50, 8], [70, 4], [40, 15], [55, 3], [25, 6], [65, 14], [80, 6], [32, 9], [48, 1], [58, 11], [75, 3], [28, 12], [42, 4], [62, 7], [36, 5], [90, 15]],
    y: [1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillating-loss first
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-fuel', 'fuel-l100', fuel(), [d(1)], 'mse', mom(0.05, 0.99), tr(200, 900));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-km-mph', 'fuel-l100', fuel({ features: ['avg_speed_kmh', 'avg_speed_mph', 'passengers', 'stops_per_km', 'gradient_pct'] }), [d(1)], 'mse', sgd(0.95), tr(150, 900));
add('oscillating-loss.nesterov-0.98-lr-0.3-batch-950-delay', 'delay-seconds', dly(), [d(16, 'tanh'), d(1)], 'mse', nest(0.3, 0.98), tr(200, 950));
add('oscillating-loss.adam-0.08-batch-4-boardings', 'stop-boardings', brd(), [d(32, 'relu'), d(1)], 'mse', adam(0.08), tr(40, 4));
add('oscillating-loss.sgd-1.5-batch-2-logistic-layover', 'layover', INLINE_LAYOVER, [d(1, 'sigmoid')], 'bce', sgd(1.5), tr(200, 2));
add('oscillating-loss.rmsprop-0.05-full-batch-sine', 'timetable-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(300, 250));
add('oscillating-loss.momentum-0.95-lr-0.8-blobs4', 'depot-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.8, 0.95), tr(100, 400));
add('oscillating-loss.minmax-sgd-3-full-batch-linear-boardings', 'stop-boardings', brd({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(1)], 'mse', sgd(3), tr(200, 1000));

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adamw', 'stop-boardings', brd(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'fare-type', fare(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-delay', 'delay-seconds', dly(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'breakdown-flag', brk(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 0));
add('invalid-spec.units-zero-hidden', 'fuel-l100', fuel(), [d(0, 'relu'), d(1)], 'mse', nest(0.01), tr(60));

add('data-error.na-headway', 'stop-boardings-na', brd({ csv: '../data/boardings-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.vehicle-id-feature-fuel', 'fuel-l100', fuel({ features: ['vehicle_id', ...FF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.gps-obs-ts-feature', 'stop-boardings', brd({ features: ['obs_ts', ...BF] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.route-id-feature-delay', 'delay-seconds', dly({ features: ['route_id', ...DF] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.target-typo-fare-class', 'fare-type', fare({ target: 'fare_class' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.depot-feature-breakdown', 'breakdown-flag', brk({ features: ['depot', ...KF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.fare-four-heads-no-staff', 'fare-type', fare(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.breakdown-two-sigmoid-heads', 'breakdown-flag', brk(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.delay-s-and-min-one-output', 'delay-seconds', dly({ target: ['delay_s', 'delay_min'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'depot-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.1), tr(60));

add('loss-activation-mismatch.relu-output-cce-fare', 'fare-type', fare(), [d(32, 'relu'), d(5, 'relu')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-moons', 'route-moons', MOONS, [d(32, 'relu'), d(1, 'tanh')], 'bce', adam(0.005), tr(100));
add('loss-activation-mismatch.relu-head-standardized-fuel', 'fuel-l100', fuel(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.softmax-single-unit-mse-boardings', 'stop-boardings', brd(), [d(32, 'relu'), d(1, 'softmax')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-delay', 'delay-seconds', dly(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-two-linear-adam', 'ring-road-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('no-nonlinearity.xor-linear-rmsprop-batch-1', 'two-depot-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', rms(0.001), tr(30, 1));
add('no-nonlinearity.spirals-four-linear-dropout', 'route-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(64), d(1, 'sigmoid')], 'bce', adam(0.003), tr(150));
add('no-nonlinearity.moons-linear-nesterov-full-batch', 'route-moons', MOONS, [d(16), d(1, 'sigmoid')], 'bce', nest(0.1), tr(200, 400));

add('lr-out-of-range.adam-lr-20-breakdown', 'breakdown-flag', brk(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(20), tr(30));
add('lr-out-of-range.rmsprop-1e-8-fare', 'fare-type', fare(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(1e-8), tr(40));
add('lr-out-of-range.nesterov-lr-25-boardings', 'stop-boardings', brd(), [d(32, 'relu'), d(1)], 'mse', nest(25), tr(20));
add('lr-out-of-range.sgd-negative-fuel', 'fuel-l100', fuel(), [d(16, 'elu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-delay', 'delay-seconds', dly(), [d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.3-tanh-adam-fare', 'fare-type', fare(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-sigmoid-momentum-circles', 'ring-road-circles', CIRCLES, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.1), tr(150));
add('init-symmetry.constant-0.5-elu-spirals', 'route-spirals', SPIRALS, [d(64, 'elu', init('constant', { value: 0.5 })), d(64, 'elu', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', adam(0.005), tr(150));

add('init-scale.normal-std-4-relu-fuel', 'fuel-l100', fuel(), [d(64, 'relu', init('normal', { std: 4 })), d(64, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-6-sigmoid-breakdown', 'breakdown-flag', brk(), [d(48, 'sigmoid', init('uniform', { limit: 6 })), d(48, 'sigmoid', init('uniform', { limit: 6 })), d(1, 'sigmoid', init('uniform', { limit: 6 }))], 'bce', nest(0.01), tr(40));
add('init-scale.normal-1e-5-six-relu-boardings', 'stop-boardings', brd(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', rms(0.0005), tr(60));
add('init-scale.uniform-1e-4-tanh-spirals', 'route-spirals', SPIRALS, [...tower(5, 32, 'tanh', init('uniform', { limit: 0.0001 })), d(1, 'sigmoid', init('uniform', { limit: 0.0001 }))], 'bce', sgd(0.1), tr(100, 16));
add('init-scale.normal-std-10-elu-iris', 'iris-demo', IRIS, [d(32, 'elu', init('normal', { std: 10 })), d(32, 'elu', init('normal', { std: 10 })), d(3, 'softmax', init('normal', { std: 10 }))], 'cce', sgd(0.01), tr(60, 16));

add('dead-relu.bias-minus-8-nesterov-fuel', 'fuel-l100', fuel(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.bias-minus-4-three-layer-moons-sgd', 'route-moons', MOONS, [...tower(3, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(100));
add('dead-relu.adam-1-batch-16-delay', 'delay-seconds', dly(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(1), tr(20, 16));
add('dead-relu.bias-minus-6-he-uniform-fare', 'fare-type', fare(), [d(128, 'relu', { init: 'he_uniform', bias: -6 }), d(5, 'softmax')], 'cce', rms(0.001), tr(50));
add('dead-relu.sgd-2-batch-1-boardings', 'stop-boardings', brd(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(2), tr(3, 1));

add('exploding-gradient.raw-boardings-features-sgd-momentum', 'stop-boardings-raw', brd({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001), tr(30));
add('exploding-gradient.raw-odometer-breakdown-adam', 'breakdown-raw', brk({ normalize: 'none', features: ['vehicle_age_y', 'odometer_km', 'km_since_service', 'engine_temp_c'] }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(30));
add('exploding-gradient.raw-fuel-target-rmsprop', 'fuel-raw-target', fuel({ normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.01), tr(40));
add('exploding-gradient.ten-relu-std-0.5-fare', 'fare-type', fare(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(5, 'softmax')], 'cce', adam(0.0005), tr(30));
add('exploding-gradient.raw-card-balance-fare-sgd', 'fare-raw', fare({ normalize: 'none' }), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(0.001), tr(30, 16));

add('vanishing-gradient.eight-sigmoid-momentum-fuel', 'fuel-l100', fuel(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.twelve-tanh-lecun-std-small-delay', 'delay-seconds', dly(), [...tower(12, 24, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.nine-sigmoid-sgd-circles', 'ring-road-circles', CIRCLES, [...tower(9, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));
add('vanishing-gradient.seven-sigmoid-rmsprop-fare', 'fare-type', fare(), [...tower(7, 32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', rms(0.0005), tr(50));

add('nan-loss.raw-delay-seconds-sgd', 'delay-raw-target', dly({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.rmsprop-5-fuel', 'fuel-l100', fuel(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(5), tr(20));
add('nan-loss.raw-odometer-nesterov-linear', 'fuel-raw', fuel({ normalize: 'none', features: ['odometer_km', 'passengers', 'stops_per_km'] }), [d(16, 'linear'), d(1)], 'mse', nest(0.0001), tr(20));
add('nan-loss.sgd-10-full-batch-elu-boardings', 'stop-boardings', brd(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', sgd(10), tr(20, 1000));
add('nan-loss.momentum-0.95-lr-1-sine-batch-8', 'timetable-sine', SINE, [d(64, 'relu'), d(1)], 'mse', mom(1, 0.95), tr(20, 8));

add('saturated-activation.tanh-raw-balance-fare', 'fare-raw', fare({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.sigmoid-bias-8-boardings', 'stop-boardings', brd(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', sgd(0.05), tr(60));
add('saturated-activation.tanh-raw-odometer-breakdown', 'breakdown-raw', brk({ normalize: 'none', features: ['vehicle_age_y', 'odometer_km', 'km_since_service', 'engine_temp_c'] }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.sigmoid-raw-door-cycles-nesterov', 'breakdown-raw', brk({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('saturated-activation.tanh-std-4-delay', 'delay-seconds', dly(), [d(64, 'tanh', init('normal', { std: 4 })), d(1)], 'mse', mom(0.005), tr(60));

add('lr-too-high.adam-0.5-fare', 'fare-type', fare(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.5), tr(40));
add('lr-too-high.rmsprop-0.1-boardings', 'stop-boardings', brd(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(40));
add('lr-too-high.sgd-8-moons', 'route-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(8), tr(60, 16));
add('lr-too-high.nesterov-0.5-breakdown', 'breakdown-flag', brk(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.5, 0.9), tr(40));
add('lr-too-high.adam-0.3-batch-8-iris', 'iris-demo', IRIS, [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.3), tr(60, 8));

add('lr-too-low.sgd-1e-5-fuel', 'fuel-l100', fuel(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-fare', 'fare-type', fare(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.000001), tr(50));
add('lr-too-low.rmsprop-1e-6-spirals', 'route-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(100));
add('lr-too-low.momentum-1e-5-full-batch-delay', 'delay-seconds', dly(), [d(32, 'elu'), d(1)], 'mse', mom(0.00001), tr(100, 950));
add('lr-too-low.nesterov-1e-4-full-batch-circles', 'ring-road-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.0001), tr(100, 300));

add('loss-plateau.validator-serial-only-fare', 'fare-type', fare({ features: ['validator_serial'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.weight-decay-1-rmsprop-fuel', 'fuel-l100', fuel(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 1 }), tr(60));
add('loss-plateau.dropout-0.95-boardings', 'stop-boardings', brd(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.hour-and-weekday-only-delay', 'delay-seconds', dly({ features: ['rain_mm'] , target: 'delay_s'}), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.clipnorm-1e-7-nesterov-breakdown', 'breakdown-flag', brk(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.01, 0.9, { clipNorm: 1e-7 }), tr(40));

add('oscillating-loss.momentum-0.99-lr-0.02-full-batch-linear-delay', 'delay-seconds', dly(), [d(1)], 'mse', mom(0.02, 0.99), tr(200, 950));
add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-softmax-fare', 'fare-type', fare(), [d(5, 'softmax')], 'cce', nest(0.1, 0.99), tr(200, 1000));
add('oscillating-loss.sgd-plain-0.9-full-batch-linear-km-mph', 'fuel-l100', fuel({ features: ['avg_speed_kmh', 'avg_speed_mph', 'passengers', 'stops_per_km', 'gradient_pct'] }), [d(1)], 'mse', sgd(0.9), tr(150, 900));
add('oscillating-loss.adam-0.1-batch-1000-relu-boardings', 'stop-boardings', brd(), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(200, 1000));
add('oscillating-loss.rmsprop-0.02-batch-16-fuel', 'fuel-l100', fuel(), [d(32, 'relu'), d(1)], 'mse', rms(0.02), tr(60, 16));
add('lr-too-high.momentum-0.5-batch-16-fuel', 'fuel-l100', fuel(), [d(32, 'tanh'), d(1)], 'mse', mom(0.5), tr(40, 16));
add('lr-too-high.rmsprop-0.05-fare', 'fare-type', fare(), [d(64, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(40));
add('lr-too-high.adam-0.1-batch-8-delay', 'delay-seconds', dly(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.1), tr(40, 8));

// ---------------------------------------------------------------- healthy
add('ok.boardings-adam-relu', 'stop-boardings', brd(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.boardings-rmsprop-elu-val', 'stop-boardings', brd(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.boardings-minmax-nesterov-tanh', 'stop-boardings', brd({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(80));
add('ok.boardings-sgd-plain-leaky-batch-1', 'stop-boardings', brd(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.002), tr(8, 1));
add('ok.fuel-adam-relu-dropout', 'fuel-l100', fuel(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.fuel-momentum-tanh-lecun', 'fuel-l100', fuel(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.fuel-minmax-target-rmsprop-bn', 'fuel-l100', fuel({ normalizeTarget: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', rms(0.002), tr(80));
add('ok.fuel-adam-elu-clip-decay', 'fuel-l100', fuel(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.002, { clipNorm: 1, weightDecay: 0.0001 }), tr(60));
add('ok.fuel-sgd-plain-sigmoid-batch-8', 'fuel-l100', fuel(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60, 8));
add('ok.fuel-linear-regression-sgd-full-batch', 'fuel-l100', fuel(), [d(1)], 'mse', sgd(0.1), tr(200, 900));
add('ok.fare-adam-relu', 'fare-type', fare(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.fare-rmsprop-tanh-batch-64', 'fare-type', fare(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.003), tr(80, 64));
add('ok.fare-nesterov-elu-bn-dropout', 'fare-type', fare(), [d(64, 'elu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', nest(0.05), tr(60));
add('ok.fare-minmax-momentum-leaky-he-uniform', 'fare-type', fare({ normalize: 'minmax' }), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', mom(0.1), tr(100));
add('ok.breakdown-adam-relu', 'breakdown-flag', brk(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.breakdown-rmsprop-tanh-val', 'breakdown-flag', brk(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 32, { validationSplit: 0.25 }));
add('ok.breakdown-logistic-sgd-batch-16', 'breakdown-flag', brk(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 16));
add('ok.delay-adam-relu', 'delay-seconds', dly(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.delay-log-minutes-rmsprop-elu', 'delay-minutes', dly({ target: 'delay_min' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.delay-nesterov-tanh-batch-128', 'delay-seconds', dly(), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', nest(0.02), tr(100, 128));
add('ok.delay-adam-bn-deep-xavier-normal', 'delay-seconds', dly(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', adam(0.002), tr(60, 64));
add('ok.iris-adam-elu', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-tanh-batch-4', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.05), tr(100, 4));
add('ok.moons-rmsprop-relu', 'route-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));
add('ok.moons-momentum-leaky-batch-16', 'route-moons', MOONS, [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(120, 16));
add('ok.circles-adam-tanh', 'ring-road-circles', CIRCLES, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn-full-batch', 'ring-road-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.1), tr(300, 300));
add('ok.spirals-adam-relu-deep', 'route-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'depot-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.blobs4-adam-softmax-only', 'depot-blobs', BLOBS4, [d(4, 'softmax')], 'cce', adam(0.02), tr(100, 400));
add('ok.sine-adam-tanh', 'timetable-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-rmsprop-elu-dropout', 'timetable-sine', SINE, [d(64, 'elu'), drop(0.05), d(1)], 'mse', rms(0.003), tr(300, 32));
add('ok.xor-adam-relu-he-uniform', 'two-depot-xor', XOR, [d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-tanh-xavier-normal', 'two-depot-xor', XOR, [d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', mom(0.1), tr(150));
add('ok.layover-inline-adam-tanh', 'layover', INLINE_LAYOVER, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 20));
add('ok.layover-inline-rmsprop-relu-batch-4', 'layover', INLINE_LAYOVER, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 4));
add('ok.boardings-adam-sigmoid-full-batch', 'stop-boardings', brd(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(400, 1000));
add('ok.breakdown-nesterov-elu-decay', 'breakdown-flag', brk(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.02, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.fuel-km-and-mph-adam-tanh', 'fuel-l100', fuel({ features: ['avg_speed_kmh', 'avg_speed_mph', 'passengers', 'stops_per_km', 'gradient_pct', 'ac_on', 'vehicle_age_y'] }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.iris-rmsprop-relu-val', 'iris-demo', IRIS, [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(100, 16, { validationSplit: 0.2 }));
add('ok.spirals-rmsprop-tanh-batch-8', 'route-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(200, 8));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
