/**
 * Writes every candidate spec of blind fault set 172 (tanneries and leather-goods workshops) into
 * candidates/: `npx tsx test/faults-blind172/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 172, data, layers, loss, optimizer, training, ...extra };
}

const HF = ['area_sqft', 'thickness_mm', 'drum_hours', 'chrome_pct', 'float_temp_c', 'ph'];
const hide = (x: Json = {}): Json => ({ csv: '../data/hides.csv', target: 'tensile_n_mm2', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['area_sqft', 'scar_count', 'grain_score', 'thickness_sd_mm', 'dye_delta_e'];
const grade = (x: Json = {}): Json => ({ csv: '../data/grade.csv', target: 'grade', features: GF, normalize: 'standard', ...x });
const QF = ['stitches_per_cm', 'edge_fray_mm', 'glue_g_m2', 'moisture_pct', 'bench_hours'];
const rej = (x: Json = {}): Json => ({ csv: '../data/reject.csv', target: 'reject', features: QF, normalize: 'standard', ...x });
const OF = ['items', 'leather_m2', 'hand_stitched', 'exotic', 'rush'];
const ord = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'value_cents', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const DF = ['load_kg', 'thickness_mm', 'rpm', 'float_pct', 'bath_temp_c'];
const drum = (x: Json = {}): Json => ({ csv: '../data/drum.csv', target: 'hours', features: DF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 240, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A saddler's notebook: hide thickness (mm) and drum hours -> the batch passed the bend test (1) or cracked (0).
const INLINE_BEND = {
  inline: {
    x: [[1.0, 6], [1.2, 8], [1.4, 10], [1.6, 12], [1.8, 14], [2.0, 16], [2.2, 18], [2.4, 20], [1.0, 12], [1.2, 14], [1.4, 16], [1.6, 18],
      [1.8, 6], [2.0, 7], [2.2, 8], [2.4, 9], [2.6, 10], [2.8, 11], [3.0, 12], [1.1, 9], [1.5, 13], [1.9, 17], [2.5, 12], [2.9, 15]],
    y: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillating-loss (written first)
add('oscillating-loss.rmsprop-0.03-batch-16-sine-relu', 'drum-cycle-sine', SINE, [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(150, 16));
add('oscillating-loss.adam-0.05-batch-8-sine-tanh', 'drum-cycle-sine', SINE, [d(64, 'tanh'), d(1)], 'mse', adam(0.05), tr(150, 8));
add('oscillating-loss.nesterov-0.99-lr-0.02-linear-drum', 'drum-hours', drum(), [d(1)], 'mse', nest(0.02, 0.99), tr(150, 850));
add('oscillating-loss.momentum-0.95-lr-0.5-batch-64-linear-hides', 'hide-tensile', hide(), [d(1)], 'mse', mom(0.5, 0.95), tr(120, 64));
add('oscillating-loss.sqft-and-m2-sgd-0.45-full-batch-linear', 'hide-tensile', hide({ features: ['area_sqft', 'area_m2', 'thickness_mm', 'drum_hours', 'chrome_pct'] }), [d(1)], 'mse', sgd(0.45), tr(150, 900));
add('oscillating-loss.rmsprop-0.05-batch-64-orders-elu', 'order-value', ord(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(120, 64));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-32-grade', 'leather-grade', grade(), [d(16, 'relu'), d(5, 'softmax')], 'cce', mom(0.05, 0.99), tr(80));
add('oscillating-loss.adam-0.03-batch-4-sine-elu', 'drum-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.03), tr(100, 4));
add('oscillating-loss.sgd-plain-0.95-batch-200-linear-drum', 'drum-hours', drum(), [d(1)], 'mse', sgd(0.95), tr(150, 200));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'hide-tensile', hide(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'leather-grade', grade(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'order-value', ord(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.zero-units-hidden', 'qc-reject', rej(), [d(0, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'drum-hours', drum(), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(40, 0));

add('data-error.na-chrome-pct', 'hide-tensile-na', hide({ csv: '../data/hides-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.worker-id-feature', 'hide-tensile', hide({ features: ['worker_id', ...HF] }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.loaded-at-timestamp-feature', 'hide-tensile', hide({ features: ['loaded_at', ...HF] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.run-id-feature-tab-file', 'drum-hours', drum({ features: ['run_id', ...DF] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.grain-typo-column', 'leather-grade', grade({ features: ['area_sqft', 'scar_count', 'grain', 'thickness_sd_mm', 'dye_delta_e'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.orders-comma-path', 'order-value', ord({ csv: '../data/orders_2024.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.grade-four-heads-forgot-reject', 'leather-grade', grade(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.hours-and-minutes-one-output', 'drum-hours', drum({ target: ['hours', 'minutes'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'workshop-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.iris-one-sigmoid-cce', 'iris-demo', IRIS, [d(16, 'relu'), d(1, 'sigmoid')], 'cce', adam(0.01), tr(80, 16));

add('loss-activation-mismatch.grade-relu-head-cce', 'leather-grade', grade(), [d(32, 'relu'), d(5, 'relu')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.reject-tanh-head-bce', 'qc-reject', rej(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-tensile', 'hide-tensile', hide(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-drum', 'drum-hours', drum(), [d(32, 'tanh'), d(1, 'relu')], 'mse', mom(0.01), tr(60));
add('loss-activation-mismatch.bend-softmax-one-unit-bce', 'bend-test', INLINE_BEND, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 8));

add('no-nonlinearity.circles-two-linear-adam', 'hide-punch-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-nesterov', 'two-dye-xor', XOR, [d(16), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('no-nonlinearity.sine-linear-rmsprop', 'drum-cycle-sine', SINE, [d(32), d(32), d(1)], 'mse', rms(0.003), tr(150, 16));
add('no-nonlinearity.spirals-linear-bn-adam', 'stitch-spirals', SPIRALS, [d(64, 'linear', { batchNorm: true }), d(64, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150));

add('lr-out-of-range.rmsprop-lr-3-grade', 'leather-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(3), tr(40));
add('lr-out-of-range.nesterov-lr-25-tensile', 'hide-tensile', hide(), [d(32, 'tanh'), d(1)], 'mse', nest(25), tr(30));
add('lr-out-of-range.adam-1e-8-drum', 'drum-hours', drum(), [d(32, 'relu'), d(1)], 'mse', adam(0.00000001), tr(60));
add('lr-out-of-range.sgd-negative-reject', 'qc-reject', rej(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-adam-grade', 'leather-grade', grade(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.5-tanh-sgd-sine', 'drum-cycle-sine', SINE, [d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', sgd(0.05), tr(150, 16));
add('init-symmetry.zeros-sigmoid-momentum-moons', 'offcut-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.1), tr(150, 16));
add('init-symmetry.constant-0.2-elu-rmsprop-iris', 'iris-demo', IRIS, [d(16, 'elu', init('constant', { value: 0.2 })), d(3, 'softmax', init('constant', { value: 0.2 }))], 'cce', rms(0.01), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-grade', 'leather-grade', grade(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.003), tr(50));
add('init-scale.uniform-5-tanh-three-drum', 'drum-hours', drum(), [...tower(3, 64, 'tanh', init('uniform', { limit: 5 })), d(1, 'linear', init('uniform', { limit: 5 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-1e-5-relu-six-iris', 'iris-demo', IRIS, [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(3, 'softmax', init('normal', { std: 0.00001 }))], 'cce', mom(0.01), tr(100, 16));
add('init-scale.normal-std-4-elu-reject', 'qc-reject', rej(), [...tower(3, 64, 'elu', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', rms(0.001), tr(40));

add('dead-relu.bias-minus-8-two-layer-tensile', 'hide-tensile', hide(), [d(64, 'relu', { bias: -8 }), d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.iris-sgd-lr-2-batch-4', 'iris-demo', IRIS, [d(16, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(2), tr(60, 4));
add('dead-relu.grade-adam-0.3-batch-16', 'leather-grade', grade(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(40, 16));
add('dead-relu.blobs4-momentum-0.9-lr-1', 'workshop-blobs', BLOBS4, [d(24, 'relu'), d(24, 'relu'), d(4, 'softmax')], 'cce', mom(1), tr(60, 8));
add('dead-relu.bias-minus-4-deep-moons-sgd', 'offcut-moons', MOONS, [...tower(4, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(120, 16));

add('exploding-gradient.raw-cents-target-rmsprop', 'order-value-raw-target', ord({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-load-kg-momentum-drum', 'drum-hours-raw', drum({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0001), tr(40));
add('exploding-gradient.raw-minutes-target-adam', 'drum-minutes-raw-target', drum({ target: 'minutes', normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-glue-grams-sgd-reject', 'qc-reject-raw', rej({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.005), tr(30, 16));
add('exploding-gradient.ten-relu-std-0.5-iris', 'iris-demo', IRIS, [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(3, 'softmax')], 'cce', adam(0.0005), tr(40, 16));

add('vanishing-gradient.eight-sigmoid-sgd-grade', 'leather-grade', grade(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('vanishing-gradient.six-sigmoid-momentum-circles', 'hide-punch-circles', CIRCLES, [...tower(6, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(100, 16));
add('vanishing-gradient.nine-tanh-std-0.03-drum', 'drum-hours', drum(), [...tower(9, 32, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', rms(0.0003), tr(50));
add('vanishing-gradient.twelve-sigmoid-adam-iris', 'iris-demo', IRIS, [...tower(12, 16, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.0003), tr(60, 16));

add('nan-loss.adam-5-batch-2-tensile', 'hide-tensile', hide(), [d(32, 'relu'), d(1)], 'mse', adam(5), tr(10, 2));
add('nan-loss.raw-cents-sgd-full-batch', 'order-value-raw', ord({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(20, 800));
add('nan-loss.nesterov-0.95-lr-1-sine', 'drum-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(1, 0.95), tr(30, 16));
add('nan-loss.constant-3-elu-deep-drum', 'drum-hours', drum(), [...tower(5, 48, 'elu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', sgd(0.01), tr(20));
add('nan-loss.raw-minutes-target-sgd-batch-1', 'drum-minutes-raw-target', drum({ target: 'minutes', normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), tr(5, 1));

add('saturated-activation.tanh-raw-load-kg-drum', 'drum-hours-raw', drum({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-8-grade', 'leather-grade', grade(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('saturated-activation.sigmoid-raw-glue-reject', 'qc-reject-raw', rej({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-raw-cents-features-orders', 'order-value-raw-features', ord({ normalize: 'none', features: ['items', 'leather_m2', 'hand_stitched', 'exotic', 'rush'] }), [d(32, 'tanh', init('normal', { std: 2 })), d(1)], 'mse', nest(0.01), tr(60));

add('lr-too-high.sgd-plain-1.5-batch-8-tensile', 'hide-tensile', hide(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(40, 8));
add('lr-too-high.rmsprop-0.2-batch-16-grade', 'leather-grade', grade(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.2), tr(40, 16));
add('lr-too-high.nesterov-0.95-lr-0.3-orders', 'order-value', ord(), [d(32, 'elu'), d(1)], 'mse', nest(0.3, 0.95), tr(40, 16));
add('lr-too-high.adam-0.1-batch-2-reject', 'qc-reject', rej(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(10, 2));
add('lr-too-high.momentum-0.9-lr-0.5-iris-batch-8', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.5), tr(60, 8));
add('lr-too-high.rmsprop-0.05-batch-1-drum', 'drum-hours', drum(), [d(16, 'elu'), d(1)], 'mse', rms(0.05), tr(5, 1));

add('lr-too-low.adam-2e-6-grade', 'leather-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000002), tr(50));
add('lr-too-low.sgd-plain-1e-5-tensile-batch-16', 'hide-tensile', hide(), [d(32, 'elu'), d(1)], 'mse', sgd(0.00001), tr(60, 16));
add('lr-too-low.rmsprop-1e-6-orders', 'order-value', ord(), [d(32, 'relu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-0.9-1e-5-full-batch-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.00001), tr(200, 150));
add('lr-too-low.raw-features-sgd-1e-9-drum', 'drum-hours-raw', drum({ normalize: 'none' }), [d(1)], 'mse', sgd(0.000000001), tr(60));

add('loss-plateau.rack-number-only-grade', 'leather-grade', grade({ features: ['rack_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.stamp-serial-only-reject', 'qc-reject', rej({ features: ['stamp_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('loss-plateau.area-only-tensile', 'hide-tensile', hide({ features: ['area_sqft'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.dropout-0.95-drum', 'drum-hours', drum(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-5-sgd-orders', 'order-value', ord(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01, { weightDecay: 5 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.tensile-adam-relu', 'hide-tensile', hide(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.tensile-rmsprop-elu-val', 'hide-tensile', hide(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.tensile-nesterov-0.95-tanh', 'hide-tensile', hide(), [d(32, 'tanh'), d(1)], 'mse', nest(0.005, 0.95), tr(60, 16));
add('ok.tensile-minmax-sgd-leaky-batch-1', 'hide-tensile', hide({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.02), tr(8, 1));
add('ok.tensile-m2-adam-bn-batch-128', 'hide-tensile', hide({ features: ['area_m2', 'thickness_mm', 'drum_hours', 'chrome_pct', 'float_temp_c', 'ph'] }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.tensile-raw-features-sgd-1e-4', 'hide-tensile-raw-features', hide({ normalize: 'none' }), [d(1)], 'mse', sgd(0.0001), tr(150, 16));
add('ok.grade-adam-relu', 'leather-grade', grade(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.grade-sgd-plain-relu-batch-16', 'leather-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.05), tr(60, 16));
add('ok.grade-momentum-relu-dropout', 'leather-grade', grade(), [d(64, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', mom(0.02), tr(60));
add('ok.grade-rmsprop-tanh-decay', 'leather-grade', grade(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002, { weightDecay: 0.0001 }), tr(50));
add('ok.grade-minmax-adam-bn', 'leather-grade', grade({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.grade-softmax-regression-nesterov-val', 'leather-grade', grade(), [d(5, 'softmax')], 'cce', nest(0.05), tr(80, 32, { validationSplit: 0.2 }));
add('ok.reject-adam-relu', 'qc-reject', rej(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.reject-logistic-sgd-batch-8', 'qc-reject', rej(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 8));
add('ok.reject-rmsprop-elu-clip', 'qc-reject', rej(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.003, { clipNorm: 1 }), tr(60));
add('ok.orders-adam-elu', 'order-value', ord(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-rmsprop-relu-batch-128', 'order-value', ord(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 128));
add('ok.orders-momentum-0.95-leaky', 'order-value', ord(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.005, 0.95), tr(80));
add('ok.orders-minmax-target-adam-dropout', 'order-value', ord({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.drum-adam-tanh', 'drum-hours', drum(), [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(80));
add('ok.drum-minutes-rmsprop-relu', 'drum-minutes', drum({ target: 'minutes' }), [d(32, 'relu'), d(1)], 'mse', rms(0.003), tr(80));
add('ok.drum-nesterov-0.99-linear-small-rate', 'drum-hours', drum(), [d(1)], 'mse', nest(0.002, 0.99), tr(100, 64));
add('ok.drum-sgd-plain-elu-batch-4', 'drum-hours', drum(), [d(16, 'elu'), d(1)], 'mse', sgd(0.01), tr(20, 4));
add('ok.drum-adam-bn-dropout-deep-val', 'drum-hours', drum(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.drum-raw-features-sgd-1e-7-linear', 'drum-hours-raw', drum({ normalize: 'none', features: ['load_kg', 'thickness_mm', 'rpm', 'bath_temp_c'] }), [d(1)], 'mse', sgd(0.0000001), tr(100, 32));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.1), tr(150, 8));
add('ok.iris-momentum-relu-he-uniform', 'iris-demo', IRIS, [d(16, 'relu', { init: 'he_uniform' }), d(8, 'relu'), d(3, 'softmax')], 'cce', mom(0.02), tr(150, 16));
add('ok.sine-rmsprop-tanh-0.003', 'drum-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(200, 16));
add('ok.sine-adam-elu-0.01', 'drum-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(200, 32));
add('ok.sine-adam-tanh-0.005-full-batch', 'drum-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(600, 250));
add('ok.moons-nesterov-0.95-tanh', 'offcut-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.95), tr(100, 16));
add('ok.circles-adam-relu', 'hide-punch-circles', CIRCLES, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.spirals-rmsprop-tanh-deep', 'stitch-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(300));
add('ok.blobs4-momentum-sigmoid-xavier-normal', 'workshop-blobs', BLOBS4, [d(16, 'sigmoid', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', mom(0.1), tr(100));
add('ok.xor-adam-leaky-clip', 'two-dye-xor', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 5 }), tr(150, 16));
add('ok.bend-inline-adam-tanh', 'bend-test', INLINE_BEND, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 24));
add('ok.bend-inline-logistic-lecun-rmsprop', 'bend-test', INLINE_BEND, [d(1, 'sigmoid', { init: 'lecun_normal' })], 'bce', rms(0.01), tr(300, 4));
add('ok.grade-deep-tanh-xavier-adam', 'leather-grade', grade(), [...tower(4, 32, 'tanh', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', adam(0.002), tr(50));
add('ok.tensile-momentum-0.9-sigmoid', 'hide-tensile', hide(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05), tr(80));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
