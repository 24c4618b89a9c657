/**
 * Writes every candidate spec of set blind240 (fencing clubs) into candidates/.
 * `npx tsx test/faults-blind240/author.ts`
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
let seed = 240;
function put(file: string, s: Obj): void {
  const body = { name: file.replace(/\.nn\.json$/, ''), seed: seed++, ...s };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
const BF = ['rating', 'opp_rating', 'height_cm', 'reach_cm', 'years_fencing', 'bouts_today', 'club_id'];
const MF = ['age', 'sessions_per_month', 'lesson_hours', 'distance_km', 'competitions', 'locker'];
const bouts = (normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/bouts.csv', target: 'won', features: BF, normalize, ...extra });
const members = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}) =>
  ({ csv: '../data/members.csv', target: 'annual_spend_eur', features: MF, normalize, normalizeTarget, ...extra });
const disc = (normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/disciplines.csv', target: 'weapon', normalize, ...extra });
const d = (units: number, activation = 'linear', more: Obj = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: Obj = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: Obj = {}) => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-optimizer', { data: bouts(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(60, 32) });
put('invalid-spec.keras-loss-name', { data: disc(), layers: [d(12, 'relu'), d(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.01), training: tr(60, 16) });
put('invalid-spec.swish-activation', { data: members(), layers: [d(16, 'swish'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('invalid-spec.dropout-rate-one', { data: bouts(), layers: [d(24, 'relu'), drop(1.0), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
put('invalid-spec.validation-split-percent', { data: disc(), layers: [d(10, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(80, 16, { validationSplit: 20 }) });
put('invalid-spec.zero-units', { data: members(), layers: [d(0, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(50, 32) });
// data-error
put('data-error.bout-file-typo', { data: { ...bouts(), csv: '../data/bout.csv' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('data-error.target-capitalised', { data: { ...bouts(), target: 'Won' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('data-error.timestamp-as-feature', { data: { ...bouts(), features: ['timestamp', ...BF] }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('data-error.scorer-gaps', { data: { ...bouts(), csv: '../data/bouts-gaps.csv' }, layers: [d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(60, 32) });
put('data-error.members-no-feature-list', { data: { csv: '../data/members.csv', target: 'annual_spend_eur', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('data-error.shared-drive-path', { data: { ...members(), csv: '../../../../../clubshare/members.csv' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
// shape-mismatch
put('shape-mismatch.two-weapons-head', { data: disc(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 16) });
put('shape-mismatch.four-unit-weapon-head', { data: disc(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(60, 32) });
put('shape-mismatch.spend-three-outputs', { data: members(), layers: [d(16, 'relu'), d(3)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('shape-mismatch.won-two-sigmoids', { data: bouts(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
// loss-activation-mismatch
put('loss-activation-mismatch.bce-linear-head', { data: bouts(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: disc(), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 16) });
put('loss-activation-mismatch.tanh-head-raw-euros', { data: members('standard', 'none'), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(80, 32) });
put('loss-activation-mismatch.softmax-mse-weapons', { data: disc(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(60, 16) });
put('loss-activation-mismatch.relu-head-bce', { data: bouts(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(60, 32) });
// init-symmetry
put('init-symmetry.zeros-hidden-relu', { data: bouts(), layers: [d(16, 'relu', { init: { name: 'zeros' } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
put('init-symmetry.constant-tanh-disc', { data: disc(), layers: [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 16) });
put('init-symmetry.zeros-everywhere-spend', { data: members(), layers: [d(20, 'tanh', { init: { name: 'zeros' } }), d(1, 'linear', { init: { name: 'zeros' } })], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
put('init-symmetry.constant-half-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(10, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
// init-scale
put('init-scale.normal-std-8-tanh', { data: bouts(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
put('init-scale.uniform-tiny-deep', { data: disc(), layers: [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(3, 'softmax', { init: { name: 'uniform', limit: 1e-4 } })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
put('init-scale.normal-std-20-relu', { data: members(), layers: [d(24, 'relu', { init: { name: 'normal', std: 20 } }), d(24, 'relu', { init: { name: 'normal', std: 20 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(80, 32) });
put('init-scale.normal-std-5-sigmoid', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'sigmoid', { init: { name: 'normal', std: 5 } }), d(16, 'sigmoid', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(80, 32) });
// no-nonlinearity
put('no-nonlinearity.linear-stack-circles', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
put('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(32), d(32), d(32), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
put('no-nonlinearity.linear-stack-xor', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(8), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 16) });
put('no-nonlinearity.linear-hidden-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(24, 'linear', { batchNorm: true }), d(24), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
// lr-out-of-range
put('lr-out-of-range.adam-lr-5', { data: bouts(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 5), training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-80', { data: disc(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 80), training: tr(60, 32) });
put('lr-out-of-range.rmsprop-lr-1e-9', { data: members(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-9), training: tr(80, 32) });
put('lr-out-of-range.adam-lr-1e-8', { data: { builtin: 'moons', samples: 300 }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 1e-8), training: tr(100, 32) });
// dead-relu
put('dead-relu.bias-minus-6', { data: bouts(), layers: [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('dead-relu.deep-negative-bias', { data: members(), layers: [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('dead-relu.sgd-kick-raw-rating', { data: bouts('none'), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(60, 32) });
put('dead-relu.bias-minus-3-disc', { data: disc(), layers: [d(20, 'relu', { bias: -3, init: { name: 'he_uniform' } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(60, 16) });
// exploding-gradient
put('exploding-gradient.raw-members-sgd', { data: members('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
put('exploding-gradient.deep-std-1.5', { data: bouts(), layers: [0, 1, 2, 3, 4, 5].map(() => d(32, 'relu', { init: { name: 'normal', std: 1.5 } })).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
put('exploding-gradient.raw-ratings-momentum', { data: bouts('none'), layers: [d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.raw-euros-adam', { data: members('standard', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(60, 32) });
// vanishing-gradient
put('vanishing-gradient.sigmoid-tower-8', { data: disc(), layers: [0, 1, 2, 3, 4, 5, 6, 7].map(() => d(16, 'sigmoid')).concat([d(3, 'softmax')]), loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
put('vanishing-gradient.sigmoid-tower-10-bouts', { data: bouts(), layers: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(() => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(60, 32) });
put('vanishing-gradient.tanh-small-init-deep', { data: { builtin: 'moons', samples: 300 }, layers: [0, 1, 2, 3, 4, 5].map(() => d(16, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
put('vanishing-gradient.sigmoid-tower-members', { data: members(), layers: [0, 1, 2, 3, 4, 5, 6].map(() => d(10, 'sigmoid')).concat([d(1)]), loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
// nan-loss
put('nan-loss.raw-euros-sgd-lr-0.1', { data: members('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(60, 32) });
put('nan-loss.raw-euros-momentum', { data: members('minmax', 'none'), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 16) });
put('nan-loss.raw-ratings-regression', { data: { csv: '../data/bouts.csv', target: 'rating', features: ['opp_rating', 'height_cm', 'reach_cm', 'years_fencing'], normalize: 'none' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('nan-loss.rmsprop-deep-raw', { data: members('none', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { nesterov: true, momentum: 0.95 }), training: tr(60, 8) });
// lr-too-high
put('lr-too-high.sgd-2-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 2.0), training: tr(100, 32) });
put('lr-too-high.adam-0.3-disc', { data: disc(), layers: [d(24, 'relu'), d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(60, 16) });
put('lr-too-high.rmsprop-0.2-bouts', { data: bouts(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.2), training: tr(60, 32) });
put('lr-too-high.momentum-0.5-spend', { data: members(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(80, 32) });
put('lr-too-high.adam-0.5-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.5), training: tr(100, 32) });
// lr-too-low
put('lr-too-low.sgd-1e-4-bouts', { data: bouts(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-4), training: tr(60, 32) });
put('lr-too-low.adam-1e-5-disc', { data: disc(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-5), training: tr(60, 32) });
put('lr-too-low.rmsprop-2e-5-spend', { data: members(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 2e-5), training: tr(60, 32) });
put('lr-too-low.sgd-5e-4-fullbatch-iris', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(12, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 5e-4), training: tr(150, 150) });
// saturated-activation
put('saturated-activation.sigmoid-raw-ratings', { data: bouts('none'), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('saturated-activation.tanh-raw-members', { data: members('none', 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('saturated-activation.sigmoid-bias-9', { data: disc(), layers: [d(16, 'sigmoid', { bias: 9 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32) });
put('saturated-activation.tanh-raw-lunge', { data: disc('none'), layers: [d(20, 'tanh', { init: { name: 'xavier_normal' } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
// loss-plateau
put('loss-plateau.weight-decay-0.5', { data: bouts(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01, { weightDecay: 0.5 }), training: tr(80, 32) });
put('loss-plateau.one-unit-bottleneck-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(1, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
put('loss-plateau.dropout-0.9-disc', { data: disc(), layers: [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('loss-plateau.weight-decay-1-spend', { data: members(), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { weightDecay: 1.0 }), training: tr(80, 32) });
// oscillating-loss
put('oscillating-loss.momentum-0.99-batch4', { data: bouts(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.99 }), training: tr(60, 4) });
put('oscillating-loss.adam-0.05-batch1', { data: members(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(40, 1) });
put('oscillating-loss.rmsprop-0.05-batch2', { data: disc(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.05), training: tr(60, 2) });
put('oscillating-loss.nesterov-0.3-fullbatch', { data: members(), layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3, { momentum: 0.95, nesterov: true }), training: tr(100, 360) });

// ---------------- healthy ----------------
put('ok.bouts-adam-relu', { data: bouts(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
put('ok.bouts-rmsprop-elu-val', { data: bouts(), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(60, 32, { validationSplit: 0.2 }) });
put('ok.bouts-sgd-momentum-tanh', { data: bouts(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 16) });
put('ok.bouts-minmax-nesterov', { data: bouts('minmax'), layers: [d(20, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
put('ok.bouts-plain-sgd-batch1', { data: bouts(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(30, 1) });
put('ok.bouts-fullbatch-adam', { data: bouts(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 420) });
put('ok.bouts-dropout-bn', { data: bouts(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('ok.bouts-logistic-only', { data: bouts(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(80, 32) });
put('ok.bouts-two-class-softmax', { data: bouts(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(60, 32) });
put('ok.bouts-clipnorm-wd', { data: bouts(), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, clipNorm: 1, weightDecay: 1e-4 }), training: tr(60, 32) });
put('ok.members-adam-relu', { data: members(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('ok.members-linear-regression', { data: members(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.02), training: tr(80, 16) });
put('ok.members-minmax-target', { data: members('minmax', 'minmax'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('ok.members-deep-elu', { data: members(), layers: [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(80, 32, { validationSplit: 0.15 }) });
put('ok.members-rmsprop-tanh', { data: members(), layers: [d(12, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
put('ok.members-sgd-momentum-bn', { data: members(), layers: [d(24, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('ok.members-export-semicolon', { data: { ...members(), csv: '../data/members-export.csv' }, layers: [d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('ok.members-batch1-small-lr', { data: members(), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.002), training: tr(30, 1) });
put('ok.members-clip-nesterov', { data: members(), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true, clipNorm: 5 }), training: tr(80, 16) });
put('ok.members-fullbatch-rmsprop', { data: members(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.005), training: tr(250, 360) });
put('ok.disc-adam-relu', { data: disc(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 16) });
put('ok.disc-sgd-tanh', { data: disc(), layers: [d(12, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(60, 32) });
put('ok.disc-minmax-rmsprop', { data: disc('minmax'), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(80, 32) });
put('ok.disc-softmax-regression', { data: disc(), layers: [d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(80, 32) });
put('ok.disc-deep-dropout', { data: disc(), layers: [d(32, 'relu'), drop(0.3), d(32, 'relu'), drop(0.3), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32, { validationSplit: 0.2 }) });
put('ok.disc-sigmoid-hidden', { data: disc(), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
put('ok.disc-batch2-sgd', { data: disc(), layers: [d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(40, 2) });
put('ok.disc-bn-leaky', { data: disc(), layers: [d(20, 'leaky_relu', { batchNorm: true }), d(10, 'leaky_relu', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32) });
put('ok.moons-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
put('ok.circles-tanh-momentum', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
put('ok.xor-small-rmsprop', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(150, 16) });
put('ok.iris-sgd-fullbatch', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(10, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.2, { momentum: 0.9 }), training: tr(200, 150) });
put('ok.blobs-four-classes', { data: { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 }, layers: [d(12, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 64) });
put('ok.sine-tanh-regression', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
put('ok.rating-regression', { data: { csv: '../data/bouts.csv', target: 'reach_cm', features: ['height_cm', 'rating', 'years_fencing'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(60, 32) });
put('ok.inline-lesson-slots', { data: { inline: { x: [[0, 0], [1, 0], [0, 1], [1, 1], [2, 1], [1, 2], [2, 2], [0, 2], [2, 0], [3, 3], [3, 1], [1, 3]], y: [0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1] }, normalize: 'standard' }, layers: [d(6, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.03), training: tr(200, 12) });
put('ok.members-wide-shallow-lr-high-ok', { data: members(), layers: [d(128, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.5 }), training: tr(60, 64) });
put('ok.bouts-lecun-sigmoid-deep', { data: bouts(), layers: [d(16, 'tanh', { init: { name: 'lecun_normal' } }), d(16, 'tanh', { init: { name: 'lecun_normal' } }), d(16, 'tanh', { init: { name: 'lecun_normal' } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
put('ok.disc-long-low-lr-adam', { data: disc(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.0005), training: tr(400, 32) });
put('ok.disc-onehot-like-uniform-init', { data: disc(), layers: [d(16, 'relu', { init: { name: 'uniform', limit: 0.3 } }), d(3, 'softmax', { init: { name: 'normal', std: 0.1 } })], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 32) });
put('ok.moons-batch1-nesterov', { data: { builtin: 'moons', samples: 200, noise: 0.1 }, layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(40, 1) });

// ---------------- second batch of faults (added after the first observation, before any decision) ----------------
put('lr-too-high.sgd-1.5-spend-batch8', { data: members(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3), training: tr(60, 8) });
put('lr-too-high.adam-0.2-bouts-deep', { data: bouts(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.2), training: tr(60, 16) });
put('lr-too-high.rmsprop-0.1-spend', { data: members(), layers: [d(24, 'relu'), d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.1), training: tr(60, 16) });
put('lr-too-high.sgd-5-iris', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 5), training: tr(100, 16) });
put('saturated-activation.sigmoid-raw-distance', { data: members('none', 'standard'), layers: [d(16, 'sigmoid', { init: { name: 'normal', std: 1 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('saturated-activation.tanh-bias-7-bouts', { data: bouts(), layers: [d(24, 'tanh', { bias: 7 }), d(24, 'tanh', { bias: 7 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02), training: tr(60, 32) });
put('oscillating-loss.sgd-0.8-batch2-disc', { data: disc(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.8, { momentum: 0.9 }), training: tr(60, 2) });
