/**
 * Writes every candidate spec of fault set blind267 (chilli farms and hot-sauce makers) into
 * candidates/: `npx tsx test/faults-blind267/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
const specs: [string, J][] = [];
let seed = 267;
function add(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  specs.push([file, { name: file, seed: seed++, data, layers, loss, optimizer, training, ...extra }]);
}
const d = (units: number, activation?: string, more: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });

const HF = ['days_since_transplant', 'avg_temp_c', 'irrigation_l_day', 'soil_ph', 'fertiliser_g', 'shade_pct', 'canopy_cm', 'plot_no'];
const harvest = (more: J = {}): J => ({ csv: '../data/harvest.csv', target: 'yield_kg', features: HF, normalize: 'standard', ...more });
const BF = ['ferment_days', 'final_ph', 'brix', 'salt_pct', 'vinegar_pct', 'chilli_pct', 'fill_temp_c', 'bottle_ml'];
const batches = (more: J = {}): J => ({ csv: '../data/batches.csv', target: 'qa', features: BF, normalize: 'standard', ...more });
const PF = ['length_mm', 'width_mm', 'wall_mm', 'hue_deg', 'seeds', 'log10_shu'];
const pods = (more: J = {}, file = 'pods.csv'): J => ({ csv: `../data/${file}`, target: 'variety', features: PF, normalize: 'standard', ...more });
const SF = ['price_eur', 'promo', 'avg_temp_c', 'ad_spend_eur', 'followers', 'stock_bottles'];
const sales = (more: J = {}): J => ({ csv: '../data/sales.csv', target: 'bottles_sold', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...more });
const adam = (lr: number, more: J = {}): J => ({ type: 'adam', lr, ...more });
const sgd = (lr: number, more: J = {}): J => ({ type: 'sgd', lr, ...more });
const rms = (lr: number, more: J = {}): J => ({ type: 'rmsprop', lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}): J => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
add('invalid-spec.optimizer-adamw', harvest(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(150, 32));
add('invalid-spec.activation-swish', batches(), [d(24, 'swish'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
add('invalid-spec.loss-keras-name', pods(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', adam(0.005), tr(100, 32));
add('invalid-spec.dropout-rate-percent', harvest(), [d(64, 'relu'), drop(20), d(1)], 'mse', adam(0.002), tr(150, 32));
add('invalid-spec.validation-split-percent', sales(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32, { validationSplit: 20 }));
// data-error
add('data-error.missing-file', { ...harvest(), csv: '../data/harvest_2024.csv' }, [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
add('data-error.target-typo', { ...harvest(), target: 'yield' }, [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
add('data-error.date-as-feature', { ...sales(), features: ['week_start', ...SF] }, [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
add('data-error.na-markers', { ...harvest(), csv: '../data/harvest-gaps.csv' }, [d(32, 'tanh'), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), tr(150, 16));
add('data-error.outside-workspace', { ...batches(), csv: '../../../../../farm-share/batches.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
// shape-mismatch
add('shape-mismatch.four-varieties-head', pods(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(100, 32));
add('shape-mismatch.two-sigmoid-qa', batches(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
add('shape-mismatch.two-targets-one-unit', { ...harvest(), target: ['yield_kg', 'pods_count'], normalizeTarget: 'standard' }, [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
add('shape-mismatch.three-unit-grader', pods({}, 'pods-eu.csv'), [d(24, 'tanh'), d(3, 'softmax')], 'cce', rms(0.003), tr(100, 16));
// loss-activation-mismatch
add('loss-activation-mismatch.sigmoid-head-cce', pods(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.005), tr(100, 32));
add('loss-activation-mismatch.linear-head-bce', batches(), [d(16, 'relu'), d(1)], 'bce', adam(0.003), tr(100, 32));
add('loss-activation-mismatch.softmax-yield', harvest(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(150, 32));
add('loss-activation-mismatch.relu-head-standardised', sales(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(150, 32));
add('loss-activation-mismatch.tanh-head-bce', batches(), [d(24, 'elu'), d(1, 'tanh')], 'bce', rms(0.002), tr(100, 32));
// init-symmetry
add('init-symmetry.constant-tanh-layer', harvest(), [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(1)], 'mse', adam(0.005), tr(200, 32));
add('init-symmetry.zeros-two-layers', batches(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
add('init-symmetry.constant-relu-grader', pods(), [d(24, 'relu', { init: 'constant', value: 0.5 }), d(5, 'softmax')], 'cce', rms(0.002), tr(100, 32));
add('init-symmetry.zeros-sigmoid-sales', sales(), [d(20, 'sigmoid', { init: 'zeros' }), d(1, undefined, { init: 'zeros' })], 'mse', sgd(0.1), tr(150, 16));
// init-scale
add('init-scale.normal-std10-relu', harvest(), [d(32, 'relu', { init: 'normal', std: 10 }), d(16, 'relu', { init: 'normal', std: 10 }), d(1)], 'mse', sgd(0.01), tr(150, 32));
add('init-scale.uniform-tiny-deep-tanh', pods(), [d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(5, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', sgd(0.05), tr(100, 32));
add('init-scale.normal-std4-sigmoid', batches(), [d(64, 'sigmoid', { init: 'normal', std: 4 }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 32));
add('init-scale.normal-std50-sales', sales(), [d(32, 'elu', { init: 'normal', std: 50 }), d(1)], 'mse', adam(0.001), tr(150, 32));
// no-nonlinearity
add('no-nonlinearity.circles-linear-stack', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 32));
add('no-nonlinearity.harvest-linear-hidden', harvest(), [d(32), d(16), d(1)], 'mse', adam(0.003), tr(200, 32));
add('no-nonlinearity.xor-valve-linear', { builtin: 'xor', samples: 300 }, [d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), tr(200, 16));
add('no-nonlinearity.pods-linear-deep', pods(), [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(5, 'softmax')], 'cce', rms(0.002), tr(100, 32));
// lr-out-of-range
add('lr-out-of-range.adam-lr-5', pods(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(5), tr(100, 32));
add('lr-out-of-range.sgd-lr-80', harvest(), [d(32, 'tanh'), d(1)], 'mse', sgd(80), tr(150, 32));
add('lr-out-of-range.rmsprop-1e-9', batches(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(1e-9), tr(100, 32));
add('lr-out-of-range.sgd-momentum-1e-8', sales(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-8, { momentum: 0.9 }), tr(150, 32));
// dead-relu
add('dead-relu.bias-minus4', harvest(), [d(32, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.003), tr(200, 32));
add('dead-relu.bias-minus3-two-layers', batches(), [d(24, 'relu', { bias: -3 }), d(12, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
add('dead-relu.bias-minus6-grader', pods(), [d(32, 'relu', { bias: -6 }), d(5, 'softmax')], 'cce', rms(0.002), tr(100, 32));
add('dead-relu.adam-lr-high-relu', sales(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.3), tr(100, 16));
// exploding-gradient
add('exploding-gradient.raw-bottles-target', { ...sales(), normalizeTarget: 'none' }, [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(150, 32));
add('exploding-gradient.raw-followers-features', { ...sales(), normalize: 'none' }, [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(150, 32));
add('exploding-gradient.deep-relu-no-norm', { ...harvest(), normalize: 'none' }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(100, 32));
add('exploding-gradient.raw-bottles-clipped-sgd', { ...sales(), normalizeTarget: 'none' }, [d(16, 'tanh'), d(1)], 'mse', sgd(0.001, { clipNorm: 1000 }), tr(150, 32));
// vanishing-gradient
add('vanishing-gradient.deep-sigmoid-harvest', harvest(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(1)]), 'mse', sgd(0.05), tr(150, 32));
add('vanishing-gradient.deep-sigmoid-qa', batches(), Array.from({ length: 7 }, () => d(10, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', sgd(0.1, { momentum: 0.5 }), tr(100, 32));
add('vanishing-gradient.deep-sigmoid-circles', { builtin: 'circles', samples: 300 }, Array.from({ length: 9 }, () => d(6, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', sgd(0.1), tr(150, 16));
add('vanishing-gradient.deep-sigmoid-grader', pods(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(5, 'softmax')]), 'cce', sgd(0.05), tr(100, 32));
// nan-loss
add('nan-loss.raw-bottles-sgd', { ...sales(), normalizeTarget: 'none' }, [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(100, 32));
add('nan-loss.raw-everything-momentum', { ...sales(), normalize: 'none', normalizeTarget: 'none' }, [d(16, 'relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 32));
add('nan-loss.raw-harvest-deep-sgd', { ...harvest(), normalize: 'none' }, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(0.1), tr(100, 16));
// lr-too-high
add('lr-too-high.adam-0.3-harvest', harvest(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.3), tr(150, 32));
add('lr-too-high.sgd-3-grader', pods(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(3), tr(100, 32));
add('lr-too-high.rmsprop-0.2-qa', batches(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.2), tr(100, 32));
add('lr-too-high.nesterov-0.5-sales', sales(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.5, { momentum: 0.9, nesterov: true }), tr(150, 32));
// lr-too-low
add('lr-too-low.sgd-1e-4-harvest', harvest(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-4), tr(60, 64));
add('lr-too-low.adam-1e-5-grader', pods(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-5), tr(50, 32));
add('lr-too-low.rmsprop-2e-6-qa', batches(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(2e-6), tr(80, 32));
add('lr-too-low.momentum-5e-5-sales', sales(), [d(32, 'elu'), d(1)], 'mse', sgd(5e-5, { momentum: 0.5 }), tr(100, 64));
// saturated-activation
add('saturated-activation.sigmoid-raw-harvest', { ...harvest(), normalize: 'none' }, [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(150, 32));
add('saturated-activation.tanh-bias-6', batches(), [d(24, 'tanh', { bias: 6 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(100, 32));
add('saturated-activation.sigmoid-raw-pods', { ...pods(), normalize: 'none' }, [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
add('saturated-activation.tanh-raw-sales', { ...sales(), normalize: 'none' }, [d(24, 'tanh'), d(1)], 'mse', rms(0.001), tr(150, 32));
// loss-plateau
add('loss-plateau.weight-decay-0.5', harvest(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.5 }), tr(200, 32));
add('loss-plateau.weight-decay-1-grader', pods(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9, weightDecay: 1 }), tr(100, 32));
add('loss-plateau.dropout-0.9-qa', batches(), [d(16, 'relu'), drop(0.9), d(8, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
add('loss-plateau.rmsprop-wd-sales', sales(), [d(32, 'relu'), d(1)], 'mse', rms(0.003, { weightDecay: 2 }), tr(150, 32));
// oscillating-loss
add('oscillating-loss.adam-batch1-harvest', harvest(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(40, 1));
add('oscillating-loss.momentum-0.99-grader', pods(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.1, { momentum: 0.99 }), tr(100, 8));
add('oscillating-loss.rmsprop-batch2-qa', batches(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.03), tr(60, 2));
add('oscillating-loss.sgd-batch4-sales', sales(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.3), tr(80, 4));

// ---------------- healthy ----------------
add('ok.harvest-relu-adam', harvest(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(200, 32));
add('ok.harvest-tanh-momentum', harvest(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.02, { momentum: 0.9 }), tr(200, 16));
add('ok.harvest-elu-rmsprop-val', harvest(), [d(16, 'elu'), d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', rms(0.001), tr(300, 64, { validationSplit: 0.2 }));
add('ok.harvest-leaky-bn-fullbatch', harvest(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', adam(0.01), tr(400, 360));
add('ok.harvest-sigmoid-minmax', harvest({ normalize: 'minmax' }), [d(20, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(300, 32));
add('ok.harvest-nesterov-dropout-wd', harvest(), [d(48, 'relu'), drop(0.1), d(1)], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true, weightDecay: 1e-4 }), tr(200, 32));
add('ok.harvest-target-standard', harvest({ normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(200, 32));
add('ok.harvest-clip-sgd', harvest(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', sgd(0.1, { clipNorm: 1 }), tr(200, 32));
add('ok.harvest-deep-narrow-elu', harvest(), [d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(1)], 'mse', adam(0.002), tr(300, 32));
add('ok.harvest-lecun-batch4', harvest(), [d(16, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.005), tr(80, 4));
add('ok.harvest-he-uniform-adam-small', harvest(), [d(64, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.0005), tr(200, 8));
add('ok.qa-relu-adam', batches(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(150, 32));
add('ok.qa-tanh-rmsprop-val', batches(), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(150, 16, { validationSplit: 0.2 }));
add('ok.qa-elu-momentum', batches(), [d(8, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), tr(150, 32));
add('ok.qa-logistic-fullbatch', batches(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(400, 420));
add('ok.qa-bn-dropout', batches(), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 64));
add('ok.qa-two-class-softmax', batches(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.003), tr(150, 32));
add('ok.qa-leaky-fullbatch-long', batches(), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(800, 420));
add('ok.grader-relu-adam', pods(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), tr(150, 32));
add('ok.grader-eu-export-rmsprop', pods({}, 'pods-eu.csv'), [d(24, 'relu'), d(5, 'softmax')], 'cce', rms(0.003), tr(150, 32));
add('ok.grader-tab-export-nesterov', pods({}, 'pods-tab.csv'), [d(24, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
add('ok.grader-tanh-sgd-batch8', pods(), [d(16, 'tanh'), d(16, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.1), tr(150, 8));
add('ok.grader-minmax-leaky-dropout', pods({ normalize: 'minmax' }), [d(64, 'leaky_relu'), drop(0.3), d(5, 'softmax')], 'cce', adam(0.002, { weightDecay: 1e-4 }), tr(200, 32));
add('ok.grader-deep-bn', pods(), [d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.003), tr(150, 32));
add('ok.grader-batch1-sgd', pods(), [d(16, 'relu'), d(5, 'softmax')], 'cce', sgd(0.01), tr(30, 1));
add('ok.grader-wide-sgd', pods(), [d(128, 'relu'), d(5, 'softmax')], 'cce', sgd(0.05), tr(150, 32));
add('ok.sales-relu-adam', sales(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(200, 32));
add('ok.sales-tanh-minmax-rmsprop', sales({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'tanh'), d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(300, 32));
add('ok.sales-linear-momentum', sales(), [d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), tr(150, 32));
add('ok.sales-elu-clip-adam', sales(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(200, 16));
add('ok.sales-dropout-val', sales(), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(200, 32, { validationSplit: 0.15 }));
add('ok.moons-relu-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 32));
add('ok.circles-tanh-momentum', { builtin: 'circles', samples: 300 }, [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), tr(200, 32));
add('ok.spirals-wide-adam', { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(400, 32));
add('ok.blobs-sgd', { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(100, 16));
add('ok.sine-tanh-adam', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 32));
add('ok.xor-tanh-adam', { builtin: 'xor', samples: 200 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(200, 16));
add('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(10, 'relu'), d(3, 'softmax')], 'cce', rms(0.01), tr(150, 16));
add('ok.circles-elu-xavier-rmsprop', { builtin: 'circles', samples: 300 }, [d(16, 'elu', { init: 'xavier_normal' }), d(8, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 32));
// Inline: capsaicin mg/g of ten lab samples against their measured heat (thousand SHU).
const caps = [0.3, 0.6, 0.9, 1.4, 2.0, 2.7, 3.5, 4.2, 5.1, 6.0, 7.2, 8.1];
add('ok.inline-capsaicin-heat', { inline: { x: caps.map((c) => [c]), y: caps.map((c, i) => Number((16.1 * c + (i % 3 === 0 ? 1.5 : -0.8)).toFixed(1))) }, normalize: 'standard', normalizeTarget: 'standard' }, [d(4, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 12));
// Inline: ripeness (green/red) from hue and firmness, string labels.
const ripe: [number, number, string][] = [[110, 8.2, 'green'], [95, 7.9, 'green'], [120, 8.8, 'green'], [88, 7.1, 'green'], [102, 8.5, 'green'], [70, 6.4, 'green'], [15, 4.1, 'red'], [8, 3.6, 'red'], [25, 4.9, 'red'], [0, 3.2, 'red'], [32, 5.2, 'red'], [12, 4.4, 'red'], [60, 6.0, 'green'], [40, 5.5, 'red']];
add('ok.inline-ripeness', { inline: { x: ripe.map((r) => [r[0], r[1]]), y: ripe.map((r) => r[2]) }, normalize: 'standard' }, [d(4, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 14));

// Added after the first observation (at the end so earlier seeds stay as observed): more lr-too-high.
add('lr-too-high.rmsprop-0.1-harvest', harvest(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(150, 16));
add('lr-too-high.momentum-0.4-qa', batches(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.4, { momentum: 0.95 }), tr(100, 16));

for (const [file, spec] of specs) fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${specs.length} candidates`);
