/**
 * Writes every candidate spec of the eighty-third blind fault set into candidates/:
 * `npx tsx test/faults-blind83/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: extra.seed ?? 83, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const FERM_FEATURES = ['ferment_temp_c', 'original_gravity', 'pitch_ml', 'ferment_hours', 'sugar_add_kg', 'batch_volume_hl'];
const abv = (extra: Json = {}): Json => ({ csv: '../data/fermentation.csv', target: 'abv_pct', features: FERM_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const style = (extra: Json = {}): Json => ({ csv: '../data/fermentation.csv', target: 'style', features: FERM_FEATURES, normalize: 'standard', ...extra });
const BARREL_FEATURES = ['barrel_age_days', 'char_level', 'entry_proof', 'rack_floor', 'sherry_cask'];
const grade = (extra: Json = {}): Json => ({ csv: '../data/barrels.csv', target: 'grade', features: BARREL_FEATURES, normalize: 'standard', ...extra });
const share = (extra: Json = {}): Json => ({ csv: '../data/barrels.csv', target: 'angels_share_l', features: BARREL_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const SPOIL_FEATURES = ['ph', 'free_so2_mg_l', 'cellar_temp_c', 'residual_sugar_g_l', 'days_since_topup', 'volume_l'];
const spoil = (extra: Json = {}): Json => ({ csv: '../data/spoilage.csv', target: 'spoiled', features: SPOIL_FEATURES, normalize: 'standard', ...extra });
const HARV_FEATURES = ['hectares', 'vine_age_years', 'rain_mm', 'growing_degree_days', 'brix'];
const harv = (extra: Json = {}): Json => ({ csv: '../data/harvest.csv', target: 'yield_hl', features: HARV_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const SALES_FEATURES = ['price_per_case', 'promo', 'avg_temp_c', 'holiday_week', 'distributors'];
const sales = (extra: Json = {}): Json => ({ csv: '../data/sales.csv', target: 'cases_sold', features: SALES_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });

// ---------------------------------------------------------------- static faults
add('invalid-spec.learning-rate-keras-key', 'abv-forecast', abv(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', { type: 'adam', learning_rate: 0.003 }, tr(80));
add('invalid-spec.categorical-crossentropy-name', 'beer-style', style(), [d(24, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', adam(0.005), tr(80));
add('invalid-spec.swish-activation', 'cask-grade', grade(), [d(24, 'swish'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.epochs-as-string', 'spoilage-flag', spoil(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), { epochs: '60', batchSize: 32 });
add('invalid-spec.dropout-rate-percent', 'yield-forecast', harv(), [d(32, 'relu'), drop(20), d(1)], 'mse', adam(0.003), tr(80));

add('data-error.csv-filename-plural-typo', 'abv-forecast', abv({ csv: '../data/fermentations.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.target-angel-share-singular', 'angels-share', share({ target: 'angel_share_l' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-cells-in-brewhouse-export', 'abv-forecast-export', abv({ csv: '../data/fermentation-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.feature-free-so2-short', 'spoilage-flag', spoil({ features: ['ph', 'free_so2', 'cellar_temp_c', 'residual_sugar_g_l', 'days_since_topup', 'volume_l'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('shape-mismatch.three-outputs-four-styles', 'beer-style', style(), [d(24, 'relu'), d(12, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.yield-head-two-units', 'yield-forecast', harv(), [d(32, 'relu'), d(16, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.grade-softmax-four', 'cask-grade', grade(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.sales-head-from-style-template', 'case-sales', sales(), [d(24, 'relu'), d(4)], 'mse', rms(0.002), tr(80));

add('loss-activation-mismatch.sigmoid-head-abv', 'abv-forecast', abv(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.linear-head-bce-spoilage', 'spoilage-flag', spoil(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-bce', 'spoilage-flag', spoil(), [d(16, 'tanh'), d(1, 'relu')], 'bce', rms(0.002), tr(60));
add('loss-activation-mismatch.grade-tanh-cce', 'cask-grade', grade(), [d(24, 'relu'), d(3, 'tanh')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-single-unit-yield', 'yield-forecast', harv(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-hidden-harvest', 'yield-forecast', harv(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-tanh-style', 'beer-style', style(), [d(16, 'tanh', init('constant', { value: 0.1 })), d(16, 'tanh', init('constant', { value: 0.1 })), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-sales-elu', 'case-sales', sales(), [d(24, 'elu', init('constant', { value: 0.05 })), d(12, 'elu', init('constant', { value: 0.05 })), d(1, 'linear', init('constant', { value: 0.05 }))], 'mse', mom(0.01), tr(100));
add('init-symmetry.zeros-all-spoilage', 'spoilage-flag', spoil(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.003), tr(60));

add('init-scale.normal-std-three-deep', 'abv-forecast', abv(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-stack', 'angels-share', share(), [d(32, 'tanh', init('uniform', { limit: 0.0004 })), d(32, 'tanh', init('uniform', { limit: 0.0004 })), d(32, 'tanh', init('uniform', { limit: 0.0004 })), d(1)], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-six-grade', 'cask-grade', grade(), [d(64, 'relu', init('normal', { std: 6 })), d(64, 'relu', init('normal', { std: 6 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.normal-std-four-sales', 'case-sales', sales(), [d(48, 'leaky_relu', init('normal', { std: 4 })), d(48, 'leaky_relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));

add('no-nonlinearity.activation-omitted-hidden', 'yield-forecast', harv(), [d(32), d(16), d(1)], 'mse', adam(0.003), tr(100));
add('no-nonlinearity.linear-hidden-style', 'beer-style', style(), [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], 'cce', adam(0.005), tr(100));
add('no-nonlinearity.cellar-zones-circles-linear', 'cellar-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.xor-blend-linear', 'blend-rule', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.02), tr(150));

add('lr-out-of-range.adam-five-not-5e-3', 'angels-share', share(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(5), tr(80));
add('lr-out-of-range.sgd-lr-fifty', 'spoilage-flag', spoil(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(50), tr(60));
add('lr-out-of-range.rmsprop-two', 'cask-grade', grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(2), tr(80));
add('lr-out-of-range.adam-twenty-style', 'beer-style', style(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', adam(20), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-harvest', 'yield-forecast', harv(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-volume-sgd-kick', 'spoilage-raw', spoil({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('dead-relu.bias-minus-three-abv', 'abv-forecast', abv(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(1)], 'mse', rms(0.001), tr(80));
add('dead-relu.sales-high-lr-rmsprop', 'case-sales', sales(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.raw-barrel-age-momentum', 'cask-grade-raw', grade({ normalize: 'none' }), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.01), tr(60));

add('exploding-gradient.raw-harvest-raw-target', 'yield-forecast-raw', harv({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.raw-cases-target', 'case-sales-raw', sales({ normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.deep-relu-normal-0.6', 'angels-share', share(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-yield-rmsprop', 'yield-forecast-raw', harv({ normalizeTarget: 'none' }), [d(24, 'tanh'), d(1)], 'mse', rms(0.001), tr(60));

add('vanishing-gradient.six-sigmoid-harvest', 'yield-forecast', harv(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(80));
add('vanishing-gradient.deep-sigmoid-spoilage', 'spoilage-flag', spoil(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-style', 'beer-style', style(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-stack-grade-rmsprop-small', 'cask-grade', grade(), [d(20, 'sigmoid', init('uniform', { limit: 0.05 })), d(20, 'sigmoid', init('uniform', { limit: 0.05 })), d(20, 'sigmoid', init('uniform', { limit: 0.05 })), d(20, 'sigmoid', init('uniform', { limit: 0.05 })), d(3, 'softmax')], 'cce', sgd(0.05), tr(80));

add('nan-loss.sgd-raw-cases', 'case-sales-raw', sales({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-half-abv', 'abv-forecast', abv(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(80, 16));
add('nan-loss.momentum-0.99-share', 'angels-share', share(), [d(24, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(80, 16));
add('nan-loss.sgd-batch-one-harvest', 'yield-forecast', harv(), [d(16, 'relu'), d(1)], 'mse', sgd(0.2), tr(60, 1));
add('nan-loss.raw-yield-sgd', 'yield-forecast-raw', harv({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.adam-0.1-style', 'beer-style', style(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-grade', 'cask-grade', grade(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.rmsprop-0.1-style', 'beer-style', style(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', rms(0.1), tr(80, 16));
add('lr-too-high.adam-0.2-grade', 'cask-grade', grade(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.2), tr(80, 32));
add('lr-too-high.momentum-0.3-spoilage', 'spoilage-flag', spoil(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.9), tr(60, 16));
add('lr-too-high.sgd-0.3-sales', 'case-sales', sales(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.3), tr(80, 8));

add('lr-too-low.sgd-1e-5-harvest', 'yield-forecast', harv(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-style', 'beer-style', style(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-sales', 'case-sales', sales(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-grade', 'cask-grade', grade(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-volume', 'spoilage-raw', spoil({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-pitch', 'abv-forecast-raw', abv({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-raw-barrel-age', 'cask-grade-raw', grade({ normalize: 'none' }), [d(24, 'tanh'), d(3, 'softmax')], 'cce', rms(0.002), tr(80));
add('saturated-activation.sigmoid-raw-degree-days', 'yield-forecast-raw', harv({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-price-sales', 'case-sales-raw', sales({ normalize: 'none' }), [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));

add('loss-plateau.id-columns-only', 'yield-forecast', harv({ features: ['block_id', 'vintage'] }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.weight-decay-one-style', 'beer-style', style(), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.spirals-two-tanh-units', 'cellar-spiral-racks', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(2, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.timestamp-and-tank-only', 'abv-forecast', abv({ features: ['logged_at', 'tank_id'] }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.sku-week-only-sales', 'case-sales', sales({ features: ['week_epoch', 'sku_id'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(80));

add('oscillating-loss.rmsprop-full-batch-abv', 'abv-forecast', abv(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 520));
add('oscillating-loss.rmsprop-full-batch-harvest', 'yield-forecast', harv(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 400));
add('oscillating-loss.rmsprop-full-batch-sales', 'case-sales', sales(), [d(32, 'relu'), d(1)], 'mse', rms(0.04), tr(100, 460));
add('oscillating-loss.rmsprop-full-batch-share', 'angels-share', share(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 700));
add('oscillating-loss.momentum-full-batch-abv', 'abv-forecast', abv(), [d(24, 'tanh'), d(1)], 'mse', mom(0.3, 0.95), tr(100, 520));
add('oscillating-loss.adam-0.05-batch-4-share', 'angels-share', share(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(60, 4));

// ---------------------------------------------------------------- healthy candidates
add('ok.abv-adam-relu', 'abv-forecast', abv(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.abv-rmsprop-elu-minmax', 'abv-forecast', abv({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.abv-momentum-tanh', 'abv-forecast', abv(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.abv-batchnorm-leaky-val', 'abv-forecast', abv(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.abv-clipnorm-sgd', 'abv-forecast', abv(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.style-adam-relu', 'beer-style', style(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.style-rmsprop-tanh-dropout', 'beer-style', style(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.style-nesterov-elu-val', 'beer-style', style(), [d(32, 'elu'), d(16, 'elu'), d(4, 'softmax')], 'cce', mom(0.03, 0.9, { nesterov: true }), tr(150, 32, { validationSplit: 0.2 }));
add('ok.style-minmax-leaky', 'beer-style', style({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.grade-adam-relu', 'cask-grade', grade(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.grade-momentum-elu', 'cask-grade', grade(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.grade-rmsprop-dropout-batch16', 'cask-grade', grade(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.grade-sgd-plain-tanh', 'cask-grade', grade(), [d(24, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.1), tr(200, 16));
add('ok.share-adam-relu', 'angels-share', share(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.share-rmsprop-tanh', 'angels-share', share(), [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.share-weight-decay-batchnorm', 'angels-share', share(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.share-minmax-elu-sgd', 'angels-share', share({ normalize: 'minmax' }), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', sgd(0.05), tr(200, 16));
add('ok.spoilage-adam-relu', 'spoilage-flag', spoil(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.spoilage-rmsprop-tanh', 'spoilage-flag', spoil(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.spoilage-momentum-leaky-clip', 'spoilage-flag', spoil(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { clipNorm: 5 }), tr(120));
add('ok.spoilage-dropout-val', 'spoilage-flag', spoil(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.002), tr(120, 64, { validationSplit: 0.2 }));
add('ok.spoilage-elu-minmax', 'spoilage-flag', spoil({ normalize: 'minmax' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('ok.harvest-adam-relu', 'yield-forecast', harv(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.harvest-rmsprop-elu', 'yield-forecast', harv(), [d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.harvest-momentum-tanh', 'yield-forecast', harv(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.harvest-he-uniform-sgd', 'yield-forecast', harv(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.sales-adam-relu', 'case-sales', sales(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.sales-rmsprop-tanh', 'case-sales', sales(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.sales-batchnorm-adam-lecun', 'case-sales', sales(), [d(32, 'elu', { batchNorm: true, init: 'lecun_normal' }), d(1)], 'mse', adam(0.005), tr(120, 32));
add('ok.sales-nesterov-leaky-full-batch', 'case-sales', sales(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', mom(0.05, 0.9, { nesterov: true }), tr(300, 460));
add('ok.iris-varietal-adam', 'grape-varietal', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-momentum-tanh-batch-one', 'grape-varietal', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh'), d(3, 'softmax')], 'cce', mom(0.005, 0.9), tr(60, 1));
add('ok.moons-vineyard-rows', 'vineyard-row', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-cellar-zones', 'cellar-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-tank-clusters', 'tank-cluster', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-seasonal-sales', 'seasonal-curve', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-blend-rule', 'blend-rule', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-racks-adam', 'cellar-spiral-racks', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(48, 'tanh'), d(48, 'tanh'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-mash-temp-pilot', 'mash-pilot', { inline: { x: [[62, 60], [64, 60], [66, 60], [68, 60], [70, 60], [62, 90], [64, 90], [66, 90], [68, 90], [70, 90], [65, 75], [67, 75]], y: [82, 80, 77, 73, 68, 85, 83, 80, 76, 71, 80, 76] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.abv-xavier-uniform-sigmoid', 'abv-forecast', abv(), [d(16, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', adam(0.01), tr(150));
add('ok.spoilage-full-batch-adam', 'spoilage-flag', spoil(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 1000));
add('ok.harvest-nesterov-batch-8', 'yield-forecast', harv(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', mom(0.005, 0.9, { nesterov: true }), tr(120, 8));

// ---------------------------------------------------------------- second round (after the first observation)
add('nan-loss.sgd-raw-share-target', 'angels-share-raw', share({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.1), tr(60));
add('nan-loss.momentum-raw-yield-target', 'yield-forecast-raw', harv({ normalizeTarget: 'none' }), [d(24, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('nan-loss.sgd-three-style-batch-8', 'beer-style', style(), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(3), tr(60, 8));
add('nan-loss.rmsprop-raw-pitch-raw-abv', 'abv-forecast-raw', abv({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.001), tr(60));
add('lr-too-high.adam-0.1-grade-batch-16', 'cask-grade', grade(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.rmsprop-0.05-grade-batch-8', 'cask-grade', grade(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.05), tr(80, 8));
add('lr-too-high.momentum-0.5-style', 'beer-style', style(), [d(32, 'relu'), d(4, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.adam-0.08-spoilage-batch-8', 'spoilage-flag', spoil(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.08), tr(60, 8));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
