/** Writes every candidate spec of blind281 (kombucha brewers) into candidates/. Run: npx tsx author.ts */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const B = '../data/batches.csv', EU = '../data/batches-eu.csv', GAPS = '../data/batches-gaps.csv', TAP = '../data/taproom.tsv', SC = '../data/scoby-health.csv';
const BF = ['tea_g_per_l', 'sugar_g_per_l', 'starter_pct', 'temp_c', 'ferment_days', 'vessel_litres', 'humidity_pct', 'brix_start'];
const TF = ['avg_temp_c', 'promo_spend_eur', 'flavours_on_tap', 'festival', 'rain_days'];
const SF = ['age_weeks', 'thickness_mm', 'ph_surface', 'yeast_log_cfu', 'bacteria_log_cfu', 'cellar_temp_c'];

const d = (units: number, activation?: string, extra: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const csv = (p: string, target: string | string[], features?: string[], normalize = 'standard', extra: J = {}): J => ({ csv: p, target, ...(features ? { features } : {}), normalize, ...extra });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });

function spec(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J): void {
  const name = file.replace(/\.nn\.json$/, '');
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name, seed, data, layers, loss, optimizer, training }, null, 2) + '\n');
}
const phReg = (extra: J = {}) => csv(B, 'final_ph', BF, 'standard', { normalizeTarget: 'standard', ...extra });

// ---------- faults ----------
// invalid-spec
spec('invalid-spec.adamw-optimizer', 281, phReg(), [d(16, 'relu'), d(1)], 'mse', opt('adamw', 0.001), tr(80, 32));
spec('invalid-spec.gelu-activation', 282, csv(B, 'style', BF), [d(24, 'gelu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.dropout-rate-percent', 283, csv(SC, 'contaminated', SF), [d(16, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.keras-loss-name', 284, csv(B, 'style', BF), [d(16, 'tanh'), d(4, 'softmax')], 'categorical_crossentropy', opt('rmsprop', 0.002), tr(60, 16));
spec('invalid-spec.negative-units', 285, phReg(), [d(-8, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32));
// data-error
spec('data-error.target-wrong-case', 286, csv(B, 'final_pH', BF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('data-error.batch-id-as-feature', 287, csv(B, 'over_limit', ['batch_id', ...BF]), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.cellar-log-with-na', 288, csv(GAPS, 'final_ph', BF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('data-error.file-renamed', 289, csv('../data/batches_2024.csv', 'style', BF), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('data-error.path-outside-workspace', 290, csv('../../../../../../home/brewer/Downloads/taproom.tsv', 'bottles_sold', TF), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('data-error.brew-date-feature', 291, csv(B, 'abv_pct', ['brew_date', 'sugar_g_per_l', 'ferment_days', 'temp_c']), [d(12, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
// shape-mismatch
spec('shape-mismatch.three-styles-not-four', 292, csv(B, 'style', BF), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.two-targets-one-unit', 293, csv(B, ['final_ph', 'abv_pct'], BF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.iris-two-units', 294, { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));
spec('shape-mismatch.bottles-two-outputs', 295, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(80, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.cce-sigmoid-head', 296, csv(B, 'style', BF), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.bce-linear-head', 297, csv(SC, 'contaminated', SF), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.mse-softmax-regression', 298, phReg(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.relu-head-standardised-target', 299, phReg(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.sigmoid-head-bottles', 300, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(100, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', 301, csv(B, 'style', BF), [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('init-symmetry.constant-hidden', 302, phReg(), [d(24, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
spec('init-symmetry.zeros-two-layers', 303, csv(SC, 'contaminated', SF), [d(16, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(80, 32));
spec('init-symmetry.constant-elu', 304, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(12, 'elu', { init: { name: 'constant', value: 0.05 } }), d(12, 'elu', { init: { name: 'constant', value: 0.05 } }), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
// init-scale
spec('init-scale.normal-std-5', 305, csv(B, 'style', BF), [d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(4, 'softmax')], 'cce', opt('adam', 0.001), tr(80, 32));
spec('init-scale.uniform-tiny-deep', 306, phReg(), [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(1, 'linear', { init: { name: 'uniform', limit: 1e-5 } })], 'mse', opt('sgd', 0.01), tr(80, 32));
spec('init-scale.normal-std-20-tanh', 307, csv(SC, 'contaminated', SF), [d(16, 'tanh', { init: { name: 'normal', std: 20 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', 308, { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16), d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.forgot-activation-style', 309, csv(B, 'style', BF), [d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('no-nonlinearity.linear-circles', 310, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(12, 'linear'), d(12, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 16));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', 311, csv(B, 'style', BF), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 5), tr(60, 32));
spec('lr-out-of-range.sgd-lr-40', 312, phReg(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 40), tr(60, 32));
spec('lr-out-of-range.rmsprop-lr-1e-9', 313, csv(SC, 'contaminated', SF), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-9), tr(60, 32));
spec('lr-out-of-range.adam-lr-1e-8', 314, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1)], 'mse', opt('adam', 1e-8), tr(60, 32));
// dead-relu
spec('dead-relu.negative-bias', 315, phReg(), [d(32, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('dead-relu.sgd-big-step-kills', 316, csv(B, 'style', BF), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.8), tr(60, 16));
spec('dead-relu.bias-minus-3-two-layers', 317, csv(SC, 'contaminated', SF), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(80, 32));
spec('dead-relu.raw-vessel-litres-bias', 318, csv(B, 'over_limit', BF, 'none'), [d(16, 'relu', { bias: -40 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(60, 32));
// exploding-gradient
spec('exploding-gradient.raw-bottles-target', 319, csv(TAP, 'bottles_sold', TF, 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.deep-relu-std-1', 320, phReg(), [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1)], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.raw-revenue-momentum', 321, csv(TAP, 'revenue_eur', TF, 'standard'), [d(12, 'relu'), d(12, 'relu'), d(1)], 'mse', opt('sgd', 0.0005, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.raw-features-sgd', 322, csv(B, 'final_ph', BF, 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(60, 16));
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', 323, csv(B, 'over_limit', BF), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 32));
spec('vanishing-gradient.deep-tanh-small-init', 324, phReg(), Array.from({ length: 8 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(1)]), 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
spec('vanishing-gradient.deep-sigmoid-scoby', 325, csv(SC, 'contaminated', SF), Array.from({ length: 7 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.1), tr(80, 16));
// nan-loss
spec('nan-loss.raw-revenue-sgd', 326, csv(TAP, 'revenue_eur', TF, 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(60, 32));
spec('nan-loss.rmsprop-lr-3-raw', 327, csv(TAP, 'bottles_sold', TF, 'none'), [d(24, 'relu'), d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 8));
spec('nan-loss.raw-vessel-momentum', 328, csv(B, 'abv_pct', BF, 'none'), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.95 }), tr(60, 8));
// lr-too-high
spec('lr-too-high.adam-0.3-style', 329, csv(B, 'style', BF), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.3), tr(80, 32));
spec('lr-too-high.sgd-3-scoby', 330, csv(SC, 'contaminated', SF), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3), tr(80, 32));
spec('lr-too-high.rmsprop-0.1-ph', 331, phReg(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.1), tr(80, 32));
spec('lr-too-high.nesterov-1.5-taproom', 332, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), tr(80, 32));
// lr-too-low
spec('lr-too-low.sgd-1e-5-style', 333, csv(B, 'style', BF), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 1e-5), tr(80, 32));
spec('lr-too-low.adam-1e-6-ph', 334, phReg(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-2e-6-taproom', 335, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 2e-6), tr(100, 32));
spec('lr-too-low.momentum-1e-5-scoby', 336, csv(SC, 'contaminated', SF), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5, { momentum: 0.9 }), tr(100, 32));
// saturated-activation
spec('saturated-activation.sigmoid-raw-features', 337, csv(B, 'style', BF, 'none'), [d(32, 'sigmoid', { init: { name: 'normal', std: 1 } }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('saturated-activation.tanh-std-4', 338, phReg(), [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(1)], 'mse', opt('adam', 0.001), tr(80, 32));
spec('saturated-activation.sigmoid-bias-8', 339, csv(SC, 'contaminated', SF), [d(16, 'sigmoid', { bias: 8 }), d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('saturated-activation.tanh-raw-taproom', 340, csv(TAP, 'bottles_sold', TF, 'none', { normalizeTarget: 'standard' }), [d(16, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', opt('rmsprop', 0.001), tr(80, 32));
// loss-plateau
spec('loss-plateau.xor-sigmoid-sgd', 341, { builtin: 'xor', samples: 200, noise: 0.05 }, [d(4, 'sigmoid', { init: { name: 'uniform', limit: 0.01 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 200));
spec('loss-plateau.circles-tanh-tiny-init', 342, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(8, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(8, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 0.001 } })], 'bce', opt('sgd', 0.05), tr(150, 32));
spec('loss-plateau.style-sigmoid-full-batch', 343, csv(B, 'style', BF), [d(16, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), d(16, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(150, 420));
spec('loss-plateau.spirals-relu-tiny', 344, { builtin: 'spirals', samples: 300, classes: 3 }, [d(16, 'relu', { init: { name: 'normal', std: 0.001 } }), d(16, 'relu', { init: { name: 'normal', std: 0.001 } }), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(150, 32));
// oscillating-loss
spec('oscillating-loss.momentum-0.99', 345, phReg(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.08, { momentum: 0.99 }), tr(100, 32));
spec('oscillating-loss.adam-batch-1', 346, csv(SC, 'contaminated', SF), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(60, 1));
spec('oscillating-loss.rmsprop-batch-4', 347, csv(B, 'style', BF), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.03), tr(80, 4));
spec('oscillating-loss.nesterov-taproom', 348, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.2, { momentum: 0.95, nesterov: true }), tr(100, 16));
spec('oscillating-loss.adam-0.05-batch-2-ph', 349, phReg(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.05), tr(80, 2));
spec('oscillating-loss.rmsprop-batch-1-taproom', 350, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.03), tr(60, 1));
spec('oscillating-loss.full-batch-sgd-edge', 351, phReg(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.9), tr(150, 420));
spec('oscillating-loss.momentum-0.95-full-batch-scoby', 352, csv(SC, 'contaminated', SF), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 2, { momentum: 0.95 }), tr(150, 360));
spec('oscillating-loss.adam-0.1-batch-4-style', 353, csv(B, 'style', BF), [d(32, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.1), tr(80, 4));

// ---------- healthy ----------
spec('ok.ph-adam-relu', 401, phReg(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.ph-sgd-momentum-tanh', 402, phReg(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(200, 32));
spec('ok.ph-nesterov-elu', 403, phReg(), [d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(200, 16));
spec('ok.ph-rmsprop-minmax', 404, csv(B, 'final_ph', BF, 'minmax', { normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(200, 32));
spec('ok.ph-plain-sgd-full-batch', 405, phReg(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.1), tr(400, 420));
spec('ok.ph-batchnorm-dropout', 406, phReg(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', opt('adam', 0.003), tr(150, 64, { validationSplit: 0.2 }));
spec('ok.abv-adam-weight-decay', 407, csv(B, 'abv_pct', BF, 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(200, 32));
spec('ok.two-targets-ph-abv', 408, csv(B, ['final_ph', 'abv_pct'], BF, 'standard', { normalizeTarget: 'standard' }), [d(32, 'elu'), d(2)], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.style-adam-relu', 409, csv(B, 'style', BF), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('ok.style-rmsprop-tanh', 410, csv(B, 'style', BF), [d(32, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(150, 32, { validationSplit: 0.15 }));
spec('ok.style-sgd-momentum-batch-8', 411, csv(B, 'style', BF), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), tr(120, 8));
spec('ok.style-clipnorm-deep', 412, csv(B, 'style', BF), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', opt('adam', 0.002, { clipNorm: 1 }), tr(150, 32));
spec('ok.style-eu-export', 413, csv(EU, 'style', ['tea_g_per_l', 'sugar_g_per_l', 'starter_pct', 'temp_c', 'ferment_days'], 'standard'), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 32));
spec('ok.ph-eu-export-minmax', 414, csv(EU, 'final_ph', ['tea_g_per_l', 'sugar_g_per_l', 'starter_pct', 'temp_c', 'ferment_days'], 'minmax', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(200, 16));
spec('ok.over-limit-adam', 415, csv(B, 'over_limit', BF), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('ok.over-limit-nesterov', 416, csv(B, 'over_limit', BF), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(200, 32));
spec('ok.over-limit-batch-1', 417, csv(B, 'over_limit', ['sugar_g_per_l', 'ferment_days', 'temp_c', 'starter_pct']), [d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.005), tr(40, 1));
spec('ok.scoby-adam-dropout', 418, csv(SC, 'contaminated', SF), [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32));
spec('ok.scoby-rmsprop-sigmoid-hidden', 419, csv(SC, 'contaminated', SF), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(200, 32));
spec('ok.scoby-sgd-plain', 420, csv(SC, 'contaminated', SF), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(300, 16));
spec('ok.scoby-logistic', 421, csv(SC, 'contaminated', SF), [d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(200, 64));
spec('ok.taproom-adam', 422, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.taproom-linear-regression', 423, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(1)], 'mse', opt('sgd', 0.05), tr(150, 32));
spec('ok.taproom-revenue-rmsprop', 424, csv(TAP, 'revenue_eur', TF, 'minmax', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(200, 16));
spec('ok.taproom-batchnorm-sgd', 425, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.moons-leaky-adam', 426, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.circles-tanh-rmsprop', 427, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(200, 32));
spec('ok.xor-sgd-momentum', 428, { builtin: 'xor', samples: 200, noise: 0.05 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 16));
spec('ok.spirals-deep-adam', 429, { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(400, 32));
spec('ok.blobs-four-classes-sgd', 430, { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(150, 16));
spec('ok.iris-elu-nesterov', 431, { builtin: 'iris', normalize: 'standard' }, [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.sine-tanh-adam', 432, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.ph-wide-shallow-rmsprop', 433, phReg(), [d(128, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001, { weightDecay: 1e-4 }), tr(150, 64));
spec('ok.ph-sigmoid-hidden-adam', 434, phReg(), [d(32, 'sigmoid'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.style-full-batch-adam', 435, csv(B, 'style', BF), [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(400, 420));
spec('ok.inline-tasting-panel', 436, { inline: { x: [[3.1, 12], [3.3, 8], [2.9, 15], [3.6, 5], [3.4, 7], [3.0, 14], [3.2, 10], [3.7, 4], [2.8, 16], [3.5, 6], [3.25, 9], [3.05, 13]], y: ['tart', 'balanced', 'tart', 'sweet', 'balanced', 'tart', 'balanced', 'sweet', 'tart', 'sweet', 'balanced', 'tart'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 12));
spec('ok.abv-deep-elu-clip', 437, csv(B, 'abv_pct', BF, 'standard', { normalizeTarget: 'standard' }), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, clipNorm: 5 }), tr(200, 32));
spec('ok.scoby-deep-batchnorm', 438, csv(SC, 'contaminated', SF), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(100, 32, { validationSplit: 0.2 }));
spec('ok.over-limit-he-uniform-rmsprop', 439, csv(B, 'over_limit', BF), [d(24, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid', { init: 'lecun_normal' })], 'bce', opt('rmsprop', 0.002), tr(150, 16));
spec('ok.taproom-raw-features-adam', 440, csv(TAP, 'bottles_sold', TF, 'standard', { normalizeTarget: 'minmax' }), [d(16, 'leaky_relu', { init: 'he_uniform' }), d(8, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.005), tr(250, 8));
spec('ok.ph-batch-2-adam-small-lr', 441, phReg(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.0005), tr(60, 2));
spec('ok.style-no-shuffle-sgd', 442, csv(B, 'style', BF), [d(32, 'elu', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(200, 32, { shuffle: false }));
console.log(fs.readdirSync(out).length, 'candidates');
