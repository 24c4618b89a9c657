/**
 * Writes every candidate spec of blind fault set 162 (furniture makers and upholstery workshops) into
 * candidates/: `npx tsx test/faults-blind162/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 162, data, layers, loss, optimizer, training, ...extra };
}

const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));

const BF = ['panel_w_mm', 'panel_h_mm', 'fabric_m', 'joints', 'finish_coats', 'veneer'];
const bld = (x: Json = {}): Json => ({ csv: '../data/build.csv', target: 'build_hours', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['leg_taper_mm', 'panel_thick_mm', 'gloss_pct', 'carving_h', 'brass', 'seat_h_mm'];
const sty = (x: Json = {}): Json => ({ csv: '../data/style.csv', target: 'style', features: SF, normalize: 'standard', ...x });
const RF = ['glue_temp_c', 'humidity_pct', 'clamp_min', 'wood_moisture_pct', 'ship_km'];
const ret = (x: Json = {}): Json => ({ csv: '../data/returns.csv', target: 'returned', features: RF, normalize: 'standard', ...x });
const OF = ['pieces', 'build_hours', 'fabric_m', 'hardwood', 'rush'];
const ord = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'order_usd', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const UF = ['seats', 'frame_len_mm', 'seat_depth_mm', 'cushions', 'pattern_repeat', 'arms'];
const uph = (x: Json = {}): Json => ({ csv: '../data/upholstery.csv', target: 'fabric_m', features: UF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 200, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A chair maker's notebook: seat width (mm), rail thickness (mm) -> passes the load test (1) or not (0).
const INLINE_CHAIR = {
  inline: {
    x: [[400, 22], [420, 25], [450, 20], [480, 28], [500, 18], [380, 30], [440, 16], [460, 24], [520, 26], [410, 19], [470, 30], [490, 21], [430, 27], [510, 17], [390, 24], [450, 29], [530, 22], [400, 15], [480, 19], [420, 28]],
    y: [1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1],
  },
  normalize: 'standard',
};
const R2 = (a: string, x: Json = {}) => [d(32, a, x), d(32, a, x)];

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'build-hours', bld(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'style', sty(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'order-usd', ord(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'fabric-metres', uph(), [d(16, 'tanh'), d(1)], 'mse', nest(0.02), tr(80, 0));
add('invalid-spec.units-zero-hidden', 'returned-piece', ret(), [d(0, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-fabric-metres', 'build-hours-na', bld({ csv: '../data/build-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.workshop-id-feature', 'build-hours', bld({ features: ['workshop_id', ...BF] }), [d(32, 'elu'), d(1)], 'mse', mom(0.02), tr(60));
add('data-error.order-ts-feature', 'build-hours', bld({ features: ['order_ts', ...BF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.piece-id-feature-style', 'style', sty({ features: ['piece_id', ...SF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.fabric-yards-typo', 'fabric-metres', uph({ features: ['seats', 'frame_len_mm', 'seat_depth_mm', 'cushions', 'pattern_repeat', 'arms', 'fabric_yd'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-orders-2024-file', 'order-usd', ord({ csv: '../data/orders-2024.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.style-four-heads-no-artdeco', 'style', sty(), [d(32, 'relu'), d(4, 'softmax')], 'cce', nest(0.02), tr(50));
add('shape-mismatch.hours-and-fabric-one-output', 'build-hours', bld({ target: ['build_hours', 'fabric_m'], features: ['panel_w_mm', 'panel_h_mm', 'joints', 'finish_coats', 'veneer'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.returned-two-sigmoid-heads-bce', 'returned-piece', ret(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('shape-mismatch.blobs4-three-heads', 'workshop-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(60));

add('loss-activation-mismatch.relu-head-order-usd-standardized', 'order-usd', ord(), [d(32, 'relu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-single-unit-bce-returns', 'returned-piece', ret(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-fabric-standardized', 'fabric-metres', uph(), [d(32, 'tanh'), d(1, 'sigmoid')], 'mse', nest(0.02), tr(80));
add('loss-activation-mismatch.tanh-head-bce-chair', 'chair-load', INLINE_CHAIR, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 4));

add('no-nonlinearity.circles-two-linear-nesterov', 'turned-leg-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', nest(0.05, 0.95), tr(150, 300));
add('no-nonlinearity.xor-linear-rmsprop-batch-4', 'dovetail-xor', XOR, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(60, 4));
add('no-nonlinearity.sine-linear-adam', 'humidity-sine', SINE, [d(64), d(64), d(1)], 'mse', adam(0.005), tr(200, 16));
add('no-nonlinearity.moons-linear-bn-momentum', 'armrest-moons', MOONS, [d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(120, 64));

add('lr-out-of-range.nesterov-lr-25-build', 'build-hours', bld(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(25, 0.9), tr(20));
add('lr-out-of-range.adam-3e-9-style', 'style', sty(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3e-9), tr(40));
add('lr-out-of-range.rmsprop-lr-12-returns', 'returned-piece', ret(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(12), tr(20));
add('lr-out-of-range.sgd-negative-fabric', 'fabric-metres', uph(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-relu-nesterov-build', 'build-hours', bld(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', nest(0.05, 0.9), tr(100, 64));
add('init-symmetry.constant-0.5-tanh-adam-style', 'style', sty(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-sigmoid-rmsprop-fabric', 'fabric-metres', uph(), [d(24, 'sigmoid', { init: 'zeros' }), d(24, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.zeros-tanh-sgd-blobs4', 'workshop-blobs', BLOBS4, [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', sgd(0.1), tr(80, 16));

add('init-scale.normal-std-8-elu-orders', 'order-usd', ord(), [d(64, 'elu', init('normal', { std: 8 })), d(64, 'elu', init('normal', { std: 8 })), d(1, 'linear', init('normal', { std: 8 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-5-sigmoid-style', 'style', sty(), [d(64, 'sigmoid', init('uniform', { limit: 5 })), d(5, 'softmax', init('uniform', { limit: 5 }))], 'cce', mom(0.01), tr(50));
add('init-scale.normal-1e-5-six-relu-build', 'build-hours', bld(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.constant-3-tanh-returns', 'returned-piece', ret(), [d(32, 'tanh', init('normal', { std: 4 })), d(32, 'tanh', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', sgd(0.01), tr(40));

add('dead-relu.bias-minus-8-nesterov-build', 'build-hours', bld(), [d(64, 'relu', { bias: -8 }), d(64, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.05, 0.9), tr(100, 64));
add('dead-relu.bias-minus-4-adam-style-three-layer', 'style', sty(), [...tower(3, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('dead-relu.momentum-0.95-lr-0.1-full-batch-orders', 'order-usd', ord(), [...R2('relu'), d(1)], 'mse', mom(0.1, 0.95), tr(300, 800));
add('dead-relu.nesterov-0.9-lr-0.1-batch-2-fabric', 'fabric-metres', uph(), [...R2('relu'), d(1)], 'mse', nest(0.1, 0.9), tr(30, 2));
add('dead-relu.adam-0.05-batch-1-build', 'build-hours', bld(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(10, 1));
add('dead-relu.rmsprop-0.05-batch-4-returns', 'returned-piece', ret(), [...R2('relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(20, 4));
add('dead-relu.bias-minus-2-momentum-0.93-full-batch-moons', 'armrest-moons', MOONS, [d(16, 'relu', { bias: -2 }), d(16, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', mom(0.05, 0.93), tr(400, 300));

add('exploding-gradient.raw-order-dollars-target-nesterov', 'order-usd-raw-target', ord({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0001), tr(40));
add('exploding-gradient.raw-panel-mm-momentum', 'build-hours-raw', bld({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.0001, 0.9), tr(40));
add('exploding-gradient.raw-ship-km-adam-returns', 'returned-raw', ret({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(30));
add('exploding-gradient.raw-fabric-target-rmsprop', 'fabric-metres-raw', uph({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.ten-leaky-std-0.7-style', 'style', sty(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.7 })), d(5, 'softmax')], 'cce', sgd(0.00001), tr(30));

add('vanishing-gradient.eight-sigmoid-nesterov-build', 'build-hours', bld(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', nest(0.01), tr(60));
add('vanishing-gradient.nine-tanh-std-0.03-returns', 'returned-piece', ret(), [...tower(9, 32, 'tanh', init('normal', { std: 0.03 })), d(1, 'sigmoid')], 'bce', mom(0.02), tr(40));
add('vanishing-gradient.twelve-sigmoid-rmsprop-circles', 'turned-leg-circles', CIRCLES, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(100));
add('vanishing-gradient.seven-sigmoid-sgd-style', 'style', sty(), [...tower(7, 24, 'sigmoid', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', sgd(0.05), tr(50, 16));

add('nan-loss.raw-order-dollars-sgd-0.05', 'order-usd-raw-target', ord({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', sgd(0.05), tr(20));
add('nan-loss.momentum-0.99-lr-1-batch-1-fabric', 'fabric-metres', uph(), [d(16, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(5, 1));
add('nan-loss.constant-1.5-relu-five-layer-build', 'build-hours', bld(), [...tower(5, 64, 'relu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.raw-everything-linear-sgd-full-batch', 'build-hours-raw', bld({ normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', sgd(0.001), tr(50, 900));
add('nan-loss.rmsprop-5-batch-2-sine', 'humidity-sine', SINE, [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(5), tr(20, 2));

add('saturated-activation.sigmoid-raw-seat-height-style', 'style-raw', sty({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.tanh-raw-clamp-minutes-returns', 'returned-raw', ret({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('saturated-activation.sigmoid-bias-8-fabric', 'fabric-metres', uph(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-panel-mm-build', 'build-hours-raw-features', bld({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));

add('lr-too-high.momentum-0.95-lr-0.1-batch-4-style', 'style', sty(), [...R2('relu'), d(5, 'softmax')], 'cce', mom(0.1, 0.95), tr(30, 4));
add('lr-too-high.adam-0.03-batch-1-fabric', 'fabric-metres', uph(), [d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(10, 1));
add('lr-too-high.rmsprop-0.02-batch-2-build', 'build-hours', bld(), [d(32, 'elu'), d(1)], 'mse', rms(0.02), tr(10, 2));
add('lr-too-high.sgd-plain-2-batch-8-returns', 'returned-piece', ret(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(2), tr(30, 8));
add('lr-too-high.nesterov-0.3-batch-16-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.3, 0.9), tr(40, 16));
add('lr-too-high.adam-0.3-batch-64-orders', 'order-usd', ord(), [d(64, 'tanh'), d(1)], 'mse', adam(0.3), tr(40, 64));

add('lr-too-low.momentum-1e-6-full-batch-build', 'build-hours', bld(), [...R2('relu'), d(1)], 'mse', mom(0.000001, 0.9), tr(300, 900));
add('lr-too-low.adam-3e-7-batch-8-style', 'style', sty(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000003), tr(30, 8));
add('lr-too-low.rmsprop-1e-6-returns', 'returned-piece', ret(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(40));
add('lr-too-low.sgd-plain-1e-5-linear-fabric', 'fabric-metres', uph(), [d(1)], 'mse', sgd(0.00001), tr(100, 16));
add('lr-too-low.nesterov-5e-6-spirals', 'spindle-spirals', SPIRALS, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.000005), tr(100));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-build', 'build-hours', bld(), [d(1)], 'mse', mom(0.05, 0.99), tr(200, 900));
add('oscillating-loss.momentum-0.99-lr-0.2-batch-450-linear-fabric', 'fabric-metres', uph(), [d(1)], 'mse', mom(0.2, 0.99), tr(200, 350));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-orders', 'order-usd', ord(), [d(1)], 'mse', sgd(0.95), tr(150, 800));
add('oscillating-loss.nesterov-0.98-lr-0.08-full-batch-relu-fabric', 'fabric-metres', uph(), [...R2('relu'), d(1)], 'mse', nest(0.08, 0.98), tr(300, 700));
add('oscillating-loss.adam-0.02-full-batch-linear-orders', 'order-usd', ord(), [d(1)], 'mse', adam(0.5), tr(200, 800));
add('oscillating-loss.rmsprop-0.05-batch-400-tanh-build', 'build-hours', bld(), [d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(150, 450));
add('oscillating-loss.momentum-0.97-lr-0.3-logistic-returns', 'returned-piece', ret(), [d(1, 'sigmoid')], 'bce', mom(3, 0.97), tr(200, 1200));

add('loss-plateau.clamp-serial-only-returns', 'returned-piece', ret({ features: ['clamp_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.bench-number-only-style', 'style', sty({ features: ['bench_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.02), tr(50));
add('loss-plateau.weight-decay-1-rmsprop-fabric', 'fabric-metres', uph(), [d(32, 'elu'), d(1)], 'mse', rms(0.002, { weightDecay: 1 }), tr(60));
add('loss-plateau.dropout-0.97-build', 'build-hours', bld(), [d(64, 'relu'), drop(0.97), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-orders', 'order-usd', ord(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.build-momentum-0.9-relu-relu-full-batch-400', 'build-hours', bld(), [...R2('relu'), d(1)], 'mse', mom(0.05, 0.9), tr(400, 900));
add('ok.build-nesterov-0.95-relu-relu-batch-8', 'build-hours', bld(), [...R2('relu'), d(1)], 'mse', nest(0.01, 0.95), tr(40, 8));
add('ok.build-momentum-0.92-three-relu-batch-256', 'build-hours', bld(), [...tower(3, 32, 'relu'), d(1)], 'mse', mom(0.03, 0.92), tr(300, 256));
add('ok.build-adam-elu-val', 'build-hours', bld(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80, 32, { validationSplit: 0.2 }));
add('ok.build-rmsprop-batch-4-tanh', 'build-hours', bld(), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(20, 4));
add('ok.build-linear-momentum-0.95-batch-64', 'build-hours', bld(), [d(1)], 'mse', mom(0.01, 0.95), tr(60, 64));
add('ok.build-inches-adam-bn', 'build-hours', bld({ features: ['panel_w_in', 'panel_h_mm', 'fabric_m', 'joints', 'finish_coats', 'veneer'] }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.fabric-nesterov-0.9-relu-relu-full-batch-500', 'fabric-metres', uph(), [...R2('relu'), d(1)], 'mse', nest(0.02, 0.9), tr(500, 700));
add('ok.fabric-linear-momentum-0.99-full-batch', 'fabric-metres', uph(), [d(1)], 'mse', mom(0.02, 0.99), tr(300, 700));
add('ok.fabric-adam-batch-1-elu', 'fabric-metres', uph(), [d(16, 'elu'), d(1)], 'mse', adam(0.001), tr(5, 1));
add('ok.fabric-minmax-sgd-plain-leaky', 'fabric-metres', uph({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.1), tr(150, 16));
add('ok.fabric-rmsprop-sigmoid-decay', 'fabric-metres', uph(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.003, { weightDecay: 0.0001 }), tr(100));
add('ok.orders-momentum-0.9-relu-relu-batch-2', 'order-usd', ord(), [...R2('relu'), d(1)], 'mse', mom(0.01, 0.9), tr(30, 2));
add('ok.orders-linear-nesterov-0.9-lr-0.1-batch-32', 'order-usd', ord(), [d(1)], 'mse', nest(0.1, 0.9), tr(60));
add('ok.orders-adam-relu-dropout', 'order-usd', ord(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(100));
add('ok.orders-rmsprop-batch-8-elu-elu', 'order-usd', ord(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(40, 8));
add('ok.orders-minmax-target-nesterov-tanh', 'order-usd', ord({ normalizeTarget: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.9), tr(150));
add('ok.style-nesterov-0.95-relu-relu-full-batch-300', 'style', sty(), [...R2('relu'), d(5, 'softmax')], 'cce', nest(0.05, 0.95), tr(300, 1000));
add('ok.style-momentum-0.9-three-relu-batch-16', 'style', sty(), [...tower(3, 32, 'relu'), d(5, 'softmax')], 'cce', mom(0.02, 0.9), tr(60, 16));
add('ok.style-adam-batch-4-tanh', 'style', sty(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.001), tr(20, 4));
add('ok.style-softmax-regression-rmsprop-val', 'style', sty(), [d(5, 'softmax')], 'cce', rms(0.01), tr(80, 32, { validationSplit: 0.15 }));
add('ok.style-minmax-sgd-plain-sigmoid', 'style', sty({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(100, 32));
add('ok.returns-adam-relu', 'returned-piece', ret(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.returns-logistic-momentum-0.95-batch-8', 'returned-piece', ret(), [d(1, 'sigmoid')], 'bce', mom(0.01, 0.95), tr(40, 8));
add('ok.returns-rmsprop-batch-2-elu', 'returned-piece', ret(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(15, 2));
add('ok.returns-nesterov-relu-relu-batch-600', 'returned-piece', ret(), [...R2('relu'), d(1, 'sigmoid')], 'bce', nest(0.1, 0.9), tr(300, 600));
add('ok.iris-adam-relu-batch-8', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(60, 8));
add('ok.iris-momentum-relu-relu-full-batch', 'iris-demo', IRIS, [d(16, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(400, 150));
add('ok.moons-nesterov-0.93-relu-relu-batch-4', 'armrest-moons', MOONS, [...R2('relu'), d(1, 'sigmoid')], 'bce', nest(0.01, 0.93), tr(60, 4));
add('ok.moons-rmsprop-tanh', 'armrest-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-adam-elu-bn', 'turned-leg-circles', CIRCLES, [d(32, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-0.9-relu-relu-full-batch', 'turned-leg-circles', CIRCLES, [...R2('relu'), d(1, 'sigmoid')], 'bce', mom(0.1, 0.9), tr(500, 300));
add('ok.spirals-adam-tanh-deep', 'spindle-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-leaky-he-uniform', 'workshop-blobs', BLOBS4, [d(16, 'leaky_relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', sgd(0.1), tr(80, 16));
add('ok.sine-rmsprop-elu-elu', 'humidity-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-batch-8', 'humidity-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(150, 8));
add('ok.xor-adam-leaky-xavier-normal', 'dovetail-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-nesterov-relu-relu-clip', 'dovetail-xor', XOR, [...R2('relu'), d(1, 'sigmoid')], 'bce', nest(0.03, 0.9, { clipNorm: 1 }), tr(150, 32));
add('ok.chair-inline-adam-tanh', 'chair-load', INLINE_CHAIR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 20));
add('ok.build-momentum-0.95-lr-0.1-relu-relu-batch-128', 'build-hours', bld(), [...R2('relu'), d(1)], 'mse', mom(0.1, 0.95), tr(300, 128));
add('ok.fabric-linear-momentum-0.95-lr-0.1-batch-1', 'fabric-metres', uph(), [d(1)], 'mse', mom(0.01, 0.95), tr(5, 1));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
