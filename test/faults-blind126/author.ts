/**
 * Writes every candidate spec of blind fault set 126 (opticians and hearing-aid shops) into
 * candidates/: `npx tsx test/faults-blind126/author.ts`. Intended faults are named `<code>.<slug>`,
 * intended healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');
const specs: Record<string, Json> = {};

function d(units: number, activation?: string, extra: Json = {}): Json {
  return activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });
function add(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  specs[file] = { name, seed: 126, data, layers, loss, optimizer, training, ...extra };
}

const LF = ['age_y', 'axial_length_mm', 'keratometry_d', 'screen_h_day', 'outdoor_h_day', 'myopic_parents'];
const lens = (x: Json = {}): Json => ({ csv: '../data/lens.csv', target: 'sphere_d', features: LF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const PF = ['age_y', 'hearing_loss_db', 'sphere_d', 'near_add_d', 'invoice_cents', 'fitting_min'];
const prod = (x: Json = {}): Json => ({ csv: '../data/product.csv', target: 'product_line', features: PF, normalize: 'standard', ...x });
const RF = ['age_y', 'hearing_loss_db', 'fitting_min', 'battery_h', 'follow_ups', 'price_cents', 'first_aid'];
const ret = (x: Json = {}): Json => ({ csv: '../data/returned.csv', target: 'returned', features: RF, normalize: 'standard', ...x });
const IF = ['frames', 'lens_index', 'coating_tier', 'varifocal', 'frame_price_eur', 'insurance_share'];
const inv = (x: Json = {}): Json => ({ csv: '../data/invoice.csv', target: 'invoice_cents', features: IF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const WF = ['weekday', 'staff', 'audiologists', 'footfall', 'promo', 'referrals'];
const wait = (x: Json = {}): Json => ({ csv: '../data/waiting.csv', target: 'waiting_days', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const frames = (x: Json = {}): Json => wait({ target: 'frames_sold', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 240, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// An audiologist's notebook: hearing loss at 2 kHz and 4 kHz (dB HL) -> fitted with an aid (1) or not (0).
const INLINE_AUDIO = {
  inline: {
    x: [[10, 15], [15, 25], [20, 30], [25, 20], [30, 45], [35, 50], [40, 55], [45, 60], [50, 65], [55, 60], [60, 70], [65, 75], [12, 35], [18, 40], [22, 15], [28, 30], [38, 40], [42, 62], [48, 52], [58, 80], [8, 10], [33, 58], [44, 35], [70, 85]],
    y: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1],
  },
  normalize: 'minmax',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'sphere-dioptres', lens(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.sparse-categorical-loss', 'product-line', prod(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.gelu-activation', 'waiting-days', wait(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.dropout-rate-1', 'returned-device', ret(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('invalid-spec.batch-size-zero', 'invoice-cents', inv(), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 0));
add('invalid-spec.units-zero-hidden', 'iris-demo', IRIS, [d(0, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(60, 16));

add('data-error.na-axial-length', 'sphere-dioptres-na', lens({ csv: '../data/lens-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.exam-timestamp-feature', 'sphere-dioptres', lens({ features: ['exam_ts', ...LF] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.target-sphere-typo', 'sphere-dioptres', lens({ target: 'sphere' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.store-id-feature-waiting', 'waiting-days', wait({ features: ['store_id', ...WF] }), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.customer-id-feature', 'product-line', prod({ features: ['customer_id', ...PF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.date-feature-frames', 'frames-sold', frames({ features: ['date', 'weekday', 'staff', 'footfall', 'promo'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.product-three-heads-spectacles-only', 'product-line', prod(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.returned-two-sigmoid-heads', 'returned-device', ret(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.waiting-and-frames-three-outputs', 'store-day', wait({ target: ['waiting_days', 'frames_sold'], features: ['weekday', 'staff', 'audiologists', 'footfall', 'promo', 'referrals'] }), [d(32, 'relu'), d(3)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.blobs4-two-heads', 'store-cluster-blobs', BLOBS4, [d(16, 'tanh'), d(2, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.single-softmax-head-bce', 'returned-device', ret(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-negative-dioptres', 'sphere-dioptres-raw-target', lens({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-product', 'product-line', prod(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-inline', 'aid-fitted', INLINE_AUDIO, [d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.sigmoid-head-standardized-invoice', 'invoice-cents', inv(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', mom(0.01), tr(60));

add('no-nonlinearity.circles-linear-adam-dropout', 'frame-rim-circles', CIRCLES, [d(32, 'linear'), drop(0.1), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.xor-linear-bn-rmsprop', 'two-ear-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.spirals-default-activation-nesterov', 'lens-grind-spirals', SPIRALS, [d(64), d(64), d(64), d(1, 'sigmoid')], 'bce', nest(0.02), tr(150, 16));
add('no-nonlinearity.sine-linear-batch-1', 'daily-footfall-sine', SINE, [d(32), d(32), d(1)], 'mse', sgd(0.005), tr(40, 1));

add('lr-out-of-range.adam-lr-10-product', 'product-line', prod(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(30));
add('lr-out-of-range.rmsprop-lr-30-lens', 'sphere-dioptres', lens(), [d(32, 'tanh'), d(1)], 'mse', rms(30), tr(30));
add('lr-out-of-range.nesterov-1e-9-invoice', 'invoice-cents', inv(), [d(32, 'elu'), d(1)], 'mse', nest(1e-9), tr(40));
add('lr-out-of-range.negative-lr-waiting', 'waiting-days', wait(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.constant-0.3-tanh-product', 'product-line', prod(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', mom(0.05), tr(50));
add('init-symmetry.zeros-sigmoid-waiting', 'waiting-days', wait(), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.05-elu-nesterov-spirals', 'lens-grind-spirals', SPIRALS, [d(32, 'elu', init('constant', { value: 0.05 })), d(32, 'elu', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', nest(0.05), tr(150, 16));
add('init-symmetry.zeros-tanh-iris-rmsprop', 'iris-demo', IRIS, [d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.005), tr(80, 8));
add('init-symmetry.constant-1-sigmoid-moons', 'lens-edge-moons', MOONS, [d(24, 'sigmoid', init('constant', { value: 1 })), d(1, 'sigmoid', init('constant', { value: 1 }))], 'bce', adam(0.01), tr(150));

add('init-scale.uniform-4-tanh-lens', 'sphere-dioptres', lens(), [d(64, 'tanh', init('uniform', { limit: 4 })), d(64, 'tanh', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-1e-5-six-relu-product', 'product-line', prod(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', adam(0.001), tr(40));
add('init-scale.normal-std-2-elu-invoice', 'invoice-cents', inv(), [...tower(3, 64, 'elu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', nest(0.001), tr(60));
add('init-scale.uniform-1e-3-sigmoid-returned', 'returned-device', ret(), [...tower(5, 32, 'sigmoid', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', mom(0.01), tr(40));
add('init-scale.normal-std-1.5-relu-circles', 'frame-rim-circles', CIRCLES, [...tower(4, 64, 'relu', init('normal', { std: 1.5 })), d(1, 'sigmoid', init('normal', { std: 1.5 }))], 'bce', sgd(0.01), tr(80, 16));

add('dead-relu.bias-minus-4-adam-lens', 'sphere-dioptres', lens(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.002), tr(60));
add('dead-relu.bias-minus-20-iris', 'iris-demo', IRIS, [d(64, 'relu', { bias: -20 }), d(3, 'softmax')], 'cce', nest(0.02), tr(80, 8));
add('dead-relu.sgd-1-batch-4-waiting', 'waiting-days', wait(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(1), tr(10, 4));
add('dead-relu.six-layer-bias-minus-1.5-product', 'product-line', prod(), [...tower(6, 24, 'relu', { bias: -1.5 }), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.he-uniform-adam-0.5-frames', 'frames-sold', frames(), [d(64, 'relu', { init: 'he_uniform' }), d(64, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.5, { weightDecay: 0.0001 }), tr(20, 16));

add('exploding-gradient.raw-invoice-cents-target-rmsprop', 'invoice-cents-raw-target', inv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-price-cents-returned-momentum', 'returned-raw', ret({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.ten-relu-std-0.7-lens', 'sphere-dioptres', lens(), [...tower(10, 32, 'relu', init('normal', { std: 0.7 })), d(1)], 'mse', adam(0.0005), tr(30));
add('exploding-gradient.raw-waiting-features-and-target-sgd', 'waiting-days-raw', wait({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', sgd(0.0005), tr(30, 64));
add('exploding-gradient.raw-invoice-cents-feature-product', 'product-raw', prod({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-product', 'product-line', prod(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('vanishing-gradient.ten-tanh-std-0.02-lens', 'sphere-dioptres', lens(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.seven-sigmoid-lecun-circles', 'frame-rim-circles', CIRCLES, [...tower(7, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));
add('vanishing-gradient.twelve-sigmoid-adam-waiting', 'waiting-days', wait(), [...tower(12, 16, 'sigmoid'), d(1)], 'mse', adam(0.0005), tr(40));

add('nan-loss.momentum-lr-2-batch-4-lens', 'sphere-dioptres', lens(), [d(32, 'tanh'), d(1)], 'mse', mom(2), tr(5, 4));
add('nan-loss.raw-invoice-target-sgd-relu', 'invoice-cents-raw-target', inv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(20));
add('nan-loss.raw-footfall-frames-nesterov-full', 'frames-sold-raw', frames({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(20, 900));
add('nan-loss.rmsprop-lr-5-batch-1-waiting', 'waiting-days', wait(), [d(32, 'elu'), d(1)], 'mse', rms(5), tr(3, 1));
add('nan-loss.sgd-lr-8-sine', 'daily-footfall-sine', SINE, [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', sgd(8), tr(20, 8));

add('saturated-activation.tanh-raw-keratometry-lens', 'sphere-dioptres-raw-features', lens({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-8-waiting', 'waiting-days', wait(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-invoice-cents-product', 'product-raw', prod({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('saturated-activation.tanh-raw-battery-returned', 'returned-raw', ret({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-normal-std-3-frames', 'frames-sold', frames(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', nest(0.005), tr(60));

add('lr-too-high.sgd-plain-1.5-lens', 'sphere-dioptres', lens(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(30));
add('lr-too-high.rmsprop-0.05-batch-16-product', 'product-line', prod(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(30, 16));
add('lr-too-high.adam-0.3-batch-64-waiting', 'waiting-days', wait(), [d(32, 'elu'), d(1)], 'mse', adam(0.3), tr(30, 64));
add('lr-too-high.nesterov-0.5-batch-8-circles', 'frame-rim-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.5), tr(40, 8));
add('lr-too-high.sgd-0.8-batch-1-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.8), tr(20, 1));
add('lr-too-high.momentum-0.4-batch-2-frames', 'frames-sold', frames(), [d(32, 'relu'), d(1)], 'mse', mom(0.4), tr(10, 2));

add('lr-too-low.adam-1e-7-product', 'product-line', prod(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-7), tr(50));
add('lr-too-low.momentum-1e-6-lens', 'sphere-dioptres', lens(), [d(32, 'elu'), d(1)], 'mse', mom(1e-6), tr(60));
add('lr-too-low.rmsprop-1e-6-waiting', 'waiting-days', wait(), [d(32, 'tanh'), d(1)], 'mse', rms(1e-6), tr(60));
add('lr-too-low.nesterov-1e-5-spirals', 'lens-grind-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', nest(1e-5), tr(100, 16));
add('lr-too-low.sgd-1e-5-full-batch-invoice', 'invoice-cents', inv(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-5), tr(200, 850));

add('oscillating-loss.sgd-0.95-full-batch-linear-lens', 'sphere-dioptres', lens(), [d(1)], 'mse', sgd(0.95), tr(150, 1000));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-frames', 'frames-sold', frames(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 900));
add('oscillating-loss.adam-0.05-full-batch-relu-invoice', 'invoice-cents', inv(), [d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(150, 850));
add('oscillating-loss.rmsprop-0.02-batch-256-logistic-returned', 'returned-device', ret(), [d(1, 'sigmoid')], 'bce', rms(0.02), tr(100, 256));
add('oscillating-loss.nesterov-0.99-lr-0.05-batch-100-softmax-product', 'product-line', prod(), [d(5, 'softmax')], 'cce', nest(0.05, 0.99), tr(100, 100));
add('oscillating-loss.sgd-1.0-batch-450-linear-frames', 'frames-sold', frames(), [d(1)], 'mse', sgd(1.0), tr(150, 450));
add('oscillating-loss.momentum-0.9-lr-0.15-full-batch-tanh-sine', 'daily-footfall-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(0.15, 0.9), tr(300, 240));
add('oscillating-loss.sgd-0.98-full-batch-linear-waiting', 'waiting-days', wait(), [d(1)], 'mse', sgd(0.98), tr(150, 900));
add('oscillating-loss.adam-0.1-batch-500-linear-lens', 'sphere-dioptres', lens(), [d(1)], 'mse', adam(0.1), tr(150, 500));
add('oscillating-loss.momentum-0.9-lr-1.5-full-batch-linear-lens', 'sphere-dioptres', lens(), [d(1)], 'mse', mom(1.5, 0.9), tr(100, 1000));
add('oscillating-loss.momentum-0.95-lr-0.25-full-batch-tanh-sine', 'daily-footfall-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(0.25, 0.95), tr(200, 240));
add('oscillating-loss.sgd-0.75-full-batch-linear-frames', 'frames-sold', frames(), [d(1)], 'mse', sgd(0.75), tr(100, 900));

add('loss-plateau.till-number-only-product', 'product-line', prod({ features: ['till_no'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.device-serial-only-returned', 'returned-device', ret({ features: ['device_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('loss-plateau.weekday-only-waiting', 'waiting-days', wait({ features: ['weekday'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-lens', 'sphere-dioptres', lens(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.97-invoice', 'invoice-cents', inv(), [d(64, 'relu'), drop(0.97), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy candidates
add('ok.lens-adam-relu', 'sphere-dioptres', lens(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.lens-sgd-plain-linear-batch-16', 'sphere-dioptres', lens(), [d(1)], 'mse', sgd(0.02), tr(60, 16));
add('ok.lens-rmsprop-tanh-val', 'sphere-dioptres', lens(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.lens-nesterov-elu-decay', 'sphere-dioptres', lens(), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.lens-minmax-adam-leaky-batch-full', 'sphere-dioptres', lens({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.01), tr(400, 1000));
add('ok.lens-adam-bn-dropout', 'sphere-dioptres', lens(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(60));
add('ok.lens-sgd-batch-1-tanh', 'sphere-dioptres', lens(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(15, 1));
add('ok.product-adam-relu', 'product-line', prod(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.product-momentum-tanh-xavier-normal', 'product-line', prod(), [d(32, 'tanh', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.product-rmsprop-elu-dropout-val', 'product-line', prod(), [d(64, 'elu'), drop(0.2), d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.001), tr(50, 32, { validationSplit: 0.15 }));
add('ok.product-minmax-sgd-sigmoid', 'product-line', prod({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(100, 16));
add('ok.product-nesterov-leaky-bn-clip', 'product-line', prod(), [d(32, 'leaky_relu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.02, 0.9, { clipNorm: 1 }), tr(50, 64));
add('ok.product-raw-bn-first-layer-adam', 'product-line', prod({ normalize: 'none' }), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.returned-adam-relu', 'returned-device', ret(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.returned-logistic-sgd-plain', 'returned-device', ret(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100));
add('ok.returned-rmsprop-tanh-decay', 'returned-device', ret(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.001, { weightDecay: 0.0001 }), tr(60, 64));
add('ok.returned-nesterov-elu-val', 'returned-device', ret(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 32, { validationSplit: 0.2 }));
add('ok.invoice-adam-relu', 'invoice-cents', inv(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.invoice-rmsprop-elu-deep', 'invoice-cents', inv(), [d(64, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.invoice-momentum-leaky-batch-8', 'invoice-cents', inv(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.005), tr(40, 8));
add('ok.invoice-adam-tanh-clip-full', 'invoice-cents', inv(), [d(32, 'tanh'), d(1)], 'mse', adam(0.01, { clipNorm: 5 }), tr(500, 850));
add('ok.invoice-minmax-adam-relu-bn', 'invoice-cents', inv({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(80));
add('ok.waiting-adam-elu', 'waiting-days', wait(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.waiting-rmsprop-relu-he-uniform', 'waiting-days', wait(), [d(64, 'relu', { init: 'he_uniform' }), d(1)], 'mse', rms(0.002), tr(80));
add('ok.waiting-nesterov-tanh-batch-128', 'waiting-days', wait(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.02), tr(150, 128));
add('ok.waiting-adam-leaky-dropout-decay', 'waiting-days', wait(), [d(64, 'leaky_relu'), drop(0.1), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100));
add('ok.frames-sgd-plain-linear', 'frames-sold', frames(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.frames-adam-relu-batch-4', 'frames-sold', frames(), [d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(30, 4));
add('ok.frames-raw-target-rmsprop', 'frames-sold-raw-target', frames({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.01), tr(100));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-tanh-batch-1', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.02), tr(60, 1));
add('ok.moons-adam-tanh', 'lens-edge-moons', MOONS, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.moons-rmsprop-relu-lecun', 'lens-edge-moons', MOONS, [d(32, 'relu', { init: 'lecun_normal' }), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150, 16));
add('ok.circles-nesterov-elu', 'frame-rim-circles', CIRCLES, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(200, 16));
add('ok.circles-adam-sigmoid-full-batch', 'frame-rim-circles', CIRCLES, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(500, 400));
add('ok.spirals-adam-relu-deep', 'lens-grind-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(400, 32));
add('ok.xor-momentum-tanh', 'two-ear-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200, 16));
add('ok.xor-adam-leaky-softmax-cce', 'two-ear-xor', XOR, [d(16, 'leaky_relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.blobs4-sgd-plain-relu', 'store-cluster-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(80, 16));
add('ok.sine-adam-tanh', 'daily-footfall-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-rmsprop-elu-batch-8', 'daily-footfall-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 8));
add('ok.audio-inline-adam-tanh', 'aid-fitted', INLINE_AUDIO, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(400, 24));
add('ok.audio-inline-logistic-rmsprop-batch-4', 'aid-fitted', INLINE_AUDIO, [d(1, 'sigmoid')], 'bce', rms(0.02), tr(300, 4));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
