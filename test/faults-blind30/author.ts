/**
 * Writes this set's specs: `npx tsx test/faults-blind30/author.ts`. Each entry is a spec as a
 * practitioner would write it; faults carry one mistake each.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const d = (units: number, activation: string, extra: Json = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const clinic = (extra: Json = {}) => ({ csv: 'data/clinic.csv', target: 'disease', features: ['age', 'bmi', 'sbp', 'glucose', 'marker_a', 'marker_b', 'smoker'], normalize: 'standard', ...extra });
const clinicMulti = (extra: Json = {}) => clinic({ target: ['diabetes', 'hypertension', 'cardiac'], ...extra });
const sensors = (target: string | string[] = 'alarm', extra: Json = {}) => ({ csv: '../data/sensors.csv', target, normalize: 'standard', ...extra });
const spec = (name: string, data: Json, layers: unknown[], loss: string, optimizer: Json, training: Json, seed = 7) =>
  ({ name, seed, data, layers, loss, optimizer, training });
const rebase = (data: Json) => (typeof data.csv === 'string' && !data.csv.startsWith('../') ? { ...data, csv: '../' + data.csv } : data);

const faults: Record<string, Json> = {
  'invalid-spec.loss-keras-name': spec('disease', rebase(clinic()), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }),
  'invalid-spec.dropout-as-percent': spec('alarm', sensors(), [d(32, 'relu'), drop(30), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, { epochs: 80, batchSize: 32 }),
  'invalid-spec.epochs-quoted': spec('comorb', rebase(clinicMulti()), [d(16, 'relu'), d(3, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: '200', batchSize: 32, validationSplit: 0.2 }),
  'data-error.csv-name-case': spec('disease', { ...rebase(clinic()), csv: '../data/Clinic.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }),
  'data-error.na-in-export': spec('disease', { ...rebase(clinic()), csv: '../data/clinic-na.csv' }, [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }),
  'data-error.target-capitalised': spec('seal', sensors('Fault_Seal'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 100, batchSize: 16 }),
  'shape-mismatch.multilabel-one-output': spec('comorb', rebase(clinicMulti()), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }),
  'shape-mismatch.softmax-three-on-binary': spec('alarm', sensors(), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }),
  'loss-activation-mismatch.bce-linear-output': spec('disease', rebase(clinic()), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }),
  'loss-activation-mismatch.multilabel-softmax': spec('faults', sensors(['fault_bearing', 'fault_seal', 'alarm']), [d(24, 'relu'), d(3, 'softmax')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }),
  'init-symmetry.zeros-hidden': spec('disease', rebase(clinic()), [d(16, 'tanh', { init: { name: 'zeros' } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 120, batchSize: 32 }),
  'init-symmetry.zeros-relu-sensors': spec('alarm', sensors(), [d(32, 'relu', { init: { name: 'zeros' } }), d(16, 'relu', { init: { name: 'zeros' } }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }),
  'init-scale.normal-std-one-wide': spec('alarm', sensors(), [d(128, 'relu', { init: { name: 'normal', std: 1.5 } }), d(64, 'relu', { init: { name: 'normal', std: 1.5 } }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 80, batchSize: 32 }),
  'init-scale.uniform-tiny-deep': spec('circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(32, 'tanh', { init: { name: 'uniform', limit: 0.005 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 0.005 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 0.005 } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 }),
  'no-nonlinearity.linear-hidden-circles': spec('circles', { builtin: 'circles', samples: 400, noise: 0.1 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }),
  'no-nonlinearity.activation-forgotten-xor': spec('xor', { builtin: 'xor', samples: 300, noise: 0.15 }, [d(8, 'linear', { init: { name: 'he_normal' } }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, { epochs: 200, batchSize: 16 }),
  'lr-out-of-range.adam-half': spec('disease', rebase(clinic()), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.5 }, { epochs: 80, batchSize: 32 }),
  'lr-out-of-range.sgd-three': spec('moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3, momentum: 0.9 }, { epochs: 100, batchSize: 32 }),
  'lr-too-high.adam-raw-sensors': spec('alarm', sensors('alarm', { normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, { epochs: 100, batchSize: 32 }),
  'lr-too-high.sgd-momentum-moons': spec('moons', { builtin: 'moons', samples: 400, noise: 0.25 }, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.8, momentum: 0.9 }, { epochs: 100, batchSize: 16 }),
  'lr-too-low.sgd-clinic': spec('disease', rebase(clinic()), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0002 }, { epochs: 120, batchSize: 32 }),
  'lr-too-low.adam-multilabel': spec('faults', sensors(['fault_bearing', 'fault_seal']), [d(24, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.00002 }, { epochs: 100, batchSize: 32 }),
  'dead-relu.negative-bias': spec('disease', rebase(clinic()), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 }),
  'dead-relu.raw-pressure-sgd': spec('seal', sensors('fault_seal', { normalize: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 80, batchSize: 32 }),
  'vanishing-gradient.deep-sigmoid-sgd': spec('moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 120, batchSize: 32 }),
  'vanishing-gradient.sigmoid-stack-sensors': spec('bearing', sensors('fault_bearing'), [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.5 }, { epochs: 100, batchSize: 32 }),
  'nan-loss.glucose-regression-raw-vitals': spec('glucose', rebase(clinic({ target: 'glucose', features: ['age', 'bmi', 'sbp', 'marker_a', 'marker_b', 'smoker'], normalize: 'none' })), [d(32, 'elu'), d(32, 'elu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.0001, momentum: 0.9 }, { epochs: 60, batchSize: 32 }),
  'exploding-gradient.raw-sbp-target-sgd': spec('sbp', rebase(clinic({ target: 'sbp', features: ['age', 'bmi', 'glucose', 'marker_a', 'smoker'] })), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.005, momentum: 0.9 }, { epochs: 60, batchSize: 32 }),
  'saturated-activation.tanh-raw-vitals': spec('disease', rebase(clinic({ normalize: 'none' })), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }),
  'saturated-activation.sigmoid-bias-high': spec('alarm', sensors(), [d(24, 'sigmoid', { bias: 6 }), d(12, 'sigmoid', { bias: 6 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 }),
  'loss-plateau.one-unit-bottleneck': spec('comorb', rebase(clinicMulti()), [d(24, 'relu'), d(1, 'relu'), d(3, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 32 }),
  'loss-plateau.two-unit-spirals': spec('spirals', { builtin: 'spirals', samples: 400, noise: 0.1, classes: 2 }, [d(2, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }),
  'oscillating-loss.rmsprop-moons-batch8': spec('moons', { builtin: 'moons', samples: 300, noise: 0.2 }, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.08 }, { epochs: 100, batchSize: 8 }),
  'oscillating-loss.rmsprop-tiny-batch': spec('alarm', sensors(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.05 }, { epochs: 100, batchSize: 4 }),
  'exploding-gradient.current-from-raw-pressure': spec('current', sensors('current', { features: ['pressure', 'temp', 'vibration', 'humidity'], normalize: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 50, batchSize: 32 }),
  'nan-loss.relu-regression-raw-target': spec('sbp', rebase(clinic({ target: 'sbp', features: ['age', 'bmi', 'glucose', 'smoker'], normalize: 'none' })), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 50, batchSize: 16 }),
};

const healthy: Record<string, Json> = {
  'clinic-adam-two-layer': spec('disease', rebase(clinic()), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 32, validationSplit: 0.2 }),
  'clinic-multilabel-adam': spec('comorb', rebase(clinicMulti()), [d(24, 'relu'), d(12, 'relu'), d(3, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }),
  'clinic-sgd-momentum-dropout': spec('disease', rebase(clinic()), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.03, momentum: 0.9 }, { epochs: 150, batchSize: 32 }),
  'clinic-batchnorm-deep': spec('comorb', rebase(clinicMulti()), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(3, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 }),
  'clinic-weight-decay-long': spec('disease', rebase(clinic()), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001, weightDecay: 0.0005 }, { epochs: 400, batchSize: 64 }),
  'clinic-cardiac-leaky-small-lr': spec('cardiac', rebase(clinic({ target: 'cardiac' })), [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.0005 }, { epochs: 400, batchSize: 32 }),
  'clinic-full-batch-adam': spec('disease', rebase(clinic()), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, { epochs: 300, batchSize: 420 }),
  'clinic-sbp-regression': spec('sbp', rebase(clinic({ target: 'sbp', features: ['age', 'bmi', 'glucose', 'smoker'] })), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }),
  'sensors-alarm-adam': spec('alarm', sensors(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, { epochs: 150, batchSize: 32, validationSplit: 0.15 }),
  'sensors-two-faults-rmsprop': spec('faults', sensors(['fault_bearing', 'fault_seal']), [d(24, 'tanh'), d(12, 'tanh'), d(2, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 200, batchSize: 32 }),
  'sensors-three-flags-clip': spec('flags', sensors(['fault_bearing', 'fault_seal', 'alarm']), [d(32, 'relu'), d(32, 'relu'), d(3, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 1 }, { epochs: 150, batchSize: 32 }),
  'sensors-bearing-batch-one': spec('bearing', sensors('fault_bearing'), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 40, batchSize: 1 }),
  'sensors-seal-large-fine-lr': spec('seal', sensors('fault_seal'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, { epochs: 60, batchSize: 64 }),
  'sensors-minmax-sigmoid-hidden': spec('alarm', sensors('alarm', { normalize: 'minmax' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }),
  'sensors-five-layer-elu': spec('flags', sensors(['fault_bearing', 'fault_seal', 'alarm']), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(16, 'elu'), d(3, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 150, batchSize: 32 }),
  'sensors-nesterov-dropout': spec('alarm', sensors(), [d(48, 'relu'), drop(0.3), d(24, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 150, batchSize: 16 }),
  'moons-noisy-adam': spec('moons', { builtin: 'moons', samples: 400, noise: 0.3 }, [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32, validationSplit: 0.2 }),
  'moons-clean-short': spec('moons', { builtin: 'moons', samples: 200, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, { epochs: 40, batchSize: 16 }),
  'circles-tanh-sgd': spec('circles', { builtin: 'circles', samples: 400, noise: 0.15 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 200, batchSize: 32 }),
  'circles-relu-small-lr-long': spec('circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.0008 }, { epochs: 600, batchSize: 32 }),
  'xor-noisy-leaky': spec('xor', { builtin: 'xor', samples: 400, noise: 0.25 }, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }),
  'spirals-two-class-deep': spec('spirals', { builtin: 'spirals', samples: 400, noise: 0.05, classes: 2 }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 400, batchSize: 32 }),
  'blobs-two-class-sgd': spec('blobs', { builtin: 'blobs', samples: 300, noise: 0.4, classes: 2 }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 80, batchSize: 16 }),
  'blobs-four-class-cce': spec('blobs', { builtin: 'blobs', samples: 400, noise: 0.3, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005 }, { epochs: 100, batchSize: 32 }),
  'iris-cce-adam': spec('iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 16 }),
  'sine-regression-tanh': spec('sine', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 }),
  'inline-screening-logistic': spec('screen', { inline: { x: [[0.1, 120], [0.8, 160], [0.2, 118], [0.9, 170], [0.3, 125], [0.7, 150], [0.15, 130], [0.85, 165], [0.4, 140], [0.6, 145], [0.05, 110], [0.95, 175]], y: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, { epochs: 150, batchSize: 12 }),
  'inline-multilabel-rmsprop': spec('tags', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.9], [0.9, 0.1], [0.2, 0.2], [0.8, 0.8], [0.1, 0.2], [0.9, 0.9], [0.2, 0.8], [0.8, 0.3]], y: [[0, 0], [0, 1], [1, 0], [1, 1], [0, 1], [1, 0], [0, 0], [1, 1], [0, 0], [1, 1], [0, 1], [1, 0]] } }, [d(8, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, { epochs: 200, batchSize: 4 }),
  'clinic-diabetes-rare-adam': spec('diabetes', rebase(clinic({ target: 'diabetes' })), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }),
  'sensors-rmsprop-weight-decay-bn': spec('alarm', sensors(), [d(24, 'relu', { batchNorm: true }), d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001, weightDecay: 0.001 }, { epochs: 120, batchSize: 64 }),
};

const here = __dirname;
for (const [folder, specs] of [['faulty', faults], ['healthy', healthy]] as const) {
  fs.mkdirSync(path.join(here, folder), { recursive: true });
  for (const [name, body] of Object.entries(specs)) fs.writeFileSync(path.join(here, folder, `${name}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
