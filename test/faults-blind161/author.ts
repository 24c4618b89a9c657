/**
 * Writes every candidate spec of blind fault set 161 (sawmills and timber yards) into candidates/:
 * `npx tsx test/faults-blind161/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 161, data, layers, loss, optimizer, training, ...extra };
}

const LF = ['diameter_cm', 'length_m', 'taper_cm_m', 'sweep_cm', 'moisture_pct', 'species_code'];
const logs = (x: Json = {}): Json => ({ csv: '../data/logs.csv', target: 'board_feet', features: LF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const KF = ['green_moisture_pct', 'final_moisture_pct', 'thickness_mm', 'density_kg_m3', 'kiln_temp_c', 'charge_m3'];
const kiln = (x: Json = {}): Json => ({ csv: '../data/kiln.csv', target: 'kiln_hours', features: KF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['knot_count', 'wane_mm', 'split_mm', 'width_mm', 'moisture_pct', 'blue_stain'];
const grade = (x: Json = {}): Json => ({ csv: '../data/grade.csv', target: 'grade', features: GF, normalize: 'standard', ...x });
const BF = ['blade_hours', 'rpm', 'feed_m_min', 'vibration_mm_s', 'tooth_temp_c', 'frozen_logs'];
const blade = (x: Json = {}): Json => ({ csv: '../data/blade.csv', target: 'blade_failure', features: BF, normalize: 'standard', ...x });
const SF = ['density_kg_m3', 'bark_mm', 'ring_width_mm', 'lightness'];
const spec = (x: Json = {}): Json => ({ csv: '../data/species.csv', target: 'species', features: SF, normalize: 'standard', ...x });
const OF = ['order_board_feet', 'distance_km', 'custom_cut', 'stock_ratio'];
const orders = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'dispatch_days', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 300, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A yard foreman's tally: log diameter (inches) and length (feet) -> board feet (Doyle rule, by hand).
const INLINE_DOYLE = {
  inline: {
    x: [[8, 8], [10, 8], [12, 8], [14, 8], [16, 8], [8, 12], [10, 12], [12, 12], [14, 12], [16, 12], [18, 12], [20, 12], [10, 16], [12, 16], [14, 16], [16, 16], [18, 16], [20, 16], [22, 16], [24, 16], [12, 10], [18, 10], [24, 12], [26, 16]],
    y: [8, 18, 32, 50, 72, 12, 27, 48, 75, 108, 147, 192, 36, 64, 100, 144, 196, 256, 324, 400, 40, 122, 300, 484],
  },
  normalize: 'standard', normalizeTarget: 'standard',
};
const LOGS_FULL = 900, KILN_FULL = 700, ORD_FULL = 800;

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.linear-kiln-momentum-0.99-lr-0.05-full', 'kiln-hours', kiln(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, KILN_FULL));
add('oscillating-loss.linear-logs-nesterov-0.97-lr-0.3-batch-450', 'board-feet', logs(), [d(1)], 'mse', nest(0.3, 0.97), tr(120, 450));
add('oscillating-loss.relu-orders-momentum-0.95-lr-0.1-full', 'dispatch-days', orders(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.1, 0.95), tr(200, ORD_FULL));
add('oscillating-loss.plain-sgd-1.9-linear-kiln-full', 'kiln-hours', kiln(), [d(1)], 'mse', sgd(0.95), tr(150, KILN_FULL));
add('oscillating-loss.rmsprop-0.05-full-batch-tanh-species', 'species', spec(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.05), tr(150, 600));
add('oscillating-loss.adam-0.3-batch-256-logs-elu', 'board-feet', logs(), [d(16, 'elu'), d(1)], 'mse', adam(0.3), tr(120, 256));
add('oscillating-loss.momentum-0.98-lr-0.5-logistic-blade', 'blade-failure', blade(), [d(1, 'sigmoid')], 'bce', mom(0.5, 0.98), tr(150, 1200));
add('oscillating-loss.nesterov-0.99-lr-0.02-relu-kiln-batch-350', 'kiln-hours', kiln(), [d(24, 'relu'), d(24, 'relu'), d(1)], 'mse', nest(0.02, 0.99), tr(200, 350));
add('oscillating-loss.minmax-sgd-plain-3-linear-orders', 'dispatch-days', orders({ normalize: 'minmax' }), [d(1)], 'mse', sgd(3), tr(150, ORD_FULL));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'board-feet', logs(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'board-grade', grade(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'kiln-hours', kiln(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batchsize-zero', 'blade-failure', blade(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 0));
add('invalid-spec.dense-units-zero', 'species', spec(), [d(0, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(60));
add('invalid-spec.dropout-rate-1.5', 'dispatch-days', orders(), [d(32, 'relu'), drop(1.5), d(1)], 'mse', nest(0.01), tr(60));

add('data-error.na-moisture-logs', 'board-feet-na', logs({ csv: '../data/logs-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.saw-id-feature', 'board-feet', logs({ features: ['saw_id', ...LF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.02), tr(60));
add('data-error.scan-ts-feature', 'board-feet', logs({ features: ['scan_ts', ...LF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.kiln-hours-typo', 'kiln-hours', kiln({ target: 'kiln_hrs' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.order-id-feature-tab', 'dispatch-days', orders({ features: ['order_id', ...OF] }), [d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.missing-species-xlsx', 'species', spec({ csv: '../data/species.xlsx' }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(60));
add('data-error.blade-shift-ts-feature', 'blade-failure', blade({ features: ['shift_ts', ...BF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.grade-four-heads-no-reject', 'board-grade', grade(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.species-three-heads', 'species', spec(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.02), tr(60));
add('shape-mismatch.board-feet-and-yield-one-output', 'board-feet', logs({ target: ['board_feet', 'moisture_pct'], features: ['diameter_cm', 'length_m', 'taper_cm_m', 'sweep_cm'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.blobs4-two-heads', 'yard-blobs', BLOBS4, [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(60));
add('shape-mismatch.inline-doyle-three-outputs', 'doyle-tally', INLINE_DOYLE, [d(8, 'tanh'), d(3)], 'mse', adam(0.01), tr(200, 8));

add('loss-activation-mismatch.relu-head-bce-blade', 'blade-failure', blade(), [d(16, 'relu'), d(1, 'relu')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.linear-head-bce-blade-rmsprop', 'blade-failure', blade(), [d(16, 'tanh'), d(1)], 'bce', rms(0.002), tr(40, 16));
add('loss-activation-mismatch.sigmoid-head-standardized-kiln', 'kiln-hours', kiln(), [d(32, 'elu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-logs', 'board-feet', logs(), [d(32, 'tanh'), d(1, 'relu')], 'mse', nest(0.02), tr(60));
add('loss-activation-mismatch.softmax-single-unit-cce-blade', 'blade-failure', blade(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));

add('no-nonlinearity.xor-two-linear-momentum', 'xor-yard', XOR, [d(16), d(16), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(150));
add('no-nonlinearity.circles-linear-adam-batch-4', 'circle-logs', CIRCLES, [d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(60, 4));
add('no-nonlinearity.spirals-three-linear-rmsprop', 'spiral-yard', SPIRALS, [d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.sine-linear-nesterov', 'saw-vibration-sine', SINE, [d(32, 'linear'), d(16, 'linear'), d(1)], 'mse', nest(0.02, 0.9), tr(150, 16));

add('lr-out-of-range.adam-lr-3-grade', 'board-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3), tr(50));
add('lr-out-of-range.nesterov-lr-40-kiln', 'kiln-hours', kiln(), [d(32, 'relu'), d(1)], 'mse', nest(40, 0.9), tr(40));
add('lr-out-of-range.rmsprop-1e-10-species', 'species', spec(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(1e-10), tr(60));
add('lr-out-of-range.sgd-negative-logs', 'board-feet', logs(), [d(32, 'relu'), d(1)], 'mse', sgd(-0.01), tr(60));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-relu-momentum-kiln', 'kiln-hours', kiln(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.02, 0.9), tr(100));
add('init-symmetry.constant-0.2-tanh-rmsprop-species', 'species', spec(), [d(32, 'tanh', { init: 'constant', value: 0.2 } as Json), d(5, 'softmax', { init: 'constant', value: 0.2 } as Json)], 'cce', rms(0.003), tr(80));
add('init-symmetry.zeros-sigmoid-adam-grade', 'board-grade', grade(), [d(24, 'sigmoid', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', adam(0.01), tr(60));
add('init-symmetry.zeros-elu-sgd-circles', 'circle-logs', CIRCLES, [d(16, 'elu', { init: 'zeros' }), d(16, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.1), tr(100, 16));

add('init-scale.normal-std-4-tanh-kiln', 'kiln-hours', kiln(), [d(64, 'tanh', { init: 'normal', std: 4 } as Json), d(64, 'tanh', { init: 'normal', std: 4 } as Json), d(1, 'linear', { init: 'normal', std: 4 } as Json)], 'mse', adam(0.003), tr(60));
add('init-scale.uniform-6-relu-logs', 'board-feet', logs(), [d(64, 'relu', { init: 'uniform', limit: 6 } as Json), d(64, 'relu', { init: 'uniform', limit: 6 } as Json), d(1, 'linear', { init: 'uniform', limit: 6 } as Json)], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-5-six-tanh-species', 'species', spec(), [...tower(6, 32, 'tanh', { init: 'normal', std: 1e-5 }), d(5, 'softmax', { init: 'normal', std: 1e-5 } as Json)], 'cce', mom(0.01, 0.9), tr(60));
add('init-scale.constant-3-leaky-grade', 'board-grade', grade(), [d(32, 'leaky_relu', { init: 'constant', value: 3 } as Json), d(32, 'leaky_relu', { init: 'normal', std: 3 } as Json), d(5, 'softmax', { init: 'normal', std: 3 } as Json)], 'cce', adam(0.003), tr(50));
add('init-scale.normal-std-2-elu-orders', 'dispatch-days', orders(), [d(128, 'elu', { init: 'normal', std: 2 } as Json), d(128, 'elu', { init: 'normal', std: 2 } as Json), d(1, 'linear', { init: 'normal', std: 2 } as Json)], 'mse', nest(0.005, 0.9), tr(60));

add('dead-relu.bias-minus-8-logs', 'board-feet', logs(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-relu-moons', 'moon-logs', MOONS, [...tower(3, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(100));
add('dead-relu.nesterov-0.95-lr-0.1-batch-1-kiln', 'kiln-hours', kiln(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.1, 0.95), tr(40, 1));
add('dead-relu.rmsprop-0.1-batch-2-orders', 'dispatch-days', orders(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.1), tr(40, 2));
add('dead-relu.momentum-0.95-lr-0.1-full-grade-300', 'board-grade', grade(), [d(32, 'relu', { bias: -2 }), d(32, 'relu', { bias: -2 }), d(5, 'softmax')], 'cce', mom(0.1, 0.95), tr(300, 1000));
add('dead-relu.adam-0.05-batch-4-blade', 'blade-failure', blade(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(30, 4));

add('exploding-gradient.raw-board-feet-target-adam', 'board-feet', logs({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('exploding-gradient.raw-kiln-features-rmsprop', 'kiln-hours', kiln({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('exploding-gradient.raw-order-board-feet-nesterov', 'dispatch-days', orders({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(1e-4, 0.9), tr(60));
add('exploding-gradient.raw-rpm-blade-sgd', 'blade-failure', blade({ normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(40));
add('exploding-gradient.raw-kiln-hours-target-momentum', 'kiln-hours', kiln({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.001, 0.9), tr(60));
add('exploding-gradient.constant-1.5-relu-four-layers-logs', 'board-feet', logs(), [...tower(4, 32, 'relu', { init: 'constant', value: 1.5 }), d(1)], 'mse', adam(0.001), tr(60));

add('vanishing-gradient.nine-sigmoid-grade', 'board-grade', grade(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.001), tr(50));
add('vanishing-gradient.eight-sigmoid-momentum-blade', 'blade-failure', blade(), [...tower(8, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01, 0.9), tr(40));
add('vanishing-gradient.ten-tanh-std-0.02-kiln', 'kiln-hours', kiln(), [...tower(10, 32, 'tanh', { init: 'normal', std: 0.02 }), d(1)], 'mse', rms(0.001), tr(60));
add('vanishing-gradient.seven-sigmoid-xor', 'xor-yard', XOR, [...tower(7, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));

add('saturated-activation.sigmoid-raw-kiln', 'kiln-hours', kiln({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-blade', 'blade-failure', blade({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-bias-8-logs', 'board-feet', logs(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('saturated-activation.sigmoid-raw-species-density', 'species', spec({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('saturated-activation.sigmoid-std-6-grade', 'board-grade', grade(), [d(64, 'sigmoid', { init: 'normal', std: 6 } as Json), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-2-batch-1-logs', 'board-feet', logs(), [d(32, 'relu'), d(1)], 'mse', sgd(2), tr(20, 1));
add('nan-loss.raw-kiln-target-sgd-full', 'kiln-hours', kiln({ normalizeTarget: 'none', normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60, KILN_FULL));
add('nan-loss.momentum-0.99-lr-1-orders', 'dispatch-days', orders(), [d(32, 'elu'), d(1)], 'mse', mom(1, 0.99), tr(40));
add('nan-loss.raw-board-feet-nesterov-batch-8', 'board-feet', logs({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9), tr(30, 8));
add('nan-loss.linear-raw-orders-momentum-0.95', 'dispatch-days', orders({ normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', mom(1e-3, 0.95), tr(40));

add('lr-too-high.adam-0.1-batch-2-kiln', 'kiln-hours', kiln(), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(40, 2));
add('lr-too-high.rmsprop-0.05-batch-1-logs', 'board-feet', logs(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(30, 1));
add('lr-too-high.nesterov-0.95-lr-0.5-batch-64-species', 'species', spec(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.5, 0.95), tr(60, 64));
add('lr-too-high.sgd-plain-1.5-batch-8-orders', 'dispatch-days', orders(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(40, 8));
add('lr-too-high.adam-0.2-batch-16-grade', 'board-grade', grade(), [d(64, 'elu'), d(5, 'softmax')], 'cce', adam(0.2), tr(50, 16));
add('lr-too-high.momentum-0.9-lr-0.3-batch-4-doyle', 'doyle-tally', INLINE_DOYLE, [d(16, 'tanh'), d(1)], 'mse', mom(0.3, 0.9), tr(200, 4));

add('lr-too-low.adam-2e-6-kiln', 'kiln-hours', kiln(), [d(32, 'relu'), d(1)], 'mse', adam(2e-6), tr(60));
add('lr-too-low.momentum-0.9-1e-5-full-logs', 'board-feet', logs(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(1e-5, 0.9), tr(300, LOGS_FULL));
add('lr-too-low.rmsprop-1e-6-batch-4-species', 'species', spec(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(1e-6), tr(40, 4));
add('lr-too-low.sgd-plain-1e-5-grade', 'board-grade', grade(), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(1e-5), tr(60, 16));
add('lr-too-low.nesterov-3e-6-moons', 'moon-logs', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(3e-6, 0.95), tr(100));

add('loss-plateau.grader-id-only-grade', 'board-grade', grade({ features: ['grader_id'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.blade-serial-only', 'blade-failure', blade({ features: ['blade_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.weight-decay-5-rmsprop-kiln', 'kiln-hours', kiln(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-nesterov-logs', 'board-feet', logs(), [d(32, 'relu'), d(1)], 'mse', nest(0.05, 0.9, { clipNorm: 1e-7 }), tr(60));
add('loss-plateau.species-code-only-logs', 'board-feet', logs({ features: ['species_code'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.02, 0.9), tr(60));
add('loss-plateau.dropout-0.95-orders', 'dispatch-days', orders(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy candidates
// ReLU 2-3 layers under momentum / Nesterov (0.9-0.95), rates 0.01-0.1, full batch / small / large, some long.
add('ok.logs-momentum-0.9-relu2-full-400', 'board-feet', logs(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.05, 0.9), tr(400, LOGS_FULL));
add('ok.kiln-nesterov-0.95-relu3-full-300', 'kiln-hours', kiln(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.02, 0.95), tr(300, KILN_FULL));
add('ok.orders-momentum-0.9-relu2-batch-8', 'dispatch-days', orders(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(60, 8));
add('ok.species-nesterov-0.9-relu2-batch-256', 'species', spec(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.1, 0.9), tr(300, 256));
add('ok.grade-momentum-0.95-relu3-batch-16', 'board-grade', grade(), [d(64, 'relu'), d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', mom(0.01, 0.95), tr(60, 16));
add('ok.moons-nesterov-0.95-relu2-full-500', 'moon-logs', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.1, 0.95), tr(500, 300));
add('ok.kiln-momentum-0.9-relu2-lr-0.1-full-300-bias-minus-1', 'kiln-hours', kiln(), [d(64, 'relu', { bias: -1 }), d(64, 'relu', { bias: -1 }), d(1)], 'mse', mom(0.1, 0.9), tr(300, KILN_FULL));
add('ok.logs-nesterov-0.95-relu3-lr-0.05-batch-2', 'board-feet', logs(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.95), tr(20, 2));
// linear models under momentum 0.9-0.99
add('ok.linear-kiln-momentum-0.95-full', 'kiln-hours', kiln(), [d(1)], 'mse', mom(0.05, 0.95), tr(200, KILN_FULL));
add('ok.linear-logs-momentum-0.99-batch-64', 'board-feet', logs(), [d(1)], 'mse', mom(0.005, 0.99), tr(80, 64));
add('ok.linear-orders-nesterov-0.9-batch-1', 'dispatch-days', orders(), [d(1)], 'mse', nest(0.002, 0.9), tr(20, 1));
add('ok.logistic-blade-momentum-0.97-full', 'blade-failure', blade(), [d(1, 'sigmoid')], 'bce', mom(0.2, 0.97), tr(300, 1200));
add('ok.linear-doyle-momentum-0.9-batch-4', 'doyle-tally', INLINE_DOYLE, [d(1)], 'mse', mom(0.02, 0.9), tr(200, 4));
add('ok.linear-kiln-momentum-0.98-lr-0.2-full-wild-start', 'kiln-hours', kiln(), [d(1)], 'mse', mom(0.2, 0.98), tr(400, KILN_FULL));
// Adam / RMSprop at batch 1-8
add('ok.kiln-adam-batch-1-elu', 'kiln-hours', kiln(), [d(32, 'elu'), d(1)], 'mse', adam(0.0005), tr(20, 1));
add('ok.species-rmsprop-batch-4-tanh', 'species', spec(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.001), tr(30, 4));
add('ok.grade-adam-batch-8-relu-dropout', 'board-grade', grade(), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.001), tr(40, 8));
add('ok.logs-rmsprop-batch-2-leaky', 'board-feet', logs(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.0005), tr(20, 2));
add('ok.orders-adam-batch-4-sigmoid-hidden', 'dispatch-days', orders(), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(40, 4));
add('ok.blade-rmsprop-batch-8-relu', 'blade-failure', blade(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(30, 8));
add('ok.iris-adam-batch-1-tanh', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(60, 1));
add('ok.doyle-adam-batch-2-elu', 'doyle-tally', INLINE_DOYLE, [d(16, 'elu'), d(1)], 'mse', adam(0.005), tr(300, 2));
// varied others
add('ok.grade-adam-bn-elu-val', 'board-grade', grade(), [d(64, 'elu', { batchNorm: true }), d(32, 'elu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.003), tr(50, 32, { validationSplit: 0.2 }));
add('ok.species-sgd-plain-relu-minmax', 'species', spec({ normalize: 'minmax' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.1), tr(150, 16));
add('ok.blade-adam-weight-decay-tanh', 'blade-failure', blade(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003, { weightDecay: 1e-4 }), tr(40));
add('ok.kiln-rmsprop-clipnorm-relu', 'kiln-hours', kiln(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.001, { clipNorm: 1 }), tr(60));
add('ok.logs-adam-he-uniform-val', 'board-feet', logs(), [d(64, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.002), tr(60, 32, { validationSplit: 0.15 }));
add('ok.orders-log-m3-nesterov-elu', 'dispatch-days', orders({ features: ['order_m3', 'distance_km', 'custom_cut', 'stock_ratio'] }), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9), tr(80));
add('ok.circles-adam-relu-bn', 'circle-logs', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(80));
add('ok.spirals-adam-tanh-deep', 'spiral-yard', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.xor-rmsprop-leaky', 'xor-yard', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('ok.sine-adam-tanh-lecun', 'saw-vibration-sine', SINE, [d(32, 'tanh', { init: 'lecun_normal' }), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.blobs4-sgd-momentum-softmax-xavier', 'yard-blobs', BLOBS4, [d(16, 'relu', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', mom(0.05, 0.9), tr(80));
add('ok.iris-rmsprop-elu-dropout', 'iris-demo', IRIS, [d(32, 'elu'), drop(0.1), d(3, 'softmax')], 'cce', rms(0.003), tr(100, 16));
add('ok.moons-adam-sigmoid-hidden', 'moon-logs', MOONS, [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300));
add('ok.kiln-minmax-adam-tanh-full', 'kiln-hours', kiln({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, KILN_FULL));
add('ok.logs-diameter-inches-rmsprop-elu', 'board-feet', logs({ features: ['diameter_in', 'length_m', 'taper_cm_m', 'sweep_cm'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.grade-nesterov-0.9-relu2-full-600', 'board-grade', grade(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.1, 0.9), tr(600, 1000));
add('ok.species-momentum-0.95-relu3-batch-1', 'species', spec(), [d(16, 'relu'), d(16, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', mom(0.01, 0.95), tr(20, 1));
add('ok.orders-momentum-0.9-relu3-full-500', 'dispatch-days', orders(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.05, 0.9), tr(500, ORD_FULL));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, s] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
