/**
 * Writes every candidate spec of set blind213 (sheep shearing contractors) into candidates/:
 * `npx tsx test/faults-blind213/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy ones `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const JOB_F = ['stands', 'sheep_booked', 'distance_km', 'merino_pct', 'avg_body_kg', 'wool_length_mm', 'months_since_shear', 'rain_mm_prev', 'temp_c', 'moon_phase', 'quote_aud'];
const FLEECE_F = ['micron', 'staple_mm', 'strength_nktex', 'vm_pct', 'yield_pct', 'colour_yz', 'fleece_kg'];
const RUN_F = ['run_no', 'years_exp', 'handpiece_rpm', 'comb_teeth', 'sheep_weight_kg', 'shed_temp_c'];

const hours = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/shed_days.csv', target: 'crew_hours', features: JOB_F, normalize, normalizeTarget: 'standard', ...extra });
const overrun = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/shed_days.csv', target: 'ran_over', features: JOB_F, normalize, ...extra });
const fleece = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/fleece_lines.csv', target: 'line', features: FLEECE_F, normalize, ...extra });
const tally = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/shearer_runs.tsv', target: 'tally', features: RUN_F, normalize, normalizeTarget: 'standard', ...extra });
const builtin = (name: string, extra: Obj = {}): Obj => ({ builtin: name, ...extra });

const D = (units: number, activation: string, init?: unknown, extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...(init === undefined ? {} : { init }), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const sgd = (lr: number, momentum = 0, extra: Obj = {}): Obj => ({ type: 'sgd', lr, momentum, ...extra });
const adam = (lr: number, extra: Obj = {}): Obj => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: Obj = {}): Obj => ({ type: 'rmsprop', lr, ...extra });
const T = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, shuffle: true, ...extra });

let seedN = 213;
function put(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, top: Obj = {}): void {
  const spec = { name: file, seed: seedN++, data, layers, loss, optimizer, training, ...top };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}

// ---------------- invalid-spec
put('invalid-spec.adamw-optimizer', fleece(), [D(24, 'relu'), D(5, 'softmax')], 'cce', { type: 'adamw', lr: 0.001 }, T(150, 32));
put('invalid-spec.keras-loss-name', overrun(), [D(16, 'relu'), D(1, 'sigmoid')], 'binary_crossentropy', adam(0.002), T(100, 32));
put('invalid-spec.dropout-as-keep-percent', hours(), [D(32, 'relu'), drop(80), D(1, 'linear')], 'mse', adam(0.003), T(150, 32));
put('invalid-spec.validation-split-whole', tally(), [D(16, 'elu'), D(1, 'linear')], 'mse', rms(0.002), T(120, 16, { validationSplit: 1 }));
put('invalid-spec.units-zero-placeholder', fleece(), [D(0, 'tanh'), D(5, 'softmax')], 'cce', adam(0.005), T(100, 32));

// ---------------- data-error
put('data-error.spreadsheet-filename-typo', hours(), [D(24, 'relu'), D(1, 'linear')], 'mse', adam(0.003), T(150, 32));
(function () {
  const d = hours(); d.csv = '../data/shed_day.csv';
  put('data-error.spreadsheet-filename-typo', d, [D(24, 'relu'), D(1, 'linear')], 'mse', adam(0.003), T(150, 32));
})();
put('data-error.target-with-space', { ...hours(), target: 'crew hours' }, [D(24, 'relu'), D(1, 'linear')], 'mse', adam(0.003), T(150, 32));
put('data-error.job-date-as-feature', { ...overrun(), features: ['start_date', ...JOB_F] }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.003), T(100, 32));
put('data-error.hand-keyed-gaps', { ...hours(), csv: '../data/shed_days_gaps.csv' }, [D(24, 'relu'), D(1, 'linear')], 'mse', adam(0.003), T(150, 32));
put('data-error.file-on-office-share', { ...fleece(), csv: '../../../../../../mnt/office/wool/fleece_lines.csv' }, [D(24, 'relu'), D(5, 'softmax')], 'cce', adam(0.003), T(100, 32));

// ---------------- shape-mismatch
put('shape-mismatch.four-lines-not-five', fleece(), [D(24, 'relu'), D(4, 'softmax')], 'cce', adam(0.003), T(150, 32));
put('shape-mismatch.two-sigmoid-binary', overrun(), [D(16, 'relu'), D(2, 'sigmoid')], 'bce', adam(0.002), T(120, 32));
put('shape-mismatch.two-heads-one-target', hours(), [D(24, 'relu'), D(2, 'linear')], 'mse', adam(0.003), T(150, 32));
put('shape-mismatch.hours-and-quote-one-head', { ...hours(), target: ['crew_hours', 'quote_aud'] }, [D(24, 'relu'), D(1, 'linear')], 'mse', adam(0.003), T(150, 32));

// ---------------- loss-activation-mismatch
put('loss-activation-mismatch.bce-linear-head', overrun(), [D(16, 'relu'), D(1, 'linear')], 'bce', adam(0.003), T(120, 32));
put('loss-activation-mismatch.bce-tanh-head', overrun(), [D(16, 'elu'), D(1, 'tanh')], 'bce', rms(0.002), T(120, 16));
put('loss-activation-mismatch.cce-sigmoid-head', fleece(), [D(24, 'relu'), D(5, 'sigmoid')], 'cce', adam(0.003), T(150, 32));
put('loss-activation-mismatch.relu-head-standardised-hours', hours(), [D(32, 'relu'), D(16, 'relu'), D(1, 'relu')], 'mse', adam(0.003), T(200, 32));
put('loss-activation-mismatch.softmax-mse-moons', builtin('moons', { samples: 300, noise: 0.15 }), [D(16, 'tanh'), D(2, 'softmax')], 'mse', adam(0.01), T(150, 32));

// ---------------- init-symmetry
put('init-symmetry.zeros-hidden-relu', hours(), [D(32, 'relu', 'zeros'), D(1, 'linear')], 'mse', adam(0.003), T(150, 32));
put('init-symmetry.constant-tanh-fleece', fleece(), [D(16, 'tanh', { name: 'constant', value: 0.1 }), D(5, 'softmax')], 'cce', sgd(0.05, 0.9), T(150, 16));
put('init-symmetry.zeros-everywhere-overrun', overrun(), [D(16, 'tanh', 'zeros'), D(8, 'tanh', 'zeros'), D(1, 'sigmoid', 'zeros')], 'bce', rms(0.002), T(120, 32));
put('init-symmetry.constant-sigmoid-tally', tally(), [D(12, 'sigmoid', { name: 'constant', value: 0.3 }), D(1, 'linear')], 'mse', adam(0.005), T(150, 16));

// ---------------- init-scale
put('init-scale.normal-std-five', hours(), [D(32, 'relu', { name: 'normal', std: 5 }), D(16, 'relu', { name: 'normal', std: 5 }), D(1, 'linear')], 'mse', sgd(0.01, 0.9), T(150, 32));
put('init-scale.tiny-uniform-deep-tanh', fleece(), [D(32, 'tanh', { name: 'uniform', limit: 1e-4 }), D(32, 'tanh', { name: 'uniform', limit: 1e-4 }), D(32, 'tanh', { name: 'uniform', limit: 1e-4 }), D(5, 'softmax', { name: 'uniform', limit: 1e-4 })], 'cce', sgd(0.02, 0.9), T(150, 32));
put('init-scale.sigmoid-std-four', overrun(), [D(24, 'sigmoid', { name: 'normal', std: 4 }), D(1, 'sigmoid')], 'bce', adam(0.002), T(120, 32));
put('init-scale.std-1e-5-relu-stack', tally(), [D(24, 'relu', { name: 'normal', std: 1e-5 }), D(24, 'relu', { name: 'normal', std: 1e-5 }), D(24, 'relu', { name: 'normal', std: 1e-5 }), D(1, 'linear', { name: 'normal', std: 1e-5 })], 'mse', sgd(0.01, 0.5), T(120, 32));

// ---------------- no-nonlinearity
put('no-nonlinearity.linear-stack-fleece', fleece(), [D(32, 'linear'), D(32, 'linear'), D(5, 'softmax')], 'cce', adam(0.003), T(150, 32));
put('no-nonlinearity.linear-hidden-hours', hours(), [D(64, 'linear'), D(32, 'linear'), D(1, 'linear')], 'mse', adam(0.003), T(150, 32));
put('no-nonlinearity.default-activation-circles', builtin('circles', { samples: 300, noise: 0.08 }), [{ type: 'dense', units: 16 }, { type: 'dense', units: 16 }, D(1, 'sigmoid')], 'bce', adam(0.01), T(200, 32));
put('no-nonlinearity.linear-tally', tally(), [D(16, 'linear'), D(8, 'linear'), D(1, 'linear')], 'mse', sgd(0.01, 0.9), T(120, 16));

// ---------------- lr-out-of-range
put('lr-out-of-range.sgd-rate-five', fleece(), [D(24, 'relu'), D(5, 'softmax')], 'cce', sgd(5), T(100, 32));
put('lr-out-of-range.adam-half', hours(), [D(32, 'relu'), D(1, 'linear')], 'mse', adam(0.5), T(150, 32));
put('lr-out-of-range.rmsprop-one', overrun(), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', rms(1), T(100, 32));
put('lr-out-of-range.sgd-1e-7', tally(), [D(16, 'relu'), D(1, 'linear')], 'mse', sgd(1e-7, 0.9), T(150, 16));
put('lr-out-of-range.adam-1e-8', fleece(), [D(24, 'elu'), D(5, 'softmax')], 'cce', adam(1e-8), T(150, 32));

// ---------------- dead-relu
put('dead-relu.negative-bias-init', hours(), [D(32, 'relu', 'he_normal', { bias: -6 }), D(16, 'relu', 'he_normal', { bias: -6 }), D(1, 'linear')], 'mse', adam(0.001), T(150, 32));
put('dead-relu.sgd-big-step-kills', fleece(), [D(32, 'relu'), D(32, 'relu'), D(5, 'softmax')], 'cce', sgd(0.8, 0.9), T(120, 16));
put('dead-relu.bias-minus-three-tally', tally(), [D(24, 'relu', 'he_uniform', { bias: -3 }), D(1, 'linear')], 'mse', rms(0.001), T(150, 16));
put('dead-relu.raw-quote-feature', overrun('none'), [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.01), T(120, 32));

// ---------------- exploding-gradient
put('exploding-gradient.raw-job-book', { ...hours('none'), normalizeTarget: 'none' }, [D(32, 'relu'), D(1, 'linear')], 'mse', sgd(1e-6, 0.9), T(100, 32));
put('exploding-gradient.deep-he-raw-target', { ...tally(), normalizeTarget: 'none' }, [D(32, 'relu'), D(32, 'relu'), D(32, 'relu'), D(32, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', sgd(0.001, 0.9), T(100, 16));
put('exploding-gradient.raw-rpm-column', { ...tally('none'), normalizeTarget: 'none' }, [D(16, 'elu'), D(1, 'linear')], 'mse', sgd(1e-5), T(100, 16));
put('exploding-gradient.big-init-deep', fleece(), [D(32, 'relu', { name: 'normal', std: 1 }), D(32, 'relu', { name: 'normal', std: 1 }), D(32, 'relu', { name: 'normal', std: 1 }), D(32, 'relu', { name: 'normal', std: 1 }), D(5, 'softmax')], 'cce', sgd(0.01, 0.9), T(100, 32));

// ---------------- vanishing-gradient
put('vanishing-gradient.eight-sigmoid-layers', fleece(), Array.from({ length: 8 }, () => D(16, 'sigmoid')).concat([D(5, 'softmax')]), 'cce', sgd(0.05, 0.9), T(150, 32));
put('vanishing-gradient.deep-tanh-small-normal', overrun(), Array.from({ length: 7 }, () => D(24, 'tanh', { name: 'normal', std: 0.02 })).concat([D(1, 'sigmoid')]), 'bce', sgd(0.05), T(150, 32));
put('vanishing-gradient.ten-sigmoid-tally', tally(), Array.from({ length: 10 }, () => D(12, 'sigmoid', 'xavier_normal')).concat([D(1, 'linear')]), 'mse', rms(0.0005), T(150, 32));
put('vanishing-gradient.sigmoid-funnel-hours', hours(), [D(64, 'sigmoid'), D(32, 'sigmoid'), D(16, 'sigmoid'), D(8, 'sigmoid'), D(8, 'sigmoid'), D(4, 'sigmoid'), D(1, 'linear')], 'mse', sgd(0.02, 0.5), T(150, 32));

// ---------------- nan-loss
put('nan-loss.raw-quote-sgd', { ...hours('none'), normalizeTarget: 'none' }, [D(16, 'relu'), D(1, 'linear')], 'mse', sgd(0.01), T(100, 32));
put('nan-loss.raw-tally-big-step', { ...tally('none'), normalizeTarget: 'none' }, [D(16, 'relu'), D(1, 'linear')], 'mse', sgd(0.05, 0.9), T(100, 8));
put('nan-loss.linear-regression-raw-hours', { ...hours('none'), normalizeTarget: 'none' }, [D(1, 'linear')], 'mse', sgd(0.001, 0.9), T(100, 480));
put('nan-loss.adam-raw-everything-rate-high', { ...hours('none'), normalizeTarget: 'none' }, [D(64, 'relu'), D(64, 'relu'), D(1, 'linear')], 'mse', sgd(0.003, 0.95, { nesterov: true }), T(100, 16));

// ---------------- lr-too-high
put('lr-too-high.adam-point-oh-eight', fleece(), [D(32, 'relu'), D(16, 'relu'), D(5, 'softmax')], 'cce', adam(0.08), T(120, 32));
put('lr-too-high.sgd-momentum-big-step-hours', hours(), [D(32, 'tanh'), D(1, 'linear')], 'mse', sgd(0.4, 0.9), T(150, 32));
put('lr-too-high.rmsprop-point-oh-five', tally(), [D(32, 'elu'), D(16, 'elu'), D(1, 'linear')], 'mse', rms(0.05), T(120, 16));
put('lr-too-high.sgd-bce-rate-three', overrun(), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(3, 0.5), T(120, 16));
put('lr-too-high.nesterov-full-batch', builtin('moons', { samples: 400, noise: 0.2 }), [D(32, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.9, 0.99, { nesterov: true }), T(200, 400));

// ---------------- lr-too-low
put('lr-too-low.sgd-1e-4-fleece', fleece(), [D(32, 'relu'), D(5, 'softmax')], 'cce', sgd(1e-4), T(100, 64));
put('lr-too-low.adam-1e-5-hours', hours(), [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', adam(1e-5), T(100, 64));
put('lr-too-low.rmsprop-2e-5-tally', tally(), [D(16, 'tanh'), D(1, 'linear')], 'mse', rms(2e-5), T(100, 32));
put('lr-too-low.sgd-full-batch-overrun', overrun(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.001, 0.5), T(150, 480));

// ---------------- saturated-activation
put('saturated-activation.sigmoid-raw-quote', overrun('none'), [D(24, 'sigmoid'), D(1, 'sigmoid')], 'bce', adam(0.003), T(120, 32));
put('saturated-activation.tanh-raw-job-book', { ...hours('none') }, [D(32, 'tanh'), D(1, 'linear')], 'mse', adam(0.003), T(150, 32));
put('saturated-activation.sigmoid-bias-eight', fleece(), [D(24, 'sigmoid', 'xavier_uniform', { bias: 8 }), D(5, 'softmax')], 'cce', sgd(0.05, 0.9), T(150, 32));
put('saturated-activation.tanh-raw-rpm', tally('none'), [D(16, 'tanh'), D(8, 'tanh'), D(1, 'linear')], 'mse', rms(0.001), T(120, 16));

// ---------------- loss-plateau
put('loss-plateau.one-unit-bottleneck-fleece', fleece(), [D(1, 'relu'), D(16, 'relu'), D(5, 'softmax')], 'cce', adam(0.003), T(200, 32));
put('loss-plateau.weight-decay-point-five', hours(), [D(32, 'relu'), D(1, 'linear')], 'mse', adam(0.003, { weightDecay: 0.5 }), T(150, 32));
put('loss-plateau.one-tanh-bottleneck-spirals', builtin('spirals', { samples: 300, classes: 3 }), [D(1, 'tanh'), D(32, 'relu'), D(3, 'softmax')], 'cce', adam(0.01), T(200, 32));
put('loss-plateau.decay-point-three-overrun', overrun(), [D(24, 'relu'), D(1, 'sigmoid')], 'bce', sgd(0.05, 0.9, { weightDecay: 0.3 }), T(150, 32));

// ---------------- oscillating-loss
put('oscillating-loss.momentum-tiny-batches', hours(), [D(32, 'relu'), D(1, 'linear')], 'mse', sgd(0.05, 0.95), T(150, 4));
put('oscillating-loss.adam-batch-two-fleece', fleece(), [D(32, 'relu'), D(5, 'softmax')], 'cce', adam(0.03), T(120, 2));
put('oscillating-loss.rmsprop-online-tally', tally(), [D(24, 'elu'), D(1, 'linear')], 'mse', rms(0.01), T(120, 1));
put('oscillating-loss.sgd-full-batch-edge', tally(), [D(16, 'tanh'), D(1, 'linear')], 'mse', sgd(0.9), T(150, 360));

// ================= healthy
put('ok.hours-adam-relu', hours(), [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', adam(0.003), T(200, 32));
put('ok.hours-sgd-momentum-tanh', hours(), [D(32, 'tanh'), D(1, 'linear')], 'mse', sgd(0.02, 0.9), T(200, 32));
put('ok.hours-rmsprop-elu-minmax', hours('minmax'), [D(48, 'elu'), D(24, 'elu'), D(1, 'linear')], 'mse', rms(0.002), T(200, 16));
put('ok.hours-nesterov-leaky', hours(), [D(32, 'leaky_relu'), D(32, 'leaky_relu'), D(1, 'linear')], 'mse', sgd(0.01, 0.9, { nesterov: true }), T(200, 16));
put('ok.hours-batchnorm-sgd', hours(), [D(32, 'relu', 'he_normal', { batchNorm: true }), D(16, 'relu', 'he_normal', { batchNorm: true }), D(1, 'linear')], 'mse', sgd(0.01, 0.9), T(150, 32));
put('ok.hours-dropout-adam-val', hours(), [D(64, 'relu'), drop(0.1), D(32, 'relu'), D(1, 'linear')], 'mse', adam(0.002), T(200, 32, { validationSplit: 0.2 }));
put('ok.hours-semicolon-export', { ...hours(), csv: '../data/shed_days_export.csv' }, [D(32, 'relu'), D(1, 'linear')], 'mse', adam(0.003), T(200, 32));
put('ok.hours-online-sgd', hours(), [D(16, 'tanh'), D(1, 'linear')], 'mse', sgd(0.002), T(60, 1));
put('ok.hours-full-batch-adam', hours(), [D(32, 'elu'), D(1, 'linear')], 'mse', adam(0.01), T(400, 480));
put('ok.hours-clipnorm-decay', hours(), [D(32, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', adam(0.003, { weightDecay: 1e-4, clipNorm: 1 }), T(200, 32));
put('ok.overrun-adam-relu', overrun(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.003), T(120, 32));
put('ok.overrun-sgd-tanh', overrun(), [D(16, 'tanh'), D(8, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(0.05, 0.9), T(150, 32));
put('ok.overrun-rmsprop-val', overrun(), [D(24, 'elu'), drop(0.2), D(1, 'sigmoid')], 'bce', rms(0.001), T(150, 16, { validationSplit: 0.25 }));
put('ok.overrun-logistic-only', overrun(), [D(1, 'sigmoid')], 'bce', sgd(0.1), T(200, 32));
put('ok.fleece-adam-relu', fleece(), [D(32, 'relu'), D(5, 'softmax')], 'cce', adam(0.005), T(150, 32));
put('ok.fleece-sgd-nesterov-tanh', fleece(), [D(24, 'tanh'), D(12, 'tanh'), D(5, 'softmax')], 'cce', sgd(0.03, 0.9, { nesterov: true }), T(150, 16));
put('ok.fleece-rmsprop-minmax', fleece('minmax'), [D(32, 'elu'), D(5, 'softmax')], 'cce', rms(0.003), T(200, 32));
put('ok.fleece-batchnorm-deep', fleece(), [D(32, 'relu', 'he_uniform', { batchNorm: true }), D(32, 'relu', 'he_uniform', { batchNorm: true }), D(32, 'relu', 'he_uniform', { batchNorm: true }), D(5, 'softmax')], 'cce', adam(0.002), T(120, 64));
put('ok.fleece-sigmoid-hidden', fleece(), [D(32, 'sigmoid'), D(5, 'softmax')], 'cce', adam(0.01), T(200, 32));
put('ok.fleece-softmax-regression-only', fleece(), [D(5, 'softmax')], 'cce', adam(0.02), T(300, 400));
put('ok.fleece-wide-dropout', fleece(), [D(128, 'relu'), drop(0.3), D(5, 'softmax')], 'cce', adam(0.002), T(150, 32, { validationSplit: 0.2 }));
put('ok.fleece-online-sgd', fleece(), [D(16, 'leaky_relu'), D(5, 'softmax')], 'cce', sgd(0.005), T(60, 1));
put('ok.tally-adam-elu', tally(), [D(24, 'elu'), D(1, 'linear')], 'mse', adam(0.003), T(150, 16));
put('ok.tally-sgd-deep-relu', tally(), [D(32, 'relu'), D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', sgd(0.01, 0.9), T(150, 32));
put('ok.tally-rmsprop-tanh', tally(), [D(16, 'tanh'), D(1, 'linear')], 'mse', rms(0.002), T(150, 32));
put('ok.tally-linear-model-sgd', tally(), [D(1, 'linear')], 'mse', sgd(0.02), T(150, 32));
put('ok.tally-lecun-tanh-decay', tally(), [D(24, 'tanh', 'lecun_normal'), D(12, 'tanh', 'lecun_normal'), D(1, 'linear')], 'mse', adam(0.002, { weightDecay: 1e-4 }), T(150, 16));
put('ok.tally-small-normal-init', tally(), [D(16, 'relu', { name: 'normal', std: 0.3 }), D(1, 'linear', { name: 'normal', std: 0.2 })], 'mse', adam(0.005), T(150, 32));
put('ok.moons-adam', builtin('moons', { samples: 300, noise: 0.15 }), [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.01), T(200, 32));
put('ok.circles-tanh-sgd', builtin('circles', { samples: 300, noise: 0.08 }), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(0.1, 0.9), T(300, 32));
put('ok.spirals-deep-adam', builtin('spirals', { samples: 300, classes: 3, noise: 0.1 }), [D(64, 'relu'), D(64, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', adam(0.005), T(300, 32));
put('ok.blobs-rmsprop', builtin('blobs', { samples: 300, classes: 4 }), [D(8, 'elu'), D(4, 'softmax')], 'cce', rms(0.005), T(100, 16));
put('ok.iris-sgd-momentum', builtin('iris', { normalize: 'standard' }), [D(16, 'tanh'), D(3, 'softmax')], 'cce', sgd(0.05, 0.9), T(200, 16));
put('ok.sine-tanh-adam', builtin('sine', { samples: 300, noise: 0.05 }), [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], 'mse', adam(0.005), T(300, 32));
put('ok.xor-sigmoid-sgd', builtin('xor', { samples: 200, noise: 0.1 }), [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', sgd(0.1, 0.9), T(300, 16));
put('ok.inline-shed-stands', { inline: { x: [[2, 400], [3, 650], [4, 900], [5, 1200], [6, 1500], [2, 300], [3, 800], [4, 1000], [6, 1800], [8, 2400], [7, 2000], [5, 1000]], y: [24, 38, 52, 70, 88, 18, 47, 58, 105, 140, 117, 59] }, normalize: 'standard', normalizeTarget: 'standard' }, [D(8, 'tanh'), D(1, 'linear')], 'mse', adam(0.02), T(400, 12));
put('ok.inline-wet-or-dry', { inline: { x: [[0, 12], [0.5, 14], [8, 9], [15, 7], [3, 16], [0, 22], [20, 8], [11, 10], [1, 18], [25, 6], [6, 13], [0, 25]], y: ['dry', 'dry', 'wet', 'wet', 'dry', 'dry', 'wet', 'wet', 'dry', 'wet', 'wet', 'dry'] }, normalize: 'standard' }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', adam(0.05), T(300, 4));
put('ok.hours-huge-batch-rmsprop-deep', hours(), [D(64, 'elu'), D(64, 'elu'), D(32, 'elu'), D(16, 'elu'), D(1, 'linear')], 'mse', rms(0.001), T(200, 120));
put('ok.overrun-xavier-normal-sigmoid', overrun(), [D(16, 'sigmoid', 'xavier_normal'), D(1, 'sigmoid')], 'bce', adam(0.01), T(200, 32));
put('ok.fleece-high-momentum-small-lr', fleece(), [D(32, 'relu'), D(16, 'relu'), D(5, 'softmax')], 'cce', sgd(0.003, 0.99), T(200, 16));
put('ok.tally-clip-sgd-big-lr', tally(), [D(16, 'relu'), D(1, 'linear')], 'mse', sgd(0.1, 0, { clipNorm: 0.5 }), T(150, 8));

// ---------------- second pass (after the first observation: codes left short)
put('init-symmetry.zeros-deep-elu-fleece', fleece(), [D(24, 'elu', 'zeros'), D(24, 'elu', 'zeros'), D(5, 'softmax')], 'cce', sgd(0.05, 0.9), T(120, 32));
put('exploding-gradient.raw-book-deep-tanh-sgd', { ...hours('none'), normalizeTarget: 'none' }, [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], 'mse', sgd(1e-5, 0.9), T(100, 32));
put('exploding-gradient.raw-tally-elu-momentum', { ...tally(), normalizeTarget: 'none' }, [D(32, 'elu'), D(32, 'elu'), D(32, 'elu'), D(1, 'linear')], 'mse', sgd(2e-4, 0.9), T(100, 16));
put('loss-plateau.one-unit-bottleneck-circles', builtin('circles', { samples: 300, noise: 0.08 }), [D(1, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.01), T(200, 32));
put('loss-plateau.decay-point-four-fleece', fleece(), [D(32, 'relu'), D(5, 'softmax')], 'cce', adam(0.005, { weightDecay: 0.4 }), T(150, 32));
put('oscillating-loss.sgd-momentum-batch-eight-fleece', fleece(), [D(32, 'relu'), D(5, 'softmax')], 'cce', sgd(0.3, 0.9), T(120, 8));
put('oscillating-loss.adam-online-overrun', overrun(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', adam(0.02), T(100, 1));
