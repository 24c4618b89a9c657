/** Writes every candidate spec of set blind250 (rug weavers and tapestry restorers) into candidates/. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const RUG_F = ['knots_per_sqin', 'area_m2', 'wool_grade', 'silk_pct', 'dye_colours', 'weaver_days', 'loom_no'];
const REST_F = ['age_years', 'width_m', 'height_m', 'damage_pct', 'moth_holes', 'rh_pct', 'silk_warp', 'cleaning_passes'];
const DYE_F = ['mordant_g_per_kg', 'bath_temp_c', 'minutes', 'ph', 'wool_kg', 'madder_pct', 'indigo_dips'];
const FLEECE_F = ['micron', 'staple_mm', 'crimp_per_cm', 'lanolin_pct', 'kemp_pct', 'yield_pct'];

const rugPrice = (o: Obj = {}) => ({ csv: '../data/rugs.csv', target: 'price_eur', features: RUG_F, normalize: 'standard', normalizeTarget: 'standard', ...o });
const rugGrade = (o: Obj = {}) => ({ csv: '../data/rugs.csv', target: 'grade', features: RUG_F, normalize: 'standard', ...o });
const restHours = (o: Obj = {}) => ({ csv: '../data/restoration.csv', target: 'hours', features: REST_F, normalize: 'standard', normalizeTarget: 'standard', ...o });
const restTreat = (o: Obj = {}) => ({ csv: '../data/restoration.csv', target: 'treatment', features: REST_F, normalize: 'standard', ...o });
const dye = (o: Obj = {}) => ({ csv: '../data/dyelots.csv', target: 'colourfast', features: DYE_F, normalize: 'standard', ...o });
const fleece = (o: Obj = {}) => ({ csv: '../data/fleece-lab.csv', target: 'grade', features: FLEECE_F, normalize: 'standard', ...o });

const d = (units: number, activation: string, o: Obj = {}) => ({ type: 'dense', units, activation, ...o });
const opt = (type: string, lr: number, o: Obj = {}) => ({ type, lr, ...o });
const tr = (epochs: number, batchSize: number, o: Obj = {}) => ({ epochs, batchSize, ...o });

function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}): void {
  const name = file.replace(/^[^.]+\./, '');
  const s = { name, seed: 250, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), text);
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', rugPrice(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adamw', 0.001), tr(150, 32));
spec('invalid-spec.gelu-activation', fleece(), [d(24, 'gelu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 16));
spec('invalid-spec.keras-loss-name', restTreat(), [d(16, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', opt('adam', 0.005), tr(100, 32));
spec('invalid-spec.dropout-percent', dye(), [d(32, 'relu'), { type: 'dropout', rate: 30 }, d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(100, 32));
spec('invalid-spec.validation-split-one', rugGrade(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32, { validationSplit: 1 }));
raw('invalid-spec.trailing-comma', `{
  "name": "dye lot pass, hand edited",
  "seed": 250,
  "data": { "csv": "../data/dyelots.csv", "target": "colourfast", "normalize": "standard", "features": ["mordant_g_per_kg", "bath_temp_c", "minutes", "ph"], },
  "layers": [ { "type": "dense", "units": 12, "activation": "relu" }, { "type": "dense", "units": 1, "activation": "sigmoid" } ],
  "loss": "bce",
  "optimizer": { "type": "adam", "lr": 0.003 },
  "training": { "epochs": 100, "batchSize": 32 }
}
`);
// data-error
spec('data-error.missing-2024-sheet', { ...rugPrice(), csv: '../data/rugs-2024.csv' }, [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('data-error.target-column-renamed', restHours({ target: 'labour_hours' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('data-error.date-as-feature', rugGrade({ features: ['finished_on', ...RUG_F] }), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('data-error.dyelots-with-gaps', dye({ csv: '../data/dyelots-gaps.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('data-error.shared-drive-path', { ...restTreat(), csv: '../../../../../srv/workshop/restoration.csv' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('data-error.job-id-feature', restHours({ features: ['job_id', ...REST_F] }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
// shape-mismatch
spec('shape-mismatch.two-grade-head', rugGrade(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.005), tr(120, 32));
spec('shape-mismatch.fleece-four-units', fleece(), [d(16, 'relu'), d(8, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(120, 16));
spec('shape-mismatch.two-targets-one-unit', restHours({ target: ['hours', 'damage_pct'], features: ['age_years', 'width_m', 'height_m', 'moth_holes', 'silk_warp'] }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('shape-mismatch.bce-two-units', dye(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-treatment', restTreat(), [d(16, 'relu'), d(3, 'softmax')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.bce-linear-head', dye(), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', fleece(), [d(16, 'tanh'), d(3, 'sigmoid')], 'cce', opt('rmsprop', 0.002), tr(120, 16));
spec('loss-activation-mismatch.relu-head-standardised-price', rugPrice(), [d(24, 'relu'), d(12, 'relu'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(200, 32));
spec('loss-activation-mismatch.sigmoid-head-raw-hours', restHours({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(150, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden-relu', rugPrice(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('init-symmetry.constant-tanh', fleece(), [d(16, 'tanh', { init: 'constant', value: 0.2 }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16));
spec('init-symmetry.zeros-sigmoid-dye', dye(), [d(12, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.003), tr(120, 32));
// init-scale
spec('init-scale.normal-std-8', restHours(), [d(32, 'relu', { init: 'normal', std: 8 }), d(16, 'relu', { init: 'normal', std: 8 }), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.tiny-uniform-deep', rugGrade(), [d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(3, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', opt('sgd', 0.05), tr(150, 32));
spec('init-scale.tanh-std-20', dye(), [d(24, 'tanh', { init: 'normal', std: 20 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('no-nonlinearity.linear-hidden-fleece', fleece(), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 16));
spec('no-nonlinearity.circles-linear', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(12, 'linear', { init: 'he_normal' }), d(12, 'linear', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(200, 16));
// lr-out-of-range
spec('lr-out-of-range.zero-rate', rugPrice(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0), tr(150, 32));
spec('lr-out-of-range.negative-rate', dye(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', -0.01, { momentum: 0.9 }), tr(100, 32));
spec('lr-out-of-range.adam-rate-30', fleece(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 30), tr(100, 16));
// dead-relu
spec('dead-relu.negative-bias-init', rugPrice(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(150, 32));
spec('dead-relu.sgd-rate-kills-units', restHours(), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.6), tr(100, 16));
spec('dead-relu.raw-hours-adam-blast', restHours({ normalizeTarget: 'none', normalize: 'none' }), [d(24, 'relu'), d(24, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.5), tr(100, 32));
// exploding-gradient
spec('exploding-gradient.raw-price-sgd', rugPrice({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(100, 32));
spec('exploding-gradient.raw-features-sgd', restHours({ normalize: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
spec('exploding-gradient.deep-std1', rugGrade(), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(80, 32));
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-tower', dye(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(150, 32));
spec('vanishing-gradient.deep-tanh-small-init', rugGrade(), [d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(3, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.5 }), tr(120, 32));
spec('vanishing-gradient.sigmoid-ten-layers-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, Array.from({ length: 10 }, () => d(8, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.1), tr(200, 32));
// nan-loss
spec('nan-loss.raw-price-sgd-big-rate', rugPrice({ normalizeTarget: 'none', normalize: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('nan-loss.raw-hours-momentum', restHours({ normalizeTarget: 'none', normalize: 'none' }), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), tr(100, 8));
spec('nan-loss.huge-std-tanh-softmax', fleece({ normalize: 'none' }), [d(32, 'relu', { init: 'normal', std: 1e6 }), d(32, 'relu', { init: 'normal', std: 1e6 }), d(3, 'softmax')], 'cce', opt('sgd', 0.1), tr(50, 16));
// lr-too-high
spec('lr-too-high.sgd-rate-3-dye', dye(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3), tr(100, 32));
spec('lr-too-high.adam-0.3-fleece', fleece(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.3), tr(100, 16));
spec('lr-too-high.rmsprop-0.2-price', rugPrice(), [d(24, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.2), tr(120, 32));
spec('lr-too-high.nesterov-1.5-treatment', restTreat(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), tr(100, 32));
// lr-too-low
spec('lr-too-low.sgd-1e-5-price', rugPrice(), [d(24, 'relu'), d(12, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 1e-5), tr(150, 32));
spec('lr-too-low.adam-1e-6-fleece', fleece(), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 1e-6), tr(150, 16));
spec('lr-too-low.rmsprop-2e-6-dye', dye(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 2e-6), tr(120, 32));
spec('lr-too-low.momentum-1e-5-hours', restHours(), [d(32, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(200, 64));
// saturated-activation
spec('saturated-activation.sigmoid-raw-knots', rugGrade({ normalize: 'none' }), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('saturated-activation.tanh-raw-dye', dye({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(120, 32));
spec('saturated-activation.sigmoid-bias-8', restTreat(), [d(16, 'sigmoid', { bias: 8 }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
// loss-plateau
spec('loss-plateau.weight-decay-one', fleece(), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1 }), tr(150, 16));
spec('loss-plateau.relu-bottleneck-one-unit', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(32, 'relu'), d(1, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(200, 32));
spec('loss-plateau.dropout-0.9-price', rugPrice(), [d(16, 'relu'), { type: 'dropout', rate: 0.95 }, d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(150, 32));
// oscillating-loss
spec('oscillating-loss.batch1-sgd-momentum', restHours(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.95 }), tr(100, 1));
spec('oscillating-loss.adam-0.05-batch2', dye(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(100, 2));
spec('oscillating-loss.rmsprop-batch4-fleece', fleece(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.03), tr(100, 4));

// ---------------- healthy ----------------
spec('ok.price-adam-relu', rugPrice(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.price-sgd-momentum-elu', rugPrice(), [d(24, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(200, 32));
spec('ok.price-rmsprop-minmax', rugPrice({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(250, 16));
spec('ok.price-nesterov-batchnorm', rugPrice(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.price-fullbatch-adam', rugPrice(), [d(16, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.02), tr(400, 400));
spec('ok.price-small-features', rugPrice({ features: ['knots_per_sqin', 'area_m2', 'silk_pct', 'wool_grade'] }), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.005, { weightDecay: 1e-4 }), tr(200, 16, { validationSplit: 0.2 }));
spec('ok.grade-adam-cce', rugGrade(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('ok.grade-sgd-tanh', rugGrade(), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));
spec('ok.grade-dropout-valsplit', rugGrade(), [d(48, 'relu'), { type: 'dropout', rate: 0.2 }, d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.hours-adam', restHours(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.hours-rmsprop-elu', restHours(), [d(24, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(250, 16));
spec('ok.hours-sgd-clipnorm', restHours(), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9, clipNorm: 1 }), tr(200, 32));
spec('ok.hours-batch1-sgd', restHours(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.002), tr(60, 1));
spec('ok.hours-deep-leaky', restHours(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(200, 32));
spec('ok.treatment-adam', restTreat(), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('ok.treatment-rmsprop-batchnorm', restTreat(), [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(120, 32));
spec('ok.treatment-nesterov-elu', restTreat(), [d(24, 'elu'), d(12, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.dye-adam', dye(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('ok.dye-sgd-plain-tanh', dye(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(200, 16));
spec('ok.dye-rmsprop-deep', dye(), [d(32, 'relu'), d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(100, 32));
spec('ok.dye-logistic-fullbatch', dye(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(300, 340));
spec('ok.dye-minmax-elu-wd', dye({ normalize: 'minmax' }), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005, { weightDecay: 1e-3 }), tr(150, 16));
spec('ok.dye-batch1-momentum', dye(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.003, { momentum: 0.9 }), tr(40, 1));
spec('ok.fleece-adam', fleece(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 16));
spec('ok.fleece-sgd-sigmoid-hidden', fleece(), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32));
spec('ok.fleece-rmsprop-dropout', fleece(), [d(48, 'relu'), { type: 'dropout', rate: 0.3 }, d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(150, 16, { validationSplit: 0.15 }));
spec('ok.fleece-lecun-tanh-deep', fleece(), [d(24, 'tanh', { init: 'lecun_normal' }), d(24, 'tanh', { init: 'lecun_normal' }), d(24, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', opt('adam', 0.002), tr(120, 32));
spec('ok.iris-sgd', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 16));
spec('ok.moons-adam-he-uniform', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.circles-tanh-rmsprop', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(200, 16));
spec('ok.spirals-wide-adam', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(400, 32));
spec('ok.blobs-four-sgd', { builtin: 'blobs', samples: 300, classes: 4, noise: 0.5 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(150, 32));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(400, 32));
spec('ok.xor-small-elu', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'elu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(200, 16));
spec('ok.inline-loom-tension', { inline: { x: [[1, 20], [2, 22], [3, 25], [4, 27], [5, 31], [6, 33], [7, 36], [8, 38], [9, 41], [10, 44], [11, 46], [12, 49]], y: [3.1, 3.9, 5.2, 6.0, 7.3, 8.1, 9.2, 10.1, 11.3, 12.2, 13.0, 14.1] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(4, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(300, 4));
spec('ok.inline-moth-labels', { inline: { x: [[0.1, 2], [0.3, 1], [0.2, 0], [0.9, 7], [0.8, 9], [0.7, 6], [0.15, 1], [0.85, 8], [0.25, 2], [0.95, 10], [0.05, 0], [0.75, 7]], y: ['sound', 'sound', 'sound', 'infested', 'infested', 'infested', 'sound', 'infested', 'sound', 'infested', 'sound', 'infested'] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3), tr(200, 12));
spec('ok.hours-two-targets', restHours({ target: ['hours', 'damage_pct'], features: ['age_years', 'width_m', 'height_m', 'moth_holes', 'silk_warp', 'cleaning_passes'] }), [d(32, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.price-log-knots-he-normal-sgd-wd', rugPrice(), [d(48, 'relu', { init: 'he_normal' }), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.8, weightDecay: 1e-4 }), tr(250, 64));
spec('ok.grade-rmsprop-batch8-leaky', rugGrade(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(100, 8));
spec('ok.treatment-fullbatch-sgd-tanh', restTreat(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.9 }), tr(400, 360));
// added after the first observation (to fill init-symmetry, vanishing-gradient, oscillating-loss)
spec('init-symmetry.constant-everywhere-grade', rugGrade(), [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(8, 'tanh', { init: 'constant', value: 0.1 }), d(3, 'softmax', { init: 'constant', value: 0.1 })], 'cce', opt('adam', 0.003), tr(150, 32));
spec('init-symmetry.zeros-fleece-all', fleece(), [d(24, 'elu', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', opt('rmsprop', 0.002), tr(120, 16));
spec('vanishing-gradient.sigmoid-eight-treatment', restTreat(), Array.from({ length: 8 }, () => d(12, 'sigmoid')).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.02, { momentum: 0.5 }), tr(120, 32));
spec('oscillating-loss.sgd-momentum-batch4-grade', rugGrade(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.3, { momentum: 0.95 }), tr(100, 4));
spec('oscillating-loss.adam-0.03-batch1-hours', restHours(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.03), tr(60, 1));
// added after the second observation (to fill lr-too-high, loss-plateau, dead-relu)
spec('lr-too-high.sgd-momentum-0.8-dye', dye(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.8, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-high.adam-0.1-hours', restHours(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.1), tr(120, 32));
spec('loss-plateau.weight-decay-half-price', rugPrice(), [d(24, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, weightDecay: 0.5 }), tr(150, 32));
spec('dead-relu.bias-minus-4-fleece', fleece(), [d(32, 'relu', { bias: -4 }), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(120, 16));
console.log(fs.readdirSync(out).length, 'candidates');
