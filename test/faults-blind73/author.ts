/**
 * Writes every candidate spec of test/faults-blind73 (veterinary medicine and animal health) into
 * `candidates/`: `npx tsx test/faults-blind73/author.ts`. Names are `<intended code>.<slug>` for the
 * intended faults and `ok.<slug>` for the intended healthy specs; write-manifest.py files each one by
 * what the bare engine (test/faults/observe.ts) showed, not by this intent.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const CLINIC_X = ['sp_dog', 'sp_cat', 'sp_rabbit', 'breed_size', 'age_months', 'weight_kg', 'temp_c', 'heart_rate', 'vomiting', 'lameness', 'cough'];
const HERD_X = ['parity', 'days_in_milk', 'milk_litres', 'scc', 'conductivity', 'udder_temp'];
const LAB_X = ['age_years', 'alt_ul', 'alp_ul', 'glucose', 'urea', 'creatinine', 'sdma', 'usg'];
const SHELTER_X = ['is_dog', 'age_months', 'weight_kg', 'black_coat', 'behaviour_score', 'photos'];
const CLAIMS_X = ['policy_days', 'pet_age_years', 'breed_risk', 'premium_month', 'claim_amount', 'pre_existing', 'prior_claims'];
const VACC_X = ['days_overdue', 'distance_km', 'prior_missed', 'sms', 'email', 'pet_age_years'];

function csv(file: string, target: string, features: string[] | undefined, normalize = 'standard', extra: Json = {}): Json {
  const data: Json = { csv: `../data/${file}`, target };
  if (features) data.features = features;
  if (normalize !== 'none') data.normalize = normalize;
  return { ...data, ...extra };
}

const clinicDx = (normalize = 'standard', features: string[] = CLINIC_X) => csv('clinic-visits.csv', 'diagnosis', features, normalize);
const clinicCost = (normalize = 'standard', target = true) =>
  csv('clinic-visits.csv', 'treatment_cost', CLINIC_X, normalize, target ? { normalizeTarget: 'standard' } : {});
const herd = (normalize = 'standard') => csv('dairy-herd.csv', 'mastitis', HERD_X, normalize);
const lab = (normalize = 'standard', target = true) => csv('lab-panel.csv', 'kidney_score', LAB_X, normalize, target ? { normalizeTarget: 'standard' } : {});
const shelterLog = (normalize = 'standard') => csv('shelter.csv', 'log_days', SHELTER_X, normalize);
const shelterDays = (normalize = 'standard', target = true) =>
  csv('shelter.csv', 'days_to_adoption', SHELTER_X, normalize, target ? { normalizeTarget: 'standard' } : {});
const claims = (normalize = 'standard') => csv('claims.csv', 'approved', CLAIMS_X, normalize);
const vacc = (normalize = 'standard') => csv('vaccination.csv', 'came_back', VACC_X, normalize);

function dense(units: number, activation?: string, extra: Json = {}): Json {
  const layer: Json = { type: 'dense', units };
  if (activation) layer.activation = activation;
  return { ...layer, ...extra };
}
const dropout = (rate: number): Json => ({ type: 'dropout', rate });

function opt(type: 'sgd' | 'adam' | 'rmsprop', lr: number, extra: Json = {}): Json {
  return { type, lr, ...extra };
}
const momentum = (lr: number, extra: Json = {}) => opt('sgd', lr, { momentum: 0.9, ...extra });

function training(epochs: number, batchSize = 32, extra: Json = {}): Json {
  return { epochs, batchSize, ...extra };
}

interface Candidate {
  file: string;
  spec: Json;
}

const candidates: Candidate[] = [];
function add(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, train: Json, extra: Json = {}): void {
  candidates.push({ file, spec: { name, seed: 73, data, layers, loss, optimizer, training: train, ...extra } });
}
/** A spec written as raw JSON text (for the ones whose fault is in the text itself). */
function addRaw(file: string, spec: Json): void {
  candidates.push({ file, spec });
}

// ======================= intended healthy =======================
add('ok.clinic-dx-adam', 'clinic diagnosis group', clinicDx(), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.005), training(150));
add('ok.clinic-dx-rmsprop-tanh', 'clinic diagnosis, tanh', clinicDx(), [dense(24, 'tanh'), dense(12, 'tanh'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.002), training(120));
add('ok.clinic-dx-momentum-bn', 'clinic diagnosis, batchnorm', clinicDx(), [dense(32, 'relu', { batchNorm: true }), dropout(0.2), dense(16, 'relu'), dense(4, 'softmax')], 'cce', momentum(0.02), training(100));
add('ok.clinic-dx-minmax-elu-sgd', 'clinic diagnosis, minmax', clinicDx('minmax'), [dense(20, 'elu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.1), training(200, 16));
add('ok.clinic-dx-leaky-wd-val', 'clinic diagnosis, weight decay', clinicDx(), [dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1e-4 }), training(120, 32, { validationSplit: 0.2 }));
add('ok.clinic-dx-signs-subset', 'clinic diagnosis from vitals and signs', clinicDx('standard', ['temp_c', 'heart_rate', 'age_months', 'vomiting', 'lameness', 'cough']), [dense(12, 'relu'), dense(4, 'softmax')], 'cce', momentum(0.02, { nesterov: true }), training(150, 32));
add('ok.clinic-cost-adam', 'treatment cost', clinicCost(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), training(200));
add('ok.clinic-cost-rmsprop-elu', 'treatment cost, elu', clinicCost(), [dense(24, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.001), training(200));
add('ok.clinic-cost-momentum-clip', 'treatment cost, clipped momentum', clinicCost(), [dense(16, 'tanh'), dense(8, 'tanh'), dense(1)], 'mse', momentum(0.02, { clipNorm: 5 }), training(200));
add('ok.herd-mastitis-adam', 'mastitis flag', herd(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), training(150));
add('ok.herd-mastitis-rmsprop-tanh', 'mastitis flag, tanh', herd(), [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), training(100, 64));
add('ok.herd-mastitis-nesterov', 'mastitis flag, nesterov', herd(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', momentum(0.05, { nesterov: true }), training(150));
add('ok.herd-mastitis-minmax-bn-dropout', 'mastitis flag, batchnorm dropout', herd('minmax'), [dense(32, 'relu', { batchNorm: true }), dropout(0.3), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), training(150));
add('ok.herd-mastitis-cce', 'mastitis two-class softmax', herd(), [dense(16, 'elu'), dense(2, 'softmax')], 'cce', opt('adam', 0.003), training(120));
add('ok.herd-milk-yield', 'milk yield litres', csv('dairy-herd.csv', 'milk_litres', ['parity', 'days_in_milk', 'scc', 'conductivity', 'udder_temp'], 'standard', { normalizeTarget: 'standard' }), [dense(24, 'relu'), dense(12, 'relu'), dense(1)], 'mse', opt('adam', 0.003), training(150));
add('ok.lab-kidney-adam', 'kidney score', lab(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.002), training(200));
add('ok.lab-kidney-momentum', 'kidney score, momentum', lab(), [dense(16, 'tanh'), dense(1)], 'mse', momentum(0.01), training(200, 16));
add('ok.lab-kidney-rmsprop-leaky-wd', 'kidney score, weight decay', lab(), [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1)], 'mse', opt('rmsprop', 0.001, { weightDecay: 1e-4 }), training(200));
add('ok.lab-kidney-raw-score', 'kidney score in its own 0-10 units', lab('standard', false), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.01), training(200));
add('ok.lab-kidney-minmax-sigmoid', 'kidney score, sigmoid hidden', lab('minmax'), [dense(16, 'sigmoid'), dense(1)], 'mse', opt('adam', 0.01), training(300));
add('ok.shelter-logdays-adam', 'log days to adoption', shelterLog(), [dense(16, 'relu'), dense(8, 'relu'), dense(1)], 'mse', opt('adam', 0.003), training(150));
add('ok.shelter-days-rmsprop', 'days to adoption, rescaled target', shelterDays(), [dense(32, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.002), training(200));
add('ok.shelter-logdays-sgd-minmax', 'log days, plain sgd', shelterLog('minmax'), [dense(12, 'tanh'), dense(1)], 'mse', opt('sgd', 0.05), training(300));
add('ok.shelter-days-bn', 'days to adoption, batchnorm', shelterDays(), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), training(150));
add('ok.claims-adam', 'claim approval', claims(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), training(150));
add('ok.claims-rmsprop-bn', 'claim approval, batchnorm', claims(), [dense(32, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), training(120));
add('ok.claims-momentum-dropout', 'claim approval, dropout', claims(), [dense(24, 'relu'), dropout(0.1), dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', momentum(0.01), training(150));
add('ok.claims-large-batch', 'claim approval, large batch', claims(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), training(300, 128));
add('ok.vacc-adam', 'vaccination return', vacc(), [dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), training(100));
add('ok.vacc-sgd', 'vaccination return, plain sgd', vacc(), [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1), training(200));
add('ok.vacc-cce', 'vaccination return, softmax', vacc(), [dense(16, 'relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.003), training(120));
add('ok.vacc-rmsprop-clip', 'vaccination return, clipped rmsprop', vacc(), [dense(16, 'elu'), dense(8, 'elu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { clipNorm: 1 }), training(120));
add('ok.blobs-herd-groups', 'three herd groups in a 2-D embedding', { builtin: 'blobs', classes: 3, samples: 300 }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), training(80));
add('ok.moons-lesion-shape', 'lesion outline classes', { builtin: 'moons', samples: 300, noise: 0.15 }, [dense(16, 'tanh'), dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), training(200));
add('ok.circles-ultrasound', 'ultrasound ring pattern', { builtin: 'circles', samples: 300 }, [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), training(200));
add('ok.sine-circadian-temp', 'circadian body temperature curve', { builtin: 'sine', samples: 300 }, [dense(32, 'tanh'), dense(1)], 'mse', opt('adam', 0.01), training(300));
add('ok.spirals-two', 'two interleaved spirals', { builtin: 'spirals', classes: 2, samples: 300 }, [dense(32, 'relu'), dense(32, 'relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.005), training(400));
add('ok.inline-dose-by-weight', 'drug dose by body weight', {
  inline: {
    x: [[2.1], [3.5], [4.4], [5.0], [6.8], [8.2], [10.5], [12.0], [15.3], [18.0], [22.4], [25.0], [28.7], [31.0], [35.5], [40.2]],
    y: [8.6, 13.9, 17.8, 20.3, 27.0, 33.1, 41.8, 48.4, 61.0, 72.3, 89.5, 100.4, 114.6, 124.1, 142.3, 160.5],
  },
  normalize: 'standard',
  normalizeTarget: 'standard',
}, [dense(8, 'relu'), dense(1)], 'mse', opt('adam', 0.01), training(300, 8));
add('ok.iris-species-adam', 'iris as a classroom stand-in', { builtin: 'iris', normalize: 'standard' }, [dense(10, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), training(150, 16));

// ======================= intended faults =======================
// --- invalid-spec
add('invalid-spec.clinic-softmax-capitalised', 'clinic diagnosis', clinicDx(), [dense(16, 'relu'), dense(4, 'Softmax')], 'cce', opt('adam', 0.005), training(150));
add('invalid-spec.herd-learning-rate-key', 'mastitis flag', herd(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', learning_rate: 0.001 }, training(150));
add('invalid-spec.lab-batch-size-snake', 'kidney score', lab(), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.002), { epochs: 200, batch_size: 32 });
add('invalid-spec.shelter-mae-loss', 'days to adoption, mae', shelterDays(), [dense(16, 'relu'), dense(1)], 'mae', opt('adam', 0.003), training(150));
// --- data-error
add('data-error.clinic-cost-no-feature-list', 'treatment cost', csv('clinic-visits.csv', 'treatment_cost', undefined, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.003), training(150));
add('data-error.clinic-export-na-weights', 'clinic diagnosis from PMS export', csv('clinic-visits-export.csv', 'diagnosis', CLINIC_X), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.005), training(150));
add('data-error.lab-lims-below-detection', 'kidney score from LIMS export', csv('lab-panel-lims.csv', 'kidney_score', LAB_X, 'standard', { normalizeTarget: 'standard' }), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.002), training(200));
add('data-error.herd-pilot-four-rows', 'mastitis pilot farm', csv('herd-pilot.csv', 'mastitis', HERD_X), [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), training(100, 4));
add('data-error.clinic-target-renamed', 'clinic diagnosis group', csv('clinic-visits.csv', 'diagnosis_group', CLINIC_X), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.005), training(150));
add('data-error.herd-file-underscore', 'mastitis flag', csv('dairy_herd.csv', 'mastitis', HERD_X), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), training(150));
// --- shape-mismatch
add('shape-mismatch.clinic-three-outputs', 'clinic diagnosis group', clinicDx(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), training(150));
add('shape-mismatch.herd-two-sigmoid', 'mastitis flag', herd(), [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', opt('adam', 0.003), training(150));
add('shape-mismatch.lab-two-outputs', 'kidney score', lab(), [dense(16, 'relu'), dense(2)], 'mse', opt('adam', 0.002), training(200));
add('shape-mismatch.clinic-six-insurer-classes', 'clinic diagnosis, copied from 6-class insurer model', clinicDx(), [dense(32, 'relu'), dense(6, 'softmax')], 'cce', opt('adam', 0.003), training(150));
// --- loss-activation-mismatch
add('loss-activation-mismatch.clinic-softmax-mse', 'clinic diagnosis', clinicDx(), [dense(16, 'relu'), dense(4, 'softmax')], 'mse', opt('adam', 0.005), training(150));
add('loss-activation-mismatch.herd-linear-bce', 'mastitis flag', herd(), [dense(16, 'relu'), dense(1)], 'bce', opt('adam', 0.003), training(150));
add('loss-activation-mismatch.clinic-cost-sigmoid-out', 'treatment cost euros', clinicCost('standard', false), [dense(16, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.003), training(150));
add('loss-activation-mismatch.vacc-tanh-bce', 'vaccination return', vacc(), [dense(12, 'relu'), dense(1, 'tanh')], 'bce', opt('adam', 0.005), training(100));
// --- init-symmetry
add('init-symmetry.clinic-zeros-hidden', 'clinic diagnosis', clinicDx(), [dense(16, 'relu', { init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(4, 'softmax')], 'cce', opt('adam', 0.005), training(150));
add('init-symmetry.herd-constant-tanh', 'mastitis flag', herd(), [dense(12, 'tanh', { init: { name: 'constant', value: 0.05 } }), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), training(100));
add('init-symmetry.lab-constant-relu', 'kidney score', lab(), [dense(24, 'relu', { init: 'constant', value: 0.1 }), dense(12, 'relu', { init: 'constant', value: 0.1 }), dense(1)], 'mse', opt('adam', 0.002), training(200));
// --- init-scale
add('init-scale.clinic-normal-std3', 'clinic diagnosis', clinicDx(), [dense(24, 'relu', { init: 'normal', std: 3 }), dense(24, 'relu', { init: 'normal', std: 3 }), dense(4, 'softmax')], 'cce', opt('adam', 0.003), training(150));
add('init-scale.lab-uniform-limit5', 'kidney score', lab(), [dense(32, 'tanh', { init: 'uniform', limit: 5 }), dense(1)], 'mse', opt('adam', 0.002), training(200));
add('init-scale.claims-tiny-normal-deep', 'claim approval', claims(), [dense(16, 'relu', { init: 'normal', std: 1e-4 }), dense(16, 'relu', { init: 'normal', std: 1e-4 }), dense(16, 'relu', { init: 'normal', std: 1e-4 }), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05), training(150));
// --- no-nonlinearity
add('no-nonlinearity.clinic-forgot-activation', 'clinic diagnosis', clinicDx(), [dense(32), dense(16), dense(4, 'softmax')], 'cce', opt('adam', 0.005), training(150));
add('no-nonlinearity.claims-explicit-linear', 'claim approval', claims(), [dense(16, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), training(150));
add('no-nonlinearity.lab-linear-stack', 'kidney score', lab(), [dense(32, 'linear', { init: 'xavier_normal' }), dense(32, 'linear', { init: 'xavier_normal' }), dense(1)], 'mse', momentum(0.01), training(200));
// --- lr-out-of-range
add('lr-out-of-range.clinic-adam-lr5', 'clinic diagnosis', clinicDx(), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 5), training(150));
add('lr-out-of-range.lab-sgd-lr100', 'kidney score', lab(), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 100), training(200));
add('lr-out-of-range.herd-rmsprop-lr20', 'mastitis flag', herd(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 20), training(150));
add('lr-out-of-range.vacc-sgd-lr1e-9', 'vaccination return', vacc(), [dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 1e-9), training(100));
// --- dead-relu
add('dead-relu.herd-raw-scc-adam', 'mastitis flag, raw records', herd('none'), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.05), training(100));
add('dead-relu.clinic-negative-bias', 'clinic diagnosis, sparse units', clinicDx(), [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(4, 'softmax')], 'cce', opt('adam', 0.003), training(100));
add('dead-relu.lab-sgd-momentum-hot', 'kidney score', lab(), [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', momentum(0.3), training(100));
add('dead-relu.claims-minmax-bias-minus2', 'claim approval', claims('minmax'), [dense(16, 'relu', { bias: -2 }), dense(8, 'relu', { bias: -2 }), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), training(100));
// --- exploding-gradient
add('exploding-gradient.clinic-cost-raw-euros', 'treatment cost euros', clinicCost('standard', false), [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.001), training(100));
add('exploding-gradient.lab-raw-enzymes-deep', 'kidney score, raw panel', lab('none'), [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.0005), training(100));
add('exploding-gradient.shelter-raw-days-wide-init', 'days to adoption', shelterDays('standard', false), [dense(32, 'relu', { init: 'normal', std: 0.5 }), dense(32, 'relu', { init: 'normal', std: 0.5 }), dense(1)], 'mse', opt('adam', 0.001), training(100));
// --- nan-loss
add('nan-loss.clinic-cost-raw-sgd', 'treatment cost euros, sgd', clinicCost('standard', false), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.05), training(100));
add('nan-loss.lab-raw-sgd', 'kidney score, raw panel', lab('none', false), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01), training(100));
add('nan-loss.shelter-raw-days-momentum', 'days to adoption', shelterDays('standard', false), [dense(16, 'tanh'), dense(1)], 'mse', momentum(0.01), training(100));
add('nan-loss.claims-raw-sgd', 'claim approval, raw amounts', claims('none'), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05), training(100));
// --- lr-too-high
add('lr-too-high.clinic-adam-0.2', 'clinic diagnosis', clinicDx(), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.2), training(100));
add('lr-too-high.claims-rmsprop-0.1', 'claim approval', claims(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), training(100));
add('lr-too-high.lab-momentum-0.5', 'kidney score', lab(), [dense(16, 'tanh'), dense(1)], 'mse', momentum(0.5), training(100));
add('lr-too-high.vacc-sgd-8', 'vaccination return', vacc(), [dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 8), training(100));
// --- lr-too-low
add('lr-too-low.clinic-sgd-1e-4', 'clinic diagnosis', clinicDx(), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 1e-4), training(60));
add('lr-too-low.lab-adam-1e-5', 'kidney score', lab(), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 1e-5), training(100));
add('lr-too-low.herd-rmsprop-1e-5', 'mastitis flag', herd(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-5), training(50));
add('lr-too-low.claims-sgd-5e-5', 'claim approval', claims(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 5e-5), training(80));
// --- saturated-activation
add('saturated-activation.herd-raw-sigmoid', 'mastitis flag, raw records', herd('none'), [dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), training(100));
add('saturated-activation.lab-raw-tanh', 'kidney score, raw panel', lab('none'), [dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.002), training(150));
add('saturated-activation.clinic-tanh-std2', 'clinic diagnosis', clinicDx(), [dense(32, 'tanh', { init: 'normal', std: 2 }), dense(4, 'softmax')], 'cce', opt('adam', 0.003), training(100));
add('saturated-activation.claims-raw-sigmoid', 'claim approval, raw', claims('none'), [dense(16, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), training(100));
// --- vanishing-gradient
add('vanishing-gradient.clinic-deep-sigmoid', 'clinic diagnosis', clinicDx(), [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05), training(100));
add('vanishing-gradient.lab-deep-tanh-small-init', 'kidney score', lab(), [0, 1, 2, 3, 4, 5].map(() => dense(24, 'tanh', { init: 'normal', std: 0.01 })).concat([dense(1)]), 'mse', opt('sgd', 0.01), training(100));
add('vanishing-gradient.claims-eight-sigmoid', 'claim approval', claims(), [0, 1, 2, 3, 4, 5, 6, 7].map(() => dense(8, 'sigmoid')).concat([dense(1, 'sigmoid')]), 'bce', opt('adam', 0.001), training(100));
add('vanishing-gradient.herd-deep-sigmoid-sgd', 'mastitis flag', herd(), [0, 1, 2, 3, 4].map(() => dense(16, 'sigmoid')).concat([dense(1, 'sigmoid')]), 'bce', opt('sgd', 0.1), training(100));
// --- loss-plateau
add('loss-plateau.clinic-heavy-weight-decay', 'clinic diagnosis', clinicDx(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.5 }), training(100));
add('loss-plateau.herd-dropout-0.9', 'mastitis flag', herd(), [dense(16, 'relu'), dropout(0.9), dense(8, 'relu'), dropout(0.9), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), training(100));
add('loss-plateau.lab-sgd-weight-decay', 'kidney score', lab(), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01, { weightDecay: 2 }), training(150));
add('loss-plateau.vacc-raw-sigmoid-hidden', 'vaccination return, raw', vacc('none'), [dense(8, 'sigmoid', { init: 'normal', std: 1 }), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.01), training(100));
// --- oscillating-loss
add('oscillating-loss.vacc-full-batch-momentum', 'vaccination return', vacc(), [dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 1.5, { momentum: 0.95 }), training(100, 500));
add('oscillating-loss.clinic-batch4-sgd', 'clinic diagnosis', clinicDx(), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.5), training(100, 4));
add('oscillating-loss.lab-adam-batch8', 'kidney score', lab(), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.05), training(100, 8));
add('oscillating-loss.herd-rmsprop-batch16', 'mastitis flag', herd(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), training(100, 16));

// --- second round (after the first observation): more candidates for the curve-defined codes
add('oscillating-loss.lab-sgd-full-batch-0.9', 'kidney score, full batch', lab(), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.9), training(100, 420));
add('oscillating-loss.shelter-adam-full-batch-0.1', 'log days, full batch', shelterLog(), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.1), training(150, 400));
add('oscillating-loss.vacc-rmsprop-full-batch', 'vaccination return, full batch', vacc(), [dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.03), training(150, 500));
add('oscillating-loss.clinic-momentum-0.95-full-batch', 'clinic diagnosis, full batch', clinicDx(), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.3, { momentum: 0.95 }), training(150, 480));
add('oscillating-loss.milk-sgd-batch8', 'milk yield, small batches', csv('dairy-herd.csv', 'milk_litres', ['parity', 'days_in_milk', 'scc', 'conductivity', 'udder_temp'], 'standard', { normalizeTarget: 'standard' }), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.5), training(100, 8));
add('oscillating-loss.claims-adam-full-batch-0.05', 'claim approval, full batch', claims(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.05), training(150, 450));
add('nan-loss.shelter-raw-days-sgd', 'days to adoption, raw', shelterDays('standard', false), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01), training(100));
add('nan-loss.milk-raw-everything-sgd', 'milk yield, raw records', csv('dairy-herd.csv', 'milk_litres', ['parity', 'days_in_milk', 'scc', 'conductivity', 'udder_temp'], 'none'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.001), training(100));
add('lr-too-high.milk-adam-0.1', 'milk yield', csv('dairy-herd.csv', 'milk_litres', ['parity', 'days_in_milk', 'scc', 'conductivity', 'udder_temp'], 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.1), training(100));
add('lr-too-high.shelter-rmsprop-0.05', 'log days to adoption', shelterLog(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.05), training(100));
add('ok.herd-mastitis-rmsprop-batch16', 'mastitis flag, small batches', herd(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), training(100, 16));

// --- third round: rmsprop at large rates with large batches (the first oscillation attempts trained smoothly)
const MILK = csv('dairy-herd.csv', 'milk_litres', ['parity', 'days_in_milk', 'scc', 'conductivity', 'udder_temp'], 'standard', { normalizeTarget: 'standard' });
add('oscillating-loss.shelter-days-rmsprop-0.2', 'days to adoption, rescaled target', shelterDays(), [dense(16, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.2), training(100, 100));
add('oscillating-loss.milk-rmsprop-full-batch', 'milk yield, whole herd per step', MILK, [dense(16, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.2), training(100, 640));
add('oscillating-loss.clinic-rmsprop-0.5-full-batch', 'clinic diagnosis, whole file per step', clinicDx(), [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.5), training(100, 480));
add('lr-too-high.shelter-logdays-rmsprop-0.3-full-batch', 'log days, whole file per step', shelterLog(), [dense(8, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.3), training(100, 400));
add('lr-too-high.lab-rmsprop-0.3-full-batch', 'kidney score, whole file per step', lab(), [dense(16, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.3), training(100, 420));

addRaw('invalid-spec.claims-layer-type-Dense', {
  name: 'claim approval', seed: 73, data: claims(),
  layers: [{ type: 'Dense', units: 16, activation: 'relu' }, { type: 'Dense', units: 1, activation: 'sigmoid' }],
  loss: 'bce', optimizer: opt('adam', 0.003), training: training(100),
});

function main(): void {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const c of candidates) fs.writeFileSync(path.join(OUT, `${c.file}.nn.json`), JSON.stringify(c.spec, null, 2) + '\n');
  console.log(`${candidates.length} candidates written to ${path.relative(process.cwd(), OUT)}`);
}

main();
