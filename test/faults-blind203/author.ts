/**
 * Writes every candidate spec of set blind203 (mountain rescue teams) into candidates/:
 * `npx tsx test/faults-blind203/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const F = ['altitude_m', 'distance_km', 'heli_eta_min', 'temp_c', 'wind_kmh', 'party_size', 'hours_overdue', 'slope_deg', 'visibility_m', 'snow_cm', 'moon_phase'];
const AV = ['slope_deg', 'new_snow_cm', 'wind_kmh', 'temp_rise_c', 'north_aspect', 'days_since_snow'];
const SR = ['team_size', 'dogs', 'drone', 'terrain_rough', 'last_seen_h', 'subject_age', 'forest_pct', 'area_km2'];
const callouts = (target: string | string[], extra: J = {}) => ({ csv: '../data/callouts.csv', target, features: F, normalize: 'standard', ...extra });
const aval = (extra: J = {}) => ({ csv: '../data/avalanche.csv', target: 'released', features: AV, normalize: 'standard', ...extra });
const search = (extra: J = {}) => ({ csv: '../data/searches.csv', target: 'search_hours', features: SR, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const d = (units: number, activation: string, more: J = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });

function put(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/^[a-z-]+\./, '');
  const spec = { name, seed: 203, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}
const T = (epochs: number, batchSize: number, more: J = {}) => ({ epochs, batchSize, shuffle: true, ...more });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.optimizer-adamw', callouts('severe'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001 }, T(60, 32));
put('invalid-spec.leakyrelu-spelling', aval(), [d(12, 'leakyrelu'), d(12, 'leakyrelu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(80, 16));
put('invalid-spec.keras-loss-name', callouts('outcome'), [d(24, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.003 }, T(80, 32));
put('invalid-spec.dropout-percent', callouts('severe'), [d(32, 'relu'), drop(30), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, T(60, 32));
put('invalid-spec.validation-split-whole', search(), [d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32, { validationSplit: 1.2 }));
// data-error
put('data-error.missing-file-typo', { csv: '../data/callout.csv', target: 'severe', features: F, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(60, 32));
put('data-error.target-capitalised', callouts('Outcome'), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
put('data-error.gaps-export', { csv: '../data/callouts-gaps.csv', target: 'severe', features: F, normalize: 'standard' }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(80, 32));
put('data-error.id-columns-included', { csv: '../data/callouts.csv', target: 'mission_hours', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
put('data-error.shared-drive-path', { csv: '../../../../../../srv/mrt-share/callouts.csv', target: 'severe', normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(60, 32));
put('data-error.feature-renamed', { csv: '../data/avalanche.csv', target: 'released', features: ['slope_deg', 'new_snow_cm', 'wind_speed', 'temp_rise_c'], normalize: 'standard' }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(60, 16));
// shape-mismatch
put('shape-mismatch.outcome-three-units', callouts('outcome'), [d(24, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
put('shape-mismatch.two-targets-one-unit', search({ target: ['search_hours', 'area_km2'], features: SR.slice(0, 7) }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
put('shape-mismatch.severe-two-sigmoid', callouts('severe'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(60, 32));
put('shape-mismatch.iris-five-classes', { builtin: 'iris', normalize: 'standard' }, [d(10, 'tanh'), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 16));
// loss-activation-mismatch
put('loss-activation-mismatch.bce-linear-head', aval(), [d(16, 'relu'), d(1, 'linear')], 'bce', { type: 'adam', lr: 0.005 }, T(80, 32));
put('loss-activation-mismatch.cce-sigmoid-head', callouts('outcome'), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
put('loss-activation-mismatch.tanh-head-raw-hours', callouts('mission_hours', { normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
put('loss-activation-mismatch.softmax-mse-outcome', callouts('outcome'), [d(24, 'relu'), d(4, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
put('loss-activation-mismatch.bce-relu-head', callouts('severe'), [d(16, 'tanh'), d(1, 'relu')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(80, 32));
// init-symmetry
put('init-symmetry.zeros-hidden', callouts('severe'), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(80, 32));
put('init-symmetry.constant-both', search(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(24, 'relu', { init: 'constant', value: 0.1 }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(120, 32));
put('init-symmetry.zeros-avalanche-sigmoid', aval(), [d(12, 'sigmoid', { init: 'zeros' }), d(12, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, T(100, 16));
// init-scale
put('init-scale.normal-std-8', callouts('severe'), [d(32, 'tanh', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(80, 32));
put('init-scale.uniform-tiny-deep', aval(), [d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(1, 'sigmoid', { init: 'uniform', limit: 1e-5 })], 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32));
put('init-scale.normal-std-40-relu', search(), [d(32, 'relu', { init: { name: 'normal', std: 40 } }), d(16, 'relu', { init: { name: 'normal', std: 40 } }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(100, 32));
// no-nonlinearity
put('no-nonlinearity.linear-stack-avalanche', aval(), [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(150, 32));
put('no-nonlinearity.linear-three-outcome', callouts('outcome'), [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, T(120, 32));
put('no-nonlinearity.linear-circles', { builtin: 'circles', samples: 300, noise: 0.1 }, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150, 32));
// lr-out-of-range
put('lr-out-of-range.adam-lr-50', callouts('severe'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 50 }, T(60, 32));
put('lr-out-of-range.sgd-lr-1e-9', aval(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-9 }, T(100, 16));
put('lr-out-of-range.rmsprop-lr-20', search(), [d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 20 }, T(80, 32));
put('lr-out-of-range.sgd-lr-200', callouts('outcome'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 200 }, T(60, 32));
// dead-relu
put('dead-relu.bias-minus-6', callouts('severe'), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(80, 32));
put('dead-relu.raw-visibility-sgd', { csv: '../data/callouts.csv', target: 'mission_hours', features: F, normalize: 'none', normalizeTarget: 'standard' }, [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, clipNorm: 1 }, T(80, 32));
put('dead-relu.bias-minus-4-search', search(), [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(100, 32));
// exploding-gradient
put('exploding-gradient.raw-features-raw-hours', { csv: '../data/callouts.csv', target: 'mission_hours', features: F, normalize: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001 }, T(60, 32));
put('exploding-gradient.deep-relu-std-1', search(), [1, 2, 3, 4, 5, 6, 7].map(() => d(24, 'relu', { init: { name: 'normal', std: 1 } })).concat([d(1, 'linear')]), 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, T(60, 32));
put('exploding-gradient.raw-search-minutes', { csv: '../data/searches.csv', target: 'search_hours', features: SR, normalize: 'none' }, [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.005, momentum: 0.9 }, T(60, 16));
// vanishing-gradient
put('vanishing-gradient.ten-sigmoid-layers', aval(), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32));
put('vanishing-gradient.deep-sigmoid-outcome', callouts('outcome'), [1, 2, 3, 4, 5, 6, 7, 8].map(() => d(16, 'sigmoid')).concat([d(4, 'softmax')]), 'cce', { type: 'sgd', lr: 0.1, momentum: 0.5 }, T(80, 32));
put('vanishing-gradient.deep-tanh-small-init', callouts('severe'), [1, 2, 3, 4, 5, 6, 7, 8].map(() => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.05 }, T(80, 32));
// nan-loss
put('nan-loss.sgd-lr-1-raw', { csv: '../data/callouts.csv', target: 'mission_hours', features: F, normalize: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 1 }, T(40, 32));
put('nan-loss.raw-searches-momentum', { csv: '../data/searches.csv', target: 'search_hours', features: SR, normalize: 'none' }, [d(24, 'linear'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(40, 32));
put('nan-loss.huge-constant-init', callouts('mission_hours', { normalize: 'none' }), [d(16, 'linear', { init: 'constant', value: 1000 }), d(1, 'linear', { init: 'constant', value: 1000 })], 'mse', { type: 'sgd', lr: 0.1 }, T(40, 32));
// lr-too-high
put('lr-too-high.sgd-lr-3-severe', callouts('severe'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3 }, T(80, 32));
put('lr-too-high.adam-lr-0.5', aval(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.5 }, T(80, 32));
put('lr-too-high.rmsprop-lr-0.3-search', search(), [d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.3 }, T(80, 32));
put('lr-too-high.momentum-0.99-lr-0.5', callouts('outcome'), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.5, momentum: 0.99 }, T(80, 32));
// lr-too-low
put('lr-too-low.sgd-1e-5', callouts('severe'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-5 }, T(100, 32));
put('lr-too-low.adam-1e-6', search(), [d(24, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 1e-6 }, T(100, 32));
put('lr-too-low.rmsprop-2e-6-outcome', callouts('outcome'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 2e-6 }, T(100, 32));
put('lr-too-low.nesterov-1e-5-full-batch', aval(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-5, momentum: 0.9, nesterov: true }, T(150, 360));
// saturated-activation
put('saturated-activation.sigmoid-raw-altitude', { csv: '../data/callouts.csv', target: 'severe', features: F, normalize: 'none' }, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(80, 32));
put('saturated-activation.tanh-std-4', aval(), [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, T(80, 32));
put('saturated-activation.sigmoid-bias-12', search(), [d(24, 'sigmoid', { bias: 12 }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, T(100, 32));
// loss-plateau
put('loss-plateau.xor-two-sigmoid-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(2, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(200, 32));
put('loss-plateau.spirals-deep-sigmoid', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, T(200, 32));
put('loss-plateau.relu-bias-minus-2-dead-start', callouts('outcome'), [d(16, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, T(150, 32));
put('loss-plateau.circles-tanh-sgd-slow', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(4, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02 }, T(200, 32));
// oscillating-loss
put('oscillating-loss.batch-1-sgd-0.3', aval(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3 }, T(60, 1));
put('oscillating-loss.full-batch-momentum-0.95', search(), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.95 }, T(150, 300));
put('oscillating-loss.rmsprop-0.05-full-batch', callouts('severe'), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.05 }, T(150, 480));
put('oscillating-loss.adam-0.1-batch-4', callouts('mission_hours', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.1 }, T(80, 4));

// ---------------- healthy ----------------
put('ok.severe-relu-adam', callouts('severe'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
put('ok.severe-tanh-momentum-val', callouts('severe'), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.03, momentum: 0.9 }, T(80, 32, { validationSplit: 0.2 }));
put('ok.severe-minmax-rmsprop', callouts('severe', { normalize: 'minmax' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, T(100, 16));
put('ok.severe-batchnorm-dropout', callouts('severe'), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 64));
put('ok.severe-export-semicolon', { csv: '../data/callouts-export.csv', target: 'severe', features: F, normalize: 'standard' }, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(60, 32));
put('ok.severe-nesterov-batch-8', callouts('severe'), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, T(60, 8));
put('ok.severe-logistic-plain-sgd', callouts('severe'), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(100, 32));
put('ok.severe-weight-decay-clip', callouts('severe'), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002, weightDecay: 0.0005, clipNorm: 1 }, T(80, 32));
put('ok.outcome-relu-adam', callouts('outcome'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32));
put('ok.outcome-tanh-rmsprop-val', callouts('outcome'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, T(100, 32, { validationSplit: 0.15 }));
put('ok.outcome-elu-momentum', callouts('outcome'), [d(32, 'elu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(100, 16));
put('ok.outcome-softmax-regression', callouts('outcome'), [d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(120, 32));
put('ok.outcome-export-batchnorm', { csv: '../data/callouts-export.csv', target: 'outcome', features: F, normalize: 'standard' }, [d(32, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
put('ok.hours-relu-adam', callouts('mission_hours', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
put('ok.hours-linear-regression-sgd', callouts('mission_hours', { normalizeTarget: 'standard' }), [d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.03 }, T(100, 32));
put('ok.hours-raw-target-adam', callouts('mission_hours'), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(150, 32));
put('ok.hours-elu-rmsprop-minmax', callouts('mission_hours', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(24, 'elu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(120, 16));
put('ok.hours-deep-narrow-leaky', callouts('mission_hours', { normalizeTarget: 'standard' }), [d(12, 'leaky_relu'), d(10, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, T(120, 32));
put('ok.hours-dropout-weightdecay', callouts('mission_hours', { normalizeTarget: 'standard' }), [d(64, 'relu'), drop(0.3), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002, weightDecay: 0.001 }, T(120, 32, { validationSplit: 0.2 }));
put('ok.avalanche-relu-adam', aval(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(120, 32));
put('ok.avalanche-tanh-nesterov', aval(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, T(120, 16));
put('ok.avalanche-sigmoid-hidden-adam', aval(), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32));
put('ok.avalanche-batch-1-sgd', aval(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005 }, T(40, 1));
put('ok.avalanche-full-batch-rmsprop', aval(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(300, 360));
put('ok.avalanche-lecun-uniform-init', aval({ normalize: 'minmax' }), [d(16, 'tanh', { init: 'lecun_normal' }), d(8, 'tanh', { init: 'he_uniform' }), d(1, 'sigmoid', { init: 'xavier_normal' })], 'bce', { type: 'adam', lr: 0.005 }, T(150, 32));
put('ok.avalanche-two-softmax-cce', aval(), [d(16, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(120, 32));
put('ok.search-elu-adam', search(), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
put('ok.search-two-targets', search({ target: ['search_hours', 'area_km2'], features: SR.slice(0, 7) }), [d(32, 'relu'), d(2, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
put('ok.search-tanh-momentum-clip', search(), [d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9, clipNorm: 5 }, T(150, 16));
put('ok.search-wide-rmsprop-val', search(), [d(96, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.001 }, T(150, 32, { validationSplit: 0.2 }));
put('ok.search-deep-batchnorm', search(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, T(100, 32));
put('ok.iris-tanh-adam', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16));
put('ok.moons-relu-momentum', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(150, 32));
put('ok.circles-elu-adam', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200, 32));
put('ok.spirals-wide-adam', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300, 32));
put('ok.blobs-four-class-sgd', { builtin: 'blobs', samples: 240, classes: 4, noise: 0.1 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(100, 16));
put('ok.sine-tanh-adam', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(24, 'tanh'), d(24, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(300, 32));
put('ok.xor-tanh-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, T(200, 16));
put('ok.inline-rope-load', { inline: { x: [[5, 1], [10, 1], [15, 2], [20, 2], [25, 3], [30, 3], [35, 4], [40, 4], [8, 1], [28, 3], [33, 2], [12, 4]], y: [1.1, 2.0, 3.2, 4.1, 5.3, 6.0, 7.2, 8.1, 1.7, 5.8, 6.5, 2.9] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(300, 12));
put('ok.inline-triage-labels', { inline: { x: [[35, 1, 0], [36, 1, 1], [34, 2, 0], [28, 8, 1], [30, 6, 1], [29, 7, 0], [37, 1, 0], [27, 9, 1], [33, 3, 0], [31, 5, 1], [36.5, 2, 0], [26, 10, 1]], y: ['green', 'green', 'green', 'red', 'red', 'red', 'green', 'red', 'green', 'red', 'green', 'red'] }, normalize: 'standard' }, [d(6, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(200, 4));
put('ok.hours-huber-ish-small-batch-rmsprop', callouts('mission_hours', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.0005 }, T(60, 4));
put('ok.severe-lecun-elu-deep', callouts('severe'), [d(24, 'elu', { init: 'lecun_normal' }), d(24, 'elu', { init: 'lecun_normal' }), d(24, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(80, 32));
console.log(`wrote ${fs.readdirSync(out).length} candidates`);
// added after the first observation pass, to reach three dead-relu faults
put('dead-relu.avalanche-bias-minus-5-momentum', aval(), [d(24, 'relu', { bias: -5 }), d(12, 'relu', { bias: -5 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(100, 16));
// added after the first observation pass, to reach 36 healthy specs
put('ok.avalanche-leaky-adam-batch-64', aval(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(150, 64));
put('ok.search-leaky-nesterov', search(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, T(120, 32));
put('ok.hours-tanh-adam-full-batch', callouts('mission_hours', { normalizeTarget: 'standard' }), [d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(300, 480));
