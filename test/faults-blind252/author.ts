/**
 * Writes every candidate spec of fault set blind252 into candidates/.
 * Run: npx tsx test/faults-blind252/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const CHF = ['age', 'years_singing', 'sight_reading', 'practice_min_week', 'pitch_error_cents', 'range_semitones', 'attendance_pct', 'travel_km', 'shoe_size'];
const VPF = ['low_hz', 'high_hz', 'tessitura_hz', 'passaggio_hz', 'f1_hz', 'age', 'years_training'];
const SVF = ['week', 'feast_day', 'choir_size', 'anthem_minutes', 'temp_c', 'tourist_index', 'weekday_evensong', 'organ_recital'];
const OTF = ['nave_temp_c', 'humidity_pct', 'pipe_length_ft', 'days_since_tuning', 'wind_pressure_mm'];

const ch = (extra: J = {}): J => ({ csv: '../data/choristers.csv', target: 'retained', features: CHF, normalize: 'standard', ...extra });
const vp = (extra: J = {}): J => ({ csv: '../data/voice_parts.csv', target: 'voice_part', features: VPF, normalize: 'standard', ...extra });
const sv = (extra: J = {}): J => ({ csv: '../data/services.csv', target: 'congregation', features: SVF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const ot = (extra: J = {}): J => ({ csv: '../data/organ_tuning.tsv', target: 'drift_cents', features: OTF, normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation = 'linear', more: J = {}): J => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });

function spec(file: string, s: J): void {
  const name = file.replace(/\.nn\.json$/, '');
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name, seed: 252, ...s }, null, 2) + '\n');
}
const opt = (type: string, lr: number, more: J = {}): J => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}): J => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', { data: ch(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(60, 32) });
spec('invalid-spec.keras-loss-name', { data: vp(), layers: [d(24, 'relu'), d(5, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.dropout-as-percent', { data: ch(), layers: [d(32, 'relu'), drop(30), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.gelu-activation', { data: ot(), layers: [d(16, 'gelu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 16) });
spec('invalid-spec.validation-split-percent', { data: sv(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 32, { validationSplit: 20 }) });
// data-error
spec('data-error.target-capitalised', { data: ch({ target: 'Retained' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.id-column-as-feature', { data: ch({ features: ['chorister_id', ...CHF] }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.gaps-export', { data: ch({ csv: '../data/choristers-gaps.csv' }), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.missing-year-file', { data: sv({ csv: '../data/services-2024.csv' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.path-outside-workspace', { data: ot({ csv: '../../../../../../srv/music-office/organ_tuning.tsv' }), layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 16) });
spec('data-error.date-column-feature', { data: sv({ features: ['service_id', ...SVF] }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
// shape-mismatch
spec('shape-mismatch.four-parts-head', { data: vp(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: sv({ target: ['congregation', 'collection_gbp'] }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.retention-two-units-bce', { data: ch(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.iris-six-units', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(12, 'relu'), d(6, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 16) });
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-retention', { data: ch(), layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: ch(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: vp(), layers: [d(24, 'tanh'), d(5, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.relu-head-standardised-drift', { data: ot(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(120, 16) });
spec('loss-activation-mismatch.sigmoid-head-raw-congregation', { data: sv({ normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
// init-symmetry
spec('init-symmetry.zeros-hidden', { data: ch(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.constant-relu-voice', { data: vp(), layers: [d(24, 'relu', { init: 'constant', value: 0.1 }), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('init-symmetry.zeros-both-layers', { data: ot(), layers: [d(12, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });
spec('init-symmetry.constant-sigmoid-services', { data: sv(), layers: [d(20, 'sigmoid', { init: { name: 'constant', value: 0.05 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
// init-scale
spec('init-scale.normal-std-8', { data: ch(), layers: [d(32, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid', { init: 'normal', std: 8 })], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-scale.uniform-tiny-deep', { data: vp(), layers: [d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(5, 'softmax', { init: 'uniform', limit: 1e-5 })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('init-scale.relu-std-5-regression', { data: ot(), layers: [d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(1, 'linear', { init: { name: 'normal', std: 5 } })], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(100, 16) });
spec('init-scale.uniform-limit-30', { data: sv(), layers: [d(24, 'elu', { init: 'uniform', limit: 30 }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });
// no-nonlinearity
spec('no-nonlinearity.linear-stack-voice', { data: vp(), layers: [d(32), d(32), d(5, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('no-nonlinearity.linear-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.linear-batchnorm-moons', { data: { builtin: 'moons', samples: 300 }, layers: [d(24, 'linear', { batchNorm: true }), d(24, 'linear', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
spec('no-nonlinearity.linear-sine', { data: { builtin: 'sine', samples: 300 }, layers: [d(32), d(32), d(32), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
// lr-out-of-range
spec('lr-out-of-range.adam-lr-30', { data: ch(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 30), training: tr(60, 32) });
spec('lr-out-of-range.sgd-lr-1e-9', { data: ot(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-9, { momentum: 0.9 }), training: tr(100, 16) });
spec('lr-out-of-range.rmsprop-lr-5', { data: vp(), layers: [d(24, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 5), training: tr(60, 32) });
spec('lr-out-of-range.sgd-lr-200', { data: sv(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 200), training: tr(60, 32) });
// dead-relu
spec('dead-relu.negative-bias', { data: ch(), layers: [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('dead-relu.raw-hz-sgd-kill', { data: vp({ normalize: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
spec('dead-relu.bias-minus-4-deep', { data: ot(), layers: [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 16) });
spec('dead-relu.high-lr-sgd-services', { data: sv(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.6), training: tr(80, 8) });
// exploding-gradient
spec('exploding-gradient.raw-congregation-sgd', { data: sv({ normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
spec('exploding-gradient.raw-minutes-deep', { data: ch({ normalize: 'none' }), layers: [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.raw-collection-rmsprop', { data: sv({ target: 'collection_gbp', normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5), training: tr(60, 32) });
spec('exploding-gradient.deep-std1-relu', { data: ot(), layers: [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 16) });
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-eight', { data: ch(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('vanishing-gradient.deep-tanh-small-init', { data: vp(), layers: [d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('vanishing-gradient.sigmoid-tower-services', { data: sv(), layers: [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02), training: tr(100, 32) });
spec('vanishing-gradient.deep-sigmoid-xavier-normal-organ', { data: ot(), layers: [d(10, 'sigmoid', { init: 'xavier_normal' }), d(10, 'sigmoid', { init: 'xavier_normal' }), d(10, 'sigmoid', { init: 'xavier_normal' }), d(10, 'sigmoid', { init: 'xavier_normal' }), d(10, 'sigmoid', { init: 'xavier_normal' }), d(10, 'sigmoid', { init: 'xavier_normal' }), d(10, 'sigmoid', { init: 'xavier_normal' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.5 }), training: tr(100, 16) });
// nan-loss
spec('nan-loss.raw-collection-sgd', { data: sv({ target: 'collection_gbp', normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
spec('nan-loss.raw-congregation-sgd-lr-0-1', { data: sv({ normalizeTarget: 'none' }), layers: [d(16, 'linear'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(60, 16) });
spec('nan-loss.raw-features-momentum', { data: ot({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 8) });
spec('nan-loss.elu-raw-minutes-sgd', { data: ch({ normalize: 'none' }), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.5), training: tr(60, 32) });
// lr-too-high
spec('lr-too-high.adam-0-5-retention', { data: ch(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.5), training: tr(80, 32) });
spec('lr-too-high.sgd-1-5-voice', { data: vp(), layers: [d(24, 'tanh'), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1.5, { momentum: 0.9 }), training: tr(80, 32) });
spec('lr-too-high.rmsprop-0-2-organ', { data: ot(), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: tr(100, 16) });
spec('lr-too-high.sgd-0-4-services', { data: sv(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.4, { momentum: 0.9, nesterov: true }), training: tr(80, 16) });
spec('lr-too-high.adam-0-2-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.2), training: tr(100, 32) });
// lr-too-low
spec('lr-too-low.sgd-1e-4-voice', { data: vp(), layers: [d(24, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-4), training: tr(60, 32) });
spec('lr-too-low.adam-1e-5-retention', { data: ch(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 1e-5), training: tr(60, 32) });
spec('lr-too-low.rmsprop-2e-6-organ', { data: ot(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 2e-6), training: tr(100, 16) });
spec('lr-too-low.sgd-full-batch-services', { data: sv(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 5e-4), training: tr(100, 320) });
// saturated-activation
spec('saturated-activation.tanh-raw-hz', { data: vp({ normalize: 'none' }), layers: [d(24, 'tanh'), d(5, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.sigmoid-raw-minutes', { data: ch({ normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.tanh-std-3', { data: ot(), layers: [d(32, 'tanh', { init: 'normal', std: 3 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 16) });
spec('saturated-activation.sigmoid-raw-services', { data: sv({ normalize: 'none' }), layers: [d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
// loss-plateau
spec('loss-plateau.huge-weight-decay', { data: vp(), layers: [d(24, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 2 }), training: tr(100, 32) });
spec('loss-plateau.dropout-0-9', { data: ot(), layers: [d(16, 'relu'), drop(0.95), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 16) });
spec('loss-plateau.one-unit-bottleneck-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(1, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('loss-plateau.tiny-clipnorm-sgd', { data: ch(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(100, 32) });
// oscillating-loss
spec('oscillating-loss.momentum-0-99', { data: ot(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: tr(100, 32) });
spec('oscillating-loss.adam-batch-1', { data: ch(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(40, 1) });
spec('oscillating-loss.rmsprop-batch-2', { data: sv(), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.03), training: tr(60, 2) });
spec('oscillating-loss.sgd-full-batch-edge', { data: ot(), layers: [d(16, 'linear'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.9), training: tr(100, 260) });

// ---------------- healthy ----------------
spec('ok.retention-adam-relu', { data: ch(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('ok.retention-sgd-tanh', { data: ch(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 16) });
spec('ok.retention-nesterov-minmax', { data: ch({ normalize: 'minmax' }), layers: [d(24, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(120, 32) });
spec('ok.retention-rmsprop-dropout', { data: ch({ }), layers: [d(48, 'relu'), drop(0.3), d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.retention-cce-two-class', { data: ch(), layers: [d(16, 'elu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 64) });
spec('ok.retention-batchnorm-leaky', { data: ch(), layers: [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('ok.retention-logistic-full-batch', { data: ch(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(300, 420) });
spec('ok.retention-weight-decay-clip', { data: ch(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 5 }), training: tr(100, 32) });
spec('ok.retention-sgd-batch-1', { data: ch(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.005), training: tr(30, 1) });
spec('ok.voice-adam-relu', { data: vp(), layers: [d(32, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.voice-momentum-tanh', { data: vp(), layers: [d(24, 'tanh'), d(24, 'tanh'), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('ok.voice-rmsprop-elu-val', { data: vp(), layers: [d(32, 'elu'), d(16, 'elu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(120, 16, { validationSplit: 0.15 }) });
spec('ok.voice-minmax-deep', { data: vp({ normalize: 'minmax' }), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: tr(120, 32) });
spec('ok.voice-batchnorm-sgd', { data: vp(), layers: [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
spec('ok.voice-lecun-dropout', { data: vp(), layers: [d(64, 'tanh', { init: 'lecun_normal' }), drop(0.2), d(5, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 64) });
spec('ok.voice-three-features', { data: vp({ features: ['low_hz', 'high_hz', 'f1_hz'] }), layers: [d(16, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(120, 32) });
spec('ok.services-adam-relu', { data: sv(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.services-linear-regression', { data: sv(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.services-nesterov-tanh', { data: sv(), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
spec('ok.services-rmsprop-minmax-target', { data: sv({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 32) });
spec('ok.services-dom-semicolon', { data: { csv: '../data/services-dom.csv', target: 'congregation', features: SVF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.services-two-targets', { data: sv({ target: ['congregation', 'collection_gbp'] }), layers: [d(32, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('ok.services-collection-clip', { data: sv({ target: 'collection_gbp' }), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, clipNorm: 1 }), training: tr(120, 16) });
spec('ok.services-feast-bce', { data: { csv: '../data/services.csv', target: 'feast_day', features: ['congregation', 'collection_gbp', 'choir_size', 'tourist_index', 'weekday_evensong'], normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.organ-adam-tanh', { data: ot(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(150, 16) });
spec('ok.organ-rmsprop-relu-deep', { data: ot(), layers: [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(150, 16) });
spec('ok.organ-sgd-batch-4', { data: ot(), layers: [d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(80, 4) });
spec('ok.organ-batchnorm-adam', { data: ot(), layers: [d(24, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(120, 32, { validationSplit: 0.2 }) });
spec('ok.organ-sigmoid-hidden', { data: ot(), layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(200, 16) });
spec('ok.iris-sgd-small', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.5 }), training: tr(150, 8) });
spec('ok.moons-adam', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-rmsprop', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(200, 32) });
spec('ok.xor-sigmoid-sgd', { data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 16) });
spec('ok.sine-elu-adam', { data: { builtin: 'sine', samples: 300 }, layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
spec('ok.spirals-deep-relu', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.blobs-four-classes', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 16) });
spec('ok.inline-hymn-tempo', { data: { inline: { x: [[60, 1], [66, 1], [72, 2], [80, 2], [88, 3], [96, 3], [104, 4], [112, 4], [120, 5], [126, 5], [132, 6], [138, 6]], y: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(200, 12) });
spec('ok.inline-anthem-length', { data: { inline: { x: [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]], y: [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1, 18.0, 20.2] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(150, 10) });
spec('ok.iris-deep-adam-wd', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 1e-4 }), training: tr(150, 16) });
spec('ok.retention-wide-single-layer', { data: ch(), layers: [d(128, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(60, 64) });
spec('ok.organ-no-shuffle-full-batch', { data: ot(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(300, 260, { shuffle: false }) });
console.log(fs.readdirSync(out).length, 'candidates');
