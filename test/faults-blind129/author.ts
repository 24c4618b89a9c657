/**
 * Writes every candidate spec of blind fault set 129 (blood banks and donation centres) into
 * candidates/: `npx tsx test/faults-blind129/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 129, data, layers, loss, optimizer, training, ...extra };
}

const HF = ['male', 'age', 'weight_kg', 'days_since_last', 'lifetime_donations', 'iron_supplement'];
const hb = (x: Json = {}): Json => ({ csv: '../data/donors.csv', target: 'hb_g_dl', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['anti_a', 'anti_b', 'a1_cells', 'b_cells', 'anti_a_titre', 'lab_temp_c'];
const grp = (x: Json = {}): Json => ({ csv: '../data/groups.csv', target: 'abo_group', features: GF, normalize: 'standard', ...x });
const AF = ['age', 'weight_kg', 'first_time', 'volume_ml', 'hb_g_dl', 'sleep_h', 'anxiety_score'];
const adv = (x: Json = {}): Json => ({ csv: '../data/adverse.csv', target: 'adverse_reaction', features: AF, normalize: 'standard', ...x });
const SF = ['storage_days', 'storage_temp_c', 'bag_volume_ml', 'irradiated', 'haematocrit'];
const sto = (x: Json = {}): Json => ({ csv: '../data/storage.csv', target: 'potassium_mmol_l', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const WF = ['hour', 'walk_in', 'staff_on_shift', 'queue_len', 'beds'];
const wt = (x: Json = {}): Json => ({ csv: '../data/wait.csv', target: 'wait_min', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A mobile-unit nurse's notes: donor pulse (bpm) and systolic pressure (mmHg) -> deferred (1) or accepted (0).
const INLINE_DEFER = {
  inline: {
    x: [[62, 118], [105, 120], [70, 185], [58, 95], [110, 150], [75, 130], [68, 125], [99, 128], [102, 140], [64, 178], [80, 122], [72, 88], [66, 140], [108, 132], [74, 182], [60, 115], [78, 119], [96, 124], [70, 92], [84, 136], [115, 118], [69, 190], [73, 127], [88, 121]],
    y: [0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-hb', 'donor-hb', hb(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 1000));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-storage', 'storage-potassium', sto(), [d(1)], 'mse', sgd(1.9), tr(120, 900));
add('oscillating-loss.nesterov-0.97-lr-0.2-batch-300-linear-wait', 'wait-minutes', wt(), [d(1)], 'mse', nest(0.2, 0.97), tr(150, 300));
add('oscillating-loss.weight-kg-and-lb-sgd-0.9-full-batch', 'donor-hb', hb({ features: ['male', 'weight_kg', 'weight_lb', 'days_since_last', 'iron_supplement'], normalize: 'minmax' }), [d(1)], 'mse', sgd(0.9), tr(150, 1000));
add('oscillating-loss.adam-0.3-full-batch-logistic-adverse', 'adverse-reaction', adv(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1200));
add('oscillating-loss.rmsprop-0.05-batch-500-tanh-storage', 'storage-potassium', sto(), [d(8, 'tanh'), d(1)], 'mse', rms(0.05), tr(150, 450));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-128-softmax-groups', 'abo-group', grp(), [d(4, 'softmax')], 'cce', mom(0.05, 0.99), tr(100, 128));
add('oscillating-loss.sgd-plain-2.1-full-batch-linear-hb', 'donor-hb', hb(), [d(1)], 'mse', sgd(2.1), tr(120, 1000));
add('oscillating-loss.momentum-0.9-lr-1.2-full-batch-linear-wait', 'wait-minutes', wt(), [d(1)], 'mse', mom(1.2, 0.9), tr(150, 900));
add('oscillating-loss.rmsprop-0.5-batch-64-linear-hb', 'donor-hb', hb(), [d(1)], 'mse', rms(0.5), tr(60, 64));

add('oscillating-loss.rmsprop-0.3-batch-128-linear-storage', 'storage-potassium', sto(), [d(1)], 'mse', rms(0.3), tr(60, 128));
add('oscillating-loss.rmsprop-0.4-batch-32-linear-wait', 'wait-minutes', wt(), [d(1)], 'mse', rms(0.4), tr(40));
add('oscillating-loss.adam-0.5-batch-64-linear-hb', 'donor-hb', hb(), [d(1)], 'mse', adam(0.5), tr(60, 64));
add('oscillating-loss.sgd-plain-1.5-full-batch-linear-hb', 'donor-hb', hb(), [d(1)], 'mse', sgd(1.5), tr(150, 1000));
add('oscillating-loss.momentum-0.9-lr-0.8-batch-200-linear-storage', 'storage-potassium', sto(), [d(1)], 'mse', mom(0.8, 0.9), tr(100, 200));
add('oscillating-loss.rmsprop-0.3-batch-16-tanh-adverse', 'adverse-reaction', adv(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.3), tr(40, 16));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'donor-hb', hb(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'abo-group', grp(), [d(32, 'gelu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.sparse-cce-loss', 'abo-group', grp(), [d(32, 'relu'), d(4, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.batch-size-zero', 'adverse-reaction', adv(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40, 0));
add('invalid-spec.units-string', 'wait-minutes', wt(), [d('32' as unknown as number, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.lstm-layer', 'storage-potassium', sto(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-weight-kg', 'donor-hb-na', hb({ csv: '../data/donors-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.centre-id-feature', 'donor-hb', hb({ features: ['centre_id', ...HF] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.appointment-ts-feature', 'donor-hb', hb({ features: ['appointment_ts', ...HF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.haemoglobin-spelling', 'adverse-reaction', adv({ features: ['age', 'weight_kg', 'first_time', 'volume_ml', 'hemoglobin', 'sleep_h', 'anxiety_score'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.unit-no-feature-storage', 'storage-potassium', sto({ features: ['unit_no', ...SF] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(50));
add('data-error.target-wait-minutes-typo', 'wait-minutes', wt({ target: 'wait_mins' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.missing-file-path', 'abo-group', grp({ csv: '../data/blood_groups.csv' }), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));

add('shape-mismatch.groups-three-heads-no-ab', 'abo-group', grp(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.groups-eight-heads-rh', 'abo-group', grp(), [d(32, 'tanh'), d(8, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.wait-min-and-hours-one-output', 'wait-minutes', wt({ target: ['wait_min', 'wait_h'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.adverse-two-outputs-bce', 'adverse-reaction', adv(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.iris-four-heads', 'iris-demo', IRIS, [d(16, 'relu'), d(4, 'softmax')], 'cce', nest(0.02), tr(80, 16));

add('loss-activation-mismatch.groups-sigmoid-head-cce', 'abo-group', grp(), [d(32, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.adverse-tanh-head-bce', 'adverse-reaction', adv(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.hb-relu-head-standardized', 'donor-hb', hb(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.wait-softmax-single-output-mse', 'wait-minutes', wt(), [d(32, 'relu'), d(1, 'softmax')], 'mse', rms(0.002), tr(40));
add('loss-activation-mismatch.moons-linear-head-bce', 'donor-moons', MOONS, [d(32, 'relu'), d(1)], 'bce', nest(0.02), tr(80));
add('loss-activation-mismatch.storage-sigmoid-head-standardized', 'storage-potassium', sto(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', sgd(0.05), tr(60, 16));

add('no-nonlinearity.circles-four-linear-adam', 'cooler-rings-circles', CIRCLES, [d(64), d(64), d(64), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.xor-linear-bn-rmsprop', 'two-antigen-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(16, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.moons-linear-nesterov-batch-4', 'donor-moons', MOONS, [d(32), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40, 4));
add('no-nonlinearity.sine-linear-stack-mse', 'shift-sine', SINE, [d(32, 'linear'), d(32, 'linear'), d(1)], 'mse', adam(0.01), tr(150));
add('no-nonlinearity.spirals-linear-dropout-sgd', 'bag-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100));

add('lr-out-of-range.rmsprop-lr-12-adverse', 'adverse-reaction', adv(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(12), tr(30));
add('lr-out-of-range.nesterov-lr-40-groups', 'abo-group', grp(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', nest(40), tr(30));
add('lr-out-of-range.adam-3e-10-storage', 'storage-potassium', sto(), [d(32, 'relu'), d(1)], 'mse', adam(3e-10), tr(40));
add('lr-out-of-range.sgd-negative-hb', 'donor-hb', hb(), [d(16, 'elu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.constant-0.3-tanh-groups', 'abo-group', grp(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(4, 'softmax', init('constant', { value: 0.3 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-sigmoid-momentum-moons', 'donor-moons', MOONS, [d(32, 'sigmoid', { init: 'zeros' }), d(32, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05), tr(80, 16));
add('init-symmetry.zeros-elu-storage', 'storage-potassium', sto(), [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.05-relu-circles', 'cooler-rings-circles', CIRCLES, [d(32, 'relu', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', sgd(0.1), tr(100, 16));
add('init-symmetry.zeros-tanh-wait-batch-8', 'wait-minutes', wt(), [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', nest(0.01), tr(40, 8));

add('init-scale.normal-std-10-sigmoid-adverse', 'adverse-reaction', adv(), [d(32, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.001), tr(40));
add('init-scale.uniform-6-elu-storage', 'storage-potassium', sto(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', sgd(0.0005), tr(60));
add('init-scale.normal-1e-5-six-relu-groups', 'abo-group', grp(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(4, 'softmax', init('normal', { std: 0.00001 }))], 'cce', nest(0.01), tr(50));
add('init-scale.normal-std-4-tanh-wait', 'wait-minutes', wt(), [d(48, 'tanh', init('normal', { std: 4 })), d(48, 'tanh', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(50));
add('init-scale.uniform-1e-5-four-tanh-spirals', 'bag-spirals', SPIRALS, [...tower(4, 32, 'tanh', init('uniform', { limit: 0.00001 })), d(1, 'sigmoid', init('uniform', { limit: 0.00001 }))], 'bce', rms(0.001), tr(100));

add('dead-relu.bias-minus-8-adam-hb', 'donor-hb', hb(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.002), tr(60));
add('dead-relu.bias-minus-4-three-layer-groups', 'abo-group', grp(), [...tower(3, 32, 'relu', { bias: -4 }), d(4, 'softmax')], 'cce', nest(0.01), tr(50));
add('dead-relu.nesterov-lr-0.8-batch-4-storage', 'storage-potassium', sto(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.8), tr(10, 4));
add('dead-relu.bias-minus-6-bn-off-blobs', 'centre-blobs', BLOBS4, [d(64, 'relu', { bias: -6 }), d(4, 'softmax')], 'cce', rms(0.001), tr(60));
add('dead-relu.adam-0.4-batch-16-wait', 'wait-minutes', wt(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.4), tr(20, 16));
add('dead-relu.bias-minus-10-sgd-adverse', 'adverse-reaction', adv(), [d(32, 'relu', { bias: -10 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));

add('exploding-gradient.raw-potassium-target-sgd-momentum', 'storage-potassium-raw-target', sto({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001), tr(40));
add('exploding-gradient.raw-titre-groups-adam', 'abo-group-raw', grp({ normalize: 'none' }), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(30));
add('exploding-gradient.raw-volume-ml-adverse-rmsprop', 'adverse-reaction-raw', adv({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(30));
add('exploding-gradient.constant-1.5-relu-deep-hb', 'donor-hb', hb(), [...tower(5, 32, 'relu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', adam(0.001), tr(20));
add('exploding-gradient.raw-wait-minutes-target-elu', 'wait-minutes-raw-target', wt({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', nest(0.0005), tr(40));
add('exploding-gradient.raw-days-since-last-hb-sgd', 'donor-hb-raw', hb({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.0001), tr(40));

add('vanishing-gradient.eight-sigmoid-momentum-storage', 'storage-potassium', sto(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.twelve-tanh-std-0.02-wait', 'wait-minutes', wt(), [...tower(12, 24, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(40));
add('vanishing-gradient.nine-sigmoid-sgd-circles', 'cooler-rings-circles', CIRCLES, [...tower(9, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));
add('vanishing-gradient.seven-sigmoid-rmsprop-groups', 'abo-group', grp(), [...tower(7, 32, 'sigmoid', { init: 'lecun_normal' }), d(4, 'softmax')], 'cce', rms(0.0003), tr(40));

add('nan-loss.adam-lr-1e3-storage', 'storage-potassium', sto(), [d(32, 'relu'), d(1)], 'mse', adam(1000), tr(10));
add('nan-loss.raw-potassium-target-sgd-batch-1', 'storage-potassium-raw-target', sto({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('nan-loss.nesterov-lr-5-hb-batch-2', 'donor-hb', hb(), [d(32, 'tanh'), d(1)], 'mse', nest(5), tr(5, 2));
add('nan-loss.normal-std-2-ten-relu-wait', 'wait-minutes', wt(), [...tower(10, 48, 'relu', init('normal', { std: 2 })), d(1)], 'mse', sgd(0.001), tr(20));
add('nan-loss.raw-wait-target-momentum-full', 'wait-minutes-raw', wt({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(20, 900));

add('saturated-activation.tanh-raw-titre-groups', 'abo-group-raw', grp({ normalize: 'none' }), [d(32, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-raw-weight-lb-hb', 'donor-hb-raw', hb({ normalize: 'none', features: ['male', 'age', 'weight_lb', 'days_since_last', 'lifetime_donations', 'iron_supplement'] }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-8-adverse', 'adverse-reaction', adv(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('saturated-activation.tanh-raw-volume-adverse', 'adverse-reaction-raw', adv({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('saturated-activation.tanh-normal-std-3-storage', 'storage-potassium', sto(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.sgd-plain-lr-2-batch-8-groups', 'abo-group', grp(), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(2), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-2-hb', 'donor-hb', hb(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.momentum-lr-0.5-batch-16-storage', 'storage-potassium', sto(), [d(32, 'tanh'), d(1)], 'mse', mom(0.5), tr(30, 16));
add('lr-too-high.adam-0.3-batch-4-circles', 'cooler-rings-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(40, 4));
add('lr-too-high.nesterov-lr-0.4-batch-1-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.4), tr(20, 1));
add('lr-too-high.adam-0.1-batch-8-wait', 'wait-minutes', wt(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.1), tr(20, 8));
add('lr-too-high.rmsprop-0.2-adverse-batch-32', 'adverse-reaction', adv(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.2), tr(30));

add('lr-too-low.adam-3e-6-groups', 'abo-group', grp(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.000003), tr(40));
add('lr-too-low.sgd-plain-1e-5-full-batch-hb', 'donor-hb', hb(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(200, 1000));
add('lr-too-low.rmsprop-1e-6-storage', 'storage-potassium', sto(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-1e-5-spirals', 'bag-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(100));
add('lr-too-low.momentum-5e-6-batch-4-wait', 'wait-minutes', wt(), [d(16, 'relu'), d(1)], 'mse', mom(0.000005), tr(20, 4));

add('loss-plateau.technician-only-groups', 'abo-group', grp({ features: ['technician', 'lab_temp_c'] }), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.card-serial-only-adverse', 'adverse-reaction', adv({ features: ['donor_card_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.hour-and-beds-only-wait', 'wait-minutes', wt({ features: ['hour', 'beds'] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(40));
add('loss-plateau.bag-volume-only-storage', 'storage-potassium', sto({ features: ['bag_volume_ml'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('loss-plateau.weight-decay-5-rmsprop-hb', 'donor-hb', hb(), [d(32, 'elu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-groups', 'abo-group', grp(), [d(32, 'relu'), drop(0.95), d(4, 'softmax')], 'cce', adam(0.003), tr(50));

// ---------------------------------------------------------------- healthy
add('ok.hb-adam-relu', 'donor-hb', hb(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.hb-rmsprop-elu-val', 'donor-hb', hb(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.hb-weight-lb-nesterov-tanh-batch-16', 'donor-hb', hb({ features: ['male', 'age', 'weight_lb', 'days_since_last', 'lifetime_donations', 'iron_supplement'] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.hb-minmax-sgd-leaky-batch-1', 'donor-hb', hb({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.02), tr(5, 1));
add('ok.hb-linear-adam-full-batch', 'donor-hb', hb(), [d(1)], 'mse', adam(0.05), tr(200, 1000));
add('ok.hb-momentum-bn-dropout', 'donor-hb', hb(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', mom(0.01), tr(60, 64));
add('ok.groups-adam-relu', 'abo-group', grp(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.groups-rmsprop-tanh-dropout', 'abo-group', grp(), [d(64, 'tanh'), drop(0.2), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.groups-softmax-regression-sgd-batch-1', 'abo-group', grp(), [d(4, 'softmax')], 'cce', sgd(0.01), tr(10, 1));
add('ok.groups-minmax-nesterov-elu-val', 'abo-group', grp({ normalize: 'minmax' }), [d(32, 'elu'), d(4, 'softmax')], 'cce', nest(0.02), tr(60, 32, { validationSplit: 0.2 }));
add('ok.groups-adam-bn-full-batch', 'abo-group', grp(), [d(32, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', adam(0.02), tr(150, 1000));
add('ok.adverse-adam-relu', 'adverse-reaction', adv(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.adverse-logistic-nesterov', 'adverse-reaction', adv(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(60));
add('ok.adverse-rmsprop-tanh-clip-batch-64', 'adverse-reaction', adv(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003, { clipNorm: 1 }), tr(80, 64));
add('ok.adverse-minmax-sgd-elu-decay', 'adverse-reaction', adv({ normalize: 'minmax' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.storage-adam-elu', 'storage-potassium', sto(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.storage-rmsprop-relu-batch-256', 'storage-potassium', sto(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.storage-momentum-tanh-lecun', 'storage-potassium', sto(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.storage-minmax-target-adam-dropout', 'storage-potassium', sto({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.storage-sgd-plain-sigmoid-batch-8', 'storage-potassium', sto(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.1), tr(60, 8));
add('ok.wait-adam-relu', 'wait-minutes', wt(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.wait-hours-rmsprop-elu', 'wait-hours', wt({ target: 'wait_h' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.wait-nesterov-tanh-he-uniform-batch-4', 'wait-minutes', wt(), [d(16, 'tanh', { init: 'he_uniform' }), d(1)], 'mse', nest(0.005), tr(15, 4));
add('ok.wait-adam-bn-deep-val', 'wait-minutes', wt(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(60, 64, { validationSplit: 0.2 }));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-sigmoid-full-batch', 'iris-demo', IRIS, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.5), tr(300, 150));
add('ok.moons-rmsprop-relu', 'donor-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.moons-momentum-tanh-batch-8', 'donor-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(80, 8));
add('ok.circles-adam-elu', 'cooler-rings-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-leaky-bn', 'cooler-rings-circles', CIRCLES, [d(32, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-relu-deep', 'bag-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-rmsprop-tanh', 'centre-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'softmax')], 'cce', rms(0.005), tr(80));
add('ok.sine-adam-tanh', 'shift-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-nesterov-elu-xavier-normal', 'shift-sine', SINE, [d(32, 'elu', { init: 'xavier_normal' }), d(1)], 'mse', nest(0.01), tr(300, 8));
add('ok.xor-adam-relu', 'two-antigen-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-sgd-plain-tanh-batch-2', 'two-antigen-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 2));
add('ok.defer-inline-adam-tanh', 'deferral-notes', INLINE_DEFER, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.defer-inline-rmsprop-relu-batch-4', 'deferral-notes', INLINE_DEFER, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 4));
add('ok.groups-nesterov-sigmoid-xavier-uniform', 'abo-group', grp(), [d(32, 'sigmoid', { init: 'xavier_uniform' }), d(4, 'softmax')], 'cce', nest(0.05), tr(80));
add('ok.hb-adam-leaky-clip-decay', 'donor-hb', hb(), [d(64, 'leaky_relu'), d(1)], 'mse', adam(0.002, { clipNorm: 5, weightDecay: 0.0001 }), tr(60));
add('ok.storage-adam-relu-batch-1', 'storage-potassium', sto(), [d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(5, 1));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
