/**
 * Writes every candidate spec of test/faults-blind56 into `candidates/` (theme: medicine and health
 * records): `npx tsx test/faults-blind56/author.ts`. A candidate's file name carries the code it was
 * written for (or `healthy.`); write-manifest.py files each one by what the bare engine did.
 */
import * as fs from 'fs';
import * as path from 'path';
import { normal, rng } from '../faults/data-random';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const dense = (units: number, activation?: string, extra: Json = {}): Json =>
  activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
const dropout = (rate: number): Json => ({ type: 'dropout', rate });

const csv = (file: string, target: string | string[], features: string[] | undefined, normalize = 'standard'): Json =>
  features ? { csv: `../data/${file}`, target, features, normalize } : { csv: `../data/${file}`, target, normalize };

const DIABETES = ['age', 'sex', 'bmi', 'glucose_mgdl', 'sbp_mmhg', 'family_history', 'polyuria'];
const TRIAGE = ['heart_rate', 'sbp_mmhg', 'temp_c', 'spo2_pct', 'resp_rate', 'wbc_per_ul', 'age'];
const VANCO = ['weight_kg', 'age', 'crcl_ml_min'];
const READMIT = ['age', 'prior_admissions', 'los_days', 'hba1c_pct', 'discharged_home'];
const SEPSIS = ['heart_rate', 'temp_c', 'lactate_mmol', 'wbc_per_ul', 'map_mmhg', 'age'];

const diabetes = (normalize = 'standard', features = DIABETES) => csv('diabetes.csv', 'diabetes', features, normalize);
const triage = (normalize = 'standard', features = TRIAGE) => csv('triage.csv', 'risk', features, normalize);
const los = (normalize = 'standard') => csv('los.csv', 'los_days', undefined, normalize);
const vanco = (target = 'dose_g', normalize = 'standard') => csv('vanco.csv', target, VANCO, normalize);
const ecg = (normalize = 'standard') => csv('ecg.csv', 'rhythm', undefined, normalize);
const readmit = (normalize = 'standard', features = READMIT) => csv('readmit.csv', 'readmit_30d', features, normalize);
const lipids = (normalize = 'standard') => csv('lipids.csv', 'ldl_mmol', undefined, normalize);
const sepsis = (normalize = 'standard', features = SEPSIS) => csv('sepsis.csv', 'sepsis_48h', features, normalize);
const bmi = (normalize = 'standard', features = ['height_cm', 'weight_kg']) => csv('bmi.csv', 'bmi', features, normalize);

function opt(type: string, lr: number, extra: Json = {}): Json {
  return { type, lr, ...extra };
}
function train(epochs: number, batchSize = 32, extra: Json = {}): Json {
  return { epochs, batchSize, shuffle: true, ...extra };
}

const specs: Record<string, Json> = {};
function spec(file: string, seed: number, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  const name = file.replace(/^[a-z-]+\./, '');
  specs[file] = { name, seed, data, layers, loss, optimizer, training, ...extra };
}

/** A small inline table: temperature (°C) and heart rate of 24 ward checks → fever flag. */
function feverTable(): Json {
  const next = rng(5650);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 24; i++) {
    const fever = i % 3 === 0;
    x.push([Number(normal(next, fever ? 38.7 : 36.9, 0.3).toFixed(1)), Math.round(normal(next, fever ? 104 : 78, 8))]);
    y.push(fever ? 1 : 0);
  }
  return { inline: { x, y }, normalize: 'standard' };
}

// ---------------------------------------------------------------- healthy candidates
spec('healthy.diabetes-adam-relu', 11, diabetes(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(120));
spec('healthy.diabetes-rmsprop-tanh-minmax', 12, diabetes('minmax'), [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), train(150, 64));
spec('healthy.diabetes-sgd-momentum', 13, diabetes(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.03, { momentum: 0.9 }), train(120));
spec('healthy.diabetes-dropout-l2-val', 14, diabetes(), [dense(32, 'relu'), dropout(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-4 }), train(120, 32, { validationSplit: 0.2 }));
spec('healthy.diabetes-sigmoid-hidden', 15, diabetes(), [dense(8, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));
spec('healthy.triage-adam-softmax', 21, triage(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(100));
spec('healthy.triage-batchnorm-elu', 22, triage(), [dense(24, 'elu', { batchNorm: true }), dense(12, 'elu'), dense(3, 'softmax')], 'cce', opt('adam', 0.002), train(80));
spec('healthy.triage-sgd-nesterov-minmax', 23, triage('minmax'), [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), train(150));
spec('healthy.triage-rmsprop-leaky-dropout', 24, triage(), [dense(32, 'leaky_relu'), dropout(0.1), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.001), train(100, 16));
spec('healthy.triage-with-ward-column', 25, triage('standard', ['ward', ...TRIAGE]), [dense(12, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(60, 32, { validationSplit: 0.2 }));
spec('healthy.los-adam-relu', 31, los(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(150));
spec('healthy.los-sgd-momentum-tanh', 32, los(), [dense(24, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.002, { momentum: 0.9 }), train(150));
spec('healthy.los-rmsprop-elu-clip', 33, los(), [dense(32, 'elu'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.003, { clipNorm: 1 }), train(150));
spec('healthy.los-full-batch-adam', 34, los(), [dense(24, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.03), train(400, 420));
spec('healthy.bmi-adam-leaky', 41, bmi(), [dense(16, 'leaky_relu'), dense(16, 'leaky_relu'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(200));
spec('healthy.bmi-minmax-relu', 42, bmi('minmax'), [dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(300));
spec('healthy.bmi-with-unit-column', 43, bmi('standard', ['height_cm', 'weight_kg', 'scale_unit_kg']), [dense(16, 'elu'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(250));
spec('healthy.vanco-grams-adam', 51, vanco(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.005), train(150));
spec('healthy.vanco-grams-sgd', 52, vanco(), [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(150));
spec('healthy.ecg-adam-relu', 61, ecg(), [dense(16, 'relu'), dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(100));
spec('healthy.ecg-rmsprop-batchnorm', 62, ecg(), [dense(16, 'relu', { batchNorm: true }), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.002), train(80));
spec('healthy.ecg-sgd-elu', 63, ecg(), [dense(24, 'elu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100));
spec('healthy.readmit-adam', 71, readmit(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(120));
spec('healthy.readmit-rmsprop-dropout', 72, readmit(), [dense(24, 'relu'), dropout(0.3), dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(100, 32, { validationSplit: 0.2 }));
spec('healthy.readmit-plain-sgd', 73, readmit('minmax'), [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1), train(200, 16));
spec('healthy.lipids-adam-relu', 81, lipids(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(150));
spec('healthy.lipids-linear-regression', 82, lipids(), [dense(1, 'linear')], 'mse', opt('sgd', 0.05), train(100));
spec('healthy.sepsis-adam', 91, sepsis(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('healthy.sepsis-rmsprop-minmax', 92, sepsis('minmax'), [dense(16, 'leaky_relu'), dense(8, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), train(100, 64));
spec('healthy.sepsis-site-column', 93, sepsis('standard', [...SEPSIS, 'hospital_site']), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('healthy.circadian-sine', 101, { builtin: 'sine', samples: 300, noise: 0.1 }, [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(300));
spec('healthy.risk-blobs-prototype', 102, { builtin: 'blobs', classes: 3, samples: 300 }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(60));
spec('healthy.biomarker-moons-prototype', 103, { builtin: 'moons', samples: 300, noise: 0.15 }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150));
spec('healthy.biomarker-circles-tanh', 104, { builtin: 'circles', samples: 300 }, [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), train(150));
spec('healthy.fever-inline', 105, feverTable(), [dense(6, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(150, 8));
spec('healthy.ecg-xavier-tanh-long', 64, ecg('minmax'), [dense(16, 'tanh', { init: 'xavier_normal' }), dense(8, 'tanh'), dense(3, 'softmax')], 'cce', opt('adam', 0.002), train(200));

// ---------------------------------------------------------------- static faults
spec('invalid-spec.triage-relu-capitalised', 201, triage(), [dense(16, 'ReLU'), dense(8, 'ReLU'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('invalid-spec.diabetes-keras-loss-name', 202, diabetes(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), train(100));
spec('invalid-spec.los-learning-rate-key', 203, los(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', learning_rate: 0.001 }, train(150));
spec('invalid-spec.ecg-epochs-string', 204, ecg(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), { epochs: '100', batchSize: 32 });
spec('data-error.los-lab-detection-limit', 211, csv('los-labexport.csv', 'los_days', undefined), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(150));
spec('data-error.triage-site2-na-spo2', 212, csv('triage-site2.csv', 'risk', TRIAGE), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('data-error.readmit-admit-date-string', 213, csv('readmit.csv', 'readmit_30d', ['age', 'admit_date', 'prior_admissions', 'los_days', 'hba1c_pct', 'discharged_home']), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('data-error.diabetes-target-renamed', 214, csv('diabetes.csv', 'diagnosis', DIABETES), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('data-error.pilot-no-events-yet', 215, csv('pilot.csv', 'outcome', undefined), [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(100, 4));
spec('data-error.ecg-export-missing-file', 216, csv('ecg_2024_export.csv', 'rhythm', undefined), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('shape-mismatch.triage-two-outputs', 221, triage(), [dense(16, 'relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('shape-mismatch.diabetes-two-sigmoid-bce', 222, diabetes(), [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('shape-mismatch.ecg-four-rhythms', 223, ecg(), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('shape-mismatch.lipids-ldl-and-hdl-head', 224, lipids(), [dense(16, 'relu'), dense(2, 'linear')], 'mse', opt('adam', 0.01), train(100));
spec('loss-activation-mismatch.triage-softmax-mse', 231, triage(), [dense(16, 'relu'), dense(3, 'softmax')], 'mse', opt('adam', 0.003), train(100));
spec('loss-activation-mismatch.diabetes-linear-bce', 232, diabetes(), [dense(16, 'relu'), dense(1, 'linear')], 'bce', opt('adam', 0.003), train(100));
spec('loss-activation-mismatch.los-sigmoid-days', 233, los(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.01), train(100));
spec('loss-activation-mismatch.ecg-sigmoid-cce', 234, ecg(), [dense(16, 'relu'), dense(3, 'sigmoid')], 'cce', opt('adam', 0.003), train(100));
spec('init-symmetry.diabetes-zeros-hidden', 241, diabetes(), [dense(16, 'relu', { init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('init-symmetry.los-constant-tanh', 242, los(), [dense(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(8, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
spec('init-symmetry.triage-constant-elu', 243, triage(), [dense(24, 'elu', { init: { name: 'constant', value: 0.05 } }), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.001), train(100));
spec('init-scale.ecg-normal-std-three', 251, ecg(), [dense(32, 'relu', { init: { name: 'normal', std: 3 } }), dense(16, 'relu', { init: { name: 'normal', std: 3 } }), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('init-scale.los-uniform-limit-five', 252, los(), [dense(24, 'tanh', { init: { name: 'uniform', limit: 5 } }), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(100));
spec('init-scale.readmit-tiny-normal-deep', 253, readmit(), [dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(100));
spec('no-nonlinearity.bmi-default-activations', 261, bmi(), [dense(32), dense(16), dense(1)], 'mse', opt('adam', 0.01), train(200));
spec('no-nonlinearity.biomarker-circles-linear', 262, { builtin: 'circles', samples: 300 }, [dense(16, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(100));
spec('no-nonlinearity.ecg-linear-hidden', 263, ecg(), [dense(32, 'linear'), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100));
spec('lr-out-of-range.diabetes-adam-three', 271, diabetes(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 3), train(100));
spec('lr-out-of-range.los-sgd-twenty-five', 272, los(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 25), train(100));
spec('lr-out-of-range.ecg-rmsprop-two', 273, ecg(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 2), train(100));

// ---------------------------------------------------------------- training / probe faults
spec('dead-relu.triage-negative-bias', 301, triage(), [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('dead-relu.sepsis-raw-wbc-sgd', 302, sepsis('none'), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100));
spec('dead-relu.diabetes-raw-adam-fast', 303, diabetes('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.1), train(100));
spec('exploding-gradient.vanco-mg-target-deep', 311, vanco('dose_mg'), [dense(32, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.001), train(100));
spec('exploding-gradient.sepsis-raw-counts-adam', 312, sepsis('none'), [dense(16, 'elu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(100));
spec('nan-loss.los-raw-deep-momentum', 313, los('none'), [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.0005, { momentum: 0.9 }), train(100));
spec('vanishing-gradient.readmit-deep-sigmoid', 321, readmit(), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100));
spec('vanishing-gradient.ecg-deep-sigmoid-momentum', 322, ecg(), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(3, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), train(100));
spec('vanishing-gradient.lipids-deep-sigmoid-stack', 323, lipids(), [dense(16, 'tanh', { init: 'lecun_normal' }), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'linear')], 'mse', opt('sgd', 0.005), train(100));
spec('dead-relu.readmit-ids-and-dates-raw', 331, readmit('none', ['patient_id', 'admit_yyyymmdd', 'ward', ...READMIT]), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100));
spec('nan-loss.vanco-mg-sgd', 332, vanco('dose_mg'), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.05), train(100));
spec('dead-relu.bmi-raw-cm-kg-sgd', 333, bmi('none'), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
spec('lr-too-high.triage-adam-point-three', 341, triage(), [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.3), train(100));
spec('lr-too-high.diabetes-rmsprop-point-one', 342, diabetes(), [dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), train(100));
spec('lr-too-high.los-sgd-momentum-half', 343, los(), [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), train(100));
spec('lr-too-high.ecg-adam-half', 344, ecg(), [dense(32, 'elu'), dense(3, 'softmax')], 'cce', opt('adam', 0.5), train(100));
spec('lr-too-low.diabetes-sgd-tiny', 351, diabetes(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), train(150));
spec('lr-too-low.ecg-adam-micro', 352, ecg(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 1e-6), train(100));
spec('lr-too-low.los-momentum-tiny', 353, los(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), train(100));
spec('lr-too-low.triage-rmsprop-micro', 354, triage(), [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', opt('rmsprop', 1e-6), train(100));
spec('saturated-activation.sepsis-raw-tanh', 361, sepsis('none'), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('saturated-activation.diabetes-raw-sigmoid', 362, diabetes('none'), [dense(16, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('saturated-activation.triage-raw-tanh-rmsprop', 363, triage('none'), [dense(24, 'tanh'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.001), train(100));
spec('loss-plateau.diabetes-weight-decay-half', 371, diabetes(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 0.5 }), train(100));
spec('loss-plateau.readmit-dropout-ninety', 372, readmit(), [dense(16, 'relu'), dropout(0.9), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100));
spec('lr-too-low.vanco-mg-adam-default', 373, vanco('dose_mg'), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.001), train(100));
spec('loss-plateau.sepsis-weight-decay-one', 374, sepsis(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1 }), train(100));
spec('oscillating-loss.los-sgd-momentum-full-batch', 381, los(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.95 }), train(150, 420));
spec('oscillating-loss.triage-sgd-small-batch', 382, triage(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.5), train(100, 8));
spec('oscillating-loss.lipids-adam-batch-four', 383, lipids(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.05), train(100, 4));
spec('oscillating-loss.bmi-rmsprop-full-batch', 384, bmi(), [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.05), train(200, 320));

// ---------------------------------------------------------------- second round (after the first observation)
spec('nan-loss.readmit-ids-dates-leaky', 332, readmit('none', ['patient_id', 'admit_yyyymmdd', 'ward', ...READMIT]), [dense(16, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100));
spec('exploding-gradient.triage-raw-wbc-adam', 314, triage('none'), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.001), train(100));
spec('exploding-gradient.readmit-raw-ids-adam', 315, readmit('none', ['patient_id', 'admit_yyyymmdd', ...READMIT]), [dense(16, 'elu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(100));
spec('lr-too-high.readmit-rmsprop-point-one', 345, readmit(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), train(100));
spec('lr-too-high.sepsis-adam-point-two', 346, sepsis(), [dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.2), train(100));
spec('lr-too-high.ecg-sgd-momentum-one', 347, ecg(), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 1, { momentum: 0.9 }), train(100));
spec('lr-too-high.lipids-sgd-momentum', 348, lipids(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.2, { momentum: 0.9 }), train(100));
spec('oscillating-loss.los-momentum-nine-nine', 385, los(), [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.99 }), train(150));
spec('oscillating-loss.bmi-rmsprop-fast-full-batch', 386, bmi(), [dense(16, 'tanh'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.2), train(200, 320));
spec('lr-too-high.triage-sgd-two', 387, triage(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 2), train(100, 16));
spec('oscillating-loss.readmit-adam-batch-eight', 388, readmit(), [dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.05), train(100, 8));
spec('oscillating-loss.lipids-momentum-full-batch', 389, lipids(), [dense(8, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), train(150, 380));
spec('loss-plateau.triage-weight-decay-tenth', 375, triage(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.1 }), train(100));
spec('loss-plateau.ecg-dropout-before-output', 376, ecg(), [dense(16, 'relu'), dropout(0.95), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100));
spec('loss-plateau.los-relu-output-negative-bias', 377, los(), [dense(16, 'relu'), dense(1, 'relu', { bias: -5 })], 'mse', opt('adam', 0.003), train(100));
spec('oscillating-loss.lipids-momentum-098-full-batch', 390, lipids(), [dense(8, 'tanh'), dense(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.98 }), train(150, 380));
spec('oscillating-loss.los-momentum-099-relu', 391, los(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.005, { momentum: 0.99 }), train(150));
spec('loss-plateau.triage-weight-decay-point-three', 378, triage(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.3 }), train(100));
spec('loss-plateau.readmit-keep-prob-dropout', 379, readmit(), [dense(32, 'relu'), dropout(0.9), dense(16, 'relu'), dropout(0.9), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(100));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, body] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
