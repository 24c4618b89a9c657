/**
 * Writes every candidate spec of blind fault set 154 (elevators and building maintenance) into
 * candidates/: `npx tsx test/faults-blind154/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 154, data, layers, loss, optimizer, training, ...extra };
}

const TF = ['floors', 'occupants', 'office_share', 'weekday', 'cars', 'outdoor_c'];
const trips = (x: Json = {}): Json => ({ csv: '../data/trips.csv', target: 'trips_per_day', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MF = ['load_kg', 'door_cycles', 'runtime_h', 'ambient_c', 'vented'];
const motor = (x: Json = {}): Json => ({ csv: '../data/motor.csv', target: 'motor_c', features: MF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['door_cycles', 'level_error_mm', 'motor_c', 'error_codes', 'vibration_mg', 'age_y'];
const fault = (x: Json = {}): Json => ({ csv: '../data/fault.csv', target: 'fault_type', features: FF, normalize: 'standard', ...x });
const EF = ['door_faults', 'power_dips', 'age_y', 'trips_month', 'days_since_service', 'rated_load_kg'];
const trap = (x: Json = {}): Json => ({ csv: '../data/entrapment.csv', target: 'entrapment', features: EF, normalize: 'standard', ...x });
const RF = ['labour_h', 'parts', 'age_y', 'overtime', 'floors', 'major'];
const rep = (x: Json = {}): Json => ({ csv: '../data/repair.csv', target: 'cost_usd', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.12 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 400, noise: 0.03 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 400, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A technician's clipboard: counterweight imbalance (%) and rope age (years) -> replace ropes (1) or not (0).
const INLINE_ROPE = {
  inline: {
    x: [[2, 3], [5, 4], [8, 6], [12, 9], [15, 12], [3, 14], [6, 15], [10, 2], [14, 5], [18, 7], [1, 10], [4, 18], [9, 11], [13, 13], [17, 16], [2, 6], [7, 8], [11, 16], [16, 3], [19, 14], [3, 1], [6, 12], [12, 15], [20, 10]],
    y: [0, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'trips-per-day', trips(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'fault-type', fault(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-repair', 'repair-cost', rep(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.dropout-rate-1.5', 'entrapment', trap(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('invalid-spec.zero-units-motor', 'motor-temp', motor(), [d(0, 'relu'), d(1)], 'mse', nest(0.01), tr(40));

add('data-error.na-occupants', 'trips-per-day-na', trips({ csv: '../data/trips-na.csv' }), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.building-id-feature', 'trips-per-day', trips({ features: ['building_id', ...TF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.shift-start-feature-motor', 'motor-temp', motor({ features: ['shift_start', ...MF] }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(60, 900));
add('data-error.motor-temp-typo', 'fault-type', fault({ features: ['door_cycles', 'level_error_mm', 'motor_temp', 'error_codes', 'vibration_mg', 'age_y'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('data-error.repair-target-costs', 'repair-cost', rep({ target: 'costs_usd' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-parquet', 'entrapment', trap({ csv: '../data/entrapment.parquet' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.fault-four-heads-no-rope', 'fault-type', fault(), [d(32, 'relu'), d(4, 'softmax')], 'cce', nest(0.02), tr(50));
add('shape-mismatch.motor-c-and-f-one-output', 'motor-temp', motor({ target: ['motor_c', 'motor_f'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.entrapment-two-softmax-bce', 'entrapment', trap(), [d(16, 'relu'), d(2, 'softmax')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'car-zones-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.entrapment-tanh-head-bce', 'entrapment', trap(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.fault-sigmoid-heads-cce', 'fault-type', fault(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(50));
add('loss-activation-mismatch.relu-head-standardized-motor', 'motor-temp', motor(), [d(32, 'tanh'), d(1, 'relu')], 'mse', mom(0.01), tr(60));
add('loss-activation-mismatch.softmax-head-regression-repair', 'repair-cost', rep(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.rope-linear-head-bce', 'rope-replace', INLINE_ROPE, [d(8, 'tanh'), d(1)], 'bce', sgd(0.05), tr(200, 24));

add('no-nonlinearity.circles-linear-nesterov-full-batch', 'shaft-ring-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(300, 400));
add('no-nonlinearity.moons-linear-dropout-adam', 'lobby-moons', MOONS, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.spirals-linear-rmsprop-batch-8', 'stairwell-spirals', SPIRALS, [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 8));
add('no-nonlinearity.sine-linear-stack-momentum', 'load-cycle-sine', SINE, [d(32), d(32), d(1)], 'mse', mom(0.01), tr(150, 16));

add('lr-out-of-range.nesterov-lr-30-motor', 'motor-temp', motor(), [d(32, 'relu'), d(1)], 'mse', nest(30), tr(20));
add('lr-out-of-range.rmsprop-lr-10-fault', 'fault-type', fault(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(10), tr(20));
add('lr-out-of-range.adam-3e-9-repair', 'repair-cost', rep(), [d(32, 'relu'), d(1)], 'mse', adam(3e-9), tr(40));
add('lr-out-of-range.sgd-negative-trips', 'trips-per-day', trips(), [d(32, 'elu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-momentum-full-batch-trips', 'trips-per-day', trips(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.05), tr(300, 1000));
add('init-symmetry.constant-0.5-tanh-nesterov-fault', 'fault-type', fault(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', nest(0.02), tr(50));
add('init-symmetry.zeros-sigmoid-rmsprop-circles', 'shaft-ring-circles', CIRCLES, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.005), tr(100));
add('init-symmetry.zeros-elu-adam-spirals', 'stairwell-spirals', SPIRALS, [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.005), tr(150));

add('init-scale.normal-std-8-sigmoid-motor', 'motor-temp', motor(), [d(64, 'sigmoid', init('normal', { std: 8 })), d(64, 'sigmoid', init('normal', { std: 8 })), d(1, 'linear', init('normal', { std: 8 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-6-elu-repair', 'repair-cost', rep(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', mom(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-fault', 'fault-type', fault(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', sgd(0.05), tr(50));
add('init-scale.normal-std-4-relu-trips', 'trips-per-day', trips(), [...tower(3, 64, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', rms(0.001), tr(40));
add('init-scale.uniform-1e-5-tanh-xor', 'two-bank-xor', XOR, [...tower(5, 24, 'tanh', init('uniform', { limit: 0.00001 })), d(1, 'sigmoid', init('uniform', { limit: 0.00001 }))], 'bce', nest(0.02), tr(100, 16));

add('dead-relu.bias-minus-8-nesterov-full-batch-motor', 'motor-temp', motor(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.05), tr(300, 900));
add('dead-relu.bias-minus-4-deep-adam-trips', 'trips-per-day', trips(), [...tower(4, 32, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.sgd-plain-2-batch-4-repair', 'repair-cost', rep(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(2), tr(10, 4));
add('dead-relu.bias-minus-6-moons-rmsprop', 'lobby-moons', MOONS, [d(32, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(100));
add('dead-relu.adam-0.5-batch-16-fault', 'fault-type', fault(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', adam(0.5), tr(30, 16));

add('exploding-gradient.raw-cost-dollars-nesterov', 'repair-cost-raw-target', rep({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0001), tr(40));
add('exploding-gradient.raw-trips-target-adam', 'trips-raw-target', trips({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-door-cycles-momentum', 'fault-raw', fault({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.001), tr(30));
add('exploding-gradient.ten-relu-std-0.7-motor', 'motor-temp', motor(), [...tower(10, 32, 'relu', init('normal', { std: 0.7 })), d(1)], 'mse', sgd(0.00001), tr(30));
add('exploding-gradient.raw-trips-month-entrapment-sgd', 'entrapment-raw', trap({ normalize: 'none' }), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', sgd(0.0005), tr(30, 16));

add('vanishing-gradient.eight-sigmoid-sgd-trips', 'trips-per-day', trips(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.twelve-tanh-std-0.03-repair', 'repair-cost', rep(), [...tower(12, 32, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', mom(0.01), tr(50));
add('vanishing-gradient.nine-sigmoid-momentum-full-batch-circles', 'shaft-ring-circles', CIRCLES, [...tower(9, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(400, 400));
add('vanishing-gradient.ten-sigmoid-nesterov-fault', 'fault-type', fault(), [...tower(10, 24, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));

add('nan-loss.momentum-full-batch-raw-motor-f', 'motor-temp-f-raw', motor({ target: 'motor_f', normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.001), tr(100, 900));
add('nan-loss.sgd-plain-5-batch-1-trips', 'trips-per-day', trips(), [d(16, 'elu'), d(1)], 'mse', sgd(5), tr(3, 1));
add('nan-loss.raw-repair-target-rmsprop-big', 'repair-cost-raw-target', rep({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.5), tr(20, 8));
add('nan-loss.nesterov-1.5-full-batch-deep-trips', 'trips-per-day', trips(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', nest(1.5), tr(100, 1000));
add('nan-loss.constant-3-tanh-linear-raw-lb', 'motor-temp-raw', motor({ features: ['load_lb', 'door_cycles', 'runtime_h', 'ambient_f'], normalize: 'none' }), [d(32, 'linear', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', sgd(0.01), tr(20));

add('saturated-activation.tanh-raw-trips-month-entrapment', 'entrapment-raw', trap({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-raw-motor-features', 'motor-temp-raw-features', motor({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-bias-10-fault', 'fault-type', fault(), [d(32, 'sigmoid', { bias: 10 }), d(32, 'sigmoid', { bias: 10 }), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('saturated-activation.tanh-raw-occupants-nesterov-full-batch', 'trips-raw-features', trips({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(300, 1000));
add('saturated-activation.tanh-std-3-repair', 'repair-cost', rep(), [d(64, 'tanh', init('normal', { std: 3 })), d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(60));

add('lr-too-high.momentum-0.99-lr-0.3-full-batch-motor', 'motor-temp', motor(), [d(32, 'tanh'), d(1)], 'mse', mom(0.3, 0.99), tr(300, 900));
add('lr-too-high.sgd-plain-1.2-batch-8-fault', 'fault-type', fault(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(1.2), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-2-repair', 'repair-cost', rep(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.3-batch-4-entrapment', 'entrapment', trap(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(20, 4));
add('lr-too-high.nesterov-0.5-batch-1-sine', 'load-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.5), tr(20, 1));
add('lr-too-high.sgd-plain-0.9-full-batch-trips-deep', 'trips-per-day', trips(), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', sgd(0.9), tr(400, 1000));

add('lr-too-low.sgd-plain-1e-5-full-batch-motor-long', 'motor-temp', motor(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(400, 900));
add('lr-too-low.nesterov-1e-6-fault', 'fault-type', fault(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.000001), tr(50));
add('lr-too-low.adam-2e-6-entrapment', 'entrapment', trap(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.000002), tr(40));
add('lr-too-low.momentum-1e-5-full-batch-repair-long', 'repair-cost', rep(), [d(32, 'tanh'), d(1)], 'mse', mom(0.00001), tr(500, 850));
add('lr-too-low.rmsprop-1e-6-spirals', 'stairwell-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(100));

add('oscillating-loss.momentum-0.95-lr-0.2-full-batch-linear-motor', 'motor-temp', motor(), [d(1)], 'mse', mom(0.2, 0.95), tr(300, 900));
add('oscillating-loss.nesterov-0.97-lr-0.15-full-batch-linear-trips', 'trips-per-day', trips(), [d(1)], 'mse', nest(0.15, 0.97), tr(300, 1000));
add('oscillating-loss.sgd-plain-1.05-full-batch-linear-repair', 'repair-cost', rep(), [d(1)], 'mse', sgd(1.05), tr(200, 850));
add('oscillating-loss.sgd-plain-0.45-kg-and-lb-linear', 'motor-temp', motor({ features: ['load_kg', 'load_lb', 'runtime_h', 'ambient_c', 'ambient_f'] }), [d(1)], 'mse', sgd(0.45), tr(200, 900));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-500-tanh-trips', 'trips-per-day', trips(), [d(8, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(300, 500));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-repair', 'repair-cost', rep(), [d(1)], 'mse', rms(0.05), tr(200, 850));
add('oscillating-loss.momentum-3-full-batch-logistic-entrapment', 'entrapment', trap(), [d(1, 'sigmoid')], 'bce', mom(3, 0.95), tr(200, 1100));
add('oscillating-loss.nesterov-0.98-lr-0.3-linear-motor-batch-450', 'motor-temp', motor(), [d(1)], 'mse', nest(0.3, 0.98), tr(300, 450));

add('loss-plateau.technician-only-fault', 'fault-type', fault({ features: ['technician_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.rated-load-and-trips-only-entrapment', 'entrapment', trap({ features: ['rated_load_kg', 'trips_month'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-motor', 'motor-temp', motor(), [d(32, 'elu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-trips', 'trips-per-day', trips(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(80));
add('loss-plateau.floors-only-repair-full-batch', 'repair-cost', rep({ features: ['floors'] }), [d(16, 'relu'), d(1)], 'mse', mom(0.05), tr(300, 850));

// ---------------------------------------------------------------- healthy
add('ok.trips-adam-relu', 'trips-per-day', trips(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.trips-sgd-plain-full-batch-tanh-long', 'trips-per-day', trips(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.2), tr(500, 1000));
add('ok.trips-momentum-full-batch-relu-deep', 'trips-per-day', trips(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.05), tr(400, 1000));
add('ok.trips-nesterov-elu-batch-16-val', 'trips-per-day', trips(), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 16, { validationSplit: 0.2 }));
add('ok.trips-minmax-rmsprop-leaky', 'trips-per-day', trips({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.trips-adam-bn-dropout-batch-128', 'trips-per-day', trips(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.005), tr(100, 128));
add('ok.motor-linear-sgd-full-batch', 'motor-temp', motor(), [d(1)], 'mse', sgd(0.1), tr(300, 900));
add('ok.motor-nesterov-full-batch-tanh-long', 'motor-temp', motor(), [d(16, 'tanh'), d(1)], 'mse', nest(0.05, 0.9), tr(400, 900));
add('ok.motor-fahrenheit-adam-elu', 'motor-temp', motor({ target: 'motor_f', features: ['load_lb', 'door_cycles', 'runtime_h', 'ambient_f', 'vented'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.motor-momentum-sigmoid-decay', 'motor-temp', motor(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(100));
add('ok.motor-minmax-sgd-plain-relu-batch-1', 'motor-temp', motor({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.motor-rmsprop-he-normal-clip', 'motor-temp', motor(), [d(64, 'relu', { init: 'he_normal' }), d(1)], 'mse', rms(0.001, { clipNorm: 1 }), tr(60));
add('ok.fault-adam-relu', 'fault-type', fault(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.fault-sgd-plain-full-batch-tanh-long', 'fault-type', fault(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.5), tr(400, 1000));
add('ok.fault-momentum-full-batch-elu', 'fault-type', fault(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.1, 0.9), tr(300, 1000));
add('ok.fault-rmsprop-tanh-dropout', 'fault-type', fault(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.fault-minmax-nesterov-leaky-batch-8', 'fault-type', fault({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.02), tr(40, 8));
add('ok.fault-softmax-regression-adam-val', 'fault-type', fault(), [d(5, 'softmax')], 'cce', adam(0.01), tr(80, 32, { validationSplit: 0.15 }));
add('ok.fault-adam-bn-sigmoid-xavier', 'fault-type', fault(), [d(32, 'sigmoid', { init: 'xavier_uniform', batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.entrapment-adam-relu', 'entrapment', trap(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.entrapment-logistic-nesterov-full-batch-long', 'entrapment', trap(), [d(1, 'sigmoid')], 'bce', nest(0.5), tr(400, 1100));
add('ok.entrapment-rmsprop-tanh-batch-64', 'entrapment', trap(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(60, 64));
add('ok.entrapment-sgd-plain-elu', 'entrapment', trap(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(80, 16));
add('ok.repair-adam-elu', 'repair-cost', rep(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.repair-momentum-full-batch-tanh-long', 'repair-cost', rep(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.9), tr(500, 850));
add('ok.repair-rmsprop-relu-lecun', 'repair-cost', rep(), [d(64, 'relu', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.002), tr(80));
add('ok.repair-nesterov-leaky-batch-4', 'repair-cost', rep(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.005), tr(20, 4));
add('ok.repair-minmax-target-adam-dropout', 'repair-cost', rep({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.iris-nesterov-full-batch-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.1), tr(300, 150));
add('ok.iris-adam-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.moons-sgd-plain-full-batch-relu-deep', 'lobby-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(600, 300));
add('ok.moons-rmsprop-elu', 'lobby-moons', MOONS, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('ok.circles-adam-relu', 'shaft-ring-circles', CIRCLES, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-full-batch-tanh-long', 'shaft-ring-circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.9), tr(500, 400));
add('ok.spirals-adam-tanh-deep', 'stairwell-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'car-zones-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.blobs4-nesterov-full-batch-softmax', 'car-zones-blobs', BLOBS4, [d(4, 'softmax')], 'cce', nest(0.2), tr(300, 400));
add('ok.sine-adam-tanh-batch-16', 'load-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.xor-rmsprop-leaky', 'two-bank-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.xor-momentum-full-batch-tanh', 'two-bank-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.9), tr(400, 400));
add('ok.rope-inline-adam-tanh', 'rope-replace', INLINE_ROPE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 24));
add('ok.motor-momentum-0.99-full-batch-wild-start', 'motor-temp', motor(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(400, 900));
add('ok.trips-nesterov-0.98-full-batch-linear-wild-start', 'trips-per-day', trips(), [d(1)], 'mse', nest(0.05, 0.98), tr(400, 1000));

// ---------------------------------------------------------------- second round (after the first observation)
const MKL = ['load_kg', 'load_lb', 'door_cycles', 'runtime_h', 'ambient_c', 'vented'];
add('oscillating-loss.sgd-plain-0.8-full-batch-linear-motor', 'motor-temp', motor(), [d(1)], 'mse', sgd(0.8), tr(300, 900));
add('oscillating-loss.sgd-plain-0.9-full-batch-linear-motor', 'motor-temp', motor(), [d(1)], 'mse', sgd(0.9), tr(300, 900));
add('oscillating-loss.sgd-plain-0.5-kg-and-lb-full-batch', 'motor-temp', motor({ features: MKL }), [d(1)], 'mse', sgd(0.5), tr(300, 900));
add('oscillating-loss.sgd-plain-0.52-kg-and-lb-full-batch', 'motor-temp', motor({ features: MKL }), [d(1)], 'mse', sgd(0.52), tr(300, 900));
add('oscillating-loss.momentum-0.995-lr-0.05-full-batch-tanh-motor', 'motor-temp', motor(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05, 0.995), tr(400, 900));
add('oscillating-loss.momentum-0.99-lr-0.02-full-batch-linear-repair', 'repair-cost', rep(), [d(1)], 'mse', mom(0.02, 0.99), tr(400, 850));
add('oscillating-loss.nesterov-0.99-lr-0.2-full-batch-softmax-fault', 'fault-type', fault(), [d(5, 'softmax')], 'cce', nest(0.2, 0.99), tr(400, 1000));
add('oscillating-loss.rmsprop-0.02-full-batch-tanh-motor', 'motor-temp', motor(), [d(16, 'tanh'), d(1)], 'mse', rms(0.02), tr(300, 900));
add('oscillating-loss.adam-0.03-full-batch-relu-trips', 'trips-per-day', trips(), [d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(300, 1000));
add('lr-too-high.adam-0.1-batch-8-motor', 'motor-temp', motor(), [d(32, 'elu'), d(1)], 'mse', adam(0.1), tr(30, 8));
add('lr-too-high.rmsprop-0.1-batch-16-trips', 'trips-per-day', trips(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.1), tr(30, 16));
add('lr-too-high.nesterov-0.3-batch-4-fault', 'fault-type', fault(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.3), tr(20, 4));
add('lr-too-high.momentum-0.5-batch-8-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.5), tr(40, 8));
add('lr-too-high.sgd-plain-3-full-batch-sigmoid-repair', 'repair-cost', rep(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(3), tr(300, 850));
add('ok.motor-sgd-plain-leaky-batch-1', 'motor-temp', motor(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.002), tr(5, 1));
add('ok.repair-nesterov-elu-batch-8', 'repair-cost', rep(), [d(32, 'elu'), d(1)], 'mse', nest(0.005), tr(40, 8));
add('ok.fault-nesterov-0.95-full-batch-relu-long', 'fault-type', fault(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.2, 0.95), tr(500, 1000));
add('ok.trips-sgd-plain-full-batch-sigmoid-long', 'trips-per-day', trips(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.5), tr(600, 1000));
add('ok.sine-momentum-full-batch-tanh-long', 'load-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(0.1, 0.9), tr(800, 300));
add('ok.entrapment-adam-relu-val', 'entrapment', trap(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32, { validationSplit: 0.2 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
