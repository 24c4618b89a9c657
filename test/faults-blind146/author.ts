/**
 * Writes every candidate spec of blind fault set 146 (taxi and ride-hail dispatch) into
 * candidates/: `npx tsx test/faults-blind146/author.ts`. Intended faults are named `<code>.<slug>`,
 * intended healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: 146, data, layers, loss, optimizer, training, ...extra };
}

const FF = ['hour', 'trip_km', 'trip_min', 'surge', 'passengers', 'airport'];
const fare = (x: Json = {}): Json => ({ csv: '../data/fares.csv', target: 'fare_usd', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const VF = ['party_size', 'bags', 'quote_usd', 'rider_rating', 'wheelchair', 'business_acct'];
const veh = (x: Json = {}): Json => ({ csv: '../data/vehicle.csv', target: 'vehicle_class', features: VF, normalize: 'standard', ...x });
const CF = ['pickup_km', 'trip_km', 'surge', 'driver_accept_rate', 'cash', 'wait_s'];
const canc = (x: Json = {}): Json => ({ csv: '../data/cancel.csv', target: 'cancelled_by_driver', features: CF, normalize: 'standard', ...x });
const TF = ['fare_usd', 'rating', 'night', 'card', 'wait_s'];
const tips = (x: Json = {}): Json => ({ csv: '../data/tips.csv', target: 'tip_usd', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const WF = ['idle_drivers', 'open_requests', 'rain', 'nearest_km'];
const wait = (x: Json = {}): Json => ({ csv: '../data/wait.csv', target: 'wait_s', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
// A night dispatcher's notebook: pickup distance (km) and surge -> driver accepted the offer (1) or not (0).
const INLINE_ACCEPT = {
  inline: {
    x: [[0.3, 1.0], [0.8, 1.0], [1.5, 1.1], [2.5, 1.0], [4.0, 1.0], [6.0, 1.2], [0.5, 1.8], [1.2, 2.0], [3.0, 2.2], [5.0, 2.5], [7.0, 1.1], [8.5, 1.3], [2.0, 1.5], [3.5, 1.4], [0.9, 1.3], [6.5, 2.8], [9.0, 1.0], [4.5, 1.9], [1.8, 1.0], [5.5, 1.5], [7.5, 2.4], [2.8, 1.2], [0.4, 1.6], [10.0, 2.0]],
    y: [1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'fare-usd', fare(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'vehicle-class', veh(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-tips', 'tip-usd', tips(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.embedding-driver-id', 'cancel-flag', canc(), [{ type: 'embedding', inputDim: 400, outputDim: 8 }, d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'pickup-wait', wait(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 0));

add('data-error.na-trip-km', 'fare-usd-na', fare({ csv: '../data/fares-na.csv' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.driver-id-feature', 'fare-usd', fare({ features: ['driver_id', ...FF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.request-ts-feature', 'fare-usd', fare({ features: ['request_ts', ...FF] }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(60));
add('data-error.trip-kms-typo', 'cancel-flag', canc({ features: ['pickup_km', 'trip_kms', 'surge', 'driver_accept_rate', 'cash', 'wait_s'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.tip-amount-target-typo', 'tip-usd', tips({ target: 'tip_amount' }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.capitalised-path', 'vehicle-class', veh({ csv: '../data/Vehicle.csv' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

add('shape-mismatch.vehicle-four-heads-no-wav', 'vehicle-class', veh(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.fare-usd-and-cents-one-output', 'fare-usd', fare({ target: ['fare_usd', 'trip_min'], features: ['hour', 'trip_km', 'surge', 'passengers', 'airport'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'zone-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.cancel-cce-one-unit', 'cancel-flag', canc(), [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.003), tr(40));

add('loss-activation-mismatch.relu-head-standardized-fare', 'fare-usd', fare(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-single-unit-bce-cancel', 'cancel-flag', canc(), [d(16, 'tanh'), d(1, 'softmax')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.tanh-head-bce-moons', 'zone-moons', MOONS, [d(32, 'relu'), d(1, 'tanh')], 'bce', adam(0.005), tr(100));
add('loss-activation-mismatch.softmax-single-unit-mse-wait', 'pickup-wait', wait(), [d(32, 'relu'), d(1, 'softmax')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-tips', 'tip-usd', tips(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', sgd(0.05, { momentum: 0.5 }), tr(60, 16));

add('no-nonlinearity.circles-three-linear-adam', 'zone-circles', CIRCLES, [d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('no-nonlinearity.spirals-linear-rmsprop', 'route-spirals', SPIRALS, [d(64, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150, 16));
add('no-nonlinearity.xor-linear-nesterov-full-batch', 'two-shift-xor', XOR, [d(16), d(16), d(1, 'sigmoid')], 'bce', nest(0.1), tr(300, 300));
add('no-nonlinearity.moons-linear-dropout-sgd', 'zone-moons', MOONS, [d(64), drop(0.2), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 8));
add('no-nonlinearity.sine-linear-adam', 'shift-sine', SINE, [d(32), d(32), d(1)], 'mse', adam(0.01), tr(200, 16));

add('lr-out-of-range.sgd-lr-40-fare', 'fare-usd', fare(), [d(32, 'relu'), d(1)], 'mse', sgd(40), tr(20));
add('lr-out-of-range.adam-1e-8-vehicle', 'vehicle-class', veh(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.00000001), tr(50));
add('lr-out-of-range.rmsprop-lr-3-cancel', 'cancel-flag', canc(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(3), tr(30));
add('lr-out-of-range.negative-lr-wait', 'pickup-wait', wait(), [d(32, 'relu'), d(1)], 'mse', mom(-0.01), tr(40));

// ---------------------------------------------------------------- probe-stage faults
add('init-symmetry.constant-0.3-tanh-circles', 'zone-circles', CIRCLES, [d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', adam(0.01), tr(150));
add('init-symmetry.zeros-sigmoid-rmsprop-spirals', 'route-spirals', SPIRALS, [d(32, 'sigmoid', { init: 'zeros' }), d(32, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.003), tr(150));
add('init-symmetry.constant-1-elu-vehicle-nesterov', 'vehicle-class', veh(), [d(32, 'elu', init('constant', { value: 0.1 })), d(5, 'softmax', init('constant', { value: 0.1 }))], 'cce', nest(0.01), tr(50));
add('init-symmetry.zeros-relu-adam-fare', 'fare-usd', fare(), [d(64, 'relu', { init: 'zeros' }), d(64, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));

add('init-scale.normal-std-4-relu-wait', 'pickup-wait', wait(), [...tower(3, 64, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-3-tanh-vehicle', 'vehicle-class', veh(), [d(64, 'tanh', init('uniform', { limit: 3 })), d(64, 'tanh', init('uniform', { limit: 3 })), d(5, 'softmax', init('uniform', { limit: 3 }))], 'cce', mom(0.01), tr(50));
add('init-scale.normal-1e-5-six-relu-moons', 'zone-moons', MOONS, [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'sigmoid', init('normal', { std: 0.00001 }))], 'bce', nest(0.02), tr(100));
add('init-scale.uniform-6-sigmoid-cancel', 'cancel-flag', canc(), [...tower(2, 32, 'sigmoid', init('uniform', { limit: 6 })), d(1, 'sigmoid', init('uniform', { limit: 6 }))], 'bce', rms(0.001), tr(40));
add('init-scale.normal-std-2-elu-tips', 'tip-usd', tips(), [...tower(3, 48, 'elu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', sgd(0.001), tr(40));

add('dead-relu.bias-minus-8-wait', 'pickup-wait', wait(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.adam-0.1-batch-4-fare', 'fare-usd', fare(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 4));
add('dead-relu.bias-minus-4-three-layer-vehicle-momentum', 'vehicle-class', veh(), [...tower(3, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('dead-relu.he-uniform-bias-minus-20-tips', 'tip-usd', tips(), [d(128, 'relu', { init: 'he_uniform', bias: -20 }), d(1)], 'mse', rms(0.001), tr(60));
add('dead-relu.sgd-plain-1-batch-1-wait', 'pickup-wait', wait(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.3), tr(5, 1));

add('exploding-gradient.raw-fare-cents-target-adam', 'fare-cents-raw', fare({ target: 'fare_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-request-epoch-cancel', 'cancel-raw', canc({ normalize: 'none', features: ['request_epoch', ...CF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(30));
add('exploding-gradient.raw-wait-seconds-target-rmsprop', 'wait-seconds-raw', wait({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-features-momentum-wait', 'pickup-wait-raw', wait({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.001), tr(30, 16));
add('exploding-gradient.ten-relu-std-0.5-adam-fare', 'fare-usd', fare(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0005), tr(30));

add('vanishing-gradient.eight-sigmoid-nesterov-full-batch-fare', 'fare-usd', fare(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', nest(0.05), tr(100, 1000));
add('vanishing-gradient.ten-tanh-std-0.03-cancel', 'cancel-flag', canc(), [...tower(10, 32, 'tanh', init('normal', { std: 0.03 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40));
add('vanishing-gradient.six-sigmoid-lecun-spirals', 'route-spirals', SPIRALS, [...tower(6, 32, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150, 16));
add('vanishing-gradient.twelve-sigmoid-rmsprop-vehicle', 'vehicle-class', veh(), [...tower(12, 24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));

add('nan-loss.momentum-lr-2-batch-16-fare', 'fare-usd', fare(), [d(32, 'tanh'), d(1)], 'mse', mom(2), tr(20, 16));
add('nan-loss.raw-fare-cents-target-sgd', 'fare-cents-raw', fare({ target: 'fare_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.constant-3-six-elu-tips', 'tip-usd', tips(), [...tower(6, 32, 'elu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.sgd-plain-5-full-batch-linear-wait', 'pickup-wait', wait(), [d(1)], 'mse', sgd(5), tr(60, 900));
add('nan-loss.rmsprop-5-batch-1-cancel', 'cancel-flag', canc(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(5), tr(3, 1));

add('saturated-activation.sigmoid-raw-wait-features', 'pickup-wait-raw', wait({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-quote-vehicle', 'vehicle-class-raw', veh({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-8-tips', 'tip-usd', tips(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.tanh-normal-std-3-fare', 'fare-usd', fare(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', sgd(0.01), tr(60));
add('saturated-activation.sigmoid-raw-wait-seconds-cancel', 'cancel-raw', canc({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));

// ---------------------------------------------------------------- training-stage faults
add('lr-too-high.sgd-plain-2-full-batch-tanh-fare', 'fare-usd', fare(), [d(32, 'tanh'), d(1)], 'mse', sgd(2), tr(100, 1000));
add('lr-too-high.adam-0.3-batch-16-vehicle', 'vehicle-class', veh(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(30, 16));
add('lr-too-high.nesterov-0.5-wait', 'pickup-wait', wait(), [d(32, 'elu'), d(1)], 'mse', nest(0.5), tr(30));
add('lr-too-high.rmsprop-0.05-batch-1-tips', 'tip-usd', tips(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(5, 1));
add('lr-too-high.momentum-0.9-lr-1-full-batch-moons', 'zone-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(1), tr(150, 400));
add('lr-too-high.sgd-plain-10-full-batch-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(10), tr(100, 150));
add('lr-too-high.adam-0.05-batch-2-cancel', 'cancel-flag', canc(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(10, 2));

add('lr-too-low.sgd-plain-1e-5-full-batch-fare', 'fare-usd', fare(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(100, 1000));
add('lr-too-low.nesterov-1e-6-full-batch-vehicle', 'vehicle-class', veh(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.000001), tr(100, 1000));
add('lr-too-low.adam-2e-6-cancel', 'cancel-flag', canc(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.000002), tr(40));
add('lr-too-low.rmsprop-1e-6-wait', 'pickup-wait', wait(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-5e-6-batch-8-tips', 'tip-usd', tips(), [d(32, 'relu'), d(1)], 'mse', mom(0.000005), tr(30, 8));

add('oscillating-loss.nesterov-0.97-lr-0.3-full-batch-linear-fare', 'fare-usd', fare(), [d(1)], 'mse', nest(0.3, 0.97), tr(150, 1000));
add('oscillating-loss.momentum-0.95-lr-0.5-full-batch-linear-wait', 'pickup-wait', wait(), [d(1)], 'mse', mom(0.5, 0.95), tr(150, 900));
add('oscillating-loss.km-miles-sgd-0.62-full-batch-linear-fare', 'fare-usd', fare({ features: ['trip_km', 'trip_miles', 'trip_min', 'surge'] }), [d(1)], 'mse', sgd(0.62), tr(150, 1000));
add('oscillating-loss.adam-0.08-full-batch-linear-tips', 'tip-usd', tips(), [d(1)], 'mse', adam(0.08), tr(150, 900));
add('oscillating-loss.rmsprop-0.02-full-batch-logistic-cancel', 'cancel-flag', canc(), [d(1, 'sigmoid')], 'bce', rms(0.02), tr(150, 1200));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-tanh-vehicle', 'vehicle-class', veh(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05, 0.99), tr(150, 1000));
add('oscillating-loss.sgd-plain-0.5-batch-64-linear-wait', 'pickup-wait', wait({ features: ['idle_drivers', 'open_requests', 'rain', 'nearest_km', 'hour'] }), [d(1)], 'mse', sgd(0.5), tr(100, 64));
add('oscillating-loss.nesterov-0.95-lr-3-logistic-accept', 'driver-accept', INLINE_ACCEPT, [d(1, 'sigmoid')], 'bce', nest(3, 0.95), tr(200, 24));
add('oscillating-loss.adam-0.03-batch-450-elu-wait', 'pickup-wait', wait(), [d(16, 'elu'), d(1)], 'mse', adam(0.03), tr(150, 450));

add('loss-plateau.app-build-only-vehicle', 'vehicle-class', veh({ features: ['app_build'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.request-epoch-only-cancel', 'cancel-flag', canc({ features: ['request_epoch'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.hour-only-wait', 'pickup-wait', wait({ features: ['hour'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-fare', 'fare-usd', fare(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-tips', 'tip-usd', tips(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.fare-adam-relu', 'fare-usd', fare(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.fare-linear-sgd-plain-full-batch', 'fare-usd', fare(), [d(1)], 'mse', sgd(0.1), tr(200, 1000));
add('ok.fare-nesterov-tanh-full-batch', 'fare-usd', fare(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05), tr(300, 1000));
add('ok.fare-miles-rmsprop-elu-val', 'fare-usd', fare({ features: ['hour', 'trip_miles', 'trip_min', 'surge', 'passengers', 'airport'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.fare-minmax-sgd-leaky-batch-1', 'fare-usd', fare({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.fare-momentum-sigmoid-decay', 'fare-usd', fare(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.fare-adam-bn-batch-128', 'fare-usd', fare(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.vehicle-adam-relu', 'vehicle-class', veh(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.vehicle-rmsprop-tanh-dropout', 'vehicle-class', veh(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.vehicle-momentum-full-batch-elu', 'vehicle-class', veh(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.1), tr(300, 1000));
add('ok.vehicle-sgd-plain-full-batch-softmax-regression', 'vehicle-class', veh(), [d(5, 'softmax')], 'cce', sgd(0.5), tr(300, 1000));
add('ok.vehicle-minmax-adam-bn-batch-64', 'vehicle-class', veh({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.vehicle-nesterov-leaky-batch-8-val', 'vehicle-class', veh(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', nest(0.01), tr(40, 8, { validationSplit: 0.15 }));
add('ok.cancel-adam-relu', 'cancel-flag', canc(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.cancel-logistic-sgd-plain-full-batch', 'cancel-flag', canc(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(300, 1200));
add('ok.cancel-nesterov-tanh-full-batch', 'cancel-flag', canc(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.2), tr(300, 1200));
add('ok.cancel-rmsprop-elu-clip', 'cancel-flag', canc({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.tips-adam-elu', 'tip-usd', tips(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.tips-rmsprop-relu-batch-256', 'tip-usd', tips(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.tips-momentum-tanh-lecun', 'tip-usd', tips(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(100));
add('ok.tips-minmax-target-adam-dropout', 'tip-usd', tips({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.tips-nesterov-relu-full-batch-deep', 'tip-usd', tips(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.05), tr(400, 900));
add('ok.wait-adam-tanh', 'pickup-wait', wait(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.wait-minutes-rmsprop-relu', 'pickup-wait', wait({ target: 'wait_min' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.wait-sgd-plain-elu-batch-4', 'pickup-wait', wait(), [d(16, 'elu'), d(1)], 'mse', sgd(0.01), tr(15, 4));
add('ok.wait-momentum-leaky-full-batch', 'pickup-wait', wait(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', mom(0.05, 0.9), tr(300, 900));
add('ok.wait-adam-bn-dropout-val', 'pickup-wait', wait(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.1), tr(300, 150));
add('ok.moons-adam-relu', 'zone-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-sgd-plain-tanh-full-batch', 'zone-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(1), tr(800, 400));
add('ok.circles-rmsprop-elu', 'zone-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-momentum-relu-bn-full-batch', 'zone-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.2), tr(400, 300));
add('ok.spirals-adam-tanh-deep', 'route-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'zone-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'shift-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'shift-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(500, 250));
add('ok.xor-adam-tanh', 'two-shift-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-nesterov-relu-xavier-normal', 'two-shift-xor', XOR, [d(16, 'relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.accept-inline-adam-tanh', 'driver-accept', INLINE_ACCEPT, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.fare-adam-he-normal-leaky-clip', 'fare-usd', fare(), [d(64, 'leaky_relu', { init: 'he_normal' }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.cancel-momentum-sigmoid-xavier-uniform', 'cancel-flag', canc(), [d(32, 'sigmoid', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(80));
add('ok.wait-nesterov-relu-decay', 'pickup-wait', wait(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.fare-sgd-plain-relu-deep-full-batch', 'fare-usd', fare(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.2), tr(400, 1000));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
