/**
 * Writes every candidate spec of blind fault set 117 (elevators and escalators in tall buildings) into
 * candidates/: `npx tsx test/faults-blind117/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 117, data, layers, loss, optimizer, training, ...extra };
}

const TRIP = ['floors_travelled', 'going_up', 'load_kg', 'intermediate_stops', 'door_cycles', 'machine_room_c'];
const amps = (x: Json = {}): Json => ({ csv: '../data/trips.csv', target: 'motor_current_a', features: TRIP, normalize: 'standard', normalizeTarget: 'standard', ...x });
const ALARM = ['vibration_mm_s', 'door_reopens', 'levelling_error_mm', 'power_dips', 'motor_current_a', 'daily_door_cycles'];
const trap = (x: Json = {}): Json => ({ csv: '../data/alarms.csv', target: 'entrapment', features: ALARM, normalize: 'standard', ...x });
const FAULT = ['door_time_s', 'brake_temp_c', 'position_error_mm', 'rope_stretch_mm', 'vibration_mm_s', 'current_ripple_pct'];
const ftype = (x: Json = {}): Json => ({ csv: '../data/faults.csv', target: 'fault_type', features: FAULT, normalize: 'standard', ...x });
const MAINT = ['age_years', 'floors_served', 'motor_starts_per_year', 'callbacks', 'rated_speed_m_s', 'hydraulic'];
const cost = (x: Json = {}): Json => ({ csv: '../data/maintenance.csv', target: 'maintenance_cost_usd', features: MAINT, normalize: 'standard', normalizeTarget: 'standard', ...x });
const ESC = ['hour', 'rush_index', 'passengers_per_hour', 'cars_in_service', 'handrail_speed_diff_pct', 'step_chain_elongation_mm', 'pit_temp_c'];
const wait = (x: Json = {}): Json => ({ csv: '../data/escalators.csv', target: 'lobby_wait_s', features: ESC, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 360, noise: 0.05 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 240, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A technician's door-test sheet: door close time s, obstruction force N -> door fault flag (0/1).
const INLINE_DOOR = {
  inline: {
    x: [[3.1, 120], [4.8, 160], [2.9, 110], [5.5, 190], [3.4, 135], [6.1, 210], [3.0, 98], [4.9, 175], [2.7, 105], [5.8, 200], [3.6, 140], [5.2, 185], [3.3, 125], [6.4, 220], [2.8, 115], [4.6, 170], [3.2, 118], [5.9, 205], [3.5, 128], [5.0, 180]],
    y: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adagrad-optimizer', 'motor-current', amps(), [d(32, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'lobby-wait', wait(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.mae-loss', 'maintenance-cost', cost(), [d(32, 'elu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.dropout-rate-1', 'fault-type', ftype(), [d(32, 'relu'), drop(1), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.lstm-layer', 'entrapment', trap(), [{ type: 'lstm', units: 16 }, d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-load-kg', 'motor-current-na', amps({ csv: '../data/trips-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.elevator-id-feature', 'entrapment', trap({ features: ['elevator_id', ...ALARM] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('data-error.wait-target-misnamed', 'lobby-wait', wait({ target: 'wait_s' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.missing-alarm-export', 'entrapment', trap({ csv: '../data/alarms_2024.csv' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.ticket-id-feature', 'fault-type', ftype({ features: ['ticket_id', ...FAULT] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.02), tr(50));

add('shape-mismatch.fault-six-heads', 'fault-type', ftype(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.cost-three-outputs', 'maintenance-cost', cost(), [d(32, 'relu'), d(3)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.current-and-temp-one-output', 'current-and-temp', amps({ target: ['motor_current_a', 'machine_room_c'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.entrapment-two-sigmoids', 'entrapment', trap(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.iris-two-heads', 'iris-demo', IRIS, [d(16, 'tanh'), d(2, 'softmax')], 'cce', nest(0.02), tr(80, 16));

add('loss-activation-mismatch.sigmoid-head-standardized-wait', 'lobby-wait', wait(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-entrapment', 'entrapment', trap(), [d(16, 'relu'), d(1, 'tanh')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-heads-cce-faults', 'fault-type', ftype(), [d(32, 'tanh'), d(5, 'relu')], 'cce', mom(0.02), tr(50));
add('loss-activation-mismatch.softmax-head-mse-current', 'motor-current', amps(), [d(32, 'tanh'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.linear-head-bce-door', 'door-fault', INLINE_DOOR, [d(8, 'tanh'), d(1)], 'bce', sgd(0.1), tr(200, 4));

add('no-nonlinearity.circles-linear-nesterov', 'lobby-zone-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', nest(0.02), tr(120, 16));
add('no-nonlinearity.moons-linear-dropout-adam', 'shaft-moons', MOONS, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.sine-linear-rmsprop-batch-16', 'hourly-traffic-sine', SINE, [d(32, 'linear', { init: 'he_uniform' }), d(32), d(1)], 'mse', rms(0.003), tr(100, 16));
add('no-nonlinearity.spirals3-linear-batchnorm-sgd', 'bank-spirals', SPIRALS3, [d(64, 'linear', { batchNorm: true }), d(64, 'linear', { batchNorm: true }), d(3, 'softmax')], 'cce', sgd(0.1), tr(100));

add('lr-out-of-range.adam-30-current', 'motor-current', amps(), [d(32, 'relu'), d(1)], 'mse', adam(30), tr(30));
add('lr-out-of-range.nesterov-1e-8-faults', 'fault-type', ftype(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(1e-8), tr(50));
add('lr-out-of-range.sgd-negative-wait', 'lobby-wait', wait(), [d(32, 'tanh'), d(1)], 'mse', sgd(-0.01), tr(40));
add('lr-out-of-range.momentum-25-cost', 'maintenance-cost', cost(), [d(32, 'relu'), d(1)], 'mse', mom(25), tr(30));
add('lr-out-of-range.rmsprop-1e-10-entrapment', 'entrapment', trap(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(1e-10), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-adam-faults', 'fault-type', ftype(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.5-tanh-sgd-current', 'motor-current', amps(), [d(24, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', sgd(0.02), tr(60, 16));
add('init-symmetry.zeros-sigmoid-rmsprop-spirals', 'bank-spirals', SPIRALS3, [d(32, 'sigmoid', { init: 'zeros' }), d(32, 'sigmoid', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(100));
add('init-symmetry.constant-0.2-elu-momentum-wait', 'lobby-wait', wait(), [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', mom(0.01), tr(60));
add('init-symmetry.zeros-leaky-nesterov-moons', 'shaft-moons', MOONS, [d(16, 'leaky_relu', { init: 'zeros' }), d(16, 'leaky_relu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.05), tr(100));

add('init-scale.normal-std-6-elu-rmsprop-wait', 'lobby-wait', wait(), [d(64, 'elu', init('normal', { std: 6 })), d(64, 'elu', init('normal', { std: 6 })), d(1, 'linear', init('normal', { std: 6 }))], 'mse', rms(0.001), tr(40));
add('init-scale.uniform-5-sigmoid-adam-faults', 'fault-type', ftype(), [d(64, 'sigmoid', init('uniform', { limit: 5 })), d(64, 'sigmoid', init('uniform', { limit: 5 })), d(5, 'softmax', init('uniform', { limit: 5 }))], 'cce', adam(0.002), tr(50));
add('init-scale.normal-1e-3-four-relu-cost', 'maintenance-cost', cost(), [...tower(4, 32, 'relu', init('normal', { std: 0.001 })), d(1, 'linear', init('normal', { std: 0.001 }))], 'mse', mom(0.01), tr(60));
add('init-scale.uniform-3-tanh-nesterov-entrapment', 'entrapment', trap(), [d(48, 'tanh', init('uniform', { limit: 3 })), d(48, 'tanh', init('uniform', { limit: 3 })), d(1, 'sigmoid', init('uniform', { limit: 3 }))], 'bce', nest(0.005), tr(40));
add('init-scale.normal-1e-5-five-leaky-current', 'motor-current', amps(), [...tower(5, 32, 'leaky_relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(40));

add('dead-relu.bias-minus-4-three-layer-momentum-current', 'motor-current', amps(), [...tower(3, 32, 'relu', { bias: -4 }), d(1)], 'mse', mom(0.01), tr(60));
add('dead-relu.bias-minus-2.5-he-uniform-rmsprop-wait', 'lobby-wait', wait(), [d(32, 'relu', { init: 'he_uniform', bias: -2.5 }), d(32, 'relu', { init: 'he_uniform', bias: -2.5 }), d(1)], 'mse', rms(0.001), tr(60));
add('dead-relu.bias-minus-8-batch-1-faults', 'fault-type', ftype(), [d(32, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', adam(0.001), tr(15, 1));
add('dead-relu.sgd-plain-0.6-wide-cost', 'maintenance-cost', cost(), [d(128, 'relu'), d(128, 'relu'), d(1)], 'mse', sgd(0.6), tr(30, 16));
add('dead-relu.adam-0.06-batch-4-entrapment', 'entrapment', trap(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.06), tr(20, 4));

add('exploding-gradient.raw-door-cycles-sgd', 'motor-current-raw', amps({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(1e-7), tr(30));
add('exploding-gradient.raw-cost-target-momentum', 'maintenance-cost-raw', cost({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(1e-5), tr(30));
add('exploding-gradient.raw-motor-starts-nesterov', 'maintenance-cost-raw', cost({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(1e-9), tr(30));
add('exploding-gradient.raw-wait-target-sgd-batch-8', 'lobby-wait-raw', wait({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', sgd(0.003), tr(30, 8));
add('exploding-gradient.ten-relu-std-0.7-faults', 'fault-type', ftype(), [...tower(10, 32, 'relu', init('normal', { std: 0.7 })), d(5, 'softmax')], 'cce', mom(0.0005), tr(30));

add('vanishing-gradient.seven-sigmoid-momentum-circles', 'lobby-zone-circles', CIRCLES, [...tower(7, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(120, 16));
add('vanishing-gradient.eight-sigmoid-adam-wait', 'lobby-wait', wait(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', adam(0.0003), tr(60));
add('vanishing-gradient.ten-sigmoid-rmsprop-faults', 'fault-type', ftype(), [...tower(10, 24, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', rms(0.0005), tr(50));
add('vanishing-gradient.six-sigmoid-sgd-batch-4-current', 'motor-current', amps(), [...tower(6, 16, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(30, 4));
add('vanishing-gradient.fourteen-tanh-std-0.03-cost', 'maintenance-cost', cost(), [...tower(14, 32, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', adam(0.001), tr(60));

add('nan-loss.sgd-momentum-2-cost', 'maintenance-cost', cost(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(2), tr(30));
add('nan-loss.raw-cost-target-sgd-0.01', 'maintenance-cost-raw', cost({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.raw-door-cycles-nesterov', 'motor-current-raw', amps({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.001), tr(20));
add('nan-loss.rmsprop-4-batch-1-wait', 'lobby-wait', wait(), [d(64, 'elu'), d(1)], 'mse', rms(4), tr(10, 1));
add('nan-loss.raw-passengers-sgd-momentum', 'lobby-wait-raw', wait({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.001), tr(20));
add('nan-loss.adam-1-batch-8-current', 'motor-current', amps(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(1), tr(20, 8));

add('saturated-activation.sigmoid-raw-door-cycles-current', 'motor-current-raw', amps({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-passengers-wait', 'lobby-wait-raw', wait({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.sigmoid-bias-9-faults', 'fault-type', ftype(), [d(32, 'sigmoid', { bias: 9 }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('saturated-activation.tanh-raw-motor-starts-cost', 'maintenance-cost-raw', cost({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.sigmoid-raw-cycles-entrapment', 'entrapment-raw', trap({ normalize: 'none' }), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('lr-too-high.adam-0.1-batch-4-faults', 'fault-type', ftype(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.1), tr(30, 4));
add('lr-too-high.sgd-plain-0.7-batch-16-current', 'motor-current', amps(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.7), tr(40, 16));
add('lr-too-high.rmsprop-0.03-batch-8-wait', 'lobby-wait', wait(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(0.03), tr(30, 8));
add('lr-too-high.nesterov-0.6-batch-32-entrapment', 'entrapment', trap(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.6), tr(40));
add('lr-too-high.momentum-0.3-batch-64-cost', 'maintenance-cost', cost(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', mom(0.3), tr(40, 64));
add('lr-too-high.adam-0.3-full-batch-circles', 'lobby-zone-circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 360));

add('lr-too-low.adam-1e-5-faults', 'fault-type', ftype(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.00001), tr(60));
add('lr-too-low.sgd-plain-1e-3-batch-128-current', 'motor-current', amps(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.001), tr(60, 128));
add('lr-too-low.rmsprop-3e-6-wait', 'lobby-wait', wait(), [d(32, 'elu'), d(1)], 'mse', rms(0.000003), tr(60));
add('lr-too-low.nesterov-1e-5-entrapment', 'entrapment', trap(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(60));
add('lr-too-low.momentum-5e-5-cost', 'maintenance-cost', cost(), [d(32, 'relu'), d(1)], 'mse', mom(0.00005, 0.9), tr(80));
add('lr-too-low.sgd-5e-4-full-batch-moons', 'shaft-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.0005), tr(300, 300));

add('oscillating-loss.sgd-plain-1.1-full-batch-linear-current', 'motor-current', amps(), [d(1)], 'mse', sgd(1.1), tr(100, 900));
add('oscillating-loss.momentum-0.9-lr-0.4-full-batch-linear-wait', 'lobby-wait', wait(), [d(1)], 'mse', mom(0.4, 0.9), tr(120, 840));
add('oscillating-loss.nesterov-0.95-lr-0.15-batch-390-linear-cost', 'maintenance-cost', cost(), [d(1)], 'mse', nest(0.15, 0.95), tr(120, 390));
add('oscillating-loss.adam-0.5-full-batch-linear-cost', 'maintenance-cost', cost(), [d(1)], 'mse', adam(0.5), tr(150, 780));
add('oscillating-loss.rmsprop-0.05-full-batch-tanh-current', 'motor-current', amps(), [d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(120, 900));
add('oscillating-loss.sgd-plain-0.9-full-batch-linear-wait', 'lobby-wait', wait(), [d(1)], 'mse', sgd(0.9), tr(100, 840));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-current', 'motor-current', amps(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 900));

add('loss-plateau.repair-cost-only-faults', 'fault-type', ftype({ features: ['repair_cost_usd'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.dropout-0.95-wait', 'lobby-wait', wait(), [d(64, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-1-adam-current', 'motor-current', amps(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 1 }), tr(60));
add('loss-plateau.clipnorm-1e-5-sgd-cost', 'maintenance-cost', cost(), [d(32, 'elu'), d(1)], 'mse', sgd(0.01, { clipNorm: 0.00001 }), tr(60));
add('loss-plateau.pit-temp-handrail-only-wait', 'lobby-wait', wait({ features: ['pit_temp_c', 'handrail_speed_diff_pct'] }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.current-and-cycles-only-entrapment', 'entrapment', trap({ features: ['motor_current_a', 'daily_door_cycles'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.cost-and-callbacks-one-output', 'cost-and-callbacks', cost({ target: ['maintenance_cost_usd', 'callbacks'], features: ['age_years', 'floors_served', 'motor_starts_per_year', 'rated_speed_m_s', 'hydraulic'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('exploding-gradient.raw-motor-starts-sgd-1e-10', 'maintenance-cost-raw', cost({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(1e-10), tr(30));
add('exploding-gradient.raw-daily-cycles-elu-entrapment', 'entrapment-raw', trap({ normalize: 'none' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.001), tr(30));
add('exploding-gradient.raw-load-lb-momentum', 'motor-current-raw', amps({ normalize: 'none', features: ['floors_travelled', 'load_lb', 'intermediate_stops', 'machine_room_c'] }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.00001), tr(30));
add('exploding-gradient.eight-relu-std-0.4-sgd-wait', 'lobby-wait', wait(), [...tower(8, 32, 'relu', init('normal', { std: 0.4 })), d(1)], 'mse', sgd(0.0001), tr(30));
add('lr-too-high.sgd-plain-0.3-batch-16-tanh-current', 'motor-current', amps(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.3), tr(40, 16));
add('lr-too-high.nesterov-0.3-batch-8-tanh-wait', 'lobby-wait', wait(), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', nest(0.3), tr(30, 8));
add('lr-too-high.rmsprop-0.02-batch-4-cost', 'maintenance-cost', cost(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.02), tr(20, 4));
add('lr-too-high.adam-0.03-batch-1-faults', 'fault-type', ftype(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.03), tr(10, 1));
add('oscillating-loss.sgd-plain-0.8-full-batch-linear-wait', 'lobby-wait', wait(), [d(1)], 'mse', sgd(0.8), tr(100, 840));
add('oscillating-loss.momentum-0.9-lr-0.1-full-batch-linear-current', 'motor-current', amps(), [d(1)], 'mse', mom(0.1, 0.9), tr(120, 900));

add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-linear-wait', 'lobby-wait', wait(), [d(1)], 'mse', nest(0.1, 0.99), tr(150, 840));
add('oscillating-loss.momentum-0.99-lr-0.03-batch-390-linear-cost', 'maintenance-cost', cost(), [d(1)], 'mse', mom(0.03, 0.99), tr(150, 390));
add('oscillating-loss.momentum-0.98-lr-0.3-full-batch-softmax-faults', 'fault-type', ftype(), [d(5, 'softmax')], 'cce', mom(0.3, 0.98), tr(150, 950));

// ---------------------------------------------------------------- intended healthy
add('ok.current-relu-adam', 'motor-current', amps(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.current-tanh-nesterov-batch-16', 'motor-current', amps(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(80, 16));
add('ok.current-elu-rmsprop-val', 'motor-current', amps(), [d(48, 'elu'), d(24, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.current-leaky-batchnorm-sgd', 'motor-current', amps(), [d(32, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', mom(0.02), tr(60, 64));
add('ok.current-minmax-relu-adam-clip', 'motor-current', amps({ normalize: 'minmax' }), [d(64, 'relu'), d(1)], 'mse', adam(0.003, { clipNorm: 1 }), tr(80));
add('ok.current-sigmoid-adam-batch-8', 'motor-current', amps(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.005), tr(60, 8));
add('ok.wait-relu-adam-dropout', 'lobby-wait', wait(), [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.wait-tanh-momentum', 'lobby-wait', wait(), [d(32, 'tanh'), d(1)], 'mse', mom(0.02), tr(80));
add('ok.wait-elu-rmsprop-batch-64', 'lobby-wait', wait(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 64));
add('ok.wait-leaky-sgd-batch-4', 'lobby-wait', wait(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(40, 4));
add('ok.wait-lecun-tanh-adam-wd', 'lobby-wait', wait(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(80));
add('ok.cost-relu-adam', 'maintenance-cost', cost(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.cost-linear-sgd-full-batch', 'maintenance-cost', cost(), [d(1)], 'mse', sgd(0.1), tr(200, 780));
add('ok.cost-elu-nesterov-val', 'maintenance-cost', cost(), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(80, 32, { validationSplit: 0.15 }));
add('ok.cost-tanh-rmsprop-minmax-target', 'maintenance-cost', cost({ normalizeTarget: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(80));
add('ok.cost-relu-batchnorm-adam-batch-128', 'maintenance-cost', cost(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80, 128));
add('ok.faults-relu-adam', 'fault-type', ftype(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.faults-tanh-nesterov', 'fault-type', ftype(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.02), tr(60));
add('ok.faults-elu-rmsprop-dropout', 'fault-type', ftype(), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.001), tr(50));
add('ok.faults-sigmoid-sgd-batch-8', 'fault-type', ftype(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.1), tr(60, 8));
add('ok.faults-leaky-momentum-wd-val', 'fault-type', ftype(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', mom(0.01, 0.9, { weightDecay: 0.0005 }), tr(60, 32, { validationSplit: 0.2 }));
add('ok.faults-minmax-adam-full-batch', 'fault-type', ftype({ normalize: 'minmax' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(300, 950));
add('ok.entrapment-relu-adam', 'entrapment', trap(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.entrapment-logistic-adam', 'entrapment', trap(), [d(1, 'sigmoid')], 'bce', adam(0.01), tr(80));
add('ok.entrapment-tanh-rmsprop-batch-16', 'entrapment', trap(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60, 16));
add('ok.moons-relu-adam', 'shaft-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-tanh-nesterov-batch-8', 'shaft-moons', MOONS, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 8));
add('ok.circles-elu-rmsprop', 'lobby-zone-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('ok.circles-relu-sgd-momentum-batch-1', 'lobby-zone-circles', CIRCLES, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.005), tr(60, 1));
add('ok.spirals3-relu-adam', 'bank-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-softmax-sgd', 'car-zone-blobs', BLOBS4, [d(4, 'softmax')], 'cce', sgd(0.1), tr(100));
add('ok.blobs4-sigmoid-batchnorm-adam', 'car-zone-blobs', BLOBS4, [d(16, 'sigmoid', { batchNorm: true }), d(4, 'softmax')], 'cce', adam(0.005), tr(80, 16));
add('ok.sine-tanh-adam', 'hourly-traffic-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.sine-elu-rmsprop-batch-10', 'hourly-traffic-sine', SINE, [d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(300, 10));
add('ok.xor-tanh-momentum', 'twin-door-sensors', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200, 16));
add('ok.xor-relu-xavier-adam', 'twin-door-sensors', XOR, [d(16, 'relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.iris-minmax-relu-adam', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-standard-tanh-sgd-nesterov', 'iris-demo', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', nest(0.05), tr(150, 8));
add('ok.door-inline-logistic-sgd', 'door-fault', INLINE_DOOR, [d(1, 'sigmoid')], 'bce', sgd(0.3), tr(200, 4));
add('ok.door-inline-tanh-adam-full-batch', 'door-fault', INLINE_DOOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 20));
add('ok.current-he-uniform-relu-nesterov-batch-1', 'motor-current', amps(), [d(16, 'relu', { init: 'he_uniform' }), d(1)], 'mse', nest(0.001), tr(20, 1));
add('ok.wait-uniform-init-tanh-sgd', 'lobby-wait', wait(), [d(32, 'tanh', init('uniform', { limit: 0.3 })), d(1)], 'mse', sgd(0.05), tr(100, 16));
add('ok.cost-relu-rmsprop-clip-batch-8', 'maintenance-cost', cost(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.0005, { clipNorm: 5 }), tr(60, 8));
add('ok.spirals3-tanh-rmsprop-val', 'bank-spirals', SPIRALS3, [d(64, 'tanh'), d(64, 'tanh'), d(3, 'softmax')], 'cce', rms(0.003), tr(300, 32, { validationSplit: 0.2 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
