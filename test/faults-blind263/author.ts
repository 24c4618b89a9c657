/**
 * Writes every candidate spec of fault set blind263 (Christmas-tree farms) into candidates/:
 * `npx tsx test/faults-blind263/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
let seed = 263;
function spec(file: string, s: Obj): void {
  const name = file.replace(/\.nn\.json$/, '');
  const body = { name: name.split('.').slice(1).join('.') || name, seed: seed++, ...s };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
const D = (a: string, units: number, extra: Obj = {}): Obj => ({ type: 'dense', units, activation: a, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

const LOTF = ['age_years', 'height_cm', 'fullness_score', 'needle_retention_pct', 'fertilizer_kg_ha', 'rainfall_mm', 'soil_ph', 'species_code'];
const GRF = ['taper_ratio', 'density_score', 'symmetry_pct', 'color_index', 'height_cm', 'bare_patches'];
const NCF = ['humidity_pct', 'days_since_spray', 'canopy_density', 'rainfall_mm', 'stand_age', 'slope_deg'];
const lots = (extra: Obj = {}): Obj => ({ csv: '../data/lots.csv', target: 'price_eur', features: LOTF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const grades = (extra: Obj = {}): Obj => ({ csv: '../data/grades.csv', target: 'grade', features: GRF, normalize: 'standard', ...extra });
const gradesX = (extra: Obj = {}): Obj => ({ csv: '../data/grades-export.csv', target: 'grade', features: GRF, normalize: 'minmax', ...extra });
const nc = (extra: Obj = {}): Obj => ({ csv: '../data/needlecast.csv', target: 'infected', features: NCF, normalize: 'standard', ...extra });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.relu-camelcase', { data: grades(), layers: [D('ReLu', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 32) });
spec('invalid-spec.adamw-optimizer', { data: lots(), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adamw', 0.003, { weightDecay: 0.01 }), training: tr(80, 32) });
spec('invalid-spec.keras-loss-name', { data: grades(), layers: [D('tanh', 12), D('softmax', 3)], loss: 'categorical_crossentropy', optimizer: opt('rmsprop', 0.005), training: tr(60, 16) });
spec('invalid-spec.dropout-percent', { data: nc(), layers: [D('relu', 24), drop(30), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
spec('invalid-spec.glorot-init', { data: lots(), layers: [D('tanh', 16, { init: 'glorot_uniform' }), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('invalid-spec.validation-split-whole', { data: nc(), layers: [D('elu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32, { validationSplit: 1.0 }) });
// data-error
spec('data-error.lot-file-typo', { data: { ...lots(), csv: '../data/lot.csv' }, layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.target-price-name', { data: { ...lots(), target: 'price' }, layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.tag-id-column-included', { data: { csv: '../data/lots.csv', target: 'price_eur', normalize: 'standard', normalizeTarget: 'standard' }, layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.crew-missing-markers', { data: { ...lots(), csv: '../data/lots-gaps.csv' }, layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(80, 16) });
spec('data-error.euro-sign-prices', { data: { csv: '../data/sales-ledger.csv', target: 'price', normalize: 'standard', normalizeTarget: 'standard' }, layers: [D('relu', 8), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(80, 16) });
spec('data-error.revenue-thousands', { data: { csv: '../data/wreaths.csv', target: 'revenue_eur', normalize: 'standard', normalizeTarget: 'standard' }, layers: [D('relu', 8), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(80, 8) });
spec('data-error.shared-drive-path', { data: { ...nc(), csv: '../../../../../../srv/farm-share/needlecast.csv' }, layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
// shape-mismatch
spec('shape-mismatch.two-grades-head', { data: grades(), layers: [D('relu', 16), D('softmax', 2)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 32) });
spec('shape-mismatch.four-grade-head', { data: gradesX(), layers: [D('tanh', 16), D('softmax', 4)], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(60, 32) });
spec('shape-mismatch.bce-two-units', { data: nc(), layers: [D('relu', 16), D('sigmoid', 2)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
spec('shape-mismatch.price-two-outputs', { data: lots(), layers: [D('relu', 16), D('linear', 2)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(60, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: lots({ target: ['price_eur', 'fullness_score'], features: ['age_years', 'height_cm', 'needle_retention_pct', 'species_code'] }), layers: [D('elu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(60, 32) });
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-price', { data: lots(), layers: [D('relu', 16), D('softmax', 1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: nc(), layers: [D('relu', 16), D('linear', 1)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: grades(), layers: [D('relu', 16), D('sigmoid', 3)], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('loss-activation-mismatch.relu-head-standardised-price', { data: lots(), layers: [D('tanh', 16), D('relu', 1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('loss-activation-mismatch.tanh-head-bce', { data: nc(), layers: [D('relu', 16), D('tanh', 1)], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.sigmoid-head-raw-price', { data: lots({ normalizeTarget: 'none' }), layers: [D('relu', 16), D('sigmoid', 1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
// init-symmetry
spec('init-symmetry.zeros-hidden', { data: grades(), layers: [D('tanh', 16, { init: { name: 'zeros' } }), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
spec('init-symmetry.constant-hidden', { data: nc(), layers: [D('sigmoid', 12, { init: { name: 'constant', value: 0.1 } }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-symmetry.zeros-two-layers', { data: lots(), layers: [D('relu', 24, { init: 'zeros' }), D('relu', 12, { init: 'zeros' }), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
spec('init-symmetry.constant-deep-tanh', { data: gradesX(), layers: [D('tanh', 16), D('tanh', 16, { init: { name: 'constant', value: 0.05 } }), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 16) });
// init-scale
spec('init-scale.normal-std-8', { data: grades(), layers: [D('tanh', 32, { init: { name: 'normal', std: 8 } }), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-scale.uniform-tiny-deep', { data: nc(), layers: [D('relu', 16, { init: { name: 'uniform', limit: 1e-5 } }), D('relu', 16, { init: { name: 'uniform', limit: 1e-5 } }), D('relu', 16, { init: { name: 'uniform', limit: 1e-5 } }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('init-scale.normal-std-30-relu', { data: lots(), layers: [D('relu', 32, { init: { name: 'normal', std: 30 } }), D('relu', 16, { init: { name: 'normal', std: 30 } }), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('init-scale.uniform-limit-5', { data: gradesX(), layers: [D('sigmoid', 24, { init: { name: 'uniform', limit: 5 } }), D('softmax', 3, { init: { name: 'uniform', limit: 5 } })], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(80, 16) });
// no-nonlinearity
spec('no-nonlinearity.linear-stack-grades', { data: grades(), layers: [D('linear', 32), D('linear', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('no-nonlinearity.linear-stack-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [D('linear', 16), D('linear', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.default-activation-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [{ type: 'dense', units: 24 }, { type: 'dense', units: 24 }, D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 32) });
spec('no-nonlinearity.linear-hidden-needlecast', { data: nc(), layers: [D('linear', 32, { batchNorm: true }), D('linear', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', { data: grades(), layers: [D('relu', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 5), training: tr(60, 32) });
spec('lr-out-of-range.sgd-lr-80', { data: nc(), layers: [D('tanh', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 80), training: tr(60, 32) });
spec('lr-out-of-range.rmsprop-1e-8', { data: lots(), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 1e-8), training: tr(60, 32) });
spec('lr-out-of-range.adam-lr-negative', { data: grades(), layers: [D('elu', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', -0.001), training: tr(60, 32) });
// dead-relu
spec('dead-relu.negative-bias', { data: grades(), layers: [D('relu', 32, { bias: -6 }), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('dead-relu.raw-features-sgd', { data: lots({ normalize: 'none' }), layers: [D('relu', 32), D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(80, 16) });
spec('dead-relu.bias-minus-3-deep', { data: nc(), layers: [D('relu', 24), D('relu', 24, { bias: -3 }), D('relu', 24, { bias: -3 }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
spec('dead-relu.adam-big-step', { data: gradesX(), layers: [D('relu', 32), D('relu', 32), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(60, 16) });
// exploding-gradient
spec('exploding-gradient.raw-lots-sgd', { data: lots({ normalize: 'none', normalizeTarget: 'none' }), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 1e-4), training: tr(60, 32) });
spec('exploding-gradient.raw-price-target', { data: lots({ normalizeTarget: 'none' }), layers: [D('tanh', 32), D('tanh', 32), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.deep-big-init', { data: nc(), layers: [D('linear', 32, { init: { name: 'normal', std: 1.5 } }), D('leaky_relu', 32, { init: { name: 'normal', std: 1.5 } }), D('leaky_relu', 32, { init: { name: 'normal', std: 1.5 } }), D('leaky_relu', 32, { init: { name: 'normal', std: 1.5 } }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
spec('exploding-gradient.raw-rainfall-elu', { data: nc({ normalize: 'none' }), layers: [D('elu', 32), D('elu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(40, 32) });
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-grades', { data: grades(), layers: [D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('vanishing-gradient.deep-tanh-tiny-init', { data: nc(), layers: Array.from({ length: 6 }, () => D('tanh', 16, { init: { name: 'normal', std: 0.02 } })).concat([D('sigmoid', 1)]), loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(80, 32) });
spec('vanishing-gradient.sigmoid-tower-lots', { data: lots(), layers: Array.from({ length: 8 }, () => D('sigmoid', 12)).concat([D('linear', 1)]), loss: 'mse', optimizer: opt('sgd', 0.02), training: tr(80, 32) });
spec('vanishing-gradient.deep-sigmoid-small-normal', { data: gradesX(), layers: Array.from({ length: 6 }, () => D('sigmoid', 24, { init: { name: 'normal', std: 0.1 } })).concat([D('softmax', 3)]), loss: 'cce', optimizer: opt('rmsprop', 1e-4), training: tr(60, 32) });
// nan-loss
spec('nan-loss.raw-lots-sgd-lr', { data: lots({ normalize: 'none', normalizeTarget: 'none' }), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
spec('nan-loss.raw-fertilizer-momentum', { data: lots({ normalize: 'none' }), layers: [D('leaky_relu', 32), D('leaky_relu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(40, 8) });
spec('nan-loss.huge-target-elu', { data: lots({ normalize: 'none', normalizeTarget: 'none' }), layers: [D('elu', 32), D('elu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.003, { momentum: 0.95 }), training: tr(40, 16) });
// lr-too-high
spec('lr-too-high.sgd-2-needlecast', { data: nc(), layers: [D('relu', 32), D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 2.0), training: tr(80, 32) });
spec('lr-too-high.adam-0.3-grades', { data: grades(), layers: [D('tanh', 32), D('tanh', 32), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(80, 32) });
spec('lr-too-high.rmsprop-0.2-lots', { data: lots(), layers: [D('relu', 32), D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: tr(80, 32) });
spec('lr-too-high.nesterov-1.5-lots', { data: lots(), layers: [D('tanh', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
spec('lr-too-high.sgd-momentum-grades', { data: gradesX(), layers: [D('elu', 24), D('softmax', 3)], loss: 'cce', optimizer: opt('sgd', 3, { momentum: 0.9 }), training: tr(80, 16) });
// lr-too-low
spec('lr-too-low.sgd-1e-5-grades', { data: grades(), layers: [D('relu', 32), D('softmax', 3)], loss: 'cce', optimizer: opt('sgd', 1e-5), training: tr(100, 32) });
spec('lr-too-low.adam-1e-6-lots', { data: lots(), layers: [D('relu', 32), D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
spec('lr-too-low.rmsprop-1e-6-needlecast', { data: nc(), layers: [D('tanh', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 1e-6), training: tr(100, 32) });
spec('lr-too-low.momentum-1e-5-fullbatch', { data: lots(), layers: [D('elu', 24), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(150, 320) });
// saturated-activation
spec('saturated-activation.sigmoid-raw-rainfall', { data: nc({ normalize: 'none' }), layers: [D('sigmoid', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.tanh-raw-lots', { data: lots({ normalize: 'none' }), layers: [D('tanh', 24), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
spec('saturated-activation.sigmoid-std-4', { data: grades(), layers: [D('sigmoid', 32, { init: { name: 'normal', std: 4 } }), D('softmax', 3)], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('saturated-activation.tanh-bias-6', { data: gradesX(), layers: [D('tanh', 24, { bias: 6 }), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
// loss-plateau
spec('loss-plateau.weight-decay-heavy', { data: grades(), layers: [D('relu', 32), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.01, { weightDecay: 2 }), training: tr(100, 32) });
spec('loss-plateau.dropout-0.9-tiny', { data: lots(), layers: [D('relu', 8), drop(0.9), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-plateau.one-unit-bottleneck', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [D('relu', 32), D('sigmoid', 1), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('loss-plateau.clipnorm-tiny-sgd', { data: nc(), layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.1, { clipNorm: 1e-4 }), training: tr(100, 32) });
spec('loss-plateau.fertilizer-only', { data: lots({ features: ['fertilizer_kg_ha', 'soil_ph', 'rainfall_mm'] }), layers: [D('relu', 32), D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
// oscillating-loss
spec('oscillating-loss.sgd-batch1-momentum', { data: nc(), layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.2, { momentum: 0.9 }), training: tr(60, 1) });
spec('oscillating-loss.adam-0.05-batch2', { data: lots(), layers: [D('relu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(60, 2) });
spec('oscillating-loss.rmsprop-batch4', { data: grades(), layers: [D('tanh', 32), D('softmax', 3)], loss: 'cce', optimizer: opt('rmsprop', 0.05), training: tr(60, 4) });
spec('oscillating-loss.fullbatch-sgd-edge', { data: lots(), layers: [D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.95), training: tr(80, 320) });

// ---------------- healthy ----------------
spec('ok.lots-adam-relu', { data: lots(), layers: [D('relu', 32), D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
spec('ok.lots-sgd-momentum-tanh', { data: lots(), layers: [D('tanh', 24), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(150, 16) });
spec('ok.lots-nesterov-elu', { data: lots({ normalize: 'minmax' }), layers: [D('elu', 32), D('elu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(200, 32) });
spec('ok.lots-rmsprop-batchnorm', { data: lots(), layers: [D('relu', 32, { batchNorm: true }), D('relu', 16, { batchNorm: true }), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 32) });
spec('ok.lots-linear-regression', { data: lots(), layers: [D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(150, 32) });
spec('ok.lots-plain-sgd-batch1', { data: lots(), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.003), training: tr(60, 1) });
spec('ok.lots-fullbatch-adam', { data: lots(), layers: [D('leaky_relu', 32), D('leaky_relu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(400, 320) });
spec('ok.lots-weight-decay-dropout', { data: lots(), layers: [D('relu', 64), drop(0.2), D('relu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(150, 32, { validationSplit: 0.15 }) });
spec('ok.lots-minmax-target', { data: lots({ normalizeTarget: 'minmax' }), layers: [D('elu', 16), D('sigmoid', 1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(200, 16) });
spec('ok.lots-clipnorm-deep', { data: lots(), layers: [D('relu', 32), D('relu', 32), D('relu', 16), D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, clipNorm: 1 }), training: tr(120, 32) });
spec('ok.lots-three-features-tanh-rms', { data: lots({ features: ['height_cm', 'fullness_score', 'species_code'] }), layers: [D('tanh', 16), D('tanh', 8), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(150, 8) });
spec('ok.grades-adam-relu', { data: grades(), layers: [D('relu', 32), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(120, 32, { validationSplit: 0.2 }) });
spec('ok.grades-export-semicolon', { data: gradesX(), layers: [D('tanh', 24), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
spec('ok.grades-sgd-momentum', { data: grades(), layers: [D('relu', 32), D('relu', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.grades-rmsprop-elu-dropout', { data: grades(), layers: [D('elu', 48), drop(0.3), D('softmax', 3)], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(150, 32) });
spec('ok.grades-batchnorm-sgd', { data: grades({ normalize: 'none' }), layers: [D('relu', 32, { batchNorm: true }), D('softmax', 3)], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(150, 32) });
spec('ok.grades-batch1-adam-small', { data: gradesX(), layers: [D('leaky_relu', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 5e-4), training: tr(60, 1) });
spec('ok.grades-fullbatch-nesterov', { data: grades(), layers: [D('tanh', 32), D('softmax', 3)], loss: 'cce', optimizer: opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), training: tr(300, 300) });
spec('ok.grades-softmax-regression', { data: grades(), layers: [D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(150, 32) });
spec('ok.grades-deep-narrow-sigmoid', { data: grades(), layers: [D('sigmoid', 16), D('sigmoid', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 16) });
spec('ok.needlecast-adam-relu', { data: nc(), layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.needlecast-logistic', { data: nc(), layers: [D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.2), training: tr(150, 32) });
spec('ok.needlecast-rmsprop-tanh', { data: nc(), layers: [D('tanh', 24), D('tanh', 12), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(120, 16) });
spec('ok.needlecast-minmax-sgd-momentum', { data: nc({ normalize: 'minmax' }), layers: [D('elu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.needlecast-clip-weightdecay', { data: nc(), layers: [D('relu', 32), drop(0.1), D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003, { clipNorm: 5, weightDecay: 1e-3 }), training: tr(100, 64) });
spec('ok.needlecast-batch4-sgd', { data: nc(), layers: [D('leaky_relu', 8), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.02), training: tr(80, 4) });
spec('ok.needlecast-batchnorm-adam', { data: nc({ normalize: 'none' }), layers: [D('relu', 24, { batchNorm: true }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('ok.needlecast-cce-two-units', { data: nc(), layers: [D('relu', 16), D('softmax', 2)], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [D('relu', 16), D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
spec('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [D('tanh', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [D('relu', 64), D('relu', 64), D('relu', 32), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [D('elu', 12), D('softmax', 3)], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [D('tanh', 32), D('tanh', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 32) });
spec('ok.xor-sigmoid-hidden', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [D('tanh', 8), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 16) });
spec('ok.blobs-four-classes', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [D('relu', 16), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
spec('ok.inline-stand-density', { data: { inline: { x: [[1, 2], [2, 3], [3, 5], [4, 4], [5, 7], [6, 8], [7, 8], [8, 10], [2, 1], [6, 5]], y: [3.1, 4.9, 7.8, 7.2, 11.1, 12.9, 13.6, 16.8, 2.9, 9.7] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(200, 10) });
spec('ok.inline-label-strings', { data: { inline: { x: [[0.9, 8], [0.8, 7.5], [0.2, 3], [0.3, 2.5], [0.85, 9], [0.25, 2], [0.7, 6.5], [0.35, 3.5], [0.95, 8.5], [0.15, 1.5], [0.75, 7], [0.3, 4]], y: ['sell', 'sell', 'mulch', 'mulch', 'sell', 'mulch', 'sell', 'mulch', 'sell', 'mulch', 'sell', 'mulch'] }, normalize: 'standard' }, layers: [D('tanh', 4), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(150, 4) });
spec('ok.lots-huber-like-long-small-lr', { data: lots(), layers: [D('relu', 48), D('relu', 24), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 3e-4), training: tr(400, 64) });
spec('ok.grades-wide-shallow-rms-batch8', { data: grades(), layers: [D('relu', 128), D('softmax', 3)], loss: 'cce', optimizer: opt('rmsprop', 5e-4), training: tr(100, 8) });
spec('ok.needlecast-deep-elu-nesterov', { data: nc(), layers: [D('elu', 32), D('elu', 32), D('elu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
spec('ok.lots-raw-features-batchnorm', { data: lots({ normalize: 'none' }), layers: [D('relu', 32, { batchNorm: true }), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.moons-sigmoid-hidden-rms', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [D('sigmoid', 24), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(250, 16) });
spec('ok.grades-lecun-elu-adam-batch64', { data: gradesX(), layers: [D('elu', 32, { init: 'lecun_normal' }), D('elu', 16, { init: 'lecun_normal' }), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(150, 64) });
spec('ok.lots-xavier-normal-tanh-sgd', { data: lots(), layers: [D('tanh', 32, { init: 'xavier_normal' }), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(200, 32) });

// second round of oscillating-loss candidates (added after the first observation showed the batch-1 SGD one diverging to NaN)
spec('oscillating-loss.sgd-batch2-grades', { data: grades(), layers: [D('relu', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('sgd', 0.8, { momentum: 0.5 }), training: tr(60, 2) });
spec('oscillating-loss.adam-0.03-batch1-needlecast', { data: nc(), layers: [D('elu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.03), training: tr(40, 1) });
spec('oscillating-loss.rmsprop-0.02-batch1-lots', { data: lots(), layers: [D('tanh', 16), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.02), training: tr(40, 1) });
