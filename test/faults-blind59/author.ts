/**
 * Writes every candidate spec of test/faults-blind59 (energy and utilities) into candidates/:
 * `npx tsx test/faults-blind59/author.ts`. Names are `<intended code>.<slug>` for the faults and
 * `healthy.<slug>` for the healthy ones; write-manifest.py files each by what the bare engine did
 * (observed.txt), not by this intent.
 */
import * as fs from 'fs';
import * as path from 'path';
import { normal, rng } from '../faults/data-random';

const OUT = path.join(__dirname, 'candidates');

type Json = Record<string, unknown>;
type Norm = 'none' | 'standard' | 'minmax';

/** A CSV data block of this set (paths are relative to the filed spec, one folder down). */
function csv(file: string, target: string | string[], features: string[] | undefined, normalize: Norm, normalizeTarget?: Norm): Json {
  const block: Json = { csv: `../data/${file}`, target };
  if (features) block.features = features;
  block.normalize = normalize;
  if (normalizeTarget) block.normalizeTarget = normalizeTarget;
  return block;
}

/** A dense layer; `activation` left out means the spec omits it (the engine's default, linear). */
function dense(units: number, activation?: string, extra: Json = {}): Json {
  return activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
}
const dropout = (rate: number): Json => ({ type: 'dropout', rate });

function spec(name: string, seed: number, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

// Feature lists of the set's CSVs.
const METER_NEXT = ['hour', 'weekday', 'tariff_peak', 'tariff_offpeak', 'tariff_shoulder', 'temp_c', 'kwh_prev'];
const METER_FAULT = ['kwh_prev', 'zero_reads', 'volt_dev', 'temp_c', 'hour'];
const SOLAR = ['hour', 'irradiance_wm2', 'panel_temp_c', 'tilt_deg'];
const TURB_STATE = ['wind_speed_ms', 'rotor_rpm', 'pitch_deg', 'nacelle_temp_c', 'ambient_temp_c', 'yaw_misalign_deg', 'vibration_mms'];
const TURB_POWER = ['wind_speed_ms', 'rotor_rpm', 'pitch_deg', 'ambient_temp_c', 'yaw_misalign_deg'];
const GRID = ['hour', 'weekday', 'month', 'temp_c', 'holiday', 'weekend'];
const LEAK = ['pressure_bar', 'flow_lps', 'night_flow_lps', 'pressure_drop_bar', 'pipe_age_y'];
const TRAFO = ['h2_ppm', 'ch4_ppm', 'c2h2_ppm', 'c2h4_ppm', 'co_ppm', 'moisture_ppm', 'age_years'];

/** A small heat-pump table written inline: outdoor and flow temperature (°C) to the coefficient of performance. */
function heatPumpInline(): Json {
  const next = rng(5907);
  const x: number[][] = [], y: number[] = [];
  for (let i = 0; i < 80; i++) {
    const outdoor = -10 + 25 * next(), flow = 35 + 20 * next();
    const lift = flow - outdoor;
    x.push([Number(outdoor.toFixed(1)), Number(flow.toFixed(1))]);
    y.push(Number((0.55 * (flow + 273.15) / lift / 2 + normal(next, 0, 0.05)).toFixed(3)));
  }
  return { inline: { x, y }, normalize: 'standard' };
}

const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const rmsprop = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

const candidates: Record<string, Json> = {
  // ---------------- healthy ----------------
  'healthy.meters-next-kwh-adam': spec('meters-next-kwh-adam', 3, csv('meters.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], 'mse', adam(0.005), train(120)),
  'healthy.meters-next-kwh-tanh-momentum': spec('meters-next-kwh-tanh-momentum', 4, csv('meters.csv', 'kwh_next', METER_NEXT, 'minmax'),
    [dense(12, 'tanh'), dense(1, 'linear')], 'mse', sgd(0.02, { momentum: 0.9 }), train(150, 32)),
  'healthy.meters-next-kwh-elu-batchnorm': spec('meters-next-kwh-elu-batchnorm', 5, csv('meters.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(24, 'elu', { batchNorm: true }), dense(12, 'elu'), dense(1, 'linear')], 'mse', rmsprop(0.002), train(100, 64)),
  'healthy.meters-fault-flag-adam': spec('meters-fault-flag-adam', 6, csv('meters.csv', 'meter_fault', METER_FAULT, 'standard'),
    [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.01), train(150)),
  'healthy.meters-fault-flag-rmsprop-dropout': spec('meters-fault-flag-rmsprop-dropout', 7, csv('meters.csv', 'meter_fault', METER_FAULT, 'standard'),
    [dense(24, 'relu'), dropout(0.2), dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', rmsprop(0.003), train(120, 32, { validationSplit: 0.2 })),
  'healthy.solar-output-adam': spec('solar-output-adam', 8, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(0.003), train(150)),
  'healthy.solar-output-elu-minmax': spec('solar-output-elu-minmax', 9, csv('solar.csv', 'output_w', SOLAR, 'minmax', 'minmax'),
    [dense(16, 'elu'), dense(1, 'linear')], 'mse', rmsprop(0.002), train(200, 16)),
  'healthy.solar-output-tanh-nesterov': spec('solar-output-tanh-nesterov', 10, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'linear')], 'mse', sgd(0.01, { momentum: 0.9, nesterov: true }), train(150)),
  'healthy.solar-output-batchnorm-decay': spec('solar-output-batchnorm-decay', 11, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(24, 'relu', { batchNorm: true }), dense(12, 'relu'), dense(1, 'linear')], 'mse', adam(0.003, { weightDecay: 1e-4 }), train(120, 32, { validationSplit: 0.2 })),
  'healthy.turbines-state-adam': spec('turbines-state-adam', 12, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(24, 'relu'), dense(12, 'relu'), dense(4, 'softmax')], 'cce', adam(0.005), train(100)),
  'healthy.turbines-state-tanh-momentum': spec('turbines-state-tanh-momentum', 13, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), train(100)),
  'healthy.turbines-state-rmsprop-dropout': spec('turbines-state-rmsprop-dropout', 14, csv('turbines.csv', 'state', TURB_STATE, 'minmax'),
    [dense(32, 'leaky_relu'), dropout(0.2), dense(16, 'leaky_relu'), dense(4, 'softmax')], 'cce', rmsprop(0.002), train(120, 32, { validationSplit: 0.15 })),
  'healthy.turbines-power-adam': spec('turbines-power-adam', 15, csv('turbines.csv', 'power_kw', TURB_POWER, 'standard', 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(0.003), train(150)),
  'healthy.turbines-power-leaky-clip': spec('turbines-power-leaky-clip', 16, csv('turbines.csv', 'power_kw', TURB_POWER, 'standard', 'standard'),
    [dense(24, 'leaky_relu'), dense(24, 'leaky_relu'), dense(1, 'linear')], 'mse', sgd(0.01, { momentum: 0.9, clipNorm: 1 }), train(150, 16)),
  'healthy.grid-load-adam': spec('grid-load-adam', 17, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(0.003), train(200)),
  'healthy.grid-load-elu-rmsprop': spec('grid-load-elu-rmsprop', 18, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'elu'), dense(1, 'linear')], 'mse', rmsprop(0.003), train(250, 32)),
  'healthy.grid-load-minmax-momentum': spec('grid-load-minmax-momentum', 19, csv('gridload.csv', 'load_mw', GRID, 'minmax', 'minmax'),
    [dense(32, 'elu'), dense(16, 'elu'), dense(1, 'linear')], 'mse', sgd(0.05, { momentum: 0.9 }), train(250, 16)),
  'healthy.grid-load-weight-decay': spec('grid-load-weight-decay', 20, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(48, 'relu'), dropout(0.1), dense(24, 'relu'), dense(1, 'linear')], 'mse', adam(0.002, { weightDecay: 1e-4 }), train(200, 32, { validationSplit: 0.2 })),
  'healthy.leaks-bce-adam': spec('leaks-bce-adam', 21, csv('leaks.csv', 'leak', LEAK, 'standard'),
    [dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.01), train(100)),
  'healthy.leaks-bce-tanh-sgd': spec('leaks-bce-tanh-sgd', 22, csv('leaks.csv', 'leak', LEAK, 'standard'),
    [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', sgd(0.1), train(150, 16)),
  'healthy.leaks-cce-two-class': spec('leaks-cce-two-class', 23, csv('leaks.csv', 'leak', LEAK, 'minmax'),
    [dense(16, 'relu'), dense(2, 'softmax')], 'cce', rmsprop(0.003), train(120)),
  'healthy.leaks-small-batch-momentum': spec('leaks-small-batch-momentum', 24, csv('leaks.csv', 'leak', LEAK, 'standard'),
    [dense(16, 'elu'), dense(8, 'elu'), dense(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.9 }), train(80, 8)),
  'healthy.transformers-grade-adam': spec('transformers-grade-adam', 25, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'relu'), dense(8, 'relu'), dense(4, 'softmax')], 'cce', adam(0.005), train(150)),
  'healthy.transformers-grade-elu-dropout': spec('transformers-grade-elu-dropout', 26, csv('transformers.csv', 'grade', TRAFO, 'minmax'),
    [dense(32, 'elu'), dropout(0.1), dense(4, 'softmax')], 'cce', rmsprop(0.003), train(150)),
  'healthy.transformers-grade-tanh-nesterov': spec('transformers-grade-tanh-nesterov', 27, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', sgd(0.02, { momentum: 0.9, nesterov: true }), train(150)),
  'healthy.transformers-grade-clip-batch64': spec('transformers-grade-clip-batch64', 28, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(24, 'relu', { batchNorm: true }), dense(12, 'relu'), dense(4, 'softmax')], 'cce', adam(0.005, { clipNorm: 5 }), train(150, 64)),
  'healthy.sine-daily-profile': spec('sine-daily-profile', 29, { builtin: 'sine', samples: 300, noise: 0.05 },
    [dense(16, 'tanh'), dense(16, 'tanh'), dense(1, 'linear')], 'mse', adam(0.01), train(200)),
  'healthy.blobs-operating-modes': spec('blobs-operating-modes', 30, { builtin: 'blobs', classes: 4, samples: 400 },
    [dense(16, 'relu'), dense(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), train(60)),
  'healthy.circles-vibration-envelope': spec('circles-vibration-envelope', 31, { builtin: 'circles', samples: 300, noise: 0.08 },
    [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.01), train(150)),
  'healthy.moons-two-sensor-fault': spec('moons-two-sensor-fault', 32, { builtin: 'moons', samples: 300 },
    [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', rmsprop(0.005), train(150)),
  'healthy.xor-relay-logic': spec('xor-relay-logic', 33, { builtin: 'xor', samples: 200, noise: 0.1 },
    [dense(8, 'elu'), dense(1, 'sigmoid')], 'bce', adam(0.02), train(200)),
  'healthy.heat-pump-cop-inline': spec('heat-pump-cop-inline', 34, heatPumpInline(),
    [dense(12, 'tanh'), dense(1, 'linear')], 'mse', adam(0.01), train(300, 16)),
  'healthy.iris-grade-proxy': spec('iris-grade-proxy', 35, { builtin: 'iris', normalize: 'standard' },
    [dense(12, 'relu'), dense(3, 'softmax')], 'cce', adam(0.01), train(150, 16)),
  'healthy.spirals-phase-sequence': spec('spirals-phase-sequence', 36, { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 },
    [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', adam(0.01), train(300)),
  'healthy.meters-next-kwh-sgd-plain': spec('meters-next-kwh-sgd-plain', 37, csv('meters.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(16, 'relu'), dense(1, 'linear')], 'mse', sgd(0.05), train(150, 16)),
  'healthy.turbines-power-rmsprop-minmax': spec('turbines-power-rmsprop-minmax', 38, csv('turbines.csv', 'power_kw', TURB_POWER, 'minmax', 'minmax'),
    [dense(32, 'elu'), dense(1, 'linear')], 'mse', rmsprop(0.003), train(200, 16)),

  // ---------------- invalid-spec ----------------
  'invalid-spec.softmax-capitalised': spec('turbine-state', 40, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(24, 'relu'), dense(4, 'Softmax')], 'cce', adam(0.005), train(100)),
  'invalid-spec.learning-rate-key': spec('solar-output', 41, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', learning_rate: 0.001 }, train(150)),
  'invalid-spec.epochs-as-string': spec('grid-load', 42, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'relu'), dense(1, 'linear')], 'mse', adam(0.003), { epochs: '200', batchSize: 32 }),
  'invalid-spec.keras-loss-name': spec('leak-detector', 43, csv('leaks.csv', 'leak', LEAK, 'standard'),
    [dense(12, 'relu'), dense(1, 'sigmoid')], 'binary_crossentropy', adam(0.01), train(100)),
  'invalid-spec.optimizer-momentum-type': spec('meter-next', 44, csv('meters.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'momentum', lr: 0.01, momentum: 0.9 }, train(100)),

  // ---------------- data-error ----------------
  'data-error.meter-gaps-na': spec('meter-next-gaps', 45, csv('meters-gaps.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(0.005), train(100)),
  'data-error.power-column-case': spec('turbine-power', 46, csv('turbines.csv', 'power_kW', TURB_POWER, 'standard', 'standard'),
    [dense(32, 'relu'), dense(1, 'linear')], 'mse', adam(0.003), train(150)),
  'data-error.irradiance-with-units': spec('solar-inverter-log', 47, csv('solar-units.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(32, 'relu'), dense(1, 'linear')], 'mse', adam(0.003), train(150)),
  'data-error.commissioning-three-rows': spec('new-turbine-state', 48, csv('turbines-commissioning.csv', 'state', TURB_STATE, 'standard'),
    [dense(16, 'relu'), dense(4, 'softmax')], 'cce', adam(0.005), train(100)),
  'data-error.grid-file-underscore': spec('grid-load', 49, csv('grid_load.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'relu'), dense(1, 'linear')], 'mse', adam(0.003), train(200)),
  'data-error.feature-not-exported': spec('leak-detector', 50, csv('leaks.csv', 'leak', [...LEAK, 'acoustic_db'], 'standard'),
    [dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.01), train(100)),

  // ---------------- shape-mismatch ----------------
  'shape-mismatch.turbine-three-states': spec('turbine-state', 51, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(24, 'relu'), dense(3, 'softmax')], 'cce', adam(0.005), train(100)),
  'shape-mismatch.leak-two-sigmoids': spec('leak-detector', 52, csv('leaks.csv', 'leak', LEAK, 'standard'),
    [dense(12, 'relu'), dense(2, 'sigmoid')], 'bce', adam(0.01), train(100)),
  'shape-mismatch.solar-two-outputs': spec('solar-output', 53, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(32, 'relu'), dense(2, 'linear')], 'mse', adam(0.003), train(150)),
  'shape-mismatch.grade-five-units': spec('transformer-grade', 54, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'relu'), dense(5, 'softmax')], 'cce', adam(0.005), train(150)),
  'shape-mismatch.grade-single-output': spec('transformer-grade', 55, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'relu'), dense(1, 'softmax')], 'cce', adam(0.005), train(150)),

  // ---------------- loss-activation-mismatch ----------------
  'loss-activation-mismatch.state-softmax-mse': spec('turbine-state', 56, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(24, 'relu'), dense(4, 'softmax')], 'mse', adam(0.005), train(100)),
  'loss-activation-mismatch.fault-linear-bce': spec('meter-fault', 57, csv('meters.csv', 'meter_fault', METER_FAULT, 'standard'),
    [dense(16, 'relu'), dense(1, 'linear')], 'bce', adam(0.01), train(150)),
  'loss-activation-mismatch.solar-sigmoid-watts': spec('solar-output', 58, csv('solar.csv', 'output_w', SOLAR, 'standard'),
    [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', adam(0.003), train(150)),
  'loss-activation-mismatch.grade-sigmoid-cce': spec('transformer-grade', 59, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'relu'), dense(4, 'sigmoid')], 'cce', adam(0.005), train(150)),
  'loss-activation-mismatch.load-relu-output-tanh': spec('grid-load', 60, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'relu'), dense(1, 'tanh')], 'mse', adam(0.003), train(200)),

  // ---------------- init-symmetry ----------------
  'init-symmetry.meter-zeros-hidden': spec('meter-next', 61, csv('meters.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(16, 'relu', { init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(1, 'linear')], 'mse', adam(0.005), train(120)),
  'init-symmetry.turbine-constant-hidden': spec('turbine-state', 62, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(4, 'softmax')], 'cce', adam(0.005), train(100)),
  'init-symmetry.grid-zeros-tanh': spec('grid-load', 63, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'tanh', { init: 'zeros' }), dense(1, 'linear', { init: 'zeros' })], 'mse', sgd(0.05, { momentum: 0.9 }), train(200)),

  // ---------------- init-scale ----------------
  'init-scale.solar-normal-std3': spec('solar-output', 64, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(32, 'relu', { init: { name: 'normal', std: 3 } }), dense(32, 'relu', { init: { name: 'normal', std: 3 } }), dense(1, 'linear')], 'mse', adam(0.003), train(150)),
  'init-scale.grade-uniform-limit5': spec('transformer-grade', 65, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(32, 'tanh', { init: { name: 'uniform', limit: 5 } }), dense(16, 'tanh', { init: { name: 'uniform', limit: 5 } }), dense(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), train(150)),
  'init-scale.grid-tiny-normal-deep': spec('grid-load', 66, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'tanh', { init: { name: 'normal', std: 1e-3 } }), dense(32, 'tanh', { init: { name: 'normal', std: 1e-3 } }), dense(32, 'tanh', { init: { name: 'normal', std: 1e-3 } }), dense(1, 'linear', { init: { name: 'normal', std: 1e-3 } })], 'mse', sgd(0.01), train(150)),

  // ---------------- no-nonlinearity ----------------
  'no-nonlinearity.grid-all-linear': spec('grid-load', 67, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'linear')], 'mse', adam(0.003), train(200)),
  'no-nonlinearity.circles-linear-hidden': spec('vibration-envelope', 68, { builtin: 'circles', samples: 300, noise: 0.08 },
    [dense(16, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', adam(0.01), train(150)),
  'no-nonlinearity.power-curve-linear': spec('turbine-power', 69, csv('turbines.csv', 'power_kw', TURB_POWER, 'standard', 'standard'),
    [dense(32), dense(16), dense(1)], 'mse', rmsprop(0.003), train(150)),

  // ---------------- lr-out-of-range ----------------
  'lr-out-of-range.adam-lr5': spec('solar-output', 70, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(5), train(150)),
  'lr-out-of-range.rmsprop-lr10': spec('grid-load', 71, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', rmsprop(10), train(200)),
  'lr-out-of-range.sgd-lr50': spec('transformer-grade', 72, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', sgd(50, { momentum: 0.9 }), train(150)),

  // ---------------- dead-relu ----------------
  'dead-relu.grid-raw-timestamp': spec('grid-load', 73, csv('gridload.csv', 'load_mw', ['timestamp', ...GRID], 'none', 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(0.01), train(150)),
  'dead-relu.meter-negative-bias': spec('meter-next', 74, csv('meters.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(1, 'linear')], 'mse', sgd(0.01), train(100)),
  'dead-relu.fault-adam-lr-high': spec('meter-fault', 75, csv('meters.csv', 'meter_fault', METER_FAULT, 'none'),
    [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.1), train(100)),
  'dead-relu.solar-raw-watts-sgd': spec('solar-output', 76, csv('solar.csv', 'output_w', SOLAR, 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', sgd(0.001), train(100)),

  // ---------------- exploding-gradient ----------------
  'exploding-gradient.solar-raw-target-adam': spec('solar-output', 77, csv('solar.csv', 'output_w', SOLAR, 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(0.003), train(150)),
  'exploding-gradient.grid-raw-target-rmsprop': spec('grid-load', 78, csv('gridload.csv', 'load_mw', GRID, 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', rmsprop(0.003), train(200)),
  'exploding-gradient.power-deep-std1': spec('turbine-power', 79, csv('turbines.csv', 'power_kw', TURB_POWER, 'standard', 'standard'),
    [dense(32, 'relu', { init: { name: 'normal', std: 1 } }), dense(32, 'relu', { init: { name: 'normal', std: 1 } }), dense(32, 'relu', { init: { name: 'normal', std: 1 } }), dense(1, 'linear')], 'mse', adam(0.001), train(100)),

  // ---------------- nan-loss ----------------
  'nan-loss.grid-raw-target-sgd': spec('grid-load', 80, csv('gridload.csv', 'load_mw', GRID, 'standard'),
    [dense(32, 'relu'), dense(1, 'linear')], 'mse', sgd(0.01), train(200)),
  'nan-loss.power-raw-kw-momentum': spec('turbine-power', 81, csv('turbines.csv', 'power_kw', TURB_POWER, 'standard'),
    [dense(24, 'relu'), dense(1, 'linear')], 'mse', sgd(0.001, { momentum: 0.9 }), train(150)),
  'nan-loss.meter-raw-timestamp-sgd': spec('meter-next', 82, csv('meters.csv', 'kwh_next', ['timestamp', ...METER_NEXT], 'none'),
    [dense(16, 'relu'), dense(1, 'linear')], 'mse', sgd(0.01), train(100)),

  // ---------------- lr-too-high ----------------
  'lr-too-high.grade-adam-0.3': spec('transformer-grade', 83, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'relu'), dense(8, 'relu'), dense(4, 'softmax')], 'cce', adam(0.3), train(150)),
  'lr-too-high.leak-sgd-lr3': spec('leak-detector', 84, csv('leaks.csv', 'leak', LEAK, 'standard'),
    [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', sgd(3), train(100)),
  'lr-too-high.solar-rmsprop-0.1': spec('solar-output', 85, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', rmsprop(0.1), train(150)),
  'lr-too-high.state-momentum-0.5': spec('turbine-state', 86, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(24, 'relu'), dense(4, 'softmax')], 'cce', sgd(0.5, { momentum: 0.9 }), train(100)),

  // ---------------- lr-too-low ----------------
  'lr-too-low.grid-sgd-1e-5': spec('grid-load', 87, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', sgd(1e-5), train(100)),
  'lr-too-low.state-adam-5e-6': spec('turbine-state', 88, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(24, 'relu'), dense(12, 'relu'), dense(4, 'softmax')], 'cce', adam(5e-6), train(100)),
  'lr-too-low.meter-rmsprop-1e-6': spec('meter-next', 89, csv('meters.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(16, 'relu'), dense(1, 'linear')], 'mse', rmsprop(1e-6), train(100)),

  // ---------------- saturated-activation ----------------
  'saturated-activation.solar-sigmoid-raw': spec('solar-output', 90, csv('solar.csv', 'output_w', SOLAR, 'none', 'standard'),
    [dense(32, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'linear')], 'mse', adam(0.003), train(150)),
  'saturated-activation.grade-tanh-raw-ppm': spec('transformer-grade', 91, csv('transformers.csv', 'grade', TRAFO, 'none'),
    [dense(16, 'tanh'), dense(8, 'tanh'), dense(4, 'softmax')], 'cce', adam(0.005), train(150)),
  'saturated-activation.grid-tanh-raw-timestamp': spec('grid-load', 92, csv('gridload.csv', 'load_mw', ['timestamp', ...GRID], 'none', 'standard'),
    [dense(32, 'tanh'), dense(1, 'linear')], 'mse', adam(0.003), train(200)),

  // ---------------- loss-plateau ----------------
  'loss-plateau.fault-heavy-decay': spec('meter-fault', 93, csv('meters.csv', 'meter_fault', METER_FAULT, 'standard'),
    [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.01, { weightDecay: 1 }), train(150)),
  'loss-plateau.state-dropout-0.9': spec('turbine-state', 94, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(8, 'relu'), dropout(0.9), dense(4, 'softmax')], 'cce', adam(0.005), train(100)),
  'loss-plateau.grid-one-unit-bottleneck': spec('grid-load', 95, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(1, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(0.003), train(200)),
  'loss-plateau.xor-sigmoid-sgd': spec('relay-logic', 96, { builtin: 'xor', samples: 200 },
    [dense(4, 'sigmoid'), dense(1, 'sigmoid')], 'bce', sgd(0.1), train(200)),

  // ---------------- vanishing-gradient ----------------
  'vanishing-gradient.grid-deep-sigmoid': spec('grid-load', 97, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'linear')], 'mse', sgd(0.01), train(150)),
  'vanishing-gradient.leak-deep-sigmoid-small-init': spec('leak-detector', 98, csv('leaks.csv', 'leak', LEAK, 'standard'),
    [dense(32, 'sigmoid', { init: { name: 'normal', std: 0.05 } }), dense(32, 'sigmoid', { init: { name: 'normal', std: 0.05 } }), dense(32, 'sigmoid', { init: { name: 'normal', std: 0.05 } }), dense(32, 'sigmoid', { init: { name: 'normal', std: 0.05 } }), dense(1, 'sigmoid')], 'bce', sgd(0.05), train(100)),
  'vanishing-gradient.state-deep-tanh-tiny': spec('turbine-state', 99, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), dense(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), train(100)),

  // ---------------- oscillating-loss ----------------
  'oscillating-loss.leak-momentum-0.99': spec('leak-detector', 100, csv('leaks.csv', 'leak', LEAK, 'standard'),
    [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.99 }), train(100)),
  'oscillating-loss.meter-batch4-sgd': spec('meter-next', 101, csv('meters.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(16, 'relu'), dense(1, 'linear')], 'mse', sgd(0.3), train(100, 4)),
  'oscillating-loss.grade-rmsprop-batch8': spec('transformer-grade', 102, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'relu'), dense(4, 'softmax')], 'cce', rmsprop(0.05), train(100, 8)),
  'oscillating-loss.solar-adam-0.05-batch16': spec('solar-output', 103, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(32, 'relu'), dense(1, 'linear')], 'mse', adam(0.05), train(150, 16)),
  // ---------------- second round ----------------
  'dead-relu.power-sgd-lr0.5': spec('turbine-power', 104, csv('turbines.csv', 'power_kw', TURB_POWER, 'standard', 'standard'),
    [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')], 'mse', sgd(0.5), train(100)),
  'dead-relu.grid-negative-bias-minmax': spec('grid-load', 105, csv('gridload.csv', 'load_mw', GRID, 'minmax', 'standard'),
    [dense(32, 'relu', { bias: -1.5 }), dense(16, 'relu', { bias: -1.5 }), dense(1, 'linear')], 'mse', adam(0.003), train(200)),
  'dead-relu.solar-deep-narrow-adam-0.05': spec('solar-output', 106, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(8, 'relu'), dense(8, 'relu'), dense(8, 'relu'), dense(1, 'linear')], 'mse', adam(0.05), train(150)),
  'lr-too-high.grid-adam-0.1': spec('grid-load', 107, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(0.1), train(200)),
  'lr-too-high.power-tanh-momentum-0.3': spec('turbine-power', 108, csv('turbines.csv', 'power_kw', TURB_POWER, 'standard', 'standard'),
    [dense(24, 'tanh'), dense(1, 'linear')], 'mse', sgd(0.3, { momentum: 0.9 }), train(150)),
  'lr-too-high.fault-rmsprop-0.3': spec('meter-fault', 109, csv('meters.csv', 'meter_fault', METER_FAULT, 'standard'),
    [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', rmsprop(0.3), train(100)),
  'vanishing-gradient.grade-deep-sigmoid': spec('transformer-grade', 110, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(4, 'softmax')], 'cce', sgd(0.05), train(150)),
  'oscillating-loss.grid-momentum-0.95-batch8': spec('grid-load', 111, csv('gridload.csv', 'load_mw', GRID, 'standard', 'standard'),
    [dense(32, 'relu'), dense(1, 'linear')], 'mse', sgd(0.02, { momentum: 0.95 }), train(150, 8)),
  'oscillating-loss.power-rmsprop-batch4': spec('turbine-power', 112, csv('turbines.csv', 'power_kw', TURB_POWER, 'standard', 'standard'),
    [dense(24, 'relu'), dense(1, 'linear')], 'mse', rmsprop(0.02), train(100, 4)),
  'oscillating-loss.grade-adam-batch4': spec('transformer-grade', 113, csv('transformers.csv', 'grade', TRAFO, 'standard'),
    [dense(16, 'relu'), dense(4, 'softmax')], 'cce', adam(0.2), train(100, 4)),
  'oscillating-loss.meter-full-batch-sgd-0.9': spec('meter-next', 114, csv('meters.csv', 'kwh_next', METER_NEXT, 'standard'),
    [dense(16, 'tanh'), dense(1, 'linear')], 'mse', sgd(0.9), train(200, 600)),
  'oscillating-loss.solar-full-batch-momentum': spec('solar-output', 115, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(16, 'tanh'), dense(1, 'linear')], 'mse', sgd(0.5, { momentum: 0.9 }), train(200, 450)),
  'loss-plateau.leak-decay-0.5': spec('leak-detector', 116, csv('leaks.csv', 'leak', LEAK, 'standard'),
    [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9, weightDecay: 0.5 }), train(100)),
  'oscillating-loss.state-rmsprop-batch8': spec('turbine-state', 117, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(24, 'relu'), dense(12, 'relu'), dense(4, 'softmax')], 'cce', rmsprop(0.1), train(100, 8)),
  'dead-relu.state-sgd-lr2': spec('turbine-state', 118, csv('turbines.csv', 'state', TURB_STATE, 'standard'),
    [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', sgd(2), train(100)),
  'dead-relu.power-adam-0.3': spec('turbine-power', 119, csv('turbines.csv', 'power_kw', TURB_POWER, 'standard', 'standard'),
    [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', adam(0.3), train(150)),
  'dead-relu.solar-negative-bias-standard': spec('solar-output', 120, csv('solar.csv', 'output_w', SOLAR, 'standard', 'standard'),
    [dense(24, 'relu', { bias: -2 }), dense(12, 'relu', { bias: -2 }), dense(1, 'linear')], 'mse', rmsprop(0.001), train(150)),
};

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, body] of Object.entries(candidates)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
console.log(`wrote ${Object.keys(candidates).length} candidates`);
