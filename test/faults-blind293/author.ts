/**
 * Writes every candidate spec of fault set blind293 (trout farms) into candidates/.
 * `npx tsx test/faults-blind293/author.ts`
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const GF = ['water_temp_c', 'dissolved_o2_mgl', 'stocking_density_kgm3', 'fish_count', 'feed_kg_day', 'flow_lps', 'pen_depth_m', 'start_weight_g'];
const HF = ['water_temp_c', 'dissolved_o2_mgl', 'ammonia_mgl', 'turbidity_ntu', 'mortality_per_1000', 'gill_score'];
const RF = ['length_cm', 'weight_g', 'condition_k', 'fin_score', 'age_days'];
const AF = ['female_weight_kg', 'female_age_y', 'egg_diameter_mm', 'water_temp_c', 'degree_days'];
const growth = (extra: J = {}): J => ({ csv: '../data/growth.csv', target: 'weight_gain_g', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const health = (extra: J = {}): J => ({ csv: '../data/health.csv', target: 'outbreak', features: HF, normalize: 'standard', ...extra });
const grade = (extra: J = {}): J => ({ csv: '../data/grade.csv', target: 'grade', features: RF, normalize: 'standard', ...extra });
const hatch = (extra: J = {}): J => ({ csv: '../data/hatchery.csv', target: 'eyed_rate', features: AF, normalize: 'standard', ...extra });
const d = (units: number, activation = 'linear', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });

function spec(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J): void {
  const s = { name: file, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), text);
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.relu-capital', 293, growth(), [d(16, 'ReLU'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 });
spec('invalid-spec.adamw-optimizer', 294, health(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001 }, { epochs: 60 });
spec('invalid-spec.keras-loss-name', 295, grade(), [d(16, 'tanh'), d(4, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.005 }, { epochs: 60 });
spec('invalid-spec.dropout-one', 296, hatch(), [d(16, 'relu'), drop(1), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 80 });
spec('invalid-spec.glorot-init', 297, growth(), [d(12, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 80 });
spec('invalid-spec.momentum-one', 298, health(), [d(8, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 1.0 }, { epochs: 60 });
spec('invalid-spec.validation-half-percent', 299, grade(), [d(12, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 60, validationSplit: 20 });

// data-error
spec('data-error.missing-file', 300, growth({ csv: '../data/growth_2024.csv' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('data-error.target-typo', 301, growth({ target: 'weight_gain' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('data-error.pen-id-feature', 302, growth({ features: ['pen_id', ...GF] }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('data-error.gaps-na', 303, growth({ csv: '../data/growth-gaps.csv' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('data-error.feed-log-kg-text', 304, { csv: '../data/feed-log.csv', target: 'fcr', features: ['water_temp_c', 'fish_count', 'feed_kg_day'], normalize: 'standard' }, [d(8, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('data-error.outside-workspace', 305, health({ csv: '../../../../../srv/farm/health.csv' }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('data-error.no-features-text-cols', 306, { csv: '../data/grade.csv', target: 'grade', normalize: 'standard' }, [d(12, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 60 });

// shape-mismatch
spec('shape-mismatch.three-grades', 307, grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 80 });
spec('shape-mismatch.bce-two-units', 308, health(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('shape-mismatch.two-targets-one-unit', 309, growth({ target: ['weight_gain_g', 'harvest_weight_g'] }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('shape-mismatch.iris-five', 310, { builtin: 'iris', normalize: 'standard' }, [d(10, 'tanh'), d(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 80 });

// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse', 311, grade(), [d(16, 'relu'), d(4, 'softmax')], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 80 });
spec('loss-activation-mismatch.bce-linear-head', 312, health(), [d(12, 'relu'), d(1)], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('loss-activation-mismatch.cce-sigmoid-head', 313, grade(), [d(16, 'tanh'), d(4, 'sigmoid')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 60 });
spec('loss-activation-mismatch.relu-head-standard-target', 314, growth(), [d(16, 'tanh'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 });
spec('loss-activation-mismatch.sigmoid-head-grams', 315, growth({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 });

// init-symmetry
spec('init-symmetry.zeros-hidden', 316, health(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 80 });
spec('init-symmetry.constant-hidden', 317, growth(), [d(12, 'tanh', { init: 'constant', value: 0.1 }), d(12, 'tanh', { init: 'constant', value: 0.1 }), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100 });
spec('init-symmetry.zeros-relu-grade', 318, grade(), [d(20, 'relu', { init: 'zeros' }), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 80 });
spec('init-symmetry.constant-sigmoid-hatch', 319, hatch(), [d(10, 'sigmoid', { init: 'constant', value: 0.05 }), d(1, 'linear', { init: 'constant', value: 0.05 })], 'mse', { type: 'sgd', lr: 0.1 }, { epochs: 100, batchSize: 16 });

// init-scale
spec('init-scale.normal-std-20', 320, health(), [d(16, 'tanh', { init: 'normal', std: 20 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80 });
spec('init-scale.uniform-tiny-deep', 321, growth(), [d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(1, 'linear', { init: 'uniform', limit: 1e-5 })], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 80 });
spec('init-scale.normal-std-8-relu', 322, grade(), [d(24, 'relu', { init: 'normal', std: 8 }), d(24, 'relu', { init: 'normal', std: 8 }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, { epochs: 80 });
spec('init-scale.constant-fine-but-std-huge', 323, hatch(), [d(12, 'elu', { init: 'normal', std: 15 }), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 100 });

// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', 324, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 120 });
spec('no-nonlinearity.linear-growth', 325, growth(), [d(32), d(16), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100 });
spec('no-nonlinearity.linear-circles', 326, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(12, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 100 });
spec('no-nonlinearity.linear-grade-deep', 327, grade(), [d(16), d(16), d(16), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100 });

// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', 328, growth(), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 5 }, { epochs: 60 });
spec('lr-out-of-range.sgd-lr-80', 329, health(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 80 }, { epochs: 60 });
spec('lr-out-of-range.rmsprop-1e-9', 330, grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 1e-9 }, { epochs: 60 });
spec('lr-out-of-range.sgd-1e-8', 331, hatch(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 1e-8, momentum: 0.9 }, { epochs: 60 });

// dead-relu
spec('dead-relu.bias-minus-6', 332, growth(), [d(24, 'relu', { bias: -6 }), d(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 80 });
spec('dead-relu.sgd-raw-flow', 333, growth({ normalize: 'none', normalizeTarget: 'standard' }), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 60 });
spec('dead-relu.bias-minus-4-grade', 334, grade(), [d(20, 'relu', { bias: -4 }), d(20, 'relu', { bias: -4 }), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 80 });
spec('dead-relu.adam-lr-high-health', 335, health(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 2.0 }, { epochs: 40 });

// exploding-gradient
spec('exploding-gradient.raw-features-raw-grams', 336, growth({ normalize: 'none', normalizeTarget: 'none', target: 'harvest_weight_g' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 40 });
spec('exploding-gradient.deep-std1-linearish', 337, growth(), [d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 40 });
spec('exploding-gradient.raw-fish-count', 338, growth({ normalize: 'none', normalizeTarget: 'none' }), [d(8, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-4, momentum: 0.9 }, { epochs: 40 });
spec('exploding-gradient.harvest-raw-rmsprop-deep', 339, growth({ normalizeTarget: 'none', target: 'harvest_weight_g' }), [d(32, 'elu', { init: 'normal', std: 1.2 }), d(32, 'elu', { init: 'normal', std: 1.2 }), d(32, 'elu', { init: 'normal', std: 1.2 }), d(1)], 'mse', { type: 'sgd', lr: 0.0005 }, { epochs: 40 });

// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid', 340, health(), [d(16, 'sigmoid', { init: 'normal', std: 0.05 }), d(16, 'sigmoid', { init: 'normal', std: 0.05 }), d(16, 'sigmoid', { init: 'normal', std: 0.05 }), d(16, 'sigmoid', { init: 'normal', std: 0.05 }), d(16, 'sigmoid', { init: 'normal', std: 0.05 }), d(16, 'sigmoid', { init: 'normal', std: 0.05 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 60 });
spec('vanishing-gradient.deep-tanh-tiny-init', 341, growth(), [d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 60 });
spec('vanishing-gradient.sigmoid-eight-grade', 342, grade(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, { epochs: 60 });
spec('vanishing-gradient.sigmoid-uniform-small-hatch', 343, hatch(), [d(20, 'sigmoid', { init: 'uniform', limit: 0.02 }), d(20, 'sigmoid', { init: 'uniform', limit: 0.02 }), d(20, 'sigmoid', { init: 'uniform', limit: 0.02 }), d(20, 'sigmoid', { init: 'uniform', limit: 0.02 }), d(20, 'sigmoid', { init: 'uniform', limit: 0.02 }), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 60 });

// nan-loss
spec('nan-loss.sgd-raw-harvest', 344, growth({ normalize: 'none', normalizeTarget: 'none', target: 'harvest_weight_g' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 40 });
spec('nan-loss.momentum-lr-3', 345, growth(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 3, momentum: 0.9 }, { epochs: 40 });
spec('nan-loss.raw-count-linear', 346, growth({ normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 30 });
spec('nan-loss.std-huge-deep', 347, growth({ normalizeTarget: 'none', target: 'harvest_weight_g' }), [d(32, 'relu', { init: 'normal', std: 1e6 }), d(32, 'relu', { init: 'normal', std: 1e6 }), d(32, 'relu', { init: 'normal', std: 1e6 }), d(1, 'linear', { init: 'normal', std: 1e6 })], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 20 });

// lr-too-high
spec('lr-too-high.adam-0.5', 348, health(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.5 }, { epochs: 60 });
spec('lr-too-high.rmsprop-0.2-grade', 349, grade(), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.2 }, { epochs: 60 });
spec('lr-too-high.sgd-momentum-lr-0.6', 350, growth(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.6, momentum: 0.9 }, { epochs: 60, batchSize: 64 });
spec('lr-too-high.nesterov-1.5-hatch', 351, hatch(), [d(12, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 1.5, momentum: 0.8, nesterov: true }, { epochs: 60 });
spec('lr-too-high.adam-0.3-growth', 352, growth(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.3 }, { epochs: 60 });

// lr-too-low
spec('lr-too-low.sgd-1e-5', 353, growth(), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-5 }, { epochs: 80 });
spec('lr-too-low.adam-1e-6-grade', 354, grade(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 1e-6 }, { epochs: 80 });
spec('lr-too-low.rmsprop-2e-6-health', 355, health(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 2e-6 }, { epochs: 80 });
spec('lr-too-low.sgd-full-batch-hatch', 356, hatch(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.0005 }, { epochs: 100, batchSize: 300 });

// saturated-activation
spec('saturated-activation.sigmoid-raw-features', 357, health({ normalize: 'none' }), [d(16, 'sigmoid', { init: 'normal', std: 1 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('saturated-activation.tanh-raw-growth', 358, growth({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 60 });
spec('saturated-activation.tanh-std-4', 359, grade(), [d(24, 'tanh', { init: 'normal', std: 4 }), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 60 });
spec('saturated-activation.sigmoid-bias-8', 360, hatch(), [d(16, 'sigmoid', { bias: 8 }), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 60 });

// loss-plateau
spec('loss-plateau.weight-decay-huge', 361, growth(), [d(24, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003, weightDecay: 5 }, { epochs: 100 });
spec('loss-plateau.bottleneck-one-relu', 362, grade(), [d(1, 'relu', { bias: -2 }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 100 });
spec('loss-plateau.clipnorm-tiny-sgd', 363, health(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, clipNorm: 1e-4 }, { epochs: 100 });
spec('loss-plateau.dropout-0.95', 364, hatch(), [d(16, 'relu'), drop(0.95), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100 });

// oscillating-loss
spec('oscillating-loss.sgd-batch1-lr-0.3', 365, hatch(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.3 }, { epochs: 60, batchSize: 1 });
spec('oscillating-loss.adam-0.05-batch2', 366, growth(), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 60, batchSize: 2 });
spec('oscillating-loss.momentum-0.99', 367, health(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.99 }, { epochs: 60, batchSize: 16 });
spec('oscillating-loss.rmsprop-0.05-batch4', 368, grade(), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.05 }, { epochs: 60, batchSize: 4 });

// a syntax slip
raw('invalid-spec.trailing-comma', '{\n  "name": "growth",\n  "data": {"csv": "../data/growth.csv", "target": "weight_gain_g", "features": ["water_temp_c", "start_weight_g"],},\n  "layers": [{"type": "dense", "units": 8, "activation": "relu"}, {"type": "dense", "units": 1}],\n  "loss": "mse",\n  "optimizer": {"type": "adam", "lr": 0.003}\n}\n');

// ---------------- healthy ----------------
spec('ok.growth-adam-relu', 400, growth(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 32 });
spec('ok.growth-sgd-momentum-tanh', 401, growth(), [d(24, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 120, batchSize: 16 });
spec('ok.growth-nesterov-elu', 402, growth(), [d(20, 'elu'), d(10, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, { epochs: 150, batchSize: 32 });
spec('ok.growth-rmsprop-minmax', 403, growth({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 150, batchSize: 32 });
spec('ok.growth-batchnorm-leaky', 404, growth(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('ok.growth-dropout-val', 405, growth(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, { epochs: 150, batchSize: 32, validationSplit: 0.2 });
spec('ok.growth-harvest-raw-features-standard-target', 406, growth({ target: 'harvest_weight_g' }), [d(24, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 120 });
spec('ok.growth-full-batch-adam', 407, growth(), [d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.02 }, { epochs: 300, batchSize: 360 });
spec('ok.growth-batch1-sgd', 408, growth(), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.002 }, { epochs: 40, batchSize: 1 });
spec('ok.growth-clipnorm-sgd', 409, growth(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 1 }, { epochs: 120, batchSize: 32 });
spec('ok.growth-deep-narrow-elu', 410, growth(), [d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 150, batchSize: 32 });
spec('ok.growth-two-targets', 411, growth({ target: ['weight_gain_g', 'harvest_weight_g'] }), [d(32, 'relu'), d(2)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120 });
spec('ok.growth-tabs-subset', 412, growth({ features: ['water_temp_c', 'dissolved_o2_mgl', 'start_weight_g', 'stocking_density_kgm3'] }), [d(16, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.005 }, { epochs: 120, batchSize: 24 });
spec('ok.health-adam-relu', 413, health(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100 });
spec('ok.health-tabs-sgd', 414, health({ csv: '../data/health-tabs.csv' }), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 16 });
spec('ok.health-rmsprop-dropout', 415, health(), [d(32, 'relu'), drop(0.3), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, { epochs: 120, validationSplit: 0.2 });
spec('ok.health-logistic', 416, health(), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 150, batchSize: 32 });
spec('ok.health-minmax-elu', 417, health({ normalize: 'minmax' }), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 120 });
spec('ok.health-batchnorm-sgd', 418, health(), [d(24, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, { epochs: 100, batchSize: 32 });
spec('ok.health-softmax-two', 419, health(), [d(16, 'tanh'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100 });
spec('ok.grade-adam-relu', 420, grade(), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 120 });
spec('ok.grade-sgd-tanh', 421, grade(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 120, batchSize: 16 });
spec('ok.grade-rmsprop-deep', 422, grade(), [d(32, 'relu'), d(16, 'relu'), d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, { epochs: 120 });
spec('ok.grade-minmax-batch8', 423, grade({ normalize: 'minmax' }), [d(20, 'elu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003, weightDecay: 1e-4 }, { epochs: 100, batchSize: 8 });
spec('ok.grade-linear-softmax', 424, grade(), [d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, { epochs: 200 });
spec('ok.grade-batchnorm-dropout', 425, grade(), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, validationSplit: 0.15 });
spec('ok.hatch-adam-tanh', 426, hatch(), [d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150 });
spec('ok.hatch-sgd-relu-target-standard', 427, hatch({ normalizeTarget: 'standard' }), [d(24, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 150, batchSize: 16 });
spec('ok.hatch-rmsprop-elu', 428, hatch({ normalizeTarget: 'standard' }), [d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 120 });
spec('ok.hatch-sigmoid-head-rate', 429, hatch(), [d(16, 'tanh'), d(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 150 });
spec('ok.moons-relu', 430, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150 });
spec('ok.circles-tanh-sgd', 431, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, { epochs: 200, batchSize: 32 });
spec('ok.iris-rmsprop', 432, { builtin: 'iris', normalize: 'standard' }, [d(10, 'relu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005 }, { epochs: 120, batchSize: 16 });
spec('ok.spirals-deep-adam', 433, { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 32 });
spec('ok.sine-tanh', 434, { builtin: 'sine', samples: 200 }, [d(24, 'tanh'), d(24, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200 });
spec('ok.xor-inline-tank', 435, { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0, 0, 1, 1, 0] } }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, { epochs: 300, batchSize: 8 });
spec('ok.blobs-sgd-plain', 436, { builtin: 'blobs', classes: 4, samples: 300 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, { epochs: 100, batchSize: 16 });
spec('ok.growth-lecun-selu-ish', 437, growth(), [d(24, 'tanh', { init: 'lecun_normal' }), d(24, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 120 });
spec('ok.growth-he-uniform-wide', 438, growth(), [d(128, 'relu', { init: 'he_uniform' }), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 120, batchSize: 64 });
spec('ok.hatch-inline-small-o2', 439, { inline: { x: [[6.1], [6.8], [7.4], [8.0], [8.7], [9.3], [10.0], [10.6], [11.2], [11.9], [12.5], [5.5]], y: [0.31, 0.42, 0.5, 0.58, 0.64, 0.7, 0.74, 0.77, 0.79, 0.8, 0.81, 0.22] }, normalize: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 400, batchSize: 12 });
spec('ok.health-weighted-decay-adam', 440, health(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001, weightDecay: 1e-3, clipNorm: 5 }, { epochs: 150, batchSize: 64 });
spec('ok.grade-sgd-batch1', 441, grade(), [d(12, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, { epochs: 30, batchSize: 1 });
// second pass: more dead-relu, exploding, oscillating, plateau candidates
spec('dead-relu.bias-minus-3-health', 369, health(), [d(24, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 80 });
spec('dead-relu.hatch-bias-minus-5-deep', 370, hatch({ normalizeTarget: 'standard' }), [d(16, 'relu', { bias: -5 }), d(16, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 80 });
spec('exploding-gradient.raw-harvest-target-sgd', 371, growth({ normalizeTarget: 'none', target: 'harvest_weight_g' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-5 }, { epochs: 40 });
spec('exploding-gradient.raw-gain-rmsprop-clip-none', 372, growth({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 40 });
spec('oscillating-loss.sgd-batch1-lr-0.05', 373, hatch({ normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 60, batchSize: 1 });
spec('oscillating-loss.rmsprop-0.03-batch1-grade', 374, grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.03 }, { epochs: 50, batchSize: 1 });
spec('loss-plateau.weight-decay-health', 375, health(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 2 }, { epochs: 100 });
spec('loss-plateau.tanh-one-unit-grade', 376, grade(), [d(1, 'tanh'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 120 });
console.log(fs.readdirSync(out).length, 'candidates');
