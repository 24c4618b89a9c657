/**
 * Writes every candidate spec of blind fault set 107 (textile mills and garment factories) into candidates/:
 * `npx tsx test/faults-blind107/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 107, data, layers, loss, optimizer, training, ...extra };
}

const LOOM = ['picks_per_min', 'yarn_count_ne', 'humidity_pct', 'warp_tension_cn', 'loom_age_years', 'reed_width_cm'];
const looms = (x: Json = {}): Json => ({ csv: '../data/looms.csv', target: 'defects_per_100m', features: LOOM, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SEW = ['stitches_per_min', 'needle_nm', 'fabric_gsm', 'plies', 'hours_since_needle_change'];
const needle = (x: Json = {}): Json => ({ csv: '../data/sewing.csv', target: 'needle_break', features: SEW, normalize: 'standard', ...x });
const FIB = ['staple_length_mm', 'micronaire', 'tenacity_cn_tex', 'elongation_pct', 'moisture_regain_pct', 'density_g_cm3', 'price_cents_per_kg'];
const fibre = (x: Json = {}): Json => ({ csv: '../data/fibres.csv', target: 'fibre', features: FIB, normalize: 'standard', ...x });
const DYE = ['bath_temp_c', 'ph', 'liquor_ratio', 'salt_g_l', 'dye_pct', 'time_min'];
const dye = (x: Json = {}): Json => ({ csv: '../data/dyeing.csv', target: 'delta_e', features: DYE, normalize: 'standard', normalizeTarget: 'standard', ...x });
const ORD = ['pieces', 'styles', 'sizes', 'fabric_gsm', 'embroidery', 'sam_min'];
const setup = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'setup_hours', features: ORD, normalize: 'standard', normalizeTarget: 'standard', ...x });
const value = (x: Json = {}): Json => setup({ target: 'order_value_cents', ...x });
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
const SPIRALS2 = { builtin: 'spirals', samples: 400, noise: 0.05, classes: 2 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, noise: 0.04, classes: 3 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.2 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.1 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// a shrinkage pilot: wash temperature (C), fabric gsm -> shrinkage % (16 swatches)
const INLINE_SHRINK = {
  inline: {
    x: [[30, 120], [40, 120], [60, 120], [90, 120], [30, 180], [40, 180], [60, 180], [90, 180], [30, 260], [40, 260], [60, 260], [90, 260], [50, 150], [70, 220], [35, 200], [80, 140]],
    y: [0.8, 1.2, 2.4, 4.6, 0.6, 1.0, 1.9, 3.8, 0.5, 0.8, 1.5, 3.1, 1.7, 2.3, 0.9, 3.9],
  },
  normalize: 'standard',
  normalizeTarget: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.gelu-activation', 'defects-per-100m', looms(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.adamw-optimizer', 'fibre-type', fibre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(40));
add('invalid-spec.keras-loss-name', 'fibre-type', fibre(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', adam(0.003), tr(40));
add('invalid-spec.dropout-percent', 'needle-break', needle(), [d(32, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'delta-e', dye(), [d(24, 'tanh'), d(1)], 'mse', rms(0.002), tr(60, 0));

add('data-error.na-humidity', 'defects-per-100m-na', looms({ csv: '../data/looms-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.shift-letter-feature', 'defects-per-100m', looms({ features: ['shift', ...LOOM] }), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.target-misspelled', 'defects-per-100m', looms({ target: 'defects_per_100_m' }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.filename-case', 'fibre-type', fibre({ csv: '../data/Fibres.csv' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('data-error.order-date-feature', 'setup-hours', setup({ features: ['order_date', ...ORD] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));

add('shape-mismatch.fibre-four-heads', 'fibre-type', fibre(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.needle-two-sigmoids', 'needle-break', needle(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.dye-three-outputs', 'delta-e', dye(), [d(24, 'elu'), d(3)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'colour-lots', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.tanh-head-bce-needle', 'needle-break', needle(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-fibre', 'fibre-type', fibre(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-dye', 'delta-e', dye(), [d(32, 'tanh'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.softmax-one-unit-bce-moons', 'selvedge-moons', MOONS, [d(32, 'relu'), d(1, 'softmax')], 'bce', adam(0.01), tr(100));
add('loss-activation-mismatch.relu-head-softmax-less-cce-iris', 'fibre-iris', IRIS, [d(16, 'tanh'), d(3, 'linear')], 'cce', sgd(0.05), tr(100, 16));

add('no-nonlinearity.circles-linear-bn-adam', 'bobbin-circles', CIRCLES, [d(32, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.spirals-linear-nesterov', 'twist-spirals', SPIRALS2, [d(64), d(64), d(1, 'sigmoid')], 'bce', nest(0.01), tr(150));
add('no-nonlinearity.dye-three-linear-rmsprop', 'delta-e', dye(), [d(48), d(48), d(24), d(1)], 'mse', rms(0.002), tr(80));
add('no-nonlinearity.sine-linear-dropout-momentum', 'shed-cycle', SINE, [d(64, 'linear'), drop(0.1), d(32, 'linear'), d(1)], 'mse', mom(0.01), tr(150));

add('lr-out-of-range.adam-10', 'defects-per-100m', looms(), [d(32, 'relu'), d(1)], 'mse', adam(10), tr(40));
add('lr-out-of-range.momentum-1e-10', 'fibre-type', fibre(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(1e-10), tr(40));
add('lr-out-of-range.rmsprop-20', 'needle-break', needle(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(20), tr(40));
add('lr-out-of-range.sgd-plain-negative', 'delta-e', dye(), [d(16, 'tanh'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-adam-fibre', 'fibre-type', fibre(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', adam(0.003), tr(60));
add('init-symmetry.constant-0.3-tanh-rmsprop-needle', 'needle-break', needle(), [d(24, 'tanh', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', rms(0.002), tr(60));
add('init-symmetry.constant-1-sigmoid-circles', 'bobbin-circles', CIRCLES, [d(16, 'sigmoid', init('constant', { value: 1 })), d(16, 'sigmoid', init('constant', { value: 1 })), d(1, 'sigmoid', init('constant', { value: 1 }))], 'bce', mom(0.1), tr(150));
add('init-symmetry.zeros-elu-adam-dye', 'delta-e', dye(), [d(32, 'elu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.05-leaky-moons', 'selvedge-moons', MOONS, [d(32, 'leaky_relu', init('constant', { value: 0.05 })), d(32, 'leaky_relu', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', nest(0.05), tr(150));

add('init-scale.normal-std-2.5-elu-fibre', 'fibre-type', fibre(), [d(64, 'elu', init('normal', { std: 2.5 })), d(64, 'elu', init('normal', { std: 2.5 })), d(5, 'softmax', init('normal', { std: 2.5 }))], 'cce', rms(0.001), tr(60));
add('init-scale.uniform-limit-8-tanh-needle', 'needle-break', needle(), [d(48, 'tanh', init('uniform', { limit: 8 })), d(48, 'tanh', init('uniform', { limit: 8 })), d(1, 'sigmoid', init('uniform', { limit: 8 }))], 'bce', adam(0.001), tr(40));
add('init-scale.normal-1e-3-deep-tanh-orders', 'setup-hours', setup(), [...tower(6, 32, 'tanh', init('normal', { std: 0.001 })), d(1, 'linear', init('normal', { std: 0.001 }))], 'mse', nest(0.01), tr(40));
add('init-scale.normal-std-1.5-relu-wide-looms', 'defects-per-100m', looms(), [d(256, 'relu', init('normal', { std: 1.5 })), d(256, 'relu', init('normal', { std: 1.5 })), d(1, 'linear', init('normal', { std: 1.5 }))], 'mse', mom(0.001), tr(30));
add('init-scale.constant-2-relu-head-sewing', 'needle-break', needle(), [d(64, 'relu', init('uniform', { limit: 3 })), d(1, 'sigmoid', init('uniform', { limit: 3 }))], 'bce', sgd(0.05), tr(40));

add('dead-relu.bias-minus-3-momentum-looms', 'defects-per-100m', looms(), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(1)], 'mse', mom(0.01), tr(60));
add('dead-relu.adam-0.05-batch-4-deep-dye', 'delta-e', dye(), [...tower(4, 32, 'relu'), d(1)], 'mse', adam(0.05), tr(30, 4));
add('dead-relu.raw-pieces-relu-sgd', 'setup-hours-raw', setup({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.001), tr(40));
add('dead-relu.minmax-bias-minus-2-nesterov-fibre', 'fibre-type', fibre({ normalize: 'minmax' }), [d(32, 'relu', { bias: -2 }), d(32, 'relu', { bias: -2 }), d(5, 'softmax')], 'cce', nest(0.01), tr(60));
add('dead-relu.sgd-plain-1-batch-16-fibre', 'fibre-type', fibre(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1.0), tr(30, 16));

add('exploding-gradient.raw-value-cents-target-momentum', 'order-value-raw', value({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(1e-6), tr(30));
add('exploding-gradient.shift-ts-feature-rmsprop', 'defects-raw-ts', looms({ features: ['shift_ts', ...LOOM], normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(30));
add('exploding-gradient.raw-stitches-elu-sgd', 'needle-break-raw', needle({ normalize: 'none' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(30));
add('exploding-gradient.ten-relu-normal-0.8', 'setup-hours', setup(), [...tower(10, 48, 'relu', init('normal', { std: 0.8 })), d(1)], 'mse', nest(0.0005), tr(30));
add('exploding-gradient.six-linear-uniform-1.5-dye', 'delta-e', dye(), [...tower(6, 32, 'linear', init('uniform', { limit: 1.5 })), d(1)], 'mse', adam(0.001), tr(30));

add('vanishing-gradient.nine-sigmoid-momentum-needle', 'needle-break', needle(), [...tower(9, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.fourteen-tanh-normal-0.1-circles', 'bobbin-circles', CIRCLES, [...tower(14, 24, 'tanh', init('normal', { std: 0.1 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100));
add('vanishing-gradient.eight-sigmoid-rmsprop-fibre', 'fibre-type', fibre(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.0005), tr(60));
add('vanishing-gradient.seven-sigmoid-batch-1-dye', 'delta-e', dye(), [...tower(7, 16, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.005), tr(8, 1));
add('vanishing-gradient.ten-sigmoid-he-looms', 'defects-per-100m', looms(), [...tower(10, 24, 'sigmoid', { init: 'he_uniform' }), d(1)], 'mse', nest(0.005), tr(60, 64));

add('nan-loss.raw-value-cents-target-sgd', 'order-value-raw', value({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.001), tr(20, 16));
add('nan-loss.sgd-plain-5-dye', 'delta-e', dye(), [d(32, 'relu'), d(1)], 'mse', sgd(5), tr(30));
add('nan-loss.nesterov-2-batch-8-looms', 'defects-per-100m', looms(), [d(32, 'elu'), d(1)], 'mse', nest(2), tr(30, 8));
add('nan-loss.normal-std-20-relu-orders', 'setup-hours', setup(), [d(128, 'relu', init('normal', { std: 20 })), d(128, 'relu', init('normal', { std: 20 })), d(1, 'linear', init('normal', { std: 20 }))], 'mse', rms(0.01), tr(20));
add('nan-loss.raw-pieces-linear-momentum', 'setup-hours-raw', setup({ normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', mom(0.0001), tr(20));

add('saturated-activation.sigmoid-raw-picks-looms', 'defects-raw', looms({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-price-fibre', 'fibre-type-raw', fibre({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('saturated-activation.sigmoid-bias-minus-8-needle', 'needle-break', needle(), [d(24, 'sigmoid', { bias: -8 }), d(1, 'sigmoid')], 'bce', mom(0.02), tr(40));
add('saturated-activation.tanh-normal-std-6-dye', 'delta-e', dye(), [d(48, 'tanh', init('normal', { std: 6 })), d(1)], 'mse', nest(0.005), tr(60));
add('saturated-activation.sigmoid-raw-gsm-orders', 'setup-hours-raw', setup({ normalize: 'none' }), [d(32, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));

add('lr-too-high.sgd-plain-3-fibre', 'fibre-type', fibre(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(3), tr(40));
add('lr-too-high.rmsprop-0.05-batch-4-needle', 'needle-break', needle(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(30, 4));
add('lr-too-high.adam-0.3-batch-16-looms', 'defects-per-100m', looms(), [d(32, 'tanh'), d(1)], 'mse', adam(0.3), tr(40, 16));
add('lr-too-high.momentum-0.8-dye', 'delta-e', dye(), [d(32, 'tanh'), d(1)], 'mse', mom(0.8), tr(40));
add('lr-too-high.nesterov-0.5-batch-2-orders', 'setup-hours', setup(), [d(24, 'elu'), d(1)], 'mse', nest(0.5), tr(20, 2));
add('lr-too-high.adam-0.1-batch-1-iris', 'fibre-iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(30, 1));

add('lr-too-low.sgd-plain-1e-5-fibre', 'fibre-type', fibre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.00001), tr(40));
add('lr-too-low.adam-1e-6-moons', 'selvedge-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.000001), tr(100));
add('lr-too-low.rmsprop-3e-6-looms', 'defects-per-100m', looms(), [d(32, 'elu'), d(1)], 'mse', rms(0.000003), tr(60));
add('lr-too-low.nesterov-2e-5-orders', 'setup-hours', setup(), [d(32, 'tanh'), d(1)], 'mse', nest(0.00002), tr(60));
add('lr-too-low.momentum-1e-5-iris', 'fibre-iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.00001), tr(100, 16));

add('oscillating-loss.sgd-plain-1.9-full-batch-linear-dye', 'delta-e', dye(), [d(1)], 'mse', sgd(1.9), tr(80, 600));
add('oscillating-loss.rmsprop-0.08-full-batch-looms', 'defects-per-100m', looms(), [d(32, 'tanh'), d(1)], 'mse', rms(0.08), tr(100, 900));
add('oscillating-loss.momentum-0.99-full-batch-orders', 'setup-hours', setup(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(100, 700));
add('oscillating-loss.adam-0.08-full-batch-fibre', 'fibre-type', fibre(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.08), tr(100, 750));
add('oscillating-loss.nesterov-0.97-full-batch-needle', 'needle-break', needle(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(1.0, 0.97), tr(100, 850));
add('oscillating-loss.sgd-plain-0.9-batch-600-linear-sine', 'shed-cycle', SINE, [d(1)], 'mse', sgd(1.95), tr(80, 300));

add('loss-plateau.reed-width-only-looms', 'defects-per-100m', looms({ features: ['reed_width_cm'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-1-momentum-fibre', 'fibre-type', fibre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.02, 0.9, { weightDecay: 1 }), tr(60));
add('loss-plateau.dropout-0.95-dye', 'delta-e', dye(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.fabric-gsm-only-orders', 'setup-hours', setup({ features: ['fabric_gsm'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.one-unit-bottleneck-xor', 'warp-weft-parity', XOR, [d(1, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));

// ---------------------------------------------------------------- healthy
add('ok.looms-adam-relu', 'defects-per-100m', looms(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.looms-nesterov-tanh-batch-8', 'defects-per-100m', looms(), [d(24, 'tanh'), d(1)], 'mse', nest(0.005), tr(40, 8));
add('ok.looms-rmsprop-elu-val', 'defects-per-100m', looms(), [d(48, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.looms-minmax-bn-momentum', 'defects-per-100m', looms({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.01), tr(80, 64));
add('ok.looms-full-batch-adam', 'defects-per-100m', looms(), [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 900));
add('ok.looms-minmax-target-leaky', 'defects-per-100m', looms({ normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.005), tr(100));
add('ok.needle-adam-relu', 'needle-break', needle(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.needle-rmsprop-tanh-dropout', 'needle-break', needle(), [d(32, 'tanh'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('ok.needle-cce-two-classes', 'needle-break', needle(), [d(24, 'elu'), d(2, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.needle-sgd-plain-logistic-wide', 'needle-break', needle(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.2), tr(80, 16));
add('ok.needle-bn-nesterov', 'needle-break', needle(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 64));
add('ok.fibre-adam-relu', 'fibre-type', fibre(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.fibre-momentum-tanh-batch-16', 'fibre-type', fibre(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02), tr(60, 16));
add('ok.fibre-rmsprop-leaky-dropout-val', 'fibre-type', fibre(), [d(48, 'leaky_relu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60, 32, { validationSplit: 0.15 }));
add('ok.fibre-sgd-plain-sigmoid', 'fibre-type', fibre(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(80, 16));
add('ok.fibre-batch-one-nesterov', 'fibre-type', fibre(), [d(16, 'elu'), d(5, 'softmax')], 'cce', nest(0.002), tr(5, 1));
add('ok.fibre-minmax-clip-adam', 'fibre-type', fibre({ normalize: 'minmax' }), [d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', adam(0.01, { clipNorm: 1 }), tr(80));
add('ok.fibre-full-batch-rmsprop', 'fibre-type', fibre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.005), tr(200, 750));
add('ok.dye-adam-tanh', 'delta-e', dye(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(100));
add('ok.dye-nesterov-relu-decay', 'delta-e', dye(), [d(48, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0001 }), tr(100));
add('ok.dye-elu-lecun-batch-128', 'delta-e', dye(), [d(32, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.01), tr(150, 128));
add('ok.dye-sgd-plain-batch-1', 'delta-e', dye(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.003), tr(15, 1));
add('ok.dye-sigmoid-rmsprop', 'delta-e', dye(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.005), tr(150));
add('ok.orders-adam-relu', 'setup-hours', setup(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-momentum-clip-tanh', 'setup-hours', setup(), [d(24, 'tanh', { init: 'xavier_uniform' }), d(1)], 'mse', mom(0.02, 0.9, { clipNorm: 2 }), tr(80));
add('ok.orders-linear-model', 'setup-hours', setup(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.orders-value-standardized-elu', 'order-value', value(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.orders-leaky-dropout-rmsprop-batch-64', 'setup-hours', setup(), [d(48, 'leaky_relu'), drop(0.1), d(1)], 'mse', rms(0.002), tr(100, 64));
add('ok.iris-fibre-demo', 'fibre-iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 8));
add('ok.moons-selvedge', 'selvedge-moons', MOONS, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-bobbin', 'bobbin-circles', CIRCLES, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(200));
add('ok.blobs4-colour-lots', 'colour-lots', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(60));
add('ok.sine-shed-cycle', 'shed-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-warp-weft-parity', 'warp-weft-parity', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200));
add('ok.spirals3-twist', 'twist-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-shrinkage', 'shrinkage-pilot', INLINE_SHRINK, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 16));
add('ok.spirals2-leaky-bn', 'twist-spirals', SPIRALS2, [d(64, 'leaky_relu', { batchNorm: true }), d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(200));
add('ok.looms-deep-elu-rmsprop', 'defects-per-100m', looms(), [d(48, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(80));
add('ok.dye-momentum-0.95-small-lr', 'delta-e', dye(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', mom(0.005, 0.95), tr(100));
add('ok.needle-full-batch-adam', 'needle-break', needle(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 850));
add('ok.orders-sigmoid-nesterov-batch-8', 'setup-hours', setup(), [d(24, 'sigmoid'), d(1)], 'mse', nest(0.02), tr(60, 8));

// ---------------------------------------------------------------- second round (after the first observation)
add('lr-too-high.rmsprop-0.02-batch-2-dye', 'delta-e', dye(), [d(32, 'tanh'), d(1)], 'mse', rms(0.02), tr(20, 2));
add('lr-too-high.sgd-plain-0.7-batch-4-looms', 'defects-per-100m', looms(), [d(32, 'relu'), d(1)], 'mse', sgd(0.7), tr(20, 4));
add('lr-too-high.momentum-0.3-batch-8-needle', 'needle-break', needle(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.3), tr(30, 8));
add('lr-too-high.adam-0.04-batch-1-orders', 'setup-hours', setup(), [d(32, 'relu'), d(1)], 'mse', adam(0.04), tr(8, 1));
add('lr-too-high.nesterov-0.2-batch-16-fibre', 'fibre-type', fibre(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.2), tr(40, 16));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-dye', 'delta-e', dye(), [d(32, 'tanh'), d(1)], 'mse', mom(0.3, 0.95), tr(100, 600));
add('oscillating-loss.adam-0.05-full-batch-looms', 'defects-per-100m', looms(), [d(64, 'relu'), d(1)], 'mse', adam(0.05), tr(100, 900));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-orders', 'setup-hours', setup(), [d(1)], 'mse', sgd(0.95), tr(80, 700));
add('exploding-gradient.raw-features-adam-relu-looms', 'defects-raw', looms({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(30));
add('init-scale.uniform-limit-4-leaky-dye', 'delta-e', dye(), [d(64, 'leaky_relu', init('uniform', { limit: 4 })), d(64, 'leaky_relu', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', adam(0.001), tr(40));
// third round (one more oscillation candidate set)
add('oscillating-loss.momentum-0.98-lr-0.1-full-batch-looms', 'defects-per-100m', looms(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1, 0.98), tr(100, 900));
add('oscillating-loss.nesterov-0.99-lr-0.02-full-batch-fibre', 'fibre-type', fibre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.02, 0.99), tr(100, 750));
add('oscillating-loss.sgd-plain-1.5-full-batch-tanh-dye', 'delta-e', dye(), [d(16, 'tanh'), d(1)], 'mse', sgd(1.5), tr(100, 600));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
