/**
 * Writes every candidate spec of fault set blind229 (lavender farms and essential-oil distillers) into
 * candidates/: <code>.<slug>.nn.json for faults, ok.<slug>.nn.json for healthy ones.
 * Run: npx tsx test/faults-blind229/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
let seed = 229;
function spec(file: string, body: Obj): void {
  const name = file.replace(/\.nn\.json$/, '');
  const full = { name, seed: (seed = (seed * 7 + 13) % 1000), ...body };
  fs.writeFileSync(path.join(out, file.endsWith('.nn.json') ? file : `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const d = (units: number, activation = 'linear', extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

const PLOT_F = ['altitude_m', 'sun_hours', 'rainfall_mm', 'soil_ph', 'plant_age_yr', 'row_spacing_cm', 'drip_irrigated'];
const STILL_F = ['flower_mass_kg', 'moisture_pct', 'steam_rate_kg_h', 'duration_min', 'pressure_bar', 'condenser_temp_c', 'wilt_hours'];
const GC_F = ['linalool_pct', 'linalyl_acetate_pct', 'camphor_pct', 'cineole_pct', 'ocimene_pct', 'terpinen4ol_pct', 'lavandulyl_acetate_pct'];
const HIVE_F = ['frames_brood', 'weight_kg', 'queen_age_months', 'temp_c', 'forage_dist_m'];

const plots = (normalize = 'standard', normalizeTarget = 'standard', features = PLOT_F): Obj => ({ csv: '../data/plots.csv', target: 'yield_kg_ha', features, normalize, normalizeTarget });
const oil = (normalize = 'standard', normalizeTarget = 'standard'): Obj => ({ csv: '../data/stills.csv', target: 'oil_ml', features: STILL_F, normalize, normalizeTarget });
const pass = (normalize = 'standard'): Obj => ({ csv: '../data/stills.csv', target: 'passed', features: STILL_F, normalize });
const gc = (normalize = 'standard'): Obj => ({ csv: '../data/gc-lab.csv', target: 'grade', features: GC_F, normalize });
const hives = (normalize = 'standard'): Obj => ({ csv: '../data/hives.csv', target: 'swarmed', features: HIVE_F, normalize });
const bi = (builtin: string, extra: Obj = {}): Obj => ({ builtin, ...extra });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer.nn.json', { data: oil(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adamw', 0.001), training: tr(100, 32) });
spec('invalid-spec.gelu-activation.nn.json', { data: gc(), layers: [d(24, 'gelu'), d(12, 'gelu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.keras-loss-name.nn.json', { data: pass(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('rmsprop', 0.002), training: tr(80, 16) });
spec('invalid-spec.validation-split-percent.nn.json', { data: plots(), layers: [d(16, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32, { validationSplit: 20 }) });
spec('invalid-spec.momentum-one.nn.json', { data: hives(), layers: [d(10, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 1.0 }), training: tr(100, 32) });
spec('invalid-spec.batch-size-zero.nn.json', { data: oil(), layers: [d(20, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 0) });

// data-error
spec('data-error.typo-in-filename.nn.json', { data: { csv: '../data/still.csv', target: 'oil_ml', features: STILL_F, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.target-renamed.nn.json', { data: { csv: '../data/plots.csv', target: 'yield_kg', features: PLOT_F, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.flowmeter-gaps.nn.json', { data: { csv: '../data/stills-gaps.csv', target: 'oil_ml', features: STILL_F, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.harvest-date-as-feature.nn.json', { data: { csv: '../data/plots.csv', target: 'yield_kg_ha', features: ['harvest_date', ...PLOT_F], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.shared-drive-path.nn.json', { data: { csv: '../../../../../../srv/distillery/stills.csv', target: 'passed', features: STILL_F, normalize: 'standard' }, layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.still-name-feature.nn.json', { data: { csv: '../data/stills.csv', target: 'passed', features: ['still', ...STILL_F], normalize: 'standard' }, layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });

// shape-mismatch
spec('shape-mismatch.three-grades-not-four.nn.json', { data: gc(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('shape-mismatch.two-sigmoid-outputs.nn.json', { data: pass(), layers: [d(12, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('shape-mismatch.yield-two-outputs.nn.json', { data: plots(), layers: [d(16, 'tanh'), d(2)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 32) });
spec('shape-mismatch.iris-two-classes.nn.json', { data: bi('iris', { normalize: 'standard' }), layers: [d(8, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 16) });
spec('shape-mismatch.blobs-five-units.nn.json', { data: bi('blobs', { classes: 3, samples: 300 }), layers: [d(10, 'elu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });

// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-grades.nn.json', { data: { csv: '../data/gc-lab.csv', target: 'grade', features: GC_F, normalize: 'standard' }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('loss-activation-mismatch.bce-linear-head.nn.json', { data: pass(), layers: [d(12, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head.nn.json', { data: gc(), layers: [d(16, 'tanh'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.sigmoid-head-raw-yield.nn.json', { data: plots('standard', 'none'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('loss-activation-mismatch.relu-head-bce.nn.json', { data: hives(), layers: [d(10, 'tanh'), d(1, 'relu')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });

// init-symmetry
spec('init-symmetry.zeros-hidden.nn.json', { data: oil(), layers: [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('init-symmetry.constant-point-one.nn.json', { data: bi('moons', { samples: 300 }), layers: [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
spec('init-symmetry.zeros-grades.nn.json', { data: gc(), layers: [d(20, 'sigmoid', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
spec('init-symmetry.constant-half-yield.nn.json', { data: plots(), layers: [d(12, 'elu', { init: { name: 'constant', value: 0.5 } }), d(12, 'elu', { init: { name: 'constant', value: 0.5 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });

// init-scale
spec('init-scale.normal-std-five.nn.json', { data: pass(), layers: [d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('init-scale.uniform-limit-ten.nn.json', { data: oil(), layers: [d(24, 'tanh', { init: { name: 'uniform', limit: 10 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-scale.tiny-std-deep.nn.json', { data: bi('circles', { samples: 300 }), layers: [d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1e-4 } })], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(150, 32) });
spec('init-scale.normal-std-thirty-grades.nn.json', { data: gc(), layers: [d(16, 'elu', { init: { name: 'normal', std: 30 } }), d(4, 'softmax', { init: { name: 'normal', std: 30 } })], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });

// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons.nn.json', { data: bi('moons', { samples: 300, noise: 0.15 }), layers: [d(32), d(32), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.linear-stack-circles.nn.json', { data: bi('circles', { samples: 300 }), layers: [d(16, 'linear'), d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(150, 32) });
spec('no-nonlinearity.yield-age-curve-linear.nn.json', { data: plots(), layers: [d(32), d(16), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150, 32) });
spec('no-nonlinearity.xor-linear-hidden.nn.json', { data: bi('xor', { samples: 300 }), layers: [d(8), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });

// lr-out-of-range
spec('lr-out-of-range.adam-fifty.nn.json', { data: pass(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 50), training: tr(80, 32) });
spec('lr-out-of-range.sgd-1e-8.nn.json', { data: oil(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-8), training: tr(100, 32) });
spec('lr-out-of-range.rmsprop-twenty.nn.json', { data: gc(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 20), training: tr(60, 32) });
spec('lr-out-of-range.sgd-three-hundred.nn.json', { data: plots(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 300, { momentum: 0.9 }), training: tr(60, 32) });
spec('lr-out-of-range.adam-1e-9.nn.json', { data: hives(), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 1e-9), training: tr(100, 32) });

// dead-relu
spec('dead-relu.negative-bias-hidden.nn.json', { data: oil(), layers: [d(24, 'relu', { bias: -6 }), d(12, 'relu', { bias: -6 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('dead-relu.sgd-kick-kills-units.nn.json', { data: plots('standard', 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(100, 32) });
spec('dead-relu.bias-minus-three-grades.nn.json', { data: gc(), layers: [d(16, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('dead-relu.minmax-negative-bias.nn.json', { data: hives('minmax'), layers: [d(20, 'relu', { bias: -3 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });

// exploding-gradient
spec('exploding-gradient.raw-still-readings.nn.json', { data: oil('none', 'none'), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.raw-yield-target.nn.json', { data: plots('standard', 'none'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
spec('exploding-gradient.deep-std-one.nn.json', { data: pass(), layers: [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
spec('exploding-gradient.raw-sun-hours.nn.json', { data: plots('none', 'standard'), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 16) });

// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers.nn.json', { data: pass(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('vanishing-gradient.deep-sigmoid-yield.nn.json', { data: plots(), layers: [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005, { momentum: 0.5 }), training: tr(100, 32) });
spec('vanishing-gradient.deep-tanh-small-init.nn.json', { data: gc(), layers: [d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(100, 32) });
spec('vanishing-gradient.sigmoid-tower-hives.nn.json', { data: hives(), layers: [d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 1e-4), training: tr(80, 64) });

// nan-loss
spec('nan-loss.raw-everything-sgd.nn.json', { data: oil('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(50, 32) });
spec('nan-loss.raw-yield-momentum.nn.json', { data: plots('none', 'none'), layers: [d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(50, 16) });
spec('nan-loss.rmsprop-huge-raw.nn.json', { data: oil('none', 'none'), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(50, 64) });
spec('nan-loss.linear-raw-batch1.nn.json', { data: plots('none', 'none'), layers: [d(4), d(1)], loss: 'mse', optimizer: opt('sgd', 0.0001), training: tr(20, 1) });

// lr-too-high
spec('lr-too-high.adam-half.nn.json', { data: pass(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.5), training: tr(80, 32) });
spec('lr-too-high.sgd-three-yield.nn.json', { data: plots(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1.5), training: tr(80, 32) });
spec('lr-too-high.rmsprop-point-three.nn.json', { data: gc(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.3), training: tr(80, 32) });
spec('lr-too-high.nesterov-one.nn.json', { data: oil(), layers: [d(16, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
spec('lr-too-high.adam-one-hives.nn.json', { data: hives(), layers: [d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 1.0), training: tr(80, 16) });

// lr-too-low
spec('lr-too-low.sgd-1e-5-oil.nn.json', { data: oil(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5), training: tr(100, 32) });
spec('lr-too-low.adam-1e-6-grades.nn.json', { data: gc(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
spec('lr-too-low.rmsprop-1e-6-yield.nn.json', { data: plots(), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: tr(120, 32) });
spec('lr-too-low.nesterov-1e-5-pass.nn.json', { data: pass(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5, { momentum: 0.9, nesterov: true }), training: tr(100, 64) });
spec('lr-too-low.full-batch-sgd-moons.nn.json', { data: bi('moons', { samples: 300 }), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.0005), training: tr(150, 300) });

// saturated-activation
spec('saturated-activation.sigmoid-raw-readings.nn.json', { data: { csv: '../data/stills.csv', target: 'passed', features: STILL_F, normalize: 'none' }, layers: [d(16, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.tanh-raw-plots.nn.json', { data: plots('none', 'standard'), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('saturated-activation.tanh-std-three.nn.json', { data: gc(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 32) });
spec('saturated-activation.sigmoid-bias-eight.nn.json', { data: hives(), layers: [d(16, 'sigmoid', { bias: 8 }), d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });

// loss-plateau
spec('loss-plateau.weight-decay-one.nn.json', { data: oil(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 1.0 }), training: tr(150, 32) });
spec('loss-plateau.one-unit-bottleneck-spirals.nn.json', { data: bi('spirals', { samples: 300 }), layers: [d(32, 'relu'), d(1, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
spec('loss-plateau.heavy-dropout-grades.nn.json', { data: gc(), layers: [d(4, 'relu'), drop(0.9), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('loss-plateau.sgd-weight-decay-yield.nn.json', { data: plots(), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 3 }), training: tr(150, 32) });

// oscillating-loss
spec('oscillating-loss.batch1-momentum.nn.json', { data: oil(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 1) });
spec('oscillating-loss.rmsprop-batch4.nn.json', { data: pass(), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.05), training: tr(80, 4) });
spec('oscillating-loss.adam-batch2-grades.nn.json', { data: gc(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.08), training: tr(80, 2) });
spec('oscillating-loss.sgd-full-batch-edge.nn.json', { data: plots(), layers: [d(8, 'linear'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.55), training: tr(100, 420) });

// ---------------- healthy ----------------
spec('ok.oil-yield-adam.nn.json', { data: oil(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
spec('ok.oil-yield-nesterov.nn.json', { data: oil(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
spec('ok.oil-yield-rmsprop-minmax.nn.json', { data: oil('minmax', 'minmax'), layers: [d(20, 'elu'), d(10, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(200, 16) });
spec('ok.oil-yield-batchnorm.nn.json', { data: oil(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(120, 64) });
spec('ok.oil-yield-batch1-sgd.nn.json', { data: oil(), layers: [d(12, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.002), training: tr(40, 1) });
spec('ok.oil-yield-full-batch-adam.nn.json', { data: oil(), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(400, 480) });
spec('ok.plots-yield-adam.nn.json', { data: plots(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 32, { validationSplit: 0.15 }) });
spec('ok.plots-yield-dropout-wd.nn.json', { data: plots(), layers: [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(200, 32) });
spec('ok.plots-yield-momentum-clip.nn.json', { data: plots(), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), training: tr(200, 16) });
spec('ok.plots-yield-elu-rmsprop.nn.json', { data: plots('minmax', 'standard'), layers: [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(200, 32) });
spec('ok.plots-yield-leaky-deep.nn.json', { data: plots(), layers: [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(250, 32) });
spec('ok.plots-yield-lecun-sgd.nn.json', { data: plots(), layers: [d(20, 'tanh', { init: 'lecun_normal' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(300, 32) });
spec('ok.pass-adam.nn.json', { data: pass(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.pass-tanh-momentum.nn.json', { data: pass(), layers: [d(12, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(120, 32) });
spec('ok.pass-rmsprop-dropout.nn.json', { data: pass(), layers: [d(32, 'relu'), drop(0.3), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(120, 16) });
spec('ok.pass-logistic.nn.json', { data: pass(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 32) });
spec('ok.pass-cce-two-class.nn.json', { data: pass('minmax'), layers: [d(16, 'elu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 64) });
spec('ok.pass-sigmoid-hidden-he.nn.json', { data: pass(), layers: [d(16, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.grades-adam.nn.json', { data: gc(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.grades-nesterov-batchnorm.nn.json', { data: gc(), layers: [d(24, 'relu', { batchNorm: true }), d(12, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
spec('ok.grades-rmsprop-tanh.nn.json', { data: gc('minmax'), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(120, 16) });
spec('ok.grades-softmax-regression.nn.json', { data: gc(), layers: [d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(200, 32) });
spec('ok.grades-batch1-adam.nn.json', { data: gc(), layers: [d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.0005), training: tr(30, 1) });
spec('ok.grades-wide-dropout-clip.nn.json', { data: gc(), layers: [d(128, 'relu', { init: 'he_uniform' }), drop(0.4), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002, { clipNorm: 1 }), training: tr(100, 32) });
spec('ok.hives-adam.nn.json', { data: hives(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.hives-logistic-rmsprop.nn.json', { data: hives(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(100, 16) });
spec('ok.hives-elu-nesterov.nn.json', { data: hives('minmax'), layers: [d(12, 'elu'), d(6, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
spec('ok.moons-relu-adam.nn.json', { data: bi('moons', { samples: 300, noise: 0.15 }), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-sgd.nn.json', { data: bi('circles', { samples: 300 }), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.spirals-deep-adam.nn.json', { data: bi('spirals', { samples: 400 }), layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.xor-elu-rmsprop.nn.json', { data: bi('xor', { samples: 300 }), layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(200, 16) });
spec('ok.blobs-four-classes.nn.json', { data: bi('blobs', { classes: 4, samples: 400 }), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
spec('ok.iris-sigmoid-sgd.nn.json', { data: bi('iris', { normalize: 'standard' }), layers: [d(8, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5, { momentum: 0.5 }), training: tr(200, 16) });
spec('ok.sine-tanh-adam.nn.json', { data: bi('sine', { samples: 300 }), layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.sine-small-init-elu.nn.json', { data: bi('sine', { samples: 250, noise: 0.05 }), layers: [d(24, 'elu', { init: { name: 'uniform', limit: 0.5 } }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.005), training: tr(300, 25) });
spec('ok.inline-still-calibration.nn.json', { data: { inline: { x: [[0.2, 40], [0.4, 45], [0.5, 50], [0.6, 55], [0.8, 60], [1.0, 65], [1.2, 70], [1.4, 75], [0.3, 42], [0.7, 58], [0.9, 62], [1.1, 68]], y: [0.8, 1.55, 1.95, 2.3, 3.1, 3.85, 4.6, 5.35, 1.2, 2.7, 3.45, 4.25] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(4, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 12) });
spec('ok.inline-bloom-stage.nn.json', { data: { inline: { x: [[12, 0.1], [14, 0.2], [18, 0.4], [20, 0.5], [22, 0.6], [25, 0.8], [27, 0.9], [30, 1.0], [13, 0.15], [16, 0.3], [24, 0.7], [29, 0.95], [11, 0.05], [19, 0.45], [26, 0.85], [21, 0.55]], y: ['bud', 'bud', 'bud', 'bloom', 'bloom', 'bloom', 'seed', 'seed', 'bud', 'bud', 'bloom', 'seed', 'bud', 'bloom', 'seed', 'bloom'] }, normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(300, 4) });
spec('ok.oil-relu-raw-target-normalised.nn.json', { data: oil('minmax', 'standard'), layers: [d(48, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.8 }), training: tr(200, 8) });
spec('ok.plots-sigmoid-hidden.nn.json', { data: plots(), layers: [d(24, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(250, 32) });
spec('ok.pass-adam-deep-narrow.nn.json', { data: pass(), layers: [d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(150, 32) });
spec('ok.grades-xavier-normal-elu-wd.nn.json', { data: gc(), layers: [d(24, 'elu', { init: 'xavier_normal' }), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001, { weightDecay: 1e-3 }), training: tr(150, 32) });
spec('ok.oil-noshuffle-batch8.nn.json', { data: oil(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(150, 8, { shuffle: false }) });
// second batch of healthy specs (added after the first observation left too few healthy ones on the stills-pass and hive data)
spec('ok.oil-yield-tanh-rmsprop-b64.nn.json', { data: oil(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 64) });
spec('ok.plots-yield-full-batch-rmsprop.nn.json', { data: plots(), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(400, 420) });
spec('ok.grades-leaky-adam-b64.nn.json', { data: gc(), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 64) });
spec('ok.moons-elu-momentum.nn.json', { data: bi('moons', { samples: 400, noise: 0.2 }), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.circles-relu-rmsprop-val.nn.json', { data: bi('circles', { samples: 400, noise: 0.08 }), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(150, 32, { validationSplit: 0.25 }) });
