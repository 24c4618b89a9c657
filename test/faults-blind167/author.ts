/**
 * Writes every candidate spec of blind fault set 167 (orchestras and music schools) into
 * candidates/: `npx tsx test/faults-blind122/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 167, data, layers, loss, optimizer, training, ...extra };
}

const RF = ['rehearsal_h', 'players', 'sectionals', 'conductor_years', 'hall_temp_c', 'new_work'];
const reh = (x: Json = {}): Json => ({ csv: '../data/rehearsal.csv', target: 'critic_score', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const PF = ['practice_min_week', 'lessons_month', 'years_playing', 'age', 'theory_grade'];
const prac = (x: Json = {}): Json => ({ csv: '../data/practice.csv', target: 'exam_pass', features: PF, normalize: 'standard', ...x });
const IF = ['tuning_hz', 'cents_dev', 'case_weight_kg', 'breaths_min', 'bow_changes_min', 'reeds_strings_cost_cents'];
const inst = (x: Json = {}): Json => ({ csv: '../data/instrument.csv', target: 'family', features: IF, normalize: 'standard', ...x });
const TF = ['capacity', 'price_eur', 'weekend', 'soloist_fame', 'days_advertised', 'rain_mm'];
const tick = (x: Json = {}): Json => ({ csv: '../data/tickets.csv', target: 'tickets_sold', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['price_eur', 'weekend', 'soloist_fame', 'days_advertised', 'rain_mm', 'soloist_ill'];
const canc = (x: Json = {}): Json => ({ csv: '../data/tickets.csv', target: 'cancelled', features: CF, normalize: 'standard', ...x });
const DF = ['age', 'concerts_attended', 'subscriber', 'member_years', 'income_k'];
const don = (x: Json = {}): Json => ({ csv: '../data/donations.csv', target: 'log_donation', features: DF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 200, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A violin teacher's notebook: weekly practice hours and months of lessons -> ready for the recital (1) or not (0).
const INLINE_RECITAL = {
  inline: {
    x: [[1, 3], [2, 5], [3, 4], [5, 8], [6, 12], [7, 10], [1, 12], [2, 18], [4, 2], [8, 6], [9, 14], [0.5, 6], [3, 9], [6, 3], [10, 20], [2, 1], [5, 15], [7, 7], [1.5, 24], [4, 11], [8, 18], [0.5, 30], [3, 16], [9, 4]],
    y: [0, 0, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.adam-0.05-batch-2-linear-critic', 'critic-score', reh(), [d(1)], 'mse', adam(0.05), tr(40, 2));
add('oscillating-loss.rmsprop-0.02-batch-1-tanh-critic', 'critic-score', reh(), [d(16, 'tanh'), d(1)], 'mse', rms(0.02), tr(15, 1));
add('oscillating-loss.momentum-0.95-lr-0.4-full-batch-tickets', 'tickets-sold', tick(), [d(1)], 'mse', mom(0.4, 0.95), tr(150, 1000));
add('oscillating-loss.hours-and-minutes-sgd-0.95-full-batch', 'critic-score', reh({ features: ['rehearsal_h', 'rehearsal_min', 'sectionals', 'conductor_years'] }), [d(1)], 'mse', sgd(0.95), tr(150, 900));
add('oscillating-loss.hours-and-minutes-sgd-0.9-batch-300', 'critic-score', reh({ features: ['rehearsal_h', 'rehearsal_min', 'sectionals', 'conductor_years'] }), [d(1)], 'mse', sgd(0.9), tr(150, 300));
add('oscillating-loss.adam-0.1-batch-4-sine', 'seasonal-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.1), tr(60, 4));
add('oscillating-loss.nesterov-0.99-lr-1-full-batch-logistic-exam', 'exam-pass', prac(), [d(1, 'sigmoid')], 'bce', nest(1, 0.99), tr(150, 1000));
add('oscillating-loss.rmsprop-0.03-full-batch-linear-donations', 'donation', don(), [d(1)], 'mse', rms(0.03), tr(150, 900));
add('oscillating-loss.momentum-0.9-lr-0.05-batch-1-linear-donations', 'donation', don(), [d(1)], 'mse', mom(0.05, 0.9), tr(10, 1));
add('oscillating-loss.adam-0.03-batch-1-raw-critic', 'critic-score-raw-target', reh({ normalizeTarget: 'none' }), [d(1)], 'mse', adam(0.03), tr(15, 1));

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'critic-score', reh(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'instrument-family', inst(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.sparse-cce-loss', 'instrument-family', inst(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'exam-pass', prac(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40, 0));
add('invalid-spec.lstm-layer', 'tickets-sold', tick(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-rehearsal-hours', 'critic-score-na', reh({ csv: '../data/rehearsal-na.csv' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.concert-ts-feature', 'critic-score', reh({ features: ['concert_ts', ...RF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.player-id-feature', 'instrument-family', inst({ features: ['player_id', ...IF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.01), tr(40));
add('data-error.practice-minutes-typo', 'exam-pass', prac({ features: ['practice_minutes', 'lessons_month', 'years_playing', 'age', 'theory_grade'] }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.ticket-sold-target-typo', 'tickets-sold', tick({ target: 'ticket_sold' }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.donations-tsv-path', 'donation', don({ csv: '../data/donations.tsv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.instrument-four-heads-no-harp', 'instrument-family', inst(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.sold-and-share-one-output', 'tickets-sold', tick({ target: ['tickets_sold', 'share_sold'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.blobs4-three-heads', 'section-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(60));
add('shape-mismatch.cancelled-two-sigmoid-bce', 'cancelled', canc(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.iris-one-softmax-unit', 'iris-demo', IRIS, [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.01), tr(80, 16));

add('loss-activation-mismatch.tanh-head-bce-exam', 'exam-pass', prac(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-instrument', 'instrument-family', inst(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-critic', 'critic-score', reh(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.softmax-one-unit-bce-cancelled', 'cancelled', canc(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-donations', 'donation', don(), [d(32, 'elu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.linear-head-mse-recital', 'recital-ready', INLINE_RECITAL, [d(8, 'tanh'), d(1, 'linear')], 'bce', sgd(0.1), tr(200, 4));

add('no-nonlinearity.circles-linear-adam-batch-4', 'hall-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(60, 4));
add('no-nonlinearity.spirals-four-linear-nesterov', 'bow-spirals', SPIRALS, [...tower(4, 32, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100));
add('no-nonlinearity.xor-linear-rmsprop-full-batch', 'two-section-xor', XOR, [d(16), d(1, 'sigmoid')], 'bce', rms(0.01), tr(150, 300));
add('no-nonlinearity.moons-linear-dropout-sgd', 'stage-moons', MOONS, [d(64), drop(0.2), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));

add('lr-out-of-range.nesterov-lr-50-instrument', 'instrument-family', inst(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(50), tr(20));
add('lr-out-of-range.adam-1e-10-critic', 'critic-score', reh(), [d(32, 'tanh'), d(1)], 'mse', adam(1e-10), tr(40));
add('lr-out-of-range.rmsprop-negative-exam', 'exam-pass', prac(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(-0.001), tr(40));
add('lr-out-of-range.sgd-lr-25-tickets', 'tickets-sold', tick(), [d(16, 'elu'), d(1)], 'mse', sgd(25), tr(20));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.constant-0.3-tanh-rmsprop-critic', 'critic-score', reh(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', rms(0.002), tr(60));
add('init-symmetry.zeros-sigmoid-sgd-instrument', 'instrument-family', inst(), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', sgd(0.1), tr(40, 16));
add('init-symmetry.constant-0.05-tanh-adam-moons', 'stage-moons', MOONS, [d(32, 'tanh', init('constant', { value: 0.05 })), d(32, 'tanh', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', adam(0.01), tr(100));
add('init-symmetry.zeros-elu-momentum-sine', 'seasonal-sine', SINE, [d(32, 'elu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(100, 16));
add('init-symmetry.constant-0.2-tanh-nesterov-blobs4', 'section-blobs', BLOBS4, [d(16, 'tanh', init('constant', { value: 0.2 })), d(4, 'softmax', init('constant', { value: 0.2 }))], 'cce', nest(0.05), tr(60));

add('init-scale.normal-std-10-sigmoid-exam', 'exam-pass', prac(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.003), tr(40));
add('init-scale.uniform-20-tanh-tickets', 'tickets-sold', tick(), [d(64, 'tanh', init('uniform', { limit: 20 })), d(64, 'tanh', init('uniform', { limit: 20 })), d(1, 'linear', init('uniform', { limit: 20 }))], 'mse', mom(0.001), tr(40));
add('init-scale.normal-1e-5-four-relu-instrument', 'instrument-family', inst(), [...tower(4, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', sgd(0.05), tr(40));
add('init-scale.normal-std-2-elu-donations', 'donation', don(), [...tower(3, 64, 'elu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', nest(0.001), tr(40));
add('init-scale.uniform-1e-3-tanh-rmsprop-circles', 'hall-circles', CIRCLES, [...tower(5, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', rms(0.001), tr(80));

add('dead-relu.bias-minus-4-three-layer-sgd-critic', 'critic-score', reh(), [...tower(3, 32, 'relu', { bias: -4 }), d(1)], 'mse', sgd(0.01), tr(60, 16));
add('dead-relu.adam-0.5-batch-2-tickets', 'tickets-sold', tick(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(5, 2));
add('dead-relu.bias-minus-6-minmax-exam', 'exam-pass', prac({ normalize: 'minmax' }), [d(128, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('dead-relu.raw-income-relu-nesterov-donations', 'donation', don({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(30));
add('dead-relu.bias-minus-10-spirals-rmsprop', 'bow-spirals', SPIRALS, [d(64, 'relu', { bias: -10 }), d(64, 'relu', { bias: -10 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80));

add('exploding-gradient.raw-tickets-sold-target-rmsprop', 'tickets-sold-raw-target', tick({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-donation-usd-target-adam', 'donation-raw-target', don({ target: 'donation_usd', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-practice-minutes-relu-momentum', 'exam-pass-raw', prac({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.eight-relu-std-0.5-adam-instrument', 'instrument-family', inst(), [...tower(8, 32, 'relu', init('normal', { std: 0.5 })), d(5, 'softmax')], 'cce', adam(0.001), tr(30));
add('exploding-gradient.raw-capacity-leaky-sgd-tickets', 'tickets-sold-raw', tick({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.0001), tr(30));

add('vanishing-gradient.six-sigmoid-lecun-sgd-critic', 'critic-score', reh(), [...tower(6, 32, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.eight-sigmoid-xavier-adam-exam', 'exam-pass', prac(), [...tower(8, 32, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', adam(0.0003), tr(40));
add('vanishing-gradient.ten-tanh-std-0.08-rmsprop-instrument', 'instrument-family', inst(), [...tower(10, 32, 'tanh', init('normal', { std: 0.08 })), d(5, 'softmax')], 'cce', rms(0.0005), tr(40));
add('vanishing-gradient.seven-sigmoid-default-momentum-spirals', 'bow-spirals', SPIRALS, [...tower(7, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(100));
add('vanishing-gradient.five-sigmoid-batch-2-rmsprop-tickets', 'tickets-sold', tick(), [...tower(5, 24, 'sigmoid'), d(1)], 'mse', rms(0.0002), tr(10, 2));

add('nan-loss.raw-donation-usd-sgd-batch-1', 'donation-raw-target', don({ target: 'donation_usd', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('nan-loss.momentum-0.95-lr-2-tickets', 'tickets-sold', tick(), [d(32, 'tanh'), d(1)], 'mse', mom(2, 0.95), tr(30));
add('nan-loss.raw-income-sgd-0.1-linear-donations', 'donation-raw', don({ normalize: 'none' }), [d(1)], 'mse', sgd(0.1), tr(20));
add('nan-loss.constant-1.5-deep-leaky-critic', 'critic-score', reh(), [...tower(5, 64, 'leaky_relu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.rmsprop-5-batch-4-sine', 'seasonal-sine', SINE, [d(32, 'relu'), d(1)], 'mse', rms(5), tr(20, 4));

add('saturated-activation.sigmoid-raw-tuning-hz-instrument', 'instrument-raw', inst({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-practice-minutes-exam', 'exam-pass-raw', prac({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.sigmoid-bias-8-two-layer-critic', 'critic-score', reh(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.tanh-raw-capacity-tickets', 'tickets-sold-raw-features', tick({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-income-donations', 'donation-raw-features', don({ normalize: 'none' }), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));

add('lr-too-high.adam-0.1-batch-1-critic', 'critic-score', reh(), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(5, 1));
add('lr-too-high.rmsprop-0.05-batch-2-instrument', 'instrument-family', inst(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.03-batch-4-deep-tanh-exam', 'exam-pass', prac(), [...tower(4, 32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(20, 4));
add('lr-too-high.nesterov-0.8-batch-8-donations', 'donation', don(), [d(32, 'elu'), d(1)], 'mse', nest(0.8), tr(20, 8));
add('lr-too-high.sgd-plain-3-tanh-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(3), tr(60, 16));
add('lr-too-high.rmsprop-0.1-batch-3-recital', 'recital-ready', INLINE_RECITAL, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.1), tr(60, 3));

add('lr-too-low.sgd-plain-1e-5-full-batch-critic', 'critic-score', reh(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(100, 900));
add('lr-too-low.adam-3e-6-deep-tanh-instrument', 'instrument-family', inst(), [...tower(3, 32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.000003), tr(40));
add('lr-too-low.rmsprop-1e-6-batch-4-tickets', 'tickets-sold', tick(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(10, 4));
add('lr-too-low.nesterov-1e-5-blobs4', 'section-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', nest(0.00001), tr(60));
add('lr-too-low.momentum-2e-6-exam', 'exam-pass', prac(), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.000002), tr(60));

add('loss-plateau.locker-number-only-exam', 'exam-pass', prac({ features: ['locker_no'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.chair-number-only-instrument', 'instrument-family', inst({ features: ['chair_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('loss-plateau.weight-decay-2-momentum-tickets', 'tickets-sold', tick(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 2 }), tr(60));
add('loss-plateau.dropout-0.95-critic', 'critic-score', reh(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.players-only-critic', 'critic-score', reh({ features: ['players'] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.critic-adam-relu', 'critic-score', reh(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.critic-rmsprop-tanh-batch-2', 'critic-score', reh(), [d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(10, 2));
add('ok.critic-adam-batch-1-elu', 'critic-score', reh(), [d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(8, 1));
add('ok.critic-four-tanh-xavier-adam', 'critic-score', reh(), [...tower(4, 32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.002), tr(60));
add('ok.critic-raw-target-adam-batch-4', 'critic-score-raw-target', reh({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(30, 4));
add('ok.critic-minutes-nesterov-leaky-val', 'critic-score', reh({ features: ['rehearsal_min', 'players', 'sectionals', 'conductor_years', 'hall_temp_c', 'new_work'] }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.01), tr(60, 32, { validationSplit: 0.2 }));
add('ok.critic-minmax-sgd-sigmoid-batch-1', 'critic-score', reh({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(10, 1));
add('ok.critic-bn-dropout-rmsprop', 'critic-score', reh(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', rms(0.002), tr(60, 64));
add('ok.exam-adam-relu', 'exam-pass', prac(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.exam-logistic-sgd-full-batch', 'exam-pass', prac(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(200, 1000));
add('ok.exam-five-sigmoid-lecun-adam', 'exam-pass', prac(), [...tower(5, 32, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.exam-three-tanh-rmsprop-batch-4', 'exam-pass', prac(), [...tower(3, 32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(15, 4));
add('ok.exam-minmax-nesterov-elu-decay', 'exam-pass', prac({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.instrument-adam-relu', 'instrument-family', inst(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.instrument-rmsprop-tanh-dropout', 'instrument-family', inst(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('ok.instrument-softmax-regression-sgd', 'instrument-family', inst(), [d(5, 'softmax')], 'cce', sgd(0.2), tr(60, 16));
add('ok.instrument-six-tanh-lecun-sgd-momentum', 'instrument-family', inst(), [...tower(6, 32, 'tanh', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', mom(0.02), tr(40));
add('ok.instrument-adam-batch-2-elu-clip', 'instrument-family', inst(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.005, { clipNorm: 1 }), tr(8, 2));
add('ok.instrument-bn-nesterov-leaky', 'instrument-family', inst({ normalize: 'minmax' }), [d(48, 'leaky_relu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.02), tr(40, 64));
add('ok.tickets-adam-elu', 'tickets-sold', tick(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.tickets-rmsprop-relu-batch-1', 'tickets-sold', tick(), [d(32, 'relu'), d(1)], 'mse', rms(0.003), tr(8, 1));
add('ok.tickets-three-sigmoid-xavier-rmsprop', 'tickets-sold', tick(), [...tower(3, 32, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', rms(0.002), tr(60));
add('ok.tickets-momentum-tanh-full-batch', 'tickets-sold', tick(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1), tr(300, 1000));
add('ok.tickets-minmax-target-adam-decay', 'tickets-sold', tick({ normalizeTarget: 'minmax' }), [d(64, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(60, 16));
add('ok.donations-adam-relu', 'donation', don(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.donations-rmsprop-batch-4-tanh', 'donation', don(), [d(16, 'tanh'), d(1)], 'mse', rms(0.005), tr(15, 4));
add('ok.donations-linear-nesterov', 'donation', don(), [d(1)], 'mse', nest(0.01), tr(60));
add('ok.donations-adam-batch-3-sigmoid-deep', 'donation', don(), [...tower(3, 16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(15, 3));
add('ok.cancelled-adam-relu-val', 'cancelled', canc(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 32, { validationSplit: 0.2 }));
add('ok.cancelled-logistic-rmsprop', 'cancelled', canc(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.iris-adam-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-batch-1-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.003), tr(30, 1));
add('ok.moons-adam-relu', 'stage-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('ok.moons-four-tanh-xavier-sgd', 'stage-moons', MOONS, [...tower(4, 32, 'tanh', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150, 16));
add('ok.circles-rmsprop-elu', 'hall-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.spirals-adam-tanh-deep', 'bow-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'section-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-adam-tanh-batch-4', 'seasonal-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(60, 4));
add('ok.sine-rmsprop-elu', 'seasonal-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.xor-adam-tanh-full-batch', 'two-section-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 300));
add('ok.xor-nesterov-relu-he-uniform', 'two-section-xor', XOR, [d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.recital-inline-adam-tanh', 'recital-ready', INLINE_RECITAL, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.recital-inline-rmsprop-batch-2', 'recital-ready', INLINE_RECITAL, [d(8, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100, 2));
// ---------------------------------------------------------------- second round (oscillation, vanishing, exploding)
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-tanh-tickets', 'tickets-sold', tick(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 1000));
add('oscillating-loss.nesterov-0.97-lr-0.3-batch-300-linear-donations', 'donation', don(), [d(1)], 'mse', nest(0.3, 0.97), tr(120, 300));
add('oscillating-loss.momentum-0.95-lr-0.5-batch-100-linear-critic', 'critic-score', reh(), [d(1)], 'mse', mom(0.5, 0.95), tr(80, 100));
add('oscillating-loss.sgd-plain-0.25-batch-1-linear-critic', 'critic-score', reh(), [d(1)], 'mse', sgd(0.25), tr(15, 1));
add('oscillating-loss.rmsprop-0.05-batch-4-relu-tickets', 'tickets-sold', tick(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(30, 4));
add('oscillating-loss.adam-0.1-batch-2-tanh-donations', 'donation', don(), [d(16, 'tanh'), d(1)], 'mse', adam(0.1), tr(20, 2));
add('oscillating-loss.momentum-0.98-lr-0.2-batch-500-logistic-exam', 'exam-pass', prac(), [d(1, 'sigmoid')], 'bce', mom(0.2, 0.98), tr(150, 500));
add('vanishing-gradient.nine-sigmoid-adam-tickets', 'tickets-sold', tick(), [...tower(9, 24, 'sigmoid'), d(1)], 'mse', adam(0.0005), tr(40));
add('vanishing-gradient.six-tanh-std-0.02-nesterov-critic', 'critic-score', reh(), [...tower(6, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', nest(0.01), tr(60));
add('vanishing-gradient.eight-sigmoid-lecun-rmsprop-batch-4-donations', 'donation', don(), [...tower(8, 32, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.0003), tr(10, 4));
add('exploding-gradient.raw-rehearsal-minutes-elu-adam-critic', 'critic-score-raw-features', reh({ normalize: 'none', features: ['rehearsal_min', 'players', 'sectionals', 'conductor_years', 'hall_temp_c', 'new_work'] }), [d(32, 'elu'), d(1)], 'mse', sgd(0.001), tr(30));

add('oscillating-loss.sgd-plain-0.2-batch-8-linear-critic', 'critic-score', reh(), [d(1)], 'mse', sgd(0.2), tr(30, 8));
add('oscillating-loss.nesterov-0.9-lr-0.15-batch-16-linear-tickets', 'tickets-sold', tick(), [d(1)], 'mse', nest(0.15), tr(40, 16));
add('oscillating-loss.adam-0.08-batch-3-relu-minmax-tickets', 'tickets-sold', tick({ normalize: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.08), tr(20, 3));
add('oscillating-loss.momentum-0.97-lr-0.3-batch-64-tanh-donations', 'donation', don(), [d(16, 'tanh'), d(1)], 'mse', mom(0.3, 0.97), tr(60, 64));
add('oscillating-loss.sgd-plain-0.18-batch-4-linear-critic', 'critic-score', reh(), [d(1)], 'mse', sgd(0.18), tr(30, 4));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
