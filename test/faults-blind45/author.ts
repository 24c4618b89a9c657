/**
 * Writes every candidate spec of test/faults-blind45 into candidates/: `npx tsx test/faults-blind45/author.ts`.
 * Names: `<intended code>.<slug>` for the faulty candidates, `ok.<slug>` for the healthy ones; the
 * filing by what the engine did is write-manifest.py's job.
 * Theme: robotics, physics and control (arm kinematics, projectiles, pendulums, motors, IMUs, PID, batteries, pumps).
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Obj = Record<string, unknown>;
const specs: Record<string, Obj> = {};

const d = (units: number, activation?: string, extra: Obj = {}): Obj =>
  activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const csv = (file: string, target: string | string[], features?: string[], normalize?: string): Obj => {
  const o: Obj = { csv: `../data/${file}` };
  o.target = target;
  if (features) o.features = features;
  if (normalize) o.normalize = normalize;
  return o;
};
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

function add(name: string, spec: Obj): void {
  if (specs[name]) throw new Error(`duplicate ${name}`);
  specs[name] = { name: name.replace(/^[a-z-]+\./, ''), seed: 45, ...spec };
}

const FK_SINCOS = ['sin_t1', 'cos_t1', 'sin_t2', 'cos_t2'];
const FK_RAW = ['theta1_deg', 'theta2_rad'];
const ARM3_Q = ['q1_rad', 'q2_rad', 'q3_deg'];
const MOTOR_IN = ['duty_pct', 'load_nm', 'ambient_c'];
const BATT_IN = ['voltage_v', 'current_a', 'temp_c', 'cycle_count'];
const PID_IN = ['error_deg', 'integral_deg_s', 'derivative_dps'];
const GESTURES = ['g_circle', 'g_shake', 'g_swipe', 'g_tap'];

// ───────────────────────── healthy candidates ─────────────────────────
add('ok.arm2-fk-sincos-tanh', {
  data: csv('arm2.csv', ['x_m', 'y_m'], FK_SINCOS, 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(2)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('ok.arm2-fk-raw-angles-relu', {
  data: csv('arm2.csv', ['x_m', 'y_m'], FK_RAW, 'standard'),
  layers: [d(64, 'relu'), d(64, 'relu'), d(2)],
  loss: 'mse', optimizer: opt('adam', 0.003), training: train(400),
});
add('ok.arm2-fk-mm-targets', {
  data: csv('arm2.csv', ['x_mm', 'y_mm'], FK_SINCOS, 'standard'),
  layers: [d(64, 'relu'), d(32, 'relu'), d(2)],
  loss: 'mse', optimizer: opt('adam', 0.03), training: train(500),
});
add('ok.arm3-fk-tanh', {
  data: csv('arm3.csv', ['ee_x_m', 'ee_y_m'], ARM3_Q, 'standard'),
  layers: [d(64, 'tanh'), d(64, 'tanh'), d(2)],
  loss: 'mse', optimizer: opt('adam', 0.003), training: train(400),
});
add('ok.arm3-reach-zone', {
  data: csv('arm3.csv', 'zone', ARM3_Q, 'standard'),
  layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.003), training: train(200),
});
add('ok.arm3-reach-regression-elu', {
  data: csv('arm3.csv', 'reach_m', ARM3_Q, 'minmax'),
  layers: [d(32, 'elu'), d(16, 'elu'), d(1)],
  loss: 'mse', optimizer: opt('rmsprop', 0.002), training: train(300),
});
add('ok.ik2-elbow-angle-tanh', {
  data: csv('ik2.csv', 'theta2_rad', ['x_m', 'y_m'], 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('ok.ik2-elbow-from-radius-momentum', {
  data: csv('ik2.csv', 'theta2_rad', ['r_m'], 'minmax'),
  layers: [d(16, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(300),
});
add('ok.projectile-range-elu', {
  data: csv('projectile.csv', 'range_m', ['speed_mps', 'angle_deg'], 'standard'),
  layers: [d(64, 'elu'), d(64, 'elu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.02), training: train(500),
});
add('ok.projectile-flight-time-rmsprop', {
  data: csv('projectile.csv', 'flight_time_s', ['speed_mps', 'angle_deg', 'mass_kg'], 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('rmsprop', 0.003), training: train(300),
});
add('ok.projectile-hit-band', {
  data: csv('projectile.csv', 'hit', ['speed_mps', 'angle_deg'], 'standard'),
  layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.003), training: train(300),
});
add('ok.pendulum-period-elu', {
  data: csv('pendulum.csv', 'period_s', ['length_m', 'amplitude_deg'], 'minmax'),
  layers: [d(32, 'elu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('ok.pendulum-period-momentum-tanh', {
  data: csv('pendulum.csv', 'period_s', ['length_m', 'amplitude_deg', 'mass_g'], 'standard'),
  layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: train(300, 16),
});
add('ok.motor-current-relu', {
  data: csv('motor.csv', 'current_a', MOTOR_IN, 'standard'),
  layers: [d(32, 'relu'), d(16, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.005), training: train(300),
});
add('ok.motor-winding-temp-leaky', {
  data: csv('motor.csv', 'winding_temp_c', MOTOR_IN, 'standard'),
  layers: [d(64, 'leaky_relu'), d(64, 'leaky_relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(500),
});
add('ok.motor-overheat-dropout', {
  data: csv('motor.csv', 'overheat', MOTOR_IN, 'standard'),
  layers: [d(16, 'tanh'), drop(0.1), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('rmsprop', 0.005), training: train(200),
});
add('ok.motor-current-and-speed-minmax', {
  data: csv('motor.csv', ['current_a', 'winding_temp_c'], MOTOR_IN, 'minmax'),
  layers: [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(2)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(600),
});
add('ok.imu-activity-dropout', {
  data: csv('imu.csv', 'activity', undefined, 'standard'),
  layers: [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: train(150),
});
add('ok.imu-activity-batchnorm-raw', {
  data: csv('imu.csv', 'activity'),
  layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(100),
});
add('ok.imu-activity-rmsprop-leaky', {
  data: csv('imu.csv', 'activity', undefined, 'minmax'),
  layers: [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('rmsprop', 0.002), training: train(200, 64),
});
add('ok.gestures-onehot-adam', {
  data: csv('gestures.csv', GESTURES, undefined, 'standard'),
  layers: [d(32, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.01), training: train(150),
});
add('ok.gestures-tanh-sgd', {
  data: csv('gestures.csv', GESTURES, undefined, 'standard'),
  layers: [d(16, 'tanh'), d(16, 'tanh'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.1), training: train(200, 16),
});
add('ok.falls-relu-bce', {
  data: csv('falls.csv', 'fall', undefined, 'standard'),
  layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.005), training: train(200),
});
add('ok.falls-tanh-weight-decay', {
  data: csv('falls.csv', 'fall', undefined, 'standard'),
  layers: [d(8, 'tanh'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.01, { weightDecay: 1e-4 }), training: train(150),
});
add('ok.pid-output-relu', {
  data: csv('pid.csv', 'u_pct', PID_IN, 'standard'),
  layers: [d(32, 'relu'), d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(400),
});
add('ok.pid-output-rmsprop-clip', {
  data: csv('pid.csv', 'u_pct', PID_IN, 'standard'),
  layers: [d(16, 'leaky_relu'), d(1)],
  loss: 'mse', optimizer: opt('rmsprop', 0.01, { clipNorm: 5 }), training: train(400),
});
add('ok.battery-soc-frac-sigmoid-out', {
  data: csv('battery.csv', 'soc_frac', BATT_IN, 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')],
  loss: 'mse', optimizer: opt('adam', 0.005), training: train(300),
});
add('ok.battery-soc-pct-elu', {
  data: csv('battery.csv', 'soc_pct', BATT_IN, 'standard'),
  layers: [d(64, 'elu'), d(32, 'elu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(400),
});
add('ok.pump-fault-relu', {
  data: csv('pump.csv', 'fault', undefined, 'standard'),
  layers: [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: train(150),
});
add('ok.pump-fault-batchnorm-rmsprop', {
  data: csv('pump.csv', 'fault'),
  layers: [d(32, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('rmsprop', 0.003), training: train(150),
});
add('ok.pump-fault-nesterov-elu', {
  data: csv('pump.csv', 'fault', undefined, 'minmax'),
  layers: [d(32, 'elu'), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: train(200),
});
add('ok.heading-sincos-targets', {
  data: csv('heading.csv', ['heading_sin', 'heading_cos'], ['mx_ut', 'my_ut'], 'standard'),
  layers: [d(32, 'tanh'), d(2)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('ok.sine-pendulum-trace', {
  data: { builtin: 'sine', samples: 300, noise: 0.05 },
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('ok.moons-obstacle-map', {
  data: { builtin: 'moons', samples: 300, noise: 0.15 },
  layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.01), training: train(200),
});
add('ok.circles-safety-zone', {
  data: { builtin: 'circles', samples: 300, noise: 0.08 },
  layers: [d(16, 'tanh'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.01), training: train(200),
});
add('ok.blobs-landmarks-sgd', {
  data: { builtin: 'blobs', classes: 4, samples: 400 },
  layers: [d(16, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.1), training: train(100),
});
add('ok.spirals-arm-workspace', {
  data: { builtin: 'spirals', classes: 3, samples: 450, noise: 0.05 },
  layers: [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.003), training: train(500),
});
add('ok.servo-pwm-inline', {
  data: {
    inline: {
      x: [[1000], [1050], [1100], [1150], [1200], [1250], [1300], [1350], [1400], [1450], [1500], [1550], [1600], [1650], [1700], [1750], [1800], [1850], [1900], [1950], [2000]],
      y: [0.02, 0.17, 0.33, 0.48, 0.63, 0.79, 0.94, 1.1, 1.26, 1.41, 1.57, 1.72, 1.88, 2.04, 2.19, 2.35, 2.51, 2.66, 2.81, 2.97, 3.12],
    },
    normalize: 'minmax',
  },
  layers: [d(8, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.02), training: train(300, 8),
});

// ───────────────────────── faulty candidates ─────────────────────────
// invalid-spec
add('invalid-spec.learning-rate-key', {
  data: csv('arm2.csv', ['x_m', 'y_m'], FK_SINCOS, 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(2)],
  loss: 'mse', optimizer: { type: 'adam', learning_rate: 0.001 }, training: train(300),
});
add('invalid-spec.kernel-initializer', {
  data: csv('pump.csv', 'fault', undefined, 'standard'),
  layers: [d(32, 'relu', { kernel_initializer: 'he_normal' }), d(16, 'relu', { kernel_initializer: 'he_normal' }), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: train(150),
});
add('invalid-spec.softplus-activation', {
  data: csv('battery.csv', 'soc_pct', BATT_IN, 'standard'),
  layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'softplus')],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('invalid-spec.batch-size-snake-case', {
  data: csv('imu.csv', 'activity', undefined, 'standard'),
  layers: [d(32, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: { epochs: 150, batch_size: 64 },
});
// data-error
add('data-error.motor-log-na-cells', {
  data: csv('motor-log.csv', 'current_a', MOTOR_IN, 'standard'),
  layers: [d(32, 'relu'), d(16, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.005), training: train(300),
});
add('data-error.target-soc-name', {
  data: csv('battery.csv', 'soc', BATT_IN, 'standard'),
  layers: [d(64, 'relu'), d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('data-error.imu-pilot-four-rows', {
  data: csv('imu-pilot.csv', 'activity', undefined, 'standard'),
  layers: [d(32, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: train(150),
});
add('data-error.pump-csv-wrong-name', {
  data: csv('pump_vibration.csv', 'fault', undefined, 'standard'),
  layers: [d(32, 'relu'), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: train(150),
});
add('data-error.gyro-z-feature-missing', {
  data: csv('falls.csv', 'fall', ['acc_peak_ms2', 'gyro_peak_dps', 'gyro_z_dps', 'still_after_s'], 'standard'),
  layers: [d(16, 'relu'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.005), training: train(200),
});
// shape-mismatch
add('shape-mismatch.fk-two-targets-one-output', {
  data: csv('arm2.csv', ['x_m', 'y_m'], FK_SINCOS, 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('shape-mismatch.pump-four-of-five-classes', {
  data: csv('pump.csv', 'fault', undefined, 'standard'),
  layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: train(150),
});
add('shape-mismatch.gestures-five-outputs', {
  data: csv('gestures.csv', GESTURES, undefined, 'standard'),
  layers: [d(32, 'relu'), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.01), training: train(150),
});
add('shape-mismatch.falls-two-sigmoid-bce', {
  data: csv('falls.csv', 'fall', undefined, 'standard'),
  layers: [d(16, 'relu'), d(2, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.005), training: train(200),
});
// loss-activation-mismatch
add('loss-activation-mismatch.soc-percent-sigmoid-output', {
  data: csv('battery.csv', 'soc_pct', BATT_IN, 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')],
  loss: 'mse', optimizer: opt('adam', 0.005), training: train(300),
});
add('loss-activation-mismatch.gestures-softmax-mse', {
  data: csv('gestures.csv', GESTURES, undefined, 'standard'),
  layers: [d(32, 'relu'), d(4, 'softmax')],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(150),
});
add('loss-activation-mismatch.falls-linear-bce', {
  data: csv('falls.csv', 'fall', undefined, 'standard'),
  layers: [d(16, 'relu'), d(8, 'relu'), d(1)],
  loss: 'bce', optimizer: opt('adam', 0.005), training: train(200),
});
add('loss-activation-mismatch.pid-tanh-output-percent', {
  data: csv('pid.csv', 'u_pct', PID_IN, 'standard'),
  layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'tanh')],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
// init-symmetry
add('init-symmetry.pid-zeros-hidden', {
  data: csv('pid.csv', 'u_pct', PID_IN, 'standard'),
  layers: [d(32, 'tanh', { init: 'zeros' }), d(32, 'tanh', { init: 'zeros' }), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('init-symmetry.pump-constant-init', {
  data: csv('pump.csv', 'fault', undefined, 'standard'),
  layers: [d(32, 'relu', { init: { name: 'constant', value: 0.05 } }), d(16, 'relu', { init: { name: 'constant', value: 0.05 } }), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: train(150),
});
add('init-symmetry.arm3-zeros-everywhere', {
  data: csv('arm3.csv', ['ee_x_m', 'ee_y_m'], ARM3_Q, 'standard'),
  layers: [d(64, 'tanh', { init: 'zeros' }), d(64, 'tanh', { init: 'zeros' }), d(2, 'linear', { init: 'zeros' })],
  loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(300),
});
// init-scale
add('init-scale.imu-normal-std-3', {
  data: csv('imu.csv', 'activity', undefined, 'standard'),
  layers: [d(64, 'relu', { init: { name: 'normal', std: 3 } }), d(64, 'relu', { init: { name: 'normal', std: 3 } }), d(4, 'softmax', { init: { name: 'normal', std: 3 } })],
  loss: 'cce', optimizer: opt('adam', 0.001), training: train(150),
});
add('init-scale.battery-uniform-tiny-deep-tanh', {
  data: csv('battery.csv', 'soc_frac', BATT_IN, 'standard'),
  layers: [
    d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }),
    d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }),
    d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }),
    d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }),
    d(1, 'linear', { init: { name: 'uniform', limit: 1e-4 } }),
  ],
  loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(300),
});
add('init-scale.motor-normal-std-2-tanh', {
  data: csv('motor.csv', 'current_a', MOTOR_IN, 'standard'),
  layers: [d(128, 'tanh', { init: { name: 'normal', std: 2 } }), d(128, 'tanh', { init: { name: 'normal', std: 2 } }), d(1, 'linear', { init: { name: 'normal', std: 2 } })],
  loss: 'mse', optimizer: opt('sgd', 0.01), training: train(300),
});
// no-nonlinearity
add('no-nonlinearity.arm2-fk-forgot-activation', {
  data: csv('arm2.csv', ['x_m', 'y_m'], FK_RAW, 'standard'),
  layers: [d(64), d(64), d(2)],
  loss: 'mse', optimizer: opt('adam', 0.003), training: train(400),
});
add('no-nonlinearity.projectile-hit-linear-hidden', {
  data: csv('projectile.csv', 'hit', ['speed_mps', 'angle_deg'], 'standard'),
  layers: [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.01), training: train(300),
});
add('no-nonlinearity.arm3-zone-linear', {
  data: csv('arm3.csv', 'zone', ARM3_Q, 'standard'),
  layers: [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.01), training: train(200),
});
// lr-out-of-range
add('lr-out-of-range.adam-lr-5', {
  data: csv('imu.csv', 'activity', undefined, 'standard'),
  layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 5), training: train(150),
});
add('lr-out-of-range.sgd-negative-lr', {
  data: csv('pendulum.csv', 'period_s', ['length_m', 'amplitude_deg'], 'minmax'),
  layers: [d(32, 'elu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', -0.01, { momentum: 0.9 }), training: train(300),
});
add('lr-out-of-range.rmsprop-lr-zero', {
  data: csv('motor.csv', 'overheat', MOTOR_IN, 'standard'),
  layers: [d(16, 'tanh'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('rmsprop', 0), training: train(200),
});
// dead-relu
add('dead-relu.motor-negative-bias', {
  data: csv('motor.csv', 'winding_temp_c', MOTOR_IN, 'standard'),
  layers: [d(64, 'relu', { bias: -3 }), d(64, 'relu', { bias: -3 }), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
add('nan-loss.pid-raw-sgd', {
  data: csv('pid.csv', 'u_pct', PID_IN),
  layers: [d(32, 'relu'), d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.001), training: train(200),
});
add('dead-relu.battery-raw-cycles-adam', {
  data: csv('battery.csv', 'soc_pct', BATT_IN),
  layers: [d(32, 'relu'), d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.05), training: train(300),
});
add('dead-relu.projectile-adam-high-lr', {
  data: csv('projectile.csv', 'range_m', ['speed_mps', 'angle_deg'], 'standard'),
  layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.3), training: train(200),
});
// exploding-gradient
add('nan-loss.projectile-raw-deep-sgd', {
  data: csv('projectile.csv', 'range_m', ['speed_mps', 'angle_deg']),
  layers: [d(64, 'relu'), d(64, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.0001), training: train(200),
});
add('exploding-gradient.motor-rpm-raw-clipped', {
  data: csv('motor.csv', 'winding_temp_c', ['duty_pct', 'load_nm', 'speed_rpm']),
  layers: [d(64, 'relu'), d(64, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.001, { clipNorm: 1 }), training: train(200),
});
add('exploding-gradient.arm2-mm-raw-momentum', {
  data: csv('arm2.csv', ['x_mm', 'y_mm'], FK_RAW),
  layers: [d(64, 'relu'), d(64, 'relu'), d(2)],
  loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: train(200),
});
// vanishing-gradient
add('vanishing-gradient.pump-deep-sigmoid', {
  data: csv('pump.csv', 'fault', undefined, 'standard'),
  layers: [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.01), training: train(150),
});
add('vanishing-gradient.falls-deep-sigmoid-adam', {
  data: csv('falls.csv', 'fall', undefined, 'standard'),
  layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.0005), training: train(150),
});
add('vanishing-gradient.arm3-deep-sigmoid-mse', {
  data: csv('arm3.csv', ['ee_x_m', 'ee_y_m'], ARM3_Q, 'standard'),
  layers: [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(2)],
  loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(200),
});
// nan-loss
add('dead-relu.projectile-raw-sgd-all-dead', {
  data: csv('projectile.csv', 'range_m', ['speed_mps', 'angle_deg']),
  layers: [d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.01), training: train(200),
});
add('saturated-activation.battery-raw-cycles-tanh', {
  data: csv('battery.csv', 'soc_pct', BATT_IN),
  layers: [d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.01), training: train(200),
});
add('nan-loss.motor-temp-raw-momentum', {
  data: csv('motor.csv', 'winding_temp_c', ['duty_pct', 'load_nm', 'ambient_c', 'speed_rpm']),
  layers: [d(32, 'relu'), d(16, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(200),
});
// lr-too-high
add('lr-too-high.imu-adam-0.3', {
  data: csv('imu.csv', 'activity', undefined, 'standard'),
  layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.3), training: train(150),
});
add('lr-too-high.pump-momentum-lr-1', {
  data: csv('pump.csv', 'fault', undefined, 'standard'),
  layers: [d(32, 'tanh'), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 1, { momentum: 0.9 }), training: train(150),
});
add('lr-too-high.arm2-rmsprop-0.1', {
  data: csv('arm2.csv', ['x_m', 'y_m'], FK_SINCOS, 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(2)],
  loss: 'mse', optimizer: opt('rmsprop', 0.1), training: train(300),
});
add('nan-loss.pendulum-sgd-lr-0.5', {
  data: csv('pendulum.csv', 'period_s', ['length_m', 'amplitude_deg'], 'standard'),
  layers: [d(16, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.5), training: train(200),
});
// lr-too-low
add('lr-too-low.pendulum-sgd-1e-5', {
  data: csv('pendulum.csv', 'period_s', ['length_m', 'amplitude_deg'], 'minmax'),
  layers: [d(32, 'elu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 1e-5), training: train(300),
});
add('lr-too-low.gestures-adam-1e-6', {
  data: csv('gestures.csv', GESTURES, undefined, 'standard'),
  layers: [d(32, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 1e-6), training: train(150),
});
add('lr-too-low.falls-rmsprop-1e-6', {
  data: csv('falls.csv', 'fall', undefined, 'standard'),
  layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('rmsprop', 1e-6), training: train(200),
});
// saturated-activation
add('saturated-activation.motor-sigmoid-raw-rpm', {
  data: csv('motor.csv', 'overheat', ['duty_pct', 'load_nm', 'ambient_c', 'speed_rpm']),
  layers: [d(16, 'sigmoid'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.005), training: train(200),
});
add('saturated-activation.imu-tanh-raw-gyro', {
  data: csv('imu.csv', 'activity'),
  layers: [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: train(150),
});
add('saturated-activation.pump-sigmoid-raw-flow', {
  data: csv('pump.csv', 'fault'),
  layers: [d(32, 'sigmoid'), d(5, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(150),
});
// loss-plateau
add('loss-plateau.arm3-heavy-weight-decay', {
  data: csv('arm3.csv', ['ee_x_m', 'ee_y_m'], ARM3_Q, 'standard'),
  layers: [d(64, 'tanh'), d(64, 'tanh'), d(2)],
  loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 1 }), training: train(300),
});
add('loss-plateau.falls-keep-prob-as-rate', {
  data: csv('falls.csv', 'fall', undefined, 'standard'),
  layers: [d(16, 'relu'), drop(0.9), d(8, 'relu'), drop(0.9), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.005), training: train(200),
});
add('loss-plateau.pid-sgd-weight-decay', {
  data: csv('pid.csv', 'u_pct', PID_IN, 'standard'),
  layers: [d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.01, { weightDecay: 0.5 }), training: train(300),
});
add('loss-plateau.heading-degrees-target', {
  data: csv('heading.csv', 'heading_deg', ['mx_ut', 'my_ut'], 'standard'),
  layers: [d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.01), training: train(300),
});
// oscillating-loss
add('oscillating-loss.pid-full-batch-momentum-0.99', {
  data: csv('pid.csv', 'u_pct', PID_IN, 'standard'),
  layers: [d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.99 }), training: train(300, 500),
});
add('oscillating-loss.imu-batch-2-sgd', {
  data: csv('imu.csv', 'activity', undefined, 'standard'),
  layers: [d(32, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.3), training: train(100, 2),
});
add('oscillating-loss.pendulum-adam-batch-4', {
  data: csv('pendulum.csv', 'period_s', ['length_m', 'amplitude_deg'], 'standard'),
  layers: [d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.05), training: train(200, 4),
});
add('oscillating-loss.gestures-rmsprop-full-batch', {
  data: csv('gestures.csv', GESTURES, undefined, 'standard'),
  layers: [d(32, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('rmsprop', 0.05), training: train(150, 440),
});

// ───────────────────────── second round (after the first observation) ─────────────────────────
add('oscillating-loss.arm2-rmsprop-0.03', {
  data: csv('arm2.csv', ['x_m', 'y_m'], FK_SINCOS, 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(2)],
  loss: 'mse', optimizer: opt('rmsprop', 0.03), training: train(300),
});
add('oscillating-loss.motor-current-full-batch-momentum', {
  data: csv('motor.csv', 'current_a', MOTOR_IN, 'standard'),
  layers: [d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: train(300, 500),
});
add('ok.pendulum-full-batch-sgd', {
  data: csv('pendulum.csv', 'period_s', ['length_m', 'amplitude_deg'], 'standard'),
  layers: [d(16, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.3), training: train(300, 300),
});
add('oscillating-loss.battery-adam-0.05-full-batch', {
  data: csv('battery.csv', 'soc_frac', BATT_IN, 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.05), training: train(300, 500),
});
add('oscillating-loss.imu-momentum-0.95-full-batch', {
  data: csv('imu.csv', 'activity', undefined, 'standard'),
  layers: [d(32, 'relu'), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.5, { momentum: 0.95 }), training: train(200, 480),
});
add('oscillating-loss.flight-time-rmsprop-0.05', {
  data: csv('projectile.csv', 'flight_time_s', ['speed_mps', 'angle_deg', 'mass_kg'], 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(300, 16),
});
add('oscillating-loss.pid-full-batch-momentum-0.95', {
  data: csv('pid.csv', 'u_pct', PID_IN, 'standard'),
  layers: [d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.003, { momentum: 0.95 }), training: train(300, 500),
});
add('lr-too-high.falls-adam-0.5', {
  data: csv('falls.csv', 'fall', undefined, 'standard'),
  layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.5), training: train(200),
});
add('nan-loss.pid-percent-target-sgd-0.05', {
  data: csv('pid.csv', 'u_pct', PID_IN, 'standard'),
  layers: [d(32, 'relu'), d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.05), training: train(200),
});
add('lr-too-high.ik2-adam-0.2', {
  data: csv('ik2.csv', 'theta2_rad', ['x_m', 'y_m'], 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.2), training: train(300),
});
add('exploding-gradient.battery-raw-clipnorm', {
  data: csv('battery.csv', 'soc_pct', BATT_IN),
  layers: [d(64, 'relu'), d(64, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.001, { clipNorm: 1 }), training: train(200),
});
add('exploding-gradient.pid-raw-adam-clip', {
  data: csv('pid.csv', 'u_pct', PID_IN),
  layers: [d(64, 'relu'), d(64, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.001, { clipNorm: 10 }), training: train(200),
});
add('exploding-gradient.projectile-range-raw-clip', {
  data: csv('projectile.csv', 'range_m', ['speed_mps', 'angle_deg']),
  layers: [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('sgd', 0.0005, { momentum: 0.9, clipNorm: 5 }), training: train(200),
});
add('loss-plateau.pendulum-forgot-length', {
  data: csv('pendulum.csv', 'period_s', ['amplitude_deg', 'mass_g'], 'standard'),
  layers: [d(32, 'relu'), d(16, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('adam', 0.005), training: train(300),
});
add('loss-plateau.motor-overheat-weight-decay-1', {
  data: csv('motor.csv', 'overheat', MOTOR_IN, 'standard'),
  layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('rmsprop', 0.001, { weightDecay: 1 }), training: train(200),
});
add('vanishing-gradient.motor-overheat-deep-sigmoid', {
  data: csv('motor.csv', 'overheat', MOTOR_IN, 'standard'),
  layers: [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(200),
});

// ───────────────────────── third round: more oscillation attempts ─────────────────────────
add('oscillating-loss.ik2-rmsprop-0.03', {
  data: csv('ik2.csv', 'theta2_rad', ['x_m', 'y_m'], 'standard'),
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('rmsprop', 0.03), training: train(300),
});
add('oscillating-loss.heading-sincos-rmsprop-0.03', {
  data: csv('heading.csv', ['heading_sin', 'heading_cos'], ['mx_ut', 'my_ut'], 'standard'),
  layers: [d(32, 'tanh'), d(2)],
  loss: 'mse', optimizer: opt('rmsprop', 0.03), training: train(300),
});
add('oscillating-loss.arm3-fk-rmsprop-0.02', {
  data: csv('arm3.csv', ['ee_x_m', 'ee_y_m'], ARM3_Q, 'standard'),
  layers: [d(64, 'tanh'), d(64, 'tanh'), d(2)],
  loss: 'mse', optimizer: opt('rmsprop', 0.02), training: train(300),
});
add('oscillating-loss.sine-trace-rmsprop-0.05', {
  data: { builtin: 'sine', samples: 300, noise: 0.05 },
  layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)],
  loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(300),
});
add('oscillating-loss.battery-frac-rmsprop-0.03', {
  data: csv('battery.csv', 'soc_frac', BATT_IN, 'standard'),
  layers: [d(32, 'relu'), d(32, 'relu'), d(1)],
  loss: 'mse', optimizer: opt('rmsprop', 0.03), training: train(300),
});

for (const [name, spec] of Object.entries(specs)) {
  fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
