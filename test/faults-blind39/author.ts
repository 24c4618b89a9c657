/**
 * Writes this set's specs (classroom exercises: XOR, sine and polynomial fitting, moons, circles,
 * spirals, iris, small inline tables, exam/houses CSVs): `npx tsx test/faults-blind39/author.ts`.
 * Faulty specs go to faulty/<code>.<slug>.nn.json, healthy ones to healthy/<slug>.nn.json.
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const dense = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const spec = (name: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 7): Obj =>
  ({ name, seed, data, layers, loss, optimizer, training });
const write = (file: string, body: Obj | string) =>
  fs.writeFileSync(path.join(__dirname, file), typeof body === 'string' ? body : JSON.stringify(body, null, 2) + '\n');

const exam = { csv: '../data/exam.csv', target: 'passed', normalize: 'standard' };
const houses = { csv: '../data/houses.csv', target: 'price', normalize: 'standard' };
const poly = { csv: '../data/poly.csv', target: 'y' };
const gateX = [[0, 0], [0, 1], [1, 0], [1, 1]];

const faulty: Record<string, Obj | string> = {
  'invalid-spec.keras-loss-name': spec('pass-fail', exam, [dense(8, 'relu'), dense(1, 'sigmoid')], 'binary_crossentropy', { type: 'adam', lr: 0.01 }, { epochs: 100 }),
  'invalid-spec.momentum-one': spec('xor-momentum', { builtin: 'xor' }, [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 1.0 }, { epochs: 300 }),
  'invalid-spec.layer-type-capital': spec('moons', { builtin: 'moons' }, [{ type: 'Dense', units: 16, activation: 'relu' }, dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200 }),
  'data-error.target-misspelt': spec('exam', { csv: '../data/exam.csv', target: 'pass', normalize: 'standard' }, [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100 }),
  'data-error.na-cells': spec('exam-gaps', { csv: '../data/exam-gaps.csv', target: 'passed', normalize: 'standard' }, [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 200 }),
  'data-error.inline-y-short': spec('and-gate', { inline: { x: gateX, y: [0, 0, 1] } }, [dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, { epochs: 500, batchSize: 4 }),
  'shape-mismatch.iris-two-outputs': spec('iris', { builtin: 'iris', normalize: 'standard' }, [dense(8, 'relu'), dense(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 200 }),
  'shape-mismatch.sine-two-outputs': spec('sine-fit', { builtin: 'sine' }, [dense(16, 'tanh'), dense(16, 'tanh'), dense(2)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 500 }),
  'shape-mismatch.blobs4-three-outputs': spec('blobs', { builtin: 'blobs', classes: 4 }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 100 }),
  'loss-activation-mismatch.bce-softmax-one-unit': spec('circles', { builtin: 'circles' }, [dense(8, 'tanh'), dense(8, 'tanh'), dense(1, 'softmax')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 300 }),
  'loss-activation-mismatch.cce-sigmoid-outputs': spec('spirals3', { builtin: 'spirals', classes: 3 }, [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 400 }),
  'loss-activation-mismatch.bce-relu-output': spec('xor', { builtin: 'xor' }, [dense(8, 'relu'), dense(1, 'relu')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 300 }),
  'init-symmetry.zeros-everywhere': spec('xor-zeros', { builtin: 'xor' }, [dense(4, 'tanh', { init: 'zeros' }), dense(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'sgd', lr: 0.5 }, { epochs: 1000, batchSize: 200 }),
  'init-symmetry.constant-hidden': spec('moons-const', { builtin: 'moons' }, [dense(16, 'relu', { init: 'constant', value: 0.1 }), dense(16, 'relu', { init: 'constant', value: 0.1 }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200 }),
  'init-scale.normal-std-3-tanh': spec('circles-bigw', { builtin: 'circles' }, [dense(32, 'tanh', { init: 'normal', std: 3 }), dense(32, 'tanh', { init: 'normal', std: 3 }), dense(32, 'tanh', { init: 'normal', std: 3 }), dense(1, 'sigmoid', { init: 'normal', std: 3 })], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 200 }),
  'init-scale.tiny-uniform-deep': spec('spirals-tiny', { builtin: 'spirals' }, [dense(16, 'tanh', { init: 'uniform', limit: 0.001 }), dense(16, 'tanh', { init: 'uniform', limit: 0.001 }), dense(16, 'tanh', { init: 'uniform', limit: 0.001 }), dense(1, 'sigmoid', { init: 'uniform', limit: 0.001 })], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 300 }),
  'no-nonlinearity.xor-forgot-activation': spec('xor-mlp', { builtin: 'xor' }, [dense(8), dense(8), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 500 }),
  'no-nonlinearity.circles-linear-hidden': spec('circles', { builtin: 'circles', noise: 0.05 }, [dense(16, 'linear'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 300 }),
  'lr-out-of-range.adam-lr-one': spec('moons-adam', { builtin: 'moons' }, [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 1 }, { epochs: 200 }),
  'lr-out-of-range.sgd-lr-50': spec('iris-sgd', { builtin: 'iris', normalize: 'standard' }, [dense(8, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 50 }, { epochs: 200 }),
  'lr-out-of-range.rmsprop-1e-8': spec('sine-rms', { builtin: 'sine' }, [dense(16, 'tanh'), dense(1)], 'mse', { type: 'rmsprop', lr: 1e-8 }, { epochs: 300 }),
  'lr-too-high.sgd-momentum-copied-rate': spec('moons-sgd', { builtin: 'moons' }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.5, momentum: 0.9 }, { epochs: 200 }),
  'lr-too-high.adam-0.2-spirals': spec('spirals-adam', { builtin: 'spirals', classes: 3 }, [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.2 }, { epochs: 300 }),
  'lr-too-high.rmsprop-0.1-houses': spec('houses-rms', houses, [dense(16, 'relu'), dense(8, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.1 }, { epochs: 200 }),
  'lr-too-low.sgd-1e-4-xor': spec('xor-slow', { builtin: 'xor' }, [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0001 }, { epochs: 500 }),
  'lr-too-low.adam-1e-5-moons': spec('moons-slow', { builtin: 'moons' }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.00001 }, { epochs: 200 }),
  'dead-relu.negative-bias': spec('circles-bias', { builtin: 'circles' }, [dense(16, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200 }),
  'dead-relu.raw-exam-sgd': spec('exam-raw', { csv: '../data/exam.csv', target: 'passed' }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 100 }),
  'vanishing-gradient.five-sigmoid-layers': spec('moons-sigmoid', { builtin: 'moons' }, [dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 300 }),
  'vanishing-gradient.sigmoid-stack-spirals': spec('spirals-sigmoid', { builtin: 'spirals' }, [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 400 }),
  'exploding-gradient.deep-relu-std1': spec('houses-deep', houses, [dense(32, 'relu', { init: 'normal', std: 1 }), dense(32, 'relu', { init: 'normal', std: 1 }), dense(32, 'relu', { init: 'normal', std: 1 }), dense(32, 'relu', { init: 'normal', std: 1 }), dense(1, 'linear', { init: 'normal', std: 1 })], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 100 }),
  'exploding-gradient.poly-raw-powers': spec('poly-powers', { inline: { x: [-4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6].map((v) => [v, v * v, v * v * v]), y: [-56, -21, -4, 1, 0, -1, 4, 21, 56, 115, 204] } }, [dense(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 200, batchSize: 11 }),
  'saturated-activation.tanh-raw-exam': spec('exam-tanh', { csv: '../data/exam.csv', target: 'passed' }, [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200 }),
  'saturated-activation.sigmoid-raw-houses': spec('houses-sigmoid', { csv: '../data/houses.csv', target: 'price' }, [dense(16, 'sigmoid'), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 200 }),
  'loss-plateau.xor-two-sigmoid-units': spec('xor-tiny', { builtin: 'xor' }, [dense(2, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 1000, batchSize: 200 }),
  'loss-plateau.spirals-tiny-net': spec('spirals-small', { builtin: 'spirals', classes: 3 }, [dense(3, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 500 }),
  'oscillating-loss.moons-momentum-batch4': spec('moons-bouncy', { builtin: 'moons' }, [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5, momentum: 0.95 }, { epochs: 100, batchSize: 4 }),
  'oscillating-loss.sine-adam-batch1': spec('sine-online', { builtin: 'sine' }, [dense(16, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 100, batchSize: 1 }),
  'nan-loss.raw-house-prices': spec('houses-euros', { csv: '../data/houses-raw.csv', target: 'price' }, [dense(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 100 }),
  'nan-loss.celsius-fahrenheit-sgd': spec('c-to-f', { inline: { x: [[-40], [-10], [0], [10], [20], [37], [60], [100]], y: [-40, 14, 32, 50, 68, 98.6, 140, 212] } }, [dense(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 500, batchSize: 8 }),
};

const healthy: Record<string, Obj> = {
  'xor-tanh-adam-fullbatch': spec('xor', { builtin: 'xor' }, [dense(4, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 1000, batchSize: 200 }),
  'xor-relu-sgd-momentum': spec('xor', { builtin: 'xor' }, [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 300, batchSize: 16 }),
  'moons-two-relu-adam': spec('moons', { builtin: 'moons' }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100 }),
  'moons-tanh-sgd-fullbatch-long': spec('moons', { builtin: 'moons' }, [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3 }, { epochs: 2000, batchSize: 200 }),
  'circles-relu-adam': spec('circles', { builtin: 'circles' }, [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 200 }),
  'circles-elu-rmsprop': spec('circles', { builtin: 'circles', samples: 300 }, [dense(8, 'elu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, { epochs: 300 }),
  'spirals3-relu-adam': spec('spirals', { builtin: 'spirals', classes: 3, samples: 300 }, [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 500 }),
  'spirals2-tanh-adam-long': spec('spirals', { builtin: 'spirals' }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 1500 }),
  'sine-tanh-adam': spec('sine', { builtin: 'sine' }, [dense(16, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 500 }),
  'sine-relu-sgd-momentum': spec('sine', { builtin: 'sine' }, [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 300, batchSize: 16 }),
  'iris-relu-adam-standard': spec('iris', { builtin: 'iris', normalize: 'standard' }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 200, validationSplit: 0.2 }),
  'iris-tanh-sgd-minmax-fullbatch': spec('iris', { builtin: 'iris', normalize: 'minmax' }, [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, { epochs: 1000, batchSize: 150 }),
  'blobs4-relu-sgd-short': spec('blobs', { builtin: 'blobs', classes: 4 }, [dense(8, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 50 }),
  'blobs2-logistic-regression': spec('blobs', { builtin: 'blobs' }, [dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 100 }),
  'exam-relu-dropout-adam': spec('exam', exam, [dense(8, 'relu'), { type: 'dropout', rate: 0.2 }, dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150, validationSplit: 0.2 }),
  'exam-logistic-sgd-fullbatch': spec('exam', exam, [dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, { epochs: 500, batchSize: 240 }),
  'houses-relu-adam': spec('houses', houses, [dense(16, 'relu'), dense(8, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 300 }),
  'houses-leaky-rmsprop-decay': spec('houses', { ...houses, normalize: 'minmax' }, [dense(32, 'leaky_relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.001, weightDecay: 0.0001 }, { epochs: 400 }),
  'poly-tanh-adam-fullbatch-long': spec('poly', { ...poly, normalize: 'standard' }, [dense(16, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 2000, batchSize: 160 }),
  'poly-relu-nesterov-batch8': spec('poly', { ...poly, normalize: 'standard' }, [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, { epochs: 200, batchSize: 8 }),
  'and-gate-perceptron-lr1': spec('and-gate', { inline: { x: gateX, y: [0, 0, 0, 1] } }, [dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1 }, { epochs: 1000, batchSize: 4 }),
  'xor-table-tanh-adam': spec('xor-table', { inline: { x: gateX, y: [0, 1, 1, 0] } }, [dense(4, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, { epochs: 1000, batchSize: 4 }),
  'celsius-fahrenheit-standard-adam': spec('c-to-f', { inline: { x: [[-40], [-10], [0], [10], [20], [37], [60], [100]], y: [-40, 14, 32, 50, 68, 98.6, 140, 212] }, normalize: 'standard' }, [dense(1)], 'mse', { type: 'adam', lr: 0.5 }, { epochs: 1000, batchSize: 8 }),
  'moons-dropout-adam-small-lr-long': spec('moons', { builtin: 'moons' }, [dense(16, 'relu'), { type: 'dropout', rate: 0.1 }, dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 1000 }),
  'circles-batchnorm-sgd-momentum': spec('circles', { builtin: 'circles' }, [dense(16, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 150 }),
  'xor-leaky-rmsprop': spec('xor', { builtin: 'xor' }, [dense(8, 'leaky_relu'), dense(8, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 200 }),
  'spirals-elu-adam-clip': spec('spirals', { builtin: 'spirals' }, [dense(32, 'elu'), dense(32, 'elu'), dense(32, 'elu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003, clipNorm: 1 }, { epochs: 600 }),
  'moons-five-layers-adam': spec('moons', { builtin: 'moons' }, [dense(16, 'relu'), dense(16, 'relu'), dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 200 }),
  'sine-sigmoid-hidden-fullbatch': spec('sine', { builtin: 'sine' }, [dense(8, 'sigmoid'), dense(1)], 'mse', { type: 'adam', lr: 0.02 }, { epochs: 2000, batchSize: 200 }),
  'iris-relu-adam-batch1': spec('iris', { builtin: 'iris', normalize: 'standard' }, [dense(10, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 50, batchSize: 1 }),
  'exam-tanh-sgd-batch1-short': spec('exam', exam, [dense(4, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 30, batchSize: 1 }),
  'blobs3-sigmoid-sgd-momentum-fullbatch': spec('blobs', { builtin: 'blobs', classes: 3 }, [dense(8, 'sigmoid'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, { epochs: 300, batchSize: 200 }),
  'circles-tanh-adam-decay-clip': spec('circles', { builtin: 'circles' }, [dense(8, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02, weightDecay: 0.001, clipNorm: 5 }, { epochs: 300 }),
  'iris-softmax-regression-sgd': spec('iris', { builtin: 'iris', normalize: 'standard' }, [dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 100 }),
};

for (const [slug, body] of Object.entries(faulty)) write(`faulty/${slug}.nn.json`, body);
for (const [slug, body] of Object.entries(healthy)) write(`healthy/${slug}.nn.json`, body);
console.log(`${Object.keys(faulty).length} faulty, ${Object.keys(healthy).length} healthy`);
