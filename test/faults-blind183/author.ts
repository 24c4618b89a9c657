/**
 * Writes every candidate spec of blind fault set 183 (saddlers and leatherworkers' tack rooms) into
 * candidates/: `npx tsx test/faults-blind183/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 183, data, layers, loss, optimizer, training, ...extra };
}

const RF = ['stitch_count', 'leather_mm', 'panel_cm2', 'reflock', 'tree_repair', 'saddler_years'];
const rep = (x: Json = {}): Json => ({ csv: '../data/repairs.csv', target: 'repair_min', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['tree_width_cm', 'seat_in', 'flap_cm', 'weight_kg', 'horn', 'pommels'];
const sad = (x: Json = {}): Json => ({ csv: '../data/saddles.csv', target: 'saddle_type', features: SF, normalize: 'standard', ...x });
const FF = ['wither_width_cm', 'tree_width_cm', 'girth_cm', 'horse_age_y', 'order_value_eur', 'delivery_days'];
const fit = (x: Json = {}): Json => ({ csv: '../data/fitting.csv', target: 'returned', features: FF, normalize: 'standard', ...x });
const GF = ['height_hh', 'heart_girth_cm', 'weight_kg', 'dressage_girth'];
const gir = (x: Json = {}): Json => ({ csv: '../data/girths.csv', target: 'girth_cm', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const OF = ['items', 'hand_stitched', 'leather_grade', 'custom_tree', 'rush', 'bench_hours'];
const ord = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'value_eur', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A saddler's bench notes: stitches per inch and thread thickness (mm) -> the seam held the pull test (1) or tore (0).
const INLINE_SEAM = {
  inline: {
    x: [[6, 0.6], [7, 0.6], [8, 0.8], [9, 0.8], [10, 1.0], [5, 0.4], [6, 0.8], [7, 1.0], [8, 0.4], [9, 0.6], [10, 0.4], [11, 0.6], [12, 0.8], [5, 0.6], [6, 1.0], [7, 0.4], [8, 0.6], [9, 1.0], [10, 0.8], [11, 1.0], [12, 0.4], [4, 0.8], [4, 1.0], [12, 1.0]],
    y: [0, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillations first
add('oscillating-loss.momentum-0.97-lr-0.3-full-batch-linear-girth', 'girth-length', gir(), [d(1)], 'mse', mom(0.3, 0.97), tr(150, 800));
add('oscillating-loss.cm-and-inches-sgd-0.9-full-batch-linear', 'girth-length', gir({ features: ['height_hh', 'heart_girth_cm', 'heart_girth_in', 'weight_kg', 'dressage_girth'] }), [d(1)], 'mse', sgd(0.45), tr(150, 800));
add('oscillating-loss.adam-0.3-full-batch-linear-orders', 'order-value', ord(), [d(1)], 'mse', adam(0.3), tr(200, 850));
add('oscillating-loss.nesterov-0.99-lr-0.1-batch-300-repairs', 'repair-minutes', rep(), [d(1)], 'mse', nest(0.1, 0.99), tr(150, 300));
add('oscillating-loss.rmsprop-0.05-batch-550-logistic-fitting', 'returned-fitting', fit(), [d(1, 'sigmoid')], 'bce', rms(0.05), tr(150, 550));
add('oscillating-loss.momentum-0.95-lr-3-logistic-seam', 'seam-pull-test', INLINE_SEAM, [d(1, 'sigmoid')], 'bce', mom(3, 0.95), tr(250, 24));
add('oscillating-loss.sgd-plain-1.1-batch-400-linear-repairs', 'repair-minutes', rep(), [d(1)], 'mse', sgd(1.1), tr(150, 450));
add('oscillating-loss.adam-0.08-full-batch-tanh-girth', 'girth-length', gir(), [d(8, 'tanh'), d(1)], 'mse', adam(0.08), tr(200, 800));
add('oscillating-loss.momentum-0.99-lr-0.5-softmax-regression-saddles', 'saddle-type', sad(), [d(6, 'softmax')], 'cce', mom(0.5, 0.99), tr(150, 1000));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-orders-minmax', 'order-value', ord({ normalize: 'minmax' }), [d(1)], 'mse', sgd(2.5), tr(150, 850));

add('oscillating-loss.momentum-0.98-lr-0.4-full-batch-linear-repairs', 'repair-minutes', rep(), [d(1)], 'mse', mom(0.4, 0.98), tr(150, 900));
add('oscillating-loss.nesterov-0.98-lr-0.3-full-batch-linear-orders', 'order-value', ord(), [d(1)], 'mse', nest(0.3, 0.98), tr(150, 850));
add('oscillating-loss.momentum-0.97-lr-0.15-batch-100-linear-girth', 'girth-length', gir(), [d(1)], 'mse', mom(0.15, 0.97), tr(100, 100));
add('oscillating-loss.momentum-0.98-lr-0.2-full-batch-elu-girth', 'girth-length', gir(), [d(8, 'elu'), d(1)], 'mse', mom(0.2, 0.98), tr(150, 800));

add('oscillating-loss.momentum-0.98-lr-0.35-full-batch-linear-orders', 'order-value', ord(), [d(1)], 'mse', mom(0.35, 0.98), tr(150, 850));
add('oscillating-loss.nesterov-0.97-lr-0.5-batch-450-linear-repairs', 'repair-minutes', rep(), [d(1)], 'mse', nest(0.5, 0.97), tr(150, 450));
add('oscillating-loss.momentum-0.98-lr-0.1-full-batch-tanh-repairs', 'repair-minutes', rep(), [d(8, 'tanh'), d(1)], 'mse', mom(0.1, 0.98), tr(150, 900));
add('oscillating-loss.momentum-0.98-lr-1-full-batch-minmax-linear-girth', 'girth-length', gir({ normalize: 'minmax' }), [d(1)], 'mse', mom(1, 0.98), tr(150, 800));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'repair-minutes', rep(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'saddle-type', sad(), [d(32, 'gelu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.keras-loss-name', 'saddle-type', sad(), [d(32, 'relu'), d(6, 'softmax')], 'categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.dropout-rate-1.5', 'returned-fitting', fit(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batchnorm-as-layer', 'girth-length', gir(), [d(32, 'relu'), { type: 'batchnorm' }, d(1)], 'mse', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'order-value', ord(), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 0));

add('data-error.na-leather-mm', 'repair-minutes-na', rep({ csv: '../data/repairs-na.csv' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.horse-id-feature', 'repair-minutes', rep({ features: ['horse_id', ...RF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.received-ts-feature', 'repair-minutes', rep({ features: ['received_ts', ...RF] }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.target-typo-girth-length', 'girth-length', gir({ target: 'girth_length' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.ordered-at-feature-tabs', 'order-value', ord({ features: ['ordered_at', ...OF] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.wrong-folder-fitting', 'returned-fitting', fit({ csv: 'data/fitting.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.saddles-five-heads-no-side-saddle', 'saddle-type', sad(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.girth-cm-and-inches-one-output', 'girth-length', gir({ target: ['girth_cm', 'girth_in'] }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'tack-blobs', BLOBS4, [d(16, 'elu'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));
add('shape-mismatch.spirals3-two-sigmoid-heads-bce', 'rein-spirals', SPIRALS3, [d(32, 'tanh'), d(2, 'sigmoid')], 'bce', adam(0.005), tr(100));

add('loss-activation-mismatch.tanh-head-bce-fitting', 'returned-fitting', fit(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-saddles', 'saddle-type', sad(), [d(32, 'relu'), d(6, 'sigmoid')], 'cce', rms(0.002), tr(50));
add('loss-activation-mismatch.relu-head-standardized-girth', 'girth-length', gir(), [d(32, 'tanh'), d(1, 'relu')], 'mse', mom(0.01), tr(60));
add('loss-activation-mismatch.softmax-one-unit-bce-moons', 'bridle-moons', MOONS, [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.01), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-orders', 'order-value', ord(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));

add('no-nonlinearity.xor-two-linear-rmsprop', 'buckle-xor', XOR, [d(16), d(16), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.circles-linear-dropout-nesterov', 'cantle-circles', CIRCLES, [d(64, 'linear'), drop(0.1), d(1, 'sigmoid')], 'bce', nest(0.05), tr(120, 16));
add('no-nonlinearity.spirals3-linear-adam-batch-4', 'rein-spirals', SPIRALS3, [d(32), d(32), d(3, 'softmax')], 'cce', adam(0.003), tr(40, 4));
add('no-nonlinearity.moons-linear-sgd-batch-1', 'bridle-moons', MOONS, [d(8, 'linear'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(15, 1));

add('lr-out-of-range.sgd-lr-40-girth', 'girth-length', gir(), [d(16, 'relu'), d(1)], 'mse', sgd(40), tr(20));
add('lr-out-of-range.adam-lr-10-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(10), tr(60, 16));
add('lr-out-of-range.nesterov-1e-8-saddles', 'saddle-type', sad(), [d(32, 'relu'), d(6, 'softmax')], 'cce', nest(1e-8), tr(40));
add('lr-out-of-range.rmsprop-lr-4-repairs', 'repair-minutes', rep(), [d(32, 'elu'), d(1)], 'mse', rms(4), tr(30));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-relu-adam-repairs', 'repair-minutes', rep(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.5-tanh-saddles', 'saddle-type', sad(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(6, 'softmax', init('constant', { value: 0.5 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.zeros-sigmoid-momentum-circles', 'cantle-circles', CIRCLES, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.1), tr(150, 16));
add('init-symmetry.constant-0.3-elu-spirals', 'rein-spirals', SPIRALS, [d(32, 'elu', init('constant', { value: 0.3 })), d(32, 'elu', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', adam(0.005), tr(150));

add('init-scale.normal-std-8-sigmoid-saddles', 'saddle-type', sad(), [d(64, 'sigmoid', init('normal', { std: 8 })), d(6, 'softmax', init('normal', { std: 8 }))], 'cce', adam(0.002), tr(40));
add('init-scale.uniform-limit-3-elu-four-layer-girth', 'girth-length', gir(), [...tower(4, 48, 'elu', init('uniform', { limit: 3 })), d(1, 'linear', init('uniform', { limit: 3 }))], 'mse', nest(0.001), tr(40));
add('init-scale.normal-1e-5-relu-six-layer-fitting', 'returned-fitting', fit(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'sigmoid', init('normal', { std: 0.00001 }))], 'bce', adam(0.001), tr(40));
add('init-scale.normal-std-4-tanh-wide-orders', 'order-value', ord(), [d(128, 'tanh', init('normal', { std: 4 })), d(128, 'tanh', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', sgd(0.001), tr(40));

add('dead-relu.bias-minus-4-three-layer-saddles', 'saddle-type', sad(), [...tower(3, 32, 'relu', { bias: -4 }), d(6, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.bias-minus-20-wide-girth', 'girth-length', gir(), [d(128, 'relu', { bias: -20 }), d(1)], 'mse', mom(0.01), tr(60));
add('dead-relu.nesterov-0.8-batch-4-orders', 'order-value', ord(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', nest(0.8), tr(10, 4));
add('dead-relu.sgd-plain-3-he-uniform-repairs', 'repair-minutes', rep(), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', sgd(3), tr(20, 64));
add('dead-relu.bias-minus-2-bn-off-moons-deep', 'bridle-moons', MOONS, [...tower(4, 16, 'relu', { bias: -2, init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(100, 16));

add('exploding-gradient.raw-value-cents-target-nesterov', 'order-value-cents', ord({ target: 'value_cents', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.0001), tr(40));
add('exploding-gradient.raw-girth-features-momentum', 'girth-length-raw', gir({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.001), tr(40, 16));
add('exploding-gradient.ten-elu-std-0.7-repairs', 'repair-minutes', rep(), [...tower(10, 32, 'elu', init('normal', { std: 0.7 })), d(1)], 'mse', adam(0.0005), tr(40));
add('exploding-gradient.raw-repair-minutes-target-rmsprop', 'repair-minutes-raw', rep({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-fitting-value-sgd', 'returned-fitting-raw', fit({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(30, 64));

add('vanishing-gradient.eight-sigmoid-sgd-saddles', 'saddle-type', sad(), [...tower(8, 32, 'sigmoid'), d(6, 'softmax')], 'cce', sgd(0.1), tr(50));
add('vanishing-gradient.nine-sigmoid-momentum-moons', 'bridle-moons', MOONS, [...tower(9, 16, 'sigmoid', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', mom(0.02), tr(100));
add('vanishing-gradient.seven-sigmoid-narrow-rmsprop-girth', 'girth-length', gir(), [...tower(7, 6, 'sigmoid'), d(1)], 'mse', rms(0.0005), tr(60));
add('vanishing-gradient.ten-tanh-std-0.02-fitting', 'returned-fitting', fit(), [...tower(10, 24, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40));

add('saturated-activation.sigmoid-raw-order-value-fitting', 'returned-fitting-raw', fit({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-bias-minus-7-girth', 'girth-length', gir(), [d(32, 'tanh', { bias: -7 }), d(32, 'tanh', { bias: -7 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.tanh-raw-stitch-count-repairs', 'repair-minutes-raw-features', rep({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-saddle-features', 'saddle-type-raw', sad({ normalize: 'none' }), [d(32, 'sigmoid'), d(6, 'softmax')], 'cce', mom(0.05), tr(50));
add('saturated-activation.sigmoid-bias-9-orders', 'order-value', ord(), [d(32, 'sigmoid', { bias: 9 }), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-6-batch-1-girth', 'girth-length', gir(), [d(16, 'tanh'), d(1)], 'mse', sgd(6), tr(3, 1));
add('nan-loss.raw-cents-target-sgd', 'order-value-cents', ord({ target: 'value_cents', normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.momentum-0.99-lr-2-repairs', 'repair-minutes', rep(), [d(32, 'elu'), d(1)], 'mse', mom(2, 0.99), tr(20));
add('nan-loss.sgd-raw-features-raw-target-full-batch', 'repair-minutes-raw', rep({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.001), tr(20, 900));
add('nan-loss.nesterov-lr-5-sine', 'saddle-rock-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(5), tr(20, 8));

add('lr-too-high.sgd-plain-0.6-batch-8-girth', 'girth-length', gir(), [d(32, 'relu'), d(1)], 'mse', sgd(0.6), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-1-fitting', 'returned-fitting', fit(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(5, 1));
add('lr-too-high.adam-0.3-batch-16-saddles', 'saddle-type', sad(), [d(32, 'relu'), d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.3), tr(30, 16));
add('lr-too-high.nesterov-0.6-circles', 'cantle-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.6), tr(60, 8));
add('lr-too-high.momentum-0.95-lr-0.4-iris', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', mom(0.4, 0.95), tr(40, 8));
add('lr-too-high.adam-0.1-batch-2-repairs', 'repair-minutes', rep(), [d(64, 'relu'), d(1)], 'mse', adam(0.1), tr(8, 2));

add('lr-too-low.adam-1e-5-full-batch-saddles', 'saddle-type', sad(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.00001), tr(40, 1000));
add('lr-too-low.sgd-plain-1e-4-moons', 'bridle-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.0001), tr(60));
add('lr-too-low.rmsprop-1e-6-orders', 'order-value', ord(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-1e-5-girth-batch-8', 'girth-length', gir(), [d(32, 'relu'), d(1)], 'mse', nest(0.00001), tr(30, 8));
add('lr-too-low.momentum-3e-6-fitting', 'returned-fitting', fit(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.000003), tr(40));

add('loss-plateau.rivet-lot-only-fitting', 'returned-fitting', fit({ features: ['rivet_lot'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.bench-number-only-saddles', 'saddle-type', sad({ features: ['bench_no'] }), [d(16, 'tanh'), d(6, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.weight-decay-2-rmsprop-girth', 'girth-length', gir(), [d(32, 'elu'), d(1)], 'mse', rms(0.002, { weightDecay: 2 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-orders', 'order-value', ord(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));
add('loss-plateau.dropout-0.97-repairs', 'repair-minutes', rep(), [d(32, 'relu'), drop(0.97), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.repairs-adam-relu', 'repair-minutes', rep(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.repairs-rmsprop-elu-val', 'repair-minutes', rep(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.repairs-nesterov-tanh-batch-16', 'repair-minutes', rep(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.repairs-minmax-sgd-leaky-batch-1', 'repair-minutes', rep({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.02), tr(6, 1));
add('ok.repairs-linear-sgd-full-batch', 'repair-minutes', rep(), [d(1)], 'mse', sgd(0.2), tr(200, 900));
add('ok.repairs-adam-bn-dropout-val', 'repair-minutes', rep(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(80, 64, { validationSplit: 0.15 }));
add('ok.saddles-adam-relu', 'saddle-type', sad(), [d(32, 'relu'), d(16, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.saddles-rmsprop-tanh-dropout', 'saddle-type', sad(), [d(64, 'tanh'), drop(0.2), d(6, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.saddles-momentum-sigmoid-batch-64', 'saddle-type', sad(), [d(32, 'sigmoid'), d(6, 'softmax')], 'cce', mom(0.1), tr(80, 64));
add('ok.saddles-minmax-nesterov-elu-batch-8', 'saddle-type', sad({ normalize: 'minmax' }), [d(32, 'elu'), d(6, 'softmax')], 'cce', nest(0.01), tr(40, 8));
add('ok.saddles-softmax-regression-adam-full-batch', 'saddle-type', sad(), [d(6, 'softmax')], 'cce', adam(0.03), tr(200, 1000));
add('ok.saddles-sgd-plain-leaky-bn-decay', 'saddle-type', sad(), [d(48, 'leaky_relu', { batchNorm: true }), d(6, 'softmax')], 'cce', sgd(0.1, { weightDecay: 0.0001 }), tr(50, 32));
add('ok.fitting-adam-relu', 'returned-fitting', fit(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));
add('ok.fitting-rmsprop-tanh-val', 'returned-fitting', fit(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 32, { validationSplit: 0.2 }));
add('ok.fitting-nesterov-elu-clip', 'returned-fitting', fit(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9, { clipNorm: 1 }), tr(100, 16));
add('ok.fitting-adam-leaky-bn-batch-128', 'returned-fitting', fit(), [d(64, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120, 128));
add('ok.girth-adam-elu', 'girth-length', gir(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.girth-inches-rmsprop-relu', 'girth-length', gir({ target: 'girth_in' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.girth-momentum-tanh-lecun-batch-8', 'girth-length', gir(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(40, 8));
add('ok.girth-minmax-target-adam-dropout', 'girth-length', gir({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.girth-sgd-plain-sigmoid-batch-4', 'girth-length', gir(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(30, 4));
add('ok.girth-nesterov-relu-decay-full-batch', 'girth-length', gir(), [d(32, 'relu'), d(1)], 'mse', nest(0.05, 0.9, { weightDecay: 0.0001 }), tr(300, 800));
add('ok.orders-adam-relu', 'order-value', ord(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-rmsprop-elu-batch-256', 'order-value', ord(), [d(64, 'elu'), d(1)], 'mse', rms(0.003), tr(200, 256));
add('ok.orders-nesterov-tanh-xavier-normal', 'order-value', ord(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', nest(0.01), tr(80));
add('ok.orders-adam-deep-bn-clip', 'order-value', ord(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(80, 64));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-tanh-batch-1', 'iris-demo', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.02), tr(40, 1));
add('ok.moons-adam-relu', 'bridle-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-rmsprop-elu-full-batch', 'bridle-moons', MOONS, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(300, 400));
add('ok.circles-adam-tanh', 'cantle-circles', CIRCLES, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'cantle-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-relu-deep', 'rein-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.spirals3-rmsprop-tanh', 'rein-spirals', SPIRALS3, [d(64, 'tanh'), d(64, 'tanh'), d(3, 'softmax')], 'cce', rms(0.003), tr(300));
add('ok.blobs4-momentum-sigmoid', 'tack-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', mom(0.1), tr(100));
add('ok.sine-adam-tanh', 'saddle-rock-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-rmsprop-elu-batch-250', 'saddle-rock-sine', SINE, [d(32, 'elu'), d(1)], 'mse', rms(0.01), tr(500, 250));
add('ok.xor-adam-leaky-he-uniform', 'buckle-xor', XOR, [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-tanh-batch-2', 'buckle-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(40, 2));
add('ok.seam-inline-adam-tanh', 'seam-pull-test', INLINE_SEAM, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.seam-inline-logistic-rmsprop-batch-6', 'seam-pull-test', INLINE_SEAM, [d(1, 'sigmoid')], 'bce', rms(0.01), tr(300, 6));
add('ok.fitting-sgd-plain-relu-xavier', 'returned-fitting', fit(), [d(32, 'relu', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
