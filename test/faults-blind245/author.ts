/**
 * Blind set 245 (racing-pigeon lofts and clubs): writes every candidate spec into candidates/.
 * `npx tsx test/faults-blind245/author.ts`
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
let seed = 245;
function put(file: string, spec: Obj): void {
  const name = file.replace(/\.nn\.json$/, '');
  const full = { name, seed: (seed = (seed * 17 + 3) % 1000), ...spec };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const d = (units: number, activation = 'linear', extra: Obj = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const sgd = (lr: number, extra: Obj = {}) => ({ type: 'sgd', lr, ...extra });
const adam = (lr: number, extra: Obj = {}) => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: Obj = {}) => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}) => ({ epochs, batchSize, ...extra });

const RF = ['distance_km', 'age_yrs', 'weight_g', 'wing_cm', 'headwind_kmh', 'temp_c', 'training_km_wk', 'days_rest', 'loft_altitude_m', 'basket_hours'];
const RF6 = ['distance_km', 'age_yrs', 'weight_g', 'headwind_kmh', 'training_km_wk', 'days_rest'];
const LF = ['loft_m2', 'birds', 'young_birds', 'feed_kg_wk', 'training_tosses', 'avg_race_km', 'vet_visits', 'membership_yrs'];
const VF = ['body_temp_c', 'weight_g', 'crop_score', 'droppings_score', 'feather_score', 'loft_humidity_pct'];
const TF = ['toss_km', 'wind_tail_kmh', 'cloud_pct', 'birds_released'];

const vel = (norm = 'standard', nt: string = 'standard', features = RF) =>
  ({ csv: '../data/races.csv', target: 'velocity_mpm', features, normalize: norm, ...(nt !== 'omit' ? { normalizeTarget: nt } : {}) });
const prize = (norm = 'standard', features = RF) => ({ csv: '../data/races.csv', target: 'prize', features, normalize: norm });
const lofts = (norm = 'standard', features = LF) => ({ csv: '../data/lofts.csv', target: 'specialism', features, normalize: norm });
const vet = (norm = 'standard', features = VF) => ({ csv: '../data/vetcheck.csv', target: 'canker', features, normalize: norm });
const toss = (norm = 'standard', nt: string = 'standard') =>
  ({ csv: '../data/toss-clock.csv', target: 'minutes_home', features: TF, normalize: norm, ...(nt !== 'omit' ? { normalizeTarget: nt } : {}) });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-from-pytorch', { data: prize(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(60, 32) });
put('invalid-spec.bce-keras-name', { data: vet(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: adam(0.005), training: tr(80, 16) });
put('invalid-spec.leakyrelu-no-underscore', { data: lofts(), layers: [d(24, 'leakyrelu'), d(12, 'leakyrelu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.002), training: tr(80, 32) });
put('invalid-spec.dropout-as-percent', { data: vel(), layers: [d(32, 'relu'), drop(30), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('invalid-spec.validation-split-one', { data: toss(), layers: [d(8, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(120, 16, { validationSplit: 1.0 }) });
put('invalid-spec.glorot-init-name', { data: vet(), layers: [d(10, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(60, 32) });

// data-error
put('data-error.ring-id-text-column', { data: { csv: '../data/races.csv', target: 'velocity_mpm', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.gaps-copy-na', { data: { ...vel(), csv: '../data/races-gaps.csv' }, layers: [d(24, 'relu'), d(12, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.002), training: tr(120, 32) });
put('data-error.next-season-file', { data: { ...prize(), csv: '../data/races-2025.csv' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.target-speed-renamed', { data: { ...vel(), target: 'speed_ypm' }, layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: rms(0.001), training: tr(100, 32) });
put('data-error.shared-drive-path', { data: { ...lofts(), csv: '../../../../../club-share/lofts.csv' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('data-error.wingspan-feature-typo', { data: vel('standard', 'standard', [...RF6, 'wingspan_cm']), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });

// shape-mismatch
put('shape-mismatch.two-specialisms', { data: lofts(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('shape-mismatch.four-unit-softmax', { data: lofts('minmax'), layers: [d(20, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(80, 16) });
put('shape-mismatch.three-outputs-velocity', { data: vel(), layers: [d(16, 'relu'), d(3)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.two-targets-one-unit', { data: { ...vel(), target: ['velocity_mpm', 'basket_hours'], features: RF6 }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.prize-two-sigmoids', { data: prize(), layers: [d(12, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });

// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse-lofts', { data: lofts(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'mse', optimizer: adam(0.005), training: tr(80, 32) });
put('loss-activation-mismatch.bce-linear-head', { data: vet(), layers: [d(12, 'relu'), d(1)], loss: 'bce', optimizer: adam(0.005), training: tr(80, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: lofts(), layers: [d(16, 'tanh'), d(3, 'sigmoid')], loss: 'cce', optimizer: rms(0.002), training: tr(80, 32) });
put('loss-activation-mismatch.tanh-head-raw-minutes', { data: toss('standard', 'omit'), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: adam(0.005), training: tr(100, 16) });
put('loss-activation-mismatch.sigmoid-head-velocity', { data: vel('standard', 'omit', RF6), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.01), training: tr(80, 32) });

// init-symmetry
put('init-symmetry.zeros-hidden-prize', { data: prize(), layers: [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('init-symmetry.constant-point1-lofts', { data: lofts(), layers: [d(20, 'relu', { init: { name: 'constant', value: 0.1 } }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('init-symmetry.zeros-sigmoid-vet', { data: vet(), layers: [d(10, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: sgd(0.5), training: tr(100, 16) });
put('init-symmetry.constant-toss', { data: toss(), layers: [d(12, 'elu', { init: { name: 'constant', value: 0.05 } }), d(12, 'elu', { init: { name: 'constant', value: 0.05 } }), d(1)], loss: 'mse', optimizer: rms(0.003), training: tr(100, 16) });

// init-scale
put('init-scale.normal-std-5-tanh', { data: vet(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(16, 'tanh', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(80, 32) });
put('init-scale.uniform-1e-5-deep', { data: lofts(), layers: [d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(3, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], loss: 'cce', optimizer: sgd(0.05), training: tr(80, 32) });
put('init-scale.normal-std-20-relu', { data: vel(), layers: [d(48, 'relu', { init: { name: 'normal', std: 20 } }), d(24, 'relu', { init: { name: 'normal', std: 20 } }), d(1)], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 32) });
put('init-scale.normal-std-1e-4-sigmoid', { data: prize(), layers: [d(16, 'sigmoid', { init: { name: 'normal', std: 1e-4 } }), d(16, 'sigmoid', { init: { name: 'normal', std: 1e-4 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1e-4 } })], loss: 'bce', optimizer: sgd(0.05), training: tr(60, 32) });

// no-nonlinearity
put('no-nonlinearity.linear-stack-lofts', { data: lofts(), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('no-nonlinearity.linear-moons-clubdemo', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('no-nonlinearity.linear-velocity-deep', { data: vel(), layers: [d(32), d(32), d(16), d(1)], loss: 'mse', optimizer: rms(0.001), training: tr(100, 32) });
put('no-nonlinearity.explicit-linear-circles', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(24, 'linear', { init: 'he_normal' }), d(12, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 32) });

// lr-out-of-range
put('lr-out-of-range.adam-lr-5', { data: vet(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(5), training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-40', { data: toss(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(40), training: tr(60, 16) });
put('lr-out-of-range.rmsprop-1e-9', { data: lofts(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(1e-9), training: tr(80, 32) });
put('lr-out-of-range.adam-lr-percent-typo', { data: prize(), layers: [d(20, 'elu'), d(10, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(10), training: tr(60, 32) });

// dead-relu
put('dead-relu.bias-minus-5', { data: vel(), layers: [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1)], loss: 'mse', optimizer: adam(0.001), training: tr(80, 32) });
put('dead-relu.raw-distance-sgd-kick', { data: vel('none', 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('dead-relu.bias-minus-3-lofts', { data: lofts(), layers: [d(24, 'relu', { bias: -3 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(100, 32) });
put('dead-relu.adam-hot-start', { data: prize(), layers: [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.5), training: tr(60, 32) });

// exploding-gradient
put('exploding-gradient.raw-features-raw-velocity', { data: vel('none', 'omit'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(1e-4), training: tr(60, 32) });
put('exploding-gradient.deep-linear-raw-loft', { data: { ...toss('none', 'omit') }, layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: tr(60, 16) });
put('exploding-gradient.raw-km-std-init', { data: lofts('none'), layers: [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(60, 32) });
put('exploding-gradient.raw-velocity-rmsprop', { data: vel('standard', 'omit'), layers: [d(24, 'elu'), d(24, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(60, 32) });

// vanishing-gradient
put('vanishing-gradient.eight-sigmoid-stack', { data: prize(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
put('vanishing-gradient.deep-sigmoid-lofts', { data: lofts(), layers: [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: tr(80, 32) });
put('vanishing-gradient.small-normal-tanh-deep', { data: vet(), layers: [d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
put('vanishing-gradient.sigmoid-tower-velocity', { data: vel(), layers: [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1)], loss: 'mse', optimizer: sgd(0.02), training: tr(80, 32) });

// nan-loss
put('nan-loss.raw-velocity-sgd-big', { data: vel('none', 'omit'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('nan-loss.raw-toss-momentum', { data: toss('none', 'omit'), layers: [d(16), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(60, 8) });
put('nan-loss.lofts-raw-sgd', { data: lofts('none'), layers: [d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.5), training: tr(60, 16) });
put('nan-loss.velocity-raw-batch1', { data: vel('none', 'omit', RF6), layers: [d(8, 'leaky_relu'), d(1)], loss: 'mse', optimizer: sgd(0.001), training: tr(30, 1) });

// lr-too-high
put('lr-too-high.adam-0p2-velocity', { data: vel(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.2), training: tr(80, 32) });
put('lr-too-high.sgd-2-vet', { data: vet(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(3), training: tr(80, 16) });
put('lr-too-high.rmsprop-0p1-lofts', { data: lofts(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.1), training: tr(80, 32) });
put('lr-too-high.nesterov-1-toss', { data: toss(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.6, { momentum: 0.9, nesterov: true }), training: tr(80, 16) });
put('lr-too-high.adam-0p1-prize-batch8', { data: prize(), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.1), training: tr(60, 8) });

// lr-too-low
put('lr-too-low.sgd-1e-5-velocity', { data: vel(), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: sgd(1e-5), training: tr(80, 32) });
put('lr-too-low.adam-1e-6-lofts', { data: lofts(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: adam(1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-1e-6-vet', { data: vet(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(1e-6), training: tr(80, 32) });
put('lr-too-low.sgd-momentum-1e-5-toss', { data: toss(), layers: [d(12, 'elu'), d(1)], loss: 'mse', optimizer: sgd(1e-5, { momentum: 0.5 }), training: tr(100, 64) });

// saturated-activation
put('saturated-activation.tanh-raw-distance', { data: vel('none', 'standard'), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('saturated-activation.sigmoid-raw-lofts', { data: lofts('none'), layers: [d(24, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('saturated-activation.tanh-raw-vet', { data: vet('none'), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001), training: tr(80, 32) });
put('saturated-activation.sigmoid-big-bias', { data: prize(), layers: [d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });

// loss-plateau
put('loss-plateau.weight-decay-1', { data: vel(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003, { weightDecay: 1 }), training: tr(100, 32) });
put('loss-plateau.dropout-0p9', { data: lofts(), layers: [d(32, 'relu'), drop(0.9), d(32, 'relu'), drop(0.9), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-plateau.clipnorm-tiny-sgd', { data: prize(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01, { clipNorm: 1e-4 }), training: tr(100, 32) });
put('loss-plateau.width-one-bottleneck', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(1, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 32) });

// oscillating-loss
put('oscillating-loss.momentum-0p99-sgd', { data: toss(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.99 }), training: tr(100, 64) });
put('oscillating-loss.batch1-sgd-vet', { data: vet(), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.5), training: tr(60, 1) });
put('oscillating-loss.rmsprop-0p03-fullbatch', { data: vel(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: rms(0.03), training: tr(100, 480) });
put('oscillating-loss.nesterov-0p99-lofts', { data: lofts(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.3, { momentum: 0.99, nesterov: true }), training: tr(100, 390) });

// ---------------- healthy ----------------
put('ok.velocity-adam-relu', { data: vel(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.velocity-rmsprop-elu-minmax', { data: vel('minmax', 'minmax'), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.002), training: tr(200, 16) });
put('ok.velocity-sgd-momentum-bn', { data: vel(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(120, 32) });
put('ok.velocity-six-features-tanh', { data: vel('standard', 'standard', RF6), layers: [d(20, 'tanh'), d(10, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(150, 64) });
put('ok.velocity-leaky-dropout', { data: vel(), layers: [d(64, 'leaky_relu'), drop(0.2), d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: adam(0.002, { weightDecay: 1e-4 }), training: tr(150, 32, { validationSplit: 0.15 }) });
put('ok.velocity-nesterov-fullbatch', { data: vel(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(600, 480) });
put('ok.velocity-plain-sgd-batch8', { data: vel(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(150, 8) });
put('ok.prize-adam-relu', { data: prize(), layers: [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(120, 32) });
put('ok.prize-rmsprop-tanh-val', { data: prize(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.prize-sgd-momentum-xavier', { data: prize('minmax'), layers: [d(20, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.prize-batch1-sgd', { data: prize(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.005), training: tr(40, 1) });
put('ok.prize-clipnorm-adam-deep', { data: prize(), layers: [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001, { clipNorm: 1 }), training: tr(100, 32) });
put('ok.lofts-adam-relu', { data: lofts(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(120, 32) });
put('ok.lofts-sgd-nesterov-tanh', { data: lofts(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(150, 16) });
put('ok.lofts-rmsprop-bn-dropout', { data: lofts(), layers: [d(48, 'relu', { batchNorm: true }), drop(0.3), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.002), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.lofts-minmax-elu-fullbatch', { data: lofts('minmax'), layers: [d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(400, 390) });
put('ok.lofts-four-feature-lecun', { data: lofts('standard', ['birds', 'young_birds', 'training_tosses', 'avg_race_km']), layers: [d(16, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(150, 32) });
put('ok.lofts-plain-sgd-sigmoid', { data: lofts(), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.5), training: tr(200, 16) });
put('ok.vet-adam-relu', { data: vet(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(100, 32) });
put('ok.vet-sgd-tanh-batch4', { data: vet(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.02), training: tr(80, 4) });
put('ok.vet-rmsprop-weightdecay', { data: vet(), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001, { weightDecay: 1e-3 }), training: tr(100, 32, { validationSplit: 0.25 }) });
put('ok.vet-logistic-only', { data: vet(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.2, { momentum: 0.5 }), training: tr(150, 32) });
put('ok.vet-he-uniform-deep', { data: vet('minmax'), layers: [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(120, 32) });
put('ok.toss-adam-elu', { data: toss(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(150, 16) });
put('ok.toss-linear-regression', { data: toss(), layers: [d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 32) });
put('ok.toss-sgd-momentum-relu', { data: toss('minmax', 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(150, 16) });
put('ok.toss-rmsprop-tanh-clip', { data: toss(), layers: [d(12, 'tanh'), d(1)], loss: 'mse', optimizer: rms(0.003, { clipNorm: 5 }), training: tr(150, 8) });
put('ok.toss-raw-target-adam', { data: toss('standard', 'omit'), layers: [d(16, 'relu'), d(1, 'linear', { bias: 40 })], loss: 'mse', optimizer: adam(0.02), training: tr(300, 32) });
put('ok.moons-club-demo-relu', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.spirals-elu-deep', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(64, 'elu'), d(64, 'elu'), d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.01), training: tr(150, 16) });
put('ok.blobs-four-classes-sgd', { data: { builtin: 'blobs', samples: 400, classes: 4 }, layers: [d(12, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(100, 16) });
put('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.01), training: tr(400, 32) });
put('ok.xor-sigmoid-sgd', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.5, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.inline-basket-weights', { data: { inline: { x: [[380], [410], [430], [455], [470], [490], [505], [520], [540], [560], [575], [590]], y: [0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.05), training: tr(300, 12) });
put('ok.inline-ring-class-strings', { data: { inline: { x: [[1, 420], [1, 440], [2, 470], [2, 480], [3, 500], [3, 510], [4, 495], [5, 480], [1, 430], [2, 465], [4, 505], [5, 470]], y: ['young', 'young', 'prime', 'prime', 'prime', 'prime', 'veteran', 'veteran', 'young', 'prime', 'veteran', 'veteran'] }, normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.03), training: tr(300, 4) });
put('ok.velocity-sigmoid-hidden-minmax', { data: vel('standard', 'minmax'), layers: [d(24, 'sigmoid'), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.prize-wide-single-layer', { data: prize(), layers: [d(128, 'relu'), drop(0.5), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.0005), training: tr(150, 64) });
put('ok.lofts-constant-bias-small-normal', { data: lofts(), layers: [d(24, 'relu', { init: { name: 'normal', std: 0.2 }, bias: 0.1 }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(150, 32) });
put('ok.velocity-deep-narrow-rmsprop', { data: vel(), layers: [d(12, 'relu'), d(12, 'relu'), d(12, 'relu'), d(12, 'relu'), d(1)], loss: 'mse', optimizer: rms(0.001), training: tr(200, 32) });
