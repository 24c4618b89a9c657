/**
 * Writes every candidate spec of blind fault set 124 (golf courses and swimming pools) into candidates/:
 * `npx tsx test/faults-blind124/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 124, data, layers, loss, optimizer, training, ...extra };
}
const GOLF = ['weekday', 'air_temp_c', 'rain_mm', 'wind_kmh', 'green_speed_ft', 'green_fee_cents', 'member_bookings'];
const golf = (x: Json = {}): Json => ({ csv: '../data/golf_days.csv', target: 'rounds', features: GOLF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const POOL = ['hour', 'water_temp_c', 'air_temp_c', 'chlorine_ppm', 'school_holiday', 'entry_fee_usd'];
const pool = (x: Json = {}): Json => ({ csv: '../data/pool_visits.csv', target: 'visitors', features: POOL, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RND = ['group_size', 'avg_handicap', 'tee_hour', 'carts', 'groups_on_course', 'holes'];
const rnd = (x: Json = {}): Json => ({ csv: '../data/round_times.csv', target: 'round_minutes', features: RND, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CLO = ['nearest_strike_km', 'cape_jkg', 'humidity_pct', 'pressure_hpa', 'air_temp_c'];
const clo = (x: Json = {}): Json => ({ csv: '../data/closures.csv', target: 'closed_lightning', features: CLO, normalize: 'standard', ...x });
const MEM = ['visits_per_month', 'spend_usd', 'years_member', 'age', 'guest_passes'];
const mem = (x: Json = {}): Json => ({ csv: '../data/members.csv', target: 'tier', features: MEM, normalize: 'standard', ...x });
const CHL = ['volume_m3', 'bathers', 'uv_index', 'water_temp_c', 'ph'];
const chl = (x: Json = {}): Json => ({ csv: '../data/chlorine.csv', target: 'chlorine_kg', features: CHL, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.15 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 240, noise: 0.1 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A lifeguard's clipboard: water temp C and bathers in the lane -> lane opened to the public (0/1).
const INLINE_LANES = {
  inline: {
    x: [[24.1, 12], [27.5, 40], [22.0, 5], [28.2, 55], [26.0, 30], [23.5, 8], [27.9, 48], [25.2, 22], [21.8, 3], [28.8, 60], [26.6, 35], [24.8, 15], [22.7, 9], [27.1, 44], [25.9, 27], [23.0, 6], [28.4, 52], [24.4, 18], [26.9, 38], [22.3, 4], [27.3, 21], [25.5, 41]],
    y: [0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation attempts (observed first)
add('oscillating-loss.adam-0.05-batch-8-members', 'tiers', mem(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.05), tr(60, 8));
add('oscillating-loss.momentum-0.95-lr-0.1-batch-16-tanh-pool', 'pool', pool(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1, 0.95), tr(60, 16));
add('oscillating-loss.nesterov-0.3-batch-64-linear-chlorine', 'chlorine', chl(), [d(1)], 'mse', nest(0.3, 0.9), tr(80, 64));
add('oscillating-loss.sgd-plain-0.05-batch-1-relu-rounds', 'round-times', rnd(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(30, 1));
add('oscillating-loss.rmsprop-0.03-batch-32-sigmoid-members', 'tiers', mem(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.03), tr(60));
add('oscillating-loss.adam-0.08-full-batch-relu-sine', 'wave-pool-sine', SINE, [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.08), tr(300, 300));
add('oscillating-loss.rmsprop-0.1-full-batch-moons', 'bunker-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.1), tr(200, 300));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-128-golf', 'golf', golf(), [d(32, 'elu'), d(1)], 'mse', mom(0.05, 0.99), tr(100, 128));
add('oscillating-loss.adam-0.1-batch-32-leaky-golf', 'golf', golf(), [d(64, 'leaky_relu'), d(64, 'leaky_relu'), d(1)], 'mse', adam(0.1), tr(60));
add('oscillating-loss.sgd-plain-1.2-batch-50-blobs4', 'tee-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'softmax')], 'cce', sgd(1.2), tr(100, 50));
add('oscillating-loss.nesterov-0.97-lr-0.2-batch-16-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.2, 0.97), tr(120, 16));
add('oscillating-loss.adam-0.03-batch-4-tanh-pool', 'pool', pool(), [d(64, 'tanh'), d(64, 'tanh'), d(1)], 'mse', adam(0.03), tr(30, 4));

// ---------------------------------------------------------------- static faults
add('invalid-spec.swish-activation', 'pool', pool(), [d(32, 'swish'), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.conv1d-layer-type', 'round-times', rnd(), [{ type: 'conv1d', filters: 16, kernelSize: 3 }, d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.binary-crossentropy-loss-name', 'closures', clo(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1.2', 'tiers', mem(), [d(32, 'relu'), drop(1.2), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.orthogonal-init', 'golf', golf(), [d(32, 'tanh', { init: 'orthogonal' }), d(1)], 'mse', rms(0.002), tr(40));
add('invalid-spec.batch-size-zero', 'chlorine', chl(), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(40, 0));

add('data-error.na-green-speed', 'golf-na', golf({ csv: '../data/golf_days-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.course-id-feature', 'golf', golf({ features: ['course_id', ...GOLF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.booked-at-feature', 'pool', pool({ features: ['booked_at', ...POOL] }), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(50));
add('data-error.target-typo-round-mins', 'round-times', rnd({ target: 'round_mins' }), [d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(50));
add('data-error.missing-file-pool-visits-dash', 'pool', pool({ csv: '../data/pool-visits.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.tier-text-as-feature', 'spend', { csv: '../data/members.csv', target: 'spend_usd', features: ['tier', 'visits_per_month', 'years_member'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('shape-mismatch.members-four-heads', 'tiers', mem(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.three-outputs-one-target-chlorine', 'chlorine', chl(), [d(16, 'relu'), d(3)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.closures-two-sigmoid-bce', 'closures', clo(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.spirals3-two-softmax', 'bunker-spirals', SPIRALS3, [d(32, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(60));

add('loss-activation-mismatch.softmax-one-unit-bce-closures', 'closures', clo(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-rounds', 'golf', golf(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-heads-cce-members', 'tiers', mem(), [d(32, 'tanh'), d(5, 'relu')], 'cce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-lanes', 'lanes', INLINE_LANES, [d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(150, 4));

add('no-nonlinearity.circles-linear-adam', 'green-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('no-nonlinearity.spirals3-linear-momentum', 'bunker-spirals', SPIRALS3, [d(64, 'linear'), d(64, 'linear'), d(3, 'softmax')], 'cce', mom(0.02), tr(120));
add('no-nonlinearity.pool-hour-peaks-linear-rmsprop', 'pool', pool(), [d(64), drop(0.1), d(32), d(1)], 'mse', rms(0.002), tr(60));
add('no-nonlinearity.xor-linear-bn-adam', 'tee-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(16), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));

add('lr-out-of-range.adam-10-golf', 'golf', golf(), [d(32, 'relu'), d(1)], 'mse', adam(10), tr(40));
add('lr-out-of-range.rmsprop-1e-8-members', 'tiers', mem(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(1e-8), tr(40));
add('lr-out-of-range.nesterov-negative-pool', 'pool', pool(), [d(32, 'tanh'), d(1)], 'mse', nest(-0.01), tr(40));
add('lr-out-of-range.sgd-40-chlorine', 'chlorine', chl(), [d(16, 'elu'), d(1)], 'mse', sgd(40), tr(40));

// ---------------------------------------------------------------- init faults
add('init-symmetry.zeros-elu-adam-golf', 'golf', golf(), [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.3-sigmoid-members', 'tiers', mem(), [d(32, 'sigmoid', { init: 'constant', value: 0.3 }), d(5, 'softmax', { init: 'constant', value: 0.3 })], 'cce', nest(0.05), tr(60));
add('init-symmetry.constant-0.1-tanh-moons', 'bunker-moons', MOONS, [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(16, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'sigmoid', { init: 'constant', value: 0.1 })], 'bce', rms(0.005), tr(120));
add('init-symmetry.zeros-tanh-sgd-round-times', 'round-times', rnd(), [d(64, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', sgd(0.05), tr(60));

add('init-scale.normal-std-3-elu-pool', 'pool', pool(), [d(64, 'elu', { init: 'normal', std: 3 }), d(64, 'elu', { init: 'normal', std: 3 }), d(1, 'linear', { init: 'normal', std: 3 })], 'mse', rms(0.001), tr(50));
add('init-scale.uniform-6-sigmoid-members', 'tiers', mem(), [d(64, 'sigmoid', { init: 'uniform', limit: 6 }), d(64, 'sigmoid', { init: 'uniform', limit: 6 }), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('init-scale.normal-1e-5-five-relu-golf', 'golf', golf(), [...tower(5, 32, 'relu', { init: 'normal', std: 1e-5 }), d(1, 'linear', { init: 'normal', std: 1e-5 })], 'mse', mom(0.01), tr(50));
add('init-scale.constant-like-normal-std-8-tanh-closures', 'closures', clo(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid', { init: 'normal', std: 8 })], 'bce', adam(0.001), tr(40));

// ---------------------------------------------------------------- probe/training faults
add('dead-relu.bias-minus-6-golf', 'golf', golf(), [d(32, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.003), tr(50));
add('dead-relu.bias-minus-4-wide-members', 'tiers', mem(), [d(128, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('dead-relu.adam-0.5-batch-8-relu-chlorine', 'chlorine', chl(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.5), tr(40, 8));
add('dead-relu.bias-minus-10-he-uniform-pool', 'pool', pool(), [d(64, 'relu', { init: 'he_uniform', bias: -10 }), d(1)], 'mse', rms(0.001), tr(50));

add('exploding-gradient.raw-cents-features-sgd', 'golf-raw', golf({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(1e-5), tr(50));
add('exploding-gradient.raw-round-minutes-target-rmsprop', 'round-times', rnd({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.01), tr(50));
add('exploding-gradient.ten-relu-normal-0.5-pool', 'pool', pool(), [...tower(10, 48, 'relu', { init: 'normal', std: 0.5 }), d(1)], 'mse', mom(0.001), tr(40));
add('exploding-gradient.raw-cape-features-nesterov', 'closures-raw', clo({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));

add('vanishing-gradient.nine-sigmoid-sgd-golf', 'golf', golf(), [...tower(9, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.eight-sigmoid-rmsprop-members', 'tiers', mem(), [...tower(8, 24, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.0005), tr(50));
add('vanishing-gradient.fourteen-tanh-small-uniform-circles', 'green-circles', CIRCLES, [...tower(14, 16, 'tanh', { init: 'uniform', limit: 0.05 }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100));
add('vanishing-gradient.seven-sigmoid-nesterov-closures', 'closures', clo(), [...tower(7, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(40));

add('nan-loss.sgd-plain-2-batch-4-golf', 'golf', golf(), [d(32, 'relu'), d(1)], 'mse', sgd(2), tr(30, 4));
add('nan-loss.raw-fee-cents-momentum-0.01', 'golf-raw', golf({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(30));
add('nan-loss.raw-round-minutes-sgd-0.3', 'round-times', rnd({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', sgd(0.3), tr(30));
add('nan-loss.nesterov-0.9-lr-1.5-pool', 'pool', pool(), [d(64, 'leaky_relu'), d(1)], 'mse', nest(1.5), tr(30));
add('nan-loss.rmsprop-3-raw-chlorine', 'chlorine-raw', chl({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(3), tr(30));

add('saturated-activation.raw-cape-tanh-hidden', 'closures-raw', clo({ normalize: 'none', features: ['cape_jkg', 'humidity_pct', 'nearest_strike_km'] }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40));
add('saturated-activation.sigmoid-bias-10-pool', 'pool', pool(), [d(32, 'sigmoid', { bias: 10 }), d(32, 'sigmoid', { bias: 10 }), d(1)], 'mse', sgd(0.02), tr(50));
add('saturated-activation.raw-spend-usd-sigmoid-members', 'tiers-raw', mem({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('saturated-activation.tanh-std-3-wide-round-times', 'round-times', rnd(), [d(128, 'tanh', { init: 'normal', std: 3 }), d(1)], 'mse', sgd(0.01), tr(50));

add('lr-too-high.sgd-plain-0.8-batch-16-members', 'tiers', mem(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.8), tr(50, 16));
add('lr-too-high.adam-0.04-batch-2-round-times', 'round-times', rnd(), [d(32, 'relu'), d(1)], 'mse', adam(0.04), tr(20, 2));
add('lr-too-high.rmsprop-0.02-batch-4-golf', 'golf', golf(), [d(64, 'elu'), d(1)], 'mse', rms(0.02), tr(40, 4));
add('lr-too-high.nesterov-0.4-batch-32-tanh-chlorine', 'chlorine', chl(), [d(32, 'tanh'), d(1)], 'mse', nest(0.4), tr(50));
add('lr-too-high.momentum-0.9-lr-0.5-circles', 'green-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.5), tr(100, 16));

add('lr-too-low.adam-1e-6-members', 'tiers', mem(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-6), tr(50));
add('lr-too-low.sgd-plain-1e-4-batch-128-golf', 'golf', golf(), [d(32, 'tanh'), d(1)], 'mse', sgd(1e-4), tr(60, 128));
add('lr-too-low.rmsprop-2e-6-pool', 'pool', pool(), [d(32, 'relu'), d(1)], 'mse', rms(2e-6), tr(50));
add('lr-too-low.momentum-5e-6-spirals3', 'bunker-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', mom(5e-6), tr(100));

add('loss-plateau.dropout-0.9-pool', 'pool', pool(), [d(32, 'relu'), drop(0.9), d(32, 'relu'), drop(0.9), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-1-adam-members', 'tiers', mem(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003, { weightDecay: 1 }), tr(60));
add('loss-plateau.clipnorm-1e-4-sgd-golf', 'golf', golf(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01, { clipNorm: 1e-4 }), tr(60));
add('loss-plateau.one-unit-relu-bottleneck-spirals3', 'bunker-spirals', SPIRALS3, [d(32, 'relu'), d(1, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));

// ---------------------------------------------------------------- intended healthy specs
add('ok.golf-relu-adam', 'golf', golf(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.golf-elu-nesterov-val', 'golf', golf(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(80, 32, { validationSplit: 0.2 }));
add('ok.golf-tanh-rmsprop-batch-128', 'golf', golf(), [d(64, 'tanh'), d(1)], 'mse', rms(0.003), tr(120, 128));
add('ok.golf-minmax-leaky-adam-wd', 'golf', golf({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(64, 'leaky_relu'), d(1)], 'mse', adam(0.003, { weightDecay: 1e-4 }), tr(80));
add('ok.golf-bn-relu-momentum', 'golf', golf(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.01), tr(60));
add('ok.pool-relu-adam', 'pool', pool(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.pool-tanh-sgd-batch-8', 'pool', pool(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.01), tr(60, 8));
add('ok.pool-elu-rmsprop-clip', 'pool', pool(), [d(64, 'elu'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(80));
add('ok.pool-sigmoid-xavier-normal-adam', 'pool', pool(), [d(64, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.01), tr(100));
add('ok.pool-dropout-relu-nesterov', 'pool', pool(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', nest(0.01), tr(80));
add('ok.round-times-relu-adam', 'round-times', rnd(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.round-times-linear-sgd-full-batch', 'round-times', rnd(), [d(1)], 'mse', sgd(0.1), tr(300, 840));
add('ok.round-times-tanh-momentum-batch-64', 'round-times', rnd(), [d(16, 'tanh'), d(1)], 'mse', mom(0.02), tr(80, 64));
add('ok.round-times-minmax-elu-rmsprop', 'round-times', rnd({ normalize: 'minmax' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.closures-relu-adam', 'closures', clo(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.closures-logistic-sgd', 'closures', clo(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100));
add('ok.closures-tanh-rmsprop-val', 'closures', clo(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.closures-elu-nesterov-batch-100', 'closures', clo(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 100));
add('ok.members-relu-adam', 'tiers', mem(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.members-tanh-momentum', 'tiers', mem(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.members-bn-dropout-rmsprop', 'tiers', mem(), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.members-elu-he-uniform-sgd-batch-16', 'tiers', mem(), [d(32, 'elu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', sgd(0.05), tr(60, 16));
add('ok.members-softmax-linear-adam', 'tiers', mem(), [d(5, 'softmax')], 'cce', adam(0.02), tr(80));
add('ok.chlorine-linear-adam', 'chlorine', chl(), [d(1)], 'mse', adam(0.01), tr(60));
add('ok.chlorine-relu-sgd-batch-1', 'chlorine', chl(), [d(16, 'relu'), d(1)], 'mse', sgd(0.002), tr(20, 1));
add('ok.chlorine-leaky-nesterov-full-batch', 'chlorine', chl(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.05), tr(300, 800));
add('ok.chlorine-lecun-tanh-rmsprop', 'chlorine', chl(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.002), tr(60));
add('ok.moons-relu-adam', 'bunker-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-tanh-nesterov-batch-8', 'bunker-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 8));
add('ok.circles-relu-rmsprop', 'green-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-elu-momentum', 'green-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(200));
add('ok.spirals3-relu-adam', 'bunker-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.blobs4-sgd-batch-1', 'tee-blobs', BLOBS4, [d(8, 'relu'), d(4, 'softmax')], 'cce', sgd(0.01), tr(30, 1));
add('ok.blobs4-tanh-adam-full-batch', 'tee-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'softmax')], 'cce', adam(0.01), tr(200, 400));
add('ok.sine-tanh-adam', 'wave-pool-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(200, 16));
add('ok.sine-elu-rmsprop-batch-32', 'wave-pool-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200));
add('ok.xor-tanh-momentum', 'tee-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200, 16));
add('ok.xor-leaky-adam', 'tee-xor', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(150, 16));
add('ok.iris-relu-adam', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sigmoid-sgd-full-batch', 'iris', IRIS, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.5), tr(500, 150));
add('ok.iris-elu-rmsprop-dropout', 'iris', IRIS, [d(32, 'elu'), drop(0.1), d(3, 'softmax')], 'cce', rms(0.005), tr(100, 8));
add('ok.lanes-inline-tanh-adam', 'lanes', INLINE_LANES, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 4));
add('ok.lanes-inline-logistic-sgd-full', 'lanes', INLINE_LANES, [d(1, 'sigmoid')], 'bce', sgd(0.3), tr(300, 22));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
