/**
 * Writes every candidate spec of the sixty-fifth blind fault set (theme: ecology, wildlife and field
 * biology) into candidates/: `npx tsx test/faults-blind65/author.ts`. write-manifest.py files them
 * into faulty/, healthy/ or dropped/ by what the bare engine did with them (observed.txt).
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const COUNT_F = ['habitat_forest', 'habitat_grass', 'habitat_wetland', 'canopy_pct', 'dist_water_m', 'hour'];
const BIRD_F = ['wing_mm', 'mass_g', 'bill_depth_mm', 'tarsus_mm'];
const TREE_F = ['dbh_cm', 'height_m', 'basal_area_m2ha', 'wood_density'];
const STREAM_F = ['ph', 'do_mgL', 'nitrate_mgL', 'conductivity_uScm', 'temp_c', 'riffle_frac'];
const INV_F = ['dist_road_m', 'disturbance', 'elevation_m', 'soil_moisture', 'canopy_pct'];
const PHEN_F = ['latitude', 'elevation_m', 'snowmelt_doy', 'gdd_april', 'spring_temp_c'];
const SP_ONEHOT = ['sp_deer', 'sp_boar', 'sp_fox', 'sp_hare', 'sp_otter'];

function csv(file: string, target: string | string[], features?: string[], normalize = 'standard', extra: Json = {}): Json {
  const d: Json = { csv: `../data/${file}`, target };
  if (features) d.features = features;
  if (normalize !== 'none') d.normalize = normalize;
  return { ...d, ...extra };
}
const counts = (norm = 'standard', extra: Json = {}) => csv('camtrap_counts.csv', 'count', COUNT_F, norm, extra);
const species = (norm = 'standard') => csv('camtrap_species.csv', 'species', undefined, norm);
const birds = (target: 'sex' | 'subspecies', norm = 'standard') => csv('birds.csv', target, BIRD_F, norm);
const trees = (norm = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('trees.csv', 'biomass_kg', TREE_F, norm, extra);
const streams = (norm = 'standard') => csv('streams.csv', 'grade', STREAM_F, norm);
const invasive = (norm = 'standard') => csv('invasive.csv', 'present', INV_F, norm);
const phenology = (norm = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('phenology.csv', 'flowering_doy', PHEN_F, norm, extra);

function d(units: number, activation?: string, extra: Json = {}): Json {
  const l: Json = { type: 'dense', units };
  if (activation) l.activation = activation;
  return { ...l, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 65): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

const candidates: Record<string, Json> = {};
function add(slug: string, s: Json): void {
  if (candidates[slug]) throw new Error(`duplicate ${slug}`);
  candidates[slug] = s;
}

// ---------------------------------------------------------------- healthy candidates
add('counts-relu-adam', spec('camera-trap counts', counts(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(150)));
add('counts-elu-rmsprop-minmax', spec('counts elu', counts('minmax'), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.003), train(200)));
add('counts-batchnorm-momentum', spec('counts bn', counts('standard', { normalizeTarget: 'standard' }), [d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(120)));
add('counts-clipnorm-sgd', spec('counts clipped sgd', counts(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 1 }), train(200, 16)));
add('counts-tanh-adam-val', spec('counts tanh', counts(), [d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.01), train(200, 32, { validationSplit: 0.25 })));
add('species-cce-adam', spec('camera-trap species', species(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('species-onehot-tanh-rmsprop', spec('species one-hot', csv('camtrap_species_onehot.csv', SP_ONEHOT), [d(24, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.003), train(150)));
add('species-dropout-momentum', spec('species dropout', species('minmax'), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(150)));
add('species-leaky-bs64-val', spec('species leaky', species(), [d(64, 'leaky_relu'), d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', opt('adam', 0.002), train(200, 64, { validationSplit: 0.2 })));
add('birds-sex-bce-adam', spec('sexing by morphometrics', birds('sex'), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150)));
add('birds-sex-leaky-rmsprop-wd', spec('sexing leaky', birds('sex'), [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002, { weightDecay: 1e-4 }), train(150)));
add('birds-subspecies-cce-adam', spec('subspecies', birds('subspecies'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(150)));
add('birds-subspecies-tanh-sgd', spec('subspecies tanh', birds('subspecies', 'minmax'), [d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1), train(300, 16)));
add('birds-subspecies-elu-momentum', spec('subspecies elu', birds('subspecies'), [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(150)));
add('trees-biomass-adam', spec('tree biomass', trees(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(300)));
add('trees-biomass-elu-rmsprop-minmax', spec('tree biomass elu', trees('minmax', { normalizeTarget: 'minmax' }), [d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), train(400)));
add('trees-batchnorm-momentum-clip', spec('tree biomass bn', trees(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, clipNorm: 5 }), train(200)));
add('trees-tanh-sgd-small', spec('tree biomass small', trees(), [d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.05), train(400, 16)));
add('streams-grade-adam', spec('stream grade', streams(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(200)));
add('streams-grade-tanh-sgd', spec('stream grade tanh', streams(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), train(300, 16)));
add('streams-dropout-rmsprop-val', spec('stream grade dropout', streams(), [d(32, 'relu'), drop(0.1), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), train(200, 32, { validationSplit: 0.2 })));
add('streams-batchnorm-adam', spec('stream grade bn', streams(), [d(24, 'relu', { batchNorm: true }), d(12, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('invasive-bce-adam', spec('invasive presence', invasive(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(200)));
add('invasive-elu-rmsprop-wd', spec('invasive elu', invasive(), [d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002, { weightDecay: 1e-4 }), train(200)));
add('invasive-tanh-momentum-minmax', spec('invasive tanh', invasive('minmax'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(200)));
add('phenology-relu-adam', spec('first flowering', phenology(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(200)));
add('phenology-tanh-nesterov', spec('first flowering tanh', phenology('minmax'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), train(300)));
add('phenology-dropout-rmsprop', spec('first flowering dropout', phenology(), [d(32, 'relu'), drop(0.1), d(1)], 'mse', opt('rmsprop', 0.002), train(200)));
add('iris-field-key-adam', spec('iris field key', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16)));
add('iris-tanh-sgd', spec('iris tanh', { builtin: 'iris', normalize: 'standard' }, [d(10, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1), train(200, 16)));
add('blobs-territories-adam', spec('GPS fixes to territory', { builtin: 'blobs', classes: 4, samples: 300 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('moons-habitat-boundary', spec('habitat edge', { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200)));
add('sine-seasonal-activity', spec('seasonal activity', { builtin: 'sine', samples: 240 }, [d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.01), train(400)));
add('circles-home-range', spec('home range core', { builtin: 'circles', samples: 300 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(200)));
add('spirals-three-tracks', spec('three tracks', { builtin: 'spirals', classes: 3, samples: 300 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(300)));
add('inline-ponds-newts', spec('pond newt presence', {
  inline: {
    x: [[0.2, 0.4], [1.5, 1.1], [0.8, 0.9], [2.4, 1.6], [0.1, 0.3], [1.9, 1.2], [0.5, 0.6], [2.8, 1.9], [0.3, 0.2], [1.2, 1.0],
      [2.2, 1.4], [0.6, 0.5], [1.7, 1.3], [0.4, 0.4], [2.6, 1.7], [0.9, 0.7], [1.4, 1.2], [0.7, 0.5], [2.0, 1.5], [0.2, 0.3],
      [1.1, 0.9], [2.5, 1.8], [0.5, 0.4], [1.8, 1.4]],
    y: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1],
  },
  normalize: 'standard',
}, [d(6, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(150, 8)));

// ---------------------------------------------------------------- faulty candidates: static
add('invalid-spec.relu-capitalised', spec('stream grade', streams(), [d(32, 'ReLU'), d(16, 'ReLU'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('invalid-spec.learning-rate-key', spec('counts', counts(), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', learning_rate: 0.001 }, train(150)));
add('invalid-spec.keras-loss-name', spec('species', species(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', opt('adam', 0.003), train(150)));
add('invalid-spec.dense-capitalised-type', spec('invasive', invasive(), [{ type: 'Dense', units: 16, activation: 'relu' }, d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));
add('invalid-spec.epochs-as-string', spec('tree biomass', trees(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), { epochs: '200', batchSize: 32 }));
add('data-error.counts-file-typo', spec('counts', csv('camtrap_count.csv', 'count', COUNT_F), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(150)));
add('data-error.biomass-column-renamed', spec('tree biomass', csv('trees.csv', 'AGB_kg', TREE_F, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(200)));
add('data-error.nitrate-below-detection', spec('stream grade field sheet', csv('streams_field.csv', 'grade', STREAM_F), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('data-error.site-code-as-feature', spec('stream grade all columns', csv('streams.csv', 'grade'), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('data-error.pilot-season-four-birds', spec('sexing pilot', csv('birds_2019.csv', 'sex', BIRD_F), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(100)));
add('data-error.feature-typo-canopy', spec('counts', csv('camtrap_counts.csv', 'count', ['habitat_forest', 'habitat_grass', 'habitat_wetland', 'canopy_cover', 'dist_water_m', 'hour']), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(150)));
add('shape-mismatch.four-species-outputs', spec('species', species(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('shape-mismatch.three-grades', spec('stream grade', streams(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('shape-mismatch.sex-two-sigmoids', spec('sexing', birds('sex'), [d(8, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.01), train(150)));
add('shape-mismatch.onehot-six-outputs', spec('species one-hot', csv('camtrap_species_onehot.csv', SP_ONEHOT), [d(24, 'relu'), d(6, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('loss-activation-mismatch.invasive-linear-bce', spec('invasive', invasive(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), train(200)));
add('loss-activation-mismatch.flowering-sigmoid-output', spec('first flowering', phenology(), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), train(200)));
add('loss-activation-mismatch.grades-sigmoid-cce', spec('stream grade', streams(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), train(150)));
add('loss-activation-mismatch.biomass-tanh-output', spec('tree biomass', trees(), [d(32, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), train(300)));
add('init-symmetry.counts-zeros-hidden', spec('counts', counts(), [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1, undefined, { init: 'zeros' })], 'mse', opt('adam', 0.005), train(150)));
add('init-symmetry.birds-constant-tanh', spec('subspecies', birds('subspecies'), [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(3, 'softmax', { init: 'constant', value: 0.1 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(150)));
add('init-symmetry.streams-constant-relu', spec('stream grade', streams(), [d(24, 'relu', { init: 'constant', value: 0.05 }), d(12, 'relu', { init: 'constant', value: 0.05 }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), train(150)));
add('init-scale.invasive-normal-std3', spec('invasive', invasive(), [d(32, 'tanh', { init: 'normal', std: 3 }), d(16, 'tanh', { init: 'normal', std: 3 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));
add('init-scale.phenology-tiny-uniform', spec('first flowering', phenology(), [d(32, 'relu', { init: 'uniform', limit: 1e-3 }), d(32, 'relu', { init: 'uniform', limit: 1e-3 }), d(32, 'relu', { init: 'uniform', limit: 1e-3 }), d(1, undefined, { init: 'uniform', limit: 1e-3 })], 'mse', opt('sgd', 0.01), train(150)));
add('init-scale.trees-normal-std2', spec('tree biomass', trees(), [d(64, 'relu', { init: 'normal', std: 2 }), d(32, 'relu', { init: 'normal', std: 2 }), d(1)], 'mse', opt('sgd', 0.01), train(200)));
add('no-nonlinearity.streams-activation-omitted', spec('stream grade', streams(), [d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(200)));
add('no-nonlinearity.species-linear-hidden', spec('species', species(), [d(32, 'linear'), d(16, 'linear'), d(5, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('no-nonlinearity.circles-home-range-linear', spec('home range core', { builtin: 'circles', samples: 300 }, [d(16), d(8), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(200)));
add('lr-out-of-range.birds-adam-lr5', spec('sexing', birds('sex'), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 5), train(150)));
add('lr-out-of-range.trees-sgd-lr1e-8', spec('tree biomass', trees(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 1e-8), train(300)));
add('lr-out-of-range.counts-rmsprop-lr20', spec('counts', counts(), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 20), train(150)));

// ---------------------------------------------------------------- faulty candidates: probe / training
add('dead-relu.counts-raw-adam-high', spec('counts raw', counts('none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.05), train(150)));
add('dead-relu.species-bias-minus5', spec('species', species(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(5, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('dead-relu.trees-sgd-lr-half', spec('tree biomass', trees(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.5), train(200)));
add('dead-relu.invasive-raw-road-distance', spec('invasive raw', invasive('none'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), train(150)));
add('exploding-gradient.trees-raw-kg', spec('tree biomass raw', trees('none', {}), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), train(200)));
add('dead-relu.streams-raw-deep-momentum', spec('stream grade raw', streams('none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(100)));
add('exploding-gradient.phenology-raw-doy-rmsprop', spec('first flowering raw', phenology('none', {}), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001), train(200)));
add('vanishing-gradient.invasive-deep-sigmoid', spec('invasive deep', invasive(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(150)));
add('vanishing-gradient.birds-deep-sigmoid', spec('subspecies deep', birds('subspecies'), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(3, 'softmax')], 'cce', opt('sgd', 0.05), train(150)));
add('vanishing-gradient.phenology-deep-tanh-small', spec('first flowering deep', phenology(), [d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(1)], 'mse', opt('sgd', 0.01), train(150)));
add('dead-relu.trees-raw-kg-sgd', spec('tree biomass raw sgd', trees('none', {}), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), train(200)));
add('exploding-gradient.counts-raw-epoch-day', spec('counts with survey day', csv('camtrap_counts.csv', 'count', [...COUNT_F, 'survey_day'], 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), train(100)));
add('saturated-activation.phenology-raw-tanh-momentum', spec('first flowering raw', phenology('none', {}), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(150)));
add('lr-too-high.species-adam-0.3', spec('species', species(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.3), train(150)));
add('lr-too-high.birds-sgd-lr3', spec('subspecies', birds('subspecies'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 3), train(150)));
add('lr-too-high.streams-rmsprop-0.1', spec('stream grade', streams(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.1), train(150)));
add('nan-loss.phenology-momentum-0.3', spec('first flowering', phenology(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), train(150)));
add('lr-too-low.trees-adam-1e-5', spec('tree biomass', trees(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 1e-5), train(100)));
add('lr-too-low.species-sgd-1e-4', spec('species', species(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 1e-4), train(60)));
add('lr-too-low.invasive-rmsprop-1e-5', spec('invasive', invasive(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-5), train(100)));
add('saturated-activation.streams-raw-tanh', spec('stream grade raw', streams('none'), [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('saturated-activation.invasive-raw-sigmoid', spec('invasive raw', invasive('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));
add('saturated-activation.trees-raw-tanh', spec('tree biomass raw tanh', trees('none'), [d(32, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), train(200)));
add('loss-plateau.species-weight-decay-0.5', spec('species', species(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.5 }), train(150)));
add('loss-plateau.invasive-weight-decay-0.3', spec('invasive', invasive(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.3 }), train(150)));
add('loss-plateau.counts-raw-survey-day-adam', spec('counts with survey day', csv('camtrap_counts.csv', 'count', [...COUNT_F, 'survey_day'], 'none'), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), train(150)));
add('nan-loss.counts-momentum-0.99-batch8', spec('counts', counts(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(150, 8)));
add('oscillating-loss.birds-rmsprop-0.05', spec('sexing', birds('sex'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), train(150, 16)));
add('oscillating-loss.iris-sgd-batch4', spec('iris field key', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.5), train(150, 4)));

// ---------------------------------------------------------------- second round (after the first observation)
add('counts-elu-rmsprop', spec('counts elu', counts(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.003), train(200)));
add('species-dropout-momentum-std', spec('species dropout', species(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), train(150)));
add('streams-batchnorm-adam-bs64', spec('stream grade bn', streams(), [d(24, 'relu', { batchNorm: true }), d(12, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('adam', 0.001), train(200, 64)));
add('spirals-three-tracks-long', spec('three tracks', { builtin: 'spirals', classes: 3, samples: 300 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(600)));
add('init-symmetry.species-constant-tanh', spec('species', species(), [d(32, 'tanh', { init: 'constant', value: 0.1 }), d(16, 'tanh', { init: 'constant', value: 0.1 }), d(5, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('vanishing-gradient.phenology-deep-sigmoid-sgd', spec('first flowering deep', phenology(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', opt('sgd', 0.01), train(150)));
add('lr-too-high.invasive-adam-0.5', spec('invasive', invasive(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), train(150)));
add('exploding-gradient.trees-raw-kg-tanh-momentum', spec('tree biomass raw', trees('standard', {}), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(150)));
add('exploding-gradient.trees-raw-kg-rmsprop', spec('tree biomass kg', trees('standard', {}), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001), train(200)));
add('exploding-gradient.phenology-raw-target-adam', spec('first flowering doy', phenology('standard', {}), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), train(150)));
add('loss-plateau.streams-weight-decay-0.2', spec('stream grade', streams(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002, { weightDecay: 0.2 }), train(150)));
add('nan-loss.phenology-fullbatch-sgd-0.4', spec('first flowering', phenology(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.4), train(150, 300)));
add('oscillating-loss.phenology-fullbatch-sgd-0.8', spec('first flowering', phenology(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.8), train(150, 300)));
add('oscillating-loss.streams-adam-0.05-bs8', spec('stream grade', streams(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.05), train(100, 8)));
add('oscillating-loss.counts-rmsprop-0.03-bs8', spec('counts', counts(), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.03), train(100, 8)));
add('oscillating-loss.invasive-momentum-0.99', spec('invasive', invasive(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.99 }), train(150)));
add('oscillating-loss.iris-fullbatch-momentum', spec('iris field key', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.3, { momentum: 0.95 }), train(200, 150)));
add('oscillating-loss.birds-sex-adam-0.1-bs16', spec('sexing', birds('sex'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.1), train(150, 16)));
add('oscillating-loss.phenology-fullbatch-sgd-0.15', spec('first flowering', phenology(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.15), train(150, 300)));
add('oscillating-loss.phenology-fullbatch-sgd-0.25', spec('first flowering', phenology(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.25), train(150, 300)));
add('oscillating-loss.subspecies-adam-0.05-bs8', spec('subspecies', birds('subspecies'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.05), train(100, 8)));
add('oscillating-loss.species-adam-0.05-bs8', spec('species', species(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.05), train(100, 8)));
add('oscillating-loss.streams-rmsprop-0.05-bs8', spec('stream grade', streams(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.05), train(100, 8)));
add('nan-loss.trees-momentum-0.95-bs8', spec('tree biomass', trees(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.95 }), train(100, 8)));
add('oscillating-loss.phenology-fullbatch-sgd-0.32', spec('first flowering', phenology(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.32), train(150, 300)));
add('oscillating-loss.phenology-fullbatch-sgd-0.36', spec('first flowering', phenology(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.36), train(150, 300)));
add('oscillating-loss.iris-fullbatch-sgd-2', spec('iris field key', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 2), train(200, 150)));
add('oscillating-loss.counts-adam-0.1-bs8', spec('counts', counts(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.1), train(100, 8)));
add('oscillating-loss.invasive-rmsprop-0.05-bs8', spec('invasive', invasive(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), train(100, 8)));
add('oscillating-loss.trees-momentum-0.9-bs16', spec('tree biomass', trees(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(100, 16)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [slug, s] of Object.entries(candidates)) fs.writeFileSync(path.join(OUT, `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(candidates).length} candidates written`);
