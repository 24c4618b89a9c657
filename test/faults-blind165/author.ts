/**
 * Writes every candidate spec of blind fault set 165 (pottery and ceramics studios) into candidates/:
 * `npx tsx test/faults-blind165/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 165, data, layers, loss, optimizer, training, ...extra };
}

const FF = ['load_kg', 'peak_c', 'glaze_mm', 'shelves', 'ramp_c_per_h'];
const fire = (x: Json = {}): Json => ({ csv: '../data/firing.csv', target: 'firing_hours', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['iron_pct', 'silica_pct', 'zinc_pct', 'peak_c', 'cool_c_per_h', 'thickness_mm'];
const glz = (x: Json = {}): Json => ({ csv: '../data/glaze.csv', target: 'glaze_type', features: GF, normalize: 'standard', ...x });
const CF = ['clay_g', 'wall_mm', 'moisture_pct', 'ramp_c_per_h', 'peak_c', 'handles'];
const crk = (x: Json = {}): Json => ({ csv: '../data/cracks.csv', target: 'cracked', features: CF, normalize: 'standard', ...x });
const PF = ['weight_kg', 'making_hours', 'glaze_count', 'maker_years', 'gallery', 'wood_fired'];
const prc = (x: Json = {}): Json => ({ csv: '../data/price.csv', target: 'price_usd', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['ball_clay_pct', 'kaolin_pct', 'feldspar_pct', 'grog_pct', 'peak_c', 'hold_min'];
const shr = (x: Json = {}): Json => ({ csv: '../data/shrinkage.csv', target: 'shrink_um', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const kwh = (x: Json = {}): Json => shr({ target: 'kiln_kwh', ...x });
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
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02, classes: 3 };
const BLOBS4 = { builtin: 'blobs', samples: 320, classes: 4, noise: 0.3 };
const BLOBS7 = { builtin: 'blobs', samples: 420, classes: 7, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A studio notebook: bisque temperature (C) and wall thickness (mm) -> glaze crawled (1) or not (0).
const INLINE_CRAWL = {
  inline: {
    x: [[900, 4], [950, 5], [1000, 6], [1050, 7], [900, 9], [950, 10], [1000, 11], [1050, 12], [920, 6], [980, 8], [1020, 5], [1040, 10], [910, 11], [960, 12], [1010, 4], [1060, 9], [930, 7], [990, 13], [1030, 6], [1070, 8], [940, 10], [1000, 9], [1045, 4], [915, 12]],
    y: [1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1],
  },
  normalize: 'minmax',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'glaze-type', glz(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(40));
add('invalid-spec.selu-activation', 'firing-hours', fire(), [d(32, 'selu'), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.sparse-cce-loss', 'glaze-type', glz(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', rms(0.003), tr(40));
add('invalid-spec.dropout-rate-1', 'cracked', crk(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'shrinkage', shr(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(40, 0));

add('data-error.na-glaze-mm', 'firing-hours-na', fire({ csv: '../data/firing-na.csv' }), [d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(40));
add('data-error.kiln-id-feature', 'firing-hours', fire({ features: ['kiln_id', ...FF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.test-date-feature', 'shrinkage', shr({ features: ['test_date', ...SF] }), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(40));
add('data-error.clay-kg-typo', 'cracked', crk({ features: ['clay_kg', 'wall_mm', 'moisture_pct', 'ramp_c_per_h', 'peak_c', 'handles'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.target-price-not-price-usd', 'price', prc({ target: 'price' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.sku-feature', 'price', prc({ features: ['sku', ...PF] }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(40));

add('shape-mismatch.glaze-four-heads-no-crystalline', 'glaze-type', glz(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.shrink-and-kwh-one-output', 'shrinkage', shr({ target: ['shrink_um', 'kiln_kwh'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.blobs7-five-heads', 'kiln-clusters', BLOBS7, [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.003), tr(40));
add('shape-mismatch.cracked-two-sigmoid-bce', 'cracked', crk(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.relu-head-bce-cracked', 'cracked', crk(), [d(24, 'relu'), d(1, 'relu')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-moons', 'moons', MOONS, [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(80));
add('loss-activation-mismatch.sigmoid-head-standardized-firing', 'firing-hours', fire(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-single-unit-bce', 'crawl-inline', INLINE_CRAWL, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(100, 8));
add('loss-activation-mismatch.relu-head-standardized-kwh', 'kiln-kwh', kwh(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.003), tr(60));

add('no-nonlinearity.circles-four-linear-adam', 'circles', CIRCLES, [d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.moons-linear-bn-rmsprop', 'moons', MOONS, [d(32, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.spirals-linear-nesterov', 'spirals', SPIRALS, [d(64), d(64), d(3, 'softmax')], 'cce', nest(0.02), tr(100, 16));
add('no-nonlinearity.xor-linear-dropout-sgd', 'xor', XOR, [d(16), drop(0.1), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 10));

add('lr-out-of-range.sgd-lr-40-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(40), tr(60, 16));
add('lr-out-of-range.momentum-negative-kwh', 'kiln-kwh', kwh(), [d(32, 'relu'), d(1)], 'mse', mom(-0.01), tr(40));
add('lr-out-of-range.rmsprop-lr-15-glaze', 'glaze-type', glz(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(15), tr(30));
add('lr-out-of-range.adam-1e-9-firing', 'firing-hours', fire(), [d(32, 'elu'), d(1)], 'mse', adam(1e-9), tr(40));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-deep-sigmoid-circles', 'circles', CIRCLES, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(100));
add('init-symmetry.constant-0.3-tanh-glaze', 'glaze-type', glz(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', rms(0.005), tr(40));
add('init-symmetry.zeros-relu-momentum-spirals', 'spirals', SPIRALS, [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', mom(0.05), tr(100, 16));
add('init-symmetry.constant-0.5-elu-moons', 'moons', MOONS, [d(16, 'elu', init('constant', { value: 0.5 })), d(16, 'elu', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', adam(0.005), tr(80));

add('init-scale.normal-std-8-sigmoid-cracked', 'cracked', crk(), [d(32, 'sigmoid', init('normal', { std: 8 })), d(32, 'sigmoid', init('normal', { std: 8 })), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('init-scale.uniform-1e-5-six-tanh-kwh', 'kiln-kwh', kwh(), [...tower(6, 32, 'tanh', init('uniform', { limit: 1e-5 })), d(1)], 'mse', rms(0.003), tr(40));
add('init-scale.normal-std-4-elu-firing', 'firing-hours', fire(), [d(64, 'elu', init('normal', { std: 4 })), d(64, 'elu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', mom(0.001), tr(40));
add('init-scale.normal-1e-3-five-relu-glaze', 'glaze-type', glz(), [...tower(5, 32, 'relu', init('normal', { std: 1e-3 })), d(5, 'softmax')], 'cce', sgd(0.05), tr(40));

add('dead-relu.bias-minus-8-wide-firing', 'firing-hours', fire(), [d(128, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(40));
add('dead-relu.bias-minus-4-three-layer-glaze', 'glaze-type', glz(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', rms(0.003), tr(40));
add('dead-relu.constant-minus-0.5-init-cracked', 'cracked', crk(), [d(32, 'relu', init('constant', { value: -0.5 })), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('dead-relu.adam-0.1-batch-2-price', 'price', prc(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 2));
add('dead-relu.rmsprop-0.1-batch-1-shrink-bias-neg', 'shrinkage', shr(), [d(16, 'relu', { bias: -1 }), d(16, 'relu', { bias: -1 }), d(1)], 'mse', rms(0.1), tr(15, 1));

add('exploding-gradient.raw-shrink-um-adam-0.01', 'shrinkage-raw', shr({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.raw-clay-grams-momentum', 'cracked-raw', crk({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('exploding-gradient.raw-price-rmsprop-0.01-full', 'price-raw', prc({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.01), tr(100, 900));
add('exploding-gradient.he-std-2-eight-relu-kwh', 'kiln-kwh', kwh(), [...tower(8, 32, 'relu', init('normal', { std: 1.2 })), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-peak-c-nesterov-glaze', 'glaze-raw', glz({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.01), tr(40));

add('vanishing-gradient.eight-sigmoid-std-0.1-cracked', 'cracked', crk(), [...tower(8, 32, 'sigmoid', init('normal', { std: 0.1 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40));
add('vanishing-gradient.six-sigmoid-xavier-sgd-circles', 'circles', CIRCLES, [...tower(6, 16, 'sigmoid', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100));
add('vanishing-gradient.seven-tanh-std-0.02-glaze', 'glaze-type', glz(), [...tower(7, 32, 'tanh', init('normal', { std: 0.02 })), d(5, 'softmax')], 'cce', mom(0.01), tr(40));
add('vanishing-gradient.five-sigmoid-momentum-firing', 'firing-hours', fire(), [...tower(5, 24, 'sigmoid', init('normal', { std: 0.05 })), d(1)], 'mse', mom(0.01), tr(40));
add('vanishing-gradient.eight-sigmoid-rmsprop-moons', 'moons', MOONS, [...tower(8, 16, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60));

add('saturated-activation.sigmoid-raw-clay-grams', 'cracked', crk({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-bias-7-firing', 'firing-hours', fire(), [d(32, 'tanh', { bias: 7 }), d(32, 'tanh', { bias: 7 }), d(1)], 'mse', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-peak-kwh', 'kiln-kwh', kwh({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(40));
add('saturated-activation.sigmoid-std-3-deep-glaze', 'glaze-type', glz(), [...tower(4, 32, 'sigmoid', init('normal', { std: 3 })), d(5, 'softmax')], 'cce', nest(0.01), tr(40));
add('saturated-activation.sigmoid-raw-silica-glaze', 'glaze-type', glz({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(40));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-2-batch-1-firing', 'firing-hours', fire(), [d(32, 'relu'), d(1)], 'mse', sgd(2), tr(10, 1));
add('nan-loss.raw-shrink-um-sgd-0.01', 'shrinkage-raw', shr({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.constant-3-relu-four-layers-price', 'price', prc(), [...tower(4, 32, 'relu', init('constant', { value: 3 })), d(1)], 'mse', mom(0.01), tr(20));
add('nan-loss.raw-grams-target-nesterov', 'firing-grams', fire({ target: 'load_g', features: ['peak_c', 'glaze_mm', 'shelves', 'ramp_c_per_h', 'firing_hours'], normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', nest(0.001, 0.9), tr(20, 8));
add('nan-loss.momentum-0.99-lr-1-kwh', 'kiln-kwh', kwh(), [d(32, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(20, 16));

add('lr-too-high.rmsprop-0.1-batch-1-firing', 'firing-hours', fire(), [d(32, 'relu'), d(1)], 'mse', rms(0.1), tr(15, 1));
add('lr-too-high.adam-0.1-batch-4-glaze', 'glaze-type', glz(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.1), tr(30, 4));
add('lr-too-high.nesterov-0.8-batch-8-cracked', 'cracked', crk(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.8), tr(40, 8));
add('lr-too-high.sgd-plain-3-batch-16-kwh', 'kiln-kwh', kwh(), [d(32, 'tanh'), d(1)], 'mse', sgd(3), tr(40, 16));
add('lr-too-high.adam-0.05-batch-1-price-elu', 'price', prc(), [d(64, 'elu'), d(64, 'elu'), d(1)], 'mse', adam(0.05), tr(15, 1));
add('lr-too-high.rmsprop-0.08-batch-8-spirals', 'spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', rms(0.08), tr(60, 8));

add('lr-too-low.adam-1e-5-glaze', 'glaze-type', glz(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-5), tr(40));
add('lr-too-low.rmsprop-2e-6-firing', 'firing-hours', fire(), [d(32, 'tanh'), d(1)], 'mse', rms(2e-6), tr(40, 16));
add('lr-too-low.sgd-plain-1e-4-deep-circles', 'circles', CIRCLES, [...tower(4, 32, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', sgd(1e-4), tr(100));
add('lr-too-low.nesterov-1e-5-price', 'price', prc(), [d(32, 'relu'), d(1)], 'mse', nest(1e-5), tr(40));
add('lr-too-low.raw-kwh-adam-0.01-crawl', 'kiln-kwh-raw', kwh({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(80));
add('lr-too-low.raw-price-rmsprop-0.01-batch-64', 'price-raw', prc({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.01), tr(80, 64));

add('oscillating-loss.momentum-0.95-full-batch-linear-firing', 'firing-hours', fire(), [d(1)], 'mse', mom(0.08, 0.95), tr(150, 1000));
add('oscillating-loss.sgd-0.95-full-batch-kg-and-g-linear', 'firing-hours', fire({ features: ['load_kg', 'load_g', 'peak_c', 'cone', 'glaze_mm', 'shelves', 'ramp_c_per_h'] }), [d(1)], 'mse', sgd(0.3), tr(150, 1000));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-shrink', 'shrinkage', shr(), [d(1)], 'mse', rms(0.05), tr(150, 800));
add('oscillating-loss.adam-0.1-full-batch-tanh-kwh', 'kiln-kwh', kwh(), [d(8, 'tanh'), d(1)], 'mse', adam(0.1), tr(150, 800));
add('oscillating-loss.nesterov-0.99-batch-200-price-linear', 'price', prc(), [d(1)], 'mse', nest(0.2, 0.99), tr(120, 200));
add('oscillating-loss.sgd-plain-0.55-full-batch-cone-peak', 'firing-hours', fire({ features: ['peak_c', 'cone', 'load_kg', 'load_g'] }), [d(1)], 'mse', sgd(0.26), tr(150, 1000));
add('oscillating-loss.momentum-0.9-lr-0.1-full-batch-logistic-cracked', 'cracked', crk(), [d(1, 'sigmoid')], 'bce', mom(3, 0.9), tr(150, 1200));
add('oscillating-loss.rmsprop-0.02-batch-400-linear-kwh', 'kiln-kwh', kwh(), [d(1)], 'mse', rms(0.02), tr(150, 400));

add('loss-plateau.shelf-slot-only-glaze', 'glaze-type', glz({ features: ['shelf_slot'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.piece-serial-only-cracked', 'cracked', crk({ features: ['piece_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(40));
add('loss-plateau.fired-epoch-only-cracked', 'cracked', crk({ features: ['fired_epoch'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('loss-plateau.weight-decay-2-momentum-firing', 'firing-hours', fire(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 2 }), tr(40));
add('loss-plateau.dropout-0.9-tanh-kwh', 'kiln-kwh', kwh(), [d(8, 'tanh'), drop(0.9), d(8, 'tanh'), drop(0.9), d(1)], 'mse', adam(0.003), tr(40));

add('shape-mismatch.spirals-default-two-classes-three-heads', 'spirals', { builtin: 'spirals', samples: 300, noise: 0.02 }, [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(60));
add('oscillating-loss.sgd-plain-0.24-full-batch-cone-peak', 'firing-hours', fire({ features: ['peak_c', 'cone', 'load_kg', 'load_g'] }), [d(1)], 'mse', sgd(0.24), tr(150, 1000));
add('oscillating-loss.momentum-0.9-lr-0.4-full-batch-linear-shrink', 'shrinkage', shr(), [d(1)], 'mse', mom(0.4, 0.9), tr(150, 800));
add('oscillating-loss.rmsprop-0.3-full-batch-linear-firing', 'firing-hours', fire(), [d(1)], 'mse', rms(0.3), tr(150, 1000));
add('oscillating-loss.nesterov-0.95-lr-0.15-batch-500-kwh-tanh', 'kiln-kwh', kwh(), [d(8, 'tanh'), d(1)], 'mse', nest(0.15, 0.95), tr(150, 500));

// ---------------------------------------------------------------- healthy candidates
add('ok.firing-adam-relu', 'firing-hours', fire(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.firing-rmsprop-0.01-batch-1-tanh', 'firing-hours', fire(), [d(16, 'tanh'), d(1)], 'mse', rms(0.01), tr(10, 1));
add('ok.firing-nesterov-elu-dropout', 'firing-hours', fire(), [d(64, 'elu'), drop(0.1), d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.firing-sgd-plain-relu-val', 'firing-hours', fire(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(80, 16, { validationSplit: 0.2 }));
add('ok.firing-minmax-adam-leaky', 'firing-hours', fire({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.01), tr(80));
add('ok.firing-linear-adam', 'firing-hours', fire(), [d(1)], 'mse', adam(0.05), tr(60, 64));
add('ok.glaze-adam-relu', 'glaze-type', glz(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.glaze-rmsprop-0.05-batch-64-tanh', 'glaze-type', glz(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.05), tr(40, 64));
add('ok.glaze-deep-tanh-xavier-adam', 'glaze-type', glz(), [...tower(5, 32, 'tanh', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', adam(0.001), tr(40));
add('ok.glaze-deep-sigmoid-bn-adam', 'glaze-type', glz(), [...tower(6, 32, 'sigmoid', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.glaze-momentum-elu-decay', 'glaze-type', glz(), [d(64, 'elu'), d(5, 'softmax')], 'cce', mom(0.02, 0.9, { weightDecay: 1e-3 }), tr(40));
add('ok.glaze-dropout-0.3-rmsprop', 'glaze-type', glz(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.3), d(5, 'softmax')], 'cce', rms(0.002), tr(60, 32, { validationSplit: 0.15 }));
add('ok.glaze-minmax-adam-0.02-full-batch', 'glaze-type', glz({ normalize: 'minmax' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.02), tr(150, 1000));
add('ok.cracked-adam-relu', 'cracked', crk(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.cracked-logistic-sgd', 'cracked', crk(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 16));
add('ok.cracked-rmsprop-0.01-tanh-decay', 'cracked', crk(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.01, { weightDecay: 1e-4 }), tr(40, 64));
add('ok.cracked-deep-tanh-bn-nesterov', 'cracked', crk(), [...tower(4, 16, 'tanh', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('ok.price-adam-relu', 'price', prc(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.price-rmsprop-0.02-elu-full-batch', 'price', prc(), [d(32, 'elu'), d(1)], 'mse', rms(0.02), tr(200, 900));
add('ok.price-momentum-tanh-clip', 'price', prc(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9, { clipNorm: 1 }), tr(60, 16));
add('ok.price-dropout-0.1-adam-val', 'price', prc(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.shrink-adam-linear', 'shrinkage', shr(), [d(1)], 'mse', adam(0.02), tr(60));
add('ok.shrink-rmsprop-relu-batch-4', 'shrinkage', shr(), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(30, 4));
add('ok.shrink-deep-sigmoid-xavier-adam', 'shrinkage', shr(), [...tower(4, 32, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', adam(0.003), tr(80));
add('ok.shrink-deep-tanh-bn-rmsprop-0.01', 'shrinkage', shr(), [...tower(6, 32, 'tanh', { batchNorm: true }), d(1)], 'mse', rms(0.01), tr(40, 32));
add('ok.kwh-raw-adam-0.1-batch-16', 'kiln-kwh-raw', kwh({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(200, 16));
add('ok.kwh-raw-rmsprop-0.05-batch-8', 'kiln-kwh-raw', kwh({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(150, 8));
add('ok.kwh-raw-adam-0.05-linear-batch-4', 'kiln-kwh-raw', kwh({ normalizeTarget: 'none' }), [d(1)], 'mse', adam(0.05), tr(150, 4));
add('ok.shrink-raw-adam-0.1-linear-batch-1', 'shrinkage-raw', shr({ normalizeTarget: 'none' }), [d(1)], 'mse', adam(0.1), tr(200, 1));
add('ok.kwh-sgd-momentum-weight-decay', 'kiln-kwh', kwh(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 1e-3 }), tr(60));
add('ok.iris-adam-tanh', 'iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-batch-1', 'iris', IRIS, [d(8, 'relu'), d(3, 'softmax')], 'cce', rms(0.01), tr(30, 1));
add('ok.moons-adam-relu-bn', 'moons', MOONS, [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(80));
add('ok.circles-rmsprop-0.03-tanh', 'circles', CIRCLES, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.03), tr(100, 16));
add('ok.spirals-adam-relu-deep', 'spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
add('ok.blobs4-sgd-plain-sigmoid', 'kiln-clusters', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100, 16));
add('ok.blobs7-adam-0.05-full-batch-elu', 'kiln-clusters', BLOBS7, [d(32, 'elu'), d(7, 'softmax')], 'cce', adam(0.05), tr(150, 420));
add('ok.sine-adam-tanh-deep', 'sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(200));
add('ok.xor-rmsprop-leaky', 'xor', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(100));
add('ok.crawl-inline-adam-tanh', 'crawl-inline', INLINE_CRAWL, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(200, 8));
add('ok.moons-deep-sigmoid-xavier-adam', 'moons', MOONS, [...tower(5, 16, 'sigmoid', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.glaze-rmsprop-0.1-full-batch-relu', 'glaze-type', glz(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.1), tr(60, 1000));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
