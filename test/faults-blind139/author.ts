/**
 * Writes every candidate spec of blind fault set 139 (dairy processing and cheese making) into
 * candidates/: `npx tsx test/faults-blind139/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 139, data, layers, loss, optimizer, training, ...extra };
}


const CF = ['herd_size', 'milk_temp_c', 'days_in_milk', 'jersey', 'scc_k_per_ml', 'protein_pct'];
const coll = (x: Json = {}): Json => ({ csv: '../data/collection.csv', target: 'fat_pct', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const ZF = ['vat_temp_c', 'curd_ph', 'cook_min', 'salt_pct', 'ripening_days', 'moisture_pct', 'batch_litres'];
const chz = (x: Json = {}): Json => ({ csv: '../data/cheese.csv', target: 'cheese_type', features: ZF, normalize: 'standard', ...x });
const LF = ['swab_rlu', 'drain_temp_c', 'humidity_pct', 'days_since_sanitize', 'ripening_days', 'brine_salt_pct'];
const lis = (x: Json = {}): Json => ({ csv: '../data/listeria.csv', target: 'listeria_positive', features: LF, normalize: 'standard', ...x });
const YF = ['milk_litres', 'fat_pct', 'protein_pct', 'vat_temp_f', 'cook_min', 'press_hours'];
const yld = (x: Json = {}): Json => ({ csv: '../data/yield.csv', target: 'yield_kg', features: YF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['parity', 'days_in_milk', 'milk_yield_l', 'conductivity_ms', 'udder_score', 'clinical_mastitis'];
const scc = (x: Json = {}): Json => ({ csv: '../data/scc.csv', target: 'log10_scc', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const FULL = 1100;
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A creamery's hand log: vat temperature (°C) and rennet set time (min) -> firm curd at cutting (1) or not (0).
const INLINE_CURD = {
  inline: {
    x: [[30, 40], [31, 35], [32, 32], [33, 30], [34, 28], [35, 25], [36, 22], [37, 20], [38, 18], [39, 16], [30, 20], [31, 18], [32, 15], [33, 14], [34, 12], [35, 10], [36, 9], [37, 8], [29, 45], [40, 15], [28, 50], [41, 12], [30, 30], [38, 10]],
    y: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-fat', 'fat-pct', coll(), [d(1)], 'mse', nest(0.3, 0.95), tr(150, FULL));
add('oscillating-loss.momentum-0.97-lr-0.2-full-batch-linear-fat-c-and-f', 'fat-pct', coll({ features: ['milk_temp_c', 'milk_temp_f', 'days_in_milk', 'jersey', 'protein_pct', 'scc_k_per_ml'] }), [d(1)], 'mse', mom(0.2, 0.97), tr(150, FULL));
add('oscillating-loss.sgd-plain-0.95-batch-300-linear-scc', 'log-scc', scc(), [d(1)], 'mse', sgd(0.95), tr(150, 300));
add('oscillating-loss.sgd-plain-1.0-full-batch-linear-yield', 'cheese-yield', yld(), [d(1)], 'mse', sgd(1.0), tr(150, FULL));
add('oscillating-loss.rmsprop-0.05-batch-64-tanh-scc', 'log-scc', scc(), [d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(100, 64));
add('oscillating-loss.momentum-0.99-lr-0.1-batch-128-softmax-cheese', 'cheese-type', chz(), [d(5, 'softmax')], 'cce', mom(0.1, 0.99), tr(150, 128));
add('oscillating-loss.nesterov-0.98-lr-1-full-batch-logistic-listeria', 'listeria', lis(), [d(1, 'sigmoid')], 'bce', nest(1, 0.98), tr(200, FULL));
add('oscillating-loss.momentum-0.95-lr-0.5-full-batch-iris', 'iris-demo', IRIS, [d(3, 'softmax')], 'cce', mom(0.5, 0.95), tr(200, 150));
add('oscillating-loss.adam-0.03-batch-850-elu-yield', 'cheese-yield', yld(), [d(16, 'elu'), d(1)], 'mse', adam(0.03), tr(200, 850));
add('oscillating-loss.momentum-0.9-lr-0.45-batch-500-linear-fat', 'fat-pct', coll(), [d(1)], 'mse', mom(0.45, 0.9), tr(150, 500));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'fat-pct', coll(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'cheese-type', chz(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'cheese-yield', yld(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.keras-binary-crossentropy-name', 'listeria', lis(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'log-scc', scc(), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(40, 0));
add('invalid-spec.lstm-layer', 'fat-pct', coll(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-milk-temp', 'fat-pct-na', coll({ csv: '../data/collection-na.csv' }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.tank-id-feature', 'fat-pct', coll({ features: ['tank_id', ...CF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.collected-at-feature', 'fat-pct', coll({ features: ['collected_at', ...CF] }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(60));
add('data-error.vat-temp-celsius-typo', 'cheese-type', chz({ features: ['vat_temp_C', 'curd_ph', 'cook_min', 'salt_pct', 'ripening_days', 'moisture_pct'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('data-error.cow-tag-feature', 'log-scc', scc({ features: ['cow_tag', ...SF] }), [d(16, 'relu'), d(1)], 'mse', mom(0.01), tr(50));
add('data-error.target-typo-yield-kgs', 'cheese-yield', yld({ target: 'yield_kgs' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.cheese-six-heads', 'cheese-type', chz(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.kg-and-lb-one-output', 'cheese-yield', yld({ target: ['yield_kg', 'yield_lb'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.fat-two-outputs', 'fat-pct', coll(), [d(32, 'tanh'), d(2)], 'mse', nest(0.01), tr(60));
add('shape-mismatch.blobs4-three-heads', 'creamery-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.listeria-single-softmax-bce', 'listeria', lis(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-fat', 'fat-pct', coll(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-head-yield-mse', 'cheese-yield', yld(), [d(32, 'relu'), d(1, 'softmax')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.tanh-head-bce-listeria', 'listeria', lis(), [d(16, 'relu'), d(1, 'tanh')], 'bce', nest(0.01), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-scc', 'log-scc', scc(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', sgd(0.05, { }), tr(60, 16));

add('no-nonlinearity.circles-linear-adam', 'vat-ring-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-momentum-full-batch', 'two-valve-xor', XOR, [d(16), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200, 300));
add('no-nonlinearity.sine-linear-deep-rmsprop', 'pasteurizer-cycle-sine', SINE, [d(64), d(64), d(64), d(1)], 'mse', rms(0.002), tr(150, 16));
add('no-nonlinearity.spirals-linear-dropout-nesterov', 'curd-spirals', SPIRALS, [d(64), drop(0.1), d(32), d(1, 'sigmoid')], 'bce', nest(0.02), tr(150));

add('lr-out-of-range.nesterov-lr-20-cheese', 'cheese-type', chz(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(20), tr(30));
add('lr-out-of-range.rmsprop-lr-10-fat', 'fat-pct', coll(), [d(32, 'tanh'), d(1)], 'mse', rms(10), tr(30));
add('lr-out-of-range.adam-1e-8-listeria', 'listeria', lis(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.00000001), tr(40));
add('lr-out-of-range.sgd-lr-300-full-batch-scc', 'log-scc', scc(), [d(16, 'elu'), d(1)], 'mse', sgd(300), tr(20, FULL));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-rmsprop-cheese', 'cheese-type', chz(), [d(32, 'sigmoid', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.5-tanh-momentum-scc', 'log-scc', scc(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', mom(0.01), tr(60));
add('init-symmetry.zeros-tanh-full-batch-sgd-xor', 'two-valve-xor', XOR, [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(200, 300));
add('init-symmetry.constant-0.2-elu-nesterov-moons', 'whey-moons', MOONS, [d(24, 'elu', init('constant', { value: 0.2 })), d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', nest(0.05), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-listeria', 'listeria', lis(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.001), tr(40));
add('init-scale.uniform-4-elu-yield', 'cheese-yield', yld(), [d(64, 'elu', init('uniform', { limit: 4 })), d(64, 'elu', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-5-relu-deep-cheese', 'cheese-type', chz(), [...tower(5, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', nest(0.01), tr(50));
add('init-scale.normal-std-2-tanh-full-batch-momentum-circles', 'vat-ring-circles', CIRCLES, [...tower(3, 64, 'tanh', init('normal', { std: 2 })), d(1, 'sigmoid', init('normal', { std: 2 }))], 'bce', mom(0.05), tr(150, 300));

add('dead-relu.bias-minus-8-cheese', 'cheese-type', chz(), [d(128, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.sgd-plain-2-batch-1-scc', 'log-scc', scc(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(2), tr(5, 1));
add('dead-relu.bias-minus-6-two-layer-nesterov-yield', 'cheese-yield', yld(), [d(48, 'relu', { bias: -6 }), d(48, 'relu', { bias: -6 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.bias-minus-2.5-deep-full-batch-sgd-moons', 'whey-moons', MOONS, [...tower(4, 32, 'relu', { bias: -2.5 }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 300));
add('dead-relu.adam-0.5-batch-4-fat', 'fat-pct', coll(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(10, 4));

add('exploding-gradient.raw-yield-kg-target-adam', 'cheese-yield-raw-target', yld({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-scc-cells-target-rmsprop', 'scc-cells-raw', scc({ target: 'scc_cells_per_ml', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-herd-and-scc-features-momentum', 'fat-pct-raw', coll({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001), tr(30));
add('exploding-gradient.fifteen-relu-std-0.5-scc', 'log-scc', scc(), [...tower(15, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', sgd(0.00001), tr(30));
add('exploding-gradient.raw-yield-lb-target-nesterov-full', 'cheese-yield-lb-raw', yld({ target: 'yield_lb', normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', nest(0.00001), tr(40, FULL));

add('vanishing-gradient.eight-sigmoid-full-batch-sgd-moons', 'whey-moons', MOONS, [...tower(8, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(150, 300));
add('vanishing-gradient.ten-tanh-std-0.02-listeria', 'listeria', lis(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40));
add('vanishing-gradient.seven-sigmoid-adam-cheese', 'cheese-type', chz(), [...tower(7, 24, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.0005), tr(40));
add('vanishing-gradient.twelve-sigmoid-momentum-scc', 'log-scc', scc(), [...tower(12, 16, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(50));

add('nan-loss.sgd-5-batch-1-fat', 'fat-pct', coll(), [d(16, 'tanh'), d(1)], 'mse', sgd(5), tr(5, 1));
add('nan-loss.momentum-0.999-lr-1-yield', 'cheese-yield', yld(), [d(32, 'relu'), d(1)], 'mse', mom(1, 0.999), tr(30));
add('nan-loss.raw-scc-cells-sgd-full-batch', 'scc-cells-raw', scc({ target: 'scc_cells_per_ml', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(20, FULL));
add('nan-loss.constant-3-relu-deep-fat', 'fat-pct', coll(), [...tower(5, 64, 'relu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.raw-milk-litres-rmsprop-yield', 'cheese-yield-raw', yld({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.001), tr(20, 16));

add('saturated-activation.tanh-raw-batch-litres-cheese', 'cheese-type-raw', chz({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-raw-swab-rlu-listeria', 'listeria-raw', lis({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-bias-minus-7-fat', 'fat-pct', coll(), [d(32, 'tanh', { bias: -7 }), d(32, 'tanh', { bias: -7 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.sigmoid-raw-milk-litres-yield', 'cheese-yield-raw-features', yld({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-herd-size-full-batch-momentum', 'fat-pct-raw-features', coll({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.05), tr(100, FULL));

add('lr-too-high.sgd-plain-2-batch-4-cheese', 'cheese-type', chz(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(2), tr(20, 4));
add('lr-too-high.rmsprop-0.05-batch-2-fat', 'fat-pct', coll(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.3-batch-16-scc', 'log-scc', scc(), [d(32, 'relu'), d(1)], 'mse', adam(0.3), tr(30, 16));
add('lr-too-high.nesterov-0.5-batch-1-listeria', 'listeria', lis(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.5), tr(5, 1));
add('lr-too-high.momentum-1.5-full-batch-circles', 'vat-ring-circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1.5), tr(150, 300));
add('lr-too-high.sgd-plain-0.8-batch-8-yield', 'cheese-yield', yld(), [d(32, 'relu'), d(1)], 'mse', sgd(0.8), tr(20, 8));

add('lr-too-low.sgd-plain-1e-5-full-batch-fat', 'fat-pct', coll(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(100, FULL));
add('lr-too-low.momentum-1e-6-cheese', 'cheese-type', chz(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.000001), tr(50));
add('lr-too-low.nesterov-1e-5-full-batch-yield', 'cheese-yield', yld(), [d(32, 'tanh'), d(1)], 'mse', nest(0.00001), tr(150, FULL));
add('lr-too-low.adam-1e-7-listeria', 'listeria', lis(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.0000001), tr(40));
add('lr-too-low.rmsprop-1e-6-scc-batch-16', 'log-scc', scc(), [d(16, 'elu'), d(1)], 'mse', rms(0.000001), tr(40, 16));

add('loss-plateau.operator-badge-only-cheese', 'cheese-type', chz({ features: ['operator_badge'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.lot-number-only-listeria', 'listeria', lis({ features: ['lot_number'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.herd-size-only-fat', 'fat-pct', coll({ features: ['herd_size'] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-yield', 'cheese-yield', yld(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-6-full-batch-nesterov-scc', 'log-scc', scc(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.9, { clipNorm: 0.000001 }), tr(100, FULL));

// ---------------------------------------------------------------- healthy
add('ok.fat-adam-relu', 'fat-pct', coll(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.fat-linear-sgd-plain-full-batch', 'fat-pct', coll(), [d(1)], 'mse', sgd(0.1), tr(200, FULL));
add('ok.fat-nesterov-tanh-full-batch', 'fat-pct', coll(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05), tr(300, FULL));
add('ok.fat-rmsprop-elu-val', 'fat-pct', coll(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.fat-fahrenheit-minmax-sgd-batch-1', 'fat-pct', coll({ features: ['herd_size', 'milk_temp_f', 'days_in_milk', 'jersey', 'scc_k_per_ml', 'protein_pct'], normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.fat-adam-bn-dropout', 'fat-pct', coll(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(60, 64));
add('ok.cheese-adam-relu', 'cheese-type', chz(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.cheese-momentum-tanh-full-batch', 'cheese-type', chz(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.1), tr(200, FULL));
add('ok.cheese-rmsprop-elu-dropout', 'cheese-type', chz(), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.cheese-fahrenheit-nesterov-batch-8', 'cheese-type', chz({ features: ['vat_temp_f', 'curd_ph', 'cook_min', 'salt_pct', 'ripening_days', 'moisture_pct'] }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.01), tr(30, 8));
add('ok.cheese-softmax-regression-sgd-plain-full-batch', 'cheese-type', chz(), [d(5, 'softmax')], 'cce', sgd(0.5), tr(300, FULL));
add('ok.cheese-minmax-adam-bn-val', 'cheese-type', chz({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64, { validationSplit: 0.15 }));
add('ok.listeria-adam-relu', 'listeria', lis(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.listeria-logistic-nesterov-full-batch', 'listeria', lis(), [d(1, 'sigmoid')], 'bce', nest(0.2), tr(300, FULL));
add('ok.listeria-rmsprop-tanh-clip', 'listeria', lis(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.listeria-sgd-plain-elu-batch-16', 'listeria', lis(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 16));
add('ok.yield-adam-elu', 'cheese-yield', yld(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.yield-linear-momentum-full-batch', 'cheese-yield', yld(), [d(1)], 'mse', mom(0.05), tr(200, FULL));
add('ok.yield-lb-rmsprop-relu-batch-128', 'cheese-yield-lb', yld({ target: 'yield_lb' }), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 128));
add('ok.yield-minmax-target-nesterov-tanh', 'cheese-yield', yld({ normalizeTarget: 'minmax' }), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.01), tr(80));
add('ok.yield-sgd-plain-relu-deep-full-batch', 'cheese-yield', yld(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(300, FULL));
add('ok.yield-adam-leaky-decay-batch-4', 'cheese-yield', yld(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.001, { weightDecay: 0.0001 }), tr(20, 4));
add('ok.scc-adam-tanh', 'log-scc', scc(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.scc-momentum-relu-full-batch-deep', 'log-scc', scc(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.02), tr(300, FULL));
add('ok.scc-rmsprop-sigmoid-val', 'log-scc', scc(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.003), tr(80, 32, { validationSplit: 0.2 }));
add('ok.scc-nesterov-elu-he-uniform-batch-2', 'log-scc', scc(), [d(16, 'elu', { init: 'he_uniform' }), d(1)], 'mse', nest(0.002), tr(10, 2));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.1), tr(300, 150));
add('ok.moons-adam-relu', 'whey-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-sgd-plain-tanh-full-batch', 'whey-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(1), tr(500, 300));
add('ok.circles-rmsprop-elu', 'vat-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-momentum-relu-full-batch', 'vat-ring-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.2), tr(400, 300));
add('ok.spirals-adam-tanh-deep', 'curd-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'creamery-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-adam-elu', 'pasteurizer-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.sine-nesterov-tanh-full-batch', 'pasteurizer-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.1), tr(800, 250));
add('ok.xor-adam-tanh', 'two-valve-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-xavier-normal', 'two-valve-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.curd-inline-adam-tanh', 'curd-firmness', INLINE_CURD, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.curd-inline-momentum-relu-batch-4', 'curd-firmness', INLINE_CURD, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(300, 4));
add('ok.fat-momentum-sigmoid-xavier-normal', 'fat-pct', coll(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', mom(0.05), tr(80));
add('ok.cheese-sgd-plain-relu-he-normal-batch-32', 'cheese-type', chz(), [d(32, 'relu', { init: 'he_normal' }), d(5, 'softmax')], 'cce', sgd(0.1), tr(60));
add('ok.scc-linear-sgd-plain-full-batch', 'log-scc', scc(), [d(1)], 'mse', sgd(0.3), tr(150, FULL));
add('ok.listeria-nesterov-relu-full-batch-deep', 'listeria', lis(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(300, FULL));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
