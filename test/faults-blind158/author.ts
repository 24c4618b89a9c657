/**
 * Writes every candidate spec of blind fault set 158 (concert venues and ticketing) into
 * candidates/: `npx tsx test/faults-blind158/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 158, data, layers, loss, optimizer, training, ...extra };
}

const SF = ['days_before', 'capacity', 'price_usd', 'artist_followers', 'weekend', 'promo_spend_usd'];
const sales = (x: Json = {}): Json => ({ csv: '../data/sales.csv', target: 'capacity_pct', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['median_fan_age', 'peak_db', 'set_minutes', 'seated', 'merch_usd'];
const genre = (x: Json = {}): Json => ({ csv: '../data/genre.csv', target: 'genre', features: GF, normalize: 'standard', ...x });
const CF = ['presale_pct', 'days_to_show', 'tour_leg', 'outdoor', 'rain_mm', 'guarantee_usd'];
const cancel = (x: Json = {}): Json => ({ csv: '../data/cancel.csv', target: 'cancelled', features: CF, normalize: 'standard', ...x });
const BF = ['attendance', 'doors_open_h', 'mean_age', 'outdoor_temp_c', 'happy_hour', 'beer_price_usd'];
const bar = (x: Json = {}): Json => ({ csv: '../data/bar.csv', target: 'bar_revenue_usd', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const QF = ['scanners', 'arrivals_per_15min', 'bag_check', 'mobile_ticket_share'];
const queue = (x: Json = {}): Json => ({ csv: '../data/queue.csv', target: 'wait_min', features: QF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A promoter's notebook: presale percent and headliner's last-tour draw (thousands) -> second date added (1) or not (0).
const INLINE_SECOND_DATE = {
  inline: {
    x: [[92, 14], [40, 3], [85, 9], [30, 2], [97, 20], [55, 6], [75, 8], [20, 1], [88, 12], [60, 4], [99, 25], [35, 5], [80, 11], [45, 3], [93, 16], [25, 2], [70, 10], [50, 7], [95, 18], [38, 4]],
    y: [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.plain-sgd-1.9-full-batch-linear-sales', 'fill-rate', sales(), [d(1)], 'mse', sgd(1.9), tr(300, 1000));
add('oscillating-loss.momentum-0.995-0.02-full-batch-linear-bar', 'bar-revenue', bar(), [d(1)], 'mse', mom(0.02, 0.995), tr(400, 900));
add('oscillating-loss.nesterov-0.97-0.3-full-batch-logistic-cancel', 'cancellations', cancel(), [d(1, 'sigmoid')], 'bce', nest(0.3, 0.97), tr(300, 1200));
add('oscillating-loss.momentum-0.99-0.05-batch-128-tanh-queue', 'door-wait', queue(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 128));
add('oscillating-loss.rmsprop-0.05-full-batch-relu-sales', 'fill-rate', sales(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(300, 1000));
add('oscillating-loss.plain-sgd-1.0-batch-300-linear-queue', 'door-wait', queue(), [d(1)], 'mse', sgd(1.0), tr(200, 300));
add('oscillating-loss.momentum-0.95-0.1-full-batch-linear-sine', 'sine-demo', SINE, [d(1)], 'mse', mom(0.1, 0.95), tr(300, 250));
add('oscillating-loss.adam-0.05-batch-500-elu-bar', 'bar-revenue', bar(), [d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(200, 450));
add('oscillating-loss.nesterov-0.99-0.03-full-batch-linear-sales', 'fill-rate', sales(), [d(1)], 'mse', nest(0.03, 0.99), tr(500, 1000));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'fill-rate', sales(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'genre', genre(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'bar-revenue', bar(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'cancellations', cancel(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 0));
add('invalid-spec.units-zero-hidden', 'door-wait', queue(), [d(0, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-price-usd', 'fill-rate-na', sales({ csv: '../data/sales-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.venue-id-feature', 'fill-rate', sales({ features: ['venue_id', ...SF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('data-error.snapshot-ts-feature', 'fill-rate', sales({ features: ['snapshot_ts', ...SF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.ticket-price-typo', 'fill-rate', sales({ features: ['days_before', 'capacity', 'ticket_price', 'artist_followers', 'weekend', 'promo_spend_usd'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.gate-id-feature-queue', 'door-wait', queue({ features: ['gate_id', ...QF] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(50));
add('data-error.missing-ods-file', 'bar-revenue', bar({ csv: '../data/bar.ods' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.genre-four-heads-no-classical', 'genre', genre(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.pct-and-sold-one-output', 'fill-rate', sales({ target: ['capacity_pct', 'tickets_sold'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.iris-four-heads', 'iris-demo', IRIS, [d(16, 'elu'), d(4, 'softmax')], 'cce', mom(0.05, 0.9), tr(80, 16));
add('shape-mismatch.blobs4-three-heads', 'venue-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(60));

add('loss-activation-mismatch.tanh-head-bce-cancel', 'cancellations', cancel(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.softmax-one-unit-bce-second-date', 'second-date', INLINE_SECOND_DATE, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.sigmoid-head-standardized-bar', 'bar-revenue', bar(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-sales', 'fill-rate', sales(), [d(32, 'tanh'), d(1, 'relu')], 'mse', mom(0.02, 0.9), tr(80));
add('loss-activation-mismatch.linear-head-cce-genre', 'genre', genre(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));

add('no-nonlinearity.circles-linear-adam', 'ring-stage', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.xor-linear-momentum-full-batch', 'xor-demo', XOR, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.1, 0.9), tr(300, 300));
add('no-nonlinearity.spirals-linear-bn-rmsprop', 'spiral-stage', SPIRALS, [d(32, 'linear', { batchNorm: true }), d(32, 'linear', { batchNorm: true }), d(2, 'softmax')], 'cce', rms(0.003), tr(100));
add('no-nonlinearity.moons-linear-nesterov-batch-4', 'moons-demo', MOONS, [d(64), d(1, 'sigmoid')], 'bce', nest(0.01, 0.8), tr(80, 4));

add('lr-out-of-range.adam-lr-12-genre', 'genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(12), tr(50));
add('lr-out-of-range.nesterov-3e-9-bar', 'bar-revenue', bar(), [d(32, 'relu'), d(1)], 'mse', nest(3e-9), tr(60));
add('lr-out-of-range.rmsprop-lr-40-cancel', 'cancellations', cancel(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(40), tr(40));
add('lr-out-of-range.sgd-negative-queue', 'door-wait', queue(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-relu-full-batch-sgd-sales', 'fill-rate', sales(), [d(32, 'relu', init('zeros')), d(1, undefined, init('zeros'))], 'mse', sgd(0.1), tr(200, 1000));
add('init-symmetry.constant-0.3-sigmoid-genre', 'genre', genre(), [d(32, 'sigmoid', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', rms(0.003), tr(50));
add('init-symmetry.zeros-elu-momentum-0.7-moons', 'moons-demo', MOONS, [d(32, 'elu', init('zeros')), d(32, 'elu', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', mom(0.05, 0.7), tr(100, 16));
add('init-symmetry.zeros-tanh-adam-iris', 'iris-demo', IRIS, [d(16, 'tanh', init('zeros')), d(3, 'softmax', init('zeros'))], 'cce', adam(0.01), tr(100, 8));

add('init-scale.normal-std-8-sigmoid-cancel', 'cancellations', cancel(), [d(32, 'sigmoid', init('normal', { std: 8 })), d(1, 'sigmoid', init('normal', { std: 8 }))], 'bce', adam(0.003), tr(40));
add('init-scale.uniform-5-relu-bar', 'bar-revenue', bar(), [d(64, 'relu', init('uniform', { limit: 5 })), d(64, 'relu', init('uniform', { limit: 5 })), d(1, undefined, init('uniform', { limit: 5 }))], 'mse', mom(0.001, 0.9), tr(60));
add('init-scale.normal-1e-5-six-relu-genre', 'genre', genre(), [...tower(6, 32, 'relu', init('normal', { std: 1e-5 })), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('init-scale.normal-std-4-tanh-queue', 'door-wait', queue(), [d(32, 'tanh', init('normal', { std: 4 })), d(32, 'tanh', init('normal', { std: 4 })), d(1, undefined, init('normal', { std: 4 }))], 'mse', rms(0.001), tr(60));

add('dead-relu.bias-minus-8-wide-genre', 'genre', genre(), [d(128, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', mom(0.01, 0.9), tr(50));
add('dead-relu.bias-minus-4-three-layer-cancel', 'cancellations', cancel(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('dead-relu.bias-minus-6-full-batch-sgd-sine', 'sine-demo', SINE, [d(32, 'relu', { bias: -6 }), d(1)], 'mse', sgd(0.1), tr(300, 250));
add('dead-relu.momentum-0.9-lr-2-batch-16-sales', 'fill-rate', sales(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(2, 0.9), tr(60, 16));

add('exploding-gradient.raw-tickets-sold-target-adam', 'tickets-sold', sales({ target: 'tickets_sold', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('exploding-gradient.raw-features-merch-usd-momentum', 'genre', genre({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.01, 0.9), tr(50));
add('exploding-gradient.raw-wait-seconds-rmsprop', 'door-wait', queue({ target: 'wait_s', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(60));
add('exploding-gradient.raw-guarantee-usd-nesterov', 'cancellations', cancel({ normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('exploding-gradient.constant-1.5-deep-relu-bar', 'bar-revenue', bar(), [...tower(5, 32, 'relu', init('constant', { value: 1.5 })), d(1)], 'mse', adam(0.001), tr(40));

add('vanishing-gradient.nine-sigmoid-momentum-0.5-genre', 'genre', genre(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01, 0.5), tr(50));
add('vanishing-gradient.eight-tanh-std-0.02-cancel', 'cancellations', cancel(), [...tower(8, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('vanishing-gradient.ten-sigmoid-rmsprop-circles', 'ring-stage', CIRCLES, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));
add('vanishing-gradient.seven-sigmoid-full-batch-sgd-sales', 'fill-rate', sales(), [...tower(7, 32, 'sigmoid'), d(1)], 'mse', sgd(0.1), tr(300, 1000));

add('saturated-activation.tanh-raw-attendance-bar', 'bar-revenue', bar({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-10-genre', 'genre', genre(), [d(32, 'sigmoid', { bias: 10 }), d(32, 'sigmoid', { bias: 10 }), d(5, 'softmax')], 'cce', mom(0.01, 0.9), tr(50));
add('saturated-activation.sigmoid-raw-followers-sales', 'fill-rate', sales({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-raw-rain-guarantee-cancel', 'cancellations', cancel({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

// ---------------------------------------------------------------- training faults
add('nan-loss.plain-sgd-2.5-batch-1-sales', 'fill-rate', sales(), [d(32, 'relu'), d(1)], 'mse', sgd(2.5), tr(20, 1));
add('nan-loss.raw-bar-dollars-sgd', 'bar-revenue', bar({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(30));
add('nan-loss.nesterov-0.99-lr-1-full-batch-queue', 'door-wait', queue(), [d(32, 'relu'), d(1)], 'mse', nest(1, 0.99), tr(300, 900));
add('nan-loss.raw-wait-seconds-momentum-0.95-batch-8', 'door-wait', queue({ target: 'wait_s', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.005, 0.95), tr(40, 8));

add('lr-too-high.adam-0.3-batch-16-bar', 'bar-revenue', bar(), [d(64, 'relu'), d(1)], 'mse', adam(0.3), tr(80, 16));
add('lr-too-high.momentum-0.9-lr-0.5-batch-32-genre', 'genre', genre(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.5, 0.9), tr(60));
add('lr-too-high.rmsprop-0.05-batch-2-cancel', 'cancellations', cancel(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(30, 2));
add('lr-too-high.plain-sgd-1.5-full-batch-sales-deep', 'fill-rate', sales(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(1.5), tr(300, 1000));
add('lr-too-high.nesterov-0.95-lr-0.3-batch-8-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.3, 0.95), tr(80, 8));
add('lr-too-high.adam-0.1-batch-4-queue', 'door-wait', queue(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.1), tr(60, 4));

add('lr-too-low.plain-sgd-1e-5-full-batch-genre', 'genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1e-5), tr(300, 1000));
add('lr-too-low.adam-3e-7-sales', 'fill-rate', sales(), [d(32, 'relu'), d(1)], 'mse', adam(3e-7), tr(80));
add('lr-too-low.momentum-0.5-1e-5-cancel', 'cancellations', cancel(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1e-5, 0.5), tr(60));
add('lr-too-low.rmsprop-1e-6-batch-8-bar', 'bar-revenue', bar(), [d(32, 'elu'), d(1)], 'mse', rms(1e-6), tr(40, 8));
add('lr-too-low.nesterov-0.9-1e-5-full-batch-circles', 'ring-stage', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(1e-5, 0.9), tr(400, 300));

add('loss-plateau.box-office-window-only-genre', 'genre', genre({ features: ['box_office_window'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.booking-ref-only-cancel', 'cancellations', cancel({ features: ['booking_ref'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.gate-no-only-queue', 'door-wait', queue({ features: ['gate_no'] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-sales', 'fill-rate', sales(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-bar', 'bar-revenue', bar(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01, { clipNorm: 1e-7 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.sales-adam-relu', 'fill-rate', sales(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.sales-plain-sgd-full-batch-long', 'fill-rate', sales(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.1), tr(600, 1000));
add('ok.sales-momentum-0.5-batch-64', 'fill-rate', sales(), [d(32, 'elu'), d(1)], 'mse', mom(0.02, 0.5), tr(80, 64));
add('ok.sales-nesterov-full-batch-deep', 'fill-rate', sales(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.05, 0.9), tr(400, 1000));
add('ok.sales-rmsprop-bn-dropout-val', 'fill-rate', sales(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.sales-momentum-0.995-full-batch-long', 'fill-rate', sales(), [d(1)], 'mse', mom(0.002, 0.995), tr(500, 1000));
add('ok.sales-minmax-adam-batch-1', 'fill-rate', sales({ normalize: 'minmax' }), [d(16, 'tanh'), d(1)], 'mse', adam(0.0005), tr(10, 1));
add('ok.tickets-sold-target-standard-leaky', 'tickets-sold', sales({ target: 'tickets_sold' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.genre-adam-relu', 'genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.genre-momentum-0.8-batch-16', 'genre', genre(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02, 0.8), tr(60, 16));
add('ok.genre-nesterov-full-batch-long', 'genre', genre(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.2, 0.9), tr(400, 1000));
add('ok.genre-plain-sgd-full-batch', 'genre', genre(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.5), tr(500, 1000));
add('ok.genre-rmsprop-dropout-decay', 'genre', genre(), [d(64, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.001, { weightDecay: 1e-4 }), tr(50, 32, { validationSplit: 0.15 }));
add('ok.genre-minmax-sigmoid-hidden', 'genre', genre({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.01), tr(80, 64));
add('ok.cancel-adam-relu', 'cancellations', cancel(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.cancel-momentum-0.95-batch-128', 'cancellations', cancel(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.95), tr(100, 128));
add('ok.cancel-plain-sgd-full-batch-logistic-long', 'cancellations', cancel(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(500, 1200));
add('ok.cancel-rmsprop-elu-clip', 'cancellations', cancel(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.001, { clipNorm: 1 }), tr(40, 32, { validationSplit: 0.2 }));
add('ok.bar-adam-relu', 'bar-revenue', bar(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.bar-momentum-0.9-full-batch', 'bar-revenue', bar(), [d(32, 'relu'), d(1)], 'mse', mom(0.05, 0.9), tr(400, 900));
add('ok.bar-nesterov-0.99-batch-32', 'bar-revenue', bar(), [d(32, 'elu'), d(1)], 'mse', nest(0.002, 0.99), tr(80));
add('ok.bar-rmsprop-bn', 'bar-revenue', bar(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', rms(0.001), tr(60, 64));
add('ok.queue-adam-elu', 'door-wait', queue(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.queue-plain-sgd-batch-8', 'door-wait', queue(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.01), tr(60, 8));
add('ok.queue-momentum-0.7-full-batch-long', 'door-wait', queue(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.1, 0.7), tr(500, 900));
add('ok.queue-seconds-target-standard-rmsprop', 'door-wait', queue({ target: 'wait_s' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.moons-adam-tanh', 'moons-demo', MOONS, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-nesterov-full-batch-long', 'moons-demo', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.1, 0.9), tr(800, 300));
add('ok.circles-momentum-0.9-batch-16', 'ring-stage', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(150, 16));
add('ok.xor-rmsprop-elu', 'xor-demo', XOR, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.spirals-adam-deep', 'spiral-stage', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-plain-sgd-full-batch', 'venue-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.5), tr(300, 400));
add('ok.iris-momentum-0.99-batch-8', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.005, 0.99), tr(100, 8));
add('ok.iris-adam-batch-1', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(40, 1));
add('ok.sine-adam-tanh', 'sine-demo', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(300));
add('ok.sine-momentum-full-batch-wild-start', 'sine-demo', SINE, [d(64, 'tanh'), d(1)], 'mse', mom(0.3, 0.9), tr(800, 250));
add('ok.second-date-inline-sgd-batch-2', 'second-date', INLINE_SECOND_DATE, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(200, 2));
add('ok.sales-plain-sgd-full-batch-wild-start', 'fill-rate', sales(), [d(1)], 'mse', sgd(1.6), tr(300, 1000));
add('ok.bar-momentum-0.6-batch-4', 'bar-revenue', bar(), [d(16, 'relu'), d(1)], 'mse', mom(0.005, 0.6), tr(40, 4));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, file + '.nn.json'), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
