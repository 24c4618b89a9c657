/**
 * Writes every candidate spec of blind fault set 171 (mushroom farms and growing rooms) into
 * candidates/: `npx tsx test/faults-blind171/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 171, data, layers, loss, optimizer, training, ...extra };
}

const HF = ['substrate_kg', 'humidity_pct', 'co2_ppm', 'temp_c', 'flush_no', 'spawn_rate_pct'];
const crop = (x: Json = {}): Json => ({ csv: '../data/harvest.csv', target: 'crop_g', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['cap_mm', 'stem_mm', 'fruit_temp_c', 'days_to_pin', 'co2_ppm'];
const strain = (x: Json = {}): Json => ({ csv: '../data/strain.csv', target: 'strain', features: SF, normalize: 'standard', ...x });
const CF = ['sterilize_min', 'moisture_pct', 'spawn_age_d', 'hepa_hours', 'handlers', 'bag_g'];
const contam = (x: Json = {}): Json => ({ csv: '../data/contamination.csv', target: 'contaminated', features: CF, normalize: 'standard', ...x });
const PF = ['casing_mm', 'temp_c', 'humidity_pct', 'air_changes_h', 'ruffled'];
const pin = (x: Json = {}): Json => ({ csv: '../data/pinning.csv', target: 'days_to_pin', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const KF = ['temp_f', 'fresh_air_cfm', 'substrate_kg', 'workers', 'growth_stage'];
const clim = (x: Json = {}): Json => ({ csv: '../data/climate.csv', target: 'co2_next_ppm', features: KF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 400, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A grower's notebook: casing depth (mm) and room RH (%) -> pins appeared within 10 days (1) or not (0).
const INLINE_PINS = {
  inline: {
    x: [[30, 95], [35, 94], [40, 93], [45, 92], [50, 91], [55, 90], [30, 86], [35, 87], [40, 88], [45, 86], [50, 85], [55, 84], [32, 96], [38, 91], [42, 95], [48, 94], [52, 89], [58, 87], [28, 90], [60, 96], [36, 85], [44, 97], [54, 93], [26, 88]],
    y: [1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'crop-grams', crop(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'strain-classifier', strain(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.keras-loss-name', 'strain-classifier', strain(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.batch-size-zero', 'pinning-days', pin(), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60, 0));
add('invalid-spec.batchnorm-as-layer', 'contamination', contam(), [d(32, 'relu'), { type: 'batchnorm' }, d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-humidity', 'crop-grams-na', crop({ csv: '../data/harvest-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.room-id-feature', 'crop-grams', crop({ features: ['room_id', ...HF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.harvest-ts-feature', 'crop-grams', crop({ features: ['harvest_ts', ...HF] }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.co2-column-typo', 'strain-classifier', strain({ features: ['cap_mm', 'stem_mm', 'fruit_temp_c', 'days_to_pin', 'co2'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.target-crop-kg-missing', 'crop-kg', crop({ target: 'crop_kg' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.bag-id-feature', 'contamination', contam({ features: ['bag_id', ...CF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));

add('shape-mismatch.strain-four-heads-no-enoki', 'strain-classifier', strain(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.crop-and-flush-one-output', 'crop-grams', crop({ target: ['crop_g', 'spawn_rate_pct'], features: ['substrate_kg', 'humidity_pct', 'co2_ppm', 'temp_c', 'flush_no'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.contamination-two-sigmoid-bce', 'contamination', contam(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('shape-mismatch.blobs4-three-heads', 'room-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.tanh-head-bce-contamination', 'contamination', contam(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-strain', 'strain-classifier', strain(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-head-standardized-crop', 'crop-grams', crop(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.softmax-single-unit-bce-moons', 'moons', MOONS, [d(16, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(80));
add('loss-activation-mismatch.sigmoid-head-standardized-climate', 'co2-next', clim(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-two-linear-adam', 'ring-circles', CIRCLES, [d(32), d(16), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-hidden-momentum', 'two-room-xor', XOR, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100));
add('no-nonlinearity.spirals-linear-nesterov', 'spore-spirals', SPIRALS, [d(64), d(64), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100));
add('no-nonlinearity.sine-linear-rmsprop', 'humidity-cycle-sine', SINE, [d(32), d(32), d(1)], 'mse', rms(0.005), tr(100));
add('no-nonlinearity.crop-linear-stack-sgd', 'crop-grams', crop(), [d(16), d(16), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-out-of-range.adam-lr-5', 'strain-classifier', strain(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(5), tr(40));
add('lr-out-of-range.sgd-lr-1e-8', 'pinning-days', pin(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.00000001), tr(60));
add('lr-out-of-range.rmsprop-lr-20', 'contamination', contam(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(20), tr(40));
add('lr-out-of-range.momentum-lr-zero', 'crop-grams', crop(), [d(32, 'relu'), d(1)], 'mse', mom(0, 0.9), tr(60));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.iris-bias-minus-4-momentum', 'iris-demo', IRIS, [d(16, 'relu', { bias: -4 }), d(3, 'softmax')], 'cce', mom(0.05), tr(100, 16));
add('dead-relu.strain-sgd-lr-3', 'strain-classifier', strain(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(3), tr(40));
add('dead-relu.crop-adam-0.5-batch-8', 'crop-grams', crop(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.5), tr(30, 8));
add('dead-relu.contamination-bias-minus-8', 'contamination', contam(), [d(32, 'relu', { bias: -8 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('dead-relu.blobs4-momentum-0.99-lr-0.3', 'room-blobs', BLOBS4, [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', mom(0.3, 0.99), tr(40));
add('dead-relu.pinning-three-relu-bias-minus-2', 'pinning-days', pin(), [d(32, 'relu', { bias: -2 }), d(32, 'relu', { bias: -2 }), d(32, 'relu', { bias: -2 }), d(1)], 'mse', rms(0.001), tr(60));

add('exploding-gradient.raw-co2-target-sgd', 'co2-next-raw', clim({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.001), tr(30));
add('exploding-gradient.raw-crop-grams-momentum', 'crop-grams-raw', crop({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', mom(0.0005), tr(30));
add('exploding-gradient.eight-relu-std-1', 'pinning-days', pin(), [...tower(8, 32, 'relu', { init: 'normal', std: 1 }), d(1)], 'mse', sgd(0.001), tr(30));
add('exploding-gradient.raw-substrate-kg-features-nesterov', 'co2-next-raw-features', clim({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(30));
add('exploding-gradient.raw-hepa-hours-elu-sgd', 'contamination-raw', contam({ normalize: 'none' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(30));

add('vanishing-gradient.ten-sigmoid-sgd-strain', 'strain-classifier', strain(), [...tower(10, 16, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('vanishing-gradient.twelve-sigmoid-adam-moons', 'moons', MOONS, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(80));
add('vanishing-gradient.nine-sigmoid-normal-0.1-pinning', 'pinning-days', pin(), [...tower(9, 32, 'sigmoid', { init: 'normal', std: 0.1 }), d(1)], 'mse', rms(0.001), tr(60));
add('vanishing-gradient.seven-sigmoid-momentum-iris', 'iris-demo', IRIS, [...tower(7, 16, 'sigmoid'), d(3, 'softmax')], 'cce', mom(0.01), tr(100, 16));
add('vanishing-gradient.eight-tanh-uniform-0.05-crop', 'crop-grams', crop(), [...tower(8, 32, 'tanh', { init: 'uniform', limit: 0.05 }), d(1)], 'mse', nest(0.01), tr(60));

add('nan-loss.raw-co2-sgd-lr-0.1', 'co2-next-raw', clim({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.1), tr(20));
add('nan-loss.adam-3-raw-crop-batch-4', 'crop-grams-raw', crop({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(3), tr(20, 4));
add('nan-loss.momentum-0.99-lr-1-pinning', 'pinning-days', pin(), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(30));
add('nan-loss.rmsprop-lr-2-batch-1-sine', 'humidity-cycle-sine', SINE, [d(32, 'relu'), d(1)], 'mse', rms(2), tr(10, 1));
add('nan-loss.leaky-std-4-deep-climate', 'co2-next', clim(), [...tower(6, 32, 'leaky_relu', { init: 'normal', std: 4 }), d(1)], 'mse', mom(0.01), tr(20));

add('saturated-activation.sigmoid-raw-co2-climate', 'co2-next-raw-features', clim({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-hepa-contamination', 'contamination-raw', contam({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-bias-8-strain', 'strain-classifier', strain(), [d(32, 'sigmoid', { bias: 8 }), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('saturated-activation.tanh-std-3-pinning', 'pinning-days', pin(), [d(64, 'tanh', { init: 'normal', std: 3 }), d(64, 'tanh', { init: 'normal', std: 3 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.sigmoid-raw-strain-features', 'strain-raw', strain({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));

add('init-symmetry.zeros-relu-adam-strain', 'strain-classifier', strain(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.3-tanh-momentum-crop', 'crop-grams', crop(), [d(32, 'tanh', { init: 'constant', value: 0.3 }), d(1, 'linear', { init: 'constant', value: 0.3 })], 'mse', mom(0.01), tr(60));
add('init-symmetry.zeros-sigmoid-rmsprop-circles', 'ring-circles', CIRCLES, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.005), tr(100));
add('init-symmetry.constant-1-elu-sgd-pinning', 'pinning-days', pin(), [d(32, 'elu', { init: 'constant', value: 1 }), d(1, 'linear', { init: 'constant', value: 1 })], 'mse', sgd(0.001), tr(60));
add('init-symmetry.zeros-tanh-nesterov-iris', 'iris-demo', IRIS, [d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', nest(0.05), tr(100, 16));

add('init-scale.normal-std-4-sigmoid-strain', 'strain-classifier', strain(), [d(32, 'sigmoid', { init: 'normal', std: 4 }), d(5, 'softmax', { init: 'normal', std: 4 })], 'cce', adam(0.003), tr(50));
add('init-scale.uniform-10-tanh-crop', 'crop-grams', crop(), [d(32, 'tanh', { init: 'uniform', limit: 10 }), d(1, 'linear', { init: 'uniform', limit: 10 })], 'mse', adam(0.003), tr(60));
add('init-scale.normal-1e-3-six-relu-contamination', 'contamination', contam(), [...tower(6, 32, 'relu', { init: 'normal', std: 0.001 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('init-scale.normal-std-2.5-five-relu-climate', 'co2-next', clim(), [...tower(5, 32, 'relu', { init: 'normal', std: 2.5 }), d(1)], 'mse', adam(0.001), tr(40));
add('init-scale.uniform-1e-5-tanh-deep-sine', 'humidity-cycle-sine', SINE, [...tower(5, 32, 'tanh', { init: 'uniform', limit: 0.00001 }), d(1)], 'mse', adam(0.003), tr(100));

add('lr-too-high.momentum-0.95-lr-0.5-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.95), tr(60, 16));
add('lr-too-high.rmsprop-0.05-batch-2-crop', 'crop-grams', crop(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.3-strain-batch-16', 'strain-classifier', strain(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(40, 16));
add('lr-too-high.nesterov-0.99-lr-0.2-contamination', 'contamination', contam(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.2, 0.99), tr(40));
add('lr-too-high.sgd-plain-1.5-pinning', 'pinning-days', pin(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(40, 16));
add('lr-too-high.adam-0.05-batch-1-sine', 'humidity-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.05), tr(10, 1));
add('lr-too-high.rmsprop-0.05-climate-elu', 'co2-next', clim(), [d(64, 'elu'), d(1)], 'mse', rms(0.05), tr(30, 16));

add('lr-too-low.sgd-1e-5-strain', 'strain-classifier', strain(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.00001), tr(50));
add('lr-too-low.adam-3e-6-pinning', 'pinning-days', pin(), [d(32, 'elu'), d(1)], 'mse', adam(0.000003), tr(60));
add('lr-too-low.rmsprop-1e-6-sine', 'humidity-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.000001), tr(100));
add('lr-too-low.momentum-1e-6-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.000001), tr(100, 16));
add('lr-too-low.nesterov-5e-6-full-batch-climate', 'co2-next', clim(), [d(32, 'relu'), d(1)], 'mse', nest(0.000005), tr(100, 900));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-pinning', 'pinning-days', pin(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 800));
add('oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-crop', 'crop-grams', crop(), [d(1)], 'mse', nest(0.3, 0.95), tr(150, 1000));
add('oscillating-loss.celsius-and-fahrenheit-sgd-0.95-full-batch', 'crop-grams', crop({ features: ['substrate_kg', 'temp_c', 'temp_f', 'humidity_pct', 'flush_no'] }), [d(1)], 'mse', sgd(0.95), tr(150, 1000));
add('oscillating-loss.rmsprop-0.05-full-batch-tanh-pinning', 'pinning-days', pin(), [d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(150, 800));
add('oscillating-loss.adam-0.05-full-batch-linear-climate', 'co2-next', clim(), [d(1)], 'mse', adam(0.05), tr(150, 900));
add('oscillating-loss.adam-0.03-batch-400-relu-sine', 'humidity-cycle-sine', SINE, [d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(200, 400));
add('oscillating-loss.momentum-0.95-lr-0.1-batch-256-linear-climate', 'co2-next', clim(), [d(1)], 'mse', mom(0.1, 0.95), tr(150, 256));
add('oscillating-loss.rmsprop-0.02-batch-100-elu-sine', 'humidity-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.02), tr(150, 100));
add('oscillating-loss.nesterov-0.98-lr-0.5-full-batch-logistic-pins', 'pins-notebook', INLINE_PINS, [d(1, 'sigmoid')], 'bce', nest(0.5, 0.98), tr(200, 24));
add('oscillating-loss.sgd-plain-1.9-batch-400-linear-pinning', 'pinning-days', pin(), [d(1)], 'mse', sgd(1.9), tr(150, 400));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-climate', 'co2-next', clim(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 900));
add('oscillating-loss.momentum-0.98-lr-0.1-batch-400-linear-crop', 'crop-grams', crop(), [d(1)], 'mse', mom(0.1, 0.98), tr(150, 400));
add('oscillating-loss.nesterov-0.99-lr-0.03-full-batch-tanh-climate', 'co2-next', clim(), [d(8, 'tanh'), d(1)], 'mse', nest(0.03, 0.99), tr(150, 900));
add('oscillating-loss.momentum-0.97-lr-0.1-batch-200-linear-pinning', 'pinning-days', pin(), [d(1)], 'mse', mom(0.1, 0.97), tr(150, 200));

add('loss-plateau.shelf-serial-only-contamination', 'contamination', contam({ features: ['shelf_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.tray-no-only-strain', 'strain-classifier', strain({ features: ['tray_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.weight-decay-5-momentum-pinning', 'pinning-days', pin(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-crop', 'crop-grams', crop(), [d(32, 'relu'), drop(0.95), d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.workers-only-climate', 'co2-next', clim({ features: ['workers'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.crop-adam-relu', 'crop-grams', crop(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.crop-rmsprop-elu-val', 'crop-grams', crop(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.crop-fahrenheit-nesterov-tanh', 'crop-grams', crop({ features: ['substrate_kg', 'humidity_pct', 'co2_ppm', 'temp_f', 'flush_no', 'spawn_rate_pct'] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(80, 16));
add('ok.crop-minmax-adam-bn-batch-128', 'crop-grams', crop({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(100, 128));
add('ok.crop-sgd-leaky-batch-1', 'crop-grams', crop(), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.003), tr(8, 1));
add('ok.crop-adam-dropout-clip', 'crop-grams', crop(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003, { clipNorm: 1 }), tr(80));
add('ok.strain-adam-relu', 'strain-classifier', strain(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), tr(50));
add('ok.strain-sgd-relu-batch-16', 'strain-classifier', strain(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.1), tr(50, 16));
add('ok.strain-momentum-relu-deep', 'strain-classifier', strain(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('ok.strain-rmsprop-tanh-dropout-val', 'strain-classifier', strain(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50, 32, { validationSplit: 0.2 }));
add('ok.strain-minmax-nesterov-elu-bn', 'strain-classifier', strain({ normalize: 'minmax' }), [d(32, 'elu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.02), tr(50, 64));
add('ok.strain-softmax-regression-adam', 'strain-classifier', strain(), [d(5, 'softmax')], 'cce', adam(0.02), tr(80));
add('ok.contamination-adam-relu', 'contamination', contam(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.contamination-logistic-momentum', 'contamination', contam(), [d(1, 'sigmoid')], 'bce', mom(0.05), tr(60));
add('ok.contamination-rmsprop-tanh-decay', 'contamination', contam(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002, { weightDecay: 0.0001 }), tr(60));
add('ok.pinning-adam-elu', 'pinning-days', pin(), [d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(80));
add('ok.pinning-momentum-relu', 'pinning-days', pin(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(80));
add('ok.pinning-linear-momentum-0.95', 'pinning-days', pin(), [d(1)], 'mse', mom(0.01, 0.95), tr(80, 32));
add('ok.pinning-rmsprop-sigmoid-full-batch', 'pinning-days', pin(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.01), tr(300, 800));
add('ok.pinning-raw-features-sgd-small-rate', 'pinning-raw-features', pin({ normalize: 'none', features: ['casing_mm', 'air_changes_h', 'ruffled'] }), [d(1)], 'mse', sgd(0.0002), tr(150, 16));
add('ok.climate-adam-relu', 'co2-next', clim(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.climate-nesterov-0.99-linear', 'co2-next', clim(), [d(1)], 'mse', nest(0.002, 0.99), tr(80));
add('ok.climate-sgd-tanh-lecun', 'co2-next', clim(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.05), tr(80, 16));
add('ok.climate-rmsprop-leaky-bn-val', 'co2-next', clim(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.003), tr(80, 64, { validationSplit: 0.15 }));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.1), tr(150, 8));
add('ok.iris-momentum-relu-he-uniform', 'iris-demo', IRIS, [d(16, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], 'cce', mom(0.02), tr(150, 16));
add('ok.sine-rmsprop-tanh-0.003', 'humidity-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(200, 16));
add('ok.sine-adam-elu-0.01', 'humidity-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(200, 32));
add('ok.sine-rmsprop-relu-0.01', 'humidity-cycle-sine', SINE, [d(64, 'relu'), d(1)], 'mse', rms(0.01), tr(200, 64));
add('ok.moons-adam-relu', 'moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.circles-nesterov-tanh', 'ring-circles', CIRCLES, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.spirals-adam-tanh-deep', 'spore-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-sigmoid', 'room-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.xor-rmsprop-relu', 'two-room-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.pins-inline-adam-tanh', 'pins-notebook', INLINE_PINS, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 8));
add('ok.crop-deep-tanh-xavier-normal-adam', 'crop-grams', crop(), [...tower(4, 32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.002), tr(80));
add('ok.pinning-nesterov-elu-batch-4', 'pinning-days', pin(), [d(16, 'elu'), d(1)], 'mse', nest(0.005), tr(20, 4));
add('ok.climate-adam-sigmoid-full-batch', 'co2-next', clim(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.02), tr(400, 900));
add('ok.contamination-minmax-sgd-elu', 'contamination', contam({ normalize: 'minmax' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.3), tr(80, 16));
add('ok.strain-deep-sigmoid-adam-bn', 'strain-classifier', strain(), [...tower(4, 32, 'sigmoid', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(50));
add('ok.sine-adam-tanh-0.05-full-batch', 'humidity-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.05), tr(300, 400));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
