/**
 * Writes this set's specs (`npx tsx test/faults-blind26/author.ts`). Each entry: file, spec, and for
 * faults the code, the fault text (without its measured evidence), stage and catches; write-manifest.ts
 * adds the figures measured by test/faults/observe.ts.
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const dir = __dirname;
const CHURN = { csv: '../data/churn.csv', target: 'churned' };
const HOUSE = { csv: '../data/housing.csv', target: 'price_k' };
const SENS = { csv: '../data/sensors.csv', target: 'status' };
const d = (units: number, activation?: string, extra: Obj = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const adam = (lr: number, extra: Obj = {}) => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Obj = {}) => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: Obj = {}) => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}) => ({ epochs, batchSize, ...extra });
function spec(name: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 7): Obj {
  return { name, seed, data, layers, loss, optimizer, training };
}

export interface Authored { file: string; spec: Obj | string; code?: string; fault?: string; stage?: string; catches?: string[]; covers?: string }
export const entries: Authored[] = [];
const F = (code: string, slug: string, stage: string, catches: string[], fault: string, s: Obj | string) =>
  entries.push({ file: `faulty/${code}.${slug}.nn.json`, spec: s, code, fault, stage, catches: [code, ...catches] });
const H = (slug: string, covers: string, s: Obj) => entries.push({ file: `healthy/${slug}.nn.json`, spec: s, covers });
const std = (src: Obj, normalize = 'standard') => ({ ...src, normalize });

// ---------- static ----------
F('invalid-spec', 'units-as-string', 'static', [], 'units written as the string "128" (value pasted from a YAML config)',
  spec('churn-mlp', std(CHURN), [d(128, 'relu'), { type: 'dense', units: '128', activation: 'relu' }, d(1, 'sigmoid')], 'bce', adam(0.001), tr(40, 32)));
F('invalid-spec', 'gelu-activation', 'static', [], 'activation "gelu" (a transformer habit) that the engine does not have',
  spec('sensors-gelu', std(SENS), [d(256, 'gelu'), drop(0.3), d(64, 'relu'), d(4, 'softmax')], 'cce', adam(0.001), tr(40, 32)));
F('invalid-spec', 'adamw-optimizer', 'static', [], 'optimizer "adamw" with weight decay, as in PyTorch; only sgd, adam, rmsprop exist',
  spec('house-adamw', std(HOUSE), [d(128, 'relu'), d(64, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(80, 32)));
F('data-error', 'target-capitalised', 'static', [], 'target "Churned" capitalised while the CSV header says "churned"',
  spec('churn-target', std({ csv: '../data/churn.csv', target: 'Churned' }), [d(128, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40, 32)));
F('data-error', 'na-cells', 'static', [], 'CRM export churn_export.csv with "NA" in income and total_charges on some rows',
  spec('churn-export', std({ csv: '../data/churn_export.csv', target: 'churned' }), [d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40, 32)));
F('data-error', 'ragged-row', 'static', [], 'housing_ragged.csv has a trailing comma on one row (an extra empty value)',
  spec('house-ragged', std({ csv: '../data/housing_ragged.csv', target: 'price_k' }), [d(128, 'relu'), d(1)], 'mse', adam(0.001), tr(80, 32)));
F('data-error', 'feature-not-in-file', 'static', [], 'features list names "tenure" while the column is "tenure_months"',
  spec('churn-features', std({ csv: '../data/churn.csv', target: 'churned', features: ['tenure', 'monthly_charge', 'support_calls', 'autopay', 'satisfaction'] }),
    [d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 32)));
F('shape-mismatch', 'three-of-four-classes', 'static', [], 'softmax output of 3 units for the 4 sensor classes (forgot "offline")',
  spec('sensors-3out', std(SENS), [d(128, 'relu', { batchNorm: true }), drop(0.3), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.001), tr(40, 32)));
F('shape-mismatch', 'iris-two-outputs', 'static', [], 'iris (3 classes) with a 2-unit softmax output copied from a binary model',
  spec('iris-2out', std({ builtin: 'iris' }), [d(64, 'relu'), d(64, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(100, 16)));
F('shape-mismatch', 'blobs-five-classes-four-out', 'static', [], 'blobs with classes 5 but a 4-unit softmax output',
  spec('blobs-4out', { builtin: 'blobs', classes: 5, samples: 400 }, [d(64, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(60, 32)));
F('loss-activation-mismatch', 'cce-sigmoid-out', 'static', [], 'cce with a 4-unit sigmoid output layer on the sensor classes',
  spec('sensors-cce-sigmoid', std(SENS), [d(128, 'relu'), drop(0.2), d(64, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.001), tr(40, 32)));
F('loss-activation-mismatch', 'bce-relu-out', 'static', [], 'bce with a relu output unit (output activation copied from the hidden layers)',
  spec('churn-bce-relu', std(CHURN), [d(128, 'relu'), d(64, 'relu'), d(1, 'relu')], 'bce', adam(0.001), tr(40, 32)));
F('loss-activation-mismatch', 'mse-softmax-regression', 'static', ['shape-mismatch'], 'house price regression with mse but a softmax output unit',
  spec('house-softmax', std(HOUSE), [d(128, 'relu'), d(1, 'softmax')], 'mse', adam(0.001), tr(80, 32)));
F('init-symmetry', 'zeros-wide-relu', 'static', [], 'all hidden weights initialised "zeros" in a 128-128 relu net',
  spec('churn-zeros', std(CHURN), [d(128, 'relu', { init: 'zeros' }), d(128, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40, 32)));
F('init-symmetry', 'constant-tanh', 'static', [], 'every weight of a 64-64 tanh net set to constant 0.1',
  spec('house-const', std(HOUSE), [d(64, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(64, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', adam(0.003), tr(80, 32)));
F('init-scale', 'normal-std-1-wide-tanh', 'static', ['saturated-activation'], 'normal init std 1.0 in 256-unit tanh layers (fan-in 256 gives pre-activations of ~16)',
  spec('sensors-bigstd', std(SENS), [d(256, 'tanh', { init: 'normal', std: 1 }), d(256, 'tanh', { init: 'normal', std: 1 }), d(4, 'softmax')], 'cce', sgd(0.01), tr(40, 32)));
F('init-scale', 'tiny-std-deep-relu', 'static', ['vanishing-gradient', 'loss-plateau'], 'normal init std 1e-4 in five 128-unit relu layers: signal and gradient die out',
  spec('churn-tinystd', std(CHURN), [1, 2, 3, 4, 5].map(() => d(128, 'relu', { init: 'normal', std: 0.0001 })).concat([d(1, 'sigmoid')]), 'bce', sgd(0.01, { momentum: 0.9 }), tr(40, 32)));
F('no-nonlinearity', 'activations-forgotten', 'static', [], 'three 128-unit hidden layers with no activation given (linear by default) on 3-class spirals',
  spec('spirals-linear', { builtin: 'spirals', classes: 3, samples: 600 }, [d(128), d(128), d(128), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32)));
F('no-nonlinearity', 'linear-batchnorm-circles', 'static', [], 'circles with 64-unit layers that have batchNorm and dropout but activation "linear"',
  spec('circles-linear', { builtin: 'circles', samples: 400 }, [d(64, 'linear', { batchNorm: true }), drop(0.2), d(64, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32)));
F('lr-out-of-range', 'adam-lr-2', 'static', ['lr-too-high', 'nan-loss'], 'adam lr 2 (meant 2e-3)',
  spec('house-lr2', std(HOUSE), [d(128, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(2), tr(80, 32)));
F('lr-out-of-range', 'sgd-lr-1e-7', 'static', ['lr-too-low', 'loss-plateau'], 'sgd lr 1e-7 (an exponent typed one digit too far)',
  spec('churn-lr1e7', std(CHURN), [d(256, 'relu'), drop(0.3), d(64, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1e-7, { momentum: 0.9 }), tr(40, 32)));

// ---------- training-time ----------
F('dead-relu', 'adam-0.05-wide', 'training', ['lr-too-high'], 'adam lr 0.05 on a 256-256 relu net on the churn table: the large early steps kill most of the second layer',
  spec('churn-adam05', std(CHURN), [d(256, 'relu'), d(256, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(40, 32)));
F('lr-too-high', 'sgd-momentum-regression', 'training', ['oscillating-loss', 'exploding-gradient', 'nan-loss'], 'sgd lr 0.003 with momentum 0.9 on standardised house features but prices in thousands (mse on targets of ~300)',
  spec('house-sgd', std(HOUSE), [d(128, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(0.003, { momentum: 0.9 }), tr(60, 32)));
F('lr-too-high', 'sgd-lr-3-churn', 'training', ['oscillating-loss', 'dead-relu'], 'sgd lr 3 (copied from a logistic-regression tutorial) on a 128-64 relu net on churn',
  spec('churn-sgd3', std(CHURN), [d(128, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', sgd(3), tr(40, 32)));
F('lr-too-low', 'sgd-1e-4-no-momentum', 'training', ['loss-plateau'], 'plain sgd lr 1e-4 on the wide sensor net for 40 epochs',
  spec('sensors-slow', std(SENS), [d(128, 'relu'), d(64, 'relu'), d(4, 'softmax')], 'cce', sgd(0.0001), tr(40, 32)));
F('lr-too-low', 'adam-1e-6', 'training', ['loss-plateau'], 'adam lr 1e-6 (meant 1e-3) on the churn net',
  spec('churn-adam1e6', std(CHURN), [d(128, 'relu', { batchNorm: true }), drop(0.3), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.000001), tr(40, 32)));
F('dead-relu', 'negative-bias', 'training', ['init-scale'], 'relu layers with bias -5 ("start sparse") on standardised churn data',
  spec('churn-negbias', std(CHURN), [d(128, 'relu', { bias: -5 }), d(128, 'relu', { bias: -5 }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40, 32)));
F('nan-loss', 'raw-features-relu-sgd', 'training', ['lr-too-high', 'exploding-gradient'], 'relu on raw (unnormalised) housing features (sqft in thousands, listing_id ~5e5) with sgd 0.001',
  spec('house-raw-relu', HOUSE, [d(128, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(0.001), tr(60, 32)));
F('vanishing-gradient', 'deep-sigmoid', 'training', ['saturated-activation', 'loss-plateau'], 'five 64-unit sigmoid hidden layers trained with plain sgd 0.01',
  spec('sensors-deepsig', std(SENS), [1, 2, 3, 4, 5].map(() => d(64, 'sigmoid')).concat([d(4, 'softmax')]), 'cce', sgd(0.01), tr(40, 32)));
F('vanishing-gradient', 'deep-tanh-small-init', 'training', ['init-scale', 'loss-plateau'], 'five 128-unit tanh layers with uniform init limit 0.01 on churn',
  spec('churn-tanh-small', std(CHURN), [1, 2, 3, 4, 5].map(() => d(128, 'tanh', { init: 'uniform', limit: 0.01 })).concat([d(1, 'sigmoid')]), 'bce', sgd(0.05, { momentum: 0.9 }), tr(40, 32)));
F('exploding-gradient', 'raw-targets-and-features', 'training', ['nan-loss', 'lr-too-high'], 'unnormalised housing with sgd 0.01 and a linear output (features up to 1e6, targets ~300)',
  spec('house-raw-sgd', HOUSE, [d(64, 'relu'), d(1)], 'mse', sgd(0.01), tr(40, 32)));
F('exploding-gradient', 'large-std-deep-relu', 'training', ['init-scale', 'nan-loss'], 'normal init std 0.5 in four 256-unit relu layers on house prices (each layer multiplies the scale by ~8)',
  spec('house-bigrelu', std(HOUSE), [1, 2, 3, 4].map(() => d(256, 'relu', { init: 'normal', std: 0.5 })).concat([d(1)]), 'mse', sgd(0.001), tr(30, 32)));
F('saturated-activation', 'tanh-raw-income', 'training', [], 'tanh hidden layer fed raw churn columns (income ~60000, total_charges ~4000), normalize omitted',
  spec('churn-tanh-raw', CHURN, [d(128, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40, 32)));
F('saturated-activation', 'sigmoid-bias-6', 'training', ['init-scale', 'vanishing-gradient'], 'sigmoid hidden layers with bias 6 on sensors',
  spec('sensors-sigbias', std(SENS), [d(128, 'sigmoid', { bias: 6 }), d(128, 'sigmoid', { bias: 6 }), d(4, 'softmax')], 'cce', sgd(0.05), tr(40, 32)));
F('loss-plateau', 'useless-features-only', 'training', ['data-error'], 'features list picks only the id, region code and plan version (constant) columns: nothing to learn from',
  spec('churn-idonly', std({ csv: '../data/churn.csv', target: 'churned', features: ['customer_id', 'region_code', 'plan_version'] }), [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(60, 32)));
F('loss-plateau', 'weight-decay-1', 'training', ['lr-too-low'], 'weightDecay 1.0 (meant 1e-4) pins every weight near zero',
  spec('sensors-wd1', std(SENS), [d(128, 'relu'), drop(0.2), d(64, 'relu'), d(4, 'softmax')], 'cce', adam(0.003, { weightDecay: 1 }), tr(40, 32)));
F('oscillating-loss', 'momentum-0.99', 'training', ['lr-too-high'], 'sgd lr 0.05 momentum 0.99 on the sensor net',
  spec('sensors-mom99', std(SENS), [d(128, 'relu'), d(64, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.99 }), tr(60, 32)));
F('oscillating-loss', 'rmsprop-0.01-fullbatch', 'training', ['lr-too-high'], 'rmsprop lr 0.01 full batch on house prices with a 256-128 net',
  spec('house-rms-full', std(HOUSE), [d(256, 'relu'), d(128, 'relu'), d(1)], 'mse', rms(0.01), tr(150, 500)));
F('nan-loss', 'sgd-lr-0.5-raw', 'training', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.5 (a classification default) on raw house data with mse',
  spec('house-nan', HOUSE, [d(128, 'relu'), d(1)], 'mse', sgd(0.5), tr(20, 32)));
F('nan-loss', 'inline-overflow', 'training', ['exploding-gradient', 'lr-too-high'], 'inline meter readings in raw Wh (~1e6) regressed with sgd 0.1, normalize omitted',
  spec('meters-inline', { inline: { x: Array.from({ length: 16 }, (_, i) => [1.2e6 + i * 3.7e4, 2.4e5 + (i % 5) * 1.1e4, 18 + (i % 7)]), y: Array.from({ length: 16 }, (_, i) => 310 + i * 9.5 - (i % 5) * 3) } },
    [d(64, 'relu'), d(1)], 'mse', sgd(0.1), tr(50, 4)));

// ---------- healthy ----------
H('churn-mlp-dropout', 'churn.csv standard, 128-128 relu, dropout 0.3, adam 1e-3, bce, batch 32, val 0.2, 40 epochs',
  spec('churn-a', std(CHURN), [d(128, 'relu'), drop(0.3), d(128, 'relu'), drop(0.3), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40, 32, { validationSplit: 0.2 })));
H('churn-bn-256', 'churn.csv standard, 256 relu batchNorm + dropout 0.5, 64 relu, adam 3e-3, batch 64',
  spec('churn-b', std(CHURN), [d(256, 'relu', { batchNorm: true }), drop(0.5), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 64)));
H('churn-minmax-tanh', 'churn.csv minmax, three 64-unit tanh layers, rmsprop 1e-3, batch 16',
  spec('churn-c', std(CHURN, 'minmax'), [d(64, 'tanh'), d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40, 16)));
H('churn-elu-nesterov', 'churn.csv standard, elu 128-64, sgd 0.05 momentum 0.9 nesterov, weightDecay 1e-4',
  spec('churn-d', std(CHURN), [d(128, 'elu'), d(64, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9, nesterov: true, weightDecay: 0.0001 }), tr(40, 32)));
H('churn-leaky-bn-clip', 'churn.csv standard, three 128 leaky_relu batchNorm layers, adam 0.01 (large, with batchNorm), clipNorm 1',
  spec('churn-e', std(CHURN), [d(128, 'leaky_relu', { batchNorm: true }), d(128, 'leaky_relu', { batchNorm: true }), d(128, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(30, 32)));
H('churn-logistic', 'churn.csv standard, depth 1 (one sigmoid unit, logistic regression), sgd 0.5 full batch, 200 epochs',
  spec('churn-f', std(CHURN), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(200, 600)));
H('churn-feature-subset', 'churn.csv with a chosen 8-column feature subset, standard, 64 relu, sgd 0.2 (large but fine), batch 32',
  spec('churn-g', std({ ...CHURN, features: ['tenure_months', 'monthly_charge', 'support_calls', 'contract_months', 'autopay', 'satisfaction', 'age', 'devices'] }), [d(64, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.2), tr(40, 32)));
H('house-mlp', 'housing.csv standard, 128-64 relu, adam 1e-3, mse, batch 32, 150 epochs',
  spec('house-a', std(HOUSE), [d(128, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.001), tr(150, 32)));
H('house-bn-dropout', 'housing.csv standard, 256 relu batchNorm, dropout 0.2, 128 relu, adam 3e-3, val 0.15',
  spec('house-b', std(HOUSE), [d(256, 'relu', { batchNorm: true }), drop(0.2), d(128, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.15 })));
H('house-minmax-tanh-adam', 'housing.csv minmax, 64-64 tanh, adam 0.01, batch 16, 200 epochs',
  spec('house-c', std(HOUSE, 'minmax'), [d(64, 'tanh'), d(64, 'tanh'), d(1)], 'mse', adam(0.01), tr(200, 16)));
H('house-deep-elu-rms', 'housing.csv standard, five 64-unit elu layers, rmsprop 5e-4, clipNorm 5',
  spec('house-d', std(HOUSE), [1, 2, 3, 4, 5].map(() => d(64, 'elu')).concat([d(1)]), 'mse', rms(0.0005, { clipNorm: 5 }), tr(150, 32)));
H('house-linear-model', 'housing.csv standard, depth 1 linear regression, sgd 0.05, batch 50',
  spec('house-e', std(HOUSE), [d(1)], 'mse', sgd(0.05), tr(150, 50)));
H('house-adam-small-long', 'housing.csv standard, 128-64 relu, adam 2e-4 (small but fine) for 400 epochs, batch 16',
  spec('house-f', std(HOUSE), [d(128, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.0002), tr(400, 16)));
H('sensors-bn-dropout', 'sensors.csv standard, 128 relu batchNorm, dropout 0.3, 64 relu, softmax 4, adam 1e-3, cce',
  spec('sens-a', std(SENS), [d(128, 'relu', { batchNorm: true }), drop(0.3), d(64, 'relu'), d(4, 'softmax')], 'cce', adam(0.001), tr(40, 32)));
H('sensors-leaky-sgd-wd', 'sensors.csv standard, 256-128-64 leaky_relu, sgd 0.01 momentum 0.9, weightDecay 5e-4',
  spec('sens-b', std(SENS), [d(256, 'leaky_relu'), d(128, 'leaky_relu'), d(64, 'leaky_relu'), d(4, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9, weightDecay: 0.0005 }), tr(40, 32)));
H('sensors-minmax-sigmoid', 'sensors.csv minmax, 64 sigmoid hidden, adam 0.005, batch 16',
  spec('sens-c', std(SENS, 'minmax'), [d(64, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.005), tr(60, 16)));
H('sensors-full-batch', 'sensors.csv standard, 128 relu, full batch (480), adam 0.01, 200 epochs',
  spec('sens-d', std(SENS), [d(128, 'relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(200, 480)));
H('sensors-batch-1', 'sensors.csv standard, 32 tanh, batch 1, sgd 0.005, 8 epochs',
  spec('sens-e', std(SENS), [d(32, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.005), tr(8, 1)));
H('sensors-wide-rms-clip', 'sensors.csv standard, 256 elu, dropout 0.4, 128 elu batchNorm, rmsprop 1e-3, clipNorm 2, weightDecay 1e-4',
  spec('sens-f', std(SENS), [d(256, 'elu'), drop(0.4), d(128, 'elu', { batchNorm: true }), d(4, 'softmax')], 'cce', rms(0.001, { clipNorm: 2, weightDecay: 0.0001 }), tr(40, 32)));
H('iris-relu-adam', 'iris standard, 64-64 relu, adam 0.01, batch 16',
  spec('iris-a', std({ builtin: 'iris' }), [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16)));
H('iris-tanh-sgd', 'iris standard, 128 tanh, dropout 0.2, sgd 0.1, batch 8',
  spec('iris-b', std({ builtin: 'iris' }), [d(128, 'tanh'), drop(0.2), d(3, 'softmax')], 'cce', sgd(0.1), tr(100, 8)));
H('xor-wide', 'xor 400 samples, 64-64 relu, adam 0.01',
  spec('xor-a', { builtin: 'xor', samples: 400 }, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 32)));
H('circles-bn', 'circles 400, 128 relu batchNorm, 64 relu, adam 3e-3',
  spec('circles-a', { builtin: 'circles', samples: 400 }, [d(128, 'relu', { batchNorm: true }), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32)));
H('moons-elu-rms', 'moons 300 noise 0.2, 64-64 elu, dropout 0.1, rmsprop 3e-3',
  spec('moons-a', { builtin: 'moons', samples: 300, noise: 0.2 }, [d(64, 'elu'), drop(0.1), d(64, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100, 32)));
H('spirals-deep', 'spirals 3 classes 600 samples, three 128 relu, adam 3e-3, 300 epochs',
  spec('spirals-a', { builtin: 'spirals', classes: 3, samples: 600 }, [d(128, 'relu'), d(128, 'relu'), d(128, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(300, 32)));
H('blobs-batch-1', 'blobs 5 classes 200 samples, 64 relu, sgd 0.02, batch 1, 15 epochs',
  spec('blobs-a', { builtin: 'blobs', classes: 5, samples: 200 }, [d(64, 'relu'), d(5, 'softmax')], 'cce', sgd(0.02), tr(15, 1)));
H('sine-tanh', 'sine 300, 64-64 tanh, adam 5e-3, mse',
  spec('sine-a', { builtin: 'sine', samples: 300 }, [d(64, 'tanh'), d(64, 'tanh'), d(1)], 'mse', adam(0.005), tr(200, 32)));
H('sine-relu-full', 'sine 200, three 128 relu, full batch, adam 0.003, 500 epochs',
  spec('sine-b', { builtin: 'sine' }, [d(128, 'relu'), d(128, 'relu'), d(128, 'relu'), d(1)], 'mse', adam(0.003), tr(500, 200)));
H('inline-plant-yield', 'inline 20-row table, 5 features of mixed scale (incl. a constant), standard, 32 relu, adam 0.01, regression',
  spec('yield', { normalize: 'standard', inline: { x: Array.from({ length: 20 }, (_, i) => [12 + (i * 7) % 19, 400 + ((i * 53) % 300), 6.1 + ((i * 3) % 10) / 10, 1, (i * 11) % 5]),
    y: Array.from({ length: 20 }, (_, i) => round2(2 + 0.15 * (12 + (i * 7) % 19) + 0.004 * (400 + ((i * 53) % 300)) + (((i * 37) % 7) - 3) * 0.05)) } },
    [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(300, 4)));
H('inline-string-classes', 'inline 18-row 3-class table with string labels, 4 features, standard, 16 tanh, adam 0.03',
  spec('grades', { normalize: 'standard', inline: { x: Array.from({ length: 18 }, (_, i) => [40 + (i % 3) * 25 + ((i * 7) % 9), 2 + (i % 3) * 3 + ((i * 5) % 3), 0.5 + (i % 3) * 0.2, 100 + (i * 13) % 50]),
    y: Array.from({ length: 18 }, (_, i) => ['low', 'mid', 'high'][i % 3]) } },
    [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.03), tr(150, 6)));
H('moons-rms-small-long', 'moons 300, 128 relu, rmsprop 1e-4 (small but fine), 300 epochs, batch 16',
  spec('moons-b', { builtin: 'moons', samples: 300 }, [d(128, 'relu'), d(128, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.0001), tr(300, 16)));
H('circles-sgd-batch1', 'circles 200, 64 relu, sgd 0.01 momentum 0.9, batch 1, 12 epochs',
  spec('circles-b', { builtin: 'circles' }, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.9 }), tr(12, 1)));

function round2(x: number): number { return Number(x.toFixed(2)); }

if (require.main === module) {
  for (const e of entries) fs.writeFileSync(path.join(dir, e.file), typeof e.spec === 'string' ? e.spec : JSON.stringify(e.spec, null, 2) + '\n');
  console.log(`${entries.filter((e) => e.code).length} faulty, ${entries.filter((e) => !e.code).length} healthy written`);
}
