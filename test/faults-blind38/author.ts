/**
 * Writes this set's specs: `npx tsx test/faults-blind38/author.ts`. Each spec is written out in full
 * here so the manifest's claims can be traced to one line.
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const dense = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const HOUSE_X = ['sqft', 'rooms', 'age', 'lot', 'dist_km'];
const CHURN_X = ['tenure', 'charges', 'calls', 'session_s'];
const houses = (normalize: string, target = 'log_price', features: string[] = HOUSE_X, file = 'houses.csv'): Obj => ({ csv: `../data/${file}`, target, features, normalize });
const churn = (normalize: string, file = 'churn.csv', features: string[] = CHURN_X): Obj => ({ csv: `../data/${file}`, target: 'churned', features, normalize });
const tickets = (normalize: string): Obj => ({ csv: '../data/tickets.csv', target: 'priority', normalize });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const train = (epochs: number, batchSize: number, validationSplit = 0.2, extra: Obj = {}): Obj => ({ epochs, batchSize, validationSplit, ...extra });

function spec(folder: string, file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 38): void {
  const body = { name: file, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(__dirname, folder, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
const F = (code: string, slug: string, ...rest: [Obj, Obj[], string, Obj, Obj, number?]) => spec('faulty', `${code}.${slug}`, ...rest);
const H = (slug: string, ...rest: [Obj, Obj[], string, Obj, Obj, number?]) => spec('healthy', slug, ...rest);

// ---- faults ----
F('invalid-spec', 'keras-loss-name', churn('standard'), [dense(16, 'relu'), dense(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), train(80, 32));
F('invalid-spec', 'dropout-as-percent', tickets('standard'), [dense(32, 'relu'), drop(20), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.002), train(100, 32));
F('invalid-spec', 'zero-units-layer', houses('standard'), [dense(24, 'elu'), dense(0, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.001), train(120, 16));
F('data-error', 'na-in-export', churn('standard', 'churn-export.csv'), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(100, 32));
F('data-error', 'target-column-typo', houses('standard', 'logprice'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32));
F('data-error', 'feature-not-in-file', churn('minmax', 'churn.csv', ['tenure', 'monthly_charges', 'calls', 'session_s']), [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(100, 32));
F('shape-mismatch', 'three-priorities-two-outputs', tickets('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.002), train(120, 32));
F('shape-mismatch', 'two-targets-one-output', houses('standard', ['log_price', 'price_k'] as unknown as string), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.002), train(150, 32));
F('loss-activation-mismatch', 'priority-sigmoid-cce', tickets('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'sigmoid')], 'cce', opt('adam', 0.002), train(120, 32));
F('loss-activation-mismatch', 'churn-linear-output-bce', churn('standard'), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], 'bce', opt('adam', 0.003), train(100, 32));
F('loss-activation-mismatch', 'price-softmax-mse', houses('standard'), [dense(32, 'relu'), dense(1, 'softmax')], 'mse', opt('adam', 0.003), train(100, 32));
F('init-symmetry', 'zeros-hidden-relu', churn('standard'), [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32));
F('init-symmetry', 'constant-tanh-regression', houses('standard'), [dense(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(1)], 'mse', opt('rmsprop', 0.001), train(150, 32));
F('init-scale', 'normal-std-3-tanh', tickets('standard'), [dense(32, 'tanh', { init: { name: 'normal', std: 3 } }), dense(32, 'tanh', { init: { name: 'normal', std: 3 } }), dense(3, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 32));
F('init-scale', 'normal-tiny-deep-relu', houses('standard'), [dense(32, 'relu', { init: { name: 'normal', std: 0.0005 } }), dense(32, 'relu', { init: { name: 'normal', std: 0.0005 } }), dense(32, 'relu', { init: { name: 'normal', std: 0.0005 } }), dense(1, undefined, { init: { name: 'normal', std: 0.0005 } })], 'mse', opt('sgd', 0.01), train(150, 32));
F('no-nonlinearity', 'linear-stack-priorities', tickets('standard'), [dense(64), dense(32), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(150, 32));
F('no-nonlinearity', 'linear-stack-moons', { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(32, 'linear'), dense(32, 'linear'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200, 32));
F('lr-out-of-range', 'adam-lr-5', churn('standard'), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 5), train(80, 32));
F('lr-out-of-range', 'sgd-lr-1e-7', houses('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 1e-7, { momentum: 0.9 }), train(200, 32));
F('lr-too-high', 'sgd-momentum-lr-0.05', houses('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(150, 32));
F('lr-too-high', 'rmsprop-lr-0.05-tickets', tickets('standard'), [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.05), train(120, 32));
F('lr-too-high', 'adam-lr-0.1-churn', churn('standard'), [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.1), train(100, 16));
F('lr-too-low', 'sgd-lr-1e-4-churn', churn('standard'), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.0001), train(60, 32));
F('lr-too-low', 'adam-lr-1e-5-prices', houses('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.00001), train(100, 32));
F('dead-relu', 'negative-bias-init', churn('standard'), [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(100, 32));
F('exploding-gradient', 'raw-house-features-sgd', houses('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.001, { clipNorm: 5 }), train(100, 32));
F('vanishing-gradient', 'five-sigmoid-layers', churn('standard'), [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(80, 32));
F('vanishing-gradient', 'deep-sigmoid-priorities', tickets('minmax'), [dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(3, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.5 }), train(100, 32));
F('exploding-gradient', 'raw-usd-target', houses('standard', 'price_usd', HOUSE_X, 'houses-usd.csv'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.001), train(60, 32));
F('exploding-gradient', 'deep-relu-std-0.4', houses('standard'), [dense(64, 'relu', { init: { name: 'normal', std: 0.4 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.4 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.4 } }), dense(1, undefined, { init: { name: 'normal', std: 0.4 } })], 'mse', opt('sgd', 0.0005), train(60, 32));
F('saturated-activation', 'tanh-on-raw-counts', churn('none'), [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(100, 32));
F('saturated-activation', 'sigmoid-bias-6', houses('standard'), [dense(32, 'sigmoid', { bias: 6 }), dense(16, 'sigmoid', { bias: 6 }), dense(1)], 'mse', opt('sgd', 0.02), train(100, 32));
F('loss-plateau', 'minmax-lot-outlier', houses('minmax', 'log_price', ['lot']), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.01), train(150, 32));
F('loss-plateau', 'raw-session-seconds-only', churn('none', 'churn.csv', ['session_s']), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.0005), train(150, 32));
F('oscillating-loss', 'sgd-momentum-0.99-batch-4', churn('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.99 }), train(80, 4));
F('nan-loss', 'usd-target-sgd-momentum', houses('standard', 'price_usd', HOUSE_X, 'houses-usd.csv'), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(50, 32));
F('lr-too-high', 'sgd-lr-0.5-log-prices', houses('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), train(100, 32));
F('dead-relu', 'adam-lr-0.05-three-relu', tickets('standard'), [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.05), train(100, 32));

// ---- healthy ----
H('prices-adam-standard', houses('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32));
H('prices-sgd-momentum', houses('standard'), [dense(24, 'tanh'), dense(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(200, 32));
H('prices-rmsprop-elu-deep', houses('standard'), [dense(32, 'elu'), dense(32, 'elu'), dense(16, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.001), train(150, 32));
H('prices-with-dup-and-constant', houses('standard', 'log_price', ['sqft', 'sqm', 'rooms', 'age', 'lot', 'dist_km', 'city']), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.002, { weightDecay: 0.0001 }), train(200, 32));
H('prices-minmax-leaky', houses('minmax'), [dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(1)], 'mse', opt('adam', 0.005), train(250, 16));
H('prices-batchnorm-dropout', houses('standard'), [dense(64, 'relu', { batchNorm: true }), drop(0.2), dense(32, 'relu', { batchNorm: true }), dense(1)], 'mse', opt('adam', 0.002), train(150, 32));
H('prices-raw-k-target', houses('standard', 'price_k'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.01), train(300, 32));
H('prices-full-batch-long', houses('standard'), [dense(16, 'tanh'), dense(8, 'tanh'), dense(1)], 'mse', opt('adam', 0.01), train(800, 420, 0));
H('prices-batch-1-short', houses('standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.002), train(15, 1));
H('prices-clipnorm-sgd', houses('standard'), [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, clipNorm: 1 }), train(150, 32));
H('churn-adam-relu', churn('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(40, 32));
H('churn-sgd-nesterov-tanh', churn('standard'), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), train(150, 32));
H('churn-rmsprop-dropout', churn('standard'), [dense(64, 'relu'), drop(0.3), dense(32, 'relu'), drop(0.3), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(120, 32));
H('churn-minmax-elu', churn('minmax'), [dense(24, 'elu'), dense(12, 'elu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150, 64));
H('churn-small-lr-long', churn('standard'), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.0003), train(600, 32));
H('churn-large-lr-fine', churn('standard'), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.3), train(100, 64));
H('churn-batchnorm-sigmoid-hidden', churn('standard'), [dense(32, 'sigmoid', { batchNorm: true }), dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 32));
H('churn-two-class-softmax', churn('standard'), [dense(32, 'relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.0005 }), train(100, 32));
H('tickets-adam-relu', tickets('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.002, { weightDecay: 0.001 }), train(50, 32));
H('tickets-sgd-tanh-minmax', tickets('minmax'), [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), train(200, 32));
H('tickets-rmsprop-deep-leaky', tickets('standard'), [dense(48, 'leaky_relu'), dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.0005), train(40, 16));
H('tickets-batchnorm-dropout-full-batch', tickets('standard'), [dense(32, 'relu', { batchNorm: true }), drop(0.1), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(300, 390, 0));
H('iris-adam-small', { builtin: 'iris', normalize: 'standard' }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16));
H('moons-five-layer-elu', { builtin: 'moons', samples: 400, noise: 0.2 }, [dense(32, 'elu'), dense(32, 'elu'), dense(16, 'elu'), dense(16, 'elu'), dense(8, 'elu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(150, 32));
H('circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.08 }, [dense(16, 'tanh'), dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(200, 32));
H('xor-relu-rmsprop', { builtin: 'xor', samples: 300, noise: 0.15 }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), train(200, 32));
H('spirals-three-class-deep', { builtin: 'spirals', classes: 3, samples: 450, noise: 0.1 }, [dense(64, 'relu'), dense(64, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(400, 32, 0));
H('blobs-four-class-sgd', { builtin: 'blobs', classes: 4, samples: 400, noise: 0.5, normalize: 'standard' }, [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05), train(100, 32));
H('sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.1 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], 'mse', opt('adam', 0.005), train(400, 32));
H('inline-dose-response', { inline: { x: [[0.5, 1], [1, 1], [2, 1], [4, 1], [8, 1], [16, 1], [0.5, 0], [1, 0], [2, 0], [4, 0], [8, 0], [16, 0], [3, 1], [6, 0], [12, 1], [1.5, 0]], y: [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 1, 0] }, normalize: 'standard' }, [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(300, 4, 0));
H('inline-delivery-minutes', { inline: { x: [[1.2, 3], [3.5, 1], [0.8, 5], [7.1, 2], [4.4, 4], [2.2, 2], [9.8, 1], [5.5, 3], [0.4, 1], [6.3, 5], [3.1, 3], [8.2, 4]], y: [14, 21, 15, 38, 32, 18, 45, 33, 7, 42, 24, 46] }, normalize: 'standard' }, [dense(8, 'relu'), dense(1)], 'mse', opt('adam', 0.05), train(400, 12, 0));
F('nan-loss', 'sgd-lr-0.3-momentum-log-prices', houses('standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), train(150, 32));
F('oscillating-loss', 'sgd-lr-0.2-batch-8-tickets', tickets('standard'), [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.2, { momentum: 0.9 }), train(80, 8));
