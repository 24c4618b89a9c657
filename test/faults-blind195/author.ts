/**
 * Writes every candidate spec of fault set blind195 into candidates/.
 * Run from the repo root: npx tsx test/faults-blind195/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const FEAT = ['area_m2', 'soil_ph', 'compost_kg', 'water_l_week', 'hours_week', 'years_tenant', 'shade_pct', 'raised_beds', 'plot_no_parity'];
const WFEAT = ['rain_mm', 'mean_temp_c', 'sun_hours', 'volunteers', 'visitors'];
const LFEAT = ['months_waiting', 'distance_km', 'household_size', 'prior_plot', 'age'];
const yieldData = (extra: J = {}): J => ({ csv: '../data/plots.csv', target: 'harvest_kg', features: FEAT, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const cropData = (extra: J = {}): J => ({ csv: '../data/plots.csv', target: 'main_crop', features: FEAT, normalize: 'standard', ...extra });
const lapseData = (extra: J = {}): J => ({ csv: '../data/plots.csv', target: 'lapsed', features: FEAT, normalize: 'standard', ...extra });
const produceData = (extra: J = {}): J => ({ csv: '../data/harvest-weekly.csv', target: 'produce_kg', features: WFEAT, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const waitData = (extra: J = {}): J => ({ csv: '../data/waitlist.csv', target: 'took_plot', features: LFEAT, normalize: 'standard', ...extra });
const d = (units: number, activation = 'linear', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });

let n = 0;
function spec(name: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const body = { name, seed, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(body, null, 2) + '\n');
  n++;
}

// ---------------- invalid-spec ----------------
spec('invalid-spec.adamw-optimizer', 195, cropData(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adamw', 0.001), tr(100, 32));
spec('invalid-spec.relu-capitalised', 195, yieldData(), [d(12, 'ReLU'), d(8, 'ReLU'), d(1)], 'mse', opt('adam', 0.003), tr(150, 16));
spec('invalid-spec.keras-loss-name', 195, waitData(), [d(8, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', opt('rmsprop', 0.002), tr(80, 32));
spec('invalid-spec.validation-split-percent', 195, produceData(), [d(16, 'elu'), d(1)], 'mse', opt('adam', 0.003), tr(120, 20, { validationSplit: 20 }));
spec('invalid-spec.dropout-rate-one', 195, cropData(), [d(24, 'relu'), drop(1), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('invalid-spec.batchsize-zero', 195, lapseData(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 0));

// ---------------- data-error ----------------
spec('data-error.missing-2024-export', 195, { ...yieldData(), csv: '../data/plots-2024.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('data-error.target-typo', 195, { ...yieldData(), target: 'harvest_kgs' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('data-error.plot-id-as-feature', 195, cropData({ features: ['plot_id', ...FEAT] }), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('data-error.site-name-feature', 195, lapseData({ features: ['site', 'area_m2', 'hours_week', 'shade_pct'] }), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));
spec('data-error.committee-copy-gaps', 195, yieldData({ csv: '../data/plots-gaps.csv' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('data-error.path-outside-workspace', 195, { ...produceData(), csv: '../../../../../srv/garden/harvest-weekly.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));

// ---------------- shape-mismatch ----------------
spec('shape-mismatch.four-crop-heads', 195, cropData(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('shape-mismatch.two-heads-one-target', 195, produceData(), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('shape-mismatch.single-unit-crop-cce', 195, cropData(), [d(16, 'relu'), d(1, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('shape-mismatch.two-targets-one-unit', 195, yieldData({ target: ['harvest_kg', 'water_l_week'], features: ['area_m2', 'soil_ph', 'compost_kg', 'hours_week', 'shade_pct'] }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));

// ---------------- loss-activation-mismatch ----------------
spec('loss-activation-mismatch.softmax-yield', 195, yieldData(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.bce-linear-head', 195, waitData(), [d(12, 'relu'), d(1)], 'bce', opt('adam', 0.005), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', 195, cropData(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('loss-activation-mismatch.relu-head-standardised', 195, produceData(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('loss-activation-mismatch.sigmoid-head-raw-kg', 195, { ...yieldData(), normalizeTarget: 'none' }, [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.01), tr(120, 32));

// ---------------- init-symmetry ----------------
spec('init-symmetry.zeros-hidden-relu', 195, cropData(), [d(24, 'relu', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', opt('adam', 0.005), tr(100, 32));
spec('init-symmetry.constant-tanh', 195, produceData(), [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(8, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16));
spec('init-symmetry.zeros-everywhere-wait', 195, waitData(), [d(12, 'tanh', { init: 'zeros' }), d(6, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.003), tr(100, 16));
spec('init-symmetry.constant-relu-moons', 195, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32, 'relu', { init: { name: 'constant', value: 0.2 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));

spec('init-symmetry.zeros-tanh-crops', 195, cropData(), [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 32));

// ---------------- init-scale ----------------
spec('init-scale.normal-std-8', 195, yieldData(), [d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(16, 'relu', { init: { name: 'normal', std: 8 } }), d(1)], 'mse', opt('adam', 0.001), tr(150, 32));
spec('init-scale.uniform-1e-5-deep', 195, cropData(), [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(3, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], 'cce', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.tanh-std-5', 195, waitData(), [d(24, 'tanh', { init: { name: 'normal', std: 5 } }), d(12, 'tanh', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02), tr(120, 32));
spec('init-scale.sigmoid-uniform-limit-6', 195, produceData(), [d(20, 'sigmoid', { init: { name: 'uniform', limit: 6 } }), d(1)], 'mse', opt('rmsprop', 0.001), tr(120, 32));

// ---------------- no-nonlinearity ----------------
spec('no-nonlinearity.linear-stack-circles', 195, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(32), d(32), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.default-activation-crops', 195, cropData(), [d(32), d(16), d(8), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('no-nonlinearity.linear-hidden-spirals', 195, { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'linear'), d(64, 'linear'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(200, 32));
spec('no-nonlinearity.linear-xor', 195, { builtin: 'xor', samples: 300 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));

// ---------------- lr-out-of-range ----------------
spec('lr-out-of-range.adam-lr-5', 195, cropData(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 5), tr(100, 32));
spec('lr-out-of-range.sgd-lr-1e-8', 195, produceData(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-8), tr(150, 32));
spec('lr-out-of-range.rmsprop-lr-30', 195, waitData(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 30), tr(100, 32));
spec('lr-out-of-range.sgd-momentum-lr-80', 195, yieldData(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 80, { momentum: 0.9 }), tr(100, 32));

// ---------------- dead-relu ----------------
spec('dead-relu.bias-minus-6', 195, yieldData(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(150, 32));
spec('dead-relu.sgd-high-rate-raw-compost', 195, { ...yieldData(), normalize: 'none' }, [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('dead-relu.negative-bias-crops', 195, cropData(), [d(24, 'relu', { bias: -4 }), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(150, 32));
spec('dead-relu.adam-big-lr-wait', 195, waitData(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), tr(100, 16));

// ---------------- exploding-gradient ----------------
spec('exploding-gradient.raw-kg-target-sgd', 195, { ...produceData(), normalizeTarget: 'none', normalize: 'none' }, [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(100, 32));
spec('exploding-gradient.deep-std-1', 195, yieldData(), [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'linear', { init: { name: 'normal', std: 1 } })], 'mse', opt('sgd', 0.001), tr(80, 32));
spec('exploding-gradient.raw-water-litres', 195, { ...yieldData(), normalize: 'none' }, [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
spec('exploding-gradient.raw-target-adam-linear', 195, { ...yieldData(), normalize: 'none', normalizeTarget: 'none' }, [d(24, 'linear'), d(24, 'relu'), d(1)], 'mse', opt('rmsprop', 0.01), tr(100, 16));

// ---------------- vanishing-gradient ----------------
spec('vanishing-gradient.eight-sigmoid-layers', 195, cropData(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(100, 32));
spec('vanishing-gradient.deep-tanh-small-init', 195, produceData(), [d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.sigmoid-tower-wait', 195, waitData(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(120, 16));
spec('vanishing-gradient.sigmoid-deep-moons', 195, { builtin: 'moons', samples: 300 }, [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 32));

// ---------------- nan-loss ----------------
spec('nan-loss.sgd-raw-produce-lr-0.1', 195, { ...produceData(), normalize: 'none', normalizeTarget: 'none' }, [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.1), tr(100, 32));
spec('nan-loss.raw-compost-linear', 195, { ...yieldData(), normalize: 'none', normalizeTarget: 'none' }, [d(8), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('nan-loss.sgd-lr-3-full-batch', 195, yieldData(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 3), tr(100, 360));
spec('nan-loss.nesterov-raw-litres', 195, { ...yieldData(), normalize: 'none' }, [d(16, 'elu'), d(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), tr(100, 16));

// ---------------- lr-too-high ----------------
spec('lr-too-high.adam-0.5-crops', 195, cropData(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.5), tr(100, 32));
spec('lr-too-high.sgd-1.5-wait', 195, waitData(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 1.5, { momentum: 0.9 }), tr(100, 16));
spec('lr-too-high.rmsprop-0.2-produce', 195, produceData(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', opt('rmsprop', 0.2), tr(120, 32));
spec('lr-too-high.adam-0.3-yield', 195, yieldData(), [d(32, 'elu'), d(1)], 'mse', opt('adam', 0.3), tr(120, 16));
spec('lr-too-high.sgd-0.8-iris', 195, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.8, { momentum: 0.9 }), tr(100, 8));

// ---------------- lr-too-low ----------------
spec('lr-too-low.sgd-1e-4-crops', 195, cropData(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 1e-4), tr(100, 32));
spec('lr-too-low.adam-1e-5-produce', 195, produceData(), [d(24, 'tanh'), d(1)], 'mse', opt('adam', 1e-5), tr(100, 32));
spec('lr-too-low.rmsprop-3e-6-wait', 195, waitData(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 3e-6), tr(120, 16));
spec('lr-too-low.sgd-5e-5-full-batch-yield', 195, yieldData(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 5e-5, { momentum: 0.9 }), tr(150, 360));

// ---------------- saturated-activation ----------------
spec('saturated-activation.sigmoid-raw-compost', 195, { ...yieldData(), normalize: 'none' }, [d(16, 'sigmoid'), d(1)], 'mse', opt('adam', 0.003), tr(120, 32));
spec('saturated-activation.tanh-std-3-crops', 195, cropData(), [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(120, 32));
spec('saturated-activation.sigmoid-bias-10', 195, waitData(), [d(16, 'sigmoid', { bias: 10 }), d(8, 'sigmoid', { bias: 10 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(120, 32));
spec('saturated-activation.tanh-raw-weekly', 195, { ...produceData(), normalize: 'none' }, [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), tr(120, 32));

// ---------------- loss-plateau ----------------
spec('loss-plateau.weight-decay-1', 195, yieldData(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005, { weightDecay: 1 }), tr(150, 32));
spec('loss-plateau.weight-decay-crops', 195, cropData(), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 2 }), tr(150, 32));
spec('loss-plateau.clipnorm-1e-4-produce', 195, produceData(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { clipNorm: 1e-4 }), tr(150, 32));
spec('loss-plateau.dropout-0.9-narrow', 195, waitData(), [d(4, 'relu'), drop(0.9), d(4, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));

// ---------------- oscillating-loss ----------------
spec('oscillating-loss.momentum-0.99-sgd', 195, produceData(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.99 }), tr(150, 32));
spec('oscillating-loss.batch-1-sgd-0.3', 195, waitData(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3), tr(60, 1));
spec('oscillating-loss.adam-0.05-batch-4', 195, yieldData(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.05), tr(100, 4));
spec('oscillating-loss.rmsprop-0.05-full-batch', 195, cropData(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.05), tr(150, 360));

// ---------------- healthy ----------------
spec('ok.yield-adam-relu', 195, yieldData(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.yield-sgd-momentum-elu', 195, yieldData(), [d(24, 'elu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 16));
spec('ok.yield-nesterov-tanh', 195, yieldData(), [d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.yield-rmsprop-batchnorm', 195, yieldData(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', opt('rmsprop', 0.003), tr(120, 32));
spec('ok.yield-minmax-leaky', 195, yieldData({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.yield-eu-export', 195, yieldData({ csv: '../data/plots-eu.csv' }), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.yield-full-batch-adam', 195, yieldData(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.02), tr(300, 360));
spec('ok.yield-linear-regression', 195, yieldData(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.yield-dropout-wd-val', 195, yieldData(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.yield-batch-1-sgd', 195, yieldData(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.002), tr(40, 1));
spec('ok.yield-deep-clipnorm', 195, yieldData(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, clipNorm: 1 }), tr(150, 32));
spec('ok.crops-adam-relu', 195, cropData(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('ok.crops-rmsprop-tanh', 195, cropData(), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(120, 16));
spec('ok.crops-sgd-nesterov-bn', 195, cropData(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(120, 32));
spec('ok.crops-eu-elu-val', 195, cropData({ csv: '../data/plots-eu.csv' }), [d(32, 'elu'), drop(0.1), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.25 }));
spec('ok.crops-softmax-regression', 195, cropData(), [d(3, 'softmax')], 'cce', opt('sgd', 0.1), tr(150, 32));
spec('ok.crops-minmax-leaky-batch8', 195, cropData({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('adam', 0.002), tr(100, 8));
spec('ok.lapsed-adam-relu', 195, lapseData(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('ok.lapsed-logistic-sgd', 195, lapseData(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.2, { momentum: 0.5 }), tr(150, 16));
spec('ok.wait-adam-tanh', 195, waitData(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(120, 32));
spec('ok.wait-rmsprop-relu-deep', 195, waitData(), [d(24, 'relu'), d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(100, 16));
spec('ok.wait-sgd-sigmoid-hidden', 195, waitData(), [d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9 }), tr(150, 32));
spec('ok.wait-xavier-normal-elu-wd', 195, waitData(), [d(16, 'elu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 1e-3 }), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.wait-full-batch-lecun', 195, waitData(), [d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(300, 280));
spec('ok.produce-adam-relu', 195, produceData(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.produce-sgd-linear', 195, produceData(), [d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));
spec('ok.produce-rmsprop-tanh-val', 195, produceData(), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.produce-he-uniform-bn', 195, produceData(), [d(32, 'relu', { init: 'he_uniform', batchNorm: true }), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(120, 16));
spec('ok.produce-minmax-elu-clip', 195, produceData({ normalize: 'minmax' }), [d(32, 'elu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, clipNorm: 5 }), tr(150, 32));
spec('ok.moons-relu-adam', 195, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.circles-tanh-sgd', 195, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32));
spec('ok.spirals-deep-adam', 195, { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(300, 32));
spec('ok.iris-rmsprop', 195, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 16));
spec('ok.xor-tanh-nesterov', 195, { builtin: 'xor', samples: 300 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(200, 32));
spec('ok.sine-elu-adam', 195, { builtin: 'sine', samples: 300 }, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-4-sgd', 195, { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 32));
spec('ok.inline-shed-rent', 195, { inline: { x: [[50], [60], [75], [90], [100], [120], [125], [150], [175], [200], [250], [300]], y: [40, 45, 55, 62, 70, 82, 85, 100, 115, 130, 160, 190] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(4, 'relu'), d(1)], 'mse', opt('adam', 0.02), tr(300, 12));
spec('ok.inline-pest-labels', 195, { inline: { x: [[0.1, 0.9], [0.2, 0.8], [0.15, 0.7], [0.9, 0.1], [0.8, 0.3], [0.85, 0.2], [0.5, 0.5], [0.3, 0.75], [0.7, 0.25], [0.25, 0.9], [0.95, 0.15], [0.2, 0.6]], y: ['slugs', 'slugs', 'slugs', 'aphids', 'aphids', 'aphids', 'aphids', 'slugs', 'aphids', 'slugs', 'aphids', 'slugs'] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(200, 4));
spec('ok.yield-two-targets', 195, yieldData({ target: ['harvest_kg', 'water_l_week'], features: ['area_m2', 'soil_ph', 'compost_kg', 'hours_week', 'shade_pct', 'raised_beds'] }), [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.crops-sigmoid-hidden-adam', 195, cropData(), [d(24, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
spec('ok.produce-deep-tanh-rmsprop', 195, produceData(), [d(16, 'tanh'), d(16, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), tr(150, 16));
spec('ok.wait-batch-2-adam', 195, waitData(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(50, 2));

console.log(`wrote ${n} candidates`);
