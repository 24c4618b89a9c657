/** Blind set 286 (harbour tugboat operators): writes every candidate spec into candidates/. `npx tsx author.ts` */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
const d = (units: number, activation = 'linear', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });
let n = 0;
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/^[a-z-]+\./, '');
  const s = { name, seed: 286 + (n++ % 7), data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const JF = ['ship_gt', 'loa_m', 'wind_kn', 'current_kn', 'tide_m', 'tugs', 'night', 'pilot_years'];
const EF = ['rpm', 'fuel_lph', 'exhaust_c', 'oil_bar', 'coolant_c', 'running_hours', 'vibration_mm_s'];
const jobsDur = (x: J = {}): J => ({ csv: '../data/jobs.csv', target: 'duration_min', features: JF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const jobsDelay = (x: J = {}): J => ({ csv: '../data/jobs.csv', target: 'delayed', features: JF, normalize: 'standard', ...x });
const jobsType = (x: J = {}): J => ({ csv: '../data/jobs.csv', target: 'job_type', features: JF, normalize: 'standard', ...x });
const eng = (x: J = {}): J => ({ csv: '../data/engines.csv', target: 'fault', features: EF, normalize: 'standard', ...x });
const engEu = (x: J = {}): J => ({ csv: '../data/engines-eu.csv', target: 'fault', features: EF, normalize: 'minmax', ...x });
const bunk = (x: J = {}): J => ({ csv: '../data/bunker.csv', target: 'fuel_litres', normalize: 'standard', normalizeTarget: 'standard', ...x });
const b = (builtin: string, x: J = {}): J => ({ builtin, ...x });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', jobsDelay(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(80, 32));
spec('invalid-spec.relu-camelcase', jobsDur(), [d(24, 'ReLu'), d(12, 'ReLu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 16));
spec('invalid-spec.dropout-percent', eng(), [d(32, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(100, 32));
spec('invalid-spec.keras-loss-name', jobsType(), [d(16, 'tanh'), d(4, 'softmax')], 'categorical_crossentropy', opt('rmsprop', 0.002), tr(80, 32));
spec('invalid-spec.validation-split-one', bunk(), [d(16, 'elu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(100, 32, { validationSplit: 1 }));
spec('invalid-spec.batch-zero', eng(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 0));
// data-error
spec('data-error.text-columns-unlisted', { csv: '../data/jobs.csv', target: 'duration_min', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.target-typo', jobsDur({ target: 'duration_mins' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.next-year-file', jobsDelay({ csv: '../data/jobs-2024.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('data-error.gaps-export', jobsDur({ csv: '../data/jobs-gaps.csv' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.path-outside-workspace', eng({ csv: '../../../../../../srv/fleet/engines.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('data-error.unit-as-feature', eng({ features: ['unit', ...EF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
// shape-mismatch
spec('shape-mismatch.three-job-types', jobsType(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.two-sigmoid-units', eng(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.two-outputs-one-target', bunk(), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.iris-four-units', b('iris', { normalize: 'standard' }), [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));
spec('shape-mismatch.two-targets-one-unit', jobsDur({ target: ['duration_min', 'tide_m'], features: JF.filter((f) => f !== 'tide_m') }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', eng(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', jobsType(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.sigmoid-raw-minutes', jobsDur({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.bce-tanh-head', jobsDelay(), [d(16, 'relu'), d(1, 'tanh')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.softmax-one-unit-mse', bunk(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.relu-head-standardised', jobsDur(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(100, 32));
// init-symmetry
spec('init-symmetry.zeros-tanh-hidden', jobsDur(), [d(16, 'tanh', { init: 'zeros' }), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('init-symmetry.constant-sigmoid-two', eng(), [d(12, 'sigmoid', { init: 'constant', value: 0.2 }), d(8, 'sigmoid', { init: 'constant', value: 0.2 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.constant-tanh-type', jobsType(), [d(20, 'tanh', { init: 'constant', value: 0.1 }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(100, 32));
spec('init-symmetry.zeros-elu-bunker', bunk(), [d(24, 'elu', { init: 'zeros' }), d(12, 'elu', { init: 'zeros' }), d(1)], 'mse', opt('sgd', 0.05), tr(100, 16));
// init-scale
spec('init-scale.normal-std-five-tanh', jobsDelay(), [d(32, 'tanh', { init: 'normal', std: 5 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('init-scale.uniform-limit-ten-relu', bunk(), [d(32, 'relu', { init: 'uniform', limit: 10 }), d(16, 'relu', { init: 'uniform', limit: 10 }), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.tiny-normal-deep', jobsType(), [d(32, 'relu', { init: 'normal', std: 1e-5 }), d(32, 'relu', { init: 'normal', std: 1e-5 }), d(32, 'relu', { init: 'normal', std: 1e-5 }), d(4, 'softmax', { init: 'normal', std: 1e-5 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('init-scale.sigmoid-std-three', eng(), [d(24, 'sigmoid', { init: 'normal', std: 3 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.circles-linear-stack', b('circles', { samples: 300 }), [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.moons-linear-hidden', b('moons', { samples: 300, noise: 0.15 }), [d(32, 'linear'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 16));
spec('no-nonlinearity.xor-three-linear', b('xor', { samples: 300 }), [d(8), d(8), d(8), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32));
spec('no-nonlinearity.spirals-linear', b('spirals', { samples: 300, classes: 3 }), [d(32), d(32), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-fifty', jobsDelay(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 50), tr(80, 32));
spec('lr-out-of-range.sgd-1e-9', eng(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-9), tr(100, 32));
spec('lr-out-of-range.rmsprop-twenty', jobsDur(), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 20), tr(80, 32));
spec('lr-out-of-range.sgd-two-hundred', bunk(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 200, { momentum: 0.9 }), tr(80, 32));
// dead-relu
spec('dead-relu.negative-bias-five', jobsDur(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.sgd-kicked', bunk(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.6), tr(100, 8));
spec('dead-relu.bias-minus-three-engines', eng(), [d(24, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32));
spec('dead-relu.raw-hours-relu', eng({ normalize: 'none' }), [d(16, 'relu', { bias: -1 }), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(100, 32));
spec('dead-relu.minmax-bias-minus-two', engEu(), [d(32, 'relu', { bias: -2 }), d(16, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(100, 32));
// exploding-gradient
spec('exploding-gradient.raw-engines-sgd', eng({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(60, 32));
spec('exploding-gradient.raw-litres-target', bunk({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.0001), tr(60, 32));
spec('exploding-gradient.deep-wide-normal', jobsDur(), [d(64, 'relu', { init: 'normal', std: 0.6 }), d(64, 'relu', { init: 'normal', std: 0.6 }), d(64, 'relu', { init: 'normal', std: 0.6 }), d(64, 'relu', { init: 'normal', std: 0.6 }), d(1)], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.raw-gt-unnormalised', jobsDur({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.raw-minutes-adam', jobsDur({ normalizeTarget: 'none', normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(60, 32));
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid', eng(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(100, 32));
spec('vanishing-gradient.tanh-tiny-init-deep', jobsDur(), Array.from({ length: 6 }, () => d(24, 'tanh', { init: 'normal', std: 0.01 })).concat([d(1)]), 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('vanishing-gradient.ten-sigmoid-type', jobsType(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(4, 'softmax')]), 'cce', opt('sgd', 0.1), tr(100, 32));
spec('vanishing-gradient.sigmoid-stack-circles', b('circles', { samples: 300 }), Array.from({ length: 7 }, () => d(10, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.1, { momentum: 0.5 }), tr(150, 16));
// nan-loss
spec('nan-loss.raw-litres-sgd', bunk({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(50, 32));
spec('nan-loss.raw-engines-momentum', eng({ normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9 }), tr(50, 32));
spec('nan-loss.raw-gt-minutes', jobsDur({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 16));
spec('nan-loss.bunker-lr-three', bunk(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 3), tr(50, 16));
// lr-too-high
spec('lr-too-high.adam-point-three-type', jobsType(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.3), tr(100, 32));
spec('lr-too-high.sgd-two-delay', jobsDelay(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 2.5, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-high.rmsprop-point-two', jobsDur(), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.2), tr(100, 32));
spec('lr-too-high.nesterov-one-bunker', bunk(), [d(16, 'elu'), d(1)], 'mse', opt('sgd', 1.0, { momentum: 0.9, nesterov: true }), tr(100, 32));
spec('lr-too-high.adam-half-engines', eng(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(100, 16));
// lr-too-low
spec('lr-too-low.sgd-1e-5', jobsDur(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6', eng(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-2e-6', jobsType(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 2e-6), tr(100, 32));
spec('lr-too-low.momentum-1e-5-bunker', bunk(), [d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-low.full-batch-sgd', jobsDelay(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.001), tr(100, 400));
// saturated-activation
spec('saturated-activation.raw-hours-sigmoid', eng({ normalize: 'none' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('saturated-activation.raw-bunker-tanh', bunk({ normalize: 'none' }), [d(24, 'tanh'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('saturated-activation.sigmoid-bias-eight', jobsDelay(), [d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32));
spec('saturated-activation.raw-gt-tanh-type', jobsType({ normalize: 'none' }), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(100, 32));
// loss-plateau
spec('loss-plateau.heavy-weight-decay', jobsDur(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 2 }), tr(150, 32));
spec('loss-plateau.dropout-ninety', jobsType(), [d(32, 'relu'), drop(0.9), d(32, 'relu'), drop(0.9), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('loss-plateau.one-unit-bottleneck-spirals', b('spirals', { samples: 300, classes: 3 }), [d(1, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32));
spec('loss-plateau.clip-tiny-sgd', bunk(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 0.0005 }), tr(150, 32));
spec('loss-plateau.sigmoid-deep-moons', b('moons', { samples: 300 }), Array.from({ length: 5 }, () => d(8, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(200, 32));
// oscillating-loss
spec('oscillating-loss.adam-batch-one', jobsDur(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.05), tr(60, 1));
spec('oscillating-loss.momentum-099', bunk(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.99 }), tr(100, 32));
spec('oscillating-loss.rmsprop-batch-two', eng(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.03), tr(60, 2));
spec('oscillating-loss.sgd-point-eight-full', jobsDelay(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 8), tr(120, 400));

// ---------------- healthy ----------------
spec('ok.duration-adam-relu', jobsDur(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.duration-sgd-momentum-tanh', jobsDur(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.duration-nesterov-elu', jobsDur(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.duration-rmsprop-batchnorm', jobsDur(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('rmsprop', 0.002), tr(120, 32));
spec('ok.duration-minmax-leaky', jobsDur({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.duration-plain-sgd-batch8', jobsDur(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.02), tr(150, 8));
spec('ok.duration-adam-batch1-small-lr', jobsDur(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.0005), tr(40, 1));
spec('ok.duration-linear-regression', jobsDur(), [d(1)], 'mse', opt('sgd', 0.05), tr(150, 32));
spec('ok.duration-dropout-weightdecay', jobsDur(), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 0.0005 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.delay-adam-relu', jobsDelay(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('ok.delay-sgd-tanh', jobsDelay(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));
spec('ok.delay-logistic-full-batch', jobsDelay(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(300, 400));
spec('ok.type-adam-relu', jobsType(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('ok.type-rmsprop-tanh', jobsType(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(150, 16));
spec('ok.type-nesterov-elu-val', jobsType(), [d(32, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 32, { validationSplit: 0.15 }));
spec('ok.type-minmax-batchnorm', jobsType({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 64));
spec('ok.engines-adam-relu', eng(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('ok.engines-eu-tanh', engEu(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.engines-sgd-sigmoid-hidden', eng(), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9 }), tr(150, 32));
spec('ok.engines-rmsprop-clip', eng(), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002, { clipNorm: 1 }), tr(120, 16));
spec('ok.engines-eu-deep-he-uniform', engEu({ normalize: 'standard' }), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
spec('ok.engines-two-class-cce', eng(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.005), tr(120, 32));
spec('ok.bunker-adam-relu', bunk(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.bunker-sgd-elu-batch4', bunk(), [d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.5 }), tr(100, 4));
spec('ok.bunker-rmsprop-lecun-tanh', bunk(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', opt('rmsprop', 0.001), tr(150, 32));
spec('ok.bunker-full-batch-adam', bunk(), [d(48, 'relu'), d(24, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(400, 300));
spec('ok.bunker-weightdecay-nesterov', bunk(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true, weightDecay: 0.0001 }), tr(150, 16, { validationSplit: 0.2 }));
spec('ok.iris-adam', b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16));
spec('ok.iris-sgd-tanh-batch1', b('iris', { normalize: 'minmax' }), [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.02), tr(60, 1));
spec('ok.moons-relu-deep', b('moons', { samples: 300, noise: 0.15 }), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(200, 32));
spec('ok.circles-tanh-rmsprop', b('circles', { samples: 300 }), [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(200, 32));
spec('ok.xor-elu-nesterov', b('xor', { samples: 300 }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(200, 16));
spec('ok.spirals-wide-deep', b('spirals', { samples: 300, classes: 3 }), [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(400, 32));
spec('ok.blobs-five-classes', b('blobs', { samples: 300, classes: 5 }), [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.01), tr(120, 32));
spec('ok.sine-tanh-regression', b('sine', { samples: 300 }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.inline-tide-window', { inline: { x: [[0.2, 1.1], [0.5, 0.8], [1.2, 0.4], [1.8, 0.1], [2.3, -0.2], [0.1, 1.3], [0.9, 0.6], [1.5, 0.3], [2.0, 0.0], [2.6, -0.4], [0.4, 0.9], [1.1, 0.5]], y: ['go', 'go', 'go', 'wait', 'wait', 'go', 'go', 'wait', 'wait', 'wait', 'go', 'go'] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(200, 12));
spec('ok.duration-deep-narrow-adam', jobsDur(), [d(12, 'relu'), d(12, 'relu'), d(8, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.002), tr(200, 32));
spec('ok.engines-sigmoid-bn-sgd', eng(), [d(24, 'sigmoid', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.2, { momentum: 0.9 }), tr(120, 32));
spec('ok.duration-xavier-normal-tanh-clip', jobsDur(), [d(32, 'tanh', { init: 'xavier_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, clipNorm: 5 }), tr(150, 32));
spec('ok.type-large-batch-rmsprop', jobsType(), [d(48, 'relu'), drop(0.1), d(4, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(200, 128));
spec('ok.bunker-subset-features', bunk({ features: ['trip_hours', 'avg_bollard_t', 'sea_state'] }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.delay-elu-dropout-val', jobsDelay(), [d(32, 'elu'), drop(0.3), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(150, 32, { validationSplit: 0.25 }));
spec('ok.engines-eu-uniform-init', engEu(), [d(16, 'relu', { init: 'uniform', limit: 0.3 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.moons-normal-init-sgd', b('moons', { samples: 300 }), [d(24, 'tanh', { init: 'normal', std: 0.3 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32));
spec('ok.engines-eu-adam-elu', engEu({ normalize: 'standard' }), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32));
spec('ok.duration-wide-he-uniform', jobsDur(), [d(64, 'relu', { init: 'he_uniform' }), d(1)], 'mse', opt('adam', 0.002), tr(150, 64));
spec('ok.bunker-leaky-rmsprop', bunk(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(150, 16));
spec('ok.type-elu-dropout-adam', jobsType(), [d(48, 'elu'), drop(0.2), d(24, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('ok.blobs-three-nesterov-tanh', b('blobs', { samples: 240, classes: 3 }), [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(100, 16));
spec('ok.engines-adam-clip-decay', eng(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { clipNorm: 1, weightDecay: 0.0001 }), tr(150, 16));
spec('ok.moons-leaky-rmsprop', b('moons', { samples: 300, noise: 0.15 }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(200, 32));
spec('ok.duration-elu-full-batch', jobsDur(), [d(32, 'elu'), d(1)], 'mse', opt('adam', 0.01), tr(400, 400));
spec('ok.iris-rmsprop-elu', b('iris', { normalize: 'standard' }), [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 8));
console.log(`wrote ${n} candidates`);
