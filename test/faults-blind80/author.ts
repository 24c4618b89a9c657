/**
 * Writes every candidate spec of test/faults-blind80 into candidates/ (`npx tsx test/faults-blind80/author.ts`).
 * Names: `f.<code>.<slug>` for a spec written to show a fault, `h.<slug>` for one meant to train well;
 * write-manifest.py files them by what the bare engine showed (observed.txt), not by these names.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');

type Json = Record<string, unknown>;

const PLOT_F = ['age_yr', 'site_index', 'height_m', 'stems_ha', 'dbh_cm', 'basal_area'];
const SPECIES_F = ['age_yr', 'site_index', 'height_m', 'stems_ha', 'dbh_cm'];
const LOG_F = ['length_m', 'diameter_cm', 'moisture', 'saw_speed', 'blade_hours'];
const KILN_F = ['temp_c', 'humidity', 'hours', 'thickness_mm', 'softwood'];
const PANEL_F = ['pressure_bar', 'glue_gm2', 'press_temp_c', 'press_time_s', 'density'];

const csv = (file: string, target: string | string[], features?: string[], extra: Json = {}): Json => ({
  csv: `../data/${file}`,
  target,
  ...(features ? { features } : {}),
  normalize: 'standard',
  ...extra,
});
const volume = (extra: Json = {}) => csv('plots.csv', 'volume_m3', PLOT_F, { normalizeTarget: 'standard', ...extra });
const species = (extra: Json = {}) => csv('plots.csv', 'species', SPECIES_F, extra);
const logs = (extra: Json = {}) => csv('logs.csv', 'board_yield_pct', LOG_F, { normalizeTarget: 'standard', ...extra });
const kiln = (extra: Json = {}) => csv('kiln.csv', 'cracked', KILN_F, extra);
const panels = (extra: Json = {}) => csv('panels.csv', 'mor_mpa', PANEL_F, { normalizeTarget: 'standard', ...extra });

const d = (units: number, activation = 'relu', extra: Json = {}): Json => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

const specs: Record<string, Json> = {};
function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  specs[name] = { name, seed: 80, data, layers, loss, optimizer, training, ...extra };
}

// ---------------------------------------------------------------- healthy candidates
spec('h.volume-adam-relu', volume(), [d(16), d(8), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('h.volume-rmsprop-elu', volume(), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), train(150, 16));
spec('h.volume-momentum-tanh', volume({ normalize: 'minmax' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(200));
spec('h.volume-adam-batchnorm', volume(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), train(120, 64));
spec('h.volume-leaky-wd', volume(), [d(20, 'leaky_relu'), d(10, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.004, { weightDecay: 0.0005 }), train(150));
spec('h.species-adam', species(), [d(24), d(12), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(200));
spec('h.species-rmsprop-dropout', species(), [d(32), drop(0.1), d(16), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), train(200, 16));
spec('h.species-momentum-tanh', species(), [d(24, 'tanh'), d(12, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(250));
spec('h.species-code-val', csv('plots.csv', 'species_code', SPECIES_F, { normalize: 'minmax' }), [d(32, 'elu'), d(16, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(250, 32, { validationSplit: 0.2 }));
spec('h.logs-adam', logs(), [d(16), d(8), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('h.logs-sgd-momentum', logs(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), train(200));
spec('h.logs-rmsprop-clip', logs(), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002, { clipNorm: 5 }), train(150, 16));
spec('h.logs-adam-bn-dropout', logs({ normalize: 'minmax' }), [d(24, 'elu', { batchNorm: true }), drop(0.1), d(12, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
spec('h.kiln-adam', kiln(), [d(16), d(8), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(200));
spec('h.kiln-rmsprop', kiln(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), train(200));
spec('h.kiln-momentum-elu', kiln(), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(250));
spec('h.kiln-adam-wd-val', kiln(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 0.0001 }), train(200, 32, { validationSplit: 0.2 }));
spec('h.panels-adam', panels(), [d(16), d(8), d(1, 'linear')], 'mse', opt('adam', 0.005), train(200));
spec('h.panels-rmsprop-tanh', panels(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), train(200, 16));
spec('h.panels-sgd', panels({ normalize: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.03, { momentum: 0.9 }), train(300));
spec('h.panels-adam-bn', panels(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', opt('adam', 0.003), train(150, 64));
spec('h.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(16), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16));
spec('h.iris-sgd-tanh', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(200, 16));
spec('h.moons-adam', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200));
spec('h.circles-rmsprop', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), train(250));
spec('h.spirals-adam', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(48), d(48), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(400));
spec('h.blobs-sgd', { builtin: 'blobs', samples: 300, classes: 4 }, [d(8), d(4, 'softmax')], 'cce', opt('sgd', 0.05), train(100));
spec('h.sine-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.01), train(300));
spec('h.xor-adam', { builtin: 'xor', samples: 300 }, [d(16), d(8), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200));
spec('h.volume-sgd-plain', volume(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05), train(300, 16));
spec('h.species-adam-deep', species(), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.002), train(200));
spec('h.logs-adam-big-batch', logs(), [d(32), d(16), d(1, 'linear')], 'mse', opt('adam', 0.01), train(300, 120));
spec('h.kiln-adam-clip-dropout', kiln(), [d(32), drop(0.2), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { clipNorm: 1 }), train(250));
spec('h.panels-leaky-val', panels(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.004), train(200, 32, { validationSplit: 0.2 }));
spec('h.species-he-uniform', species(), [d(24, 'relu', { init: 'he_uniform' }), d(4, 'softmax', { init: 'xavier_normal' })], 'cce', opt('rmsprop', 0.004), train(200));
spec('h.volume-lecun-selu-ish', volume(), [d(24, 'elu', { init: 'lecun_normal' }), d(12, 'elu', { init: 'lecun_normal' }), d(1, 'linear')], 'mse', opt('adam', 0.003), train(200));

// ---------------------------------------------------------------- faulty candidates
// invalid-spec
spec('f.invalid-spec.activation-relu-capital', volume(), [d(16, 'ReLU'), d(8, 'ReLU'), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('f.invalid-spec.learning-rate-key', species(), [d(24), d(4, 'softmax')], 'cce', { type: 'adam', learning_rate: 0.003 }, train(200));
spec('f.invalid-spec.epochs-string', logs(), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), { epochs: '150', batchSize: 32 });
spec('f.invalid-spec.optimizer-keras-name', kiln(), [d(16), d(1, 'sigmoid')], 'bce', opt('Adam', 0.003), train(200));
// data-error
spec('f.data-error.csv-path-typo', csv('plot.csv', 'volume_m3', PLOT_F, { normalizeTarget: 'standard' }), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('f.data-error.target-without-unit', csv('plots.csv', 'volume', PLOT_F, { normalizeTarget: 'standard' }), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('f.data-error.na-heights', csv('plots-gaps.csv', 'volume_m3', PLOT_F, { normalizeTarget: 'standard' }), [d(16), d(8), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('f.data-error.four-logs', csv('logs-short.csv', 'board_yield_pct', LOG_F, { normalizeTarget: 'standard' }), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('f.data-error.kiln-na-temps', csv('kiln-text.csv', 'cracked', KILN_F), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));
// shape-mismatch
spec('f.shape-mismatch.three-species-units', species(), [d(24), d(12), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(200));
spec('f.shape-mismatch.two-targets-one-unit', csv('plots.csv', ['volume_m3', 'basal_area'], ['age_yr', 'site_index', 'height_m', 'stems_ha', 'dbh_cm'], { normalizeTarget: 'standard' }), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('f.shape-mismatch.cracked-two-sigmoids', kiln(), [d(16), d(2, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));
// loss-activation-mismatch
spec('f.loss-activation-mismatch.species-softmax-mse', species(), [d(24), d(4, 'softmax')], 'mse', opt('adam', 0.005), train(200));
spec('f.loss-activation-mismatch.cracked-linear-bce', kiln(), [d(16), d(8), d(1, 'linear')], 'bce', opt('adam', 0.005), train(200));
spec('f.loss-activation-mismatch.volume-sigmoid-out', volume(), [d(16), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), train(150));
spec('f.loss-activation-mismatch.mor-relu-softmax', panels(), [d(16, 'tanh'), d(1, 'softmax')], 'mse', opt('rmsprop', 0.003), train(150));
// init-symmetry
spec('f.init-symmetry.zeros-hidden', volume(), [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('f.init-symmetry.constant-hidden', species(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(200));
spec('f.init-symmetry.zeros-logs', logs(), [d(32, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', opt('rmsprop', 0.003), train(150));
// init-scale
spec('f.init-scale.std-five', volume(), [d(32, 'relu', { init: 'normal', std: 5 }), d(16, 'relu', { init: 'normal', std: 5 }), d(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
spec('f.init-scale.uniform-limit-ten', species(), [d(24, 'tanh', { init: 'uniform', limit: 10 }), d(12, 'tanh', { init: 'uniform', limit: 10 }), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(200));
spec('f.init-scale.tiny-std-deep', logs(), [d(32, 'relu', { init: 'normal', std: 0.0005 }), d(32, 'relu', { init: 'normal', std: 0.0005 }), d(32, 'relu', { init: 'normal', std: 0.0005 }), d(1, 'linear', { init: 'normal', std: 0.0005 })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(150));
// no-nonlinearity
spec('f.no-nonlinearity.species-linear-hidden', species(), [d(24, 'linear'), d(12, 'linear'), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(200));
spec('f.no-nonlinearity.volume-default-activation', volume(), [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, { type: 'dense', units: 1 }], 'mse', opt('adam', 0.005), train(150));
spec('f.no-nonlinearity.logs-linear', logs(), [d(16, 'linear'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), train(150));
// lr-out-of-range
spec('f.lr-out-of-range.adam-fifty', volume(), [d(16), d(1, 'linear')], 'mse', opt('adam', 50), train(150));
spec('f.lr-out-of-range.negative-sgd', species(), [d(24), d(4, 'softmax')], 'cce', opt('sgd', -0.01, { momentum: 0.9 }), train(200));
spec('f.lr-out-of-range.rmsprop-percent', panels(), [d(16), d(1, 'linear')], 'mse', opt('rmsprop', 100), train(150));
// dead-relu
spec('f.dead-relu.negative-bias', volume(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1, 'linear')], 'mse', opt('adam', 0.002), train(150));
spec('f.dead-relu.raw-stems-sgd', csv('plots.csv', 'volume_m3', PLOT_F, { normalize: 'none', normalizeTarget: 'standard' }), [d(32), d(16), d(1, 'linear')], 'mse', opt('sgd', 0.01), train(150));
spec('f.dead-relu.kiln-bias-minus-three', kiln(), [d(24, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(150));
// exploding-gradient
spec('f.exploding-gradient.raw-volume-target', csv('plots.csv', 'volume_m3', PLOT_F), [d(16), d(8), d(1, 'linear')], 'mse', opt('sgd', 0.001), train(150));
spec('f.exploding-gradient.raw-panels-momentum', csv('panels.csv', 'mor_mpa', PANEL_F, { normalize: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.0001, { momentum: 0.9 }), train(150));
spec('f.exploding-gradient.deep-std-big', logs(), [d(32, 'relu', { init: 'normal', std: 1.0 }), d(32, 'relu', { init: 'normal', std: 1.0 }), d(32, 'relu', { init: 'normal', std: 1.0 }), d(32, 'relu', { init: 'normal', std: 1.0 }), d(1, 'linear')], 'mse', opt('sgd', 0.001), train(100));
// vanishing-gradient
spec('f.vanishing-gradient.deep-sigmoid', volume(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'linear')], 'mse', opt('sgd', 0.01), train(150));
spec('f.vanishing-gradient.deep-sigmoid-species', species(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(150));
spec('f.vanishing-gradient.deep-tanh-small-init', logs(), [d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(1, 'linear')], 'mse', opt('sgd', 0.01), train(150));
// nan-loss
spec('f.nan-loss.epoch-timestamp-feature', csv('kiln.csv', 'cracked', ['start_epoch', 'temp_c', 'humidity', 'hours', 'thickness_mm'], { normalize: 'none' }), [d(16), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100));
spec('f.nan-loss.raw-volume-sgd', csv('plots.csv', 'volume_m3', PLOT_F), [d(32), d(1, 'linear')], 'mse', opt('sgd', 0.05), train(100));
spec('f.nan-loss.raw-logs-momentum', csv('logs.csv', 'board_yield_pct', LOG_F, { normalize: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
// lr-too-high
spec('f.lr-too-high.adam-half', volume(), [d(16), d(8), d(1, 'linear')], 'mse', opt('adam', 0.5), train(150));
spec('f.lr-too-high.sgd-two', species(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 2.0, { momentum: 0.9 }), train(150));
spec('f.lr-too-high.rmsprop-point-three', panels(), [d(24), d(12), d(1, 'linear')], 'mse', opt('rmsprop', 0.3), train(150));
// lr-too-low
spec('f.lr-too-low.sgd-1e-5', volume(), [d(16), d(8), d(1, 'linear')], 'mse', opt('sgd', 0.00001), train(100));
spec('f.lr-too-low.adam-1e-6', species(), [d(24), d(12), d(4, 'softmax')], 'cce', opt('adam', 0.000001), train(100));
spec('f.lr-too-low.rmsprop-1e-6', logs(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.000001), train(100));
// saturated-activation
spec('f.saturated-activation.tanh-raw-stems', csv('plots.csv', 'species', SPECIES_F, { normalize: 'none' }), [d(24, 'tanh'), d(12, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(150));
spec('f.saturated-activation.sigmoid-raw-panels', csv('panels.csv', 'mor_mpa', PANEL_F, { normalize: 'none', normalizeTarget: 'standard' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
spec('f.saturated-activation.tanh-big-bias', kiln(), [d(16, 'tanh', { bias: 6 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(150));
// loss-plateau
spec('f.loss-plateau.weight-decay-huge', volume(), [d(16), d(8), d(1, 'linear')], 'mse', opt('adam', 0.005, { weightDecay: 5 }), train(150));
spec('f.loss-plateau.id-columns-only', csv('plots.csv', 'species', ['plot_id', 'region'], {}), [d(16), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(150));
spec('f.loss-plateau.dropout-nine-tenths', logs(), [d(16), drop(0.9), d(8), drop(0.9), d(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
// oscillating-loss
spec('f.oscillating-loss.momentum-099', volume(), [d(16), d(8), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(150));
spec('f.oscillating-loss.batch-one-sgd', logs(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.1), train(60, 1));
spec('f.oscillating-loss.rmsprop-full-batch', panels(), [d(16), d(8), d(1, 'linear')], 'mse', opt('rmsprop', 0.05), train(200, 300));

spec('f.shape-mismatch.volume-three-outputs', volume(), [d(16), d(8), d(3, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('f.exploding-gradient.raw-volume-adam', csv('plots.csv', 'volume_m3', PLOT_F), [d(32), d(16), d(1, 'linear')], 'mse', opt('adam', 0.01), train(150));
spec('f.exploding-gradient.deep-relu-clip', logs(), [d(32, 'relu', { init: 'normal', std: 1.0 }), d(32, 'relu', { init: 'normal', std: 1.0 }), d(32, 'relu', { init: 'normal', std: 1.0 }), d(1, 'linear', { init: 'normal', std: 1.0 })], 'mse', opt('sgd', 0.001, { clipNorm: 1 }), train(100));
spec('f.oscillating-loss.sgd-tanh-batch8', panels(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.3), train(100, 8));
spec('f.loss-plateau.species-weight-decay', species(), [d(24), d(12), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003, { weightDecay: 1 }), train(150));

spec('f.oscillating-loss.panels-full-batch-sgd', panels(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.6), train(150, 300));
spec('f.oscillating-loss.species-adam-point-one', species(), [d(24), d(12), d(4, 'softmax')], 'cce', opt('adam', 0.1), train(150, 16));
spec('f.oscillating-loss.logs-rmsprop-batch8', logs(), [d(16), d(8), d(1, 'linear')], 'mse', opt('rmsprop', 0.05), train(100, 8));
spec('f.oscillating-loss.volume-momentum-095', volume(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), train(150, 16));
spec('f.oscillating-loss.kiln-adam-batch-four', kiln(), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.2), train(100, 4));
spec('f.nan-loss.mor-raw-target-momentum', csv('panels.csv', 'mor_mpa', PANEL_F), [d(16), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(100));

spec('f.oscillating-loss.iris-adam-batch8', { builtin: 'iris', normalize: 'standard' }, [d(16), d(8), d(3, 'softmax')], 'cce', opt('adam', 0.15), train(150, 8));
spec('f.oscillating-loss.species-rmsprop-point-one', species(), [d(32, 'elu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.1), train(150, 16));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [name, body] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(body, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
