/**
 * Writes every candidate spec of the ninetieth blind fault set into candidates/:
 * `npx tsx test/faults-blind90/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: extra.seed ?? 90, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const VIS = ['age', 'days_since_last_visit', 'plaque_index', 'caries_count', 'pocket_depth_mm', 'fluoride_ppm', 'xrays_taken', 'anxious_patient'];
const appt = (extra: Json = {}): Json => ({ csv: '../data/visits.csv', target: 'appointment_min', features: VIS, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const ext = (extra: Json = {}): Json => ({ csv: '../data/visits.csv', target: 'extraction_needed', features: VIS, normalize: 'standard', ...extra });
const TRT = ['tooth_number', 'age', 'lesion_depth_mm', 'pain_score', 'tooth_structure_pct', 'mobility_grade', 'quoted_cost_usd'];
const ttype = (extra: Json = {}): Json => ({ csv: '../data/treatments.csv', target: 'treatment_type', features: TRT, normalize: 'standard', ...extra });
const CLM = ['age', 'procedures', 'chair_minutes', 'major_work', 'lab_fee_usd', 'plan_tier', 'annual_max_used_usd'];
const claim = (extra: Json = {}): Json => ({ csv: '../data/claims.csv', target: 'claim_amount_usd', features: CLM, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const CLN = ['catchment_pop', 'chairs', 'dentists', 'hygienists', 'open_hours', 'marketing_usd', 'saturday_open'];
const pts = (extra: Json = {}): Json => ({ csv: '../data/clinics.csv', target: 'patients_per_week', features: CLN, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const KID = ['age', 'fluoride_ppm', 'sugar_servings_day', 'brushing_per_day', 'sealants', 'household_income_usd', 'plaque_index'];
const caries = (extra: Json = {}): Json => ({ csv: '../data/schoolkids.csv', target: 'new_caries_2y', features: KID, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const risk = (extra: Json = {}): Json => ({ csv: '../data/schoolkids.csv', target: 'caries_risk', features: KID, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adagrad', 'appointment-length', appt(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(80));
add('invalid-spec.activation-gelu', 'treatment-type', ttype(), [d(32, 'gelu'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.layer-conv2d', 'caries-risk', risk(), [{ type: 'conv2d', filters: 8, kernel: 3 }, d(3, 'softmax')], 'cce', adam(0.005), tr(80));

add('data-error.csv-path-visit', 'appointment-length', appt({ csv: '../data/visit.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-plaque-index', 'appointment-export', appt({ csv: '../data/visits-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.patient-id-as-feature', 'extraction-flag', ext({ features: ['patient_id', ...VIS] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.target-column-typo', 'claim-amount', claim({ target: 'claim_amount' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.treatment-head-three', 'treatment-type', ttype(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.risk-head-two', 'caries-risk', risk(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.claim-head-two-units', 'claim-amount', claim(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.extraction-two-sigmoid-bce', 'extraction-flag', ext(), [d(16, 'tanh'), d(2, 'sigmoid')], 'bce', rms(0.003), tr(60));

add('loss-activation-mismatch.tanh-head-bce-extraction', 'extraction-flag', ext(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-patients', 'patients-per-week', pts(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.sigmoid-head-cce-treatment', 'treatment-type', ttype(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.relu-head-cce-risk', 'caries-risk', risk(), [d(24, 'relu'), d(3, 'relu')], 'cce', adam(0.005), tr(80));

add('init-symmetry.zeros-appointment', 'appointment-length', appt(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-risk', 'caries-risk', risk(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));
add('init-symmetry.zeros-sigmoid-treatment', 'treatment-type', ttype(), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-relu-patients', 'patients-per-week', pts(), [d(24, 'relu', init('constant', { value: 0.2 })), d(12, 'relu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', mom(0.01), tr(100));

add('init-scale.normal-std-four-caries', 'new-caries', caries(), [d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-claim', 'claim-amount', claim(), [d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(32, 'tanh', init('uniform', { limit: 0.0002 })), d(1)], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-five-treatment', 'treatment-type', ttype(), [d(64, 'relu', init('normal', { std: 5 })), d(64, 'relu', init('normal', { std: 5 })), d(4, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.normal-std-three-elu-appointment', 'appointment-length', appt(), [d(48, 'elu', init('normal', { std: 3 })), d(48, 'elu', init('normal', { std: 3 })), d(1, 'linear', init('normal', { std: 3 }))], 'mse', sgd(0.01), tr(80));

add('no-nonlinearity.linear-hidden-risk', 'caries-risk', risk(), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', adam(0.005), tr(100));
add('no-nonlinearity.xor-quadrant-linear', 'quadrant-check', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.circles-arch-linear', 'arch-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('no-nonlinearity.spirals-linear-hidden', 'implant-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', adam(0.01), tr(200));

add('lr-out-of-range.adam-ten', 'patients-per-week', pts(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(10), tr(80));
add('lr-out-of-range.sgd-lr-forty', 'extraction-flag', ext(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(40), tr(60));
add('lr-out-of-range.adam-negative', 'caries-risk', risk(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(-0.003), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-appointment', 'appointment-length', appt(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.bias-minus-eight-risk', 'caries-risk', risk(), [d(32, 'relu', { bias: -8 }), d(16, 'relu', { bias: -8 }), d(3, 'softmax')], 'cce', adam(0.002), tr(80));
add('dead-relu.raw-income-sgd-risk', 'caries-risk-raw', risk({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05), tr(60));
add('dead-relu.rmsprop-high-patients', 'patients-per-week', pts(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));

add('exploding-gradient.raw-marketing-features', 'patients-raw-features', pts({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.raw-quote-adam', 'treatment-raw', ttype({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.05), tr(80));
add('exploding-gradient.deep-relu-normal-wide', 'new-caries', caries(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-days-since-visit', 'appointment-raw', appt({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(80));
add('exploding-gradient.raw-claim-everything', 'claim-raw', claim({ normalizeTarget: 'none', normalize: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.01), tr(60));

add('vanishing-gradient.deep-sigmoid-extraction', 'extraction-flag', ext(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-risk', 'caries-risk', risk(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-claim', 'claim-amount', claim(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));
add('vanishing-gradient.sigmoid-tower-treatment', 'treatment-type', ttype(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.01), tr(80));

add('nan-loss.sgd-raw-claim', 'claim-raw', claim({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-batch-one-caries', 'new-caries', caries(), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 1));
add('nan-loss.momentum-0.99-appointment', 'appointment-length', appt(), [d(24, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(80, 16));
add('nan-loss.raw-features-sgd-appointment', 'appointment-raw-features', appt({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.adam-0.1-treatment', 'treatment-type', ttype(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-risk', 'caries-risk', risk(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-treatment', 'treatment-type', ttype(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.rmsprop-0.1-risk', 'caries-risk', risk(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.1), tr(80, 16));
add('lr-too-high.momentum-1-extraction', 'extraction-flag', ext(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(60, 16));
add('lr-too-high.sgd-0.3-appointment', 'appointment-length', appt(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.3), tr(80, 16));

add('lr-too-low.sgd-1e-5-appointment', 'appointment-length', appt(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-treatment', 'treatment-type', ttype(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-patients', 'patients-per-week', pts(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-risk', 'caries-risk', risk(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-income-caries', 'new-caries-raw-features', caries({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-days-extraction', 'extraction-raw', ext({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-catchment-patients', 'patients-raw-features', pts({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-annual-max-claim', 'claim-raw-features', claim({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-quote-treatment', 'treatment-raw', ttype({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'implant-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-risk', 'caries-risk', risk(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.clinic-constant-only', 'extraction-flag', ext({ features: ['clinic_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('loss-plateau.claim-date-only', 'claim-amount', claim({ features: ['claim_ts'] }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.weight-decay-two-appointment', 'appointment-length', appt(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 2 }), tr(80));

add('oscillating-loss.rmsprop-full-batch-appointment', 'appointment-length', appt(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 720));
add('oscillating-loss.rmsprop-full-batch-caries', 'new-caries', caries(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 500));
add('oscillating-loss.rmsprop-full-batch-patients', 'patients-per-week', pts(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 480));
add('oscillating-loss.rmsprop-full-batch-claim', 'claim-amount', claim(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 560));
add('oscillating-loss.adam-full-batch-risk', 'caries-risk', risk(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.2), tr(100, 500));

// ---------------------------------------------------------------- healthy candidates
add('ok.appointment-adam-relu', 'appointment-length', appt(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.appointment-rmsprop-elu-minmax', 'appointment-length', appt({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.appointment-momentum-tanh', 'appointment-length', appt(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.appointment-batchnorm-leaky-val', 'appointment-length', appt(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.extraction-adam-relu', 'extraction-flag', ext(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.extraction-rmsprop-tanh', 'extraction-flag', ext(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.extraction-nesterov-elu', 'extraction-flag', ext(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { nesterov: true }), tr(120));
add('ok.treatment-adam-relu', 'treatment-type', ttype(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.treatment-rmsprop-tanh-dropout', 'treatment-type', ttype(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.treatment-nesterov-elu', 'treatment-type', ttype(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.treatment-full-batch-adam', 'treatment-type', ttype(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 600));
add('ok.treatment-minmax-leaky', 'treatment-type', ttype({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.claim-adam-relu', 'claim-amount', claim(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.claim-sgd-batch-one', 'claim-amount', claim(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.claim-weight-decay-batchnorm-val', 'claim-amount', claim(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.claim-rmsprop-leaky-minmax', 'claim-amount', claim({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.patients-adam-relu', 'patients-per-week', pts(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.patients-rmsprop-elu', 'patients-per-week', pts(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.patients-momentum-tanh', 'patients-per-week', pts(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.patients-adam-batch-8-decay', 'patients-per-week', pts(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.patients-he-uniform-sgd', 'patients-per-week', pts(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.caries-adam-relu', 'new-caries', caries(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.caries-rmsprop-tanh', 'new-caries', caries(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.caries-clipnorm-sgd', 'new-caries', caries(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.caries-full-batch-adam', 'new-caries', caries(), [d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(300, 500));
add('ok.risk-adam-relu', 'caries-risk', risk(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.risk-momentum-elu', 'caries-risk', risk(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.risk-rmsprop-dropout', 'caries-risk', risk(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.risk-sigmoid-xavier-adam', 'caries-risk', risk(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.iris-lecun-tanh-momentum', 'botanical-mouthwash-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-enamel-boundary', 'enamel-boundary', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-arch-zone', 'arch-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-shade-clusters', 'shade-clusters', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-recall-season', 'recall-season', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-quadrant-check', 'quadrant-check', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-implant-routing', 'implant-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.inline-sealant-pilot', 'sealant-pilot', { inline: { x: [[6, 0], [7, 0], [8, 0], [9, 0], [10, 0], [6, 1], [7, 1], [8, 1], [9, 1], [10, 1], [11, 2], [12, 2]], y: [1.9, 2.2, 2.6, 2.9, 3.3, 1.1, 1.4, 1.7, 2.0, 2.3, 0.9, 1.1] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.extraction-dropout-weighted-wide', 'extraction-flag', ext(), [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.003, { clipNorm: 5 }), tr(120, 64));
add('ok.appointment-full-batch-rmsprop-small', 'appointment-length', appt(), [d(24, 'relu'), d(1)], 'mse', rms(0.005), tr(300, 720));

// ---------------------------------------------------------------- second round (after the first observation)
add('shape-mismatch.treatment-softmax-six', 'treatment-type', ttype(), [d(24, 'elu'), d(6, 'softmax')], 'cce', rms(0.003), tr(80));
add('init-scale.normal-std-six-risk', 'caries-risk', risk(), [d(32, 'relu', init('normal', { std: 6 })), d(32, 'relu', init('normal', { std: 6 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.normal-std-three-appointment', 'appointment-length', appt(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('oscillating-loss.rmsprop-full-batch-treatment', 'treatment-type', ttype(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.05), tr(100, 600));
add('oscillating-loss.rmsprop-full-batch-risk', 'caries-risk', risk(), [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.05), tr(100, 500));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
