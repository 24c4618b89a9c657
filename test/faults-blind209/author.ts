/**
 * Writes every candidate spec of blind set 209 (food trucks and street-food markets) into candidates/:
 * npx tsx test/faults-blind209/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
const specs: Record<string, J> = {};
let seed = 209;
function add(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}) {
  specs[file] = { name: file, seed: seed++, data, layers, loss, optimizer, training, ...extra };
}
const d = (units: number, activation?: string, more: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });

const TD_F = ['temp_c', 'rain_mm', 'foot_traffic', 'event_day', 'weekday', 'open_hours', 'staff', 'menu_items'];
const TD = (normalize = 'standard', normalizeTarget = 'standard', extra: J = {}): J => ({ csv: '../data/truck-days.csv', target: 'revenue_eur', features: TD_F, normalize, normalizeTarget, ...extra });
const IN_F = ['fridge_temp_c', 'days_since_deep_clean', 'staff_certified', 'years_trading', 'complaints_90d', 'generator_hours', 'water_tank_l'];
const IN = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/inspections.csv', target: 'failed', features: IN_F, normalize, ...extra });
const ST_F = ['avg_ticket_eur', 'spice_level', 'veg_share', 'queue_min', 'prep_min', 'fryer_kw', 'pitch_m2'];
const ST = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/stalls.csv', target: 'category', features: ST_F, normalize, ...extra });
const MK = (normalize = 'standard', normalizeTarget = 'standard'): J => ({ csv: '../data/market-export.csv', target: 'wait_min', features: ['open_stalls', 'visitors_per_hour', 'temp_c', 'cash_only_share'], normalize, normalizeTarget });
const SH = (normalize = 'standard', normalizeTarget = 'none'): J => ({ csv: '../data/shifts.csv', target: 'fuel_l', features: ['km_driven', 'generator_hours', 'grill_hours', 'ambient_c'], normalize, normalizeTarget });
const T = (epochs: number, batchSize = 32, more: J = {}): J => ({ epochs, batchSize, shuffle: true, ...more });
const adam = (lr = 0.001, more: J = {}): J => ({ type: 'adam', lr, ...more });
const sgd = (lr = 0.01, more: J = {}): J => ({ type: 'sgd', lr, ...more });
const rms = (lr = 0.001, more: J = {}): J => ({ type: 'rmsprop', lr, ...more });

// ---------- faults ----------
// invalid-spec
add('invalid-spec.relu-camelcase', TD(), [d(16, 'ReLu'), d(1)], 'mse', adam(0.005), T(60));
add('invalid-spec.adamw-optimizer', IN(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001 }, T(60));
add('invalid-spec.keras-loss-name', ST(), [d(16, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', adam(0.01), T(60));
add('invalid-spec.dropout-percent', ST(), [d(24, 'relu'), drop(30), d(4, 'softmax')], 'cce', adam(0.005), T(60));
add('invalid-spec.batchsize-zero', MK(), [d(8, 'tanh'), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), T(80, 0));
// data-error
add('data-error.underscore-filename', { csv: '../data/truck_days.csv', target: 'revenue_eur', normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.01), T(60));
add('data-error.target-renamed', TD('standard', 'standard', { target: 'revenue' }), [d(16, 'relu'), d(1)], 'mse', adam(0.01), T(60));
add('data-error.na-markers', { csv: '../data/truck-days-gaps.csv', target: 'revenue_eur', features: TD_F, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.01), T(60));
add('data-error.truck-id-feature', { csv: '../data/truck-days.csv', target: 'revenue_eur', features: ['truck_id', ...TD_F], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.01), T(60));
add('data-error.path-outside', { csv: '../../../../../../tmp/market-export.csv', target: 'wait_min', normalize: 'standard' }, [d(8, 'relu'), d(1)], 'mse', adam(0.01), T(60));
// shape-mismatch
add('shape-mismatch.three-categories', ST(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), T(80));
add('shape-mismatch.five-categories', ST(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', adam(0.01), T(80));
add('shape-mismatch.two-sigmoid-bce', IN(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.01), T(80));
add('shape-mismatch.two-targets-one-unit', { csv: '../data/truck-days.csv', target: ['revenue_eur', 'foot_traffic'], features: ['temp_c', 'rain_mm', 'event_day', 'weekday', 'open_hours', 'staff'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.01), T(80));
// loss-activation-mismatch
add('loss-activation-mismatch.cce-sigmoid-head', ST(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.01), T(80));
add('loss-activation-mismatch.bce-linear-head', IN(), [d(12, 'relu'), d(1)], 'bce', adam(0.01), T(80));
add('loss-activation-mismatch.mse-softmax-revenue', TD(), [d(16, 'relu'), d(1, 'softmax')], 'mse', adam(0.01), T(80));
add('loss-activation-mismatch.cce-relu-head', ST(), [d(16, 'tanh'), d(4, 'relu')], 'cce', adam(0.01), T(80));
add('loss-activation-mismatch.tanh-head-raw-wait', MK('standard', 'none'), [d(12, 'relu'), d(1, 'tanh')], 'mse', adam(0.01), T(100));
// init-symmetry
add('init-symmetry.zeros-hidden-relu', TD(), [d(16, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.01), T(80));
add('init-symmetry.constant-tanh', IN(), [d(12, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), T(80));
add('init-symmetry.zeros-two-layers', ST(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(4, 'softmax')], 'cce', adam(0.005), T(80));
add('init-symmetry.constant-sigmoid-shifts', SH('standard', 'standard'), [d(10, 'sigmoid', { init: 'constant', value: 0.5 }), d(1)], 'mse', rms(0.005), T(100));
// init-scale
add('init-scale.normal-std8-tanh', IN(), [d(16, 'tanh', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], 'bce', adam(0.005), T(80));
add('init-scale.uniform-limit25-relu', TD(), [d(32, 'relu', { init: { name: 'uniform', limit: 25 } }), d(16, 'relu', { init: { name: 'uniform', limit: 25 } }), d(1)], 'mse', sgd(0.01), T(80));
add('init-scale.tiny-std-deep', ST(), [d(32, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(4, 'softmax', { init: { name: 'normal', std: 1e-5 } })], 'cce', sgd(0.05, { momentum: 0.9 }), T(80));
add('init-scale.normal-std20-sigmoid', MK(), [d(12, 'sigmoid', { init: { name: 'normal', std: 20 } }), d(1)], 'mse', adam(0.003), T(100));
// no-nonlinearity
add('no-nonlinearity.linear-stack-stalls', ST(), [d(32), d(16), d(4, 'softmax')], 'cce', adam(0.01), T(80));
add('no-nonlinearity.linear-hidden-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), T(150));
add('no-nonlinearity.linear-three-inspections', IN(), [d(16, 'linear'), d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), T(80));
add('no-nonlinearity.linear-circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(24), d(1, 'sigmoid')], 'bce', rms(0.005), T(150));
// lr-out-of-range
add('lr-out-of-range.zero-rate', TD(), [d(16, 'relu'), d(1)], 'mse', adam(0), T(60));
add('lr-out-of-range.negative-rate', IN(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', sgd(-0.01, { momentum: 0.9 }), T(60));
add('lr-out-of-range.adam-rate-50', ST(), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(50), T(60));
add('lr-out-of-range.rmsprop-rate-1000', MK(), [d(8, 'tanh'), d(1)], 'mse', rms(1000), T(60));
// dead-relu
add('dead-relu.negative-bias', TD(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.001), T(80));
add('dead-relu.sgd-hot-rate-raw', TD('none', 'standard'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.05), T(60));
add('dead-relu.bias-minus3-inspections', IN(), [d(24, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', sgd(0.01), T(100));
add('dead-relu.adam-hot-rate-stalls', ST(), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.5), T(60));
// exploding-gradient
add('exploding-gradient.raw-euro-target', TD('standard', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), T(60));
add('exploding-gradient.raw-traffic-features', TD('none', 'none'), [d(16, 'relu'), d(1)], 'mse', adam(0.01), T(60));
add('exploding-gradient.deep-wide-init', SH('standard', 'standard'), [d(64, 'relu', { init: { name: 'normal', std: 1.0 } }), d(64, 'relu', { init: { name: 'normal', std: 1.0 } }), d(64, 'relu', { init: { name: 'normal', std: 1.0 } }), d(64, 'relu', { init: { name: 'normal', std: 1.0 } }), d(1)], 'mse', sgd(0.001), T(60));
add('exploding-gradient.raw-fuel-momentum', SH('none', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), T(60));
// vanishing-gradient
add('vanishing-gradient.sigmoid-tower', IN(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), T(80));
add('vanishing-gradient.tanh-small-init-deep', ST(), Array.from({ length: 7 }, () => d(24, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(4, 'softmax')]), 'cce', sgd(0.05, { momentum: 0.9 }), T(80));
add('vanishing-gradient.sigmoid-tower-revenue', TD(), Array.from({ length: 8 }, () => d(12, 'sigmoid')).concat([d(1)]), 'mse', sgd(0.01), T(80));
add('vanishing-gradient.sigmoid-deep-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, Array.from({ length: 6 }, () => d(10, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', sgd(0.1), T(100));
// nan-loss
add('nan-loss.raw-euros-sgd-hot', TD('none', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(0.1), T(60));
add('nan-loss.raw-euro-target-sgd', TD('standard', 'none'), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), T(60));
add('nan-loss.raw-fuel-rmsprop-huge', SH('none', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.5), T(60));
add('nan-loss.market-raw-sgd', MK('none', 'none'), [d(12, 'relu'), d(1)], 'mse', sgd(0.02), T(60));
// lr-too-high
add('lr-too-high.adam-0.3-inspections', IN(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), T(80));
add('lr-too-high.sgd-3-stalls', ST(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', sgd(3), T(80));
add('lr-too-high.rmsprop-0.2-market', MK(), [d(12, 'relu'), d(1)], 'mse', rms(0.2), T(80));
add('lr-too-high.nesterov-1-shifts', SH('standard', 'standard'), [d(16, 'tanh'), d(1)], 'mse', sgd(1.0, { momentum: 0.9, nesterov: true }), T(80));
// lr-too-low
add('lr-too-low.sgd-1e-5-revenue', TD(), [d(16, 'relu'), d(1)], 'mse', sgd(1e-5), T(80));
add('lr-too-low.adam-1e-6-inspections', IN(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(1e-6), T(80));
add('lr-too-low.rmsprop-1e-6-stalls', ST(), [d(24, 'relu'), d(4, 'softmax')], 'cce', rms(1e-6), T(80));
add('lr-too-low.momentum-1e-5-market', MK(), [d(12, 'tanh'), d(1)], 'mse', sgd(1e-5, { momentum: 0.9 }), T(100, 16));
// saturated-activation
add('saturated-activation.sigmoid-raw-traffic', TD('none', 'standard'), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.01), T(80));
add('saturated-activation.tanh-raw-inspections', IN('none'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), T(80));
add('saturated-activation.sigmoid-bias-8', ST(), [d(24, 'sigmoid', { bias: 8 }), d(4, 'softmax')], 'cce', sgd(0.05), T(80));
add('saturated-activation.tanh-raw-visitors', MK('none', 'standard'), [d(12, 'tanh'), d(1)], 'mse', rms(0.005), T(80));
// loss-plateau
add('loss-plateau.xor-sigmoid-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(4, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), d(1, 'sigmoid')], 'bce', sgd(0.05), T(150));
add('loss-plateau.spirals-two-tanh', { builtin: 'spirals', samples: 300, noise: 0.1 }, [d(2, 'tanh'), d(2, 'softmax')], 'cce', sgd(0.02), T(150));
add('loss-plateau.circles-small-init-sgd', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(8, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(8, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(1, 'sigmoid')], 'bce', sgd(0.05), T(150));
add('loss-plateau.stalls-weight-decay', ST(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.01, { weightDecay: 2 }), T(100));
// oscillating-loss
add('oscillating-loss.momentum-0.99', IN(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.2, { momentum: 0.99 }), T(100));
add('oscillating-loss.full-batch-edge', MK(), [d(8, 'tanh'), d(1)], 'mse', sgd(0.9), T(100, 300));
add('oscillating-loss.rmsprop-batch1', SH('standard', 'standard'), [d(16, 'relu'), d(1)], 'mse', rms(0.03), T(60, 1));
add('oscillating-loss.adam-0.1-stalls-batch4', ST(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), T(80, 4));

// ---------- healthy ----------
add('ok.revenue-adam-relu', TD(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), T(120));
add('ok.revenue-sgd-momentum-tanh', TD(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.02, { momentum: 0.9 }), T(150, 16));
add('ok.revenue-rmsprop-elu-val', TD(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.002), T(120, 32, { validationSplit: 0.2 }));
add('ok.revenue-minmax-leaky', TD('minmax', 'minmax'), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.005), T(200, 64));
add('ok.revenue-batchnorm-nesterov', TD(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), T(100));
add('ok.revenue-fullbatch-adam', TD(), [d(16, 'tanh'), d(1)], 'mse', adam(0.02), T(400, 420));
add('ok.revenue-linear-regression', TD(), [d(1)], 'mse', sgd(0.05), T(80));
add('ok.revenue-wd-clip', TD(), [d(48, 'relu'), drop(0.1), d(24, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 1e-4, clipNorm: 5 }), T(150));
add('ok.inspections-adam-relu', IN(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), T(100));
add('ok.inspections-sgd-plain-tanh', IN(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), T(150, 16));
add('ok.inspections-logistic', IN(), [d(1, 'sigmoid')], 'bce', adam(0.02), T(150));
add('ok.inspections-rmsprop-dropout-val', IN(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), T(100, 32, { validationSplit: 0.25 }));
add('ok.inspections-minmax-elu-batch8', IN('minmax'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.003), T(100, 8));
add('ok.inspections-deep-narrow-bn', IN(), [d(12, 'relu', { batchNorm: true }), d(12, 'relu', { batchNorm: true }), d(8, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.003), T(100));
add('ok.stalls-adam-relu', ST(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), T(100));
add('ok.stalls-sgd-momentum', ST(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), T(120, 16));
add('ok.stalls-rmsprop-leaky-deep', ST(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', rms(0.001), T(80));
add('ok.stalls-softmax-regression', ST(), [d(4, 'softmax')], 'cce', adam(0.02), T(150, 400));
add('ok.stalls-dropout-wd-val', ST(), [d(48, 'relu'), drop(0.3), d(4, 'softmax')], 'cce', adam(0.003, { weightDecay: 5e-4 }), T(150, 32, { validationSplit: 0.2 }));
add('ok.stalls-batch1-sgd', ST(), [d(16, 'elu'), d(4, 'softmax')], 'cce', sgd(0.005), T(40, 1));
add('ok.stalls-sigmoid-hidden', ST(), [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.01), T(150));
add('ok.market-adam-relu', MK(), [d(16, 'relu'), d(1)], 'mse', adam(0.005), T(150));
add('ok.market-sgd-nesterov', MK(), [d(8, 'tanh'), d(1)], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), T(150, 16));
add('ok.market-linear', MK('minmax', 'standard'), [d(1)], 'mse', rms(0.01), T(150));
add('ok.market-deep-elu-clip', MK(), [d(24, 'elu'), d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', adam(0.002, { clipNorm: 1 }), T(150));
add('ok.shifts-adam-relu', SH('standard', 'standard'), [d(16, 'relu'), d(1)], 'mse', adam(0.005), T(150));
add('ok.shifts-raw-target-adam', SH('standard', 'none'), [d(16, 'relu'), d(1)], 'mse', adam(0.02), T(300));
add('ok.shifts-rmsprop-tanh-batch8', SH('standard', 'standard'), [d(12, 'tanh'), d(6, 'tanh'), d(1)], 'mse', rms(0.003), T(150, 8));
add('ok.shifts-sgd-plain-linear', SH('standard', 'standard'), [d(1)], 'mse', sgd(0.05), T(100, 16));
add('ok.moons-relu-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), T(200));
add('ok.circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), T(200));
add('ok.spirals-deep-adam', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), T(300));
add('ok.xor-sigmoid-hidden', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.03), T(200));
add('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), T(150, 16));
add('ok.blobs-sgd-plain', { builtin: 'blobs', samples: 300, classes: 4, noise: 0.3 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), T(100));
add('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), T(300));
add('ok.inline-menu-prices', { inline: { x: [[1, 0], [2, 0], [3, 1], [4, 1], [5, 0], [6, 1], [7, 0], [8, 1], [9, 1], [10, 0], [11, 1], [12, 0]], y: [4.5, 5.1, 6.8, 7.2, 6.4, 8.9, 7.6, 10.1, 10.8, 9.2, 12.1, 10.3] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(4, 'relu'), d(1)], 'mse', adam(0.02), T(300, 12));
add('ok.inline-sold-out-labels', { inline: { x: [[30, 1], [35, 0], [80, 1], [90, 1], [20, 0], [75, 0], [95, 1], [15, 1], [60, 1], [85, 0], [25, 0], [70, 1], [40, 0], [88, 1], [10, 0], [65, 0]], y: ['stock', 'stock', 'sold-out', 'sold-out', 'stock', 'sold-out', 'sold-out', 'stock', 'sold-out', 'sold-out', 'stock', 'sold-out', 'stock', 'sold-out', 'stock', 'stock'] }, normalize: 'standard' }, [d(6, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.05), T(200, 16));
add('ok.inspections-nesterov-leaky-long', IN(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.95, nesterov: true }), T(150, 64));
add('ok.revenue-he-uniform-xavier', TD(), [d(24, 'relu', { init: 'he_uniform' }), d(12, 'tanh', { init: 'xavier_normal' }), d(1, 'linear', { init: 'lecun_normal' })], 'mse', adam(0.003), T(150));
add('ok.stalls-deep-bn-sgd', ST(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), T(80));
add('ok.market-rmsprop-wd-batch64', MK(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 1e-4 }), T(200, 64));

for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
