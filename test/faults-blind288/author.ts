/**
 * Writes every candidate spec of fault set blind288 into candidates/:
 * `npx tsx test/faults-blind288/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const put = (file: string, spec: J) => fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
const d = (units: number, activation?: string, extra: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });
const spec = (name: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J): J =>
  ({ name, seed, data, layers, loss, optimizer, training });

const RUN_F = ['track_length_m', 'sled_mass_kg', 'start_time_s', 'push_speed_kmh', 'ice_temp_c', 'air_temp_c', 'humidity_pct', 'bib_number', 'top_speed_kmh'];
const SLED_F = ['track_length_m', 'start_time_s', 'push_speed_kmh', 'top_speed_kmh', 'finish_time_s'];
const CRASH_F = ['sled_mass_kg', 'start_time_s', 'ice_temp_c', 'air_temp_c', 'top_speed_kmh', 'humidity_pct'];
const ICE_F = ['ice_thickness_mm', 'brine_temp_c', 'ambient_c', 'solar_wm2', 'wind_ms', 'compressor_kw'];
const GRADE_F = ['ice_thickness_mm', 'ambient_c', 'solar_wm2', 'wind_ms'];
const CURVE_F = ['radius_m', 'bank_deg', 'speed_kmh', 'entry_height_m', 'sensor_temp_c'];

const finish = (norm = 'standard', nt: string | undefined = 'standard', features = RUN_F): J =>
  ({ csv: '../data/runs.csv', target: 'finish_time_s', features, normalize: norm, ...(nt ? { normalizeTarget: nt } : {}) });
const crash = (norm = 'standard'): J => ({ csv: '../data/runs.csv', target: 'crash', features: CRASH_F, normalize: norm });
const sled = (norm = 'standard'): J => ({ csv: '../data/runs.csv', target: 'sled', features: SLED_F, normalize: norm });
const energy = (norm = 'standard', nt: string | undefined = 'standard'): J =>
  ({ csv: '../data/ice.csv', target: 'energy_kwh', features: ICE_F, normalize: norm, ...(nt ? { normalizeTarget: nt } : {}) });
const grade = (norm = 'standard'): J => ({ csv: '../data/ice.csv', target: 'grade', features: GRADE_F, normalize: norm });
const gload = (norm = 'standard', nt: string | undefined = 'standard'): J =>
  ({ csv: '../data/curves.tsv', target: 'g_load', features: CURVE_F, normalize: norm, ...(nt ? { normalizeTarget: nt } : {}) });
const b = (name: string, extra: J = {}): J => ({ builtin: name, ...extra });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.relu-capitalised', spec('finish-time', 288, finish(), [d(24, 'Relu'), d(12, 'Relu'), d(1)], 'mse', opt('adam', 0.003), tr(120, 32)));
put('invalid-spec.adamw-optimizer', spec('crash-risk', 288, crash(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001, { weightDecay: 0.01 }), tr(100, 64)));
put('invalid-spec.dropout-rate-percent', spec('sled-class', 288, sled(), [d(32, 'relu'), drop(20), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32)));
put('invalid-spec.keras-loss-name', spec('crash-risk', 288, crash(), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', opt('rmsprop', 0.002), tr(100, 32)));
put('invalid-spec.units-zero', spec('g-load', 288, gload(), [d(16, 'elu'), d(0, 'elu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 32)));
// data-error
put('data-error.next-season-file', spec('finish-time', 288, { ...finish(), csv: '../data/runs_2024.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('data-error.text-columns-unlisted', spec('finish-time', 288, { csv: '../data/runs.csv', target: 'finish_time_s', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('data-error.target-without-unit', spec('finish-time', 288, { ...finish(), target: 'finish_time' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('data-error.sensor-outage-na', spec('crash-risk', 288, { ...crash(), csv: '../data/runs-gaps.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
put('data-error.dnf-speed-trap', spec('finish-time', 288, { ...finish(), csv: '../data/runs-dnf.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32)));
put('data-error.shared-drive-path', spec('ice-energy', 288, { ...energy(), csv: '../../../../../../srv/track/ice.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
// shape-mismatch
put('shape-mismatch.four-sled-classes', spec('sled-class', 288, sled(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32)));
put('shape-mismatch.two-outputs-one-time', spec('finish-time', 288, finish(), [d(16, 'tanh'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32)));
put('shape-mismatch.grade-five-levels', spec('ice-grade', 288, grade(), [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(120, 16)));
// loss-activation-mismatch
put('loss-activation-mismatch.softmax-gload', spec('g-load', 288, gload(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.005), tr(150, 32)));
put('loss-activation-mismatch.bce-linear-head', spec('crash-risk', 288, crash(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(120, 32)));
put('loss-activation-mismatch.cce-sigmoid-head', spec('ice-grade', 288, grade(), [d(16, 'tanh'), d(3, 'sigmoid')], 'cce', opt('adam', 0.005), tr(120, 32)));
put('loss-activation-mismatch.sigmoid-raw-seconds', spec('finish-time', 288, finish('standard', undefined), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(120, 32)));
// init-symmetry
put('init-symmetry.zeros-hidden', spec('g-load', 288, gload(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', opt('adam', 0.005), tr(150, 32)));
put('init-symmetry.constant-all', spec('sled-class', 288, sled(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(5, 'softmax', { init: 'constant', value: 0.1 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32)));
put('init-symmetry.zeros-sigmoid-net', spec('crash-risk', 288, crash(), [d(12, 'sigmoid', { init: 'zeros' }), d(12, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.003), tr(120, 32)));
// init-scale
put('init-scale.normal-std-five', spec('ice-energy', 288, energy(), [d(32, 'tanh', { init: 'normal', std: 5 }), d(16, 'tanh', { init: 'normal', std: 5 }), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
put('init-scale.uniform-limit-ten', spec('sled-class', 288, sled(), [d(32, 'relu', { init: 'uniform', limit: 10 }), d(16, 'relu', { init: 'uniform', limit: 10 }), d(5, 'softmax')], 'cce', opt('sgd', 0.01), tr(150, 32)));
put('init-scale.normal-std-tiny-deep', spec('g-load', 288, gload(), [d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(1, 'linear', { init: 'normal', std: 1e-4 })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(150, 32)));
// no-nonlinearity
put('no-nonlinearity.linear-stack-gload', spec('g-load', 288, gload(), [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(1)], 'mse', opt('adam', 0.003), tr(200, 32)));
put('no-nonlinearity.moons-linear-hidden', spec('moons', 288, b('moons', { samples: 400, noise: 0.15 }), [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)));
put('no-nonlinearity.circles-linear', spec('circles', 288, b('circles', { samples: 300, noise: 0.05 }), [d(24, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(200, 32)));
// lr-out-of-range
put('lr-out-of-range.zero-rate', spec('finish-time', 288, finish(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0), tr(100, 32)));
put('lr-out-of-range.negative-rate', spec('crash-risk', 288, crash(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', -0.01, { momentum: 0.9 }), tr(100, 32)));
put('lr-out-of-range.adam-rate-thirty', spec('sled-class', 288, sled(), [d(24, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 30), tr(100, 32)));
// dead-relu
put('dead-relu.negative-bias-start', spec('finish-time', 288, finish(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(150, 32)));
put('dead-relu.sgd-kick-raw-target', spec('g-load', 288, gload('standard', undefined), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.3), tr(100, 16)));
put('dead-relu.bias-minus-three-sled', spec('sled-class', 288, sled(), [d(24, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(120, 32)));
put('dead-relu.adam-big-step', spec('ice-energy', 288, energy(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.3), tr(120, 16)));
// exploding-gradient
put('exploding-gradient.raw-energy-kwh', spec('ice-energy', 288, energy('none', undefined), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('sgd', 1e-6), tr(80, 32)));
put('exploding-gradient.raw-kw-deep', spec('ice-energy', 288, energy('none', 'standard'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(80, 32)));
put('exploding-gradient.deep-std-one', spec('finish-time', 288, finish(), [d(48, 'leaky_relu', { init: 'normal', std: 1 }), d(48, 'leaky_relu', { init: 'normal', std: 1 }), d(48, 'leaky_relu', { init: 'normal', std: 1 }), d(48, 'leaky_relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('sgd', 0.001), tr(80, 32)));
put('exploding-gradient.raw-seconds-mass', spec('finish-time', 288, finish('none', undefined), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32)));
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-stack', spec('crash-risk', 288, crash(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32)));
put('vanishing-gradient.deep-tanh-small-init', spec('g-load', 288, gload(), [d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(1)], 'mse', opt('sgd', 0.02), tr(120, 32)));
put('vanishing-gradient.sigmoid-ten-layers', spec('sled-class', 288, sled(), [...Array.from({ length: 10 }, () => d(12, 'sigmoid', { init: 'xavier_normal' })), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.5 }), tr(100, 32)));
// nan-loss
put('nan-loss.sgd-raw-kwh', spec('ice-energy', 288, energy('none', undefined), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(60, 32)));
put('nan-loss.momentum-raw-kw-target', spec('ice-energy', 288, { ...energy('minmax', undefined), target: 'compressor_kw', features: ['ice_thickness_mm', 'brine_temp_c', 'ambient_c', 'solar_wm2', 'wind_ms'] }, [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.95 }), tr(60, 16)));
put('nan-loss.nesterov-raw-seconds', spec('finish-time', 288, finish('none', undefined), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), tr(60, 32)));
put('nan-loss.elu-raw-solar', spec('g-load', 288, { ...gload('none', undefined) }, [d(64, 'elu'), d(64, 'elu'), d(1)], 'mse', opt('sgd', 0.2, { momentum: 0.9 }), tr(60, 8)));
// lr-too-high
put('lr-too-high.sgd-two-crash', spec('crash-risk', 288, crash(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 4), tr(100, 32)));
put('lr-too-high.adam-half-sled', spec('sled-class', 288, sled(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.5), tr(100, 32)));
put('lr-too-high.rmsprop-point-three-gload', spec('g-load', 288, gload(), [d(32, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.3), tr(100, 32)));
put('lr-too-high.nesterov-finish', spec('finish-time', 288, finish(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), tr(100, 32)));
put('lr-too-high.adam-spirals-one', spec('spirals', 288, b('spirals', { samples: 300, classes: 3 }), [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 1), tr(100, 32)));
// lr-too-low
put('lr-too-low.sgd-1e-5-finish', spec('finish-time', 288, finish(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 1e-5), tr(100, 32)));
put('lr-too-low.adam-1e-6-sled', spec('sled-class', 288, sled(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 1e-6), tr(150, 32)));
put('lr-too-low.rmsprop-1e-6-crash', spec('crash-risk', 288, crash(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-6), tr(100, 32)));
put('lr-too-low.momentum-1e-5-grade', spec('ice-grade', 288, grade(), [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 1e-5, { momentum: 0.9 }), tr(120, 16)));
// saturated-activation
put('saturated-activation.sigmoid-raw-kw', spec('ice-energy', 288, energy('none', 'standard'), [d(16, 'sigmoid'), d(1)], 'mse', opt('adam', 0.003), tr(120, 32)));
put('saturated-activation.tanh-raw-speed', spec('crash-risk', 288, crash('none'), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(120, 32)));
put('saturated-activation.sigmoid-std-four', spec('sled-class', 288, sled(), [d(32, 'sigmoid', { init: 'normal', std: 4 }), d(5, 'softmax')], 'cce', opt('sgd', 0.05), tr(120, 32)));
put('saturated-activation.tanh-raw-radius', spec('g-load', 288, gload('none', 'standard'), [d(24, 'tanh'), d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(120, 32)));
// loss-plateau
put('loss-plateau.weight-decay-one', spec('g-load', 288, gload(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1 }), tr(150, 32)));
put('loss-plateau.dropout-nine-tenths', spec('sled-class', 288, sled(), [d(16, 'relu'), drop(0.95), d(16, 'relu'), drop(0.95), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32)));
put('loss-plateau.one-unit-bottleneck-spirals', spec('spirals', 288, b('spirals', { samples: 300, classes: 3 }), [d(1, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32)));
put('loss-plateau.xor-relu-two-units', spec('xor', 288, b('xor', { samples: 300 }), [d(2, 'relu', { bias: -1 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(200, 32)));
// oscillating-loss
put('oscillating-loss.momentum-099', spec('finish-time', 288, finish(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(120, 32)));
put('oscillating-loss.adam-batch-one', spec('g-load', 288, gload(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.05), tr(80, 1)));
put('oscillating-loss.rmsprop-batch-two', spec('ice-grade', 288, grade(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.05), tr(80, 2)));
put('oscillating-loss.sgd-full-batch-edge', spec('ice-energy', 288, energy(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.9), tr(150, 360)));

// ---------------- healthy ----------------
put('ok.finish-adam-relu', spec('finish-time', 288, finish(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
put('ok.finish-sgd-momentum-minmax', spec('finish-time', 289, finish('minmax', 'standard'), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(200, 16)));
put('ok.finish-nesterov-elu', spec('finish-time', 290, finish(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 32)));
put('ok.finish-rmsprop-bn', spec('finish-time', 291, finish(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(150, 64, { validationSplit: 0.2 })));
put('ok.finish-linear-regression', spec('finish-time', 292, finish(), [d(1)], 'mse', opt('sgd', 0.05), tr(200, 480)));
put('ok.finish-adam-full-batch', spec('finish-time', 293, finish(), [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.01), tr(300, 480)));
put('ok.finish-minmax-target', spec('finish-time', 294, finish('standard', 'minmax'), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(200, 32)));
put('ok.crash-adam-bce', spec('crash-risk', 288, crash(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32)));
put('ok.crash-rmsprop-dropout', spec('crash-risk', 295, crash(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(150, 32, { validationSplit: 0.2 })));
put('ok.crash-logistic-sgd', spec('crash-risk', 296, crash(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(200, 64)));
put('ok.crash-tanh-wd', spec('crash-risk', 297, crash('minmax'), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005, { weightDecay: 1e-4 }), tr(150, 16)));
put('ok.sled-adam-relu', spec('sled-class', 288, sled(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32)));
put('ok.sled-sgd-momentum-bn', spec('sled-class', 298, sled(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32)));
put('ok.sled-rmsprop-tanh', spec('sled-class', 299, sled(), [d(24, 'tanh'), d(24, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(150, 16)));
put('ok.sled-batch-one-sgd', spec('sled-class', 300, sled(), [d(16, 'elu'), d(5, 'softmax')], 'cce', opt('sgd', 0.005), tr(60, 1)));
put('ok.sled-clipnorm-adam', spec('sled-class', 301, sled('minmax'), [d(48, 'leaky_relu'), drop(0.1), d(24, 'leaky_relu'), d(5, 'softmax')], 'cce', opt('adam', 0.005, { clipNorm: 1 }), tr(150, 32, { validationSplit: 0.15 })));
put('ok.energy-adam', spec('ice-energy', 288, energy(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
put('ok.energy-linear-rmsprop', spec('ice-energy', 302, energy('minmax', 'standard'), [d(1)], 'mse', opt('rmsprop', 0.01), tr(200, 32)));
put('ok.energy-nesterov-tanh', spec('ice-energy', 303, energy(), [d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(200, 16)));
put('ok.energy-adam-minmax-target', spec('ice-energy', 304, energy('standard', 'minmax'), [d(24, 'elu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1e-4 }), tr(200, 32)));
put('ok.grade-adam', spec('ice-grade', 288, grade(), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32)));
put('ok.grade-sgd-lecun', spec('ice-grade', 305, grade(), [d(16, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.8 }), tr(200, 32)));
put('ok.grade-rmsprop-full', spec('ice-grade', 306, grade('minmax'), [d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(300, 360)));
put('ok.gload-adam-relu', spec('g-load', 288, gload(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(200, 32)));
put('ok.gload-sgd-tanh', spec('g-load', 307, gload('minmax', 'standard'), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(250, 16)));
put('ok.gload-deep-he-uniform', spec('g-load', 308, gload(), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1)], 'mse', opt('adam', 0.001), tr(200, 32, { validationSplit: 0.2 })));
put('ok.gload-rmsprop-clip', spec('g-load', 309, gload(), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.003, { clipNorm: 5 }), tr(200, 8)));
put('ok.iris-adam', spec('iris', 288, b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16)));
put('ok.iris-sgd-full-batch', spec('iris', 310, b('iris', { normalize: 'standard' }), [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.2), tr(400, 150)));
put('ok.moons-rmsprop', spec('moons', 288, b('moons', { samples: 400, noise: 0.15 }), [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(150, 32)));
put('ok.circles-adam-leaky', spec('circles', 311, b('circles', { samples: 400, noise: 0.05 }), [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)));
put('ok.spirals-adam-deep', spec('spirals', 312, b('spirals', { samples: 300, classes: 3 }), [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32)));
put('ok.blobs-sgd-four', spec('blobs', 313, b('blobs', { samples: 400, classes: 4 }), [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 16)));
put('ok.sine-tanh-adam', spec('sine', 314, b('sine', { samples: 300, noise: 0.05 }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32)));
put('ok.xor-sigmoid-hidden', spec('xor', 315, b('xor', { samples: 300 }), [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(300, 32)));
put('ok.inline-start-groups', spec('start-groups', 316, { inline: { x: [[4.6, 41], [4.7, 40.5], [4.8, 40], [5.0, 39], [5.1, 38.2], [5.2, 37.5], [6.5, 33], [6.6, 32.5], [6.8, 31.8], [4.65, 40.8], [5.05, 38.7], [6.7, 32]], y: ['fast', 'fast', 'fast', 'mid', 'mid', 'mid', 'slow', 'slow', 'slow', 'fast', 'mid', 'slow'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(200, 12)));
put('ok.inline-g-vs-speed', spec('g-vs-speed', 317, { inline: { x: [[80], [90], [100], [110], [120], [130], [140], [150], [85], [95], [105], [115], [125], [135], [145]], y: [1.9, 2.3, 2.8, 3.3, 3.9, 4.5, 5.2, 6.0, 2.1, 2.5, 3.0, 3.6, 4.2, 4.9, 5.6] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'elu'), d(1)], 'mse', opt('adam', 0.02), tr(300, 15)));
put('ok.finish-wide-shallow-rmsprop', spec('finish-time', 318, finish(), [d(128, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 64)));
put('ok.crash-xavier-sigmoid-hidden', spec('crash-risk', 319, crash(), [d(12, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));
put('ok.energy-deep-bn-sgd', spec('ice-energy', 320, energy(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(150, 32)));
put('ok.sled-multi-drop-elu', spec('sled-class', 321, sled(), [d(64, 'elu'), drop(0.3), d(32, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', opt('adam', 0.002), tr(200, 64, { validationSplit: 0.25 })));
put('ok.gload-uniform-init-small-net', spec('g-load', 322, gload(), [d(12, 'tanh', { init: 'uniform', limit: 0.3 }), d(1)], 'mse', opt('adam', 0.01), tr(300, 32)));

// ---------------- second batch (added after the first observation, to fill codes short after re-filing) ----------------
put('exploding-gradient.raw-kwh-target-sgd', spec('ice-energy', 288, { ...energy('standard', 'none') }, [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-9), tr(80, 32)));
put('exploding-gradient.raw-plant-log-adam', spec('ice-energy', 288, { ...energy('none', 'none') }, [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('adam', 0.001), tr(80, 32)));
put('loss-plateau.circles-one-unit', spec('circles', 288, b('circles', { samples: 300, noise: 0.05 }), [d(1, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)));
put('loss-plateau.blobs-two-sigmoid-units-sgd', spec('blobs', 288, b('blobs', { samples: 400, classes: 6 }), [d(2, 'sigmoid'), d(6, 'softmax')], 'cce', opt('sgd', 0.01), tr(150, 32)));
put('ok.energy-elu-rmsprop-batch8', spec('ice-energy', 323, energy(), [d(32, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(150, 8)));
put('ok.grade-nesterov-batch8', spec('ice-grade', 324, grade(), [d(24, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(120, 8)));
put('ok.circles-tanh-momentum', spec('circles', 325, b('circles', { samples: 400, noise: 0.05 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32)));
console.log(`wrote ${fs.readdirSync(out).length} candidates`);
