/**
 * Writes every candidate spec of blind fault set 128 (toll roads, bridges and tunnels) into candidates/:
 * `npx tsx test/faults-blind128/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 128, data, layers, loss, optimizer, training, ...extra };
}

const LF = ['hour', 'weekday', 'lane', 'express_lane', 'peak', 'rain_mm', 'speed_kmh'];
const lanes = (x: Json = {}): Json => ({ csv: '../data/lanes.csv', target: 'vehicles', features: LF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RM = ['hour', 'axles', 'speed_kmh', 'tag_rssi_dbm', 'ocr_confidence'];
const mode = (x: Json = {}): Json => ({ csv: '../data/readmode.csv', target: 'read_mode', features: RM, normalize: 'standard', ...x });
const FF = ['trips_24h', 'distinct_plazas', 'balance_usd', 'tag_age_days', 'axle_mismatch', 'night_share'];
const fraud = (x: Json = {}): Json => ({ csv: '../data/fraud.csv', target: 'tag_fraud', features: FF, normalize: 'standard', ...x });
const VF = ['cars', 'trucks', 'avg_truck_axles', 'car_rate_usd', 'holiday'];
const rev = (x: Json = {}): Json => ({ csv: '../data/revenue.csv', target: 'revenue_usd', features: VF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const TF = ['vehicles_per_h', 'truck_pct', 'queue_m', 'fan_rpm', 'speed_mph', 'temp_c'];
const co = (x: Json = {}): Json => ({ csv: '../data/tunnel.csv', target: 'co_ppm', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A bridge inspector's table: axles and gross tonnes -> needs an overweight permit (1) or not (0).
const INLINE_BRIDGE = {
  inline: {
    x: [[2, 2.1], [2, 3.5], [3, 12], [3, 19], [4, 22], [4, 31], [5, 30], [5, 41], [6, 38], [6, 47], [2, 1.6], [3, 26], [4, 36], [5, 44], [6, 52], [2, 4.4], [3, 15], [4, 27], [5, 35], [6, 43], [3, 28], [4, 33], [5, 39], [6, 55]],
    y: [0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'lane-volume', lanes(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(40));
add('invalid-spec.gelu-activation', 'read-mode', mode(), [d(32, 'gelu'), d(3, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.mae-loss-revenue', 'plaza-revenue', rev(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(40));
add('invalid-spec.batch-size-zero', 'tunnel-co', co(), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(40, 0));
add('invalid-spec.dropout-rate-1.5', 'tag-fraud', fraud(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-speed-kmh', 'lane-volume-na', lanes({ csv: '../data/lanes-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.plaza-id-feature', 'lane-volume', lanes({ features: ['plaza_id', ...LF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(40));
add('data-error.gantry-ts-feature', 'lane-volume', lanes({ features: ['gantry_ts', ...LF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(40));
add('data-error.target-vehicle-count-typo', 'lane-volume', lanes({ target: 'vehicle_count' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.revenue-day-feature', 'plaza-revenue', rev({ features: ['day', ...VF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.tunnel-path-outside-workspace', 'tunnel-co', co({ csv: '/tmp/scada/tunnel.csv' }), [d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(40));

add('shape-mismatch.readmode-two-heads-no-manual', 'read-mode', mode(), [d(32, 'relu'), d(2, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.co-and-speed-one-output', 'tunnel-co', co({ target: ['co_ppm', 'speed_mph'], features: ['vehicles_per_h', 'truck_pct', 'queue_m', 'fan_rpm', 'temp_c'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(40));
add('shape-mismatch.blobs4-three-heads', 'plaza-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.02), tr(50));
add('shape-mismatch.spirals3-two-heads-sgd', 'lane-spirals', SPIRALS3, [d(32, 'relu'), d(2, 'softmax')], 'cce', sgd(0.1), tr(50, 16));

add('loss-activation-mismatch.relu-head-standardized-co', 'tunnel-co', co(), [d(32, 'tanh'), d(1, 'relu', { bias: -1 })], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-one-unit-bce-fraud', 'tag-fraud', fraud(), [d(32, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-bridge', 'bridge-permit', INLINE_BRIDGE, [d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.sigmoid-head-standardized-lanes', 'lane-volume', lanes(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', mom(0.02), tr(60));

add('no-nonlinearity.circles-linear-adam-deep', 'ring-road-circles', CIRCLES, [d(32), d(32), d(16), d(1, 'sigmoid')], 'bce', adam(0.005), tr(80));
add('no-nonlinearity.xor-linear-nesterov-batch-4', 'xor-gantry', XOR, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 4));
add('no-nonlinearity.spirals3-linear-bn-rmsprop', 'lane-spirals', SPIRALS3, [d(64, 'linear', { batchNorm: true }), d(64, 'linear', { batchNorm: true }), d(3, 'softmax')], 'cce', rms(0.003), tr(80));
add('no-nonlinearity.sine-linear-sgd', 'tide-sine', SINE, [d(32), d(32), d(1)], 'mse', mom(0.01), tr(100, 16));

add('lr-out-of-range.nesterov-lr-40-lanes', 'lane-volume', lanes(), [d(32, 'relu'), d(1)], 'mse', nest(40), tr(30));
add('lr-out-of-range.adam-1e-8-readmode', 'read-mode', mode(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', adam(1e-8), tr(40));
add('lr-out-of-range.rmsprop-lr-12-fraud', 'tag-fraud', fraud(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(12), tr(30));
add('lr-out-of-range.sgd-negative-co', 'tunnel-co', co(), [d(16, 'tanh'), d(1)], 'mse', sgd(-0.01), tr(30));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.constant-0.3-tanh-co', 'tunnel-co', co(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-sigmoid-readmode', 'read-mode', mode(), [d(32, 'sigmoid', init('zeros')), d(3, 'softmax', init('zeros'))], 'cce', mom(0.05), tr(50));
add('init-symmetry.constant-0.2-elu-circles', 'ring-road-circles', CIRCLES, [d(16, 'elu', init('constant', { value: 0.2 })), d(16, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', rms(0.003), tr(80));
add('init-symmetry.zeros-tanh-moons-sgd', 'bridge-moons', MOONS, [d(16, 'tanh', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', sgd(0.1), tr(80, 16));

add('init-scale.normal-std-10-sigmoid-readmode', 'read-mode', mode(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(3, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.003), tr(40));
add('init-scale.uniform-20-tanh-lanes', 'lane-volume', lanes(), [d(32, 'tanh', init('uniform', { limit: 20 })), d(32, 'tanh', init('uniform', { limit: 20 })), d(1, 'linear', init('uniform', { limit: 20 }))], 'mse', rms(0.002), tr(40));
add('init-scale.normal-1e-5-four-relu-co', 'tunnel-co', co(), [...tower(4, 32, 'relu', init('normal', { std: 1e-5 })), d(1, 'linear', init('normal', { std: 1e-5 }))], 'mse', mom(0.01), tr(40));
add('init-scale.normal-std-4-elu-revenue', 'plaza-revenue', rev(), [d(64, 'elu', init('normal', { std: 4 })), d(64, 'elu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(40));

add('dead-relu.bias-minus-8-wide-lanes', 'lane-volume', lanes(), [d(256, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(40));
add('dead-relu.bias-minus-2-three-layer-moons', 'bridge-moons', MOONS, [d(32, 'relu', { bias: -2 }), d(32, 'relu', { bias: -2 }), d(32, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60));
add('dead-relu.bias-minus-20-fraud', 'tag-fraud', fraud(), [d(64, 'relu', { bias: -20 }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('dead-relu.adam-0.4-batch-4-readmode', 'read-mode', mode(), [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.4), tr(30, 4));

add('exploding-gradient.raw-revenue-dollars-adam', 'plaza-revenue', rev({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-vehicles-unnormalized-nesterov', 'lane-volume', lanes({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(1e-6), tr(40));
add('exploding-gradient.raw-fan-rpm-features-momentum', 'tunnel-co', co({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(1e-5, 0.9, { clipNorm: 5 }), tr(40));
add('exploding-gradient.ten-relu-std-0.8-lanes', 'lane-volume', lanes(), [...tower(10, 32, 'relu', init('normal', { std: 0.8 })), d(1)], 'mse', adam(0.001), tr(30));

add('vanishing-gradient.nine-sigmoid-lanes', 'lane-volume', lanes(), [...tower(9, 32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(40));
add('vanishing-gradient.eight-tanh-std-0.1-readmode', 'read-mode', mode(), [...tower(8, 32, 'tanh', init('normal', { std: 0.1 })), d(3, 'softmax')], 'cce', sgd(0.05), tr(40));
add('vanishing-gradient.twelve-sigmoid-spirals', 'lane-spirals', SPIRALS3, [...tower(12, 24, 'sigmoid'), d(3, 'softmax')], 'cce', nest(0.01), tr(60));
add('vanishing-gradient.seven-sigmoid-rmsprop-fraud', 'tag-fraud', fraud(), [...tower(7, 16, 'sigmoid', init('lecun_normal')), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(40));

add('saturated-activation.sigmoid-raw-tunnel-features', 'tunnel-co', co({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-8-lanes', 'lane-volume', lanes(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(1)], 'mse', nest(0.01), tr(40));
add('saturated-activation.sigmoid-raw-fraud-features', 'tag-fraud', fraud({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-raw-car-counts-revenue', 'plaza-revenue', rev({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-lr-5-batch-1-lanes', 'lane-volume', lanes(), [d(32, 'relu'), d(1)], 'mse', sgd(5), tr(5, 1));
add('nan-loss.raw-revenue-target-sgd', 'plaza-revenue', rev({ normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', sgd(0.1), tr(20));
add('nan-loss.momentum-lr-2-raw-co', 'tunnel-co', co({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(2, 0.9), tr(20, 64));
add('nan-loss.rmsprop-3-raw-features-lanes', 'lane-volume', lanes({ normalize: 'none' }), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(3), tr(20, 8));

add('lr-too-high.adam-0.3-batch-16-readmode', 'read-mode', mode(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.3), tr(40, 16));
add('lr-too-high.sgd-plain-2-lanes', 'lane-volume', lanes(), [d(32, 'tanh'), d(1)], 'mse', sgd(2), tr(40));
add('lr-too-high.rmsprop-0.05-batch-2-co', 'tunnel-co', co(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(20, 2));
add('lr-too-high.nesterov-0.8-fraud', 'tag-fraud', fraud(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.8, 0.95), tr(40));
add('lr-too-high.momentum-0.95-lr-0.5-iris-batch-8', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.95), tr(60, 8));
add('lr-too-high.adam-0.1-batch-1-bridge', 'bridge-permit', INLINE_BRIDGE, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(100, 1));

add('lr-too-low.sgd-1e-5-lanes', 'lane-volume', lanes(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-5), tr(40));
add('lr-too-low.adam-1e-7-readmode', 'read-mode', mode(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', adam(1e-7), tr(40));
add('lr-too-low.rmsprop-1e-6-fraud', 'tag-fraud', fraud(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(1e-6), tr(40));
add('lr-too-low.nesterov-1e-6-full-batch-co', 'tunnel-co', co(), [d(32, 'relu'), d(1)], 'mse', nest(1e-6), tr(100, 1000));
add('lr-too-low.momentum-3e-6-spirals', 'lane-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', mom(3e-6), tr(60, 16));

add('oscillating-loss.sgd-plain-1.2-full-batch-linear-km-mph', 'lane-volume', lanes({ features: [...LF, 'speed_mph'] }), [d(1)], 'mse', sgd(1.2), tr(150, 1200));
add('oscillating-loss.momentum-0.97-lr-0.08-full-batch-linear-co', 'tunnel-co', co(), [d(1)], 'mse', mom(0.08, 0.97), tr(200, 1000));
add('oscillating-loss.nesterov-0.99-lr-0.03-batch-500-linear-revenue', 'plaza-revenue', rev(), [d(1)], 'mse', nest(0.03, 0.99), tr(200, 500));
add('oscillating-loss.rmsprop-0.02-full-batch-tanh-lanes', 'lane-volume', lanes(), [d(16, 'tanh'), d(1)], 'mse', rms(0.02), tr(200, 1200));
add('oscillating-loss.momentum-0.9-lr-0.4-batch-256-linear-co', 'tunnel-co', co(), [d(1)], 'mse', mom(0.4, 0.9), tr(150, 256));
add('oscillating-loss.sgd-plain-0.7-batch-128-linear-revenue', 'plaza-revenue', rev(), [d(1)], 'mse', sgd(0.7), tr(150, 128));
add('oscillating-loss.momentum-0.95-lr-0.6-full-batch-logistic-fraud', 'tag-fraud', fraud(), [d(1, 'sigmoid')], 'bce', mom(0.6, 0.95), tr(200, 1200));
add('oscillating-loss.sgd-plain-0.95-minmax-full-batch-linear-co', 'tunnel-co', co({ normalize: 'minmax' }), [d(1)], 'mse', sgd(4), tr(150, 1000));

add('oscillating-loss.momentum-0.98-lr-0.05-full-batch-linear-lanes', 'lane-volume', lanes(), [d(1)], 'mse', mom(0.05, 0.98), tr(200, 1200));
add('oscillating-loss.momentum-0.95-lr-0.3-batch-128-linear-lanes', 'lane-volume', lanes(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 128));
add('oscillating-loss.nesterov-0.97-lr-0.1-full-batch-linear-revenue', 'plaza-revenue', rev(), [d(1)], 'mse', nest(0.1, 0.97), tr(200, 900));
add('oscillating-loss.momentum-0.9-lr-0.5-batch-64-linear-co', 'tunnel-co', co(), [d(1)], 'mse', mom(0.5, 0.9), tr(150, 64));
add('loss-plateau.gantry-serial-only-readmode', 'read-mode', mode({ features: ['gantry_serial'] }), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.temp-only-co', 'tunnel-co', co({ features: ['temp_c'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(40));
add('loss-plateau.weight-decay-2-momentum-lanes', 'lane-volume', lanes(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 2 }), tr(40));
add('loss-plateau.clipnorm-1e-7-nesterov-revenue', 'plaza-revenue', rev(), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 1e-7 }), tr(40));
add('loss-plateau.distinct-plazas-only-fraud', 'tag-fraud', fraud({ features: ['distinct_plazas'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

// ---------------------------------------------------------------- healthy
add('ok.lanes-adam-relu', 'lane-volume', lanes(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.lanes-nesterov-elu-val', 'lane-volume', lanes(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 32, { validationSplit: 0.2 }));
add('ok.lanes-rmsprop-tanh-batch-64', 'lane-volume', lanes(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(80, 64));
add('ok.lanes-minmax-adam-leaky-dropout', 'lane-volume', lanes({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(64, 'leaky_relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.lanes-sgd-plain-relu-batch-8', 'lane-volume', lanes(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(60, 8));
add('ok.lanes-mph-bn-momentum', 'lane-volume', lanes({ features: ['hour', 'weekday', 'lane', 'express_lane', 'peak', 'rain_mm', 'speed_mph'] }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.01), tr(60));
add('ok.lanes-adam-weight-decay-clip', 'lane-volume', lanes(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 1e-4, clipNorm: 1 }), tr(60));
add('ok.readmode-adam-relu', 'read-mode', mode(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.readmode-sgd-tanh-batch-1', 'read-mode', mode(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.01), tr(15, 1));
add('ok.readmode-rmsprop-elu-dropout-val', 'read-mode', mode(), [d(64, 'elu'), drop(0.2), d(3, 'softmax')], 'cce', rms(0.001), tr(40, 32, { validationSplit: 0.15 }));
add('ok.readmode-nesterov-sigmoid-full-batch', 'read-mode', mode(), [d(32, 'sigmoid'), d(3, 'softmax')], 'cce', nest(0.5), tr(300, 1100));
add('ok.readmode-minmax-momentum-bn', 'read-mode', mode({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', mom(0.05), tr(40));
add('ok.fraud-adam-relu', 'tag-fraud', fraud(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.fraud-rmsprop-tanh', 'tag-fraud', fraud(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('ok.fraud-logistic-momentum', 'tag-fraud', fraud(), [d(1, 'sigmoid')], 'bce', mom(0.05), tr(60));
add('ok.fraud-nesterov-elu-val', 'tag-fraud', fraud(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 32, { validationSplit: 0.2 }));
add('ok.revenue-adam-relu', 'plaza-revenue', rev(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.revenue-rmsprop-elu-batch-16', 'plaza-revenue', rev(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 16));
add('ok.revenue-linear-sgd', 'plaza-revenue', rev(), [d(1)], 'mse', sgd(0.05), tr(80));
add('ok.revenue-minmax-momentum-tanh', 'plaza-revenue', rev({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.02), tr(80));
add('ok.revenue-adam-leaky-full-batch', 'plaza-revenue', rev(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.01), tr(300, 900));
add('ok.co-adam-relu', 'tunnel-co', co(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.co-nesterov-tanh-bn', 'tunnel-co', co(), [d(32, 'tanh', { batchNorm: true }), d(1)], 'mse', nest(0.01), tr(60));
add('ok.co-rmsprop-elu-dropout', 'tunnel-co', co(), [d(64, 'elu'), drop(0.1), d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.co-sgd-plain-sigmoid-batch-4', 'tunnel-co', co(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(40, 4));
add('ok.co-minmax-adam-xavier', 'tunnel-co', co({ normalize: 'minmax' }), [d(32, 'tanh', init('xavier_normal')), d(1)], 'mse', adam(0.005), tr(80));
add('ok.co-momentum-he-uniform-val', 'tunnel-co', co(), [d(32, 'relu', init('he_uniform')), d(1)], 'mse', mom(0.01), tr(60, 32, { validationSplit: 0.2 }));
add('ok.moons-adam-relu', 'bridge-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.circles-rmsprop-tanh', 'ring-road-circles', CIRCLES, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(100));
add('ok.spirals3-adam-relu-deep', 'lane-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(200));
add('ok.blobs4-sgd-elu', 'plaza-blobs', BLOBS4, [d(16, 'elu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(60));
add('ok.iris-nesterov-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.02), tr(100, 8));
add('ok.sine-adam-tanh', 'tide-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(200));
add('ok.xor-rmsprop-relu', 'xor-gantry', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('ok.bridge-inline-adam-tanh', 'bridge-permit', INLINE_BRIDGE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 24));
add('ok.bridge-inline-momentum-relu-batch-4', 'bridge-permit', INLINE_BRIDGE, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(200, 4));
add('ok.lanes-adam-sigmoid-lecun', 'lane-volume', lanes(), [d(32, 'sigmoid', init('lecun_normal')), d(1)], 'mse', adam(0.005), tr(80));
add('ok.fraud-sgd-relu-batch-full', 'tag-fraud', fraud(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.5), tr(200, 1200));
add('ok.co-rmsprop-clip-weight-decay', 'tunnel-co', co(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002, { clipNorm: 2, weightDecay: 1e-4 }), tr(60));
add('ok.moons-nesterov-elu-bn', 'bridge-moons', MOONS, [d(32, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, file + '.nn.json'), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
