/**
 * Writes every candidate spec of test/faults-blind47 into candidates/ (theme: environment, weather
 * and agriculture). The name prefix is the intent only; write-manifest.py files each one by what
 * the bare engine did (observed.txt). Run: `npx tsx test/faults-blind47/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
type Obj = Record<string, unknown>;

const csv = (file: string, target: string | string[], features?: string[], normalize = 'standard'): Obj => ({
  csv: `../data/${file}`,
  target,
  ...(features ? { features } : {}),
  normalize,
});
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

const CROP_X = ['rainfall_mm', 'gdd', 'fertilizer_kg_ha', 'soil_ph'];
const AIR_X = ['doy_sin', 'doy_cos', 'wind_ms', 'humidity_pct', 'traffic_count', 'temp_c'];
const RAIN_X = ['pressure_hpa', 'pressure_change_3h', 'humidity_pct', 'cloud_okta', 'temp_c'];
const RIVER_X = ['upstream_a_m', 'upstream_b_m', 'rain_24h_mm', 'soil_moisture'];
const LAND_X = ['blue', 'green', 'red', 'nir', 'swir', 'ndvi'];
const FROST_K = ['tmin_k', 'dewpoint_k', 'wind_ms', 'cloud_okta'];
const SPECIES_X = ['elevation_m', 'mean_temp_c', 'annual_precip_mm', 'slope_deg'];

const crop = (norm = 'standard') => csv('crop_yield.csv', 'yield_t_ha', CROP_X, norm);
const air = (target = 'pm25', norm = 'standard') => csv('air_quality.csv', target, AIR_X, norm);
const rain = (norm = 'standard') => csv('rain_tomorrow.csv', 'rain_tomorrow', RAIN_X, norm);
const river = (target = 'level_m', norm = 'standard') => csv('river.csv', target, RIVER_X, norm);
const land = (norm = 'standard') => csv('landcover.csv', 'cover', LAND_X, norm);
const frost = (norm = 'standard', features = FROST_K) => csv('frost.csv', 'frost', features, norm);
const species = (norm = 'standard') => csv('species.csv', 'present', SPECIES_X, norm);

/** name -> spec; names are "<intended code or healthy>.<slug>". Key order in each spec is the order a person writes it. */
const C: Record<string, Obj> = {};
function spec(name: string, seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}): void {
  C[name] = { name: name.split('.')[1], seed, data, layers, loss, optimizer, training, ...extra };
}

// ---------------------------------------------------------------- healthy candidates
spec('healthy.crop-yield-adam', 11, crop(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(150));
spec('healthy.crop-yield-tanh-momentum', 12, crop(), [d(12, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(200));
spec('healthy.crop-yield-rmsprop-dropout', 13, crop(), [d(32, 'relu'), drop(0.1), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.002), train(120, 32, { validationSplit: 0.2 }));
spec('healthy.crop-yield-elu-batchnorm', 14, crop(), [d(24, 'elu', { batchNorm: true }), d(12, 'elu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1e-4 }), train(120));
spec('healthy.crop-yield-full-batch', 15, crop(), [d(20, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', opt('adam', 0.01), train(400, 400));
spec('healthy.crop-yield-small-batch-tanh', 16, crop(), [d(16, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', opt('adam', 0.002), train(80, 16));
spec('healthy.pm25-relu-adam', 21, air(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(150));
spec('healthy.pm25-rmsprop-he-uniform', 22, air(), [d(24, 'relu', { init: 'he_uniform' }), d(1)], 'mse', opt('rmsprop', 0.002), train(150, 32, { shuffle: true }));
spec('healthy.aqi-band-adam', 23, air('aqi_band'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(100));
spec('healthy.aqi-band-nesterov', 24, air('aqi_band'), [d(20, 'tanh'), d(10, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), train(80));
spec('healthy.rain-tomorrow-adam', 31, rain(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('healthy.rain-tomorrow-leaky-rmsprop-clip', 32, rain(), [d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { clipNorm: 1 }), train(100, 64));
spec('healthy.rain-tomorrow-tanh-sgd-minmax', 33, rain('minmax'), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(150));
spec('healthy.rain-tomorrow-weight-decay', 34, rain(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-3 }), train(120, 32, { validationSplit: 0.2 }));
spec('healthy.river-level-adam', 41, river(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(150));
spec('healthy.river-level-tanh-sgd-clip', 42, river(), [d(12, 'tanh'), d(6, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), train(200));
spec('healthy.river-level-elu-lecun', 43, river(), [d(16, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', opt('rmsprop', 0.003), train(120));
spec('healthy.river-level-batchnorm-dropout', 44, river(), [d(32, 'relu', { batchNorm: true }), drop(0.1), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(120));
spec('healthy.flood-class-adam', 45, river('flood_class'), [d(24, 'relu'), d(12, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(200));
spec('healthy.flood-class-tanh-rmsprop', 46, river('flood_class'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), train(150));
spec('healthy.landcover-adam', 51, land(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.005), train(100));
spec('healthy.landcover-rmsprop-dropout', 52, land(), [d(48, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), train(120));
spec('healthy.landcover-tanh-sgd-minmax', 53, land('minmax'), [d(20, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), train(150));
spec('healthy.landcover-red-nir-swir', 54, csv('landcover.csv', 'cover', ['red', 'nir', 'swir', 'ndvi']), [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.01), train(120, 64));
spec('healthy.frost-kelvin-standard', 61, frost(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100));
spec('healthy.frost-fahrenheit-elu-sgd', 62, frost('standard', ['tmin_f', 'wind_ms', 'cloud_okta']), [d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150));
spec('healthy.frost-fahrenheit-minmax', 63, frost('minmax', ['tmin_f', 'dewpoint_k', 'wind_ms', 'cloud_okta']), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));
spec('healthy.species-presence-adam', 71, species(), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));
spec('healthy.species-tanh-rmsprop', 72, species(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), train(150));
spec('healthy.iris-relu-adam', 81, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(100, 16));
spec('healthy.iris-tanh-momentum', 82, { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 16));
spec('healthy.seasonal-sine-tanh', 83, { builtin: 'sine', samples: 300, noise: 0.1 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.01), train(300));
spec('healthy.blobs-four-covers', 84, { builtin: 'blobs', classes: 4, samples: 400 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), train(80));
spec('healthy.moons-relu-adam', 85, { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150));
spec('healthy.circles-tanh', 86, { builtin: 'circles', samples: 300 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200));
spec('healthy.spirals-three-relu', 87, { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(400));
spec('healthy.pm25-weather-only-leaky', 25, csv('air_quality.csv', 'pm25', ['wind_ms', 'humidity_pct', 'traffic_count', 'doy_cos']), [d(16, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.005), train(150));
spec('healthy.species-elevation-temp-sgd', 73, csv('species.csv', 'present', ['elevation_m', 'annual_precip_mm']), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(200));

// ---------------------------------------------------------------- invalid-spec
C['invalid-spec.optimiser-british'] = { name: 'crop-yield', seed: 101, data: crop(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimiser: opt('adam', 0.003), training: train(100) };
spec('invalid-spec.keras-loss-name', 102, land(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', opt('adam', 0.005), train(100));
spec('invalid-spec.glorot-init-name', 103, rain(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('invalid-spec.batch-size-snake-case', 104, air(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), { epochs: 150, batch_size: 64 });
spec('invalid-spec.epochs-as-string', 105, river(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), { epochs: '200', batchSize: 32 });

// ---------------------------------------------------------------- data-error
spec('data-error.target-short-name', 111, csv('crop_yield.csv', 'yield', CROP_X), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100));
spec('data-error.na-cells-field-logger', 112, csv('crop_yield_gaps.csv', 'yield_t_ha', CROP_X), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100));
spec('data-error.missing-flag-m', 113, csv('river_export.csv', 'level_m', RIVER_X), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100));
spec('data-error.feature-not-in-file', 114, csv('air_quality.csv', 'pm25', ['wind_speed', 'humidity_pct', 'traffic_count']), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100));
spec('data-error.file-of-next-season', 115, csv('frost_2024.csv', 'frost', FROST_K), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100));
spec('data-error.pilot-four-stations', 116, csv('stations_sample.csv', 'rain_tomorrow', ['pressure_hpa', 'humidity_pct', 'cloud_okta']), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100));

// ---------------------------------------------------------------- shape-mismatch
spec('shape-mismatch.four-of-five-covers', 121, land(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(100));
spec('shape-mismatch.rain-two-sigmoids', 122, rain(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('shape-mismatch.flood-two-classes', 123, river('flood_class'), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.005), train(150));
spec('shape-mismatch.yield-three-outputs', 124, crop(), [d(16, 'relu'), d(3)], 'mse', opt('adam', 0.003), train(100));

// ---------------------------------------------------------------- loss-activation-mismatch
spec('loss-activation-mismatch.aqi-softmax-mse', 131, air('aqi_band'), [d(16, 'relu'), d(3, 'softmax')], 'mse', opt('adam', 0.005), train(100));
spec('loss-activation-mismatch.yield-sigmoid-output', 132, crop(), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), train(100));
spec('loss-activation-mismatch.rain-linear-bce', 133, rain(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), train(100));
spec('loss-activation-mismatch.river-tanh-output', 134, river(), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.005), train(100));
spec('loss-activation-mismatch.landcover-sigmoid-cce', 135, land(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', opt('adam', 0.005), train(100));

// ---------------------------------------------------------------- init-symmetry
spec('init-symmetry.yield-zeros-hidden', 141, crop(), [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1)], 'mse', opt('adam', 0.005), train(100));
spec('init-symmetry.rain-constant-half', 142, rain(), [d(16, 'relu', { init: 'constant', value: 0.5 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('init-symmetry.landcover-constant-small', 143, land(), [d(24, 'tanh', { init: 'constant', value: 0.01 }), d(12, 'tanh', { init: 'constant', value: 0.01 }), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100));

// ---------------------------------------------------------------- init-scale
spec('init-scale.species-std-three', 151, species(), [d(32, 'relu', { init: 'normal', std: 3 }), d(16, 'relu', { init: 'normal', std: 3 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('init-scale.pm25-tiny-uniform', 152, air(), [d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(1, undefined, { init: 'uniform', limit: 1e-4 })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
spec('init-scale.landcover-tanh-std-two', 153, land(), [d(64, 'tanh', { init: 'normal', std: 2 }), d(64, 'tanh', { init: 'normal', std: 2 }), d(5, 'softmax')], 'cce', opt('sgd', 0.02), train(100));

// ---------------------------------------------------------------- no-nonlinearity
spec('no-nonlinearity.yield-activation-omitted', 161, crop(), [d(32), d(16), d(1)], 'mse', opt('adam', 0.003), train(150));
spec('no-nonlinearity.landcover-linear-hidden', 162, land(), [d(24, 'linear'), d(12, 'linear'), d(5, 'softmax')], 'cce', opt('adam', 0.005), train(100));
spec('no-nonlinearity.species-elevation-band-linear', 163, species(), [d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));

// ---------------------------------------------------------------- lr-out-of-range
spec('lr-out-of-range.adam-five', 171, rain(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 5), train(100));
spec('lr-out-of-range.sgd-exponent-typo', 172, crop(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 2e2, { momentum: 0.9 }), train(100));
spec('lr-out-of-range.rmsprop-ten', 173, land(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 10), train(100));

// ---------------------------------------------------------------- dead-relu
spec('dead-relu.pm25-raw-traffic', 181, air('pm25', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), train(100));
spec('dead-relu.yield-negative-bias', 182, crop(), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1)], 'mse', opt('adam', 0.001), train(100));
spec('dead-relu.river-sgd-big-step', 183, river(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.5), train(100));
spec('dead-relu.rain-raw-hpa-relu', 184, rain('none'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), train(100));

// ---------------------------------------------------------------- exploding-gradient
spec('exploding-gradient.yield-raw-gdd-sgd', 191, crop('none'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('sgd', 1e-7), train(100));
spec('exploding-gradient.river-deep-big-init', 192, river(), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, undefined, { init: 'normal', std: 1 })], 'mse', opt('sgd', 1e-4), train(100));
spec('exploding-gradient.pm25-raw-adam-clipless', 193, air('pm25', 'none'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), train(100));

// ---------------------------------------------------------------- vanishing-gradient
spec('vanishing-gradient.rain-deep-sigmoid', 201, rain(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100));
spec('vanishing-gradient.landcover-deep-tanh-small-init', 202, land(), [d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(5, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
spec('vanishing-gradient.species-sigmoid-stack', 203, species(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(100));

// ---------------------------------------------------------------- nan-loss
spec('nan-loss.pm25-raw-sgd', 211, air('pm25', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), train(100));
spec('nan-loss.river-raw-rain-momentum', 212, river('level_m', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), train(100));
spec('nan-loss.yield-raw-rmsprop-big', 213, crop('none'), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100));

// ---------------------------------------------------------------- lr-too-high
spec('lr-too-high.landcover-adam-half', 221, land(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.5), train(100));
spec('lr-too-high.yield-sgd-momentum-big', 222, crop(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), train(100));
spec('lr-too-high.rain-rmsprop-tenth', 223, rain(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), train(100));
spec('lr-too-high.frost-adam-one-tenth', 224, frost(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.2), train(100));

// ---------------------------------------------------------------- lr-too-low
spec('lr-too-low.yield-sgd-tiny', 231, crop(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-5), train(100));
spec('lr-too-low.landcover-adam-tiny', 232, land(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 1e-6), train(60));
spec('lr-too-low.frost-rmsprop-tiny', 233, frost(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-6), train(80));

// ---------------------------------------------------------------- saturated-activation
spec('saturated-activation.rain-raw-hpa-tanh', 241, rain('none'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('saturated-activation.species-raw-metres-sigmoid', 242, species('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('saturated-activation.frost-kelvin-tanh', 243, frost('none'), [d(12, 'tanh'), d(6, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));

// ---------------------------------------------------------------- loss-plateau
spec('loss-plateau.rain-adamw-decay-copied', 251, rain(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 0.5 }), train(100));
spec('loss-plateau.yield-clipnorm-tiny', 252, crop(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 1e-4 }), train(100));
spec('loss-plateau.flood-heavy-dropout', 253, river('flood_class'), [d(8, 'relu'), drop(0.9), d(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.3 }), train(100));
spec('loss-plateau.species-raw-sigmoid-sgd', 254, species('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100));

// ---------------------------------------------------------------- oscillating-loss
spec('oscillating-loss.yield-sgd-batch4', 261, crop(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.95 }), train(100, 4));
spec('oscillating-loss.landcover-momentum-099', 262, land(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.99 }), train(100));
spec('oscillating-loss.rain-rmsprop-batch8', 263, rain(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.03), train(100, 8));
spec('oscillating-loss.river-full-batch-edge', 264, river(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.9), train(200, 450));

// ---------------------------------------------------------------- second-round variants (added after the first observation)
spec('exploding-gradient.river-raw-rain-adam', 301, river('level_m', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), train(100));
spec('exploding-gradient.yield-raw-deep-adam', 302, crop('none'), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), train(100));
spec('exploding-gradient.rain-raw-hpa-elu-rmsprop', 303, rain('none'), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(100));
spec('dead-relu.river-sgd-fifth', 304, river(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.2), train(100));
spec('lr-too-high.yield-sgd-momentum-mid', 305, crop(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(100));
spec('lr-too-high.yield-adam-tenth', 306, crop(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.1), train(100));
spec('lr-too-high.species-sgd-one', 307, species(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 2, { momentum: 0.9 }), train(100));
spec('oscillating-loss.landcover-sgd-batch16', 308, land(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.5), train(100, 16));
spec('oscillating-loss.rain-adam-batch4', 309, rain(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), train(60, 4));
spec('oscillating-loss.aqi-momentum-095', 310, air('aqi_band'), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.2, { momentum: 0.95 }), train(100));
spec('oscillating-loss.river-tanh-full-batch-half', 311, river(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.5), train(200, 450));
spec('loss-plateau.flood-keep-prob-dropout', 312, river('flood_class'), [d(16, 'relu'), drop(0.9), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('loss-plateau.yield-weight-decay-tenth', 313, crop(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, weightDecay: 0.5 }), train(100));
spec('loss-plateau.frost-rare-class-decay', 314, frost(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { weightDecay: 0.3 }), train(100));
spec('loss-plateau.species-relu-bias-negative', 315, species(), [d(16, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
spec('nan-loss.pm25-raw-momentum', 316, air('pm25', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
spec('nan-loss.pm25-raw-linear-sgd', 317, air('pm25', 'none'), [d(8, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.001), train(100));

// ---------------------------------------------------------------- third-round variants (oscillation and plateau)
spec('oscillating-loss.frost-tanh-sgd-one', 401, frost(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 1, { momentum: 0.9 }), train(100));
spec('oscillating-loss.aqi-momentum-half', 402, air('aqi_band'), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.95 }), train(100));
spec('oscillating-loss.yield-momentum-batch8', 403, crop(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.95 }), train(100, 8));
spec('oscillating-loss.rain-adam-third', 404, rain(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), train(100));
spec('oscillating-loss.landcover-rmsprop-fast', 405, land(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.05), train(100));
spec('oscillating-loss.species-rmsprop-batch16', 406, species(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), train(100, 16));
spec('oscillating-loss.iris-momentum-099', 407, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.99 }), train(60, 16));
spec('oscillating-loss.river-level-momentum-099', 408, river(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(150));
spec('loss-plateau.flood-dropout-bottleneck', 409, river('flood_class'), [d(8, 'relu'), drop(0.8), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('loss-plateau.yield-weight-decay-one', 410, crop(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1 }), train(100));
spec('loss-plateau.species-decay-copied', 411, species(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.1 }), train(150));
spec('loss-plateau.landcover-decay-rmsprop', 412, land(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002, { weightDecay: 0.5 }), train(100));

// ---------------------------------------------------------------- fourth-round variants (oscillation)
spec('oscillating-loss.frost-tanh-sgd-three', 501, frost(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3, { momentum: 0.9 }), train(100));
spec('oscillating-loss.landcover-tanh-sgd-one', 502, land(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 1, { momentum: 0.9 }), train(100));
spec('oscillating-loss.rain-tanh-sgd-two', 503, rain(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 2, { momentum: 0.9 }), train(100));
spec('oscillating-loss.flood-elu-sgd-one', 504, river('flood_class'), [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 1, { momentum: 0.9 }), train(100));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [name, s] of Object.entries(C)) fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(C).length} candidates`);
