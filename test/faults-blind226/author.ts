/**
 * Writes every candidate spec of set blind226 (alpaca and llama farms) into candidates/:
 * `npx tsx test/faults-blind226/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const dir = path.join(__dirname, 'candidates');
fs.mkdirSync(dir, { recursive: true });

type Obj = Record<string, unknown>;
const HERD = '../data/herd.csv', CRIA = '../data/cria.csv';
const HF = ['age_years', 'weight_kg', 'fiber_micron', 'staple_mm', 'feed_kg_day', 'pasture_ha', 'vet_visits', 'is_llama'];
const GF = ['fiber_micron', 'age_years', 'is_llama', 'staple_mm', 'weight_kg'];
const CF = ['dam_age_years', 'dam_weight_kg', 'sire_weight_kg', 'gestation_days', 'paddock_temp_c', 'dam_parity'];
const herd = (target: string, extra: Obj = {}, features = HF): Obj => ({ csv: HERD, target, features, normalize: 'standard', ...extra });
const cria = (target: string | string[], extra: Obj = {}): Obj => ({ csv: CRIA, target, features: CF, normalize: 'standard', ...extra });
const d = (units: number, activation = 'linear', extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

let count = 0;
function w(file: string, name: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}) {
  const spec = { name, seed: 226, ...extra, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(dir, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
  count++;
}

// ---------------- faults ----------------
// invalid-spec
w('invalid-spec.adamw-optimizer', 'grade-adamw', herd('grade', {}, GF), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adamw', lr: 0.001 }, tr(120, 32));
w('invalid-spec.softplus-activation', 'fleece-softplus', herd('fleece_kg'), [d(24, 'softplus'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(150, 16));
w('invalid-spec.dropout-rate-percent', 'lame-dropout-50', herd('lame'), [d(32, 'relu'), drop(50), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, tr(100, 32));
w('invalid-spec.keras-loss-name', 'grade-keras-loss', herd('grade', {}, GF), [d(12, 'tanh'), d(4, 'softmax')], 'categorical_crossentropy', { type: 'rmsprop', lr: 0.002 }, tr(100, 32));
w('invalid-spec.glorot-init', 'cria-glorot', cria('birth_weight_kg'), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, tr(150, 32));
// data-error
w('data-error.missing-2024-file', 'herd-2024', { csv: '../data/herd_2024.csv', target: 'fleece_kg', features: HF, normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(100, 32));
w('data-error.id-column-included', 'lame-all-columns', { csv: HERD, target: 'lame', normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(100, 32));
w('data-error.target-typo', 'fleece-typo', herd('fleece_weight_kg'), [d(16, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, tr(120, 32));
w('data-error.na-markers', 'grade-gaps', { csv: '../data/herd-gaps.csv', target: 'grade', features: GF, normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(100, 32));
w('data-error.path-outside-workspace', 'coop-share', { csv: '../../../../../coop-share/herd.csv', target: 'lame', features: HF, normalize: 'standard' }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(80, 32));
// shape-mismatch
w('shape-mismatch.three-grades', 'grade-three-units', herd('grade', {}, GF), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(120, 32));
w('shape-mismatch.bce-two-units', 'lame-two-units', herd('lame'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(100, 32));
w('shape-mismatch.two-targets-one-unit', 'cria-two-targets', cria(['birth_weight_kg', 'gestation_days'], { normalizeTarget: 'standard', features: ['dam_age_years', 'dam_weight_kg', 'sire_weight_kg', 'paddock_temp_c', 'dam_parity'] }), [d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(120, 32));
w('shape-mismatch.fleece-four-units', 'fleece-four', herd('fleece_kg'), [d(20, 'relu'), d(4)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(100, 16));
// loss-activation-mismatch
w('loss-activation-mismatch.softmax-mse', 'grade-softmax-mse', herd('grade', {}, GF), [d(16, 'relu'), d(4, 'softmax')], 'mse', { type: 'adam', lr: 0.005 }, tr(120, 32));
w('loss-activation-mismatch.bce-linear-head', 'lame-linear-head', herd('lame'), [d(16, 'relu'), d(1)], 'bce', { type: 'adam', lr: 0.003 }, tr(100, 32));
w('loss-activation-mismatch.cce-sigmoid-head', 'grade-sigmoid-head', herd('grade', {}, GF), [d(16, 'tanh'), d(4, 'sigmoid')], 'cce', { type: 'rmsprop', lr: 0.003 }, tr(100, 32));
w('loss-activation-mismatch.sigmoid-head-kg', 'fleece-sigmoid-head', herd('fleece_kg'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.005 }, tr(120, 32));
w('loss-activation-mismatch.relu-head-standardised', 'cria-relu-head', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.005 }, tr(150, 32));
// init-symmetry
w('init-symmetry.zeros-hidden', 'lame-zeros', herd('lame'), [d(16, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(100, 32));
w('init-symmetry.constant-tanh', 'grade-constant', herd('grade', {}, GF), [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(120, 32));
w('init-symmetry.zeros-everywhere', 'cria-zeros', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(24, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', { type: 'rmsprop', lr: 0.003 }, tr(120, 16));
// init-scale
w('init-scale.normal-std-5-tanh', 'fleece-std5', herd('fleece_kg'), [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(120, 32));
w('init-scale.tiny-std-deep-relu', 'grade-tiny', herd('grade', {}, GF), [d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(4, 'softmax', { init: { name: 'normal', std: 1e-4 } })], 'cce', { type: 'sgd', lr: 0.05 }, tr(100, 32));
w('init-scale.uniform-limit-10', 'lame-uniform10', herd('lame'), [d(24, 'relu', { init: { name: 'uniform', limit: 10 } }), d(1, 'sigmoid', { init: { name: 'uniform', limit: 10 } })], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(100, 32));
w('init-scale.normal-std-3-elu', 'cria-std3', cria('survived_30d'), [d(32, 'elu', { init: { name: 'normal', std: 3 } }), d(32, 'elu', { init: { name: 'normal', std: 3 } }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, tr(100, 32));
// no-nonlinearity
w('no-nonlinearity.linear-stack-moons', 'moons-linear', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32), d(32), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150, 32));
w('no-nonlinearity.linear-circles', 'circles-linear', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(150, 32));
w('no-nonlinearity.linear-hidden-grade', 'grade-linear', herd('grade', {}, GF), [d(24, 'linear'), d(24, 'linear'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, tr(120, 32));
w('no-nonlinearity.linear-spirals', 'spirals-linear', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(32), d(32), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(200, 32));
// lr-out-of-range
w('lr-out-of-range.adam-lr-5', 'grade-adam5', herd('grade', {}, GF), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 5 }, tr(100, 32));
w('lr-out-of-range.sgd-lr-zero', 'fleece-lr0', herd('fleece_kg'), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0, momentum: 0.9 }, tr(100, 32));
w('lr-out-of-range.rmsprop-1e-9', 'cria-rms-1e9', cria('survived_30d'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 1e-9 }, tr(100, 32));
w('lr-out-of-range.sgd-negative', 'lame-negative', herd('lame'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: -0.01 }, tr(100, 32));
w('lr-out-of-range.sgd-lr-50', 'cria-sgd50', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 50 }, tr(100, 32));
// dead-relu
w('dead-relu.negative-bias', 'fleece-bias-neg', herd('fleece_kg'), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', { type: 'adam', lr: 0.001 }, tr(100, 32));
w('dead-relu.sgd-hot-start', 'lame-hot', herd('lame'), [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.5 }, tr(80, 8));
w('dead-relu.raw-weights-bias', 'cria-raw-dead', cria('birth_weight_kg', { normalize: 'none' }), [d(16, 'relu', { bias: -400 }), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, tr(100, 32));
w('dead-relu.deep-bias-minus3', 'grade-bias3', herd('grade', {}, GF), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, tr(100, 32));
// exploding-gradient
w('exploding-gradient.raw-price-sgd', 'price-raw', herd('sale_price_usd', { normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, tr(60, 32));
w('exploding-gradient.deep-std1', 'fleece-deep-std1', herd('fleece_kg'), [1, 2, 3, 4, 5, 6].map(() => d(32, 'relu', { init: { name: 'normal', std: 1 } })).concat([d(1)]), 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(60, 32));
w('exploding-gradient.raw-price-momentum', 'price-momentum', herd('sale_price_usd', { normalize: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(60, 16));
w('exploding-gradient.raw-gestation-features', 'cria-raw-features', cria('birth_weight_kg', { normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, tr(60, 16));
// vanishing-gradient
w('vanishing-gradient.deep-sigmoid', 'lame-deep-sigmoid', herd('lame'), [1, 2, 3, 4, 5, 6, 7, 8].map(() => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.01 }, tr(100, 32));
w('vanishing-gradient.tanh-tiny-std', 'grade-tanh-tiny', herd('grade', {}, GF), [1, 2, 3, 4, 5, 6].map(() => d(24, 'tanh', { init: { name: 'normal', std: 0.01 } })).concat([d(4, 'softmax')]), 'cce', { type: 'sgd', lr: 0.05, momentum: 0.5 }, tr(100, 32));
w('vanishing-gradient.ten-sigmoid-narrow', 'cria-ten-sigmoid', cria('survived_30d'), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => d(8, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', { type: 'rmsprop', lr: 0.0005 }, tr(100, 32));
// nan-loss
w('nan-loss.price-raw-sgd-big', 'price-nan', herd('sale_price_usd', { normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.1 }, tr(50, 32));
w('nan-loss.momentum-raw-features', 'fleece-momentum-raw', herd('fleece_kg', { normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.5, momentum: 0.9 }, tr(50, 32));
w('nan-loss.cria-raw-lr-1', 'cria-nan', cria('birth_weight_kg', { normalize: 'none' }), [d(24, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.05 }, tr(50, 16));
// lr-too-high
w('lr-too-high.sgd-2', 'lame-sgd2', herd('lame'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 8 }, tr(100, 32));
w('lr-too-high.adam-0.3', 'grade-adam03', herd('grade', {}, GF), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.3 }, tr(100, 32));
w('lr-too-high.rmsprop-0.2', 'cria-rms02', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(32, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.2 }, tr(100, 32));
w('lr-too-high.nesterov-0.8', 'fleece-nesterov', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.8, momentum: 0.9, nesterov: true }, tr(100, 32));
// lr-too-low
w('lr-too-low.sgd-1e-5', 'lame-sgd-1e5', herd('lame'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-5 }, tr(100, 32));
w('lr-too-low.adam-1e-6', 'grade-adam-1e6', herd('grade', {}, GF), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 1e-6 }, tr(120, 32));
w('lr-too-low.rmsprop-1e-6', 'cria-rms-1e6', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 1e-6 }, tr(100, 16));
w('lr-too-low.fullbatch-momentum', 'fleece-fullbatch', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.0001, momentum: 0.9 }, tr(60, 420));
// saturated-activation
w('saturated-activation.sigmoid-raw-kg', 'lame-raw-sigmoid', herd('lame', { normalize: 'none' }), [d(16, 'sigmoid', { init: { name: 'normal', std: 1 } }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, tr(100, 32));
w('saturated-activation.tanh-big-init', 'grade-tanh-big', herd('grade', {}, GF), [d(32, 'tanh', { init: { name: 'normal', std: 2.5 } }), d(32, 'tanh', { init: { name: 'normal', std: 2.5 } }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, tr(100, 32));
w('saturated-activation.sigmoid-bias-8', 'fleece-bias8', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(24, 'sigmoid', { bias: 8 }), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, tr(100, 32));
w('saturated-activation.tanh-raw-gestation', 'cria-tanh-raw', cria('survived_30d', { normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, tr(100, 32));
// loss-plateau
w('loss-plateau.heavy-weight-decay', 'lame-wd', herd('lame'), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003, weightDecay: 2 }, tr(150, 32));
w('loss-plateau.dropout-0.9', 'grade-drop90', herd('grade', {}, GF), [d(8, 'relu'), drop(0.9), d(8, 'relu'), drop(0.9), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(150, 32));
w('loss-plateau.sgd-wd-cria', 'cria-wd', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 5 }, tr(150, 32));
w('loss-plateau.clipnorm-tiny', 'fleece-clip', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, clipNorm: 1e-5 }, tr(150, 32));
// oscillating-loss
w('oscillating-loss.momentum-0.99-fullbatch', 'fleece-osc', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.99 }, tr(150, 420));
w('oscillating-loss.batch1-sgd', 'lame-batch1', herd('lame'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, tr(60, 1));
w('oscillating-loss.rmsprop-fullbatch', 'cria-rms-osc', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, tr(150, 300));
w('oscillating-loss.adam-fullbatch-0.05', 'lame-adam-osc', herd('lame'), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, tr(150, 420));
w('oscillating-loss.rmsprop-0.02-fullbatch-grade', 'grade-rms-osc', herd('grade', {}, GF), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.02 }, tr(150, 420));
w('oscillating-loss.momentum-0.95-fullbatch', 'cria-mom-osc', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.15, momentum: 0.95 }, tr(150, 300));
w('oscillating-loss.sgd-0.95-linear', 'fleece-linear-osc', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(1)], 'mse', { type: 'sgd', lr: 0.9 }, tr(100, 420));
w('oscillating-loss.rmsprop-0.05-price', 'price-rms-osc', herd('sale_price_usd', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, tr(150, 420));
w('oscillating-loss.rmsprop-0.05-fleece-fullbatch', 'fleece-rms-osc', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, tr(150, 420));
w('oscillating-loss.adam-0.1-cria-fullbatch', 'cria-adam-osc', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.1 }, tr(150, 300));

// ---------------- healthy ----------------
w('ok.grade-adam-relu', 'grade', herd('grade', {}, GF), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(150, 32));
w('ok.grade-rmsprop-tanh-val', 'grade-val', herd('grade', {}, GF), [d(16, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, tr(150, 32, { validationSplit: 0.2 }));
w('ok.grade-sgd-nesterov-bn', 'grade-bn', herd('grade', {}, GF), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, tr(100, 32));
w('ok.grade-export-semicolon', 'grade-export', { csv: '../data/herd-export.csv', target: 'grade', features: GF, normalize: 'minmax' }, [d(32, 'elu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, tr(150, 64));
w('ok.grade-all-features-dropout', 'grade-all', herd('grade'), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.002, weightDecay: 0.0001 }, tr(150, 32));
w('ok.grade-leaky-sgd', 'grade-leaky', herd('grade', {}, GF), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, tr(200, 16));
w('ok.lame-adam', 'lame', herd('lame'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(150, 32));
w('ok.lame-tabs-file', 'lame-tabs', { csv: '../data/herd-tabs.csv', target: 'lame', features: ['age_years', 'weight_kg', 'vet_visits', 'feed_kg_day'], normalize: 'standard' }, [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, tr(150, 32));
w('ok.lame-rmsprop-deep-elu', 'lame-deep', herd('lame'), [d(32, 'elu'), d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, tr(120, 32, { validationSplit: 0.15 }));
w('ok.lame-logistic-fullbatch', 'lame-logistic', herd('lame'), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, tr(300, 420));
w('ok.lame-batch1-small-lr', 'lame-online', herd('lame'), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005 }, tr(30, 1));
w('ok.fleece-adam', 'fleece', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, tr(150, 32));
w('ok.fleece-raw-target-linear', 'fleece-linear', herd('fleece_kg'), [d(1)], 'mse', { type: 'sgd', lr: 0.02 }, tr(200, 32));
w('ok.fleece-sgd-momentum-tanh', 'fleece-tanh', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, tr(150, 16));
w('ok.fleece-export-minmax', 'fleece-export', { csv: '../data/herd-export.csv', target: 'fleece_kg', features: HF, normalize: 'minmax', normalizeTarget: 'minmax' }, [d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, tr(200, 32));
w('ok.fleece-clipnorm-wd', 'fleece-clip', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001, clipNorm: 1, weightDecay: 0.0005 }, tr(120, 64));
w('ok.price-normalised', 'price', herd('sale_price_usd', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.002 }, tr(150, 32));
w('ok.price-sgd-elu', 'price-sgd', herd('sale_price_usd', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.03, momentum: 0.8 }, tr(150, 32));
w('ok.price-sigmoid-hidden-minmax', 'price-sigmoid', herd('sale_price_usd', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'sigmoid'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, tr(200, 32));
w('ok.cria-weight-adam', 'cria', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(150, 32));
w('ok.cria-weight-rmsprop-bn', 'cria-bn', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', { type: 'rmsprop', lr: 0.003 }, tr(120, 32));
w('ok.cria-weight-deep-leaky', 'cria-deep', cria('birth_weight_kg', { normalizeTarget: 'standard' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, tr(120, 32, { validationSplit: 0.2 }));
w('ok.cria-survival-adam', 'cria-survival', cria('survived_30d'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, tr(150, 32));
w('ok.cria-survival-nesterov-tanh', 'cria-survival-sgd', cria('survived_30d'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.95, nesterov: true }, tr(150, 16));
w('ok.cria-survival-xavier-sigmoid', 'cria-survival-sig', cria('survived_30d', { normalize: 'minmax' }), [d(16, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(200, 32));
w('ok.iris-adam', 'iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, tr(150, 16));
w('ok.iris-sgd-tanh-he-uniform', 'iris-sgd', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, tr(200, 8));
w('ok.moons-relu', 'moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(200, 32));
w('ok.circles-tanh-rmsprop', 'circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, tr(200, 32));
w('ok.spirals-deep-adam', 'spirals', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(300, 32));
w('ok.blobs-four-sgd', 'blobs', { builtin: 'blobs', samples: 300, classes: 4, noise: 0.1 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(80, 32));
w('ok.sine-tanh', 'sine', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(300, 32));
w('ok.sine-elu-fullbatch', 'sine-full', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(48, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, tr(600, 200));
w('ok.xor-sigmoid-sgd', 'xor', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.2, momentum: 0.9 }, tr(200, 16));
w('ok.inline-fleece-grades', 'inline-grade', { inline: { x: [[18.5, 2], [19.2, 3], [21.0, 4], [22.4, 5], [24.1, 6], [25.5, 7], [27.2, 8], [29.0, 9], [19.8, 2], [23.0, 5], [26.4, 8], [30.5, 10], [18.9, 1], [22.0, 3], [25.0, 6], [28.5, 11]], y: ['fine', 'fine', 'fine', 'fine', 'medium', 'medium', 'coarse', 'coarse', 'fine', 'medium', 'medium', 'coarse', 'fine', 'fine', 'medium', 'coarse'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, tr(300, 16));
w('ok.inline-feed-regression', 'inline-feed', { inline: { x: [[55], [60], [64], [68], [72], [80], [95], [110], [125], [140], [150], [165]], y: [1.15, 1.27, 1.33, 1.44, 1.5, 1.69, 2.0, 2.3, 2.62, 2.95, 3.12, 3.48] }, normalize: 'standard' }, [d(1)], 'mse', { type: 'sgd', lr: 0.1 }, tr(200, 4));
w('ok.lame-gaps-clean-features', 'lame-gaps-clean', { csv: '../data/herd-gaps.csv', target: 'lame', features: ['age_years', 'vet_visits', 'feed_kg_day', 'is_llama'], normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, tr(120, 32));
w('ok.fleece-wide-shallow-rmsprop', 'fleece-wide', herd('fleece_kg', { normalizeTarget: 'standard' }), [d(128, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', { type: 'rmsprop', lr: 0.0005 }, tr(100, 16));
w('ok.grade-normal-init-small-sgd', 'grade-normal', herd('grade', {}, GF), [d(32, 'relu', { init: { name: 'normal', std: 0.1 } }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, tr(120, 64));
w('ok.cria-survival-fullbatch-rmsprop', 'cria-survival-full', cria('survived_30d'), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, tr(250, 300));
console.log(`wrote ${count} candidates`);
