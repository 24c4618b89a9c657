/**
 * Writes every candidate spec of the fifty-second blind fault set into candidates/ (theme:
 * transport, traffic, mobility and telecom networks). Faulty candidates are named
 * `<code>.<slug>.nn.json` after the fault they were written for; healthy ones `<slug>.nn.json`.
 * Filing (faulty/, healthy/, dropped/) is done by write-manifest.py from what the bare engine did.
 *   npx tsx test/faults-blind52/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Json = Record<string, unknown>;
const specs: Record<string, Json> = {};
const add = (file: string, spec: Json) => {
  if (specs[file]) throw new Error(`duplicate ${file}`);
  specs[file] = { name: file.replace(/^[a-z-]+\./, ''), ...spec };
};

const csv = (file: string, target: string | string[], features?: string[], normalize = 'standard'): Json => ({
  csv: `../data/${file}`,
  target,
  ...(features ? { features } : {}),
  normalize,
});
const dense = (units: number, activation = 'linear', extra: Json = {}): Json => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const rmsprop = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const momentum = (lr: number, m = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum: m, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

const TRAVEL = ['distance_km', 'hour', 'rain_mm', 'weekend'];
const TRAVEL_OH = ['distance_km', 'h_night', 'h_am_peak', 'h_midday', 'h_pm_peak', 'h_evening', 'rain_mm', 'weekend'];
const BIKE = ['hour', 'workday', 'temp_c', 'humidity', 'wind_kmh'];
const DELAY = ['distance_km', 'stops', 'hour', 'precip_mm', 'load_factor', 'track_works'];
const VEH = ['axles', 'length_m', 'weight_kg', 'height_m', 'speed_kmh'];
const FUEL = ['speed_kmh', 'load_kg', 'slope_pct', 'ambient_c'];
const TAXI = ['distance_km', 'duration_min', 'passengers', 'hour', 'night', 'airport'];
const CHURN = ['minutes_month', 'dropped_calls', 'tenure_months', 'data_gb', 'support_calls'];
const LAT = ['packet_loss', 'hops', 'bandwidth_mbps', 'link_util'];
const CONG = ['hour', 'lanes', 'flow_veh_min', 'occupancy', 'incident'];

// =============================== healthy candidates ===============================================
add('travel-onehot-adam', {
  seed: 3, data: csv('travel.csv', 'travel_min', TRAVEL_OH),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: adam(0.01), training: train(150),
});
add('travel-hour-momentum-leaky', {
  seed: 4, data: csv('travel.csv', 'travel_min', TRAVEL),
  layers: [dense(24, 'leaky_relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: momentum(0.001, 0.9), training: train(120),
});
add('travel-minmax-rmsprop-elu', {
  seed: 5, data: csv('travel.csv', 'travel_min', TRAVEL_OH, 'minmax'),
  layers: [dense(16, 'elu'), dense(16, 'elu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: rmsprop(0.003), training: train(200, 16),
});
add('travel-batchnorm-large-batch', {
  seed: 6, data: csv('travel.csv', 'travel_min', TRAVEL_OH),
  layers: [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: adam(0.02), training: train(200, 128),
});
add('bikes-log-adam-dropout', {
  seed: 7, data: csv('bikes.csv', 'log_rentals', BIKE),
  layers: [dense(32, 'relu'), drop(0.1), dense(32, 'relu'), dense(1, 'linear', { bias: 2 })],
  loss: 'mse', optimizer: adam(0.005), training: train(200),
});
add('bikes-counts-adam-bias', {
  seed: 8, data: csv('bikes.csv', 'rentals', BIKE),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear', { bias: 25 })],
  loss: 'mse', optimizer: adam(0.02), training: train(200),
});
add('bikes-log-rmsprop-xavier', {
  seed: 9, data: csv('bikes.csv', 'log_rentals', BIKE),
  layers: [dense(32, 'tanh', { init: 'xavier_normal' }), dense(16, 'tanh', { init: 'xavier_normal' }), dense(1, 'linear', { bias: 2 })],
  loss: 'mse', optimizer: rmsprop(0.001), training: train(150, 32),
});
add('delays-adam-bce-val', {
  seed: 10, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(12, 'relu'), dense(1, 'sigmoid', { bias: -2 })],
  loss: 'bce', optimizer: adam(0.003, { weightDecay: 1e-3 }), training: train(60, 32, { validationSplit: 0.2 }),
});
add('delays-rmsprop-batchnorm', {
  seed: 11, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(16, 'relu', { batchNorm: true }), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: rmsprop(0.002), training: train(100, 64),
});
add('delays-sgd-plain', {
  seed: 12, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(12, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: sgd(0.1), training: train(200, 32),
});
add('vehicles-adam-cce', {
  seed: 13, data: csv('vehicles.csv', 'vehicle_type', VEH),
  layers: [dense(16, 'relu'), dense(4, 'softmax')],
  loss: 'cce', optimizer: adam(0.01), training: train(100),
});
add('vehicles-nesterov-tanh', {
  seed: 14, data: csv('vehicles.csv', 'vehicle_type', VEH),
  layers: [dense(24, 'tanh'), dense(12, 'tanh'), dense(4, 'softmax')],
  loss: 'cce', optimizer: momentum(0.01, 0.9, { nesterov: true }), training: train(60),
});
add('vehicles-minmax-leaky-wd', {
  seed: 15, data: csv('vehicles.csv', 'vehicle_type', VEH, 'minmax'),
  layers: [dense(32, 'leaky_relu'), dense(4, 'softmax')],
  loss: 'cce', optimizer: adam(0.01, { weightDecay: 1e-4 }), training: train(150),
});
add('vehicles-he-uniform-batchnorm', {
  seed: 16, data: csv('vehicles.csv', 'vehicle_type', VEH),
  layers: [dense(32, 'relu', { init: 'he_uniform', batchNorm: true }), dense(16, 'relu', { init: 'he_uniform' }), dense(4, 'softmax')],
  loss: 'cce', optimizer: momentum(0.02), training: train(80, 64),
});
add('fuel-adam-relu', {
  seed: 17, data: csv('fuel.csv', 'fuel_l100km', FUEL),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear', { bias: 28 })],
  loss: 'mse', optimizer: adam(0.01), training: train(200),
});
add('fuel-momentum-clip-tanh', {
  seed: 18, data: csv('fuel.csv', 'fuel_l100km', FUEL),
  layers: [dense(32, 'tanh'), dense(1, 'linear', { bias: 28 })],
  loss: 'mse', optimizer: momentum(0.002, 0.9, { clipNorm: 5, weightDecay: 1e-3 }), training: train(150),
});
add('fuel-rmsprop-elu-minmax', {
  seed: 19, data: csv('fuel.csv', 'fuel_l100km', FUEL, 'minmax'),
  layers: [dense(24, 'elu'), dense(12, 'elu'), dense(1, 'linear', { bias: 28 })],
  loss: 'mse', optimizer: rmsprop(0.005), training: train(250, 16),
});
add('taxi-adam-wide', {
  seed: 20, data: csv('taxi.csv', 'fare', TAXI),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: adam(0.02), training: train(150),
});
add('taxi-rmsprop-dropout', {
  seed: 21, data: csv('taxi.csv', 'fare', TAXI),
  layers: [dense(64, 'relu'), drop(0.2), dense(32, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: rmsprop(0.003), training: train(150),
});
add('taxi-lecun-elu-momentum', {
  seed: 22, data: csv('taxi.csv', 'fare', TAXI),
  layers: [dense(16, 'elu', { init: 'lecun_normal' }), dense(16, 'elu', { init: 'lecun_normal' }), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: momentum(0.001, 0.9, { clipNorm: 10 }), training: train(150),
});
add('churn-adam-small', {
  seed: 23, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.005), training: train(100),
});
add('churn-momentum-tanh-wd', {
  seed: 24, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(12, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: momentum(0.05, 0.9, { weightDecay: 1e-4 }), training: train(100),
});
add('churn-two-class-cce', {
  seed: 25, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(16, 'relu'), drop(0.1), dense(2, 'softmax')],
  loss: 'cce', optimizer: adam(0.005), training: train(120, 32, { validationSplit: 0.2 }),
});
add('latency-adam-elu', {
  seed: 26, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(32, 'elu'), dense(16, 'elu'), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: adam(0.003), training: train(300),
});
add('dead-relu.latency-momentum-ms-target', {
  seed: 27, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(16, 'relu'), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: momentum(0.001), training: train(200, 16),
});
add('latency-rmsprop-elu-xavier', {
  seed: 28, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(32, 'elu', { init: 'xavier_normal' }), dense(16, 'elu', { init: 'xavier_normal' }), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: rmsprop(0.002), training: train(250, 64),
});
add('congestion-adam-cce', {
  seed: 29, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(16, 'relu'), dense(16, 'relu'), dense(3, 'softmax')],
  loss: 'cce', optimizer: adam(0.01), training: train(100),
});
add('congestion-onehot-rmsprop', {
  seed: 30, data: csv('congestion-onehot.csv', ['free', 'slow', 'jammed'], undefined),
  layers: [dense(24, 'tanh'), dense(3, 'softmax')],
  loss: 'cce', optimizer: rmsprop(0.005), training: train(100),
});
add('congestion-momentum-batchnorm', {
  seed: 31, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(32, 'relu', { batchNorm: true }), drop(0.1), dense(3, 'softmax')],
  loss: 'cce', optimizer: momentum(0.01), training: train(80, 32),
});
add('depots-blobs', {
  seed: 32, data: { builtin: 'blobs', classes: 4, samples: 400, noise: 0.15 },
  layers: [dense(16, 'relu'), dense(4, 'softmax')],
  loss: 'cce', optimizer: adam(0.01), training: train(80),
});
add('daily-traffic-sine', {
  seed: 33, data: { builtin: 'sine', samples: 300, noise: 0.05 },
  layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)],
  loss: 'mse', optimizer: adam(0.01), training: train(200),
});
add('service-areas-moons', {
  seed: 34, data: { builtin: 'moons', samples: 300 },
  layers: [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: momentum(0.05), training: train(150),
});
add('ring-road-circles', {
  seed: 35, data: { builtin: 'circles', samples: 300, noise: 0.08 },
  layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: rmsprop(0.005), training: train(120),
});
add('peak-weekend-xor', {
  seed: 36, data: { builtin: 'xor', samples: 240 },
  layers: [dense(8, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.02), training: train(150),
});
add('tunnel-clearance-inline', {
  seed: 37,
  data: {
    inline: {
      // height in m, length in m of vehicles stopped before a low tunnel: did they have to turn back?
      x: [[1.5, 4.4], [1.6, 4.6], [2.1, 5.2], [2.4, 5.9], [2.6, 6.1], [2.9, 7.0], [3.1, 8.2], [3.3, 10.1], [3.4, 12.0], [3.6, 12.5],
        [3.8, 13.8], [4.0, 16.5], [1.4, 4.1], [1.7, 4.8], [2.2, 5.5], [2.8, 6.8], [3.2, 9.0], [3.5, 11.2], [3.9, 15.0], [4.1, 18.0],
        [1.55, 4.3], [2.0, 5.0], [2.7, 6.5], [3.0, 7.5], [3.7, 13.0], [4.2, 16.0]],
      y: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1],
    },
    normalize: 'standard',
  },
  layers: [dense(8, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.01), training: train(100, 8),
});
add('taxi-batchnorm-rmsprop', {
  seed: 38, data: csv('taxi.csv', 'fare', TAXI),
  layers: [dense(32, 'relu', { batchNorm: true }), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: rmsprop(0.003), training: train(200, 64),
});
add('delays-elu-minmax-adam', {
  seed: 39, data: csv('delays.csv', 'delayed', DELAY, 'minmax'),
  layers: [dense(24, 'elu'), drop(0.2), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.005, { weightDecay: 1e-4 }), training: train(150),
});

// =============================== faulty candidates ================================================
// --- invalid-spec: names and keys from other frameworks
add('invalid-spec.optimizer-adamw', {
  seed: 40, data: csv('travel.csv', 'travel_min', TRAVEL_OH),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, training: train(150),
});
add('invalid-spec.learning-rate-key', {
  seed: 41, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: { type: 'adam', learning_rate: 0.003 }, training: train(100),
});
add('invalid-spec.batch-size-snake-case', {
  seed: 42, data: csv('bikes.csv', 'log_rentals', BIKE),
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse', optimizer: adam(0.005), training: { epochs: 100, batch_size: 64 },
});
add('invalid-spec.gelu-activation', {
  seed: 43, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(32, 'gelu'), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: adam(0.01), training: train(150),
});
add('invalid-spec.loss-crossentropy-name', {
  seed: 44, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(16, 'relu'), dense(3, 'softmax')],
  loss: 'categorical_crossentropy', optimizer: adam(0.01), training: train(100),
});

// --- data-error
add('data-error.target-misnamed', {
  seed: 45, data: csv('delays.csv', 'delay', DELAY),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.003), training: train(100),
});
add('data-error.na-sensor-cells', {
  seed: 46, data: csv('delays-export.csv', 'delayed', DELAY),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.003), training: train(100),
});
add('data-error.missing-file', {
  seed: 47, data: csv('taxi_trips.csv', 'fare', TAXI),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: adam(0.02), training: train(150),
});
add('data-error.feature-unit-dropped', {
  seed: 48, data: csv('vehicles.csv', 'vehicle_type', ['axles', 'length_m', 'weight', 'height_m']),
  layers: [dense(16, 'relu'), dense(4, 'softmax')],
  loss: 'cce', optimizer: adam(0.01), training: train(100),
});
add('data-error.header-only-export', {
  seed: 49, data: csv('taxi-march.csv', 'fare', TAXI),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: adam(0.02), training: train(150),
});
add('data-error.string-level-as-feature', {
  seed: 50, data: csv('congestion.csv', 'occupancy'),
  layers: [dense(16, 'relu'), dense(1)],
  loss: 'mse', optimizer: adam(0.01), training: train(100),
});

// --- shape-mismatch
add('shape-mismatch.vehicle-three-outputs', {
  seed: 51, data: csv('vehicles.csv', 'vehicle_type', VEH),
  layers: [dense(16, 'relu'), dense(3, 'softmax')],
  loss: 'cce', optimizer: adam(0.01), training: train(100),
});
add('shape-mismatch.congestion-single-sigmoid', {
  seed: 52, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.01), training: train(100),
});
add('shape-mismatch.fare-two-outputs', {
  seed: 53, data: csv('taxi.csv', 'fare', TAXI),
  layers: [dense(32, 'relu'), dense(2, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: adam(0.02), training: train(150),
});
add('shape-mismatch.onehot-two-units', {
  seed: 54, data: csv('congestion-onehot.csv', ['free', 'slow', 'jammed']),
  layers: [dense(24, 'tanh'), dense(2, 'softmax')],
  loss: 'cce', optimizer: rmsprop(0.005), training: train(100),
});

// --- loss-activation-mismatch
add('loss-activation-mismatch.fare-sigmoid-output', {
  seed: 55, data: csv('taxi.csv', 'fare', TAXI),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'mse', optimizer: adam(0.01), training: train(150),
});
add('loss-activation-mismatch.delays-linear-bce', {
  seed: 56, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(16, 'relu'), dense(1, 'linear')],
  loss: 'bce', optimizer: adam(0.003), training: train(100),
});
add('loss-activation-mismatch.congestion-softmax-mse', {
  seed: 57, data: csv('congestion-onehot.csv', ['free', 'slow', 'jammed']),
  layers: [dense(24, 'relu'), dense(3, 'softmax')],
  loss: 'mse', optimizer: adam(0.01), training: train(100),
});
add('loss-activation-mismatch.latency-relu-sigmoid-out', {
  seed: 58, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'mse', optimizer: rmsprop(0.003), training: train(150),
});

// --- init-symmetry
add('init-symmetry.vehicles-zeros', {
  seed: 59, data: csv('vehicles.csv', 'vehicle_type', VEH),
  layers: [dense(16, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(4, 'softmax')],
  loss: 'cce', optimizer: adam(0.01), training: train(100),
});
add('init-symmetry.congestion-constant', {
  seed: 60, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(32, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(3, 'softmax')],
  loss: 'cce', optimizer: momentum(0.02), training: train(100),
});
add('init-symmetry.latency-zeros-tanh', {
  seed: 61, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(24, 'tanh', { init: 'zeros' }), dense(12, 'tanh', { init: 'zeros' }), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: rmsprop(0.01), training: train(150),
});

// --- init-scale
add('init-scale.latency-normal-std-3', {
  seed: 62, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(64, 'relu', { init: { name: 'normal', std: 3 } }), dense(32, 'relu', { init: { name: 'normal', std: 3 } }), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: adam(0.003), training: train(150),
});
add('init-scale.churn-uniform-limit-2', {
  seed: 63, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(32, 'tanh', { init: { name: 'uniform', limit: 2 } }), dense(16, 'tanh', { init: { name: 'uniform', limit: 2 } }), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.003), training: train(100),
});
add('init-scale.fuel-std-tiny', {
  seed: 64, data: csv('fuel.csv', 'fuel_l100km', FUEL),
  layers: [dense(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), dense(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), dense(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), dense(1, 'linear', { bias: 28 })],
  loss: 'mse', optimizer: momentum(0.001), training: train(150),
});

// --- no-nonlinearity
add('no-nonlinearity.congestion-linear-hidden', {
  seed: 65, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(32), dense(16), dense(3, 'softmax')],
  loss: 'cce', optimizer: adam(0.01), training: train(100),
});
add('no-nonlinearity.moons-service-areas-linear', {
  seed: 66, data: { builtin: 'moons', samples: 300 },
  layers: [dense(16, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.01), training: train(150),
});
add('no-nonlinearity.latency-linear-stack', {
  seed: 67, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: adam(0.01), training: train(200),
});

// --- lr-out-of-range
add('lr-out-of-range.adam-lr-3', {
  seed: 68, data: csv('travel.csv', 'travel_min', TRAVEL_OH),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: adam(3), training: train(150),
});
add('lr-out-of-range.sgd-lr-100', {
  seed: 69, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(16, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: momentum(100), training: train(100),
});
add('lr-out-of-range.rmsprop-lr-1e-9', {
  seed: 70, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(16, 'relu'), dense(3, 'softmax')],
  loss: 'cce', optimizer: rmsprop(1e-9), training: train(100),
});

// --- dead-relu
add('dead-relu.rare-delay-bias-everywhere', {
  seed: 71, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(16, 'relu', { bias: -3 }), dense(8, 'relu', { bias: -3 }), dense(1, 'sigmoid', { bias: -3 })],
  loss: 'bce', optimizer: adam(0.003), training: train(100),
});
add('dead-relu.raw-weight-kg-sgd', {
  seed: 72, data: csv('vehicles.csv', 'vehicle_type', VEH, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')],
  loss: 'cce', optimizer: sgd(0.01), training: train(100),
});
add('dead-relu.taxi-adam-high-lr-deep', {
  seed: 73, data: csv('taxi.csv', 'fare', TAXI),
  layers: [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')],
  loss: 'mse', optimizer: adam(0.1), training: train(150),
});
add('dead-relu.bikes-counts-momentum', {
  seed: 74, data: csv('bikes.csv', 'rentals', BIKE),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse', optimizer: momentum(0.01), training: train(150),
});

// --- exploding-gradient
add('exploding-gradient.fuel-raw-load-kg-adam', {
  seed: 75, data: csv('fuel.csv', 'fuel_l100km', FUEL, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse', optimizer: adam(0.001), training: train(150),
});
add('exploding-gradient.latency-raw-bandwidth-rmsprop', {
  seed: 76, data: csv('latency.csv', 'latency_ms', LAT, 'none'),
  layers: [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)],
  loss: 'mse', optimizer: rmsprop(0.001), training: train(150),
});
add('saturated-activation.vehicles-raw-tanh-clipped-sgd', {
  seed: 77, data: csv('vehicles.csv', 'vehicle_type', VEH, 'none'),
  layers: [dense(32, 'tanh'), dense(4, 'softmax')],
  loss: 'cce', optimizer: sgd(0.01, { clipNorm: 1 }), training: train(100),
});

// --- vanishing-gradient
add('vanishing-gradient.churn-deep-sigmoid', {
  seed: 78, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: sgd(0.01), training: train(100),
});
add('vanishing-gradient.congestion-deep-tanh-small-init', {
  seed: 79, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(3, 'softmax', { init: { name: 'normal', std: 0.01 } })],
  loss: 'cce', optimizer: momentum(0.01), training: train(100),
});
add('vanishing-gradient.delays-deep-sigmoid-sgd', {
  seed: 80, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: sgd(0.05), training: train(100),
});

// --- nan-loss
add('nan-loss.taxi-all-columns-raw', {
  seed: 81, data: { csv: '../data/taxi.csv', target: 'fare' },
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse', optimizer: sgd(0.01), training: train(100),
});
add('nan-loss.bikes-counts-momentum-high', {
  seed: 82, data: csv('bikes.csv', 'rentals', BIKE),
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse', optimizer: momentum(0.05), training: train(100),
});
add('saturated-activation.delays-timestamp-left-in', {
  seed: 83, data: { csv: '../data/delays.csv', target: 'delayed', normalize: 'none' },
  layers: [dense(16, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: momentum(0.1), training: train(100),
});

// --- lr-too-high
add('lr-too-high.churn-sgd-lr-2', {
  seed: 84, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: momentum(2), training: train(100),
});
add('lr-too-high.travel-adam-0.3', {
  seed: 85, data: csv('travel.csv', 'travel_min', TRAVEL_OH),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: adam(0.3), training: train(150),
});
add('lr-too-high.vehicles-rmsprop-0.1', {
  seed: 86, data: csv('vehicles.csv', 'vehicle_type', VEH),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')],
  loss: 'cce', optimizer: rmsprop(0.1), training: train(100),
});
add('nan-loss.latency-momentum-lr-0.02', {
  seed: 87, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(16, 'relu'), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: momentum(0.02), training: train(150),
});

// --- lr-too-low
add('lr-too-low.fuel-adam-1e-5', {
  seed: 88, data: csv('fuel.csv', 'fuel_l100km', FUEL),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse', optimizer: adam(1e-5), training: train(100),
});
add('lr-too-low.congestion-sgd-1e-4', {
  seed: 89, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(16, 'relu'), dense(3, 'softmax')],
  loss: 'cce', optimizer: sgd(1e-4), training: train(100),
});
add('lr-too-low.delays-rmsprop-1e-6', {
  seed: 90, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: rmsprop(1e-6), training: train(100),
});

// --- saturated-activation
add('saturated-activation.vehicles-tanh-raw-kg', {
  seed: 91, data: csv('vehicles.csv', 'vehicle_type', VEH, 'none'),
  layers: [dense(32, 'tanh'), dense(16, 'tanh'), dense(4, 'softmax')],
  loss: 'cce', optimizer: adam(0.003), training: train(100),
});
add('saturated-activation.latency-sigmoid-raw-bw', {
  seed: 92, data: csv('latency.csv', 'latency_ms', LAT, 'none'),
  layers: [dense(32, 'sigmoid'), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: adam(0.01), training: train(150),
});
add('saturated-activation.churn-sigmoid-raw-minutes', {
  seed: 93, data: csv('churn.csv', 'churned', CHURN, 'none'),
  layers: [dense(16, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.003), training: train(100),
});

// --- loss-plateau
add('loss-plateau.delays-adamw-decay', {
  seed: 94, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.003, { weightDecay: 0.5 }), training: train(100),
});
add('loss-plateau.congestion-momentum-decay', {
  seed: 95, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(32, 'relu'), dense(3, 'softmax')],
  loss: 'cce', optimizer: momentum(0.05, 0.9, { weightDecay: 0.3 }), training: train(100),
});
add('loss-plateau.vehicles-heavy-dropout', {
  seed: 96, data: csv('vehicles.csv', 'vehicle_type', VEH),
  layers: [dense(16, 'relu'), drop(0.9), dense(16, 'relu'), drop(0.9), dense(4, 'softmax')],
  loss: 'cce', optimizer: adam(0.003), training: train(100),
});
add('lr-too-low.travel-tiny-clipnorm', {
  seed: 97, data: csv('travel.csv', 'travel_min', TRAVEL_OH),
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse', optimizer: sgd(0.01, { clipNorm: 0.001 }), training: train(150),
});

// --- oscillating-loss
add('nan-loss.travel-momentum-0.99', {
  seed: 98, data: csv('travel.csv', 'travel_min', TRAVEL_OH),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: momentum(0.003, 0.99), training: train(150),
});
add('oscillating-loss.churn-batch-4-sgd', {
  seed: 99, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: sgd(0.5), training: train(100, 4),
});
add('oscillating-loss.latency-rmsprop-0.05', {
  seed: 100, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: rmsprop(0.05), training: train(150),
});
add('oscillating-loss.fuel-adam-batch-8', {
  seed: 101, data: csv('fuel.csv', 'fuel_l100km', FUEL),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 28 })],
  loss: 'mse', optimizer: adam(0.1), training: train(150, 8),
});

// --- second round: more candidates for the codes whose first candidates did not show their fault
add('lr-too-high.latency-momentum-ms-spikes', {
  seed: 102, data: csv('latency.csv', 'latency_ms', LAT),
  layers: [dense(16, 'relu'), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: momentum(0.0002, 0.9), training: train(200, 16),
});
add('churn-rmsprop-elu', {
  seed: 103, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(24, 'elu'), dense(12, 'elu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: rmsprop(0.002), training: train(80, 64),
});
add('exploding-gradient.taxi-ids-left-in-adam', {
  seed: 104, data: { csv: '../data/taxi.csv', target: 'fare' },
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse', optimizer: adam(0.001), training: train(100),
});
add('exploding-gradient.bikes-counts-raw-rmsprop', {
  seed: 105, data: csv('bikes.csv', 'rentals', BIKE, 'none'),
  layers: [dense(32, 'relu'), dense(32, 'relu'), dense(1)],
  loss: 'mse', optimizer: rmsprop(0.001), training: train(100),
});
add('loss-plateau.taxi-rmsprop-l2', {
  seed: 106, data: csv('taxi.csv', 'fare', TAXI),
  layers: [dense(32, 'relu'), dense(1, 'linear')],
  loss: 'mse', optimizer: rmsprop(0.003, { weightDecay: 0.5 }), training: train(100),
});
add('loss-plateau.churn-sgd-l2-copied', {
  seed: 107, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: momentum(0.05, 0.9, { weightDecay: 1 }), training: train(100),
});
add('loss-plateau.congestion-dropout-0.8', {
  seed: 108, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(8, 'relu'), drop(0.8), dense(3, 'softmax')],
  loss: 'cce', optimizer: adam(0.003), training: train(100),
});
add('oscillating-loss.travel-momentum-0.98', {
  seed: 109, data: csv('travel.csv', 'travel_min', TRAVEL_OH),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: momentum(0.001, 0.98), training: train(150),
});
add('oscillating-loss.vehicles-rmsprop-batch-8', {
  seed: 110, data: csv('vehicles.csv', 'vehicle_type', VEH),
  layers: [dense(32, 'relu'), dense(4, 'softmax')],
  loss: 'cce', optimizer: rmsprop(0.05), training: train(100, 8),
});
add('oscillating-loss.delays-adam-batch-2', {
  seed: 111, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.05), training: train(60, 2),
});
add('nan-loss.bikes-log-sgd-0.2', {
  seed: 112, data: csv('bikes.csv', 'log_rentals', BIKE),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 2 })],
  loss: 'mse', optimizer: sgd(0.2), training: train(100, 16),
});
add('lr-too-high.congestion-sgd-lr-1', {
  seed: 113, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(16, 'relu'), dense(3, 'softmax')],
  loss: 'cce', optimizer: momentum(1.0), training: train(100),
});
add('lr-too-high.fuel-rmsprop-0.3', {
  seed: 114, data: csv('fuel.csv', 'fuel_l100km', FUEL),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear', { bias: 28 })],
  loss: 'mse', optimizer: rmsprop(0.3), training: train(100),
});

// --- third round: oscillating-loss candidates
add('oscillating-loss.churn-adam-0.2', {
  seed: 115, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: adam(0.2), training: train(100),
});
add('oscillating-loss.congestion-rmsprop-0.1-batch-16', {
  seed: 116, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(32, 'relu'), dense(3, 'softmax')],
  loss: 'cce', optimizer: rmsprop(0.1), training: train(100, 16),
});
add('oscillating-loss.ring-road-full-batch-sgd', {
  seed: 117, data: { builtin: 'circles', samples: 300, noise: 0.08 },
  layers: [dense(16, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: sgd(8), training: train(60, 300),
});
add('oscillating-loss.delays-momentum-0.95', {
  seed: 118, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: momentum(0.5, 0.95), training: train(100),
});
add('oscillating-loss.daily-traffic-adam-0.1', {
  seed: 119, data: { builtin: 'sine', samples: 300, noise: 0.05 },
  layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)],
  loss: 'mse', optimizer: adam(0.1), training: train(150, 16),
});
add('oscillating-loss.bikes-log-adam-0.1', {
  seed: 120, data: csv('bikes.csv', 'log_rentals', BIKE),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 2 })],
  loss: 'mse', optimizer: adam(0.1), training: train(100, 16),
});
add('oscillating-loss.travel-momentum-0.99-slow', {
  seed: 121, data: csv('travel.csv', 'travel_min', TRAVEL_OH),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 20 })],
  loss: 'mse', optimizer: momentum(0.0005, 0.99), training: train(150),
});
add('oscillating-loss.vehicles-momentum-full-batch', {
  seed: 122, data: csv('vehicles.csv', 'vehicle_type', VEH),
  layers: [dense(16, 'tanh'), dense(4, 'softmax')],
  loss: 'cce', optimizer: momentum(2, 0.9), training: train(150, 440),
});

// --- fourth round: full-batch gradient descent at a logistic-regression learning rate
add('oscillating-loss.churn-full-batch-sgd', {
  seed: 123, data: csv('churn.csv', 'churned', CHURN),
  layers: [dense(16, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: sgd(15), training: train(100, 560),
});
add('oscillating-loss.congestion-full-batch-sgd', {
  seed: 124, data: csv('congestion.csv', 'level', CONG),
  layers: [dense(16, 'tanh'), dense(3, 'softmax')],
  loss: 'cce', optimizer: sgd(6), training: train(100, 540),
});
add('oscillating-loss.delays-full-batch-sgd', {
  seed: 125, data: csv('delays.csv', 'delayed', DELAY),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: sgd(20), training: train(100, 600),
});
add('oscillating-loss.service-areas-full-batch-momentum', {
  seed: 126, data: { builtin: 'moons', samples: 300 },
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: momentum(3, 0.9), training: train(100, 300),
});

// --- healthy: every column left in, including the constant MTU column (standardized)
add('latency-all-columns-constant-mtu', {
  seed: 127, data: { csv: '../data/latency.csv', target: 'latency_ms', normalize: 'standard' },
  layers: [dense(32, 'elu'), dense(16, 'elu'), dense(1, 'linear', { bias: 45 })],
  loss: 'mse', optimizer: adam(0.003), training: train(300),
});

for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written`);
