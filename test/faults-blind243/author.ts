/**
 * Writes every candidate spec of fault set blind243 into candidates/ (faults as <code>.<slug>.nn.json,
 * healthy ones as ok.<slug>.nn.json). Run: `npx tsx test/faults-blind243/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const DOG_X = ['weight_kg', 'age_yr', 'resting_hr', 'season_km', 'daily_kcal', 'coat_score', 'booties_pct'];
const TOUR_X = ['temp_c', 'wind_kmh', 'fresh_snow_cm', 'group_size', 'teams', 'trail_km', 'guide_years'];
const FEED_X = ['temp_c', 'dogs_working', 'km_total'];

const dogs = (target: string, normalize = 'standard', features = DOG_X, file = 'dogs.csv'): Obj => ({ csv: `../data/${file}`, target, features, normalize });
const tours = (target: string | string[], normalize = 'standard', extra: Obj = {}, file = 'tours.csv'): Obj => ({ csv: `../data/${file}`, target, features: TOUR_X, normalize, ...extra });
const feed = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/feed.csv', target: 'kg_feed', features: FEED_X, normalize, ...extra });
const d = (units: number, activation = 'linear', more: Obj = {}): Obj => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: Obj = {}): Obj => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: Obj = {}): Obj => ({ epochs, batchSize, shuffle: true, ...more });

let count = 0;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, seed = 243, extra: Obj = {}): void {
  const name = file.replace(/\.nn\.json$/, '');
  const body = { name, seed, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(body, null, 2) + '\n');
  count++;
}
/** A spec written as raw text (for typos the JSON writer would not produce). */
function raw(name: string, text: string): void {
  fs.writeFileSync(path.join(out, `${name}.nn.json`), text);
  count++;
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', dogs('injured'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001, { weightDecay: 0.01 }), tr(80, 32));
spec('invalid-spec.keras-loss-name', dogs('position'), [d(24, 'relu'), d(4, 'softmax')], 'categorical_crossentropy', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.dropout-rate-percent', tours('duration_h'), [d(32, 'relu'), drop(20), d(1)], 'mse', opt('adam', 0.003), tr(100, 16));
spec('invalid-spec.glorot-init-name', feed(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', opt('rmsprop', 0.003), tr(100, 32));
spec('invalid-spec.batch-size-zero', tours('outcome'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 0));
raw('invalid-spec.trailing-comma', `{
  "name": "invalid-spec.trailing-comma",
  "seed": 243,
  "data": { "csv": "../data/dogs.csv", "target": "injured", "features": ["weight_kg", "age_yr", "resting_hr", "season_km", "booties_pct"], "normalize": "standard" },
  "layers": [
    { "type": "dense", "units": 12, "activation": "relu" },
    { "type": "dense", "units": 1, "activation": "sigmoid" },
  ],
  "loss": "bce",
  "optimizer": { "type": "adam", "lr": 0.003 },
  "training": { "epochs": 60, "batchSize": 32 }
}
`);

// data-error
spec('data-error.target-typo', dogs('injury'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.missing-file', dogs('position', 'standard', DOG_X, 'dog_roster.csv'), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('data-error.na-weather-gaps', tours('duration_h', 'standard', {}, 'tours-gaps.csv'), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.name-column-as-feature', dogs('injured', 'standard', ['weight_kg', 'age_yr', 'name', 'season_km']), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.booking-timestamp-feature', { csv: '../data/tours.csv', target: 'duration_h', features: ['booking_ts', 'temp_c', 'wind_kmh', 'fresh_snow_cm', 'trail_km'], normalize: 'standard' }, [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(100, 32));
spec('data-error.path-outside-workspace', { csv: '../../../../../../home/musher/kennel/dogs.csv', target: 'injured', features: DOG_X, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));

// shape-mismatch
spec('shape-mismatch.three-positions', dogs('position'), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.outcome-two-units', tours('outcome'), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.two-heads-one-target', tours('duration_h'), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.one-unit-two-targets', tours(['duration_h', 'revenue_nok'], 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.injury-two-sigmoid', dogs('injured'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));

// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-position', { csv: '../data/dogs.csv', target: 'position', features: DOG_X, normalize: 'standard' }, [d(24, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.bce-linear-head', dogs('injured'), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', tours('outcome'), [d(16, 'tanh'), d(3, 'sigmoid')], 'cce', opt('rmsprop', 0.003), tr(100, 32));
spec('loss-activation-mismatch.sigmoid-head-hours', tours('duration_h'), [d(24, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.tanh-head-feed-kg', feed(), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.005), tr(150, 32));

// init-symmetry
spec('init-symmetry.zeros-hidden', dogs('position'), [d(24, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('init-symmetry.constant-hidden', tours('duration_h'), [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(120, 16));
spec('init-symmetry.zeros-both-layers', feed(), [d(12, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', opt('rmsprop', 0.003), tr(120, 32));
spec('init-symmetry.constant-sigmoid-stack', dogs('injured'), [d(16, 'sigmoid', { init: { name: 'constant', value: 0.05 } }), d(8, 'sigmoid', { init: { name: 'constant', value: 0.05 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));

// init-scale
spec('init-scale.normal-std-10', tours('duration_h'), [d(32, 'tanh', { init: { name: 'normal', std: 10 } }), d(1)], 'mse', opt('adam', 0.003), tr(120, 32));
spec('init-scale.uniform-tiny-deep', dogs('position'), [d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(4, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std-25-relu', feed(), [d(24, 'relu', { init: { name: 'normal', std: 25 } }), d(24, 'relu', { init: { name: 'normal', std: 25 } }), d(1)], 'mse', opt('sgd', 0.001), tr(100, 32));
spec('init-scale.normal-1e-4-stack', tours('outcome'), [d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(3, 'softmax', { init: { name: 'normal', std: 1e-4 } })], 'cce', opt('sgd', 0.02), tr(100, 32));

// no-nonlinearity
spec('no-nonlinearity.linear-stack-position', dogs('position'), [d(32), d(32), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('no-nonlinearity.moons-linear-hidden', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.three-linear-duration', tours('duration_h'), [d(24), d(24), d(24), d(1)], 'mse', opt('rmsprop', 0.001), tr(150, 32));
spec('no-nonlinearity.circles-linear-deep', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(32, 'linear', { init: 'he_normal' }), d(32, 'linear', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16));

// lr-out-of-range
spec('lr-out-of-range.adam-lr-3', dogs('injured'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 3), tr(80, 32));
spec('lr-out-of-range.sgd-lr-40', feed(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 40), tr(80, 32));
spec('lr-out-of-range.rmsprop-lr-8', tours('outcome'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 8), tr(80, 32));
spec('lr-out-of-range.adam-lr-1e-9', tours('duration_h'), [d(24, 'relu'), d(1)], 'mse', opt('adam', 1e-9), tr(100, 32));

// dead-relu
spec('dead-relu.negative-bias-hidden', dogs('position'), [d(32, 'relu', { bias: -6 }), d(4, 'softmax')], 'cce', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.raw-km-sgd-jump', dogs('injured', 'none'), [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(60, 16));
spec('dead-relu.bias-minus-4-deep', tours('duration_h'), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32));
spec('dead-relu.high-lr-momentum-kill', feed(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), tr(80, 8));

// exploding-gradient
spec('exploding-gradient.raw-revenue-target', tours('revenue_nok'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.deep-normal-1', dogs('position'), [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(60, 32));
spec('exploding-gradient.raw-feed-log', feed('none'), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-4, { momentum: 0.9 }), tr(60, 16));
spec('exploding-gradient.raw-season-km', dogs('daily_kcal', 'none', ['weight_kg', 'age_yr', 'season_km', 'booties_pct']), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(60, 32));

// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-8', dogs('injured'), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 32));
spec('vanishing-gradient.tanh-small-init-deep', tours('outcome'), Array.from({ length: 7 }, () => d(24, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('vanishing-gradient.sigmoid-10-spirals', { builtin: 'spirals', samples: 300, classes: 3 }, Array.from({ length: 10 }, () => d(20, 'sigmoid')).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.1), tr(100, 32));
spec('vanishing-gradient.sigmoid-6-feed', feed(), Array.from({ length: 6 }, () => d(12, 'sigmoid', { init: 'xavier_normal' })).concat([d(1)]), 'mse', opt('sgd', 0.01), tr(100, 32));

// nan-loss
spec('nan-loss.raw-revenue-momentum', tours('revenue_nok', 'none'), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 16));
spec('nan-loss.raw-kcal-sgd', dogs('daily_kcal', 'none', ['weight_kg', 'season_km', 'resting_hr']), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(60, 16));
spec('nan-loss.feed-raw-big-lr', feed('none'), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.5), tr(60, 8));
spec('nan-loss.nesterov-raw-revenue-batch-4', tours('revenue_nok', 'none'), [d(16), d(1)], 'mse', opt('sgd', 0.05, { nesterov: true, momentum: 0.9 }), tr(60, 4));

// lr-too-high
spec('lr-too-high.sgd-2-position', dogs('position'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 2.0), tr(80, 16));
spec('lr-too-high.adam-0.5-injury', dogs('injured'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(80, 32));
spec('lr-too-high.rmsprop-0.3-duration', tours('duration_h'), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.3), tr(80, 32));
spec('lr-too-high.momentum-0.99-feed', feed(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.3, { momentum: 0.99 }), tr(80, 32));
spec('lr-too-high.nesterov-1.5-outcome', tours('outcome'), [d(24, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), tr(80, 32));

// lr-too-low
spec('lr-too-low.sgd-1e-5-position', dogs('position'), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6-duration', tours('duration_h'), [d(24, 'relu'), d(1)], 'mse', opt('adam', 1e-6), tr(150, 32));
spec('lr-too-low.rmsprop-2e-6-feed', feed(), [d(16, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 2e-6), tr(150, 32));
spec('lr-too-low.momentum-1e-5-injury', dogs('injured'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5, { momentum: 0.9 }), tr(100, 64));

// saturated-activation
spec('saturated-activation.sigmoid-raw-km', dogs('injured', 'none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
spec('saturated-activation.tanh-std-3', tours('outcome'), [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(100, 32));
spec('saturated-activation.tanh-raw-feed', feed('none'), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32));
spec('saturated-activation.sigmoid-bias-8', tours('duration_h'), [d(24, 'sigmoid', { bias: 8 }), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32));

// loss-plateau
spec('loss-plateau.weight-decay-heavy', dogs('position'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 2 }), tr(100, 32));
spec('loss-plateau.sigmoid-sgd-slow-xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(150, 32));
spec('loss-plateau.dropout-0.9-duration', tours('duration_h'), [d(32, 'relu'), drop(0.9), d(32, 'relu'), drop(0.9), d(1)], 'mse', opt('adam', 0.003), tr(120, 32));
spec('loss-plateau.clipnorm-tiny', feed(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 1e-4 }), tr(150, 32));
spec('loss-plateau.circles-sgd-deep-tanh', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(8, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(8, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02), tr(150, 32));

// oscillating-loss
spec('oscillating-loss.momentum-batch-4', tours('duration_h'), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), tr(80, 4));
spec('oscillating-loss.adam-batch-1-injury', dogs('injured'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(60, 1));
spec('oscillating-loss.rmsprop-0.05-feed', feed(), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), tr(80, 2));
spec('oscillating-loss.sgd-fullbatch-edge', feed(), [d(8, 'linear'), d(1)], 'mse', opt('sgd', 0.48), tr(80, 300));

// ---------------- healthy ----------------
spec('ok.injury-adam-relu', dogs('injured'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('ok.position-adam-two-hidden', dogs('position'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('ok.position-sgd-momentum-minmax', dogs('position', 'minmax'), [d(32, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 16));
spec('ok.position-rmsprop-bn', dogs('position'), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(120, 32));
spec('ok.position-nesterov-elu', dogs('position'), [d(24, 'elu'), d(24, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.injury-sgd-plain-tanh', dogs('injured'), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(200, 16));
spec('ok.injury-dropout-val', dogs('injured'), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.injury-rmsprop-leaky', dogs('injured', 'minmax'), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(120, 64));
spec('ok.kcal-from-weight-km', dogs('daily_kcal', 'standard', ['weight_kg', 'season_km', 'age_yr', 'coat_score']), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(150, 32), 243, {});
spec('ok.duration-adam-relu', tours('duration_h'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.duration-rmsprop-tanh', tours('duration_h'), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(200, 32));
spec('ok.duration-sgd-momentum-minmax', tours('duration_h', 'minmax'), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(200, 16));
spec('ok.duration-batch-1-sgd', tours('duration_h'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.005), tr(40, 1));
spec('ok.duration-fullbatch-adam', tours('duration_h'), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', opt('adam', 0.01), tr(400, 360));
spec('ok.revenue-normalize-target', tours('revenue_nok', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.revenue-minmax-target-sgd', tours('revenue_nok', 'minmax', { normalizeTarget: 'minmax' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32));
spec('ok.two-targets-duration-revenue', tours(['duration_h', 'revenue_nok'], 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.outcome-adam-clipnorm', tours('outcome'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003, { clipNorm: 1 }), tr(150, 32));
spec('ok.outcome-rmsprop-wd', tours('outcome'), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003, { weightDecay: 1e-4 }), tr(150, 32));
spec('ok.outcome-deep-bn-sgd', tours('outcome'), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('ok.feed-adam', feed(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(150, 32));
spec('ok.feed-linear-regression', feed(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 16));
spec('ok.feed-nesterov-tanh-target-norm', feed('standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.feed-rmsprop-minmax', feed('minmax'), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.005), tr(200, 32));
spec('ok.feed-deep-narrow-leaky', feed(), [d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.003), tr(200, 16));
spec('ok.moons-relu-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32));
spec('ok.spirals-wide-adam', { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.iris-sigmoid-hidden', { builtin: 'iris', normalize: 'standard' }, [d(8, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(200, 16));
spec('ok.blobs-four-rmsprop', { builtin: 'blobs', classes: 4, samples: 300 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(100, 32));
spec('ok.sine-tanh-deep', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.xor-elu-sgd', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.2, { momentum: 0.9 }), tr(200, 16));
spec('ok.inline-harness-fit', { inline: { x: [[18, 1], [20, 1], [22, 2], [24, 2], [26, 3], [28, 3], [30, 4], [19, 1], [23, 2], [27, 3], [29, 4], [31, 4], [21, 1], [25, 2], [32, 4], [17, 1]], y: [0, 0, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(200, 16));
spec('ok.inline-trail-time', { inline: { x: [[5], [8], [10], [12], [15], [18], [20], [22], [25], [28], [30], [35], [40], [45]], y: [0.9, 1.2, 1.4, 1.5, 1.8, 2.1, 2.3, 2.5, 2.7, 3.0, 3.3, 3.7, 4.1, 4.6] }, normalize: 'minmax' }, [d(1)], 'mse', opt('adam', 0.05), tr(300, 14));
spec('ok.position-wide-dropout-adam', dogs('position'), [d(64, 'relu'), drop(0.3), d(4, 'softmax')], 'cce', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 64));
spec('ok.injury-lecun-tanh-nesterov', dogs('injured'), [d(16, 'tanh', { init: 'lecun_normal' }), d(8, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(120, 32));
spec('ok.duration-unusual-sigmoid-hidden-sgd', tours('duration_h'), [d(16, 'sigmoid'), d(1)], 'mse', opt('sgd', 0.2, { momentum: 0.9 }), tr(200, 32));
spec('ok.revenue-bn-rmsprop-clip', tours('revenue_nok', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', opt('rmsprop', 0.003, { clipNorm: 5 }), tr(150, 32));
spec('ok.outcome-fullbatch-adam-long', tours('outcome'), [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(500, 360));
spec('ok.injury-he-uniform-batch-8', dogs('injured'), [d(24, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.9 }), tr(80, 8));
spec('ok.kcal-normtarget-deep-elu', dogs('daily_kcal', 'standard', ['weight_kg', 'season_km', 'age_yr', 'resting_hr'], 'dogs.csv'), [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(150, 32), 243, {});
spec('ok.duration-weather-only-wd', { csv: '../data/tours.csv', target: 'duration_h', features: ['temp_c', 'wind_kmh', 'fresh_snow_cm', 'trail_km'], normalize: 'standard' }, [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1e-3 }), tr(200, 32));


// second pass: more oscillating-loss candidates (the first ones trended down or diverged)
spec('oscillating-loss.position-tanh-momentum-1', dogs('position'), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 1.0, { momentum: 0.9 }), tr(60, 32));
spec('oscillating-loss.outcome-adam-0.1-batch-8', tours('outcome'), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.1), tr(60, 8));
spec('oscillating-loss.feed-normtarget-momentum-0.5', feed('standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), tr(60, 16));
spec('oscillating-loss.duration-rmsprop-0.05-batch-8', tours('duration_h'), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), tr(60, 8));

console.log(`wrote ${count} candidates`);
