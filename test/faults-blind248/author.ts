/**
 * Writes every candidate spec of fault set blind248 (snail farms) into candidates/:
 * `npx tsx test/faults-blind248/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const specs: [string, J][] = [];
const add = (name: string, spec: J) => specs.push([name, spec]);

const PENS_F = ['pen_area_m2', 'stocked_snails', 'density_per_m2', 'humidity_pct', 'night_temp_c', 'feed_kg_week', 'rain_mm', 'calcium_g_m2'];
const GRADE_F = ['shell_diam_mm', 'live_weight_g', 'shell_thick_mm', 'lip_formed', 'age_weeks', 'purge_days'];
const DIE_F = ['humidity_pct', 'night_temp_c', 'ammonia_ppm', 'density_per_m2', 'days_since_clean', 'slime_index'];
const CAV_F = ['breeders', 'soil_moisture_pct', 'soil_depth_cm', 'box_temp_c', 'photoperiod_h'];

const pens = (extra: J = {}) => ({ csv: '../data/pens.csv', target: 'harvest_kg', features: PENS_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const grading = (extra: J = {}) => ({ csv: '../data/grading.csv', target: 'grade', features: GRADE_F, normalize: 'standard', ...extra });
const dieoff = (extra: J = {}) => ({ csv: '../data/dieoff.csv', target: 'dieoff', features: DIE_F, normalize: 'standard', ...extra });
const caviar = (extra: J = {}) => ({ csv: '../data/caviar.csv', target: ['egg_mass_g', 'clutches'], features: CAV_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation = 'linear', more: J = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: J = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}) => ({ epochs, batchSize, ...more });
const spec = (seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J, more: J = {}): J => ({ seed, data, layers, loss, optimizer, training, ...more });

// ---------------- invalid-spec ----------------
add('invalid-spec.adamw-optimizer', spec(248, dieoff(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(80, 32)));
add('invalid-spec.swish-activation', spec(3, grading(), [d(24, 'swish'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32)));
add('invalid-spec.keras-loss-name', spec(4, grading(), [d(16, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', opt('rmsprop', 0.002), tr(80, 16)));
add('invalid-spec.dropout-as-percent', spec(5, pens(), [d(32, 'relu'), drop(20), d(1)], 'mse', opt('adam', 0.003), tr(120, 32)));
add('invalid-spec.validation-split-whole', spec(6, dieoff(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32, { validationSplit: 1 })));

// ---------------- data-error ----------------
add('data-error.next-season-file', spec(7, { ...pens(), csv: '../data/pens_2024.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
add('data-error.weight-typed-with-g', spec(8, grading({ csv: '../data/grading-notes.csv' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32)));
add('data-error.target-typo', spec(9, pens({ target: 'harvest_kgs' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
add('data-error.logger-na-markers', spec(10, pens({ csv: '../data/pens-gaps.csv' }), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(100, 16)));
add('data-error.shared-drive-path', spec(11, dieoff({ csv: '../../../../../srv/farm-share/dieoff.csv' }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(60, 32)));
add('data-error.pen-id-as-feature', spec(12, { csv: '../data/pens.csv', target: 'harvest_kg', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));

// ---------------- shape-mismatch ----------------
add('shape-mismatch.grades-two-units', spec(13, grading(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32)));
add('shape-mismatch.caviar-one-output', spec(14, caviar(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
add('shape-mismatch.grades-four-units', spec(15, grading({ csv: '../data/grading-fr.csv' }), [d(20, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(100, 16)));
add('shape-mismatch.pens-three-outputs', spec(16, pens(), [d(24, 'relu'), d(12, 'relu'), d(3)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32)));

// ---------------- loss-activation-mismatch ----------------
add('loss-activation-mismatch.softmax-harvest-mse', spec(17, pens(), [d(32, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32)));
add('loss-activation-mismatch.bce-linear-head', spec(18, dieoff(), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(100, 32)));
add('loss-activation-mismatch.cce-sigmoid-head', spec(19, grading(), [d(24, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.003), tr(100, 32)));
add('loss-activation-mismatch.relu-head-standardised', spec(20, pens(), [d(32, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(150, 32)));
add('loss-activation-mismatch.tanh-head-raw-kilos', spec(21, pens({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(100, 32)));

// ---------------- init-symmetry ----------------
add('init-symmetry.zeros-hidden', spec(22, dieoff(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 32)));
add('init-symmetry.constant-hidden', spec(23, grading(), [d(24, 'sigmoid', { init: 'constant', value: 0.1 }), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32)));
add('init-symmetry.zeros-two-layers', spec(24, pens(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1)], 'mse', opt('rmsprop', 0.003), tr(120, 32)));
add('init-symmetry.constant-moons', spec(25, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh', { init: 'constant', value: 0.5 }), d(16, 'tanh', { init: 'constant', value: 0.5 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));

// ---------------- init-scale ----------------
add('init-scale.normal-std-8', spec(26, dieoff(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
add('init-scale.tiny-normal-deep', spec(27, grading(), [d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(3, 'softmax', { init: 'normal', std: 1e-4 })], 'cce', opt('sgd', 0.05), tr(100, 32)));
add('init-scale.uniform-limit-20', spec(28, pens(), [d(64, 'relu', { init: 'uniform', limit: 20 }), d(32, 'relu', { init: 'uniform', limit: 20 }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32)));
add('init-scale.sigmoid-std-5', spec(29, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(24, 'sigmoid', { init: 'normal', std: 5 }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(150, 32)));

// ---------------- no-nonlinearity ----------------
add('no-nonlinearity.linear-stack-moons', spec(30, { builtin: 'moons', samples: 300, noise: 0.1 }, [d(32), d(32), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));
add('no-nonlinearity.linear-grading-deep', spec(31, grading(), [d(24, 'linear'), d(24, 'linear'), d(24, 'linear'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32)));
add('no-nonlinearity.circles-forgot-activation', spec(32, { builtin: 'circles', samples: 400, noise: 0.05 }, [d(16), d(8), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32)));
add('no-nonlinearity.pens-linear-hidden', spec(33, pens(), [d(64), d(32), d(1)], 'mse', opt('rmsprop', 0.001), tr(150, 32)));

// ---------------- lr-out-of-range ----------------
add('lr-out-of-range.zero-rate', spec(34, dieoff(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0), tr(100, 32)));
add('lr-out-of-range.negative-rate', spec(35, grading(), [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', -0.01, { momentum: 0.9 }), tr(100, 32)));
add('lr-out-of-range.adam-rate-30', spec(36, pens(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 30), tr(100, 32)));
add('lr-out-of-range.rmsprop-rate-100', spec(37, caviar(), [d(24, 'tanh'), d(2)], 'mse', opt('rmsprop', 100), tr(100, 32)));

// ---------------- dead-relu ----------------
add('dead-relu.negative-bias', spec(38, dieoff(), [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
add('dead-relu.sgd-kick', spec(39, pens({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32)));
add('dead-relu.bias-minus-3-deep', spec(40, grading(), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(120, 32)));
add('dead-relu.adam-high-rate', spec(41, caviar(), [d(32, 'relu'), d(32, 'relu'), d(2)], 'mse', opt('adam', 0.5), tr(100, 16)));

// ---------------- exploding-gradient ----------------
add('exploding-gradient.raw-stock-counts', spec(42, pens({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-6), tr(100, 32)));
add('exploding-gradient.raw-kilos-deep', spec(43, pens({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(100, 32)));
add('exploding-gradient.deep-wide-init', spec(44, grading(), [d(64, 'relu', { init: 'normal', std: 0.6 }), d(64, 'relu', { init: 'normal', std: 0.6 }), d(64, 'relu', { init: 'normal', std: 0.6 }), d(64, 'relu', { init: 'normal', std: 0.6 }), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(60, 32)));
add('exploding-gradient.caviar-raw-breeders', spec(45, caviar({ normalize: 'none', normalizeTarget: 'none' }), [d(24, 'relu'), d(12, 'relu'), d(2)], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(100, 16)));

// ---------------- vanishing-gradient ----------------
add('vanishing-gradient.deep-sigmoid', spec(46, dieoff(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32)));
add('vanishing-gradient.tiny-tanh-stack', spec(47, grading(), [d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(3, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.5 }), tr(100, 32)));
add('vanishing-gradient.sigmoid-ten-layers-moons', spec(48, { builtin: 'moons', samples: 300, noise: 0.1 }, Array.from({ length: 10 }, () => d(10, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.1), tr(120, 32)));
add('vanishing-gradient.deep-sigmoid-pens', spec(49, pens(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32)));

// ---------------- nan-loss ----------------
add('nan-loss.raw-pens-sgd', spec(50, pens({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(50, 32)));
add('nan-loss.raw-caviar-momentum', spec(51, caviar({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'elu'), d(2)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 16)));
add('nan-loss.linear-huge-rate', spec(52, pens(), [d(32, 'linear'), d(1)], 'mse', opt('sgd', 3), tr(50, 32)));
add('nan-loss.dieoff-raw-leaky', spec(53, dieoff({ normalize: 'none' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9 }), tr(50, 8)));

// ---------------- lr-too-high ----------------
add('lr-too-high.adam-half', spec(54, dieoff(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(100, 32)));
add('lr-too-high.sgd-rate-3-moons', spec(55, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 8), tr(100, 32)));
add('lr-too-high.rmsprop-pens', spec(56, pens(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.2), tr(100, 32)));
add('lr-too-high.nesterov-grading', spec(57, grading(), [d(32, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 2, { momentum: 0.9, nesterov: true }), tr(100, 32)));

// ---------------- lr-too-low ----------------
add('lr-too-low.sgd-1e-5', spec(58, dieoff(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), tr(100, 32)));
add('lr-too-low.adam-1e-6', spec(59, grading(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 1e-6), tr(150, 32)));
add('lr-too-low.rmsprop-1e-6', spec(60, pens(), [d(32, 'tanh'), d(1)], 'mse', opt('rmsprop', 1e-6), tr(120, 32)));
add('lr-too-low.full-batch-sgd', spec(61, caviar(), [d(24, 'elu'), d(2)], 'mse', opt('sgd', 1e-4), tr(100, 300)));

// ---------------- saturated-activation ----------------
add('saturated-activation.sigmoid-raw-counts', spec(62, pens({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
add('saturated-activation.tanh-big-bias', spec(63, dieoff(), [d(24, 'tanh', { bias: 6 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32)));
add('saturated-activation.sigmoid-raw-grading', spec(64, grading({ normalize: 'none' }), [d(32, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(100, 32)));
add('saturated-activation.tanh-raw-caviar', spec(65, caviar({ normalize: 'none' }), [d(24, 'tanh'), d(2)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 16)));

// ---------------- loss-plateau ----------------
add('loss-plateau.weight-decay-huge', spec(66, grading(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 3 }), tr(120, 32)));
add('loss-plateau.dropout-090', spec(67, dieoff(), [d(4, 'relu'), drop(0.9), d(4, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32)));
add('loss-plateau.one-unit-bottleneck-spirals', spec(68, { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(1, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32)));
add('loss-plateau.sgd-decay-pens', spec(69, pens(), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { weightDecay: 5 }), tr(120, 32)));

// ---------------- oscillating-loss ----------------
add('oscillating-loss.momentum-099', spec(70, pens(), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(120, 32)));
add('oscillating-loss.adam-batch-1', spec(71, dieoff(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(60, 1)));
add('oscillating-loss.rmsprop-batch-2', spec(72, grading(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.03), tr(60, 2)));
add('oscillating-loss.sgd-full-batch-edge', spec(73, caviar(), [d(16, 'linear'), d(2)], 'mse', opt('sgd', 0.9), tr(150, 300)));

add('oscillating-loss.adam-batch-2-pens', spec(74, pens(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.05), tr(60, 2)));
add('oscillating-loss.sgd-batch-1-dieoff', spec(75, dieoff(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(40, 1)));
add('oscillating-loss.rmsprop-batch-4-caviar', spec(76, caviar(), [d(32, 'elu'), d(2)], 'mse', opt('rmsprop', 0.05), tr(80, 4)));
add('oscillating-loss.adam-batch-4-grading', spec(77, grading(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.1), tr(80, 4)));

// ---------------- healthy ----------------
add('ok.pens-adam-relu', spec(101, pens(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
add('ok.pens-sgd-momentum-tanh', spec(102, pens(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32)));
add('ok.pens-minmax-elu-rmsprop', spec(103, pens({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(200, 16)));
add('ok.pens-batchnorm-nesterov', spec(104, pens(), [d(48, 'relu', { batchNorm: true }), d(24, 'relu', { batchNorm: true }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(150, 32)));
add('ok.pens-dropout-val', spec(105, pens(), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.002), tr(200, 32, { validationSplit: 0.2 })));
add('ok.pens-leaky-clip', spec(106, pens(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.005, { clipNorm: 1 }), tr(150, 64)));
add('ok.pens-full-batch-adam', spec(107, pens(), [d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.02), tr(400, 380)));
add('ok.pens-sgd-plain-batch8', spec(108, pens(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(150, 8)));
add('ok.pens-deep-narrow', spec(109, pens(), [d(16, 'elu'), d(12, 'elu'), d(8, 'elu'), d(8, 'elu'), d(1)], 'mse', opt('adam', 0.002), tr(200, 32)));
add('ok.pens-gaps-skipped-columns', spec(110, pens({ csv: '../data/pens-gaps.csv', features: ['pen_area_m2', 'stocked_snails', 'density_per_m2', 'calcium_g_m2'] }), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 32)));
add('ok.grading-adam-relu', spec(111, grading(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32)));
add('ok.grading-fr-export-tanh', spec(112, grading({ csv: '../data/grading-fr.csv' }), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(150, 32)));
add('ok.grading-sgd-momentum-deep', spec(113, grading(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.9 }), tr(120, 32)));
add('ok.grading-batchnorm-dropout', spec(114, grading(), [d(64, 'relu', { batchNorm: true }), drop(0.3), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.15 })));
add('ok.grading-minmax-elu-wd', spec(115, grading({ normalize: 'minmax' }), [d(32, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.01, { weightDecay: 1e-4 }), tr(200, 64)));
add('ok.grading-batch1-sgd', spec(116, grading(), [d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.005), tr(40, 1)));
add('ok.grading-sigmoid-hidden', spec(117, grading(), [d(24, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32)));
add('ok.dieoff-adam-relu', spec(118, dieoff(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32)));
add('ok.dieoff-rmsprop-tanh-val', spec(119, dieoff(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(120, 32, { validationSplit: 0.2 })));
add('ok.dieoff-nesterov-leaky', spec(120, dieoff(), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(120, 16)));
add('ok.dieoff-logistic-only', spec(121, dieoff(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 32)));
add('ok.dieoff-batchnorm-elu', spec(122, dieoff(), [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(100, 64)));
add('ok.dieoff-full-batch-rmsprop', spec(123, dieoff({ normalize: 'minmax' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(300, 460)));
add('ok.caviar-two-targets-adam', spec(124, caviar(), [d(32, 'relu'), d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(150, 32)));
add('ok.caviar-tanh-sgd-momentum', spec(125, caviar(), [d(24, 'tanh'), d(2)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(200, 16)));
add('ok.caviar-elu-rmsprop-clip', spec(126, caviar(), [d(32, 'elu'), d(32, 'elu'), d(2)], 'mse', opt('rmsprop', 0.001, { clipNorm: 5 }), tr(150, 32)));
add('ok.moons-relu-adam', spec(127, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)));
add('ok.circles-tanh-sgd', spec(128, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32)));
add('ok.spirals-deep-elu', spec(129, { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(48, 'elu'), d(48, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(300, 32)));
add('ok.blobs-four-classes-softmax-only', spec(130, { builtin: 'blobs', samples: 400, classes: 4, noise: 0.2 }, [d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 32)));
add('ok.iris-rmsprop', spec(131, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 16)));
add('ok.sine-tanh-adam', spec(132, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32)));
add('ok.xor-sigmoid-sgd', spec(133, { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9 }), tr(200, 16)));
add('ok.inline-shell-weight', spec(134, { inline: { x: [[20], [24], [28], [32], [36], [40], [44], [22], [26], [30], [34], [38], [42]], y: [2.1, 3.6, 5.6, 8.3, 11.5, 15.6, 20.4, 2.8, 4.5, 6.9, 9.8, 13.5, 18.0] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', opt('adam', 0.02), tr(400, 13)));
add('ok.inline-grade-labels', spec(135, { inline: { x: [[26, 0], [28, 0], [30, 0], [33, 1], [35, 1], [37, 1], [41, 1], [43, 1], [45, 1], [27, 0], [36, 1], [44, 1]], y: ['reject', 'reject', 'reject', 'standard', 'standard', 'standard', 'extra', 'extra', 'extra', 'reject', 'standard', 'extra'] }, normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 4)));
add('ok.pens-wide-single', spec(136, pens(), [d(128, 'relu'), d(1)], 'mse', opt('rmsprop', 0.0005), tr(150, 32)));
add('ok.grading-deep-batchnorm-sgd', spec(137, grading(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32)));
add('ok.dieoff-sigmoid-hidden-sgd', spec(138, dieoff(), [d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(200, 16)));
add('ok.caviar-linear-regression', spec(139, caviar(), [d(2)], 'mse', opt('sgd', 0.05), tr(100, 32)));
add('ok.pens-lecun-elu-batch4', spec(140, pens(), [d(16, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', opt('adam', 0.001), tr(80, 4)));
add('ok.moons-xavier-normal-tanh-rmsprop', spec(141, { builtin: 'moons', samples: 400, noise: 0.2 }, [d(24, 'tanh', { init: 'xavier_normal' }), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(200, 64)));
add('ok.grading-he-uniform-leaky-val', spec(142, grading(), [d(48, 'leaky_relu', { init: 'he_uniform' }), drop(0.1), d(24, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('adam', 0.002), tr(150, 16, { validationSplit: 0.25 })));
add('ok.caviar-minmax-raw-target-scaled', spec(143, caviar({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.01), tr(200, 32)));

for (const [name, s] of specs) fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify({ name, ...s }, null, 2) + '\n');
console.log(`${specs.length} candidates`);
