/**
 * Writes every candidate spec of fault set blind258 into candidates/.
 * Run: npx tsx test/faults-blind258/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const PANS_F = ['air_temp_c', 'wind_kmh', 'humidity_pct', 'sun_hours', 'evap_mm', 'brine_depth_cm', 'brine_baume', 'rain_mm', 'sluice_gate'];
const GR_F = ['moisture_pct', 'nacl_pct', 'insoluble_ppm', 'calcium_ppm', 'magnesium_ppm', 'sulfate_ppm', 'whiteness', 'grain_mm'];
const DR_F = ['dryer_temp_c', 'belt_speed_m_min', 'feed_moisture_pct', 'anticaking_ppm', 'ambient_rh_pct', 'bag_kg'];

const pans = (extra: Obj = {}): Obj => ({ csv: '../data/pans.csv', target: 'harvest_kg_m2', features: PANS_F, normalize: 'standard', ...extra });
const grades = (extra: Obj = {}): Obj => ({ csv: '../data/grades.csv', target: 'grade', features: GR_F, normalize: 'standard', ...extra });
const dryer = (extra: Obj = {}): Obj => ({ csv: '../data/dryer.csv', target: 'caked', features: DR_F, normalize: 'standard', ...extra });
const d = (units: number, activation: string, extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });

function spec(file: string, seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}): void {
  const s = { name: file, seed, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}

// ---------- invalid-spec ----------
spec('invalid-spec.adamw-optimizer', 1, grades(), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adamw', lr: 0.003, weightDecay: 0.01 }, { epochs: 80, batchSize: 32 });
spec('invalid-spec.leakyrelu-keras-name', 2, pans(), [d(32, 'LeakyReLU'), d(16, 'LeakyReLU'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 16 });
spec('invalid-spec.binary-crossentropy-loss', 3, dryer(), [d(16, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', { type: 'rmsprop', lr: 0.002 }, { epochs: 80, batchSize: 32 });
spec('invalid-spec.dropout-as-percent', 4, grades(), [d(48, 'relu'), drop(30), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 80, batchSize: 32 });
spec('invalid-spec.glorot-init', 5, dryer(), [d(12, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 16 });

// ---------- data-error ----------
spec('data-error.target-grade-capitalised', 6, grades({ target: 'Grade' }), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 });
spec('data-error.lot-id-as-feature', 7, grades({ features: ['lot_id', ...GR_F] }), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 });
spec('data-error.tablet-export-na-markers', 8, pans({ csv: '../data/pans-gaps.csv' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('data-error.missing-season-file', 9, pans({ csv: '../data/pans_2024.csv' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('data-error.path-outside-workspace', 10, dryer({ csv: '../../../../../../srv/scada/dryer.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 });

// ---------- shape-mismatch ----------
spec('shape-mismatch.three-grades-head', 11, grades(), [d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 });
spec('shape-mismatch.two-unit-yield-head', 12, pans(), [d(32, 'tanh'), d(2, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 100, batchSize: 32 });
spec('shape-mismatch.one-unit-softmax-grades', 13, grades(), [d(16, 'elu'), d(1, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 });
spec('shape-mismatch.two-targets-one-output', 14, pans({ target: ['harvest_kg_m2', 'evap_mm'], features: PANS_F.filter((f) => f !== 'evap_mm') }), [d(24, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });

// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.bce-linear-head', 15, dryer(), [d(16, 'relu'), d(1, 'linear')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('loss-activation-mismatch.cce-sigmoid-grades', 16, grades(), [d(32, 'relu'), d(4, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 });
spec('loss-activation-mismatch.tanh-head-yield', 17, pans(), [d(32, 'relu'), d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 });
spec('loss-activation-mismatch.softmax-single-yield', 18, pans(), [d(24, 'relu'), d(1, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('loss-activation-mismatch.relu-head-bce', 19, dryer(), [d(16, 'tanh'), d(1, 'relu')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 16 });

// ---------- init-symmetry ----------
spec('init-symmetry.zeros-hidden-grades', 20, grades(), [d(32, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('init-symmetry.constant-tanh-dryer', 21, dryer(), [d(12, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'sigmoid', { init: 'constant', value: 0.1 })], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 120, batchSize: 16 });
spec('init-symmetry.zeros-two-layers-pans', 22, pans(), [d(24, 'sigmoid', { init: 'zeros' }), d(12, 'sigmoid', { init: 'zeros' }), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 120, batchSize: 32 });
spec('init-symmetry.constant-half-sigmoid', 23, grades(), [d(16, 'sigmoid', { init: 'constant', value: 0.5 }), d(4, 'softmax', { init: 'constant', value: 0.5 })], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, { epochs: 100, batchSize: 32 });

// ---------- init-scale ----------
spec('init-scale.normal-std5-tanh', 24, grades(), [d(32, 'tanh', { init: 'normal', std: 5 }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 80, batchSize: 32 });
spec('init-scale.uniform-limit4-relu', 25, pans(), [d(64, 'relu', { init: 'uniform', limit: 4 }), d(64, 'relu', { init: 'uniform', limit: 4 }), d(1, 'linear', { init: 'uniform', limit: 4 })], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 60, batchSize: 32 });
spec('init-scale.tiny-normal-deep-tanh', 26, dryer(), [d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(1, 'sigmoid', { init: 'normal', std: 1e-4 })], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 });
spec('init-scale.normal-std3-sigmoid', 27, dryer(), [d(32, 'sigmoid', { init: 'normal', std: 3 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 100, batchSize: 32 });

// ---------- no-nonlinearity ----------
spec('no-nonlinearity.linear-stack-moons', 28, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 });
spec('no-nonlinearity.linear-stack-circles', 29, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(32, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 150, batchSize: 32 });
spec('no-nonlinearity.linear-hidden-dryer', 30, dryer(), [d(32, 'linear', { init: 'he_normal' }), d(16, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 16 });
spec('no-nonlinearity.linear-hidden-spirals', 31, { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'linear'), d(64, 'linear'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 });

// ---------- lr-out-of-range ----------
spec('lr-out-of-range.adam-zero', 32, grades(), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0 }, { epochs: 80, batchSize: 32 });
spec('lr-out-of-range.sgd-negative', 33, dryer(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: -0.05, momentum: 0.9 }, { epochs: 80, batchSize: 32 });
spec('lr-out-of-range.adam-lr-25', 34, pans(), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 25 }, { epochs: 80, batchSize: 32 });
spec('lr-out-of-range.rmsprop-1e-9', 35, grades(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 1e-9 }, { epochs: 80, batchSize: 32 });

// ---------- dead-relu ----------
spec('dead-relu.negative-bias-hidden', 36, pans(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 });
spec('dead-relu.raw-dryer-adam-hot', 37, dryer({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.1 }, { epochs: 80, batchSize: 32 });
spec('dead-relu.sgd-big-step-grades', 38, grades(), [d(64, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 1.5 }, { epochs: 60, batchSize: 16 });
spec('dead-relu.bias-minus2-deep', 39, dryer(), [d(16, 'relu', { bias: -2.5 }), d(16, 'relu', { bias: -2.5 }), d(16, 'relu', { bias: -2.5 }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, { epochs: 100, batchSize: 32 });

// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-kg-target-adam', 40, pans({ target: 'harvest_kg' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 32 });
spec('exploding-gradient.raw-grades-sgd', 41, grades({ normalize: 'none' }), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 60, batchSize: 32 });
spec('exploding-gradient.deep-relu-momentum', 42, pans(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 60, batchSize: 16 });
spec('exploding-gradient.raw-dryer-temp-sgd', 43, dryer({ normalize: 'none' }), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005 }, { epochs: 60, batchSize: 32 });

spec('exploding-gradient.raw-kg-rmsprop-tanh', 72, pans({ target: 'harvest_kg' }), [d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 100, batchSize: 32 });
spec('exploding-gradient.kg-target-sgd-tiny-lr', 73, pans({ target: 'harvest_kg' }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 1e-6, momentum: 0.9 }, { epochs: 80, batchSize: 32 });

// ---------- vanishing-gradient ----------
spec('vanishing-gradient.eight-sigmoid-layers', 44, dryer(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 });
spec('vanishing-gradient.ten-sigmoid-grades', 45, grades(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(4, 'softmax')]), 'cce', { type: 'sgd', lr: 0.02, momentum: 0.5 }, { epochs: 80, batchSize: 32 });
spec('vanishing-gradient.deep-tanh-small-init', 46, pans(), Array.from({ length: 6 }, () => d(16, 'tanh', { init: 'normal', std: 0.05 })).concat([d(1, 'linear')]), 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 100, batchSize: 32 });
spec('vanishing-gradient.seven-sigmoid-pans', 47, pans(), Array.from({ length: 7 }, () => d(24, 'sigmoid')).concat([d(1, 'linear')]), 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 });

// ---------- nan-loss ----------
spec('nan-loss.raw-kg-target-sgd', 48, pans({ target: 'harvest_kg', normalize: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 60, batchSize: 32 });
spec('nan-loss.raw-kg-linear-momentum', 49, pans({ target: 'harvest_kg', normalize: 'none' }), [d(32, 'linear'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, { epochs: 40, batchSize: 64 });
spec('nan-loss.minmax-kg-momentum', 50, pans({ target: 'harvest_kg', normalize: 'minmax' }), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 60, batchSize: 16 });
spec('nan-loss.raw-dryer-mse-sgd', 51, dryer({ normalize: 'none' }), [d(8, 'elu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 60, batchSize: 8 });

// ---------- lr-too-high ----------
spec('lr-too-high.adam-0.3-grades', 52, grades(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.3 }, { epochs: 80, batchSize: 32 });
spec('lr-too-high.sgd-3-dryer', 53, dryer(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3 }, { epochs: 80, batchSize: 16 });
spec('lr-too-high.rmsprop-0.1-pans', 54, pans(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.1 }, { epochs: 100, batchSize: 32 });
spec('lr-too-high.nesterov-1-iris', 55, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 1, momentum: 0.9, nesterov: true }, { epochs: 100, batchSize: 16 });
spec('lr-too-high.adam-0.5-yield-batch8', 56, pans(), [d(24, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.5 }, { epochs: 80, batchSize: 8 });

// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-5-grades', 57, grades(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 1e-5 }, { epochs: 100, batchSize: 32 });
spec('lr-too-low.adam-1e-6-dryer', 58, dryer(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 1e-6 }, { epochs: 100, batchSize: 32 });
spec('lr-too-low.rmsprop-2e-6-pans', 59, pans({ normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 2e-6 }, { epochs: 100, batchSize: 32 });
spec('lr-too-low.momentum-1e-5-moons', 60, { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-5, momentum: 0.9 }, { epochs: 150, batchSize: 32 });

// ---------- saturated-activation ----------
spec('saturated-activation.sigmoid-raw-assays', 61, grades({ normalize: 'none' }), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 });
spec('saturated-activation.tanh-raw-dryer', 62, dryer({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 80, batchSize: 32 });
spec('saturated-activation.sigmoid-bias-8', 63, pans(), [d(24, 'sigmoid', { bias: 8 }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 100, batchSize: 32 });
spec('saturated-activation.tanh-raw-weather', 64, pans({ normalize: 'none' }), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 });

// ---------- loss-plateau ----------
spec('loss-plateau.weight-decay-one', 65, grades(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003, weightDecay: 1 }, { epochs: 100, batchSize: 32 });
spec('loss-plateau.one-unit-bottleneck-spirals', 66, { builtin: 'spirals', samples: 300, classes: 3 }, [d(1, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 });
spec('loss-plateau.heavy-dropout-dryer', 67, dryer(), [d(8, 'relu'), drop(0.95), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('loss-plateau.sigmoid-sgd-xor', 68, { builtin: 'xor', samples: 300, noise: 0.1 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 150, batchSize: 32 });

// ---------- oscillating-loss ----------
spec('oscillating-loss.full-batch-momentum', 69, dryer(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.5, momentum: 0.95 }, { epochs: 120, batchSize: 400 });
spec('oscillating-loss.adam-batch1-iris', 70, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.05 }, { epochs: 60, batchSize: 1 });
spec('oscillating-loss.rmsprop-batch2-pans', 71, pans(), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.03 }, { epochs: 60, batchSize: 2 });

// ================= healthy =================
spec('ok.grades-relu-adam', 101, grades(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 });
spec('ok.grades-export-semicolon', 102, grades({ csv: '../data/grades-export.csv' }), [d(24, 'elu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 16 });
spec('ok.grades-minmax-tanh-rmsprop', 103, grades({ normalize: 'minmax' }), [d(32, 'tanh'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('ok.grades-nesterov-bn', 104, grades(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, { epochs: 80, batchSize: 32, validationSplit: 0.2 });
spec('ok.grades-dropout-wd', 105, grades(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, { epochs: 100, batchSize: 32 });
spec('ok.grades-sgd-plain', 106, grades(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, { epochs: 150, batchSize: 16 });
spec('ok.grades-full-batch-adam', 107, grades(), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 420 });
spec('ok.grades-batch1-sgd', 108, grades(), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.005 }, { epochs: 30, batchSize: 1 });
spec('ok.grades-three-features', 109, grades({ features: ['moisture_pct', 'nacl_pct', 'whiteness'] }), [d(16, 'elu'), d(8, 'elu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('ok.grades-deep-narrow-clip', 110, grades(), [d(16, 'relu'), d(12, 'relu'), d(12, 'relu'), d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.002, clipNorm: 1 }, { epochs: 120, batchSize: 32 });
spec('ok.pans-relu-adam', 111, pans(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('ok.pans-kg-normalized-target', 112, pans({ target: 'harvest_kg', normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('ok.pans-tanh-rmsprop', 113, pans(), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 120, batchSize: 16 });
spec('ok.pans-momentum-sgd', 114, pans(), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 });
spec('ok.pans-minmax-elu-val', 115, pans({ normalize: 'minmax' }), [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32, validationSplit: 0.15 });
spec('ok.pans-sigmoid-hidden-adam', 116, pans(), [d(32, 'sigmoid'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 });
spec('ok.pans-bn-dropout', 117, pans(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 64 });
spec('ok.pans-four-features', 118, pans({ features: ['evap_mm', 'brine_baume', 'brine_depth_cm', 'rain_mm'] }), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 120, batchSize: 16 });
spec('ok.pans-full-batch-rmsprop', 119, pans(), [d(32, 'leaky_relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, { epochs: 400, batchSize: 480 });
spec('ok.pans-nesterov-wd', 120, pans(), [d(48, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true, weightDecay: 1e-4 }, { epochs: 100, batchSize: 32 });
spec('ok.pans-deep-elu-clip', 121, pans(), [d(24, 'elu'), d(24, 'elu'), d(24, 'elu'), d(24, 'elu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, clipNorm: 5 }, { epochs: 100, batchSize: 32 });
spec('ok.pans-batch4-adam-small', 122, pans(), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.0005 }, { epochs: 40, batchSize: 4 });
spec('ok.dryer-tanh-adam', 123, dryer(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 });
spec('ok.dryer-relu-rmsprop-val', 124, dryer(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 80, batchSize: 32, validationSplit: 0.2 });
spec('ok.dryer-sgd-momentum', 125, dryer(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 });
spec('ok.dryer-minmax-leaky', 126, dryer({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 16 });
spec('ok.dryer-logistic-only', 127, dryer(), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 100, batchSize: 32 });
spec('ok.dryer-bn-nesterov', 128, dryer(), [d(24, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 80, batchSize: 16 });
spec('ok.dryer-sigmoid-hidden-batch1', 129, dryer(), [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02 }, { epochs: 40, batchSize: 1 });
spec('ok.moons-relu-adam', 130, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 });
spec('ok.circles-tanh-rmsprop', 131, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, { epochs: 200, batchSize: 32 });
spec('ok.spirals-deep-adam', 132, { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 });
spec('ok.iris-sgd-plain', 133, { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, { epochs: 150, batchSize: 16 });
spec('ok.sine-tanh-adam', 134, { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 });
spec('ok.xor-elu-nesterov', 135, { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, { epochs: 200, batchSize: 16 });
spec('ok.blobs-four-rmsprop', 136, { builtin: 'blobs', samples: 400, classes: 4 }, [d(12, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005 }, { epochs: 80, batchSize: 32 });
spec('ok.inline-brine-density', 137, { inline: { x: [[18], [19], [20], [21], [22], [23], [24], [25], [26], [27], [28], [29], [30]], y: [1.14, 1.15, 1.16, 1.17, 1.18, 1.19, 1.2, 1.21, 1.22, 1.23, 1.24, 1.25, 1.26] }, normalize: 'standard' }, [d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 200, batchSize: 13 });
spec('ok.inline-crystal-grade', 138, { inline: { x: [[0.3, 99.5], [0.5, 99.3], [0.4, 99.6], [3.2, 98.1], [3.8, 98.4], [2.9, 98.0], [6.1, 97.5], [6.8, 97.8], [7.0, 97.4], [0.6, 99.2], [3.5, 98.3], [6.4, 97.6]], y: ['fine', 'fine', 'fine', 'coarse', 'coarse', 'coarse', 'fleur', 'fleur', 'fleur', 'fine', 'coarse', 'fleur'] }, normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, { epochs: 150, batchSize: 4 });
spec('ok.grades-lecun-elu-sgd', 139, grades(), [d(32, 'elu', { init: 'lecun_normal' }), d(16, 'elu', { init: 'lecun_normal' }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.03, momentum: 0.8 }, { epochs: 100, batchSize: 16 });
spec('ok.pans-he-uniform-wide', 140, pans(), [d(128, 'relu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 32 });
spec('ok.dryer-xavier-normal-deep', 141, dryer(), [d(16, 'tanh', { init: 'xavier_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(8, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 });
spec('ok.pans-raw-features-small-adam', 142, pans({ normalize: 'none', features: ['evap_mm', 'brine_baume', 'rain_mm'] }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 32 });
spec('ok.grades-noshuffle-rmsprop', 143, grades(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 100, batchSize: 64, shuffle: false });
console.log(fs.readdirSync(out).length, 'candidates');
