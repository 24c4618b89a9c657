/**
 * Writes every candidate spec of blind set 275 (glamping sites and yurt camps) into candidates/:
 * `npx tsx test/faults-blind275/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const CANCEL = ['lead_time_days', 'nights', 'party_size', 'nightly_rate_eur', 'yurt_area_m2', 'distance_km', 'deposit_pct', 'pets', 'moon_phase', 'repeat_guest'];
const SPEND = ['nights', 'party_size', 'nightly_rate_eur', 'yurt_area_m2', 'pets'];
const UNIT = ['canvas_area_m2', 'beds', 'stove_kw', 'hot_tub', 'elevation_m', 'price_eur', 'listing_photos'];
const ENERGY = ['outdoor_temp_c', 'occupied_units', 'wind_kmh', 'rain_mm'];
const REVIEW = ['cleanliness', 'quiet_score', 'wifi_mbps', 'host_reply_h', 'nights', 'shower_temp_c'];

const cancel = (n = 'standard', extra: J = {}) => ({ csv: '../data/bookings.csv', target: 'cancelled', features: CANCEL, normalize: n, ...extra });
const spend = (n = 'standard', t = 'standard', extra: J = {}) => ({ csv: '../data/bookings.csv', target: 'total_spend_eur', features: SPEND, normalize: n, normalizeTarget: t, ...extra });
const units = (n = 'standard', extra: J = {}) => ({ csv: '../data/units.csv', target: 'unit_type', features: UNIT, normalize: n, ...extra });
const energy = (n = 'standard', t = 'standard', extra: J = {}) => ({ csv: '../data/energy.csv', target: 'firewood_kg', features: ENERGY, normalize: n, normalizeTarget: t, ...extra });
const rating = (n = 'standard', t = 'standard', extra: J = {}) => ({ csv: '../data/reviews.csv', target: 'rating', features: REVIEW, normalize: n, normalizeTarget: t, ...extra });
const recommend = (n = 'standard', extra: J = {}) => ({ csv: '../data/reviews.csv', target: 'recommend', features: REVIEW, normalize: n, ...extra });

const d = (units: number, activation = 'linear', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });

function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, seed = 275): void {
  const name = file.replace(/^[^.]+\./, '');
  const body = { name, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}

// ---------- invalid-spec ----------
spec('invalid-spec.adamw-optimizer', cancel(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(60, 32));
spec('invalid-spec.relu-capitalised', units(), [d(24, 'ReLU'), d(12, 'ReLU'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 16));
spec('invalid-spec.dropout-rate-percent', rating(), [d(32, 'relu'), drop(30), d(1)], 'mse', opt('rmsprop', 0.002), tr(80, 32));
spec('invalid-spec.keras-loss-name', recommend(), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));
spec('invalid-spec.negative-batch', energy(), [d(16, 'elu'), d(1)], 'mse', opt('adam', 0.003), tr(120, -32));

// ---------- data-error ----------
spec('data-error.file-typo', { ...cancel(), csv: '../data/booking.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.target-us-spelling', { ...cancel(), target: 'canceled' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.site-name-feature', cancel('standard', { features: [...CANCEL, 'site'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.gaps-export', { ...cancel(), csv: '../data/bookings-gaps.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 32));
spec('data-error.shared-drive-path', { ...energy(), csv: '../../../../../../mnt/camp-share/energy.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.energy-no-features', { csv: '../data/energy.csv', target: 'firewood_kg', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));

// ---------- shape-mismatch ----------
spec('shape-mismatch.three-unit-types', units(), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('shape-mismatch.spend-two-outputs', spend(), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.fuel-two-targets-one-unit', { ...energy(), target: ['firewood_kg', 'propane_l'] }, [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(100, 16));
spec('shape-mismatch.cancel-five-sigmoids', cancel(), [d(16, 'relu'), d(5, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));

// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.softmax-mse-units', units(), [d(24, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.005), tr(100, 32));
spec('loss-activation-mismatch.bce-linear-head', cancel(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', units(), [d(24, 'tanh'), d(4, 'sigmoid')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));
spec('loss-activation-mismatch.tanh-head-raw-rating', rating('standard', 'none'), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.005), tr(150, 32));

// ---------- init-symmetry ----------
spec('init-symmetry.zeros-relu-hidden', cancel(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('init-symmetry.constant-tanh', units(), [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.zeros-sigmoid-energy', energy(), [d(12, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', opt('rmsprop', 0.005), tr(150, 16));

// ---------- init-scale ----------
spec('init-scale.normal-std-8-tanh', recommend(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 16));
spec('init-scale.uniform-limit-tiny-deep', units(), [d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(4, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std-20-relu-spend', spend(), [d(32, 'relu', { init: 'normal', std: 20 }), d(16, 'relu', { init: 'normal', std: 20 }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));

// ---------- no-nonlinearity ----------
spec('no-nonlinearity.linear-stack-units', units(), [d(32), d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('no-nonlinearity.forgot-activation-firewood', energy(), [d(32), d(16), d(1)], 'mse', opt('adam', 0.003), tr(200, 16));
spec('no-nonlinearity.linear-hidden-circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(150, 32));

// ---------- lr-out-of-range ----------
spec('lr-out-of-range.adam-lr-4', cancel(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 4), tr(60, 32));
spec('lr-out-of-range.sgd-lr-60', rating(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 60), tr(80, 32));
spec('lr-out-of-range.rmsprop-lr-1e-9', units(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 1e-9), tr(100, 32));

// ---------- dead-relu ----------
spec('dead-relu.bias-minus-6', cancel(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));
spec('dead-relu.sgd-shock-spend-raw', spend('standard', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 1 }), tr(80, 32));
spec('dead-relu.negative-bias-units', units('minmax'), [d(32, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));

// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-spend-deep-sgd', spend('none', 'none'), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-6), tr(60, 32));
spec('exploding-gradient.raw-firewood-momentum', energy('none', 'none'), [d(24, 'relu'), d(24, 'relu'), d(1)], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(80, 16));
spec('exploding-gradient.raw-distance-deep', { csv: '../data/bookings.csv', target: 'total_spend_eur', features: ['distance_km', 'lead_time_days', 'nightly_rate_eur'], normalize: 'none', normalizeTarget: 'none' }, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', opt('sgd', 1e-7), tr(40, 64));
spec('exploding-gradient.elu-wide-init-deep', energy('standard', 'none'), [d(64, 'elu', { init: 'normal', std: 1 }), d(64, 'elu', { init: 'normal', std: 1 }), d(64, 'elu', { init: 'normal', std: 1 }), d(1)], 'mse', opt('sgd', 1e-4), tr(60, 32));

// ---------- vanishing-gradient ----------
spec('vanishing-gradient.sigmoid-eight-deep', cancel(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 32));
spec('vanishing-gradient.sigmoid-six-units', units(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.tanh-small-normal-deep', recommend(), [d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 16));

// ---------- nan-loss ----------
spec('nan-loss.raw-spend-sgd-lr-01', spend('none', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.1), tr(50, 32));
spec('nan-loss.raw-firewood-rmsprop-big', energy('none', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.95 }), tr(80, 8));
spec('nan-loss.raw-units-sgd', units('none'), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.9 }), tr(60, 16));

// ---------- lr-too-high ----------
spec('lr-too-high.adam-lr-03-cancel', cancel(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), tr(80, 32));
spec('lr-too-high.sgd-lr-3-units', units(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 3), tr(100, 32));
spec('lr-too-high.rmsprop-lr-02-rating', rating(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.2), tr(80, 16));
spec('lr-too-high.nesterov-lr-1-energy', energy(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 1, { momentum: 0.9, nesterov: true }), tr(100, 32));

// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-5-cancel', cancel(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6-units', units(), [d(24, 'relu'), d(12, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-3e-6-energy', energy(), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 3e-6), tr(120, 16));
spec('lr-too-low.momentum-1e-6-rating', rating(), [d(32, 'elu'), d(1)], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), tr(100, 32));

// ---------- saturated-activation ----------
spec('saturated-activation.sigmoid-raw-units', units('none'), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('saturated-activation.tanh-raw-lead-times', cancel('none'), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('saturated-activation.sigmoid-bias-9', recommend(), [d(24, 'sigmoid', { bias: 9 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 16));

// ---------- loss-plateau ----------
spec('loss-plateau.weight-decay-1-adam', units(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 1 }), tr(120, 32));
spec('loss-plateau.weight-decay-sgd-energy', energy(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.5 }), tr(120, 32));
spec('loss-plateau.dropout-095-cancel', cancel(), [d(32, 'relu'), drop(0.95), d(16, 'relu'), drop(0.95), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-plateau.clipnorm-tiny-rating', rating(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 1e-4 }), tr(120, 32));

// ---------- oscillating-loss ----------
spec('oscillating-loss.momentum-099-batch1', recommend(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.99 }), tr(60, 1));
spec('oscillating-loss.adam-005-batch2-energy', energy(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.05), tr(80, 2));
spec('oscillating-loss.rmsprop-003-batch4-units', units(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.03), tr(80, 4));
spec('oscillating-loss.sgd-fullbatch-edge-rating', rating(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.9), tr(200, 300));

// ---------- healthy ----------
spec('ok.cancel-adam-relu', cancel(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32, { validationSplit: 0.2 }));
spec('ok.cancel-nesterov-tanh', cancel(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(100, 16));
spec('ok.cancel-rmsprop-bn', cancel(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(60, 64));
spec('ok.cancel-minmax-elu-dropout', cancel('minmax'), [d(48, 'elu'), drop(0.2), d(1, 'sigmoid')], 'bce', opt('adam', 0.005, { weightDecay: 1e-4 }), tr(120, 32));
spec('ok.cancel-plain-sgd-batch1', cancel(), [d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(40, 1));
spec('ok.cancel-logistic-fullbatch', cancel(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(300, 520));
spec('ok.spend-adam-standard-target', spend(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.spend-minmax-target-rmsprop', spend('standard', 'minmax'), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(150, 16));
spec('ok.spend-momentum-clip', spend(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), tr(150, 32));
spec('ok.spend-linear-regression', spend(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 64));
spec('ok.units-adam-relu', units(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(120, 32, { validationSplit: 0.15 }));
spec('ok.units-nesterov-elu', units(), [d(24, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.units-rmsprop-tanh-bn', units(), [d(32, 'tanh', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(100, 32));
spec('ok.units-minmax-leaky-deep', units('minmax'), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', opt('adam', 0.002), tr(120, 32));
spec('ok.units-plain-sgd-fullbatch', units(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.5), tr(600, 380));
spec('ok.units-dropout-weight-decay', units(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.3), d(4, 'softmax')], 'cce', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 32));
spec('ok.energy-adam-relu', energy(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(200, 16));
spec('ok.energy-tanh-momentum', energy(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(250, 16));
spec('ok.energy-rmsprop-elu-minmax', energy('minmax', 'minmax'), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(200, 32));
spec('ok.energy-propane-linear', { ...energy(), target: 'propane_l' }, [d(1)], 'mse', opt('adam', 0.01), tr(150, 32));
spec('ok.energy-two-fuels', { ...energy(), target: ['firewood_kg', 'propane_l'] }, [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(200, 16));
spec('ok.energy-batch1-sgd-sigmoid', energy(), [d(16, 'sigmoid'), d(1)], 'mse', opt('sgd', 0.01), tr(40, 1));
spec('ok.rating-adam-relu', rating(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.rating-nesterov-deep-tanh', rating(), [d(32, 'tanh'), d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.rating-rmsprop-bn-leaky', rating(), [d(24, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', opt('rmsprop', 0.003), tr(120, 32));
spec('ok.rating-raw-target-linear-head', rating('standard', 'none'), [d(16, 'relu'), d(1, 'linear', { bias: 4 })], 'mse', opt('adam', 0.01), tr(200, 32));
spec('ok.recommend-adam-sigmoid-hidden', recommend(), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.recommend-rmsprop-elu-dropout', recommend(), [d(32, 'elu'), drop(0.25), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(120, 16));
spec('ok.recommend-sgd-batch4', recommend('minmax'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.8 }), tr(100, 4));
spec('ok.moons-deep-he-uniform', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('ok.circles-tanh-xavier-normal', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16, 'tanh', { init: 'xavier_normal' }), d(8, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32));
spec('ok.spirals-wide-adam', { builtin: 'spirals', samples: 400, classes: 3, noise: 0.05 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.iris-lecun-elu', { builtin: 'iris', normalize: 'standard' }, [d(12, 'elu', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 8));
spec('ok.sine-tanh-fullbatch', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(500, 200));
spec('ok.blobs-four-sgd', { builtin: 'blobs', samples: 400, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 32));
spec('ok.xor-small-normal-init', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'tanh', { init: 'normal', std: 0.5 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(200, 32));
spec('ok.inline-yurt-heating', { inline: { x: [[-5, 2], [0, 3], [5, 4], [10, 2], [15, 1], [-2, 5], [3, 6], [8, 3], [12, 4], [18, 2], [-8, 4], [6, 5]], y: [31, 27, 22, 12, 5, 33, 30, 16, 15, 3, 40, 25] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(300, 4));
spec('ok.cancel-uniform-init-leaky-batch8', cancel(), [d(24, 'leaky_relu', { init: 'uniform', limit: 0.3 }), d(12, 'leaky_relu', { init: 'uniform', limit: 0.3 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001, { clipNorm: 1 }), tr(60, 8));
spec('ok.units-sigmoid-hidden-momentum', units(), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.2, { momentum: 0.9 }), tr(150, 16));
spec('ok.spend-deep-narrow-elu', spend(), [d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(1)], 'mse', opt('adam', 0.002), tr(150, 16));
spec('ok.energy-raw-features-rmsprop-small-lr', energy('none', 'standard'), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(300, 16));
