/**
 * Writes every candidate spec of blind fault set 160 (chocolate and confectionery makers) into
 * candidates/: `npx tsx test/faults-blind160/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 160, data, layers, loss, optimizer, training, ...extra };
}

const TF = ['cocoa_pct', 'melt_c', 'cool_c', 'work_c', 'conveyor_m_min', 'batch_kg', 'humidity_pct'];
const tem = (x: Json = {}): Json => ({ csv: '../data/temper.csv', target: 'snap_score', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const PF = ['cocoa_pct', 'milk_powder_pct', 'sugar_pct', 'nut_paste_g_per_kg', 'acidity_g_per_kg'];
const prod = (x: Json = {}): Json => ({ csv: '../data/product.csv', target: 'product_type', features: PF, normalize: 'standard', ...x });
const BF = ['store_c', 'temp_swings', 'temper_error_c', 'cocoa_butter_pct', 'days_stored', 'wrapped'];
const bloom = (x: Json = {}): Json => ({ csv: '../data/bloom.csv', target: 'bloom_defect', features: BF, normalize: 'standard', ...x });
const SF = ['week', 'weeks_to_easter', 'weeks_to_christmas', 'price_eur', 'promo', 'shelf_cm', 'stores'];
const sales = (x: Json = {}): Json => ({ csv: '../data/sales.csv', target: 'units_sold', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const EF = ['choc_c', 'belt_m_min', 'blower_pct', 'centre_g', 'viscosity_mpas'];
const enr = (x: Json = {}): Json => ({ csv: '../data/enrobe.csv', target: 'coating_g', features: EF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A chocolatier's notebook: cocoa % and seed temperature (°C) -> good temper (1) or streaky (0).
const INLINE_SEED = {
  inline: {
    x: [[55, 31], [55, 33], [60, 31.5], [60, 34], [70, 32], [70, 29], [65, 31], [65, 35], [75, 32.5], [75, 28.5], [58, 31.2], [58, 27], [68, 31.8], [68, 34.5], [72, 32.2], [72, 29.5], [62, 31.4], [62, 26.8], [80, 32.8], [80, 35.5]],
    y: [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-temper', 'snap-score', tem(), [d(1)], 'mse', mom(0.05, 0.99), tr(300, 1000));
add('oscillating-loss.nesterov-0.95-lr-0.4-batch-500-linear-enrobe', 'coating-grams', enr(), [d(1)], 'mse', nest(0.4, 0.95), tr(200, 500));
add('oscillating-loss.adam-0.03-batch-2-relu-sales', 'weekly-sales', sales(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(40, 2));
add('oscillating-loss.rmsprop-0.02-batch-4-tanh-temper', 'snap-score', tem(), [d(32, 'tanh'), d(1)], 'mse', rms(0.02), tr(40, 4));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-enrobe', 'coating-grams', enr(), [d(1)], 'mse', sgd(1.9), tr(200, 900));
add('oscillating-loss.momentum-0.95-lr-0.1-full-batch-relu-sine', 'wrapper-cycle-sine', SINE, [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.1, 0.95), tr(300, 250));
add('oscillating-loss.rmsprop-0.05-full-batch-relu-temper', 'snap-score', tem(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(200, 1000));
add('oscillating-loss.momentum-0.97-lr-0.3-batch-64-logistic-bloom', 'bloom-defect', bloom(), [d(1, 'sigmoid')], 'bce', mom(0.3, 0.97), tr(100, 64));
add('oscillating-loss.adam-0.05-batch-8-linear-sales', 'weekly-sales', sales(), [d(1)], 'mse', adam(0.05), tr(60, 8));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'snap-score', tem(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'product-type', prod(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.sparse-cce-loss', 'product-type', prod(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', rms(0.002), tr(40));
add('invalid-spec.zero-units-layer', 'coating-grams', enr(), [d(0, 'relu'), d(1)], 'mse', nest(0.01), tr(40));
add('invalid-spec.batch-size-zero', 'bloom-defect', bloom(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 0));

add('data-error.na-cool-c', 'snap-score-na', tem({ csv: '../data/temper-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.line-id-feature', 'snap-score', tem({ features: ['line_id', ...TF] }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.02, 0.9), tr(60));
add('data-error.logged-at-feature-enrobe', 'coating-grams', enr({ features: ['logged_at', ...EF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(50));
add('data-error.pallet-tag-feature', 'bloom-defect', bloom({ features: ['pallet_tag', ...BF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.cocoa-percent-typo', 'product-type', prod({ features: ['cocoa_percent', 'milk_powder_pct', 'sugar_pct', 'nut_paste_g_per_kg', 'acidity_g_per_kg'] }), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.02), tr(40));
add('data-error.target-units-typo-sales', 'weekly-sales', sales({ target: 'units' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.product-three-heads', 'product-type', prod(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.coating-two-targets-one-output', 'coating-grams', enr({ target: ['coating_g', 'viscosity_mpas'], features: ['choc_c', 'belt_m_min', 'blower_pct', 'centre_g'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('shape-mismatch.blobs4-two-heads', 'mould-blobs', BLOBS4, [d(16, 'relu'), d(2, 'softmax')], 'cce', mom(0.05, 0.9), tr(50));
add('shape-mismatch.bloom-two-sigmoid-heads', 'bloom-defect', bloom(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('loss-activation-mismatch.softmax-single-head-bce-bloom', 'bloom-defect', bloom(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-snap', 'snap-score', tem(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.02, 0.9), tr(60));
add('loss-activation-mismatch.relu-head-standardized-sales', 'weekly-sales', sales(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-seed', 'seed-temper', INLINE_SEED, [d(8, 'tanh'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.linear-heads-cce-sigmoid-product', 'product-type', prod(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(40));

add('no-nonlinearity.circles-two-linear-nesterov', 'truffle-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(100, 16));
add('no-nonlinearity.xor-linear-rmsprop-batch-4', 'two-mould-xor', XOR, [d(16), d(1, 'sigmoid')], 'bce', rms(0.005), tr(60, 4));
add('no-nonlinearity.sine-linear-adam-deep', 'wrapper-cycle-sine', SINE, [d(64), d(64), d(64), d(1)], 'mse', adam(0.005), tr(150));
add('no-nonlinearity.moons-linear-dropout-sgd', 'praline-moons', MOONS, [d(32), drop(0.2), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 8));

add('lr-out-of-range.nesterov-lr-40-temper', 'snap-score', tem(), [d(32, 'relu'), d(1)], 'mse', nest(40, 0.9), tr(20));
add('lr-out-of-range.adam-lr-3-bloom', 'bloom-defect', bloom(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(3), tr(30, 8));
add('lr-out-of-range.rmsprop-1e-10-enrobe', 'coating-grams', enr(), [d(32, 'elu'), d(1)], 'mse', rms(1e-10), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-momentum-temper', 'snap-score', tem(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.05, 0.9), tr(60, 64));
add('init-symmetry.constant-0.3-tanh-rmsprop-product', 'product-type', prod(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', rms(0.002), tr(40));
add('init-symmetry.zeros-sigmoid-adam-moons', 'praline-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(100, 16));
add('init-symmetry.constant-0.5-elu-sgd-sine', 'wrapper-cycle-sine', SINE, [d(32, 'elu', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', sgd(0.02), tr(150, 16));

add('init-scale.normal-std-4-sigmoid-product', 'product-type', prod(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', adam(0.002), tr(40));
add('init-scale.uniform-10-elu-temper', 'snap-score', tem(), [d(64, 'elu', init('uniform', { limit: 10 })), d(64, 'elu', init('uniform', { limit: 10 })), d(1, 'linear', init('uniform', { limit: 10 }))], 'mse', rms(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-enrobe', 'coating-grams', enr(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', nest(0.02, 0.9), tr(50));
add('init-scale.uniform-1e-4-tanh-spirals', 'caramel-spirals', SPIRALS, [...tower(5, 32, 'tanh', init('uniform', { limit: 0.0001 })), d(1, 'sigmoid', init('uniform', { limit: 0.0001 }))], 'bce', adam(0.003), tr(80));

add('dead-relu.bias-minus-8-nesterov-full-batch-temper', 'snap-score', tem(), [d(64, 'relu', { bias: -8 }), d(64, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.05, 0.9), tr(300, 1000));
add('dead-relu.bias-minus-4-three-relu-product', 'product-type', prod(), [...tower(3, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', mom(0.03, 0.95), tr(60, 256));
add('dead-relu.momentum-0.95-lr-0.1-batch-4-sales', 'weekly-sales', sales(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', mom(0.1, 0.95), tr(30, 4));
add('dead-relu.adam-0.1-batch-2-enrobe', 'coating-grams', enr(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(15, 2));
add('dead-relu.bias-minus-6-single-circles', 'truffle-circles', CIRCLES, [d(128, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('dead-relu.nesterov-0.95-lr-0.1-batch-16-three-relu-temper', 'snap-score', tem(), [...tower(3, 32, 'relu'), d(1)], 'mse', nest(0.1, 0.95), tr(300, 16));

add('exploding-gradient.raw-units-target-rmsprop', 'weekly-sales-raw-target', sales({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-viscosity-feature-momentum', 'coating-grams-raw', enr({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.001, 0.9), tr(30));
add('exploding-gradient.raw-days-stored-bloom-adam', 'bloom-defect-raw', bloom({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(30));
add('exploding-gradient.ten-relu-std-0.5-sales', 'weekly-sales', sales(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0005), tr(30));
add('exploding-gradient.raw-batch-grams-snap-nesterov', 'snap-score-grams', tem({ features: ['cocoa_pct', 'work_c', 'conveyor_m_min', 'batch_g'], normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.00001, 0.9), tr(30));

add('vanishing-gradient.eight-sigmoid-momentum-temper', 'snap-score', tem(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('vanishing-gradient.nine-tanh-std-0.03-product', 'product-type', prod(), [...tower(9, 32, 'tanh', init('normal', { std: 0.03 })), d(5, 'softmax')], 'cce', rms(0.001), tr(40));
add('vanishing-gradient.twelve-sigmoid-adam-circles', 'truffle-circles', CIRCLES, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(80));
add('vanishing-gradient.seven-sigmoid-lecun-nesterov-bloom', 'bloom-defect', bloom(), [...tower(7, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(40));

add('nan-loss.raw-units-target-sgd-plain', 'weekly-sales-raw-target', sales({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.nesterov-0.95-lr-1-batch-1-temper', 'snap-score', tem(), [d(16, 'relu'), d(1)], 'mse', nest(1, 0.95), tr(5, 1));
add('nan-loss.raw-grams-linear-momentum-full', 'snap-score-grams', tem({ features: ['batch_g', 'melt_f', 'work_f'], normalize: 'none' }), [d(1)], 'mse', mom(0.001, 0.9), tr(50, 1000));
add('nan-loss.rmsprop-5-batch-2-enrobe', 'coating-grams', enr(), [d(32, 'tanh'), d(1)], 'mse', rms(5), tr(10, 2));

add('saturated-activation.tanh-raw-fahrenheit-temper', 'snap-score-raw-f', tem({ features: ['cocoa_pct', 'melt_f', 'work_f', 'conveyor_m_min', 'humidity_pct'], normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-nut-paste-product', 'product-type-raw', prod({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('saturated-activation.tanh-bias-8-sales', 'weekly-sales', sales(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(1)], 'mse', nest(0.01, 0.9), tr(60));
add('saturated-activation.sigmoid-raw-viscosity-enrobe', 'coating-grams-raw', enr({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));

add('lr-too-high.adam-0.3-batch-4-temper', 'snap-score', tem(), [d(32, 'relu'), d(1)], 'mse', adam(0.3), tr(20, 4));
add('lr-too-high.rmsprop-0.2-batch-1-product', 'product-type', prod(), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.2), tr(10, 1));
add('lr-too-high.nesterov-0.5-batch-32-bloom', 'bloom-defect', bloom(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.5, 0.9), tr(40));
add('lr-too-high.sgd-plain-2-batch-8-sales', 'weekly-sales', sales(), [d(32, 'tanh'), d(1)], 'mse', sgd(2), tr(30, 8));
add('lr-too-high.momentum-0.9-lr-0.4-batch-16-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.4, 0.9), tr(60, 16));

add('lr-too-low.sgd-plain-1e-5-sales', 'weekly-sales', sales(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-2e-6-product', 'product-type', prod(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000002), tr(40));
add('lr-too-low.nesterov-1e-5-full-batch-relu-temper', 'snap-score', tem(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.00001, 0.9), tr(300, 1000));
add('lr-too-low.rmsprop-1e-6-batch-4-bloom', 'bloom-defect', bloom(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(10, 4));
add('lr-too-low.momentum-0.99-1e-7-linear-enrobe', 'coating-grams', enr(), [d(1)], 'mse', mom(0.0000001, 0.99), tr(100, 64));

add('loss-plateau.mould-no-only-product', 'product-type', prod({ features: ['mould_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.pallet-serial-only-bloom', 'bloom-defect', bloom({ features: ['pallet_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(40));
add('loss-plateau.weight-decay-5-nesterov-enrobe', 'coating-grams', enr(), [d(32, 'relu'), d(1)], 'mse', nest(0.02, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-sales', 'weekly-sales', sales(), [d(32, 'elu'), d(1)], 'mse', sgd(0.01, { clipNorm: 0.0000001 }), tr(60));
add('loss-plateau.dropout-0.98-temper', 'snap-score', tem(), [d(64, 'relu'), drop(0.98), d(1)], 'mse', rms(0.002), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.temper-adam-relu', 'snap-score', tem(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.temper-momentum-0.9-relu-full-batch-400', 'snap-score', tem(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.05, 0.9), tr(400, 1000));
add('ok.temper-nesterov-0.95-three-relu-batch-256-300', 'snap-score', tem(), [...tower(3, 32, 'relu'), d(1)], 'mse', nest(0.02, 0.95), tr(300, 256));
add('ok.temper-momentum-0.9-relu-batch-8', 'snap-score', tem(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(40, 8));
add('ok.temper-rmsprop-elu-val', 'snap-score', tem(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.temper-fahrenheit-adam-batch-1', 'snap-score-f', tem({ features: ['cocoa_pct', 'melt_f', 'cool_c', 'work_f', 'conveyor_m_min', 'batch_g', 'humidity_pct'] }), [d(16, 'tanh'), d(1)], 'mse', adam(0.001), tr(10, 1));
add('ok.temper-minmax-sgd-plain-sigmoid', 'snap-score', tem({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.5), tr(150, 16));
add('ok.temper-bn-dropout-adam', 'snap-score', tem(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(80, 64));
add('ok.product-adam-relu', 'product-type', prod(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.product-nesterov-0.9-relu-full-batch-300', 'product-type', prod(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.05, 0.9), tr(300, 1000));
add('ok.product-rmsprop-batch-4-tanh', 'product-type', prod(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.001), tr(15, 4));
add('ok.product-softmax-regression-momentum-0.95', 'product-type', prod(), [d(5, 'softmax')], 'cce', mom(0.05, 0.95), tr(100, 64));
add('ok.product-leaky-he-uniform-adam-batch-2', 'product-type', prod(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', adam(0.001), tr(10, 2));
add('ok.product-minmax-sgd-plain-elu-dropout', 'product-type', prod({ normalize: 'minmax' }), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', sgd(0.1), tr(80, 16));
add('ok.bloom-adam-relu', 'bloom-defect', bloom(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.bloom-logistic-momentum-0.9-full-batch', 'bloom-defect', bloom(), [d(1, 'sigmoid')], 'bce', mom(0.1, 0.9), tr(300, 1200));
add('ok.bloom-rmsprop-batch-8-elu-clip', 'bloom-defect', bloom(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.001, { clipNorm: 1 }), tr(20, 8));
add('ok.sales-adam-relu', 'weekly-sales', sales(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.sales-nesterov-0.9-relu-batch-64-decay', 'weekly-sales', sales(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', nest(0.02, 0.9, { weightDecay: 0.0001 }), tr(300, 64));
add('ok.sales-rmsprop-elu-batch-8', 'weekly-sales', sales(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(30, 8));
add('ok.sales-minmax-target-adam-tanh', 'weekly-sales', sales({ normalizeTarget: 'minmax' }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.enrobe-adam-elu', 'coating-grams', enr(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.enrobe-linear-momentum-0.9-batch-32', 'coating-grams', enr(), [d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('ok.enrobe-linear-momentum-0.99-full-batch-300', 'coating-grams', enr(), [d(1)], 'mse', mom(0.02, 0.99), tr(300, 900));
add('ok.enrobe-linear-nesterov-0.95-batch-4', 'coating-grams', enr(), [d(1)], 'mse', nest(0.005, 0.95), tr(20, 4));
add('ok.enrobe-kg-target-momentum-relu-batch-2', 'coating-kg', enr({ target: 'coating_kg_per_1000' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(10, 2));
add('ok.enrobe-rmsprop-batch-1-relu', 'coating-grams', enr(), [d(16, 'relu'), d(1)], 'mse', rms(0.0005), tr(8, 1));
add('ok.temper-linear-momentum-0.95-batch-128', 'snap-score-linear', tem({ features: ['cocoa_pct', 'conveyor_m_min', 'humidity_pct', 'batch_kg'] }), [d(1)], 'mse', mom(0.05, 0.95), tr(150, 128));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-batch-4', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.002), tr(60, 4));
add('ok.moons-nesterov-relu-full-batch-500', 'praline-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.1, 0.9), tr(500, 300));
add('ok.circles-adam-relu-bn', 'truffle-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.spirals-adam-tanh-deep', 'caramel-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-momentum-sigmoid', 'mould-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', mom(0.05, 0.9), tr(80));
add('ok.sine-adam-elu-batch-8', 'wrapper-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(100, 8));
add('ok.sine-nesterov-0.95-three-relu-batch-16-300', 'wrapper-cycle-sine', SINE, [...tower(3, 32, 'relu'), d(1)], 'mse', nest(0.01, 0.95), tr(300, 16));
add('ok.xor-rmsprop-relu-batch-2', 'two-mould-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(30, 2));
add('ok.xor-momentum-0.9-relu-full-batch-400', 'two-mould-xor', XOR, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.1, 0.9), tr(400, 300));
add('ok.seed-inline-adam-tanh', 'seed-temper', INLINE_SEED, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 20));
add('ok.seed-inline-adam-elu-batch-1', 'seed-temper', INLINE_SEED, [d(8, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100, 1));
add('ok.temper-xavier-normal-tanh-rmsprop-decay', 'snap-score', tem(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', rms(0.001, { weightDecay: 0.0001 }), tr(60));
add('ok.moons-momentum-0.95-relu-batch-4-dead-start', 'praline-moons', MOONS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.95), tr(60, 4));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
