/**
 * Writes every candidate spec of blind255 into candidates/. Run: npx tsx test/faults-blind255/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
let seed = 255;
function spec(file: string, s: Record<string, unknown>): void {
  // A top-level normalizeTarget in the calls below is shorthand: it belongs in the data block.
  const { normalizeTarget, ...rest } = s as { normalizeTarget?: string } & Record<string, unknown>;
  if (normalizeTarget) rest.data = { ...(rest.data as Record<string, unknown>), normalizeTarget };
  const full = { name: file, seed: seed++, ...rest };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const MILL_X = ['fruit_kg', 'maturity_index', 'fruit_moisture_pct', 'fat_dry_pct', 'malax_min', 'malax_temp_c', 'decanter_rpm', 'water_added_l', 'leaf_pct'];
const GRADE_X = ['free_acidity_pct', 'peroxide_meq', 'k232', 'k270', 'delta_k', 'polyphenols_mgkg', 'storage_days', 'harvest_week'];
const FLY_X = ['trap_catches', 'temp_mean_c', 'humidity_pct', 'altitude_m', 'tree_age_yr', 'irrigated', 'kaolin_sprayed', 'dist_to_road_m'];
const TREE_X = ['variety_code', 'canopy_m3', 'trunk_cm', 'age_yr', 'irrigation_m3', 'n_kg_ha', 'prev_kg', 'slope_deg'];
const mill = (target = 'yield_pct', normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/mill_batches.csv', target, features: MILL_X, normalize, ...extra });
const grades = (normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/oil_grades.csv', target: 'grade', features: GRADE_X, normalize, ...extra });
const fly = (normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/fly_traps.csv', target: 'infested', features: FLY_X, normalize, ...extra });
const flyEs = (normalize = 'standard') => ({ csv: '../data/fly_traps_es.csv', target: 'infested', features: FLY_X, normalize });
const tree = (normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/tree_harvest.csv', target: 'kg_olives', features: TREE_X, normalize, ...extra });
const d = (units: number, activation?: string, more: Record<string, unknown> = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const T = (epochs: number, batchSize: number, more: Record<string, unknown> = {}) => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', { data: fly(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001 }, training: T(80, 32) });
spec('invalid-spec.keras-loss-name', { data: grades(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: { type: 'adam', lr: 0.003 }, training: T(80, 32) });
spec('invalid-spec.glorot-init', { data: tree(), normalizeTarget: 'standard', layers: [d(24, 'tanh', { init: 'glorot_uniform' }), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: T(100, 16) });
spec('invalid-spec.dropout-percent', { data: mill(), layers: [d(32, 'relu'), drop(20), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.002 }, training: T(100, 32) });
spec('invalid-spec.validation-split-percent', { data: grades(), layers: [d(12, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: T(100, 32, { validationSplit: 20 }) });
// data-error
spec('data-error.missing-file-typo', { data: { ...mill(), csv: '../data/mill_batch.csv' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('data-error.target-column-renamed', { data: { ...grades(), target: 'quality_grade' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('data-error.lot-code-as-feature', { data: { ...grades(), features: ['lot_code', ...GRADE_X] }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('data-error.lab-gaps-na', { data: { ...grades(), csv: '../data/oil_grades_gaps.csv' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('data-error.path-outside-workspace', { data: { ...fly(), csv: '../../../../../srv/mill-share/fly_traps.csv' }, layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('data-error.timestamp-feature', { data: { ...mill(), features: ['delivered_at', ...MILL_X] }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
// shape-mismatch
spec('shape-mismatch.grades-two-units', { data: grades(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('shape-mismatch.fly-two-sigmoid', { data: fly(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('shape-mismatch.tree-three-outputs', { data: tree(), normalizeTarget: 'standard', layers: [d(16, 'tanh'), d(3)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('shape-mismatch.mill-two-targets-one-unit', { data: { ...mill(), target: ['oil_kg', 'yield_pct'], features: MILL_X, normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('shape-mismatch.grades-four-classes', { data: grades(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: T(100, 32) });
// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', { data: fly(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: grades(), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('loss-activation-mismatch.softmax-mse-yield', { data: mill(), normalizeTarget: 'standard', layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('loss-activation-mismatch.sigmoid-head-raw-kg', { data: tree(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('loss-activation-mismatch.tanh-head-raw-yield', { data: mill(), layers: [d(24, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: T(100, 32) });
// init-symmetry
spec('init-symmetry.zeros-hidden', { data: fly(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('init-symmetry.constant-relu', { data: grades(), layers: [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: T(100, 32) });
spec('init-symmetry.zeros-two-layers-mill', { data: mill(), normalizeTarget: 'standard', layers: [d(32, 'elu', { init: 'zeros' }), d(16, 'elu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.002 }, training: T(100, 32) });
spec('init-symmetry.constant-tanh-tree', { data: tree(), normalizeTarget: 'standard', layers: [d(20, 'tanh', { init: 'constant', value: 0.05 }), d(1, 'linear', { init: 'constant', value: 0.05 })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, training: T(120, 16) });
// init-scale
spec('init-scale.normal-std-5', { data: fly(), layers: [d(32, 'tanh', { init: 'normal', std: 5 }), d(16, 'tanh', { init: 'normal', std: 5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.001 }, training: T(100, 32) });
spec('init-scale.uniform-limit-8', { data: grades(), layers: [d(32, 'relu', { init: 'uniform', limit: 8 }), d(16, 'relu', { init: 'uniform', limit: 8 }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: T(100, 32) });
spec('init-scale.tiny-std-deep', { data: tree(), normalizeTarget: 'standard', layers: [d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(1, 'linear', { init: 'normal', std: 1e-4 })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: T(100, 32) });
spec('init-scale.sigmoid-std-20', { data: mill(), normalizeTarget: 'standard', layers: [d(24, 'sigmoid', { init: 'normal', std: 20 }), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: T(100, 32) });
// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [d(16), d(16), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: T(150, 32) });
spec('no-nonlinearity.linear-hidden-grades', { data: grades(), layers: [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: T(120, 32) });
spec('no-nonlinearity.linear-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(24, 'linear'), d(24, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.005 }, training: T(150, 16) });
spec('no-nonlinearity.linear-mill-deep', { data: mill(), normalizeTarget: 'standard', layers: [d(32), d(32), d(16), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: T(120, 32) });
// lr-out-of-range
spec('lr-out-of-range.zero-lr', { data: fly(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0 }, training: T(100, 32) });
spec('lr-out-of-range.negative-lr', { data: tree(), normalizeTarget: 'standard', layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: -0.01, momentum: 0.9 }, training: T(100, 32) });
spec('lr-out-of-range.adam-lr-50', { data: grades(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 50 }, training: T(100, 32) });
spec('lr-out-of-range.rmsprop-1e-9', { data: mill(), normalizeTarget: 'standard', layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 1e-9 }, training: T(100, 32) });
// dead-relu
spec('dead-relu.negative-bias', { data: fly(), layers: [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.001 }, training: T(100, 32) });
spec('dead-relu.sgd-blowout', { data: tree(), normalizeTarget: 'standard', layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.6 }, training: T(100, 8) });
spec('dead-relu.bias-minus-3-deep', { data: grades(), layers: [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: T(100, 32) });
spec('dead-relu.raw-features-negative-bias', { data: mill('yield_pct', 'none'), normalizeTarget: 'standard', layers: [d(16, 'relu', { bias: -50 }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 1e-6 }, training: T(80, 32) });
// exploding-gradient
spec('exploding-gradient.raw-oil-kg-sgd', { data: mill('oil_kg', 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001, momentum: 0.9 }, training: T(60, 32) });
spec('exploding-gradient.raw-fruit-kg-features', { data: mill('yield_pct', 'none'), normalizeTarget: 'standard', layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: T(60, 32) });
spec('exploding-gradient.deep-std1-stack', { data: tree(), normalizeTarget: 'standard', layers: [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: T(60, 32) });
spec('exploding-gradient.raw-tree-target-momentum', { data: tree('standard'), layers: [d(24, 'tanh'), d(24, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, training: T(60, 16) });
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-sgd', { data: fly(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.01 }, training: T(100, 32) });
spec('vanishing-gradient.deep-tanh-small-std', { data: grades(), layers: [d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: T(100, 32) });
spec('vanishing-gradient.ten-sigmoid-tree', { data: tree(), normalizeTarget: 'standard', layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02 }, training: T(100, 32) });
spec('vanishing-gradient.sigmoid-uniform-small', { data: mill(), normalizeTarget: 'standard', layers: [...Array.from({ length: 6 }, () => d(20, 'sigmoid', { init: 'uniform', limit: 0.05 })), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 1e-4 }, training: T(80, 32) });
// nan-loss
spec('nan-loss.raw-oil-kg-sgd-high', { data: mill('oil_kg', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: T(50, 32) });
spec('nan-loss.raw-everything-momentum', { data: tree('none'), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: T(50, 16) });
spec('nan-loss.huge-lr-sgd-deep', { data: mill('yield_pct', 'standard'), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 }, training: T(50, 16) });
spec('nan-loss.raw-mill-rmsprop-linear', { data: mill('oil_kg', 'none'), layers: [d(8, 'linear'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: T(50, 64) });
// lr-too-high
spec('lr-too-high.adam-0.5-grades', { data: grades(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.5 }, training: T(80, 32) });
spec('lr-too-high.sgd-3-fly', { data: fly(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 3 }, training: T(80, 16) });
spec('lr-too-high.rmsprop-0.2-tree', { data: tree(), normalizeTarget: 'standard', layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.2 }, training: T(80, 32) });
spec('lr-too-high.nesterov-0.8-mill', { data: mill(), normalizeTarget: 'standard', layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.3, momentum: 0.9, nesterov: true }, training: T(80, 32) });
spec('lr-too-high.adam-1-fly-es', { data: flyEs(), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 1 }, training: T(80, 32) });
// lr-too-low
spec('lr-too-low.sgd-1e-5-grades', { data: grades(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1e-5 }, training: T(100, 32) });
spec('lr-too-low.adam-1e-6-tree', { data: tree(), normalizeTarget: 'standard', layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 1e-6 }, training: T(100, 32) });
spec('lr-too-low.rmsprop-2e-6-fly', { data: fly(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 2e-6 }, training: T(100, 32) });
spec('lr-too-low.momentum-1e-5-mill-fullbatch', { data: mill(), normalizeTarget: 'standard', layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 1e-5, momentum: 0.5 }, training: T(150, 480) });
// saturated-activation
spec('saturated-activation.sigmoid-raw-features', { data: mill('yield_pct', 'none'), normalizeTarget: 'standard', layers: [d(24, 'sigmoid'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.001 }, training: T(100, 32) });
spec('saturated-activation.tanh-raw-fly', { data: fly('none'), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.001 }, training: T(100, 32) });
spec('saturated-activation.sigmoid-bias-8', { data: grades(), layers: [d(24, 'sigmoid', { bias: 8 }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: T(100, 32) });
spec('saturated-activation.tanh-raw-tree', { data: tree('none'), normalizeTarget: 'standard', layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: T(100, 32) });
// loss-plateau
spec('loss-plateau.tiny-init-circles-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'tanh', { init: 'normal', std: 0.001 }), d(1, 'sigmoid', { init: 'normal', std: 0.001 })], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: T(150, 32) });
spec('loss-plateau.sigmoid-deep-xor', { data: { builtin: 'xor', samples: 300, noise: 0.05 }, layers: [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: T(150, 32) });
spec('loss-plateau.narrow-relu-grades-dying', { data: grades(), layers: [d(2, 'relu', { bias: -1 }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: T(150, 32) });
spec('loss-plateau.heavy-weight-decay', { data: tree(), normalizeTarget: 'standard', layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01, weightDecay: 5 }, training: T(120, 32) });
// oscillating-loss
spec('oscillating-loss.adam-0.05-batch1', { data: fly(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: T(40, 1) });
spec('oscillating-loss.momentum-0.99-tree', { data: tree(), normalizeTarget: 'standard', layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.99 }, training: T(100, 32) });
spec('oscillating-loss.rmsprop-0.03-batch2', { data: grades(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.03 }, training: T(40, 2) });
spec('oscillating-loss.sgd-fullbatch-edge', { data: mill(), normalizeTarget: 'standard', layers: [d(8)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.4 }, training: T(100, 480) });

// ---------------- healthy ----------------
spec('ok.fly-adam-relu', { data: fly(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: T(100, 32) });
spec('ok.fly-es-semicolon-tanh', { data: flyEs(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: T(100, 32, { validationSplit: 0.2 }) });
spec('ok.fly-minmax-sgd-momentum', { data: fly('minmax'), layers: [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: T(150, 16) });
spec('ok.fly-cce-two-classes', { data: fly(), layers: [d(16, 'elu'), d(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: T(80, 64) });
spec('ok.fly-logistic', { data: fly(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1 }, training: T(100, 32) });
spec('ok.fly-dropout-bn', { data: fly(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, training: T(100, 32, { validationSplit: 0.15 }) });
spec('ok.fly-batch1-sgd', { data: fly(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.005 }, training: T(30, 1) });
spec('ok.grades-adam', { data: grades(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: T(120, 32) });
spec('ok.grades-nesterov-deep', { data: grades(), layers: [d(32, 'relu'), d(24, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, training: T(120, 32) });
spec('ok.grades-rmsprop-leaky', { data: grades('minmax'), layers: [d(24, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: T(150, 16) });
spec('ok.grades-softmax-only', { data: grades(), layers: [d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: T(150, 420) });
spec('ok.grades-tanh-bn-clip', { data: grades(), layers: [d(24, 'tanh', { batchNorm: true }), d(12, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003, clipNorm: 1 }, training: T(100, 32, { validationSplit: 0.2 }) });
spec('ok.grades-elu-lecun', { data: grades(), layers: [d(20, 'elu', { init: 'lecun_normal' }), drop(0.1), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.002 }, training: T(150, 8) });
spec('ok.mill-yield-adam', { data: mill(), normalizeTarget: 'standard', layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.002 }, training: T(150, 32) });
spec('ok.mill-oil-kg-normtarget', { data: mill('oil_kg'), normalizeTarget: 'standard', layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: T(150, 32) });
spec('ok.mill-minmax-target-sgd', { data: mill('yield_pct', 'minmax'), normalizeTarget: 'minmax', layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: T(200, 32) });
spec('ok.mill-linear-regression', { data: mill(), normalizeTarget: 'standard', layers: [d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: T(100, 480) });
spec('ok.mill-rmsprop-elu-deep', { data: mill(), normalizeTarget: 'standard', layers: [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: T(120, 64) });
spec('ok.mill-sigmoid-hidden', { data: mill(), normalizeTarget: 'standard', layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: T(200, 32) });
spec('ok.mill-two-targets', { data: { ...mill(), target: ['oil_kg', 'yield_pct'], features: MILL_X, normalizeTarget: 'standard' }, layers: [d(32, 'relu'), d(2)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: T(150, 32) });
spec('ok.mill-clip-wd-sgd', { data: mill(), normalizeTarget: 'standard', layers: [d(48, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.8, weightDecay: 1e-4, clipNorm: 5 }, training: T(150, 16) });
spec('ok.tree-adam-relu', { data: tree(), normalizeTarget: 'standard', layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: T(150, 32) });
spec('ok.tree-tanh-nesterov', { data: tree(), normalizeTarget: 'standard', layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, training: T(150, 16) });
spec('ok.tree-minmax-rmsprop', { data: tree('minmax'), normalizeTarget: 'minmax', layers: [d(24, 'leaky_relu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.002 }, training: T(150, 32, { validationSplit: 0.2 }) });
spec('ok.tree-bn-deep', { data: tree(), normalizeTarget: 'standard', layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.001 }, training: T(100, 32) });
spec('ok.tree-wide-dropout', { data: tree(), normalizeTarget: 'standard', layers: [d(128, 'relu'), drop(0.3), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.001 }, training: T(120, 32) });
spec('ok.tree-fullbatch-adam', { data: tree(), normalizeTarget: 'standard', layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.02 }, training: T(300, 360) });
spec('ok.tree-small-lr-long', { data: tree(), normalizeTarget: 'standard', layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.0003 }, training: T(400, 16) });
spec('ok.moons-relu', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: T(150, 32) });
spec('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.3, momentum: 0.9 }, training: T(200, 16) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: T(300, 32) });
spec('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.01 }, training: T(150, 16) });
spec('ok.xor-sigmoid-hidden', { data: { builtin: 'xor', samples: 300, noise: 0.05 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.02 }, training: T(200, 32) });
spec('ok.sine-tanh', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: T(300, 32) });
spec('ok.blobs-four', { data: { builtin: 'blobs', samples: 400, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: T(100, 32) });
spec('ok.inline-malax-temp', { data: { inline: { x: [[20], [22], [24], [26], [27], [28], [30], [32], [34], [21], [25], [29], [31], [33], [23], [35]], y: [0.78, 0.81, 0.84, 0.86, 0.87, 0.86, 0.84, 0.8, 0.75, 0.79, 0.85, 0.85, 0.82, 0.78, 0.83, 0.72] }, normalize: 'standard' }, normalizeTarget: 'standard', layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.02 }, training: T(400, 4) });
spec('ok.inline-fly-labels', { data: { inline: { x: [[0, 18], [2, 20], [5, 24], [12, 27], [30, 26], [45, 25], [1, 32], [8, 22], [20, 28], [60, 26], [3, 35], [25, 24]], y: ['clean', 'clean', 'clean', 'infested', 'infested', 'infested', 'clean', 'clean', 'infested', 'infested', 'clean', 'infested'] }, normalize: 'standard' }, layers: [d(6, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.02 }, training: T(300, 12) });
spec('ok.fly-rmsprop-deep-elu', { data: fly(), layers: [d(32, 'elu'), d(24, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.0005 }, training: T(80, 32) });
spec('ok.grades-sgd-plain-wide', { data: grades(), layers: [d(64, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1 }, training: T(150, 32) });
spec('ok.tree-xavier-normal-sigmoid', { data: tree(), normalizeTarget: 'standard', layers: [d(16, 'sigmoid', { init: 'xavier_normal' }), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.005 }, training: T(200, 32) });
spec('ok.mill-batch4-adam', { data: mill(), normalizeTarget: 'standard', layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.0005 }, training: T(60, 4) });

// second pass: more oscillating candidates (the first ones were weak)
spec('oscillating-loss.rmsprop-0.05-batch1-tree', { data: tree(), normalizeTarget: 'standard', layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.05 }, training: T(40, 1) });
spec('oscillating-loss.adam-0.1-batch4-grades', { data: grades(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.1 }, training: T(60, 4) });
spec('oscillating-loss.sgd-momentum-batch2-mill', { data: mill(), normalizeTarget: 'standard', layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: T(40, 2) });
