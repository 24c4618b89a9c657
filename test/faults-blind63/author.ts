/**
 * Writes every candidate spec of this set into `candidates/`: `npx tsx test/faults-blind63/author.ts`.
 * Candidates are named `<intended code>.<slug>` or `ok.<slug>` (intended healthy); write-manifest.py
 * files them by what the bare engine did (observed.txt), not by intent.
 * Theme: astronomy, space and geoscience (star catalogues, galaxy photometry, exoplanet transits,
 * earthquakes, satellite telemetry, well logs, a magnetic survey), plus builtins used as sky stand-ins.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');
const specs: [string, Json][] = [];

function add(file: string, spec: Json): void {
  specs.push([file, { name: file.replace(/^[a-z-]+\./, ''), seed: 63, ...spec }]);
}

const dense = (units: number, activation?: string, extra: Json = {}): Json =>
  activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
const dropout = (rate: number): Json => ({ type: 'dropout', rate });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const rmsprop = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const momentum = (lr: number, m = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum: m, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

// ---- data blocks ----
const STAR_FEATURES = ['app_mag', 'bv', 'parallax_mas', 'teff_k'];
const starClass = (normalize = 'standard', extra: Json = {}): Json => ({
  csv: '../data/stars.csv', target: 'spectral_class', features: STAR_FEATURES, normalize, ...extra,
});
const starLum = (target: string, normalize = 'standard', extra: Json = {}): Json => ({
  csv: '../data/stars.csv', target, features: STAR_FEATURES, normalize, ...extra,
});
const galaxies = (normalize = 'standard', extra: Json = {}): Json => ({
  csv: '../data/galaxies.csv', target: 'class', features: ['u', 'g', 'r', 'i', 'z'], normalize, ...extra,
});
const transits = (normalize = 'standard', extra: Json = {}): Json => ({
  csv: '../data/transits.csv', target: 'planet', features: ['period_days', 'depth_ppm', 'duration_h', 'snr'], normalize, ...extra,
});
const quakeMag = (normalize = 'standard', extra: Json = {}): Json => ({
  csv: '../data/quakes.csv', target: 'mag', features: ['latitude', 'longitude', 'depth_km', 'stations'], normalize, ...extra,
});
const tsunami = (normalize = 'standard', extra: Json = {}): Json => ({
  csv: '../data/quakes.csv', target: 'tsunami', features: ['depth_km', 'stations', 'mag'], normalize, ...extra,
});
const telemetry = (normalize = 'standard', extra: Json = {}): Json => ({
  csv: '../data/telemetry.csv', target: 'anomaly', features: ['batt_v', 'panel_a', 'temp_batt_c', 'temp_panel_c'], normalize, ...extra,
});
const wells = (normalize = 'standard', extra: Json = {}): Json => ({
  csv: '../data/welllogs.csv', target: 'rock', features: ['gr_api', 'res_ohmm', 'rhob_gcc', 'nphi'], normalize, ...extra,
});
const kimberlite = (normalize = 'standard', extra: Json = {}): Json => ({
  csv: '../data/kimberlite.csv', target: 'ore', features: ['easting_m', 'northing_m', 'mag_nt'], normalize, ...extra,
});

// ================= intended healthy =================
add('ok.stars-class-adam', { data: starClass(), layers: [dense(16, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(150) });
add('ok.stars-class-tanh-momentum', { data: starClass(), layers: [dense(24, 'tanh'), dense(12, 'tanh'), dense(5, 'softmax')], loss: 'cce', optimizer: momentum(0.05), training: train(120) });
add('ok.stars-class-batchnorm-dropout', { data: starClass(), layers: [dense(32, 'relu', { batchNorm: true }), dropout(0.1), dense(5, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: train(150, 64) });
add('ok.stars-class-minmax-rmsprop', { data: starClass('minmax'), layers: [dense(20, 'elu'), dense(5, 'softmax')], loss: 'cce', optimizer: rmsprop(0.005), training: train(200, 16) });
add('ok.stars-loglum-adam', { data: starLum('log_lum', 'standard', { normalizeTarget: 'standard' }), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: adam(0.003), training: train(200) });
add('ok.stars-loglum-rmsprop-elu', { data: starLum('log_lum'), layers: [dense(24, 'elu'), dense(1, 'linear')], loss: 'mse', optimizer: rmsprop(0.002), training: train(250, 16) });
add('ok.galaxies-adam', { data: galaxies(), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(120) });
add('ok.galaxies-nesterov-tanh', { data: galaxies(), layers: [dense(12, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: momentum(0.05, 0.9, { nesterov: true }), training: train(150) });
add('ok.galaxies-minmax-leaky-rmsprop', { data: galaxies('minmax'), layers: [dense(32, 'leaky_relu'), dense(3, 'softmax')], loss: 'cce', optimizer: rmsprop(0.003), training: train(200) });
add('ok.galaxies-dropout-weight-decay', { data: galaxies(), layers: [dense(48, 'relu'), dropout(0.2), dense(24, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.003, { weightDecay: 1e-4 }), training: train(150, 32, { validationSplit: 0.2 }) });
add('ok.transits-adam', { data: transits(), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(300) });
add('ok.transits-rmsprop-clip', { data: transits(), layers: [dense(24, 'elu'), dense(12, 'elu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rmsprop(0.003, { clipNorm: 1 }), training: train(300) });
add('ok.transits-momentum', { data: transits(), layers: [dense(32, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: momentum(0.05), training: train(400, 64) });
add('ok.quakes-mag-adam', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1)], loss: 'mse', optimizer: adam(0.005), training: train(150) });
add('ok.quakes-mag-tanh-momentum', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: momentum(0.02), training: train(200) });
add('ok.quakes-mag-raw-target-adam', { data: quakeMag(), layers: [dense(24, 'relu'), dense(1)], loss: 'mse', optimizer: adam(0.01), training: train(200) });
add('ok.quakes-mag-lecun-tanh-rmsprop', { data: quakeMag('minmax', { normalizeTarget: 'minmax' }), layers: [dense(32, 'tanh', { init: 'lecun_normal' }), dense(16, 'tanh', { init: 'lecun_normal' }), dense(1)], loss: 'mse', optimizer: rmsprop(0.002), training: train(200) });
add('ok.tsunami-adam', { data: tsunami(), layers: [dense(12, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: train(200) });
add('ok.telemetry-adam', { data: telemetry(), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(200) });
add('ok.telemetry-batchnorm-momentum', { data: telemetry(), layers: [dense(24, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], loss: 'bce', optimizer: momentum(0.05), training: train(150) });
add('ok.telemetry-rmsprop-weight-decay', { data: telemetry(), layers: [dense(32, 'leaky_relu', { init: 'he_uniform' }), dense(1, 'sigmoid')], loss: 'bce', optimizer: rmsprop(0.003, { weightDecay: 1e-4 }), training: train(200) });
add('ok.wells-adam', { data: wells(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(120) });
add('ok.wells-rmsprop-elu', { data: wells(), layers: [dense(24, 'elu'), dense(12, 'elu'), dense(4, 'softmax')], loss: 'cce', optimizer: rmsprop(0.003), training: train(150) });
add('ok.wells-sgd-tanh', { data: wells(), layers: [dense(16, 'tanh', { init: 'xavier_normal' }), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: train(200, 16) });
add('ok.wells-batchnorm-dropout', { data: wells(), layers: [dense(32, 'relu', { batchNorm: true }), dropout(0.2), dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: train(150, 32, { validationSplit: 0.15 }) });
add('ok.kimberlite-adam', { data: kimberlite(), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: train(300) });
add('ok.kimberlite-tanh-rmsprop', { data: kimberlite(), layers: [dense(24, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rmsprop(0.01), training: train(300) });
add('ok.spiral-arms-adam', { data: { builtin: 'spirals', classes: 3, samples: 300, noise: 0.1 }, layers: [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(400) });
add('ok.star-clusters-blobs-sgd', { data: { builtin: 'blobs', classes: 4, samples: 300 }, layers: [dense(8, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: train(100) });
add('ok.cepheid-lightcurve-sine-adam', { data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [dense(32, 'tanh'), dense(1)], loss: 'mse', optimizer: adam(0.01), training: train(300) });
add('ok.cepheid-lightcurve-sine-momentum', { data: { builtin: 'sine', samples: 240 }, layers: [dense(24, 'tanh'), dense(24, 'tanh'), dense(1)], loss: 'mse', optimizer: momentum(0.02), training: train(400, 16) });
add('ok.crater-rim-circles-adam', { data: { builtin: 'circles', samples: 300 }, layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.02), training: train(200) });
add('ok.tidal-tails-moons-rmsprop', { data: { builtin: 'moons', samples: 300 }, layers: [dense(16, 'elu'), dense(8, 'elu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rmsprop(0.005), training: train(200) });
add('ok.stars-lum-sun-log-free-target', { data: starLum('lum_sun', 'standard', { normalizeTarget: 'standard' }), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: adam(0.003), training: train(300) });
add('ok.mars-soil-inline', {
  data: {
    inline: {
      x: [[0.42, 7.9, 1.2], [0.38, 8.1, 1.1], [0.45, 7.7, 1.3], [0.12, 5.2, 3.8], [0.1, 5.0, 4.1], [0.15, 5.4, 3.6], [0.8, 6.5, 0.4], [0.85, 6.3, 0.5], [0.78, 6.8, 0.3], [0.4, 8.0, 1.25], [0.13, 5.1, 3.9], [0.82, 6.6, 0.45], [0.44, 7.8, 1.15], [0.11, 5.3, 4.0], [0.79, 6.4, 0.35], [0.39, 7.95, 1.2], [0.14, 5.25, 3.7], [0.83, 6.55, 0.42]],
      y: ['basalt', 'basalt', 'basalt', 'sulfate', 'sulfate', 'sulfate', 'hematite', 'hematite', 'hematite', 'basalt', 'sulfate', 'hematite', 'basalt', 'sulfate', 'hematite', 'basalt', 'sulfate', 'hematite'],
    },
    normalize: 'standard',
  },
  layers: [dense(8, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.02), training: train(150, 6),
});
add('ok.tsunami-rmsprop-dropout', { data: tsunami('minmax'), layers: [dense(24, 'relu'), dropout(0.1), dense(1, 'sigmoid')], loss: 'bce', optimizer: rmsprop(0.005), training: train(200) });
add('ok.galaxies-sgd-plain', { data: galaxies(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: train(200, 16) });

// ================= invalid-spec =================
add('invalid-spec.optimiser-british', { data: starClass(), layers: [dense(16, 'relu'), dense(5, 'softmax')], loss: 'cce', optimiser: adam(0.005), training: train(100) });
add('invalid-spec.init-glorot-keras', { data: galaxies(), layers: [dense(16, 'tanh', { init: 'glorot_uniform' }), dense(3, 'softmax', { init: 'glorot_uniform' })], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('invalid-spec.units-string-from-config', { data: wells(), layers: [dense(16, 'relu'), { type: 'dense', units: '4', activation: 'softmax' }], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('invalid-spec.loss-keras-name', { data: transits(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: adam(0.005), training: train(200) });

// ================= data-error =================
add('data-error.target-spectral-type', { data: { ...starClass(), target: 'spectral_type' }, layers: [dense(16, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('data-error.parallax-gaps', { data: { ...starClass(), csv: '../data/stars-gaps.csv' }, layers: [dense(16, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('data-error.depth-question-marks', { data: { ...quakeMag('standard', { normalizeTarget: 'standard' }), csv: '../data/quakes-feed.csv' }, layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: adam(0.005), training: train(150) });
add('data-error.first-night-two-rows', { data: { ...transits(), csv: '../data/transits-night1.csv' }, layers: [dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: train(50) });
add('data-error.julian-date-misnamed', { data: { ...telemetry(), features: ['julian_date', 'batt_v', 'panel_a', 'temp_batt_c', 'temp_panel_c'] }, layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(100) });

// ================= shape-mismatch =================
add('shape-mismatch.obafgkm-seven-outputs', { data: starClass(), layers: [dense(16, 'relu'), dense(7, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('shape-mismatch.star-vs-rest-two-outputs', { data: galaxies(), layers: [dense(16, 'relu'), dense(2, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('shape-mismatch.mag-and-depth-two-outputs', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(2)], loss: 'mse', optimizer: adam(0.005), training: train(100) });
add('shape-mismatch.rock-three-outputs', { data: wells(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });

// ================= loss-activation-mismatch =================
add('loss-activation-mismatch.transit-linear-bce', { data: transits(), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'bce', optimizer: adam(0.005), training: train(200) });
add('loss-activation-mismatch.loglum-sigmoid-mse', { data: starLum('log_lum'), layers: [dense(24, 'relu'), dense(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.005), training: train(200) });
add('loss-activation-mismatch.galaxy-sigmoid-cce', { data: galaxies(), layers: [dense(16, 'relu'), dense(3, 'sigmoid')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('loss-activation-mismatch.tsunami-single-softmax', { data: tsunami(), layers: [dense(12, 'relu'), dense(1, 'softmax')], loss: 'bce', optimizer: adam(0.01), training: train(100) });
add('loss-activation-mismatch.quake-mag-sigmoid-raw', { data: quakeMag(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.005), training: train(150) });

// ================= init-symmetry =================
add('init-symmetry.wells-zeros', { data: wells(), layers: [dense(16, 'relu', { init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(4, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('init-symmetry.telemetry-constant', { data: telemetry(), layers: [dense(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(150) });
add('init-symmetry.quake-constant-half', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(24, 'tanh', { init: 'constant', value: 0.5 }), dense(1)], loss: 'mse', optimizer: momentum(0.01), training: train(150) });

// ================= init-scale =================
add('init-scale.stars-normal-std-3', { data: starClass(), layers: [dense(32, 'relu', { init: 'normal', std: 3 }), dense(32, 'relu', { init: 'normal', std: 3 }), dense(5, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: train(100) });
add('init-scale.galaxy-tiny-std', { data: galaxies(), layers: [dense(16, 'tanh', { init: 'normal', std: 1e-4 }), dense(16, 'tanh', { init: 'normal', std: 1e-4 }), dense(16, 'tanh', { init: 'normal', std: 1e-4 }), dense(3, 'softmax', { init: 'normal', std: 1e-4 })], loss: 'cce', optimizer: momentum(0.01), training: train(100) });
add('init-scale.kimberlite-uniform-limit-4', { data: kimberlite(), layers: [dense(32, 'tanh', { init: 'uniform', limit: 4 }), dense(16, 'tanh', { init: 'uniform', limit: 4 }), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(200) });

// ================= no-nonlinearity =================
add('no-nonlinearity.kimberlite-linear-hidden', { data: kimberlite(), layers: [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: train(200) });
add('no-nonlinearity.crater-rim-activation-omitted', { data: { builtin: 'circles', samples: 300 }, layers: [dense(16), dense(16), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: train(200) });
add('no-nonlinearity.spiral-arms-linear', { data: { builtin: 'spirals', classes: 2, samples: 300 }, layers: [dense(32, 'linear', { init: 'he_normal' }), dense(32, 'linear', { init: 'he_normal' }), dense(2, 'softmax')], loss: 'cce', optimizer: rmsprop(0.005), training: train(300) });
add('no-nonlinearity.cepheid-sine-linear', { data: { builtin: 'sine', samples: 200 }, layers: [dense(32), dense(1)], loss: 'mse', optimizer: adam(0.01), training: train(300) });

// ================= lr-out-of-range =================
add('lr-out-of-range.adam-lr-3', { data: galaxies(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(3), training: train(100) });
add('lr-out-of-range.sgd-lr-250', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: sgd(250), training: train(100) });
add('lr-out-of-range.rmsprop-lr-1e-9', { data: telemetry(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rmsprop(1e-9), training: train(200) });

// ================= dead-relu =================
add('dead-relu.negative-bias-stars', { data: starClass(), layers: [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(5, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: train(100) });
add('dead-relu.galaxy-adam-lr-0.2', { data: galaxies(), layers: [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.2), training: train(100) });
add('dead-relu.telemetry-bias-minus-2', { data: telemetry(), layers: [dense(16, 'relu', { bias: -2 }), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: train(100) });
add('dead-relu.wells-raw-sgd', { data: wells('none'), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: train(100) });

// ================= exploding-gradient =================
add('exploding-gradient.lum-sun-raw-target', { data: starLum('lum_sun'), layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: adam(0.001), training: train(100) });
add('exploding-gradient.deep-normal-std-1', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(64, 'relu', { init: 'normal', std: 1 }), dense(64, 'relu', { init: 'normal', std: 1 }), dense(64, 'relu', { init: 'normal', std: 1 }), dense(1, 'linear', { init: 'normal', std: 1 })], loss: 'mse', optimizer: adam(0.001), training: train(100) });
add('exploding-gradient.telemetry-raw-clipped-sgd', { data: { ...telemetry('none'), features: ['jd', 'batt_v', 'panel_a', 'temp_batt_c', 'temp_panel_c'] }, layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.001, { clipNorm: 1 }), training: train(100) });
add('exploding-gradient.kimberlite-raw-rmsprop', { data: kimberlite('none'), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rmsprop(0.001), training: train(100) });

// ================= vanishing-gradient =================
add('vanishing-gradient.deep-sigmoid-stars', { data: starClass(), layers: [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(5, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: train(100) });
add('vanishing-gradient.deep-tanh-small-init-wells', { data: wells(), layers: [dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(4, 'softmax')], loss: 'cce', optimizer: momentum(0.01), training: train(100) });
add('vanishing-gradient.sigmoid-stack-transits', { data: transits(), layers: [dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(1, 'sigmoid')], loss: 'bce', optimizer: momentum(0.01), training: train(150) });

// ================= nan-loss =================
add('nan-loss.lum-sun-raw-momentum', { data: starLum('lum_sun', 'none'), layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: momentum(0.01), training: train(100) });
add('nan-loss.quake-jd-feature-sgd', { data: { ...quakeMag('none'), features: ['jd', 'latitude', 'longitude', 'depth_km', 'stations'] }, layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: sgd(0.01), training: train(100) });
add('nan-loss.kimberlite-raw-coords-momentum', { data: kimberlite('none'), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: momentum(0.01), training: train(100) });

// ================= lr-too-high =================
add('lr-too-high.quake-sgd-lr-1', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1)], loss: 'mse', optimizer: sgd(1), training: train(100) });
add('lr-too-high.galaxy-adam-0.3-tanh', { data: galaxies(), layers: [dense(32, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.3), training: train(100) });
add('lr-too-high.wells-rmsprop-0.2', { data: wells(), layers: [dense(32, 'elu'), dense(4, 'softmax')], loss: 'cce', optimizer: rmsprop(0.2), training: train(100) });
add('lr-too-high.telemetry-momentum-0.5', { data: telemetry(), layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: momentum(0.5), training: train(100) });

// ================= lr-too-low =================
add('lr-too-low.stars-sgd-1e-5', { data: starClass(), layers: [dense(24, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: sgd(1e-5), training: train(100) });
add('lr-too-low.galaxy-adam-1e-6', { data: galaxies(), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(1e-6), training: train(100) });
add('lr-too-low.quake-momentum-1e-6', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: momentum(1e-6), training: train(150) });
add('lr-too-low.wells-rmsprop-1e-6', { data: wells(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: rmsprop(1e-6), training: train(100) });

// ================= saturated-activation =================
add('saturated-activation.stars-raw-sigmoid', { data: starClass('none'), layers: [dense(16, 'sigmoid'), dense(5, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: train(100) });
add('saturated-activation.quake-raw-tanh', { data: tsunami('none'), layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(100) });
add('saturated-activation.telemetry-sigmoid-bias-6', { data: telemetry(), layers: [dense(16, 'sigmoid', { bias: 6 }), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: train(100) });
add('saturated-activation.wells-raw-tanh', { data: wells('none'), layers: [dense(24, 'tanh'), dense(4, 'softmax')], loss: 'cce', optimizer: rmsprop(0.001), training: train(100) });

// ================= loss-plateau =================
add('loss-plateau.quake-weight-decay-0.5', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: adam(0.005, { weightDecay: 0.5 }), training: train(150) });
add('loss-plateau.telemetry-ids-and-dates', { data: { ...telemetry(), features: ['orbit_no', 'jd'] }, layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(150) });
add('loss-plateau.wells-weight-decay-1', { data: wells(), layers: [dense(24, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: momentum(0.05, 0.9, { weightDecay: 1 }), training: train(150) });
add('loss-plateau.galaxy-survey-run-only', { data: { ...galaxies(), features: ['objid', 'run'] }, layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: train(150) });

// ================= oscillating-loss =================
add('oscillating-loss.quake-momentum-0.99', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: momentum(0.05, 0.99), training: train(150) });
add('oscillating-loss.galaxy-sgd-batch-4', { data: galaxies(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: sgd(0.8), training: train(100, 4) });
add('oscillating-loss.stars-rmsprop-full-batch', { data: starLum('log_lum', 'standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: rmsprop(0.05), training: train(200, 450) });
add('oscillating-loss.lightcurve-adam-0.1', { data: { builtin: 'sine', samples: 200 }, layers: [dense(32, 'tanh'), dense(1)], loss: 'mse', optimizer: adam(0.1), training: train(200, 200) });

// ================= second round (after the first observation) =================
add('ok.spiral-arms-adam-wider', { data: { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, layers: [dense(64, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: train(500) });
add('ok.stars-class-batchnorm', { data: starClass(), layers: [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: train(200, 32) });
add('init-symmetry.kimberlite-constant-everywhere', { data: kimberlite(), layers: [dense(16, 'tanh', { init: 'constant', value: 0.1 }), dense(8, 'tanh', { init: 'constant', value: 0.1 }), dense(1, 'sigmoid', { init: 'constant', value: 0.1 })], loss: 'bce', optimizer: adam(0.01), training: train(200) });
add('init-symmetry.galaxy-zeros-everywhere', { data: galaxies(), layers: [dense(16, 'tanh', { init: 'zeros' }), dense(3, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('init-symmetry.wells-constant-relu-everywhere', { data: wells(), layers: [dense(24, 'relu', { init: 'constant', value: 0.05 }), dense(12, 'relu', { init: 'constant', value: 0.05 }), dense(4, 'softmax', { init: 'constant', value: 0.05 })], loss: 'cce', optimizer: rmsprop(0.003), training: train(150) });
add('init-scale.wells-normal-std-4-sigmoid', { data: wells(), layers: [dense(32, 'sigmoid', { init: 'normal', std: 4 }), dense(16, 'sigmoid', { init: 'normal', std: 4 }), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: train(100) });
add('init-scale.quake-uniform-limit-3-deep', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(32, 'relu', { init: 'uniform', limit: 3 }), dense(32, 'relu', { init: 'uniform', limit: 3 }), dense(32, 'relu', { init: 'uniform', limit: 3 }), dense(1)], loss: 'mse', optimizer: sgd(0.001), training: train(100) });
add('vanishing-gradient.wells-sigmoid-deep', { data: wells(), layers: [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(4, 'softmax')], loss: 'cce', optimizer: momentum(0.01), training: train(100) });
add('vanishing-gradient.telemetry-sigmoid-deep-sgd', { data: telemetry(), layers: [dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.02), training: train(150) });
add('nan-loss.lum-sun-raw-target-sgd', { data: starLum('lum_sun'), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: sgd(0.01), training: train(100) });
add('nan-loss.kimberlite-raw-relu-mse', { data: kimberlite('none'), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: sgd(0.01), training: train(100) });
add('nan-loss.stars-raw-loglum-sgd', { data: starLum('log_lum', 'none'), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: sgd(0.01), training: train(100) });
add('nan-loss.telemetry-raw-jd-momentum', { data: { ...telemetry('none'), features: ['jd', 'batt_v', 'panel_a', 'temp_batt_c', 'temp_panel_c'] }, layers: [dense(16, 'elu'), dense(1)], loss: 'mse', optimizer: momentum(0.01), training: train(100) });
add('oscillating-loss.quake-fullbatch-sgd-0.9', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(8, 'tanh'), dense(1)], loss: 'mse', optimizer: sgd(0.9), training: train(200, 520) });
add('oscillating-loss.wells-fullbatch-sgd-3', { data: wells(), layers: [dense(16, 'tanh'), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(3), training: train(200, 480) });
add('oscillating-loss.loglum-momentum-fullbatch', { data: starLum('log_lum', 'standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: momentum(0.3), training: train(200, 450) });
add('oscillating-loss.galaxy-rmsprop-fullbatch', { data: galaxies(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: rmsprop(0.05), training: train(200, 480) });
add('oscillating-loss.sine-sgd-fullbatch', { data: { builtin: 'sine', samples: 200 }, layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: sgd(1.5), training: train(300, 200) });
add('oscillating-loss.tsunami-adam-batch-8', { data: tsunami(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.1), training: train(150, 8) });

// ================= third round: oscillation candidates =================
add('oscillating-loss.telemetry-sgd-10-fullbatch', { data: telemetry(), layers: [dense(8, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(10), training: train(150, 560) });
add('oscillating-loss.kimberlite-sgd-5-fullbatch', { data: kimberlite(), layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(5), training: train(200, 420) });
add('oscillating-loss.galaxy-tanh-sgd-2', { data: galaxies(), layers: [dense(16, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: sgd(2), training: train(100, 16) });
add('oscillating-loss.wells-momentum-0.95', { data: wells(), layers: [dense(16, 'tanh'), dense(4, 'softmax')], loss: 'cce', optimizer: momentum(0.5, 0.95), training: train(100, 64) });
add('oscillating-loss.quake-adam-0.05-fullbatch', { data: quakeMag('standard', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: adam(0.05), training: train(200, 520) });
add('oscillating-loss.stars-rmsprop-0.1-fullbatch', { data: starClass(), layers: [dense(16, 'elu'), dense(5, 'softmax')], loss: 'cce', optimizer: rmsprop(0.1), training: train(150, 450) });

// ================= fourth round: two more oscillation candidates =================
add('oscillating-loss.galaxy-rmsprop-0.2', { data: galaxies(), layers: [dense(32, 'elu'), dense(3, 'softmax')], loss: 'cce', optimizer: rmsprop(0.2), training: train(100) });
add('oscillating-loss.kimberlite-rmsprop-0.2', { data: kimberlite(), layers: [dense(32, 'elu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rmsprop(0.2), training: train(150) });

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of specs) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${specs.length} candidates written to ${path.relative(process.cwd(), OUT)}`);
