/**
 * Writes every candidate spec of fault set blind231 into candidates/:
 * `npx tsx test/faults-blind231/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
let seed = 231;
function spec(file: string, s: Obj): void {
  const body = { name: file.replace(/\./g, '-'), seed: seed++, ...s };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
const raw = (file: string, text: string) => fs.writeFileSync(path.join(out, `${file}.nn.json`), text);

const MF = ['height_cm', 'weight_g', 'wood_density', 'joint_count', 'string_count', 'control_bar_cm', 'paint_layers', 'bench_no'];
const SF = ['seats', 'tickets_sold', 'ticket_price', 'matinee', 'children_share', 'length_min', 'puppets_on_stage', 'review_stars'];
const RF = ['gauge_mm', 'length_cm', 'knots', 'load_g', 'swing_deg', 'humidity_pct'];
const mar = (target: string, extra: Obj = {}) => ({ csv: '../data/marionettes.csv', target, features: MF, normalize: 'standard', ...extra });
const shows = (target: string, extra: Obj = {}) => ({ csv: '../data/shows.csv', target, features: SF, normalize: 'standard', ...extra });
const rigs = (extra: Obj = {}) => ({ csv: '../data/rigs.csv', target: 'snapped', features: RF, normalize: 'standard', ...extra });
const d = (units: number, activation?: string, more: Obj = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: Obj = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: Obj = {}) => ({ epochs, batchSize, ...more });
const hoursReg = (extra: Obj = {}) => mar('carving_hours', { normalizeTarget: 'standard', ...extra });

// ---------- invalid-spec ----------
spec('invalid-spec.optimizer-adamw', { data: rigs(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(80, 32) });
spec('invalid-spec.activation-gelu', { data: shows('genre'), layers: [d(24, 'gelu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.loss-keras-name', { data: mar('tangle_return'), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.dropout-percent', { data: hoursReg(), layers: [d(32, 'relu'), drop(30), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.validation-split-one', { data: rigs(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(60, 16, { validationSplit: 1 }) });
spec('invalid-spec.init-glorot', { data: shows('genre'), layers: [d(16, 'tanh', { init: 'glorot_uniform' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(60, 32) });
raw('invalid-spec.trailing-comma', `{\n  "name": "rig-snap",\n  "data": { "csv": "../data/rigs.csv", "target": "snapped", "normalize": "standard" },\n  "layers": [\n    { "type": "dense", "units": 12, "activation": "relu" },\n    { "type": "dense", "units": 1, "activation": "sigmoid" },\n  ],\n  "loss": "bce"\n  "optimizer": { "type": "adam", "lr": 0.003 }\n}\n`);

// ---------- data-error ----------
spec('data-error.file-singular', { data: { ...mar('tangle_return'), csv: '../data/marionette.csv' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.target-renamed', { data: mar('returned_tangled'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.gaps-file', { data: { ...hoursReg(), csv: '../data/marionettes-gaps.csv' }, layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.maker-as-feature', { data: mar('tangle_return', { features: [...MF, 'maker'] }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.outside-workspace', { data: { ...rigs(), csv: '../../../../../home/theatre/rigs.csv' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.venue-feature', { data: shows('genre', { features: ['venue', ...SF] }), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });

// ---------- shape-mismatch ----------
spec('shape-mismatch.genre-two-units', { data: shows('genre'), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.genre-four-units', { data: shows('genre'), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.tangle-two-sigmoid', { data: mar('tangle_return'), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.hours-three-outputs', { data: hoursReg(), layers: [d(16, 'relu'), d(3)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: mar('', { target: ['carving_hours', 'price_eur'], normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });

// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.bce-linear-head', { data: mar('tangle_return'), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: shows('genre'), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.mse-softmax-regression', { data: hoursReg(), layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.bce-relu-head', { data: rigs(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('loss-activation-mismatch.standardised-hours-sigmoid', { data: hoursReg(), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.standardised-revenue-relu', { data: shows('revenue', { normalizeTarget: 'standard' }), layers: [d(24, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });

// ---------- init-symmetry ----------
spec('init-symmetry.zeros-hidden', { data: rigs(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.constant-hidden', { data: shows('genre'), layers: [d(20, 'relu', { init: { name: 'constant', value: 0.1 } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('init-symmetry.zeros-two-layers', { data: hoursReg(), layers: [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });

// ---------- init-scale ----------
spec('init-scale.normal-std-five', { data: mar('tangle_return'), layers: [d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(16, 'relu', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('init-scale.uniform-tiny-deep', { data: shows('genre'), layers: [d(32, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(3, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('init-scale.normal-std-twenty', { data: hoursReg(), layers: [d(24, 'tanh', { init: { name: 'normal', std: 20 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });

// ---------- no-nonlinearity ----------
spec('no-nonlinearity.three-linear-hidden', { data: rigs(), layers: [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('no-nonlinearity.activation-forgotten', { data: shows('genre'), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('no-nonlinearity.linear-deep-regression', { data: hoursReg(), layers: [d(64, 'linear', { init: 'he_normal' }), d(32, 'linear'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });

// ---------- lr-out-of-range ----------
spec('lr-out-of-range.adam-fifty', { data: rigs(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 50), training: tr(60, 32) });
spec('lr-out-of-range.sgd-1e-9', { data: shows('genre'), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-9), training: tr(60, 32) });
spec('lr-out-of-range.rmsprop-eight', { data: hoursReg(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 8), training: tr(60, 32) });
spec('lr-out-of-range.sgd-momentum-forty', { data: mar('tangle_return'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 40, { momentum: 0.9 }), training: tr(60, 32) });

// ---------- dead-relu ----------
spec('dead-relu.negative-bias', { data: rigs(), layers: [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('dead-relu.sgd-kick', { data: hoursReg(), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.8), training: tr(80, 16) });
spec('dead-relu.bias-minus-three-genre', { data: shows('genre'), layers: [d(24, 'relu', { bias: -3, init: { name: 'normal', std: 0.1 } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('dead-relu.minmax-negative-bias', { data: mar('tangle_return', { normalize: 'minmax' }), layers: [d(16, 'relu', { bias: -2 }), d(16, 'relu', { bias: -2 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });

// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-price-target', { data: mar('price_eur'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
spec('exploding-gradient.raw-features-deep-relu', { data: mar('carving_hours', { normalize: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.raw-revenue-adam', { data: shows('revenue', { normalize: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(80, 32) });
spec('exploding-gradient.big-init-deep', { data: rigs(), layers: [d(32, 'relu', { init: { name: 'normal', std: 1.5 } }), d(32, 'relu', { init: { name: 'normal', std: 1.5 } }), d(32, 'relu', { init: { name: 'normal', std: 1.5 } }), d(32, 'relu', { init: { name: 'normal', std: 1.5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });

// ---------- vanishing-gradient ----------
const sig8 = Array.from({ length: 8 }, () => d(16, 'sigmoid'));
spec('vanishing-gradient.eight-sigmoid', { data: rigs(), layers: [...sig8, d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
const tanhSmall = Array.from({ length: 8 }, () => d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }));
spec('vanishing-gradient.tanh-small-init-deep', { data: shows('genre'), layers: [...tanhSmall, d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
const sig6 = Array.from({ length: 6 }, () => d(12, 'sigmoid', { init: 'lecun_normal' }));
spec('vanishing-gradient.six-sigmoid-regression', { data: hoursReg(), layers: [...sig6, d(1)], loss: 'mse', optimizer: opt('sgd', 0.02), training: tr(80, 16) });

// ---------- nan-loss ----------
spec('nan-loss.raw-price-sgd', { data: mar('price_eur', { normalize: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
spec('nan-loss.raw-revenue-momentum', { data: shows('revenue', { normalize: 'none' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 16) });
spec('nan-loss.raw-load-grams-linear', { data: rigs({ normalize: 'none', csv: '../data/marionettes.csv', target: 'weight_g', features: ['height_cm', 'wood_density', 'joint_count'] }), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(60, 8) });

// ---------- lr-too-high ----------
spec('lr-too-high.sgd-three', { data: rigs(), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 3), training: tr(80, 32) });
spec('lr-too-high.adam-point-three', { data: shows('genre'), layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(80, 32) });
spec('lr-too-high.rmsprop-point-two', { data: hoursReg(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: tr(80, 32) });
spec('lr-too-high.nesterov-one', { data: mar('tangle_return'), layers: [d(24, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });

// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-5', { data: rigs(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(100, 32) });
spec('lr-too-low.adam-1e-6', { data: shows('genre'), layers: [d(32, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
spec('lr-too-low.rmsprop-2e-6', { data: hoursReg(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 2e-6), training: tr(100, 32) });
spec('lr-too-low.momentum-1e-5-fullbatch', { data: mar('tangle_return'), layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(150, 480) });

// ---------- saturated-activation ----------
spec('saturated-activation.raw-grams-sigmoid', { data: mar('tangle_return', { normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.tanh-std-four', { data: shows('genre'), layers: [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(80, 32) });
spec('saturated-activation.sigmoid-bias-ten', { data: hoursReg(), layers: [d(24, 'sigmoid', { bias: 10 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('saturated-activation.raw-rig-tanh', { data: rigs({ normalize: 'none' }), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });

// ---------- loss-plateau ----------
spec('loss-plateau.weight-decay-heavy', { data: rigs(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003, { weightDecay: 3 }), training: tr(100, 32) });
spec('loss-plateau.dropout-ninety', { data: shows('genre'), layers: [d(16, 'relu'), drop(0.95), d(16, 'relu'), drop(0.95), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-plateau.bottleneck-sgd-sigmoid', { data: hoursReg(), layers: [d(16, 'sigmoid'), d(1, 'sigmoid'), d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('loss-plateau.clipnorm-tiny', { data: mar('tangle_return'), layers: [d(32, 'tanh'), d(1, 'sigmoid', { bias: -6 })], loss: 'bce', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(100, 32) });

// ---------- oscillating-loss ----------
spec('oscillating-loss.batch-one-sgd', { data: hoursReg(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.2), training: tr(60, 1) });
spec('oscillating-loss.momentum-099', { data: rigs(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.99 }), training: tr(80, 360) });
spec('oscillating-loss.adam-batch-two', { data: shows('genre'), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.05), training: tr(60, 2) });
spec('oscillating-loss.rmsprop-fullbatch', { data: hoursReg(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(150, 480) });

// ========== healthy ==========
spec('ok.rigs-adam-relu', { data: rigs(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.rigs-sgd-momentum-tanh', { data: rigs(), layers: [d(12, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 16) });
spec('ok.rigs-nesterov-elu-val', { data: rigs(), layers: [d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), training: tr(120, 32, { validationSplit: 0.2 }) });
spec('ok.rigs-rmsprop-minmax', { data: rigs({ normalize: 'minmax' }), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(120, 32) });
spec('ok.rigs-plain-sgd-batch-one', { data: rigs(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(40, 1) });
spec('ok.rigs-softmax-two-class', { data: rigs(), layers: [d(16, 'leaky_relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.rigs-batchnorm-deep', { data: rigs(), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(80, 32) });
spec('ok.rigs-fullbatch-adam', { data: rigs(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(300, 360) });
spec('ok.tangle-adam-dropout', { data: mar('tangle_return'), layers: [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(120, 32, { validationSplit: 0.15 }) });
spec('ok.tangle-sgd-momentum-wd', { data: mar('tangle_return'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1e-4 }), training: tr(120, 32) });
spec('ok.tangle-rmsprop-elu', { data: mar('tangle_return'), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(100, 16) });
spec('ok.genre-adam-relu', { data: shows('genre'), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('ok.genre-sgd-tanh', { data: shows('genre'), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 16) });
spec('ok.genre-eu-export', { data: { ...shows('genre'), csv: '../data/shows-eu.csv' }, layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('ok.genre-rmsprop-batchnorm', { data: shows('genre'), layers: [d(32, 'relu', { batchNorm: true }), drop(0.1), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(80, 64) });
spec('ok.genre-nesterov-deep-leaky', { data: shows('genre'), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
spec('ok.genre-minmax-sigmoid-hidden', { data: shows('genre', { normalize: 'minmax' }), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.genre-three-features', { data: shows('genre', { features: ['children_share', 'length_min', 'ticket_price'] }), layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('ok.genre-clipnorm-adam', { data: shows('genre'), layers: [d(48, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005, { clipNorm: 1 }), training: tr(60, 32, { validationSplit: 0.2 }) });
spec('ok.hours-adam-relu', { data: hoursReg(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.hours-sgd-momentum-tanh', { data: hoursReg(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 32) });
spec('ok.hours-rmsprop-deep-elu', { data: hoursReg(), layers: [d(32, 'elu'), d(16, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });
spec('ok.hours-minmax-target', { data: hoursReg({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.hours-linear-model', { data: hoursReg(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
spec('ok.hours-batch-one-plain-sgd', { data: hoursReg(), layers: [d(12, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.003), training: tr(30, 1) });
spec('ok.price-normalised-target', { data: mar('price_eur', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(100, 32) });
spec('ok.price-two-targets', { data: mar('', { target: ['carving_hours', 'price_eur'], normalizeTarget: 'standard' }), layers: [d(32, 'tanh'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.revenue-normalised-nesterov', { data: shows('revenue', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
spec('ok.revenue-rmsprop-dropout', { data: shows('revenue', { normalizeTarget: 'standard' }), layers: [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 64) });
spec('ok.revenue-wd-fullbatch', { data: shows('revenue', { normalizeTarget: 'standard' }), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01, { weightDecay: 1e-4 }), training: tr(300, 420) });
spec('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 16) });
spec('ok.moons-tanh-sgd', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.sine-tanh-rmsprop', { data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(200, 16) });
spec('ok.circles-elu-batch-eight', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(120, 8) });
spec('ok.xor-inline-rigs', { data: { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.05], [0.9, 0.1], [0.05, 0.95], [0.95, 0.9]], y: [0, 1, 1, 0, 0, 1, 1, 0] } }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.03), training: tr(400, 8) });
spec('ok.blobs-four-class-sgd', { data: { builtin: 'blobs', samples: 400, classes: 4 }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('ok.inline-string-labels', { data: { inline: { x: [[30, 0.7], [25, 0.6], [80, 0.1], [90, 0.15], [110, 0.2], [40, 0.65], [75, 0.05], [120, 0.25], [35, 0.8], [85, 0.1], [100, 0.3], [45, 0.55]], y: ['fairy', 'fairy', 'satire', 'satire', 'opera', 'fairy', 'satire', 'opera', 'fairy', 'satire', 'opera', 'fairy'] }, normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(300, 12) });
spec('ok.rigs-sigmoid-hidden-sgd', { data: rigs(), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(150, 32) });
spec('ok.tangle-wide-shallow-rmsprop', { data: mar('tangle_return'), layers: [d(128, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.0005), training: tr(80, 64) });
spec('ok.hours-xavier-normal-tanh-deep', { data: hoursReg(), layers: [d(16, 'tanh', { init: 'xavier_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(100, 32) });
spec('ok.genre-he-uniform-batch-128', { data: shows('genre'), layers: [d(32, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 128) });
// second batch of healthy candidates (added after the first observation dropped the slower rigs specs)
spec('ok.rigs-adam-tanh-two-layer', { data: rigs(), layers: [d(12, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.rigs-rmsprop-tanh-val', { data: rigs(), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(150, 16, { validationSplit: 0.1 }) });
spec('ok.revenue-adam-elu-batch-eight', { data: shows('revenue', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 8) });
spec('ok.iris-nesterov-tanh', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(10, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(150, 10) });
