/**
 * Writes every candidate spec of set blind265 (luthier workshops) into candidates/:
 * npx tsx test/faults-blind265/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
let seed = 265;
function put(file: string, spec: J): void {
  const name = file.replace(/\.nn\.json$/, '');
  const body = { name, seed: spec.seed ?? seed++, ...spec };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}

const TW = ['density_kg_m3', 'stiffness_gpa', 'sound_speed_m_s', 'grain_lines_per_cm', 'moisture_pct', 'runout_deg', 'seasoning_years', 'supplier_code'];
const INST = ['age_years', 'body_length_mm', 'top_thickness_mm', 'back_density_kg_m3', 'varnish_coats', 'maker_rank', 'prior_owners', 'condition_score', 'tap_freq_hz'];
const REP = ['crack_length_cm', 'crack_count', 'seam_open_cm', 'neck_reset', 'bass_bar', 'fingerboard_plane', 'age_years'];
export const SET = ['action_e_mm', 'action_g_mm', 'bridge_height_mm', 'soundpost_offset_mm', 'string_tension_n', 'afterlength_mm', 'humidity_pct'];

const tw = (o: J = {}) => ({ csv: '../data/tonewood.csv', target: 'accept', features: TW, normalize: 'standard', ...o });
const inst = (o: J = {}) => ({ csv: '../data/instruments.csv', target: 'price_eur', features: INST, normalize: 'standard', normalizeTarget: 'standard', ...o });
const grade = (o: J = {}) => ({ csv: '../data/instruments.csv', target: 'grade', features: INST, normalize: 'standard', ...o });
const rep = (o: J = {}) => ({ csv: '../data/repairs.csv', target: 'bench_hours', features: REP, normalize: 'standard', normalizeTarget: 'standard', ...o });
const setp = (o: J = {}) => ({ csv: '../data/setups.csv', target: 'fix', normalize: 'standard', ...o });

const d = (units: number, activation = 'relu', o: J = {}) => ({ type: 'dense', units, activation, ...o });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, o: J = {}) => ({ type, lr, ...o });
const tr = (epochs: number, batchSize: number, o: J = {}) => ({ epochs, batchSize, ...o });

// ------------------------------------------------------------------ faults
// invalid-spec
put('invalid-spec.adamw-optimizer', { data: tw(), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(80, 32) });
put('invalid-spec.gelu-activation', { data: grade(), layers: [d(24, 'gelu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 16) });
put('invalid-spec.keras-loss-name', { data: tw(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
put('invalid-spec.dropout-percent', { data: setp(), layers: [d(32), drop(20), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: tr(100, 32) });
put('invalid-spec.validation-whole', { data: rep(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16, { validationSplit: 1.0 }) });
put('invalid-spec.glorot-init-name', { data: inst(), layers: [d(16, 'relu', { init: 'glorot_uniform' }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });

// data-error
put('data-error.missing-2024-export', { data: tw({ csv: '../data/tonewood_2024.csv' }), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.species-text-feature', { data: tw({ features: ['species', ...TW] }), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.target-typo-accepted', { data: tw({ target: 'accepted' }), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.gaps-copy-na', { data: tw({ csv: '../data/tonewood-gaps.csv' }), layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('data-error.shared-drive-path', { data: tw({ csv: '../../../../../../mnt/workshop/tonewood.csv' }), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.no-features-serial-text', { data: { csv: '../data/instruments.csv', target: 'price_eur', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });

// shape-mismatch
put('shape-mismatch.grade-two-units', { data: grade(), layers: [d(24), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('shape-mismatch.setups-three-units', { data: setp(), layers: [d(32, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
put('shape-mismatch.price-two-outputs', { data: inst(), layers: [d(16), d(2, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('shape-mismatch.accept-two-sigmoids', { data: tw(), layers: [d(16), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });

// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse-grade', { data: { csv: '../data/tonewood.csv', target: 'accept', features: TW, normalize: 'standard' }, layers: [d(16), d(1, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('loss-activation-mismatch.bce-linear-head', { data: tw(), layers: [d(16), d(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: setp(), layers: [d(24), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('loss-activation-mismatch.relu-head-std-hours', { data: rep(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 16) });
put('loss-activation-mismatch.sigmoid-head-std-price', { data: inst(), layers: [d(16), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(150, 32) });

// init-symmetry
put('init-symmetry.zeros-hidden', { data: tw(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('init-symmetry.constant-half', { data: setp(), layers: [d(24, 'relu', { init: { name: 'constant', value: 0.5 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(120, 32) });
put('init-symmetry.zeros-two-hidden', { data: rep(), layers: [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(120, 16) });
put('init-symmetry.constant-point1-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(12, 'tanh', { init: 'constant', value: 0.1 } as J), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });

// init-scale
put('init-scale.normal-std-25', { data: tw(), layers: [d(32, 'relu', { init: { name: 'normal', std: 25 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('init-scale.uniform-limit-40-tanh', { data: grade(), layers: [d(24, 'tanh', { init: { name: 'uniform', limit: 40 } }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(120, 32) });
put('init-scale.normal-std-1e-5-deep', { data: setp(), layers: [d(24, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(24, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(24, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(4, 'softmax', { init: { name: 'normal', std: 1e-5 } })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('init-scale.normal-std-10-regression', { data: rep(), layers: [d(32, 'relu', { init: { name: 'normal', std: 10 } }), d(16, 'relu', { init: { name: 'normal', std: 10 } }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(100, 16) });

// no-nonlinearity
put('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('no-nonlinearity.linear-hidden-setups', { data: setp(), layers: [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('no-nonlinearity.default-activation-circles', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [{ type: 'dense', units: 24 }, { type: 'dense', units: 24 }, d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(150, 32) });
put('no-nonlinearity.linear-deep-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });

// lr-out-of-range
put('lr-out-of-range.adam-lr-50', { data: tw(), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 50), training: tr(80, 32) });
put('lr-out-of-range.sgd-lr-1e-9', { data: rep(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-9), training: tr(100, 16) });
put('lr-out-of-range.rmsprop-lr-20', { data: setp(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 20), training: tr(80, 32) });
put('lr-out-of-range.adam-lr-1e-8', { data: grade(), layers: [d(24), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-8), training: tr(100, 32) });

// dead-relu
put('dead-relu.bias-minus-6', { data: tw(), layers: [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('dead-relu.sgd-big-step-kills', { data: rep(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.6), training: tr(100, 8) });
put('dead-relu.bias-minus-4-deep', { data: setp(), layers: [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });
put('dead-relu.raw-features-negative-bias', { data: inst({ normalize: 'none' }), layers: [d(24, 'relu', { bias: -3 }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });

// exploding-gradient
put('exploding-gradient.raw-price-euros', { data: inst({ normalizeTarget: 'none' }), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
put('exploding-gradient.raw-features-deep-momentum', { data: inst({ normalize: 'none' }), layers: [d(32), d(32), d(32), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.deep-big-init-hours', { data: rep({ normalizeTarget: 'none' }), layers: [d(32, 'relu', { init: { name: 'normal', std: 0.6 } }), d(32, 'relu', { init: { name: 'normal', std: 0.6 } }), d(32, 'relu', { init: { name: 'normal', std: 0.6 } }), d(32, 'relu', { init: { name: 'normal', std: 0.6 } }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 16) });
put('exploding-gradient.raw-sound-speed-leaky', { data: tw({ normalize: 'none' }), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 32) });

// vanishing-gradient
put('vanishing-gradient.sigmoid-eight-deep', { data: tw(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
put('vanishing-gradient.tanh-tiny-init-deep', { data: setp(), layers: [0, 1, 2, 3, 4, 5].map(() => d(24, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(4, 'softmax')]), loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.5 }), training: tr(100, 32) });
put('vanishing-gradient.sigmoid-six-regression', { data: rep(), layers: [0, 1, 2, 3, 4, 5].map(() => d(20, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'linear')]), loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
put('vanishing-gradient.sigmoid-ten-circles', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: opt('adam', 0.0005), training: tr(100, 32) });

// nan-loss
put('nan-loss.raw-price-sgd', { data: inst({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(50, 32) });
put('nan-loss.raw-hours-big-lr', { data: rep({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32), d(32), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(50, 16) });
put('nan-loss.raw-density-relu-sgd', { data: tw({ normalize: 'none' }), layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(50, 8) });
put('nan-loss.raw-price-nesterov-0p5', { data: inst({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), training: tr(50, 32) });

// lr-too-high
put('lr-too-high.adam-0p3-tonewood', { data: tw(), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.3), training: tr(100, 32) });
put('lr-too-high.sgd-3-hours', { data: rep(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 3), training: tr(100, 32) });
put('lr-too-high.rmsprop-0p2-grade', { data: grade(), layers: [d(32), d(32), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.2), training: tr(100, 32) });
put('lr-too-high.momentum-lr-1-setups', { data: setp(), layers: [d(24, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1.0, { momentum: 0.9 }), training: tr(100, 32) });
put('lr-too-high.adam-0p5-price', { data: inst(), layers: [d(32), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.5), training: tr(100, 32) });

// lr-too-low
put('lr-too-low.sgd-1e-4-tonewood', { data: tw(), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-4), training: tr(80, 32) });
put('lr-too-low.adam-1e-6-grade', { data: grade(), layers: [d(32), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-1e-6-hours', { data: rep(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: tr(100, 16) });
put('lr-too-low.momentum-1e-5-setups', { data: setp(), layers: [d(32), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(100, 32) });
put('lr-too-low.sgd-1e-4-fullbatch-price', { data: inst(), layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-4), training: tr(150, 360) });

// saturated-activation
put('saturated-activation.sigmoid-raw-features', { data: tw({ normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('saturated-activation.tanh-std-4-init', { data: setp(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: tr(100, 32) });
put('saturated-activation.sigmoid-bias-9', { data: rep(), layers: [d(16, 'sigmoid', { bias: 9 }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 16) });
put('saturated-activation.tanh-raw-tap-freq', { data: inst({ normalize: 'none' }), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });

// loss-plateau
put('loss-plateau.one-unit-bottleneck-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(1, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('loss-plateau.dropout-0p9-setups', { data: setp(), layers: [d(8), drop(0.9), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('loss-plateau.xor-sigmoid-two-units', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(2, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(200, 32) });
put('loss-plateau.weight-decay-heavy', { data: tw(), layers: [d(24), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003, { weightDecay: 2 }), training: tr(120, 32) });
put('loss-plateau.supplier-only-feature', { data: tw({ features: ['supplier_code'] }), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(120, 32) });

// oscillating-loss
put('oscillating-loss.adam-0p05-batch1', { data: rep(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(60, 1) });
put('oscillating-loss.momentum-0p99-tonewood', { data: tw(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.99 }), training: tr(100, 32) });
put('oscillating-loss.rmsprop-0p03-batch2', { data: setp(), layers: [d(24), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.03), training: tr(60, 2) });
put('oscillating-loss.sgd-1p5-fullbatch-price', { data: inst(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1.5), training: tr(150, 360) });

// ------------------------------------------------------------------ healthy
put('ok.tonewood-adam-relu', { data: tw(), layers: [d(24), d(12), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.tonewood-eu-semicolon-sgd', { data: tw({ csv: '../data/tonewood-eu.csv' }), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 32) });
put('ok.tonewood-minmax-rmsprop', { data: tw({ normalize: 'minmax' }), layers: [d(32, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(120, 16) });
put('ok.tonewood-batchnorm-nesterov', { data: tw(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
put('ok.tonewood-batch1-sgd', { data: tw(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.005), training: tr(40, 1) });
put('ok.tonewood-fullbatch-adam', { data: tw(), layers: [d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(300, 400) });
put('ok.tonewood-cce-two-class', { data: tw(), layers: [d(16), drop(0.2), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.004), training: tr(100, 32) });
put('ok.tonewood-clip-decay', { data: tw(), layers: [d(32, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005, { weightDecay: 1e-4, clipNorm: 1 }), training: tr(100, 64) });
put('ok.price-adam-relu', { data: inst(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32, { validationSplit: 0.15 }) });
put('ok.price-minmax-target-rmsprop', { data: inst({ normalizeTarget: 'minmax' }), layers: [d(24, 'elu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(200, 32) });
put('ok.price-tanh-momentum', { data: inst(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(150, 16) });
put('ok.price-deep-leaky', { data: inst(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(150, 32) });
put('ok.price-batchnorm-sgd', { data: inst(), layers: [d(32, 'relu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02), training: tr(200, 32) });
put('ok.price-linear-regression', { data: inst(), layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('ok.grade-adam-softmax', { data: grade(), layers: [d(32), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('ok.grade-rmsprop-dropout', { data: grade(), layers: [d(48, 'elu'), drop(0.3), d(24, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(150, 16, { validationSplit: 0.2 }) });
put('ok.grade-nesterov-tanh', { data: grade({ normalize: 'minmax' }), layers: [d(24, 'tanh', { init: 'xavier_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(200, 32) });
put('ok.hours-adam-relu', { data: rep(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 16) });
put('ok.hours-tab-sgd-plain', { data: rep(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(200, 16) });
put('ok.hours-rmsprop-elu-batch4', { data: rep(), layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 4) });
put('ok.hours-minmax-both', { data: rep({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
put('ok.hours-lecun-deep-momentum', { data: rep(), layers: [d(24, 'tanh', { init: 'lecun_normal' }), d(24, 'tanh', { init: 'lecun_normal' }), d(24, 'tanh', { init: 'lecun_normal' }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.hours-fullbatch-adam', { data: rep(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(400, 300) });
put('ok.setups-adam-relu', { data: setp(), layers: [d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('ok.setups-sgd-momentum-elu', { data: setp(), layers: [d(32, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.setups-rmsprop-batchnorm', { data: setp(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.2), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.setups-wide-sigmoid-hidden', { data: setp(), layers: [d(64, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
put('ok.setups-he-uniform-deep', { data: setp(), layers: [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001, { weightDecay: 1e-4 }), training: tr(150, 64) });
put('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
put('ok.moons-tanh-sgd', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.circles-relu-adam', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(24), d(24), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(64), d(64), d(32), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
put('ok.sine-tanh-rmsprop', { data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [d(24, 'tanh'), d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 32) });
put('ok.blobs-four-rmsprop', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(12, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(100, 32) });
put('ok.xor-small-adam', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(300, 16) });
put('ok.inline-varnish-cure', { data: { inline: { x: [[1, 20], [2, 22], [3, 19], [4, 25], [5, 21], [6, 24], [7, 18], [8, 23], [9, 26], [10, 20], [11, 22], [12, 24]], y: [0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(300, 12) });
put('ok.inline-bridge-height', { data: { inline: { x: [[3.0], [3.2], [3.4], [3.6], [3.8], [4.0], [4.2], [4.4], [4.6], [4.8]], y: [31.9, 32.3, 32.8, 33.1, 33.7, 34.0, 34.4, 34.9, 35.3, 35.6] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(200, 10) });
put('ok.tonewood-swish-like-elu-nesterov-batch8', { data: tw(), layers: [d(24, 'elu'), d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.95, nesterov: true }), training: tr(60, 8) });
put('ok.price-wide-shallow-rmsprop-dropout', { data: inst(), layers: [d(128), drop(0.3), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.0005), training: tr(150, 32) });
put('ok.grade-xavier-uniform-sigmoid', { data: grade(), layers: [d(32, 'sigmoid', { init: 'xavier_uniform' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
put('ok.hours-five-layer-elu-clip', { data: rep(), layers: [d(32, 'elu'), d(32, 'elu'), d(32, 'elu'), d(32, 'elu'), d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.0005, { clipNorm: 5 }), training: tr(120, 32) });
put('ok.setups-small-lr-long', { data: setp(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(600, 16) });

// ------------------------------------------------------------------ second batch (after the first observation)
put('exploding-gradient.raw-price-adam', { data: inst({ normalizeTarget: 'none' }), layers: [d(32), d(32), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(60, 32) });
put('exploding-gradient.raw-hours-deep-sgd', { data: rep({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32), d(32), d(32), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-5), training: tr(60, 16) });
put('exploding-gradient.raw-price-rmsprop-tanh', { data: inst({ normalizeTarget: 'none' }), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(60, 32) });
put('ok.tonewood-elu-adam-batch16', { data: tw(), layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 16) });
put('ok.tonewood-eu-rmsprop-tanh', { data: tw({ csv: '../data/tonewood-eu.csv' }), layers: [d(24, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
put('ok.price-elu-nesterov-batch8', { data: inst(), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(120, 8) });
put('ok.price-adam-fullbatch', { data: inst(), layers: [d(48, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(400, 360) });
put('ok.grade-batch4-adam-leaky', { data: grade(), layers: [d(16, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: tr(80, 4) });
put('ok.hours-sigmoid-hidden-adam', { data: rep(), layers: [d(32, 'sigmoid'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(200, 32) });
put('ok.setups-tanh-rmsprop-batch8', { data: setp(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(120, 8) });
put('ok.setups-xavier-normal-nesterov', { data: setp({ normalize: 'minmax' }), layers: [d(48, 'relu', { init: 'xavier_normal' }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.moons-leaky-rmsprop-batch1', { data: { builtin: 'moons', samples: 200, noise: 0.1 }, layers: [d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(60, 1) });
put('ok.blobs-three-sgd-plain-fullbatch', { data: { builtin: 'blobs', samples: 300, classes: 3 }, layers: [d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5), training: tr(200, 300) });

// ------------------------------------------------------------------ third batch
put('oscillating-loss.momentum-0p99-batch64', { data: tw(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5, { momentum: 0.99 }), training: tr(100, 64) });
put('oscillating-loss.setups-momentum-0p98', { data: setp(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.3, { momentum: 0.98 }), training: tr(100, 32) });
put('oscillating-loss.grade-momentum-0p99', { data: grade(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5, { momentum: 0.99 }), training: tr(100, 32) });
put('ok.hours-adam-tanh-batch8', { data: rep(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 8) });
put('ok.grade-elu-rmsprop-batch16', { data: grade(), layers: [d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(150, 16) });
put('ok.price-relu-rmsprop-batch16', { data: inst(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(150, 16) });
