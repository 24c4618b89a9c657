/**
 * Writes every candidate spec of blind fault set 184 (lighthouse keepers and coastguard stations) into
 * candidates/: `npx tsx test/faults-blind184/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 184, data, layers, loss, optimizer, training, ...extra };
}

const LF = ['night_len_h', 'visibility_km', 'foghorn_min', 'cloud_okta', 'lamp_watts'];
const lamp = (x: Json = {}): Json => ({ csv: '../data/lamp.csv', target: 'lamp_hours', features: LF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['wave_m', 'wind_kn', 'swell_period_s', 'pressure_hpa'];
const sea = (x: Json = {}): Json => ({ csv: '../data/seastate.csv', target: 'sea_state', features: SF, normalize: 'standard', ...x });
const WF = ['wind_kn', 'wave_m', 'visibility_km', 'vessels_nearby', 'mayday', 'distress_calls', 'tide_m'];
const launch = (x: Json = {}): Json => ({ csv: '../data/launch.csv', target: 'rescue_launch', features: WF, normalize: 'standard', ...x });
const IF = ['distance_nm', 'crew', 'wave_m', 'night', 'persons'];
const sar = (x: Json = {}): Json => ({ csv: '../data/incident.csv', target: 'duration_min', features: IF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['humidity_pct', 'temp_c', 'dewpoint_c', 'wind_kn', 'visibility_km'];
const fog = (x: Json = {}): Json => ({ csv: '../data/foghorn.csv', target: 'foghorn_min', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.04 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A keeper's notebook: wind (kn) and visibility (km) -> lit the storm lantern (1) or not (0).
const INLINE_LANTERN = {
  inline: {
    x: [[5, 30], [8, 25], [12, 20], [15, 18], [20, 10], [25, 6], [30, 4], [35, 2], [40, 1], [10, 3], [6, 1.5], [28, 15], [33, 22], [18, 5], [22, 12], [3, 40], [45, 8], [14, 2.5], [9, 35], [38, 3]],
    y: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1],
  },
  normalize: 'minmax',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.momentum-0.97-full-batch-linear-lamp', 'lamp-hours', lamp(), [d(1)], 'mse', mom(0.15, 0.97), tr(150, 900));
add('oscillating-loss.sgd-plain-1.0-full-batch-linear-fog', 'foghorn-minutes', fog(), [d(1)], 'mse', sgd(0.95), tr(150, 700));
add('oscillating-loss.nesterov-0.99-batch-64-tanh-sar', 'sar-duration', sar(), [d(16, 'tanh'), d(1)], 'mse', nest(0.05, 0.99), tr(80, 64));
add('oscillating-loss.adam-0.05-batch-2-lantern', 'storm-lantern', INLINE_LANTERN, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(200, 2));
add('oscillating-loss.rmsprop-0.02-batch-16-sea', 'sea-state', sea(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.02), tr(60, 16));
add('oscillating-loss.sgd-2-batch-1-logistic-launch', 'rescue-launch', launch(), [d(1, 'sigmoid')], 'bce', sgd(2), tr(40, 1));
add('oscillating-loss.momentum-0.95-lr-0.5-full-batch-sine', 'tide-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(0.5, 0.95), tr(200, 250));
add('oscillating-loss.wave-ft-and-m-sgd-full-batch-linear', 'lamp-hours', lamp({ normalize: 'none', features: ['night_len_h', 'cloud_okta', 'foghorn_min'] }), [d(1)], 'mse', sgd(0.000012), tr(150, 900));

add('oscillating-loss.momentum-0.98-full-batch-linear-sar', 'sar-duration', sar(), [d(1)], 'mse', mom(0.2, 0.98), tr(150, 800));
add('oscillating-loss.nesterov-0.97-full-batch-linear-fog', 'foghorn-minutes', fog(), [d(1)], 'mse', nest(0.25, 0.97), tr(150, 700));
add('oscillating-loss.momentum-0.99-batch-300-linear-lamp', 'lamp-hours', lamp(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 300));

// ---------------------------------------------------------------- static faults
add('invalid-spec.gelu-activation', 'sea-state', sea(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.adamw-optimizer', 'lamp-hours', lamp(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(40));
add('invalid-spec.mae-loss', 'sar-duration', sar(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(40));
add('invalid-spec.lstm-layer', 'foghorn-minutes', fog(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1.5', 'rescue-launch', launch(), [d(16, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.zero-units', 'tide-sine', SINE, [d(0, 'tanh'), d(1)], 'mse', adam(0.01), tr(100));

add('data-error.na-visibility-lamp', 'lamp-hours-na', lamp({ csv: '../data/lamp-na.csv' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(50));
add('data-error.log-ts-feature', 'lamp-hours', lamp({ features: ['log_ts', ...LF] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.buoy-id-feature', 'sea-state', sea({ features: ['buoy_id', ...SF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.02), tr(40));
add('data-error.wrong-target-column', 'rescue-launch', launch({ target: 'launched' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.missing-file-path', 'foghorn-minutes', fog({ csv: '../data/foghorn_2024.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.sar-id-feature-semicolon', 'sar-duration', sar({ features: ['sar_id', ...IF] }), [d(16, 'relu'), d(1)], 'mse', mom(0.01), tr(40));

add('shape-mismatch.sea-three-heads', 'sea-state', sea(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.launch-two-softmax-bce', 'rescue-launch', launch(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'station-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), tr(50));
add('shape-mismatch.minutes-and-seconds-one-output', 'sar-duration', sar({ target: ['duration_min', 'duration_s'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('loss-activation-mismatch.softmax-one-unit-cce-launch', 'rescue-launch', launch(), [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-lamp', 'lamp-hours', lamp(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-lantern', 'storm-lantern', INLINE_LANTERN, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(300, 20));
add('loss-activation-mismatch.sigmoid-head-mse-fog', 'foghorn-minutes', fog(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.02), tr(60));
add('loss-activation-mismatch.softmax-regression-sine', 'tide-sine', SINE, [d(16, 'tanh'), d(1, 'softmax')], 'mse', adam(0.01), tr(150, 25));

add('no-nonlinearity.circles-linear-adam', 'buoy-ring-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.sine-two-linear-nesterov', 'tide-sine', SINE, [d(64), d(64), d(1)], 'mse', nest(0.01), tr(200, 16));
add('no-nonlinearity.xor-linear-dropout-rmsprop', 'two-beacon-xor', XOR, [d(32), drop(0.1), d(16), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 32));
add('no-nonlinearity.spirals-linear-bn-momentum-batch-1', 'swell-spirals', SPIRALS, [d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60, 4));

add('lr-out-of-range.rmsprop-lr-15-sea', 'sea-state', sea(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(15), tr(30));
add('lr-out-of-range.nesterov-1e-10-lamp', 'lamp-hours', lamp(), [d(32, 'elu'), d(1)], 'mse', nest(1e-10), tr(40));
add('lr-out-of-range.adam-lr-40-fog', 'foghorn-minutes', fog(), [d(32, 'tanh'), d(1)], 'mse', adam(40), tr(30));
add('lr-out-of-range.sgd-negative-lr-launch', 'rescue-launch', launch(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(-0.01), tr(30));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-fog', 'foghorn-minutes', fog(), [d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(50));
add('init-symmetry.constant-0.3-tanh-sea', 'sea-state', sea(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', adam(0.003), tr(40));
add('init-symmetry.zeros-sigmoid-moons-momentum', 'harbour-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.1), tr(100, 16));
add('init-symmetry.constant-0.5-elu-spirals', 'swell-spirals', SPIRALS, [d(32, 'elu', init('constant', { value: 0.5 })), d(32, 'elu', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', adam(0.005), tr(150));

add('init-scale.normal-std-10-relu-lamp', 'lamp-hours', lamp(), [d(64, 'relu', init('normal', { std: 10 })), d(64, 'relu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(50));
add('init-scale.uniform-6-sigmoid-sea', 'sea-state', sea(), [d(64, 'sigmoid', init('uniform', { limit: 6 })), d(64, 'sigmoid', init('uniform', { limit: 6 })), d(5, 'softmax', init('uniform', { limit: 6 }))], 'cce', nest(0.01), tr(40));
add('init-scale.normal-1e-5-six-relu-fog', 'foghorn-minutes', fog(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(50));
add('init-scale.uniform-4-tanh-launch', 'rescue-launch', launch(), [...tower(3, 64, 'tanh', init('uniform', { limit: 4 })), d(1, 'sigmoid', init('uniform', { limit: 4 }))], 'bce', rms(0.001), tr(40));

add('dead-relu.bias-minus-8-lamp', 'lamp-hours', lamp(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.01), tr(50));
add('dead-relu.bias-minus-4-four-layer-blobs', 'station-blobs', BLOBS4, [...tower(4, 32, 'relu', { bias: -4 }), d(4, 'softmax')], 'cce', rms(0.002), tr(60));
add('dead-relu.sgd-plain-2-batch-4-sar', 'sar-duration', sar(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(0.6), tr(20, 4));
add('dead-relu.adam-0.5-bn-relu-fog', 'foghorn-minutes', fog(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.3), tr(30, 16));
add('dead-relu.bias-minus-2-he-uniform-moons', 'harbour-moons', MOONS, [...tower(3, 16, 'relu', { init: 'he_uniform', bias: -2.5 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(100));

add('exploding-gradient.raw-seconds-target-adam', 'sar-duration-raw', sar({ target: 'duration_s', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-pressure-hpa-sea-sgd', 'sea-state-raw', sea({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.001), tr(30));
add('exploding-gradient.raw-watts-lamp-rmsprop', 'lamp-hours-raw', lamp({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.deep-constant-1.5-elu-launch', 'rescue-launch', launch(), [...tower(5, 32, 'elu', init('constant', { value: 1.5 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(30));
add('exploding-gradient.raw-foghorn-minutes-momentum-clip-none', 'foghorn-minutes-raw', fog({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0005), tr(40));

add('vanishing-gradient.nine-sigmoid-sea', 'sea-state', sea(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.05), tr(40));
add('vanishing-gradient.twelve-tanh-std-0.02-lamp', 'lamp-hours', lamp(), [...tower(12, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(40));
add('vanishing-gradient.eight-sigmoid-rmsprop-circles', 'buoy-ring-circles', CIRCLES, [...tower(8, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));
add('vanishing-gradient.six-sigmoid-lecun-launch', 'rescue-launch', launch(), [...tower(6, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(40));

add('nan-loss.momentum-lr-2-batch-1-lamp', 'lamp-hours', lamp(), [d(32, 'tanh'), d(1)], 'mse', mom(2), tr(5, 1));
add('nan-loss.raw-seconds-sgd-full-batch', 'sar-duration-raw', sar({ normalize: 'none', target: 'duration_s', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(20, 800));
add('nan-loss.sgd-0.05-raw-minutes-target-fog', 'foghorn-minutes', fog({ normalizeTarget: 'none' }), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(0.05), tr(10, 8));
add('nan-loss.constant-3-relu-six-sar', 'sar-duration', sar(), [...tower(6, 32, 'relu', init('constant', { value: 3 })), d(1)], 'mse', sgd(0.01), tr(10));

add('saturated-activation.tanh-raw-pressure-sea', 'sea-state-raw', sea({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-bias-8-lamp', 'lamp-hours', lamp(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', mom(0.01), tr(50));
add('saturated-activation.sigmoid-raw-visibility-fog', 'foghorn-minutes-raw', fog({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.001), tr(50));
add('saturated-activation.tanh-raw-vessels-launch', 'rescue-launch-raw', launch({ normalize: 'none' }), [d(32, 'tanh', init('normal', { std: 1 })), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));

add('lr-too-high.rmsprop-0.05-batch-8-lamp', 'lamp-hours', lamp(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(0.05), tr(40, 8));
add('lr-too-high.sgd-plain-1.5-sea', 'sea-state', sea(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(1.5), tr(40, 8));
add('lr-too-high.adam-0.3-batch-4-sar', 'sar-duration', sar(), [d(32, 'elu'), d(1)], 'mse', adam(0.3), tr(30, 4));
add('lr-too-high.nesterov-0.8-fog', 'foghorn-minutes', fog(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.8), tr(40, 16));
add('lr-too-high.momentum-0.99-lr-0.3-circles', 'buoy-ring-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.99), tr(100, 16));
add('lr-too-high.rmsprop-0.5-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.5), tr(60, 8));

add('lr-too-low.adam-1e-7-sea', 'sea-state', sea(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-7), tr(40));
add('lr-too-low.sgd-plain-1e-5-fog', 'foghorn-minutes', fog(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(50));
add('lr-too-low.rmsprop-1e-6-circles', 'buoy-ring-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(100));
add('lr-too-low.nesterov-1e-5-full-batch-lamp', 'lamp-hours', lamp(), [d(32, 'elu'), d(1)], 'mse', nest(0.00001), tr(100, 900));
add('lr-too-low.momentum-3e-6-iris-batch-4', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.000003), tr(60, 4));

add('loss-plateau.pager-serial-only-launch', 'rescue-launch', launch({ features: ['pager_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.buoy-serial-only-sea', 'sea-state', sea({ features: ['buoy_serial'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.keeper-years-only-lamp', 'lamp-hours', lamp({ features: ['keeper_years', 'lamp_watts'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(40));
add('loss-plateau.weight-decay-5-nesterov-fog', 'foghorn-minutes', fog(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 5 }), tr(50));
add('loss-plateau.dropout-0.95-sar', 'sar-duration', sar(), [d(32, 'relu'), drop(0.95), d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(50));
add('loss-plateau.tide-only-launch', 'rescue-launch', launch({ features: ['tide_m'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(40, 64));

// ---------------------------------------------------------------- healthy
add('ok.lamp-adam-relu', 'lamp-hours', lamp(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.lamp-sgd-plain-linear-batch-64', 'lamp-hours', lamp(), [d(1)], 'mse', sgd(0.05), tr(60, 64));
add('ok.lamp-rmsprop-tanh-bn-val', 'lamp-hours', lamp(), [d(32, 'tanh', { batchNorm: true }), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.lamp-nesterov-elu-minmax', 'lamp-hours', lamp({ normalize: 'minmax' }), [d(32, 'elu'), d(1)], 'mse', nest(0.02), tr(80, 16));
add('ok.sea-adam-relu-dropout', 'sea-state', sea(), [d(64, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.sea-momentum-tanh-batch-8', 'sea-state', sea(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05), tr(60, 8));
add('ok.sea-rmsprop-leaky-bn-decay', 'sea-state', sea(), [d(32, 'leaky_relu', { batchNorm: true }), d(5, 'softmax')], 'cce', rms(0.002, { weightDecay: 0.0001 }), tr(60));
add('ok.sea-wave-only-sgd-sigmoid', 'sea-state', sea({ features: ['wave_m', 'wave_ft'] }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(80, 16));
add('ok.launch-adam-relu', 'rescue-launch', launch(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.launch-logistic-sgd-batch-1', 'rescue-launch', launch(), [d(1, 'sigmoid')], 'bce', sgd(0.01), tr(20, 1));
add('ok.launch-nesterov-tanh-val', 'rescue-launch', launch(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 32, { validationSplit: 0.2 }));
add('ok.launch-rmsprop-elu-clip', 'rescue-launch', launch(), [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.001, { clipNorm: 1 }), tr(50));
add('ok.sar-adam-elu', 'sar-duration', sar(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.sar-log-like-momentum-relu-he-uniform', 'sar-duration', sar(), [d(64, 'relu', { init: 'he_uniform' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.sar-rmsprop-tanh-full-batch', 'sar-duration', sar(), [d(32, 'tanh'), d(1)], 'mse', rms(0.01), tr(300, 800));
add('ok.sar-seconds-target-normalized-adam', 'sar-duration', sar({ target: 'duration_s' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.fog-adam-relu-deep-dropout', 'foghorn-minutes', fog(), [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.fog-nesterov-tanh-batch-8', 'foghorn-minutes', fog(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(80, 8));
add('ok.fog-adam-elu-weight-decay', 'foghorn-minutes', fog(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(80));
add('ok.fog-rmsprop-sigmoid-xavier-normal', 'foghorn-minutes', fog(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', rms(0.003), tr(120));
add('ok.moons-adam-relu', 'harbour-moons', MOONS, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-sgd-plain-tanh-batch-4', 'harbour-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 4));
add('ok.circles-rmsprop-elu', 'buoy-ring-circles', CIRCLES, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-nesterov-leaky-bn', 'buoy-ring-circles', CIRCLES, [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-relu-deep', 'swell-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.spirals-rmsprop-tanh-batch-16', 'swell-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(300, 16));
add('ok.blobs4-momentum-relu', 'station-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.blobs4-adam-sigmoid-full-batch', 'station-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.02), tr(300, 400));
add('ok.iris-adam-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-elu-batch-1', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', nest(0.005), tr(40, 1));
add('ok.sine-adam-tanh', 'tide-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-rmsprop-elu-full-batch', 'tide-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(600, 250));
add('ok.xor-adam-relu-he-normal', 'two-beacon-xor', XOR, [d(16, 'relu', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-tanh-lecun', 'two-beacon-xor', XOR, [d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', mom(0.1), tr(150, 16));
add('ok.lantern-inline-adam-tanh', 'storm-lantern', INLINE_LANTERN, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 20));
add('ok.lantern-inline-rmsprop-relu-batch-5', 'storm-lantern', INLINE_LANTERN, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(300, 5));
add('ok.lamp-adam-leaky-clip-dropout', 'lamp-hours', lamp(), [d(64, 'leaky_relu'), drop(0.1), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.sea-nesterov-elu-he-uniform-val', 'sea-state', sea(), [d(32, 'elu', { init: 'he_uniform' }), d(16, 'elu'), d(5, 'softmax')], 'cce', nest(0.02), tr(60, 32, { validationSplit: 0.15 }));
add('ok.launch-adam-leaky-bn-dropout', 'rescue-launch', launch(), [d(32, 'leaky_relu', { batchNorm: true }), drop(0.2), d(1, 'sigmoid')], 'bce', adam(0.002), tr(50, 64));
add('ok.fog-sgd-plain-relu-minmax', 'foghorn-minutes', fog({ normalize: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(150, 16));
add('ok.sar-minmax-nesterov-sigmoid', 'sar-duration', sar({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.05), tr(150, 16));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
