/** Writes every candidate spec of blind set 247 (ballet schools and dance companies) into candidates/. Run: npx tsx author.ts */
import * as fs from 'fs';
import * as path from 'path';

const dir = path.join(__dirname, 'candidates');
fs.mkdirSync(dir, { recursive: true });
const put = (file: string, spec: object | string) =>
  fs.writeFileSync(path.join(dir, `${file}.nn.json`), typeof spec === 'string' ? spec : JSON.stringify(spec, null, 2) + '\n');

const SF = ['age', 'years_training', 'classes_per_week', 'turnout_deg', 'flexibility_cm', 'jump_cm', 'height_cm', 'weight_kg', 'attendance_pct', 'shoe_size'];
const BF = ['ticket_price_eur', 'capacity', 'marketing_eur', 'days_on_sale', 'weekend', 'nutcracker', 'guest_principal', 'month'];
const IF = ['age', 'years_pro', 'rehearsal_h_week', 'shows_month', 'pointe_h_week', 'sleep_h', 'bmi', 'prior_injuries'];
const AF = ['technique', 'artistry', 'musicality', 'partnering', 'extension_deg', 'pirouettes', 'age'];
const stu = (target: string, normalize = 'standard', extra: object = {}) => ({ csv: '../data/students.csv', target, features: SF, normalize, ...extra });
const box = (target: string, normalize = 'standard', extra: object = {}) => ({ csv: '../data/boxoffice.csv', target, features: BF, normalize, ...extra });
const inj = (normalize = 'standard', extra: object = {}) => ({ csv: '../data/injuries.csv', target: 'injured_season', features: IF, normalize, ...extra });
const aud = (normalize = 'standard', extra: object = {}) => ({ csv: '../data/auditions.tsv', target: 'role', features: AF, normalize, ...extra });
const d = (units: number, activation = 'linear', more: object = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: object = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: object = {}) => ({ epochs, batchSize, ...more });
const S = (name: string, seed: number, data: object, layers: object[], loss: string, optimizer: object, training: object) => ({ name, seed, data, layers, loss, optimizer, training });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-optimizer', S('exam-pass', 247, stu('exam_passed'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(60, 32)));
put('invalid-spec.keras-loss-name', S('level', 247, stu('level'), [d(24, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', opt('adam', 0.003), tr(80, 32)));
put('invalid-spec.glorot-init', S('roles', 247, aud(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(80, 16)));
put('invalid-spec.dropout-percent', S('injury', 247, inj(), [d(32, 'relu'), drop(30), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(60, 32)));
put('invalid-spec.validation-split-percent', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32, { validationSplit: 20 })));
// data-error
put('data-error.missing-term-file', S('exam-pass', 247, { csv: '../data/students-spring2024.csv', target: 'exam_passed', features: SF, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32)));
put('data-error.target-typo', S('exam-pass', 247, stu('exam_pass'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32)));
put('data-error.na-markers', S('mark', 247, { csv: '../data/students-gaps.csv', target: 'exam_mark', features: SF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32)));
put('data-error.text-columns-left-in', S('injury', 247, { csv: '../data/injuries.csv', target: 'injured_season', normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32)));
put('data-error.shared-drive-path', S('box', 247, { csv: '../../../../../../srv/company-share/boxoffice.csv', target: 'tickets_sold', normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(60, 32)));
put('data-error.school-feature-is-text', S('roles', 247, { csv: '../data/auditions.tsv', target: 'role', features: ['school', ...AF], normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(60, 32)));
// shape-mismatch
put('shape-mismatch.three-levels-not-four', S('level', 247, stu('level'), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32)));
put('shape-mismatch.two-unit-sigmoid-bce', S('exam-pass', 247, stu('exam_passed'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32)));
put('shape-mismatch.roles-one-unit', S('roles', 247, aud(), [d(16, 'relu'), d(1, 'softmax')], 'cce', opt('adam', 0.003), tr(60, 32)));
put('shape-mismatch.two-targets-one-output', S('box', 247, { csv: '../data/boxoffice.csv', target: ['tickets_sold', 'revenue_eur'], features: BF, normalize: 'standard', normalizeTarget: 'standard' }, [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32)));
put('shape-mismatch.mark-four-outputs', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(4)], 'mse', opt('adam', 0.003), tr(60, 32)));
// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse', S('level', 247, stu('level'), [d(24, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.003), tr(80, 32)));
put('loss-activation-mismatch.bce-linear-head', S('injury', 247, inj(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(60, 32)));
put('loss-activation-mismatch.cce-sigmoid-head', S('roles', 247, aud(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(60, 32)));
put('loss-activation-mismatch.relu-head-standard-target', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(80, 32)));
put('loss-activation-mismatch.tanh-head-raw-tickets', S('box', 247, box('tickets_sold'), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(60, 32)));
// init-symmetry
put('init-symmetry.zeros-hidden', S('exam-pass', 247, stu('exam_passed'), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(80, 32)));
put('init-symmetry.constant-tanh', S('roles', 247, aud(), [d(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax', { init: { name: 'constant', value: 0.1 } })], 'cce', opt('adam', 0.01), tr(80, 32)));
put('init-symmetry.zeros-two-layers', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1)], 'mse', opt('rmsprop', 0.003), tr(80, 16)));
put('init-symmetry.constant-relu-injury', S('injury', 247, inj(), [d(20, 'relu', { init: 'constant', value: 0.05 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32)));
// init-scale
put('init-scale.normal-std-8-tanh', S('exam-pass', 247, stu('exam_passed'), [d(32, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
put('init-scale.tiny-uniform-deep', S('roles', 247, aud(), [d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(4, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 32)));
put('init-scale.normal-std-30-relu', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: 'normal', std: 30 }), d(16, 'relu', { init: 'normal', std: 30 }), d(1)], 'mse', opt('sgd', 0.01), tr(60, 32)));
put('init-scale.uniform-limit-10-sigmoid', S('injury', 247, inj(), [d(24, 'sigmoid', { init: 'uniform', limit: 10 }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(60, 32)));
// no-nonlinearity
put('no-nonlinearity.linear-stack-pass', S('exam-pass', 247, stu('exam_passed'), [d(32), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
put('no-nonlinearity.linear-hidden-roles', S('roles', 247, aud(), [d(64, 'linear'), d(32, 'linear'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(80, 32)));
put('no-nonlinearity.linear-deep-mark', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(24), d(24), d(24), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32)));
put('no-nonlinearity.linear-moons', S('moons', 247, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear', { init: 'he_normal' }), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));
// lr-out-of-range
put('lr-out-of-range.adam-lr-5', S('level', 247, stu('level'), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 5), tr(60, 32)));
put('lr-out-of-range.sgd-lr-80', S('injury', 247, inj(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 80), tr(60, 32)));
put('lr-out-of-range.rmsprop-lr-1e-9', S('roles', 247, aud(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 1e-9), tr(60, 32)));
put('lr-out-of-range.sgd-lr-1e-8', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-8, { momentum: 0.9 }), tr(60, 16)));
// dead-relu
put('dead-relu.negative-bias', S('exam-pass', 247, stu('exam_passed'), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32)));
put('dead-relu.sgd-spike-kills', S('roles', 247, aud(), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 1.5), tr(60, 16)));
put('dead-relu.bias-minus-3-mark', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu', { bias: -4 }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32)));
put('dead-relu.raw-boxoffice-adam-high', S('box', 247, box('tickets_sold', 'none', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.1), tr(60, 32)));
// exploding-gradient
put('exploding-gradient.raw-revenue-sgd', S('box', 247, box('revenue_eur', 'standard'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(60, 32)));
put('exploding-gradient.raw-marketing-features', S('box', 247, box('tickets_sold', 'none', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 32)));
put('exploding-gradient.deep-std-1-relu', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('sgd', 0.001), tr(40, 32)));
put('exploding-gradient.raw-tickets-target', S('box', 247, box('tickets_sold', 'minmax'), [d(24, 'elu'), d(24, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(60, 16)));
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-sgd', S('exam-pass', 247, stu('exam_passed'), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(60, 32)));
put('vanishing-gradient.deep-tanh-small-init', S('roles', 247, aud(), [...Array.from({ length: 7 }, () => d(24, 'tanh', { init: 'normal', std: 0.02 })), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 32)));
put('vanishing-gradient.deep-sigmoid-injury', S('injury', 247, inj(), [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.5 }), tr(60, 32)));
// nan-loss
put('nan-loss.raw-revenue-sgd-high', S('box', 247, box('revenue_eur', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(40, 32)));
put('nan-loss.raw-everything-momentum', S('box', 247, box('tickets_sold', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(40, 16)));
put('nan-loss.rmsprop-lr-3-raw', S('mark', 247, stu('exam_mark', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.1), tr(40, 8)));
// lr-too-high
put('lr-too-high.adam-0p5-level', S('level', 247, stu('level'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.5), tr(80, 32)));
put('lr-too-high.sgd-3-injury', S('injury', 247, inj(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3, { momentum: 0.9 }), tr(80, 32)));
put('lr-too-high.rmsprop-0p3-roles', S('roles', 247, aud(), [d(32, 'elu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.3), tr(80, 32)));
put('lr-too-high.adam-1-mark', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 1), tr(80, 32)));
// lr-too-low
put('lr-too-low.sgd-1e-5-pass', S('exam-pass', 247, stu('exam_passed'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), tr(80, 32)));
put('lr-too-low.adam-1e-6-roles', S('roles', 247, aud(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 1e-6), tr(100, 32)));
put('lr-too-low.rmsprop-3e-6-mark', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 3e-6), tr(60, 32)));
put('lr-too-low.sgd-momentum-1e-5-injury', S('injury', 247, inj(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5, { momentum: 0.9 }), tr(60, 64)));
// saturated-activation
put('saturated-activation.sigmoid-raw-boxoffice', S('box', 247, box('tickets_sold', 'none', { normalizeTarget: 'standard' }), [d(24, 'sigmoid', { init: 'normal', std: 0.5 }), d(1)], 'mse', opt('adam', 0.001), tr(60, 32)));
put('saturated-activation.tanh-raw-students', S('exam-pass', 247, stu('exam_passed', 'none'), [d(32, 'tanh', { init: 'normal', std: 1 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(60, 32)));
put('saturated-activation.sigmoid-bias-10', S('roles', 247, aud(), [d(24, 'sigmoid', { bias: 10 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(60, 32)));
put('saturated-activation.tanh-raw-auditions', S('roles', 247, aud('none'), [d(32, 'tanh', { init: 'normal', std: 0.8 }), d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(60, 32)));
// loss-plateau
put('loss-plateau.weight-decay-huge', S('exam-pass', 247, stu('exam_passed'), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01, { weightDecay: 2 }), tr(80, 32)));
put('loss-plateau.dropout-0p95', S('roles', 247, aud(), [d(32, 'relu'), drop(0.95), d(32, 'relu'), drop(0.95), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32)));
put('loss-plateau.sigmoid-deep-sgd-mark', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', opt('sgd', 0.005), tr(80, 32)));
put('loss-plateau.spirals-relu-dead-start', S('spirals', 247, { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(32, 'relu', { bias: -2 }), d(32, 'relu', { bias: -2 }), d(3, 'softmax')], 'cce', opt('sgd', 0.02), tr(100, 32)));
// oscillating-loss
put('oscillating-loss.sgd-momentum-0p99', S('injury', 247, inj(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.99 }), tr(80, 32)));
put('oscillating-loss.adam-batch-2', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.05), tr(60, 2)));
put('oscillating-loss.rmsprop-full-batch', S('roles', 247, aud(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.1), tr(100, 420)));
put('oscillating-loss.sgd-full-batch-pass', S('exam-pass', 247, stu('exam_passed'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 8), tr(100, 480)));

// ---------------- healthy ----------------
put('ok.pass-relu-adam', S('exam-pass', 247, stu('exam_passed'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32)));
put('ok.pass-tanh-sgd-momentum', S('exam-pass', 2471, stu('exam_passed', 'minmax'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(80, 16)));
put('ok.pass-nesterov-bn', S('exam-pass', 2472, stu('exam_passed'), [d(24, 'relu', { batchNorm: true }), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(60, 32, { validationSplit: 0.2 })));
put('ok.pass-rmsprop-dropout', S('exam-pass', 2473, stu('exam_passed'), [d(48, 'elu'), drop(0.2), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(60, 64)));
put('ok.pass-batch-1-sgd', S('exam-pass', 2474, stu('exam_passed'), [d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(25, 1)));
put('ok.pass-linear-logistic', S('exam-pass', 2475, stu('exam_passed'), [d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(80, 480)));
put('ok.level-relu-adam', S('level', 247, stu('level'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32)));
put('ok.level-tanh-rmsprop-wd', S('level', 2476, stu('level'), [d(32, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003, { weightDecay: 1e-4 }), tr(80, 16)));
put('ok.level-elu-sgd-full-batch', S('level', 2477, stu('level', 'minmax'), [d(24, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.9 }), tr(200, 480)));
put('ok.level-deep-bn-adam', S('level', 2478, stu('level'), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('adam', 0.002), tr(60, 64, { validationSplit: 0.15 })));
put('ok.mark-relu-adam', S('mark', 247, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32)));
put('ok.mark-tanh-sgd', S('mark', 2479, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32)));
put('ok.mark-minmax-target-sigmoid-head', S('mark', 24710, stu('exam_mark', 'standard', { normalizeTarget: 'minmax' }), [d(24, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(100, 32)));
put('ok.mark-linear-regression', S('mark', 24711, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(1)], 'mse', opt('sgd', 0.02), tr(60, 16)));
put('ok.mark-clipnorm-rmsprop', S('mark', 24712, stu('exam_mark', 'minmax', { normalizeTarget: 'standard' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', opt('rmsprop', 0.001, { clipNorm: 1 }), tr(80, 32)));
put('ok.box-tickets-adam', S('box', 247, box('tickets_sold', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('ok.box-revenue-elu-rmsprop', S('box', 24713, box('revenue_eur', 'standard', { normalizeTarget: 'standard' }), [d(32, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(100, 32)));
put('ok.box-both-targets', S('box', 24714, { csv: '../data/boxoffice.csv', target: ['tickets_sold', 'revenue_eur'], features: BF, normalize: 'standard', normalizeTarget: 'standard' }, [d(48, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('ok.box-minmax-nesterov', S('box', 24715, box('tickets_sold', 'minmax', { normalizeTarget: 'minmax' }), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16)));
put('ok.box-deep-leaky-val', S('box', 24716, box('tickets_sold', 'standard', { normalizeTarget: 'standard' }), [d(48, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.001), tr(120, 16, { validationSplit: 0.2 })));
put('ok.injury-relu-adam', S('injury', 247, inj(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32)));
put('ok.injury-logistic-sgd', S('injury', 24717, inj(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(80, 32)));
put('ok.injury-tanh-rmsprop-dropout', S('injury', 24718, inj('minmax'), [d(32, 'tanh'), drop(0.3), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(80, 32)));
put('ok.injury-elu-batch-4', S('injury', 24719, inj(), [d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), tr(40, 4)));
put('ok.roles-relu-adam', S('roles', 247, aud(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32)));
put('ok.roles-tanh-sgd', S('roles', 24720, aud(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 32)));
put('ok.roles-softmax-regression', S('roles', 24721, aud(), [d(4, 'softmax')], 'cce', opt('adam', 0.02), tr(120, 64)));
put('ok.roles-bn-rmsprop-clip', S('roles', 24722, aud(), [d(48, 'relu', { batchNorm: true }), drop(0.1), d(24, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002, { clipNorm: 5 }), tr(80, 32, { validationSplit: 0.2 })));
put('ok.roles-sigmoid-hidden-adam', S('roles', 24723, aud('minmax'), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32)));
put('ok.iris-leaky-adam', S('iris', 24724, { builtin: 'iris', normalize: 'standard' }, [d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16)));
put('ok.moons-relu-sgd', S('moons', 24725, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32)));
put('ok.circles-tanh-adam', S('circles', 24726, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(150, 32)));
put('ok.spirals-deep-elu', S('spirals', 24727, { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(64, 'elu'), d(64, 'elu'), d(32, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32)));
put('ok.sine-tanh-rmsprop', S('sine', 24728, { builtin: 'sine', samples: 200, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(200, 16)));
put('ok.blobs-five-sgd', S('blobs', 24729, { builtin: 'blobs', samples: 400, classes: 5 }, [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.05), tr(60, 8)));
put('ok.xor-inline-tanh', S('xor', 24730, { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(300, 4)));
put('ok.pass-wide-single-elu-wd', S('exam-pass', 24731, stu('exam_passed'), [d(128, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001, { weightDecay: 1e-3 }), tr(60, 32)));
put('ok.level-narrow-deep-leaky', S('level', 24732, stu('level'), [d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 16)));
put('ok.mark-batch-1-sgd-tanh', S('mark', 24733, stu('exam_mark', 'standard', { normalizeTarget: 'standard' }), [d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.003), tr(20, 1)));
put('ok.injury-xavier-normal-nesterov-full', S('injury', 24734, inj(), [d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid', { init: 'lecun_normal' })], 'bce', opt('sgd', 0.3, { momentum: 0.9, nesterov: true }), tr(200, 360)));
put('ok.roles-he-uniform-rmsprop-batch-8', S('roles', 24735, aud(), [d(24, 'relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(60, 8)));
put('ok.box-small-normal-init-adam', S('box', 24736, box('revenue_eur', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu', { init: 'normal', std: 0.1 }), d(1, 'linear', { init: 'normal', std: 0.1 })], 'mse', opt('adam', 0.005), tr(100, 32)));
put('ok.level-minmax-sigmoid-sgd-momentum', S('level', 24737, stu('level', 'standard'), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.3, { momentum: 0.9 }), tr(150, 32)));
