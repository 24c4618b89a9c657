/**
 * Writes every candidate spec of blind fault set 135 (cement kilns and ready-mix concrete plants) into
 * candidates/: `npx tsx test/faults-blind135/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 135, data, layers, loss, optimizer, training, ...extra };
}

const KF = ['raw_meal_tph', 'burning_zone_c', 'fuel_tph', 'kiln_rpm', 'o2_pct', 'lsf'];
const kiln = (x: Json = {}): Json => ({ csv: '../data/kiln.csv', target: 'clinker_tph', features: KF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['cement_kg_m3', 'water_kg_m3', 'wc_ratio', 'slag_kg_m3', 'aggregate_kg_m3', 'age_days', 'slump_mm'];
const str = (x: Json = {}): Json => ({ csv: '../data/strength.csv', target: 'strength_mpa', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MF = ['cement_kg_m3', 'wc_ratio', 'admixture_l_m3', 'slump_mm', 'load_m3'];
const mix = (x: Json = {}): Json => ({ csv: '../data/mix.csv', target: 'mix_design', features: MF, normalize: 'standard', ...x });
const CF = ['wc_ratio', 'cure_temp_c', 'air_pct', 'haul_min', 'water_added', 'spec_psi'];
const cube = (x: Json = {}): Json => ({ csv: '../data/cube.csv', target: 'failed', features: CF, normalize: 'standard', ...x });
const TF = ['hour', 'queue_len', 'pours_open', 'load_m3', 'mixers_running'];
const trk = (x: Json = {}): Json => ({ csv: '../data/trucks.csv', target: 'wait_min', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A lab tech's notebook: water-cement ratio and curing days -> cube passed (1) or failed (0).
const INLINE_CUBES = {
  inline: {
    x: [[0.40, 28], [0.45, 28], [0.50, 28], [0.55, 28], [0.60, 28], [0.65, 28], [0.42, 7], [0.48, 7], [0.52, 7], [0.58, 7], [0.62, 7], [0.38, 14], [0.44, 14], [0.50, 14], [0.56, 14], [0.64, 14], [0.41, 56], [0.47, 56], [0.57, 56], [0.68, 56], [0.36, 3], [0.46, 3], [0.54, 3], [0.60, 3]],
    y: [1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'clinker-rate', kiln(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'mix-design', mix(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'cube-strength', str(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'truck-wait', trk(), [d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(40, 0));
add('invalid-spec.dense-units-string', 'failed-cube', cube(), [d('16' as unknown as number, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('invalid-spec.dropout-rate-1', 'clinker-rate', kiln(), [d(64, 'relu'), drop(1), d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-burning-zone', 'clinker-rate-na', kiln({ csv: '../data/kiln-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.batch-id-feature', 'cube-strength', str({ features: ['batch_id', ...SF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.logged-at-feature', 'clinker-rate', kiln({ features: ['logged_at', ...KF] }), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.truck-id-feature', 'truck-wait', trk({ features: ['truck_id', ...TF] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.slump-cm-typo', 'mix-design', mix({ features: ['cement_kg_m3', 'wc_ratio', 'admixture_l_m3', 'slump_cm', 'load_m3'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.cube-results-csv-missing', 'failed-cube', cube({ csv: '../data/cube_results.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.mix-four-heads-no-c50', 'mix-design', mix(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.mpa-and-psi-one-output', 'cube-strength', str({ target: ['strength_mpa', 'strength_psi'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.failed-two-sigmoid-bce', 'failed-cube', cube(), [d(16, 'tanh'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'silo-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.02), tr(60));

add('loss-activation-mismatch.mix-softmax-mse', 'mix-design', mix(), [d(32, 'relu'), d(5, 'softmax')], 'mse', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-cube', 'failed-cube', cube(), [d(16, 'relu'), d(1, 'tanh')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.sigmoid-head-raw-mpa', 'cube-strength-mpa', str({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-kiln', 'clinker-rate', kiln(), [d(32, 'tanh'), d(1, 'relu')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.softmax-single-unit-cube', 'failed-cube', cube(), [d(16, 'elu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));

add('no-nonlinearity.circles-linear-adam-deep', 'kiln-ring-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('no-nonlinearity.spirals-linear-rmsprop-dropout', 'conveyor-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('no-nonlinearity.xor-linear-nesterov-batch-4', 'two-silo-xor', XOR, [d(8), d(8), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 4));
add('no-nonlinearity.moons-linear-bn-adam', 'quarry-moons', MOONS, [d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 64));

add('lr-out-of-range.rmsprop-lr-20-mix', 'mix-design', mix(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(20), tr(30));
add('lr-out-of-range.adam-1e-8-kiln', 'clinker-rate', kiln(), [d(32, 'relu'), d(1)], 'mse', adam(0.00000001), tr(40));
add('lr-out-of-range.nesterov-lr-50-cube', 'failed-cube', cube(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(50), tr(20));
add('lr-out-of-range.sgd-negative-trucks', 'truck-wait', trk(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-strength', 'cube-strength', str(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.5-tanh-mix', 'mix-design', mix(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-sigmoid-sgd-moons', 'quarry-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(100, 16));
add('init-symmetry.constant-0.2-elu-momentum-kiln', 'clinker-rate', kiln(), [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', mom(0.01), tr(60));
add('init-symmetry.zeros-tanh-adam-circles', 'kiln-ring-circles', CIRCLES, [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(100));

add('init-scale.normal-std-10-elu-kiln', 'clinker-rate', kiln(), [d(64, 'elu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-5-tanh-cube', 'failed-cube', cube(), [d(64, 'tanh', init('uniform', { limit: 5 })), d(64, 'tanh', init('uniform', { limit: 5 })), d(1, 'sigmoid', init('uniform', { limit: 5 }))], 'bce', sgd(0.01), tr(40));
add('init-scale.normal-1e-5-six-relu-mix', 'mix-design', mix(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', sgd(0.05), tr(40));
add('init-scale.normal-std-4-relu-trucks', 'truck-wait', trk(), [...tower(3, 32, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', rms(0.001), tr(40));
add('init-scale.uniform-1e-3-sigmoid-spirals', 'conveyor-spirals', SPIRALS, [...tower(4, 32, 'sigmoid', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', adam(0.003), tr(100));

add('dead-relu.bias-minus-8-leaky-free-kiln', 'clinker-rate', kiln(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.adam-0.5-batch-16-strength', 'cube-strength', str(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.5), tr(30, 16));
add('dead-relu.bias-minus-4-deep-mix', 'mix-design', mix(), [...tower(4, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.sgd-plain-2-batch-4-trucks', 'truck-wait', trk(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(2), tr(10, 4));
add('dead-relu.bias-minus-6-xor', 'two-silo-xor', XOR, [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));

add('exploding-gradient.raw-clinker-target-rmsprop', 'clinker-rate-raw-target', kiln({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.psi-target-adam', 'cube-strength-psi', str({ target: 'strength_psi', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-fahrenheit-features-momentum', 'clinker-rate-raw', kiln({ normalize: 'none', features: ['raw_meal_tph', 'burning_zone_f', 'fuel_tph', 'kiln_rpm', 'o2_pct', 'lsf'] }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.raw-spec-psi-cube-adam', 'failed-cube-raw', cube({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(30));
add('exploding-gradient.ten-relu-std-0.5-trucks', 'truck-wait', trk(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0005), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-kiln', 'clinker-rate', kiln(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(60));
add('vanishing-gradient.ten-tanh-std-0.02-mix', 'mix-design', mix(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(5, 'softmax')], 'cce', adam(0.001), tr(50));
add('vanishing-gradient.six-sigmoid-nesterov-circles', 'kiln-ring-circles', CIRCLES, [...tower(6, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100));
add('vanishing-gradient.twelve-sigmoid-rmsprop-cube', 'failed-cube', cube(), [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(40));
add('vanishing-gradient.nine-sigmoid-momentum-strength', 'cube-strength', str(), [...tower(9, 24, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.005), tr(60));

add('nan-loss.raw-psi-target-sgd', 'cube-strength-psi', str({ target: 'strength_psi', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.wait-seconds-momentum', 'truck-wait-seconds', trk({ target: 'wait_s', normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(20));
add('nan-loss.rmsprop-5-batch-2-kiln', 'clinker-rate', kiln(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(5), tr(10, 2));
add('nan-loss.sgd-8-full-batch-linear-kiln', 'clinker-rate', kiln(), [d(1)], 'mse', sgd(8), tr(50, 1000));
add('nan-loss.constant-3-elu-deep-strength', 'cube-strength', str(), [...tower(5, 48, 'elu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', sgd(0.01), tr(20));
add('nan-loss.raw-features-raw-target-nesterov-kiln', 'clinker-rate-raw', kiln({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.001), tr(20));

add('saturated-activation.sigmoid-raw-spec-psi-cube', 'failed-cube-raw', cube({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-raw-cement-mix', 'mix-design-raw', mix({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.sigmoid-bias-8-kiln', 'clinker-rate', kiln(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.tanh-raw-fahrenheit-kiln', 'clinker-rate-raw', kiln({ normalize: 'none', features: ['raw_meal_tph', 'burning_zone_f', 'fuel_tph', 'kiln_rpm', 'o2_pct', 'lsf'] }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-normal-std-3-strength', 'cube-strength', str(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', rms(0.001), tr(60));

add('lr-too-high.sgd-plain-1.5-batch-8-mix', 'mix-design', mix(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(1.5), tr(40, 8));
add('lr-too-high.rmsprop-0.05-batch-16-strength', 'cube-strength', str(), [d(64, 'relu'), d(1)], 'mse', rms(0.05), tr(40, 16));
add('lr-too-high.nesterov-0.99-lr-0.2-kiln', 'clinker-rate', kiln(), [d(32, 'elu'), d(1)], 'mse', nest(0.2, 0.99), tr(40));
add('lr-too-high.adam-0.3-batch-4-cube', 'failed-cube', cube(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(20, 4));
add('lr-too-high.momentum-0.5-batch-1-trucks', 'truck-wait', trk(), [d(16, 'tanh'), d(1)], 'mse', mom(0.5), tr(5, 1));
add('lr-too-high.adam-0.1-batch-2-iris', 'iris-demo', IRIS, [d(32, 'elu'), d(3, 'softmax')], 'cce', adam(0.1), tr(20, 2));

add('lr-too-low.adam-3e-7-mix', 'mix-design', mix(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000003), tr(50));
add('lr-too-low.sgd-plain-1e-5-full-batch-strength', 'cube-strength', str(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(100, 900));
add('lr-too-low.rmsprop-1e-7-kiln', 'clinker-rate', kiln(), [d(32, 'elu'), d(1)], 'mse', rms(0.0000001), tr(50));
add('lr-too-low.nesterov-1e-5-circles', 'kiln-ring-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(100, 16));
add('lr-too-low.momentum-3e-6-trucks', 'truck-wait', trk(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.000003), tr(60));

add('oscillating-loss.sgd-plain-1.9-full-batch-linear-kiln', 'clinker-rate', kiln(), [d(1)], 'mse', sgd(1.9), tr(150, 1000));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-strength', 'cube-strength', str(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 900));
add('oscillating-loss.nesterov-0.98-lr-0.2-batch-500-linear-trucks', 'truck-wait', trk(), [d(1)], 'mse', nest(0.2, 0.98), tr(150, 500));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-kiln', 'clinker-rate', kiln(), [d(1)], 'mse', rms(0.05), tr(150, 1000));
add('oscillating-loss.adam-0.3-full-batch-logistic-cube', 'failed-cube', cube(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1200));
add('oscillating-loss.sgd-plain-2.1-full-batch-fahrenheit-celsius', 'clinker-rate', kiln({ features: ['raw_meal_tph', 'burning_zone_c', 'burning_zone_f', 'fuel_tph'] }), [d(1)], 'mse', sgd(0.95), tr(150, 1000));
add('oscillating-loss.momentum-0.9-lr-1-full-batch-sine', 'kiln-cycle-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(1, 0.9), tr(200, 250));
add('oscillating-loss.sgd-plain-1.95-batch-250-linear-strength', 'cube-strength', str(), [d(1)], 'mse', sgd(1.95), tr(150, 300));

add('loss-plateau.operator-badge-only-kiln', 'clinker-rate', kiln({ features: ['operator_badge'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.mould-serial-only-cube', 'failed-cube', cube({ features: ['mould_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.dispatch-desk-only-mix', 'mix-design', mix({ features: ['dispatch_desk'] }), [d(16, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.weight-decay-5-rmsprop-strength', 'cube-strength', str(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-trucks', 'truck-wait', trk(), [d(32, 'elu'), d(1)], 'mse', sgd(0.01, { clipNorm: 0.0000001 }), tr(60));
add('loss-plateau.load-volume-only-trucks', 'truck-wait', trk({ features: ['load_m3'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.kiln-adam-relu', 'clinker-rate', kiln(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.kiln-rmsprop-elu-val', 'clinker-rate', kiln(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.kiln-nesterov-tanh-batch-16', 'clinker-rate', kiln(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.kiln-fahrenheit-minmax-sgd-batch-1', 'clinker-rate', kiln({ normalize: 'minmax', normalizeTarget: 'minmax', features: ['raw_meal_tph', 'burning_zone_f', 'fuel_tph', 'kiln_rpm', 'o2_pct', 'lsf'] }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.kiln-adam-bn-batch-100', 'clinker-rate', kiln(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 100));
add('ok.kiln-linear-sgd-full-batch', 'clinker-rate', kiln(), [d(1)], 'mse', sgd(0.1), tr(200, 1000));
add('ok.kiln-momentum-sigmoid-decay', 'clinker-rate', kiln(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.strength-adam-elu', 'cube-strength', str(), [d(64, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.strength-rmsprop-relu-batch-128', 'cube-strength', str(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 128));
add('ok.strength-nesterov-tanh-xavier-normal', 'cube-strength', str(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', nest(0.01), tr(100));
add('ok.strength-psi-standardized-adam-dropout', 'cube-strength-psi', str({ target: 'strength_psi' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(100));
add('ok.strength-slump-in-minmax-target-momentum', 'cube-strength', str({ features: ['cement_kg_m3', 'water_kg_m3', 'wc_ratio', 'slag_kg_m3', 'aggregate_kg_m3', 'age_days', 'slump_in'], normalizeTarget: 'minmax' }), [d(32, 'elu'), d(1)], 'mse', mom(0.02), tr(100));
add('ok.strength-adam-bn-deep-val', 'cube-strength', str(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(80, 64, { validationSplit: 0.2 }));
add('ok.mix-adam-relu', 'mix-design', mix(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.mix-rmsprop-tanh-dropout', 'mix-design', mix(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.mix-nesterov-elu-batch-8', 'mix-design', mix(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(40, 8));
add('ok.mix-minmax-adam-bn-batch-200', 'mix-design', mix({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.01), tr(100, 200));
add('ok.mix-softmax-regression-sgd', 'mix-design', mix(), [d(5, 'softmax')], 'cce', sgd(0.2), tr(80));
add('ok.mix-leaky-he-uniform-clip-val', 'mix-design', mix(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', adam(0.005, { clipNorm: 1 }), tr(60, 32, { validationSplit: 0.15 }));
add('ok.cube-adam-relu', 'failed-cube', cube(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.cube-logistic-nesterov', 'failed-cube', cube(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(60));
add('ok.cube-rmsprop-tanh-batch-64', 'failed-cube', cube(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 64));
add('ok.cube-minmax-adam-elu-decay', 'failed-cube', cube({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { weightDecay: 0.0001 }), tr(80));
add('ok.trucks-adam-relu', 'truck-wait', trk(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.trucks-rmsprop-tanh', 'truck-wait', trk(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.trucks-momentum-elu-batch-4', 'truck-wait', trk(), [d(32, 'elu'), d(1)], 'mse', mom(0.005), tr(20, 4));
add('ok.trucks-seconds-standardized-nesterov', 'truck-wait-seconds', trk({ target: 'wait_s' }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.01), tr(80));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.5), tr(300, 150));
add('ok.moons-rmsprop-relu', 'quarry-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));
add('ok.moons-adam-tanh-batch-400', 'quarry-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(400, 400));
add('ok.circles-adam-elu', 'kiln-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'kiln-ring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-relu-deep', 'conveyor-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-momentum-sigmoid', 'silo-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', mom(0.1), tr(100));
add('ok.sine-adam-elu', 'kiln-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.sine-rmsprop-tanh-batch-8', 'kiln-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(150, 8));
add('ok.xor-adam-tanh', 'two-silo-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-sgd-plain-leaky-batch-2', 'two-silo-xor', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 2));
add('ok.cubes-inline-adam-tanh', 'cube-notebook', INLINE_CUBES, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.cubes-inline-logistic-rmsprop-batch-6', 'cube-notebook', INLINE_CUBES, [d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 6));

// second round: more oscillation attempts, and replacements for candidates that did not show their fault
add('oscillating-loss.momentum-0.95-lr-0.5-full-batch-linear-kiln', 'clinker-rate', kiln(), [d(1)], 'mse', mom(0.5, 0.95), tr(150, 1000));
add('oscillating-loss.nesterov-0.97-lr-0.3-full-batch-linear-trucks', 'truck-wait', trk(), [d(1)], 'mse', nest(0.3, 0.97), tr(150, 800));
add('oscillating-loss.momentum-0.97-lr-0.1-full-batch-tanh-strength', 'cube-strength', str(), [d(8, 'tanh'), d(1)], 'mse', mom(0.1, 0.97), tr(150, 900));
add('oscillating-loss.momentum-0.9-lr-3-full-batch-logistic-cubes-inline', 'cube-notebook', INLINE_CUBES, [d(1, 'sigmoid')], 'bce', mom(3, 0.9), tr(200, 24));
add('oscillating-loss.adam-0.5-full-batch-linear-kiln', 'clinker-rate', kiln(), [d(1)], 'mse', adam(0.5), tr(150, 1000));
add('oscillating-loss.momentum-0.95-lr-0.3-batch-300-linear-strength', 'cube-strength', str(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 300));
add('oscillating-loss.momentum-0.96-lr-0.25-full-batch-celsius-fahrenheit', 'clinker-rate', kiln({ features: ['raw_meal_tph', 'burning_zone_c', 'burning_zone_f', 'fuel_tph'] }), [d(1)], 'mse', mom(0.25, 0.96), tr(150, 1000));
add('oscillating-loss.momentum-0.95-lr-1-full-batch-softmax-mix', 'mix-design', mix(), [d(5, 'softmax')], 'cce', mom(1, 0.95), tr(150, 1000));
add('oscillating-loss.nesterov-0.95-lr-0.4-full-batch-linear-strength-psi', 'cube-strength-psi', str({ target: 'strength_psi' }), [d(1)], 'mse', nest(0.4, 0.95), tr(150, 900));
add('lr-too-high.sgd-plain-0.8-batch-2-kiln', 'clinker-rate', kiln(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.8), tr(10, 2));
add('lr-too-high.rmsprop-0.2-batch-32-mix', 'mix-design', mix(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.2), tr(30));
add('lr-too-high.momentum-0.95-lr-0.5-batch-16-moons', 'quarry-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.95), tr(60, 16));
add('lr-too-high.adam-0.05-batch-1-strength', 'cube-strength', str(), [d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(5, 1));
add('init-symmetry.constant-0.05-relu-adam-trucks', 'truck-wait', trk(), [d(32, 'relu', init('constant', { value: 0.05 })), d(32, 'relu', init('constant', { value: 0.05 })), d(1, 'linear', init('constant', { value: 0.05 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.ones-tanh-rmsprop-kiln', 'clinker-rate', kiln(), [d(32, 'tanh', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', rms(0.001), tr(60));
add('loss-activation-mismatch.relu-head-bce-cubes-inline', 'cube-notebook', INLINE_CUBES, [d(8, 'tanh'), d(1, 'relu')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.sigmoid-head-standardized-trucks', 'truck-wait', trk(), [d(32, 'elu'), d(1, 'sigmoid')], 'mse', rms(0.002), tr(60));
add('dead-relu.rmsprop-0.5-batch-8-kiln', 'clinker-rate', kiln(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(0.5), tr(20, 8));
add('saturated-activation.sigmoid-raw-haul-cube', 'failed-cube-raw', cube({ normalize: 'none', features: ['wc_ratio', 'cure_temp_c', 'air_pct', 'haul_min', 'water_added'] }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('vanishing-gradient.eight-tanh-std-0.1-sgd-trucks', 'truck-wait', trk(), [...tower(8, 32, 'tanh', init('normal', { std: 0.1 })), d(1)], 'mse', sgd(0.01), tr(60));
add('nan-loss.adam-3-batch-8-mix', 'mix-design', mix(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', adam(3), tr(20, 8));
add('lr-too-low.sgd-plain-1e-6-cube', 'failed-cube', cube(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.000001), tr(40));
add('ok.kiln-adam-leaky-batch-1000', 'clinker-rate', kiln(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.01), tr(300, 1000));
add('ok.strength-sgd-plain-relu-he-uniform', 'cube-strength', str(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', sgd(0.05), tr(100, 16));
add('ok.cube-sgd-momentum-relu-batch-1', 'failed-cube', cube(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.002), tr(5, 1));
add('ok.trucks-adam-elu-dropout-val', 'truck-wait', trk(), [d(64, 'elu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80, 32, { validationSplit: 0.2 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
