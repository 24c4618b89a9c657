/** Writes every candidate spec of set blind211 (ropeway and funicular operators) into candidates/: `npx tsx author.ts`. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const D = (units: number, activation?: string, more: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const LIFT = ['hour', 'temp_c', 'wind_kmh', 'snow_cm', 'holiday', 'weekend', 'price_chf'];
const HOLD = ['mean_wind_kmh', 'gust_kmh', 'wind_dir_deg', 'temp_c', 'span_m', 'icing_index', 'visibility_m'];
const ROPE = ['broken_wires_per_m', 'diameter_loss_pct', 'age_years', 'operating_hours', 'corrosion_index', 'splice_count'];
const ENERGY = ['load_kg', 'gradient_pct', 'speed_ms', 'outside_temp_c', 'regen'];
const lift = (more: Obj = {}): Obj => ({ csv: '../data/lift_rides.csv', target: 'passengers_per_hour', features: LIFT, normalize: 'standard', normalizeTarget: 'standard', ...more });
const hold = (more: Obj = {}): Obj => ({ csv: '../data/wind_holds.csv', target: 'hold', features: HOLD, normalize: 'standard', ...more });
const rope = (more: Obj = {}): Obj => ({ csv: '../data/rope_condition.csv', target: 'grade', features: ROPE, normalize: 'standard', ...more });
const energy = (more: Obj = {}): Obj => ({ csv: '../data/funicular_energy.csv', target: 'energy_kwh', features: ENERGY, normalize: 'standard', normalizeTarget: 'standard', ...more });
const vib = (more: Obj = {}): Obj => ({ csv: '../data/cabin_vibration.csv', target: 'vibration_mm_s', normalize: 'minmax', normalizeTarget: 'standard', ...more });

let n = 0;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 211): void {
  const s = { name: file, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
  n++;
}
const T = (epochs: number, batchSize: number, more: Obj = {}): Obj => ({ epochs, batchSize, ...more });

// ---------- invalid-spec ----------
spec('invalid-spec.adamw-optimizer', hold(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001 }, T(60, 32));
spec('invalid-spec.gelu-activation', lift(), [D(32, 'gelu'), D(16, 'gelu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('invalid-spec.keras-loss-name', rope(), [D(24, 'relu'), D(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.005 }, T(80, 32));
spec('invalid-spec.dropout-rate-percent', vib(), [D(32, 'relu'), drop(30), D(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, T(60, 16));
spec('invalid-spec.validation-split-one', energy(), [D(16, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(60, 32, { validationSplit: 1.0 }));

// ---------- data-error ----------
spec('data-error.missing-export-file', { csv: '../data/lift_rides_2024.csv', target: 'passengers_per_hour', features: LIFT, normalize: 'standard' }, [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, T(60, 32));
spec('data-error.target-column-renamed', hold({ target: 'wind_hold' }), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(60, 32));
spec('data-error.station-name-as-feature', hold({ features: ['station', ...HOLD] }), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(60, 32));
spec('data-error.scada-gaps-na', { csv: '../data/wind_holds_gaps.csv', target: 'hold', features: HOLD, normalize: 'standard' }, [D(12, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, T(60, 32));
spec('data-error.path-outside-workspace', { csv: '../../../../../../srv/scada/rope_condition.csv', target: 'grade', features: ROPE, normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(60, 32));

// ---------- shape-mismatch ----------
spec('shape-mismatch.two-grades-head', rope(), [D(24, 'relu'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(80, 32));
spec('shape-mismatch.five-unit-grade-head', rope(), [D(16, 'tanh'), D(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(80, 16));
spec('shape-mismatch.three-outputs-one-target', energy(), [D(16, 'relu'), D(3)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('shape-mismatch.one-output-two-targets', lift({ target: ['passengers_per_hour', 'snow_cm'], features: ['hour', 'temp_c', 'wind_kmh', 'holiday', 'weekend', 'price_chf'] }), [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));

// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.softmax-regression', energy(), [D(16, 'relu'), D(1, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('loss-activation-mismatch.bce-linear-head', hold(), [D(16, 'relu'), D(1)], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', rope(), [D(24, 'relu'), D(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('loss-activation-mismatch.relu-head-standardised-target', lift(), [D(32, 'relu'), D(16, 'relu'), D(1, 'relu')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('loss-activation-mismatch.tanh-head-bce', hold(), [D(16, 'relu'), D(1, 'tanh')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(80, 32));

// ---------- init-symmetry ----------
spec('init-symmetry.zeros-hidden', vib(), [D(24, 'tanh', { init: 'zeros' }), D(1, undefined, { init: 'zeros' })], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 16));
spec('init-symmetry.constant-hidden', hold(), [D(16, 'sigmoid', { init: { name: 'constant', value: 0.1 } }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('init-symmetry.zeros-two-layers', rope(), [D(32, 'relu', { init: 'zeros' }), D(16, 'relu', { init: 'zeros' }), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('init-symmetry.constant-deep-regression', energy(), [D(16, 'tanh', { init: 'constant', value: 0.05 }), D(16, 'tanh', { init: 'constant', value: 0.05 }), D(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, T(100, 32));

// ---------- init-scale ----------
spec('init-scale.normal-std-ten', hold(), [D(32, 'tanh', { init: 'normal', std: 10 }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('init-scale.uniform-limit-tiny-deep', lift(), [D(32, 'relu', { init: 'uniform', limit: 1e-5 }), D(32, 'relu', { init: 'uniform', limit: 1e-5 }), D(32, 'relu', { init: 'uniform', limit: 1e-5 }), D(1, undefined, { init: 'uniform', limit: 1e-5 })], 'mse', { type: 'sgd', lr: 0.01 }, T(80, 32));
spec('init-scale.normal-std-five-relu', energy(), [D(64, 'relu', { init: 'normal', std: 5 }), D(64, 'relu', { init: 'normal', std: 5 }), D(1, undefined, { init: 'normal', std: 5 })], 'mse', { type: 'adam', lr: 0.001 }, T(80, 32));
spec('init-scale.uniform-limit-three-sigmoid', rope(), [D(48, 'sigmoid', { init: 'uniform', limit: 3 }), D(3, 'softmax', { init: 'uniform', limit: 3 })], 'cce', { type: 'sgd', lr: 0.05 }, T(80, 32));

// ---------- no-nonlinearity ----------
spec('no-nonlinearity.linear-hidden-circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(32, 'linear'), D(32, 'linear'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100, 32));
spec('no-nonlinearity.default-activation-energy', energy(), [D(32), D(16), D(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('no-nonlinearity.linear-stack-rope', rope(), [D(32, 'linear'), D(16, 'linear'), D(8, 'linear'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(100, 32));
spec('no-nonlinearity.linear-lift-peak', lift({ features: ['hour'] }), [D(16), D(16), D(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(100, 16));

// ---------- lr-out-of-range ----------
spec('lr-out-of-range.adam-lr-fifty', hold(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 50 }, T(60, 32));
spec('lr-out-of-range.sgd-lr-200', vib(), [D(16, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 200 }, T(60, 16));
spec('lr-out-of-range.rmsprop-lr-1e-9', rope(), [D(24, 'relu'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 1e-9 }, T(60, 32));
spec('lr-out-of-range.sgd-lr-negative', energy(), [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: -0.01 }, T(60, 32));

// ---------- dead-relu ----------
spec('dead-relu.negative-bias-init', lift(), [D(32, 'relu', { bias: -8 }), D(1)], 'mse', { type: 'adam', lr: 0.001 }, T(80, 32));
spec('dead-relu.sgd-kick-kills-units', hold(), [D(64, 'relu'), D(64, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3, momentum: 0.9 }, T(60, 8));
spec('dead-relu.raw-hours-negative-bias', rope({ normalize: 'none' }), [D(24, 'relu', { bias: -3, init: 'he_uniform' }), D(16, 'relu', { bias: -3 }), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, T(80, 32));

// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-passenger-counts', lift({ normalize: 'none', normalizeTarget: 'none' }), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.001 }, T(60, 32));
spec('exploding-gradient.raw-operating-hours-sgd', { csv: '../data/rope_condition.csv', target: 'diameter_loss_pct', features: ['broken_wires_per_m', 'age_years', 'operating_hours', 'corrosion_index'] }, [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, T(60, 16));
spec('exploding-gradient.deep-large-init', energy(), [D(32, 'linear', { init: 'normal', std: 1.5 }), D(32, 'leaky_relu', { init: 'normal', std: 1.5 }), D(32, 'leaky_relu', { init: 'normal', std: 1.5 }), D(32, 'leaky_relu', { init: 'normal', std: 1.5 }), D(1, undefined, { init: 'normal', std: 1.5 })], 'mse', { type: 'sgd', lr: 0.001 }, T(40, 32));
spec('exploding-gradient.raw-kwh-target-rmsprop', energy({ normalize: 'none', normalizeTarget: 'none' }), [D(32, 'elu'), D(32, 'elu'), D(1)], 'mse', { type: 'sgd', lr: 0.0005, momentum: 0.95 }, T(60, 32));

// ---------- vanishing-gradient ----------
spec('vanishing-gradient.deep-sigmoid-stack', hold(), [D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(80, 32));
spec('vanishing-gradient.deep-tanh-small-init', vib(), [D(24, 'tanh', { init: 'normal', std: 0.01 }), D(24, 'tanh', { init: 'normal', std: 0.01 }), D(24, 'tanh', { init: 'normal', std: 0.01 }), D(24, 'tanh', { init: 'normal', std: 0.01 }), D(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(80, 16));
spec('vanishing-gradient.sigmoid-ten-layers-rope', rope(), [...Array.from({ length: 10 }, () => D(12, 'sigmoid', { init: 'xavier_normal' })), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.5 }, T(80, 32));

// ---------- nan-loss ----------
spec('nan-loss.raw-targets-sgd-high', lift({ normalize: 'none', normalizeTarget: 'none' }), [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.05 }, T(60, 32));
spec('nan-loss.raw-energy-momentum', energy({ normalize: 'none', normalizeTarget: 'none' }), [D(32, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(60, 8));
spec('nan-loss.raw-vibration-sgd-batch1', { csv: '../data/cabin_vibration.csv', target: 'vibration_mm_s' }, [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.01 }, T(40, 1));

// ---------- lr-too-high ----------
spec('lr-too-high.adam-half', rope(), [D(32, 'relu'), D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.5 }, T(80, 32));
spec('lr-too-high.sgd-two', hold(), [D(24, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 8 }, T(80, 16));
spec('lr-too-high.rmsprop-point-three', lift(), [D(32, 'relu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.3 }, T(80, 32));
spec('lr-too-high.nesterov-one', energy(), [D(32, 'elu'), D(16, 'elu'), D(1)], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.9, nesterov: true }, T(80, 16));

// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-5', vib(), [D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 1e-5 }, T(60, 32));
spec('lr-too-low.adam-1e-6', hold(), [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 1e-6 }, T(80, 32));
spec('lr-too-low.rmsprop-3e-6', rope(), [D(24, 'tanh'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 3e-6 }, T(80, 32));
spec('lr-too-low.full-batch-sgd-tiny', energy(), [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 1e-4 }, T(100, 300));

// ---------- saturated-activation ----------
spec('saturated-activation.raw-visibility-sigmoid', hold({ normalize: 'none' }), [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('saturated-activation.tanh-bias-six', lift(), [D(24, 'tanh', { bias: 6 }), D(1)], 'mse', { type: 'sgd', lr: 0.01 }, T(80, 32));
spec('saturated-activation.raw-hours-tanh', rope({ normalize: 'none' }), [D(24, 'tanh'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, T(80, 32));
spec('saturated-activation.raw-load-kg-sigmoid', energy({ normalize: 'none' }), [D(16, 'sigmoid'), D(8, 'sigmoid'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, T(80, 32));

// ---------- loss-plateau ----------
spec('loss-plateau.weight-decay-huge', lift(), [D(32, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003, weightDecay: 5 }, T(80, 32));
spec('loss-plateau.dropout-ninety', hold(), [D(32, 'relu'), drop(0.9), D(16, 'relu'), drop(0.9), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32));
spec('loss-plateau.one-unit-bottleneck-rope', rope(), [D(32, 'relu'), D(1, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32), 7);
spec('loss-plateau.clipnorm-tiny', energy(), [D(32, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.01, clipNorm: 1e-4 }, T(80, 32));

// ---------- oscillating-loss ----------
spec('oscillating-loss.momentum-099', vib(), [D(32, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.99 }, T(100, 280));
spec('oscillating-loss.full-batch-sgd-edge', lift(), [D(16, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.9 }, T(100, 360));
spec('oscillating-loss.adam-batch-two', hold(), [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(80, 2));
spec('oscillating-loss.rmsprop-full-batch', energy(), [D(32, 'relu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, T(100, 300));

spec('dead-relu.bias-minus-five-deep', hold(), [D(32, 'relu', { bias: -5 }), D(16, 'relu', { bias: -5 }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(80, 32));
spec('dead-relu.rope-bias-minus-ten', rope(), [D(48, 'relu', { bias: -10 }), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, T(80, 32));
spec('dead-relu.vibration-constant-negative-bias', vib(), [D(24, 'relu', { bias: -4, init: 'he_uniform' }), D(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(80, 16));
spec('exploding-gradient.raw-passengers-adam', lift({ normalize: 'none', normalizeTarget: 'none' }), [D(32, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.001 }, T(60, 32));
spec('exploding-gradient.raw-energy-rmsprop', energy({ normalize: 'none', normalizeTarget: 'none' }), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, T(60, 32));

// ---------- healthy ----------
spec('ok.holds-adam-relu', hold(), [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('ok.holds-sgd-momentum-tanh', hold(), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(120, 16));
spec('ok.holds-nesterov-elu-val', hold(), [D(24, 'elu'), D(12, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, T(120, 32, { validationSplit: 0.2 }));
spec('ok.holds-rmsprop-dropout', hold(), [D(48, 'relu'), drop(0.2), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(100, 64));
spec('ok.holds-minmax-batchnorm', hold({ normalize: 'minmax' }), [D(32, 'relu', { batchNorm: true }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100, 32));
spec('ok.holds-plain-sgd-batch1', hold(), [D(8, 'leaky_relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, T(40, 1));
spec('ok.holds-logistic-only', hold(), [D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(150, 400));
spec('ok.holds-softmax-two-class', hold(), [D(16, 'relu'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('ok.rope-adam-relu', rope(), [D(32, 'relu'), D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('ok.rope-sgd-momentum-tanh', rope(), [D(24, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(150, 16));
spec('ok.rope-rmsprop-wd', rope(), [D(32, 'elu'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002, weightDecay: 1e-4 }, T(120, 32));
spec('ok.rope-deep-batchnorm-leaky', rope(), [D(32, 'leaky_relu', { batchNorm: true }), D(32, 'leaky_relu', { batchNorm: true }), D(16, 'leaky_relu', { batchNorm: true }), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(80, 64));
spec('ok.rope-minmax-clip-val', rope({ normalize: 'minmax' }), [D(32, 'relu'), drop(0.1), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005, clipNorm: 1 }, T(150, 32, { validationSplit: 0.15 }));
spec('ok.rope-sigmoid-hidden-nesterov', rope(), [D(24, 'sigmoid'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.3, momentum: 0.9, nesterov: true }, T(150, 32));
spec('ok.lift-adam-relu', lift(), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('ok.lift-sgd-momentum-tanh', lift(), [D(32, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(150, 16));
spec('ok.lift-rmsprop-elu-val', lift(), [D(32, 'elu'), D(16, 'elu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, T(150, 32, { validationSplit: 0.2 }));
spec('ok.lift-minmax-targets', lift({ normalize: 'minmax', normalizeTarget: 'minmax' }), [D(32, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.005 }, T(200, 16));
spec('ok.lift-wide-dropout-clip', lift(), [D(128, 'relu'), drop(0.2), D(1)], 'mse', { type: 'adam', lr: 0.002, clipNorm: 5 }, T(120, 64));
spec('ok.lift-batchnorm-sgd', lift(), [D(32, 'relu', { batchNorm: true }), D(16, 'relu', { batchNorm: true }), D(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(120, 32));
spec('ok.energy-adam-relu', energy(), [D(32, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('ok.energy-sgd-plain-full-batch', energy(), [D(16, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.1 }, T(400, 300));
spec('ok.energy-nesterov-deep-elu', energy(), [D(32, 'elu'), D(32, 'elu'), D(16, 'elu'), D(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, T(150, 16));
spec('ok.energy-rmsprop-leaky-wd', energy(), [D(48, 'leaky_relu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.001, weightDecay: 1e-4 }, T(150, 32));
spec('ok.energy-linear-regression', energy(), [D(1)], 'mse', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.energy-batch1-sgd', energy(), [D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.003 }, T(30, 1));
spec('ok.vibration-adam-relu', vib(), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('ok.vibration-tanh-momentum', vib(), [D(24, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(200, 16));
spec('ok.vibration-standard-rmsprop', vib({ normalize: 'standard' }), [D(32, 'elu'), D(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, T(150, 32));
spec('ok.vibration-lecun-selu-like', vib({ normalize: 'standard' }), [D(32, 'elu', { init: 'lecun_normal' }), D(32, 'elu', { init: 'lecun_normal' }), D(1)], 'mse', { type: 'adam', lr: 0.002 }, T(150, 32));
spec('ok.vibration-small-init-shallow', vib({ normalize: 'standard' }), [D(32, 'relu', { init: 'normal', std: 0.1 }), D(1, undefined, { init: 'normal', std: 0.1 })], 'mse', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('ok.moons-sgd-momentum', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(200, 32));
spec('ok.circles-tanh-adam', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(16, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [D(64, 'relu'), D(64, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300, 32));
spec('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005 }, T(150, 16));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [D(32, 'tanh'), D(32, 'tanh'), D(1)], 'mse', { type: 'adam', lr: 0.005 }, T(300, 32));
spec('ok.blobs-four-class-sgd', { builtin: 'blobs', samples: 400, classes: 4 }, [D(16, 'relu'), D(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('ok.xor-leaky-adam', { builtin: 'xor', samples: 300, noise: 0.1 }, [D(16, 'leaky_relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.inline-tower-inspection', { inline: { x: [[0.1, 0.2], [0.9, 0.8], [0.2, 0.1], [0.8, 0.9], [0.15, 0.3], [0.85, 0.7], [0.3, 0.2], [0.7, 0.8], [0.25, 0.15], [0.75, 0.95], [0.05, 0.25], [0.95, 0.75]], y: ['pass', 'fail', 'pass', 'fail', 'pass', 'fail', 'pass', 'fail', 'pass', 'fail', 'pass', 'fail'] } }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(200, 12));
spec('ok.holds-deep-narrow-rmsprop', hold(), [D(12, 'relu'), D(12, 'relu'), D(12, 'relu'), D(12, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, T(120, 32));
spec('ok.lift-linear-head-huge-epochs', lift(), [D(16, 'elu'), D(1)], 'mse', { type: 'adam', lr: 0.001 }, T(400, 64));

console.log(`wrote ${n} candidates`);
