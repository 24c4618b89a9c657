/**
 * Writes every candidate spec of fault set blind228 into candidates/.
 * Run from the repo root: npx tsx test/faults-blind228/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const ORCH = ['soil_ph', 'limestone_pct', 'rain_jul_aug_mm', 'irrigation_mm', 'tree_age_yr', 'brule_area_m2', 'trees_per_ha', 'canopy_pct', 'fence_height_m'];
const FINDS = ['month_idx', 'soil_temp_c', 'depth_cm', 'weight_g', 'gleba_darkness', 'wart_mm', 'aroma_score'];
const GRADE = ['weight_g', 'firmness_n', 'moisture_pct', 'days_since_dig', 'cut_marks', 'insect_holes', 'gleba_darkness', 'price_eur_kg'];
const HUNTS = ['dog_age_yr', 'dog_training_h', 'hours_out', 'area_ha', 'air_temp_c', 'wind_kmh', 'days_since_rain'];

const orch = (extra: J = {}) => ({ csv: '../data/orchards.csv', target: 'yield_kg_ha', features: ORCH, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const finds = (extra: J = {}) => ({ csv: '../data/finds.csv', target: 'species', features: FINDS, normalize: 'standard', ...extra });
const grade = (extra: J = {}) => ({ csv: '../data/grading.csv', target: 'rejected', features: GRADE, normalize: 'standard', ...extra });
const hunts = (extra: J = {}) => ({ csv: '../data/hunts.csv', target: 'grams_total', features: HUNTS, normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation = 'relu', extra: J = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}) => ({ epochs, batchSize, ...extra });

function spec(file: string, s: J): void {
  const body = { name: file, seed: 228, ...s };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
const reg = (name: string, data: J, layers: J[], o: J, t: J, extra: J = {}) => spec(name, { data, layers, loss: 'mse', optimizer: o, training: t, ...extra });
const sp = (name: string, data: J, layers: J[], o: J, t: J, extra: J = {}) => spec(name, { data, layers, loss: 'cce', optimizer: o, training: t, ...extra });
const bin = (name: string, data: J, layers: J[], o: J, t: J, extra: J = {}) => spec(name, { data, layers, loss: 'bce', optimizer: o, training: t, ...extra });

// ---------------- faults ----------------
// invalid-spec
sp('invalid-spec.optimizer-adamw', finds(), [d(16), d(5, 'softmax')], opt('adamw', 0.001), tr(60, 32));
reg('invalid-spec.activation-swish', orch(), [d(16, 'swish'), d(1, 'linear')], opt('adam', 0.003), tr(80, 32));
bin('invalid-spec.dropout-rate-one', grade(), [d(16), drop(1.0), d(1, 'sigmoid')], opt('adam', 0.003), tr(60, 32));
sp('invalid-spec.loss-crossentropy-name', finds(), [d(16), d(5, 'softmax')], opt('adam', 0.003), tr(60, 32), { loss: 'categorical_crossentropy' });
reg('invalid-spec.units-zero', hunts(), [d(0), d(1, 'linear')], opt('rmsprop', 0.001), tr(60, 32));
reg('invalid-spec.validation-split-percent', orch(), [d(12, 'tanh'), d(1, 'linear')], opt('adam', 0.003), tr(80, 32, { validationSplit: 20 }));
// data-error
reg('data-error.target-typo-yield', { ...orch(), target: 'yield_kg' }, [d(16), d(1, 'linear')], opt('adam', 0.003), tr(80, 32));
sp('data-error.finds-gaps-na', finds({ csv: '../data/finds-gaps.csv' }), [d(16), d(5, 'softmax')], opt('adam', 0.003), tr(60, 32));
reg('data-error.orchard-id-as-feature', orch({ features: ['orchard_id', ...ORCH] }), [d(16), d(1, 'linear')], opt('adam', 0.003), tr(80, 32));
bin('data-error.missing-file-2024', grade({ csv: '../data/grading-2024.csv' }), [d(16), d(1, 'sigmoid')], opt('adam', 0.003), tr(60, 32));
reg('data-error.path-outside-workspace', hunts({ csv: '../../../../../coop/hunts.csv' }), [d(16), d(1, 'linear')], opt('adam', 0.003), tr(60, 32));
reg('data-error.season-text-feature', orch({ features: ['season', 'soil_ph', 'tree_age_yr'] }), [d(8, 'tanh'), d(1, 'linear')], opt('adam', 0.003), tr(60, 32));
// shape-mismatch
sp('shape-mismatch.four-species-head', finds(), [d(16), d(4, 'softmax')], opt('adam', 0.003), tr(60, 32));
reg('shape-mismatch.two-targets-one-unit', hunts({ target: ['finds', 'grams_total'] }), [d(16), d(1, 'linear')], opt('adam', 0.003), tr(60, 32));
bin('shape-mismatch.bce-two-units', grade(), [d(16), d(2, 'sigmoid')], opt('adam', 0.003), tr(60, 32));
sp('shape-mismatch.binary-head-on-species', finds(), [d(24, 'tanh'), d(2, 'softmax')], opt('rmsprop', 0.002), tr(60, 32));
// loss-activation-mismatch
reg('loss-activation-mismatch.softmax-yield', orch(), [d(16), d(1, 'softmax')], opt('adam', 0.003), tr(80, 32));
bin('loss-activation-mismatch.bce-linear-head', grade(), [d(16), d(1, 'linear')], opt('adam', 0.003), tr(60, 32));
sp('loss-activation-mismatch.cce-sigmoid-head', finds(), [d(16), d(5, 'sigmoid')], opt('adam', 0.003), tr(60, 32));
reg('loss-activation-mismatch.sigmoid-raw-grams', hunts({ normalizeTarget: 'none' }), [d(16), d(1, 'sigmoid')], opt('adam', 0.003), tr(60, 32));
reg('loss-activation-mismatch.relu-head-standardised', orch(), [d(16, 'tanh'), d(1, 'relu')], opt('adam', 0.003), tr(80, 32));
// init-symmetry
reg('init-symmetry.zeros-hidden', orch(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear')], opt('adam', 0.003), tr(80, 32));
sp('init-symmetry.constant-all', finds(), [d(12, 'relu', { init: 'constant', value: 0.1 }), d(5, 'softmax', { init: 'constant', value: 0.1 })], opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 32));
bin('init-symmetry.zeros-two-layers', grade(), [d(16, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], opt('rmsprop', 0.003), tr(60, 32));
reg('init-symmetry.constant-hunts', hunts(), [d(10, 'elu', { init: 'constant', value: 0.05 }), d(1, 'linear', { init: 'constant', value: 0.05 })], opt('adam', 0.005), tr(80, 32));
// init-scale
reg('init-scale.normal-std-10', orch(), [d(32, 'tanh', { init: 'normal', std: 10 }), d(1, 'linear')], opt('adam', 0.003), tr(80, 32));
sp('init-scale.uniform-tiny', finds(), [d(16, 'relu', { init: 'uniform', limit: 1e-6 }), d(16, 'relu', { init: 'uniform', limit: 1e-6 }), d(5, 'softmax', { init: 'uniform', limit: 1e-6 })], opt('sgd', 0.01), tr(60, 32));
bin('init-scale.normal-std-5-relu', grade(), [d(24, 'relu', { init: 'normal', std: 5 }), d(24, 'relu', { init: 'normal', std: 5 }), d(1, 'sigmoid')], opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32));
reg('init-scale.sigmoid-std-8', hunts(), [d(20, 'sigmoid', { init: 'normal', std: 8 }), d(1, 'linear')], opt('rmsprop', 0.001), tr(60, 32));
// no-nonlinearity
reg('no-nonlinearity.three-linear-yield', orch(), [d(32, 'linear'), d(16, 'linear'), d(1, 'linear')], opt('adam', 0.003), tr(100, 32));
sp('no-nonlinearity.linear-stack-species', finds(), [d(16, 'linear'), d(16, 'linear'), d(5, 'softmax')], opt('adam', 0.003), tr(60, 32));
bin('no-nonlinearity.moons-linear', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], opt('adam', 0.01), tr(150, 32));
bin('no-nonlinearity.no-activation-given', { builtin: 'circles', samples: 300, noise: 0.05 }, [{ type: 'dense', units: 24 }, { type: 'dense', units: 12 }, d(1, 'sigmoid')], opt('adam', 0.01), tr(150, 32));
// lr-out-of-range
reg('lr-out-of-range.lr-zero', orch(), [d(16), d(1, 'linear')], opt('adam', 0), tr(80, 32));
sp('lr-out-of-range.negative-lr', finds(), [d(16), d(5, 'softmax')], opt('sgd', -0.01), tr(60, 32));
bin('lr-out-of-range.adam-lr-50', grade(), [d(16), d(1, 'sigmoid')], opt('adam', 50), tr(60, 32));
reg('lr-out-of-range.rmsprop-lr-200', hunts(), [d(16, 'tanh'), d(1, 'linear')], opt('rmsprop', 200), tr(60, 32));
// dead-relu
reg('dead-relu.bias-minus-5', orch(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1, 'linear')], opt('adam', 0.001), tr(80, 32));
bin('dead-relu.sgd-lr-too-big-kills', grade(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], opt('sgd', 3.0), tr(40, 16));
sp('dead-relu.negative-bias-species', finds(), [d(24, 'relu', { bias: -3 }), d(5, 'softmax')], opt('sgd', 0.01), tr(60, 32));
reg('dead-relu.raw-features-neg-bias', hunts({ normalize: 'none' }), [d(16, 'relu', { bias: -20 }), d(1, 'linear')], opt('adam', 0.001), tr(60, 32));
// exploding-gradient
reg('exploding-gradient.raw-grams-sgd', hunts({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], opt('sgd', 0.01), tr(50, 32));
reg('exploding-gradient.raw-yield-deep', orch({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], opt('sgd', 0.001, { momentum: 0.9 }), tr(50, 32));
reg('exploding-gradient.deep-big-init', orch(), [d(32, 'linear', { init: 'normal', std: 1.0 }), d(32, 'linear', { init: 'normal', std: 1.0 }), d(32, 'linear', { init: 'normal', std: 1.0 }), d(32, 'relu', { init: 'normal', std: 1.0 }), d(1, 'linear')], opt('sgd', 0.001), tr(50, 32));
reg('exploding-gradient.price-raw-features', { csv: '../data/grading.csv', target: 'price_eur_kg', features: GRADE.filter((f) => f !== 'price_eur_kg'), normalize: 'none' }, [d(16, 'relu'), d(1, 'linear')], opt('sgd', 0.001), tr(50, 16));
// vanishing-gradient
bin('vanishing-gradient.deep-sigmoid-stack', grade(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], opt('sgd', 0.01), tr(60, 32));
sp('vanishing-gradient.deep-tanh-small-init', finds(), [d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(5, 'softmax')], opt('sgd', 0.01), tr(60, 32));
reg('vanishing-gradient.sigmoid-tower-yield', orch(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'linear')], opt('sgd', 0.01, { momentum: 0.5 }), tr(60, 32));
// nan-loss
reg('nan-loss.raw-grams-sgd-0.1', hunts({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], opt('sgd', 0.1), tr(30, 32));
reg('nan-loss.raw-yield-sgd-momentum', orch({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], opt('sgd', 0.05, { momentum: 0.9 }), tr(30, 16));
bin('nan-loss.price-unscaled-relu', grade({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], opt('sgd', 0.5), tr(30, 8));
// lr-too-high
reg('lr-too-high.adam-0.5-yield', orch(), [d(32), d(16), d(1, 'linear')], opt('adam', 0.5), tr(80, 32));
sp('lr-too-high.sgd-3-species', finds(), [d(32, 'tanh'), d(5, 'softmax')], opt('sgd', 3), tr(60, 32));
bin('lr-too-high.rmsprop-0.3-grade', grade(), [d(16, 'relu'), d(1, 'sigmoid')], opt('rmsprop', 0.3), tr(60, 16));
reg('lr-too-high.nesterov-0.5-hunts', hunts(), [d(16, 'tanh'), d(1, 'linear')], opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), tr(60, 16));
// lr-too-low
reg('lr-too-low.sgd-1e-5-yield', orch(), [d(16), d(1, 'linear')], opt('sgd', 1e-5), tr(80, 32));
sp('lr-too-low.adam-1e-6-species', finds(), [d(16), d(5, 'softmax')], opt('adam', 1e-6), tr(60, 32));
bin('lr-too-low.rmsprop-1e-6-grade', grade(), [d(16, 'tanh'), d(1, 'sigmoid')], opt('rmsprop', 1e-6), tr(60, 32));
reg('lr-too-low.momentum-1e-6-hunts', hunts(), [d(16, 'elu'), d(1, 'linear')], opt('sgd', 1e-6, { momentum: 0.9 }), tr(60, 64));
// saturated-activation
reg('saturated-activation.raw-tanh-yield', orch({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'linear')], opt('adam', 0.003), tr(80, 32));
bin('saturated-activation.sigmoid-raw-price', grade({ normalize: 'none' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], opt('adam', 0.003), tr(60, 32));
sp('saturated-activation.tanh-big-bias', finds(), [d(16, 'tanh', { bias: 6 }), d(16, 'tanh', { bias: 6 }), d(5, 'softmax')], opt('sgd', 0.01), tr(60, 32));
reg('saturated-activation.training-hours-raw', hunts({ normalize: 'none' }), [d(20, 'sigmoid'), d(1, 'linear')], opt('rmsprop', 0.001), tr(60, 32));
// loss-plateau
bin('loss-plateau.xor-tiny-net', { builtin: 'xor', samples: 300, noise: 0.05 }, [d(2, 'relu'), d(1, 'sigmoid')], opt('sgd', 0.05), tr(150, 32));
sp('loss-plateau.spirals-narrow-linear-ish', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(3, 'tanh'), d(3, 'softmax')], opt('adam', 0.01), tr(200, 32));
reg('loss-plateau.yield-one-relu-unit', orch(), [d(1, 'relu', { bias: -1 }), d(1, 'linear')], opt('adam', 0.01), tr(120, 32));
bin('loss-plateau.circles-one-unit', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(1, 'tanh'), d(1, 'sigmoid')], opt('rmsprop', 0.01), tr(150, 32));
// oscillating-loss
reg('oscillating-loss.sgd-0.3-batch-1', hunts(), [d(8, 'tanh'), d(1, 'linear')], opt('sgd', 0.3), tr(40, 1));
sp('oscillating-loss.momentum-0.99-species', finds(), [d(16, 'tanh'), d(5, 'softmax')], opt('sgd', 0.5, { momentum: 0.95 }), tr(80, 400));
reg('oscillating-loss.full-batch-sgd-edge', orch(), [d(16, 'linear'), d(1, 'linear')], opt('sgd', 0.9), tr(80, 360));
bin('oscillating-loss.adam-0.1-batch-4', grade(), [d(16, 'relu'), d(1, 'sigmoid')], opt('adam', 0.1), tr(60, 4));

// ---------------- healthy ----------------
reg('ok.yield-adam-relu', orch(), [d(32), d(16), d(1, 'linear')], opt('adam', 0.003), tr(120, 32));
reg('ok.yield-tanh-rmsprop', orch(), [d(24, 'tanh'), d(1, 'linear')], opt('rmsprop', 0.002), tr(120, 16));
reg('ok.yield-fr-export', orch({ csv: '../data/orchards-fr.csv' }), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], opt('adam', 0.002), tr(120, 32));
reg('ok.yield-minmax-sgd-momentum', orch({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1, 'linear')], opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16));
reg('ok.yield-nesterov-bn', orch(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'linear')], opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(100, 32));
reg('ok.yield-dropout-val', orch(), [d(48, 'relu'), drop(0.1), d(24, 'relu'), d(1, 'linear')], opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
reg('ok.yield-full-batch-adam', orch(), [d(32, 'tanh'), d(1, 'linear')], opt('adam', 0.02), tr(300, 360));
reg('ok.yield-batch-1-sgd', orch(), [d(16, 'tanh'), d(1, 'linear')], opt('sgd', 0.005), tr(30, 1));
reg('ok.yield-leaky-deep', orch(), [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(1, 'linear')], opt('adam', 0.001), tr(120, 32));
reg('ok.yield-three-features', orch({ features: ['soil_ph', 'limestone_pct', 'tree_age_yr', 'brule_area_m2'] }), [d(16, 'tanh'), d(1, 'linear')], opt('adam', 0.01), tr(150, 32));
reg('ok.yield-clipnorm-sgd', orch(), [d(32, 'relu'), d(1, 'linear')], opt('sgd', 0.05, { clipNorm: 1 }), tr(150, 32));
reg('ok.hunts-grams-adam', hunts(), [d(24, 'relu'), d(12, 'relu'), d(1, 'linear')], opt('adam', 0.003), tr(120, 32));
reg('ok.hunts-finds-rmsprop', hunts({ target: 'finds' }), [d(16, 'elu'), d(1, 'linear')], opt('rmsprop', 0.003), tr(120, 32));
reg('ok.hunts-two-targets', hunts({ target: ['finds', 'grams_total'] }), [d(32, 'tanh'), d(2, 'linear')], opt('adam', 0.003), tr(120, 32));
reg('ok.hunts-sigmoid-hidden', hunts({ normalize: 'minmax' }), [d(16, 'sigmoid'), d(1, 'linear')], opt('adam', 0.01), tr(200, 16));
reg('ok.hunts-raw-target-minmax-feat', hunts({ normalize: 'minmax' }), [d(24, 'relu'), d(1, 'linear')], opt('adam', 0.005), tr(150, 32));
sp('ok.species-adam-relu', finds(), [d(32), d(5, 'softmax')], opt('adam', 0.003), tr(80, 32));
sp('ok.species-tanh-sgd-momentum', finds(), [d(24, 'tanh'), d(5, 'softmax')], opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
sp('ok.species-rmsprop-dropout', finds(), [d(48, 'relu'), drop(0.2), d(5, 'softmax')], opt('rmsprop', 0.002), tr(80, 32, { validationSplit: 0.15 }));
sp('ok.species-bn-nesterov', finds(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(5, 'softmax')], opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(60, 32));
sp('ok.species-minmax-elu', finds({ normalize: 'minmax' }), [d(24, 'elu'), d(24, 'elu'), d(5, 'softmax')], opt('adam', 0.005), tr(80, 64));
sp('ok.species-batch-2-sgd', finds(), [d(16, 'tanh'), d(5, 'softmax')], opt('sgd', 0.01), tr(40, 2));
sp('ok.species-wide-weightdecay', finds(), [d(128, 'relu'), d(5, 'softmax')], opt('adam', 0.001, { weightDecay: 1e-3 }), tr(60, 32));
sp('ok.species-sigmoid-hidden', finds(), [d(24, 'sigmoid'), d(5, 'softmax')], opt('adam', 0.01), tr(100, 32));
bin('ok.grade-adam-relu', grade(), [d(16), d(1, 'sigmoid')], opt('adam', 0.003), tr(80, 32));
bin('ok.grade-tanh-rmsprop', grade(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], opt('rmsprop', 0.002), tr(80, 32));
bin('ok.grade-logistic', grade(), [d(1, 'sigmoid')], opt('sgd', 0.1), tr(100, 32));
bin('ok.grade-full-batch-lbfgs-ish-adam', grade(), [d(12, 'elu'), d(1, 'sigmoid')], opt('adam', 0.03), tr(200, 400));
bin('ok.grade-dropout-clip', grade({ normalize: 'minmax' }), [d(32, 'leaky_relu'), drop(0.25), d(1, 'sigmoid')], opt('sgd', 0.1, { momentum: 0.9, clipNorm: 5 }), tr(80, 32, { validationSplit: 0.2 }));
bin('ok.grade-lecun-selu-like', grade(), [d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid', { init: 'xavier_normal' })], opt('adam', 0.005), tr(80, 16));
bin('ok.moons-he-uniform', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], opt('adam', 0.01), tr(150, 32));
bin('ok.xor-tanh-sgd', { builtin: 'xor', samples: 300, noise: 0.05 }, [d(8, 'tanh'), d(1, 'sigmoid')], opt('sgd', 0.3, { momentum: 0.9 }), tr(150, 16));
sp('ok.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], opt('adam', 0.01), tr(100, 16));
sp('ok.blobs-4-rmsprop', { builtin: 'blobs', classes: 4, samples: 400 }, [d(12, 'elu'), d(4, 'softmax')], opt('rmsprop', 0.003), tr(60, 32));
sp('ok.spirals-deep', { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], opt('adam', 0.005), tr(300, 32));
reg('ok.sine-tanh', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], opt('adam', 0.005), tr(200, 32));
bin('ok.circles-bn', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], opt('adam', 0.01), tr(150, 32));
reg('ok.inline-brule-growth', { inline: { x: [[3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15], [16], [17], [18]], y: [2, 4, 6.5, 9, 12, 14, 17, 19.5, 22, 25, 27, 30, 32, 35, 37, 40] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(4, 'tanh'), d(1, 'linear')], opt('adam', 0.02), tr(300, 16));
sp('ok.inline-dog-scent-labels', { inline: { x: [[0.1, 0.9], [0.2, 0.8], [0.15, 0.85], [0.9, 0.1], [0.8, 0.2], [0.85, 0.25], [0.5, 0.5], [0.45, 0.55], [0.55, 0.45], [0.05, 0.95], [0.95, 0.05], [0.5, 0.52]], y: ['black', 'black', 'black', 'summer', 'summer', 'summer', 'white', 'white', 'white', 'black', 'summer', 'white'] } }, [d(8, 'relu'), d(3, 'softmax')], opt('adam', 0.03), tr(300, 4));
reg('ok.yield-deep-narrow-elu', orch(), [d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(1, 'linear')], opt('adam', 0.002), tr(150, 32));
sp('ok.species-no-shuffle-big-batch', finds(), [d(32, 'relu'), d(5, 'softmax')], opt('adam', 0.01), tr(150, 128, { shuffle: false }));
// oscillating-loss, second batch
reg('oscillating-loss.full-batch-momentum-hunts', hunts(), [d(16, 'tanh'), d(1, 'linear')], opt('sgd', 0.3, { momentum: 0.95 }), tr(80, 380));
bin('oscillating-loss.rmsprop-0.05-batch-2', grade(), [d(16, 'tanh'), d(1, 'sigmoid')], opt('rmsprop', 0.05), tr(40, 2));
sp('oscillating-loss.adam-0.3-full-batch', finds(), [d(24, 'tanh'), d(5, 'softmax')], opt('adam', 0.3), tr(80, 420));
reg('oscillating-loss.sgd-0.15-batch-1-yield', orch(), [d(8, 'tanh'), d(1, 'linear')], opt('sgd', 0.15), tr(30, 1));
// loss-plateau, second batch: over-regularised
reg('loss-plateau.yield-weight-decay-1', orch(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], opt('adam', 0.003, { weightDecay: 1.0 }), tr(100, 32));
sp('loss-plateau.species-weight-decay-0.5', finds(), [d(32, 'tanh'), d(5, 'softmax')], opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.5 }), tr(80, 32));
