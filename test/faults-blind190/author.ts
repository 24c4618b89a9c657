/**
 * Writes every candidate spec of blind fault set 190 (perfumers and fragrance houses) into
 * candidates/: `npx tsx test/faults-blind190/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 190, data, layers, loss, optimizer, training, ...extra };
}

const LF = ['oil_pct', 'maceration_days', 'base_notes_pct', 'evap_rate', 'ethanol_pct', 'batch_ml'];
const lon = (x: Json = {}): Json => ({ csv: '../data/longevity.csv', target: 'longevity_h', features: LF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['floral_pct', 'wood_pct', 'citrus_pct', 'resin_pct', 'coumarin_ppm', 'bottle_eur'];
const fam = (x: Json = {}): Json => ({ csv: '../data/family.csv', target: 'family', features: FF, normalize: 'standard', ...x });
const RF = ['oil_pct', 'linalool_ppm', 'limonene_ppm', 'ph', 'exposure_h', 'sensitive_skin'];
const rea = (x: Json = {}): Json => ({ csv: '../data/reaction.csv', target: 'skin_reaction', features: RF, normalize: 'standard', ...x });
const PF = ['bottle_ml', 'oil_pct', 'naturals_pct', 'brand_index', 'panel_score', 'orris'];
const pri = (x: Json = {}): Json => ({ csv: '../data/price.csv', target: 'price_eur', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const NF = ['top_fresh_pct', 'sweetness', 'sillage', 'panelist_age', 'room_c', 'maceration_days'];
const pan = (x: Json = {}): Json => ({ csv: '../data/panel.csv', target: 'panel_score', features: NF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 240, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 320, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A nose's notebook: oil % and maceration days -> the blotter passed the house's sillage test (1) or not (0).
const INLINE_BLOTTER = {
  inline: {
    x: [[8, 10], [10, 14], [12, 20], [15, 30], [18, 40], [20, 45], [22, 50], [25, 60], [6, 5], [9, 8], [11, 12], [14, 18], [16, 25], [19, 35], [21, 42], [24, 55], [7, 30], [13, 7], [17, 9], [23, 15], [5, 45], [26, 20], [10, 50], [28, 8]],
    y: [0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'longevity-hours', lon(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'fragrance-family', fam(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-price', 'bottle-price', pri(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.dropout-rate-1.5', 'skin-reaction', rea(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.units-zero-hidden', 'panel-score', pan(), [d(0, 'tanh'), d(1)], 'mse', nest(0.01), tr(40));
add('invalid-spec.sparse-cce-keras-name', 'fragrance-family', fam(), [d(32, 'elu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(50));

add('data-error.na-evap-rate', 'longevity-hours-na', lon({ csv: '../data/longevity-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.formula-id-feature', 'longevity-hours', lon({ features: ['formula_id', ...LF] }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.logged-at-feature', 'longevity-hours', lon({ features: ['logged_at', ...LF] }), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.oil-percent-typo', 'skin-reaction', rea({ features: ['oil_percent', 'linalool_ppm', 'limonene_ppm', 'ph', 'exposure_h', 'sensitive_skin'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.panelist-id-feature', 'skin-reaction', rea({ features: ['panelist_id', ...RF] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(40));
add('data-error.target-column-misnamed', 'panel-score', pan({ target: 'score' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.price-file-wrong-case', 'bottle-price', pri({ csv: '../data/Prices.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.reaction-two-sigmoid-heads', 'skin-reaction', rea(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.panel-score-and-pct-one-output', 'panel-score', pan({ target: ['panel_score', 'panel_pct'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'accord-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));
add('shape-mismatch.sine-two-outputs', 'diffusion-sine', SINE, [d(32, 'tanh'), d(2)], 'mse', adam(0.01), tr(100));
add('shape-mismatch.family-four-heads', 'fragrance-family', fam(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02), tr(50));

add('loss-activation-mismatch.one-unit-softmax-bce-reaction', 'skin-reaction', rea(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-moons', 'accord-moons', MOONS, [d(32, 'relu'), d(1, 'tanh')], 'bce', adam(0.005), tr(100));
add('loss-activation-mismatch.sigmoid-head-raw-panel-score', 'panel-score-raw-target', pan({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-longevity', 'longevity-hours', lon(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-family', 'fragrance-family', fam(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.softmax-head-mse-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'mse', sgd(0.05), tr(60, 8));

add('no-nonlinearity.circles-three-linear-adam', 'bottle-ring-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('no-nonlinearity.xor-linear-bn-rmsprop', 'two-accord-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.moons-linear-dropout-momentum', 'accord-moons', MOONS, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', mom(0.02), tr(120, 16));
add('no-nonlinearity.spirals-linear-nesterov-full', 'swirl-spirals', SPIRALS, [d(48), d(48), d(48), d(1, 'sigmoid')], 'bce', nest(0.05), tr(200, 300));

add('lr-out-of-range.adam-lr-10-family', 'fragrance-family', fam(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(30));
add('lr-out-of-range.rmsprop-1e-10-longevity', 'longevity-hours', lon(), [d(32, 'elu'), d(1)], 'mse', rms(1e-10), tr(40));
add('lr-out-of-range.nesterov-lr-40-panel', 'panel-score', pan(), [d(32, 'tanh'), d(1)], 'mse', nest(40), tr(20));
add('lr-out-of-range.sgd-plain-lr-25-price', 'bottle-price', pri(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(25), tr(20, 64));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-tanh-rmsprop-family', 'fragrance-family', fam(), [d(32, 'tanh', { init: 'zeros' }), d(32, 'tanh', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.5-sigmoid-momentum-circles', 'bottle-ring-circles', CIRCLES, [d(32, 'sigmoid', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', mom(0.05), tr(120));
add('init-symmetry.zeros-elu-adam-spirals', 'swirl-spirals', SPIRALS, [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.005), tr(150));
add('init-symmetry.constant-0.2-tanh-nesterov-iris', 'iris-demo', IRIS, [d(16, 'tanh', init('constant', { value: 0.2 })), d(3, 'softmax', init('constant', { value: 0.2 }))], 'cce', nest(0.02), tr(80, 16));
add('init-symmetry.zeros-sigmoid-sgd-xor', 'two-accord-xor', XOR, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-family', 'fragrance-family', fam(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.001), tr(40));
add('init-scale.uniform-6-elu-longevity', 'longevity-hours', lon(), [...tower(3, 64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-panel', 'panel-score', pan(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-4-tanh-moons', 'accord-moons', MOONS, [...tower(3, 64, 'tanh', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', nest(0.01), tr(80, 16));
add('init-scale.uniform-1e-3-seven-tanh-reaction', 'skin-reaction', rea(), [...tower(7, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', mom(0.02), tr(40));

add('dead-relu.bias-minus-8-two-layer-price', 'bottle-price', pri(), [d(64, 'relu', { bias: -8 }), d(32, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-deep-nesterov-spirals', 'swirl-spirals', SPIRALS, [...tower(4, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(120));
add('dead-relu.sgd-plain-lr-1-batch-4-longevity', 'longevity-hours', lon(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(1), tr(10, 4));
add('dead-relu.adam-0.4-batch-16-panel', 'panel-score', pan(), [d(48, 'relu'), d(48, 'relu'), d(1)], 'mse', adam(0.4), tr(30, 16));
add('dead-relu.bias-minus-6-wide-family', 'fragrance-family', fam(), [d(200, 'relu', { bias: -6, init: 'he_uniform' }), d(5, 'softmax')], 'cce', rms(0.002), tr(50));

add('exploding-gradient.raw-price-euros-target', 'bottle-price-raw-target', pri({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-batch-ml-longevity', 'longevity-raw-features', lon({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.0005), tr(30));
add('exploding-gradient.raw-coumarin-ppm-family', 'fragrance-family-raw', fam({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.001), tr(30));
add('exploding-gradient.ten-relu-std-0.45-panel', 'panel-score', pan(), [...tower(10, 48, 'relu', init('normal', { std: 0.45 })), d(1)], 'mse', sgd(0.00005), tr(30));
add('exploding-gradient.raw-linalool-ppm-reaction', 'skin-reaction-raw', rea({ normalize: 'none' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.0005), tr(30, 16));
add('exploding-gradient.raw-panel-pct-target-elu', 'panel-pct-raw-target', pan({ target: 'panel_pct', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.0005), tr(40));

add('vanishing-gradient.eight-sigmoid-sgd-longevity', 'longevity-hours', lon(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.twelve-tanh-std-0.03-family', 'fragrance-family', fam(), [...tower(12, 24, 'tanh', init('normal', { std: 0.03 })), d(5, 'softmax')], 'cce', adam(0.001), tr(40));
add('vanishing-gradient.nine-sigmoid-rmsprop-circles', 'bottle-ring-circles', CIRCLES, [...tower(9, 32, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(100));
add('vanishing-gradient.seven-sigmoid-momentum-reaction', 'skin-reaction', rea(), [...tower(7, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('vanishing-gradient.ten-sigmoid-nesterov-panel', 'panel-score', pan(), [...tower(10, 24, 'sigmoid'), d(1)], 'mse', nest(0.005), tr(60));

add('nan-loss.sgd-5-batch-1-panel', 'panel-score', pan(), [d(32, 'elu'), d(1)], 'mse', sgd(5), tr(5, 1));
add('nan-loss.raw-price-target-sgd-0.05', 'bottle-price-raw-target', pri({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(20));
add('nan-loss.nesterov-lr-3-relu-family', 'fragrance-family', fam(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', nest(3, 0.95), tr(30));
add('nan-loss.rmsprop-raw-batch-ml-target-lr-1', 'longevity-raw', lon({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(1), tr(20, 8));
add('nan-loss.constant-3-elu-deep-longevity', 'longevity-hours', lon(), [...tower(5, 48, 'elu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.momentum-lr-1-batch-2-sine', 'diffusion-sine', SINE, [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', mom(1, 0.9), tr(20, 2));

add('saturated-activation.sigmoid-raw-ppm-reaction', 'skin-reaction-raw', rea({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-coumarin-family', 'fragrance-family-raw', fam({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-9-panel', 'panel-score', pan(), [d(32, 'sigmoid', { bias: 9 }), d(32, 'sigmoid', { bias: 9 }), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-batch-ml-longevity', 'longevity-raw-features', lon({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.sigmoid-raw-bottle-ml-price', 'bottle-price-raw-features', pri({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60, 16));
add('saturated-activation.tanh-bias-minus-7-bn-off-reaction', 'skin-reaction', rea(), [d(32, 'tanh', { bias: -7 }), d(32, 'tanh', { bias: -7 }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('lr-too-high.adam-0.3-batch-16-family', 'fragrance-family', fam(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(40, 16));
add('lr-too-high.rmsprop-0.05-batch-2-longevity', 'longevity-hours', lon(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.sgd-plain-2-batch-8-panel', 'panel-score', pan(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(2), tr(30, 8));
add('lr-too-high.nesterov-0.5-batch-4-iris', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', nest(0.5), tr(30, 4));
add('lr-too-high.momentum-0.95-lr-0.4-price', 'bottle-price', pri(), [d(32, 'relu'), d(1)], 'mse', mom(0.4, 0.95), tr(40));
add('lr-too-high.adam-0.15-batch-1-reaction', 'skin-reaction', rea(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.15), tr(5, 1));
add('lr-too-high.rmsprop-0.5-blobs4-batch-32', 'accord-blobs', BLOBS4, [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', rms(0.5), tr(40));

add('lr-too-low.sgd-plain-1e-5-family', 'fragrance-family', fam(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.00001), tr(50));
add('lr-too-low.rmsprop-1e-6-price', 'bottle-price', pri(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.adam-3e-6-panel-batch-64', 'panel-score', pan(), [d(32, 'tanh'), d(1)], 'mse', adam(0.000003), tr(60, 64));
add('lr-too-low.momentum-1e-6-circles', 'bottle-ring-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.000001), tr(150));
add('lr-too-low.nesterov-1e-5-longevity-full', 'longevity-hours', lon(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.00001), tr(100, 1000));

add('oscillating-loss.sgd-plain-0.5-batch-100-linear-longevity', 'longevity-hours', lon(), [d(1)], 'mse', sgd(0.5), tr(120, 100));
add('oscillating-loss.sgd-plain-40-full-batch-logistic-reaction', 'skin-reaction', rea(), [d(1, 'sigmoid')], 'bce', sgd(40), tr(150, 1200));
add('oscillating-loss.rmsprop-0.5-batch-250-tanh-family', 'fragrance-family', fam(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.5), tr(120, 250));
add('oscillating-loss.momentum-0.9-lr-0.15-batch-50-linear-price', 'bottle-price', pri(), [d(1)], 'mse', mom(0.15, 0.9), tr(100, 50));
add('oscillating-loss.sgd-plain-20-batch-600-logistic-reaction', 'skin-reaction', rea(), [d(1, 'sigmoid')], 'bce', sgd(20), tr(150, 600));
add('oscillating-loss.sgd-plain-1.0-full-batch-linear-longevity', 'longevity-hours', lon(), [d(1)], 'mse', sgd(1.0), tr(120, 1000));
add('oscillating-loss.sgd-plain-0.6-full-batch-linear-longevity', 'longevity-hours', lon(), [d(1)], 'mse', sgd(0.6), tr(120, 1000));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-panel', 'panel-score', pan(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 900));
add('oscillating-loss.nesterov-0.97-lr-0.2-batch-400-linear-price', 'bottle-price', pri(), [d(1)], 'mse', nest(0.2, 0.97), tr(150, 400));
add('oscillating-loss.adam-0.3-full-batch-linear-panel', 'panel-score', pan(), [d(1)], 'mse', adam(0.3), tr(150, 900));
add('oscillating-loss.rmsprop-0.05-batch-250-tanh-family', 'fragrance-family', fam(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.05), tr(120, 250));
add('oscillating-loss.sgd-plain-8-full-batch-logistic-reaction', 'skin-reaction', rea(), [d(1, 'sigmoid')], 'bce', sgd(8), tr(150, 1200));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-200-linear-longevity', 'longevity-hours', lon(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 200));
add('oscillating-loss.sgd-plain-0.8-oil-and-ethanol-linear', 'longevity-hours', lon({ features: ['oil_pct', 'ethanol_pct', 'maceration_days', 'evap_rate'] }), [d(1)], 'mse', sgd(0.8), tr(120, 1000));

add('loss-plateau.locker-no-only-reaction', 'skin-reaction', rea({ features: ['locker_no'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.bench-no-only-family', 'fragrance-family', fam({ features: ['bench_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.hour-and-room-only-panel', 'panel-score', pan({ features: ['hour', 'room_c'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-longevity', 'longevity-hours', lon(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-price', 'bottle-price', pri(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));
add('loss-plateau.dropout-0.97-panel', 'panel-score', pan(), [d(32, 'relu'), drop(0.97), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.longevity-adam-relu', 'longevity-hours', lon(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.longevity-rmsprop-elu-val', 'longevity-hours', lon(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.longevity-nesterov-tanh-batch-16', 'longevity-hours', lon(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.longevity-minmax-sgd-leaky-batch-1', 'longevity-hours', lon({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.longevity-linear-sgd-0.1-full-batch', 'longevity-hours', lon(), [d(1)], 'mse', sgd(0.1), tr(200, 1000));
add('ok.longevity-adam-bn-dropout-batch-128', 'longevity-hours', lon(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.family-adam-relu', 'fragrance-family', fam(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.family-rmsprop-tanh-dropout', 'fragrance-family', fam(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.family-sgd-plain-sigmoid-batch-8', 'fragrance-family', fam(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.2), tr(60, 8));
add('ok.family-minmax-nesterov-elu-bn', 'fragrance-family', fam({ normalize: 'minmax' }), [d(48, 'elu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.02), tr(60, 64));
add('ok.family-softmax-regression-adam-full-batch', 'fragrance-family', fam(), [d(5, 'softmax')], 'cce', adam(0.05), tr(200, 1000));
add('ok.family-momentum-leaky-decay-val', 'fragrance-family', fam(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', mom(0.02, 0.9, { weightDecay: 0.0005 }), tr(60, 32, { validationSplit: 0.2 }));
add('ok.reaction-adam-relu', 'skin-reaction', rea(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.reaction-logistic-rmsprop', 'skin-reaction', rea(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.reaction-nesterov-tanh-batch-64', 'skin-reaction', rea(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(80, 64));
add('ok.reaction-minmax-adam-elu-clip', 'skin-reaction', rea({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(80));
add('ok.price-adam-elu', 'bottle-price', pri(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.price-rmsprop-relu-batch-200', 'bottle-price', pri(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 200));
add('ok.price-momentum-tanh-lecun', 'bottle-price', pri(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.price-minmax-target-adam-dropout', 'bottle-price', pri({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.price-nesterov-leaky-batch-4', 'bottle-price', pri(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.005), tr(20, 4));
add('ok.price-sgd-plain-sigmoid-full-batch', 'bottle-price', pri(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.5), tr(400, 800));
add('ok.panel-adam-tanh', 'panel-score', pan(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.panel-pct-rmsprop-relu', 'panel-pct', pan({ target: 'panel_pct' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.panel-adam-bn-deep-val', 'panel-score', pan(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.panel-sgd-plain-elu-batch-2', 'panel-score', pan(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.panel-adamw-style-decay-clip', 'panel-score', pan(), [d(64, 'leaky_relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0001, clipNorm: 5 }), tr(60));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(200, 150));
add('ok.moons-adam-relu', 'accord-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-8', 'accord-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 8));
add('ok.circles-adam-elu', 'bottle-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-relu-bn', 'bottle-ring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.spirals-adam-tanh-deep', 'swirl-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'accord-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'diffusion-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'diffusion-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 250));
add('ok.xor-adam-tanh', 'two-accord-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-xavier-normal', 'two-accord-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.blotter-inline-adam-tanh', 'blotter-sillage', INLINE_BLOTTER, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.blotter-inline-logistic-sgd-batch-4', 'blotter-sillage', INLINE_BLOTTER, [d(1, 'sigmoid')], 'bce', sgd(0.3), tr(200, 4));
add('ok.longevity-sgd-momentum-sigmoid-xavier', 'longevity-hours', lon(), [d(32, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', mom(0.05), tr(80));
add('ok.reaction-rmsprop-relu-dropout-val', 'skin-reaction', rea(), [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
