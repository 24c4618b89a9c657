/**
 * Writes every candidate spec of blind fault set 186 (ice rinks and curling clubs) into candidates/:
 * `npx tsx test/faults-blind186/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 186, data, layers, loss, optimizer, training, ...extra };
}

const TF = ['air_temp_c', 'humidity_pct', 'attendance', 'min_since_resurface', 'brine_temp_c'];
const ice = (x: Json = {}): Json => ({ csv: '../data/icetemp.csv', target: 'ice_temp_c', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['release_speed_ms', 'sweep_count', 'ice_temp_c', 'pebble_age_min', 'stone_kg', 'in_turn'];
const stone = (x: Json = {}): Json => ({ csv: '../data/stone.csv', target: 'travel_m', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const KF = ['attendance', 'duration_min', 'start_hour', 'skates_rented', 'stones_out'];
const sess = (x: Json = {}): Json => ({ csv: '../data/session.csv', target: 'session_kind', features: KF, normalize: 'standard', ...x });
const CF = ['ice_thick_mm', 'temp_swing_c', 'compressor_kw', 'days_since_flood', 'attendance', 'resurfaces'];
const crack = (x: Json = {}): Json => ({ csv: '../data/crack.csv', target: 'ice_crack', features: CF, normalize: 'standard', ...x });
const BF = ['hours', 'party_size', 'member', 'days_ahead', 'sheets'];
const book = (x: Json = {}): Json => ({ csv: '../data/booking.csv', target: 'total_usd', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.15 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.4 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.1 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.1 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A club's sheet notebook: pebble passes and hours since scraping -> stone curled enough (1) or not (0).
const INLINE_PEBBLE = {
  inline: {
    x: [[1, 0.5], [2, 0.5], [3, 1], [4, 1.5], [1, 3], [2, 3.5], [3, 4], [4, 5], [1, 6], [2, 7], [3, 2], [4, 2.5], [1, 1.5], [2, 1], [3, 6], [4, 7], [2, 4.5], [3, 5.5], [1, 4], [4, 3], [2, 2], [3, 3], [1, 5], [4, 6]],
    y: [1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'ice-temperature', ice(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'stone-travel', stone(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.sparse-cce-loss', 'session-kind', sess(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'ice-crack', crack(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40, 0));
add('invalid-spec.units-string', 'booking-total', book(), [d(32, 'elu'), { type: 'dense', units: '1' }], 'mse', nest(0.01), tr(40));

add('data-error.na-humidity', 'ice-temperature-na', ice({ csv: '../data/icetemp-na.csv' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('data-error.rink-id-feature', 'ice-temperature', ice({ features: ['rink_id', ...TF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.booking-ts-feature', 'session-kind', sess({ features: ['start_ts', ...KF] }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02), tr(40));
add('data-error.zamboni-serial-text', 'ice-crack', crack({ features: ['zamboni_serial', ...CF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.travel-metres-typo', 'stone-travel', stone({ target: 'travel_metres' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.ledger-id-feature', 'booking-total', book({ features: ['ledger_id', ...BF] }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(40));

add('shape-mismatch.session-three-heads', 'session-kind', sess(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.travel-m-and-ft-one-output', 'stone-travel', stone({ target: ['travel_m', 'travel_ft'] }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.crack-two-softmax-bce', 'ice-crack', crack(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'rink-zone-blobs', BLOBS4, [d(16, 'elu'), d(3, 'softmax')], 'cce', nest(0.02), tr(60));

add('loss-activation-mismatch.softmax-one-unit-bce-crack', 'ice-crack', crack(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-ice', 'ice-temperature', ice(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-mse-session-cce', 'session-kind', sess(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(40));
add('loss-activation-mismatch.tanh-head-bce-pebble', 'pebble-curl', INLINE_PEBBLE, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.sigmoid-head-raw-travel', 'stone-travel', stone({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));

add('no-nonlinearity.circles-linear-adam', 'centre-house-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-deep-rmsprop-full', 'two-sheet-xor', XOR, [d(8), d(8), d(8), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 300));
add('no-nonlinearity.sine-linear-nesterov', 'daily-load-sine', SINE, [d(64, 'linear'), d(1)], 'mse', nest(0.01), tr(100, 16));
add('no-nonlinearity.moons-linear-dropout-sgd', 'draw-moons', MOONS, [d(32), drop(0.2), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));

add('lr-out-of-range.rmsprop-lr-30-session', 'session-kind', sess(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(30), tr(20));
add('lr-out-of-range.adam-1e-8-ice', 'ice-temperature', ice(), [d(32, 'elu'), d(1)], 'mse', adam(1e-8), tr(40));
add('lr-out-of-range.nesterov-lr-50-stone', 'stone-travel', stone(), [d(16, 'tanh'), d(1)], 'mse', nest(50), tr(10));
add('lr-out-of-range.sgd-negative-booking', 'booking-total', book(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(20));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-adam-stone', 'stone-travel', stone(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.3-tanh-momentum-session', 'session-kind', sess(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', mom(0.02), tr(40));
add('init-symmetry.zeros-sigmoid-sgd-crack', 'ice-crack', crack(), [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.1), tr(40, 16));
add('init-symmetry.zeros-elu-rmsprop-moons', 'draw-moons', MOONS, [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.005), tr(100));
add('init-symmetry.constant-0.05-tanh-ice', 'ice-temperature', ice(), [d(32, 'tanh', init('constant', { value: 0.05 })), d(1, 'linear', init('constant', { value: 0.05 }))], 'mse', nest(0.01), tr(60));

add('init-scale.normal-std-10-elu-stone', 'stone-travel', stone(), [d(64, 'elu', init('normal', { std: 10 })), d(64, 'elu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(40));
add('init-scale.uniform-5-sigmoid-session', 'session-kind', sess(), [d(64, 'sigmoid', init('uniform', { limit: 5 })), d(5, 'softmax', init('uniform', { limit: 5 }))], 'cce', rms(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-ice', 'ice-temperature', ice(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-1e-5-tanh-spirals', 'sweep-spirals', SPIRALS, [...tower(5, 32, 'tanh', init('uniform', { limit: 0.00001 })), d(1, 'sigmoid', init('uniform', { limit: 0.00001 }))], 'bce', mom(0.05), tr(80, 16));
add('init-scale.normal-std-4-relu-crack', 'ice-crack', crack(), [...tower(3, 64, 'relu', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', adam(0.001), tr(40));

add('dead-relu.bias-minus-8-adam-stone', 'stone-travel', stone(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-layer-session', 'session-kind', sess(), [...tower(3, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', nest(0.02), tr(40));
add('dead-relu.sgd-2-batch-4-booking', 'booking-total', book(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(0.2), tr(10, 4));
add('dead-relu.adam-0.3-batch-16-ice', 'ice-temperature', ice(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.3), tr(30, 16));
add('dead-relu.bias-minus-6-xor', 'two-sheet-xor', XOR, [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));

add('exploding-gradient.raw-booking-cents-target', 'booking-total-cents', book({ target: 'total_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-attendance-features-momentum', 'ice-temperature-raw', ice({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.raw-travel-metres-rmsprop', 'stone-travel-raw-target', stone({ normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.0005), tr(40));
add('exploding-gradient.raw-compressor-kw-crack-nesterov', 'ice-crack-raw', crack({ normalize: 'none' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.001), tr(30));
add('exploding-gradient.ten-leaky-std-0.5-stone', 'stone-travel', stone(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.5 })), d(1)], 'mse', sgd(0.00005), tr(30));

add('vanishing-gradient.eight-sigmoid-adam-stone', 'stone-travel', stone(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', adam(0.0005), tr(60));
add('vanishing-gradient.ten-sigmoid-momentum-crack', 'ice-crack', crack(), [...tower(10, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('vanishing-gradient.seven-tanh-normal-0.02-session', 'session-kind', sess(), [...tower(7, 32, 'tanh', init('normal', { std: 0.02 })), d(5, 'softmax')], 'cce', rms(0.0005), tr(40));
add('vanishing-gradient.nine-sigmoid-sgd-circles', 'centre-house-circles', CIRCLES, [...tower(9, 16, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(100, 16));

add('nan-loss.sgd-5-full-batch-raw-booking', 'booking-total-raw', book({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(20, 800));
add('nan-loss.rmsprop-2-batch-2-ice', 'ice-temperature', ice(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(2), tr(5, 2));
add('nan-loss.momentum-0.95-lr-1-stone', 'stone-travel', stone(), [d(32, 'elu'), d(1)], 'mse', mom(1, 0.95), tr(20));
add('nan-loss.constant-1.5-linear-deep-booking', 'booking-total', book(), [...tower(6, 32, 'linear', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', sgd(0.01), tr(20));
add('nan-loss.raw-cents-nesterov', 'booking-total-cents', book({ target: 'total_cents', normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', nest(0.0001), tr(20, 16));

add('saturated-activation.sigmoid-raw-attendance-session', 'session-kind-raw', sess({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-kw-crack', 'ice-crack-raw', crack({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-bias-8-ice', 'ice-temperature', ice(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-pebble-stone', 'stone-travel-raw', stone({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-raw-party-booking', 'booking-total-raw', book({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60, 16));

add('lr-too-high.momentum-lr-0.8-batch-8-session', 'session-kind', sess(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.8), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-2-stone', 'stone-travel', stone(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.2-batch-16-crack', 'ice-crack', crack(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.2), tr(30, 16));
add('lr-too-high.sgd-plain-1.5-batch-4-ice', 'ice-temperature', ice(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.5), tr(10, 4));
add('lr-too-high.nesterov-0.5-batch-1-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.5), tr(15, 1));
add('lr-too-high.adam-0.1-batch-4-sine', 'daily-load-sine', SINE, [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(30, 4));

add('lr-too-low.adam-3e-7-session', 'session-kind', sess(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000003), tr(40));
add('lr-too-low.sgd-1e-6-batch-4-stone', 'stone-travel', stone(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.000001), tr(20, 4));
add('lr-too-low.rmsprop-1e-7-crack', 'ice-crack', crack(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.0000001), tr(40));
add('lr-too-low.momentum-1e-6-full-batch-ice', 'ice-temperature', ice(), [d(32, 'relu'), d(1)], 'mse', mom(0.000001), tr(200, 1000));
add('lr-too-low.nesterov-5e-6-spirals', 'sweep-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.000005), tr(100, 16));

add('oscillating-loss.momentum-0.95-lr-0.2-full-batch-linear-ice', 'ice-temperature', ice(), [d(1)], 'mse', mom(0.2, 0.95), tr(150, 1000));
add('oscillating-loss.sgd-plain-1.05-full-batch-linear-stone', 'stone-travel', stone({ features: ['release_speed_ms', 'sweep_count', 'ice_temp_c', 'pebble_age_min'] }), [d(1)], 'mse', sgd(1.05), tr(150, 900));
add('oscillating-loss.adam-0.3-full-batch-linear-booking', 'booking-total', book(), [d(1)], 'mse', adam(0.3), tr(150, 800));
add('oscillating-loss.nesterov-0.97-lr-0.3-batch-250-booking', 'booking-total', book(), [d(1)], 'mse', nest(0.3, 0.97), tr(150, 250));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-ice', 'ice-temperature', ice(), [d(1)], 'mse', rms(0.05), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-300-stone-tanh', 'stone-travel', stone(), [d(8, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 300));
add('oscillating-loss.sgd-plain-3-logistic-pebble', 'pebble-curl', INLINE_PEBBLE, [d(1, 'sigmoid')], 'bce', mom(3, 0.95), tr(200, 24));
add('oscillating-loss.adam-0.15-full-batch-sine', 'daily-load-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.15), tr(200, 250));

add('oscillating-loss.rmsprop-0.3-full-batch-linear-ice', 'ice-temperature', ice(), [d(1)], 'mse', rms(0.3), tr(150, 1000));
add('oscillating-loss.adam-1-full-batch-linear-stone', 'stone-travel', stone(), [d(1)], 'mse', adam(1), tr(150, 900));
add('oscillating-loss.momentum-0.99-lr-0.5-full-batch-linear-ice', 'ice-temperature', ice(), [d(1)], 'mse', mom(0.5, 0.99), tr(150, 1000));
add('oscillating-loss.sgd-plain-0.97-full-batch-linear-stone', 'stone-travel', stone({ features: ['release_speed_ms', 'sweep_count', 'ice_temp_c', 'pebble_age_min'] }), [d(1)], 'mse', sgd(0.97), tr(150, 900));
add('oscillating-loss.rmsprop-0.1-batch-400-tanh-booking', 'booking-total', book(), [d(8, 'tanh'), d(1)], 'mse', rms(0.1), tr(150, 400));

add('loss-plateau.zamboni-serial-only-crack', 'ice-crack', crack({ csv: '../data/crack-serial.csv', features: ['zamboni_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.locker-bank-only-session', 'session-kind', sess({ features: ['locker_bank'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.stone-kg-in-turn-only', 'stone-travel', stone({ features: ['stone_kg', 'in_turn'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-5-nesterov-ice', 'ice-temperature', ice(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-booking', 'booking-total', book(), [d(32, 'elu'), d(1)], 'mse', sgd(0.01, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.ice-adam-relu', 'ice-temperature', ice(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.ice-rmsprop-elu-val', 'ice-temperature', ice(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.ice-nesterov-tanh-batch-16', 'ice-temperature', ice(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(40, 16));
add('ok.ice-linear-sgd-full-batch', 'ice-temperature', ice(), [d(1)], 'mse', sgd(0.1), tr(200, 1000));
add('ok.ice-minmax-adam-bn-batch-128', 'ice-temperature', ice({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.ice-sgd-leaky-batch-1', 'ice-temperature', ice(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(4, 1));
add('ok.stone-adam-elu', 'stone-travel', stone(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.stone-rmsprop-relu-batch-64', 'stone-travel', stone(), [d(64, 'relu'), d(1)], 'mse', rms(0.002), tr(80, 64));
add('ok.stone-momentum-tanh-lecun', 'stone-travel', stone(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(60));
add('ok.stone-feet-adam-dropout', 'stone-travel', stone({ target: 'travel_ft' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.stone-nesterov-sigmoid-decay', 'stone-travel', stone(), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.session-adam-relu', 'session-kind', sess(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.session-rmsprop-tanh-dropout', 'session-kind', sess(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('ok.session-momentum-elu-batch-8', 'session-kind', sess(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.01), tr(30, 8));
add('ok.session-minmax-adam-bn', 'session-kind', sess({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(40, 64));
add('ok.session-softmax-regression-sgd-val', 'session-kind', sess(), [d(5, 'softmax')], 'cce', sgd(0.2), tr(80, 32, { validationSplit: 0.15 }));
add('ok.session-sigmoid-nesterov-xavier-normal', 'session-kind', sess(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', nest(0.05), tr(60));
add('ok.crack-adam-relu', 'ice-crack', crack(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.crack-logistic-rmsprop', 'ice-crack', crack(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.crack-minmax-adam-elu-clip', 'ice-crack', crack({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(60));
add('ok.crack-nesterov-tanh-batch-64', 'ice-crack', crack(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(80, 64));
add('ok.booking-adam-relu', 'booking-total', book(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.booking-rmsprop-elu-batch-256', 'booking-total', book(), [d(64, 'elu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.booking-minmax-target-adam-leaky-he-uniform', 'booking-total', book({ normalizeTarget: 'minmax' }), [d(64, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.003), tr(80));
add('ok.booking-bn-dropout-deep-val', 'booking-total', book(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.booking-nesterov-tanh-batch-4', 'booking-total', book(), [d(32, 'tanh'), d(1)], 'mse', nest(0.005), tr(15, 4));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(200, 150));
add('ok.moons-adam-relu', 'draw-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-momentum-tanh-batch-8', 'draw-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 8));
add('ok.circles-adam-elu', 'centre-house-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-rmsprop-relu-bn', 'centre-house-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.spirals-adam-tanh-deep', 'sweep-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'rink-zone-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'daily-load-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'daily-load-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 250));
add('ok.xor-adam-tanh', 'two-sheet-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-nesterov-leaky-xavier-uniform', 'two-sheet-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.pebble-inline-adam-tanh', 'pebble-curl', INLINE_PEBBLE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.pebble-inline-sgd-elu-batch-1', 'pebble-curl', INLINE_PEBBLE, [d(8, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(150, 1));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
