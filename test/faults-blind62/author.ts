/**
 * Writes every candidate spec of test/faults-blind62 (travel, hotels and tourism) into `candidates/`:
 * `npx tsx test/faults-blind62/author.ts`. A candidate's name starts with the fault it was written to
 * show (or `healthy.`); write-manifest.py files it by what the bare engine did (observed.txt).
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const csv = (file: string, target: string | string[], features: string[] | undefined, extra: Json = {}): Json => ({
  csv: `../data/${file}`,
  target,
  ...(features ? { features } : {}),
  ...extra,
});

const dense = (units: number, activation: string, extra: Json = {}): Json => ({ type: 'dense', units, activation, ...extra });
const dropout = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const train = (epochs: number, batchSize: number, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

/** Hotel booking features a revenue analyst would keep (IDs, epoch and the constant hotel code left out). */
const BK = ['lead_time', 'nights', 'adults', 'children', 'room_standard', 'room_deluxe', 'room_suite', 'adr', 'special_requests',
  'prev_cancellations', 'deposit'];
/** Features for the daily rate (the rate itself is the target). */
const BK_ADR = ['lead_time', 'nights', 'adults', 'children', 'room_standard', 'room_deluxe', 'room_suite', 'arrival_month'];
const FL = ['distance_km', 'days_before', 'weekday', 'weekend', 'economy', 'premium', 'business'];
const RV_RATING = ['stay_nights', 'party_size', 'room_score', 'staff_score', 'price_paid'];
const RV_TYPE = ['stay_nights', 'party_size', 'children', 'weekday_checkin', 'home_distance_km'];
const AR = ['year', 'month_sin', 'month_cos', 'exchange_rate', 'holidays'];
const OC = ['day_of_week', 'weekend', 'month', 'peak_season', 'event', 'price'];
const NS = ['lead_time', 'ota_channel', 'deposit', 'prev_noshow', 'loyalty_member', 'rate'];

function spec(name: string, seed: number, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): Json {
  return { name, seed, data, layers, loss, optimizer, training, ...extra };
}

const candidates: Record<string, Json> = {};
function add(file: string, s: Json): void {
  if (candidates[file]) throw new Error(`duplicate candidate ${file}`);
  candidates[file] = s;
}

// ---------------------------------------------------------------- healthy
add('healthy.cancel-adam-two-relu', spec('cancel-adam', 3, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(40, 32, { validationSplit: 0.2 })));
add('healthy.cancel-sgd-momentum-tanh', spec('cancel-sgd-tanh', 5, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'minmax' }),
  [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150, 32)));
add('healthy.cancel-rmsprop-dropout', spec('cancel-rmsprop-dropout', 7, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(32, 'relu'), dropout(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(100, 32, { validationSplit: 0.2 })));
add('healthy.cancel-batchnorm-adam', spec('cancel-batchnorm', 11, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(80, 64)));
add('healthy.cancel-two-class-softmax', spec('cancel-softmax', 13, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(24, 'leaky_relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)));
add('healthy.cancel-sgd-clipnorm', spec('cancel-sgd-clip', 17, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { clipNorm: 1 }), train(150, 32)));
add('healthy.cancel-sigmoid-hidden', spec('cancel-sigmoid-hidden', 19, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(12, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(120, 32)));
add('healthy.adr-adam-relu', spec('adr-adam', 23, csv('hotel_bookings.csv', 'adr', BK_ADR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(24, 'relu'), dense(12, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150, 32, { validationSplit: 0.2 })));
add('healthy.adr-elu-rmsprop-minmax', spec('adr-elu-rmsprop', 29, csv('hotel_bookings.csv', 'adr', BK_ADR, { normalize: 'minmax', normalizeTarget: 'minmax' }),
  [dense(16, 'elu'), dense(8, 'tanh'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.002), train(150, 32)));
add('healthy.adr-sgd-leaky-clip', spec('adr-sgd-leaky', 31, csv('hotel_bookings.csv', 'adr', BK_ADR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'leaky_relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), train(150, 32)));
add('healthy.fare-adam-two-relu', spec('fare-adam', 37, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(200, 32, { validationSplit: 0.2 })));
add('healthy.fare-rmsprop-weight-decay', spec('fare-rmsprop-wd', 41, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.001, { weightDecay: 1e-4 }), train(200, 32)));
add('healthy.fare-nesterov-tanh', spec('fare-nesterov', 43, csv('flights.csv', 'fare', FL, { normalize: 'minmax', normalizeTarget: 'standard' }),
  [dense(24, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), train(250, 16)));
add('healthy.fare-lecun-elu', spec('fare-lecun-elu', 47, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'elu', { init: 'lecun_normal' }), dense(8, 'elu', { init: 'lecun_normal' }), dense(1, 'linear')], 'mse', opt('adam', 0.005), train(150, 64)));
add('healthy.seat-class-onehot', spec('seat-class', 53, csv('flights.csv', ['economy', 'premium', 'business'], ['distance_km', 'days_before', 'weekend', 'fare'], { normalize: 'standard' }),
  [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(200, 32)));
add('healthy.rating-adam-relu', spec('rating-adam', 59, csv('reviews.csv', 'rating', RV_RATING, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.005), train(100, 32, { validationSplit: 0.2 })));
add('healthy.rating-sgd-tanh-output-bias', spec('rating-sgd', 61, csv('reviews.csv', 'rating', RV_RATING, { normalize: 'minmax' }),
  [dense(8, 'tanh'), dense(1, 'linear', { bias: 5.5 })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(150, 32)));
add('healthy.traveller-adam-two-relu', spec('traveller-adam', 67, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(24, 'relu'), dense(12, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.005), train(120, 32, { validationSplit: 0.2 })));
add('healthy.traveller-rmsprop-dropout', spec('traveller-rmsprop', 71, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(32, 'relu'), dropout(0.3), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.002), train(120, 32)));
add('healthy.traveller-batchnorm-sgd', spec('traveller-bn-sgd', 73, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(16, 'relu', { batchNorm: true }), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(120, 32)));
add('healthy.arrivals-adam-tanh', spec('arrivals-adam', 79, csv('arrivals.csv', 'arrivals_k', AR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(200, 16)));
add('healthy.arrivals-linear-regression', spec('arrivals-linear', 83, csv('arrivals.csv', 'arrivals_k', AR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(1, 'linear')], 'mse', opt('sgd', 0.05), train(200, 16)));
add('healthy.arrivals-rmsprop-minmax', spec('arrivals-rmsprop', 89, csv('arrivals.csv', 'arrivals_k', AR, { normalize: 'minmax', normalizeTarget: 'minmax' }),
  [dense(12, 'relu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.003), train(250, 16)));
add('healthy.occupancy-adam-relu', spec('occupancy-adam', 97, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(24, 'relu'), dense(12, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150, 32, { validationSplit: 0.2 })));
add('healthy.occupancy-elu-sgd', spec('occupancy-elu-sgd', 101, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'minmax', normalizeTarget: 'minmax' }),
  [dense(16, 'elu'), dense(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(200, 32)));
add('healthy.occupancy-he-uniform-batch8', spec('occupancy-batch8', 103, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'relu', { init: 'he_uniform' }), dense(1, 'linear')], 'mse', opt('adam', 0.001), train(80, 8)));
add('healthy.noshow-adam', spec('noshow-adam', 107, csv('noshows.csv', 'no_show', NS, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 64)));
add('healthy.noshow-rmsprop-wd', spec('noshow-rmsprop', 109, csv('noshows.csv', 'no_show', NS, { normalize: 'standard' }),
  [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002, { weightDecay: 1e-4 }), train(120, 32)));
add('healthy.iris-concierge-adam', spec('iris-adam', 113, { builtin: 'iris', normalize: 'standard' },
  [dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(100, 16)));
add('healthy.seasonal-demand-sine', spec('seasonal-demand', 127, { builtin: 'sine', samples: 300, noise: 0.05 },
  [dense(16, 'tanh'), dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(200, 32)));
add('healthy.guest-segments-blobs', spec('guest-segments', 131, { builtin: 'blobs', classes: 4, samples: 400 },
  [dense(8, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.1), train(100, 32)));
add('healthy.city-ring-circles', spec('city-ring', 137, { builtin: 'circles', samples: 400 },
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(60, 32)));
add('healthy.resort-zones-moons', spec('resort-zones', 139, { builtin: 'moons', samples: 300 },
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), train(150, 32)));
add('healthy.cancel-leaky-val', spec('cancel-leaky', 149, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(20, 'leaky_relu', { init: 'he_uniform' }), dropout(0.1), dense(10, 'leaky_relu'), dense(1, 'sigmoid')], 'bce',
  opt('sgd', 0.03, { momentum: 0.9, weightDecay: 1e-4 }), train(50, 16, { validationSplit: 0.25 })));
add('healthy.star-rating-inline', spec('star-rating', 151, {
  inline: {
    // stars, km to centre, breakfast (0/1) -> nightly price in hundreds
    x: [[3, 0.5, 0], [3, 2, 1], [4, 1, 1], [4, 4, 0], [5, 0.3, 1], [5, 3, 1], [2, 5, 0], [2, 1, 0], [3, 6, 1], [4, 0.8, 0],
      [5, 1.5, 0], [2, 3, 1], [3, 1.2, 1], [4, 2.5, 1], [5, 6, 0], [2, 0.4, 0], [3, 3.5, 0], [4, 5.5, 1], [5, 0.9, 1], [2, 2.2, 1]],
    y: [0.95, 0.92, 1.35, 1.05, 2.4, 2.05, 0.45, 0.62, 0.72, 1.4, 2.2, 0.6, 1.02, 1.28, 1.7, 0.7, 0.78, 1.12, 2.45, 0.62],
  },
  normalize: 'standard',
}, [dense(8, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(300, 20)));

// ---------------------------------------------------------------- invalid-spec
add('invalid-spec.learning-rate-key', spec('cancel-keras-lr', 201, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', learning_rate: 0.001 }, train(100, 32)));
add('invalid-spec.batch-size-snake-case', spec('fare-snake', 203, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), { epochs: 150, batch_size: 64 }));
add('invalid-spec.keras-loss-name', spec('noshow-keras-loss', 205, csv('noshows.csv', 'no_show', NS, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), train(100, 64)));
add('invalid-spec.dropout-inside-dense', spec('traveller-dropout-key', 207, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(32, 'relu', { dropout: 0.3 }), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)));

// ---------------------------------------------------------------- data-error
add('data-error.kaggle-target-name', spec('cancel-is-canceled', 211, csv('hotel_bookings.csv', 'is_canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('data-error.pms-export-gaps', spec('cancel-export', 213, csv('hotel_bookings_export.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('data-error.one-week-of-bookings', spec('cancel-one-week', 217, csv('bookings_one_week.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('data-error.next-year-file', spec('fare-2024', 219, csv('flights_2024.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150, 32)));
add('data-error.feature-renamed', spec('adr-feature-name', 221, csv('hotel_bookings.csv', 'adr', ['lead_time', 'nights', 'adults', 'children', 'room_type', 'arrival_month'], { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100, 32)));

// ---------------------------------------------------------------- shape-mismatch
add('shape-mismatch.traveller-three-units', spec('traveller-3', 223, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(24, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)));
add('shape-mismatch.cancel-two-sigmoid', spec('cancel-2sig', 227, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('shape-mismatch.fare-three-outputs', spec('fare-3', 229, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'relu'), dense(3, 'linear')], 'mse', opt('adam', 0.003), train(150, 32)));
add('shape-mismatch.seat-class-two-units', spec('seat-2', 233, csv('flights.csv', ['economy', 'premium', 'business'], ['distance_km', 'days_before', 'weekend', 'fare'], { normalize: 'standard' }),
  [dense(16, 'relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)));

// ---------------------------------------------------------------- loss-activation-mismatch
add('loss-activation-mismatch.rate-sigmoid-output', spec('adr-sigmoid-out', 239, csv('hotel_bookings.csv', 'adr', BK_ADR, { normalize: 'standard' }),
  [dense(24, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150, 32)));
add('loss-activation-mismatch.noshow-linear-bce', spec('noshow-linear-bce', 241, csv('noshows.csv', 'no_show', NS, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'linear')], 'bce', opt('adam', 0.003), train(100, 64)));
add('loss-activation-mismatch.traveller-sigmoid-cce', spec('traveller-sigmoid-cce', 251, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(24, 'relu'), dense(4, 'sigmoid')], 'cce', opt('adam', 0.003), train(100, 32)));
add('loss-activation-mismatch.rating-sigmoid-output', spec('rating-sigmoid-out', 257, csv('reviews.csv', 'rating', RV_RATING, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.005), train(100, 32)));

// ---------------------------------------------------------------- init-symmetry
add('init-symmetry.cancel-zeros', spec('cancel-zeros', 263, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu', { init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('init-symmetry.fare-constant-tanh', spec('fare-constant', 269, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'tanh', { init: { name: 'constant', value: 0.05 } }), dense(1, 'linear')], 'mse', opt('rmsprop', 0.002), train(150, 32)));
add('init-symmetry.traveller-constant-relu', spec('traveller-constant', 271, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(24, 'relu', { init: 'constant', value: 0.1 }), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100, 32)));

// ---------------------------------------------------------------- init-scale
add('init-scale.cancel-normal-std-3', spec('cancel-std3', 277, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(64, 'tanh', { init: 'normal', std: 3 }), dense(32, 'tanh', { init: 'normal', std: 3 }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(100, 32)));
add('init-scale.occupancy-deep-tiny-uniform', spec('occupancy-tiny-init', 281, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(32, 'relu', { init: 'uniform', limit: 0.001 }),
    dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(1, 'linear', { init: 'uniform', limit: 0.001 })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 32)));
add('init-scale.fare-wide-std-1', spec('fare-std1', 283, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(128, 'relu', { init: 'normal', std: 1 }), dense(64, 'relu', { init: 'normal', std: 1 }), dense(1, 'linear')], 'mse', opt('sgd', 0.001), train(100, 32)));

// ---------------------------------------------------------------- no-nonlinearity
add('no-nonlinearity.cancel-linear-hidden', spec('cancel-linear', 293, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('no-nonlinearity.occupancy-linear-hidden', spec('occupancy-linear', 307, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'linear'), dense(8, 'linear'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150, 32)));
add('no-nonlinearity.city-ring-no-activation', spec('city-ring-linear', 311, { builtin: 'circles', samples: 400 },
  [dense(16, 'linear'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150, 32)));
add('no-nonlinearity.traveller-activation-omitted', spec('traveller-linear', 313, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [{ type: 'dense', units: 24 }, { type: 'dense', units: 12 }, dense(4, 'softmax')], 'cce', opt('adam', 0.005), train(120, 32)));

// ---------------------------------------------------------------- lr-out-of-range
add('lr-out-of-range.adam-lr-10', spec('cancel-adam-10', 317, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 10), train(100, 32)));
add('lr-out-of-range.sgd-lr-1e-8', spec('fare-sgd-1e8', 331, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 1e-8, { momentum: 0.9 }), train(150, 32)));
add('lr-out-of-range.rmsprop-lr-25', spec('occupancy-rmsprop-25', 337, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('rmsprop', 25), train(100, 32)));

// ---------------------------------------------------------------- dead-relu
add('dead-relu.cancel-negative-bias', spec('cancel-bias-neg', 347, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(32, 'relu', { bias: -4 }), dense(16, 'relu', { bias: -4 }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(100, 32)));
add('dead-relu.occupancy-minmax-bias-minus-one', spec('occupancy-bias-neg', 349, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'minmax', normalizeTarget: 'standard' }),
  [dense(16, 'relu', { bias: -2 }), dense(16, 'relu', { bias: -2 }), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 32)));
add('dead-relu.fare-raw-target-adam-high', spec('fare-raw-adam', 353, csv('flights.csv', 'fare', FL, { normalize: 'standard' }),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.1), train(100, 32)));
add('dead-relu.arrivals-sgd-big-step', spec('arrivals-sgd-big', 359, csv('arrivals.csv', 'arrivals_k', AR, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.01), train(100, 16)));

// ---------------------------------------------------------------- exploding-gradient
add('exploding-gradient.fare-raw-target-adam', spec('fare-raw-target', 367, csv('flights.csv', 'fare', FL, { normalize: 'standard' }),
  [dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(1, 'linear')], 'mse', opt('adam', 0.001), train(100, 32)));
add('exploding-gradient.adr-raw-features-rmsprop', spec('adr-raw-features', 373, csv('hotel_bookings.csv', 'adr', ['booking_epoch', 'lead_time', 'nights', 'adults', 'children', 'room_deluxe', 'room_suite'], { normalizeTarget: 'standard' }),
  [dense(16, 'elu'), dense(8, 'elu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.001), train(80, 32)));
add('exploding-gradient.occupancy-deep-clipless-sgd', spec('occupancy-deep-sgd', 379, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard' }),
  [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.0005, { momentum: 0.9 }), train(100, 32)));

// ---------------------------------------------------------------- vanishing-gradient
add('vanishing-gradient.cancel-deep-sigmoid', spec('cancel-deep-sigmoid', 383, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')],
  'bce', opt('sgd', 0.05), train(100, 32)));
add('vanishing-gradient.traveller-deep-tanh-small-init', spec('traveller-deep-tanh', 389, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(32, 'tanh', { init: 'normal', std: 0.01 }), dense(32, 'tanh', { init: 'normal', std: 0.01 }), dense(32, 'tanh', { init: 'normal', std: 0.01 }),
    dense(32, 'tanh', { init: 'normal', std: 0.01 }), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100, 32)));
add('vanishing-gradient.occupancy-deep-sigmoid-adam', spec('occupancy-deep-sigmoid', 397, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(1, 'linear')],
  'mse', opt('sgd', 0.01), train(100, 32)));

// ---------------------------------------------------------------- nan-loss
add('nan-loss.fare-raw-sgd', spec('fare-raw-sgd', 401, csv('flights.csv', 'fare', FL),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.01), train(100, 32)));
add('nan-loss.adr-epoch-column-momentum', spec('adr-epoch-momentum', 409, csv('hotel_bookings.csv', 'adr', ['booking_epoch', 'lead_time', 'nights', 'adults', 'room_deluxe', 'room_suite']),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100, 32)));
add('nan-loss.arrivals-raw-year', spec('arrivals-raw', 419, csv('arrivals.csv', 'arrivals_k', AR),
  [dense(8, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.001), train(100, 16)));

// ---------------------------------------------------------------- lr-too-high
add('lr-too-high.cancel-adam-0.5', spec('cancel-adam-hi', 421, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.5), train(100, 32)));
add('lr-too-high.traveller-sgd-3', spec('traveller-sgd-hi', 431, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(24, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 3), train(100, 32)));
add('lr-too-high.adr-rmsprop-0.1', spec('adr-rmsprop-hi', 433, csv('hotel_bookings.csv', 'adr', BK_ADR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(24, 'relu'), dense(12, 'relu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.1), train(100, 32)));
add('lr-too-high.occupancy-sgd-momentum-0.5', spec('occupancy-sgd-hi', 439, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), train(100, 32)));

// ---------------------------------------------------------------- lr-too-low
add('lr-too-low.cancel-sgd-1e-4', spec('cancel-sgd-lo', 443, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 1e-4), train(60, 64)));
add('lr-too-low.fare-adam-1e-5', spec('fare-adam-lo', 449, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 1e-5), train(50, 32)));
add('lr-too-low.traveller-rmsprop-2e-5', spec('traveller-rmsprop-lo', 457, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(24, 'relu'), dense(4, 'softmax')], 'cce', opt('rmsprop', 2e-5), train(40, 32)));
add('lr-too-low.arrivals-sgd-1e-4', spec('arrivals-sgd-lo', 461, csv('arrivals.csv', 'arrivals_k', AR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(12, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 1e-4), train(80, 16)));

// ---------------------------------------------------------------- saturated-activation
add('saturated-activation.rating-sigmoid-raw-price', spec('rating-sigmoid-raw', 463, csv('reviews.csv', 'rating', ['stay_nights', 'party_size', 'home_distance_km', 'room_score', 'staff_score', 'price_paid'], { normalizeTarget: 'standard' }),
  [dense(16, 'sigmoid'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100, 32)));
add('saturated-activation.fare-tanh-raw-distance', spec('fare-tanh-raw', 467, csv('flights.csv', 'fare', FL, { normalizeTarget: 'standard' }),
  [dense(24, 'tanh'), dense(12, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100, 32)));
add('saturated-activation.occupancy-tanh-raw-price', spec('occupancy-tanh-raw', 479, csv('occupancy.csv', 'occupancy_pct', OC, { normalizeTarget: 'standard' }),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 32)));

// ---------------------------------------------------------------- loss-plateau
add('loss-plateau.cancel-heavy-weight-decay', spec('cancel-wd', 487, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01, { weightDecay: 2 }), train(100, 32)));
add('loss-plateau.cancel-id-columns-only', spec('cancel-ids', 491, csv('hotel_bookings.csv', 'canceled', ['booking_id', 'booking_epoch', 'hotel_code'], { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('loss-plateau.fare-dropout-0.9', spec('fare-dropout', 499, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'relu'), dropout(0.9), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100, 32)));
add('loss-plateau.occupancy-sigmoid-raw-sgd', spec('occupancy-sigmoid-raw', 503, csv('occupancy.csv', 'occupancy_pct', OC, { normalizeTarget: 'standard' }),
  [dense(16, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'linear')], 'mse', opt('sgd', 0.01), train(150, 32)));

// ---------------------------------------------------------------- oscillating-loss
add('oscillating-loss.arrivals-momentum-0.99', spec('arrivals-momentum', 509, csv('arrivals.csv', 'arrivals_k', AR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(150, 16)));
add('oscillating-loss.rating-sgd-batch-1', spec('rating-batch1', 521, csv('reviews.csv', 'rating', RV_RATING, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.05), train(60, 1)));
add('oscillating-loss.occupancy-adam-full-batch', spec('occupancy-full-batch', 523, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.2), train(150, 500)));
add('oscillating-loss.noshow-rmsprop-0.05', spec('noshow-rmsprop-hi', 541, csv('noshows.csv', 'no_show', NS, { normalize: 'standard' }),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), train(100, 32)));

// ---------------------------------------------------------------- second round (after the first observation)
add('init-symmetry.city-ring-constant', spec('city-ring-constant', 557, { builtin: 'circles', samples: 400 },
  [dense(16, 'relu', { init: 'constant', value: 0.1 }), dense(8, 'relu', { init: 'constant', value: 0.1 }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(100, 32)));
add('init-symmetry.occupancy-zeros-elu', spec('occupancy-zeros', 563, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(24, 'elu', { init: 'zeros' }), dense(12, 'elu', { init: 'zeros' }), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(120, 32)));
add('no-nonlinearity.fare-linear-hidden', spec('fare-linear', 569, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150, 32)));
add('no-nonlinearity.resort-zones-linear', spec('resort-zones-linear', 571, { builtin: 'moons', samples: 300 },
  [dense(16, 'linear', { init: 'xavier_normal' }), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), train(150, 32)));
add('exploding-gradient.occupancy-raw-target-deep-sgd', spec('occupancy-deep-sgd2', 577, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard' }),
  [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.002, { momentum: 0.9 }), train(100, 32)));
add('vanishing-gradient.rating-deep-sigmoid-momentum', spec('rating-deep-sigmoid', 587, csv('reviews.csv', 'rating', RV_RATING, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'linear')],
  'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 32)));
add('nan-loss.fare-raw-leaky-sgd', spec('fare-raw-leaky', 593, csv('flights.csv', 'fare', FL),
  [dense(32, 'leaky_relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.01), train(100, 32)));
add('nan-loss.adr-epoch-elu-momentum', spec('adr-epoch-elu', 599, csv('hotel_bookings.csv', 'adr', ['booking_epoch', 'lead_time', 'nights', 'adults', 'room_deluxe', 'room_suite']),
  [dense(16, 'elu'), dense(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100, 32)));
add('nan-loss.arrivals-linear-raw-year', spec('arrivals-linear-raw', 601, csv('arrivals.csv', 'arrivals_k', AR),
  [dense(1, 'linear')], 'mse', opt('sgd', 0.001), train(100, 16)));
add('lr-too-high.occupancy-adam-0.3-tanh', spec('occupancy-adam-hi', 607, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.3), train(100, 32)));
add('lr-too-high.seat-class-adam-0.5', spec('seat-adam-hi', 613, csv('flights.csv', ['economy', 'premium', 'business'], ['distance_km', 'days_before', 'weekend', 'fare'], { normalize: 'standard' }),
  [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', opt('adam', 0.5), train(100, 32)));
add('lr-too-high.rating-rmsprop-0.3', spec('rating-rmsprop-hi', 617, csv('reviews.csv', 'rating', RV_RATING, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'elu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.3), train(100, 32)));
add('oscillating-loss.arrivals-rmsprop-0.03', spec('arrivals-rmsprop-hi', 619, csv('arrivals.csv', 'arrivals_k', AR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.03), train(150, 16)));
add('oscillating-loss.rating-sgd-momentum-batch-8', spec('rating-momentum-hi', 631, csv('reviews.csv', 'rating', RV_RATING, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), train(100, 8)));
add('oscillating-loss.cancel-adam-0.05-full-batch', spec('cancel-full-batch', 641, csv('hotel_bookings.csv', 'canceled', BK, { normalize: 'standard' }),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.2), train(150, 640)));
add('oscillating-loss.arrivals-linear-sgd-edge', spec('arrivals-linear-edge', 643, csv('arrivals.csv', 'arrivals_k', AR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(1, 'linear')], 'mse', opt('sgd', 0.38), train(150, 240)));
add('oscillating-loss.occupancy-rmsprop-0.02', spec('occupancy-rmsprop-hi', 647, csv('occupancy.csv', 'occupancy_pct', OC, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(24, 'leaky_relu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.02), train(100, 32)));
add('oscillating-loss.fare-momentum-0.99', spec('fare-momentum', 653, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(24, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.99 }), train(150, 32)));
add('oscillating-loss.rating-adam-0.2-tanh', spec('rating-adam-hi', 659, csv('reviews.csv', 'rating', RV_RATING, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.2), train(100, 32)));
add('oscillating-loss.adr-adam-0.3-tanh', spec('adr-adam-hi', 661, csv('hotel_bookings.csv', 'adr', BK_ADR, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(24, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.3), train(100, 32)));
add('oscillating-loss.traveller-adam-0.3-tanh', spec('traveller-adam-hi', 673, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', opt('adam', 0.3), train(100, 32)));
add('oscillating-loss.fare-rmsprop-0.1-tanh', spec('fare-rmsprop-hi', 677, csv('flights.csv', 'fare', FL, { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(24, 'tanh'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.1), train(100, 32)));
add('loss-plateau.traveller-weight-decay-0.5', spec('traveller-wd', 683, csv('reviews.csv', 'traveller_type', RV_TYPE, { normalize: 'standard' }),
  [dense(24, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.5 }), train(100, 32)));
add('loss-plateau.rating-price-only', spec('rating-price-only', 691, csv('reviews.csv', 'rating', ['price_paid', 'stay_nights'], { normalize: 'standard', normalizeTarget: 'standard' }),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100, 32)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, s] of Object.entries(candidates)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(candidates).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
