/**
 * Writes every candidate spec of test/faults-blind48 into candidates/ as `<intent>.<slug>.nn.json`
 * (intent = the code it was written for, or `healthy`). The verdicts and the filing are made
 * afterwards by write-manifest.py from what the bare engine did (observed.txt), not from the intent.
 * Run: `npx tsx test/faults-blind48/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');

type Json = Record<string, unknown>;

const SESSION_X = ['session_seconds', 'pages_viewed', 'cart_value', 'returning'];
const ADS_X = ['ad_position', 'hour', 'device_desktop', 'device_mobile', 'device_tablet'];
const CHURN_X = ['months_subscribed', 'support_tickets', 'monthly_spend', 'days_since_login'];
const PRODUCT_X = ['price', 'title_length', 'description_length', 'weight_g', 'image_count'];
const RATING_X = ['delivery_days', 'price', 'discount_pct', 'damaged', 'review_length'];
const BASKET_X = ['items', 'avg_item_price', 'member', 'coupon'];
const CLV_X = ['orders_12m', 'avg_order_value', 'tenure_months', 'email_opens'];
const DELIVERY_X = ['distance_km', 'warehouse_load_pct', 'express', 'weekend'];
const DEMAND_X = ['price', 'discount_pct', 'promotion', 'holiday_week'];
const ABTEST_X = ['variant_b', 'mobile', 'prior_orders', 'cart_adds'];

function csv(file: string, target: string | string[], features: string[] | undefined, normalize = 'standard'): Json {
  const d: Json = { csv: `../data/${file}`, target };
  if (features) d.features = features;
  if (normalize !== 'none') d.normalize = normalize;
  return d;
}

function dense(units: number, activation?: string, extra: Json = {}): Json {
  const l: Json = { type: 'dense', units };
  if (activation) l.activation = activation;
  return { ...l, ...extra };
}

const dropout = (rate: number): Json => ({ type: 'dropout', rate });

function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 48): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

const specs: Record<string, Json> = {};
const add = (file: string, s: Json) => {
  if (specs[file]) throw new Error(`duplicate ${file}`);
  specs[file] = s;
};

// ============================================================================================
// Healthy intent
add('healthy.sessions-conversion-adam', spec('sessions-conversion-adam', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 64 }));
add('healthy.sessions-conversion-rmsprop-tanh', spec('sessions-conversion-rmsprop-tanh', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 50, batchSize: 32 }));
add('healthy.sessions-conversion-momentum-dropout', spec('sessions-conversion-momentum-dropout', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(32, 'relu'), dropout(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.03, momentum: 0.9 },
  { epochs: 60, batchSize: 32, validationSplit: 0.2 }));
add('healthy.sessions-conversion-big-batch', spec('sessions-conversion-big-batch', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 80, batchSize: 128 }));
add('healthy.ads-ctr-adam', spec('ads-ctr-adam', csv('ads.csv', 'clicked', ADS_X),
  [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 }));
add('healthy.ads-ctr-elu-rmsprop', spec('ads-ctr-elu-rmsprop', csv('ads.csv', 'clicked', ADS_X),
  [dense(24, 'elu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 80, batchSize: 64 }));
add('healthy.ads-ctr-momentum-batchnorm', spec('ads-ctr-momentum-batchnorm', csv('ads.csv', 'clicked', ADS_X),
  [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 },
  { epochs: 60, batchSize: 64 }));
add('healthy.churn-adam-batchnorm', spec('churn-adam-batchnorm', csv('churn.csv', 'churned', CHURN_X),
  [dense(16, 'relu', { batchNorm: true }), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 50, batchSize: 32 }));
add('healthy.churn-sgd-leaky', spec('churn-sgd-leaky', csv('churn.csv', 'churned', CHURN_X),
  [dense(8, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 100, batchSize: 16 }));
add('healthy.churn-adam-weight-decay-dropout', spec('churn-adam-weight-decay-dropout', csv('churn.csv', 'churned', CHURN_X),
  [dense(32, 'relu'), dropout(0.3), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002, weightDecay: 1e-4 },
  { epochs: 60, batchSize: 32, validationSplit: 0.2 }));
add('healthy.churn-rmsprop-elu-lecun', spec('churn-rmsprop-elu-lecun', csv('churn.csv', 'churned', CHURN_X, 'minmax'),
  [dense(16, 'elu', { init: 'lecun_normal' }), dense(16, 'elu', { init: 'lecun_normal' }), dense(1, 'sigmoid')], 'bce',
  { type: 'rmsprop', lr: 0.002 }, { epochs: 80, batchSize: 32 }));
add('healthy.products-category-adam', spec('products-category-adam', csv('products.csv', 'category', PRODUCT_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }));
add('healthy.products-category-rmsprop-tanh', spec('products-category-rmsprop-tanh', csv('products.csv', 'category', PRODUCT_X),
  [dense(24, 'tanh'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 60, batchSize: 32 }));
add('healthy.products-category-nesterov', spec('products-category-nesterov', csv('products.csv', 'category', PRODUCT_X),
  [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, { epochs: 60, batchSize: 32 }));
add('healthy.ratings-stars-classes', spec('ratings-stars-classes', csv('ratings.csv', 'stars', RATING_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 60, batchSize: 32 }));
add('healthy.ratings-stars-classes-rmsprop-dropout', spec('ratings-stars-classes-rmsprop-dropout', csv('ratings.csv', 'stars', RATING_X),
  [dense(48, 'relu'), dropout(0.2), dense(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 60, batchSize: 32, validationSplit: 0.2 }));
add('healthy.ratings-stars-regression', spec('ratings-stars-regression', csv('ratings.csv', 'stars', RATING_X),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }));
add('healthy.baskets-value-adam', spec('baskets-value-adam', csv('baskets.csv', 'basket_value', BASKET_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.03 }, { epochs: 150, batchSize: 32 }));
add('healthy.baskets-value-rmsprop-clip', spec('baskets-value-rmsprop-clip', csv('baskets.csv', 'basket_value', BASKET_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.01, clipNorm: 5 }, { epochs: 150, batchSize: 32 }));
add('healthy.clv-adam', spec('clv-adam', csv('clv.csv', 'clv', CLV_X),
  [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('healthy.clv-momentum-clip', spec('clv-momentum-clip', csv('clv.csv', 'clv', CLV_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.003, momentum: 0.9, clipNorm: 50 }, { epochs: 150, batchSize: 32 }));
add('healthy.clv-rmsprop-weight-decay', spec('clv-rmsprop-weight-decay', csv('clv.csv', 'clv', CLV_X),
  [dense(48, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.01, weightDecay: 1e-4 }, { epochs: 150, batchSize: 32 }));
add('healthy.delivery-days-adam', spec('delivery-days-adam', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 }));
add('healthy.delivery-days-elu-momentum', spec('delivery-days-elu-momentum', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(16, 'elu'), dense(16, 'elu'), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('healthy.delivery-days-batchnorm-rmsprop', spec('delivery-days-batchnorm-rmsprop', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(1)], 'mse', { type: 'rmsprop', lr: 0.003 },
  { epochs: 80, batchSize: 32, validationSplit: 0.2 }));
add('healthy.demand-units-adam', spec('demand-units-adam', csv('demand.csv', 'units_sold', DEMAND_X),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('healthy.demand-units-minmax-tanh', spec('demand-units-minmax-tanh', csv('demand.csv', 'units_sold', DEMAND_X, 'minmax'),
  [dense(16, 'tanh'), dense(8, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 16 }));
add('healthy.demand-revenue-adam', spec('demand-revenue-adam', csv('demand.csv', 'revenue', DEMAND_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.03 }, { epochs: 150, batchSize: 32 }));
add('healthy.abtest-conversion-adam', spec('abtest-conversion-adam', csv('abtest.csv', 'converted', ABTEST_X),
  [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 40, batchSize: 64 }));
add('healthy.abtest-conversion-momentum', spec('abtest-conversion-momentum', csv('abtest.csv', 'converted', ABTEST_X),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 40, batchSize: 32 }));
add('healthy.customer-segments-blobs', spec('customer-segments-blobs', { builtin: 'blobs', classes: 4, samples: 400, noise: 0.2 },
  [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 60, batchSize: 32 }));
add('healthy.rfm-segments-blobs-sgd', spec('rfm-segments-blobs-sgd', { builtin: 'blobs', classes: 3, samples: 300 },
  [dense(8, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, { epochs: 60, batchSize: 16 }));
add('healthy.traffic-seasonality-sine', spec('traffic-seasonality-sine', { builtin: 'sine', samples: 300, noise: 0.05 },
  [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('healthy.visitor-segments-moons', spec('visitor-segments-moons', { builtin: 'moons', samples: 400 },
  [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));
add('healthy.delivery-zone-circles', spec('delivery-zone-circles', { builtin: 'circles', samples: 400 },
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
add('healthy.baskets-value-momentum-batchnorm', spec('baskets-value-momentum-batchnorm', csv('baskets.csv', 'basket_value', BASKET_X),
  [dense(32, 'relu', { batchNorm: true }), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, clipNorm: 100 }, { epochs: 100, batchSize: 32 }));
add('healthy.ratings-stars-regression-rmsprop-minmax', spec('ratings-stars-regression-rmsprop-minmax', csv('ratings.csv', 'stars', RATING_X, 'minmax'),
  [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.003 }, { epochs: 80, batchSize: 32 }));

// ============================================================================================
// Faulty intent: static
add('invalid-spec.learning-rate-key', spec('sessions-learning-rate-key', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', learning_rate: 0.001 }, { epochs: 40, batchSize: 64 }));
add('invalid-spec.keras-loss-name', spec('churn-keras-loss-name', csv('churn.csv', 'churned', CHURN_X),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'binary_crossentropy', { type: 'adam', lr: 0.003 }, { epochs: 40, batchSize: 32 }));
add('invalid-spec.batch-size-snake-case', spec('ads-batch-size-snake-case', csv('ads.csv', 'clicked', ADS_X),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 50, batch_size: 64 }));
add('invalid-spec.momentum-as-optimizer-type', spec('delivery-momentum-type', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'momentum', lr: 0.01, momentum: 0.9 }, { epochs: 80, batchSize: 32 }));
add('invalid-spec.epochs-as-string', spec('clv-epochs-string', csv('clv.csv', 'clv', CLV_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: '200', batchSize: 32 }));

add('data-error.currency-and-na-cells', spec('sessions-raw-export', csv('sessions-raw.csv', 'purchased', SESSION_X),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 64 }));
add('data-error.target-renamed', spec('sessions-target-renamed', csv('sessions.csv', 'converted', SESSION_X),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 64 }));
add('data-error.feature-name-typo', spec('demand-feature-typo', csv('demand.csv', 'units_sold', ['price', 'discount_percent', 'promotion', 'holiday_week']),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('data-error.two-row-pilot', spec('pilot-campaign', csv('pilot-campaign.csv', 'ordered', ['opens', 'clicks', 'segment_score']),
  [dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 50, batchSize: 32 }));
add('data-error.missing-export-file', spec('orders-2024', csv('orders_2024.csv', 'basket_value', BASKET_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }));

add('shape-mismatch.category-three-outputs', spec('products-three-outputs', csv('products.csv', 'category', PRODUCT_X),
  [dense(32, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }));
add('shape-mismatch.two-targets-one-output', spec('demand-two-targets', csv('demand.csv', ['units_sold', 'revenue'], DEMAND_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
add('shape-mismatch.stars-single-softmax', spec('ratings-single-output', csv('ratings.csv', 'stars', RATING_X),
  [dense(32, 'relu'), dense(1, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }));
add('shape-mismatch.churn-two-logits-bce', spec('churn-two-logits', csv('churn.csv', 'churned', CHURN_X),
  [dense(16, 'relu'), dense(2, 'softmax')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 50, batchSize: 32 }));

add('loss-activation-mismatch.clv-sigmoid-output', spec('clv-sigmoid-output', csv('clv.csv', 'clv', CLV_X),
  [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
add('loss-activation-mismatch.ctr-linear-bce', spec('ads-linear-bce', csv('ads.csv', 'clicked', ADS_X),
  [dense(16, 'relu'), dense(1)], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }));
add('loss-activation-mismatch.stars-sigmoid-cce', spec('ratings-sigmoid-cce', csv('ratings.csv', 'stars', RATING_X),
  [dense(32, 'relu'), dense(5, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }));
add('loss-activation-mismatch.churn-tanh-bce', spec('churn-tanh-bce', csv('churn.csv', 'churned', CHURN_X),
  [dense(16, 'relu'), dense(1, 'tanh')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 50, batchSize: 32 }));
add('loss-activation-mismatch.basket-relu-softmax-mse', spec('baskets-softmax-mse', csv('baskets.csv', 'basket_value', BASKET_X),
  [dense(32, 'relu'), dense(1, 'softmax')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 80, batchSize: 32 }));

add('init-symmetry.zeros-hidden', spec('churn-zeros-init', csv('churn.csv', 'churned', CHURN_X),
  [dense(16, 'relu', { init: 'zeros' }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 50, batchSize: 32 }));
add('init-symmetry.constant-tanh', spec('delivery-constant-init', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(1)], 'mse',
  { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 80, batchSize: 32 }));
add('init-symmetry.zeros-everywhere', spec('products-zeros-everywhere', csv('products.csv', 'category', PRODUCT_X),
  [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(4, 'softmax', { init: 'zeros' })], 'cce',
  { type: 'rmsprop', lr: 0.003 }, { epochs: 60, batchSize: 32 }));

add('init-scale.normal-std-one-wide', spec('sessions-std-one', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(128, 'relu', { init: { name: 'normal', std: 1.0 } }), dense(64, 'relu', { init: { name: 'normal', std: 1.0 } }), dense(1, 'sigmoid', { init: { name: 'normal', std: 1.0 } })],
  'bce', { type: 'adam', lr: 0.001 }, { epochs: 40, batchSize: 64 }));
add('init-scale.uniform-limit-three-tanh', spec('products-uniform-3', csv('products.csv', 'category', PRODUCT_X),
  [dense(64, 'tanh', { init: { name: 'uniform', limit: 3 } }), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));
add('init-scale.tiny-normal-deep', spec('delivery-tiny-init', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(64, 'relu', { init: { name: 'normal', std: 0.001 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.001 } }),
    dense(64, 'relu', { init: { name: 'normal', std: 0.001 } }), dense(1, 'linear', { init: { name: 'normal', std: 0.001 } })],
  'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));

add('no-nonlinearity.ctr-linear-hidden', spec('ads-linear-hidden', csv('ads.csv', 'clicked', ADS_X),
  [dense(32), dense(16), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 }));
add('no-nonlinearity.delivery-activation-omitted', spec('delivery-no-activation', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(64), dense(32), dense(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 }));
add('no-nonlinearity.moons-linear-stack', spec('visitor-moons-linear', { builtin: 'moons', samples: 400 },
  [dense(32, 'linear'), dense(32, 'linear'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 60, batchSize: 32 }));

add('lr-out-of-range.adam-lr-five', spec('churn-adam-lr-5', csv('churn.csv', 'churned', CHURN_X),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 5 }, { epochs: 50, batchSize: 32 }));
add('lr-out-of-range.sgd-lr-1e-8', spec('demand-sgd-1e-8', csv('demand.csv', 'units_sold', DEMAND_X),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 1e-8, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('lr-out-of-range.rmsprop-lr-fifty', spec('ads-rmsprop-lr-50', csv('ads.csv', 'clicked', ADS_X),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 50 }, { epochs: 40, batchSize: 32 }));

// ============================================================================================
// Faulty intent: training / probe
add('dead-relu.negative-bias-copied', spec('sessions-negative-bias', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(1, 'sigmoid', { bias: -3 })], 'bce', { type: 'adam', lr: 0.003 },
  { epochs: 60, batchSize: 64 }));
add('dead-relu.clv-adam-lr-high', spec('clv-adam-lr-high', csv('clv.csv', 'clv', CLV_X),
  [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.3 }, { epochs: 100, batchSize: 32 }));
add('dead-relu.ids-in-features', spec('ads-ids-in-features', csv('ads.csv', 'clicked', ['impression_id', 'ts', ...ADS_X], 'none'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 40, batchSize: 32 }));
add('dead-relu.baskets-raw-sgd', spec('baskets-raw-sgd', csv('baskets.csv', 'basket_value', BASKET_X, 'none'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 1e-5 }, { epochs: 80, batchSize: 32 }));

add('exploding-gradient.clv-raw-sgd', spec('clv-raw-sgd', csv('clv.csv', 'clv', CLV_X, 'none'),
  [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 60, batchSize: 32 }));
add('exploding-gradient.deep-normal-half', spec('baskets-deep-normal-half', csv('baskets.csv', 'basket_value', BASKET_X),
  [dense(64, 'relu', { init: { name: 'normal', std: 0.5 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.5 } }),
    dense(64, 'relu', { init: { name: 'normal', std: 0.5 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.5 } }), dense(1)],
  'mse', { type: 'sgd', lr: 0.0001, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));
add('exploding-gradient.revenue-raw-momentum', spec('demand-revenue-raw-momentum', csv('demand.csv', 'revenue', DEMAND_X, 'none'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 1e-4, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));

add('vanishing-gradient.deep-sigmoid-sgd', spec('churn-deep-sigmoid', csv('churn.csv', 'churned', CHURN_X),
  [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(1, 'sigmoid')],
  'bce', { type: 'sgd', lr: 0.05 }, { epochs: 60, batchSize: 32 }));
add('vanishing-gradient.deep-tanh-tiny-init', spec('products-deep-tanh-tiny', csv('products.csv', 'category', PRODUCT_X),
  [1, 2, 3, 4, 5].map(() => dense(32, 'tanh', { init: { name: 'normal', std: 0.01 } })).concat([dense(4, 'softmax')]),
  'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));
add('vanishing-gradient.sigmoid-stack-ratings', spec('ratings-sigmoid-stack', csv('ratings.csv', 'stars', RATING_X),
  [1, 2, 3, 4, 5, 6, 7].map(() => dense(16, 'sigmoid')).concat([dense(1)]), 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 60, batchSize: 32 }));

add('nan-loss.baskets-raw-sgd', spec('baskets-raw-sgd-lr-0.01', csv('baskets.csv', 'basket_value', BASKET_X, 'none'),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 50, batchSize: 32 }));
add('nan-loss.timestamp-feature', spec('demand-timestamp-feature', csv('demand.csv', 'units_sold', ['week_start', ...DEMAND_X], 'none'),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 50, batchSize: 32 }));
add('nan-loss.clv-momentum-diverges', spec('clv-momentum-diverges', csv('clv.csv', 'clv', CLV_X),
  [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));

add('lr-too-high.churn-adam-0.3', spec('churn-adam-0.3', csv('churn.csv', 'churned', CHURN_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.3 }, { epochs: 60, batchSize: 32 }));
add('lr-too-high.sessions-sgd-2', spec('sessions-sgd-2', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 2 }, { epochs: 60, batchSize: 32 }));
add('lr-too-high.products-rmsprop-0.1', spec('products-rmsprop-0.1', csv('products.csv', 'category', PRODUCT_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.1 }, { epochs: 60, batchSize: 32 }));

add('lr-too-low.delivery-sgd-1e-5', spec('delivery-sgd-1e-5', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 1e-5 }, { epochs: 50, batchSize: 32 }));
add('lr-too-low.products-adam-1e-6', spec('products-adam-1e-6', csv('products.csv', 'category', PRODUCT_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 1e-6 }, { epochs: 60, batchSize: 32 }));
add('lr-too-low.churn-sgd-big-batch', spec('churn-sgd-big-batch', csv('churn.csv', 'churned', CHURN_X),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-4 }, { epochs: 60, batchSize: 256 }));

add('saturated-activation.sessions-raw-sigmoid', spec('sessions-raw-sigmoid', csv('sessions.csv', 'purchased', SESSION_X, 'none'),
  [dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 64 }));
add('saturated-activation.baskets-raw-tanh', spec('baskets-raw-tanh', csv('baskets.csv', 'basket_value', BASKET_X, 'none'),
  [dense(32, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 80, batchSize: 32 }));
add('saturated-activation.clv-raw-tanh', spec('clv-raw-tanh', csv('clv.csv', 'clv', CLV_X, 'none'),
  [dense(32, 'tanh'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.01 }, { epochs: 80, batchSize: 32 }));

add('loss-plateau.weight-decay-half', spec('churn-weight-decay-half', csv('churn.csv', 'churned', CHURN_X),
  [dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003, weightDecay: 0.5 }, { epochs: 60, batchSize: 32 }));
add('loss-plateau.dropout-keep-prob', spec('products-dropout-keep-prob', csv('products.csv', 'category', PRODUCT_X),
  [dense(32, 'relu'), dropout(0.95), dense(16, 'relu'), dropout(0.95), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }));
add('loss-plateau.raw-ids-sigmoid', spec('abtest-raw-ids-sigmoid', csv('abtest.csv', 'converted', ['user_id', ...ABTEST_X], 'none'),
  [dense(16, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));
add('loss-plateau.clv-relu-output-dead', spec('clv-relu-output', csv('clv.csv', 'clv', CLV_X),
  [dense(32, 'relu'), dense(1, 'relu', { bias: -1 })], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));

add('oscillating-loss.ratings-sgd-batch-one', spec('ratings-sgd-batch-one', csv('ratings.csv', 'stars', RATING_X),
  [dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 40, batchSize: 1 }));
add('oscillating-loss.delivery-momentum-0.99', spec('delivery-momentum-0.99', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.99 }, { epochs: 80, batchSize: 32 }));
add('oscillating-loss.churn-rmsprop-batch-four', spec('churn-rmsprop-batch-four', csv('churn.csv', 'churned', CHURN_X),
  [dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.02 }, { epochs: 60, batchSize: 4 }));

// ============================================================================================
// Second round, written after the first observe.ts pass: replacements for candidates that showed
// neither a clean run nor their fault (those stay filed in dropped/ or under what they did show).
add('healthy.baskets-value-leaky-adam', spec('baskets-value-leaky-adam', csv('baskets.csv', 'basket_value', BASKET_X),
  [dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('healthy.demand-revenue-elu-rmsprop', spec('demand-revenue-elu-rmsprop', csv('demand.csv', 'revenue', DEMAND_X),
  [dense(32, 'elu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('healthy.ads-ctr-tanh-adam-wd', spec('ads-ctr-tanh-adam-wd', csv('ads.csv', 'clicked', ADS_X, 'minmax'),
  [dense(24, 'tanh'), dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005, weightDecay: 1e-4 }, { epochs: 100, batchSize: 32 }));
add('exploding-gradient.deep-normal-half-adam', spec('baskets-deep-normal-half-adam', csv('baskets.csv', 'basket_value', BASKET_X),
  [1, 2, 3, 4].map(() => dense(64, 'relu', { init: { name: 'normal', std: 0.5 } })).concat([dense(1)]),
  'mse', { type: 'adam', lr: 0.001 }, { epochs: 60, batchSize: 32 }));
add('exploding-gradient.clv-deep-std-one', spec('clv-deep-std-one', csv('clv.csv', 'clv', CLV_X),
  [1, 2, 3].map(() => dense(32, 'relu', { init: { name: 'normal', std: 1 } })).concat([dense(1)]),
  'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 60, batchSize: 32 }));
add('dead-relu.sessions-bias-minus-five', spec('sessions-bias-minus-five', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(32, 'relu', { bias: -5 }), dense(16, 'relu', { bias: -5 }), dense(1, 'sigmoid', { bias: -3 })], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 },
  { epochs: 60, batchSize: 64 }));
add('lr-too-high.delivery-adam-0.2', spec('delivery-adam-0.2', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.2 }, { epochs: 60, batchSize: 32 }));
add('lr-too-high.ratings-momentum-0.5', spec('ratings-momentum-0.5', csv('ratings.csv', 'stars', RATING_X),
  [dense(32, 'relu'), dense(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));
add('lr-too-high.ads-rmsprop-0.05', spec('ads-rmsprop-0.05', csv('ads.csv', 'clicked', ADS_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.05 }, { epochs: 60, batchSize: 32 }));
add('oscillating-loss.delivery-sgd-batch-8', spec('delivery-sgd-batch-8', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.1 }, { epochs: 60, batchSize: 8 }));
add('oscillating-loss.clv-adam-batch-8', spec('clv-adam-batch-8', csv('clv.csv', 'clv', CLV_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 80, batchSize: 8 }));
add('oscillating-loss.demand-rmsprop-batch-8', spec('demand-rmsprop-batch-8', csv('demand.csv', 'units_sold', DEMAND_X),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, { epochs: 80, batchSize: 8 }));
add('loss-plateau.ads-weight-decay-one', spec('ads-weight-decay-one', csv('ads.csv', 'clicked', ADS_X),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005, weightDecay: 1.0 }, { epochs: 60, batchSize: 32 }));
add('loss-plateau.ratings-dropout-0.9', spec('ratings-dropout-0.9', csv('ratings.csv', 'stars', RATING_X),
  [dense(64, 'relu'), dropout(0.9), dense(32, 'relu'), dropout(0.9), dense(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 60, batchSize: 32 }));
add('init-scale.ratings-uniform-three-deep-tanh', spec('ratings-uniform-3-tanh', csv('ratings.csv', 'stars', RATING_X),
  [dense(64, 'tanh', { init: { name: 'uniform', limit: 3 } }), dense(32, 'tanh', { init: { name: 'uniform', limit: 3 } }), dense(5, 'softmax')], 'cce',
  { type: 'adam', lr: 0.002 }, { epochs: 60, batchSize: 32 }));

// Third round: more candidates for the codes still short of clean examples (oscillation, explosion).
add('oscillating-loss.churn-tanh-sgd-lr-1', spec('churn-tanh-sgd-lr-1', csv('churn.csv', 'churned', CHURN_X),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.0, momentum: 0.9 }, { epochs: 60, batchSize: 64 }));
add('oscillating-loss.delivery-tanh-momentum-0.95', spec('delivery-tanh-momentum-0.95', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.95 }, { epochs: 60, batchSize: 16 }));
add('oscillating-loss.ratings-adam-batch-4', spec('ratings-adam-batch-4', csv('ratings.csv', 'stars', RATING_X),
  [dense(32, 'leaky_relu'), dense(1)], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 40, batchSize: 4 }));
add('oscillating-loss.seasonality-sgd-0.5', spec('traffic-seasonality-sgd-0.5', { builtin: 'sine', samples: 300, noise: 0.05 },
  [dense(32, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.5, momentum: 0.9 }, { epochs: 100, batchSize: 16 }));
add('exploding-gradient.churn-deep-normal-half', spec('churn-deep-normal-half', csv('churn.csv', 'churned', CHURN_X),
  [1, 2, 3, 4, 5].map(() => dense(64, 'relu', { init: { name: 'normal', std: 0.5 } })).concat([dense(1, 'sigmoid')]),
  'bce', { type: 'sgd', lr: 1e-4, momentum: 0.9 }, { epochs: 40, batchSize: 32 }));
add('exploding-gradient.products-raw-sgd', spec('products-raw-sgd', csv('products.csv', 'category', PRODUCT_X, 'none'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, { epochs: 40, batchSize: 32 }));
add('exploding-gradient.ratings-raw-sgd', spec('ratings-raw-sgd', csv('ratings.csv', 'stars', RATING_X, 'none'),
  [dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 40, batchSize: 32 }));

// Fourth round: oscillation is still short of a clean third example.
add('oscillating-loss.delivery-rmsprop-0.05-big-batch', spec('delivery-rmsprop-0.05-big-batch', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'elu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, { epochs: 80, batchSize: 128 }));
add('oscillating-loss.ratings-rmsprop-0.1', spec('ratings-rmsprop-0.1', csv('ratings.csv', 'stars', RATING_X),
  [dense(32, 'elu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.1 }, { epochs: 60, batchSize: 64 }));
add('oscillating-loss.demand-momentum-elu', spec('demand-momentum-elu', csv('demand.csv', 'units_sold', DEMAND_X),
  [dense(16, 'elu'), dense(1)], 'mse', { type: 'sgd', lr: 0.003, momentum: 0.9 }, { epochs: 80, batchSize: 64 }));
add('oscillating-loss.sessions-sgd-5-tanh', spec('sessions-sgd-5-tanh', csv('sessions.csv', 'purchased', SESSION_X),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 5 }, { epochs: 60, batchSize: 256 }));

// Fifth round: two more rmsprop-at-a-high-rate regressions, after ratings-rmsprop-0.1 zigzagged cleanly.
add('oscillating-loss.delivery-rmsprop-0.1', spec('delivery-rmsprop-0.1', csv('delivery.csv', 'delivery_days', DELIVERY_X),
  [dense(32, 'elu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.1 }, { epochs: 60, batchSize: 64 }));
add('oscillating-loss.churn-rmsprop-0.1-tanh', spec('churn-rmsprop-0.1-tanh', csv('churn.csv', 'churned', CHURN_X),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.1 }, { epochs: 60, batchSize: 64 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, s] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
