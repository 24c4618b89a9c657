/**
 * Writes every candidate spec of test/faults-blind76 into candidates/: `npx tsx test/faults-blind76/author.ts`.
 * Faulty candidates are named `<code>.<slug>` (the intended fault), healthy ones `healthy.<slug>`; the
 * filing by what the engine showed is in write-manifest.py.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const ACT_F = ['hr_mean', 'steps', 'cadence', 'elev_gain_m', 'minutes', 'gps_flag'];
const SLEEP_F = ['deep_min', 'rem_min', 'light_min', 'awake_min', 'wake_count', 'resting_hr', 'hrv_ms', 'alcohol_flag'];
const RUN_F = ['pace_s_km', 'distance_m', 'split_cv', 'weekly_m', 'ramp_ratio', 'prior_injury'];
const GYM_F = ['bodyweight_kg', 'sex_flag', 'load_kg', 'reps', 'sets', 'rpe'];
const VO2_F = ['age', 'weight_kg', 'resting_hr', 'max_hr', 'five_k_s'];

const activity = (extra: Json = {}): Json => ({ csv: '../data/sessions.csv', target: 'activity', features: ACT_F, normalize: 'standard', ...extra });
const calories = (extra: Json = {}): Json => ({ csv: '../data/sessions.csv', target: 'calories', features: ACT_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const sleep = (extra: Json = {}): Json => ({ csv: '../data/sleep.csv', target: 'recovery', features: SLEEP_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const runs = (extra: Json = {}): Json => ({ csv: '../data/runs.csv', target: 'injury', features: RUN_F, normalize: 'standard', ...extra });
const gym = (extra: Json = {}): Json => ({ csv: '../data/gym.csv', target: 'one_rm_kg', features: GYM_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const vo2 = (extra: Json = {}): Json => ({ csv: '../data/vo2.csv', target: 'vo2max', features: VO2_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation: string, extra: Json = {}): Json => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

let seed = 760;
function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  const body = { name, seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
const raw = (text: string, name: string) => fs.writeFileSync(path.join(out, `${name}.nn.json`), text);

// ---------------- healthy ----------------
spec('healthy.activity-adam-2x16', activity(), [d(16, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32, { validationSplit: 0.2 }));
spec('healthy.activity-rmsprop-tanh', activity(), [d(12, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(80, 32));
spec('healthy.activity-sgd-momentum', activity(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 32));
spec('healthy.activity-minmax-elu-dropout', activity({ normalize: 'minmax' }), [d(32, 'elu'), drop(0.2), d(16, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 64));
spec('healthy.activity-batchnorm-sgd', activity(), [d(16, 'relu', { batchNorm: true }), d(8, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(60, 32));
spec('healthy.calories-adam', calories(), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('healthy.calories-rmsprop-leaky', calories(), [d(24, 'leaky_relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(100, 32, { validationSplit: 0.15 }));
spec('healthy.calories-sgd-nesterov-wd', calories(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true, weightDecay: 0.0001 }), tr(100, 32));
spec('healthy.sleep-adam-small', sleep(), [d(8, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('healthy.sleep-deep-elu', sleep(), [d(32, 'elu'), d(16, 'elu'), d(8, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(150, 32, { validationSplit: 0.2 }));
spec('healthy.sleep-sgd-plain', sleep(), [d(12, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(150, 16));
spec('healthy.sleep-minmax-rmsprop-clip', sleep({ normalize: 'minmax' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003, { clipNorm: 5 }), tr(150, 32));
spec('healthy.injury-adam', runs(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('healthy.injury-rmsprop-dropout', runs(), [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(80, 64, { validationSplit: 0.2 }));
spec('healthy.injury-sgd-momentum', runs(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('healthy.onerm-adam', gym(), [d(16, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('healthy.onerm-sgd-batchnorm', gym(), [d(16, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('healthy.onerm-rmsprop-tanh-wd', gym(), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003, { weightDecay: 0.0001 }), tr(150, 16));
spec('healthy.vo2-adam', vo2(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('healthy.vo2-elu-minmax', vo2({ normalize: 'minmax' }), [d(16, 'elu'), d(8, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(200, 32));
spec('healthy.vo2-sgd-he-uniform', vo2(), [d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('healthy.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));
spec('healthy.iris-sgd-tanh', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 16));
spec('healthy.blobs-activity-zones', { builtin: 'blobs', classes: 5, samples: 400 }, [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.01), tr(60, 32));
spec('healthy.moons-stride-pattern', { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('healthy.circles-gait-zone', { builtin: 'circles', samples: 300 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(150, 32));
spec('healthy.sine-hr-circadian', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(300, 32));
spec('healthy.spirals-track-laps', { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(300, 32));
spec('healthy.xor-lr-switch', { builtin: 'xor', samples: 300 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(200, 32));
spec('healthy.inline-cadence-zone', { inline: { x: [[150], [155], [160], [165], [170], [175], [180], [185], [145], [190], [158], [172], [178], [152], [168], [183]], y: [0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(200, 8));
spec('healthy.calories-batch1-adam', calories(), [d(8, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(30, 1));
spec('healthy.activity-fullbatch-adam', activity(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 640));
spec('healthy.sleep-xavier-normal-lecun', sleep(), [d(16, 'tanh', { init: 'xavier_normal' }), d(8, 'elu', { init: 'lecun_normal' }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('healthy.injury-weighted-features-subset', runs({ features: ['split_cv', 'ramp_ratio', 'prior_injury', 'distance_m'] }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(100, 32));

// ---------------- invalid-spec ----------------
spec('invalid-spec.activation-keras-name', activity(), [d(16, 'ReLU'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('invalid-spec.loss-keras-name', runs(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.005), tr(80, 32));
raw(JSON.stringify({ name: 'invalid-spec.learning-rate-key', seed: 9, data: sleep(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', learning_rate: 0.003 }, training: tr(100, 32) }, null, 2) + '\n', 'invalid-spec.learning-rate-key');
raw(JSON.stringify({ name: 'invalid-spec.epochs-as-string', seed: 10, data: gym(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: { epochs: '150', batchSize: 32 } }, null, 2) + '\n', 'invalid-spec.epochs-as-string');

// ---------------- data-error ----------------
spec('data-error.target-misspelled', calories({ target: 'calorie' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.sensor-gaps-na', activity({ csv: '../data/sessions-gaps.csv' }), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('data-error.one-week-of-nights', sleep({ csv: '../data/sleep-week.csv' }), [d(8, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(100, 32));
spec('data-error.feature-column-renamed', runs({ features: ['pace_min_km', 'distance_m', 'split_cv', 'weekly_m', 'ramp_ratio', 'prior_injury'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('data-error.wrong-folder', gym({ csv: 'data/gym.csv' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));

// ---------------- shape-mismatch ----------------
spec('shape-mismatch.three-units-four-activities', activity(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('shape-mismatch.two-unit-sigmoid-injury', runs(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('shape-mismatch.onerm-two-outputs', gym(), [d(16, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.iris-two-classes', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));

// ---------------- loss-activation-mismatch ----------------
spec('loss-activation-mismatch.softmax-mse-activity', activity(), [d(16, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.005), tr(80, 32));
spec('loss-activation-mismatch.linear-bce-injury', runs(), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('loss-activation-mismatch.sigmoid-calories', calories(), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.relu-output-softmax-cce', activity(), [d(16, 'relu'), d(4, 'relu')], 'cce', opt('adam', 0.005), tr(80, 32));

// ---------------- init-symmetry ----------------
spec('init-symmetry.zeros-hidden-activity', activity(), [d(16, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('init-symmetry.constant-hidden-sleep', sleep(), [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('init-symmetry.constant-tanh-onerm', gym(), [d(12, 'tanh', { init: 'constant', value: 0.05 }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));

// ---------------- init-scale ----------------
spec('init-scale.normal-std-3-calories', calories(), [d(32, 'tanh', { init: 'normal', std: 3 }), d(16, 'tanh', { init: 'normal', std: 3 }), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.tiny-std-deep-sleep', sleep(), [d(32, 'relu', { init: 'normal', std: 0.0005 }), d(32, 'relu', { init: 'normal', std: 0.0005 }), d(32, 'relu', { init: 'normal', std: 0.0005 }), d(1, 'linear', { init: 'normal', std: 0.0005 })], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.uniform-limit-4-injury', runs(), [d(32, 'sigmoid', { init: 'uniform', limit: 4 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));

// ---------------- no-nonlinearity ----------------
spec('no-nonlinearity.linear-hidden-activity', activity(), [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('no-nonlinearity.linear-hidden-moons', { builtin: 'moons', samples: 300 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.default-activation-circles', { builtin: 'circles', samples: 300 }, [{ type: 'dense', units: 16 }, { type: 'dense', units: 8 }, d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(150, 32));

// ---------------- lr-out-of-range ----------------
spec('lr-out-of-range.adam-lr-50', gym(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 50), tr(100, 32));
spec('lr-out-of-range.sgd-lr-1e-9', activity(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 1e-9), tr(80, 32));
spec('lr-out-of-range.rmsprop-lr-20', sleep(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 20), tr(100, 32));

// ---------------- dead-relu ----------------
spec('dead-relu.negative-bias-calories', calories(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(80, 32));
spec('dead-relu.raw-steps-sgd-spike', calories({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('dead-relu.adam-lr-high-injury', runs(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), tr(60, 32));
spec('dead-relu.bias-minus-3-onerm', gym(), [d(24, 'relu', { bias: -3 }), d(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(100, 32));

// ---------------- exploding-gradient ----------------
spec('exploding-gradient.raw-kcal-target-sgd', calories({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.deep-std1-onerm', gym(), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.raw-distance-vo2', vo2({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 1e-6), tr(60, 32));

// ---------------- vanishing-gradient ----------------
spec('vanishing-gradient.deep-sigmoid-activity', activity(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(60, 32));
spec('vanishing-gradient.deep-tanh-small-init-sleep', sleep(), [d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
spec('vanishing-gradient.deep-sigmoid-injury', runs(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(60, 32));

// ---------------- nan-loss ----------------
spec('nan-loss.raw-epoch-timestamps', calories({ features: ['start_epoch', 'hr_mean', 'steps', 'minutes'], normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(50, 32));
spec('nan-loss.raw-onerm-sgd-momentum', gym({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 32));
spec('nan-loss.raw-weekly-metres-sgd', runs({ normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(50, 32));

// ---------------- lr-too-high ----------------
spec('lr-too-high.adam-0.5-activity', activity(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.5), tr(60, 32));
spec('lr-too-high.sgd-2-sleep', sleep(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 2), tr(60, 32));
spec('lr-too-high.rmsprop-0.3-onerm', gym(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.3), tr(60, 32));
spec('lr-too-high.momentum-lr-1-vo2', vo2(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 1, { momentum: 0.9 }), tr(60, 32));

// ---------------- lr-too-low ----------------
spec('lr-too-low.sgd-1e-5-activity', activity(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 1e-5), tr(80, 32));
spec('lr-too-low.adam-1e-6-sleep', sleep(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-1e-6-onerm', gym(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 1e-6), tr(100, 32));
spec('lr-too-low.sgd-5e-5-fullbatch-injury', runs(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 5e-5), tr(100, 900));

// ---------------- saturated-activation ----------------
spec('saturated-activation.raw-steps-sigmoid', activity({ normalize: 'none' }), [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('saturated-activation.raw-metres-tanh', runs({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('saturated-activation.raw-sleep-minutes-tanh', sleep({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(100, 32));

// ---------------- loss-plateau ----------------
spec('loss-plateau.ids-only-features', calories({ features: ['session_id', 'user_id', 'device_id', 'start_epoch'] }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-plateau.ids-only-injury', runs({ features: ['run_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-plateau.dropout-0.9-sleep', sleep(), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));

// ---------------- oscillating-loss ----------------
spec('oscillating-loss.momentum-0.99-sleep', sleep(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(100, 32));
spec('oscillating-loss.batch2-sgd-activity', activity(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.5), tr(60, 2));
spec('oscillating-loss.rmsprop-0.05-onerm', gym(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.05), tr(100, 16));
spec('oscillating-loss.adam-0.1-vo2-batch4', vo2(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.1), tr(100, 4));

// ---------------- second round (after the first observation) ----------------
spec('exploding-gradient.deep-std1-adam-onerm', gym(), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('adam', 0.001), tr(60, 32));
spec('exploding-gradient.raw-kcal-clipnorm', calories({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.0001, { clipNorm: 1 }), tr(60, 32));
spec('exploding-gradient.raw-kcal-adam', calories({ normalizeTarget: 'none' }), [d(16, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(60, 32));
spec('lr-too-high.sgd-0.5-sleep-tanh', sleep(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.5), tr(60, 32));
spec('lr-too-high.adam-0.05-calories', calories(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.05), tr(60, 16));
spec('lr-too-high.rmsprop-0.1-vo2', vo2(), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.1), tr(80, 32));
spec('oscillating-loss.sgd-momentum-0.95-onerm', gym(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), tr(100, 32));
spec('oscillating-loss.sgd-0.3-vo2-batch8', vo2(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.3), tr(100, 8));
