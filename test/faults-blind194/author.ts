/**
 * Writes every candidate spec of set blind194 into candidates/: `npx tsx test/faults-blind194/author.ts`.
 * Theme: textile dye works and fabric printers (dye_lots*.csv, print_runs*.csv, builtins, inline tables).
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const LOTS = ['temp_c', 'ph', 'dye_conc_pct', 'salt_g_l', 'liquor_ratio', 'time_min', 'fabric_gsm', 'shift'];
const PRINT = ['speed_m_min', 'squeegee_bar', 'paste_visc_cps', 'mesh', 'steam_min', 'rh_pct', 'colours'];
type J = Record<string, unknown>;
const d = (units: number, activation: string, extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const lots = (target: string | string[], extra: J = {}): J => ({ csv: '../data/dye_lots.csv', target, features: LOTS, normalize: 'standard', ...extra });
const prints = (target: string | string[], extra: J = {}): J => ({ csv: '../data/print_runs.csv', target, features: PRINT, normalize: 'standard', ...extra });
let seed = 194;
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J): void {
  const s = { name: file.replace(/\./g, '-'), seed: seed++, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const T = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, shuffle: true, ...extra });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.optimizer-sgdm', lots('dye_class'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgdm', lr: 0.05, momentum: 0.9 }, T(100, 32));
spec('invalid-spec.activation-swish', lots('delta_e', { normalizeTarget: 'standard' }), [d(24, 'swish'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('invalid-spec.loss-keras-name', prints('grade'), [d(16, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.005 }, T(100, 32));
spec('invalid-spec.dropout-percent', lots('shade_pass'), [d(16, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(100, 32));
spec('invalid-spec.validation-split-percent', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(120, 16, { validationSplit: 20 }));
// data-error
spec('data-error.missing-2025-export', { csv: '../data/dye_lots_2025.csv', target: 'dye_class', features: LOTS, normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 32));
spec('data-error.target-deltaE-typo', lots('deltaE', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('data-error.lot-id-text-features', { csv: '../data/dye_lots.csv', target: 'shade_pass', normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100, 32));
spec('data-error.hand-typed-na', { csv: '../data/dye_lots_gaps.csv', target: 'delta_e', features: LOTS, normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, T(150, 32));
spec('data-error.lab-share-outside', { csv: '../../../../../srv/lab-share/dye_lots.csv', target: 'dye_class', features: LOTS, normalize: 'minmax' }, [d(12, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 16));
spec('data-error.design-code-feature', { csv: '../data/print_runs.csv', target: 'grade', features: ['speed_m_min', 'design_code', 'paste_visc_cps', 'steam_min'], normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 32));
// shape-mismatch
spec('shape-mismatch.forgot-vat-class', lots('dye_class'), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(120, 32));
spec('shape-mismatch.grade-two-units', prints('grade'), [d(16, 'tanh'), d(2, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(100, 32));
spec('shape-mismatch.two-targets-one-unit', lots(['delta_e', 'k_s'], { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('shape-mismatch.pass-two-sigmoids', lots('shade_pass'), [d(16, 'elu'), d(2, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-dye-class', lots('dye_class'), [d(16, 'relu'), d(4, 'softmax')], 'mse', { type: 'adam', lr: 0.01 }, T(120, 32));
spec('loss-activation-mismatch.bce-linear-head', lots('shade_pass'), [d(16, 'relu'), d(1, 'linear')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-grade', prints('grade'), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.005 }, T(100, 32));
spec('loss-activation-mismatch.relu-head-standardised', lots('delta_e', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('loss-activation-mismatch.tanh-head-defects', prints('defects_per_100m'), [d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'rmsprop', lr: 0.003 }, T(120, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden-dye', lots('dye_class'), [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', { type: 'adam', lr: 0.01 }, T(100, 32));
spec('init-symmetry.constant-tanh-delta', lots('delta_e', { normalizeTarget: 'standard' }), [d(24, 'tanh', { init: { name: 'constant', value: 0.3 } }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(150, 32));
spec('init-symmetry.zeros-relu-grade', prints('grade'), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(100, 32));
spec('init-symmetry.constant-sigmoid-pass', lots('shade_pass'), [d(12, 'sigmoid', { init: { name: 'constant', value: 0.05 } }), d(1, 'sigmoid', { init: { name: 'constant', value: 0.05 } })], 'bce', { type: 'adam', lr: 0.005 }, T(120, 32));
// init-scale
spec('init-scale.normal-std-8-relu', lots('dye_class'), [d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('init-scale.uniform-1e-5-deep-tanh', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(1, 'linear', { init: { name: 'uniform', limit: 1e-5 } })], 'mse', { type: 'sgd', lr: 0.01 }, T(100, 32));
spec('init-scale.normal-std-20-tanh', lots('shade_pass'), [d(24, 'tanh', { init: { name: 'normal', std: 20 } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32));
spec('init-scale.std-1e-4-deep-relu', prints('grade'), [d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(3, 'softmax', { init: { name: 'normal', std: 1e-4 } })], 'cce', { type: 'sgd', lr: 0.05 }, T(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-defects', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(32, 'linear'), d(16, 'linear'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('no-nonlinearity.moons-linear-hidden', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('no-nonlinearity.circles-default-activation', { builtin: 'circles', samples: 300, noise: 0.08 }, [{ type: 'dense', units: 24 }, { type: 'dense', units: 12 }, d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(150, 32));
spec('no-nonlinearity.delta-e-linear-deep', lots('delta_e', { normalizeTarget: 'standard' }), [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(150, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-3', lots('dye_class'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 3 }, T(100, 32));
spec('lr-out-of-range.sgd-lr-80', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 80 }, T(100, 32));
spec('lr-out-of-range.rmsprop-1e-9', lots('shade_pass'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 1e-9 }, T(100, 32));
spec('lr-out-of-range.adam-1e-8-typo', prints('grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 1e-8 }, T(120, 32));
// dead-relu
spec('dead-relu.bias-minus-10', lots('delta_e', { normalizeTarget: 'standard' }), [d(32, 'relu', { bias: -10 }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('dead-relu.small-init-negative-bias', prints('grade'), [d(24, 'relu', { init: { name: 'normal', std: 0.05 }, bias: -3 }), d(12, 'relu', { bias: -3 }), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, T(100, 32));
spec('dead-relu.deep-bias-minus-5', lots('dye_class'), [d(16, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(100, 32));
spec('dead-relu.sgd-blowup-raw-visc', { csv: '../data/print_runs.csv', target: 'defects_per_100m', features: PRINT, normalize: 'none' }, [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001 }, T(100, 32));
// exploding-gradient
spec('exploding-gradient.raw-paste-kg-target', prints('paste_kg'), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('exploding-gradient.deep-std-0.8', prints('defects_per_100m'), [d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(1, 'linear', { init: { name: 'normal', std: 0.8 } })], 'mse', { type: 'sgd', lr: 1e-5 }, T(100, 32));
spec('exploding-gradient.raw-lot-features-clip', { csv: '../data/dye_lots.csv', target: 'k_s', features: LOTS, normalize: 'none' }, [d(24, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 1e-4, clipNorm: 0 }, T(100, 32));
spec('exploding-gradient.raw-visc-rmsprop', { csv: '../data/print_runs.csv', target: 'paste_kg', features: PRINT, normalize: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(100, 32));
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoids-pass', lots('shade_pass'), Array.from({ length: 8 }, () => d(8, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('vanishing-gradient.ten-sigmoids-grade', prints('grade'), Array.from({ length: 10 }, () => d(16, 'sigmoid')).concat([d(3, 'softmax')]), 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(100, 32));
spec('vanishing-gradient.seven-sigmoids-delta', lots('delta_e', { normalizeTarget: 'standard' }), Array.from({ length: 7 }, () => d(12, 'sigmoid', { init: { name: 'normal', std: 0.1 } })).concat([d(1, 'linear')]), 'mse', { type: 'sgd', lr: 0.01 }, T(100, 32));
spec('vanishing-gradient.deep-tanh-small-uniform', lots('dye_class'), Array.from({ length: 6 }, () => d(16, 'tanh', { init: { name: 'uniform', limit: 0.02 } })).concat([d(4, 'softmax')]), 'cce', { type: 'sgd', lr: 0.05 }, T(100, 32));
// nan-loss
spec('nan-loss.sgd-raw-paste', { csv: '../data/print_runs.csv', target: 'paste_kg', features: PRINT, normalize: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, T(100, 32));
spec('nan-loss.momentum-raw-lots', { csv: '../data/dye_lots.csv', target: 'delta_e', features: LOTS, normalize: 'none' }, [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.99 }, T(100, 16));
spec('nan-loss.sgd-lr-2-raw-target', prints('paste_kg'), [d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.5 }, T(100, 32));
spec('nan-loss.relu-sgd-raw-ks', { csv: '../data/dye_lots_eu.csv', target: 'k_s', features: LOTS, normalize: 'none' }, [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(100, 32));
// lr-too-high
spec('lr-too-high.adam-0.3-dye', lots('dye_class'), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.3 }, T(100, 32));
spec('lr-too-high.sgd-1.5-delta', lots('delta_e', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 1.5 }, T(100, 32));
spec('lr-too-high.rmsprop-0.2-pass', lots('shade_pass'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.2 }, T(100, 32));
spec('lr-too-high.nesterov-0.8-grade', prints('grade'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.8, momentum: 0.9, nesterov: true }, T(100, 32));
spec('lr-too-high.adam-0.5-defects', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.5 }, T(100, 32));
// lr-too-low
spec('lr-too-low.sgd-1e-4-dye', lots('dye_class'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 1e-4 }, T(60, 64));
spec('lr-too-low.adam-1e-5-delta', lots('delta_e', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 1e-5 }, T(80, 32));
spec('lr-too-low.rmsprop-2e-6-grade', prints('grade'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 2e-6 }, T(100, 32));
spec('lr-too-low.sgd-full-batch-pass', lots('shade_pass'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 5e-4 }, T(200, 420));
// saturated-activation
spec('saturated-activation.sigmoid-raw-visc', { csv: '../data/print_runs.csv', target: 'grade', features: PRINT, normalize: 'none' }, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('saturated-activation.tanh-std-4', lots('dye_class'), [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, T(100, 32));
spec('saturated-activation.sigmoid-bias-8', lots('shade_pass'), [d(16, 'sigmoid', { bias: 8 }), d(8, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('saturated-activation.tanh-raw-lots', { csv: '../data/dye_lots.csv', target: 'delta_e', features: LOTS, normalize: 'none', normalizeTarget: 'standard' }, [d(24, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(100, 32));
// loss-plateau
spec('loss-plateau.adam-weight-decay-3', prints('grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005, weightDecay: 3 }, T(150, 32));
spec('loss-plateau.sgd-weight-decay-1', lots('delta_e', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, weightDecay: 1 }, T(150, 32));
spec('loss-plateau.dropout-0.95', lots('dye_class'), [d(32, 'relu'), drop(0.95), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('loss-plateau.spirals-one-unit-bottleneck', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'tanh'), d(1, 'tanh'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('loss-plateau.clipnorm-1e-4', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 1e-4 }, T(150, 32));
// oscillating-loss
spec('oscillating-loss.momentum-0.95-full-batch', lots('delta_e', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.4, momentum: 0.95 }, T(150, 420));
spec('oscillating-loss.adam-batch-1-iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.05 }, T(60, 1));
spec('oscillating-loss.rmsprop-0.05-batch-4', lots('dye_class'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.05 }, T(80, 4));
spec('oscillating-loss.sgd-0.9-moons-full', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3, momentum: 0.5 }, T(150, 300));
spec('oscillating-loss.nesterov-defects-batch-8', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, T(100, 8));

spec('oscillating-loss.sgd-0.9-full-batch-delta', lots('delta_e', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.9 }, T(150, 420));
spec('oscillating-loss.rmsprop-0.03-full-batch-ks', lots('k_s', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.03 }, T(150, 420));
spec('oscillating-loss.adam-0.1-full-batch-defects', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.1 }, T(150, 360));
spec('oscillating-loss.momentum-0.9-lr-0.3-pass', lots('shade_pass'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, T(100, 420));

// ---------------- healthy ----------------
const inlineFix = { inline: { x: [[60, 30], [60, 60], [60, 90], [70, 30], [70, 60], [70, 90], [80, 30], [80, 60], [80, 90], [90, 30], [90, 60], [90, 90], [65, 45], [75, 75], [85, 45], [55, 60]], y: [0.52, 0.61, 0.66, 0.63, 0.74, 0.79, 0.69, 0.8, 0.84, 0.66, 0.76, 0.8, 0.6, 0.78, 0.75, 0.5] }, normalize: 'standard' };
const inlineShade = { inline: { x: [[0.2, 10], [0.4, 8], [0.5, 12], [0.8, 10], [1.2, 9], [1.5, 11], [2.0, 10], [2.5, 8], [3.0, 12], [3.5, 10], [4.0, 9], [5.0, 10], [0.3, 14], [1.0, 14], [2.2, 14], [4.5, 14], [0.6, 6], [1.8, 6], [3.2, 6], [6.0, 6]], y: ['light', 'light', 'light', 'medium', 'medium', 'medium', 'medium', 'dark', 'dark', 'dark', 'dark', 'dark', 'light', 'light', 'medium', 'dark', 'light', 'medium', 'dark', 'dark'] }, normalize: 'standard' };
spec('ok.dye-class-adam-relu', lots('dye_class'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 32));
spec('ok.dye-class-eu-rmsprop-tanh', { csv: '../data/dye_lots_eu.csv', target: 'dye_class', features: LOTS, normalize: 'minmax' }, [d(12, 'tanh'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005 }, T(100, 16));
spec('ok.delta-e-adam-two-relu', lots('delta_e', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(12, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(200, 32, { validationSplit: 0.2 }));
spec('ok.delta-e-momentum-elu', lots('delta_e', { normalizeTarget: 'standard' }), [d(32, 'elu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(200, 32));
spec('ok.shade-pass-leaky-adam', lots('shade_pass'), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('ok.shade-pass-nesterov-dropout', lots('shade_pass'), [d(16, 'tanh'), drop(0.1), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, T(150, 64));
spec('ok.ks-rmsprop-minmax-target', lots('k_s', { normalizeTarget: 'minmax' }), [d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, T(150, 32));
spec('ok.delta-ks-two-outputs', lots(['delta_e', 'k_s'], { normalizeTarget: 'standard' }), [d(32, 'relu'), d(2, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('ok.grade-batchnorm-adam', prints('grade'), [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 32));
spec('ok.grade-tab-export-momentum', { csv: '../data/print_runs_tab.csv', target: 'grade', features: PRINT, normalize: 'standard' }, [d(16, 'tanh'), d(8, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32));
spec('ok.defects-adam-decay', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005, weightDecay: 1e-4 }, T(150, 32));
spec('ok.paste-kg-normalised-target', prints('paste_kg', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('ok.defects-plain-sgd-tanh', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(200, 16));
spec('ok.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16));
spec('ok.moons-two-relu', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('ok.circles-rmsprop-tanh', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, T(200, 32));
spec('ok.spirals-wide-adam', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300, 32));
spec('ok.blobs-plain-sgd-elu', { builtin: 'blobs', samples: 240, classes: 4, noise: 0.2 }, [d(8, 'elu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, T(100, 16));
spec('ok.sine-two-tanh', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(300, 32));
spec('ok.xor-momentum-tanh', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(200, 16));
spec('ok.inline-fixation-rate', inlineFix, [d(6, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.02 }, T(500, 16));
spec('ok.inline-shade-depth-labels', inlineShade, [d(8, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.03 }, T(300, 20));
spec('ok.delta-e-batch-1-sgd', lots('delta_e', { normalizeTarget: 'standard' }), [d(12, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.003 }, T(30, 1));
spec('ok.dye-class-full-batch-adam', lots('dye_class'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(300, 420));
spec('ok.defects-deep-batchnorm', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('ok.pass-deep-leaky-he-uniform', lots('shade_pass'), [d(16, 'leaky_relu', { init: 'he_uniform' }), d(16, 'leaky_relu', { init: 'he_uniform' }), d(8, 'leaky_relu', { init: 'he_uniform' }), d(8, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, T(100, 32));
spec('ok.ks-lecun-elu', lots('k_s', { normalizeTarget: 'standard' }), [d(24, 'elu', { init: 'lecun_normal' }), d(12, 'elu', { init: 'lecun_normal' }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('ok.grade-clipnorm-momentum', prints('grade'), [d(24, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9, clipNorm: 1 }, T(100, 32));
spec('ok.dye-class-dropout-decay', lots('dye_class'), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005, weightDecay: 1e-3 }, T(100, 32));
spec('ok.dye-class-sigmoid-hidden', lots('dye_class'), [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('ok.delta-e-eu-subset', { csv: '../data/dye_lots_eu.csv', target: 'delta_e', features: ['temp_c', 'ph', 'dye_conc_pct', 'liquor_ratio', 'time_min'], normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, T(200, 32));
spec('ok.grade-val-split-dropout', prints('grade'), [d(24, 'relu'), drop(0.3), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(150, 32, { validationSplit: 0.3 }));
spec('ok.delta-e-xavier-nesterov', lots('delta_e', { normalizeTarget: 'standard' }), [d(24, 'tanh', { init: 'xavier_normal' }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.8, nesterov: true }, T(150, 32));
spec('ok.pass-normal-std-0.1', lots('shade_pass'), [d(24, 'relu', { init: { name: 'normal', std: 0.1 } }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100, 32));
spec('ok.paste-minmax-both', prints('paste_kg', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.blobs-softmax-only', { builtin: 'blobs', samples: 300, classes: 3, noise: 0.2 }, [d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(100, 32));
spec('ok.spirals-rmsprop-tanh', { builtin: 'spirals', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(300, 32));
spec('ok.iris-nesterov-batch-8', { builtin: 'iris', normalize: 'minmax' }, [d(12, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, T(100, 8));
spec('ok.circles-deep-relu', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.pass-tanh-batchnorm', lots('shade_pass'), [d(16, 'tanh', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100, 32));
spec('ok.moons-elu-batch-1', { builtin: 'moons', samples: 200, noise: 0.1 }, [d(12, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, T(40, 1));
spec('ok.defects-rmsprop-elu-batch-8', prints('defects_per_100m', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(100, 8));
spec('ok.grade-sigmoid-hidden-rmsprop', prints('grade'), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.01 }, T(150, 32));
console.log(fs.readdirSync(out).length, 'candidates');
