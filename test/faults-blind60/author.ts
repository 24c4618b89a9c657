/**
 * Writes every candidate spec of the sixtieth blind fault set into `candidates/`:
 * `npx tsx test/faults-blind60/author.ts`. A candidate's name is `<intended code or healthy>.<slug>`;
 * write-manifest.py files each one by what the bare engine showed (test/faults/observe.ts), not by
 * this intent. Theme: marketing, advertising and media streaming (see data/generate.ts).
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const AD_F = ['impressions', 'bid', 'position', 'device_mobile', 'device_desktop', 'device_tablet', 'hour', 'hist_ctr'];
const CAMP_F = ['tv_spend', 'search_spend', 'social_spend', 'email_sends', 'weeks'];
const EMAIL_F = ['send_hour', 'subject_len', 'past_open_rate', 'list_size', 'weekday', 'has_emoji'];
const STREAM_F = ['watch_min_week', 'sessions', 'genres', 'plan_tier', 'tenure_months', 'tickets'];
const RATING_F = ['completion', 'rewatches', 'minutes', 'genre_match', 'trailer_views', 'friends_rated'];
const RFM_F = ['recency_days', 'frequency', 'monetary'];

function csv(file: string, target: string | string[], features: string[] | undefined, normalize = 'standard', extra: Json = {}): Json {
  const data: Json = { csv: `../data/${file}.csv`, target };
  if (features) data.features = features;
  data.normalize = normalize;
  return { ...data, ...extra };
}
const ads = (target: string, normalize = 'standard', features = AD_F, extra: Json = {}) => csv('ad_clicks', target, features, normalize, extra);
const camps = (target: string | string[], normalize = 'standard', extra: Json = {}, features = CAMP_F) => csv('campaigns', target, features, normalize, extra);
const mail = (normalize = 'standard', features = EMAIL_F) => csv('email', 'opened', features, normalize);
const users = (target: string, normalize = 'standard', extra: Json = {}, features = STREAM_F) => csv('streaming', target, features, normalize, extra);
const rates = (normalize = 'standard', extra: Json = {}) => csv('ratings', 'rating', RATING_F, normalize, extra);
const rfm = (normalize = 'standard') => csv('rfm', 'segment', RFM_F, normalize);

function d(units: number, activation?: string, extra: Json = {}): Json {
  const layer: Json = { type: 'dense', units };
  if (activation) layer.activation = activation;
  return { ...layer, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

const specs: Record<string, Json> = {};
function add(file: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 7, extra: Json = {}): void {
  specs[file] = { name: file.split('.')[1], seed, data, layers, loss, optimizer, training, ...extra };
}

// ---------------------------------------------------------------- healthy candidates
add('healthy.ads-click-adam', ads('clicked'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(60, 64));
add('healthy.ads-click-momentum', ads('clicked'), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), train(80));
add('healthy.ads-click-dropout-wd', ads('clicked'), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-4 }), train(80));
add('healthy.ads-click-slow-adam-long', ads('clicked'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.0005), train(150));
add('healthy.ads-cpc-adam', ads('cpc'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(80));
add('healthy.ads-cpc-rmsprop-minmax', ads('cpc', 'minmax'), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.002), train(100));
add('healthy.ads-cpc-sgd-momentum', ads('cpc'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
add('healthy.campaigns-sales-adam', camps('sales', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(150));
add('healthy.campaigns-sales-sgd-minmax', camps('sales', 'minmax', { normalizeTarget: 'minmax' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(200));
add('healthy.campaigns-signups-rmsprop-elu', camps('signups', 'standard', { normalizeTarget: 'standard' }), [d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.003), train(150));
add('healthy.campaigns-sales-signups-two-targets', camps(['sales', 'signups'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.005), train(150));
add('healthy.campaigns-sales-weight-decay', camps('sales', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1e-3 }), train(150, 16));
add('healthy.email-open-adam', mail(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80));
add('healthy.email-open-batchnorm', mail(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(60, 64));
add('healthy.email-open-nesterov-tanh', mail(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), train(100));
add('healthy.email-open-leaky-rmsprop-val', mail(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(80, 32, { validationSplit: 0.2 }));
add('healthy.email-open-small-batch', mail(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(100, 8));
add('healthy.streaming-churn-adam', users('churned'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80));
add('healthy.streaming-churn-clipped-momentum', users('churned'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), train(80));
add('healthy.streaming-churn-tanh-xavier', users('churned'), [d(16, 'tanh', { init: 'xavier_normal' }), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(80));
add('healthy.streaming-churn-full-batch', users('churned'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(300, 1000));
add('healthy.streaming-churn-lecun-tanh', users('churned', 'minmax'), [d(24, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), train(100));
add('healthy.streaming-next-month-adam', users('next_month_min', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100));
add('healthy.streaming-next-month-elu-rmsprop', users('next_month_min', 'minmax', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), train(150));
add('healthy.ratings-cce-adam', rates(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.003), train(80));
add('healthy.ratings-cce-momentum-tanh', rates(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100));
add('healthy.ratings-regression', rates(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100));
add('healthy.rfm-segment-adam', rfm(), [d(16, 'relu'), d(8, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(150));
add('healthy.rfm-segment-batchnorm-rmsprop', rfm(), [d(32, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), train(150, 64));
add('healthy.rfm-segment-elu-dropout', rfm(), [d(32, 'elu'), drop(0.1), d(16, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1e-4 }), train(150));
add('healthy.rfm-segment-plain-sgd', rfm(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), train(200));
add('healthy.blobs-audience-clusters', { builtin: 'blobs', classes: 4, samples: 400 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), train(100));
add('healthy.sine-weekly-viewing-cycle', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.005), train(300));
add('healthy.moons-lookalike-audience', { builtin: 'moons', samples: 400 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150));
add('healthy.circles-geo-targeting', { builtin: 'circles', samples: 400, noise: 0.05 }, [d(16, 'tanh'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));
add('healthy.spirals-three-funnels', { builtin: 'spirals', classes: 3, samples: 450 }, [d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(300));

// ---------------------------------------------------------------- faulty candidates
// invalid-spec
add('invalid-spec.optimizer-learning-rate-key', users('churned'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', learning_rate: 0.001 }, train(60));
add('invalid-spec.activation-keras-case', ads('clicked'), [d(16, 'ReLU'), d(8, 'ReLU'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(60));
add('invalid-spec.loss-keras-name', mail(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), train(60));
add('invalid-spec.batch-size-snake-case', rfm(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), { epochs: 100, batch_size: 64 });
// data-error
add('data-error.target-churn-misnamed', users('churn'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(60));
add('data-error.feature-ctr-misnamed', ads('clicked', 'standard', ['impressions', 'bid', 'position', 'hour', 'ctr']), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(60));
add('data-error.bid-currency-strings', csv('ad_clicks_export', 'cpc', AD_F), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(60));
add('data-error.watch-minutes-na-cells', csv('streaming_gaps', 'churned', STREAM_F), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(60));
add('data-error.pilot-two-campaigns', csv('campaigns_pilot', 'sales', CAMP_F, 'standard', { normalizeTarget: 'standard' }), [d(8, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(60));
// shape-mismatch
add('shape-mismatch.rfm-three-outputs-four-segments', rfm(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(100));
add('shape-mismatch.churn-two-sigmoid-units', users('churned'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(60));
add('shape-mismatch.sales-signups-one-output', camps(['sales', 'signups'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(100));
add('shape-mismatch.ratings-four-star-classes', rates(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(60));
// loss-activation-mismatch
add('loss-activation-mismatch.segment-softmax-mse', rfm(), [d(16, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.005), train(100));
add('loss-activation-mismatch.click-linear-output-bce', ads('clicked'), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), train(60));
add('loss-activation-mismatch.cpc-sigmoid-output', ads('cpc'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(80));
add('loss-activation-mismatch.standardized-sales-sigmoid', camps('sales', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), train(150));
// init-symmetry
add('init-symmetry.email-zeros-hidden', mail(), [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80));
add('init-symmetry.churn-constant-hidden', users('churned'), [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(8, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80));
add('init-symmetry.cpc-zeros-relu', ads('cpc'), [d(32, 'relu', { init: 'zeros', bias: 0.1 }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(80));
// init-scale
add('init-scale.email-normal-std-3', mail(), [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(16, 'tanh', { init: { name: 'normal', std: 3 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80));
add('init-scale.churn-uniform-limit-5', users('churned'), [d(32, 'relu', { init: { name: 'uniform', limit: 5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 5 } }), d(16, 'relu', { init: { name: 'uniform', limit: 5 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(60));
add('init-scale.ratings-tiny-normal-deep', rates(), [d(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(5, 'softmax', { init: { name: 'normal', std: 0.001 } })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(60));
// no-nonlinearity
add('no-nonlinearity.rfm-linear-hidden', rfm(), [d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(150));
add('no-nonlinearity.email-linear-stack', mail(), [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80));
add('no-nonlinearity.moons-lookalike-linear', { builtin: 'moons', samples: 400 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150));
// lr-out-of-range
add('lr-out-of-range.adam-lr-50', users('churned'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 50), train(60));
add('lr-out-of-range.sgd-lr-200', camps('sales', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 200), train(100));
add('lr-out-of-range.rmsprop-lr-25', mail(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 25), train(60));
add('lr-out-of-range.adam-lr-1e-8', rfm(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 1e-8), train(100));
// dead-relu
add('dead-relu.churn-negative-bias', users('churned'), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80));
add('dead-relu.rfm-minmax-negative-bias', rfm('minmax'), [d(32, 'relu', { bias: -2 }), d(4, 'softmax')], 'cce', opt('adam', 0.005), train(100));
add('dead-relu.cpc-adam-lr-high-deep', ads('cpc'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.1), train(60));
add('nan-loss.sales-raw-spend-sgd', camps('sales', 'none', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), train(100));
// exploding-gradient
add('exploding-gradient.sales-raw-features-raw-target', camps('sales', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.001), train(100));
add('exploding-gradient.churn-deep-normal-std-1', users('churned'), [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(60));
add('exploding-gradient.next-month-raw-minutes-target', users('next_month_min'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100));
// vanishing-gradient
add('vanishing-gradient.email-six-sigmoid-layers', mail(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(80));
add('vanishing-gradient.churn-deep-tanh-small-normal', users('churned'), Array.from({ length: 8 }, () => d(16, 'tanh', { init: 'normal' })).concat([d(1, 'sigmoid')]), 'bce', opt('adam', 0.001), train(80));
add('vanishing-gradient.rfm-five-sigmoid-sgd', rfm(), [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.01), train(100));
// nan-loss
add('dead-relu.churn-raw-epoch-timestamps', users('churned', 'none', {}, ['signup_epoch', ...STREAM_F]), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(60));
add('exploding-gradient.sales-raw-everything-sgd', camps('sales', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), train(100));
add('dead-relu.cpc-raw-impressions-momentum', ads('cpc', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(60));
// lr-too-high
add('lr-too-high.email-adam-0.3', mail(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), train(60));
add('nan-loss.cpc-sgd-lr-1', ads('cpc'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1), train(60));
add('lr-too-high.churn-rmsprop-0.1', users('churned'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), train(60));
add('lr-too-high.ratings-momentum-0.5', rates(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.9 }), train(60));
// lr-too-low
add('lr-too-low.churn-sgd-1e-5', users('churned'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), train(60));
add('lr-too-low.rfm-adam-5e-6', rfm(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 5e-6), train(100));
add('lr-too-low.sales-full-batch-sgd-1e-4', camps('sales', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1e-4), train(150, 360));
// saturated-activation
add('saturated-activation.click-sigmoid-raw-impressions', ads('clicked', 'none', ['ad_id', ...AD_F]), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(60));
add('saturated-activation.churn-tanh-raw-minutes', users('churned', 'none'), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(60));
add('saturated-activation.ratings-tanh-normal-std-4', rates(), [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(16, 'tanh', { init: { name: 'normal', std: 4 } }), d(5, 'softmax')], 'cce', opt('adam', 0.003), train(60));
// loss-plateau
add('loss-plateau.email-weight-decay-0.5', mail(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 0.5 }), train(80));
add('loss-plateau.rfm-momentum-weight-decay-1', rfm(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1 }), train(100));
add('loss-plateau.sales-from-id-and-market', camps('sales', 'standard', { normalizeTarget: 'standard' }, ['campaign_id', 'market']), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), train(150));
add('loss-plateau.ratings-rmsprop-weight-decay', rates(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.003, { weightDecay: 0.3 }), train(80));
// oscillating-loss
add('lr-too-high.churn-momentum-0.99', users('churned'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.99 }), train(80));
add('oscillating-loss.rfm-adam-tiny-batch', rfm(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.05), train(100, 4));
add('oscillating-loss.cpc-rmsprop-full-batch', ads('cpc'), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.02), train(150, 1500));
add('oscillating-loss.email-sgd-0.5-batch-8', mail(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), train(60, 8));

// second round: replacements for candidates the engine refiled or dropped
add('init-symmetry.rfm-constant-all-layers', rfm(), [d(16, 'relu', { init: { name: 'constant', value: 0.05 } }), d(8, 'relu', { init: { name: 'constant', value: 0.05 } }), d(4, 'softmax', { init: { name: 'constant', value: 0.05 } })], 'cce', opt('adam', 0.005), train(100));
add('nan-loss.next-month-raw-target-sgd', users('next_month_min'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), train(60));
add('nan-loss.sales-raw-tanh-sgd', camps('sales', 'none'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.001), train(60));
add('nan-loss.cpc-raw-leaky-momentum', ads('cpc', 'none'), [d(16, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(60));
add('vanishing-gradient.next-month-seven-tanh-small-init', users('next_month_min', 'standard', { normalizeTarget: 'standard' }), Array.from({ length: 7 }, () => d(32, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(1)]), 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(80));
add('lr-too-high.cpc-sgd-0.3', ads('cpc'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.3), train(60));
add('lr-too-high.sales-rmsprop-0.05', camps('sales', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), train(100));
add('oscillating-loss.sales-clipped-sgd-full-batch', camps('sales', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.5, { clipNorm: 1 }), train(150, 360));
add('oscillating-loss.rfm-clipped-momentum-lr-2', rfm(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 2, { momentum: 0.9, clipNorm: 0.5 }), train(100));
add('oscillating-loss.cpc-adam-0.05-full-batch', ads('cpc'), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.05), train(150, 1500));
add('oscillating-loss.next-month-rmsprop-0.05-full-batch', users('next_month_min', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), train(60, 1000));
add('oscillating-loss.email-sgd-3-full-batch', mail(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3), train(150, 900));
add('oscillating-loss.ratings-momentum-full-batch', rates(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), train(150, 800));
add('oscillating-loss.email-clipped-sgd-full-batch', mail(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 1, { clipNorm: 0.5 }), train(100, 900));
add('oscillating-loss.churn-clipped-momentum-lr-2', users('churned'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 2, { momentum: 0.9, clipNorm: 1 }), train(80));
add('oscillating-loss.cpc-clipped-sgd-full-batch', ads('cpc'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.8, { clipNorm: 0.3 }), train(100, 1500));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
