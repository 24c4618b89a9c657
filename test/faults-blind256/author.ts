/**
 * Writes every candidate spec of set blind256 (pearl farms and pearl jewellers) into candidates/:
 * `npx tsx test/faults-blind256/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy ones `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type Obj = Record<string, unknown>;
const OF = ['shell_length_mm', 'shell_weight_g', 'water_temp_c', 'salinity_psu', 'depth_m', 'days_in_culture', 'nucleus_mm', 'plankton_index', 'moon_phase'];
const OF6 = ['shell_length_mm', 'water_temp_c', 'salinity_psu', 'days_in_culture', 'nucleus_mm', 'plankton_index'];
const AF = ['diameter_mm', 'luster_score', 'nacre_mm', 'roundness', 'blemishes', 'weight_ct', 'body_hue'];
const oy = (target: string | string[], normalize = 'standard', extra: Obj = {}, file = 'oysters.csv', features: string[] = OF): Obj =>
  ({ csv: `../data/${file}`, target, features, normalize, ...extra });
const ap = (target: string, normalize = 'standard', extra: Obj = {}, features: string[] = AF): Obj =>
  ({ csv: '../data/appraisals.csv', target, features, normalize, ...extra });
const d = (units: number, activation = 'linear', extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
function spec(file: string, seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj): void {
  const s = { name: file, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const T = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, shuffle: true, ...extra });

// ---------------- invalid-spec
spec('invalid-spec.adamw-optimizer', 256, oy('pearl_mm'), [d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, T(80, 32));
spec('invalid-spec.swish-activation', 257, oy('rejected'), [d(12, 'swish'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('invalid-spec.keras-loss-name', 258, ap('origin'), [d(16, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.005 }, T(80, 16));
spec('invalid-spec.validation-split-one', 259, oy('grade'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, T(60, 32, { validationSplit: 1.0 }));
spec('invalid-spec.glorot-init', 260, oy('pearl_mm'), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(80, 32));
spec('invalid-spec.dropout-rate-percent', 261, ap('appraised_usd', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), drop(20), d(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));

// ---------------- data-error
spec('data-error.na-diver-log', 262, oy('pearl_mm', 'standard', {}, 'oysters-gaps.csv'), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('data-error.target-renamed', 263, oy('pearl_size_mm'), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('data-error.harvest-date-feature', 264, oy('rejected', 'standard', {}, 'oysters.csv', [...OF6, 'harvest_date']), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('data-error.missing-file', 265, oy('grade', 'standard', {}, 'oyster_harvest_2023.csv'), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('data-error.path-outside-workspace', 266, { csv: '../../../../../../srv/farm-share/oysters.csv', target: 'pearl_mm', normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('data-error.lot-id-feature', 267, oy('pearl_mm', 'standard', {}, 'oysters-export.csv', ['lot_id', ...OF6]), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));

// ---------------- shape-mismatch
spec('shape-mismatch.grade-two-units', 268, oy('grade'), [d(16, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('shape-mismatch.origin-three-units', 269, ap('origin'), [d(16, 'relu'), d(8, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 16));
spec('shape-mismatch.size-and-price-one-unit', 270, oy(['pearl_mm', 'price_usd'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('shape-mismatch.pearl-three-units', 271, oy('pearl_mm'), [d(16, 'tanh'), d(3)], 'mse', { type: 'rmsprop', lr: 0.002 }, T(80, 32));

// ---------------- loss-activation-mismatch
spec('loss-activation-mismatch.cce-sigmoid-head', 272, oy('grade'), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('loss-activation-mismatch.bce-linear-head', 273, oy('rejected'), [d(16, 'relu'), d(1)], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('loss-activation-mismatch.mse-softmax-origin', 274, ap('origin'), [d(16, 'relu'), d(4, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, T(80, 16));
spec('loss-activation-mismatch.tanh-head-mm', 275, oy('pearl_mm'), [d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('loss-activation-mismatch.relu-head-bce', 276, oy('rejected'), [d(16, 'tanh'), d(1, 'relu')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(80, 32));

// ---------------- init-symmetry
spec('init-symmetry.zeros-hidden', 277, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(80, 32));
spec('init-symmetry.constant-two-hidden', 278, ap('origin'), [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 16));
spec('init-symmetry.zeros-everywhere-sigmoid', 279, oy('rejected'), [d(12, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'rmsprop', lr: 0.003 }, T(80, 32));

// ---------------- init-scale
spec('init-scale.std-five-relu', 280, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, T(80, 32));
spec('init-scale.tiny-uniform-deep-tanh', 281, ap('origin'), [d(24, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(24, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(24, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(4, 'softmax', { init: { name: 'uniform', limit: 1e-4 } })], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(80, 16));
spec('init-scale.std-twenty-sigmoid', 282, oy('grade'), [d(16, 'sigmoid', { init: { name: 'normal', std: 20 } }), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));

// ---------------- no-nonlinearity
spec('no-nonlinearity.linear-stack-circles', 283, { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100, 32));
spec('no-nonlinearity.linear-hidden-moons', 284, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(24, 'linear'), d(12, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 16));
spec('no-nonlinearity.linear-xor-sorter', 285, { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'linear'), d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(120, 32));

// ---------------- lr-out-of-range
spec('lr-out-of-range.adam-lr-three', 286, oy('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 3 }, T(60, 32));
spec('lr-out-of-range.sgd-lr-forty', 287, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 40 }, T(60, 32));
spec('lr-out-of-range.rmsprop-1e-8', 288, ap('origin'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 1e-8 }, T(60, 16));
spec('lr-out-of-range.sgd-momentum-1e-9', 289, oy('rejected'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-9, momentum: 0.9 }, T(60, 32));

// ---------------- dead-relu
spec('dead-relu.negative-bias-start', 290, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu', { bias: -6 }), d(8, 'relu', { bias: -6 }), d(1)], 'mse', { type: 'adam', lr: 0.001 }, T(80, 32));
spec('dead-relu.sgd-kick-narrow', 291, oy('price_usd', 'none'), [d(8, 'relu'), d(8, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-4 }, T(60, 16));
spec('dead-relu.bias-minus-three-appraisal', 292, ap('appraised_usd', 'standard', { normalizeTarget: 'standard' }), [d(12, 'relu', { bias: -3 }), d(12, 'relu', { bias: -3 }), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(80, 32));
spec('dead-relu.rmsprop-burst', 293, oy('rejected', 'none'), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.05 }, T(60, 16));

// ---------------- exploding-gradient
spec('exploding-gradient.raw-price-sgd', 294, oy('price_usd', 'none'), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-5, momentum: 0.9 }, T(60, 32));
spec('exploding-gradient.raw-days-deep', 295, oy('pearl_mm', 'none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, T(60, 32));
spec('exploding-gradient.appraisal-usd-raw', 296, ap('appraised_usd', 'standard'), [d(24, 'relu'), d(24, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, T(60, 16));
spec('exploding-gradient.deep-std-one', 297, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), Array.from({ length: 7 }, () => d(24, 'relu', { init: { name: 'normal', std: 0.6 } })).concat([d(1)]), 'mse', { type: 'sgd', lr: 0.01 }, T(40, 32));

// ---------------- vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-sgd', 298, oy('rejected'), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.01 }, T(80, 32));
spec('vanishing-gradient.sigmoid-tower-origin', 299, ap('origin'), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(4, 'softmax')]), 'cce', { type: 'sgd', lr: 0.02, momentum: 0.5 }, T(80, 16));
spec('vanishing-gradient.deep-sigmoid-grade', 300, oy('grade'), Array.from({ length: 9 }, () => d(10, 'sigmoid', { init: 'lecun_normal' })).concat([d(3, 'softmax')]), 'cce', { type: 'sgd', lr: 0.05 }, T(80, 32));

// ---------------- nan-loss
spec('nan-loss.raw-price-big-lr', 301, oy('price_usd', 'none'), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, T(40, 32));
spec('nan-loss.appraisal-raw-everything', 302, ap('appraised_usd', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(40, 8));
spec('nan-loss.raw-days-sgd', 303, oy('pearl_mm', 'none'), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.05 }, T(40, 16));

// ---------------- lr-too-high
spec('lr-too-high.adam-point-three', 304, oy('grade'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.3 }, T(80, 32));
spec('lr-too-high.sgd-two-regression', 305, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 1.5 }, T(80, 32));
spec('lr-too-high.rmsprop-point-two', 306, ap('origin'), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.2 }, T(80, 16));
spec('lr-too-high.nesterov-half', 307, oy('rejected'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5, momentum: 0.95, nesterov: true }, T(80, 16));

// ---------------- lr-too-low
spec('lr-too-low.sgd-1e-5', 308, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-5 }, T(80, 32));
spec('lr-too-low.adam-1e-6', 309, oy('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 1e-6 }, T(100, 32));
spec('lr-too-low.rmsprop-3e-6', 310, ap('origin'), [d(16, 'tanh'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 3e-6 }, T(80, 16));
spec('lr-too-low.momentum-2e-5-fullbatch', 311, oy('rejected'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 2e-5, momentum: 0.9 }, T(100, 480));

// ---------------- saturated-activation
spec('saturated-activation.raw-sigmoid-hidden', 312, oy('rejected', 'none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('saturated-activation.tanh-raw-appraisal', 313, ap('origin', 'none', {}, ['diameter_mm', 'luster_score', 'nacre_mm', 'weight_ct', 'blemishes']), [d(16, 'tanh', { init: { name: 'normal', std: 1 } }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(80, 16));
spec('saturated-activation.sigmoid-bias-eight', 314, oy('grade'), [d(16, 'sigmoid', { bias: 8 }), d(16, 'sigmoid', { bias: 8 }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(80, 32));

// ---------------- loss-plateau
spec('loss-plateau.heavy-weight-decay', 315, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003, weightDecay: 2 }, T(100, 32));
spec('loss-plateau.dropout-ninety', 316, oy('grade'), [d(8, 'relu'), drop(0.9), d(8, 'relu'), drop(0.9), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('loss-plateau.clipnorm-tiny', 317, ap('origin'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, clipNorm: 1e-4 }, T(100, 16));
spec('loss-plateau.weight-decay-rmsprop', 318, oy('rejected'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003, weightDecay: 1 }, T(100, 32));

// ---------------- oscillating-loss
spec('oscillating-loss.adam-batch-two', 319, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.05 }, T(60, 2));
spec('oscillating-loss.momentum-batch-one', 320, ap('appraised_usd', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.95 }, T(60, 1));
spec('oscillating-loss.rmsprop-batch-four', 321, oy('grade'), [d(24, 'relu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.05 }, T(60, 4));
spec('oscillating-loss.sgd-fullbatch-edge', 322, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(1)], 'mse', { type: 'sgd', lr: 0.95 }, T(60, 480));

// ---------------- healthy
const H = (slug: string, seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj) => spec(`ok.${slug}`, seed, data, layers, loss, optimizer, training);
H('pearl-mm-adam-relu', 400, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, T(120, 32));
H('pearl-mm-minmax-tanh-sgd', 401, oy('pearl_mm', 'minmax', { normalizeTarget: 'minmax' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150, 16));
H('pearl-mm-linear-regression', 402, oy('pearl_mm', 'standard'), [d(1)], 'mse', { type: 'sgd', lr: 0.03 }, T(150, 32));
H('pearl-mm-rmsprop-elu-val', 403, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, T(120, 32, { validationSplit: 0.2 }));
H('pearl-mm-export-semicolon', 404, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }, 'oysters-export.csv'), [d(16, 'leaky_relu'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, T(120, 64));
H('pearl-mm-batch-one-sgd', 405, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }, 'oysters.csv', OF6), [d(12, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.005 }, T(40, 1));
H('pearl-mm-fullbatch-adam', 406, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, T(400, 480));
H('pearl-mm-batchnorm-nesterov', 407, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, T(100, 32));
H('price-normtarget-adam', 408, oy('price_usd', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.002 }, T(150, 32));
H('price-dropout-weightdecay', 409, oy('price_usd', 'standard', { normalizeTarget: 'standard' }), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, T(150, 32));
H('size-and-price-two-outputs', 410, oy(['pearl_mm', 'price_usd'], 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(2)], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
H('rejected-adam-relu', 411, oy('rejected'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
H('rejected-logistic-sgd', 412, oy('rejected'), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(150, 32));
H('rejected-tanh-rmsprop-val', 413, oy('rejected'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(100, 16, { validationSplit: 0.25 }));
H('rejected-deep-narrow-leaky', 414, oy('rejected'), [d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, T(120, 32));
H('rejected-clipnorm-momentum', 415, oy('rejected'), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 1 }, T(100, 32));
H('grade-adam-softmax', 416, oy('grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(120, 32));
H('grade-export-tanh-momentum', 417, oy('grade', 'standard', {}, 'oysters-export.csv'), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.03, momentum: 0.9 }, T(120, 32));
H('grade-batchnorm-dropout', 418, oy('grade'), [d(32, 'relu', { batchNorm: true }), drop(0.3), d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(120, 32));
H('grade-minmax-rmsprop', 419, oy('grade', 'minmax'), [d(24, 'elu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(150, 32));
H('grade-sigmoid-hidden-sgd', 420, oy('grade'), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.3, momentum: 0.5 }, T(150, 16));
H('origin-adam-relu', 421, ap('origin'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 16));
H('origin-nesterov-tanh', 422, ap('origin'), [d(16, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, T(100, 16));
H('origin-minmax-leaky-val', 423, ap('origin', 'minmax'), [d(24, 'leaky_relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(150, 32, { validationSplit: 0.2 }));
H('origin-batch-one-rmsprop', 424, ap('origin'), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 3e-4 }, T(30, 1));
H('origin-softmax-regression', 425, ap('origin'), [d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.2 }, T(150, 32));
H('appraised-usd-normtarget', 426, ap('appraised_usd', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
H('appraised-usd-elu-momentum', 427, ap('appraised_usd', 'standard', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9, clipNorm: 5 }, T(150, 16));
H('appraised-usd-minmax-fullbatch-rmsprop', 428, ap('appraised_usd', 'minmax', { normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.003 }, T(400, 400));
H('moons-spot-sorter', 429, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32));
H('circles-tanh-nesterov', 430, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, T(200, 16));
H('spirals-three-deep-elu', 431, { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(48, 'elu'), d(48, 'elu'), d(24, 'elu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300, 32));
H('blobs-four-linear-softmax', 432, { builtin: 'blobs', samples: 400, classes: 4 }, [d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.01 }, T(80, 32));
H('iris-leaky-adam', 433, { builtin: 'iris', normalize: 'standard' }, [d(12, 'leaky_relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16));
H('sine-tanh-wide', 434, { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, T(300, 32));
H('xor-sigmoid-hidden-momentum', 435, { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(300, 16));
H('inline-luster-lookup', 436, { inline: { x: [[7.0, 8.1], [7.5, 6.2], [8.2, 9.0], [9.1, 4.5], [10.2, 7.7], [11.0, 5.1], [12.4, 8.8], [6.8, 3.9], [8.8, 7.0], [9.6, 8.4], [10.8, 3.2], [12.0, 6.6]], y: [1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1] }, normalize: 'standard' }, [d(6, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(300, 12));
H('pearl-mm-deep-uniform-init', 437, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(120, 32));
H('grade-wide-shallow-bs8', 438, oy('grade', 'standard', {}, 'oysters.csv', OF6), [d(64, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, T(80, 8));
H('rejected-raw-scale-rmsprop-bn', 439, oy('rejected', 'none'), [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(120, 32));
H('price-huber-like-small-lr-long', 440, oy('price_usd', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, T(400, 32));
H('origin-nesterov-dropout-deep', 441, ap('origin'), [d(32, 'relu'), drop(0.2), d(32, 'relu'), drop(0.2), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, T(150, 32));
H('pearl-mm-lecun-selu-like', 442, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(20, 'elu', { init: 'lecun_normal' }), d(20, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', { type: 'rmsprop', lr: 0.001, weightDecay: 1e-4 }, T(120, 64));

// ---------------- added after the first observation (lr-too-high had too few that showed it)
spec('lr-too-high.rmsprop-half-tanh', 323, oy('pearl_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.5 }, T(60, 32));
spec('lr-too-high.momentum-sgd-one', 324, ap('appraised_usd', 'standard', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.6, momentum: 0.9 }, T(60, 32));
spec('nan-loss.raw-export-elu', 325, oy('price_usd', 'none', {}, 'oysters-export.csv'), [d(8, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(40, 32));
