/**
 * Writes every candidate spec of blind fault set 144 (flooring and carpet retailers) into candidates/:
 * `npx tsx test/faults-blind144/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
 * specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: 144, data, layers, loss, optimizer, training, ...extra };
}

const QF = ['room_m2', 'rooms', 'material_grade', 'stair_treads', 'underlay'];
const quo = (x: Json = {}): Json => ({ csv: '../data/quotes.csv', target: 'quote_usd', features: QF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MF = ['pile_mm', 'thickness_mm', 'price_usd_m2', 'warranty_y', 'waterproof'];
const mat = (x: Json = {}): Json => ({ csv: '../data/material.csv', target: 'material', features: MF, normalize: 'standard', ...x });
const RF = ['colour_match', 'delivery_delay_d', 'room_m2', 'took_sample', 'order_usd', 'installer_rating'];
const ret = (x: Json = {}): Json => ({ csv: '../data/returns.csv', target: 'returned', features: RF, normalize: 'standard', ...x });
const IF = ['backlog_jobs', 'room_m2', 'subfloor_prep', 'stairs', 'distance_km'];
const ins = (x: Json = {}): Json => ({ csv: '../data/install.csv', target: 'days_to_install', features: IF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['room_m2', 'pattern_match', 'furniture_moves', 'old_floor_removal', 'pile_mm', 'crew'];
const fit = (x: Json = {}): Json => ({ csv: '../data/fitting.csv', target: 'fitting_hours', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS = { builtin: 'spirals', samples: 400, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 400, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A fitter's notebook: room area (m2) and pile height (mm) -> needs a second fitter (1) or not (0).
const INLINE_FITTER = {
  inline: {
    x: [[12, 4], [18, 6], [25, 8], [30, 10], [40, 12], [55, 14], [60, 5], [70, 7], [15, 15], [22, 13], [35, 3], [45, 9],
      [50, 11], [65, 13], [80, 4], [10, 10], [28, 12], [38, 16], [48, 2], [75, 10], [20, 3], [33, 7], [58, 9], [90, 12]],
    y: [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 1],
  },
  normalize: 'standard',
};
const FULLQ = 1000, FULLF = 850, FULLI = 900, FULLR = 1200, FULLM = 1000;

// ---------------------------------------------------------------- oscillation candidates (written first)
add('oscillating-loss.momentum-0.99-full-batch-linear-quotes', 'quote-total', quo(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, FULLQ));
add('oscillating-loss.nesterov-0.99-full-batch-linear-fitting', 'fitting-hours', fit(), [d(1)], 'mse', nest(0.1, 0.99), tr(150, FULLF));
add('oscillating-loss.sgd-plain-m2-and-ft2-batch-500-linear', 'quote-total', quo({ features: ['room_m2', 'room_ft2', ...QF.slice(1)] }), [d(1)], 'mse', sgd(0.33), tr(120, 500));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-install', 'days-to-install', ins(), [d(1)], 'mse', rms(0.05), tr(150, FULLI));
add('oscillating-loss.momentum-0.995-lr-0.02-tanh-returns', 'return-flag', ret(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.995), tr(150, FULLR));
add('oscillating-loss.adam-0.3-full-batch-linear-fitting', 'fitting-hours', fit(), [d(1)], 'mse', adam(0.3), tr(150, FULLF));
add('oscillating-loss.sgd-plain-0.3-batch-64-linear-fitting', 'fitting-hours', fit(), [d(1)], 'mse', sgd(0.3), tr(80, 64));
add('oscillating-loss.nesterov-0.98-lr-0.5-full-batch-sine', 'sine-demo', SINE, [d(16, 'tanh'), d(1)], 'mse', nest(0.5, 0.98), tr(200, 300));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'quote-total', quo(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'material-class', mat(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'days-to-install', ins(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.batch-size-zero', 'fitting-hours', fit(), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 0));
add('invalid-spec.embedding-layer-store', 'return-flag', ret(), [{ type: 'embedding', inputDim: 14, outputDim: 4 }, d(8, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('data-error.na-room-m2', 'quote-total-na', quo({ csv: '../data/quotes-na.csv' }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.store-id-feature', 'quote-total', quo({ features: ['store_id', ...QF] }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.quote-ts-feature', 'quote-total', quo({ features: ['quote_ts', ...QF] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.sqft-typo', 'quote-total', quo({ features: ['room_sqft', 'rooms', 'material_grade', 'stair_treads', 'underlay'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.job-id-feature-install', 'days-to-install', ins({ features: ['job_id', ...IF] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.target-install-days-typo', 'days-to-install', ins({ target: 'install_days' }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.sku-text-feature-material', 'material-class', mat({ features: ['sku', ...MF] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));

add('shape-mismatch.material-four-heads-no-cork', 'material-class', mat(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.days-and-hours-one-output', 'days-to-install', ins({ target: ['days_to_install', 'hours_to_install'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.iris-four-heads', 'iris-demo', IRIS, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.05), tr(80, 16));
add('shape-mismatch.blobs4-three-heads', 'showroom-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));
add('shape-mismatch.returns-two-sigmoid-heads-bce', 'return-flag', ret(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.single-softmax-bce-returns', 'return-flag', ret(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-fitting', 'fitting-hours', fit(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-quotes', 'quote-total', quo(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', mom(0.01), tr(60));
add('loss-activation-mismatch.tanh-head-bce-fitter-inline', 'second-fitter', INLINE_FITTER, [d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.linear-head-bce-moons', 'showroom-moons', MOONS, [d(16, 'relu'), d(1)], 'bce', nest(0.05), tr(100));

add('no-nonlinearity.circles-linear-adam', 'rug-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-momentum-batch-1', 'xor-demo', { ...XOR, samples: 200 }, [d(8, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60, 1));
add('no-nonlinearity.moons-linear-nesterov-full-batch', 'showroom-moons', MOONS, [d(16), d(16), d(1, 'sigmoid')], 'bce', nest(0.1), tr(200, 300));
add('no-nonlinearity.spirals-linear-bn-rmsprop', 'tile-spirals', SPIRALS, [d(32, 'linear', { batchNorm: true }), d(32, 'linear', { batchNorm: true }), d(2, 'softmax')], 'cce', rms(0.003), tr(100));

add('lr-out-of-range.adam-lr-10-material', 'material-class', mat(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(40));
add('lr-out-of-range.sgd-1e-8-full-batch-fitting', 'fitting-hours', fit(), [d(16, 'tanh'), d(1)], 'mse', sgd(1e-8), tr(100, FULLF));
add('lr-out-of-range.nesterov-lr-40-returns', 'return-flag', ret(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(40), tr(30));
add('lr-out-of-range.rmsprop-lr-25-install', 'days-to-install', ins(), [d(32, 'relu'), d(1)], 'mse', rms(25), tr(40, 16));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.constant-0.3-tanh-fitting', 'fitting-hours', fit(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-sigmoid-material', 'material-class', mat(), [d(32, 'sigmoid', init('zeros')), d(5, 'softmax', init('zeros'))], 'cce', mom(0.05), tr(60));
add('init-symmetry.constant-0.5-elu-two-layer-quotes', 'quote-total', quo(), [d(24, 'elu', init('constant', { value: 0.5 })), d(24, 'elu', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', rms(0.001), tr(60));
add('init-symmetry.zeros-tanh-nesterov-full-batch-circles', 'rug-circles', CIRCLES, [d(16, 'tanh', init('zeros')), d(16, 'tanh', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', nest(0.3), tr(200, 400));
add('init-symmetry.ones-relu-install-sgd', 'days-to-install', ins(), [d(16, 'relu', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', sgd(0.001), tr(60, 16));

add('init-scale.normal-std-8-sigmoid-returns', 'return-flag', ret(), [d(32, 'sigmoid', init('normal', { std: 8 })), d(1, 'sigmoid', init('normal', { std: 8 }))], 'bce', adam(0.003), tr(40));
add('init-scale.uniform-6-tanh-install', 'days-to-install', ins(), [d(32, 'tanh', init('uniform', { limit: 6 })), d(32, 'tanh', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-5-six-relu-fitting', 'fitting-hours', fit(), [...tower(6, 32, 'relu', init('normal', { std: 1e-5 })), d(1)], 'mse', mom(0.01), tr(60));
add('init-scale.normal-std-4-elu-material', 'material-class', mat(), [d(64, 'elu', init('normal', { std: 4 })), d(64, 'elu', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', sgd(0.01), tr(40));
add('init-scale.uniform-1e-4-five-tanh-quotes', 'quote-total', quo(), [...tower(5, 32, 'tanh', init('uniform', { limit: 1e-4 })), d(1)], 'mse', adam(0.001), tr(60));

add('dead-relu.bias-minus-6-quotes', 'quote-total', quo(), [d(64, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-layer-material', 'material-class', mat(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('dead-relu.bias-minus-10-bn-free-moons', 'showroom-moons', MOONS, [d(128, 'relu', { bias: -10 }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(80));
add('dead-relu.adam-0.1-batch-4-fitting', 'fitting-hours', fit(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(40, 4));
add('dead-relu.momentum-lr-0.8-batch-16-install', 'days-to-install', ins(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.8), tr(40, 16));

add('exploding-gradient.raw-quote-usd-momentum', 'quote-total', quo({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001), tr(60));
add('exploding-gradient.raw-hours-to-install-adam', 'hours-to-install', ins({ target: 'hours_to_install', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('exploding-gradient.raw-ft2-features-nesterov', 'quote-total', quo({ features: ['room_ft2', 'rooms', 'material_grade', 'stair_treads', 'underlay'], normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.001), tr(60));
add('exploding-gradient.constant-1.5-five-relu-fitting', 'fitting-hours', fit(), [...tower(5, 32, 'relu', init('constant', { value: 1.5 })), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-order-usd-returns-sgd', 'return-flag', ret({ normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(40));

add('vanishing-gradient.nine-sigmoid-material-adam', 'material-class', mat(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.001), tr(50));
add('vanishing-gradient.twelve-sigmoid-momentum-returns', 'return-flag', ret(), [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('vanishing-gradient.seven-sigmoid-rmsprop-circles', 'rug-circles', CIRCLES, [...tower(7, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(80));
add('vanishing-gradient.ten-tanh-normal-0.1-install', 'days-to-install', ins(), [...tower(10, 32, 'tanh', init('normal', { std: 0.1 })), d(1)], 'mse', nest(0.005), tr(60));

add('saturated-activation.sigmoid-raw-order-usd-returns', 'return-flag', ret({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-bias-5-fitting', 'fitting-hours', fit(), [d(32, 'tanh', { bias: 5 }), d(32, 'tanh', { bias: 5 }), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.sigmoid-raw-ft2-quotes', 'quote-total', quo({ features: ['room_ft2', 'rooms', 'material_grade', 'stair_treads', 'underlay'], normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-raw-price-material', 'material-class', mat({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-lr-5-batch-1-quotes', 'quote-total', quo(), [d(32, 'relu'), d(1)], 'mse', sgd(5), tr(20, 1));
add('nan-loss.raw-quote-usd-sgd-0.05', 'quote-total', quo({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', sgd(0.05), tr(30));
add('nan-loss.momentum-lr-2-install', 'days-to-install', ins(), [d(32, 'elu'), d(1)], 'mse', mom(2), tr(40, 8));
add('nan-loss.rmsprop-3-raw-ft2-relu', 'quote-total', quo({ features: ['room_ft2', 'rooms', 'material_grade'], normalize: 'none', normalizeTarget: 'none' }), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(3), tr(30));
add('nan-loss.raw-hours-target-nesterov-full-batch', 'hours-to-install', ins({ target: 'hours_to_install', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(60, FULLI));

add('lr-too-high.adam-0.3-batch-4-fitting-tanh', 'fitting-hours', fit(), [d(32, 'tanh'), d(1)], 'mse', adam(0.3), tr(40, 4));
add('lr-too-high.rmsprop-0.2-batch-16-material', 'material-class', mat(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.2), tr(40, 16));
add('lr-too-high.momentum-0.99-lr-0.3-batch-8-returns', 'return-flag', ret(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.99), tr(40, 8));
add('lr-too-high.sgd-plain-1.5-full-batch-relu-quotes', 'quote-total', quo(), [d(32, 'relu'), d(1)], 'mse', sgd(1.5), tr(150, FULLQ));
add('lr-too-high.nesterov-0.8-batch-2-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.8), tr(60, 2));
add('lr-too-high.adam-0.05-batch-1-install-elu', 'days-to-install', ins(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(20, 1));

add('lr-too-low.adam-3e-6-material', 'material-class', mat(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3e-6), tr(50));
add('lr-too-low.sgd-plain-1e-4-full-batch-fitting', 'fitting-hours', fit(), [d(32, 'tanh'), d(1)], 'mse', sgd(1e-4), tr(150, FULLF));
add('lr-too-low.momentum-1e-6-quotes', 'quote-total', quo(), [d(32, 'relu'), d(1)], 'mse', mom(1e-6), tr(60));
add('lr-too-low.rmsprop-1e-6-circles', 'rug-circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(1e-6), tr(100, 16));
add('lr-too-low.nesterov-1e-5-full-batch-install', 'days-to-install', ins(), [d(16, 'elu'), d(1)], 'mse', nest(1e-5), tr(150, FULLI));

add('loss-plateau.receipt-serial-only-returns', 'return-flag', ret({ features: ['receipt_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.order-clerk-only-material', 'material-class', mat({ features: ['order_clerk'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.003), tr(40));
add('loss-plateau.weight-decay-5-rmsprop-fitting', 'fitting-hours', fit(), [d(32, 'relu'), d(1)], 'mse', rms(0.003, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-momentum-install', 'days-to-install', ins(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 1e-7 }), tr(60));
add('loss-plateau.underlay-only-quotes', 'quote-total', quo({ features: ['underlay'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.dropout-0.95-tanh-moons', 'showroom-moons', MOONS, [d(32, 'tanh'), drop(0.95), d(1, 'sigmoid')], 'bce', nest(0.01), tr(80));

// ---------------------------------------------------------------- healthy candidates
add('ok.quotes-adam-relu', 'quote-total', quo(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.quotes-sgd-plain-full-batch-linear', 'quote-total', quo(), [d(1)], 'mse', sgd(0.1), tr(150, FULLQ));
add('ok.quotes-momentum-full-batch-elu', 'quote-total', quo(), [d(32, 'elu'), d(1)], 'mse', mom(0.02), tr(200, FULLQ));
add('ok.quotes-nesterov-full-batch-two-tanh', 'quote-total', quo(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.05), tr(200, FULLQ));
add('ok.quotes-rmsprop-bn-dropout-val', 'quote-total', quo(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.quotes-minmax-leaky-sgd-batch-8', 'quote-total', quo({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.05), tr(60, 8));
add('ok.quotes-ft2-adam-weight-decay', 'quote-total', quo({ features: ['room_ft2', 'rooms', 'material_grade', 'stair_treads', 'underlay'] }), [d(32, 'relu', init('he_uniform')), d(1)], 'mse', adam(0.003, { weightDecay: 1e-4 }), tr(80));
add('ok.fitting-adam-elu', 'fitting-hours', fit(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.fitting-sgd-plain-full-batch-tanh', 'fitting-hours', fit(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.2), tr(300, FULLF));
add('ok.fitting-momentum-0.9-full-batch-relu-deep', 'fitting-hours', fit(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.02), tr(300, FULLF));
add('ok.fitting-nesterov-batch-1', 'fitting-hours', fit(), [d(16, 'tanh'), d(1)], 'mse', nest(0.002), tr(20, 1));
add('ok.fitting-rmsprop-clipnorm', 'fitting-hours', fit(), [d(64, 'relu'), d(1)], 'mse', rms(0.001, { clipNorm: 1 }), tr(60, 64));
add('ok.fitting-adam-bn-val', 'fitting-hours', fit(), [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(1)], 'mse', adam(0.002), tr(80, 32, { validationSplit: 0.15 }));
add('ok.install-adam-relu', 'days-to-install', ins(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.install-nesterov-full-batch-elu', 'days-to-install', ins(), [d(32, 'elu'), d(1)], 'mse', nest(0.05), tr(300, FULLI));
add('ok.install-sgd-plain-full-batch-linear', 'days-to-install', ins(), [d(1)], 'mse', sgd(0.3), tr(200, FULLI));
add('ok.install-momentum-0.95-batch-64-tanh', 'days-to-install', ins(), [d(32, 'tanh'), d(1)], 'mse', mom(0.005, 0.95), tr(80, 64));
add('ok.install-rmsprop-leaky-lecun', 'days-to-install', ins(), [d(32, 'leaky_relu', init('lecun_normal')), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.install-hours-minmax-target-adam', 'hours-to-install', ins({ target: 'hours_to_install', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80, 16));
add('ok.material-adam-relu', 'material-class', mat(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.material-momentum-full-batch-tanh', 'material-class', mat(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.1), tr(300, FULLM));
add('ok.material-sgd-plain-batch-16-elu', 'material-class', mat(), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(0.05), tr(60, 16));
add('ok.material-rmsprop-bn-dropout', 'material-class', mat(), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(40, 32, { validationSplit: 0.2 }));
add('ok.material-nesterov-minmax-sigmoid', 'material-class', mat({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.1), tr(100, 32));
add('ok.returns-adam-relu', 'return-flag', ret(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(50));
add('ok.returns-sgd-plain-full-batch-logistic', 'return-flag', ret(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(300, FULLR));
add('ok.returns-nesterov-full-batch-tanh', 'return-flag', ret(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(300, FULLR));
add('ok.returns-rmsprop-dropout-val', 'return-flag', ret(), [d(32, 'elu'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.001), tr(50, 64, { validationSplit: 0.2 }));
add('ok.moons-adam-relu', 'showroom-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-momentum-full-batch-tanh', 'showroom-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.3), tr(400, 300));
add('ok.circles-nesterov-full-batch-relu-deep', 'rug-circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(400, 400));
add('ok.circles-rmsprop-bn-elu', 'rug-circles', CIRCLES, [d(32, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100, 32));
add('ok.spirals-adam-deep-tanh', 'tile-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(2, 'softmax')], 'cce', adam(0.005), tr(300, 32));
add('ok.blobs4-sgd-plain-full-batch-relu', 'showroom-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.5), tr(300, 400));
add('ok.iris-momentum-batch-8', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(100, 8));
add('ok.iris-adam-full-batch-elu', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300, 150));
add('ok.xor-rmsprop-relu', 'xor-demo', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100, 16));
add('ok.sine-adam-tanh', 'sine-demo', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 32));
add('ok.sine-nesterov-0.9-full-batch-tanh', 'sine-demo', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.1), tr(1000, 300));
add('ok.fitter-inline-adam-batch-4', 'second-fitter', INLINE_FITTER, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 4));
add('ok.fitter-inline-sgd-plain-full-batch-logistic', 'second-fitter', INLINE_FITTER, [d(1, 'sigmoid')], 'bce', sgd(1), tr(500, 24));
add('ok.quotes-momentum-0.95-full-batch-linear', 'quote-total', quo(), [d(1)], 'mse', mom(0.02, 0.95), tr(200, FULLQ));

add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-linear-fitting', 'fitting-hours', fit(), [d(1)], 'mse', mom(0.1, 0.99), tr(150, FULLF));
add('oscillating-loss.nesterov-0.995-lr-0.05-full-batch-linear-quotes', 'quote-total', quo(), [d(1)], 'mse', nest(0.05, 0.995), tr(150, FULLQ));
add('oscillating-loss.momentum-0.99-lr-0.2-full-batch-tanh-moons', 'showroom-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.2, 0.99), tr(200, 300));
add('oscillating-loss.rmsprop-0.1-full-batch-linear-fitting', 'fitting-hours', fit(), [d(1)], 'mse', rms(0.1), tr(150, FULLF));
add('oscillating-loss.momentum-0.99-lr-0.03-batch-250-linear-material-grade', 'quote-total', quo({ features: ['room_m2', 'material_grade'] }), [d(1)], 'mse', mom(0.03, 0.99), tr(150, 250));
add('ok.spirals-adam-relu-wide', 'tile-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(400, 32));
add('ok.install-sgd-plain-full-batch-relu-deep', 'days-to-install', ins(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(400, FULLI));
add('ok.blobs4-momentum-batch-1-tanh', 'showroom-blobs', BLOBS4, [d(8, 'tanh'), d(4, 'softmax')], 'cce', mom(0.005), tr(20, 1));
add('ok.fitting-nesterov-0.95-full-batch-elu-linear-head', 'fitting-hours', fit(), [d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.01, 0.95), tr(300, FULLF));
add('ok.quotes-rmsprop-full-batch-tanh', 'quote-total', quo(), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(300, FULLQ));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
