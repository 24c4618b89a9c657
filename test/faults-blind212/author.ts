/**
 * Writes every candidate spec of fault set blind212 (beach lifeguard services) into candidates/.
 * Run: npx tsx test/faults-blind212/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const SHIFT_F = ['wave_height_m', 'wind_kmh', 'water_temp_c', 'air_temp_c', 'uv_index', 'visitors', 'rip_index', 'tide_m', 'tower_number'];
const INC_F = ['hour', 'distance_from_tower_m', 'water_depth_m', 'wave_height_m', 'age_years', 'water_temp_c', 'crowd_density'];
const COV_F = ['day_of_season', 'forecast_visitors', 'forecast_air_c', 'school_holiday', 'weekend', 'beach_length_km', 'car_park_spaces'];
const SWIM_F = ['age', 'height_cm', 'weight_kg', 'run_2km_s', 'sprint_50m_s', 'years_swimming'];

const shifts = (normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/shifts.csv', target: 'rescue', features: SHIFT_F, normalize, ...extra });
const incidents = (normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/incidents.csv', target: 'incident_type', features: INC_F, normalize, ...extra });
const coverage = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}) => ({ csv: '../data/coverage-tabs.csv', target: 'patrol_hours', features: COV_F, normalize, normalizeTarget, ...extra });
const swim = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}) => ({ csv: '../data/swim-tests.csv', target: 'swim_400m_s', features: SWIM_F, normalize, normalizeTarget, ...extra });
const builtin = (name: string, extra: Obj = {}) => ({ builtin: name, ...extra });

const d = (units: number, activation: string, extra: Obj = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}) => ({ epochs, batchSize, shuffle: true, ...extra });

function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}): void {
  const name = file.replace(/^[^.]+\./, '');
  const body = { name, seed: 212, ...extra, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', shifts(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(60, 32));
spec('invalid-spec.keras-loss-name', shifts(), [d(12, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), tr(60, 32));
spec('invalid-spec.glorot-init', incidents(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(80, 16));
spec('invalid-spec.dropout-rate-one', coverage(), [d(32, 'relu'), drop(1.0), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.validation-split-percent', swim(), [d(16, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(80, 16, { validationSplit: 20 }));
// data-error
spec('data-error.typo-in-path', { ...shifts(), csv: '../data/shift.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.target-rescued', { ...shifts(), target: 'rescued' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.tower-code-as-feature', shifts('standard', { features: [...SHIFT_F, 'tower'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.radio-log-gaps', { ...shifts(), csv: '../data/shifts-gaps.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 32));
spec('data-error.shared-drive-path', { ...coverage(), csv: '../../../../../../mnt/shared/coverage-tabs.csv' }, [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(60, 32));
spec('data-error.all-columns-incl-id', { csv: '../data/swim-tests.csv', target: 'swim_400m_s', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(60, 32));
// shape-mismatch
spec('shape-mismatch.three-incident-types', incidents(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 16));
spec('shape-mismatch.two-sigmoid-heads', shifts(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('shape-mismatch.hours-two-outputs', coverage(), [d(16, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.003), tr(60, 32));
spec('shape-mismatch.incident-single-unit', incidents(), [d(12, 'tanh'), d(1, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(60, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse', incidents(), [d(16, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.005), tr(80, 16));
spec('loss-activation-mismatch.bce-linear-head', shifts(), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', incidents(), [d(16, 'tanh'), d(4, 'sigmoid')], 'cce', opt('adam', 0.005), tr(80, 16));
spec('loss-activation-mismatch.relu-head-std-target', swim(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.005), tr(100, 16));
spec('loss-activation-mismatch.sigmoid-head-std-hours', coverage(), [d(24, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(100, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', shifts(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('init-symmetry.constant-hidden', incidents(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 16));
spec('init-symmetry.zeros-two-layers', swim(), [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(80, 16));
spec('init-symmetry.constant-moons', builtin('moons', { samples: 300, noise: 0.15 }), [d(12, 'sigmoid', { init: 'constant', value: 0.5 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(100, 32));
// init-scale
spec('init-scale.normal-std-8', shifts(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('init-scale.uniform-limit-20', coverage(), [d(32, 'relu', { init: 'uniform', limit: 20 }), d(16, 'relu', { init: 'uniform', limit: 20 }), d(1, 'linear', { init: 'uniform', limit: 20 })], 'mse', opt('sgd', 0.01), tr(80, 32));
spec('init-scale.normal-std-1e-4-deep', incidents(), [d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(4, 'softmax', { init: 'normal', std: 1e-4 })], 'cce', opt('sgd', 0.01), tr(80, 32));
spec('init-scale.normal-std-10-sigmoid', builtin('circles', { samples: 300, noise: 0.08 }), [d(16, 'sigmoid', { init: 'normal', std: 10 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', builtin('moons', { samples: 300, noise: 0.1 }), [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-stack-circles', builtin('circles', { samples: 300, noise: 0.05 }), [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(150, 32));
spec('no-nonlinearity.linear-incidents', incidents(), [d(24, 'linear'), d(24, 'linear'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 16));
spec('no-nonlinearity.linear-spirals', builtin('spirals', { samples: 300, noise: 0.05, classes: 3 }), [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-50', shifts(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 50), tr(60, 32));
spec('lr-out-of-range.sgd-lr-200', coverage(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 200), tr(60, 32));
spec('lr-out-of-range.rmsprop-lr-1e-9', incidents(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 1e-9), tr(60, 32));
spec('lr-out-of-range.sgd-lr-1e-8', swim(), [d(16, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 1e-8, { momentum: 0.9 }), tr(60, 16));
// dead-relu
spec('dead-relu.negative-bias', shifts(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('dead-relu.sgd-kick-raw-visitors', shifts('none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(60, 32));
spec('dead-relu.bias-minus-3-incidents', incidents(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', opt('sgd', 0.02), tr(80, 32));
spec('dead-relu.rmsprop-hot-start', swim(), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.3), tr(60, 16));
// exploding-gradient
spec('exploding-gradient.raw-hours-raw-visitors', coverage('none', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(40, 32));
spec('exploding-gradient.raw-swim-seconds', swim('standard', 'none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(40, 16));
spec('exploding-gradient.deep-std1-raw', coverage('none', 'standard'), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('adam', 0.001), tr(40, 32));
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', shifts(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.01), tr(60, 32));
spec('vanishing-gradient.deep-tanh-small-init', incidents(), Array.from({ length: 6 }, () => d(24, 'tanh', { init: 'normal', std: 0.02 })).concat([d(4, 'softmax')]), 'cce', opt('sgd', 0.02, { momentum: 0.9 }), tr(60, 32));
spec('vanishing-gradient.sigmoid-tower-moons', builtin('moons', { samples: 300, noise: 0.1 }), Array.from({ length: 10 }, () => d(12, 'sigmoid', { init: 'normal', std: 0.1 })).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(80, 16));
// nan-loss
spec('nan-loss.sgd-raw-hours', coverage('none', 'none'), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(40, 16));
spec('nan-loss.raw-visitors-swim-lr1', swim('none', 'none'), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 1), tr(40, 16));
spec('nan-loss.momentum-raw-coverage', coverage('none', 'standard'), [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), tr(40, 8));
// lr-too-high
spec('lr-too-high.adam-0.5-shifts', shifts(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(80, 32));
spec('lr-too-high.sgd-3-iris', builtin('iris', { normalize: 'standard' }), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 3), tr(100, 16));
spec('lr-too-high.rmsprop-0.2-incidents', incidents(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.2), tr(80, 16));
spec('lr-too-high.adam-1-swim', swim(), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 1), tr(80, 16));
spec('lr-too-high.nesterov-2-coverage', coverage(), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), tr(80, 16));
// lr-too-low
spec('lr-too-low.sgd-1e-4-shifts', shifts(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-4), tr(80, 32));
spec('lr-too-low.adam-1e-6-incidents', incidents(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 1e-6), tr(80, 32));
spec('lr-too-low.rmsprop-1e-6-swim', swim(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 1e-6), tr(100, 32));
spec('lr-too-low.sgd-5e-5-fullbatch-coverage', coverage(), [d(24, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 5e-5, { momentum: 0.5 }), tr(150, 360));
// saturated-activation
spec('saturated-activation.sigmoid-raw-visitors', shifts('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('saturated-activation.tanh-raw-coverage', coverage('none', 'standard'), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(60, 32));
spec('saturated-activation.tanh-std-4', incidents(), [d(32, 'tanh', { init: 'normal', std: 4 }), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(60, 32));
spec('saturated-activation.sigmoid-raw-swim', swim('none', 'standard'), [d(16, 'sigmoid'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 16));
// loss-plateau
spec('loss-plateau.weight-decay-2', shifts(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01, { weightDecay: 2 }), tr(80, 32));
spec('loss-plateau.dropout-0.95', incidents(), [d(16, 'relu'), drop(0.95), d(16, 'relu'), drop(0.95), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('loss-plateau.clipnorm-1e-5', swim(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { clipNorm: 1e-5 }), tr(100, 16));
spec('loss-plateau.decay-1-coverage', coverage(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1 }), tr(100, 32));
// oscillating-loss
spec('oscillating-loss.momentum-0.99-batch-4', shifts(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.99 }), tr(80, 4));
spec('oscillating-loss.rmsprop-0.05-batch-2', incidents(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.05), tr(60, 2));
spec('oscillating-loss.fullbatch-sgd-1.5', swim(), [d(8, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 1.5), tr(100, 300));
spec('oscillating-loss.adam-0.1-batch-1', coverage(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.1), tr(40, 1));

// ---------------- healthy ----------------
spec('ok.shifts-adam-relu', shifts(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32, { validationSplit: 0.2 }));
spec('ok.shifts-eu-export', { ...shifts(), csv: '../data/shifts-eu.csv' }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('ok.shifts-minmax-nesterov', shifts('minmax'), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(100, 16));
spec('ok.shifts-rmsprop-dropout', shifts(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(80, 32));
spec('ok.shifts-batchnorm-sgd', shifts(), [d(24, 'relu', { batchNorm: true }), d(12, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 32));
spec('ok.shifts-logistic-fullbatch', shifts(), [d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(200, 480));
spec('ok.shifts-elu-weightdecay', shifts(), [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 1e-4, clipNorm: 5 }), tr(80, 64));
spec('ok.shifts-batch1-sgd', shifts(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.005), tr(30, 1));
spec('ok.incidents-adam', incidents(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 16, { validationSplit: 0.15 }));
spec('ok.incidents-tanh-rmsprop', incidents(), [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(80, 32));
spec('ok.incidents-sgd-momentum', incidents(), [d(32, 'relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('ok.incidents-minmax-elu', incidents('minmax'), [d(24, 'elu', { init: 'lecun_normal' }), d(24, 'elu', { init: 'lecun_normal' }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('ok.incidents-batchnorm-dropout', incidents(), [d(32, 'relu', { batchNorm: true }), drop(0.3), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('ok.incidents-fullbatch-nesterov', incidents(), [d(32, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', opt('sgd', 0.3, { momentum: 0.9, nesterov: true }), tr(300, 420));
spec('ok.coverage-adam', coverage(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32, { validationSplit: 0.2 }));
spec('ok.coverage-minmax-target', coverage('minmax', 'minmax'), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(150, 32));
spec('ok.coverage-linear-regression', coverage(), [d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.coverage-rmsprop-clip', coverage(), [d(32, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003, { clipNorm: 1 }), tr(100, 16));
spec('ok.coverage-deep-leaky', coverage(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.002), tr(100, 32));
spec('ok.coverage-batch-8-momentum', coverage(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 8));
spec('ok.swim-adam', swim(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(120, 16));
spec('ok.swim-tanh-nesterov', swim(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(120, 16));
spec('ok.swim-rmsprop-dropout', swim(), [d(32, 'relu'), drop(0.1), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(100, 32, { validationSplit: 0.2 }));
spec('ok.swim-sigmoid-hidden', swim(), [d(16, 'sigmoid'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(150, 32));
spec('ok.swim-fullbatch-adam', swim(), [d(24, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.02), tr(300, 300));
spec('ok.swim-batchnorm-deep', swim(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('ok.moons-relu', builtin('moons', { samples: 300, noise: 0.1 }), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-tanh-sgd', builtin('circles', { samples: 300, noise: 0.05 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(150, 32));
spec('ok.spirals-deep-adam', builtin('spirals', { samples: 300, noise: 0.05, classes: 3 }), [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-four-rmsprop', builtin('blobs', { samples: 400, classes: 4 }), [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.01), tr(60, 32));
spec('ok.iris-elu-nesterov', builtin('iris', { normalize: 'standard' }), [d(12, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.sine-tanh', builtin('sine', { samples: 300, noise: 0.05 }), [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.xor-sigmoid-small', builtin('xor', { samples: 200, noise: 0.1 }), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(200, 16));
spec('ok.moons-batch1-rmsprop', builtin('moons', { samples: 200, noise: 0.15 }), [d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(60, 1));
spec('ok.inline-flag-colour', { inline: { x: [[0.3, 5], [0.5, 8], [0.8, 12], [1.2, 20], [1.6, 25], [2.0, 30], [2.5, 35], [0.4, 30], [1.8, 6], [2.8, 40], [0.2, 3], [1.4, 15]], y: ['green', 'green', 'green', 'yellow', 'yellow', 'red', 'red', 'yellow', 'yellow', 'red', 'green', 'yellow'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.03), tr(300, 12));
spec('ok.shifts-mse-sigmoid', shifts(), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(80, 32));
spec('ok.incidents-wide-shallow-lowlr-long', incidents(), [d(128, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.0005), tr(200, 32));
spec('ok.coverage-high-lr-clipped-sgd', coverage(), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { clipNorm: 1 }), tr(100, 32));
spec('ok.swim-single-elu-rmsprop-decay', swim(), [d(8, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.01, { weightDecay: 1e-3 }), tr(120, 32));
spec('ok.circles-deep-elu-batchnorm', builtin('circles', { samples: 400, noise: 0.08 }), [d(16, 'elu', { batchNorm: true }), d(16, 'elu', { batchNorm: true }), d(16, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('ok.spirals-tanh-rmsprop', builtin('spirals', { samples: 300, noise: 0.05, classes: 2 }), [d(48, 'tanh'), d(48, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(300, 32));
spec('ok.blobs-three-noshuffle', builtin('blobs', { samples: 300, classes: 3 }), [d(6, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.02), { epochs: 100, batchSize: 50, shuffle: false });

// second pass (added after the first observation, to fill lr-too-high and exploding-gradient)
spec('lr-too-high.sgd-0.8-momentum-shifts', shifts(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.8, { momentum: 0.9 }), tr(60, 16));
spec('lr-too-high.rmsprop-0.1-coverage', coverage(), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.1), tr(60, 16));
spec('exploding-gradient.raw-features-adam', coverage('none', 'standard'), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(40, 32));
spec('exploding-gradient.raw-swim-features-rmsprop', swim('none', 'standard'), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(40, 16));
