/**
 * Writes every candidate spec of the eighty-eighth blind fault set into candidates/:
 * `npx tsx test/faults-blind88/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: extra.seed ?? 88, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const TAB = ['api_mg', 'tablet_weight_mg', 'hardness_n', 'compression_kn', 'moisture_pct', 'coating_min', 'press_speed_tph', 'disintegrant_pct'];
const diss = (extra: Json = {}): Json => ({ csv: '../data/tablets.csv', target: 'dissolution_pct', features: TAB, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const oos = (extra: Json = {}): Json => ({ csv: '../data/tablets.csv', target: 'oos', features: TAB, normalize: 'standard', ...extra });
const DOSE = ['age', 'weight_kg', 'crcl_ml_min', 'dose_mg', 'doses_per_day', 'albumin_g_dl'];
const trough = (extra: Json = {}): Json => ({ csv: '../data/dosing.csv', target: 'trough_mg_l', features: DOSE, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const band = (extra: Json = {}): Json => ({ csv: '../data/dosing.csv', target: 'level_band', features: DOSE, normalize: 'standard', ...extra });
const RX = ['catchment_pop', 'pharmacists', 'technicians', 'open_hours', 'flu_index', 'clinics_nearby', 'drive_thru'];
const rx = (extra: Json = {}): Json => ({ csv: '../data/prescriptions.csv', target: 'rx_per_day', features: RX, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const FORM = ['unit_price_usd', 'strength_mg', 'pack_size', 'half_life_h', 'refill_interval_days', 'schedule'];
const klass = (extra: Json = {}): Json => ({ csv: '../data/formulary.csv', target: 'drug_class', features: FORM, normalize: 'standard', ...extra });
const SUP = ['sites_active', 'patients_on_drug', 'enrolment_per_week', 'stock_units', 'days_to_expiry', 'lead_time_days', 'kit_cost_usd'];
const kits = (extra: Json = {}): Json => ({ csv: '../data/supply.csv', target: 'kits_needed_next_month', features: SUP, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const prio = (extra: Json = {}): Json => ({ csv: '../data/supply.csv', target: 'resupply_priority', features: SUP, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adamw', 'dissolution-model', diss(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.003 }, tr(80));
add('invalid-spec.activation-swish', 'drug-class', klass(), [d(32, 'swish'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.loss-mae', 'trough-level', trough(), [d(16, 'relu'), d(1)], 'mae', adam(0.003), tr(80));

add('data-error.csv-filename-tablet', 'dissolution-model', diss({ csv: '../data/tablet.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-tablet-weight', 'dissolution-export', diss({ csv: '../data/tablets-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.batch-id-as-feature', 'oos-flag', oos({ features: ['batch_id', ...TAB] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.feature-weight-kg-typo', 'trough-level', trough({ features: ['age', 'weight', 'crcl_ml_min', 'dose_mg', 'doses_per_day', 'albumin_g_dl'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.drug-class-head-three', 'drug-class', klass(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.level-band-head-two', 'level-band', band(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.rx-head-three-units', 'rx-volume', rx(), [d(24, 'relu'), d(3)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.priority-softmax-five', 'resupply-priority', prio(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.003), tr(80));

add('loss-activation-mismatch.tanh-head-bce-oos', 'oos-flag', oos(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-rx', 'rx-volume', rx(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.relu-head-cce-class', 'drug-class', klass(), [d(24, 'relu'), d(4, 'relu')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-single-unit-kits', 'kits-forecast', kits(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-dissolution', 'dissolution-model', diss(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-band', 'level-band', band(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));
add('init-symmetry.constant-all-layers-kits', 'kits-forecast', kits(), [d(24, 'relu', init('constant', { value: 0.1 })), d(12, 'relu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', mom(0.01), tr(100));
add('init-symmetry.zeros-elu-class', 'drug-class', klass(), [d(32, 'elu', { init: 'zeros' }), d(16, 'elu', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', adam(0.005), tr(80));

add('init-scale.normal-std-four-trough', 'trough-level', trough(), [d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-rx', 'rx-volume', rx(), [d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(1)], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-five-priority', 'resupply-priority', prio(), [d(64, 'relu', init('normal', { std: 5 })), d(64, 'relu', init('normal', { std: 5 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.normal-std-three-sigmoid-oos', 'oos-flag', oos(), [d(48, 'sigmoid', init('normal', { std: 3 })), d(48, 'sigmoid', init('normal', { std: 3 })), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));

add('no-nonlinearity.linear-hidden-band', 'level-band', band(), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', adam(0.005), tr(100));
add('no-nonlinearity.xor-interaction-linear', 'interaction-check', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.circles-cold-chain-linear', 'cold-chain-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));

add('lr-out-of-range.adam-five', 'kits-forecast', kits(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(5), tr(80));
add('lr-out-of-range.sgd-lr-fifty', 'oos-flag', oos(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(50), tr(60));
add('lr-out-of-range.rmsprop-negative', 'level-band', band(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(-0.001), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-dissolution', 'dissolution-model', diss(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-speed-sgd-oos', 'oos-raw', oos({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('dead-relu.rmsprop-high-rx', 'rx-volume', rx(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.bias-minus-five-band', 'level-band', band(), [d(32, 'relu', { bias: -5 }), d(3, 'softmax')], 'cce', adam(0.002), tr(80));
add('dead-relu.bias-minus-three-kits', 'kits-forecast', kits(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(1)], 'mse', mom(0.005), tr(80));

add('exploding-gradient.raw-rx-target', 'rx-raw', rx({ normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.raw-kits-raw-features', 'kits-raw', kits({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'trough-level', trough(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-press-speed-adam', 'dissolution-raw', diss({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(80));
add('exploding-gradient.raw-population-features', 'rx-raw-features', rx({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));

add('vanishing-gradient.deep-sigmoid-oos', 'oos-flag', oos(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-band', 'level-band', band(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-dissolution', 'dissolution-model', diss(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));

add('nan-loss.sgd-raw-kits', 'kits-raw', kits({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-batch-one-trough', 'trough-level', trough(), [d(16, 'relu'), d(1)], 'mse', sgd(0.4), tr(40, 1));
add('nan-loss.momentum-0.99-rx', 'rx-volume', rx(), [d(24, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(80, 16));
add('nan-loss.sgd-raw-rx-per-day', 'rx-raw', rx({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.02), tr(60));
add('nan-loss.sgd-raw-dissolution', 'dissolution-raw-target', diss({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.1), tr(60));

add('lr-too-high.adam-0.1-class', 'drug-class', klass(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-band', 'level-band', band(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-priority', 'resupply-priority', prio(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.adam-0.1-priority', 'resupply-priority', prio(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-1-oos', 'oos-flag', oos(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(60, 16));

add('lr-too-low.sgd-1e-5-dissolution', 'dissolution-model', diss(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-class', 'drug-class', klass(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-kits', 'kits-forecast', kits(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-band', 'level-band', band(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-press-speed', 'oos-raw', oos({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-price-class', 'drug-class-raw', klass({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(80));
add('saturated-activation.tanh-raw-stock-priority', 'resupply-priority-raw', prio({ normalize: 'none' }), [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-population-rx', 'rx-raw-features', rx({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-dose-mg', 'trough-raw-features', trough({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'blister-line-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-band', 'level-band', band(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.store-and-week-only', 'rx-volume', rx({ features: ['store_id', 'week_ts'] }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.plant-constant-only', 'oos-flag', oos({ features: ['plant_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('oscillating-loss.rmsprop-full-batch-dissolution', 'dissolution-model', diss(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 720));
add('oscillating-loss.rmsprop-full-batch-trough', 'trough-level', trough(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 640));
add('oscillating-loss.rmsprop-full-batch-rx', 'rx-volume', rx(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 460));
add('oscillating-loss.rmsprop-full-batch-kits', 'kits-forecast', kits(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 500));
add('oscillating-loss.momentum-full-batch-trough', 'trough-level', trough(), [d(24, 'tanh'), d(1)], 'mse', mom(0.3, 0.95), tr(100, 640));

// ---------------------------------------------------------------- healthy candidates
add('ok.dissolution-adam-relu', 'dissolution-model', diss(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.dissolution-rmsprop-elu-minmax', 'dissolution-model', diss({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.dissolution-momentum-tanh', 'dissolution-model', diss(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.dissolution-batchnorm-leaky-val', 'dissolution-model', diss(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.oos-adam-relu', 'oos-flag', oos(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.oos-rmsprop-tanh', 'oos-flag', oos(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.oos-dropout-val', 'oos-flag', oos(), [d(16, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.trough-adam-relu', 'trough-level', trough(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.trough-sgd-batch-one', 'trough-level', trough(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.trough-weight-decay-batchnorm-val', 'trough-level', trough(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.trough-rmsprop-leaky-minmax', 'trough-level', trough({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.band-adam-relu', 'level-band', band(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.band-momentum-tanh', 'level-band', band(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.band-rmsprop-elu-val', 'level-band', band(), [d(24, 'elu'), d(3, 'softmax')], 'cce', rms(0.002, { weightDecay: 0.001 }), tr(100, 32, { validationSplit: 0.2 }));
add('ok.band-minmax-leaky', 'level-band', band({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.rx-adam-relu', 'rx-volume', rx(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.rx-rmsprop-elu', 'rx-volume', rx(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.rx-momentum-tanh', 'rx-volume', rx(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.rx-adam-batch-8-decay', 'rx-volume', rx(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.class-adam-relu', 'drug-class', klass(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.class-rmsprop-tanh-dropout', 'drug-class', klass(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.class-nesterov-elu', 'drug-class', klass(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.class-full-batch-adam', 'drug-class', klass(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 600));
add('ok.kits-adam-relu', 'kits-forecast', kits(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.kits-rmsprop-tanh', 'kits-forecast', kits(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.kits-he-uniform-sgd', 'kits-forecast', kits(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.kits-clipnorm-sgd', 'kits-forecast', kits(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.priority-adam-relu', 'resupply-priority', prio(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.priority-momentum-elu', 'resupply-priority', prio(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.priority-rmsprop-dropout', 'resupply-priority', prio(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.priority-nesterov-leaky-val', 'resupply-priority', prio(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', mom(0.01, 0.9, { nesterov: true }), tr(150, 32, { validationSplit: 0.2 }));
add('ok.iris-lecun-tanh-momentum', 'botanical-extract-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-formulation-boundary', 'formulation-boundary', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-cold-chain-zone', 'cold-chain-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-tablet-clusters', 'tablet-clusters', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-seasonal-refills', 'seasonal-refills', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-interaction-check', 'interaction-check', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-blister-line-routing', 'blister-line-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.inline-compounding-pilot', 'compounding-pilot', { inline: { x: [[5, 1], [10, 1], [15, 1], [20, 1], [25, 1], [5, 2], [10, 2], [15, 2], [20, 2], [25, 2], [12, 3], [22, 3]], y: [4.2, 6.1, 8.3, 10.2, 12.4, 5.9, 8.0, 10.1, 12.2, 14.0, 9.8, 14.9] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));

// ---------------------------------------------------------------- second round (after the first observation)
add('dead-relu.bias-minus-eight-band', 'level-band', band(), [d(32, 'relu', { bias: -8 }), d(16, 'relu', { bias: -8 }), d(3, 'softmax')], 'cce', adam(0.002), tr(80));
add('no-nonlinearity.activation-omitted-trough', 'trough-level', trough(), [d(32), d(16), d(1)], 'mse', adam(0.003), tr(100));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
