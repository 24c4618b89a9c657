/**
 * Writes every candidate spec of blind fault set 181 (piano tuners and organ builders) into
 * candidates/: `npx tsx test/faults-blind181/author.ts`. Intended faults are named `<code>.<slug>`,
 * intended healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');
const specs: Record<string, Json> = {};

function d(units: number, activation?: string, extra: Json = {}): Json {
  return activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });
function add(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  specs[file] = { name, seed: 181, data, layers, loss, optimizer, training, ...extra };
}

const TF = ['humidity_pct', 'months_since_last', 'pitch_dev_cents', 'grand', 'unisons', 'room_temp_c'];
const tun = (x: Json = {}): Json => ({ csv: '../data/tuning.csv', target: 'tuning_min', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MF = ['string_tension_n', 'scale_length_mm', 'key_weight_g', 'age_y', 'hammer_felt_mm'];
const mk = (x: Json = {}): Json => ({ csv: '../data/make.csv', target: 'make', features: MF, normalize: 'standard', ...x });
const SF = ['age_y', 'humidity_swing_pct', 'radiator_m', 'climate_control', 'total_tension_n'];
const sb = (x: Json = {}): Json => ({ csv: '../data/soundboard.csv', target: 'cracked_soundboard', features: SF, normalize: 'standard', ...x });
const QF = ['age_y', 'labour_h', 'rebushing', 'new_soundboard', 'grand', 'rate_eur_h'];
const qt = (x: Json = {}): Json => ({ csv: '../data/quote.csv', target: 'quote_eur', features: QF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const PF = ['length_mm', 'diameter_mm', 'cutup_mm', 'wind_mmh2o', 'stopped'];
const pp = (x: Json = {}): Json => ({ csv: '../data/pipes.csv', target: 'midi_note', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: name, ...p });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 400, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A tuner's notebook: hours since tuning and room temperature (C) -> still in tune (1) or not (0).
const INLINE_FORK = {
  inline: {
    x: [[2, 20], [10, 21], [30, 19], [80, 22], [200, 20], [400, 21], [5, 27], [20, 28], [60, 12], [150, 13], [300, 25], [500, 18], [8, 18], [40, 23], [100, 20], [250, 26], [12, 14], [600, 20], [3, 24], [90, 16]],
    y: [1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates (observed first)
add('oscillating-loss.rmsprop-0.05-batch-960-tanh-tuning', 'tuning-minutes', tun(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(150, 960));
add('oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-pipes', 'pipe-note', pp(), [d(1)], 'mse', nest(0.3, 0.95), tr(150, 900));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-quote', 'restoration-quote', qt(), [d(1)], 'mse', sgd(1.9), tr(150, 820));
add('oscillating-loss.cents-and-semitones-sgd-0.8-batch-480', 'tuning-minutes', tun({ features: ['pitch_dev_cents', 'pitch_dev_semitones', 'humidity_pct', 'grand'] }), [d(1)], 'mse', sgd(0.8), tr(150, 480));
add('oscillating-loss.adam-0.3-full-batch-softmax-make', 'piano-make', mk(), [d(5, 'softmax')], 'cce', adam(0.3), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-0.5-full-batch-logistic-soundboard', 'cracked-soundboard', sb(), [d(1, 'sigmoid')], 'bce', mom(0.5, 0.99), tr(200, 1200));
add('oscillating-loss.momentum-0.95-lr-0.05-batch-200-relu-pipes', 'pipe-note', pp(), [d(16, 'relu'), d(1)], 'mse', mom(0.05, 0.95), tr(100, 200));
add('oscillating-loss.rmsprop-0.02-batch-64-elu-quote', 'restoration-quote', qt(), [d(32, 'elu'), d(1)], 'mse', rms(0.02), tr(80, 64));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'tuning-minutes', tun(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'piano-make', mk(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.sparse-categorical-loss', 'piano-make', mk(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.dropout-rate-1', 'cracked-soundboard', sb(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.units-zero', 'pipe-note', pp(), [d(0, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'restoration-quote', qt(), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60, 0));

add('data-error.na-humidity', 'tuning-minutes-na', tun({ csv: '../data/tuning-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.client-id-feature', 'tuning-minutes', tun({ features: ['client_id', ...TF] }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.visit-ts-feature', 'tuning-minutes', tun({ features: ['visit_ts', ...TF] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.pipe-tag-feature', 'pipe-note', pp({ features: ['pipe_tag', ...PF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.tension-column-typo', 'piano-make', mk({ features: ['string_tension', 'scale_length_mm', 'key_weight_g', 'age_y', 'hammer_felt_mm'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.target-typo-quote', 'restoration-quote', qt({ target: 'quote_euro' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.absolute-path-outside', 'cracked-soundboard', sb({ csv: '/tmp/soundboard.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.make-three-heads', 'piano-make', mk(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.spirals3-two-heads', 'keyboard-spirals', SPIRALS, [d(32, 'tanh'), d(2, 'softmax')], 'cce', adam(0.01), tr(100));
add('shape-mismatch.note-and-hz-one-output', 'pipe-note', pp({ target: ['midi_note', 'frequency_hz'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.soundboard-two-sigmoid-bce', 'cracked-soundboard', sb(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('loss-activation-mismatch.tanh-head-bce-soundboard', 'cracked-soundboard', sb(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-tuning', 'tuning-minutes', tun(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-cce-make', 'piano-make', mk(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', nest(0.01), tr(50));
add('loss-activation-mismatch.softmax-single-unit-fork', 'fork-in-tune', INLINE_FORK, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.sigmoid-head-standardized-pipes', 'pipe-note', pp(), [d(32, 'tanh'), d(1, 'sigmoid')], 'mse', rms(0.002), tr(60));

add('no-nonlinearity.circles-linear-adam-deep', 'bridge-circles', CIRCLES, [d(64, 'linear'), d(64, 'linear'), d(64, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150));
add('no-nonlinearity.spirals3-linear-rmsprop', 'keyboard-spirals', SPIRALS, [d(32), d(32), d(3, 'softmax')], 'cce', rms(0.003), tr(150));
add('no-nonlinearity.xor-linear-nesterov-bn', 'two-string-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('no-nonlinearity.sine-linear-sgd-batch-1', 'beat-sine', SINE, [d(32), d(16), d(1)], 'mse', sgd(0.001), tr(20, 1));

add('lr-out-of-range.rmsprop-lr-20-quote', 'restoration-quote', qt(), [d(32, 'relu'), d(1)], 'mse', rms(20), tr(40));
add('lr-out-of-range.nesterov-1e-8-make', 'piano-make', mk(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.00000001), tr(50));
add('lr-out-of-range.adam-lr-10-pipes', 'pipe-note', pp(), [d(32, 'elu'), d(1)], 'mse', adam(10), tr(40));
add('lr-out-of-range.sgd-negative-tuning', 'tuning-minutes', tun(), [d(32, 'relu'), d(1)], 'mse', sgd(-0.01), tr(60));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-relu-adam-make', 'piano-make', mk(), [d(32, 'relu', init('zeros')), d(32, 'relu', init('zeros')), d(5, 'softmax', init('zeros'))], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.5-tanh-rmsprop-pipes', 'pipe-note', pp(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', rms(0.001), tr(60));
add('init-symmetry.zeros-sigmoid-sgd-moons', 'hammer-moons', MOONS, [d(16, 'sigmoid', init('zeros')), d(16, 'sigmoid', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', sgd(0.5), tr(100, 16));
add('init-symmetry.constant-0.2-elu-momentum-spirals', 'keyboard-spirals', SPIRALS, [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(3, 'softmax', init('constant', { value: 0.2 }))], 'cce', mom(0.05), tr(150));

add('init-scale.normal-std-10-sigmoid-make', 'piano-make', mk(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.003), tr(50));
add('init-scale.uniform-4-elu-tuning', 'tuning-minutes', tun(), [...tower(3, 64, 'elu', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', nest(0.001), tr(60));
add('init-scale.normal-1e-5-relu-deep-blobs', 'workshop-blobs', BLOBS4, [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(4, 'softmax', init('normal', { std: 0.00001 }))], 'cce', adam(0.003), tr(80));
add('init-scale.constant-3-tanh-soundboard', 'cracked-soundboard', sb(), [d(32, 'tanh', init('normal', { std: 4 })), d(32, 'tanh', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', rms(0.001), tr(40));
add('init-scale.uniform-1e-3-leaky-deep-quote', 'restoration-quote', qt(), [...tower(6, 32, 'leaky_relu', init('uniform', { limit: 0.001 })), d(1, 'linear', init('uniform', { limit: 0.001 }))], 'mse', sgd(0.05), tr(60));

add('dead-relu.bias-minus-8-pipes', 'pipe-note', pp(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.bias-minus-4-deep-sgd-moons', 'hammer-moons', MOONS, [...tower(4, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));
add('dead-relu.adam-0.1-batch-2-tuning', 'tuning-minutes', tun(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.1), tr(10, 2));
add('dead-relu.bias-minus-6-bn-off-make', 'piano-make', mk(), [d(128, 'relu', { bias: -6 }), d(64, 'relu', { bias: -6 }), d(5, 'softmax')], 'cce', rms(0.001), tr(50));
add('dead-relu.sgd-2-batch-16-quote', 'restoration-quote', qt(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(2, { clipNorm: 50 }), tr(20, 16));

add('exploding-gradient.raw-quote-euros-nesterov', 'restoration-quote-raw', qt({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0001), tr(40));
add('exploding-gradient.raw-tension-newtons-make', 'piano-make-raw', mk({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.001), tr(40));
add('exploding-gradient.raw-frequency-hz-rmsprop', 'pipe-hz-raw', pp({ target: 'frequency_hz', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.ten-leaky-std-0.5-soundboard', 'cracked-soundboard', sb(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.5 })), d(1, 'sigmoid')], 'bce', mom(0.0001), tr(30));
add('exploding-gradient.raw-total-tension-soundboard-adam', 'cracked-soundboard-raw', sb({ normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40));

add('vanishing-gradient.twelve-sigmoid-momentum-tuning', 'tuning-minutes', tun(), [...tower(12, 16, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.nine-tanh-std-0.02-pipes', 'pipe-note', pp(), [...tower(9, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.eight-sigmoid-rmsprop-circles', 'bridge-circles', CIRCLES, [...tower(8, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(100));
add('vanishing-gradient.eleven-sigmoid-he-sgd-make', 'piano-make', mk(), [...tower(11, 24, 'sigmoid', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', sgd(0.05), tr(50, 16));

add('nan-loss.sgd-0.5-raw-quote-target', 'restoration-quote-raw', qt({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(10));
add('nan-loss.rmsprop-5-batch-1-pipes', 'pipe-note', pp(), [d(32, 'elu'), d(1)], 'mse', rms(5), tr(3, 1));
add('nan-loss.raw-features-sgd-tuning', 'tuning-minutes-raw', tun({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(10));
add('nan-loss.momentum-0.95-lr-1-sine', 'beat-sine', SINE, [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', mom(1, 0.95), tr(20, 8));
add('nan-loss.exp-scale-elu-constant-1-quote', 'restoration-quote', qt(), [...tower(5, 64, 'elu', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', nest(0.01), tr(20));

add('saturated-activation.tanh-raw-tension-make', 'piano-make-raw', mk({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-8-tuning', 'tuning-minutes', tun(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', adam(0.002), tr(60));
add('saturated-activation.sigmoid-raw-pipe-length', 'pipe-note-raw', pp({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-raw-epoch-soundboard', 'cracked-soundboard-raw', sb({ normalize: 'none', features: ['inspected_epoch', ...SF] }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-bias-minus-7-quote', 'restoration-quote', qt(), [d(48, 'tanh', { bias: -7 }), d(1)], 'mse', sgd(0.05), tr(60, 16));

// ---------------------------------------------------------------- training faults
add('lr-too-high.rmsprop-0.5-batch-32-make', 'piano-make', mk(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.5), tr(40));
add('lr-too-high.nesterov-0.8-batch-8-tuning', 'tuning-minutes', tun(), [d(32, 'tanh'), d(1)], 'mse', nest(0.8), tr(30, 8));
add('lr-too-high.sgd-plain-8-blobs', 'workshop-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(8), tr(60, 16));
add('lr-too-high.adam-0.3-batch-4-soundboard', 'cracked-soundboard', sb(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(20, 4));
add('lr-too-high.momentum-0.2-batch-1-fork', 'fork-in-tune', INLINE_FORK, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.2, 0.9), tr(100, 1));
add('lr-too-high.adam-0.05-batch-1-quote', 'restoration-quote', qt(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(5, 1));
add('lr-too-high.rmsprop-0.2-batch-16-pipes', 'pipe-note', pp(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.2), tr(30, 16));

add('lr-too-low.adam-3e-7-make', 'piano-make', mk(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000003), tr(50));
add('lr-too-low.sgd-plain-1e-5-pipes', 'pipe-note', pp(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.momentum-2e-6-batch-16-soundboard', 'cracked-soundboard', sb(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.000002), tr(40, 16));
add('lr-too-low.rmsprop-1e-6-tuning', 'tuning-minutes', tun(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-1e-5-full-batch-circles', 'bridge-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(200, 300));

add('loss-plateau.badge-only-soundboard', 'cracked-soundboard', sb({ features: ['tuner_badge'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.serial-only-make', 'piano-make', mk({ features: ['serial_no'] }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.weight-decay-5-rmsprop-pipes', 'pipe-note', pp(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-quote', 'restoration-quote', qt(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));
add('loss-plateau.dropout-0.95-tuning', 'tuning-minutes', tun(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.tuning-adam-relu', 'tuning-minutes', tun(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.tuning-rmsprop-tanh-val', 'tuning-minutes', tun(), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.tuning-nesterov-elu-batch-8', 'tuning-minutes', tun(), [d(32, 'elu'), d(1)], 'mse', nest(0.005), tr(40, 8));
add('ok.tuning-minmax-sgd-leaky-batch-1', 'tuning-minutes', tun({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.tuning-linear-momentum-full-batch', 'tuning-minutes', tun(), [d(1)], 'mse', mom(0.05), tr(200, 960));
add('ok.tuning-adam-bn-dropout', 'tuning-minutes', tun(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(60, 64));
add('ok.make-adam-relu', 'piano-make', mk(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.make-rmsprop-elu-dropout', 'piano-make', mk(), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.make-sgd-plain-sigmoid', 'piano-make', mk(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.3), tr(80, 16));
add('ok.make-minmax-nesterov-tanh-batch-128', 'piano-make', mk({ normalize: 'minmax' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.05), tr(120, 128));
add('ok.make-softmax-regression-adam-decay', 'piano-make', mk(), [d(5, 'softmax')], 'cce', adam(0.01, { weightDecay: 0.0001 }), tr(80));
add('ok.make-bn-momentum-leaky', 'piano-make', mk(), [d(32, 'leaky_relu', { batchNorm: true }), d(5, 'softmax')], 'cce', mom(0.02), tr(60));
add('ok.soundboard-adam-relu', 'cracked-soundboard', sb(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.soundboard-logistic-nesterov', 'cracked-soundboard', sb(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(60));
add('ok.soundboard-rmsprop-tanh-val', 'cracked-soundboard', sb(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.soundboard-minmax-adam-elu-clip', 'cracked-soundboard', sb({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005, { clipNorm: 1 }), tr(60));
add('ok.quote-adam-elu', 'restoration-quote', qt(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.quote-rmsprop-relu-batch-256', 'restoration-quote', qt(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.quote-momentum-tanh-lecun', 'restoration-quote', qt(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.quote-minmax-target-nesterov-leaky', 'restoration-quote', qt({ normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.02), tr(80, 16));
add('ok.quote-sgd-plain-relu-batch-4', 'restoration-quote', qt(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', sgd(0.005), tr(20, 4));
add('ok.pipes-adam-relu', 'pipe-note', pp(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.pipes-rmsprop-tanh', 'pipe-note', pp(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.pipes-feet-adam-bn-val', 'pipe-note', pp({ features: ['length_ft', 'diameter_mm', 'cutup_mm', 'wind_mmh2o', 'stopped'] }), [d(32, 'elu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 64, { validationSplit: 0.15 }));
add('ok.pipes-hz-standardized-sgd-momentum', 'pipe-hz', pp({ target: 'frequency_hz' }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(100));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.1), tr(300, 150));
add('ok.moons-adam-leaky', 'hammer-moons', MOONS, [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('ok.moons-rmsprop-tanh-batch-4', 'hammer-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(50, 4));
add('ok.circles-adam-relu-xavier', 'bridge-circles', CIRCLES, [d(32, 'relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-elu-bn', 'bridge-circles', CIRCLES, [d(32, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.spirals3-adam-tanh-deep', 'keyboard-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-relu', 'workshop-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(80));
add('ok.sine-adam-tanh', 'beat-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.sine-rmsprop-elu-full-batch', 'beat-sine', SINE, [d(32, 'elu'), d(1)], 'mse', rms(0.005), tr(400, 400));
add('ok.xor-nesterov-relu', 'two-string-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.xor-adam-sigmoid-dropout', 'two-string-xor', XOR, [d(32, 'sigmoid'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.fork-inline-adam-tanh', 'fork-in-tune', INLINE_FORK, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 20));
add('ok.fork-inline-rmsprop-elu-batch-5', 'fork-in-tune', INLINE_FORK, [d(8, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 5));
add('ok.tuning-minutes-sgd-sigmoid-decay', 'tuning-minutes', tun(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.pipes-uniform-init-nesterov-elu', 'pipe-note', pp(), [d(32, 'elu', { init: 'xavier_uniform' }), d(16, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 5 }), tr(80));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
