/**
 * Writes every candidate spec of blind fault set 148 (ski resorts and lift operations) into
 * candidates/: `npx tsx test/faults-blind148/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 148, data, layers, loss, optimizer, training, ...extra };
}

const SF = ['snow_depth_cm', 'new_snow_cm', 'temp_c', 'wind_kmh', 'weekend', 'holiday', 'ticket_price_usd'];
const ski = (x: Json = {}): Json => ({ csv: '../data/skiers.csv', target: 'skier_count', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const QF = ['hour', 'arrivals_per_h', 'capacity_per_h', 'chairs_running_pct', 'wind_ms'];
const que = (x: Json = {}): Json => ({ csv: '../data/queue.csv', target: 'queue_min', features: QF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RF = ['max_slope_deg', 'length_m', 'vertical_m', 'groomed', 'width_m', 'moguls'];
const run = (x: Json = {}): Json => ({ csv: '../data/runs.csv', target: 'difficulty', features: RF, normalize: 'standard', ...x });
const LF = ['wind_ms', 'gust_ms', 'icing_index', 'temp_c', 'load_pct'];
const stop = (x: Json = {}): Json => ({ csv: '../data/liftstop.csv', target: 'lift_stop', features: LF, normalize: 'standard', ...x });
const VF = ['skiers', 'pass_share', 'day_ticket_usd', 'rentals', 'lessons', 'snow_depth_in'];
const rev = (x: Json = {}): Json => ({ csv: '../data/revenue.csv', target: 'revenue_usd', features: VF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A patroller's notebook: wind gust (m/s) and icing index -> chairlift held (1) or running (0).
const INLINE_HOLD = {
  inline: {
    x: [[4, 0.1], [6, 0.2], [8, 0.1], [10, 0.3], [12, 0.2], [14, 0.1], [16, 0.4], [18, 0.2], [20, 0.1], [22, 0.3], [5, 0.7], [7, 0.8], [9, 0.6], [3, 0.9], [11, 0.5], [13, 0.7], [15, 0.3], [17, 0.6], [19, 0.5], [21, 0.8], [6, 0.4], [9, 0.2], [24, 0.2], [26, 0.1], [2, 0.3], [12, 0.9], [8, 0.5], [16, 0.1]],
    y: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'skier-count', ski(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'run-difficulty', run(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-revenue', 'ticket-revenue', rev(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.dropout-rate-1', 'lift-stop', stop(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'queue-minutes', que(), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(40, 0));
add('invalid-spec.units-string', 'queue-minutes', que(), [d(32, 'elu'), { type: 'dense', units: '1' }], 'mse', adam(0.003), tr(40));

add('data-error.na-snow-depth', 'skier-count-na', ski({ csv: '../data/skiers-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.lift-id-feature', 'queue-minutes', que({ features: ['lift_id', ...QF] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(50));
add('data-error.scan-ts-feature', 'queue-minutes', que({ features: ['scan_ts', ...QF] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(50));
add('data-error.trail-code-feature', 'run-difficulty', run({ features: ['trail_code', ...RF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.wind-kph-typo', 'lift-stop', stop({ features: ['wind_kph', 'gust_ms', 'icing_index', 'temp_c', 'load_pct'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.revenue-xlsx-missing', 'ticket-revenue', rev({ csv: '../data/revenue.xlsx' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.resort-code-feature', 'skier-count', ski({ features: ['resort', ...SF] }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.005), tr(60));

add('shape-mismatch.difficulty-four-heads', 'run-difficulty', run(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.revenue-usd-and-k-one-output', 'ticket-revenue', rev({ target: ['revenue_usd', 'revenue_k'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'snowpark-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));
add('shape-mismatch.lift-stop-two-sigmoid-heads', 'lift-stop', stop(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', sgd(0.05), tr(40, 16));

add('loss-activation-mismatch.softmax-one-unit-cce-stop', 'lift-stop', stop(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-bce-stop', 'lift-stop', stop(), [d(16, 'tanh'), d(1, 'relu')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-queue', 'queue-minutes', que(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-skiers', 'skier-count', ski(), [d(32, 'tanh'), d(1, 'relu')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.tanh-head-bce-hold', 'lift-hold', INLINE_HOLD, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 7));
add('loss-activation-mismatch.sigmoid-heads-cce-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'sigmoid')], 'cce', adam(0.01), tr(100, 16));

add('no-nonlinearity.circles-two-linear-adam', 'groomer-circles', CIRCLES, [d(64), d(32), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.xor-linear-nesterov-full-batch', 'gate-xor', XOR, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(200, 300));
add('no-nonlinearity.moons-linear-elu-less-rms-batch-4', 'ridge-moons', MOONS, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40, 4));
add('no-nonlinearity.spirals-linear-dropout-momentum', 'gondola-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', mom(0.02), tr(150, 16));

add('lr-out-of-range.nesterov-lr-25-queue', 'queue-minutes', que(), [d(32, 'relu'), d(1)], 'mse', nest(25), tr(20));
add('lr-out-of-range.adam-3e-9-runs', 'run-difficulty', run(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(3e-9), tr(40));
add('lr-out-of-range.rmsprop-lr-12-stop', 'lift-stop', stop(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(12), tr(20));
add('lr-out-of-range.sgd-negative-skiers', 'skier-count', ski(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-deep-rmsprop-queue', 'queue-minutes', que(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(50));
add('init-symmetry.constant-0.5-tanh-sgd-runs', 'run-difficulty', run(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', sgd(0.05), tr(50, 16));
add('init-symmetry.zeros-sigmoid-adam-moons', 'ridge-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(100));
add('init-symmetry.constant-0.2-elu-nesterov-stop', 'lift-stop', stop(), [d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', nest(0.02), tr(40));

add('init-scale.normal-std-4-sigmoid-skiers', 'skier-count', ski(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-6-elu-queue', 'queue-minutes', que(), [...tower(3, 64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(50));
add('init-scale.normal-1e-5-relu-runs', 'run-difficulty', run(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', nest(0.01), tr(50));
add('init-scale.uniform-1e-3-tanh-spirals', 'gondola-spirals', SPIRALS, [...tower(5, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', adam(0.002), tr(100));
add('init-scale.normal-std-2-relu-stop', 'lift-stop', stop(), [...tower(4, 64, 'relu', init('normal', { std: 2 })), d(1, 'sigmoid', init('normal', { std: 2 }))], 'bce', mom(0.001), tr(40));

add('dead-relu.bias-minus-8-adam-queue', 'queue-minutes', que(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.002), tr(50));
add('dead-relu.bias-minus-4-three-layer-runs', 'run-difficulty', run(), [...tower(3, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.sgd-plain-2-batch-1-skiers', 'skier-count', ski(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(2), tr(5, 1));
add('dead-relu.adam-0.3-batch-4-revenue', 'ticket-revenue', rev(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.3), tr(15, 4));
add('dead-relu.bias-minus-6-xor', 'gate-xor', XOR, [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 16));

add('exploding-gradient.raw-skier-count-target-adam', 'skier-count-raw-target', ski({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-arrivals-features-sgd', 'queue-raw-features', que({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.raw-revenue-dollars-rmsprop', 'ticket-revenue-raw-target', rev({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(40));
add('exploding-gradient.raw-trail-length-runs-momentum', 'run-difficulty-raw', run({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', mom(0.001), tr(30));
add('exploding-gradient.ten-leaky-std-0.8-skiers', 'skier-count', ski(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.8 })), d(1)], 'mse', adam(0.0001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-queue', 'queue-minutes', que(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(50));
add('vanishing-gradient.twelve-tanh-xavier-normal-runs', 'run-difficulty', run(), [...tower(12, 16, 'tanh', init('normal', { std: 0.08 })), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('vanishing-gradient.nine-sigmoid-rmsprop-circles', 'groomer-circles', CIRCLES, [...tower(9, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0003), tr(100));
add('vanishing-gradient.seven-sigmoid-nesterov-full-batch-stop', 'lift-stop', stop(), [...tower(7, 32, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 1200));

add('nan-loss.sgd-0.05-full-batch-raw-target-revenue', 'ticket-revenue-raw-target', rev({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(30, 800));
add('nan-loss.momentum-0.95-lr-2-batch-8-queue', 'queue-minutes', que(), [d(32, 'elu'), d(1)], 'mse', mom(2, 0.95), tr(10, 8));
add('nan-loss.raw-skiers-features-nesterov', 'skier-count-raw', ski({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(20));
add('nan-loss.constant-1.5-deep-tanh-free-linear-revenue', 'ticket-revenue', rev(), [...tower(5, 64, 'linear', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', sgd(0.01), tr(20));
add('nan-loss.rmsprop-5-batch-2-sine', 'snowline-sine', SINE, [d(32, 'relu'), d(1)], 'mse', rms(5), tr(20, 2));

add('saturated-activation.sigmoid-raw-arrivals-queue', 'queue-raw-features', que({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-length-runs', 'run-difficulty-raw', run({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-minus-9-skiers', 'skier-count', ski(), [d(32, 'sigmoid', { bias: -9 }), d(32, 'sigmoid', { bias: -9 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.tanh-raw-revenue-features', 'ticket-revenue-raw-features', rev({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.sigmoid-raw-load-pct-stop', 'lift-stop-raw', stop({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('lr-too-high.rmsprop-0.05-batch-2-queue', 'queue-minutes', que(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.sgd-plain-3-batch-16-runs', 'run-difficulty', run(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(3), tr(40, 16));
add('lr-too-high.nesterov-0.5-batch-4-skiers', 'skier-count', ski(), [d(32, 'tanh'), d(1)], 'mse', nest(0.5), tr(20, 4));
add('lr-too-high.adam-0.15-batch-16-stop', 'lift-stop', stop(), [d(32, 'elu'), d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.15), tr(30, 16));
add('lr-too-high.momentum-1-batch-32-blobs4', 'snowpark-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', mom(1), tr(40));
add('lr-too-high.sgd-plain-0.9-full-batch-deep-revenue', 'ticket-revenue', rev(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.9), tr(150, 800));
add('lr-too-high.momentum-0.99-lr-0.3-full-batch-queue', 'queue-minutes', que(), [d(16, 'tanh'), d(1)], 'mse', mom(0.3, 0.99), tr(120, 1100));

add('lr-too-low.sgd-plain-2e-6-full-batch-skiers', 'skier-count', ski(), [d(32, 'relu'), d(1)], 'mse', sgd(0.000002), tr(100, 900));
add('lr-too-low.adam-3e-7-runs', 'run-difficulty', run(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.0000003), tr(50));
add('lr-too-low.nesterov-1e-6-batch-64-queue', 'queue-minutes', que(), [d(32, 'tanh'), d(1)], 'mse', nest(0.000001), tr(60, 64));
add('lr-too-low.rmsprop-1e-6-stop', 'lift-stop', stop(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(40));
add('lr-too-low.momentum-5e-6-full-batch-circles', 'groomer-circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.000005), tr(200, 300));

// oscillation candidates: linear or shallow models near the edge of stability
add('oscillating-loss.sgd-plain-cm-and-inches-full-batch-linear', 'skier-count', ski({ features: ['snow_depth_cm', 'snow_depth_in', 'new_snow_cm', 'wind_kmh', 'wind_ms', 'weekend', 'holiday'] }), [d(1)], 'mse', sgd(0.55), tr(150, 900));
add('oscillating-loss.momentum-0.95-lr-0.15-full-batch-linear-queue', 'queue-minutes', que(), [d(1)], 'mse', mom(0.15, 0.95), tr(150, 1100));
add('oscillating-loss.nesterov-0.97-lr-0.2-full-batch-linear-revenue', 'ticket-revenue', rev(), [d(1)], 'mse', nest(0.2, 0.97), tr(150, 800));
add('oscillating-loss.adam-0.3-full-batch-linear-skiers', 'skier-count', ski(), [d(1)], 'mse', adam(0.3), tr(150, 900));
add('oscillating-loss.rmsprop-0.02-batch-100-linear-queue', 'queue-minutes', que(), [d(1)], 'mse', rms(0.02), tr(150, 100));
add('oscillating-loss.sgd-plain-wind-both-units-batch-550-queue', 'queue-minutes', que({ features: ['hour', 'arrivals_per_h', 'capacity_per_h', 'wind_ms', 'wind_kmh'] }), [d(1)], 'mse', sgd(0.38), tr(150, 550));
add('oscillating-loss.momentum-0.9-lr-8-logistic-full-batch-stop', 'lift-stop', stop(), [d(1, 'sigmoid')], 'bce', mom(8, 0.9), tr(150, 1200));
add('oscillating-loss.nesterov-0.95-lr-0.6-full-batch-tanh-revenue', 'ticket-revenue', rev(), [d(8, 'tanh'), d(1)], 'mse', nest(0.6, 0.95), tr(150, 800));
add('oscillating-loss.adam-0.08-full-batch-relu-queue', 'queue-minutes', que(), [d(16, 'relu'), d(1)], 'mse', adam(0.08), tr(150, 1100));
add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-linear-skiers', 'skier-count', ski(), [d(1)], 'mse', mom(0.1, 0.99), tr(150, 900));
add('oscillating-loss.nesterov-0.99-lr-0.3-full-batch-tanh-runs', 'run-difficulty', run(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.3, 0.99), tr(150, 1000));
add('oscillating-loss.momentum-0.98-lr-1-full-batch-logistic-stop', 'lift-stop', stop(), [d(1, 'sigmoid')], 'bce', mom(1, 0.98), tr(150, 1200));
add('oscillating-loss.momentum-0.99-lr-0.2-batch-275-elu-skiers', 'skier-count', ski(), [d(16, 'elu'), d(1)], 'mse', mom(0.2, 0.99), tr(120, 275));
add('oscillating-loss.adam-0.5-batch-64-linear-queue', 'queue-minutes', que(), [d(1)], 'mse', adam(0.5), tr(100, 64));
add('oscillating-loss.rmsprop-0.05-full-batch-tanh-queue', 'queue-minutes', que(), [d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(150, 1100));
add('oscillating-loss.sgd-plain-cm-and-inches-0.45-full-batch-linear', 'skier-count', ski({ features: ['snow_depth_cm', 'snow_depth_in', 'new_snow_cm', 'wind_kmh', 'wind_ms', 'weekend', 'holiday'] }), [d(1)], 'mse', sgd(0.45), tr(150, 900));
add('oscillating-loss.momentum-0.99-lr-0.5-full-batch-moons', 'ridge-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.99), tr(200, 400));
add('oscillating-loss.nesterov-0.99-lr-0.15-full-batch-linear-revenue', 'ticket-revenue', rev(), [d(1)], 'mse', nest(0.15, 0.99), tr(150, 800));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-8-linear-queue', 'queue-minutes', que(), [d(1)], 'mse', mom(0.05, 0.99), tr(40, 8));

add('loss-plateau.tower-serial-only-stop', 'lift-stop', stop({ features: ['tower_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.trail-no-only-runs', 'run-difficulty', run({ features: ['trail_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.gate-no-only-queue', 'queue-minutes', que({ features: ['gate_no'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(50));
add('loss-plateau.weight-decay-5-rmsprop-skiers', 'skier-count', ski(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-revenue', 'ticket-revenue', rev(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.01, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.skiers-adam-relu', 'skier-count', ski(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.skiers-inches-rmsprop-elu-val', 'skier-count', ski({ features: ['snow_depth_in', 'new_snow_cm', 'temp_c', 'wind_ms', 'weekend', 'holiday', 'ticket_price_usd'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.skiers-nesterov-full-batch-tanh', 'skier-count', ski(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05), tr(300, 900));
add('ok.skiers-minmax-sgd-plain-batch-1', 'skier-count', ski({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(6, 1));
add('ok.skiers-momentum-bn-dropout', 'skier-count', ski(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', mom(0.01), tr(60));
add('ok.queue-adam-elu', 'queue-minutes', que(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.queue-sgd-plain-full-batch-relu', 'queue-minutes', que(), [d(32, 'relu'), d(1)], 'mse', sgd(0.1), tr(400, 1100));
add('ok.queue-momentum-full-batch-linear', 'queue-minutes', que(), [d(1)], 'mse', mom(0.05), tr(200, 1100));
add('ok.queue-kmh-rmsprop-leaky-batch-8', 'queue-minutes', que({ features: ['hour', 'arrivals_per_h', 'capacity_per_h', 'chairs_running_pct', 'wind_kmh'] }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(30, 8));
add('ok.queue-adam-weight-decay-sigmoid', 'queue-minutes', que(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.005, { weightDecay: 0.0001 }), tr(80));
add('ok.runs-adam-relu', 'run-difficulty', run(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.runs-rmsprop-tanh-dropout', 'run-difficulty', run(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.runs-nesterov-full-batch-elu', 'run-difficulty', run(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.2), tr(300, 1000));
add('ok.runs-sgd-plain-sigmoid-batch-8', 'run-difficulty', run(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.1), tr(50, 8));
add('ok.runs-minmax-adam-bn-val', 'run-difficulty', run({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64, { validationSplit: 0.2 }));
add('ok.runs-softmax-regression-momentum', 'run-difficulty', run(), [d(5, 'softmax')], 'cce', mom(0.05), tr(80));
add('ok.stop-adam-relu', 'lift-stop', stop(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.stop-logistic-sgd-full-batch', 'lift-stop', stop(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(300, 1200));
add('ok.stop-kmh-momentum-tanh-clip', 'lift-stop', stop({ features: ['wind_ms', 'gust_kmh', 'icing_index', 'temp_c', 'load_pct'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9, { clipNorm: 1 }), tr(60));
add('ok.stop-rmsprop-elu-he-uniform', 'lift-stop', stop(), [d(32, 'elu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(50, 64));
add('ok.revenue-adam-relu', 'ticket-revenue', rev(), [d(64, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.revenue-k-rmsprop-tanh-lecun', 'ticket-revenue', rev({ target: 'revenue_k' }), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.002), tr(80));
add('ok.revenue-nesterov-full-batch-deep-elu', 'ticket-revenue', rev(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.05, 0.9), tr(400, 800));
add('ok.revenue-minmax-target-adam-dropout', 'ticket-revenue', rev({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.revenue-sgd-plain-batch-4-leaky', 'ticket-revenue', rev(), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(20, 4));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-full-batch-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.5), tr(300, 150));
add('ok.moons-adam-relu', 'ridge-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-momentum-full-batch-tanh', 'ridge-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.3), tr(400, 400));
add('ok.circles-rmsprop-elu', 'groomer-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-nesterov-relu-bn-batch-16', 'groomer-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('ok.spirals-adam-tanh-deep', 'gondola-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-relu', 'snowpark-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(80));
add('ok.sine-adam-elu-batch-8', 'snowline-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(150, 8));
add('ok.sine-rmsprop-tanh-full-batch', 'snowline-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.005), tr(500, 250));
add('ok.xor-adam-tanh', 'gate-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-leaky-xavier-normal', 'gate-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150, 16));
add('ok.hold-inline-adam-tanh', 'lift-hold', INLINE_HOLD, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 28));
add('ok.hold-inline-rmsprop-relu-batch-4', 'lift-hold', INLINE_HOLD, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 4));
add('ok.skiers-sgd-plain-full-batch-linear', 'skier-count', ski(), [d(1)], 'mse', sgd(0.1), tr(300, 900));
add('ok.stop-nesterov-full-batch-relu-deep', 'lift-stop', stop(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(400, 1200));
add('ok.runs-adam-leaky-clip-batch-128', 'run-difficulty', run(), [d(64, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.01, { clipNorm: 5 }), tr(100, 128));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
