/**
 * Writes every candidate spec of blind fault set 109 (veterinary clinics and animal shelters) into
 * candidates/: `npx tsx test/faults-blind109/author.ts`. Intended faults are named `<code>.<slug>`,
 * intended healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: 109, data, layers, loss, optimizer, training, ...extra };
}

const IN = ['is_cat', 'age_months', 'weight_kg', 'black_coat', 'bonded_pair', 'behaviour_score', 'medical_needs', 'photos_online'];
const adopt = (x: Json = {}): Json => ({ csv: '../data/intake.csv', target: 'days_to_adoption', features: IN, normalize: 'standard', normalizeTarget: 'standard', ...x });
const VI = ['age_months', 'weight_g', 'vaccinated', 'vomiting_episodes', 'temp_c', 'heart_rate_bpm', 'wbc_k_ul'];
const parvo = (x: Json = {}): Json => ({ csv: '../data/vitals.csv', target: 'parvo_positive', features: VI, normalize: 'standard', ...x });
const SP = ['weight_kg', 'heart_rate_bpm', 'resp_rate', 'temp_c', 'body_length_cm', 'ear_length_cm'];
const species = (x: Json = {}): Json => ({ csv: '../data/species.csv', target: 'species', features: SP, normalize: 'standard', ...x });
const BI = ['surgery_min', 'anesthesia', 'xrays', 'lab_tests', 'nights_hospitalized', 'weight_kg'];
const bill = (x: Json = {}): Json => ({ csv: '../data/bills.csv', target: 'bill_eur', features: BI, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RE = ['weight_kg', 'propofol_mg', 'surgery_min', 'age_months', 'end_temp_c', 'brachycephalic'];
const recov = (x: Json = {}): Json => ({ csv: '../data/recovery.csv', target: 'recovery_min', features: RE, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS2 = { builtin: 'spirals', samples: 400, noise: 0.05 };
const BLOBS3 = { builtin: 'blobs', samples: 300, classes: 3, noise: 0.2 };
const SINE = { builtin: 'sine', samples: 200, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A triage pilot: [respiratory rate / 10, capillary refill seconds] -> urgent (1) or not (0)
const INLINE_TRIAGE = {
  inline: {
    x: [[2, 1], [2.4, 1.5], [3, 1], [3.2, 2], [4, 1], [6, 3], [7, 2.5], [5.5, 3.5], [6.5, 4], [8, 3], [2.8, 1.2], [3.5, 1.8], [7.5, 3.2], [5, 2.8], [2.2, 0.8], [6, 4.2]],
    y: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.keras-binary-crossentropy', 'parvo-screen', parvo(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.selu-activation', 'adoption-days', adopt(), [d(32, 'selu'), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.adamw-optimizer', 'species-id', species(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(40));
add('invalid-spec.batchnorm-layer-type', 'recovery-minutes', recov(), [d(32, 'relu'), { type: 'batchnorm' }, d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.glorot-uniform-init', 'treatment-bill', bill(), [d(32, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', rms(0.002), tr(40));
add('invalid-spec.zero-units', 'adoption-days', adopt(), [d(32, 'relu'), d(0, 'relu'), d(1)], 'mse', nest(0.01), tr(40));

add('data-error.na-weight', 'adoption-days-na', adopt({ csv: '../data/intake-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.blank-temperature', 'parvo-screen-blank', parvo({ csv: '../data/vitals-blank.csv' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('data-error.kennel-id-feature', 'adoption-days', adopt({ features: ['kennel_id', ...IN] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.intake-date-feature', 'adoption-days', adopt({ features: ['intake_date', ...IN] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(40));
add('data-error.desktop-absolute-path', 'species-id', species({ csv: '/home/vet/Desktop/species.csv' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('data-error.target-case-typo', 'recovery-minutes', recov({ target: 'Recovery_Min' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.species-text-feature', 'treatment-bill', bill({ features: ['species', ...BI] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('shape-mismatch.species-four-heads', 'species-id', species(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.iris-two-heads', 'triage-iris', IRIS, [d(16, 'tanh'), d(2, 'softmax')], 'cce', rms(0.005), tr(60, 16));
add('shape-mismatch.adoption-two-outputs', 'adoption-days', adopt(), [d(32, 'relu'), d(2)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.bill-eur-and-cents-one-output', 'treatment-bill-two', bill({ target: ['bill_eur', 'bill_cents'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.blobs-three-two-heads', 'kennel-blobs', BLOBS3, [d(16, 'elu'), d(2, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.relu-head-standardized-adoption', 'adoption-days', adopt(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.linear-head-bce-parvo', 'parvo-screen', parvo(), [d(16, 'relu'), d(1)], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-raw-bill', 'treatment-bill-raw-target', bill({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-species', 'species-id', species(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(40));
add('loss-activation-mismatch.tanh-head-recovery-minmax', 'recovery-minutes', recov({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1, 'tanh')], 'mse', nest(0.01), tr(40));

add('no-nonlinearity.moons-linear-rmsprop', 'kennel-moons', MOONS, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.circles-linear-adam-batch-8', 'exam-ring-circles', CIRCLES, [d(16), d(16), d(16), d(1, 'sigmoid')], 'bce', adam(0.01), tr(60, 8));
add('no-nonlinearity.xor-linear-momentum', 'two-vaccine-parity', XOR, [d(24, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100));
add('no-nonlinearity.sine-linear-bn-rmsprop', 'heartbeat-sine', SINE, [d(32, 'linear', { batchNorm: true }), d(32, 'linear'), d(1)], 'mse', rms(0.003), tr(150));
add('no-nonlinearity.spirals-linear-nesterov', 'shelter-spirals', SPIRALS2, [d(64), d(64), d(1, 'sigmoid')], 'bce', nest(0.02), tr(150));

add('lr-out-of-range.adam-100', 'parvo-screen', parvo(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(100), tr(30));
add('lr-out-of-range.rmsprop-1e-9', 'species-id', species(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(1e-9), tr(30));
add('lr-out-of-range.momentum-30', 'recovery-minutes', recov(), [d(32, 'relu'), d(1)], 'mse', mom(30), tr(30));
add('lr-out-of-range.sgd-plain-1e-8-bill', 'treatment-bill', bill(), [d(32, 'tanh'), d(1)], 'mse', sgd(1e-8), tr(30));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-tanh-adam-adoption', 'adoption-days', adopt(), [d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.1-relu-rmsprop-species', 'species-id', species(), [d(32, 'relu', init('constant', { value: 0.1 })), d(32, 'relu', init('constant', { value: 0.1 })), d(5, 'softmax', init('constant', { value: 0.1 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.2-sigmoid-recovery', 'recovery-minutes', recov(), [d(24, 'sigmoid', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', adam(0.005), tr(60));
add('init-symmetry.zeros-leaky-nesterov-circles', 'exam-ring-circles', CIRCLES, [d(16, 'leaky_relu', { init: 'zeros' }), d(16, 'leaky_relu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.05), tr(100));
add('init-symmetry.constant-0.05-elu-momentum-bill', 'treatment-bill', bill(), [d(32, 'elu', init('constant', { value: 0.05 })), d(16, 'elu', init('constant', { value: 0.05 })), d(1, 'linear', init('constant', { value: 0.05 }))], 'mse', mom(0.01), tr(60));

add('init-scale.normal-std-20-tanh-adoption', 'adoption-days', adopt(), [d(64, 'tanh', init('normal', { std: 20 })), d(1, 'linear', init('normal', { std: 20 }))], 'mse', adam(0.001), tr(40));
add('init-scale.uniform-limit-30-relu-recovery', 'recovery-minutes', recov(), [d(64, 'relu', init('uniform', { limit: 30 })), d(64, 'relu', init('uniform', { limit: 30 })), d(1, 'linear', init('uniform', { limit: 30 }))], 'mse', sgd(0.001), tr(30));
add('init-scale.normal-1e-4-five-relu-species', 'species-id', species(), [...tower(5, 32, 'relu', init('normal', { std: 0.0001 })), d(5, 'softmax', init('normal', { std: 0.0001 }))], 'cce', nest(0.01), tr(40));
add('init-scale.normal-std-6-sigmoid-parvo', 'parvo-screen', parvo(), [d(64, 'sigmoid', init('normal', { std: 6 })), d(1, 'sigmoid', init('normal', { std: 6 }))], 'bce', rms(0.001), tr(40));
add('init-scale.uniform-1e-3-tanh-tower-bill', 'treatment-bill', bill(), [...tower(5, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'linear', init('uniform', { limit: 0.001 }))], 'mse', mom(0.01), tr(40));

add('dead-relu.raw-weight-grams-adam', 'parvo-screen-raw', parvo({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(40));
add('dead-relu.rmsprop-0.5-full-batch-adoption', 'adoption-days', adopt(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.5), tr(40, 900));
add('dead-relu.bias-minus-3-lecun-nesterov-recovery', 'recovery-minutes', recov(), [d(32, 'relu', { init: 'lecun_normal', bias: -3 }), d(16, 'relu', { init: 'lecun_normal', bias: -3 }), d(1)], 'mse', nest(0.01), tr(40));
add('dead-relu.adam-0.3-batch-8-species', 'species-id', species(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(30, 8));
add('dead-relu.sgd-plain-1-batch-1-bill', 'treatment-bill', bill(), [d(32, 'relu'), d(1)], 'mse', sgd(1), tr(10, 1));

add('exploding-gradient.raw-bill-cents-rmsprop', 'treatment-bill-cents', bill({ target: 'bill_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(30));
add('exploding-gradient.intake-ts-feature-adam', 'adoption-days-ts', adopt({ features: ['intake_ts', ...IN], normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.001), tr(30));
add('exploding-gradient.raw-grams-linear-sgd', 'parvo-screen-raw', parvo({ normalize: 'none', features: ['weight_g', 'age_months', 'vaccinated'] }), [d(1, 'sigmoid')], 'bce', sgd(0.01), tr(30));
add('exploding-gradient.twelve-relu-normal-0.5-nesterov', 'recovery-minutes', recov(), [...tower(12, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', nest(0.0001), tr(30));
add('exploding-gradient.raw-recovery-target-elu-momentum', 'recovery-raw-target', recov({ normalizeTarget: 'none', normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', mom(0.0001), tr(30));

add('vanishing-gradient.seven-sigmoid-plain-sgd-parvo', 'parvo-screen', parvo(), [...tower(7, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));
add('vanishing-gradient.ten-sigmoid-momentum-species', 'species-id', species(), [...tower(10, 24, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.02), tr(40));
add('vanishing-gradient.twelve-tanh-std-0.05-moons-rmsprop', 'kennel-moons', MOONS, [...tower(12, 16, 'tanh', init('normal', { std: 0.05 })), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(60));
add('vanishing-gradient.six-sigmoid-lecun-adoption-batch-128', 'adoption-days', adopt(), [...tower(6, 32, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.1), tr(40, 128));

add('nan-loss.raw-weight-grams-sgd-0.01-recovery', 'recovery-raw', recov({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.momentum-0.9-lr-0.5-batch-4-adoption', 'adoption-days', adopt(), [d(32, 'tanh'), d(1)], 'mse', mom(0.5), tr(20, 4));
add('nan-loss.normal-std-8-elu-deep-bill', 'treatment-bill', bill(), [...tower(4, 64, 'elu', init('normal', { std: 8 })), d(1)], 'mse', nest(0.01), tr(20));
add('nan-loss.raw-bill-cents-sgd-batch-1', 'treatment-bill-cents', bill({ target: 'bill_cents', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.0001), tr(5, 1));
add('nan-loss.rmsprop-1-leaky-recovery', 'recovery-minutes', recov(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', rms(1), tr(20));

add('saturated-activation.tanh-raw-heart-rate-species', 'species-id-raw', species({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-bias-plus-6-adoption', 'adoption-days', adopt(), [d(32, 'sigmoid', { bias: 6 }), d(1)], 'mse', sgd(0.05), tr(40));
add('saturated-activation.tanh-normal-std-3-recovery', 'recovery-minutes', recov(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', nest(0.005), tr(40));
add('saturated-activation.sigmoid-raw-grams-parvo', 'parvo-screen-raw', parvo({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-raw-surgery-minutes-bill', 'treatment-bill-raw', bill({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(40));

add('lr-too-high.sgd-plain-1.5-batch-32-adoption', 'adoption-days', adopt(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(40));
add('lr-too-high.rmsprop-0.02-batch-1-recovery', 'recovery-minutes', recov(), [d(16, 'tanh'), d(1)], 'mse', rms(0.02), tr(6, 1));
add('lr-too-high.adam-0.05-batch-2-species', 'species-id', species(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.05), tr(15, 2));
add('lr-too-high.nesterov-0.3-batch-16-bill', 'treatment-bill', bill(), [d(32, 'relu'), d(1)], 'mse', nest(0.3), tr(40, 16));
add('lr-too-high.momentum-lr-2-parvo', 'parvo-screen', parvo(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(2), tr(40));
add('lr-too-high.sgd-plain-8-logistic-batch-8-parvo', 'parvo-screen', parvo(), [d(1, 'sigmoid')], 'bce', sgd(8), tr(40, 8));
add('lr-too-high.adam-0.5-batch-16-moons', 'kennel-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.5), tr(60, 16));

add('lr-too-low.momentum-1e-6-adoption', 'adoption-days', adopt(), [d(32, 'relu'), d(1)], 'mse', mom(0.000001), tr(60));
add('lr-too-low.adam-1e-6-species', 'species-id', species(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.000001), tr(40));
add('lr-too-low.rmsprop-2e-6-recovery', 'recovery-minutes', recov(), [d(32, 'elu'), d(1)], 'mse', rms(0.000002), tr(60));
add('lr-too-low.sgd-plain-1e-4-full-batch-bill', 'treatment-bill', bill(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.0001), tr(100, 700));
add('lr-too-low.nesterov-1e-5-iris', 'triage-iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.00001), tr(100, 16));

add('oscillating-loss.adam-0.3-full-batch-linear-adoption', 'adoption-days', adopt(), [d(1)], 'mse', adam(0.3), tr(120, 900));
add('oscillating-loss.momentum-0.995-lr-0.01-full-batch-recovery', 'recovery-minutes', recov(), [d(32, 'tanh'), d(1)], 'mse', mom(0.01, 0.995), tr(150, 600));
add('oscillating-loss.nesterov-0.99-lr-0.05-batch-64-bill', 'treatment-bill', bill(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.99), tr(120, 64));
add('oscillating-loss.sgd-plain-0.9-full-batch-linear-recovery', 'recovery-minutes', recov(), [d(1)], 'mse', sgd(0.9), tr(100, 600));
add('oscillating-loss.momentum-0.98-lr-0.5-full-batch-species', 'species-id', species(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', mom(0.5, 0.98), tr(120, 850));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-bill', 'treatment-bill', bill(), [d(1)], 'mse', rms(0.05), tr(120, 700));
add('oscillating-loss.adam-0.1-full-batch-tanh-adoption', 'adoption-days', adopt(), [d(16, 'tanh'), d(1)], 'mse', adam(0.1), tr(150, 900));

add('loss-plateau.kennel-row-only-adoption', 'adoption-days', adopt({ features: ['kennel_row'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('loss-plateau.heart-rate-only-parvo', 'parvo-screen', parvo({ features: ['heart_rate_bpm'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.weight-decay-0.5-adam-recovery', 'recovery-minutes', recov(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.5 }), tr(40));
add('loss-plateau.dropout-0.9-before-head-species', 'species-id', species(), [d(32, 'relu'), drop(0.9), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.clipnorm-1e-4-nesterov-bill', 'treatment-bill', bill(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 0.0001 }), tr(40));

// ---------------------------------------------------------------- healthy
add('ok.adoption-adam-relu', 'adoption-days', adopt(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.adoption-rmsprop-elu-val', 'adoption-days', adopt(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.adoption-sgd-plain-tanh-batch-16', 'adoption-days', adopt(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.02), tr(60, 16));
add('ok.adoption-minmax-leaky-nesterov', 'adoption-days', adopt({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.02), tr(80));
add('ok.adoption-bn-adam-dropout', 'adoption-days', adopt(), [d(48, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(60));
add('ok.adoption-linear-full-batch-momentum', 'adoption-days', adopt(), [d(1)], 'mse', mom(0.05), tr(150, 900));
add('ok.adoption-target-minmax-adam-batch-4', 'adoption-days', adopt({ normalizeTarget: 'minmax' }), [d(16, 'elu'), d(1)], 'mse', adam(0.001), tr(15, 4));
add('ok.parvo-adam-relu', 'parvo-screen', parvo(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.parvo-logistic-rmsprop', 'parvo-screen', parvo(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.parvo-cce-two-classes-tanh', 'parvo-screen', parvo(), [d(16, 'tanh'), d(2, 'softmax')], 'cce', adam(0.005), tr(40));
add('ok.parvo-momentum-elu-val', 'parvo-screen', parvo(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(40, 32, { validationSplit: 0.2 }));
add('ok.parvo-minmax-adam-decay', 'parvo-screen', parvo({ normalize: 'minmax' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01, { weightDecay: 0.0001 }), tr(60));
add('ok.species-adam-relu', 'species-id', species(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.species-nesterov-tanh-batch-8', 'species-id', species(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(30, 8));
add('ok.species-rmsprop-elu-dropout', 'species-id', species(), [d(48, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('ok.species-sgd-plain-sigmoid', 'species-id', species(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(60, 16));
add('ok.species-full-batch-adam-leaky', 'species-id', species(), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.02), tr(150, 850));
add('ok.species-bn-momentum-clip', 'species-id', species(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', mom(0.02, 0.9, { clipNorm: 5 }), tr(40));
add('ok.species-batch-one-sgd', 'species-id', species(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.005), tr(5, 1));
add('ok.bill-adam-relu', 'treatment-bill', bill(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.bill-rmsprop-tanh-batch-64', 'treatment-bill', bill(), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(100, 64));
add('ok.bill-nesterov-elu-decay', 'treatment-bill', bill(), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0001 }), tr(60));
add('ok.bill-linear-sgd', 'treatment-bill', bill(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.bill-he-uniform-adam-val', 'treatment-bill', bill(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.005), tr(60, 32, { validationSplit: 0.15 }));
add('ok.recovery-adam-elu', 'recovery-minutes', recov(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.recovery-sigmoid-rmsprop', 'recovery-minutes', recov(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.005), tr(100));
add('ok.recovery-momentum-relu-batch-8', 'recovery-minutes', recov(), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(40, 8));
add('ok.recovery-xavier-normal-tanh-full-batch', 'recovery-minutes', recov(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.01), tr(300, 600));
add('ok.recovery-minmax-leaky-dropout', 'recovery-minutes', recov({ normalize: 'minmax' }), [d(48, 'leaky_relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.recovery-lecun-elu-clip-sgd', 'recovery-minutes', recov(), [d(32, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(80, 16));
add('ok.iris-triage-demo', 'triage-iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 8));
add('ok.moons-kennel', 'kennel-moons', MOONS, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.circles-exam-ring', 'exam-ring-circles', CIRCLES, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(150));
add('ok.blobs-kennel-rmsprop', 'kennel-blobs', BLOBS3, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(50));
add('ok.sine-heartbeat', 'heartbeat-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-two-vaccine-parity', 'two-vaccine-parity', XOR, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-shelter', 'shelter-spirals', SPIRALS2, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(200));
add('ok.inline-triage-pilot', 'triage-pilot', INLINE_TRIAGE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 4));
add('ok.circles-bn-leaky-adam', 'exam-ring-circles', CIRCLES, [d(32, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.adoption-xavier-uniform-sigmoid-adam', 'adoption-days', adopt(), [d(32, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', adam(0.01), tr(80));
add('ok.bill-raw-eur-minmax-target-rmsprop', 'treatment-bill', bill({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.parvo-leaky-nesterov-batch-64', 'parvo-screen', parvo(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(60, 64));

// ---------------------------------------------------------------- second round (oscillation candidates after the first observation)
add('oscillating-loss.momentum-0.995-lr-0.01-full-batch-adoption', 'adoption-days', adopt(), [d(32, 'tanh'), d(1)], 'mse', mom(0.01, 0.995), tr(150, 900));
add('oscillating-loss.momentum-0.99-lr-0.03-full-batch-elu-bill', 'treatment-bill', bill(), [d(32, 'elu'), d(1)], 'mse', mom(0.03, 0.99), tr(150, 700));
add('oscillating-loss.nesterov-0.995-lr-0.01-full-batch-relu-recovery', 'recovery-minutes', recov(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.995), tr(150, 600));
add('oscillating-loss.momentum-0.995-lr-0.02-full-batch-species', 'species-id', species(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02, 0.995), tr(150, 850));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
