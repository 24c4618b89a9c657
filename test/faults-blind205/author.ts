/**
 * Writes every candidate spec of fault set blind205 into candidates/.
 * Run: npx tsx test/faults-blind205/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const PF = ['pen_age_years', 'nib_width_mm', 'barrel_length_mm', 'cap_length_mm', 'sac_hardness', 'flow_ml_min', 'drawer_no'];
const TF = ['year_made', 'weight_kg', 'stuck_keys', 'platen_shore', 'ribbon_age_months', 'carriage_mm', 'bench_no'];
const pens = (target: string, extra: J = {}) => ({ csv: '../data/pens.csv', target, features: PF, normalize: 'standard', ...extra });
const tw = (target: string, extra: J = {}) => ({ csv: '../data/typewriters.csv', target, features: TF, normalize: 'standard', ...extra });
const d = (units: number, activation: string, extra: J = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
let seed = 205;
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, more: J = {}): void {
  const s = { name: file, seed: seed++, data, layers, loss, optimizer, training, ...more };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const T = (epochs: number, batchSize: number, extra: J = {}) => ({ epochs, batchSize, ...extra });

// ================= faults =================
// invalid-spec
spec('invalid-spec.adamw-optimizer', pens('repair_type'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adamw', lr: 0.001 }, T(80, 32));
spec('invalid-spec.keras-loss-name', tw('worth_restoring'), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', { type: 'adam', lr: 0.005 }, T(80, 32));
spec('invalid-spec.dropout-rate-percent', pens('returned'), [d(24, 'relu'), drop(30), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(60, 16));
spec('invalid-spec.glorot-init', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(16, 'relu', { init: 'glorot_uniform' }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(100, 32));
spec('invalid-spec.negative-validation', pens('repair_minutes', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32, { validationSplit: -0.2 }));
// data-error
spec('data-error.missing-2024-export', { csv: '../data/pens-2024.csv', target: 'repair_type', normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('data-error.target-with-space', { ...tw('restoration hours'), normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('data-error.serial-as-feature', { csv: '../data/typewriters.csv', target: 'worth_restoring', features: ['serial', 'year_made', 'stuck_keys', 'platen_shore'], normalize: 'standard' }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('data-error.intake-gaps', { csv: '../data/typewriters-gaps.csv', target: 'worth_restoring', features: TF, normalize: 'standard' }, [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('data-error.path-outside-workspace', { csv: '../../../../../../srv/workshop/typewriters.csv', target: 'worth_restoring', normalize: 'standard' }, [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
// shape-mismatch
spec('shape-mismatch.three-repair-types', pens('repair_type'), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('shape-mismatch.two-sigmoid-units', tw('worth_restoring'), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(80, 32));
spec('shape-mismatch.two-targets-one-unit', { csv: '../data/pens.csv', target: ['repair_minutes', 'quote_eur'], features: PF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('shape-mismatch.verdict-two-classes', tw('verdict'), [d(12, 'tanh'), d(2, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(80, 16));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse', pens('repair_type'), [d(16, 'relu'), d(4, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('loss-activation-mismatch.bce-linear-head', tw('worth_restoring'), [d(12, 'relu'), d(1, 'linear')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', tw('verdict'), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('loss-activation-mismatch.relu-head-standard-target', pens('repair_minutes', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('loss-activation-mismatch.tanh-head-raw-hours', tw('restoration_hours'), [d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'adam', lr: 0.003 }, T(120, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', pens('returned'), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'adam', lr: 0.005 }, T(100, 32));
spec('init-symmetry.constant-hidden', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(12, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(100, 32));
spec('init-symmetry.zeros-both-layers', pens('repair_type'), [d(20, 'sigmoid', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', { type: 'rmsprop', lr: 0.003 }, T(80, 32));
spec('init-symmetry.constant-tanh-verdict', tw('verdict'), [d(10, 'tanh', { init: 'constant', value: 0.3 }), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(80, 16));
// init-scale
spec('init-scale.normal-std-8-relu', pens('repair_minutes', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: 'normal', std: 8 }), d(32, 'relu', { init: 'normal', std: 8 }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, T(100, 32));
spec('init-scale.tiny-uniform-deep', tw('worth_restoring'), [d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(1, 'sigmoid', { init: 'uniform', limit: 1e-5 })], 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('init-scale.std-30-tanh', pens('returned'), [d(24, 'tanh', { init: 'normal', std: 30 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, T(100, 32));
spec('init-scale.std-1e-4-sigmoid-stack', tw('verdict'), [d(16, 'sigmoid', { init: 'normal', std: 1e-4 }), d(16, 'sigmoid', { init: 'normal', std: 1e-4 }), d(16, 'sigmoid', { init: 'normal', std: 1e-4 }), d(3, 'softmax', { init: 'normal', std: 1e-4 })], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.5 }, T(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 400, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('no-nonlinearity.omitted-activation', tw('verdict'), [{ type: 'dense', units: 24 }, { type: 'dense', units: 12 }, d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(100, 32));
spec('no-nonlinearity.batchnorm-linear-circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(32, 'linear', { batchNorm: true }), d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, T(120, 32));
spec('no-nonlinearity.linear-deep-regression', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(200, 16));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-50', pens('repair_type'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 50 }, T(80, 32));
spec('lr-out-of-range.sgd-lr-1e-9', tw('worth_restoring'), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-9, momentum: 0.9 }, T(100, 32));
spec('lr-out-of-range.rmsprop-lr-20', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 20 }, T(80, 32));
spec('lr-out-of-range.sgd-lr-300', pens('returned'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 300 }, T(80, 32));
// dead-relu
spec('dead-relu.bias-minus-6', pens('repair_minutes', { normalizeTarget: 'standard' }), [d(24, 'relu', { bias: -6 }), d(24, 'relu', { bias: -6 }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, T(100, 32));
spec('dead-relu.sgd-kick-raw-ribbon', { ...tw('restoration_hours'), normalize: 'none' }, [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001 }, T(60, 32));
spec('dead-relu.negative-bias-classifier', tw('verdict'), [d(16, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32));
spec('dead-relu.adam-lr-high-relu', { builtin: 'moons', samples: 300, noise: 0.2 }, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.5 }, T(80, 16));
// exploding-gradient
spec('exploding-gradient.raw-year-raw-hours-sgd', { ...tw('restoration_hours'), normalize: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.0005, momentum: 0.9 }, T(60, 32));
spec('exploding-gradient.raw-minutes-target', pens('repair_minutes'), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, T(60, 16));
spec('exploding-gradient.deep-relu-std-1', { builtin: 'blobs', classes: 4, samples: 300 }, [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, T(40, 32));
spec('exploding-gradient.raw-quote-rmsprop', { csv: '../data/pens.csv', target: 'quote_eur', features: PF, normalize: 'none' }, [d(24, 'relu'), d(24, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, T(60, 32));
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', tw('worth_restoring'), [...Array.from({ length: 8 }, () => d(16, 'sigmoid')), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('vanishing-gradient.deep-tanh-small-init', pens('returned'), [...Array.from({ length: 7 }, () => d(20, 'tanh', { init: 'normal', std: 0.05 })), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32));
spec('vanishing-gradient.sigmoid-stack-spirals', { builtin: 'spirals', samples: 300, classes: 3 }, [...Array.from({ length: 10 }, () => d(24, 'sigmoid')), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.0005 }, T(100, 32));
spec('vanishing-gradient.deep-sigmoid-regression', tw('restoration_hours', { normalizeTarget: 'standard' }), [...Array.from({ length: 9 }, () => d(12, 'sigmoid', { init: 'xavier_normal' })), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.5 }, T(100, 32));
// nan-loss
spec('nan-loss.sgd-raw-quote', { csv: '../data/pens.csv', target: 'quote_eur', features: PF, normalize: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(60, 32));
spec('nan-loss.sgd-lr-3-raw-year', { ...tw('restoration_hours'), normalize: 'none' }, [d(8, 'linear'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 3 }, T(40, 32));
spec('nan-loss.momentum-raw-minutes', { csv: '../data/pens.csv', target: 'repair_minutes', features: PF, normalize: 'minmax' }, [d(32, 'elu'), d(32, 'elu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.95 }, T(60, 8));
spec('nan-loss.exp-big-init', { ...tw('restoration_hours'), normalize: 'none' }, [d(16, 'elu', { init: 'normal', std: 5 }), d(16, 'elu', { init: 'normal', std: 5 }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, T(40, 32));
// lr-too-high
spec('lr-too-high.adam-0.3-pens', pens('repair_type'), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.3 }, T(80, 32));
spec('lr-too-high.sgd-2-typewriters', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 2 }, T(80, 32));
spec('lr-too-high.rmsprop-0.2', tw('worth_restoring'), [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.2 }, T(80, 32));
spec('lr-too-high.nesterov-1.5-iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 1.5, momentum: 0.9, nesterov: true }, T(100, 16));
// lr-too-low
spec('lr-too-low.sgd-1e-5', pens('repair_type'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 1e-5 }, T(100, 32));
spec('lr-too-low.adam-1e-6', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 1e-6 }, T(100, 32));
spec('lr-too-low.rmsprop-2e-6-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 2e-6 }, T(150, 16));
spec('lr-too-low.momentum-1e-5-full-batch', tw('worth_restoring'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-5, momentum: 0.9 }, T(200, 380));
// saturated-activation
spec('saturated-activation.sigmoid-raw-year', { ...tw('worth_restoring'), normalize: 'none' }, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('saturated-activation.tanh-bias-6', pens('returned'), [d(16, 'tanh', { bias: 6 }), d(16, 'tanh', { bias: 6 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02 }, T(100, 32));
spec('saturated-activation.tanh-raw-carriage', { ...tw('restoration_hours'), normalize: 'none', normalizeTarget: 'standard' }, [d(24, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(100, 32));
spec('saturated-activation.sigmoid-std-4', pens('repair_type'), [d(24, 'sigmoid', { init: 'normal', std: 4 }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(100, 32));
// loss-plateau
spec('loss-plateau.xor-two-sigmoid-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(2, 'sigmoid', { init: 'normal', std: 0.05 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(150, 32));
spec('loss-plateau.one-unit-spirals', { builtin: 'spirals', samples: 300, classes: 3 }, [d(1, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('loss-plateau.circles-tanh-tiny-init', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(8, 'tanh', { init: 'normal', std: 0.001 }), d(8, 'tanh', { init: 'normal', std: 0.001 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02 }, T(150, 32));
spec('loss-plateau.drawer-only', { csv: '../data/pens.csv', target: 'repair_minutes', features: ['drawer_no'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
// oscillating-loss
spec('oscillating-loss.momentum-0.99-batch-4', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.99 }, T(80, 4));
spec('oscillating-loss.adam-0.05-batch-1', pens('returned'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(60, 1));
spec('oscillating-loss.full-batch-sgd-edge', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.5 }, T(100, 380));
spec('oscillating-loss.rmsprop-0.05-batch-2', { builtin: 'sine', samples: 200, noise: 0.1 }, [d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.05 }, T(80, 2));

// ================= healthy =================
spec('ok.pens-type-adam-relu', pens('repair_type'), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('ok.pens-type-rmsprop-two-hidden', pens('repair_type'), [d(32, 'elu'), d(16, 'elu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, T(100, 16, { validationSplit: 0.2 }));
spec('ok.pens-type-nesterov-tanh', pens('repair_type', { normalize: 'minmax' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, T(150, 16));
spec('ok.pens-returned-adam', pens('returned'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('ok.pens-returned-sgd-plain', pens('returned'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(200, 16));
spec('ok.pens-minutes-adam-target-norm', pens('repair_minutes', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('ok.pens-minutes-momentum', pens('repair_minutes', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(150, 32));
spec('ok.pens-quote-minmax-target', pens('quote_eur', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150, 16));
spec('ok.pens-two-targets', { csv: '../data/pens.csv', target: ['repair_minutes', 'quote_eur'], features: PF, normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'relu'), d(2, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('ok.pens-eu-semicolon', { csv: '../data/pens-eu.csv', target: 'repair_type', normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(120, 32));
spec('ok.pens-eu-minutes', { csv: '../data/pens-eu.csv', target: 'repair_minutes', features: ['pen_age_years', 'nib_width_mm', 'barrel_length_mm', 'sac_hardness', 'flow_ml_min'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'leaky_relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, T(120, 16));
spec('ok.pens-batchnorm-dropout', pens('repair_type'), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('ok.pens-weight-decay-clip', pens('returned'), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 0.001, clipNorm: 5 }, T(120, 32));
spec('ok.pens-full-batch-adam', pens('repair_minutes', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.02 }, T(300, 420));
spec('ok.pens-batch-1-sgd', pens('repair_minutes', { normalizeTarget: 'standard' }), [d(8, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.002 }, T(30, 1));
spec('ok.pens-sigmoid-hidden', pens('repair_type'), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('ok.tw-hours-adam', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(12, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('ok.tw-hours-rmsprop-elu', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, T(120, 16));
spec('ok.tw-hours-linear-regression', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('ok.tw-hours-raw-target-adam', tw('restoration_hours'), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.tw-worth-adam', tw('worth_restoring'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('ok.tw-worth-logistic', tw('worth_restoring'), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(100, 32));
spec('ok.tw-worth-deep-leaky', tw('worth_restoring', { normalize: 'minmax' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(120, 32, { validationSplit: 0.15 }));
spec('ok.tw-verdict-adam', tw('verdict'), [d(24, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(120, 32));
spec('ok.tw-verdict-momentum-tanh', tw('verdict'), [d(16, 'tanh'), d(16, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.03, momentum: 0.9 }, T(150, 16));
spec('ok.tw-tab-export', { csv: '../data/typewriters-tab.csv', target: 'restoration_hours', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(120, 32));
spec('ok.tw-tab-worth-rmsprop', { csv: '../data/typewriters-tab.csv', target: 'worth_restoring', features: ['year_made', 'weight_kg', 'stuck_keys', 'platen_shore'], normalize: 'standard' }, [d(12, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, T(100, 32));
spec('ok.tw-hours-sgd-clip-raw-target', tw('restoration_hours'), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.005, momentum: 0.9, clipNorm: 10 }, T(150, 32));
spec('ok.tw-verdict-batchnorm-sgd', tw('verdict'), [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32));
spec('ok.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16));
spec('ok.moons-deep-relu', { builtin: 'moons', samples: 400, noise: 0.15 }, [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('ok.circles-tanh-nesterov', { builtin: 'circles', samples: 400, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, T(200, 16));
spec('ok.spirals-wide-adam', { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300, 32));
spec('ok.xor-small-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, T(200, 16));
spec('ok.sine-tanh-rmsprop', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, T(200, 16));
spec('ok.blobs-five-classes', { builtin: 'blobs', samples: 400, classes: 5 }, [d(16, 'elu'), d(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(100, 64));
spec('ok.inline-nib-grind', { inline: { x: [[0.3, 1], [0.5, 1], [0.7, 0], [0.9, 0], [1.1, 1], [1.3, 0], [0.4, 0], [0.6, 1], [0.8, 1], [1.0, 0], [1.2, 1], [1.4, 0]], y: ['fine', 'fine', 'medium', 'medium', 'broad', 'broad', 'fine', 'medium', 'medium', 'broad', 'broad', 'broad'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(300, 12));
spec('ok.pens-deep-narrow-elu', pens('returned'), [d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, T(120, 32));
spec('ok.tw-hours-high-dropout-wide', tw('restoration_hours', { normalizeTarget: 'standard' }), [d(128, 'relu'), drop(0.5), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, T(120, 32));
spec('ok.pens-minutes-rmsprop-tiny-batch', pens('repair_minutes', { normalizeTarget: 'standard' }), [d(12, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.0005 }, T(40, 2));
spec('ok.tw-worth-sgd-small-lr-long', tw('worth_restoring'), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(400, 32));
spec('ok.moons-sigmoid-hidden-adam', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.pens-type-weight-decay-adam', pens('repair_type'), [d(48, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.002, weightDecay: 0.0005 }, T(100, 64));
console.log(`wrote ${fs.readdirSync(out).length} candidates`);
