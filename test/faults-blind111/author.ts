/**
 * Writes every candidate spec of blind fault set 111 (gyms, fitness studios and sports clubs) into
 * candidates/: `npx tsx test/faults-blind111/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 111, data, layers, loss, optimizer, training, ...extra };
}

const MEM = ['membership_months', 'visits_per_week', 'age', 'distance_km', 'classes_booked', 'monthly_fee_cents'];
const visits = (x: Json = {}): Json => ({ csv: '../data/members.csv', target: 'visits_next_month', features: MEM, normalize: 'standard', normalizeTarget: 'standard', ...x });
const WK = ['duration_min', 'avg_hr_bpm', 'max_hr_bpm', 'body_mass_kg', 'age', 'male'];
const kcal = (x: Json = {}): Json => ({ csv: '../data/workouts.csv', target: 'calories_kcal', features: WK, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CL = ['avg_hr_bpm', 'duration_min', 'room_temp_c', 'attendees', 'music_bpm', 'kcal_per_person'];
const ctype = (x: Json = {}): Json => ({ csv: '../data/classes.csv', target: 'class_type', features: CL, normalize: 'standard', ...x });
const TRN = ['top_set_kg', 'sessions_per_week', 'age', 'warmup_min', 'sleep_hours', 'prior_injuries'];
const injury = (x: Json = {}): Json => ({ csv: '../data/training.csv', target: 'injury_reported', features: TRN, normalize: 'standard', ...x });
const spend = (x: Json = {}): Json => ({ csv: '../data/training.csv', target: 'pt_spend_cents', features: TRN, normalize: 'standard', normalizeTarget: 'standard', ...x });
const LF = ['body_mass_kg', 'training_years', 'reps', 'set_weight_kg', 'is_deadlift', 'is_bench'];
const orm = (x: Json = {}): Json => ({ csv: '../data/lifts.csv', target: 'one_rep_max_kg', features: LF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.15 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.05 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.35 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.08 };
const XOR = { builtin: 'xor', samples: 240, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A club's trial: sessions in the first fortnight and minutes per session -> renewed after the trial month.
const INLINE_TRIAL = {
  inline: {
    x: [[1, 20], [6, 55], [2, 35], [8, 60], [0, 0], [4, 45], [3, 25], [7, 70], [1, 60], [5, 30], [9, 50], [2, 15], [6, 40], [0, 0], [4, 65], [3, 50], [8, 35], [1, 40], [5, 55], [2, 45], [7, 30], [3, 10]],
    y: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.binary-crossentropy-loss-name', 'injury-flag', injury(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.adagrad-optimizer', 'one-rep-max', orm(), [d(32, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(60));
add('invalid-spec.kaiming-init-name', 'class-type', ctype(), [d(32, 'relu', { init: 'kaiming_normal' }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.dropout-rate-as-percent', 'calories', kcal(), [d(64, 'relu'), drop(30), d(1)], 'mse', rms(0.002), tr(60));
add('invalid-spec.gelu-activation', 'visits-next-month', visits(), [d(32, 'gelu'), d(1)], 'mse', nest(0.01), tr(60));

add('data-error.na-visits-per-week', 'visits-next-month-na', visits({ csv: '../data/members-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.blank-body-mass-lifts', 'one-rep-max-blank', orm({ csv: '../data/lifts-blank.csv' }), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.club-name-feature', 'visits-next-month', visits({ features: ['club', ...MEM] }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.top-set-lbs-misnamed', 'injury-flag', injury({ features: ['top_set_lbs', 'sessions_per_week', 'age', 'warmup_min', 'sleep_hours', 'prior_injuries'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.target-calories-misnamed', 'calories', kcal({ target: 'calories' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.class-three-heads', 'class-type', ctype(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.injury-two-sigmoid-bce', 'injury-flag', injury(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('shape-mismatch.iris-four-heads', 'iris-demo', IRIS, [d(16, 'relu'), d(4, 'softmax')], 'cce', nest(0.05), tr(80, 16));
add('shape-mismatch.orm-three-outputs', 'one-rep-max', orm(), [d(32, 'tanh'), d(3)], 'mse', adam(0.003), tr(60));

add('loss-activation-mismatch.sigmoid-head-standardized-kcal', 'calories', kcal(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.linear-heads-cce-class', 'class-type', ctype(), [d(32, 'tanh'), d(5)], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-circles', 'court-circles', CIRCLES, [d(32, 'relu'), d(1, 'tanh')], 'bce', mom(0.02), tr(100));
add('loss-activation-mismatch.softmax-heads-bce-class', 'class-type', ctype(), [d(32, 'relu'), d(5, 'softmax')], 'bce', rms(0.002), tr(50));
add('loss-activation-mismatch.relu-head-standardized-visits', 'visits-next-month', visits(), [d(32, 'elu'), d(1, 'relu')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-linear-nesterov-batch-16', 'court-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100, 16));
add('no-nonlinearity.spirals3-linear-adam', 'track-spirals', SPIRALS3, [d(64, 'linear'), d(64, 'linear'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('no-nonlinearity.xor-linear-three-rmsprop', 'locker-parity', XOR, [d(16), d(16), d(16), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.sine-linear-dropout-adam', 'weekly-attendance-cycle', SINE, [d(64), drop(0.1), d(1)], 'mse', adam(0.01), tr(150));

add('lr-out-of-range.adam-10-kcal', 'calories', kcal(), [d(32, 'relu'), d(1)], 'mse', adam(10), tr(40));
add('lr-out-of-range.nesterov-50-orm', 'one-rep-max', orm(), [d(32, 'tanh'), d(1)], 'mse', nest(50), tr(40));
add('lr-out-of-range.rmsprop-1e-9-class', 'class-type', ctype(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(1e-9), tr(50));
add('lr-out-of-range.sgd-zero-rate-injury', 'injury-flag', injury(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-momentum-kcal', 'calories', kcal(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(60));
add('init-symmetry.constant-0.5-tanh-adam-class', 'class-type', ctype(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.1-elu-rmsprop-orm', 'one-rep-max', orm(), [d(32, 'elu', init('constant', { value: 0.1 })), d(32, 'elu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', rms(0.002), tr(60));
add('init-symmetry.zeros-sigmoid-sgd-moons', 'member-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(100, 16));
add('init-symmetry.constant-minus-0.2-leaky-nesterov-visits', 'visits-next-month', visits(), [d(24, 'leaky_relu', init('constant', { value: -0.2 })), d(24, 'leaky_relu', init('constant', { value: -0.2 })), d(1, 'linear', init('constant', { value: -0.2 }))], 'mse', nest(0.01), tr(60));

add('init-scale.normal-std-10-relu-visits', 'visits-next-month', visits(), [d(64, 'relu', init('normal', { std: 10 })), d(64, 'relu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(40));
add('init-scale.uniform-1e-5-deep-tanh-class', 'class-type', ctype(), [...tower(5, 32, 'tanh', init('uniform', { limit: 0.00001 })), d(5, 'softmax', init('uniform', { limit: 0.00001 }))], 'cce', mom(0.01), tr(50));
add('init-scale.normal-std-5-elu-kcal-rmsprop', 'calories', kcal(), [d(64, 'elu', init('normal', { std: 5 })), d(1, 'linear', init('normal', { std: 5 }))], 'mse', rms(0.001), tr(40));
add('init-scale.normal-1e-3-seven-relu-orm', 'one-rep-max', orm(), [...tower(7, 32, 'relu', init('normal', { std: 0.001 })), d(1, 'linear', init('normal', { std: 0.001 }))], 'mse', nest(0.01), tr(60));
add('init-scale.uniform-5-tanh-injury', 'injury-flag', injury(), [d(64, 'tanh', init('uniform', { limit: 5 })), d(1, 'sigmoid', init('uniform', { limit: 5 }))], 'bce', sgd(0.05), tr(40));

add('dead-relu.bias-minus-3-rmsprop-kcal', 'calories', kcal(), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(1)], 'mse', rms(0.002), tr(60));
add('dead-relu.adam-0.5-batch-16-orm', 'one-rep-max', orm(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.5), tr(30, 16));
add('dead-relu.nesterov-0.5-deep-class', 'class-type', ctype(), [...tower(3, 32, 'relu'), d(5, 'softmax')], 'cce', nest(0.5), tr(40, 16));
add('dead-relu.lecun-bias-minus-2-momentum-injury', 'injury-flag', injury(), [d(32, 'relu', { init: 'lecun_normal', bias: -2 }), d(16, 'relu', { init: 'lecun_normal', bias: -2 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40, 8));
add('dead-relu.sgd-plain-0.8-batch-4-visits', 'visits-next-month', visits(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.8), tr(20, 4));

add('exploding-gradient.raw-pt-spend-cents-momentum', 'pt-spend-raw', spend({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.00001), tr(30));
add('exploding-gradient.raw-fee-cents-relu-nesterov', 'visits-next-month-raw', visits({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0001), tr(30));
add('exploding-gradient.ten-relu-std-0.5-adam', 'calories', kcal(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0005), tr(30));
add('exploding-gradient.raw-kg-lb-elu-sgd-injury', 'injury-flag-raw', injury({ normalize: 'none', features: ['top_set_kg', 'top_set_lb', ...TRN.slice(1)] }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.001), tr(30));
add('exploding-gradient.raw-1rm-kg-target-sgd', 'one-rep-max-raw', orm({ normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-orm', 'one-rep-max', orm(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.seven-sigmoid-nesterov-kcal', 'calories', kcal(), [...tower(7, 24, 'sigmoid'), d(1)], 'mse', nest(0.01), tr(60));
add('vanishing-gradient.ten-tanh-std-0.02-momentum-visits', 'visits-next-month', visits(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.fifteen-sigmoid-circles', 'court-circles', CIRCLES, [...tower(15, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));
add('vanishing-gradient.nine-sigmoid-class-batch-8', 'class-type', ctype(), [...tower(9, 16, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(40, 8));

add('nan-loss.raw-pt-spend-sgd-0.05', 'pt-spend-raw', spend({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(20));
add('nan-loss.momentum-lr-2-orm', 'one-rep-max', orm(), [d(32, 'tanh'), d(1)], 'mse', mom(2), tr(40));
add('nan-loss.normal-std-50-relu-deep-kcal', 'calories', kcal(), [...tower(4, 64, 'relu', init('normal', { std: 50 })), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.rmsprop-3-deep-relu-visits', 'visits-next-month', visits(), [...tower(4, 64, 'relu'), d(1)], 'mse', rms(3), tr(30));
add('nan-loss.raw-fee-cents-sgd-batch-4', 'visits-next-month-raw', visits({ normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', sgd(0.001), tr(20, 4));

add('saturated-activation.sigmoid-raw-fee-visits', 'visits-next-month-raw', visits({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-kg-lb-injury', 'injury-flag-raw', injury({ normalize: 'none', features: ['top_set_kg', 'top_set_lb', ...TRN.slice(1)] }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.sigmoid-bias-8-class', 'class-type', ctype(), [d(32, 'sigmoid', { bias: 8 }), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('saturated-activation.tanh-std-3-wide-kcal', 'calories', kcal(), [d(128, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', sgd(0.005), tr(60));
add('saturated-activation.tanh-raw-heart-rate-class', 'class-type-raw', ctype({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.002), tr(50));

add('lr-too-high.adam-0.1-batch-4-kcal', 'calories', kcal(), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 4));
add('lr-too-high.sgd-plain-0.2-batch-1-visits', 'visits-next-month', visits(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.2), tr(5, 1));
add('lr-too-high.rmsprop-0.05-batch-16-class', 'class-type', ctype(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(40, 16));
add('lr-too-high.nesterov-0.2-orm', 'one-rep-max', orm(), [d(32, 'elu'), d(1)], 'mse', nest(0.2), tr(30));
add('lr-too-high.momentum-0.3-batch-8-injury', 'injury-flag', injury(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.3), tr(30, 8));
add('lr-too-high.adam-0.05-batch-2-orm', 'one-rep-max', orm(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.05), tr(6, 2));

add('lr-too-low.sgd-plain-1e-5-kcal', 'calories', kcal(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-7-orm', 'one-rep-max', orm(), [d(32, 'tanh'), d(1)], 'mse', adam(0.0000001), tr(60));
add('lr-too-low.nesterov-1e-6-class', 'class-type', ctype(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.000001), tr(50));
add('lr-too-low.rmsprop-1e-7-visits', 'visits-next-month', visits(), [d(32, 'relu'), d(1)], 'mse', rms(0.0000001), tr(60));
add('lr-too-low.sgd-plain-1e-3-full-batch-spirals', 'track-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', sgd(0.001), tr(150, 450));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-kcal', 'calories', kcal(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 700));
add('oscillating-loss.rmsprop-0.1-full-batch-orm', 'one-rep-max', orm(), [d(32, 'relu'), d(1)], 'mse', rms(0.1), tr(120, 620));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-visits', 'visits-next-month', visits(), [d(1)], 'mse', sgd(1.9), tr(100, 850));
add('oscillating-loss.nesterov-0.995-lr-0.05-full-batch-class', 'class-type', ctype(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.05, 0.995), tr(150, 780));
add('oscillating-loss.adam-0.05-full-batch-tanh-orm', 'one-rep-max', orm(), [d(32, 'tanh'), d(1)], 'mse', adam(0.05), tr(150, 620));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-sine', 'weekly-attendance-cycle', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(0.3, 0.95), tr(150, 250));

add('loss-plateau.age-only-visits', 'visits-next-month', visits({ features: ['age'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-1-rmsprop-kcal', 'calories', kcal(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 1 }), tr(60));
add('loss-plateau.dropout-0.95-orm', 'one-rep-max', orm(), [d(64, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.checkin-timestamp-only-visits', 'visits-next-month', visits({ features: ['last_checkin_ts'] }), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));
add('loss-plateau.one-unit-bottleneck-class', 'class-type', ctype(), [d(32, 'relu'), d(1, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

// ---------------------------------------------------------------- healthy
add('ok.visits-adam-relu', 'visits-next-month', visits(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.visits-rmsprop-elu-val', 'visits-next-month', visits(), [d(48, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.visits-nesterov-tanh-batch-16', 'visits-next-month', visits(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.visits-minmax-adam-decay', 'visits-next-month', visits({ normalize: 'minmax' }), [d(64, 'leaky_relu'), d(1)], 'mse', adam(0.005, { weightDecay: 0.0001 }), tr(100));
add('ok.visits-sgd-plain-linear', 'visits-next-month', visits(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.visits-sgd-plain-elu-batch-1', 'visits-next-month', visits(), [d(16, 'elu'), d(1)], 'mse', sgd(0.002), tr(8, 1));
add('ok.kcal-adam-elu', 'calories', kcal(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.kcal-momentum-relu-batch-8', 'calories', kcal(), [d(32, 'relu'), d(1)], 'mse', mom(0.005), tr(40, 8));
add('ok.kcal-rmsprop-tanh-dropout', 'calories', kcal(), [d(64, 'tanh'), drop(0.1), d(1)], 'mse', rms(0.001), tr(80));
add('ok.kcal-bn-nesterov-batch-64', 'calories', kcal(), [d(32, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', nest(0.01), tr(80, 64));
add('ok.kcal-adam-full-batch', 'calories', kcal(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(300, 700));
add('ok.kcal-sigmoid-adam-clip', 'calories', kcal(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.01, { clipNorm: 1 }), tr(100));
add('ok.class-adam-relu', 'class-type', ctype(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.class-momentum-tanh-batch-16', 'class-type', ctype(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', mom(0.03), tr(50, 16));
add('ok.class-rmsprop-elu-dropout', 'class-type', ctype(), [d(48, 'elu'), drop(0.15), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.class-sgd-plain-sigmoid', 'class-type', ctype(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(80, 16));
add('ok.class-minmax-nesterov-clip', 'class-type', ctype({ normalize: 'minmax' }), [d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', nest(0.05, 0.9, { clipNorm: 5 }), tr(80));
add('ok.class-adam-bn-batch-128', 'class-type', ctype(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.01), tr(80, 128));
add('ok.injury-adam-relu', 'injury-flag', injury(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.injury-rmsprop-val', 'injury-flag', injury(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(50, 32, { validationSplit: 0.2 }));
add('ok.injury-elu-momentum-batch-64', 'injury-flag', injury(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(80, 64));
add('ok.spend-adam-relu', 'pt-spend', spend(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.orm-adam-relu', 'one-rep-max', orm(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orm-sgd-tanh-batch-8', 'one-rep-max', orm(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.02), tr(50, 8));
add('ok.orm-rmsprop-elu-bn', 'one-rep-max', orm(), [d(32, 'elu', { batchNorm: true }), d(1)], 'mse', rms(0.002), tr(80));
add('ok.orm-nesterov-leaky-decay', 'one-rep-max', orm(), [d(48, 'leaky_relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(80));
add('ok.orm-xavier-lecun-momentum', 'one-rep-max', orm(), [d(32, 'tanh', { init: 'xavier_normal' }), d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01, 0.8), tr(80));
add('ok.orm-minmax-adam-val', 'one-rep-max', orm({ normalize: 'minmax' }), [d(64, 'relu'), d(1)], 'mse', adam(0.005), tr(120, 32, { validationSplit: 0.15 }));
add('ok.iris-adam', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-batch-1', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', rms(0.001), tr(30, 1));
add('ok.moons-nesterov-relu', 'member-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100));
add('ok.circles-adam-elu', 'court-circles', CIRCLES, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.spirals3-adam-relu-deep', 'track-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-tanh', 'zone-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.1), tr(80, 16));
add('ok.sine-adam-tanh', 'weekly-attendance-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(200));
add('ok.xor-rmsprop-leaky-dropout', 'locker-parity', XOR, [d(32, 'leaky_relu'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('ok.trial-inline-adam', 'trial-renewal', INLINE_TRIAL, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 4));
add('ok.xor-momentum-elu-batch-8', 'locker-parity', XOR, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(60, 8));
add('ok.moons-sgd-plain-sigmoid-full-batch', 'member-moons', MOONS, [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(2), tr(400, 400));
add('ok.sine-rmsprop-elu', 'weekly-attendance-cycle', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(150, 16));
add('ok.blobs4-adam-uniform-init', 'zone-blobs', BLOBS4, [d(16, 'relu', init('uniform', { limit: 0.3 })), d(4, 'softmax')], 'cce', adam(0.01), tr(60));
add('ok.class-kcal-free-adam-elu', 'class-type', ctype({ features: ['avg_hr_bpm', 'duration_min', 'room_temp_c', 'attendees', 'music_bpm'] }), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.005), tr(60));

// ---------------------------------------------------------------- second round (added after the first observation)
add('loss-activation-mismatch.tanh-head-standardized-kcal', 'calories', kcal(), [d(32, 'elu'), d(1, 'tanh')], 'mse', mom(0.01), tr(60));
add('loss-activation-mismatch.sigmoid-head-raw-visits', 'visits-next-month', visits({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.05-relu-nesterov-class', 'class-type', ctype(), [d(32, 'relu', init('constant', { value: 0.05 })), d(32, 'relu', init('constant', { value: 0.05 })), d(5, 'softmax', init('constant', { value: 0.05 }))], 'cce', nest(0.01), tr(50));
add('init-symmetry.zeros-tanh-rmsprop-orm', 'one-rep-max', orm(), [d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.2-elu-sgd-spirals3', 'track-spirals', SPIRALS3, [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(3, 'softmax', init('constant', { value: 0.2 }))], 'cce', sgd(0.1), tr(150, 16));
add('lr-too-high.rmsprop-0.3-kcal', 'calories', kcal(), [d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(30));
add('lr-too-high.momentum-0.2-batch-16-orm', 'one-rep-max', orm(), [d(32, 'relu'), d(1)], 'mse', mom(0.2), tr(30, 16));
add('lr-too-high.sgd-plain-2-batch-8-class', 'class-type', ctype(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(2), tr(30, 8));
add('lr-too-high.nesterov-0.05-batch-1-orm', 'one-rep-max', orm(), [d(32, 'elu'), d(1)], 'mse', nest(0.05), tr(5, 1));
add('lr-too-high.adam-0.3-batch-16-visits', 'visits-next-month', visits(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.3), tr(30, 16));
add('oscillating-loss.momentum-0.98-lr-0.3-full-batch-linear-orm', 'one-rep-max', orm(), [d(1)], 'mse', mom(0.3, 0.98), tr(120, 620));
add('oscillating-loss.sgd-plain-1.5-full-batch-tanh-kcal', 'calories', kcal(), [d(16, 'tanh'), d(1)], 'mse', sgd(1.5), tr(120, 700));
add('oscillating-loss.momentum-0.99-lr-0.03-full-batch-linear-visits', 'visits-next-month', visits(), [d(1)], 'mse', mom(0.03, 0.99), tr(150, 850));
add('oscillating-loss.nesterov-0.99-lr-0.3-full-batch-linear-kcal', 'calories', kcal(), [d(1)], 'mse', nest(0.3, 0.99), tr(120, 700));
add('oscillating-loss.momentum-0.98-lr-0.1-full-batch-tanh-orm', 'one-rep-max', orm(), [d(16, 'tanh'), d(1)], 'mse', mom(0.1, 0.98), tr(150, 620));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
