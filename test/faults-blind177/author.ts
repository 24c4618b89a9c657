/**
 * Writes every candidate spec of blind fault set 177 (roofers and scaffolders) into candidates/:
 * `npx tsx test/faults-blind177/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 177, data, layers, loss, optimizer, training, ...extra };
}

const QF = ['roof_area_m2', 'pitch_deg', 'tile_count', 'storeys', 'travel_km'];
const quote = (x: Json = {}): Json => ({ csv: '../data/quote.csv', target: 'quote_gbp', features: QF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RF = ['pitch_deg', 'plan_area_m2', 'ridge_count', 'tile_count', 'building_age_y'];
const roof = (x: Json = {}): Json => ({ csv: '../data/rooftype.csv', target: 'roof_type', features: RF, normalize: 'standard', ...x });
const IF = ['lifts', 'height_m', 'wind_gust_ms', 'crew_size', 'experience_y', 'guardrail'];
const inc = (x: Json = {}): Json => ({ csv: '../data/incident.csv', target: 'fall_incident', features: IF, normalize: 'standard', ...x });
const SF = ['lifts', 'bays', 'height_m', 'tube_kg', 'wind_gust_ms'];
const scaf = (x: Json = {}): Json => ({ csv: '../data/scaffold.csv', target: 'erect_hours', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['gust_ms', 'pitch_deg', 'ridge_m', 'roof_age_y'];
const gust = (x: Json = {}): Json => ({ csv: '../data/gust.csv', target: 'tiles_slipped', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SINE = { builtin: 'sine', samples: 200, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A scaffolder's notebook: lifts and gust m/s -> job stood down that day (1) or not (0).
const INLINE_STANDDOWN = {
  inline: {
    x: [[2, 5], [3, 8], [4, 12], [5, 15], [6, 18], [7, 9], [8, 14], [2, 20], [3, 22], [4, 6], [5, 11], [6, 13], [7, 17], [8, 19], [1, 25], [2, 10], [3, 16], [4, 21], [5, 7], [6, 23], [7, 4], [8, 11], [1, 14], [3, 19]],
    y: [0, 0, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'quote-gbp', quote(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'roof-type', roof(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'erect-hours', scaf(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'fall-incident', inc(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 0));
add('invalid-spec.units-string', 'tiles-slipped', gust(), [{ type: 'dense', units: '32', activation: 'relu' }, d(1)], 'mse', adam(0.003), tr(60));

add('data-error.na-pitch', 'quote-gbp-na', quote({ csv: '../data/quote-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.crew-id-feature', 'quote-gbp', quote({ features: ['crew_id', ...QF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.inspected-ts-feature', 'fall-incident', inc({ features: ['inspected_ts', ...IF] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('data-error.gust-header-typo', 'tiles-slipped', gust({ features: ['gust_mps', 'pitch_deg', 'ridge_m', 'roof_age_y'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.hire-ref-feature-semicolon', 'erect-hours', scaf({ features: ['hire_ref', ...SF] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(50));
add('data-error.target-column-missing', 'roof-type', roof({ target: 'rooftype' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

add('shape-mismatch.roof-four-heads-no-thatch', 'roof-type', roof(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.incident-two-softmax-bce', 'fall-incident', inc(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.quote-and-tiles-one-output', 'quote-gbp', quote({ target: ['quote_gbp', 'tile_count'], features: ['roof_area_m2', 'pitch_deg', 'storeys', 'travel_km'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.blobs4-three-heads', 'yard-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.02), tr(60));

add('loss-activation-mismatch.tanh-head-bce-incident', 'fall-incident', inc(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.softmax-one-unit-bce-standdown', 'stand-down', INLINE_STANDDOWN, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.relu-head-standardized-quote', 'quote-gbp', quote(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-cce-roof', 'roof-type', roof(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(50));
add('loss-activation-mismatch.sigmoid-head-standardized-gust', 'tiles-slipped', gust(), [d(32, 'elu'), d(1, 'sigmoid')], 'mse', mom(0.02), tr(80));

add('no-nonlinearity.circles-two-linear-nesterov', 'skylight-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(120, 16));
add('no-nonlinearity.xor-linear-rmsprop-batch-4', 'two-lift-xor', XOR, [d(16), d(1, 'sigmoid')], 'bce', rms(0.005), tr(80, 4));
add('no-nonlinearity.spirals-linear-dropout-adam', 'ridge-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', adam(0.003), tr(120));
add('no-nonlinearity.moons-linear-bn-sgd', 'valley-moons', MOONS, [d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));

add('lr-out-of-range.sgd-lr-50-gust', 'tiles-slipped', gust(), [d(32, 'relu'), d(1)], 'mse', sgd(50), tr(20));
add('lr-out-of-range.rmsprop-1e-9-roof', 'roof-type', roof(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(1e-9), tr(40));
add('lr-out-of-range.adam-lr-negative-scaffold', 'erect-hours', scaf(), [d(16, 'elu'), d(1)], 'mse', adam(-0.001), tr(40));
add('lr-out-of-range.nesterov-lr-20-incident', 'fall-incident', inc(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(20), tr(20));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-adam-roof', 'roof-type', roof(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.3-tanh-sgd-circles', 'skylight-circles', CIRCLES, [d(16, 'tanh', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', mom(0.05), tr(100, 16));
add('init-symmetry.zeros-sigmoid-rmsprop-gust', 'tiles-slipped', gust(), [d(24, 'sigmoid', { init: 'zeros' }), d(24, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(80));
add('init-symmetry.constant-0.05-elu-nesterov-spirals', 'ridge-spirals', SPIRALS, [d(32, 'elu', init('constant', { value: 0.05 })), d(32, 'elu', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', nest(0.05), tr(150, 16));

add('init-scale.normal-std-4-relu-quote', 'quote-gbp', quote(), [d(64, 'relu', init('normal', { std: 4 })), d(64, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-6-sigmoid-roof', 'roof-type', roof(), [d(48, 'sigmoid', init('uniform', { limit: 6 })), d(48, 'sigmoid', init('uniform', { limit: 6 })), d(5, 'softmax', init('uniform', { limit: 6 }))], 'cce', mom(0.01), tr(50));
add('init-scale.normal-1e-5-six-relu-scaffold', 'erect-hours', scaf(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', rms(0.001), tr(60));
add('init-scale.uniform-1e-3-four-tanh-incident', 'fall-incident', inc(), [...tower(4, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', sgd(0.05), tr(40));
add('init-scale.normal-std-2-elu-sine', 'gust-cycle-sine', SINE, [...tower(3, 64, 'elu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', adam(0.002), tr(80, 16));

add('dead-relu.bias-minus-8-two-layer-quote', 'quote-gbp', quote(), [d(64, 'relu', { bias: -8 }), d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.002), tr(60));
add('dead-relu.bias-minus-4-leaky-free-moons', 'valley-moons', MOONS, [...tower(4, 16, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100, 16));
add('dead-relu.adam-0.05-batch-2-gust', 'tiles-slipped', gust(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(20, 2));
add('dead-relu.sgd-momentum-0.95-lr-0.3-scaffold', 'erect-hours', scaf(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', mom(0.3, 0.95), tr(30, 16));
add('dead-relu.rmsprop-0.05-batch-1-roof', 'roof-type', roof(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(10, 1));
add('dead-relu.bias-minus-2-wide-adam-iris', 'iris-demo', IRIS, [d(128, 'relu', { bias: -6 }), d(3, 'softmax')], 'cce', adam(0.01), tr(80, 16));

add('exploding-gradient.raw-quote-target-adam', 'quote-gbp-raw-target', quote({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-tiles-sgd-momentum', 'quote-gbp-raw-features', quote({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0005, 0.9), tr(30));
add('exploding-gradient.raw-tube-kg-rmsprop', 'erect-hours-raw', scaf({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.constant-1.5-relu-deep-gust', 'tiles-slipped', gust(), [...tower(5, 48, 'relu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', sgd(0.001), tr(20));
add('exploding-gradient.raw-permit-incident-sgd', 'fall-incident-raw', inc({ features: ['lifts', 'wind_gust_ms', 'experience_y', 'permit_no'], normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.001), tr(30, 16));
add('exploding-gradient.raw-tiles-target-nesterov', 'roof-tiles-raw', roof({ target: 'tile_count', features: ['pitch_deg', 'plan_area_m2', 'ridge_count', 'building_age_y'] }), [d(32, 'elu'), d(1)], 'mse', nest(0.0001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-quote', 'quote-gbp', quote(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.nine-tanh-std-0.03-roof', 'roof-type', roof(), [...tower(9, 32, 'tanh', init('normal', { std: 0.03 })), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('vanishing-gradient.twelve-sigmoid-rmsprop-circles', 'skylight-circles', CIRCLES, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(100));
add('vanishing-gradient.seven-sigmoid-nesterov-incident', 'fall-incident', inc(), [...tower(7, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));

add('nan-loss.sgd-momentum-0.99-lr-1-quote', 'quote-gbp', quote(), [d(32, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(10, 8));
add('nan-loss.raw-tiles-target-sgd-plain', 'quote-gbp-raw', quote({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.rmsprop-5-batch-1-gust', 'tiles-slipped', gust(), [d(32, 'elu'), d(1)], 'mse', rms(5), tr(5, 1));
add('nan-loss.constant-3-relu-ten-scaffold', 'erect-hours', scaf(), [...tower(10, 32, 'relu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', adam(0.001), tr(20));

add('saturated-activation.sigmoid-raw-tiles-quote', 'quote-gbp-raw-features', quote({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-age-roof', 'roof-type-raw', roof({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-8-incident', 'fall-incident', inc(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('saturated-activation.tanh-raw-tube-scaffold', 'erect-hours-raw-features', scaf({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.005), tr(60));

add('lr-too-high.rmsprop-0.05-batch-2-sine', 'gust-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(40, 2));
add('lr-too-high.adam-0.03-batch-1-quote', 'quote-gbp', quote(), [d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(10, 1));
add('lr-too-high.sgd-plain-2-batch-8-roof', 'roof-type', roof(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(2), tr(30, 8));
add('lr-too-high.nesterov-0.95-lr-0.2-incident', 'fall-incident', inc(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.2, 0.95), tr(30, 16));
add('lr-too-high.rmsprop-0.04-batch-4-scaffold', 'erect-hours', scaf(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.04), tr(30, 4));
add('lr-too-high.adam-0.05-batch-2-iris', 'iris-demo', IRIS, [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.05), tr(30, 2));

add('lr-too-low.adam-2e-6-gust', 'tiles-slipped', gust(), [d(32, 'relu'), d(1)], 'mse', adam(0.000002), tr(60));
add('lr-too-low.sgd-plain-1e-5-scaffold', 'erect-hours', scaf(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.rmsprop-1e-6-roof', 'roof-type', roof(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.000001), tr(50));
add('lr-too-low.nesterov-3e-6-batch-64-circles', 'skylight-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.000003), tr(150, 64));
add('lr-too-low.raw-area-sgd-1e-9-quote', 'quote-gbp-raw-linear', quote({ features: ['roof_area_m2'], normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', sgd(1e-9), tr(60, 32));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-quote', 'quote-gbp', quote(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 900));
add('oscillating-loss.nesterov-0.97-lr-0.3-full-batch-linear-gust', 'tiles-slipped', gust(), [d(1)], 'mse', nest(0.3, 0.97), tr(150, 700));
add('oscillating-loss.adam-0.05-batch-2-linear-scaffold', 'erect-hours', scaf(), [d(1)], 'mse', adam(0.05), tr(40, 2));
add('oscillating-loss.rmsprop-0.02-batch-1-linear-quote', 'quote-gbp', quote(), [d(1)], 'mse', rms(0.02), tr(20, 1));
add('oscillating-loss.sgd-plain-0.95-batch-800-linear-scaffold', 'erect-hours', scaf({ features: ['lifts', 'bays', 'height_m', 'tube_kg'] }), [d(1)], 'mse', sgd(0.95), tr(150, 800));
add('oscillating-loss.momentum-0.95-lr-0.5-logistic-incident', 'fall-incident', inc(), [d(1, 'sigmoid')], 'bce', mom(0.5, 0.95), tr(100, 1200));
add('oscillating-loss.rmsprop-0.03-full-batch-linear-gust', 'tiles-slipped', gust(), [d(1)], 'mse', rms(0.03), tr(200, 700));
add('oscillating-loss.adam-0.02-batch-4-tanh-sine', 'gust-cycle-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.02, { }), tr(80, 4));

add('oscillating-loss.momentum-0.99-lr-0.03-full-batch-linear-scaffold', 'erect-hours', scaf(), [d(1)], 'mse', mom(0.03, 0.99), tr(150, 800));
add('oscillating-loss.momentum-0.98-lr-0.1-full-batch-linear-gust', 'tiles-slipped', gust(), [d(1)], 'mse', mom(0.1, 0.98), tr(150, 700));
add('oscillating-loss.nesterov-0.99-lr-0.04-full-batch-linear-roof-tiles', 'roof-tiles', roof({ target: 'tile_count', features: ['pitch_deg', 'plan_area_m2', 'ridge_count', 'building_age_y'], normalizeTarget: 'standard' }), [d(1)], 'mse', nest(0.04, 0.99), tr(150, 1000));
add('loss-plateau.van-no-only-roof', 'roof-type', roof({ features: ['van_no'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.permit-only-incident', 'fall-incident', inc({ features: ['permit_no', 'crew_size'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.hour-only-gust', 'tiles-slipped', gust({ features: ['hour'] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('loss-plateau.weight-decay-5-sgd-quote', 'quote-gbp', quote(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-scaffold', 'erect-hours', scaf(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.quote-adam-relu', 'quote-gbp', quote(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.quote-adam-batch-2-elu', 'quote-gbp', quote(), [d(16, 'elu'), d(1)], 'mse', adam(0.003, {}), tr(20, 2));
add('ok.quote-rmsprop-batch-4-tanh', 'quote-gbp', quote(), [d(16, 'tanh'), d(1)], 'mse', rms(0.005), tr(25, 4));
add('ok.quote-raw-area-sgd-1e-5-linear', 'quote-gbp-raw-linear', quote({ features: ['roof_area_m2'], normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', sgd(0.00001), tr(60, 32));
add('ok.quote-raw-tiles-sgd-1e-7-linear', 'quote-gbp-raw-linear', quote({ features: ['tile_count'], normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', sgd(0.0000001), tr(60, 16));
add('ok.quote-momentum-0.9-linear', 'quote-gbp', quote(), [d(1)], 'mse', mom(0.01, 0.9), tr(60, 32));
add('ok.quote-nesterov-0.95-leaky-decay', 'quote-gbp', quote(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.005, 0.95, { weightDecay: 0.0001 }), tr(60, 32));
add('ok.quote-minmax-adam-bn-dropout', 'quote-gbp', quote({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(80, 64));
add('ok.roof-adam-relu', 'roof-type', roof(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.roof-adam-batch-4-relu-small', 'roof-type', roof(), [d(8, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(15, 4));
add('ok.roof-sgd-relu-he-uniform', 'roof-type', roof(), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', sgd(0.05), tr(80, 16));
add('ok.roof-rmsprop-tanh-val', 'roof-type', roof(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.003), tr(60, 32, { validationSplit: 0.2 }));
add('ok.roof-softmax-regression-nesterov', 'roof-type', roof(), [d(5, 'softmax')], 'cce', nest(0.05, 0.95), tr(100, 64));
add('ok.incident-adam-relu', 'fall-incident', inc(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.incident-logistic-momentum-0.9', 'fall-incident', inc(), [d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(80, 64));
add('ok.incident-rmsprop-elu-clip', 'fall-incident', inc(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.incident-minmax-tanh-sgd', 'fall-incident', inc({ normalize: 'minmax' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.2), tr(120, 16));
add('ok.scaffold-adam-relu', 'erect-hours', scaf(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.scaffold-rmsprop-batch-2-relu', 'erect-hours', scaf(), [d(16, 'relu'), d(1)], 'mse', rms(0.003), tr(15, 2));
add('ok.scaffold-momentum-0.95-tanh', 'erect-hours', scaf(), [d(32, 'tanh'), d(1)], 'mse', mom(0.005, 0.95), tr(80, 32));
add('ok.scaffold-nesterov-0.99-linear', 'erect-hours', scaf(), [d(1)], 'mse', nest(0.002, 0.99), tr(80, 32));
add('ok.scaffold-adam-deep-elu-bn', 'erect-hours', scaf(), [d(32, 'elu', { batchNorm: true }), d(32, 'elu', { batchNorm: true }), d(32, 'elu'), d(1)], 'mse', adam(0.002), tr(80, 32));
add('ok.scaffold-raw-tube-sgd-1e-6', 'erect-hours-raw', scaf({ features: ['tube_kg'], normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', sgd(0.0000005), tr(80, 16));
add('ok.gust-adam-relu', 'tiles-slipped', gust(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.gust-adam-batch-1-tanh', 'tiles-slipped', gust(), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(15, 1));
add('ok.gust-rmsprop-leaky-deep', 'tiles-slipped', gust(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(100));
add('ok.gust-sgd-elu-xavier-batch-8', 'tiles-slipped', gust(), [d(32, 'elu', { init: 'xavier_normal' }), d(1)], 'mse', sgd(0.02), tr(100, 8));
add('ok.gust-adam-weight-decay-dropout', 'tiles-slipped', gust(), [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0001 }), tr(100));
add('ok.sine-adam-batch-2-tanh', 'gust-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(60, 2));
add('ok.sine-rmsprop-batch-4-elu', 'gust-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(60, 4));
add('ok.sine-nesterov-tanh-deep', 'gust-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', nest(0.02, 0.9), tr(300, 16));
add('ok.moons-adam-relu-batch-4', 'valley-moons', MOONS, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(60, 4));
add('ok.moons-momentum-0.95-tanh', 'valley-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.95), tr(150, 16));
add('ok.circles-rmsprop-relu-batch-2', 'skylight-circles', CIRCLES, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(60, 2));
add('ok.circles-sgd-relu-bn', 'skylight-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));
add('ok.xor-adam-tanh-full-batch', 'two-lift-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 300));
add('ok.xor-nesterov-leaky-batch-8', 'two-lift-xor', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(100, 8));
add('ok.spirals-adam-tanh-deep', 'ridge-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300, 32));
add('ok.blobs4-sgd-sigmoid', 'yard-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(80, 16));
add('ok.blobs4-rmsprop-batch-1-relu', 'yard-blobs', BLOBS4, [d(8, 'relu'), d(4, 'softmax')], 'cce', rms(0.003), tr(10, 1));
add('ok.iris-adam-relu-batch-4', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(60, 4));
add('ok.iris-momentum-0.9-elu-full-batch', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', mom(0.1, 0.9), tr(300, 150));
add('ok.standdown-inline-adam-tanh', 'stand-down', INLINE_STANDDOWN, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 4));
add('ok.standdown-inline-logistic-nesterov', 'stand-down', INLINE_STANDDOWN, [d(1, 'sigmoid')], 'bce', nest(0.1, 0.9), tr(300, 24));
add('ok.sine-sgd-sigmoid-deep-clip', 'gust-cycle-sine', SINE, [d(32, 'sigmoid'), d(32, 'sigmoid'), d(1)], 'mse', mom(0.1, 0.9, { clipNorm: 5 }), tr(400, 16));
add('ok.roof-adam-leaky-lecun-dropout', 'roof-type', roof(), [d(64, 'leaky_relu', { init: 'lecun_normal' }), drop(0.2), d(5, 'softmax')], 'cce', adam(0.003), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
