/**
 * Writes every candidate spec of blind fault set 115 (ski resorts and mountain lifts) into candidates/:
 * `npx tsx test/faults-blind115/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 115, data, layers, loss, optimizer, training, ...extra };
}

const SNOW = ['air_temp_c', 'humidity_pct', 'pressure_hpa', 'wind_kmh', 'snow_depth_cm', 'cloud_pct'];
const snow = (x: Json = {}): Json => ({ csv: '../data/snow.csv', target: 'new_snow_cm', features: SNOW, normalize: 'standard', normalizeTarget: 'standard', ...x });
const LIFT = ['hour', 'weekend', 'capacity_pph', 'skiers_per_hour', 'wind_m_s', 'temp_c', 'ticket_revenue_eur'];
const queue = (x: Json = {}): Json => ({ csv: '../data/lifts.csv', target: 'queue_minutes', features: LIFT, normalize: 'standard', normalizeTarget: 'standard', ...x });
const AVA = ['new_snow_24h_cm', 'wind_kmh', 'temp_rise_c', 'slope_angle_deg', 'snowpack_cm', 'tickets_sold'];
const ava = (x: Json = {}): Json => ({ csv: '../data/avalanche.csv', target: 'avalanche_closure', features: AVA, normalize: 'standard', ...x });
const PISTE = ['mean_gradient_pct', 'max_gradient_pct', 'length_m', 'vertical_drop_m', 'width_m', 'grooming_h_week', 'accidents_season'];
const piste = (x: Json = {}): Json => ({ csv: '../data/pistes.csv', target: 'difficulty', features: PISTE, normalize: 'standard', ...x });
const RENT = ['hotel_occupancy_pct', 'fresh_snow_cm', 'temp_c', 'holiday', 'price_eur'];
const rent = (x: Json = {}): Json => ({ csv: '../data/rentals.csv', target: 'skis_rented', features: RENT, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 240, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A ski instructor's notebook: age and lessons taken -> passed the parallel-turn test (0/1).
const INLINE_LESSONS = {
  inline: {
    x: [[8, 2], [12, 5], [35, 1], [42, 6], [10, 7], [29, 3], [55, 2], [16, 8], [23, 4], [61, 5], [9, 1], [38, 9], [14, 3], [47, 7], [31, 6], [19, 2], [26, 8], [52, 4], [11, 6], [44, 1], [33, 5], [7, 4], [58, 8], [21, 6]],
    y: [0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'new-snow', snow(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'lift-queue', queue(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.keras-loss-name', 'piste-difficulty', piste(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.dropout-rate-1', 'avalanche-closure', ava(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'ski-rentals', rent(), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60, 0));
add('invalid-spec.validation-split-20', 'new-snow', snow(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60, 32, { validationSplit: 20 }));

add('data-error.na-humidity', 'new-snow-na', snow({ csv: '../data/snow-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.lift-id-feature', 'lift-queue', queue({ features: ['lift_id', ...LIFT] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.observed-at-timestamp-feature', 'new-snow', snow({ features: ['observed_at', ...SNOW] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.target-queue-min-typo', 'lift-queue', queue({ target: 'queue_min' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.absolute-path-outside', 'avalanche-closure', ava({ csv: '/tmp/avalanche.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.rentals-xlsx-name', 'ski-rentals', rent({ csv: '../data/rentals.xlsx' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('shape-mismatch.piste-six-heads', 'piste-difficulty', piste(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.avalanche-two-sigmoids-bce', 'avalanche-closure', ava(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('shape-mismatch.queue-and-revenue-three-outputs', 'queue-and-revenue', queue({ target: ['queue_minutes', 'ticket_revenue_eur'], features: ['hour', 'weekend', 'capacity_pph', 'skiers_per_hour', 'wind_m_s', 'temp_c'] }), [d(32, 'relu'), d(3)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.spirals3-binary-head', 'gondola-spirals', SPIRALS3, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));

add('loss-activation-mismatch.sigmoid-head-standardized-queue', 'lift-queue', queue(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-piste-under-bce', 'piste-difficulty', piste(), [d(32, 'relu'), d(5, 'softmax')], 'bce', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-avalanche', 'avalanche-closure', ava(), [d(16, 'elu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-cce-blobs', 'lift-zones-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'relu')], 'cce', mom(0.02), tr(60));
add('loss-activation-mismatch.softmax-single-rentals-mse', 'ski-rentals', rent(), [d(32, 'tanh'), d(1, 'softmax')], 'mse', rms(0.002), tr(60));

add('no-nonlinearity.circles-linear-adam-batch-16', 'snow-cannon-circles', CIRCLES, [d(32), d(16), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120, 16));
add('no-nonlinearity.spirals3-linear-rmsprop', 'gondola-spirals', SPIRALS3, [d(64, 'linear', { init: 'he_uniform' }), d(64), d(3, 'softmax')], 'cce', rms(0.003), tr(100));
add('no-nonlinearity.sine-linear-batch-1-sgd', 'temperature-cycle-sine', SINE, [d(16), d(16), d(1)], 'mse', sgd(0.005), tr(20, 1));
add('no-nonlinearity.xor-linear-bn-momentum', 'two-switch-lift', XOR, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150, 24));

add('lr-out-of-range.adam-3-meant-3e-3-snow', 'new-snow', snow(), [d(32, 'relu'), d(1)], 'mse', adam(3), tr(30));
add('lr-out-of-range.sgd-1e-8-piste', 'piste-difficulty', piste(), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(1e-8), tr(50));
add('lr-out-of-range.nesterov-25-queue', 'lift-queue', queue(), [d(32, 'tanh'), d(1)], 'mse', nest(25), tr(30));
add('lr-out-of-range.negative-rate-rentals', 'ski-rentals', rent(), [d(16, 'relu'), d(1)], 'mse', adam(-0.001), tr(40));
add('lr-out-of-range.rmsprop-1e-9-avalanche', 'avalanche-closure', ava(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(1e-9), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-rmsprop-snow', 'new-snow', snow(), [d(32, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.2-tanh-adam-piste', 'piste-difficulty', piste(), [d(32, 'tanh', init('constant', { value: 0.2 })), d(32, 'tanh', init('constant', { value: 0.2 })), d(5, 'softmax', init('constant', { value: 0.2 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.1-leaky-queue-batch-8', 'lift-queue', queue(), [d(24, 'leaky_relu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', sgd(0.01), tr(40, 8));
add('init-symmetry.zeros-tanh-moons-nesterov', 'mogul-moons', MOONS, [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.05), tr(100));
add('init-symmetry.constant-0.5-elu-rentals', 'ski-rentals', rent(), [d(32, 'elu', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', adam(0.003), tr(60));

add('init-scale.normal-std-6-tanh-avalanche', 'avalanche-closure', ava(), [d(32, 'tanh', init('normal', { std: 6 })), d(32, 'tanh', init('normal', { std: 6 })), d(1, 'sigmoid', init('normal', { std: 6 }))], 'bce', adam(0.003), tr(40));
add('init-scale.normal-std-1e-5-five-relu-queue', 'lift-queue', queue(), [...tower(5, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.003), tr(60));
add('init-scale.uniform-3-sigmoid-piste', 'piste-difficulty', piste(), [d(64, 'sigmoid', init('uniform', { limit: 3 })), d(64, 'sigmoid', init('uniform', { limit: 3 })), d(5, 'softmax', init('uniform', { limit: 3 }))], 'cce', mom(0.01), tr(50));
add('init-scale.normal-std-2-elu-three-layer-snow', 'new-snow', snow(), [...tower(3, 64, 'elu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', rms(0.001), tr(40));
add('init-scale.uniform-1e-5-seven-tanh-rentals', 'ski-rentals', rent(), [...tower(7, 24, 'tanh', init('uniform', { limit: 0.00001 })), d(1, 'linear', init('uniform', { limit: 0.00001 }))], 'mse', nest(0.01), tr(60));

add('dead-relu.bias-minus-4-three-layer-snow', 'new-snow', snow(), [...tower(3, 32, 'relu', { bias: -4 }), d(1)], 'mse', rms(0.002), tr(60));
add('dead-relu.bias-minus-6-wide-piste', 'piste-difficulty', piste(), [d(128, 'relu', { bias: -6 }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('dead-relu.adam-0.1-batch-4-queue', 'lift-queue', queue(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 4));
add('dead-relu.bias-minus-2-xavier-rentals', 'ski-rentals', rent(), [d(16, 'relu', { bias: -2, init: 'xavier_normal' }), d(16, 'relu', { bias: -2, init: 'xavier_normal' }), d(1)], 'mse', sgd(0.01), tr(60, 16));
add('dead-relu.momentum-0.3-batch-2-avalanche', 'avalanche-closure', ava(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.3), tr(15, 2));

add('exploding-gradient.raw-revenue-eur-momentum', 'lift-queue-raw', queue({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.000001), tr(30));
add('exploding-gradient.raw-rental-counts-target-sgd', 'ski-rentals-raw-target', rent({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', sgd(0.001), tr(30));
add('exploding-gradient.raw-pressure-hpa-adam', 'new-snow-raw', snow({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(30));
add('exploding-gradient.eight-relu-std-0.5-rmsprop', 'lift-queue', queue(), [...tower(8, 48, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', rms(0.0001), tr(30));
add('exploding-gradient.raw-skiers-leaky-nesterov', 'lift-queue-raw', queue({ normalize: 'none', features: ['hour', 'weekend', 'capacity_pph', 'skiers_per_hour', 'wind_m_s'] }), [d(16, 'leaky_relu'), d(1)], 'mse', nest(0.00001), tr(30));

add('vanishing-gradient.seven-sigmoid-momentum-piste', 'piste-difficulty', piste(), [...tower(7, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('vanishing-gradient.ten-tanh-std-0.1-snow', 'new-snow', snow(), [...tower(10, 32, 'tanh', init('normal', { std: 0.1 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.eight-sigmoid-xavier-circles', 'snow-cannon-circles', CIRCLES, [...tower(8, 16, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));
add('vanishing-gradient.nine-sigmoid-sgd-rentals', 'ski-rentals', rent(), [...tower(9, 24, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60, 16));

add('nan-loss.raw-revenue-target-sgd-0.01', 'revenue-raw', { csv: '../data/lifts.csv', target: 'ticket_revenue_eur', features: ['hour', 'weekend', 'skiers_per_hour', 'wind_m_s', 'temp_c'], normalize: 'standard' }, [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.momentum-2-snow', 'new-snow', snow(), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', mom(2), tr(20));
add('nan-loss.adam-1-batch-1-rentals', 'ski-rentals', rent(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(1), tr(5, 1));
add('nan-loss.normal-std-5-six-relu-queue', 'lift-queue', queue(), [...tower(6, 64, 'relu', init('normal', { std: 5 })), d(1, 'linear', init('normal', { std: 5 }))], 'mse', sgd(0.001), tr(20));
add('nan-loss.raw-tickets-sold-sgd-avalanche', 'avalanche-raw', ava({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));

add('saturated-activation.sigmoid-raw-skiers-queue', 'lift-queue-raw', queue({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-bias-minus-5-piste', 'piste-difficulty', piste(), [d(32, 'tanh', { bias: -5 }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.tanh-raw-pressure-snow', 'new-snow-raw', snow({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-tickets-avalanche', 'avalanche-raw', ava({ normalize: 'none' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('saturated-activation.sigmoid-std-3-rentals', 'ski-rentals', rent(), [d(64, 'sigmoid', init('normal', { std: 3 })), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.adam-0.05-batch-4-piste', 'piste-difficulty', piste(), [d(32, 'elu'), d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.05), tr(30, 4));
add('lr-too-high.rmsprop-0.02-batch-1-queue', 'lift-queue', queue(), [d(32, 'relu'), d(1)], 'mse', rms(0.02), tr(10, 1));
add('lr-too-high.sgd-plain-0.9-tanh-rentals', 'ski-rentals', rent(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.9), tr(30, 16));
add('lr-too-high.nesterov-0.2-batch-8-snow', 'new-snow', snow(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.2), tr(30, 8));
add('lr-too-high.adam-0.3-blobs-batch-8', 'lift-zones-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.3), tr(40, 8));
add('lr-too-high.sgd-plain-3-xor-batch-4', 'two-switch-lift', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3), tr(60, 4));

add('lr-too-low.adam-1e-5-snow', 'new-snow', snow(), [d(32, 'relu'), d(1)], 'mse', adam(0.00001), tr(60));
add('lr-too-low.sgd-plain-1e-4-batch-64-queue', 'lift-queue', queue(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.0001), tr(80, 64));
add('lr-too-low.rmsprop-3e-6-piste', 'piste-difficulty', piste(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.000003), tr(50));
add('lr-too-low.nesterov-1e-5-circles', 'snow-cannon-circles', CIRCLES, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(150));
add('lr-too-low.momentum-2e-5-full-batch-rentals', 'ski-rentals', rent(), [d(32, 'elu'), d(1)], 'mse', mom(0.00002), tr(150, 800));

add('oscillating-loss.sgd-plain-1.1-full-batch-linear-queue', 'lift-queue', queue(), [d(1)], 'mse', sgd(1.1), tr(100, 940));
add('oscillating-loss.momentum-0.99-lr-0.3-full-batch-linear-snow', 'new-snow', snow(), [d(1)], 'mse', mom(0.3, 0.99), tr(120, 860));
add('oscillating-loss.adam-0.5-full-batch-linear-rentals', 'ski-rentals', rent(), [d(1)], 'mse', adam(0.5), tr(120, 800));
add('oscillating-loss.rmsprop-0.3-batch-470-linear-queue', 'lift-queue', queue(), [d(1)], 'mse', rms(0.3), tr(120, 470));
add('oscillating-loss.nesterov-0.95-lr-0.8-full-batch-linear-rentals', 'ski-rentals', rent(), [d(1)], 'mse', nest(0.8, 0.95), tr(100, 800));
add('oscillating-loss.momentum-0.97-lr-0.5-full-batch-logistic-avalanche', 'avalanche-closure', ava(), [d(1, 'sigmoid')], 'bce', mom(0.5, 0.97), tr(150, 1000));

add('oscillating-loss.momentum-0.98-lr-0.2-full-batch-linear-queue', 'lift-queue', queue(), [d(1)], 'mse', mom(0.2, 0.98), tr(120, 940));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-snow', 'new-snow', snow(), [d(1)], 'mse', sgd(0.95), tr(100, 860));

add('loss-plateau.tickets-only-avalanche', 'avalanche-closure', ava({ features: ['tickets_sold'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.snow-depth-both-units-only', 'new-snow', snow({ features: ['snow_depth_cm', 'snow_depth_in'] }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.sgd-weight-decay-3-queue', 'lift-queue', queue(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 3 }), tr(60));
add('loss-plateau.dropout-0.95-rentals', 'ski-rentals', rent(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.accidents-only-piste', 'piste-difficulty', piste({ features: ['accidents_season'] }), [d(16, 'elu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

// ---------------------------------------------------------------- healthy
add('ok.snow-adam-relu', 'new-snow', snow(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.snow-rmsprop-elu-val', 'new-snow', snow(), [d(48, 'elu'), d(1)], 'mse', rms(0.001), tr(80, 32, { validationSplit: 0.2 }));
add('ok.snow-nesterov-tanh-batch-16', 'new-snow', snow(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.snow-minmax-adam-bn', 'new-snow', snow({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 64));
add('ok.snow-sgd-leaky-batch-2', 'new-snow', snow(), [d(24, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(15, 2));
add('ok.queue-adam-elu-two-layer', 'lift-queue', queue(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.queue-momentum-relu-batch-64', 'lift-queue', queue(), [d(32, 'relu'), d(1)], 'mse', mom(0.02), tr(100, 64));
add('ok.queue-rmsprop-tanh-dropout', 'lift-queue', queue(), [d(64, 'tanh'), drop(0.1), d(1)], 'mse', rms(0.001), tr(80));
add('ok.queue-sgd-sigmoid-batch-8', 'lift-queue', queue(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60, 8));
add('ok.queue-adam-full-batch-he-uniform', 'lift-queue', queue(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.01), tr(300, 940));
add('ok.queue-adam-decay-clip', 'lift-queue', queue(), [d(48, 'leaky_relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001, clipNorm: 1 }), tr(60));
add('ok.rentals-adam-relu', 'ski-rentals', rent(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.rentals-nesterov-elu-clip', 'ski-rentals', rent(), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 5 }), tr(60));
add('ok.rentals-rmsprop-leaky-decay', 'ski-rentals', rent(), [d(48, 'leaky_relu'), d(1)], 'mse', rms(0.001, { weightDecay: 0.0005 }), tr(80));
add('ok.rentals-minmax-target-adam-lecun', 'ski-rentals', rent({ normalizeTarget: 'minmax' }), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.003), tr(80));
add('ok.rentals-linear-sgd-full-batch', 'ski-rentals', rent(), [d(1)], 'mse', sgd(0.3), tr(200, 800));
add('ok.piste-adam-relu', 'piste-difficulty', piste(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.piste-rmsprop-tanh-val', 'piste-difficulty', piste(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.piste-momentum-elu-batch-16', 'piste-difficulty', piste(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.02), tr(60, 16));
add('ok.piste-sgd-sigmoid-batch-8', 'piste-difficulty', piste(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.1), tr(60, 8));
add('ok.piste-minmax-adam-bn-dropout', 'piste-difficulty', piste({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.piste-softmax-regression-nesterov', 'piste-difficulty', piste(), [d(5, 'softmax')], 'cce', nest(0.05), tr(60));
add('ok.avalanche-adam-relu', 'avalanche-closure', ava(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.avalanche-rmsprop-tanh-batch-64', 'avalanche-closure', ava(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 64));
add('ok.avalanche-logistic-adam', 'avalanche-closure', ava(), [d(1, 'sigmoid')], 'bce', adam(0.01), tr(80));
add('ok.iris-adam-elu', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-relu-batch-1', 'iris-demo', IRIS, [d(8, 'relu'), d(3, 'softmax')], 'cce', sgd(0.01), tr(30, 1));
add('ok.moons-adam-relu', 'mogul-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-16', 'mogul-moons', MOONS, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('ok.circles-adam-leaky', 'snow-cannon-circles', CIRCLES, [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-rmsprop-elu-dropout', 'snow-cannon-circles', CIRCLES, [d(32, 'elu'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('ok.spirals3-adam-tanh-deep', 'gondola-spirals', SPIRALS3, [d(64, 'tanh'), d(64, 'tanh'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-momentum-relu', 'lift-zones-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.sine-adam-tanh', 'temperature-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.xor-rmsprop-relu', 'two-switch-lift', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 16));
add('ok.lessons-inline-adam-tanh-full-batch', 'parallel-turn-test', INLINE_LESSONS, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.lessons-inline-logistic-sgd-batch-4', 'parallel-turn-test', INLINE_LESSONS, [d(1, 'sigmoid')], 'bce', sgd(0.2), tr(150, 4));
add('ok.snow-adam-he-normal-val-batch-128', 'new-snow', snow(), [d(64, 'relu', { init: 'he_normal' }), d(1)], 'mse', adam(0.005), tr(100, 128, { validationSplit: 0.1 }));
add('ok.queue-rmsprop-lecun-tanh-batch-1', 'lift-queue', queue(), [d(16, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.0003), tr(8, 1));
add('ok.rentals-sgd-momentum-sigmoid-bn', 'ski-rentals', rent(), [d(32, 'sigmoid', { batchNorm: true }), d(1)], 'mse', mom(0.02), tr(80));
add('ok.piste-adam-xavier-uniform-batch-256', 'piste-difficulty', piste(), [d(48, 'tanh', { init: 'xavier_uniform' }), d(5, 'softmax')], 'cce', adam(0.01), tr(120, 256));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
