/**
 * Writes every candidate spec of test/faults-blind71 into candidates/ (education and learning
 * analytics): `npx tsx test/faults-blind71/author.ts`. Names start with the fault the candidate was
 * written for ("F-<code>.<slug>") or "H-<slug>" for the ones meant to train well; the filing into
 * faulty/, healthy/ and dropped/ is decided afterwards from what the bare engine did
 * (write-manifest.py).
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const STU = ['attendance', 'homework', 'platform_hours', 'prior_grade', 'age', 'scholarship'];
const CLK = ['sessions', 'video_minutes', 'quiz_attempts', 'forum_posts', 'days_since_enrol'];
const ADM = ['test_score', 'gpa', 'essay_words', 'recommendation', 'first_gen'];
const RFL = ['attendance', 'homework', 'prior_grade', 'quiz_avg'];
const WL = ['classes', 'students_total', 'prep_hours_per_class', 'grading_items', 'meetings'];

function csv(file: string, target: string | string[], features?: string[], normalize = 'standard', extra: Json = {}): Json {
  const data: Json = { csv: `../data/${file}`, target };
  if (features) data.features = features;
  if (normalize !== 'none') data.normalize = normalize;
  return { ...data, ...extra };
}

function dense(units: number, activation?: string, extra: Json = {}): Json {
  const layer: Json = { type: 'dense', units };
  if (activation) layer.activation = activation;
  return { ...layer, ...extra };
}

const drop = (rate: number): Json => ({ type: 'dropout', rate });

function opt(type: string, lr: number, extra: Json = {}): Json {
  return { type, lr, ...extra };
}

function train(epochs: number, batchSize: number, extra: Json = {}): Json {
  return { epochs, batchSize, ...extra };
}

function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): Json {
  return { name, seed: 71, data, layers, loss, optimizer, training, ...extra };
}

const candidates: Record<string, Json> = {};
const add = (file: string, s: Json) => {
  if (candidates[file]) throw new Error(`duplicate candidate ${file}`);
  candidates[file] = s;
};

// ============================== faulty candidates ==============================

// ---- invalid-spec
{
  const s = spec('pass-predictor', csv('students.csv', 'pass', STU), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80, 32));
  const { optimizer, ...rest } = s;
  add('F-invalid-spec.optimiser-british-spelling', { ...rest, optimiser: optimizer });
}
add(
  'F-invalid-spec.training-batch-size-snake-case',
  spec('dropout-flag', csv('clicks.csv', 'dropout', CLK), [dense(24, 'relu'), dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), { epochs: 60, batch_size: 64, validationSplit: 0.2 }),
);
add(
  'F-invalid-spec.loss-keras-name',
  spec('admit-decision', csv('admissions.csv', 'decision', ADM), [dense(16, 'relu'), dense(3, 'softmax')], 'categorical_crossentropy', opt('adam', 0.005), train(100, 32)),
);
add(
  'F-invalid-spec.units-string-from-form',
  spec('reading-level', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense('32' as unknown as number, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32)),
);
add(
  'F-invalid-spec.dropout-keep-prob-key',
  spec('grade-band', csv('students.csv', 'grade', STU), [dense(32, 'relu'), { type: 'dropout', keep_prob: 0.8 }, dense(5, 'softmax')], 'cce', opt('adam', 0.003), train(120, 32)),
);

// ---- data-error
add(
  'F-data-error.target-final-score-renamed',
  spec('exam-score', csv('students.csv', 'final_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32)),
);
add(
  'F-data-error.lms-export-na-cells',
  spec('exam-score-lms', csv('students-gaps.csv', 'exam_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32)),
);
add(
  'F-data-error.enrol-date-column-as-feature',
  spec('dropout-dates', csv('clicks-dates.csv', 'dropout', ['enrol_date', 'sessions', 'video_minutes', 'quiz_attempts', 'forum_posts']), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80, 32)),
);
add(
  'F-data-error.admissions-pilot-three-rows',
  spec('admit-pilot', csv('admissions-pilot.csv', 'decision', ADM), [dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(100, 4)),
);
add(
  'F-data-error.csv-path-singular',
  spec('pass-path', csv('student.csv', 'pass', STU), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(80, 32)),
);
add(
  'F-data-error.feature-column-typo',
  spec('workload-typo', csv('workload.csv', 'weekly_hours', ['classes', 'students_total', 'prep_hours', 'grading_items', 'meetings'], 'standard', { normalizeTarget: 'standard' }), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.005), train(120, 32)),
);

// ---- shape-mismatch
add(
  'F-shape-mismatch.grade-bands-four-units',
  spec('grade-bands-4', csv('students.csv', 'grade', STU), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(120, 32)),
);
add(
  'F-shape-mismatch.decision-two-units',
  spec('admit-2', csv('admissions.csv', 'decision', ADM), [dense(16, 'tanh'), dense(2, 'softmax')], 'cce', opt('rmsprop', 0.002), train(100, 32)),
);
add(
  'F-shape-mismatch.pass-two-sigmoid-units',
  spec('pass-2', csv('students.csv', 'pass', STU), [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(80, 32)),
);
add(
  'F-shape-mismatch.workload-three-outputs',
  spec('workload-3', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(24, 'relu'), dense(3)], 'mse', opt('adam', 0.003), train(120, 32)),
);

// ---- loss-activation-mismatch
add(
  'F-loss-activation-mismatch.softmax-mse-grades',
  spec('grade-mse', csv('students.csv', 'grade', STU), [dense(32, 'relu'), dense(5, 'softmax')], 'mse', opt('adam', 0.003), train(120, 32)),
);
add(
  'F-loss-activation-mismatch.linear-output-bce-dropout',
  spec('dropout-linear', csv('clicks.csv', 'dropout', CLK), [dense(16, 'relu'), dense(1)], 'bce', opt('adam', 0.003), train(80, 32)),
);
add(
  'F-loss-activation-mismatch.sigmoid-output-exam-points',
  spec('exam-sigmoid', csv('students.csv', 'exam_score', STU), [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150, 32)),
);
add(
  'F-loss-activation-mismatch.tanh-output-reading-level',
  spec('reading-tanh', csv('reading.csv', 'reading_level'), [dense(32, 'relu'), dense(1, 'tanh')], 'mse', opt('adam', 0.003), train(120, 32)),
);

// ---- init-symmetry
add(
  'F-init-symmetry.zeros-hidden-exam-score',
  spec('exam-zeros', csv('students.csv', 'exam_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(1)], 'mse', opt('adam', 0.003), train(150, 32)),
);
add(
  'F-init-symmetry.constant-hidden-dropout',
  spec('dropout-const', csv('clicks.csv', 'dropout', CLK), [dense(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(80, 32)),
);
add(
  'F-init-symmetry.zeros-admissions',
  spec('admit-zeros', csv('admissions.csv', 'decision', ADM), [dense(16, 'tanh', { init: 'zeros' }), dense(3, 'softmax', { init: 'zeros' })], 'cce', opt('rmsprop', 0.003), train(100, 32)),
);

// ---- init-scale
add(
  'F-init-scale.normal-std-3-pass',
  spec('pass-std3', csv('students.csv', 'pass', STU), [dense(32, 'relu', { init: { name: 'normal', std: 3 } }), dense(16, 'relu', { init: { name: 'normal', std: 3 } }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(80, 32)),
);
add(
  'F-init-scale.uniform-limit-2-reading-tanh',
  spec('reading-uniform2', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'tanh', { init: { name: 'uniform', limit: 2 } }), dense(32, 'tanh', { init: { name: 'uniform', limit: 2 } }), dense(1)], 'mse', opt('adam', 0.002), train(120, 32)),
);
add(
  'F-init-scale.tiny-std-deep-grades',
  spec('grade-tiny', csv('students.csv', 'grade', STU), [dense(32, 'relu', { init: { name: 'normal', std: 0.0005 } }), dense(32, 'relu', { init: { name: 'normal', std: 0.0005 } }), dense(32, 'relu', { init: { name: 'normal', std: 0.0005 } }), dense(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100, 32)),
);

// ---- no-nonlinearity
add(
  'F-no-nonlinearity.circles-lecture-demo',
  spec('lecture-circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [dense(16), dense(16), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150, 32)),
);
add(
  'F-no-nonlinearity.xor-lab-exercise',
  spec('lab-xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [dense(8, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(200, 16)),
);
add(
  'F-no-nonlinearity.moons-tutorial-linear-stack',
  spec('tutorial-moons', { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(32, 'linear', { init: 'he_normal' }), dense(32, 'linear', { init: 'he_normal' }), dense(2, 'softmax')], 'cce', opt('rmsprop', 0.003), train(150, 32)),
);

// ---- lr-out-of-range
add(
  'F-lr-out-of-range.adam-lr-5',
  spec('pass-adam5', csv('students.csv', 'pass', STU), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 5), train(80, 32)),
);
add(
  'F-lr-out-of-range.sgd-lr-80',
  spec('reading-sgd80', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 80), train(100, 32)),
);
add(
  'F-lr-out-of-range.rmsprop-lr-3',
  spec('dropout-rms3', csv('clicks.csv', 'dropout', CLK), [dense(24, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 3), train(60, 64)),
);

// ---- dead-relu
add(
  'F-dead-relu.bias-minus-3-threshold',
  spec('exam-bias-neg', csv('students.csv', 'exam_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(1)], 'mse', opt('adam', 0.002), train(120, 32)),
);
add(
  'F-dead-relu.raw-video-minutes-sgd',
  spec('dropout-raw-relu', csv('clicks.csv', 'dropout', CLK, 'none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), train(80, 32)),
);
add(
  'F-dead-relu.adam-lr-0.1-narrow',
  spec('admit-narrow-hot', csv('admissions.csv', 'decision', ADM), [dense(8, 'relu'), dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.1), train(100, 16)),
);
add(
  'F-dead-relu.bias-minus-2-workload',
  spec('workload-bias-neg', csv('workload.csv', 'weekly_hours', WL, 'minmax', { normalizeTarget: 'standard' }), [dense(24, 'relu', { bias: -2 }), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(150, 32)),
);

// ---- exploding-gradient
add(
  'F-exploding-gradient.raw-admissions-clipped',
  spec('admit-raw-clip', csv('admissions.csv', 'decision', ADM, 'none'), [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.001, { momentum: 0.9, clipNorm: 5 }), train(80, 32)),
);
add(
  'F-exploding-gradient.raw-workload-hours-deep',
  spec('workload-raw-deep', csv('workload.csv', 'weekly_hours', WL, 'none'), [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.001, { clipNorm: 1 }), train(100, 32)),
);
add(
  'F-exploding-gradient.normal-std-1-deep-relu',
  spec('reading-std1', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(1, 'linear', { init: { name: 'normal', std: 1 } })], 'mse', opt('adam', 0.001, { clipNorm: 1 }), train(80, 32)),
);
add(
  'F-exploding-gradient.raw-word-count-clipped',
  spec('reading-raw-clip', csv('reading.csv', 'reading_level', undefined, 'none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.0001, { momentum: 0.9, clipNorm: 1 }), train(100, 32)),
);

// ---- vanishing-gradient
add(
  'F-vanishing-gradient.six-sigmoid-layers-pass',
  spec('pass-deep-sigmoid', csv('students.csv', 'pass', STU), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(80, 32)),
);
add(
  'F-vanishing-gradient.tanh-tiny-init-dropout',
  spec('dropout-deep-tanh', csv('clicks.csv', 'dropout', CLK), [dense(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(80, 32)),
);
add(
  'F-vanishing-gradient.eight-sigmoid-grades',
  spec('grade-deep-sigmoid', csv('students.csv', 'grade', STU), Array.from({ length: 8 }, () => dense(12, 'sigmoid')).concat([dense(5, 'softmax')]), 'cce', opt('rmsprop', 0.0005), train(80, 32)),
);

// ---- nan-loss
add(
  'F-nan-loss.workload-raw-sgd',
  spec('workload-raw', csv('workload.csv', 'weekly_hours', WL, 'none'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01), train(100, 32)),
);
add(
  'F-nan-loss.reading-word-count-raw',
  spec('reading-raw', csv('reading.csv', 'reading_level', undefined, 'none'), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100, 32)),
);
add(
  'F-nan-loss.exam-points-raw-target-momentum',
  spec('exam-raw-target', csv('students.csv', 'exam_score', STU), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(100, 32)),
);

// ---- lr-too-high
add(
  'F-lr-too-high.adam-0.2-pass',
  spec('pass-adam-hot', csv('students.csv', 'pass', STU), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.2), train(80, 32)),
);
add(
  'F-lr-too-high.sgd-1.5-admissions',
  spec('admit-sgd-hot', csv('admissions.csv', 'decision', ADM), [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 1.5, { momentum: 0.9 }), train(100, 32)),
);
add(
  'F-lr-too-high.rmsprop-0.05-reading',
  spec('reading-rms-hot', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.05), train(100, 32)),
);
add(
  'F-lr-too-high.adam-0.05-workload',
  spec('workload-adam-hot', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(64, 'relu'), dense(64, 'relu'), dense(1)], 'mse', opt('adam', 0.08), train(120, 16)),
);

// ---- lr-too-low
add(
  'F-lr-too-low.sgd-1e-5-dropout',
  spec('dropout-sgd-cold', csv('clicks.csv', 'dropout', CLK), [dense(24, 'relu'), dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.00001), train(100, 32)),
);
add(
  'F-lr-too-low.adam-1e-6-grades',
  spec('grade-adam-cold', csv('students.csv', 'grade', STU), [dense(32, 'relu'), dense(16, 'relu'), dense(5, 'softmax')], 'cce', opt('adam', 0.000001), train(80, 32)),
);
add(
  'F-lr-too-low.rmsprop-1e-6-workload',
  spec('workload-rms-cold', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.000001), train(120, 32)),
);

// ---- saturated-activation
add(
  'F-saturated-activation.tanh-raw-video-minutes',
  spec('dropout-tanh-raw', csv('clicks.csv', 'dropout', CLK, 'none'), [dense(32, 'tanh'), dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80, 32)),
);
add(
  'F-saturated-activation.sigmoid-raw-test-scores',
  spec('admit-sigmoid-raw', csv('admissions.csv', 'decision', ADM, 'none'), [dense(32, 'sigmoid'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)),
);
add(
  'F-saturated-activation.epoch-timestamp-tanh',
  spec('exam-epoch-raw', csv('students.csv', 'exam_score', ['enrol_epoch', ...STU], 'none', { normalizeTarget: 'standard' }), [dense(32, 'tanh'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32)),
);

// ---- loss-plateau
add(
  'F-loss-plateau.weight-decay-1',
  spec('pass-wd1', csv('clicks.csv', 'dropout', CLK), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 1 }), train(100, 32)),
);
add(
  'F-loss-plateau.id-columns-only',
  spec('exam-ids', csv('students.csv', 'exam_score', ['student_id', 'school_id', 'school_size', 'enrol_epoch'], 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32)),
);
add(
  'F-loss-plateau.sigmoid-hidden-raw-target-sgd',
  spec('reading-raw-target-sig', csv('reading.csv', 'reading_level', undefined, 'standard'), [dense(16, 'sigmoid'), dense(1, 'relu')], 'mse', opt('sgd', 0.01), train(150, 32)),
);
add(
  'F-loss-plateau.weight-decay-0.5-grades',
  spec('grade-wd', csv('students.csv', 'grade', STU), [dense(32, 'relu'), dense(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.5 }), train(100, 32)),
);

// ---- oscillating-loss
add(
  'F-oscillating-loss.momentum-0.99-pass',
  spec('pass-mom99', csv('students.csv', 'pass', STU), [dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.99 }), train(100, 32)),
);
add(
  'F-oscillating-loss.batch-4-adam-admissions',
  spec('admit-b4', csv('admissions.csv', 'decision', ADM), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.03), train(100, 4)),
);
add(
  'F-oscillating-loss.sgd-0.3-batch-8-workload',
  spec('workload-swing', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.3), train(120, 8)),
);
add(
  'F-oscillating-loss.momentum-0.98-reading',
  spec('reading-mom98', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'tanh'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.98 }), train(120, 64)),
);

// ============================== healthy candidates ==============================
add('H-exam-score-adam-relu', spec('exam-score', csv('students.csv', 'exam_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32, { validationSplit: 0.2 })));
add('H-exam-score-sgd-momentum-tanh', spec('exam-score-sgd', csv('students.csv', 'exam_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(24, 'tanh'), dense(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(150, 32)));
add('H-exam-score-minmax-elu-rmsprop', spec('exam-score-rms', csv('students.csv', 'exam_score', STU, 'minmax', { normalizeTarget: 'minmax' }), [dense(32, 'elu'), dense(16, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.002), train(150, 32)));
add('H-exam-score-with-school-columns', spec('exam-score-school', csv('students.csv', 'exam_score', [...STU, 'school_size'], 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), drop(0.1), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.002, { weightDecay: 0.0001 }), train(150, 32)));
add('H-pass-fail-adam', spec('pass-fail', csv('students.csv', 'pass', STU), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32, { validationSplit: 0.2 })));
add('H-pass-fail-sgd-nesterov', spec('pass-fail-sgd', csv('students.csv', 'pass', STU), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), train(100, 32)));
add('H-grade-bands-adam', spec('grade-bands', csv('students.csv', 'grade', STU), [dense(32, 'relu'), dense(16, 'relu'), dense(5, 'softmax')], 'cce', opt('adam', 0.003), train(150, 32)));
add('H-grade-bands-batchnorm-dropout', spec('grade-bands-bn', csv('students.csv', 'grade', STU), [dense(48, 'relu', { batchNorm: true }), drop(0.2), dense(24, 'relu'), dense(5, 'softmax')], 'cce', opt('adam', 0.002), train(150, 32)));
add('H-grade-bands-rmsprop-tanh', spec('grade-bands-rms', csv('students.csv', 'grade', STU), [dense(32, 'tanh'), dense(5, 'softmax')], 'cce', opt('rmsprop', 0.003), train(150, 32)));
add('H-rare-fail-adam', spec('rare-fail', csv('rarefail.csv', 'fail', RFL), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 32)));
add('H-rare-fail-leaky-rmsprop', spec('rare-fail-rms', csv('rarefail.csv', 'fail', undefined), [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), train(120, 32)));
add('H-dropout-adam-relu', spec('dropout-risk', csv('clicks.csv', 'dropout', CLK), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(100, 32, { validationSplit: 0.2 })));
add('H-dropout-tanh-sgd', spec('dropout-risk-sgd', csv('clicks.csv', 'dropout', CLK), [dense(24, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(100, 32)));
add('H-dropout-minmax-elu-rmsprop', spec('dropout-risk-minmax', csv('clicks.csv', 'dropout', CLK, 'minmax'), [dense(32, 'elu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), train(120, 64)));
add('H-dropout-batchnorm-clip', spec('dropout-risk-bn', csv('clicks.csv', 'dropout', CLK), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003, { clipNorm: 5 }), train(80, 64)));
add('H-dropout-two-class-softmax', spec('dropout-risk-softmax', csv('clicks.csv', 'dropout', CLK), [dense(32, 'relu'), drop(0.2), dense(2, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)));
add('H-admissions-adam', spec('admissions', csv('admissions.csv', 'decision', ADM), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(120, 32, { validationSplit: 0.2 })));
add('H-admissions-sgd-momentum', spec('admissions-sgd', csv('admissions.csv', 'decision', ADM), [dense(24, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(120, 32)));
add('H-admissions-rmsprop-deep', spec('admissions-rms', csv('admissions.csv', 'decision', ADM), [dense(32, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.001), train(100, 32)));
add('H-admissions-minmax-weight-decay', spec('admissions-wd', csv('admissions.csv', 'decision', ADM, 'minmax'), [dense(32, 'leaky_relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 0.0005 }), train(150, 32)));
add('H-reading-level-adam', spec('reading-level', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32)));
add('H-reading-level-sgd-tanh', spec('reading-level-sgd', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(120, 32)));
add('H-reading-level-features-minmax', spec('reading-level-mm', csv('reading.csv', 'reading_level', ['sentence_words', 'syllables_per_word', 'rare_word_share', 'word_count'], 'minmax', { normalizeTarget: 'standard' }), [dense(32, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.002), train(150, 16)));
add('H-workload-adam', spec('workload', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32, { validationSplit: 0.2 })));
add('H-workload-deep-clip', spec('workload-deep', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.001, { clipNorm: 1 }), train(150, 32)));
add('H-workload-sgd-batch-16', spec('workload-sgd', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(24, 'tanh'), dense(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(150, 16)));
add('H-iris-course-example', spec('iris-course', { builtin: 'iris', normalize: 'standard' }, [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16)));
add('H-moons-lecture-demo', spec('lecture-moons', { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150, 32)));
add('H-circles-lecture-demo', spec('lecture-circles-ok', { builtin: 'circles', samples: 400, noise: 0.08 }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150, 32)));
add('H-blobs-four-tutor-groups', spec('tutor-groups', { builtin: 'blobs', samples: 400, classes: 4 }, [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100, 32)));
add('H-xor-lab-solution', spec('lab-xor-ok', { builtin: 'xor', samples: 300, noise: 0.1 }, [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200, 16)));
add('H-sine-homework', spec('homework-sine', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], 'mse', opt('adam', 0.005), train(200, 32)));
add(
  'H-inline-study-hours-pass',
  spec(
    'study-hours-inline',
    {
      inline: {
        x: [[0.5, 0.4], [1, 0.5], [1.5, 0.55], [2, 0.6], [2.5, 0.5], [3, 0.7], [3.5, 0.65], [4, 0.8], [4.5, 0.75], [5, 0.9], [0.8, 0.9], [1.2, 0.3], [2.2, 0.85], [2.8, 0.35], [3.2, 0.95], [3.8, 0.45], [4.2, 0.6], [4.8, 0.55], [5.5, 0.8], [6, 0.95], [0.3, 0.6], [1.8, 0.7], [2.6, 0.8], [3.4, 0.5]],
        y: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1],
      },
      normalize: 'standard',
    },
    [dense(8, 'tanh'), dense(1, 'sigmoid')],
    'bce',
    opt('adam', 0.01),
    train(150, 8),
  ),
);
add('H-spirals-three-course-tracks', spec('course-tracks-spirals', { builtin: 'spirals', samples: 450, classes: 3, noise: 0.05 }, [dense(48, 'relu'), dense(48, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(300, 32)));

// ============================== second round (after the first observation) ==============================
add('F-nan-loss.workload-raw-leaky-sgd', spec('workload-raw-leaky', csv('workload.csv', 'weekly_hours', WL, 'none'), [dense(16, 'leaky_relu'), dense(1)], 'mse', opt('sgd', 0.01), train(100, 32)));
add('F-nan-loss.exam-linear-regression-raw', spec('exam-linreg-raw', csv('students.csv', 'exam_score', STU, 'none'), [dense(1)], 'mse', opt('sgd', 0.001), train(100, 32)));
add('F-nan-loss.reading-raw-elu-momentum', spec('reading-raw-elu', csv('reading.csv', 'reading_level', undefined, 'none'), [dense(32, 'elu'), dense(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100, 32)));
add('F-nan-loss.grades-tanh-sgd-lr-20', spec('grade-sgd20', csv('students.csv', 'grade', STU), [dense(32, 'tanh'), dense(5, 'softmax')], 'cce', opt('sgd', 20, { momentum: 0.9 }), train(100, 32)));
add('F-vanishing-gradient.five-sigmoid-workload', spec('workload-deep-sigmoid', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1)], 'mse', opt('sgd', 0.01), train(120, 32)));
add('F-oscillating-loss.workload-momentum-0.97', spec('workload-mom97', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(24, 'tanh'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.97 }), train(120, 64)));
add('F-oscillating-loss.exam-rmsprop-full-batch', spec('exam-rms-fullbatch', csv('students.csv', 'exam_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.03), train(150, 600)));
add('F-oscillating-loss.dropout-sgd-momentum-hot', spec('dropout-mom-hot', csv('clicks.csv', 'dropout', CLK), [dense(24, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9 }), train(100, 64)));
add('F-oscillating-loss.reading-adam-full-batch', spec('reading-adam-fullbatch', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'tanh'), dense(1)], 'mse', opt('adam', 0.1), train(150, 450)));
add('F-lr-too-high.grades-sgd-lr-1', spec('grade-sgd1', csv('students.csv', 'grade', STU), [dense(32, 'relu'), dense(16, 'relu'), dense(5, 'softmax')], 'cce', opt('sgd', 1, { momentum: 0.9 }), train(100, 32)));
add('F-lr-too-high.dropout-rmsprop-0.1', spec('dropout-rms-hot', csv('clicks.csv', 'dropout', CLK), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), train(80, 32)));
add('F-lr-too-high.exam-adam-0.3', spec('exam-adam-hot', csv('students.csv', 'exam_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.3), train(120, 32)));

add('F-oscillating-loss.exam-rmsprop-0.06-full-batch', spec('exam-rms-fullbatch-hot', csv('students.csv', 'exam_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.06), train(150, 600)));
add('F-oscillating-loss.admissions-full-batch-momentum', spec('admit-fullbatch-mom', csv('admissions.csv', 'decision', ADM), [dense(24, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 2, { momentum: 0.9 }), train(150, 540)));
add('F-oscillating-loss.workload-gd-edge', spec('workload-gd-edge', csv('workload.csv', 'weekly_hours', WL, 'standard', { normalizeTarget: 'standard' }), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.35), train(150, 400)));
add('F-oscillating-loss.reading-rmsprop-0.02-batch-450', spec('reading-rms-fullbatch', csv('reading.csv', 'reading_level', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.02), train(150, 450)));

add('F-oscillating-loss.exam-momentum-0.98-tanh', spec('exam-mom98', csv('students.csv', 'exam_score', STU, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'tanh'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.98 }), train(120, 64)));
add('F-oscillating-loss.rare-fail-momentum-0.98', spec('rarefail-mom98', csv('rarefail.csv', 'fail', RFL), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.2, { momentum: 0.98 }), train(120, 64)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, s] of Object.entries(candidates)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(candidates).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
