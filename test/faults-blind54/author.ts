/**
 * Writes every candidate spec of test/faults-blind54 into candidates/ (`npx tsx test/faults-blind54/author.ts`).
 * Theme: physics, engineering and science formulas (data/generate.ts). Names: `<code>.<slug>` for the
 * candidates written as faults, `<slug>` for the ones written as healthy; write-manifest.py files each
 * one by what the bare engine showed (observed.txt, observed-curves.txt), not by this intent.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type J = Record<string, unknown>;
const csv = (file: string, target: string | string[], features?: string[], normalize = 'standard'): J =>
  ({ csv: `../data/${file}`, target, ...(features ? { features } : {}), normalize });
const d = (units: number, activation?: string, extra: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: J = {}): J => ({ epochs, batchSize, ...extra });

const specs: Record<string, J> = {};
function add(file: string, spec: J, seed = 54): void {
  const slug = file.includes('.') ? file.split('.').slice(1).join('.') : file;
  if (specs[file]) throw new Error(`duplicate ${file}`);
  specs[file] = { name: slug, seed, ...spec };
}

const PROJ = ['v0_m_s', 'angle_deg'];
const PEND = ['length_m', 'amplitude_deg'];
const HEAT = ['conductivity_W_mK', 'area_m2', 'delta_T_K', 'thickness_mm'];
const BEAM = ['youngs_modulus_Pa', 'length_m', 'load_N', 'width_mm', 'height_mm'];
const RCLOG = ['log10_frequency', 'log10_cutoff_Hz'];
const FLOW = ['velocity_m_s', 'diameter_m', 'kinematic_viscosity_m2_s', 'log10_reynolds'];
const STRESS = ['load_kN', 'area_mm2', 'yield_MPa', 'temperature_C'];
const DRAG = ['velocity_m_s', 'frontal_area_m2', 'drag_coefficient'];

// ---------------------------------------------------------------- healthy (written to train well)
add('projectile-range-adam', { data: csv('projectile.csv', 'range_m', PROJ), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(400) });
add('projectile-apex-rmsprop-elu', { data: csv('projectile.csv', 'apex_m', PROJ), layers: [d(24, 'elu'), d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: train(250) });
add('projectile-range-valsplit', { data: csv('projectile.csv', 'range_m', [...PROJ, 'mass_kg']), layers: [d(48, 'elu'), d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(400, 32, { validationSplit: 0.2 }) });
add('pendulum-period-momentum', { data: csv('pendulum.csv', 'period_s', PEND, 'minmax'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(300, 16) });
add('pendulum-period-rmsprop', { data: csv('pendulum.csv', 'period_s', [...PEND, 'bob_mass_g']), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: train(200, 16) });
add('pendulum-period-elu-adam', { data: csv('pendulum.csv', 'period_s', ['length_m']), layers: [d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200, 16) });
add('heatloss-kw-adam-relu', { data: csv('heatloss.csv', 'heat_loss_kW', HEAT), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(300) });
add('heatloss-kw-batchnorm', { data: csv('heatloss.csv', 'heat_loss_kW', HEAT), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200, 64) });
add('heatloss-kw-sgd-nesterov', { data: csv('heatloss.csv', 'heat_loss_kW', HEAT), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true, clipNorm: 5 }), training: train(300, 16) });
add('beam-serviceable-adam', { data: csv('beam.csv', 'serviceable', BEAM), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(200) });
add('beam-serviceable-momentum', { data: csv('beam.csv', 'serviceable', [...BEAM, 'second_moment_m4']), layers: [d(24, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(200, 16) });
add('rc-gain-adam-tanh', { data: csv('rc-filter.csv', 'gain', RCLOG), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200) });
add('rc-band-bce-rmsprop', { data: csv('rc-filter.csv', 'band', RCLOG), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: train(150) });
add('rc-gain-rmsprop-relu', { data: csv('rc-filter.csv', 'gain', RCLOG), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: train(200) });
add('rc-band-dropout', { data: csv('rc-filter.csv', 'band', [...RCLOG, 'resistance_ohm', 'capacitance_uF']), layers: [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(150) });
add('arrhenius-lograte-tanh', { data: csv('arrhenius.csv', 'log10_rate', ['inverse_T', 'activation_energy_kJ_mol']), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: train(300) });
add('arrhenius-lograte-leaky', { data: csv('arrhenius.csv', 'log10_rate', ['temperature_K', 'activation_energy_kJ_mol']), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01, { weightDecay: 1e-4 }), training: train(300) });
add('arrhenius-fast-bce', { data: csv('arrhenius.csv', 'fast', ['temperature_K', 'activation_energy_kJ_mol']), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: train(200) });
add('orbits-loglog-kepler', { data: csv('orbits.csv', 'log10_period_days', ['log10_a_AU', 'star_mass_solar']), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(300) });
add('orbits-loglog-sgd', { data: csv('orbits.csv', 'log10_period_days', ['log10_a_AU', 'star_mass_solar'], 'minmax'), layers: [d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(300, 16) });
add('drag-force-adam', { data: csv('drag.csv', 'drag_N', DRAG), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: train(400) });
add('drag-force-dynpressure-rmsprop', { data: csv('drag.csv', 'drag_N', ['dynamic_pressure_Pa', 'frontal_area_m2', 'drag_coefficient']), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(400) });
add('flow-regime-adam', { data: csv('flow.csv', 'regime', FLOW), layers: [d(16, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(200) });
add('flow-regime-logre-small', { data: csv('flow.csv', 'regime', ['log10_reynolds']), layers: [d(8, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: train(200) });
add('flow-regime-batchnorm-momentum', { data: csv('flow.csv', 'regime', FLOW), layers: [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(150) });
add('stress-proof-adam', { data: csv('stress.csv', 'result', STRESS), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(200) });
add('stress-proof-derived-clip', { data: csv('stress.csv', 'result', ['stress_MPa', 'yield_MPa', 'temperature_C']), layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005, { clipNorm: 1 }), training: train(200) });
add('stress-proof-cce-two-class', { data: csv('stress.csv', 'result', STRESS), layers: [d(24, 'elu'), drop(0.1), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: train(200) });
add('phase-water-adam', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(200) });
add('phase-water-dropout-wd', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005, { weightDecay: 1e-4 }), training: train(200) });
add('phase-water-rmsprop-tanh', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure'], 'minmax'), layers: [d(32, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.01), training: train(200) });
add('sine-oscillator-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(300) });
add('sine-oscillator-momentum', { data: { builtin: 'sine', samples: 300, noise: 0.1 }, layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(400, 16) });
add('sine-oscillator-relu-rmsprop', { data: { builtin: 'sine', samples: 400, noise: 0.05 }, layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: train(400) });
add('blobs-spectral-clusters', { data: { builtin: 'blobs', samples: 300, classes: 4, noise: 0.2 }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(100) });
add('circles-detector-ring', { data: { builtin: 'circles', samples: 400, noise: 0.12 }, layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(200) });
add('ohm-law-inline', {
  data: {
    inline: {
      x: [[0.1, 100], [0.2, 100], [0.3, 100], [0.4, 100], [0.1, 220], [0.2, 220], [0.3, 220], [0.4, 220], [0.1, 470], [0.2, 470], [0.3, 470], [0.05, 470], [0.02, 1000], [0.05, 1000], [0.08, 1000], [0.1, 1000], [0.15, 100], [0.25, 220], [0.35, 100], [0.12, 470]],
      y: [10.1, 19.8, 30.2, 39.9, 22.1, 43.8, 66.3, 87.9, 47.2, 93.7, 141.5, 23.4, 20.1, 49.8, 80.3, 99.6, 15.1, 55.2, 34.8, 56.5],
    },
    normalize: 'standard',
  },
  layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: train(500, 4),
});

// ---------------------------------------------------------------- invalid-spec
add('invalid-spec.learning-rate-key', { data: csv('pendulum.csv', 'period_s', PEND), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', learning_rate: 0.001 }, training: train(200) });
add('invalid-spec.loss-keras-name', { data: csv('drag.csv', 'drag_N', DRAG), layers: [d(32, 'relu'), d(1)], loss: 'mean_squared_error', optimizer: opt('adam', 0.01), training: train(200) });
add('invalid-spec.normalize-zscore', { data: { ...csv('arrhenius.csv', 'log10_rate', ['inverse_T', 'activation_energy_kJ_mol']), normalize: 'z-score' }, layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200) });
add('invalid-spec.softplus-output', { data: csv('orbits.csv', 'period_years', ['semi_major_axis_AU', 'star_mass_solar']), layers: [d(32, 'relu'), d(1, 'softplus')], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200) });

// ---------------------------------------------------------------- data-error
add('data-error.units-in-cells', { data: csv('projectile-notebook.csv', 'range_m', PROJ), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200) });
add('data-error.decimal-comma-export', { data: csv('pendulum-locale.csv', 'period_s', PEND), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200) });
add('data-error.pilot-three-rows', { data: csv('drag-pilot.csv', 'drag_N', DRAG), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(100, 8) });
add('data-error.target-without-unit', { data: csv('orbits.csv', 'period', ['log10_a_AU', 'star_mass_solar']), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200) });
add('data-error.sensor-dropouts', { data: csv('flow-dropouts.csv', 'regime', FLOW), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150) });
add('data-error.feature-short-names', { data: csv('flow.csv', 'regime', ['velocity', 'diameter', 'viscosity']), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150) });

// ---------------------------------------------------------------- shape-mismatch
add('shape-mismatch.flow-two-units', { data: csv('flow.csv', 'regime', FLOW), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150) });
add('shape-mismatch.range-apex-one-output', { data: csv('projectile.csv', ['range_m', 'apex_m'], PROJ), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: train(200) });
add('shape-mismatch.phase-supercritical-unit', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150) });
add('shape-mismatch.proof-two-sigmoids', { data: csv('stress.csv', 'result', STRESS), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(150) });

// ---------------------------------------------------------------- loss-activation-mismatch
add('loss-activation-mismatch.phase-softmax-mse', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.01), training: train(150) });
add('loss-activation-mismatch.heat-sigmoid-output', { data: csv('heatloss.csv', 'heat_loss_W', HEAT), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: train(150) });
add('loss-activation-mismatch.proof-linear-bce', { data: csv('stress.csv', 'result', STRESS), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.01), training: train(150) });
add('loss-activation-mismatch.flow-sigmoid-cce', { data: csv('flow.csv', 'regime', FLOW), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150) });

// ---------------------------------------------------------------- init-symmetry
add('init-symmetry.pendulum-zeros', { data: csv('pendulum.csv', 'period_s', PEND), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, undefined, { init: 'zeros' })], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200) });
add('init-symmetry.drag-constant', { data: csv('drag.csv', 'drag_N', DRAG), layers: [d(32, 'relu', { init: { name: 'constant', value: 0.1 } }), d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: train(200) });
add('init-symmetry.phase-all-zeros', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: train(150) });

// ---------------------------------------------------------------- init-scale
add('init-scale.projectile-std-three', { data: csv('projectile.csv', 'apex_m', PROJ), layers: [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200) });
add('init-scale.arrhenius-tiny-std', { data: csv('arrhenius.csv', 'log10_rate', ['inverse_T', 'activation_energy_kJ_mol']), layers: [d(32, 'relu', { init: { name: 'normal', std: 1e-3 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-3 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-3 } }), d(1, undefined, { init: { name: 'normal', std: 1e-3 } })], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(150) });
add('init-scale.beam-uniform-five', { data: csv('beam.csv', 'serviceable', BEAM), layers: [d(32, 'relu', { init: { name: 'uniform', limit: 5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: train(150) });

// ---------------------------------------------------------------- no-nonlinearity
add('no-nonlinearity.projectile-forgot-activation', { data: csv('projectile.csv', 'range_m', PROJ), layers: [d(64), d(32), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: train(200) });
add('no-nonlinearity.phase-linear-stack', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150) });
add('no-nonlinearity.arrhenius-linear-hidden', { data: csv('arrhenius.csv', 'log10_rate', ['temperature_K', 'activation_energy_kJ_mol']), layers: [d(32), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: train(200) });

// ---------------------------------------------------------------- lr-out-of-range
add('lr-out-of-range.adam-five', { data: csv('rc-filter.csv', 'gain', RCLOG), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 5), training: train(150) });
add('lr-out-of-range.sgd-thirty', { data: csv('stress.csv', 'result', STRESS), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 30), training: train(150) });
add('lr-out-of-range.rmsprop-exponent-sign', { data: csv('pendulum.csv', 'period_s', PEND), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e3), training: train(150) });

// ---------------------------------------------------------------- dead-relu
add('dead-relu.beam-raw-pascals', { data: csv('beam.csv', 'serviceable', BEAM, 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(100) });
add('dead-relu.heat-negative-bias', { data: csv('heatloss.csv', 'heat_loss_kW', HEAT), layers: [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(150) });
add('dead-relu.stress-sgd-hot', { data: csv('stress.csv', 'result', STRESS), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1.5), training: train(100) });
add('dead-relu.drag-newtons-sgd', { data: csv('drag.csv', 'drag_N', DRAG), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: train(100) });

// ---------------------------------------------------------------- exploding-gradient
add('exploding-gradient.heat-watts-sgd', { data: csv('heatloss.csv', 'heat_loss_W', HEAT), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5), training: train(150) });
add('exploding-gradient.orbit-seconds-adam', { data: csv('orbits.csv', 'period_s', ['semi_major_axis_AU', 'star_mass_solar']), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(150) });
add('exploding-gradient.drag-raw-momentum-clipless', { data: csv('drag.csv', 'drag_N', ['dynamic_pressure_Pa', 'frontal_area_m2', 'drag_coefficient'], 'none'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6, { momentum: 0.9 }), training: train(150) });
add('exploding-gradient.deep-wide-std', { data: csv('pendulum.csv', 'period_s', PEND), layers: [d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-4), training: train(100) });

// ---------------------------------------------------------------- vanishing-gradient
add('vanishing-gradient.pendulum-sigmoid-stack', { data: csv('pendulum.csv', 'period_s', PEND, 'minmax'), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: train(150) });
add('vanishing-gradient.phase-deep-sigmoid', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: train(150) });
add('vanishing-gradient.flow-sigmoid-eight', { data: csv('flow.csv', 'regime', FLOW), layers: Array.from({ length: 8 }, () => d(12, 'sigmoid')).concat([d(3, 'softmax')]), loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.5 }), training: train(100) });

// ---------------------------------------------------------------- nan-loss
add('nan-loss.heat-raw-sgd', { data: csv('heatloss.csv', 'heat_loss_W', HEAT, 'none'), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: train(100) });
add('nan-loss.orbit-metres-sgd', { data: csv('orbits.csv', 'period_days', ['semi_major_axis_m', 'star_mass_kg'], 'none'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: train(100) });
add('nan-loss.arrhenius-rate-momentum', { data: csv('arrhenius.csv', 'rate_s', ['temperature_K', 'activation_energy_kJ_mol']), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(100) });
add('nan-loss.beam-deflection-raw', { data: csv('beam.csv', 'deflection_mm', BEAM, 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(100) });

// ---------------------------------------------------------------- lr-too-high
add('lr-too-high.projectile-sgd', { data: csv('projectile.csv', 'apex_m', PROJ), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: train(150) });
add('lr-too-high.pendulum-adam-half', { data: csv('pendulum.csv', 'period_s', PEND), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.5), training: train(150) });
add('lr-too-high.phase-rmsprop', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.3), training: train(150) });
add('lr-too-high.rc-gain-momentum', { data: csv('rc-filter.csv', 'gain', RCLOG), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1.0, { momentum: 0.9 }), training: train(150) });

// ---------------------------------------------------------------- lr-too-low
add('lr-too-low.stress-sgd-tiny', { data: csv('stress.csv', 'result', STRESS), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: train(150) });
add('lr-too-low.phase-adam-tiny', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: train(150) });
add('lr-too-low.pendulum-rmsprop-tiny', { data: csv('pendulum.csv', 'period_s', PEND), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: train(200) });
add('lr-too-low.rc-band-sgd', { data: csv('rc-filter.csv', 'band', RCLOG), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-4), training: train(100) });

// ---------------------------------------------------------------- saturated-activation
add('saturated-activation.arrhenius-raw-tanh', { data: csv('arrhenius.csv', 'log10_rate', ['temperature_K', 'activation_energy_kJ_mol'], 'none'), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(150) });
add('saturated-activation.phase-raw-sigmoid', { data: csv('phase.csv', 'phase', ['temperature_K', 'pressure_Pa'], 'none'), layers: [d(32, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150) });
add('saturated-activation.heat-raw-tanh', { data: csv('heatloss.csv', 'heat_loss_kW', HEAT, 'none'), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: train(150) });

// ---------------------------------------------------------------- loss-plateau
add('loss-plateau.projectile-mass-and-g', { data: csv('projectile.csv', 'range_m', ['g_m_s2', 'mass_kg'], 'none'), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: train(200) });
add('loss-plateau.drag-run-constants', { data: csv('drag.csv', 'drag_N', ['run', 'air_density_kg_m3'], 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.1), training: train(200) });
add('loss-plateau.pendulum-bob-mass', { data: csv('pendulum.csv', 'period_s', ['bob_mass_g', 'amplitude_deg']), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(200) });
add('loss-plateau.stress-rig-and-grade', { data: csv('stress.csv', 'result', ['rig', 'yield_MPa']), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(150) });

// ---------------------------------------------------------------- oscillating-loss
add('oscillating-loss.rc-gain-heavy-momentum', { data: csv('rc-filter.csv', 'gain', RCLOG), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.99 }), training: train(150, 16) });
add('oscillating-loss.pendulum-batch-two', { data: csv('pendulum.csv', 'period_s', PEND), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.2), training: train(150, 2) });
add('oscillating-loss.flow-adam-batch-four', { data: csv('flow.csv', 'regime', FLOW), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.1), training: train(150, 4) });
add('oscillating-loss.beam-rmsprop', { data: csv('beam.csv', 'serviceable', BEAM), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.1), training: train(150, 8) });

// ---------------------------------------------------------------- trial variants (kept only if they show their fault)
add('oscillating-loss.pendulum-raw-degrees-fullbatch', { data: csv('pendulum.csv', 'period_s', PEND, 'none'), layers: [d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.002), training: train(200, 240) });
add('oscillating-loss.pendulum-raw-degrees-fullbatch-b', { data: csv('pendulum.csv', 'period_s', PEND, 'none'), layers: [d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.004), training: train(200, 240) });
add('oscillating-loss.apex-adam-fullbatch', { data: csv('projectile.csv', 'apex_m', PROJ), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.3), training: train(200, 400) });
add('oscillating-loss.rc-gain-momentum-95', { data: csv('rc-filter.csv', 'gain', RCLOG), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.95 }), training: train(150, 16) });
add('oscillating-loss.phase-sgd-fullbatch', { data: csv('phase.csv', 'phase', ['temperature_K', 'log10_pressure']), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 3), training: train(200, 480) });
add('oscillating-loss.orbits-rmsprop-fullbatch', { data: csv('orbits.csv', 'log10_period_days', ['log10_a_AU', 'star_mass_solar']), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.1), training: train(200, 260) });
add('oscillating-loss.heat-kw-fullbatch-sgd', { data: csv('heatloss.csv', 'heat_loss_kW', HEAT), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.12), training: train(200, 360) });
add('lr-too-high.projectile-sgd-hot', { data: csv('projectile.csv', 'apex_m', PROJ), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3), training: train(150) });
add('lr-too-high.heat-kw-rmsprop', { data: csv('heatloss.csv', 'heat_loss_kW', HEAT), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.1), training: train(150) });
add('lr-too-high.arrhenius-adam', { data: csv('arrhenius.csv', 'log10_rate', ['inverse_T', 'activation_energy_kJ_mol']), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.3), training: train(150) });
add('shape-mismatch.flow-regime-one-unit', { data: csv('flow.csv', 'regime', FLOW), layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150) });
add('nan-loss.heat-raw-leaky-momentum', { data: csv('heatloss.csv', 'heat_loss_W', HEAT, 'none'), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-4, { momentum: 0.9 }), training: train(100) });
add('nan-loss.orbit-seconds-sgd', { data: csv('orbits.csv', 'period_s', ['semi_major_axis_AU', 'star_mass_solar']), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: train(100) });

add('oscillating-loss.pendulum-rmsprop-fullbatch', { data: csv('pendulum.csv', 'period_s', PEND), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(200, 240) });
add('oscillating-loss.heat-kw-rmsprop-fullbatch', { data: csv('heatloss.csv', 'heat_loss_kW', HEAT), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.1), training: train(200, 360) });
add('oscillating-loss.arrhenius-rmsprop-fullbatch', { data: csv('arrhenius.csv', 'log10_rate', ['inverse_T', 'activation_energy_kJ_mol']), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.1), training: train(200, 300) });

for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
