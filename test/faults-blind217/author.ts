/**
 * Writes every candidate spec of fault set blind217 into candidates/.
 * Run: npx tsx test/faults-blind217/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const SF = ['age', 'weeks_enrolled', 'hours_per_week', 'height_cm', 'weight_kg', 'grip_kg', 'flex_cm', 'prior_dance', 'shoe_size_eu'];
const AF = ['rig_height_m', 'duration_s', 'catches', 'rotations', 'swing_period_s', 'performers', 'net_used', 'lucky_number'];
const HF = ['tent_capacity', 'ticket_price_eur', 'temp_c', 'weekend', 'ad_spend_eur', 'acts_count', 'rain_mm'];
const RF = ['span_m', 'height_m', 'load_kg', 'cable_mm', 'tension_kn', 'paint_code'];

const students = (extra: J = {}): J => ({ csv: '../data/students.csv', target: 'passed_aerial', features: SF, normalize: 'standard', ...extra });
const acts = (extra: J = {}): J => ({ csv: '../data/acts.csv', target: 'discipline', features: AF, normalize: 'standard', ...extra });
const shows = (extra: J = {}): J => ({ csv: '../data/shows.csv', target: 'revenue_eur', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const rigging = (extra: J = {}): J => ({ csv: '../data/rigging.csv', target: 'sway_cm', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation: string, extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, shuffle: true, ...extra });

let seed = 217;
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, more: J = {}): void {
  const name = file.replace(/\.nn\.json$/, '');
  const s = { name, seed: seed++, data, layers, loss, optimizer, training, ...more };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const bin = (hidden: J[]): J[] => [...hidden, d(1, 'sigmoid')];
const cls = (hidden: J[]): J[] => [...hidden, d(4, 'softmax')];
const reg = (hidden: J[]): J[] => [...hidden, d(1, 'linear')];

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.optimizer-adamw', students(), bin([d(16, 'relu')]), 'bce', opt('adamw', 0.001), tr(80, 32));
spec('invalid-spec.loss-keras-name', acts(), cls([d(16, 'relu')]), 'categorical_crossentropy', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.dropout-rate-percent', students(), bin([d(24, 'relu'), drop(20), d(12, 'relu')]), 'bce', opt('adam', 0.002), tr(80, 32));
spec('invalid-spec.activation-swish', rigging(), reg([d(16, 'swish'), d(8, 'swish')]), 'mse', opt('adam', 0.003), tr(100, 16));
spec('invalid-spec.validation-split-whole', shows(), reg([d(16, 'relu')]), 'mse', opt('adam', 0.003), tr(100, 32, { validationSplit: 20 }));
// data-error
spec('data-error.students-file-renamed', { ...students(), csv: '../data/students_2025.csv' }, bin([d(16, 'relu')]), 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.student-id-as-feature', { csv: '../data/students.csv', target: 'passed_aerial', normalize: 'standard' }, bin([d(16, 'relu')]), 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.target-column-typo', students({ target: 'passed_exam' }), bin([d(16, 'relu')]), 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.gaps-export-na', students({ csv: '../data/students-gaps.csv' }), bin([d(16, 'relu'), d(8, 'relu')]), 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.path-outside-workspace', shows({ csv: '../../../../../shared/box-office/shows.csv' }), reg([d(16, 'relu')]), 'mse', opt('adam', 0.003), tr(80, 32));
spec('data-error.show-date-feature', shows({ features: ['show_date', ...HF] }), reg([d(16, 'relu')]), 'mse', opt('adam', 0.003), tr(80, 32));
// shape-mismatch
spec('shape-mismatch.three-disciplines', acts(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.bce-two-units', students(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.revenue-two-outputs', shows(), [d(16, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.five-disciplines', acts(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(80, 16));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse', acts({ }), [d(16, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.bce-linear-head', students(), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', acts(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.relu-head-standard-target', rigging(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(150, 16));
spec('loss-activation-mismatch.sigmoid-head-revenue', shows(), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(150, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', students(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.constant-hidden', acts(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('init-symmetry.zeros-everywhere', rigging(), [d(12, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', opt('rmsprop', 0.003), tr(150, 16));
spec('init-symmetry.constant-half-sigmoid', students(), [d(10, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3), tr(120, 16));
// init-scale
spec('init-scale.normal-std-8', students(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
spec('init-scale.uniform-tiny-deep', acts(), [d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(4, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('init-scale.normal-std-30-relu', rigging(), [d(64, 'relu', { init: 'normal', std: 30 }), d(32, 'relu', { init: 'normal', std: 30 }), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(100, 16));
spec('init-scale.normal-std-1e-3-sigmoid', students(), [d(16, 'sigmoid', { init: { name: 'normal', std: 0.001 } }), d(16, 'sigmoid', { init: { name: 'normal', std: 0.001 } }), d(16, 'sigmoid', { init: { name: 'normal', std: 0.001 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 0.001 } })], 'bce', opt('sgd', 0.05), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-acts', acts(), cls([d(32, 'linear'), d(32, 'linear'), d(16, 'linear')]), 'cce', opt('adam', 0.003), tr(150, 32));
spec('no-nonlinearity.moons-linear-hidden', { builtin: 'moons', samples: 400, noise: 0.15 }, bin([d(16, 'linear'), d(16, 'linear')]), 'bce', opt('adam', 0.01), tr(200, 32));
spec('no-nonlinearity.rigging-no-activation', rigging(), reg([d(32, 'linear'), d(16, 'linear')]), 'mse', opt('rmsprop', 0.002), tr(150, 16));
spec('no-nonlinearity.circles-forgot-act', { builtin: 'circles', samples: 300, noise: 0.08 }, [{ type: 'dense', units: 16 }, { type: 'dense', units: 8 }, d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-20', students(), bin([d(16, 'relu')]), 'bce', opt('adam', 20), tr(80, 32));
spec('lr-out-of-range.sgd-lr-zero', acts(), cls([d(16, 'relu')]), 'cce', opt('sgd', 0, { momentum: 0.9 }), tr(80, 32));
spec('lr-out-of-range.rmsprop-negative', rigging(), reg([d(16, 'tanh')]), 'mse', opt('rmsprop', -0.001), tr(80, 16));
spec('lr-out-of-range.sgd-lr-500', shows(), reg([d(16, 'relu')]), 'mse', opt('sgd', 500), tr(80, 32));
// dead-relu
spec('dead-relu.negative-bias-5', students(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.raw-revenue-sgd-kill', shows({ normalize: 'none' }), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', opt('sgd', 0.05), tr(60, 32));
spec('dead-relu.bias-minus-3-acts', acts(), [d(32, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(100, 32));
spec('dead-relu.adam-lr-high-kill', rigging(), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.5), tr(80, 8));
// exploding-gradient
spec('exploding-gradient.raw-revenue-target', shows({ normalizeTarget: 'none' }), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', opt('sgd', 0.01), tr(60, 32));
spec('exploding-gradient.raw-features-raw-target', shows({ normalize: 'none', normalizeTarget: 'none' }), reg([d(16, 'tanh')]), 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.deep-relu-std-1', rigging(), reg([d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 })]), 'mse', opt('sgd', 0.001), tr(60, 16));
spec('exploding-gradient.sway-raw-rmsprop', rigging({ normalize: 'none', normalizeTarget: 'none' }), reg([d(32, 'relu'), d(32, 'relu')]), 'mse', opt('sgd', 0.005, { momentum: 0.9, nesterov: true }), tr(60, 8));
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-8', students(), bin([d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid')]), 'bce', opt('sgd', 0.01), tr(100, 32));
spec('vanishing-gradient.deep-sigmoid-acts', acts(), cls([d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid')]), 'cce', opt('sgd', 0.02, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.tanh-small-normal-deep', rigging(), reg([d(32, 'tanh', { init: 'normal', std: 0.05 }), d(32, 'tanh', { init: 'normal', std: 0.05 }), d(32, 'tanh', { init: 'normal', std: 0.05 }), d(32, 'tanh', { init: 'normal', std: 0.05 }), d(32, 'tanh', { init: 'normal', std: 0.05 })]), 'mse', opt('sgd', 0.01), tr(100, 16));
spec('vanishing-gradient.sigmoid-10-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, bin(Array.from({ length: 10 }, () => d(8, 'sigmoid'))), 'bce', opt('sgd', 0.05), tr(150, 32));
// nan-loss
spec('nan-loss.raw-everything-sgd', shows({ normalize: 'none', normalizeTarget: 'none' }), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', opt('sgd', 0.01), tr(50, 32));
spec('nan-loss.momentum-raw-revenue-big-lr', shows({ normalize: 'none', normalizeTarget: 'none' }), reg([d(64, 'relu'), d(64, 'relu'), d(64, 'relu')]), 'mse', opt('sgd', 0.1, { momentum: 0.9 }), tr(50, 16));
spec('nan-loss.sway-raw-sgd-lr-1', rigging({ normalize: 'none', normalizeTarget: 'none' }), reg([d(16, 'relu'), d(16, 'relu')]), 'mse', opt('sgd', 1), tr(50, 8));
spec('nan-loss.init-1e6', students(), [d(16, 'relu', { init: 'normal', std: 1e6 }), d(16, 'relu', { init: 'normal', std: 1e6 }), d(1, 'linear', { init: 'normal', std: 1e6 })], 'mse', opt('sgd', 0.1), tr(30, 32));
// lr-too-high
spec('lr-too-high.sgd-lr-5', students(), bin([d(16, 'tanh')]), 'bce', opt('sgd', 5), tr(100, 32));
spec('lr-too-high.adam-lr-0.3', acts(), cls([d(32, 'relu'), d(16, 'relu')]), 'cce', opt('adam', 0.3), tr(100, 32));
spec('lr-too-high.rmsprop-lr-0.1', rigging(), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', opt('rmsprop', 0.1), tr(100, 16));
spec('lr-too-high.momentum-lr-1', shows(), reg([d(32, 'tanh')]), 'mse', opt('sgd', 1, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-high.nesterov-lr-0.8', students(), bin([d(24, 'elu'), d(12, 'elu')]), 'bce', opt('sgd', 0.8, { momentum: 0.95, nesterov: true }), tr(100, 16));
// lr-too-low
spec('lr-too-low.sgd-1e-5', students(), bin([d(16, 'relu')]), 'bce', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6', acts(), cls([d(32, 'relu'), d(16, 'relu')]), 'cce', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-2e-6', rigging(), reg([d(32, 'tanh')]), 'mse', opt('rmsprop', 2e-6), tr(100, 16));
spec('lr-too-low.sgd-full-batch-1e-4', shows(), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', opt('sgd', 1e-4), tr(150, 380));
spec('lr-too-low.momentum-1e-5-acts', acts(), cls([d(24, 'elu')]), 'cce', opt('sgd', 1e-5, { momentum: 0.9 }), tr(120, 64));
// saturated-activation
spec('saturated-activation.raw-ad-spend-sigmoid', shows({ normalize: 'none' }), reg([d(32, 'sigmoid'), d(16, 'sigmoid')]), 'mse', opt('adam', 0.001), tr(100, 32));
spec('saturated-activation.raw-students-tanh', students({ normalize: 'none' }), bin([d(32, 'tanh'), d(16, 'tanh')]), 'bce', opt('sgd', 0.01), tr(100, 32));
spec('saturated-activation.sigmoid-bias-12', acts(), [d(32, 'sigmoid', { bias: 12 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('saturated-activation.raw-duration-tanh', acts({ normalize: 'none' }), cls([d(32, 'tanh'), d(32, 'tanh')]), 'cce', opt('rmsprop', 0.001), tr(100, 32));
// loss-plateau
spec('loss-plateau.sigmoid-sgd-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, bin([d(4, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(200, 32));
spec('loss-plateau.spirals-tiny-net', { builtin: 'spirals', samples: 400, noise: 0.1, classes: 3 }, [d(3, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32));
spec('loss-plateau.xor-relu-dead-start', { builtin: 'xor', samples: 200, noise: 0.1 }, bin([d(4, 'relu', { bias: -1 })]), 'bce', opt('sgd', 0.02), tr(200, 16));
spec('loss-plateau.rigging-raw-sigmoid-deep', rigging({ normalize: 'none' }), reg([d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid')]), 'mse', opt('sgd', 0.01), tr(200, 32));
spec('loss-plateau.students-weight-decay-huge', students(), bin([d(32, 'relu'), d(16, 'relu')]), 'bce', opt('adam', 0.003, { weightDecay: 5 }), tr(150, 32));
// oscillating-loss
spec('oscillating-loss.sgd-momentum-0.99', students(), bin([d(24, 'relu')]), 'bce', opt('sgd', 0.3, { momentum: 0.99 }), tr(150, 32));
spec('oscillating-loss.batch-1-sgd', rigging(), reg([d(16, 'tanh')]), 'mse', opt('sgd', 0.2), tr(80, 1));
spec('oscillating-loss.adam-0.05-batch-4', acts(), cls([d(32, 'relu')]), 'cce', opt('adam', 0.05), tr(100, 4));
spec('oscillating-loss.rmsprop-0.03-full', shows(), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', opt('rmsprop', 0.03), tr(200, 380));

// ---------------- healthy ----------------
spec('ok.students-adam-relu', students(), bin([d(16, 'relu'), d(8, 'relu')]), 'bce', opt('adam', 0.003), tr(120, 32));
spec('ok.students-sgd-momentum-tanh', students(), bin([d(16, 'tanh')]), 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 32));
spec('ok.students-nesterov-elu-dropout', students(), bin([d(32, 'elu'), drop(0.2), d(16, 'elu')]), 'bce', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 16, { validationSplit: 0.2 }));
spec('ok.students-rmsprop-minmax', students({ normalize: 'minmax' }), bin([d(24, 'leaky_relu')]), 'bce', opt('rmsprop', 0.003), tr(120, 32));
spec('ok.students-batchnorm-sgd', students(), bin([d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true })]), 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('ok.students-logistic', students(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 16));
spec('ok.students-full-batch-adam', students(), bin([d(32, 'tanh'), d(16, 'tanh')]), 'bce', opt('adam', 0.01), tr(300, 420));
spec('ok.students-batch-1-sgd', students(), bin([d(8, 'relu')]), 'bce', opt('sgd', 0.005), tr(40, 1));
spec('ok.students-weight-decay-clip', students(), bin([d(32, 'relu'), d(16, 'relu')]), 'bce', opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 1 }), tr(120, 32));
spec('ok.students-cce-two-units', students(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('ok.acts-adam-relu', acts(), cls([d(32, 'relu'), d(16, 'relu')]), 'cce', opt('adam', 0.003), tr(120, 32));
spec('ok.acts-sgd-momentum-tanh', acts(), cls([d(24, 'tanh')]), 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16));
spec('ok.acts-rmsprop-elu-val', acts(), cls([d(32, 'elu'), drop(0.1), d(16, 'elu')]), 'cce', opt('rmsprop', 0.002), tr(120, 32, { validationSplit: 0.25 }));
spec('ok.acts-batchnorm-adam', acts(), cls([d(48, 'relu', { batchNorm: true }), d(24, 'relu', { batchNorm: true })]), 'cce', opt('adam', 0.005), tr(100, 64));
spec('ok.acts-softmax-regression', acts(), [d(4, 'softmax')], 'cce', opt('adam', 0.02), tr(200, 32));
spec('ok.acts-deep-leaky', acts(), cls([d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu')]), 'cce', opt('adam', 0.001), tr(120, 32));
spec('ok.acts-minmax-nesterov', acts({ normalize: 'minmax' }), cls([d(32, 'relu')]), 'cce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.acts-sigmoid-hidden-adam', acts(), cls([d(24, 'sigmoid')]), 'cce', opt('adam', 0.01), tr(200, 32));
spec('ok.shows-adam-relu', shows(), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.shows-rmsprop-tanh', shows(), reg([d(32, 'tanh')]), 'mse', opt('rmsprop', 0.003), tr(150, 32));
spec('ok.shows-semicolon-export', shows({ csv: '../data/shows-export.csv' }), reg([d(24, 'elu'), d(12, 'elu')]), 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.shows-tab-export-sgd', shows({ csv: '../data/shows-tabs.csv' }), reg([d(24, 'relu')]), 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.shows-minmax-both', shows({ normalize: 'minmax', normalizeTarget: 'minmax' }), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.shows-batchnorm-clip', shows(), reg([d(32, 'relu', { batchNorm: true }), d(16, 'relu')]), 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), tr(150, 32));
spec('ok.shows-deep-elu-val', shows(), reg([d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(8, 'elu')]), 'mse', opt('adam', 0.001), tr(200, 32, { validationSplit: 0.2 }));
spec('ok.rigging-adam-tanh', rigging(), reg([d(16, 'tanh'), d(8, 'tanh')]), 'mse', opt('adam', 0.005), tr(200, 16));
spec('ok.rigging-linear-regression', rigging(), [d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(150, 16));
spec('ok.rigging-rmsprop-relu', rigging(), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', opt('rmsprop', 0.001), tr(200, 16));
spec('ok.rigging-nesterov-leaky', rigging(), reg([d(24, 'leaky_relu')]), 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(200, 8));
spec('ok.rigging-full-batch-rmsprop', rigging(), reg([d(32, 'elu')]), 'mse', opt('rmsprop', 0.01), tr(400, 260));
spec('ok.rigging-dropout-decay', rigging(), reg([d(64, 'relu'), drop(0.1), d(32, 'relu')]), 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(200, 32));
spec('ok.moons-adam', { builtin: 'moons', samples: 400, noise: 0.15 }, bin([d(16, 'relu'), d(16, 'relu')]), 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.08 }, bin([d(12, 'tanh')]), 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 16));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 450, noise: 0.1, classes: 3 }, [d(48, 'relu'), d(48, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(12, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 16));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, reg([d(32, 'tanh'), d(16, 'tanh')]), 'mse', opt('adam', 0.01), tr(300, 32));
spec('ok.xor-sigmoid-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, bin([d(8, 'tanh')]), 'bce', opt('sgd', 0.5, { momentum: 0.5 }), tr(300, 16));
spec('ok.blobs-5-sgd', { builtin: 'blobs', samples: 400, noise: 0.3, classes: 5 }, [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.05), tr(150, 32));
spec('ok.inline-troupe-catches', { inline: { x: [[1, 0.2], [2, 0.5], [3, 0.7], [4, 1.1], [5, 1.3], [6, 1.8], [7, 2.0], [8, 2.4], [9, 2.7], [10, 3.1], [11, 3.2], [12, 3.6]], y: [3.1, 5.0, 6.9, 9.2, 11.0, 13.1, 15.2, 17.0, 19.1, 21.2, 22.8, 25.1] }, normalize: 'standard', normalizeTarget: 'standard' }, reg([d(8, 'tanh')]), 'mse', opt('adam', 0.01), tr(400, 12));
spec('ok.inline-harness-check', { inline: { x: [[62, 1], [48, 0], [75, 1], [55, 0], [80, 1], [45, 0], [68, 1], [51, 0], [90, 1], [40, 0], [70, 0], [58, 1]], y: ['fail', 'pass', 'fail', 'pass', 'fail', 'pass', 'fail', 'pass', 'fail', 'pass', 'fail', 'pass'] }, normalize: 'standard' }, bin([d(4, 'tanh')]), 'bce', opt('adam', 0.05), tr(200, 4));
spec('ok.students-deep-sigmoid-adam', students(), bin([d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid')]), 'bce', opt('adam', 0.003), tr(200, 32));
spec('ok.shows-huber-like-small-batch', shows(), reg([d(16, 'leaky_relu'), d(8, 'leaky_relu')]), 'mse', opt('rmsprop', 0.001, { clipNorm: 2 }), tr(80, 4));

// second pass (added after the first observation, to fill dead-relu and oscillating-loss)
spec('dead-relu.bias-minus-8-shows', shows(), reg([d(32, 'relu', { bias: -8 }), d(16, 'relu', { bias: -8 })]), 'mse', opt('adam', 0.003), tr(100, 32));
spec('dead-relu.rmsprop-lr-0.5-acts', acts(), cls([d(32, 'relu'), d(32, 'relu')]), 'cce', opt('rmsprop', 0.5), tr(80, 32));
spec('oscillating-loss.sgd-momentum-0.95-rigging', rigging(), reg([d(16, 'tanh')]), 'mse', opt('sgd', 0.15, { momentum: 0.95 }), tr(150, 260));
spec('loss-plateau.xor-sigmoid-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, bin([d(4, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(200, 32));
spec('loss-plateau.circles-sigmoid-full-batch', { builtin: 'circles', samples: 300, noise: 0.08 }, bin([d(8, 'sigmoid')]), 'bce', opt('sgd', 0.1), tr(300, 300));
