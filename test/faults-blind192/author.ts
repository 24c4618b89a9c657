/**
 * Writes every candidate spec of fault set blind192 (dog groomers and boarding kennels) into candidates/:
 * `npx tsx test/faults-blind192/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy specs `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const GF = ['weight_kg', 'coat_length_cm', 'age_years', 'matting', 'days_since_groom', 'wire_coat', 'bowl_colour'];
const KF = ['nights', 'age_years', 'prior_stays', 'vacc_days_left', 'deposit_eur', 'run_number', 'bark_complaints', 'weight_kg'];
const csv = (file: string, target: string | string[], features: string[], normalize = 'standard', extra: J = {}): J => ({ csv: `../data/${file}`, target, features, normalize, ...extra });
const groomMin = (n = 'standard', nt: string | undefined = 'standard') => csv('grooming.csv', 'groom_minutes', GF, n, nt ? { normalizeTarget: nt } : {});
const groomExtra = (n = 'standard') => csv('grooming.csv', 'extra_charge', GF, n);
const groomSvc = (n = 'standard') => csv('grooming.csv', 'service', GF, n);
const kIncident = (n = 'standard') => csv('kennel.csv', 'incident', KF, n);
const kOutcome = (n = 'standard') => csv('kennel.csv', 'outcome', KF, n);
const d = (units: number, activation = 'linear', more: J = {}): J => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: J = {}): J => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}): J => ({ epochs, batchSize, ...more });

function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, seed = 192): void {
  const name = file.replace(/^[^.]+\./, '');
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name, seed, data, layers, loss, optimizer, training }, null, 2) + '\n');
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.relu-capitalised', groomExtra(), [d(16, 'ReLU'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('invalid-spec.adamw-optimizer', kIncident(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(80, 32));
spec('invalid-spec.keras-loss-name', groomSvc(), [d(16, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', opt('adam', 0.01), tr(80, 32));
spec('invalid-spec.dropout-as-keep-prob', kOutcome(), [d(24, 'relu'), drop(1.5), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('invalid-spec.validation-split-percent', groomMin(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(100, 32, { validationSplit: 20 }));
spec('invalid-spec.batch-size-zero', kIncident(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(60, 0));
spec('invalid-spec.normalise-british', { ...groomMin(), normalize: 'zscore' }, [d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(80, 32));
// data-error
spec('data-error.file-from-last-year', csv('grooming_2024.csv', 'groom_minutes', GF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(80, 32));
spec('data-error.dog-id-as-feature', csv('grooming.csv', 'extra_charge', ['dog_id', ...GF]), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('data-error.target-typo', csv('kennel.csv', 'incidents', KF), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
spec('data-error.front-desk-gaps', csv('grooming-gaps.csv', 'groom_minutes', GF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(80, 32));
spec('data-error.shared-drive-path', csv('../../../../../srv/kennel-share/kennel.csv', 'outcome', KF), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('data-error.visit-date-feature', csv('grooming.csv', 'groom_minutes', ['visit_date', 'weight_kg', 'coat_length_cm', 'matting'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(80, 32));
// shape-mismatch
spec('shape-mismatch.service-two-units', groomSvc(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('shape-mismatch.outcome-four-units', kOutcome(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('shape-mismatch.minutes-three-heads', groomMin(), [d(16, 'relu'), d(3)], 'mse', opt('adam', 0.005), tr(80, 32));
spec('shape-mismatch.incident-two-sigmoids', kIncident(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', kIncident(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.005), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', groomSvc(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('loss-activation-mismatch.sigmoid-head-scaled-minutes', groomMin(), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(120, 32));
spec('loss-activation-mismatch.relu-head-scaled-minutes', groomMin('standard', 'standard'), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.005), tr(120, 32));
spec('loss-activation-mismatch.softmax-mse-outcome', kOutcome(), [d(16, 'relu'), d(3, 'softmax')], 'mse', opt('adam', 0.005), tr(80, 32));
spec('loss-activation-mismatch.bce-tanh-head', groomExtra(), [d(12, 'relu'), d(1, 'tanh')], 'bce', opt('adam', 0.005), tr(80, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', groomExtra(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('adam', 0.01), tr(100, 32));
spec('init-symmetry.constant-hidden', kOutcome(), [d(12, 'sigmoid', { init: 'constant', value: 0.1 }), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 16));
spec('init-symmetry.zeros-two-layers', groomMin(), [d(20, 'relu', { init: 'zeros', bias: 0.1 }), d(10, 'relu', { init: 'zeros', bias: 0.1 }), d(1)], 'mse', opt('rmsprop', 0.003), tr(100, 32));
spec('init-symmetry.constant-tanh-circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh', { init: 'constant', value: 0.3 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
// init-scale
spec('init-scale.normal-std-8-tanh', kIncident(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32));
spec('init-scale.uniform-tiny-deep', groomSvc(), [d(24, 'relu', { init: 'uniform', limit: 1e-4 }), d(24, 'relu', { init: 'uniform', limit: 1e-4 }), d(24, 'relu', { init: 'uniform', limit: 1e-4 }), d(3, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std-25-relu', groomMin(), [d(32, 'relu', { init: 'normal', std: 25 }), d(16, 'relu', { init: 'normal', std: 25 }), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.normal-std-1e-5-sigmoid', kOutcome(), [d(16, 'sigmoid', { init: 'normal', std: 1e-5 }), d(16, 'sigmoid', { init: 'normal', std: 1e-5 }), d(3, 'softmax', { init: 'normal', std: 1e-5 })], 'cce', opt('sgd', 0.05), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(32, 'linear'), d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(150, 32));
spec('no-nonlinearity.linear-stack-xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(12, 'linear', { init: 'he_normal' }), d(12, 'linear', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 16));
spec('no-nonlinearity.linear-stack-spirals', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(32), d(32), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-3', groomExtra(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 3), tr(80, 32));
spec('lr-out-of-range.sgd-lr-80', kIncident(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 80), tr(80, 32));
spec('lr-out-of-range.rmsprop-lr-1e-8', groomSvc(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 1e-8), tr(80, 32));
spec('lr-out-of-range.sgd-lr-1e-9', kOutcome(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 1e-9, { momentum: 0.9 }), tr(80, 32));
// dead-relu
spec('dead-relu.negative-bias-kennel', kIncident(), [d(24, 'relu', { bias: -6 }), d(12, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.sgd-raw-deposit', csv('kennel.csv', 'deposit_eur', ['nights', 'age_years', 'prior_stays', 'vacc_days_left', 'bark_complaints', 'weight_kg'], 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(80, 16));
spec('dead-relu.bias-minus-4-grooming', groomSvc(), [d(32, 'relu', { bias: -4 }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('dead-relu.high-rate-relu', groomMin(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.8), tr(80, 8));
// exploding-gradient
spec('exploding-gradient.raw-minutes-target', groomMin('none', undefined), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.0005, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.deep-wide-init', groomExtra(), [d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(60, 32));
spec('exploding-gradient.raw-kennel-features', csv('kennel.csv', 'deposit_eur', ['nights', 'vacc_days_left', 'weight_kg', 'age_years'], 'none'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1e-5), tr(60, 32));
spec('exploding-gradient.deep-elu-raw', csv('grooming.csv', 'groom_minutes', ['weight_lb', 'days_since_groom', 'coat_length_cm', 'matting'], 'none'), [d(24, 'elu'), d(24, 'elu'), d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(60, 32));
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-stack', kIncident(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32));
spec('vanishing-gradient.tanh-tiny-init-deep', groomSvc(), Array.from({ length: 6 }, () => d(16, 'tanh', { init: 'uniform', limit: 0.02 })).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('vanishing-gradient.ten-sigmoids', groomExtra(), Array.from({ length: 10 }, () => d(12, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.1), tr(100, 32));
// nan-loss
spec('nan-loss.raw-everything-sgd', csv('grooming.csv', 'groom_minutes', ['weight_lb', 'days_since_groom', 'coat_length_cm', 'age_years'], 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(60, 32));
spec('nan-loss.deposit-target-momentum', csv('kennel.csv', 'deposit_eur', ['nights', 'vacc_days_left', 'age_years'], 'none'), [d(16, 'linear'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.99 }), tr(60, 32));
spec('nan-loss.adam-lr-50', csv('kennel.csv', 'vacc_days_left', ['nights', 'deposit_eur', 'age_years'], 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.2, { nesterov: true, momentum: 0.9 }), tr(60, 16));
// lr-too-high
spec('lr-too-high.adam-0-3-kennel', kOutcome(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.3), tr(80, 32));
spec('lr-too-high.sgd-1-5-minutes', groomMin(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1.5), tr(80, 32));
spec('lr-too-high.rmsprop-0-2', groomExtra(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.2), tr(80, 32));
spec('lr-too-high.nesterov-1', kIncident(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1, { momentum: 0.9, nesterov: true }), tr(80, 32));
spec('lr-too-high.adam-0-5-tabs', csv('grooming-tabs.csv', 'service', GF), [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.5), tr(80, 16));
// lr-too-low
spec('lr-too-low.sgd-1e-4-short', groomExtra(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-4), tr(40, 32));
spec('lr-too-low.adam-1e-6', kOutcome(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 1e-6), tr(60, 32));
spec('lr-too-low.rmsprop-1e-6-minutes', groomMin(), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 1e-6), tr(60, 32));
spec('lr-too-low.momentum-1e-5', kIncident(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5, { momentum: 0.9 }), tr(60, 64));
// saturated-activation
spec('saturated-activation.sigmoid-raw-kennel', kIncident('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));
spec('saturated-activation.tanh-bias-6', groomSvc(), [d(16, 'tanh', { bias: 6 }), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(80, 32));
spec('saturated-activation.sigmoid-std-6', groomExtra(), [d(24, 'sigmoid', { init: 'normal', std: 6 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(80, 32));
spec('saturated-activation.tanh-raw-grooming', csv('grooming.csv', 'extra_charge', ['weight_lb', 'days_since_groom', 'coat_length_cm', 'matting'], 'none'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.0005), tr(80, 32));
// loss-plateau
spec('loss-plateau.heavy-weight-decay', kOutcome(), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01, { weightDecay: 2 }), tr(100, 32));
spec('loss-plateau.dropout-0-9', groomSvc(), [d(16, 'relu'), drop(0.95), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('loss-plateau.one-unit-bottleneck', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(1, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
spec('loss-plateau.weight-decay-minutes', groomMin(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 5 }), tr(100, 32));
// oscillating-loss
spec('oscillating-loss.sgd-batch-1', groomMin(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.3), tr(40, 1));
spec('oscillating-loss.adam-batch-2', kOutcome(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.08), tr(40, 2));
spec('oscillating-loss.momentum-full-batch', groomMin(), [d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.6, { momentum: 0.95 }), tr(150, 400));
spec('oscillating-loss.rmsprop-batch-4', groomExtra(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), tr(50, 4));

// second round (added after the first observation, before any decision was final)
spec('init-symmetry.zeros-everywhere-outcome', kOutcome(), [d(16, 'relu', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', opt('adam', 0.005), tr(100, 32));
spec('init-symmetry.constant-everywhere-minutes', groomMin(), [d(12, 'tanh', { init: 'constant', value: 0.2 }), d(1, 'linear', { init: 'constant', value: 0.2 })], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.zeros-deep-tanh', groomExtra(), [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.003), tr(100, 32));
spec('dead-relu.bias-minus-6-minutes', groomMin(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.bias-minus-5-outcome', kOutcome(), [d(24, 'relu', { bias: -5 }), d(24, 'relu', { bias: -5 }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('oscillating-loss.sgd-batch-2-extra', groomExtra(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.8), tr(60, 2));
spec('oscillating-loss.adam-batch-1-incident', kIncident(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(40, 1));
spec('oscillating-loss.momentum-batch-1-service', groomSvc(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(40, 1));
spec('lr-too-high.sgd-4-logistic', kIncident(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 4), tr(80, 32));

// ---------------- healthy ----------------
spec('ok.minutes-adam-relu', groomMin(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.minutes-sgd-momentum-tanh', groomMin(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.minutes-linear-model', groomMin(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.minutes-minmax-rmsprop', groomMin('minmax', 'minmax'), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(200, 16));
spec('ok.minutes-batchnorm-dropout', groomMin(), [d(32, 'relu', { batchNorm: true }), drop(0.1), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 64, { validationSplit: 0.2 }));
spec('ok.minutes-full-batch-nesterov', groomMin(), [d(16, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(300, 400));
spec('ok.minutes-batch-1-small-sgd', groomMin(), [d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.003), tr(30, 1));
spec('ok.minutes-tabs-export', csv('grooming-tabs.csv', 'groom_minutes', ['weight_kg', 'coat_length_cm', 'matting', 'days_since_groom', 'wire_coat'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(120, 32));
spec('ok.minutes-collinear-weights', csv('grooming.csv', 'groom_minutes', ['weight_kg', 'weight_lb', 'coat_length_cm', 'matting', 'days_since_groom', 'wire_coat'], 'standard', { normalizeTarget: 'standard' }), [d(12, 'sigmoid'), d(1)], 'mse', opt('adam', 0.01, { weightDecay: 1e-4 }), tr(200, 32));
spec('ok.minutes-deep-clipped', groomMin(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, clipNorm: 1 }), tr(150, 32));
spec('ok.extra-adam-tanh', groomExtra(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(120, 32));
spec('ok.extra-logistic', groomExtra(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.2), tr(150, 32));
spec('ok.extra-rmsprop-relu-dropout', groomExtra(), [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(120, 16, { validationSplit: 0.15 }));
spec('ok.extra-elu-momentum', groomExtra('minmax'), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.service-adam', groomSvc(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('ok.service-nesterov-batchnorm', groomSvc(), [d(24, 'tanh', { batchNorm: true }), d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.service-leaky-rmsprop', groomSvc(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(120, 64));
spec('ok.service-full-batch-adam', groomSvc(), [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 400));
spec('ok.incident-adam', kIncident(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('ok.incident-logistic-sgd', kIncident(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 16));
spec('ok.incident-sigmoid-hidden', kIncident('minmax'), [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.incident-eu-export', csv('kennel-eu.csv', 'incident', KF), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(100, 32));
spec('ok.outcome-adam', kOutcome(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('ok.outcome-momentum-tanh', kOutcome(), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16));
spec('ok.outcome-eu-adam-wd', csv('kennel-eu.csv', 'outcome', KF), [d(24, 'elu'), drop(0.1), d(3, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.outcome-batch-1-adam', kOutcome(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.0005), tr(30, 1));
spec('ok.deposit-regression', csv('kennel.csv', 'deposit_eur', ['nights', 'age_years', 'weight_kg', 'run_number'], 'standard', { normalizeTarget: 'standard' }), [d(8, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(100, 32));
spec('ok.deposit-rmsprop-linear', csv('kennel.csv', 'deposit_eur', ['nights', 'prior_stays'], 'minmax', { normalizeTarget: 'standard' }), [d(1)], 'mse', opt('rmsprop', 0.01), tr(150, 32));
spec('ok.moons-relu', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-tanh-momentum', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 16));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(48, 'relu'), d(48, 'relu'), d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.xor-elu-rmsprop', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(200, 16));
spec('ok.iris-softmax-sgd', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1), tr(200, 16));
spec('ok.blobs-four-classes', { builtin: 'blobs', samples: 300, classes: 4 }, [d(12, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.inline-coat-bands', { inline: { x: [[0.5, 0], [1, 0], [1.5, 1], [3, 1], [4, 2], [6, 2], [8, 3], [10, 4], [12, 4], [14, 5], [2, 0], [5, 1], [7, 3], [9, 2], [11, 5], [13, 4]], y: ['short', 'short', 'short', 'short', 'medium', 'medium', 'long', 'long', 'long', 'long', 'short', 'medium', 'long', 'long', 'long', 'long'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 16));
spec('ok.inline-nights-price', { inline: { x: [[1], [2], [3], [4], [5], [7], [10], [14], [21], [28], [6], [12]], y: [45, 80, 114, 149, 183, 252, 355, 493, 735, 975, 218, 424] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(1)], 'mse', opt('sgd', 0.1), tr(200, 4));
spec('ok.minutes-huge-batch-rmsprop-lowlr-long', groomMin(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('rmsprop', 0.0005), tr(500, 128));
spec('ok.extra-sigmoid-deep-adam', groomExtra(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(200, 32));
spec('ok.outcome-lecun-elu-clip', kOutcome(), [d(32, 'elu', { init: 'lecun_normal' }), d(32, 'elu', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.8, clipNorm: 5 }), tr(150, 32));
spec('ok.incident-he-uniform-bn', kIncident(), [d(24, 'relu', { init: 'he_uniform', batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(80, 32, { shuffle: true }));
spec('ok.minutes-xavier-normal-wd', groomMin(), [d(20, 'tanh', { init: 'xavier_normal' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', opt('sgd', 0.05, { weightDecay: 1e-3 }), tr(200, 32));
console.log(fs.readdirSync(out).length, 'candidates');
