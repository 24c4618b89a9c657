/** The healthy specs of this set: what a competent practitioner would write for these problems. */
import { csv, d, ENERGY, Healthy, MOTOR, PUMP, SENSOR, spec, T } from './helpers';

const ADAM = (lr: number, extra = {}) => ({ type: 'adam', lr, ...extra });
const SGD = (lr: number, extra = {}) => ({ type: 'sgd', lr, ...extra });
const RMS = (lr: number, extra = {}) => ({ type: 'rmsprop', lr, ...extra });
const h = (slug: string, covers: string, s: ReturnType<typeof spec>): Healthy => ({ slug, covers, spec: s });
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };

export const HEALTHY: Healthy[] = [
  h('sensor-linear-ar', 'sensor.csv next-hour temperature in °C, a single linear unit (autoregression), adam 0.05, 150 epochs',
    spec('sensor-ar', SENSOR, [d(1)], 'mse', ADAM(0.05), T(150))),
  h('sensor-mlp-relu', 'sensor.csv, relu 32-16, adam 0.005, validation 0.2', spec('sensor-mlp', SENSOR, [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', ADAM(0.005), T(120, 32, 0.2))),
  h('sensor-minmax-tanh-sgd', 'sensor.csv minmax, tanh 24, sgd nesterov momentum 0.9 lr 0.02', spec('sensor-tanh', csv('sensor.csv', 'temp_next', { normalize: 'minmax' }), [d(24, 'tanh'), d(1)], 'mse', SGD(0.02, { momentum: 0.9, nesterov: true }), T(150))),
  h('sensor-elu-rmsprop', 'sensor.csv, elu 16-16, rmsprop 0.002, batch 64', spec('sensor-elu', SENSOR, [d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', RMS(0.002), T(120, 64))),
  h('sensor-batch1-small-lr', 'sensor.csv, batch size 1, sgd lr 0.002 (small but fine for per-sample steps), 15 epochs', spec('sensor-b1', SENSOR, [d(16, 'relu'), d(1)], 'mse', SGD(0.002), T(15, 1))),
  h('energy-mlp-adam', 'energy.csv kWh in raw units (hundreds), standardised features, relu 64-32, adam 0.01, 200 epochs', spec('energy-mlp', ENERGY, [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', ADAM(0.01), T(200))),
  h('energy-multi-output', 'energy.csv two raw-unit targets (kwh, peak_kw), leaky_relu 48-24, adam 0.01, weight decay 1e-4', spec('energy-multi', csv('energy.csv', ['kwh', 'peak_kw'], { normalize: 'standard' }), [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(2)], 'mse', ADAM(0.01, { weightDecay: 1e-4 }), T(200))),
  h('energy-batchnorm-sgd', 'energy.csv, dense+batchNorm relu 32-16, sgd momentum 0.9 lr 0.01, clipNorm 5', spec('energy-bn', ENERGY, [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', SGD(0.01, { momentum: 0.9, clipNorm: 5 }), T(150))),
  h('energy-full-batch', 'energy.csv peak_kw, full batch (360), adam 0.03, 400 epochs', spec('energy-full', csv('energy.csv', 'peak_kw', { normalize: 'standard' }), [d(32, 'elu'), d(1)], 'mse', ADAM(0.03), T(400, 360))),
  h('sales-forecast-adam', 'sales.csv revenue in raw dollars (thousands) from lags, promo, price, weekday; standardised features; relu 32-16; adam 0.02; 300 epochs', spec('sales-mlp', csv('sales.csv', 'revenue', { normalize: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', ADAM(0.02), T(300))),
  h('pump-logistic', 'pump.csv (8% flipped labels), logistic regression: one sigmoid unit, sgd 0.1', spec('pump-logit', PUMP, [d(1, 'sigmoid')], 'bce', SGD(0.1), T(80))),
  h('pump-mlp-dropout', 'pump.csv, relu 32 + dropout 0.2 + relu 16, adam 0.003, validation 0.2', spec('pump-mlp', PUMP, [d(32, 'relu'), { type: 'dropout', rate: 0.2 }, d(16, 'relu'), d(1, 'sigmoid')], 'bce', ADAM(0.003), T(80, 32, 0.2))),
  h('pump-minmax-sigmoid-hidden', 'pump.csv minmax, sigmoid hidden 16, adam 0.01', spec('pump-sig', csv('pump.csv', 'fault', { normalize: 'minmax' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', ADAM(0.01), T(120))),
  h('motor-softmax-adam', 'motor.csv string states (idle/run/overload, 8% relabelled), relu 16, softmax 3, adam 0.01', spec('motor-mlp', MOTOR, [d(16, 'relu'), d(3, 'softmax')], 'cce', ADAM(0.01), T(60))),
  h('motor-deep-elu-bn', 'motor.csv, 4 hidden elu layers with batchNorm, adam 0.003, batch 16', spec('motor-deep', MOTOR, [d(32, 'elu', { batchNorm: true }), d(32, 'elu', { batchNorm: true }), d(16, 'elu', { batchNorm: true }), d(16, 'elu', { batchNorm: true }), d(3, 'softmax')], 'cce', ADAM(0.003), T(50, 16))),
  h('motor-sgd-large-fine', 'motor.csv, tanh 16, sgd lr 0.5 (large but fine on standardised data and a shallow net)', spec('motor-sgd', MOTOR, [d(16, 'tanh'), d(3, 'softmax')], 'cce', SGD(0.5), T(60))),
  h('sine-tanh', 'builtin sine, tanh 32-32, adam 0.01, 300 epochs', spec('sine-tanh', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', ADAM(0.01), T(300))),
  h('sine-relu-deep', 'builtin sine noise 0.1, 5 layers (relu 32 x4 + linear), adam 0.003', spec('sine-deep', { builtin: 'sine', samples: 400, noise: 0.1 }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', ADAM(0.003), T(200))),
  h('sine-rmsprop-small-lr', 'builtin sine, elu 32, rmsprop 5e-4 (small but fine), 600 epochs, batch 16', spec('sine-rms', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', RMS(5e-4), T(600, 16))),
  h('xor-tanh', 'builtin xor, tanh 8, sigmoid out, adam 0.02', spec('xor', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', ADAM(0.02), T(200))),
  h('circles-relu', 'builtin circles, relu 16-8, sgd momentum 0.9 lr 0.05', spec('circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', SGD(0.05, { momentum: 0.9 }), T(200))),
  h('moons-leaky', 'builtin moons noise 0.2, leaky_relu 32-16, adam 0.01, clipNorm 1', spec('moons', { builtin: 'moons', samples: 400, noise: 0.2 }, [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', ADAM(0.01, { clipNorm: 1 }), T(150))),
  h('spirals-three', 'builtin spirals, 3 classes, relu 64-64-32, adam 0.005, 400 epochs', spec('spirals', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', ADAM(0.005), T(400))),
  h('blobs-four', 'builtin blobs, 4 classes, softmax regression (no hidden), sgd 0.1', spec('blobs', { builtin: 'blobs', samples: 400, classes: 4, noise: 0.1 }, [d(4, 'softmax')], 'cce', SGD(0.1), T(100))),
  h('iris-standard', 'builtin iris, standardised, tanh 16, dropout 0.1, adam 0.01, batch 16', spec('iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), { type: 'dropout', rate: 0.1 }, d(3, 'softmax')], 'cce', ADAM(0.01), T(150, 16))),
  h('iris-full-batch-sgd', 'builtin iris minmax, full batch 150, sgd lr 1.0 (large but fine full-batch)', spec('iris-sgd', { builtin: 'iris', normalize: 'minmax' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', SGD(1.0), T(500, 150))),
  h('inline-calibration', 'inline sensor calibration: raw thermistor reading (ohms / 1000) to °C, 12 rows, linear unit, sgd 0.05 full batch', spec('inline-cal', { inline: { x: [[12.0], [10.5], [9.2], [8.1], [7.1], [6.3], [5.5], [4.9], [4.3], [3.8], [3.4], [3.0]], y: [10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43] }, normalize: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', ADAM(0.05), T(400, 12))),
  h('inline-multi-output', 'inline 2-output forecast (next two readings from three lags), 10 rows, elu 8, adam 0.02', spec('inline-2out', { inline: { x: [[1, 2, 3], [2, 3, 4], [3, 4, 5], [4, 5, 6], [5, 6, 7], [6, 7, 8], [7, 8, 9], [8, 9, 10], [9, 10, 11], [10, 11, 12]], y: [[4, 5], [5, 6], [6, 7], [7, 8], [8, 9], [9, 10], [10, 11], [11, 12], [12, 13], [13, 14]] }, normalize: 'standard' }, [d(8, 'elu'), d(2)], 'mse', ADAM(0.02), T(500, 5))),
  h('pump-rmsprop-long', 'pump.csv, leaky_relu 24, rmsprop 0.001, weight decay 1e-3, 150 epochs, batch 64', spec('pump-rms', PUMP, [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', RMS(0.001, { weightDecay: 1e-3 }), T(150, 64))),
  h('sensor-short-run', 'sensor.csv, 10-epoch quick run, relu 16, adam 0.05, batch 16', spec('sensor-quick', SENSOR, [d(16, 'relu'), d(1)], 'mse', ADAM(0.05), T(10, 16))),
  h('energy-sigmoid-hidden', 'energy.csv kwh, sigmoid hidden 32, adam 0.02', spec('energy-sig', ENERGY, [d(32, 'sigmoid'), d(1)], 'mse', ADAM(0.02), T(300))),
];
