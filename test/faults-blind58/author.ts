/**
 * Writes every candidate spec of test/faults-blind58 into candidates/ (`npx tsx test/faults-blind58/author.ts`).
 * A candidate's name says what it was written as (`<code>.<slug>` or `healthy.<slug>`); where it is
 * filed (faulty/, healthy/ or dropped/) is decided from the bare engine's behaviour by write-manifest.py.
 * Theme: people analytics and insurance (attrition, salaries, screening, claims, risk tiers).
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const EMP = ['age', 'tenure_months', 'salary', 'rating', 'overtime_hours', 'dept_sales', 'dept_eng', 'dept_ops', 'dept_hr', 'remote'];
const POL = ['holder_age', 'years_licensed', 'vehicle_value', 'annual_km', 'prior_claims', 'urban'];
const CLM = ['holder_age', 'vehicle_value', 'annual_km', 'severity', 'injury'];
const CAND = ['test_score', 'years_experience', 'interview', 'referral', 'degree_level'];

const csv = (file: string, target: string | string[], features: string[] | undefined, normalize = 'standard', extra: Json = {}): Json => ({
  csv: `../data/${file}`, target, ...(features ? { features } : {}), normalize, ...extra,
});
const emp = (target: string, normalize = 'standard', extra: Json = {}) => csv('employees.csv', target, EMP, normalize, extra);
const pol = (normalize = 'standard', extra: Json = {}) => csv('policies.csv', 'claim', POL, normalize, extra);
const clm = (target: string | string[], normalize = 'standard', extra: Json = {}) => csv('claims.csv', target, CLM, normalize, extra);
const cand = (target = 'hired', normalize = 'standard', extra: Json = {}) => csv('candidates.csv', target, CAND, normalize, extra);
const risk = (normalize = 'standard', extra: Json = {}) => csv('risk.csv', 'tier', undefined, normalize, extra);
const st = { normalizeTarget: 'standard' };

const d = (units: number, activation?: string, extra: Json = {}): Json => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const train = (epochs: number, batchSize: number, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

function spec(name: string, seed: number, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): Json {
  return { name, seed, data, layers, loss, optimizer, training, ...extra };
}

const C: Record<string, Json> = {};
const add = (file: string, s: Json) => { if (C[file]) throw new Error(`duplicate ${file}`); C[file] = s; };

// ====================================================================== healthy candidates
add('healthy.attrition-adam', spec('attrition-adam', 1, emp('attrition'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 32)));
add('healthy.attrition-rmsprop-dropout', spec('attrition-rmsprop-dropout', 2, emp('attrition'), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(200, 64)));
add('healthy.attrition-sgd-momentum-tanh', spec('attrition-sgd-momentum-tanh', 3, emp('attrition'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.03, { momentum: 0.9 }), train(200, 32)));
add('healthy.attrition-batchnorm', spec('attrition-batchnorm', 4, emp('attrition'), [d(16, 'relu', { batchNorm: true }), d(8, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(120, 32)));
add('healthy.attrition-tanh-weight-decay', spec('attrition-tanh-weight-decay', 5, emp('attrition'), [d(24, 'tanh', { init: 'xavier_normal' }), d(12, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 0.0005 }), train(150, 32)));
add('healthy.next-salary-adam', spec('next-salary-adam', 6, emp('next_salary', 'standard', st), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(150, 32)));
add('healthy.next-salary-sgd-minmax', spec('next-salary-sgd-minmax', 7, emp('next_salary', 'minmax', { normalizeTarget: 'minmax' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(200, 32)));
add('healthy.next-salary-elu-validation', spec('next-salary-elu-validation', 8, emp('next_salary', 'standard', st), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 0.0001 }), train(150, 32, { validationSplit: 0.2 })));
add('healthy.candidates-hired-adam', spec('candidates-hired-adam', 9, cand(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(100, 32)));
add('healthy.candidates-hired-nesterov', spec('candidates-hired-nesterov', 10, cand(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9, nesterov: true, weightDecay: 0.001 }), train(100, 16)));
add('healthy.candidates-hired-softmax-two', spec('candidates-hired-softmax-two', 11, cand(), [d(12, 'relu'), d(2, 'softmax')], 'cce', opt('rmsprop', 0.002), train(120, 32)));
add('healthy.candidates-full-batch', spec('candidates-full-batch', 12, cand(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(300, 420)));
add('healthy.candidates-offer-leaky', spec('candidates-offer-leaky', 13, cand('offer', 'standard', st), [d(16, 'leaky_relu'), d(1)], 'mse', opt('rmsprop', 0.002), train(150, 32)));
add('healthy.claim-adam', spec('claim-adam', 14, pol(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 64)));
add('healthy.claim-rmsprop-clip', spec('claim-rmsprop-clip', 15, pol(), [d(24, 'relu'), drop(0.1), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001, { clipNorm: 1 }), train(150, 32)));
add('healthy.claim-leaky-batchnorm-sgd', spec('claim-leaky-batchnorm-sgd', 16, pol(), [d(16, 'leaky_relu', { batchNorm: true }), d(8, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.9 }), train(150, 32)));
add('healthy.claim-postcode-minmax', spec('claim-postcode-minmax', 17, csv('policies.csv', 'claim', [...POL, 'postcode'], 'minmax'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(200, 32)));
add('healthy.claim-lecun-elu', spec('claim-lecun-elu', 18, pol(), [d(20, 'elu', { init: 'lecun_normal' }), d(10, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(120, 32)));
add('healthy.log-amount-adam', spec('log-amount-adam', 19, clm('log_amount', 'standard', st), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(150, 32)));
add('healthy.amount-normalized-target', spec('amount-normalized-target', 20, clm('claim_amount', 'standard', st), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.002), train(200, 32)));
add('healthy.days-to-settle-rmsprop', spec('days-to-settle-rmsprop', 21, clm('days_to_settle', 'standard', { normalizeTarget: 'minmax' }), [d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002, { weightDecay: 0.0001 }), train(200, 32)));
add('healthy.amount-and-days', spec('amount-and-days', 22, clm(['log_amount', 'days_to_settle'], 'standard', st), [d(24, 'relu'), d(12, 'relu'), d(2)], 'mse', opt('adam', 0.003), train(150, 32)));
add('healthy.log-amount-sgd', spec('log-amount-sgd', 23, clm('log_amount', 'minmax', st), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(200, 16)));
add('healthy.risk-tier-adam', spec('risk-tier-adam', 24, risk(), [d(16, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(150, 32)));
add('healthy.risk-tier-sgd-momentum', spec('risk-tier-sgd-momentum', 25, risk(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 16)));
add('healthy.risk-tier-rmsprop-bn-dropout', spec('risk-tier-rmsprop-bn-dropout', 26, risk(), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), train(150, 32)));
add('healthy.risk-tier-minmax-elu-clip', spec('risk-tier-minmax-elu-clip', 27, risk('minmax'), [d(16, 'elu'), d(8, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.005, { clipNorm: 5 }), train(200, 32)));
add('healthy.branch-north-salary', spec('branch-north-salary', 28, csv('branch-north.csv', 'next_salary', [...EMP, 'branch_code'], 'standard', st), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(150, 32)));
add('healthy.iris-adam', spec('iris-adam', 29, { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16)));
add('healthy.blobs-four-tiers', spec('blobs-four-tiers', 30, { builtin: 'blobs', classes: 4, samples: 400 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), train(100, 32)));
add('healthy.sine-seasonal-claims', spec('sine-seasonal-claims', 31, { builtin: 'sine', samples: 300 }, [d(24, 'tanh'), d(24, 'tanh'), d(1)], 'mse', opt('adam', 0.005), train(300, 32)));
add('healthy.moons-screening-sgd', spec('moons-screening-sgd', 32, { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(200, 32)));
add('healthy.circles-eligibility', spec('circles-eligibility', 33, { builtin: 'circles', samples: 300 }, [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200, 32)));
add('healthy.attrition-he-uniform-sgd', spec('attrition-he-uniform-sgd', 34, emp('attrition'), [d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150, 32)));
add('healthy.days-xavier-uniform-tanh', spec('days-xavier-uniform-tanh', 35, clm('days_to_settle', 'standard', st), [d(16, 'tanh', { init: 'xavier_uniform' }), d(8, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), train(200, 32)));
add('healthy.inline-screening', spec('inline-screening', 36, {
  inline: {
    x: [[82, 6], [45, 1], [91, 9], [38, 0], [70, 4], [55, 2], [88, 7], [41, 1], [77, 5], [60, 3], [95, 10], [35, 0],
      [73, 6], [50, 2], [85, 8], [44, 1], [68, 5], [58, 1], [90, 6], [48, 3], [80, 4], [39, 2], [76, 7], [52, 0]],
    y: [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0],
  }, normalize: 'standard',
}, [d(4, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(200, 8)));

// ====================================================================== faulty candidates
// ---- invalid-spec
add('invalid-spec.keras-learning-rate-key', spec('attrition-keras-habit', 41, emp('attrition'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', learning_rate: 0.001 }, train(100, 32)));
add('invalid-spec.binary-crossentropy-name', spec('claim-binary-crossentropy', 42, pol(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), train(100, 32)));
add('invalid-spec.batch-size-snake-case', spec('tier-batch-size', 43, risk(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), { epochs: 100, batch_size: 64 }));
add('invalid-spec.activation-softmax-typo', spec('tier-softmx', 44, risk(), [d(16, 'relu'), d(4, 'softmx')], 'cce', opt('adam', 0.003), train(100, 32)));
// ---- data-error
add('data-error.target-misspelled', spec('attrition-target-typo', 45, csv('employees.csv', 'attrited', EMP), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('data-error.hris-export-na-cells', spec('attrition-hris-export', 46, csv('employees-hris-export.csv', 'attrition', EMP), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('data-error.pilot-branch-six-rows', spec('claim-pilot-branch', 47, csv('policies-pilot.csv', 'claim', POL), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 4)));
add('data-error.currency-formatted-values', spec('amount-2023-export', 48, csv('claims-2023.csv', 'log_amount', CLM, 'standard', st), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100, 32)));
add('data-error.path-from-workspace-root', spec('days-wrong-path', 49, { csv: 'data/claims.csv', target: 'days_to_settle', features: CLM, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100, 32)));
add('data-error.feature-not-in-file', spec('attrition-dept-finance', 50, csv('employees.csv', 'attrition', [...EMP, 'dept_finance']), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
// ---- shape-mismatch
add('shape-mismatch.tier-three-units', spec('tier-forgot-decline', 51, risk(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)));
add('shape-mismatch.attrition-two-sigmoids', spec('attrition-two-outputs', 52, emp('attrition'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('shape-mismatch.two-targets-one-unit', spec('amount-days-one-unit', 53, clm(['log_amount', 'days_to_settle'], 'standard', st), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100, 32)));
// ---- loss-activation-mismatch
add('loss-activation-mismatch.tier-softmax-mse', spec('tier-softmax-mse', 54, risk(), [d(16, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.003), train(100, 32)));
add('loss-activation-mismatch.amount-sigmoid-output', spec('amount-sigmoid-output', 55, clm('claim_amount', 'standard', st), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150, 32)));
add('loss-activation-mismatch.attrition-linear-bce', spec('attrition-linear-bce', 56, emp('attrition'), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), train(100, 32)));
add('loss-activation-mismatch.salary-relu-bce', spec('salary-relu-bce', 57, emp('next_salary', 'standard', st), [d(16, 'relu'), d(1, 'relu')], 'bce', opt('adam', 0.003), train(100, 32)));
// ---- init-symmetry
add('init-symmetry.attrition-zeros', spec('attrition-zeros', 58, emp('attrition'), [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('init-symmetry.days-constant', spec('days-constant-init', 59, clm('days_to_settle', 'standard', st), [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(8, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', opt('rmsprop', 0.002), train(150, 32)));
add('init-symmetry.tier-zeros-sgd', spec('tier-zeros-sgd', 60, risk(), [d(24, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100, 32)));
// ---- init-scale
add('init-scale.tier-normal-std-3', spec('tier-big-normal', 61, risk(), [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(16, 'tanh', { init: { name: 'normal', std: 3 } }), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)));
add('init-scale.claim-tiny-normal-deep', spec('claim-tiny-normal', 62, pol(), [d(16, 'relu', { init: { name: 'normal', std: 0.001 } }), d(16, 'relu', { init: { name: 'normal', std: 0.001 } }), d(16, 'relu', { init: { name: 'normal', std: 0.001 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 32)));
add('init-scale.salary-uniform-limit-2', spec('salary-uniform-2', 63, emp('next_salary', 'standard', st), [d(32, 'relu', { init: { name: 'uniform', limit: 2 } }), d(32, 'relu', { init: { name: 'uniform', limit: 2 } }), d(1)], 'mse', opt('sgd', 0.01), train(100, 32)));
// ---- no-nonlinearity
add('no-nonlinearity.tier-activation-omitted', spec('tier-no-activation', 64, risk(), [d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(150, 32)));
add('no-nonlinearity.attrition-linear-stack', spec('attrition-linear-stack', 65, emp('attrition'), [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), train(100, 32)));
add('no-nonlinearity.amount-linear-hidden', spec('amount-linear-hidden', 66, clm('claim_amount', 'standard', st), [d(24, 'linear'), d(12, 'linear'), d(1)], 'mse', opt('adam', 0.003), train(150, 32)));
// ---- lr-out-of-range
add('lr-out-of-range.adam-lr-30', spec('attrition-adam-30', 67, emp('attrition'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 30), train(100, 32)));
add('lr-out-of-range.sgd-lr-200', spec('tier-sgd-200', 68, risk(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 200), train(100, 32)));
add('lr-out-of-range.rmsprop-lr-5', spec('days-rmsprop-5', 69, clm('days_to_settle', 'standard', st), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 5), train(100, 32)));
// ---- dead-relu
add('dead-relu.negative-bias-copied', spec('claim-negative-bias', 70, pol(), [d(16, 'relu', { bias: -4 }), d(8, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(100, 32)));
add('dead-relu.tier-adam-lr-high', spec('tier-adam-hot', 71, risk(), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.3), train(100, 32)));
add('dead-relu.raw-salary-sgd', spec('attrition-raw-salary', 72, emp('attrition', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.001), train(100, 32)));
// ---- exploding-gradient
add('exploding-gradient.raw-amount-target', spec('amount-raw-target', 73, clm('claim_amount'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.001), train(100, 32)));
add('exploding-gradient.raw-features-deep-relu', spec('salary-raw-features', 74, emp('next_salary', 'none', st), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), train(100, 32)));
add('exploding-gradient.raw-km-clip-huge', spec('claim-raw-km', 75, pol('none'), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001, { clipNorm: 1000 }), train(100, 32)));
// ---- vanishing-gradient
add('vanishing-gradient.deep-sigmoid-attrition', spec('attrition-deep-sigmoid', 76, emp('attrition'), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100, 32)));
add('vanishing-gradient.deep-sigmoid-tier', spec('tier-deep-sigmoid', 77, risk(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), train(100, 32)));
add('vanishing-gradient.deep-tanh-small-init', spec('days-deep-tanh-small', 78, clm('days_to_settle', 'standard', st), [d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(1)], 'mse', opt('sgd', 0.01), train(100, 32)));
// ---- nan-loss
add('nan-loss.raw-salary-target-sgd', spec('next-salary-raw', 79, emp('next_salary', 'standard'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), train(100, 32)));
add('nan-loss.hire-epoch-feature-sgd', spec('attrition-hire-epoch', 80, csv('employees.csv', 'next_salary', ['hire_epoch', 'age', 'salary', 'rating'], 'none', st), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), train(100, 32)));
add('nan-loss.raw-amount-momentum', spec('amount-raw-momentum', 81, clm('claim_amount', 'none'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100, 32)));
// ---- lr-too-high
add('lr-too-high.attrition-sgd-lr-3', spec('attrition-sgd-3', 82, emp('attrition'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3), train(100, 32)));
add('lr-too-high.tier-adam-0-1', spec('tier-adam-0-1', 83, risk(), [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.1), train(100, 32)));
add('lr-too-high.log-amount-rmsprop', spec('log-amount-rmsprop-hot', 84, clm('log_amount', 'standard', st), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.1), train(100, 32)));
// ---- lr-too-low
add('lr-too-low.tier-sgd-1e-5', spec('tier-sgd-tiny', 85, risk(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.00001), train(100, 32)));
add('lr-too-low.attrition-adam-1e-6', spec('attrition-adam-tiny', 86, emp('attrition'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.000001), train(100, 32)));
add('lr-too-low.days-rmsprop-5e-6', spec('days-rmsprop-tiny', 87, clm('days_to_settle', 'standard', st), [d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.000005), train(100, 64)));
// ---- saturated-activation
add('saturated-activation.raw-salary-sigmoid-hidden', spec('attrition-raw-sigmoid', 88, emp('attrition', 'none'), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('saturated-activation.raw-policy-tanh', spec('claim-raw-tanh', 89, pol('none'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100, 32)));
add('saturated-activation.offer-tanh-bias-6', spec('offer-tanh-bias', 90, cand('offer', 'standard', st), [d(16, 'tanh', { bias: 6 }), d(1)], 'mse', opt('rmsprop', 0.001), train(100, 32)));
// ---- loss-plateau
add('loss-plateau.attrition-weight-decay-1', spec('attrition-heavy-decay', 91, emp('attrition'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 1 }), train(100, 32)));
add('loss-plateau.days-rmsprop-decay', spec('days-heavy-decay', 92, clm('days_to_settle', 'standard', st), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.002, { weightDecay: 0.5 }), train(100, 32)));
add('loss-plateau.tier-dropout-0-9', spec('tier-dropout-heavy', 93, risk(), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)));
// ---- oscillating-loss
add('oscillating-loss.tier-momentum-0-99', spec('tier-momentum-099', 94, risk(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.99 }), train(100, 16)));
// written as oscillating-loss; the engine showed 88% of the ReLU units dead and a settled loss, so filed as dead-relu
add('dead-relu.salary-rmsprop-batch-4', spec('salary-rmsprop-batch4', 95, emp('next_salary', 'standard', st), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.03), train(100, 4)));
add('oscillating-loss.hired-sgd-batch-1', spec('hired-sgd-batch1', 96, cand(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), train(100, 1)));

// ---- second round (after the first observation: replacements and spares)
add('shape-mismatch.claim-softmax-one-unit', spec('claim-softmax-one-unit', 101, pol(), [d(16, 'relu'), d(1, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32)));
add('init-symmetry.days-zeros-relu', spec('days-zeros-relu', 102, clm('days_to_settle', 'standard', st), [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1)], 'mse', opt('adam', 0.003), train(100, 32)));
add('init-symmetry.tier-constant-every-layer', spec('tier-constant-every-layer', 103, risk(), [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax', { init: { name: 'constant', value: 0.1 } })], 'cce', opt('adam', 0.003), train(150, 32)));
add('init-symmetry.claim-constant-every-layer', spec('claim-constant-every-layer', 104, pol(), [d(16, 'relu', { init: { name: 'constant', value: 0.05 } }), d(8, 'relu', { init: { name: 'constant', value: 0.05 } }), d(1, 'sigmoid', { init: { name: 'constant', value: 0.05 } })], 'bce', opt('adam', 0.003), train(150, 32)));
add('vanishing-gradient.deep-sigmoid-days', spec('days-deep-sigmoid', 105, clm('days_to_settle', 'standard', st), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 32)));
add('nan-loss.raw-amount-relu-sgd', spec('amount-raw-relu-sgd', 106, clm('claim_amount'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.01), train(100, 32)));
add('nan-loss.days-raw-target-momentum', spec('days-raw-momentum', 107, clm('days_to_settle'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(100, 32)));
add('loss-plateau.log-amount-adam-decay-3', spec('log-amount-heavy-decay', 108, clm('log_amount', 'standard', st), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 3 }), train(100, 32)));
add('lr-too-high.attrition-sgd-lr-10', spec('attrition-sgd-10', 109, emp('attrition'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 10), train(100, 32)));
// written as lr-too-high; the loss is NaN within the first epoch, so filed as nan-loss
add('nan-loss.offer-sgd-lr-0-5', spec('offer-sgd-hot', 110, cand('offer', 'standard', st), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.5), train(100, 32)));
// written as oscillating-loss; the loss grows about 100x per epoch to NaN, so filed as lr-too-high
add('lr-too-high.days-full-batch-sgd-lr-1', spec('days-full-batch-sgd', 111, clm('days_to_settle', 'standard', st), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1.0), train(200, 400)));
add('oscillating-loss.tier-rmsprop-batch-8', spec('tier-rmsprop-batch8', 112, risk(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.05), train(100, 8)));
add('oscillating-loss.salary-momentum-0-98', spec('salary-momentum-098', 113, emp('next_salary', 'standard', st), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.98 }), train(100, 64)));
add('oscillating-loss.claim-adam-full-batch', spec('claim-adam-full-batch', 114, pol(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.2), train(150, 720)));
add('oscillating-loss.days-rmsprop-full-batch', spec('days-rmsprop-full-batch', 115, clm('days_to_settle', 'standard', st), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), train(150, 400)));
add('oscillating-loss.hired-momentum-0-99', spec('hired-momentum-099', 116, cand(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.99 }), train(100, 32)));
// written as oscillating-loss; the loss swings while climbing to 3800x the baseline, so filed as lr-too-high
add('lr-too-high.log-amount-momentum-0-99', spec('log-amount-momentum-099', 117, clm('log_amount', 'standard', st), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(100, 32)));
add('oscillating-loss.claim-momentum-0-99', spec('claim-momentum-099', 118, pol(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.99 }), train(100, 32)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, s] of Object.entries(C)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(C).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
