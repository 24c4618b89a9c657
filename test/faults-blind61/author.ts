/**
 * Writes every candidate spec of the sixty-first blind fault set into candidates/:
 * `npx tsx test/faults-blind61/author.ts`. Faulty candidates are named `<code>.<slug>.nn.json`,
 * healthy ones `healthy.<slug>.nn.json`; write-manifest.py files them after observe.ts has run.
 * Theme: chemistry, materials science and process engineering.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');

type Json = Record<string, unknown>;

/** A dense layer. */
function dense(units: number, activation: string, extra: Json = {}): Json {
  return { type: 'dense', units, activation, ...extra };
}
const dropout = (rate: number): Json => ({ type: 'dropout', rate });

const RX = '../data/reactions.csv';
const RX_FEAT = ['temp_K', 'pressure_kPa', 'catalyst_mg', 'residence_s', 'solv_water', 'solv_ethanol', 'solv_toluene'];
const AL = '../data/alloys.csv';
const AL_FEAT = ['fe', 'cr', 'ni', 'mo', 'c', 'ht_temp_C', 'ht_time_h'];
const MOL = '../data/molecules.csv';
const MOL_FEAT = ['molar_mass', 'logP', 'rings', 'hbd', 'hba', 'tpsa'];
const SPEC = '../data/spectra.csv';
const COUNTS = '../data/spectra-counts.csv';
const POLY = '../data/polymers.csv';
const POLY_FEAT = ['viscosity_Pas', 'mfi_g10min', 'density', 'mw_kgmol', 'additive_pct'];
const CORR = '../data/corrosion.csv';

function csv(file: string, target: string | string[], features: string[] | undefined, normalize: string, normalizeTarget?: string): Json {
  const data: Json = { csv: file, target };
  if (features) data.features = features;
  data.normalize = normalize;
  if (normalizeTarget) data.normalizeTarget = normalizeTarget;
  return data;
}

interface Candidate {
  name: string;
  spec: Json;
}
const candidates: Candidate[] = [];

function add(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  const spec: Json = { name: name.replace(/^[a-z-]+\./, ''), seed: 61, data, layers, loss, optimizer, training, ...extra };
  candidates.push({ name, spec });
}
const raw = (name: string, spec: Json) => candidates.push({ name, spec });

// ---------------------------------------------------------------- healthy
add('healthy.reactions-yield-adam', csv(RX, 'yield_pct', RX_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 32 });
add('healthy.reactions-success-bce', csv(RX, 'success', RX_FEAT, 'standard'),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 });
add('healthy.reactions-yield-rmsprop-minmax', csv(RX, 'yield_pct', RX_FEAT, 'minmax', 'minmax'),
  [dense(24, 'tanh'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, { epochs: 200, batchSize: 16 });
add('healthy.reactions-success-momentum', csv(RX, 'success', RX_FEAT, 'standard'),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 200, batchSize: 32 });
add('healthy.reactions-yield-dropout-val', csv(RX, 'yield_pct', RX_FEAT, 'standard', 'standard'),
  [dense(64, 'relu'), dropout(0.1), dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 250, batchSize: 32, validationSplit: 0.2 });
add('healthy.reactions-success-lecun-elu', csv(RX, 'success', RX_FEAT, 'standard'),
  [dense(16, 'elu', { init: 'lecun_normal' }), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 200, batchSize: 64 });
add('healthy.reactions-yield-tanh-clip', csv(RX, 'yield_pct', RX_FEAT, 'standard', 'standard'),
  [dense(32, 'tanh', { init: 'xavier_normal' }), dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003, clipNorm: 5 }, { epochs: 300, batchSize: 32 });
add('healthy.alloys-hardness-adam', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 300, batchSize: 32 });
add('healthy.alloys-uts-elu-weightdecay', csv(AL, 'uts_MPa', AL_FEAT, 'standard', 'standard'),
  [dense(24, 'elu'), dense(12, 'elu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, { epochs: 300, batchSize: 32 });
add('healthy.alloys-hardness-nesterov', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 300, batchSize: 16 });
add('healthy.alloys-hardness-and-uts', csv(AL, ['hardness_HV', 'uts_MPa'], AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(2, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 300, batchSize: 32 });
add('healthy.alloys-hardness-batchnorm', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 300, batchSize: 64 });
add('healthy.alloys-hardness-batch8', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 300, batchSize: 8 });
add('healthy.molecules-logS-adam', csv(MOL, 'logS', MOL_FEAT, 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 32 });
add('healthy.molecules-logS-leaky-rmsprop', csv(MOL, 'logS', MOL_FEAT, 'standard', 'standard'),
  [dense(24, 'leaky_relu'), dense(24, 'leaky_relu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 200, batchSize: 64 });
add('healthy.molecules-toxic-bce', csv(MOL, 'toxic', MOL_FEAT, 'standard'),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 300, batchSize: 32 });
add('healthy.molecules-toxic-tanh-clip', csv(MOL, 'toxic', MOL_FEAT, 'standard'),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005, clipNorm: 1 }, { epochs: 300, batchSize: 32 });
add('healthy.molecules-logS-batchnorm-dropout', csv(MOL, 'logS', MOL_FEAT, 'standard'),
  [dense(32, 'relu', { batchNorm: true }), dropout(0.1), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 64 });
add('healthy.spectra-family-cce', csv(SPEC, 'family', undefined, 'none'),
  [dense(32, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
add('healthy.spectra-family-momentum', csv(SPEC, 'family', undefined, 'standard'),
  [dense(24, 'tanh'), dense(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 150, batchSize: 32 });
add('healthy.spectra-counts-standardised', csv(COUNTS, 'family', undefined, 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 });
add('healthy.spectra-family-dropout-rmsprop', csv(SPEC, 'family', undefined, 'standard'),
  [dense(64, 'relu'), dropout(0.3), dense(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 100, batchSize: 32, validationSplit: 0.2 });
add('healthy.spectra-he-uniform', csv(SPEC, 'family', undefined, 'standard'),
  [dense(48, 'relu', { init: 'he_uniform' }), dense(24, 'relu', { init: 'he_uniform' }), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, { epochs: 80, batchSize: 16 });
add('healthy.polymers-grade-cce', csv(POLY, 'grade', POLY_FEAT, 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 300, batchSize: 32 });
add('healthy.polymers-grade-elu-momentum', csv(POLY, 'grade', POLY_FEAT, 'standard'),
  [dense(24, 'elu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 300, batchSize: 32 });
add('healthy.polymers-mfi-regression', csv(POLY, 'mfi_g10min', ['viscosity_Pas', 'density', 'mw_kgmol', 'additive_pct'], 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 300, batchSize: 32 });
add('healthy.corrosion-rate-adam', csv(CORR, 'rate_mmpy', undefined, 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 300, batchSize: 32 });
add('healthy.corrosion-rate-tanh-rmsprop', csv(CORR, 'rate_mmpy', undefined, 'standard', 'standard'),
  [dense(32, 'tanh'), dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 300, batchSize: 32 });
add('healthy.corrosion-rate-minmax-momentum', csv(CORR, 'rate_mmpy', undefined, 'minmax', 'standard'),
  [dense(16, 'elu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 400, batchSize: 16 });
add('healthy.iris-lab-check', { builtin: 'iris', normalize: 'standard' },
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 16 });
add('healthy.blobs-catalyst-clusters', { builtin: 'blobs', classes: 4, samples: 400, noise: 0.1 },
  [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 });
add('healthy.sine-calibration-curve', { builtin: 'sine', samples: 300, noise: 0.05 },
  [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 });
add('healthy.moons-phase-boundary', { builtin: 'moons', samples: 300, noise: 0.1 },
  [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 });
add('healthy.circles-miscibility-gap', { builtin: 'circles', samples: 300, noise: 0.05 },
  [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 });
add('healthy.spirals-crystal-phases', { builtin: 'spirals', classes: 3, samples: 300, noise: 0.1 },
  [dense(64, 'relu'), dense(64, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 500, batchSize: 32 });
add('healthy.alloys-uts-leaky-rmsprop', csv(AL, 'uts_MPa', AL_FEAT, 'minmax', 'standard'),
  [dense(32, 'leaky_relu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 300, batchSize: 32 });
add('healthy.corrosion-rate-dropout-wd', csv(CORR, 'rate_mmpy', undefined, 'standard', 'standard'),
  [dense(48, 'relu'), dropout(0.1), dense(24, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, { epochs: 300, batchSize: 32 });

// ---------------------------------------------------------------- invalid-spec
raw('invalid-spec.optimizer-learning-rate-key', {
  name: 'reactions-yield', seed: 61, data: csv(RX, 'yield_pct', RX_FEAT, 'standard', 'standard'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], loss: 'mse',
  optimizer: { type: 'adam', learning_rate: 0.003 }, training: { epochs: 200, batchSize: 32 },
});
raw('invalid-spec.loss-keras-name', {
  name: 'toxicity', seed: 61, data: csv(MOL, 'toxic', MOL_FEAT, 'standard'),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'binary_crossentropy',
  optimizer: { type: 'adam', lr: 0.003 }, training: { epochs: 200, batchSize: 32 },
});
raw('invalid-spec.init-glorot-name', {
  name: 'alloy-hardness', seed: 61, data: csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  layers: [dense(32, 'tanh', { init: 'glorot_uniform' }), dense(16, 'tanh', { init: 'glorot_uniform' }), dense(1, 'linear')], loss: 'mse',
  optimizer: { type: 'adam', lr: 0.003 }, training: { epochs: 300, batchSize: 32 },
});
raw('invalid-spec.epochs-at-top-level', {
  name: 'corrosion-rate', seed: 61, data: csv(CORR, 'rate_mmpy', undefined, 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'linear')], loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.002 }, epochs: 300, batchSize: 16, training: {},
});

// ---------------------------------------------------------------- data-error
add('data-error.target-without-unit-suffix', csv(RX, 'yield', RX_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('data-error.lims-export-na-cells', csv('../data/reactions-lims.csv', 'success', RX_FEAT, 'standard'),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150 });
add('data-error.molecule-id-as-feature', csv(MOL, 'logS', ['mol_id', ...MOL_FEAT], 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('data-error.pilot-plant-four-batches', csv('../data/polymers-pilot.csv', 'grade', POLY_FEAT, 'standard'),
  [dense(8, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 4 });
add('data-error.field-export-units-in-cells', csv('../data/corrosion-field.csv', 'rate_mmpy', undefined, 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('data-error.path-from-project-root', csv('data/alloys.csv', 'uts_MPa', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });

// ---------------------------------------------------------------- shape-mismatch
add('shape-mismatch.four-units-five-families', csv(SPEC, 'family', undefined, 'standard'),
  [dense(32, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100 });
add('shape-mismatch.three-grades-assumed', csv(POLY, 'grade', POLY_FEAT, 'standard'),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('shape-mismatch.two-targets-one-output', csv(AL, ['hardness_HV', 'uts_MPa'], AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('shape-mismatch.two-sigmoid-units-binary', csv(RX, 'success', RX_FEAT, 'standard'),
  [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150 });

// ---------------------------------------------------------------- loss-activation-mismatch
add('loss-activation-mismatch.softmax-with-mse', csv(SPEC, 'family', undefined, 'standard'),
  [dense(32, 'relu'), dense(5, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100 });
add('loss-activation-mismatch.linear-output-bce', csv(MOL, 'toxic', MOL_FEAT, 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('loss-activation-mismatch.sigmoid-yield-percent', csv(RX, 'yield_pct', RX_FEAT, 'standard'),
  [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('loss-activation-mismatch.sigmoid-grades-cce', csv(POLY, 'grade', POLY_FEAT, 'standard'),
  [dense(16, 'relu'), dense(4, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 200 });

// ---------------------------------------------------------------- init-symmetry
add('init-symmetry.zeros-hidden-alloys', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('init-symmetry.constant-tanh-corrosion', csv(CORR, 'rate_mmpy', undefined, 'standard', 'standard'),
  [dense(24, 'tanh', { init: 'constant', value: 0.1 }), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 200 });
add('init-symmetry.constant-tanh-two-layers-alloys', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'tanh', { init: 'constant', value: 0.1 }), dense(16, 'tanh', { init: 'constant', value: 0.1 }), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('init-symmetry.constant-relu-yield', csv(RX, 'yield_pct', RX_FEAT, 'standard', 'standard'),
  [dense(32, 'relu', { init: 'constant', value: 0.05 }), dense(16, 'relu', { init: 'constant', value: 0.05 }), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('init-symmetry.zeros-spectra', csv(SPEC, 'family', undefined, 'standard'),
  [dense(32, 'tanh', { init: 'zeros' }), dense(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100 });

// ---------------------------------------------------------------- init-scale
add('init-scale.normal-std-two-molecules', csv(MOL, 'logS', MOL_FEAT, 'standard'),
  [dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 200 });
add('init-scale.tiny-normal-deep-tanh', csv(RX, 'success', RX_FEAT, 'standard'),
  [dense(32, 'tanh', { init: 'normal', std: 1e-3 }), dense(32, 'tanh', { init: 'normal', std: 1e-3 }), dense(32, 'tanh', { init: 'normal', std: 1e-3 }), dense(32, 'tanh', { init: 'normal', std: 1e-3 }), dense(1, 'sigmoid')],
  'bce', { type: 'sgd', lr: 0.05 }, { epochs: 150 });
add('init-scale.uniform-limit-three-spectra', csv(SPEC, 'family', undefined, 'standard'),
  [dense(64, 'tanh', { init: 'uniform', limit: 3 }), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, { epochs: 100 });

// ---------------------------------------------------------------- no-nonlinearity
add('no-nonlinearity.linear-stack-corrosion', csv(CORR, 'rate_mmpy', undefined, 'standard', 'standard'),
  [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 300 });
add('no-nonlinearity.linear-hidden-circles', { builtin: 'circles', samples: 300, noise: 0.05 },
  [dense(16, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200 });
add('no-nonlinearity.activation-omitted-yield', csv(RX, 'yield_pct', RX_FEAT, 'standard', 'standard'),
  [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, { type: 'dense', units: 1 }], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });

// ---------------------------------------------------------------- lr-out-of-range
add('lr-out-of-range.adam-lr-ten', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 10 }, { epochs: 200 });
add('lr-out-of-range.sgd-lr-percent', csv(RX, 'success', RX_FEAT, 'standard'),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 50, momentum: 0.9 }, { epochs: 150 });
add('lr-out-of-range.rmsprop-lr-five', csv(MOL, 'logS', MOL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 5 }, { epochs: 100 });

// ---------------------------------------------------------------- dead-relu
add('dead-relu.negative-bias-reactions', csv(RX, 'yield_pct', RX_FEAT, 'standard', 'standard'),
  [dense(32, 'relu', { bias: -5 }), dense(16, 'relu', { bias: -5 }), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('nan-loss.raw-pressure-tiny-lr', csv(RX, 'yield_pct', ['temp_K', 'pressure_Pa', 'catalyst_mg', 'residence_s'], 'none', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 1e-6 }, { epochs: 100 });
add('dead-relu.adam-lr-high-narrow', csv(CORR, 'rate_mmpy', undefined, 'standard', 'standard'),
  [dense(8, 'relu'), dense(8, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.1 }, { epochs: 200 });
add('dead-relu.bias-minus-three-molecules', csv(MOL, 'toxic', MOL_FEAT, 'standard'),
  [dense(16, 'relu', { bias: -3, init: 'xavier_uniform' }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 200 });

// ---------------------------------------------------------------- exploding-gradient
add('exploding-gradient.raw-chloride-deep-adam', csv(CORR, 'rate_mmpy', undefined, 'none'),
  [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100 });
add('exploding-gradient.raw-uts-target-deep-adam', csv(AL, 'uts_MPa', AL_FEAT, 'standard'),
  [dense(64, 'relu'), dense(64, 'relu'), dense(64, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150 });
add('exploding-gradient.raw-uts-target-clipped-sgd', csv(AL, 'uts_MPa', AL_FEAT, 'standard'),
  [dense(64, 'relu'), dense(64, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001, clipNorm: 1 }, { epochs: 100 });
add('dead-relu.detector-counts-sgd', csv(COUNTS, 'family', undefined, 'none'),
  [dense(64, 'relu'), dense(32, 'relu'), dense(5, 'softmax')], 'cce', { type: 'sgd', lr: 1e-3 }, { epochs: 60 });

// ---------------------------------------------------------------- vanishing-gradient
add('vanishing-gradient.deep-sigmoid-logS', csv(MOL, 'logS', MOL_FEAT, 'standard', 'standard'),
  [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 150 });
add('vanishing-gradient.deep-sigmoid-spectra', csv(SPEC, 'family', undefined, 'standard'),
  [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.5 }, { epochs: 100 });
add('vanishing-gradient.small-init-tanh-tower', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(24, 'tanh', { init: 'normal', std: 0.05 }), dense(24, 'tanh', { init: 'normal', std: 0.05 }), dense(24, 'tanh', { init: 'normal', std: 0.05 }), dense(24, 'tanh', { init: 'normal', std: 0.05 }), dense(24, 'tanh', { init: 'normal', std: 0.05 }), dense(1, 'linear')],
  'mse', { type: 'sgd', lr: 0.01 }, { epochs: 150 });

// ---------------------------------------------------------------- nan-loss
add('nan-loss.raw-pascal-and-date-sgd', csv(RX, 'yield_pct', ['run_date', 'temp_K', 'pressure_Pa', 'catalyst_mg', 'residence_s'], 'none'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 100 });
add('nan-loss.raw-uts-sgd', csv(AL, 'uts_MPa', AL_FEAT, 'none'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 100 });
add('dead-relu.raw-viscosity-momentum', csv(POLY, 'grade', POLY_FEAT, 'none'),
  [dense(32, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100 });

// ---------------------------------------------------------------- lr-too-high
add('lr-too-high.adam-half-spectra', csv(SPEC, 'family', undefined, 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.5 }, { epochs: 100 });
add('oscillating-loss.success-sgd-lr-two', csv(RX, 'success', RX_FEAT, 'standard'),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 2, momentum: 0.9 }, { epochs: 150 });
add('lr-too-high.rmsprop-point-one-logS', csv(MOL, 'logS', MOL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.1 }, { epochs: 200 });
add('lr-too-high.momentum-alloys', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 200 });

// ---------------------------------------------------------------- lr-too-low
add('lr-too-low.sgd-1e-5-hardness', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 1e-5 }, { epochs: 100 });
add('lr-too-low.adam-1e-6-spectra', csv(SPEC, 'family', undefined, 'standard'),
  [dense(32, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 1e-6 }, { epochs: 100 });
add('lr-too-low.rmsprop-1e-6-corrosion', csv(CORR, 'rate_mmpy', undefined, 'standard', 'standard'),
  [dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 1e-6 }, { epochs: 150 });

// ---------------------------------------------------------------- saturated-activation
add('saturated-activation.tanh-raw-reactor-units', csv(RX, 'success', RX_FEAT, 'none'),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 150 });
add('saturated-activation.sigmoid-raw-chloride', csv(CORR, 'rate_mmpy', undefined, 'none', 'standard'),
  [dense(16, 'sigmoid'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('saturated-activation.tanh-detector-counts', csv(COUNTS, 'family', undefined, 'none'),
  [dense(32, 'tanh'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100 });

// ---------------------------------------------------------------- loss-plateau
add('loss-plateau.weight-decay-typo', csv(AL, 'hardness_HV', AL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003, weightDecay: 1 }, { epochs: 200 });
add('loss-plateau.dropout-eighty-percent', csv(RX, 'yield_pct', RX_FEAT, 'standard', 'standard'),
  [dense(16, 'relu'), dropout(0.8), dense(8, 'relu'), dropout(0.8), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('loss-plateau.bookkeeping-columns-only', csv(RX, 'yield_pct', ['batch_id', 'run_date', 'lab_id'], 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200 });
add('saturated-activation.sigmoid-raw-polymer', csv(POLY, 'grade', POLY_FEAT, 'none'),
  [dense(16, 'sigmoid'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, { epochs: 200 });

// ---------------------------------------------------------------- oscillating-loss
add('nan-loss.momentum-batch8-corrosion', csv(CORR, 'rate_mmpy', undefined, 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.95 }, { epochs: 150, batchSize: 8 });
add('oscillating-loss.adam-batch4-logS', csv(MOL, 'logS', MOL_FEAT, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 150, batchSize: 4 });
add('oscillating-loss.rmsprop-batch8-grades', csv(POLY, 'grade', POLY_FEAT, 'standard'),
  [dense(32, 'relu'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.03 }, { epochs: 150, batchSize: 8 });
add('nan-loss.online-sgd-yield', csv(RX, 'yield_pct', RX_FEAT, 'standard', 'standard'),
  [dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.1 }, { epochs: 100, batchSize: 1 });

// ---------------------------------------------------------------- added after the first observation round
add('lr-too-high.full-batch-sgd-corrosion', csv(CORR, 'rate_mmpy', undefined, 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.5 }, { epochs: 150, batchSize: 360 });
add('lr-too-high.iris-sgd-momentum', { builtin: 'iris', normalize: 'standard' },
  [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 1.5, momentum: 0.9 }, { epochs: 150, batchSize: 16 });
add('oscillating-loss.toxicity-sgd-momentum', csv(MOL, 'toxic', MOL_FEAT, 'standard'),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.5, momentum: 0.9 }, { epochs: 150 });
add('oscillating-loss.moons-phase-sgd-lr-three', { builtin: 'moons', samples: 300, noise: 0.15 },
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3, momentum: 0.9 }, { epochs: 150 });

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const c of candidates) fs.writeFileSync(path.join(OUT, `${c.name}.nn.json`), JSON.stringify(c.spec, null, 2) + '\n');
console.log(`${candidates.length} candidates written to ${path.relative(process.cwd(), OUT)}`);
