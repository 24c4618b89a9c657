/**
 * Writes every candidate spec of blind fault set 138 (orchards and fruit packing houses) into
 * candidates/: `npx tsx test/faults-blind138/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 138, data, layers, loss, optimizer, training, ...extra };
}

const GF = ['diameter_mm', 'weight_g', 'brix', 'blemish_pct', 'colour_pct', 'firmness_n'];
const grade = (x: Json = {}): Json => ({ csv: '../data/grade.csv', target: 'grade', features: GF, normalize: 'standard', ...x });
const FF = ['cold_days', 'room_temp_c', 'o2_pct', 'brix', 'diameter_mm', 'firmness_in_n'];
const firm = (x: Json = {}): Json => ({ csv: '../data/firmness.csv', target: 'firmness_out_n', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BF = ['drop_cm', 'belt_m_s', 'firmness_n', 'bin_fill_pct', 'diameter_mm', 'wet_fruit'];
const bruise = (x: Json = {}): Json => ({ csv: '../data/bruise.csv', target: 'bruise_reject', features: BF, normalize: 'standard', ...x });
const YF = ['hectares', 'tree_age_y', 'trees_per_ha', 'chill_hours', 'irrigation_mm', 'frost_event'];
const yld = (x: Json = {}): Json => ({ csv: '../data/yield.csv', target: 'yield_kg', features: YF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const PF = ['pickers', 'hours', 'fruit_per_tree', 'ladder_block', 'max_temp_c'];
const pick = (x: Json = {}): Json => ({ csv: '../data/picking.csv', target: 'bins_picked', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.4 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A grower's field notebook: fruit diameter (mm) and sugar (°Brix) -> export-grade (1) or not (0).
const INLINE_EXPORT = {
  inline: {
    x: [[62, 10.5], [70, 12.1], [75, 13.4], [80, 14.0], [66, 11.2], [72, 13.0], [78, 12.2], [84, 14.8], [58, 9.8], [68, 12.6], [74, 11.0], [82, 13.9],
      [64, 13.8], [76, 14.1], [60, 12.9], [86, 11.4], [71, 10.2], [79, 15.2], [67, 14.4], [73, 12.8], [63, 11.9], [81, 12.7], [69, 13.6], [77, 10.8]],
    y: [0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'fruit-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(50));
add('invalid-spec.gelu-activation', 'firmness-after-storage', firm(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.keras-loss-name', 'fruit-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', rms(0.002), tr(50));
add('invalid-spec.dropout-rate-1', 'bruise-reject', bruise(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'bins-picked', pick(), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 0));
add('invalid-spec.batchnorm-layer-type', 'block-yield', yld(), [d(32, 'relu'), { type: 'batchnorm' }, d(1)], 'mse', adam(0.003), tr(60));

add('data-error.na-brix-cells', 'firmness-after-storage-na', firm({ csv: '../data/firmness-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.block-id-feature', 'fruit-grade', grade({ features: ['block_id', ...GF] }), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.02), tr(50));
add('data-error.packed-at-timestamp-feature', 'fruit-grade', grade({ features: ['packed_at', ...GF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.firmness-capital-n-typo', 'bruise-reject', bruise({ features: ['drop_cm', 'belt_m_s', 'firmness_N', 'bin_fill_pct', 'diameter_mm', 'wet_fruit'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('data-error.yield-tonnes-target-missing', 'block-yield', yld({ target: 'yield_t' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.room-name-feature', 'firmness-after-storage', firm({ features: ['room', ...FF] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.shift-start-feature-tsv', 'bins-picked', pick({ features: ['shift_start', ...PF] }), [d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(60));

add('shape-mismatch.grade-four-heads-no-processor', 'fruit-grade', grade(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.firmness-n-and-lbf-one-output', 'firmness-after-storage', firm({ target: ['firmness_out_n', 'firmness_out_lbf'] }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.bruise-two-sigmoid-units', 'bruise-reject', bruise(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.spirals3-two-heads', 'row-spirals', SPIRALS3, [d(32, 'tanh'), d(2, 'softmax')], 'cce', adam(0.01), tr(60));
add('shape-mismatch.bins-and-yield-kg-one-output', 'block-yield', yld({ target: ['yield_kg', 'bins'] }), [d(32, 'relu'), d(1)], 'mse', nest(0.005), tr(60));

add('loss-activation-mismatch.relu-head-standardized-firmness', 'firmness-after-storage', firm(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-bins', 'bins-picked', pick(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.tanh-head-bce-bruise', 'bruise-reject', bruise(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.single-softmax-bce-export', 'export-grade', INLINE_EXPORT, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.relu-head-cce-grade', 'fruit-grade', grade(), [d(32, 'relu'), d(5, 'relu')], 'cce', mom(0.02), tr(50));
add('loss-activation-mismatch.softmax-head-mse-yield', 'block-yield', yld(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));

add('no-nonlinearity.sine-three-linear-adam', 'diurnal-temperature-sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', adam(0.005), tr(200, 16));
add('no-nonlinearity.spirals3-linear-cce-rmsprop', 'row-spirals', SPIRALS3, [d(64, 'linear'), d(64, 'linear'), d(3, 'softmax')], 'cce', rms(0.003), tr(100));
add('no-nonlinearity.circles-linear-sgd-batch-8', 'tree-ring-circles', CIRCLES, [d(16), d(16), d(16), d(16), d(1, 'sigmoid')], 'bce', sgd(0.02), tr(100, 8));
add('no-nonlinearity.xor-linear-dropout-nesterov', 'two-block-xor', XOR, [d(32, 'linear'), drop(0.1), d(32, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(150, 16));

add('lr-out-of-range.rmsprop-lr-50-grade', 'fruit-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(50), tr(20));
add('lr-out-of-range.nesterov-1e-10-firmness', 'firmness-after-storage', firm(), [d(32, 'elu'), d(1)], 'mse', nest(1e-10), tr(40));
add('lr-out-of-range.adam-1e-9-batch-4-bruise', 'bruise-reject', bruise(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(1e-9), tr(10, 4));
add('lr-out-of-range.sgd-lr-200-picking', 'bins-picked', pick(), [d(16, 'tanh'), d(1)], 'mse', mom(200, 0.5), tr(20));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-adam-firmness', 'firmness-after-storage', firm(), [d(32, 'sigmoid', { init: 'zeros' }), d(32, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.5-tanh-rmsprop-grade', 'fruit-grade', grade(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.zeros-relu-momentum-picking', 'bins-picked', pick(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(60));
add('init-symmetry.constant-0.2-elu-nesterov-spirals', 'row-spirals', SPIRALS3, [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(3, 'softmax', init('constant', { value: 0.2 }))], 'cce', nest(0.02), tr(100));
add('init-symmetry.zeros-tanh-sgd-moons', 'orchard-moons', MOONS, [d(24, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.1), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-firmness', 'firmness-after-storage', firm(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.002), tr(60));
add('init-scale.uniform-20-elu-picking', 'bins-picked', pick(), [d(32, 'elu', init('uniform', { limit: 20 })), d(32, 'elu', init('uniform', { limit: 20 })), d(1, 'linear', init('uniform', { limit: 20 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-5-four-relu-grade', 'fruit-grade', grade(), [...tower(4, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', nest(0.01), tr(50));
add('init-scale.uniform-6-tanh-bruise', 'bruise-reject', bruise(), [...tower(2, 64, 'tanh', init('uniform', { limit: 6 })), d(1, 'sigmoid', init('uniform', { limit: 6 }))], 'bce', sgd(0.05), tr(40));
add('init-scale.normal-std-4-relu-yield', 'block-yield', yld(), [...tower(3, 64, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(40));

add('dead-relu.bias-minus-4-three-layer-bruise', 'bruise-reject', bruise(), [...tower(3, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('dead-relu.sgd-2-batch-16-firmness', 'firmness-after-storage', firm(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(2), tr(30, 16));
add('dead-relu.bias-minus-20-wide-picking', 'bins-picked', pick(), [d(128, 'relu', { bias: -20 }), d(1)], 'mse', rms(0.002), tr(60));
add('dead-relu.adam-0.4-batch-16-deep-grade', 'fruit-grade', grade(), [...tower(4, 32, 'relu'), d(5, 'softmax')], 'cce', adam(0.4), tr(30, 16));
add('dead-relu.bias-minus-6-he-uniform-sine', 'diurnal-temperature-sine', SINE, [d(64, 'relu', { init: 'he_uniform', bias: -6 }), d(64, 'relu', { bias: -6 }), d(1)], 'mse', nest(0.01), tr(150, 16));

add('exploding-gradient.raw-yield-kg-target-adam', 'block-yield-raw-target', yld({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-cold-hours-nesterov', 'firmness-raw', firm({ features: ['cold_hours', 'room_temp_c', 'o2_pct', 'brix', 'diameter_mm', 'firmness_in_n'], normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0005), tr(30));
add('exploding-gradient.ten-elu-std-0.8-grade', 'fruit-grade', grade(), [...tower(10, 32, 'elu', init('normal', { std: 0.8 })), d(5, 'softmax')], 'cce', sgd(0.001), tr(30));
add('exploding-gradient.raw-bins-target-momentum', 'bins-picked-raw-target', pick({ normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.00001), tr(40));
add('exploding-gradient.raw-trees-per-ha-rmsprop', 'block-yield-raw-features', yld({ normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-nesterov-firmness', 'firmness-after-storage', firm(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', nest(0.01), tr(60));
add('vanishing-gradient.twelve-tanh-small-init-sgd-grade', 'fruit-grade', grade(), [...tower(12, 24, 'tanh', init('normal', { std: 0.08 })), d(5, 'softmax')], 'cce', sgd(0.05), tr(40));
add('vanishing-gradient.six-sigmoid-batch-4-picking', 'bins-picked', pick(), [...tower(6, 16, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.01), tr(20, 4));
add('vanishing-gradient.ten-sigmoid-rmsprop-circles', 'tree-ring-circles', CIRCLES, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(100));

add('nan-loss.momentum-lr-1-raw-yield-full-batch', 'block-yield-raw-target', yld({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(1, 0.9), tr(20, 800));
add('nan-loss.raw-features-sgd-0.1-picking', 'bins-picked-raw', pick({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.1), tr(20));
add('nan-loss.rmsprop-5-batch-2-firmness', 'firmness-after-storage', firm(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(5), tr(5, 2));
add('nan-loss.constant-3-linear-deep-bruise', 'bruise-reject', bruise(), [...tower(5, 32, 'linear', init('constant', { value: 3 })), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(20));
add('nan-loss.nesterov-0.99-lr-2-sine', 'diurnal-temperature-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(2, 0.99), tr(30, 8));

add('saturated-activation.tanh-raw-trees-per-ha-yield', 'block-yield-raw-features', yld({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-weight-grams-grade', 'fruit-grade-raw', grade({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.tanh-bias-minus-7-firmness', 'firmness-after-storage', firm(), [d(32, 'tanh', { bias: -7 }), d(32, 'tanh', { bias: -7 }), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-cold-hours-firmness', 'firmness-raw', firm({ features: ['cold_hours', 'room_temp_c', 'o2_pct', 'brix', 'diameter_mm', 'firmness_in_n'], normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('saturated-activation.tanh-raw-bin-fill-bruise', 'bruise-reject-raw', bruise({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));

add('lr-too-high.adam-0.3-batch-16-grade', 'fruit-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(40, 16));
add('lr-too-high.rmsprop-0.05-batch-2-firmness', 'firmness-after-storage', firm(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.sgd-0.8-batch-4-tanh-picking', 'bins-picked', pick(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.8), tr(20, 4));
add('lr-too-high.nesterov-0.5-momentum-0.95-bruise', 'bruise-reject', bruise(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.5, 0.95), tr(40));
add('lr-too-high.adam-0.15-batch-1-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.15), tr(15, 1));
add('lr-too-high.momentum-1.5-blobs4', 'orchard-blocks-blobs', BLOBS4, [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', mom(1.5), tr(40, 16));

add('lr-too-low.adam-3e-6-grade', 'fruit-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000003), tr(50));
add('lr-too-low.rmsprop-1e-6-bruise', 'bruise-reject', bruise(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(40));
add('lr-too-low.sgd-plain-1e-5-batch-4-picking', 'bins-picked', pick(), [d(16, 'elu'), d(1)], 'mse', sgd(0.00001), tr(20, 4));
add('lr-too-low.momentum-1e-7-firmness', 'firmness-after-storage', firm(), [d(32, 'relu'), d(1)], 'mse', mom(0.0000001, 0.9), tr(60));
add('lr-too-low.nesterov-1e-6-full-batch-sine', 'diurnal-temperature-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.000001), tr(200, 250));

add('oscillating-loss.nesterov-0.99-lr-0.05-full-batch-linear-picking', 'bins-picked', pick(), [d(1)], 'mse', nest(0.05, 0.99), tr(150, 900));
add('oscillating-loss.days-and-hours-momentum-0.95-full-batch-linear', 'firmness-after-storage', firm({ features: ['cold_days', 'cold_hours', 'room_temp_c', 'o2_pct', 'firmness_in_n'] }), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 900));
add('oscillating-loss.momentum-0.97-lr-0.5-softmax-regression-grade', 'fruit-grade', grade(), [d(5, 'softmax')], 'cce', mom(0.5, 0.97), tr(150, 1000));
add('oscillating-loss.momentum-0.95-lr-3-logistic-bruise-batch-600', 'bruise-reject', bruise(), [d(1, 'sigmoid')], 'bce', mom(3, 0.95), tr(150, 600));
add('oscillating-loss.rmsprop-0.1-full-batch-linear-yield', 'block-yield', yld(), [d(1)], 'mse', rms(0.1), tr(150, 800));
add('oscillating-loss.mm-and-inches-sgd-6-full-batch-softmax-grade', 'fruit-grade', grade({ features: ['diameter_mm', 'diameter_in', 'brix', 'firmness_n', 'firmness_lbf'] }), [d(5, 'softmax')], 'cce', sgd(6), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-0.1-batch-250-tanh-sine', 'diurnal-temperature-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(0.1, 0.99), tr(200, 250));
add('oscillating-loss.momentum-0.98-lr-0.2-batch-450-linear-picking', 'bins-picked', pick(), [d(1)], 'mse', mom(0.2, 0.98), tr(150, 450));

add('oscillating-loss.momentum-0.99-lr-0.05-batch-200-linear-yield', 'block-yield', yld(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 200));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-125-tanh-sine', 'diurnal-temperature-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(200, 125));
add('oscillating-loss.nesterov-0.98-lr-0.3-batch-300-elu-firmness', 'firmness-after-storage', firm(), [d(16, 'elu'), d(1)], 'mse', nest(0.3, 0.98), tr(150, 300));
add('oscillating-loss.momentum-0.99-lr-0.5-batch-400-softmax-grade', 'fruit-grade', grade(), [d(5, 'softmax')], 'cce', mom(0.5, 0.99), tr(150, 400));
add('loss-plateau.pallet-serial-only-bruise', 'bruise-reject', bruise({ features: ['pallet_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.crew-number-only-picking', 'bins-picked', pick({ features: ['crew_no'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.packing-lane-only-grade', 'fruit-grade', grade({ features: ['lane'] }), [d(16, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.weight-decay-5-rmsprop-firmness', 'firmness-after-storage', firm(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.97-yield', 'block-yield', yld(), [d(64, 'relu'), drop(0.97), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.grade-adam-relu', 'fruit-grade', grade(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.grade-rmsprop-elu-dropout', 'fruit-grade', grade(), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.grade-nesterov-tanh-batch-8', 'fruit-grade', grade(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(40, 8));
add('ok.grade-inches-lbf-minmax-adam-bn', 'fruit-grade', grade({ features: ['diameter_in', 'weight_g', 'brix', 'blemish_pct', 'colour_pct', 'firmness_lbf'], normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.grade-softmax-regression-sgd-val', 'fruit-grade', grade(), [d(5, 'softmax')], 'cce', sgd(0.5), tr(100, 32, { validationSplit: 0.2 }));
add('ok.grade-momentum-sigmoid-xavier-normal', 'fruit-grade', grade(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', mom(0.1), tr(80));
add('ok.grade-adam-leaky-full-batch', 'fruit-grade', grade(), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(300, 1000));
add('ok.firmness-adam-elu', 'firmness-after-storage', firm(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.firmness-rmsprop-relu-val', 'firmness-after-storage', firm(), [d(64, 'relu'), d(1)], 'mse', rms(0.001), tr(80, 32, { validationSplit: 0.15 }));
add('ok.firmness-lbf-target-nesterov-tanh', 'firmness-after-storage', firm({ target: 'firmness_out_lbf' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(80));
add('ok.firmness-minmax-sgd-leaky-batch-1', 'firmness-after-storage', firm({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(6, 1));
add('ok.firmness-adam-bn-dropout-deep', 'firmness-after-storage', firm(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64));
add('ok.firmness-momentum-sigmoid-decay', 'firmness-after-storage', firm(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(100));
add('ok.bruise-adam-relu', 'bruise-reject', bruise(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.bruise-logistic-rmsprop', 'bruise-reject', bruise(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.bruise-nesterov-tanh-batch-128', 'bruise-reject', bruise(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(120, 128));
add('ok.bruise-minmax-adam-elu-clip', 'bruise-reject', bruise({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(80));
add('ok.bruise-sgd-plain-relu-he-uniform-batch-16', 'bruise-reject', bruise(), [d(32, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 16));
add('ok.yield-adam-relu', 'block-yield', yld(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.yield-rmsprop-elu-batch-16', 'block-yield', yld(), [d(64, 'elu'), d(1)], 'mse', rms(0.002), tr(100, 16));
add('ok.yield-bins-target-adam-tanh-clip', 'block-yield', yld({ target: 'bins' }), [d(64, 'tanh'), d(1)], 'mse', adam(0.005, { clipNorm: 5 }), tr(120));
add('ok.yield-minmax-target-nesterov-leaky', 'block-yield', yld({ normalizeTarget: 'minmax' }), [d(64, 'leaky_relu'), d(1)], 'mse', nest(0.05), tr(120));
add('ok.picking-adam-tanh', 'bins-picked', pick(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.picking-rmsprop-relu-lecun', 'bins-picked', pick(), [d(32, 'relu', { init: 'lecun_normal' }), d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(80));
add('ok.picking-sgd-plain-elu-batch-2', 'bins-picked', pick(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.picking-nesterov-relu-decay-val', 'bins-picked', pick(), [d(32, 'relu'), d(1)], 'mse', nest(0.02, 0.9, { weightDecay: 0.0005 }), tr(80, 32, { validationSplit: 0.2 }));
add('ok.picking-adam-bn-full-batch', 'bins-picked', pick(), [d(32, 'elu', { batchNorm: true }), d(1)], 'mse', adam(0.01), tr(300, 900));
add('ok.iris-adam-elu', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-tanh-batch-4', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', nest(0.02), tr(60, 4));
add('ok.moons-rmsprop-relu', 'orchard-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));
add('ok.moons-sgd-tanh-full-batch', 'orchard-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.5), tr(400, 400));
add('ok.circles-adam-leaky', 'tree-ring-circles', CIRCLES, [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'tree-ring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals3-adam-tanh-deep', 'row-spirals', SPIRALS3, [d(64, 'tanh'), d(64, 'tanh'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'orchard-blocks-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-adam-elu-batch-8', 'diurnal-temperature-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(200, 8));
add('ok.sine-rmsprop-tanh-full-batch', 'diurnal-temperature-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.005), tr(500, 250));
add('ok.xor-adam-relu-xavier-uniform', 'two-block-xor', XOR, [d(16, 'relu', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-tanh', 'two-block-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.export-inline-adam-tanh', 'export-grade', INLINE_EXPORT, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.export-inline-rmsprop-elu-batch-4', 'export-grade', INLINE_EXPORT, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 4));
add('ok.yield-sgd-plain-sigmoid-full-batch', 'block-yield', yld(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.5), tr(400, 800));
add('ok.grade-rmsprop-relu-weight-decay-batch-256', 'fruit-grade', grade(), [d(64, 'relu'), d(5, 'softmax')], 'cce', rms(0.003, { weightDecay: 0.0001 }), tr(120, 256));
add('ok.firmness-linear-sgd-full-batch', 'firmness-after-storage', firm(), [d(1)], 'mse', sgd(0.1), tr(200, 900));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
