/**
 * Writes every candidate spec of fault set blind294 (mead and sake brewers) into candidates/.
 * Run: `npx tsx test/faults-blind294/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
let seedCounter = 294;
function put(file: string, spec: Obj): void {
  const name = file.replace(/\.nn\.json$/, '');
  const full = { name, seed: (seedCounter++ % 97) + 1, ...spec };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

const MEAD_X = ['honey_kg', 'water_l', 'og', 'pitch_temp_c', 'yeast_g', 'nutrient_g', 'fruit_kg', 'cellar_door'];
const SAKE_X = ['seimaibuai_pct', 'koji_pct', 'moromi_days', 'peak_temp_c', 'acidity', 'amino', 'smv', 'alcohol_added'];
const TANK_X = ['day', 'baume', 'temp_c', 'co2_l_per_h', 'humidity_pct'];
const mead = (target: string | string[], extra: Obj = {}): Obj => ({ csv: '../data/mead_batches.csv', target, features: MEAD_X, normalize: 'standard', ...extra });
const sake = (target: string | string[], extra: Obj = {}): Obj => ({ csv: '../data/sake_moromi.csv', target, features: SAKE_X, normalize: 'standard', ...extra });
const tank = (target: string | string[], extra: Obj = {}): Obj => ({ csv: '../data/sake_tank_log.tsv', target, features: TANK_X, normalize: 'standard', ...extra });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-optimizer', { data: sake('grade'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(80, 32) });
put('invalid-spec.keras-loss-name', { data: mead('stuck'), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('invalid-spec.gelu-activation', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(16, 'gelu'), d(8, 'gelu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 16) });
put('invalid-spec.dropout-percent', { data: sake('grade'), layers: [d(24, 'relu'), drop(30), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: tr(80, 32) });
put('invalid-spec.validation-split-percent', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(100, 32, { validationSplit: 20 }) });
put('invalid-spec.zero-units', { data: tank('ready'), layers: [d(0, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(60, 32) });

// data-error
put('data-error.missing-export', { data: { csv: '../data/sake_moromi_2025.csv', target: 'grade', features: SAKE_X, normalize: 'standard' }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('data-error.batch-code-as-feature', { data: { csv: '../data/mead_batches.csv', target: 'stuck', normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('data-error.target-abv-misnamed', { data: mead('abv', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('data-error.gaps-ledger', { data: { csv: '../data/mead_batches_gaps.csv', target: 'stuck', features: MEAD_X, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('data-error.hand-edited-gravity', { data: { csv: '../data/mead_batches_handedit.csv', target: 'final_abv', features: MEAD_X, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(12, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.002 }, training: tr(80, 32) });
put('data-error.shared-drive-path', { data: { csv: '../../../../../../srv/brewery/sake_moromi.csv', target: 'grade', features: SAKE_X, normalize: 'standard' }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('data-error.timestamp-feature', { data: { csv: '../data/sake_tank_log.tsv', target: 'ready', features: ['timestamp', ...TANK_X], normalize: 'standard' }, layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(60, 32) });

// shape-mismatch
put('shape-mismatch.three-styles-head', { data: mead('style'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('shape-mismatch.grade-five-units', { data: sake('grade'), layers: [d(20, 'tanh'), d(5, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(80, 32) });
put('shape-mismatch.stuck-two-sigmoids', { data: mead('stuck'), layers: [d(12, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('shape-mismatch.two-targets-one-unit', { data: sake(['aroma_score', 'smv'].slice(0, 1).concat(['price_yen']), { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('shape-mismatch.press-days-four-units', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(4)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9 }, training: tr(80, 32) });

// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse-grade', { data: sake('grade'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('loss-activation-mismatch.bce-linear-head', { data: mead('stuck'), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: mead('style'), layers: [d(16, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('loss-activation-mismatch.relu-head-smv', { data: sake('smv', { features: ['seimaibuai_pct', 'koji_pct', 'moromi_days', 'peak_temp_c', 'acidity', 'amino'], normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('loss-activation-mismatch.sigmoid-head-press-days', { data: tank('days_to_press'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });

// init-symmetry
put('init-symmetry.zeros-hidden', { data: sake('grade'), layers: [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('init-symmetry.constant-two-layers', { data: mead('stuck'), layers: [d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(8, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(80, 32) });
put('init-symmetry.zeros-deep-tank', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(16, 'elu', { init: 'zeros' }), d(16, 'elu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(80, 32) });

// init-scale
put('init-scale.normal-std-8', { data: sake('grade'), layers: [d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(16, 'relu', { init: { name: 'normal', std: 8 } }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: tr(80, 32) });
put('init-scale.uniform-limit-20', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(24, 'tanh', { init: { name: 'uniform', limit: 20 } }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(80, 16) });
put('init-scale.normal-std-1e-5-deep', { data: tank('ready'), layers: [d(16, 'tanh', { init: { name: 'normal', std: 1e-5 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-5 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-5 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1e-5 } })], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(80, 32) });

// no-nonlinearity
put('no-nonlinearity.linear-stack-grade', { data: sake('grade'), layers: [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(100, 32) });
put('no-nonlinearity.moons-linear-hidden', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) });
put('no-nonlinearity.tank-linear-three', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(24), d(24), d(12), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(100, 32) });
put('no-nonlinearity.circles-linear', { data: { builtin: 'circles', samples: 300 }, layers: [d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.005 }, training: tr(120, 16) });

// lr-out-of-range
put('lr-out-of-range.adam-lr-25', { data: sake('grade'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 25 }, training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-300', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 300 }, training: tr(60, 32) });
put('lr-out-of-range.rmsprop-lr-1e-9', { data: tank('ready'), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 1e-9 }, training: tr(60, 32) });
put('lr-out-of-range.adam-lr-negative', { data: mead('style'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: -0.001 }, training: tr(60, 32) });

// dead-relu
put('dead-relu.negative-bias', { data: sake('grade'), layers: [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: tr(80, 32) });
put('dead-relu.sgd-kick', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.8 }, training: tr(80, 8) });
put('dead-relu.raw-gravity-bias', { data: tank('ready', { normalize: 'none' }), layers: [d(16, 'relu', { bias: -40 }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(80, 32) });
put('dead-relu.adam-hot-deep', { data: sake('price_yen', { normalizeTarget: 'standard' }), layers: [d(24, 'relu'), d(24, 'relu'), d(24, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.3 }, training: tr(80, 16) });

// exploding-gradient
put('exploding-gradient.raw-price-yen', { data: sake('price_yen'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(60, 32) });
put('exploding-gradient.raw-honey-features', { data: mead('final_abv', { normalize: 'none' }), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001, momentum: 0.9 }, training: tr(60, 16) });
put('exploding-gradient.deep-wide-normal-1', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(40, 32) });
put('exploding-gradient.raw-price-adam', { data: sake('price_yen', { normalize: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(60, 32) });

// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-eight', { data: mead('stuck'), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(80, 32) });
put('vanishing-gradient.deep-tanh-small-init', { data: sake('grade'), layers: [d(20, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(20, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(20, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(20, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(20, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.5 }, training: tr(80, 32) });
put('vanishing-gradient.sigmoid-ten-tank', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(80, 32) });

// nan-loss
put('nan-loss.sgd-raw-price-hot', { data: sake('price_yen', { normalize: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(60, 32) });
put('nan-loss.sgd-momentum-raw-water', { data: mead('final_abv', { normalize: 'none' }), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.5, momentum: 0.95 }, training: tr(60, 8) });
put('nan-loss.rmsprop-raw-press', { data: tank('days_to_press', { normalize: 'none' }), layers: [d(32, 'relu', { init: { name: 'normal', std: 3 } }), d(32, 'relu', { init: { name: 'normal', std: 3 } }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1 }, training: tr(60, 16) });

// lr-too-high
put('lr-too-high.adam-half', { data: sake('grade'), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.5 }, training: tr(80, 32) });
put('lr-too-high.sgd-3', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 3 }, training: tr(80, 32) });
put('lr-too-high.rmsprop-0.2', { data: tank('ready'), layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.2 }, training: tr(80, 16) });
put('lr-too-high.nesterov-1', { data: mead('style'), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1, momentum: 0.9, nesterov: true }, training: tr(80, 32) });
put('lr-too-high.adam-1-iris', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 1 }, training: tr(80, 16) });

// lr-too-low
put('lr-too-low.sgd-1e-5', { data: sake('grade'), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1e-5 }, training: tr(80, 32) });
put('lr-too-low.adam-1e-6', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 1e-6 }, training: tr(100, 32) });
put('lr-too-low.rmsprop-5e-7', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 5e-7 }, training: tr(80, 16) });
put('lr-too-low.momentum-full-batch', { data: mead('stuck'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 1e-4, momentum: 0.9 }, training: tr(100, 380) });

// saturated-activation
put('saturated-activation.raw-honey-sigmoid', { data: mead('stuck', { normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('saturated-activation.tanh-big-init', { data: sake('grade'), layers: [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(80, 32) });
put('saturated-activation.raw-price-tanh', { data: sake('aroma_score', { features: ['seimaibuai_pct', 'moromi_days', 'peak_temp_c', 'price_yen'], normalize: 'none' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(80, 32) });
put('saturated-activation.sigmoid-bias-8', { data: tank('ready'), layers: [d(16, 'sigmoid', { bias: 8 }), d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.02 }, training: tr(80, 32) });

// loss-plateau
put('loss-plateau.spirals-tiny-sigmoid-sgd', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(8, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(150, 32) });
put('loss-plateau.raw-tank-sigmoid-sgd', { data: tank('days_to_press', { normalize: 'none', normalizeTarget: 'standard' }), layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(100, 32) });
put('loss-plateau.xor-sigmoid-fullbatch', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(4, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(200, 200) });
put('loss-plateau.price-weight-decay', { data: sake('price_yen', { normalizeTarget: 'standard' }), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01, weightDecay: 3 }, training: tr(100, 32) });
put('loss-plateau.grade-heavy-decay', { data: sake('grade'), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 5 }, training: tr(100, 32) });

// oscillating-loss
put('oscillating-loss.adam-batch1', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.05 }, training: tr(60, 1) });
put('oscillating-loss.momentum-099', { data: tank('ready'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.3, momentum: 0.99 }, training: tr(80, 32) });
put('oscillating-loss.rmsprop-batch2', { data: sake('grade'), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.03 }, training: tr(60, 2) });
put('oscillating-loss.sgd-batch4-hot', { data: mead('style'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.6 }, training: tr(60, 4) });

// ---------------- healthy ----------------
put('ok.grade-relu-adam', { data: sake('grade'), layers: [d(24, 'relu'), d(12, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('ok.grade-tanh-sgd-momentum', { data: sake('grade'), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(100, 32) });
put('ok.grade-elu-rmsprop-val', { data: sake('grade', { normalize: 'minmax' }), layers: [d(32, 'elu'), drop(0.1), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(100, 16, { validationSplit: 0.2 }) });
put('ok.grade-batchnorm-nesterov', { data: sake('grade'), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, training: tr(80, 32) });
put('ok.grade-polish-only-leaky', { data: sake('grade', { features: ['seimaibuai_pct', 'peak_temp_c'] }), layers: [d(12, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(100, 64) });
put('ok.price-adam-normtarget', { data: sake('price_yen', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
put('ok.price-minmax-target-rmsprop', { data: sake('price_yen', { normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(120, 16) });
put('ok.aroma-tanh-sgd', { data: sake('aroma_score', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9 }, training: tr(100, 32) });
put('ok.aroma-and-price-two-heads', { data: sake(['aroma_score', 'price_yen'], { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(2)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(100, 32) });
put('ok.stuck-relu-adam', { data: mead('stuck'), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
put('ok.stuck-tanh-rmsprop-dropout', { data: mead('stuck'), layers: [d(24, 'tanh'), drop(0.2), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: tr(100, 16, { validationSplit: 0.15 }) });
put('ok.stuck-sgd-fullbatch', { data: mead('stuck'), layers: [d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.3, momentum: 0.9 }, training: tr(300, 380) });
put('ok.stuck-logistic-only', { data: mead('stuck'), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.02 }, training: tr(100, 32) });
put('ok.abv-linear-regression', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02 }, training: tr(100, 32) });
put('ok.abv-relu-adam-raw-target', { data: mead('final_abv'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(150, 32) });
put('ok.abv-elu-batch1', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(8, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.005 }, training: tr(30, 1) });
put('ok.abv-weight-decay-clip', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.002, weightDecay: 1e-4, clipNorm: 1 }, training: tr(100, 32) });
put('ok.style-relu-adam', { data: mead('style'), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(150, 32) });
put('ok.style-batchnorm-rmsprop', { data: mead('style'), layers: [d(24, 'tanh', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.005 }, training: tr(120, 32) });
put('ok.press-days-relu-adam', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
put('ok.press-days-tanh-nesterov', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, training: tr(120, 16) });
put('ok.press-days-deep-leaky', { data: tank('days_to_press', { normalize: 'minmax', normalizeTarget: 'standard' }), layers: [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.002 }, training: tr(120, 32) });
put('ok.ready-sigmoid-hidden-adam', { data: tank('ready'), layers: [d(12, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(120, 32) });
put('ok.ready-relu-sgd-batch8', { data: tank('ready'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(80, 8) });
put('ok.ready-rmsprop-clip', { data: tank('ready'), layers: [d(32, 'elu'), drop(0.2), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.001, clipNorm: 5 }, training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.ready-cce-two-class', { data: tank('ready'), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(100, 32) });
put('ok.iris-tanh-sgd', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(100, 16) });
put('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) });
put('ok.circles-elu-rmsprop', { data: { builtin: 'circles', samples: 300 }, layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.005 }, training: tr(150, 16) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(48, 'relu'), d(48, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(250, 32) });
put('ok.xor-tanh-nesterov', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, training: tr(200, 16) });
put('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300 }, layers: [d(32, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 32) });
put('ok.blobs-four-softmax-sgd', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(80, 16) });
put('ok.inline-honey-gravity', { data: { inline: { x: [[0.10], [0.20], [0.25], [0.30], [0.35], [0.40], [0.45], [0.50], [0.55], [0.60], [0.70], [0.80]], y: [1.035, 1.072, 1.090, 1.108, 1.126, 1.145, 1.163, 1.182, 1.201, 1.220, 1.259, 1.298] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(4, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.02 }, training: tr(200, 12) });
put('ok.inline-koji-labels', { data: { inline: { x: [[30, 1.2], [32, 1.1], [35, 1.3], [40, 1.0], [42, 1.4], [45, 1.2], [60, 1.8], [62, 1.6], [65, 1.7], [70, 2.0], [72, 1.9], [75, 1.8]], y: ['daiginjo', 'daiginjo', 'daiginjo', 'daiginjo', 'daiginjo', 'daiginjo', 'futsu', 'futsu', 'futsu', 'futsu', 'futsu', 'futsu'] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(2, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1 }, training: tr(150, 4) });
put('ok.grade-wide-single-sgd-batch1', { data: sake('grade'), layers: [d(64, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.005 }, training: tr(25, 1) });
put('ok.grade-sigmoid-hidden-adam', { data: sake('grade'), layers: [d(24, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(120, 32) });
put('ok.abv-lecun-elu-fullbatch-adam', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(24, 'elu', { init: 'lecun_normal' }), d(12, 'elu', { init: 'lecun_normal' }), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(300, 380) });
put('ok.stuck-he-uniform-momentum', { data: mead('stuck', { normalize: 'minmax' }), layers: [d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid', { init: 'xavier_normal' })], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.8 }, training: tr(150, 16) });
put('ok.price-deep-batchnorm-adam', { data: sake('price_yen', { normalizeTarget: 'standard' }), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 64) });
put('ok.press-days-rmsprop-noshuffle', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(20, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.002 }, training: tr(120, 24, { shuffle: false }) });
put('ok.aroma-small-init-sigmoid-sgd', { data: sake('aroma_score', { normalizeTarget: 'standard' }), layers: [d(16, 'sigmoid', { init: { name: 'normal', std: 0.3 } }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(120, 32) });
// second pass (added after the first observation, appended so earlier seeds stay the same)
put('init-symmetry.constant-every-layer-price', { data: sake('price_yen', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh', { init: { name: 'constant', value: 0.05 } }), d(8, 'tanh', { init: { name: 'constant', value: 0.05 } }), d(1, 'linear', { init: { name: 'constant', value: 0.05 } })], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) });
put('init-symmetry.zeros-both-relu', { data: mead('style'), layers: [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(80, 32) });
put('ok.abv-tanh-rmsprop-batch64', { data: mead('final_abv', { normalizeTarget: 'standard' }), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(150, 64) });
put('ok.ready-leaky-nesterov', { data: tank('ready'), layers: [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, training: tr(100, 32) });
put('ok.aroma-elu-adam-fullbatch', { data: sake('aroma_score', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(300, 420) });
put('ok.grade-minmax-rmsprop-deep-tanh', { data: sake('grade', { normalize: 'minmax' }), layers: [d(32, 'tanh'), d(16, 'tanh'), d(8, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: tr(100, 32) });
put('ok.press-days-he-uniform-sgd-batch1', { data: tank('days_to_press', { normalizeTarget: 'standard' }), layers: [d(16, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.002 }, training: tr(20, 1) });
put('ok.iris-elu-rmsprop-dropout', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'elu'), drop(0.1), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.005 }, training: tr(100, 8) });
put('vanishing-gradient.deep-sigmoid-grade', { data: sake('grade'), layers: [...Array.from({ length: 7 }, () => d(20, 'sigmoid')), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(60, 32) });
console.log(`wrote ${fs.readdirSync(out).length} candidates`);
