/**
 * Writes every candidate spec of this set into candidates/ (`npx tsx test/faults-blind69/author.ts`).
 * Theme: automotive and vehicle telematics. Verdicts are not decided here: write-manifest.py files each
 * candidate into faulty/, healthy/ or dropped/ by what the bare engine showed (observed*.txt).
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');

const TELE = ['speed_kmh', 'engine_rpm', 'throttle_pct', 'coolant_c', 'ambient_c', 'odometer_km'];
const TRIPS = ['distance_km', 'duration_s', 'hard_brakes', 'night_share', 'max_speed_kmh'];
const CARS = ['age_years', 'mileage_km', 'engine_l', 'make_vw', 'make_bmw', 'make_dacia'];
const EV = ['charge_cycles', 'avg_cell_temp_c', 'fast_charge_share', 'age_months'];
const WARRANTY = ['vehicle_age_months', 'odometer_km', 'prior_claims', 'labour_hours', 'part_cost_eur'];
const WARRANTY_TYPES = ['type_powertrain', 'type_electrical', 'type_body'];

/** A CSV data block of this set. */
function csv(file: string, target: string | string[], features: string[] | undefined, normalize = 'standard', normalizeTarget: string | null = null): Json {
  const d: Json = { csv: `../data/${file}`, target };
  if (features) d.features = features;
  d.normalize = normalize;
  if (normalizeTarget !== null) d.normalizeTarget = normalizeTarget;
  return d;
}
const teleFault = (n = 'standard') => csv('telematics.csv', 'fault_code', TELE, n);
const teleFuel = (n = 'standard', t: string | null = 'standard') => csv('telematics.csv', 'fuel_l100', TELE, n, t);
const tripBand = (n = 'standard') => csv('trips.csv', 'risk_band', TRIPS, n);
const tripScore = (n = 'standard', t: string | null = 'standard') => csv('trips.csv', 'risk_score', TRIPS, n, t);
const carPrice = (n = 'standard', t: string | null = 'standard') => csv('usedcars.csv', 'price_eur', CARS, n, t);
const evSoh = (n = 'standard', t: string | null = 'standard') => csv('evbattery.csv', 'soh_pct', EV, n, t);
const evDegraded = (n = 'standard') => csv('evbattery.csv', 'degraded', EV, n);
const claimType = (n = 'standard') => csv('warranty.csv', WARRANTY_TYPES, WARRANTY, n);

/** A dense layer; extra keys (init, bias, batchNorm, name) merged in. */
function dense(units: number | string, activation?: string, extra: Json = {}): Json {
  const l: Json = { type: 'dense', units };
  if (activation) l.activation = activation;
  return { ...l, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });

function spec(name: string, seed: number, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}
const adam = (lr: number, extra: Json = {}) => ({ type: 'adam', lr, ...extra });
const rmsprop = (lr: number, extra: Json = {}) => ({ type: 'rmsprop', lr, ...extra });
const sgd = (lr: number, extra: Json = {}) => ({ type: 'sgd', lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}) => ({ epochs, batchSize, ...extra });

/** Tyre-pressure alerts typed in by a workshop: [front-left kPa, rear-left kPa, km since check /1000] → alert. */
function tyreInline(): Json {
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 48; i++) {
    const fl = 200 + ((i * 37) % 70);
    const rl = 195 + ((i * 53) % 75);
    const km = (i * 7) % 30;
    x.push([fl, rl, km]);
    y.push(Math.min(fl, rl) < 225 || km > 24 ? 1 : 0);
  }
  return { inline: { x, y }, normalize: 'standard' };
}

const candidates: Record<string, Json> = {
  // ---------------------------------------------------------------- healthy candidates
  'h.tele-fault-adam': spec('fault code from telematics', 11, teleFault(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.005), train(80)),
  'h.tele-fault-rmsprop-dropout': spec('fault code, dropout', 12, teleFault(), [dense(32, 'relu'), drop(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', rmsprop(0.002), train(60, 32, { validationSplit: 0.2 })),
  'h.tele-fault-batchnorm': spec('fault code, batchnorm', 13, teleFault(), [dense(16, 'relu', { batchNorm: true }), dense(8, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], 'bce', adam(0.003), train(60, 64)),
  'h.tele-fault-minmax-momentum': spec('fault code, minmax', 14, teleFault('minmax'), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), train(150, 32)),
  'h.tele-fault-clip-bigbatch': spec('fault code, clipped', 15, teleFault(), [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), train(100, 128)),
  'h.tele-fuel-adam': spec('fuel consumption', 16, teleFuel(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', adam(0.003), train(150)),
  'h.tele-fuel-momentum-tanh': spec('fuel consumption, tanh', 17, teleFuel('minmax'), [dense(24, 'tanh'), dense(1)], 'mse', sgd(0.05, { momentum: 0.9 }), train(200)),
  'h.tele-fuel-elu-wd': spec('fuel consumption, elu', 18, teleFuel(), [dense(32, 'elu'), dense(32, 'elu'), dense(1)], 'mse', adam(0.002, { clipNorm: 1, weightDecay: 1e-4 }), train(120)),
  'h.tele-fuel-plain-sgd': spec('fuel consumption, plain sgd', 19, teleFuel(), [dense(16, 'relu'), dense(1)], 'mse', sgd(0.05), train(200, 16)),
  'h.tele-fleetid-constant': spec('fuel with fleet id column', 20, csv('telematics.csv', 'fuel_l100', ['fleet_id', ...TELE], 'standard', 'standard'), [dense(24, 'relu'), dense(1)], 'mse', adam(0.003), train(120)),
  'h.trips-band-adam': spec('driver risk band', 21, tripBand(), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', adam(0.003), train(150)),
  'h.trips-band-momentum-tanh': spec('driver risk band, tanh', 22, tripBand(), [dense(24, 'tanh'), dense(4, 'softmax')], 'cce', sgd(0.02, { momentum: 0.9 }), train(120)),
  'h.trips-band-leaky-bn': spec('driver risk band, batchnorm', 23, tripBand(), [dense(32, 'leaky_relu', { batchNorm: true }), dense(16, 'leaky_relu', { batchNorm: true }), dense(4, 'softmax')], 'cce', adam(0.002), train(120, 64, { validationSplit: 0.2 })),
  'h.trips-band-rmsprop-dropout': spec('driver risk band, dropout', 24, tripBand('minmax'), [dense(48, 'relu'), drop(0.25), dense(4, 'softmax')], 'cce', rmsprop(0.002), train(150)),
  'h.trips-score-adam': spec('risk score', 25, tripScore(), [dense(16, 'relu'), dense(8, 'relu'), dense(1)], 'mse', adam(0.005), train(150)),
  'h.trips-score-rmsprop': spec('risk score, rmsprop', 26, tripScore('minmax'), [dense(32, 'leaky_relu'), dense(1)], 'mse', rmsprop(0.003), train(150)),
  'h.trips-score-nesterov': spec('risk score, nesterov', 27, tripScore(), [dense(24, 'tanh'), dense(12, 'tanh'), dense(1)], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), train(150)),
  'h.cars-price-adam': spec('used car price', 31, carPrice(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', adam(0.003), train(200)),
  'h.cars-price-minmax-momentum': spec('used car price, minmax', 32, carPrice('minmax', 'minmax'), [dense(16, 'tanh'), dense(1)], 'mse', sgd(0.1, { momentum: 0.9 }), train(300)),
  'h.cars-price-elu-rmsprop': spec('used car price, elu', 33, carPrice(), [dense(24, 'elu'), dense(24, 'elu'), dense(1)], 'mse', rmsprop(0.002, { weightDecay: 1e-4 }), train(200, 64)),
  'h.cars-price-adam-bigbatch': spec('used car price, big batch', 34, carPrice(), [dense(64, 'relu'), dense(1)], 'mse', adam(0.01), train(300, 128)),
  'h.ev-soh-adam': spec('battery state of health', 41, evSoh(), [dense(16, 'relu'), dense(1)], 'mse', adam(0.005), train(200)),
  'h.ev-soh-nesterov': spec('battery soh, nesterov', 42, evSoh(), [dense(16, 'tanh'), dense(8, 'tanh'), dense(1)], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), train(200)),
  'h.ev-soh-lecun-elu': spec('battery soh, elu lecun', 43, evSoh('minmax'), [dense(32, 'elu', { init: 'lecun_normal' }), dense(16, 'elu', { init: 'lecun_normal' }), dense(1)], 'mse', adam(0.003), train(200, 16)),
  'h.ev-degraded-rmsprop': spec('battery degraded flag', 44, evDegraded(), [dense(16, 'tanh'), dense(8, 'elu'), dense(1, 'sigmoid')], 'bce', rmsprop(0.002), train(100)),
  'h.ev-degraded-adam-dropout': spec('battery degraded, dropout', 45, evDegraded(), [dense(32, 'relu', { init: 'he_uniform' }), drop(0.1), dense(1, 'sigmoid')], 'bce', adam(0.005), train(150)),
  'h.warranty-type-adam': spec('warranty claim type', 51, claimType(), [dense(24, 'relu'), dense(12, 'relu'), dense(3, 'softmax')], 'cce', adam(0.003), train(150)),
  'h.warranty-type-sgd-tanh': spec('warranty claim type, sgd', 52, claimType(), [dense(16, 'tanh', { init: 'xavier_normal' }), dense(3, 'softmax')], 'cce', sgd(0.1), train(250, 16)),
  'h.warranty-type-bn-dropout': spec('warranty claim type, bn', 53, claimType(), [dense(32, 'relu', { batchNorm: true }), drop(0.2), dense(16, 'relu'), dense(3, 'softmax')], 'cce', rmsprop(0.002), train(120, 32, { validationSplit: 0.2 })),
  'h.warranty-type-momentum': spec('warranty claim type, momentum', 54, claimType('minmax'), [dense(32, 'leaky_relu'), dense(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), train(200)),
  'h.iris-adam': spec('iris (paint-shop colour sensor demo)', 61, { builtin: 'iris', normalize: 'standard' }, [dense(16, 'relu'), dense(3, 'softmax')], 'cce', adam(0.01), train(150, 16)),
  'h.moons-lane-change': spec('lane-change manoeuvre vs drift (moons)', 62, { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.01), train(200)),
  'h.circles-geofence': spec('inside depot geofence (circles)', 63, { builtin: 'circles', samples: 400, noise: 0.05 }, [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), train(300)),
  'h.blobs-charger-type': spec('charger type clusters (blobs)', 64, { builtin: 'blobs', samples: 300, classes: 3 }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', rmsprop(0.01), train(100)),
  'h.sine-vibration': spec('engine vibration vs crank angle (sine)', 65, { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], 'mse', adam(0.005), train(300)),
  'h.spirals-track-sections': spec('track section from GPS (spirals)', 66, { builtin: 'spirals', samples: 450, classes: 3, noise: 0.05 }, [dense(48, 'relu'), dense(48, 'relu'), dense(3, 'softmax')], 'cce', adam(0.005), train(400)),
  'h.tyre-inline-alert': spec('tyre pressure alert (inline)', 67, tyreInline(), [dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.02), train(300, 8)),
  'h.xor-two-sensor': spec('two-sensor disagreement (xor)', 68, { builtin: 'xor', samples: 300 }, [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.01), train(250)),

  // ---------------------------------------------------------------- faulty candidates
  // invalid-spec
  'invalid-spec.optimizer-capitalised': spec('fault code', 101, teleFault(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'Adam', lr: 0.003 }, train(80)),
  'invalid-spec.learning-rate-key': spec('risk band', 102, tripBand(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', learning_rate: 0.003 }, train(100)),
  'invalid-spec.units-as-string': spec('used car price', 103, carPrice(), [dense('32', 'relu'), dense(1)], 'mse', adam(0.003), train(150)),
  'invalid-spec.epoch-singular': spec('battery soh', 104, evSoh(), [dense(16, 'relu'), dense(1)], 'mse', adam(0.005), { epoch: 200, batchSize: 32 }),
  'invalid-spec.keras-loss-name': spec('degraded flag', 105, evDegraded(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'binary_crossentropy', adam(0.005), train(100)),
  // data-error
  'data-error.csv-file-renamed': spec('fuel', 111, csv('telematics_2024Q1.csv', 'fuel_l100', TELE, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', adam(0.003), train(150)),
  'data-error.target-name-wrong': spec('fuel', 112, csv('telematics.csv', 'fuel_consumption', TELE, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', adam(0.003), train(150)),
  'data-error.sensor-gaps-na': spec('fault code, raw export', 113, csv('telematics-gaps.csv', 'fault_code', TELE), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.005), train(80)),
  'data-error.mileage-85k-text': spec('scraped price', 114, csv('usedcars-scraped.csv', 'price_eur', CARS, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', adam(0.003), train(200)),
  'data-error.pilot-fleet-four-trips': spec('pilot fleet risk score', 115, csv('trips-pilot.csv', 'risk_score', TRIPS, 'standard', 'standard'), [dense(16, 'relu'), dense(1)], 'mse', adam(0.003), train(100)),
  'data-error.feature-name-without-unit': spec('fault code', 116, csv('telematics.csv', 'fault_code', ['speed_kmh', 'engine_rpm', 'coolant_c', 'odometer']), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.005), train(80)),
  // shape-mismatch
  'shape-mismatch.three-bands-not-four': spec('risk band', 121, tripBand(), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', adam(0.003), train(150)),
  'shape-mismatch.fault-two-sigmoids': spec('fault code', 122, teleFault(), [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', adam(0.005), train(80)),
  'shape-mismatch.claim-four-types': spec('claim type', 123, claimType(), [dense(24, 'relu'), dense(4, 'softmax')], 'cce', adam(0.003), train(150)),
  'shape-mismatch.price-per-make-outputs': spec('price per make', 124, carPrice(), [dense(32, 'relu'), dense(3)], 'mse', adam(0.003), train(150)),
  // loss-activation-mismatch
  'loss-activation-mismatch.fuel-sigmoid-output': spec('fuel', 131, teleFuel('standard', null), [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', adam(0.003), train(150)),
  'loss-activation-mismatch.price-sigmoid-standard-target': spec('price', 132, carPrice(), [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', adam(0.003), train(200)),
  'loss-activation-mismatch.fault-linear-bce': spec('fault code', 133, teleFault(), [dense(16, 'relu'), dense(1)], 'bce', adam(0.005), train(80)),
  'loss-activation-mismatch.band-sigmoid-cce': spec('risk band', 134, tripBand(), [dense(32, 'relu'), dense(4, 'sigmoid')], 'cce', adam(0.003), train(150)),
  'loss-activation-mismatch.degraded-single-softmax': spec('degraded flag', 135, evDegraded(), [dense(16, 'relu'), dense(1, 'softmax')], 'bce', adam(0.005), train(100)),
  // init-symmetry
  'init-symmetry.fuel-zeros-hidden': spec('fuel', 141, teleFuel(), [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(1, undefined, { init: 'zeros' })], 'mse', adam(0.003), train(150)),
  'init-symmetry.soh-constant-tanh': spec('battery soh', 142, evSoh(), [dense(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(8, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(1)], 'mse', sgd(0.02, { momentum: 0.9 }), train(200)),
  'init-symmetry.claims-zeros-tanh': spec('claim type', 143, claimType(), [dense(24, 'tanh', { init: 'zeros' }), dense(3, 'softmax', { init: 'zeros' })], 'cce', rmsprop(0.002), train(150)),
  // init-scale
  'init-scale.fault-std-2': spec('fault code', 151, teleFault(), [dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(1, 'sigmoid')], 'bce', adam(0.003), train(80)),
  'init-scale.price-std-1e-4-deep': spec('price', 152, carPrice(), [dense(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), dense(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), dense(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), dense(1, undefined, { init: { name: 'normal', std: 1e-4 } })], 'mse', sgd(0.01, { momentum: 0.9 }), train(150)),
  'init-scale.band-uniform-limit-3': spec('risk band', 153, tripBand(), [dense(32, 'tanh', { init: { name: 'uniform', limit: 3 } }), dense(32, 'tanh', { init: { name: 'uniform', limit: 3 } }), dense(4, 'softmax')], 'cce', sgd(0.05), train(150)),
  'init-scale.soh-std-5': spec('battery soh', 154, evSoh(), [dense(32, 'relu', { init: { name: 'normal', std: 5 } }), dense(1, undefined, { init: { name: 'normal', std: 5 } })], 'mse', adam(0.003), train(150)),
  // no-nonlinearity
  'no-nonlinearity.price-activations-forgotten': spec('price', 161, carPrice(), [dense(32), dense(16), dense(1)], 'mse', adam(0.003), train(200)),
  'no-nonlinearity.band-linear-hidden': spec('risk band', 162, tripBand(), [dense(32, 'linear'), dense(16, 'linear'), dense(4, 'softmax')], 'cce', adam(0.003), train(150)),
  'no-nonlinearity.geofence-linear': spec('inside depot geofence', 163, { builtin: 'circles', samples: 400, noise: 0.05 }, [dense(16), dense(16), dense(1, 'sigmoid')], 'bce', adam(0.01), train(200)),
  'no-nonlinearity.fault-linear-hidden': spec('fault code', 164, teleFault(), [dense(16, 'linear'), dense(1, 'sigmoid')], 'bce', adam(0.005), train(80)),
  // lr-out-of-range
  'lr-out-of-range.adam-lr-10': spec('fuel', 171, teleFuel(), [dense(32, 'relu'), dense(1)], 'mse', adam(10), train(150)),
  'lr-out-of-range.adam-lr-1e-9': spec('risk band', 172, tripBand(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', adam(1e-9), train(150)),
  'lr-out-of-range.rmsprop-lr-25': spec('claim type', 173, claimType(), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', rmsprop(25), train(150)),
  'lr-out-of-range.sgd-lr-50': spec('battery soh', 174, evSoh(), [dense(16, 'tanh'), dense(1)], 'mse', sgd(50), train(150)),
  // dead-relu
  'dead-relu.bias-minus-3': spec('fuel', 181, teleFuel(), [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(1)], 'mse', adam(0.003), train(150)),
  'dead-relu.raw-mileage-adam': spec('price', 182, carPrice('none', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', adam(0.01), train(200)),
  'nan-loss.raw-duration-sgd': spec('risk score', 183, tripScore('none', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', sgd(0.001), train(150)),
  'dead-relu.narrow-deep-adam-high': spec('fuel', 184, teleFuel(), [dense(8, 'relu'), dense(8, 'relu'), dense(8, 'relu'), dense(1)], 'mse', adam(0.1), train(150)),
  'dead-relu.bias-minus-2-claims': spec('claim type', 185, claimType(), [dense(24, 'relu', { bias: -2 }), dense(3, 'softmax')], 'cce', sgd(0.05), train(150)),
  // exploding-gradient
  'nan-loss.raw-odometer-sgd': spec('fuel', 191, teleFuel('none', 'none'), [dense(32, 'relu'), dense(1)], 'mse', sgd(0.001), train(100)),
  'nan-loss.deep-std-half': spec('risk score', 192, tripScore(), [dense(64, 'relu', { init: { name: 'normal', std: 0.5 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.5 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.5 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.5 } }), dense(1)], 'mse', sgd(0.001), train(100)),
  'exploding-gradient.raw-euro-target-adam': spec('price', 193, carPrice('standard', null), [dense(32, 'relu'), dense(1)], 'mse', adam(0.01), train(150)),
  'exploding-gradient.raw-cycles-rmsprop': spec('battery soh', 194, evSoh('none', 'none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', rmsprop(0.001), train(100)),
  // vanishing-gradient
  'vanishing-gradient.fault-deep-sigmoid': spec('fault code', 201, teleFault(), [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(1, 'sigmoid')], 'bce', sgd(0.01), train(80)),
  'vanishing-gradient.soh-sigmoid-small-init': spec('battery soh', 202, evSoh(), [dense(32, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), dense(32, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), dense(32, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), dense(32, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), dense(1)], 'mse', sgd(0.01, { momentum: 0.9 }), train(100)),
  'vanishing-gradient.band-tanh-tiny-init': spec('risk band', 203, tripBand(), [dense(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), dense(4, 'softmax')], 'cce', sgd(0.05), train(100)),
  'vanishing-gradient.claims-sigmoid-stack': spec('claim type', 204, claimType(), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(3, 'softmax')], 'cce', sgd(0.02), train(100)),
  // nan-loss
  'nan-loss.raw-price-sgd': spec('price', 211, carPrice('standard', null), [dense(32, 'relu'), dense(1)], 'mse', sgd(0.01), train(100)),
  'nan-loss.raw-telemetry-momentum': spec('fuel', 212, teleFuel('none', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', sgd(0.01, { momentum: 0.9 }), train(100)),
  'saturated-activation.raw-trips-tanh': spec('risk score', 213, tripScore('none', 'none'), [dense(16, 'tanh'), dense(1)], 'mse', sgd(0.01), train(100)),
  'dead-relu.raw-odometer-claims': spec('claim type', 214, claimType('none'), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9 }), train(100)),
  // lr-too-high
  'lr-too-high.band-adam-0.5': spec('risk band', 221, tripBand(), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', adam(0.5), train(100)),
  'nan-loss.soh-sgd-1.5': spec('battery soh', 222, evSoh(), [dense(16, 'tanh'), dense(1)], 'mse', sgd(1.5), train(100)),
  'lr-too-high.claims-rmsprop-0.3': spec('claim type', 223, claimType(), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', rmsprop(0.3), train(100)),
  'lr-too-high.fuel-adam-0.3': spec('fuel', 224, teleFuel(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', adam(0.3), train(100)),
  // lr-too-low
  'lr-too-low.fault-sgd-1e-5': spec('fault code', 231, teleFault(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', sgd(1e-5), train(100)),
  'lr-too-low.price-adam-1e-6': spec('price', 232, carPrice(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', adam(1e-6), train(150)),
  'lr-too-low.claims-rmsprop-1e-6': spec('claim type', 233, claimType(), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', rmsprop(1e-6), train(150)),
  'lr-too-low.soh-sgd-1e-5': spec('battery soh', 234, evSoh(), [dense(16, 'tanh'), dense(1)], 'mse', sgd(1e-5), train(150)),
  // saturated-activation
  'saturated-activation.fault-tanh-raw': spec('fault code', 241, teleFault('none'), [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', adam(0.005), train(80)),
  'saturated-activation.soh-sigmoid-raw': spec('battery soh', 242, evSoh('none', 'standard'), [dense(16, 'sigmoid'), dense(1)], 'mse', adam(0.005), train(150)),
  'saturated-activation.price-tanh-raw': spec('price', 243, carPrice('none', 'standard'), [dense(32, 'tanh'), dense(1)], 'mse', adam(0.003), train(150)),
  'saturated-activation.band-sigmoid-raw': spec('risk band', 244, tripBand('none'), [dense(32, 'sigmoid'), dense(4, 'softmax')], 'cce', rmsprop(0.002), train(100)),
  // loss-plateau
  'loss-plateau.soh-weight-decay-half': spec('battery soh', 251, evSoh(), [dense(32, 'relu'), dense(1)], 'mse', adam(0.003, { weightDecay: 0.5 }), train(150)),
  'loss-plateau.band-weight-decay-1': spec('risk band', 252, tripBand(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9, weightDecay: 1 }), train(150)),
  'loss-plateau.fault-dropout-0.9': spec('fault code', 253, teleFault(), [dense(16, 'relu'), drop(0.9), dense(8, 'relu'), drop(0.9), dense(1, 'sigmoid')], 'bce', adam(0.003), train(80)),
  'loss-plateau.spirals-two-units': spec('track section (spirals)', 254, { builtin: 'spirals', samples: 450, classes: 3, noise: 0.05 }, [dense(2, 'tanh'), dense(3, 'softmax')], 'cce', adam(0.01), train(200)),
  'lr-too-low.claims-clipnorm-tiny': spec('claim type', 255, claimType(), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', sgd(0.05, { clipNorm: 1e-4 }), train(150)),
  // oscillating-loss
  'oscillating-loss.score-momentum-0.99': spec('risk score', 261, tripScore(), [dense(24, 'relu'), dense(1)], 'mse', sgd(0.05, { momentum: 0.99 }), train(150)),
  'oscillating-loss.claims-sgd-batch4': spec('claim type', 262, claimType(), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', sgd(0.5), train(100, 4)),
  'oscillating-loss.soh-adam-batch4': spec('battery soh', 263, evSoh(), [dense(32, 'relu'), dense(1)], 'mse', adam(0.05), train(100, 4)),
  'dead-relu.fuel-rmsprop-0.05': spec('fuel', 264, teleFuel(), [dense(32, 'relu'), dense(1)], 'mse', rmsprop(0.05), train(100, 16)),
  // second round: more candidates for the codes whose first candidates showed something else
  'shape-mismatch.soh-two-outputs': spec('battery soh and flag', 125, evSoh(), [dense(16, 'relu'), dense(2)], 'mse', adam(0.005), train(150)),
  'init-symmetry.band-constant-relu': spec('risk band', 144, tripBand(), [dense(32, 'relu', { init: { name: 'constant', value: 0.05 } }), dense(16, 'relu', { init: { name: 'constant', value: 0.05 } }), dense(4, 'softmax')], 'cce', adam(0.003), train(150)),
  'init-scale.fuel-std-2': spec('fuel', 155, teleFuel(), [dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(1, undefined, { init: { name: 'normal', std: 2 } })], 'mse', sgd(0.001, { momentum: 0.9 }), train(100)),
  'exploding-gradient.fuel-raw-rmsprop': spec('fuel', 195, teleFuel('none', null), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', rmsprop(0.001), train(100)),
  'exploding-gradient.deep-std-1-adam': spec('risk score', 196, tripScore(), [dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(1)], 'mse', adam(0.001), train(100)),
  'exploding-gradient.raw-price-clipped-sgd': spec('price', 197, carPrice('none', null), [dense(32, 'relu'), dense(1)], 'mse', sgd(1e-6, { clipNorm: 5 }), train(100)),
  'lr-too-high.score-sgd-0.3': spec('risk score', 225, tripScore(), [dense(24, 'tanh'), dense(1)], 'mse', sgd(0.3), train(100)),
  'lr-too-high.degraded-adam-0.2': spec('degraded flag', 226, evDegraded(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', adam(0.2), train(100)),
  'oscillating-loss.price-rmsprop-0.1': spec('price', 227, carPrice(), [dense(32, 'relu'), dense(1)], 'mse', rmsprop(0.1), train(100)),
  'lr-too-high.soh-momentum-0.3': spec('battery soh', 228, evSoh(), [dense(16, 'tanh'), dense(1)], 'mse', sgd(0.3, { momentum: 0.9 }), train(100)),
  'oscillating-loss.soh-momentum-0.95-batch8': spec('battery soh', 265, evSoh(), [dense(16, 'tanh'), dense(1)], 'mse', sgd(0.1, { momentum: 0.95 }), train(100, 8)),
  'oscillating-loss.score-rmsprop-batch8': spec('risk score', 266, tripScore(), [dense(32, 'relu'), dense(1)], 'mse', rmsprop(0.02), train(100, 8)),
  'oscillating-loss.claims-adam-0.05-batch8': spec('claim type', 267, claimType(), [dense(24, 'tanh'), dense(3, 'softmax')], 'cce', adam(0.05), train(100, 8)),
  'oscillating-loss.fuel-sgd-0.2-batch2': spec('fuel', 268, teleFuel(), [dense(16, 'tanh'), dense(1)], 'mse', sgd(0.2), train(60, 2)),
  // third round: oscillation candidates
  'oscillating-loss.soh-fullbatch-sgd-0.8': spec('battery soh', 269, evSoh(), [dense(16, 'tanh'), dense(1)], 'mse', sgd(0.8), train(150, 420)),
  'oscillating-loss.score-fullbatch-momentum': spec('risk score', 270, tripScore(), [dense(16, 'relu'), dense(1)], 'mse', sgd(0.3, { momentum: 0.9 }), train(150, 640)),
  'oscillating-loss.band-rmsprop-0.05-batch8': spec('risk band', 271, tripBand(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', rmsprop(0.05), train(100, 8)),
  'oscillating-loss.degraded-sgd-batch1': spec('degraded flag', 272, evDegraded(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', sgd(1), train(60, 1)),
  'lr-too-high.cars-adam-0.1-batch4': spec('price', 273, carPrice(), [dense(32, 'relu'), dense(1)], 'mse', adam(0.1), train(100, 4)),
};

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [name, body] of Object.entries(candidates)) {
  fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
console.log(`${Object.keys(candidates).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
