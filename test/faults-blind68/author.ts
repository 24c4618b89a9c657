/**
 * Writes every candidate spec of test/faults-blind68 into candidates/ (`npx tsx test/faults-blind68/author.ts`).
 * Names: `<code>.<slug>` for a spec written to show a fault, `healthy.<slug>` for one meant to train well.
 * The verdicts (and the filing into faulty/, healthy/ or dropped/) are made afterwards from what the bare
 * engine did (observed.txt), in write-manifest.py.
 */
import * as fs from 'fs';
import * as path from 'path';
import { normal, rng } from '../faults/data-random';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');

const BIDS_F = ['floor_area_m2', 'storeys', 'steel_t', 'region_north', 'region_south', 'region_east', 'region_west', 'month'];
const LIST_F = ['rooms', 'area_m2', 'age_years', 'dist_centre_m', 'energy_rank'];
const SENS_E = ['hour', 'outdoor_temp_c', 'indoor_temp_c', 'co2_ppm', 'occupancy', 'hvac_kw'];
const SENS_F = ['hour', 'outdoor_temp_c', 'indoor_temp_c', 'co2_ppm', 'occupancy', 'hvac_kw', 'energy_kwh'];
const INSP_F = ['exits_blocked', 'wiring_score', 'leak_count', 'crack_width_mm', 'handrails_ok', 'extinguisher_expired', 'building_age'];
const INC_F = ['workers', 'hours_worked', 'scaffold_height_m', 'near_misses', 'training_pct', 'wind_kmh'];
const ARR_F = ['monthly_rent', 'monthly_income', 'tenure_months', 'prior_late_payments', 'household_size'];

const csv = (file: string, target: string | string[], features: string[] | undefined, normalize = 'standard', extra: Json = {}): Json => ({
  csv: `../data/${file}`,
  target,
  ...(features ? { features } : {}),
  normalize,
  ...extra,
});
const bids = (target: string | string[] = 'cost_musd', normalize = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('bids.csv', target, BIDS_F, normalize, extra);
const listings = (target = 'price', normalize = 'standard', extra: Json = target === 'price' ? { normalizeTarget: 'standard' } : {}) => csv('listings.csv', target, LIST_F, normalize, extra);
const sensorsEnergy = (normalize = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('sensors.csv', 'energy_kwh', SENS_E, normalize, extra);
const sensorsFault = (normalize = 'standard') => csv('sensors.csv', 'hvac_fault', SENS_F, normalize);
const inspections = (normalize = 'standard') => csv('inspections.csv', 'grade', INSP_F, normalize);
const incidents = (normalize = 'standard') => csv('incidents.csv', 'incident', INC_F, normalize);
const arrears = (normalize = 'standard') => csv('arrears.csv', 'in_arrears', ARR_F, normalize);

/** A dense layer: `d(16, 'relu')`, with any extra keys. */
const d = (units: number, activation?: string, extra: Json = {}): Json => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 68): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

const specs: Record<string, Json> = {};
const add = (file: string, s: Json) => {
  if (specs[file]) throw new Error(`duplicate ${file}`);
  specs[file] = s;
};

/** A small lift-load table typed in by hand from a test log: cabin load (kg), floors travelled -> motor energy (Wh). */
function liftInline(): Json {
  const next = rng(6810);
  const x: number[][] = [], y: number[] = [];
  for (let i = 0; i < 60; i++) {
    const load = Math.round(100 + next() * 900), floors = 1 + Math.floor(next() * 14);
    x.push([load, floors]);
    y.push(Number((4 + 0.012 * load * floors + 0.8 * floors + normal(next, 0, 1)).toFixed(2)));
  }
  return { inline: { x, y }, normalize: 'standard', normalizeTarget: 'standard' };
}

// ---------------------------------------------------------------- healthy candidates
add('healthy.bids-cost-adam', spec('bids-cost-adam', bids(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(200)));
add('healthy.bids-overrun-tanh-rmsprop', spec('bids-overrun-tanh-rmsprop', bids('overrun_days'), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.002), train(200)));
add('healthy.bids-cost-minmax-momentum', spec('bids-cost-minmax-momentum', bids('cost_musd', 'minmax'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(300, 16)));
add('healthy.bids-cost-and-overrun', spec('bids-cost-and-overrun', bids(['cost_musd', 'overrun_days']), [d(32, 'relu'), d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), train(250)));
add('healthy.bids-cost-dropout-decay', spec('bids-cost-dropout-decay', bids(), [d(48, 'relu'), drop(0.1), d(24, 'relu'), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), train(250)));
add('healthy.bids-cost-usd-scaled-target', spec('bids-cost-usd-scaled-target', bids('cost_usd'), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('adam', 0.003), train(200)));
add('healthy.bids-overrun-clipped-adam', spec('bids-overrun-clipped-adam', bids('overrun_days'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.002, { clipNorm: 5 }), train(200, 32, { validationSplit: 0.2 })));
add('healthy.listings-price-elu', spec('listings-price-elu', listings(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('adam', 0.002), train(200)));
add('healthy.listings-band-relu', spec('listings-band-relu', listings('price_band'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(150)));
add('healthy.listings-band-batchnorm-momentum', spec('listings-band-batchnorm-momentum', listings('price_band'), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(120)));
add('healthy.listings-price-leaky-rmsprop', spec('listings-price-leaky-rmsprop', listings(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', opt('rmsprop', 0.001), train(200, 16)));
add('healthy.listings-band-index-cce', spec('listings-band-index-cce', listings('price_band_idx'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), train(200)));
add('healthy.listings-price-tanh-momentum', spec('listings-price-tanh-momentum', listings(), [d(24, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(250)));
add('healthy.sensors-energy-sgd', spec('sensors-energy-sgd', sensorsEnergy(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), train(150)));
add('healthy.sensors-energy-tanh-adam-val', spec('sensors-energy-tanh-adam-val', sensorsEnergy(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.003), train(150, 32, { validationSplit: 0.2 })));
add('healthy.sensors-energy-he-uniform-rmsprop', spec('sensors-energy-he-uniform-rmsprop', sensorsEnergy(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', opt('rmsprop', 0.002), train(150, 64)));
add('healthy.sensors-fault-adam', spec('sensors-fault-adam', sensorsFault(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(300)));
add('healthy.sensors-fault-rmsprop-clip', spec('sensors-fault-rmsprop-clip', sensorsFault(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { clipNorm: 1 }), train(300)));
add('healthy.sensors-fault-tanh-momentum', spec('sensors-fault-tanh-momentum', sensorsFault(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(300)));
add('healthy.inspections-grade-adam', spec('inspections-grade-adam', inspections(), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(200)));
add('healthy.inspections-onehot-nesterov', spec('inspections-onehot-nesterov', csv('inspections.csv', ['grade_pass', 'grade_minor', 'grade_major'], INSP_F), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), train(200)));
add('healthy.inspections-dropout-batchnorm-rmsprop', spec('inspections-dropout-batchnorm-rmsprop', inspections(), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), train(200)));
add('healthy.inspections-leaky-momentum', spec('inspections-leaky-momentum', inspections('minmax'), [d(32, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(250)));
add('healthy.incidents-adam', spec('incidents-adam', incidents(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));
add('healthy.incidents-tanh-momentum-minmax', spec('incidents-tanh-momentum-minmax', incidents('minmax'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(250)));
add('healthy.incidents-decay-dropout', spec('incidents-decay-dropout', incidents(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-3 }), train(200)));
add('healthy.incidents-rmsprop-small-batch', spec('incidents-rmsprop-small-batch', incidents(), [d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(120, 16)));
add('healthy.arrears-adam', spec('arrears-adam', arrears(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(200)));
add('healthy.arrears-elu-rmsprop', spec('arrears-elu-rmsprop', arrears(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), train(200)));
add('healthy.arrears-sgd-lecun-tanh', spec('arrears-sgd-lecun-tanh', arrears(), [d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), train(300, 64)));
add('healthy.arrears-three-layers-val', spec('arrears-three-layers-val', arrears(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-3 }), train(60, 32, { validationSplit: 0.2 })));
add('healthy.crane-zone-circles', spec('crane-zone-circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(300)));
add('healthy.site-zones-moons', spec('site-zones-moons', { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200)));
add('healthy.daily-load-sine', spec('daily-load-sine', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.01), train(300)));
add('healthy.yard-clusters-blobs', spec('yard-clusters-blobs', { builtin: 'blobs', classes: 4, samples: 320 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), train(100)));
add('healthy.corner-lots-xor', spec('corner-lots-xor', { builtin: 'xor', samples: 300 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(300)));
add('healthy.lift-energy-inline', spec('lift-energy-inline', liftInline(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), train(300, 16)));
add('healthy.iris-landscaping-species', spec('iris-landscaping-species', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16)));

// ---------------------------------------------------------------- invalid-spec
add('invalid-spec.optimiser-british', { ...spec('bids-optimiser-british', bids(), [d(32, 'relu'), d(1)], 'mse', {}, train(200)), optimizer: undefined, optimiser: opt('adam', 0.003) });
add('invalid-spec.activation-relu-capital', spec('listings-band-ReLU', listings('price_band'), [d(32, 'ReLU'), d(16, 'ReLU'), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(150)));
add('invalid-spec.loss-mae', spec('bids-overrun-mae', bids('overrun_days'), [d(32, 'relu'), d(1)], 'mae', opt('adam', 0.003), train(200)));
add('invalid-spec.learning-rate-key', spec('sensors-energy-learning-rate', sensorsEnergy(), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', learning_rate: 0.003 }, train(150)));
add('invalid-spec.batch-size-snake', spec('incidents-batch-size', incidents(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), { epochs: 150, batch_size: 64 }));
add('invalid-spec.normalize-zscore', spec('arrears-zscore', { ...arrears(), normalize: 'zscore' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));

// ---------------------------------------------------------------- data-error
add('data-error.co2-na-cells', spec('sensors-export-energy', csv('sensors-export.csv', 'energy_kwh', SENS_E, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(150)));
add('data-error.energy-label-text-feature', spec('listings-all-columns', csv('listings.csv', 'price', undefined, 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(150)));
add('data-error.three-bid-rows', spec('bids-q1-cost', csv('bids-q1.csv', 'cost_musd', BIDS_F, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100, 8)));
add('data-error.target-column-renamed', spec('bids-total-cost', csv('bids.csv', 'total_cost_musd', BIDS_F, 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(200)));
add('data-error.rent-dollar-signs', spec('arrears-ledger', csv('arrears-ledger.csv', 'in_arrears', ARR_F), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));
add('data-error.missing-2024-file', spec('bids-2024-cost', csv('bids_2024.csv', 'cost_musd', BIDS_F, 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(200)));
add('data-error.feature-gross-floor-area', spec('bids-gfa', csv('bids.csv', 'cost_musd', ['gross_floor_area', 'storeys', 'steel_t', 'month'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(200)));

// ---------------------------------------------------------------- shape-mismatch
add('shape-mismatch.two-grades-for-three', spec('inspections-two-units', inspections(), [d(24, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.005), train(200)));
add('shape-mismatch.three-bands-for-four', spec('listings-three-bands', listings('price_band'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(150)));
add('shape-mismatch.one-output-two-targets', spec('bids-cost-overrun-one-unit', bids(['cost_musd', 'overrun_days']), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(200)));
add('shape-mismatch.two-sigmoid-units-bce', spec('incidents-two-sigmoids', incidents(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));

// ---------------------------------------------------------------- loss-activation-mismatch
add('loss-activation-mismatch.softmax-mse-grades', spec('inspections-softmax-mse', csv('inspections.csv', ['grade_pass', 'grade_minor', 'grade_major'], INSP_F), [d(24, 'relu'), d(3, 'softmax')], 'mse', opt('adam', 0.005), train(200)));
add('loss-activation-mismatch.linear-bce-incidents', spec('incidents-linear-bce', incidents(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), train(150)));
add('loss-activation-mismatch.sigmoid-cost-regression', spec('bids-cost-sigmoid-out', bids(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(200)));
add('loss-activation-mismatch.single-softmax-bce', spec('arrears-single-softmax', arrears(), [d(16, 'relu'), d(1, 'softmax')], 'bce', opt('adam', 0.003), train(150)));

// ---------------------------------------------------------------- init-symmetry
add('init-symmetry.zeros-bids-hidden', spec('bids-cost-zeros', bids(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1)], 'mse', opt('adam', 0.003), train(200)));
add('init-symmetry.constant-incidents-hidden', spec('incidents-constant-init', incidents(), [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(8, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150)));
add('init-symmetry.zeros-sensors-tanh', spec('sensors-energy-zeros', sensorsEnergy(), [d(24, 'tanh', { init: 'zeros' }), d(1, undefined, { init: 'zeros' })], 'mse', opt('rmsprop', 0.002), train(150)));

// ---------------------------------------------------------------- init-scale
add('init-scale.normal-std2-listings', spec('listings-price-std2', listings(), [d(64, 'relu', { init: 'normal', std: 2 }), d(64, 'relu', { init: 'normal', std: 2 }), d(32, 'relu', { init: 'normal', std: 2 }), d(1)], 'mse', opt('adam', 0.002), train(150)));
add('init-scale.tiny-normal-arrears-tanh', spec('arrears-tiny-init', arrears(), [d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(1, 'sigmoid', { init: 'normal', std: 1e-4 })], 'bce', opt('sgd', 0.05), train(150)));
add('init-scale.uniform-limit3-inspections', spec('inspections-uniform3', inspections(), [d(64, 'relu', { init: 'uniform', limit: 3 }), d(64, 'relu', { init: 'uniform', limit: 3 }), d(3, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(150)));

// ---------------------------------------------------------------- no-nonlinearity
add('no-nonlinearity.overrun-default-activation', spec('bids-overrun-no-activation', bids('overrun_days'), [d(32), d(16), d(1)], 'mse', opt('adam', 0.003), train(200)));
add('no-nonlinearity.crane-zone-linear-hidden', spec('crane-zone-linear', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(300)));
add('no-nonlinearity.grades-linear-hidden', spec('inspections-linear-hidden', inspections(), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), train(200)));

// ---------------------------------------------------------------- lr-out-of-range
add('lr-out-of-range.sgd-lr-zero', spec('sensors-energy-lr0', sensorsEnergy(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0, { momentum: 0.9 }), train(150)));
add('lr-out-of-range.adam-lr-5', spec('listings-band-adam5', listings('price_band'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 5), train(150)));
add('lr-out-of-range.rmsprop-lr-1e-9', spec('arrears-rmsprop-1e-9', arrears(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-9), train(200)));
add('lr-out-of-range.sgd-negative-lr', spec('incidents-negative-lr', incidents(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', -0.05), train(150)));

// ---------------------------------------------------------------- dead-relu
add('dead-relu.raw-area-sgd', spec('bids-cost-raw-features', bids('cost_musd', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), train(100)));
add('dead-relu.adam-lr-0.1-incidents', spec('incidents-adam-0.1', incidents(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.1), train(100)));
add('dead-relu.momentum-lr-0.5-bands', spec('listings-band-momentum-0.5', listings('price_band'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.9 }), train(100)));
add('dead-relu.negative-bias-sparse', spec('sensors-energy-negative-bias', sensorsEnergy(), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1)], 'mse', opt('adam', 0.002), train(150)));

// ---------------------------------------------------------------- exploding-gradient
add('exploding-gradient.raw-usd-target-clipped', spec('bids-cost-usd-clipped', bids('cost_usd', 'standard', {}), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003, { clipNorm: 1 }), train(150)));
add('exploding-gradient.deep-raw-sensors-rmsprop', spec('sensors-energy-deep-raw', sensorsEnergy('none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 1e-4), train(100)));
add('exploding-gradient.price-raw-clipped-sgd', spec('listings-price-raw-clipped', listings('price', 'standard', {}), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, clipNorm: 10 }), train(150)));

// ---------------------------------------------------------------- vanishing-gradient
add('vanishing-gradient.eight-sigmoid-incidents', spec('incidents-eight-sigmoids', incidents(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(150)));
add('vanishing-gradient.deep-sigmoid-bands-momentum', spec('listings-band-deep-sigmoid', listings('price_band'), [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), train(150)));
add('vanishing-gradient.tanh-small-normal-arrears', spec('arrears-deep-tanh-small', arrears(), [d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150)));

// ---------------------------------------------------------------- nan-loss
add('nan-loss.raw-usd-target-sgd', spec('bids-cost-usd-sgd', bids('cost_usd', 'standard', {}), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01), train(100)));
add('nan-loss.epoch-timestamp-feature', spec('sensors-energy-with-epoch', csv('sensors.csv', 'energy_kwh', ['reading_epoch', ...SENS_E], 'none'), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100)));
add('nan-loss.raw-price-momentum', spec('listings-price-raw-momentum', listings('price', 'standard', {}), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100)));

// ---------------------------------------------------------------- lr-too-high
add('lr-too-high.adam-0.3-arrears', spec('arrears-adam-0.3', arrears(), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), train(100)));
add('lr-too-high.sgd-1.5-bids-cost', spec('bids-cost-sgd-1.5', bids(), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 1.5), train(100)));
add('lr-too-high.rmsprop-0.1-inspections', spec('inspections-rmsprop-0.1', inspections(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.1), train(100)));
add('lr-too-high.momentum-0.3-sensors', spec('sensors-energy-momentum-0.3', sensorsEnergy(), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), train(100)));

// ---------------------------------------------------------------- lr-too-low
add('lr-too-low.sgd-1e-5-overrun', spec('bids-overrun-sgd-1e-5', bids('overrun_days'), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 1e-5), train(100)));
add('lr-too-low.adam-1e-6-incidents', spec('incidents-adam-1e-6', incidents(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 1e-6), train(100)));
add('lr-too-low.rmsprop-1e-6-bands', spec('listings-band-rmsprop-1e-6', listings('price_band'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 1e-6), train(100)));
add('lr-too-low.momentum-1e-6-sensors-fault', spec('sensors-fault-momentum-1e-6', sensorsFault(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-6, { momentum: 0.9 }), train(120)));

// ---------------------------------------------------------------- saturated-activation
add('saturated-activation.sigmoid-raw-sensors', spec('sensors-fault-sigmoid-raw', sensorsFault('none'), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));
add('saturated-activation.tanh-raw-area', spec('bids-cost-tanh-raw', bids('cost_musd', 'none'), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.003), train(150)));
add('saturated-activation.tanh-raw-distance', spec('listings-band-tanh-raw', listings('price_band', 'none'), [d(32, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), train(150)));

// ---------------------------------------------------------------- loss-plateau
add('loss-plateau.rare-fault-raw-sgd', spec('sensors-fault-raw-sgd', sensorsFault('none'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.001), train(150)));
add('loss-plateau.corner-lots-two-relu', spec('corner-lots-two-relu', { builtin: 'xor', samples: 300 }, [d(2, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), train(200)));
add('loss-plateau.arrears-raw-income-sigmoid', spec('arrears-raw-sigmoid', arrears('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(200)));
add('loss-plateau.incidents-dead-bias-start', spec('incidents-negative-bias', incidents(), [d(16, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(150)));

// ---------------------------------------------------------------- oscillating-loss
add('oscillating-loss.momentum-0.99-full-batch', spec('sensors-energy-momentum-0.99', sensorsEnergy(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(150, 640)));
add('oscillating-loss.rmsprop-batch-8-incidents', spec('incidents-rmsprop-batch8', incidents(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.03), train(100, 8)));
add('oscillating-loss.sgd-full-batch-edge', spec('bids-cost-full-batch-edge', bids(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.9), train(150, 420)));
add('oscillating-loss.adam-batch-4-price', spec('listings-price-adam-batch4', listings(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.05), train(60, 4)));

// ---------------------------------------------------------------- second round (after the first observe pass)
add('lr-too-high.sgd-0.5-sensors-energy', spec('sensors-energy-sgd-0.5', sensorsEnergy(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.5), train(100)));
add('lr-too-high.adam-0.1-inspections-tanh', spec('inspections-adam-0.1-tanh', inspections(), [d(32, 'tanh'), d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.1), train(100)));
add('lr-too-high.rmsprop-0.05-price', spec('listings-price-rmsprop-0.05', listings(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), train(100)));
add('lr-too-high.adam-0.2-overrun', spec('bids-overrun-adam-0.2', bids('overrun_days'), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.2), train(100)));
add('loss-plateau.overrun-from-ids-and-dates', spec('bids-overrun-ids-dates', csv('bids.csv', 'overrun_days', ['bid_id', 'submitted_epoch'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(150)));
add('loss-plateau.energy-from-building-and-epoch', spec('sensors-energy-building-epoch', csv('sensors.csv', 'energy_kwh', ['building_id', 'reading_epoch'], 'minmax', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(150)));
add('loss-plateau.weight-decay-0.5-grades', spec('inspections-weight-decay-0.5', inspections(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.5 }), train(150)));
add('loss-plateau.dropout-0.9-keep-prob', spec('incidents-dropout-0.9', incidents(), [d(32, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));
add('loss-plateau.arrears-sgd-decay-0.1', spec('arrears-sgd-decay-0.1', arrears(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { weightDecay: 0.1 }), train(200)));
add('oscillating-loss.momentum-0.95-full-batch-cost', spec('bids-cost-momentum-0.95-full', bids(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), train(150, 420)));
add('oscillating-loss.rmsprop-full-batch-price', spec('listings-price-rmsprop-full', listings(), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.01), train(150, 480)));
add('oscillating-loss.adam-0.03-full-batch-energy', spec('sensors-energy-adam-full', sensorsEnergy(), [d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.03), train(150, 640)));
add('oscillating-loss.sgd-0.3-batch-8-arrears', spec('arrears-sgd-0.3-batch8', arrears(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), train(100, 8)));

add('oscillating-loss.sgd-0.25-batch-8-price', spec('listings-price-sgd-0.25-batch8', listings(), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.25), train(100, 8)));
add('oscillating-loss.adam-0.1-batch-16-energy', spec('sensors-energy-adam-0.1-batch16', sensorsEnergy(), [d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.1), train(100, 16)));
add('oscillating-loss.rmsprop-0.05-batch-8-overrun', spec('bids-overrun-rmsprop-0.05-batch8', bids('overrun_days'), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.05), train(100, 8)));
add('oscillating-loss.momentum-lr-2-incidents', spec('incidents-momentum-lr-2', incidents(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 2, { momentum: 0.9 }), train(100)));
add('oscillating-loss.momentum-lr-1-grades', spec('inspections-momentum-lr-1', inspections(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 1, { momentum: 0.9 }), train(100)));
add('oscillating-loss.full-batch-momentum-0.3-cost', spec('bids-cost-full-batch-momentum-0.3', bids(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), train(150, 420)));
add('oscillating-loss.band-batchnorm-momentum-0.2', spec('listings-band-batchnorm-momentum-0.2', listings('price_band'), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('sgd', 0.2, { momentum: 0.9 }), train(120)));
add('oscillating-loss.adam-0.5-batch-16-arrears', spec('arrears-adam-0.5-batch16', arrears(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), train(100, 16)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, s] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
