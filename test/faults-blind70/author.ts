/**
 * Writes every candidate spec of the seventieth blind fault set (restaurants and food service) into
 * candidates/: `npx tsx test/faults-blind70/author.ts`. write-manifest.py files them afterwards by
 * what the bare engine did (observed.txt, observed-curves.txt).
 */
import * as fs from 'fs';
import * as path from 'path';

type Spec = Record<string, unknown>;
type Layer = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

/** A dense layer; `activation` left undefined is omitted from the JSON (the spec default, linear). */
const dense = (units: number, activation?: string, extra: Layer = {}): Layer => ({ type: 'dense', units, activation, ...extra });
const dropout = (rate: number): Layer => ({ type: 'dropout', rate });

function csv(file: string, target: string | string[], features: string[] | undefined, normalize = 'standard', normalizeTarget?: string): Spec {
  const d: Spec = { csv: `../data/${file}`, target };
  if (features) d.features = features;
  d.normalize = normalize;
  if (normalizeTarget) d.normalizeTarget = normalizeTarget;
  return d;
}

const SALES = ['weekday', 'wx_sunny', 'wx_cloudy', 'wx_rain', 'temp_c', 'holiday', 'promo'];
const DELIV = ['distance_m', 'basket_value', 'items', 'hour', 'couriers'];
const FRIDGE = ['fridge_temp_c', 'door_openings', 'compressor_w', 'ambient_c'];
const MENU = ['price', 'calories', 'prep_min', 'vegetarian', 'margin_share'];
const INSP = ['critical_violations', 'minor_violations', 'days_since_last', 'temp_log_share', 'staff_trained_share', 'seats'];
const WASTE = ['covers', 'prepped_kg', 'menu_items', 'dinner', 'weekend'];
const GRADES = ['grade_A', 'grade_B', 'grade_C'];

function spec(name: string, seed: number, data: Spec, layers: Layer[], loss: string, optimizer: Spec, training: Spec): Spec {
  return { name, seed, data, layers, loss, optimizer, training };
}

const specs: Record<string, Spec> = {};
const add = (slug: string, s: Spec) => {
  if (specs[slug]) throw new Error(`duplicate ${slug}`);
  specs[slug] = s;
};

// ---------------------------------------------------------------- healthy-intended candidates
add('sales-revenue-adam', spec('revenue per day', 3, csv('daily-sales.csv', 'revenue', SALES, 'standard', 'standard'),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('sales-revenue-covers-adam-b16', spec('revenue with covers', 4, csv('daily-sales.csv', 'revenue', [...SALES, 'covers'], 'standard', 'standard'),
  [dense(24, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 16, validationSplit: 0.2 }));
add('sales-revenue-rmsprop-minmax', spec('revenue minmax', 5, csv('daily-sales.csv', 'revenue', SALES, 'minmax', 'minmax'),
  [dense(12, 'tanh'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, { epochs: 200, batchSize: 32 }));
add('sales-daytype-cce-adam', spec('busy normal quiet', 6, csv('daily-sales.csv', 'day_type', SALES),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32, validationSplit: 0.2 }));
add('sales-daytype-momentum-elu', spec('day type momentum', 7, csv('daily-sales.csv', 'day_type', SALES),
  [dense(24, 'elu'), dropout(0.1), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 120, batchSize: 32 }));
add('sales-daytype-tanh-xavier-rmsprop', spec('day type tanh', 8, csv('daily-sales.csv', 'day_type', SALES),
  [dense(20, 'tanh', { init: 'xavier_normal' }), dense(10, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, { epochs: 150, batchSize: 32 }));
add('deliveries-minutes-adam', spec('delivery eta', 11, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 64 }));
add('deliveries-minutes-sgd-tanh', spec('delivery eta sgd', 12, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 150, batchSize: 16 }));
add('deliveries-minutes-batchnorm-wd', spec('delivery eta bn', 13, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(1, 'linear')], 'mse',
  { type: 'adam', lr: 0.005, weightDecay: 0.0001 }, { epochs: 100, batchSize: 32, validationSplit: 0.15 }));
add('deliveries-minutes-rmsprop-leaky-clip', spec('delivery eta leaky', 14, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002, clipNorm: 5 }, { epochs: 120, batchSize: 32 }));
add('fridge-breach-adam', spec('cold chain breach', 21, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('fridge-breach-rmsprop-minmax', spec('cold chain rmsprop', 22, csv('fridge-log.csv', 'breach', FRIDGE, 'minmax'),
  [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 200, batchSize: 32 }));
add('fridge-breach-nesterov-elu', spec('cold chain nesterov', 23, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(16, 'elu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 150, batchSize: 32 }));
add('fridge-breach-bn-dropout', spec('cold chain bn', 24, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(32, 'relu', { batchNorm: true }), dropout(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce',
  { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 64, validationSplit: 0.2 }));
add('menu-tier-adam', spec('menu tier', 31, csv('menu-items.csv', 'tier', MENU),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('menu-tier-sgd-tanh', spec('menu tier sgd', 32, csv('menu-items.csv', 'tier', MENU),
  [dense(12, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, { epochs: 200, batchSize: 16 }));
add('menu-tier-rmsprop-bn', spec('menu tier bn', 33, csv('menu-items.csv', 'tier', MENU),
  [dense(24, 'relu', { batchNorm: true }), dense(12, 'relu'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, { epochs: 120, batchSize: 32 }));
add('menu-tier-elu-he-uniform', spec('menu tier elu', 34, csv('menu-items.csv', 'tier', MENU, 'minmax'),
  [dense(32, 'elu', { init: 'he_uniform' }), dense(16, 'elu', { init: 'he_uniform' }), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 }));
add('inspections-grade-adam', spec('hygiene grade', 41, csv('inspections.csv', 'grade', INSP),
  [dense(16, 'relu'), dense(8, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('inspections-onehot-elu-minmax', spec('hygiene grade one-hot', 42, csv('inspections.csv', GRADES, INSP, 'minmax'),
  [dense(20, 'elu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('inspections-grade-momentum-wd', spec('hygiene grade momentum', 43, csv('inspections.csv', 'grade', INSP),
  [dense(32, 'leaky_relu'), dropout(0.2), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9, weightDecay: 0.0005 }, { epochs: 150, batchSize: 32 }));
add('inspections-grade-lecun-tanh-rmsprop', spec('hygiene grade tanh', 44, csv('inspections.csv', 'grade', INSP),
  [dense(16, 'tanh', { init: 'lecun_normal' }), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005 }, { epochs: 150, batchSize: 16 }));
add('waste-kg-adam', spec('food waste per shift', 51, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('waste-kg-sgd-tanh', spec('food waste sgd', 52, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(8, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 200, batchSize: 32 }));
add('waste-kg-rmsprop-deep', spec('food waste deep', 53, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 200, batchSize: 32 }));
add('waste-kg-raw-target-adam', spec('food waste kg', 54, csv('food-waste.csv', 'waste_kg', WASTE),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 32 }));
add('circles-delivery-radius', spec('inside delivery radius', 61, { builtin: 'circles', samples: 300, noise: 0.08 },
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('blobs-customer-segments', spec('customer segments', 62, { builtin: 'blobs', classes: 4, samples: 400 },
  [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('sine-intraday-demand', spec('intraday demand curve', 63, { builtin: 'sine', samples: 300, noise: 0.05 },
  [dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 32 }));
add('moons-two-kitchens-rmsprop', spec('two kitchens', 64, { builtin: 'moons', samples: 300, noise: 0.1 },
  [dense(24, 'relu'), dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('xor-promo-weekend', spec('promo x weekend uplift', 65, { builtin: 'xor', samples: 300, noise: 0.1 },
  [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, { epochs: 200, batchSize: 32 }));
add('inline-queue-minutes', spec('queue minutes at the till', 66,
  { inline: { x: [[20, 2], [35, 2], [50, 2], [65, 3], [80, 3], [95, 3], [110, 4], [125, 4], [140, 4], [30, 1], [60, 1], [90, 2], [120, 2], [150, 3], [45, 3], [75, 4], [105, 5], [135, 5], [160, 5], [40, 4]],
      y: [4, 7, 11, 8, 11, 14, 9, 11, 14, 12, 25, 17, 24, 18, 5, 6, 7, 9, 11, 3] }, normalize: 'standard', normalizeTarget: 'standard' },
  [dense(8, 'tanh'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.02 }, { epochs: 300, batchSize: 8 }));
add('blobs-menu-clusters-3-adam-dropout', spec('menu clusters', 67, { builtin: 'blobs', classes: 3, samples: 300, noise: 0.2 },
  [dense(32, 'relu'), dropout(0.2), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 }));
add('deliveries-minutes-batch128-momentum', spec('delivery eta big batch', 15, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(32, 'elu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.03, momentum: 0.9 }, { epochs: 200, batchSize: 128 }));
add('fridge-breach-wd-clip-adam', spec('cold chain wd', 25, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(24, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005, weightDecay: 0.0005, clipNorm: 1 }, { epochs: 150, batchSize: 32 }));
add('sales-revenue-sgd-momentum-bn', spec('revenue bn momentum', 9, csv('daily-sales.csv', 'revenue', SALES, 'standard', 'standard'),
  [dense(16, 'relu', { batchNorm: true }), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 150, batchSize: 32 }));

// ---------------------------------------------------------------- faulty-intended candidates
// invalid-spec
add('x-sales-optimiser-british', { ...spec('revenue', 3, csv('daily-sales.csv', 'revenue', SALES, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }), optimizer: undefined,
  optimiser: { type: 'adam', lr: 0.01 } });
add('x-menu-activation-softmax-capital', spec('menu tier', 31, csv('menu-items.csv', 'tier', MENU),
  [dense(16, 'relu'), dense(3, 'Softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('x-deliveries-epochs-string', spec('delivery eta', 11, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: '120', batchSize: 64 }));
add('x-fridge-learning-rate-key', spec('cold chain', 21, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', learning_rate: 0.001 }, { epochs: 150, batchSize: 32 }));
add('x-inspections-keras-loss-name', spec('hygiene grade', 41, csv('inspections.csv', 'grade', INSP),
  [dense(16, 'relu'), dense(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
// data-error
add('x-sales-text-column-as-feature', spec('revenue all columns', 3, csv('daily-sales.csv', 'revenue', undefined, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('x-sales-gaps-na-cells', spec('revenue with gaps', 3, csv('daily-sales-gaps.csv', 'revenue', [...SALES, 'covers'], 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('x-deliveries-target-typo', spec('delivery eta', 11, csv('deliveries.csv', 'delivery_minutes', DELIV, 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 64 }));
add('x-fridge-one-week-four-rows', spec('cold chain pilot', 21, csv('fridge-log-week.csv', 'breach', FRIDGE),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('x-deliveries-zone-text-feature', spec('delivery eta zones', 11, csv('deliveries-export.csv', 'delivery_min', [...DELIV, 'zone'], 'standard', 'standard'),
  [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 64 }));
add('x-waste-file-name-typo', spec('food waste', 51, csv('foodwaste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
// shape-mismatch
add('x-menu-tier-two-outputs', spec('menu tier', 31, csv('menu-items.csv', 'tier', MENU),
  [dense(16, 'relu'), dense(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('x-sales-daytype-seven-outputs', spec('day type from weekday model', 6, csv('daily-sales.csv', 'day_type', SALES),
  [dense(16, 'relu'), dense(7, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('x-deliveries-two-outputs', spec('delivery eta', 11, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(32, 'relu'), dense(2, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 64 }));
add('x-inspections-onehot-four-outputs', spec('hygiene grade incl. closed', 42, csv('inspections.csv', GRADES, INSP, 'minmax'),
  [dense(20, 'elu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('x-inspections-grade-bce-one-unit', spec('hygiene grade bce', 41, csv('inspections.csv', 'grade', INSP),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
// loss-activation-mismatch
add('x-sales-revenue-sigmoid-output', spec('revenue', 3, csv('daily-sales.csv', 'revenue', SALES),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('x-fridge-linear-output-bce', spec('cold chain', 21, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(16, 'relu'), dense(1, 'linear')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('x-inspections-onehot-softmax-mse', spec('hygiene grade mse', 42, csv('inspections.csv', GRADES, INSP, 'minmax'),
  [dense(20, 'elu'), dense(3, 'softmax')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('x-deliveries-tanh-output-minutes', spec('delivery eta tanh', 11, csv('deliveries.csv', 'delivery_min', DELIV),
  [dense(32, 'relu'), dense(1, 'tanh')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 64 }));
// init-symmetry
add('x-deliveries-zeros-hidden', spec('delivery eta zeros', 11, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(16, 'relu', { init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 64 }));
add('x-menu-constant-tanh', spec('menu tier constant', 31, csv('menu-items.csv', 'tier', MENU),
  [dense(16, 'tanh', { init: 'constant', value: 0.1 }), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('x-waste-zeros-tanh-sgd', spec('food waste zeros', 52, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(12, 'tanh', { init: 'zeros' }), dense(1, 'linear', { init: 'zeros' })], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 200, batchSize: 32 }));
// init-scale
add('x-fridge-tanh-std3', spec('cold chain big init', 22, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(32, 'tanh', { init: 'normal', std: 3 }), dense(16, 'tanh', { init: 'normal', std: 3 }), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('x-sales-deep-relu-tiny-uniform', spec('revenue deep tiny init', 3, csv('daily-sales.csv', 'revenue', SALES, 'standard', 'standard'),
  [dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(32, 'relu', { init: 'uniform', limit: 0.001 }), dense(1, 'linear', { init: 'uniform', limit: 0.001 })],
  'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('x-deliveries-relu-std2', spec('delivery eta big init', 11, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(64, 'relu', { init: 'normal', std: 2 }), dense(64, 'relu', { init: 'normal', std: 2 }), dense(1, 'linear', { init: 'normal', std: 2 })], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
// no-nonlinearity
add('x-circles-radius-linear-hidden', spec('inside delivery radius linear', 61, { builtin: 'circles', samples: 300, noise: 0.08 },
  [dense(16, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('x-xor-promo-weekend-linear', spec('promo x weekend linear', 65, { builtin: 'xor', samples: 300, noise: 0.1 },
  [dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, { epochs: 200, batchSize: 32 }));
add('x-deliveries-hour-linear-stack', spec('delivery eta linear', 11, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 64 }));
add('x-moons-kitchens-linear', spec('two kitchens linear', 64, { builtin: 'moons', samples: 300, noise: 0.1 },
  [dense(24), dense(12), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
// lr-out-of-range
add('x-menu-adam-lr-5', spec('menu tier', 31, csv('menu-items.csv', 'tier', MENU),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 5 }, { epochs: 150, batchSize: 32 }));
add('x-waste-sgd-lr-1e-8', spec('food waste', 52, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(8, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 1e-8 }, { epochs: 200, batchSize: 32 }));
add('x-fridge-rmsprop-lr-3', spec('cold chain', 22, csv('fridge-log.csv', 'breach', FRIDGE, 'minmax'),
  [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 3 }, { epochs: 200, batchSize: 32 }));
add('x-deliveries-sgd-lr-40', spec('delivery eta', 12, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 40 }, { epochs: 150, batchSize: 16 }));
// dead-relu
add('x-fridge-raw-watts-relu-sgd', spec('cold chain raw', 21, csv('fridge-log.csv', 'breach', FRIDGE, 'none'),
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 }));
add('x-sales-relu-bias-minus5', spec('day type bias', 6, csv('daily-sales.csv', 'day_type', SALES),
  [dense(16, 'relu', { bias: -5 }), dense(8, 'relu', { bias: -5 }), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('x-deliveries-relu-sgd-lr-high', spec('delivery eta sgd relu', 11, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.5 }, { epochs: 100, batchSize: 16 }));
add('x-inspections-relu-raw-seats-days', spec('hygiene raw', 41, csv('inspections.csv', 'grade', INSP, 'none'),
  [dense(16, 'relu'), dense(8, 'relu'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
// exploding-gradient
add('x-sales-raw-revenue-sgd', spec('revenue raw target', 3, csv('daily-sales.csv', 'revenue', SALES),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 100, batchSize: 32 }));
add('x-deliveries-epoch-timestamp-feature', spec('delivery eta with timestamp', 11, csv('deliveries.csv', 'delivery_min', ['created_epoch', ...DELIV], 'none', 'standard'),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
add('x-waste-deep-relu-std1', spec('food waste deep big init', 53, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(64, 'relu', { init: 'normal', std: 1 }), dense(64, 'relu', { init: 'normal', std: 1 }), dense(64, 'relu', { init: 'normal', std: 1 }), dense(64, 'relu', { init: 'normal', std: 1 }), dense(1, 'linear')],
  'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
// vanishing-gradient
add('x-inspections-deep-sigmoid-sgd', spec('hygiene deep sigmoid', 41, csv('inspections.csv', 'grade', INSP),
  [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(3, 'softmax')],
  'cce', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 }));
add('x-menu-deep-tanh-std002', spec('menu tier deep tanh', 31, csv('menu-items.csv', 'tier', MENU),
  [dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(32, 'tanh', { init: 'normal', std: 0.02 }), dense(3, 'softmax')],
  'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('x-fridge-deep-sigmoid-momentum', spec('cold chain deep sigmoid', 21, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(1, 'sigmoid')],
  'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
// nan-loss
add('x-sales-raw-revenue-sgd-lr01', spec('revenue raw sgd', 3, csv('daily-sales.csv', 'revenue', [...SALES, 'covers'], 'none'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
add('x-deliveries-raw-distance-momentum', spec('delivery eta raw', 12, csv('deliveries.csv', 'delivery_min', DELIV, 'none'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('x-waste-raw-covers-sgd', spec('food waste raw', 52, csv('food-waste.csv', 'waste_kg', WASTE, 'none'),
  [dense(16, 'elu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02 }, { epochs: 100, batchSize: 16 }));
// lr-too-high
add('x-menu-adam-lr-04', spec('menu tier fast', 31, csv('menu-items.csv', 'tier', MENU),
  [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.4 }, { epochs: 100, batchSize: 32 }));
add('x-fridge-rmsprop-lr-02', spec('cold chain fast', 22, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(24, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.2 }, { epochs: 100, batchSize: 32 }));
add('x-inspections-momentum-lr-1', spec('hygiene fast', 43, csv('inspections.csv', 'grade', INSP),
  [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 1, momentum: 0.9 }, { epochs: 100, batchSize: 32 }));
add('x-waste-adam-lr-03', spec('food waste fast', 51, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.3 }, { epochs: 100, batchSize: 32 }));
// lr-too-low
add('x-waste-sgd-lr-1e-5', spec('food waste slow', 52, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(8, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.00001 }, { epochs: 200, batchSize: 32 }));
add('x-sales-daytype-adam-lr-1e-5', spec('day type slow', 6, csv('daily-sales.csv', 'day_type', SALES),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.00001 }, { epochs: 100, batchSize: 32 }));
add('x-menu-rmsprop-lr-3e-6', spec('menu tier slow', 33, csv('menu-items.csv', 'tier', MENU),
  [dense(24, 'relu'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.000003 }, { epochs: 120, batchSize: 32 }));
// saturated-activation
add('x-menu-sigmoid-raw-calories', spec('menu tier raw', 31, csv('menu-items.csv', 'tier', MENU, 'none'),
  [dense(16, 'sigmoid'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));
add('x-fridge-tanh-raw-watts', spec('cold chain raw tanh', 22, csv('fridge-log.csv', 'breach', FRIDGE, 'none'),
  [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('x-inspections-tanh-raw-days', spec('hygiene raw tanh', 44, csv('inspections.csv', 'grade', INSP, 'none'),
  [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 16 }));
// loss-plateau
add('x-waste-weight-decay-1', spec('food waste wd', 51, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01, weightDecay: 1 }, { epochs: 150, batchSize: 32 }));
add('x-deliveries-dropout-09', spec('delivery eta dropout', 11, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(32, 'relu'), dropout(0.9), dense(16, 'relu'), dropout(0.9), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 64 }));
add('x-menu-weight-decay-05-sgd', spec('menu tier wd', 32, csv('menu-items.csv', 'tier', MENU),
  [dense(12, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, weightDecay: 0.5 }, { epochs: 200, batchSize: 16 }));
add('x-sales-daytype-ids-only', spec('day type from ids', 6, csv('daily-sales.csv', 'day_type', ['date_epoch', 'store_id']),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
// oscillating-loss
add('x-sales-momentum-099', spec('revenue heavy momentum', 3, csv('daily-sales.csv', 'revenue', SALES, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.99 }, { epochs: 150, batchSize: 32 }));
add('x-deliveries-rmsprop-lr-003-b8', spec('delivery eta rmsprop', 14, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(24, 'leaky_relu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.03 }, { epochs: 100, batchSize: 8 }));
add('x-inspections-adam-lr-008-b4', spec('hygiene adam small batch', 41, csv('inspections.csv', 'grade', INSP),
  [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.08 }, { epochs: 100, batchSize: 4 }));
add('x-waste-sgd-lr-02-b8', spec('food waste sgd fast', 52, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.2, momentum: 0.9 }, { epochs: 100, batchSize: 8 }));

// second round: more oscillation candidates, symmetric init on a curved boundary, a healthy xor with less saturation
add('x-waste-momentum-lr-01-b8', spec('food waste momentum', 52, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 100, batchSize: 8 }));
add('x-fridge-adam-lr-01-b8', spec('cold chain adam fast', 21, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.1 }, { epochs: 100, batchSize: 8 }));
add('x-menu-rmsprop-lr-005-b8', spec('menu tier rmsprop fast', 33, csv('menu-items.csv', 'tier', MENU),
  [dense(24, 'relu'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.05 }, { epochs: 100, batchSize: 8 }));
add('x-sales-revenue-adam-lr-01-b16', spec('revenue adam fast', 3, csv('daily-sales.csv', 'revenue', SALES, 'standard', 'standard'),
  [dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.1 }, { epochs: 100, batchSize: 16 }));
add('x-deliveries-sgd-lr-03-b16', spec('delivery eta sgd fast', 12, csv('deliveries.csv', 'delivery_min', DELIV, 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.3 }, { epochs: 100, batchSize: 16 }));
add('x-inspections-momentum-095-lr-03', spec('hygiene momentum fast', 43, csv('inspections.csv', 'grade', INSP),
  [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.3, momentum: 0.95 }, { epochs: 100, batchSize: 16 }));
add('x-sales-momentum-099-lr-001', spec('revenue heavy momentum slow', 3, csv('daily-sales.csv', 'revenue', SALES, 'standard', 'standard'),
  [dense(16, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.99 }, { epochs: 150, batchSize: 32 }));
add('x-sales-daytype-adam-lr-02-b8', spec('day type adam fast', 6, csv('daily-sales.csv', 'day_type', SALES),
  [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.2 }, { epochs: 100, batchSize: 8 }));
add('x-circles-radius-constant-init', spec('inside delivery radius constant init', 61, { builtin: 'circles', samples: 300, noise: 0.08 },
  [dense(16, 'relu', { init: 'constant', value: 0.2 }), dense(8, 'relu', { init: 'constant', value: 0.2 }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
add('x-sales-daytype-zeros-elu', spec('day type zeros', 7, csv('daily-sales.csv', 'day_type', SALES),
  [dense(24, 'elu', { init: 'zeros' }), dense(3, 'softmax', { init: 'zeros' })], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 120, batchSize: 32 }));
add('x-waste-deep-sigmoid-sgd', spec('food waste deep sigmoid', 53, csv('food-waste.csv', 'waste_kg', WASTE, 'standard', 'standard'),
  [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(1, 'linear')],
  'mse', { type: 'sgd', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
add('xor-promo-weekend-16-slower', spec('promo x weekend uplift', 65, { builtin: 'xor', samples: 300, noise: 0.1 },
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }));
add('xor-promo-weekend-relu', spec('promo x weekend uplift relu', 65, { builtin: 'xor', samples: 300, noise: 0.1 },
  [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }));

// third round: oscillation on bounded losses
add('x-fridge-adam-lr-03-b16', spec('cold chain adam very fast', 21, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.3 }, { epochs: 100, batchSize: 16 }));
add('x-menu-sgd-lr-3-tanh', spec('menu tier sgd very fast', 32, csv('menu-items.csv', 'tier', MENU),
  [dense(12, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 3 }, { epochs: 100, batchSize: 16 }));
add('x-inspections-rmsprop-lr-01-b16', spec('hygiene rmsprop fast', 44, csv('inspections.csv', 'grade', INSP),
  [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.1 }, { epochs: 100, batchSize: 16 }));
add('x-sales-daytype-rmsprop-lr-02-b16', spec('day type rmsprop fast', 8, csv('daily-sales.csv', 'day_type', SALES),
  [dense(20, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.2 }, { epochs: 100, batchSize: 16 }));
add('x-moons-kitchens-adam-lr-05', spec('two kitchens fast', 64, { builtin: 'moons', samples: 300, noise: 0.2 },
  [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.5 }, { epochs: 100, batchSize: 16 }));

// fourth round: more healthy variety
add('inspections-onehot-rmsprop-relu-b64', spec('hygiene grade one-hot rmsprop', 45, csv('inspections.csv', GRADES, INSP),
  [dense(24, 'relu'), dense(12, 'relu'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 150, batchSize: 64 }));
add('waste-kg-nesterov-elu', spec('food waste nesterov', 55, csv('food-waste.csv', 'waste_kg', WASTE, 'minmax', 'standard'),
  [dense(16, 'elu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, { epochs: 200, batchSize: 32 }));
add('sales-daytype-adam-bn-b64', spec('day type bn', 10, csv('daily-sales.csv', 'day_type', SALES),
  [dense(32, 'relu', { batchNorm: true }), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 64 }));
add('fridge-breach-sgd-tanh', spec('cold chain plain sgd', 26, csv('fridge-log.csv', 'breach', FRIDGE),
  [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 200, batchSize: 32 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [slug, s] of Object.entries(specs)) {
  fs.writeFileSync(path.join(OUT, `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
