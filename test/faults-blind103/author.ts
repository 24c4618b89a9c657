/**
 * Writes every candidate spec of blind fault set 103 (marinas, harbours and boat yards) into candidates/:
 * `npx tsx test/faults-blind103/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 103, data, layers, loss, optimizer, training, ...extra };
}

const BER = ['weekday', 'air_temp_c', 'wind_kn', 'rain_mm', 'regatta', 'berths_total', 'berths_booked'];
const berths = (x: Json = {}): Json => ({ csv: '../data/berths.csv', target: 'berths_occupied', features: BER, normalize: 'standard', normalizeTarget: 'standard', ...x });
const HUL = ['age_years', 'length_m', 'steel_hull', 'months_since_antifoul', 'moisture_pct', 'grounding_reports'];
const hulls = (x: Json = {}): Json => ({ csv: '../data/hulls.csv', target: 'hull_breach', features: HUL, normalize: 'standard', ...x });
const VES = ['length_m', 'beam_m', 'draft_m', 'displacement_kg', 'mast_height_m', 'engine_kw', 'crew'];
const vessels = (x: Json = {}): Json => ({ csv: '../data/vessels.csv', target: 'vessel_type', features: VES, normalize: 'standard', ...x });
const FUE = ['weekend', 'tide_height_m', 'wind_kn', 'air_temp_c', 'boats_out', 'price_cents_per_l'];
const fuel = (x: Json = {}): Json => ({ csv: '../data/fuel.csv', target: 'fuel_litres', features: FUE, normalize: 'standard', normalizeTarget: 'standard', ...x });
const REP = ['length_ft', 'boat_age_years', 'labour_hours', 'parts_count', 'haul_out', 'engine_job'];
const repairs = (x: Json = {}): Json => ({ csv: '../data/repairs.csv', target: 'bill_eur', features: REP, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS3 = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.1 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.1 };
const INLINE_SLIPWAY = {
  inline: {
    x: [[6, 1.2], [8, 1.5], [10, 2.1], [12, 2.8], [14, 3.5], [9, 1.9], [11, 2.2], [7, 1.1], [13, 3.3], [15, 4.0], [10, 1.7], [12, 3.1], [8, 1.8], [14, 2.9]],
    y: [0.9, 1.4, 2.3, 3.4, 4.8, 1.9, 2.7, 1.0, 4.2, 5.9, 2.0, 3.9, 1.6, 4.1],
  },
  normalize: 'standard',
  normalizeTarget: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.gelu-activation', 'berth-occupancy', berths(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.sparse-cce-loss-name', 'vessel-type', vessels(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(60));
add('invalid-spec.adamw-optimizer', 'repair-bill', repairs(), [d(32, 'elu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.units-zero', 'hull-breach', hulls(), [d(0, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('invalid-spec.validation-split-20', 'fuel-litres', fuel(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60, 32, { validationSplit: 20 }));

add('data-error.na-anemometer-wind', 'berth-occupancy-anemometer', berths({ csv: '../data/berths-anemometer-na.csv' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.blank-tide-cells', 'fuel-litres', fuel({ csv: '../data/fuel-blank-tide.csv' }), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.hull-id-feature', 'hull-breach', hulls({ features: ['hull_id', ...HUL] }), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.target-typo-occupied', 'berth-occupancy', berths({ target: 'berths_ocupied' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.csv-path-missing-parent', 'fuel-litres', fuel({ csv: 'data/fuel.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.marina-code-feature', 'berth-occupancy', berths({ features: ['marina_code', ...BER] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.vessels-six-heads', 'vessel-type', vessels(), [d(32, 'relu'), d(6, 'softmax')], 'cce', rms(0.002), tr(60));
add('shape-mismatch.iris-four-heads', 'harbour-iris-demo', { builtin: 'iris' }, [d(16, 'tanh'), d(4, 'softmax')], 'cce', adam(0.01), tr(80, 16));
add('shape-mismatch.hull-bce-two-sigmoid', 'hull-breach', hulls(), [d(24, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('shape-mismatch.blobs-four-head-three', 'mooring-zones', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.02), tr(60));
add('shape-mismatch.fuel-three-outputs', 'fuel-litres', fuel(), [d(32, 'relu'), d(3)], 'mse', adam(0.003), tr(60));

add('loss-activation-mismatch.linear-head-cce-vessels', 'vessel-type', vessels(), [d(32, 'relu'), d(5)], 'cce', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-hulls', 'hull-breach', hulls(), [d(24, 'relu'), d(1, 'tanh')], 'bce', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-head-standard-berths', 'berth-occupancy', berths(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-one-unit-mse-fuel', 'fuel-litres', fuel(), [d(32, 'tanh'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-skewed-repairs', 'repair-bill', repairs(), [d(32, 'elu'), d(1, 'relu', { bias: -1 })], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.xor-linear-momentum', 'channel-buoy-parity', XOR, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('no-nonlinearity.circles-linear-batchnorm', 'harbour-basin-circles', CIRCLES, [d(32, 'linear', { batchNorm: true }), d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('no-nonlinearity.spirals3-linear-adam', 'breakwater-spirals', SPIRALS3, [d(64), d(64), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('no-nonlinearity.moons-linear-nesterov-batch-8', 'pontoon-moons', MOONS, [d(24, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100, 8));

add('lr-out-of-range.sgd-zero', 'hull-breach', hulls(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0), tr(60));
add('lr-out-of-range.rmsprop-1e-10', 'vessel-type', vessels(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(1e-10), tr(60));
add('lr-out-of-range.momentum-25', 'berth-occupancy', berths(), [d(32, 'elu'), d(1)], 'mse', mom(25), tr(40));
add('lr-out-of-range.adam-1e-11', 'repair-bill', repairs(), [d(32, 'relu'), d(1)], 'mse', adam(1e-11), tr(60));
add('lr-out-of-range.adam-40-hulls', 'hull-breach', hulls(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(40), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-moons-adam', 'pontoon-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(120));
add('init-symmetry.constant-1-leaky-vessels', 'vessel-type', vessels(), [d(32, 'leaky_relu', init('constant', { value: 1 })), d(5, 'softmax', init('constant', { value: 1 }))], 'cce', adam(0.003), tr(60));
add('init-symmetry.zeros-elu-deep-hulls', 'hull-breach', hulls(), [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.02), tr(60));
add('init-symmetry.constant-0.05-tanh-circles', 'harbour-basin-circles', CIRCLES, [d(16, 'tanh', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', rms(0.01), tr(150));
add('init-symmetry.constant-0.3-relu-sine', 'tide-cycle-sine', SINE, [d(32, 'relu', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', adam(0.005), tr(150));

add('init-scale.normal-std-10-sigmoid-hulls', 'hull-breach', hulls(), [d(32, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.003), tr(60));
add('init-scale.uniform-limit-10-tanh-fuel', 'fuel-litres', fuel(), [d(64, 'tanh', init('uniform', { limit: 10 })), d(1, 'linear', init('uniform', { limit: 10 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-std-8-elu-repairs', 'repair-bill', repairs(), [d(64, 'elu', init('normal', { std: 8 })), d(64, 'elu', init('normal', { std: 8 })), d(1, 'linear', init('normal', { std: 8 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-1e-5-deep-tanh-vessels', 'vessel-type', vessels(), [...tower(6, 32, 'tanh', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', adam(0.001), tr(60));
add('init-scale.uniform-limit-3-leaky-berths', 'berth-occupancy', berths(), [d(128, 'leaky_relu', init('uniform', { limit: 3 })), d(128, 'leaky_relu', init('uniform', { limit: 3 })), d(1, 'linear', init('uniform', { limit: 3 }))], 'mse', mom(0.001), tr(40));

add('dead-relu.bias-minus-2-xavier-berths', 'berth-occupancy', berths(), [d(32, 'relu', { init: 'xavier_uniform', bias: -2 }), d(32, 'relu', { init: 'xavier_uniform', bias: -2 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.sgd-plain-2-vessels-batch-8', 'vessel-type', vessels(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(2), tr(40, 8));
add('dead-relu.he-uniform-bias-minus-5-hulls', 'hull-breach', hulls(), [d(24, 'relu', { init: 'he_uniform', bias: -5 }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(60));
add('dead-relu.rmsprop-0.2-deep-fuel', 'fuel-litres', fuel(), [...tower(4, 32, 'relu'), d(1)], 'mse', rms(0.2), tr(40));
add('dead-relu.nesterov-0.5-batch-4-repairs', 'repair-bill', repairs(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.5), tr(20, 4));

add('exploding-gradient.registered-ts-feature-nesterov', 'hull-breach-ts', hulls({ features: ['registered_ts', ...HUL], normalize: 'none' }), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.001), tr(30));
add('exploding-gradient.raw-mooring-fee-rmsprop', 'repair-bill-fees', repairs({ features: ['mooring_fee_cents', ...REP], normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(30));
add('exploding-gradient.raw-fuel-target-adam', 'fuel-litres-raw-target', fuel({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.deep-elu-normal-0.4-berths', 'berth-occupancy', berths(), [...tower(8, 64, 'elu', init('normal', { std: 0.4 })), d(1)], 'mse', mom(0.0005), tr(30));
add('exploding-gradient.raw-displacement-sgd-batch-16', 'vessel-type-raw', vessels({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.01), tr(30, 16));

add('vanishing-gradient.eight-sigmoid-momentum-vessels', 'vessel-type', vessels(), [...tower(8, 24, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(60));
add('vanishing-gradient.ten-sigmoid-rmsprop-circles', 'harbour-basin-circles', CIRCLES, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));
add('vanishing-gradient.tanh-normal-0.02-berths', 'berth-occupancy', berths(), [...tower(7, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.sigmoid-xavier-normal-fuel-sgd', 'fuel-litres', fuel(), [...tower(9, 32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', sgd(0.05), tr(60));

add('nan-loss.raw-bill-target-sgd', 'repair-bill-raw-target', repairs({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.momentum-lr-1-berths', 'berth-occupancy', berths(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(1.0), tr(30));
add('nan-loss.raw-fees-sgd-0.05', 'repair-bill-fees', repairs({ features: ['mooring_fee_cents', ...REP], normalize: 'none' }), [d(16, 'elu'), d(1)], 'mse', sgd(0.05), tr(20));
add('nan-loss.raw-litres-batch-1-nesterov', 'fuel-litres-raw', fuel({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.001), tr(5, 1));
add('nan-loss.adam-0.5-linear-batch-2-repairs', 'repair-bill', repairs(), [d(32), d(1)], 'mse', adam(0.5), tr(20, 2));

add('saturated-activation.sigmoid-raw-displacement', 'vessel-type-raw', vessels({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-mooring-fee', 'repair-bill-fees', repairs({ features: ['mooring_fee_cents', 'length_ft', 'labour_hours'], normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-8-hulls', 'hull-breach', hulls(), [d(24, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', mom(0.02), tr(60));
add('saturated-activation.tanh-raw-fuel-features', 'fuel-litres-raw-features', fuel({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(60, 16));
add('saturated-activation.tanh-bias-minus-5-berths', 'berth-occupancy', berths(), [d(32, 'tanh', { bias: -5 }), d(16, 'tanh', { bias: -5 }), d(1)], 'mse', sgd(0.05), tr(60));

add('lr-too-high.sgd-plain-2-tanh-berths-batch-16', 'berth-occupancy', berths(), [d(32, 'tanh'), d(1)], 'mse', sgd(2), tr(40, 16));
add('lr-too-high.adam-0.1-vessels-batch-4', 'vessel-type', vessels(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.1), tr(30, 4));
add('lr-too-high.rmsprop-0.3-fuel', 'fuel-litres', fuel(), [d(32, 'elu'), d(1)], 'mse', rms(0.3), tr(40));
add('lr-too-high.nesterov-0.5-hulls', 'hull-breach', hulls(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.5), tr(40));
add('lr-too-high.momentum-0.95-lr-0.1-repairs-batch-8', 'repair-bill', repairs(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.1, 0.95), tr(30, 8));
add('lr-too-high.adam-0.15-elu-hulls-batch-16', 'hull-breach', hulls(), [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.15), tr(40, 16));
add('lr-too-high.sgd-plain-1-fuel-batch-4', 'fuel-litres', fuel(), [d(32, 'tanh'), d(1)], 'mse', sgd(1), tr(30, 4));

add('lr-too-low.adam-1e-6-berths', 'berth-occupancy', berths(), [d(32, 'relu'), d(1)], 'mse', adam(0.000001), tr(60));
add('lr-too-low.sgd-plain-1e-4-batch-64-vessels', 'vessel-type', vessels(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.0001), tr(60, 64));
add('lr-too-low.rmsprop-5e-7-fuel', 'fuel-litres', fuel(), [d(32, 'elu'), d(1)], 'mse', rms(0.0000005), tr(60));
add('lr-too-low.momentum-1e-4-full-batch-hulls', 'hull-breach', hulls(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.0001), tr(100, 880));
add('lr-too-low.nesterov-2e-6-repairs', 'repair-bill', repairs(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.000002), tr(60));

add('oscillating-loss.momentum-0.98-full-batch-fuel', 'fuel-litres', fuel(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.98), tr(150, 620));
add('oscillating-loss.rmsprop-0.02-full-batch-berths', 'berth-occupancy', berths(), [d(32, 'relu'), d(1)], 'mse', rms(0.02), tr(150, 840));
add('oscillating-loss.adam-0.5-linear-full-batch-repairs', 'repair-bill', repairs(), [d(16), d(1)], 'mse', adam(0.5), tr(150, 720));
add('oscillating-loss.sgd-plain-1.8-full-batch-hulls', 'hull-breach', hulls(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(1.8), tr(150, 880));
add('oscillating-loss.nesterov-0.3-batch-64-vessels', 'vessel-type', vessels(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.3, 0.95), tr(80, 64));
add('oscillating-loss.momentum-0.99-full-batch-vessels', 'vessel-type', vessels(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.1, 0.99), tr(150, 660));
add('oscillating-loss.adam-1-full-batch-fuel', 'fuel-litres', fuel(), [d(32, 'relu'), d(1)], 'mse', adam(1), tr(150, 620));
add('oscillating-loss.momentum-0.97-lr-0.3-full-batch-berths', 'berth-occupancy', berths(), [d(16), d(1)], 'mse', mom(0.3, 0.97), tr(150, 840));

add('loss-plateau.price-only-fuel', 'fuel-litres-by-price', fuel({ features: ['price_cents_per_l'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.crew-only-vessels', 'vessel-type-by-crew', vessels({ features: ['crew'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('loss-plateau.weight-decay-2-momentum-berths', 'berth-occupancy', berths(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 2 }), tr(60));
add('loss-plateau.dropout-0.85-twice-repairs', 'repair-bill', repairs(), [d(32, 'relu'), drop(0.85), d(32, 'relu'), drop(0.85), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.job-no-only-repairs', 'repair-bill-by-job', repairs({ features: ['job_no'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.steel-only-hulls', 'hull-breach-by-material', hulls({ features: ['steel_hull'] }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.berths-adam-relu', 'berth-occupancy', berths(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.berths-rmsprop-tanh', 'berth-occupancy', berths(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.berths-nesterov-elu-batch-16', 'berth-occupancy', berths(), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(80, 16));
add('ok.berths-minmax-leaky-clip', 'berth-occupancy', berths({ normalize: 'minmax' }), [d(48, 'leaky_relu'), d(1)], 'mse', adam(0.005, { clipNorm: 1 }), tr(100));
add('ok.berths-linear-model', 'berth-occupancy', berths(), [d(1)], 'mse', sgd(0.02), tr(80));
add('ok.berths-batchnorm-relu-val', 'berth-occupancy', berths(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(80, 32, { validationSplit: 0.2 }));
add('ok.berths-adam-batch-1', 'berth-occupancy', berths(), [d(16, 'elu'), d(1)], 'mse', adam(0.0005), tr(8, 1));
add('ok.hulls-adam-relu', 'hull-breach', hulls(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));
add('ok.hulls-rmsprop-tanh-dropout', 'hull-breach', hulls(), [d(32, 'tanh'), drop(0.15), d(1, 'sigmoid')], 'bce', rms(0.002), tr(80));
add('ok.hulls-momentum-elu-decay', 'hull-breach', hulls(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.03, 0.9, { weightDecay: 0.0005 }), tr(80));
add('ok.hulls-cce-two-classes-sgd', 'hull-breach', hulls(), [d(16, 'tanh'), d(2, 'softmax')], 'cce', sgd(0.2), tr(80, 16));
add('ok.hulls-minmax-sigmoid-adam', 'hull-breach', hulls({ normalize: 'minmax' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.hulls-nesterov-full-batch', 'hull-breach', hulls(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.3), tr(200, 880));
add('ok.hulls-linear-logistic', 'hull-breach', hulls(), [d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.vessels-adam-relu', 'vessel-type', vessels(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('ok.vessels-rmsprop-elu-val', 'vessel-type', vessels(), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.vessels-momentum-tanh-batch-8', 'vessel-type', vessels(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', mom(0.01), tr(60, 8));
add('ok.vessels-minmax-leaky-dropout', 'vessel-type', vessels({ normalize: 'minmax' }), [d(48, 'leaky_relu'), drop(0.2), d(5, 'softmax')], 'cce', adam(0.005), tr(100));
add('ok.vessels-batchnorm-sgd', 'vessel-type', vessels(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', sgd(0.1), tr(80));
add('ok.vessels-xavier-sigmoid-adam', 'vessel-type', vessels(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', adam(0.01), tr(100));
add('ok.fuel-adam-elu', 'fuel-litres', fuel(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.fuel-rmsprop-relu-clip', 'fuel-litres', fuel(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { clipNorm: 2 }), tr(80));
add('ok.fuel-sgd-plain-tanh', 'fuel-litres', fuel(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.05), tr(100));
add('ok.fuel-minmax-target-adam', 'fuel-litres', fuel({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(120));
add('ok.fuel-lecun-leaky-batch-128', 'fuel-litres', fuel(), [d(32, 'leaky_relu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.01), tr(150, 128));
add('ok.fuel-nesterov-relu-decay', 'fuel-litres', fuel(), [d(48, 'relu'), d(1)], 'mse', nest(0.02, 0.9, { weightDecay: 0.0001 }), tr(100));
add('ok.repairs-adam-relu', 'repair-bill', repairs(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.repairs-rmsprop-elu-dropout', 'repair-bill', repairs(), [d(48, 'elu'), drop(0.1), d(1)], 'mse', rms(0.001), tr(80));
add('ok.repairs-momentum-tanh-clip', 'repair-bill', repairs(), [d(32, 'tanh', { init: 'xavier_uniform' }), d(1)], 'mse', mom(0.02, 0.9, { clipNorm: 2 }), tr(100));
add('ok.repairs-he-uniform-deep', 'repair-bill', repairs(), [d(64, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.002), tr(80));
add('ok.repairs-rmsprop-full-batch', 'repair-bill', repairs(), [d(32, 'elu'), d(1)], 'mse', rms(0.005), tr(250, 720));
add('ok.repairs-sgd-batch-4', 'repair-bill', repairs(), [d(24, 'relu'), d(1)], 'mse', sgd(0.005), tr(30, 4));
add('ok.iris-harbour-demo', 'harbour-iris-demo', { builtin: 'iris' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(120, 8));
add('ok.moons-pontoon', 'pontoon-moons', MOONS, [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-harbour-basin', 'harbour-basin-circles', CIRCLES, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.blobs-mooring-zones', 'mooring-zones', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', nest(0.02), tr(60));
add('ok.sine-tide-cycle', 'tide-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-channel-buoy', 'channel-buoy-parity', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.spirals3-breakwater', 'breakwater-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-slipway-winch', 'slipway-winch-pilot', INLINE_SLIPWAY, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 14));
add('ok.hulls-xavier-uniform-rmsprop-batch-8', 'hull-breach', hulls(), [d(16, 'relu', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60, 8));
add('ok.berths-sigmoid-hidden-momentum', 'berth-occupancy', berths(), [d(24, 'sigmoid'), d(1)], 'mse', mom(0.05), tr(100));
add('ok.fuel-adam-full-batch', 'fuel-litres', fuel(), [d(32, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 620));
add('ok.vessels-adam-decay-batch-256', 'vessel-type', vessels(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.01, { weightDecay: 0.0001 }), tr(150, 256));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
