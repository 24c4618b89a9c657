/** Writes every candidate spec of blind set 300 (kebab shops) into candidates/: `npx tsx author.ts`. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const SALES_F = ['temp_c', 'rain_mm', 'is_weekend', 'football_match', 'open_hours', 'students_k', 'meat_kg_prepped', 'wind_kmh'];
const DELIV_F = ['distance_km', 'queue_len', 'rain_mm', 'driver_exp_months', 'basket_eur', 'hour'];
const CONE_F = ['weight_kg', 'fat_pct', 'days_since_delivery', 'fridge_temp_c', 'marinade_h', 'salt_g_per_kg'];

type J = Record<string, unknown>;
const sales = (o: J = {}) => ({ csv: '../data/daily_sales.csv', target: 'revenue_eur', features: SALES_F, normalize: 'standard', normalizeTarget: 'standard', ...o });
const kebabs = (o: J = {}) => ({ csv: '../data/daily_sales.csv', target: 'kebabs_sold', features: SALES_F, normalize: 'standard', normalizeTarget: 'standard', ...o });
const deliv = (o: J = {}) => ({ csv: '../data/deliveries.csv', target: 'late', features: DELIV_F, normalize: 'standard', ...o });
const cones = (o: J = {}) => ({ csv: '../data/cones.csv', target: 'grade', features: CONE_F, normalize: 'standard', ...o });
const d = (units: number, activation = 'linear', o: J = {}) => ({ type: 'dense', units, activation, ...o });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, o: J = {}) => ({ type, lr, ...o });
const tr = (epochs: number, batchSize: number, o: J = {}) => ({ epochs, batchSize, ...o });

function spec(file: string, s: J): void {
  const name = file.replace(/\.nn\.json$/, '');
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify({ name: name.split('.').slice(1).join('-'), seed: 300, ...s }, null, 2) + '\n');
}

// ===================== faults =====================
// invalid-spec
spec('invalid-spec.activation-Relu', { data: deliv(), layers: [d(16, 'Relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.optimizer-adamw', { data: cones(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adamw', 0.002), training: tr(100, 32) });
spec('invalid-spec.loss-crossentropy', { data: cones(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('rmsprop', 0.002), training: tr(100, 16) });
spec('invalid-spec.dropout-rate-percent', { data: sales(), layers: [d(32, 'relu'), drop(30), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('invalid-spec.validation-split-one', { data: deliv(), layers: [d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32, { validationSplit: 1 }) });
spec('invalid-spec.init-he-typo', { data: kebabs(), layers: [d(16, 'relu', { init: 'he_norm' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });

// data-error
spec('data-error.missing-file-xlsx-name', { data: sales({ csv: '../data/daily_sales_2024.csv' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.shop-id-as-feature', { data: sales({ features: ['shop_id', ...SALES_F] }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.target-revenue-no-unit', { data: sales({ target: 'revenue' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.gaps-file-na', { data: sales({ csv: '../data/daily_sales_gaps.csv' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.no-features-list-timestamp', { data: { csv: '../data/deliveries.csv', target: 'late', normalize: 'standard' }, layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.path-outside-workspace', { data: sales({ csv: '../../../../../../home/chef/Downloads/daily_sales.csv' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });

// shape-mismatch
spec('shape-mismatch.grades-two-units', { data: cones(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('shape-mismatch.late-two-sigmoid', { data: deliv(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: sales({ target: ['revenue_eur', 'kebabs_sold'] }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('shape-mismatch.grades-four-units', { data: cones({ csv: '../data/cones_tab.csv' }), layers: [d(20, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });

// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-revenue', { data: sales(), layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: deliv(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: cones(), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.sigmoid-head-raw-kebabs', { data: kebabs({ normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.relu-head-standard-target', { data: sales(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });

// init-symmetry
spec('init-symmetry.zeros-hidden-relu', { data: sales(), layers: [d(24, 'relu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('init-symmetry.constant-tanh-two-layers', { data: deliv(), layers: [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(8, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-symmetry.zeros-everywhere-cones', { data: cones(), layers: [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
spec('init-symmetry.constant-sigmoid-kebabs', { data: kebabs(), layers: [d(12, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(150, 16) });

// init-scale
spec('init-scale.normal-std-8-relu', { data: sales(), layers: [d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
spec('init-scale.uniform-tiny-deep', { data: deliv(), layers: [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(1, 'sigmoid', { init: { name: 'uniform', limit: 1e-5 } })], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('init-scale.normal-std-5-tanh-cones', { data: cones(), layers: [d(24, 'tanh', { init: { name: 'normal', std: 5 } }), d(24, 'tanh', { init: { name: 'normal', std: 5 } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-scale.uniform-limit-20-sigmoid', { data: kebabs(), layers: [d(16, 'sigmoid', { init: { name: 'uniform', limit: 20 } }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(120, 32) });

// no-nonlinearity
spec('no-nonlinearity.linear-stack-late', { data: deliv(), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('no-nonlinearity.linear-deep-grades', { data: cones(), layers: [d(32), d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: tr(120, 32) });
spec('no-nonlinearity.explicit-linear-revenue', { data: sales(), layers: [d(64, 'linear'), d(32, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.005, { momentum: 0.9 }), training: tr(150, 32) });

// lr-out-of-range
spec('lr-out-of-range.lr-zero', { data: cones(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0), training: tr(100, 32) });
spec('lr-out-of-range.lr-negative', { data: sales(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', -0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('lr-out-of-range.lr-300-rmsprop', { data: deliv(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 300), training: tr(80, 32) });

// dead-relu
spec('dead-relu.bias-minus-6', { data: sales(), layers: [d(32, 'relu', { bias: -6 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
spec('dead-relu.bias-minus-4-deep', { data: deliv(), layers: [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 32) });
spec('dead-relu.sgd-huge-step-kills', { data: kebabs(), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.6), training: tr(100, 8) });
spec('dead-relu.raw-features-big-negative-bias', { data: cones({ normalize: 'none' }), layers: [d(32, 'relu', { bias: -30 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });

// exploding-gradient
spec('exploding-gradient.raw-revenue-deep-relu', { data: sales({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.0001, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.raw-kebabs-rmsprop', { data: kebabs({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(64, 'relu'), d(64, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(60, 32) });
spec('exploding-gradient.deep-std-1-relu', { data: deliv(), layers: [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });

// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', { data: deliv(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('vanishing-gradient.deep-tanh-small-normal', { data: cones(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('vanishing-gradient.sigmoid-stack-revenue', { data: sales(), layers: [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });

// nan-loss
spec('nan-loss.raw-revenue-sgd', { data: sales({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('nan-loss.raw-kebabs-momentum-batch1', { data: kebabs({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(50, 1) });
spec('nan-loss.standard-target-sgd-lr-5', { data: sales(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 5), training: tr(100, 16) });

// lr-too-high
spec('lr-too-high.sgd-lr-3-grades', { data: cones(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 3), training: tr(100, 32) });
spec('lr-too-high.adam-lr-0.5-late', { data: deliv(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.5), training: tr(100, 32) });
spec('lr-too-high.rmsprop-lr-0.2-revenue', { data: sales(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: tr(100, 32) });
spec('lr-too-high.nesterov-lr-1-kebabs', { data: kebabs(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });

// lr-too-low
spec('lr-too-low.sgd-1e-5-grades', { data: cones(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-5), training: tr(100, 32) });
spec('lr-too-low.adam-1e-6-late', { data: deliv(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
spec('lr-too-low.rmsprop-3e-6-revenue', { data: sales(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 3e-6), training: tr(120, 32) });
spec('lr-too-low.momentum-1e-5-fullbatch', { data: kebabs(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(200, 420) });

// saturated-activation
spec('saturated-activation.sigmoid-raw-features', { data: sales({ normalize: 'none' }), layers: [d(32, 'sigmoid', { init: { name: 'normal', std: 1 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('saturated-activation.tanh-bias-6', { data: deliv(), layers: [d(24, 'tanh', { bias: 6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02), training: tr(100, 32) });
spec('saturated-activation.tanh-raw-cones', { data: cones({ normalize: 'none' }), layers: [d(32, 'tanh', { init: { name: 'normal', std: 0.8 } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('saturated-activation.sigmoid-raw-deliveries', { data: deliv({ normalize: 'none' }), layers: [d(16, 'sigmoid', { init: { name: 'normal', std: 2 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });

// loss-plateau
spec('loss-plateau.width-one-bottleneck-relu', { data: cones(), layers: [d(1, 'relu', { bias: -2 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('loss-plateau.dropout-0.9', { data: deliv(), layers: [d(16, 'relu'), drop(0.95), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('loss-plateau.sigmoid-deep-sgd-plain', { data: cones(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(150, 32) });
spec('loss-plateau.weight-decay-huge', { data: sales(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 5 }), training: tr(150, 32) });

// oscillating-loss
spec('oscillating-loss.adam-batch1-lr-0.05', { data: deliv(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(60, 1) });
spec('oscillating-loss.momentum-0.99-lr-0.1', { data: kebabs(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.99 }), training: tr(100, 32) });
spec('oscillating-loss.rmsprop-batch2-lr-0.03', { data: cones(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.03), training: tr(60, 2) });
spec('oscillating-loss.fullbatch-sgd-edge', { data: sales(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.95), training: tr(100, 420) });

// ===================== healthy =====================
spec('ok.revenue-adam-relu', { data: sales(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.revenue-sgd-momentum-tanh', { data: sales(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(150, 16) });
spec('ok.revenue-linear-regression', { data: sales(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.revenue-minmax-elu-rmsprop', { data: sales({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(200, 32) });
spec('ok.revenue-batchnorm-deep', { data: sales(), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 64) });
spec('ok.revenue-dropout-weight-decay', { data: sales(), layers: [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(150, 32, { validationSplit: 0.2 }) });
spec('ok.revenue-kasse-export', { data: sales({ csv: '../data/kasse_export.csv' }), layers: [d(24, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('ok.revenue-nesterov-clip', { data: sales(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true, clipNorm: 5 }), training: tr(150, 16) });
spec('ok.revenue-fullbatch-adam', { data: sales(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(400, 420) });
spec('ok.revenue-batch1-sgd', { data: sales(), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.002), training: tr(30, 1) });
spec('ok.kebabs-adam-elu', { data: kebabs(), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(150, 32) });
spec('ok.kebabs-rmsprop-sigmoid-hidden', { data: kebabs(), layers: [d(24, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(200, 32) });
spec('ok.kebabs-two-targets', { data: sales({ target: ['revenue_eur', 'kebabs_sold'] }), layers: [d(32, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.kebabs-lecun-tanh-deep', { data: kebabs(), layers: [d(32, 'tanh', { init: 'lecun_normal' }), d(32, 'tanh', { init: 'lecun_normal' }), d(16, 'tanh', { init: 'lecun_normal' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.kebabs-he-uniform-val', { data: kebabs(), layers: [d(48, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(250, 16, { validationSplit: 0.25 }) });
spec('ok.late-adam-relu', { data: deliv(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.late-logistic-sgd', { data: deliv(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
spec('ok.late-tanh-rmsprop', { data: deliv(), layers: [d(24, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(100, 16) });
spec('ok.late-minmax-momentum', { data: deliv({ normalize: 'minmax' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.late-batchnorm-dropout', { data: deliv(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.3), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.late-leaky-deep-narrow', { data: deliv(), layers: [d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(120, 16) });
spec('ok.late-softmax-two-class', { data: deliv(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.late-batch4-sgd', { data: deliv(), layers: [d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(60, 4) });
spec('ok.late-fullbatch-nesterov', { data: deliv(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9, nesterov: true }), training: tr(300, 480) });
spec('ok.grades-adam-relu', { data: cones(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('ok.grades-tab-file-rmsprop', { data: cones({ csv: '../data/cones_tab.csv' }), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(120, 32) });
spec('ok.grades-sgd-momentum-deep', { data: cones(), layers: [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(120, 32) });
spec('ok.grades-softmax-regression', { data: cones(), layers: [d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.2), training: tr(150, 32) });
spec('ok.grades-batchnorm-elu-wd', { data: cones(), layers: [d(48, 'elu', { batchNorm: true }), drop(0.2), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002, { weightDecay: 1e-3 }), training: tr(150, 32, { validationSplit: 0.2 }) });
spec('ok.grades-xavier-normal-sigmoid', { data: cones(), layers: [d(32, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 16) });
spec('ok.grades-batch8-rmsprop-clip', { data: cones(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001, { clipNorm: 1 }), training: tr(80, 8) });
spec('ok.grades-fullbatch-adam', { data: cones({ normalize: 'minmax' }), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(400, 390) });
spec('ok.iris-menu-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
spec('ok.moons-delivery-zones', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
spec('ok.sine-rotation-speed', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.blobs-four-shops', { data: { builtin: 'blobs', classes: 4, samples: 400 }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('ok.circles-rmsprop-elu', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(200, 16) });
spec('ok.inline-sauce-mix', { data: { inline: { x: [[1, 0], [2, 0.5], [3, 1], [4, 1.5], [5, 2], [6, 2.5], [7, 3], [8, 3.5], [2, 3], [5, 0], [7, 1], [1, 2.5]], y: [3.1, 5.4, 7.9, 10.5, 12.9, 15.6, 18.0, 20.4, 9.0, 10.1, 15.2, 7.4] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(200, 12) });
spec('ok.inline-spicy-or-not', { data: { inline: { x: [[0, 1], [1, 2], [2, 1], [1, 0], [6, 7], [7, 8], [8, 6], [7, 6], [0, 2], [8, 8], [2, 2], [6, 6]], y: ['mild', 'mild', 'mild', 'mild', 'hot', 'hot', 'hot', 'hot', 'mild', 'hot', 'mild', 'hot'] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(150, 4) });
spec('ok.revenue-wide-rmsprop-val', { data: sales(), layers: [d(128, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.0005), training: tr(150, 64, { validationSplit: 0.15 }) });
spec('ok.spirals-uncommon-deep-tanh', { data: { builtin: 'spirals', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(32, 'tanh'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(300, 32) });
spec('ok.late-rmsprop-tiny-lr-long', { data: deliv(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.0003), training: tr(400, 32) });

// ===================== second batch (after the first observation: too few vanishing / init-scale / healthy survivors) =====================
spec('vanishing-gradient.seven-sigmoid-kebabs', { data: kebabs(), layers: [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.5 }), training: tr(100, 32) });
spec('init-scale.normal-std-3-relu-late', { data: deliv(), layers: [d(32, 'relu', { init: { name: 'normal', std: 3 } }), d(32, 'relu', { init: { name: 'normal', std: 3 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 3 } })], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('ok.late-adam-elu-batch16', { data: deliv(), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(150, 16) });
spec('ok.revenue-rmsprop-leaky-deep', { data: sales(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(150, 32) });
spec('ok.grades-adam-tanh-two-layer', { data: cones(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.kebabs-nesterov-relu-batch8', { data: kebabs(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005, { momentum: 0.9, nesterov: true }), training: tr(120, 8) });
spec('ok.moons-sgd-momentum-leaky', { data: { builtin: 'moons', samples: 250, noise: 0.1 }, layers: [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(200, 16) });
