/**
 * Writes every candidate spec of test/faults-blind50 into candidates/ (filed afterwards by
 * write-manifest.py from what test/faults/observe.ts showed): `npx tsx test/faults-blind50/author.ts`.
 * Theme: manufacturing, industrial sensors and predictive maintenance.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);

type J = Record<string, unknown>;
const specs: [string, J][] = [];
const add = (slug: string, spec: J) => specs.push([slug, { name: slug, ...spec }]);

const d = (units: number, activation?: string, extra: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const csv = (file: string, target: string | string[], features?: string[], normalize = 'standard'): J => ({
  csv: `../data/${file}`,
  target,
  ...(features ? { features } : {}),
  normalize,
});
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: J = {}): J => ({ epochs, batchSize, ...extra });

// Feature lists as a practitioner would pick them (ids, constant firmware and the other target dropped).
const BEARING = ['vib_rms_mm_s', 'temp_c', 'running_h', 'load_kn'];
const MACHINE = ['pressure_kpa', 'vib_rms_mm_s', 'oil_temp_c', 'oil_water_ratio', 'current_a'];
const PART = ['length_mm', 'diameter_mm', 'wall_mm', 'mould_temp_c', 'injection_kpa', 'cycle_s'];
const SURFACE = ['roughness_um', 'depth_um', 'edge_len_mm', 'reflectance', 'hardness_hv'];
const ENERGY = ['throughput_u_h', 'ambient_c', 'shift_early', 'shift_late', 'shift_night'];
const BATCH = ['temp_c', 'pressure_kpa', 'feed_kg_h', 'catalyst_ratio'];
const TOOL = ['speed_m_min', 'feed_mm_rev', 'depth_mm', 'coolant', 'cut_min'];
const SPECTRO = ['abs_450', 'abs_520', 'abs_610', 'abs_680', 'abs_750', 'abs_850'];

// ---------------------------------------------------------------- healthy candidates
add('bearing-rul-kh-adam', { seed: 3, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(150) });
add('bearing-rul-kh-rmsprop-elu', { seed: 4, data: csv('bearing_rul.csv', 'rul_kh', [...BEARING, 'rpm'], 'minmax'), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: train(200) });
add('bearing-rul-kh-momentum-tanh', { seed: 5, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(150, 16) });
add('bearing-rul-h-output-bias', { seed: 6, data: csv('bearing_rul.csv', 'rul_h', BEARING), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear', { bias: 2000 })], loss: 'mse', optimizer: opt('adam', 0.05), training: train(300) });
add('bearing-rul-kh-batchnorm-wd', { seed: 7, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 1e-4 }), training: train(120, 32, { validationSplit: 0.2 }) });
add('machine-failure-adam', { seed: 8, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(100) });
add('machine-failure-dropout-val', { seed: 9, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003, { weightDecay: 1e-4 }), training: train(120, 32, { validationSplit: 0.2 }) });
add('machine-failure-firmware-kept', { seed: 10, data: csv('machine_failure.csv', 'failed_7d', [...MACHINE, 'firmware']), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: train(120) });
add('machine-failure-momentum-clip', { seed: 11, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, clipNorm: 1 }), training: train(150) });
add('part-defect-relu-adam', { seed: 12, data: csv('part_defect.csv', 'defect', PART), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(150) });
add('part-defect-tanh-momentum', { seed: 13, data: csv('part_defect.csv', 'defect', PART), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: train(200) });
add('part-defect-batchnorm', { seed: 14, data: csv('part_defect.csv', 'defect', PART), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: train(150, 64) });
add('part-defect-leaky-minmax', { seed: 15, data: csv('part_defect.csv', 'defect', PART, 'minmax'), layers: [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: train(200) });
add('part-defect-full-batch', { seed: 16, data: csv('part_defect.csv', 'defect', PART), layers: [d(32, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: train(400, 520) });
add('defect-type-adam', { seed: 17, data: csv('defect_type.csv', 'defect_type', SURFACE), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(80) });
add('defect-type-nesterov-elu', { seed: 18, data: csv('defect_type.csv', 'defect_type', SURFACE), layers: [d(12, 'elu'), d(8, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: train(100) });
add('defect-type-rmsprop-dropout', { seed: 19, data: csv('defect_type.csv', 'defect_type', SURFACE, 'minmax'), layers: [d(32, 'relu'), drop(0.3), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: train(150, 16) });
add('line-energy-mwh-adam', { seed: 220, data: csv('line_energy.csv', 'energy_mwh', ENERGY), layers: [d(24, 'relu'), d(12, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200) });
add('line-energy-mwh-momentum', { seed: 21, data: csv('line_energy.csv', 'energy_mwh', ENERGY), layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(200) });
add('line-energy-mwh-rmsprop-dropout', { seed: 22, data: csv('line_energy.csv', 'energy_mwh', ENERGY, 'minmax'), layers: [d(32, 'elu'), drop(0.1), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: train(200) });
add('line-energy-kwh-output-bias', { seed: 23, data: csv('line_energy.csv', 'energy_kwh', ENERGY), layers: [d(32, 'relu'), d(1, 'linear', { bias: 1500 })], loss: 'mse', optimizer: opt('adam', 0.05), training: train(300) });
add('batch-yield-frac-sigmoid', { seed: 24, data: csv('batch_yield.csv', 'yield_frac', BATCH), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: train(300) });
add('batch-yield-pct-output-bias', { seed: 25, data: csv('batch_yield.csv', 'yield_pct', BATCH), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear', { bias: 85 })], loss: 'mse', optimizer: opt('adam', 0.01), training: train(300) });
add('batch-yield-frac-rmsprop', { seed: 26, data: csv('batch_yield.csv', 'yield_frac', BATCH), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 3e-4), training: train(300, 32) });
add('tool-wear-mm-adam', { seed: 27, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200) });
add('tool-wear-um-output-bias', { seed: 28, data: csv('tool_wear.csv', 'wear_um', TOOL), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear', { bias: 100 })], loss: 'mse', optimizer: opt('adam', 0.02), training: train(300) });
add('tool-wear-mm-rmsprop-wd', { seed: 29, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001, { weightDecay: 1e-4 }), training: train(200, 16) });
add('quality-grade-adam', { seed: 30, data: csv('quality_grade.csv', 'grade', SPECTRO), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(120) });
add('quality-grade-onehot-tanh', { seed: 31, data: csv('quality_grade_onehot.csv', ['grade_a', 'grade_b', 'grade_c'], [...SPECTRO, 'sample_temp_c']), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: train(150) });
add('quality-grade-sgd-minmax', { seed: 32, data: csv('quality_grade.csv', 'grade', SPECTRO, 'minmax'), layers: [d(12, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: train(200) });
add('iris-lab-calibration', { seed: 33, data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150, 16) });
add('blobs-sensor-states', { seed: 34, data: { builtin: 'blobs', classes: 4, samples: 400, noise: 0.2 }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: train(100) });
add('moons-vibration-signature', { seed: 35, data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(200) });
add('circles-wafer-ring', { seed: 36, data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: train(200) });
add('sine-spindle-vibration', { seed: 37, data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(300) });
add('spirals-three-regimes', { seed: 38, data: { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(400) });
add('xor-interlock', { seed: 39, data: { builtin: 'xor', samples: 200 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: train(200) });

// ---------------------------------------------------------------- faulty candidates
// invalid-spec
add('F-invalid-adamw', { seed: 40, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001, { weightDecay: 0.01 }), training: train(100) });
add('F-invalid-learning-rate-key', { seed: 41, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', learning_rate: 0.003 }, training: train(100) });
add('F-invalid-keras-loss', { seed: 42, data: csv('part_defect.csv', 'defect', PART), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('adam', 0.005), training: train(100) });
add('F-invalid-batch-size-key', { seed: 43, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: { epochs: 150, batch_size: 64 } });
// data-error
add('F-data-scada-na-cells', { seed: 44, data: csv('machine_failure_scada.csv', 'failed_7d', MACHINE), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(100) });
add('F-data-part-id-kept', { seed: 45, data: { csv: '../data/defect_type.csv', target: 'defect_type', normalize: 'standard' }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(80) });
add('F-data-target-renamed', { seed: 46, data: csv('machine_failure.csv', 'failure_next_week', MACHINE), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(100) });
add('F-data-three-row-query', { seed: 47, data: csv('bearing_rul_q3.csv', 'rul_kh', BEARING), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(100) });
add('F-data-hyphen-filename', { seed: 48, data: { csv: '../data/line-energy.csv', target: 'energy_mwh', features: ENERGY, normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(100) });
// shape-mismatch
add('F-shape-three-defect-types', { seed: 49, data: csv('defect_type.csv', 'defect_type', SURFACE), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(80) });
add('F-shape-grade-two-outputs', { seed: 50, data: csv('quality_grade_onehot.csv', ['grade_a', 'grade_b', 'grade_c'], SPECTRO), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(100) });
add('F-shape-failure-two-logits', { seed: 51, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(100) });
add('F-shape-energy-per-shift', { seed: 52, data: csv('line_energy.csv', 'energy_mwh', ENERGY), layers: [d(16, 'relu'), d(3)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(100) });
// loss-activation-mismatch
add('F-lam-defect-softmax-mse', { seed: 53, data: csv('defect_type.csv', 'defect_type', SURFACE), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.01), training: train(80) });
add('F-lam-failure-linear-bce', { seed: 54, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(100) });
add('F-lam-yield-pct-sigmoid', { seed: 55, data: csv('batch_yield.csv', 'yield_pct', BATCH), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: train(150) });
add('F-lam-defect-tanh-bce', { seed: 56, data: csv('part_defect.csv', 'defect', PART), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(100) });
// init-symmetry
add('F-sym-rul-zeros', { seed: 57, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(150) });
add('F-sym-part-constant', { seed: 58, data: csv('part_defect.csv', 'defect', PART), layers: [d(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(150) });
add('F-sym-grade-zeros-tanh', { seed: 59, data: csv('quality_grade.csv', 'grade', SPECTRO), layers: [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(120) });
// init-scale
add('F-scale-failure-std2', { seed: 60, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(64, 'relu', { init: { name: 'normal', std: 2 } }), d(64, 'relu', { init: { name: 'normal', std: 2 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: train(100) });
add('F-scale-part-tiny-uniform', { seed: 61, data: csv('part_defect.csv', 'defect', PART), layers: [d(32, 'tanh', { init: { name: 'uniform', limit: 1e-3 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-3 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-3 } }), d(1, 'sigmoid', { init: { name: 'uniform', limit: 1e-3 } })], loss: 'bce', optimizer: opt('sgd', 0.05), training: train(100) });
add('F-scale-defect-std10-tanh', { seed: 62, data: csv('defect_type.csv', 'defect_type', SURFACE), layers: [d(32, 'tanh', { init: { name: 'normal', std: 10 } }), d(16, 'tanh', { init: { name: 'normal', std: 10 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(100) });
// no-nonlinearity
add('F-nonlin-part-default-activation', { seed: 63, data: csv('part_defect.csv', 'defect', PART), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(150) });
add('F-nonlin-wafer-ring-linear', { seed: 64, data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: train(200) });
add('F-nonlin-regimes-linear', { seed: 65, data: { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, layers: [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(300) });
// lr-out-of-range
add('F-lror-adam-5', { seed: 66, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 5), training: train(100) });
add('F-lror-sgd-1e-7', { seed: 67, data: csv('line_energy.csv', 'energy_mwh', ENERGY), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-7, { momentum: 0.9 }), training: train(200) });
add('F-lror-rmsprop-2', { seed: 68, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 2), training: train(150) });
add('F-lror-sgd-40', { seed: 69, data: csv('part_defect.csv', 'defect', PART), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 40), training: train(100) });
// dead-relu
add('F-dead-rul-raw-sgd', { seed: 70, data: csv('bearing_rul.csv', 'rul_kh', BEARING, 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6), training: train(100) });
add('F-dead-part-sgd-high', { seed: 71, data: csv('part_defect.csv', 'defect', PART), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1.5), training: train(100) });
add('F-dead-wear-neg-bias', { seed: 72, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(32, 'relu', { bias: -2 }), d(16, 'relu', { bias: -2 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150) });
add('F-dead-energy-adam-high', { seed: 73, data: csv('line_energy.csv', 'energy_kwh', ENERGY), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.5), training: train(100) });
// exploding-gradient
add('F-explode-wear-um-sgd', { seed: 74, data: csv('tool_wear.csv', 'wear_um', TOOL), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: train(150) });
add('F-explode-energy-kwh-clip', { seed: 75, data: csv('line_energy.csv', 'energy_kwh', ENERGY), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { clipNorm: 5 }), training: train(150) });
add('F-explode-deep-std05', { seed: 76, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(1, 'linear', { init: { name: 'normal', std: 0.5 } })], loss: 'mse', optimizer: opt('sgd', 1e-4), training: train(60) });
// vanishing-gradient
add('F-vanish-failure-deep-sigmoid', { seed: 77, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: train(100) });
add('F-vanish-grade-deep-normal-tanh', { seed: 78, data: csv('quality_grade.csv', 'grade', SPECTRO), layers: [d(32, 'tanh', { init: 'normal' }), d(32, 'tanh', { init: 'normal' }), d(32, 'tanh', { init: 'normal' }), d(32, 'tanh', { init: 'normal' }), d(32, 'tanh', { init: 'normal' }), d(32, 'tanh', { init: 'normal' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(100) });
add('F-vanish-yield-deep-sigmoid', { seed: 79, data: csv('batch_yield.csv', 'yield_frac', BATCH), layers: [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: train(150) });
// nan-loss
add('F-nan-failure-all-columns-raw', { seed: 80, data: { csv: '../data/machine_failure.csv', target: 'failed_7d' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: train(100) });
add('F-nan-energy-kwh-raw', { seed: 81, data: csv('line_energy.csv', 'energy_kwh', ENERGY, 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: train(100) });
add('F-nan-rul-h-momentum', { seed: 82, data: csv('bearing_rul.csv', 'rul_h', BEARING), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(100) });
// lr-too-high
add('F-lrhigh-defect-adam', { seed: 83, data: csv('defect_type.csv', 'defect_type', SURFACE), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.3), training: train(80) });
add('F-lrhigh-grade-sgd', { seed: 84, data: csv('quality_grade.csv', 'grade', SPECTRO), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 3, { momentum: 0.9 }), training: train(100) });
add('F-lrhigh-part-rmsprop', { seed: 85, data: csv('part_defect.csv', 'defect', PART), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.1), training: train(100) });
// lr-too-low
add('F-lrlow-part-sgd', { seed: 86, data: csv('part_defect.csv', 'defect', PART), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-4), training: train(100) });
add('F-lrlow-rul-adam', { seed: 87, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 1e-5), training: train(80) });
add('F-lrlow-grade-rmsprop', { seed: 88, data: csv('quality_grade.csv', 'grade', SPECTRO), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 1e-5), training: train(100) });
// saturated-activation
add('F-sat-failure-raw-sigmoid', { seed: 89, data: csv('machine_failure.csv', 'failed_7d', MACHINE, 'none'), layers: [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(100) });
add('F-sat-yield-raw-tanh', { seed: 90, data: csv('batch_yield.csv', 'yield_frac', BATCH, 'none'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150) });
add('F-sat-part-raw-tanh', { seed: 91, data: csv('part_defect.csv', 'defect', PART, 'none'), layers: [d(24, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: train(100) });
// loss-plateau
add('F-plateau-failure-wd', { seed: 92, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005, { weightDecay: 0.5 }), training: train(100) });
add('F-plateau-yield-relu-output', { seed: 93, data: csv('batch_yield.csv', 'yield_frac', BATCH), layers: [d(16, 'relu'), d(1, 'relu', { bias: -1 })], loss: 'mse', optimizer: opt('adam', 0.005), training: train(150) });
add('F-plateau-part-heavy-dropout', { seed: 94, data: csv('part_defect.csv', 'defect', PART), layers: [d(8, 'relu'), drop(0.9), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(150) });
add('F-plateau-wear-clip-tiny', { seed: 95, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.3 }), training: train(150) });
// oscillating-loss
add('F-osc-rul-momentum-fullbatch', { seed: 96, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3, { momentum: 0.95 }), training: train(150, 420) });
add('F-osc-energy-adam-tiny-batch', { seed: 97, data: csv('line_energy.csv', 'energy_mwh', ENERGY), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: train(150, 4) });
add('F-osc-wear-rmsprop', { seed: 98, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.03), training: train(150, 8) });

// ---------------------------------------------------------------- second round (after the first observe pass)
add('machine-failure-elu-rmsprop-minmax', { seed: 101, data: csv('machine_failure.csv', 'failed_7d', MACHINE, 'minmax'), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: train(150) });
add('defect-type-batchnorm-momentum', { seed: 102, data: csv('defect_type.csv', 'defect_type', SURFACE), layers: [d(24, 'relu', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: train(80, 64) });
add('tool-wear-mm-momentum-tanh', { seed: 103, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(250) });
add('bearing-rul-kh-leaky-dropout', { seed: 104, data: csv('bearing_rul.csv', 'rul_kh', [...BEARING, 'rpm']), layers: [d(48, 'leaky_relu'), drop(0.15), d(24, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150, 32, { validationSplit: 0.15 }) });
{
  // Torque transducer calibration on the bench: strain (thousand microstrain) and housing temperature (/100 C) -> torque (kNm).
  const x: number[][] = [], y: number[] = [];
  for (let i = 0; i < 40; i++) {
    const strain = 0.1 + (i % 10) * 0.2, temp = 0.2 + Math.floor(i / 10) * 0.1;
    x.push([Number(strain.toFixed(2)), Number(temp.toFixed(2))]);
    y.push(Number((2.4 * strain - 0.35 * strain * temp + 0.05 * strain * strain).toFixed(4)));
  }
  add('torque-cell-inline-calibration', { seed: 105, data: { inline: { x, y }, normalize: 'standard' }, layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(400, 8) });
}
add('F-sym-failure-constant-relu', { seed: 106, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(32, 'relu', { init: { name: 'constant', value: 0.05 } }), d(16, 'relu', { init: { name: 'constant', value: 0.05 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(100) });
add('F-explode-part-raw-adam', { seed: 107, data: csv('part_defect.csv', 'defect', PART, 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: train(100) });
add('F-explode-rul-serial-raw-clip', { seed: 108, data: { csv: '../data/bearing_rul.csv', target: 'rul_kh', features: ['serial_no', ...BEARING] }, layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001, { clipNorm: 1 }), training: train(100) });
add('F-explode-rul-deep-momentum', { seed: 109, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.9 }), training: train(40) });
add('F-explode-wear-um-deep-sgd', { seed: 110, data: csv('tool_wear.csv', 'wear_um', TOOL), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 2e-4), training: train(60) });
add('F-vanish-defect-deep-sigmoid', { seed: 111, data: csv('defect_type.csv', 'defect_type', SURFACE), layers: [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(100) });
add('F-lrhigh-rul-adam', { seed: 112, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.1), training: train(100, 16) });
add('F-lrhigh-energy-rmsprop', { seed: 113, data: csv('line_energy.csv', 'energy_mwh', ENERGY), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(100) });
add('F-osc-energy-momentum-fullbatch', { seed: 114, data: csv('line_energy.csv', 'energy_mwh', ENERGY), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.97 }), training: train(80, 450) });
add('F-osc-rul-momentum-fullbatch-b', { seed: 115, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.95 }), training: train(150, 420) });
add('F-osc-grade-adam-fullbatch', { seed: 116, data: csv('quality_grade.csv', 'grade', SPECTRO), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.1), training: train(150, 390) });
add('F-osc-part-rmsprop-fullbatch', { seed: 117, data: csv('part_defect.csv', 'defect', PART), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.05), training: train(150, 520) });
add('F-osc-wear-momentum-fullbatch', { seed: 118, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: train(150, 380) });
add('F-plateau-defect-wd', { seed: 119, data: csv('defect_type.csv', 'defect_type', SURFACE), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.3 }), training: train(100) });
add('F-plateau-rul-wd', { seed: 120, data: csv('bearing_rul.csv', 'rul_kh', BEARING), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003, { weightDecay: 1 }), training: train(100) });
add('F-plateau-grade-double-dropout', { seed: 121, data: csv('quality_grade.csv', 'grade', SPECTRO), layers: [d(8, 'relu'), drop(0.85), d(8, 'relu'), drop(0.85), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(120) });

// ---------------------------------------------------------------- third round
add('F-sym-energy-zeros-elu', { seed: 130, data: csv('line_energy.csv', 'energy_mwh', ENERGY), layers: [d(24, 'elu', { init: 'zeros' }), d(12, 'elu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: train(150) });
add('F-lrhigh-yield-sgd', { seed: 131, data: csv('batch_yield.csv', 'yield_frac', BATCH), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1, { momentum: 0.9 }), training: train(100) });
add('F-lrhigh-failure-adam', { seed: 132, data: csv('machine_failure.csv', 'failed_7d', MACHINE), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.2), training: train(100) });
add('F-osc-wear-rmsprop-tanh', { seed: 133, data: csv('tool_wear.csv', 'wear_mm', TOOL), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(100) });
add('F-osc-yield-rmsprop', { seed: 134, data: csv('batch_yield.csv', 'yield_frac', BATCH), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(100) });
add('F-explode-yield-raw-relu-adam', { seed: 135, data: csv('batch_yield.csv', 'yield_frac', BATCH, 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: train(100) });
add('F-explode-failure-id-raw-adam', { seed: 136, data: { csv: '../data/machine_failure.csv', target: 'failed_7d' }, layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: train(100) });

add('F-explode-rul-h-raw-clip', { seed: 137, data: csv('bearing_rul.csv', 'rul_h', BEARING, 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001, { clipNorm: 1 }), training: train(100) });
add('F-explode-part-raw-elu', { seed: 138, data: csv('part_defect.csv', 'defect', PART, 'none'), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: train(100) });

for (const [slug, spec] of specs) fs.writeFileSync(path.join(OUT, `${slug}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${specs.length} candidates written`);
