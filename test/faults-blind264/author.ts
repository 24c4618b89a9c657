/**
 * Writes every candidate spec of fault set blind264 into candidates/ (faults as <code>.<slug>.nn.json,
 * healthy as ok.<slug>.nn.json). Run: `npx tsx test/faults-blind264/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const put = (name: string, spec: object) => fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(spec, null, 2) + '\n');

const SH = ['caliber_mm', 'lift_g', 'burst_g', 'fuse_s', 'humidity_pct', 'storage_days', 'temp_c', 'lot_digit'];
const ST = ['sr_pct', 'ba_pct', 'cu_pct', 'na_pct', 'cl_donor_pct', 'mg_pct', 'binder_pct', 'pellet_mm'];
const SW = ['budget_eur', 'shells_fired', 'duration_min', 'crowd', 'wind_kmh', 'rain_mm', 'distance_to_crowd_m'];
type O = Record<string, unknown>;
const shellsOutcome = (o: O = {}) => ({ csv: '../data/shells.csv', target: 'outcome', features: SH, normalize: 'standard', ...o });
const shellsHeight = (o: O = {}) => ({ csv: '../data/shells.csv', target: 'burst_height_m', features: SH, normalize: 'standard', normalizeTarget: 'standard', ...o });
const stars = (o: O = {}) => ({ csv: '../data/stars.csv', target: 'colour', features: ST, normalize: 'standard', ...o });
const complaints = (o: O = {}) => ({ csv: '../data/shows.csv', target: 'noise_complaints', features: SW, normalize: 'standard', normalizeTarget: 'standard', ...o });
const cancelled = (o: O = {}) => ({ csv: '../data/shows.csv', target: 'cancelled', features: SW, normalize: 'standard', ...o });
const d = (units: number, activation = 'relu', extra: O = {}) => ({ type: 'dense', units, activation, ...extra });
const opt = (type: string, lr: number, extra: O = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: O = {}) => ({ epochs, batchSize, ...extra });
const spec = (name: string, seed: number, data: object, layers: object[], loss: string, optimizer: object, training: object) =>
  put(name, { name: name.split('.').slice(1).join('-'), seed, data, layers, loss, optimizer, training });

// ---------- invalid-spec ----------
spec('invalid-spec.adamw-optimizer', 264, stars(), [d(16), d(5, 'softmax')], 'cce', opt('adamw', 0.003), tr(80, 32));
spec('invalid-spec.relu-capital', 265, shellsOutcome(), [d(16, 'ReLU'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('invalid-spec.keras-loss-name', 266, stars(), [d(12, 'tanh'), d(5, 'softmax')], 'categorical_crossentropy', opt('adam', 0.01), tr(60, 32));
spec('invalid-spec.dropout-rate-percent', 267, shellsHeight(), [d(32), { type: 'dropout', rate: 20 }, d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('invalid-spec.validation-split-whole', 268, complaints(), [d(16), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(100, 16, { validationSplit: 1.5 }));

// ---------- data-error ----------
spec('data-error.last-season-file', 270, { csv: '../data/shells_2023_season.csv', target: 'outcome', normalize: 'standard' }, [d(16), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('data-error.shell-id-as-feature', 271, shellsOutcome({ features: ['shell_id', ...SH] }), [d(16), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('data-error.humidity-logger-gaps', 272, shellsOutcome({ csv: '../data/shells-gaps.csv' }), [d(16), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('data-error.target-column-renamed', 273, stars({ target: 'color' }), [d(16), d(5, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('data-error.shared-drive-path', 274, { csv: '../../../../../../mnt/teamdrive/shows.csv', target: 'cancelled', normalize: 'standard' }, [d(8), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('data-error.fired-at-timestamp', 275, shellsHeight({ features: ['fired_at', 'caliber_mm', 'lift_g', 'humidity_pct'] }), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(80, 32));

// ---------- shape-mismatch ----------
spec('shape-mismatch.outcome-two-units', 280, shellsOutcome(), [d(16), d(2, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('shape-mismatch.four-colours', 281, stars(), [d(24), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('shape-mismatch.two-targets-one-unit', 282, { csv: '../data/shows.csv', target: ['noise_complaints', 'duration_min'], features: ['budget_eur', 'shells_fired', 'crowd', 'wind_kmh', 'distance_to_crowd_m'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(80, 32));
spec('shape-mismatch.height-three-units', 283, shellsHeight(), [d(16), d(3, 'linear')], 'mse', opt('adam', 0.005), tr(80, 32));

// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.softmax-mse-regression', 290, complaints(), [d(16), d(1, 'softmax')], 'mse', opt('adam', 0.005), tr(80, 32));
spec('loss-activation-mismatch.bce-linear-head', 291, cancelled(), [d(12), d(1, 'linear')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', 292, stars(), [d(16), d(5, 'sigmoid')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('loss-activation-mismatch.relu-head-negative-target', 293, shellsHeight(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.005), tr(120, 32));
spec('loss-activation-mismatch.tanh-head-raw-metres', 294, shellsHeight({ normalizeTarget: 'none' }), [d(16), d(1, 'tanh')], 'mse', opt('adam', 0.01), tr(120, 32));

// ---------- init-symmetry ----------
spec('init-symmetry.zeros-hidden', 300, stars(), [d(16, 'tanh', { init: 'zeros' }), d(5, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32));
spec('init-symmetry.constant-half', 301, shellsHeight(), [d(24, 'sigmoid', { init: 'constant', value: 0.5 }), d(1, 'linear', { init: 'constant', value: 0.5 })], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.zeros-everywhere', 302, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(12, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.01), tr(150, 32));

// ---------- init-scale ----------
spec('init-scale.normal-std-ten', 310, stars(), [d(32, 'tanh', { init: 'normal', std: 10 }), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('init-scale.uniform-tiny-deep', 311, shellsOutcome(), [d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(3, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('init-scale.normal-std-fifty-relu', 312, complaints(), [d(32, 'relu', { init: 'normal', std: 50 }), d(16, 'relu', { init: 'normal', std: 50 }), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(80, 32));

// ---------- no-nonlinearity ----------
spec('no-nonlinearity.linear-stack-colours', 320, { builtin: 'spirals', samples: 300, classes: 3, noise: 0.1 }, [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32));
spec('no-nonlinearity.forgot-activation-circles', 321, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16), d(16, 'linear'), d(1, 'sigmoid')].map((l, i) => (i < 2 ? { type: 'dense', units: 16 } : l)), 'bce', opt('adam', 0.01), tr(200, 32));
spec('no-nonlinearity.linear-deep-xor', 322, { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'linear'), d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(200, 16));

// ---------- lr-out-of-range ----------
spec('lr-out-of-range.adam-lr-five', 330, stars(), [d(16), d(5, 'softmax')], 'cce', opt('adam', 5), tr(60, 32));
spec('lr-out-of-range.sgd-lr-hundred', 331, shellsOutcome(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 100), tr(60, 32));
spec('lr-out-of-range.rmsprop-1e-9', 332, complaints(), [d(16), d(1, 'linear')], 'mse', opt('rmsprop', 1e-9), tr(80, 32));

// ---------- dead-relu ----------
spec('dead-relu.negative-bias-trap', 340, shellsHeight(), [d(32, 'relu', { bias: -6 }), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.sgd-blowout-kills', 341, complaints(), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.6), tr(80, 16));
spec('dead-relu.bias-minus-four-deep', 342, stars(), [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(100, 32));

// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-budget-sgd', 350, complaints({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(50, 32));
spec('exploding-gradient.raw-height-momentum', 351, shellsHeight({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.deep-wide-normal-init', 352, shellsHeight(), Array.from({ length: 6 }, () => d(48, 'linear', { init: 'normal', std: 0.6 })).concat([d(1, 'linear')]), 'mse', opt('sgd', 0.001), tr(40, 32));
spec('exploding-gradient.raw-features-nesterov', 353, shellsHeight({ normalize: 'none' }), [d(16, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.005, { momentum: 0.9, nesterov: true }), tr(60, 16));

// ---------- vanishing-gradient ----------
spec('vanishing-gradient.eight-sigmoid-layers', 360, shellsOutcome(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.05), tr(80, 32));
spec('vanishing-gradient.deep-tanh-small-init', 361, stars(), Array.from({ length: 7 }, () => d(24, 'tanh', { init: 'normal', std: 0.02 })).concat([d(5, 'softmax')]), 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('vanishing-gradient.sigmoid-tower-moons', 362, { builtin: 'moons', samples: 300, noise: 0.1 }, Array.from({ length: 10 }, () => d(10, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.1), tr(100, 16));

// ---------- nan-loss ----------
spec('nan-loss.raw-budget-big-rate', 370, complaints({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(40, 32));
spec('nan-loss.raw-crowd-momentum', 371, { csv: '../data/shows.csv', target: 'budget_eur', features: ['crowd', 'shells_fired', 'duration_min'], normalize: 'none' }, [d(16, 'linear'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.95 }), tr(40, 8));
spec('nan-loss.sgd-point-two-raw-grams', 372, shellsHeight({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'elu'), d(32, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.2), tr(40, 16));

// ---------- lr-too-high ----------
spec('lr-too-high.adam-half', 380, stars(), [d(32), d(16), d(5, 'softmax')], 'cce', opt('adam', 0.5), tr(80, 32));
spec('lr-too-high.sgd-two', 381, shellsOutcome(), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 3), tr(80, 32));
spec('lr-too-high.rmsprop-point-three', 382, shellsHeight(), [d(32), d(32), d(1, 'linear')], 'mse', opt('rmsprop', 0.3), tr(80, 32));
spec('lr-too-high.adam-moons-point-eight', 383, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.8), tr(100, 32));

// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-5', 390, stars(), [d(24), d(5, 'softmax')], 'cce', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6', 391, shellsHeight(), [d(32), d(1, 'linear')], 'mse', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-5e-6', 392, complaints(), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 5e-6), tr(120, 32));
spec('lr-too-low.momentum-1e-5-full-batch', 393, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-4, { momentum: 0.5 }), tr(150, 300));

// ---------- saturated-activation ----------
spec('saturated-activation.sigmoid-raw-grams', 400, shellsOutcome({ normalize: 'none' }), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('saturated-activation.tanh-std-four', 401, stars(), [d(32, 'tanh', { init: 'normal', std: 4 }), d(5, 'softmax')], 'cce', opt('sgd', 0.01), tr(80, 32));
spec('saturated-activation.sigmoid-bias-eight', 402, complaints(), [d(24, 'sigmoid', { bias: 8 }), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(80, 32));
spec('saturated-activation.tanh-raw-budget', 403, cancelled({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(80, 32));

// ---------- loss-plateau ----------
spec('loss-plateau.weight-decay-one', 410, stars(), [d(32), d(5, 'softmax')], 'cce', opt('adam', 0.01, { weightDecay: 2 }), tr(100, 32));
spec('loss-plateau.dropout-ninety-five', 411, shellsHeight(), [d(16), { type: 'dropout', rate: 0.95 }, d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-plateau.clipnorm-tiny', 412, complaints(), [d(24), d(1, 'linear')], 'mse', opt('sgd', 0.01, { clipNorm: 1e-4 }), tr(100, 32));
spec('loss-plateau.sgd-weight-decay-spirals', 413, { builtin: 'spirals', samples: 300, classes: 3 }, [d(32, 'tanh'), d(32, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9, weightDecay: 0.5 }), tr(100, 32));

// ---------- oscillating-loss ----------
spec('oscillating-loss.momentum-099-batch-one', 420, { builtin: 'blobs', samples: 200, classes: 3, noise: 0.3 }, [d(16), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.99 }), tr(60, 1));
spec('oscillating-loss.adam-batch-two', 421, shellsHeight(), [d(32), d(1, 'linear')], 'mse', opt('adam', 0.05), tr(60, 2));
spec('oscillating-loss.rmsprop-batch-one', 422, stars(), [d(16), d(5, 'softmax')], 'cce', opt('rmsprop', 0.03), tr(60, 1));
spec('oscillating-loss.sgd-batch-four-high', 423, complaints(), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), tr(60, 4));

// ---------- healthy ----------
spec('ok.stars-relu-adam', 500, stars(), [d(32), d(5, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('ok.stars-tanh-sgd-momentum', 501, stars(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 16));
spec('ok.stars-elu-rmsprop-dropout', 502, stars(), [d(48, 'elu'), { type: 'dropout', rate: 0.2 }, d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(80, 32, { validationSplit: 0.2 }));
spec('ok.stars-minmax-leaky-nesterov', 503, stars({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(120, 16));
spec('ok.stars-batchnorm-adam-fullbatch', 504, stars(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', opt('adam', 0.02), tr(200, 420));
spec('ok.stars-batch-one-sgd', 505, stars(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.01), tr(30, 1));
spec('ok.stars-deep-adam-clip', 506, stars(), [d(32), d(32), d(16), d(5, 'softmax')], 'cce', opt('adam', 0.002, { clipNorm: 5 }), tr(80, 32));
spec('ok.stars-sigmoid-hidden-adam', 507, stars(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', opt('adam', 0.01), tr(120, 32));
spec('ok.shells-outcome-adam', 510, shellsOutcome(), [d(32), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('ok.shells-outcome-de-export', 511, shellsOutcome({ csv: '../data/shells-de.csv' }), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('ok.shells-outcome-rmsprop-wd', 512, shellsOutcome(), [d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002, { weightDecay: 1e-4 }), tr(150, 64));
spec('ok.shells-outcome-minmax-momentum', 513, shellsOutcome({ normalize: 'minmax' }), [d(32), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32));
spec('ok.shells-height-adam', 520, shellsHeight(), [d(32), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.shells-height-tanh-sgd', 521, shellsHeight(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(150, 16));
spec('ok.shells-height-deep-batchnorm', 522, shellsHeight(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 64));
spec('ok.shells-height-minmax-target', 523, shellsHeight({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(150, 32));
spec('ok.shells-height-few-features', 524, shellsHeight({ features: ['caliber_mm', 'lift_g', 'humidity_pct'] }), [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(100, 32, { validationSplit: 0.15 }));
spec('ok.shells-height-linear-model', 525, shellsHeight(), [d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.shells-height-de-export', 526, shellsHeight({ csv: '../data/shells-de.csv' }), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(120, 32));
spec('ok.shells-height-nesterov-clip', 527, shellsHeight(), [d(32), d(16), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true, clipNorm: 2 }), tr(120, 32));
spec('ok.complaints-adam', 530, complaints(), [d(32), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.complaints-rmsprop-tanh', 531, complaints(), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(150, 16));
spec('ok.complaints-sgd-fullbatch', 532, complaints(), [d(16, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), tr(300, 360));
spec('ok.complaints-dropout-val', 533, complaints(), [d(48), { type: 'dropout', rate: 0.1 }, d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.cancelled-bce-adam', 540, cancelled(), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('ok.cancelled-bce-rmsprop-two-features', 541, cancelled({ features: ['wind_kmh', 'rain_mm'] }), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32));
spec('ok.moons-leaky-adam', 550, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-tanh-sgd', 551, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9 }), tr(200, 32));
spec('ok.xor-batch-one-elu', 552, { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(60, 1));
spec('ok.spirals-deep-adam', 553, { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(64), d(64), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(300, 32));
spec('ok.blobs-four-rmsprop', 554, { builtin: 'blobs', samples: 400, classes: 4, noise: 0.2 }, [d(12, 'elu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(60, 16));
spec('ok.iris-sgd-nesterov', 555, { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 8));
spec('ok.sine-tanh-adam', 556, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(300, 32));
spec('ok.sine-batchnorm-rmsprop', 557, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(200, 32));
spec('ok.inline-fuse-burn', 558, { inline: { x: [[1.0, 20], [1.5, 20], [2.0, 20], [2.5, 20], [1.0, 60], [1.5, 60], [2.0, 60], [2.5, 60], [1.0, 90], [1.5, 90], [2.0, 90], [2.5, 90]], y: [2.1, 3.1, 4.2, 5.1, 2.4, 3.6, 4.7, 5.9, 2.8, 4.1, 5.4, 6.8] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.02), tr(300, 12));
spec('ok.inline-colour-labels', 559, { inline: { x: [[38, 2, 1], [35, 3, 1], [40, 1, 2], [2, 40, 1], [3, 36, 1], [1, 42, 2], [1, 2, 22], [2, 1, 25], [1, 3, 20], [36, 4, 1], [4, 38, 2], [2, 2, 24]], y: ['red', 'red', 'red', 'green', 'green', 'green', 'blue', 'blue', 'blue', 'red', 'green', 'blue'] }, normalize: 'standard' }, [d(8), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(200, 4));
spec('ok.stars-wide-shallow-rmsprop', 508, stars(), [d(128, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(60, 64));
spec('ok.shells-outcome-deep-narrow', 514, shellsOutcome(), [d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.002), tr(150, 32));
spec('ok.complaints-leaky-nesterov-wd', 534, complaints(), [d(32, 'leaky_relu'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true, weightDecay: 1e-4 }), tr(150, 16));
spec('ok.moons-sigmoid-hidden-sgd-batch-8', 560, { builtin: 'moons', samples: 240, noise: 0.1 }, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(200, 8));
spec('ok.stars-he-uniform-lecun-mix', 509, stars(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'tanh', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', opt('adam', 0.004), tr(80, 32));
spec('ok.shells-height-elu-batch-128', 528, shellsHeight(), [d(64, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(200, 128));

// ---------- second pass (after the first observation): replacements ----------
spec('init-symmetry.constant-moons-both-layers', 303, { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(16, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'sigmoid', { init: 'constant', value: 0.1 })], 'bce', opt('adam', 0.01), tr(150, 32));
spec('init-symmetry.zeros-stars-two-hidden', 304, stars(), [d(24, 'relu', { init: 'zeros' }), d(24, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.constant-one-spirals', 305, { builtin: 'spirals', samples: 300, classes: 3 }, [d(32, 'elu', { init: 'constant', value: 1 }), d(32, 'elu', { init: 'constant', value: 1 }), d(3, 'softmax', { init: 'constant', value: 1 })], 'cce', opt('rmsprop', 0.003), tr(150, 32));
spec('init-scale.uniform-1e-4-tanh-stack', 313, stars(), [d(32, 'tanh', { init: 'uniform', limit: 1e-4 }), d(32, 'tanh', { init: 'uniform', limit: 1e-4 }), d(32, 'tanh', { init: 'uniform', limit: 1e-4 }), d(5, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', opt('sgd', 0.02), tr(80, 32));
spec('init-scale.normal-std-twenty-sigmoid', 314, shellsOutcome(), [d(32, 'sigmoid', { init: 'normal', std: 20 }), d(3, 'softmax', { init: 'normal', std: 20 })], 'cce', opt('sgd', 0.01), tr(80, 32));
spec('dead-relu.bias-minus-ten-complaints', 343, complaints(), [d(32, 'relu', { bias: -10 }), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('dead-relu.sgd-bias-minus-three-moons', 344, { builtin: 'moons', samples: 300, noise: 0.1 }, [d(32, 'relu', { init: 'he_uniform', bias: -3 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(150, 32));
spec('oscillating-loss.sgd-momentum-stars-batch-8', 424, stars(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.8, { momentum: 0.9 }), tr(60, 8));
spec('oscillating-loss.adam-batch-one-complaints', 425, complaints(), [d(32), d(1, 'linear')], 'mse', opt('adam', 0.03), tr(60, 1));
spec('oscillating-loss.rmsprop-batch-four-height', 426, shellsHeight(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.05), tr(60, 4));
spec('oscillating-loss.sgd-one-moons-batch-two', 427, { builtin: 'moons', samples: 300, noise: 0.2 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 2.0), tr(60, 2));
spec('oscillating-loss.fullbatch-linear-edge', 428, shellsHeight(), [d(1, 'linear')], 'mse', opt('sgd', 0.55), tr(80, 480));
spec('exploding-gradient.raw-shows-linear-deep', 354, complaints({ normalize: 'none', normalizeTarget: 'none', features: ['budget_eur', 'crowd', 'wind_kmh'] }), [d(8, 'linear'), d(8, 'linear'), d(1, 'linear')], 'mse', opt('sgd', 1e-9), tr(40, 32));
