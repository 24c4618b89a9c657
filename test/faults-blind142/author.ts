/**
 * Writes every candidate spec of blind fault set 142 (language schools and tutoring services) into
 * candidates/: `npx tsx test/faults-blind142/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 142, data, layers, loss, optimizer, training, ...extra };
}

const SF = ['lesson_min', 'study_h_week', 'homework_count', 'prior_score_pts', 'level', 'fee_usd'];
const ses = (x: Json = {}): Json => ({ csv: '../data/sessions.csv', target: 'gain_pts', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const PF = ['age', 'placement_pts', 'listening_pct', 'vocab_words', 'years_studied'];
const plc = (x: Json = {}): Json => ({ csv: '../data/placement.csv', target: 'course_level', features: PF, normalize: 'standard', ...x });
const DF = ['missed_sessions', 'study_h_week', 'homework_count', 'months_enrolled', 'fee_cents'];
const drp = (x: Json = {}): Json => ({ csv: '../data/dropout.csv', target: 'dropped_out', features: DF, normalize: 'standard', ...x });
const VF = ['hours_booked', 'group_size', 'tutor_rating', 'level', 'travel_km'];
const inv = (x: Json = {}): Json => ({ csv: '../data/invoices.csv', target: 'invoice_usd', features: VF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const EF = ['study_h_week', 'attendance_pct', 'mock_exams', 'lesson_min_term', 'sleep_h'];
const exm = (x: Json = {}): Json => ({ csv: '../data/exams.csv', target: 'exam_pct', features: EF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SINE = { builtin: 'sine', samples: 250, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A tutor's notebook: weekly practice hours and lessons per month -> passed the oral exam (1) or not (0).
const INLINE_ORAL = {
  inline: {
    x: [[1, 2], [2, 2], [3, 4], [5, 4], [6, 8], [8, 8], [1, 6], [2, 8], [4, 2], [7, 2], [9, 4], [10, 6], [0.5, 1], [3, 1], [4, 6], [6, 4], [7, 8], [2, 4], [5, 6], [8, 2], [1, 4], [9, 8], [3, 6], [6, 1]],
    y: [0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0],
  },
  normalize: 'minmax',
};

// ---------------------------------------------------------------- oscillation candidates (observed first)
add('oscillating-loss.momentum-0.99-lr-0.2-full-batch-linear-exams', 'exam-percent', exm(), [d(1)], 'mse', mom(0.2, 0.99), tr(150, 880));
add('oscillating-loss.nesterov-0.98-lr-0.5-full-batch-linear-sessions', 'score-gain', ses(), [d(1)], 'mse', nest(0.5, 0.98), tr(150, 960));
add('oscillating-loss.sgd-plain-1.3-collinear-pts-pct-full-batch', 'score-gain', ses({ features: ['lesson_min', 'study_h_week', 'prior_score_pts', 'prior_score_pct', 'level'] }), [d(1)], 'mse', sgd(1.3), tr(120, 960));
add('oscillating-loss.momentum-0.95-lr-0.8-batch-64-invoices', 'invoice-usd', inv(), [d(1)], 'mse', mom(0.8, 0.95), tr(60, 64));
add('oscillating-loss.adam-0.08-full-batch-tanh-placement', 'course-level', plc(), [d(32, 'tanh'), d(6, 'softmax')], 'cce', adam(0.08), tr(120, 1000));
add('oscillating-loss.sgd-plain-0.5-batch-2-exams-relu', 'exam-percent', exm(), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 2));
add('oscillating-loss.rmsprop-0.02-batch-16-linear-sessions', 'score-gain', ses(), [d(1)], 'mse', rms(0.02), tr(60, 16));
add('oscillating-loss.nesterov-0.995-lr-0.05-full-batch-logistic-dropout', 'dropout-flag', drp(), [d(1, 'sigmoid')], 'bce', nest(0.05, 0.995), tr(200, 1100));
add('oscillating-loss.momentum-0.97-lr-1.5-full-batch-sine-tanh', 'sine-warmup', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(1.5, 0.97), tr(200, 250));

add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-linear-sessions', 'score-gain', ses(), [d(1)], 'mse', nest(0.1, 0.99), tr(150, 960));
add('oscillating-loss.momentum-0.98-lr-0.3-full-batch-linear-invoices', 'invoice-usd', inv(), [d(1)], 'mse', mom(0.3, 0.98), tr(150, 820));
add('oscillating-loss.adam-0.5-full-batch-linear-invoices', 'invoice-usd', inv(), [d(1)], 'mse', adam(0.5), tr(150, 820));
add('oscillating-loss.rmsprop-0.1-full-batch-linear-exams', 'exam-percent', exm(), [d(1)], 'mse', rms(0.1), tr(100, 880));
add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-tanh-placement', 'course-level', plc(), [d(16, 'tanh'), d(6, 'softmax')], 'cce', mom(0.1, 0.99), tr(200, 1000));
add('oscillating-loss.nesterov-0.995-lr-0.05-logistic-dropout-600-epochs', 'dropout-flag', drp(), [d(1, 'sigmoid')], 'bce', nest(0.05, 0.995), tr(600, 1100));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-440-exams-elu', 'exam-percent', exm(), [d(16, 'elu'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 440));
add('oscillating-loss.sgd-plain-0.1-batch-1-linear-invoices', 'invoice-usd', inv(), [d(1)], 'mse', sgd(0.1), tr(30, 1));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'score-gain', ses(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'course-level', plc(), [d(32, 'gelu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-invoices', 'invoice-usd', inv(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.embedding-layer-tutor', 'score-gain', ses(), [{ type: 'embedding', inputDim: 14, outputDim: 4 }, d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'exam-percent', exm(), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(40, 0));

add('data-error.na-study-hours', 'score-gain-na', ses({ csv: '../data/sessions-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.tutor-id-feature', 'score-gain', ses({ features: ['tutor_id', ...SF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.session-ts-feature', 'score-gain', ses({ features: ['session_ts', ...SF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.target-typo-gain-points', 'score-gain', ses({ target: 'gain_points' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.invoice-no-feature-semicolon', 'invoice-usd', inv({ features: ['invoice_no', ...VF] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(50));
add('data-error.wrong-case-file-name', 'exam-percent', exm({ csv: '../data/Exams.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(50));

add('shape-mismatch.placement-five-heads-no-c2', 'course-level', plc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.exam-pct-and-pts-one-output', 'exam-percent', exm({ target: ['exam_pct', 'exam_pts'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('shape-mismatch.dropout-two-sigmoid-units', 'dropout-flag', drp(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'campus-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.iris-single-softmax', 'iris-demo', IRIS, [d(8, 'relu'), d(1, 'softmax')], 'cce', rms(0.005), tr(60, 8));

add('loss-activation-mismatch.single-softmax-bce-dropout', 'dropout-flag', drp(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-exams', 'exam-percent', exm(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-sessions', 'score-gain', ses(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.tanh-head-bce-oral', 'oral-exam', INLINE_ORAL, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.sigmoid-heads-cce-placement', 'course-level', plc(), [d(32, 'relu'), d(6, 'sigmoid')], 'cce', adam(0.003), tr(50));

add('no-nonlinearity.circles-four-linear-adam', 'campus-circles', CIRCLES, [d(32), d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.xor-linear-nesterov-full-batch', 'pairing-xor', XOR, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(300, 300));
add('no-nonlinearity.spirals-linear-rmsprop-dropout', 'spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', rms(0.002), tr(150, 16));
add('no-nonlinearity.moons-linear-bn-sgd-batch-4', 'moons', MOONS, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 4));

add('lr-out-of-range.adam-lr-3-placement', 'course-level', plc(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(3), tr(30));
add('lr-out-of-range.rmsprop-1e-8-exams', 'exam-percent', exm(), [d(32, 'tanh'), d(1)], 'mse', rms(1e-8), tr(40));
add('lr-out-of-range.nesterov-lr-40-invoices', 'invoice-usd', inv(), [d(16, 'relu'), d(1)], 'mse', nest(40), tr(20));
add('lr-out-of-range.sgd-negative-lr-sessions', 'score-gain', ses(), [d(16, 'elu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-exams', 'exam-percent', exm(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.3-tanh-sessions', 'score-gain', ses(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', mom(0.01), tr(60));
add('init-symmetry.zeros-sigmoid-moons-rmsprop', 'moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.003), tr(80));
add('init-symmetry.constant-0.05-elu-placement', 'course-level', plc(), [d(32, 'elu', init('constant', { value: 0.05 })), d(6, 'softmax', init('constant', { value: 0.05 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-tanh-spirals-full-batch-nesterov', 'spirals', SPIRALS, [d(32, 'tanh', { init: 'zeros' }), d(32, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.1), tr(200, 300));

add('init-scale.normal-std-10-sigmoid-placement', 'course-level', plc(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(6, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.001), tr(40));
add('init-scale.uniform-6-elu-sessions', 'score-gain', ses(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', nest(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-exams', 'exam-percent', exm(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-4-relu-full-batch-momentum-invoices', 'invoice-usd', inv(), [d(48, 'relu', init('normal', { std: 4 })), d(48, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', mom(0.0005), tr(100, 820));
add('init-scale.uniform-1e-4-tanh-circles', 'campus-circles', CIRCLES, [...tower(5, 32, 'tanh', init('uniform', { limit: 0.0001 })), d(1, 'sigmoid', init('uniform', { limit: 0.0001 }))], 'bce', sgd(0.05), tr(80, 16));

add('dead-relu.bias-minus-8-exams', 'exam-percent', exm(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-layer-placement', 'course-level', plc(), [...tower(3, 32, 'relu', { bias: -4 }), d(6, 'softmax')], 'cce', nest(0.02), tr(60));
add('dead-relu.adam-0.1-batch-4-invoices', 'invoice-usd', inv(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 4));
add('dead-relu.he-uniform-bias-minus-2-sgd-full-batch-moons', 'moons', MOONS, [d(32, 'relu', { init: 'he_uniform', bias: -2 }), d(32, 'relu', { init: 'he_uniform', bias: -2 }), d(1, 'sigmoid')], 'bce', sgd(0.3), tr(200, 400));
add('dead-relu.momentum-0.9-lr-0.3-sessions-batch-8', 'score-gain', ses(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.3), tr(20, 8));

add('exploding-gradient.raw-invoice-dollars-rmsprop', 'invoice-usd-raw-target', inv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-fee-cents-features-momentum', 'dropout-raw', drp({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.raw-exam-points-target-adam', 'exam-points-raw', exm({ target: 'exam_pts', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-vocab-words-sgd-placement', 'course-level-raw', plc({ normalize: 'none' }), [d(32, 'leaky_relu'), d(6, 'softmax')], 'cce', sgd(0.001), tr(30));
add('exploding-gradient.eight-relu-std-0.5-sessions', 'score-gain', ses(), [...tower(8, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', sgd(0.00001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-sessions', 'score-gain', ses(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.twelve-tanh-lecun-tiny-placement', 'course-level', plc(), [...tower(12, 16, 'tanh', init('normal', { std: 0.02 })), d(6, 'softmax')], 'cce', mom(0.01), tr(50));
add('vanishing-gradient.nine-sigmoid-full-batch-nesterov-circles', 'campus-circles', CIRCLES, [...tower(9, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(200, 300));
add('vanishing-gradient.seven-sigmoid-rmsprop-exams', 'exam-percent', exm(), [...tower(7, 32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', rms(0.0003), tr(50));

add('nan-loss.sgd-1-batch-1-raw-exam-points', 'exam-points-raw', exm({ target: 'exam_pts', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(1), tr(5, 1));
add('nan-loss.momentum-lr-2-invoices-batch-16', 'invoice-usd', inv(), [d(32, 'tanh'), d(1)], 'mse', mom(2), tr(20, 16));
add('nan-loss.rmsprop-1-raw-sessions-target', 'score-gain-raw', ses({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(1), tr(20));
add('nan-loss.sgd-0.05-raw-invoice-features-full-batch', 'invoice-usd-raw', inv({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(50, 820));

add('saturated-activation.sigmoid-raw-fee-cents-dropout', 'dropout-raw', drp({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-vocab-placement', 'course-level-raw', plc({ normalize: 'none' }), [d(32, 'tanh'), d(6, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-9-exams', 'exam-percent', exm(), [d(32, 'sigmoid', { bias: 9 }), d(32, 'sigmoid', { bias: 9 }), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-raw-lesson-minutes-sessions', 'score-gain', ses({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.005), tr(60));

add('lr-too-high.sgd-plain-0.8-batch-16-placement', 'course-level', plc(), [d(32, 'relu'), d(32, 'relu'), d(6, 'softmax')], 'cce', sgd(0.8), tr(40, 16));
add('lr-too-high.adam-0.1-batch-2-sessions', 'score-gain', ses(), [d(32, 'elu'), d(1)], 'mse', adam(0.1), tr(10, 2));
add('lr-too-high.rmsprop-0.05-batch-1-exams', 'exam-percent', exm(), [d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(5, 1));
add('lr-too-high.momentum-0.95-lr-0.5-batch-8-dropout', 'dropout-flag', drp(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.95), tr(30, 8));
add('lr-too-high.nesterov-lr-3-full-batch-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(3), tr(100, 150));
add('lr-too-high.sgd-plain-1.5-full-batch-invoices-elu', 'invoice-usd', inv(), [d(32, 'elu'), d(1)], 'mse', sgd(1.5), tr(100, 820));

add('lr-too-low.sgd-plain-1e-5-full-batch-sessions', 'score-gain', ses(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(100, 960));
add('lr-too-low.adam-3e-6-placement', 'course-level', plc(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.000003), tr(40));
add('lr-too-low.rmsprop-1e-6-exams-batch-64', 'exam-percent', exm(), [d(32, 'tanh'), d(1)], 'mse', rms(0.000001), tr(40, 64));
add('lr-too-low.nesterov-1e-5-full-batch-dropout', 'dropout-flag', drp(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(100, 1100));
add('lr-too-low.momentum-5e-6-spirals', 'spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.000005), tr(100, 16));

add('loss-plateau.classroom-only-placement', 'course-level', plc({ features: ['classroom'] }), [d(16, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.locker-no-only-dropout', 'dropout-flag', drp({ features: ['locker_no'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.sleep-only-exams', 'exam-percent', exm({ features: ['sleep_h'] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(50));
add('loss-plateau.weight-decay-5-sgd-sessions', 'score-gain', ses(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(50));
add('loss-plateau.dropout-0.95-invoices', 'invoice-usd', inv(), [d(32, 'relu'), drop(0.95), d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(50));

// ---------------------------------------------------------------- healthy candidates
add('ok.exams-sgd-plain-full-batch-linear', 'exam-percent', exm(), [d(1)], 'mse', sgd(0.3), tr(200, 880));
add('ok.exams-momentum-full-batch-tanh', 'exam-percent', exm(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05), tr(400, 880));
add('ok.sessions-nesterov-full-batch-relu', 'score-gain', ses(), [d(32, 'relu'), d(1)], 'mse', nest(0.02), tr(400, 960));
add('ok.sessions-sgd-plain-full-batch-elu-deep', 'score-gain', ses(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', sgd(0.1), tr(400, 960));
add('ok.invoices-momentum-full-batch-relu', 'invoice-usd', inv(), [d(32, 'relu'), d(1)], 'mse', mom(0.02, 0.9), tr(500, 820));
add('ok.placement-nesterov-full-batch-tanh', 'course-level', plc(), [d(32, 'tanh'), d(6, 'softmax')], 'cce', nest(0.2), tr(400, 1000));
add('ok.moons-sgd-plain-full-batch-tanh', 'moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(600, 400));
add('ok.iris-momentum-0.95-full-batch', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05, 0.95), tr(300, 150));
add('ok.blobs4-sgd-plain-full-batch-sigmoid', 'campus-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(1), tr(400, 400));
add('ok.circles-nesterov-0.99-full-batch-relu', 'campus-circles', CIRCLES, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.01, 0.99), tr(400, 300));
add('ok.exams-adam-relu', 'exam-percent', exm(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.exams-rmsprop-elu-batch-8', 'exam-percent', exm(), [d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(40, 8));
add('ok.exams-minmax-adam-leaky-val', 'exam-percent', exm({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(120, 32, { validationSplit: 0.2 }));
add('ok.sessions-adam-relu-dropout', 'score-gain', ses(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.002), tr(80));
add('ok.sessions-rmsprop-tanh-batch-1', 'score-gain', ses(), [d(16, 'tanh'), d(1)], 'mse', rms(0.0005), tr(15, 1));
add('ok.sessions-momentum-bn-relu', 'score-gain', ses(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', mom(0.01), tr(80));
add('ok.sessions-adam-weight-decay-elu', 'score-gain', ses(), [d(32, 'elu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(80, 64));
add('ok.invoices-adam-elu', 'invoice-usd', inv(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.invoices-rmsprop-relu-clipnorm', 'invoice-usd', inv(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(100, 16));
add('ok.invoices-nesterov-tanh-batch-64', 'invoice-usd', inv(), [d(32, 'tanh'), d(1)], 'mse', nest(0.02), tr(200, 64));
add('ok.placement-adam-relu', 'course-level', plc(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.placement-rmsprop-elu-dropout-val', 'course-level', plc(), [d(64, 'elu'), drop(0.2), d(6, 'softmax')], 'cce', rms(0.002), tr(60, 32, { validationSplit: 0.15 }));
add('ok.placement-sgd-plain-tanh-batch-8', 'course-level', plc(), [d(32, 'tanh'), d(6, 'softmax')], 'cce', sgd(0.05), tr(60, 8));
add('ok.placement-minmax-bn-leaky-adam', 'course-level', plc({ normalize: 'minmax' }), [d(32, 'leaky_relu', { batchNorm: true }), d(6, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.dropout-adam-relu', 'dropout-flag', drp(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.dropout-logistic-sgd-full-batch', 'dropout-flag', drp(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(300, 1100));
add('ok.dropout-rmsprop-tanh-weight-decay', 'dropout-flag', drp(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.001, { weightDecay: 0.0005 }), tr(60));
add('ok.moons-adam-relu-he-uniform', 'moons', MOONS, [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150));
add('ok.circles-rmsprop-elu', 'campus-circles', CIRCLES, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.spirals-adam-tanh-deep', 'spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.xor-nesterov-relu-batch-8', 'pairing-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 8));
add('ok.xor-adam-sigmoid-lecun', 'pairing-xor', XOR, [d(16, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 16));
add('ok.blobs4-adam-relu-batch-1', 'campus-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.001), tr(20, 1));
add('ok.iris-rmsprop-tanh-dropout', 'iris-demo', IRIS, [d(32, 'tanh'), drop(0.1), d(3, 'softmax')], 'cce', rms(0.003), tr(100, 16));
add('ok.sine-adam-tanh', 'sine-warmup', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-momentum-elu', 'sine-warmup', SINE, [d(32, 'elu'), d(1)], 'mse', mom(0.02), tr(400, 8));
add('ok.oral-inline-adam-tanh', 'oral-exam', INLINE_ORAL, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 4));
add('ok.exams-nesterov-0.95-full-batch-deep-relu', 'exam-percent', exm(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.03, 0.95), tr(400, 880));
add('ok.invoices-sgd-plain-full-batch-linear', 'invoice-usd', inv(), [d(1)], 'mse', sgd(0.2), tr(300, 820));
add('ok.placement-momentum-full-batch-relu-deep', 'course-level', plc(), [d(32, 'relu'), d(32, 'relu'), d(6, 'softmax')], 'cce', mom(0.1), tr(400, 1000));
add('ok.exam-points-target-standard-sgd-momentum', 'exam-points', exm({ target: 'exam_pts' }), [d(16, 'elu'), d(1)], 'mse', mom(0.02), tr(60, 16));
add('ok.sessions-xavier-normal-sigmoid-adam', 'score-gain', ses(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.005), tr(120));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
