/**
 * Writes every candidate spec of blind fault set 136 (ice-cream and frozen-dessert makers) into
 * candidates/: `npx tsx test/faults-blind136/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 136, data, layers, loss, optimizer, training, ...extra };
}

const ZF = ['mix_temp_c', 'freezer_temp_c', 'dasher_rpm', 'air_flow_lpm', 'butterfat_pct'];
const frz = (x: Json = {}): Json => ({ csv: '../data/freezer.csv', target: 'overrun_pct', features: ZF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['sugar_pct', 'cocoa_pct', 'colour_red', 'colour_green', 'nut_mg_per_kg', 'butterfat_pct'];
const flav = (x: Json = {}): Json => ({ csv: '../data/flavour.csv', target: 'flavour', features: FF, normalize: 'standard', ...x });
const DF = ['hardening_temp_c', 'storage_days', 'temp_swings', 'overrun_pct', 'stabilizer_pct', 'door_openings_h'];
const dfx = (x: Json = {}): Json => ({ csv: '../data/defect.csv', target: 'ice_crystal_defect', features: DF, normalize: 'standard', ...x });
const SF = ['outdoor_temp_c', 'weekend', 'sunshine_h', 'footfall', 'cone_price_usd'];
const sal = (x: Json = {}): Json => ({ csv: '../data/sales.csv', target: 'sales_usd', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['hour', 'open', 'outdoor_temp_f', 'humidity_pct', 'queue_len', 'holiday'];
const cone = (x: Json = {}): Json => ({ csv: '../data/cones.csv', target: 'cones_sold', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 400, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A parlour owner's notebook: afternoon temperature (°C) and queue length -> sold out of waffle cones (1) or not (0).
const INLINE_SOLDOUT = {
  inline: {
    x: [[14, 2], [18, 3], [22, 5], [25, 6], [28, 9], [31, 10], [33, 12], [16, 1], [20, 4], [24, 8], [27, 7], [30, 11], [35, 14], [12, 0], [19, 6], [23, 3], [26, 10], [29, 5], [32, 9], [34, 6], [17, 5], [21, 9], [15, 8], [36, 12]],
    y: [0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-overrun', 'overrun-pct', frz(), [d(1)], 'mse', nest(0.3, 0.95), tr(150, 1000));
add('oscillating-loss.sgd-plain-1.6-batch-256-linear-sales', 'parlour-sales', sal(), [d(1)], 'mse', sgd(1.6), tr(120, 256));
add('oscillating-loss.rmsprop-0.05-batch-128-relu-cones', 'cones-per-hour', cone(), [d(16, 'relu'), d(1)], 'mse', rms(0.05), tr(120, 128));
add('oscillating-loss.momentum-0.99-lr-0.02-batch-200-tanh-overrun', 'overrun-pct', frz(), [d(8, 'tanh'), d(1)], 'mse', mom(0.02, 0.99), tr(150, 200));
add('oscillating-loss.adam-0.3-full-batch-logistic-defect', 'ice-crystal-defect', dfx(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1200));
add('oscillating-loss.momentum-0.95-lr-1.5-softmax-regression-flavour', 'flavour-class', flav(), [d(5, 'softmax')], 'cce', mom(1.5, 0.95), tr(120, 500));
add('oscillating-loss.sgd-plain-0.95-minmax-feature-linear-cones', 'cones-per-hour', cone({ normalize: 'minmax' }), [d(1)], 'mse', sgd(0.95), tr(150, 800));
add('oscillating-loss.adam-0.05-batch-400-elu-sine', 'churn-speed-sine', SINE, [d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(200, 400));
add('oscillating-loss.sgd-plain-0.9-minmax-feature-linear-cones', 'cones-per-hour', cone({ normalize: 'minmax' }), [d(1)], 'mse', sgd(0.9), tr(150, 800));
add('oscillating-loss.sgd-plain-1.35-batch-256-linear-sales', 'parlour-sales', sal(), [d(1)], 'mse', sgd(1.35), tr(120, 256));
add('oscillating-loss.momentum-0.9-lr-0.9-minmax-linear-overrun', 'overrun-pct', frz({ normalize: 'minmax' }), [d(1)], 'mse', mom(0.9, 0.9), tr(150, 1000));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'overrun-pct', frz(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'flavour-class', flav(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.sparse-categorical-loss', 'flavour-class', flav(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', rms(0.002), tr(50));
add('invalid-spec.batch-size-zero', 'parlour-sales', sal(), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(40, 0));
add('invalid-spec.units-as-string', 'cones-per-hour', cone(), [d(32, 'relu'), { type: 'dense', units: '1' }], 'mse', adam(0.003), tr(40));
add('invalid-spec.normalize-zscore', 'ice-crystal-defect', dfx({ normalize: 'zscore' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-butterfat', 'overrun-pct-na', frz({ csv: '../data/freezer-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.line-id-feature', 'overrun-pct', frz({ features: ['line_id', ...ZF] }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('data-error.shift-ts-feature', 'overrun-pct', frz({ features: ['shift_ts', ...ZF] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.kiosk-id-feature-tab', 'cones-per-hour', cone({ features: ['kiosk_id', ...CF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.sales-target-typo', 'parlour-sales', sal({ target: 'sales_dollars' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.parlour-id-feature', 'parlour-sales', sal({ features: ['parlour_id', ...SF] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(40));
add('data-error.csv-outside-workspace', 'ice-crystal-defect', dfx({ csv: '../../../../defect.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.flavour-four-heads-no-pistachio', 'flavour-class', flav(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.defect-two-softmax-bce', 'ice-crystal-defect', dfx(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.usd-and-cents-one-output', 'parlour-sales', sal({ target: ['sales_usd', 'sales_cents'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'freezer-zone-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.sine-two-outputs', 'churn-speed-sine', SINE, [d(32, 'tanh'), d(2)], 'mse', adam(0.01), tr(100));

add('loss-activation-mismatch.flavour-softmax-mse', 'flavour-class', flav(), [d(32, 'relu'), d(5, 'softmax')], 'mse', sgd(0.05), tr(50));
add('loss-activation-mismatch.tanh-head-bce-defect', 'ice-crystal-defect', dfx(), [d(16, 'elu'), d(1, 'tanh')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-head-standardized-overrun', 'overrun-pct', frz(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-single-unit-soldout', 'waffle-soldout', INLINE_SOLDOUT, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.sigmoid-head-standardized-cones', 'cones-per-hour', cone(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-two-linear-adam', 'cone-rim-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.spirals-linear-dropout-rmsprop', 'swirl-spirals', SPIRALS, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('no-nonlinearity.xor-linear-batch-1-sgd', 'two-topping-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', sgd(0.02), tr(30, 1));
add('no-nonlinearity.moons-four-linear-nesterov-full', 'scoop-moons', MOONS, [...tower(4, 32, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 400));

add('lr-out-of-range.adam-lr-3-flavour', 'flavour-class', flav(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3), tr(30));
add('lr-out-of-range.nesterov-1e-8-overrun', 'overrun-pct', frz(), [d(32, 'tanh'), d(1)], 'mse', nest(1e-8), tr(40));
add('lr-out-of-range.rmsprop-lr-25-cones', 'cones-per-hour', cone(), [d(16, 'relu'), d(1)], 'mse', rms(25), tr(20));
add('lr-out-of-range.sgd-negative-sales', 'parlour-sales', sal(), [d(16, 'elu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-overrun', 'overrun-pct', frz(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.001), tr(60));
add('init-symmetry.constant-0.5-sigmoid-adam-flavour', 'flavour-class', flav(), [d(32, 'sigmoid', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-tanh-momentum-moons', 'scoop-moons', MOONS, [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05), tr(100));
add('init-symmetry.constant-0.2-elu-nesterov-cones', 'cones-per-hour', cone(), [d(32, 'elu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', nest(0.005), tr(60));
add('init-symmetry.uniform-limit-0-tanh-sgd-iris', 'iris-demo', IRIS, [d(16, 'tanh', init('uniform', { limit: 0 })), d(3, 'softmax', init('uniform', { limit: 0 }))], 'cce', sgd(0.1), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-flavour', 'flavour-class', flav(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.003), tr(50));
add('init-scale.uniform-4-elu-cones', 'cones-per-hour', cone(), [...tower(3, 64, 'elu', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', adam(0.001), tr(40));
add('init-scale.normal-1e-5-four-relu-sales', 'parlour-sales', sal(), [...tower(4, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', rms(0.001), tr(60));
add('init-scale.constant-negligible-tanh-defect', 'ice-crystal-defect', dfx(), [...tower(5, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', nest(0.01), tr(40));
add('init-scale.normal-std-4-relu-overrun-sgd', 'overrun-pct', frz(), [...tower(3, 48, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', sgd(0.0005), tr(40));

add('dead-relu.bias-minus-8-two-layer-overrun', 'overrun-pct', frz(), [d(64, 'relu', { bias: -8 }), d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.002), tr(60));
add('dead-relu.bias-minus-4-flavour-nesterov', 'flavour-class', flav(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('dead-relu.adam-0.5-batch-4-cones', 'cones-per-hour', cone(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.5), tr(15, 4));
add('dead-relu.bias-minus-6-deep-xor', 'two-topping-xor', XOR, [...tower(4, 16, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80));
add('dead-relu.sgd-plain-2-batch-2-sales', 'parlour-sales', sal(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(2), tr(5, 2));

add('exploding-gradient.raw-sales-cents-target', 'parlour-sales-cents', sal({ target: 'sales_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-nut-mg-features-momentum', 'flavour-raw', flav({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.001), tr(30));
add('exploding-gradient.raw-storage-seconds-defect', 'ice-crystal-defect-raw', dfx({ features: ['hardening_temp_c', 'storage_s', 'temp_swings', 'overrun_pct', 'stabilizer_pct', 'door_openings_h'], normalize: 'none' }), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(30));
add('exploding-gradient.raw-overrun-target-nesterov', 'overrun-pct-raw-target', frz({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', nest(0.001), tr(30));
add('exploding-gradient.fifteen-relu-std-0.5-cones', 'cones-per-hour', cone(), [...tower(15, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0001), tr(30));

add('vanishing-gradient.eight-sigmoid-nesterov-overrun', 'overrun-pct', frz(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', nest(0.01), tr(60));
add('vanishing-gradient.ten-tanh-std-0.02-flavour', 'flavour-class', flav(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(5, 'softmax')], 'cce', rms(0.001), tr(50));
add('vanishing-gradient.twelve-sigmoid-sgd-circles', 'cone-rim-circles', CIRCLES, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100));
add('vanishing-gradient.seven-sigmoid-lecun-cones-batch-8', 'cones-per-hour', cone(), [...tower(7, 24, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(30, 8));

add('nan-loss.raw-cents-target-sgd', 'parlour-sales-cents', sal({ target: 'sales_cents', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(20));
add('nan-loss.rmsprop-2-tanh-batch-1-overrun', 'overrun-pct', frz(), [d(32, 'tanh'), d(1)], 'mse', rms(2), tr(5, 1));
add('nan-loss.raw-storage-seconds-sgd-regression', 'overrun-raw', dfx({ target: 'overrun_pct', features: ['storage_s', 'hardening_temp_c', 'stabilizer_pct'], normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', sgd(0.01), tr(10));
add('nan-loss.nesterov-lr-2-deep-relu-cones', 'cones-per-hour', cone(), [...tower(3, 64, 'relu'), d(1)], 'mse', nest(2, 0.9), tr(20, 16));
add('nan-loss.constant-1.5-relu-sales', 'parlour-sales', sal(), [...tower(5, 64, 'relu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', mom(0.01), tr(20));

add('saturated-activation.tanh-raw-colour-flavour', 'flavour-raw', flav({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-raw-rpm-overrun', 'overrun-raw-features', frz({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-8-defect', 'ice-crystal-defect', dfx(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));
add('saturated-activation.tanh-raw-fahrenheit-cones', 'cones-raw-features', cone({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-normal-std-3-sales', 'parlour-sales', sal(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', nest(0.005), tr(60));

add('lr-too-high.adam-0.15-batch-16-flavour', 'flavour-class', flav(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.15), tr(40, 16));
add('lr-too-high.rmsprop-0.05-batch-2-overrun', 'overrun-pct', frz(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.nesterov-0.8-batch-8-defect', 'ice-crystal-defect', dfx(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.8), tr(30, 8));
add('lr-too-high.sgd-plain-0.9-batch-4-cones', 'cones-per-hour', cone(), [d(32, 'relu'), d(1)], 'mse', sgd(0.9), tr(10, 4));
add('lr-too-high.momentum-0.5-batch-16-sales', 'parlour-sales', sal(), [d(32, 'tanh'), d(1)], 'mse', mom(0.5), tr(30, 16));
add('lr-too-high.adam-0.1-batch-1-iris', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.1), tr(20, 1));
add('lr-too-high.rmsprop-0.2-spirals-batch-32', 'swirl-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.2), tr(100));

add('lr-too-low.adam-2e-6-flavour', 'flavour-class', flav(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000002), tr(50));
add('lr-too-low.sgd-plain-1e-5-overrun', 'overrun-pct', frz(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.rmsprop-1e-6-cones-batch-16', 'cones-per-hour', cone(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(40, 16));
add('lr-too-low.momentum-5e-6-full-batch-circles', 'cone-rim-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.000005), tr(200, 300));
add('lr-too-low.nesterov-1e-5-sales', 'parlour-sales', sal(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.00001), tr(60));

add('loss-plateau.tub-serial-only-flavour', 'flavour-class', flav({ features: ['tub_serial'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.pallet-serial-only-defect', 'ice-crystal-defect', dfx({ features: ['pallet_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.mix-temp-only-overrun', 'overrun-pct', frz({ features: ['mix_temp_c'] }), [d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-5-nesterov-cones', 'cones-per-hour', cone(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-sales', 'parlour-sales', sal(), [d(32, 'elu'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));
add('loss-plateau.dropout-0.95-flavour', 'flavour-class', flav(), [d(32, 'relu'), drop(0.95), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

// ---------------------------------------------------------------- healthy
add('ok.overrun-adam-relu', 'overrun-pct', frz(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.overrun-rmsprop-tanh-val', 'overrun-pct', frz(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.overrun-linear-sgd-full-batch', 'overrun-pct', frz(), [d(1)], 'mse', sgd(0.2), tr(200, 1000));
add('ok.overrun-minmax-nesterov-elu-batch-8', 'overrun-pct', frz({ normalize: 'minmax' }), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(40, 8));
add('ok.overrun-momentum-sigmoid-decay', 'overrun-pct', frz(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.overrun-adam-bn-dropout-batch-128', 'overrun-pct', frz(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.005), tr(100, 128));
add('ok.overrun-sgd-leaky-batch-1', 'overrun-pct', frz(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(5, 1));
add('ok.flavour-adam-relu', 'flavour-class', flav(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.flavour-rmsprop-elu-dropout', 'flavour-class', flav(), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.flavour-sgd-plain-tanh-batch-16', 'flavour-class', flav(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.1), tr(60, 16));
add('ok.flavour-minmax-momentum-relu-bn', 'flavour-class', flav({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', mom(0.05), tr(60, 64));
add('ok.flavour-softmax-regression-adam-val', 'flavour-class', flav(), [d(5, 'softmax')], 'cce', adam(0.02), tr(100, 32, { validationSplit: 0.15 }));
add('ok.flavour-nesterov-sigmoid-he-uniform', 'flavour-class', flav(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', nest(0.05), tr(80));
add('ok.defect-adam-relu', 'ice-crystal-defect', dfx(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.defect-logistic-sgd-batch-64', 'ice-crystal-defect', dfx(), [d(1, 'sigmoid')], 'bce', sgd(0.2), tr(100, 64));
add('ok.defect-rmsprop-tanh-clip', 'ice-crystal-defect', dfx(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.defect-storage-seconds-standardized-nesterov', 'ice-crystal-defect', dfx({ features: ['hardening_temp_c', 'storage_s', 'temp_swings', 'overrun_pct', 'stabilizer_pct', 'door_openings_h'] }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60));
add('ok.sales-adam-elu', 'parlour-sales', sal(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.sales-rmsprop-relu-batch-256', 'parlour-sales', sal(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.sales-cents-minmax-target-adam', 'parlour-sales-cents', sal({ target: 'sales_cents', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.sales-momentum-tanh-lecun-batch-4', 'parlour-sales', sal(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.005), tr(20, 4));
add('ok.sales-nesterov-leaky-decay', 'parlour-sales', sal(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(80));
add('ok.cones-adam-relu', 'cones-per-hour', cone(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.cones-rmsprop-elu-val', 'cones-per-hour', cone(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.cones-sgd-plain-relu-batch-8', 'cones-per-hour', cone(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(40, 8));
add('ok.cones-adam-bn-deep-dropout', 'cones-per-hour', cone(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64));
add('ok.cones-minmax-momentum-tanh-full-batch', 'cones-per-hour', cone({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.1), tr(300, 800));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.1), tr(300, 150));
add('ok.moons-rmsprop-relu', 'scoop-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));
add('ok.moons-sgd-tanh-batch-4', 'scoop-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 4));
add('ok.circles-adam-tanh', 'cone-rim-circles', CIRCLES, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.spirals-adam-elu-deep', 'swirl-spirals', SPIRALS, [d(64, 'elu'), d(64, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-momentum-relu', 'freezer-zone-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.05), tr(80));
add('ok.sine-adam-tanh', 'churn-speed-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.sine-rmsprop-relu-batch-64', 'churn-speed-sine', SINE, [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(300, 64));
add('ok.xor-adam-leaky', 'two-topping-xor', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-sigmoid', 'two-topping-xor', XOR, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.5), tr(200, 32));
add('ok.soldout-inline-adam-tanh', 'waffle-soldout', INLINE_SOLDOUT, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 24));
add('ok.soldout-inline-logistic-rmsprop-batch-1', 'waffle-soldout', INLINE_SOLDOUT, [d(1, 'sigmoid')], 'bce', rms(0.01), tr(100, 1));
add('ok.blobs4-adam-elu-he-uniform', 'freezer-zone-blobs', BLOBS4, [d(16, 'elu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', adam(0.01), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
