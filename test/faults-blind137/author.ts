/**
 * Writes every candidate spec of blind fault set 137 (leisure venues: escape rooms, bowling alleys and arcades) into
 * candidates/: `npx tsx test/faults-blind137/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 137, data, layers, loss, optimizer, training, ...extra };
}

const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.12 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 400, noise: 0.03 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 400, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.4 };

const EF = ['group_size', 'lead_days', 'difficulty', 'hints_used', 'start_hour', 'first_visit'];
const esc = (x: Json = {}): Json => ({ csv: '../data/escape.csv', target: 'escape_min', features: EF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const TF = ['mean_age_y', 'price_usd', 'group_size', 'fog_machine', 'lead_days'];
const thm = (x: Json = {}): Json => ({ csv: '../data/theme.csv', target: 'room_theme', features: TF, normalize: 'standard', ...x });
const RF = ['queue_min', 'broken_machines', 'spend_usd', 'member', 'prior_visits'];
const ref = (x: Json = {}): Json => ({ csv: '../data/refund.csv', target: 'refund', features: RF, normalize: 'standard', ...x });
const LF = ['bowler_avg', 'games_tonight', 'oil_ml', 'ball_lb', 'bumpers'];
const lan = (x: Json = {}): Json => ({ csv: '../data/lanes.csv', target: 'score', features: LF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const KF = ['hour', 'play_min', 'party_size', 'kids', 'member', 'queue_min'];
const tok = (x: Json = {}): Json => ({ csv: '../data/tokens.csv', target: 'spend_usd', features: KF, normalize: 'standard', normalizeTarget: 'standard', ...x });
// A shift manager's note: lane-hire hours and shoe rentals -> did the party buy the pizza deal (1) or not (0).
const INLINE_PIZZA = {
  inline: {
    x: [[1, 2], [1, 4], [2, 3], [2, 6], [3, 5], [3, 8], [1, 1], [2, 2], [3, 2], [1, 6], [2, 8], [3, 7], [1, 3], [2, 5], [3, 4], [2, 1], [1, 5], [3, 6], [2, 7], [1, 8]],
    y: [0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'escape-minutes', esc(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'room-theme', thm(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-tokens', 'token-spend', tok(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'lane-score', lan(), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 0));
add('invalid-spec.embedding-layer-venue', 'escape-minutes', esc(), [{ type: 'embedding', inputDim: 6, outputDim: 4 }, d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-lead-days', 'escape-minutes-na', esc({ csv: '../data/escape-na.csv' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.venue-id-feature', 'escape-minutes', esc({ features: ['venue_id', ...EF] }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.booking-ts-feature-theme', 'room-theme', thm({ features: ['booking_id', ...TF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('data-error.target-typo-escape-minutes', 'escape-minutes', esc({ target: 'escape_minutes' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.lane-id-feature-semicolon', 'lane-score', lan({ features: ['lane_id', ...LF] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.path-without-dotdot-tokens', 'token-spend', tok({ csv: 'data/tokens.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.theme-three-heads', 'room-theme', thm(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.spend-usd-and-cents-one-output', 'token-spend', tok({ target: ['spend_usd', 'spend_cents'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-two-heads', 'venue-blobs', BLOBS4, [d(16, 'tanh'), d(2, 'softmax')], 'cce', rms(0.005), tr(60, 16));
add('shape-mismatch.refund-two-sigmoid-bce', 'refund-flag', ref(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.escape-two-outputs-one-target', 'escape-minutes', esc(), [d(32, 'elu'), d(2)], 'mse', sgd(0.01), tr(60));

add('loss-activation-mismatch.refund-one-softmax-bce', 'refund-flag', ref(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-escape', 'escape-minutes', esc(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-moons', 'arcade-moons', MOONS, [d(16, 'relu'), d(1, 'tanh')], 'bce', rms(0.005), tr(80));
add('loss-activation-mismatch.sigmoid-heads-cce-theme', 'room-theme', thm(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', nest(0.01), tr(50));
add('loss-activation-mismatch.sigmoid-head-standardized-lanes', 'lane-score', lan(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));

add('no-nonlinearity.circles-linear-adam', 'ring-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-nesterov-batch-1', 'two-lane-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', nest(0.01), tr(30, 1));
add('no-nonlinearity.spirals-linear-dropout-rmsprop', 'token-spirals', SPIRALS, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', rms(0.002), tr(150, 64));
add('no-nonlinearity.sine-linear-bn-adam', 'shift-cycle-sine', SINE, [d(32, 'linear', { batchNorm: true }), d(32, 'linear'), d(1)], 'mse', adam(0.005), tr(150));

add('lr-out-of-range.adam-lr-10-lanes', 'lane-score', lan(), [d(32, 'relu'), d(1)], 'mse', adam(10), tr(40));
add('lr-out-of-range.nesterov-1e-10-theme', 'room-theme', thm(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(1e-10), tr(50));
add('lr-out-of-range.rmsprop-lr-40-refund', 'refund-flag', ref(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(40), tr(30));
add('lr-out-of-range.negative-sgd-tokens', 'token-spend', tok(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(60));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-relu-adam-escape', 'escape-minutes', esc(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.3-tanh-theme', 'room-theme', thm(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.zeros-sigmoid-sgd-circles', 'ring-circles', CIRCLES, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05), tr(100));
add('init-symmetry.zeros-elu-nesterov-tokens', 'token-spend', tok(), [d(32, 'elu', { init: 'zeros' }), d(16, 'elu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', nest(0.01), tr(60));
add('init-symmetry.constant-0.1-tanh-xor', 'two-lane-xor', XOR, [d(16, 'tanh', init('constant', { value: 0.1 })), d(1, 'sigmoid', init('constant', { value: 0.1 }))], 'bce', adam(0.01), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-theme', 'room-theme', thm(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.003), tr(50));
add('init-scale.uniform-20-elu-lanes', 'lane-score', lan(), [d(32, 'elu', init('uniform', { limit: 20 })), d(32, 'elu', init('uniform', { limit: 20 })), d(1, 'linear', init('uniform', { limit: 20 }))], 'mse', nest(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-refund', 'refund-flag', ref(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'sigmoid', init('normal', { std: 0.00001 }))], 'bce', rms(0.001), tr(40));
add('init-scale.normal-std-4-tanh-blobs', 'venue-blobs', BLOBS4, [...tower(3, 64, 'tanh', init('normal', { std: 4 })), d(4, 'softmax', init('normal', { std: 4 }))], 'cce', sgd(0.05), tr(60));
add('init-scale.uniform-1e-3-sigmoid-deep-escape', 'escape-minutes', esc(), [...tower(5, 32, 'sigmoid', init('uniform', { limit: 0.001 })), d(1, 'linear', init('uniform', { limit: 0.001 }))], 'mse', adam(0.001), tr(60));

add('dead-relu.bias-minus-4-adam-escape', 'escape-minutes', esc(), [d(64, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(60));
add('dead-relu.sgd-plain-3-batch-4-theme', 'room-theme', thm(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', sgd(3), tr(20, 4));
add('dead-relu.bias-minus-2-six-layer-tokens', 'token-spend', tok(), [...tower(6, 24, 'relu', { bias: -2 }), d(1)], 'mse', rms(0.001), tr(60));
add('dead-relu.he-uniform-bias-minus-10-refund', 'refund-flag', ref(), [d(128, 'relu', { init: 'he_uniform', bias: -10 }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('dead-relu.adam-0.05-batch-2-lanes', 'lane-score', lan(), [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.05), tr(10, 2));

add('exploding-gradient.raw-cents-target-adam', 'token-spend-cents', tok({ target: 'spend_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-price-lead-theme-momentum', 'room-theme-raw', thm({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.001), tr(30));
add('exploding-gradient.raw-score-target-rmsprop-elu', 'lane-score-raw', lan({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.ten-leaky-std-0.5-escape', 'escape-minutes', esc(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0005), tr(30));
add('exploding-gradient.raw-queue-spend-refund-nesterov', 'refund-raw', ref({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.0005), tr(30, 16));

add('vanishing-gradient.eight-sigmoid-nesterov-theme', 'room-theme', thm(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('vanishing-gradient.ten-sigmoid-rmsprop-tokens', 'token-spend', tok(), [...tower(10, 24, 'sigmoid'), d(1)], 'mse', rms(0.0003), tr(60));
add('vanishing-gradient.twelve-tanh-std-0.03-circles', 'ring-circles', CIRCLES, [...tower(12, 32, 'tanh', init('normal', { std: 0.03 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(80));
add('vanishing-gradient.seven-sigmoid-batch-1-lanes', 'lane-score', lan(), [...tower(7, 16, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('vanishing-gradient.nine-sigmoid-he-normal-xor', 'two-lane-xor', XOR, [...tower(9, 16, 'sigmoid', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(100, 16));

// ---------------------------------------------------------------- training faults
add('nan-loss.rmsprop-5-batch-16-escape', 'escape-minutes', esc(), [d(32, 'relu'), d(1)], 'mse', rms(5), tr(10, 16));
add('nan-loss.raw-cents-target-momentum', 'token-spend-cents', tok({ target: 'spend_cents', normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(20));
add('nan-loss.sgd-plain-8-full-batch-lanes', 'lane-score', lan(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(8), tr(30, 900));
add('nan-loss.constant-1-relu-four-layers-tokens', 'token-spend', tok(), [...tower(4, 48, 'relu', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', nest(0.01), tr(20));
add('nan-loss.adam-4-batch-1-sine', 'shift-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(4), tr(5, 1));

add('saturated-activation.tanh-raw-bowler-avg', 'lane-score-raw-features', lan({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-spend-refund', 'refund-raw', ref({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-bias-minus-5-theme', 'room-theme', thm(), [d(32, 'tanh', { bias: -5 }), d(32, 'tanh', { bias: -5 }), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('saturated-activation.sigmoid-raw-play-minutes-tokens', 'token-spend-raw-features', tok({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('saturated-activation.sigmoid-bias-8-escape', 'escape-minutes', esc(), [d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', adam(0.003), tr(60));

add('lr-too-high.nesterov-0.5-batch-8-escape', 'escape-minutes', esc(), [d(32, 'relu'), d(1)], 'mse', nest(0.5), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-1-tokens', 'token-spend', tok(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(5, 1));
add('lr-too-high.adam-0.3-batch-16-theme', 'room-theme', thm(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.3), tr(30, 16));
add('lr-too-high.sgd-plain-2-batch-4-lanes', 'lane-score', lan(), [d(32, 'tanh'), d(1)], 'mse', sgd(2), tr(20, 4));
add('lr-too-high.momentum-0.95-lr-0.3-blobs', 'venue-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', mom(0.3, 0.95), tr(60, 16));
add('lr-too-high.adam-0.1-batch-2-refund', 'refund-flag', ref(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(10, 2));

add('lr-too-low.adam-3e-6-theme', 'room-theme', thm(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000003), tr(50));
add('lr-too-low.sgd-plain-1e-5-batch-64-lanes', 'lane-score', lan(), [d(32, 'elu'), d(1)], 'mse', sgd(0.00001), tr(80, 64));
add('lr-too-low.rmsprop-1e-6-tokens', 'token-spend', tok(), [d(32, 'relu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-1e-6-circles', 'ring-circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.000001), tr(100, 16));
add('lr-too-low.momentum-5e-6-escape-batch-8', 'escape-minutes', esc(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.000005), tr(30, 8));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-lanes', 'lane-score', lan(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 900));
add('oscillating-loss.nesterov-0.98-lr-0.2-batch-500-linear-tokens', 'token-spend', tok(), [d(1)], 'mse', nest(0.2, 0.98), tr(150, 475));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-escape', 'escape-minutes', esc(), [d(1)], 'mse', sgd(0.95), tr(150, 1000));
add('oscillating-loss.adam-0.08-batch-8-linear-escape', 'escape-minutes', esc(), [d(1)], 'mse', adam(0.08), tr(60, 8));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-tokens', 'token-spend', tok(), [d(1)], 'mse', rms(0.05), tr(150, 950));
add('oscillating-loss.momentum-0.97-lr-1-logistic-pizza', 'pizza-deal', INLINE_PIZZA, [d(1, 'sigmoid')], 'bce', mom(1, 0.97), tr(200, 20));
add('oscillating-loss.sgd-plain-0.6-batch-4-linear-lanes', 'lane-score', lan(), [d(1)], 'mse', sgd(0.6), tr(40, 4));
add('oscillating-loss.adam-0.2-full-batch-tanh-sine', 'shift-cycle-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.2), tr(200, 300));
add('oscillating-loss.momentum-0.995-lr-0.02-full-batch-linear-escape', 'escape-minutes', esc(), [d(1)], 'mse', mom(0.02, 0.995), tr(200, 1000));

add('loss-plateau.locker-only-theme', 'room-theme', thm({ features: ['locker_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.ticket-serial-only-refund', 'refund-flag', ref({ features: ['ticket_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.visit-epoch-only-refund', 'refund-flag', ref({ features: ['visit_epoch'] }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('loss-plateau.weight-decay-5-rmsprop-lanes', 'lane-score', lan(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-tokens', 'token-spend', tok(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', sgd(0.01), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.escape-adam-relu', 'escape-minutes', esc(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.escape-rmsprop-tanh-val', 'escape-minutes', esc(), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.escape-linear-sgd-full-batch', 'escape-minutes', esc(), [d(1)], 'mse', sgd(0.2), tr(150, 1000));
add('ok.escape-minmax-nesterov-elu-batch-1', 'escape-minutes', esc({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'elu'), d(1)], 'mse', nest(0.002), tr(5, 1));
add('ok.escape-adam-bn-dropout-batch-128', 'escape-minutes', esc(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.escape-momentum-sigmoid-decay', 'escape-minutes', esc(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.escape-adam-leaky-clip', 'escape-minutes', esc(), [d(48, 'leaky_relu'), d(1)], 'mse', adam(0.002, { clipNorm: 1 }), tr(60));
add('ok.theme-adam-relu', 'room-theme', thm(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.theme-rmsprop-elu-dropout', 'room-theme', thm(), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.theme-sgd-plain-tanh-batch-8', 'room-theme', thm(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.05), tr(40, 8));
add('ok.theme-minmax-nesterov-relu-bn', 'room-theme', thm({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.02), tr(60, 64));
add('ok.theme-softmax-regression-adam-val', 'room-theme', thm(), [d(5, 'softmax')], 'cce', adam(0.01), tr(80, 32, { validationSplit: 0.2 }));
add('ok.theme-momentum-sigmoid-xavier-normal', 'room-theme', thm(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', mom(0.1), tr(80));
add('ok.refund-adam-relu', 'refund-flag', ref(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.refund-logistic-nesterov', 'refund-flag', ref(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(60));
add('ok.refund-rmsprop-tanh-batch-64', 'refund-flag', ref(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 64));
add('ok.refund-minmax-adam-elu-decay', 'refund-flag', ref({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005, { weightDecay: 0.0001 }), tr(60));
add('ok.lanes-adam-elu', 'lane-score', lan(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.lanes-rmsprop-relu-batch-256', 'lane-score', lan(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.lanes-momentum-tanh-lecun', 'lane-score', lan(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(60));
add('ok.lanes-sgd-plain-leaky-batch-2', 'lane-score', lan(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.lanes-minmax-target-adam-dropout', 'lane-score', lan({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(60));
add('ok.tokens-adam-tanh', 'token-spend', tok(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.tokens-nesterov-relu-he-uniform', 'token-spend', tok(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', nest(0.01), tr(60));
add('ok.tokens-cents-rmsprop-elu', 'token-spend-cents', tok({ target: 'spend_cents' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.tokens-adam-bn-deep-val', 'token-spend', tok(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(60, 64, { validationSplit: 0.2 }));
add('ok.tokens-momentum-sigmoid-full-batch', 'token-spend', tok(), [d(16, 'sigmoid'), d(1)], 'mse', mom(0.3), tr(300, 950));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.1), tr(200, 150));
add('ok.moons-rmsprop-relu', 'arcade-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));
add('ok.moons-sgd-plain-tanh-batch-4', 'arcade-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 4));
add('ok.circles-adam-elu', 'ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-leaky-bn', 'ring-circles', CIRCLES, [d(32, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.spirals-adam-relu-deep', 'token-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-rmsprop-sigmoid', 'venue-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-adam-elu', 'shift-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(200, 16));
add('ok.sine-nesterov-tanh-batch-300', 'shift-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.1), tr(400, 300));
add('ok.xor-adam-tanh', 'two-lane-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-relu-xavier-uniform', 'two-lane-xor', XOR, [d(16, 'relu', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.pizza-inline-adam-tanh', 'pizza-deal', INLINE_PIZZA, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 20));
add('ok.pizza-inline-logistic-sgd-batch-1', 'pizza-deal', INLINE_PIZZA, [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 1));
add('ok.escape-nesterov-relu-decay', 'escape-minutes', esc(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.lanes-linear-adam-full-batch', 'lane-score', lan(), [d(1)], 'mse', adam(0.05), tr(200, 900));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
