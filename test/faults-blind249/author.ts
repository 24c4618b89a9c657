/**
 * Writes every candidate spec of set blind249 (saffron and vanilla growers) into candidates/.
 * Run: npx tsx test/faults-blind249/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const SF = ['corm_density', 'corm_weight_g', 'corm_circ_cm', 'altitude_m', 'autumn_rain_mm', 'soil_ph', 'irrigation_events', 'drying_temp_c', 'picker_team'];
const VF = ['bean_length_cm', 'moisture_pct', 'vanillin_pct', 'curing_days', 'sweat_temp_c', 'split_pct', 'mould_spots'];
const PF = ['hour', 'humidity_pct', 'temp_c', 'worker_years', 'flowers_on_raceme', 'day_of_season'];
const saf = (target: string | string[], normalize = 'standard', more: J = {}): J => ({ csv: '../data/saffron_plots.csv', target, features: SF, normalize, ...more });
const van = (target: string | string[], normalize = 'standard', more: J = {}): J => ({ csv: '../data/vanilla_lots.csv', target, features: VF, normalize, ...more });
const vanFr = (target: string, normalize = 'standard', more: J = {}): J => ({ csv: '../data/vanilla_lots_fr.csv', target, features: VF, normalize, ...more });
const pol = (normalize = 'standard', more: J = {}): J => ({ csv: '../data/pollination.csv', target: 'pod_set', features: PF, normalize, ...more });
const d = (units: number, activation?: string, more: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: J = {}): J => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}): J => ({ epochs, batchSize, ...more });

let seed = 249;
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const s = { name: file, seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', saf('yield_kg_ha'), [d(16, 'relu'), d(1)], 'mse', opt('adamw', 0.001), tr(100, 32));
spec('invalid-spec.relu-capitalised', van('grade'), [d(24, 'ReLU'), d(12, 'ReLU'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 16));
spec('invalid-spec.keras-loss-name', pol(), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', opt('rmsprop', 0.002), tr(80, 32));
spec('invalid-spec.glorot-init', saf('iso_category'), [d(20, 'relu', { init: 'glorot_uniform' }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('invalid-spec.dropout-rate-percent', van('price_usd_kg', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), drop(30), d(1)], 'mse', opt('adam', 0.002), tr(150, 32));
spec('invalid-spec.validation-split-percent', pol(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32, { validationSplit: 20 }));

// data-error
spec('data-error.missing-2024-export', { csv: '../data/saffron_plots_2024.csv', target: 'yield_kg_ha', features: SF, normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.target-column-renamed', saf('yield_kg'), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.plot-id-as-feature', { csv: '../data/saffron_plots.csv', target: 'yield_kg_ha', features: ['plot_id', ...SF], normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.na-markers-in-gaps-copy', { csv: '../data/saffron_plots_gaps.csv', target: 'yield_kg_ha', features: SF, normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(100, 32));
spec('data-error.no-features-list-date-column', { csv: '../data/vanilla_lots.csv', target: 'grade', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('data-error.path-outside-workspace', { csv: '../../../../../shared/coop/vanilla_lots.csv', target: 'grade', features: VF, normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));

// shape-mismatch
spec('shape-mismatch.grade-two-units', van('grade'), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.iso-category-four-units', saf('iso_category'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(100, 32));
spec('shape-mismatch.two-targets-one-unit', saf(['yield_kg_ha', 'lot_value_usd'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.yield-three-units', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(12, 'elu'), d(3)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.iris-two-units', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 16));

// loss-activation-mismatch
spec('loss-activation-mismatch.grade-sigmoid-head-cce', van('grade'), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.pod-set-linear-head-bce', pol(), [d(12, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.grade-softmax-mse', van(['bean_length_cm']), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.yield-tanh-head-raw', saf('yield_kg_ha'), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.price-relu-head-standardised', van('price_usd_kg', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.pod-set-softmax-single-unit', pol(), [d(12, 'tanh'), d(1, 'softmax')], 'bce', opt('rmsprop', 0.003), tr(100, 32));

// init-symmetry
spec('init-symmetry.zeros-hidden-relu', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu', { init: 'zeros' }), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('init-symmetry.constant-tanh-grade', van('grade'), [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(3, 'softmax', { init: { name: 'constant', value: 0.1 } })], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));
spec('init-symmetry.zeros-both-layers-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('init-symmetry.constant-sigmoid-pollination', pol(), [d(10, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(120, 32));

// init-scale
spec('init-scale.normal-std-5-tanh', van('grade'), [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('init-scale.uniform-tiny-deep', saf('iso_category'), [d(32, 'relu', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-4 } }), d(3, 'softmax', { init: { name: 'uniform', limit: 1e-4 } })], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('init-scale.normal-std-20-relu-regression', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: { name: 'normal', std: 20 } }), d(16, 'relu', { init: { name: 'normal', std: 20 } }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std-1e-5-sigmoid', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'sigmoid', { init: { name: 'normal', std: 1e-5 } }), d(16, 'sigmoid', { init: { name: 'normal', std: 1e-5 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1e-5 } })], 'bce', opt('sgd', 0.1), tr(150, 32));

// no-nonlinearity
spec('no-nonlinearity.linear-stack-circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.activation-omitted-pollination', pol(), [d(32), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('no-nonlinearity.linear-hidden-spirals', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.1 }, [d(64, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(150, 32));
spec('no-nonlinearity.linear-deep-yield', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(24), d(24), d(12), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(200, 16));

// lr-out-of-range
spec('lr-out-of-range.zero-rate', van('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0), tr(100, 32));
spec('lr-out-of-range.negative-rate', pol(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', -0.01, { momentum: 0.9 }), tr(100, 32));
spec('lr-out-of-range.adam-rate-30', saf('iso_category'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 30), tr(100, 32));
spec('lr-out-of-range.sgd-rate-500', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 500), tr(100, 32));

// dead-relu
spec('dead-relu.negative-bias-init', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(150, 32));
spec('dead-relu.sgd-kick-kills-units', van('price_usd_kg', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.8), tr(100, 8));
spec('dead-relu.bias-minus-three-grade', van('grade'), [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(3, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(120, 32));
spec('dead-relu.minmax-inputs-negative-bias', pol('minmax'), [d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 32));

// exploding-gradient
spec('exploding-gradient.raw-lot-value-target', saf('lot_value_usd'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.raw-altitude-features-deep', saf('yield_kg_ha', 'none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 1e-4, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.raw-price-target-adam', van('price_usd_kg', 'none'), [d(24, 'relu'), d(24, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('exploding-gradient.deep-relu-large-init', pol(), [d(32, 'relu', { init: { name: 'normal', std: 1.2 } }), d(32, 'relu', { init: { name: 'normal', std: 1.2 } }), d(32, 'relu', { init: { name: 'normal', std: 1.2 } }), d(32, 'relu', { init: { name: 'normal', std: 1.2 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(60, 32));

// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-stack', van('grade'), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('vanishing-gradient.deep-tanh-small-init', saf('iso_category'), [d(24, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.sigmoid-ten-layers-pollination', pol(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.1), tr(100, 32));
spec('vanishing-gradient.deep-sigmoid-xavier-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, Array.from({ length: 8 }, () => d(10, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));

// nan-loss
spec('nan-loss.raw-lot-value-sgd', saf('lot_value_usd', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(50, 32));
spec('nan-loss.raw-features-sgd-momentum', saf('yield_kg_ha', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(50, 16));
spec('nan-loss.price-target-sgd-momentum', van('price_usd_kg', 'standard'), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.95 }), tr(50, 8));
spec('nan-loss.linear-net-value-batch1', saf('lot_value_usd', 'minmax'), [d(8), d(1)], 'mse', opt('sgd', 0.05), tr(30, 1));

// lr-too-high
spec('lr-too-high.adam-half-grade', van('grade'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.5), tr(100, 32));
spec('lr-too-high.sgd-rate-3-yield', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 3), tr(100, 32));
spec('lr-too-high.rmsprop-0-3-pollination', pol(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.3), tr(100, 32));
spec('lr-too-high.nesterov-1-iso', saf('iso_category'), [d(24, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), tr(100, 32));
spec('lr-too-high.adam-0-2-price', van('price_usd_kg', 'standard', { normalizeTarget: 'standard' }), [d(32, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.2), tr(100, 16));

// lr-too-low
spec('lr-too-low.sgd-1e-5-grade', van('grade'), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6-yield', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 1e-6), tr(150, 32));
spec('lr-too-low.rmsprop-1e-6-pollination', pol(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-6), tr(120, 32));
spec('lr-too-low.nesterov-1e-5-iso', saf('iso_category'), [d(32, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 1e-5, { momentum: 0.9, nesterov: true }), tr(100, 64));

// saturated-activation
spec('saturated-activation.sigmoid-raw-altitude', saf('iso_category', 'none'), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('saturated-activation.tanh-raw-vanilla-features', van('grade', 'none'), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(120, 32));
spec('saturated-activation.sigmoid-bias-10', pol(), [d(16, 'sigmoid', { bias: 10 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(120, 32));
spec('saturated-activation.tanh-raw-pollination-hum', pol('none'), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));

// loss-plateau
spec('loss-plateau.weight-decay-one-grade', van('grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1.0 }), tr(150, 32));
spec('loss-plateau.dropout-09-yield', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(8, 'relu'), drop(0.9), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-plateau.xor-sigmoid-plain-sgd', { builtin: 'xor', samples: 200, noise: 0.05 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(200, 32));
spec('loss-plateau.one-unit-bottleneck-spirals', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(64, 'relu'), d(1, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32));
spec('loss-plateau.clipnorm-tiny-pollination', pol(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { clipNorm: 1e-4 }), tr(150, 32));

// oscillating-loss
spec('oscillating-loss.adam-0-05-batch-1-grade', van('grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.05), tr(60, 1));
spec('oscillating-loss.sgd-momentum-099-yield', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.99 }), tr(100, 320));
spec('oscillating-loss.rmsprop-0-05-batch-2-pollination', pol(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), tr(60, 2));
spec('oscillating-loss.fullbatch-sgd-edge-price', van('price_usd_kg', 'standard', { normalizeTarget: 'standard' }), [d(8, 'linear'), d(1)], 'mse', opt('sgd', 0.55), tr(100, 360));

// ---------------- healthy ----------------
spec('ok.yield-relu-adam', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.yield-raw-target-rescaled', saf('yield_kg_ha', 'minmax', { normalizeTarget: 'minmax' }), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(200, 16));
spec('ok.yield-sgd-momentum-elu', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(200, 32));
spec('ok.yield-nesterov-batchnorm', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.yield-dropout-weightdecay', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(200, 32, { validationSplit: 0.2 }));
spec('ok.yield-fullbatch-adam', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.02), tr(400, 320));
spec('ok.yield-batch1-sgd', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(12, 'relu'), d(1)], 'mse', opt('sgd', 0.003), tr(40, 1));
spec('ok.yield-raw-target-linear-head-leaky', saf('yield_kg_ha', 'standard'), [d(24, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.01), tr(200, 32));
spec('ok.iso-category-adam', saf('iso_category'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('ok.iso-category-tanh-rmsprop', saf('iso_category'), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(150, 16));
spec('ok.iso-category-sgd-clipnorm', saf('iso_category', 'minmax'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9, clipNorm: 5 }), tr(200, 32));
spec('ok.grade-relu-adam', van('grade'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('ok.grade-fr-export', vanFr('grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('ok.grade-elu-nesterov', van('grade'), [d(24, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.grade-batchnorm-dropout', van('grade'), [d(48, 'relu', { batchNorm: true }), drop(0.3), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.grade-sigmoid-hidden-rmsprop', van('grade', 'minmax'), [d(32, 'sigmoid'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.01), tr(200, 32));
spec('ok.grade-deep-leaky', van('grade'), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('adam', 0.001), tr(150, 32));
spec('ok.price-regression-adam', van('price_usd_kg', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.price-fr-export-sgd', vanFr('price_usd_kg', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05), tr(200, 16));
spec('ok.price-batch-4-rmsprop-clip', van('price_usd_kg', 'standard', { normalizeTarget: 'minmax' }), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001, { clipNorm: 1 }), tr(80, 4));
spec('ok.pod-set-adam', pol(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('ok.pod-set-tanh-sgd', pol(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));
spec('ok.pod-set-elu-rmsprop-val', pol(), [d(24, 'elu'), drop(0.1), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(150, 16, { validationSplit: 0.25 }));
spec('ok.pod-set-fullbatch-nesterov', pol('minmax'), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), tr(400, 420));
spec('ok.pod-set-two-class-cce', pol(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('ok.moons-relu-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32));
spec('ok.spirals-deep-elu', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [d(64, 'elu'), d(64, 'elu'), d(32, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-four-linear-softmax', { builtin: 'blobs', samples: 300, classes: 4, noise: 0.1 }, [d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 32));
spec('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 16));
spec('ok.iris-batch1-sgd-sigmoid', { builtin: 'iris', normalize: 'minmax' }, [d(8, 'sigmoid'), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 1));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.xor-relu-adam', { builtin: 'xor', samples: 200, noise: 0.05 }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(200, 16));
spec('ok.inline-drying-hours', { inline: { x: [[35, 20], [40, 18], [45, 15], [50, 12], [55, 10], [60, 8], [65, 7], [70, 6], [38, 19], [48, 13], [58, 9], [68, 6.5]], y: [11.8, 10.1, 8.4, 7.0, 5.9, 4.8, 4.1, 3.7, 10.9, 7.6, 5.3, 3.9] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(300, 12));
spec('ok.inline-bean-class', { inline: { x: [[14, 1.2], [15, 1.4], [21, 2.6], [20, 2.4], [17, 1.9], [18, 2.0], [13, 1.1], [22, 2.9], [16, 1.6], [19, 2.2], [14.5, 1.3], [20.5, 2.7]], y: ['cut', 'cut', 'gourmet', 'gourmet', 'extract', 'extract', 'cut', 'gourmet', 'extract', 'extract', 'cut', 'gourmet'] }, normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 4));
spec('ok.yield-wide-shallow-lecun', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(128, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', opt('adam', 0.001), tr(150, 64));
spec('ok.iso-category-he-uniform-deep', saf('iso_category'), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.pod-set-sigmoid-hidden-adam', pol(), [d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 64));
spec('ok.grade-batch-128-rmsprop', van('grade'), [d(32, 'tanh'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003, { weightDecay: 1e-4 }), tr(250, 128));
spec('ok.moons-leaky-nesterov-batchnorm', { builtin: 'moons', samples: 400, noise: 0.2 }, [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(120, 16));
spec('ok.yield-multi-target', saf(['yield_kg_ha', 'lot_value_usd'], 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(200, 32));

// second round (after the first observation): more exploding and oscillating candidates
spec('exploding-gradient.raw-lot-value-adam', saf('lot_value_usd'), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('exploding-gradient.raw-price-fr-rmsprop', vanFr('price_usd_kg', 'standard'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.003), tr(100, 32));
spec('exploding-gradient.raw-lot-value-clipped-sgd', saf('lot_value_usd', 'minmax'), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 10 }), tr(80, 32));
spec('exploding-gradient.raw-yield-features-adam-deep', saf('yield_kg_ha', 'none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('oscillating-loss.adam-0-03-batch-2-iso', saf('iso_category'), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.03), tr(60, 2));
spec('oscillating-loss.sgd-0-2-batch-1-grade', van('grade'), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.2), tr(60, 1));
spec('oscillating-loss.rmsprop-0-02-batch-1-yield', saf('yield_kg_ha', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1)], 'mse', opt('rmsprop', 0.02), tr(60, 1));
spec('oscillating-loss.adam-0-1-batch-4-price', van('price_usd_kg', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.1), tr(80, 4));
