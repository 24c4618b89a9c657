/**
 * Writes every candidate spec of blind set 301 (tortilla and empanada makers) into candidates/:
 * `npx tsx test/faults-blind301/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const d = (units: number, activation = 'linear', extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });

const BF = ['masa_moisture_pct', 'comal_temp_c', 'press_thickness_mm', 'nixtamal_soak_h', 'lime_g_per_kg', 'lime_pct', 'line_speed_per_min', 'operator_shift'];
const EF = ['dough_g', 'filling_g', 'fry_oil_c', 'fry_time_s', 'crimps', 'rest_min'];
const rej = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/batches.csv', target: 'reject', features: BF, normalize, ...extra });
const shelf = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/batches.csv', target: 'shelf_life_h', features: BF, normalize, normalizeTarget, ...extra });
const emp = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/empanadas.csv', target: 'defect', features: EF, normalize, ...extra });
const ord = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/orders.csv', target: 'docenas', normalize, normalizeTarget, ...extra });
const oven = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/oven_log.csv', target: 'moisture_loss_pct', normalize, normalizeTarget, ...extra });

let n = 0;
function spec(file: string, seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj): void {
  const s = { name: file, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
  n++;
}
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, shuffle: true, ...extra });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', 3011, rej(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(80, 32));
spec('invalid-spec.gelu-activation', 3012, emp(), [d(32, 'gelu'), d(16, 'gelu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(100, 32));
spec('invalid-spec.keras-loss-name', 3013, emp(), [d(24, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.005 }, tr(80, 16));
spec('invalid-spec.dropout-as-percent', 3014, rej(), [d(32, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, tr(60, 32));
spec('invalid-spec.glorot-init-name', 3015, shelf(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(120, 16));
spec('invalid-spec.validation-split-percent', 3016, oven(), [d(16, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(100, 32, { validationSplit: 20 }));

// data-error
spec('data-error.batch-id-as-feature', 3021, { csv: '../data/batches.csv', target: 'reject', features: ['batch_id', ...BF], normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
spec('data-error.gappy-mes-export', 3022, { csv: '../data/batches-gaps.csv', target: 'shelf_life_h', features: BF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
spec('data-error.target-typo-defects', 3023, { csv: '../data/empanadas.csv', target: 'defects', features: EF, normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(80, 32));
spec('data-error.last-years-file', 3024, { csv: '../data/empanadas_2023.csv', target: 'defect', features: EF, normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(80, 32));
spec('data-error.path-outside-workspace', 3025, { csv: '../../../../../../shared/orders.csv', target: 'docenas', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(80, 32));
spec('data-error.timestamp-feature', 3026, { csv: '../data/batches.csv', target: 'shelf_life_h', features: ['made_at', 'masa_moisture_pct', 'comal_temp_c'], normalize: 'standard', normalizeTarget: 'standard' }, [d(12, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, tr(80, 16));

// shape-mismatch
spec('shape-mismatch.three-defect-units', 3031, emp(), [d(24, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(80, 32));
spec('shape-mismatch.two-sigmoid-reject', 3032, rej(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
spec('shape-mismatch.two-targets-one-unit', 3033, { csv: '../data/oven_log.csv', target: ['moisture_loss_pct', 'humidity_pct'], features: ['oven_c', 'bake_min', 'tray_pos', 'door_opens'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(100, 32));
spec('shape-mismatch.iris-two-units', 3034, { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(2, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, tr(100, 16));

// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-with-mse', 3041, emp(), [d(24, 'relu'), d(4, 'softmax')], 'mse', { type: 'adam', lr: 0.005 }, tr(100, 32));
spec('loss-activation-mismatch.bce-linear-head', 3042, rej(), [d(16, 'relu'), d(1)], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', 3043, emp(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', { type: 'rmsprop', lr: 0.002 }, tr(80, 32));
spec('loss-activation-mismatch.tanh-head-raw-shelf-life', 3044, shelf('standard', 'none'), [d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'adam', lr: 0.005 }, tr(100, 32));
spec('loss-activation-mismatch.sigmoid-head-dozens', 3045, ord('standard', 'none'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.01 }, tr(100, 32));

// init-symmetry
spec('init-symmetry.zeros-hidden-relu', 3051, rej(), [d(16, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
spec('init-symmetry.constant-tanh-layer', 3052, oven(), [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(100, 16));
spec('init-symmetry.zeros-both-sigmoid-layers', 3053, emp(), [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, tr(100, 16));
spec('init-symmetry.constant-elu-second-layer', 3054, shelf(), [d(24, 'elu'), d(24, 'elu', { init: { name: 'constant', value: 0.05 } }), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, tr(80, 32));

// init-scale
spec('init-scale.normal-std-5-tanh', 3061, oven(), [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
spec('init-scale.uniform-1e-5-deep', 3062, emp(), [d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(4, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(80, 32));
spec('init-scale.normal-std-20-relu', 3063, shelf(), [d(32, 'relu', { init: { name: 'normal', std: 20 } }), d(16, 'relu', { init: { name: 'normal', std: 20 } }), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, tr(80, 32));
spec('init-scale.sigmoid-std-8', 3064, rej(), [d(24, 'sigmoid', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, tr(80, 32));

// no-nonlinearity
spec('no-nonlinearity.three-linear-hidden-defects', 3071, emp(), [d(32), d(32), d(16), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(100, 32));
spec('no-nonlinearity.linear-stack-reject', 3072, rej(), [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(100, 32));
spec('no-nonlinearity.linear-moons', 3073, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear', { init: 'he_normal' }), d(16, 'linear', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150, 32));
spec('no-nonlinearity.linear-oven-with-bn', 3074, oven(), [d(32, 'linear', { batchNorm: true }), d(16, 'linear'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, tr(100, 32));

// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', 3081, emp(), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 5 }, tr(60, 32));
spec('lr-out-of-range.sgd-lr-80', 3082, rej(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 80 }, tr(60, 32));
spec('lr-out-of-range.rmsprop-1e-8', 3083, oven(), [d(16, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 1e-8 }, tr(60, 32));
spec('lr-out-of-range.adam-2e-8', 3084, shelf(), [d(32, 'elu'), d(1)], 'mse', { type: 'adam', lr: 2e-8 }, tr(60, 32));

// dead-relu
spec('dead-relu.bias-minus-6', 3091, shelf(), [d(32, 'relu', { bias: -6 }), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
spec('dead-relu.sgd-lr-high-raw-target', 3092, ord('minmax', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, tr(60, 16));
spec('dead-relu.deep-bias-negative', 3093, emp(), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(80, 32));
spec('dead-relu.adam-big-lr-raw-features', 3094, rej('none'), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.3 }, tr(60, 32));

// exploding-gradient
spec('exploding-gradient.raw-orders-sgd', 3101, ord('none', 'none'), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-5 }, tr(60, 32));
spec('exploding-gradient.raw-shelf-momentum', 3102, shelf('none', 'none'), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-4, momentum: 0.9 }, tr(60, 16));
spec('exploding-gradient.deep-relu-std-1', 3103, oven(), [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'linear', { init: { name: 'normal', std: 1 } })], 'mse', { type: 'sgd', lr: 0.001 }, tr(40, 32));
spec('exploding-gradient.raw-oven-rmsprop', 3104, oven('none', 'none'), [d(32, 'linear'), d(1)], 'mse', { type: 'sgd', lr: 2e-5, momentum: 0.9 }, tr(60, 8));

// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', 3111, emp(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, tr(60, 32));
spec('vanishing-gradient.ten-sigmoid-reject', 3112, rej(), Array.from({ length: 10 }, () => d(10, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(60, 32));
spec('vanishing-gradient.narrow-sigmoid-tower', 3113, oven(), Array.from({ length: 7 }, () => d(4, 'sigmoid')).concat([d(1)]), 'mse', { type: 'sgd', lr: 0.02 }, tr(80, 16));
spec('vanishing-gradient.deep-tanh-small-init', 3114, shelf(), Array.from({ length: 8 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(1)]), 'mse', { type: 'sgd', lr: 0.01 }, tr(60, 32));

// nan-loss
spec('nan-loss.raw-orders-sgd', 3121, ord('none', 'none'), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, tr(40, 32));
spec('nan-loss.raw-oven-momentum', 3122, oven('none', 'none'), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(40, 16));
spec('nan-loss.raw-shelf-sgd-linear', 3123, shelf('none', 'none'), [d(8), d(1)], 'mse', { type: 'sgd', lr: 0.05 }, tr(40, 32));
spec('nan-loss.rmsprop-huge-raw', 3124, ord('none', 'none'), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.95 }, tr(40, 8));

// lr-too-high
spec('lr-too-high.adam-0.3-defects', 3131, emp(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.3 }, tr(80, 32));
spec('lr-too-high.sgd-3-reject', 3132, rej(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3 }, tr(80, 32));
spec('lr-too-high.rmsprop-0.1-oven', 3133, oven(), [d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.1 }, tr(80, 32));
spec('lr-too-high.nesterov-0.99-moons', 3134, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.8, momentum: 0.99, nesterov: true }, tr(100, 32));
spec('lr-too-high.sgd-1-orders', 3135, ord(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 1.0 }, tr(80, 32));

// lr-too-low
spec('lr-too-low.sgd-1e-4-defects', 3141, emp(), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 1e-4 }, tr(60, 32));
spec('lr-too-low.adam-1e-5-reject', 3142, rej(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 1e-5 }, tr(50, 64));
spec('lr-too-low.rmsprop-1e-6-oven', 3143, oven(), [d(16, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 1e-6 }, tr(80, 32));
spec('lr-too-low.momentum-5e-5-iris', 3144, { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 5e-5, momentum: 0.9 }, tr(100, 16));
spec('lr-too-low.full-batch-sgd-shelf', 3145, shelf(), [d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.0005 }, tr(100, 420));

// saturated-activation
spec('saturated-activation.sigmoid-raw-batches', 3151, rej('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
spec('saturated-activation.tanh-raw-orders', 3152, ord('none', 'standard'), [d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(80, 32));
spec('saturated-activation.sigmoid-raw-empanadas', 3153, emp('none'), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, tr(80, 32));
spec('saturated-activation.tanh-bias-8', 3154, oven(), [d(16, 'tanh', { bias: 8 }), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, tr(80, 32));

// loss-plateau
spec('loss-plateau.xor-tiny-init-tanh', 3161, { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'tanh', { init: { name: 'uniform', limit: 0.001 } }), d(8, 'tanh', { init: { name: 'uniform', limit: 0.001 } }), d(1, 'sigmoid', { init: { name: 'uniform', limit: 0.001 } })], 'bce', { type: 'sgd', lr: 0.05 }, tr(150, 32));
spec('loss-plateau.circles-tiny-relu', 3162, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'relu', { init: { name: 'normal', std: 0.001 } }), d(16, 'relu', { init: { name: 'normal', std: 0.001 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 0.001 } })], 'bce', { type: 'sgd', lr: 0.02 }, tr(150, 32));
spec('loss-plateau.defects-heavy-decay', 3163, emp(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005, weightDecay: 0.5 }, tr(100, 32));
spec('loss-plateau.shelf-tiny-clip', 3164, shelf(), [d(32, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.01, clipNorm: 0.001 }, tr(100, 32));

// oscillating-loss
spec('oscillating-loss.momentum-batch-8-shelf', 3171, shelf(), [d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.95 }, tr(80, 8));
spec('oscillating-loss.adam-batch-1-oven', 3172, oven(), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.05 }, tr(40, 1));
spec('oscillating-loss.rmsprop-batch-4-defects', 3173, emp(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.03 }, tr(60, 4));
spec('oscillating-loss.full-batch-sgd-edge', 3174, oven(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.9 }, tr(100, 320));

// ---------------- healthy ----------------
spec('ok.reject-adam-relu', 3201, rej(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80, 32));
spec('ok.reject-sgd-momentum-tanh', 3202, rej(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(100, 32, { validationSplit: 0.2 }));
spec('ok.reject-rmsprop-dropout', 3203, rej('minmax'), [d(48, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, tr(80, 16));
spec('ok.reject-nesterov-elu-bn', 3204, rej(), [d(24, 'elu', { batchNorm: true }), d(12, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, tr(80, 32));
spec('ok.reject-plain-sgd-batch-1', 3205, rej(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, tr(30, 1));
spec('ok.shelf-adam-relu', 3206, shelf(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
spec('ok.shelf-sgd-momentum-tanh', 3207, shelf(), [d(24, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, tr(120, 16));
spec('ok.shelf-rmsprop-leaky', 3208, shelf('minmax', 'minmax'), [d(32, 'leaky_relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, tr(150, 32));
spec('ok.shelf-adam-clip-decay', 3209, shelf(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.002, clipNorm: 1, weightDecay: 1e-4 }, tr(80, 32, { validationSplit: 0.15 }));
spec('ok.shelf-full-batch-adam', 3210, shelf(), [d(32, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, tr(300, 420));
spec('ok.defects-adam-relu', 3211, emp(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(100, 32));
spec('ok.defects-sgd-nesterov-tanh', 3212, emp(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, tr(100, 16));
spec('ok.defects-rmsprop-bn-dropout', 3213, emp(), [d(64, 'relu', { batchNorm: true }), drop(0.3), d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, tr(80, 32, { validationSplit: 0.2 }));
spec('ok.defects-minmax-elu', 3214, emp('minmax'), [d(32, 'elu'), d(32, 'elu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(120, 64));
spec('ok.defects-plain-sgd-sigmoid', 3215, emp(), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.5 }, tr(150, 16));
spec('ok.defects-deep-leaky', 3216, emp(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, tr(100, 32));
spec('ok.orders-adam-relu', 3217, ord(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(150, 32));
spec('ok.orders-linear-regression', 3218, ord(), [d(1)], 'mse', { type: 'sgd', lr: 0.05 }, tr(100, 16));
spec('ok.orders-rmsprop-tanh-minmax', 3219, ord('minmax', 'standard'), [d(24, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.003 }, tr(150, 32));
spec('ok.orders-momentum-elu-val', 3220, ord(), [d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(150, 16, { validationSplit: 0.2 }));
spec('ok.oven-adam-relu', 3221, oven(), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(120, 32));
spec('ok.oven-sgd-batch-4', 3222, oven(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, tr(60, 4));
spec('ok.oven-nesterov-bn', 3223, oven(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, tr(100, 32));
spec('ok.oven-rmsprop-deep-elu', 3224, oven(), [d(32, 'elu'), d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.0005 }, tr(100, 32));
spec('ok.oven-wide-shallow-clip', 3225, oven('minmax', 'minmax'), [d(128, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.002, clipNorm: 5 }, tr(150, 64));
spec('ok.iris-adam', 3226, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, tr(150, 16));
spec('ok.iris-sgd-sigmoid-batch-1', 3227, { builtin: 'iris', normalize: 'minmax' }, [d(8, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, tr(80, 1));
spec('ok.moons-relu-adam', 3228, { builtin: 'moons', samples: 400, noise: 0.15 }, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150, 32));
spec('ok.circles-tanh-momentum', 3229, { builtin: 'circles', samples: 400, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, tr(200, 32));
spec('ok.spirals-deep-adam', 3230, { builtin: 'spirals', samples: 400, noise: 0.1, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(300, 32));
spec('ok.blobs-four-rmsprop', 3231, { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005 }, tr(80, 32));
spec('ok.sine-tanh-adam', 3232, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(300, 32));
spec('ok.xor-small-sgd', 3233, { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.2, momentum: 0.9 }, tr(200, 16));
spec('ok.inline-comal-temp', 3234, { inline: { x: [[200], [210], [220], [230], [240], [250], [260], [270], [205], [215], [225], [235], [245], [255], [265]], y: [0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1] }, normalize: 'standard' }, [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, tr(200, 15));
spec('ok.reject-sigmoid-hidden-adam', 3235, rej(), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(80, 64));
spec('ok.shelf-deep-narrow-tanh', 3236, shelf(), [d(8, 'tanh'), d(8, 'tanh'), d(8, 'tanh'), d(8, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(150, 32));
spec('ok.reject-lecun-elu-decay', 3237, rej(), [d(32, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.03, momentum: 0.9, weightDecay: 1e-4 }, tr(100, 32));
spec('ok.defects-batch-128-nesterov', 3238, emp(), [d(48, 'relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, tr(150, 128));
spec('ok.oven-sgd-linear-model', 3239, oven(), [d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.5 }, tr(80, 32));
spec('ok.orders-adam-batch-2', 3240, ord(), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, tr(40, 2));
spec('ok.shelf-two-targets', 3241, { csv: '../data/batches.csv', target: ['shelf_life_h', 'masa_moisture_pct'], features: ['comal_temp_c', 'press_thickness_mm', 'nixtamal_soak_h', 'lime_g_per_kg', 'line_speed_per_min'], normalize: 'standard', normalizeTarget: 'standard' }, [d(32, 'relu'), d(2)], 'mse', { type: 'adam', lr: 0.003 }, tr(80, 32));
spec('ok.blobs-three-xavier-tanh', 3242, { builtin: 'blobs', samples: 240, classes: 3, noise: 0.2 }, [d(12, 'tanh', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, tr(60, 8));

// ---------------- second pass (after the first observation) ----------------
spec('exploding-gradient.raw-orders-clipped-sgd', 3181, ord('none', 'none'), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-4, clipNorm: 100 }, tr(60, 32));
spec('exploding-gradient.raw-shelf-adam', 3182, shelf('none', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, tr(60, 32));
spec('exploding-gradient.deep-relu-std-0.4-clip', 3183, oven(), Array.from({ length: 6 }, () => d(32, 'relu', { init: { name: 'normal', std: 0.4 } })).concat([d(1)]), 'mse', { type: 'sgd', lr: 0.001, clipNorm: 5 }, tr(40, 32));
spec('exploding-gradient.raw-oven-elu-rmsprop', 3184, oven('none', 'none'), [d(32, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, tr(60, 16));
spec('oscillating-loss.sgd-batch-2-oven', 3185, oven(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.2, momentum: 0.9 }, tr(40, 2));
spec('oscillating-loss.adam-0.05-shelf-batch-8', 3186, shelf(), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.05 }, tr(60, 8));
spec('ok.reject-adam-tanh', 3301, rej(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, tr(100, 32));
spec('ok.reject-rmsprop-relu-two', 3302, rej(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, tr(80, 16));
spec('ok.reject-nesterov-relu', 3303, rej(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, tr(100, 32));
spec('ok.defects-rmsprop-plain', 3304, emp(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, tr(100, 32));
spec('ok.shelf-rmsprop-relu', 3305, shelf(), [d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, tr(120, 32));
spec('ok.oven-adam-batch-1-small-lr', 3306, oven(), [d(16, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.0005 }, tr(30, 1));
spec('ok.orders-nesterov-relu', 3307, ord(), [d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, tr(120, 32));
spec('ok.shelf-batch-norm-sigmoid', 3308, shelf(), [d(32, 'sigmoid', { batchNorm: true }), d(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(120, 32));

console.log(`wrote ${n} candidates`);
