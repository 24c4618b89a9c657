/**
 * Writes every candidate spec of blind fault set 118 (wind farms and turbines) into candidates/:
 * `npx tsx test/faults-blind114/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 118, data, layers, loss, optimizer, training, ...extra };
}

const SC = ['wind_speed_ms', 'rotor_rpm', 'blade_pitch_deg', 'yaw_error_deg', 'nacelle_temp_c', 'air_density_kg_m3'];
const power = (x: Json = {}): Json => ({ csv: '../data/scada.csv', target: 'power_kw', features: SC, normalize: 'standard', normalizeTarget: 'standard', ...x });
const ICE = ['ambient_temp_c', 'humidity_pct', 'wind_speed_ms', 'power_deficit_pct', 'blade_vibration_mm_s'];
const ice = (x: Json = {}): Json => ({ csv: '../data/icing.csv', target: 'icing_alarm', features: ICE, normalize: 'standard', ...x });
const CU = ['hour', 'wind_speed_ms', 'grid_demand_mw', 'sound_db', 'sun_elevation_deg', 'ambient_temp_c'];
const curt = (x: Json = {}): Json => ({ csv: '../data/curtailment.csv', target: 'reason', features: CU, normalize: 'standard', ...x });
const DT = ['age_years', 'gearbox_oil_c', 'vibration_rms_mm_s', 'hours_since_service', 'fault_codes_30d', 'hub_height_m'];
const down = (x: Json = {}): Json => ({ csv: '../data/downtime.csv', target: 'downtime_h', features: DT, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BR = ['rotor_rpm', 'power_kw', 'ambient_c', 'lube_pressure_bar'];
const bear = (x: Json = {}): Json => ({ csv: '../data/bearing.csv', target: 'bearing_temp_c', features: BR, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.15 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.4 };
const SINE = { builtin: 'sine', samples: 400, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A site engineer's gust log: 3-s gust m/s and turbulence intensity -> emergency stop (0/1).
const INLINE_GUST = {
  inline: {
    x: [[18, 0.12], [22, 0.18], [25, 0.2], [14, 0.1], [27, 0.22], [16, 0.15], [29, 0.16], [12, 0.25], [24, 0.11], [20, 0.24], [15, 0.19], [28, 0.13], [17, 0.09], [26, 0.17], [13, 0.14], [23, 0.23], [19, 0.21], [30, 0.1], [11, 0.2], [21, 0.14], [26.5, 0.26], [15.5, 0.12], [24.5, 0.2], [18.5, 0.08]],
    y: [0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'scada-power', power(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'icing-alarm', ice(), [d(32, 'gelu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.sparse-cce-loss', 'curtailment-reason', curt(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.lstm-layer', 'bearing-temp', bear(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'downtime-hours', down(), [d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 0));

add('data-error.na-nacelle-temp', 'scada-power-na', power({ csv: '../data/scada-na.csv' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('data-error.turbine-id-feature', 'downtime-hours', down({ features: ['turbine_id', ...DT] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.scada-ts-feature', 'scada-power', power({ features: ['scada_ts', ...SC] }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.bearing-dot-column-name', 'bearing-temp', bear({ target: 'bearing_temp' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.park-feature-curtailment', 'curtailment-reason', curt({ features: ['park', ...CU] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.02), tr(50));

add('shape-mismatch.curtailment-four-heads', 'curtailment-reason', curt(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.kw-and-mw-one-output', 'scada-power', power({ target: ['power_kw', 'power_mw'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.icing-two-softmax-bce', 'icing-alarm', ice(), [d(16, 'tanh'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'met-mast-blobs', BLOBS4, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(60));

add('loss-activation-mismatch.softmax-heads-mse-curtailment', 'curtailment-reason', curt(), [d(32, 'relu'), d(5, 'softmax')], 'mse', adam(0.003), tr(50));
add('loss-activation-mismatch.sigmoid-head-standardized-power', 'scada-power', power(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-icing', 'icing-alarm', ice(), [d(16, 'relu'), d(1, 'tanh')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-head-standardized-bearing', 'bearing-temp', bear(), [d(32, 'elu'), d(1, 'relu')], 'mse', mom(0.02), tr(60));
add('loss-activation-mismatch.softmax-single-gust', 'gust-stop', INLINE_GUST, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 8));

add('no-nonlinearity.circles-linear-adam', 'wake-ring-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.power-curve-linear-rmsprop', 'scada-power', power(), [d(64), d(64), d(1)], 'mse', rms(0.001), tr(80));
add('no-nonlinearity.moons-linear-sgd-batch-4', 'yaw-sector-moons', MOONS, [d(16), d(1, 'sigmoid')], 'bce', sgd(0.02), tr(60, 4));
add('no-nonlinearity.sine-linear-bn-nesterov', 'diurnal-wind-sine', SINE, [d(32, 'linear', { batchNorm: true }), d(1)], 'mse', nest(0.01), tr(100, 16));

add('lr-out-of-range.sgd-lr-20-bearing', 'bearing-temp', bear(), [d(32, 'tanh'), d(1)], 'mse', sgd(20), tr(30));
add('lr-out-of-range.adam-1e-8-curtailment', 'curtailment-reason', curt(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-8), tr(50));
add('lr-out-of-range.rmsprop-3-icing', 'icing-alarm', ice(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(3), tr(30));
add('lr-out-of-range.nesterov-negative-downtime', 'downtime-hours', down(), [d(32, 'relu'), d(1)], 'mse', nest(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-curtailment', 'curtailment-reason', curt(), [d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.5-tanh-adam-power', 'scada-power', power(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-sigmoid-sgd-moons', 'yaw-sector-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(100, 16));
add('init-symmetry.constant-0.2-leaky-nesterov-bearing', 'bearing-temp', bear(), [d(24, 'leaky_relu', init('constant', { value: 0.2 })), d(24, 'leaky_relu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', nest(0.005), tr(60));

add('init-scale.normal-std-10-elu-downtime', 'downtime-hours', down(), [d(64, 'elu', init('normal', { std: 10 })), d(64, 'elu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(40));
add('init-scale.uniform-5-tanh-curtailment', 'curtailment-reason', curt(), [d(64, 'tanh', init('uniform', { limit: 5 })), d(5, 'softmax', init('uniform', { limit: 5 }))], 'cce', mom(0.01), tr(50));
add('init-scale.normal-1e-3-seven-relu-bearing', 'bearing-temp', bear(), [...tower(7, 32, 'relu', init('normal', { std: 0.001 })), d(1, 'linear', init('normal', { std: 0.001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-6-sigmoid-icing', 'icing-alarm', ice(), [d(32, 'sigmoid', init('normal', { std: 6 })), d(32, 'sigmoid', init('normal', { std: 6 })), d(1, 'sigmoid', init('normal', { std: 6 }))], 'bce', nest(0.01), tr(40));
add('init-scale.uniform-1e-3-six-leaky-power', 'scada-power', power(), [...tower(6, 32, 'leaky_relu', init('uniform', { limit: 0.001 })), d(1, 'linear', init('uniform', { limit: 0.001 }))], 'mse', rms(0.0005), tr(60));

add('dead-relu.bias-minus-4-wide-curtailment', 'curtailment-reason', curt(), [d(128, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.bias-minus-8-deep-downtime', 'downtime-hours', down(), [...tower(4, 24, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.adam-0.1-batch-4-power', 'scada-power', power(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 4));
add('dead-relu.bias-minus-6-icing-sgd', 'icing-alarm', ice(), [d(24, 'relu', { bias: -6 }), d(24, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40, 16));
add('dead-relu.sgd-plain-1-batch-2-bearing', 'bearing-temp', bear(), [d(64, 'relu'), d(1)], 'mse', sgd(1), tr(10, 2));

add('exploding-gradient.raw-hours-since-service-momentum', 'downtime-hours-raw', down({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.000001), tr(30));
add('exploding-gradient.raw-kw-target-rmsprop', 'scada-power-raw-target', power({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(30));
add('exploding-gradient.raw-grid-demand-adam', 'curtailment-raw', curt({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.001), tr(30));
add('exploding-gradient.raw-bearing-c-target-sgd', 'bearing-temp-raw-target', bear({ normalizeTarget: 'none' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.001), tr(30, 16));
add('exploding-gradient.ten-leaky-std-0.8-bearing', 'bearing-temp', bear(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.8 })), d(1)], 'mse', adam(0.0005), tr(30));

add('vanishing-gradient.seven-sigmoid-nesterov-curtailment', 'curtailment-reason', curt(), [...tower(7, 32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('vanishing-gradient.ten-tanh-std-0.02-power', 'scada-power', power(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.eight-sigmoid-momentum-circles', 'wake-ring-circles', CIRCLES, [...tower(8, 16, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 16));
add('vanishing-gradient.six-sigmoid-adam-icing', 'icing-alarm', ice(), [...tower(6, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.0003), tr(40));
add('vanishing-gradient.eleven-sigmoid-sgd-downtime', 'downtime-hours', down(), [...tower(11, 24, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));

add('nan-loss.raw-kw-target-momentum', 'scada-power-raw-target', power({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(20));
add('nan-loss.rmsprop-5e-1-wide-relu-downtime', 'downtime-hours', down(), [d(128, 'relu'), d(128, 'relu'), d(1)], 'mse', rms(0.5), tr(20));
add('nan-loss.sgd-plain-2-batch-1-bearing', 'bearing-temp', bear(), [d(16, 'tanh'), d(1)], 'mse', sgd(2), tr(5, 1));
add('nan-loss.raw-downtime-hours-adam-full', 'downtime-hours-raw', down({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.0001), tr(20, 900));
add('nan-loss.constant-3-relu-power', 'scada-power', power(), [d(64, 'relu', init('constant', { value: 3 })), d(64, 'relu', init('normal', { std: 3 })), d(1, 'linear', init('normal', { std: 3 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.nesterov-0.99-lr-0.2-sine', 'diurnal-wind-sine', SINE, [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.2, 0.99), tr(30, 16));

add('saturated-activation.tanh-raw-rpm-pitch-power', 'scada-power-raw', power({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-grid-mw-curtailment', 'curtailment-raw', curt({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-8-bearing', 'bearing-temp', bear(), [d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.tanh-raw-service-hours-downtime', 'downtime-hours-raw', down({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', sgd(0.01), tr(60, 16));
add('saturated-activation.tanh-raw-humidity-icing', 'icing-alarm-raw', ice({ normalize: 'none' }), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('lr-too-high.rmsprop-0.3-batch-16-curtailment', 'curtailment-reason', curt(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.3), tr(40, 16));
add('lr-too-high.adam-0.3-batch-4-icing', 'icing-alarm', ice(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(20, 4));
add('lr-too-high.momentum-0.9-lr-0.5-blobs4', 'met-mast-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'softmax')], 'cce', mom(0.5), tr(40, 8));
add('lr-too-high.sgd-plain-0.8-batch-8-bearing', 'bearing-temp', bear(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.8), tr(30, 8));
add('lr-too-high.adam-0.15-batch-64-downtime', 'downtime-hours', down(), [d(64, 'elu'), d(64, 'elu'), d(1)], 'mse', adam(0.15), tr(40, 64));
add('lr-too-high.rmsprop-0.05-batch-1-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.05), tr(20, 1));

add('lr-too-low.rmsprop-1e-7-curtailment', 'curtailment-reason', curt(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.0000001), tr(50));
add('lr-too-low.sgd-plain-1e-5-batch-8-power', 'scada-power', power(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(40, 8));
add('lr-too-low.adam-2e-6-icing', 'icing-alarm', ice(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.000002), tr(40));
add('lr-too-low.nesterov-1e-5-bearing', 'bearing-temp', bear(), [d(32, 'elu'), d(1)], 'mse', nest(0.00001), tr(80));
add('lr-too-low.momentum-1e-4-full-batch-spirals', 'wake-spirals', SPIRALS, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.0001), tr(200, 300));

add('oscillating-loss.momentum-0.99-lr-0.05-linear-bearing', 'bearing-temp', bear(), [d(1)], 'mse', mom(0.05, 0.99), tr(100, 400));
add('oscillating-loss.nesterov-0.97-lr-0.4-full-batch-linear-downtime', 'downtime-hours', down(), [d(1)], 'mse', nest(0.4, 0.97), tr(120, 900));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-bearing', 'bearing-temp', bear(), [d(1)], 'mse', sgd(1.9), tr(100, 800));
add('oscillating-loss.rmsprop-0.05-full-batch-elu-power', 'scada-power', power(), [d(16, 'elu'), d(1)], 'mse', rms(0.05), tr(150, 1000));
add('oscillating-loss.momentum-0.95-lr-1-batch-200-logistic-icing', 'icing-alarm', ice(), [d(1, 'sigmoid')], 'bce', mom(1, 0.95), tr(100, 550));
add('oscillating-loss.adam-0.05-full-batch-linear-power', 'scada-power', power(), [d(1)], 'mse', adam(0.05, { clipNorm: 0 }), tr(150, 1000));

add('loss-plateau.mast-serial-only-icing', 'icing-alarm', ice({ features: ['mast_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.grid-freq-only-curtailment', 'curtailment-reason', curt({ features: ['grid_freq_hz'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.hub-height-only-downtime', 'downtime-hours', down({ features: ['hub_height_m'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.rmsprop-weight-decay-2-bearing', 'bearing-temp', bear(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002, { weightDecay: 2 }), tr(60));
add('loss-plateau.dropout-0.95-power', 'scada-power', power(), [d(64, 'relu'), drop(0.95), d(1)], 'mse', nest(0.01), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-curtailment', 'curtailment-reason', curt(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.05, { clipNorm: 0.0000001 }), tr(50));

// ---------------------------------------------------------------- healthy
add('ok.power-adam-relu', 'scada-power', power(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.power-rmsprop-elu-val', 'scada-power', power(), [d(48, 'elu'), d(1)], 'mse', rms(0.001), tr(80, 32, { validationSplit: 0.2 }));
add('ok.power-nesterov-tanh-batch-8', 'scada-power', power(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(40, 8));
add('ok.power-minmax-adam-bn-batch-100', 'scada-power', power({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(100, 100));
add('ok.power-sgd-plain-leaky-batch-2', 'scada-power', power(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.power-knots-adam-sigmoid-he', 'scada-power', power({ features: ['wind_speed_kn', 'air_density_kg_m3', 'yaw_error_deg'] }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(100));
add('ok.downtime-adam-elu', 'downtime-hours', down(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.downtime-momentum-relu-decay', 'downtime-hours', down(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.downtime-rmsprop-tanh-dropout', 'downtime-hours', down(), [d(64, 'tanh'), drop(0.1), d(1)], 'mse', rms(0.001), tr(80));
add('ok.downtime-minmax-target-nesterov', 'downtime-hours', down({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', nest(0.05), tr(80, 16));
add('ok.bearing-adam-relu-clip', 'bearing-temp', bear(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { clipNorm: 1 }), tr(60));
add('ok.bearing-linear-sgd-full-batch', 'bearing-temp', bear(), [d(1)], 'mse', sgd(0.2), tr(200, 800));
add('ok.bearing-rmsprop-leaky-batch-128', 'bearing-temp', bear(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(100, 128));
add('ok.bearing-momentum-tanh-xavier-normal', 'bearing-temp', bear(), [d(24, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', mom(0.02), tr(60));
add('ok.bearing-minmax-adam-elu-batch-1', 'bearing-temp', bear({ normalize: 'minmax' }), [d(16, 'elu'), d(1)], 'mse', adam(0.001), tr(5, 1));
add('ok.curtailment-adam-relu', 'curtailment-reason', curt(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.curtailment-rmsprop-tanh-val', 'curtailment-reason', curt(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.curtailment-nesterov-elu-batch-16', 'curtailment-reason', curt(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.02), tr(60, 16));
add('ok.curtailment-sgd-plain-sigmoid-batch-4', 'curtailment-reason', curt(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(40, 4));
add('ok.curtailment-minmax-adam-bn-dropout', 'curtailment-reason', curt({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.curtailment-softmax-regression-adam', 'curtailment-reason', curt(), [d(5, 'softmax')], 'cce', adam(0.01), tr(80));
add('ok.curtailment-momentum-leaky-he-uniform-decay', 'curtailment-reason', curt(), [d(48, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', mom(0.02, 0.9, { weightDecay: 0.0001 }), tr(60));
add('ok.icing-adam-relu', 'icing-alarm', ice(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.icing-rmsprop-tanh-batch-64', 'icing-alarm', ice(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 64));
add('ok.icing-logistic-nesterov', 'icing-alarm', ice(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(60));
add('ok.icing-minmax-adam-elu-clip', 'icing-alarm', ice({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005, { clipNorm: 5 }), tr(80));
add('ok.iris-adam-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-momentum-relu-batch-1', 'iris-demo', IRIS, [d(8, 'relu'), d(3, 'softmax')], 'cce', mom(0.005), tr(30, 1));
add('ok.moons-adam-leaky', 'yaw-sector-moons', MOONS, [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-rmsprop-elu-dropout', 'yaw-sector-moons', MOONS, [d(32, 'elu'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));
add('ok.circles-nesterov-tanh-batch-16', 'wake-ring-circles', CIRCLES, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.spirals-adam-relu-deep', 'wake-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-elu', 'met-mast-blobs', BLOBS4, [d(16, 'elu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(60));
add('ok.sine-rmsprop-tanh', 'diurnal-wind-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.xor-adam-tanh', 'twin-anemometer-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.gust-inline-adam-tanh-full-batch', 'gust-stop', INLINE_GUST, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.gust-inline-logistic-sgd-batch-2', 'gust-stop', INLINE_GUST, [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 2));
add('ok.power-adam-he-normal-val-batch-256', 'scada-power', power(), [d(64, 'relu', { init: 'he_normal' }), d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(150, 256, { validationSplit: 0.1 }));
add('ok.downtime-adam-selected-features-lecun', 'downtime-hours', down({ features: ['age_years', 'gearbox_oil_c', 'vibration_rms_mm_s', 'hours_since_service'] }), [d(16, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.005), tr(80));
add('ok.bearing-nesterov-sigmoid-batch-4', 'bearing-temp', bear(), [d(16, 'sigmoid'), d(1)], 'mse', nest(0.02), tr(30, 4));
add('ok.power-rmsprop-bn-dropout-deep', 'scada-power', power(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', rms(0.001), tr(80));
add('ok.icing-nesterov-leaky-val', 'icing-alarm', ice(), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 32, { validationSplit: 0.2 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
