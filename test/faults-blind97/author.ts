/**
 * Writes every candidate spec of the ninety-seventh blind fault set (cinemas and film distribution)
 * into candidates/: `npx tsx test/faults-blind97/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: extra.seed ?? 97, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const SCR = ['show_hour', 'weekday', 'screen_seats', 'ticket_price_eur', 'weeks_since_release', 'is_3d', 'school_holiday', 'premiere_night'];
const adm = (extra: Json = {}): Json => ({ csv: '../data/screenings.csv', target: 'admissions', features: SCR, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const sold = (extra: Json = {}): Json => ({ csv: '../data/screenings.csv', target: 'sold_out_premiere', features: SCR, normalize: 'standard', ...extra });
const FILM = ['runtime_min', 'marketing_budget_usd', 'opening_screens', 'star_cast', 'critic_score', 'kids_share', 'is_sequel', 'trailer_views'];
const genre = (extra: Json = {}): Json => ({ csv: '../data/films.csv', target: 'genre', features: FILM, normalize: 'standard', ...extra });
const box = (extra: Json = {}): Json => ({ csv: '../data/films.csv', target: 'opening_box_office_usd', features: FILM, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const CON = ['party_size', 'kids_in_party', 'tickets_value_eur', 'runtime_min', 'evening_show', 'loyalty_member', 'minutes_before_show'];
const spend = (extra: Json = {}): Json => ({ csv: '../data/concessions.csv', target: 'concession_spend_eur', features: CON, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const SITE = ['screens', 'catchment_population', 'competitor_km', 'avg_ticket_price_eur', 'local_marketing_eur', 'blockbuster_releases', 'rain_mm', 'public_holiday'];
const occ = (extra: Json = {}): Json => ({ csv: '../data/sites.csv', target: 'occupancy_pct', features: SITE, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const oband = (extra: Json = {}): Json => ({ csv: '../data/sites.csv', target: 'occupancy_band', features: SITE, normalize: 'standard', ...extra });
const STR = ['runtime_min', 'usual_session_min', 'titles_watched', 'price_tier', 'critic_score'];
const done = (extra: Json = {}): Json => ({ csv: '../data/streaming.csv', target: 'completed', features: STR, normalize: 'standard', ...extra });
const rating = (extra: Json = {}): Json => ({ csv: '../data/streaming.csv', target: 'user_rating', features: STR, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const nes = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const MOONS = { builtin: 'moons', samples: 300, noise: 0.15 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adamw', 'box-office', box(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(80));
add('invalid-spec.loss-mae', 'concession-spend', spend(), [d(24, 'relu'), d(1)], 'mae', adam(0.003), tr(80));
add('invalid-spec.layer-batchnorm-standalone', 'admissions', adm(), [d(32), { type: 'batchnorm' }, d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.dropout-rate-percent', 'occupancy-band', oband(), [d(32, 'relu'), drop(20), d(3, 'softmax')], 'cce', adam(0.003), tr(80));

add('data-error.na-price-export', 'admissions-export', adm({ csv: '../data/screenings-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.release-date-feature', 'box-office', box({ features: ['release_date', ...FILM] }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.thousands-export', 'box-office-export', box({ csv: '../data/films-boxoffice-export.csv' }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.feature-typo-runtime', 'completion', done({ features: ['runtime', 'usual_session_min', 'titles_watched', 'price_tier', 'critic_score'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.downloads-absolute-path', 'occupancy', occ({ csv: '/home/camille/Downloads/sites.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.genre-head-four', 'film-genre', genre(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('shape-mismatch.soldout-two-sigmoid', 'sold-out-premiere', sold(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('shape-mismatch.two-targets-one-unit', 'screening-outcome', adm({ target: ['admissions', 'ticket_price_eur'], features: SCR.filter((f) => f !== 'ticket_price_eur') }), [d(24, 'tanh'), d(1)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.iris-head-two', 'genre-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'relu'), d(2, 'softmax')], 'cce', mom(0.05), tr(100, 16));

add('loss-activation-mismatch.linear-head-bce-soldout', 'sold-out-premiere', sold(), [d(16, 'relu'), d(1)], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-cce-genre', 'film-genre', genre(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(80));
add('loss-activation-mismatch.softmax-one-unit-bce-completion', 'completion', done(), [d(24, 'relu'), d(24, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-rating', 'user-rating', rating(), [d(24, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-sigmoid-spend', 'concession-spend', spend(), [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-elu-genre', 'film-genre', genre(), [d(32, 'elu', init('constant', { value: 0.05 })), d(5, 'softmax', init('constant', { value: 0.05 }))], 'cce', rms(0.002), tr(80));
add('init-symmetry.constant-batchnorm-rating', 'user-rating', rating(), [d(24, 'relu', { batchNorm: true, ...init('constant', { value: 0.2 }) }), d(12, 'relu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', adam(0.003), tr(80));

add('init-scale.normal-std-one-wide-relu', 'box-office', box(), [d(128, 'relu', init('normal', { std: 1 })), d(128, 'relu', init('normal', { std: 1 })), d(128, 'relu', init('normal', { std: 1 })), d(1, 'linear', init('normal', { std: 1 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-limit-two-tanh', 'occupancy-band', oband(), [d(32, 'tanh', init('uniform', { limit: 2 })), d(32, 'tanh', init('uniform', { limit: 2 })), d(3, 'softmax')], 'cce', mom(0.01), tr(80));
add('init-scale.normal-tiny-deep-relu', 'concession-spend', spend(), [d(32, 'relu', init('normal', { std: 0.001 })), d(32, 'relu', init('normal', { std: 0.001 })), d(32, 'relu', init('normal', { std: 0.001 })), d(32, 'relu', init('normal', { std: 0.001 })), d(1, 'linear', init('normal', { std: 0.001 }))], 'mse', sgd(0.01), tr(80));
add('init-scale.normal-std-two-elu', 'user-rating', rating(), [d(64, 'elu', init('normal', { std: 2 })), d(64, 'elu', init('normal', { std: 2 })), d(1)], 'mse', rms(0.001), tr(80));

add('no-nonlinearity.moons-audience-linear', 'audience-split', MOONS, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.sine-weekly-cycle-linear', 'weekly-cycle', SINE, [d(32, 'linear'), d(32, 'linear'), d(1)], 'mse', adam(0.005), tr(200));
add('no-nonlinearity.completion-linear-stack', 'completion', done(), [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(100));

add('lr-out-of-range.rmsprop-ten', 'occupancy', occ(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(10), tr(80));
add('lr-out-of-range.nesterov-hundred', 'film-genre', genre(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', nes(100), tr(80));
add('lr-out-of-range.adam-negative', 'concession-spend', spend(), [d(24, 'relu'), d(1)], 'mse', adam(-0.001), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.bias-minus-three-narrow-deep', 'admissions', adm(), [d(6, 'relu', { bias: -3 }), d(6, 'relu', { bias: -3 }), d(6, 'relu', { bias: -3 }), d(1)], 'mse', rms(0.001), tr(80));
add('dead-relu.momentum-high-box', 'box-office', box(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.3, 0.9), tr(80));
add('dead-relu.adam-half-spend', 'concession-spend', spend(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.5), tr(80));
add('dead-relu.constant-negative-init-occupancy', 'occupancy', occ(), [d(32, 'relu', init('constant', { value: -0.2 })), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('exploding-gradient.raw-budget-rmsprop', 'box-office-raw-features', box({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.01), tr(60));
add('exploding-gradient.deep-elu-normal-sgd', 'occupancy', occ(), [d(48, 'elu', init('normal', { std: 0.7 })), d(48, 'elu', init('normal', { std: 0.7 })), d(48, 'elu', init('normal', { std: 0.7 })), d(48, 'elu', init('normal', { std: 0.7 })), d(48, 'elu', init('normal', { std: 0.7 })), d(1)], 'mse', sgd(0.0005), tr(60));
add('exploding-gradient.raw-population-adam', 'occupancy-raw-features', occ({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.raw-target-box-clipless', 'box-office-raw-target', box({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(60));

add('vanishing-gradient.tanh-normal-default-tower', 'concession-spend', spend(), [d(24, 'tanh', { init: 'normal' }), d(24, 'tanh', { init: 'normal' }), d(24, 'tanh', { init: 'normal' }), d(24, 'tanh', { init: 'normal' }), d(24, 'tanh', { init: 'normal' }), d(24, 'tanh', { init: 'normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('vanishing-gradient.sigmoid-tower-rmsprop-genre', 'film-genre', genre(), [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.0003), tr(60));
add('vanishing-gradient.sigmoid-narrow-deep-occupancy', 'occupancy', occ(), [d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(80));
add('vanishing-gradient.sigmoid-tower-soldout', 'sold-out-premiere', sold(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', nes(0.01), tr(60));

add('nan-loss.momentum-raw-box-target', 'box-office-raw', box({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.001, 0.9), tr(60));
add('nan-loss.nesterov-raw-population', 'occupancy-raw-features', occ({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', nes(0.01), tr(60));
add('nan-loss.sgd-three-batch-two-rating', 'user-rating', rating(), [d(16, 'relu'), d(1)], 'mse', sgd(3), tr(40, 2));

add('saturated-activation.tanh-raw-timestamp', 'admissions-with-timestamp', adm({ features: ['show_ts', ...SCR], normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-eight-occupancy', 'occupancy', occ(), [d(24, 'sigmoid', { bias: 8 }), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.sigmoid-raw-seats-soldout', 'sold-out-premiere-raw', sold({ normalize: 'none' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('saturated-activation.tanh-bias-minus-six-spend', 'concession-spend', spend(), [d(24, 'tanh', { bias: -6 }), d(12, 'tanh', { bias: -6 }), d(1)], 'mse', mom(0.01), tr(80));

add('lr-too-high.sgd-plain-two-oband', 'occupancy-band', oband(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(2), tr(80, 32));
add('lr-too-high.adam-0.08-batch-4-rating', 'user-rating', rating(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.08), tr(60, 4));
add('lr-too-high.momentum-0.3-tanh-spend', 'concession-spend', spend(), [d(24, 'tanh'), d(1)], 'mse', mom(0.3, 0.9), tr(80, 16));
add('lr-too-high.rmsprop-0.05-batch-8-genre', 'film-genre', genre(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(80, 8));
add('lr-too-high.nesterov-0.5-completion', 'completion', done(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nes(0.5, 0.9), tr(80, 16));

add('lr-too-low.adam-1e-5-short-rating', 'user-rating', rating(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.00001), tr(40));
add('lr-too-low.sgd-1e-4-full-batch-occupancy', 'occupancy', occ(), [d(24, 'relu'), d(1)], 'mse', sgd(0.0001), tr(100, 560));
add('lr-too-low.nesterov-1e-5-genre', 'film-genre', genre(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nes(0.00001), tr(60));
add('lr-too-low.rmsprop-3e-6-batch-128-spend', 'concession-spend', spend(), [d(32, 'tanh'), d(1)], 'mse', rms(0.000003), tr(80, 128));

add('oscillating-loss.momentum-0.95-batch-256-admissions', 'admissions', adm(), [d(24, 'tanh'), d(1)], 'mse', mom(0.1, 0.95), tr(120, 256));
add('oscillating-loss.rmsprop-full-batch-spend', 'concession-spend', spend(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(120, 700));
add('oscillating-loss.nesterov-0.99-half-batch-rating', 'user-rating', rating(), [d(24, 'elu'), d(1)], 'mse', nes(0.05, 0.99), tr(120, 400));

add('loss-plateau.user-id-only-rating', 'user-rating', rating({ features: ['user_id'] }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.adam-weight-decay-half-oband', 'occupancy-band', oband(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003, { weightDecay: 0.5 }), tr(80));
add('loss-plateau.dropout-0.95-completion', 'completion', done(), [d(16, 'relu'), drop(0.95), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));
add('loss-plateau.release-ts-only-genre', 'film-genre', genre({ features: ['release_ts', 'tmdb_id'] }), [d(24, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));

// ---------------------------------------------------------------- healthy candidates
add('ok.admissions-adam-relu', 'admissions', adm(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.admissions-nesterov-tanh-minmax', 'admissions', adm({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'tanh'), d(1)], 'mse', nes(0.05, 0.9), tr(120, 16));
add('ok.admissions-batchnorm-elu-val', 'admissions', adm(), [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.admissions-sgd-batch-one', 'admissions', adm(), [d(16, 'relu'), d(1)], 'mse', sgd(0.002), tr(30, 1));
add('ok.soldout-adam-relu', 'sold-out-premiere', sold(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.soldout-rmsprop-tanh-clipnorm', 'sold-out-premiere', sold(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003, { clipNorm: 2 }), tr(100, 64));
add('ok.soldout-full-batch-leaky', 'sold-out-premiere', sold(), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 900));
add('ok.genre-adam-relu', 'film-genre', genre(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(120));
add('ok.genre-momentum-tanh-dropout', 'film-genre', genre(), [d(48, 'tanh'), drop(0.15), d(5, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.genre-rmsprop-elu-batch-8', 'film-genre', genre(), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.001), tr(100, 8));
add('ok.genre-sigmoid-xavier-full-batch', 'film-genre', genre(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', adam(0.02), tr(300, 640));
add('ok.box-adam-relu', 'box-office', box(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.box-sgd-he-uniform-batch-16', 'box-office', box(), [d(32, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.02), tr(150, 16));
add('ok.box-rmsprop-leaky-decay', 'box-office', box(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.001, { weightDecay: 0.0001 }), tr(120));
add('ok.box-minmax-adam-elu', 'box-office', box({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(1)], 'mse', adam(0.005), tr(150));
add('ok.spend-adam-relu', 'concession-spend', spend(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.spend-momentum-tanh', 'concession-spend', spend(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.spend-batch-4-sgd-decay', 'concession-spend', spend(), [d(16, 'relu'), d(1)], 'mse', sgd(0.005, { weightDecay: 0.0001 }), tr(40, 4));
add('ok.spend-lecun-selu-like-elu', 'concession-spend', spend(), [d(32, 'elu', { init: 'lecun_normal' }), d(16, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.001), tr(100));
add('ok.occupancy-adam-relu', 'occupancy', occ(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.occupancy-batchnorm-dropout-val', 'occupancy', occ(), [d(32, 'relu', { batchNorm: true }), drop(0.1), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120, 32, { validationSplit: 0.15 }));
add('ok.occupancy-full-batch-rmsprop-small', 'occupancy', occ(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(300, 560));
add('ok.occupancy-clipnorm-sgd', 'occupancy', occ(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.oband-adam-relu', 'occupancy-band', oband(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(150));
add('ok.oband-nesterov-elu', 'occupancy-band', oband(), [d(32, 'elu'), d(3, 'softmax')], 'cce', nes(0.02, 0.9), tr(150));
add('ok.oband-rmsprop-dropout-batch-16', 'occupancy-band', oband(), [d(48, 'relu'), drop(0.2), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.completion-adam-relu', 'completion', done(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150));
add('ok.completion-rmsprop-tanh', 'completion', done(), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('ok.completion-he-normal-leaky-val', 'completion', done(), [d(24, 'leaky_relu', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120, 64, { validationSplit: 0.2 }));
add('ok.rating-adam-relu', 'user-rating', rating(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.rating-momentum-sigmoid-minmax', 'user-rating', rating({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(1)], 'mse', mom(0.1, 0.9), tr(150, 16));
add('ok.rating-full-batch-adam-tanh', 'user-rating', rating(), [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 800));
add('ok.iris-genre-demo', 'genre-demo', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 8));
add('ok.moons-audience-split', 'audience-split', MOONS, [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-catchment-ring', 'catchment-ring', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 16));
add('ok.blobs-audience-segments', 'audience-segments', { builtin: 'blobs', samples: 400, classes: 5 }, [d(16, 'elu'), d(5, 'softmax')], 'cce', mom(0.05, 0.9), tr(100));
add('ok.sine-weekly-cycle', 'weekly-cycle', SINE, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-matinee-pattern', 'matinee-pattern', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nes(0.1, 0.9), tr(200, 16));
add('ok.spirals-lobby-flow', 'lobby-flow', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 2 }, [d(48, 'relu'), d(48, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-festival-pilot', 'festival-pilot', { inline: { x: [[1, 120], [2, 120], [3, 120], [4, 120], [1, 300], [2, 300], [3, 300], [4, 300], [1, 450], [2, 450], [3, 450], [4, 450]], y: [80, 66, 51, 40, 190, 161, 130, 101, 280, 240, 196, 150] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));

// ---------------------------------------------------------------- second round (after the first observation)
add('shape-mismatch.rating-five-star-units', 'user-rating', rating(), [d(24, 'relu'), d(5)], 'mse', adam(0.003), tr(80));
add('exploding-gradient.raw-trailer-views-genre', 'film-genre-raw-features', genre({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(60));
add('exploding-gradient.raw-catchment-rmsprop-oband', 'occupancy-band-raw-features', oband({ normalize: 'none' }), [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));
add('lr-too-high.momentum-0.8-elu-genre', 'film-genre', genre(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.8, 0.9), tr(80, 32));
add('lr-too-high.sgd-plain-five-soldout', 'sold-out-premiere', sold(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(5), tr(60, 32));
add('lr-too-high.rmsprop-0.1-tanh-occupancy', 'occupancy', occ(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(80, 32));
add('oscillating-loss.nesterov-0.98-full-batch-occupancy', 'occupancy', occ(), [d(24, 'relu'), d(1)], 'mse', nes(0.1, 0.98), tr(150, 560));

// ---------------------------------------------------------------- third round (oscillation, after the curves)
add('oscillating-loss.rmsprop-0.05-batch-128-occupancy', 'occupancy', occ(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 128));
add('oscillating-loss.rmsprop-0.03-batch-256-genre', 'film-genre', genre(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', rms(0.03), tr(100, 256));
add('oscillating-loss.adam-0.3-batch-256-oband', 'occupancy-band', oband(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.3), tr(100, 256));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
