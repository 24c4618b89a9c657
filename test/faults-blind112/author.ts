/**
 * Writes every candidate spec of blind fault set 112 (water utilities and treatment plants) into
 * candidates/: `npx tsx test/faults-blind112/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 112, data, layers, loss, optimizer, training, ...extra };
}

const PUMP = ['pump_rpm', 'flow_lps', 'reservoir_level_m', 'water_temp_c', 'valves_open'];
const pressure = (x: Json = {}): Json => ({ csv: '../data/pumps.csv', target: 'discharge_bar', features: PUMP, normalize: 'standard', normalizeTarget: 'standard', ...x });
const QUAL = ['raw_turbidity_ntu', 'chlorine_dose_mg_l', 'ph', 'water_temp_c', 'contact_minutes', 'plant_flow_lps'];
const chlorine = (x: Json = {}): Json => ({ csv: '../data/quality.csv', target: 'chlorine_residual_mg_l', features: QUAL, normalize: 'standard', normalizeTarget: 'standard', ...x });
const PIPE = ['install_year', 'diameter_mm', 'wall_mm', 'hazen_c', 'breaks_10y', 'depth_m', 'length_m'];
const material = (x: Json = {}): Json => ({ csv: '../data/pipes.csv', target: 'material', features: PIPE, normalize: 'standard', ...x });
const MAIN = ['pressure_drop_kpa', 'night_flow_lps', 'acoustic_db', 'soil_moisture_pct', 'pipe_age_years', 'frost_day'];
const burst = (x: Json = {}): Json => ({ csv: '../data/mains.csv', target: 'main_burst', features: MAIN, normalize: 'standard', ...x });
const leakmin = (x: Json = {}): Json => ({ csv: '../data/mains.csv', target: 'leak_detect_minutes', features: MAIN, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BILL = ['household_size', 'lot_area_m2', 'has_pool', 'days_billed', 'consumption_m3', 'leak_alert'];
const bill = (x: Json = {}): Json => ({ csv: '../data/bills.csv', target: 'bill_cents', features: BILL, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.04 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 240, noise: 0.08 };
const XOR = { builtin: 'xor', samples: 240, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A plant operator's jar test: coagulant dose and raw turbidity -> did the floc settle (0/1).
const INLINE_JAR = {
  inline: {
    x: [[10, 5], [20, 5], [30, 8], [5, 40], [15, 60], [25, 35], [40, 90], [8, 12], [35, 20], [12, 80], [45, 50], [18, 25], [28, 70], [6, 3], [50, 120], [22, 100], [9, 30], [32, 45], [14, 15], [38, 110], [3, 2], [26, 55], [16, 95], [42, 75]],
    y: [1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adagrad-optimizer', 'discharge-pressure', pressure(), [d(32, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'chlorine-residual', chlorine(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.keras-loss-name', 'main-burst', burst(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.kaiming-init-name', 'pipe-material', material(), [d(32, 'relu', { init: 'kaiming_normal' }), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('invalid-spec.mae-loss', 'leak-minutes', leakmin(), [d(32, 'elu'), d(1)], 'mae', rms(0.002), tr(60));

add('data-error.na-reservoir-level', 'discharge-pressure-na', pressure({ csv: '../data/pumps-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.blank-acoustic-db', 'main-burst-blank', burst({ csv: '../data/mains-blank.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('data-error.sampled-at-feature', 'chlorine-residual', chlorine({ features: ['sampled_at', ...QUAL] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.pressure-zone-feature', 'pipe-material', material({ features: ['pressure_zone', ...PIPE] }), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.misnamed-target-column', 'leak-minutes', leakmin({ target: 'leak_detection_minutes' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.bill-comma-header-mix', 'monthly-bill', bill({ features: ['household_size', 'lot_area_m2', 'has_pool', 'days_billed', 'consumption_m3 ', 'leak_alert'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.material-three-heads', 'pipe-material', material(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.burst-two-sigmoids-bce', 'main-burst', burst(), [d(16, 'tanh'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.pressure-three-outputs', 'discharge-pressure', pressure(), [d(32, 'relu'), d(3)], 'mse', nest(0.01), tr(60));
add('shape-mismatch.iris-four-heads', 'iris-demo', IRIS, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(80, 16));
add('shape-mismatch.two-targets-one-output', 'pressure-and-flow', pressure({ target: ['discharge_bar', 'flow_lps'], features: ['pump_rpm', 'reservoir_level_m', 'water_temp_c', 'valves_open'] }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));

add('loss-activation-mismatch.sigmoid-head-standardized-chlorine', 'chlorine-residual', chlorine(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-burst', 'main-burst', burst(), [d(16, 'relu'), d(1, 'tanh')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.linear-heads-cce-material', 'pipe-material', material(), [d(32, 'relu'), d(5)], 'cce', nest(0.01), tr(50));
add('loss-activation-mismatch.softmax-head-mse-pressure', 'discharge-pressure', pressure(), [d(32, 'elu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-heads-cce-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'relu')], 'cce', adam(0.01), tr(80, 16));

add('no-nonlinearity.circles-linear-adam', 'pressure-ring-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('no-nonlinearity.xor-linear-full-batch-nesterov', 'two-valve-parity', XOR, [d(8), d(8), d(1, 'sigmoid')], 'bce', nest(0.1), tr(200, 240));
add('no-nonlinearity.spirals3-linear-rmsprop', 'pump-curves-spirals', SPIRALS3, [d(64), d(64), d(3, 'softmax')], 'cce', rms(0.003), tr(100));
add('no-nonlinearity.sine-linear-dropout-adam', 'daily-demand-cycle', SINE, [d(48), drop(0.1), d(48), d(1)], 'mse', adam(0.005), tr(150, 16));
add('no-nonlinearity.moons-linear-he-sgd', 'burst-moons', MOONS, [d(32, 'linear', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 8));

add('lr-out-of-range.nesterov-40-chlorine', 'chlorine-residual', chlorine(), [d(32, 'tanh'), d(1)], 'mse', nest(40), tr(40));
add('lr-out-of-range.rmsprop-10-burst', 'main-burst', burst(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', rms(10), tr(40));
add('lr-out-of-range.adam-2e-8-material', 'pipe-material', material(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(2e-8), tr(50));
add('lr-out-of-range.sgd-plain-1000-leak', 'leak-minutes', leakmin(), [d(24, 'elu'), d(1)], 'mse', sgd(1000), tr(30));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-pressure', 'discharge-pressure', pressure(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.5-tanh-adam-material', 'pipe-material', material(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-sigmoid-nesterov-moons', 'burst-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.05), tr(100));
add('init-symmetry.constant-0.1-elu-sgd-chlorine', 'chlorine-residual', chlorine(), [d(32, 'elu', init('constant', { value: 0.1 })), d(32, 'elu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', sgd(0.02), tr(60, 16));
add('init-symmetry.constant-minus-0.2-tanh-momentum-blobs', 'district-blobs', BLOBS4, [d(24, 'tanh', init('constant', { value: -0.2 })), d(4, 'softmax', init('constant', { value: -0.2 }))], 'cce', mom(0.05), tr(80));

add('init-scale.normal-std-10-relu-pressure', 'discharge-pressure', pressure(), [d(64, 'relu', init('normal', { std: 10 })), d(64, 'relu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', rms(0.001), tr(40));
add('init-scale.uniform-5-tanh-material', 'pipe-material', material(), [d(64, 'tanh', init('uniform', { limit: 5 })), d(5, 'softmax', init('uniform', { limit: 5 }))], 'cce', mom(0.01), tr(50));
add('init-scale.normal-1e-5-four-sigmoid-chlorine', 'chlorine-residual', chlorine(), [...tower(4, 32, 'sigmoid', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', nest(0.02), tr(60));
add('init-scale.uniform-1e-3-seven-relu-burst', 'main-burst', burst(), [...tower(7, 32, 'relu', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', sgd(0.05), tr(40));
add('init-scale.normal-std-30-elu-leak', 'leak-minutes', leakmin(), [d(48, 'elu', init('normal', { std: 30 })), d(1, 'linear', init('normal', { std: 30 }))], 'mse', adam(0.001), tr(40));

add('dead-relu.bias-minus-2-nesterov-pressure', 'discharge-pressure', pressure(), [d(32, 'relu', { bias: -2.5 }), d(32, 'relu', { bias: -2.5 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.bias-minus-6-single-layer-chlorine', 'chlorine-residual', chlorine(), [d(64, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.adam-0.1-batch-4-leak', 'leak-minutes', leakmin(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 4));
add('dead-relu.momentum-0.3-deep-material', 'pipe-material', material(), [...tower(4, 32, 'relu'), d(5, 'softmax')], 'cce', mom(0.3), tr(40, 16));
add('dead-relu.constant-minus-0.05-he-bill', 'monthly-bill', bill(), [d(32, 'relu', init('constant', { value: -0.05 })), d(1)], 'mse', rms(0.002), tr(60));

add('exploding-gradient.raw-bill-cents-adam', 'monthly-bill-raw', bill({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(30));
add('exploding-gradient.raw-rpm-flow-sgd-pressure', 'discharge-pressure-raw', pressure({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.ten-relu-std-0.5-sgd-chlorine', 'chlorine-residual', chlorine(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', sgd(0.001), tr(30));
add('exploding-gradient.raw-leak-minutes-momentum', 'leak-minutes-raw', leakmin({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', mom(0.001), tr(30));
add('exploding-gradient.raw-lot-area-elu-material', 'pipe-material-raw', material({ normalize: 'none' }), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.001), tr(30));

add('vanishing-gradient.eight-sigmoid-nesterov-material', 'pipe-material', material(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('vanishing-gradient.fifteen-tanh-std-0.08-pressure', 'discharge-pressure', pressure(), [...tower(15, 16, 'tanh', init('normal', { std: 0.08 })), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.seven-sigmoid-sgd-circles', 'pressure-ring-circles', CIRCLES, [...tower(7, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.2), tr(120, 16));
add('vanishing-gradient.ten-sigmoid-momentum-chlorine', 'chlorine-residual', chlorine(), [...tower(10, 24, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(60));

add('nan-loss.raw-bill-cents-sgd', 'monthly-bill-raw', bill({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.nesterov-2-elu-chlorine', 'chlorine-residual', chlorine(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', nest(2), tr(30));
add('nan-loss.raw-rpm-relu-sgd-0.01', 'discharge-pressure-raw', pressure({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.sgd-plain-0.8-batch-1-leak', 'leak-minutes', leakmin(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.8), tr(5, 1));
add('nan-loss.rmsprop-1-wide-relu-pressure', 'discharge-pressure', pressure(), [d(256, 'relu'), d(256, 'relu'), d(1)], 'mse', rms(1), tr(20));

add('saturated-activation.tanh-raw-install-year-material', 'pipe-material-raw', material({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.sigmoid-raw-rpm-pressure', 'discharge-pressure-raw', pressure({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-bias-minus-8-chlorine', 'chlorine-residual', chlorine(), [d(32, 'sigmoid', { bias: -8 }), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-raw-lot-area-bill', 'monthly-bill-raw', bill({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.005), tr(60));
add('saturated-activation.tanh-raw-pressure-drop-burst', 'main-burst-raw', burst({ normalize: 'none' }), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));

add('lr-too-high.sgd-plain-0.2-batch-4-pressure', 'discharge-pressure', pressure(), [d(32, 'relu'), d(1)], 'mse', sgd(0.2), tr(20, 4));
add('lr-too-high.adam-0.02-batch-2-chlorine', 'chlorine-residual', chlorine(), [d(32, 'elu'), d(1)], 'mse', adam(0.02), tr(8, 2));
add('lr-too-high.rmsprop-0.03-batch-16-material', 'pipe-material', material(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.03), tr(40, 16));
add('lr-too-high.nesterov-0.5-leak', 'leak-minutes', leakmin(), [d(32, 'tanh'), d(1)], 'mse', nest(0.5), tr(40));
add('lr-too-high.adam-0.1-batch-16-burst', 'main-burst', burst(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(40, 16));
add('lr-too-high.momentum-0.3-batch-8-bill', 'monthly-bill', bill(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.3), tr(30, 8));
add('lr-too-high.sgd-plain-1.5-batch-1-iris', 'iris-demo', IRIS, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(1.5), tr(30, 1));
add('lr-too-high.adam-0.05-batch-4-tanh-pressure', 'discharge-pressure', pressure(), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.05), tr(20, 4));

add('lr-too-low.sgd-plain-1e-5-material', 'pipe-material', material(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.00001), tr(60));
add('lr-too-low.adam-5e-7-pressure', 'discharge-pressure', pressure(), [d(32, 'tanh'), d(1)], 'mse', adam(0.0000005), tr(60));
add('lr-too-low.rmsprop-3e-6-burst', 'main-burst', burst(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.000003), tr(40));
add('lr-too-low.nesterov-2e-5-chlorine', 'chlorine-residual', chlorine(), [d(32, 'relu'), d(1)], 'mse', nest(0.00002), tr(80));
add('lr-too-low.sgd-plain-1e-3-full-batch-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.001), tr(200, 150));

add('oscillating-loss.sgd-plain-1.9-full-batch-linear-pressure', 'discharge-pressure', pressure(), [d(1)], 'mse', sgd(1.9), tr(100, 840));
add('oscillating-loss.adam-0.06-full-batch-linear-chlorine', 'chlorine-residual', chlorine(), [d(1)], 'mse', adam(0.06), tr(150, 760));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-bill', 'monthly-bill', bill(), [d(1)], 'mse', mom(0.3, 0.95), tr(120, 900));
add('oscillating-loss.nesterov-0.99-lr-0.05-full-batch-tanh-leak', 'leak-minutes', leakmin(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.99), tr(150, 1000));
add('oscillating-loss.rmsprop-0.03-full-batch-relu-material', 'pipe-material', material(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.03), tr(150, 820));
add('oscillating-loss.momentum-0.99-lr-0.2-full-batch-moons', 'burst-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.2, 0.99), tr(150, 400));
add('oscillating-loss.sgd-plain-0.9-batch-420-linear-bill', 'monthly-bill', bill(), [d(1)], 'mse', sgd(0.9), tr(100, 450));

add('loss-plateau.soil-moisture-only-leak', 'leak-minutes', leakmin({ features: ['soil_moisture_pct'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.sgd-weight-decay-2-pressure', 'discharge-pressure', pressure(), [d(32, 'tanh'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 2 }), tr(60));
add('loss-plateau.dropout-0.95-chlorine', 'chlorine-residual', chlorine(), [d(64, 'elu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.length-only-material', 'pipe-material', material({ features: ['length_m'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('loss-plateau.clipnorm-1e-5-bill', 'monthly-bill', bill(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { clipNorm: 0.00001 }), tr(60));
add('loss-plateau.rmsprop-weight-decay-1-burst', 'main-burst', burst(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002, { weightDecay: 1 }), tr(40));

// ---------------------------------------------------------------- healthy
add('ok.pressure-adam-relu', 'discharge-pressure', pressure(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.pressure-sgd-plain-tanh-batch-4', 'discharge-pressure', pressure(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.01), tr(20, 4));
add('ok.pressure-rmsprop-elu-val', 'discharge-pressure', pressure(), [d(48, 'elu'), d(1)], 'mse', rms(0.001), tr(80, 32, { validationSplit: 0.15 }));
add('ok.pressure-nesterov-bn-batch-64', 'discharge-pressure', pressure(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', nest(0.01), tr(80, 64));
add('ok.pressure-minmax-adam-full-batch', 'discharge-pressure', pressure({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', adam(0.01), tr(300, 840));
add('ok.chlorine-adam-elu', 'chlorine-residual', chlorine(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.chlorine-momentum-tanh-batch-16', 'chlorine-residual', chlorine(), [d(32, 'tanh'), d(1)], 'mse', mom(0.01, 0.8), tr(60, 16));
add('ok.chlorine-rmsprop-relu-dropout', 'chlorine-residual', chlorine(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', rms(0.001), tr(80));
add('ok.chlorine-sgd-sigmoid-batch-8', 'chlorine-residual', chlorine(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(80, 8));
add('ok.chlorine-adam-decay-clip', 'chlorine-residual', chlorine(), [d(48, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001, clipNorm: 1 }), tr(80));
add('ok.material-adam-relu', 'pipe-material', material(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.material-nesterov-tanh-batch-16', 'pipe-material', material(), [d(32, 'tanh', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', nest(0.02), tr(60, 16));
add('ok.material-rmsprop-elu-val', 'pipe-material', material(), [d(48, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.material-sgd-plain-leaky-batch-8', 'pipe-material', material(), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', sgd(0.05), tr(60, 8));
add('ok.material-minmax-adam-bn-dropout', 'pipe-material', material({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.burst-adam-relu', 'main-burst', burst(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.burst-rmsprop-tanh-batch-64', 'main-burst', burst(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 64));
add('ok.burst-momentum-elu', 'main-burst', burst(), [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('ok.burst-logistic-sgd', 'main-burst', burst(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 16));
add('ok.leak-adam-relu-val', 'leak-minutes', leakmin(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60, 32, { validationSplit: 0.2 }));
add('ok.leak-nesterov-elu-clip', 'leak-minutes', leakmin(), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 5 }), tr(60));
add('ok.leak-linear-rmsprop', 'leak-minutes', leakmin(), [d(1)], 'mse', rms(0.003), tr(60));
add('ok.bill-adam-relu', 'monthly-bill', bill(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.bill-momentum-tanh-batch-32', 'monthly-bill', bill(), [d(32, 'tanh'), d(1)], 'mse', mom(0.02), tr(80));
add('ok.bill-rmsprop-leaky-decay', 'monthly-bill', bill(), [d(48, 'leaky_relu'), d(1)], 'mse', rms(0.001, { weightDecay: 0.0005 }), tr(80));
add('ok.bill-minmax-sgd-elu-batch-2', 'monthly-bill', bill({ normalize: 'minmax' }), [d(24, 'elu'), d(1)], 'mse', sgd(0.01), tr(15, 2));
add('ok.bill-adam-lecun-tanh-full-batch', 'monthly-bill', bill(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.01), tr(400, 900));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-elu-batch-1', 'iris-demo', IRIS, [d(8, 'elu'), d(3, 'softmax')], 'cce', nest(0.005), tr(30, 1));
add('ok.moons-adam-tanh', 'burst-moons', MOONS, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-momentum-relu-batch-16', 'burst-moons', MOONS, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 16));
add('ok.circles-rmsprop-relu', 'pressure-ring-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-sgd-plain-sigmoid-full-batch', 'pressure-ring-circles', CIRCLES, [d(16, 'sigmoid', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', sgd(2), tr(1500, 300));
add('ok.spirals3-adam-relu-deep', 'pump-curves-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-sgd-momentum-tanh', 'district-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.sine-adam-tanh', 'daily-demand-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(200));
add('ok.sine-rmsprop-elu-batch-8', 'daily-demand-cycle', SINE, [d(48, 'elu'), d(1)], 'mse', rms(0.003), tr(150, 8));
add('ok.xor-adam-leaky', 'two-valve-parity', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.xor-nesterov-tanh-dropout', 'two-valve-parity', XOR, [d(32, 'tanh'), drop(0.1), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('ok.jar-test-inline-adam', 'jar-test', INLINE_JAR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 6));
add('ok.jar-test-inline-rmsprop-relu', 'jar-test', INLINE_JAR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(300, 24));
add('ok.pressure-linear-sgd', 'discharge-pressure', pressure(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.material-adam-cce-xavier-uniform-full-batch', 'pipe-material', material(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.02), tr(200, 820));

// ---------------------------------------------------------------- second round (added after the first observation)
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-pressure', 'discharge-pressure', pressure(), [d(1)], 'mse', mom(0.3, 0.95), tr(120, 840));
add('oscillating-loss.nesterov-0.98-lr-0.2-full-batch-linear-chlorine', 'chlorine-residual', chlorine(), [d(1)], 'mse', nest(0.2, 0.98), tr(120, 760));
add('oscillating-loss.momentum-0.97-lr-0.1-full-batch-tanh-bill', 'monthly-bill', bill(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1, 0.97), tr(150, 900));
add('oscillating-loss.adam-0.1-full-batch-linear-bill', 'monthly-bill', bill(), [d(1)], 'mse', adam(0.1), tr(150, 900));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-pressure', 'discharge-pressure', pressure(), [d(1)], 'mse', rms(0.05), tr(150, 840));
add('oscillating-loss.momentum-0.98-lr-0.5-full-batch-sigmoid-material', 'pipe-material', material(), [d(16, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.5, 0.98), tr(150, 820));
add('oscillating-loss.nesterov-0.95-lr-0.5-full-batch-linear-bill', 'monthly-bill', bill(), [d(1)], 'mse', nest(0.5, 0.95), tr(120, 900));
add('lr-too-high.rmsprop-0.05-batch-8-elu-material', 'pipe-material', material(), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.05), tr(30, 8));
add('lr-too-high.adam-0.08-batch-8-relu-chlorine', 'chlorine-residual', chlorine(), [d(32, 'relu'), d(1)], 'mse', adam(0.08), tr(30, 8));
add('lr-too-high.nesterov-0.2-batch-16-leaky-material', 'pipe-material', material(), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.2), tr(40, 16));
add('lr-too-high.adam-0.03-batch-1-elu-sine', 'daily-demand-cycle', SINE, [d(32, 'elu'), d(1)], 'mse', adam(0.03), tr(10, 1));
add('lr-too-high.sgd-plain-0.05-batch-1-tanh-bill', 'monthly-bill', bill(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.05), tr(5, 1));
add('exploding-gradient.raw-rpm-relu-adam-pressure', 'discharge-pressure-raw', pressure({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(30));
add('exploding-gradient.raw-lot-area-elu-nesterov-bill', 'monthly-bill-raw', bill({ normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', nest(0.0001), tr(30));
add('ok.pressure-elu-nesterov-full-batch', 'discharge-pressure', pressure(), [d(32, 'elu'), d(1)], 'mse', nest(0.1), tr(300, 840));
add('ok.iris-rmsprop-tanh-val', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), tr(100, 16, { validationSplit: 0.2 }));
add('ok.material-momentum-relu-batch-64', 'pipe-material', material(), [d(64, 'relu'), d(5, 'softmax')], 'cce', mom(0.05), tr(80, 64));
add('ok.bill-nesterov-relu-batch-16-val', 'monthly-bill', bill(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(60, 16, { validationSplit: 0.1 }));
add('ok.chlorine-adam-tanh-batch-128', 'chlorine-residual', chlorine(), [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(150, 128));
add('ok.moons-sgd-plain-elu-batch-4', 'burst-moons', MOONS, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 4));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
