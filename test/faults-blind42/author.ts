/**
 * Writes this set's specs as a practitioner's hyperparameter sweeps: a few base models, each copied
 * into specs that change one knob. `npx tsx test/faults-blind42/author.ts`. Whether a spec is filed
 * under faulty/ or healthy/ was decided from what it did on the bare engine (observe.ts), not here.
 */
import * as fs from 'fs';
import * as path from 'path';

type Spec = Record<string, unknown>;
const dense = (units: number, activation: string, extra: Spec = {}) => ({ type: 'dense', units, activation, ...extra });

const churn = (o: Spec = {}): Spec => ({
  seed: 7, data: { csv: '../data/churn.csv', target: 'churn', normalize: 'standard' },
  layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce',
  optimizer: { type: 'adam', lr: 0.003 }, training: { epochs: 150, batchSize: 32, validationSplit: 0.2 }, ...o,
});
const housing = (o: Spec = {}): Spec => ({
  seed: 3, data: { csv: '../data/housing.csv', target: 'price_100k', features: ['area_m2', 'rooms', 'age_years', 'distance_km', 'floor'], normalize: 'standard' },
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: { epochs: 200, batchSize: 16 }, ...o,
});
const moons = (o: Spec = {}): Spec => ({
  seed: 11, data: { builtin: 'moons', samples: 500, noise: 0.25 },
  layers: [dense(16, 'tanh'), dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce',
  optimizer: { type: 'rmsprop', lr: 0.005 }, training: { epochs: 120, batchSize: 25 }, ...o,
});
const spirals = (o: Spec = {}): Spec => ({
  seed: 5, data: { builtin: 'spirals', samples: 600, noise: 0.15, classes: 3 },
  layers: [dense(64, 'relu'), dense(64, 'relu'), dense(3, 'softmax')], loss: 'cce',
  optimizer: { type: 'adam', lr: 0.005 }, training: { epochs: 300, batchSize: 32 }, ...o,
});
const sine = (o: Spec = {}): Spec => ({
  seed: 2, data: { builtin: 'sine', samples: 300, noise: 0.05 },
  layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'linear')], loss: 'mse',
  optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 300, batchSize: 16 }, ...o,
});
const circles = (o: Spec = {}): Spec => ({
  seed: 9, data: { builtin: 'circles', samples: 400, noise: 0.08 },
  layers: [dense(8, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: { epochs: 150, batchSize: 20 }, ...o,
});
const opt = (base: (o?: Spec) => Spec, optimizer: Spec) => base({ optimizer: { ...(base().optimizer as Spec), ...optimizer } });
const train = (base: (o?: Spec) => Spec, training: Spec) => base({ training: { ...(base().training as Spec), ...training } });
const churnLayers = (layers: Spec[]) => churn({ layers });
const housingLayers = (layers: Spec[]) => housing({ layers });

/** Every candidate, by name; the folder is chosen after observing it. */
export const SPECS: Record<string, Spec | string> = {
  // churn: learning-rate ladder (adam)
  'churn-adam-lr1e-4': opt(churn, { lr: 0.0001 }),
  'churn-adam-lr3e-4': opt(churn, { lr: 0.0003 }),
  'churn-adam-lr1e-3': opt(churn, { lr: 0.001 }),
  'churn-adam-lr3e-3': churn(),
  'churn-adam-lr3e-2': opt(churn, { lr: 0.03 }),
  'churn-adam-lr0.3': opt(churn, { lr: 0.3 }),
  'churn-adam-lr5': opt(churn, { lr: 5 }),
  // churn: batch-size ladder
  'churn-batch1': train(churn, { batchSize: 1, epochs: 40 }),
  'churn-batch8': train(churn, { batchSize: 8 }),
  'churn-batch128': train(churn, { batchSize: 128, epochs: 300 }),
  'churn-batch-full': train(churn, { batchSize: 420, epochs: 600 }),
  // churn: normalization and activation knobs
  'churn-normalize-none': churn({ data: { csv: '../data/churn.csv', target: 'churn' } }),
  'churn-normalize-minmax': churn({ data: { csv: '../data/churn.csv', target: 'churn', normalize: 'minmax' } }),
  'churn-tanh-normalize-none': churn({ data: { csv: '../data/churn.csv', target: 'churn' }, layers: [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')] }),
  'churn-elu': churnLayers([dense(16, 'elu'), dense(8, 'elu'), dense(1, 'sigmoid')]),
  'churn-leaky-batchnorm': churnLayers([dense(16, 'leaky_relu', { batchNorm: true }), dense(8, 'leaky_relu', { batchNorm: true }), dense(1, 'sigmoid')]),
  'churn-sigmoid-deep5-sgd': churn({ layers: [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], optimizer: { type: 'sgd', lr: 0.01 } }),
  'churn-init-constant': churnLayers([dense(16, 'relu', { init: 'constant', value: 0.1 }), dense(8, 'relu', { init: 'constant', value: 0.1 }), dense(1, 'sigmoid')]),
  'churn-init-normal-std3': churnLayers([dense(16, 'relu', { init: 'normal', std: 3 }), dense(8, 'relu', { init: 'normal', std: 3 }), dense(1, 'sigmoid', { init: 'normal', std: 3 })]),
  'churn-softmax-output-bce': churnLayers([dense(16, 'relu'), dense(8, 'relu'), dense(1, 'softmax')]),
  'churn-two-sigmoid-outputs': churnLayers([dense(16, 'relu'), dense(8, 'relu'), dense(2, 'sigmoid')]),
  'churn-target-typo': churn({ data: { csv: '../data/churn.csv', target: 'Churn', normalize: 'standard' } }),
  'churn-export-na': churn({ data: { csv: '../data/churn-export.csv', target: 'churn', normalize: 'standard' } }),
  'churn-dropout0.3-wd': churn({ layers: [dense(32, 'relu'), { type: 'dropout', rate: 0.3 }, dense(16, 'relu'), dense(1, 'sigmoid')], optimizer: { type: 'adam', lr: 0.002, weightDecay: 0.0005 } }),
  'churn-batch_size-key': churn({ training: { epochs: 150, batch_size: 32 } }),
  // housing: sgd learning-rate ladder and knobs
  'housing-sgd-lr1e-7': opt(housing, { lr: 1e-7 }),
  'housing-sgd-lr1e-4': opt(housing, { lr: 0.0001 }),
  'housing-sgd-lr1e-3': opt(housing, { lr: 0.001 }),
  'housing-sgd-lr1e-2': housing(),
  'housing-sgd-lr0.05': opt(housing, { lr: 0.05 }),
  'housing-sgd-lr0.2': opt(housing, { lr: 0.2 }),
  'housing-sgd-lr0.05-clip': opt(housing, { lr: 0.05, clipNorm: 1 }),
  'housing-batch1-lr0.01': train(housing, { batchSize: 1, epochs: 30 }),
  'housing-batch-full-adam': housing({ optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 800, batchSize: 360 } }),
  'housing-target-eur': housing({ data: { csv: '../data/housing.csv', target: 'price_eur', features: ['area_m2', 'rooms', 'age_years', 'distance_km', 'floor'], normalize: 'standard' } }),
  'housing-target-eur-adam': housing({ data: { csv: '../data/housing.csv', target: 'price_eur', features: ['area_m2', 'rooms', 'age_years', 'distance_km', 'floor'], normalize: 'standard' }, optimizer: { type: 'adam', lr: 0.001 } }),
  'housing-normalize-none': housing({ data: { csv: '../data/housing.csv', target: 'price_100k', features: ['area_m2', 'rooms', 'age_years', 'distance_km', 'floor'] } }),
  'housing-linear-stack': housingLayers([dense(32, 'linear'), dense(16, 'linear'), dense(1, 'linear')]),
  'housing-init-zeros': housingLayers([dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(1, 'linear', { init: 'zeros' })]),
  'housing-bias-minus2': housingLayers([dense(32, 'relu', { bias: -2 }), dense(16, 'relu', { bias: -2 }), dense(1, 'linear')]),
  'housing-sigmoid-output': housingLayers([dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')]),
  'housing-two-outputs': housingLayers([dense(32, 'relu'), dense(16, 'relu'), dense(2, 'linear')]),
  'housing-depth1': housingLayers([dense(64, 'relu'), dense(1, 'linear')]),
  'housing-depth4-wd': housing({ layers: [dense(32, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], optimizer: { type: 'sgd', lr: 0.005, momentum: 0.9, weightDecay: 0.0001 } }),
  'housing-rmsprop-long': housing({ optimizer: { type: 'rmsprop', lr: 0.001 }, training: { epochs: 600, batchSize: 32 } }),
  'housing-lr-string': housing({ optimizer: { type: 'sgd', lr: '1e-2', momentum: 0.9 } }),
  // moons: optimizer and dropout ladders
  'moons-rmsprop-lr5e-3': moons(),
  'moons-rmsprop-lr5e-2-batch5': moons({ optimizer: { type: 'rmsprop', lr: 0.05 }, training: { epochs: 120, batchSize: 5 } }),
  'moons-rmsprop-lr10': opt(moons, { lr: 10 }),
  'moons-sgd-lr1e-4': moons({ optimizer: { type: 'sgd', lr: 0.0001 } }),
  'moons-sgd-momentum': moons({ optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true } }),
  'moons-adam-lr1e-3-small': moons({ optimizer: { type: 'adam', lr: 0.001 }, training: { epochs: 400, batchSize: 50 } }),
  'moons-dropout0.2': moons({ layers: [dense(32, 'tanh'), { type: 'dropout', rate: 0.2 }, dense(32, 'tanh'), dense(1, 'sigmoid')] }),
  'moons-dropout0.9': moons({ layers: [dense(32, 'tanh'), { type: 'dropout', rate: 0.9 }, dense(32, 'tanh'), { type: 'dropout', rate: 0.9 }, dense(1, 'sigmoid')] }),
  'moons-init-uniform5': moons({ layers: [dense(16, 'tanh', { init: 'uniform', limit: 5 }), dense(16, 'tanh', { init: 'uniform', limit: 5 }), dense(1, 'sigmoid')] }),
  'moons-linear-output-bce': moons({ layers: [dense(16, 'tanh'), dense(16, 'tanh'), dense(1, 'linear')] }),
  // spirals: width, epochs and lr
  'spirals-width8': spirals({ layers: [dense(8, 'relu'), dense(8, 'relu'), dense(3, 'softmax')] }),
  'spirals-width64': spirals(),
  'spirals-adam-lr1e-5': opt(spirals, { lr: 0.00001 }),
  'spirals-two-outputs': spirals({ layers: [dense(64, 'relu'), dense(64, 'relu'), dense(2, 'softmax')] }),
  'spirals-linear-stack': spirals({ layers: [dense(64, 'linear'), dense(64, 'linear'), dense(3, 'softmax')] }),
  'spirals-sigmoid-output-cce': spirals({ layers: [dense(64, 'relu'), dense(64, 'relu'), dense(3, 'sigmoid')] }),
  'spirals-elu-depth3-clip': spirals({ layers: [dense(48, 'elu'), dense(48, 'elu'), dense(48, 'elu'), dense(3, 'softmax')], optimizer: { type: 'adam', lr: 0.003, clipNorm: 5 } }),
  // sine
  'sine-tanh-adam': sine(),
  'sine-sigmoid-output': sine({ layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'sigmoid')] }),
  'sine-sgd-lr0.02': sine({ optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9 }, training: { epochs: 400, batchSize: 10 } }),
  'sine-samples1000-batchnorm': sine({ data: { builtin: 'sine', samples: 1000, noise: 0.1 }, layers: [dense(32, 'relu', { batchNorm: true }), dense(32, 'relu', { batchNorm: true }), dense(1, 'linear')], training: { epochs: 100, batchSize: 64 } }),
  'sine-sigmoid-deep5-sgd': sine({ layers: [dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(1, 'linear')], optimizer: { type: 'sgd', lr: 0.01 } }),
  // circles: weight-decay and lr ladders
  'circles-wd0': circles(),
  'circles-wd1e-3': opt(circles, { weightDecay: 0.001 }),
  'circles-wd0.5': opt(circles, { weightDecay: 0.5 }),
  'circles-sgd-lr1.5': opt(circles, { lr: 1.5 }),
  'circles-relu-normal-std4-deep': circles({ layers: [dense(32, 'relu', { init: 'normal', std: 4 }), dense(32, 'relu', { init: 'normal', std: 4 }), dense(32, 'relu', { init: 'normal', std: 4 }), dense(1, 'sigmoid')] }),
  // others, base settings a practitioner would start from
  'iris-adam-small': { seed: 4, data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(12, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 150, batchSize: 16, validationSplit: 0.2 } },
  'iris-sgd-full-batch': { seed: 4, data: { builtin: 'iris', normalize: 'minmax' }, layers: [dense(10, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.3, momentum: 0.9 }, training: { epochs: 400, batchSize: 150 } },
  'xor-samples400-noise0.2': { seed: 6, data: { builtin: 'xor', samples: 400, noise: 0.2 }, layers: [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 150, batchSize: 32 } },
  'xor-deep-narrow-leaky': { seed: 6, data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [dense(8, 'leaky_relu'), dense(8, 'leaky_relu'), dense(8, 'leaky_relu'), dense(8, 'leaky_relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: { epochs: 200, batchSize: 16 } },
  'blobs4-rmsprop': { seed: 8, data: { builtin: 'blobs', samples: 400, noise: 0.3, classes: 4 }, layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: { epochs: 80, batchSize: 40 } },
  'blobs-single-layer': { seed: 8, data: { builtin: 'blobs', samples: 300, noise: 0.2 }, layers: [dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1 }, training: { epochs: 60, batchSize: 10 } },
  'inline-thermostat': { seed: 1, data: { inline: { x: [[18, 30], [19, 45], [20, 60], [21, 40], [22, 70], [23, 55], [24, 35], [25, 80], [26, 50], [27, 65], [17, 75], [28, 40]], y: [0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 0, 1] }, normalize: 'standard' }, layers: [dense(6, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.02 }, training: { epochs: 300, batchSize: 4 } },
  'inline-ragged-rows': { seed: 1, data: { inline: { x: [[18, 30], [19, 45], [20], [21, 40], [22, 70], [23, 55]], y: [0, 0, 0, 0, 1, 1] }, normalize: 'standard' }, layers: [dense(6, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.02 }, training: { epochs: 300, batchSize: 4 } },
  // second round: more knobs on the same bases
  'housing-deep5-lr0.03': housing({ layers: [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')], optimizer: { type: 'sgd', lr: 0.03, momentum: 0.9 } }),
  'sine-sgd-lr0.5-momentum': sine({ optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 } }),
  'churn-sgd-lr0.5-normalize-none': churn({ data: { csv: '../data/churn.csv', target: 'churn' }, optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 } }),
  'housing-rmsprop-lr0.1-target-eur': housing({ data: { csv: '../data/housing.csv', target: 'price_eur', features: ['area_m2', 'rooms', 'age_years', 'distance_km', 'floor'], normalize: 'standard' }, optimizer: { type: 'rmsprop', lr: 0.1 } }),
  'churn-sigmoid-normalize-none': churn({ data: { csv: '../data/churn.csv', target: 'churn' }, layers: [dense(16, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')] }),
  'housing-tanh-normalize-none': housing({ data: { csv: '../data/housing.csv', target: 'price_100k', features: ['area_m2', 'rooms', 'age_years', 'distance_km', 'floor'] }, layers: [dense(32, 'tanh'), dense(16, 'tanh'), dense(1, 'linear')], optimizer: { type: 'adam', lr: 0.001 } }),
  'churn-wd0.1': opt(churn, { weightDecay: 0.1 }),
  'xor-width2-sgd': { seed: 6, data: { builtin: 'xor', samples: 400, noise: 0.2 }, layers: [dense(2, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.01 }, training: { epochs: 150, batchSize: 32 } },
  'sine-adam-lr0.1-batch4': sine({ optimizer: { type: 'adam', lr: 0.1 }, training: { epochs: 150, batchSize: 4 } }),
  'housing-adam-lr0.1-batch8': housing({ optimizer: { type: 'adam', lr: 0.1 }, training: { epochs: 200, batchSize: 8 } }),
  'iris-sgd-lr1-momentum': { seed: 4, data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(12, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1, momentum: 0.9 }, training: { epochs: 150, batchSize: 16 } },
  'spirals-samples300-lr1e-2': spirals({ data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 400, batchSize: 32 } }),
};

const folder = path.join(__dirname, 'candidates');
fs.mkdirSync(folder, { recursive: true });
for (const [name, spec] of Object.entries(SPECS)) {
  fs.writeFileSync(path.join(folder, `${name}.nn.json`), JSON.stringify({ name, ...(spec as Spec) }, null, 2) + '\n');
}
console.log(`${Object.keys(SPECS).length} candidates written to ${folder}`);
