/**
 * Writes every candidate spec of fault set blind242 into candidates/.
 * Run: npx tsx test/faults-blind242/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Json = Record<string, unknown>;
let n = 0;
function spec(file: string, body: Json): void {
  const name = file.replace(/\.nn\.json$/, '');
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name, seed: 242 + (n++ % 7), ...body }, null, 2) + '\n');
}
const d = (units: number, activation?: string, extra: Json = {}): Json => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

const F_I = ['weight_g', 'wing_or_body_cm', 'age_est_days', 'body_condition', 'temp_c', 'dehydration_pct', 'wound_score', 'hours_before_admit', 'finder_postcode_digit'];
const F_T = ['weight_g', 'body_len_cm', 'temp_c', 'heart_rate_bpm', 'resp_rate'];
const F_S = ['weight_g', 'age_est_days', 'wound_score', 'dehydration_pct', 'orphaned', 'parasite_load'];
const F_B = ['pcv_pct', 'total_protein_g_dl', 'glucose_mmol_l', 'uric_acid_umol_l', 'lead_ug_dl'];
const F_V = ['volunteers', 'volunteer_hours', 'patients', 'orphans', 'rain_mm'];
const I = (x: Json = {}): Json => ({ csv: '../data/intake.csv', target: 'released', features: F_I, normalize: 'standard', ...x });
const T = (x: Json = {}): Json => ({ csv: '../data/triage.csv', target: 'species_group', features: F_T, normalize: 'standard', ...x });
const S = (x: Json = {}): Json => ({ csv: '../data/stay.csv', target: 'days_in_care', features: F_S, normalize: 'standard', normalizeTarget: 'standard', ...x });
const B = (x: Json = {}): Json => ({ csv: '../data/bloods-eu.csv', target: 'survived_7d', features: F_B, normalize: 'standard', ...x });
const V = (x: Json = {}): Json => ({ csv: '../data/volunteers.csv', target: 'feeds_done', features: F_V, normalize: 'minmax', normalizeTarget: 'standard', ...x });
const bin = (h: Json[]): Json[] => [...h, d(1, 'sigmoid')];
const four = (h: Json[]): Json[] => [...h, d(4, 'softmax')];
const reg = (h: Json[]): Json[] => [...h, d(1)];

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.activation-swish', { data: I(), layers: bin([d(16, 'swish'), d(8, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('invalid-spec.optimizer-adamw', { data: T(), layers: four([d(16, 'relu')]), loss: 'cce', optimizer: opt('adamw', 0.003, { weightDecay: 0.01 }), training: tr(80, 32) });
spec('invalid-spec.loss-keras-name', { data: B(), layers: bin([d(12, 'tanh')]), loss: 'binary_crossentropy', optimizer: opt('rmsprop', 0.003), training: tr(80, 16) });
spec('invalid-spec.dropout-percent', { data: I(), layers: bin([d(32, 'relu'), drop(30), d(16, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.002), training: tr(80, 32) });
spec('invalid-spec.init-glorot', { data: S(), layers: reg([d(16, 'tanh', { init: 'glorot_uniform' })]), loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
// data-error
spec('data-error.case-id-as-feature', { data: { csv: '../data/intake.csv', target: 'released', normalize: 'standard' }, layers: bin([d(16, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.target-typo', { data: T({ target: 'species' }), layers: four([d(16, 'relu')]), loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('data-error.gaps-sheet', { data: I({ csv: '../data/intake-gaps.csv' }), layers: bin([d(16, 'elu')]), loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.next-year-file', { data: S({ csv: '../data/stay-2025.csv' }), layers: reg([d(16, 'relu')]), loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.home-folder-path', { data: B({ csv: '../../../../../home/vet/exports/bloods-eu.csv' }), layers: bin([d(8, 'relu')]), loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 16) });
spec('data-error.date-column-feature', { data: I({ features: ['admitted', 'weight_g', 'body_condition', 'dehydration_pct', 'wound_score'] }), layers: bin([d(12, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
// shape-mismatch
spec('shape-mismatch.three-groups-head', { data: T(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('shape-mismatch.two-unit-sigmoid', { data: B(), layers: [d(12, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.days-and-cost-one-unit', { data: S({ target: ['days_in_care', 'food_cost_usd'] }), layers: reg([d(16, 'relu')]), loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.five-group-head', { data: T(), layers: [d(24, 'tanh'), d(5, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(80, 32) });
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse', { data: T(), layers: four([d(16, 'relu')]), loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: I(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: T(), layers: [d(16, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('loss-activation-mismatch.relu-head-standardised-days', { data: S(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('loss-activation-mismatch.sigmoid-head-standardised-feeds', { data: V(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 16) });
// init-symmetry
spec('init-symmetry.zeros-hidden', { data: I(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('init-symmetry.constant-triage', { data: T(), layers: [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-symmetry.zeros-both-layers', { data: S(), layers: [d(12, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
spec('init-symmetry.constant-volunteers', { data: V(), layers: [d(10, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(120, 16) });
// init-scale
spec('init-scale.normal-std-8', { data: I(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(60, 32) });
spec('init-scale.uniform-tiny-deep', { data: T(), layers: [d(16, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(4, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(80, 32) });
spec('init-scale.normal-std-30-relu', { data: B(), layers: [d(24, 'relu', { init: { name: 'normal', std: 30 } }), d(12, 'relu', { init: { name: 'normal', std: 30 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 16) });
spec('init-scale.normal-tiny-tanh-stack', { data: S(), layers: [d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(1, 'linear', { init: { name: 'normal', std: 1e-4 } })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
// no-nonlinearity
spec('no-nonlinearity.linear-stack-triage', { data: T(), layers: [d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('no-nonlinearity.linear-hidden-intake', { data: I(), layers: [d(24, 'linear'), d(24, 'linear'), d(12, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(80, 32) });
spec('no-nonlinearity.linear-hidden-volunteers', { data: V(), layers: [d(16, 'linear'), d(8, 'linear'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(150, 16) });
spec('no-nonlinearity.moons-linear-deep', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
// lr-out-of-range
spec('lr-out-of-range.zero-rate', { data: I(), layers: bin([d(16, 'relu')]), loss: 'bce', optimizer: opt('sgd', 0, { momentum: 0.9 }), training: tr(80, 32) });
spec('lr-out-of-range.negative-rate', { data: T(), layers: four([d(16, 'tanh')]), loss: 'cce', optimizer: opt('adam', -0.001), training: tr(80, 32) });
spec('lr-out-of-range.adam-rate-40', { data: B(), layers: bin([d(12, 'relu')]), loss: 'bce', optimizer: opt('adam', 40), training: tr(80, 32) });
spec('lr-out-of-range.rmsprop-rate-100', { data: S(), layers: reg([d(16, 'relu')]), loss: 'mse', optimizer: opt('rmsprop', 100), training: tr(80, 32) });
// dead-relu
spec('dead-relu.negative-bias', { data: I(), layers: [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('dead-relu.sgd-rate-kills-units', { data: S(), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.6), training: tr(80, 8) });
spec('dead-relu.bias-minus-4-second-layer', { data: T(), layers: [d(24, 'relu'), d(24, 'relu', { bias: -4 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('dead-relu.raw-grams-relu', { data: I({ normalize: 'none' }), layers: [d(16, 'relu', { bias: -1 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(80, 32) });
// exploding-gradient
spec('exploding-gradient.raw-feeds-target', { data: V({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6), training: tr(60, 16) });
spec('exploding-gradient.raw-food-cost', { data: S({ target: 'food_cost_usd', normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(60, 32) });
spec('exploding-gradient.deep-wide-init', { data: S(), layers: [d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(1, 'linear', { init: { name: 'normal', std: 0.8 } })], loss: 'mse', optimizer: opt('sgd', 1e-4), training: tr(40, 32) });
spec('exploding-gradient.raw-grams-days', { data: S({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', { data: I(), layers: bin([d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
spec('vanishing-gradient.deep-sigmoid-triage', { data: T(), layers: four([d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid')]), loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.5 }), training: tr(60, 32) });
spec('vanishing-gradient.tanh-small-init-deep', { data: B(), layers: bin([0, 1, 2, 3, 4, 5].map(() => d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }))), loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(60, 16) });
spec('vanishing-gradient.sigmoid-stack-days', { data: S(), layers: reg([0, 1, 2, 3, 4, 5, 6, 7, 8].map(() => d(8, 'sigmoid'))), loss: 'mse', optimizer: opt('sgd', 0.02), training: tr(60, 32) });
// nan-loss
spec('nan-loss.raw-feeds-sgd', { data: V({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 16) });
spec('nan-loss.raw-cost-momentum', { data: S({ target: 'food_cost_usd', normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 16) });
spec('nan-loss.raw-intake-linear-sgd', { data: I({ normalize: 'none' }), layers: [d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(60, 16) });
spec('nan-loss.volunteers-sgd-rate-one', { data: V({ normalize: 'none' }), layers: [d(12, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1), training: tr(60, 32) });
// lr-too-high
spec('lr-too-high.sgd-rate-3', { data: I(), layers: bin([d(32, 'tanh'), d(16, 'tanh')]), loss: 'bce', optimizer: opt('sgd', 3), training: tr(80, 16) });
spec('lr-too-high.adam-rate-half', { data: T(), layers: four([d(32, 'relu'), d(16, 'relu')]), loss: 'cce', optimizer: opt('adam', 0.5), training: tr(80, 32) });
spec('lr-too-high.rmsprop-rate-0p3', { data: S(), layers: reg([d(24, 'tanh'), d(12, 'tanh')]), loss: 'mse', optimizer: opt('rmsprop', 0.3), training: tr(80, 32) });
spec('lr-too-high.nesterov-rate-1', { data: B(), layers: bin([d(16, 'elu')]), loss: 'bce', optimizer: opt('sgd', 1, { momentum: 0.9, nesterov: true }), training: tr(80, 16) });
// lr-too-low
spec('lr-too-low.sgd-1e-5', { data: I(), layers: bin([d(16, 'relu')]), loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(100, 32) });
spec('lr-too-low.adam-1e-6', { data: T(), layers: four([d(24, 'tanh')]), loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
spec('lr-too-low.rmsprop-1e-6', { data: S(), layers: reg([d(16, 'relu'), d(8, 'relu')]), loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: tr(100, 32) });
spec('lr-too-low.momentum-2e-6-full-batch', { data: V(), layers: reg([d(16, 'elu')]), loss: 'mse', optimizer: opt('sgd', 2e-6, { momentum: 0.9 }), training: tr(200, 300) });
// saturated-activation
spec('saturated-activation.sigmoid-raw-grams', { data: I({ normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.tanh-big-init', { data: T(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(80, 32) });
spec('saturated-activation.sigmoid-bias-8', { data: B(), layers: [d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 16) });
spec('saturated-activation.tanh-raw-bloods', { data: B({ normalize: 'none' }), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 16) });
// loss-plateau
spec('loss-plateau.one-unit-bottleneck', { data: T(), layers: [d(1, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('loss-plateau.spirals-too-small', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(2, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
spec('loss-plateau.circles-sgd-sigmoid', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(4, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(150, 32) });
spec('loss-plateau.heavy-decay', { data: I(), layers: bin([d(32, 'relu'), d(16, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.003, { weightDecay: 2 }), training: tr(100, 32) });
spec('loss-plateau.xor-sigmoid-sgd', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(3, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(200, 32) });
// oscillating-loss
spec('oscillating-loss.momentum-0p99-batch-1', { data: B(), layers: bin([d(16, 'relu')]), loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: tr(60, 1) });
spec('oscillating-loss.rmsprop-0p05-batch-4', { data: S(), layers: reg([d(32, 'relu'), d(16, 'relu')]), loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(80, 4) });
spec('oscillating-loss.full-batch-edge', { data: V(), layers: reg([d(16, 'tanh')]), loss: 'mse', optimizer: opt('sgd', 1.2), training: tr(150, 300) });
spec('oscillating-loss.adam-0p1-batch-2', { data: I(), layers: bin([d(32, 'relu'), d(32, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.1), training: tr(60, 2) });

// ---------------- healthy ----------------
spec('ok.intake-adam-relu', { data: I(), layers: bin([d(32, 'relu'), drop(0.2), d(16, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.002), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.intake-sgd-plain-tanh', { data: I(), layers: bin([d(16, 'tanh')]), loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 16) });
spec('ok.intake-nesterov-elu', { data: I({ normalize: 'minmax' }), layers: bin([d(24, 'elu'), d(12, 'elu')]), loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
spec('ok.intake-rmsprop-batchnorm', { data: I(), layers: bin([d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true })]), loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(60, 64) });
spec('ok.intake-full-batch-adam', { data: I(), layers: bin([d(16, 'leaky_relu')]), loss: 'bce', optimizer: opt('adam', 0.02), training: tr(300, 480) });
spec('ok.intake-batch-1-sgd', { data: I(), layers: bin([d(8, 'tanh')]), loss: 'bce', optimizer: opt('sgd', 0.005), training: tr(30, 1) });
spec('ok.intake-few-features', { data: I({ features: ['body_condition', 'dehydration_pct', 'wound_score', 'temp_c'] }), layers: bin([d(8, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('ok.intake-clip-weight-decay', { data: I(), layers: bin([d(64, 'relu'), drop(0.3), d(32, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.001, { weightDecay: 1e-4, clipNorm: 1 }), training: tr(60, 32, { validationSplit: 0.15 }) });
spec('ok.intake-cce-two-class', { data: I(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('ok.triage-adam-relu', { data: T(), layers: four([d(32, 'relu'), d(16, 'relu')]), loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('ok.triage-momentum-tanh', { data: T(), layers: four([d(16, 'tanh')]), loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 16) });
spec('ok.triage-rmsprop-dropout', { data: T({ normalize: 'minmax' }), layers: four([d(48, 'elu'), drop(0.25), d(24, 'elu')]), loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.triage-deep-narrow-leaky', { data: T(), layers: four([d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(12, 'leaky_relu')]), loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.triage-sigmoid-hidden', { data: T(), layers: four([d(16, 'sigmoid')]), loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.triage-batchnorm-sgd', { data: T(), layers: four([d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true })]), loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 64) });
spec('ok.stay-adam-relu', { data: S(), layers: reg([d(32, 'relu'), d(16, 'relu')]), loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.stay-minmax-target', { data: S({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: reg([d(24, 'tanh')]), loss: 'mse', optimizer: opt('adam', 0.01), training: tr(200, 32) });
spec('ok.stay-sgd-momentum-elu', { data: S(), layers: reg([d(16, 'elu'), d(8, 'elu')]), loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150, 16) });
spec('ok.stay-rmsprop-val', { data: S(), layers: reg([d(32, 'leaky_relu')]), loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 32, { validationSplit: 0.25 }) });
spec('ok.stay-two-targets', { data: S({ target: ['days_in_care', 'food_cost_usd'] }), layers: [d(32, 'relu'), d(16, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('ok.stay-cost-standardised', { data: S({ target: 'food_cost_usd' }), layers: reg([d(32, 'relu'), d(32, 'relu')]), loss: 'mse', optimizer: opt('adam', 0.002), training: tr(120, 32) });
spec('ok.stay-full-batch-rmsprop', { data: S(), layers: reg([d(16, 'tanh'), d(16, 'tanh')]), loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(300, 400) });
spec('ok.bloods-adam', { data: B(), layers: bin([d(16, 'relu')]), loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 16) });
spec('ok.bloods-nesterov-tanh', { data: B(), layers: bin([d(12, 'tanh'), d(6, 'tanh')]), loss: 'bce', optimizer: opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), training: tr(100, 16) });
spec('ok.bloods-minmax-rmsprop', { data: B({ normalize: 'minmax' }), layers: bin([d(24, 'elu')]), loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(120, 32) });
spec('ok.bloods-logistic-regression', { data: B(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 32) });
spec('ok.volunteers-adam', { data: V(), layers: reg([d(32, 'relu'), d(16, 'relu')]), loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 16) });
spec('ok.volunteers-standard-sgd', { data: V({ normalize: 'standard' }), layers: reg([d(16, 'tanh')]), loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(200, 16) });
spec('ok.volunteers-elu-rmsprop-clip', { data: V({ normalize: 'standard' }), layers: reg([d(24, 'elu'), d(12, 'elu')]), loss: 'mse', optimizer: opt('rmsprop', 0.002, { clipNorm: 5 }), training: tr(150, 32) });
spec('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 16) });
spec('ok.iris-momentum-batch-1', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 1) });
spec('ok.moons-adam', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-rmsprop', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(200, 32) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(48, 'relu'), d(48, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.blobs-five-sgd', { data: { builtin: 'blobs', samples: 400, classes: 5, noise: 0.2 }, layers: [d(16, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.xor-elu-nesterov', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(200, 16) });
spec('ok.inline-ward-capacity', { data: { inline: { x: [[1, 0], [2, 0], [3, 1], [4, 1], [5, 0], [6, 1], [7, 1], [8, 0], [9, 1], [10, 1], [11, 0], [12, 1]], y: [3.1, 5.9, 10.2, 12.8, 14.9, 19.1, 22.2, 24.0, 28.1, 31.0, 32.8, 37.2] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 12) });
spec('ok.inline-release-label', { data: { inline: { x: [[3, 2], [4, 1], [5, 0], [2, 4], [1, 5], [1, 3], [4, 2], [5, 1], [2, 3], [1, 4], [3, 1], [2, 5]], y: ['release', 'release', 'release', 'hold', 'hold', 'hold', 'release', 'release', 'hold', 'hold', 'release', 'hold'] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(200, 4) });
spec('ok.intake-wide-shallow-sgd-decay', { data: I(), layers: bin([d(128, 'relu')]), loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.8, weightDecay: 1e-4 }), training: tr(80, 64) });
spec('ok.triage-xavier-normal-elu-val', { data: T(), layers: four([d(20, 'elu', { init: 'xavier_normal' }), d(10, 'elu', { init: 'lecun_normal' })]), loss: 'cce', optimizer: opt('adam', 0.004), training: tr(80, 16, { validationSplit: 0.2 }) });
spec('ok.stay-he-uniform-noshuffle', { data: S(), layers: reg([d(24, 'relu', { init: 'he_uniform' })]), loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32, { shuffle: false }) });
spec('ok.bloods-sigmoid-hidden-sgd', { data: B(), layers: bin([d(8, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(150, 32) });
spec('ok.triage-softmax-small-batch-rmsprop', { data: T(), layers: four([d(16, 'relu')]), loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(60, 4) });
// added after the first observation: the first init-symmetry and oscillating candidates did not show their fault
spec('init-symmetry.constant-every-layer', { data: I(), layers: [d(16, 'relu', { init: { name: 'constant', value: 0.2 } }), d(8, 'relu', { init: { name: 'constant', value: 0.2 } }), d(1, 'sigmoid', { init: { name: 'constant', value: 0.2 } })], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.zeros-everywhere-triage', { data: T(), layers: [d(24, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('oscillating-loss.logistic-full-batch-rate-20', { data: B(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 20), training: tr(150, 360) });
spec('oscillating-loss.full-batch-momentum-tanh', { data: I(), layers: bin([d(8, 'tanh')]), loss: 'bce', optimizer: opt('sgd', 2, { momentum: 0.9 }), training: tr(150, 480) });
spec('oscillating-loss.clipped-momentum-days', { data: S(), layers: reg([d(16, 'tanh')]), loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.95, clipNorm: 1 }), training: tr(120, 400) });
spec('oscillating-loss.adam-0p05-batch-1-triage', { data: T(), layers: four([d(16, 'tanh')]), loss: 'cce', optimizer: opt('adam', 0.05), training: tr(40, 1) });
console.log(`wrote ${n} candidates`);
