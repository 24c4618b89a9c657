/**
 * Writes every candidate spec of the hundred-and-first blind fault set (industrial bakeries and food
 * production) into candidates/: `npx tsx test/faults-blind101/author.ts`. Intended faults are named
 * `<code>.<slug>`, intended healthy specs `ok.<slug>`; write-manifest.py files them by what the bare
 * engine showed.
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
  specs[file] = { name, seed: extra.seed ?? 101, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const OVN = ['oven_temp_c', 'bake_min', 'hydration_pct', 'flour_protein_pct', 'line_speed_uph', 'dough_weight_g', 'ambient_c'];
const oven = (extra: Json = {}): Json => ({ csv: '../data/ovens.csv', target: 'bake_loss_g', features: OVN, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const AUD = ['fridge_temp_c', 'swab_cfu', 'pest_sightings', 'staff_trained_pct', 'days_since_deep_clean', 'line_speed_uph', 'temp_log_complete_pct'];
const audit = (extra: Json = {}): Json => ({ csv: '../data/audits.csv', target: 'failed_audit', features: AUD, normalize: 'standard', ...extra });
const LOA = ['hydration_pct', 'flour_protein_pct', 'proof_min', 'loaf_weight_g', 'crust_lightness', 'crumb_ph', 'seed_pct', 'loaf_volume_ml'];
const loaf = (extra: Json = {}): Json => ({ csv: '../data/loaves.csv', target: 'product_line', features: LOA, normalize: 'standard', ...extra });
const ORD = ['stores', 'weekday', 'public_holiday', 'promo_week', 'distance_km', 'unit_price_eur', 'shelf_life_days'];
const order = (extra: Json = {}): Json => ({ csv: '../data/orders.tsv', target: 'units_ordered', features: ORD, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const PRF = ['chamber_temp_c', 'chamber_rh_pct', 'yeast_pct', 'salt_pct', 'proof_min', 'dough_temp_c'];
const proof = (extra: Json = {}): Json => ({ csv: '../data/proofing.csv', target: 'rise_ratio', features: PRF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const nest = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, extra: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, extra));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.12 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const XOR = { builtin: 'xor', samples: 240, noise: 0.08 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.04, classes: 2 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.12 };
const SINE = { builtin: 'sine', samples: 240, noise: 0.05 };
const INLINE_CRUST = {
  inline: {
    x: [[210, 20], [220, 25], [230, 30], [240, 35], [215, 40], [225, 18], [235, 28], [245, 22], [205, 38], [250, 30], [228, 33], [238, 26]],
    y: [[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0], [1, 0, 0], [0, 0, 1], [0, 1, 0], [0, 1, 0]],
  },
  normalize: 'minmax',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.swish-activation', 'bake-loss', oven(), [d(32, 'swish'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.keras-loss-name', 'product-line', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', adam(0.003), tr(60));
add('invalid-spec.dropout-rate-one', 'failed-audit', audit(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('invalid-spec.zero-unit-layer', 'proof-rise', proof(), [d(32, 'tanh'), d(0, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('invalid-spec.optimizer-adagrad', 'wholesale-units', order(), [d(32, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(60));

add('data-error.na-swab-lab-export', 'failed-audit-lab', audit({ csv: '../data/audits-lab-na.csv' }), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.percent-sign-hydration', 'product-line-lims', loaf({ csv: '../data/loaves-lims-export.csv' }), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('data-error.batch-id-feature', 'bake-loss', oven({ features: ['batch_id', ...OVN] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.audit-date-feature', 'failed-audit', audit({ features: ['audit_date', ...AUD] }), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60));
add('data-error.missing-quarter-file', 'proof-rise', proof({ csv: '../data/proofing_2025-Q2.csv' }), [d(24, 'elu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.four-heads-five-lines', 'product-line', loaf(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(60));
add('shape-mismatch.two-targets-one-output', 'bake-loss-and-dough', oven({ target: ['bake_loss_g', 'dough_weight_g'], features: OVN.filter((f) => f !== 'dough_weight_g') }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs-four-head-two', 'depot-zones', BLOBS4, [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(60));
add('shape-mismatch.iris-single-sigmoid-bce', 'flour-grade-demo', { builtin: 'iris' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(60, 16));

add('loss-activation-mismatch.relu-head-bce-audit', 'failed-audit', audit(), [d(24, 'relu'), d(1, 'relu')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.linear-logit-bce-audit', 'failed-audit', audit(), [d(24, 'tanh'), d(1)], 'bce', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-loaves', 'product-line', loaf(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-pair-bce-moons', 'crumb-structure-demo', MOONS, [d(16, 'tanh'), d(2, 'softmax')], 'bce', adam(0.01), tr(100));
add('loss-activation-mismatch.relu-head-standard-orders', 'wholesale-units', order(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(80));

add('no-nonlinearity.moons-linear-rmsprop', 'crumb-structure-demo', MOONS, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(120));
add('no-nonlinearity.circles-explicit-linear-momentum', 'tray-ring-demo', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(120));
add('no-nonlinearity.xor-linear-softmax', 'two-oven-parity', XOR, [d(16), d(2, 'softmax')], 'cce', adam(0.01), tr(120));
add('no-nonlinearity.oven-linear-dropout-stack', 'bake-loss', oven(), [d(64), drop(0.1), d(32), d(1)], 'mse', adam(0.003), tr(80));
add('no-nonlinearity.proof-linear-nesterov', 'proof-rise', proof(), [d(32, 'linear'), d(16, 'linear'), d(1)], 'mse', nest(0.01), tr(100));

add('lr-out-of-range.adam-5', 'product-line', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(5), tr(40));
add('lr-out-of-range.nesterov-100-proof', 'proof-rise', proof(), [d(24, 'tanh'), d(1)], 'mse', nest(100), tr(40));
add('lr-out-of-range.rmsprop-1e-9-oven', 'bake-loss', oven(), [d(32, 'relu'), d(1)], 'mse', rms(1e-9), tr(40));
add('lr-out-of-range.sgd-negative-audit', 'failed-audit', audit(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-audit', 'failed-audit', audit(), [d(24, 'sigmoid', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', mom(0.05), tr(60));
add('init-symmetry.constant-relu-proof', 'proof-rise', proof(), [d(32, 'relu', init('constant', { value: 0.1 })), d(16, 'relu', init('constant', { value: 0.1 })), d(1, undefined, init('constant', { value: 0.1 }))], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-elu-oven-rmsprop', 'bake-loss', oven(), [d(48, 'elu', init('constant', { value: 0.02 })), d(1, undefined, init('constant', { value: 0.02 }))], 'mse', rms(0.002), tr(80));
add('init-symmetry.constant-tanh-circles', 'tray-ring-demo', CIRCLES, [d(16, 'tanh', init('constant', { value: 0.05 })), d(16, 'tanh', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', adam(0.01), tr(120));
add('init-symmetry.zeros-relu-loaves-nesterov', 'product-line', loaf(), [d(32, 'relu', init('zeros')), d(5, 'softmax', init('zeros'))], 'cce', nest(0.02), tr(60));

add('init-scale.normal-std-two-wide-relu-proof', 'proof-rise', proof(), [d(128, 'relu', init('normal', { std: 2 })), d(128, 'relu', init('normal', { std: 2 })), d(1)], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-1e-4-deep-relu-oven', 'bake-loss', oven(), [...tower(5, 32, 'relu', init('uniform', { limit: 0.0001 })), d(1)], 'mse', mom(0.01), tr(60));
add('init-scale.normal-std-five-elu-loaves', 'product-line', loaf(), [d(64, 'elu', init('normal', { std: 5 })), d(64, 'elu', init('normal', { std: 5 })), d(5, 'softmax')], 'cce', sgd(0.01), tr(60));
add('init-scale.uniform-3-sigmoid-audit', 'failed-audit', audit(), [d(32, 'sigmoid', init('uniform', { limit: 3 })), d(32, 'sigmoid', init('uniform', { limit: 3 })), d(1, 'sigmoid')], 'bce', nest(0.01), tr(60));
add('init-scale.normal-1e-3-tanh-sgd-orders', 'wholesale-units', order(), [...tower(4, 32, 'tanh', init('normal', { std: 0.001 })), d(1)], 'mse', sgd(0.02), tr(60));

add('dead-relu.bias-minus-three-rmsprop-oven', 'bake-loss', oven(), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1)], 'mse', rms(0.001), tr(60));
add('dead-relu.adam-0.1-batch-16-proof', 'proof-rise', proof(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.1), tr(60, 16));
add('dead-relu.raw-orders-sgd', 'wholesale-units-raw-features', order({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(40));
add('dead-relu.minmax-bias-minus-one-audit', 'failed-audit', audit({ normalize: 'minmax' }), [d(32, 'relu', { bias: -1.5 }), d(1, 'sigmoid')], 'bce', adam(0.002), tr(60));
add('dead-relu.narrow-relu-momentum-0.5-loaves', 'product-line', loaf(), [d(8, 'relu'), d(8, 'relu'), d(5, 'softmax')], 'cce', mom(0.5, 0.9), tr(60, 8));

add('exploding-gradient.raw-units-target-adam', 'wholesale-units-raw-target', order({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.deep-elu-normal-one-oven', 'bake-loss', oven(), [...tower(8, 48, 'elu', init('normal', { std: 1 })), d(1)], 'mse', rms(0.001), tr(60));
add('exploding-gradient.customer-id-feature-rmsprop', 'wholesale-units-with-customer', order({ features: ['customer_id', ...ORD], normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(60));
add('exploding-gradient.raw-line-speed-momentum', 'bake-loss-raw-features', oven({ normalize: 'none' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', mom(0.0001, 0.9), tr(40));
add('exploding-gradient.raw-loss-grams-sgd', 'bake-loss-raw-target', oven({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(40));

add('vanishing-gradient.nine-sigmoid-oven-momentum', 'bake-loss', oven(), [...tower(9, 24, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-moons-rmsprop', 'crumb-structure-demo', MOONS, [...tower(7, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100));
add('vanishing-gradient.tanh-normal-0.01-audit', 'failed-audit', audit(), [...tower(6, 32, 'tanh', init('normal', { std: 0.01 })), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('vanishing-gradient.narrow-sigmoid-proof-nesterov', 'proof-rise', proof(), [...tower(8, 6, 'sigmoid'), d(1)], 'mse', nest(0.005), tr(60));

add('nan-loss.raw-units-target-momentum', 'wholesale-units-raw', order({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.001), tr(30));
add('nan-loss.sgd-5-proof-batch-1', 'proof-rise', proof(), [d(16, 'tanh'), d(1)], 'mse', sgd(5), tr(10, 1));
add('nan-loss.rmsprop-2-elu-oven-batch-8', 'bake-loss', oven(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(2), tr(30, 8));
add('nan-loss.nesterov-0.5-orders', 'wholesale-units', order(), [d(32, 'elu'), d(1)], 'mse', nest(0.5, 0.9), tr(40));
add('nan-loss.momentum-0.1-raw-grams-full-batch', 'bake-loss-raw-target', oven({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', mom(0.1, 0.9), tr(40, 800));

add('saturated-activation.sigmoid-raw-oven', 'bake-loss-raw-features', oven({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-orders-rmsprop', 'wholesale-units-raw-features', order({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-bias-plus-six-loaves', 'product-line', loaf(), [d(32, 'sigmoid', { bias: 6 }), d(5, 'softmax')], 'cce', sgd(0.05), tr(60));
add('saturated-activation.tanh-normal-std-four-proof', 'proof-rise', proof(), [d(32, 'tanh', init('normal', { std: 4 })), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-raw-audit-ts', 'failed-audit-with-ts', audit({ features: ['audit_ts', ...AUD], normalize: 'none' }), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('lr-too-high.sgd-plain-1.5-loaves', 'product-line', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1.5), tr(60));
add('lr-too-high.adam-0.05-batch-4-proof', 'proof-rise', proof(), [d(32, 'tanh'), d(1)], 'mse', adam(0.05), tr(40, 4));
add('lr-too-high.rmsprop-0.1-audit', 'failed-audit', audit(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.1), tr(60));
add('lr-too-high.nesterov-0.2-oven-batch-16', 'bake-loss', oven(), [d(32, 'relu'), d(1)], 'mse', nest(0.2, 0.9), tr(60, 16));
add('lr-too-high.adam-0.5-moons', 'crumb-structure-demo', MOONS, [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.5), tr(100));
add('lr-too-high.momentum-0.1-batch-2-orders', 'wholesale-units', order(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.1, 0.9), tr(30, 2));
add('lr-too-high.sgd-plain-3-sigmoid-audit', 'failed-audit', audit(), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(3), tr(60, 8));

add('lr-too-low.adam-1e-6-loaves', 'product-line', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-5e-7-oven', 'bake-loss', oven(), [d(32, 'elu'), d(1)], 'mse', rms(0.0000005), tr(60));
add('lr-too-low.sgd-1e-4-full-batch-proof', 'proof-rise', proof(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.0001), tr(100, 600));
add('lr-too-low.nesterov-2e-6-audit-batch-128', 'failed-audit', audit(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.000002), tr(60, 128));
add('lr-too-low.momentum-1e-5-iris', 'flour-grade-demo', { builtin: 'iris' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.00001), tr(100, 16));

add('oscillating-loss.rmsprop-0.05-full-batch-proof', 'proof-rise', proof(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 600));
add('oscillating-loss.momentum-0.95-full-batch-oven', 'bake-loss', oven(), [d(32, 'tanh'), d(1)], 'mse', mom(0.3, 0.95), tr(100, 800));
add('oscillating-loss.adam-0.05-batch-1-iris', 'flour-grade-demo', { builtin: 'iris' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.05), tr(40, 1));
add('oscillating-loss.nesterov-0.99-batch-64-audit', 'failed-audit', audit(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.1, 0.99), tr(80, 64));
add('oscillating-loss.rmsprop-0.02-batch-2-loaves', 'product-line', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.02), tr(30, 2));
add('oscillating-loss.sgd-plain-1.9-linear-full-batch-proof', 'proof-rise', proof(), [d(1)], 'mse', sgd(1.9), tr(100, 600));

add('loss-plateau.shift-and-ambient-only', 'bake-loss', oven({ features: ['shift', 'ambient_c'] }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-0.5-adam-proof', 'proof-rise', proof(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.5 }), tr(80));
add('loss-plateau.dropout-0.9-after-relu-orders', 'wholesale-units', order(), [d(8, 'relu'), drop(0.9), d(1)], 'mse', rms(0.002), tr(80));
add('loss-plateau.clipnorm-1e-3-momentum-loaves', 'product-line', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.01, 0.9, { clipNorm: 0.001 }), tr(60));
add('loss-plateau.customer-and-ts-only-orders', 'wholesale-units', order({ features: ['customer_id', 'order_ts'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));

// second round (after the first observation: more exploding, lr-too-high and oscillating shapes)
add('exploding-gradient.raw-orders-adam-0.01', 'wholesale-units-raw-features', order({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.relu-tower-normal-0.3-loaves', 'product-line', loaf(), [...tower(6, 64, 'relu', init('normal', { std: 0.3 })), d(5, 'softmax')], 'cce', rms(0.001), tr(60));
add('exploding-gradient.order-ts-feature-elu', 'wholesale-units-with-ts', order({ features: ['order_ts', ...ORD], normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('lr-too-high.sgd-plain-0.5-tanh-orders-batch-8', 'wholesale-units', order(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.5), tr(60, 8));
add('lr-too-high.rmsprop-0.03-batch-4-loaves', 'product-line', loaf(), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.03), tr(30, 4));
add('lr-too-high.adam-0.1-elu-proof', 'proof-rise', proof(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.1), tr(60));
add('lr-too-high.momentum-0.05-batch-1-iris', 'flour-grade-demo', { builtin: 'iris' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(40, 1));
add('lr-too-high.nesterov-0.1-batch-16-proof', 'proof-rise', proof(), [d(32, 'tanh'), d(1)], 'mse', nest(0.1, 0.9), tr(60, 16));
add('oscillating-loss.sgd-plain-0.9-full-batch-proof', 'proof-rise', proof(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.9), tr(150, 600));
add('oscillating-loss.momentum-0.99-full-batch-orders', 'wholesale-units', order(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.99), tr(150, 650));
add('oscillating-loss.adam-0.1-full-batch-oven', 'bake-loss', oven(), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(150, 800));
add('oscillating-loss.rmsprop-0.01-batch-1-oven', 'bake-loss', oven(), [d(32, 'relu'), d(1)], 'mse', rms(0.01), tr(20, 1));

// ---------------------------------------------------------------- healthy candidates
add('ok.oven-adam-relu', 'bake-loss', oven(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.oven-rmsprop-elu-val', 'bake-loss', oven(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.oven-nesterov-tanh-batch-16', 'bake-loss', oven(), [d(24, 'tanh'), d(1)], 'mse', nest(0.01), tr(80, 16));
add('ok.oven-minmax-sigmoid', 'bake-loss', oven({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(150));
add('ok.oven-batchnorm-leaky-batch-64', 'bake-loss', oven(), [d(48, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 64));
add('ok.oven-sgd-plain-relu-batch-8', 'bake-loss', oven(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(60, 8));
add('ok.oven-adam-xavier-tanh-dropout', 'bake-loss', oven(), [d(48, 'tanh', { init: 'xavier_normal' }), drop(0.1), d(1)], 'mse', adam(0.003), tr(100));
add('ok.audit-adam-relu', 'failed-audit', audit(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.audit-rmsprop-tanh-dropout', 'failed-audit', audit(), [d(32, 'tanh'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60));
add('ok.audit-momentum-elu-decay', 'failed-audit', audit(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { weightDecay: 0.0001 }), tr(60));
add('ok.audit-cce-two-classes-minmax', 'failed-audit', audit({ normalize: 'minmax' }), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('ok.audit-sgd-full-batch', 'failed-audit', audit(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(300, 1000));
add('ok.audit-lecun-elu-batch-128-val', 'failed-audit', audit(), [d(32, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 128, { validationSplit: 0.2 }));
add('ok.loaves-adam-relu', 'product-line', loaf(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.loaves-nesterov-tanh', 'product-line', loaf(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', nest(0.02), tr(60, 16));
add('ok.loaves-rmsprop-elu-batchnorm', 'product-line', loaf(), [d(32, 'elu', { batchNorm: true }), d(5, 'softmax')], 'cce', rms(0.001), tr(60));
add('ok.loaves-minmax-leaky-val', 'product-line', loaf({ normalize: 'minmax' }), [d(32, 'leaky_relu'), drop(0.1), d(5, 'softmax')], 'cce', adam(0.005), tr(80, 32, { validationSplit: 0.2 }));
add('ok.loaves-sgd-plain-sigmoid', 'product-line', loaf(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(100, 16));
add('ok.loaves-adam-batch-one', 'product-line', loaf(), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.0005), tr(8, 1));
add('ok.loaves-he-uniform-clip', 'product-line', loaf(), [d(48, 'relu', { init: 'he_uniform' }), d(24, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', mom(0.02, 0.9, { clipNorm: 1 }), tr(60));
add('ok.orders-adam-relu', 'wholesale-units', order(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-rmsprop-elu-clip', 'wholesale-units', order(), [d(32, 'elu'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(80));
add('ok.orders-minmax-target-adam', 'wholesale-units', order({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(120));
add('ok.orders-momentum-tanh-batch-16', 'wholesale-units', order(), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(100, 16));
add('ok.orders-adam-leaky-decay', 'wholesale-units', order(), [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0001 }), tr(100));
add('ok.proof-adam-tanh', 'proof-rise', proof(), [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(100));
add('ok.proof-rmsprop-relu-batch-4', 'proof-rise', proof(), [d(24, 'relu'), d(1)], 'mse', rms(0.0005), tr(40, 4));
add('ok.proof-nesterov-elu-val', 'proof-rise', proof(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(100, 32, { validationSplit: 0.15 }));
add('ok.proof-adam-sigmoid-batch-full', 'proof-rise', proof(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.02), tr(300, 600));
add('ok.proof-sgd-plain-leaky', 'proof-rise', proof(), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.05), tr(100, 16));
add('ok.proof-xavier-uniform-deep-tanh', 'proof-rise', proof(), [d(32, 'tanh', { init: 'xavier_uniform' }), d(32, 'tanh', { init: 'xavier_uniform' }), d(16, 'tanh', { init: 'xavier_uniform' }), d(1)], 'mse', adam(0.002), tr(80));
add('ok.iris-flour-grade', 'flour-grade-demo', { builtin: 'iris' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(200, 16));
add('ok.moons-crumb-structure', 'crumb-structure-demo', MOONS, [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-tray-ring', 'tray-ring-demo', CIRCLES, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.blobs-depot-zones', 'depot-zones', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.05), tr(80));
add('ok.sine-oven-cycle', 'oven-thermal-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-two-oven-parity', 'two-oven-parity', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(200));
add('ok.spirals-dough-folds', 'dough-fold-demo', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.inline-crust-colour-pilot', 'crust-colour-pilot', INLINE_CRUST, [d(8, 'tanh'), d(3, 'softmax')], 'cce', adam(0.02), tr(300, 12));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
