/** Writes every candidate spec of blind set 210 into candidates/. Run: npx tsx author.ts */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out);

type J = Record<string, unknown>;
const NF = ['sqm_mag', 'seeing_arcsec', 'humidity_pct', 'cloud_pct', 'moon_illum', 'temp_c', 'dewpoint_c', 'wind_kmh', 'visitors'];
const SF = ['aperture_mm', 'focal_mm', 'focal_ratio', 'mount_age_yr', 'collimation_err_arcmin', 'cooldown_min', 'eyepiece_mm'];
const DF = ['open_hours', 'heater_hours', 'outside_temp_c', 'dome_rotations', 'camera_cooling_hours'];
const MF = ['radiant_alt_deg', 'lm_limiet', 'bewolking', 'duur_h', 'waarnemers'];
const BF = ['years_member', 'events_attended', 'nights_hosted', 'distance_km', 'fee_eur'];

const nights = (norm = 'standard', target: unknown = 'verdict', extra: J = {}) => ({ csv: '../data/nights.csv', target, features: NF, normalize: norm, ...extra });
const limmag = (norm = 'standard', extra: J = {}) => ({ csv: '../data/nights.csv', target: 'limiting_mag', features: NF, normalize: norm, ...extra });
const scopes = (norm = 'standard', extra: J = {}) => ({ csv: '../data/scopes.csv', target: 'quality', features: SF, normalize: norm, ...extra });
const dome = (norm = 'standard', nt: string | undefined = 'standard', extra: J = {}) => ({ csv: '../data/dome_energy.csv', target: 'kwh', features: DF, normalize: norm, ...(nt ? { normalizeTarget: nt } : {}), ...extra });
const meteors = (norm = 'standard', nt: string | undefined = 'standard', extra: J = {}) => ({ csv: '../data/meteors-eu.csv', target: 'telling_per_uur', features: MF, normalize: norm, ...(nt ? { normalizeTarget: nt } : {}), ...extra });
const members = (norm = 'standard', extra: J = {}) => ({ csv: '../data/members-tabs.csv', target: 'renews', features: BF, normalize: norm, ...extra });

const d = (units: number, activation = 'linear', more: J = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const sgd = (lr: number, more: J = {}) => ({ type: 'sgd', lr, ...more });
const adam = (lr: number, more: J = {}) => ({ type: 'adam', lr, ...more });
const rms = (lr: number, more: J = {}) => ({ type: 'rmsprop', lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}) => ({ epochs, batchSize, ...more });

let count = 0;
function w(file: string, data: unknown, layers: unknown[], loss: string, optimizer: unknown, training: unknown, extra: J = {}) {
  const name = file.replace(/^[^.]+\./, '');
  const spec = { name, seed: 210, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
  count++;
}

// ---------------- faults ----------------
// invalid-spec
w('invalid-spec.adamw-optimizer', nights(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001 }, tr(60, 32));
w('invalid-spec.gelu-activation', scopes(), [d(24, 'gelu'), d(3, 'softmax')], 'cce', adam(0.003), tr(80, 32));
w('invalid-spec.dropout-percent', members(), [d(16, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 16));
w('invalid-spec.keras-loss-name', scopes(), [d(16, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', adam(0.003), tr(60, 32));
w('invalid-spec.validation-split-percent', limmag(), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80, 32, { validationSplit: 20 }));
w('invalid-spec.batchsize-zero', meteors(), [d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(60, 0));
// data-error
w('data-error.missing-2023-log', { csv: '../data/nights_2023.csv', target: 'verdict', features: NF, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 32));
w('data-error.target-capitalised', nights('standard', 'Verdict'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 32));
w('data-error.gaps-na-markers', { csv: '../data/nights-gaps.csv', target: 'verdict', features: NF, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 32));
w('data-error.date-as-feature', { csv: '../data/nights.csv', target: 'limiting_mag', features: ['date', ...NF], normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60, 32));
w('data-error.absolute-home-path', { csv: '/home/club/observing/nights.csv', target: 'verdict', features: NF, normalize: 'standard' }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 32));
// shape-mismatch
w('shape-mismatch.quality-two-units', scopes(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.003), tr(80, 32));
w('shape-mismatch.kwh-three-units', dome(), [d(16, 'relu'), d(3)], 'mse', adam(0.003), tr(80, 32));
w('shape-mismatch.two-targets-one-unit', { csv: '../data/nights.csv', target: ['limiting_mag', 'sqm_mag'], features: NF.filter((x) => x !== 'sqm_mag'), normalize: 'standard' }, [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(80, 32));
w('shape-mismatch.quality-one-unit-cce', scopes(), [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.003), tr(80, 32));
// loss-activation-mismatch
w('loss-activation-mismatch.softmax-mse', scopes(), [d(16, 'relu'), d(3, 'softmax')], 'mse', adam(0.003), tr(80, 32));
w('loss-activation-mismatch.bce-linear-head', nights(), [d(16, 'relu'), d(1)], 'bce', adam(0.003), tr(80, 32));
w('loss-activation-mismatch.cce-sigmoid-heads', scopes(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', adam(0.003), tr(80, 32));
w('loss-activation-mismatch.tanh-head-limiting-mag', limmag(), [d(16, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(80, 32));
w('loss-activation-mismatch.sigmoid-head-raw-kwh', dome('standard', undefined), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60, 32));
// init-symmetry
w('init-symmetry.zeros-relu-hidden', nights(), [d(16, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
w('init-symmetry.constant-tanh', scopes(), [d(12, 'tanh', { init: { name: 'constant', value: 0.2 } }), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(80, 32));
w('init-symmetry.zeros-two-layers', meteors(), [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1)], 'mse', rms(0.003), tr(80, 32));
w('init-symmetry.constant-elu-members', members(), [d(10, 'elu', { init: { name: 'constant', value: 0.05 } }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(60, 16));
// init-scale
w('init-scale.normal-std-8-tanh', nights(), [d(32, 'tanh', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
w('init-scale.uniform-tiny-deep', scopes(), [d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(3, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], 'cce', sgd(0.05, { momentum: 0.9 }), tr(60, 32));
w('init-scale.normal-std-30-relu', limmag(), [d(24, 'relu', { init: { name: 'normal', std: 30 } }), d(24, 'relu', { init: { name: 'normal', std: 30 } }), d(1)], 'mse', adam(0.003), tr(80, 32));
// no-nonlinearity
w('no-nonlinearity.linear-stack-nights', nights(), [d(32), d(16), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
w('no-nonlinearity.linear-stack-meteors', meteors(), [d(32), d(32), d(16), d(1)], 'mse', adam(0.003), tr(150, 32));
w('no-nonlinearity.linear-hidden-moons', { builtin: 'moons', samples: 400, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
w('no-nonlinearity.linear-scopes', scopes(), [d(24), d(12), d(3, 'softmax')], 'cce', rms(0.003), tr(120, 32));
// lr-out-of-range
w('lr-out-of-range.adam-lr-5', nights(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(5), tr(60, 32));
w('lr-out-of-range.sgd-lr-80', limmag(), [d(16, 'tanh'), d(1)], 'mse', sgd(80), tr(60, 32));
w('lr-out-of-range.rmsprop-1e-9', scopes(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(1e-9), tr(60, 32));
w('lr-out-of-range.sgd-1e-8', members(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1e-8, { momentum: 0.9 }), tr(60, 16));
// dead-relu
w('dead-relu.bias-minus-6', nights(), [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(80, 32));
w('dead-relu.sgd-kick', limmag(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.8), tr(60, 16));
w('dead-relu.deep-negative-bias', scopes(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(3, 'softmax')], 'cce', sgd(0.01), tr(80, 32));
// exploding-gradient
w('exploding-gradient.raw-kwh-sgd', dome('none', undefined), [d(16, 'relu'), d(1)], 'mse', sgd(1e-6), tr(60, 32));
w('exploding-gradient.deep-wide-init-raw', dome('none', 'standard'), [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1)], 'mse', adam(0.001), tr(60, 32));
w('exploding-gradient.raw-meteor-rate', meteors('none', undefined), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.001, { momentum: 0.9 }), tr(60, 16));
// vanishing-gradient
w('vanishing-gradient.eight-sigmoid', nights(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 32));
w('vanishing-gradient.deep-tanh-small-init', scopes(), Array.from({ length: 7 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(3, 'softmax')]), 'cce', sgd(0.05, { momentum: 0.9 }), tr(60, 32));
w('vanishing-gradient.sigmoid-tower-members', members(), Array.from({ length: 6 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', rms(0.0005), tr(60, 32));
// nan-loss
w('nan-loss.raw-kwh-sgd-0.01', dome('none', undefined), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(40, 32));
w('nan-loss.rotations-momentum', dome('none', 'none'), [d(8, 'tanh'), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), tr(40, 16));
w('nan-loss.meteors-raw-sgd-1', meteors('none', undefined), [d(24, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 8));
// lr-too-high
w('lr-too-high.sgd-2-nights', nights(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', sgd(2.5), tr(80, 32));
w('lr-too-high.adam-0.3-scopes', scopes(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.3), tr(80, 32));
w('lr-too-high.rmsprop-0.1-limmag', limmag(), [d(32, 'relu'), d(1)], 'mse', rms(0.1), tr(80, 16));
w('lr-too-high.nesterov-0.5-members', members(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.5, { momentum: 0.95, nesterov: true }), tr(80, 16));
// lr-too-low
w('lr-too-low.sgd-1e-5-nights', nights(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1e-5), tr(60, 32));
w('lr-too-low.adam-1e-6-scopes', scopes(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(1e-6), tr(60, 32));
w('lr-too-low.rmsprop-2e-6-meteors', meteors(), [d(16, 'tanh'), d(1)], 'mse', rms(2e-6), tr(80, 32));
w('lr-too-low.momentum-1e-5-kwh', dome(), [d(16, 'relu'), d(1)], 'mse', sgd(1e-5, { momentum: 0.9 }), tr(60, 32));
// saturated-activation
w('saturated-activation.sigmoid-raw-nights', nights('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
w('saturated-activation.tanh-raw-dome', dome('none', 'standard'), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(80, 32));
w('saturated-activation.sigmoid-bias-9', scopes(), [d(16, 'sigmoid', { bias: 9 }), d(3, 'softmax')], 'cce', sgd(0.05), tr(80, 32));
// loss-plateau
w('loss-plateau.weight-decay-0.5', nights(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003, { weightDecay: 0.5 }), tr(80, 32));
w('loss-plateau.sigmoid-xor-sgd', { builtin: 'xor', samples: 300, noise: 0.05 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(150, 32));
w('loss-plateau.clipnorm-tiny', limmag(), [d(16, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1e-4 }), tr(100, 32));
w('loss-plateau.dropout-0.9-scopes', scopes(), [d(8, 'relu'), drop(0.95), d(3, 'softmax')], 'cce', adam(0.003, { weightDecay: 0.05 }), tr(80, 32));
// oscillating-loss
w('oscillating-loss.batch1-sgd-0.3', limmag(), [d(16, 'relu'), d(1)], 'mse', sgd(0.3), tr(40, 1));
w('oscillating-loss.full-batch-momentum', meteors(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.4, { momentum: 0.95 }), tr(150, 300));
w('oscillating-loss.adam-0.05-batch4', nights(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(60, 4));

// ---------------- healthy ----------------
w('ok.nights-adam-relu', nights(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
w('ok.nights-sgd-momentum-tanh', nights(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(80, 16));
w('ok.nights-rmsprop-dropout', nights(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
w('ok.nights-minmax-elu-nesterov', nights('minmax'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9, nesterov: true }), tr(100, 32));
w('ok.nights-full-batch-adam', nights(), [d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 480));
w('ok.nights-batch1-sgd', nights(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(15, 1));
w('ok.nights-cce-two-class', nights(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.003), tr(80, 32));
w('ok.nights-batchnorm', nights(), [d(24, 'relu', { batchNorm: true }), d(12, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 32));
w('ok.limmag-adam-relu', limmag(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
w('ok.limmag-sgd-tanh', limmag(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.02, { momentum: 0.9 }), tr(100, 32));
w('ok.limmag-linear-regression', limmag(), [d(1)], 'mse', sgd(0.05), tr(100, 32));
w('ok.limmag-deep-leaky-clip', limmag(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.001, { clipNorm: 5 }), tr(80, 32, { validationSplit: 0.15 }));
w('ok.scopes-adam', scopes(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));
w('ok.scopes-rmsprop-tanh', scopes(), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', rms(0.002), tr(100, 32));
w('ok.scopes-sgd-nesterov-wd', scopes(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9, nesterov: true, weightDecay: 1e-4 }), tr(120, 16));
w('ok.scopes-minmax-elu-dropout', scopes('minmax'), [d(48, 'elu'), drop(0.1), d(3, 'softmax')], 'cce', adam(0.005), tr(150, 32));
w('ok.scopes-batchnorm-sgd', scopes(), [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', sgd(0.1, { momentum: 0.9 }), tr(80, 32));
w('ok.dome-adam-standard-target', dome(), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
w('ok.dome-linear-sgd', dome(), [d(1)], 'mse', sgd(0.05), tr(100, 32));
w('ok.dome-minmax-target-tanh', dome('minmax', 'minmax'), [d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(200, 16));
w('ok.dome-rmsprop-deep', dome(), [d(32, 'relu'), d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', rms(0.001), tr(120, 32, { validationSplit: 0.2 }));
w('ok.meteors-adam-relu', meteors(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(200, 32));
w('ok.meteors-sgd-momentum-tanh', meteors(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.03, { momentum: 0.9 }), tr(200, 16));
w('ok.meteors-elu-clip-rmsprop', meteors(), [d(32, 'elu'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(200, 32));
w('ok.members-adam', members(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(80, 32));
w('ok.members-sgd-logistic', members(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));
w('ok.members-rmsprop-dropout-val', members(), [d(24, 'relu'), drop(0.3), d(1, 'sigmoid')], 'bce', rms(0.002), tr(100, 32, { validationSplit: 0.25 }));
w('ok.members-sigmoid-hidden', members(), [d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
w('ok.moons-relu', { builtin: 'moons', samples: 400, noise: 0.15 }, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
w('ok.circles-tanh-sgd', { builtin: 'circles', samples: 400, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), tr(200, 32));
w('ok.spirals-deep-adam', { builtin: 'spirals', samples: 600, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
w('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(150, 16));
w('ok.blobs-four-class-sgd', { builtin: 'blobs', samples: 400, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(100, 32));
w('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 32));
w('ok.xor-sigmoid-full-batch', { builtin: 'xor', samples: 200, noise: 0.05 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(300, 200));
w('ok.inline-eyepiece-magnification', { inline: { x: [[6], [9], [12], [18], [25], [32], [40], [8], [15], [20]], y: [[200], [133], [100], [67], [48], [37.5], [30], [150], [80], [60]] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 10));
w('ok.inline-filter-labels', { inline: { x: [[0.45, 0.1], [0.5, 0.2], [0.66, 0.9], [0.65, 0.8], [0.55, 0.4], [0.46, 0.15], [0.64, 0.85], [0.54, 0.45], [0.49, 0.12], [0.67, 0.95], [0.56, 0.38], [0.53, 0.5]], y: ['blue', 'blue', 'red', 'red', 'green', 'blue', 'red', 'green', 'blue', 'red', 'green', 'green'] }, normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', adam(0.02), tr(300, 12));
w('ok.nights-lecun-selu-like-elu-wd', nights(), [d(24, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid', { init: 'xavier_normal' })], 'bce', adam(0.002, { weightDecay: 1e-4 }), tr(80, 64));
w('ok.scopes-he-uniform-batch8', scopes(), [d(16, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], 'cce', adam(0.002), tr(60, 8));
w('ok.limmag-rmsprop-batch-full', limmag(), [d(16, 'relu'), d(1)], 'mse', rms(0.01), tr(300, 480));
w('ok.members-leaky-nesterov', members(), [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9, nesterov: true }), tr(100, 32));
w('ok.dome-sgd-momentum-small-batch', dome(), [d(24, 'relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(80, 8));
w('ok.meteors-minmax-sigmoid-hidden', meteors('minmax', 'standard'), [d(24, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(300, 32));

// second pass (added after the first observation, for codes that came up short)
w('dead-relu.bias-minus-4-members', members(), [d(16, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(80, 32));
w('lr-too-high.adam-0.1-dome', dome(), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(80, 16));
w('lr-too-high.rmsprop-0.05-meteors', meteors(), [d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(80, 16));
w('lr-too-high.sgd-momentum-0.5-scopes', scopes(), [d(24, 'relu'), d(3, 'softmax')], 'cce', sgd(0.5, { momentum: 0.9 }), tr(80, 16));
w('oscillating-loss.rmsprop-0.05-full-batch', nights(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(120, 480));
w('oscillating-loss.momentum-0.99-dome', dome(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05, { momentum: 0.99 }), tr(120, 360));
w('oscillating-loss.adam-0.2-full-batch-meteors', meteors(), [d(16, 'tanh'), d(1)], 'mse', adam(0.2), tr(120, 300));
w('oscillating-loss.sgd-0.6-batch4-limmag', limmag(), [d(8, 'tanh'), d(1)], 'mse', sgd(0.6), tr(60, 4));

console.log(`wrote ${count} candidates`);
