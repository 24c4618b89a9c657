/**
 * Writes every candidate spec of blind fault set 163 (tyre shops and retreading plants) into
 * candidates/: `npx tsx test/faults-blind163/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 163, data, layers, loss, optimizer, training, ...extra };
}

const TF = ['km_since_fit', 'pressure_psi', 'load_index', 'misaligned'];
const tread = (x: Json = {}): Json => ({ csv: '../data/tread.csv', target: 'tread_mm', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['vehicle_kg', 'rim_in', 'section_mm', 'unit_price_usd'];
const size = (x: Json = {}): Json => ({ csv: '../data/sizes.csv', target: 'tyre_size', features: SF, normalize: 'standard', ...x });
const CF = ['casing_age_days', 'retreads', 'cure_min', 'cure_temp_c', 'inflation_kpa', 'crack_len_mm'];
const cas = (x: Json = {}): Json => ({ csv: '../data/casing.csv', target: 'casing_failure', features: CF, normalize: 'standard', ...x });
const IF = ['tyres', 'fleet', 'unit_price_usd', 'labour_h', 'alignment'];
const inv = (x: Json = {}): Json => ({ csv: '../data/invoice.csv', target: 'total_usd', features: IF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const KF = ['tread_depth_32nds', 'casing_width_mm', 'mould_temp_c', 'compound'];
const cure = (x: Json = {}): Json => ({ csv: '../data/cure.csv', target: 'cure_min', features: KF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const BLOBS6 = { builtin: 'blobs', samples: 600, classes: 6, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A fitter's clipboard: tread depth (32nds) and pressure (psi) -> tyre passed the roadworthy check (1) or not (0).
const INLINE_CHECK = {
  inline: {
    x: [[10, 32], [9, 30], [8, 34], [3, 31], [2, 33], [4, 22], [11, 35], [6, 33], [5, 24], [7, 36], [2, 28], [12, 32], [3, 35], [8, 26], [9, 33], [1, 30], [6, 20], [10, 29], [4, 34], [7, 31], [5, 33], [11, 21], [3, 25], [9, 36]],
    y: [1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'tread-depth', tread(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(50));
add('invalid-spec.gelu-activation', 'tyre-size', size(), [d(32, 'gelu'), d(7, 'softmax')], 'cce', adam(0.005), tr(50));
add('invalid-spec.mae-loss-invoice', 'invoice-total', inv(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(50));
add('invalid-spec.batch-size-zero', 'casing-failure', cas(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(40, 0));
add('invalid-spec.units-string', 'cure-minutes', cure(), [d('64' as unknown as number, 'elu'), d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-pressure-psi', 'tread-depth-na', tread({ csv: '../data/tread-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(50));
add('data-error.shop-id-feature', 'tread-depth', tread({ features: ['shop_id', ...TF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.fitment-id-feature', 'tyre-size', size({ features: ['fitment_id', ...SF] }), [d(32, 'relu'), d(7, 'softmax')], 'cce', mom(0.02), tr(40));
add('data-error.press-feature-cure', 'cure-minutes', cure({ features: ['press', ...KF] }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(40));
add('data-error.crack-length-typo', 'casing-failure', cas({ features: ['casing_age_days', 'retreads', 'cure_min', 'cure_temp_c', 'inflation_kpa', 'crack_length_mm'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.invoice-comma-csv-name', 'invoice-total', inv({ csv: '../data/invoices.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('shape-mismatch.sizes-six-heads-no-lt', 'tyre-size', size(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.005), tr(60));
add('shape-mismatch.mm-and-32nds-one-output', 'tread-depth', tread({ target: ['tread_mm', 'tread_32nds'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('shape-mismatch.blobs6-four-heads', 'shop-blobs', BLOBS6, [d(32, 'tanh'), d(4, 'softmax')], 'cce', rms(0.005), tr(60));
add('shape-mismatch.casing-two-softmax-bce', 'casing-failure', cas(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('loss-activation-mismatch.softmax-single-unit-cce-casing', 'casing-failure', cas(), [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-cure', 'cure-minutes', cure(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.005), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-tread', 'tread-depth', tread(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.tanh-head-bce-check', 'roadworthy-check', INLINE_CHECK, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.sizes-sigmoid-heads-cce', 'tyre-size', size(), [d(32, 'relu'), d(7, 'sigmoid')], 'cce', adam(0.005), tr(50));

add('no-nonlinearity.circles-four-linear-adam', 'valve-circles', CIRCLES, [d(32), d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('no-nonlinearity.spirals-linear-rmsprop-batch-1', 'bead-spirals', SPIRALS, [d(64, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(20, 1));
add('no-nonlinearity.xor-linear-dropout-momentum', 'two-axle-xor', XOR, [d(32), drop(0.2), d(32), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100));
add('no-nonlinearity.moons-linear-bn-nesterov', 'sidewall-moons', MOONS, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 64));

add('lr-out-of-range.rmsprop-lr-20-sizes', 'tyre-size', size(), [d(32, 'relu'), d(7, 'softmax')], 'cce', rms(20), tr(30));
add('lr-out-of-range.adam-3e-9-cure', 'cure-minutes', cure(), [d(32, 'tanh'), d(1)], 'mse', adam(3e-9), tr(40));
add('lr-out-of-range.nesterov-lr-15-casing', 'casing-failure', cas(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(15), tr(20));
add('lr-out-of-range.sgd-negative-tread', 'tread-depth', tread(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-rmsprop-sizes', 'tyre-size', size(), [d(32, 'sigmoid', { init: 'zeros' }), d(7, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(50));
add('init-symmetry.constant-0.5-tanh-two-layer-cure', 'cure-minutes', cure(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-elu-deep-moons', 'sidewall-moons', MOONS, [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(100));
add('init-symmetry.constant-0.2-tanh-spirals', 'bead-spirals', SPIRALS, [d(64, 'tanh', init('constant', { value: 0.2 })), d(64, 'tanh', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', rms(0.005), tr(150));

add('init-scale.normal-std-4-sigmoid-casing', 'casing-failure', cas(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', adam(0.001), tr(40));
add('init-scale.uniform-6-elu-tread', 'tread-depth', tread(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-sizes', 'tyre-size', size(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(7, 'softmax', init('normal', { std: 0.00001 }))], 'cce', nest(0.01), tr(50));
add('init-scale.normal-std-2-leaky-deep-invoice', 'invoice-total', inv(), [...tower(4, 64, 'leaky_relu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', adam(0.001), tr(40));

add('dead-relu.bias-minus-8-tread', 'tread-depth', tread(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(50));
add('dead-relu.bias-minus-4-deep-sizes-bn-free', 'tyre-size', size(), [...tower(4, 32, 'relu', { bias: -4 }), d(7, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.adam-0.5-batch-16-cure', 'cure-minutes', cure(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(20, 16));
add('dead-relu.bias-minus-6-xor-momentum', 'two-axle-xor', XOR, [d(32, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100));

add('exploding-gradient.raw-km-tread-sgd', 'tread-depth-raw', tread({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.raw-invoice-cents-target-rmsprop', 'invoice-total-cents', inv({ target: 'total_cents', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(40));
add('exploding-gradient.raw-casing-age-nesterov', 'casing-failure-raw', cas({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', nest(0.0005), tr(30));
add('exploding-gradient.eight-leaky-he-std-1-cure', 'cure-minutes', cure(), [...tower(8, 48, 'leaky_relu', init('normal', { std: 1 })), d(1)], 'mse', mom(0.00001), tr(30));
add('exploding-gradient.raw-vehicle-kg-sizes-momentum', 'tyre-size-raw', size({ normalize: 'none' }), [d(32, 'relu'), d(7, 'softmax')], 'cce', mom(0.001), tr(30));

add('vanishing-gradient.six-sigmoid-sgd-tread', 'tread-depth', tread(), [...tower(6, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(50));
add('vanishing-gradient.eight-sigmoid-adam-cure', 'cure-minutes', cure(), [...tower(8, 24, 'sigmoid'), d(1)], 'mse', adam(0.0003), tr(50));
add('vanishing-gradient.seven-tanh-std-0.02-circles', 'valve-circles', CIRCLES, [...tower(7, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));
add('vanishing-gradient.five-sigmoid-lecun-casing', 'casing-failure', cas(), [...tower(5, 32, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));

add('nan-loss.raw-invoice-target-momentum', 'invoice-total-raw', inv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(20));
add('nan-loss.sgd-2-batch-1-tread', 'tread-depth', tread(), [d(32, 'elu'), d(1)], 'mse', sgd(2), tr(5, 1));
add('nan-loss.raw-cure-features-target-sgd-full', 'cure-minutes-raw', cure({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), tr(20, 800));
add('nan-loss.constant-3-six-elu-casing', 'casing-failure', cas(), [...tower(6, 32, 'elu', init('constant', { value: 3 })), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(20));

add('saturated-activation.tanh-raw-km-tread', 'tread-depth-raw-features', tread({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(50));
add('saturated-activation.sigmoid-raw-kg-sizes', 'tyre-size-raw', size({ normalize: 'none' }), [d(32, 'sigmoid'), d(7, 'softmax')], 'cce', rms(0.003), tr(50));
add('saturated-activation.sigmoid-bias-8-casing', 'casing-failure', cas(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('saturated-activation.tanh-raw-cure-width', 'cure-minutes-raw-features', cure({ normalize: 'none' }), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(50));

add('lr-too-high.rmsprop-0.1-batch-1-tread', 'tread-depth', tread(), [d(32, 'relu'), d(1)], 'mse', rms(0.1), tr(5, 1));
add('lr-too-high.adam-0.1-batch-8-sizes', 'tyre-size', size(), [d(32, 'tanh'), d(7, 'softmax')], 'cce', adam(0.1), tr(30, 8));
add('lr-too-high.sgd-plain-1.5-cure', 'cure-minutes', cure(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(40, 32));
add('lr-too-high.nesterov-0.5-batch-4-iris', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', nest(0.5), tr(30, 4));
add('lr-too-high.rmsprop-0.05-batch-2-casing', 'casing-failure', cas(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.06-batch-1-invoice', 'invoice-total', inv(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.06), tr(5, 1));

add('lr-too-low.adam-1e-5-raw-cure-target', 'cure-minutes-raw-target', cure({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.00001), tr(60));
add('lr-too-low.rmsprop-1e-6-sizes', 'tyre-size', size(), [d(32, 'tanh'), d(7, 'softmax')], 'cce', rms(0.000001), tr(50));
add('lr-too-low.sgd-plain-1e-5-tread', 'tread-depth', tread(), [d(32, 'elu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.nesterov-3e-6-batch-8-casing', 'casing-failure', cas(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.000003), tr(40, 8));
add('lr-too-low.adam-1e-4-raw-invoice-full-batch', 'invoice-total-raw', inv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.0001), tr(100, 900));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-tread', 'tread-depth', tread(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 1000));
add('oscillating-loss.nesterov-0.95-lr-0.3-batch-500-linear-cure', 'cure-minutes', cure(), [d(1)], 'mse', nest(0.3, 0.95), tr(150, 400));
add('oscillating-loss.kg-and-section-sgd-1.8-full-batch-linear-invoice', 'invoice-total', inv({ features: ['tyres', 'unit_price_usd', 'labour_h'] }), [d(1)], 'mse', sgd(0.95), tr(150, 900));
add('oscillating-loss.rmsprop-0.08-full-batch-linear-cure', 'cure-minutes', cure(), [d(1)], 'mse', rms(0.08), tr(150, 800));
add('oscillating-loss.adam-0.3-batch-256-logistic-casing', 'casing-failure', cas(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(120, 256));
add('oscillating-loss.momentum-0.95-lr-0.5-logistic-check', 'roadworthy-check', INLINE_CHECK, [d(1, 'sigmoid')], 'bce', mom(0.5, 0.95), tr(200, 24));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-tread-psi-kpa', 'tread-depth', tread({ features: ['km_since_fit', 'pressure_psi', 'pressure_kpa', 'load_index', 'misaligned'] }), [d(1)], 'mse', sgd(0.5), tr(150, 1000));
add('oscillating-loss.momentum-0.9-lr-0.35-full-batch-linear-invoice', 'invoice-total', inv(), [d(1)], 'mse', mom(0.35, 0.9), tr(150, 900));

add('loss-plateau.barcode-only-casing', 'casing-failure', cas({ features: ['barcode'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.bay-only-sizes', 'tyre-size', size({ features: ['bay'] }), [d(16, 'tanh'), d(7, 'softmax')], 'cce', rms(0.003), tr(40));
add('loss-plateau.operator-only-cure', 'cure-minutes', cure({ features: ['operator'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(50));
add('loss-plateau.dropout-0.95-tread', 'tread-depth', tread(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(50));
add('loss-plateau.weight-decay-5-rmsprop-invoice', 'invoice-total', inv(), [d(32, 'elu'), d(1)], 'mse', rms(0.003, { weightDecay: 5 }), tr(50));

// ---------------------------------------------------------------- healthy
add('ok.tread-adam-relu', 'tread-depth', tread(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.tread-rmsprop-0.01-tanh-batch-1', 'tread-depth', tread(), [d(16, 'tanh'), d(1)], 'mse', rms(0.001), tr(5, 1));
add('ok.tread-32nds-target-nesterov-elu', 'tread-depth', tread({ target: 'tread_32nds' }), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.tread-kpa-minmax-sgd-plain', 'tread-depth', tread({ features: ['km_since_fit', 'pressure_kpa', 'load_index', 'misaligned'], normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.1), tr(100, 16));
add('ok.tread-five-tanh-xavier-adam', 'tread-depth', tread(), [...tower(5, 32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.002), tr(60));
add('ok.tread-weight-decay-1e-3-momentum-dropout', 'tread-depth', tread(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 0.001 }), tr(60));
add('ok.sizes-adam-relu', 'tyre-size', size(), [d(32, 'relu'), d(16, 'relu'), d(7, 'softmax')], 'cce', adam(0.005), tr(80));
add('ok.sizes-rmsprop-0.02-full-batch-tanh', 'tyre-size', size(), [d(32, 'tanh'), d(7, 'softmax')], 'cce', rms(0.02), tr(200, 1200));
add('ok.sizes-six-sigmoid-bn-adam', 'tyre-size', size(), [...tower(6, 32, 'sigmoid', { batchNorm: true }), d(7, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.sizes-dropout-0.3-nesterov-elu', 'tyre-size', size(), [d(64, 'elu'), drop(0.3), d(7, 'softmax')], 'cce', nest(0.02), tr(80));
add('ok.sizes-softmax-regression-sgd-plain', 'tyre-size', size(), [d(7, 'softmax')], 'cce', sgd(0.5), tr(150));
add('ok.casing-adam-relu', 'casing-failure', cas(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.casing-logistic-rmsprop-0.01', 'casing-failure', cas(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.casing-four-tanh-xavier-momentum', 'casing-failure', cas(), [...tower(4, 16, 'tanh', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', mom(0.02), tr(60));
add('ok.casing-adam-elu-decay-val', 'casing-failure', cas(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005, { weightDecay: 0.0001 }), tr(60, 32, { validationSplit: 0.2 }));
add('ok.invoice-adam-relu', 'invoice-total', inv(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.invoice-rmsprop-0.01-elu-batch-128', 'invoice-total', inv(), [d(32, 'elu'), d(1)], 'mse', rms(0.01), tr(100, 128));
add('ok.invoice-nesterov-leaky-clip', 'invoice-total', inv(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.005, 0.9, { clipNorm: 2 }), tr(60));
add('ok.invoice-minmax-adam-bn-dropout', 'invoice-total', inv({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60, 64));
add('ok.invoice-raw-target-adam-0.1', 'invoice-total-raw', inv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(150));
add('ok.cure-adam-tanh', 'cure-minutes', cure(), [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(60));
add('ok.cure-raw-target-rmsprop-0.05', 'cure-minutes-raw', cure({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(150));
add('ok.cure-raw-target-adam-0.05-batch-8', 'cure-minutes-raw', cure({ normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', adam(0.05), tr(100, 8));
add('ok.cure-eight-tanh-bn-rmsprop', 'cure-minutes', cure(), [...tower(8, 24, 'tanh', { batchNorm: true }), d(1)], 'mse', rms(0.002), tr(60, 32));
add('ok.cure-linear-sgd-full-batch', 'cure-minutes', cure(), [d(1)], 'mse', sgd(0.1), tr(200, 800));
add('ok.cure-momentum-sigmoid-he-uniform-batch-64', 'cure-minutes', cure(), [d(32, 'sigmoid', { init: 'he_uniform' }), d(1)], 'mse', mom(0.05), tr(100, 64));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-0.03-batch-1', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.003), tr(20, 1));
add('ok.blobs6-adam-elu-dropout-0.2', 'shop-blobs', BLOBS6, [d(32, 'elu'), drop(0.2), d(6, 'softmax')], 'cce', adam(0.01), tr(80));
add('ok.blobs4-sgd-plain-sigmoid', 'shop-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.moons-rmsprop-0.05-full-batch-relu', 'sidewall-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 300));
add('ok.moons-adam-0.03-batch-4-tanh', 'sidewall-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(60, 4));
add('ok.circles-adam-four-tanh-xavier', 'valve-circles', CIRCLES, [...tower(4, 16, 'tanh', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150));
add('ok.spirals-adam-elu-deep', 'bead-spirals', SPIRALS, [d(64, 'elu'), d(64, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.sine-rmsprop-tanh', 'wear-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(200, 16));
add('ok.sine-adam-0.02-full-batch-elu', 'wear-cycle-sine', SINE, [d(32, 'elu'), d(1)], 'mse', adam(0.02), tr(400, 300));
add('ok.xor-nesterov-tanh', 'two-axle-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.check-inline-adam-tanh', 'roadworthy-check', INLINE_CHECK, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 24));
add('ok.check-inline-logistic-rmsprop', 'roadworthy-check', INLINE_CHECK, [d(1, 'sigmoid')], 'bce', rms(0.01), tr(300, 6));
add('ok.tread-rmsprop-0.03-batch-full-elu', 'tread-depth', tread(), [d(32, 'elu'), d(1)], 'mse', rms(0.03), tr(150, 1000));
add('ok.sizes-adam-0.05-batch-256-relu', 'tyre-size', size(), [d(32, 'relu'), d(7, 'softmax')], 'cce', adam(0.05), tr(100, 256));
add('ok.casing-rmsprop-0.01-batch-8-tanh-dropout', 'casing-failure', cas(), [d(32, 'tanh'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.01), tr(40, 8));
add('ok.cure-deep-sigmoid-xavier-adam', 'cure-minutes', cure(), [...tower(4, 32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.003), tr(80));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
