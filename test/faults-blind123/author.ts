/**
 * Writes every candidate spec of blind fault set 123 (data centres and server rooms) into candidates/:
 * `npx tsx test/faults-blind123/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 123, data, layers, loss, optimizer, training, ...extra };
}
const RACK = ['hour', 'inlet_temp_c', 'cpu_util_pct', 'servers_on', 'fan_rpm', 'net_gbps'];
const rack = (x: Json = {}): Json => ({ csv: '../data/racks.csv', target: 'power_kw', features: RACK, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SHUT = ['inlet_temp_f', 'cpu_util_pct', 'fan_rpm', 'dust_ug_m3', 'uptime_days'];
const shut = (x: Json = {}): Json => ({ csv: '../data/shutdowns.csv', target: 'thermal_shutdown', features: SHUT, normalize: 'standard', ...x });
const WL = ['cpu_util_pct', 'mem_gb', 'net_gbps', 'disk_mb_s', 'gpu_util_pct'];
const wl = (x: Json = {}): Json => ({ csv: '../data/workloads.csv', target: 'workload', features: WL, normalize: 'standard', ...x });
const EN = ['it_load_kw', 'outside_temp_c', 'price_usd_kwh', 'chillers_running'];
const en = (x: Json = {}): Json => ({ csv: '../data/energy.csv', target: 'energy_cost_usd', features: EN, normalize: 'standard', normalizeTarget: 'standard', ...x });
const JOB = ['cores', 'input_gb', 'queue_depth', 'retries', 'cpu_eff_pct'];
const job = (x: Json = {}): Json => ({ csv: '../data/jobs.csv', target: 'duration_min', features: JOB, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 240, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A night-shift operator's notebook: inlet °C and fan duty % -> the room raised a heat alarm (0/1).
const INLINE_ALARM = {
  inline: {
    x: [[21, 40], [31, 95], [22, 45], [29, 90], [24, 55], [33, 100], [20, 35], [28, 60], [23, 50], [30, 85], [25, 70], [32, 98], [19, 30], [27, 80], [26, 65], [34, 100], [22, 75], [29, 50], [24, 90], [31, 70], [21, 60], [28, 95]],
    y: [0, 1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation attempts first
add('oscillating-loss.adam-0.05-full-batch-relu-racks', 'racks', rack(), [d(64, 'relu'), d(1)], 'mse', adam(0.05), tr(200, 1000));
add('oscillating-loss.rmsprop-0.03-full-batch-tanh-energy', 'energy', en(), [d(32, 'tanh'), d(1)], 'mse', rms(0.03), tr(200, 730));
add('oscillating-loss.nesterov-0.95-lr-0.2-batch-128-workloads', 'workloads', wl(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.2, 0.95), tr(120, 128));
add('oscillating-loss.momentum-0.9-lr-0.5-batch-64-xor', 'rack-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.9), tr(200, 64));
add('oscillating-loss.adam-0.1-batch-8-sine', 'fan-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.1), tr(120, 8));
add('oscillating-loss.sgd-plain-0.9-batch-4-relu-circles', 'aisle-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.9), tr(80, 4));
add('oscillating-loss.momentum-0.97-lr-0.05-full-batch-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05, 0.97), tr(300, 150));
add('oscillating-loss.sgd-plain-1.8-full-batch-linear-racks', 'racks', rack(), [d(1)], 'mse', sgd(1.8), tr(150, 1000));
add('oscillating-loss.adam-0.03-batch-2-jobs', 'jobs', job(), [d(32, 'elu'), d(1)], 'mse', adam(0.03), tr(30, 2));
add('oscillating-loss.momentum-0.99-lr-0.1-batch-256-shutdowns', 'shutdowns', shut(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.1, 0.99), tr(150, 256));
add('oscillating-loss.nesterov-0.9-lr-1-full-batch-logistic-alarm', 'alarm-notebook', INLINE_ALARM, [d(1, 'sigmoid')], 'bce', nest(1, 0.9), tr(200, 22));
add('oscillating-loss.rmsprop-0.1-batch-64-elu-workloads', 'workloads', wl(), [d(64, 'elu'), d(5, 'softmax')], 'cce', rms(0.1), tr(80, 64));
add('oscillating-loss.sgd-plain-0.5-batch-1-tanh-energy', 'energy', en(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.5), tr(30, 1));
add('oscillating-loss.momentum-0.95-lr-0.3-batch-32-moons', 'hot-cold-moons', MOONS, [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.95), tr(120, 32));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'racks', rack(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(40));
add('invalid-spec.selu-activation', 'jobs', job(), [d(32, 'selu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.binary-crossentropy-loss-name', 'shutdowns', shut(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1.2', 'workloads', wl(), [d(32, 'relu'), drop(1.2), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'energy', en(), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(40, 0));

add('data-error.na-fan-rpm', 'racks-na', rack({ csv: '../data/racks-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.logged-at-feature', 'racks', rack({ features: ['logged_at', ...RACK] }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(50));
add('data-error.rack-id-feature', 'racks', rack({ features: ['rack_id', 'cpu_util_pct', 'servers_on'] }), [d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(50));
add('data-error.missing-csv-path', 'jobs', job({ csv: '../data/job.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.target-case-typo-power-kW', 'racks', rack({ target: 'power_kW' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.day-date-feature-energy', 'energy', en({ features: ['day', ...EN] }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(50));

add('shape-mismatch.workloads-six-heads', 'workloads', wl(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.spirals3-two-heads', 'cable-spirals', SPIRALS3, [d(64, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(100));
add('shape-mismatch.shutdown-bce-two-sigmoids', 'shutdowns', shut(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('shape-mismatch.kw-and-fan-targets-one-output', 'racks-two', rack({ target: ['power_kw', 'fan_rpm'], features: ['hour', 'inlet_temp_c', 'cpu_util_pct', 'servers_on', 'net_gbps'] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(40));

add('loss-activation-mismatch.softmax-one-unit-bce-shutdowns', 'shutdowns', shut(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-power', 'racks', rack(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-alarm', 'alarm-notebook', INLINE_ALARM, [d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(150, 4));
add('loss-activation-mismatch.relu-head-raw-cost-target', 'energy', en({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', mom(0.001), tr(50));
add('loss-activation-mismatch.linear-heads-cce-workloads', 'workloads', wl(), [d(32, 'relu'), d(5)], 'cce', rms(0.002), tr(40));

add('no-nonlinearity.circles-linear-adam', 'aisle-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('no-nonlinearity.spirals3-linear-momentum', 'cable-spirals', SPIRALS3, [d(64, 'linear'), d(64, 'linear'), d(3, 'softmax')], 'cce', mom(0.02), tr(120));
add('no-nonlinearity.sine-linear-rmsprop-batch-8', 'fan-sine', SINE, [d(32), d(16), d(1)], 'mse', rms(0.002), tr(100, 8));
add('no-nonlinearity.xor-linear-dropout-nesterov', 'rack-xor', XOR, [d(32, 'linear'), drop(0.1), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));

add('lr-out-of-range.nesterov-30-racks', 'racks', rack(), [d(32, 'tanh'), d(1)], 'mse', nest(30), tr(40));
add('lr-out-of-range.adam-1e-10-workloads', 'workloads', wl(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-10), tr(40));
add('lr-out-of-range.negative-sgd-jobs', 'jobs', job(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));
add('lr-out-of-range.rmsprop-100-shutdowns', 'shutdowns', shut(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(100), tr(40));

// ---------------------------------------------------------------- init faults
add('init-symmetry.constant-0.1-tanh-momentum-racks', 'racks', rack(), [d(32, 'tanh', { init: 'constant', value: 0.1 }), d(32, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'linear', { init: 'constant', value: 0.1 })], 'mse', mom(0.01), tr(60));
add('init-symmetry.zeros-sigmoid-adam-workloads', 'workloads', wl(), [d(32, 'sigmoid', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', adam(0.003), tr(50));
add('init-symmetry.uniform-limit-0-elu-moons', 'hot-cold-moons', MOONS, [d(24, 'elu', { init: 'uniform', limit: 0 }), d(24, 'elu', { init: 'uniform', limit: 0 }), d(1, 'sigmoid', { init: 'uniform', limit: 0 })], 'bce', rms(0.003), tr(120));
add('init-symmetry.constant-0.3-leaky-spirals3', 'cable-spirals', SPIRALS3, [d(64, 'leaky_relu', { init: 'constant', value: 0.3 }), d(3, 'softmax', { init: 'constant', value: 0.3 })], 'cce', adam(0.01), tr(120));

add('init-scale.normal-std-3-relu-four-layers-energy', 'energy', en(), [...tower(4, 64, 'relu', { init: 'normal', std: 3 }), d(1)], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-1e-5-relu-deep-workloads', 'workloads', wl(), [...tower(6, 32, 'relu', { init: 'uniform', limit: 1e-5 }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('init-scale.normal-std-0.001-elu-five-layers-jobs', 'jobs', job(), [...tower(5, 32, 'elu', { init: 'normal', std: 0.001 }), d(1)], 'mse', sgd(0.05), tr(50));
add('init-scale.normal-std-8-tanh-circles', 'aisle-circles', CIRCLES, [d(32, 'tanh', { init: 'normal', std: 8 }), d(32, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(120));

add('dead-relu.bias-minus-4-two-layers-shutdowns', 'shutdowns', shut(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(50));
add('dead-relu.bias-minus-10-racks-momentum', 'racks', rack(), [d(64, 'relu', { bias: -10 }), d(1)], 'mse', mom(0.01), tr(50));
add('dead-relu.small-std-bias-minus-1-workloads', 'workloads', wl(), [d(32, 'relu', { init: 'normal', std: 0.01, bias: -1 }), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('dead-relu.bias-minus-2-relu-tower-sine', 'fan-sine', SINE, [...tower(3, 16, 'relu', { bias: -2 }), d(1)], 'mse', adam(0.003), tr(150, 16));

add('exploding-gradient.raw-watts-target-nesterov', 'racks-w', rack({ target: 'power_w', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0005), tr(50));
add('exploding-gradient.raw-input-bytes-feature-adam', 'jobs-bytes', job({ normalize: 'none', features: ['cores', 'input_bytes', 'queue_depth'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(50));
add('exploding-gradient.raw-cost-target-rmsprop', 'energy', en({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(50));
add('exploding-gradient.ten-relu-he-batch-1-racks', 'racks', rack({ normalizeTarget: 'none' }), [...tower(10, 32, 'relu'), d(1)], 'mse', sgd(0.001), tr(10, 1));

add('vanishing-gradient.nine-tanh-std-0.1-racks', 'racks', rack(), [...tower(9, 32, 'tanh', { init: 'normal', std: 0.1 }), d(1)], 'mse', adam(0.001), tr(50));
add('vanishing-gradient.eight-sigmoid-sgd-shutdowns', 'shutdowns', shut(), [...tower(8, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(50));
add('vanishing-gradient.ten-sigmoid-xavier-rmsprop-workloads', 'workloads', wl(), [...tower(10, 24, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', rms(0.0005), tr(50));
add('vanishing-gradient.fifteen-tanh-small-circles', 'aisle-circles', CIRCLES, [...tower(15, 16, 'tanh', { init: 'uniform', limit: 0.1 }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(120));

add('nan-loss.sgd-plain-2-batch-1-jobs', 'jobs', job(), [d(32, 'relu'), d(1)], 'mse', sgd(2), tr(20, 1));
add('nan-loss.raw-energy-everything-sgd-0.01', 'energy-raw', en({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(40));
add('nan-loss.momentum-0.99-lr-0.5-racks', 'racks', rack(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.5, 0.99), tr(40));
add('nan-loss.uniform-20-elu-workloads', 'workloads', wl(), [d(64, 'elu', { init: 'uniform', limit: 20 }), d(64, 'elu', { init: 'uniform', limit: 20 }), d(5, 'softmax')], 'cce', adam(0.003), tr(40));

add('saturated-activation.raw-fan-rpm-tanh-racks', 'racks-raw', rack({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.001), tr(50));
add('saturated-activation.raw-fahrenheit-sigmoid-shutdowns', 'shutdowns-raw', shut({ normalize: 'none' }), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(50));
add('saturated-activation.sigmoid-bias-minus-7-energy', 'energy', en(), [d(32, 'sigmoid', { bias: -7 }), d(32, 'sigmoid', { bias: -7 }), d(1)], 'mse', nest(0.01), tr(50));
add('saturated-activation.tanh-std-6-jobs', 'jobs', job(), [d(64, 'tanh', { init: 'normal', std: 6 }), d(1)], 'mse', mom(0.005), tr(50));

add('lr-too-high.adam-0.08-batch-8-racks', 'racks', rack(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.08), tr(40, 8));
add('lr-too-high.rmsprop-0.05-batch-16-jobs', 'jobs', job(), [d(64, 'elu'), d(1)], 'mse', rms(0.05), tr(40, 16));
add('lr-too-high.nesterov-0.3-batch-64-energy', 'energy', en(), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', nest(0.3), tr(60, 64));
add('lr-too-high.momentum-0.5-lr-0.8-workloads', 'workloads', wl(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.8, 0.5), tr(40));
add('lr-too-high.adam-0.3-batch-4-iris', 'iris', IRIS, [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.3), tr(60, 4));
add('lr-too-high.sgd-plain-1.2-batch-16-tanh-sine', 'fan-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', sgd(1.2), tr(100, 16));

add('lr-too-low.sgd-1e-4-full-batch-workloads', 'workloads', wl(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1e-4), tr(60, 1035));
add('lr-too-low.adam-1e-5-batch-64-racks', 'racks', rack(), [d(64, 'tanh'), d(1)], 'mse', adam(1e-5), tr(60, 64));
add('lr-too-low.momentum-2e-5-energy', 'energy', en(), [d(32, 'relu'), d(1)], 'mse', mom(2e-5), tr(60));
add('lr-too-low.rmsprop-1e-6-circles', 'aisle-circles', CIRCLES, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(1e-6), tr(100));

add('loss-plateau.input-dropout-0.9-racks', 'racks', rack(), [drop(0.9), d(64, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-0.5-adam-workloads', 'workloads', wl(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003, { weightDecay: 0.5 }), tr(60));
add('loss-plateau.two-unit-relu-bottleneck-spirals3', 'cable-spirals', SPIRALS3, [d(2, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.sigmoid-std-0.001-xor-sgd', 'rack-xor', XOR, [d(4, 'sigmoid', { init: 'normal', std: 0.001 }), d(1, 'sigmoid', { init: 'normal', std: 0.001 })], 'bce', sgd(0.05), tr(200, 16));
add('loss-plateau.clipnorm-1e-6-nesterov-energy', 'energy', en(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.9, { clipNorm: 1e-6 }), tr(60));

// second round (after the first observation): init-symmetry, lr-too-high and oscillation attempts
add('init-symmetry.constant-0.5-relu-adam-workloads', 'workloads', wl(), [d(32, 'relu', { init: 'constant', value: 0.5 }), d(32, 'relu', { init: 'constant', value: 0.5 }), d(5, 'softmax', { init: 'constant', value: 0.5 })], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-tanh-nesterov-energy', 'energy', en(), [d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', nest(0.02), tr(60));
add('init-symmetry.constant-0.2-sigmoid-rmsprop-jobs', 'jobs', job(), [d(48, 'sigmoid', { init: 'constant', value: 0.2 }), d(1, 'linear', { init: 'constant', value: 0.2 })], 'mse', rms(0.002), tr(60));
add('lr-too-high.rmsprop-0.02-batch-2-workloads', 'workloads', wl(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.02), tr(20, 2));
add('lr-too-high.nesterov-0.2-batch-8-tanh-jobs', 'jobs', job(), [d(32, 'tanh'), d(1)], 'mse', nest(0.2), tr(40, 8));
add('lr-too-high.sgd-plain-3-batch-1-logistic-shutdowns', 'shutdowns', shut(), [d(1, 'sigmoid')], 'bce', sgd(3), tr(20, 1));
add('lr-too-high.adam-0.05-batch-1-elu-racks', 'racks', rack(), [d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(15, 1));
add('oscillating-loss.adam-0.1-batch-4-relu-sine', 'fan-sine', SINE, [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(120, 4));
add('oscillating-loss.rmsprop-0.05-batch-32-tanh-energy', 'energy', en(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(100, 32));
add('oscillating-loss.adam-0.05-batch-2-energy', 'energy', en(), [d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(30, 2));
add('oscillating-loss.momentum-0.9-lr-0.05-batch-4-racks', 'racks', rack(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.9), tr(40, 4));
add('oscillating-loss.adam-0.08-batch-16-jobs-minmax', 'jobs', job({ normalize: 'minmax' }), [d(64, 'relu'), d(1)], 'mse', adam(0.08), tr(80, 16));

// ---------------------------------------------------------------- healthy
add('ok.racks-relu-adam', 'racks', rack(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.racks-tanh-nesterov-val', 'racks', rack(), [d(32, 'tanh'), d(1)], 'mse', nest(0.02), tr(80, 32, { validationSplit: 0.2 }));
add('ok.racks-minmax-elu-rmsprop', 'racks', rack({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(48, 'elu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.racks-bn-leaky-adam-batch-128', 'racks', rack(), [d(64, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.racks-linear-sgd-full-batch', 'racks', rack(), [d(1)], 'mse', sgd(0.2), tr(300, 1000));
add('ok.racks-sigmoid-momentum-batch-16', 'racks', rack(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05), tr(80, 16));
add('ok.racks-fahrenheit-kw-relu-adam-wd', 'racks', rack({ features: ['hour', 'inlet_temp_f', 'cpu_util_pct', 'servers_on', 'fan_rpm', 'net_mbps'] }), [d(64, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 1e-4 }), tr(60));
add('ok.shutdowns-relu-adam', 'shutdowns', shut(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.shutdowns-logistic-rmsprop', 'shutdowns', shut(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(80));
add('ok.shutdowns-tanh-nesterov-val', 'shutdowns', shut(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(80, 32, { validationSplit: 0.2 }));
add('ok.shutdowns-elu-dropout-adam', 'shutdowns', shut(), [d(32, 'elu'), drop(0.2), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 64));
add('ok.workloads-relu-adam', 'workloads', wl(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), tr(50));
add('ok.workloads-tanh-sgd-batch-8', 'workloads', wl(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.02), tr(40, 8));
add('ok.workloads-minmax-elu-nesterov', 'workloads', wl({ normalize: 'minmax' }), [d(64, 'elu'), d(5, 'softmax')], 'cce', nest(0.05), tr(80));
add('ok.workloads-bn-relu-rmsprop-dropout', 'workloads', wl(), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.workloads-softmax-linear-adam-full-batch', 'workloads', wl(), [d(5, 'softmax')], 'cce', adam(0.05), tr(200, 1035));
add('ok.workloads-he-uniform-leaky-momentum-clip', 'workloads', wl(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(16, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', mom(0.02, 0.9, { clipNorm: 5 }), tr(50));
add('ok.energy-linear-adam', 'energy', en(), [d(1)], 'mse', adam(0.02), tr(80));
add('ok.energy-relu-sgd-batch-4', 'energy', en(), [d(16, 'relu'), d(1)], 'mse', sgd(0.005), tr(40, 4));
add('ok.energy-tanh-rmsprop-clip', 'energy', en(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(80));
add('ok.energy-elu-nesterov-full-batch', 'energy', en(), [d(32, 'elu'), d(1)], 'mse', nest(0.05), tr(400, 730));
add('ok.energy-minmax-leaky-adam', 'energy', en({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.005), tr(100));
add('ok.jobs-relu-adam', 'jobs', job(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.jobs-elu-rmsprop-val', 'jobs', job(), [d(48, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.15 }));
add('ok.jobs-lecun-tanh-momentum', 'jobs', job(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.02), tr(80));
add('ok.jobs-xavier-normal-relu-adam-batch-256', 'jobs', job(), [d(64, 'relu', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.01), tr(150, 256));
add('ok.moons-relu-rmsprop', 'hot-cold-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.moons-tanh-nesterov-batch-16', 'hot-cold-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(200, 16));
add('ok.circles-relu-adam', 'aisle-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-elu-momentum-batch-1', 'aisle-circles', CIRCLES, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(30, 1));
add('ok.spirals3-relu-adam', 'cable-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.blobs4-sigmoid-sgd', 'pod-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.blobs4-leaky-rmsprop-batch-full', 'pod-blobs', BLOBS4, [d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', rms(0.01), tr(200, 400));
add('ok.sine-tanh-adam-batch-16', 'fan-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(200, 16));
add('ok.sine-elu-momentum', 'fan-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', mom(0.02), tr(300, 16));
add('ok.xor-tanh-rmsprop', 'rack-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(150, 16));
add('ok.xor-relu-adam-dropout', 'rack-xor', XOR, [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.iris-relu-nesterov', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.05), tr(150, 16));
add('ok.iris-tanh-adam-batch-4', 'iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.005), tr(80, 4));
add('ok.iris-minmax-elu-rmsprop-wd', 'iris', { builtin: 'iris', normalize: 'minmax' }, [d(32, 'elu'), d(3, 'softmax')], 'cce', rms(0.005, { weightDecay: 1e-4 }), tr(150, 16));
add('ok.alarm-inline-tanh-adam', 'alarm-notebook', INLINE_ALARM, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 4));
add('ok.alarm-inline-logistic-momentum', 'alarm-notebook', INLINE_ALARM, [d(1, 'sigmoid')], 'bce', mom(0.1), tr(300, 22));
add('ok.shutdowns-bn-relu-sgd-batch-64', 'shutdowns', shut(), [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 64));
add('ok.jobs-minmax-leaky-nesterov-batch-8', 'jobs', job({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.01), tr(60, 8));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
