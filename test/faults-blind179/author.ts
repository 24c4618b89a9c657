/**
 * Writes every candidate spec of blind fault set 179 (blacksmiths and farriers' forges) into
 * candidates/: `npx tsx test/faults-blind179/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 179, data, layers, loss, optimizer, training, ...extra };
}

const HF = ['forge_temp_c', 'bar_length_mm', 'carbon_pct', 'quench_s', 'oil_quench', 'hammer_blows'];
const heats = (x: Json = {}): Json => ({ csv: '../data/heats.csv', target: 'hardness_hrc', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['spark_bursts', 'spark_color', 'forge_temp_c', 'hammer_blows', 'scale_g'];
const grade = (x: Json = {}): Json => ({ csv: '../data/grade.csv', target: 'steel_grade', features: GF, normalize: 'standard', ...x });
const WF = ['weld_temp_c', 'thickness_mm', 'hammer_blows', 'flux', 'reheats', 'section_mm2'];
const weld = (x: Json = {}): Json => ({ csv: '../data/weld.csv', target: 'cracked', features: WF, normalize: 'standard', ...x });
const CF = ['labour_h', 'steel_kg', 'pieces', 'ornate', 'rush'];
const comm = (x: Json = {}): Json => ({ csv: '../data/commission.csv', target: 'price_eur', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['weight_kg', 'hoof_width_mm', 'age_y', 'hind', 'hot_shod'];
const shoe = (x: Json = {}): Json => ({ csv: '../data/shoeing.csv', target: 'shoe_size', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
// A farrier's chalkboard: horse weight (kg) and hoof width (mm) -> needs a size-3-or-larger shoe (1) or not (0).
const INLINE_SHOE = {
  inline: {
    x: [[350, 115], [420, 120], [480, 124], [510, 128], [560, 130], [600, 133], [640, 135], [700, 140], [750, 143], [800, 147], [380, 118], [450, 122], [530, 129], [580, 131], [620, 136], [680, 139], [720, 141], [900, 152], [300, 112], [470, 126]],
    y: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillating-loss (written first)
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-shoe', 'shoe-size', shoe(), [d(1)], 'mse', mom(0.3, 0.95), tr(60, 800));
add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-linear-heats-c-and-f', 'hardness', heats({ features: ['forge_temp_c', 'forge_temp_f', 'bar_length_mm', 'bar_length_in', 'carbon_pct', 'quench_s'] }), [d(1)], 'mse', mom(0.1, 0.99), tr(150, 1000));
add('oscillating-loss.nesterov-0.98-lr-0.3-full-batch-linear-commission', 'commission-price', comm(), [d(1)], 'mse', nest(0.3, 0.98), tr(120, 900));
add('oscillating-loss.momentum-0.97-lr-0.2-full-batch-elu-minutes', 'shoeing-minutes', shoe({ target: 'minutes' }), [d(8, 'elu'), d(1)], 'mse', mom(0.2, 0.97), tr(120, 800));
add('oscillating-loss.rmsprop-0.3-full-batch-linear-heats', 'hardness', heats(), [d(1)], 'mse', rms(0.3), tr(120, 1000));
add('oscillating-loss.momentum-0.99-lr-2-full-batch-logistic-weld', 'cracked-weld', weld(), [d(1, 'sigmoid')], 'bce', mom(2, 0.99), tr(150, 1200));
add('oscillating-loss.sgd-plain-1.2-batch-500-linear-shoe', 'shoe-size', shoe(), [d(1)], 'mse', sgd(1.2), tr(100, 400));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-heats', 'hardness', heats(), [d(1)], 'mse', sgd(1.9), tr(150, 1000));
add('oscillating-loss.nesterov-0.99-lr-0.08-full-batch-logistic-weld', 'cracked-weld', weld(), [d(1, 'sigmoid')], 'bce', nest(0.08, 0.99), tr(200, 1200));
add('oscillating-loss.rmsprop-0.05-batch-400-tanh-grade', 'steel-grade', grade(), [d(8, 'tanh'), d(5, 'softmax')], 'cce', rms(0.05), tr(150, 550));
add('oscillating-loss.adam-0.3-full-batch-linear-commission', 'commission-price', comm(), [d(1)], 'mse', adam(0.3), tr(150, 900));
add('oscillating-loss.momentum-0.99-lr-0.5-inline-logistic', 'shoe-board', INLINE_SHOE, [d(1, 'sigmoid')], 'bce', mom(0.5, 0.99), tr(300, 20));
add('oscillating-loss.sgd-plain-2.05-batch-200-linear-shoe', 'shoe-size', shoe(), [d(1)], 'mse', sgd(2.05), tr(80, 200));
add('oscillating-loss.momentum-0.9-lr-0.4-full-batch-relu-heats', 'hardness', heats(), [d(8, 'relu'), d(1)], 'mse', mom(0.4, 0.9), tr(150, 1000));

// ---------------------------------------------------------------- static faults
add('invalid-spec.leakyrelu-camelcase', 'hardness', heats(), [d(32, 'LeakyReLU'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.adamw-optimizer', 'steel-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'adamw', lr: 0.001 }, tr(50));
add('invalid-spec.sparse-cce-loss', 'steel-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.batch-size-zero', 'shoe-size', shoe(), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60, 0));
add('invalid-spec.dense-units-zero', 'cracked-weld', weld(), [d(0, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1', 'commission-price', comm(), [d(32, 'relu'), drop(1), d(1)], 'mse', adam(0.003), tr(60));

add('data-error.na-quench-seconds', 'hardness-na', heats({ csv: '../data/heats-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.smith-id-feature', 'hardness', heats({ features: ['smith_id', ...HF] }), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.order-date-feature', 'commission-price', comm({ features: ['order_date', ...CF] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.horse-id-feature-tab', 'shoe-size', shoe({ features: ['horse_id', ...SF] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.hoof-width-cm-typo', 'shoe-size', shoe({ features: ['weight_kg', 'hoof_width_cm', 'age_y', 'hind', 'hot_shod'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.weld-target-misspelt', 'cracked-weld', weld({ target: 'crack' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.missing-heats-2025-file', 'hardness', heats({ csv: '../data/heats-2025.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.grade-four-heads-no-wrought', 'steel-grade', grade(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.size-and-minutes-one-output', 'shoeing', shoe({ target: ['shoe_size', 'minutes'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'forge-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.02), tr(60));
add('shape-mismatch.weld-two-sigmoid-heads-bce', 'cracked-weld', weld(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('loss-activation-mismatch.grade-sigmoid-heads-cce', 'steel-grade', grade(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.weld-tanh-head-bce', 'cracked-weld', weld(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-heats', 'hardness', heats(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.softmax-single-unit-mse-shoe', 'shoe-size', shoe(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-raw-minutes', 'shoeing-minutes', shoe({ target: 'minutes', normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));

add('no-nonlinearity.circles-two-linear-adam', 'quench-tank-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.xor-linear-rmsprop-batch-1', 'tongs-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', rms(0.005), tr(30, 1));
add('no-nonlinearity.sine-four-linear-nesterov', 'bellows-sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', nest(0.01), tr(150, 16));
add('no-nonlinearity.moons-linear-dropout-momentum', 'anvil-moons', MOONS, [d(64), drop(0.2), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));

add('lr-out-of-range.rmsprop-lr-3-grade', 'steel-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(3), tr(30));
add('lr-out-of-range.nesterov-lr-1e-8-weld', 'cracked-weld', weld(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(1e-8), tr(40));
add('lr-out-of-range.adam-lr-15-shoe', 'shoe-size', shoe(), [d(32, 'elu'), d(1)], 'mse', adam(15), tr(30));
add('lr-out-of-range.sgd-lr-50-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(50), tr(30, 16));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-heats', 'hardness', heats(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.5-tanh-momentum-grade', 'steel-grade', grade(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', mom(0.02), tr(50));
add('init-symmetry.zeros-sigmoid-sgd-spirals', 'scroll-spirals', SPIRALS, [d(32, 'sigmoid', { init: 'zeros' }), d(32, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.1), tr(100, 16));
add('init-symmetry.constant-0.2-elu-adam-moons', 'anvil-moons', MOONS, [d(24, 'elu', init('constant', { value: 0.2 })), d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', adam(0.01), tr(100));

add('init-scale.normal-std-4-sigmoid-grade', 'steel-grade', grade(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', adam(0.001), tr(40));
add('init-scale.uniform-6-elu-shoe', 'shoe-size', shoe(), [...tower(3, 64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', nest(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-commission', 'commission-price', comm(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-1e-3-seven-tanh-weld', 'cracked-weld', weld(), [...tower(7, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', sgd(0.05), tr(40));
add('init-scale.normal-std-10-tanh-iris', 'iris-demo', IRIS, [d(32, 'tanh', init('normal', { std: 10 })), d(3, 'softmax', init('normal', { std: 10 }))], 'cce', rms(0.001), tr(100, 16));

add('dead-relu.bias-minus-8-adam-grade', 'steel-grade', grade(), [d(64, 'relu', { bias: -8 }), d(64, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', adam(0.002), tr(50));
add('dead-relu.bias-minus-4-nesterov-shoe', 'shoe-size', shoe(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.adam-0.08-batch-4-commission', 'commission-price', comm(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.08), tr(20, 4));
add('dead-relu.sgd-1.5-batch-1-heats', 'hardness', heats(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(1.5), tr(5, 1));
add('dead-relu.bias-minus-6-deep-sine', 'bellows-sine', SINE, [...tower(4, 32, 'relu', { bias: -6 }), d(1)], 'mse', rms(0.002), tr(150, 16));

add('exploding-gradient.raw-price-target-nesterov', 'commission-price-raw-target', comm({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0001), tr(40));
add('exploding-gradient.raw-section-mm2-weld-adam', 'cracked-weld-raw', weld({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40));
add('exploding-gradient.raw-minutes-target-rmsprop', 'shoeing-minutes-raw', shoe({ target: 'minutes', normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.0005), tr(40));
add('exploding-gradient.fifteen-relu-std-0.5-heats', 'hardness', heats(), [...tower(15, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', mom(0.00001), tr(30));
add('exploding-gradient.raw-forge-temp-grade-sgd', 'steel-grade-raw', grade({ normalize: 'none' }), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(0.001), tr(30));

add('vanishing-gradient.ten-sigmoid-momentum-heats', 'hardness', heats(), [...tower(10, 32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.eight-sigmoid-rmsprop-grade', 'steel-grade', grade(), [...tower(8, 24, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.0005), tr(50));
add('vanishing-gradient.nine-tanh-std-0.02-circles', 'quench-tank-circles', CIRCLES, [...tower(9, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100));
add('vanishing-gradient.twelve-sigmoid-sgd-shoe', 'shoe-size', shoe(), [...tower(12, 16, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60, 16));

add('nan-loss.raw-price-sgd-batch-8', 'commission-price-raw-target', comm({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(20, 8));
add('nan-loss.rmsprop-0.5-batch-1-shoe', 'shoe-size', shoe(), [d(32, 'tanh'), d(32, 'relu'), d(1)], 'mse', rms(0.5), tr(5, 1));
add('nan-loss.nesterov-0.99-lr-2-weld', 'cracked-weld', weld(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(2, 0.99), tr(30));
add('nan-loss.raw-fahrenheit-momentum-full-batch', 'hardness-raw', heats({ normalize: 'none', normalizeTarget: 'none', features: ['forge_temp_f', 'bar_length_mm', 'carbon_pct', 'quench_s'] }), [d(16, 'relu'), d(1)], 'mse', mom(0.001), tr(30, 1000));
add('nan-loss.constant-3-leaky-deep-grade', 'steel-grade', grade(), [...tower(5, 64, 'leaky_relu', init('constant', { value: 3 })), d(5, 'softmax')], 'cce', sgd(0.01), tr(20));
add('nan-loss.sgd-8-sine-batch-2', 'bellows-sine', SINE, [d(32, 'relu'), d(1)], 'mse', sgd(8), tr(20, 2));

add('saturated-activation.tanh-raw-weld-temp', 'cracked-weld-raw', weld({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('saturated-activation.sigmoid-raw-blows-grade', 'steel-grade-raw', grade({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-8-heats', 'hardness', heats(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', adam(0.002), tr(60));
add('saturated-activation.tanh-raw-weight-kg-shoe', 'shoe-size-raw', shoe({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-minus-7-commission', 'commission-price', comm(), [d(32, 'tanh', { bias: -7 }), d(1)], 'mse', mom(0.01), tr(60));

add('lr-too-high.rmsprop-0.2-batch-16-grade', 'steel-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.2), tr(40, 16));
add('lr-too-high.sgd-plain-0.9-batch-4-heats', 'hardness', heats(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.9), tr(20, 4));
add('lr-too-high.adam-0.3-batch-32-weld', 'cracked-weld', weld(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(40));
add('lr-too-high.nesterov-0.5-batch-8-shoe', 'shoe-size', shoe(), [d(32, 'relu'), d(1)], 'mse', nest(0.5), tr(20, 8));
add('lr-too-high.momentum-0.8-batch-16-blobs4', 'forge-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'softmax')], 'cce', mom(0.8), tr(40, 16));
add('lr-too-high.adam-0.1-batch-2-iris', 'iris-demo', IRIS, [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(20, 2));

add('lr-too-low.adam-3e-6-grade', 'steel-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000003), tr(50));
add('lr-too-low.sgd-plain-1e-5-heats-batch-16', 'hardness', heats(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(60, 16));
add('lr-too-low.rmsprop-1e-6-weld', 'cracked-weld', weld(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(40));
add('lr-too-low.momentum-3e-6-circles-full-batch', 'quench-tank-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.000003), tr(200, 300));
add('lr-too-low.nesterov-5e-6-commission', 'commission-price', comm(), [d(32, 'elu'), d(1)], 'mse', nest(0.000005), tr(60, 64));

add('loss-plateau.flux-serial-only-weld', 'cracked-weld', weld({ features: ['flux_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.anvil-number-only-grade', 'steel-grade', grade({ features: ['anvil_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('loss-plateau.hind-only-minutes', 'shoeing-minutes', shoe({ target: 'minutes', features: ['hind'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-heats', 'hardness', heats(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-shoe', 'shoe-size', shoe(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));

add('init-symmetry.zeros-tanh-adam-iris', 'iris-demo', IRIS, [d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', adam(0.01), tr(100, 16));
add('init-symmetry.constant-0.3-leaky-nesterov-shoe', 'shoe-size', shoe(), [d(32, 'leaky_relu', init('constant', { value: 0.3 })), d(32, 'leaky_relu', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', nest(0.005), tr(60));
add('lr-too-high.sgd-plain-0.3-batch-1-weld', 'cracked-weld', weld(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3), tr(8, 1));
add('lr-too-high.rmsprop-0.05-batch-8-commission', 'commission-price', comm(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(30, 8));

// ---------------------------------------------------------------- healthy
add('ok.heats-adam-relu', 'hardness', heats(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.heats-rmsprop-elu-val', 'hardness', heats(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.heats-fahrenheit-inches-nesterov-tanh', 'hardness', heats({ features: ['forge_temp_f', 'bar_length_in', 'carbon_pct', 'quench_s', 'oil_quench', 'hammer_blows'] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.heats-minmax-sgd-leaky-batch-1', 'hardness', heats({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.02), tr(6, 1));
add('ok.heats-adam-bn-dropout-batch-128', 'hardness', heats(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.heats-linear-sgd-full-batch', 'hardness', heats(), [d(1)], 'mse', sgd(0.2), tr(200, 1000));
add('ok.heats-momentum-sigmoid-decay', 'hardness', heats(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.grade-adam-relu', 'steel-grade', grade(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.grade-rmsprop-tanh-dropout', 'steel-grade', grade(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.grade-nesterov-elu-batch-8', 'steel-grade', grade(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(30, 8));
add('ok.grade-minmax-momentum-bn', 'steel-grade', grade({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', mom(0.05), tr(60, 64));
add('ok.grade-softmax-regression-sgd-full-batch', 'steel-grade', grade(), [d(5, 'softmax')], 'cce', sgd(0.5), tr(300, 1100));
add('ok.grade-adam-sigmoid-clip-val', 'steel-grade', grade(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.01, { clipNorm: 1 }), tr(60, 32, { validationSplit: 0.15 }));
add('ok.weld-adam-relu', 'cracked-weld', weld(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.weld-logistic-rmsprop', 'cracked-weld', weld(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.weld-momentum-tanh-batch-64', 'cracked-weld', weld(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 64));
add('ok.weld-minmax-adam-elu-decay', 'cracked-weld', weld({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { weightDecay: 0.0001 }), tr(80));
add('ok.commission-adam-elu', 'commission-price', comm(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.commission-rmsprop-relu-batch-256', 'commission-price', comm(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.commission-minmax-target-nesterov-tanh', 'commission-price', comm({ normalizeTarget: 'minmax' }), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.02), tr(100));
add('ok.commission-adam-leaky-batch-4-clip', 'commission-price', comm(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.001, { clipNorm: 5 }), tr(20, 4));
add('ok.shoe-adam-tanh', 'shoe-size', shoe(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.shoe-sgd-plain-relu-he-uniform', 'shoe-size', shoe(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', sgd(0.05), tr(60, 16));
add('ok.shoe-minutes-rmsprop-elu', 'shoeing-minutes', shoe({ target: 'minutes' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.shoe-momentum-bn-deep-val', 'shoe-size', shoe(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.02), tr(80, 64, { validationSplit: 0.2 }));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(200, 150));
add('ok.moons-adam-relu', 'anvil-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-8', 'anvil-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 8));
add('ok.circles-adam-elu', 'quench-tank-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-rmsprop-leaky-xavier-normal', 'quench-tank-circles', CIRCLES, [d(32, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.spirals-adam-tanh-deep', 'scroll-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'forge-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'bellows-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'bellows-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 250));
add('ok.xor-adam-tanh', 'tongs-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-relu-bn', 'tongs-xor', XOR, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.inline-shoe-adam-tanh', 'shoe-board', INLINE_SHOE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 20));
add('ok.inline-shoe-logistic-sgd-batch-1', 'shoe-board', INLINE_SHOE, [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 1));
add('ok.weld-nesterov-relu-dropout-val', 'cracked-weld', weld(), [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', nest(0.02), tr(80, 32, { validationSplit: 0.2 }));
add('ok.heats-adam-xavier-uniform-sigmoid-batch-2', 'hardness', heats(), [d(16, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', adam(0.002), tr(10, 2));
add('ok.commission-momentum-elu-full-batch', 'commission-price', comm(), [d(16, 'elu'), d(1)], 'mse', mom(0.1), tr(300, 900));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
