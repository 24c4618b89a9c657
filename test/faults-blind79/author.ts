/**
 * Writes every candidate spec of test/faults-blind79 into candidates/ (`npx tsx test/faults-blind79/author.ts`).
 * Theme: emergency services and disaster response. Names start with the intended code or "healthy.";
 * write-manifest.py files each by what the bare engine did (observed.txt), not by this intent.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');

const CALLS_RT = ['call_hour', 'caller_distance_m', 'units_available', 'queue_length', 'rain_flag', 'night_flag'];
const CALLS_PRI = ['patient_age', 'breathing_difficulty', 'rain_flag', 'caller_distance_m', 'queue_length'];
const FIRE = ['wind_kmh', 'humidity_share', 'fuel_t_ha', 'slope_deg', 'days_since_rain'];
const FLOOD = ['river_level_cm', 'rainfall_mm', 'soil_moisture'];
const SHELTER = ['capacity', 'evacuees_in_area', 'distance_km', 'hours_open', 'pets_allowed'];
const DAMAGE = ['flood_depth_cm', 'building_age_y', 'floor_area_m2', 'wind_gust_kmh'];

const csv = (file: string, target: string, features: string[], normalize = 'standard', extra: Json = {}): Json => ({
  csv: `../data/${file}`,
  target,
  features,
  normalize,
  ...extra,
});
const dense = (units: number, activation: string, extra: Json = {}): Json => ({ type: 'dense', units, activation, ...extra });
const dropout = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, shuffle: true, ...extra });

const specs: Record<string, Json> = {};
function add(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 79): void {
  specs[file] = { name, seed, data, layers, loss, optimizer, training };
}

const rtData = (normalize = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('calls.csv', 'response_s', CALLS_RT, normalize, extra);
const priData = (normalize = 'standard') => csv('calls.csv', 'priority', CALLS_PRI, normalize);
const triData = (normalize = 'standard') => csv('calls.csv', 'triage', CALLS_PRI, normalize);
const fireLog = (normalize = 'standard') => csv('wildfires.csv', 'log_burned_ha', FIRE, normalize);
const fireLarge = (normalize = 'standard') => csv('wildfires.csv', 'large_fire', FIRE, normalize);
const floodData = (normalize = 'standard') => csv('floods.csv', 'evacuate', FLOOD, normalize);
const shelterData = (normalize = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('shelters.csv', 'occupancy', SHELTER, normalize, extra);
const costData = (normalize = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('damage.csv', 'damage_eur', DAMAGE, normalize, extra);
const gradeData = (normalize = 'standard') => csv('damage.csv', 'grade', DAMAGE, normalize);

// ---------------------------------------------------------------- healthy candidates
add('healthy.calls-response-adam', 'ambulance response time', rtData(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
add('healthy.calls-response-rmsprop-minmax', 'response time, minmax', rtData('minmax'), [dense(24, 'elu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.002), train(150));
add('healthy.calls-response-momentum-tanh', 'response time, momentum', rtData(), [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(150));
add('healthy.calls-response-clip-wd', 'response time, clipped', rtData(), [dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(1, 'linear')], 'mse', opt('adam', 0.002, { clipNorm: 5, weightDecay: 1e-4 }), train(200, 64));
add('healthy.calls-priority-adam', 'call priority', priData(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(150));
add('healthy.calls-priority-dropout-val', 'call priority, dropout', priData(), [dense(32, 'relu'), dropout(0.2), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(200, 32, { validationSplit: 0.2 }));
add('healthy.calls-priority-momentum', 'call priority, momentum', priData(), [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(150));
add('healthy.calls-triage-five-class', 'triage level 0-4', triData(), [dense(32, 'relu'), dense(16, 'relu'), dense(5, 'softmax')], 'cce', opt('adam', 0.003), train(200));
add('healthy.calls-triage-batchnorm-rmsprop', 'triage, batchnorm', triData(), [dense(24, 'relu', { batchNorm: true }), dense(5, 'softmax')], 'cce', opt('rmsprop', 0.003), train(150));
add('healthy.calls-triage-elu-sgd', 'triage, elu sgd', triData('minmax'), [dense(32, 'elu'), dense(5, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), train(200));
add('healthy.fire-logarea-adam', 'wildfire log area', fireLog(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(200));
add('healthy.fire-logarea-momentum-minmax', 'wildfire log area, momentum', fireLog('minmax'), [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(200, 16));
add('healthy.fire-logarea-rmsprop-bn', 'wildfire log area, batchnorm', fireLog(), [dense(24, 'relu', { batchNorm: true }), dense(12, 'relu', { batchNorm: true }), dense(1, 'linear')], 'mse', opt('rmsprop', 0.001), train(150));
add('healthy.fire-large-bce', 'large fire flag', fireLarge(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150));
add('healthy.fire-large-rmsprop-wd', 'large fire, leaky', fireLarge(), [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { weightDecay: 1e-4 }), train(150));
add('healthy.fire-burned-ha-normtarget', 'burned hectares, target rescaled', csv('wildfires.csv', 'burned_ha', FIRE, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(300));
add('healthy.flood-evac-adam', 'evacuation flag', floodData(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));
add('healthy.flood-evac-rmsprop-tanh', 'evacuation, tanh', floodData(), [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), train(150));
add('healthy.flood-evac-momentum', 'evacuation, momentum', floodData(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(150, 64));
add('healthy.flood-evac-batchnorm', 'evacuation, batchnorm', floodData(), [dense(16, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(120));
add('healthy.shelter-occupancy-adam', 'shelter occupancy', shelterData(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(200));
add('healthy.shelter-occupancy-bn-clip', 'shelter occupancy, bn clip', shelterData(), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.002, { clipNorm: 1 }), train(200));
add('healthy.shelter-occupancy-momentum-elu', 'shelter occupancy, momentum', shelterData('minmax'), [dense(24, 'elu'), dense(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(250, 16));
add('healthy.damage-cost-adam', 'repair cost', costData(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(200));
add('healthy.damage-cost-rmsprop-minmax', 'repair cost, rmsprop', costData('minmax'), [dense(24, 'elu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.002), train(200));
add('healthy.damage-cost-momentum-tanh', 'repair cost, tanh', costData(), [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(200, 16));
add('healthy.damage-grade-cce', 'damage grade', gradeData(), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(200));
add('healthy.damage-grade-dropout-wd', 'damage grade, dropout', gradeData(), [dense(32, 'relu'), dropout(0.1), dense(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1e-4 }), train(200));
add('healthy.damage-grade-nesterov', 'damage grade, nesterov', gradeData(), [dense(24, 'tanh'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), train(200));
add('healthy.circles-evacuation-radius', 'inside evacuation radius', { builtin: 'circles', samples: 300, noise: 0.08 }, [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200));
add('healthy.blobs-station-catchment', 'nearest of four stations', { builtin: 'blobs', samples: 400, classes: 4 }, [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.01), train(100));
add('healthy.sine-diurnal-call-volume', 'diurnal call volume', { builtin: 'sine', samples: 240, noise: 0.05 }, [dense(32, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(300));
add('healthy.moons-flood-zone', 'flood zone from map coords', { builtin: 'moons', samples: 300 }, [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(200));
add('healthy.spirals-hazard-sector', 'hazard sector', { builtin: 'spirals', samples: 300, classes: 2, noise: 0.05 }, [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(400));
add('healthy.iris-stand-in-triage', 'triage pilot on iris stand-in', { builtin: 'iris', normalize: 'standard' }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16));
add('healthy.shelter-inline-siren', 'sirens needed by district size', { inline: { x: [[1.2, 0], [2.5, 1], [3.1, 0], [4.8, 1], [5.5, 0], [6.9, 1], [7.4, 0], [8.8, 1], [9.3, 0], [10.6, 1], [11.1, 0], [12.7, 1]], y: [2.1, 3.6, 3.9, 5.9, 5.8, 8.0, 7.5, 9.9, 9.4, 11.7, 11.0, 13.4] }, normalize: 'standard' }, [dense(8, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.02), train(300, 4));

// ---------------------------------------------------------------- faulty candidates
// invalid-spec
add('invalid-spec.learning-rate-key', 'priority, keras key', priData(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', learning_rate: 0.001 }, train(100));
add('invalid-spec.batch-size-snake', 'fire, snake case', fireLog(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), { epochs: 100, batch_size: 64 });
add('invalid-spec.optimizer-capitalised', 'flood, Adam', floodData(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('Adam', 0.003), train(100));
add('invalid-spec.units-string', 'shelter, units as text', shelterData(), [dense('32' as unknown as number, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100));
// data-error
add('data-error.target-renamed', 'response, old column name', csv('calls.csv', 'response_time_s', CALLS_RT, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100));
add('data-error.csv-missing', 'calls 2024 export', csv('calls_2024.csv', 'priority', CALLS_PRI), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
add('data-error.na-distance-cells', 'calls export with NA', csv('calls-export-gaps.csv', 'response_s', CALLS_RT, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100));
add('data-error.three-row-export', 'last night floods', csv('floods-last-night.csv', 'evacuate', FLOOD), [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
add('data-error.pending-gust-cells', 'damage with pending cells', csv('damage-pending.csv', 'grade', DAMAGE), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(100));
add('data-error.feature-misspelt', 'fire, humidity_pct', csv('wildfires.csv', 'log_burned_ha', ['wind_kmh', 'humidity_pct', 'fuel_t_ha', 'slope_deg', 'days_since_rain']), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100));
// shape-mismatch
add('shape-mismatch.priority-one-unit', 'priority, one output', priData(), [dense(16, 'relu'), dense(1, 'softmax')], 'cce', opt('adam', 0.003), train(100));
add('shape-mismatch.grade-three-units', 'grade, three outputs', gradeData(), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
add('shape-mismatch.response-two-outputs', 'response, two outputs', rtData(), [dense(32, 'relu'), dense(2, 'linear')], 'mse', opt('adam', 0.003), train(100));
add('shape-mismatch.evac-two-sigmoids', 'evacuation, two sigmoids', floodData(), [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
// loss-activation-mismatch
add('loss-activation-mismatch.triage-linear-cce', 'triage linear head', triData(), [dense(32, 'relu'), dense(5, 'linear')], 'cce', opt('adam', 0.003), train(100));
add('loss-activation-mismatch.evac-linear-bce', 'evac linear head', floodData(), [dense(16, 'relu'), dense(1, 'linear')], 'bce', opt('adam', 0.003), train(100));
add('loss-activation-mismatch.fire-sigmoid-regression', 'fire log area sigmoid', fireLog(), [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150));
add('loss-activation-mismatch.shelter-sigmoid-standard-target', 'occupancy sigmoid head', shelterData(), [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150));
// init-symmetry
add('init-symmetry.response-zeros-hidden', 'response zeros init', rtData(), [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
add('init-symmetry.grade-constant-tanh', 'grade constant init', gradeData(), [dense(24, 'tanh', { init: 'constant', value: 0.1 }), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(150));
add('init-symmetry.flood-zeros-tanh', 'flood zeros everywhere', floodData(), [dense(16, 'tanh', { init: 'zeros' }), dense(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(150));
// init-scale
add('init-scale.shelter-normal-std-3', 'shelter big init', shelterData(), [dense(32, 'relu', { init: 'normal', std: 3 }), dense(16, 'relu', { init: 'normal', std: 3 }), dense(1, 'linear', { init: 'normal', std: 3 })], 'mse', opt('adam', 0.003), train(150));
add('init-scale.fire-uniform-limit-2', 'large fire uniform 2', fireLarge(), [dense(24, 'tanh', { init: 'uniform', limit: 2 }), dense(24, 'tanh', { init: 'uniform', limit: 2 }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150));
add('init-scale.priority-tiny-std', 'priority tiny init', priData(), [dense(64, 'relu', { init: 'normal', std: 1e-4 }), dense(64, 'relu', { init: 'normal', std: 1e-4 }), dense(64, 'relu', { init: 'normal', std: 1e-4 }), dense(3, 'softmax', { init: 'normal', std: 1e-4 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100));
// no-nonlinearity
add('no-nonlinearity.priority-linear-stack', 'priority linear', priData(), [dense(32, 'linear'), dense(16, 'linear'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(150));
add('no-nonlinearity.shelter-linear-stack', 'shelter linear', shelterData(), [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(200));
add('no-nonlinearity.circles-radius-linear', 'radius linear', { builtin: 'circles', samples: 300, noise: 0.08 }, [dense(16, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200));
// lr-out-of-range
add('lr-out-of-range.adam-lr-5', 'grade adam 5', gradeData(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 5), train(100));
add('lr-out-of-range.sgd-lr-50', 'response sgd 50', rtData(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 50), train(100));
add('lr-out-of-range.rmsprop-lr-10', 'flood rmsprop 10', floodData(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 10), train(100));
// dead-relu
add('dead-relu.response-negative-bias', 'response bias -3', rtData(), [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
add('dead-relu.grade-adam-0.1', 'grade adam 0.1', gradeData(), [dense(32, 'relu'), dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.1), train(100));
add('dead-relu.flood-bias-minus-2', 'flood bias -2', floodData(), [dense(16, 'relu', { bias: -2 }), dense(8, 'relu', { bias: -2 }), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150));
add('dead-relu.shelter-raw-sgd', 'shelter raw momentum', shelterData('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), train(150));
// exploding-gradient / nan-loss
add('exploding-gradient.response-raw-sgd', 'response raw sgd', rtData('none', {}), [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 1e-7), train(100));
add('exploding-gradient.damage-raw-euros-momentum', 'cost raw target', costData('standard', {}), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 1e-4, { momentum: 0.9 }), train(100));
add('exploding-gradient.shelter-raw-evacuees', 'shelter raw features', shelterData('none'), [dense(16, 'tanh'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 1e-3), train(100));
add('exploding-gradient.fire-deep-he-big', 'fire deep scaled init', fireLog('none'), [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 1e-3, { momentum: 0.9 }), train(100));
add('nan-loss.response-raw-sgd-0.01', 'response raw sgd 0.01', rtData('none', {}), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.01), train(100));
add('nan-loss.burned-ha-raw-momentum', 'burned ha raw', csv('wildfires.csv', 'burned_ha', FIRE, 'standard'), [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
add('nan-loss.damage-raw-everything', 'cost raw everything', costData('none', {}), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.001), train(100));
// lr-too-high
add('lr-too-high.priority-adam-0.5', 'priority adam 0.5', priData(), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.5), train(100));
add('lr-too-high.fire-momentum-1', 'fire log momentum 1', fireLog(), [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 1, { momentum: 0.9 }), train(100));
add('lr-too-high.shelter-rmsprop-0.1', 'shelter rmsprop 0.1', shelterData(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.1), train(100));
add('lr-too-high.triage-sgd-3', 'triage sgd 3', triData(), [dense(32, 'tanh'), dense(5, 'softmax')], 'cce', opt('sgd', 3), train(100));
// lr-too-low
add('lr-too-low.response-sgd-1e-5', 'response sgd 1e-5', rtData(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 1e-5), train(100));
add('lr-too-low.grade-adam-1e-6', 'grade adam 1e-6', gradeData(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 1e-6), train(100));
add('lr-too-low.flood-rmsprop-1e-6', 'flood rmsprop 1e-6', floodData(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-6), train(100));
// saturated-activation
add('saturated-activation.priority-tanh-raw-distance', 'priority tanh raw', priData('none'), [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
add('saturated-activation.shelter-sigmoid-raw', 'shelter sigmoid raw', shelterData('none'), [dense(16, 'sigmoid'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
add('saturated-activation.grade-tanh-raw', 'grade tanh raw', gradeData('none'), [dense(24, 'tanh'), dense(12, 'tanh'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.003), train(100));
// loss-plateau
add('loss-plateau.response-id-columns', 'response from ids', csv('calls.csv', 'response_s', ['call_id', 'received_epoch', 'district'], 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
add('loss-plateau.grade-deep-sigmoid-sgd', 'grade deep sigmoid', gradeData(), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(4, 'softmax')], 'cce', opt('sgd', 0.01), train(150));
add('loss-plateau.flood-station-ids', 'evacuation from gauge ids', csv('floods.csv', 'evacuate', ['gauge_id', 'region']), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
add('loss-plateau.occupancy-raw-target-adam', 'occupancy raw target', shelterData('standard', {}), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.001), train(150));
// oscillating-loss
add('oscillating-loss.priority-momentum-0.99', 'priority momentum .99', priData(), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.99 }), train(150));
add('oscillating-loss.flood-sgd-batch-4', 'flood tiny batch', floodData(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.8), train(100, 4));
add('oscillating-loss.fire-rmsprop-0.05', 'fire rmsprop .05', fireLog(), [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.05), train(150, 8));
add('oscillating-loss.cost-momentum-0.98', 'cost momentum .98', costData(), [dense(32, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.98 }), train(150));
add('oscillating-loss.flood-sgd-2-batch-4', 'flood tiny batch lr 2', floodData(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 2), train(100, 4));
add('oscillating-loss.response-momentum-batch-8', 'response momentum batch 8', rtData(), [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), train(100, 8));
add('oscillating-loss.grade-rmsprop-0.03-batch-8', 'grade rmsprop .03', gradeData(), [dense(24, 'tanh'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.03), train(100, 8));
add('oscillating-loss.calls-priority-rmsprop-0.05', 'priority rmsprop .05 batch 16', priData(), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.05), train(100, 16));
add('oscillating-loss.fire-large-momentum-0.97', 'large fire momentum .97', fireLarge(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.97 }), train(100, 16));
// vanishing-gradient
add('vanishing-gradient.shelter-deep-sigmoid', 'occupancy deep sigmoid', shelterData(), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'linear')], 'mse', opt('sgd', 0.05), train(100));
add('vanishing-gradient.fire-deep-sigmoid', 'large fire deep sigmoid', fireLarge(), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(100));
add('vanishing-gradient.triage-deep-sigmoid-momentum', 'triage deep sigmoid', triData(), [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(5, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
add('vanishing-gradient.response-deep-tanh-small-init', 'response deep tanh', rtData(), [dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(1, 'linear')], 'mse', opt('sgd', 0.01), train(100));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written`);
