/**
 * Writes every candidate spec of blind fault set 122 (fire brigades and emergency response) into
 * candidates/: `npx tsx test/faults-blind122/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 122, data, layers, loss, optimizer, training, ...extra };
}

const RF = ['hour', 'distance_km', 'traffic_index', 'crew_size', 'turnout_min', 'night'];
const resp = (x: Json = {}): Json => ({ csv: '../data/response.csv', target: 'response_min', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const IF = ['ambient_c', 'water_l', 'floors', 'crew_size', 'on_scene_min', 'roadside'];
const inc = (x: Json = {}): Json => ({ csv: '../data/incident.csv', target: 'incident_type', features: IF, normalize: 'standard', ...x });
const AF = ['floors', 'building_age_y', 'wind_kmh', 'arrival_min', 'sprinkler', 'floor_area_m2'];
const alarm = (x: Json = {}): Json => ({ csv: '../data/alarm.csv', target: 'second_alarm', features: AF, normalize: 'standard', ...x });
const DF = ['floor_area_m2', 'response_min', 'water_l', 'sprinkler', 'floors_burnt', 'value_usd_m2'];
const dmg = (x: Json = {}): Json => ({ csv: '../data/damage.csv', target: 'damage_usd', features: DF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const UF = ['callers', 'interpreter', 'mobile', 'queue_s', 'operator_years'];
const dur = (x: Json = {}): Json => ({ csv: '../data/duration.csv', target: 'duration_s', features: UF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const BLOBS3 = { builtin: 'blobs', samples: 300, classes: 3, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 400, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A pump operator's notebook: hose length (m) and pump pressure (bar) -> enough nozzle pressure (1) or not (0).
const INLINE_HOSE = {
  inline: {
    x: [[60, 8], [120, 8], [180, 9], [240, 10], [300, 10], [60, 5], [120, 6], [180, 12], [240, 13], [300, 15], [90, 7], [150, 7], [210, 11], [270, 12], [330, 14], [45, 4], [100, 9], [200, 8], [260, 14], [320, 11], [80, 6], [160, 10], [220, 9], [280, 16]],
    y: [1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adagrad-optimizer', 'response-minutes', resp(), [d(32, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(60));
add('invalid-spec.swish-activation', 'incident-type', inc(), [d(32, 'swish'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.huber-loss', 'damage-usd', dmg(), [d(32, 'relu'), d(1)], 'huber', adam(0.003), tr(60));
add('invalid-spec.validation-split-1.2', 'second-alarm', alarm(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40, 32, { validationSplit: 1.2 }));
add('invalid-spec.conv1d-layer', 'call-duration', dur(), [{ type: 'conv1d', filters: 8, kernelSize: 3 }, d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-distance-km', 'response-minutes-na', resp({ csv: '../data/response-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.station-id-feature', 'response-minutes', resp({ features: ['station_id', ...RF] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.call-ts-feature', 'response-minutes', resp({ features: ['call_ts', ...RF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.water-litres-typo', 'incident-type', inc({ features: ['ambient_c', 'water_litres', 'floors', 'crew_size', 'on_scene_min', 'roadside'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.call-id-feature-duration', 'call-duration', dur({ features: ['call_id', ...UF] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(50));
add('data-error.missing-xlsx-file', 'damage-usd', dmg({ csv: '../data/damage.xlsx' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.incident-four-heads-no-hazmat', 'incident-type', inc(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.response-and-turnout-one-output', 'response-minutes', resp({ target: ['response_min', 'turnout_min'], features: ['hour', 'distance_km', 'traffic_index', 'crew_size', 'night'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.iris-two-heads', 'iris-demo', IRIS, [d(16, 'tanh'), d(2, 'softmax')], 'cce', adam(0.01), tr(80, 16));
add('shape-mismatch.blobs3-six-heads', 'station-blobs', BLOBS3, [d(16, 'relu'), d(6, 'softmax')], 'cce', nest(0.02), tr(60));

add('loss-activation-mismatch.incident-softmax-bce', 'incident-type', inc(), [d(32, 'relu'), d(5, 'softmax')], 'bce', adam(0.003), tr(50));
add('loss-activation-mismatch.linear-head-bce-alarm', 'second-alarm', alarm(), [d(16, 'relu'), d(1, 'linear')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-bce-hose', 'hose-pressure', INLINE_HOSE, [d(8, 'tanh'), d(1, 'relu')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.sigmoid-head-standardized-damage', 'damage-usd', dmg(), [d(32, 'elu'), d(1, 'sigmoid')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.tanh-head-standardized-duration', 'call-duration', dur(), [d(32, 'relu'), d(1, 'tanh')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.moons-three-linear-rmsprop', 'district-moons', MOONS, [d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.xor-linear-adam-batch-8', 'two-pump-xor', XOR, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 8));
add('no-nonlinearity.spirals-linear-sgd', 'hose-spirals', SPIRALS, [d(64), d(64), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(150, 16));
add('no-nonlinearity.circles-linear-bn-momentum', 'hydrant-ring-circles', CIRCLES, [d(32, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.02), tr(100));

add('lr-out-of-range.adam-lr-5-incident', 'incident-type', inc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(5), tr(30));
add('lr-out-of-range.sgd-1e-9-response', 'response-minutes', resp(), [d(32, 'tanh'), d(1)], 'mse', sgd(1e-9), tr(40));
add('lr-out-of-range.momentum-lr-80-alarm', 'second-alarm', alarm(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(80), tr(20));
add('lr-out-of-range.rmsprop-zero-duration', 'call-duration', dur(), [d(16, 'elu'), d(1)], 'mse', rms(0), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-tanh-adam-incident', 'incident-type', inc(), [d(32, 'tanh', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.1-relu-rmsprop-damage', 'damage-usd', dmg(), [d(32, 'relu', init('constant', { value: 0.1 })), d(16, 'relu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', rms(0.001), tr(60));
add('init-symmetry.ones-elu-sgd-alarm', 'second-alarm', alarm(), [d(16, 'elu', init('constant', { value: 1 })), d(1, 'sigmoid', init('constant', { value: 1 }))], 'bce', sgd(0.05), tr(40, 16));
add('init-symmetry.zeros-leaky-nesterov-xor', 'two-pump-xor', XOR, [d(16, 'leaky_relu', { init: 'zeros' }), d(16, 'leaky_relu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.05), tr(100, 16));

add('init-scale.normal-std-5-tanh-response', 'response-minutes', resp(), [d(64, 'tanh', init('normal', { std: 5 })), d(64, 'tanh', init('normal', { std: 5 })), d(1, 'linear', init('normal', { std: 5 }))], 'mse', rms(0.001), tr(60));
add('init-scale.uniform-8-relu-incident', 'incident-type', inc(), [d(64, 'relu', init('uniform', { limit: 8 })), d(64, 'relu', init('uniform', { limit: 8 })), d(5, 'softmax', init('uniform', { limit: 8 }))], 'cce', adam(0.001), tr(40));
add('init-scale.normal-1e-4-five-tanh-duration', 'call-duration', dur(), [...tower(5, 32, 'tanh', init('normal', { std: 0.0001 })), d(1, 'linear', init('normal', { std: 0.0001 }))], 'mse', mom(0.01), tr(60));
add('init-scale.normal-std-3-leaky-alarm', 'second-alarm', alarm(), [...tower(3, 48, 'leaky_relu', init('normal', { std: 3 })), d(1, 'sigmoid', init('normal', { std: 3 }))], 'bce', sgd(0.01), tr(40));
add('init-scale.uniform-1e-4-elu-moons', 'district-moons', MOONS, [...tower(6, 32, 'elu', init('uniform', { limit: 0.0001 })), d(1, 'sigmoid', init('uniform', { limit: 0.0001 }))], 'bce', rms(0.001), tr(80));

add('dead-relu.bias-minus-5-rmsprop-response', 'response-minutes', resp(), [d(48, 'relu', { bias: -5 }), d(48, 'relu', { bias: -5 }), d(1)], 'mse', rms(0.002), tr(60));
add('dead-relu.bias-minus-12-single-incident', 'incident-type', inc(), [d(256, 'relu', { bias: -12 }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('dead-relu.momentum-0.5-batch-1-duration', 'call-duration', dur(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.5), tr(5, 1));
add('dead-relu.rmsprop-0.3-batch-8-damage', 'damage-usd', dmg(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(0.3), tr(20, 8));
add('dead-relu.bias-minus-3-five-layer-circles', 'hydrant-ring-circles', CIRCLES, [...tower(5, 16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));

add('exploding-gradient.raw-damage-dollars-adam', 'damage-usd-raw-target', dmg({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-water-litres-nesterov', 'incident-raw', inc({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.001), tr(30));
add('exploding-gradient.twelve-relu-std-0.6-response', 'response-minutes', resp(), [...tower(12, 32, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.raw-duration-seconds-rmsprop', 'call-duration-raw-target', dur({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-floor-area-alarm-sgd', 'second-alarm-raw', alarm({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', sgd(0.001), tr(30, 16));

add('vanishing-gradient.nine-sigmoid-rmsprop-response', 'response-minutes', resp(), [...tower(9, 32, 'sigmoid'), d(1)], 'mse', rms(0.0005), tr(60));
add('vanishing-gradient.eight-tanh-std-0.05-incident', 'incident-type', inc(), [...tower(8, 32, 'tanh', init('normal', { std: 0.05 })), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('vanishing-gradient.seven-sigmoid-xavier-normal-moons', 'district-moons', MOONS, [...tower(7, 24, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100, 16));
add('vanishing-gradient.ten-sigmoid-adam-alarm', 'second-alarm', alarm(), [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.0005), tr(40));

add('nan-loss.sgd-3-batch-1-response', 'response-minutes', resp(), [d(16, 'tanh'), d(1)], 'mse', sgd(3), tr(5, 1));
add('nan-loss.raw-damage-target-sgd', 'damage-usd-raw-target', dmg({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.momentum-0.99-lr-0.5-incident', 'incident-type', inc(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', mom(0.5, 0.99), tr(30));
add('nan-loss.constant-2-relu-deep-duration', 'call-duration', dur(), [...tower(4, 64, 'relu', init('constant', { value: 2 })), d(1, 'linear', init('constant', { value: 2 }))], 'mse', sgd(0.01), tr(20));
add('nan-loss.raw-queue-seconds-nesterov-full', 'call-duration-raw', dur({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.001), tr(20, 900));
add('nan-loss.adam-2-sine-batch-4', 'shift-cycle-sine', SINE, [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(2), tr(20, 4));

add('saturated-activation.sigmoid-raw-water-incident', 'incident-raw', inc({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.tanh-raw-floor-area-alarm', 'second-alarm-raw', alarm({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-bias-6-response', 'response-minutes', resp(), [d(32, 'tanh', { bias: 6 }), d(32, 'tanh', { bias: 6 }), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.sigmoid-raw-queue-duration', 'call-duration-raw', dur({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('saturated-activation.sigmoid-raw-damage-features', 'damage-usd-raw-features', dmg({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));

add('lr-too-high.nesterov-lr-1-batch-16-incident', 'incident-type', inc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(1), tr(40, 16));
add('lr-too-high.adam-0.5-batch-8-response', 'response-minutes', resp(), [d(32, 'elu'), d(1)], 'mse', adam(0.5), tr(30, 8));
add('lr-too-high.rmsprop-0.1-batch-4-alarm', 'second-alarm', alarm(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.1), tr(20, 4));
add('lr-too-high.sgd-plain-4-moons', 'district-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(4), tr(60, 16));
add('lr-too-high.adam-0.08-batch-1-duration', 'call-duration', dur(), [d(32, 'relu'), d(1)], 'mse', adam(0.08), tr(5, 1));
add('lr-too-high.momentum-0.3-batch-2-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.3), tr(20, 2));

add('lr-too-low.sgd-plain-1e-6-incident', 'incident-type', inc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.000001), tr(50));
add('lr-too-low.adam-1e-6-response', 'response-minutes', resp(), [d(32, 'tanh'), d(1)], 'mse', adam(0.000001), tr(60));
add('lr-too-low.momentum-1e-5-damage', 'damage-usd', dmg(), [d(32, 'relu'), d(1)], 'mse', mom(0.00001), tr(60));
add('lr-too-low.nesterov-2e-6-full-batch-moons', 'district-moons', MOONS, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.000002), tr(200, 300));
add('lr-too-low.rmsprop-5e-7-duration-batch-8', 'call-duration', dur(), [d(16, 'relu'), d(1)], 'mse', rms(0.0000005), tr(40, 8));

add('oscillating-loss.momentum-0.98-lr-0.1-full-batch-linear-response', 'response-minutes', resp(), [d(1)], 'mse', mom(0.1, 0.98), tr(150, 1000));
add('oscillating-loss.km-and-miles-sgd-1.1-full-batch-linear', 'response-minutes', resp({ features: ['distance_km', 'distance_mi', 'traffic_index', 'turnout_min'] }), [d(1)], 'mse', sgd(1.1), tr(120, 1000));
add('oscillating-loss.adam-0.1-full-batch-linear-duration', 'call-duration', dur(), [d(1)], 'mse', adam(0.1), tr(150, 900));
add('oscillating-loss.nesterov-0.99-lr-0.05-batch-425-damage', 'damage-usd', dmg(), [d(8, 'tanh'), d(1)], 'mse', nest(0.05, 0.99), tr(150, 425));
add('oscillating-loss.momentum-0.97-lr-2-logistic-hose', 'hose-pressure', INLINE_HOSE, [d(1, 'sigmoid')], 'bce', mom(2, 0.97), tr(200, 24));
add('oscillating-loss.rmsprop-0.03-full-batch-tanh-incident', 'incident-type', inc(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.03), tr(150, 1000));
add('oscillating-loss.sgd-plain-0.9-batch-500-linear-duration', 'call-duration', dur(), [d(1)], 'mse', sgd(0.9), tr(150, 450));
add('oscillating-loss.adam-0.05-full-batch-sine', 'shift-cycle-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.05), tr(200, 300));

add('loss-plateau.hydrant-serial-only-alarm', 'second-alarm', alarm({ features: ['hydrant_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.dispatch-desk-only-incident', 'incident-type', inc({ features: ['dispatch_desk'] }), [d(16, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('loss-plateau.hour-only-duration', 'call-duration', dur({ features: ['hour'] }), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));
add('loss-plateau.weight-decay-3-adam-response', 'response-minutes', resp(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 3 }), tr(60));
add('loss-plateau.clipnorm-1e-6-momentum-damage', 'damage-usd', dmg(), [d(32, 'elu'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 0.000001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.response-adam-relu', 'response-minutes', resp(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.response-rmsprop-elu-val', 'response-minutes', resp(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.response-nesterov-tanh-batch-16', 'response-minutes', resp(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.response-minmax-sgd-leaky-batch-1', 'response-minutes', resp({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.response-miles-adam-bn-batch-128', 'response-minutes', resp({ features: ['hour', 'distance_mi', 'traffic_index', 'crew_size', 'turnout_min', 'night'] }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.response-momentum-sigmoid-decay', 'response-minutes', resp(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.response-linear-sgd-full-batch', 'response-minutes', resp(), [d(1)], 'mse', sgd(0.1), tr(200, 1000));
add('ok.incident-adam-relu', 'incident-type', inc(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.incident-rmsprop-tanh-dropout', 'incident-type', inc(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.incident-nesterov-elu-batch-8', 'incident-type', inc(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(40, 8));
add('ok.incident-minmax-adam-bn', 'incident-type', inc({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.incident-sgd-plain-leaky-he-uniform', 'incident-type', inc(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', sgd(0.1), tr(60, 16));
add('ok.incident-softmax-regression-rmsprop-val', 'incident-type', inc(), [d(5, 'softmax')], 'cce', rms(0.01), tr(80, 32, { validationSplit: 0.15 }));
add('ok.alarm-adam-relu', 'second-alarm', alarm(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.alarm-logistic-rmsprop', 'second-alarm', alarm(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.alarm-nesterov-tanh-batch-64', 'second-alarm', alarm(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(80, 64));
add('ok.alarm-minmax-adam-elu-clip', 'second-alarm', alarm({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(80));
add('ok.damage-adam-elu', 'damage-usd', dmg(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.damage-rmsprop-relu-batch-256', 'damage-usd', dmg(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.damage-momentum-tanh-lecun', 'damage-usd', dmg(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.damage-minmax-target-adam-dropout', 'damage-usd', dmg({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.damage-nesterov-leaky-batch-4', 'damage-usd', dmg(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.005), tr(20, 4));
add('ok.duration-adam-tanh', 'call-duration', dur(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.duration-minutes-rmsprop-relu', 'call-duration', dur({ target: 'duration_min' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.duration-sgd-plain-elu-batch-2', 'call-duration', dur(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.duration-adam-bn-dropout-deep-val', 'call-duration', dur(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(200, 150));
add('ok.moons-adam-relu', 'district-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-8', 'district-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 8));
add('ok.circles-adam-elu', 'hydrant-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-relu-bn', 'hydrant-ring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.spirals-adam-tanh-deep', 'hose-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs3-sgd-plain-sigmoid', 'station-blobs', BLOBS3, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'shift-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-batch-300', 'shift-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 300));
add('ok.xor-adam-tanh', 'two-pump-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-xavier-normal', 'two-pump-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.hose-inline-adam-tanh', 'hose-pressure', INLINE_HOSE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.hose-inline-logistic-sgd-batch-1', 'hose-pressure', INLINE_HOSE, [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 1));
add('ok.response-adam-he-normal-leaky-clip', 'response-minutes', resp(), [d(64, 'leaky_relu', { init: 'he_normal' }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.incident-momentum-sigmoid-xavier-uniform', 'incident-type', inc(), [d(32, 'sigmoid', { init: 'xavier_uniform' }), d(5, 'softmax')], 'cce', mom(0.05), tr(80));
add('ok.duration-nesterov-relu-decay', 'call-duration', dur(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.damage-sgd-plain-sigmoid-full-batch', 'damage-usd', dmg(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.5), tr(300, 850));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
