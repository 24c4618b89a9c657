/**
 * Writes every candidate spec of fault set blind238 into candidates/: `npx tsx test/faults-blind238/author.ts`.
 * Faults are `<code>.<slug>.nn.json`, healthy specs `ok.<slug>.nn.json`; data paths are relative to the
 * folder the spec ends up in (faulty/, healthy/ or dropped/), hence `../data/...`.
 */
import * as fs from 'fs';
import * as path from 'path';

const dir = path.join(__dirname, 'candidates');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

type Obj = Record<string, unknown>;
let seedCounter = 238;
function put(file: string, spec: Obj): void {
  const full = { name: file.replace(/\./g, '-'), seed: spec.seed ?? (seedCounter++ % 97) + 1, ...spec };
  fs.writeFileSync(path.join(dir, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const MF = ['mass_kg', 'length_cm', 'hide_score', 'pose_complexity', 'habitat_base', 'client_km', 'humidity_pct'];
const HF = ['salt_kg', 'pickle_ph', 'tan_hours', 'drum_temp_c', 'shave_mm'];
const SF = ['body_g', 'wing_mm', 'fat_score', 'borax_g', 'room_temp_c'];
const hours = (extra: Obj = {}) => ({ csv: '../data/mounts.csv', target: 'labor_hours', features: MF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const late = (extra: Obj = {}) => ({ csv: '../data/mounts.csv', target: 'late', features: MF, normalize: 'standard', ...extra });
const hides = (extra: Obj = {}) => ({ csv: '../data/hides.csv', target: 'result', features: HF, normalize: 'standard', ...extra });
const skins = (extra: Obj = {}) => ({ csv: '../data/skins.tsv', target: 'dry_days', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const opt = (type: string, lr: number, extra: Obj = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}) => ({ epochs, batchSize, ...extra });

// ---------------- invalid-spec ----------------
put('invalid-spec.adamw-optimizer', { data: hours(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adamw', 0.001), training: tr(100, 32) });
put('invalid-spec.glorot-init-name', { data: late(), layers: [d(12, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('invalid-spec.keras-loss-name', { data: hides(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.01), training: tr(100, 16) });
put('invalid-spec.dropout-as-percent', { data: skins(), layers: [d(32, 'relu'), drop(20), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('invalid-spec.swish-activation', { data: hours(), layers: [d(16, 'swish'), d(8, 'swish'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });

// ---------------- data-error ----------------
put('data-error.last-years-sheet-missing', { data: { ...hours(), csv: '../data/mounts_2023.csv' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('data-error.labour-british-spelling', { data: { ...hours(), target: 'labour_hours' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('data-error.species-text-feature', { data: { ...late(), features: ['species_group', ...MF] }, layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('data-error.front-desk-gaps', { data: { ...hours(), csv: '../data/mounts-gaps.csv' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('data-error.shared-drive-path', { data: { ...hides(), csv: '../../../../../../mnt/studio-share/hides.csv' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
put('data-error.received-date-feature', { data: { ...hours(), features: ['received', 'mass_kg', 'pose_complexity', 'hide_score'] }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });

// ---------------- shape-mismatch ----------------
put('shape-mismatch.two-units-three-results', { data: hides(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
put('shape-mismatch.hours-and-price-one-unit', { data: { ...hours(), target: ['labor_hours', 'price_eur'] }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('shape-mismatch.eu-export-five-classes', { data: { ...hides(), csv: '../data/hides-eu.csv' }, layers: [d(12, 'tanh'), d(5, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(100, 16) });
put('shape-mismatch.late-two-sigmoids', { data: late(), layers: [d(12, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });

// ---------------- loss-activation-mismatch ----------------
put('loss-activation-mismatch.softmax-mse-hides', { data: hides(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
put('loss-activation-mismatch.bce-linear-late', { data: late(), layers: [d(12, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: hides(), layers: [d(16, 'tanh'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
put('loss-activation-mismatch.relu-head-standardised-hours', { data: hours(), layers: [d(16, 'relu'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
put('loss-activation-mismatch.sigmoid-head-raw-dry-days', { data: { ...skins(), normalizeTarget: 'none' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });

// ---------------- init-symmetry ----------------
put('init-symmetry.zeros-hidden-hours', { data: hours(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, undefined, { init: 'zeros' })], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
put('init-symmetry.constant-tenth-hides', { data: hides(), layers: [d(12, 'sigmoid', { init: 'constant', value: 0.1 }), d(3, 'softmax', { init: 'constant', value: 0.1 })], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('init-symmetry.zeros-both-hidden-skins', { data: skins(), layers: [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(150, 32) });

// ---------------- init-scale ----------------
put('init-scale.normal-std-eight-late', { data: late(), layers: [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('init-scale.uniform-limit-forty-hours', { data: hours(), layers: [d(24, 'relu', { init: 'uniform', limit: 40 }), d(12, 'relu', { init: 'uniform', limit: 40 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
put('init-scale.normal-tiny-deep-hides', { data: hides(), layers: [d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(3, 'softmax', { init: 'normal', std: 1e-4 })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('init-scale.normal-std-five-skins', { data: skins(), layers: [d(32, 'relu', { init: 'normal', std: 5 }), d(32, 'relu', { init: 'normal', std: 5 }), d(1, undefined, { init: 'normal', std: 5 })], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });

// ---------------- no-nonlinearity ----------------
put('no-nonlinearity.linear-stack-hides', { data: hides(), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
put('no-nonlinearity.linear-deep-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(24), d(24), d(24), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(200, 16) });

// ---------------- lr-out-of-range ----------------
put('lr-out-of-range.zero-rate', { data: hours(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0), training: tr(100, 32) });
put('lr-out-of-range.negative-rate', { data: hides(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', -0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('lr-out-of-range.adam-rate-fifty', { data: late(), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 50), training: tr(100, 32) });
put('lr-out-of-range.sgd-rate-thousand', { data: skins(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1000), training: tr(100, 32) });

// ---------------- dead-relu ----------------
put('dead-relu.negative-bias-hours', { data: hours(), layers: [d(24, 'relu', { bias: -6 }), d(12, 'relu', { bias: -6 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
put('dead-relu.sgd-kick-raw-mass', { data: { ...hours(), normalize: 'none' }, layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
put('dead-relu.bias-minus-three-skins', { data: skins(), layers: [d(16, 'relu', { bias: -3 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
put('dead-relu.adam-big-step-hides', { data: hides(), layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(100, 32) });

// ---------------- exploding-gradient ----------------
put('exploding-gradient.raw-price-target', { data: { ...hours(), target: 'price_eur', normalizeTarget: 'none' }, layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
put('exploding-gradient.deep-std-one', { data: skins(), layers: [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, undefined, { init: 'normal', std: 1 })], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
put('exploding-gradient.raw-grams-and-km', { data: { ...skins(), normalize: 'none', normalizeTarget: 'none' }, layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 16) });

// ---------------- vanishing-gradient ----------------
put('vanishing-gradient.deep-sigmoid-late', { data: late(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('vanishing-gradient.deep-tanh-small-normal', { data: hides(), layers: [d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('vanishing-gradient.ten-sigmoid-hours', { data: hours(), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });

// ---------------- nan-loss ----------------
put('nan-loss.raw-price-sgd-big', { data: { ...hours(), target: 'price_eur', normalize: 'none', normalizeTarget: 'none' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(50, 32) });
put('nan-loss.momentum-raw-grams', { data: { ...skins(), normalize: 'none' }, layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.95 }), training: tr(50, 8) });
put('nan-loss.linear-net-raw-price', { data: { ...hours(), target: 'price_eur', normalize: 'none', normalizeTarget: 'none' }, layers: [d(8), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(50, 16) });

// ---------------- lr-too-high ----------------
put('lr-too-high.sgd-two-hours', { data: hours(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 2.0), training: tr(100, 32) });
put('lr-too-high.adam-half-late', { data: late(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.5), training: tr(100, 32) });
put('lr-too-high.rmsprop-point-three-skins', { data: skins(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.3), training: tr(100, 32) });
put('lr-too-high.nesterov-one-hides', { data: hides(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });

// ---------------- lr-too-low ----------------
put('lr-too-low.sgd-1e-5-hours', { data: hours(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5), training: tr(100, 32) });
put('lr-too-low.adam-1e-6-hides', { data: hides(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-1e-6-skins', { data: skins(), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: tr(120, 16) });
put('lr-too-low.full-batch-sgd-late', { data: late(), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-4, { momentum: 0.5 }), training: tr(150, 400) });

// ---------------- saturated-activation ----------------
put('saturated-activation.sigmoid-raw-features', { data: { ...late(), normalize: 'none' }, layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('saturated-activation.tanh-std-four-hides', { data: hides(), layers: [d(32, 'tanh', { init: 'normal', std: 4 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('saturated-activation.sigmoid-bias-eight', { data: skins(), layers: [d(16, 'sigmoid', { bias: 8 }), d(16, 'sigmoid', { bias: 8 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('saturated-activation.tanh-raw-grams', { data: { ...skins(), normalize: 'none' }, layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });

// ---------------- loss-plateau ----------------
put('loss-plateau.weight-decay-one', { data: hours(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01, { weightDecay: 1.0 }), training: tr(150, 32) });
put('loss-plateau.dropout-ninety', { data: hides(), layers: [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 32) });
put('loss-plateau.sigmoid-raw-grams-plateau', { data: { ...skins(), normalize: 'none' }, layers: [d(8, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(150, 32) });
put('loss-plateau.clipnorm-tiny', { data: late(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { clipNorm: 1e-4 }), training: tr(150, 32) });

// ---------------- oscillating-loss ----------------
put('oscillating-loss.sgd-batch-one-hours', { data: hours(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.2), training: tr(60, 1) });
put('oscillating-loss.rmsprop-batch-four-skins', { data: skins(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(60, 4) });
put('oscillating-loss.momentum-high-hides', { data: hides(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5, { momentum: 0.95 }), training: tr(80, 8) });
put('oscillating-loss.adam-tenth-batch-two', { data: late(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.1), training: tr(60, 2) });


// ---------------- second pass (added after the first observation, to fill codes that re-filing emptied) ----------------
put('dead-relu.bias-minus-four-hides', { data: hides(), layers: [d(24, 'relu', { bias: -4 }), d(12, 'relu', { bias: -4 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001), training: tr(100, 32) });
put('dead-relu.bias-minus-five-late', { data: late(), layers: [d(16, 'relu', { bias: -5 }), d(8, 'relu', { bias: -5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 16) });
put('lr-too-high.sgd-point-eight-late', { data: late(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.8, { momentum: 0.9 }), training: tr(100, 32) });
put('lr-too-high.adam-point-three-skins-tanh', { data: skins(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.3), training: tr(100, 32) });
put('oscillating-loss.sgd-batch-two-skins', { data: skins(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.15), training: tr(60, 2) });

// ================= healthy =================
put('ok.hours-relu-adam', { data: hours(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('ok.hours-tanh-sgd-momentum', { data: hours(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(150, 16) });
put('ok.hours-elu-rmsprop-valsplit', { data: hours(), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.hours-minmax-leaky-nesterov', { data: hours({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(200, 16) });
put('ok.price-batchnorm-adam', { data: hours({ target: 'price_eur' }), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(120, 32) });
put('ok.hours-and-price-two-heads', { data: hours({ target: ['labor_hours', 'price_eur'] }), layers: [d(32, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
put('ok.hours-full-batch-adam', { data: hours(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.03), training: tr(300, 400) });
put('ok.hours-batch-one-sgd', { data: hours(), layers: [d(12, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.003), training: tr(30, 1) });
put('ok.hours-weight-decay-clip', { data: hours(), layers: [d(32, 'relu'), drop(0.1), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 1e-4, clipNorm: 5 }), training: tr(150, 32) });
put('ok.hours-three-features', { data: hours({ features: ['mass_kg', 'pose_complexity', 'habitat_base', 'hide_score'] }), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(150, 32) });
put('ok.late-relu-adam', { data: late(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('ok.late-tanh-sgd-valsplit', { data: late(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 32, { validationSplit: 0.25 }) });
put('ok.late-logistic-rmsprop', { data: late(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(100, 32) });
put('ok.late-dropout-elu', { data: late(), layers: [d(32, 'elu'), drop(0.2), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(120, 64) });
put('ok.hides-relu-adam', { data: hides(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 32) });
put('ok.hides-tanh-nesterov', { data: hides(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(200, 16) });
put('ok.hides-eu-export', { data: hides({ csv: '../data/hides-eu.csv' }), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 24) });
put('ok.hides-batchnorm-rmsprop', { data: hides(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(120, 32) });
put('ok.hides-minmax-sigmoid-hidden', { data: hides({ normalize: 'minmax' }), layers: [d(24, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(250, 32) });
put('ok.hides-leaky-deep', { data: hides(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(150, 32) });
put('ok.hides-sgd-plain-batch-eight', { data: hides(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(200, 8) });
put('ok.skins-relu-adam', { data: skins(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
put('ok.skins-tanh-rmsprop', { data: skins(), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 16) });
put('ok.skins-lecun-elu-sgd', { data: skins(), layers: [d(24, 'elu', { init: 'lecun_normal' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.8 }), training: tr(150, 32) });
put('ok.skins-he-uniform-clip', { data: skins(), layers: [d(48, 'relu', { init: 'he_uniform' }), d(24, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, clipNorm: 1 }), training: tr(120, 32) });
put('ok.skins-linear-regression', { data: skins(), layers: [d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(200, 32) });
put('ok.skins-deep-narrow-elu', { data: skins(), layers: [d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(150, 16) });
put('ok.skins-full-batch-rmsprop', { data: skins(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(300, 300) });
put('ok.iris-relu-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
put('ok.iris-xavier-normal-tanh-sgd', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh', { init: 'xavier_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 8) });
put('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
put('ok.circles-tanh-rmsprop', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(200, 16) });
put('ok.spirals-deep-relu', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
put('ok.blobs-four-class-softmax', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
put('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
put('ok.xor-small-sgd', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(200, 16) });
put('ok.inline-glass-eye-sizes', {
  data: { inline: { x: [[2, 0.3], [3, 0.5], [4, 0.9], [5, 1.6], [6, 2.4], [8, 4.5], [10, 7.8], [12, 12], [14, 17], [16, 24], [18, 33], [20, 45], [22, 58], [24, 75]], y: [[0.9], [1.2], [1.5], [1.9], [2.2], [2.9], [3.6], [4.2], [4.9], [5.6], [6.2], [6.9], [7.5], [8.2]] }, normalize: 'standard', normalizeTarget: 'standard' },
  layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(400, 14),
});
put('ok.inline-habitat-base-type', {
  data: { inline: { x: [[0.2, 1], [0.5, 1], [1.1, 2], [2.5, 2], [4, 3], [8, 3], [15, 4], [25, 4], [40, 5], [60, 5], [0.3, 2], [3, 1], [12, 5], [35, 2], [0.8, 4], [50, 3]], y: ['plinth', 'plinth', 'plinth', 'branch', 'branch', 'groundwork', 'groundwork', 'groundwork', 'wall', 'wall', 'plinth', 'branch', 'groundwork', 'wall', 'plinth', 'wall'] }, normalize: 'standard' },
  layers: [d(12, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(300, 8),
});
put('ok.hides-dropout-tanh-valsplit', { data: hides(), layers: [d(48, 'tanh'), drop(0.3), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.late-he-uniform-nesterov', { data: late(), layers: [d(24, 'relu', { init: 'he_uniform' }), d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
put('ok.price-minmax-tanh', { data: hours({ target: 'price_eur', normalize: 'minmax', normalizeTarget: 'standard' }), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(150, 32) });
put('ok.skins-wide-batchnorm-sgd', { data: skins(), layers: [d(128, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 64) });
