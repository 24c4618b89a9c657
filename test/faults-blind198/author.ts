/**
 * Writes every candidate spec of fault set blind198 (chimney sweeps and stove fitters) into candidates/:
 * `npx tsx test/faults-blind198/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const SW = ['flue_height_m', 'flue_diam_mm', 'months_since_sweep', 'wood_kg_week', 'wood_moisture_pct', 'stove_age_yr', 'draught_pa', 'house_number'];
const IN = ['room_m3', 'heat_loss_w', 'has_liner', 'flue_run_m', 'budget_gbp', 'rural'];
const FT = ['stove_kw', 'flue_run_m', 'storey', 'hearth_new', 'bends', 'distance_km'];

const sweeps = (target: string, extra: Obj = {}): Obj => ({ csv: '../data/sweeps.csv', target, features: SW, normalize: 'standard', ...extra });
const installs = (extra: Obj = {}): Obj => ({ csv: '../data/installs.csv', target: 'appliance', features: IN, normalize: 'standard', ...extra });
const fittings = (target: string | string[], extra: Obj = {}): Obj => ({ csv: '../data/fittings.csv', target, features: FT, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const d = (units: number, activation: string, more: Obj = {}): Obj => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const hidden = (n: number, units: number, activation: string, more: Obj = {}): Obj[] => Array.from({ length: n }, () => d(units, activation, more));

let count = 0;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 198): void {
  const body = { name: file, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
  count++;
}
const T = (epochs: number, batchSize: number, more: Obj = {}): Obj => ({ epochs, batchSize, shuffle: true, ...more });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.optimizer-adamw', sweeps('tar_risk'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001 }, T(100, 32));
spec('invalid-spec.activation-tanh-capital', installs(), [d(12, 'Tanh'), d(12, 'Tanh'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('invalid-spec.dropout-rate-percent', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(24, 'relu'), drop(20), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('invalid-spec.loss-keras-name', sweeps('tar_risk'), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', { type: 'rmsprop', lr: 0.002 }, T(100, 32));
spec('invalid-spec.batchsize-zero', fittings('hours'), [d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(100, 0));
// data-error
spec('data-error.file-name-singular', { ...sweeps('creosote_mm', { normalizeTarget: 'standard' }), csv: '../data/sweep.csv' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('data-error.target-without-unit', sweeps('creosote', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('data-error.tablet-sync-gaps', { ...sweeps('tar_risk'), csv: '../data/sweeps-gaps.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('data-error.no-features-job-ref-text', { csv: '../data/sweeps.csv', target: 'creosote_mm', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('data-error.path-outside-workspace', { ...installs(), csv: '../../../../../home/office/installs.csv' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32));
// shape-mismatch
spec('shape-mismatch.three-appliances-not-four', installs(), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('shape-mismatch.two-targets-one-unit', fittings(['hours', 'invoice_gbp']), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('shape-mismatch.risk-two-sigmoids', sweeps('tar_risk'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('shape-mismatch.iris-two-units', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 16));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-appliance', installs(), [d(16, 'relu'), d(4, 'softmax')], 'mse', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('loss-activation-mismatch.bce-linear-head', sweeps('tar_risk'), [d(16, 'relu'), d(1, 'linear')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', installs(), [d(16, 'tanh'), d(4, 'sigmoid')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(150, 32));
spec('loss-activation-mismatch.relu-head-standardised-target', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('loss-activation-mismatch.tanh-head-raw-hours', { ...fittings('hours'), normalizeTarget: 'none' }, [d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
// init-symmetry
spec('init-symmetry.zeros-relu-hidden', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('init-symmetry.constant-tanh', installs(), [d(12, 'tanh', { init: 'constant', value: 0.1 }), d(12, 'tanh', { init: 'constant', value: 0.1 }), d(4, 'softmax', { init: 'constant', value: 0.1 })], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(150, 16));
spec('init-symmetry.zeros-sigmoid-everywhere', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(10, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'sgd', lr: 0.5 }, T(200, 16));
spec('init-symmetry.constant-elu-hours', fittings('hours'), [d(20, 'elu', { init: 'constant', value: 0.05 }), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, T(150, 32));
// init-scale
spec('init-scale.normal-std-8-relu', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: 'normal', std: 8 }), d(32, 'relu', { init: 'normal', std: 8 }), d(1, 'linear', { init: 'normal', std: 8 })], 'mse', { type: 'adam', lr: 0.001 }, T(100, 32));
spec('init-scale.uniform-limit-25-tanh', installs(), [d(16, 'tanh', { init: 'uniform', limit: 25 }), d(16, 'tanh', { init: 'uniform', limit: 25 }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('init-scale.normal-std-1e-4-deep-relu', fittings('hours'), [...hidden(5, 16, 'relu', { init: 'normal', std: 1e-4 }), d(1, 'linear', { init: 'normal', std: 1e-4 })], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(150, 32));
spec('init-scale.normal-std-1e-5-tanh', { builtin: 'circles', samples: 300, noise: 0.08 }, [...hidden(4, 16, 'tanh', { init: 'normal', std: 1e-5 }), d(1, 'sigmoid', { init: 'normal', std: 1e-5 })], 'bce', { type: 'sgd', lr: 0.05 }, T(200, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('no-nonlinearity.linear-hidden-appliance', installs(), [d(24, 'linear'), d(24, 'linear'), d(12, 'linear'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('no-nonlinearity.default-activation-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [{ type: 'dense', units: 32 }, { type: 'dense', units: 32 }, d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, T(200, 32));
spec('no-nonlinearity.linear-xor-sgd', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(200, 16));
// lr-out-of-range
spec('lr-out-of-range.lr-zero', sweeps('tar_risk'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0 }, T(100, 32));
spec('lr-out-of-range.lr-negative', fittings('hours'), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: -0.01, momentum: 0.9 }, T(100, 32));
spec('lr-out-of-range.adam-lr-40', installs(), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 40 }, T(100, 32));
spec('lr-out-of-range.rmsprop-lr-1e-9', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 1e-9 }, T(100, 32));
// dead-relu
spec('dead-relu.bias-minus-6', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, T(150, 32));
spec('dead-relu.sgd-lr-too-hot-raw-budget', { ...installs(), normalize: 'none' }, [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('dead-relu.deep-negative-bias-hours', fittings('hours'), [...hidden(4, 16, 'relu', { bias: -3 }), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(150, 32));
spec('dead-relu.momentum-blowout-relu', fittings('invoice_gbp'), [d(64, 'relu'), d(64, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.9 }, T(100, 16));
// exploding-gradient
spec('exploding-gradient.raw-invoice-target', { ...fittings('invoice_gbp'), normalizeTarget: 'none' }, [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001 }, T(100, 32));
spec('exploding-gradient.deep-relu-std-0.7', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [...hidden(8, 32, 'relu', { init: 'normal', std: 0.7 }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001 }, T(60, 32));
spec('exploding-gradient.raw-heat-loss-features', { ...fittings('hours'), csv: '../data/installs.csv', target: 'room_m3', features: ['heat_loss_w', 'budget_gbp', 'flue_run_m'], normalize: 'none', normalizeTarget: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.0001, momentum: 0.9 }, T(100, 32));
spec('exploding-gradient.raw-hours-and-invoice', { ...fittings(['hours', 'invoice_gbp']), normalize: 'none', normalizeTarget: 'none' }, [d(32, 'elu'), d(32, 'elu'), d(2, 'linear')], 'mse', { type: 'rmsprop', lr: 0.01 }, T(100, 32));
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-eight', sweeps('tar_risk'), [...hidden(8, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(150, 32));
spec('vanishing-gradient.deep-tanh-small-normal', installs(), [...hidden(10, 16, 'tanh', { init: 'normal', std: 0.05 }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(150, 32));
spec('vanishing-gradient.sigmoid-tower-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [...hidden(7, 12, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.0005 }, T(150, 32));
spec('vanishing-gradient.sigmoid-stack-hours', fittings('hours'), [...hidden(9, 10, 'sigmoid'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, nesterov: true, momentum: 0.9 }, T(150, 32));
// nan-loss
spec('nan-loss.sgd-lr-2-raw-invoice', { ...fittings('invoice_gbp'), normalizeTarget: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 2 }, T(100, 32));
spec('nan-loss.rmsprop-raw-features-lr-5', { ...installs(), normalize: 'none' }, [d(16, 'elu'), d(16, 'elu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 5 }, T(100, 16));
spec('nan-loss.momentum-raw-creosote', { ...sweeps('creosote_mm'), normalize: 'none' }, [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.95 }, T(100, 16));
spec('nan-loss.linear-deep-raw-hours', { ...fittings('hours'), normalize: 'none', normalizeTarget: 'none' }, [...hidden(4, 32, 'leaky_relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(100, 16));
// lr-too-high
spec('lr-too-high.adam-0.5-appliance', installs(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.5 }, T(150, 32));
spec('lr-too-high.sgd-4-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 4 }, T(150, 32));
spec('lr-too-high.rmsprop-0.2-creosote', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.2 }, T(150, 32));
spec('lr-too-high.nesterov-1.5-risk', sweeps('tar_risk'), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.5, momentum: 0.9, nesterov: true }, T(150, 32));
// lr-too-low
spec('lr-too-low.sgd-1e-5-creosote', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 1e-5 }, T(150, 32));
spec('lr-too-low.adam-1e-6-appliance', installs(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 1e-6 }, T(150, 32));
spec('lr-too-low.rmsprop-3e-6-hours', fittings('hours'), [d(32, 'elu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 3e-6 }, T(150, 32));
spec('lr-too-low.momentum-2e-5-risk', sweeps('tar_risk'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 2e-5, momentum: 0.9 }, T(150, 64));
// saturated-activation
spec('saturated-activation.sigmoid-raw-watts', { ...installs(), normalize: 'none' }, [d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('saturated-activation.tanh-bias-6', sweeps('tar_risk'), [d(16, 'tanh', { bias: 6 }), d(16, 'tanh', { bias: 6 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(150, 32));
spec('saturated-activation.tanh-raw-fit-features', { ...fittings('hours'), normalize: 'none' }, [d(24, 'tanh'), d(24, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(150, 32));
// loss-plateau
spec('loss-plateau.xor-sigmoid-slow-sgd', { builtin: 'xor', samples: 300, noise: 0.05 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02 }, T(300, 32));
spec('loss-plateau.one-unit-bottleneck-spirals', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(32, 'relu'), d(1, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(200, 32));
spec('loss-plateau.sgd-small-circles-tanh', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(8, 'tanh', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, T(300, 32));
// oscillating-loss
spec('oscillating-loss.momentum-0.95-batch-4', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.08, momentum: 0.95 }, T(100, 4));
spec('oscillating-loss.adam-0.05-batch-2', installs(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.05 }, T(80, 2));
spec('oscillating-loss.rmsprop-0.02-batch-1', fittings('hours'), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.02 }, T(60, 1));

// ---------------- healthy ----------------
spec('ok.creosote-adam-relu', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('ok.creosote-export-semicolons', { ...sweeps('creosote_mm', { normalizeTarget: 'standard' }), csv: '../data/sweeps-export.csv' }, [d(24, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('ok.creosote-sgd-momentum-tanh', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(200, 32));
spec('ok.creosote-rmsprop-minmax', sweeps('creosote_mm', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, T(200, 32));
spec('ok.creosote-raw-target-adam', { ...sweeps('creosote_mm') }, [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.creosote-batchnorm-deep', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(120, 64));
spec('ok.creosote-dropout-val', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002, weightDecay: 0.0001 }, T(200, 32, { validationSplit: 0.2 }));
spec('ok.creosote-full-batch-rmsprop', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.01 }, T(400, 420));
spec('ok.creosote-linear-regression', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('ok.risk-adam-relu', sweeps('tar_risk'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('ok.risk-nesterov-tanh', sweeps('tar_risk'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, T(150, 32));
spec('ok.risk-logistic-plain-sgd', sweeps('tar_risk'), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(200, 16));
spec('ok.risk-export-rmsprop-val', { ...sweeps('tar_risk'), csv: '../data/sweeps-export.csv' }, [d(16, 'elu'), drop(0.1), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(150, 32, { validationSplit: 0.25 }));
spec('ok.risk-batch-1-sgd', sweeps('tar_risk'), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005 }, T(30, 1));
spec('ok.appliance-adam-relu', installs(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(200, 32));
spec('ok.appliance-sgd-momentum-tanh', installs(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(200, 32));
spec('ok.appliance-rmsprop-batchnorm', installs(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, T(150, 64));
spec('ok.appliance-minmax-elu-wd', installs({ normalize: 'minmax' }), [d(32, 'elu'), d(32, 'elu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005, weightDecay: 0.0005 }, T(200, 32));
spec('ok.appliance-softmax-regression', installs(), [d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(200, 380));
spec('ok.appliance-clipnorm-dropout', installs(), [d(64, 'leaky_relu'), drop(0.3), d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.002, clipNorm: 1 }, T(200, 16, { validationSplit: 0.2 }));
spec('ok.hours-adam-elu', fittings('hours'), [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(200, 32));
spec('ok.hours-sgd-plain-relu', fittings('hours'), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02 }, T(200, 16));
spec('ok.hours-rmsprop-tanh-deep', fittings('hours'), [d(24, 'tanh'), d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(200, 32));
spec('ok.hours-raw-target-sgd-clip', { ...fittings('hours'), normalizeTarget: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.003, momentum: 0.9, clipNorm: 5 }, T(200, 32));
spec('ok.invoice-and-hours-two-heads', fittings(['hours', 'invoice_gbp']), [d(32, 'relu'), d(16, 'relu'), d(2, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(200, 32));
spec('ok.invoice-nesterov-minmax', fittings('invoice_gbp', { normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.03, momentum: 0.9, nesterov: true }, T(200, 32));
spec('ok.invoice-full-batch-adam', fittings('invoice_gbp'), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.02 }, T(400, 300));
spec('ok.invoice-sigmoid-hidden', fittings('invoice_gbp'), [d(16, 'sigmoid'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(250, 32));
spec('ok.moons-relu-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, T(250, 32));
spec('ok.spirals-deep-elu', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(64, 'elu'), d(64, 'elu'), d(32, 'elu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300, 32));
spec('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.01 }, T(150, 16));
spec('ok.xor-sigmoid-sgd-hot', { builtin: 'xor', samples: 300, noise: 0.05 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, T(300, 16));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(300, 32));
spec('ok.blobs-four-classes-sgd', { builtin: 'blobs', samples: 400, classes: 4, noise: 0.2 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(150, 32));
spec('ok.inline-flue-temperature', { inline: { x: [[1, 20], [2, 35], [3, 30], [4, 55], [5, 60], [6, 40], [7, 80], [8, 75], [9, 95], [10, 90], [11, 70], [12, 110]], y: [110, 150, 150, 210, 230, 190, 290, 280, 340, 330, 290, 390] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(400, 12));
spec('ok.inline-cowl-needed', { inline: { x: [[3.5, 1], [4, 0], [4.5, 1], [5, 0], [6, 1], [7, 0], [8, 1], [9, 0], [10, 1], [11, 0], [3, 0], [12, 1]], y: ['cowl', 'none', 'cowl', 'cowl', 'cowl', 'none', 'cowl', 'none', 'none', 'none', 'none', 'none'] }, normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(300, 4));
spec('ok.appliance-long-small-lr-sgd', installs(), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.5 }, T(400, 32));
spec('ok.creosote-deep-narrow-he', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [...hidden(5, 8, 'relu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, T(200, 32));
spec('ok.risk-lecun-elu-adam-batch-8', sweeps('tar_risk'), [d(24, 'elu', { init: 'lecun_normal' }), d(12, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(100, 8));
spec('ok.hours-sigmoid-sgd-momentum', fittings('hours'), [d(12, 'sigmoid'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(250, 32));
spec('ok.moons-rmsprop-wd-clip', { builtin: 'moons', samples: 400, noise: 0.2 }, [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003, weightDecay: 0.0001, clipNorm: 2 }, T(200, 32, { validationSplit: 0.2 }));
spec('ok.circles-wide-shallow-adam-full', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(128, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(400, 300));
spec('ok.spirals-batchnorm-tanh', { builtin: 'spirals', samples: 300, classes: 2, noise: 0.05 }, [d(48, 'tanh', { batchNorm: true }), d(48, 'tanh', { batchNorm: true }), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(300, 32));

// ---------------- second pass (after the first observation showed gaps) ----------------
spec('exploding-gradient.raw-invoice-adam', { ...fittings('invoice_gbp'), normalizeTarget: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(100, 32));
spec('exploding-gradient.deep-elu-std-0.5', fittings('hours'), [...hidden(6, 24, 'elu', { init: 'normal', std: 0.5 }), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.0005 }, T(60, 32));
spec('saturated-activation.tanh-raw-installs', { ...installs(), normalize: 'none' }, [d(16, 'tanh'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(150, 32));
spec('saturated-activation.sigmoid-bias-8-creosote', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(16, 'sigmoid', { bias: 8 }), d(16, 'sigmoid', { bias: 8 }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, T(150, 32));
spec('oscillating-loss.rmsprop-0.05-full-batch', fittings('hours'), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.05 }, T(150, 300));
spec('oscillating-loss.adam-0.1-full-batch-creosote', sweeps('creosote_mm', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.1 }, T(150, 420));
spec('oscillating-loss.sgd-momentum-lr-0.6-risk', sweeps('tar_risk'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.6, momentum: 0.9 }, T(150, 8));

console.log(`${count} candidates written`);
