/**
 * Writes every candidate spec of the ninety-fourth blind fault set (beekeeping and apiculture)
 * into candidates/: `npx tsx test/faults-blind94/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: extra.seed ?? 94, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const HIV = ['hive_weight_kg', 'brood_frames', 'varroa_per_100', 'hive_temp_c', 'humidity_pct', 'forage_distance_m', 'colony_bees', 'queen_age_months', 'treated_recently'];
const honey = (extra: Json = {}): Json => ({ csv: '../data/hives.csv', target: 'honey_stores_kg', features: HIV, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const collapse = (extra: Json = {}): Json => ({ csv: '../data/hives.csv', target: 'colony_collapse', features: HIV, normalize: 'standard', ...extra });
const TMP = ['stings_per_visit', 'guard_bees', 'frame_runners_pct', 'africanized_pct', 'smoke_puffs', 'colony_population', 'queen_age_months'];
const temper = (extra: Json = {}): Json => ({ csv: '../data/temperament.csv', target: 'temperament', features: TMP, normalize: 'standard', ...extra });
const SCL = ['ambient_temp_c', 'rain_mm', 'solar_wh_m2', 'bloom_index', 'frames_of_bees', 'wind_kmh'];
const gain = (extra: Json = {}): Json => ({ csv: '../data/scales.csv', target: 'daily_gain_g', features: SCL, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const CON = ['orchard_acres', 'hives_rented', 'bloom_days', 'haul_km', 'crop_value_usd', 'almond'];
const fee = (extra: Json = {}): Json => ({ csv: '../data/contracts.csv', target: 'pollination_fee_usd', features: CON, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const API = ['years_keeping', 'hives_in_yard', 'forage_acres', 'flight_distance_m', 'rainfall_mm', 'varroa_treatments', 'pesticide_nearby'];
const season = (extra: Json = {}): Json => ({ csv: '../data/apiaries.csv', target: 'season_honey_kg', features: API, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const yband = (extra: Json = {}): Json => ({ csv: '../data/apiaries.csv', target: 'yield_band', features: API, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 };

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adagrad', 'honey-stores', honey(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(80));
add('invalid-spec.activation-gelu', 'colony-temperament', temper(), [d(32, 'gelu'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.loss-mae', 'scale-daily-gain', gain(), [d(24, 'relu'), d(1)], 'mae', adam(0.003), tr(80));
add('invalid-spec.layer-conv1d', 'pollination-fee', fee(), [{ type: 'conv1d', filters: 8, kernelSize: 3 }, d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('data-error.csv-path-hive', 'honey-stores', honey({ csv: '../data/hive.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-weight-export', 'honey-stores-export', honey({ csv: '../data/hives-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.hive-tag-as-feature', 'colony-collapse', collapse({ features: ['hive_tag', ...HIV] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.target-column-fee', 'pollination-fee', fee({ target: 'pollination_fee' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.temper-head-three', 'colony-temperament', temper(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.yband-head-two', 'yield-band', yband(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.gain-head-three-units', 'scale-daily-gain', gain(), [d(24, 'relu'), d(3)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.temper-softmax-six', 'colony-temperament', temper(), [d(24, 'elu'), d(6, 'softmax')], 'cce', rms(0.003), tr(80));

add('loss-activation-mismatch.relu-head-bce-collapse', 'colony-collapse', collapse(), [d(16, 'tanh'), d(1, 'relu')], 'bce', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-head-fee', 'pollination-fee', fee(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.sigmoid-head-cce-yband', 'yield-band', yband(), [d(24, 'relu'), d(3, 'sigmoid')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-head-mse-gain', 'scale-daily-gain', gain(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-honey', 'honey-stores', honey(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-yband', 'yield-band', yband(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));
add('init-symmetry.zeros-sigmoid-temper', 'colony-temperament', temper(), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-relu-fee', 'pollination-fee', fee(), [d(24, 'relu', init('constant', { value: 0.2 })), d(12, 'relu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', mom(0.01), tr(100));
add('init-symmetry.constant-elu-season', 'season-honey', season(), [d(24, 'elu', init('constant', { value: 0.1 })), d(12, 'elu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', adam(0.003), tr(80));

add('init-scale.normal-std-four-season', 'season-honey', season(), [d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-three-gain', 'scale-daily-gain', gain(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-six-yband', 'yield-band', yband(), [d(32, 'relu', init('normal', { std: 6 })), d(32, 'relu', init('normal', { std: 6 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-honey', 'honey-stores', honey(), [d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(1, 'linear', init('uniform', { limit: 0.0002 }))], 'mse', mom(0.01), tr(80));

add('no-nonlinearity.xor-hive-quadrant', 'hive-quadrant', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.spirals-comb-linear', 'comb-cell-pattern', SPIRALS, [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', adam(0.01), tr(200));
add('no-nonlinearity.sine-nectar-flow-linear', 'nectar-flow-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32), d(16), d(1)], 'mse', adam(0.005), tr(200));

add('lr-out-of-range.adam-ten', 'pollination-fee', fee(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(10), tr(80));
add('lr-out-of-range.sgd-lr-forty', 'colony-collapse', collapse(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(40), tr(60));
add('lr-out-of-range.rmsprop-negative', 'colony-temperament', temper(), [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(-0.003), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-honey', 'honey-stores', honey(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-acres-sgd-yband', 'yield-band-raw', yband({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05), tr(60));
add('dead-relu.rmsprop-high-fee', 'pollination-fee', fee(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.bias-minus-six-sgd-gain', 'scale-daily-gain', gain(), [d(24, 'relu', { bias: -6 }), d(1)], 'mse', sgd(0.01), tr(80));

add('exploding-gradient.raw-crop-value-features', 'pollination-fee-raw-features', fee({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'season-honey', season(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-colony-bees-sgd', 'honey-stores-raw-features', honey({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(60));
add('exploding-gradient.deep-elu-normal-gain', 'scale-daily-gain', gain(), [d(64, 'elu', init('normal', { std: 0.5 })), d(64, 'elu', init('normal', { std: 0.5 })), d(64, 'elu', init('normal', { std: 0.5 })), d(64, 'elu', init('normal', { std: 0.5 })), d(1)], 'mse', rms(0.0005), tr(60));

add('vanishing-gradient.deep-sigmoid-collapse', 'colony-collapse', collapse(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-yband', 'yield-band', yband(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-gain', 'scale-daily-gain', gain(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));

add('nan-loss.sgd-raw-fee-target', 'pollination-fee-raw', fee({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));
add('nan-loss.sgd-batch-one-season', 'season-honey', season(), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 1));
add('nan-loss.momentum-raw-gain-target', 'scale-daily-gain-raw', gain({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01, 0.9), tr(60));

add('lr-too-high.adam-0.1-temper', 'colony-temperament', temper(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-yband', 'yield-band', yband(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-temper', 'colony-temperament', temper(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.momentum-1-collapse', 'colony-collapse', collapse(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(60, 16));
add('lr-too-high.adam-0.2-yband', 'yield-band', yband(), [d(32, 'elu'), d(3, 'softmax')], 'cce', adam(0.2), tr(80, 16));
add('lr-too-high.sgd-0.3-honey', 'honey-stores', honey(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.3), tr(80, 16));

add('lr-too-low.sgd-1e-5-honey', 'honey-stores', honey(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-temper', 'colony-temperament', temper(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-fee', 'pollination-fee', fee(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-yband', 'yield-band', yband(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-acres-season', 'season-honey-raw-features', season({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-bees-collapse', 'colony-collapse-raw', collapse({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-crop-fee', 'pollination-fee-raw-features', fee({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-solar-gain', 'scale-daily-gain-raw-features', gain({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'comb-cell-pattern', SPIRALS, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-yband', 'yield-band', yband(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.coop-constant-only', 'colony-collapse', collapse({ features: ['coop_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('loss-plateau.apiary-number-only-temper', 'colony-temperament', temper({ features: ['apiary_number'] }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));

add('oscillating-loss.rmsprop-full-batch-honey', 'honey-stores', honey(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 720));
add('oscillating-loss.rmsprop-full-batch-fee', 'pollination-fee', fee(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 480));
add('oscillating-loss.momentum-0.99-full-batch-gain', 'scale-daily-gain', gain(), [d(24, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(100, 560));
add('oscillating-loss.rmsprop-0.1-full-batch-season', 'season-honey', season(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(100, 500));

// ---------------------------------------------------------------- healthy candidates
add('ok.honey-adam-relu', 'honey-stores', honey(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.honey-rmsprop-elu-minmax', 'honey-stores', honey({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.honey-momentum-tanh', 'honey-stores', honey(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.honey-batchnorm-leaky-val', 'honey-stores', honey(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.honey-full-batch-rmsprop-small', 'honey-stores', honey(), [d(24, 'relu'), d(1)], 'mse', rms(0.005), tr(300, 720));
add('ok.collapse-adam-relu', 'colony-collapse', collapse(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.collapse-rmsprop-tanh', 'colony-collapse', collapse(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.collapse-dropout-clipnorm-wide', 'colony-collapse', collapse(), [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.003, { clipNorm: 5 }), tr(120, 64));
add('ok.temper-adam-relu', 'colony-temperament', temper(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.temper-rmsprop-tanh-dropout', 'colony-temperament', temper(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.temper-nesterov-elu', 'colony-temperament', temper(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.temper-full-batch-adam', 'colony-temperament', temper(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 600));
add('ok.gain-adam-relu', 'scale-daily-gain', gain(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.gain-sgd-batch-one', 'scale-daily-gain', gain(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.gain-weight-decay-batchnorm-val', 'scale-daily-gain', gain(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.gain-rmsprop-leaky-minmax', 'scale-daily-gain', gain({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.fee-adam-relu', 'pollination-fee', fee(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.fee-momentum-tanh', 'pollination-fee', fee(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.fee-adam-batch-8-decay', 'pollination-fee', fee(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.fee-he-uniform-sgd', 'pollination-fee', fee(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.season-adam-relu', 'season-honey', season(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.season-rmsprop-tanh', 'season-honey', season(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.season-clipnorm-sgd', 'season-honey', season(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.season-full-batch-adam', 'season-honey', season(), [d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(300, 500));
add('ok.season-nesterov-sigmoid', 'season-honey', season({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { nesterov: true }), tr(150, 16));
add('ok.yband-adam-relu', 'yield-band', yband(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.yband-momentum-elu', 'yield-band', yband(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.yband-rmsprop-dropout', 'yield-band', yband(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.yband-sigmoid-xavier-adam', 'yield-band', yband(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.iris-lecun-tanh-momentum', 'wildflower-forage-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-swarm-split', 'swarm-split', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-forage-ring', 'forage-ring', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-apiary-sites', 'apiary-sites', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-nectar-flow', 'nectar-flow-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-hive-quadrant', 'hive-quadrant', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-comb-cells', 'comb-cell-pattern', SPIRALS, [d(32, 'tanh'), d(32, 'tanh'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-extractor-pilot', 'extractor-pilot', { inline: { x: [[2, 1], [4, 1], [6, 1], [8, 1], [10, 1], [2, 3], [4, 3], [6, 3], [8, 3], [10, 3], [5, 2], [7, 2]], y: [3.0, 5.1, 7.2, 8.9, 11.1, 2.1, 3.9, 6.0, 8.2, 9.8, 5.6, 7.4] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.temper-weight-decay-sgd-batch-4', 'colony-temperament', temper(), [d(24, 'relu'), d(4, 'softmax')], 'cce', sgd(0.01, { weightDecay: 0.0001 }), tr(60, 4));
add('ok.collapse-standard-he-normal-full-batch', 'colony-collapse', collapse(), [d(24, 'relu', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 720));

// ---------------------------------------------------------------- second round (after the first observation)
add('nan-loss.momentum-0.5-batch-one-honey', 'honey-stores', honey(), [d(32, 'relu'), d(1)], 'mse', mom(0.5, 0.9), tr(40, 1));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
