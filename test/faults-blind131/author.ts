/**
 * Writes every candidate spec of blind fault set 131 (auction houses and second-hand marketplaces) into
 * candidates/: `npx tsx test/faults-blind131/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 131, data, layers, loss, optimizer, training, ...extra };
}

const HF = ['estimate_usd', 'reserve_usd', 'bid_count', 'lot_age_y', 'weight_kg', 'condition'];
const ham = (x: Json = {}): Json => ({ csv: '../data/hammer.csv', target: 'hammer_usd', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['weight_kg', 'age_y', 'estimate_usd', 'longest_cm', 'photo_count'];
const cat = (x: Json = {}): Json => ({ csv: '../data/category.csv', target: 'category', features: CF, normalize: 'standard', ...x });
const FF = ['price_to_market', 'seller_age_days', 'feedback_count', 'photo_count', 'ships_abroad', 'description_chars'];
const fake = (x: Json = {}): Json => ({ csv: '../data/counterfeit.csv', target: 'counterfeit', features: FF, normalize: 'standard', ...x });
const DF = ['ask_eur', 'price_vs_median', 'photos', 'watchers', 'shipping_eur'];
const days = (x: Json = {}): Json => ({ csv: '../data/days.csv', target: 'days_to_sell', features: DF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BF = ['start_price', 'watchers', 'hours_listed', 'featured', 'seller_rating'];
const bids = (x: Json = {}): Json => ({ csv: '../data/bids.csv', target: 'bid_count', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 400, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A flea-market trader's notebook: asking price ($) and days listed -> sold (1) or not (0).
const INLINE_STALL = {
  inline: {
    x: [[5, 1], [8, 2], [12, 1], [20, 3], [35, 2], [50, 5], [75, 4], [90, 7], [120, 6], [150, 9], [6, 6], [10, 8], [15, 9], [25, 10], [40, 12], [60, 14], [80, 13], [100, 15], [130, 18], [160, 20], [7, 4], [18, 5], [45, 8], [110, 11]],
    y: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates (written first)
add('oscillating-loss.kg-and-lb-momentum-0.95-full-batch-linear', 'hammer-price', ham({ features: ['estimate_usd', 'weight_kg', 'weight_lb', 'bid_count'] }), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 1000));
add('oscillating-loss.nesterov-0.97-lr-0.2-full-batch-linear-bids', 'bid-count', bids(), [d(1)], 'mse', nest(0.2, 0.97), tr(150, 900));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-days', 'days-to-sell', days(), [d(1)], 'mse', sgd(0.95), tr(150, 900));
add('oscillating-loss.rmsprop-0.05-batch-300-linear-hammer', 'hammer-price', ham(), [d(1)], 'mse', rms(0.05), tr(150, 300));
add('oscillating-loss.adam-0.3-full-batch-logistic-counterfeit', 'counterfeit-flag', fake(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1200));
add('oscillating-loss.momentum-0.99-lr-0.05-tanh-days-batch-450', 'days-to-sell', days(), [d(8, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 450));
add('oscillating-loss.sgd-plain-1.2-full-batch-minmax-linear-bids', 'bid-count', bids({ normalize: 'minmax' }), [d(1)], 'mse', sgd(1.2), tr(150, 900));
add('oscillating-loss.momentum-0.9-lr-0.6-full-batch-linear-days', 'days-to-sell', days(), [d(1)], 'mse', mom(0.6, 0.9), tr(150, 900));

add('oscillating-loss.sgd-plain-1.1-full-batch-minmax-linear-bids', 'bid-count', bids({ normalize: 'minmax' }), [d(1)], 'mse', sgd(1.1), tr(150, 900));
add('oscillating-loss.rmsprop-0.1-batch-100-linear-days', 'days-to-sell', days(), [d(1)], 'mse', rms(0.1), tr(150, 100));
add('oscillating-loss.adam-0.08-batch-64-linear-hammer', 'hammer-price', ham(), [d(1)], 'mse', adam(0.08), tr(150, 64));
add('oscillating-loss.momentum-0.95-lr-0.1-batch-50-linear-bids', 'bid-count', bids(), [d(1)], 'mse', mom(0.1, 0.95), tr(150, 50));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'hammer-price', ham(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'lot-category', cat(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-days', 'days-to-sell', days(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.dense-units-zero', 'bid-count', bids(), [d(0, 'relu'), d(1)], 'mse', rms(0.002), tr(40));
add('invalid-spec.batchsize-string', 'counterfeit-flag', fake(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), { epochs: 40, batchSize: 'full' });

add('data-error.na-reserve-usd', 'hammer-price-na', ham({ csv: '../data/hammer-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.seller-id-feature', 'hammer-price', ham({ features: ['seller_id', ...HF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.listing-ts-feature', 'hammer-price', ham({ features: ['listing_ts', ...HF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.lot-id-feature-category', 'lot-category', cat({ features: ['lot_id', ...CF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.target-typo-days-to-sale', 'days-to-sell', days({ target: 'days_to_sale' }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(50));
add('data-error.bids-path-wrong-folder', 'bid-count', bids({ csv: 'data/bids.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('shape-mismatch.category-four-heads-no-coins', 'lot-category', cat(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.hammer-and-reserve-one-output', 'hammer-price', ham({ target: ['hammer_usd', 'reserve_usd'], features: ['estimate_usd', 'bid_count', 'lot_age_y', 'condition'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.counterfeit-two-softmax-bce', 'counterfeit-flag', fake(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'stall-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));

add('loss-activation-mismatch.counterfeit-softmax-1-bce', 'counterfeit-flag', fake(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.category-sigmoid-heads-cce', 'lot-category', cat(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-head-standardized-hammer', 'hammer-price', ham(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-bids', 'bid-count', bids(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.tanh-head-bce-stall', 'stall-sold', INLINE_STALL, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));

add('no-nonlinearity.circles-two-linear-adam', 'bidder-ring-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.xor-linear-rmsprop-batch-4', 'two-bidder-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', rms(0.005), tr(60, 4));
add('no-nonlinearity.sine-linear-nesterov-mse', 'seasonal-sine', SINE, [d(64), d(64), d(1)], 'mse', nest(0.01), tr(100, 16));
add('no-nonlinearity.moons-linear-dropout-sgd', 'bidder-moons', MOONS, [d(32), drop(0.2), d(16), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100));

add('lr-out-of-range.adam-lr-3-hammer', 'hammer-price', ham(), [d(32, 'relu'), d(1)], 'mse', adam(3), tr(30));
add('lr-out-of-range.rmsprop-1e-8-category', 'lot-category', cat(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(1e-8), tr(40));
add('lr-out-of-range.nesterov-lr-40-counterfeit', 'counterfeit-flag', fake(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(40), tr(20));
add('lr-out-of-range.sgd-negative-bids', 'bid-count', bids(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-momentum-category', 'lot-category', cat(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', mom(0.02), tr(50));
add('init-symmetry.constant-0.5-tanh-adam-bids', 'bid-count', bids(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-sigmoid-rmsprop-moons', 'bidder-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.003), tr(100));
add('init-symmetry.constant-0.2-elu-sgd-circles', 'bidder-ring-circles', CIRCLES, [d(24, 'elu', init('constant', { value: 0.2 })), d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', sgd(0.1), tr(100, 16));

add('init-scale.normal-std-4-sigmoid-hammer', 'hammer-price', ham(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-6-elu-days', 'days-to-sell', days(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-5-six-relu-category', 'lot-category', cat(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', adam(0.001), tr(50));
add('init-scale.uniform-1e-3-tanh-deep-spirals', 'bidder-spirals', SPIRALS, [...tower(5, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', nest(0.01), tr(100));
add('init-scale.normal-std-2-relu-counterfeit', 'counterfeit-flag', fake(), [...tower(3, 64, 'relu', init('normal', { std: 2 })), d(1, 'sigmoid', init('normal', { std: 2 }))], 'bce', rms(0.001), tr(40));

add('dead-relu.bias-minus-8-adam-days', 'days-to-sell', days(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-layer-counterfeit', 'counterfeit-flag', fake(), [...tower(3, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('dead-relu.adam-0.5-batch-4-hammer', 'hammer-price', ham(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(15, 4));
add('dead-relu.nesterov-lr-2-bids', 'bid-count', bids(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(2), tr(20, 16));
add('dead-relu.bias-minus-6-wide-blobs', 'stall-blobs', BLOBS4, [d(128, 'relu', { bias: -6 }), d(4, 'softmax')], 'cce', rms(0.002), tr(60));

add('exploding-gradient.raw-hammer-dollars-rmsprop', 'hammer-price-raw-target', ham({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-feedback-count-momentum', 'counterfeit-raw', fake({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.raw-estimate-usd-category-adam', 'lot-category-raw', cat({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.001), tr(30));
add('exploding-gradient.ten-elu-std-0.8-days', 'days-to-sell', days(), [...tower(10, 32, 'elu', init('normal', { std: 0.8 })), d(1)], 'mse', rms(0.0005), tr(30));
add('exploding-gradient.raw-bid-count-target-adam', 'bid-count-raw-target', bids({ normalizeTarget: 'none', normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-momentum-hammer', 'hammer-price', ham(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.twelve-tanh-std-0.03-counterfeit', 'counterfeit-flag', fake(), [...tower(12, 24, 'tanh', init('normal', { std: 0.03 })), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40));
add('vanishing-gradient.nine-sigmoid-sgd-circles', 'bidder-ring-circles', CIRCLES, [...tower(9, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));
add('vanishing-gradient.seven-sigmoid-lecun-category', 'lot-category', cat(), [...tower(7, 32, 'sigmoid', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', adam(0.0005), tr(40));

add('nan-loss.rmsprop-5-batch-2-days', 'days-to-sell', days(), [d(32, 'relu'), d(1)], 'mse', rms(5), tr(5, 2));
add('nan-loss.raw-hammer-dollars-nesterov', 'hammer-price-raw-target', ham({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(20));
add('nan-loss.sgd-plain-8-bids-batch-8', 'bid-count', bids(), [d(32, 'elu'), d(1)], 'mse', sgd(8), tr(10, 8));
add('nan-loss.constant-3-leaky-deep-hammer', 'hammer-price', ham(), [...tower(5, 64, 'leaky_relu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.raw-features-momentum-0.99-days', 'days-to-sell-raw', days({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.01, 0.99), tr(20, 64));

add('saturated-activation.sigmoid-raw-estimate-category', 'lot-category-raw', cat({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.tanh-raw-seller-days-counterfeit', 'counterfeit-raw', fake({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-bias-minus-7-bids', 'bid-count', bids(), [d(32, 'tanh', { bias: -7 }), d(32, 'tanh', { bias: -7 }), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-ask-days', 'days-to-sell-raw-features', days({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-raw-hammer-features-bn-off', 'hammer-price-raw-features', ham({ normalize: 'none' }), [d(64, 'tanh'), d(1)], 'mse', nest(0.005), tr(60));

add('lr-too-high.adam-0.2-batch-16-category', 'lot-category', cat(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.2), tr(40, 16));
add('lr-too-high.sgd-plain-2-batch-1-counterfeit', 'counterfeit-flag', fake(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(2), tr(5, 1));
add('lr-too-high.rmsprop-0.05-batch-8-hammer', 'hammer-price', ham(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(30, 8));
add('lr-too-high.momentum-0.5-batch-4-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.5), tr(30, 4));
add('lr-too-high.nesterov-0.4-batch-2-days', 'days-to-sell', days(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.4), tr(10, 2));
add('lr-too-high.adam-0.1-batch-1-bids', 'bid-count', bids(), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(5, 1));

add('lr-too-low.adam-3e-7-category', 'lot-category', cat(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3e-7), tr(50));
add('lr-too-low.sgd-plain-1e-5-hammer-batch-64', 'hammer-price', ham(), [d(32, 'tanh'), d(1)], 'mse', sgd(1e-5), tr(60, 64));
add('lr-too-low.nesterov-1e-6-counterfeit', 'counterfeit-flag', fake(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(1e-6), tr(40));
add('lr-too-low.rmsprop-1e-6-days', 'days-to-sell', days(), [d(32, 'relu'), d(1)], 'mse', rms(1e-6), tr(60));
add('lr-too-low.momentum-5e-6-full-batch-spirals', 'bidder-spirals', SPIRALS, [d(64, 'tanh'), d(1, 'sigmoid')], 'bce', mom(5e-6), tr(200, 300));

add('loss-plateau.auction-room-only-category', 'lot-category', cat({ features: ['auction_room'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.listing-seq-only-counterfeit', 'counterfeit-flag', fake({ features: ['listing_seq'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.end-epoch-only-bids', 'bid-count', bids({ features: ['end_epoch'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-hammer', 'hammer-price', ham(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-days', 'days-to-sell', days(), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 1e-7 }), tr(60));
add('loss-plateau.dropout-0.95-category', 'lot-category', cat(), [d(32, 'relu'), drop(0.95), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

// ---------------------------------------------------------------- healthy
add('ok.hammer-adam-relu', 'hammer-price', ham(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.hammer-rmsprop-elu-val', 'hammer-price', ham(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.hammer-lb-nesterov-tanh-batch-16', 'hammer-price', ham({ features: ['estimate_usd', 'reserve_usd', 'bid_count', 'lot_age_y', 'weight_lb', 'condition'] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.hammer-minmax-sgd-leaky-batch-1', 'hammer-price', ham({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.02), tr(5, 1));
add('ok.hammer-linear-momentum-full-batch', 'hammer-price', ham(), [d(1)], 'mse', mom(0.05), tr(200, 1000));
add('ok.hammer-adam-bn-dropout-batch-128', 'hammer-price', ham(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.category-adam-relu', 'lot-category', cat(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.category-rmsprop-tanh-dropout', 'lot-category', cat(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.category-nesterov-elu-batch-8', 'lot-category', cat(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(40, 8));
add('ok.category-minmax-adam-bn', 'lot-category', cat({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.category-sgd-plain-sigmoid-full-batch', 'lot-category', cat(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(1), tr(300, 1000));
add('ok.category-softmax-regression-adam-val', 'lot-category', cat(), [d(5, 'softmax')], 'cce', adam(0.02), tr(80, 32, { validationSplit: 0.15 }));
add('ok.counterfeit-adam-relu', 'counterfeit-flag', fake(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.counterfeit-logistic-nesterov', 'counterfeit-flag', fake(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(60));
add('ok.counterfeit-rmsprop-tanh-decay', 'counterfeit-flag', fake(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002, { weightDecay: 0.0001 }), tr(60, 64));
add('ok.counterfeit-minmax-adam-elu-clip', 'counterfeit-flag', fake({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(80));
add('ok.days-adam-elu', 'days-to-sell', days(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.days-rmsprop-relu-batch-256', 'days-to-sell', days(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.days-momentum-tanh-lecun', 'days-to-sell', days(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.days-minmax-target-adam-dropout', 'days-to-sell', days({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.days-sgd-plain-leaky-batch-4', 'days-to-sell', days(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', sgd(0.01), tr(20, 4));
add('ok.bids-adam-relu', 'bid-count', bids(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.bids-rmsprop-sigmoid', 'bid-count', bids(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.003), tr(80));
add('ok.bids-nesterov-elu-decay', 'bid-count', bids(), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.bids-adam-bn-deep-val', 'bid-count', bids(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.bids-sgd-plain-tanh-batch-2', 'bid-count', bids(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.iris-adam-elu', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-relu-full-batch', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.01), tr(200, 150));
add('ok.moons-adam-leaky', 'bidder-moons', MOONS, [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-momentum-tanh-batch-8', 'bidder-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 8));
add('ok.circles-adam-relu', 'bidder-ring-circles', CIRCLES, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.spirals-adam-tanh-deep', 'bidder-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-relu', 'stall-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.2), tr(100));
add('ok.sine-rmsprop-tanh', 'seasonal-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-elu-full-batch', 'seasonal-sine', SINE, [d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(500, 400));
add('ok.xor-adam-relu-xavier-normal', 'two-bidder-xor', XOR, [d(16, 'relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-nesterov-tanh', 'two-bidder-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.stall-inline-adam-tanh', 'stall-sold', INLINE_STALL, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.stall-inline-logistic-rmsprop-batch-4', 'stall-sold', INLINE_STALL, [d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 4));
add('ok.hammer-adam-leaky-clip', 'hammer-price', ham(), [d(64, 'leaky_relu'), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.category-momentum-leaky-xavier-uniform', 'lot-category', cat(), [d(32, 'leaky_relu', { init: 'xavier_uniform' }), d(5, 'softmax')], 'cce', mom(0.05), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
