/**
 * Writes every candidate spec of blind set 218 into candidates/.
 * Run: `npx tsx test/faults-blind218/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const DOGF = ['age_months', 'weight_kg', 'startle_recovery_s', 'distraction_score', 'sessions', 'trainer_years', 'litter_size', 'kennel_no'];
const PLF = ['height_cm', 'weight_kg', 'sound_orientation', 'pull_strength', 'calmness', 'food_drive', 'walk_pace_kmh'];
const RDF = ['start_age_months', 'sessions_per_week', 'handler_hours', 'cue_latency_ms', 'noise_tolerance', 'public_outings'];
const ALF = ['sound_db', 'freq_khz', 'distance_m', 'background_db', 'dog_age_years'];

const dogs = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/dogs.csv', target: 'outcome', features: DOGF, normalize, ...extra });
const place = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/placement.csv', target: 'placement', features: PLF, normalize, ...extra });
const ready = (normalize = 'standard', nt: string | undefined = 'standard', extra: J = {}): J => ({ csv: '../data/readiness.csv', target: 'weeks_to_certification', features: RDF, normalize, ...(nt ? { normalizeTarget: nt } : {}), ...extra });
const alerts = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/alerts.csv', target: 'alerted', features: ALF, normalize, ...extra });

const d = (units: number, activation = 'linear', more: J = {}): J => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: J = {}): J => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}): J => ({ epochs, batchSize, ...more });

let seed = 218;
function spec(name: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const s = { name: name.replace(/\.nn\.json$/, ''), seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
function raw(name: string, text: string): void {
  fs.writeFileSync(path.join(out, `${name}.nn.json`), text);
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.optimizer-adamw', dogs(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(80, 32));
spec('invalid-spec.activation-swish', place(), [d(16, 'swish'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.loss-binary-crossentropy', alerts(), [d(8, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), tr(80, 16));
spec('invalid-spec.dropout-rate-one', dogs(), [d(32, 'relu'), drop(1.0), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(60, 32));
spec('invalid-spec.validation-split-30', ready(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32, { validationSplit: 30 }));
spec('invalid-spec.units-zero', place(), [d(0, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(60, 16));
raw('invalid-spec.trailing-comma-layers', `{
  "name": "alerts-trailing-comma",
  "data": { "csv": "../data/alerts.csv", "target": "alerted", "features": ["sound_db", "freq_khz", "distance_m", "background_db", "dog_age_years"], "normalize": "standard" },
  "layers": [
    { "type": "dense", "units": 12, "activation": "relu" },
    { "type": "dense", "units": 1, "activation": "sigmoid" },
  ],
  "loss": "bce",
  "optimizer": { "type": "adam", "lr": 0.003 },
  "training": { "epochs": 80, "batchSize": 32 }
}
`);
spec('invalid-spec.batchsize-negative', dogs(), [d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, -32));

// data-error
spec('data-error.target-column-typo', dogs('standard', { target: 'Outcome' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.missing-file', { csv: '../data/dogs_2024.csv', target: 'outcome', features: DOGF, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.na-markers', { csv: '../data/dogs-gaps.csv', target: 'outcome', features: DOGF, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.text-feature-intake-date', dogs('standard', { features: ['intake_date', ...DOGF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.path-outside-workspace', { csv: '../../../../../home/trainer/readiness.csv', target: 'weeks_to_certification', features: RDF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(60, 32));
spec('data-error.timestamp-feature', ready('standard', 'standard', { features: ['start_ts', ...RDF] }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(60, 32));
spec('data-error.feature-name-not-in-header', alerts('standard', { features: ['sound_db', 'freq_hz', 'distance_m', 'background_db', 'dog_age_years'] }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));

// shape-mismatch
spec('shape-mismatch.placement-two-units', place(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.placement-four-units', place(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.readiness-two-outputs', ready(), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.outcome-two-sigmoid', dogs(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));

// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse', place(), [d(16, 'relu'), d(3, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.bce-linear-head', alerts(), [d(12, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', place(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.relu-head-standardised-target', ready(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.sigmoid-head-regression', ready('standard', 'standard'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(120, 32));

// init-symmetry
spec('init-symmetry.zeros-hidden', dogs(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('init-symmetry.constant-hidden-relu', place(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(3, 'softmax', { init: 'constant', value: 0.1 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.zeros-two-layers', alerts(), [d(12, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.003), tr(80, 32));
spec('init-symmetry.constant-regression', ready(), [d(20, 'tanh', { init: 'constant', value: 0.05 }), d(1, 'linear', { init: 'constant', value: 0.05 })], 'mse', opt('adam', 0.003), tr(120, 32));

// init-scale
spec('init-scale.normal-std-8', dogs(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));
spec('init-scale.uniform-limit-1e-5', place(), [d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(16, 'relu', { init: 'uniform', limit: 1e-5 }), d(3, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', opt('sgd', 0.01), tr(80, 32));
spec('init-scale.normal-std-20-relu', ready(), [d(32, 'relu', { init: 'normal', std: 20 }), d(32, 'relu', { init: 'normal', std: 20 }), d(1, 'linear', { init: 'normal', std: 20 })], 'mse', opt('sgd', 0.001), tr(80, 32));
spec('init-scale.sigmoid-std-5', alerts(), [d(24, 'sigmoid', { init: 'normal', std: 5 }), d(1, 'sigmoid', { init: 'normal', std: 5 })], 'bce', opt('sgd', 0.05), tr(80, 32));

// no-nonlinearity
spec('no-nonlinearity.linear-stack-placement', place(), [d(32), d(16), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('no-nonlinearity.linear-hidden-alerts', alerts(), [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('no-nonlinearity.linear-deep-readiness', ready(), [d(32), d(32), d(16), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32));
spec('no-nonlinearity.moons-linear-hidden', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));

// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', dogs(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 5), tr(60, 32));
spec('lr-out-of-range.sgd-lr-negative', place(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', -0.01), tr(60, 32));
spec('lr-out-of-range.rmsprop-lr-1e-9', alerts(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-9), tr(60, 32));
spec('lr-out-of-range.sgd-lr-40', ready(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 40), tr(60, 32));

// dead-relu
spec('dead-relu.bias-minus-5', dogs(), [d(32, 'relu', { bias: -5 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));
spec('dead-relu.sgd-lr-high-kills', ready('none', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(60, 16));
spec('dead-relu.bias-negative-deep', place(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(3, 'softmax')], 'cce', opt('rmsprop', 0.0005), tr(80, 32));
spec('dead-relu.adam-lr-high', alerts(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(60, 32));

// exploding-gradient
spec('exploding-gradient.raw-features-raw-target', ready('none', undefined), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.raw-target-weeks', ready('standard', undefined), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 16));
spec('exploding-gradient.deep-large-init', place(), Array.from({ length: 6 }, () => d(32, 'relu', { init: 'normal', std: 1.5 })).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.01), tr(40, 32));
spec('exploding-gradient.raw-dogs-sgd', dogs('none'), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 32));

// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-stack', dogs(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(80, 32));
spec('vanishing-gradient.deep-tanh-tiny-init', place(), Array.from({ length: 7 }, () => d(16, 'tanh', { init: 'normal', std: 0.02 })).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('vanishing-gradient.deep-sigmoid-regression', ready(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1)]), 'mse', opt('sgd', 0.02), tr(80, 32));

// nan-loss
spec('nan-loss.raw-target-adam-huge-lr', ready('none', undefined), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.1), tr(40, 32));
spec('nan-loss.raw-latency-sgd', ready('none', 'none'), [d(16, 'tanh'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), tr(40, 8));
spec('nan-loss.rmsprop-no-norm-huge-lr', dogs('none'), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1.0, { momentum: 0.95 }), tr(40, 16));

// lr-too-high
spec('lr-too-high.adam-0.3-placement', place(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.3), tr(80, 32));
spec('lr-too-high.sgd-2-alerts', alerts(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 8), tr(80, 16));
spec('lr-too-high.rmsprop-0.1-readiness', ready(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.1), tr(80, 32));
spec('lr-too-high.momentum-sgd-dogs', dogs(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3, { momentum: 0.9 }), tr(80, 32));

// lr-too-low
spec('lr-too-low.sgd-1e-5-dogs', dogs(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), tr(60, 32));
spec('lr-too-low.adam-1e-6-placement', place(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 1e-6), tr(80, 32));
spec('lr-too-low.rmsprop-2e-6-readiness', ready(), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 2e-6), tr(80, 32));
spec('lr-too-low.nesterov-1e-5-alerts', alerts(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5, { momentum: 0.9, nesterov: true }), tr(80, 32));

// saturated-activation
spec('saturated-activation.raw-features-sigmoid', ready('none', 'standard'), [d(24, 'sigmoid', { init: 'normal', std: 1 }), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('saturated-activation.tanh-big-bias', dogs(), [d(24, 'tanh', { bias: 6 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 32));
spec('saturated-activation.raw-alerts-tanh', alerts('none'), [d(16, 'tanh', { init: 'normal', std: 1 }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(80, 32));
spec('saturated-activation.raw-dogs-sigmoid', dogs('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));

// loss-plateau
spec('loss-plateau.sigmoid-deep-sgd-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(4, 'sigmoid'), d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(150, 32));
spec('loss-plateau.tiny-width-spirals', { builtin: 'spirals', samples: 300, classes: 3 }, [d(2, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32));
spec('loss-plateau.heavy-weight-decay', place(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01, { weightDecay: 2 }), tr(100, 32));
spec('loss-plateau.dropout-0.9-dogs', dogs(), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));

// oscillating-loss
spec('oscillating-loss.sgd-batch1-high-lr', alerts(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(60, 1));
spec('oscillating-loss.momentum-099-fullbatch', ready(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.3, { momentum: 0.99 }), tr(150, 380));
spec('oscillating-loss.adam-0.05-batch2', place(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.05), tr(60, 2));
spec('oscillating-loss.rmsprop-fullbatch', dogs(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), tr(120, 420));

// second pass: the first exploding candidates died or went NaN at once (ready()'s undefined target normalisation fell back to standard)
spec('exploding-gradient.raw-weeks-adam', ready('standard', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('exploding-gradient.raw-everything-rmsprop-elu', ready('none', 'none'), [d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32));
spec('exploding-gradient.deep-wide-init-raw-target', ready('standard', 'none'), Array.from({ length: 8 }, () => d(32, 'relu', { init: 'normal', std: 0.5 })).concat([d(1)]), 'mse', opt('sgd', 1e-6), tr(60, 32));
spec('exploding-gradient.raw-sessions-sgd-small', dogs('none'), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.0005), tr(80, 32));

// ---------------- healthy ----------------
spec('ok.dogs-adam-relu', dogs(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('ok.dogs-sgd-momentum-tanh', dogs(), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('ok.dogs-nesterov-elu-val', dogs('standard'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), tr(100, 16, { validationSplit: 0.2 }));
spec('ok.dogs-minmax-rmsprop', dogs('minmax'), [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(80, 32));
spec('ok.dogs-batchnorm-fullbatch', dogs(), [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 420));
spec('ok.dogs-plain-sgd-batch8', dogs(), [d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 8));
spec('ok.dogs-two-class-softmax', dogs(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('ok.dogs-logistic-no-hidden', dogs(), [d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(100, 64));
spec('ok.placement-adam-relu', place(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('ok.placement-deep-elu-dropout', place(), [d(32, 'elu'), drop(0.2), d(32, 'elu'), drop(0.2), d(16, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(120, 32));
spec('ok.placement-rmsprop-tanh-val', place(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(100, 16, { validationSplit: 0.25 }));
spec('ok.placement-minmax-sgd-momentum', place('minmax'), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));
spec('ok.placement-batch1-sgd', place(), [d(12, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.005), tr(40, 1));
spec('ok.placement-batchnorm-deep', place(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 64));
spec('ok.placement-clipnorm-nesterov', place(), [d(24, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true, clipNorm: 1 }), tr(100, 32));
spec('ok.readiness-adam-relu', ready(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.readiness-linear-regression', ready(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.readiness-minmax-target', ready('minmax', 'minmax'), [d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(200, 16));
spec('ok.readiness-rmsprop-deep', ready(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(120, 32));
spec('ok.readiness-eu-export', { csv: '../data/readiness-eu.csv', target: 'weeks_to_certification', features: RDF, normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'elu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.readiness-sgd-momentum-clip', ready(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), tr(150, 32));
spec('ok.readiness-fullbatch-adam', ready(), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.02), tr(300, 380));
spec('ok.readiness-weight-decay-val', ready(), [d(32, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1e-3 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.alerts-tab-adam', alerts(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));
spec('ok.alerts-sigmoid-hidden-sgd', alerts(), [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(150, 32));
spec('ok.alerts-rmsprop-batch4', alerts('minmax'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(60, 4));
spec('ok.alerts-deep-narrow-tanh', alerts(), [d(8, 'tanh'), d(8, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('ok.alerts-lecun-init', alerts(), [d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.5 }), tr(100, 32));
spec('ok.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16));
spec('ok.iris-minmax-sgd', { builtin: 'iris', normalize: 'minmax' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 16));
spec('ok.moons-relu', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-tanh', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(200, 32));
spec('ok.xor-leaky', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 16));
spec('ok.spirals-wide-deep', { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-4-rmsprop', { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(80, 32));
spec('ok.sine-tanh', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.inline-harness-fit', { inline: { x: [[30, 1], [34, 1], [38, 0], [27, 1], [41, 0], [29, 0], [36, 1], [44, 0], [25, 1], [40, 1], [32, 0], [47, 0]], y: ['small', 'small', 'large', 'small', 'large', 'small', 'large', 'large', 'small', 'large', 'small', 'large'] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(200, 12));
spec('ok.inline-cost-per-week', { inline: { x: [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]], y: [210, 395, 610, 800, 1005, 1190, 1410, 1600, 1795, 2010] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(1)], 'mse', opt('sgd', 0.1), tr(200, 10));
spec('ok.dogs-uniform-init-small-net', dogs(), [d(8, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid', { init: 'xavier_normal' })], 'bce', opt('adam', 0.005), tr(80, 64));
spec('ok.placement-sigmoid-hidden-adam', place(), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
spec('ok.readiness-batch1-adam', ready(), [d(8, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(30, 1));
spec('ok.alerts-fullbatch-nesterov', alerts(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9, nesterov: true }), tr(300, 300));
