/** Writes every blind282 candidate spec (sushi restaurants) into candidates/. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
let seed = 282;
function put(file: string, spec: Record<string, unknown>): void {
  const name = file.replace(/\.nn\.json$/, '');
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify({ name, seed: seed++, ...spec }, null, 2) + '\n');
}
type L = Record<string, unknown>;
const d = (units: number, activation?: string, extra: L = {}): L => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): L => ({ type: 'dropout', rate });
const COV = ['weekday', 'temp_c', 'rain_mm', 'seats_open', 'promo', 'tuna_price_kg', 'salmon_price_kg', 'staff', 'moon_phase'];
const FISH = ['hours_since_catch', 'storage_temp_c', 'ph', 'gill_score', 'smell_score', 'fat_pct'];
const RES = ['party_size', 'lead_days', 'hour', 'weekend', 'prior_noshows', 'deposit', 'rain_forecast', 'online'];
const SHARI = ['water_ratio', 'soak_min', 'vinegar_ml_kg', 'sugar_g_kg', 'salt_g_kg', 'humidity_pct', 'rest_min'];
const covers = (extra: L = {}): L => ({ csv: '../data/covers.csv', target: 'covers', features: COV, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const fish = (extra: L = {}): L => ({ csv: '../data/fish-lots.csv', target: 'grade', features: FISH, normalize: 'standard', ...extra });
const res = (extra: L = {}): L => ({ csv: '../data/reservations.csv', target: 'no_show', features: RES, normalize: 'standard', ...extra });
const shari = (extra: L = {}): L => ({ csv: '../data/shari.csv', target: ['stickiness', 'firmness'], features: SHARI, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const adam = (lr: number, extra: L = {}): L => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: L = {}): L => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: L = {}): L => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: L = {}): L => ({ epochs, batchSize, ...extra });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.optimizer-adamw', { data: res(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(60, 32) });
put('invalid-spec.activation-gelu', { data: fish(), layers: [d(24, 'gelu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('invalid-spec.loss-keras-name', { data: fish(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: adam(0.003), training: tr(80, 32) });
put('invalid-spec.dropout-rate-one', { data: covers(), layers: [d(32, 'relu'), drop(1), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('invalid-spec.batchsize-zero', { data: shari(), layers: [d(16, 'tanh'), d(2)], loss: 'mse', optimizer: rms(0.003), training: tr(80, 0) });
put('invalid-spec.units-key-typo', { data: res(), layers: [{ type: 'dense', unit: 12, activation: 'relu' }, d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.002), training: tr(60, 32) });
// data-error
put('data-error.missing-2024-export', { data: covers({ csv: '../data/covers_2024.csv' }), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.target-hyphen', { data: res({ target: 'no-show' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('data-error.date-column-as-feature', { data: { csv: '../data/covers.csv', target: 'covers', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.na-markers', { data: covers({ csv: '../data/covers-gaps.csv' }), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.supplier-code-feature', { data: fish({ features: ['supplier', ...FISH] }), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.pos-share-outside', { data: res({ csv: '../../../../../pos-share/reservations.csv' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
// shape-mismatch
put('shape-mismatch.three-grades-head', { data: fish(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.shari-one-output', { data: shari(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.covers-two-outputs', { data: covers(), layers: [d(24, 'relu'), d(2)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.noshow-two-sigmoids', { data: res(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('shape-mismatch.grade-five-classes', { data: fish(), layers: [d(20, 'elu'), d(5, 'softmax')], loss: 'cce', optimizer: rms(0.002), training: tr(80, 16) });
// loss-activation-mismatch
put('loss-activation-mismatch.cce-sigmoid-head', { data: fish(), layers: [d(16, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.bce-linear-head', { data: res(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('loss-activation-mismatch.mse-softmax-shari', { data: shari(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.raw-covers-sigmoid-head', { data: covers({ normalizeTarget: 'none' }), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.cce-relu-head', { data: fish(), layers: [d(16, 'tanh'), d(4, 'relu')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 32) });
// init-symmetry
put('init-symmetry.zeros-hidden-covers', { data: covers(), layers: [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('init-symmetry.constant-tanh-noshow', { data: res(), layers: [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 32) });
put('init-symmetry.zeros-everywhere-fish', { data: fish(), layers: [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: rms(0.003), training: tr(100, 32) });
put('init-symmetry.constant-sigmoid-shari', { data: shari(), layers: [d(20, 'sigmoid', { init: 'constant', value: 0.05 }), d(2)], loss: 'mse', optimizer: adam(0.005), training: tr(100, 32) });
// init-scale
put('init-scale.std-ten-tanh', { data: fish(), layers: [d(32, 'tanh', { init: 'normal', std: 10 }), d(32, 'tanh', { init: 'normal', std: 10 }), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(100, 32) });
put('init-scale.tiny-uniform-deep-relu', { data: covers(), layers: [d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(1, 'linear', { init: 'uniform', limit: 1e-4 })], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(100, 32) });
put('init-scale.std-five-relu-noshow', { data: res(), layers: [d(64, 'relu', { init: 'normal', std: 5 }), d(64, 'relu', { init: 'normal', std: 5 }), d(1, 'sigmoid', { init: 'normal', std: 5 })], loss: 'bce', optimizer: sgd(0.01), training: tr(80, 32) });
put('init-scale.std-1e-3-sigmoid-shari', { data: shari(), layers: [d(16, 'sigmoid', { init: 'normal', std: 0.001 }), d(16, 'sigmoid', { init: 'normal', std: 0.001 }), d(16, 'sigmoid', { init: 'normal', std: 0.001 }), d(2, 'linear', { init: 'normal', std: 0.001 })], loss: 'mse', optimizer: sgd(0.02), training: tr(100, 32) });
// no-nonlinearity
put('no-nonlinearity.linear-stack-fish', { data: fish(), layers: [d(32), d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('no-nonlinearity.linear-hidden-noshow', { data: res(), layers: [d(24, 'linear'), d(12, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.002), training: tr(80, 32) });
put('no-nonlinearity.linear-deep-shari', { data: shari(), layers: [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(2)], loss: 'mse', optimizer: adam(0.002), training: tr(100, 32) });
put('no-nonlinearity.linear-bn-covers', { data: covers(), layers: [d(32, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
// lr-out-of-range
put('lr-out-of-range.adam-zero', { data: fish(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0), training: tr(80, 32) });
put('lr-out-of-range.sgd-negative', { data: res(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(-0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('lr-out-of-range.rmsprop-hundred', { data: shari(), layers: [d(16, 'tanh'), d(2)], loss: 'mse', optimizer: rms(100), training: tr(60, 32) });
put('lr-out-of-range.adam-1e-9', { data: covers(), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: adam(1e-9), training: tr(80, 32) });
// dead-relu
put('dead-relu.negative-bias-covers', { data: covers(), layers: [d(32, 'relu', { bias: -6 }), d(1)], loss: 'mse', optimizer: adam(0.001), training: tr(100, 32) });
put('dead-relu.big-sgd-step-noshow', { data: res(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(2.5), training: tr(60, 16) });
put('dead-relu.raw-features-adam-high', { data: covers({ normalize: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.3), training: tr(80, 32) });
put('dead-relu.negative-bias-deep-fish', { data: fish(), layers: [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.001), training: tr(100, 32) });
// exploding-gradient
put('exploding-gradient.raw-covers-target-sgd', { data: covers({ normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.raw-features-deep', { data: covers({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 16) });
put('exploding-gradient.deep-large-init-shari', { data: shari(), layers: [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(2, 'linear', { init: 'normal', std: 1 })], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('exploding-gradient.raw-eu-export-rmsprop', { data: { csv: '../data/covers-eu.csv', target: 'covers', features: COV }, layers: [d(64, 'relu'), d(64, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.005, { momentum: 0.9, nesterov: true }), training: tr(60, 32) });
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-fish', { data: fish(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(100, 32) });
put('vanishing-gradient.deep-sigmoid-noshow', { data: res(), layers: [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.5 }), training: tr(100, 32) });
put('vanishing-gradient.deep-tanh-small-init-covers', { data: covers(), layers: [d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(24, 'tanh', { init: 'normal', std: 0.05 }), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(100, 32) });
put('vanishing-gradient.ten-sigmoid-shari', { data: shari(), layers: [...Array.from({ length: 10 }, () => d(10, 'sigmoid')), d(2)], loss: 'mse', optimizer: rms(0.0005), training: tr(100, 32) });
// nan-loss
put('nan-loss.raw-covers-sgd-big', { data: covers({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(60, 32) });
put('nan-loss.huge-init-tanh-shari', { data: shari({ normalizeTarget: 'none' }), layers: [d(32, 'linear', { init: 'normal', std: 1e6 }), d(32, 'linear', { init: 'normal', std: 1e6 }), d(2)], loss: 'mse', optimizer: sgd(0.1), training: tr(40, 32) });
put('nan-loss.momentum-raw-target', { data: covers({ normalizeTarget: 'none' }), layers: [d(24, 'elu'), d(24, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.95 }), training: tr(60, 16) });
put('nan-loss.raw-lead-days-sgd', { data: res({ normalize: 'none', csv: '../data/reservations-tab.csv' }), layers: [d(16, 'linear'), d(16, 'linear'), d(1)], loss: 'mse', optimizer: sgd(0.5), training: tr(40, 8) });
// lr-too-high
put('lr-too-high.adam-half-fish', { data: fish(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.5), training: tr(100, 32) });
put('lr-too-high.sgd-five-noshow', { data: res(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(8), training: tr(80, 32) });
put('lr-too-high.rmsprop-point3-shari', { data: shari(), layers: [d(32, 'tanh'), d(2)], loss: 'mse', optimizer: rms(0.3), training: tr(100, 32) });
put('lr-too-high.adam-point2-covers', { data: covers(), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: adam(0.2), training: tr(100, 16) });
put('lr-too-high.nesterov-one-covers', { data: covers(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(1, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
// lr-too-low
put('lr-too-low.sgd-1e-5-fish', { data: fish(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(1e-5), training: tr(100, 32) });
put('lr-too-low.adam-1e-6-noshow', { data: res(), layers: [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-2e-6-shari', { data: shari(), layers: [d(32, 'tanh'), d(2)], loss: 'mse', optimizer: rms(2e-6), training: tr(100, 32) });
put('lr-too-low.momentum-1e-5-covers', { data: covers(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(1e-5, { momentum: 0.9 }), training: tr(120, 64) });
// saturated-activation
put('saturated-activation.raw-lead-hour-sigmoid', { data: res({ normalize: 'none' }), layers: [d(16, 'sigmoid', { init: 'normal', std: 1 }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(80, 32) });
put('saturated-activation.raw-covers-tanh', { data: covers({ normalize: 'none' }), layers: [d(32, 'tanh', { init: 'normal', std: 1 }), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(80, 32) });
put('saturated-activation.raw-fish-tanh', { data: fish({ normalize: 'none' }), layers: [d(24, 'tanh', { init: 'normal', std: 1.5 }), d(24, 'tanh', { init: 'normal', std: 1.5 }), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.001), training: tr(100, 32) });
put('saturated-activation.bias-ten-sigmoid-shari', { data: shari(), layers: [d(24, 'sigmoid', { bias: 10 }), d(2)], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 32) });
// loss-plateau
put('loss-plateau.weight-decay-huge-fish', { data: fish(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003, { weightDecay: 2 }), training: tr(100, 32) });
put('loss-plateau.sgd-small-full-batch-noshow', { data: res(), layers: [d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.02), training: tr(150, 600) });
put('loss-plateau.dropout-heavy-shari', { data: shari(), layers: [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(2)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-plateau.clipnorm-tiny-covers', { data: covers(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.01, { clipNorm: 1e-4 }), training: tr(100, 32) });
// oscillating-loss
put('oscillating-loss.momentum-99-noshow', { data: res(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.99 }), training: tr(100, 32) });
put('oscillating-loss.full-batch-edge-covers', { data: covers(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.9), training: tr(120, 480) });
put('oscillating-loss.batch-one-sgd-shari', { data: shari(), layers: [d(16, 'relu'), d(2)], loss: 'mse', optimizer: sgd(0.08), training: tr(60, 1) });
put('oscillating-loss.rmsprop-big-fish', { data: fish(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.05), training: tr(100, 420) });

// second pass: extra candidates after the first observation
put('init-symmetry.zeros-relu-shari', { data: shari(), layers: [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(2)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('init-symmetry.constant-elu-fish', { data: fish(), layers: [d(32, 'elu', { init: 'constant', value: 0.2 }), d(16, 'elu', { init: 'constant', value: 0.2 }), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('exploding-gradient.raw-target-deep-relu', { data: covers({ normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.002), training: tr(60, 32) });
put('exploding-gradient.raw-shari-target-momentum', { data: shari({ normalizeTarget: 'none' }), layers: [d(32, 'relu', { init: 'normal', std: 0.5 }), d(32, 'relu', { init: 'normal', std: 0.5 }), d(2)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(60, 16) });
put('loss-plateau.weight-decay-covers-rms', { data: covers(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: rms(0.001, { weightDecay: 1 }), training: tr(100, 32) });
put('loss-plateau.sigmoid-stack-full-batch-fish', { data: fish(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(150, 420) });
put('oscillating-loss.full-batch-linear-covers', { data: covers(), layers: [d(1)], loss: 'mse', optimizer: sgd(0.39), training: tr(120, 480) });
put('oscillating-loss.adam-batch-one-noshow', { data: res(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.05), training: tr(40, 1) });
put('exploding-gradient.raw-target-tanh-sgd', { data: covers({ normalizeTarget: 'none' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('exploding-gradient.raw-target-elu-batch64', { data: covers({ normalizeTarget: 'none' }), layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.003), training: tr(60, 64) });

// ---------------- healthy ----------------
put('ok.covers-adam-relu', { data: covers(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.covers-minmax-elu-rms', { data: covers({ normalize: 'minmax' }), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.002), training: tr(150, 16) });
put('ok.covers-eu-export-nesterov', { data: { csv: '../data/covers-eu.csv', target: 'covers', features: COV, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.covers-linear-regression', { data: covers(), layers: [d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(150, 32) });
put('ok.covers-bn-dropout', { data: covers(), layers: [d(64, 'relu', { batchNorm: true }), drop(0.2), d(32, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: adam(0.002), training: tr(150, 64, { validationSplit: 0.15 }) });
put('ok.covers-leaky-momentum-clip', { data: covers(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9, clipNorm: 5 }), training: tr(150, 32) });
put('ok.covers-full-batch-adam', { data: covers(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.02), training: tr(400, 480) });
put('ok.covers-batch-one-sgd', { data: covers(), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.002), training: tr(30, 1) });
put('ok.covers-some-features', { data: covers({ features: ['weekday', 'temp_c', 'rain_mm', 'seats_open', 'promo', 'staff'] }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.005, { weightDecay: 1e-4 }), training: tr(150, 32) });
put('ok.covers-sigmoid-hidden', { data: covers(), layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.fish-adam-relu', { data: fish(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.fish-tanh-rmsprop', { data: fish(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(120, 16) });
put('ok.fish-softmax-regression', { data: fish(), layers: [d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: tr(150, 32) });
put('ok.fish-minmax-momentum', { data: fish({ normalize: 'minmax' }), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.fish-deep-elu-bn', { data: fish(), layers: [d(32, 'elu', { batchNorm: true }), d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(100, 32) });
put('ok.fish-dropout-wd', { data: fish(), layers: [d(64, 'relu'), drop(0.3), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.002, { weightDecay: 1e-3 }), training: tr(150, 32) });
put('ok.fish-sigmoid-hidden-nesterov', { data: fish(), layers: [d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.3, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.fish-batch-4-leaky', { data: fish(), layers: [d(16, 'leaky_relu', { init: 'he_uniform' }), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.02), training: tr(80, 4) });
put('ok.noshow-adam', { data: res(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.noshow-tab-export', { data: res({ csv: '../data/reservations-tab.csv' }), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.002), training: tr(100, 32) });
put('ok.noshow-logistic', { data: res(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.2), training: tr(150, 32) });
put('ok.noshow-deep-leaky-clip', { data: res(), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001, { clipNorm: 1 }), training: tr(100, 32) });
put('ok.noshow-minmax-momentum', { data: res({ normalize: 'minmax' }), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(120, 64) });
put('ok.noshow-bn-elu', { data: res(), layers: [d(32, 'elu', { batchNorm: true }), drop(0.2), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('ok.noshow-cce-two-classes', { data: res(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('ok.noshow-full-batch-lecun', { data: res(), layers: [d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.02), training: tr(300, 600) });
put('ok.shari-adam-tanh', { data: shari(), layers: [d(32, 'tanh'), d(2)], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.shari-relu-rmsprop', { data: shari(), layers: [d(32, 'relu'), d(16, 'relu'), d(2)], loss: 'mse', optimizer: rms(0.001), training: tr(150, 16) });
put('ok.shari-linear-multi', { data: shari(), layers: [d(2)], loss: 'mse', optimizer: sgd(0.05), training: tr(150, 32) });
put('ok.shari-elu-nesterov-wd', { data: shari(), layers: [d(24, 'elu'), d(24, 'elu'), d(2)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9, nesterov: true, weightDecay: 1e-4 }), training: tr(150, 32) });
put('ok.shari-minmax-xavier-normal', { data: shari({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(16, 'tanh', { init: 'xavier_normal' }), d(2)], loss: 'mse', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.shari-deep-narrow-adam', { data: shari(), layers: [d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(2)], loss: 'mse', optimizer: adam(0.002), training: tr(200, 16) });
put('ok.shari-raw-target-small', { data: shari({ normalizeTarget: 'none' }), layers: [d(16, 'tanh'), d(2)], loss: 'mse', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 16) });
put('ok.moons-tanh-sgd', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.sine-tanh-rms', { data: { builtin: 'sine', samples: 200 }, layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: rms(0.003), training: tr(300, 16) });
put('ok.inline-rolls-per-hour', { data: { inline: { x: [[1, 0], [2, 0], [3, 0], [4, 1], [5, 1], [6, 1], [2, 1], [3, 1], [5, 0], [6, 0]], y: [0, 0, 0, 1, 1, 1, 0, 1, 1, 1] } }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.05), training: tr(300, 10) });
put('ok.blobs-four-rms-batch8', { data: { builtin: 'blobs', classes: 4, samples: 400 }, layers: [d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(80, 8) });
put('ok.circles-uniform-init', { data: { builtin: 'circles', samples: 300 }, layers: [d(24, 'relu', { init: 'he_uniform' }), d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.xor-small-sgd', { data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.5, { momentum: 0.9 }), training: tr(200, 20) });
put('ok.fish-deep-tanh-clip-rms', { data: fish(), layers: [d(24, 'tanh'), d(24, 'tanh'), d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.001, { clipNorm: 2 }), training: tr(120, 32) });
put('ok.covers-wide-dropout-rms', { data: covers(), layers: [d(128, 'relu'), drop(0.4), d(1)], loss: 'mse', optimizer: rms(0.001), training: tr(120, 32) });
put('ok.noshow-rms-normal-init', { data: res(), layers: [d(24, 'relu', { init: 'normal', std: 0.2 }), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001), training: tr(100, 16) });
