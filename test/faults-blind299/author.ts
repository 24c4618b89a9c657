/**
 * Writes every candidate spec of fault set blind299 (churro and crepe stands) into candidates/.
 * Run from the repo root: npx tsx test/faults-blind299/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type J = Record<string, unknown>;
let count = 0;
function put(file: string, s: J): void {
  fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify({ name: file, ...s }, null, 2) + '\n');
  count++;
}
const d = (units: number, activation = 'linear', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const sgd = (lr: number, extra: J = {}): J => ({ type: 'sgd', lr, ...extra });
const adam = (lr: number, extra: J = {}): J => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: J = {}): J => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });

const SALES_F = ['temp_c', 'rain_mm', 'foot_traffic', 'is_weekend', 'event_nearby', 'price_eur', 'price_local_cents', 'staff', 'till_no'];
const sales = (normalize = 'standard', normalizeTarget = 'standard', extra: J = {}): J =>
  ({ csv: '../data/stand_days.csv', target: 'churros_sold', features: SALES_F, normalize, normalizeTarget, ...extra });
const ORD_F = ['hour', 'temp_c', 'group_size', 'kids_in_group', 'spend_prev_visit', 'loyalty_stamps'];
const orders = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/orders.csv', target: 'filling', features: ORD_F, normalize, ...extra });
const BAT_F = ['batter_temp_c', 'rest_min', 'flour_g', 'milk_ml', 'eggs', 'oil_temp_c', 'humidity_pct'];
const batter = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/batter_batches.csv', target: 'rejected', features: BAT_F, normalize, ...extra });
const batterEu = (normalize = 'standard'): J => ({ csv: '../data/batter_batches_eu.csv', target: 'rejected', features: BAT_F, normalize });
const Q_F = ['queue_len', 'staff_on', 'crepes_in_order', 'savory_share', 'griddles_hot', 'minute_of_day'];
const queue = (normalize = 'standard', normalizeTarget = 'standard', extra: J = {}): J =>
  ({ csv: '../data/queue_waits.tsv', target: 'wait_min', features: Q_F, normalize, normalizeTarget, ...extra });

function S(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J): void {
  put(file, { seed, data, layers, loss, optimizer, training });
}

// ---------------- invalid-spec ----------------
S('invalid-spec.adamw-optimizer', 3, sales(), [d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(100, 32));
S('invalid-spec.activation-Relu', 4, orders(), [d(24, 'Relu'), d(12, 'Relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
S('invalid-spec.loss-keras-name', 5, batter(), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.005), tr(80, 16));
S('invalid-spec.dropout-as-percent', 6, orders(), [d(32, 'relu'), drop(30), d(4, 'softmax')], 'cce', adam(0.002), tr(60, 32));
S('invalid-spec.validation-split-one', 7, queue(), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(100, 16, { validationSplit: 1.0 }));
S('invalid-spec.batchsize-zero', 8, sales(), [d(12, 'relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 0));
S('invalid-spec.init-glorot', 9, batter(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));

// ---------------- data-error ----------------
S('data-error.file-name-typo', 10, { ...sales(), csv: '../data/stand_day.csv' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
S('data-error.stand-id-as-feature', 11, sales('standard', 'standard', { features: [...SALES_F, 'stand_id'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
S('data-error.target-typo', 12, { ...orders(), target: 'fillings' }, [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(60, 32));
S('data-error.na-export', 13, { ...sales(), csv: '../data/stand_days_gaps.csv' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
S('data-error.outside-workspace', 14, { ...batter(), csv: '../../../../../home/shared/batter_batches.csv' }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 32));
S('data-error.date-as-feature', 15, queue('standard', 'standard', { features: ['ticket', ...Q_F] }), [d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(60, 32));

// ---------------- shape-mismatch ----------------
S('shape-mismatch.three-fillings', 16, orders(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(80, 32));
S('shape-mismatch.bce-two-units', 17, batter(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
S('shape-mismatch.sales-two-outputs', 18, sales(), [d(16, 'relu'), d(2)], 'mse', adam(0.003), tr(100, 32));
S('shape-mismatch.iris-two-units', 19, { builtin: 'iris', normalize: 'standard' }, [d(10, 'tanh'), d(2, 'softmax')], 'cce', adam(0.01), tr(100, 16));
S('shape-mismatch.orders-five-classes', 20, orders(), [d(32, 'elu'), d(16, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(80, 64));

// ---------------- loss-activation-mismatch ----------------
S('loss-activation-mismatch.softmax-mse-sales', 21, sales(), [d(16, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(100, 32));
S('loss-activation-mismatch.bce-linear-head', 22, batter(), [d(16, 'relu'), d(1, 'linear')], 'bce', adam(0.003), tr(80, 32));
S('loss-activation-mismatch.cce-sigmoid-head', 23, orders(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.003), tr(80, 32));
S('loss-activation-mismatch.relu-head-std-target', 24, queue(), [d(16, 'relu'), d(1, 'relu')], 'mse', adam(0.003), tr(120, 32));
S('loss-activation-mismatch.tanh-head-raw-churros', 25, sales('standard', 'none'), [d(16, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(100, 32));
S('loss-activation-mismatch.sigmoid-head-raw-wait', 26, queue('standard', 'none'), [d(12, 'elu'), d(1, 'sigmoid')], 'mse', rms(0.003), tr(100, 32));

// ---------------- init-symmetry ----------------
S('init-symmetry.zeros-hidden-orders', 27, orders(), [d(32, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
S('init-symmetry.constant-hidden-batter', 28, batter(), [d(16, 'relu', { init: 'constant', value: 0.1 }), d(8, 'relu', { init: 'constant', value: 0.1 }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
S('init-symmetry.zeros-two-layers-sales', 29, sales(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(100, 32));
S('init-symmetry.constant-tanh-queue', 30, queue(), [d(20, 'tanh', { init: 'constant', value: 0.05 }), d(1)], 'mse', rms(0.002), tr(120, 16));
S('init-symmetry.zeros-moons', 31, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(200, 32));

// ---------------- init-scale ----------------
S('init-scale.normal-std-20-sales', 32, sales(), [d(32, 'relu', { init: 'normal', std: 20 }), d(16, 'relu', { init: 'normal', std: 20 }), d(1)], 'mse', adam(0.001), tr(100, 32));
S('init-scale.uniform-tiny-deep', 33, orders(), [d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(4, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', sgd(0.01, { momentum: 0.9 }), tr(60, 32));
S('init-scale.tanh-std-8', 34, batter(), [d(24, 'tanh', { init: 'normal', std: 8 }), d(12, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', sgd(0.02), tr(100, 32));
S('init-scale.normal-std-1e-4-deep', 35, queue(), [d(24, 'elu', { init: 'normal', std: 1e-4 }), d(24, 'elu', { init: 'normal', std: 1e-4 }), d(24, 'elu', { init: 'normal', std: 1e-4 }), d(1, 'linear', { init: 'normal', std: 1e-4 })], 'mse', sgd(0.01), tr(100, 32));
S('init-scale.uniform-limit-15', 36, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'sigmoid', { init: 'uniform', limit: 15 }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));

// ---------------- no-nonlinearity ----------------
S('no-nonlinearity.linear-stack-orders', 37, orders(), [d(32), d(16), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 32));
S('no-nonlinearity.linear-moons', 38, { builtin: 'moons', samples: 400, noise: 0.1 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 32));
S('no-nonlinearity.linear-circles', 39, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(24), d(12), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 16));
S('no-nonlinearity.linear-queue', 40, queue(), [d(32, 'linear', { init: 'he_normal' }), d(16, 'linear', { init: 'he_normal' }), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(150, 32));
S('no-nonlinearity.linear-xor', 41, { builtin: 'xor', samples: 300 }, [d(8), d(8), d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 32));

// ---------------- lr-out-of-range ----------------
S('lr-out-of-range.adam-lr-5', 42, orders(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(5), tr(60, 32));
S('lr-out-of-range.sgd-lr-80', 43, batter(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(80), tr(60, 32));
S('lr-out-of-range.rmsprop-1e-9', 44, sales(), [d(16, 'relu'), d(1)], 'mse', rms(1e-9), tr(100, 32));
S('lr-out-of-range.sgd-1e-8', 45, queue(), [d(16, 'tanh'), d(1)], 'mse', sgd(1e-8, { momentum: 0.9 }), tr(150, 32));
S('lr-out-of-range.adam-lr-20', 46, { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(20), tr(100, 32));

// ---------------- dead-relu ----------------
S('dead-relu.bias-minus-6', 47, sales(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.002), tr(100, 32));
S('dead-relu.raw-traffic-sgd', 48, sales('none', 'standard'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(100, 32));
S('dead-relu.big-lr-killed', 49, orders(), [d(48, 'relu'), d(24, 'relu'), d(4, 'softmax')], 'cce', sgd(3, { momentum: 0.9 }), tr(60, 16));
S('dead-relu.bias-minus-4-batter', 50, batter(), [d(24, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
S('dead-relu.negative-constant-bias-queue', 51, queue(), [d(16, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1)], 'mse', rms(0.001), tr(100, 32));

// ---------------- exploding-gradient ----------------
S('exploding-gradient.raw-everything-sales', 52, sales('none', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(60, 32));
S('exploding-gradient.raw-grams-batter-deep', 53, batter('none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.9 }), tr(60, 32));
S('exploding-gradient.deep-std-1-relu', 54, queue(), [d(48, 'relu', { init: 'normal', std: 1 }), d(48, 'relu', { init: 'normal', std: 1 }), d(48, 'relu', { init: 'normal', std: 1 }), d(48, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', sgd(0.001), tr(50, 32));
S('exploding-gradient.raw-target-rmsprop', 55, sales('standard', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.005, { momentum: 0.9 }), tr(60, 32));
S('exploding-gradient.raw-minute-of-day', 56, queue('none', 'none'), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', sgd(0.0005), tr(60, 16));

// ---------------- vanishing-gradient ----------------
S('vanishing-gradient.deep-sigmoid-orders', 57, orders(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.01), tr(60, 32));
S('vanishing-gradient.deep-sigmoid-batter', 58, batter(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.5 }), tr(80, 32));
S('vanishing-gradient.deep-tanh-small-init', 59, queue(), [d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(80, 32));
S('vanishing-gradient.sigmoid-tower-spirals', 60, { builtin: 'spirals', samples: 300, classes: 2 }, [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 32));

// ---------------- nan-loss ----------------
S('nan-loss.sgd-raw-churros', 61, sales('none', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', sgd(0.05), tr(60, 32));
S('nan-loss.sgd-momentum-raw-waits', 62, queue('none', 'none'), [d(16, 'tanh'), d(1)], 'mse', sgd(0.1, { momentum: 0.9 }), tr(60, 8));
S('nan-loss.huge-init-linear-deep', 63, sales('none', 'none'), [d(32, 'linear', { init: 'normal', std: 50 }), d(32, 'linear', { init: 'normal', std: 50 }), d(1)], 'mse', sgd(0.01), tr(30, 32));
S('nan-loss.rmsprop-raw-sales-deep', 64, sales('none', 'none'), [d(64, 'relu', { init: 'normal', std: 3 }), d(64, 'relu', { init: 'normal', std: 3 }), d(64, 'relu', { init: 'normal', std: 3 }), d(1)], 'mse', sgd(0.1), tr(30, 64));

// ---------------- lr-too-high ----------------
S('lr-too-high.adam-0.5-orders', 65, orders(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.5), tr(80, 32));
S('lr-too-high.sgd-4-moons', 66, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(4, { momentum: 0.9 }), tr(150, 32));
S('lr-too-high.rmsprop-0.2-batter', 67, batter(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.2), tr(80, 32));
S('lr-too-high.adam-0.3-queue', 68, queue(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.3), tr(100, 32));
S('lr-too-high.nesterov-1.5-sales', 69, sales(), [d(24, 'tanh'), d(1)], 'mse', sgd(1.5, { momentum: 0.9, nesterov: true }), tr(100, 32));

// ---------------- lr-too-low ----------------
S('lr-too-low.sgd-1e-5-orders', 70, orders(), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(1e-5), tr(100, 32));
S('lr-too-low.adam-1e-6-batter', 71, batter(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(1e-6), tr(150, 32));
S('lr-too-low.rmsprop-2e-6-sales', 72, sales(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(2e-6), tr(120, 32));
S('lr-too-low.sgd-momentum-1e-5-queue', 73, queue(), [d(24, 'elu'), d(1)], 'mse', sgd(1e-5, { momentum: 0.9 }), tr(150, 64));
S('lr-too-low.adam-5e-6-iris', 74, { builtin: 'iris', normalize: 'standard' }, [d(12, 'relu'), d(3, 'softmax')], 'cce', adam(5e-6), tr(200, 16));

// ---------------- saturated-activation ----------------
S('saturated-activation.sigmoid-raw-traffic', 75, sales('none', 'standard'), [d(24, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(100, 32));
S('saturated-activation.tanh-raw-batter', 76, batter('none'), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
S('saturated-activation.sigmoid-bias-8', 77, orders(), [d(32, 'sigmoid', { bias: 8 }), d(4, 'softmax')], 'cce', sgd(0.05), tr(80, 32));
S('saturated-activation.tanh-raw-minutes', 78, queue('none', 'standard'), [d(16, 'tanh'), d(16, 'tanh'), d(1)], 'mse', rms(0.001), tr(100, 32));
S('saturated-activation.sigmoid-std-6', 79, { builtin: 'moons', samples: 300 }, [d(32, 'sigmoid', { init: 'normal', std: 6 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(150, 32));

// ---------------- loss-plateau ----------------
S('loss-plateau.heavy-weight-decay', 80, orders(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003, { weightDecay: 2 }), tr(100, 32));
S('loss-plateau.dropout-0.9-tiny', 81, sales(), [d(8, 'relu'), drop(0.9), d(1)], 'mse', adam(0.003), tr(150, 32));
S('loss-plateau.one-unit-spirals', 82, { builtin: 'spirals', samples: 400, classes: 3 }, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(200, 32));
S('loss-plateau.sgd-sigmoid-circles', 83, { builtin: 'circles', samples: 400, noise: 0.05 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(200, 32));
S('loss-plateau.clipnorm-tiny', 84, queue(), [d(24, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1e-4 }), tr(150, 32));

// ---------------- oscillating-loss ----------------
S('oscillating-loss.adam-0.05-batch-1', 85, batter(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(60, 1));
S('oscillating-loss.momentum-0.99-sgd', 86, queue(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.1, { momentum: 0.99 }), tr(120, 16));
S('oscillating-loss.rmsprop-0.03-batch-2', 87, orders(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.03), tr(60, 2));
S('oscillating-loss.sgd-full-batch-edge', 88, sales(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.9), tr(200, 480));
S('oscillating-loss.adam-0.02-batch-4-sales', 89, sales(), [d(32, 'relu'), d(1)], 'mse', adam(0.02), tr(80, 4));

// ================= healthy =================
S('ok.sales-adam-relu', 100, sales(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
S('ok.sales-sgd-momentum-tanh', 101, sales(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.02, { momentum: 0.9 }), tr(150, 32));
S('ok.sales-rmsprop-elu-minmax', 102, sales('minmax', 'standard'), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
S('ok.sales-batchnorm-dropout', 103, sales(), [d(48, 'relu', { batchNorm: true }), drop(0.1), d(24, 'relu'), d(1)], 'mse', adam(0.002), tr(150, 64, { validationSplit: 0.2 }));
S('ok.sales-linear-regression', 104, sales(), [d(1)], 'mse', sgd(0.03), tr(150, 32));
S('ok.sales-nesterov-leaky', 105, sales(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9, nesterov: true }), tr(150, 32));
S('ok.sales-target-minmax-full-batch', 106, sales('standard', 'minmax'), [d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(400, 480));
S('ok.sales-weight-decay-clip', 107, sales(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.001, { weightDecay: 1e-4, clipNorm: 5 }), tr(120, 16));
S('ok.orders-adam-relu', 110, orders(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(150, 32));
S('ok.orders-sgd-momentum-tanh', 111, orders(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(150, 32));
S('ok.orders-rmsprop-elu-val', 112, orders(), [d(32, 'elu'), d(16, 'elu'), d(4, 'softmax')], 'cce', rms(0.001), tr(150, 32, { validationSplit: 0.2 }));
S('ok.orders-batchnorm', 113, orders(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 64));
S('ok.orders-minmax-sigmoid-hidden', 114, orders('minmax'), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.01), tr(200, 32));
S('ok.orders-batch-1-sgd', 115, orders(), [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.005), tr(40, 1));
S('ok.orders-deep-narrow-adam', 116, orders(), [d(16, 'relu'), d(16, 'relu'), d(16, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.002), tr(150, 32));
S('ok.batter-adam-tanh', 120, batter(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150, 32));
S('ok.batter-eu-export', 121, batterEu(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(150, 32));
S('ok.batter-logistic', 122, batter(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(200, 32));
S('ok.batter-rmsprop-dropout', 123, batter(), [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), tr(150, 16, { validationSplit: 0.15 }));
S('ok.batter-nesterov-elu', 124, batter(), [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(150, 32));
S('ok.batter-full-batch-adam', 125, batter('minmax'), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(400, 420));
S('ok.batter-cce-two-classes', 126, batter(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.003), tr(150, 32));
S('ok.queue-adam-relu', 130, queue(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
S('ok.queue-sgd-tanh', 131, queue(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(200, 16));
S('ok.queue-rmsprop-leaky-batchnorm', 132, queue(), [d(32, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', rms(0.002), tr(150, 32));
S('ok.queue-batch-2-adam', 133, queue(), [d(16, 'elu'), d(1)], 'mse', adam(0.0005), tr(60, 2));
S('ok.queue-deep-xavier-tanh', 134, queue('minmax', 'standard'), [d(24, 'tanh', { init: 'xavier_normal' }), d(24, 'tanh', { init: 'xavier_normal' }), d(24, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.002), tr(150, 32));
S('ok.queue-lecun-elu-clip', 135, queue(), [d(32, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.02, { momentum: 0.8, clipNorm: 1 }), tr(200, 32));
S('ok.moons-relu-adam', 140, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 32));
S('ok.circles-tanh-sgd', 141, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), tr(300, 32));
S('ok.spirals-deep-adam', 142, { builtin: 'spirals', samples: 300, classes: 3 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(400, 32));
S('ok.iris-rmsprop', 143, { builtin: 'iris', normalize: 'standard' }, [d(10, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(200, 16));
S('ok.blobs-four-classes', 144, { builtin: 'blobs', samples: 400, classes: 4 }, [d(8, 'elu'), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(150, 32));
S('ok.sine-tanh-adam', 145, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(400, 32));
S('ok.xor-uniform-init', 146, { builtin: 'xor', samples: 300 }, [d(8, 'tanh', { init: 'uniform', limit: 0.5 }), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 32));
S('ok.inline-topping-cost', 147, { inline: { x: [[1, 0], [2, 0], [3, 0], [1, 1], [2, 1], [3, 1], [4, 0], [4, 1], [0, 1], [0, 0]], y: [0.6, 1.2, 1.8, 1.4, 2.0, 2.6, 2.4, 3.2, 0.8, 0.0] } }, [d(1)], 'mse', sgd(0.05), tr(300, 10));
S('ok.inline-sold-out-label', 148, { inline: { x: [[30, 1], [12, 0], [45, 1], [8, 0], [25, 1], [5, 0], [40, 0], [15, 1], [35, 1], [10, 0], [50, 1], [3, 0]], y: ['sold_out', 'left', 'sold_out', 'left', 'sold_out', 'left', 'sold_out', 'left', 'sold_out', 'left', 'sold_out', 'left'] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(200, 12));
S('ok.sales-normal-init-std', 149, sales(), [d(32, 'relu', { init: 'normal', std: 0.1 }), d(1, 'linear', { init: 'normal', std: 0.1 })], 'mse', rms(0.001), tr(150, 32));
S('ok.orders-he-uniform-wide', 150, orders(), [d(128, 'relu', { init: 'he_uniform' }), drop(0.3), d(4, 'softmax')], 'cce', adam(0.001, { weightDecay: 1e-4 }), tr(100, 128));
S('ok.batter-sigmoid-hidden-sgd', 151, batter(), [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.5, { momentum: 0.5 }), tr(200, 32));
S('ok.moons-batch-1-rmsprop', 152, { builtin: 'moons', samples: 200, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60, 1));

S('ok.queue-batchnorm-wide', 153, queue(), [d(64, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(150, 32));
S('ok.orders-nesterov-elu', 154, orders(), [d(48, 'elu'), d(24, 'elu'), d(4, 'softmax')], 'cce', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(150, 32));
S('ok.sales-rmsprop-deep-tanh', 155, sales(), [d(32, 'tanh'), d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', rms(0.001), tr(150, 32));
S('ok.batter-adam-batch-8-val', 156, batter(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100, 8, { validationSplit: 0.2 }));

console.log(`wrote ${count} candidates`);
