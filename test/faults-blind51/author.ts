/**
 * Writes every candidate spec of test/faults-blind51 into candidates/ (f-* written as faults, h-* as
 * healthy; the filing into faulty/, healthy/ and dropped/ is decided by what the engine did, in
 * write-manifest.py). `npx tsx test/faults-blind51/author.ts`
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Obj = Record<string, unknown>;
const dense = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const csv = (file: string, target: string, normalize = 'standard', extra: Obj = {}): Obj => ({ csv: `../data/${file}`, target, ...extra, normalize });
const thumbFeatures = [...Array.from({ length: 16 }, (_, i) => `t${i}`), 'contrast'];

const D = {
  digits: (n = 'minmax') => csv('digits8x8.csv', 'digit', n),
  shapes: (n = 'minmax') => csv('shapes255.csv', 'shape', n),
  letters: (n = 'none') => csv('letters01.csv', 'letter', n),
  fruit: (n = 'standard') => csv('fruit.csv', 'ripe', n),
  sky: (n = 'standard') => csv('sky.csv', 'sky', n),
  instruments: (n = 'standard') => csv('instruments.csv', 'instrument', n),
  speakers: (n = 'standard') => csv('speakers.csv', 'speaker', n),
  keywords: (n = 'standard') => csv('keywords.csv', 'keyword', n),
  activity: (n = 'standard') => csv('activity.csv', 'activity', n),
  ecg: (n = 'standard') => csv('ecg.csv', 'arrhythmia', n),
  pitch: (n = 'standard') => csv('pitch.csv', 'pitch_hz', n),
  bright01: (n = 'minmax') => csv('brightness.csv', 'brightness01', n, { features: thumbFeatures }),
  bright255: (n = 'minmax') => csv('brightness.csv', 'brightness', n, { features: thumbFeatures }),
};
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

const specs: Record<string, Obj | string> = {};
const CODES = ['invalid-spec', 'data-error', 'shape-mismatch', 'loss-activation-mismatch', 'init-symmetry', 'init-scale', 'no-nonlinearity',
  'lr-out-of-range', 'dead-relu', 'exploding-gradient', 'vanishing-gradient', 'nan-loss', 'lr-too-high', 'lr-too-low', 'saturated-activation',
  'loss-plateau', 'oscillating-loss'];
/** The spec's own "name": the candidate's slug, without the f-<code>- / h- prefix (the code is in the file name only). */
const specName = (candidate: string) => {
  if (candidate.startsWith('h-')) return candidate.slice(2);
  const code = CODES.find((c) => candidate.startsWith(`f-${c}-`));
  return code ? candidate.slice(code.length + 3) : candidate;
};
function spec(candidate: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 51): void {
  specs[candidate] = { name: specName(candidate), seed, data, layers, loss, optimizer, training };
}

// ===================== healthy candidates =====================
spec('h-digits-relu-adam', D.digits(), [dense(64, 'relu'), dense(10, 'softmax')], 'cce', opt('adam', 0.003), train(60));
spec('h-digits-momentum-dropout', D.digits('standard'), [dense(32, 'relu'), drop(0.1), dense(10, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(80));
spec('h-digits-tanh-rmsprop', D.digits(), [dense(48, 'tanh'), dense(10, 'softmax')], 'cce', opt('rmsprop', 0.002), train(60));
spec('h-digits-raw-batchnorm', D.digits('none'), [dense(32, 'relu', { batchNorm: true }), dense(10, 'softmax')], 'cce', opt('adam', 0.005), train(50));
spec('h-digits-leaky-nesterov-b64', D.digits(), [dense(40, 'leaky_relu', { init: 'he_uniform' }), dense(20, 'leaky_relu'), dense(10, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), train(100, 64));
spec('h-shapes-elu-adam', D.shapes(), [dense(32, 'elu'), dense(16, 'elu'), dense(4, 'softmax')], 'cce', opt('adam', 0.002), train(80));
spec('h-shapes-leaky-nesterov', D.shapes('standard'), [dense(24, 'leaky_relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), train(80));
spec('h-shapes-adam-wd-clip', D.shapes(), [dense(48, 'relu'), drop(0.2), dense(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1e-4, clipNorm: 1 }), train(80, 16));
spec('h-letters-relu-adam', D.letters(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(40));
spec('h-letters-tanh-sgd', D.letters(), [dense(12, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.1), train(60, 16));
spec('h-fruit-relu-adam', D.fruit(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100));
spec('h-fruit-tanh-rmsprop-wd', D.fruit('minmax'), [dense(12, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { weightDecay: 1e-4 }), train(100));
spec('h-fruit-two-softmax', D.fruit(), [dense(8, 'relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.01), train(60));
spec('h-sky-relu-adam-val', D.sky(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80, 32, { validationSplit: 0.2 }));
spec('h-sky-elu-momentum-clip', D.sky(), [dense(20, 'elu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, clipNorm: 5 }), train(60));
spec('h-instruments-adam-dropout', D.instruments(), [dense(32, 'relu'), drop(0.2), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.002), train(100));
spec('h-instruments-bn-rmsprop', D.instruments(), [dense(24, 'relu', { batchNorm: true }), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.003), train(60));
spec('h-instruments-tanh-momentum', D.instruments(), [dense(32, 'tanh'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(60, 16));
spec('h-speakers-relu-adam', D.speakers(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(60));
spec('h-speakers-leaky-momentum', D.speakers('minmax'), [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.8 }), train(100));
spec('h-speakers-tanh-rmsprop', D.speakers(), [dense(12, 'tanh', { init: 'xavier_normal' }), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.002), train(60, 16));
spec('h-keywords-adam-dropout', D.keywords(), [dense(64, 'relu'), drop(0.3), dense(32, 'relu'), dense(5, 'softmax')], 'cce', opt('adam', 0.001), train(80));
spec('h-keywords-elu-rmsprop', D.keywords(), [dense(32, 'elu'), dense(5, 'softmax')], 'cce', opt('rmsprop', 0.001), train(60));
spec('h-keywords-sgd-momentum', D.keywords(), [dense(32, 'relu'), dense(5, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), train(60));
spec('h-activity-relu-adam', D.activity(), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(80));
spec('h-activity-tanh-nesterov', D.activity(), [dense(24, 'tanh'), dense(4, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), train(80, 16));
spec('h-activity-batchnorm-rmsprop', D.activity('none'), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.002), train(60));
spec('h-ecg-relu-adam', D.ecg(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));
spec('h-ecg-elu-wd', D.ecg(), [dense(24, 'elu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 1e-3 }), train(150));
spec('h-ecg-tanh-momentum', D.ecg(), [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150));
spec('h-pitch-relu-adam', D.pitch(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.01), train(300));
spec('h-pitch-tanh-rmsprop', D.pitch(), [dense(24, 'tanh'), dense(1, 'linear')], 'mse', opt('rmsprop', 0.01), train(300));
spec('h-brightness-relu-adam', D.bright01(), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('adam', 0.003), train(150));
spec('h-brightness-sigmoid-out-momentum', D.bright01('standard'), [dense(8, 'relu'), dense(1, 'sigmoid')], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(150));
spec('h-sine-tone-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], 'mse', opt('adam', 0.01), train(300));
spec('h-sine-tone-elu-rmsprop', { builtin: 'sine', samples: 240, noise: 0.1 }, [dense(24, 'elu'), dense(24, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.003), train(300, 16));
spec('h-iris-relu-adam', { builtin: 'iris', normalize: 'standard' }, [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(100, 16));
spec('h-blobs-embeddings-momentum', { builtin: 'blobs', classes: 4, samples: 400, noise: 0.2 }, [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(60));
spec('h-shapes-relu-rmsprop-b64', D.shapes(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.002), train(60, 64));
spec('h-ecg-minmax-leaky-rmsprop', D.ecg('minmax'), [dense(32, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), train(200));

// ===================== faulty candidates =====================
// --- invalid-spec
specs['f-invalid-spec-flatten-layer'] = { name: 'digits-flatten', seed: 51, data: D.digits(), layers: [{ type: 'flatten' }, dense(64, 'relu'), dense(10, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(60) };
specs['f-invalid-spec-dropout-key-on-dense'] = { name: 'keywords-dense-dropout', seed: 51, data: D.keywords(), layers: [dense(64, 'relu', { dropout: 0.3 }), dense(32, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001), training: train(80) };
specs['f-invalid-spec-adamw'] = { name: 'instruments-adamw', seed: 51, data: D.instruments(), layers: [dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: opt('adamw', 0.001, { weightDecay: 0.01 }), training: train(60) };
specs['f-invalid-spec-batch-size-snake'] = { name: 'activity-batch-size', seed: 51, data: D.activity(), layers: [dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: { epochs: 60, batch_size: 64 } };
specs['f-invalid-spec-input-shape'] = { name: 'shapes-input-shape', seed: 51, data: D.shapes(), layers: [dense(32, 'relu', { input_shape: [8, 8] }), dense(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: train(60) };
specs['f-invalid-spec-categorical-crossentropy'] = { name: 'speakers-keras-loss', seed: 51, data: D.speakers(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.005), training: train(60) };
// --- data-error
spec('f-data-error-target-label', csv('digits8x8.csv', 'label', 'minmax'), [dense(64, 'relu'), dense(10, 'softmax')], 'cce', opt('adam', 0.003), train(60));
spec('f-data-error-missing-file', csv('mfcc_features.csv', 'instrument'), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.002), train(60));
spec('f-data-error-na-centroid', csv('instruments-na.csv', 'instrument'), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.002), train(60));
spec('f-data-error-hz-suffix-target', csv('pitch-units.csv', 'pitch_hz'), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.01), train(200));
spec('f-data-error-quick-export', csv('ecg-quick.csv', 'arrhythmia'), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100));
spec('f-data-error-feature-names', csv('activity.csv', 'activity', 'standard', { features: ['acc_mean_x', 'acc_mean_y', 'acc_mean_z', 'acc_std_x', 'acc_std_y', 'acc_std_z'] }), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(60));
// --- shape-mismatch
spec('f-shape-mismatch-nine-digits', D.digits(), [dense(64, 'relu'), dense(9, 'softmax')], 'cce', opt('adam', 0.003), train(60));
spec('f-shape-mismatch-activity-three', D.activity(), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(60));
spec('f-shape-mismatch-ripe-two-sigmoids', D.fruit(), [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', opt('adam', 0.005), train(100));
spec('f-shape-mismatch-keywords-four', D.keywords(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.001), train(60));
spec('f-shape-mismatch-pitch-two-outputs', D.pitch(), [dense(32, 'relu'), dense(2)], 'mse', opt('adam', 0.01), train(200));
// --- loss-activation-mismatch
spec('f-loss-activation-mismatch-softmax-mse', D.instruments(), [dense(32, 'relu'), dense(4, 'softmax')], 'mse', opt('adam', 0.002), train(80));
spec('f-loss-activation-mismatch-linear-bce', D.ecg(), [dense(16, 'relu'), dense(1, 'linear')], 'bce', opt('adam', 0.005), train(100));
spec('f-loss-activation-mismatch-sigmoid-hz', D.pitch(), [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.01), train(200));
spec('f-loss-activation-mismatch-sigmoid-cce', D.speakers(), [dense(16, 'relu'), dense(3, 'sigmoid')], 'cce', opt('adam', 0.005), train(60));
spec('f-loss-activation-mismatch-tanh-brightness255', D.bright255(), [dense(16, 'relu'), dense(1, 'tanh')], 'mse', opt('adam', 0.003), train(150));
// --- init-symmetry
spec('f-init-symmetry-activity-constant-all', D.activity(), [dense(32, 'relu', { init: { name: 'constant', value: 0.1 } }), dense(16, 'relu', { init: { name: 'constant', value: 0.1 } }), dense(4, 'softmax', { init: { name: 'constant', value: 0.1 } })], 'cce', opt('adam', 0.003), train(80));
spec('f-init-symmetry-keywords-constant-hidden', D.keywords(), [dense(64, 'tanh', { init: 'constant', value: 0.01 }), dense(5, 'softmax')], 'cce', opt('rmsprop', 0.001), train(60));
spec('f-init-symmetry-digits-zeros', D.digits(), [dense(64, 'relu', { init: 'zeros' }), dense(32, 'relu', { init: 'zeros' }), dense(10, 'softmax')], 'cce', opt('adam', 0.003), train(60));
spec('f-init-symmetry-instruments-zeros-everywhere', D.instruments(), [dense(32, 'tanh', { init: 'zeros' }), dense(4, 'softmax', { init: 'zeros' })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(60));
spec('f-init-symmetry-sky-constant-half', D.sky(), [dense(16, 'sigmoid', { init: 'constant', value: 0.05 }), dense(8, 'sigmoid', { init: 'constant', value: 0.05 }), dense(1, 'sigmoid', { init: 'constant', value: 0.05 })], 'bce', opt('rmsprop', 0.003), train(80));
// --- init-scale
spec('f-init-scale-digits-std-1p5', D.digits(), [dense(64, 'relu', { init: 'normal', std: 1.5 }), dense(32, 'relu', { init: 'normal', std: 1.5 }), dense(10, 'softmax')], 'cce', opt('adam', 0.003), train(60));
spec('f-init-scale-keywords-tiny-uniform', D.keywords(), [dense(32, 'tanh', { init: 'uniform', limit: 1e-4 }), dense(32, 'tanh', { init: 'uniform', limit: 1e-4 }), dense(16, 'tanh', { init: 'uniform', limit: 1e-4 }), dense(5, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(60));
spec('f-init-scale-activity-std-3', D.activity(), [dense(32, 'relu', { init: 'normal', std: 3 }), dense(16, 'relu', { init: 'normal', std: 3 }), dense(4, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(60));
// --- no-nonlinearity
spec('f-no-nonlinearity-ecg-omitted', D.ecg(), [dense(32), dense(16), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150));
spec('f-no-nonlinearity-pitch-linear-x', D.pitch(), [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'linear')], 'mse', opt('adam', 0.01), train(300));
spec('f-no-nonlinearity-sine-tone', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32), dense(32), dense(1)], 'mse', opt('adam', 0.01), train(200));
// --- lr-out-of-range
spec('f-lr-out-of-range-adam-5', D.shapes(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 5), train(60));
spec('f-lr-out-of-range-sgd-50', D.sky(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 50, { momentum: 0.9 }), train(60));
spec('f-lr-out-of-range-rmsprop-zero', D.letters(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0), train(40));
spec('f-lr-out-of-range-adam-negative', D.speakers(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', -0.001), train(60));
// --- dead-relu
spec('f-dead-relu-raw-pixels-adam', D.shapes('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.05), train(60));
spec('f-dead-relu-negative-bias', D.digits(), [dense(64, 'relu', { bias: -3 }), dense(10, 'softmax')], 'cce', opt('adam', 0.003), train(60));
spec('f-dead-relu-raw-hz-sgd', D.instruments('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.01), train(60));
spec('f-dead-relu-pitch-raw-momentum', D.pitch('none'), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), train(100));
// --- exploding-gradient
spec('f-nan-loss-pitch-raw-momentum', D.pitch('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100));
spec('f-exploding-gradient-brightness255-sgd', D.bright255('none'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 1e-4), train(100));
spec('f-init-scale-deep-normal-1', D.activity(), [dense(32, 'relu', { init: 'normal', std: 1 }), dense(32, 'relu', { init: 'normal', std: 1 }), dense(32, 'relu', { init: 'normal', std: 1 }), dense(32, 'relu', { init: 'normal', std: 1 }), dense(4, 'softmax')], 'cce', opt('sgd', 0.01), train(60));
// --- vanishing-gradient
spec('f-vanishing-gradient-deep-sigmoid-digits', D.digits(), [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(10, 'softmax')], 'cce', opt('sgd', 0.05), train(60));
spec('f-vanishing-gradient-deep-sigmoid-activity', D.activity(), [dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(4, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.5 }), train(60));
spec('f-vanishing-gradient-tanh-small-init', D.speakers(), [dense(24, 'tanh', { init: 'normal', std: 0.01 }), dense(24, 'tanh', { init: 'normal', std: 0.01 }), dense(24, 'tanh', { init: 'normal', std: 0.01 }), dense(24, 'tanh', { init: 'normal', std: 0.01 }), dense(3, 'softmax')], 'cce', opt('sgd', 0.05), train(60));
// --- nan-loss
spec('f-dead-relu-raw-audio-sgd', D.instruments('none'), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.1), train(60));
spec('f-exploding-gradient-pitch-raw-sgd', D.pitch('none'), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.01), train(100));
spec('f-dead-relu-ecg-raw-mse-momentum', D.ecg('none'), [dense(16, 'relu'), dense(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
// --- lr-too-high
spec('f-lr-too-high-digits-adam', D.digits(), [dense(64, 'relu'), dense(10, 'softmax')], 'cce', opt('adam', 0.1), train(60));
spec('f-lr-too-high-fruit-sgd', D.fruit(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 3), train(100));
spec('f-lr-too-high-keywords-rmsprop', D.keywords(), [dense(32, 'relu'), dense(5, 'softmax')], 'cce', opt('rmsprop', 0.1), train(60));
spec('f-lr-too-high-activity-momentum', D.activity(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.8, { momentum: 0.9 }), train(60));
// --- lr-too-low
spec('f-lr-too-low-activity-sgd', D.activity(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 1e-5), train(80));
spec('f-lr-too-low-speakers-adam', D.speakers(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 1e-6), train(60));
spec('f-lr-too-low-sky-rmsprop', D.sky(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-6), train(80));
spec('f-lr-too-low-digits-sgd', D.digits(), [dense(64, 'relu'), dense(10, 'softmax')], 'cce', opt('sgd', 1e-4), train(40));
// --- saturated-activation
spec('f-saturated-activation-raw-pixels-sigmoid', D.shapes('none'), [dense(32, 'sigmoid'), dense(4, 'softmax')], 'cce', opt('adam', 0.002), train(60));
spec('f-saturated-activation-raw-hz-tanh', D.instruments('none'), [dense(32, 'tanh'), dense(4, 'softmax')], 'cce', opt('adam', 0.002), train(60));
spec('f-saturated-activation-ecg-ms-tanh', D.ecg('none'), [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), train(100));
spec('f-saturated-activation-bias-5', D.letters(), [dense(16, 'sigmoid', { bias: 5 }), dense(3, 'softmax')], 'cce', opt('sgd', 0.05), train(40));
// --- loss-plateau
spec('f-loss-plateau-keywords-weight-decay', D.keywords(), [dense(32, 'relu'), dense(5, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.5 }), train(60));
spec('f-loss-plateau-digits-dropout-09', D.digits(), [dense(32, 'relu'), drop(0.9), dense(16, 'relu'), drop(0.9), dense(10, 'softmax')], 'cce', opt('adam', 0.003), train(60));
spec('f-loss-plateau-ecg-raw-sigmoid', D.ecg('none'), [dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(100));
spec('f-loss-activation-mismatch-sigmoid-brightness255', D.bright255(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150));
// --- oscillating-loss
spec('f-oscillating-loss-fruit-momentum-099', D.fruit(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.99 }), train(100));
spec('f-oscillating-loss-speakers-sgd-b8', D.speakers(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.5), train(60, 8));
spec('f-oscillating-loss-letters-rmsprop-b4', D.letters(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.03), train(40, 4));
spec('f-oscillating-loss-sky-adam-b8', D.sky(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.08), train(80, 8));
spec('f-lr-too-high-ecg-momentum-095', D.ecg(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.95 }), train(150));

// --- second round (after the first observation: more exploding, NaN, plateau, oscillation, dead candidates)
spec('f-exploding-gradient-pitch-hz-sgd', D.pitch(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 1e-4, { momentum: 0.9 }), train(100));
spec('f-exploding-gradient-brightness255-minmax-sgd', D.bright255(), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.001), train(100));
spec('f-init-scale-deep-relu-std05', D.digits(), [dense(64, 'relu', { init: 'normal', std: 0.5 }), dense(64, 'relu', { init: 'normal', std: 0.5 }), dense(64, 'relu', { init: 'normal', std: 0.5 }), dense(64, 'relu', { init: 'normal', std: 0.5 }), dense(64, 'relu', { init: 'normal', std: 0.5 }), dense(10, 'softmax')], 'cce', opt('sgd', 0.01), train(40));
spec('f-exploding-gradient-pitch-hz-elu-sgd', D.pitch(), [dense(32, 'elu'), dense(32, 'elu'), dense(1)], 'mse', opt('sgd', 2e-4), train(100));
spec('f-exploding-gradient-ecg-ms-regression-hr', csv('ecg.csv', 'hr_bpm', 'none', { features: ['rr_mean_ms', 'rr_std_ms', 'rmssd_ms', 'qrs_ms', 'qt_ms'] }), [dense(16, 'leaky_relu'), dense(1)], 'mse', opt('sgd', 1e-7, { momentum: 0.9 }), train(100));
spec('f-nan-loss-instruments-raw-leaky-sgd', D.instruments('none'), [dense(32, 'leaky_relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), train(60));
spec('f-nan-loss-brightness255-raw-leaky', D.bright255('none'), [dense(16, 'leaky_relu'), dense(1)], 'mse', opt('sgd', 0.001), train(100));
spec('f-nan-loss-pitch-hz-elu-momentum', D.pitch(), [dense(32, 'elu'), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100));
spec('f-vanishing-gradient-eight-sigmoid-keywords', D.keywords(), [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(60));
spec('f-vanishing-gradient-deep-sigmoid-fruit', D.fruit(), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1), train(80));
spec('f-dead-relu-raw-pixels-adam-01', D.shapes('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.1), train(60));
spec('f-dead-relu-raw-ms-rmsprop', D.ecg('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), train(100));
spec('f-loss-plateau-keywords-weight-decay-2', D.keywords(), [dense(32, 'relu'), dense(5, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 2 }), train(60));
spec('f-loss-plateau-speakers-sgd-weight-decay', D.speakers(), [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1 }), train(60));
spec('f-loss-plateau-shapes-dropout-08', D.shapes(), [drop(0.8), dense(32, 'relu'), drop(0.8), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.001), train(120));
spec('f-loss-plateau-activity-sigmoid-raw-sgd', csv('activity.csv', 'activity', 'none'), [dense(16, 'sigmoid'), dense(4, 'softmax')], 'cce', opt('sgd', 0.005), train(80));
spec('f-exploding-gradient-keywords-momentum-095', D.keywords(), [dense(32, 'relu'), dense(5, 'softmax')], 'cce', opt('sgd', 0.3, { momentum: 0.95 }), train(60));
spec('f-oscillating-loss-digits-rmsprop-b8', D.digits(), [dense(64, 'relu'), dense(10, 'softmax')], 'cce', opt('rmsprop', 0.02), train(40, 8));
spec('f-nan-loss-brightness-momentum-095', D.bright01('standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), train(150));
spec('f-oscillating-loss-instruments-adam-b4', D.instruments(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.05), train(60, 4));
spec('f-lr-too-high-speakers-adam', D.speakers(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.3), train(60));
spec('f-lr-too-high-ecg-sgd', D.ecg(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 5), train(100));
spec('f-oscillating-loss-sine-rmsprop-01', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.1), train(200));
spec('f-no-nonlinearity-activity-omitted', D.activity(), [dense(32), dense(16), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(80));
spec('f-no-nonlinearity-sky-linear', D.sky(), [dense(16, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80));
spec('f-saturated-activation-sky-raw-sigmoid', D.sky('none'), [dense(16, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80));

// --- third round: oscillation candidates (adaptive optimizers well above their usual rate, small batches)
spec('f-oscillating-loss-brightness-rmsprop-b16', D.bright01('standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.05), train(150, 16));
spec('f-oscillating-loss-sine-adam-b16', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], 'mse', opt('adam', 0.1), train(200, 16));
spec('f-oscillating-loss-ecg-tanh-rmsprop', D.ecg(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), train(150, 16));
spec('f-oscillating-loss-fruit-adam-b8', D.fruit(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.1), train(100, 8));
spec('f-oscillating-loss-sky-tanh-rmsprop', D.sky(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), train(80, 16));
spec('f-oscillating-loss-brightness-momentum-b4', D.bright01('standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(150, 4));
spec('f-oscillating-loss-activity-leaky-rmsprop-b8', D.activity(), [dense(32, 'leaky_relu'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.05), train(60, 8));
spec('f-oscillating-loss-pitch-tanh-adam', csv('pitch.csv', 'pitch_hz', 'standard'), [dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.5), train(200, 16));
spec('f-oscillating-loss-sine-elu-rmsprop-b8', { builtin: 'sine', samples: 240, noise: 0.1 }, [dense(24, 'elu'), dense(24, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.05), train(200, 8));

for (const [name, s] of Object.entries(specs)) {
  fs.writeFileSync(path.join(OUT, `${name}.nn.json`), typeof s === 'string' ? s : JSON.stringify(s, null, 2) + '\n');
}
console.log(`wrote ${Object.keys(specs).length} candidates`);
