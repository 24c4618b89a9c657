/** Writes every candidate spec of blind222 into candidates/. Run: npx tsx author.ts */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out);
let seed = 222;
function put(file: string, spec: Record<string, unknown>): void {
  const full = { name: file.replace(/\.nn\.json$/, ''), seed: (seed = (seed * 31 + 7) % 9973), ...spec };
  fs.writeFileSync(path.join(out, file + '.nn.json'), JSON.stringify(full, null, 2) + '\n');
}
const FL = ['weight_g', 'flying_weight_pct', 'wind_kph', 'temp_c', 'hours_since_fed', 'crowd_size', 'ring_digits'];
const BF = ['wingspan_cm', 'weight_g', 'tail_cm', 'tarsus_mm', 'age_years', 'cere_score'];
const VF = ['temp_c', 'rain_mm', 'school_holiday', 'weekend', 'displays', 'ticket_gbp'];
const WF = ['weight_g', 'food_g', 'casting', 'exercise_min', 'overnight_temp_c'];
const fl = (normalize = 'standard', target = 'returned', extra: object = {}) => ({ csv: '../data/flights.csv', target, features: FL, normalize, ...extra });
const bd = (normalize = 'standard', extra: object = {}) => ({ csv: '../data/birds.csv', target: 'species', features: BF, normalize, ...extra });
const vi = (normalize = 'standard', normalizeTarget = 'standard', extra: object = {}) => ({ csv: '../data/visitors.csv', target: 'visitors', features: VF, normalize, normalizeTarget, ...extra });
const wt = (normalize = 'standard', normalizeTarget = 'standard', extra: object = {}) => ({ csv: '../data/weighing.tsv', target: 'change_g', features: WF, normalize, normalizeTarget, ...extra });
const bi = (builtin: string, extra: object = {}) => ({ builtin, ...extra });
type L = Record<string, unknown>;
const d = (units: number, activation: string, extra: L = {}): L => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): L => ({ type: 'dropout', rate });
const T = (epochs: number, batchSize: number, extra: object = {}) => ({ epochs, batchSize, shuffle: true, ...extra });
const adam = (lr: number, extra: object = {}) => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, momentum = 0, nesterov = false, extra: object = {}) => ({ type: 'sgd', lr, momentum, nesterov, ...extra });
const rms = (lr: number, extra: object = {}) => ({ type: 'rmsprop', lr, ...extra });
const S = (data: object, layers: L[], loss: string, optimizer: object, training: object, extra: object = {}) => ({ data, layers, loss, optimizer, training, ...extra });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.optimizer-adamw', S(fl(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001 }, T(100, 32)));
put('invalid-spec.activation-swish', S(bd(), [d(24, 'swish'), d(5, 'softmax')], 'cce', adam(0.003), T(120, 32)));
put('invalid-spec.loss-keras-name', S(fl(), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.005), T(100, 16)));
put('invalid-spec.dropout-rate-percent', S(bd(), [d(32, 'relu'), drop(30), d(5, 'softmax')], 'cce', adam(0.002), T(150, 32)));
put('invalid-spec.batchsize-zero', S(wt(), [d(16, 'elu'), d(1, 'linear')], 'mse', rms(0.002), T(100, 0)));
put('invalid-spec.validation-split-whole', S(vi(), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), T(150, 32, { validationSplit: 1.0 })));
// data-error
put('data-error.csv-name-typo', S({ ...fl(), csv: '../data/flight.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), T(100, 32)));
put('data-error.target-renamed', S(fl('standard', 'returned_to_lure'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), T(100, 32)));
put('data-error.species-name-as-feature', S({ ...fl(), features: ['bird', ...FL] }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), T(100, 32)));
put('data-error.gaps-export', S({ ...fl(), csv: '../data/flights-gaps.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), T(100, 32)));
put('data-error.outside-workspace', S({ ...bd(), csv: '../../../../../../srv/falconry/birds.csv' }, [d(24, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), T(100, 32)));
put('data-error.no-features-list', S({ csv: '../data/birds.csv', target: 'species', normalize: 'standard' }, [d(24, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), T(100, 32)));
// shape-mismatch
put('shape-mismatch.four-species-head', S(bd(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), T(120, 32)));
put('shape-mismatch.two-sigmoid-returned', S(fl(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), T(100, 32)));
put('shape-mismatch.visitors-two-outputs', S(vi(), [d(16, 'relu'), d(2, 'linear')], 'mse', adam(0.003), T(150, 16)));
put('shape-mismatch.iris-two-classes', S(bi('iris', { normalize: 'standard' }), [d(10, 'tanh'), d(2, 'softmax')], 'cce', adam(0.01), T(150, 16)));
// loss-activation-mismatch
put('loss-activation-mismatch.species-sigmoid-cce', S(bd(), [d(24, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), T(120, 32)));
put('loss-activation-mismatch.returned-linear-bce', S(fl(), [d(16, 'relu'), d(1, 'linear')], 'bce', adam(0.003), T(100, 32)));
put('loss-activation-mismatch.species-softmax-mse', S(bd(), [d(24, 'relu'), d(5, 'softmax')], 'mse', adam(0.003), T(120, 32)));
put('loss-activation-mismatch.weight-change-relu-head', S(wt('standard', 'none'), [d(16, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), T(150, 16)));
put('loss-activation-mismatch.visitors-sigmoid-head', S(vi('standard', 'none'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), T(150, 32)));
// init-symmetry
put('init-symmetry.zeros-hidden', S(fl(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', adam(0.003), T(100, 32)));
put('init-symmetry.constant-half', S(bd(), [d(24, 'relu', { init: 'constant', value: 0.5 }), d(5, 'softmax')], 'cce', sgd(0.02, 0.9), T(120, 32)));
put('init-symmetry.zeros-everywhere', S(wt(), [d(16, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.003), T(150, 32)));
put('init-symmetry.constant-small-moons', S(bi('moons', { samples: 300, noise: 0.15 }), [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], 'bce', adam(0.01), T(200, 32)));
// init-scale
put('init-scale.normal-std-5-tanh', S(fl(), [d(64, 'tanh', { init: 'normal', std: 5 }), d(1, 'sigmoid')], 'bce', adam(0.003), T(100, 32)));
put('init-scale.uniform-tiny-deep', S(bd(), [d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(5, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', sgd(0.01, 0.9), T(100, 32)));
put('init-scale.normal-std-20-relu', S(wt(), [d(32, 'relu', { init: { name: 'normal', std: 20 } }), d(16, 'relu', { init: { name: 'normal', std: 20 } }), d(1, 'linear')], 'mse', adam(0.001), T(100, 32)));
put('init-scale.normal-std-1e-4-sigmoid', S(bi('circles', { samples: 300, noise: 0.08 }), [d(16, 'sigmoid', { init: 'normal', std: 1e-4 }), d(16, 'sigmoid', { init: 'normal', std: 1e-4 }), d(16, 'sigmoid', { init: 'normal', std: 1e-4 }), d(1, 'sigmoid', { init: 'normal', std: 1e-4 })], 'bce', sgd(0.05, 0.9), T(150, 32)));
// no-nonlinearity
put('no-nonlinearity.linear-stack-moons', S(bi('moons', { samples: 300, noise: 0.1 }), [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), T(200, 32)));
put('no-nonlinearity.linear-stack-circles', S(bi('circles', { samples: 300, noise: 0.05 }), [d(16, 'linear', { init: 'he_normal' }), d(16, 'linear', { init: 'he_normal' }), d(16, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.003), T(200, 16)));
put('no-nonlinearity.activation-forgotten-spirals', S(bi('spirals', { samples: 300, classes: 3 }), [{ type: 'dense', units: 64 }, { type: 'dense', units: 64 }, d(3, 'softmax')], 'cce', adam(0.005), T(200, 32)));
put('no-nonlinearity.linear-weighing', S(wt(), [d(32, 'linear'), drop(0.1), d(16, 'linear'), d(1, 'linear')], 'mse', sgd(0.01, 0.9, true), T(150, 32)));
// lr-out-of-range
put('lr-out-of-range.zero', S(fl(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0), T(100, 32)));
put('lr-out-of-range.negative', S(bd(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', sgd(-0.01, 0.9), T(100, 32)));
put('lr-out-of-range.adam-fifty', S(wt(), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(50), T(100, 32)));
put('lr-out-of-range.sgd-thousand', S(vi(), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(1000), T(100, 32)));
// dead-relu
put('dead-relu.negative-bias', S(fl(), [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', adam(0.001), T(100, 32)));
put('dead-relu.sgd-high-lr-raw', S(fl('none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), T(100, 32)));
put('dead-relu.bias-minus-3-deep', S(bd(), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(5, 'softmax')], 'cce', rms(0.001), T(100, 32)));
put('dead-relu.weighing-bias', S(wt(), [d(24, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', sgd(0.01, 0.9), T(150, 32)));
put('dead-relu.adam-big-step', S(vi(), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.5), T(100, 16)));
// exploding-gradient
put('exploding-gradient.raw-visitors-sgd', S(vi('none', 'none'), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.001), T(100, 32)));
put('exploding-gradient.raw-crowd-features', S(fl('none', 'recall_s'), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.01, 0.9), T(100, 32)));
put('exploding-gradient.deep-big-init', S(wt(), [d(32, 'relu', { init: 'normal', std: 0.6 }), d(32, 'relu', { init: 'normal', std: 0.6 }), d(32, 'relu', { init: 'normal', std: 0.6 }), d(32, 'relu', { init: 'normal', std: 0.6 }), d(32, 'relu', { init: 'normal', std: 0.6 }), d(1, 'linear')], 'mse', sgd(0.01), T(100, 32)));
put('exploding-gradient.raw-weighing-targets', S(wt('none', 'none'), [d(24, 'elu'), d(1, 'linear')], 'mse', sgd(0.0005, 0.9), T(100, 16)));
// vanishing-gradient
put('vanishing-gradient.eight-sigmoids', S(bd(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.01), T(100, 32)));
put('vanishing-gradient.ten-sigmoids-flights', S(fl(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', sgd(0.05, 0.9), T(100, 32)));
put('vanishing-gradient.deep-tanh-small-init', S(wt(), Array.from({ length: 8 }, () => d(16, 'tanh', { init: 'normal', std: 0.05 })).concat([d(1, 'linear')]), 'mse', adam(0.001), T(100, 32)));
put('vanishing-gradient.sigmoid-stack-moons', S(bi('moons', { samples: 300 }), Array.from({ length: 7 }, () => d(10, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', rms(0.0005), T(150, 32)));
// nan-loss
put('nan-loss.raw-visitors-sgd-fast', S(vi('none', 'none'), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.1), T(100, 32)));
put('nan-loss.weighing-raw-lr-1', S(wt('none', 'none'), [d(32, 'relu'), d(1, 'linear')], 'mse', sgd(1.0, 0.9), T(100, 16)));
put('nan-loss.huge-init-linear', S(vi('none', 'none'), [d(32, 'linear', { init: 'normal', std: 1e6 }), d(32, 'relu', { init: 'normal', std: 1e6 }), d(1, 'linear', { init: 'normal', std: 1e6 })], 'mse', sgd(0.01), T(50, 32)));
put('nan-loss.rmsprop-raw-crowd', S(fl('none', 'recall_s'), [d(32, 'relu'), d(1, 'linear')], 'mse', sgd(0.05, 0.9, true), T(100, 8)));
// lr-too-high
put('lr-too-high.adam-half', S(fl(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.5), T(100, 32)));
put('lr-too-high.sgd-two', S(bd(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(2.5), T(100, 32)));
put('lr-too-high.rmsprop-point3', S(wt(), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', rms(0.3), T(100, 32)));
put('lr-too-high.nesterov-one', S(vi(), [d(32, 'elu'), d(1, 'linear')], 'mse', sgd(0.5, 0.9, true), T(100, 16)));
// lr-too-low
put('lr-too-low.sgd-1e-5', S(fl(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1e-5), T(100, 32)));
put('lr-too-low.adam-1e-6', S(bd(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-6), T(150, 32)));
put('lr-too-low.rmsprop-1e-6', S(vi(), [d(24, 'tanh'), d(1, 'linear')], 'mse', rms(1e-6), T(100, 16)));
put('lr-too-low.momentum-1e-6-weighing', S(wt(), [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', sgd(1e-6, 0.9), T(120, 32)));
// saturated-activation
put('saturated-activation.raw-features-sigmoid', S(fl('none'), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.001), T(100, 32)));
put('saturated-activation.tanh-bias-8', S(bd(), [d(24, 'tanh', { bias: 8 }), d(5, 'softmax')], 'cce', sgd(0.01, 0.9), T(100, 32)));
put('saturated-activation.raw-visitors-tanh', S(vi('none'), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', adam(0.001), T(100, 32)));
put('saturated-activation.sigmoid-big-init', S(wt(), [d(32, 'sigmoid', { init: 'normal', std: 4 }), d(1, 'linear')], 'mse', sgd(0.01), T(150, 32)));
// loss-plateau
put('loss-plateau.sgd-tiny-init-relu', S(bd(), [d(16, 'relu', { init: 'uniform', limit: 0.001 }), d(16, 'relu', { init: 'uniform', limit: 0.001 }), d(5, 'softmax')], 'cce', sgd(0.01), T(150, 32)));
put('loss-plateau.dropout-heavy-small', S(fl(), [d(4, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', adam(0.003), T(150, 32)));
put('loss-plateau.weight-decay-huge', S(wt(), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.003, { weightDecay: 5 }), T(150, 32)));
put('loss-plateau.clipnorm-tiny-sgd', S(vi(), [d(24, 'tanh'), d(1, 'linear')], 'mse', sgd(0.01, 0, false, { clipNorm: 1e-4 }), T(150, 32)));
put('loss-plateau.spirals-one-unit', S(bi('spirals', { samples: 300, classes: 3 }), [d(2, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), T(200, 32)));
// oscillating-loss
put('oscillating-loss.momentum-099', S(wt(), [d(32, 'tanh'), d(1, 'linear')], 'mse', sgd(0.1, 0.99), T(150, 32)));
put('oscillating-loss.batch-one-sgd', S(fl(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.3), T(60, 1)));
put('oscillating-loss.rmsprop-batch4', S(vi(), [d(32, 'relu'), d(1, 'linear')], 'mse', rms(0.05), T(100, 4)));
put('oscillating-loss.adam-full-batch', S(bd(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.2), T(200, 400)));

// ---------------- healthy ----------------
put('ok.returned-adam-relu', S(fl(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), T(100, 32)));
put('ok.returned-tanh-sgd-momentum', S(fl(), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05, 0.9), T(120, 32, { validationSplit: 0.2 })));
put('ok.returned-minmax-rmsprop', S(fl('minmax'), [d(32, 'elu'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.003), T(150, 16)));
put('ok.returned-batchnorm-nesterov', S(fl(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', sgd(0.02, 0.9, true), T(100, 64)));
put('ok.returned-leaky-full-batch', S(fl(), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.02), T(300, 420)));
put('ok.recall-regression-adam', S(fl('standard', 'recall_s', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.003), T(150, 32)));
put('ok.recall-regression-sgd-batch8', S(fl('standard', 'recall_s', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.01), T(150, 8)));
put('ok.species-adam-relu', S(bd(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), T(150, 32)));
put('ok.species-deep-elu-dropout', S(bd(), [d(48, 'elu'), drop(0.2), d(24, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', adam(0.002, { weightDecay: 1e-4 }), T(150, 32, { validationSplit: 0.2 })));
put('ok.species-sgd-momentum-tanh', S(bd(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.05, 0.9), T(150, 16)));
put('ok.species-rmsprop-minmax', S(bd('minmax'), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', rms(0.002), T(200, 32)));
put('ok.species-batchnorm-plain-sgd', S(bd(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', sgd(0.1), T(120, 32)));
put('ok.species-batch-one-adam', S(bd(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', adam(0.0005), T(30, 1)));
put('ok.species-sigmoid-hidden', S(bd(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.01), T(200, 32)));
put('ok.visitors-adam-relu', S(vi(), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.003), T(150, 32)));
put('ok.visitors-rmsprop-tanh', S(vi(), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', rms(0.001), T(200, 16)));
put('ok.visitors-nesterov-clip', S(vi(), [d(32, 'elu'), d(1, 'linear')], 'mse', sgd(0.02, 0.9, true, { clipNorm: 5 }), T(150, 32)));
put('ok.visitors-minmax-target', S(vi('minmax', 'minmax'), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.002), T(300, 32, { validationSplit: 0.15 })));
put('ok.visitors-linear-model', S(vi(), [d(1, 'linear')], 'mse', sgd(0.05), T(100, 32)));
put('ok.visitors-full-batch-adam', S(vi(), [d(16, 'leaky_relu'), d(1, 'linear')], 'mse', adam(0.03), T(400, 365)));
put('ok.weighing-adam-elu', S(wt(), [d(32, 'elu'), d(1, 'linear')], 'mse', adam(0.003), T(150, 32)));
put('ok.weighing-sgd-plain-tanh', S(wt(), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.05), T(200, 16)));
put('ok.weighing-deep-relu-he-uniform', S(wt(), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', adam(0.001), T(200, 32)));
put('ok.weighing-rmsprop-weightdecay', S(wt(), [d(24, 'relu'), d(1, 'linear')], 'mse', rms(0.002, { weightDecay: 1e-3 }), T(150, 32)));
put('ok.weighing-batchnorm-adam', S(wt(), [d(32, 'relu', { batchNorm: true }), drop(0.1), d(1, 'linear')], 'mse', adam(0.005), T(150, 64)));
put('ok.weighing-lecun-tanh-momentum', S(wt(), [d(24, 'tanh', { init: 'lecun_normal' }), d(1, 'linear')], 'mse', sgd(0.01, 0.8), T(200, 32, { validationSplit: 0.2 })));
put('ok.moons-relu-adam', S(bi('moons', { samples: 300, noise: 0.15 }), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), T(200, 32)));
put('ok.circles-tanh-sgd', S(bi('circles', { samples: 300, noise: 0.05 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3, 0.9), T(300, 32)));
put('ok.spirals-deep-elu', S(bi('spirals', { samples: 300, classes: 3 }), [d(64, 'elu'), d(64, 'elu'), d(32, 'elu'), d(3, 'softmax')], 'cce', adam(0.005), T(400, 32)));
put('ok.blobs-four-classes-rmsprop', S(bi('blobs', { samples: 300, classes: 4 }), [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), T(100, 16)));
put('ok.iris-sgd-xavier-normal', S(bi('iris', { normalize: 'standard' }), [d(12, 'tanh', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', sgd(0.05, 0.9), T(200, 16)));
put('ok.sine-tanh-adam', S(bi('sine', { samples: 300, noise: 0.05 }), [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', adam(0.005), T(300, 32)));
put('ok.xor-sigmoid-sgd', S(bi('xor', { samples: 200, noise: 0.1 }), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.5, 0.9), T(300, 16)));
put('ok.moons-normal-init-explicit', S(bi('moons', { samples: 300, noise: 0.1 }), [d(32, 'relu', { init: { name: 'normal', std: 0.2 } }), d(1, 'sigmoid')], 'bce', adam(0.01), T(200, 32)));
put('ok.inline-mews-humidity', S({ inline: { x: [[2, 60], [5, 70], [8, 55], [11, 80], [14, 65], [17, 50], [20, 75], [23, 45], [3, 85], [9, 40], [15, 90], [21, 35]], y: ['open', 'open', 'open', 'shut', 'open', 'open', 'shut', 'open', 'shut', 'open', 'shut', 'open'] }, normalize: 'standard' }, [d(8, 'tanh'), d(2, 'softmax')], 'cce', adam(0.05), T(200, 12)));
put('ok.returned-wide-uniform-init', S(fl(), [d(64, 'relu', { init: { name: 'uniform', limit: 0.2 } }), d(1, 'sigmoid')], 'bce', adam(0.001), T(100, 32)));
put('ok.species-rmsprop-deep-batchnorm', S(bd(), [d(32, 'leaky_relu', { batchNorm: true }), d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(5, 'softmax')], 'cce', rms(0.001), T(100, 64)));
put('ok.recall-nesterov-deep-tanh', S(fl('standard', 'recall_s', { normalizeTarget: 'standard' }), [d(32, 'tanh'), d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.01, 0.9, true), T(150, 32)));
put('ok.returned-batch-two-sgd', S(fl(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.01), T(40, 2)));
put('ok.visitors-clip-adam-wide', S(vi(), [d(128, 'relu'), drop(0.3), d(1, 'linear')], 'mse', adam(0.001, { clipNorm: 1 }), T(150, 32)));
put('ok.weighing-xavier-uniform-sigmoid', S(wt(), [d(32, 'sigmoid'), d(1, 'linear')], 'mse', adam(0.01), T(200, 32)));
put('ok.blobs-three-sgd-nesterov', S(bi('blobs', { samples: 240, classes: 3, noise: 0.2 }), [d(8, 'elu'), d(3, 'softmax')], 'cce', sgd(0.05, 0.95, true), T(100, 24)));

// second-thought additions (written before the first observation was decided, observed with it)
put('lr-too-high.sgd-flights-three', S(fl(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3), T(100, 16)));
put('lr-too-high.adam-species-point3', S(bd(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), T(100, 8)));
put('oscillating-loss.momentum-095-weighing', S(wt(), [d(32, 'relu'), d(1, 'linear')], 'mse', sgd(0.05, 0.95), T(120, 8)));
put('oscillating-loss.full-batch-momentum-weighing', S(wt(), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.3, 0.9), T(150, 300)));
put('oscillating-loss.rmsprop-point1-visitors', S(vi(), [d(24, 'tanh'), d(1, 'linear')], 'mse', rms(0.1), T(120, 32)));
put('lr-too-high.sgd-point8-visitors', S(vi(), [d(16, 'elu'), d(1, 'linear')], 'mse', sgd(0.8), T(100, 32)));
console.log(fs.readdirSync(out).length, 'candidates');
