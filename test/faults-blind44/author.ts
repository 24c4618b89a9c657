/**
 * Writes every candidate spec of test/faults-blind44 into candidates/ (theme: sparse and categorical
 * inputs): `npx tsx test/faults-blind44/author.ts`. A candidate's file name starts with the fault it
 * was written to show (or "healthy"); write-manifest.py files it by what the bare engine did
 * (observed.txt, observed-curves.txt), which may differ from the intent.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Obj = Record<string, unknown>;
const specs: [string, Obj][] = [];
const add = (name: string, spec: Obj) => specs.push([name, { name: name.split('.').slice(1).join('.') || name, ...spec }]);

const dense = (units: number, activation?: string, extra: Obj = {}): Obj =>
  activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
const dropout = (rate: number): Obj => ({ type: 'dropout', rate });
const csv = (file: string, target: string | string[], normalize?: string, extra: Obj = {}): Obj =>
  ({ csv: `../data/${file}`, target, ...(normalize ? { normalize } : {}), ...extra });
const train = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

const TOPIC_ONEHOT = ['topic_billing', 'topic_login', 'topic_shipping', 'topic_bug', 'topic_refund'];

// ================================================================================================
// Static faults
// ------------------------------------------------------------------------------------------------
// invalid-spec
add('invalid-spec.embedding-layer-tickets', {
  seed: 3,
  data: csv('tickets.csv', 'topic'),
  layers: [{ type: 'embedding', units: 16 }, dense(32, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(40, 32),
});
add('invalid-spec.keras-learning-rate-churn', {
  seed: 5,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', learning_rate: 0.001 },
  training: train(60, 32, { validationSplit: 0.2 }),
});
add('invalid-spec.sparse-cce-loss-tickets', {
  seed: 8,
  data: csv('tickets.csv', 'topic', 'minmax'),
  layers: [dense(48, 'relu'), dropout(0.2), dense(5, 'softmax')],
  loss: 'sparse_categorical_crossentropy',
  optimizer: { type: 'rmsprop', lr: 0.001 },
  training: train(40, 32),
});
add('invalid-spec.batch-size-snake-clicks', {
  seed: 2,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: { epochs: 30, batch_size: 256 },
});

// data-error
add('data-error.paperless-yes-no-churn', {
  seed: 4,
  data: csv('churn-yesno.csv', 'churned', 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.002 },
  training: train(60, 32),
});
add('data-error.sample-export-four-rows-reviews', {
  seed: 1,
  data: csv('reviews-sample.csv', 'sentiment'),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.01 },
  training: train(50, 2),
});
add('data-error.target-label-reviews', {
  seed: 6,
  data: csv('reviews.csv', 'label', 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 },
  training: train(40, 32),
});
add('data-error.features-unknown-dummy-churn', {
  seed: 7,
  data: csv('churn.csv', 'churned', 'standard', {
    features: ['plan_monthly', 'plan_one_year', 'plan_two_year', 'plan_family', 'plan_student', 'plan_prepaid',
      'payment_card', 'payment_echeck', 'payment_transfer', 'payment_cash', 'tenure_months', 'monthly_charges', 'support_calls'],
  }),
  layers: [dense(24, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'rmsprop', lr: 0.001 },
  training: train(60, 32),
});
add('data-error.xlsx-path-ratings', {
  seed: 9,
  data: { csv: '../data/ratings.xlsx', target: 'stars' },
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.003 },
  training: train(60, 32),
});

// shape-mismatch
add('shape-mismatch.four-topic-outputs-tickets', {
  seed: 10,
  data: csv('tickets.csv', 'topic'),
  layers: [dense(64, 'relu'), dense(4, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(40, 32),
});
add('shape-mismatch.two-sigmoid-outputs-clicks', {
  seed: 11,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(2, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(30, 64),
});
add('shape-mismatch.five-star-outputs-mse-ratings', {
  seed: 12,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'relu'), dense(5)],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.003 },
  training: train(60, 32),
});
add('shape-mismatch.onehot-topics-one-output-tickets', {
  seed: 13,
  data: csv('tickets-onehot.csv', TOPIC_ONEHOT),
  layers: [dense(32, 'relu'), dense(1, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(40, 32),
});

// loss-activation-mismatch
add('loss-activation-mismatch.softmax-mse-onehot-tickets', {
  seed: 14,
  data: csv('tickets-onehot.csv', TOPIC_ONEHOT),
  layers: [dense(48, 'relu'), dense(5, 'softmax')],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(40, 32),
});
add('loss-activation-mismatch.linear-output-bce-clicks', {
  seed: 15,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'relu'), dense(1, 'linear')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(30, 64),
});
add('loss-activation-mismatch.sigmoid-output-stars', {
  seed: 16,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.003 },
  training: train(60, 32),
});
add('loss-activation-mismatch.one-unit-softmax-nps', {
  seed: 17,
  data: csv('survey-nps.csv', 'promoter', 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'softmax')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(60, 32),
});

// init-symmetry
add('init-symmetry.zeros-hidden-churn', {
  seed: 18,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(60, 32),
});
add('init-symmetry.constant-tanh-tickets', {
  seed: 19,
  data: csv('tickets.csv', 'topic', 'standard'),
  layers: [dense(32, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 },
  training: train(40, 32),
});
add('init-symmetry.constant-relu-ratings', {
  seed: 20,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'relu', { init: 'constant', value: 0.05 }), dense(16, 'relu', { init: 'constant', value: 0.05 }), dense(1)],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.001 },
  training: train(60, 32),
});

// init-scale
add('init-scale.normal-std-1.5-tickets', {
  seed: 21,
  data: csv('tickets.csv', 'topic'),
  layers: [dense(64, 'relu', { init: 'normal', std: 1.5 }), dense(32, 'relu', { init: 'normal', std: 1.5 }), dense(5, 'softmax', { init: 'normal', std: 1.5 })],
  loss: 'cce',
  optimizer: { type: 'sgd', lr: 0.01 },
  training: train(40, 32),
});
add('init-scale.tiny-normal-deep-tanh-clicks', {
  seed: 22,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'tanh', { init: 'normal', std: 1e-4 }), dense(32, 'tanh', { init: 'normal', std: 1e-4 }), dense(16, 'tanh', { init: 'normal', std: 1e-4 }), dense(1, 'sigmoid', { init: 'normal', std: 1e-4 })],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 },
  training: train(30, 64),
});
add('init-scale.uniform-limit-3-sigmoid-nps', {
  seed: 23,
  data: csv('survey-nps.csv', 'promoter', 'standard'),
  layers: [dense(32, 'sigmoid', { init: 'uniform', limit: 3 }), dense(16, 'sigmoid', { init: 'uniform', limit: 3 }), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.1 },
  training: train(60, 32),
});

// no-nonlinearity
add('no-nonlinearity.forgot-activation-churn', {
  seed: 24,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(64), dense(32), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(80, 32),
});
add('no-nonlinearity.linear-stack-ratings', {
  seed: 25,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(64, 'linear'), dense(32, 'linear'), dense(1, 'linear')],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.003 },
  training: train(80, 32),
});
add('no-nonlinearity.linear-hidden-insurance', {
  seed: 26,
  data: csv('insurance.csv', 'charges_k', 'standard'),
  layers: [dense(32, 'linear', { init: 'he_normal' }), dense(16, 'linear', { init: 'he_normal' }), dense(1)],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.003 },
  training: train(150, 32),
});

// lr-out-of-range
add('lr-out-of-range.adam-lr-5-tickets', {
  seed: 27,
  data: csv('tickets.csv', 'topic'),
  layers: [dense(64, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 5 },
  training: train(40, 32),
});
add('lr-out-of-range.sgd-lr-30-survey', {
  seed: 28,
  data: csv('survey.csv', 'wellbeing', 'standard'),
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 30 },
  training: train(100, 32),
});
add('lr-out-of-range.rmsprop-lr-2-clicks', {
  seed: 29,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'rmsprop', lr: 2 },
  training: train(30, 64),
});

// ================================================================================================
// Training / probe faults
// ------------------------------------------------------------------------------------------------
// dead-relu
add('dead-relu.income-dollars-adam-survey', {
  seed: 30,
  data: csv('survey-nps.csv', 'promoter'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.01 },
  training: train(60, 32),
});
add('dead-relu.customer-id-sgd-churn', {
  seed: 31,
  data: csv('churn-export.csv', 'churned'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.01 },
  training: train(40, 32),
});
add('dead-relu.long-reviews-sgd-momentum', {
  seed: 32,
  data: csv('reviews.csv', 'sentiment'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.2, momentum: 0.9 },
  training: train(40, 16),
});
add('dead-relu.negative-bias-sparse-clicks', {
  seed: 33,
  data: csv('clicks.csv', 'clicked'),
  layers: [dense(32, 'relu', { bias: -1 }), dense(16, 'relu', { bias: -1 }), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(30, 64),
});
add('dead-relu.charges-dollars-rmsprop-insurance', {
  seed: 34,
  data: csv('insurance-dollars.csv', 'charges'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.01 },
  training: train(80, 32),
});

// exploding-gradient
add('exploding-gradient.charges-dollars-deep-sgd-insurance', {
  seed: 35,
  data: csv('insurance-dollars.csv', 'charges', 'standard'),
  layers: [dense(32, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.001 },
  training: train(60, 32),
});
add('exploding-gradient.spend-dollars-adam-survey', {
  seed: 36,
  data: csv('survey-spend.csv', 'annual_spend', 'standard'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.01 },
  training: train(100, 32),
});
add('exploding-gradient.raw-income-deep-relu-survey', {
  seed: 37,
  data: csv('survey.csv', 'wellbeing'),
  layers: [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.001 },
  training: train(60, 32),
});

// vanishing-gradient
add('vanishing-gradient.deep-sigmoid-sgd-tickets', {
  seed: 38,
  data: csv('tickets.csv', 'topic', 'minmax'),
  layers: [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(16, 'sigmoid'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'sgd', lr: 0.1 },
  training: train(40, 32),
});
add('vanishing-gradient.deep-sigmoid-momentum-churn', {
  seed: 39,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(64, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 },
  training: train(60, 32),
});
add('vanishing-gradient.deep-tanh-small-init-ratings', {
  seed: 40,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.01 },
  training: train(60, 32),
});

// nan-loss
add('nan-loss.spend-dollars-sgd-survey', {
  seed: 41,
  data: csv('survey-spend.csv', 'annual_spend', 'standard'),
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.01 },
  training: train(100, 32),
});
add('nan-loss.charges-dollars-momentum-insurance', {
  seed: 42,
  data: csv('insurance-dollars.csv', 'charges', 'minmax'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.005, momentum: 0.9 },
  training: train(80, 32),
});
add('nan-loss.raw-export-ids-sgd-churn', {
  seed: 43,
  data: csv('churn-export.csv', 'churned'),
  layers: [dense(32, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 },
  training: train(40, 32),
});
add('nan-loss.raw-income-sgd-wellbeing', {
  seed: 44,
  data: csv('survey.csv', 'wellbeing'),
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.001 },
  training: train(100, 32),
});

// lr-too-high
add('lr-too-high.adam-0.1-tickets', {
  seed: 45,
  data: csv('tickets.csv', 'topic'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.1 },
  training: train(40, 32),
});
add('lr-too-high.sgd-3-reviews', {
  seed: 46,
  data: csv('reviews.csv', 'sentiment', 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 3 },
  training: train(40, 32),
});
add('lr-too-high.rmsprop-0.05-ratings', {
  seed: 47,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.05 },
  training: train(60, 32),
});
add('lr-too-high.sgd-momentum-1.0-clicks', {
  seed: 48,
  data: csv('clicks.csv', 'clicked', 'standard'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 1.0, momentum: 0.9 },
  training: train(30, 64),
});

// lr-too-low
add('lr-too-low.sgd-1e-4-churn', {
  seed: 49,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 1e-4 },
  training: train(60, 32),
});
add('lr-too-low.adam-1e-6-tickets', {
  seed: 50,
  data: csv('tickets.csv', 'topic', 'minmax'),
  layers: [dense(64, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 1e-6 },
  training: train(40, 32),
});
add('lr-too-low.rmsprop-1e-6-ratings', {
  seed: 51,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 1e-6 },
  training: train(60, 32),
});
add('lr-too-low.sgd-momentum-1e-5-nps', {
  seed: 52,
  data: csv('survey-nps.csv', 'promoter', 'standard'),
  layers: [dense(32, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 1e-5, momentum: 0.9 },
  training: train(60, 32),
});

// saturated-activation
add('saturated-activation.unscaled-charges-tanh-churn', {
  seed: 53,
  data: csv('churn.csv', 'churned'),
  layers: [dense(32, 'tanh'), dense(16, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(60, 32),
});
add('saturated-activation.income-dollars-sigmoid-nps', {
  seed: 54,
  data: csv('survey-nps.csv', 'promoter'),
  layers: [dense(32, 'sigmoid'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'rmsprop', lr: 0.001 },
  training: train(60, 32),
});
add('saturated-activation.export-ids-sigmoid-churn', {
  seed: 55,
  data: csv('churn-export.csv', 'churned'),
  layers: [dense(32, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(40, 32),
});
add('saturated-activation.raw-age-bmi-tanh-insurance', {
  seed: 56,
  data: csv('insurance.csv', 'charges_k'),
  layers: [dense(32, 'tanh', { init: 'normal', std: 0.5 }), dense(16, 'tanh'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.003 },
  training: train(100, 32),
});

// loss-plateau
add('loss-plateau.weight-decay-0.5-clicks', {
  seed: 57,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001, weightDecay: 0.5 },
  training: train(40, 64),
});
add('loss-plateau.sigmoid-sgd-base-rate-clicks', {
  seed: 58,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.05 },
  training: train(60, 64),
});
add('loss-plateau.keep-prob-dropout-tickets', {
  seed: 59,
  data: csv('tickets.csv', 'topic', 'minmax'),
  layers: [dense(64, 'relu'), dropout(0.95), dense(32, 'relu'), dropout(0.95), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 },
  training: train(60, 32),
});
add('loss-plateau.weight-decay-sgd-nps', {
  seed: 60,
  data: csv('survey-nps.csv', 'promoter', 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 1.0 },
  training: train(60, 32),
});

// oscillating-loss
add('oscillating-loss.full-batch-momentum-reviews', {
  seed: 61,
  data: csv('reviews.csv', 'sentiment', 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 1.0, momentum: 0.95 },
  training: train(100, 520),
});
add('oscillating-loss.batch-4-sgd-ratings', {
  seed: 62,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.1 },
  training: train(40, 4),
});
add('oscillating-loss.adam-batch-8-clicks', {
  seed: 63,
  data: csv('clicks.csv', 'clicked', 'standard'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.03 },
  training: train(30, 8),
});
add('oscillating-loss.rmsprop-batch-4-tickets', {
  seed: 64,
  data: csv('tickets-onehot.csv', TOPIC_ONEHOT, 'minmax'),
  layers: [dense(64, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'rmsprop', lr: 0.03 },
  training: train(40, 4),
});
add('oscillating-loss.momentum-0.99-survey', {
  seed: 65,
  data: csv('survey.csv', 'wellbeing', 'standard'),
  layers: [dense(32, 'relu'), dense(1, undefined, { bias: 47 })],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.003, momentum: 0.99 },
  training: train(100, 420),
});

// ------------------------------------------------------------------------------------------------
// second round: candidates added after the first observe pass, for codes the first round left short
add('init-symmetry.zeros-everywhere-clicks', {
  seed: 66,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(1, 'sigmoid', { init: 'zeros' })],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(30, 64),
});
add('init-symmetry.constant-two-tanh-tickets', {
  seed: 67,
  data: csv('tickets.csv', 'topic', 'standard'),
  layers: [dense(32, 'tanh', { init: 'constant', value: 0.1 }), dense(16, 'tanh', { init: 'constant', value: 0.1 }), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 },
  training: train(40, 32),
});
add('exploding-gradient.deep-relu-long-reviews-momentum', {
  seed: 68,
  data: csv('reviews.csv', 'sentiment'),
  layers: [dense(64, 'relu', { init: 'he_uniform' }), dense(64, 'relu', { init: 'he_uniform' }), dense(64, 'relu', { init: 'he_uniform' }), dense(32, 'relu', { init: 'he_uniform' }), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 },
  training: train(40, 16),
});
add('exploding-gradient.export-ids-deep-relu-adam-churn', {
  seed: 69,
  data: csv('churn-export.csv', 'churned'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(40, 32),
});
add('exploding-gradient.raw-income-rmsprop-wellbeing', {
  seed: 70,
  data: csv('survey.csv', 'wellbeing'),
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.01 },
  training: train(100, 32),
});
add('nan-loss.wellbeing-sgd-0.1-momentum', {
  seed: 71,
  data: csv('survey.csv', 'wellbeing', 'standard'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 },
  training: train(100, 32),
});
add('nan-loss.ratings-sgd-0.5-momentum', {
  seed: 72,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(64, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 },
  training: train(60, 32),
});
add('oscillating-loss.full-batch-momentum-ratings', {
  seed: 73,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'relu'), dense(1, undefined, { bias: 3 })],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.98 },
  training: train(150, 900),
});
add('oscillating-loss.full-batch-momentum-insurance', {
  seed: 74,
  data: csv('insurance.csv', 'charges_k', 'standard'),
  layers: [dense(32, 'relu'), dense(1, undefined, { bias: 18 })],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.002, momentum: 0.99 },
  training: train(150, 480),
});
add('oscillating-loss.full-batch-rmsprop-tickets', {
  seed: 75,
  data: csv('tickets.csv', 'topic', 'standard'),
  layers: [dense(64, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'rmsprop', lr: 0.02 },
  training: train(80, 600),
});
add('oscillating-loss.full-batch-momentum-churn', {
  seed: 76,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.5, momentum: 0.99 },
  training: train(150, 640),
});
add('oscillating-loss.adam-0.05-full-batch-nps', {
  seed: 77,
  data: csv('survey-nps.csv', 'promoter', 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.05 },
  training: train(100, 420),
});

add('nan-loss.spend-dollars-momentum-deep-survey', {
  seed: 78,
  data: csv('survey-spend.csv', 'annual_spend', 'minmax'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.001, momentum: 0.9 },
  training: train(60, 32),
});
add('oscillating-loss.sgd-batch-2-nps', {
  seed: 79,
  data: csv('survey-nps.csv', 'promoter', 'standard'),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.3 },
  training: train(60, 2),
});
add('oscillating-loss.rmsprop-batch-1-ratings', {
  seed: 80,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'relu'), dense(1, undefined, { bias: 3 })],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.01 },
  training: train(40, 1),
});

add('nan-loss.charges-dollars-raw-sgd-insurance', {
  seed: 81,
  data: csv('insurance-dollars.csv', 'charges'),
  layers: [dense(32, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 1e-4 },
  training: train(80, 32),
});
add('nan-loss.spend-dollars-nesterov-elu-survey', {
  seed: 82,
  data: csv('survey-spend.csv', 'annual_spend', 'standard'),
  layers: [dense(16, 'elu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.003, momentum: 0.9, nesterov: true },
  training: train(80, 32),
});

// ================================================================================================
// Healthy
// ------------------------------------------------------------------------------------------------
add('healthy.churn-adam-relu', {
  seed: 101,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(100, 32),
});
add('healthy.churn-minmax-tanh-momentum', {
  seed: 102,
  data: csv('churn.csv', 'churned', 'minmax'),
  layers: [dense(24, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 },
  training: train(120, 32),
});
add('healthy.churn-batchnorm-dropout-adam', {
  seed: 103,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(64, 'relu', { batchNorm: true }), dropout(0.2), dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.003, weightDecay: 1e-4 },
  training: train(80, 64, { validationSplit: 0.2 }),
});
add('healthy.churn-elu-rmsprop', {
  seed: 104,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(32, 'elu'), dense(16, 'elu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'rmsprop', lr: 0.001 },
  training: train(80, 32),
});
add('healthy.churn-export-features-listed', {
  seed: 105,
  data: csv('churn-export.csv', 'churned', 'standard', {
    features: [
      'region_north', 'region_south', 'region_east', 'region_west', 'region_central', 'region_coast', 'region_mountain', 'region_islands',
      'plan_monthly', 'plan_one_year', 'plan_two_year', 'plan_family', 'plan_student',
      'device_android', 'device_iphone', 'device_tablet', 'device_feature_phone',
      'channel_web', 'channel_store', 'channel_phone', 'channel_partner', 'channel_door', 'channel_promo',
      'payment_card', 'payment_echeck', 'payment_transfer', 'payment_cash',
      'paperless', 'tenure_months', 'monthly_charges', 'support_calls',
    ],
  }),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.002 },
  training: train(80, 32),
});
add('healthy.churn-two-class-softmax', {
  seed: 106,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(32, 'leaky_relu'), dense(2, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.002 },
  training: train(80, 32),
});
add('healthy.churn-sgd-plain-relu', {
  seed: 107,
  data: csv('churn.csv', 'churned', 'standard'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.1 },
  training: train(120, 32, { validationSplit: 0.15 }),
});
add('healthy.reviews-counts-adam', {
  seed: 108,
  data: csv('reviews.csv', 'sentiment'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(60, 32),
});
add('healthy.reviews-standard-tanh-momentum', {
  seed: 109,
  data: csv('reviews.csv', 'sentiment', 'standard'),
  layers: [dense(16, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9 },
  training: train(60, 32),
});
add('healthy.reviews-minmax-leaky-dropout-rmsprop', {
  seed: 110,
  data: csv('reviews.csv', 'sentiment', 'minmax'),
  layers: [dense(32, 'leaky_relu'), dropout(0.3), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'rmsprop', lr: 0.002 },
  training: train(60, 32),
});
add('healthy.reviews-clipped-decay-adam', {
  seed: 111,
  data: csv('reviews.csv', 'sentiment', 'standard'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.0005, weightDecay: 1e-3, clipNorm: 1.0 },
  training: train(50, 32, { validationSplit: 0.2 }),
});
add('healthy.reviews-nesterov-dropout', {
  seed: 112,
  data: csv('reviews.csv', 'sentiment', 'standard'),
  layers: [dense(48, 'relu'), dropout(0.2), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true },
  training: train(60, 16),
});
add('healthy.tickets-adam-relu', {
  seed: 113,
  data: csv('tickets.csv', 'topic'),
  layers: [dense(64, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(40, 32),
});
add('healthy.tickets-standard-tanh-momentum', {
  seed: 114,
  data: csv('tickets.csv', 'topic', 'standard'),
  layers: [dense(32, 'tanh'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9 },
  training: train(40, 32),
});
add('healthy.tickets-onehot-rmsprop-dropout', {
  seed: 115,
  data: csv('tickets-onehot.csv', TOPIC_ONEHOT),
  layers: [dense(48, 'relu'), dropout(0.3), dense(24, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'rmsprop', lr: 0.001 },
  training: train(40, 32),
});
add('healthy.tickets-batchnorm-elu-adam', {
  seed: 116,
  data: csv('tickets.csv', 'topic', 'minmax'),
  layers: [dense(32, 'elu', { batchNorm: true }), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.002 },
  training: train(40, 64),
});
add('healthy.tickets-nesterov-relu', {
  seed: 117,
  data: csv('tickets.csv', 'topic'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true },
  training: train(40, 32),
});
add('healthy.tickets-onehot-adam-wide-batch', {
  seed: 118,
  data: csv('tickets-onehot.csv', TOPIC_ONEHOT, 'minmax'),
  layers: [dense(32, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.003 },
  training: train(60, 128),
});
add('healthy.survey-wellbeing-adam', {
  seed: 119,
  data: csv('survey.csv', 'wellbeing', 'standard'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.01 },
  training: train(200, 32),
});
add('healthy.survey-wellbeing-elu-bias-momentum', {
  seed: 120,
  data: csv('survey.csv', 'wellbeing', 'minmax'),
  layers: [dense(24, 'elu'), dense(1, undefined, { bias: 47 })],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.005, momentum: 0.9 },
  training: train(150, 32),
});
add('healthy.survey-nps-rmsprop', {
  seed: 121,
  data: csv('survey-nps.csv', 'promoter', 'standard'),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'rmsprop', lr: 0.002 },
  training: train(80, 32),
});
add('healthy.survey-nps-elu-dropout-adam', {
  seed: 122,
  data: csv('survey-nps.csv', 'promoter', 'standard'),
  layers: [dense(32, 'elu'), dropout(0.2), dense(16, 'elu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(80, 32, { validationSplit: 0.2 }),
});
add('healthy.survey-spend-standard-adam-bias', {
  seed: 123,
  data: csv('survey-spend.csv', 'annual_spend', 'standard'),
  layers: [dense(32, 'relu'), dense(1, undefined, { bias: 6500 })],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.05 },
  training: train(200, 32),
});
add('healthy.ratings-adam-relu', {
  seed: 124,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.003 },
  training: train(60, 32),
});
add('healthy.ratings-wide-momentum', {
  seed: 125,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(64, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 },
  training: train(60, 32),
});
add('healthy.ratings-tanh-rmsprop', {
  seed: 126,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'tanh'), dense(1, undefined, { bias: 3 })],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.003 },
  training: train(80, 32),
});
add('healthy.ratings-batchnorm-batch-16', {
  seed: 127,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(48, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.002 },
  training: train(50, 16),
});
add('healthy.ratings-stars-as-classes', {
  seed: 128,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(48, 'relu'), dense(5, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.002 },
  training: train(60, 32),
});
add('healthy.ratings-leaky-decay', {
  seed: 129,
  data: csv('ratings.csv', 'stars'),
  layers: [dense(32, 'leaky_relu'), dense(32, 'leaky_relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.002, weightDecay: 1e-4 },
  training: train(60, 32, { validationSplit: 0.2 }),
});
add('healthy.clicks-adam-relu', {
  seed: 130,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.001 },
  training: train(40, 64),
});
add('healthy.clicks-standard-rmsprop', {
  seed: 131,
  data: csv('clicks.csv', 'clicked', 'standard'),
  layers: [dense(24, 'relu'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'rmsprop', lr: 0.001 },
  training: train(40, 32),
});
add('healthy.clicks-tanh-momentum', {
  seed: 132,
  data: csv('clicks.csv', 'clicked', 'minmax'),
  layers: [dense(32, 'tanh'), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 },
  training: train(40, 32),
});
add('healthy.insurance-adam-relu', {
  seed: 133,
  data: csv('insurance.csv', 'charges_k', 'standard'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'adam', lr: 0.003 },
  training: train(200, 32),
});
add('healthy.insurance-minmax-momentum', {
  seed: 134,
  data: csv('insurance.csv', 'charges_k', 'minmax'),
  layers: [dense(32, 'relu'), dense(1, undefined, { bias: 18 })],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 },
  training: train(200, 32),
});
add('healthy.insurance-elu-rmsprop-clip', {
  seed: 135,
  data: csv('insurance.csv', 'charges_k', 'standard'),
  layers: [dense(64, 'elu'), dense(32, 'elu'), dense(1)],
  loss: 'mse',
  optimizer: { type: 'rmsprop', lr: 0.003, clipNorm: 5 },
  training: train(150, 32),
});
add('healthy.iris-standard-adam', {
  seed: 136,
  data: { builtin: 'iris', normalize: 'standard' },
  layers: [dense(16, 'relu'), dense(3, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'adam', lr: 0.01 },
  training: train(100, 16),
});
add('healthy.blobs-six-segments-sgd', {
  seed: 137,
  data: { builtin: 'blobs', classes: 6, samples: 600, noise: 0.1 },
  layers: [dense(32, 'relu'), dense(6, 'softmax')],
  loss: 'cce',
  optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 },
  training: train(60, 32),
});
add('healthy.clicks-weighted-decay-adam-long', {
  seed: 138,
  data: csv('clicks.csv', 'clicked', 'standard'),
  layers: [dense(48, 'relu'), dropout(0.2), dense(1, 'sigmoid')],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.0005, weightDecay: 1e-4 },
  training: train(60, 32, { validationSplit: 0.2 }),
});

for (const [name, spec] of specs) fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${specs.length} candidates written to ${path.relative(process.cwd(), OUT)}`);
