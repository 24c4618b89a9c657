/**
 * Writes every candidate spec of blind fault set 113 (hotels and short-term rentals) into candidates/:
 * `npx tsx test/faults-blind113/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 113, data, layers, loss, optimizer, training, ...extra };
}

const BOOK = ['lead_time_days', 'nights', 'rate_cents', 'prepaid', 'previous_stays', 'review_score'];
const noshow = (x: Json = {}): Json => ({ csv: '../data/bookings.csv', target: 'no_show', features: BOOK, normalize: 'standard', ...x });
const PRICE = ['occupancy_pct', 'lead_time_days', 'day_of_week', 'event_in_town', 'competitor_rate_cents', 'season_index'];
const rate = (x: Json = {}): Json => ({ csv: '../data/pricing.csv', target: 'nightly_rate_cents', features: PRICE, normalize: 'standard', normalizeTarget: 'standard', ...x });
const ROOM = ['sqft', 'beds', 'max_guests', 'floor', 'rate_cents', 'view_score', 'bathroom_sqft'];
const roomtype = (x: Json = {}): Json => ({ csv: '../data/rooms.csv', target: 'room_type', features: ROOM, normalize: 'standard', ...x });
const HK = ['unit_sqft', 'guests', 'nights', 'pets', 'late_checkout', 'bathrooms'];
const clean = (x: Json = {}): Json => ({ csv: '../data/housekeeping.csv', target: 'cleaning_minutes', features: HK, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MB = ['guests', 'nights', 'business_trip', 'loyalty_tier', 'guest_age', 'arrival_hour'];
const minibar = (x: Json = {}): Json => ({ csv: '../data/minibar.csv', target: 'minibar_spend_eur', features: MB, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.12 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS2 = { builtin: 'spirals', samples: 400, noise: 0.05 };
const BLOBS3 = { builtin: 'blobs', samples: 360, classes: 3, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 200, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A host's own sheet: nightly price (euros) and distance to the beach (km) -> booked this weekend (0/1).
const INLINE_HOST = {
  inline: {
    x: [[80, 0.5], [95, 0.3], [150, 0.2], [60, 2.5], [70, 4], [110, 1.2], [200, 0.1], [55, 6], [90, 1], [130, 3], [75, 0.8], [160, 2], [65, 1.5], [180, 0.4], [85, 5], [100, 0.6], [140, 0.9], [50, 3.5], [120, 2.2], [70, 0.2], [210, 1.8], [95, 2.8], [60, 0.7], [175, 3.2]],
    y: [1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 0, 1, 0],
  },
  normalize: 'minmax',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.swish-activation', 'cleaning-minutes', clean(), [d(32, 'swish'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.sgd-nesterov-string', 'nightly-rate', rate(), [d(32, 'relu'), d(1)], 'mse', { type: 'nesterov', lr: 0.01, momentum: 0.9 }, tr(60));
add('invalid-spec.huber-loss', 'minibar-spend', minibar(), [d(32, 'relu'), d(1)], 'huber', adam(0.003), tr(60));
add('invalid-spec.glorot-init-name', 'room-type', roomtype(), [d(32, 'tanh', { init: 'glorot_uniform' }), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('invalid-spec.conv1d-layer', 'no-show', noshow(), [{ type: 'conv1d', units: 16, activation: 'relu' }, d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-review-score', 'no-show-na', noshow({ csv: '../data/bookings-na.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.booked-at-feature', 'no-show', noshow({ features: ['booked_at', ...BOOK] }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(40));
add('data-error.building-code-feature', 'room-type', roomtype({ features: ['building', ...ROOM] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.02), tr(50));
add('data-error.housekeeping-wrong-path', 'cleaning-minutes', clean({ csv: '../data/housekeeping.tsv' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.rate-euros-column-name', 'nightly-rate', rate({ target: 'nightly_rate_eur' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.room-type-four-heads', 'room-type', roomtype(), [d(32, 'elu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.cleaning-two-outputs', 'cleaning-minutes', clean(), [d(32, 'relu'), d(2)], 'mse', mom(0.01), tr(60));
add('shape-mismatch.rate-and-occupancy-one-output', 'rate-and-occupancy', rate({ target: ['nightly_rate_cents', 'occupancy_pct'], features: ['lead_time_days', 'day_of_week', 'event_in_town', 'competitor_rate_cents', 'season_index'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs3-two-heads', 'guest-segments-blobs', BLOBS3, [d(16, 'tanh'), d(2, 'softmax')], 'cce', rms(0.005), tr(60));

add('loss-activation-mismatch.softmax-head-bce-noshow', 'no-show', noshow(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-rooms', 'room-type', roomtype(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-head-standardized-minibar', 'minibar-spend', minibar(), [d(32, 'elu'), d(1, 'relu')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.tanh-heads-cce-blobs', 'guest-segments-blobs', BLOBS3, [d(16, 'relu'), d(3, 'tanh')], 'cce', mom(0.02), tr(60));
add('loss-activation-mismatch.linear-head-bce-moons', 'upsell-moons', MOONS, [d(32, 'tanh'), d(1)], 'bce', adam(0.005), tr(100));

add('no-nonlinearity.moons-three-linear-rmsprop', 'upsell-moons', MOONS, [d(32), d(32), d(16), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.circles-linear-bn-adam', 'resort-ring-circles', CIRCLES, [d(32, 'linear', { batchNorm: true }), d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.spirals2-linear-momentum', 'corridor-spirals', SPIRALS2, [d(64, 'linear', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 16));
add('no-nonlinearity.xor-linear-adam-batch-8', 'twin-room-parity', XOR, [d(16), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 8));
add('no-nonlinearity.sine-linear-sgd', 'seasonal-demand-sine', SINE, [d(32), d(32), d(1)], 'mse', sgd(0.02), tr(150, 16));

add('lr-out-of-range.adam-3-rate', 'nightly-rate', rate(), [d(32, 'relu'), d(1)], 'mse', adam(3), tr(40));
add('lr-out-of-range.rmsprop-1e-9-rooms', 'room-type', roomtype(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(1e-9), tr(50));
add('lr-out-of-range.momentum-25-noshow', 'no-show', noshow(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(25), tr(30));
add('lr-out-of-range.sgd-plain-0-minibar', 'minibar-spend', minibar(), [d(32, 'elu'), d(1)], 'mse', sgd(0), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.constant-0.3-leaky-adam-cleaning', 'cleaning-minutes', clean(), [d(32, 'leaky_relu', init('constant', { value: 0.3 })), d(32, 'leaky_relu', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-tanh-rmsprop-rooms', 'room-type', roomtype(), [d(32, 'tanh', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(50));
add('init-symmetry.zeros-elu-adam-spirals', 'corridor-spirals', SPIRALS2, [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(150));
add('init-symmetry.constant-1-sigmoid-sgd-iris', 'iris-demo', IRIS, [d(16, 'sigmoid', init('constant', { value: 1 })), d(3, 'softmax', init('constant', { value: 1 }))], 'cce', sgd(0.1), tr(100, 8));
add('init-symmetry.constant-0.05-relu-nesterov-rate', 'nightly-rate', rate(), [d(48, 'relu', init('constant', { value: 0.05 })), d(1, 'linear', init('constant', { value: 0.05 }))], 'mse', nest(0.01), tr(60));

add('init-scale.uniform-8-elu-rooms', 'room-type', roomtype(), [d(64, 'elu', init('uniform', { limit: 8 })), d(64, 'elu', init('uniform', { limit: 8 })), d(5, 'softmax', init('uniform', { limit: 8 }))], 'cce', adam(0.001), tr(40));
add('init-scale.normal-std-4-tanh-three-cleaning', 'cleaning-minutes', clean(), [...tower(3, 64, 'tanh', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', sgd(0.005), tr(40));
add('init-scale.normal-1e-4-six-tanh-rate', 'nightly-rate', rate(), [...tower(6, 32, 'tanh', init('normal', { std: 0.0001 })), d(1, 'linear', init('normal', { std: 0.0001 }))], 'mse', rms(0.001), tr(60));
add('init-scale.uniform-2e-4-five-leaky-noshow', 'no-show', noshow(), [...tower(5, 32, 'leaky_relu', init('uniform', { limit: 0.0002 })), d(1, 'sigmoid', init('uniform', { limit: 0.0002 }))], 'bce', mom(0.02), tr(40));
add('init-scale.normal-std-20-relu-minibar', 'minibar-spend', minibar(), [d(128, 'relu', init('normal', { std: 20 })), d(1, 'linear', init('normal', { std: 20 }))], 'mse', rms(0.001), tr(40));

add('dead-relu.bias-minus-4-two-layer-rate', 'nightly-rate', rate(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], 'mse', rms(0.001), tr(60));
add('dead-relu.rmsprop-0.1-batch-8-cleaning', 'cleaning-minutes', clean(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.1), tr(30, 8));
add('dead-relu.bias-minus-10-wide-minibar', 'minibar-spend', minibar(), [d(128, 'relu', { bias: -10 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.nesterov-0.5-five-relu-rooms', 'room-type', roomtype(), [...tower(5, 32, 'relu'), d(5, 'softmax')], 'cce', nest(0.5), tr(40, 32));
add('dead-relu.raw-rate-cents-relu-noshow', 'no-show-raw', noshow({ normalize: 'none' }), [d(32, 'relu', { bias: -1 }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(40));
add('dead-relu.uniform-negative-constant-bias-cleaning', 'cleaning-minutes', clean(), [d(64, 'relu', { bias: -3 }), d(1)], 'mse', nest(0.005), tr(60, 64));

add('exploding-gradient.raw-rate-cents-target-rmsprop', 'nightly-rate-raw', rate({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.003), tr(30));
add('exploding-gradient.raw-cleaning-minutes-adam', 'cleaning-minutes-raw', clean({ normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', adam(0.001), tr(30));
add('exploding-gradient.raw-features-linear-sgd-rate', 'nightly-rate-raw', rate({ normalize: 'none' }), [d(16, 'linear'), d(1)], 'mse', sgd(0.00001), tr(30));
add('exploding-gradient.twelve-elu-std-0.6-minibar', 'minibar-spend', minibar(), [...tower(12, 32, 'elu', init('normal', { std: 0.6 })), d(1)], 'mse', mom(0.0005), tr(30));
add('exploding-gradient.raw-sqft-rate-cents-rooms', 'room-type-raw', roomtype({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.0005), tr(30));

add('vanishing-gradient.nine-sigmoid-adam-rooms', 'room-type', roomtype(), [...tower(9, 24, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.0005), tr(50));
add('vanishing-gradient.twelve-tanh-std-0.05-cleaning', 'cleaning-minutes', clean(), [...tower(12, 32, 'tanh', init('normal', { std: 0.05 })), d(1)], 'mse', rms(0.0005), tr(60));
add('vanishing-gradient.eight-sigmoid-rmsprop-moons', 'upsell-moons', MOONS, [...tower(8, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0003), tr(100));
add('vanishing-gradient.six-sigmoid-sgd-rate', 'nightly-rate', rate(), [...tower(6, 32, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(60, 16));
add('vanishing-gradient.ten-sigmoid-nesterov-blobs', 'guest-segments-blobs', BLOBS3, [...tower(10, 16, 'sigmoid'), d(3, 'softmax')], 'cce', nest(0.01), tr(80));

add('nan-loss.raw-rate-cents-target-momentum', 'nightly-rate-raw', rate({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.001), tr(20));
add('nan-loss.adam-5-elu-cleaning', 'cleaning-minutes', clean(), [d(64, 'elu'), d(64, 'elu'), d(1)], 'mse', adam(5), tr(20));
add('nan-loss.raw-features-relu-rmsprop-rooms', 'room-type-raw', roomtype({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.5), tr(20));
add('nan-loss.sgd-3-deep-relu-minibar', 'minibar-spend', minibar(), [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(3), tr(20));
add('nan-loss.raw-lead-time-linear-nesterov', 'nightly-rate-raw', rate({ normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', nest(0.001), tr(20));

add('saturated-activation.sigmoid-raw-rate-cents-noshow', 'no-show-raw', noshow({ normalize: 'none' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-sqft-rooms', 'room-type-raw', roomtype({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.tanh-bias-6-cleaning', 'cleaning-minutes', clean(), [d(32, 'tanh', { bias: 6 }), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-competitor-rate', 'nightly-rate-raw', rate({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-uniform-3-minibar', 'minibar-spend', minibar(), [d(64, 'tanh', init('uniform', { limit: 3 })), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.momentum-0.5-batch-8-rate', 'nightly-rate', rate(), [d(32, 'relu'), d(1)], 'mse', mom(0.5), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-4-cleaning', 'cleaning-minutes', clean(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(20, 4));
add('lr-too-high.adam-0.3-batch-32-rooms', 'room-type', roomtype(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.3), tr(40));
add('lr-too-high.sgd-plain-0.8-batch-2-minibar', 'minibar-spend', minibar(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.8), tr(10, 2));
add('lr-too-high.nesterov-0.3-batch-1-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.3), tr(20, 1));
add('lr-too-high.rmsprop-0.02-batch-2-elu-rate', 'nightly-rate', rate(), [d(64, 'elu'), d(64, 'elu'), d(1)], 'mse', rms(0.02), tr(15, 2));
add('lr-too-high.adam-0.06-batch-4-leaky-cleaning', 'cleaning-minutes', clean(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', adam(0.06), tr(20, 4));
add('lr-too-high.momentum-0.99-lr-0.05-batch-16-minibar', 'minibar-spend', minibar(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(40, 16));

add('lr-too-low.adam-1e-6-rooms', 'room-type', roomtype(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000001), tr(50));
add('lr-too-low.momentum-1e-5-cleaning', 'cleaning-minutes', clean(), [d(32, 'elu'), d(1)], 'mse', mom(0.00001), tr(60));
add('lr-too-low.sgd-plain-1e-4-full-batch-rate', 'nightly-rate', rate(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.0001), tr(200, 900));
add('lr-too-low.rmsprop-1e-6-minibar', 'minibar-spend', minibar(), [d(32, 'relu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-1e-5-moons', 'upsell-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(100));

add('oscillating-loss.sgd-plain-1.95-full-batch-linear-cleaning', 'cleaning-minutes', clean(), [d(1)], 'mse', sgd(1.95), tr(120, 800));
add('oscillating-loss.momentum-0.97-lr-0.2-full-batch-linear-rate', 'nightly-rate', rate(), [d(1)], 'mse', mom(0.2, 0.97), tr(150, 900));
add('oscillating-loss.rmsprop-0.08-full-batch-linear-minibar', 'minibar-spend', minibar(), [d(1)], 'mse', rms(0.08), tr(150, 950));
add('oscillating-loss.nesterov-0.97-lr-0.3-full-batch-tanh-cleaning', 'cleaning-minutes', clean(), [d(16, 'tanh'), d(1)], 'mse', nest(0.3, 0.97), tr(150, 800));
add('oscillating-loss.momentum-0.95-lr-0.5-batch-450-linear-rate', 'nightly-rate', rate(), [d(1)], 'mse', mom(0.5, 0.95), tr(120, 450));
add('oscillating-loss.adam-0.3-full-batch-linear-cleaning', 'cleaning-minutes', clean(), [d(1)], 'mse', adam(0.3), tr(150, 800));
add('oscillating-loss.momentum-0.98-lr-1-full-batch-linear-noshow', 'no-show', noshow(), [d(1, 'sigmoid')], 'bce', mom(1, 0.98), tr(150, 1100));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-minibar', 'minibar-spend', minibar(), [d(1)], 'mse', sgd(1.9), tr(120, 950));

add('loss-plateau.arrival-hour-only-noshow', 'no-show', noshow({ features: ['nights'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.room-id-digits-only-rooms', 'room-type', roomtype({ features: ['floor'], csv: '../data/rooms.csv' }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.adam-weight-decay-5-rate', 'nightly-rate', rate(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.9-twice-cleaning', 'cleaning-minutes', clean(), [d(64, 'relu'), drop(0.9), d(64, 'relu'), drop(0.9), d(1)], 'mse', rms(0.001), tr(60));
add('loss-plateau.nesterov-clipnorm-1e-6-minibar', 'minibar-spend', minibar(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 0.000001 }), tr(60));
add('loss-plateau.age-only-minibar', 'minibar-spend', minibar({ features: ['loyalty_tier'] }), [d(16, 'elu'), d(1)], 'mse', sgd(0.01), tr(60));
add('loss-plateau.sgd-weight-decay-3-noshow', 'no-show', noshow(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05, { weightDecay: 3 }), tr(40));

// ---------------------------------------------------------------- healthy
add('ok.rate-adam-relu', 'nightly-rate', rate(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.rate-nesterov-elu-batch-16', 'nightly-rate', rate(), [d(32, 'elu'), d(1)], 'mse', nest(0.005), tr(60, 16));
add('ok.rate-rmsprop-tanh-val', 'nightly-rate', rate(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.rate-linear-adam-full-batch', 'nightly-rate', rate(), [d(1)], 'mse', adam(0.02), tr(300, 900));
add('ok.rate-minmax-sgd-leaky-batch-4', 'nightly-rate', rate({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(30, 4));
add('ok.rate-adam-bn-dropout-batch-64', 'nightly-rate', rate(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(80, 64));
add('ok.cleaning-adam-elu', 'cleaning-minutes', clean(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.002), tr(60));
add('ok.cleaning-momentum-relu-batch-8', 'cleaning-minutes', clean(), [d(32, 'relu'), d(1)], 'mse', mom(0.005, 0.9), tr(40, 8));
add('ok.cleaning-rmsprop-sigmoid', 'cleaning-minutes', clean(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.003), tr(80));
add('ok.cleaning-sgd-plain-tanh-batch-1', 'cleaning-minutes', clean(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.005), tr(8, 1));
add('ok.cleaning-adam-decay-clip-val', 'cleaning-minutes', clean(), [d(48, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001, clipNorm: 2 }), tr(60, 32, { validationSplit: 0.15 }));
add('ok.minibar-adam-relu', 'minibar-spend', minibar(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.minibar-nesterov-tanh-batch-64', 'minibar-spend', minibar(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', nest(0.02), tr(80, 64));
add('ok.minibar-rmsprop-elu-dropout', 'minibar-spend', minibar(), [d(64, 'elu'), drop(0.1), d(1)], 'mse', rms(0.001), tr(60));
add('ok.minibar-sgd-linear', 'minibar-spend', minibar(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.rooms-adam-relu', 'room-type', roomtype(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.rooms-momentum-tanh-batch-16', 'room-type', roomtype(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02), tr(60, 16));
add('ok.rooms-rmsprop-elu-val', 'room-type', roomtype(), [d(48, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.rooms-minmax-adam-bn', 'room-type', roomtype({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.rooms-sgd-plain-sigmoid-batch-4', 'room-type', roomtype(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.1), tr(40, 4));
add('ok.rooms-nesterov-leaky-full-batch', 'room-type', roomtype(), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.1), tr(300, 860));
add('ok.noshow-adam-relu', 'no-show', noshow(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.noshow-logistic-rmsprop', 'no-show', noshow(), [d(1, 'sigmoid')], 'bce', rms(0.003), tr(40));
add('ok.noshow-momentum-elu-batch-64', 'no-show', noshow(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(60, 64));
add('ok.noshow-minmax-adam-tanh-val', 'no-show', noshow({ normalize: 'minmax' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(40, 32, { validationSplit: 0.1 }));
add('ok.iris-rmsprop-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(80, 16));
add('ok.iris-sgd-plain-tanh-batch-8', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.05), tr(100, 8));
add('ok.moons-adam-relu-dropout', 'upsell-moons', MOONS, [d(32, 'relu'), drop(0.1), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-16', 'upsell-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(120, 16));
add('ok.circles-adam-elu', 'resort-ring-circles', CIRCLES, [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-relu-bn', 'resort-ring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 32));
add('ok.spirals2-adam-tanh-deep', 'corridor-spirals', SPIRALS2, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs3-rmsprop-elu', 'guest-segments-blobs', BLOBS3, [d(16, 'elu'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));
add('ok.sine-adam-elu', 'seasonal-demand-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(200));
add('ok.sine-momentum-tanh-batch-8', 'seasonal-demand-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(0.02), tr(150, 8));
add('ok.xor-rmsprop-relu', 'twin-room-parity', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(100));
add('ok.host-inline-adam-tanh', 'host-weekend', INLINE_HOST, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 8));
add('ok.host-inline-sgd-logistic-full-batch', 'host-weekend', INLINE_HOST, [d(1, 'sigmoid')], 'bce', sgd(1), tr(500, 24));
add('ok.rate-nesterov-lecun-tanh-batch-128', 'nightly-rate', rate(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.02), tr(150, 128));
add('ok.cleaning-adam-wide-sigmoid-full-batch', 'cleaning-minutes', clean(), [d(64, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(400, 800));
add('ok.minibar-adam-leaky-batch-2', 'minibar-spend', minibar(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.001), tr(10, 2));
add('ok.noshow-nesterov-relu-clip', 'no-show', noshow(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.01, 0.9, { clipNorm: 1 }), tr(50));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
