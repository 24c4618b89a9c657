/**
 * Writes every candidate spec of blind fault set 169 (plumbers and heating engineers) into
 * candidates/: `npx tsx test/faults-blind169/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 169, data, layers, loss, optimizer, training, ...extra };
}

const CO = ['hour', 'rush', 'distance_km', 'pressure_bar', 'boiler_age_y', 'radiators'];
const co = (x: Json = {}): Json => ({ csv: '../data/callout.csv', target: 'callout_min', features: CO, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FT = ['pressure_bar', 'flue_temp_c', 'ignition_attempts', 'pump_noise_db', 'boiler_age_y', 'wet_floor'];
const ft = (x: Json = {}): Json => ({ csv: '../data/fault.csv', target: 'fault_type', features: FT, normalize: 'standard', ...x });
const FL = ['pipe_mm', 'mains_psi', 'frost_days', 'hours_unattended', 'pipe_age_y', 'stopcock_known'];
const fl = (x: Json = {}): Json => ({ csv: '../data/flood.csv', target: 'flood_damage', features: FL, normalize: 'standard', ...x });
const IV = ['labour_h', 'parts_gbp', 'pipe_in', 'emergency', 'miles'];
const iv = (x: Json = {}): Json => ({ csv: '../data/invoice.csv', target: 'total_gbp', features: IV, normalize: 'standard', normalizeTarget: 'standard', ...x });
const HU = ['boiler_kw', 'radiators', 'outdoor_c', 'flow_temp_c', 'floor_m2', 'insulation_band'];
const hu = (x: Json = {}): Json => ({ csv: '../data/heatup.csv', target: 'heatup_min', features: HU, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// An apprentice's notebook: radiator count and flow temperature (C) -> house reached 21 C within the hour (1) or not (0).
const INLINE_RADS = {
  inline: {
    x: [[4, 70], [6, 70], [8, 70], [10, 70], [12, 70], [14, 70], [4, 55], [6, 55], [8, 55], [10, 55], [12, 55], [14, 55], [5, 62], [7, 62], [9, 62], [11, 62], [13, 62], [15, 62], [4, 48], [8, 48], [12, 48], [6, 78], [10, 78], [14, 78]],
    y: [1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'callout-minutes', co(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(40));
add('invalid-spec.gelu-activation', 'fault-type', ft(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.mae-loss-invoice', 'invoice-gbp', iv(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(40));
add('invalid-spec.dropout-rate-1', 'flood-damage', fl(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.lstm-layer', 'heatup-minutes', hu(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-pressure-bar', 'callout-minutes-na', co({ csv: '../data/callout-na.csv' }), [d(24, 'tanh'), d(1)], 'mse', nest(0.01), tr(40));
add('data-error.engineer-id-feature', 'heatup-minutes', hu({ features: ['engineer_id', ...HU] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.booked-at-feature', 'callout-minutes', co({ features: ['booked_at', ...CO] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(40));
add('data-error.target-fault-typo', 'fault-type', ft({ target: 'fault' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.05), tr(40));
add('data-error.property-text-feature', 'flood-damage', fl({ features: ['property', ...FL] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.heatup-tsv-name', 'heatup-minutes', hu({ csv: '../data/heatup.tsv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('shape-mismatch.fault-three-heads', 'fault-type', ft(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.heatup-min-and-hours-one-output', 'heatup-minutes', hu({ target: ['heatup_min', 'heatup_h'] }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(40));
add('shape-mismatch.blobs4-three-heads', 'depot-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.02), tr(50));
add('shape-mismatch.iris-five-heads', 'iris-demo', IRIS, [d(16, 'elu'), d(5, 'softmax')], 'cce', rms(0.005), tr(60, 8));
add('shape-mismatch.flood-two-sigmoid-heads', 'flood-damage', fl(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.flood-tanh-head-bce', 'flood-damage', fl(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.heatup-relu-head-standardized', 'heatup-minutes', hu(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.fault-sigmoid-heads-cce', 'fault-type', ft(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(40));
add('loss-activation-mismatch.callout-softmax-one-unit-mse', 'callout-minutes', co(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(40));
add('loss-activation-mismatch.rads-linear-head-bce', 'radiator-notebook', INLINE_RADS, [d(8, 'tanh'), d(1)], 'bce', sgd(0.1), tr(150, 4));

add('no-nonlinearity.circles-four-linear-adam', 'manifold-circles', CIRCLES, [d(32), d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.spirals-linear-rmsprop-dropout', 'coil-spirals', SPIRALS, [d(64, 'linear'), drop(0.1), d(64, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(120));
add('no-nonlinearity.xor-linear-nesterov-batch-4', 'two-valve-xor', XOR, [d(16), d(1, 'sigmoid')], 'bce', nest(0.02), tr(80, 4));
add('no-nonlinearity.moons-linear-sgd-full-batch', 'district-moons', MOONS, [d(32, 'linear', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(300, 300));

add('lr-out-of-range.adam-lr-10-fault', 'fault-type', ft(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(30));
add('lr-out-of-range.momentum-1e-8-heatup', 'heatup-minutes', hu(), [d(32, 'tanh'), d(1)], 'mse', mom(0.00000001), tr(40));
add('lr-out-of-range.rmsprop-lr-25-callout', 'callout-minutes', co(), [d(32, 'elu'), d(1)], 'mse', rms(25), tr(20));
add('lr-out-of-range.nesterov-negative-flood', 'flood-damage', fl(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(-0.01), tr(30));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.constant-0.5-tanh-moons', 'district-moons', MOONS, [d(32, 'tanh', init('constant', { value: 0.5 })), d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', adam(0.005), tr(100));
add('init-symmetry.zeros-relu-sgd-fault', 'fault-type', ft(), [d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', mom(0.05), tr(40));
add('init-symmetry.zeros-sigmoid-rmsprop-circles', 'manifold-circles', CIRCLES, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.005), tr(100));
add('init-symmetry.constant-0.2-elu-spirals', 'coil-spirals', SPIRALS, [d(64, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', adam(0.005), tr(150));
add('init-symmetry.zeros-tanh-nesterov-xor', 'two-valve-xor', XOR, [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.05), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-fault', 'fault-type', ft(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.002), tr(40));
add('init-scale.uniform-20-tanh-heatup', 'heatup-minutes', hu(), [d(48, 'tanh', init('uniform', { limit: 20 })), d(48, 'tanh', init('uniform', { limit: 20 })), d(1, 'linear', init('uniform', { limit: 20 }))], 'mse', nest(0.005), tr(40));
add('init-scale.normal-1e-5-four-relu-callout', 'callout-minutes', co(), [...tower(4, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', sgd(0.05), tr(40));
add('init-scale.normal-std-4-elu-invoice', 'invoice-gbp', iv(), [...tower(3, 64, 'elu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(40));

add('dead-relu.bias-minus-4-single-heatup', 'heatup-minutes', hu(), [d(128, 'relu', { bias: -4 }), d(1)], 'mse', nest(0.01), tr(40));
add('dead-relu.bias-minus-20-three-layer-fault', 'fault-type', ft(), [...tower(3, 32, 'relu', { bias: -20 }), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('dead-relu.adam-0.5-batch-4-callout', 'callout-minutes', co(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(10, 4));
add('dead-relu.sgd-plain-1.5-invoice', 'invoice-gbp', iv(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(1.5), tr(30, 16));
add('dead-relu.bias-minus-6-moons-lecun', 'district-moons', MOONS, [d(32, 'relu', { bias: -6, init: 'lecun_normal' }), d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));

add('exploding-gradient.raw-invoice-pounds-adam', 'invoice-gbp-raw-target', iv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(40));
add('exploding-gradient.raw-heatup-minutes-rmsprop-batch-4', 'heatup-minutes-raw-target', hu({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(10, 4));
add('exploding-gradient.raw-flood-features-momentum', 'flood-damage-raw', fl({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.eight-relu-std-0.4-heatup', 'heatup-minutes', hu(), [...tower(8, 32, 'relu', init('normal', { std: 0.4 })), d(1)], 'mse', sgd(0.00005), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-xavier-callout', 'callout-minutes', co(), [...tower(8, 32, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', sgd(0.05), tr(40));
add('vanishing-gradient.six-sigmoid-lecun-rmsprop-moons', 'district-moons', MOONS, [...tower(6, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(100));
add('vanishing-gradient.ten-tanh-std-0.02-adam-fault', 'fault-type', ft(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(5, 'softmax')], 'cce', adam(0.001), tr(40));
add('vanishing-gradient.seven-sigmoid-momentum-heatup', 'heatup-minutes', hu(), [...tower(7, 48, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(40));
add('vanishing-gradient.five-sigmoid-nesterov-circles', 'manifold-circles', CIRCLES, [...tower(5, 16, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100, 16));

add('nan-loss.sgd-2-batch-1-heatup', 'heatup-minutes', hu(), [d(16, 'tanh'), d(1)], 'mse', sgd(2), tr(3, 1));
add('nan-loss.raw-invoice-nesterov-full-batch', 'invoice-gbp-raw', iv({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(20, 880));
add('nan-loss.rmsprop-8-batch-2-callout', 'callout-minutes', co(), [d(32, 'elu'), d(1)], 'mse', rms(8), tr(3, 2));
add('nan-loss.constant-1.5-deep-linear-heatup', 'heatup-minutes', hu(), [...tower(5, 64, 'leaky_relu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.momentum-0.95-lr-2-sine', 'tariff-sine', SINE, [d(32, 'elu'), d(1)], 'mse', mom(2, 0.95), tr(20, 8));

add('saturated-activation.sigmoid-raw-flood-features', 'flood-damage-raw', fl({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-parts-invoice', 'invoice-gbp-raw-features', iv({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(40));
add('saturated-activation.tanh-bias-minus-8-fault', 'fault-type', ft(), [d(32, 'tanh', { bias: -8 }), d(32, 'tanh', { bias: -8 }), d(5, 'softmax')], 'cce', nest(0.01), tr(40));
add('saturated-activation.sigmoid-raw-floor-m2-heatup', 'heatup-minutes-raw-features', hu({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(40));
add('saturated-activation.sigmoid-bias-7-callout', 'callout-minutes', co(), [d(32, 'sigmoid', { bias: 7 }), d(1)], 'mse', mom(0.02), tr(40));

// ---------------------------------------------------------------- training faults
add('lr-too-high.sgd-0.8-batch-4-tanh-callout', 'callout-minutes', co(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.8), tr(10, 4));
add('lr-too-high.rmsprop-0.05-batch-1-fault', 'fault-type', ft(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(5, 1));
add('lr-too-high.adam-0.1-batch-2-heatup', 'heatup-minutes', hu(), [d(32, 'elu'), d(1)], 'mse', adam(0.1), tr(6, 2));
add('lr-too-high.nesterov-0.6-invoice', 'invoice-gbp', iv(), [d(32, 'tanh'), d(1)], 'mse', nest(0.6), tr(40, 16));
add('lr-too-high.adam-0.3-iris-batch-8', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.3), tr(40, 8));
add('lr-too-high.rmsprop-0.1-batch-3-flood', 'flood-damage', fl(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.1), tr(8, 3));

add('lr-too-low.adam-3e-6-fault', 'fault-type', ft(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000003), tr(40));
add('lr-too-low.sgd-1e-5-batch-64-heatup', 'heatup-minutes', hu(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(60, 64));
add('lr-too-low.rmsprop-1e-6-callout', 'callout-minutes', co(), [d(32, 'relu'), d(1)], 'mse', rms(0.000001), tr(40));
add('lr-too-low.nesterov-1e-5-spirals', 'coil-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(100));
add('lr-too-low.momentum-2e-6-invoice-batch-8', 'invoice-gbp', iv(), [d(32, 'elu'), d(1)], 'mse', mom(0.000002), tr(20, 8));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-callout', 'callout-minutes', co(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 960));
add('oscillating-loss.nesterov-0.995-lr-0.02-full-batch-linear-heatup', 'heatup-minutes', hu(), [d(1)], 'mse', nest(0.02, 0.995), tr(200, 900));
add('oscillating-loss.adam-0.08-full-batch-km-and-miles-callout', 'callout-minutes', co({ features: ['distance_km', 'distance_mi', 'pressure_bar', 'pressure_psi', 'boiler_age_y', 'radiators'] }), [d(1)], 'mse', adam(0.08), tr(150, 960));
add('oscillating-loss.rmsprop-0.02-full-batch-linear-heatup', 'heatup-minutes', hu(), [d(1)], 'mse', rms(0.02), tr(150, 900));
add('oscillating-loss.momentum-0.97-lr-0.3-batch-440-linear-invoice', 'invoice-gbp', iv(), [d(1)], 'mse', mom(0.3, 0.97), tr(150, 440));
add('oscillating-loss.adam-0.05-batch-2-tanh-raw-heatup', 'heatup-minutes-raw-target', hu({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', adam(0.05), tr(12, 2));
add('oscillating-loss.rmsprop-0.03-batch-4-callout', 'callout-minutes', co(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(15, 4));
add('oscillating-loss.sgd-plain-0.3-full-batch-mm-and-inches-flood', 'flood-damage', fl({ features: ['pipe_mm', 'mains_psi', 'frost_days', 'hours_unattended', 'pipe_age_y', 'stopcock_known'] }), [d(1, 'sigmoid')], 'bce', mom(3, 0.95), tr(150, 1200));
add('oscillating-loss.deep-tanh-adam-0.03-batch-2-callout', 'callout-minutes', co(), [...tower(4, 32, 'tanh'), d(1)], 'mse', adam(0.03), tr(10, 2));

add('loss-plateau.van-number-only-fault', 'fault-type', ft({ features: ['van_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.property-ref-only-flood', 'flood-damage', fl({ features: ['property_ref', 'reported_epoch'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.weight-decay-2-rmsprop-heatup', 'heatup-minutes', hu(), [d(32, 'elu'), d(1)], 'mse', rms(0.002, { weightDecay: 2 }), tr(40));
add('loss-plateau.clipnorm-1e-5-nesterov-callout', 'callout-minutes', co(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 0.00001 }), tr(40));
add('loss-plateau.dropout-0.95-invoice', 'invoice-gbp', iv(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(40));
add('oscillating-loss.momentum-0.99-lr-0.03-full-batch-linear-invoice', 'invoice-gbp', iv(), [d(1)], 'mse', mom(0.03, 0.99), tr(150, 880));
add('oscillating-loss.nesterov-0.99-lr-0.1-batch-480-linear-callout', 'callout-minutes', co(), [d(1)], 'mse', nest(0.1, 0.99), tr(120, 480));
add('oscillating-loss.adam-0.05-batch-1-deep-tanh-heatup', 'heatup-minutes', hu(), [...tower(3, 32, 'tanh'), d(1)], 'mse', adam(0.05), tr(8, 1));
add('oscillating-loss.rmsprop-0.1-batch-2-tanh-fault', 'fault-type', ft(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.1), tr(8, 2));

// ---------------------------------------------------------------- healthy
add('ok.callout-adam-relu', 'callout-minutes', co(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('ok.callout-rmsprop-batch-2-tanh', 'callout-minutes', co(), [d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(8, 2));
add('ok.callout-miles-psi-nesterov-elu', 'callout-minutes', co({ features: ['hour', 'rush', 'distance_mi', 'pressure_psi', 'boiler_age_y', 'radiators'] }), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(50, 16));
add('ok.callout-deep-tanh-xavier-adam', 'callout-minutes', co(), [...tower(4, 32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.002), tr(50));
add('ok.callout-minmax-sgd-leaky-batch-1', 'callout-minutes', co({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(6, 1));
add('ok.callout-linear-momentum-full-batch', 'callout-minutes', co(), [d(1)], 'mse', mom(0.05), tr(200, 960));
add('ok.callout-adam-batch-1-0.003', 'callout-minutes', co(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(5, 1));
add('ok.fault-adam-relu-dropout', 'fault-type', ft(), [d(64, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.fault-rmsprop-tanh-val', 'fault-type', ft(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(40, 32, { validationSplit: 0.2 }));
add('ok.fault-deep-sigmoid-adam', 'fault-type', ft(), [...tower(3, 32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.fault-psi-sgd-plain-elu-bn', 'fault-type', ft({ features: ['pressure_psi', 'flue_temp_c', 'ignition_attempts', 'pump_noise_db', 'boiler_age_y', 'wet_floor'] }), [d(32, 'elu', { batchNorm: true }), d(5, 'softmax')], 'cce', sgd(0.1), tr(50, 16));
add('ok.fault-softmax-regression-nesterov', 'fault-type', ft(), [d(5, 'softmax')], 'cce', nest(0.05), tr(60));
add('ok.fault-rmsprop-batch-4-0.005', 'fault-type', ft(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.005), tr(8, 4));
add('ok.flood-adam-relu', 'flood-damage', fl(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.flood-logistic-rmsprop', 'flood-damage', fl(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.flood-minmax-adam-tanh-clip', 'flood-damage', fl({ normalize: 'minmax' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(60));
add('ok.invoice-adam-elu', 'invoice-gbp', iv(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.invoice-rmsprop-relu-batch-220', 'invoice-gbp', iv(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 220));
add('ok.invoice-momentum-tanh-lecun-decay', 'invoice-gbp', iv(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.02, 0.9, { weightDecay: 0.0001 }), tr(60));
add('ok.invoice-minmax-target-adam-bn', 'invoice-gbp', iv({ normalizeTarget: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(60, 64));
add('ok.invoice-adam-batch-3-leaky', 'invoice-gbp', iv(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.005), tr(8, 3));
add('ok.heatup-adam-relu', 'heatup-minutes', hu(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.heatup-hours-rmsprop-elu', 'heatup-hours', hu({ target: 'heatup_h' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.heatup-deep-tanh-lecun-rmsprop', 'heatup-minutes', hu(), [...tower(5, 32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.001), tr(60));
add('ok.heatup-deep-sigmoid-momentum', 'heatup-minutes', hu(), [...tower(3, 32, 'sigmoid'), d(1)], 'mse', mom(0.1), tr(80, 16));
add('ok.heatup-nesterov-relu-dropout-val', 'heatup-minutes', hu(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', nest(0.01), tr(60, 32, { validationSplit: 0.2 }));
add('ok.heatup-rmsprop-batch-1-0.003', 'heatup-minutes', hu(), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(5, 1));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-sigmoid-full-batch', 'iris-demo', IRIS, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(1), tr(300, 150));
add('ok.moons-adam-deep-tanh', 'district-moons', MOONS, [...tower(4, 16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-rmsprop-batch-2-relu', 'district-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(30, 2));
add('ok.circles-adam-elu', 'manifold-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'manifold-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-tanh-deep', 'coil-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-momentum-sigmoid', 'depot-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', mom(0.1), tr(100));
add('ok.sine-adam-elu-batch-4', 'tariff-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60, 4));
add('ok.sine-rmsprop-tanh-deep', 'tariff-sine', SINE, [...tower(3, 32, 'tanh', { init: 'xavier_uniform' }), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.xor-adam-tanh-batch-1', 'two-valve-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(20, 1));
add('ok.xor-nesterov-leaky-he-uniform', 'two-valve-xor', XOR, [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.rads-inline-adam-tanh', 'radiator-notebook', INLINE_RADS, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.callout-deep-sigmoid-sgd-plain', 'callout-minutes', co(), [...tower(3, 32, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', sgd(0.3), tr(80, 16));
add('ok.heatup-adam-clip-weight-decay', 'heatup-minutes', hu(), [d(64, 'elu'), d(1)], 'mse', adam(0.003, { clipNorm: 5, weightDecay: 0.0001 }), tr(60));
add('ok.fault-deep-tanh-rmsprop-batch-2', 'fault-type', ft(), [...tower(4, 24, 'tanh'), d(5, 'softmax')], 'cce', rms(0.003), tr(6, 2));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
