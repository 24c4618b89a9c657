/**
 * Writes every candidate spec of blind fault set 102 (libraries, archives and museums) into candidates/:
 * `npx tsx test/faults-blind102/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 102, data, layers, loss, optimizer, training, ...extra };
}

const LOA = ['weekday', 'opening_hours', 'visitors', 'wifi_sessions', 'school_holiday', 'temp_c', 'rain_mm', 'events'];
const loans = (x: Json = {}): Json => ({ csv: '../data/loans.csv', target: 'loans', features: LOA, normalize: 'standard', normalizeTarget: 'standard', ...x });
const STO = ['item_age_years', 'humidity_pct', 'temp_c', 'light_lux', 'handling_count', 'paper_based', 'pest_trap_count'];
const store = (x: Json = {}): Json => ({ csv: '../data/storage.csv', target: 'conservation_emergency', features: STO, normalize: 'standard', ...x });
const COL = ['height_cm', 'width_cm', 'pages', 'weight_g', 'item_age_years', 'colour', 'folded'];
const coll = (x: Json = {}): Json => ({ csv: '../data/collection.csv', target: 'collection_type', features: COL, normalize: 'standard', ...x });
const DIG = ['scan_dpi', 'page_area_cm2', 'fragility_grade', 'operator_months', 'colour_scan', 'book_cradle', 'item_age_years'];
const digi = (x: Json = {}): Json => ({ csv: '../data/digitisation.csv', target: 'pages_per_hour', features: DIG, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MEM = ['membership_months', 'age_years', 'visits_per_year', 'events_attended', 'distance_km', 'patron_circle', 'newsletter_opens'];
const gifts = (x: Json = {}): Json => ({ csv: '../data/members.csv', target: 'gift_eur', features: MEM, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.12 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 2 };
const BLOBS3 = { builtin: 'blobs', samples: 400, classes: 3, noise: 0.1 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.1 };
const INLINE_READING_ROOM = {
  inline: {
    x: [[18, 40], [19, 45], [20, 50], [21, 55], [22, 60], [20, 42], [19, 58], [21, 47], [18, 52], [22, 44], [20, 63], [19, 38]],
    y: [0.8, 1.1, 1.9, 3.0, 4.4, 1.2, 2.2, 2.0, 1.4, 2.1, 3.6, 0.7],
  },
  normalize: 'standard',
  normalizeTarget: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.selu-activation', 'loans-per-day', loans(), [d(32, 'selu'), d(16, 'selu'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.keras-loss-name', 'conservation-emergency', store(), [d(24, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(60));
add('invalid-spec.adagrad-optimizer', 'donor-gifts', gifts(), [d(32, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(80));
add('invalid-spec.dropout-keep-prob-1.5', 'collection-type', coll(), [d(32, 'relu'), drop(1.5), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('invalid-spec.batch-size-zero', 'digitisation-rate', digi(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60, 0));

add('data-error.na-humidity-logger', 'conservation-emergency-logger', store({ csv: '../data/storage-logger-na.csv' }), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60));
add('data-error.blank-rain-cells', 'loans-per-day', loans({ csv: '../data/loans-blank-rain.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.catalogue-date-feature', 'conservation-emergency', store({ features: ['catalogued', ...STO] }), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.path-from-repo-root', 'donor-gifts', gifts({ csv: 'test/faults-blind102/data/members.csv' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.target-wrong-case', 'digitisation-rate', digi({ target: 'Pages_Per_Hour' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.collection-four-heads', 'collection-type', coll(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('shape-mismatch.iris-binary-head', 'herbarium-iris-demo', { builtin: 'iris' }, [d(16, 'relu'), d(2, 'softmax')], 'cce', rms(0.005), tr(100, 8));
add('shape-mismatch.blobs-three-head-five', 'reading-room-zones', BLOBS3, [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.02), tr(60));
add('shape-mismatch.loans-two-outputs', 'loans-per-day', loans(), [d(32, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.emergency-cce-one-unit', 'conservation-emergency', store(), [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.003), tr(60));

add('loss-activation-mismatch.linear-head-bce-storage', 'conservation-emergency', store(), [d(24, 'relu'), d(1)], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-five-cce-collection', 'collection-type', coll(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(80));
add('loss-activation-mismatch.relu-head-standard-digitisation', 'digitisation-rate', digi(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.tanh-head-skewed-gifts', 'donor-gifts', gifts(), [d(32, 'elu'), d(1, 'tanh')], 'mse', mom(0.02), tr(80));
add('loss-activation-mismatch.softmax-head-mse-collection', 'collection-type', coll(), [d(32, 'relu'), d(5, 'softmax')], 'mse', adam(0.003), tr(80));

add('no-nonlinearity.moons-linear-rmsprop', 'stacks-shelf-moons', MOONS, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('no-nonlinearity.circles-dropout-linear', 'rotunda-circles', CIRCLES, [d(64), drop(0.1), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.loans-linear-momentum', 'loans-per-day', loans(), [d(64, 'linear'), d(32, 'linear'), d(1)], 'mse', mom(0.005), tr(80));
add('no-nonlinearity.spirals-two-linear', 'archive-spiral-stairs', SPIRALS, [d(48, 'linear'), d(48, 'linear'), d(2, 'softmax')], 'cce', nest(0.02), tr(150));

add('lr-out-of-range.adam-10', 'collection-type', coll(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(60));
add('lr-out-of-range.sgd-1e-9', 'donor-gifts', gifts(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-9), tr(60));
add('lr-out-of-range.rmsprop-30-storage', 'conservation-emergency', store(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', rms(30), tr(60));
add('lr-out-of-range.nesterov-minus-0.01', 'digitisation-rate', digi(), [d(32, 'elu'), d(1)], 'mse', nest(-0.01), tr(60));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.constant-0.1-elu-loans', 'loans-per-day', loans(), [d(32, 'elu', init('constant', { value: 0.1 })), d(16, 'elu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-digitisation', 'digitisation-rate', digi(), [d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(80));
add('init-symmetry.constant-sigmoid-moons', 'stacks-shelf-moons', MOONS, [d(16, 'sigmoid', init('constant', { value: 0.2 })), d(16, 'sigmoid', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', nest(0.05), tr(150));
add('init-symmetry.zeros-relu-collection', 'collection-type', coll(), [d(48, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', sgd(0.1), tr(80, 16));

add('init-scale.normal-std-5-tanh-gifts', 'donor-gifts', gifts(), [d(64, 'tanh', init('normal', { std: 5 })), d(64, 'tanh', init('normal', { std: 5 })), d(1, 'linear', init('normal', { std: 5 }))], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-limit-4-relu-loans', 'loans-per-day', loans(), [d(128, 'relu', init('uniform', { limit: 4 })), d(64, 'relu', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-4-deep-relu-storage', 'conservation-emergency', store(), [...tower(5, 32, 'relu', init('normal', { std: 0.0001 })), d(1, 'sigmoid', init('normal', { std: 0.0001 }))], 'bce', mom(0.01), tr(60));
add('init-scale.normal-std-2-leaky-digitisation', 'digitisation-rate', digi(), [d(96, 'leaky_relu', init('normal', { std: 2 })), d(96, 'leaky_relu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', sgd(0.001), tr(60));

add('dead-relu.bias-minus-4-he-loans', 'loans-per-day', loans(), [d(32, 'relu', { init: 'he_normal', bias: -4 }), d(16, 'relu', { init: 'he_normal', bias: -4 }), d(1)], 'mse', rms(0.002), tr(80));
add('dead-relu.sgd-1.2-batch-4-gifts', 'donor-gifts', gifts(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(1.2), tr(30, 4));
add('dead-relu.minmax-bias-minus-3-collection', 'collection-type', coll({ normalize: 'minmax' }), [d(32, 'relu', { bias: -3 }), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('dead-relu.adam-0.1-deep-batch-16-storage', 'conservation-emergency', store(), [...tower(4, 24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(60, 16));
add('dead-relu.raw-weight-pages-rmsprop', 'collection-type-raw', coll({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.01), tr(60));

add('exploding-gradient.raw-dpi-area-momentum', 'digitisation-rate-raw', digi({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001), tr(40));
add('exploding-gradient.catalogue-ts-feature', 'conservation-emergency-ts', store({ features: ['catalogued_ts', ...STO], normalize: 'none' }), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('exploding-gradient.raw-gift-target-elu', 'donor-gifts-raw-target', gifts({ normalizeTarget: 'none' }), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', mom(0.001, 0.9), tr(40));
add('exploding-gradient.deep-he-uniform-gain-relu', 'loans-per-day', loans(), [...tower(7, 48, 'relu', init('uniform', { limit: 0.6 })), d(1)], 'mse', nest(0.001), tr(40));
add('exploding-gradient.raw-loans-target-rmsprop', 'loans-per-day-raw-target', loans({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));

add('vanishing-gradient.twelve-sigmoid-adam-storage', 'conservation-emergency', store(), [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(60));
add('vanishing-gradient.eight-sigmoid-rmsprop-collection', 'collection-type', coll(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.0005), tr(60));
add('vanishing-gradient.sigmoid-normal-0.05-loans', 'loans-per-day', loans(), [...tower(6, 32, 'sigmoid', init('normal', { std: 0.05 })), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.tanh-uniform-0.05-moons', 'stacks-shelf-moons', MOONS, [...tower(8, 16, 'tanh', init('uniform', { limit: 0.05 })), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100));

add('nan-loss.sgd-0.5-raw-loans', 'loans-per-day-raw', loans({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.5), tr(30));
add('nan-loss.momentum-0.95-lr-0.5-gifts', 'donor-gifts', gifts(), [d(32, 'tanh'), d(1)], 'mse', mom(0.5, 0.95), tr(40, 16));
add('nan-loss.rmsprop-5-relu-digitisation', 'digitisation-rate', digi(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(5), tr(30));
add('nan-loss.raw-pph-target-sgd-batch-1', 'digitisation-rate-raw-target', digi({ normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', sgd(0.01), tr(10, 1));
add('nan-loss.adam-3-linear-loans-full-batch', 'loans-per-day', loans(), [d(16), d(1)], 'mse', adam(3), tr(100, 780));

add('saturated-activation.sigmoid-raw-lux-storage', 'conservation-emergency-raw', store({ normalize: 'none' }), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('saturated-activation.tanh-bias-6-gifts', 'donor-gifts', gifts(), [d(32, 'tanh', { bias: 6 }), d(1)], 'mse', rms(0.001), tr(80));
add('saturated-activation.tanh-raw-membership-months', 'donor-gifts-raw-features', gifts({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-normal-std-4-collection', 'collection-type', coll(), [d(48, 'sigmoid', init('normal', { std: 4 })), d(5, 'softmax')], 'cce', sgd(0.05), tr(80));
add('saturated-activation.tanh-raw-digitisation-batchsize-8', 'digitisation-rate-raw', digi({ normalize: 'none' }), [d(24, 'tanh'), d(1)], 'mse', nest(0.005), tr(40, 8));

add('lr-too-high.adam-0.06-batch-4-loans', 'loans-per-day', loans(), [d(32, 'relu'), d(1)], 'mse', adam(0.06), tr(40, 4));
add('lr-too-high.sgd-plain-3-storage', 'conservation-emergency', store(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3), tr(60, 16));
add('lr-too-high.rmsprop-0.1-collection', 'collection-type', coll(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.1), tr(60));
add('lr-too-high.nesterov-0.15-batch-16-digitisation', 'digitisation-rate', digi(), [d(32, 'tanh'), d(1)], 'mse', nest(0.15), tr(60, 16));
add('lr-too-high.momentum-0.3-gifts', 'donor-gifts', gifts(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.3), tr(60));
add('lr-too-high.adam-0.3-elu-digitisation', 'digitisation-rate', digi(), [d(48, 'elu'), d(24, 'elu'), d(1)], 'mse', adam(0.3), tr(60, 64));
add('lr-too-high.sgd-plain-0.4-relu-loans-batch-8', 'loans-per-day', loans(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.4), tr(40, 8));

add('lr-too-low.adam-5e-6-collection', 'collection-type', coll(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000005), tr(80));
add('lr-too-low.rmsprop-1e-6-storage', 'conservation-emergency', store(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(60));
add('lr-too-low.sgd-plain-1e-3-full-batch-digitisation', 'digitisation-rate', digi(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.001), tr(100, 560));
add('lr-too-low.momentum-1e-5-loans', 'loans-per-day', loans(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.00001), tr(60));
add('lr-too-low.nesterov-5e-6-batch-2-gifts', 'donor-gifts', gifts(), [d(32, 'elu'), d(1)], 'mse', nest(0.000005), tr(10, 2));

add('oscillating-loss.momentum-0.99-full-batch-loans', 'loans-per-day', loans(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 780));
add('oscillating-loss.rmsprop-0.05-full-batch-storage', 'conservation-emergency', store(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(150, 900));
add('oscillating-loss.adam-0.03-batch-1-digitisation', 'digitisation-rate', digi(), [d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(10, 1));
add('oscillating-loss.nesterov-0.98-batch-128-gifts', 'donor-gifts', gifts(), [d(32, 'elu'), d(1)], 'mse', nest(0.1, 0.98), tr(100, 128));
add('oscillating-loss.sgd-plain-8-full-batch-moons', 'stacks-shelf-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(8), tr(150, 300));
add('oscillating-loss.momentum-0.9-lr-0.2-collection', 'collection-type', coll(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.2), tr(80, 16));

add('loss-plateau.postcode-only-gifts', 'donor-gifts-by-postcode', gifts({ features: ['postcode'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.dropout-0.9-collection', 'collection-type', coll(), [d(16, 'relu'), drop(0.9), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('loss-plateau.weight-decay-0.5-rmsprop-loans', 'loans-per-day', loans(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 0.5 }), tr(80));
add('loss-plateau.one-unit-tanh-bottleneck-digitisation', 'digitisation-rate', digi(), [d(1, 'tanh', { bias: 4 }), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.accession-year-only-collection', 'collection-type-by-year', coll({ features: ['accession_year'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));

add('init-scale.normal-std-3-relu-collection', 'collection-type', coll(), [d(128, 'relu', init('normal', { std: 3 })), d(128, 'relu', init('normal', { std: 3 })), d(5, 'softmax', init('normal', { std: 3 }))], 'cce', nest(0.005), tr(60));
add('init-symmetry.constant-0.5-relu-xor', 'shelf-parity', XOR, [d(16, 'relu', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', rms(0.005), tr(200));
add('loss-plateau.weight-decay-5-adam-gifts', 'donor-gifts', gifts(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.003, { weightDecay: 5 }), tr(80));
add('no-nonlinearity.sine-linear-tower', 'visitor-season-cycle', SINE, [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(1)], 'mse', adam(0.005), tr(150));
add('lr-too-high.rmsprop-0.05-batch-8-gifts', 'donor-gifts', gifts(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.05), tr(60, 8));
add('lr-too-high.sgd-plain-1.5-collection-batch-8', 'collection-type', coll(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1.5), tr(60, 8));
add('lr-too-high.adam-0.08-tanh-storage-batch-8', 'conservation-emergency', store(), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.08), tr(60, 8));
add('oscillating-loss.adam-0.05-full-batch-collection', 'collection-type', coll(), [d(64, 'relu'), d(5, 'softmax')], 'cce', adam(0.05), tr(150, 640));

// ---------------------------------------------------------------- healthy
add('ok.loans-adam-relu', 'loans-per-day', loans(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.loans-rmsprop-elu-clip', 'loans-per-day', loans(), [d(32, 'elu'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(100));
add('ok.loans-nesterov-tanh-minmax', 'loans-per-day', loans({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.02), tr(120, 16));
add('ok.loans-batchnorm-leaky-batch-64', 'loans-per-day', loans(), [d(32, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(100, 64));
add('ok.loans-sgd-plain-batch-8', 'loans-per-day', loans(), [d(24, 'relu'), d(1)], 'mse', sgd(0.01), tr(80, 8));
add('ok.loans-adam-val-dropout', 'loans-per-day', loans(), [d(48, 'relu'), drop(0.1), d(24, 'relu'), d(1)], 'mse', adam(0.002), tr(100, 32, { validationSplit: 0.2 }));
add('ok.loans-linear-model', 'loans-per-day', loans(), [d(1)], 'mse', sgd(0.05), tr(100));
add('ok.storage-adam-relu', 'conservation-emergency', store(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));
add('ok.storage-rmsprop-tanh-dropout', 'conservation-emergency', store(), [d(32, 'tanh'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.002), tr(80));
add('ok.storage-momentum-elu-decay', 'conservation-emergency', store(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.03, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.storage-cce-two-classes', 'conservation-emergency', store(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('ok.storage-adam-full-batch', 'conservation-emergency', store(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 900));
add('ok.storage-minmax-sigmoid-hidden', 'conservation-emergency', store({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.collection-adam-relu', 'collection-type', coll(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('ok.collection-nesterov-tanh-batch-16', 'collection-type', coll(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', nest(0.02), tr(80, 16));
add('ok.collection-rmsprop-leaky-val', 'collection-type', coll(), [d(32, 'leaky_relu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(100, 32, { validationSplit: 0.25 }));
add('ok.collection-sgd-plain-sigmoid', 'collection-type', coll(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(100, 16));
add('ok.collection-adam-batch-one', 'collection-type', coll(), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.0005), tr(10, 1));
add('ok.collection-minmax-elu-clip', 'collection-type', coll({ normalize: 'minmax' }), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.005, { clipNorm: 5 }), tr(100));
add('ok.digitisation-adam-relu', 'digitisation-rate', digi(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.digitisation-rmsprop-tanh', 'digitisation-rate', digi(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(100));
add('ok.digitisation-momentum-elu-batch-128', 'digitisation-rate', digi(), [d(32, 'elu'), d(1)], 'mse', mom(0.03), tr(200, 128));
add('ok.digitisation-minmax-target', 'digitisation-rate', digi({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(150));
add('ok.digitisation-he-uniform-deep', 'digitisation-rate', digi(), [d(64, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.002), tr(100));
add('ok.digitisation-rmsprop-batch-4', 'digitisation-rate', digi(), [d(24, 'relu'), d(1)], 'mse', rms(0.0005), tr(40, 4));
add('ok.gifts-adam-elu', 'donor-gifts', gifts(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.gifts-nesterov-relu', 'donor-gifts', gifts(), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(100));
add('ok.gifts-adam-decay-dropout', 'donor-gifts', gifts(), [d(48, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100));
add('ok.gifts-xavier-tanh-momentum-clip', 'donor-gifts', gifts(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', mom(0.02, 0.9, { clipNorm: 2 }), tr(100));
add('ok.gifts-lecun-leaky-batch-256', 'donor-gifts', gifts(), [d(32, 'leaky_relu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.01), tr(200, 256));
add('ok.iris-herbarium', 'herbarium-iris-demo', { builtin: 'iris' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(120, 8));
add('ok.moons-stacks-shelf', 'stacks-shelf-moons', MOONS, [d(24, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-rotunda', 'rotunda-circles', CIRCLES, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.blobs-reading-room-zones', 'reading-room-zones', BLOBS3, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.sine-visitor-season', 'visitor-season-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-shelf-parity', 'shelf-parity', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.spirals-archive-stairs', 'archive-spiral-stairs', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-reading-room-mould', 'reading-room-mould-pilot', INLINE_READING_ROOM, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 12));
add('ok.storage-xavier-uniform-nesterov-batch-8', 'conservation-emergency', store(), [d(16, 'tanh', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(60, 8));
add('ok.loans-rmsprop-full-batch', 'loans-per-day', loans(), [d(32, 'relu'), d(1)], 'mse', rms(0.005), tr(300, 780));
add('ok.collection-momentum-relu-batchnorm', 'collection-type', coll(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', mom(0.02), tr(80));
add('ok.gifts-sigmoid-hidden-adam', 'donor-gifts', gifts(), [d(24, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(150));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
