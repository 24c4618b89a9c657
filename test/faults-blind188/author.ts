/**
 * Writes every candidate spec of blind fault set 188 (hatters and milliners) into candidates/:
 * `npx tsx test/faults-blind188/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 188, data, layers, loss, optimizer, training, ...extra };
}

const HF = ['height_cm', 'age_y', 'weight_kg', 'ear_to_ear_mm', 'hair_mm'];
const head = (x: Json = {}): Json => ({ csv: '../data/headsize.csv', target: 'head_cm', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['brim_mm', 'crown_mm', 'felt_g', 'straw', 'steam_min', 'ribbon_mm'];
const sty = (x: Json = {}): Json => ({ csv: '../data/style.csv', target: 'style', features: SF, normalize: 'standard', ...x });
const RF = ['head_cm', 'size_ordered_cm', 'felt_g', 'days_to_pickup', 'online'];
const refit = (x: Json = {}): Json => ({ csv: '../data/refit.csv', target: 'refitted', features: RF, normalize: 'standard', ...x });
const CF = ['hours', 'felt_g', 'feathers', 'hand_blocked', 'rush', 'brim_mm'];
const com = (x: Json = {}): Json => ({ csv: '../data/commission.csv', target: 'price_eur', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const TF = ['felt_g', 'brim_mm', 'humidity_pct', 'rabbit_fur'];
const steam = (x: Json = {}): Json => ({ csv: '../data/steaming.csv', target: 'steam_s', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A milliner's notebook: felt weight (g) and steaming minutes -> the crown held its shape (1) or not (0).
const INLINE_CROWN = {
  inline: {
    x: [[90, 4], [100, 6], [110, 8], [120, 10], [130, 12], [140, 14], [150, 16], [160, 18], [170, 20], [180, 22], [95, 12], [105, 14], [115, 16], [125, 5], [135, 7], [145, 9], [155, 3], [165, 5], [175, 8], [185, 10], [100, 18], [120, 20], [140, 4], [160, 6], [180, 14], [110, 22], [130, 3], [150, 11], [170, 13], [190, 24]],
    y: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates (observed first)
add('oscillating-loss.sgd-plain-0.99-full-batch-linear-steam', 'steam-seconds', steam(), [d(1)], 'mse', sgd(0.99), tr(150, 900));
add('oscillating-loss.height-and-ear-sgd-0.8-full-batch-linear-head', 'head-cm', head(), [d(1)], 'mse', sgd(0.8), tr(150, 1000));
add('oscillating-loss.momentum-0.95-lr-0.3-batch-450-steam', 'steam-seconds', steam(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 450));
add('oscillating-loss.nesterov-0.97-lr-0.2-full-batch-commission', 'commission-eur', com(), [d(1)], 'mse', nest(0.2, 0.97), tr(150, 850));
add('oscillating-loss.adam-0.2-full-batch-linear-head', 'head-cm', head(), [d(1)], 'mse', adam(0.2), tr(150, 1000));
add('oscillating-loss.rmsprop-0.05-batch-500-tanh-steam', 'steam-seconds', steam(), [d(8, 'tanh'), d(1)], 'mse', rms(0.05), tr(150, 500));
add('oscillating-loss.momentum-0.99-lr-0.5-logistic-crown', 'crown-notebook', INLINE_CROWN, [d(1, 'sigmoid')], 'bce', mom(0.5, 0.99), tr(200, 30));
add('oscillating-loss.sgd-plain-9-full-batch-logistic-refit', 'refitted', refit(), [d(1, 'sigmoid')], 'bce', sgd(9), tr(150, 1100));
add('oscillating-loss.sgd-4.5-minmax-full-batch-linear-steam', 'steam-seconds', steam({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(1)], 'mse', sgd(4.5), tr(150, 900));
add('oscillating-loss.momentum-0.995-lr-0.05-full-batch-linear-steam', 'steam-seconds', steam(), [d(1)], 'mse', mom(0.05, 0.995), tr(150, 900));
add('oscillating-loss.sgd-plain-0.935-full-batch-linear-steam', 'steam-seconds', steam(), [d(1)], 'mse', sgd(0.935), tr(150, 900));
add('oscillating-loss.adam-0.5-full-batch-tanh-commission', 'commission-eur', com(), [d(8, 'tanh'), d(1)], 'mse', adam(0.5), tr(150, 850));
add('oscillating-loss.rmsprop-0.1-full-batch-linear-head', 'head-cm', head(), [d(1)], 'mse', rms(0.1), tr(150, 1000));
add('oscillating-loss.nesterov-0.99-lr-0.1-batch-300-steam', 'steam-seconds', steam(), [d(1)], 'mse', nest(0.1, 0.99), tr(150, 300));
add('oscillating-loss.sgd-plain-30-full-batch-logistic-refit', 'refitted', refit(), [d(1, 'sigmoid')], 'bce', sgd(30), tr(150, 1100));
add('oscillating-loss.nesterov-0.995-lr-0.05-full-batch-linear-commission', 'commission-eur', com(), [d(1)], 'mse', nest(0.05, 0.995), tr(150, 850));
add('oscillating-loss.momentum-0.99-lr-0.2-full-batch-linear-head', 'head-cm', head(), [d(1)], 'mse', mom(0.2, 0.99), tr(150, 1000));
add('oscillating-loss.sgd-plain-40-full-batch-logistic-crown', 'crown-notebook', INLINE_CROWN, [d(1, 'sigmoid')], 'bce', sgd(40), tr(200, 30));
add('oscillating-loss.momentum-0.995-lr-0.02-batch-450-tanh-steam', 'steam-seconds', steam(), [d(8, 'tanh'), d(1)], 'mse', mom(0.02, 0.995), tr(150, 450));
add('oscillating-loss.rmsprop-0.5-full-batch-logistic-refit', 'refitted', refit(), [d(1, 'sigmoid')], 'bce', rms(0.5), tr(150, 1100));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'head-cm', head(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'hat-style', sty(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.sparse-cce-loss', 'hat-style', sty(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.batchsize-zero', 'refitted', refit(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40, 0));
add('invalid-spec.dropout-rate-1.5', 'commission-eur', com(), [d(32, 'relu'), drop(1.5), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.units-string', 'steam-seconds', steam(), [d('16' as unknown as number, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-ear-to-ear', 'head-cm-na', head({ csv: '../data/headsize-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.customer-id-feature', 'head-cm', head({ features: ['customer_id', ...HF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.fitted-at-feature', 'head-cm', head({ features: ['fitted_at', ...HF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.brim-cm-typo', 'hat-style', sty({ features: ['brim_cm', 'crown_mm', 'felt_g', 'straw', 'steam_min', 'ribbon_mm'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.job-id-feature-steam', 'steam-seconds', steam({ features: ['job_id', ...TF] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(50));
add('data-error.price-target-typo', 'commission-eur', com({ target: 'price_usd' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.commission-id-feature', 'commission-eur', com({ features: ['commission_id', ...CF] }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));

add('shape-mismatch.style-four-heads-no-pillbox', 'hat-style', sty(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.head-cm-and-in-one-output', 'head-cm', head({ target: ['head_cm', 'head_in'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.steam-s-and-min-one-output', 'steam-seconds', steam({ target: ['steam_s', 'steam_min'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.blobs4-three-heads', 'block-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.02), tr(60));
add('shape-mismatch.refit-two-sigmoid-heads-bce', 'refitted', refit(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.style-sigmoid-head-cce', 'hat-style', sty(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-refit', 'refitted', refit(), [d(16, 'relu'), d(1, 'tanh')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-head-standardized-head', 'head-cm', head(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-one-unit-bce-moons', 'brim-moons', MOONS, [d(16, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(80));
add('loss-activation-mismatch.sigmoid-head-standardized-commission', 'commission-eur', com(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-two-linear-adam', 'crown-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('no-nonlinearity.sine-linear-rmsprop', 'steam-cycle-sine', SINE, [d(64), d(64), d(1)], 'mse', rms(0.003), tr(150, 16));
add('no-nonlinearity.xor-linear-dropout-nesterov', 'two-ribbon-xor', XOR, [d(32), drop(0.1), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('no-nonlinearity.spirals-linear-bn-sgd-batch-4', 'felt-spirals', SPIRALS, [d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', sgd(0.02), tr(40, 4));

add('lr-out-of-range.rmsprop-lr-3-style', 'hat-style', sty(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(3), tr(30));
add('lr-out-of-range.nesterov-lr-25-head', 'head-cm', head(), [d(32, 'tanh'), d(1)], 'mse', nest(25), tr(20));
add('lr-out-of-range.adam-1e-10-refit', 'refitted', refit(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(1e-10), tr(40));
add('lr-out-of-range.sgd-negative-steam', 'steam-seconds', steam(), [d(16, 'elu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-style', 'hat-style', sty(), [d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.5-tanh-adam-head', 'head-cm', head(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-sigmoid-momentum-moons', 'brim-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05), tr(100, 16));
add('init-symmetry.constant-0.2-elu-circles', 'crown-circles', CIRCLES, [d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', nest(0.02), tr(120, 16));

add('init-scale.normal-std-4-sigmoid-style', 'hat-style', sty(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', adam(0.001), tr(40));
add('init-scale.uniform-6-elu-commission', 'commission-eur', com(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-5-six-relu-steam', 'steam-seconds', steam(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-2-relu-deep-refit', 'refitted', refit(), [...tower(4, 64, 'relu', init('normal', { std: 2 })), d(1, 'sigmoid', init('normal', { std: 2 }))], 'bce', nest(0.001), tr(40));
add('init-scale.uniform-1e-5-tanh-spirals', 'felt-spirals', SPIRALS, [...tower(5, 32, 'tanh', init('uniform', { limit: 0.00001 })), d(1, 'sigmoid', init('uniform', { limit: 0.00001 }))], 'bce', sgd(0.05), tr(100, 16));

add('dead-relu.bias-minus-8-two-layer-head', 'head-cm', head(), [d(64, 'relu', { bias: -8 }), d(32, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-style-nesterov', 'hat-style', sty(), [d(128, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('dead-relu.adam-0.1-batch-4-commission', 'commission-eur', com(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 4));
add('dead-relu.sgd-2-batch-16-steam', 'steam-seconds', steam(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(2, { clipNorm: 5 }), tr(20, 16));
add('dead-relu.bias-minus-2-six-layer-xor', 'two-ribbon-xor', XOR, [...tower(6, 16, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(100));

add('exploding-gradient.raw-price-euros-nesterov', 'commission-eur-raw-target', com({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0001), tr(40));
add('exploding-gradient.raw-felt-grams-style-sgd', 'hat-style-raw', sty({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', sgd(0.01), tr(30));
add('exploding-gradient.raw-steam-seconds-adam', 'steam-seconds-raw-target', steam({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.ten-leaky-std-0.5-head', 'head-cm', head(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.5 })), d(1)], 'mse', rms(0.0001), tr(30));
add('exploding-gradient.raw-ear-mm-head-target-raw-rmsprop', 'head-cm-raw', head({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-momentum-head', 'head-cm', head(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.ten-tanh-std-0.02-style', 'hat-style', sty(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(5, 'softmax')], 'cce', adam(0.001), tr(50));
add('vanishing-gradient.six-sigmoid-lecun-circles', 'crown-circles', CIRCLES, [...tower(6, 32, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));
add('vanishing-gradient.twelve-sigmoid-rmsprop-refit', 'refitted', refit(), [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0003), tr(40));

add('nan-loss.rmsprop-5-batch-2-head', 'head-cm', head(), [d(32, 'relu'), d(1)], 'mse', rms(5), tr(5, 2));
add('nan-loss.raw-price-sgd-0.01', 'commission-eur-raw-target', com({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.nesterov-0.95-lr-1-steam', 'steam-seconds', steam(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', nest(1, 0.95), tr(30));
add('nan-loss.constant-3-leaky-deep-style', 'hat-style', sty(), [...tower(5, 64, 'leaky_relu', init('constant', { value: 3 })), d(5, 'softmax', init('constant', { value: 3 }))], 'cce', sgd(0.01), tr(20));
add('nan-loss.raw-everything-momentum-full-batch-steam', 'steam-raw', steam({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.0001), tr(20, 900));
add('nan-loss.sgd-1.5-batch-1-sine', 'steam-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(10, 1));

add('saturated-activation.tanh-raw-felt-style', 'hat-style-raw', sty({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.sigmoid-raw-days-refit', 'refitted-raw', refit({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('saturated-activation.sigmoid-bias-8-head', 'head-cm', head(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-ear-mm-head', 'head-cm-raw-features', head({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.005), tr(60, 16));
add('saturated-activation.tanh-bias-minus-7-steam', 'steam-seconds', steam(), [d(48, 'tanh', { bias: -7 }), d(1)], 'mse', adam(0.002), tr(60));

add('lr-too-high.rmsprop-0.05-batch-1-head', 'head-cm', head(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(5, 1));
add('lr-too-high.sgd-plain-2-batch-8-style', 'hat-style', sty(), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(2), tr(30, 8));
add('lr-too-high.adam-0.3-batch-16-steam', 'steam-seconds', steam(), [d(32, 'relu'), d(1)], 'mse', adam(0.3), tr(30, 16));
add('lr-too-high.momentum-0.6-batch-4-refit', 'refitted', refit(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.6), tr(20, 4));
add('lr-too-high.nesterov-0.5-batch-2-commission', 'commission-eur', com(), [d(16, 'elu'), d(1)], 'mse', nest(0.5), tr(10, 2));
add('lr-too-high.adam-0.5-batch-8-blobs4', 'block-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.5), tr(30, 8));

add('lr-too-low.adam-3e-7-style', 'hat-style', sty(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000003), tr(50));
add('lr-too-low.sgd-plain-1e-5-head', 'head-cm', head(), [d(32, 'elu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.rmsprop-1e-6-commission', 'commission-eur', com(), [d(32, 'relu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-batch-8-refit', 'refitted', refit(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.000001), tr(40, 8));
add('lr-too-low.nesterov-1e-5-full-batch-iris', 'iris-workroom', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.00001), tr(200, 150));

add('loss-plateau.block-no-only-steam', 'steam-seconds', steam({ features: ['block_no'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.clerk-only-refit', 'refitted', refit({ features: ['clerk_no'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.block-no-only-style', 'hat-style', sty({ features: ['block_no'] }), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.weight-decay-1-rmsprop-head', 'head-cm', head(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 1 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-commission', 'commission-eur', com(), [d(32, 'elu'), d(1)], 'mse', sgd(0.01, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.head-adam-relu', 'head-cm', head(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.head-rmsprop-tanh-val', 'head-cm', head(), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.head-linear-nesterov-batch-64', 'head-cm', head(), [d(1)], 'mse', nest(0.01), tr(60, 64));
add('ok.head-minmax-sgd-elu-batch-1', 'head-cm', head({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'elu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.head-inches-adam-bn', 'head-cm', head({ target: 'head_in', normalizeTarget: 'none' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.01), tr(80, 128));
add('ok.head-momentum-sigmoid-decay', 'head-cm', head(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.style-adam-relu-dropout', 'hat-style', sty(), [d(64, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.style-rmsprop-tanh', 'hat-style', sty(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.style-sgd-plain-sigmoid-batch-8', 'hat-style', sty(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.2), tr(60, 8));
add('ok.style-minmax-nesterov-leaky-bn', 'hat-style', sty({ normalize: 'minmax' }), [d(48, 'leaky_relu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.05), tr(60, 64));
add('ok.style-softmax-regression-adam-full-batch', 'hat-style', sty(), [d(5, 'softmax')], 'cce', adam(0.05), tr(200, 1000));
add('ok.style-adam-elu-clip-val', 'hat-style', sty(), [d(32, 'elu', { init: 'he_uniform' }), d(16, 'elu'), d(5, 'softmax')], 'cce', adam(0.003, { clipNorm: 1 }), tr(60, 32, { validationSplit: 0.15 }));
add('ok.refit-adam-relu', 'refitted', refit(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));
add('ok.refit-rmsprop-tanh-batch-64', 'refitted', refit(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100, 64));
add('ok.refit-nesterov-elu-decay', 'refitted', refit(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9, { weightDecay: 0.0001 }), tr(100));
add('ok.commission-adam-elu', 'commission-eur', com(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.commission-rmsprop-relu-batch-128', 'commission-eur', com(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 128));
add('ok.commission-momentum-tanh-xavier-normal', 'commission-eur', com(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', mom(0.02), tr(100));
add('ok.commission-minmax-target-adam-dropout', 'commission-eur', com({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.commission-adam-bn-deep', 'commission-eur', com(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(60, 64));
add('ok.steam-linear-sgd-full-batch', 'steam-seconds', steam(), [d(1)], 'mse', sgd(0.3), tr(200, 900));
add('ok.steam-adam-leaky', 'steam-seconds', steam(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.steam-minutes-rmsprop-elu', 'steam-minutes', steam({ target: 'steam_min' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.steam-nesterov-tanh-batch-4', 'steam-seconds', steam(), [d(16, 'tanh'), d(1)], 'mse', nest(0.005), tr(20, 4));
add('ok.steam-adam-relu-clip-decay-val', 'steam-seconds', steam(), [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002, { clipNorm: 5, weightDecay: 0.0001 }), tr(80, 64, { validationSplit: 0.2 }));
add('ok.iris-adam-relu', 'iris-workroom', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-tanh-batch-4', 'iris-workroom', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.1), tr(100, 4));
add('ok.moons-rmsprop-relu', 'brim-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));
add('ok.moons-adam-leaky-full-batch', 'brim-moons', MOONS, [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(400, 400));
add('ok.circles-adam-tanh', 'crown-circles', CIRCLES, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'crown-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-elu-deep', 'felt-spirals', SPIRALS, [d(64, 'elu'), d(64, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-momentum-sigmoid', 'block-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', mom(0.1), tr(100));
add('ok.sine-adam-tanh', 'steam-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-rmsprop-elu-batch-250', 'steam-cycle-sine', SINE, [d(32, 'elu'), d(1)], 'mse', rms(0.01), tr(400, 250));
add('ok.xor-adam-relu', 'two-ribbon-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-nesterov-tanh-xavier-uniform', 'two-ribbon-xor', XOR, [d(16, 'tanh', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.crown-inline-adam-tanh', 'crown-notebook', INLINE_CROWN, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 30));
add('ok.crown-inline-rmsprop-relu-batch-5', 'crown-notebook', INLINE_CROWN, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 5));
add('ok.head-adam-lecun-selu-like-elu', 'head-cm', head(), [d(64, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.002), tr(60));
add('ok.steam-sgd-plain-elu-batch-2', 'steam-seconds', steam(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(10, 2));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
