/**
 * Writes every candidate spec of set blind235 (ambulance stations and paramedic services) into
 * candidates/: `npx tsx test/faults-blind235/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type Obj = Record<string, unknown>;
let seed = 235;
function spec(file: string, s: Obj): void {
  const body = { name: file, seed: seed++, ...s };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
const D = (a: string, u: number, extra: Obj = {}) => ({ type: 'dense', units: u, activation: a, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}) => ({ epochs, batchSize, ...extra });

const CALL_F = ['distance_km', 'traffic_index', 'hour', 'crew_years', 'station_load', 'priority', 'road_temp_c'];
const TRI_F = ['age', 'heart_rate', 'systolic_bp', 'resp_rate', 'spo2', 'gcs', 'pain_score'];
const SH_F = ['shift_hours', 'calls_handled', 'km_driven', 'fuel_litres', 'crew_size', 'night'];
const FL_F = ['odometer_km', 'age_months', 'days_since_service', 'cold_starts', 'brake_wear_pct'];
const calls = (target: string, x: Obj = {}) => ({ csv: '../data/calls.csv', target, features: CALL_F, normalize: 'standard', ...x });
const resp = (x: Obj = {}) => calls('response_min', { normalizeTarget: 'standard', ...x });
const late = (x: Obj = {}) => calls('late', x);
const triage = (x: Obj = {}) => ({ csv: '../data/triage.csv', target: 'triage', features: TRI_F, normalize: 'standard', ...x });
const shifts = (x: Obj = {}) => ({ csv: '../data/shifts.csv', target: 'overtime_h', features: SH_F, normalize: 'standard', normalizeTarget: 'standard', ...x });
const fleet = (x: Obj = {}) => ({ csv: '../data/fleet.csv', target: 'breakdown', features: FL_F, normalize: 'standard', ...x });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.relu-camelcase', { data: late(), layers: [D('ReLu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.adamw-optimizer', { data: triage(), layers: [D('relu', 24), D('softmax', 4)], loss: 'cce', optimizer: opt('adamw', 0.002, { weightDecay: 0.01 }), training: tr(80, 32) });
spec('invalid-spec.mae-loss', { data: resp(), layers: [D('relu', 16), D('linear', 1)], loss: 'mae', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.dropout-rate-percent', { data: triage(), layers: [D('relu', 32), drop(20), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.glorot-init', { data: fleet(), layers: [D('tanh', 12, { init: 'glorot_uniform' }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(80, 16) });
// data-error
spec('data-error.gaps-export', { data: calls('response_min', { csv: '../data/calls-gaps.csv', normalizeTarget: 'standard' }), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.distance-with-unit', { data: calls('late', { csv: '../data/calls-units.csv' }), layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.target-renamed', { data: calls('response_time_min', { normalizeTarget: 'standard' }), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.no-features-list', { data: { csv: '../data/calls.csv', target: 'late', normalize: 'standard' }, layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.shared-drive-path', { data: fleet({ csv: '../../../../../mnt/fleetshare/fleet.csv' }), layers: [D('relu', 8), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.missing-monthly-file', { data: triage({ csv: '../data/triage_2024_04.csv' }), layers: [D('relu', 16), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
// shape-mismatch
spec('shape-mismatch.triage-three-units', { data: triage(), layers: [D('relu', 24), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.triage-five-units', { data: triage(), layers: [D('tanh', 16), D('softmax', 5)], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('shape-mismatch.late-two-sigmoids', { data: late(), layers: [D('relu', 16), D('sigmoid', 2)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: calls('', { target: ['response_min', 'station_load'], features: ['distance_km', 'traffic_index', 'hour', 'crew_years', 'priority'], normalizeTarget: 'standard' }), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse', { data: triage(), layers: [D('relu', 24), D('softmax', 4)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: fleet(), layers: [D('relu', 12), D('linear', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 16) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: triage(), layers: [D('relu', 24), D('sigmoid', 4)], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
spec('loss-activation-mismatch.relu-head-bce', { data: late(), layers: [D('relu', 16), D('relu', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.tanh-head-raw-minutes', { data: calls('response_min'), layers: [D('relu', 16), D('tanh', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
// init-symmetry
spec('init-symmetry.zeros-hidden', { data: fleet(), layers: [D('tanh', 16, { init: 'zeros' }), D('sigmoid', 1, { init: 'zeros' })], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(120, 16) });
spec('init-symmetry.constant-hidden', { data: triage(), layers: [D('relu', 24, { init: { name: 'constant', value: 0.1 } }), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(120, 32) });
spec('init-symmetry.zeros-two-layers', { data: resp(), layers: [D('tanh', 16, { init: 'zeros' }), D('tanh', 8, { init: 'zeros' }), D('linear', 1, { init: 'zeros' })], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 32) });
spec('init-symmetry.constant-sigmoid', { data: late(), layers: [D('sigmoid', 12, { init: { name: 'constant', value: 0.5 } }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(120, 32) });
// init-scale
spec('init-scale.normal-std-8', { data: triage(), layers: [D('tanh', 32, { init: { name: 'normal', std: 8 } }), D('tanh', 32, { init: { name: 'normal', std: 8 } }), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(120, 32) });
spec('init-scale.uniform-tiny-deep', { data: late(), layers: [D('relu', 32, { init: { name: 'uniform', limit: 1e-4 } }), D('relu', 32, { init: { name: 'uniform', limit: 1e-4 } }), D('relu', 32, { init: { name: 'uniform', limit: 1e-4 } }), D('sigmoid', 1, { init: { name: 'uniform', limit: 1e-4 } })], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(120, 32) });
spec('init-scale.normal-std-5-relu', { data: resp(), layers: [D('relu', 64, { init: { name: 'normal', std: 5 } }), D('relu', 64, { init: { name: 'normal', std: 5 } }), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(120, 32) });
// no-nonlinearity
spec('no-nonlinearity.triage-linear-stack', { data: triage(), layers: [D('linear', 32), D('linear', 16), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('no-nonlinearity.moons-linear', { data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [D('linear', 16), D('linear', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.response-default-activation', { data: resp(), layers: [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, { type: 'dense', units: 1 }], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
// lr-out-of-range
spec('lr-out-of-range.zero', { data: fleet(), layers: [D('relu', 12), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0), training: tr(80, 16) });
spec('lr-out-of-range.negative', { data: triage(), layers: [D('relu', 24), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', -0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('lr-out-of-range.adam-30', { data: shifts(), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 30), training: tr(80, 32) });
spec('lr-out-of-range.rmsprop-100', { data: late(), layers: [D('tanh', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 100), training: tr(80, 32) });
// dead-relu
spec('dead-relu.negative-bias', { data: resp(), layers: [D('relu', 32, { bias: -6 }), D('relu', 16, { bias: -6 }), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(120, 32) });
spec('dead-relu.sgd-big-step', { data: shifts(), layers: [D('relu', 32), D('relu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.6), training: tr(120, 16) });
spec('dead-relu.bias-minus-10', { data: triage(), layers: [D('relu', 32, { bias: -10 }), D('softmax', 4)], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(120, 32) });
spec('dead-relu.raw-odometer', { data: fleet({ normalize: 'none' }), layers: [D('relu', 16), D('relu', 8), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(120, 16) });
// exploding-gradient
spec('exploding-gradient.raw-shift-data', { data: shifts({ normalize: 'none', normalizeTarget: 'none' }), layers: [D('relu', 16), D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(100, 32) });
spec('exploding-gradient.raw-minutes-deep', { data: calls('response_min', { normalize: 'none' }), layers: [D('relu', 32), D('relu', 32), D('relu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(100, 32) });
spec('exploding-gradient.big-init-deep-linear-out', { data: resp(), layers: [D('leaky_relu', 32, { init: { name: 'normal', std: 1.5 } }), D('leaky_relu', 32, { init: { name: 'normal', std: 1.5 } }), D('leaky_relu', 32, { init: { name: 'normal', std: 1.5 } }), D('leaky_relu', 32, { init: { name: 'normal', std: 1.5 } }), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid', { data: late(), layers: [D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('vanishing-gradient.deep-tanh-small-init', { data: triage(), layers: Array.from({ length: 7 }, () => D('tanh', 16, { init: { name: 'normal', std: 0.05 } })).concat([D('softmax', 4)]), loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 32) });
spec('vanishing-gradient.sigmoid-ladder-fleet', { data: fleet(), layers: [D('sigmoid', 24), D('sigmoid', 20), D('sigmoid', 16), D('sigmoid', 12), D('sigmoid', 8), D('sigmoid', 8), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(120, 16) });
// nan-loss
spec('nan-loss.raw-minutes-sgd', { data: calls('response_min', { normalize: 'none' }), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
spec('nan-loss.raw-odometer-regression', { data: { csv: '../data/fleet.csv', target: 'odometer_km', features: ['age_months', 'days_since_service', 'cold_starts', 'brake_wear_pct'] }, layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 16) });
spec('nan-loss.rmsprop-huge-rate-raw', { data: shifts({ normalize: 'none', normalizeTarget: 'none' }), layers: [D('elu', 16), D('elu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.95 }), training: tr(60, 8) });
// lr-too-high
spec('lr-too-high.adam-half', { data: triage(), layers: [D('relu', 32), D('relu', 16), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.5), training: tr(80, 32) });
spec('lr-too-high.sgd-3', { data: late(), layers: [D('tanh', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 3, { momentum: 0.9 }), training: tr(80, 32) });
spec('lr-too-high.rmsprop-0.3', { data: resp(), layers: [D('relu', 32), D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.3), training: tr(80, 32) });
spec('lr-too-high.nesterov-1.5-fleet', { data: fleet(), layers: [D('elu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), training: tr(80, 8) });
// lr-too-low
spec('lr-too-low.sgd-1e-5', { data: triage(), layers: [D('relu', 24), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 1e-5), training: tr(100, 32) });
spec('lr-too-low.adam-1e-6', { data: resp(), layers: [D('relu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
spec('lr-too-low.rmsprop-2e-6-fleet', { data: fleet(), layers: [D('tanh', 12), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 2e-6), training: tr(100, 16) });
spec('lr-too-low.momentum-1e-5-shifts', { data: shifts(), layers: [D('elu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(100, 32) });
// saturated-activation
spec('saturated-activation.sigmoid-raw-odometer', { data: fleet({ normalize: 'none' }), layers: [D('sigmoid', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 16) });
spec('saturated-activation.tanh-big-init', { data: late(), layers: [D('tanh', 32, { init: { name: 'normal', std: 4 } }), D('tanh', 32, { init: { name: 'normal', std: 4 } }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('saturated-activation.sigmoid-bias-8', { data: triage(), layers: [D('sigmoid', 24, { bias: 8 }), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('saturated-activation.tanh-raw-shift-km', { data: shifts({ normalize: 'none' }), layers: [D('tanh', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
// loss-plateau
spec('loss-plateau.weight-decay-3', { data: triage(), layers: [D('relu', 24), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 3 }), training: tr(120, 32) });
spec('loss-plateau.one-unit-bottleneck-relu', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [D('relu', 1), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('loss-plateau.clipnorm-tiny', { data: resp(), layers: [D('relu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(120, 32) });
spec('loss-plateau.dropout-0.95', { data: fleet(), layers: [D('relu', 16), drop(0.95), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(120, 16) });
// oscillating-loss
spec('oscillating-loss.batch1-sgd', { data: shifts(), layers: [D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(60, 1) });
spec('oscillating-loss.momentum-0.99', { data: late(), layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.99 }), training: tr(100, 64) });
spec('oscillating-loss.adam-0.05-batch4', { data: triage(), layers: [D('relu', 32), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.05), training: tr(80, 4) });
spec('oscillating-loss.fullbatch-sgd-edge', { data: resp(), layers: [D('tanh', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.9), training: tr(150, 520) });

// ---------------- healthy ----------------
spec('ok.late-relu-adam', { data: late(), layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.late-tanh-sgd-momentum', { data: late(), layers: [D('tanh', 16), D('tanh', 8), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.late-minmax-rmsprop', { data: late({ normalize: 'minmax' }), layers: [D('elu', 24), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(120, 16) });
spec('ok.late-batch1-sgd', { data: late(), layers: [D('relu', 8), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.005), training: tr(30, 1) });
spec('ok.response-relu-adam', { data: resp(), layers: [D('relu', 32), D('relu', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(150, 32) });
spec('ok.response-leaky-nesterov', { data: resp(), layers: [D('leaky_relu', 32), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
spec('ok.response-batchnorm-rmsprop', { data: resp(), layers: [D('relu', 32, { batchNorm: true }), D('relu', 16, { batchNorm: true }), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 32, { validationSplit: 0.15 }) });
spec('ok.response-fullbatch-adam', { data: resp(), layers: [D('tanh', 24), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(400, 520) });
spec('ok.response-minmax-target', { data: resp({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [D('elu', 24), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 32) });
spec('ok.response-clipnorm-weightdecay', { data: resp(), layers: [D('relu', 48), drop(0.1), D('relu', 24), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 1e-4, clipNorm: 5 }), training: tr(150, 64) });
spec('ok.triage-relu-adam', { data: triage(), layers: [D('relu', 32), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.triage-tanh-sgd', { data: triage(), layers: [D('tanh', 24), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(150, 16) });
spec('ok.triage-deep-elu-rmsprop', { data: triage(), layers: [D('elu', 32), D('elu', 32), D('elu', 16), D('softmax', 4)], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.triage-dropout-nesterov', { data: triage(), layers: [D('relu', 64), drop(0.3), D('relu', 32), drop(0.2), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), training: tr(120, 32) });
spec('ok.triage-batchnorm-sgd', { data: triage({ normalize: 'minmax' }), layers: [D('relu', 32, { batchNorm: true }), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 64) });
spec('ok.triage-sigmoid-hidden-adam', { data: triage(), layers: [D('sigmoid', 32), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(120, 32) });
spec('ok.triage-fullbatch-adam', { data: triage(), layers: [D('leaky_relu', 32), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(400, 600) });
spec('ok.shifts-relu-adam', { data: shifts(), layers: [D('relu', 24), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.shifts-sgd-plain', { data: shifts(), layers: [D('tanh', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(150, 16) });
spec('ok.shifts-rmsprop-deep', { data: shifts(), layers: [D('elu', 32), D('elu', 16), D('elu', 8), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(150, 32, { validationSplit: 0.2 }) });
spec('ok.shifts-linear-regression', { data: shifts(), layers: [D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.fleet-relu-adam', { data: fleet(), layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(150, 16) });
spec('ok.fleet-logistic-sgd', { data: fleet(), layers: [D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 16) });
spec('ok.fleet-tanh-momentum-decay', { data: fleet(), layers: [D('tanh', 12), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1e-4 }), training: tr(150, 32) });
spec('ok.fleet-batch-full-rmsprop', { data: fleet({ normalize: 'minmax' }), layers: [D('relu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(400, 300) });
spec('ok.fleet-leaky-validation', { data: fleet(), layers: [D('leaky_relu', 24), drop(0.2), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(150, 16, { validationSplit: 0.25 }) });
spec('ok.iris-relu-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [D('relu', 16), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
spec('ok.moons-tanh-sgd', { data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [D('tanh', 16), D('tanh', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.circles-relu-rmsprop', { data: { builtin: 'circles', samples: 400, noise: 0.05 }, layers: [D('relu', 24), D('relu', 12), D('sigmoid', 1)], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(200, 32) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [D('relu', 64), D('relu', 64), D('relu', 32), D('softmax', 3)], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(400, 32) });
spec('ok.blobs-four-classes-sgd', { data: { builtin: 'blobs', samples: 400, classes: 4 }, layers: [D('relu', 8), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [D('tanh', 32), D('tanh', 16), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(400, 32) });
spec('ok.xor-elu-fullbatch', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [D('elu', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(300, 200) });
spec('ok.inline-handover-minutes', { data: { inline: { x: [[1, 0], [2, 1], [3, 0], [4, 1], [5, 0], [6, 1], [7, 0], [8, 1], [9, 0], [10, 1], [11, 0], [12, 1]], y: [11, 14, 13, 16, 15, 18, 17, 20, 19, 22, 21, 24] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(200, 12) });
spec('ok.inline-bariatric-labels', { data: { inline: { x: [[140, 1], [60, 0], [155, 1], [70, 0], [130, 1], [85, 0], [165, 1], [55, 0], [145, 0], [75, 1], [150, 1], [65, 0]], y: ['bariatric', 'standard', 'bariatric', 'standard', 'bariatric', 'standard', 'bariatric', 'standard', 'bariatric', 'standard', 'bariatric', 'standard'] }, normalize: 'standard' }, layers: [D('tanh', 4), D('softmax', 2)], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(200, 4) });
spec('ok.late-wide-shallow-lecun', { data: late(), layers: [D('elu', 128, { init: 'lecun_normal' }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 64) });
spec('ok.response-he-uniform-deep', { data: resp(), layers: [D('relu', 24, { init: 'he_uniform' }), D('relu', 24, { init: 'he_uniform' }), D('relu', 24, { init: 'he_uniform' }), D('relu', 24, { init: 'he_uniform' }), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(150, 32) });
spec('ok.triage-xavier-normal-rmsprop-batch8', { data: triage(), layers: [D('tanh', 16, { init: 'xavier_normal' }), D('softmax', 4)], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(80, 8) });
spec('ok.late-clipnorm-sgd-high', { data: late(), layers: [D('relu', 24), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.3, { clipNorm: 1 }), training: tr(100, 32) });
spec('ok.shifts-batch-2-adam', { data: shifts(), layers: [D('relu', 12), D('linear', 1)], loss: 'mse', optimizer: opt('adam', 0.0005), training: tr(60, 2) });
spec('ok.fleet-normal-init-small', { data: fleet(), layers: [D('relu', 16, { init: { name: 'normal', std: 0.3 } }), D('sigmoid', 1)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('ok.response-bias-positive-relu', { data: resp(), layers: [D('relu', 32, { bias: 0.1 }), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.8 }), training: tr(150, 32) });
spec('ok.triage-no-shuffle-adam', { data: triage(), layers: [D('relu', 32), D('relu', 16), D('softmax', 4)], loss: 'cce', optimizer: opt('adam', 0.002, { weightDecay: 5e-4 }), training: tr(100, 32, { shuffle: false }) });

// ---------------- second pass (after the first observation: two oscillating and two plateau candidates re-filed) ----------------
spec('oscillating-loss.triage-momentum-0.97', { data: triage(), layers: [D('relu', 24), D('softmax', 4)], loss: 'cce', optimizer: opt('sgd', 0.4, { momentum: 0.97 }), training: tr(100, 100) });
spec('oscillating-loss.fleet-momentum-0.98', { data: fleet(), layers: [D('tanh', 16), D('sigmoid', 1)], loss: 'bce', optimizer: opt('sgd', 0.5, { momentum: 0.98 }), training: tr(120, 50) });
spec('oscillating-loss.shifts-rmsprop-0.05', { data: shifts(), layers: [D('relu', 24), D('linear', 1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(100, 16) });
spec('loss-plateau.weight-decay-sgd-shifts', { data: shifts(), layers: [D('tanh', 16), D('linear', 1)], loss: 'mse', optimizer: opt('sgd', 0.05, { weightDecay: 2 }), training: tr(120, 32) });
spec('loss-plateau.two-sigmoid-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [D('sigmoid', 2), D('softmax', 3)], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(150, 32) });
