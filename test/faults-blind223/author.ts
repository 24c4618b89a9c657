/**
 * Writes every candidate spec of fault set blind223 into candidates/: `npx tsx test/faults-blind223/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const SAP_F = ['night_low_c', 'day_high_c', 'temp_swing_c', 'snow_depth_cm', 'taps', 'vacuum_inhg', 'sap_brix', 'moon_phase'];
const BATCH_F = ['season_week', 'sap_brix', 'boil_minutes', 'draw_temp_f', 'final_brix', 'ph', 'niter_g_per_l', 'transmittance_pct', 'ro_passes'];
const BUDDY_F = ['day_of_season', 'growing_degree_days', 'sap_brix', 'max_temp_c', 'bud_swell_index', 'tank_hours'];

const sapVol = (normalize = 'standard', normalizeTarget: string | null = 'standard', file = 'sap_runs.csv'): Obj =>
  ({ csv: `../data/${file}`, target: 'sap_litres', features: SAP_F, normalize, ...(normalizeTarget ? { normalizeTarget } : {}) });
const sapRun = (normalize = 'standard'): Obj => ({ csv: '../data/sap_runs.csv', target: 'good_run', features: SAP_F, normalize });
const grade = (normalize = 'standard', file = 'syrup_batches.csv'): Obj => ({ csv: `../data/${file}`, target: 'grade', features: BATCH_F, normalize });
const buddy = (normalize = 'standard'): Obj => ({ csv: '../data/buddy_lots.csv', target: 'buddy', features: BUDDY_F, normalize });
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const sgd = (lr: number, extra: Obj = {}): Obj => ({ type: 'sgd', lr, ...extra });
const adam = (lr: number, extra: Obj = {}): Obj => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: Obj = {}): Obj => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

let seed = 223;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}): void {
  const name = file.replace(/^[^.]+\./, '');
  const s = { name, seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), text);
}

// ---------- invalid-spec ----------
spec('invalid-spec.activation-relu-titlecase', grade(), [d(16, 'Relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
spec('invalid-spec.optimizer-adamw', sapVol(), [d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(100, 32));
spec('invalid-spec.loss-keras-name', grade(), [d(12, 'tanh'), d(4, 'softmax')], 'categorical_crossentropy', adam(0.005), tr(60, 16));
spec('invalid-spec.dropout-rate-percent', buddy(), [d(16, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
spec('invalid-spec.batchsize-zero', sapRun(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(60, 0));
raw('invalid-spec.trailing-comma-layers', `{
  "name": "sugarhouse-volume",
  "seed": 7,
  "data": { "csv": "../data/sap_runs.csv", "target": "sap_litres", "features": ["temp_swing_c", "taps", "vacuum_inhg"], "normalize": "standard", "normalizeTarget": "standard" },
  "layers": [
    { "type": "dense", "units": 16, "activation": "relu" },
    { "type": "dense", "units": 1 },
  ],
  "loss": "mse",
  "optimizer": { "type": "adam", "lr": 0.003 },
  "training": { "epochs": 80, "batchSize": 32 }
}
`);

// ---------- data-error ----------
spec('data-error.next-season-file', { ...sapVol(), csv: '../data/sap_runs_2025.csv' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.target-grade-label', { ...grade(), target: 'grade_label' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
spec('data-error.block-id-feature', { ...sapVol(), features: ['block_id', ...SAP_F] }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.tablet-gaps-na', sapVol('standard', 'standard', 'sap_runs_gaps.csv'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.path-outside-workspace', { ...buddy(), csv: '../../../../../shared/sugarbush/buddy_lots.csv' }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100, 32));
spec('data-error.date-column-feature', { ...sapRun(), features: ['date', 'night_low_c', 'day_high_c', 'vacuum_inhg'] }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100, 32));

// ---------- shape-mismatch ----------
spec('shape-mismatch.three-grades-not-four', grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(80, 32));
spec('shape-mismatch.buddy-two-sigmoid', buddy(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
spec('shape-mismatch.two-targets-one-unit', { ...sapVol(), target: ['sap_litres', 'sap_brix'], features: SAP_F.filter((f) => f !== 'sap_brix') }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('shape-mismatch.grade-five-units', grade(), [d(16, 'tanh'), d(8, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(80, 32));

// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.softmax-mse-grade', grade(), [d(16, 'relu'), d(4, 'softmax')], 'mse', adam(0.003), tr(80, 32));
spec('loss-activation-mismatch.bce-linear-head', buddy(), [d(12, 'relu'), d(1)], 'bce', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', grade(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.003), tr(80, 32));
spec('loss-activation-mismatch.relu-head-standard-target', sapVol(), [d(16, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.bce-tanh-head', sapRun(), [d(12, 'relu'), d(1, 'tanh')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(80, 32));

// ---------- init-symmetry ----------
spec('init-symmetry.zeros-hidden-grade', grade(), [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
spec('init-symmetry.constant-hidden-volume', sapVol(), [d(12, 'relu', { init: 'constant', value: 0.1 }), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.zeros-both-layers-buddy', buddy(), [d(16, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.002), tr(100, 32));
spec('init-symmetry.constant-half-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(10, 'tanh', { init: 'constant', value: 0.5 }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));

// ---------- init-scale ----------
spec('init-scale.normal-std10-grade', grade(), [d(32, 'tanh', { init: 'normal', std: 10 }), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
spec('init-scale.uniform-tiny-deep-volume', sapVol(), [d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(1, 'linear', { init: 'uniform', limit: 1e-5 })], 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std5-relu-buddy', buddy(), [d(24, 'relu', { init: 'normal', std: 5 }), d(24, 'relu', { init: 'normal', std: 5 }), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(100, 32));
spec('init-scale.normal-std8-sigmoid-run', sapRun(), [d(16, 'sigmoid', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));

// ---------- no-nonlinearity ----------
spec('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 400, noise: 0.1 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
spec('no-nonlinearity.linear-stack-circles', { builtin: 'circles', samples: 400, noise: 0.05 }, [d(32, 'linear'), d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150, 32));
spec('no-nonlinearity.linear-hidden-grade', grade(), [d(24, 'linear'), d(12, 'linear'), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
spec('no-nonlinearity.linear-hidden-xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 16));

// ---------- lr-out-of-range ----------
spec('lr-out-of-range.lr-zero-adam', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0), tr(80, 32));
spec('lr-out-of-range.lr-negative-sgd', sapVol(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01, { momentum: 0.9 }), tr(100, 32));
spec('lr-out-of-range.lr-zero-rmsprop', buddy(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0), tr(100, 32));
spec('lr-out-of-range.lr-negative-adam', sapRun(), [d(12, 'elu'), d(1, 'sigmoid')], 'bce', adam(-0.003), tr(80, 32));

// ---------- dead-relu ----------
spec('dead-relu.negative-bias-volume', sapVol(), [d(32, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.001), tr(100, 32));
spec('dead-relu.negative-bias-deep-grade', grade(), [d(24, 'relu'), d(24, 'relu', { bias: -4 }), d(4, 'softmax')], 'cce', sgd(0.01), tr(80, 32));
spec('dead-relu.sgd-big-step-raw-taps', sapRun('none'), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 32));
spec('dead-relu.bias-minus3-buddy', buddy(), [d(16, 'relu', { bias: -3 }), d(8, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(100, 32));

// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-litres-target-sgd', sapVol('standard', null), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(60, 32));
spec('exploding-gradient.raw-features-deep-relu', sapVol('none', 'standard'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.0005, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.deep-wide-init-volume', sapVol(), [d(64, 'relu', { init: 'normal', std: 1.0 }), d(64, 'relu', { init: 'normal', std: 1.0 }), d(64, 'relu', { init: 'normal', std: 1.0 }), d(64, 'relu', { init: 'normal', std: 1.0 }), d(1)], 'mse', sgd(0.001), tr(60, 32));
spec('exploding-gradient.raw-litres-adam-linear', sapVol('minmax', null), [d(8, 'linear'), d(1)], 'mse', adam(0.01), tr(80, 16));

// ---------- vanishing-gradient ----------
spec('vanishing-gradient.deep-sigmoid-grade', grade(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.01), tr(80, 32));
spec('vanishing-gradient.deep-sigmoid-buddy', buddy(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.02, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.deep-tanh-small-init', sapVol(), [d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(1)], 'mse', sgd(0.01), tr(100, 32));
spec('vanishing-gradient.deep-sigmoid-moons', { builtin: 'moons', samples: 300 }, [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(150, 32));

// ---------- nan-loss ----------
spec('nan-loss.raw-everything-sgd', sapVol('none', null), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(50, 32));
spec('nan-loss.raw-target-sgd-momentum', sapVol('standard', null), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), tr(50, 16));
spec('nan-loss.raw-features-lr1-linear', sapVol('none', 'standard'), [d(8), d(1)], 'mse', sgd(1), tr(50, 32));
spec('nan-loss.adam-lr-huge-raw', sapVol('none', null), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.1, { nesterov: true, momentum: 0.9 }), tr(50, 64));

// ---------- lr-too-high ----------
spec('lr-too-high.adam-lr-half-grade', grade(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.5), tr(80, 32));
spec('lr-too-high.sgd-lr3-buddy', buddy(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3, { momentum: 0.9 }), tr(80, 32));
spec('lr-too-high.rmsprop-lr-point3-volume', sapVol(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.3), tr(80, 32));
spec('lr-too-high.adam-lr1-run', sapRun(), [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], 'bce', adam(1), tr(60, 64));
spec('lr-too-high.sgd-lr-point5-volume-linear', sapVol(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.5, { momentum: 0.9 }), tr(80, 8));

// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-5-grade', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(1e-5), tr(80, 32));
spec('lr-too-low.adam-1e-7-volume', sapVol(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(1e-7), tr(100, 32));
spec('lr-too-low.rmsprop-1e-7-buddy', buddy(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', rms(1e-7), tr(100, 32));
spec('lr-too-low.sgd-momentum-1e-6-moons', { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1e-6, { momentum: 0.9 }), tr(150, 64));

// ---------- saturated-activation ----------
spec('saturated-activation.sigmoid-raw-taps', sapRun('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
spec('saturated-activation.tanh-raw-batches', grade('none'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
spec('saturated-activation.tanh-bias-ten', buddy(), [d(16, 'tanh', { bias: 10 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(100, 32));
spec('saturated-activation.sigmoid-raw-buddy-rms', buddy('none'), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100, 32));

// ---------- loss-plateau ----------
spec('loss-plateau.sigmoid-xor-slow-sgd', { builtin: 'xor', samples: 300, noise: 0.05 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(200, 32));
spec('loss-plateau.raw-draw-temp-adam', { ...sapVol('none', 'standard') }, [d(16, 'tanh'), d(1)], 'mse', adam(0.001), tr(100, 32));
spec('loss-plateau.spirals-narrow-sgd', { builtin: 'spirals', samples: 300, classes: 3 }, [d(6, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.05), tr(200, 32));
spec('loss-plateau.grade-full-batch-sgd-sigmoid', grade(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.02), tr(200, 420));

// ---------- oscillating-loss ----------
spec('oscillating-loss.momentum-099-volume', sapVol(), [d(16, 'relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.99 }), tr(100, 32));
spec('oscillating-loss.batch1-sgd-grade', grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.3), tr(40, 1));
spec('oscillating-loss.rmsprop-full-batch-buddy', buddy(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(150, 360));
spec('oscillating-loss.adam-lr-point1-run', sapRun(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(80, 8));

// ---------- healthy ----------
spec('ok.volume-adam-relu', sapVol(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
spec('ok.volume-sgd-momentum-tanh', sapVol(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.volume-nesterov-elu', sapVol('minmax', 'standard'), [d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(200, 16));
spec('ok.volume-rmsprop-leaky', sapVol(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(150, 32));
spec('ok.volume-minmax-target', sapVol('standard', 'minmax'), [d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(200, 32));
spec('ok.volume-batchnorm-deep', sapVol(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.002), tr(120, 64));
spec('ok.volume-dropout-val', sapVol(), [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.volume-full-batch-adam', sapVol(), [d(24, 'tanh'), d(1)], 'mse', adam(0.02), tr(400, 480));
spec('ok.volume-batch1-sgd', sapVol(), [d(12, 'relu'), d(1)], 'mse', sgd(0.002), tr(30, 1));
spec('ok.volume-clipnorm-sgd', sapVol(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.9, clipNorm: 1 }), tr(120, 32));
spec('ok.run-adam-relu', sapRun(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120, 32));
spec('ok.run-sgd-sigmoid-hidden', sapRun(), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), tr(150, 32));
spec('ok.run-rmsprop-tanh-minmax', sapRun('minmax'), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120, 32));
spec('ok.run-wide-dropout-val', sapRun(), [d(128, 'relu'), drop(0.3), d(1, 'sigmoid')], 'bce', adam(0.002), tr(100, 64, { validationSplit: 0.25 }));
spec('ok.grade-adam-relu', grade(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(150, 32));
spec('ok.grade-sgd-nesterov-tanh', grade(), [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.grade-french-export', grade('standard', 'syrup_batches_fr.csv'), [d(24, 'elu'), d(4, 'softmax')], 'cce', adam(0.005), tr(150, 32));
spec('ok.grade-rmsprop-batchnorm', grade(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', rms(0.003), tr(100, 32));
spec('ok.grade-minmax-leaky-deep', grade('minmax'), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(150, 32));
spec('ok.grade-two-features', { ...grade(), features: ['transmittance_pct', 'season_week'] }, [d(16, 'tanh'), d(4, 'softmax')], 'cce', adam(0.01), tr(200, 32));
spec('ok.grade-weight-decay-val', grade(), [d(48, 'relu'), drop(0.2), d(4, 'softmax')], 'cce', adam(0.003, { weightDecay: 5e-4 }), tr(150, 16, { validationSplit: 0.2 }));
spec('ok.grade-full-batch-sgd', grade(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.5, { momentum: 0.9 }), tr(400, 420));
spec('ok.grade-xavier-normal-sigmoid', grade(), [d(24, 'sigmoid', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', adam(0.01), tr(200, 32));
spec('ok.buddy-adam-relu', buddy(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(150, 32));
spec('ok.buddy-sgd-plain-tanh', buddy(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(200, 16));
spec('ok.buddy-lecun-elu-rms', buddy(), [d(16, 'elu', { init: 'lecun_normal' }), d(8, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(120, 32));
spec('ok.buddy-logistic-only', buddy(), [d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 32));
spec('ok.buddy-he-uniform-batch8', buddy(), [d(24, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', sgd(0.01, { momentum: 0.9 }), tr(100, 8));
spec('ok.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
spec('ok.moons-sgd-momentum', { builtin: 'moons', samples: 400, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), tr(150, 32));
spec('ok.circles-tanh-rms', { builtin: 'circles', samples: 400, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 32));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 450, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
spec('ok.blobs-five-sgd', { builtin: 'blobs', samples: 400, classes: 5 }, [d(16, 'relu'), d(5, 'softmax')], 'cce', sgd(0.05), tr(150, 32));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 32));
spec('ok.xor-elu-nesterov', { builtin: 'xor', samples: 400, noise: 0.1 }, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9, nesterov: true }), tr(200, 32));
spec('ok.inline-brix-to-syrup-ratio', { inline: { x: [[1.0], [1.5], [2.0], [2.5], [3.0], [3.5], [4.0], [1.2], [1.8], [2.2], [2.8], [3.2]], y: [86, 57.3, 43, 34.4, 28.7, 24.6, 21.5, 71.7, 47.8, 39.1, 30.7, 26.9] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(400, 12));
spec('ok.volume-three-features-linear', { ...sapVol(), features: ['temp_swing_c', 'taps', 'vacuum_inhg'] }, [d(1)], 'mse', sgd(0.05), tr(100, 32));
spec('ok.run-batchnorm-sgd-sigmoid-head', sapRun('none'), [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
spec('ok.grade-rmsprop-clip-batch4', grade(), [d(16, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.001, { clipNorm: 5 }), tr(60, 4));
spec('ok.volume-elu-deep-four', sapVol(), [d(24, 'elu'), d(24, 'elu'), d(24, 'elu'), d(24, 'elu'), d(1)], 'mse', adam(0.001), tr(150, 32));
spec('ok.buddy-full-batch-lbfgs-like-adam', buddy(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(300, 360));
spec('ok.moons-leaky-batch2', { builtin: 'moons', samples: 200, noise: 0.1 }, [d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', sgd(0.02), tr(60, 2));

// ---------- oscillating-loss, second pass ----------
spec('oscillating-loss.rmsprop-batch4-volume', sapVol(), [d(32, 'relu'), d(1)], 'mse', rms(0.02), tr(60, 4));
spec('oscillating-loss.sgd-momentum-batch8-run', sapRun(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.8, { momentum: 0.9 }), tr(60, 8));
