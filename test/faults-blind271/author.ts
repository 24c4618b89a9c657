/**
 * Writes every candidate spec of set blind271 (stamp dealers and philatelic auction houses) into
 * candidates/: `npx tsx test/faults-blind271/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Json = Record<string, unknown>;
let seed = 271;
function spec(name: string, body: Json): void {
  const full = { name: name.replace(/\./g, '-'), seed: seed++, ...body };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const LOTF = ['catalogue_gbp', 'estimate_low_gbp', 'condition_grade', 'centering_pct', 'perf_gauge', 'year_issued', 'never_hinged', 'certificate', 'bidders', 'lot_position'];
const EXF = ['paper_mm', 'perf_dev', 'uv_glow', 'watermark', 'colour_de', 'gum_ph'];
const COLF = ['stamps', 'pct_mint', 'countries', 'album_age', 'top10_share', 'valuer_hours'];
const lotsSold = (norm = 'standard', file = 'lots.csv', features: string[] = LOTF) => ({ csv: `../data/${file}`, target: 'sold', features, normalize: norm });
const lotsPrice = (norm = 'standard', tnorm = 'standard', features: string[] = LOTF) => ({ csv: '../data/lots.csv', target: 'hammer_gbp', features, normalize: norm, normalizeTarget: tnorm });
const expertise = (norm = 'standard', features: string[] = EXF) => ({ csv: '../data/expertise.csv', target: 'verdict', features, normalize: norm });
const coll = (norm = 'standard', tnorm = 'standard', target = 'offer_gbp') => ({ csv: '../data/collections.tsv', target, features: COLF, normalize: norm, normalizeTarget: tnorm });
const d = (units: number, activation: string, extra: Json = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, extra: Json = {}) => ({ epochs, batchSize, ...extra });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', { data: lotsSold(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(80, 32) });
spec('invalid-spec.keras-loss-name', { data: expertise(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('invalid-spec.dropout-as-percent', { data: lotsSold(), layers: [d(32, 'relu'), drop(30), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(60, 16) });
spec('invalid-spec.activation-swish', { data: coll(), layers: [d(16, 'swish'), d(16, 'swish'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.002 }, training: tr(150, 32) });
spec('invalid-spec.validation-split-percent', { data: lotsPrice(), layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(100, 32, { validationSplit: 20 }) });
// data-error
spec('data-error.last-years-export-missing', { data: { csv: '../data/lots-2020.csv', target: 'sold', normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('data-error.target-renamed-hammer', { data: { csv: '../data/lots.csv', target: 'hammer_price', features: LOTF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(120, 32) });
spec('data-error.sale-date-as-feature', { data: lotsSold('standard', 'lots.csv', ['sale_date', ...LOTF]), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('data-error.back-office-gaps', { data: lotsSold('standard', 'lots-gaps.csv'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: tr(80, 32) });
spec('data-error.shared-drive-path', { data: { csv: '../../../../../../srv/auction/lots.csv', target: 'sold', normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('data-error.sg-ref-feature', { data: expertise('standard', ['sg_ref', ...EXF]), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
// shape-mismatch
spec('shape-mismatch.three-verdicts-not-four', { data: expertise(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('shape-mismatch.two-sigmoid-units-sold', { data: lotsSold(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: { csv: '../data/collections.tsv', target: ['offer_gbp', 'offer_k'], features: COLF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('shape-mismatch.five-unit-head', { data: expertise(), layers: [d(32, 'elu'), d(16, 'elu'), d(5, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(100, 16) });
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-price-mse', { data: lotsPrice(), layers: [d(32, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: lotsSold(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: expertise(), layers: [d(24, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('loss-activation-mismatch.relu-head-standard-target', { data: coll(), layers: [d(24, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(150, 32) });
spec('loss-activation-mismatch.tanh-head-raw-pounds', { data: coll('standard', 'none'), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(100, 32) });
// init-symmetry
spec('init-symmetry.zeros-hidden', { data: expertise(), layers: [d(24, 'tanh', { init: 'zeros' }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('init-symmetry.constant-point-one', { data: lotsSold(), layers: [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(8, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(100, 32) });
spec('init-symmetry.zeros-both-layers', { data: coll(), layers: [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(150, 32) });
spec('init-symmetry.constant-half-tanh', { data: lotsPrice(), layers: [d(32, 'tanh', { init: { name: 'constant', value: 0.5 } }), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(120, 32) });
// init-scale
spec('init-scale.normal-std-ten', { data: lotsSold(), layers: [d(32, 'relu', { init: { name: 'normal', std: 10 } }), d(16, 'relu', { init: { name: 'normal', std: 10 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.001 }, training: tr(100, 32) });
spec('init-scale.uniform-limit-twenty', { data: expertise(), layers: [d(24, 'tanh', { init: { name: 'uniform', limit: 20 } }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(100, 32) });
spec('init-scale.tiny-deep-tanh', { data: coll(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(1, 'linear', { init: { name: 'normal', std: 1e-4 } })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(100, 32) });
spec('init-scale.normal-std-five-sigmoid', { data: lotsSold(), layers: [d(24, 'sigmoid', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 5 } })], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(100, 32) });
// no-nonlinearity
spec('no-nonlinearity.linear-stack-expertise', { data: expertise(), layers: [d(32, 'linear'), d(32, 'linear'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('no-nonlinearity.default-activation-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [{ type: 'dense', units: 16 }, { type: 'dense', units: 16 }, d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 32) });
spec('no-nonlinearity.linear-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(24, 'linear'), d(24, 'linear'), d(24, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(150, 32) });
spec('no-nonlinearity.linear-price-mlp', { data: lotsPrice(), layers: [d(32, 'linear', { batchNorm: true }), d(16, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(100, 32) });
// lr-out-of-range
spec('lr-out-of-range.adam-lr-fifty', { data: lotsSold(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 50 }, training: tr(60, 32) });
spec('lr-out-of-range.sgd-lr-hundred', { data: coll(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 100 }, training: tr(60, 32) });
spec('lr-out-of-range.rmsprop-1e-9', { data: expertise(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 1e-9 }, training: tr(100, 32) });
spec('lr-out-of-range.sgd-1e-8', { data: lotsPrice(), layers: [d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 1e-8, momentum: 0.9 }, training: tr(100, 32) });
// dead-relu
spec('dead-relu.negative-bias', { data: lotsSold(), layers: [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.001 }, training: tr(100, 32) });
spec('dead-relu.sgd-blowup-kills-units', { data: lotsPrice(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.5 }, training: tr(100, 16) });
spec('dead-relu.bias-minus-three-collections', { data: coll(), layers: [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.0005 }, training: tr(120, 32) });
spec('dead-relu.rmsprop-big-step', { data: expertise(), layers: [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.5 }, training: tr(80, 32) });
// exploding-gradient
spec('exploding-gradient.raw-catalogue-pounds', { data: lotsPrice('none', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(60, 32) });
spec('exploding-gradient.raw-collection-counts', { data: coll('none', 'none'), layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.0001, momentum: 0.9 }, training: tr(60, 32) });
spec('exploding-gradient.deep-std-one', { data: lotsPrice(), layers: [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'linear', { init: { name: 'normal', std: 1 } })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(60, 32) });
spec('exploding-gradient.raw-target-adam', { data: lotsPrice('standard', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(60, 32) });
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-sgd', { data: lotsSold(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(100, 32) });
spec('vanishing-gradient.deep-tanh-small-normal', { data: coll(), layers: [d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(100, 32) });
spec('vanishing-gradient.ten-sigmoid-expertise', { data: expertise(), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.5 }, training: tr(100, 32) });
spec('vanishing-gradient.deep-sigmoid-uniform-small', { data: lotsPrice(), layers: [...Array.from({ length: 6 }, () => d(20, 'sigmoid', { init: { name: 'uniform', limit: 0.05 } })), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.0001 }, training: tr(80, 32) });
// nan-loss
spec('nan-loss.raw-pounds-sgd-lr-point-one', { data: lotsPrice('none', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1 }, training: tr(40, 32) });
spec('nan-loss.raw-collections-momentum', { data: coll('none', 'none'), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(40, 16) });
spec('nan-loss.huge-init-linear-head', { data: lotsPrice('none', 'none'), layers: [d(16, 'linear', { init: { name: 'normal', std: 50 } }), d(16, 'relu', { init: { name: 'normal', std: 50 } }), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(40, 32) });
// lr-too-high
spec('lr-too-high.sgd-two', { data: lotsPrice(), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 2 }, training: tr(100, 32) });
spec('lr-too-high.adam-point-five', { data: expertise(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.5 }, training: tr(100, 32) });
spec('lr-too-high.rmsprop-point-three', { data: lotsSold(), layers: [d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.3 }, training: tr(100, 32) });
spec('lr-too-high.nesterov-one', { data: coll(), layers: [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.3, momentum: 0.9, nesterov: true }, training: tr(100, 32) });
// lr-too-low
spec('lr-too-low.sgd-1e-5', { data: lotsSold(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 1e-5 }, training: tr(100, 32) });
spec('lr-too-low.adam-1e-6', { data: expertise(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 1e-6 }, training: tr(100, 32) });
spec('lr-too-low.rmsprop-5e-6', { data: coll(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 5e-6 }, training: tr(150, 32) });
spec('lr-too-low.momentum-full-batch', { data: lotsPrice(), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.0001, momentum: 0.9 }, training: tr(100, 480) });
// saturated-activation
spec('saturated-activation.sigmoid-raw-pounds', { data: lotsSold('none'), layers: [d(24, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('saturated-activation.tanh-bias-five', { data: expertise(), layers: [d(24, 'tanh', { bias: 5 }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(100, 32) });
spec('saturated-activation.tanh-raw-collections', { data: coll('none', 'standard'), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(100, 32) });
spec('saturated-activation.sigmoid-std-four', { data: lotsPrice(), layers: [d(32, 'sigmoid', { init: { name: 'normal', std: 4 } }), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(100, 32) });
// loss-plateau
spec('loss-plateau.weight-decay-one', { data: lotsSold(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003, weightDecay: 1 }, training: tr(100, 32) });
spec('loss-plateau.dropout-ninety', { data: expertise(), layers: [d(16, 'relu'), drop(0.95), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) });
spec('loss-plateau.sigmoid-sgd-minmax-deep', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.1 }, layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(150, 32) });
spec('loss-plateau.heavy-decay-regression', { data: coll(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9, weightDecay: 2 }, training: tr(100, 32) });
// oscillating-loss
spec('oscillating-loss.momentum-099', { data: lotsPrice(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.99 }, training: tr(100, 32) });
spec('oscillating-loss.adam-batch-one', { data: lotsSold(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: tr(60, 1) });
spec('oscillating-loss.rmsprop-batch-two', { data: coll(), layers: [d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.03 }, training: tr(60, 2) });
spec('oscillating-loss.sgd-full-batch-edge', { data: expertise(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 3 }, training: tr(150, 420) });

// ---------------- healthy ----------------
spec('ok.sold-adam-relu', { data: lotsSold(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.sold-eu-export', { data: lotsSold('standard', 'lots-eu.csv'), layers: [d(24, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(100, 32) });
spec('ok.sold-sgd-momentum', { data: lotsSold('minmax'), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(150, 32) });
spec('ok.sold-nesterov-bn', { data: lotsSold(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, training: tr(80, 64) });
spec('ok.sold-batch-one-sgd', { data: lotsSold(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.005 }, training: tr(30, 1) });
spec('ok.sold-full-batch-adam', { data: lotsSold(), layers: [d(32, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(300, 480) });
spec('ok.sold-dropout-decay', { data: lotsSold(), layers: [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, training: tr(120, 32, { validationSplit: 0.15 }) });
spec('ok.sold-leaky-clip', { data: lotsSold(), layers: [d(24, 'leaky_relu', { init: 'he_uniform' }), d(24, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.001, clipNorm: 1 }, training: tr(100, 16) });
spec('ok.sold-few-features', { data: lotsSold('standard', 'lots.csv', ['condition_grade', 'centering_pct', 'never_hinged', 'certificate', 'bidders', 'catalogue_gbp']), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(100, 8) });
spec('ok.sold-sigmoid-hidden-lecun', { data: lotsSold(), layers: [d(16, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) });
spec('ok.price-adam-relu', { data: lotsPrice(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(150, 32) });
spec('ok.price-minmax-target', { data: lotsPrice('standard', 'minmax'), layers: [d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(150, 16) });
spec('ok.price-rmsprop-tanh', { data: lotsPrice(), layers: [d(24, 'tanh', { init: 'xavier_normal' }), d(24, 'tanh', { init: 'xavier_normal' }), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(150, 32) });
spec('ok.price-sgd-momentum-clip', { data: lotsPrice(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9, clipNorm: 5 }, training: tr(150, 32) });
spec('ok.price-deep-narrow-bn', { data: lotsPrice(), layers: [d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(8, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.002 }, training: tr(150, 32, { validationSplit: 0.2 }) });
spec('ok.price-linear-model', { data: lotsPrice(), layers: [d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02 }, training: tr(100, 32) });
spec('ok.collections-adam', { data: coll(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(200, 32) });
spec('ok.collections-offer-k-raw', { data: coll('standard', 'none', 'offer_k'), layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(200, 16) });
spec('ok.collections-nesterov', { data: coll('minmax', 'minmax'), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, training: tr(300, 16) });
spec('ok.collections-rmsprop-leaky', { data: coll(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001, weightDecay: 1e-4 }, training: tr(200, 32, { validationSplit: 0.2 }) });
spec('ok.collections-batch-four-sgd', { data: coll(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(100, 4) });
spec('ok.collections-full-batch-rmsprop', { data: coll(), layers: [d(32, 'elu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.005 }, training: tr(400, 300) });
spec('ok.expertise-adam', { data: expertise(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(150, 32, { validationSplit: 0.2 }) });
spec('ok.expertise-sgd-momentum', { data: expertise(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(150, 32) });
spec('ok.expertise-rmsprop-dropout', { data: expertise(), layers: [d(48, 'elu'), drop(0.25), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: tr(150, 16) });
spec('ok.expertise-minmax-batch-eight', { data: expertise('minmax'), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(120, 8) });
spec('ok.expertise-deep-bn-nesterov', { data: expertise(), layers: [d(24, 'relu', { batchNorm: true }), d(24, 'relu', { batchNorm: true }), d(24, 'relu', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, training: tr(100, 32) });
spec('ok.expertise-softmax-regression', { data: expertise(), layers: [d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.02 }, training: tr(200, 32) });
spec('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 16) });
spec('ok.moons-tanh-sgd', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(200, 32) });
spec('ok.circles-elu-rmsprop', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(24, 'elu'), d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.005 }, training: tr(200, 32) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(400, 32) });
spec('ok.blobs-four-classes-sgd', { data: { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(100, 16) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(400, 32) });
spec('ok.xor-inline-grading', { data: { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.9], [0.9, 0.1], [0.9, 0.9], [0.1, 0.1]], y: [0, 1, 1, 0, 1, 1, 0, 0] } }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: tr(400, 8) });
spec('ok.inline-perf-gauge-classes', { data: { inline: { x: [[11, 0.1], [11.5, 0.2], [12, 0.1], [12.5, 0.3], [13, 0.2], [13.5, 0.1], [14, 0.3], [14.5, 0.2], [11.2, 0.25], [12.2, 0.15], [13.2, 0.05], [14.2, 0.35]], y: ['coarse', 'coarse', 'coarse', 'medium', 'medium', 'medium', 'fine', 'fine', 'coarse', 'medium', 'medium', 'fine'] }, normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.02 }, training: tr(300, 4) });
spec('ok.sold-rmsprop-wide-shallow', { data: lotsSold(), layers: [d(128, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.0005 }, training: tr(80, 64) });
spec('ok.price-adam-batch-two', { data: lotsPrice(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.0005 }, training: tr(40, 2) });
spec('ok.collections-sigmoid-hidden-sgd', { data: coll(), layers: [d(16, 'sigmoid'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(200, 32) });
spec('ok.expertise-leaky-decay-clip', { data: expertise(), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003, weightDecay: 5e-4, clipNorm: 2 }, training: tr(150, 32) });
spec('ok.price-elu-rmsprop-batch-eight', { data: lotsPrice(), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.0005, weightDecay: 1e-4 }, training: tr(100, 8) });
spec('ok.collections-adam-deep-dropout', { data: coll(), layers: [d(48, 'relu'), drop(0.1), d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.001 }, training: tr(200, 16) });
spec('ok.expertise-tanh-full-batch-rmsprop', { data: expertise(), layers: [d(32, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.01 }, training: tr(300, 420) });
spec('ok.sold-eu-adam-elu', { data: lotsSold('minmax', 'lots-eu.csv'), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(150, 32) });
spec('ok.moons-leaky-nesterov', { data: { builtin: 'moons', samples: 400, noise: 0.2 }, layers: [d(32, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, training: tr(200, 16) });
