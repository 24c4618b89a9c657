/**
 * Writes every candidate spec of the eighty-seventh blind fault set into candidates/:
 * `npx tsx test/faults-blind87/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: extra.seed ?? 87, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const PLAYER_F = ['level', 'sessions_7d', 'avg_session_sec', 'spend_usd', 'friends', 'guild_member', 'days_since_login'];
const minutes = (extra: Json = {}): Json => ({ csv: '../data/players.csv', target: 'minutes_next_week', features: PLAYER_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const churn = (extra: Json = {}): Json => ({ csv: '../data/players.csv', target: 'churned', features: PLAYER_F, normalize: 'standard', ...extra });
const MATCH_F = ['avg_ping_ms', 'kills_15', 'deaths_15', 'assists_15', 'gold_diff_15', 'towers_15', 'dragons_15', 'duration_sec'];
const win = (extra: Json = {}): Json => ({ csv: '../data/matches.csv', target: 'blue_win', features: MATCH_F, normalize: 'standard', ...extra });
const HERO_F = ['player_mmr', 'games_on_hero', 'damage_per_min', 'healing_per_min', 'damage_taken_per_min', 'gold_per_min', 'wards_placed', 'cs_per_min'];
const role = (extra: Json = {}): Json => ({ csv: '../data/heroes.csv', target: 'role', features: HERO_F, normalize: 'standard', ...extra });
const SERVER_F = ['concurrent_players', 'tick_rate', 'cpu_pct', 'packet_loss_pct', 'distance_km'];
const ping = (extra: Json = {}): Json => ({ csv: '../data/servers.csv', target: 'avg_ping_ms', features: SERVER_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const STORE_F = ['price_gems', 'discount_pct', 'bundle_items', 'limited_time', 'featured', 'impressions'];
const conv = (extra: Json = {}): Json => ({ csv: '../data/store.csv', target: 'conversion_pct', features: STORE_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const tier = (extra: Json = {}): Json => ({ csv: '../data/store.csv', target: 'tier', features: STORE_F, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const nest = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adamw', 'churn-model', churn(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.003 }, tr(60));
add('invalid-spec.activation-softplus', 'role-classifier', role(), [d(32, 'softplus'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.dropout-rate-one-and-half', 'ping-model', ping(), [d(32, 'relu'), drop(1.5), d(1)], 'mse', adam(0.003), tr(80));

add('data-error.csv-filename-player-export', 'playtime-forecast', minutes({ csv: '../data/player_export.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-spend-usd', 'playtime-forecast-export', minutes({ csv: '../data/players-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.feature-gold-diff-at-15', 'match-win', win({ features: ['avg_ping_ms', 'kills_15', 'deaths_15', 'assists_15', 'gold_diff_at_15', 'towers_15', 'dragons_15', 'duration_sec'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.match-id-as-feature', 'match-win', win({ features: ['match_id', ...MATCH_F] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('shape-mismatch.role-head-three', 'role-classifier', role(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.tier-head-two', 'store-tier', tier(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.ping-head-two-units', 'ping-model', ping(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));

add('loss-activation-mismatch.sigmoid-head-minutes', 'playtime-forecast', minutes(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.role-sigmoid-head-cce', 'role-classifier', role(), [d(32, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.tier-linear-head-cce', 'store-tier', tier(), [d(24, 'relu'), d(3)], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.churn-tanh-head-bce', 'churn-model', churn(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));

add('init-symmetry.zeros-relu-ping', 'ping-model', ping(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-tanh-role-all', 'role-classifier', role(), [d(32, 'tanh', init('constant', { value: 0.2 })), d(16, 'tanh', init('constant', { value: 0.2 })), d(4, 'softmax', init('constant', { value: 0.2 }))], 'cce', adam(0.005), tr(80));
add('init-symmetry.zeros-all-win', 'match-win', win(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.02), tr(60));
add('init-symmetry.constant-leaky-conversion', 'conversion-model', conv(), [d(24, 'leaky_relu', init('constant', { value: 0.05 })), d(12, 'leaky_relu', init('constant', { value: 0.05 })), d(1, 'linear', init('constant', { value: 0.05 }))], 'mse', rms(0.002), tr(100));

add('init-scale.normal-std-four-minutes', 'playtime-forecast', minutes(), [d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-churn', 'churn-model', churn(), [d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('init-scale.normal-std-ten-tanh-role', 'role-classifier', role(), [d(64, 'tanh', init('normal', { std: 10 })), d(64, 'tanh', init('normal', { std: 10 })), d(4, 'softmax')], 'cce', sgd(0.01), tr(80));
add('init-scale.normal-std-three-elu-ping', 'ping-model', ping(), [d(48, 'elu', init('normal', { std: 3 })), d(48, 'elu', init('normal', { std: 3 })), d(1)], 'mse', rms(0.001), tr(80));

add('no-nonlinearity.xor-loot-split-linear', 'loot-split', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.circles-safe-zone-linear', 'safe-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16), d(8), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('no-nonlinearity.activation-omitted-minutes', 'playtime-forecast', minutes(), [d(32), d(16), d(1)], 'mse', adam(0.003), tr(100));
add('no-nonlinearity.linear-hidden-conversion', 'conversion-model', conv(), [d(24, 'linear'), d(12, 'linear'), d(1)], 'mse', adam(0.003), tr(100));

add('lr-out-of-range.adam-five', 'ping-model', ping(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(5), tr(80));
add('lr-out-of-range.sgd-fifty', 'match-win', win(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(50), tr(60));
add('lr-out-of-range.rmsprop-two', 'store-tier', tier(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(2), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.bias-minus-six-minutes', 'playtime-forecast', minutes(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-impressions-sgd', 'conversion-raw', conv({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));
add('dead-relu.rmsprop-high-ping', 'ping-model', ping(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.5), tr(80));
add('dead-relu.bias-minus-four-churn', 'churn-model', churn(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', adam(0.002), tr(60));
add('dead-relu.bias-minus-five-tier', 'store-tier', tier(), [d(32, 'relu', { bias: -5 }), d(3, 'softmax')], 'cce', rms(0.002), tr(80));

add('exploding-gradient.raw-minutes-target', 'playtime-raw', minutes({ normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.raw-ping-raw-features', 'ping-raw', ping({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'conversion-model', conv(), [d(48, 'relu', init('normal', { std: 0.7 })), d(48, 'relu', init('normal', { std: 0.7 })), d(48, 'relu', init('normal', { std: 0.7 })), d(48, 'relu', init('normal', { std: 0.7 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-revenue-feature-adam', 'conversion-raw', conv({ normalize: 'none', features: ['price_gems', 'discount_pct', 'bundle_items', 'featured', 'revenue_gems'] }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(80));
add('exploding-gradient.raw-purchases-target', 'purchases-raw', { csv: '../data/store.csv', target: 'purchases', features: STORE_F, normalize: 'standard' }, [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(60));

add('vanishing-gradient.deep-sigmoid-churn', 'churn-model', churn(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-role', 'role-classifier', role(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-win', 'match-win', win(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));

add('nan-loss.sgd-batch-one-ping', 'ping-model', ping(), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 1));
add('nan-loss.momentum-0.99-conversion', 'conversion-model', conv(), [d(24, 'relu'), d(1)], 'mse', mom(0.2, 0.99), tr(80, 16));
add('nan-loss.sgd-raw-revenue-target', 'revenue-raw', { csv: '../data/store.csv', target: 'revenue_gems', features: STORE_F, normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.adam-0.2-role', 'role-classifier', role(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.2), tr(80, 16));
add('lr-too-high.momentum-0.6-tier', 'store-tier', tier(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.6, 0.9), tr(80, 16));
add('lr-too-high.nesterov-1-win-tanh', 'match-win', win(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(1, 0.9), tr(60, 16));
add('lr-too-high.rmsprop-0.2-tier', 'store-tier', tier(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.2), tr(80, 16));
add('lr-too-high.sgd-4-role-sigmoid', 'role-classifier', role(), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(4), tr(80, 16));
add('lr-too-high.adam-0.3-churn', 'churn-model', churn(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(60, 16));

add('lr-too-low.sgd-1e-6-minutes', 'playtime-forecast', minutes(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.000001), tr(60));
add('lr-too-low.adam-5e-7-role', 'role-classifier', role(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.0000005), tr(60));
add('lr-too-low.rmsprop-1e-6-win', 'match-win', win(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(60));
add('lr-too-low.nesterov-1e-6-ping', 'ping-model', ping(), [d(24, 'elu'), d(1)], 'mse', nest(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-session-seconds-churn', 'churn-raw', churn({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-gold-diff-win', 'match-win-raw', win({ normalize: 'none' }), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('saturated-activation.tanh-raw-hero-stats-role', 'role-raw', role({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-ccu-ping', 'ping-raw-features', ping({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-impressions-tier', 'store-tier-raw', tier({ normalize: 'none' }), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.003), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'lane-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(1, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-two-role', 'role-classifier', role(), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05, { weightDecay: 2 }), tr(80));
add('loss-plateau.install-ts-and-platform-only', 'playtime-forecast', minutes({ features: ['install_ts', 'platform_id'] }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.season-constant-only', 'match-win', win({ features: ['season'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('oscillating-loss.rmsprop-full-batch-minutes', 'playtime-forecast', minutes(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 720));
add('oscillating-loss.rmsprop-full-batch-ping', 'ping-model', ping(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 420));
add('oscillating-loss.rmsprop-full-batch-conversion', 'conversion-model', conv(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 520));
add('oscillating-loss.rmsprop-full-batch-win', 'match-win', win(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(100, 900));
add('oscillating-loss.adam-full-batch-ping', 'ping-model', ping(), [d(32, 'elu'), d(1)], 'mse', adam(0.1), tr(100, 420));

// ---------------------------------------------------------------- healthy candidates
add('ok.minutes-adam-relu', 'playtime-forecast', minutes(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.minutes-rmsprop-elu-minmax', 'playtime-forecast', minutes({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.minutes-batchnorm-leaky-val', 'playtime-forecast', minutes(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.minutes-nesterov-tanh', 'playtime-forecast', minutes(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.01, 0.9), tr(150));
add('ok.churn-adam-relu', 'churn-model', churn(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.churn-rmsprop-tanh', 'churn-model', churn(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.churn-dropout-val', 'churn-model', churn(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.002), tr(120, 64, { validationSplit: 0.2 }));
add('ok.churn-momentum-leaky-clip', 'churn-model', churn(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { clipNorm: 5 }), tr(120));
add('ok.win-adam-relu', 'match-win', win(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.002), tr(60));
add('ok.win-sgd-tanh', 'match-win', win(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100));
add('ok.win-rmsprop-elu-minmax', 'match-win', win({ normalize: 'minmax' }), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(80));
add('ok.win-sgd-batch-one', 'match-win', win(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.005), tr(20, 1));
add('ok.win-full-batch-adam', 'match-win', win(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 900));
add('ok.role-adam-relu', 'role-classifier', role(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(100));
add('ok.role-rmsprop-tanh-dropout', 'role-classifier', role(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(100));
add('ok.role-momentum-elu', 'role-classifier', role(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.03, 0.9), tr(120));
add('ok.role-batchnorm-relu-val', 'role-classifier', role(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.role-minmax-sigmoid', 'role-classifier', role({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.ping-adam-relu', 'ping-model', ping(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.ping-rmsprop-elu', 'ping-model', ping(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.ping-momentum-tanh', 'ping-model', ping(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.ping-adam-batch-8-decay', 'ping-model', ping(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.ping-clipnorm-sgd', 'ping-model', ping(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.conversion-adam-relu', 'conversion-model', conv(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.conversion-rmsprop-tanh', 'conversion-model', conv(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.conversion-he-uniform-sgd', 'conversion-model', conv(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.conversion-nesterov-elu-val', 'conversion-model', conv(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', nest(0.01, 0.9), tr(150, 32, { validationSplit: 0.2 }));
add('ok.tier-adam-relu', 'store-tier', tier(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.tier-momentum-elu', 'store-tier', tier(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.tier-rmsprop-dropout', 'store-tier', tier(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.tier-leaky-weight-decay-val', 'store-tier', tier(), [d(32, 'leaky_relu'), d(3, 'softmax')], 'cce', adam(0.005, { weightDecay: 0.0005 }), tr(120, 32, { validationSplit: 0.2 }));
add('ok.iris-lecun-tanh-nesterov', 'loadout-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', nest(0.05, 0.9), tr(150, 16));
add('ok.moons-map-boundary', 'map-boundary', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-safe-zone', 'safe-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-player-clusters', 'player-clusters', { builtin: 'blobs', samples: 400, classes: 5 }, [d(16, 'elu'), d(5, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-daily-ccu-cycle', 'daily-ccu-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-loot-split', 'loot-split', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-lane-routing', 'lane-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.inline-xp-curve-pilot', 'xp-curve-pilot', { inline: { x: [[1, 0], [5, 0], [10, 0], [15, 0], [20, 0], [25, 0], [1, 1], [5, 1], [10, 1], [15, 1], [20, 1], [25, 1]], y: [100, 480, 1150, 1900, 2800, 3900, 150, 600, 1400, 2350, 3400, 4700] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));

// ---------------------------------------------------------------- second round (after the first observation)
add('oscillating-loss.rmsprop-full-batch-ping-elu', 'ping-model', ping(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(100, 420));
add('oscillating-loss.rmsprop-full-batch-tier', 'store-tier', tier(), [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.08), tr(100, 520));
add('oscillating-loss.nesterov-full-batch-conversion', 'conversion-model', conv(), [d(24, 'tanh'), d(1)], 'mse', nest(0.3, 0.95), tr(100, 520));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
