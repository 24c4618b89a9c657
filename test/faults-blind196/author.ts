/** Writes every candidate spec of fault set blind196 (hot-air balloon operators) into candidates/. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out);
const F = ['wind_kts', 'gust_kts', 'temp_c', 'pressure_hpa', 'passengers', 'basket_kg', 'envelope_hours', 'pilot_years', 'burner_fuel_l', 'moon_phase'];
const EF = ['fabric_age_years', 'hours', 'max_temp_c', 'porosity_s', 'repairs', 'grab_test_kg'];
type O = Record<string, unknown>;
const cancel = (o: O = {}) => ({ csv: '../data/flights.csv', target: 'cancelled', features: F, normalize: 'standard', ...o });
const fuel = (o: O = {}) => ({ csv: '../data/flights.csv', target: 'fuel_used_l', features: F, normalize: 'standard', normalizeTarget: 'standard', ...o });
const landing = (o: O = {}) => ({ csv: '../data/flights.csv', target: 'landing', features: F, normalize: 'standard', ...o });
const env = (o: O = {}) => ({ csv: '../data/envelopes.tsv.csv', target: 'fail', features: EF, normalize: 'standard', ...o });
const d = (units: number, activation = 'linear', o: O = {}) => ({ type: 'dense', units, activation, ...o });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, o: O = {}) => ({ type, lr, ...o });
const tr = (epochs: number, batchSize: number, o: O = {}) => ({ epochs, batchSize, shuffle: true, ...o });
function w(file: string, data: unknown, layers: unknown[], loss: string, optimizer: unknown, training: unknown, extra: O = {}) {
  const spec = { name: file, seed: 196, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}
const sig = (o: O = {}) => d(1, 'sigmoid', o);
const sm = (o: O = {}) => d(3, 'softmax', o);

// ---------- invalid-spec ----------
w('invalid-spec.optimizer-adamw', cancel(), [d(12, 'relu'), sig()], 'bce', opt('adamw', 0.001), tr(60, 32));
w('invalid-spec.activation-swish', landing(), [d(16, 'swish'), sm()], 'cce', opt('adam', 0.003), tr(60, 32));
w('invalid-spec.loss-crossentropy', landing(), [d(16, 'relu'), sm()], 'categorical_crossentropy', opt('adam', 0.003), tr(60, 32));
w('invalid-spec.dropout-rate-one', cancel(), [d(16, 'relu'), drop(1.0), sig()], 'bce', opt('adam', 0.003), tr(60, 32));
w('invalid-spec.validation-split-20', fuel(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32, { validationSplit: 20 }));
w('invalid-spec.init-glorot', env(), [d(8, 'tanh', { init: 'glorot_uniform' }), sig()], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 16));
w('invalid-spec.units-zero', fuel(), [d(0, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(60, 32));
// ---------- data-error ----------
w('data-error.target-typo', cancel({ target: 'canceled' }), [d(12, 'relu'), sig()], 'bce', opt('adam', 0.003), tr(60, 32));
w('data-error.flight-id-feature', cancel({ features: ['flight_id', ...F] }), [d(12, 'relu'), sig()], 'bce', opt('adam', 0.003), tr(60, 32));
w('data-error.gaps-copy', fuel({ csv: '../data/flights-gaps.csv' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(60, 32));
w('data-error.missing-file', fuel({ csv: '../data/flights-2026.csv' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(60, 32));
w('data-error.outside-workspace', landing({ csv: '../../../../../ops/flights.csv' }), [d(16, 'relu'), sm()], 'cce', opt('adam', 0.003), tr(60, 32));
w('data-error.launch-date-feature', landing({ features: ['launch_date', 'wind_kts', 'gust_kts', 'pilot_years'] }), [d(16, 'relu'), sm()], 'cce', opt('adam', 0.003), tr(60, 32));
// ---------- shape-mismatch ----------
w('shape-mismatch.landing-two-units', landing(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(60, 32));
w('shape-mismatch.landing-four-units', landing(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(60, 32));
w('shape-mismatch.fuel-three-outputs', fuel(), [d(16, 'relu'), d(3)], 'mse', opt('adam', 0.003), tr(60, 32));
w('shape-mismatch.cancel-two-sigmoid', cancel(), [d(8, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
// ---------- loss-activation-mismatch ----------
w('loss-activation-mismatch.softmax-mse-fuel', fuel(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(60, 32));
w('loss-activation-mismatch.bce-linear-head', cancel(), [d(12, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(60, 32));
w('loss-activation-mismatch.cce-sigmoid-head', landing(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.003), tr(60, 32));
w('loss-activation-mismatch.relu-head-fuel-std', fuel(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(80, 32));
w('loss-activation-mismatch.sigmoid-head-fuel-std', fuel(), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(80, 32));
// ---------- init-symmetry ----------
w('init-symmetry.zeros-hidden', cancel(), [d(16, 'tanh', { init: 'zeros' }), sig()], 'bce', opt('adam', 0.003), tr(80, 32));
w('init-symmetry.constant-hidden-fuel', fuel(), [d(24, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
w('init-symmetry.zeros-both-landing', landing(), [d(12, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), sm()], 'cce', opt('rmsprop', 0.002), tr(80, 32));
w('init-symmetry.constant-env', env(), [d(10, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), sig()], 'bce', opt('adam', 0.01), tr(80, 16));
// ---------- init-scale ----------
w('init-scale.normal-std-5', cancel(), [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), sig()], 'bce', opt('adam', 0.003), tr(80, 32));
w('init-scale.uniform-limit-20-fuel', fuel(), [d(32, 'relu', { init: { name: 'uniform', limit: 20 } }), d(16, 'relu', { init: { name: 'uniform', limit: 20 } }), d(1)], 'mse', opt('sgd', 0.01), tr(60, 32));
w('init-scale.normal-std-1e-5-deep', landing(), [d(16, 'tanh', { init: { name: 'normal', std: 1e-5 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-5 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-5 } }), sm()], 'cce', opt('sgd', 0.05), tr(60, 32));
w('init-scale.normal-std-8-sigmoid-env', env(), [d(24, 'sigmoid', { init: { name: 'normal', std: 8 } }), sig()], 'bce', opt('rmsprop', 0.001), tr(80, 16));
// ---------- no-nonlinearity ----------
w('no-nonlinearity.linear-stack-landing', landing(), [d(32), d(32), d(16), sm()], 'cce', opt('adam', 0.003), tr(80, 32));
w('no-nonlinearity.linear-hidden-fuel', fuel(), [d(24, 'linear'), d(24, 'linear'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
w('no-nonlinearity.linear-hidden-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16), d(16), sig()], 'bce', opt('adam', 0.01), tr(150, 32));
w('no-nonlinearity.linear-hidden-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(32, 'linear'), d(8, 'linear'), sig()], 'bce', opt('rmsprop', 0.003), tr(150, 32));
// ---------- lr-out-of-range ----------
w('lr-out-of-range.adam-lr-5', cancel(), [d(12, 'relu'), sig()], 'bce', opt('adam', 5), tr(60, 32));
w('lr-out-of-range.sgd-lr-200', fuel(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 200), tr(60, 32));
w('lr-out-of-range.rmsprop-lr-1e-9', landing(), [d(16, 'relu'), sm()], 'cce', opt('rmsprop', 1e-9), tr(60, 32));
w('lr-out-of-range.adam-lr-negative', env(), [d(8, 'tanh'), sig()], 'bce', opt('adam', -0.001), tr(60, 32));
// ---------- dead-relu ----------
w('dead-relu.bias-minus-5', fuel(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
w('dead-relu.sgd-lr-too-big-kills', fuel({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(60, 16));
w('dead-relu.bias-minus-3-landing', landing(), [d(24, 'relu', { bias: -3, init: { name: 'normal', std: 0.05 } }), sm()], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), tr(80, 32));
w('dead-relu.bias-minus-10-cancel', cancel(), [d(16, 'relu', { bias: -10 }), d(8, 'relu'), sig()], 'bce', opt('rmsprop', 0.001), tr(80, 32));
// ---------- exploding-gradient ----------
w('exploding-gradient.raw-features-raw-target', fuel({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(60, 32));
w('exploding-gradient.deep-normal-std1', fuel(), [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1)], 'mse', opt('sgd', 0.001), tr(40, 32));
w('exploding-gradient.raw-pressure-momentum', fuel({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.0005, { momentum: 0.9 }), tr(60, 32));
w('exploding-gradient.raw-env-hours', env({ normalize: 'none' }), [d(32, 'elu'), d(32, 'elu'), sig()], 'bce', opt('sgd', 0.01), tr(60, 16));
// ---------- vanishing-gradient ----------
w('vanishing-gradient.deep-sigmoid-8', cancel(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([sig()]), 'bce', opt('sgd', 0.05), tr(60, 32));
w('vanishing-gradient.deep-sigmoid-small-init', landing(), Array.from({ length: 6 }, () => d(24, 'sigmoid', { init: { name: 'normal', std: 0.05 } })).concat([sm()]), 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(60, 32));
w('vanishing-gradient.deep-tanh-tiny-init', fuel(), Array.from({ length: 7 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(1)]), 'mse', opt('sgd', 0.01), tr(60, 32));
w('vanishing-gradient.deep-sigmoid-env', env(), Array.from({ length: 10 }, () => d(8, 'sigmoid')).concat([sig()]), 'bce', opt('rmsprop', 0.0005), tr(60, 16));
// ---------- nan-loss ----------
w('nan-loss.raw-target-sgd-high', fuel({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(40, 16));
w('nan-loss.normal-std-50-relu', fuel({ normalizeTarget: 'none' }), [d(64, 'relu', { init: { name: 'normal', std: 50 } }), d(64, 'relu', { init: { name: 'normal', std: 50 } }), d(1, 'linear', { init: { name: 'normal', std: 50 } })], 'mse', opt('sgd', 0.1), tr(30, 32));
w('nan-loss.momentum-raw-basket', fuel({ normalize: 'none', features: ['basket_kg', 'pressure_hpa', 'burner_fuel_l'] }), [d(8, 'linear'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.99 }), tr(40, 32));
// ---------- lr-too-high ----------
w('lr-too-high.adam-0.5-cancel', cancel(), [d(32, 'relu'), d(16, 'relu'), sig()], 'bce', opt('adam', 0.5), tr(80, 32));
w('lr-too-high.sgd-2-fuel', fuel(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 2), tr(80, 32));
w('lr-too-high.rmsprop-0.3-landing', landing(), [d(24, 'relu'), sm()], 'cce', opt('rmsprop', 0.3), tr(80, 32));
w('lr-too-high.nesterov-1.5-env', env(), [d(16, 'tanh'), sig()], 'bce', opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), tr(80, 16));
w('lr-too-high.adam-0.2-batch1-fuel', fuel(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.2), tr(30, 1));
// ---------- lr-too-low ----------
w('lr-too-low.sgd-1e-5-cancel', cancel(), [d(16, 'relu'), sig()], 'bce', opt('sgd', 1e-5), tr(80, 32));
w('lr-too-low.adam-1e-6-fuel', fuel(), [d(24, 'relu'), d(1)], 'mse', opt('adam', 1e-6), tr(100, 32));
w('lr-too-low.rmsprop-1e-6-landing', landing(), [d(16, 'tanh'), sm()], 'cce', opt('rmsprop', 1e-6), tr(80, 32));
w('lr-too-low.sgd-momentum-1e-5-fullbatch-env', env(), [d(12, 'relu'), sig()], 'bce', opt('sgd', 1e-5, { momentum: 0.9 }), tr(150, 300));
// ---------- saturated-activation ----------
w('saturated-activation.raw-pressure-tanh', cancel({ normalize: 'none' }), [d(16, 'tanh'), sig()], 'bce', opt('adam', 0.001), tr(80, 32));
w('saturated-activation.sigmoid-bias-8', landing(), [d(24, 'sigmoid', { bias: 8 }), sm()], 'cce', opt('sgd', 0.05), tr(80, 32));
w('saturated-activation.tanh-std-3-fuel', fuel(), [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
w('saturated-activation.raw-env-sigmoid', env({ normalize: 'none' }), [d(16, 'sigmoid'), sig()], 'bce', opt('rmsprop', 0.001), tr(80, 16));
// ---------- loss-plateau ----------
w('loss-plateau.moon-phase-only', cancel({ features: ['moon_phase'] }), [d(16, 'relu'), sig()], 'bce', opt('adam', 0.003), tr(100, 32));
w('loss-plateau.circles-tiny-net', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(1, 'relu'), sig()], 'bce', opt('adam', 0.01), tr(150, 32));
w('loss-plateau.sgd-heavy-decay-fuel', fuel(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { weightDecay: 3 }), tr(100, 32));
w('loss-plateau.spirals-one-unit', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(2, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
// ---------- oscillating-loss ----------
w('oscillating-loss.sgd-0.9-fullbatch-fuel', fuel(), [d(1)], 'mse', opt('sgd', 0.95), tr(80, 480));
w('oscillating-loss.momentum-0.99-fuel', fuel(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.99 }), tr(100, 480));
w('oscillating-loss.rmsprop-0.05-batch4', cancel(), [d(16, 'relu'), sig()], 'bce', opt('rmsprop', 0.05), tr(60, 4));
w('oscillating-loss.sgd-linear-raw-sum', fuel({ normalize: 'minmax' }), [d(1)], 'mse', opt('sgd', 1.4), tr(80, 480));

// ---------- healthy ----------
w('ok.cancel-relu-adam', cancel(), [d(16, 'relu'), d(8, 'relu'), sig()], 'bce', opt('adam', 0.003), tr(80, 32));
w('ok.cancel-tanh-sgd-momentum', cancel(), [d(12, 'tanh'), sig()], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
w('ok.cancel-logistic', cancel(), [sig()], 'bce', opt('sgd', 0.1), tr(100, 32));
w('ok.cancel-eu-export', cancel({ csv: '../data/flights-eu.csv' }), [d(12, 'elu'), sig()], 'bce', opt('rmsprop', 0.003), tr(80, 32));
w('ok.cancel-dropout-val', cancel(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), sig()], 'bce', opt('adam', 0.002), tr(100, 32, { validationSplit: 0.2 }));
w('ok.cancel-batchnorm-nesterov', cancel(), [d(16, 'relu', { batchNorm: true }), sig()], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(80, 32));
w('ok.cancel-minmax-leaky', cancel({ normalize: 'minmax' }), [d(16, 'leaky_relu'), sig()], 'bce', opt('adam', 0.005), tr(120, 16));
w('ok.cancel-wind-only', cancel({ features: ['wind_kts', 'gust_kts', 'pressure_hpa'] }), [d(8, 'tanh'), sig()], 'bce', opt('adam', 0.01), tr(80, 32));
w('ok.fuel-relu-adam', fuel(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
w('ok.fuel-linear-regression', fuel(), [d(1)], 'mse', opt('sgd', 0.05), tr(60, 32));
w('ok.fuel-tanh-rmsprop', fuel(), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.002), tr(80, 32));
w('ok.fuel-batch1-sgd', fuel(), [d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.005), tr(20, 1));
w('ok.fuel-fullbatch-adam', fuel(), [d(16, 'elu'), d(1)], 'mse', opt('adam', 0.02), tr(300, 480));
w('ok.fuel-deep-he', fuel(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(80, 32));
w('ok.fuel-weightdecay-clip', fuel(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, weightDecay: 1e-4, clipNorm: 5 }), tr(80, 32));
w('ok.fuel-minmax-sigmoid-hidden', fuel({ normalize: 'minmax' }), [d(16, 'sigmoid'), d(1)], 'mse', opt('adam', 0.01), tr(150, 32));
w('ok.fuel-batchnorm-deep', fuel(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('adam', 0.003), tr(60, 32, { validationSplit: 0.15 }));
w('ok.fuel-raw-target-adam', fuel({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'linear', { bias: 60 })], 'mse', opt('adam', 0.05), tr(200, 32));
w('ok.fuel-minmax-target', fuel({ normalizeTarget: 'minmax' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(120, 32));
w('ok.landing-relu-adam', landing(), [d(24, 'relu'), sm()], 'cce', opt('adam', 0.003), tr(80, 32));
w('ok.landing-tanh-momentum', landing(), [d(16, 'tanh'), d(8, 'tanh'), sm()], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
w('ok.landing-softmax-regression', landing(), [sm()], 'cce', opt('sgd', 0.1), tr(100, 32));
w('ok.landing-rmsprop-dropout', landing(), [d(32, 'relu'), drop(0.3), sm()], 'cce', opt('rmsprop', 0.002), tr(100, 32, { validationSplit: 0.2 }));
w('ok.landing-eu-elu', landing({ csv: '../data/flights-eu.csv' }), [d(16, 'elu'), sm()], 'cce', opt('adam', 0.005), tr(80, 16));
w('ok.landing-few-features', landing({ features: ['wind_kts', 'pilot_years', 'passengers'] }), [d(16, 'relu'), sm()], 'cce', opt('adam', 0.01), tr(80, 32));
w('ok.landing-batch8-nesterov', landing(), [d(16, 'leaky_relu'), sm()], 'cce', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(60, 8));
w('ok.env-relu-adam', env(), [d(16, 'relu'), sig()], 'bce', opt('adam', 0.005), tr(100, 16));
w('ok.env-logistic-rmsprop', env(), [sig()], 'bce', opt('rmsprop', 0.01), tr(100, 16));
w('ok.env-tanh-sgd', env(), [d(8, 'tanh'), sig()], 'bce', opt('sgd', 0.1), tr(150, 16));
w('ok.env-minmax-deep', env({ normalize: 'minmax' }), [d(16, 'relu'), d(16, 'relu'), d(8, 'relu'), sig()], 'bce', opt('adam', 0.003), tr(120, 32));
w('ok.moons-relu', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), sig()], 'bce', opt('adam', 0.01), tr(150, 32));
w('ok.circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), sig()], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32));
w('ok.spirals-deep', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(300, 32));
w('ok.iris-softmax', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16));
w('ok.sine-tanh', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(24, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(300, 32));
w('ok.xor-small', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), sig()], 'bce', opt('adam', 0.03), tr(200, 16));
w('ok.blobs-4-rmsprop', { builtin: 'blobs', samples: 300, noise: 0.1, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(80, 32));
w('ok.inline-burner-checks', { inline: { x: [[1, 0.2], [2, 0.4], [3, 0.5], [4, 0.9], [5, 1.0], [6, 1.3], [7, 1.4], [8, 1.8], [9, 1.9], [10, 2.2], [11, 2.3], [12, 2.6]], y: [0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1] }, normalize: 'standard' }, [d(4, 'tanh'), sig()], 'bce', opt('adam', 0.05), tr(200, 12));
w('ok.cancel-fullbatch-rmsprop', cancel(), [d(16, 'relu'), sig()], 'bce', opt('rmsprop', 0.01), tr(200, 480));
w('ok.fuel-elu-deep-rmsprop', fuel(), [d(24, 'elu'), d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(80, 16));
w('ok.env-wide-adam-decay', env(), [d(64, 'relu'), drop(0.25), sig()], 'bce', opt('adam', 0.001, { weightDecay: 1e-3 }), tr(120, 32, { validationSplit: 0.2 }));
w('ok.landing-he-uniform-clip', landing(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), sm()], 'cce', opt('adam', 0.003, { clipNorm: 1 }), tr(80, 32));
w('ok.fuel-lecun-sgd-batch64', fuel(), [d(16, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.5 }), tr(120, 64));
// second pass of oscillating candidates (the first full-batch ones diverged)
w('oscillating-loss.sgd-0.6-fullbatch-linear', fuel(), [d(1)], 'mse', opt('sgd', 0.6), tr(80, 480));
w('oscillating-loss.sgd-0.75-fullbatch-linear', fuel(), [d(1)], 'mse', opt('sgd', 0.75), tr(80, 480));
w('oscillating-loss.momentum-0.97-fullbatch-env', env(), [sig()], 'bce', opt('sgd', 2, { momentum: 0.97 }), tr(100, 300));
