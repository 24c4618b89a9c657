/**
 * Writes every candidate spec of test/faults-blind49 into candidates/ (theme: finance, banking and
 * insurance): `npx tsx test/faults-blind49/author.ts`. Faulty candidates are named
 * `<code>.<slug>.nn.json` after the fault they were written for, healthy ones `ok.<slug>.nn.json`;
 * write-manifest.py files them by what the bare engine did (observed.txt, observed-curves.txt).
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Obj = Record<string, unknown>;
const specs: Record<string, Obj> = {};
function add(name: string, spec: Obj): void {
  if (specs[name]) throw new Error(`duplicate ${name}`);
  specs[name] = { name: name.replace(/^[^.]+\./, ''), ...spec };
}
/** Raw text for the specs whose fault is in the JSON itself. */
const raw: Record<string, string> = {};

// ---------- data sources ----------
const LOAN_X = ['income', 'loan_amount', 'term_months', 'dti', 'credit_history_years'];
const FRAUD_X = ['amount', 'hour', 'merch_grocery', 'merch_fuel', 'merch_online', 'merch_travel', 'distance_km'];
const CLAIM_X = ['driver_age', 'vehicle_value', 'annual_km', 'prior_claims', 'region_risk'];
const CREDIT_X = ['utilization', 'late_payments', 'account_age_years', 'num_accounts', 'income'];
const MORT_X = ['ltv', 'credit_score', 'loan_amount', 'term_years', 'property_value', 'dti'];
const SEG_X = ['checking_balance', 'savings_balance', 'monthly_txn_count', 'card_spend', 'age', 'num_products'];
const SEG_Y = ['seg_mass', 'seg_affluent', 'seg_private', 'seg_business'];
const FX_X = ['rate_diff', 'inflation_diff', 'gdp_growth_diff', 'trade_balance_bn'];
const RET_X = ['ret_lag1', 'ret_lag2', 'ret_lag3', 'ret_lag4', 'ret_lag5', 'volume_chg'];

const csv = (file: string, target: string | string[], features: string[] | undefined, normalize = 'standard'): Obj =>
  features ? { csv: `../data/${file}`, target, features, normalize } : { csv: `../data/${file}`, target, normalize };
const loans = (n = 'standard') => csv('loans.csv', 'default', LOAN_X, n);
const fraud = (n = 'standard') => csv('fraud.csv', 'fraud', FRAUD_X, n);
const claims = (n = 'standard', target = 'log_claim') => csv('claims.csv', target, CLAIM_X, n);
const credit = (n = 'standard', target = 'band') => csv('credit_bands.csv', target, CREDIT_X, n);
const mortgage = (n = 'standard') => csv('mortgage_rates.csv', 'rate', MORT_X, n);
const segments = (n = 'standard', target: string | string[] = 'segment') => csv('segments.csv', target, SEG_X, n);
const fx = (n = 'standard') => csv('fx.csv', 'fx_change', FX_X, n);
const returns = (n = 'standard') => csv('index_returns.csv', 'next_ret', RET_X, n);

const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

// ======================= healthy candidates =======================
add('ok.loans-adam-relu', { seed: 7, data: loans(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(150) });
add('ok.loans-sgd-momentum-tanh', { seed: 3, data: loans(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(150) });
add('ok.loans-rmsprop-dropout-val', { seed: 11, data: loans(), layers: [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: train(120, 32, { validationSplit: 0.2 }) });
add('ok.loans-batchnorm-minmax', { seed: 5, data: loans('minmax'), layers: [d(24, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(100, 64) });
add('ok.loans-elu-weightdecay', { seed: 2, data: loans(), layers: [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: train(120) });
add('ok.loans-large-batch-adam', { seed: 9, data: loans(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(200, 200) });
add('ok.loans-plain-sgd-small-batch', { seed: 4, data: loans(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: train(150, 16) });
add('ok.fraud-adam-relu', { seed: 1, data: fraud(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(100, 64) });
add('ok.fraud-leaky-rmsprop', { seed: 6, data: fraud(), layers: [d(24, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: train(100) });
add('ok.fraud-sgd-nesterov-tanh', { seed: 8, data: fraud(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: train(120) });
add('ok.claims-log-adam', { seed: 12, data: claims(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150) });
add('ok.claims-log-sgd-clip', { seed: 13, data: claims(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, clipNorm: 5 }), training: train(150) });
add('ok.claims-log-rmsprop-bn', { seed: 14, data: claims(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.1), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: train(120) });
add('ok.credit-adam-relu', { seed: 15, data: credit(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(150) });
add('ok.credit-sgd-tanh', { seed: 16, data: credit(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(200) });
add('ok.credit-rmsprop-elu-val', { seed: 17, data: credit(), layers: [d(24, 'elu'), d(12, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: train(150, 32, { validationSplit: 0.2 }) });
add('ok.credit-int-target-minmax', { seed: 18, data: credit('minmax', 'band_idx'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150) });
add('ok.mortgage-adam-relu', { seed: 19, data: mortgage(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200) });
add('ok.mortgage-sgd-momentum-tanh', { seed: 20, data: mortgage(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(200) });
add('ok.mortgage-rmsprop-wd-elu', { seed: 21, data: mortgage(), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002, { weightDecay: 1e-4 }), training: train(150) });
add('ok.mortgage-batchnorm-adam', { seed: 22, data: mortgage(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(150, 64) });
add('ok.mortgage-minmax-leaky', { seed: 23, data: mortgage('minmax'), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200) });
add('ok.segments-adam-string-target', { seed: 24, data: segments(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(100) });
add('ok.segments-onehot-rmsprop-tanh', { seed: 25, data: segments('standard', SEG_Y), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: train(100) });
add('ok.segments-sgd-momentum', { seed: 26, data: segments(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(100) });
add('ok.segments-bn-dropout', { seed: 27, data: segments(), layers: [d(64, 'relu', { batchNorm: true }), drop(0.3), d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: train(80) });
add('ok.segments-three-features', { seed: 28, data: csv('segments.csv', 'segment', ['checking_balance', 'savings_balance', 'monthly_txn_count'], 'standard'), layers: [d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: train(120) });
add('ok.fx-adam-tanh', { seed: 29, data: fx(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(200) });
add('ok.fx-sgd-relu', { seed: 30, data: fx(), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.5 }), training: train(300) });
add('ok.fx-rmsprop-raw-elu', { seed: 31, data: csv('fx.csv', 'fx_change', ['rate_diff', 'inflation_diff', 'gdp_growth_diff'], 'none'), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: train(200) });
add('ok.fx-batchnorm-dropout', { seed: 32, data: fx(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.1), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150) });
add('ok.blobs-four-segments', { seed: 33, data: { builtin: 'blobs', classes: 4, samples: 400 }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(100) });
add('ok.blobs-three-sgd-tanh', { seed: 34, data: { builtin: 'blobs', classes: 3, samples: 300, noise: 0.2 }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: train(100) });
add('ok.moons-fraud-toy', { seed: 35, data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(200) });
add('ok.circles-rmsprop-tanh', { seed: 36, data: { builtin: 'circles', noise: 0.05 }, layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: train(200) });
add('ok.inline-approvals', {
  seed: 37,
  data: {
    inline: {
      // income (thousands), debt-to-income -> approved
      x: [[25, 0.52], [31, 0.44], [38, 0.47], [42, 0.35], [45, 0.61], [48, 0.22], [52, 0.41], [55, 0.18], [58, 0.55], [61, 0.29],
        [64, 0.12], [67, 0.49], [70, 0.33], [74, 0.25], [78, 0.58], [82, 0.15], [86, 0.38], [90, 0.21], [95, 0.45], [99, 0.1],
        [105, 0.31], [112, 0.62], [120, 0.27], [135, 0.19]],
      y: [0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1],
    },
    normalize: 'standard',
  },
  layers: [d(8, 'tanh'), d(1, 'sigmoid')],
  loss: 'bce',
  optimizer: opt('adam', 0.02),
  training: train(300, 8),
});
add('ok.returns-small-mlp', { seed: 38, data: returns(), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: train(50) });

// ======================= faulty candidates =======================
// --- invalid-spec (static) ---
add('invalid-spec.optimizer-adamw', { seed: 40, data: loans(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001, { weightDecay: 0.01 }), training: train(100) });
add('invalid-spec.keras-loss-name', { seed: 41, data: fraud(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('adam', 0.001), training: train(100) });
add('invalid-spec.batch-size-snake-case', { seed: 42, data: credit(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: { epochs: 100, batch_size: 64 } });
add('invalid-spec.adam-beta1', { seed: 43, data: mortgage(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001, { beta1: 0.95 }), training: train(150) });

// --- data-error (static) ---
add('data-error.target-defaulted', { seed: 44, data: csv('loans.csv', 'defaulted', LOAN_X), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(100) });
add('data-error.csv-path-typo', { seed: 45, data: csv('mortgage_rate.csv', 'rate', MORT_X), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150) });
add('data-error.bank-export-dates-na', { seed: 46, data: csv('loans-export.csv', 'default', ['application_date', ...LOAN_X]), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(100) });
add('data-error.quarter-extract-two-rows', { seed: 47, data: csv('loans-q1.csv', 'default', LOAN_X), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(100) });
add('data-error.feature-renamed', { seed: 48, data: csv('segments.csv', 'segment', ['balance_checking', 'savings_balance', 'monthly_txn_count', 'card_spend']), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(100) });

// --- shape-mismatch (static) ---
add('shape-mismatch.three-units-four-bands', { seed: 49, data: credit(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(150) });
add('shape-mismatch.two-sigmoid-units-default', { seed: 50, data: loans(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(100) });
add('shape-mismatch.five-units-four-segments', { seed: 51, data: segments('standard', SEG_Y), layers: [d(24, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(100) });
add('shape-mismatch.rate-and-apr-one-output', { seed: 52, data: csv('mortgage_rates.csv', ['rate', 'term_years'], ['ltv', 'credit_score', 'loan_amount', 'property_value', 'dti']), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150) });

// --- loss-activation-mismatch (static) ---
add('loss-activation-mismatch.fraud-linear-output-bce', { seed: 53, data: fraud(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(100, 64) });
add('loss-activation-mismatch.segments-softmax-mse', { seed: 54, data: segments('standard', SEG_Y), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: train(100) });
add('loss-activation-mismatch.mortgage-rate-sigmoid', { seed: 55, data: mortgage(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150) });
add('loss-activation-mismatch.bands-sigmoid-cce', { seed: 56, data: credit(), layers: [d(32, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(150) });

// --- init-symmetry (static) ---
add('init-symmetry.loans-zeros-hidden', { seed: 57, data: loans(), layers: [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(100) });
add('init-symmetry.fraud-constant-tanh', { seed: 58, data: fraud(), layers: [d(32, 'tanh', { init: 'constant', value: 0.01 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: train(100) });
add('init-symmetry.fx-zeros-tanh', { seed: 59, data: fx(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(200) });

// --- init-scale (static) ---
add('init-scale.bands-randn-std1-wide', { seed: 60, data: credit(), layers: [d(128, 'tanh', { init: 'normal', std: 1 }), d(64, 'tanh', { init: 'normal', std: 1 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001), training: train(100) });
add('init-scale.mortgage-uniform-tiny-deep', { seed: 61, data: mortgage(), layers: [d(64, 'relu', { init: 'uniform', limit: 1e-4 }), d(64, 'relu', { init: 'uniform', limit: 1e-4 }), d(64, 'relu', { init: 'uniform', limit: 1e-4 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(150) });
add('init-scale.segments-normal-std3', { seed: 62, data: segments(), layers: [d(64, 'relu', { init: 'normal', std: 3 }), d(32, 'relu', { init: 'normal', std: 3 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001), training: train(100) });

// --- no-nonlinearity (static) ---
add('no-nonlinearity.loans-forgot-activation', { seed: 63, data: loans(), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(120) });
add('no-nonlinearity.bands-linear-hidden', { seed: 64, data: credit(), layers: [d(24, 'linear'), d(12, 'linear'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: train(150) });
add('no-nonlinearity.claims-linear-stack', { seed: 65, data: claims(), layers: [d(32, 'linear', { batchNorm: true }), d(32, 'linear'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150) });

// --- lr-out-of-range (static) ---
add('lr-out-of-range.adam-lr-3', { seed: 66, data: credit(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 3), training: train(100) });
add('lr-out-of-range.sgd-lr-50-basis-points', { seed: 67, data: mortgage(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 50), training: train(100) });
add('lr-out-of-range.rmsprop-1e-9', { seed: 68, data: fx(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-9), training: train(200) });

// --- dead-relu ---
add('dead-relu.negative-bias-minmax', { seed: 69, data: credit('minmax'), layers: [d(32, 'relu', { bias: -2 }), d(16, 'relu', { bias: -2 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(100) });
add('dead-relu.loans-adam-lr-0.1', { seed: 70, data: loans(), layers: [d(64, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.1), training: train(100) });
add('dead-relu.fraud-sgd-lr-1', { seed: 71, data: fraud(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1), training: train(100) });
add('dead-relu.segments-raw-balances', { seed: 72, data: segments('none'), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.001), training: train(60) });

// --- exploding-gradient ---
add('exploding-gradient.claims-raw-amount-target', { seed: 73, data: claims('standard', 'claim_amount'), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: train(100) });
add('exploding-gradient.mortgage-raw-features-clipped', { seed: 74, data: mortgage('none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { clipNorm: 1 }), training: train(100) });
add('exploding-gradient.segments-deep-std-0.5', { seed: 75, data: segments(), layers: [0, 1, 2, 3, 4].map(() => d(64, 'relu', { init: 'normal', std: 0.5 })).concat([d(4, 'softmax')]), loss: 'cce', optimizer: opt('sgd', 0.01), training: train(60) });

// --- vanishing-gradient ---
add('vanishing-gradient.bands-deep-sigmoid', { seed: 76, data: credit(), layers: [0, 1, 2, 3, 4, 5].map(() => d(32, 'sigmoid')).concat([d(4, 'softmax')]), loss: 'cce', optimizer: opt('sgd', 0.01), training: train(100) });
add('vanishing-gradient.loans-deep-sigmoid-momentum', { seed: 77, data: loans(), layers: [0, 1, 2, 3, 4].map(() => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(100) });
add('vanishing-gradient.fx-tanh-tiny-init-deep', { seed: 78, data: fx(), layers: [0, 1, 2, 3, 4].map(() => d(32, 'tanh', { init: 'normal', std: 0.01 })).concat([d(1)]), loss: 'mse', optimizer: opt('sgd', 0.01), training: train(150) });

// --- nan-loss ---
add('nan-loss.mortgage-raw-sgd', { seed: 79, data: mortgage('none'), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: train(100) });
add('nan-loss.claims-raw-amounts-sgd', { seed: 80, data: claims('none', 'claim_amount'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: train(100) });
add('nan-loss.loans-ids-and-dates-left-in', { seed: 81, data: csv('loans.csv', 'default', undefined, 'none'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: train(100) });

// --- lr-too-high ---
add('lr-too-high.loans-sgd-lr-2', { seed: 82, data: loans(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 2), training: train(100) });
add('lr-too-high.mortgage-adam-0.3', { seed: 83, data: mortgage(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.3), training: train(150) });
add('lr-too-high.segments-rmsprop-0.1', { seed: 84, data: segments(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.1), training: train(100) });

// --- lr-too-low ---
add('lr-too-low.loans-sgd-1e-5', { seed: 85, data: loans(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: train(100) });
add('lr-too-low.bands-adam-1e-6', { seed: 86, data: credit(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: train(100) });
add('lr-too-low.fx-rmsprop-2e-6', { seed: 87, data: fx(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 2e-6), training: train(150) });

// --- saturated-activation ---
add('saturated-activation.loans-raw-tanh', { seed: 88, data: loans('none'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: train(100) });
add('saturated-activation.bands-raw-sigmoid', { seed: 89, data: credit('none'), layers: [d(16, 'sigmoid'), d(8, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(100) });
add('saturated-activation.mortgage-raw-tanh-rmsprop', { seed: 90, data: mortgage('none'), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: train(100) });

// --- loss-plateau ---
add('loss-plateau.features-id-and-date', { seed: 91, data: csv('loans.csv', 'default', ['loan_id', 'application_date']), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(100) });
add('loss-plateau.bands-weight-decay-0.5', { seed: 92, data: credit(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001, { weightDecay: 0.5 }), training: train(100) });
add('loss-plateau.claims-sgd-weight-decay-1', { seed: 93, data: claims(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { weightDecay: 1 }), training: train(100) });
add('loss-plateau.segments-id-only', { seed: 94, data: csv('segments.csv', 'segment', ['customer_id', 'age']), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(100) });

// --- oscillating-loss ---
add('oscillating-loss.loans-momentum-0.99', { seed: 95, data: loans(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.99 }), training: train(100) });
add('oscillating-loss.mortgage-sgd-batch-8', { seed: 96, data: mortgage(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: train(100, 8) });
add('oscillating-loss.fx-adam-batch-4', { seed: 97, data: fx(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: train(100, 4) });
add('oscillating-loss.segments-rmsprop-no-shuffle', { seed: 98, data: segments(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.02), training: train(100, 16, { shuffle: false }) });


// ======================= second round =======================
// Written after the first observe run: variants of the healthy specs whose hidden tanh layers came out
// saturated, and more candidates for the codes whose first versions were unclear (lr-too-high,
// oscillating-loss, nan-loss, exploding-gradient, loss-plateau). Named after the fault each was written
// for; write-manifest.py files each by what the engine did.
add('ok.circles-tanh-two-layers-short', { seed: 36, data: { builtin: 'circles', noise: 0.05 }, layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: train(100) });
add('ok.circles-rmsprop-tanh-noisy', { seed: 36, data: { builtin: 'circles', noise: 0.1 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: train(150) });
add('ok.claims-log-sgd-half-lr', { seed: 13, data: claims(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005, { momentum: 0.9, clipNorm: 5 }), training: train(150) });
add('ok.claims-log-sgd-minmax-clip', { seed: 13, data: claims('minmax'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, clipNorm: 5 }), training: train(150) });
add('ok.credit-sgd-tanh-lr-0.02', { seed: 16, data: credit(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: train(150) });
add('ok.inline-approvals-short', { seed: 37, data: specs['ok.inline-approvals'].data as Obj, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(150, 8) });
add('lr-too-high.loans-sgd-lr-8', { seed: 82, data: loans(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 8), training: train(100) });
add('lr-too-high.segments-rmsprop-0.5', { seed: 84, data: segments(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.5), training: train(100) });
add('lr-too-high.fx-sgd-0.3', { seed: 84, data: fx(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3), training: train(100) });
add('lr-too-high.bands-adam-0.5', { seed: 84, data: credit(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.5), training: train(100) });
add('lr-too-high.claims-rmsprop-0.2', { seed: 84, data: claims(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: train(100) });
add('oscillating-loss.fx-fullbatch-momentum-0.99', { seed: 97, data: fx(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: train(150, 480) });
add('oscillating-loss.mortgage-fullbatch-momentum-0.99', { seed: 96, data: mortgage(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.99 }), training: train(150, 600) });
add('oscillating-loss.loans-sgd-0.5-momentum-0.99', { seed: 95, data: loans(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5, { momentum: 0.99 }), training: train(100) });
add('oscillating-loss.bands-sgd-1-momentum-0.9', { seed: 95, data: credit(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1, { momentum: 0.9 }), training: train(100) });
add('oscillating-loss.mortgage-rmsprop-0.05-batch-16', { seed: 96, data: mortgage(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(100, 16) });
add('oscillating-loss.fx-adam-0.1-batch-8', { seed: 97, data: fx(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.1), training: train(100, 8) });
add('nan-loss.claims-amount-target-sgd', { seed: 80, data: claims('standard', 'claim_amount'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: train(100) });
add('nan-loss.mortgage-property-value-target', { seed: 80, data: csv('mortgage_rates.csv', 'property_value', ['ltv', 'credit_score', 'term_years', 'dti', 'rate']), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: train(100) });
add('nan-loss.fx-raw-sgd-0.5', { seed: 80, data: fx('none'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.5), training: train(100) });
add('nan-loss.claims-raw-tanh-momentum', { seed: 80, data: claims('none', 'claim_k'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(100) });
add('exploding-gradient.mortgage-loan-amount-target', { seed: 75, data: csv('mortgage_rates.csv', 'loan_amount', ['ltv', 'credit_score', 'term_years', 'dti', 'rate']), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: train(100) });
add('exploding-gradient.segments-deep-std-1', { seed: 75, data: segments(), layers: [0, 1, 2, 3, 4].map(() => d(64, 'relu', { init: 'normal', std: 1 })).concat([d(4, 'softmax')]), loss: 'cce', optimizer: opt('adam', 0.001), training: train(60) });
add('exploding-gradient.fx-raw-trade-balance', { seed: 75, data: fx('none'), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001, { clipNorm: 1 }), training: train(100) });
add('loss-plateau.claims-adam-weight-decay-3', { seed: 93, data: claims(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 3 }), training: train(100) });
add('loss-plateau.fx-adam-weight-decay-1', { seed: 93, data: fx(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 1 }), training: train(100) });
add('loss-plateau.claims-sgd-weight-decay-1-slow', { seed: 93, data: claims(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { weightDecay: 1 }), training: train(100) });

add('oscillating-loss.bands-fullbatch-momentum-0.99', { seed: 99, data: credit(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.2, { momentum: 0.99 }), training: train(150, 600) });
add('oscillating-loss.claims-fullbatch-momentum-0.95', { seed: 99, data: claims(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.95 }), training: train(150, 700) });
add('oscillating-loss.loans-fullbatch-adam-0.2', { seed: 99, data: loans(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.2), training: train(150, 800) });
add('oscillating-loss.segments-fullbatch-momentum-0.99', { seed: 99, data: segments(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.99 }), training: train(150, 900) });
add('oscillating-loss.fx-fullbatch-rmsprop-0.05', { seed: 99, data: fx(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(150, 480) });
add('ok.segments-onehot-rmsprop-tanh-slow', { seed: 25, data: segments('standard', SEG_Y), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: train(100) });
add('oscillating-loss.bands-fullbatch-sgd-1-momentum-0.99', { seed: 99, data: credit(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1, { momentum: 0.99 }), training: train(150, 600) });
add('oscillating-loss.fx-fullbatch-momentum-0.995', { seed: 99, data: fx(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.995 }), training: train(150, 480) });
add('oscillating-loss.claims-fullbatch-momentum-0.99', { seed: 99, data: claims(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.99 }), training: train(150, 700) });
add('oscillating-loss.loans-fullbatch-sgd-1-momentum-0.99', { seed: 99, data: loans(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1, { momentum: 0.99 }), training: train(150, 800) });
add('oscillating-loss.mortgage-tanh-batch-200-momentum-0.99', { seed: 99, data: mortgage(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.99 }), training: train(150, 200) });
for (const [name, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
for (const [name, text] of Object.entries(raw)) fs.writeFileSync(path.join(OUT, `${name}.nn.json`), text);
console.log(`${Object.keys(specs).length + Object.keys(raw).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
