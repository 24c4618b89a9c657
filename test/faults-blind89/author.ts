/**
 * Writes every candidate spec of the eighty-ninth blind fault set into candidates/:
 * `npx tsx test/faults-blind89/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
 * specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: extra.seed ?? 89, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const SHOW = ['capacity', 'face_price_usd', 'artist_score', 'presale_pct', 'days_before_show', 'weekend', 'marketing_spend_usd'];
const sell = (extra: Json = {}): Json => ({ csv: '../data/shows.csv', target: 'sell_through_pct', features: SHOW, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const soldout = (extra: Json = {}): Json => ({ csv: '../data/shows.csv', target: 'sold_out', features: SHOW, normalize: 'standard', ...extra });
const ATT = ['median_age', 'avg_price_usd', 'days_booked_ahead', 'comp_tickets', 'shows_per_week', 'rain_mm'];
const noshow = (extra: Json = {}): Json => ({ csv: '../data/attendance.csv', target: 'no_show_pct', features: ATT, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const nsband = (extra: Json = {}): Json => ({ csv: '../data/attendance.csv', target: 'no_show_band', features: ATT, normalize: 'standard', ...extra });
const BOX = ['metro_pop', 'box_office_staff', 'ushers', 'open_nights', 'promo_index', 'competing_events', 'parking'];
const box = (extra: Json = {}): Json => ({ csv: '../data/boxoffice.csv', target: 'tickets_sold_week', features: BOX, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const RES = ['face_price_usd', 'resale_price_usd', 'markup_pct', 'seats_in_listing', 'show_length_min', 'days_before_show', 'age_limit'];
const genre = (extra: Json = {}): Json => ({ csv: '../data/resale.csv', target: 'genre', features: RES, normalize: 'standard', ...extra });
const TOUR = ['markets', 'registered_fans', 'presale_signups_per_day', 'tickets_held', 'days_to_show', 'load_in_hours', 'production_cost_usd'];
const tsold = (extra: Json = {}): Json => ({ csv: '../data/tours.csv', target: 'tickets_sold', features: TOUR, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const outcome = (extra: Json = {}): Json => ({ csv: '../data/tours.csv', target: 'outcome', features: TOUR, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adagrad', 'sell-through', sell(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(80));
add('invalid-spec.activation-gelu', 'genre-from-listing', genre(), [d(32, 'gelu'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.loss-huber', 'no-show-rate', noshow(), [d(16, 'relu'), d(1)], 'huber', adam(0.003), tr(80));

add('data-error.csv-filename-show', 'sell-through', sell({ csv: '../data/show.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-capacity', 'sell-through-export', sell({ csv: '../data/shows-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.show-id-as-feature', 'sold-out-flag', soldout({ features: ['show_id', ...SHOW] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.target-genres-typo', 'genre-from-listing', genre({ target: 'genres' }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));

add('shape-mismatch.genre-head-three', 'genre-from-listing', genre(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.no-show-band-head-two', 'no-show-band', nsband(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.box-office-head-two-units', 'weekly-box-office', box(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.outcome-softmax-four', 'tour-outcome', outcome(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', rms(0.003), tr(80));

add('loss-activation-mismatch.tanh-head-bce-sold-out', 'sold-out-flag', soldout(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-box-office', 'weekly-box-office', box(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.relu-head-cce-genre', 'genre-from-listing', genre(), [d(24, 'relu'), d(4, 'relu')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-single-unit-tickets', 'tour-tickets', tsold(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-sell-through', 'sell-through', sell(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-no-show-band', 'no-show-band', nsband(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));
add('init-symmetry.zeros-elu-genre', 'genre-from-listing', genre(), [d(32, 'elu', { init: 'zeros' }), d(16, 'elu', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', adam(0.005), tr(80));

add('init-scale.normal-std-four-no-show', 'no-show-rate', noshow(), [d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-box', 'weekly-box-office', box(), [d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(1)], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-five-outcome', 'tour-outcome', outcome(), [d(64, 'relu', init('normal', { std: 5 })), d(64, 'relu', init('normal', { std: 5 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));

add('no-nonlinearity.linear-hidden-no-show-band', 'no-show-band', nsband(), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', adam(0.005), tr(100));
add('no-nonlinearity.xor-seat-pairing-linear', 'seat-pairing-check', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.activation-omitted-no-show', 'no-show-rate', noshow(), [d(32), d(16), d(1)], 'mse', adam(0.003), tr(100));

add('lr-out-of-range.adam-five', 'tour-tickets', tsold(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(5), tr(80));
add('lr-out-of-range.sgd-lr-forty', 'sold-out-flag', soldout(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(40), tr(60));
add('lr-out-of-range.rmsprop-negative', 'no-show-band', nsband(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(-0.002), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-sell-through', 'sell-through', sell(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-spend-sgd-sold-out', 'sold-out-raw', soldout({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('dead-relu.rmsprop-high-box', 'weekly-box-office', box(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.bias-minus-eight-band', 'no-show-band', nsband(), [d(32, 'relu', { bias: -8 }), d(16, 'relu', { bias: -8 }), d(3, 'softmax')], 'cce', adam(0.002), tr(80));
add('dead-relu.bias-minus-three-tickets', 'tour-tickets', tsold(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(1)], 'mse', mom(0.005), tr(80));

add('exploding-gradient.deep-relu-normal-wide', 'no-show-rate', noshow(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-spend-adam', 'sell-through-raw', sell({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(80));
add('exploding-gradient.raw-metro-pop-features', 'box-office-raw-features', box({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.raw-production-cost-features', 'tour-tickets-raw-features', tsold({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));

add('vanishing-gradient.deep-sigmoid-sold-out', 'sold-out-flag', soldout(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-sell-through', 'sell-through', sell(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));
add('vanishing-gradient.sigmoid-tower-outcome', 'tour-outcome', outcome(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.03), tr(80));

add('nan-loss.sgd-raw-tickets', 'tour-tickets-raw', tsold({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-batch-one-no-show', 'no-show-rate', noshow(), [d(16, 'relu'), d(1)], 'mse', sgd(0.4), tr(40, 1));
add('nan-loss.momentum-0.99-box', 'weekly-box-office', box(), [d(24, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(80, 16));
add('nan-loss.sgd-raw-tickets-per-week', 'box-office-raw', box({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.02), tr(60));

add('lr-too-high.adam-0.1-genre', 'genre-from-listing', genre(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-band', 'no-show-band', nsband(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-outcome', 'tour-outcome', outcome(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.adam-0.1-outcome', 'tour-outcome', outcome(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-1-sold-out', 'sold-out-flag', soldout(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(60, 16));

add('lr-too-low.sgd-1e-5-sell-through', 'sell-through', sell(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-genre', 'genre-from-listing', genre(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-tickets', 'tour-tickets', tsold(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-band', 'no-show-band', nsband(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-spend', 'sold-out-raw', soldout({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-held-outcome', 'tour-outcome-raw', outcome({ normalize: 'none' }), [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-metro-pop-box', 'box-office-raw-features', box({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-comps', 'no-show-raw-features', noshow({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-resale-genre', 'genre-raw', genre({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'crowd-flow-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-band', 'no-show-band', nsband(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.venue-and-week-only', 'weekly-box-office', box({ features: ['venue_id', 'week_ts'] }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.promoter-constant-only', 'sold-out-flag', soldout({ features: ['promoter_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('loss-plateau.weight-decay-two-tickets', 'tour-tickets', tsold(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003, { weightDecay: 2 }), tr(80));

add('oscillating-loss.rmsprop-full-batch-sell-through', 'sell-through', sell(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 720));
add('oscillating-loss.rmsprop-full-batch-no-show', 'no-show-rate', noshow(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 640));
add('oscillating-loss.rmsprop-full-batch-box', 'weekly-box-office', box(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 460));
add('oscillating-loss.rmsprop-full-batch-tickets', 'tour-tickets', tsold(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 500));
add('oscillating-loss.adam-full-batch-tickets', 'tour-tickets', tsold(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.08), tr(100, 500));

// ---------------------------------------------------------------- healthy candidates
add('ok.sell-through-adam-relu', 'sell-through', sell(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.sell-through-rmsprop-elu-minmax', 'sell-through', sell({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.sell-through-momentum-tanh', 'sell-through', sell(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.sell-through-batchnorm-leaky-val', 'sell-through', sell(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 64, { validationSplit: 0.2 }));
add('ok.sold-out-adam-relu', 'sold-out-flag', soldout(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.sold-out-rmsprop-tanh', 'sold-out-flag', soldout(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.sold-out-nesterov-elu', 'sold-out-flag', soldout(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { nesterov: true }), tr(120));
add('ok.no-show-adam-relu', 'no-show-rate', noshow(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.no-show-sgd-batch-one', 'no-show-rate', noshow(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.no-show-weight-decay-batchnorm-val', 'no-show-rate', noshow(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 64, { validationSplit: 0.15 }));
add('ok.no-show-rmsprop-leaky-minmax', 'no-show-rate', noshow({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.band-adam-relu', 'no-show-band', nsband(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.band-momentum-tanh', 'no-show-band', nsband(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.band-rmsprop-elu-val', 'no-show-band', nsband(), [d(24, 'elu'), d(3, 'softmax')], 'cce', rms(0.005, { weightDecay: 0.001 }), tr(150, 32, { validationSplit: 0.2 }));
add('ok.band-minmax-leaky', 'no-show-band', nsband({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.box-adam-relu', 'weekly-box-office', box(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.box-rmsprop-elu', 'weekly-box-office', box(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.box-momentum-tanh', 'weekly-box-office', box(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.box-adam-batch-8-decay', 'weekly-box-office', box(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.genre-adam-relu', 'genre-from-listing', genre(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.genre-rmsprop-tanh-dropout', 'genre-from-listing', genre(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.genre-nesterov-elu', 'genre-from-listing', genre(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.genre-full-batch-adam', 'genre-from-listing', genre(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 600));
add('ok.tickets-adam-relu', 'tour-tickets', tsold(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.tickets-rmsprop-tanh', 'tour-tickets', tsold(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.tickets-he-uniform-sgd', 'tour-tickets', tsold(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.tickets-clipnorm-sgd', 'tour-tickets', tsold(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.outcome-adam-relu', 'tour-outcome', outcome(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.outcome-momentum-elu', 'tour-outcome', outcome(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.outcome-rmsprop-dropout', 'tour-outcome', outcome(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.outcome-sigmoid-adam', 'tour-outcome', outcome(), [d(32, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.iris-lecun-tanh-momentum', 'festival-flower-stall-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-crowd-split', 'crowd-split', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-stage-zone', 'stage-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-seating-sections', 'seating-sections', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-seasonal-attendance', 'seasonal-attendance', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-seat-pairing', 'seat-pairing-check', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-crowd-flow-routing', 'crowd-flow-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.inline-matinee-pilot', 'matinee-pilot', { inline: { x: [[50, 1], [100, 1], [150, 1], [200, 1], [250, 1], [50, 2], [100, 2], [150, 2], [200, 2], [250, 2], [120, 3], [220, 3]], y: [42, 61, 83, 102, 124, 59, 80, 101, 122, 140, 98, 149] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
