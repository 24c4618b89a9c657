/**
 * Writes every candidate spec of blind fault set 145 (plant breeding and seed banks) into
 * candidates/: `npx tsx test/faults-blind145/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 145, data, layers, loss, optimizer, training, ...extra };
}

const GF = ['storage_years', 'seed_moisture_pct', 'storage_temp_c', 'seed_weight_mg', 'vigor_index'];
const germ = (x: Json = {}): Json => ({ csv: '../data/germination.csv', target: 'germination_pct', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const VF = ['tkw_g', 'days_to_flowering', 'height_cm', 'awn_mm', 'protein_pct'];
const vari = (x: Json = {}): Json => ({ csv: '../data/variety.csv', target: 'variety', features: VF, normalize: 'standard', ...x });
const OF = ['height_dev_cm', 'flowering_dev_d', 'hull_colour_score', 'generation', 'isolation_m'];
const off = (x: Json = {}): Json => ({ csv: '../data/offtype.csv', target: 'off_type', features: OF, normalize: 'standard', ...x });
const YF = ['nitrogen_kg_ha', 'rainfall_mm', 'days_to_flowering', 'plants_m2', 'soil_ph'];
const yld = (x: Json = {}): Json => ({ csv: '../data/yield.csv', target: 'yield_kg_ha', features: YF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['photoperiod_h', 'gdd_base5', 'vernalization_d', 'latitude'];
const flo = (x: Json = {}): Json => ({ csv: '../data/flowering.csv', target: 'days_to_flowering', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 400, noise: 0.03 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 400, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A breeder's field book: seed weight (mg) and days of cold (vernalization) -> bolted (1) or not (0).
const INLINE_BOLT = {
  inline: {
    x: [[32, 0], [45, 5], [38, 10], [51, 14], [29, 20], [40, 25], [47, 30], [35, 35], [42, 40], [55, 45], [30, 50], [48, 55], [36, 8], [44, 18], [52, 28], [33, 38], [39, 48], [50, 3], [41, 22], [46, 42]],
    y: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'germination', germ(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'variety', vari(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-yield', 'plot-yield', yld(), [d(32, 'elu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.dropout-rate-1.5', 'off-type', off(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.zero-units-hidden', 'days-to-flowering', flo(), [d(0, 'relu'), d(1)], 'mse', nest(0.01), tr(40));

add('data-error.na-seed-moisture', 'germination-na', germ({ csv: '../data/germination-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.accession-id-feature', 'germination', germ({ features: ['accession_id', ...GF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.test-timestamp-feature', 'germination', germ({ features: ['test_ts', ...GF] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.seed-weight-g-typo', 'germination', germ({ features: ['storage_years', 'seed_moisture_pct', 'storage_temp_c', 'seed_weight_g', 'vigor_index'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.plot-code-feature-variety', 'variety', vari({ features: ['plot_code', ...VF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.yields-csv-typo-path', 'plot-yield', yld({ csv: '../data/yields.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.flowering-target-typo', 'days-to-flowering', flo({ target: 'days_to_flower' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.variety-four-heads-no-landrace', 'variety', vari(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.kg-and-bushels-one-output', 'plot-yield', yld({ target: ['yield_kg_ha', 'yield_bu_acre'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'nursery-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));
add('shape-mismatch.variety-one-sigmoid-cce', 'variety', vari(), [d(32, 'elu'), d(1, 'sigmoid')], 'cce', nest(0.01), tr(50));

add('loss-activation-mismatch.tanh-head-bce-offtype', 'off-type', off(), [d(32, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.softmax-one-unit-bce-offtype', 'off-type', off(), [d(32, 'relu'), d(1, 'softmax')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-head-standardized-flowering', 'days-to-flowering', flo(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-variety', 'variety', vari(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.sigmoid-head-standardized-germination', 'germination', germ(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', mom(0.01), tr(60));

add('no-nonlinearity.circles-two-linear-adam', 'seed-tray-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.xor-linear-bn-rmsprop', 'cross-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.spirals-three-linear-nesterov', 'spirals', SPIRALS, [d(64), d(64), d(64), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100));
add('no-nonlinearity.moons-linear-sgd-full-batch', 'moons', MOONS, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(300, 300));
add('no-nonlinearity.offtype-abs-deviation-linear', 'off-type', off(), [d(32), d(16), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('lr-out-of-range.nesterov-lr-25-flowering', 'days-to-flowering', flo(), [d(32, 'tanh'), d(1)], 'mse', nest(25), tr(30));
add('lr-out-of-range.rmsprop-lr-3-variety', 'variety', vari(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(3), tr(30));
add('lr-out-of-range.adam-1e-9-germination', 'germination', germ(), [d(32, 'elu'), d(1)], 'mse', adam(0.000000001), tr(40));
add('lr-out-of-range.sgd-lr-100-offtype', 'off-type', off(), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(100), tr(30, 64));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-tanh-rmsprop-germination', 'germination', germ(), [d(32, 'tanh', { init: 'zeros' }), d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.3-sigmoid-variety', 'variety', vari(), [d(32, 'sigmoid', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-elu-momentum-moons', 'moons', MOONS, [d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05), tr(100));
add('init-symmetry.constant-0.1-tanh-full-batch-flowering', 'days-to-flowering', flo(), [d(24, 'tanh', init('constant', { value: 0.1 })), d(24, 'tanh', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', nest(0.05), tr(200, 750));
add('init-symmetry.constant-0.2-leaky-offtype', 'off-type', off(), [d(32, 'leaky_relu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', adam(0.003), tr(60));

add('init-scale.normal-std-10-sigmoid-yield', 'plot-yield', yld(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-6-elu-flowering', 'days-to-flowering', flo(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-3-six-relu-variety', 'variety', vari(), [...tower(6, 32, 'relu', init('normal', { std: 0.001 })), d(5, 'softmax', init('normal', { std: 0.001 }))], 'cce', nest(0.01), tr(50));
add('init-scale.normal-std-4-tanh-offtype', 'off-type', off(), [d(48, 'tanh', init('normal', { std: 4 })), d(48, 'tanh', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', sgd(0.05), tr(40));
add('init-scale.uniform-1e-5-tanh-germination', 'germination', germ(), [...tower(5, 32, 'tanh', init('uniform', { limit: 0.00001 })), d(1, 'linear', init('uniform', { limit: 0.00001 }))], 'mse', adam(0.001), tr(60));

add('dead-relu.bias-minus-6-nesterov-flowering', 'days-to-flowering', flo(), [d(64, 'relu', { bias: -6 }), d(64, 'relu', { bias: -6 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.rmsprop-0.5-variety', 'variety', vari(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', rms(0.5), tr(30, 16));
add('dead-relu.bias-minus-2-four-layer-offtype', 'off-type', off(), [...tower(4, 24, 'relu', { bias: -2, init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.002), tr(60));
add('dead-relu.bias-minus-10-wide-germination', 'germination', germ(), [d(512, 'relu', { bias: -10 }), d(1)], 'mse', mom(0.01), tr(40));
add('dead-relu.sgd-2-batch-4-yield', 'plot-yield', yld(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(2), tr(10, 4));

add('exploding-gradient.raw-kg-ha-target-adam', 'plot-yield-raw-target', yld({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-degree-days-momentum', 'days-to-flowering-raw', flo({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0005), tr(30));
add('exploding-gradient.raw-isolation-metres-sgd-offtype', 'off-type-raw', off({ normalize: 'none' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.001), tr(30));
add('exploding-gradient.ten-relu-std-0.4-rmsprop-variety', 'variety', vari(), [...tower(10, 32, 'relu', init('normal', { std: 0.4 })), d(5, 'softmax')], 'cce', rms(0.0005), tr(30));
add('exploding-gradient.raw-germination-percent-target-nesterov', 'germination-raw-target', germ({ normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.0001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-variety', 'variety', vari(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('vanishing-gradient.ten-tanh-std-0.1-flowering', 'days-to-flowering', flo(), [...tower(10, 32, 'tanh', init('normal', { std: 0.1 })), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.seven-sigmoid-nesterov-circles', 'seed-tray-circles', CIRCLES, [...tower(7, 32, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100));
add('vanishing-gradient.twelve-sigmoid-adam-germination', 'germination', germ(), [...tower(12, 16, 'sigmoid'), d(1)], 'mse', adam(0.0003), tr(60));
add('vanishing-gradient.nine-sigmoid-rmsprop-offtype', 'off-type', off(), [...tower(9, 24, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(40));

add('nan-loss.sgd-2.5-batch-1-yield', 'plot-yield', yld(), [d(16, 'tanh'), d(1)], 'mse', sgd(2.5), tr(3, 1));
add('nan-loss.raw-flowering-days-sgd-full-batch', 'days-to-flowering-raw', flo({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(30, 750));
add('nan-loss.momentum-0.95-lr-1-deep-germination', 'germination', germ(), [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', mom(1, 0.95), tr(20));
add('nan-loss.constant-3-elu-flowering', 'days-to-flowering', flo(), [...tower(4, 64, 'elu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', sgd(0.01), tr(20));
add('nan-loss.raw-yield-target-rmsprop-1', 'plot-yield-raw-target', yld({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(1), tr(20, 8));

add('saturated-activation.sigmoid-raw-degree-days-flowering', 'days-to-flowering-raw', flo({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-5-variety', 'variety', vari(), [d(32, 'tanh', { bias: 5 }), d(32, 'tanh', { bias: 5 }), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('saturated-activation.sigmoid-raw-isolation-offtype', 'off-type-raw', off({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-raw-seed-mg-germination', 'germination-raw', germ({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.sigmoid-raw-yield-features', 'plot-yield-raw-features', yld({ normalize: 'none' }), [d(32, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', adam(0.002), tr(60));

// ---------------------------------------------------------------- training faults
add('lr-too-high.sgd-0.6-batch-4-flowering', 'days-to-flowering', flo(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.6), tr(20, 4));
add('lr-too-high.adam-0.3-batch-16-variety', 'variety', vari(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(30, 16));
add('lr-too-high.rmsprop-0.05-batch-2-offtype', 'off-type', off(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(15, 2));
add('lr-too-high.nesterov-0.5-batch-8-germination', 'germination', germ(), [d(32, 'elu'), d(1)], 'mse', nest(0.5), tr(20, 8));
add('lr-too-high.momentum-0.6-full-batch-yield', 'plot-yield', yld(), [d(32, 'tanh'), d(1)], 'mse', mom(0.6), tr(150, 700));
add('lr-too-high.sgd-plain-3-full-batch-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(3), tr(150, 150));
add('lr-too-high.adam-0.1-batch-1-bolting-inline', 'bolting', INLINE_BOLT, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(60, 1));

add('lr-too-low.sgd-1e-5-full-batch-variety', 'variety', vari(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.00001), tr(100, 900));
add('lr-too-low.adam-3e-7-flowering', 'days-to-flowering', flo(), [d(32, 'tanh'), d(1)], 'mse', adam(0.0000003), tr(60));
add('lr-too-low.nesterov-1e-6-full-batch-yield', 'plot-yield', yld(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', nest(0.000001), tr(150, 700));
add('lr-too-low.rmsprop-1e-7-offtype', 'off-type', off(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.0000001), tr(40));
add('lr-too-low.momentum-5e-6-batch-8-germination', 'germination', germ(), [d(32, 'relu'), d(1)], 'mse', mom(0.000005), tr(30, 8));

add('oscillating-loss.momentum-0.97-lr-0.3-full-batch-linear-yield', 'plot-yield', yld(), [d(1)], 'mse', mom(0.3, 0.97), tr(150, 700));
add('oscillating-loss.nesterov-0.98-lr-0.2-full-batch-linear-flowering', 'days-to-flowering', flo(), [d(1)], 'mse', nest(0.2, 0.98), tr(150, 750));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-germination', 'germination', germ(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 800));
add('oscillating-loss.adam-0.3-full-batch-logistic-offtype', 'off-type', off(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1000));
add('oscillating-loss.sgd-0.95-batch-350-linear-flowering', 'days-to-flowering', flo(), [d(1)], 'mse', sgd(0.95), tr(150, 375));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-yield', 'plot-yield', yld(), [d(1)], 'mse', rms(0.05), tr(150, 700));
add('oscillating-loss.momentum-0.95-lr-2-softmax-regression-variety', 'variety', vari(), [d(5, 'softmax')], 'cce', mom(2, 0.95), tr(150, 900));
add('oscillating-loss.grains-and-mg-sgd-0.6-full-batch-linear', 'germination', germ({ features: ['storage_years', 'seed_moisture_pct', 'storage_temp_c', 'seed_weight_mg', 'seed_weight_grains', 'vigor_index'] }), [d(1)], 'mse', sgd(0.6), tr(150, 800));
add('oscillating-loss.nesterov-0.97-lr-1-batch-500-sine', 'sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(1, 0.97), tr(200, 300));

add('loss-plateau.tray-serial-only-offtype', 'off-type', off({ features: ['tray_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.plot-number-only-variety', 'variety', vari({ features: ['plot_number'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('loss-plateau.latitude-sow-day-only-flowering', 'days-to-flowering', flo({ features: ['latitude'] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-yield', 'plot-yield', yld(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.97-germination', 'germination', germ(), [d(16, 'relu'), drop(0.97), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.germination-adam-relu', 'germination', germ(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.germination-rmsprop-elu-val', 'germination', germ(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.germination-grains-nesterov-tanh-batch-16', 'germination', germ({ features: ['storage_years', 'seed_moisture_pct', 'storage_temp_c', 'seed_weight_grains', 'vigor_index'] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.germination-minmax-sgd-leaky-batch-1', 'germination', germ({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.02), tr(8, 1));
add('ok.germination-momentum-full-batch-tanh', 'germination', germ(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1), tr(400, 800));
add('ok.germination-adam-bn-dropout', 'germination', germ(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(80, 64));
add('ok.variety-adam-relu', 'variety', vari(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.variety-softmax-regression-sgd-full-batch', 'variety', vari(), [d(5, 'softmax')], 'cce', sgd(0.5), tr(300, 900));
add('ok.variety-nesterov-full-batch-elu-deep', 'variety', vari(), [d(32, 'elu'), d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.1, 0.9), tr(200, 900));
add('ok.variety-rmsprop-tanh-dropout', 'variety', vari(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.variety-minmax-momentum-sigmoid', 'variety', vari({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.1), tr(80, 16));
add('ok.variety-adam-bn-batch-128-val', 'variety', vari(), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 128, { validationSplit: 0.15 }));
add('ok.offtype-adam-relu', 'off-type', off(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));
add('ok.offtype-rmsprop-elu-batch-64', 'off-type', off(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 64));
add('ok.offtype-nesterov-tanh-full-batch', 'off-type', off(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.3), tr(400, 1000));
add('ok.offtype-minmax-adam-leaky-clip', 'off-type', off({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(80));
add('ok.offtype-sgd-plain-relu-batch-8', 'off-type', off(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 8));
add('ok.yield-adam-elu', 'plot-yield', yld(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.yield-bushels-rmsprop-relu', 'plot-yield', yld({ target: 'yield_bu_acre' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.yield-sgd-plain-full-batch-tanh', 'plot-yield', yld(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.3), tr(500, 700));
add('ok.yield-momentum-0.8-full-batch-linear', 'plot-yield', yld(), [d(1)], 'mse', mom(0.05, 0.8), tr(300, 700));
add('ok.yield-nesterov-lecun-tanh-decay', 'plot-yield', yld(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.yield-minmax-target-adam-dropout', 'plot-yield', yld({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.flowering-adam-tanh', 'days-to-flowering', flo(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.flowering-linear-sgd-full-batch', 'days-to-flowering', flo(), [d(1)], 'mse', sgd(0.1), tr(300, 750));
add('ok.flowering-nesterov-full-batch-relu-deep', 'days-to-flowering', flo(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.05), tr(300, 750));
add('ok.flowering-rmsprop-sigmoid-batch-256', 'days-to-flowering', flo(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.005), tr(150, 256));
add('ok.flowering-sgd-plain-elu-batch-2', 'days-to-flowering', flo(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.flowering-adam-he-uniform-relu-clip-val', 'days-to-flowering', flo(), [d(64, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60, 32, { validationSplit: 0.2 }));
add('ok.iris-adam-relu', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-momentum-full-batch-tanh', 'iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.1), tr(300, 150));
add('ok.moons-adam-relu', 'moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-8', 'moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 8));
add('ok.circles-rmsprop-elu', 'seed-tray-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-sgd-full-batch-tanh', 'seed-tray-circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(1), tr(500, 400));
add('ok.spirals-adam-tanh-deep', 'spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'nursery-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.xor-adam-tanh', 'cross-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-xavier-normal', 'cross-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.bolting-inline-adam-tanh', 'bolting', INLINE_BOLT, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 20));
add('ok.bolting-inline-logistic-nesterov-full-batch', 'bolting', INLINE_BOLT, [d(1, 'sigmoid')], 'bce', nest(0.5), tr(300, 20));

// ---------------------------------------------------------------- round 2 (after the first observation)
add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-linear-flowering', 'days-to-flowering', flo(), [d(1)], 'mse', nest(0.1, 0.99), tr(150, 750));
add('oscillating-loss.momentum-0.99-lr-0.3-full-batch-tanh-flowering', 'days-to-flowering', flo(), [d(16, 'tanh'), d(1)], 'mse', mom(0.3, 0.99), tr(150, 750));
add('oscillating-loss.momentum-0.98-lr-0.2-batch-64-linear-yield', 'plot-yield', yld(), [d(1)], 'mse', mom(0.2, 0.98), tr(100, 64));
add('oscillating-loss.sgd-0.8-batch-16-linear-flowering', 'days-to-flowering', flo(), [d(1)], 'mse', sgd(0.8), tr(60, 16));
add('oscillating-loss.momentum-0.995-lr-0.02-full-batch-relu-germination', 'germination', germ(), [d(32, 'relu'), d(1)], 'mse', mom(0.02, 0.995), tr(200, 800));
add('oscillating-loss.momentum-0.98-lr-3-full-batch-logistic-offtype', 'off-type', off(), [d(1, 'sigmoid')], 'bce', mom(3, 0.98), tr(150, 1000));
add('oscillating-loss.adam-0.5-full-batch-linear-flowering', 'days-to-flowering', flo(), [d(1)], 'mse', adam(0.5), tr(150, 750));
add('oscillating-loss.nesterov-0.98-lr-0.5-full-batch-linear-germination', 'germination', germ(), [d(1)], 'mse', nest(0.5, 0.98), tr(150, 800));
add('lr-too-high.sgd-0.3-batch-4-flowering', 'days-to-flowering', flo(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.3), tr(20, 4));
add('lr-too-high.adam-0.05-batch-4-germination', 'germination', germ(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(20, 4));
add('lr-too-high.rmsprop-0.02-batch-8-yield', 'plot-yield', yld(), [d(32, 'elu'), d(1)], 'mse', rms(0.02), tr(30, 8));
add('lr-too-high.nesterov-0.2-batch-16-flowering', 'days-to-flowering', flo(), [d(32, 'relu'), d(1)], 'mse', nest(0.2), tr(30, 16));
add('lr-too-high.momentum-0.3-full-batch-tanh-yield', 'plot-yield', yld(), [d(32, 'tanh'), d(1)], 'mse', mom(0.3), tr(150, 700));
add('lr-too-high.sgd-plain-0.15-batch-1-germination', 'germination', germ(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.15), tr(5, 1));
add('lr-too-high.adam-0.4-batch-8-offtype', 'off-type', off(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.4), tr(30, 8));
add('ok.germination-nesterov-full-batch-elu-three-layer', 'germination', germ(), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.03, 0.95), tr(300, 800));
add('ok.offtype-sgd-plain-full-batch-elu-deep', 'off-type', off(), [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(400, 1000));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
