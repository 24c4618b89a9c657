/**
 * Writes every candidate spec of blind fault set 159 (airports and baggage handling) into
 * candidates/: `npx tsx test/faults-blind159/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 159, data, layers, loss, optimizer, training, ...extra };
}

const BF = ['hour', 'seats', 'pax', 'load_factor', 'long_haul', 'leisure_share'];
const bags = (x: Json = {}): Json => ({ csv: '../data/bags.csv', target: 'checked_bags', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const TF = ['seats', 'bags', 'belt_speed_mps', 'fuel_uplift_l', 'ramp_crew', 'remote_stand'];
const turn = (x: Json = {}): Json => ({ csv: '../data/turnaround.csv', target: 'turnaround_min', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const AF = ['seats', 'mtow_t', 'wingspan_m', 'approach_kt', 'fuel_uplift_l', 'taxi_min'];
const acft = (x: Json = {}): Json => ({ csv: '../data/aircraft.csv', target: 'aircraft_type', features: AF, normalize: 'standard', ...x });
const MF = ['connect_min', 'belt_speed_mps', 'load_factor', 'late_checkin', 'terminal_change', 'inbound_delay_min'];
const mis = (x: Json = {}): Json => ({ csv: '../data/mishandled.csv', target: 'mishandled', features: MF, normalize: 'standard', ...x });
const DF = ['inbound_delay_min', 'wind_kt', 'visibility_km', 'late_bags', 'deicing'];
const dly = (x: Json = {}): Json => ({ csv: '../data/delay.csv', target: 'delay_min', features: DF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['distance_km', 'mtow_t', 'headwind_kt', 'tankering', 'load_index'];
const fuel = (x: Json = {}): Json => ({ csv: '../data/fuel.csv', target: 'uplift_l', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A baggage supervisor's notebook: belt speed (m/s) and bags per minute -> jam on the sorter (1) or not (0).
const INLINE_BELT = {
  inline: {
    x: [[0.3, 10], [0.3, 30], [0.3, 50], [0.4, 20], [0.4, 45], [0.4, 60], [0.5, 15], [0.5, 40], [0.5, 70], [0.6, 25], [0.6, 55], [0.6, 80], [0.7, 30], [0.7, 65], [0.7, 95], [0.8, 20], [0.8, 75], [0.8, 110], [0.35, 38], [0.45, 52], [0.55, 61], [0.65, 72], [0.75, 85], [0.85, 100]],
    y: [0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1],
  },
  normalize: 'standard',
};
const FULL_B = 1000, FULL_T = 900, FULL_A = 1000, FULL_M = 1200, FULL_D = 850;

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'checked-bags', bags(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'aircraft-type', acft(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-delay', 'departure-delay', dly(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.batch-size-zero', 'turnaround-minutes', turn(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 0));
add('invalid-spec.units-zero-hidden', 'mishandled-bag', mis(), [d(0, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('invalid-spec.dropout-rate-1', 'fuel-uplift', fuel(), [d(32, 'elu'), drop(1), d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-pax', 'checked-bags-na', bags({ csv: '../data/bags-na.csv' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.02, 0.9), tr(60));
add('data-error.gate-feature', 'checked-bags', bags({ features: ['gate', ...BF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.sched-ts-feature', 'checked-bags', bags({ features: ['sched_ts', ...BF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.aircraft-type-target-typo', 'aircraft-type', acft({ target: 'aircraft_typ' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.delay-wrong-separator-column', 'departure-delay', dly({ features: ['inbound_delay_min', 'wind_kt', 'visibility_km', 'late_bags', 'de_icing'] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9), tr(60));
add('data-error.turnaround-path-outside', 'turnaround-minutes', turn({ csv: '../../../../turnaround.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.uplift-id-feature-fuel', 'fuel-uplift', fuel({ features: ['uplift_id', ...FF] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(50));

add('shape-mismatch.aircraft-four-heads-no-freighter', 'aircraft-type', acft(), [d(32, 'relu'), d(4, 'softmax')], 'cce', nest(0.02, 0.9), tr(50));
add('shape-mismatch.turnaround-min-and-h-one-output', 'turnaround-minutes', turn({ target: ['turnaround_min', 'turnaround_h'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.mishandled-two-sigmoid-bce', 'mishandled-bag', mis(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'stand-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(60, 8));

add('loss-activation-mismatch.aircraft-sigmoid-heads-cce', 'aircraft-type', acft(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.mishandled-softmax-one-unit-bce', 'mishandled-bag', mis(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-delay', 'departure-delay', dly(), [d(32, 'elu'), d(1, 'relu')], 'mse', mom(0.01, 0.9), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-bags', 'checked-bags', bags(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.tanh-head-bce-belt', 'belt-jam', INLINE_BELT, [d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));

add('no-nonlinearity.circles-two-linear-nesterov', 'apron-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.95), tr(150, 300));
add('no-nonlinearity.xor-linear-rmsprop-batch-4', 'two-belt-xor', XOR, [d(16), d(8), d(1, 'sigmoid')], 'bce', rms(0.003), tr(60, 4));
add('no-nonlinearity.spirals-linear-bn-adam', 'carousel-spirals', SPIRALS, [d(64, 'linear', { batchNorm: true }), d(64, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
add('no-nonlinearity.sine-linear-deep-momentum', 'shift-sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', mom(0.01, 0.9), tr(200, 16));

add('lr-out-of-range.sgd-lr-50-bags', 'checked-bags', bags(), [d(32, 'relu'), d(1)], 'mse', sgd(50), tr(30));
add('lr-out-of-range.adam-lr-3-aircraft', 'aircraft-type', acft(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3), tr(30));
add('lr-out-of-range.nesterov-1e-8-turnaround', 'turnaround-minutes', turn(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(1e-8, 0.95), tr(60));
add('lr-out-of-range.rmsprop-1e-9-mishandled', 'mishandled-bag', mis(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(1e-9), tr(40, 8));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-two-layer-bags', 'checked-bags', bags(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', nest(0.05, 0.9), tr(60));
add('init-symmetry.constant-0.5-tanh-aircraft', 'aircraft-type', acft(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-sigmoid-moons-batch-1', 'apron-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.1), tr(30, 1));
add('init-symmetry.constant-0.2-elu-delay', 'departure-delay', dly(), [d(24, 'elu', init('constant', { value: 0.2 })), d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', rms(0.002), tr(60));

add('init-scale.normal-std-4-relu-turnaround', 'turnaround-minutes', turn(), [d(64, 'relu', init('normal', { std: 4 })), d(64, 'relu', init('normal', { std: 4 })), d(1)], 'mse', mom(0.01, 0.9), tr(40));
add('init-scale.uniform-1e-5-tanh-six-layers-bags', 'checked-bags', bags(), [...tower(6, 32, 'tanh', init('uniform', { limit: 0.00001 })), d(1)], 'mse', adam(0.003), tr(60));
add('init-scale.normal-std-6-sigmoid-mishandled', 'mishandled-bag', mis(), [d(32, 'sigmoid', init('normal', { std: 6 })), d(1, 'sigmoid', init('normal', { std: 6 }))], 'bce', rms(0.002), tr(40));
add('init-scale.normal-1e-3-relu-deep-circles', 'apron-circles', CIRCLES, [...tower(5, 32, 'relu', init('normal', { std: 0.001 })), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(100, 32));
add('init-scale.uniform-5-elu-fuel', 'fuel-uplift', fuel(), [d(48, 'elu', init('uniform', { limit: 5 })), d(1, 'linear', init('uniform', { limit: 5 }))], 'mse', adam(0.003), tr(60));

add('dead-relu.bias-minus-4-two-relu-momentum-full-batch-bags', 'checked-bags', bags(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], 'mse', mom(0.05, 0.9), tr(300, FULL_B));
add('dead-relu.nesterov-0.95-lr-0.1-batch-8-delay', 'departure-delay', dly(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.1, 0.95), tr(60, 8));
add('dead-relu.bias-minus-8-aircraft-rmsprop-batch-2', 'aircraft-type', acft(), [d(32, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', rms(0.001), tr(30, 2));
add('dead-relu.adam-0.05-batch-1-turnaround', 'turnaround-minutes', turn(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(10, 1));
add('dead-relu.momentum-0.9-lr-0.1-raw-uplift-features', 'fuel-uplift', fuel({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.1, 0.9, { clipNorm: 1 }), tr(100, 64));

add('exploding-gradient.raw-bags-target-momentum', 'checked-bags-raw-target', bags({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.001, 0.9), tr(30));
add('exploding-gradient.raw-fuel-litres-rmsprop', 'fuel-uplift-raw', fuel({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(40));
add('exploding-gradient.raw-features-tanh-nesterov-delay', 'departure-delay-raw', dly({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.9), tr(40, 16));
add('exploding-gradient.he-uniform-ten-relu-sgd-turnaround', 'turnaround-minutes', turn(), [...tower(10, 64, 'relu', init('normal', { std: 0.4 })), d(1)], 'mse', sgd(0.001), tr(20));
add('exploding-gradient.raw-turnaround-minutes-adam-batch-4', 'turnaround-raw', turn({ normalizeTarget: 'none', normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(20, 4));

add('vanishing-gradient.ten-sigmoid-nesterov-bags', 'checked-bags', bags(), [...tower(10, 32, 'sigmoid'), d(1)], 'mse', nest(0.01, 0.9), tr(60));
add('vanishing-gradient.eight-sigmoid-momentum-moons', 'apron-moons', MOONS, [...tower(8, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(100, 32));
add('vanishing-gradient.twelve-tanh-lecun-sgd-delay', 'departure-delay', dly(), [...tower(12, 16, 'tanh', init('normal', { std: 0.05 })), d(1)], 'mse', sgd(0.01), tr(60));
add('vanishing-gradient.seven-sigmoid-rmsprop-aircraft', 'aircraft-type', acft(), [...tower(7, 24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));

add('nan-loss.adam-5-batch-2-fuel', 'fuel-uplift', fuel(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(5), tr(10, 2));
add('nan-loss.raw-uplift-target-sgd', 'fuel-uplift-raw', fuel({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.momentum-0.99-lr-1-full-batch-bags', 'checked-bags', bags(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(1, 0.99), tr(100, FULL_B));
add('nan-loss.raw-features-linear-sgd-turnaround', 'turnaround-raw', turn({ normalize: 'none' }), [d(1)], 'mse', sgd(0.01), tr(20, 32));
add('nan-loss.rmsprop-2-batch-1-delay', 'departure-delay', dly(), [d(32, 'elu'), d(1)], 'mse', rms(2), tr(5, 1));

add('saturated-activation.sigmoid-raw-fuel-aircraft', 'aircraft-raw', acft({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.01, 0.9), tr(50));
add('saturated-activation.tanh-raw-connect-mishandled', 'mishandled-raw', mis({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-bias-8-bags', 'checked-bags', bags(), [d(32, 'tanh', { bias: 8 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.sigmoid-raw-turnaround-features', 'turnaround-raw-features', turn({ normalize: 'none' }), [d(32, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', mom(0.01, 0.9), tr(60, 16));

add('lr-too-high.nesterov-0.95-lr-0.5-batch-16-aircraft', 'aircraft-type', acft(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.5, 0.95), tr(40, 16));
add('lr-too-high.rmsprop-0.05-batch-2-bags', 'checked-bags', bags(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.3-batch-4-mishandled', 'mishandled-bag', mis(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(20, 4));
add('lr-too-high.sgd-plain-3-batch-8-delay', 'departure-delay', dly(), [d(32, 'tanh'), d(1)], 'mse', sgd(3), tr(30, 8));
add('lr-too-high.momentum-0.9-lr-0.3-iris-batch-4', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', mom(0.3, 0.9), tr(40, 4));
add('lr-too-high.adam-0.1-batch-1-turnaround', 'turnaround-minutes', turn(), [d(32, 'elu'), d(1)], 'mse', adam(0.1), tr(5, 1));

add('lr-too-low.nesterov-1e-5-two-relu-full-batch-turnaround', 'turnaround-minutes', turn(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.00001, 0.9), tr(300, FULL_T));
add('lr-too-low.adam-3e-7-aircraft', 'aircraft-type', acft(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000003), tr(50));
add('lr-too-low.sgd-plain-1e-5-mishandled', 'mishandled-bag', mis(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.00001), tr(40));
add('lr-too-low.rmsprop-1e-6-batch-4-delay', 'departure-delay', dly(), [d(32, 'tanh'), d(1)], 'mse', rms(0.000001), tr(20, 4));
add('lr-too-low.momentum-0.95-1e-6-linear-bags', 'checked-bags', bags(), [d(1)], 'mse', mom(0.000001, 0.95), tr(100, 64));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-bags', 'checked-bags', bags(), [d(1)], 'mse', mom(0.05, 0.99), tr(200, FULL_B));
add('oscillating-loss.momentum-0.95-lr-0.6-full-batch-linear-turnaround', 'turnaround-minutes', turn(), [d(1)], 'mse', mom(0.6, 0.95), tr(150, FULL_T));
add('oscillating-loss.nesterov-0.95-lr-0.3-batch-450-linear-fuel', 'fuel-uplift', fuel(), [d(1)], 'mse', nest(0.3, 0.95), tr(150, 450));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-delay', 'departure-delay', dly(), [d(1)], 'mse', sgd(0.95), tr(150, FULL_D));
add('oscillating-loss.adam-0.3-full-batch-logistic-mishandled', 'mishandled-bag', mis(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(200, FULL_M));
add('oscillating-loss.momentum-0.98-lr-0.3-full-batch-relu-bags', 'checked-bags', bags(), [d(16, 'relu'), d(1)], 'mse', mom(0.3, 0.98), tr(200, FULL_B));
add('oscillating-loss.rmsprop-0.05-batch-256-tanh-turnaround', 'turnaround-minutes', turn(), [d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(150, 256));
add('oscillating-loss.seats-and-pax-sgd-0.7-full-batch-linear', 'checked-bags', bags({ features: ['seats', 'pax', 'load_factor', 'long_haul', 'leisure_share'] }), [d(1)], 'mse', sgd(0.7), tr(150, FULL_B));
add('oscillating-loss.momentum-0.97-lr-0.2-batch-500-linear-delay', 'departure-delay', dly(), [d(1)], 'mse', mom(0.2, 0.97), tr(150, 500));

add('loss-plateau.tag-serial-only-mishandled', 'mishandled-bag', mis({ features: ['tag_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.stand-number-only-aircraft', 'aircraft-type', acft({ features: ['stand_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.02, 0.9), tr(50));
add('loss-plateau.slot-hour-only-delay', 'departure-delay', dly({ features: ['slot_hour'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-5-momentum-bags', 'checked-bags', bags(), [d(32, 'relu'), d(1)], 'mse', mom(0.02, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-turnaround', 'turnaround-minutes', turn(), [d(32, 'relu'), drop(0.95), d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.bags-momentum-two-relu-full-batch-long', 'checked-bags', bags(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.05, 0.9), tr(400, FULL_B));
add('ok.bags-nesterov-three-relu-batch-16', 'checked-bags', bags(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.01, 0.95), tr(60, 16));
add('ok.bags-adam-relu-batch-1', 'checked-bags', bags(), [d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(5, 1));
add('ok.bags-linear-momentum-0.95-batch-64', 'checked-bags', bags(), [d(1)], 'mse', mom(0.01, 0.95), tr(60, 64));
add('ok.bags-rmsprop-elu-val', 'checked-bags', bags(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.turnaround-momentum-two-relu-batch-256-long', 'turnaround-minutes', turn(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.05, 0.93), tr(300, 256));
add('ok.turnaround-nesterov-three-relu-full-batch-long', 'turnaround-minutes', turn(), [d(64, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.1, 0.9), tr(500, FULL_T));
add('ok.turnaround-linear-momentum-0.99-full-batch', 'turnaround-minutes', turn(), [d(1)], 'mse', mom(0.02, 0.99), tr(300, FULL_T));
add('ok.turnaround-hours-rmsprop-tanh-batch-4', 'turnaround-hours', turn({ target: 'turnaround_h' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.001), tr(10, 4));
add('ok.turnaround-minmax-adam-bn-dropout', 'turnaround-minutes', turn({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(80, 64));
add('ok.aircraft-adam-relu', 'aircraft-type', acft(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.aircraft-nesterov-two-relu-batch-8', 'aircraft-type', acft(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.02, 0.9), tr(40, 8));
add('ok.aircraft-momentum-three-relu-full-batch-long', 'aircraft-type', acft(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.1, 0.95), tr(300, FULL_A));
add('ok.aircraft-rmsprop-sigmoid-batch-2', 'aircraft-type', acft(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.001), tr(15, 2));
add('ok.aircraft-softmax-regression-sgd-val', 'aircraft-type', acft(), [d(5, 'softmax')], 'cce', sgd(0.2), tr(100, 32, { validationSplit: 0.2 }));
add('ok.mishandled-adam-relu', 'mishandled-bag', mis(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.mishandled-logistic-momentum-0.9-batch-128', 'mishandled-bag', mis(), [d(1, 'sigmoid')], 'bce', mom(0.1, 0.9), tr(100, 128));
add('ok.mishandled-nesterov-two-relu-full-batch-long', 'mishandled-bag', mis(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(400, FULL_M));
add('ok.mishandled-minmax-rmsprop-elu-clip-batch-8', 'mishandled-bag', mis({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.001, { clipNorm: 1 }), tr(30, 8));
add('ok.delay-adam-elu', 'departure-delay', dly(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.delay-momentum-two-relu-batch-32-decay', 'departure-delay', dly(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.03, 0.9, { weightDecay: 0.0001 }), tr(100, 32));
add('ok.delay-linear-nesterov-0.98-batch-16', 'departure-delay', dly(), [d(1)], 'mse', nest(0.005, 0.98), tr(80, 16));
add('ok.delay-rmsprop-leaky-batch-1', 'departure-delay', dly(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.0005), tr(8, 1));
add('ok.fuel-adam-tanh-batch-8', 'fuel-uplift', fuel(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(40, 8));
add('ok.fuel-nesterov-three-relu-batch-512-long', 'fuel-uplift', fuel(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.05, 0.95), tr(400, 512));
add('ok.fuel-m3-momentum-elu-lecun', 'fuel-uplift-m3', fuel({ target: 'uplift_m3' }), [d(32, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.02, 0.9), tr(100));
add('ok.fuel-linear-momentum-0.9-batch-4', 'fuel-uplift', fuel(), [d(1)], 'mse', mom(0.001, 0.9), tr(20, 4));
add('ok.iris-nesterov-relu-full-batch', 'iris-demo', IRIS, [d(16, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.1, 0.9), tr(300, 150));
add('ok.iris-adam-tanh-batch-4', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(60, 4));
add('ok.moons-momentum-three-relu-batch-8', 'apron-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.03, 0.9), tr(100, 8));
add('ok.moons-rmsprop-elu-batch-2', 'apron-moons', MOONS, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40, 2));
add('ok.circles-adam-relu-bn', 'apron-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.circles-nesterov-two-relu-full-batch-long', 'apron-circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.1, 0.95), tr(600, 300));
add('ok.spirals-adam-tanh-deep', 'carousel-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid-he-uniform', 'stand-blobs', BLOBS4, [d(16, 'sigmoid', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-adam-elu-batch-4', 'shift-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.002), tr(60, 4));
add('ok.sine-momentum-two-relu-batch-16-long', 'shift-sine', SINE, [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(400, 16));
add('ok.xor-rmsprop-leaky-he-uniform', 'two-belt-xor', XOR, [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.xor-nesterov-two-relu-batch-1', 'two-belt-xor', XOR, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.01, 0.9), tr(30, 1));
add('ok.belt-inline-adam-tanh', 'belt-jam', INLINE_BELT, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.belt-inline-relu-momentum-batch-4', 'belt-jam', INLINE_BELT, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(300, 4));
add('ok.bags-linear-momentum-0.98-full-batch-wild-start', 'checked-bags', bags(), [d(1)], 'mse', mom(0.2, 0.98), tr(300, FULL_B));
add('ok.delay-nesterov-two-relu-bias-minus-1-full-batch', 'departure-delay', dly(), [d(64, 'relu', { bias: -1 }), d(64, 'relu', { bias: -1 }), d(1)], 'mse', nest(0.05, 0.9), tr(500, FULL_D));
add('ok.turnaround-momentum-three-relu-lr-0.1-batch-64', 'turnaround-minutes', turn(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.1, 0.9), tr(100, 64));
add('ok.mishandled-adam-tanh-batch-1', 'mishandled-bag', mis(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.0005), tr(5, 1));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
