/**
 * Writes every candidate spec of set blind241 into candidates/ (faults as <code>.<slug>.nn.json,
 * healthy as ok.<slug>.nn.json). Run: `npx tsx test/faults-blind241/author.ts`.
 * Theme: a stained-glass studio and church-window restorer's own records.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const P = ['window_year', 'area_m2', 'lead_length_m', 'piece_count', 'paint_loss_pct', 'bulge_mm', 'crack_count', 'aspect_deg'];
const K = ['peak_temp_c', 'hold_min', 'ramp_c_per_h', 'paint_layers', 'glass_thickness_mm', 'kiln_age_years'];
const G = ['t_450nm', 't_550nm', 't_650nm', 'fe2o3_pct', 'coo_ppm', 'mno_pct', 'cu_pct', 'thickness_mm'];

const hours = (extra: J = {}) => ({ csv: '../data/panes.csv', target: 'restoration_hours', features: P, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const cond = (extra: J = {}) => ({ csv: '../data/panes.csv', target: 'condition', features: P, normalize: 'standard', ...extra });
const kiln = (extra: J = {}) => ({ csv: '../data/kiln.csv', target: 'fired_ok', features: K, normalize: 'standard', ...extra });
const glass = (extra: J = {}) => ({ csv: '../data/glass-lab.csv', target: 'colour', features: G, normalize: 'standard', ...extra });
const d = (units: number, activation = 'linear', extra: J = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });

function spec(name: string, seed: number, data: unknown, layers: unknown[], loss: string, optimizer: J, training: J, extra: J = {}): J {
  return { name, seed, data, layers, loss, optimizer, training, ...extra };
}
function put(file: string, s: J | string): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), typeof s === 'string' ? s : JSON.stringify(s, null, 2) + '\n');
}

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.optimizer-adamw', spec('hours-adamw', 241, hours(), [d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, { epochs: 100 }));
put('invalid-spec.activation-gelu', spec('kiln-gelu', 241, kiln(), [d(12, 'gelu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('invalid-spec.loss-crossentropy', spec('glass-xent', 241, glass(), [d(16, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('invalid-spec.dropout-rate-percent', spec('cond-drop20', 241, cond(), [d(24, 'relu'), drop(20), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('invalid-spec.validation-split-percent', spec('kiln-val', 241, kiln(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, validationSplit: 20 }));
put('invalid-spec.batchsize-zero', spec('hours-b0', 241, hours(), [d(12, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 60, batchSize: 0 }));
put('invalid-spec.units-string', spec('glass-units', 241, glass(), [d('32' as unknown as number, 'relu'), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 60 }));
put('invalid-spec.init-glorot', spec('kiln-glorot', 241, kiln(), [d(10, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 60 }));
put('invalid-spec.normalize-zscore', spec('hours-zscore', 241, hours({ normalize: 'zscore' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));

// data-error
put('data-error.missing-file', spec('hours-2023', 241, { ...hours(), csv: '../data/panes-2023.csv' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('data-error.na-bulge', spec('hours-gaps', 241, { ...hours(), csv: '../data/panes-gaps.csv' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('data-error.cracks-plus-notes', spec('cond-notes', 241, { ...cond(), csv: '../data/panes-notes.csv' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('data-error.target-typo', spec('kiln-target', 241, kiln({ target: 'fire_ok' }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 80 }));
put('data-error.survey-date-feature', spec('hours-date', 241, hours({ features: ['survey_date', ...P] }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('data-error.kiln-name-feature', spec('kiln-name', 241, kiln({ features: ['kiln', ...K] }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 80 }));
put('data-error.outside-workspace', spec('kiln-share', 241, kiln({ csv: '../../../../../studio-share/kiln.csv' }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 80 }));

// shape-mismatch
put('shape-mismatch.condition-two-units', spec('cond-2', 241, cond(), [d(16, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('shape-mismatch.colour-four-units', spec('glass-4', 241, glass(), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('shape-mismatch.hours-three-outputs', spec('hours-3', 241, hours(), [d(16, 'relu'), d(3)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('shape-mismatch.kiln-two-sigmoid', spec('kiln-2sig', 241, kiln(), [d(8, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 80 }));

// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse-colour', spec('glass-sm-mse', 241, glass(), [d(16, 'relu'), d(5, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('loss-activation-mismatch.bce-linear-kiln', spec('kiln-bce-lin', 241, kiln(), [d(12, 'relu'), d(1)], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 80 }));
put('loss-activation-mismatch.cce-sigmoid-condition', spec('cond-cce-sig', 241, cond(), [d(16, 'tanh'), d(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('loss-activation-mismatch.relu-head-standardised-hours', spec('hours-relu-head', 241, hours(), [d(16, 'relu'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120 }));
put('loss-activation-mismatch.sigmoid-head-raw-hours', spec('hours-sig-head', 241, hours({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));

// init-symmetry
put('init-symmetry.zeros-hidden-hours', spec('hours-zeros', 241, hours(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100 }));
put('init-symmetry.constant-kiln', spec('kiln-const', 241, kiln(), [d(12, 'sigmoid', { init: 'constant', value: 0.1 }), d(1, 'sigmoid', { init: 'constant', value: 0.1 })], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100 }));
put('init-symmetry.zeros-two-hidden-glass', spec('glass-zeros', 241, glass(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100 }));
put('init-symmetry.constant-half-condition', spec('cond-const', 241, cond(), [d(20, 'tanh', { init: 'constant', value: 0.5 }), d(3, 'softmax', { init: 'constant', value: 0.5 })], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 100 }));

// init-scale
put('init-scale.normal-std5-hours', spec('hours-std5', 241, hours(), [d(32, 'tanh', { init: 'normal', std: 5 }), d(16, 'tanh', { init: 'normal', std: 5 }), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100 }));
put('init-scale.uniform-tiny-deep-glass', spec('glass-tiny', 241, glass(), [d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(5, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', { type: 'sgd', lr: 0.01 }, { epochs: 80 }));
put('init-scale.normal-std20-kiln', spec('kiln-std20', 241, kiln(), [d(16, 'sigmoid', { init: 'normal', std: 20 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 100 }));
put('init-scale.normal-std1e-5-cond', spec('cond-std-tiny', 241, cond(), [d(24, 'tanh', { init: 'normal', std: 1e-5 }), d(24, 'tanh', { init: 'normal', std: 1e-5 }), d(3, 'softmax', { init: 'normal', std: 1e-5 })], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.5 }, { epochs: 80 }));

// no-nonlinearity
put('no-nonlinearity.linear-stack-kiln', spec('kiln-linear', 241, kiln(), [d(32), d(16), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 120 }));
put('no-nonlinearity.linear-stack-condition', spec('cond-linear', 241, cond(), [d(24, 'linear'), d(24, 'linear'), d(12, 'linear'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100 }));
put('no-nonlinearity.linear-moons', spec('moons-linear', 241, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 150 }));
put('no-nonlinearity.linear-bn-glass', spec('glass-linear-bn', 241, glass(), [d(32, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100 }));

// lr-out-of-range
put('lr-out-of-range.adam-lr-5', spec('hours-adam5', 241, hours(), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 5 }, { epochs: 80 }));
put('lr-out-of-range.sgd-lr-negative', spec('kiln-neg', 241, kiln(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: -0.01 }, { epochs: 80 }));
put('lr-out-of-range.rmsprop-lr-50', spec('glass-rms50', 241, glass(), [d(16, 'relu'), d(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 50 }, { epochs: 60 }));
put('lr-out-of-range.sgd-lr-1e-9', spec('cond-1e9', 241, cond(), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 1e-9 }, { epochs: 80 }));

// dead-relu
put('dead-relu.bias-minus5-hours', spec('hours-deadbias', 241, hours(), [d(32, 'relu', { bias: -5 }), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100 }));
put('dead-relu.sgd-lr-high-kiln', spec('kiln-dead', 241, kiln(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 2.0 }, { epochs: 80, batchSize: 8 }));
put('dead-relu.bias-minus3-glass', spec('glass-deadbias', 241, glass(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 80 }));
put('dead-relu.raw-years-negative-bias', spec('cond-rawyear', 241, cond({ normalize: 'none' }), [d(16, 'relu', { bias: -2 }), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 80 }));

// exploding-gradient
put('exploding-gradient.raw-hours-sgd', spec('hours-raw', 241, hours({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 50 }));
put('exploding-gradient.raw-features-deep', spec('hours-raw-deep', 241, hours({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 50 }));
put('exploding-gradient.raw-target-momentum', spec('hours-rawtarget', 241, hours({ normalizeTarget: 'none' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 60 }));
put('exploding-gradient.deep-std-linear', spec('glass-deep-big', 241, glass(), [d(32, 'relu', { init: 'normal', std: 1.0 }), d(32, 'relu', { init: 'normal', std: 1.0 }), d(32, 'relu', { init: 'normal', std: 1.0 }), d(32, 'relu', { init: 'normal', std: 1.0 }), d(5, 'softmax', { init: 'normal', std: 1.0 })], 'cce', { type: 'sgd', lr: 0.01 }, { epochs: 40 }));

// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-kiln', spec('kiln-deep-sig', 241, kiln(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 100 }));
put('vanishing-gradient.deep-sigmoid-condition', spec('cond-deep-sig', 241, cond(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.5 }, { epochs: 80 }));
put('vanishing-gradient.deep-tanh-tiny-init', spec('hours-deep-tanh', 241, hours(), [d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 80 }));
put('vanishing-gradient.deep-sigmoid-spirals', spec('spirals-deep-sig', 241, { builtin: 'spirals', samples: 300, classes: 3 }, [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 80 }));

// nan-loss
put('nan-loss.raw-hours-sgd-big', spec('hours-nan', 241, hours({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 40 }));
put('nan-loss.raw-year-momentum', spec('hours-nan-year', 241, hours({ normalize: 'none', normalizeTarget: 'none', features: ['window_year', 'area_m2', 'piece_count'] }), [d(8, 'linear'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 30 }));
put('nan-loss.init-std-huge-deep', spec('kiln-nan-init', 241, kiln(), [d(32, 'relu', { init: 'normal', std: 1e6 }), d(32, 'relu', { init: 'normal', std: 1e6 }), d(32, 'relu', { init: 'normal', std: 1e6 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 20 }));
put('nan-loss.sgd-lr-30-hours', spec('hours-lr30', 241, hours(), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 30 }, { epochs: 30 }));

// lr-too-high
put('lr-too-high.adam-0.5-glass', spec('glass-adam05', 241, glass(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.5 }, { epochs: 80 }));
put('lr-too-high.sgd-1.5-hours', spec('hours-sgd15', 241, hours(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 1.5 }, { epochs: 60 }));
put('lr-too-high.rmsprop-0.3-kiln', spec('kiln-rms03', 241, kiln(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.3 }, { epochs: 80 }));
put('lr-too-high.nesterov-0.8-condition', spec('cond-nest08', 241, cond(), [d(24, 'elu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.8, momentum: 0.9, nesterov: true }, { epochs: 60 }));

// lr-too-low
put('lr-too-low.sgd-1e-5-hours', spec('hours-sgd-1e5', 241, hours(), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-5 }, { epochs: 100 }));
put('lr-too-low.adam-1e-6-glass', spec('glass-adam-1e6', 241, glass(), [d(24, 'relu'), d(5, 'softmax')], 'cce', { type: 'adam', lr: 1e-6 }, { epochs: 100 }));
put('lr-too-low.rmsprop-1e-6-kiln', spec('kiln-rms-1e6', 241, kiln(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 1e-6 }, { epochs: 100 }));
put('lr-too-low.momentum-1e-5-condition', spec('cond-mom-1e5', 241, cond(), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 1e-5, momentum: 0.9 }, { epochs: 80, batchSize: 64 }));

// saturated-activation
put('saturated-activation.raw-features-sigmoid-kiln', spec('kiln-raw-sig', 241, kiln({ normalize: 'none' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 80 }));
put('saturated-activation.raw-years-tanh-hours', spec('hours-raw-tanh', 241, hours({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('saturated-activation.tanh-std3-glass', spec('glass-tanh-std3', 241, glass(), [d(32, 'tanh', { init: 'normal', std: 3 }), d(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 80 }));
put('saturated-activation.sigmoid-bias-8-condition', spec('cond-sig-bias', 241, cond(), [d(24, 'sigmoid', { bias: 8 }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 80 }));

// loss-plateau
put('loss-plateau.sgd-small-deep-tanh-condition', spec('cond-plateau', 241, cond(), [d(8, 'tanh'), d(8, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.002 }, { epochs: 100, batchSize: 400 }));
put('loss-plateau.weight-decay-heavy-kiln', spec('kiln-wd', 241, kiln(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01, weightDecay: 5 }, { epochs: 100 }));
put('loss-plateau.weight-decay-heavy-glass', spec('glass-wd', 241, glass(), [d(24, 'relu'), d(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 3 }, { epochs: 100 }));
put('loss-plateau.dropout-09-hours', spec('hours-drop09', 241, hours(), [d(8, 'relu'), drop(0.9), d(8, 'relu'), drop(0.9), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100 }));
put('loss-plateau.one-unit-bottleneck-circles', spec('circles-1', 241, { builtin: 'circles', samples: 300 }, [d(1, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150 }));

// oscillating-loss
put('oscillating-loss.sgd-batch1-momentum-kiln', spec('kiln-osc', 241, kiln(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, { epochs: 60, batchSize: 1 }));
put('oscillating-loss.adam-0.05-batch4-hours', spec('hours-osc', 241, hours(), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 60, batchSize: 4 }));
put('oscillating-loss.fullbatch-sgd-edge-hours', spec('hours-osc-fb', 241, hours(), [d(8, 'linear'), d(1)], 'mse', { type: 'sgd', lr: 0.9 }, { epochs: 80, batchSize: 400 }));
put('oscillating-loss.rmsprop-0.05-glass', spec('glass-osc', 241, glass(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.05 }, { epochs: 60, batchSize: 8 }));

// ---------------- healthy ----------------
put('ok.hours-adam-relu', spec('hours-adam', 241, hours(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, validationSplit: 0.2 }));
put('ok.hours-sgd-momentum-tanh', spec('hours-sgdm', 241, hours(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 150 }));
put('ok.hours-rmsprop-elu-minmax', spec('hours-rms', 241, hours({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.003 }, { epochs: 150 }));
put('ok.hours-nesterov-leaky', spec('hours-nest', 241, hours(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, { epochs: 120, batchSize: 16 }));
put('ok.hours-linear-regression', spec('hours-linreg', 241, hours(), [d(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 100 }));
put('ok.hours-adam-batch1', spec('hours-b1', 241, hours(), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.0005 }, { epochs: 30, batchSize: 1 }));
put('ok.hours-fullbatch-adam', spec('hours-fb', 241, hours(), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 400 }));
put('ok.hours-bn-dropout-wd', spec('hours-bn', 241, hours(), [d(32, 'relu', { batchNorm: true }), drop(0.1), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', { type: 'adam', lr: 0.003, weightDecay: 1e-4 }, { epochs: 120, validationSplit: 0.15 }));
put('ok.hours-clipnorm-sgd', spec('hours-clip', 241, hours(), [d(24, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 1 }, { epochs: 100 }));
put('ok.hours-few-features', spec('hours-few', 241, hours({ features: ['area_m2', 'piece_count', 'bulge_mm'] }), [d(12, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150 }));
put('ok.hours-deep-narrow-elu', spec('hours-deep', 241, hours(), [d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 150 }));
put('ok.hours-sigmoid-hidden', spec('hours-sig', 241, hours(), [d(16, 'sigmoid'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200 }));
put('ok.kiln-adam-relu', spec('kiln-adam', 241, kiln(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150 }));
put('ok.kiln-sgd-tanh', spec('kiln-sgd', 241, kiln(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 150 }));
put('ok.kiln-rmsprop-elu', spec('kiln-rms', 241, kiln(), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 120, validationSplit: 0.2 }));
put('ok.kiln-eu-export', spec('kiln-eu', 241, { csv: '../data/kiln-eu.csv', target: 'fired_ok', features: K, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150 }));
put('ok.kiln-cce-two-class', spec('kiln-cce', 241, kiln(), [d(16, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150 }));
put('ok.kiln-minmax-nesterov', spec('kiln-nest', 241, kiln({ normalize: 'minmax' }), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, { epochs: 200, batchSize: 16 }));
put('ok.kiln-bn-dropout', spec('kiln-bn', 241, kiln(), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 120 }));
put('ok.kiln-wide-sigmoid', spec('kiln-sigwide', 241, kiln(), [d(64, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200 }));
put('ok.glass-adam-relu', spec('glass-adam', 241, glass(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 120, validationSplit: 0.2 }));
put('ok.glass-sgd-momentum', spec('glass-sgd', 241, glass(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 120 }));
put('ok.glass-rmsprop-leaky', spec('glass-rms', 241, glass(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, { epochs: 100 }));
put('ok.glass-softmax-regression', spec('glass-softreg', 241, glass(), [d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, { epochs: 200 }));
put('ok.glass-bn-deep', spec('glass-bn', 241, glass(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 16 }));
put('ok.glass-batch1-sgd', spec('glass-b1', 241, glass(), [d(16, 'relu'), d(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, { epochs: 30, batchSize: 1 }));
put('ok.glass-minmax-xavier-tanh', spec('glass-minmax', 241, glass({ normalize: 'minmax' }), [d(32, 'tanh', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150 }));
put('ok.cond-adam-relu', spec('cond-adam', 241, cond(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 120 }));
put('ok.cond-nesterov-elu-clip', spec('cond-nest', 241, cond(), [d(24, 'elu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true, clipNorm: 5 }, { epochs: 120 }));
put('ok.cond-rmsprop-dropout', spec('cond-rms', 241, cond(), [d(48, 'relu'), drop(0.3), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, { epochs: 120, validationSplit: 0.2 }));
put('ok.cond-lecun-tanh-fullbatch', spec('cond-lecun', 241, cond(), [d(16, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, { epochs: 300, batchSize: 400 }));
put('ok.cond-he-uniform-deep', spec('cond-heu', 241, cond(), [d(24, 'relu', { init: 'he_uniform' }), d(24, 'relu', { init: 'he_uniform' }), d(24, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 100 }));
put('ok.iris-adam', spec('iris', 241, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150 }));
put('ok.moons-tanh-sgd', spec('moons', 241, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 200 }));
put('ok.circles-relu-rmsprop', spec('circles', 241, { builtin: 'circles', samples: 300 }, [d(24, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, { epochs: 200 }));
put('ok.spirals-deep-adam', spec('spirals', 241, { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 300 }));
put('ok.sine-tanh-adam', spec('sine', 241, { builtin: 'sine', samples: 200 }, [d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 300 }));
put('ok.xor-sigmoid-sgd', spec('xor', 241, { builtin: 'xor', samples: 200 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, { epochs: 200, batchSize: 16 }));
put('ok.blobs-four-elu', spec('blobs', 241, { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'elu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 100 }));
put('ok.inline-lead-weight', spec('lead-weight', 241, { inline: { x: [[1.0, 0.2], [1.5, 0.3], [2.0, 0.3], [2.5, 0.5], [3.0, 0.6], [3.5, 0.6], [4.0, 0.8], [4.5, 0.9], [5.0, 1.0], [5.5, 1.0], [6.0, 1.2], [6.5, 1.3]], y: [0.9, 1.4, 1.8, 2.4, 2.9, 3.2, 3.8, 4.3, 4.8, 5.1, 5.7, 6.2] }, normalize: 'standard' }, [d(4, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.02 }, { epochs: 300, batchSize: 12 }));
put('ok.hours-uniform-init-small', spec('hours-unif', 241, hours(), [d(24, 'tanh', { init: 'uniform', limit: 0.3 }), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 150 }));
put('ok.kiln-two-target-hours-raw-adam', spec('hours-rawtarget-adam', 241, hours({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 200 }));

// ---------------- second pass (after the first observation) ----------------
put('exploding-gradient.raw-everything-adam', spec('hours-raw-adam', 241, hours({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 60 }));
put('exploding-gradient.raw-glass-ppm-deep', spec('glass-raw', 241, glass({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 60 }));
put('exploding-gradient.raw-target-rmsprop-clip', spec('hours-raw-rms', 241, hours({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.0005 }, { epochs: 40 }));
put('oscillating-loss.sgd-batch1-kiln', spec('kiln-osc-b1', 241, kiln(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, { epochs: 60, batchSize: 1 }));
put('oscillating-loss.adam-0.02-batch2-hours', spec('hours-osc-b2', 241, hours(), [d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.02 }, { epochs: 60, batchSize: 2 }));
put('oscillating-loss.fullbatch-sgd-0.45-hours', spec('hours-osc-045', 241, hours(), [d(1)], 'mse', { type: 'sgd', lr: 0.45, momentum: 0.9 }, { epochs: 80, batchSize: 400 }));
put('oscillating-loss.rmsprop-0.02-batch1-glass', spec('glass-osc-b1', 241, glass(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.02 }, { epochs: 40, batchSize: 1 }));
put('lr-too-high.adam-0.3-hours', spec('hours-adam03', 241, hours(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.3 }, { epochs: 60 }));
put('lr-too-high.sgd-momentum-3-kiln', spec('kiln-sgd3', 241, kiln(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3, momentum: 0.9 }, { epochs: 60 }));
