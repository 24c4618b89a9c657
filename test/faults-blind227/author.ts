/** Writes every candidate spec of fault set blind227 (tanneries and leather workshops) into candidates/. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
const put = (file: string, spec: J) => fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name: file.replace(/^[^.]*\./, ''), seed: 227, ...spec }, null, 2) + '\n');

const HF = ['hide_weight_kg', 'area_sqft', 'thickness_mm', 'scar_count', 'tick_marks', 'salt_days', 'brine_pct'];
const CF = ['float_pct', 'chrome_offer_pct', 'basify_ph', 'temp_c', 'run_hours', 'drum_rpm', 'shift'];
const FF = ['humidity_pct', 'spray_bar', 'pigment_gsm', 'oven_c', 'line_speed_mpm', 'binder_ratio'];
const EF = ['cod_in_mg_l', 'sulfide_mg_l', 'chrome_mg_l', 'ph_in', 'flow_m3_h', 'aeration_h'];
const hides = (x: J = {}) => ({ csv: '../data/hides.csv', target: 'grade', features: HF, normalize: 'standard', ...x });
const chrome = (x: J = {}) => ({ csv: '../data/chrome.csv', target: 'shrink_temp_c', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const finish = (x: J = {}) => ({ csv: '../data/finish.csv', target: 'crack_fail', features: FF, normalize: 'standard', ...x });
const eff = (x: J = {}) => ({ csv: '../data/effluent.csv', target: 'cod_out_mg_l', features: EF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const d = (units: number, activation = 'linear', x: J = {}) => ({ type: 'dense', units, activation, ...x });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, x: J = {}) => ({ type, lr, ...x });
const tr = (epochs: number, batchSize: number, x: J = {}) => ({ epochs, batchSize, ...x });
const S = (data: J, layers: J[], loss: string, optimizer: J, training: J, x: J = {}) => ({ data, layers, loss, optimizer, training, ...x });
const HH = (...l: J[]) => [...l, d(4, 'softmax')];

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-optimizer', S(hides(), HH(d(16, 'relu')), 'cce', opt('adamw', 0.001, { weightDecay: 0.01 }), tr(80, 32)));
put('invalid-spec.softplus-activation', S(chrome(), [d(16, 'softplus'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('invalid-spec.keras-loss-name', S(hides(), HH(d(12, 'tanh')), 'categorical_crossentropy', opt('adam', 0.003), tr(80, 32)));
put('invalid-spec.dropout-percent', S(finish(), [d(16, 'relu'), drop(30), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(80, 32)));
put('invalid-spec.batchsize-zero', S(chrome(), [d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(120, 0)));
// data-error
put('data-error.last-year-file', S(hides({ csv: '../data/hides_2023.csv' }), HH(d(16, 'relu')), 'cce', opt('adam', 0.003), tr(80, 32)));
put('data-error.no-feature-list-lot-ids', S(hides({ features: undefined }), HH(d(16, 'relu')), 'cce', opt('adam', 0.003), tr(80, 32)));
put('data-error.target-renamed', S(chrome({ target: 'shrinkage_temp' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('data-error.night-shift-gaps', S(hides({ csv: '../data/hides-gaps.csv' }), HH(d(16, 'relu')), 'cce', opt('adam', 0.003), tr(80, 32)));
put('data-error.shared-drive-path', S(finish({ csv: '../../../../../../mnt/qa/finish.csv' }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
// shape-mismatch
put('shape-mismatch.three-grades-head', S(hides(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32)));
put('shape-mismatch.two-unit-fail-head', S(finish(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
put('shape-mismatch.two-targets-one-unit', S(chrome({ target: ['shrink_temp_c', 'cr2o3_pct'] }), [d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('shape-mismatch.five-grade-head', S(hides(), [d(16, 'elu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(80, 32)));
// loss-activation-mismatch
put('loss-activation-mismatch.bce-linear-head', S(finish(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(80, 32)));
put('loss-activation-mismatch.cce-sigmoid-head', S(hides(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(80, 32)));
put('loss-activation-mismatch.relu-head-standardised-target', S(chrome(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(120, 32)));
put('loss-activation-mismatch.bce-tanh-head', S(finish(), [d(12, 'elu'), d(1, 'tanh')], 'bce', opt('adam', 0.002), tr(80, 32)));
put('loss-activation-mismatch.tanh-head-raw-shrink-temp', S(chrome({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(100, 32)));
// init-symmetry
put('init-symmetry.zeros-hidden-relu', S(hides(), HH(d(24, 'relu', { init: 'zeros' })), 'cce', opt('adam', 0.003), tr(80, 32)));
put('init-symmetry.constant-tanh-layers', S(chrome(), [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(16, 'tanh', { init: 'constant', value: 0.1 }), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32)));
put('init-symmetry.zeros-everywhere-finish', S(finish(), [d(16, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.003), tr(80, 32)));
put('init-symmetry.constant-one-elu', S(eff(), [d(20, 'elu', { init: { name: 'constant', value: 0.5 } }), d(1)], 'mse', opt('adam', 0.003), tr(100, 16)));
// init-scale
put('init-scale.std-eight-relu', S(chrome(), [d(32, 'relu', { init: 'normal', std: 8 }), d(32, 'relu', { init: 'normal', std: 8 }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32)));
put('init-scale.tiny-uniform-deep', S(hides(), HH(d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 })), 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32)));
put('init-scale.std-twenty-tanh', S(finish(), [d(24, 'tanh', { init: { name: 'normal', std: 20 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(100, 32)));
put('init-scale.huge-uniform-head', S(eff(), [d(16, 'relu'), d(1, 'linear', { init: 'uniform', limit: 50 })], 'mse', opt('sgd', 0.01), tr(100, 32)));
// no-nonlinearity
put('no-nonlinearity.linear-stack-circles', S({ builtin: 'circles', samples: 400, noise: 0.08 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));
put('no-nonlinearity.linear-stack-chrome-quadratic', S(chrome(), [d(32), d(16), d(8), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
put('no-nonlinearity.linear-hidden-moons', S({ builtin: 'moons', samples: 300, noise: 0.15 }, [d(24, 'linear'), d(24, 'linear'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 16)));
put('no-nonlinearity.linear-spirals', S({ builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(32), d(32), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(150, 32)));
// lr-out-of-range
put('lr-out-of-range.lr-zero', S(hides(), HH(d(16, 'relu')), 'cce', opt('adam', 0), tr(80, 32)));
put('lr-out-of-range.negative-lr', S(chrome(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', -0.01, { momentum: 0.9 }), tr(100, 32)));
put('lr-out-of-range.adam-lr-fifty', S(finish(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 50), tr(80, 32)));
put('lr-out-of-range.sgd-lr-thousand', S(eff(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1000), tr(80, 32)));
// dead-relu
put('dead-relu.bias-minus-six', S(chrome(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(120, 32)));
put('dead-relu.sgd-hot-start-hides', S(hides(), HH(d(32, 'relu'), d(32, 'relu')), 'cce', opt('sgd', 1.5), tr(60, 16)));
put('dead-relu.raw-cod-negative-bias', S(eff({ normalize: 'none' }), [d(24, 'relu', { bias: -3, init: 'he_uniform' }), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32)));
put('dead-relu.adam-too-hot-finish', S(finish(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), tr(80, 16)));
// exploding-gradient
put('exploding-gradient.raw-effluent-sgd', S(eff({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-7), tr(60, 32)));
put('exploding-gradient.raw-shrink-temp-deep', S(chrome({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(80, 32)));
put('exploding-gradient.deep-std-one-relu', S(hides(), HH(...Array.from({ length: 8 }, () => d(32, 'relu', { init: 'normal', std: 1 }))), 'cce', opt('sgd', 0.01), tr(60, 32)));
put('exploding-gradient.raw-chrome-features-adam', S(chrome({ normalize: 'none', normalizeTarget: 'none' }), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', opt('rmsprop', 0.01), tr(80, 32)));
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-stack', S(finish(), [...Array.from({ length: 8 }, () => d(16, 'sigmoid')), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 32)));
put('vanishing-gradient.deep-tanh-tiny-init', S(hides(), HH(...Array.from({ length: 10 }, () => d(24, 'tanh', { init: 'normal', std: 0.01 }))), 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32)));
put('vanishing-gradient.sigmoid-tower-chrome', S(chrome(), [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.5 }), tr(100, 32)));
put('vanishing-gradient.tiny-normal-relu-tower', S(eff(), [...Array.from({ length: 8 }, () => d(16, 'relu', { init: 'normal', std: 0.02 })), d(1)], 'mse', opt('adam', 0.0005), tr(80, 32)));
// nan-loss
put('nan-loss.raw-cod-sgd', S(eff({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(60, 32)));
put('nan-loss.raw-chrome-momentum', S(chrome({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 16)));
put('nan-loss.huge-init-cce', S(hides({ normalize: 'none' }), HH(d(32, 'relu', { init: 'normal', std: 1e6 })), 'cce', opt('adam', 0.001), tr(60, 32)));
put('nan-loss.sgd-lr-ten-regression', S(chrome(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 10), tr(60, 32)));
// lr-too-high
put('lr-too-high.adam-half-hides', S(hides(), HH(d(32, 'tanh'), d(16, 'tanh')), 'cce', opt('adam', 0.5), tr(80, 32)));
put('lr-too-high.sgd-two-finish', S(finish(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 4, { momentum: 0.9 }), tr(80, 32)));
put('lr-too-high.rmsprop-point3-chrome', S(chrome(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.3), tr(80, 32)));
put('lr-too-high.sgd-point8-effluent', S(eff(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), tr(80, 16)));
// lr-too-low
put('lr-too-low.sgd-1e-5-hides', S(hides(), HH(d(16, 'relu')), 'cce', opt('sgd', 1e-5), tr(60, 32)));
put('lr-too-low.adam-1e-6-chrome', S(chrome(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 1e-6), tr(100, 32)));
put('lr-too-low.rmsprop-1e-6-finish', S(finish(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-6), tr(80, 32)));
put('lr-too-low.nesterov-1e-5-effluent', S(eff(), [d(24, 'elu'), d(1)], 'mse', opt('sgd', 1e-5, { momentum: 0.9, nesterov: true }), tr(100, 64)));
// saturated-activation
put('saturated-activation.raw-cod-sigmoid', S(eff({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('saturated-activation.raw-chrome-tanh', S(chrome({ normalize: 'none' }), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32)));
put('saturated-activation.bias-ten-sigmoid', S(finish(), [d(16, 'sigmoid', { bias: 10 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32)));
put('saturated-activation.raw-hides-tanh-std', S(hides({ normalize: 'none' }), HH(d(32, 'tanh', { init: 'normal', std: 1 })), 'cce', opt('adam', 0.001), tr(80, 32)));
// loss-plateau
put('loss-plateau.only-brine-feature', S(hides({ features: ['brine_pct'] }), HH(d(16, 'relu')), 'cce', opt('adam', 0.003), tr(100, 32)));
put('loss-plateau.heavy-weight-decay', S(chrome(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 5 }), tr(120, 32)));
put('loss-plateau.dropout-ninety', S(finish(), [d(16, 'relu'), drop(0.95), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
put('loss-plateau.shift-and-rpm-only', S(chrome({ features: ['shift', 'drum_rpm'] }), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(120, 32)));
// oscillating-loss
put('oscillating-loss.momentum-099-chrome', S(chrome(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(120, 32)));
put('oscillating-loss.batch-one-sgd-finish', S(finish(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(60, 1)));
put('oscillating-loss.rmsprop-hot-batch4', S(hides(), HH(d(24, 'elu')), 'cce', opt('rmsprop', 0.05), tr(80, 4)));
put('oscillating-loss.full-batch-sgd-edge', S(eff(), [d(1)], 'mse', opt('sgd', 0.98), tr(120, 300)));

// ---------------- healthy ----------------
put('ok.hides-adam-relu', S(hides(), HH(d(24, 'relu'), d(12, 'relu')), 'cce', opt('adam', 0.003), tr(120, 32)));
put('ok.hides-sgd-nesterov-tanh', S(hides(), HH(d(16, 'tanh')), 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16)));
put('ok.hides-rmsprop-minmax', S(hides({ normalize: 'minmax' }), HH(d(32, 'elu'), drop(0.1), d(16, 'elu')), 'cce', opt('rmsprop', 0.002), tr(150, 32, { validationSplit: 0.2 })));
put('ok.hides-batchnorm-leaky', S(hides(), HH(d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu', { batchNorm: true })), 'cce', opt('adam', 0.005), tr(80, 64)));
put('ok.hides-full-batch-adam', S(hides(), HH(d(32, 'relu')), 'cce', opt('adam', 0.02), tr(300, 480)));
put('ok.hides-batch-one-sgd', S(hides(), HH(d(12, 'tanh')), 'cce', opt('sgd', 0.005), tr(25, 1)));
put('ok.hides-softmax-only', S(hides(), [d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32)));
put('ok.hides-deep-narrow-adam', S(hides(), HH(d(12, 'relu'), d(12, 'relu'), d(10, 'relu'), d(8, 'relu')), 'cce', opt('adam', 0.002), tr(200, 32)));
put('ok.hides-weight-decay-clip', S(hides(), HH(d(48, 'relu'), drop(0.2)), 'cce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1e-4, clipNorm: 5 }), tr(150, 32)));
put('ok.chrome-adam-relu', S(chrome(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
put('ok.chrome-two-targets-tanh', S(chrome({ target: ['shrink_temp_c', 'cr2o3_pct'] }), [d(24, 'tanh'), d(2)], 'mse', opt('adam', 0.005), tr(150, 32)));
put('ok.chrome-semicolon-export', S(chrome({ csv: '../data/chrome-export.csv' }), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(150, 32)));
put('ok.chrome-sgd-momentum', S(chrome(), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(200, 16)));
put('ok.chrome-linear-regression', S(chrome(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32)));
put('ok.chrome-minmax-sigmoid', S(chrome({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'sigmoid'), d(1)], 'mse', opt('adam', 0.01), tr(300, 32)));
put('ok.chrome-batchnorm-deep', S(chrome(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 64, { validationSplit: 0.15 })));
put('ok.chrome-nesterov-batch8', S(chrome(), [d(16, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.8, nesterov: true }), tr(120, 8)));
put('ok.chrome-rmsprop-clip', S(chrome(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', opt('rmsprop', 0.001, { clipNorm: 1 }), tr(150, 32)));
put('ok.finish-adam-relu', S(finish(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32)));
put('ok.finish-logistic-sgd', S(finish(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 32)));
put('ok.finish-rmsprop-tanh-val', S(finish(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(100, 32, { validationSplit: 0.25 })));
put('ok.finish-elu-dropout', S(finish(), [d(32, 'elu'), drop(0.3), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(120, 16)));
put('ok.finish-nesterov-full-batch', S(finish(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), tr(300, 520)));
put('ok.finish-minmax-leaky', S(finish({ normalize: 'minmax' }), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32)));
put('ok.effluent-adam', S(eff(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
put('ok.effluent-linear-sgd', S(eff(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32)));
put('ok.effluent-rmsprop-elu-deep', S(eff(), [d(32, 'elu'), d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(150, 16)));
put('ok.effluent-sgd-momentum-clip', S(eff(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 2 }), tr(150, 32)));
put('ok.effluent-batch-one-adam', S(eff(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.0005), tr(30, 1)));
put('ok.iris-adam', S({ builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16)));
put('ok.moons-tanh-sgd', S({ builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 16)));
put('ok.circles-relu-adam', S({ builtin: 'circles', samples: 400, noise: 0.08 }, [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)));
put('ok.spirals-elu-wide', S({ builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(64, 'elu'), d(64, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(400, 32)));
put('ok.sine-tanh-regression', S({ builtin: 'sine', samples: 200, noise: 0.05 }, [d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(300, 32)));
put('ok.blobs-four-sgd', S({ builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32)));
put('ok.xor-sigmoid-hidden', S({ builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(300, 16)));
put('ok.inline-dye-lots', S({ inline: { x: [[1.2, 30], [1.4, 35], [1.1, 28], [2.3, 60], [2.5, 66], [2.2, 58], [3.1, 80], [3.4, 88], [3.0, 78], [1.3, 33], [2.4, 62], [3.2, 84]], y: ['tan', 'tan', 'tan', 'brown', 'brown', 'brown', 'black', 'black', 'black', 'tan', 'brown', 'black'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.03), tr(200, 4)));
put('ok.inline-thickness-regression', S({ inline: { x: [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]], y: [1.1, 1.3, 1.5, 1.8, 1.9, 2.2, 2.4, 2.5, 2.8, 3.0] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(1)], 'mse', opt('sgd', 0.1), tr(200, 10)));
put('ok.finish-deep-relu-rmsprop', S(finish(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.0005), tr(100, 32)));
put('ok.hides-he-uniform-small-lr-long', S(hides(), HH(d(24, 'relu', { init: 'he_uniform' })), 'cce', opt('adam', 0.0003), tr(500, 32)));
put('ok.chrome-xavier-normal-tanh-deep', S(chrome(), [d(24, 'tanh', { init: 'xavier_normal' }), d(24, 'tanh', { init: 'xavier_normal' }), d(24, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', opt('adam', 0.002), tr(150, 32)));
put('ok.effluent-raw-features-scaled-target-only-sgd', S(eff({ normalize: 'minmax' }), [d(16, 'sigmoid'), d(1)], 'mse', opt('sgd', 0.2, { momentum: 0.9 }), tr(200, 32)));
