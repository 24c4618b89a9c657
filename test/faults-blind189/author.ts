/**
 * Writes every candidate spec of blind fault set 189 (canal boat hire and lock keepers) into
 * candidates/: `npx tsx test/faults-blind189/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 189, data, layers, loss, optimizer, training, ...extra };
}

const HF = ['boat_length_ft', 'berths', 'nights', 'locks_planned', 'cruising_hours', 'fuel_l', 'peak_season'];
const hire = (x: Json = {}): Json => ({ csv: '../data/hire.csv', target: 'hire_total_gbp', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RF = ['locks', 'miles', 'tunnels', 'aqueducts', 'cruising_hours'];
const route = (x: Json = {}): Json => ({ csv: '../data/route.csv', target: 'route', features: RF, normalize: 'standard', ...x });
const GF = ['water_level_cm', 'draft_cm', 'boat_length_ft', 'speed_mph', 'dry_days'];
const grd = (x: Json = {}): Json => ({ csv: '../data/grounding.csv', target: 'grounded', features: GF, normalize: 'standard', ...x });
const LF = ['level_now_cm', 'rain_mm', 'lock_operations', 'sluice_open', 'backpump_m3'];
const lvl = (x: Json = {}): Json => ({ csv: '../data/level.csv', target: 'level_next_cm', features: LF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['engine_hours', 'boat_length_ft', 'locks', 'engine_hp', 'diesel_heating'];
const fuel = (x: Json = {}): Json => ({ csv: '../data/fuel.csv', target: 'fuel_l', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A lock keeper's notebook: boat length (ft) and pound level (cm) -> fits the short lock (1) or not (0).
const INLINE_LOCK = {
  inline: {
    x: [[45, 130], [57, 140], [62, 150], [70, 135], [35, 120], [50, 160], [58, 125], [66, 145], [40, 150], [60, 110], [68, 160], [48, 118], [55, 150], [72, 150], [38, 100], [52, 145], [64, 130], [44, 140], [59, 155], [69, 120], [42, 125], [56, 135], [61, 165], [47, 105]],
    y: [1, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.nesterov-0.97-full-batch-linear-fuel-litres-gallons', 'fuel-litres', fuel({ features: ['engine_hours', 'locks', 'engine_hp', 'diesel_heating'], normalize: 'minmax' }), [d(1)], 'mse', nest(0.3, 0.97), tr(150, 900));
add('oscillating-loss.sgd-plain-1.6-full-batch-linear-level', 'pound-level', lvl({ features: ['level_now_cm', 'rain_mm', 'lock_operations', 'sluice_open', 'backpump_m3'] }), [d(1)], 'mse', sgd(1.0), tr(120, 800));
add('oscillating-loss.momentum-0.95-batch-250-linear-hire', 'hire-total', hire(), [d(1)], 'mse', mom(0.15, 0.95), tr(120, 250));
add('oscillating-loss.adam-0.3-full-batch-tanh-level', 'pound-level', lvl(), [d(8, 'tanh'), d(1)], 'mse', adam(0.3), tr(150, 800));
add('oscillating-loss.rmsprop-0.05-batch-300-linear-fuel', 'fuel-litres', fuel(), [d(1)], 'mse', rms(0.05), tr(150, 300));
add('oscillating-loss.sgd-plain-0.9-batch-64-hire-miles', 'hire-total', hire({ normalize: 'none', features: ['peak_season', 'berths'] }), [d(1)], 'mse', sgd(0.09), tr(120, 64));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-grounding', 'grounding-flag', grd(), [d(1, 'sigmoid')], 'bce', mom(2, 0.99), tr(200, 1200));
add('oscillating-loss.nesterov-0.95-lr-0.2-batch-200-route', 'route-class', route(), [d(5, 'softmax')], 'cce', nest(0.5, 0.95), tr(150, 200));
add('oscillating-loss.sgd-plain-2.1-full-batch-linear-fuel', 'fuel-litres', fuel(), [d(1)], 'mse', sgd(0.95), tr(150, 900));

add('oscillating-loss.momentum-0.99-lr-1-full-batch-softmax-route', 'route-class', route(), [d(5, 'softmax')], 'cce', mom(1, 0.99), tr(200, 1000));
add('oscillating-loss.nesterov-0.99-lr-0.3-full-batch-linear-level', 'pound-level', lvl(), [d(1)], 'mse', nest(0.3, 0.99), tr(200, 800));
add('oscillating-loss.momentum-0.98-lr-1-batch-400-logistic-grounding-tanh', 'grounding-flag', grd(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.98), tr(150, 400));
add('oscillating-loss.adam-0.5-full-batch-logistic-grounding', 'grounding-flag', grd(), [d(1, 'sigmoid')], 'bce', adam(0.5), tr(200, 1200));
add('oscillating-loss.rmsprop-0.2-full-batch-linear-hire', 'hire-total', hire(), [d(1)], 'mse', rms(0.2), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-0.5-batch-16-lock-inline', 'short-lock-fit', INLINE_LOCK, [d(1, 'sigmoid')], 'bce', mom(3, 0.99), tr(300, 24));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'hire-total', hire(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'route-class', route(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.sparse-categorical-loss', 'route-class', route(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.dropout-rate-1.5', 'grounding-flag', grd(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'fuel-litres', fuel(), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60, 0));

add('data-error.na-fuel-litres', 'hire-total-na', hire({ csv: '../data/hire-na.csv' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.booking-id-feature', 'hire-total', hire({ features: ['booking_id', ...HF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.booked-at-feature', 'hire-total', hire({ features: ['booked_at', ...HF] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.lock-id-feature-level', 'pound-level', lvl({ features: ['lock_id', ...LF] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.target-typo-hire-total', 'hire-total', hire({ target: 'hire_total' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-bookings-2024-file', 'hire-total', hire({ csv: '../data/bookings-2024.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.route-four-heads-no-summit', 'route-class', route(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.grounding-two-sigmoid-heads', 'grounding-flag', grd(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.fuel-litres-and-gallons-one-output', 'fuel-litres', fuel({ target: ['fuel_l', 'fuel_gal'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'mooring-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.1), tr(60));

add('loss-activation-mismatch.softmax-one-unit-bce-grounding', 'grounding-flag', grd(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-hire', 'hire-total', hire(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-route', 'route-class', route(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-lock-inline', 'short-lock-fit', INLINE_LOCK, [d(8, 'elu'), d(1, 'tanh')], 'bce', rms(0.01), tr(200, 8));
add('loss-activation-mismatch.sigmoid-head-standardized-level', 'pound-level', lvl(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-two-linear-adam', 'winding-hole-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.xor-linear-nesterov-full-batch', 'two-lock-xor', XOR, [d(16), d(1, 'sigmoid')], 'bce', nest(0.1), tr(200, 300));
add('no-nonlinearity.spirals-linear-bn-rmsprop', 'towpath-spirals', SPIRALS, [d(64, 'linear', { batchNorm: true }), d(32, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('no-nonlinearity.sine-four-linear-adam', 'tide-sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', adam(0.005), tr(200, 16));

add('lr-out-of-range.adam-lr-10-route', 'route-class', route(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(40));
add('lr-out-of-range.sgd-1e-8-fuel', 'fuel-litres', fuel(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00000001), tr(60));
add('lr-out-of-range.rmsprop-lr-25-grounding', 'grounding-flag', grd(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(25), tr(40));
add('lr-out-of-range.nesterov-negative-level', 'pound-level', lvl(), [d(16, 'elu'), d(1)], 'mse', nest(-0.01), tr(60));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-adam-hire', 'hire-total', hire(), [d(32, 'relu', init('zeros')), d(32, 'relu', init('zeros')), d(1, 'linear', init('zeros'))], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.2-tanh-circles', 'winding-hole-circles', CIRCLES, [d(32, 'tanh', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', adam(0.01), tr(150));
add('init-symmetry.zeros-sigmoid-rmsprop-route', 'route-class', route(), [d(24, 'sigmoid', init('zeros')), d(5, 'softmax', init('zeros'))], 'cce', rms(0.003), tr(50));
add('init-symmetry.constant-0.1-elu-moons-nesterov', 'lock-flight-moons', MOONS, [d(32, 'elu', init('constant', { value: 0.1 })), d(32, 'elu', init('constant', { value: 0.1 })), d(1, 'sigmoid', init('constant', { value: 0.1 }))], 'bce', nest(0.05), tr(150, 16));

add('init-scale.normal-std-4-sigmoid-route', 'route-class', route(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', adam(0.002), tr(40));
add('init-scale.uniform-10-tanh-level', 'pound-level', lvl(), [d(48, 'tanh', init('uniform', { limit: 10 })), d(1, 'linear', init('uniform', { limit: 10 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-5-six-relu-fuel', 'fuel-litres', fuel(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', nest(0.01), tr(60));
add('init-scale.constant-1.5-leaky-grounding', 'grounding-flag', grd(), [...tower(3, 32, 'leaky_relu', init('normal', { std: 2.5 })), d(1, 'sigmoid', init('normal', { std: 2.5 }))], 'bce', adam(0.001), tr(40));

add('dead-relu.bias-minus-8-adam-route', 'route-class', route(), [d(128, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('dead-relu.bias-minus-4-three-relu-grounding', 'grounding-flag', grd(), [...tower(3, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(40));
add('dead-relu.bias-minus-6-he-uniform-fuel', 'fuel-litres', fuel(), [d(64, 'relu', { init: 'he_uniform', bias: -6 }), d(1)], 'mse', sgd(0.01), tr(60, 16));
add('dead-relu.adam-0.1-batch-4-level', 'pound-level', lvl(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(15, 4));
add('dead-relu.bias-minus-2-four-relu-spirals', 'towpath-spirals', SPIRALS, [...tower(4, 32, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));

add('exploding-gradient.raw-hire-pounds-nesterov', 'hire-total-raw-target', hire({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0001), tr(40));
add('exploding-gradient.raw-level-cm-target-rmsprop', 'pound-level-raw-target', lvl({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-backpump-m3-relu-sgd', 'pound-level-raw', lvl({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.0001), tr(30, 16));
add('exploding-gradient.ten-relu-std-0.5-adam-fuel', 'fuel-litres', fuel(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0005), tr(30));
add('exploding-gradient.raw-hull-features-grounding-momentum', 'grounding-raw', grd({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));

add('vanishing-gradient.eight-sigmoid-momentum-route', 'route-class', route(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('vanishing-gradient.ten-tanh-std-0.03-level', 'pound-level', lvl(), [...tower(10, 32, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.nine-sigmoid-rmsprop-grounding', 'grounding-flag', grd(), [...tower(9, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(40, 64));
add('vanishing-gradient.eight-sigmoid-sgd-circles', 'winding-hole-circles', CIRCLES, [...tower(8, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));

add('nan-loss.sgd-5-full-batch-relu-hire', 'hire-total', hire(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(5), tr(30, 1000));
add('nan-loss.raw-fuel-target-momentum', 'fuel-litres-raw-target', fuel({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(20));
add('nan-loss.rmsprop-5-batch-2-level', 'pound-level', lvl(), [d(32, 'elu'), d(1)], 'mse', rms(3), tr(5, 2));
add('nan-loss.nesterov-2-batch-4-sine', 'tide-sine', SINE, [d(32, 'tanh'), d(32, 'relu'), d(1)], 'mse', nest(2), tr(20, 4));
add('nan-loss.constant-1-relu-deep-raw-level', 'pound-level-raw', lvl({ normalize: 'none' }), [...tower(4, 32, 'relu', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', adam(0.001), tr(20));

add('saturated-activation.sigmoid-raw-level-cm', 'pound-level-raw', lvl({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-minus-7-route', 'route-class', route(), [d(32, 'tanh', { bias: -7 }), d(32, 'tanh', { bias: -7 }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('saturated-activation.tanh-raw-hire-features', 'hire-total-raw-features', hire({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-grounding', 'grounding-raw', grd({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));
add('saturated-activation.sigmoid-bias-9-fuel', 'fuel-litres', fuel(), [d(32, 'sigmoid', { bias: 9 }), d(1)], 'mse', adam(0.003), tr(60));

add('lr-too-high.sgd-plain-3-batch-8-route', 'route-class', route(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(3), tr(40, 8));
add('lr-too-high.rmsprop-0.05-batch-1-fuel', 'fuel-litres', fuel(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(5, 1));
add('lr-too-high.adam-0.3-batch-16-level', 'pound-level', lvl(), [d(32, 'tanh'), d(1)], 'mse', adam(0.3), tr(40, 16));
add('lr-too-high.nesterov-0.6-batch-4-iris', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', nest(0.6), tr(30, 4));
add('lr-too-high.momentum-1.5-batch-16-circles', 'winding-hole-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(1.5), tr(80, 16));
add('lr-too-high.adam-0.15-batch-2-grounding', 'grounding-flag', grd(), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.15), tr(10, 2));

add('lr-too-low.adam-3e-7-route', 'route-class', route(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000003), tr(50));
add('lr-too-low.sgd-plain-1e-5-full-batch-grounding', 'grounding-flag', grd(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.00001), tr(200, 1200));
add('lr-too-low.rmsprop-1e-6-hire', 'hire-total', hire(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-5e-6-sine', 'tide-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.000005), tr(200, 16));
add('lr-too-low.momentum-2e-6-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.000002), tr(150, 8));

add('loss-plateau.hull-serial-only-grounding', 'grounding-flag', grd({ features: ['hull_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.keeper-badge-only-route', 'route-class', route({ features: ['keeper_badge'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.weekday-only-fuel', 'fuel-litres', fuel({ features: ['weekday'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-level', 'pound-level', lvl(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-hire', 'hire-total', hire(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.hire-adam-relu', 'hire-total', hire(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.hire-rmsprop-elu-val', 'hire-total', hire(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(80, 32, { validationSplit: 0.2 }));
add('ok.hire-nesterov-tanh-batch-16', 'hire-total', hire(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.hire-minmax-sgd-leaky-batch-1', 'hire-total', hire({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.hire-adam-bn-batch-200', 'hire-total', hire(), [d(48, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(100, 200));
add('ok.hire-linear-sgd-full-batch', 'hire-total', hire(), [d(1)], 'mse', sgd(0.1), tr(200, 1000));
add('ok.route-adam-relu', 'route-class', route(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.route-rmsprop-tanh-dropout', 'route-class', route(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.route-nesterov-elu-batch-8', 'route-class', route(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(40, 8));
add('ok.route-minmax-adam-bn-decay', 'route-class', route({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005, { weightDecay: 0.0001 }), tr(60, 64));
add('ok.route-sgd-plain-sigmoid', 'route-class', route(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(80, 16));
add('ok.route-softmax-regression-full-batch', 'route-class', route(), [d(5, 'softmax')], 'cce', rms(0.02), tr(200, 1000));
add('ok.grounding-adam-relu', 'grounding-flag', grd(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.grounding-logistic-nesterov', 'grounding-flag', grd(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(60));
add('ok.grounding-rmsprop-tanh-val', 'grounding-flag', grd(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 32, { validationSplit: 0.25 }));
add('ok.grounding-minmax-adam-elu-clip', 'grounding-flag', grd({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(80));
add('ok.level-adam-elu', 'pound-level', lvl(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.level-rmsprop-relu-batch-128', 'pound-level', lvl(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 128));
add('ok.level-momentum-tanh-lecun', 'pound-level', lvl(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.level-minmax-target-adam-dropout', 'pound-level', lvl({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.level-linear-adam-batch-4', 'pound-level', lvl(), [d(1)], 'mse', adam(0.01), tr(20, 4));
add('ok.fuel-adam-tanh', 'fuel-litres', fuel(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.fuel-gallons-rmsprop-relu', 'fuel-gallons', fuel({ target: 'fuel_gal' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.fuel-sgd-plain-elu-batch-2', 'fuel-litres', fuel(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.fuel-adam-bn-dropout-deep-val', 'fuel-litres', fuel(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.fuel-nesterov-leaky-decay', 'fuel-litres', fuel(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(300, 150));
add('ok.moons-adam-relu', 'lock-flight-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-momentum-tanh-batch-8', 'lock-flight-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 8));
add('ok.circles-adam-elu', 'winding-hole-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'winding-hole-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-tanh-deep', 'towpath-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'mooring-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'tide-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'tide-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 250));
add('ok.xor-adam-tanh', 'two-lock-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-xavier-normal', 'two-lock-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.lock-inline-adam-tanh', 'short-lock-fit', INLINE_LOCK, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.lock-inline-logistic-sgd-batch-1', 'short-lock-fit', INLINE_LOCK, [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(200, 1));
add('ok.hire-adam-he-uniform-leaky-clip', 'hire-total', hire(), [d(64, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.level-sgd-plain-sigmoid-xavier', 'pound-level', lvl(), [d(16, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', sgd(0.1), tr(100, 16));
add('ok.grounding-momentum-relu-batch-256', 'grounding-flag', grd(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150, 256));
add('ok.route-adam-leaky-dropout-val', 'route-class', route(), [d(64, 'leaky_relu'), drop(0.3), d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.002), tr(60, 32, { validationSplit: 0.2 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
