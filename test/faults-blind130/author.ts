/**
 * Writes every candidate spec of blind fault set 130 (solar farms and rooftop photovoltaics) into
 * candidates/: `npx tsx test/faults-blind130/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 130, data, layers, loss, optimizer, training, ...extra };
}

const OF = ['irradiance_wm2', 'ambient_c', 'panel_temp_c', 'tilt_deg', 'azimuth_deg', 'soiling_pct', 'capacity_kw'];
const out = (x: Json = {}): Json => ({ csv: '../data/output.csv', target: 'output_kw', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const PF = ['rated_w', 'efficiency_pct', 'temp_coef_pct', 'mass_kg', 'bifaciality'];
const pan = (x: Json = {}): Json => ({ csv: '../data/panels.csv', target: 'panel_make', features: PF, normalize: 'standard', ...x });
const TF = ['dc_voltage_v', 'grid_voltage_v', 'freq_dev_hz', 'inverter_temp_c', 'irr_ramp_wm2_min', 'insulation_kohm'];
const trip = (x: Json = {}): Json => ({ csv: '../data/trips.csv', target: 'inverter_trip', features: TF, normalize: 'standard', ...x });
const CF = ['congestion_idx', 'spot_eur_mwh', 'peak_mwp', 'substation_km', 'battery', 'summer'];
const cur = (x: Json = {}): Json => ({ csv: '../data/curtail.csv', target: 'curtailed_h', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RF = ['array_m2', 'tilt_deg', 'azimuth_deg', 'shading_pct', 'latitude', 'age_y'];
const roof = (x: Json = {}): Json => ({ csv: '../data/rooftop.csv', target: 'yield_kwh', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS = { builtin: 'spirals', samples: 400, noise: 0.03 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 400, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// An installer's notebook: string voltage (V) and module temperature (°C) -> string inverter starts (1) or not (0).
const INLINE_START = {
  inline: {
    x: [[420, 10], [480, 15], [520, 25], [560, 30], [600, 40], [380, 5], [400, 45], [450, 50], [500, 55], [540, 60], [620, 20], [640, 35], [360, 20], [390, 30], [430, 60], [470, 65], [580, 50], [610, 65], [660, 10], [700, 40], [350, 0], [410, 35], [530, 45], [590, 70]],
    y: [0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates (written first)
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-roof', 'rooftop-yield', roof(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 900));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-curtail', 'curtailment-hours', cur(), [d(1)], 'mse', sgd(0.95), tr(150, 800));
add('oscillating-loss.nesterov-0.97-lr-0.2-batch-250-linear-output', 'inverter-output', out(), [d(1)], 'mse', nest(0.2, 0.97), tr(80, 250));
add('oscillating-loss.adam-0.3-full-batch-logistic-trip', 'inverter-trip', trip(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1200));
add('oscillating-loss.rmsprop-0.02-full-batch-tanh-output', 'inverter-output', out(), [d(16, 'tanh'), d(1)], 'mse', rms(0.02), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-logistic-start', 'string-start', INLINE_START, [d(1, 'sigmoid')], 'bce', mom(0.05, 0.99), tr(300, 24));
add('oscillating-loss.sgd-plain-1.2-batch-64-linear-roof', 'rooftop-yield', roof(), [d(1)], 'mse', sgd(1.2), tr(60, 64));
add('oscillating-loss.momentum-0.9-lr-0.8-full-batch-relu-sine', 'irradiance-cycle-sine', SINE, [d(32, 'relu'), d(1)], 'mse', mom(0.8, 0.9), tr(200, 300));
add('oscillating-loss.adam-0.05-batch-400-softmax-panels', 'panel-make', pan(), [d(5, 'softmax')], 'cce', adam(0.05, { }), tr(120, 500));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'inverter-output', out(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'panel-make', pan(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'curtailment-hours', cur(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batchnorm-as-layer', 'rooftop-yield', roof(), [d(32), { type: 'batchnorm' }, d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.dropout-rate-1', 'inverter-trip', trip(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.epochs-as-string', 'irradiance-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), { epochs: '200', batchSize: 16 });

add('data-error.na-soiling-pct', 'inverter-output-na', out({ csv: '../data/output-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.site-id-feature', 'inverter-output', out({ features: ['site_id', ...OF] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.meter-ts-feature', 'inverter-output', out({ features: ['meter_ts', 'irradiance_wm2', 'panel_temp_c', 'soiling_pct', 'capacity_kw'] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.target-output-kwh-typo', 'inverter-output', out({ target: 'output_kwh' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.serial-feature-panels', 'panel-make', pan({ features: ['serial', ...PF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.inline-ragged-rows', 'string-start', { inline: { x: [[420, 10], [480], [520, 25], [560, 30, 1], [600, 40], [380, 5]], y: [0, 1, 1, 1, 1, 0] }, normalize: 'standard' }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 6));

add('shape-mismatch.panels-four-heads-no-hjt', 'panel-make', pan(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.kw-and-w-one-output', 'inverter-output', out({ target: ['output_kw', 'output_w'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.trip-one-unit-softmax-cce', 'inverter-trip', trip(), [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'site-blobs', BLOBS4, [d(16, 'elu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.moons-two-sigmoid-bce', 'irradiance-moons', MOONS, [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.01), tr(100, 16));

add('loss-activation-mismatch.relu-head-bce-trip', 'inverter-trip', trip(), [d(16, 'tanh'), d(1, 'relu')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-panels', 'panel-make', pan(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.softmax-one-unit-mse-roof', 'rooftop-yield', roof(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-curtail', 'curtailment-hours', cur(), [d(32, 'elu'), d(1, 'relu')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.tanh-head-bce-start', 'string-start', INLINE_START, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));

add('no-nonlinearity.spirals-linear-adam-deep', 'tracker-spirals', SPIRALS, [d(64, 'linear'), d(64, 'linear'), d(64, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(120, 32));
add('no-nonlinearity.circles-linear-dropout-rmsprop', 'inverter-ring-circles', CIRCLES, [d(32), drop(0.2), d(32), d(1, 'sigmoid')], 'bce', rms(0.002), tr(100, 8));
add('no-nonlinearity.xor-linear-nesterov-batch-1', 'two-string-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', nest(0.01), tr(30, 1));
add('no-nonlinearity.moons-linear-bn-adam-val', 'irradiance-moons', MOONS, [d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 32, { validationSplit: 0.2 }));

add('lr-out-of-range.rmsprop-lr-50-panels', 'panel-make', pan(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(50), tr(20));
add('lr-out-of-range.nesterov-1e-8-roof', 'rooftop-yield', roof(), [d(32, 'elu'), d(1)], 'mse', nest(1e-8), tr(40));
add('lr-out-of-range.adam-lr-10-trip', 'inverter-trip', trip(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(10), tr(20));
add('lr-out-of-range.momentum-negative-curtail', 'curtailment-hours', cur(), [d(16, 'relu'), d(1)], 'mse', mom(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-rmsprop-panels', 'panel-make', pan(), [d(32, 'sigmoid', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.2-tanh-momentum-output', 'inverter-output', out(), [d(32, 'tanh', init('constant', { value: 0.2 })), d(32, 'tanh', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', mom(0.01), tr(60));
add('init-symmetry.constant-0.05-elu-adam-spirals', 'tracker-spirals', SPIRALS, [d(32, 'elu', init('constant', { value: 0.05 })), d(32, 'elu', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', adam(0.01), tr(150));
add('init-symmetry.zeros-tanh-sgd-circles', 'inverter-ring-circles', CIRCLES, [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.2), tr(150, 16));
add('init-symmetry.constant-0.3-relu-nesterov-iris', 'iris-demo', IRIS, [d(16, 'relu', init('constant', { value: 0.3 })), d(3, 'softmax', init('constant', { value: 0.3 }))], 'cce', nest(0.02), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-panels', 'panel-make', pan(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.001), tr(40));
add('init-scale.uniform-4-tanh-curtail', 'curtailment-hours', cur(), [d(64, 'tanh', init('uniform', { limit: 4 })), d(64, 'tanh', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', nest(0.002), tr(60));
add('init-scale.normal-1e-5-six-relu-roof', 'rooftop-yield', roof(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', sgd(0.05), tr(60));
add('init-scale.normal-std-2-elu-trip', 'inverter-trip', trip(), [...tower(3, 64, 'elu', init('normal', { std: 2 })), d(1, 'sigmoid', init('normal', { std: 2 }))], 'bce', mom(0.005), tr(40));
add('init-scale.uniform-1e-3-sigmoid-four-output', 'inverter-output', out(), [...tower(4, 32, 'sigmoid', init('uniform', { limit: 0.001 })), d(1, 'linear', init('uniform', { limit: 0.001 }))], 'mse', rms(0.001), tr(60));

add('dead-relu.bias-minus-8-roof', 'rooftop-yield', roof(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.adam-0.5-batch-16-output', 'inverter-output', out(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(20, 16));
add('dead-relu.sgd-plain-0.9-curtail', 'curtailment-hours', cur(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.9), tr(30, 8));
add('dead-relu.bias-minus-4-six-layer-spirals', 'tracker-spirals', SPIRALS, [...tower(6, 24, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('dead-relu.raw-irradiance-relu-momentum', 'inverter-output-raw', out({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.001), tr(30));

add('exploding-gradient.raw-output-watts-adam', 'inverter-output-w', out({ target: 'output_w', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-yield-wh-rmsprop', 'rooftop-yield-wh', roof({ target: 'yield_wh', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-insulation-kohm-sgd', 'inverter-trip-raw', trip({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(30, 16));
add('exploding-gradient.ten-elu-std-0.5-curtail', 'curtailment-hours', cur(), [...tower(10, 32, 'elu', init('normal', { std: 0.5 })), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.raw-rated-watts-nesterov-panels', 'panel-make-raw', pan({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-panels', 'panel-make', pan(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('vanishing-gradient.ten-tanh-std-0.02-roof', 'rooftop-yield', roof(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.seven-sigmoid-nesterov-circles', 'inverter-ring-circles', CIRCLES, [...tower(7, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100, 16));
add('vanishing-gradient.nine-sigmoid-lecun-momentum-curtail', 'curtailment-hours', cur(), [...tower(9, 32, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.005), tr(60));

add('nan-loss.sgd-2-batch-1-roof', 'rooftop-yield', roof(), [d(16, 'elu'), d(1)], 'mse', sgd(2), tr(5, 1));
add('nan-loss.raw-output-watts-momentum', 'inverter-output-w', out({ target: 'output_w', normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(20));
add('nan-loss.raw-features-sgd-0.5-curtail', 'curtailment-raw', cur({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.5), tr(20));
add('nan-loss.rmsprop-3-batch-2-iris', 'iris-demo', IRIS, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', rms(3), tr(20, 2));
add('nan-loss.constant-1.5-deep-linear-yield-wh', 'rooftop-yield-wh', roof({ target: 'yield_wh', normalizeTarget: 'none' }), [...tower(5, 32, 'linear', init('constant', { value: 1.5 })), d(1)], 'mse', nest(0.001), tr(20));

add('saturated-activation.sigmoid-raw-irradiance-output', 'inverter-output-raw', out({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-dc-voltage-trip', 'inverter-trip-raw', trip({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-bias-8-roof', 'rooftop-yield', roof(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-rated-w-panels', 'panel-make-raw', pan({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('saturated-activation.sigmoid-std-4-curtail', 'curtailment-hours', cur(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.adam-0.3-batch-4-roof', 'rooftop-yield', roof(), [d(32, 'elu'), d(1)], 'mse', adam(0.3), tr(20, 4));
add('lr-too-high.sgd-plain-3-batch-8-panels', 'panel-make', pan(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(3), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-1-curtail', 'curtailment-hours', cur(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(5, 1));
add('lr-too-high.nesterov-0.5-trip', 'inverter-trip', trip(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.5), tr(30));
add('lr-too-high.momentum-0.2-batch-8-output', 'inverter-output', out(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.2), tr(30, 8));
add('lr-too-high.adam-0.2-full-batch-spirals', 'tracker-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.2), tr(150, 400));

add('lr-too-low.sgd-plain-1e-5-roof', 'rooftop-yield', roof(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-2e-6-panels', 'panel-make', pan(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.000002), tr(50));
add('lr-too-low.rmsprop-1e-6-trip', 'inverter-trip', trip(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(40));
add('lr-too-low.nesterov-5e-6-spirals', 'tracker-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.000005), tr(100));
add('lr-too-low.momentum-3e-6-batch-64-output', 'inverter-output', out(), [d(32, 'tanh'), d(1)], 'mse', mom(0.000003), tr(60, 64));

add('loss-plateau.firmware-build-only-trip', 'inverter-trip', trip({ features: ['firmware_build'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.pallet-no-only-panels', 'panel-make', pan({ features: ['pallet_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('loss-plateau.substation-km-only-curtail', 'curtailment-hours', cur({ features: ['substation_km'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(50));
add('loss-plateau.weight-decay-5-rmsprop-roof', 'rooftop-yield', roof(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-output', 'inverter-output', out(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1e-7 }), tr(60));

// ---------------------------------------------------------------- healthy candidates
add('ok.output-adam-relu', 'inverter-output', out(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.output-rmsprop-elu-val', 'inverter-output', out(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.output-nesterov-tanh-batch-16', 'inverter-output', out(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(80, 16));
add('ok.output-minmax-leaky-momentum', 'inverter-output', out({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.05), tr(100, 32));
add('ok.output-adam-bn-dropout', 'inverter-output', out(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80, 64));
add('ok.roof-adam-elu', 'rooftop-yield', roof(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.roof-sgd-plain-relu-batch-8', 'rooftop-yield', roof(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(80, 8));
add('ok.roof-rmsprop-tanh-decay', 'rooftop-yield', roof(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002, { weightDecay: 0.0001 }), tr(80));
add('ok.roof-wh-minmax-target-adam', 'rooftop-yield-wh', roof({ target: 'yield_wh', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.roof-nesterov-clip-full-batch', 'rooftop-yield', roof(), [d(32, 'elu'), d(1)], 'mse', nest(0.05, 0.9, { clipNorm: 1 }), tr(400, 900));
add('ok.curtail-adam-relu', 'curtailment-hours', cur(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.curtail-momentum-elu-batch-4', 'curtailment-hours', cur(), [d(32, 'elu'), d(1)], 'mse', mom(0.005), tr(40, 4));
add('ok.curtail-rmsprop-leaky-val', 'curtailment-hours', cur(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.25 }));
add('ok.trip-adam-relu', 'inverter-trip', trip(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.trip-rmsprop-tanh-dropout', 'inverter-trip', trip(), [d(32, 'tanh'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('ok.trip-nesterov-elu-batch-16', 'inverter-trip', trip(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 16));
add('ok.trip-logistic-sgd-plain', 'inverter-trip', trip(), [d(1, 'sigmoid')], 'bce', sgd(0.2), tr(100, 32));
add('ok.trip-minmax-adam-bn', 'inverter-trip', trip({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 64));
add('ok.panels-adam-relu', 'panel-make', pan(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.panels-sgd-momentum-tanh', 'panel-make', pan(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02), tr(60));
add('ok.panels-rmsprop-elu-dropout-val', 'panel-make', pan(), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.panels-sgd-plain-sigmoid-batch-1', 'panel-make', pan(), [d(16, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.02), tr(15, 1));
add('ok.panels-adam-leaky-full-batch', 'panel-make', pan(), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(300, 1000));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-tanh-batch-4', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', nest(0.02), tr(100, 4));
add('ok.moons-rmsprop-relu', 'irradiance-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('ok.moons-sgd-momentum-tanh-batch-8', 'irradiance-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150, 8));
add('ok.circles-adam-elu', 'inverter-ring-circles', CIRCLES, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'inverter-ring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100));
add('ok.spirals-adam-relu-deep', 'tracker-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.spirals-rmsprop-tanh', 'tracker-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(300));
add('ok.blobs4-sgd-plain-relu', 'site-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(80, 16));
add('ok.blobs4-adam-sigmoid-mse', 'site-blobs', BLOBS4, [d(16, 'elu'), d(4, 'softmax')], 'cce', adam(0.01, { weightDecay: 0.0005 }), tr(60, 32));
add('ok.sine-adam-tanh', 'irradiance-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.sine-rmsprop-relu', 'irradiance-cycle-sine', SINE, [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(0.002), tr(200, 32));
add('ok.xor-adam-relu', 'two-string-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 16));
add('ok.xor-sgd-plain-tanh', 'two-string-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(200, 16));
add('ok.start-inline-adam-tanh', 'string-start', INLINE_START, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 8));
add('ok.output-w-standard-target-rmsprop', 'inverter-output-w', out({ target: 'output_w' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.roof-adam-he-uniform-batch-128', 'rooftop-yield', roof(), [d(64, 'relu', { init: 'he_uniform' }), d(64, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.005), tr(150, 128));
add('ok.curtail-nesterov-tanh-xavier-normal', 'curtailment-hours', cur(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', nest(0.01), tr(80));
add('ok.trip-sgd-momentum-relu-decay', 'inverter-trip', trip(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { weightDecay: 0.0001 }), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
