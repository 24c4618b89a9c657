/**
 * Writes every candidate spec of blind fault set 108 (recycling plants and waste collection) into
 * candidates/: `npx tsx test/faults-blind108/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 108, data, layers, loss, optimizer, training, ...extra };
}

const SH = ['tonnes_per_shift', 'conveyor_mps', 'moisture_pct', 'pickers', 'optical_sorter', 'film_pct'];
const contam = (x: Json = {}): Json => ({ csv: '../data/shifts.csv', target: 'contamination_pct', features: SH, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BALE = ['bale_kg', 'density_kg_m3', 'moisture_pct', 'nir_index', 'wire_ties', 'price_per_tonne'];
const material = (x: Json = {}): Json => ({ csv: '../data/bales.csv', target: 'material', features: BALE, normalize: 'standard', ...x });
const BUN = ['pile_temp_c', 'co_ppm', 'bunker_fill_pct', 'hours_since_turned', 'batteries_seen', 'ambient_c'];
const fire = (x: Json = {}): Json => ({ csv: '../data/bunker.csv', target: 'fire_in_bunker', features: BUN, normalize: 'standard', ...x });
const RT = ['stops', 'route_km', 'avg_bin_fill_pct', 'driver_years', 'rain'];
const route = (x: Json = {}): Json => ({ csv: '../data/routes.csv', target: 'route_minutes', features: RT, normalize: 'standard', normalizeTarget: 'standard', ...x });
const fee = (x: Json = {}): Json => route({ target: 'gate_fee_cents', features: [...RT, 'tonnes_collected'], ...x });
const BIN = ['days_since_empty', 'households', 'bin_litres', 'air_temp_c', 'weekend'];
const fill = (x: Json = {}): Json => ({ csv: '../data/binfill.csv', target: 'fill_pct', features: BIN, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.15 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, noise: 0.05, classes: 3 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.08 };
const XOR = { builtin: 'xor', samples: 400, noise: 0.08 };
const INLINE_COMPACTOR = {
  inline: {
    x: [[10, 1], [20, 1], [30, 1], [40, 1], [10, 2], [20, 2], [30, 2], [40, 2], [10, 3], [20, 3], [30, 3], [40, 3], [15, 2], [25, 3], [35, 1], [45, 2], [50, 3], [5, 1]],
    y: [[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 0, 1], [0, 1, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1], [1, 0, 0], [0, 0, 1], [0, 1, 0], [0, 0, 1], [0, 0, 1], [1, 0, 0]],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.keras-loss-name', 'bale-material', material(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.gelu-activation', 'contamination', contam(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.nadam-optimizer', 'bunker-fire', fire(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'nadam', lr: 0.002 }, tr(40));
add('invalid-spec.batch-size-zero', 'route-minutes', route(), [d(24, 'tanh'), d(1)], 'mse', rms(0.002), tr(60, 0));
add('invalid-spec.validation-split-one', 'bin-fill', fill(), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 32, { validationSplit: 1 }));

add('data-error.na-tonnes', 'contamination-na', contam({ csv: '../data/shifts-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.na-pile-temp', 'bunker-fire-na', fire({ csv: '../data/bunker-na.csv' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('data-error.truck-id-feature', 'route-minutes', route({ features: ['truck_id', ...RT] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.target-abbreviated', 'bunker-fire', fire({ target: 'fire' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.xlsx-path', 'bale-material', material({ csv: '../data/bales.xlsx' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));

add('shape-mismatch.material-six-heads', 'bale-material', material(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.fire-two-sigmoids-bce', 'bunker-fire', fire(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.minutes-and-tonnes-three-outputs', 'route-minutes-and-tonnes', route({ target: ['route_minutes', 'tonnes_collected'], features: ['stops', 'route_km', 'avg_bin_fill_pct', 'driver_years', 'rain'] }), [d(32, 'relu'), d(3)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs-four-three-heads', 'sorting-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.material-bce-one-output', 'bale-material', material(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(50));

add('loss-activation-mismatch.sigmoid-head-standardized-contam', 'contamination', contam(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-fire', 'bunker-fire', fire(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.linear-head-cce-material', 'bale-material', material(), [d(32, 'relu'), d(5)], 'cce', nest(0.02), tr(50));
add('loss-activation-mismatch.relu-head-bce-moons', 'litter-moons', MOONS, [d(32, 'tanh'), d(1, 'relu')], 'bce', rms(0.005), tr(100));
add('loss-activation-mismatch.softmax-head-mse-route', 'route-minutes', route(), [d(32, 'elu'), d(1, 'softmax')], 'mse', mom(0.01), tr(60));

add('no-nonlinearity.circles-linear-batch-16-sgd', 'bin-ring-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(100, 16));
add('no-nonlinearity.spirals-linear-rmsprop', 'conveyor-spirals', SPIRALS3, [d(64, 'linear'), d(64, 'linear'), d(3, 'softmax')], 'cce', rms(0.003), tr(150));
add('no-nonlinearity.xor-linear-bn-nesterov', 'two-bin-parity', XOR, [d(16, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(150));
add('no-nonlinearity.sine-linear-deep-adam', 'weekly-tonnage-cycle', SINE, [d(64), d(64), d(64), d(1)], 'mse', adam(0.005), tr(150));

add('lr-out-of-range.sgd-plain-50', 'route-minutes', route(), [d(24, 'tanh'), d(1)], 'mse', sgd(50), tr(40));
add('lr-out-of-range.rmsprop-1e-10', 'bunker-fire', fire(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(1e-10), tr(40));
add('lr-out-of-range.adam-10', 'contamination', contam(), [d(32, 'relu'), d(1)], 'mse', adam(10), tr(40));
add('lr-out-of-range.nesterov-20-material', 'bale-material', material(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(20), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.constant-0.3-tanh-rmsprop-route', 'route-minutes', route(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', rms(0.002), tr(60));
add('init-symmetry.zeros-sigmoid-momentum-fill', 'bin-fill', fill(), [d(24, 'sigmoid', { init: 'zeros' }), d(24, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.05), tr(60));
add('init-symmetry.zeros-relu-bias-0.1-adam-contam', 'contamination', contam(), [d(32, 'relu', { init: 'zeros', bias: 0.1 }), d(16, 'relu', { init: 'zeros', bias: 0.1 }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.01-elu-nesterov-material', 'bale-material', material(), [d(32, 'elu', init('constant', { value: 0.01 })), d(5, 'softmax', init('constant', { value: 0.01 }))], 'cce', nest(0.02), tr(50));
add('init-symmetry.constant-0.5-leaky-moons', 'litter-moons', MOONS, [d(16, 'leaky_relu', init('constant', { value: 0.5 })), d(16, 'leaky_relu', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', adam(0.01), tr(120));

add('init-scale.normal-std-10-leaky-route', 'route-minutes', route(), [d(64, 'leaky_relu', init('normal', { std: 10 })), d(64, 'leaky_relu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', rms(0.001), tr(40));
add('init-scale.uniform-limit-10-elu-fire', 'bunker-fire', fire(), [d(48, 'elu', init('uniform', { limit: 10 })), d(48, 'elu', init('uniform', { limit: 10 })), d(1, 'sigmoid', init('uniform', { limit: 10 }))], 'bce', adam(0.001), tr(40));
add('init-scale.normal-1e-3-six-tanh-material', 'bale-material', material(), [...tower(6, 32, 'tanh', init('normal', { std: 0.001 })), d(5, 'softmax', init('normal', { std: 0.001 }))], 'cce', mom(0.01), tr(50));
add('init-scale.uniform-5e-4-relu-fill', 'bin-fill', fill(), [...tower(4, 32, 'relu', init('uniform', { limit: 0.0005 })), d(1, 'linear', init('uniform', { limit: 0.0005 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-2-sigmoid-wide-contam', 'contamination', contam(), [d(128, 'sigmoid', init('normal', { std: 2 })), d(128, 'sigmoid', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', sgd(0.01), tr(60));

add('dead-relu.bias-minus-2.5-he-uniform-fire', 'bunker-fire', fire(), [d(32, 'relu', { init: 'he_uniform', bias: -2.5 }), d(16, 'relu', { init: 'he_uniform', bias: -2.5 }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('dead-relu.adam-0.05-deep-batch-4-route', 'route-minutes', route(), [...tower(4, 32, 'relu'), d(1)], 'mse', adam(0.05), tr(30, 4));
add('dead-relu.raw-bunker-momentum', 'bunker-fire-raw', fire({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('dead-relu.momentum-0.3-batch-8-contam', 'contamination', contam(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.3), tr(30, 8));
add('dead-relu.constant-negative-bias-material', 'bale-material', material(), [d(32, 'relu', { bias: -3 }), d(5, 'softmax')], 'cce', rms(0.001), tr(50));

add('exploding-gradient.raw-fee-cents-adam', 'gate-fee-raw', fee({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(30));
add('exploding-gradient.depart-ts-feature-rmsprop', 'route-minutes-ts', route({ features: ['depart_ts', ...RT], normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(30));
add('exploding-gradient.ten-relu-normal-0.8-sgd', 'contamination', contam(), [...tower(10, 32, 'relu', init('normal', { std: 0.8 })), d(1)], 'mse', sgd(0.0005), tr(30));
add('exploding-gradient.raw-bale-linear-momentum', 'bale-material-raw', material({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', mom(0.001), tr(30));
add('exploding-gradient.raw-fill-litres-nesterov', 'bin-fill-raw', fill({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'leaky_relu'), d(1)], 'mse', nest(0.00001), tr(30));

add('vanishing-gradient.six-sigmoid-momentum-fire', 'bunker-fire', fire(), [...tower(6, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('vanishing-gradient.fifteen-tanh-std-0.1-circles-sgd', 'bin-ring-circles', CIRCLES, [...tower(15, 16, 'tanh', init('normal', { std: 0.1 })), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(100));
add('vanishing-gradient.eight-sigmoid-uniform-0.3-material', 'bale-material', material(), [...tower(8, 32, 'sigmoid', init('uniform', { limit: 0.3 })), d(5, 'softmax')], 'cce', rms(0.0005), tr(50));
add('vanishing-gradient.seven-sigmoid-sgd-batch-64-fill', 'bin-fill', fill(), [...tower(7, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60, 64));

add('nan-loss.raw-fee-cents-sgd-batch-16', 'gate-fee-raw', fee({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.001), tr(20, 16));
add('nan-loss.raw-route-features-sgd-0.05', 'route-minutes-raw', route({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(20));
add('nan-loss.momentum-0.99-lr-0.3-full-batch-route', 'route-minutes', route(), [d(32, 'relu'), d(1)], 'mse', mom(0.3, 0.99), tr(60, 700));
add('nan-loss.raw-minutes-target-rmsprop-linear', 'route-minutes-raw-target', route({ normalizeTarget: 'none' }), [d(32), d(1)], 'mse', sgd(0.02), tr(20, 8));
add('nan-loss.std-5-relu-deep-contam-momentum', 'contamination', contam(), [...tower(5, 64, 'relu', init('normal', { std: 5 })), d(1)], 'mse', mom(0.01), tr(20));

add('saturated-activation.tanh-raw-stops-route', 'route-minutes-raw', route({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-price-material-nesterov', 'bale-material-raw', material({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('saturated-activation.sigmoid-bias-minus-8-fire', 'bunker-fire', fire(), [d(24, 'sigmoid', { bias: -8 }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40));
add('saturated-activation.tanh-uniform-4-fill-momentum', 'bin-fill', fill(), [d(64, 'tanh', init('uniform', { limit: 4 })), d(1)], 'mse', mom(0.005), tr(60));
add('saturated-activation.sigmoid-raw-households-fill', 'bin-fill-raw', fill({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));

add('lr-too-high.sgd-plain-2-batch-16-route', 'route-minutes', route(), [d(32, 'tanh'), d(1)], 'mse', sgd(2), tr(40, 16));
add('lr-too-high.rmsprop-0.05-batch-4-material', 'bale-material', material(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(30, 4));
add('lr-too-high.adam-0.1-batch-1-fill', 'bin-fill', fill(), [d(16, 'elu'), d(1)], 'mse', adam(0.1), tr(5, 1));
add('lr-too-high.nesterov-0.5-contam', 'contamination', contam(), [d(32, 'tanh'), d(1)], 'mse', nest(0.5), tr(40));
add('lr-too-high.momentum-0.95-lr-0.3-batch-8-fire', 'bunker-fire', fire(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.95), tr(40, 8));
add('lr-too-high.adam-0.03-batch-2-sigmoid-contam', 'contamination', contam(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.03), tr(20, 2));

add('lr-too-low.sgd-plain-1e-5-contam', 'contamination', contam(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-5e-7-route', 'route-minutes', route(), [d(32, 'tanh'), d(1)], 'mse', adam(0.0000005), tr(60));
add('lr-too-low.rmsprop-3e-7-material', 'bale-material', material(), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.0000003), tr(50));
add('lr-too-low.nesterov-1e-5-batch-64-fill', 'bin-fill', fill(), [d(32, 'relu'), d(1)], 'mse', nest(0.00001), tr(80, 64));
add('lr-too-low.momentum-5e-6-fire', 'bunker-fire', fire(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.000005), tr(60));
add('lr-too-low.sgd-plain-1e-3-full-batch-spirals', 'conveyor-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', sgd(0.001), tr(150, 450));

add('oscillating-loss.rmsprop-0.03-full-batch-fill', 'bin-fill', fill(), [d(32, 'tanh'), d(1)], 'mse', rms(0.03), tr(120, 650));
add('oscillating-loss.momentum-0.97-lr-0.3-full-batch-linear-route', 'route-minutes', route(), [d(1)], 'mse', mom(0.3, 0.97), tr(120, 700));
add('oscillating-loss.nesterov-0.98-batch-256-contam', 'contamination', contam(), [d(32, 'tanh'), d(1)], 'mse', nest(0.1, 0.98), tr(120, 256));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-contam', 'contamination', contam(), [d(1)], 'mse', sgd(0.95), tr(100, 840));
add('oscillating-loss.adam-0.05-full-batch-elu-route', 'route-minutes', route(), [d(16, 'elu'), d(1)], 'mse', adam(0.05), tr(150, 700));
add('oscillating-loss.momentum-0.95-lr-1-full-batch-fire', 'bunker-fire', fire(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.95), tr(120, 1000));

add('loss-plateau.ambient-only-fire', 'bunker-fire', fire({ features: ['ambient_c'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.weekend-only-fill', 'bin-fill', fill({ features: ['weekend'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-1-sgd-route', 'route-minutes', route(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 1 }), tr(60));
add('loss-plateau.driver-years-only-route', 'route-minutes', route({ features: ['driver_years'] }), [d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.wire-ties-only-material', 'bale-material', material({ features: ['moisture_pct'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.dropout-0.95-contam', 'contamination', contam(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.contam-adam-relu', 'contamination', contam(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.contam-rmsprop-elu-val', 'contamination', contam(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.contam-nesterov-tanh-batch-8', 'contamination', contam(), [d(24, 'tanh'), d(1)], 'mse', nest(0.01), tr(40, 8));
add('ok.contam-linear-sgd', 'contamination', contam(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.contam-bn-momentum-batch-64', 'contamination', contam(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.01), tr(80, 64));
add('ok.contam-minmax-leaky-adam-decay', 'contamination', contam({ normalize: 'minmax' }), [d(48, 'leaky_relu'), d(1)], 'mse', adam(0.005, { weightDecay: 0.0001 }), tr(100));
add('ok.contam-sgd-batch-1', 'contamination', contam(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(8, 1));
add('ok.material-adam-relu', 'bale-material', material(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.material-momentum-tanh-batch-16', 'bale-material', material(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02), tr(50, 16));
add('ok.material-rmsprop-elu-dropout', 'bale-material', material(), [d(48, 'elu'), drop(0.25), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.material-sgd-plain-sigmoid', 'bale-material', material(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.3), tr(80, 16));
add('ok.material-minmax-clip-nesterov', 'bale-material', material({ normalize: 'minmax' }), [d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', nest(0.05, 0.9, { clipNorm: 5 }), tr(80));
add('ok.material-full-batch-adam', 'bale-material', material(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.02), tr(200, 780));
add('ok.material-bn-adam-val', 'bale-material', material(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.003), tr(50, 32, { validationSplit: 0.15 }));
add('ok.fire-adam-relu', 'bunker-fire', fire(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.fire-nesterov-elu-batch-8', 'bunker-fire', fire(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40, 8));
add('ok.fire-cce-two-classes', 'bunker-fire', fire(), [d(24, 'tanh'), d(2, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.fire-logistic-sgd', 'bunker-fire', fire(), [d(1, 'sigmoid')], 'bce', sgd(0.3), tr(60));
add('ok.fire-rmsprop-leaky-bn', 'bunker-fire', fire(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40));
add('ok.route-adam-elu', 'route-minutes', route(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.route-sgd-plain-batch-4', 'route-minutes', route(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.005), tr(30, 4));
add('ok.route-rmsprop-relu-full-batch', 'route-minutes', route(), [d(32, 'relu'), d(1)], 'mse', rms(0.005), tr(250, 700));
add('ok.route-minmax-target-momentum-clip', 'route-minutes', route({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', mom(0.02, 0.9, { clipNorm: 2 }), tr(100));
add('ok.fee-standardized-adam', 'gate-fee', fee(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.fill-adam-tanh', 'bin-fill', fill(), [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(100));
add('ok.fill-nesterov-relu-decay', 'bin-fill', fill(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0001 }), tr(100));
add('ok.fill-lecun-elu-batch-128', 'bin-fill', fill(), [d(32, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.01), tr(150, 128));
add('ok.fill-sigmoid-rmsprop', 'bin-fill', fill(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.fill-leaky-dropout-adam', 'bin-fill', fill(), [d(48, 'leaky_relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(100));
add('ok.iris-sorter-demo', 'sorter-iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 8));
add('ok.moons-litter', 'litter-moons', MOONS, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-bin-ring', 'bin-ring-circles', CIRCLES, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(200));
add('ok.blobs-sorting', 'sorting-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(60));
add('ok.sine-weekly-tonnage', 'weekly-tonnage-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-two-bin-parity', 'two-bin-parity', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200));
add('ok.spirals-conveyor', 'conveyor-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-compactor-grade', 'compactor-grade-pilot', INLINE_COMPACTOR, [d(8, 'tanh'), d(3, 'softmax')], 'cce', adam(0.02), tr(300, 6));
add('ok.material-batch-one-adam', 'bale-material', material(), [d(16, 'elu'), d(5, 'softmax')], 'cce', adam(0.0005), tr(6, 1));
add('ok.route-xavier-uniform-rmsprop-batch-64', 'route-minutes', route(), [d(32, 'tanh', { init: 'xavier_uniform' }), d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(120, 64));
add('ok.fire-sgd-momentum-val', 'bunker-fire', fire(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(60, 32, { validationSplit: 0.2 }));

// ---------------------------------------------------------------- second round (after the first observation)
add('dead-relu.bias-minus-5-adam-contam', 'contamination', contam(), [d(32, 'relu', { bias: -5 }), d(32, 'relu', { bias: -5 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.rmsprop-0.3-batch-16-fill', 'bin-fill', fill(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(40, 16));
add('exploding-gradient.raw-fill-features-elu-adam', 'bin-fill-raw', fill({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.001), tr(30));
add('exploding-gradient.raw-reading-ts-fire-rmsprop', 'bunker-fire-ts', fire({ features: ['reading_ts', ...BUN], normalize: 'none' }), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(30));
add('lr-too-high.sgd-plain-0.8-batch-8-route', 'route-minutes', route(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.8), tr(40, 8));
add('lr-too-high.rmsprop-0.1-batch-16-route', 'route-minutes', route(), [d(32, 'relu'), d(1)], 'mse', rms(0.1), tr(40, 16));
add('lr-too-high.adam-0.08-batch-4-elu-contam', 'contamination', contam(), [d(32, 'elu'), d(1)], 'mse', adam(0.08), tr(30, 4));
add('lr-too-high.nesterov-0.2-batch-8-material', 'bale-material', material(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.2), tr(40, 8));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-contam', 'contamination', contam(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 840));
add('oscillating-loss.sgd-plain-0.8-full-batch-linear-contam', 'contamination', contam(), [d(1)], 'mse', sgd(0.8), tr(100, 840));
add('oscillating-loss.nesterov-0.97-lr-0.2-full-batch-fill', 'bin-fill', fill(), [d(16, 'elu'), d(1)], 'mse', nest(0.2, 0.97), tr(150, 650));
add('ok.route-leaky-nesterov-batch-16', 'route-minutes', route(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.fill-tanh-momentum-full-batch', 'bin-fill', fill(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1), tr(300, 650));
add('ok.contam-xavier-normal-sigmoid-adam', 'contamination', contam(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.01), tr(100));

// ---------------------------------------------------------------- third round (oscillation candidates after the second observation)
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-route', 'route-minutes', route(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 700));
add('oscillating-loss.momentum-0.99-lr-0.02-full-batch-fill', 'bin-fill', fill(), [d(32, 'tanh'), d(1)], 'mse', mom(0.02, 0.99), tr(150, 650));
add('oscillating-loss.sgd-plain-0.9-full-batch-linear-contam', 'contamination', contam(), [d(1)], 'mse', sgd(0.9), tr(100, 840));
add('oscillating-loss.nesterov-0.99-lr-0.03-full-batch-material', 'bale-material', material(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.03, 0.99), tr(150, 780));
add('oscillating-loss.momentum-0.98-lr-0.1-batch-128-fill', 'bin-fill', fill(), [d(32, 'elu'), d(1)], 'mse', mom(0.1, 0.98), tr(120, 128));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
