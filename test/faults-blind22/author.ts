/**
 * Writes this set's specs: `npx tsx test/faults-blind22/author.ts`. Each entry is [file, spec]; the
 * manifest (write-manifest.ts) pairs them with the measured evidence. Theme: deeper nets, longer
 * runs and the settings practitioners combine (momentum, weight decay, clipping, batchNorm, dropout,
 * normalisation) on this set's own CSVs and on the builtins at non-default settings.
 */
import * as fs from 'fs';
import * as path from 'path';

type Spec = Record<string, unknown>;
const D = (units: number, activation: string, extra: Record<string, unknown> = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const sensor = (normalize = 'standard') => ({ csv: '../data/sensor.csv', target: 'failed', normalize });
const energy = (normalize = 'standard') => ({ csv: '../data/energy.csv', target: 'energy_mwh', features: ['outdoor_temp', 'humidity', 'occupancy', 'floor_area_m2'], normalize });
const species = (normalize = 'standard') => ({ csv: '../data/species.csv', target: 'species', normalize });
const spec = (name: string, data: unknown, layers: unknown[], loss: string, optimizer: unknown, training: unknown, seed = 7): Spec =>
  ({ name, seed, data, layers, loss, optimizer, training });

export const FAULTY: [string, Spec | string][] = [
  // invalid-spec
  ['invalid-spec.gelu-activation', spec('gelu', sensor(), [D(32, 'gelu'), D(16, 'gelu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 60, batchSize: 32 })],
  ['invalid-spec.keras-loss-name', spec('keras loss', species(), [D(32, 'relu'), D(16, 'relu'), D(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 })],
  ['invalid-spec.batch-size-zero', spec('batch0', { builtin: 'moons', samples: 400, noise: 0.2 }, [D(32, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 0 })],
  // data-error
  ['data-error.target-case', spec('target case', { csv: '../data/energy.csv', target: 'Energy_MWh', features: ['outdoor_temp', 'humidity', 'occupancy', 'floor_area_m2'], normalize: 'standard' }, [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 })],
  ['data-error.na-cells', spec('na cells', { csv: '../data/energy-na.csv', target: 'energy_mwh', features: ['outdoor_temp', 'humidity', 'occupancy', 'floor_area_m2'], normalize: 'standard' }, [D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 16 })],
  ['data-error.semicolon-export', spec('semicolon', { csv: '../data/sensor-semicolon.csv', target: 'failed', normalize: 'standard' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 })],
  ['data-error.ragged-inline', spec('ragged', { inline: { x: [[0.1, 1.2], [0.4, 0.9], [0.8], [1.1, 0.2], [1.5, 0.1], [0.3, 1.4, 0.2], [0.9, 0.5], [1.3, 0.3]], y: [0, 0, 1, 1, 1, 0, 1, 1] } }, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 8 })],
  // shape-mismatch
  ['shape-mismatch.iris-two-outputs', spec('iris 2 out', { builtin: 'iris', normalize: 'standard' }, [D(32, 'relu', { batchNorm: true }), D(16, 'relu'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 16 })],
  ['shape-mismatch.regression-two-outputs', spec('2 outputs 1 target', energy(), [D(64, 'relu'), drop(0.1), D(32, 'relu'), D(2, 'linear')], 'mse', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, { epochs: 100, batchSize: 32 })],
  ['shape-mismatch.blobs4-three-units', spec('blobs 4 in 3', { builtin: 'blobs', classes: 4, samples: 400, noise: 0.3 }, [D(24, 'elu'), D(24, 'elu'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, { epochs: 80, batchSize: 32 })],
  // loss-activation-mismatch
  ['loss-activation-mismatch.cce-sigmoid-outputs', spec('cce sigmoid', species(), [D(32, 'relu'), D(32, 'relu'), D(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 })],
  ['loss-activation-mismatch.bce-tanh-output', spec('bce tanh', sensor(), [D(32, 'relu'), D(16, 'relu'), D(1, 'tanh')], 'bce', { type: 'adam', lr: 0.002 }, { epochs: 60, batchSize: 32 })],
  ['loss-activation-mismatch.mse-relu-regression-neg', spec('relu out on centred target', { builtin: 'sine', samples: 300, noise: 0.05 }, [D(32, 'tanh'), D(32, 'tanh'), D(1, 'relu')], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 200, batchSize: 32 })],
  // init-symmetry
  ['init-symmetry.zeros-deep', spec('zeros deep', species(), [D(32, 'tanh', { init: 'zeros' }), D(32, 'tanh', { init: 'zeros' }), D(16, 'tanh', { init: 'zeros' }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 })],
  ['init-symmetry.constant-hidden', spec('constant hidden', { builtin: 'circles', samples: 400, noise: 0.1, normalize: 'standard' }, [D(32, 'relu', { init: { name: 'constant', value: 0.1 } }), D(32, 'relu', { init: { name: 'constant', value: 0.1 } }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 })],
  // init-scale
  ['init-scale.std-three-deep-tanh', spec('std 3 deep tanh', { builtin: 'spirals', samples: 400, noise: 0.1, classes: 3 }, [D(128, 'tanh', { init: { name: 'normal', std: 3.0 } }), D(128, 'tanh', { init: { name: 'normal', std: 3.0 } }), D(128, 'tanh', { init: { name: 'normal', std: 3.0 } }), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, { epochs: 150, batchSize: 32 })],
  ['init-scale.tiny-normal-five-relu', spec('tiny normal', energy(), [D(64, 'relu', { init: { name: 'normal', std: 0.001 } }), D(64, 'relu', { init: { name: 'normal', std: 0.001 } }), D(64, 'relu', { init: { name: 'normal', std: 0.001 } }), D(64, 'relu', { init: { name: 'normal', std: 0.001 } }), D(1, 'linear', { init: { name: 'normal', std: 0.001 } })], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 })],
  // no-nonlinearity
  ['no-nonlinearity.linear-stack-circles', spec('linear stack', { builtin: 'circles', samples: 500, noise: 0.08, normalize: 'standard' }, [D(64, 'linear'), D(64, 'linear'), D(32, 'linear'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 })],
  ['no-nonlinearity.default-activation-moons', spec('forgot activation', { builtin: 'moons', samples: 500, noise: 0.15 }, [{ type: 'dense', units: 32, batchNorm: true }, drop(0.1), { type: 'dense', units: 32 }, D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005, weightDecay: 1e-4 }, { epochs: 150, batchSize: 32 })],
  // lr-out-of-range
  ['lr-out-of-range.adam-lr-one', spec('adam lr 1', sensor(), [D(64, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 1, clipNorm: 5 }, { epochs: 60, batchSize: 32 })],
  ['lr-out-of-range.sgd-1e-6', spec('sgd 1e-6', species(), [D(32, 'relu'), D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 1e-6, momentum: 0.9 }, { epochs: 100, batchSize: 32 })],
  // lr-too-high
  ['lr-too-high.sgd-momentum-regression', spec('sgd momentum high', energy(), [D(64, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.9 }, { epochs: 100, batchSize: 32 })],
  ['lr-too-high.rmsprop-deep-spirals', spec('rmsprop 0.05', { builtin: 'spirals', samples: 400, noise: 0.1 }, [D(64, 'relu'), D(64, 'relu'), D(64, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.05 }, { epochs: 150, batchSize: 32 })],
  // lr-too-low
  ['lr-too-low.sgd-iris-long', spec('sgd 1e-4 iris', { builtin: 'iris', normalize: 'standard' }, [D(16, 'tanh'), D(16, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.0002 }, { epochs: 200, batchSize: 16 })],
  ['lr-too-low.adam-1e-5-sensor', spec('adam 1e-5', sensor(), [D(64, 'relu', { batchNorm: true }), drop(0.2), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.00001, weightDecay: 1e-4 }, { epochs: 80, batchSize: 64 })],
  // dead-relu
  ['dead-relu.negative-bias', spec('bias -2', energy(), [D(64, 'relu', { bias: -2 }), D(64, 'relu', { bias: -2 }), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 })],
  ['dead-relu.raw-area-sgd', spec('raw units relu', energy('none'), [D(32, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.0005, momentum: 0.9, clipNorm: 10 }, { epochs: 100, batchSize: 32 })],
  // vanishing-gradient
  ['vanishing-gradient.five-sigmoid-sgd', spec('5 sigmoid', { builtin: 'moons', samples: 400, noise: 0.15 }, [D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.5 }, { epochs: 150, batchSize: 32 })],
  ['vanishing-gradient.deep-tanh-small-init', spec('deep tanh tiny', species(), [D(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.02 }, { epochs: 100, batchSize: 32 })],
  // exploding-gradient
  ['exploding-gradient.raw-kwh-target', spec('raw kwh', { csv: '../data/energy.csv', target: 'energy_kwh', features: ['outdoor_temp', 'humidity', 'occupancy', 'floor_area_m2'], normalize: 'standard' }, [D(64, 'relu'), D(64, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 60, batchSize: 32 })],
  ['exploding-gradient.deep-wide-init', spec('wide init deep', { builtin: 'blobs', classes: 3, samples: 300, noise: 0.3 }, [D(128, 'relu', { init: { name: 'normal', std: 0.5 } }), D(128, 'relu', { init: { name: 'normal', std: 0.5 } }), D(128, 'relu', { init: { name: 'normal', std: 0.5 } }), D(128, 'relu', { init: { name: 'normal', std: 0.5 } }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 60, batchSize: 32 })],
  // saturated-activation
  ['saturated-activation.tanh-raw-telemetry', spec('tanh raw', sensor('none'), [D(32, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 })],
  ['saturated-activation.sigmoid-bias-four', spec('sigmoid bias 4', species(), [D(64, 'sigmoid', { bias: 4 }), D(32, 'sigmoid', { bias: 4 }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 })],
  // loss-plateau
  ['loss-plateau.heavy-weight-decay', spec('wd 0.5', species(), [D(64, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003, weightDecay: 0.5 }, { epochs: 100, batchSize: 32 })],
  ['loss-plateau.xor-sgd-sigmoid-stuck', spec('xor stuck', { builtin: 'xor', samples: 400, noise: 0.1 }, [D(4, 'sigmoid'), D(4, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 200, batchSize: 32 })],
  // oscillating-loss
  ['oscillating-loss.momentum-099', spec('momentum .99', { builtin: 'moons', samples: 400, noise: 0.2, normalize: 'standard' }, [D(32, 'tanh'), D(32, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.99 }, { epochs: 120, batchSize: 16 })],
  ['oscillating-loss.adam-batch4-high', spec('adam batch 4', species(), [D(64, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.05 }, { epochs: 60, batchSize: 4 })],
  // nan-loss
  ['nan-loss.raw-features-sgd', spec('raw features sgd', energy('none'), [D(64, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 60, batchSize: 32 })],
  ['nan-loss.kwh-target-elu-sgd', spec('kwh elu sgd', { csv: '../data/energy.csv', target: 'energy_kwh', features: ['outdoor_temp', 'humidity', 'occupancy', 'floor_area_m2'], normalize: 'none' }, [D(64, 'elu'), D(64, 'elu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.95 }, { epochs: 60, batchSize: 16 })],
];

const B = (name: string, extra: Record<string, unknown> = {}) => ({ builtin: name, ...extra });
export const HEALTHY: [string, Spec][] = [
  ['sensor-deep-adam-bn-dropout', spec('sensor deep', sensor(), [D(64, 'relu', { batchNorm: true }), drop(0.2), D(32, 'relu', { batchNorm: true }), drop(0.2), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, { epochs: 60, batchSize: 32, validationSplit: 0.2 })],
  ['sensor-logistic-full-batch', spec('sensor logistic', sensor(), [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, { epochs: 200, batchSize: 600 })],
  ['sensor-minmax-leaky-rmsprop', spec('sensor leaky', sensor('minmax'), [D(32, 'leaky_relu'), D(32, 'leaky_relu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001, clipNorm: 1 }, { epochs: 80, batchSize: 32 })],
  ['sensor-elu-nesterov', spec('sensor elu nesterov', sensor(), [D(32, 'elu'), D(16, 'elu'), D(8, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 60, batchSize: 32 })],
  ['sensor-tanh-batch1', spec('sensor batch1', sensor(), [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005 }, { epochs: 10, batchSize: 1 })],
  ['energy-relu-adam-val', spec('energy relu', energy(), [D(64, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32, validationSplit: 0.2 })],
  ['energy-deep-bn-clip-sgd', spec('energy bn', energy(), [D(64, 'relu', { batchNorm: true }), D(64, 'relu', { batchNorm: true }), D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, clipNorm: 5 }, { epochs: 150, batchSize: 32 })],
  ['energy-tanh-rmsprop-minmax', spec('energy tanh', energy('minmax'), [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002, weightDecay: 1e-5 }, { epochs: 200, batchSize: 16 })],
  ['energy-linear-regression', spec('energy linear', energy(), [D(1, 'linear')], 'mse', { type: 'adam', lr: 0.02 }, { epochs: 150, batchSize: 64 })],
  ['species-relu-adam-dropout', spec('species relu', species(), [D(64, 'relu'), drop(0.3), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003, weightDecay: 1e-4 }, { epochs: 100, batchSize: 32, validationSplit: 0.2 })],
  ['species-sigmoid-hidden-sgd', spec('species sigmoid', species(), [D(32, 'sigmoid'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, { epochs: 150, batchSize: 32 })],
  ['species-five-layer-elu-bn', spec('species deep', species(), [D(64, 'elu', { batchNorm: true }), D(64, 'elu', { batchNorm: true }), D(32, 'elu'), D(32, 'elu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.001, clipNorm: 2 }, { epochs: 80, batchSize: 32 })],
  ['species-minmax-lecun-tanh', spec('species lecun', species('minmax'), [D(48, 'tanh', { init: 'lecun_normal' }), D(24, 'tanh', { init: 'lecun_normal' }), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 100, batchSize: 16 })],
  ['xor-tanh-adam', spec('xor', B('xor', { samples: 400, noise: 0.1 }), [D(16, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 })],
  ['xor-relu-sgd-large-lr', spec('xor big lr', B('xor', { samples: 300, noise: 0.05 }), [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, { epochs: 150, batchSize: 32 })],
  ['circles-deep-relu-bn-clip', spec('circles deep', B('circles', { samples: 500, noise: 0.1, normalize: 'standard' }), [D(64, 'relu', { batchNorm: true }), D(64, 'relu'), D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003, clipNorm: 1 }, { epochs: 100, batchSize: 32 })],
  ['circles-he-uniform-rmsprop', spec('circles he uniform', B('circles', { samples: 400, noise: 0.05 }), [D(32, 'relu', { init: 'he_uniform' }), D(32, 'relu', { init: 'he_uniform' }), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 150, batchSize: 32 })],
  ['moons-small-lr-long', spec('moons slow', B('moons', { samples: 400, noise: 0.15 }), [D(32, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.0005 }, { epochs: 400, batchSize: 32 })],
  ['moons-leaky-dropout-wd', spec('moons leaky', B('moons', { samples: 600, noise: 0.25, normalize: 'standard' }), [D(64, 'leaky_relu'), drop(0.2), D(32, 'leaky_relu'), drop(0.2), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005, weightDecay: 5e-4 }, { epochs: 150, batchSize: 64, validationSplit: 0.25 })],
  ['spirals-deep-relu-adam', spec('spirals deep', B('spirals', { samples: 600, noise: 0.05 }), [D(64, 'relu'), D(64, 'relu'), D(64, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 })],
  ['spirals-three-class-tanh', spec('spirals 3', B('spirals', { samples: 600, noise: 0.05, classes: 3 }), [D(64, 'tanh'), D(64, 'tanh'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005, clipNorm: 5 }, { epochs: 300, batchSize: 32 })],
  ['blobs-five-class-sgd', spec('blobs 5', B('blobs', { samples: 500, noise: 0.3, classes: 5 }), [D(32, 'relu'), D(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 60, batchSize: 32 })],
  ['blobs-binary-full-batch-adam', spec('blobs full', B('blobs', { samples: 300, noise: 0.4 }), [D(16, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, { epochs: 150, batchSize: 300 })],
  ['sine-tanh-adam-long', spec('sine', B('sine', { samples: 400, noise: 0.05 }), [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 })],
  ['sine-elu-rmsprop-bn', spec('sine elu', B('sine', { samples: 300, noise: 0.1 }), [D(64, 'elu', { batchNorm: true }), D(32, 'elu'), D(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 200, batchSize: 16 })],
  ['iris-relu-adam-val', spec('iris', B('iris', { normalize: 'standard' }), [D(32, 'relu'), D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 16, validationSplit: 0.2 })],
  ['iris-xavier-normal-nesterov', spec('iris nesterov', B('iris', { normalize: 'minmax' }), [D(16, 'tanh', { init: 'xavier_normal' }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true, weightDecay: 1e-4 }, { epochs: 200, batchSize: 8 })],
  ['inline-and-gate-tanh', spec('and', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.05], [0.9, 0.95], [0.05, 0.9], [0.95, 0.1]], y: [0, 0, 0, 1, 0, 1, 0, 0] } }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, { epochs: 300, batchSize: 8 })],
  ['inline-string-labels-three', spec('inline labels', { inline: { x: [[1, 1], [1.2, 0.8], [0.9, 1.1], [4, 4], [4.2, 3.9], [3.8, 4.1], [1, 4], [1.1, 4.2], [0.8, 3.9], [1.3, 1.2], [4.1, 4.3], [0.9, 4.1]], y: ['low', 'low', 'low', 'high', 'high', 'high', 'mid', 'mid', 'mid', 'low', 'high', 'mid'] }, normalize: 'standard' }, [D(8, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, { epochs: 200, batchSize: 4 })],
  ['inline-regression-sgd', spec('inline regression', { inline: { x: [[0], [0.5], [1], [1.5], [2], [2.5], [3], [3.5], [4], [4.5]], y: [0.1, 0.9, 2.1, 2.9, 4.2, 4.9, 6.1, 7.0, 8.1, 8.8] } }, [D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02 }, { epochs: 300, batchSize: 10 })],
  ['sensor-uniform-init-relu-long', spec('sensor long', sensor(), [D(32, 'relu', { init: { name: 'uniform', limit: 0.3 } }), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 1e-4 }, { epochs: 150, batchSize: 64 })],
  ['energy-adam-large-lr-bn', spec('energy adam large', energy(), [D(32, 'relu', { batchNorm: true }), D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.02, clipNorm: 5 }, { epochs: 100, batchSize: 64 })],
];

if (require.main === module) {
  const here = __dirname;
  for (const [file, s] of FAULTY) fs.writeFileSync(path.join(here, 'faulty', `${file}.nn.json`), typeof s === 'string' ? s : JSON.stringify(s, null, 2) + '\n');
  for (const [file, s] of HEALTHY) fs.writeFileSync(path.join(here, 'healthy', `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
  console.log(`${FAULTY.length} faulty, ${HEALTHY.length} healthy`);
}
