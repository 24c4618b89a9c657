/**
 * Writes every candidate spec of blind fault set 185 (bookshops and second-hand booksellers) into
 * candidates/: `npx tsx test/faults-blind185/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 185, data, layers, loss, optimizer, training, ...extra };
}

const SF = ['page_count', 'cover_price_gbp', 'shelf_days', 'condition_grade', 'author_age', 'first_edition'];
const sales = (x: Json = {}): Json => ({ csv: '../data/sales.csv', target: 'sale_price_gbp', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['page_count', 'weight_g', 'illustrated', 'author_age', 'cover_price_gbp'];
const genre = (x: Json = {}): Json => ({ csv: '../data/genre.csv', target: 'genre', features: GF, normalize: 'standard', ...x });
const FF = ['pub_year', 'dust_jacket', 'print_line', 'page_count', 'condition_grade', 'weight_g'];
const first = (x: Json = {}): Json => ({ csv: '../data/firsted.csv', target: 'first_edition', features: FF, normalize: 'standard', ...x });
const HF = ['price_gbp', 'condition_grade', 'window_display', 'shelf_height_cm', 'copies_in_stock', 'page_count'];
const shelf = (x: Json = {}): Json => ({ csv: '../data/shelf.csv', target: 'days_to_sell', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const OF = ['books', 'avg_grade', 'hardback_share', 'weight_kg', 'signed_copy', 'buyer_years'];
const offer = (x: Json = {}): Json => ({ csv: '../data/offer.csv', target: 'offer_pence', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 240, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 320, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A bookseller's notebook: book age (years) and asking price (pounds) -> sold within a month (1) or not (0).
const INLINE_SOLD = {
  inline: {
    x: [[2, 4], [5, 3], [12, 8], [30, 25], [1, 12], [8, 6], [40, 60], [3, 2], [15, 18], [22, 9], [6, 15], [50, 120], [4, 5], [10, 3], [35, 40], [7, 20], [18, 7], [2, 9], [28, 35], [9, 4]],
    y: [1, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates (observed first)
add('oscillating-loss.sgd-plain-0.6-batch-64-linear-offer', 'offer-pence', offer(), [d(1)], 'mse', sgd(0.6), tr(120, 64));
add('oscillating-loss.momentum-0.95-lr-0.3-batch-100-linear-sales', 'sale-price', sales(), [d(1)], 'mse', mom(0.3, 0.95), tr(120, 100));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-shelf', 'days-to-sell', shelf(), [d(1)], 'mse', rms(0.05), tr(150, 850));
add('oscillating-loss.adam-0.3-full-batch-tanh-iris', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', adam(0.3), tr(200, 150));
add('oscillating-loss.nesterov-0.99-lr-0.03-batch-200-tanh-shelf', 'days-to-sell', shelf(), [d(8, 'tanh'), d(1)], 'mse', nest(0.03, 0.99), tr(150, 200));
add('oscillating-loss.sgd-plain-8-batch-50-logistic-firsted', 'first-edition', first(), [d(1, 'sigmoid')], 'bce', sgd(8), tr(100, 50));
add('oscillating-loss.momentum-0.9-lr-0.8-full-batch-softmax-genre', 'genre', genre(), [d(5, 'softmax')], 'cce', mom(0.8, 0.9), tr(150, 1000));
add('oscillating-loss.adam-0.15-batch-450-linear-offer', 'offer-pence', offer(), [d(1)], 'mse', adam(0.15), tr(150, 450));
add('oscillating-loss.sgd-plain-3-full-batch-books-and-weight-offer', 'offer-pence', offer({ features: ['books', 'weight_kg', 'avg_grade', 'hardback_share'], normalize: 'minmax' }), [d(1)], 'mse', sgd(3), tr(150, 900));
add('oscillating-loss.momentum-0.97-lr-0.05-batch-16-elu-sine', 'shelf-cycle-sine', SINE, [d(16, 'elu'), d(1)], 'mse', mom(0.05, 0.97), tr(100, 16));

add('oscillating-loss.momentum-0.95-lr-0.1-batch-100-linear-sales', 'sale-price', sales(), [d(1)], 'mse', mom(0.1, 0.95), tr(120, 100));
add('oscillating-loss.sgd-plain-0.4-batch-64-linear-offer', 'offer-pence', offer(), [d(1)], 'mse', sgd(0.4), tr(120, 64));
add('oscillating-loss.sgd-plain-0.5-batch-64-linear-offer', 'offer-pence', offer(), [d(1)], 'mse', sgd(0.5), tr(120, 64));
add('oscillating-loss.momentum-0.9-lr-0.2-batch-32-linear-shelf', 'days-to-sell', shelf(), [d(1)], 'mse', mom(0.2), tr(120, 32));
add('oscillating-loss.momentum-0.9-lr-0.3-batch-32-linear-shelf', 'days-to-sell', shelf(), [d(1)], 'mse', mom(0.3), tr(120, 32));
add('oscillating-loss.adam-0.2-batch-4-linear-offer', 'offer-pence', offer(), [d(1)], 'mse', adam(0.2), tr(40, 4));
add('oscillating-loss.sgd-plain-15-batch-16-softmax-genre', 'genre', genre(), [d(5, 'softmax')], 'cce', sgd(15), tr(60, 16));
add('oscillating-loss.sgd-plain-40-batch-50-logistic-firsted', 'first-edition', first(), [d(1, 'sigmoid')], 'bce', sgd(40), tr(100, 50));
add('shape-mismatch.sales-two-linear-outputs-one-target', 'sale-price', sales(), [d(32, 'relu'), d(2)], 'mse', rms(0.001), tr(60));
add('ok.spirals-adam-tanh-wide-long', 'reading-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(800, 32));
add('ok.spirals-rmsprop-relu-three', 'reading-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(600, 16));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'sale-price', sales(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'genre', genre(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.categorical-crossentropy-keras-name', 'genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', rms(0.002), tr(50));
add('invalid-spec.dropout-rate-1.5', 'first-edition', first(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'days-to-sell', shelf(), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 0));

add('data-error.na-page-count', 'sale-price-na', sales({ csv: '../data/sales-na.csv' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('data-error.sale-ts-feature', 'sale-price', sales({ features: ['sale_ts', ...SF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.title-id-feature-genre', 'genre', genre({ features: ['title_id', ...GF] }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05), tr(50));
add('data-error.target-sale-price-typo', 'sale-price', sales({ target: 'sale_price' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.capitalised-file-name', 'days-to-sell', shelf({ csv: '../data/Shelf.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.lot-id-feature-firsted', 'first-edition', first({ features: ['lot_id', ...FF] }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('shape-mismatch.genre-four-heads-no-poetry', 'genre', genre(), [d(32, 'elu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.firsted-two-sigmoid-heads', 'first-edition', first(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'shelf-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.1), tr(60));
add('shape-mismatch.offer-pence-and-gbp-three-outputs', 'offer-pence', offer({ target: ['offer_pence', 'offer_gbp'] }), [d(32, 'relu'), d(3)], 'mse', adam(0.003), tr(60));

add('loss-activation-mismatch.one-unit-softmax-bce-firsted', 'first-edition', first(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-moons', 'shelf-moons', MOONS, [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(100));
add('loss-activation-mismatch.one-unit-softmax-mse-sales', 'sale-price', sales(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-shelf', 'days-to-sell', shelf(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-offer', 'offer-pence', offer(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', mom(0.02), tr(60));

add('no-nonlinearity.circles-linear-adam', 'stack-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('no-nonlinearity.xor-four-linear-rmsprop', 'two-shop-xor', XOR, [...tower(4, 16, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.spirals-linear-nesterov-batch-8', 'reading-spirals', SPIRALS, [d(48), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100, 8));
add('no-nonlinearity.moons-linear-dropout-sgd', 'shelf-moons', MOONS, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));

add('lr-out-of-range.adam-lr-10-genre', 'genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(30));
add('lr-out-of-range.nesterov-lr-50-sales', 'sale-price', sales(), [d(16, 'tanh'), d(1)], 'mse', nest(50), tr(20));
add('lr-out-of-range.rmsprop-1e-9-offer', 'offer-pence', offer(), [d(32, 'relu'), d(1)], 'mse', rms(1e-9), tr(40));
add('lr-out-of-range.sgd-negative-firsted', 'first-edition', first(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-momentum-shelf', 'days-to-sell', shelf(), [d(32, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.05), tr(60));
add('init-symmetry.constant-0.5-tanh-rmsprop-genre', 'genre', genre(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.2-elu-nesterov-circles', 'stack-circles', CIRCLES, [d(24, 'elu', init('constant', { value: 0.2 })), d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', nest(0.02), tr(120));
add('init-symmetry.zeros-relu-adam-sales', 'sale-price', sales(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.05-tanh-sgd-spirals', 'reading-spirals', SPIRALS, [d(32, 'tanh', init('constant', { value: 0.05 })), d(32, 'tanh', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', sgd(0.1), tr(150, 16));

add('init-scale.normal-std-10-sigmoid-genre', 'genre', genre(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', rms(0.001), tr(50));
add('init-scale.uniform-3-tanh-deep-sales', 'sale-price', sales(), [...tower(3, 64, 'tanh', init('uniform', { limit: 3 })), d(1, 'linear', init('uniform', { limit: 3 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-1e-5-relu-six-offer', 'offer-pence', offer(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', nest(0.01), tr(60));
add('init-scale.normal-std-4-elu-moons', 'shelf-moons', MOONS, [d(64, 'elu', init('normal', { std: 4 })), d(64, 'elu', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', sgd(0.05), tr(100, 16));
add('init-scale.uniform-1e-3-sigmoid-five-firsted', 'first-edition', first(), [...tower(5, 32, 'sigmoid', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', adam(0.001), tr(40));

add('dead-relu.bias-minus-4-nesterov-sales', 'sale-price', sales(), [d(64, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.adam-0.1-batch-4-genre', 'genre', genre(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.1), tr(15, 4));
add('dead-relu.sgd-plain-1-three-relu-shelf', 'days-to-sell', shelf(), [...tower(3, 32, 'relu'), d(1)], 'mse', sgd(1), tr(30, 16));
add('dead-relu.he-uniform-bias-minus-10-firsted', 'first-edition', first(), [d(128, 'relu', { init: 'he_uniform', bias: -10 }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40));
add('dead-relu.bias-minus-2-bn-off-offer-eight-layers', 'offer-pence', offer(), [...tower(8, 24, 'relu', { bias: -2 }), d(1)], 'mse', adam(0.002), tr(60));

add('exploding-gradient.raw-offer-pence-rmsprop', 'offer-pence-raw-target', offer({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-pub-year-weight-momentum', 'first-edition-raw', first({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.isbn-feature-raw-adam', 'sale-price-isbn', sales({ features: ['isbn', ...SF], normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.0005), tr(30));
add('exploding-gradient.ten-leaky-std-0.5-shelf', 'days-to-sell', shelf(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0001), tr(30));
add('exploding-gradient.raw-offer-features-nesterov-batch-8', 'offer-pence-raw', offer({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.001), tr(30, 8));

add('vanishing-gradient.eight-sigmoid-sgd-genre', 'genre', genre(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.1), tr(50));
add('vanishing-gradient.six-sigmoid-momentum-circles', 'stack-circles', CIRCLES, [...tower(6, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(120));
add('vanishing-gradient.ten-tanh-std-0.1-adam-shelf', 'days-to-sell', shelf(), [...tower(10, 32, 'tanh', init('normal', { std: 0.1 })), d(1)], 'mse', adam(0.0005), tr(60));
add('vanishing-gradient.twelve-sigmoid-lecun-rmsprop-xor', 'two-shop-xor', XOR, [...tower(12, 16, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));

add('nan-loss.sgd-0.01-raw-offer-pence-batch-1', 'offer-pence-raw-target', offer({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(3, 1));
add('nan-loss.momentum-0.99-lr-1-sales', 'sale-price', sales(), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(30));
add('nan-loss.isbn-feature-sgd', 'sale-price-isbn', sales({ features: ['isbn', 'page_count', 'cover_price_gbp'], normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(20));
add('nan-loss.constant-3-elu-deep-offer', 'offer-pence', offer(), [...tower(5, 48, 'elu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', rms(0.001), tr(20));
add('nan-loss.rmsprop-5-linear-sine', 'shelf-cycle-sine', SINE, [d(32, 'linear'), d(32, 'relu'), d(1)], 'mse', rms(5), tr(20, 8));

add('saturated-activation.sigmoid-raw-weight-genre', 'genre-raw', genre({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.tanh-raw-pub-year-firsted', 'first-edition-raw', first({ normalize: 'none', features: ['pub_year', 'dust_jacket', 'print_line', 'condition_grade'] }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));
add('saturated-activation.sigmoid-bias-8-sales', 'sale-price', sales(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', adam(0.002), tr(60));
add('saturated-activation.tanh-raw-shelf-height', 'days-to-sell-raw', shelf({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-xavier-raw-pages-sales', 'sale-price-raw', sales({ normalize: 'none' }), [d(48, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', nest(0.005), tr(60, 16));

add('lr-too-high.sgd-plain-3-batch-16-genre', 'genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(3), tr(40, 16));
add('lr-too-high.rmsprop-0.05-batch-1-shelf', 'days-to-sell', shelf(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(4, 1));
add('lr-too-high.adam-0.3-batch-2-circles', 'stack-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(30, 2));
add('lr-too-high.nesterov-0.5-tanh-sales', 'sale-price', sales(), [d(32, 'tanh'), d(1)], 'mse', nest(0.5), tr(40));
add('lr-too-high.momentum-0.95-lr-0.5-firsted', 'first-edition', first(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.95), tr(40, 16));
add('lr-too-high.adam-0.1-batch-8-offer', 'offer-pence', offer(), [d(64, 'elu'), d(64, 'elu'), d(1)], 'mse', adam(0.1), tr(30, 8));

add('lr-too-low.adam-2e-6-genre', 'genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000002), tr(50));
add('lr-too-low.sgd-plain-1e-5-full-batch-circles', 'stack-circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.00001), tr(200, 300));
add('lr-too-low.rmsprop-1e-6-sales', 'sale-price', sales(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-5e-6-batch-8-shelf', 'days-to-sell', shelf(), [d(32, 'relu'), d(1)], 'mse', nest(0.000005), tr(30, 8));
add('lr-too-low.momentum-1e-5-offer-bn', 'offer-pence', offer(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.00001), tr(60));

add('loss-plateau.shelf-bay-only-genre', 'genre', genre({ features: ['shelf_bay'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.stock-barcode-only-firsted', 'first-edition', first({ features: ['stock_barcode'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('loss-plateau.hour-only-offer', 'offer-pence', offer({ features: ['hour'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-2-nesterov-sales', 'sale-price', sales(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 2 }), tr(60));
add('loss-plateau.author-age-only-sales', 'sale-price', sales({ features: ['author_age'] }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.sales-adam-relu', 'sale-price', sales(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.sales-rmsprop-elu-val', 'sale-price', sales(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(80, 32, { validationSplit: 0.2 }));
add('ok.sales-nesterov-tanh-batch-16', 'sale-price', sales(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.sales-minmax-adam-bn-dropout', 'sale-price', sales({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(80, 64));
add('ok.sales-sgd-plain-leaky-batch-1', 'sale-price', sales(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(6, 1));
add('ok.genre-adam-relu', 'genre', genre(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.genre-rmsprop-tanh-dropout', 'genre', genre(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.genre-momentum-elu-batch-8', 'genre', genre(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.01), tr(40, 8));
add('ok.genre-minmax-nesterov-sigmoid', 'genre', genre({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.1), tr(80, 32));
add('ok.genre-softmax-regression-sgd-full-batch', 'genre', genre(), [d(5, 'softmax')], 'cce', sgd(0.5), tr(300, 1000));
add('ok.genre-adam-bn-leaky-weight-decay', 'genre', genre(), [d(48, 'leaky_relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005, { weightDecay: 0.0001 }), tr(60, 64));
add('ok.firsted-adam-relu', 'first-edition', first(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.firsted-logistic-rmsprop', 'first-edition', first(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(80));
add('ok.firsted-nesterov-tanh-batch-128', 'first-edition', first(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 128));
add('ok.firsted-adam-elu-clip-val', 'first-edition', first(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005, { clipNorm: 1 }), tr(80, 32, { validationSplit: 0.2 }));
add('ok.shelf-adam-elu', 'days-to-sell', shelf(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.shelf-rmsprop-relu-batch-256', 'days-to-sell', shelf(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.shelf-momentum-tanh-xavier-normal', 'days-to-sell', shelf(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', mom(0.02), tr(80));
add('ok.shelf-minmax-target-nesterov-leaky', 'days-to-sell', shelf({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.05), tr(100, 16));
add('ok.shelf-sgd-plain-sigmoid-batch-4', 'days-to-sell', shelf(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(30, 4));
add('ok.offer-adam-relu', 'offer-pence', offer(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.offer-gbp-rmsprop-elu', 'offer-gbp', offer({ target: 'offer_gbp' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.offer-adam-bn-dropout-deep-val', 'offer-pence', offer(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.offer-momentum-tanh-he-uniform-clip', 'offer-pence', offer(), [d(32, 'tanh', { init: 'he_uniform' }), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 5 }), tr(80));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-rmsprop-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(300, 150));
add('ok.moons-adam-relu', 'shelf-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150));
add('ok.moons-sgd-plain-tanh-batch-4', 'shelf-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 4));
add('ok.circles-adam-elu', 'stack-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'stack-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-tanh-deep', 'reading-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-rmsprop-relu', 'shelf-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(80));
add('ok.sine-adam-elu', 'shelf-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.sine-momentum-tanh-batch-250', 'shelf-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(0.1), tr(600, 250));
add('ok.xor-adam-tanh', 'two-shop-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-he-normal', 'two-shop-xor', XOR, [d(16, 'leaky_relu', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.sold-inline-adam-tanh', 'sold-within-month', INLINE_SOLD, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 20));
add('ok.sold-inline-logistic-momentum-batch-5', 'sold-within-month', INLINE_SOLD, [d(1, 'sigmoid')], 'bce', mom(0.05), tr(200, 5));
add('ok.sales-linear-sgd-full-batch', 'sale-price', sales(), [d(1)], 'mse', sgd(0.1), tr(300, 1000));
add('ok.offer-linear-adam-full-batch', 'offer-pence', offer(), [d(1)], 'mse', adam(0.01), tr(300, 900));
add('ok.genre-sgd-nesterov-relu-lecun', 'genre', genre(), [d(32, 'relu', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', nest(0.02), tr(60));
add('ok.shelf-adam-uniform-init-relu', 'days-to-sell', shelf(), [d(32, 'relu', init('uniform', { limit: 0.3 })), d(1)], 'mse', adam(0.003), tr(80));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
