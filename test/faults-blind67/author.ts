/**
 * Writes every candidate spec of test/faults-blind67 (web analytics and social media) into
 * candidates/: `npx tsx test/faults-blind67/author.ts`. Verdicts and filing are decided afterwards from
 * the bare engine's observations (observed.txt) by write-manifest.py.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');

const SESSION_X = ['pages', 'seconds', 'dev_mobile', 'dev_desktop', 'dev_tablet', 'ref_search', 'ref_social', 'ref_direct', 'ref_email', 'hour', 'returning', 'variant'];
const POST_X = ['chars', 'hashtags', 'followers', 'hour', 'has_image', 'has_video'];
const ACCOUNT_X = ['age_days', 'followers', 'following', 'posts_per_day', 'link_share', 'has_avatar', 'verified_email'];
const NEWS_X = ['tenure_weeks', 'opens_30d', 'clicks_30d', 'open_rate', 'click_rate', 'days_since_open'];
const TOPIC_X = ['w_goal', 'w_match', 'w_vote', 'w_senate', 'w_recipe', 'w_oven', 'w_trailer', 'w_cast', 'w_sale', 'w_coupon', 'n_tokens'];
const TOPIC_ONEHOT = ['is_sports', 'is_politics', 'is_food', 'is_film', 'is_deals'];

const csv = (file: string, target: string | string[], features: string[] | undefined, normalize = 'standard', extra: Json = {}): Json => ({
  csv: `../data/${file}`,
  target,
  ...(features ? { features } : {}),
  normalize,
  ...extra,
});
const sessions = (target: string, normalize = 'standard', extra: Json = {}, features = SESSION_X) => csv('sessions.csv', target, features, normalize, extra);
const revenue = (normalize = 'standard', extra: Json = { normalizeTarget: 'standard' }) => sessions('revenue', normalize, extra);
const posts = (target: string | string[], normalize = 'standard', extra: Json = {}, features = POST_X) => csv('posts.csv', target, features, normalize, extra);
const accounts = (normalize = 'standard', extra: Json = {}, features = ACCOUNT_X) => csv('accounts.csv', 'is_bot', features, normalize, extra);
const news = (normalize = 'standard', extra: Json = {}) => csv('newsletter.csv', 'churned', NEWS_X, normalize, extra);
const topics = (normalize = 'standard', extra: Json = {}) => csv('topics.csv', 'category', TOPIC_X, normalize, extra);

/** A dense layer; `more` adds init, bias, batchNorm. */
const d = (units: number, activation?: string, more: Json = {}): Json => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: Json = {}): Json => ({ type, lr, ...more });
const train = (epochs: number, batchSize = 32, more: Json = {}): Json => ({ epochs, batchSize, ...more });

function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 67): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

const candidates: Record<string, Json> = {};
const add = (slug: string, s: Json) => {
  if (candidates[slug]) throw new Error(`duplicate ${slug}`);
  candidates[slug] = s;
};

// ---------------------------------------------------------------- healthy candidates
add('sessions-conversion-adam', spec('conversion-adam', sessions('converted'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(120)));
add('sessions-conversion-rmsprop-dropout', spec('conversion-rmsprop', sessions('converted'), [d(24, 'relu'), drop(0.2), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(150)));
add('sessions-conversion-momentum-minmax', spec('conversion-momentum', sessions('converted', 'minmax'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(200)));
add('sessions-abtest-elu-decay', spec('abtest-conversion', sessions('converted'), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-4 }), train(150, 64)));
add('sessions-revenue-adam', spec('revenue-adam', revenue(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.002), train(150)));
add('sessions-revenue-momentum-tanh', spec('revenue-momentum', revenue('minmax'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(200)));
add('sessions-revenue-batchnorm', spec('revenue-bn', revenue(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('adam', 0.003), train(120, 64)));
add('sessions-revenue-leaky-clip', spec('revenue-leaky', revenue(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.003, { clipNorm: 5 }), train(150)));
add('posts-loglikes-adam', spec('loglikes-adam', posts('log_likes', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(150)));
add('posts-loglikes-momentum', spec('loglikes-momentum', posts('log_likes', 'minmax', { normalizeTarget: 'standard' }), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(250)));
add('posts-likes-normtarget', spec('likes-adam', posts('likes', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(200)));
add('posts-shares-rmsprop', spec('shares-rmsprop', posts('shares', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.002), train(200)));
add('posts-tier-adam', spec('tier-adam', posts('tier'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(150)));
add('posts-tier-nesterov-tanh', spec('tier-nesterov', posts('tier'), [d(32, 'tanh'), d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), train(200)));
add('posts-tier-batchnorm-leaky', spec('tier-bn', posts('tier'), [d(32, 'leaky_relu', { batchNorm: true }), drop(0.1), d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(150, 64)));
add('accounts-bot-adam', spec('bot-adam', accounts(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));
add('accounts-bot-sgd-minmax', spec('bot-sgd', accounts('minmax'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), train(200, 16)));
add('accounts-bot-softmax2', spec('bot-softmax', accounts(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), train(120)));
add('accounts-bot-rmsprop-clip', spec('bot-rmsprop', accounts(), [d(24, 'elu', { init: 'he_uniform' }), d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001, { clipNorm: 1 }), train(120)));
add('newsletter-churn-adam', spec('churn-adam', news(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(120)));
add('newsletter-churn-momentum', spec('churn-momentum', news(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.03, { momentum: 0.9 }), train(150)));
add('newsletter-churn-leaky-dropout', spec('churn-dropout', news(), [d(32, 'leaky_relu'), drop(0.3), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(150)));
add('newsletter-churn-validation-decay', spec('churn-val', news(), [d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002, { weightDecay: 1e-4 }), train(150, 32, { validationSplit: 0.2 })));
add('topics-category-adam', spec('topics-adam', topics(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.01), train(80)));
add('topics-onehot-rmsprop', spec('topics-onehot', csv('topics.csv', TOPIC_ONEHOT, TOPIC_X), [d(24, 'relu'), d(12, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), train(100)));
add('topics-category-sgd-tanh', spec('topics-sgd', topics(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.1), train(150, 16)));
add('topics-elu-batchnorm', spec('topics-bn', topics('minmax'), [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(5, 'softmax')], 'cce', opt('adam', 0.003), train(100)));
add('builtin-moons-segments', spec('segments-moons', { builtin: 'moons', samples: 400, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150)));
add('builtin-blobs-audiences', spec('audience-blobs', { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 }, [d(12, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100)));
add('builtin-circles-geo', spec('geo-circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200)));
add('builtin-spirals-cohorts', spec('cohort-spirals', { builtin: 'spirals', samples: 450, classes: 3, noise: 0.05 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(400)));
add('builtin-sine-traffic', spec('daily-traffic-sine', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.005), train(300)));
add('builtin-xor-campaign', spec('campaign-interaction-xor', { builtin: 'xor', samples: 300 }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200)));
add('sessions-conversion-sgd-leaky', spec('conversion-sgd', sessions('converted'), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(200, 16)));
add('posts-loglikes-rmsprop-elu', spec('loglikes-rmsprop', posts('log_likes', 'standard', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), train(200)));
add('accounts-bot-lecun-tanh', spec('bot-lecun', accounts(), [d(16, 'tanh', { init: 'lecun_normal' }), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(100)));

// ---------------------------------------------------------------- faulty candidates
// invalid-spec
add('invalid-spec.learning-rate-key', spec('tier-keras', posts('tier'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', learning_rate: 0.001 }, train(100)));
add('invalid-spec.layer-type-linear', spec('conv-torch', sessions('converted'), [{ type: 'Linear', units: 16, activation: 'relu' }, { type: 'Linear', units: 1, activation: 'sigmoid' }], 'bce', opt('adam', 0.003), train(100)));
add('invalid-spec.batch-size-snake', spec('churn-snake', news(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), { epochs: 100, batch_size: 64 }));
add('invalid-spec.keras-loss-name', spec('bot-keras-loss', accounts(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), train(100)));

// data-error
add('data-error.export-na-seconds', spec('conv-export', csv('sessions-export.csv', 'converted', SESSION_X), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));
add('data-error.target-like-count', spec('likes-dash', posts('like_count', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100)));
add('data-error.missing-newsletter-file', spec('churn-2024', csv('newsletter-2024.csv', 'churned', NEWS_X), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));
add('data-error.four-row-sample', spec('tier-sample', csv('posts-sample.csv', 'tier', POST_X), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(100)));
add('data-error.device-column', spec('conv-device', sessions('converted', 'standard', {}, ['pages', 'seconds', 'device', 'referrer', 'hour']), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));

// shape-mismatch
add('shape-mismatch.tier-two-outputs', spec('tier-2', posts('tier'), [d(32, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), train(100)));
add('shape-mismatch.topics-four-outputs', spec('topics-4', topics(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), train(80)));
add('shape-mismatch.bot-two-sigmoids', spec('bot-2sig', accounts(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));
add('shape-mismatch.likes-shares-one-output', spec('likes-shares', posts(['likes', 'shares'], 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), train(100)));

// loss-activation-mismatch
add('loss-activation-mismatch.tier-softmax-mse', spec('tier-mse', posts('tier'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'mse', opt('adam', 0.003), train(150)));
add('loss-activation-mismatch.bot-linear-bce', spec('bot-linear', accounts(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), train(100)));
add('loss-activation-mismatch.loglikes-sigmoid-out', spec('loglikes-sig', posts('log_likes', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150)));
add('loss-activation-mismatch.revenue-sigmoid-out', spec('revenue-sig', revenue(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150)));

// init-symmetry
add('init-symmetry.churn-zeros', spec('churn-zeros', news(), [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(120)));
add('init-symmetry.topics-constant', spec('topics-const', topics(), [d(32, 'tanh', { init: 'constant', value: 0.1 }), d(16, 'tanh', { init: 'constant', value: 0.1 }), d(5, 'softmax', { init: 'constant', value: 0.1 })], 'cce', opt('adam', 0.005), train(100)));
add('init-symmetry.loglikes-zeros', spec('loglikes-zeros', posts('log_likes', 'standard', { normalizeTarget: 'standard' }), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1)], 'mse', opt('adam', 0.003), train(150)));

// init-scale
add('init-scale.bot-normal-std4', spec('bot-std4', accounts(), [d(32, 'relu', { init: 'normal', std: 4 }), d(16, 'relu', { init: 'normal', std: 4 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100)));
add('init-scale.tier-uniform-5', spec('tier-uniform5', posts('tier'), [d(32, 'tanh', { init: 'uniform', limit: 5 }), d(16, 'tanh', { init: 'uniform', limit: 5 }), d(3, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), train(120)));
add('init-scale.revenue-tiny-std', spec('revenue-tiny', revenue(), [d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(1, undefined, { init: 'normal', std: 1e-4 })], 'mse', opt('sgd', 0.01), train(100)));

// no-nonlinearity
add('no-nonlinearity.circles-default-act', spec('geo-linear', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16), d(8), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150)));
add('no-nonlinearity.tier-linear-hidden', spec('tier-linear', posts('tier'), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(150)));
add('no-nonlinearity.spirals-linear', spec('cohort-linear', { builtin: 'spirals', samples: 450, classes: 3, noise: 0.05 }, [d(48), d(48), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(200)));

// lr-out-of-range
add('lr-out-of-range.adam-lr-5', spec('churn-lr5', news(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 5), train(100)));
add('lr-out-of-range.sgd-lr-50', spec('revenue-lr50', revenue(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 50), train(100)));
add('lr-out-of-range.rmsprop-lr-1e-9', spec('topics-lr1e9', topics(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 1e-9), train(80)));

// dead-relu
add('dead-relu.negative-bias', spec('loglikes-negbias', posts('log_likes', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1)], 'mse', opt('adam', 0.001), train(100)));
add('dead-relu.raw-followers-adam', spec('bot-raw-adam', accounts('none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), train(100)));
add('dead-relu.raw-seconds-sgd', spec('revenue-raw-sgd', revenue('none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), train(100)));

// exploding-gradient
add('exploding-gradient.revenue-raw-target', spec('revenue-raw', revenue('standard', {}), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100)));
add('exploding-gradient.likes-raw-target', spec('likes-raw', posts('likes'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.0001), train(100)));
add('exploding-gradient.deep-he-raw', spec('shares-deep', posts('shares', 'none', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.001, {}), train(60)));

// vanishing-gradient
add('vanishing-gradient.churn-sigmoid-stack', spec('churn-deep-sig', news(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(100)));
add('vanishing-gradient.tier-sigmoid-stack', spec('tier-deep-sig', posts('tier'), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100)));
add('vanishing-gradient.bot-tanh-small-init', spec('bot-deep-tanh', accounts(), [d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(100)));

// nan-loss
add('nan-loss.likes-raw-everything', spec('likes-raw-all', posts('likes', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), train(100)));
add('nan-loss.revenue-raw-momentum', spec('revenue-raw-mom', revenue('none', {}), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100)));
add('nan-loss.shares-raw-timestamp', spec('shares-ts', posts('shares', 'none', {}, ['posted_at', 'chars', 'hashtags', 'followers', 'has_image', 'has_video']), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), train(100)));

// lr-too-high
add('lr-too-high.bot-adam-0.5', spec('bot-hot', accounts(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), train(100)));
add('lr-too-high.churn-sgd-3', spec('churn-hot', news(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3), train(100)));
add('lr-too-high.topics-rmsprop-0.2', spec('topics-hot', topics(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.2), train(80)));
add('lr-too-high.revenue-momentum-0.5', spec('revenue-hot', revenue(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), train(100)));

// lr-too-low
add('lr-too-low.topics-sgd-1e-5', spec('topics-cold', topics(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 1e-5), train(80)));
add('lr-too-low.bot-adam-1e-6', spec('bot-cold', accounts(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 1e-6), train(100)));
add('lr-too-low.churn-rmsprop-2e-6', spec('churn-cold', news(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 2e-6), train(120)));
add('lr-too-low.loglikes-sgd-1e-5', spec('loglikes-cold', posts('log_likes', 'standard', { normalizeTarget: 'standard' }), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 1e-5, { momentum: 0.5 }), train(150)));

// saturated-activation
add('saturated-activation.bot-tanh-raw', spec('bot-tanh-raw', accounts('none'), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));
add('saturated-activation.conv-sigmoid-epoch', spec('conv-sig-ts', sessions('converted', 'none', {}, ['started_at', 'pages', 'seconds', 'returning', 'dev_desktop', 'ref_email']), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));
add('saturated-activation.tier-tanh-followers', spec('tier-tanh-raw', posts('tier', 'none'), [d(32, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(120)));

// loss-plateau
add('loss-plateau.id-columns-only', spec('conv-ids', sessions('converted', 'standard', {}, ['session_id', 'started_at', 'campaign_id', 'hour']), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));
add('loss-plateau.churn-weight-decay', spec('churn-decay', news(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 0.5 }), train(120)));
add('loss-plateau.topics-heavy-decay-sgd', spec('topics-decay', topics(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { weightDecay: 2 }), train(100)));
add('loss-plateau.tier-huge-dropout', spec('tier-dropout', posts('tier'), [d(16, 'relu'), drop(0.9), d(3, 'softmax')], 'cce', opt('adam', 0.003), train(120)));

// oscillating-loss
add('oscillating-loss.churn-momentum-0.99', spec('churn-mom99', news(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.99 }), train(120)));
add('oscillating-loss.bot-sgd-batch2', spec('bot-b2', accounts(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), train(80, 2)));
add('oscillating-loss.revenue-adam-batch8', spec('revenue-b8', revenue(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.05), train(100, 8)));
add('oscillating-loss.tier-rmsprop-fullbatch', spec('tier-full', posts('tier'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.05), train(150, 600)));
add('oscillating-loss.tier-rmsprop-fullbatch-0.3', spec('tier-full-hot', posts('tier'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.3), train(150, 600)));
add('oscillating-loss.loglikes-sgd-batch4', spec('loglikes-b4', posts('log_likes', 'standard', { normalizeTarget: 'standard' }), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.2), train(100, 4)));
add('oscillating-loss.churn-adam-batch2', spec('churn-b2', news(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), train(80, 2)));
add('oscillating-loss.topics-momentum-0.95', spec('topics-mom95', topics(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.95 }), train(100)));
add('oscillating-loss.revenue-sgd-batch4-tanh', spec('revenue-b4', revenue(), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.1), train(100, 4)));
add('oscillating-loss.loglikes-rmsprop-fullbatch', spec('loglikes-full', posts('log_likes', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.2), train(150, 600)));
add('oscillating-loss.topics-rmsprop-fullbatch', spec('topics-full', topics(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.3), train(150, 500)));
add('oscillating-loss.churn-nesterov-0.98', spec('churn-nest98', news(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.98, nesterov: true }), train(120, 128)));
add('lr-too-high.tier-adam-0.3', spec('tier-hot', posts('tier'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.3), train(100)));
add('lr-too-high.loglikes-rmsprop-0.1', spec('loglikes-hot', posts('log_likes', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.1), train(100)));
add('lr-too-high.revenue-adam-0.2', spec('revenue-adam-hot', revenue(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.2), train(100, 64)));
add('lr-too-high.churn-momentum-1', spec('churn-mom-hot', news(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1, { momentum: 0.9 }), train(100)));
add('dead-relu.churn-bias-minus2', spec('churn-negbias', news(), [d(32, 'relu', { bias: -2 }), d(16, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(100)));
add('init-scale.churn-normal-std5', spec('churn-std5', news(), [d(32, 'relu', { init: 'normal', std: 5 }), d(16, 'relu', { init: 'normal', std: 5 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(100)));
add('init-scale.tier-relu-std3', spec('tier-std3', posts('tier'), [d(32, 'relu', { init: 'normal', std: 3 }), d(32, 'relu', { init: 'normal', std: 3 }), d(3, 'softmax')], 'cce', opt('adam', 0.001), train(100)));
add('loss-activation-mismatch.churn-linear-bce', spec('churn-linear', news(), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'bce', opt('sgd', 0.05), train(100)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [slug, s] of Object.entries(candidates)) fs.writeFileSync(path.join(OUT, `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(candidates).length} candidates written to ${OUT}`);
