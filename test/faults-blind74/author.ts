/**
 * Writes every candidate spec of test/faults-blind74 (hydrology, water and wastewater) into
 * candidates/: `npx tsx test/faults-blind74/author.ts`. Faulty candidates are named
 * `<intended code>.<slug>`, healthy ones `healthy.<slug>`; write-manifest.py files them by what the
 * bare engine showed (observed.txt), not by this intent.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const RIVER = ['day_of_year', 'rain_mm', 'upstream_m3s', 'soil_moist'];
const PLANT = ['turbidity_ntu', 'chlorine_mgl', 'ph', 'flow_ls', 'temp_c'];
const METERS = ['occupants', 'garden', 'lot_m2', 'night_min_lph', 'month'];
const PIPES = ['age_years', 'mat_ci', 'mat_ac', 'mat_pvc', 'pressure_kpa', 'length_m', 'diameter_mm'];
const RESERVOIR = ['inflow_m3s', 'release_m3s', 'evap_mm', 'rain_mm'];

/** A CSV data block of this set (paths relative to candidates/, faulty/, healthy/ alike). */
function csv(file: string, target: string, features: string[] | undefined, normalize = 'standard', normalizeTarget?: string): Json {
  const block: Json = { csv: `../data/${file}`, target };
  if (features) block.features = features;
  block.normalize = normalize;
  if (normalizeTarget) block.normalizeTarget = normalizeTarget;
  return block;
}

function dense(units: number, activation?: string, extra: Json = {}): Json {
  const layer: Json = { type: 'dense', units };
  if (activation) layer.activation = activation;
  return { ...layer, ...extra };
}

const dropout = (rate: number): Json => ({ type: 'dropout', rate });

function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 74): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

const river = (t: string, n = 'standard', nt?: string) => csv('river.csv', t, RIVER, n, nt);
const plant = (n = 'standard') => csv('plant.csv', 'breach', PLANT, n);
const meters = (t: string, n = 'standard', nt?: string) => csv('meters.csv', t, METERS, n, nt);
const pipes = (n = 'standard') => csv('pipes.csv', 'burst', PIPES, n);
const reservoir = (t: string, n = 'standard', nt?: string) => csv('reservoir.csv', t, RESERVOIR, n, nt);

/** A stage-discharge rating curve, Q = 18 (h - 0.3)^1.6 m3/s, 60 gaugings with 4% scatter. */
function ratingCurve(): Json {
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 60; i++) {
    const h = 0.4 + (i * 3.2) / 59;
    const wobble = 1 + 0.04 * Math.sin(i * 2.39);
    x.push([Math.round(h * 1000) / 1000]);
    y.push(Math.round(18 * Math.pow(h - 0.3, 1.6) * wobble * 100) / 100);
  }
  return { inline: { x, y }, normalize: 'standard', normalizeTarget: 'standard' };
}

const candidates: Record<string, Json> = {};
const add = (file: string, body: Json) => {
  if (candidates[file]) throw new Error(`duplicate candidate ${file}`);
  candidates[file] = body;
};

// ---------------------------------------------------------------- healthy
add('healthy.river-flow-adam-relu', spec('river-flow', river('downstream_m3s', 'standard', 'standard'),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('healthy.river-stage-adam', spec('flood-stage', river('flood_stage'),
  [dense(24, 'relu'), dense(12, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 32 }));
add('healthy.river-stage-tanh-rmsprop', spec('flood-stage-tanh', river('flood_stage', 'minmax'),
  [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 250, batchSize: 32 }));
add('healthy.river-flow-elu-momentum', spec('river-flow-elu', river('downstream_m3s', 'minmax', 'minmax'),
  [dense(32, 'elu'), dense(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 200, batchSize: 32 }));
add('healthy.river-flow-batchnorm-val', spec('river-flow-bn', river('downstream_m3s', 'standard', 'standard'),
  [dense(16, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(1)], 'mse',
  { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32, validationSplit: 0.2 }));
add('healthy.river-flow-sgd-clip-decay', spec('river-flow-clip', river('downstream_m3s', 'standard', 'standard'),
  [dense(24, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, weightDecay: 1e-4, clipNorm: 5 }, { epochs: 200, batchSize: 16 }));
add('healthy.river-stage-dropout-val', spec('flood-stage-dropout', river('flood_stage'),
  [dense(32, 'relu'), dropout(0.2), dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 },
  { epochs: 250, batchSize: 32, validationSplit: 0.2 }));
add('healthy.plant-breach-adam', spec('plant-breach', plant(),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 32 }));
add('healthy.plant-breach-tanh-rmsprop', spec('plant-breach-tanh', plant(),
  [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 250, batchSize: 64 }));
add('healthy.plant-breach-leaky-dropout', spec('plant-breach-leaky', plant('minmax'),
  [dense(16, 'leaky_relu'), dropout(0.1), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01, weightDecay: 1e-4 }, { epochs: 200, batchSize: 32 }));
add('healthy.meters-litres-adam', spec('meter-litres', meters('litres_day', 'standard', 'standard'),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('healthy.meters-litres-tanh-momentum', spec('meter-litres-tanh', meters('litres_day', 'minmax', 'standard'),
  [dense(24, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 200, batchSize: 16 }));
add('healthy.meters-leak-sgd', spec('meter-leak', meters('leak'),
  [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 200, batchSize: 16 }));
add('healthy.meters-leak-elu-rmsprop-clip', spec('meter-leak-elu', meters('leak'),
  [dense(16, 'elu'), dense(8, 'elu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002, clipNorm: 1 }, { epochs: 150, batchSize: 32 }));
add('healthy.meters-litres-lecun-elu', spec('meter-litres-lecun', meters('litres_day', 'standard', 'standard'),
  [dense(32, 'elu', { init: 'lecun_normal' }), dense(16, 'elu', { init: 'lecun_normal' }), dense(1)], 'mse',
  { type: 'adam', lr: 0.002 }, { epochs: 150, batchSize: 32 }));
add('healthy.pipes-burst-adam', spec('pipe-burst', pipes(),
  [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('healthy.pipes-burst-tanh-dropout-val', spec('pipe-burst-tanh', pipes('minmax'),
  [dense(32, 'tanh'), dropout(0.2), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 }));
add('healthy.pipes-burst-bn-nesterov', spec('pipe-burst-bn', pipes(),
  [dense(24, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true },
  { epochs: 150, batchSize: 32 }));
add('healthy.pipes-burst-softmax-two', spec('pipe-burst-softmax', pipes(),
  [dense(16, 'relu'), dense(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('healthy.pipes-burst-he-uniform-rmsprop', spec('pipe-burst-rms', pipes(),
  [dense(24, 'relu', { init: 'he_uniform' }), dense(12, 'relu', { init: 'he_uniform' }), dense(1, 'sigmoid')], 'bce',
  { type: 'rmsprop', lr: 0.001 }, { epochs: 150, batchSize: 16 }));
add('healthy.reservoir-level-tanh-adam', spec('reservoir-level', reservoir('level_m', 'standard', 'standard'),
  [dense(16, 'tanh'), dense(8, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 200, batchSize: 32 }));
add('healthy.reservoir-level-relu-rmsprop', spec('reservoir-level-rms', reservoir('level_m', 'minmax', 'minmax'),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 200, batchSize: 32 }));
add('healthy.reservoir-zone-adam', spec('reservoir-zone', reservoir('zone'),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 200, batchSize: 32 }));
add('healthy.reservoir-zone-elu-momentum-decay', spec('reservoir-zone-elu', reservoir('zone'),
  [dense(12, 'elu'), dense(12, 'elu'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9, weightDecay: 1e-4 },
  { epochs: 200, batchSize: 32 }));
add('healthy.reservoir-level-xavier-sgd', spec('reservoir-level-sgd', reservoir('level_m', 'standard', 'standard'),
  [dense(16, 'tanh', { init: 'xavier_normal' }), dense(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 250, batchSize: 16 }));
add('healthy.sine-seasonal-tanh', spec('seasonal-flow-sine', { builtin: 'sine', samples: 300, noise: 0.05 },
  [dense(32, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 32 }));
add('healthy.sine-seasonal-relu-rmsprop', spec('seasonal-flow-relu', { builtin: 'sine', samples: 300, noise: 0.05 },
  [dense(24, 'relu'), dense(24, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 300, batchSize: 32 }));
add('healthy.blobs-water-sources', spec('water-source-isotopes', { builtin: 'blobs', classes: 4, samples: 400, noise: 0.15 },
  [dense(8, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
add('healthy.moons-catchment-boundary', spec('catchment-boundary', { builtin: 'moons', samples: 300, noise: 0.1 },
  [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('healthy.circles-well-capture-zone', spec('well-capture-zone', { builtin: 'circles', samples: 300, noise: 0.08 },
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, { epochs: 250, batchSize: 32 }));
add('healthy.spirals-flow-regimes', spec('flow-regime-phase', { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 },
  [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 400, batchSize: 32 }));
add('healthy.rating-curve-inline', spec('rating-curve', ratingCurve(),
  [dense(16, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 400, batchSize: 16 }));
add('healthy.iris-stand-in-sgd', spec('iris-benchmark', { builtin: 'iris', normalize: 'standard' },
  [dense(8, 'relu'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 150, batchSize: 16 }));
add('healthy.river-stage-rmsprop-bn', spec('flood-stage-bn', river('flood_stage'),
  [dense(20, 'relu', { batchNorm: true }), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, { epochs: 200, batchSize: 32 }));

// ---------------------------------------------------------------- invalid-spec
add('invalid-spec.learning-rate-key', spec('flood-stage', river('flood_stage'),
  [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', learning_rate: 0.001 }, { epochs: 150, batchSize: 32 }));
add('invalid-spec.keras-loss-name', spec('reservoir-zone', reservoir('zone'),
  [dense(16, 'relu'), dense(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('invalid-spec.batch-size-snake', spec('pipe-burst', pipes(),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batch_size: 64 }));
add('invalid-spec.epochs-string', spec('meter-litres', meters('litres_day', 'standard', 'standard'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: '200', batchSize: 32 }));

// ---------------------------------------------------------------- data-error
add('data-error.target-column-renamed', spec('river-flow', csv('river.csv', 'downstream_flow', RIVER, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('data-error.censored-lab-values', spec('plant-breach-lab', csv('plant-lab.csv', 'breach', PLANT),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('data-error.logger-gaps-na', spec('river-flow-gaps', csv('river-gaps.csv', 'downstream_m3s', RIVER, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('data-error.path-from-workspace', spec('flood-stage', { csv: 'data/river.csv', target: 'flood_stage', features: RIVER, normalize: 'standard' },
  [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('data-error.four-row-extract', spec('reservoir-level', csv('reservoir-short.csv', 'level_m', RESERVOIR, 'standard', 'standard'),
  [dense(8, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }));
add('data-error.feature-name-with-unit', spec('pipe-burst', csv('pipes.csv', 'burst', ['age_years', 'mat_ci', 'mat_ac', 'mat_pvc', 'pressure_kPa', 'length_m', 'diameter_mm']),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));

// ---------------------------------------------------------------- shape-mismatch
add('shape-mismatch.three-stages-four-classes', spec('flood-stage', river('flood_stage'),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('shape-mismatch.two-unit-sigmoid-breach', spec('plant-breach', plant(),
  [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('shape-mismatch.five-stage-scheme', spec('flood-stage', river('flood_stage'),
  [dense(24, 'relu'), dense(12, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('shape-mismatch.two-targets-one-output', spec('meter-litres-night', { csv: '../data/meters.csv', target: ['litres_day', 'night_min_lph'],
  features: ['occupants', 'garden', 'lot_m2', 'month'], normalize: 'standard', normalizeTarget: 'standard' },
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('shape-mismatch.level-head-copied-from-zone', spec('reservoir-level', reservoir('level_m', 'standard', 'standard'),
  [dense(16, 'tanh'), dense(3)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));

// ---------------------------------------------------------------- loss-activation-mismatch
add('loss-activation-mismatch.linear-output-bce-leak', spec('meter-leak', meters('leak'),
  [dense(16, 'relu'), dense(1, 'linear')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('loss-activation-mismatch.sigmoid-raw-flow', spec('river-flow', river('downstream_m3s'),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('loss-activation-mismatch.sigmoid-heads-cce-zone', spec('reservoir-zone', reservoir('zone'),
  [dense(16, 'relu'), dense(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('loss-activation-mismatch.softmax-bce-burst', spec('pipe-burst', pipes(),
  [dense(16, 'relu'), dense(1, 'softmax')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));

// ---------------------------------------------------------------- init-symmetry
add('init-symmetry.zeros-hidden-pipes', spec('pipe-burst', pipes(),
  [dense(16, 'relu', { init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(1, 'sigmoid')], 'bce',
  { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('init-symmetry.constant-tanh-meters', spec('meter-litres', meters('litres_day', 'standard', 'standard'),
  [dense(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 150, batchSize: 32 }));
add('init-symmetry.zeros-two-tanh-zone', spec('reservoir-zone', reservoir('zone'),
  [dense(12, 'tanh', { init: 'zeros' }), dense(12, 'tanh', { init: 'zeros' }), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 150, batchSize: 32 }));

// ---------------------------------------------------------------- init-scale
add('init-scale.normal-std-3-wide', spec('river-flow', river('downstream_m3s', 'standard', 'standard'),
  [dense(64, 'relu', { init: { name: 'normal', std: 3 } }), dense(64, 'relu', { init: { name: 'normal', std: 3 } }), dense(1)], 'mse',
  { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 32 }));
add('init-scale.tiny-normal-deep-tanh', spec('plant-breach', plant(),
  [dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } }),
    dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('init-scale.uniform-limit-3-tanh', spec('pipe-burst', pipes(),
  [dense(32, 'tanh', { init: { name: 'uniform', limit: 3 } }), dense(32, 'tanh', { init: { name: 'uniform', limit: 3 } }), dense(1, 'sigmoid')], 'bce',
  { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));

// ---------------------------------------------------------------- no-nonlinearity
add('no-nonlinearity.activation-omitted-stage', spec('flood-stage', river('flood_stage'),
  [dense(16), dense(8), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 32 }));
add('no-nonlinearity.linear-hidden-burst', spec('pipe-burst', pipes(),
  [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('no-nonlinearity.linear-reservoir-level', spec('reservoir-level', reservoir('level_m', 'standard', 'standard'),
  [dense(16, 'linear'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 32 }));

// ---------------------------------------------------------------- lr-out-of-range
add('lr-out-of-range.adam-lr-5', spec('plant-breach', plant(),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 5 }, { epochs: 100, batchSize: 32 }));
add('lr-out-of-range.sgd-lr-1e-9', spec('meter-leak', meters('leak'),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-9, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('lr-out-of-range.rmsprop-lr-3', spec('reservoir-zone', reservoir('zone'),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 3 }, { epochs: 100, batchSize: 32 }));

// ---------------------------------------------------------------- dead-relu
add('dead-relu.prior-bias-on-hidden', spec('plant-breach', plant(),
  [dense(16, 'relu', { bias: -3.4 }), dense(8, 'relu', { bias: -3.4 }), dense(1, 'sigmoid', { bias: -3.4 })], 'bce',
  { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('nan-loss.raw-flows-sgd-kick', spec('river-flow', river('downstream_m3s', 'none', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('dead-relu.adam-lr-0.1-meters', spec('meter-litres', meters('litres_day', 'standard', 'standard'),
  [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.1 }, { epochs: 100, batchSize: 16 }));
add('dead-relu.negative-bias-pipes', spec('pipe-burst', pipes(),
  [dense(24, 'relu', { bias: -3 }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 150, batchSize: 32 }));

// ---------------------------------------------------------------- exploding-gradient
add('dead-relu.raw-kpa-deep-relu', spec('pipe-burst', pipes('none'),
  [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.001, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('exploding-gradient.raw-litres-target', spec('meter-litres', meters('litres_day', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 100, batchSize: 32 }));
add('exploding-gradient.raw-level-target-deep', spec('reservoir-level', reservoir('level_m', 'standard'),
  [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.0005, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));

add('exploding-gradient.raw-flows-raw-target-adam', spec('river-flow', river('downstream_m3s', 'none'),
  [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 32 }));

// ---------------------------------------------------------------- vanishing-gradient
add('vanishing-gradient.deep-sigmoid-stack', spec('plant-breach', plant(),
  [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')],
  'bce', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 }));
add('vanishing-gradient.deep-sigmoid-zone', spec('reservoir-zone', reservoir('zone'),
  [dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(3, 'softmax')],
  'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('vanishing-gradient.default-normal-deep-tanh', spec('pipe-burst', pipes(),
  [dense(16, 'tanh', { init: 'normal' }), dense(16, 'tanh', { init: 'normal' }), dense(16, 'tanh', { init: 'normal' }),
    dense(16, 'tanh', { init: 'normal' }), dense(16, 'tanh', { init: 'normal' }), dense(1, 'sigmoid', { init: 'normal' })],
  'bce', { type: 'sgd', lr: 0.01 }, { epochs: 100, batchSize: 32 }));

// ---------------------------------------------------------------- nan-loss
add('dead-relu.raw-pressure-sgd', spec('pipe-burst', pipes('none'),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 100, batchSize: 32 }));
add('dead-relu.raw-litres-target-sgd', spec('meter-litres', meters('litres_day', 'none'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 }));
add('data-error.zone-column-left-in', spec('reservoir-level', csv('reservoir.csv', 'level_m', undefined, 'none'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 100, batchSize: 32 }));

add('nan-loss.timestamp-feature-sgd', spec('reservoir-level', csv('reservoir.csv', 'level_m', ['obs_epoch', ...RESERVOIR], 'none', 'standard'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 100, batchSize: 32 }));

// ---------------------------------------------------------------- lr-too-high
add('lr-too-high.adam-0.3-litres', spec('meter-litres', meters('litres_day', 'standard', 'standard'),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.3 }, { epochs: 100, batchSize: 32 }));
add('lr-too-high.rmsprop-0.1-burst', spec('pipe-burst', pipes(),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.1 }, { epochs: 100, batchSize: 32 }));
add('lr-too-high.sgd-0.4-flow', spec('river-flow', river('downstream_m3s', 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.4 }, { epochs: 100, batchSize: 32 }));
add('lr-too-high.adam-0.5-breach', spec('plant-breach', plant(),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.5 }, { epochs: 100, batchSize: 32 }));
add('lr-too-high.sgd-3-leak', spec('meter-leak', meters('leak'),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3 }, { epochs: 100, batchSize: 32 }));
add('lr-too-high.rmsprop-0.2-stage', spec('flood-stage', river('flood_stage'),
  [dense(24, 'relu'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.2 }, { epochs: 100, batchSize: 32 }));
add('nan-loss.sgd-lr-0.5-momentum-level', spec('reservoir-level', reservoir('level_m', 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.5, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));

// ---------------------------------------------------------------- lr-too-low
add('lr-too-low.sgd-1e-5-burst', spec('pipe-burst', pipes(),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-5 }, { epochs: 100, batchSize: 32 }));
add('lr-too-low.adam-1e-5-flow', spec('river-flow', river('downstream_m3s', 'standard', 'standard'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 1e-5 }, { epochs: 60, batchSize: 32 }));
add('lr-too-low.rmsprop-1e-5-zone', spec('reservoir-zone', reservoir('zone'),
  [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 1e-5 }, { epochs: 80, batchSize: 32 }));

// ---------------------------------------------------------------- saturated-activation
add('saturated-activation.sigmoid-raw-flows', spec('flood-stage', river('flood_stage', 'none'),
  [dense(16, 'sigmoid'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('saturated-activation.tanh-raw-kpa', spec('pipe-burst', pipes('none'),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('saturated-activation.sigmoid-raw-plant-flow', spec('plant-breach', plant('none'),
  [dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 150, batchSize: 32 }));

// ---------------------------------------------------------------- loss-plateau
add('loss-plateau.id-and-timestamp-features', spec('flood-stage', csv('river.csv', 'flood_stage', ['gauge_id', 'obs_epoch'], 'standard'),
  [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('loss-plateau.weight-decay-0.5', spec('meter-leak', meters('leak'),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003, weightDecay: 0.5 }, { epochs: 150, batchSize: 32 }));
add('loss-plateau.dropout-0.9-narrow', spec('reservoir-level', reservoir('level_m', 'standard', 'standard'),
  [dense(8, 'relu'), dropout(0.9), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('loss-plateau.raw-epoch-tanh', spec('reservoir-zone', csv('reservoir.csv', 'zone', ['obs_epoch', ...RESERVOIR], 'none'),
  [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 150, batchSize: 32 }));

add('loss-plateau.gauge-id-only-flow', spec('river-flow', csv('river.csv', 'downstream_m3s', ['gauge_id', 'obs_epoch'], 'standard', 'standard'),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));

// ---------------------------------------------------------------- oscillating-loss
add('oscillating-loss.momentum-0.95-zone', spec('reservoir-zone', reservoir('zone'),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.95 }, { epochs: 120, batchSize: 32 }));
add('oscillating-loss.rmsprop-0.05-flow', spec('river-flow', river('downstream_m3s', 'standard', 'standard'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, { epochs: 120, batchSize: 16 }));
add('nan-loss.momentum-0.99-level', spec('reservoir-level', reservoir('level_m', 'standard', 'standard'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.99 }, { epochs: 120, batchSize: 32 }));
add('oscillating-loss.sgd-batch-8-breach', spec('plant-breach', plant(),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.8, momentum: 0.5 }, { epochs: 120, batchSize: 8 }));
add('oscillating-loss.rmsprop-batch-4-litres', spec('meter-litres', meters('litres_day', 'standard', 'standard'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.03 }, { epochs: 120, batchSize: 4 }));
add('oscillating-loss.adam-0.05-stage', spec('flood-stage', river('flood_stage'),
  [dense(32, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.05 }, { epochs: 150, batchSize: 16 }));

add('oscillating-loss.full-batch-momentum-level', spec('reservoir-level', reservoir('level_m', 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.95 }, { epochs: 150, batchSize: 512 }));
add('oscillating-loss.full-batch-momentum-litres', spec('meter-litres', meters('litres_day', 'standard', 'standard'),
  [dense(12, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.2, momentum: 0.97 }, { epochs: 150, batchSize: 480 }));
add('oscillating-loss.full-batch-stage-sgd', spec('flood-stage', river('flood_stage'),
  [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 1.0, momentum: 0.95 }, { epochs: 150, batchSize: 520 }));
add('oscillating-loss.full-batch-breach-sgd', spec('plant-breach', plant(),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 2, momentum: 0.9 }, { epochs: 150, batchSize: 600 }));
add('oscillating-loss.full-batch-adam-burst', spec('pipe-burst', pipes(),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.2 }, { epochs: 150, batchSize: 560 }));

add('oscillating-loss.rmsprop-0.1-full-batch-flow', spec('river-flow', river('downstream_m3s', 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.1 }, { epochs: 150, batchSize: 520 }));
add('oscillating-loss.rmsprop-0.1-full-batch-litres', spec('meter-litres', meters('litres_day', 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.1 }, { epochs: 150, batchSize: 512 }));
add('oscillating-loss.rmsprop-0.1-full-batch-level', spec('reservoir-level', reservoir('level_m', 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.1 }, { epochs: 150, batchSize: 512 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, body] of Object.entries(candidates)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
console.log(`${Object.keys(candidates).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
