/**
 * Writes every candidate spec of the fifty-third blind fault set into candidates/ (theme: text and
 * language as numbers): `npx tsx test/faults-blind53/author.ts`. The names carry the writer's
 * intent only; write-manifest.py files each one by what the bare engine did (observed*.txt).
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

function header(csv: string): string[] {
  return fs.readFileSync(path.join(__dirname, 'data', csv), 'utf8').split('\n')[0].split(',');
}
const without = (csv: string, ...drop: string[]) => header(csv).filter((c) => !drop.includes(c));

type Json = Record<string, unknown>;
function spec(name: string, body: Json): void {
  fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify({ name, seed: 53, ...body }, null, 2) + '\n');
}
const dense = (units: number, activation?: string, extra: Json = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const train = (epochs: number, batchSize = 32, extra: Json = {}) => ({ epochs, batchSize, shuffle: true, ...extra });

// ---- data blocks
const SPAM_X = without('spam.csv', 'msg_id', 'label', 'is_spam');
const spamLabel = (normalize = 'standard', features = SPAM_X) => ({ csv: '../data/spam.csv', target: 'label', features, normalize });
const spamIs = (normalize = 'standard', features = SPAM_X) => ({ csv: '../data/spam.csv', target: 'is_spam', features, normalize });
const TOPIC_X = without('topics.csv', 'doc_id', 'n_words', 'topic');
const topics = (normalize = 'none', features = TOPIC_X) => ({ csv: '../data/topics.csv', target: 'topic', features, normalize });
const TOPIC_Y = ['is_sport', 'is_politics', 'is_tech', 'is_food'];
const topicsOneHot = (normalize = 'none') => ({ csv: '../data/topics-onehot.csv', target: TOPIC_Y, features: TOPIC_X, normalize });
const FORUM_X = without('forum6.csv', 'post_id', 'user_id', 'section');
const forum = (normalize = 'standard', features = FORUM_X) => ({ csv: '../data/forum6.csv', target: 'section', features, normalize });
const REVIEW_X = ['pos_score', 'neg_score', 'negations', 'len_chars', 'excl_ratio', 'flesch'];
const reviews = (normalize = 'standard', features = REVIEW_X) => ({ csv: '../data/reviews.csv', target: 'stars', features, normalize });
const LIKE_X = ['followers', 'len_chars', 'hashtags', 'has_image', 'sentiment', 'hour'];
const likes = (target: string, normalize = 'standard', features = LIKE_X) => ({ csv: '../data/likes.csv', target, features, normalize });
const TOXIC_X = ['insult_words', 'profanity', 'second_person', 'caps_ratio', 'excl_count', 'len_chars'];
const toxic = (normalize = 'standard', features = TOXIC_X) => ({ csv: '../data/toxic.csv', target: 'toxic', features, normalize });
const LANG_X = without('langid.csv', 'snippet_id', 'language');
const langid = (normalize = 'standard', features = LANG_X) => ({ csv: '../data/langid.csv', target: 'language', features, normalize });
const READ_X = ['words_per_sentence', 'syllables_per_word', 'chars_per_word', 'long_word_share', 'n_sentences'];
const readability = (normalize = 'standard', features = READ_X) => ({ csv: '../data/readability.csv', target: 'grade', features, normalize });
const SENT_X = ['pos_lex', 'neg_lex', 'pos_emoji', 'subjectivity'];
const sentiment = (normalize = 'standard', features = SENT_X) => ({ csv: '../data/sentiment3.csv', target: 'sentiment', features, normalize });

// ============================ healthy-intended candidates ============================
spec('spam-bow-adam', { data: spamLabel(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
spec('spam-bow-momentum-tanh', { data: spamIs('minmax'), layers: [dense(12, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: train(80) });
spec('spam-bow-rmsprop-dropout', { data: spamLabel(), layers: [dense(24, 'relu'), drop(0.2), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: train(60, 32, { validationSplit: 0.2 }) });
spec('spam-two-class-softmax', { data: spamLabel(), layers: [dense(16, 'elu'), dense(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: train(50, 16) });
spec('spam-sigmoid-hidden', { data: spamIs(), layers: [dense(10, 'sigmoid'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: train(60) });
spec('topics-tfidf-adam', { data: topics(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: train(50) });
spec('topics-onehot-momentum', { data: topicsOneHot(), layers: [dense(20, 'tanh'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: train(80) });
spec('topics-batchnorm-rmsprop', { data: topics(), layers: [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: train(40, 64, { validationSplit: 0.15 }) });
spec('topics-plain-sgd', { data: topics(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.3 }, training: train(100, 16) });
spec('forum6-bow-dropout-decay', { data: forum(), layers: [dense(32, 'relu'), drop(0.3), dense(6, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003, weightDecay: 1e-4 }, training: train(60) });
spec('forum6-leaky-nesterov', { data: forum('minmax'), layers: [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(6, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, training: train(80) });
spec('reviews-stars-adam', { data: reviews(), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: train(150) });
spec('reviews-stars-elu-rmsprop', { data: reviews(), layers: [dense(24, 'elu'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.002 }, training: train(120, 16, { validationSplit: 0.2 }) });
spec('reviews-stars-momentum-clip', { data: reviews(), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9, clipNorm: 1 }, training: train(150) });
spec('reviews-stars-batch8-decay', { data: reviews(), layers: [dense(32, 'relu', { init: 'he_uniform' }), drop(0.1), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, training: train(80, 8) });
spec('likes-log-adam', { data: likes('log_likes'), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: train(150) });
spec('likes-log-minmax-tanh-rmsprop', { data: likes('log_likes', 'minmax'), layers: [dense(16, 'tanh'), dense(8, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: train(200) });
spec('likes-log-clip-he-uniform', { data: likes('log_likes'), layers: [dense(32, 'relu', { init: 'he_uniform' }), dense(16, 'relu', { init: 'he_uniform' }), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9, clipNorm: 5 }, training: train(150) });
spec('toxic-adam', { data: toxic(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(80) });
spec('toxic-momentum', { data: toxic(), layers: [dense(12, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: train(100) });
spec('toxic-batchnorm-dropout', { data: toxic(), layers: [dense(32, 'relu', { batchNorm: true }), drop(0.3), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.002 }, training: train(60, 32, { validationSplit: 0.2 }) });
spec('toxic-rmsprop-clip', { data: toxic('minmax'), layers: [dense(16, 'elu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.003, clipNorm: 1 }, training: train(100) });
spec('langid-letters-adam', { data: langid(), layers: [dense(24, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: train(60) });
spec('langid-tanh-momentum', { data: langid('minmax'), layers: [dense(16, 'tanh'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: train(100) });
spec('langid-elu-rmsprop', { data: langid(), layers: [dense(32, 'elu'), drop(0.2), dense(16, 'elu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: train(60, 32, { validationSplit: 0.2 }) });
spec('langid-batchnorm-sgd', { data: langid(), layers: [dense(32, 'relu', { batchNorm: true }), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: train(60) });
spec('readability-grade-adam', { data: readability(), layers: [dense(12, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: train(150) });
spec('readability-grade-momentum-tanh', { data: readability(), layers: [dense(8, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(150) });
spec('sentiment3-lexicon-adam', { data: sentiment(), layers: [dense(12, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: train(60) });
spec('sentiment3-with-constant-column', { data: sentiment('minmax', [...SENT_X, 'is_retweet']), layers: [dense(12, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: train(80) });
spec('embedding2d-blobs-topics', { data: { builtin: 'blobs', classes: 4, samples: 400, noise: 0.15 }, layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: train(60) });
spec('embedding2d-moons-intents', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [dense(16, 'tanh'), dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: train(150) });
spec('embedding2d-spirals-3', { data: { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, layers: [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: train(300) });
spec('embedding2d-circles-paraphrase', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [dense(12, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.01 }, training: train(200) });
spec('posting-volume-sine', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [dense(24, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: train(300) });
const PHRASES: [number, number, string][] = [
  [3, 0, 'pos'], [2, 0, 'pos'], [4, 1, 'pos'], [3, 1, 'pos'], [2, 1, 'pos'], [5, 0, 'pos'], [1, 0, 'pos'], [4, 0, 'pos'],
  [0, 3, 'neg'], [0, 2, 'neg'], [1, 4, 'neg'], [1, 3, 'neg'], [1, 2, 'neg'], [0, 5, 'neg'], [0, 1, 'neg'], [0, 4, 'neg'],
  [2, 2, 'mixed'], [1, 1, 'mixed'], [3, 3, 'mixed'], [2, 3, 'mixed'], [3, 2, 'mixed'], [4, 4, 'mixed'], [0, 0, 'mixed'], [1, 1, 'mixed'],
];
spec('inline-lexicon-counts', { data: { inline: { x: PHRASES.map(([p, n]) => [p, n]), y: PHRASES.map(([, , l]) => l) }, normalize: 'standard' }, layers: [dense(8, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.03 }, training: train(200, 8) });
spec('forum6-rmsprop-xavier', { data: forum(), layers: [dense(16, 'tanh', { init: 'xavier_normal' }), dense(6, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.002 }, training: train(40) });
spec('spam-lecun-elu-momentum', { data: spamLabel(), layers: [dense(16, 'elu', { init: 'lecun_normal' }), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.03, momentum: 0.9 }, training: train(60) });

// ============================ fault-intended candidates ============================
// invalid-spec
spec('is-optimiser-british', { data: spamLabel(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimiser: { type: 'adam', lr: 0.003 }, training: train(60) });
spec('is-keras-loss-name', { data: topics(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: { type: 'adam', lr: 0.01 }, training: train(50) });
spec('is-lr-as-string', { data: reviews(), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: '1e-3' }, training: train(100) });
spec('is-glorot-init', { data: langid(), layers: [dense(24, 'relu', { init: 'glorot_uniform' }), dense(5, 'softmax', { init: 'glorot_uniform' })], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: train(60) });
// data-error
spec('de-spam-na-caps', { data: { ...spamLabel(), csv: '../data/spam-na.csv' }, layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
spec('de-reviews-empty-export', { data: { ...reviews(), csv: '../data/reviews-sample.csv' }, layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: train(100) });
spec('de-toxic-sample-one-class', { data: { ...toxic(), csv: '../data/toxic-sample.csv' }, layers: [dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(50, 16) });
spec('de-toxic-target-label', { data: { ...toxic(), target: 'label' }, layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(80) });
spec('de-readability-source-column', { data: { csv: '../data/readability.csv', target: 'grade', normalize: 'standard' }, layers: [dense(12, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: train(150) });
spec('de-spam-feature-renamed', { data: spamLabel('standard', [...SPAM_X.filter((c) => c !== 'excl_ratio'), 'exclamation_ratio']), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
spec('de-langid-wrong-file', { data: { ...langid(), csv: '../data/language_id.csv' }, layers: [dense(24, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: train(60) });
// shape-mismatch
spec('sm-topics-three-outputs', { data: topics(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: train(50) });
spec('sm-langid-four-languages', { data: langid(), layers: [dense(24, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: train(60) });
spec('sm-spam-two-sigmoids-bce', { data: spamLabel(), layers: [dense(16, 'relu'), dense(2, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
spec('sm-reviews-five-star-outputs', { data: reviews(), layers: [dense(16, 'relu'), dense(5)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: train(100) });
spec('sm-forum6-five-sections', { data: forum(), layers: [dense(32, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
// loss-activation-mismatch
spec('lam-topics-softmax-mse', { data: topicsOneHot(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: train(50) });
spec('lam-spam-linear-bce', { data: spamIs(), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
spec('lam-reviews-sigmoid-stars', { data: reviews(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: train(100) });
spec('lam-likes-log-sigmoid', { data: likes('log_likes'), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: train(100) });
spec('lam-toxic-softmax-one-unit', { data: toxic(), layers: [dense(16, 'relu'), dense(1, 'softmax')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
// init-symmetry
spec('isym-spam-zeros', { data: spamLabel(), layers: [dense(16, 'relu', { init: 'zeros' }), dense(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
spec('isym-forum6-constant', { data: forum(), layers: [dense(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(6, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: train(60) });
spec('isym-likes-zeros-two-layers', { data: likes('log_likes'), layers: [dense(16, 'tanh', { init: 'zeros' }), dense(8, 'tanh', { init: 'zeros' }), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: train(150) });
// init-scale
spec('iscale-topics-std-two', { data: topics(), layers: [dense(32, 'tanh', { init: { name: 'normal', std: 2.0 } }), dense(16, 'tanh', { init: { name: 'normal', std: 2.0 } }), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: train(60) });
spec('iscale-reviews-tiny-deep', { data: reviews(), layers: [dense(16, 'relu', { init: { name: 'normal', std: 1e-3 } }), dense(16, 'relu', { init: { name: 'normal', std: 1e-3 } }), dense(16, 'relu', { init: { name: 'normal', std: 1e-3 } }), dense(1, 'linear', { init: { name: 'normal', std: 1e-3 } })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: train(100) });
spec('iscale-langid-uniform-three', { data: langid(), layers: [dense(32, 'relu', { init: { name: 'uniform', limit: 3 } }), dense(32, 'relu', { init: { name: 'uniform', limit: 3 } }), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(60) });
// no-nonlinearity
spec('nonlin-langid-forgot-activation', { data: langid(), layers: [dense(32), dense(16), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: train(60) });
spec('nonlin-moons-linear-stack', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [dense(16, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: train(150) });
spec('nonlin-circles-linear', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [dense(12), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.01 }, training: train(200) });
spec('nonlin-spirals-linear-deep', { data: { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, layers: [dense(32, 'linear'), dense(32, 'linear'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: train(300) });
// lr-out-of-range
spec('lroor-spam-adam-ten', { data: spamLabel(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 10 }, training: train(60) });
spec('lroor-topics-sgd-tiny', { data: topics(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1e-8, momentum: 0.9 }, training: train(50) });
spec('lroor-langid-rmsprop-five', { data: langid(), layers: [dense(24, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 5 }, training: train(60) });
// dead-relu
spec('dead-spam-raw-length-sgd', { data: spamLabel('none'), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(60) });
spec('dead-likes-raw-adam-high', { data: likes('log_likes', 'none'), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.05 }, training: train(100) });
spec('dead-forum6-negative-bias', { data: forum(), layers: [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(6, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
spec('dead-reviews-sgd-high', { data: reviews(), layers: [dense(32, 'relu'), dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.2 }, training: train(100) });
// exploding-gradient
spec('expl-likes-raw-counts-adam', { data: likes('likes', 'none'), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.001 }, training: train(100) });
spec('expl-reviews-raw-timestamp-clip', { data: reviews('none', ['timestamp', ...REVIEW_X]), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001, clipNorm: 1 }, training: train(100) });
spec('expl-likes-raw-followers-rmsprop', { data: likes('likes', 'none'), layers: [dense(16, 'elu'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: train(100) });
// vanishing-gradient
spec('van-readability-deep-sigmoid', { data: readability(), layers: [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: train(100) });
spec('van-toxic-deep-sigmoid', { data: toxic(), layers: [dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: train(80) });
spec('van-langid-deep-sigmoid-small-init', { data: langid(), layers: [dense(32, 'sigmoid', { init: { name: 'normal', std: 0.05 } }), dense(32, 'sigmoid', { init: { name: 'normal', std: 0.05 } }), dense(32, 'sigmoid', { init: { name: 'normal', std: 0.05 } }), dense(32, 'sigmoid', { init: { name: 'normal', std: 0.05 } }), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: train(60) });
// nan-loss
spec('nan-likes-raw-sgd', { data: likes('likes', 'none'), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: train(100) });
spec('nan-reviews-raw-momentum', { data: reviews('none', ['review_id', 'user_id', 'timestamp', ...REVIEW_X]), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(100) });
spec('nan-readability-sgd-high', { data: readability('none'), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: train(100) });
// lr-too-high
spec('lrh-spam-sgd-two', { data: spamIs(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 2 }, training: train(60) });
spec('lrh-topics-adam-half', { data: topics(), layers: [dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.5 }, training: train(50) });
spec('lrh-reviews-rmsprop', { data: reviews(), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.1 }, training: train(100) });
spec('lrh-langid-momentum', { data: langid(), layers: [dense(24, 'tanh'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1.5, momentum: 0.9 }, training: train(60) });
// lr-too-low
spec('lrl-spam-sgd-tiny', { data: spamIs(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 1e-4 }, training: train(50) });
spec('lrl-langid-adam-tiny', { data: langid(), layers: [dense(24, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 1e-5 }, training: train(60) });
spec('lrl-readability-rmsprop-tiny', { data: readability(), layers: [dense(12, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 1e-5 }, training: train(100) });
spec('lrl-forum6-momentum-tiny', { data: forum(), layers: [dense(32, 'relu'), dense(6, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1e-4, momentum: 0.5 }, training: train(40, 64) });
// saturated-activation
spec('sat-spam-tanh-raw', { data: spamLabel('none'), layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
spec('sat-reviews-sigmoid-timestamp', { data: reviews('none', ['timestamp', ...REVIEW_X]), layers: [dense(16, 'sigmoid'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: train(100) });
spec('sat-likes-tanh-followers', { data: likes('log_likes', 'none'), layers: [dense(16, 'tanh'), dense(8, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: train(100) });
spec('sat-langid-sigmoid-percent', { data: langid('none'), layers: [dense(24, 'sigmoid', { init: { name: 'normal', std: 0.5 } }), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: train(60) });
// loss-plateau
spec('plat-toxic-weight-decay', { data: toxic(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003, weightDecay: 1 }, training: train(80) });
spec('plat-sentiment-weight-decay-sgd', { data: sentiment(), layers: [dense(12, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 0.5 }, training: train(80) });
spec('plat-topics-sigmoid-sgd', { data: topics(), layers: [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: train(60, 64) });
spec('plat-toxic-heavy-dropout', { data: toxic(), layers: [dense(8, 'relu'), drop(0.9), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.01 }, training: train(80) });
spec('plat-readability-weight-decay', { data: readability(), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003, weightDecay: 2 }, training: train(150) });
// oscillating-loss
spec('osc-reviews-momentum-099', { data: reviews(), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.99 }, training: train(100) });
spec('osc-spam-adam-batch4', { data: spamIs(), layers: [dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: train(60, 4) });
spec('osc-langid-rmsprop-batch8', { data: langid(), layers: [dense(32, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.05 }, training: train(60, 8) });
spec('osc-likes-log-sgd-full-batch', { data: likes('log_likes'), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 }, training: train(150, 450) });

// ---- second round (written after the first observe pass showed the spam and langid data too separable to show
// an out-of-range rate or oscillation; the new ones use the noisier regression and 3-class targets)
spec('lroor-reviews-adam-ten', { data: reviews(), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 10 }, training: train(100) });
spec('lroor-likes-log-rmsprop-five', { data: likes('log_likes'), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 5 }, training: train(100) });
spec('lroor-forum6-sgd-tiny', { data: forum(), layers: [dense(32, 'relu'), dense(6, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1e-7 }, training: train(60) });
spec('lrh-reviews-sgd-plain', { data: reviews(), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1 }, training: train(100) });
spec('lrh-sentiment3-adam', { data: sentiment(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.3 }, training: train(80) });
spec('lrh-toxic-momentum', { data: toxic(), layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 3, momentum: 0.9 }, training: train(80) });
spec('lrh-readability-adam', { data: readability(), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.5 }, training: train(100) });
spec('osc-reviews-adam-batch8', { data: reviews(), layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.1 }, training: train(80, 8) });
spec('osc-sentiment3-momentum', { data: sentiment(), layers: [dense(12, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1, momentum: 0.9 }, training: train(80) });
spec('osc-likes-log-rmsprop', { data: likes('log_likes'), layers: [dense(24, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.05 }, training: train(100, 16) });
spec('osc-toxic-rmsprop-batch8', { data: toxic(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.1 }, training: train(60, 8) });
spec('osc-readability-momentum', { data: readability(), layers: [dense(12, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.03, momentum: 0.95 }, training: train(100) });
spec('osc-reviews-sgd-batch2', { data: reviews(), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: train(60, 2) });
spec('osc-sentiment3-rmsprop-full', { data: sentiment(), layers: [dense(12, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.1 }, training: train(100, 390) });
spec('nan-likes-raw-counts-rmsprop', { data: likes('likes', 'none'), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001, momentum: 0.9 }, training: train(100) });

// ---- third round: more oscillation and too-high rates on the noisy targets (sentiment3, reviews, likes)
spec('osc-sentiment3-momentum-095', { data: sentiment(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.5, momentum: 0.95 }, training: train(80) });
spec('osc-reviews-momentum-098', { data: reviews(), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.98 }, training: train(100) });
spec('osc-likes-log-momentum', { data: likes('log_likes'), layers: [dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: train(100) });
spec('osc-reviews-adam-03', { data: reviews(), layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.3 }, training: train(80, 16) });
spec('osc-sentiment3-rmsprop-batch16', { data: sentiment(), layers: [dense(16, 'elu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.3 }, training: train(80, 16) });
spec('lrh-likes-log-adam-one', { data: likes('log_likes'), layers: [dense(24, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 1 }, training: train(100) });
spec('lrh-reviews-momentum', { data: reviews(), layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: train(100) });
spec('lrh-sentiment3-sgd-five', { data: sentiment(), layers: [dense(12, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 5 }, training: train(80) });
spec('osc-langid-adam-tanh', { data: langid(), layers: [dense(24, 'tanh'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.3 }, training: train(60, 16) });

// ---- fourth round: init-scale faults on data where the scale shows (the uniform-3 langid net trained anyway)
spec('iscale-toxic-tiny-std', { data: toxic(), layers: [dense(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), dense(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), dense(1, 'sigmoid', { init: { name: 'normal', std: 1e-4 } })], loss: 'bce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(60) });
spec('iscale-sentiment3-std-five', { data: sentiment(), layers: [dense(32, 'tanh', { init: { name: 'normal', std: 5 } }), dense(3, 'softmax', { init: { name: 'normal', std: 5 } })], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: train(80) });

console.log(`${fs.readdirSync(OUT).length} candidates written`);
