/**
 * Writes every candidate spec of blind fault set 132 (hair, beauty and tattoo salons) into
 * candidates/: `npx tsx test/faults-blind132/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 132, data, layers, loss, optimizer, training, ...extra };
}

const APF = ['hair_length_cm', 'dye_ml', 'stylist_years', 'chair_occupancy_pct', 'weekend', 'appt_min'];
const price = (x: Json = {}): Json => ({ csv: '../data/appointments.csv', target: 'price_usd', features: APF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MINF = ['hair_length_cm', 'dye_ml', 'stylist_years', 'chair_occupancy_pct', 'weekend'];
const minutes = (x: Json = {}): Json => ({ csv: '../data/appointments.csv', target: 'appt_min', features: MINF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SVF = ['service_min', 'dye_ml', 'ink_ml', 'products_used', 'price_usd'];
const svc = (x: Json = {}): Json => ({ csv: '../data/service.csv', target: 'service_type', features: SVF, normalize: 'standard', ...x });
const NSF = ['lead_days', 'prior_noshows', 'deposit_usd', 'reminder_sent', 'client_since_days', 'distance_km'];
const noshow = (x: Json = {}): Json => ({ csv: '../data/noshow.csv', target: 'no_show', features: NSF, normalize: 'standard', ...x });
const TPF = ['bill_usd', 'service_min', 'rating', 'card', 'regular'];
const tips = (x: Json = {}): Json => ({ csv: '../data/tips.csv', target: 'tip_usd', features: TPF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const STF = ['week', 'bookings', 'promo', 'shelf_cm', 'unit_price_usd'];
const stock = (x: Json = {}): Json => ({ csv: '../data/stock.csv', target: 'units_sold', features: STF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.2 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A tattoo artist's notebook: session hours and design size (cm2) -> needed a touch-up visit (1) or not (0).
const INLINE_TATTOO = {
  inline: {
    x: [[1, 20], [2, 40], [3, 90], [4, 150], [5, 220], [6, 300], [1.5, 200], [2, 260], [2.5, 310], [3, 400], [6, 80], [7, 120], [1, 60], [4, 380], [5, 450], [8, 200], [2, 150], [3, 250], [7, 500], [1.5, 110], [4.5, 90], [6.5, 420], [2.5, 30], [3.5, 330]],
    y: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'price-usd', price(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'service-type', svc(), [d(32, 'gelu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-tips', 'tips-usd', tips(), [d(16, 'relu'), d(1)], 'mae', rms(0.002), tr(50));
add('invalid-spec.batchnorm-layer-type', 'no-show', noshow(), [d(16, 'relu'), { type: 'batchnorm' }, d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1.5', 'stock-units', stock(), [d(32, 'elu'), drop(1.5), d(1)], 'mse', nest(0.01), tr(60));

add('data-error.na-dye-ml', 'price-usd-na', price({ csv: '../data/appointments-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60, 16));
add('data-error.stylist-id-feature', 'price-usd', price({ features: ['stylist_id', ...APF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.booked-ts-feature-minutes', 'appt-minutes', minutes({ features: ['booked_ts', ...MINF] }), [d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.tip-target-typo', 'tips-usd', tips({ target: 'tips_usd' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.sku-text-feature-stock', 'stock-units', stock({ features: ['sku', ...STF] }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('data-error.missing-june-export', 'no-show', noshow({ csv: '../data/noshow-june.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.service-five-heads-no-bridal', 'service-type', svc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.003), tr(50));
add('shape-mismatch.price-and-minutes-one-output', 'price-usd', price({ target: ['price_usd', 'appt_min'], features: MINF }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.noshow-two-sigmoid-heads', 'no-show', noshow(), [d(16, 'tanh'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'salon-blobs', BLOBS4, [d(16, 'elu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60, 16));

add('loss-activation-mismatch.single-softmax-bce-noshow', 'no-show', noshow(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-tips', 'tips-usd', tips(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-moons', 'salon-moons', MOONS, [d(32, 'relu'), d(1, 'tanh')], 'bce', adam(0.005), tr(80));
add('loss-activation-mismatch.sigmoid-heads-cce-service', 'service-type', svc(), [d(32, 'relu'), d(6, 'sigmoid')], 'cce', nest(0.02), tr(50));
add('loss-activation-mismatch.softmax-head-mse-price', 'price-usd', price(), [d(32, 'relu'), d(1, 'softmax')], 'mse', rms(0.002), tr(60));

add('no-nonlinearity.circles-two-linear-rmsprop-batch-16', 'salon-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100, 16));
add('no-nonlinearity.xor-linear-dropout-momentum', 'two-chair-xor', XOR, [d(16, 'linear'), drop(0.1), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100));
add('no-nonlinearity.spirals-four-linear-adam-val', 'hair-curl-spirals', SPIRALS, [d(64), d(64), d(64), d(64), d(1, 'sigmoid')], 'bce', adam(0.003), tr(120, 32, { validationSplit: 0.2 }));
add('no-nonlinearity.sine-linear-stack-nesterov', 'weekly-cycle-sine', SINE, [d(32, 'linear'), d(32, 'linear'), d(1)], 'mse', nest(0.01), tr(200, 16));

add('lr-out-of-range.adam-lr-10-service', 'service-type', svc(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(10), tr(40));
add('lr-out-of-range.nesterov-1e-10-price', 'price-usd', price(), [d(32, 'relu'), d(1)], 'mse', nest(1e-10), tr(40));
add('lr-out-of-range.rmsprop-lr-50-noshow', 'no-show', noshow(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(50), tr(40));
add('lr-out-of-range.sgd-negative-tips', 'tips-usd', tips(), [d(16, 'elu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.constant-0.3-tanh-circles', 'salon-circles', CIRCLES, [d(32, 'tanh', init('constant', { value: 0.3 })), d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', adam(0.005), tr(100));
add('init-symmetry.zeros-sigmoid-rmsprop-xor', 'two-chair-xor', XOR, [d(16, 'sigmoid', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', rms(0.005), tr(100));
add('init-symmetry.zeros-elu-service', 'service-type', svc(), [d(32, 'elu', init('zeros')), d(32, 'elu', init('zeros')), d(6, 'softmax', init('zeros'))], 'cce', mom(0.05), tr(50));
add('init-symmetry.constant-0.2-relu-spirals', 'hair-curl-spirals', SPIRALS, [d(64, 'relu', init('constant', { value: 0.2 })), d(64, 'relu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', adam(0.003), tr(150));

add('init-scale.normal-std-10-sigmoid-noshow', 'no-show', noshow(), [d(32, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.003), tr(40));
add('init-scale.uniform-20-tanh-tips', 'tips-usd', tips(), [d(32, 'tanh', init('uniform', { limit: 20 })), d(1, 'linear', init('uniform', { limit: 20 }))], 'mse', rms(0.002), tr(60));
add('init-scale.normal-1e-5-six-relu-price', 'price-usd', price(), [...tower(6, 32, 'relu', init('normal', { std: 1e-5 })), d(1, 'linear', init('normal', { std: 1e-5 }))], 'mse', mom(0.01), tr(60));
add('init-scale.normal-std-4-elu-stock', 'stock-units', stock(), [d(64, 'elu', init('normal', { std: 4 })), d(64, 'elu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));

add('dead-relu.bias-minus-8-service', 'service-type', svc(), [d(128, 'relu', { bias: -8 }), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('dead-relu.bias-minus-2-three-layer-xor', 'two-chair-xor', XOR, [d(16, 'relu', { bias: -2, init: 'he_uniform' }), d(16, 'relu', { bias: -2, init: 'he_uniform' }), d(16, 'relu', { bias: -2, init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100));
add('dead-relu.bias-minus-4-bn-free-minutes', 'appt-minutes', minutes(), [d(64, 'relu', { bias: -4, init: 'lecun_normal' }), d(1)], 'mse', sgd(0.05), tr(60, 16));
add('dead-relu.adam-0.5-batch-4-stock', 'stock-units', stock(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.5), tr(30, 4));
add('dead-relu.nesterov-lr-2-batch-16-price', 'price-usd', price(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', nest(2, 0.9), tr(40, 16));

add('exploding-gradient.raw-price-target-momentum', 'price-usd', price({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0005), tr(60));
add('exploding-gradient.raw-ml-used-target-adam', 'stock-ml', stock({ target: 'product_ml_used', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('exploding-gradient.raw-client-days-rmsprop-noshow', 'no-show', noshow({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(40));
add('exploding-gradient.constant-1.5-relu-deep-tips', 'tips-usd', tips(), [...tower(5, 16, 'relu', init('constant', { value: 1.5 })), d(1)], 'mse', sgd(0.001), tr(40));
add('exploding-gradient.raw-bill-features-lecun-tips', 'tips-usd', tips({ normalize: 'none' }), [d(32, 'leaky_relu', { init: 'lecun_normal' }), d(32, 'leaky_relu', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.001), tr(60));

add('vanishing-gradient.eight-sigmoid-momentum-service', 'service-type', svc(), [...tower(8, 32, 'sigmoid'), d(6, 'softmax')], 'cce', mom(0.05), tr(50));
add('vanishing-gradient.ten-tanh-std-0.1-circles', 'salon-circles', CIRCLES, [...tower(10, 32, 'tanh', init('normal', { std: 0.1 })), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('vanishing-gradient.six-sigmoid-rmsprop-xor', 'two-chair-xor', XOR, [...tower(6, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));
add('vanishing-gradient.nine-sigmoid-nesterov-minutes', 'appt-minutes', minutes(), [...tower(9, 24, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', nest(0.01), tr(60));

add('saturated-activation.sigmoid-raw-client-days-noshow', 'no-show', noshow({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-price-service', 'service-type', svc({ normalize: 'none' }), [d(32, 'tanh'), d(6, 'softmax')], 'cce', rms(0.003), tr(50));
add('saturated-activation.sigmoid-bias-10-tips', 'tips-usd', tips(), [d(32, 'sigmoid', { bias: 10 }), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-raw-minutes-price', 'price-usd', price({ normalize: 'none' }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-minus-7-bn-free-stock', 'stock-units', stock(), [d(32, 'tanh', { bias: -7 }), d(1)], 'mse', nest(0.01), tr(60));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-0.5-batch-1-raw-price', 'price-usd', price({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(10, 1));
add('nan-loss.momentum-0.95-raw-ml-target', 'stock-ml', stock({ target: 'product_ml_used', normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01, 0.95), tr(30, 8));
add('nan-loss.rmsprop-3-batch-2-tips', 'tips-usd', tips(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(3), tr(20, 2));
add('nan-loss.raw-features-sgd-plain-stock', 'stock-units', stock({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(30, 8));
add('nan-loss.sixteen-elu-std-0.8-minutes', 'appt-minutes', minutes(), [...tower(16, 32, 'elu', init('normal', { std: 0.8 })), d(1)], 'mse', adam(0.001), tr(30));

add('lr-too-high.nesterov-0.5-batch-4-price', 'price-usd', price(), [d(32, 'relu'), d(1)], 'mse', nest(0.5), tr(40, 4));
add('lr-too-high.rmsprop-0.05-batch-1-tips', 'tips-usd', tips(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(20, 1));
add('lr-too-high.adam-0.3-batch-16-service', 'service-type', svc(), [d(32, 'elu'), d(6, 'softmax')], 'cce', adam(0.3), tr(50, 16));
add('lr-too-high.momentum-0.99-lr-0.05-noshow', 'no-show', noshow(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.99), tr(40, 16));
add('lr-too-high.sgd-plain-3-batch-8-circles', 'salon-circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3), tr(100, 8));
add('lr-too-high.adam-0.1-batch-2-minutes', 'appt-minutes', minutes(), [d(64, 'leaky_relu'), d(1)], 'mse', adam(0.1), tr(20, 2));

add('lr-too-low.adam-5e-6-service', 'service-type', svc(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(5e-6), tr(50));
add('lr-too-low.momentum-2e-5-price', 'price-usd', price(), [d(32, 'elu'), d(1)], 'mse', mom(2e-5), tr(60));
add('lr-too-low.rmsprop-1e-6-tips-batch-16', 'tips-usd', tips(), [d(32, 'relu'), d(1)], 'mse', rms(1e-6), tr(60, 16));
add('lr-too-low.nesterov-3e-6-xor', 'two-chair-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(3e-6), tr(100));
add('lr-too-low.sgd-plain-1e-5-full-batch-circles', 'salon-circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1e-5), tr(100, 300));

add('oscillating-loss.momentum-0.97-full-batch-linear-price', 'price-usd', price(), [d(1)], 'mse', mom(0.3, 0.97), tr(150, 900));
add('oscillating-loss.nesterov-0.99-full-batch-linear-tips', 'tips-usd', tips(), [d(1)], 'mse', nest(0.2, 0.99), tr(150, 800));
add('oscillating-loss.adam-0.08-full-batch-tanh-minutes', 'appt-minutes', minutes(), [d(16, 'tanh'), d(1)], 'mse', adam(0.08), tr(150, 900));
add('oscillating-loss.rmsprop-0.02-batch-256-linear-stock', 'stock-units', stock(), [d(1)], 'mse', rms(0.02), tr(150, 256));
add('oscillating-loss.momentum-0.95-minmax-raw-linear-price', 'price-usd', price({ normalize: 'minmax' }), [d(1)], 'mse', mom(0.9, 0.95), tr(150, 900));
add('oscillating-loss.momentum-0.98-logistic-full-batch-noshow', 'no-show', noshow(), [d(1, 'sigmoid')], 'bce', mom(3, 0.98), tr(150, 1100));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-minutes', 'appt-minutes', minutes(), [d(1)], 'mse', sgd(1.9), tr(150, 900));
add('oscillating-loss.nesterov-0.95-lr-0.5-batch-128-linear-tips', 'tips-usd', tips(), [d(1)], 'mse', nest(0.5, 0.95), tr(100, 128));

add('oscillating-loss.nesterov-0.98-lr-0.4-full-batch-linear-minutes', 'appt-minutes', minutes(), [d(1)], 'mse', nest(0.4, 0.98), tr(150, 900));
add('oscillating-loss.momentum-0.99-lr-0.15-batch-450-linear-price', 'price-usd', price(), [d(1)], 'mse', mom(0.15, 0.99), tr(150, 450));
add('oscillating-loss.adam-0.5-full-batch-linear-tips', 'tips-usd', tips(), [d(1)], 'mse', adam(0.5), tr(150, 800));
add('oscillating-loss.momentum-0.99-lr-2-logistic-batch-550-noshow', 'no-show', noshow(), [d(1, 'sigmoid')], 'bce', mom(2, 0.99), tr(150, 550));
add('oscillating-loss.momentum-0.97-lr-0.5-minmax-linear-tips', 'tips-usd', tips({ normalize: 'minmax' }), [d(1)], 'mse', mom(0.5, 0.97), tr(150, 800));

add('loss-plateau.loyalty-card-only-noshow', 'no-show', noshow({ features: ['loyalty_card_no'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.chair-number-only-service', 'service-type', svc({ features: ['chair_no'] }), [d(16, 'tanh'), d(6, 'softmax')], 'cce', rms(0.003), tr(50));
add('loss-plateau.occupancy-only-price', 'price-usd', price({ features: ['chair_occupancy_pct'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-5-nesterov-tips', 'tips-usd', tips(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-minutes', 'appt-minutes', minutes(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.clipnorm-1e-7-rmsprop-stock', 'stock-units', stock(), [d(32, 'relu'), d(1)], 'mse', rms(0.003, { clipNorm: 1e-7 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.price-adam-relu', 'price-usd', price(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.price-rmsprop-elu-deep-val', 'price-usd', price(), [d(64, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.price-minmax-momentum-tanh', 'price-usd', price({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.02), tr(100));
add('ok.price-linear-sgd-plain-full-batch', 'price-usd', price(), [d(1)], 'mse', sgd(0.1), tr(200, 900));
add('ok.price-nesterov-leaky-batch-4-decay', 'price-usd', price(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.002, 0.9, { weightDecay: 0.0001 }), tr(20, 4));
add('ok.price-adam-bn-dropout', 'price-usd', price(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(80, 64));
add('ok.minutes-adam-sigmoid', 'appt-minutes', minutes(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.005), tr(80));
add('ok.minutes-minmax-target-rmsprop-relu', 'appt-minutes', minutes({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.minutes-sgd-plain-elu-batch-1', 'appt-minutes', minutes(), [d(16, 'elu'), d(1)], 'mse', sgd(0.002), tr(10, 1));
add('ok.service-adam-relu', 'service-type', svc(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.service-nesterov-tanh-batch-8', 'service-type', svc(), [d(32, 'tanh'), d(6, 'softmax')], 'cce', nest(0.01), tr(40, 8));
add('ok.service-rmsprop-bn-elu-minmax', 'service-type', svc({ normalize: 'minmax' }), [d(48, 'elu', { batchNorm: true }), d(6, 'softmax')], 'cce', rms(0.003), tr(60, 64));
add('ok.service-sgd-plain-leaky-he-uniform-val', 'service-type', svc(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(6, 'softmax')], 'cce', sgd(0.1), tr(80, 16, { validationSplit: 0.15 }));
add('ok.service-softmax-regression-adam-full-batch', 'service-type', svc(), [d(6, 'softmax')], 'cce', adam(0.05), tr(300, 1000));
add('ok.noshow-adam-relu', 'no-show', noshow(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.noshow-logistic-rmsprop', 'no-show', noshow(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.noshow-momentum-tanh-clip', 'no-show', noshow(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9, { clipNorm: 1 }), tr(60));
add('ok.tips-adam-elu', 'tips-usd', tips(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.tips-rmsprop-relu-batch-128', 'tips-usd', tips(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 128));
add('ok.tips-nesterov-tanh-lecun', 'tips-usd', tips(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.01), tr(80));
add('ok.tips-minmax-adam-dropout', 'tips-usd', tips({ normalize: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.stock-adam-relu', 'stock-units', stock(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.stock-momentum-elu-batch-16', 'stock-units', stock(), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(60, 16));
add('ok.stock-ml-target-rmsprop-tanh', 'stock-ml', stock({ target: 'product_ml_used' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.iris-adam-elu', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-momentum-relu-batch-1', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.005), tr(30, 1));
add('ok.moons-adam-relu-deep', 'salon-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-rmsprop-tanh-batch-8', 'salon-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 8));
add('ok.circles-adam-elu', 'salon-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'salon-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-relu-deep', 'hair-curl-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'salon-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.blobs4-adam-leaky-xavier-normal', 'salon-blobs', BLOBS4, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', adam(0.01), tr(60));
add('ok.sine-adam-tanh', 'weekly-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 32));
add('ok.sine-rmsprop-elu-full-batch', 'weekly-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(600, 250));
add('ok.xor-adam-tanh', 'two-chair-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-relu-dropout', 'two-chair-xor', XOR, [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.tattoo-inline-adam-tanh', 'tattoo-touch-up', INLINE_TATTOO, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.tattoo-inline-rmsprop-relu-batch-4', 'tattoo-touch-up', INLINE_TATTOO, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(300, 4));
add('ok.minutes-adam-he-normal-leaky-clip', 'appt-minutes', minutes(), [d(64, 'leaky_relu', { init: 'he_normal' }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.noshow-nesterov-elu-batch-64-decay', 'no-show', noshow(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9, { weightDecay: 0.0005 }), tr(80, 64));
add('ok.stock-nesterov-relu-minmax-full-batch', 'stock-units', stock({ normalize: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', nest(0.05), tr(400, 700));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
