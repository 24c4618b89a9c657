/**
 * Blind set 292 (tofu makers): writes every candidate spec into candidates/.
 * Run: npx tsx test/faults-blind292/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const F = ['soy_kg', 'water_l', 'soak_h', 'room_c', 'boil_c', 'nigari_g', 'press_min', 'press_kg', 'humidity_pct', 'okara_kg'];
const FS = ['weekday', 'temp_c', 'rain_mm', 'holiday', 'promo', 'price_eur', 'market_day'];
const without = (fs: string[], target: string | string[]) => fs.filter((f) => !([] as string[]).concat(target).includes(f));
const B = (target: string | string[], extra: J = {}): J => ({ csv: '../data/batches.csv', target, features: without(F, target), normalize: 'standard', ...extra });
const S = (target: string | string[], extra: J = {}): J => ({ csv: '../data/shop-sales.csv', target, features: FS, normalize: 'standard', ...extra });
const d = (units: number, activation = 'linear', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });
let count = 0;
function w(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J, more: J = {}): void {
  const spec = { name: file, seed, data, layers, loss, optimizer, training, ...more };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
  count++;
}
const YT = { normalizeTarget: 'standard' };

// ---------------- faults ----------------
// invalid-spec
w('invalid-spec.adamw-optimizer', 3, B('curdle_fail'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(80, 32));
w('invalid-spec.gelu-activation', 4, B('firmness'), [d(24, 'gelu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
w('invalid-spec.crossentropy-loss', 5, B('firmness'), [d(16, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', opt('adam', 0.003), tr(80, 32));
w('invalid-spec.dropout-percent', 6, B('yield_kg', YT), [d(32, 'relu'), drop(30), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
w('invalid-spec.batchsize-zero', 7, S('blocks_sold', YT), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(100, 0));
w('invalid-spec.validation-split-one', 8, B('curdle_fail'), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(80, 16, { validationSplit: 1.0 }));
// data-error
w('data-error.file-renamed', 9, { csv: '../data/batches_2023.csv', target: 'yield_kg', features: F, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
w('data-error.batch-id-as-feature', 10, { csv: '../data/batches.csv', target: 'curdle_fail', features: ['batch_id', ...F], normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
w('data-error.no-features-list', 11, { csv: '../data/batches.csv', target: 'yield_kg', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
w('data-error.target-typo', 12, B('yield'), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
w('data-error.night-shift-gaps', 13, { csv: '../data/batches-gaps.csv', target: 'curdle_fail', features: F, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
w('data-error.shared-drive-path', 14, { csv: '../../../../../srv/share/tofu/batches.csv', target: 'yield_kg', features: F, normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
// shape-mismatch
w('shape-mismatch.three-firmness-units', 15, B('firmness'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
w('shape-mismatch.two-targets-one-unit', 16, B(['yield_kg', 'okara_kg'], YT), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
w('shape-mismatch.sales-two-units', 17, S('blocks_sold', YT), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32));
w('shape-mismatch.curdle-two-sigmoid', 18, B('curdle_fail'), [d(12, 'tanh'), d(2, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(100, 32));
// loss-activation-mismatch
w('loss-activation-mismatch.softmax-mse-yield', 19, B('yield_kg', YT), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(120, 32));
w('loss-activation-mismatch.bce-linear-head', 20, B('curdle_fail'), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(120, 32));
w('loss-activation-mismatch.cce-sigmoid-head', 21, B('firmness'), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(120, 32));
w('loss-activation-mismatch.relu-head-standard-target', 22, S('blocks_sold', YT), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(150, 32));
w('loss-activation-mismatch.tanh-head-raw-kg', 23, B('yield_kg'), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(150, 32));
// init-symmetry
w('init-symmetry.zeros-hidden', 24, B('yield_kg', YT), [d(16, 'tanh', { init: { name: 'zeros' } }), d(1, 'linear', { init: { name: 'zeros' } })], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
w('init-symmetry.constant-two-layers', 25, B('firmness'), [d(24, 'sigmoid', { init: { name: 'constant', value: 0.1 } }), d(12, 'sigmoid', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
w('init-symmetry.zeros-sales', 26, S('blocks_sold', YT), [d(32, 'tanh', { init: { name: 'zeros' } }), d(16, 'tanh', { init: { name: 'zeros' } }), d(1, 'linear', { init: { name: 'zeros' } })], 'mse', opt('rmsprop', 0.003), tr(150, 16));
// init-scale
w('init-scale.std-five', 27, B('curdle_fail'), [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(150, 32));
w('init-scale.tiny-uniform-deep', 28, B('yield_kg', YT), [d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(1, 'linear', { init: { name: 'uniform', limit: 1e-5 } })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(150, 32));
w('init-scale.std-twenty-relu', 29, S('blocks_sold', YT), [d(32, 'relu', { init: { name: 'normal', std: 20 } }), d(16, 'relu', { init: { name: 'normal', std: 20 } }), d(1)], 'mse', opt('sgd', 0.01), tr(150, 32));
// no-nonlinearity
w('no-nonlinearity.linear-stack-firmness', 30, B('firmness'), [d(32), d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
w('no-nonlinearity.linear-moons', 31, { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
w('no-nonlinearity.linear-circles', 32, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(24), d(24), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32));
// lr-out-of-range
w('lr-out-of-range.adam-lr-five', 33, B('curdle_fail'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 5), tr(100, 32));
w('lr-out-of-range.sgd-lr-hundred', 34, B('yield_kg', YT), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 100), tr(100, 32));
w('lr-out-of-range.rmsprop-1e-8', 35, B('firmness'), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 1e-8), tr(100, 32));
// dead-relu
w('dead-relu.negative-bias', 36, B('yield_kg', YT), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(150, 32));
w('dead-relu.sgd-kick', 37, B('curdle_fail'), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 3, { momentum: 0.9 }), tr(100, 16));
w('dead-relu.raw-grams-negative-bias', 38, { csv: '../data/batches.csv', target: 'firmness', features: F }, [d(16, 'relu', { bias: -200 }), d(4, 'softmax')], 'cce', opt('adam', 0.001), tr(120, 32));
// exploding-gradient
w('exploding-gradient.raw-kg-target-sgd', 39, { csv: '../data/batches.csv', target: 'yield_kg', features: F }, [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(50, 32));
w('exploding-gradient.raw-features-deep', 40, { csv: '../data/batches.csv', target: 'yield_kg', features: F, normalizeTarget: 'standard' }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 32));
w('exploding-gradient.revenue-raw-sales', 41, { csv: '../data/shop-sales.csv', target: 'revenue_eur', features: FS, normalize: 'standard' }, [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 16));
// vanishing-gradient
w('vanishing-gradient.deep-sigmoid-sgd', 42, B('curdle_fail'), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32));
w('vanishing-gradient.deep-tanh-small-init', 43, B('yield_kg', YT), [d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(1, 'linear', { init: { name: 'normal', std: 0.02 } })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
w('vanishing-gradient.sigmoid-ten-sales', 44, S('blocks_sold', YT), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1)]), 'mse', opt('sgd', 0.05), tr(100, 32));
// nan-loss
w('nan-loss.sgd-raw-revenue', 45, { csv: '../data/shop-sales.csv', target: 'revenue_eur', features: FS }, [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(50, 32));
w('nan-loss.raw-grams-big-lr', 46, { csv: '../data/batches.csv', target: 'yield_kg', features: F }, [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 8));
w('nan-loss.constant-big-init-linear', 47, { csv: '../data/batches.csv', target: 'okara_kg', features: without(F, 'okara_kg') }, [d(64, 'linear', { init: { name: 'normal', std: 3 } }), d(64, 'linear', { init: { name: 'normal', std: 3 } }), d(1)], 'mse', opt('sgd', 0.001), tr(50, 16));
// lr-too-high
w('lr-too-high.adam-half', 48, B('yield_kg', YT), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.5), tr(120, 32));
w('lr-too-high.sgd-two-firmness', 49, B('firmness'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 2.5, { momentum: 0.9 }), tr(120, 32));
w('lr-too-high.rmsprop-point-two', 50, S('blocks_sold', YT), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.2), tr(120, 32));
w('lr-too-high.nesterov-sales', 51, S('blocks_sold', YT), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), tr(120, 16));
// lr-too-low
w('lr-too-low.sgd-1e-5', 52, B('yield_kg', YT), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 1e-5), tr(100, 32));
w('lr-too-low.adam-1e-6', 53, B('firmness'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 1e-6), tr(100, 32));
w('lr-too-low.rmsprop-1e-6-sales', 54, S('blocks_sold', YT), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 1e-6), tr(100, 16));
w('lr-too-low.momentum-full-batch', 55, B('curdle_fail'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-4, { momentum: 0.5 }), tr(100, 480));
// saturated-activation
w('saturated-activation.sigmoid-raw-features', 56, { csv: '../data/batches.csv', target: 'curdle_fail', features: F }, [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
w('saturated-activation.tanh-big-init', 57, B('firmness'), [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(4, 'softmax')], 'cce', opt('sgd', 0.02), tr(100, 32));
w('saturated-activation.tanh-raw-sales', 58, { csv: '../data/shop-sales.csv', target: 'blocks_sold', features: FS, normalizeTarget: 'standard' }, [d(24, 'tanh', { bias: 3 }), d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32));
// loss-plateau
w('loss-plateau.weight-decay-half', 59, B('yield_kg', YT), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 0.5 }), tr(150, 32));
w('loss-plateau.dropout-ninety', 60, B('firmness'), [d(32, 'relu'), drop(0.9), d(32, 'relu'), drop(0.9), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
w('loss-plateau.one-unit-bottleneck-relu', 61, S('blocks_sold', YT), [d(1, 'relu', { bias: -2 }), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(150, 32));
w('loss-plateau.clipnorm-tiny', 62, B('yield_kg', YT), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 1e-4 }), tr(150, 32));
// oscillating-loss
w('oscillating-loss.momentum-099', 63, B('yield_kg', YT), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(150, 32));
w('oscillating-loss.adam-batch-one', 64, B('firmness'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.05), tr(60, 1));
w('oscillating-loss.rmsprop-batch-two-sales', 65, S('blocks_sold', YT), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), tr(100, 2));
w('oscillating-loss.sgd-full-batch-edge', 66, S('blocks_sold', YT), [d(8, 'linear'), d(1)], 'mse', opt('sgd', 0.95), tr(150, 365));

// ---------------- healthy ----------------
w('ok.yield-adam-relu', 101, B('yield_kg', YT), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
w('ok.yield-sgd-momentum-tanh', 102, B('yield_kg', YT), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(200, 32));
w('ok.yield-nesterov-elu', 103, B('yield_kg', YT), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(200, 16));
w('ok.yield-rmsprop-minmax', 104, B('yield_kg', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(200, 32));
w('ok.yield-plain-sgd-linear', 105, B('yield_kg', YT), [d(1)], 'mse', opt('sgd', 0.05), tr(200, 32));
w('ok.yield-batchnorm-deep', 106, B('yield_kg', YT), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('adam', 0.003), tr(120, 32));
w('ok.yield-dropout-wd', 107, B('yield_kg', YT), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
w('ok.yield-export-semicolon', 108, { csv: '../data/batches-export.csv', target: 'yield_kg', features: F, normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.003), tr(200, 16));
w('ok.yield-batch-one-sgd', 109, B('yield_kg', YT), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.002), tr(40, 1));
w('ok.yield-full-batch-adam', 110, B('yield_kg', YT), [d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(400, 480));
w('ok.okara-and-yield-two-targets', 111, B(['yield_kg', 'okara_kg'], YT), [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(150, 32));
w('ok.curdle-adam-relu', 112, B('curdle_fail'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32));
w('ok.curdle-sgd-momentum-tanh', 113, B('curdle_fail'), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
w('ok.curdle-rmsprop-clip', 114, B('curdle_fail'), [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001, { clipNorm: 1 }), tr(150, 16, { validationSplit: 0.15 }));
w('ok.curdle-logistic-sgd', 115, B('curdle_fail'), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.2), tr(200, 32));
w('ok.curdle-batchnorm-elu', 116, B('curdle_fail'), [d(24, 'elu', { batchNorm: true }), d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(100, 64));
w('ok.curdle-minmax-sigmoid-hidden', 117, B('curdle_fail', { normalize: 'minmax' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
w('ok.firmness-adam-relu', 118, B('firmness'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
w('ok.firmness-nesterov-tanh', 119, B('firmness'), [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), tr(150, 32));
w('ok.firmness-rmsprop-leaky', 120, B('firmness'), [d(48, 'leaky_relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(150, 16));
w('ok.firmness-softmax-regression', 121, B('firmness'), [d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(200, 32));
w('ok.firmness-deep-batchnorm-dropout', 122, B('firmness'), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(120, 32, { validationSplit: 0.2 }));
w('ok.firmness-export-semicolon', 123, { csv: '../data/batches-export.csv', target: 'firmness', features: F, normalize: 'standard' }, [d(24, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
w('ok.firmness-press-only', 124, { csv: '../data/batches.csv', target: 'firmness', features: ['press_min', 'press_kg', 'nigari_g', 'soy_kg', 'water_l'], normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 32));
w('ok.sales-adam-relu', 125, S('blocks_sold', YT), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(200, 32));
w('ok.sales-linear-sgd', 126, S('blocks_sold', YT), [d(1)], 'mse', opt('sgd', 0.05), tr(200, 16));
w('ok.sales-momentum-elu', 127, S('blocks_sold', YT), [d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(200, 32));
w('ok.sales-rmsprop-tanh-val', 128, S('blocks_sold', YT), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.002), tr(200, 32, { validationSplit: 0.2 }));
w('ok.sales-minmax-target', 129, S('blocks_sold', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(300, 32));
w('ok.sales-two-targets', 130, S(['blocks_sold', 'revenue_eur'], YT), [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(200, 32));
w('ok.sales-batch-four-wd', 131, S('blocks_sold', YT), [d(32, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.001, { weightDecay: 1e-3 }), tr(100, 4));
w('ok.moons-tanh-adam', 132, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
w('ok.circles-relu-momentum', 133, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(300, 32));
w('ok.iris-rmsprop', 134, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(200, 16));
w('ok.blobs-four-classes', 135, { builtin: 'blobs', classes: 4, samples: 300 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(150, 32));
w('ok.sine-tanh-deep', 136, { builtin: 'sine', samples: 200, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(400, 32));
w('ok.xor-small-sigmoid', 137, { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(300, 32));
w('ok.spirals-deep-elu', 138, { builtin: 'spirals', samples: 300, noise: 0.05, classes: 2 }, [d(64, 'elu'), d(64, 'elu'), d(32, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(400, 32));
w('ok.inline-coagulant-dose', 139, { inline: { x: [[8], [9], [10], [11], [12], [13], [14], [15], [16], [17], [18], [19]], y: ['soft', 'soft', 'soft', 'soft', 'firm', 'firm', 'firm', 'firm', 'firm', 'hard', 'hard', 'hard'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.03), tr(300, 12));
w('ok.inline-press-time-yield', 140, { inline: { x: [[5], [10], [15], [20], [25], [30], [35], [40], [45], [50]], y: [3.1, 2.95, 2.84, 2.71, 2.6, 2.52, 2.41, 2.33, 2.22, 2.14] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(1)], 'mse', opt('sgd', 0.1), tr(200, 10));
w('ok.yield-sgd-clip-high-lr', 141, B('yield_kg', YT), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.9, clipNorm: 1 }), tr(150, 32));
w('ok.curdle-big-batch-rmsprop', 142, B('curdle_fail'), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(300, 240));
w('ok.yield-narrow-deep-lecun', 143, B('yield_kg', YT), [d(8, 'tanh', { init: { name: 'lecun_normal' } }), d(8, 'tanh', { init: { name: 'lecun_normal' } }), d(8, 'tanh', { init: { name: 'lecun_normal' } }), d(8, 'tanh', { init: { name: 'lecun_normal' } }), d(1)], 'mse', opt('adam', 0.003), tr(200, 32));
w('ok.firmness-he-uniform-batch8', 144, B('firmness'), [d(32, 'relu', { init: { name: 'he_uniform' } }), d(4, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.8 }), tr(120, 8));

// second pass additions (written before the second observation)
w('lr-too-high.adam-point-three-tanh', 67, B('yield_kg', YT), [d(24, 'tanh'), d(1)], 'mse', opt('adam', 0.3), tr(120, 32));
w('lr-too-high.sgd-momentum-one-curdle', 68, B('curdle_fail'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 1.5, { momentum: 0.9 }), tr(120, 32));
w('lr-too-high.rmsprop-half-firmness', 69, B('firmness'), [d(32, 'elu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.5), tr(120, 32));
w('saturated-activation.tanh-raw-batches', 70, { csv: '../data/batches.csv', target: 'yield_kg', features: without(F, 'yield_kg'), normalizeTarget: 'standard' }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.001), tr(120, 32));
w('loss-plateau.deep-sigmoid-slow-sgd', 71, B('firmness'), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(150, 32));
w('loss-plateau.weight-decay-two-firmness', 72, B('firmness'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 2 }), tr(150, 32));
w('oscillating-loss.adam-batch-two-yield', 73, B('yield_kg', YT), [d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.03), tr(80, 2));
w('oscillating-loss.nesterov-batch-one-curdle', 74, B('curdle_fail'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.2, { momentum: 0.9, nesterov: true }), tr(60, 1));
console.log(`wrote ${count} candidates`);
