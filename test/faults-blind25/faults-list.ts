/** The faulty specs of this set: each a realistic mistake on sensor, energy, sales or builtin data. */
import { csv, d, ENERGY, Fault, MOTOR, PUMP, SENSOR, spec, T } from './helpers';

const ADAM = (lr: number, extra = {}) => ({ type: 'adam', lr, ...extra });
const SGD = (lr: number, extra = {}) => ({ type: 'sgd', lr, ...extra });
const regress = (name: string, data: unknown, layers: unknown[], opt: unknown, training = T(80)) => spec(name, data, layers, 'mse', opt, training);

export const FAULTS: Fault[] = [
  // invalid-spec
  { slug: 'adamw', code: 'invalid-spec', stage: 'static', catches: ['invalid-spec'], fault: 'optimizer type "adamw" (PyTorch habit; the engine has sgd, adam, rmsprop)',
    spec: regress('sensor-adamw', SENSOR, [d(16, 'relu'), d(1)], { type: 'adamw', lr: 0.001, weightDecay: 0.01 }) },
  { slug: 'units-string', code: 'invalid-spec', stage: 'static', catches: ['invalid-spec'], fault: 'hidden units written as the string "32"',
    spec: regress('energy-str-units', ENERGY, [{ type: 'dense', units: '32', activation: 'relu' }, d(1)], ADAM(0.005)) },
  { slug: 'lstm-layer', code: 'invalid-spec', stage: 'static', catches: ['invalid-spec'], fault: 'layer type "lstm" for a lagged sensor series (the engine has only dense and dropout)',
    spec: regress('sensor-lstm', SENSOR, [{ type: 'lstm', units: 16 }, d(1)], ADAM(0.01)) },
  // data-error
  { slug: 'na-gaps', code: 'data-error', stage: 'static', catches: ['data-error'], fault: 'logger export with gaps written as NA in a feature column',
    spec: regress('logger-na', csv('logger-gaps.csv', 'temp_next', { normalize: 'standard' }), [d(16, 'relu'), d(1)], ADAM(0.01)) },
  { slug: 'target-typo', code: 'data-error', stage: 'static', catches: ['data-error'], fault: 'target column "kWh" while the header says "kwh"',
    spec: regress('energy-typo', csv('energy.csv', 'kWh', { normalize: 'standard' }), [d(16, 'relu'), d(1)], ADAM(0.01)) },
  { slug: 'inline-ragged', code: 'data-error', stage: 'static', catches: ['data-error'], fault: 'inline lag table where one row has only two of the three lags',
    spec: regress('inline-ragged', { inline: { x: [[1.0, 1.2, 1.1], [1.2, 1.1, 1.4], [1.1, 1.4], [1.4, 1.3, 1.6], [1.3, 1.6, 1.5], [1.6, 1.5, 1.8]], y: [1.4, 1.3, 1.6, 1.5, 1.8, 1.7] } }, [d(4, 'tanh'), d(1)], ADAM(0.05), T(100, 6)) },
  // shape-mismatch
  { slug: 'two-targets-one-unit', code: 'shape-mismatch', stage: 'static', catches: ['shape-mismatch'], fault: 'two targets (kwh, peak_kw) but a one-unit output layer',
    spec: regress('energy-multi', csv('energy.csv', ['kwh', 'peak_kw'], { normalize: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], ADAM(0.005)) },
  { slug: 'motor-two-outputs', code: 'shape-mismatch', stage: 'static', catches: ['shape-mismatch'], fault: 'three motor states but softmax output of 2 units',
    spec: spec('motor-2out', MOTOR, [d(16, 'relu'), d(2, 'softmax')], 'cce', ADAM(0.01), T(60)) },
  { slug: 'sine-three-outputs', code: 'shape-mismatch', stage: 'static', catches: ['shape-mismatch'], fault: 'one sine target but an output layer of 3 units (copied from a 3-class net)',
    spec: regress('sine-3out', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(3)], ADAM(0.01), T(150)) },
  // loss-activation-mismatch
  { slug: 'bce-softmax', code: 'loss-activation-mismatch', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'bce loss on a one-unit softmax output (always 1, nothing learns)',
    spec: spec('pump-softmax1', PUMP, [d(16, 'relu'), d(1, 'softmax')], 'bce', ADAM(0.01), T(60)) },
  { slug: 'cce-sigmoid', code: 'loss-activation-mismatch', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'cce on a 3-unit sigmoid output for the motor states',
    spec: spec('motor-sigmoid', MOTOR, [d(16, 'relu'), d(3, 'sigmoid')], 'cce', ADAM(0.01), T(60)) },
  { slug: 'bce-relu-out', code: 'loss-activation-mismatch', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'bce with a relu output unit on the pump fault label',
    spec: spec('pump-relu-out', PUMP, [d(16, 'tanh'), d(1, 'relu')], 'bce', ADAM(0.01), T(60)) },
  // init-symmetry
  { slug: 'zeros-hidden', code: 'init-symmetry', stage: 'static', catches: ['init-symmetry'], fault: 'hidden layers initialised with zeros on the energy regression',
    spec: regress('energy-zeros', ENERGY, [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1)], ADAM(0.01), T(80)) },
  { slug: 'constant-hidden', code: 'init-symmetry', stage: 'static', catches: ['init-symmetry'], fault: 'constant 0.1 init on both tanh hidden layers of a 3-class spirals net (every unit identical, the net acts as one unit per layer)',
    spec: spec('spirals-const', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'tanh', { init: 'constant', value: 0.1 }), d(32, 'tanh', { init: 'constant', value: 0.1 }), d(3, 'softmax')], 'cce', ADAM(0.01), T(200)) },
  // init-scale
  { slug: 'std-three', code: 'init-scale', stage: 'static', catches: ['init-scale', 'saturated-activation'], fault: 'normal init std 3 on tanh hidden layers of the sensor forecaster',
    spec: regress('sensor-std3', SENSOR, [d(64, 'tanh', { init: 'normal', std: 3 }), d(64, 'tanh', { init: 'normal', std: 3 }), d(1)], ADAM(0.001), T(60)) },
  { slug: 'tiny-uniform-deep', code: 'init-scale', stage: 'static', catches: ['init-scale', 'vanishing-gradient'], fault: 'uniform init limit 1e-3 on a 5-layer relu net (signal shrinks layer by layer)',
    spec: regress('energy-tiny-init', ENERGY, [d(32, 'relu', { init: 'uniform', limit: 0.001 }), d(32, 'relu', { init: 'uniform', limit: 0.001 }), d(32, 'relu', { init: 'uniform', limit: 0.001 }), d(32, 'relu', { init: 'uniform', limit: 0.001 }), d(1, undefined, { init: 'uniform', limit: 0.001 })], SGD(0.01, { momentum: 0.9 }), T(60)) },
  { slug: 'std-two-relu', code: 'init-scale', stage: 'static', catches: ['init-scale', 'exploding-gradient'], fault: 'normal std 2 on wide relu layers (activations grow ~x20 per layer)',
    spec: spec('pump-std2', PUMP, [d(64, 'relu', { init: 'normal', std: 2 }), d(64, 'relu', { init: 'normal', std: 2 }), d(1, 'sigmoid')], 'bce', SGD(0.01), T(40)) },
  // no-nonlinearity
  { slug: 'linear-sine', code: 'no-nonlinearity', stage: 'static', catches: ['no-nonlinearity'], fault: 'three hidden layers left at the default linear activation on the sine series',
    spec: regress('sine-linear', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32), d(32), d(16), d(1)], ADAM(0.01), T(150)) },
  { slug: 'linear-circles', code: 'no-nonlinearity', stage: 'static', catches: ['no-nonlinearity'], fault: 'circles classified with linear hidden layers and a sigmoid output',
    spec: spec('circles-linear', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', ADAM(0.01), T(100)) },
  // lr-out-of-range
  { slug: 'sgd-lr-20', code: 'lr-out-of-range', stage: 'static', catches: ['lr-out-of-range', 'lr-too-high', 'nan-loss', 'exploding-gradient'], fault: 'sgd lr 20 on the sensor regression',
    spec: regress('sensor-lr20', SENSOR, [d(16, 'relu'), d(1)], SGD(20), T(50)) },
  { slug: 'adam-lr-1e-7', code: 'lr-out-of-range', stage: 'static', catches: ['lr-out-of-range', 'lr-too-low', 'loss-plateau'], fault: 'adam lr 1e-7 (a typo for 1e-3) on the energy regression',
    spec: regress('energy-lr1e7', ENERGY, [d(32, 'relu'), d(1)], ADAM(1e-7), T(60)) },
  { slug: 'rmsprop-lr-5', code: 'lr-out-of-range', stage: 'static', catches: ['lr-out-of-range', 'lr-too-high', 'nan-loss', 'oscillating-loss'], fault: 'rmsprop lr 5 on the motor classifier',
    spec: spec('motor-rms5', MOTOR, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 5 }, T(40)) },
  // lr-too-high
  { slug: 'adam-0.5-sensor', code: 'lr-too-high', stage: 'training', catches: ['lr-too-high', 'oscillating-loss', 'dead-relu', 'loss-plateau'], fault: 'adam lr 0.5 on the sensor forecaster: loss bounces well above what the model reaches at 0.005',
    spec: regress('sensor-adam02', SENSOR, [d(32, 'relu'), d(16, 'relu'), d(1)], ADAM(0.5), T(60)) },
  { slug: 'sgd-4-motor', code: 'lr-too-high', stage: 'training', catches: ['lr-too-high', 'oscillating-loss', 'dead-relu', 'exploding-gradient'], fault: 'sgd lr 4 with momentum 0.9 on the motor classifier (the same net trains at 0.5 without momentum)',
    spec: spec('motor-sgd4', MOTOR, [d(16, 'relu'), d(3, 'softmax')], 'cce', SGD(4, { momentum: 0.9 }), T(60)) },
  // lr-too-low
  { slug: 'sgd-1e-4-pump', code: 'lr-too-low', stage: 'training', catches: ['lr-too-low', 'loss-plateau'], fault: 'sgd lr 1e-4 on the pump classifier, 60 epochs',
    spec: spec('pump-sgd1e4', PUMP, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', SGD(1e-4), T(60)) },
  { slug: 'adam-2e-5-motor', code: 'lr-too-low', stage: 'training', catches: ['lr-too-low', 'loss-plateau'], fault: 'adam lr 2e-5 on the motor classifier, 40 epochs',
    spec: spec('motor-adam2e5', MOTOR, [d(32, 'relu'), d(3, 'softmax')], 'cce', ADAM(2e-5), T(40)) },
  // dead-relu
  { slug: 'negative-bias', code: 'dead-relu', stage: 'probe', catches: ['dead-relu'], fault: 'relu hidden layer with bias -4 (copied from a "sparse activations" tip): most units never fire',
    spec: regress('sensor-bias-neg', SENSOR, [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], ADAM(0.003), T(60)) },
  { slug: 'raw-sales-sgd', code: 'dead-relu', stage: 'training', catches: ['dead-relu', 'lr-too-high', 'exploding-gradient'], fault: 'revenue in raw dollars with minmax features, sgd lr 0.01: the first huge updates push the relu layer dead',
    spec: regress('sales-dead', csv('sales.csv', 'revenue', { normalize: 'minmax' }), [d(32, 'relu'), d(1)], SGD(0.01), T(60)) },
  // vanishing-gradient
  { slug: 'deep-sigmoid', code: 'vanishing-gradient', stage: 'probe', catches: ['vanishing-gradient', 'saturated-activation'], fault: 'five sigmoid hidden layers with sgd on the pump labels: the first layers barely move',
    spec: spec('pump-deep-sig', PUMP, [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', SGD(0.05), T(40)) },
  { slug: 'deep-tanh-normal-init', code: 'vanishing-gradient', stage: 'probe', catches: ['vanishing-gradient', 'init-scale', 'loss-plateau'], fault: 'five tanh layers with init "normal" (std 0.05 default) and plain sgd on the motor states: the signal fades layer by layer',
    spec: spec('motor-deep-tanh', MOTOR, [d(32, 'tanh', { init: 'normal' }), d(32, 'tanh', { init: 'normal' }), d(32, 'tanh', { init: 'normal' }), d(32, 'tanh', { init: 'normal' }), d(3, 'softmax', { init: 'normal' })], 'cce', SGD(0.01), T(40)) },
  // exploding-gradient
  { slug: 'raw-kwh-sgd', code: 'exploding-gradient', stage: 'training', catches: ['exploding-gradient', 'nan-loss', 'lr-too-high'], fault: 'raw (unnormalised) features and kWh target with sgd lr 1e-3: gradients grow step by step',
    spec: regress('energy-raw', csv('energy.csv', 'kwh'), [d(32, 'relu'), d(16, 'relu'), d(1)], SGD(0.001), T(30)) },
  { slug: 'momentum-deep-tanh', code: 'exploding-gradient', stage: 'probe', catches: ['exploding-gradient', 'init-scale', 'lr-too-high'], fault: 'deep linear-output net on raw sales dollars, standardised features, sgd momentum 0.9 lr 0.001',
    spec: regress('sales-explode', csv('sales.csv', 'revenue', { normalize: 'standard' }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], SGD(0.001, { momentum: 0.9 }), T(40)) },
  // saturated-activation
  { slug: 'raw-features-tanh', code: 'saturated-activation', stage: 'probe', catches: ['saturated-activation', 'data-error'], fault: 'unnormalised pump features (rpm ~1450) into a tanh layer: every unit pinned at ±1',
    spec: spec('pump-raw-tanh', csv('pump.csv', 'fault'), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', ADAM(0.001), T(40)) },
  { slug: 'sigmoid-bias-6', code: 'saturated-activation', stage: 'probe', catches: ['saturated-activation', 'vanishing-gradient'], fault: 'sigmoid hidden layers with bias 6 on the motor classifier (all outputs near 1)',
    spec: spec('motor-sig-bias', MOTOR, [d(32, 'sigmoid', { bias: 6 }), d(32, 'sigmoid', { bias: 6 }), d(3, 'softmax')], 'cce', SGD(0.05), T(40)) },
  // loss-plateau
  { slug: 'huge-weight-decay', code: 'loss-plateau', stage: 'training', catches: ['loss-plateau'], fault: 'weightDecay 1.0 (meant 1e-4) on the pump classifier: weights held near zero, loss stuck near the prior',
    spec: spec('pump-wd1', PUMP, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', SGD(0.05, { momentum: 0.9, weightDecay: 1 }), T(60)) },
  { slug: 'dropout-0.9', code: 'loss-plateau', stage: 'training', catches: ['loss-plateau'], fault: 'dropout 0.9 after each hidden layer of a small motor classifier',
    spec: spec('motor-drop09', MOTOR, [d(8, 'relu'), { type: 'dropout', rate: 0.9 }, d(8, 'relu'), { type: 'dropout', rate: 0.9 }, d(3, 'softmax')], 'cce', ADAM(0.01), T(60)) },
  // oscillating-loss
  { slug: 'momentum-0.99', code: 'oscillating-loss', stage: 'training', catches: ['oscillating-loss', 'lr-too-high'], fault: 'sgd momentum 0.99 lr 0.01 on the sensor forecaster: loss swings up and down',
    spec: regress('sensor-mom99', SENSOR, [d(32, 'tanh'), d(1)], SGD(0.01, { momentum: 0.99 }), T(60)) },
  { slug: 'batch1-adam', code: 'oscillating-loss', stage: 'training', catches: ['oscillating-loss', 'lr-too-high'], fault: 'batch size 1 with adam lr 0.05 on the energy regression',
    spec: regress('energy-b1', ENERGY, [d(32, 'relu'), d(1)], ADAM(0.05), T(20, 1)) },
  // nan-loss
  { slug: 'raw-sales-linear-ar', code: 'nan-loss', stage: 'training', catches: ['nan-loss', 'lr-too-high', 'exploding-gradient'], fault: 'linear autoregression on raw revenue lags (thousands of dollars, not normalised) with sgd lr 0.001',
    spec: regress('sales-nan', csv('sales.csv', 'revenue', { features: ['rev_lag1', 'rev_lag7'] }), [d(1)], SGD(0.001), T(20)) },
  { slug: 'inline-big-units', code: 'nan-loss', stage: 'training', catches: ['nan-loss', 'lr-too-high', 'exploding-gradient'], fault: 'rainfall from inline pressure readings in pascals (~1e5), one linear unit, sgd lr 0.01',
    spec: regress('inline-pascal', { inline: { x: [[101325, 20.1], [100900, 21.4], [101800, 18.9], [102100, 17.5], [100500, 22.8], [101000, 20.0], [101600, 19.2], [100700, 22.0]], y: [0.2, 0.6, 0.0, 0.0, 1.4, 0.5, 0.1, 0.9] } }, [d(1)], SGD(0.01), T(50, 8)) },
];
