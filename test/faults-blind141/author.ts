/**
 * Writes every candidate spec of blind fault set 141 (glassworks and bottle plants) into
 * candidates/: `npx tsx test/faults-blind141/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 141, data, layers, loss, optimizer, training, ...extra };
}


const FF = ['furnace_c', 'cullet_pct', 'pull_tpd', 'crown_c', 'gob_g', 'line_bpm'];
const fur = (x: Json = {}): Json => ({ csv: '../data/furnace.csv', target: 'energy_kwh_t', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['iron_ppm', 'chromium_ppm', 'sulphur_pct', 'cobalt_ppm', 'cullet_pct'];
const col = (x: Json = {}): Json => ({ csv: '../data/colour.csv', target: 'colour', features: CF, normalize: 'standard', ...x });
const SF = ['refractory_age_d', 'cullet_pct', 'furnace_c', 'batch_moisture_pct', 'sand_grain_um', 'pull_tpd'];
const stn = (x: Json = {}): Json => ({ csv: '../data/stone.csv', target: 'stone_inclusion', features: SF, normalize: 'standard', ...x });
const GF = ['plunger_stroke_mm', 'tube_height_mm', 'spout_c', 'shear_s', 'orifice_mm'];
const gob = (x: Json = {}): Json => ({ csv: '../data/gob.csv', target: 'gob_weight_g', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const DF = ['jams', 'mould_change', 'line_bpm', 'crew_years'];
const dt = (x: Json = {}): Json => ({ csv: '../data/downtime.csv', target: 'downtime_s', features: DF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
// A lehr operator's notebook: annealing minutes and exit temperature (°C) -> bottle passes the thermal-shock test (1) or not (0).
const INLINE_LEHR = {
  inline: {
    x: [[20, 80], [25, 70], [30, 60], [35, 55], [40, 50], [45, 45], [20, 140], [25, 130], [30, 120], [35, 110], [40, 100], [45, 90], [22, 60], [28, 90], [33, 75], [38, 130], [42, 65], [48, 120], [24, 110], [36, 85], [44, 140], [27, 50], [31, 100], [39, 95]],
    y: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'furnace-energy', fur(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'glass-colour', col(), [d(32, 'gelu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.keras-loss-name', 'stone-inclusion', stn(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1.5', 'gob-weight', gob(), [d(32, 'relu'), drop(1.5), d(1)], 'mse', rms(0.002), tr(60));
add('invalid-spec.zero-units', 'line-downtime', dt(), [d(0, 'relu'), d(1)], 'mse', nest(0.01), tr(40));

add('data-error.na-furnace-c', 'furnace-energy-na', fur({ csv: '../data/furnace-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.mould-id-feature', 'furnace-energy', fur({ features: ['mould_id', ...FF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.shift-ts-feature', 'furnace-energy', fur({ features: ['shift_ts', ...FF] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.cullet-percent-typo', 'glass-colour', col({ features: ['iron_ppm', 'chromium_ppm', 'sulphur_pct', 'cobalt_ppm', 'cullet_percent'] }), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.feeder-text-feature-gob', 'gob-weight', gob({ features: ['feeder', ...GF] }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(60));
add('data-error.target-kwh-misnamed', 'furnace-energy', fur({ target: 'energy_kwh' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-2023-export', 'line-downtime', dt({ csv: '../data/downtime_2023.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.colour-three-heads-no-cobalt', 'glass-colour', col(), [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.energy-and-crown-one-output', 'furnace-energy', fur({ target: ['energy_kwh_t', 'crown_c'], features: ['furnace_c', 'cullet_pct', 'pull_tpd', 'gob_g'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-two-heads', 'mould-blobs', BLOBS4, [d(16, 'tanh'), d(2, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.stone-two-sigmoid-heads', 'stone-inclusion', stn(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.single-softmax-bce-stone', 'stone-inclusion', stn(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-lehr', 'lehr-shock', INLINE_LEHR, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.relu-head-standardized-gob', 'gob-weight', gob(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-energy', 'furnace-energy', fur(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.softmax-head-mse-colour-index', 'glass-colour', col(), [d(32, 'relu'), d(4, 'softmax')], 'mse', adam(0.003), tr(50));

add('no-nonlinearity.spirals-linear-adam-full-batch', 'mould-spirals', SPIRALS, [d(64, 'linear'), d(64, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 300));
add('no-nonlinearity.xor-linear-bn-rmsprop', 'two-burner-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.circles-linear-dropout-nesterov', 'gob-ring-circles', CIRCLES, [d(32), drop(0.2), d(32), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100, 16));
add('no-nonlinearity.moons-linear-momentum-full-batch', 'shear-moons', MOONS, [d(16), d(16), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200, 400));

add('lr-out-of-range.nesterov-lr-40-gob', 'gob-weight', gob(), [d(32, 'relu'), d(1)], 'mse', nest(40), tr(30));
add('lr-out-of-range.rmsprop-lr-8-colour', 'glass-colour', col(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', rms(8), tr(30));
add('lr-out-of-range.adam-1e-9-stone', 'stone-inclusion', stn(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.000000001), tr(40));
add('lr-out-of-range.negative-momentum-downtime', 'line-downtime', dt(), [d(16, 'elu'), d(1)], 'mse', mom(-0.01), tr(40));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-relu-adam-gob', 'gob-weight', gob(), [d(32, 'relu', init('zeros')), d(32, 'relu', init('zeros')), d(1, 'linear', init('zeros'))], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.3-tanh-circles', 'gob-ring-circles', CIRCLES, [d(16, 'tanh', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', mom(0.05), tr(150));
add('init-symmetry.zeros-sigmoid-moons-rmsprop', 'shear-moons', MOONS, [d(24, 'sigmoid', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', rms(0.005), tr(120));
add('init-symmetry.constant-0.1-elu-colour', 'glass-colour', col(), [d(32, 'elu', init('constant', { value: 0.1 })), d(4, 'softmax', init('constant', { value: 0.1 }))], 'cce', sgd(0.1), tr(60));

add('init-scale.normal-std-10-sigmoid-stone', 'stone-inclusion', stn(), [d(32, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.003), tr(40));
add('init-scale.uniform-1e-5-six-relu-furnace', 'furnace-energy', fur(), [...tower(6, 32, 'relu', init('uniform', { limit: 0.00001 })), d(1, 'linear', init('uniform', { limit: 0.00001 }))], 'mse', nest(0.01), tr(60));
add('init-scale.normal-std-4-elu-colour', 'glass-colour', col(), [...tower(3, 64, 'elu', init('normal', { std: 4 })), d(4, 'softmax', init('normal', { std: 4 }))], 'cce', rms(0.001), tr(40));
add('init-scale.uniform-3-tanh-downtime', 'line-downtime', dt(), [...tower(3, 32, 'tanh', init('uniform', { limit: 3 })), d(1, 'linear', init('uniform', { limit: 3 }))], 'mse', sgd(0.01), tr(60, 16));

add('dead-relu.bias-minus-4-three-layer-downtime', 'line-downtime', dt(), [...tower(3, 32, 'relu', { bias: -4 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.adam-0.6-batch-4-furnace', 'furnace-energy', fur(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.6), tr(10, 4));
add('dead-relu.bias-minus-7-he-uniform-spirals', 'mould-spirals', SPIRALS, [d(64, 'relu', { init: 'he_uniform', bias: -7 }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150));
add('dead-relu.sgd-0.9-batch-1-gob', 'gob-weight', gob(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.9), tr(5, 1));

add('exploding-gradient.raw-gob-grams-nesterov', 'gob-weight-raw-target', gob({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0005), tr(40));
add('exploding-gradient.raw-fahrenheit-energy-adam', 'furnace-energy-raw', fur({ normalize: 'none', normalizeTarget: 'none', features: ['furnace_f', 'cullet_pct', 'pull_tpd', 'gob_oz', 'line_bpm'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-downtime-seconds-momentum', 'line-downtime-raw-target', dt({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', mom(0.0001), tr(40));
add('exploding-gradient.ten-relu-std-0.5-colour', 'glass-colour', col(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(4, 'softmax')], 'cce', rms(0.0001), tr(30));
add('exploding-gradient.raw-iron-ppm-sgd-colour', 'glass-colour-raw', col({ normalize: 'none' }), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', sgd(0.0001), tr(30, 16));

add('vanishing-gradient.eight-sigmoid-momentum-colour', 'glass-colour', col(), [...tower(8, 32, 'sigmoid'), d(4, 'softmax')], 'cce', mom(0.01), tr(50));
add('vanishing-gradient.nine-sigmoid-adam-gob', 'gob-weight', gob(), [...tower(9, 24, 'sigmoid'), d(1)], 'mse', adam(0.0003), tr(60));
add('vanishing-gradient.six-sigmoid-std-0.1-spirals', 'mould-spirals', SPIRALS, [...tower(6, 32, 'sigmoid', init('normal', { std: 0.1 })), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('vanishing-gradient.ten-tanh-std-0.02-stone', 'stone-inclusion', stn(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(40));

add('saturated-activation.sigmoid-raw-fahrenheit-furnace', 'furnace-energy-raw-features', fur({ normalize: 'none', features: ['furnace_f', 'cullet_pct', 'pull_tpd', 'crown_c', 'gob_g', 'line_bpm'] }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-chemistry-colour', 'glass-colour-raw', col({ normalize: 'none' }), [d(32, 'tanh'), d(4, 'softmax')], 'cce', nest(0.01), tr(50));
add('saturated-activation.sigmoid-bias-minus-9-gob', 'gob-weight', gob(), [d(32, 'sigmoid', { bias: -9 }), d(32, 'sigmoid', { bias: -9 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-refractory-stone', 'stone-inclusion-raw', stn({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-std-2-downtime', 'line-downtime', dt(), [d(64, 'tanh', init('normal', { std: 2 })), d(64, 'tanh', init('normal', { std: 2 })), d(1)], 'mse', sgd(0.01), tr(60));

// ---------------------------------------------------------------- training faults
add('nan-loss.raw-energy-target-sgd-full-batch', 'furnace-energy-raw-target', fur({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(30, 960));
add('nan-loss.nesterov-0.6-batch-1-downtime', 'line-downtime', dt(), [d(16, 'tanh'), d(1)], 'mse', nest(0.6), tr(5, 1));
add('nan-loss.constant-1-relu-deep-gob', 'gob-weight', gob(), [...tower(5, 64, 'relu', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.momentum-lr-3-full-batch-linear-furnace', 'furnace-energy', fur(), [d(1)], 'mse', mom(3, 0.9), tr(40, 960));
add('nan-loss.raw-gob-grams-rmsprop-batch-2', 'gob-weight-raw', gob({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.001), tr(10, 2));

add('lr-too-high.sgd-plain-2-full-batch-colour', 'glass-colour', col(), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(2), tr(80, 900));
add('lr-too-high.nesterov-0.5-batch-8-gob', 'gob-weight', gob(), [d(32, 'elu'), d(1)], 'mse', nest(0.5), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-2-stone', 'stone-inclusion', stn(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.3-batch-16-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.3), tr(60, 16));
add('lr-too-high.momentum-0.95-lr-0.3-downtime', 'line-downtime', dt(), [d(32, 'relu'), d(1)], 'mse', mom(0.3, 0.95), tr(40));
add('lr-too-high.sgd-plain-1-batch-4-sine', 'lehr-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', sgd(1), tr(40, 4));

add('lr-too-low.sgd-plain-1e-5-full-batch-furnace', 'furnace-energy', fur(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(100, 960));
add('lr-too-low.momentum-1e-6-stone', 'stone-inclusion', stn(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.000001), tr(40));
add('lr-too-low.adam-3e-7-colour', 'glass-colour', col(), [d(32, 'elu'), d(4, 'softmax')], 'cce', adam(0.0000003), tr(50));
add('lr-too-low.rmsprop-1e-6-sine-batch-8', 'lehr-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60, 8));
add('lr-too-low.nesterov-1e-5-full-batch-circles-deep', 'gob-ring-circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(200, 300));

add('oscillating-loss.sgd-plain-0.49-full-batch-linear-c-and-f', 'furnace-energy', fur({ features: ['furnace_c', 'furnace_f', 'gob_g', 'gob_oz', 'cullet_pct', 'pull_tpd', 'crown_c'] }), [d(1)], 'mse', sgd(0.49), tr(150, 960));
add('oscillating-loss.sgd-plain-0.55-batch-480-linear-c-and-f', 'furnace-energy', fur({ features: ['furnace_c', 'furnace_f', 'gob_g', 'gob_oz', 'cullet_pct', 'pull_tpd', 'crown_c'] }), [d(1)], 'mse', sgd(0.55), tr(150, 480));
add('oscillating-loss.momentum-0.95-lr-0.2-full-batch-linear-gob', 'gob-weight', gob(), [d(1)], 'mse', mom(0.2, 0.95), tr(150, 800));
add('oscillating-loss.nesterov-0.97-lr-0.15-full-batch-tanh-downtime', 'line-downtime', dt(), [d(8, 'tanh'), d(1)], 'mse', nest(0.15, 0.97), tr(150, 880));
add('oscillating-loss.adam-0.08-batch-64-sine', 'lehr-cycle-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.08), tr(200, 64));
add('oscillating-loss.rmsprop-0.02-full-batch-linear-furnace', 'furnace-energy', fur(), [d(1)], 'mse', rms(0.02), tr(150, 960));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-100-logistic-stone', 'stone-inclusion', stn(), [d(1, 'sigmoid')], 'bce', mom(0.05, 0.99), tr(100, 100));
add('oscillating-loss.momentum-0.9-lr-0.09-full-batch-linear-c-and-f', 'furnace-energy', fur({ features: ['furnace_c', 'furnace_f', 'gob_g', 'gob_oz', 'cullet_pct', 'pull_tpd', 'crown_c'] }), [d(1)], 'mse', mom(0.09, 0.9), tr(150, 960));
add('oscillating-loss.sgd-plain-0.9-full-batch-linear-gob', 'gob-weight', gob(), [d(1)], 'mse', sgd(0.9), tr(150, 800));

add('oscillating-loss.sgd-plain-0.45-batch-16-linear-c-and-f', 'furnace-energy', fur({ features: ['furnace_c', 'furnace_f', 'gob_g', 'gob_oz', 'cullet_pct', 'pull_tpd', 'crown_c'] }), [d(1)], 'mse', sgd(0.45), tr(60, 16));
add('oscillating-loss.momentum-0.9-lr-0.1-batch-8-linear-gob', 'gob-weight', gob(), [d(1)], 'mse', mom(0.1, 0.9), tr(60, 8));
add('oscillating-loss.nesterov-0.95-lr-0.3-full-batch-elu-colour', 'glass-colour', col(), [d(16, 'elu'), d(4, 'softmax')], 'cce', nest(0.3, 0.95), tr(150, 900));
add('loss-plateau.mould-serial-only-stone', 'stone-inclusion', stn({ features: ['mould_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.shift-only-colour', 'glass-colour', col({ features: ['shift'] }), [d(16, 'tanh'), d(4, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.hour-only-downtime', 'line-downtime', dt({ features: ['hour'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.rmsprop-weight-decay-2-gob', 'gob-weight', gob(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 2 }), tr(60));
add('loss-plateau.inspect-epoch-only-stone', 'stone-inclusion', stn({ features: ['inspect_epoch'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));

// ---------------------------------------------------------------- healthy
add('ok.furnace-adam-relu', 'furnace-energy', fur(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.furnace-linear-sgd-full-batch', 'furnace-energy', fur(), [d(1)], 'mse', sgd(0.1), tr(200, 960));
add('ok.furnace-momentum-tanh-full-batch', 'furnace-energy', fur(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05), tr(300, 960));
add('ok.furnace-fahrenheit-rmsprop-elu-val', 'furnace-energy', fur({ features: ['furnace_f', 'cullet_pct', 'pull_tpd', 'crown_c', 'gob_oz', 'line_bpm'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.furnace-minmax-nesterov-leaky-batch-1', 'furnace-energy', fur({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', nest(0.005), tr(5, 1));
add('ok.furnace-adam-bn-batch-128', 'furnace-energy', fur(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.colour-adam-relu', 'glass-colour', col(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.colour-sgd-plain-full-batch-softmax', 'glass-colour', col(), [d(4, 'softmax')], 'cce', sgd(0.5), tr(300, 900));
add('ok.colour-nesterov-tanh-full-batch-deep', 'glass-colour', col(), [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], 'cce', nest(0.1), tr(200, 900));
add('ok.colour-rmsprop-elu-dropout', 'glass-colour', col(), [d(64, 'elu'), drop(0.2), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.colour-minmax-momentum-sigmoid-batch-8', 'glass-colour', col({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', mom(0.05), tr(40, 8));
add('ok.colour-adam-bn-val', 'glass-colour', col(), [d(48, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', adam(0.005), tr(50, 64, { validationSplit: 0.2 }));
add('ok.stone-adam-relu', 'stone-inclusion', stn(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.stone-logistic-sgd-full-batch', 'stone-inclusion', stn(), [d(1, 'sigmoid')], 'bce', sgd(1), tr(300, 1200));
add('ok.stone-nesterov-tanh-full-batch', 'stone-inclusion', stn(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.2), tr(300, 1200));
add('ok.stone-rmsprop-elu-clip', 'stone-inclusion', stn(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.stone-minmax-adam-leaky-decay', 'stone-inclusion', stn({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01, { weightDecay: 0.0001 }), tr(80));
add('ok.gob-adam-elu', 'gob-weight', gob(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.gob-momentum-relu-full-batch', 'gob-weight', gob(), [d(32, 'relu'), d(1)], 'mse', mom(0.05), tr(400, 800));
add('ok.gob-sgd-plain-tanh-batch-2', 'gob-weight', gob(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), tr(10, 2));
add('ok.gob-rmsprop-relu-batch-256-dropout', 'gob-weight', gob(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.gob-minmax-target-nesterov-lecun', 'gob-weight', gob({ normalizeTarget: 'minmax' }), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.02), tr(80));
add('ok.downtime-adam-relu', 'line-downtime', dt(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.downtime-minutes-rmsprop-tanh', 'line-downtime', dt({ target: 'downtime_min' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.downtime-nesterov-elu-full-batch', 'line-downtime', dt(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.05), tr(400, 880));
add('ok.downtime-adam-bn-dropout-deep', 'line-downtime', dt(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64));
add('ok.downtime-momentum-sigmoid-batch-16', 'line-downtime', dt(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05), tr(60, 16));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-momentum-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.1), tr(300, 150));
add('ok.moons-adam-relu', 'shear-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-sgd-plain-tanh-full-batch', 'shear-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(600, 400));
add('ok.circles-rmsprop-elu', 'gob-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-nesterov-relu-full-batch', 'gob-ring-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(500, 300));
add('ok.spirals-adam-tanh-deep', 'mould-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-relu', 'mould-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(100));
add('ok.sine-adam-elu', 'lehr-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.sine-rmsprop-tanh-full-batch', 'lehr-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.005), tr(500, 250));
add('ok.xor-adam-tanh', 'two-burner-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-leaky-xavier-normal', 'two-burner-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.lehr-inline-adam-tanh', 'lehr-shock', INLINE_LEHR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.furnace-nesterov-relu-decay', 'furnace-energy', fur(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.gob-adam-he-uniform-leaky-clip', 'gob-weight', gob(), [d(64, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
