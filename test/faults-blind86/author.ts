/**
 * Writes every candidate spec of the eighty-sixth blind fault set into candidates/:
 * `npx tsx test/faults-blind86/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: extra.seed ?? 86, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const CASE_FEATURES = ['claim_usd', 'parties', 'motions_filed', 'expert_witnesses', 'jury_trial', 'judge_caseload'];
const duration = (extra: Json = {}): Json => ({ csv: '../data/cases.csv', target: 'duration_days', features: CASE_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const outcome = (extra: Json = {}): Json => ({ csv: '../data/cases.csv', target: 'outcome', features: CASE_FEATURES, normalize: 'standard', ...extra });
const SENT_FEATURES = ['age', 'offense_severity', 'prior_convictions', 'plea_deal', 'weapon', 'drug_grams'];
const sentence = (extra: Json = {}): Json => ({ csv: '../data/sentencing.csv', target: 'sentence_months', features: SENT_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const custody = (extra: Json = {}): Json => ({ csv: '../data/sentencing.csv', target: 'custody', features: SENT_FEATURES, normalize: 'standard', ...extra });
const APPEAL_FEATURES = ['trial_days', 'amount_in_controversy_usd', 'dissent_below', 'novel_issue', 'pro_se', 'judge_reversal_rate', 'brief_pages'];
const overturn = (extra: Json = {}): Json => ({ csv: '../data/appeals.csv', target: 'overturned', features: APPEAL_FEATURES, normalize: 'standard', ...extra });
const BACKLOG_FEATURES = ['judges', 'new_filings', 'clerks', 'remote_hearing_share', 'judicial_vacancies'];
const backlog = (extra: Json = {}): Json => ({ csv: '../data/backlog.csv', target: 'backlog_cases', features: BACKLOG_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const BILL_FEATURES = ['billable_hours', 'hourly_rate_usd', 'partner_share', 'associates', 'contingency', 'billed_usd'];
const realization = (extra: Json = {}): Json => ({ csv: '../data/billing.csv', target: 'realization_pct', features: BILL_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const risk = (extra: Json = {}): Json => ({ csv: '../data/billing.csv', target: 'collection_risk', features: BILL_FEATURES, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });

// ---------------------------------------------------------------- static faults
add('invalid-spec.activation-gelu', 'case-duration', duration(), [d(32, 'gelu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.loss-binary-crossentropy', 'appeal-overturned', overturn(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(60));
add('invalid-spec.layer-type-conv1d', 'collection-risk', risk(), [{ type: 'conv1d', units: 16, activation: 'relu' }, d(3, 'softmax')], 'cce', adam(0.005), tr(80));

add('data-error.csv-filename-case-data', 'case-duration', duration({ csv: '../data/case_data.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-claim-amount', 'case-duration-export', duration({ csv: '../data/cases-export-na.csv' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.feature-billable-hrs', 'realization-model', realization({ features: ['billable_hrs', 'hourly_rate_usd', 'partner_share', 'associates', 'contingency', 'billed_usd'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.docket-number-as-feature', 'case-outcome', outcome({ features: ['docket_no', ...CASE_FEATURES] }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));

add('shape-mismatch.outcome-head-three', 'case-outcome', outcome(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.custody-head-two', 'custody-type', custody(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.sentence-head-two-units', 'sentence-model', sentence(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.risk-softmax-four', 'collection-risk', risk(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', rms(0.003), tr(80));
add('shape-mismatch.overturned-two-sigmoid', 'appeal-overturned', overturn(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('loss-activation-mismatch.relu-head-bce-overturned', 'appeal-overturned', overturn(), [d(16, 'relu'), d(1, 'relu')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-duration', 'case-duration', duration(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.outcome-linear-head-cce', 'case-outcome', outcome(), [d(24, 'relu'), d(4, 'linear')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-single-unit-sentence', 'sentence-model', sentence(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-duration', 'case-duration', duration(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-tanh-outcome', 'case-outcome', outcome(), [d(24, 'tanh', init('constant', { value: 0.05 })), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-relu-backlog', 'backlog-model', backlog(), [d(16, 'relu', init('constant', { value: 0.1 })), d(16, 'relu', init('constant', { value: 0.1 })), d(1)], 'mse', mom(0.01), tr(100));
add('init-symmetry.zeros-elu-custody', 'custody-type', custody(), [d(32, 'elu', { init: 'zeros' }), d(16, 'elu', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));

add('init-scale.normal-std-three-duration', 'case-duration', duration(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-sentence', 'sentence-model', sentence(), [d(32, 'tanh', init('uniform', { limit: 0.0003 })), d(32, 'tanh', init('uniform', { limit: 0.0003 })), d(32, 'tanh', init('uniform', { limit: 0.0003 })), d(1)], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-five-risk', 'collection-risk', risk(), [d(64, 'relu', init('normal', { std: 5 })), d(64, 'relu', init('normal', { std: 5 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.normal-std-two-tanh-custody', 'custody-type', custody(), [d(48, 'tanh', init('normal', { std: 2 })), d(48, 'tanh', init('normal', { std: 2 })), d(48, 'tanh', init('normal', { std: 2 })), d(3, 'softmax')], 'cce', sgd(0.01), tr(80));

add('no-nonlinearity.activation-omitted-outcome', 'case-outcome', outcome(), [d(32), d(16), d(4, 'softmax')], 'cce', adam(0.005), tr(100));
add('no-nonlinearity.linear-hidden-risk', 'collection-risk', risk(), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', adam(0.005), tr(100));
add('no-nonlinearity.xor-conflict-check-linear', 'conflict-check', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.circles-venue-linear', 'venue-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));

add('lr-out-of-range.adam-ten', 'backlog-model', backlog(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(10), tr(80));
add('lr-out-of-range.sgd-lr-hundred', 'appeal-overturned', overturn(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(100), tr(60));
add('lr-out-of-range.rmsprop-three', 'custody-type', custody(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(3), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-sentence', 'sentence-model', sentence(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-amount-sgd', 'appeal-raw', overturn({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('dead-relu.rmsprop-high-backlog', 'backlog-model', backlog(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.bias-minus-five-custody', 'custody-type', custody(), [d(32, 'relu', { bias: -5 }), d(3, 'softmax')], 'cce', adam(0.002), tr(80));

add('exploding-gradient.raw-backlog-target', 'backlog-raw', backlog({ normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.raw-duration-raw-features', 'duration-raw', duration({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'sentence-model', sentence(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-billed-usd-adam', 'realization-raw', realization({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(80));
add('exploding-gradient.raw-duration-target', 'duration-raw-target', duration({ normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(60));

add('vanishing-gradient.deep-sigmoid-overturned', 'appeal-overturned', overturn(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-custody', 'custody-type', custody(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-realization', 'realization-model', realization(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));

add('nan-loss.sgd-raw-backlog', 'backlog-raw', backlog({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-batch-one-duration', 'case-duration', duration(), [d(16, 'relu'), d(1)], 'mse', sgd(0.3), tr(40, 1));
add('nan-loss.momentum-0.99-sentence', 'sentence-model', sentence(), [d(24, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(80, 16));
add('nan-loss.sgd-raw-sentence-months', 'sentence-raw', sentence({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-0.5-realization', 'realization-model', realization(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(80, 16));

add('lr-too-high.adam-0.1-outcome', 'case-outcome', outcome(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-custody', 'custody-type', custody(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-risk', 'collection-risk', risk(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.adam-0.1-risk', 'collection-risk', risk(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.sgd-2-custody-tanh', 'custody-type', custody(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', sgd(2), tr(80, 16));
add('lr-too-high.rmsprop-0.1-outcome', 'case-outcome', outcome(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.1), tr(80, 16));

add('lr-too-low.sgd-1e-5-duration', 'case-duration', duration(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-outcome', 'case-outcome', outcome(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-backlog', 'backlog-model', backlog(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-risk', 'collection-risk', risk(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-amounts', 'appeal-raw', overturn({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-claim-outcome', 'case-outcome-raw', outcome({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(80));
add('saturated-activation.tanh-raw-billed-risk', 'collection-risk-raw', risk({ normalize: 'none' }), [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-filings-backlog', 'backlog-raw-features', backlog({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-drug-grams', 'sentence-raw-features', sentence({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'docket-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-custody', 'custody-type', custody(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.defendant-id-and-hearing-ts-only', 'sentence-model', sentence({ features: ['defendant_id', 'hearing_ts'] }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.circuit-constant-only', 'appeal-overturned', overturn({ features: ['circuit'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('oscillating-loss.rmsprop-full-batch-duration', 'case-duration', duration(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 560));
add('oscillating-loss.rmsprop-full-batch-sentence', 'sentence-model', sentence(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 640));
add('oscillating-loss.rmsprop-full-batch-backlog', 'backlog-model', backlog(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 380));
add('oscillating-loss.rmsprop-full-batch-realization', 'realization-model', realization(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 420));
add('oscillating-loss.momentum-full-batch-sentence', 'sentence-model', sentence(), [d(24, 'tanh'), d(1)], 'mse', mom(0.3, 0.95), tr(100, 640));

// ---------------------------------------------------------------- healthy candidates
add('ok.duration-adam-relu', 'case-duration', duration(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.duration-rmsprop-elu-minmax', 'case-duration', duration({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.duration-momentum-tanh', 'case-duration', duration(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.duration-batchnorm-leaky-val', 'case-duration', duration(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.duration-clipnorm-sgd', 'case-duration', duration(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.outcome-adam-relu', 'case-outcome', outcome(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.outcome-rmsprop-tanh-dropout', 'case-outcome', outcome(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.outcome-nesterov-elu', 'case-outcome', outcome(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.sentence-adam-relu', 'sentence-model', sentence(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.sentence-sgd-batch-one', 'sentence-model', sentence(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.sentence-weight-decay-batchnorm-val', 'sentence-model', sentence(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.sentence-rmsprop-leaky-minmax', 'sentence-model', sentence({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.custody-adam-relu', 'custody-type', custody(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.custody-minmax-leaky', 'custody-type', custody({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.custody-momentum-tanh', 'custody-type', custody(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.custody-rmsprop-elu-val', 'custody-type', custody(), [d(24, 'elu'), d(3, 'softmax')], 'cce', rms(0.002, { weightDecay: 0.001 }), tr(80, 32, { validationSplit: 0.2 }));
add('ok.overturned-adam-relu', 'appeal-overturned', overturn(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.overturned-rmsprop-tanh', 'appeal-overturned', overturn(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.overturned-momentum-leaky-clip', 'appeal-overturned', overturn(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { clipNorm: 5 }), tr(120));
add('ok.overturned-dropout-val', 'appeal-overturned', overturn(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.002), tr(120, 64, { validationSplit: 0.2 }));
add('ok.backlog-adam-relu', 'backlog-model', backlog(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.backlog-rmsprop-elu', 'backlog-model', backlog(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.backlog-momentum-tanh', 'backlog-model', backlog(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.backlog-adam-batch-8-decay', 'backlog-model', backlog(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.realization-adam-relu', 'realization-model', realization(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.realization-rmsprop-tanh', 'realization-model', realization(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.realization-he-uniform-sgd', 'realization-model', realization(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.realization-nesterov-elu-val', 'realization-model', realization(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', mom(0.01, 0.9, { nesterov: true }), tr(150, 32, { validationSplit: 0.2 }));
add('ok.risk-adam-relu', 'collection-risk', risk(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.risk-momentum-elu', 'collection-risk', risk(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.risk-rmsprop-dropout', 'collection-risk', risk(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.risk-full-batch-adam', 'collection-risk', risk(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.02), tr(200, 420));
add('ok.iris-lecun-tanh-momentum', 'exhibit-sorting-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-jurisdiction-boundary', 'jurisdiction-boundary', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-venue-zone', 'venue-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-case-clusters', 'case-clusters', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-seasonal-filings', 'seasonal-filings', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-conflict-check', 'conflict-check', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.inline-rate-card-pilot', 'rate-card-pilot', { inline: { x: [[2, 1], [4, 1], [6, 1], [8, 1], [10, 1], [2, 3], [4, 3], [6, 3], [8, 3], [10, 3], [3, 2], [9, 2]], y: [210, 260, 320, 370, 430, 300, 350, 410, 470, 520, 280, 440] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.spirals-docket-routing', 'docket-routing', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));

// ---------------------------------------------------------------- second round (after the first observation)
add('init-symmetry.constant-all-layers-realization', 'realization-model', realization(), [d(24, 'relu', init('constant', { value: 0.1 })), d(12, 'relu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', mom(0.01), tr(100));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
