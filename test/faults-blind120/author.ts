/**
 * Writes every candidate spec of blind fault set 120 (ferries and water taxis) into candidates/:
 * `npx tsx test/faults-blind120/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
 * specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: 120, data, layers, loss, optimizer, training, ...extra };
}
const SAIL = ['hour', 'weekday', 'wave_m', 'wind_kn', 'air_temp_c', 'fare_usd', 'vehicles'];
const sail = (x: Json = {}): Json => ({ csv: '../data/sailings.csv', target: 'passengers', features: SAIL, normalize: 'standard', normalizeTarget: 'standard', ...x });
const DEL = ['wave_m', 'wind_kn', 'load_pct', 'turnaround_min', 'tide_m'];
const del = (x: Json = {}): Json => ({ csv: '../data/delays.csv', target: 'delay_min', features: DEL, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CAN = ['wind_kn', 'gust_kn', 'wave_m', 'visibility_km', 'pressure_hpa', 'crew_on_duty'];
const can = (x: Json = {}): Json => ({ csv: '../data/cancellations.csv', target: 'cancelled', features: CAN, normalize: 'standard', ...x });
const RT = ['trip_minutes', 'distance_nm', 'avg_speed_kn', 'passengers', 'bags'];
const rt = (x: Json = {}): Json => ({ csv: '../data/routes.csv', target: 'route', features: RT, normalize: 'standard', ...x });
const FUEL = ['crossing_min', 'load_t', 'wind_kn', 'hull_days_since_clean', 'current_kn'];
const fuel = (x: Json = {}): Json => ({ csv: '../data/fuel.csv', target: 'fuel_l', features: FUEL, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.12 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS2 = { builtin: 'spirals', samples: 400, noise: 0.03 };
const BLOBS3 = { builtin: 'blobs', samples: 360, classes: 3, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 200, noise: 0.1 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A water-taxi skipper's notebook: wave height m and wind knots -> the taxi ran its slot (0/1).
const INLINE_TAXI = {
  inline: {
    x: [[0.3, 8], [1.8, 25], [0.5, 12], [2.2, 30], [0.9, 15], [1.5, 22], [0.2, 5], [2.8, 34], [0.7, 10], [1.2, 27], [0.4, 18], [2.0, 14], [0.6, 6], [1.7, 31], [1.0, 11], [2.5, 20], [0.8, 21], [1.4, 9], [0.3, 26], [2.1, 24]],
    y: [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adagrad-optimizer', 'delays', del(), [d(24, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(40));
add('invalid-spec.gelu-activation', 'routes', rt(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.glorot-init-name', 'passengers', sail(), [d(32, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.sparse-cce-loss-name', 'routes', rt(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', rms(0.003), tr(40));
add('invalid-spec.zero-units-hidden', 'cancellations', can(), [d(0, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-wave-height', 'passengers-na', sail({ csv: '../data/sailings-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.departed-at-feature', 'passengers', sail({ features: ['departed_at', ...SAIL] }), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(50));
add('data-error.sailing-id-feature', 'passengers', sail({ features: ['sailing_id', ...SAIL] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.route-text-feature', 'taxi-pax', { csv: '../data/routes.csv', target: 'passengers', features: ['route', 'trip_minutes', 'bags'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.target-typo-fuel-litres', 'fuel', fuel({ target: 'fuel_litres' }), [d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(50));

add('shape-mismatch.routes-four-heads', 'routes', rt(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.pax-and-revenue-one-output', 'pax-revenue', sail({ target: ['passengers', 'revenue_usd'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.iris-two-heads', 'iris', IRIS, [d(16, 'tanh'), d(2, 'softmax')], 'cce', adam(0.01), tr(80, 16));
add('shape-mismatch.blobs3-cce-one-unit', 'berth-blobs', BLOBS3, [d(16, 'relu'), d(1, 'softmax')], 'cce', sgd(0.05), tr(60));

add('loss-activation-mismatch.linear-head-bce-cancelled', 'cancellations', can(), [d(16, 'relu'), d(1)], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-routes', 'routes', rt(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-delay', 'delays', del(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(50));
add('loss-activation-mismatch.tanh-head-mse-raw-minmax-fuel', 'fuel', fuel({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(50));

add('no-nonlinearity.moons-linear-nesterov', 'wake-moons', MOONS, [d(24), d(24), d(1, 'sigmoid')], 'bce', nest(0.05), tr(120));
add('no-nonlinearity.xor-linear-sgd-batch-8', 'buoy-xor', XOR, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(120, 8));
add('no-nonlinearity.hour-peaks-linear-adam', 'passengers', sail(), [d(64), d(32), d(1)], 'mse', adam(0.003), tr(60));
add('no-nonlinearity.spirals-linear-bn-rmsprop', 'current-spirals', SPIRALS2, [d(32, 'linear', { batchNorm: true }), d(32), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));

add('lr-out-of-range.adam-50-routes', 'routes', rt(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(50), tr(40));
add('lr-out-of-range.sgd-1e-9-passengers', 'passengers', sail(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-9), tr(40));
add('lr-out-of-range.rmsprop-20-delays', 'delays', del(), [d(32, 'tanh'), d(1)], 'mse', rms(20), tr(40));
add('lr-out-of-range.momentum-zero-lr-cancelled', 'cancellations', can(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0), tr(40));

// ---------------------------------------------------------------- init faults
add('init-symmetry.constant-0.2-elu-fuel', 'fuel', fuel(), [d(32, 'elu', { init: 'constant', value: 0.2 }), d(32, 'elu', { init: 'constant', value: 0.2 }), d(1, 'linear', { init: 'constant', value: 0.2 })], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-tanh-momentum-routes', 'routes', rt(), [d(32, 'tanh', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', mom(0.05), tr(50));
add('init-symmetry.constant-0.05-relu-circles', 'dock-circles', CIRCLES, [d(32, 'relu', { init: 'constant', value: 0.05 }), d(32, 'relu', { init: 'constant', value: 0.05 }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('init-symmetry.zeros-leaky-rmsprop-passengers', 'passengers', sail(), [d(32, 'leaky_relu', { init: 'zeros' }), d(32, 'leaky_relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));

add('init-scale.normal-std-4-tanh-delays', 'delays', del(), [d(64, 'tanh', { init: 'normal', std: 4 }), d(64, 'tanh', { init: 'normal', std: 4 }), d(1, 'linear', { init: 'normal', std: 4 })], 'mse', adam(0.003), tr(60));
add('init-scale.uniform-15-elu-fuel', 'fuel', fuel(), [d(32, 'elu', { init: 'uniform', limit: 15 }), d(32, 'elu', { init: 'uniform', limit: 15 }), d(1, 'linear', { init: 'uniform', limit: 15 })], 'mse', mom(0.01), tr(60));
add('init-scale.normal-1e-4-six-tanh-routes', 'routes', rt(), [...tower(6, 32, 'tanh', { init: 'normal', std: 1e-4 }), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('init-scale.normal-std-2-deep-relu-passengers', 'passengers', sail(), [...tower(5, 64, 'relu', { init: 'normal', std: 2 }), d(1)], 'mse', adam(0.003), tr(50));

// ---------------------------------------------------------------- probe/training faults
add('dead-relu.bias-minus-8-cancelled', 'cancellations', can(), [d(32, 'relu', { bias: -8 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('dead-relu.narrow-two-unit-relu-stack-sine', 'swell-sine', SINE, [...tower(6, 2, 'relu'), d(1)], 'mse', sgd(0.05), tr(150, 16));
add('dead-relu.sgd-1.0-batch-2-relu-delays', 'delays', del(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(1.0), tr(30, 2));
add('dead-relu.bias-minus-3-deep-relu-fuel', 'fuel', fuel(), [...tower(3, 32, 'relu', { bias: -3 }), d(1)], 'mse', rms(0.001), tr(60));

add('exploding-gradient.raw-fuel-target-momentum', 'fuel', fuel({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.001), tr(60));
add('exploding-gradient.raw-revenue-target-adam', 'revenue', sail({ target: 'revenue_usd', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.raw-pressure-features-sgd', 'delays-raw', del({ normalize: 'none', features: [...DEL, 'fuel_l'] }), [d(32, 'relu'), d(1)], 'mse', sgd(1e-4), tr(60));
add('exploding-gradient.deep-relu-he-uniform-raw-passengers', 'passengers', sail({ normalizeTarget: 'none' }), [...tower(8, 64, 'relu', { init: 'he_uniform' }), d(1)], 'mse', nest(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-momentum-routes', 'routes', rt(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.05), tr(60));
add('vanishing-gradient.ten-sigmoid-adam-cancelled', 'cancellations', can(), [...tower(10, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40));
add('vanishing-gradient.seven-sigmoid-small-normal-fuel', 'fuel', fuel(), [...tower(7, 32, 'sigmoid', { init: 'normal', std: 0.1 }), d(1)], 'mse', rms(0.001), tr(60));
add('vanishing-gradient.twelve-tanh-std-0.05-moons', 'wake-moons', MOONS, [...tower(12, 16, 'tanh', { init: 'normal', std: 0.05 }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(120));

add('nan-loss.sgd-plain-3-batch-16-fuel', 'fuel', fuel(), [d(32, 'relu'), d(1)], 'mse', sgd(3), tr(40, 16));
add('nan-loss.raw-revenue-momentum-0.05', 'revenue', sail({ normalize: 'none', target: 'revenue_usd', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.05), tr(40));
add('nan-loss.rmsprop-5-raw-features-passengers', 'passengers', sail({ normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(5), tr(40));
add('nan-loss.sgd-0.5-batch-1-relu-delays', 'delays', del(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(0.5), tr(20, 1));

add('saturated-activation.raw-pressure-sigmoid-hidden', 'cancellations', can({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));
add('saturated-activation.raw-fuel-litres-tanh', 'delays-raw', del({ normalize: 'none', features: ['fuel_l', 'load_pct', 'turnaround_min'] }), [d(32, 'tanh'), d(1)], 'mse', adam(0.001), tr(50));
add('saturated-activation.tanh-bias-6-routes', 'routes', rt(), [d(32, 'tanh', { bias: 6 }), d(32, 'tanh', { bias: 6 }), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('saturated-activation.sigmoid-std-5-passengers', 'passengers', sail(), [d(64, 'sigmoid', { init: 'normal', std: 5 }), d(1)], 'mse', sgd(0.01), tr(50));

add('lr-too-high.sgd-0.6-batch-4-relu-passengers', 'passengers', sail(), [d(32, 'relu'), d(1)], 'mse', sgd(0.6), tr(40, 4));
add('lr-too-high.adam-0.08-batch-1-taxi', 'taxi-notebook', INLINE_TAXI, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.08), tr(80, 1));
add('lr-too-high.rmsprop-0.04-batch-8-routes', 'routes', rt(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', rms(0.04), tr(40, 8));
add('lr-too-high.nesterov-0.7-delays', 'delays', del(), [d(32, 'tanh'), d(1)], 'mse', nest(0.7), tr(40));
add('lr-too-high.adam-0.15-batch-16-fuel', 'fuel', fuel(), [d(64, 'elu'), d(64, 'elu'), d(1)], 'mse', adam(0.15), tr(50, 16));

add('lr-too-low.adam-3e-6-routes', 'routes', rt(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3e-6), tr(50));
add('lr-too-low.sgd-2e-5-batch-16-fuel', 'fuel', fuel(), [d(32, 'tanh'), d(1)], 'mse', sgd(2e-5), tr(50, 16));
add('lr-too-low.rmsprop-5e-6-moons', 'wake-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(5e-6), tr(100));
add('lr-too-low.nesterov-1e-5-passengers', 'passengers', sail(), [d(32, 'elu'), d(1)], 'mse', nest(1e-5), tr(50));

add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-fuel', 'fuel', fuel(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 820));
add('oscillating-loss.adam-0.1-full-batch-tanh-delays', 'delays', del(), [d(32, 'tanh'), d(1)], 'mse', adam(0.1), tr(150, 880));
add('oscillating-loss.rmsprop-0.05-full-batch-relu-passengers', 'passengers', sail(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(150, 960));
add('oscillating-loss.nesterov-0.98-lr-0.1-batch-128-fuel', 'fuel', fuel(), [d(16, 'tanh'), d(1)], 'mse', nest(0.1, 0.98), tr(100, 128));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-fuel', 'fuel', fuel(), [d(1)], 'mse', sgd(0.95), tr(150, 820));
add('oscillating-loss.adam-0.5-batch-256-cancelled', 'cancellations', can(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.5), tr(80, 256));
add('oscillating-loss.momentum-0.9-lr-2-full-batch-logistic-taxi', 'taxi-notebook', INLINE_TAXI, [d(1, 'sigmoid')], 'bce', mom(2, 0.9), tr(200, 20));
add('oscillating-loss.momentum-0.99-lr-0.02-full-batch-sine', 'swell-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.99), tr(200, 250));

add('loss-plateau.weight-decay-0.3-rmsprop-fuel', 'fuel', fuel(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 0.3 }), tr(60));
add('loss-plateau.dropout-0.85-routes', 'routes', rt(), [d(32, 'relu'), drop(0.85), d(32, 'relu'), drop(0.85), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.clipnorm-1e-5-momentum-passengers', 'passengers', sail(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 1e-5 }), tr(60));
add('loss-plateau.one-unit-tanh-bottleneck-circles', 'dock-circles', CIRCLES, [d(1, 'tanh'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('loss-plateau.sigmoid-std-0.01-xor-momentum', 'buoy-xor', XOR, [d(4, 'sigmoid', { init: 'normal', std: 0.01 }), d(1, 'sigmoid', { init: 'normal', std: 0.01 })], 'bce', mom(0.01), tr(150, 16));

// second round (after the first observation): more oscillation and lr-too-high attempts
add('oscillating-loss.sgd-plain-0.85-full-batch-linear-fuel', 'fuel', fuel(), [d(1)], 'mse', sgd(0.85), tr(150, 820));
add('oscillating-loss.sgd-plain-0.9-full-batch-linear-delays', 'delays', del(), [d(1)], 'mse', sgd(0.9), tr(150, 880));
add('oscillating-loss.momentum-0.9-lr-0.09-full-batch-linear-fuel', 'fuel', fuel(), [d(1)], 'mse', mom(0.09, 0.9), tr(150, 820));
add('oscillating-loss.adam-0.3-batch-64-relu-passengers', 'passengers', sail(), [d(32, 'relu'), d(1)], 'mse', adam(0.3), tr(80, 64));
add('oscillating-loss.rmsprop-0.02-batch-16-tanh-delays', 'delays', del(), [d(32, 'tanh'), d(1)], 'mse', rms(0.02), tr(80, 16));
add('oscillating-loss.sgd-plain-0.8-full-batch-linear-passengers', 'passengers', sail(), [d(1)], 'mse', sgd(0.8), tr(150, 960));
add('lr-too-high.momentum-0.9-lr-0.1-batch-16-relu-delays', 'delays', del(), [d(32, 'relu'), d(1)], 'mse', mom(0.1, 0.9), tr(40, 16));
add('lr-too-high.adam-0.05-batch-4-routes', 'routes', rt(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.05), tr(40, 4));
add('lr-too-high.rmsprop-0.01-batch-1-passengers', 'passengers', sail(), [d(32, 'elu'), d(1)], 'mse', rms(0.01), tr(20, 1));
add('lr-too-high.sgd-plain-0.3-batch-8-tanh-fuel', 'fuel', fuel(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.3), tr(40, 8));

add('dead-relu.bias-minus-5-wide-relu-routes', 'routes', rt(), [d(64, 'relu', { bias: -5 }), d(5, 'softmax')], 'cce', mom(0.02), tr(50));

// ---------------------------------------------------------------- healthy
add('ok.passengers-relu-adam', 'passengers', sail(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.passengers-elu-nesterov-val', 'passengers', sail(), [d(48, 'elu'), d(1)], 'mse', nest(0.01), tr(80, 32, { validationSplit: 0.2 }));
add('ok.passengers-tanh-rmsprop-batch-64', 'passengers', sail(), [d(64, 'tanh'), d(1)], 'mse', rms(0.003), tr(80, 64));
add('ok.passengers-minmax-leaky-adam', 'passengers', sail({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(64, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.passengers-bn-relu-momentum', 'passengers', sail(), [d(64, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.01), tr(60));
add('ok.delays-relu-adam', 'delays', del(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.delays-tanh-sgd-batch-8', 'delays', del(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.01), tr(60, 8));
add('ok.delays-elu-rmsprop-dropout', 'delays', del(), [d(64, 'elu'), drop(0.1), d(1)], 'mse', rms(0.001), tr(60));
add('ok.cancelled-relu-adam', 'cancellations', can(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.cancelled-logistic-nesterov', 'cancellations', can(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(80));
add('ok.cancelled-tanh-rmsprop-val', 'cancellations', can(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.cancelled-minmax-elu-adam-wd', 'cancellations', can({ normalize: 'minmax' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005, { weightDecay: 1e-4 }), tr(80));
add('ok.routes-relu-adam', 'routes', rt(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.routes-tanh-momentum', 'routes', rt(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05), tr(50));
add('ok.routes-elu-rmsprop-batch-128', 'routes', rt(), [d(64, 'elu'), d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.003), tr(80, 128));
add('ok.routes-bn-dropout-adam', 'routes', rt(), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.routes-sigmoid-nesterov-val', 'routes', rt(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.1), tr(80, 32, { validationSplit: 0.15 }));
add('ok.fuel-linear-adam', 'fuel', fuel(), [d(1)], 'mse', adam(0.01), tr(60));
add('ok.fuel-relu-sgd-batch-4', 'fuel', fuel(), [d(16, 'relu'), d(1)], 'mse', sgd(0.005), tr(40, 4));
add('ok.fuel-leaky-rmsprop-clip', 'fuel', fuel(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.fuel-tanh-nesterov-full-batch', 'fuel', fuel(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05), tr(300, 820));
add('ok.fuel-minmax-elu-adam', 'fuel', fuel({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.moons-relu-adam', 'wake-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-tanh-momentum-batch-16', 'wake-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(200, 16));
add('ok.circles-elu-rmsprop', 'dock-circles', CIRCLES, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-leaky-nesterov', 'dock-circles', CIRCLES, [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-relu-adam', 'current-spirals', SPIRALS2, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300));
add('ok.blobs3-sgd-batch-1', 'berth-blobs', BLOBS3, [d(8, 'relu'), d(3, 'softmax')], 'cce', sgd(0.01), tr(30, 1));
add('ok.blobs3-softmax-linear-adam', 'berth-blobs', BLOBS3, [d(3, 'softmax')], 'cce', adam(0.02), tr(80));
add('ok.sine-tanh-adam', 'swell-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(200, 16));
add('ok.sine-elu-rmsprop-batch-full', 'swell-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(400, 250));
add('ok.xor-tanh-adam', 'buoy-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(150, 16));
add('ok.xor-relu-momentum', 'buoy-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(200, 16));
add('ok.iris-relu-adam', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-tanh-sgd-full-batch', 'iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.2), tr(400, 150));
add('ok.iris-elu-rmsprop-dropout', 'iris', IRIS, [d(32, 'elu'), drop(0.1), d(3, 'softmax')], 'cce', rms(0.005), tr(100, 8));
add('ok.taxi-inline-tanh-adam', 'taxi-notebook', INLINE_TAXI, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 4));
add('ok.taxi-inline-logistic-sgd', 'taxi-notebook', INLINE_TAXI, [d(1, 'sigmoid')], 'bce', sgd(0.3), tr(300, 20));
add('ok.delays-xavier-normal-sigmoid-adam', 'delays', del(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.005), tr(80));
add('ok.passengers-lecun-selu-like-elu-adam-wd', 'passengers', sail(), [d(64, 'elu', { init: 'lecun_normal' }), d(32, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.003, { weightDecay: 1e-4 }), tr(60));
add('ok.routes-he-uniform-relu-sgd-batch-16', 'routes', rt(), [d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', sgd(0.05), tr(60, 16));
add('ok.cancelled-bn-relu-rmsprop', 'cancellations', can(), [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
