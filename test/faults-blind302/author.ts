/** Writes every candidate spec of blind302 (dumpling houses) into candidates/: `npx tsx test/faults-blind302/author.ts`. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type L = Record<string, unknown>;
const d = (units: number, activation?: string, extra: L = {}): L => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): L => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: L = {}): L => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: L = {}): L => ({ epochs, batchSize, ...extra });

const DAILY_F = ['weekday', 'temp_c', 'rain_mm', 'covers', 'delivery_orders', 'steamers_running', 'staff_on', 'promo', 'price_index', 'moon_phase'];
const DOUGH_F = ['hydration_pct', 'rest_min', 'flour_protein', 'kitchen_temp_c', 'folds', 'filling_g', 'steam_min', 'wrapper_mm'];
const VISIT_F = ['party_size', 'wait_min', 'bill_eur', 'baskets', 'tea_refills', 'rating'];
const STEAM_F = ['load_pieces', 'steam_kpa', 'duration_s', 'start_temp_c', 'lid_opens'];

const sales = (extra: L = {}): L => ({ csv: '../data/daily.csv', target: 'dumplings_sold', features: DAILY_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const sellout = (extra: L = {}): L => ({ csv: '../data/daily.csv', target: 'sold_out', features: DAILY_F, normalize: 'standard', ...extra });
const dough = (extra: L = {}): L => ({ csv: '../data/dough.csv', target: 'grade', features: DOUGH_F, normalize: 'standard', ...extra });
const visits = (extra: L = {}): L => ({ csv: '../data/visits-export.csv', target: 'returned_30d', features: VISIT_F, normalize: 'standard', ...extra });
const steam = (extra: L = {}): L => ({ csv: '../data/steamer-log.csv', target: ['core_temp_c', 'skin_moisture_pct'], features: STEAM_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });

let count = 0;
function spec(file: string, body: { seed?: number; data: L; layers: L[]; loss: string; optimizer?: L; training?: L }): void {
  const name = file.replace(/\.nn\.json$/, '');
  const json = { name, seed: body.seed ?? 302, data: body.data, layers: body.layers, loss: body.loss, ...(body.optimizer ? { optimizer: body.optimizer } : {}), ...(body.training ? { training: body.training } : {}) };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(json, null, 2) + '\n');
  count++;
}
/** Raw text for faults that are not valid JSON shapes of the generator. */
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), text);
  count++;
}

// ---------------- invalid-spec
spec('invalid-spec.adamw-optimizer', { data: sales(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adamw', 0.001, { weightDecay: 0.01 }), training: tr(80, 32) });
spec('invalid-spec.keras-loss-name', { data: dough(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('invalid-spec.dropout-as-percent', { data: visits(), layers: [d(16, 'relu'), drop(30), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 16) });
spec('invalid-spec.swish-activation', { data: steam(), layers: [d(24, 'swish'), d(2)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
spec('invalid-spec.validation-split-whole', { data: sellout(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32, { validationSplit: 1 }) });

// ---------------- data-error
spec('data-error.next-month-file', { data: sales({ csv: '../data/daily-2024-06.csv' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.branch-name-feature', { data: sales({ features: [...DAILY_F, 'branch'] }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(100, 32) });
spec('data-error.target-typo', { data: sellout({ target: 'soldout' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.till-offline-gaps', { data: sales({ csv: '../data/daily-gaps.csv' }), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.shared-drive-path', { data: dough({ csv: '../../../../../srv/kitchen/dough.csv' }), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 32) });

// ---------------- shape-mismatch
spec('shape-mismatch.grades-three-units', { data: dough(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(120, 32) });
spec('shape-mismatch.steamer-one-output', { data: steam(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(120, 32) });
spec('shape-mismatch.sellout-two-sigmoids', { data: sellout(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.grades-five-units', { data: dough(), layers: [d(24, 'elu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });

// ---------------- loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-grades', { data: dough(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(120, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: visits(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: dough(), layers: [d(24, 'tanh'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 32) });
spec('loss-activation-mismatch.relu-head-standard-target', { data: sales(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('loss-activation-mismatch.sigmoid-head-standard-target', { data: steam(), layers: [d(24, 'tanh'), d(2, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(120, 32) });

// ---------------- init-symmetry
spec('init-symmetry.zeros-hidden', { data: dough(), layers: [d(32, 'tanh', { init: 'zeros' }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(120, 32) });
spec('init-symmetry.constant-hidden', { data: sales(), layers: [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-symmetry.zeros-everywhere', { data: visits(), layers: [d(16, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });

// ---------------- init-scale
spec('init-scale.std-five', { data: sellout(), layers: [d(64, 'tanh', { init: 'normal', std: 5 }), d(32, 'tanh', { init: 'normal', std: 5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('init-scale.tiny-uniform-deep', { data: dough(), layers: [d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(4, 'softmax', { init: 'uniform', limit: 1e-5 })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('init-scale.std-forty-relu', { data: steam(), layers: [d(48, 'relu', { init: 'normal', std: 40 }), d(24, 'relu', { init: 'normal', std: 40 }), d(2)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });

// ---------------- no-nonlinearity
spec('no-nonlinearity.linear-stack-grades', { data: dough(), layers: [d(32), d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('no-nonlinearity.linear-hidden-circles', { data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.linear-hidden-xor', { data: { builtin: 'xor', samples: 300 }, layers: [d(8), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 16) });

// ---------------- lr-out-of-range
spec('lr-out-of-range.sgd-fifty', { data: sellout(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 50), training: tr(60, 32) });
spec('lr-out-of-range.adam-five', { data: dough(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 5), training: tr(60, 32) });
spec('lr-out-of-range.rmsprop-1e-9', { data: steam(), layers: [d(24, 'tanh'), d(2)], loss: 'mse', optimizer: opt('rmsprop', 1e-9), training: tr(80, 32) });

// ---------------- dead-relu
spec('dead-relu.negative-bias', { data: sales(), layers: [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
spec('dead-relu.sgd-kick', { data: steam(), layers: [d(32, 'relu'), d(32, 'relu'), d(2)], loss: 'mse', optimizer: opt('sgd', 0.8), training: tr(80, 16) });
spec('dead-relu.bias-minus-three-dough', { data: dough(), layers: [d(24, 'relu', { bias: -4 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });

// ---------------- exploding-gradient
spec('exploding-gradient.raw-sales-target', { data: sales({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
spec('exploding-gradient.deep-std-one', { data: sellout(), layers: [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.raw-steamer-seconds', { data: steam({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(24, 'relu'), d(2)], loss: 'mse', optimizer: opt('sgd', 0.0005, { momentum: 0.9 }), training: tr(60, 32) });

// ---------------- vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', { data: dough(), layers: [...Array.from({ length: 8 }, () => d(16, 'sigmoid')), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('vanishing-gradient.deep-tanh-small-init', { data: sellout(), layers: [...Array.from({ length: 6 }, () => d(24, 'tanh', { init: 'normal', std: 0.01 })), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('vanishing-gradient.sigmoid-tower-visits', { data: visits(), layers: [...Array.from({ length: 7 }, () => d(12, 'sigmoid', { init: 'xavier_normal' })), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02), training: tr(100, 16) });

// ---------------- nan-loss
spec('nan-loss.raw-sales-sgd', { data: sales({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(40, 32) });
spec('nan-loss.raw-steamer-momentum', { data: steam({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'tanh'), d(16, 'relu'), d(2)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.95 }), training: tr(40, 8) });
spec('nan-loss.sales-linear-lr-one', { data: sales({ normalize: 'none' }), layers: [d(8), d(1)], loss: 'mse', optimizer: opt('sgd', 1), training: tr(30, 32) });

// ---------------- lr-too-high
spec('lr-too-high.sgd-two-dough', { data: dough(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 2), training: tr(80, 32) });
spec('lr-too-high.adam-point-three', { data: sales(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.3), training: tr(80, 32) });
spec('lr-too-high.rmsprop-point-one', { data: visits(), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.1), training: tr(80, 16) });
spec('lr-too-high.nesterov-half', { data: steam(), layers: [d(32, 'elu'), d(16, 'elu'), d(2)], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });

// ---------------- lr-too-low
spec('lr-too-low.sgd-1e-5', { data: dough(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-5), training: tr(150, 32) });
spec('lr-too-low.adam-1e-6', { data: sales(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 1e-6), training: tr(150, 32) });
spec('lr-too-low.rmsprop-2e-6', { data: visits(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 2e-6), training: tr(150, 32) });
spec('lr-too-low.momentum-full-batch', { data: steam(), layers: [d(24, 'relu'), d(2)], loss: 'mse', optimizer: opt('sgd', 1e-4, { momentum: 0.5 }), training: tr(200, 300) });

// ---------------- saturated-activation
spec('saturated-activation.raw-features-sigmoid', { data: sellout({ normalize: 'none' }), layers: [d(24, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('saturated-activation.tanh-std-three', { data: dough(), layers: [d(48, 'tanh', { init: 'normal', std: 3 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('saturated-activation.sigmoid-bias-ten', { data: visits(), layers: [d(16, 'sigmoid', { bias: 10 }), d(8, 'sigmoid', { bias: 10 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('saturated-activation.raw-steamer-tanh', { data: steam({ normalize: 'none' }), layers: [d(32, 'tanh'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });

// ---------------- loss-plateau
spec('loss-plateau.weight-decay-one', { data: dough(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005, { weightDecay: 1 }), training: tr(120, 32) });
spec('loss-plateau.one-unit-bottleneck-circles', { data: { builtin: 'circles', samples: 400, noise: 0.05 }, layers: [d(1, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('loss-plateau.dropout-ninety', { data: sales(), layers: [d(16, 'relu'), drop(0.9), d(8, 'relu'), drop(0.9), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('loss-plateau.clip-tiny-sgd', { data: steam(), layers: [d(24, 'tanh'), d(2)], loss: 'mse', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(120, 32) });

// ---------------- oscillating-loss
spec('oscillating-loss.adam-batch-one', { data: visits(), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(60, 1) });
spec('oscillating-loss.momentum-099', { data: sales(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: tr(100, 32) });
spec('oscillating-loss.rmsprop-batch-two', { data: dough(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.03), training: tr(60, 2) });
spec('oscillating-loss.sgd-full-batch-edge', { data: steam(), layers: [d(16, 'linear'), d(2)], loss: 'mse', optimizer: opt('sgd', 0.9), training: tr(100, 300) });

// ---------------- healthy
spec('ok.sales-adam-relu', { data: sales(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('ok.sales-sgd-momentum-elu', { data: sales(), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(120, 16) });
spec('ok.sales-rmsprop-tanh-val', { data: sales(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 32, { validationSplit: 0.2 }) });
spec('ok.sales-minmax-leaky', { data: sales({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
spec('ok.sales-linear-model', { data: sales(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.sales-batchnorm-deep', { data: sales(), layers: [d(48, 'relu', { batchNorm: true }), d(24, 'relu', { batchNorm: true }), d(12, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.sales-nesterov-dropout', { data: sales(), layers: [d(48, 'relu'), drop(0.2), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
spec('ok.sales-full-batch-adam', { data: sales(), layers: [d(16, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 480) });
spec('ok.sellout-adam', { data: sellout(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.sellout-sgd-tanh', { data: sellout(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 16) });
spec('ok.sellout-weight-decay-clip', { data: sellout(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 5 }), training: tr(80, 32, { validationSplit: 0.25 }) });
spec('ok.sellout-logistic', { data: sellout(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2), training: tr(100, 32) });
spec('ok.dough-adam-relu', { data: dough(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(120, 32) });
spec('ok.dough-rmsprop-elu', { data: dough(), layers: [d(32, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(120, 16) });
spec('ok.dough-sgd-momentum-tanh', { data: dough(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.dough-batch-one-sgd', { data: dough(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.005), training: tr(60, 1) });
spec('ok.dough-minmax-leaky-dropout', { data: dough({ normalize: 'minmax' }), layers: [d(64, 'leaky_relu'), drop(0.3), d(32, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.dough-batchnorm-sgd', { data: dough(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(120, 32) });
spec('ok.dough-lecun-tanh-val', { data: dough(), layers: [d(40, 'tanh', { init: 'lecun_normal' }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 64, { validationSplit: 0.2 }) });
spec('ok.visits-adam', { data: visits(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('ok.visits-rmsprop-tanh', { data: visits(), layers: [d(12, 'tanh'), d(6, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(100, 16) });
spec('ok.visits-two-class-softmax', { data: visits(), layers: [d(16, 'elu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.8 }), training: tr(100, 32) });
spec('ok.visits-uniform-init-nesterov', { data: visits(), layers: [d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid', { init: 'xavier_normal' })], loss: 'bce', optimizer: opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), training: tr(100, 8) });
spec('ok.steamer-adam', { data: steam(), layers: [d(32, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.steamer-sgd-tanh', { data: steam(), layers: [d(24, 'tanh'), d(2)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(150, 16) });
spec('ok.steamer-linear-regression', { data: steam(), layers: [d(2)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(150, 32) });
spec('ok.steamer-deep-elu-clip', { data: steam(), layers: [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.002, { clipNorm: 1 }), training: tr(120, 32, { validationSplit: 0.15 }) });
spec('ok.steamer-small-normal-init', { data: steam(), layers: [d(24, 'relu', { init: 'normal', std: 0.2 }), d(2, 'linear', { init: 'normal', std: 0.1 })], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 16) });
spec('ok.moons-relu', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 400, noise: 0.05 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.spirals-three-arm', { data: { builtin: 'spirals', samples: 450, noise: 0.05, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(300, 32) });
spec('ok.blobs-five-logistic', { data: { builtin: 'blobs', samples: 400, classes: 5, noise: 0.3 }, layers: [d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
spec('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(12, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.xor-sigmoid-hidden', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(8, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.03), training: tr(300, 16) });
spec('ok.inline-steamer-baskets', { data: { inline: { x: [[10, 1], [12, 2], [15, 1], [18, 3], [20, 2], [22, 1], [25, 3], [28, 2], [30, 1], [32, 3], [35, 2], [38, 1]], y: [68, 71, 78, 80, 86, 91, 93, 98, 104, 104, 111, 118] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(4, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 12) });
spec('ok.inline-menu-labels', { data: { inline: { x: [[0.2, 0.9], [0.3, 0.8], [0.25, 0.95], [0.8, 0.2], [0.9, 0.1], [0.85, 0.3], [0.5, 0.5], [0.55, 0.45], [0.1, 0.7], [0.95, 0.25], [0.45, 0.55], [0.6, 0.4]], y: ['veg', 'veg', 'veg', 'pork', 'pork', 'pork', 'shrimp', 'shrimp', 'veg', 'pork', 'shrimp', 'shrimp'] } }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.03), training: tr(300, 4) });
spec('ok.sales-unusual-sigmoid-hidden-sgd', { data: sales(), layers: [d(32, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.2), training: tr(200, 16) });
spec('ok.dough-unusual-wide-shallow-batch-full', { data: dough(), layers: [d(128, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(300, 420) });
spec('ok.sellout-rmsprop-batch-four', { data: sellout(), layers: [d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.0005), training: tr(60, 4) });
spec('ok.visits-weight-decay-sgd', { data: visits(), layers: [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { weightDecay: 1e-3 }), training: tr(150, 32) });
spec('ok.steamer-minmax-sigmoid-hidden', { data: steam({ normalize: 'minmax' }), layers: [d(16, 'sigmoid'), d(2)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(200, 32) });
spec('ok.moons-deep-leaky-clip-sgd', { data: { builtin: 'moons', samples: 400, noise: 0.1 }, layers: [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9, clipNorm: 2 }), training: tr(150, 32) });

// ---------------- second pass (added after the first observation, to fill codes whose candidates did not show their fault)
spec('nan-loss.raw-steamer-linear-momentum', { data: steam({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(8), d(2)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(30, 32) });
spec('exploding-gradient.deep-relu-std-point-eight', { data: sales(), layers: [...Array.from({ length: 6 }, () => d(32, 'relu', { init: 'normal', std: 0.8 })), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-4), training: tr(40, 32) });
spec('exploding-gradient.raw-covers-deep', { data: sales({ normalize: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6, { momentum: 0.9 }), training: tr(40, 32) });
spec('loss-plateau.weight-decay-half-sales', { data: sales(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 0.5 }), training: tr(120, 32) });
spec('loss-plateau.xor-sigmoid-plain-sgd', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(4, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(150, 32) });
spec('loss-plateau.weight-decay-visits-rmsprop', { data: visits(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003, { weightDecay: 2 }), training: tr(100, 32) });
spec('oscillating-loss.linear-full-batch-over-edge', { data: steam(), layers: [d(2)], loss: 'mse', optimizer: opt('sgd', 1.05), training: tr(100, 300) });
spec('oscillating-loss.adam-point-one-batch-one', { data: dough(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.1), training: tr(40, 1) });
spec('oscillating-loss.momentum-batch-four-visits', { data: visits(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.95 }), training: tr(60, 4) });
raw('invalid-spec.trailing-comment-comma', '{\n  "name": "invalid-spec.trailing-comment-comma",\n  "seed": 302,\n  "data": {"csv": "../data/daily.csv", "target": "sold_out", "normalize": "standard", "features": ["covers", "rain_mm", "promo"]},\n  "layers": [\n    {"type": "dense", "units": 16, "activation": "relu"},\n    {"type": "dense", "units": 1, "activation": "sigmoid"}\n  ],\n  "loss": "bce",\n  "optimizer": {"type": "adam", "lr": 0.003, "momentum": 0.9},\n  "training": {"epochs": "100", "batchSize": 32}\n}\n');
console.log(`${count} candidates`);
