/**
 * Writes every candidate spec of set blind232 (hop farms and maltings) into candidates/:
 * `npx tsx test/faults-blind232/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const HOP = ['gdd', 'rain_mm', 'sun_hours', 'nitrogen_kg_ha', 'plant_age_yr', 'harvest_doy', 'trellis_m', 'beta_acid_pct'];
const MALT = ['protein_pct', 'grain_n_pct', 'screenings_pct', 'steep_hours', 'steep_moisture_pct', 'germ_days', 'germ_temp_c', 'kiln_max_c'];
const KILN = ['air_on_c', 'air_off_c', 'rh_pct', 'fan_rpm', 'bed_depth_cm', 'dry_hours', 'green_weight_kg'];

const hop = (target: string, extra: Obj = {}) => ({ csv: '../data/hop_lots.csv', target, features: HOP, normalize: 'standard', ...extra });
const malt = (target: string, extra: Obj = {}) => ({ csv: '../data/malt_batches.csv', target, features: MALT, normalize: 'standard', ...extra });
const kiln = (extra: Obj = {}) => ({ csv: '../data/kiln_log.csv', target: 'moisture_out_pct', features: KILN, normalize: 'standard', ...extra });
const d = (units: number, activation: string, extra: Obj = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}) => ({ epochs, batchSize, ...extra });

let seed = 232;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, more: Obj = {}) {
  const name = file.replace(/\.nn\.json$/, '');
  const s = { name, seed: seed++, data, layers, loss, optimizer, training, ...more };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
function raw(file: string, s: Obj) {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name: file, seed: seed++, ...s }, null, 2) + '\n');
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.optimizer-adamw', hop('alpha_acid_pct'), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adamw', 0.001), tr(120, 32));
spec('invalid-spec.loss-keras-name', malt('spec_pass'), [d(12, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), tr(100, 16));
spec('invalid-spec.dropout-as-percent', kiln(), [d(32, 'relu'), drop(20), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('invalid-spec.activation-gelu', hop('grade'), [d(24, 'gelu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(100, 32));
spec('invalid-spec.validation-split-percent', malt('extract_pct'), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(150, 32, { validationSplit: 20 }));
// data-error
spec('data-error.file-renamed-xlsx-era', { csv: '../data/hop_lots_2023.csv', target: 'alpha_acid_pct', features: HOP, normalize: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.lot-id-as-feature', hop('rejected', { features: ['lot_id', ...HOP] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('data-error.target-name-without-unit', malt('diastatic_power'), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32), );
spec('data-error.na-markers-in-rain', { csv: '../data/hop_lots_gaps.csv', target: 'alpha_acid_pct', features: HOP, normalize: 'standard' }, [d(16, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.002), tr(120, 32));
spec('data-error.path-to-shared-drive', { csv: '../../../../../mnt/maltings-share/qc/malt_batches.csv', target: 'extract_pct', features: MALT, normalize: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.no-features-timestamp-column', { csv: '../data/kiln_log.csv', target: 'moisture_out_pct', normalize: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
// shape-mismatch
spec('shape-mismatch.grade-two-units', hop('grade'), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.two-targets-one-unit', malt(['extract_pct', 'diastatic_wk'] as unknown as string, { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.grade-four-units-copied', hop('grade'), [d(20, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(100, 32));
spec('shape-mismatch.bce-two-units', malt('spec_pass'), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-grade', hop('grade'), [d(16, 'relu'), d(3, 'softmax')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.bce-linear-head', hop('rejected'), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', hop('grade'), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.sigmoid-head-raw-extract', malt('extract_pct'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.tanh-head-moisture', kiln(), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(150, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', kiln({ normalizeTarget: 'standard' }), [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('init-symmetry.constant-all-layers', hop('grade'), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(3, 'softmax', { init: 'constant', value: 0.1 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 32));
spec('init-symmetry.zeros-two-tanh', malt('spec_pass'), [d(12, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(120, 32));
// init-scale
spec('init-scale.normal-std-8', hop('alpha_acid_pct', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: 'normal', std: 8 }), d(32, 'relu', { init: 'normal', std: 8 }), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(120, 32));
spec('init-scale.uniform-limit-20-tanh', malt('spec_pass'), [d(24, 'tanh', { init: 'uniform', limit: 20 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('init-scale.normal-std-1e-5-deep', hop('grade'), [d(32, 'tanh', { init: 'normal', std: 1e-5 }), d(32, 'tanh', { init: 'normal', std: 1e-5 }), d(32, 'tanh', { init: 'normal', std: 1e-5 }), d(3, 'softmax', { init: 'normal', std: 1e-5 })], 'cce', opt('sgd', 0.05), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-grade', hop('grade'), [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('no-nonlinearity.default-activation-kiln', kiln({ normalizeTarget: 'standard' }), [{ type: 'dense', units: 24 }, { type: 'dense', units: 24 }, { type: 'dense', units: 1 }], 'mse', opt('adam', 0.003), tr(150, 32));
spec('no-nonlinearity.linear-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-3', hop('rejected'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 3), tr(100, 32));
spec('lr-out-of-range.sgd-lr-80', malt('extract_pct', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 80), tr(100, 32));
spec('lr-out-of-range.rmsprop-lr-1e-9', kiln({ normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 1e-9), tr(100, 32));
spec('lr-out-of-range.adam-lr-1e-8', hop('grade'), [d(24, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 1e-8), tr(100, 16));
// dead-relu
spec('dead-relu.bias-minus-4', kiln({ normalizeTarget: 'standard' }), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(150, 32));
spec('dead-relu.sgd-lr-high-kills', malt('diastatic_wk', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), tr(100, 16));
spec('dead-relu.bias-minus-6-grade', hop('grade'), [d(24, 'relu', { bias: -6 }), d(3, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(120, 32));
// exploding-gradient
spec('exploding-gradient.raw-kiln-sensors', kiln({ normalize: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.raw-diastatic-target', malt('diastatic_wk'), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 16));
spec('exploding-gradient.deep-std-1-relu', hop('alpha_acid_pct', { normalizeTarget: 'standard' }), [d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('sgd', 0.001), tr(60, 32));
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-sgd', hop('rejected'), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32));
spec('vanishing-gradient.deep-tanh-tiny-init', malt('spec_pass'), [d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('vanishing-gradient.sigmoid-ten-layers-grade', hop('grade'), [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(80, 32));
// nan-loss
spec('nan-loss.raw-green-weight-sgd', kiln({ normalize: 'none', features: ['green_weight_kg', 'fan_rpm', 'bed_depth_cm'] }), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(50, 16));
spec('nan-loss.raw-malt-rmsprop-huge-lr', malt('diastatic_wk', { normalize: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), tr(50, 8));
spec('nan-loss.gdd-unscaled-sigmoid-bce', hop('rejected', { normalize: 'none' }), [d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(50, 32));
// lr-too-high
spec('lr-too-high.adam-0.3-alpha', hop('alpha_acid_pct', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.3), tr(100, 32));
spec('lr-too-high.sgd-momentum-lr-0.8', malt('extract_pct', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.8, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-high.rmsprop-0.1-grade', hop('grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.1), tr(100, 16));
spec('lr-too-high.nesterov-lr-2-kiln', kiln({ normalizeTarget: 'standard' }), [d(16, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 2, { momentum: 0.9, nesterov: true }), tr(80, 32));
// lr-too-low
spec('lr-too-low.sgd-1e-5-extract', malt('extract_pct', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-2e-6-grade', hop('grade'), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 2e-6), tr(120, 32));
spec('lr-too-low.rmsprop-1e-6-kiln', kiln({ normalizeTarget: 'minmax', normalize: 'minmax' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 1e-6), tr(150, 64));
spec('lr-too-low.momentum-sgd-1e-5-pass', malt('spec_pass'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5, { momentum: 0.9 }), tr(100, 32));
// saturated-activation
spec('saturated-activation.sigmoid-raw-kiln', kiln({ normalize: 'none', normalizeTarget: 'standard' }), [d(16, 'sigmoid'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('saturated-activation.tanh-std-4', hop('rejected'), [d(32, 'tanh', { init: 'normal', std: 4 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
spec('saturated-activation.sigmoid-bias-8', malt('friability_pct', { normalizeTarget: 'standard' }), [d(24, 'sigmoid', { bias: 8 }), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(100, 32));
// loss-plateau
spec('loss-plateau.weight-decay-1', hop('grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1 }), tr(120, 32));
spec('loss-plateau.one-unit-bottleneck-relu', kiln({ normalizeTarget: 'standard' }), [d(1, 'relu', { bias: -2 }), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-plateau.dropout-0.95', malt('extract_pct', { normalizeTarget: 'standard' }), [d(32, 'relu'), drop(0.95), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-plateau.sigmoid-sgd-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(200, 32));
// oscillating-loss
spec('oscillating-loss.sgd-full-batch-lr-1.2', malt('extract_pct', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 1.2), tr(150, 380));
spec('oscillating-loss.momentum-0.99-batch-4', hop('alpha_acid_pct', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(100, 4));
spec('oscillating-loss.rmsprop-0.03-batch-1', kiln({ normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.03), tr(80, 1));
spec('oscillating-loss.adam-0.05-full-batch-grade', hop('grade'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.05), tr(150, 440));

// ---------------- healthy ----------------
spec('ok.alpha-adam-relu', hop('alpha_acid_pct', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.alpha-raw-target-adam', hop('alpha_acid_pct'), [d(24, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(200, 32));
spec('ok.alpha-elu-rmsprop', hop('alpha_acid_pct', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(150, 16));
spec('ok.alpha-tanh-nesterov', hop('alpha_acid_pct', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.grade-relu-adam', hop('grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 32));
spec('ok.grade-deep-bn', hop('grade'), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.002), tr(150, 64, { validationSplit: 0.15 }));
spec('ok.grade-tanh-momentum', hop('grade'), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(200, 32));
spec('ok.grade-leaky-rmsprop-dropout', hop('grade'), [d(48, 'leaky_relu'), drop(0.2), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(200, 32));
spec('ok.rejected-relu-adam', hop('rejected'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32));
spec('ok.rejected-sgd-plain', hop('rejected'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(250, 16));
spec('ok.rejected-elu-clip', hop('rejected'), [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { clipNorm: 1 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.extract-relu-adam', malt('extract_pct', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.extract-linear-regression', malt('extract_pct', { normalizeTarget: 'standard' }), [d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(150, 32));
spec('ok.extract-rmsprop-wd', malt('extract_pct', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.001, { weightDecay: 1e-4 }), tr(150, 32));
spec('ok.diastatic-std-target', malt('diastatic_wk', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.002), tr(150, 32));
spec('ok.diastatic-raw-target-adam', malt('diastatic_wk'), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.05), tr(300, 32));
spec('ok.diastatic-momentum-bs8', malt('diastatic_wk', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 8));
spec('ok.colour-elu-adam', malt('colour_ebc', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.friability-leaky-nesterov', malt('friability_pct', { normalizeTarget: 'standard' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.pass-relu-adam', malt('spec_pass'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.pass-sigmoid-hidden-rmsprop', malt('spec_pass'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(200, 32));
spec('ok.pass-bn-sgd-full-batch', malt('spec_pass'), [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(300, 380));
spec('ok.pass-eu-export', { csv: '../data/malt_batches_eu.csv', target: 'spec_pass', features: MALT, normalize: 'standard' }, [d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 16));
spec('ok.extract-eu-export-tanh', { csv: '../data/malt_batches_eu.csv', target: 'extract_pct', features: MALT, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.kiln-relu-adam', kiln({ normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.002), tr(150, 32));
spec('ok.kiln-raw-target-tanh', kiln(), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(250, 32));
spec('ok.kiln-minmax-rmsprop', kiln({ normalize: 'minmax', normalizeTarget: 'standard' }), [d(32, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(150, 16));
spec('ok.kiln-batch-1-sgd', kiln({ normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.005), tr(40, 1));
spec('ok.kiln-deep-dropout-clip', kiln({ normalizeTarget: 'standard' }), [d(64, 'relu'), drop(0.1), d(32, 'relu'), drop(0.1), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.001, { clipNorm: 5 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.kiln-few-features-sigmoid', kiln({ normalizeTarget: 'standard', features: ['air_on_c', 'fan_rpm', 'dry_hours', 'bed_depth_cm'] }), [d(16, 'sigmoid'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(200, 32));
spec('ok.kiln-full-batch-adam', kiln({ normalizeTarget: 'standard' }), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(400, 360));
spec('ok.iris-sampler-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 16));
spec('ok.moons-elu-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.circles-tanh-momentum', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 16));
spec('ok.blobs-four-classes-sgd', { builtin: 'blobs', samples: 400, classes: 4, noise: 0.1 }, [d(12, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(150, 32));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.xor-small-nesterov', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(300, 16));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 400, classes: 2, noise: 0.05 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(400, 32));
raw('ok.inline-bitterness-sigmoid-rmsprop', {
  data: { inline: { x: [[4.5, 2.1], [5.2, 2.4], [10.1, 4.2], [11.3, 4.8], [7.4, 3.2], [13.8, 5.1], [14.6, 6.0], [6.1, 3.0], [8.8, 3.9], [12.2, 5.4], [9.5, 4.0], [3.9, 1.9]], y: [18, 21, 41, 45, 30, 55, 59, 25, 36, 49, 38, 16] }, normalize: 'standard', normalizeTarget: 'standard' },
  layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(300, 4),
});
raw('ok.inline-aroma-class-strings', {
  data: { inline: { x: [[1.8, 0.4], [2.2, 0.5], [0.6, 0.9], [0.7, 1.1], [1.2, 2.1], [1.0, 2.4], [2.0, 0.3], [0.5, 1.0], [1.1, 2.2], [1.9, 0.6], [0.8, 1.2], [1.3, 2.0]], y: ['citrus', 'citrus', 'earthy', 'earthy', 'floral', 'floral', 'citrus', 'earthy', 'floral', 'citrus', 'earthy', 'floral'] }, normalize: 'standard' },
  layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(200, 12),
});
spec('ok.rejected-wide-bs1-adam', hop('rejected'), [d(64, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.0005), tr(30, 1));
spec('ok.colour-lecun-selu-like-elu-sgd', malt('colour_ebc', { normalizeTarget: 'standard' }), [d(32, 'elu', { init: 'lecun_normal' }), d(16, 'elu', { init: 'lecun_normal' }), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.8 }), tr(150, 16));
spec('ok.alpha-five-layers-he-uniform', hop('alpha_acid_pct', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(8, 'relu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(150, 32));

// ---------------- second pass (after the first observation) ----------------
spec('init-symmetry.constant-kiln-head', kiln({ normalizeTarget: 'standard' }), [d(16, 'relu', { init: 'constant', value: 0.05 }), d(1, 'linear', { init: 'constant', value: 0.05 })], 'mse', opt('adam', 0.003), tr(150, 32));
spec('lr-too-high.adam-0.08-kiln-bs8', kiln({ normalizeTarget: 'standard' }), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.08), tr(100, 8));
spec('lr-too-high.rmsprop-0.05-alpha', hop('alpha_acid_pct', { normalizeTarget: 'standard' }), [d(32, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.05), tr(100, 16));
spec('lr-too-high.sgd-0.3-momentum-pass', malt('spec_pass'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.95 }), tr(100, 8));
spec('oscillating-loss.sgd-full-batch-lr-0.7', malt('extract_pct', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.7), tr(150, 380));
spec('oscillating-loss.rmsprop-0.02-full-batch', kiln({ normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.02), tr(150, 360));
spec('oscillating-loss.momentum-0.95-lr-0.1-bs4', hop('alpha_acid_pct', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), tr(80, 4));
spec('loss-plateau.weight-decay-0.5-kiln', kiln({ normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.5 }), tr(120, 32));
spec('ok.rejected-rmsprop-tanh', hop('rejected'), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(200, 32));
spec('ok.pass-tanh-nesterov', malt('spec_pass'), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(200, 16));
spec('ok.extract-adam-bs64-xavier-normal', malt('extract_pct', { normalizeTarget: 'standard' }), [d(24, 'tanh', { init: 'xavier_normal' }), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(200, 64));
