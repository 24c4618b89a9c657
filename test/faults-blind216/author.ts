/**
 * Writes every candidate spec of fault set blind216 into candidates/.
 * Run from the repo root: npx tsx test/faults-blind216/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const write = (file: string, spec: Obj) => fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name: file, ...spec }, null, 2) + '\n');
const d = (units: number, activation = 'linear', extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });

const B = '../data/bookings.csv';
const COST_X = ['guest_count', 'budget_eur', 'lead_time_days', 'venue_distance_km', 'peak_season', 'menu_courses', 'service_staff', 'weekday_code', 'open_bar'];
const CANCEL_X = ['guest_count', 'budget_eur', 'lead_time_days', 'venue_distance_km', 'peak_season', 'menu_courses', 'open_bar'];
const PKG_X = ['guest_count', 'budget_eur', 'venue_distance_km', 'menu_courses', 'open_bar', 'service_staff'];
const cost = (normalize = 'standard', normalizeTarget = 'standard', features = COST_X): Obj => ({ csv: B, target: 'catering_cost_eur', features, normalize, normalizeTarget });
const cancel = (normalize = 'standard', features = CANCEL_X): Obj => ({ csv: B, target: 'cancelled', features, normalize });
const pkg = (normalize = 'standard'): Obj => ({ csv: B, target: 'package', features: PKG_X, normalize });
const taste = (normalize = 'standard'): Obj => ({ csv: '../data/tastings.csv', target: 'chosen', features: ['sweetness', 'tiers', 'fondant_pct', 'price_per_slice', 'gluten_free'], normalize });
const eu = (normalize = 'standard', normalizeTarget = 'standard'): Obj => ({ csv: '../data/bookings-eu.csv', target: 'catering_cost_eur', features: ['guest_count', 'budget_eur', 'venue_distance_km', 'menu_courses', 'open_bar'], normalize, normalizeTarget });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });
const S = (seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj): Obj => ({ seed, data, layers, loss, optimizer, training });

// ---------------- faults ----------------
// invalid-spec
write('invalid-spec.adamw-optimizer', S(216, cost(), [d(16, 'relu'), d(1)], 'mse', opt('adamw', 0.001), tr(100, 32)));
write('invalid-spec.swish-activation', S(216, cancel(), [d(12, 'swish'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
write('invalid-spec.dropout-rate-percent', S(216, pkg(), [d(24, 'relu'), drop(30), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32)));
write('invalid-spec.keras-loss-name', S(216, pkg(), [d(16, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', opt('adam', 0.003), tr(100, 32)));
write('invalid-spec.validation-split-whole', S(216, taste(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(100, 16, { validationSplit: 1.2 })));
// data-error
write('data-error.missing-2024-export', S(216, { ...cost(), csv: '../data/bookings_2024.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
write('data-error.target-renamed', S(216, { ...cost(), target: 'catering_cost' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
write('data-error.event-date-as-feature', S(216, cancel('standard', ['event_date', ...CANCEL_X]), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
write('data-error.gaps-export', S(216, { ...cost(), csv: '../data/bookings-gaps.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
write('data-error.shared-drive-path', S(216, { ...cancel(), csv: '../../../../../../srv/planner/bookings.csv' }, [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
// shape-mismatch
write('shape-mismatch.package-three-units', S(216, pkg(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32)));
write('shape-mismatch.cancel-two-sigmoids', S(216, cancel(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
write('shape-mismatch.cost-two-outputs', S(216, cost(), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32)));
write('shape-mismatch.iris-two-classes', S(216, { builtin: 'iris', normalize: 'standard' }, [d(10, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16)));
// loss-activation-mismatch
write('loss-activation-mismatch.cancel-linear-head-bce', S(216, cancel(), [d(12, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(150, 32)));
write('loss-activation-mismatch.package-sigmoid-head-cce', S(216, pkg(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(150, 32)));
write('loss-activation-mismatch.package-softmax-mse', S(216, pkg(), [d(16, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.003), tr(150, 32)));
write('loss-activation-mismatch.cost-sigmoid-head-raw-euros', S(216, cost('standard', 'none'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(100, 32)));
write('loss-activation-mismatch.cost-relu-head-standardised', S(216, cost(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(150, 32)));
// init-symmetry
write('init-symmetry.zeros-hidden-cost', S(216, cost(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', opt('adam', 0.003), tr(150, 32)));
write('init-symmetry.constant-hidden-cancel', S(216, cancel(), [d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32)));
write('init-symmetry.zeros-two-layers-moons', S(216, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32)));
write('init-symmetry.constant-tastings', S(216, taste(), [d(10, 'sigmoid', { init: { name: 'constant', value: 0.3 } }), d(1, 'sigmoid', { init: { name: 'constant', value: 0.3 } })], 'bce', opt('adam', 0.01), tr(200, 16)));
// init-scale
write('init-scale.normal-std-5-cost', S(216, cost(), [d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32)));
write('init-scale.uniform-limit-8-tastings', S(216, taste(), [d(16, 'tanh', { init: { name: 'uniform', limit: 8 } }), d(1, 'sigmoid', { init: { name: 'uniform', limit: 8 } })], 'bce', opt('sgd', 0.05), tr(150, 16)));
write('init-scale.normal-tiny-deep-package', S(216, pkg(), [d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(4, 'softmax', { init: { name: 'normal', std: 1e-4 } })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32)));
write('init-scale.uniform-limit-3-circles', S(216, { builtin: 'circles', samples: 300 }, [d(32, 'sigmoid', { init: { name: 'uniform', limit: 3 } }), d(32, 'sigmoid', { init: { name: 'uniform', limit: 3 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 32)));
// no-nonlinearity
write('no-nonlinearity.linear-stack-moons', S(216, { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)));
write('no-nonlinearity.linear-stack-tastings', S(216, taste(), [d(24), d(12), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(200, 16)));
write('no-nonlinearity.linear-stack-circles', S(216, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(200, 32)));
// lr-out-of-range
write('lr-out-of-range.adam-lr-50', S(216, cost(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 50), tr(100, 32)));
write('lr-out-of-range.rmsprop-lr-20', S(216, cancel(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 20), tr(100, 32)));
write('lr-out-of-range.sgd-lr-1e-9', S(216, pkg(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 1e-9, { momentum: 0.9 }), tr(100, 32)));
write('lr-out-of-range.sgd-lr-negative', S(216, taste(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', -0.01), tr(100, 16)));
// dead-relu
write('dead-relu.negative-bias-cost', S(216, cost(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
write('dead-relu.sgd-shock-package', S(216, pkg(), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 3, { momentum: 0.9 }), tr(100, 32)));
write('dead-relu.negative-bias-tastings', S(216, taste(), [d(16, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(150, 16)));
write('dead-relu.raw-budget-big-step', S(216, cancel('none'), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32)));
// exploding-gradient
write('exploding-gradient.raw-euros-sgd', S(216, cost('none', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(100, 32)));
write('exploding-gradient.raw-target-standard-features', S(216, cost('standard', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32)));
write('exploding-gradient.deep-big-init-relu', S(216, cost(), [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'linear', { init: { name: 'normal', std: 1 } })], 'mse', opt('sgd', 0.001), tr(60, 32)));
write('exploding-gradient.eu-export-raw', S(216, eu('none', 'none'), [d(12, 'relu'), d(1)], 'mse', opt('rmsprop', 0.01), tr(100, 16)));
// vanishing-gradient
write('vanishing-gradient.deep-sigmoid-cancel', S(216, cancel(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32)));
write('vanishing-gradient.deep-tanh-tiny-init', S(216, pkg(), [d(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(100, 32)));
write('vanishing-gradient.deep-sigmoid-spirals', S(216, { builtin: 'spirals', samples: 300 }, [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(2, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.5 }), tr(100, 32)));
// nan-loss
write('nan-loss.sgd-raw-euros-big-lr', S(216, cost('none', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(50, 32)));
write('nan-loss.eu-raw-momentum', S(216, eu('none', 'none'), [d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 16)));
write('nan-loss.linear-deep-raw-sgd', S(216, cost('none', 'standard'), [d(32), d(32), d(1)], 'mse', opt('sgd', 0.01), tr(50, 8)));
// lr-too-high
write('lr-too-high.adam-0.5-cancel', S(216, cancel(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(100, 32)));
write('lr-too-high.sgd-2-moons', S(216, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 8), tr(100, 32)));
write('lr-too-high.rmsprop-0.1-cost', S(216, cost(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.1), tr(100, 32)));
write('lr-too-high.nesterov-1-package', S(216, pkg(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 1, { momentum: 0.9, nesterov: true }), tr(100, 32)));
write('lr-too-high.adam-0.3-tastings', S(216, taste(), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), tr(100, 16)));
// lr-too-low
write('lr-too-low.sgd-1e-5-cost', S(216, cost(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-5), tr(100, 32)));
write('lr-too-low.adam-1e-6-package', S(216, pkg(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 1e-6), tr(100, 32)));
write('lr-too-low.rmsprop-2e-6-tastings', S(216, taste(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 2e-6), tr(150, 16)));
write('lr-too-low.sgd-full-batch-1e-4-moons', S(216, { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-4), tr(200, 300)));
// saturated-activation
write('saturated-activation.sigmoid-raw-budget', S(216, cancel('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
write('saturated-activation.tanh-raw-guests-cost', S(216, cost('none', 'standard'), [d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', opt('adam', 0.001), tr(100, 32)));
write('saturated-activation.sigmoid-bias-8-package', S(216, pkg(), [d(24, 'sigmoid', { bias: 8 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32)));
write('saturated-activation.tanh-big-init-tastings', S(216, taste(), [d(16, 'tanh', { init: { name: 'normal', std: 6 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02), tr(150, 16)));
// loss-plateau
write('loss-plateau.weight-decay-1-cost', S(216, cost(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1 }), tr(150, 32)));
write('loss-plateau.one-unit-bottleneck-package', S(216, pkg(), [d(1, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32)));
write('loss-plateau.sigmoid-xor-sgd', S(216, { builtin: 'xor', samples: 300 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(200, 32)));
write('loss-plateau.dropout-0.9-tastings', S(216, taste(), [d(16, 'relu'), drop(0.95), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 0.3 }), tr(150, 16)));
// oscillating-loss
write('oscillating-loss.sgd-batch1-momentum', S(216, cost(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.95 }), tr(60, 1)));
write('oscillating-loss.adam-0.05-batch2-tastings', S(216, taste(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.08), tr(80, 2)));
write('oscillating-loss.rmsprop-0.03-batch4-package', S(216, pkg(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.05), tr(80, 4)));
write('oscillating-loss.sgd-0.5-batch2-eu', S(216, eu(), [d(12, 'tanh'), d(1)], 'mse', opt('sgd', 0.2), tr(60, 2)));

// ---------------- healthy ----------------
write('ok.cost-adam-relu', S(216, cost(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
write('ok.cost-sgd-momentum-tanh', S(217, cost(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(200, 32)));
write('ok.cost-rmsprop-elu-val', S(218, cost(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(150, 16, { validationSplit: 0.2 })));
write('ok.cost-minmax-leaky-batchnorm', S(219, cost('minmax', 'standard'), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', opt('adam', 0.005), tr(120, 64)));
write('ok.cost-nesterov-clip', S(220, cost(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true, clipNorm: 5 }), tr(150, 16)));
write('ok.cost-linear-regression', S(221, cost(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32)));
write('ok.cost-full-batch-adam', S(222, cost(), [d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.02), tr(400, 420)));
write('ok.cost-minmax-target-sigmoid-head', S(223, cost('standard', 'minmax'), [d(24, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(200, 32)));
write('ok.cost-dropout-weight-decay', S(224, cost(), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 32)));
write('ok.cost-batch1-sgd', S(225, cost(), [d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.002), tr(40, 1)));
write('ok.cost-deep-he-uniform', S(226, cost(), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1)], 'mse', opt('adam', 0.001), tr(120, 32)));
write('ok.eu-export-adam', S(227, eu(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 16)));
write('ok.eu-export-rmsprop-tanh', S(228, eu('minmax', 'standard'), [d(12, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.005), tr(200, 32)));
write('ok.cancel-adam-relu', S(229, cancel(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(200, 32)));
write('ok.cancel-sgd-momentum-tanh', S(230, cancel(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(200, 32)));
write('ok.cancel-rmsprop-batchnorm-val', S(231, cancel(), [d(24, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(150, 32, { validationSplit: 0.25 })));
write('ok.cancel-elu-full-batch', S(232, cancel(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(400, 420)));
write('ok.package-adam-relu', S(233, pkg(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 32)));
write('ok.package-sgd-nesterov-tanh', S(234, pkg(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(200, 32)));
write('ok.package-deep-dropout', S(235, pkg(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.2), d(4, 'softmax')], 'cce', opt('adam', 0.002), tr(200, 32)));
write('ok.package-leaky-clip-decay', S(236, pkg('minmax'), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002, { weightDecay: 1e-4, clipNorm: 1 }), tr(200, 16)));
write('ok.tastings-adam-relu', S(237, taste(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 16)));
write('ok.tastings-tanh-sgd', S(238, taste(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.5 }), tr(300, 8)));
write('ok.tastings-sigmoid-hidden-adam', S(239, taste(), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(300, 32)));
write('ok.tastings-elu-batch1-rmsprop', S(240, taste('minmax'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(60, 1)));
write('ok.tastings-lecun-xavier-normal', S(241, taste(), [d(20, 'tanh', { init: 'lecun_normal' }), d(10, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(200, 32)));
write('ok.moons-adam', S(242, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)));
write('ok.circles-tanh-sgd', S(243, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32)));
write('ok.spirals-deep-adam', S(244, { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32)));
write('ok.xor-rmsprop', S(245, { builtin: 'xor', samples: 300 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(200, 16)));
write('ok.blobs-four-classes-sgd', S(246, { builtin: 'blobs', samples: 400, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32)));
write('ok.iris-adam-standard', S(247, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 16)));
write('ok.iris-full-batch-nesterov', S(248, { builtin: 'iris', normalize: 'minmax' }, [d(12, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 0.2, { momentum: 0.9, nesterov: true }), tr(400, 150)));
write('ok.sine-tanh-adam', S(249, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32)));
write('ok.sine-elu-rmsprop-val', S(250, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.003), tr(300, 16, { validationSplit: 0.2 })));
write('ok.inline-tables-per-guest', S(251, { inline: { x: [[40, 4], [60, 6], [80, 8], [100, 10], [120, 12], [150, 15], [180, 18], [200, 20], [220, 22], [250, 25], [90, 10], [130, 14]], y: [5, 7, 9, 11, 13, 16, 19, 21, 23, 26, 10, 14] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(1)], 'mse', opt('sgd', 0.05), tr(200, 4)));
write('ok.inline-menu-labels', S(252, { inline: { x: [[1, 0], [1, 1], [2, 0], [2, 1], [3, 0], [3, 1], [4, 0], [4, 1], [5, 0], [5, 1], [1, 0.5], [5, 0.5]], y: ['light', 'light', 'light', 'light', 'rich', 'light', 'rich', 'rich', 'rich', 'rich', 'light', 'rich'] }, normalize: 'standard' }, [d(6, 'tanh'), d(2, 'softmax')], 'cce', opt('adam', 0.03), tr(200, 12)));
write('ok.cost-uniform-init-small', S(253, cost(), [d(24, 'tanh', { init: { name: 'uniform', limit: 0.3 } }), d(1)], 'mse', opt('adam', 0.005), tr(200, 32)));
write('ok.cancel-normal-init-bias', S(254, cancel(), [d(16, 'relu', { init: { name: 'normal', std: 0.3 }, bias: 0.1 }), d(1, 'sigmoid', { bias: -2 })], 'bce', opt('adam', 0.005), tr(200, 32)));
write('ok.cost-rmsprop-clip-batch8', S(255, cost(), [d(48, 'relu'), d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001, { clipNorm: 2 }), tr(100, 8)));
write('ok.package-batchnorm-sgd', S(256, pkg(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32)));
