/**
 * Writes every candidate spec of fault set blind262 (bagpipe makers and pipe bands) into candidates/:
 * `npx tsx test/faults-blind262/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Obj = Record<string, unknown>;
let seed = 262;
function put(file: string, spec: Obj): void {
  const full = { name: file.replace(/\./g, '-'), seed: seed++, ...spec };
  fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}

// Data blocks.
const CH_F = ['bore_mm', 'throat_mm', 'wood_density', 'reed_pressure_cm', 'humidity_pct', 'hole_depth_mm', 'sole_ring'];
const BD_F = ['years_together', 'pipers', 'drummers', 'practice_hrs_week', 'practice_hrs_month', 'travel_km', 'budget_gbp', 'tartan_code'];
const BG_F = ['thickness_mm', 'seasoning_ml', 'days_since_seasoned', 'drones', 'stitch_spm'];
const RD_F = ['cane_mm', 'gouge_mm', 'blade_len_mm', 'bridle_pos_mm', 'cane_origin_code'];
const SL_F = ['age_years', 'silver_mounts', 'ivory_free', 'maker_rank', 'condition', 'drone_reeds_included'];
const pitch = (o: Obj = {}) => ({ csv: '../data/chanters.csv', target: 'pitch_hz', features: CH_F, normalize: 'standard', normalizeTarget: 'standard', ...o });
const tuned = (o: Obj = {}) => ({ csv: '../data/chanters.csv', target: 'tuned_ok', features: CH_F, normalize: 'standard', ...o });
const grade = (o: Obj = {}) => ({ csv: '../data/bands.csv', target: 'grade', features: BD_F, normalize: 'standard', ...o });
const points = (o: Obj = {}) => ({ csv: '../data/bands.csv', target: 'league_points', features: BD_F, normalize: 'standard', normalizeTarget: 'standard', ...o });
const leak = (o: Obj = {}) => ({ csv: '../data/bags-leak.csv', target: 'leak_kpa_min', features: BG_F, normalize: 'standard', ...o });
const tight = (o: Obj = {}) => ({ csv: '../data/bags-leak.csv', target: 'airtight', features: BG_F, normalize: 'minmax', ...o });
const reeds = (o: Obj = {}) => ({ csv: '../data/reeds.csv', target: 'strength', features: RD_F, normalize: 'standard', ...o });
const sales = (o: Obj = {}) => ({ csv: '../data/sales.csv', target: 'price_gbp', features: SL_F, normalize: 'standard', normalizeTarget: 'standard', ...o });

const d = (units: number, activation = 'relu', o: Obj = {}) => ({ type: 'dense', units, activation, ...o });
const drop = (rate: number) => ({ type: 'dropout', rate });
const adam = (lr: number, o: Obj = {}) => ({ type: 'adam', lr, ...o });
const sgd = (lr: number, o: Obj = {}) => ({ type: 'sgd', lr, ...o });
const rms = (lr: number, o: Obj = {}) => ({ type: 'rmsprop', lr, ...o });
const tr = (epochs: number, batchSize: number, o: Obj = {}) => ({ epochs, batchSize, ...o });

// ---------------- invalid-spec ----------------
put('invalid-spec.adamw-optimizer', { data: grade(), layers: [d(16), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(80, 32) });
put('invalid-spec.keras-loss-name', { data: reeds(), layers: [d(12, 'tanh'), d(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: adam(0.01), training: tr(60, 16) });
put('invalid-spec.glorot-init', { data: tuned(), layers: [d(10, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(60, 32) });
put('invalid-spec.dropout-percent', { data: points(), layers: [d(24), drop(20), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('invalid-spec.validation-split-one', { data: leak(), layers: [d(8, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.003), training: tr(60, 16, { validationSplit: 1 }) });

// ---------------- data-error ----------------
put('data-error.next-season-file', { data: { ...grade(), csv: '../data/bands-2025.csv' }, layers: [d(16), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(60, 32) });
put('data-error.hide-text-feature', { data: { csv: '../data/bags-leak.csv', target: 'airtight', features: ['hide', 'thickness_mm', 'seasoning_ml', 'days_since_seasoned'], normalize: 'standard' }, layers: [d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(60, 16) });
put('data-error.grade-capitalised', { data: { ...grade(), target: 'Grade' }, layers: [d(16), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(60, 32) });
put('data-error.secretary-na-markers', { data: { ...grade(), csv: '../data/bands-gaps.csv' }, layers: [d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(60, 32) });
put('data-error.band-id-included', { data: { csv: '../data/bands.csv', target: 'league_points', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
put('data-error.shared-drive-path', { data: { ...pitch(), csv: '../../../../../srv/workshop/chanters.csv' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });

// ---------------- shape-mismatch ----------------
put('shape-mismatch.three-grades-not-four', { data: grade(), layers: [d(16), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('shape-mismatch.reed-two-classes', { data: reeds(), layers: [d(12, 'tanh'), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(60, 16) });
put('shape-mismatch.pitch-two-outputs', { data: pitch(), layers: [d(16), d(2, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
put('shape-mismatch.airtight-two-sigmoids', { data: tight(), layers: [d(8), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(60, 16) });
put('shape-mismatch.iris-one-unit', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(1, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(100, 16) });

// ---------------- loss-activation-mismatch ----------------
put('loss-activation-mismatch.reed-softmax-mse', { data: reeds(), layers: [d(12, 'tanh'), d(3, 'softmax')], loss: 'mse', optimizer: adam(0.01), training: tr(80, 16) });
put('loss-activation-mismatch.tuned-linear-bce', { data: tuned(), layers: [d(12), d(1, 'linear')], loss: 'bce', optimizer: adam(0.005), training: tr(80, 32) });
put('loss-activation-mismatch.grade-sigmoid-cce', { data: grade(), layers: [d(16), d(4, 'sigmoid')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('loss-activation-mismatch.points-sigmoid-head', { data: { ...points(), normalizeTarget: 'none' }, layers: [d(16), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.01), training: tr(80, 32) });
put('loss-activation-mismatch.price-tanh-head', { data: { ...sales(), normalizeTarget: 'none' }, layers: [d(16), d(1, 'tanh')], loss: 'mse', optimizer: adam(0.01), training: tr(60, 32) });

// ---------------- init-symmetry ----------------
put('init-symmetry.zeros-hidden', { data: grade(), layers: [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('init-symmetry.constant-tenth', { data: reeds(), layers: [d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 16) });
put('init-symmetry.zeros-two-layers', { data: pitch(), layers: [d(20, 'tanh', { init: 'zeros' }), d(10, 'tanh', { init: 'zeros' }), d(1, 'linear')], loss: 'mse', optimizer: rms(0.003), training: tr(80, 32) });
put('init-symmetry.constant-half-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(10, 'tanh', { init: { name: 'constant', value: 0.5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.02), training: tr(150, 32) });

// ---------------- init-scale ----------------
put('init-scale.normal-std-five', { data: tuned(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(16, 'tanh', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('init-scale.uniform-limit-ten', { data: points(), layers: [d(24, 'relu', { init: { name: 'uniform', limit: 10 } }), d(24, 'relu', { init: { name: 'uniform', limit: 10 } }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('init-scale.tiny-std-deep', { data: reeds(), layers: [d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(3, 'softmax', { init: { name: 'normal', std: 1e-4 } })], loss: 'cce', optimizer: sgd(0.01), training: tr(60, 32) });
put('init-scale.uniform-limit-tiny', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(1, 'sigmoid', { init: { name: 'uniform', limit: 1e-5 } })], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });

// ---------------- no-nonlinearity ----------------
put('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('no-nonlinearity.reeds-forgot-activation', { data: reeds(), layers: [{ type: 'dense', units: 24 }, { type: 'dense', units: 12 }, d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(100, 16) });
put('no-nonlinearity.circles-linear-deep', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(12, 'linear'), d(12, 'linear'), d(12, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.005), training: tr(120, 32) });
put('no-nonlinearity.xor-linear-hidden', { data: { builtin: 'xor', samples: 240 }, layers: [d(8, 'linear', { init: 'he_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 16) });

// ---------------- lr-out-of-range ----------------
put('lr-out-of-range.zero-rate', { data: grade(), layers: [d(16), d(4, 'softmax')], loss: 'cce', optimizer: adam(0), training: tr(60, 32) });
put('lr-out-of-range.negative-rate', { data: pitch(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(-0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('lr-out-of-range.adam-fifty', { data: tuned(), layers: [d(12), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(50), training: tr(60, 32) });
put('lr-out-of-range.sgd-one-thousand', { data: reeds(), layers: [d(12, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(1000), training: tr(60, 16) });
put('lr-out-of-range.rmsprop-1e-9', { data: leak(), layers: [d(12), d(1, 'linear')], loss: 'mse', optimizer: rms(1e-9), training: tr(60, 16) });

// ---------------- dead-relu ----------------
put('dead-relu.negative-bias-five', { data: points(), layers: [d(24, 'relu', { bias: -5 }), d(12, 'relu', { bias: -5 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(80, 32) });
put('dead-relu.sgd-kick-kills', { data: { ...sales(), normalize: 'none' }, layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(60, 16) });
put('dead-relu.minmax-negative-bias', { data: tight(), layers: [d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 16) });
put('dead-relu.reeds-bias-minus-four', { data: reeds(), layers: [d(20, 'relu', { bias: -4 }), d(20, 'relu', { bias: -4 }), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.001), training: tr(80, 32) });

// ---------------- exploding-gradient ----------------
put('exploding-gradient.raw-price-target', { data: { ...sales(), normalizeTarget: 'none' }, layers: [d(16), d(16), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 32) });
put('exploding-gradient.raw-budget-features', { data: { ...points(), normalize: 'none' }, layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-6), training: tr(60, 32) });
put('exploding-gradient.deep-std-one', { data: pitch(), layers: [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'linear', { init: { name: 'normal', std: 1 } })], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.raw-pitch-target-momentum', { data: { ...pitch(), normalizeTarget: 'none' }, layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: tr(60, 16) });

// ---------------- vanishing-gradient ----------------
const sigDeep = (n: number, u: number) => Array.from({ length: n }, () => d(u, 'sigmoid'));
put('vanishing-gradient.eight-sigmoids', { data: tuned(), layers: [...sigDeep(8, 16), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: tr(60, 32) });
put('vanishing-gradient.ten-sigmoid-grades', { data: grade(), layers: [...sigDeep(10, 12), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(60, 32) });
put('vanishing-gradient.deep-tanh-small-init', { data: points(), layers: Array.from({ length: 7 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(1, 'linear')]), loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('vanishing-gradient.sigmoid-tower-reeds', { data: reeds(), layers: [...sigDeep(9, 10), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.0003), training: tr(60, 32) });

// ---------------- nan-loss ----------------
put('nan-loss.raw-price-sgd-tenth', { data: { ...sales(), normalize: 'none', normalizeTarget: 'none' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1), training: tr(40, 32) });
put('nan-loss.raw-budget-momentum', { data: { ...points(), normalize: 'none', normalizeTarget: 'none' }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(40, 16) });
put('nan-loss.sgd-five-deep', { data: pitch(), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(5), training: tr(40, 32) });
put('nan-loss.raw-density-pitch', { data: { ...pitch(), normalize: 'none', normalizeTarget: 'none' }, layers: [d(8, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(40, 8) });

// ---------------- lr-too-high ----------------
put('lr-too-high.adam-half', { data: grade(), layers: [d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.5), training: tr(60, 32) });
put('lr-too-high.sgd-three', { data: tuned(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(3), training: tr(60, 32) });
put('lr-too-high.rmsprop-third', { data: leak(), layers: [d(16), d(8), d(1, 'linear')], loss: 'mse', optimizer: rms(0.3), training: tr(60, 16) });
put('lr-too-high.nesterov-one', { data: points(), layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1, { momentum: 0.9, nesterov: true }), training: tr(60, 32) });
put('lr-too-high.adam-full-batch-one', { data: reeds(), layers: [d(24, 'relu'), d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(1), training: tr(80, 390) });

// ---------------- lr-too-low ----------------
put('lr-too-low.sgd-1e-5', { data: grade(), layers: [d(16), d(4, 'softmax')], loss: 'cce', optimizer: sgd(1e-5), training: tr(60, 32) });
put('lr-too-low.adam-1e-6', { data: pitch(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(1e-6), training: tr(60, 32) });
put('lr-too-low.rmsprop-1e-6', { data: reeds(), layers: [d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(1e-6), training: tr(60, 16) });
put('lr-too-low.nesterov-1e-5-full-batch', { data: tight(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(1e-5, { momentum: 0.9, nesterov: true }), training: tr(100, 360) });

// ---------------- saturated-activation ----------------
put('saturated-activation.raw-budget-sigmoid', { data: { ...grade(), normalize: 'none' }, layers: [d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(60, 32) });
put('saturated-activation.raw-density-tanh', { data: { ...tuned(), normalize: 'none' }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(60, 32) });
put('saturated-activation.sigmoid-bias-ten', { data: reeds(), layers: [d(16, 'sigmoid', { bias: 10 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(60, 32) });
put('saturated-activation.tanh-big-init', { data: leak(), layers: [d(24, 'tanh', { init: { name: 'normal', std: 4 } }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });

// ---------------- loss-plateau ----------------
put('loss-plateau.weight-decay-one', { data: grade(), layers: [d(16), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.01, { weightDecay: 1 }), training: tr(80, 32) });
put('loss-plateau.dropout-ninety', { data: reeds(), layers: [d(16), drop(0.9), d(16), drop(0.9), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-plateau.clipnorm-tiny-sgd', { data: pitch(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { clipNorm: 1e-4 }), training: tr(80, 32) });
put('loss-plateau.decay-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9, weightDecay: 0.5 }), training: tr(100, 32) });

// ---------------- oscillating-loss ----------------
put('oscillating-loss.adam-batch-one', { data: leak(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.05), training: tr(60, 1) });
put('oscillating-loss.momentum-batch-four', { data: points(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.2, { momentum: 0.95 }), training: tr(60, 4) });
put('oscillating-loss.rmsprop-batch-two', { data: tuned(), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.05), training: tr(60, 2) });
put('oscillating-loss.sgd-full-batch-edge', { data: pitch(), layers: [d(1, 'linear')], loss: 'mse', optimizer: sgd(0.95), training: tr(60, 420) });

// ---------------- healthy ----------------
put('ok.pitch-adam-relu', { data: pitch(), layers: [d(24), d(12), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(120, 32) });
put('ok.pitch-sgd-momentum-tanh', { data: pitch(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(100, 16) });
put('ok.pitch-linear-regression', { data: pitch(), layers: [d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(60, 32) });
put('ok.pitch-rmsprop-elu-val', { data: pitch(), layers: [d(20, 'elu'), d(10, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.pitch-minmax-batchnorm', { data: pitch({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(24, 'relu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(100, 32) });
put('ok.tuned-adam-relu', { data: tuned(), layers: [d(24), d(12), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(150, 32) });
put('ok.tuned-sgd-nesterov-tanh', { data: tuned(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.tuned-leaky-dropout', { data: tuned(), layers: [d(32, 'leaky_relu'), drop(0.2), d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.002), training: tr(150, 32, { validationSplit: 0.15 }) });
put('ok.grade-adam-relu', { data: grade(), layers: [d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(120, 32) });
put('ok.grade-rmsprop-tanh', { data: grade(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(100, 32) });
put('ok.grade-sgd-batch8', { data: grade(), layers: [d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(100, 8) });
put('ok.grade-batchnorm-decay', { data: grade(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003, { weightDecay: 1e-4 }), training: tr(100, 64) });
put('ok.grade-softmax-regression', { data: grade(), layers: [d(4, 'softmax')], loss: 'cce', optimizer: adam(0.02), training: tr(150, 480) });
put('ok.points-adam-deep', { data: points(), layers: [d(32), d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(120, 32) });
put('ok.points-sgd-plain', { data: points(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(150, 16) });
put('ok.points-rmsprop-clip', { data: points(), layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.003, { clipNorm: 1 }), training: tr(100, 32) });
put('ok.leak-adam-elu', { data: leak(), layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 16) });
put('ok.leak-sgd-batch-one', { data: leak(), layers: [d(12, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.005), training: tr(60, 1) });
put('ok.leak-target-standard', { data: leak({ normalizeTarget: 'standard' }), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(120, 32) });
put('ok.tight-adam-minmax', { data: tight(), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('ok.tight-sgd-momentum-full', { data: tight({ normalize: 'standard' }), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(200, 360) });
put('ok.tight-logistic', { data: tight({ normalize: 'standard' }), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1), training: tr(100, 16) });
put('ok.reeds-adam-relu', { data: reeds(), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(120, 16) });
put('ok.reeds-rmsprop-tanh-val', { data: reeds(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.002), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.reeds-sgd-nesterov-elu', { data: reeds(), layers: [d(16, 'elu'), d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.03, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
put('ok.reeds-sigmoid-hidden', { data: reeds(), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 32) });
put('ok.sales-adam-relu', { data: sales(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.002), training: tr(120, 32) });
put('ok.sales-sgd-momentum-clip', { data: sales(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9, clipNorm: 5 }), training: tr(120, 16) });
put('ok.sales-rmsprop-leaky', { data: sales(), layers: [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(120, 32) });
put('ok.moons-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('ok.circles-relu', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('ok.xor-sgd-momentum', { data: { builtin: 'xor', samples: 240 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 16) });
put('ok.spirals-deep-relu', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(64), d(64), d(32), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.blobs-four-sgd', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(100, 16) });
put('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.005), training: tr(150, 16) });
put('ok.sine-tanh', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.inline-drone-tuning', { data: { inline: { x: [[0.1, 1], [0.2, 0.9], [0.3, 0.7], [0.5, 0.6], [0.6, 0.4], [0.7, 0.3], [0.8, 0.2], [0.9, 0.1], [0.15, 0.95], [0.55, 0.5], [0.35, 0.75], [0.85, 0.15]], y: ['flat', 'flat', 'flat', 'true', 'true', 'sharp', 'sharp', 'sharp', 'flat', 'true', 'flat', 'sharp'] } }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.03), training: tr(300, 12) });
put('ok.pitch-deep-lecun-batch4', { data: pitch(), layers: [d(16, 'tanh', { init: 'lecun_normal' }), d(16, 'tanh', { init: 'lecun_normal' }), d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.005, { momentum: 0.9 }), training: tr(60, 4, { shuffle: true }) });
put('ok.grade-he-uniform-noshuffle', { data: grade(), layers: [d(24, 'relu', { init: 'he_uniform' }), d(4, 'softmax', { init: 'xavier_normal' })], loss: 'cce', optimizer: adam(0.005), training: tr(100, 48, { shuffle: false }) });
put('ok.tuned-rmsprop-batch-128', { data: tuned(), layers: [d(32, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.003), training: tr(200, 128) });

// ---------------- second pass (added after the first observation) ----------------
put('init-symmetry.all-constant-tuned', { data: tuned(), layers: [d(16, 'tanh', { init: { name: 'constant', value: 0.3 } }), d(8, 'tanh', { init: { name: 'constant', value: 0.3 } }), d(1, 'sigmoid', { init: { name: 'constant', value: 0.3 } })], loss: 'bce', optimizer: adam(0.005), training: tr(80, 32) });
put('init-symmetry.zeros-relu-points', { data: points(), layers: [d(24, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 32) });
put('oscillating-loss.adam-batch-one-reeds', { data: reeds(), layers: [d(16), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.05), training: tr(60, 1) });
put('oscillating-loss.sgd-momentum-batch-two', { data: tuned(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(60, 2) });
put('lr-too-high.rmsprop-tenth-grades', { data: grade(), layers: [d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.1), training: tr(60, 16) });
put('lr-too-high.sgd-one-sales', { data: sales(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1), training: tr(60, 8) });
put('ok.reeds-adam-tanh-batch8', { data: reeds(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(120, 8) });
put('ok.tuned-adam-elu-deep', { data: tuned(), layers: [d(32, 'elu'), d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.002), training: tr(120, 32) });
put('ok.grade-nesterov-leaky', { data: grade(), layers: [d(32, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
put('ok.leak-rmsprop-full-batch', { data: leak(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.01), training: tr(300, 360) });
put('ok.points-dropout-decay', { data: points(), layers: [d(32), drop(0.1), d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003, { weightDecay: 1e-4 }), training: tr(120, 32) });
put('ok.sales-sgd-batch-one', { data: sales(), layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.003), training: tr(40, 1) });
put('ok.moons-sigmoid-hidden-momentum', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(12, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.5, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.pitch-adam-full-batch', { data: pitch(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: tr(300, 420) });
console.log(`wrote ${fs.readdirSync(OUT).length} candidates`);
