/**
 * Writes every candidate spec of the eighty-fourth blind fault set into candidates/:
 * `npx tsx test/faults-blind84/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: extra.seed ?? 84, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const PREC_FEATURES = ['registered_voters', 'median_income', 'pct_college', 'pct_over_65', 'urban', 'polling_places', 'early_vote_days'];
const turnout = (extra: Json = {}): Json => ({ csv: '../data/precincts.csv', target: 'turnout', features: PREC_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const party = (extra: Json = {}): Json => ({ csv: '../data/precincts.csv', target: 'leading_party', features: PREC_FEATURES, normalize: 'standard', ...extra });
const SURVEY_FEATURES = ['age', 'income_bracket', 'econ_likert', 'trust_likert', 'immigration_likert', 'interest_likert'];
const vote = (extra: Json = {}): Json => ({ csv: '../data/survey.csv', target: 'vote_choice', features: SURVEY_FEATURES, normalize: 'standard', ...extra });
const approval = (extra: Json = {}): Json => ({ csv: '../data/survey.csv', target: 'approval', features: SURVEY_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const CONTEST_FEATURES = ['margin_pct', 'ballots_cast', 'provisional_ballots', 'hand_count', 'litigation'];
const recount = (extra: Json = {}): Json => ({ csv: '../data/contests.csv', target: 'recount', features: CONTEST_FEATURES, normalize: 'standard', ...extra });
const POLL_FEATURES = ['sample_size', 'days_to_election', 'online_panel', 'house_effect', 'raked'];
const pollErr = (extra: Json = {}): Json => ({ csv: '../data/polls.csv', target: 'abs_error_pts', features: POLL_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const CAMP_FEATURES = ['spend_usd', 'opponent_spend_usd', 'incumbent', 'partisan_lean', 'ad_spots'];
const share = (extra: Json = {}): Json => ({ csv: '../data/campaigns.csv', target: 'vote_share', features: CAMP_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const rating = (extra: Json = {}): Json => ({ csv: '../data/campaigns.csv', target: 'rating', features: CAMP_FEATURES, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });

// ---------------------------------------------------------------- static faults
add('invalid-spec.activation-keras-spelling', 'turnout-model', turnout(), [d(16, 'ReLU'), d(8, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.loss-categorical-crossentropy', 'vote-intention', vote(), [d(24, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', adam(0.005), tr(80));
add('invalid-spec.epochs-string', 'recount-flag', recount(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), { epochs: '60', batchSize: 32 });
add('invalid-spec.optimizer-adamw', 'poll-error', pollErr(), [d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.003 }, tr(80));
add('invalid-spec.dropout-rate-percent', 'race-rating', rating(), [d(32, 'relu'), drop(20), d(3, 'softmax')], 'cce', adam(0.005), tr(80));

add('data-error.csv-filename-precinct-results', 'turnout-model', turnout({ csv: '../data/precinct_results.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-median-income', 'turnout-model-export', turnout({ csv: '../data/precincts-export-na.csv' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.target-vote-choice-typo', 'vote-intention', vote({ target: 'vote_intent' }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('data-error.feature-weight-column-name', 'recount-flag', recount({ features: ['margin_pct', 'ballots_cast', 'provisional', 'hand_count', 'litigation'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('shape-mismatch.party-head-two', 'leading-party', party(), [d(24, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.vote-choice-three', 'vote-intention', vote(), [d(24, 'relu'), d(12, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.share-head-two-units', 'vote-share', share(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.rating-softmax-four', 'race-rating', rating(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', rms(0.003), tr(80));

add('loss-activation-mismatch.softmax-mse-vote', 'vote-intention', vote(), [d(24, 'relu'), d(4, 'softmax')], 'mse', adam(0.005), tr(80));
add('loss-activation-mismatch.relu-head-bce-recount', 'recount-flag', recount(), [d(16, 'relu'), d(1, 'relu')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-turnout', 'turnout-model', turnout(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.party-linear-head-cce', 'leading-party', party(), [d(24, 'relu'), d(3, 'linear')], 'cce', adam(0.005), tr(80));

add('init-symmetry.zeros-turnout', 'turnout-model', turnout(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-tanh-vote', 'vote-intention', vote(), [d(24, 'tanh', init('constant', { value: 0.05 })), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-relu-poll-error', 'poll-error', pollErr(), [d(16, 'relu', init('constant', { value: 0.1 })), d(16, 'relu', init('constant', { value: 0.1 })), d(1)], 'mse', mom(0.01), tr(100));

add('init-scale.normal-std-three-turnout', 'turnout-model', turnout(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-approval', 'approval-model', approval(), [d(32, 'tanh', init('uniform', { limit: 0.0003 })), d(32, 'tanh', init('uniform', { limit: 0.0003 })), d(32, 'tanh', init('uniform', { limit: 0.0003 })), d(1)], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-four-rating', 'race-rating', rating(), [d(64, 'relu', init('normal', { std: 4 })), d(64, 'relu', init('normal', { std: 4 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));

add('no-nonlinearity.activation-omitted-turnout', 'turnout-model', turnout(), [d(32), d(16), d(1)], 'mse', adam(0.003), tr(100));
add('no-nonlinearity.linear-hidden-vote', 'vote-intention', vote(), [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], 'cce', adam(0.005), tr(100));
add('no-nonlinearity.moons-districts-linear', 'district-boundary', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.xor-swing-linear', 'swing-xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));

add('lr-out-of-range.adam-five', 'poll-error', pollErr(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(5), tr(80));
add('lr-out-of-range.sgd-lr-fifty', 'recount-flag', recount(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(50), tr(60));
add('lr-out-of-range.rmsprop-two', 'leading-party', party(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(2), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-approval', 'approval-model', approval(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-ballots-sgd', 'recount-raw', recount({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('dead-relu.bias-minus-three-turnout', 'turnout-model', turnout(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(1)], 'mse', rms(0.001), tr(80));
add('dead-relu.rmsprop-high-poll-error', 'poll-error', pollErr(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.raw-spend-adam', 'vote-share-raw-spend', share({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(80));

add('exploding-gradient.raw-turnout-raw-target', 'turnout-raw', turnout({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.raw-vote-share-target', 'vote-share-raw', share({ normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'approval-model', approval(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-approval-sgd-clip-none', 'approval-raw', approval({ normalizeTarget: 'none' }), [d(24, 'tanh'), d(1)], 'mse', rms(0.001), tr(60));

add('vanishing-gradient.six-sigmoid-turnout', 'turnout-model', turnout(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(80));
add('vanishing-gradient.deep-sigmoid-recount', 'recount-flag', recount(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-vote', 'vote-intention', vote(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.02), tr(80));

add('nan-loss.sgd-raw-turnout', 'turnout-raw', turnout({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-raw-spend-features', 'vote-share-raw-spend', share({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), tr(60));
add('nan-loss.momentum-raw-registered', 'turnout-raw', turnout({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(60));

add('lr-too-high.adam-0.1-vote', 'vote-intention', vote(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-rating', 'race-rating', rating(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.adam-0.1-party', 'leading-party', party(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.sgd-0.3-approval', 'approval-model', approval(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.3), tr(80, 16));
add('lr-too-high.momentum-0.3-vote', 'vote-intention', vote(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.3, 0.9), tr(80, 16));

add('lr-too-low.sgd-1e-5-turnout', 'turnout-model', turnout(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-vote', 'vote-intention', vote(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-poll-error', 'poll-error', pollErr(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-rating', 'race-rating', rating(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-ballots', 'recount-raw', recount({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-income', 'leading-party-raw', party({ normalize: 'none' }), [d(24, 'tanh'), d(3, 'softmax')], 'cce', rms(0.002), tr(80));
add('saturated-activation.tanh-raw-spend', 'race-rating-raw', rating({ normalize: 'none' }), [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-registered-turnout', 'turnout-raw-features', turnout({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-sample-size', 'poll-error-raw', pollErr({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));

add('loss-plateau.id-and-timestamp-only', 'vote-intention', vote({ features: ['respondent_id', 'interview_ts'] }), [d(24, 'relu'), d(12, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('loss-plateau.spirals-one-unit-bottleneck', 'canvass-route', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-party', 'leading-party', party(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.fips-and-cycle-only', 'turnout-model', turnout({ features: ['precinct_id', 'county_fips'] }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.weight-decay-half-poll', 'poll-error', pollErr(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.5 }), tr(80));

add('oscillating-loss.rmsprop-full-batch-turnout', 'turnout-model', turnout(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 520));
add('oscillating-loss.rmsprop-full-batch-approval', 'approval-model', approval(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 640));
add('oscillating-loss.rmsprop-full-batch-poll-error', 'poll-error', pollErr(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 380));
add('oscillating-loss.rmsprop-full-batch-share', 'vote-share', share(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 420));
add('oscillating-loss.momentum-full-batch-approval', 'approval-model', approval(), [d(24, 'tanh'), d(1)], 'mse', mom(0.3, 0.95), tr(100, 640));
add('oscillating-loss.adam-full-batch-vote', 'vote-intention', vote(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(100, 640));

// ---------------------------------------------------------------- healthy candidates
add('ok.turnout-adam-relu', 'turnout-model', turnout(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.turnout-rmsprop-elu-minmax', 'turnout-model', turnout({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.turnout-momentum-tanh', 'turnout-model', turnout(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.turnout-batchnorm-leaky-val', 'turnout-model', turnout(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.turnout-clipnorm-sgd', 'turnout-model', turnout(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.party-adam-relu', 'leading-party', party(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.party-rmsprop-tanh-dropout', 'leading-party', party(), [d(48, 'tanh'), drop(0.1), d(3, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.party-momentum-nesterov-elu', 'leading-party', party(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.vote-adam-relu', 'vote-intention', vote(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.vote-rmsprop-elu-val', 'vote-intention', vote(), [d(16, 'elu'), d(4, 'softmax')], 'cce', rms(0.002, { weightDecay: 0.001 }), tr(60, 32, { validationSplit: 0.2 }));
add('ok.vote-minmax-leaky', 'vote-intention', vote({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.vote-momentum-tanh', 'vote-intention', vote(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.approval-adam-relu', 'approval-model', approval(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.approval-sgd-batch-one', 'approval-model', approval(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.approval-weight-decay-batchnorm', 'approval-model', approval(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.recount-adam-relu', 'recount-flag', recount(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.recount-rmsprop-tanh', 'recount-flag', recount(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.recount-momentum-leaky-clip', 'recount-flag', recount(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { clipNorm: 5 }), tr(120));
add('ok.recount-dropout-val', 'recount-flag', recount(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.002), tr(120, 64, { validationSplit: 0.2 }));
add('ok.poll-error-adam-relu', 'poll-error', pollErr(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.poll-error-rmsprop-elu', 'poll-error', pollErr(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.poll-error-momentum-tanh', 'poll-error', pollErr(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.poll-error-minmax-sgd-full-batch', 'poll-error', pollErr({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.1, 0.9), tr(300, 380));
add('ok.share-adam-relu', 'vote-share', share(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.share-rmsprop-tanh', 'vote-share', share(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.share-he-uniform-sgd', 'vote-share', share(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.rating-adam-relu', 'race-rating', rating(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.rating-momentum-elu', 'race-rating', rating(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.rating-rmsprop-dropout', 'race-rating', rating(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.iris-adam', 'species-demo', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-lecun-tanh-momentum', 'species-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-district-boundary', 'district-boundary', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-urban-core', 'urban-core', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-voter-segments', 'voter-segments', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-approval-cycle', 'approval-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-split-ticket', 'split-ticket', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.inline-exit-poll-pilot', 'exit-poll-pilot', { inline: { x: [[1, 2], [2, 2], [3, 2], [4, 2], [5, 2], [1, 4], [2, 4], [3, 4], [4, 4], [5, 4], [1, 5], [5, 5]], y: [31, 38, 47, 55, 62, 35, 43, 51, 58, 66, 37, 69] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.party-full-batch-adam', 'leading-party', party(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.02), tr(200, 520));

// ---------------------------------------------------------------- second round (after the first observation)
add('nan-loss.sgd-batch-one-turnout', 'turnout-model', turnout(), [d(16, 'relu'), d(1)], 'mse', sgd(0.3), tr(40, 1));
add('nan-loss.sgd-raw-share-target', 'vote-share-raw', share({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));
add('nan-loss.momentum-0.99-poll-error', 'poll-error', pollErr(), [d(24, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(80, 16));
add('loss-activation-mismatch.tanh-head-bce-recount', 'recount-flag', recount(), [d(16, 'relu'), d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));
add('lr-too-high.adam-0.1-rating', 'race-rating', rating(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.rmsprop-0.05-vote', 'vote-intention', vote(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.05), tr(80, 16));
add('lr-too-high.nesterov-0.8-party', 'leading-party', party(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('ok.approval-rmsprop-leaky-minmax', 'approval-model', approval({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.share-nesterov-elu-val', 'vote-share', share(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', mom(0.01, 0.9, { nesterov: true }), tr(150, 32, { validationSplit: 0.2 }));
add('ok.poll-error-adam-batch-8-decay', 'poll-error', pollErr(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
