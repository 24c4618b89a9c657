/** Writes every candidate spec of fault set blind225 (bell foundry and ringers) into candidates/. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const CF = ['weight_kg', 'diameter_cm', 'tin_pct', 'pour_temp_c', 'mould_dry_days', 'cooling_hours', 'shift'];
const PF = ['bells', 'changes', 'tenor_cwt', 'band_avg_years', 'method_difficulty', 'practice_nights', 'clock_temp_c'];
const TF = ['hum_cents', 'prime_cents', 'tierce_cents', 'quint_cents', 'nominal_cents', 'lip_thick_mm'];
const cast = (target: string, extra: J = {}): J => ({ csv: '../data/castings.csv', target, features: CF, normalize: 'standard', ...extra });
const peal = (target: string, extra: J = {}): J => ({ csv: '../data/peals.tsv', target, features: PF, normalize: 'standard', ...extra });
const tune = (extra: J = {}): J => ({ csv: '../data/tuning.csv', target: 'profile', features: TF, normalize: 'standard', ...extra });
const d = (units: number, activation: string, extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, shuffle: true, ...extra });

function put(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/\.nn\.json$/, '');
  const spec = { name, seed: 225, ...extra, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}
const adam = (lr: number, extra: J = {}): J => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: J = {}): J => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: J = {}): J => ({ type: 'rmsprop', lr, ...extra });
const crackHead = d(1, 'sigmoid');
const gradeHead = d(3, 'softmax');
const hzHead = d(1, 'linear');

// ---------- faults ----------
// invalid-spec
put('invalid-spec.optimizer-adamw', cast('cracked'), [d(16, 'relu'), crackHead], 'bce', { type: 'adamw', lr: 0.001 }, tr(60, 32));
put('invalid-spec.activation-gelu', cast('tuning_grade'), [d(24, 'gelu'), d(12, 'relu'), gradeHead], 'cce', adam(0.003), tr(80, 32));
put('invalid-spec.dropout-rate-percent', peal('outcome'), [d(16, 'relu'), drop(30), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 16));
put('invalid-spec.loss-keras-name', tune(), [d(16, 'tanh'), d(3, 'softmax')], 'categorical_crossentropy', adam(0.01), tr(60, 32));
put('invalid-spec.validation-split-percent', cast('strike_hz', { normalizeTarget: 'standard' }), [d(16, 'relu'), hzHead], 'mse', adam(0.003), tr(100, 32, { validationSplit: 20 }));
// data-error
put('data-error.ledger-ids-as-features', { csv: '../data/castings.csv', target: 'cracked', normalize: 'standard' }, [d(16, 'relu'), crackHead], 'bce', adam(0.003), tr(60, 32));
put('data-error.target-typo-crack', cast('crack'), [d(16, 'relu'), crackHead], 'bce', adam(0.003), tr(60, 32));
put('data-error.paper-ledger-gaps', { ...cast('strike_hz', { normalizeTarget: 'standard' }), csv: '../data/castings-gaps.csv' }, [d(16, 'relu'), hzHead], 'mse', adam(0.003), tr(100, 32));
put('data-error.missing-2024-ledger', { ...cast('cracked'), csv: '../data/castings-2024.csv' }, [d(16, 'relu'), crackHead], 'bce', adam(0.003), tr(60, 32));
put('data-error.path-outside-workspace', { ...peal('outcome'), csv: '../../../../../../ringing/peals.tsv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60, 32));
put('data-error.tower-name-as-feature', { csv: '../data/peals.tsv', target: 'minutes', features: ['tower', ...PF], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(60, 32));
// shape-mismatch
put('shape-mismatch.grade-two-units', cast('tuning_grade'), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.003), tr(80, 32));
put('shape-mismatch.profile-four-units', tune(), [d(12, 'tanh'), d(4, 'softmax')], 'cce', adam(0.01), tr(80, 32));
put('shape-mismatch.hz-three-units', cast('strike_hz', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(3, 'linear')], 'mse', adam(0.003), tr(80, 32));
put('shape-mismatch.outcome-two-sigmoid', peal('outcome'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
// loss-activation-mismatch
put('loss-activation-mismatch.grade-softmax-mse', cast('tuning_grade'), [d(16, 'relu'), gradeHead], 'mse', adam(0.003), tr(80, 32));
put('loss-activation-mismatch.crack-bce-linear', cast('cracked'), [d(16, 'relu'), d(1, 'linear')], 'bce', adam(0.003), tr(80, 32));
put('loss-activation-mismatch.profile-cce-sigmoid', tune(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', adam(0.01), tr(80, 32));
put('loss-activation-mismatch.minutes-relu-head-standardised', peal('minutes', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(120, 32));
put('loss-activation-mismatch.minutes-sigmoid-head-raw', peal('minutes'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(120, 32));
// init-symmetry
put('init-symmetry.zeros-hidden', cast('tuning_grade'), [d(16, 'tanh', { init: 'zeros' }), gradeHead], 'cce', adam(0.003), tr(80, 32));
put('init-symmetry.constant-point1-relu', peal('outcome'), [d(12, 'relu', { init: 'constant', value: 0.1 }), d(1, 'sigmoid', { init: 'constant', value: 0.1 })], 'bce', sgd(0.05, { momentum: 0.9 }), tr(80, 32));
put('init-symmetry.zeros-two-layers', tune(), [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(3, 'softmax')], 'cce', adam(0.01), tr(80, 32));
put('init-symmetry.constant-half-sigmoid', cast('strike_hz', { normalizeTarget: 'standard' }), [d(10, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), hzHead], 'mse', rms(0.003), tr(100, 32));
// init-scale
put('init-scale.normal-std-10', cast('cracked'), [d(32, 'relu', { init: 'normal', std: 10 }), d(16, 'relu', { init: 'normal', std: 10 }), crackHead], 'bce', adam(0.001), tr(60, 32));
put('init-scale.uniform-limit-50', peal('minutes', { normalizeTarget: 'standard' }), [d(16, 'tanh', { init: 'uniform', limit: 50 }), d(1, 'linear')], 'mse', adam(0.003), tr(80, 32));
put('init-scale.normal-std-1e-5-deep', tune(), [d(16, 'relu', { init: 'normal', std: 1e-5 }), d(16, 'relu', { init: 'normal', std: 1e-5 }), d(16, 'relu', { init: 'normal', std: 1e-5 }), d(3, 'softmax', { init: 'normal', std: 1e-5 })], 'cce', sgd(0.01), tr(80, 32));
put('init-scale.normal-std-4-sigmoid', cast('tuning_grade'), [d(32, 'sigmoid', { init: 'normal', std: 4 }), d(16, 'sigmoid', { init: 'normal', std: 4 }), gradeHead], 'cce', sgd(0.05), tr(80, 32));
// no-nonlinearity
put('no-nonlinearity.linear-stack-grade', cast('tuning_grade'), [d(32, 'linear'), d(16, 'linear'), gradeHead], 'cce', adam(0.003), tr(100, 32));
put('no-nonlinearity.default-activation-peal', peal('outcome'), [{ type: 'dense', units: 24 }, { type: 'dense', units: 12 }, d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('no-nonlinearity.linear-three-crack', cast('cracked'), [d(16, 'linear'), d(16, 'linear'), d(8, 'linear'), crackHead], 'bce', rms(0.001), tr(100, 32));
put('no-nonlinearity.linear-profile', tune(), [d(20, 'linear', { batchNorm: true }), d(10, 'linear'), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
// lr-out-of-range
put('lr-out-of-range.adam-lr-10', cast('cracked'), [d(16, 'relu'), crackHead], 'bce', adam(10), tr(60, 32));
put('lr-out-of-range.sgd-lr-150', peal('minutes', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(150), tr(60, 32));
put('lr-out-of-range.rmsprop-lr-5', tune(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(5), tr(60, 32));
put('lr-out-of-range.adam-lr-1e-9', cast('tuning_grade'), [d(16, 'relu'), gradeHead], 'cce', adam(1e-9), tr(80, 32));
// dead-relu
put('dead-relu.bias-minus-6', cast('strike_hz', { normalizeTarget: 'standard' }), [d(16, 'relu', { bias: -6 }), d(8, 'relu', { bias: -6 }), hzHead], 'mse', adam(0.003), tr(80, 32));
put('dead-relu.sgd-high-lr-raw-weights', { ...cast('cracked'), normalize: 'none' }, [d(16, 'relu'), d(16, 'relu'), crackHead], 'bce', sgd(0.05), tr(60, 32));
put('dead-relu.bias-minus-3-deep', peal('outcome'), [d(16, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(80, 32));
put('dead-relu.adam-lr-big-batch1', tune(), [d(24, 'relu'), d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.3), tr(30, 4));
// exploding-gradient
put('exploding-gradient.raw-kg-raw-hz-sgd', { ...cast('strike_hz'), normalize: 'none' }, [d(16, 'relu'), hzHead], 'mse', sgd(0.001), tr(60, 32));
put('exploding-gradient.deep-relu-std-1', cast('strike_hz', { normalizeTarget: 'standard' }), Array.from({ length: 8 }, () => d(32, 'relu', { init: 'normal', std: 1 })).concat([d(1, 'linear', { init: 'normal', std: 1 })]), 'mse', sgd(0.001), tr(40, 32));
put('exploding-gradient.raw-minutes-momentum', peal('minutes'), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'linear')], 'mse', sgd(0.01, { momentum: 0.9 }), tr(60, 16));
put('exploding-gradient.raw-changes-feature', { ...peal('minutes', { normalizeTarget: 'standard' }), normalize: 'none' }, [d(16, 'linear'), d(1, 'linear')], 'mse', sgd(0.01), tr(60, 32));
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-sgd', cast('tuning_grade'), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([gradeHead]), 'cce', sgd(0.05), tr(80, 32));
put('vanishing-gradient.deep-tanh-tiny-init', peal('outcome'), Array.from({ length: 6 }, () => d(16, 'tanh', { init: 'normal', std: 0.02 })).concat([d(1, 'sigmoid')]), 'bce', sgd(0.1, { momentum: 0.9 }), tr(80, 32));
put('vanishing-gradient.ten-sigmoid-profile', tune(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(3, 'softmax')]), 'cce', rms(0.0005), tr(80, 32));
put('vanishing-gradient.deep-sigmoid-hz', cast('strike_hz', { normalizeTarget: 'standard' }), Array.from({ length: 7 }, () => d(20, 'sigmoid', { init: 'xavier_normal' })).concat([hzHead]), 'mse', sgd(0.01), tr(80, 32));
// nan-loss
put('nan-loss.raw-everything-sgd', { ...cast('strike_hz'), normalize: 'none' }, [d(32, 'relu'), d(16, 'relu'), hzHead], 'mse', sgd(0.05), tr(60, 16));
put('nan-loss.adam-lr-3-raw-minutes', { ...peal('minutes'), normalize: 'none' }, [d(32, 'relu'), d(1, 'linear')], 'mse', sgd(0.1, { momentum: 0.9 }), tr(60, 8));
put('nan-loss.init-std-1e3-linear', cast('strike_hz', { normalizeTarget: 'none' }), [d(64, 'linear', { init: 'normal', std: 1000 }), d(64, 'relu', { init: 'normal', std: 1000 }), d(64, 'relu', { init: 'normal', std: 1000 }), d(1, 'linear', { init: 'normal', std: 1000 })], 'mse', sgd(0.01), tr(40, 32));
put('nan-loss.rmsprop-raw-kg-target', { csv: '../data/castings.csv', target: 'weight_kg', features: ['diameter_cm', 'tin_pct', 'pour_temp_c', 'cooling_hours'], normalize: 'none' }, [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.5), tr(60, 32));
// lr-too-high
put('lr-too-high.adam-half', cast('tuning_grade'), [d(32, 'relu'), d(16, 'relu'), gradeHead], 'cce', adam(0.5), tr(80, 32));
put('lr-too-high.sgd-3-hz', cast('strike_hz', { normalizeTarget: 'standard' }), [d(16, 'tanh'), hzHead], 'mse', sgd(1.5), tr(80, 32));
put('lr-too-high.rmsprop-point3', peal('outcome'), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.3), tr(80, 32));
put('lr-too-high.nesterov-1', tune(), [d(16, 'elu'), d(3, 'softmax')], 'cce', sgd(1, { momentum: 0.9, nesterov: true }), tr(80, 16));
// lr-too-low
put('lr-too-low.sgd-1e-5', cast('tuning_grade'), [d(16, 'relu'), gradeHead], 'cce', sgd(1e-5), tr(80, 32));
put('lr-too-low.adam-1e-6', peal('minutes', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(1e-6), tr(100, 32));
put('lr-too-low.rmsprop-1e-6', tune(), [d(24, 'tanh'), d(3, 'softmax')], 'cce', rms(1e-6), tr(80, 16));
put('lr-too-low.momentum-1e-5-hz', cast('strike_hz', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(8, 'elu'), hzHead], 'mse', sgd(1e-5, { momentum: 0.9 }), tr(100, 32));
// saturated-activation
put('saturated-activation.sigmoid-raw-temps', { ...cast('tuning_grade'), normalize: 'none' }, [d(16, 'sigmoid'), gradeHead], 'cce', adam(0.003), tr(80, 32));
put('saturated-activation.tanh-bias-6', peal('outcome'), [d(16, 'tanh', { bias: 6 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(80, 32));
put('saturated-activation.sigmoid-std-3', tune(), [d(32, 'sigmoid', { init: 'normal', std: 3 }), d(3, 'softmax')], 'cce', sgd(0.02), tr(80, 32));
put('saturated-activation.tanh-raw-changes', { ...peal('minutes', { normalizeTarget: 'standard' }), normalize: 'none' }, [d(16, 'tanh'), d(1, 'linear')], 'mse', adam(0.001), tr(80, 32));
// loss-plateau
put('loss-plateau.weight-decay-1', cast('tuning_grade'), [d(32, 'relu'), d(16, 'relu'), gradeHead], 'cce', adam(0.003, { weightDecay: 1 }), tr(100, 32));
put('loss-plateau.dropout-point9', tune(), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(3, 'softmax')], 'cce', sgd(0.01), tr(100, 32));
put('loss-plateau.one-unit-bottleneck-sigmoid', peal('minutes', { normalizeTarget: 'standard' }), [d(1, 'sigmoid', { init: 'normal', std: 0.01 }), d(1, 'sigmoid'), d(1, 'linear')], 'mse', sgd(0.01), tr(100, 32));
put('loss-plateau.rmsprop-wd-point5-crack', cast('cracked'), [d(16, 'tanh'), crackHead], 'bce', rms(0.01, { weightDecay: 0.5 }), tr(100, 32));
// oscillating-loss
put('oscillating-loss.momentum-99-fullbatch', cast('strike_hz', { normalizeTarget: 'standard' }), [d(16, 'tanh'), hzHead], 'mse', sgd(0.3, { momentum: 0.99 }), tr(120, 400));
put('oscillating-loss.batch1-sgd-point3', peal('outcome'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.3), tr(40, 1));
put('oscillating-loss.rmsprop-fullbatch-point05', tune(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.08), tr(120, 300));
put('oscillating-loss.adam-point1-fullbatch', cast('tuning_grade'), [d(32, 'relu'), gradeHead], 'cce', adam(0.1), tr(150, 400));

// ---------- healthy ----------
put('ok.crack-adam-small', cast('cracked'), [d(16, 'relu'), crackHead], 'bce', adam(0.003), tr(100, 32));
put('ok.crack-rmsprop-tanh-val', cast('cracked'), [d(24, 'tanh'), d(12, 'tanh'), crackHead], 'bce', rms(0.002), tr(100, 32, { validationSplit: 0.2 }));
put('ok.crack-sgd-momentum-minmax', cast('cracked', { normalize: 'minmax' }), [d(16, 'relu'), crackHead], 'bce', sgd(0.1, { momentum: 0.9 }), tr(150, 16));
put('ok.crack-batch1-elu', cast('cracked'), [d(8, 'elu'), crackHead], 'bce', sgd(0.01), tr(40, 1));
put('ok.crack-export-semicolon', { ...cast('cracked'), csv: '../data/castings-export.csv' }, [d(16, 'leaky_relu'), crackHead], 'bce', adam(0.005), tr(100, 64));
put('ok.crack-dropout-wd', cast('cracked'), [d(32, 'relu'), drop(0.2), d(16, 'relu'), crackHead], 'bce', adam(0.002, { weightDecay: 1e-4 }), tr(120, 32));
put('ok.grade-adam-relu', cast('tuning_grade'), [d(32, 'relu'), d(16, 'relu'), gradeHead], 'cce', adam(0.003), tr(100, 32));
put('ok.grade-batchnorm-sgd', cast('tuning_grade'), [d(24, 'relu', { batchNorm: true }), d(12, 'relu', { batchNorm: true }), gradeHead], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
put('ok.grade-nesterov-tanh', cast('tuning_grade'), [d(24, 'tanh'), gradeHead], 'cce', sgd(0.05, { momentum: 0.9, nesterov: true }), tr(150, 32));
put('ok.grade-rmsprop-fullbatch', cast('tuning_grade'), [d(32, 'elu'), d(16, 'elu'), gradeHead], 'cce', rms(0.005), tr(300, 400));
put('ok.grade-sigmoid-hidden-adam', cast('tuning_grade'), [d(24, 'sigmoid'), gradeHead], 'cce', adam(0.01), tr(150, 32));
put('ok.grade-export-clip', { ...cast('tuning_grade'), csv: '../data/castings-export.csv' }, [d(32, 'relu'), d(16, 'relu'), gradeHead], 'cce', adam(0.003, { clipNorm: 1 }), tr(100, 32, { validationSplit: 0.15 }));
put('ok.hz-adam-standard-target', cast('strike_hz', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), hzHead], 'mse', adam(0.003), tr(150, 32));
put('ok.hz-sgd-momentum-tanh', cast('strike_hz', { normalizeTarget: 'standard' }), [d(16, 'tanh'), hzHead], 'mse', sgd(0.02, { momentum: 0.9 }), tr(150, 16));
put('ok.hz-minmax-target-sigmoid-head', cast('strike_hz', { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.005), tr(200, 32));
put('ok.hz-rmsprop-deep-leaky', cast('strike_hz', { normalizeTarget: 'standard' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(8, 'leaky_relu'), hzHead], 'mse', rms(0.001), tr(120, 32));
put('ok.hz-batch1-sgd', cast('strike_hz', { normalizeTarget: 'standard' }), [d(12, 'elu'), hzHead], 'mse', sgd(0.003), tr(30, 1));
put('ok.hz-from-diameter-only', { csv: '../data/castings.csv', target: 'strike_hz', features: ['diameter_cm', 'tin_pct'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'tanh'), d(8, 'tanh'), hzHead], 'mse', adam(0.01), tr(200, 64));
put('ok.peal-outcome-adam', peal('outcome'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('ok.peal-outcome-sgd-plain', peal('outcome'), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(200, 16));
put('ok.peal-outcome-logistic', peal('outcome'), [d(1, 'sigmoid')], 'bce', adam(0.02), tr(100, 32));
put('ok.peal-outcome-cce-two-class', peal('outcome'), [d(16, 'elu'), d(2, 'softmax')], 'cce', rms(0.002), tr(100, 32, { validationSplit: 0.2 }));
put('ok.peal-minutes-adam', peal('minutes', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(150, 32));
put('ok.peal-minutes-linear-regression', peal('minutes', { normalizeTarget: 'standard' }), [d(1, 'linear')], 'mse', sgd(0.05), tr(100, 32));
put('ok.peal-minutes-nesterov-bn', peal('minutes', { normalizeTarget: 'standard' }), [d(24, 'relu', { batchNorm: true }), d(12, 'relu'), d(1, 'linear')], 'mse', sgd(0.01, { momentum: 0.9, nesterov: true }), tr(120, 32));
put('ok.peal-minutes-minmax-rmsprop', peal('minutes', { normalize: 'minmax', normalizeTarget: 'standard' }), [d(16, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', rms(0.003), tr(150, 24));
put('ok.profile-adam-relu', tune(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(80, 32));
put('ok.profile-sgd-plain-tanh', tune(), [d(12, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.1), tr(150, 16));
put('ok.profile-softmax-regression', tune(), [d(3, 'softmax')], 'cce', adam(0.02), tr(100, 32));
put('ok.profile-rmsprop-dropout', tune(), [d(32, 'relu'), drop(0.3), d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(100, 32, { validationSplit: 0.2 }));
put('ok.profile-deep-elu-clip-wd', tune(), [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.002, { clipNorm: 5, weightDecay: 1e-4 }), tr(100, 32));
put('ok.profile-minmax-batch-full', tune({ normalize: 'minmax' }), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.02), tr(300, 300));
put('ok.builtin-iris-handbell-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
put('ok.builtin-moons-nesterov', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9, nesterov: true }), tr(150, 32));
put('ok.builtin-sine-tanh', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(1, 'linear')], 'mse', adam(0.01), tr(200, 32));
put('ok.builtin-spirals-deep', { builtin: 'spirals', samples: 400, classes: 3, noise: 0.05 }, [d(48, 'relu'), d(48, 'relu'), d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
put('ok.builtin-blobs-four-rmsprop', { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(80, 16));
put('ok.inline-bell-weight-to-note', { inline: { x: [[1, 0.5], [2, 0.8], [3, 1.1], [4, 1.3], [5, 1.5], [6, 1.6], [7, 1.8], [8, 1.9], [9, 2.0], [10, 2.2], [11, 2.3], [12, 2.4]], y: [2.0, 1.6, 1.4, 1.25, 1.15, 1.08, 1.02, 0.97, 0.93, 0.9, 0.87, 0.84] }, normalize: 'standard' }, [d(8, 'tanh'), d(1, 'linear')], 'mse', adam(0.02), tr(300, 12));
put('ok.inline-ringer-ready', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.9], [0.9, 0.1], [0.9, 0.9], [0.1, 0.1]], y: ['stand', 'ring', 'ring', 'stand', 'ring', 'ring', 'stand', 'stand'] } }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(300, 8));
put('ok.builtin-circles-sgd-batch1', { builtin: 'circles', samples: 200, noise: 0.05 }, [d(12, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 1));
put('ok.builtin-xor-rmsprop', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(150, 32));

// ---------- second pass (after the first observation): more exploding-gradient and healthy candidates ----------
put('exploding-gradient.raw-kg-target-sgd', { csv: '../data/castings.csv', target: 'weight_kg', features: ['diameter_cm', 'tin_pct', 'pour_temp_c', 'cooling_hours'], normalize: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(1e-4), tr(40, 32));
put('exploding-gradient.raw-hz-target-deep-momentum', cast('strike_hz'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), hzHead], 'mse', sgd(0.001, { momentum: 0.9 }), tr(40, 32));
put('ok.hz-nesterov-bn-deep', cast('strike_hz', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), hzHead], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(100, 32));
put('ok.profile-elu-momentum-batch8', tune(), [d(16, 'elu'), d(8, 'elu'), d(3, 'softmax')], 'cce', sgd(0.02, { momentum: 0.9 }), tr(60, 8));
put('ok.peal-minutes-minmax-target-elu', peal('minutes', { normalizeTarget: 'minmax' }), [d(16, 'elu'), d(1, 'linear')], 'mse', adam(0.005), tr(150, 32));
put('ok.grade-leaky-dropout-val', cast('tuning_grade'), [d(48, 'leaky_relu'), drop(0.2), d(24, 'leaky_relu'), gradeHead], 'cce', adam(0.002), tr(80, 32, { validationSplit: 0.2 }));
