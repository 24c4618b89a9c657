/** Writes every candidate spec of fault set blind191 into candidates/. Run: npx tsx author.ts */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const HF = ['frames_bees', 'brood_frames', 'varroa_per_100', 'weight_kg', 'queen_age_months', 'altitude_m', 'lid_colour'];
const HF2 = [...HF, 'weight_lb'];
const EF = ['supers', 'frames_extracted', 'cap_moisture_pct', 'room_temp_c', 'flow_days', 'spinner_rpm'];
const GF = ['colour_pfund_mm', 'moisture_pct', 'conductivity_ms', 'pollen_k_per_g', 'viscosity_poise', 'ph'];

const hives = (normalize = 'standard', features: string[] = HF) => ({ csv: '../data/hives.csv', target: 'survived', features, normalize });
const extr = (normalize = 'standard', normalizeTarget = 'standard') => ({ csv: '../data/extraction.csv', target: 'honey_kg', features: EF, normalize, normalizeTarget });
const grade = (normalize = 'standard') => ({ csv: '../data/grading.csv', target: 'floral', features: GF, normalize });
const d = (units: number, activation: string, more: Record<string, unknown> = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const sgd = (lr: number, momentum = 0, nesterov = false, more = {}) => ({ type: 'sgd', lr, momentum, nesterov, ...more });
const adam = (lr: number, more = {}) => ({ type: 'adam', lr, ...more });
const rms = (lr: number, more = {}) => ({ type: 'rmsprop', lr, ...more });
const tr = (epochs: number, batchSize: number, validationSplit = 0, shuffle = true) => ({ epochs, batchSize, shuffle, validationSplit });

let seed = 191;
function put(file: string, data: unknown, layers: unknown[], loss: string, optimizer: unknown, training: unknown, extra: Record<string, unknown> = {}) {
  const spec = { name: file, seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}
const bin = (h: unknown[]) => [...h, d(1, 'sigmoid')];
const cls = (h: unknown[]) => [...h, d(4, 'softmax')];
const reg = (h: unknown[]) => [...h, d(1, 'linear')];

// ---------- faults ----------
// invalid-spec
put('invalid-spec.adamw-optimizer', hives(), bin([d(16, 'relu')]), 'bce', { type: 'adamw', lr: 0.001 }, tr(100, 32));
put('invalid-spec.swish-activation', grade(), cls([d(16, 'swish'), d(8, 'relu')]), 'cce', adam(0.003), tr(120, 16));
put('invalid-spec.keras-loss-name', hives(), bin([d(12, 'tanh')]), 'binary_crossentropy', adam(0.002), tr(100, 32));
put('invalid-spec.dropout-rate-percent', extr(), reg([d(32, 'relu'), drop(20), d(16, 'relu')]), 'mse', adam(0.001), tr(150, 32));
put('invalid-spec.validation-split-one', grade(), cls([d(16, 'relu')]), 'cce', adam(0.003), tr(100, 32, 1.0));
put('invalid-spec.units-zero', hives(), bin([d(0, 'relu'), d(8, 'relu')]), 'bce', sgd(0.05, 0.9), tr(100, 32));
// data-error
put('data-error.hive-file-singular', { csv: '../data/hive.csv', target: 'survived', features: HF, normalize: 'standard' }, bin([d(16, 'relu')]), 'bce', adam(0.003), tr(100, 32));
put('data-error.target-survival', { csv: '../data/hives.csv', target: 'survival', features: HF, normalize: 'standard' }, bin([d(16, 'relu')]), 'bce', adam(0.003), tr(100, 32));
put('data-error.gaps-file-na', { csv: '../data/hives-gaps.csv', target: 'survived', features: HF, normalize: 'standard' }, bin([d(16, 'relu')]), 'bce', adam(0.003), tr(100, 32));
put('data-error.hive-id-feature', { csv: '../data/hives.csv', target: 'survived', features: ['hive_id', ...HF], normalize: 'standard' }, bin([d(16, 'relu')]), 'bce', adam(0.003), tr(100, 32));
put('data-error.date-feature', { csv: '../data/extraction.csv', target: 'honey_kg', features: ['batch', ...EF], normalize: 'standard', normalizeTarget: 'standard' }, reg([d(24, 'relu')]), 'mse', adam(0.003), tr(100, 32));
put('data-error.path-outside-workspace', { csv: '../../../../../srv/honeyhouse/extraction.csv', target: 'honey_kg', features: EF, normalize: 'standard' }, reg([d(24, 'relu')]), 'mse', adam(0.003), tr(100, 32));
// shape-mismatch
put('shape-mismatch.three-floral-units', grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(120, 32));
put('shape-mismatch.two-sigmoid-survival', hives(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('shape-mismatch.five-floral-units', { ...grade('minmax') }, [d(24, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(120, 16));
put('shape-mismatch.two-outputs-honey', extr(), [d(24, 'relu'), d(2, 'linear')], 'mse', adam(0.003), tr(100, 32));
// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse-floral', grade(), [d(16, 'relu'), d(4, 'softmax')], 'mse', adam(0.003), tr(150, 32));
put('loss-activation-mismatch.bce-linear-head', hives(), [d(16, 'relu'), d(1, 'linear')], 'bce', adam(0.003), tr(120, 32));
put('loss-activation-mismatch.cce-sigmoid-head', grade(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.003), tr(120, 32));
put('loss-activation-mismatch.relu-head-std-target', extr(), [d(32, 'relu'), d(1, 'relu')], 'mse', adam(0.003), tr(150, 32));
put('loss-activation-mismatch.tanh-head-raw-kg', extr('standard', 'none'), [d(32, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(150, 32));
// init-symmetry
put('init-symmetry.zeros-hidden-relu', hives(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.003), tr(150, 32));
put('init-symmetry.constant-tanh-grading', grade(), [d(20, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax', { init: { name: 'constant', value: 0.1 } })], 'cce', sgd(0.05, 0.9), tr(150, 32));
put('init-symmetry.zeros-two-layers-extraction', extr(), [d(24, 'elu', { init: 'zeros' }), d(12, 'elu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.001), tr(150, 32));
put('init-symmetry.constant-sigmoid-hidden', hives(), [d(12, 'sigmoid', { init: { name: 'constant', value: 0.3 } }), d(1, 'sigmoid', { init: { name: 'constant', value: 0.3 } })], 'bce', sgd(0.1), tr(150, 16));
// init-scale
put('init-scale.normal-std-8', hives(), [d(32, 'tanh', { init: { name: 'normal', std: 8 } }), d(16, 'tanh', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(150, 32));
put('init-scale.uniform-tiny-deep', grade(), cls([d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } })]), 'cce', sgd(0.01), tr(100, 32));
put('init-scale.normal-std-20-relu', extr(), [d(32, 'relu', { init: { name: 'normal', std: 20 } }), d(16, 'relu', { init: { name: 'normal', std: 20 } }), d(1, 'linear')], 'mse', sgd(0.001, 0.9), tr(100, 32));
put('init-scale.normal-std-1e-5-sigmoid', hives(), [d(24, 'sigmoid', { init: { name: 'normal', std: 1e-5 } }), d(24, 'sigmoid', { init: { name: 'normal', std: 1e-5 } }), d(24, 'sigmoid', { init: { name: 'normal', std: 1e-5 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1e-5 } })], 'bce', sgd(0.01), tr(100, 32));
// no-nonlinearity
put('no-nonlinearity.linear-stack-grading', grade(), cls([d(32, 'linear'), d(32, 'linear'), d(16, 'linear')]), 'cce', adam(0.003), tr(150, 32));
put('no-nonlinearity.linear-stack-circles', { builtin: 'circles', samples: 300, noise: 0.08 }, bin([d(16, 'linear'), d(16, 'linear')]), 'bce', adam(0.01), tr(200, 32));
put('no-nonlinearity.linear-hidden-hives', hives(), bin([d(24, 'linear'), d(12, 'linear')]), 'bce', sgd(0.05, 0.9), tr(150, 32));
put('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, bin([d(32, 'linear'), d(32, 'linear'), d(32, 'linear')]), 'bce', rms(0.003), tr(200, 32));
// lr-out-of-range
put('lr-out-of-range.adam-lr-5', hives(), bin([d(16, 'relu')]), 'bce', adam(5), tr(100, 32));
put('lr-out-of-range.sgd-lr-80', grade(), cls([d(16, 'tanh')]), 'cce', sgd(80), tr(100, 32));
put('lr-out-of-range.rmsprop-lr-1e-9', extr(), reg([d(32, 'relu')]), 'mse', rms(1e-9), tr(100, 32));
put('lr-out-of-range.adam-lr-1e-8', grade(), cls([d(24, 'relu'), d(12, 'relu')]), 'cce', adam(1e-8), tr(120, 16));
// dead-relu
put('dead-relu.bias-minus-6', hives(), bin([d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 })]), 'bce', adam(0.001), tr(150, 32));
put('dead-relu.raw-extraction-sgd-high', extr('none', 'standard'), reg([d(32, 'relu'), d(32, 'relu')]), 'mse', sgd(0.05), tr(100, 32));
put('dead-relu.grading-bias-minus-4-deep', grade(), cls([d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 })]), 'cce', sgd(0.01, 0.9), tr(150, 32));
put('dead-relu.adam-lr-0.3-relu', grade(), cls([d(32, 'relu'), d(32, 'relu')]), 'cce', adam(0.3), tr(100, 32));
// exploding-gradient
put('exploding-gradient.raw-kg-sgd-momentum', extr('none', 'none'), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', sgd(0.0005, 0.9), tr(100, 32));
put('exploding-gradient.deep-normal-std-1', hives(), bin([d(32, 'relu', { init: { name: 'normal', std: 1.0 } }), d(32, 'relu', { init: { name: 'normal', std: 1.0 } }), d(32, 'relu', { init: { name: 'normal', std: 1.0 } }), d(32, 'relu', { init: { name: 'normal', std: 1.0 } }), d(32, 'relu', { init: { name: 'normal', std: 1.0 } })]), 'bce', sgd(0.01), tr(100, 32));
put('exploding-gradient.raw-features-rmsprop', extr('none', 'none'), reg([d(32, 'elu'), d(32, 'elu')]), 'mse', rms(0.01), tr(100, 16));
put('exploding-gradient.raw-viscosity-linear-head', { ...extr('none', 'none') }, reg([d(64, 'leaky_relu'), d(64, 'leaky_relu'), d(64, 'leaky_relu')]), 'mse', adam(0.001), tr(100, 32));
// vanishing-gradient
put('vanishing-gradient.sigmoid-8-deep', hives(), bin(Array.from({ length: 8 }, () => d(16, 'sigmoid'))), 'bce', sgd(0.05), tr(150, 32));
put('vanishing-gradient.sigmoid-10-deep-grading', grade(), cls(Array.from({ length: 10 }, () => d(12, 'sigmoid'))), 'cce', sgd(0.1, 0.5), tr(120, 32));
put('vanishing-gradient.tanh-small-init-deep', extr(), reg(Array.from({ length: 7 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }))), 'mse', sgd(0.01, 0.9), tr(120, 32));
put('vanishing-gradient.sigmoid-6-rmsprop', hives(), bin(Array.from({ length: 7 }, () => d(24, 'sigmoid', { init: 'xavier_normal' }))), 'bce', rms(0.0001), tr(100, 32));
// nan-loss
put('nan-loss.raw-kg-sgd-lr-0.1', extr('none', 'none'), reg([d(16, 'relu')]), 'mse', sgd(0.1), tr(100, 32));
put('nan-loss.raw-kg-adam-big', extr('none', 'none'), reg([d(64, 'linear', { init: { name: 'normal', std: 3 } }), d(64, 'relu', { init: { name: 'normal', std: 3 } })]), 'mse', sgd(0.05, 0.9), tr(100, 8));
put('nan-loss.hives-raw-sgd-5', hives('none', HF2), reg([d(16, 'relu')]), 'mse', sgd(0.5), tr(100, 16));
put('nan-loss.tab-export-raw-sgd', { csv: '../data/extraction-tab.csv', target: 'honey_kg', features: EF, normalize: 'none' }, reg([d(32, 'elu'), d(16, 'elu')]), 'mse', sgd(0.02, 0.9, true), tr(80, 16));
// lr-too-high
put('lr-too-high.adam-0.5-hives', hives(), bin([d(32, 'relu'), d(16, 'relu')]), 'bce', adam(0.5), tr(100, 32));
put('lr-too-high.sgd-3-grading', grade(), cls([d(16, 'tanh')]), 'cce', sgd(3), tr(100, 32));
put('lr-too-high.rmsprop-0.2-extraction', extr(), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', rms(0.2), tr(100, 32));
put('lr-too-high.nesterov-1.5-hives', hives(), bin([d(16, 'tanh')]), 'bce', sgd(1.5, 0.9, true), tr(100, 32));
put('lr-too-high.adam-0.1-iris', { builtin: 'iris', normalize: 'standard' }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(150, 8));
// lr-too-low
put('lr-too-low.sgd-1e-5-hives', hives(), bin([d(16, 'relu')]), 'bce', sgd(1e-5), tr(100, 32));
put('lr-too-low.adam-2e-6-grading', grade(), cls([d(24, 'relu'), d(12, 'relu')]), 'cce', adam(2e-6), tr(150, 32));
put('lr-too-low.rmsprop-5e-7-extraction', extr(), reg([d(32, 'tanh')]), 'mse', rms(5e-7), tr(150, 32));
put('lr-too-low.momentum-1e-5-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, bin([d(16, 'relu'), d(16, 'relu')]), 'bce', sgd(1e-5, 0.9), tr(200, 32));
// saturated-activation
put('saturated-activation.raw-grading-sigmoid', grade('none'), cls([d(24, 'sigmoid'), d(16, 'sigmoid')]), 'cce', adam(0.001), tr(150, 32));
put('saturated-activation.tanh-bias-8', hives(), bin([d(24, 'tanh', { bias: 8 }), d(12, 'tanh', { bias: 8 })]), 'bce', sgd(0.01), tr(150, 32));
put('saturated-activation.raw-hives-tanh', hives('none', HF2), bin([d(32, 'tanh'), d(16, 'tanh')]), 'bce', rms(0.001), tr(150, 32));
put('saturated-activation.raw-extraction-sigmoid', extr('none', 'standard'), reg([d(32, 'sigmoid'), d(16, 'sigmoid')]), 'mse', adam(0.001), tr(150, 32));
// loss-plateau
put('loss-plateau.xor-sigmoid-plain-sgd', { builtin: 'xor', samples: 300, noise: 0.05 }, bin([d(4, 'sigmoid')]), 'bce', sgd(0.01), tr(300, 64));
put('loss-plateau.circles-tanh-tiny-lr', { builtin: 'circles', samples: 300, noise: 0.05 }, bin([d(8, 'sigmoid'), d(8, 'sigmoid')]), 'bce', sgd(0.02), tr(300, 300));
put('loss-plateau.spirals-sgd-slow', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.01), tr(300, 300));
put('loss-plateau.grading-minmax-sigmoid-full-batch', grade('minmax'), cls([d(12, 'sigmoid'), d(12, 'sigmoid')]), 'cce', sgd(0.05), tr(300, 390));
// oscillating-loss
put('oscillating-loss.sgd-momentum-0.99-batch-1', hives(), bin([d(16, 'tanh')]), 'bce', sgd(0.05, 0.99), tr(60, 1));
put('oscillating-loss.adam-0.05-batch-4', grade(), cls([d(32, 'relu'), d(16, 'relu')]), 'cce', adam(0.05), tr(80, 4));
put('oscillating-loss.rmsprop-0.05-extraction-batch-8', extr(), reg([d(32, 'relu')]), 'mse', rms(0.05), tr(80, 8));
put('oscillating-loss.sgd-0.9-sine-full-batch', { builtin: 'sine', samples: 200, noise: 0.05 }, reg([d(32, 'tanh')]), 'mse', sgd(0.9, 0.9), tr(200, 200));

// ---------- healthy ----------
put('ok.hives-adam-relu', hives(), bin([d(16, 'relu'), d(8, 'relu')]), 'bce', adam(0.003), tr(100, 32, 0.2));
put('ok.hives-sgd-momentum-tanh', hives(), bin([d(12, 'tanh')]), 'bce', sgd(0.05, 0.9), tr(100, 32));
put('ok.hives-nesterov-elu', hives('minmax'), bin([d(16, 'elu'), d(16, 'elu')]), 'bce', sgd(0.03, 0.9, true), tr(150, 16));
put('ok.hives-rmsprop-leaky', hives(), bin([d(24, 'leaky_relu'), drop(0.2), d(12, 'leaky_relu')]), 'bce', rms(0.002), tr(120, 32, 0.15));
put('ok.hives-logistic-plain-sgd', hives(), bin([]), 'bce', sgd(0.1), tr(150, 16));
put('ok.hives-collinear-weights', hives('standard', HF2), bin([d(16, 'relu')]), 'bce', adam(0.002, { weightDecay: 0.0005 }), tr(120, 32));
put('ok.hives-batchnorm-deep', hives(), bin([d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true })]), 'bce', adam(0.002), tr(80, 64, 0.2));
put('ok.hives-full-batch-adam', hives(), bin([d(16, 'tanh')]), 'bce', adam(0.02), tr(300, 420));
put('ok.hives-batch-1-sgd', hives(), bin([d(8, 'relu')]), 'bce', sgd(0.005), tr(40, 1));
put('ok.hives-sigmoid-hidden-adam', hives(), bin([d(16, 'sigmoid')]), 'bce', adam(0.01), tr(150, 32));
put('ok.hives-mse-sigmoid', hives(), bin([d(12, 'relu')]), 'mse', adam(0.005), tr(120, 32));
put('ok.hives-clipnorm-sgd', hives(), bin([d(32, 'relu'), d(16, 'relu')]), 'bce', sgd(0.1, 0.9, false, { clipNorm: 1 }), tr(100, 32));
put('ok.extraction-adam-relu', extr(), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', adam(0.003), tr(150, 32, 0.2));
put('ok.extraction-sgd-momentum', extr(), reg([d(24, 'tanh')]), 'mse', sgd(0.02, 0.9), tr(150, 32));
put('ok.extraction-linear-regression', extr(), reg([]), 'mse', sgd(0.05), tr(100, 16));
put('ok.extraction-rmsprop-elu', extr('minmax', 'minmax'), reg([d(32, 'elu'), d(32, 'elu')]), 'mse', rms(0.002), tr(150, 32));
put('ok.extraction-minmax-target-sigmoid', extr('standard', 'minmax'), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.005), tr(200, 32));
put('ok.extraction-tab-export', { csv: '../data/extraction-tab.csv', target: 'honey_kg', features: EF, normalize: 'standard', normalizeTarget: 'standard' }, reg([d(32, 'leaky_relu'), d(16, 'leaky_relu')]), 'mse', adam(0.002, { weightDecay: 0.0001 }), tr(150, 16));
put('ok.extraction-batchnorm-nesterov', extr(), reg([d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true })]), 'mse', sgd(0.01, 0.9, true), tr(120, 32));
put('ok.extraction-deep-narrow', extr(), reg([d(16, 'relu'), d(12, 'relu'), d(12, 'relu'), d(8, 'relu'), d(8, 'relu')]), 'mse', adam(0.002), tr(200, 32));
put('ok.extraction-dropout-wide', extr(), reg([d(128, 'relu'), drop(0.3), d(64, 'relu'), drop(0.2)]), 'mse', adam(0.001), tr(120, 64, 0.2));
put('ok.grading-adam-relu', grade(), cls([d(24, 'relu'), d(12, 'relu')]), 'cce', adam(0.003), tr(120, 32, 0.2));
put('ok.grading-sgd-tanh', grade(), cls([d(16, 'tanh')]), 'cce', sgd(0.1, 0.9), tr(120, 32));
put('ok.grading-eu-export', { csv: '../data/grading-eu.csv', target: 'floral', features: GF, normalize: 'standard' }, cls([d(24, 'elu')]), 'cce', rms(0.003), tr(120, 32));
put('ok.grading-softmax-regression', grade(), cls([]), 'cce', adam(0.02), tr(200, 32));
put('ok.grading-minmax-sigmoid-adam', grade('minmax'), cls([d(32, 'sigmoid'), d(16, 'sigmoid')]), 'cce', adam(0.01), tr(200, 16));
put('ok.grading-batchnorm-rmsprop', grade(), cls([d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu')]), 'cce', rms(0.002), tr(120, 32, 0.15));
put('ok.grading-full-batch-adam', grade(), cls([d(32, 'tanh'), d(16, 'tanh')]), 'cce', adam(0.01), tr(400, 390));
put('ok.grading-raw-clip-adam', grade('none'), cls([d(32, 'relu', { batchNorm: true }), d(16, 'relu')]), 'cce', adam(0.003, { clipNorm: 5 }), tr(150, 32));
put('ok.grading-lecun-elu-deep', grade(), cls([d(32, 'elu', { init: 'lecun_normal' }), d(32, 'elu', { init: 'lecun_normal' }), d(32, 'elu', { init: 'lecun_normal' }), d(16, 'elu', { init: 'lecun_normal' })]), 'cce', adam(0.001), tr(120, 32));
put('ok.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
put('ok.moons-nesterov', { builtin: 'moons', samples: 300, noise: 0.15 }, bin([d(16, 'relu'), d(16, 'relu')]), 'bce', sgd(0.05, 0.9, true), tr(200, 32));
put('ok.circles-tanh-rmsprop', { builtin: 'circles', samples: 300, noise: 0.08 }, bin([d(16, 'tanh'), d(8, 'tanh')]), 'bce', rms(0.005), tr(200, 32));
put('ok.spirals-wide-adam', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
put('ok.xor-tanh-sgd', { builtin: 'xor', samples: 200, noise: 0.05 }, bin([d(8, 'tanh')]), 'bce', sgd(0.1, 0.9), tr(200, 16));
put('ok.sine-tanh-adam', { builtin: 'sine', samples: 200, noise: 0.05 }, reg([d(32, 'tanh'), d(16, 'tanh')]), 'mse', adam(0.005), tr(300, 32));
put('ok.blobs-4-plain-sgd', { builtin: 'blobs', samples: 300, noise: 0.1, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05), tr(150, 16));
put('ok.inline-super-weights', { inline: { x: [[1, 8], [2, 17], [3, 26], [4, 34], [5, 45], [6, 52], [7, 62], [8, 71], [9, 80], [10, 88], [11, 99], [12, 106]], y: [19, 37, 55, 70, 92, 105, 126, 141, 160, 174, 196, 210] }, normalize: 'standard', normalizeTarget: 'standard' }, reg([d(8, 'relu')]), 'mse', adam(0.01), tr(300, 4));
put('ok.inline-queen-status', { inline: { x: [[0, 5], [1, 6], [0, 1], [2, 8], [1, 2], [3, 9], [0, 0], [2, 3], [3, 7], [1, 1], [2, 9], [0, 2], [3, 8], [1, 7], [2, 2], [0, 6]], y: ['queenright', 'queenright', 'queenless', 'queenright', 'queenless', 'queenright', 'queenless', 'queenless', 'queenright', 'queenless', 'queenright', 'queenless', 'queenright', 'queenright', 'queenless', 'queenright'] }, normalize: 'minmax' }, bin([d(4, 'tanh')]), 'bce', adam(0.05), tr(200, 16));
put('ok.hives-uniform-init-leaky', hives(), bin([d(16, 'leaky_relu', { init: 'he_uniform' }), d(16, 'leaky_relu', { init: 'he_uniform' })]), 'bce', rms(0.001, { clipNorm: 2 }), tr(100, 32, 0.2));
put('ok.extraction-xavier-normal-tanh-rms', extr(), reg([d(48, 'tanh', { init: 'xavier_normal' }), d(24, 'tanh', { init: 'xavier_normal' })]), 'mse', rms(0.001), tr(150, 32));
put('ok.hives-long-small-lr-adam', hives(), bin([d(16, 'relu'), d(8, 'relu')]), 'bce', adam(0.0003), tr(400, 32));
console.log(fs.readdirSync(out).length, 'candidates');
