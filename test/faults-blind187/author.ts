/**
 * Writes every candidate spec of blind fault set 187 (kite and paraglider makers) into candidates/:
 * `npx tsx test/faults-blind187/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 187, data, layers, loss, optimizer, training, ...extra };
}

const GF = ['area_m2', 'aspect_ratio', 'cells', 'line_total_m', 'wing_kg', 'pilot_kg'];
const glide = (x: Json = {}): Json => ({ csv: '../data/glide.csv', target: 'glide_ratio', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['area_m2', 'aspect_ratio', 'cells', 'brake_travel_cm', 'risers', 'test_flight_min'];
const cls = (x: Json = {}): Json => ({ csv: '../data/wingclass.csv', target: 'wing_class', features: CF, normalize: 'standard', ...x });
const LF = ['hours_flown', 'line_age_days', 'pilot_load_kg', 'line_diam_mm', 'uv_index', 'sheathed'];
const fail = (x: Json = {}): Json => ({ csv: '../data/linefail.csv', target: 'line_failure', features: LF, normalize: 'standard', ...x });
const OF = ['kites_qty', 'kite_area_m2', 'custom_print', 'express', 'line_length_m', 'dealer'];
const ord = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'total_eur', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['wind_kmh', 'thermal_ms', 'pilot_years', 'area_m2', 'launch_alt_m'];
const fl = (x: Json = {}): Json => ({ csv: '../data/testflight.csv', target: 'flight_min', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A kite school's notebook: wind (km/h) and kite area (m2) -> rider overpowered (1) or not (0).
const INLINE_KITE = {
  inline: {
    x: [[12, 9], [15, 12], [18, 14], [22, 12], [25, 9], [28, 7], [30, 12], [35, 9], [10, 17], [14, 15], [20, 10], [24, 14], [27, 11], [32, 7], [16, 8], [19, 17], [26, 6], [33, 5], [11, 12], [21, 15], [29, 9], [23, 8], [17, 11], [31, 10]],
    y: [0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'glide-ratio', glide(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'wing-class', cls(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.keras-loss-name', 'line-failure', fail(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1.5', 'order-total', ord(), [d(32, 'relu'), drop(1.5), d(1)], 'mse', rms(0.002), tr(60));
add('invalid-spec.zero-units-hidden', 'flight-minutes', fl(), [d(0, 'tanh'), d(1)], 'mse', nest(0.01), tr(40));

add('data-error.na-line-total', 'glide-ratio-na', glide({ csv: '../data/glide-na.csv' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.wing-id-feature', 'glide-ratio', glide({ features: ['wing_id', ...GF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.finished-ts-feature', 'glide-ratio', glide({ features: [...GF, 'finished_ts'] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.pilot-id-feature-linefail', 'line-failure', fail({ features: ['pilot_id', ...LF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.brake-travel-typo', 'wing-class', cls({ features: ['area_m2', 'aspect_ratio', 'cells', 'brake_travel', 'risers', 'test_flight_min'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.orders-xls-path', 'order-total', ord({ csv: '../data/orders.xls' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.flight-id-feature-tsv', 'flight-minutes', fl({ features: ['flight_id', ...FF] }), [d(16, 'elu'), d(1)], 'mse', sgd(0.01), tr(40));

add('shape-mismatch.wingclass-four-heads-no-ccc', 'wing-class', cls(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.flight-seconds-and-minutes-one-output', 'flight-time', fl({ target: ['flight_s', 'flight_min'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.iris-binary-head-bce', 'iris-demo', IRIS, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(80, 16));
add('shape-mismatch.blobs4-three-heads', 'workshop-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.sigmoid-heads-cce-wingclass', 'wing-class', cls(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-head-standardized-glide', 'glide-ratio', glide(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.single-softmax-bce-linefail', 'line-failure', fail(), [d(16, 'relu'), d(1, 'softmax')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-orders', 'order-total', ord(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.tanh-head-bce-kite', 'kite-overpowered', INLINE_KITE, [d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));

add('no-nonlinearity.circles-linear-adam', 'bridle-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('no-nonlinearity.moons-linear-dropout-momentum', 'canopy-moons', MOONS, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', mom(0.02), tr(100, 16));
add('no-nonlinearity.xor-linear-rmsprop-full-batch', 'two-riser-xor', XOR, [d(32), d(16), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 300));
add('no-nonlinearity.sine-linear-stack-sgd', 'thermal-sine', SINE, [d(32), d(32), d(1)], 'mse', sgd(0.02), tr(150, 16));

add('lr-out-of-range.adam-lr-10-glide', 'glide-ratio', glide(), [d(32, 'relu'), d(1)], 'mse', adam(10), tr(30));
add('lr-out-of-range.rmsprop-1e-10-orders', 'order-total', ord(), [d(32, 'elu'), d(1)], 'mse', rms(1e-10), tr(40));
add('lr-out-of-range.sgd-lr-50-wingclass', 'wing-class', cls(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(50), tr(20));
add('lr-out-of-range.nesterov-lr-25-linefail', 'line-failure', fail(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(25), tr(20));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-glide', 'glide-ratio', glide(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.5-tanh-nesterov-wingclass', 'wing-class', cls(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', nest(0.01), tr(50));
add('init-symmetry.zeros-sigmoid-adam-moons', 'canopy-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(100));
add('init-symmetry.constant-0.2-elu-sgd-flight', 'flight-minutes', fl(), [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', sgd(0.01), tr(60));
add('init-symmetry.zeros-tanh-momentum-spirals', 'line-spirals', SPIRALS, [d(32, 'tanh', { init: 'zeros' }), d(32, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05), tr(150));

add('init-scale.normal-std-10-sigmoid-linefail', 'line-failure', fail(), [d(32, 'sigmoid', init('normal', { std: 10 })), d(32, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.001), tr(40));
add('init-scale.uniform-4-elu-glide', 'glide-ratio', glide(), [d(64, 'elu', init('uniform', { limit: 4 })), d(64, 'elu', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', mom(0.001), tr(60));
add('init-scale.normal-1e-5-six-relu-wingclass', 'wing-class', cls(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', nest(0.01), tr(50));
add('init-scale.uniform-1e-3-eight-leaky-spirals', 'line-spirals', SPIRALS, [...tower(8, 32, 'leaky_relu', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', rms(0.001), tr(100));
add('init-scale.normal-std-2-tanh-orders', 'order-total', ord(), [...tower(3, 64, 'tanh', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', adam(0.001), tr(60));

add('dead-relu.bias-minus-8-two-layer-wingclass', 'wing-class', cls(), [d(64, 'relu', { bias: -8 }), d(32, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.bias-minus-20-glide-adam', 'glide-ratio', glide(), [d(128, 'relu', { bias: -20 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.sgd-0.8-batch-4-deep-orders', 'order-total', ord(), [...tower(4, 32, 'relu'), d(1)], 'mse', sgd(0.8), tr(10, 4));
add('dead-relu.he-uniform-bias-minus-4-momentum-flight', 'flight-minutes', fl(), [d(48, 'relu', { init: 'he_uniform', bias: -4 }), d(48, 'relu', { init: 'he_uniform', bias: -4 }), d(1)], 'mse', mom(0.01), tr(60));
add('dead-relu.adam-0.4-batch-8-spirals', 'line-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.4), tr(40, 8));

add('exploding-gradient.raw-order-euros-rmsprop', 'order-total-raw-target', ord({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-launch-alt-momentum', 'flight-minutes-raw', fl({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.raw-flight-seconds-adam', 'flight-seconds-raw-target', fl({ target: 'flight_s', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.002), tr(40));
add('exploding-gradient.ten-relu-std-0.5-glide', 'glide-ratio', glide(), [...tower(10, 48, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0001), tr(30));
add('exploding-gradient.raw-hours-linefail-nesterov', 'line-failure-raw', fail({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', nest(0.0005), tr(30));

add('vanishing-gradient.eight-sigmoid-momentum-glide', 'glide-ratio', glide(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.ten-tanh-std-0.02-linefail', 'line-failure', fail(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40));
add('vanishing-gradient.nine-sigmoid-lecun-circles', 'bridle-circles', CIRCLES, [...tower(9, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100));
add('vanishing-gradient.seven-sigmoid-nesterov-orders', 'order-total', ord(), [...tower(7, 32, 'sigmoid'), d(1)], 'mse', nest(0.005), tr(60));

add('nan-loss.nesterov-2-batch-1-glide', 'glide-ratio', glide(), [d(32, 'tanh'), d(1)], 'mse', nest(2), tr(5, 1));
add('nan-loss.raw-euros-target-sgd', 'order-total-raw-target', ord({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(20));
add('nan-loss.rmsprop-5-wingclass', 'wing-class', cls(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', rms(5), tr(20));
add('nan-loss.raw-features-momentum-flight-seconds', 'flight-seconds-raw', fl({ normalize: 'none', target: 'flight_s', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.01), tr(20));
add('nan-loss.constant-3-elu-deep-glide', 'glide-ratio', glide(), [...tower(4, 64, 'elu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', sgd(0.01), tr(20));

add('saturated-activation.sigmoid-raw-launch-alt-flight', 'flight-minutes-raw', fl({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-hours-linefail', 'line-failure-raw', fail({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-bias-8-glide', 'glide-ratio', glide(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-brake-cells-wingclass', 'wing-class-raw', cls({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('saturated-activation.sigmoid-std-4-orders', 'order-total', ord(), [d(32, 'sigmoid', init('normal', { std: 4 })), d(32, 'sigmoid', init('normal', { std: 4 })), d(1)], 'mse', mom(0.01), tr(60));

add('lr-too-high.adam-0.3-batch-16-wingclass', 'wing-class', cls(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(40, 16));
add('lr-too-high.rmsprop-0.05-batch-2-glide', 'glide-ratio', glide(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.sgd-plain-2-batch-8-flight', 'flight-minutes', fl(), [d(32, 'tanh'), d(1)], 'mse', sgd(2), tr(20, 8));
add('lr-too-high.nesterov-0.8-linefail', 'line-failure', fail(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.8), tr(30));
add('lr-too-high.momentum-1.5-blobs4', 'workshop-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', mom(1.5), tr(40, 16));
add('lr-too-high.adam-0.15-batch-1-orders', 'order-total', ord(), [d(32, 'relu'), d(1)], 'mse', adam(0.15), tr(5, 1));

add('lr-too-low.adam-3e-7-wingclass', 'wing-class', cls(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000003), tr(50));
add('lr-too-low.sgd-1e-5-batch-64-glide', 'glide-ratio', glide(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(60, 64));
add('lr-too-low.rmsprop-2e-7-linefail', 'line-failure', fail(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.0000002), tr(40));
add('lr-too-low.nesterov-1e-6-spirals', 'line-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.000001), tr(150));
add('lr-too-low.momentum-5e-6-full-batch-flight', 'flight-minutes', fl(), [d(32, 'relu'), d(1)], 'mse', mom(0.000005), tr(150, 900));

add('oscillating-loss.sgd-1.9-full-batch-linear-glide-ft2', 'glide-ratio', glide({ features: ['area_m2', 'area_ft2', 'aspect_ratio', 'cells', 'line_total_m', 'wing_kg'] }), [d(1)], 'mse', sgd(0.45), tr(150, 900));
add('oscillating-loss.momentum-0.95-lr-0.5-full-batch-linear-flight', 'flight-minutes', fl(), [d(1)], 'mse', mom(0.5, 0.95), tr(150, 900));
add('oscillating-loss.rmsprop-0.1-full-batch-linear-orders', 'order-total', ord(), [d(1)], 'mse', rms(0.1), tr(150, 800));
add('oscillating-loss.adam-0.3-full-batch-logistic-linefail', 'line-failure', fail(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1200));
add('oscillating-loss.nesterov-0.98-lr-0.3-batch-450-glide', 'glide-ratio', glide(), [d(1)], 'mse', nest(0.3, 0.98), tr(150, 450));
add('oscillating-loss.sgd-plain-6-batch-500-softmax-wingclass', 'wing-class', cls(), [d(5, 'softmax')], 'cce', sgd(6), tr(150, 500));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-sine', 'thermal-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(200, 250));
add('oscillating-loss.adam-0.5-full-batch-linear-flight', 'flight-minutes', fl(), [d(1)], 'mse', adam(0.5), tr(150, 900));
add('oscillating-loss.sgd-plain-1.05-batch-300-linear-flight', 'flight-minutes', fl(), [d(1)], 'mse', sgd(1.05), tr(150, 300));

// second round of oscillation candidates (the first mostly settled or diverged)
add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-linear-flight', 'flight-minutes', fl(), [d(1)], 'mse', mom(0.1, 0.99), tr(150, 900));
add('oscillating-loss.momentum-0.98-lr-0.5-full-batch-linear-glide', 'glide-ratio', glide(), [d(1)], 'mse', mom(0.5, 0.98), tr(150, 900));
add('oscillating-loss.nesterov-0.99-lr-0.02-full-batch-tanh-sine', 'thermal-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', nest(0.02, 0.99), tr(200, 250));
add('oscillating-loss.momentum-0.97-lr-3-full-batch-logistic-linefail', 'line-failure', fail(), [d(1, 'sigmoid')], 'bce', mom(3, 0.97), tr(150, 1200));
add('oscillating-loss.sgd-plain-0.43-full-batch-linear-glide-ft2', 'glide-ratio', glide({ features: ['area_m2', 'area_ft2', 'aspect_ratio', 'cells', 'line_total_m', 'wing_kg'] }), [d(1)], 'mse', sgd(0.43), tr(150, 900));
add('oscillating-loss.rmsprop-0.3-full-batch-linear-flight', 'flight-minutes', fl(), [d(1)], 'mse', rms(0.3), tr(150, 900));
add('oscillating-loss.momentum-0.99-lr-0.03-batch-125-sine-elu', 'thermal-sine', SINE, [d(32, 'elu'), d(1)], 'mse', mom(0.03, 0.99), tr(200, 125));

add('loss-plateau.spool-serial-only-linefail', 'line-failure', fail({ features: ['spool_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.sewing-table-only-wingclass', 'wing-class', cls({ features: ['sewing_table'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.hour-only-flight', 'flight-minutes', fl({ features: ['hour'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-2-momentum-glide', 'glide-ratio', glide(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 2 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-orders', 'order-total', ord(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.glide-adam-relu', 'glide-ratio', glide(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.glide-rmsprop-elu-val', 'glide-ratio', glide(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.glide-nesterov-tanh-batch-16', 'glide-ratio', glide(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.glide-minmax-sgd-leaky-batch-1', 'glide-ratio', glide({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.glide-ft2-adam-bn-batch-128', 'glide-ratio', glide({ features: ['area_ft2', 'aspect_ratio', 'cells', 'line_total_m', 'wing_kg', 'pilot_kg'] }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.glide-linear-sgd-full-batch', 'glide-ratio', glide(), [d(1)], 'mse', sgd(0.1), tr(200, 900));
add('ok.glide-momentum-sigmoid-decay', 'glide-ratio', glide(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.wingclass-adam-relu', 'wing-class', cls(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.wingclass-rmsprop-tanh-dropout', 'wing-class', cls(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.wingclass-nesterov-elu-batch-8', 'wing-class', cls(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(40, 8));
add('ok.wingclass-minmax-adam-bn', 'wing-class', cls({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.wingclass-softmax-regression-sgd-val', 'wing-class', cls(), [d(5, 'softmax')], 'cce', sgd(0.1), tr(80, 32, { validationSplit: 0.15 }));
add('ok.wingclass-momentum-sigmoid-xavier-normal', 'wing-class', cls(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', mom(0.05), tr(80));
add('ok.linefail-adam-relu', 'line-failure', fail(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.linefail-logistic-sgd', 'line-failure', fail(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(80));
add('ok.linefail-rmsprop-tanh-batch-64', 'line-failure', fail(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 64));
add('ok.linefail-minmax-adam-elu-clip', 'line-failure', fail({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(80));
add('ok.orders-adam-elu', 'order-total', ord(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-rmsprop-relu-batch-200', 'order-total', ord(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 200));
add('ok.orders-momentum-tanh-lecun', 'order-total', ord(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.orders-minmax-target-adam-dropout', 'order-total', ord({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-nesterov-leaky-batch-4', 'order-total', ord(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.005), tr(20, 4));
add('ok.flight-adam-tanh', 'flight-minutes', fl(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.flight-seconds-rmsprop-relu', 'flight-seconds', fl({ target: 'flight_s' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.flight-sgd-plain-elu-batch-2', 'flight-minutes', fl(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.flight-adam-bn-dropout-deep-val', 'flight-minutes', fl(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.flight-nesterov-relu-decay', 'flight-minutes', fl(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(200, 150));
add('ok.moons-adam-relu', 'canopy-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-8', 'canopy-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 8));
add('ok.circles-adam-elu', 'bridle-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-relu-bn', 'bridle-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.spirals-adam-tanh-deep', 'line-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'workshop-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'thermal-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'thermal-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 250));
add('ok.xor-adam-tanh', 'two-riser-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-he-uniform', 'two-riser-xor', XOR, [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.kite-inline-adam-tanh', 'kite-overpowered', INLINE_KITE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.glide-adam-leaky-clip', 'glide-ratio', glide(), [d(64, 'leaky_relu'), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
