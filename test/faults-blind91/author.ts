/**
 * Writes every candidate spec of the ninety-first blind fault set into candidates/:
 * `npx tsx test/faults-blind91/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: extra.seed ?? 91, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const QUE = ['visitors_per_hour', 'capacity_per_hour', 'temperature_c', 'open_lanes', 'fastpass_share', 'weekend', 'rain_mm'];
const wait = (extra: Json = {}): Json => ({ csv: '../data/queues.csv', target: 'wait_min', features: QUE, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const SEN = ['vibration_mm_s', 'bearing_temp_c', 'cycles_since_service', 'wind_kmh', 'load_pct', 'ride_age_years', 'ambient_temp_c'];
const shut = (extra: Json = {}): Json => ({ csv: '../data/ride-sensors.csv', target: 'shutdown', features: SEN, normalize: 'standard', ...extra });
const ATT = ['height_limit_cm', 'top_speed_kmh', 'max_g', 'drop_height_m', 'ride_duration_s', 'darkness_share', 'build_cost_usd'];
const cat = (extra: Json = {}): Json => ({ csv: '../data/attractions.csv', target: 'ride_category', features: ATT, normalize: 'standard', ...extra });
const DAY = ['visitors', 'avg_ticket_usd', 'temperature_c', 'rain_mm', 'school_holiday', 'promo_pct', 'event_night', 'parking_cars'];
const rev = (extra: Json = {}): Json => ({ csv: '../data/park-days.csv', target: 'revenue_usd', features: DAY, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const GST = ['age', 'party_size', 'hours_in_park', 'rides_taken', 'annual_pass', 'hotel_guest', 'home_distance_km'];
const spend = (extra: Json = {}): Json => ({ csv: '../data/guests.csv', target: 'spend_usd', features: GST, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const tier = (extra: Json = {}): Json => ({ csv: '../data/guests.csv', target: 'spend_tier', features: GST, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adagrad', 'queue-wait', wait(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(80));
add('invalid-spec.activation-swish', 'ride-category', cat(), [d(32, 'swish'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.layer-lstm', 'daily-revenue', rev(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(80));

add('data-error.csv-path-queue', 'queue-wait', wait({ csv: '../data/queue.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-temperature', 'queue-wait-export', wait({ csv: '../data/queues-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.guest-id-as-feature', 'spend-tier', tier({ features: ['guest_id', ...GST] }), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(60));
add('data-error.target-column-typo', 'daily-revenue', rev({ target: 'revenue' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.category-head-three', 'ride-category', cat(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.category-softmax-five', 'ride-category', cat(), [d(24, 'elu'), d(5, 'softmax')], 'cce', rms(0.003), tr(80));
add('shape-mismatch.tier-head-two', 'spend-tier', tier(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.spend-head-two-units', 'guest-spend', spend(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));

add('loss-activation-mismatch.tanh-head-bce-shutdown', 'ride-shutdown', shut(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-revenue', 'daily-revenue', rev(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.sigmoid-head-cce-category', 'ride-category', cat(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.relu-head-cce-tier', 'spend-tier', tier(), [d(24, 'relu'), d(3, 'relu')], 'cce', adam(0.005), tr(80));

add('init-symmetry.zeros-wait', 'queue-wait', wait(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-tier', 'spend-tier', tier(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));
add('init-symmetry.zeros-sigmoid-category', 'ride-category', cat(), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-relu-revenue', 'daily-revenue', rev(), [d(24, 'relu', init('constant', { value: 0.2 })), d(12, 'relu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', mom(0.01), tr(100));

add('init-scale.normal-std-four-spend', 'guest-spend', spend(), [d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-revenue', 'daily-revenue', rev(), [d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(1)], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-six-tier', 'spend-tier', tier(), [d(32, 'relu', init('normal', { std: 6 })), d(32, 'relu', init('normal', { std: 6 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.normal-std-three-wait', 'queue-wait', wait(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-three-elu-spend', 'guest-spend', spend(), [d(48, 'elu', init('normal', { std: 3 })), d(48, 'elu', init('normal', { std: 3 })), d(1, 'linear', init('normal', { std: 3 }))], 'mse', sgd(0.01), tr(80));

add('no-nonlinearity.xor-turnstile-linear', 'turnstile-quadrants', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.spirals-linear-hidden', 'spiral-slide-lanes', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', adam(0.01), tr(200));
add('no-nonlinearity.sine-linear-hidden', 'wheel-height-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'linear'), d(16, 'linear'), d(1)], 'mse', adam(0.005), tr(200));

add('lr-out-of-range.adam-ten', 'daily-revenue', rev(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(10), tr(80));
add('lr-out-of-range.sgd-lr-forty', 'ride-shutdown', shut(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(40), tr(60));
add('lr-out-of-range.adam-negative', 'spend-tier', tier(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(-0.003), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-wait', 'queue-wait', wait(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.bias-minus-eight-tier', 'spend-tier', tier(), [d(32, 'relu', { bias: -8 }), d(16, 'relu', { bias: -8 }), d(3, 'softmax')], 'cce', adam(0.002), tr(80));
add('dead-relu.raw-distance-sgd-tier', 'spend-tier-raw', tier({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05), tr(60));
add('dead-relu.rmsprop-high-revenue', 'daily-revenue', rev(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.bias-minus-five-shutdown', 'ride-shutdown', shut(), [d(24, 'relu', { bias: -5 }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60));

add('exploding-gradient.raw-visitors-revenue', 'revenue-raw-features', rev({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'guest-spend', spend(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-cost-category', 'category-raw', cat({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.05), tr(80));
add('exploding-gradient.deep-leaky-normal-wait', 'queue-wait', wait(), [d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(1)], 'mse', mom(0.001), tr(60));

add('vanishing-gradient.deep-sigmoid-shutdown', 'ride-shutdown', shut(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-tier', 'spend-tier', tier(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-spend', 'guest-spend', spend(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));
add('vanishing-gradient.sigmoid-tower-category', 'ride-category', cat(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.01), tr(80));

add('nan-loss.sgd-raw-revenue', 'revenue-raw', rev({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-batch-one-spend', 'guest-spend', spend(), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 1));

add('lr-too-high.momentum-0.5-tier', 'spend-tier', tier(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-category', 'ride-category', cat(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.rmsprop-0.1-tier', 'spend-tier', tier(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.1), tr(80, 16));
add('lr-too-high.momentum-1-shutdown', 'ride-shutdown', shut(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(60, 16));

add('lr-too-low.sgd-1e-5-wait', 'queue-wait', wait(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-category', 'ride-category', cat(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-revenue', 'daily-revenue', rev(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-tier', 'spend-tier', tier(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-distance-spend', 'spend-raw-features', spend({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-cycles-shutdown', 'shutdown-raw', shut({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-visitors-revenue', 'revenue-raw-features', rev({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-visitors-wait', 'wait-raw-features', wait({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-cost-category', 'category-raw', cat({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'spiral-slide-lanes', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-tier', 'spend-tier', tier(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.park-constant-only', 'daily-revenue', rev({ features: ['park_id'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.reading-time-only-shutdown', 'ride-shutdown', shut({ features: ['reading_ts'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('oscillating-loss.rmsprop-full-batch-wait', 'queue-wait', wait(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 760));
add('oscillating-loss.rmsprop-full-batch-spend', 'guest-spend', spend(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 600));
add('oscillating-loss.rmsprop-full-batch-revenue', 'daily-revenue', rev(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 540));
add('oscillating-loss.rmsprop-full-batch-category', 'ride-category', cat(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.05), tr(100, 620));
add('oscillating-loss.adam-full-batch-tier', 'spend-tier', tier(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.2), tr(100, 600));

// ---------------------------------------------------------------- healthy candidates
add('ok.wait-adam-relu', 'queue-wait', wait(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.wait-rmsprop-elu-minmax', 'queue-wait', wait({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.wait-momentum-tanh', 'queue-wait', wait(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.wait-batchnorm-leaky-val', 'queue-wait', wait(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.wait-full-batch-rmsprop-small', 'queue-wait', wait(), [d(24, 'relu'), d(1)], 'mse', rms(0.005), tr(300, 760));
add('ok.shutdown-adam-relu', 'ride-shutdown', shut(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.shutdown-rmsprop-tanh', 'ride-shutdown', shut(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.shutdown-nesterov-elu', 'ride-shutdown', shut(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { nesterov: true }), tr(120));
add('ok.shutdown-dropout-clipnorm', 'ride-shutdown', shut(), [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.003, { clipNorm: 5 }), tr(120, 64));
add('ok.category-adam-relu', 'ride-category', cat(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.category-rmsprop-tanh-dropout', 'ride-category', cat(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.category-nesterov-elu', 'ride-category', cat(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.category-full-batch-adam', 'ride-category', cat(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 620));
add('ok.category-minmax-leaky', 'ride-category', cat({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.category-sigmoid-xavier-val', 'ride-category', cat(), [d(24, 'sigmoid', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', adam(0.01), tr(150, 32, { validationSplit: 0.2 }));
add('ok.revenue-adam-relu', 'daily-revenue', rev(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.revenue-rmsprop-elu', 'daily-revenue', rev(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.revenue-momentum-tanh', 'daily-revenue', rev(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.revenue-adam-batch-8-decay', 'daily-revenue', rev(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.revenue-he-uniform-sgd', 'daily-revenue', rev(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.spend-adam-relu', 'guest-spend', spend(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.spend-sgd-batch-one', 'guest-spend', spend(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.spend-weight-decay-batchnorm-val', 'guest-spend', spend(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.spend-rmsprop-leaky-minmax', 'guest-spend', spend({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.spend-clipnorm-sgd', 'guest-spend', spend(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.spend-full-batch-adam', 'guest-spend', spend(), [d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(300, 600));
add('ok.tier-adam-relu', 'spend-tier', tier(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.tier-momentum-elu', 'spend-tier', tier(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.tier-rmsprop-dropout', 'spend-tier', tier(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.iris-lecun-tanh-momentum', 'gift-shop-flower-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-lagoon-boundary', 'lagoon-boundary', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-fence-zone', 'safety-fence-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-crowd-clusters', 'crowd-clusters', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-wheel-height', 'wheel-height-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-turnstile-quadrants', 'turnstile-quadrants', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-slide-lanes', 'spiral-slide-lanes', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.inline-height-check', 'height-check-pilot', { inline: { x: [[95, 0], [100, 0], [105, 0], [110, 0], [115, 0], [120, 1], [125, 1], [130, 1], [135, 1], [140, 1], [145, 1], [150, 1]], y: [2.1, 2.4, 2.8, 3.0, 3.5, 5.2, 5.5, 5.9, 6.1, 6.6, 6.8, 7.3] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
// ---------------------------------------------------------------- second round (after the first observation)
add('exploding-gradient.raw-parking-rmsprop', 'revenue-raw-features', rev({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.01), tr(60));
add('exploding-gradient.deep-elu-normal-tier', 'spend-tier', tier(), [d(48, 'elu', init('normal', { std: 0.7 })), d(48, 'elu', init('normal', { std: 0.7 })), d(48, 'elu', init('normal', { std: 0.7 })), d(48, 'elu', init('normal', { std: 0.7 })), d(3, 'softmax')], 'cce', adam(0.0005), tr(60));
add('exploding-gradient.raw-sensors-adam', 'shutdown-raw', shut({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(60));
add('lr-too-high.adam-0.05-spend-batch-8', 'guest-spend', spend(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(80, 8));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
