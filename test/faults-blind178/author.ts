/**
 * Writes every candidate spec of blind fault set 178 (bookbinders and picture framers) into
 * candidates/: `npx tsx test/faults-blind178/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 178, data, layers, loss, optimizer, training, ...extra };
}

const GF = ['pages', 'board_mm', 'humidity_pct', 'temp_c', 'pva'];
const glue = (x: Json = {}): Json => ({ csv: '../data/glue.csv', target: 'glue_min', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BF = ['pages', 'board_mm', 'paper_gsm', 'lays_flat', 'copies'];
const bind = (x: Json = {}): Json => ({ csv: '../data/binding.csv', target: 'binding_style', features: BF, normalize: 'standard', ...x });
const FF = ['width_cm', 'height_cm', 'glass_area_cm2', 'moulding_cm', 'moulding_width_mm', 'museum_glass', 'mats'];
const frame = (x: Json = {}): Json => ({ csv: '../data/frame.csv', target: 'price_usd', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RF = ['order_value', 'ship_days', 'glass', 'courier', 'repeat_orders', 'colour_delta'];
const ret = (x: Json = {}): Json => ({ csv: '../data/returns.csv', target: 'returned', features: RF, normalize: 'standard', ...x });
const PF = ['board_mm', 'press_min', 'humidity_pct', 'sheet_area_cm2'];
const press = (x: Json = {}): Json => ({ csv: '../data/press.csv', target: 'warp_mm', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 300, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 200, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A framer's price notebook: frame width and height in cm -> needs a backing board brace (1) or not (0).
const INLINE_BRACE = {
  inline: {
    x: [[20, 25], [30, 40], [40, 50], [50, 70], [60, 80], [70, 100], [25, 30], [35, 45], [45, 60], [55, 75], [65, 90], [80, 110], [15, 20], [90, 120], [28, 35], [48, 65], [58, 72], [75, 95], [33, 42], [85, 100]],
    y: [0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'glue-minutes', glue(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'binding-style', bind(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'frame-price', frame(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'press-warp', press(), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60, 0));
add('invalid-spec.units-string', 'returned-order', ret(), [d(16, 'relu'), { type: 'dense', units: '1', activation: 'sigmoid' }], 'bce', adam(0.003), tr(40));

add('data-error.na-humidity', 'glue-minutes-na', glue({ csv: '../data/glue-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.customer-id-feature', 'binding-style', bind({ features: ['customer_id', ...BF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.job-ts-feature', 'glue-minutes', glue({ features: ['job_ts', ...GF] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.price-typo-target', 'frame-price', frame({ target: 'price' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.returns-xlsx', 'returned-order', ret({ csv: '../data/returns.xlsx' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('shape-mismatch.binding-four-heads-no-coptic', 'binding-style', bind(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.returned-two-sigmoid-heads', 'returned-order', ret(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.warp-and-press-one-output', 'press-warp', press({ target: ['warp_mm', 'press_min'], features: ['board_mm', 'humidity_pct', 'sheet_area_cm2'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.blobs4-three-heads', 'moulding-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.relu-head-bce-returns', 'returned-order', ret(), [d(16, 'relu'), d(1, 'relu')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-glue', 'glue-minutes', glue(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-single-unit-cce-brace', 'brace-board', INLINE_BRACE, [d(8, 'tanh'), d(1, 'softmax')], 'cce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.relu-head-standardized-press', 'press-warp', press(), [d(16, 'tanh'), d(1, 'relu')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-linear-adam-batch-4', 'mount-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(60, 4));
add('no-nonlinearity.xor-linear-nesterov', 'corner-xor', XOR, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.95), tr(100, 16));
add('no-nonlinearity.sine-linear-rmsprop-deep', 'spine-curve-sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', rms(0.003), tr(150, 8));
add('no-nonlinearity.spirals-linear-dropout-cce', 'marbling-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(2, 'softmax')], 'cce', adam(0.003), tr(100));

add('lr-out-of-range.rmsprop-lr-15-glue', 'glue-minutes', glue(), [d(32, 'tanh'), d(1)], 'mse', rms(15), tr(30));
add('lr-out-of-range.adam-lr-1e-8-binding', 'binding-style', bind(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-8), tr(40));
add('lr-out-of-range.nesterov-lr-40-press', 'press-warp', press(), [d(16, 'elu'), d(1)], 'mse', nest(40, 0.9), tr(20));
add('lr-out-of-range.sgd-negative-returns', 'returned-order', ret(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-adam-glue', 'glue-minutes', glue(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.5-tanh-momentum-binding', 'binding-style', bind(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', mom(0.02, 0.9), tr(50));
add('init-symmetry.zeros-sigmoid-rmsprop-moons', 'deckle-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.005), tr(100, 16));
add('init-symmetry.constant-0.2-elu-sgd-spirals', 'marbling-spirals', SPIRALS, [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', sgd(0.1), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-binding', 'binding-style', bind(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.003), tr(50));
add('init-scale.uniform-4-tanh-three-glue', 'glue-minutes', glue(), [...tower(3, 64, 'tanh', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', nest(0.005), tr(60));
add('init-scale.normal-1e-5-relu-six-iris', 'iris-demo', IRIS, [...tower(6, 32, 'relu', init('normal', { std: 1e-5 })), d(3, 'softmax', init('normal', { std: 1e-5 }))], 'cce', mom(0.05), tr(100, 16));
add('init-scale.normal-std-2-elu-frame', 'frame-price', frame(), [...tower(3, 64, 'elu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', rms(0.001), tr(60));

add('dead-relu.bias-minus-8-adam-glue', 'glue-minutes', glue(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.sgd-1.5-batch-4-press', 'press-warp', press(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(1.5), tr(20, 4));
add('dead-relu.adam-0.3-batch-16-binding', 'binding-style', bind(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(30, 16));
add('dead-relu.bias-minus-4-four-layer-moons', 'deckle-moons', MOONS, [...tower(4, 16, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100, 16));
add('dead-relu.momentum-0.99-lr-0.2-frame', 'frame-price', frame(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', mom(0.2, 0.99), tr(30, 32));

add('exploding-gradient.raw-price-target-rmsprop', 'frame-price-raw', frame({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-glass-area-momentum', 'frame-price', frame({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001, 0.9), tr(40));
add('exploding-gradient.raw-copies-binding-adam', 'binding-style', bind({ normalize: 'none' }), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.01), tr(40));
add('exploding-gradient.normal-std-1.5-relu-eight-glue', 'glue-minutes', glue(), [...tower(8, 32, 'relu', init('normal', { std: 1.5 })), d(1, 'linear', init('normal', { std: 1.5 }))], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-sheet-area-nesterov-press', 'press-warp', press({ normalize: 'none' }), [d(16, 'leaky_relu'), d(1)], 'mse', nest(1e-4, 0.9), tr(40));

add('vanishing-gradient.nine-sigmoid-binding', 'binding-style', bind(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('vanishing-gradient.eight-tanh-std-0.02-glue', 'glue-minutes', glue(), [...tower(8, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(50));
add('vanishing-gradient.ten-sigmoid-momentum-circles', 'mount-circles', CIRCLES, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(80));
add('vanishing-gradient.seven-sigmoid-rmsprop-press', 'press-warp', press(), [...tower(7, 24, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.0005), tr(60));

add('nan-loss.sgd-2-batch-1-glue', 'glue-minutes', glue(), [d(32, 'relu'), d(1)], 'mse', sgd(2), tr(5, 1));
add('nan-loss.raw-target-sgd-frame', 'frame-price-raw', frame({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(20));
add('nan-loss.constant-3-relu-six-press', 'press-warp', press(), [...tower(6, 64, 'relu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', rms(0.001), tr(20));
add('nan-loss.nesterov-0.99-lr-1-sine', 'spine-curve-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(1, 0.99), tr(30, 16));

add('saturated-activation.sigmoid-raw-glass-area', 'frame-price', frame({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-8-binding', 'binding-style', bind(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('saturated-activation.tanh-raw-order-value-returns', 'returned-order', ret({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-raw-pages-glue', 'glue-minutes', glue({ normalize: 'none' }), [d(32, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));

add('lr-too-high.adam-0.05-batch-1-press', 'press-warp', press(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(15, 1));
add('lr-too-high.rmsprop-0.05-batch-2-sine', 'spine-curve-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(60, 2));
add('lr-too-high.momentum-0.95-lr-0.3-binding', 'binding-style', bind(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.3, 0.95), tr(40, 16));
add('lr-too-high.sgd-plain-3-iris-batch-8', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(3), tr(80, 8));
add('lr-too-high.adam-0.04-batch-2-returns', 'returned-order', ret(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.04), tr(20, 2));

add('lr-too-low.sgd-plain-1e-5-binding', 'binding-style', bind(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1e-5), tr(50));
add('lr-too-low.rmsprop-1e-6-glue', 'glue-minutes', glue(), [d(32, 'elu'), d(1)], 'mse', rms(1e-6), tr(60));
add('lr-too-low.momentum-0.9-1e-6-frame', 'frame-price', frame(), [d(32, 'relu'), d(1)], 'mse', mom(1e-6, 0.9), tr(60));
add('lr-too-low.adam-2e-6-full-batch-circles', 'mount-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(2e-6), tr(100, 300));
add('lr-too-low.raw-features-sgd-1e-9-press', 'press-warp-raw', press({ normalize: 'none' }), [d(1)], 'mse', sgd(1e-9), tr(60));

add('loss-plateau.bench-only-binding', 'binding-style', bind({ features: ['bench_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.clerk-only-returns', 'returned-order', ret({ features: ['clerk_no'] }), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.weight-decay-5-rmsprop-glue', 'glue-minutes', glue(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-frame', 'frame-price', frame(), [d(64, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-press', 'press-warp', press(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.05, { clipNorm: 1e-7 }), tr(60));

// oscillation candidates (observed first)
add('oscillating-loss.momentum-0.95-lr-0.08-full-batch-linear-glue', 'glue-minutes', glue(), [d(1)], 'mse', mom(0.08, 0.95), tr(150, 900));
add('oscillating-loss.adam-0.05-batch-2-tanh-sine', 'spine-curve-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.05), tr(60, 2));
add('oscillating-loss.rmsprop-0.03-batch-1-linear-press', 'press-warp', press(), [d(1)], 'mse', rms(0.03), tr(30, 1));
add('oscillating-loss.nesterov-0.99-lr-0.03-batch-64-linear-glue', 'glue-minutes', glue(), [d(1)], 'mse', nest(0.03, 0.99), tr(80, 64));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-frame', 'frame-price', frame(), [d(1)], 'mse', sgd(0.95), tr(150, 800));
add('oscillating-loss.momentum-0.99-lr-0.01-batch-16-tanh-frame', 'frame-price', frame(), [d(16, 'tanh'), d(1)], 'mse', mom(0.01, 0.99), tr(60, 16));
add('oscillating-loss.rmsprop-0.01-batch-2-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.01), tr(80, 2));
add('oscillating-loss.adam-0.03-batch-4-relu-press', 'press-warp', press(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(50, 4));
add('oscillating-loss.sgd-plain-0.75-full-batch-linear-press', 'press-warp', press(), [d(1)], 'mse', sgd(0.75), tr(150, 700));

// ---------------------------------------------------------------- healthy candidates
add('ok.glue-adam-relu', 'glue-minutes', glue(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.glue-nesterov-elu-decay', 'glue-minutes', glue(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 1e-4 }), tr(60));
add('ok.glue-linear-sgd-momentum-0.9', 'glue-minutes', glue(), [d(1)], 'mse', mom(0.01, 0.9), tr(60, 32));
add('ok.glue-rmsprop-batch-4-tanh', 'glue-minutes', glue(), [d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(30, 4));
add('ok.glue-adam-bn-dropout-val', 'glue-minutes', glue(), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(60, 64, { validationSplit: 0.2 }));
add('ok.binding-adam-relu', 'binding-style', bind(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), tr(50));
add('ok.binding-sgd-momentum-0.95-tanh', 'binding-style', bind(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.01, 0.95), tr(50));
add('ok.binding-rmsprop-leaky-dropout', 'binding-style', bind(), [d(64, 'leaky_relu'), drop(0.3), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.binding-nesterov-bn-elu', 'binding-style', bind(), [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(5, 'softmax')], 'cce', nest(0.02, 0.9), tr(50, 64));
add('ok.binding-adam-batch-4-relu-clip', 'binding-style', bind(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003, { clipNorm: 1 }), tr(20, 4));
add('ok.frame-adam-relu', 'frame-price', frame(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.frame-linear-nesterov-0.95', 'frame-price', frame(), [d(1)], 'mse', nest(0.005, 0.95), tr(60));
add('ok.frame-rmsprop-elu-decay', 'frame-price', frame(), [d(64, 'elu'), d(1)], 'mse', rms(0.001, { weightDecay: 1e-4 }), tr(60));
add('ok.frame-sgd-plain-tanh-batch-8', 'frame-price', frame(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.02), tr(60, 8));
add('ok.frame-raw-two-features-sgd-1e-7', 'frame-price-raw-features', frame({ normalize: 'none', features: ['glass_area_cm2', 'moulding_cm'] }), [d(1)], 'mse', sgd(1e-7), tr(100, 32));
add('ok.frame-raw-two-features-sgd-1e-6', 'frame-price-raw-features', frame({ normalize: 'none', features: ['glass_area_cm2', 'moulding_cm'] }), [d(1)], 'mse', sgd(1e-6), tr(100, 32));
add('ok.frame-raw-glass-sgd-5e-8-momentum', 'frame-price-raw-features', frame({ normalize: 'none', features: ['glass_area_cm2'] }), [d(1)], 'mse', mom(5e-8, 0.9), tr(100, 32));
add('ok.press-raw-area-sgd-2e-7', 'press-warp-raw', press({ normalize: 'none', features: ['sheet_area_cm2'] }), [d(1)], 'mse', sgd(2e-7), tr(100, 16));
add('ok.press-adam-relu-batch-2', 'press-warp', press(), [d(16, 'relu'), d(1)], 'mse', adam(0.005), tr(20, 2));
add('ok.press-linear-sgd-momentum-0.99', 'press-warp', press(), [d(1)], 'mse', mom(0.002, 0.99), tr(80, 32));
add('ok.press-rmsprop-batch-1-linear', 'press-warp', press(), [d(1)], 'mse', rms(0.003), tr(15, 1));
add('ok.press-minmax-tanh-adam', 'press-warp', press({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(80, 16));
add('ok.press-sigmoid-three-adam', 'press-warp', press(), [...tower(3, 16, 'sigmoid'), d(1)], 'mse', adam(0.005), tr(80, 16));
add('ok.returns-adam-relu', 'returned-order', ret(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.returns-logistic-nesterov', 'returned-order', ret(), [d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(60));
add('ok.returns-rmsprop-tanh-val', 'returned-order', ret(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.sine-adam-tanh-batch-4', 'spine-curve-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(100, 4));
add('ok.sine-rmsprop-batch-2-tanh', 'spine-curve-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.005), tr(80, 2));
add('ok.sine-nesterov-0.9-elu', 'spine-curve-sine', SINE, [d(64, 'elu'), d(32, 'elu'), d(1)], 'mse', nest(0.02, 0.9), tr(300, 16));
add('ok.iris-adam-batch-1-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(40, 1));
add('ok.iris-sgd-momentum-0.9-tanh', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-adam-relu-batch-4', 'deckle-moons', MOONS, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(60, 4));
add('ok.moons-sgd-relu-plain', 'deckle-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.2), tr(300, 16));
add('ok.circles-rmsprop-relu-bn', 'mount-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100, 32));
add('ok.xor-adam-tanh-full-batch', 'corner-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 300));
add('ok.spirals-adam-relu-deep', 'marbling-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(300, 32));
add('ok.blobs4-nesterov-leaky', 'moulding-blobs', BLOBS4, [d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', nest(0.05, 0.95), tr(60, 16));
add('ok.blobs4-sgd-softmax-linear-full', 'moulding-blobs', BLOBS4, [d(4, 'softmax')], 'cce', sgd(0.5), tr(200, 300));
add('ok.brace-inline-adam-tanh-batch-2', 'brace-board', INLINE_BRACE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 2));
add('ok.brace-inline-logistic-sgd-full', 'brace-board', INLINE_BRACE, [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(300, 20));
add('ok.moons-rmsprop-relu-batch-1-die-some', 'deckle-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(30, 1));
add('ok.glue-sigmoid-deep-nesterov', 'glue-minutes', glue(), [...tower(4, 32, 'sigmoid'), d(1)], 'mse', nest(0.05, 0.9), tr(100, 16));
add('ok.binding-tanh-deep-rmsprop-dropout', 'binding-style', bind(), [...tower(4, 32, 'tanh'), drop(0.1), d(5, 'softmax')], 'cce', rms(0.001), tr(50));
add('ok.returns-raw-value-sgd-small', 'returned-order', ret({ normalize: 'none', features: ['order_value', 'ship_days', 'colour_delta'] }), [d(1, 'sigmoid')], 'bce', sgd(1e-6), tr(100));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
