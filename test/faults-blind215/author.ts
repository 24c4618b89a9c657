/**
 * Writes every candidate spec of set blind215 (cider presses and perry makers) into candidates/:
 * `npx tsx test/faults-blind215/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const PF = ['apple_kg', 'sugar_brix', 'acid_gL', 'tannin_gL', 'mill_temp_C', 'press_bar', 'press_minutes', 'humidity_pct'];
const LF = ['og', 'sorbitol_gL', 'tannin_gL', 'ph', 'bletting_days', 'keeving', 'residual_sg'];
const HF = ['pectin_mgL', 'enzyme_mlhl', 'fining_gL', 'cold_days', 'filter_um', 'bottle_temp_C', 'label_run'];
const TF = ['pitch_gHL', 'start_sg', 'cellar_C', 'nutrient_gHL'];
const P = (o: J = {}): J => ({ csv: '../data/pressings.csv', target: 'juice_L', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...o });
const L = (o: J = {}): J => ({ csv: '../data/perry-lots.csv', target: 'style', features: LF, normalize: 'standard', ...o });
const H = (o: J = {}): J => ({ csv: '../data/haze.csv', target: 'hazy', features: HF, normalize: 'standard', ...o });
const T = (o: J = {}): J => ({ csv: '../data/tank-log.csv', target: ['final_sg', 'days_to_dry'], features: TF, normalize: 'standard', normalizeTarget: 'standard', ...o });
const B = (name: string, o: J = {}): J => ({ builtin: name, ...o });
const d = (units: number, activation?: string, o: J = {}): J => ({ type: 'dense', units, activation, ...o });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, o: J = {}): J => ({ type, lr, ...o });
const tr = (epochs: number, batchSize: number, o: J = {}): J => ({ epochs, batchSize, shuffle: true, ...o });

let n = 0;
function w(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const spec = { name: file, seed: 215, ...extra, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
  n++;
}
const reg1 = (o: J = {}) => d(1, 'linear', o);
const bin = (o: J = {}) => d(1, 'sigmoid', o);
const cls3 = (o: J = {}) => d(3, 'softmax', o);

// ---------- invalid-spec ----------
w('invalid-spec.optimizer-adamw', H(), [d(16, 'relu'), bin()], 'bce', opt('adamw', 0.001), tr(80, 32));
w('invalid-spec.activation-sigmoid-capital', L(), [d(12, 'Sigmoid'), cls3()], 'cce', opt('adam', 0.01), tr(100, 32));
w('invalid-spec.loss-keras-name', H(), [d(10, 'relu'), bin()], 'binary_crossentropy', opt('adam', 0.005), tr(80, 32));
w('invalid-spec.dropout-rate-one', P(), [d(32, 'relu'), drop(1.0), reg1()], 'mse', opt('adam', 0.003), tr(120, 32));
w('invalid-spec.batch-size-zero', T(), [d(16, 'tanh'), d(2, 'linear')], 'mse', opt('rmsprop', 0.002), tr(100, 0));
w('invalid-spec.init-glorot', L(), [d(16, 'relu', { init: 'glorot_uniform' }), cls3()], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));

// ---------- data-error ----------
w('data-error.file-name-typo', P({ csv: '../data/pressing.csv' }), [d(16, 'relu'), reg1()], 'mse', opt('adam', 0.005), tr(100, 32));
w('data-error.target-column-renamed', P({ target: 'juice_litres' }), [d(16, 'relu'), reg1()], 'mse', opt('adam', 0.005), tr(100, 32));
w('data-error.gaps-sheet', P({ csv: '../data/pressings-gaps.csv' }), [d(16, 'elu'), reg1()], 'mse', opt('adam', 0.005), tr(100, 32));
w('data-error.yeast-text-feature', T({ features: ['yeast', ...TF] }), [d(16, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.005), tr(100, 16));
w('data-error.no-feature-list-timestamps', P({ features: undefined }), [d(16, 'relu'), reg1()], 'mse', opt('adam', 0.005), tr(100, 32));
w('data-error.path-outside-workspace', H({ csv: '../../../../../srv/cidery/haze.csv' }), [d(8, 'relu'), bin()], 'bce', opt('adam', 0.01), tr(80, 32));

// ---------- shape-mismatch ----------
w('shape-mismatch.perry-two-styles', L(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32));
w('shape-mismatch.tank-one-output', T(), [d(16, 'relu'), reg1()], 'mse', opt('adam', 0.005), tr(100, 16));
w('shape-mismatch.haze-two-sigmoids', H(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
w('shape-mismatch.yield-three-heads', P(), [d(16, 'tanh'), d(3, 'linear')], 'mse', opt('rmsprop', 0.002), tr(100, 32));
w('shape-mismatch.perry-four-styles', L(), [d(24, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));

// ---------- loss-activation-mismatch ----------
w('loss-activation-mismatch.softmax-mse', L({ target: 'style' }), [d(16, 'relu'), cls3()], 'mse', opt('adam', 0.005), tr(100, 32));
w('loss-activation-mismatch.bce-linear-head', H(), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.005), tr(80, 32));
w('loss-activation-mismatch.cce-sigmoid-head', L(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.005), tr(100, 32));
w('loss-activation-mismatch.relu-head-standardised-gravity', T({ target: 'final_sg' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.005), tr(150, 16));
w('loss-activation-mismatch.tanh-head-raw-litres', P({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.005), tr(100, 32));

// ---------- init-symmetry ----------
w('init-symmetry.zeros-hidden', H(), [d(16, 'tanh', { init: 'zeros' }), bin()], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(120, 32));
w('init-symmetry.constant-tenth', L(), [d(20, 'relu', { init: { name: 'constant', value: 0.1 } }), cls3()], 'cce', opt('adam', 0.01), tr(100, 32));
w('init-symmetry.zeros-two-layers', P(), [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), reg1()], 'mse', opt('rmsprop', 0.003), tr(150, 32));
w('init-symmetry.constant-half-sigmoid', B('moons', { samples: 300, noise: 0.15 }), [d(12, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), bin()], 'bce', opt('adam', 0.01), tr(150, 32));

// ---------- init-scale ----------
w('init-scale.normal-std-5', H(), [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), bin()], 'bce', opt('adam', 0.003), tr(100, 32));
w('init-scale.uniform-limit-20', P(), [d(32, 'relu', { init: { name: 'uniform', limit: 20 } }), d(16, 'relu', { init: { name: 'uniform', limit: 20 } }), reg1()], 'mse', opt('sgd', 0.01), tr(100, 32));
w('init-scale.tiny-std-deep-tanh', L(), [d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), cls3()], 'cce', opt('sgd', 0.05), tr(100, 32));
w('init-scale.normal-std-30-sigmoid', B('circles', { samples: 300, noise: 0.08 }), [d(16, 'sigmoid', { init: { name: 'normal', std: 30 } }), bin()], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));

// ---------- no-nonlinearity ----------
w('no-nonlinearity.perry-linear-stack', L(), [d(32, 'linear'), d(16, 'linear'), cls3()], 'cce', opt('adam', 0.005), tr(150, 32));
w('no-nonlinearity.moons-linear-hidden', B('moons', { samples: 400, noise: 0.1 }), [d(16, 'linear'), d(16, 'linear'), bin()], 'bce', opt('adam', 0.01), tr(200, 32));
w('no-nonlinearity.circles-linear-three', B('circles', { samples: 400, noise: 0.05 }), [d(24, 'linear', { init: 'he_normal' }), d(24, 'linear'), d(12, 'linear'), bin()], 'bce', opt('rmsprop', 0.003), tr(150, 32));
w('no-nonlinearity.haze-activation-forgotten', H(), [d(24), d(12), bin()], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));

// ---------- lr-out-of-range ----------
w('lr-out-of-range.adam-lr-5', H(), [d(16, 'relu'), bin()], 'bce', opt('adam', 5), tr(80, 32));
w('lr-out-of-range.sgd-lr-80', P(), [d(16, 'tanh'), reg1()], 'mse', opt('sgd', 80), tr(80, 32));
w('lr-out-of-range.rmsprop-1e-9', L(), [d(16, 'relu'), cls3()], 'cce', opt('rmsprop', 1e-9), tr(100, 32));
w('lr-out-of-range.sgd-momentum-1e-8', T(), [d(16, 'elu'), d(2, 'linear')], 'mse', opt('sgd', 1e-8, { momentum: 0.9 }), tr(100, 16));

// ---------- dead-relu ----------
w('dead-relu.negative-bias-minus-6', H(), [d(24, 'relu', { bias: -6 }), bin()], 'bce', opt('adam', 0.005), tr(100, 32));
w('dead-relu.sgd-kick-kills-units', P({ normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), reg1()], 'mse', opt('sgd', 0.05), tr(60, 32));
w('dead-relu.deep-bias-minus-3', L(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(12, 'relu', { bias: -3 }), cls3()], 'cce', opt('rmsprop', 0.001), tr(100, 32));
w('dead-relu.raw-pectin-big-rate', H({ normalize: 'none' }), [d(16, 'relu'), bin()], 'bce', opt('sgd', 0.5), tr(60, 16));

// ---------- exploding-gradient ----------
w('exploding-gradient.raw-litres-raw-kg', P({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), reg1()], 'mse', opt('sgd', 0.001), tr(50, 32));
w('exploding-gradient.deep-relu-std-1', L(), [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), cls3()], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32));
w('exploding-gradient.raw-days-target', T({ target: 'days_to_dry', normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), reg1()], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 16));
w('exploding-gradient.unnormalised-haze-momentum', H({ normalize: 'none' }), [d(32, 'elu'), d(16, 'elu'), bin()], 'bce', opt('sgd', 0.05, { momentum: 0.95 }), tr(60, 32));

// ---------- vanishing-gradient ----------
w('vanishing-gradient.deep-sigmoid-sgd', H(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([bin()]), 'bce', opt('sgd', 0.05), tr(100, 32));
w('vanishing-gradient.deep-tanh-small-init', L(), Array.from({ length: 7 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.08 } })).concat([cls3()]), 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
w('vanishing-gradient.sigmoid-tower-regression', P(), Array.from({ length: 6 }, () => d(24, 'sigmoid')).concat([reg1()]), 'mse', opt('sgd', 0.02), tr(100, 32));
w('vanishing-gradient.spirals-sigmoid-ten', B('spirals', { samples: 300, noise: 0.1 }), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([bin()]), 'bce', opt('rmsprop', 0.0005), tr(100, 32));

// ---------- nan-loss ----------
w('nan-loss.raw-everything-sgd', P({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), reg1()], 'mse', opt('sgd', 0.05), tr(50, 16));
w('nan-loss.raw-days-big-rate', T({ target: 'days_to_dry', normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), reg1()], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), tr(50, 8));
w('nan-loss.pomace-linear-sgd', P({ features: ['apple_kg', 'pomace_kg', 'press_minutes'], normalize: 'none', normalizeTarget: 'none' }), [d(8, 'linear'), reg1()], 'mse', opt('sgd', 0.01), tr(40, 32));
w('nan-loss.huge-rate-relu-classes', L({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), cls3()], 'cce', opt('sgd', 3, { momentum: 0.9 }), tr(50, 16));

// ---------- lr-too-high ----------
w('lr-too-high.sgd-2-haze', H(), [d(16, 'tanh'), bin()], 'bce', opt('sgd', 2.0, { momentum: 0.9 }), tr(100, 32));
w('lr-too-high.adam-half-perry', L(), [d(32, 'relu'), d(16, 'relu'), cls3()], 'cce', opt('adam', 0.5), tr(100, 32));
w('lr-too-high.rmsprop-0p3-yield', P(), [d(32, 'relu'), reg1()], 'mse', opt('rmsprop', 0.3), tr(100, 32));
w('lr-too-high.nesterov-1-tank', T(), [d(24, 'tanh'), d(2, 'linear')], 'mse', opt('sgd', 1.0, { momentum: 0.9, nesterov: true }), tr(100, 16));
w('lr-too-high.adam-1-moons', B('moons', { samples: 300, noise: 0.2 }), [d(24, 'relu'), d(24, 'relu'), bin()], 'bce', opt('adam', 1.0), tr(100, 32));

// ---------- lr-too-low ----------
w('lr-too-low.sgd-1e-5-haze', H(), [d(16, 'relu'), bin()], 'bce', opt('sgd', 1e-5), tr(100, 32));
w('lr-too-low.adam-1e-6-perry', L(), [d(24, 'relu'), cls3()], 'cce', opt('adam', 1e-6), tr(150, 32));
w('lr-too-low.rmsprop-2e-6-yield', P(), [d(32, 'tanh'), reg1()], 'mse', opt('rmsprop', 2e-6), tr(100, 32));
w('lr-too-low.momentum-1e-5-tank', T(), [d(16, 'elu'), d(2, 'linear')], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(120, 16));
w('lr-too-low.full-batch-sgd-1e-3', B('iris'), [d(16, 'relu'), cls3()], 'cce', opt('sgd', 1e-3), tr(100, 150));

// ---------- saturated-activation ----------
w('saturated-activation.raw-pectin-sigmoid', H({ normalize: 'none' }), [d(16, 'sigmoid'), bin()], 'bce', opt('adam', 0.005), tr(100, 32));
w('saturated-activation.raw-kg-tanh', P({ normalize: 'none' }), [d(24, 'tanh'), reg1()], 'mse', opt('adam', 0.003), tr(100, 32));
w('saturated-activation.bias-plus-8-sigmoid', L(), [d(20, 'sigmoid', { bias: 8 }), cls3()], 'cce', opt('sgd', 0.05), tr(100, 32));
w('saturated-activation.raw-days-tanh-two', T({ normalize: 'none', target: 'days_to_dry' }), [d(16, 'tanh'), d(16, 'tanh'), reg1()], 'mse', opt('rmsprop', 0.001), tr(100, 16));

// ---------- loss-plateau ----------
w('loss-plateau.weight-decay-one', H(), [d(16, 'relu'), bin()], 'bce', opt('adam', 0.01, { weightDecay: 1.0 }), tr(120, 32));
w('loss-plateau.dropout-0p9', L(), [d(24, 'relu'), drop(0.9), d(24, 'relu'), drop(0.9), cls3()], 'cce', opt('adam', 0.005), tr(120, 32));
w('loss-plateau.circles-sigmoid-sgd-slow', B('circles', { samples: 300, noise: 0.05 }), [d(4, 'sigmoid'), d(4, 'sigmoid'), d(4, 'sigmoid'), bin()], 'bce', opt('sgd', 0.05), tr(150, 32));
w('loss-plateau.yield-weight-decay-heavy', P(), [d(32, 'relu'), d(16, 'relu'), reg1()], 'mse', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 3 }), tr(150, 32));
w('loss-plateau.clipnorm-tiny', T(), [d(16, 'tanh'), d(2, 'linear')], 'mse', opt('sgd', 0.01, { clipNorm: 1e-4 }), tr(150, 16));

// ---------- oscillating-loss ----------
w('oscillating-loss.momentum-0p99', H(), [d(16, 'tanh'), bin()], 'bce', opt('sgd', 0.3, { momentum: 0.99 }), tr(150, 32));
w('oscillating-loss.batch-one-sgd', P(), [d(16, 'relu'), reg1()], 'mse', opt('sgd', 0.08), tr(60, 1));
w('oscillating-loss.rmsprop-0p05-full-batch', L(), [d(24, 'tanh'), cls3()], 'cce', opt('rmsprop', 0.05), tr(150, 330));
w('oscillating-loss.adam-0p1-batch-4', T(), [d(24, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.1), tr(100, 4));

// ---------- healthy ----------
w('ok.yield-adam-relu', P(), [d(32, 'relu'), d(16, 'relu'), reg1()], 'mse', opt('adam', 0.003), tr(150, 32));
w('ok.yield-sgd-momentum-tanh', P(), [d(24, 'tanh'), reg1()], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
w('ok.yield-rmsprop-elu-minmax', P({ normalize: 'minmax' }), [d(32, 'elu'), d(16, 'elu'), reg1()], 'mse', opt('rmsprop', 0.002), tr(150, 32));
w('ok.yield-nesterov-batchnorm', P(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), reg1()], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(120, 32));
w('ok.yield-plain-sgd-linear-model', P(), [reg1()], 'mse', opt('sgd', 0.05), tr(150, 32));
w('ok.yield-adam-batch-1', P(), [d(16, 'leaky_relu'), reg1()], 'mse', opt('adam', 0.001), tr(30, 1));
w('ok.yield-full-batch-adam', P(), [d(32, 'tanh'), d(16, 'tanh'), reg1()], 'mse', opt('adam', 0.01), tr(300, 400));
w('ok.yield-dropout-weightdecay-val', P(), [d(64, 'relu'), drop(0.2), d(32, 'relu'), reg1()], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
w('ok.yield-pomace-features', P({ features: ['apple_kg', 'pomace_kg', 'press_bar', 'press_minutes'] }), [d(16, 'relu'), reg1()], 'mse', opt('adam', 0.005), tr(150, 32));
w('ok.yield-raw-features-minmax-clip', P({ normalize: 'minmax' }), [d(32, 'relu'), reg1()], 'mse', opt('sgd', 0.05, { momentum: 0.9, clipNorm: 1 }), tr(150, 16));
w('ok.haze-adam-relu', H(), [d(16, 'relu'), bin()], 'bce', opt('adam', 0.005), tr(120, 32));
w('ok.haze-sgd-momentum-tanh', H(), [d(16, 'tanh'), d(8, 'tanh'), bin()], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
w('ok.haze-rmsprop-elu-val', H(), [d(24, 'elu'), bin()], 'bce', opt('rmsprop', 0.002), tr(120, 32, { validationSplit: 0.25 }));
w('ok.haze-logistic-plain-sgd', H(), [bin()], 'bce', opt('sgd', 0.2), tr(200, 32));
w('ok.haze-nesterov-batchnorm-dropout', H(), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu'), bin()], 'bce', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 32));
w('ok.haze-minmax-leaky', H({ normalize: 'minmax' }), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), bin()], 'bce', opt('adam', 0.005), tr(150, 16));
w('ok.haze-deep-narrow-adam', H(), [d(12, 'relu'), d(12, 'relu'), d(8, 'relu'), d(8, 'relu'), bin()], 'bce', opt('adam', 0.002), tr(200, 32));
w('ok.perry-adam-relu', L(), [d(32, 'relu'), cls3()], 'cce', opt('adam', 0.005), tr(150, 32));
w('ok.perry-sgd-momentum-tanh', L(), [d(24, 'tanh'), d(12, 'tanh'), cls3()], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
w('ok.perry-rmsprop-elu-wd', L(), [d(32, 'elu'), cls3()], 'cce', opt('rmsprop', 0.002, { weightDecay: 1e-4 }), tr(150, 32));
w('ok.perry-softmax-regression-sgd', L(), [cls3()], 'cce', opt('sgd', 0.2), tr(200, 32));
w('ok.perry-batchnorm-nesterov', L(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), cls3()], 'cce', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 32));
w('ok.perry-batch-2-adam', L(), [d(16, 'relu'), cls3()], 'cce', opt('adam', 0.0005), tr(40, 2));
w('ok.perry-sigmoid-hidden-adam', L({ normalize: 'minmax' }), [d(24, 'sigmoid'), cls3()], 'cce', opt('adam', 0.01), tr(200, 32));
w('ok.perry-dropout-val-clip', L(), [d(48, 'relu'), drop(0.3), d(24, 'relu'), cls3()], 'cce', opt('adam', 0.003, { clipNorm: 5 }), tr(150, 16, { validationSplit: 0.2 }));
w('ok.tank-two-targets-adam', T(), [d(24, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.005), tr(150, 16));
w('ok.tank-two-targets-sgd-tanh', T(), [d(16, 'tanh'), d(2, 'linear')], 'mse', opt('sgd', 0.03, { momentum: 0.9 }), tr(150, 16));
w('ok.tank-days-rmsprop', T({ target: 'days_to_dry' }), [d(32, 'elu'), d(16, 'elu'), reg1()], 'mse', opt('rmsprop', 0.001), tr(150, 16));
w('ok.tank-gravity-minmax-target', T({ target: 'final_sg', normalizeTarget: 'minmax' }), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(200, 16));
w('ok.tank-full-batch-adam', T(), [d(32, 'tanh'), d(2, 'linear')], 'mse', opt('adam', 0.02), tr(400, 260));
w('ok.iris-adam', B('iris', { normalize: 'standard' }), [d(16, 'relu'), cls3()], 'cce', opt('adam', 0.01), tr(150, 16));
w('ok.moons-rmsprop-deep', B('moons', { samples: 400, noise: 0.15 }), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), bin()], 'bce', opt('rmsprop', 0.002), tr(150, 32));
w('ok.circles-tanh-nesterov', B('circles', { samples: 400, noise: 0.05 }), [d(16, 'tanh'), d(16, 'tanh'), bin()], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(200, 32));
w('ok.spirals-adam-wide', B('spirals', { samples: 400, noise: 0.05 }), [d(64, 'relu'), d(64, 'relu'), bin()], 'bce', opt('adam', 0.005), tr(300, 32));
w('ok.sine-tanh-adam', B('sine', { samples: 300, noise: 0.05 }), [d(32, 'tanh'), d(32, 'tanh'), reg1()], 'mse', opt('adam', 0.005), tr(300, 32));
w('ok.blobs-four-sgd', B('blobs', { samples: 400, classes: 4, noise: 0.1 }), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32));
w('ok.xor-sigmoid-adam', B('xor', { samples: 300, noise: 0.05 }), [d(8, 'sigmoid'), bin()], 'bce', opt('adam', 0.03), tr(300, 32));
w('ok.inline-bletting-days', { inline: { x: [[0], [2], [4], [6], [8], [10], [12], [14], [16], [18], [20], [22], [24], [26], [28], [1], [3], [5], [7], [9], [11], [13], [15], [17], [19], [21], [23], [25], [27], [29]], y: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1] }, normalize: 'standard' }, [d(4, 'tanh'), bin()], 'bce', opt('adam', 0.05), tr(200, 30));
w('ok.inline-vat-styles', { inline: { x: [[1.045, 4.1], [1.048, 3.9], [1.05, 3.6], [1.052, 3.8], [1.06, 3.4], [1.062, 3.5], [1.064, 3.3], [1.066, 3.2], [1.07, 3.9], [1.072, 4.2], [1.074, 4.0], [1.076, 4.3], [1.046, 3.7], [1.061, 3.6], [1.071, 4.1]], y: ['still', 'still', 'still', 'still', 'sparkling', 'sparkling', 'sparkling', 'sparkling', 'keeved', 'keeved', 'keeved', 'keeved', 'still', 'sparkling', 'keeved'] }, normalize: 'standard' }, [d(12, 'elu'), cls3()], 'cce', opt('adam', 0.02), tr(200, 15));

w('ok.yield-rmsprop-tanh-batch-8', P(), [d(16, 'tanh'), reg1()], 'mse', opt('rmsprop', 0.001), tr(100, 8));
w('ok.perry-adam-leaky-wide', L(), [d(64, 'leaky_relu'), cls3()], 'cce', opt('adam', 0.003), tr(150, 32));
w('ok.haze-adam-elu-two', H(), [d(24, 'elu'), d(12, 'elu'), bin()], 'bce', opt('adam', 0.003), tr(200, 16));
w('ok.moons-sgd-momentum-tanh', B('moons', { samples: 300, noise: 0.1 }), [d(16, 'tanh'), d(16, 'tanh'), bin()], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32));

console.log(`wrote ${n} candidates`);
