/**
 * Writes every candidate spec of blind fault set 175 (equestrian stables and riding schools) into
 * candidates/: `npx tsx test/faults-blind175/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 175, data, layers, loss, optimizer, training, ...extra };
}

const WF = ['height_cm', 'girth_cm', 'length_cm', 'age_y', 'feed_kg_day', 'work_min_week'];
const wt = (x: Json = {}): Json => ({ csv: '../data/weight.csv', target: 'weight_kg', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const LF = ['jump_cm', 'lesson_min', 'arena_m2', 'riders', 'rider_level'];
const les = (x: Json = {}): Json => ({ csv: '../data/lesson.csv', target: 'discipline', features: LF, normalize: 'standard', ...x });
const MF = ['farrier_days', 'workload_h_week', 'age_y', 'weight_kg', 'hard_surface', 'hoof_angle_deg'];
const lame = (x: Json = {}): Json => ({ csv: '../data/lameness.csv', target: 'lame', features: MF, normalize: 'standard', ...x });
const VF = ['full_livery', 'horses', 'hay_bales', 'turnout_h_day', 'extras', 'arena_h'];
const liv = (x: Json = {}): Json => ({ csv: '../data/livery.csv', target: 'bill_eur', features: VF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['speed_m_s', 'stride_hz', 'accel_rms_g'];
const gait = (x: Json = {}): Json => ({ csv: '../data/gait.csv', target: 'gait', features: GF, normalize: 'standard', ...x });
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
const BLOBS4 = { builtin: 'blobs', samples: 240, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 200, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A yard manager's notebook: fence height cm and approach strides -> clean round (1) or a pole down (0).
const INLINE_JUMP = {
  inline: {
    x: [[80, 5], [90, 5], [100, 4], [110, 4], [120, 3], [80, 3], [90, 6], [100, 6], [110, 5], [120, 6], [85, 4], [95, 3], [105, 5], [115, 3], [125, 5], [70, 4], [75, 6], [130, 6], [130, 3], [100, 3]],
    y: [1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.momentum-0.99-full-batch-linear-weight', 'weigh-tape', wt(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 900));
add('oscillating-loss.nesterov-0.97-lr-0.3-full-batch-linear-livery', 'livery-bill', liv(), [d(1)], 'mse', nest(0.3, 0.97), tr(150, 800));
add('oscillating-loss.sgd-plain-collinear-speed-full-batch-gait', 'gait-sensor', gait({ features: ['speed_m_s', 'speed_km_h', 'stride_hz', 'cadence_per_min', 'accel_rms_g'] }), [d(4, 'softmax')], 'cce', sgd(4.5), tr(150, 900));
add('oscillating-loss.adam-0.05-batch-2-sine-tanh', 'stride-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.05), tr(60, 2));
add('oscillating-loss.rmsprop-0.02-batch-1-linear-weight', 'weigh-tape', wt(), [d(1)], 'mse', rms(0.02), tr(40, 1));
add('oscillating-loss.momentum-0.95-lr-0.05-batch-4-tanh-weight', 'weigh-tape', wt(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05, 0.95), tr(40, 4));
add('oscillating-loss.raw-girth-sgd-full-batch-linear', 'weigh-tape', wt({ features: ['girth_cm', 'length_cm'], normalize: 'none' }), [d(1)], 'mse', sgd(3.1e-5), tr(200, 900));
add('oscillating-loss.adam-0.03-batch-4-livery-relu', 'livery-bill', liv(), [d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(50, 4));

add('oscillating-loss.momentum-0.99-full-batch-linear-livery', 'livery-bill', liv(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 800));
add('oscillating-loss.nesterov-0.98-lr-0.03-full-batch-linear-weight', 'weigh-tape', wt({ features: ['height_cm', 'girth_cm', 'length_cm', 'feed_kg_day'] }), [d(1)], 'mse', nest(0.03, 0.98), tr(150, 900));
add('oscillating-loss.momentum-0.98-lr-0.5-full-batch-softmax-gait', 'gait-sensor', gait(), [d(4, 'softmax')], 'cce', mom(0.5, 0.98), tr(150, 900));
add('lr-too-high.sgd-plain-0.3-batch-2-tanh-weight', 'weigh-tape', wt(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.3), tr(20, 2));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'weigh-tape', wt(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'discipline', les(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-livery', 'livery-bill', liv(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.batch-size-zero', 'lameness', lame(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40, 0));
add('invalid-spec.dropout-rate-1.5', 'gait-sensor', gait(), [d(32, 'relu'), drop(1.5), d(4, 'softmax')], 'cce', adam(0.003), tr(40));

add('data-error.na-girth-weight', 'weigh-tape-na', wt({ csv: '../data/weight-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.horse-id-feature', 'weigh-tape', wt({ features: ['horse_id', ...WF] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.booked-at-feature-lesson', 'discipline', les({ features: ['booked_at', ...LF] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('data-error.livery-xlsx-missing', 'livery-bill', liv({ csv: '../data/livery.xlsx' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.target-typo-weight', 'weigh-tape', wt({ target: 'weight' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.lesson-four-heads-no-vaulting', 'discipline', les(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.gait-three-heads-no-gallop', 'gait-sensor', gait(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.003), tr(50));
add('shape-mismatch.weight-and-feed-one-output', 'weigh-tape', wt({ target: ['weight_kg', 'feed_kg_day'], features: ['height_cm', 'girth_cm', 'length_cm', 'age_y', 'work_min_week'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.blobs4-two-heads', 'paddock-blobs', BLOBS4, [d(16, 'relu'), d(2, 'softmax')], 'cce', mom(0.02), tr(60));

add('loss-activation-mismatch.relu-head-bce-lameness', 'lameness', lame(), [d(16, 'relu'), d(1, 'relu')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-weight', 'weigh-tape', wt(), [d(32, 'elu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-moons', 'arena-moons', MOONS, [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(100));
add('loss-activation-mismatch.relu-head-standardized-livery', 'livery-bill', liv(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(60));

add('no-nonlinearity.circles-linear-adam', 'lunge-ring-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-nesterov', 'two-rein-xor', XOR, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('no-nonlinearity.spirals-linear-rmsprop-bn', 'trail-spirals', SPIRALS, [d(32, 'linear', { batchNorm: true }), d(32, 'linear'), d(2, 'softmax')], 'cce', rms(0.003), tr(100));

add('lr-out-of-range.adam-lr-3-lesson', 'discipline', les(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3), tr(40));
add('lr-out-of-range.sgd-1e-8-weight', 'weigh-tape', wt(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-8), tr(60));
add('lr-out-of-range.rmsprop-lr-25-gait', 'gait-sensor', gait(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', rms(25), tr(40));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-sigmoid-rmsprop-lesson', 'discipline', les(), [d(32, 'sigmoid', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(50));
add('init-symmetry.constant-0.2-tanh-momentum-moons', 'arena-moons', MOONS, [d(16, 'tanh', init('constant', { value: 0.2 })), d(16, 'tanh', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', mom(0.05), tr(100));
add('init-symmetry.zeros-tanh-adam-xor', 'two-rein-xor', XOR, [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(100));
add('init-symmetry.constant-0.1-elu-gait', 'gait-sensor', gait(), [d(32, 'elu', init('constant', { value: 0.1 })), d(4, 'softmax', init('constant', { value: 0.1 }))], 'cce', adam(0.003), tr(50));

add('init-scale.normal-std-4-sigmoid-weight', 'weigh-tape', wt(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(1, undefined, init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-6-tanh-lesson', 'discipline', les(), [d(64, 'tanh', init('uniform', { limit: 6 })), d(64, 'tanh', init('uniform', { limit: 6 })), d(5, 'softmax', init('uniform', { limit: 6 }))], 'cce', mom(0.01), tr(50));
add('init-scale.normal-1e-5-six-relu-livery', 'livery-bill', liv(), [...tower(6, 32, 'relu', init('normal', { std: 1e-5 })), d(1)], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-2-leaky-lameness', 'lameness', lame(), [d(64, 'leaky_relu', init('normal', { std: 2 })), d(64, 'leaky_relu', init('normal', { std: 2 })), d(1, 'sigmoid', init('normal', { std: 2 }))], 'bce', rms(0.001), tr(40));

add('dead-relu.bias-minus-8-gait', 'gait-sensor', gait(), [d(128, 'relu', { bias: -8 }), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('dead-relu.bias-minus-2-four-layer-circles', 'lunge-ring-circles', CIRCLES, [...tower(4, 16, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100));
add('dead-relu.momentum-0.99-lr-0.3-lesson', 'discipline', les(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.3, 0.99), tr(40));
add('dead-relu.adam-0.05-batch-2-relu-weight', 'weigh-tape', wt(), [d(8, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.05), tr(30, 2));
add('dead-relu.sgd-1.5-small-relu-moons', 'arena-moons', MOONS, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1.5), tr(100, 8));

add('exploding-gradient.raw-weight-target-sgd', 'weigh-tape', wt({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001), tr(60));
add('exploding-gradient.raw-arena-m2-momentum-lesson', 'discipline', les({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('exploding-gradient.raw-livery-bill-rmsprop', 'livery-bill', liv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('exploding-gradient.constant-0.5-deep-relu-weight', 'weigh-tape', wt(), [...tower(5, 32, 'relu', init('constant', { value: 0.5 })), d(1)], 'mse', adam(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-lesson', 'discipline', les(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('vanishing-gradient.ten-tanh-std-0.02-weight', 'weigh-tape', wt(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(40));
add('vanishing-gradient.seven-sigmoid-sgd-lameness', 'lameness', lame(), [...tower(7, 24, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));

add('saturated-activation.sigmoid-raw-arena-lesson', 'discipline', les({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.tanh-bias-5-livery', 'livery-bill', liv(), [d(32, 'tanh', { bias: 5 }), d(32, 'tanh', { bias: 5 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-weight-kg-lameness', 'lameness', lame({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-raw-girth-weight', 'weigh-tape', wt({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.01), tr(60));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-2-batch-1-weight', 'weigh-tape', wt(), [d(32, 'relu'), d(1)], 'mse', sgd(2), tr(20, 1));
add('nan-loss.raw-everything-momentum-livery', 'livery-bill', liv({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.01), tr(40));
add('nan-loss.relu-std-1-deep-gait', 'gait-sensor', gait(), [...tower(10, 64, 'relu', init('normal', { std: 1 })), d(4, 'softmax')], 'cce', sgd(0.05), tr(30));
add('nan-loss.raw-weight-linear-sgd-0.01', 'weigh-tape', wt({ normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', sgd(0.01), tr(20));

add('lr-too-high.adam-0.05-batch-1-lameness', 'lameness', lame(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(30, 1));
add('lr-too-high.rmsprop-0.05-batch-2-weight', 'weigh-tape', wt(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(30, 2));
add('lr-too-high.nesterov-0.99-lr-0.1-gait', 'gait-sensor', gait(), [d(32, 'elu'), d(4, 'softmax')], 'cce', nest(0.1, 0.99), tr(50, 16));
add('lr-too-high.sgd-plain-0.9-batch-4-livery', 'livery-bill', liv(), [d(32, 'relu'), d(1)], 'mse', sgd(0.9), tr(40, 4));
add('lr-too-high.rmsprop-0.04-batch-4-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.04), tr(60, 4));
add('lr-too-high.adam-0.3-batch-16-lesson', 'discipline', les(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(40, 16));

add('lr-too-low.sgd-plain-1e-5-weight', 'weigh-tape', wt(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-5), tr(60));
add('lr-too-low.adam-1e-6-gait', 'gait-sensor', gait(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(1e-6), tr(50));
add('lr-too-low.momentum-1e-6-lesson', 'discipline', les(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(1e-6), tr(50));
add('lr-too-low.rmsprop-2e-7-moons-batch-8', 'arena-moons', MOONS, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(2e-7), tr(60, 8));
add('lr-too-low.raw-girth-sgd-1e-9-weight', 'weigh-tape', wt({ normalize: 'none' }), [d(1)], 'mse', sgd(1e-9), tr(60));

add('loss-plateau.instructor-only-lesson', 'discipline', les({ features: ['instructor_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.stall-only-lameness', 'lameness', lame({ features: ['stall_no'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.sensor-batch-only-gait', 'gait-sensor', gait({ features: ['sensor_batch'] }), [d(16, 'elu'), d(4, 'softmax')], 'cce', nest(0.02), tr(40));
add('loss-plateau.weight-decay-5-adam-weight', 'weigh-tape', wt(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-momentum-livery', 'livery-bill', liv(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 1e-7 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.weight-adam-relu', 'weigh-tape', wt(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.weight-adam-batch-2-tanh', 'weigh-tape', wt(), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(20, 2));
add('ok.weight-rmsprop-batch-4-elu', 'weigh-tape', wt(), [d(16, 'elu'), d(1)], 'mse', rms(0.005), tr(20, 4));
add('ok.weight-linear-momentum-0.9', 'weigh-tape', wt(), [d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('ok.weight-linear-nesterov-0.95', 'weigh-tape', wt(), [d(1)], 'mse', nest(0.005, 0.95), tr(60, 16));
add('ok.weight-raw-girth-sgd-1e-5', 'weigh-tape', wt({ features: ['girth_cm', 'length_cm', 'height_cm'], normalize: 'none' }), [d(1)], 'mse', sgd(1e-5), tr(200, 16));
add('ok.weight-minmax-bn-dropout-val', 'weigh-tape', wt({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.weight-deep-tanh-clip', 'weigh-tape', wt(), [...tower(4, 32, 'tanh'), d(1)], 'mse', adam(0.002, { clipNorm: 1 }), tr(60));
add('ok.livery-adam-relu-decay', 'livery-bill', liv(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(60));
add('ok.livery-linear-momentum-0.99-small', 'livery-bill', liv(), [d(1)], 'mse', mom(0.002, 0.99), tr(80, 32));
add('ok.livery-rmsprop-batch-1-leaky', 'livery-bill', liv(), [d(16, 'leaky_relu'), d(1)], 'mse', rms(0.003), tr(15, 1));
add('ok.livery-full-batch-nesterov', 'livery-bill', liv(), [d(16, 'tanh'), d(1)], 'mse', nest(0.1, 0.9), tr(300, 800));
add('ok.livery-raw-hay-sgd-1e-4', 'livery-bill', liv({ features: ['horses', 'hay_bales', 'extras'], normalize: 'none' }), [d(1)], 'mse', sgd(1e-4), tr(100, 16));
add('ok.lesson-adam-relu', 'discipline', les(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.lesson-sgd-momentum-0.9-elu', 'discipline', les(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.05, 0.9), tr(50));
add('ok.lesson-rmsprop-tanh-dropout', 'discipline', les(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.lesson-minmax-sigmoid-nesterov', 'discipline', les({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.1, 0.9), tr(80));
add('ok.lesson-adam-batch-4-relu', 'discipline', les(), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(20, 4));
add('ok.gait-adam-relu', 'gait-sensor', gait(), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(40));
add('ok.gait-softmax-regression-sgd', 'gait-sensor', gait(), [d(4, 'softmax')], 'cce', sgd(0.3), tr(80, 32));
add('ok.gait-rmsprop-batch-2-leaky', 'gait-sensor', gait(), [d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', rms(0.01), tr(15, 2));
add('ok.gait-nesterov-0.95-bn', 'gait-sensor', gait(), [d(32, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', nest(0.02, 0.95), tr(40));
add('ok.gait-full-batch-adam-tanh', 'gait-sensor', gait(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 900));
add('ok.lameness-adam-relu', 'lameness', lame(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.lameness-logistic-momentum', 'lameness', lame(), [d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(60));
add('ok.lameness-rmsprop-batch-4-tanh', 'lameness', lame(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(20, 4));
add('ok.moons-adam-relu-batch-1', 'arena-moons', MOONS, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(30, 1));
add('ok.moons-momentum-0.95-tanh', 'arena-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.95), tr(150, 16));
add('ok.circles-adam-elu-dropout', 'lunge-ring-circles', CIRCLES, [d(32, 'elu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.spirals-adam-relu-deep', 'trail-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-batch-8', 'paddock-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(80, 8));
add('ok.sine-adam-batch-4-tanh', 'stride-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(100, 4));
add('ok.sine-rmsprop-batch-2-elu', 'stride-sine', SINE, [d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(100, 2));
add('ok.sine-nesterov-0.9-tanh', 'stride-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.9), tr(300, 16));
add('ok.xor-adam-relu-xavier', 'two-rein-xor', XOR, [d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-lecun-tanh', 'iris-demo', IRIS, [d(16, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', rms(0.005), tr(100, 8));
add('ok.iris-sgd-plain-full-batch', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.5), tr(300, 150));
add('ok.jump-inline-adam-tanh', 'clear-round', INLINE_JUMP, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 20));
add('ok.weight-adam-batch-1-relu-small', 'weigh-tape', wt(), [d(8, 'relu'), d(1)], 'mse', adam(0.003), tr(10, 1));
add('ok.lesson-relu-adam-0.02-some-dead', 'discipline', les(), [d(64, 'relu'), d(5, 'softmax')], 'cce', adam(0.02), tr(40, 8));
add('ok.moons-relu-momentum-0.9-lr-0.3', 'arena-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.9), tr(100, 16));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
