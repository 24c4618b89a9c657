/**
 * Writes every candidate spec of blind set 199 (tea estates and tea blenders) into candidates/:
 * `npx tsx test/faults-blind199/author.ts` from the repo root.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const EF = ['altitude_m', 'rainfall_mm', 'bush_age_yr', 'plucking_round_days', 'nitrogen_kg_ha', 'fertiliser_cost_usd', 'soil_ph', 'shade_pct'];
const BF = ['tannin_pct', 'caffeine_pct', 'moisture_pct', 'leaf_size_mm', 'theaflavin_pct', 'brew_temp_c', 'steep_s'];
const AF = ['lot_weight_kg', 'valuation_lkr', 'leaf_appearance', 'infusion_score', 'liquor_score', 'elevation_code'];
const WF = ['green_leaf_kg', 'air_temp_c', 'humidity_pct', 'fan_hours', 'start_moisture_pct'];

const yieldData = (x: J = {}) => ({ csv: '../data/estates.csv', target: 'yield_kg_ha', features: EF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const gradeData = (x: J = {}) => ({ csv: '../data/estates.csv', target: 'grade', features: EF, normalize: 'standard', ...x });
const blightData = (x: J = {}) => ({ csv: '../data/estates.csv', target: 'blister_blight', features: EF, normalize: 'standard', ...x });
const blendData = (x: J = {}) => ({ csv: '../data/blends.csv', target: 'blend', features: BF, normalize: 'standard', ...x });
const scoreData = (x: J = {}) => ({ csv: '../data/blends.csv', target: 'panel_score', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const auctionData = (x: J = {}) => ({ csv: '../data/auction.csv', target: 'price_lkr_kg', features: AF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const witherData = (x: J = {}) => ({ csv: '../data/withering.csv', target: 'end_moisture_pct', features: WF, normalize: 'minmax', normalizeTarget: 'standard', ...x });

const d = (units: number, activation: string, x: J = {}) => ({ type: 'dense', units, activation, ...x });
const drop = (rate: number) => ({ type: 'dropout', rate });
const sgd = (lr: number, x: J = {}) => ({ type: 'sgd', lr, ...x });
const adam = (lr: number, x: J = {}) => ({ type: 'adam', lr, ...x });
const rms = (lr: number, x: J = {}) => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize: number, x: J = {}) => ({ epochs, batchSize, ...x });

let count = 0;
function w(file: string, data: unknown, layers: unknown[], loss: string, optimizer: unknown, training: unknown, extra: J = {}): void {
  const name = file.replace(/\./g, '-');
  const spec = { name, seed: 199, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
  count++;
}

// ---------------- faults ----------------
// invalid-spec
w('invalid-spec.optimizer-adamw', gradeData(), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adamw', lr: 0.001 }, tr(60, 32));
w('invalid-spec.activation-gelu', blendData(), [d(24, 'gelu'), d(4, 'softmax')], 'cce', adam(0.003), tr(60, 16));
w('invalid-spec.loss-crossentropy', blightData(), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(60, 32));
w('invalid-spec.dropout-rate-one-and-half', scoreData(), [d(32, 'relu'), drop(1.5), d(1, 'linear')], 'mse', adam(0.003), tr(60, 32));
w('invalid-spec.units-zero', yieldData(), [d(0, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(60, 32));
w('invalid-spec.validation-split-one', witherData(), [d(16, 'elu'), d(1, 'linear')], 'mse', rms(0.003), tr(60, 16, { validationSplit: 1 }));
w('invalid-spec.batchsize-string', auctionData(), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), { epochs: 60, batchSize: 'full' });
// data-error
w('data-error.missing-file', yieldData({ csv: '../data/estate.csv' }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(60, 32));
w('data-error.altitude-with-units', yieldData({ csv: '../data/estates-units.csv' }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(60, 32));
w('data-error.na-rainfall', blightData({ csv: '../data/estates-gaps.csv' }), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 32));
w('data-error.target-typo', scoreData({ target: 'panel_scores' }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(60, 32));
w('data-error.harvest-date-feature', yieldData({ features: ['harvest_date', ...EF] }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(60, 32));
w('data-error.path-outside-workspace', witherData({ csv: '../../../../../factory/withering.csv' }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(60, 32));
// shape-mismatch
w('shape-mismatch.grade-two-units', gradeData(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.003), tr(60, 32));
w('shape-mismatch.blend-three-units', blendData(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(60, 16));
w('shape-mismatch.yield-two-outputs', yieldData(), [d(16, 'relu'), d(2, 'linear')], 'mse', adam(0.003), tr(60, 32));
w('shape-mismatch.blight-two-sigmoid', blightData(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(60, 32));
// loss-activation-mismatch
w('loss-activation-mismatch.softmax-mse-grade', gradeData(), [d(16, 'relu'), d(3, 'softmax')], 'mse', adam(0.003), tr(80, 32));
w('loss-activation-mismatch.bce-linear-head', blightData(), [d(12, 'relu'), d(1, 'linear')], 'bce', adam(0.003), tr(80, 32));
w('loss-activation-mismatch.cce-sigmoid-head', blendData(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.003), tr(80, 16));
w('loss-activation-mismatch.relu-head-yield', yieldData(), [d(16, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(80, 32));
w('loss-activation-mismatch.tanh-head-raw-score', scoreData({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(60, 32));
// init-symmetry
w('init-symmetry.zeros-hidden-grade', gradeData(), [d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', adam(0.003), tr(80, 32));
w('init-symmetry.constant-relu-yield', yieldData(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(1, 'linear')], 'mse', sgd(0.01, { momentum: 0.9 }), tr(80, 32));
w('init-symmetry.zeros-two-layers-wither', witherData(), [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'linear')], 'mse', rms(0.003), tr(80, 16));
w('init-symmetry.constant-blend', blendData(), [d(20, 'elu', { init: 'constant', value: 0.05 }), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 16));
// init-scale
w('init-scale.normal-std-8-blight', blightData(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(80, 32));
w('init-scale.uniform-tiny-deep', gradeData(), [d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(3, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', sgd(0.01), tr(80, 32));
w('init-scale.normal-std-20-relu-yield', yieldData(), [d(32, 'relu', { init: 'normal', std: 20 }), d(32, 'relu', { init: 'normal', std: 20 }), d(1, 'linear', { init: 'normal', std: 20 })], 'mse', sgd(0.001), tr(60, 32));
w('init-scale.sigmoid-std-5-wither', witherData(), [d(24, 'sigmoid', { init: 'normal', std: 5 }), d(1, 'linear')], 'mse', sgd(0.05), tr(80, 16));
// no-nonlinearity
w('no-nonlinearity.linear-stack-grade', gradeData(), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', adam(0.003), tr(80, 32));
w('no-nonlinearity.linear-deep-blend', blendData(), [d(24, 'linear'), d(24, 'linear'), d(24, 'linear'), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 16));
w('no-nonlinearity.default-activation-yield', yieldData(), [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, { type: 'dense', units: 1 }], 'mse', adam(0.003), tr(80, 32));
w('no-nonlinearity.linear-hidden-blight', blightData(), [d(16, 'linear', { batchNorm: true }), d(8, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(80, 32));
// lr-out-of-range
w('lr-out-of-range.zero-lr', yieldData(), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0), tr(60, 32));
w('lr-out-of-range.negative-lr', gradeData(), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(-0.05, { momentum: 0.9 }), tr(60, 32));
w('lr-out-of-range.adam-lr-50', blendData(), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(50), tr(60, 16));
w('lr-out-of-range.rms-lr-1e-9', scoreData(), [d(16, 'tanh'), d(1, 'linear')], 'mse', rms(1e-9), tr(60, 32));
// dead-relu
w('dead-relu.negative-bias-yield', yieldData(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'linear')], 'mse', adam(0.001), tr(80, 32));
w('dead-relu.sgd-big-step-kills', auctionData(), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', sgd(0.6), tr(60, 8));
w('dead-relu.bias-minus-3-grade', gradeData(), [d(24, 'relu', { bias: -3 }), d(3, 'softmax')], 'cce', sgd(0.01), tr(80, 32));
w('dead-relu.raw-features-bias-neg', witherData({ normalize: 'none' }), [d(16, 'relu', { bias: -200 }), d(1, 'linear')], 'mse', rms(0.001), tr(60, 16));
// exploding-gradient
w('exploding-gradient.raw-rainfall-target-kg', yieldData({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(1e-4), tr(40, 32));
w('exploding-gradient.raw-auction-price', auctionData({ normalize: 'none', normalizeTarget: 'none' }), [d(24, 'relu'), d(12, 'relu'), d(1, 'linear')], 'mse', sgd(0.001, { momentum: 0.9 }), tr(40, 16));
w('exploding-gradient.deep-big-init-wither', witherData(), [d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(1, 'linear')], 'mse', sgd(0.001), tr(40, 16));
w('exploding-gradient.raw-weight-leaky', auctionData({ normalize: 'none' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'linear')], 'mse', adam(0.01), tr(40, 32));
// vanishing-gradient
w('vanishing-gradient.deep-sigmoid-grade', gradeData(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.01), tr(60, 32));
w('vanishing-gradient.deep-tanh-small-init', blightData(), [d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 32));
w('vanishing-gradient.sigmoid-ten-deep-yield', yieldData(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1, 'linear')]), 'mse', sgd(0.02, { momentum: 0.5 }), tr(60, 32));
w('vanishing-gradient.deep-sigmoid-blend-rms', blendData(), [d(20, 'sigmoid', { init: 'normal', std: 0.02 }), d(20, 'sigmoid', { init: 'normal', std: 0.02 }), d(20, 'sigmoid', { init: 'normal', std: 0.02 }), d(20, 'sigmoid', { init: 'normal', std: 0.02 }), d(20, 'sigmoid', { init: 'normal', std: 0.02 }), d(4, 'softmax')], 'cce', sgd(0.005), tr(60, 16));
// nan-loss
w('nan-loss.sgd-lr-5-raw-yield', yieldData({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(5), tr(40, 32));
w('nan-loss.raw-everything-momentum', auctionData({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.05, { momentum: 0.9 }), tr(40, 8));
w('nan-loss.huge-init-relu-chain', witherData({ normalizeTarget: 'none' }), [d(64, 'relu', { init: 'normal', std: 1e6 }), d(64, 'relu', { init: 'normal', std: 1e6 }), d(64, 'relu', { init: 'normal', std: 1e6 }), d(1, 'linear', { init: 'normal', std: 1e6 })], 'mse', sgd(0.01), tr(30, 16));
w('nan-loss.rms-lr-3-raw-price', auctionData({ normalizeTarget: 'none' }), [d(16, 'elu'), d(1, 'linear')], 'mse', sgd(2, { nesterov: true, momentum: 0.9 }), tr(40, 16));
// lr-too-high
w('lr-too-high.adam-0p5-grade', gradeData(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.5), tr(80, 32));
w('lr-too-high.sgd-3-blight', blightData(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3), tr(80, 16));
w('lr-too-high.rms-0p3-score', scoreData(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', rms(0.3), tr(80, 32));
w('lr-too-high.sgd-1p2-wither-mse', witherData(), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(1.2, { momentum: 0.5 }), tr(80, 16));
// lr-too-low
w('lr-too-low.sgd-1e-5-grade', gradeData(), [d(24, 'relu'), d(3, 'softmax')], 'cce', sgd(1e-5), tr(80, 32));
w('lr-too-low.adam-1e-6-yield', yieldData(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', adam(1e-6), tr(80, 32));
w('lr-too-low.rms-1e-6-blend', blendData(), [d(20, 'tanh'), d(4, 'softmax')], 'cce', rms(1e-6), tr(80, 16));
w('lr-too-low.nesterov-1e-5-wither', witherData(), [d(16, 'elu'), d(1, 'linear')], 'mse', sgd(1e-5, { momentum: 0.9, nesterov: true }), tr(80, 16));
// saturated-activation
w('saturated-activation.raw-rainfall-tanh', blightData({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
w('saturated-activation.sigmoid-bias-8', gradeData(), [d(24, 'sigmoid', { bias: 8 }), d(3, 'softmax')], 'cce', sgd(0.05), tr(80, 32));
w('saturated-activation.raw-auction-sigmoid', auctionData({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'linear')], 'mse', rms(0.001), tr(80, 32));
w('saturated-activation.tanh-std-3-wither', witherData({ normalize: 'none' }), [d(24, 'tanh', { init: 'normal', std: 3 }), d(1, 'linear')], 'mse', adam(0.003), tr(80, 16));
// loss-plateau
w('loss-plateau.target-not-normalised-tanh', yieldData({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', adam(0.001), tr(100, 32));
w('loss-plateau.sigmoid-sgd-small-grade', gradeData(), [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.003), tr(100, 64));
w('loss-plateau.heavy-weight-decay-blend', blendData(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.01, { weightDecay: 5 }), tr(100, 16));
w('loss-plateau.raw-price-adam', auctionData({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.001), tr(100, 32));
// oscillating-loss
w('oscillating-loss.sgd-momentum-099-score', scoreData(), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.1, { momentum: 0.99 }), tr(100, 32));
w('oscillating-loss.full-batch-sgd-edge', witherData(), [d(8, 'linear'), d(1, 'linear')], 'mse', sgd(0.9), tr(100, 240));
w('oscillating-loss.batch1-sgd-blight', blightData(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(60, 1));
w('oscillating-loss.rms-0p05-grade-bs4', gradeData(), [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.05), tr(80, 4));

// ---------------- healthy ----------------
w('ok.yield-relu-adam', yieldData(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(150, 32));
w('ok.yield-elu-sgd-momentum', yieldData(), [d(24, 'elu'), d(1, 'linear')], 'mse', sgd(0.01, { momentum: 0.9 }), tr(150, 16));
w('ok.yield-tanh-rms-val', yieldData(), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', rms(0.002), tr(150, 32, { validationSplit: 0.2 }));
w('ok.yield-minmax-leaky-nesterov', yieldData({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1, 'linear')], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(200, 32));
w('ok.yield-linear-model', yieldData(), [d(1, 'linear')], 'mse', sgd(0.05), tr(100, 32));
w('ok.yield-batchnorm-dropout', yieldData(), [d(48, 'relu', { batchNorm: true }), drop(0.1), d(24, 'relu'), d(1, 'linear')], 'mse', adam(0.002, { weightDecay: 1e-4 }), tr(150, 64));
w('ok.yield-full-batch-adam', yieldData(), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.02), tr(300, 420));
w('ok.grade-relu-adam', gradeData(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(120, 32));
w('ok.grade-tanh-sgd-momentum', gradeData(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(120, 32));
w('ok.grade-deep-elu-rms', gradeData(), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], 'cce', rms(0.001), tr(100, 32, { validationSplit: 0.2 }));
w('ok.grade-sigmoid-hidden-adam', gradeData(), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
w('ok.grade-batch1-sgd', gradeData(), [d(12, 'relu'), d(3, 'softmax')], 'cce', sgd(0.005), tr(40, 1));
w('ok.grade-xavier-normal-clip', gradeData({ normalize: 'minmax' }), [d(24, 'tanh', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', adam(0.005, { clipNorm: 1 }), tr(150, 32));
w('ok.blight-relu-adam', blightData(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(120, 32));
w('ok.blight-logistic', blightData(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 32));
w('ok.blight-tanh-nesterov-val', blightData(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(120, 16, { validationSplit: 0.25 }));
w('ok.blight-he-uniform-rms', blightData(), [d(24, 'relu', { init: 'he_uniform' }), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), tr(120, 32));
w('ok.blend-relu-adam', blendData(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 16));
w('ok.blend-tanh-sgd', blendData(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.1), tr(120, 16));
w('ok.blend-softmax-regression', blendData(), [d(4, 'softmax')], 'cce', adam(0.02), tr(150, 32));
w('ok.blend-deep-leaky-momentum', blendData(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9 }), tr(100, 16));
w('ok.blend-lecun-elu-rms-wd', blendData({ normalize: 'minmax' }), [d(24, 'elu', { init: 'lecun_normal' }), d(4, 'softmax')], 'cce', rms(0.003, { weightDecay: 1e-4 }), tr(120, 32));
w('ok.blend-batchnorm-adam', blendData(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32, { validationSplit: 0.2 }));
w('ok.score-relu-adam', scoreData(), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(120, 32));
w('ok.score-tanh-rms', scoreData(), [d(24, 'tanh'), d(1, 'linear')], 'mse', rms(0.003), tr(120, 16));
w('ok.score-elu-sgd-full-batch', scoreData(), [d(16, 'elu'), d(1, 'linear')], 'mse', sgd(0.1, { momentum: 0.9 }), tr(400, 360));
w('ok.auction-relu-adam', auctionData(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(120, 32));
w('ok.auction-linear-sgd', auctionData(), [d(1, 'linear')], 'mse', sgd(0.05, { momentum: 0.5 }), tr(100, 16));
w('ok.auction-raw-features-minmax-target', auctionData({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', adam(0.005), tr(200, 16));
w('ok.auction-clip-nesterov', auctionData(), [d(32, 'elu'), d(1, 'linear')], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true, clipNorm: 5 }), tr(120, 8));
w('ok.wither-relu-adam', witherData(), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.005), tr(150, 16));
w('ok.wither-sigmoid-rms', witherData(), [d(16, 'sigmoid'), d(1, 'linear')], 'mse', rms(0.01), tr(200, 16));
w('ok.wither-deep-tanh-adam', witherData({ normalize: 'standard' }), [d(32, 'tanh'), d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', adam(0.001), tr(120, 32));
w('ok.wither-batch2-sgd', witherData({ normalize: 'standard' }), [d(8, 'relu'), d(1, 'linear')], 'mse', sgd(0.005), tr(60, 2));
w('ok.wither-dropout-leaky', witherData(), [d(48, 'leaky_relu'), drop(0.3), d(1, 'linear')], 'mse', adam(0.003), tr(200, 32));
w('ok.iris-relu-adam', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
w('ok.moons-tanh-sgd', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), tr(150, 32));
w('ok.circles-relu-rms', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(24, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 32));
w('ok.sine-tanh-adam', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(32, 'tanh'), d(1, 'linear')], 'mse', adam(0.01), tr(300, 32));
w('ok.blobs-four-sgd', { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05), tr(100, 32));
w('ok.spirals-deep-adam', { builtin: 'spirals', samples: 300, noise: 0.05 }, [d(64, 'relu'), d(64, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(300, 32));
w('ok.inline-cupping-strings', { inline: { x: [[5.2, 90], [6.8, 95], [5.5, 85], [7.1, 100], [5.0, 88], [6.5, 97], [5.8, 86], [7.4, 99], [5.1, 84], [6.9, 96], [5.6, 91], [7.0, 94]], y: ['brisk', 'malty', 'brisk', 'malty', 'brisk', 'malty', 'brisk', 'malty', 'brisk', 'malty', 'brisk', 'malty'] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(200, 12));
// ---------------- second pass (added after the first observation, before any filing) ----------------
w('dead-relu.bias-minus-5-blend', blendData(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(4, 'softmax')], 'cce', adam(0.001), tr(80, 16));
w('dead-relu.auction-bias-minus-4', auctionData(), [d(24, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', rms(0.001), tr(80, 32));
w('dead-relu.wither-bias-minus-8-momentum', witherData(), [d(32, 'relu', { bias: -8 }), d(32, 'relu'), d(1, 'linear')], 'mse', sgd(0.01, { momentum: 0.9 }), tr(80, 16));
w('oscillating-loss.sgd-momentum-095-yield-bs8', yieldData(), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.08, { momentum: 0.95 }), tr(100, 8));
w('oscillating-loss.adam-0p05-blend-bs2', blendData(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.05), tr(60, 2));
w('oscillating-loss.linear-sgd-0p8-auction', auctionData(), [d(1, 'linear')], 'mse', sgd(0.8), tr(100, 32));
w('ok.grade-nesterov-batchnorm', gradeData(), [d(24, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(100, 32));
w('ok.auction-rms-deep', auctionData(), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', rms(0.001), tr(100, 32, { validationSplit: 0.2 }));
w('ok.blend-adam-dropout-val', blendData(), [d(48, 'tanh'), drop(0.25), d(4, 'softmax')], 'cce', adam(0.002), tr(120, 32, { validationSplit: 0.2 }));
w('ok.yield-rms-wd-clip', yieldData(), [d(24, 'relu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', rms(0.003, { weightDecay: 1e-3, clipNorm: 2 }), tr(150, 16));
console.log(`${count} candidates written`);
