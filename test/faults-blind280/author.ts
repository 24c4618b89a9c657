/**
 * Writes every candidate spec of fault set blind280 (reindeer herders) into candidates/:
 * `npx tsx test/faults-blind280/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy ones `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
let count = 0;
function put(file: string, body: J): void {
  const slug = file.replace(/^[a-z-]+\./, '');
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name: slug, seed: 280, ...body }, null, 2) + '\n');
  count++;
}

const CALF_F = ['birth_day', 'dam_age', 'dam_weight_kg', 'spring_snow_cm', 'lichen_index', 'insect_days', 'km_walked', 'herder_no'];
const WINTER_F = ['birth_weight_kg', 'dam_age', 'predator_sightings', 'ice_crust_days', 'feed_kg_per_day', 'distance_to_road_km'];
const PAST_F = ['lichen_cover_pct', 'lichen_height_mm', 'trampling_index', 'moss_pct', 'altitude_m', 'days_grazed'];
const COLL_F = ['temp_c', 'wind_ms', 'snow_cm', 'day_length_h', 'mosquito_idx'];

const calves = (normalize = 'standard', normalizeTarget = 'standard', extra: J = {}) => ({ csv: '../data/calves.csv', target: 'carcass_kg', features: CALF_F, normalize, normalizeTarget, ...extra });
const winter = (normalize = 'standard', extra: J = {}) => ({ csv: '../data/winter.csv', target: 'survived', features: WINTER_F, normalize, ...extra });
const pastures = (normalize = 'standard', extra: J = {}) => ({ csv: '../data/pastures.csv', target: 'condition', features: PAST_F, normalize, ...extra });
const office = (normalize = 'standard') => ({ csv: '../data/pastures-office.csv', target: 'condition', features: PAST_F, normalize });
const collars = (normalize = 'standard', normalizeTarget = 'standard') => ({ csv: '../data/collars.csv', target: 'daily_km', features: COLL_F, normalize, normalizeTarget });

const d = (units: number, activation = 'relu', more: J = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const sgd = (lr: number, more: J = {}) => ({ type: 'sgd', lr, ...more });
const adam = (lr: number, more: J = {}) => ({ type: 'adam', lr, ...more });
const rms = (lr: number, more: J = {}) => ({ type: 'rmsprop', lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}) => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-optimizer', { data: winter(), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(60, 32) });
put('invalid-spec.relu-capitalised', { data: calves(), layers: [d(24, 'Relu'), d(12, 'Relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 16) });
put('invalid-spec.keras-loss-name', { data: winter(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: rms(0.001), training: tr(50, 32) });
put('invalid-spec.dropout-rate-percent', { data: pastures(), layers: [d(32), drop(20), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(80, 32) });
put('invalid-spec.validation-split-whole', { data: collars(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(100, 32, { validationSplit: 1 }) });
put('invalid-spec.batch-size-zero', { data: calves(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(60, 0) });
// data-error
put('data-error.herd-file-renamed', { data: { csv: '../data/calves_2023.csv', target: 'carcass_kg', features: CALF_F, normalize: 'standard' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
put('data-error.target-column-guessed', { data: { ...calves(), target: 'carcass_weight' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
put('data-error.calf-id-in-features', { data: { csv: '../data/calves.csv', target: 'carcass_kg', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
put('data-error.winter-gaps-na', { data: { ...winter(), csv: '../data/winter-gaps.csv' }, layers: [d(12), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('data-error.shared-drive-path', { data: { ...pastures(), csv: '../../../../../srv/herd/pastures.csv' }, layers: [d(16), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(60, 32) });
put('data-error.collar-timestamp-feature', { data: { ...collars(), features: ['timestamp', ...COLL_F] }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
// shape-mismatch
put('shape-mismatch.two-conditions-head', { data: pastures(), layers: [d(16), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.four-conditions-head', { data: office(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.002), training: tr(80, 16) });
put('shape-mismatch.survival-two-sigmoids', { data: winter(), layers: [d(16), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('shape-mismatch.carcass-three-outputs', { data: calves(), layers: [d(16, 'elu'), d(3)], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
// loss-activation-mismatch
put('loss-activation-mismatch.survival-linear-head-bce', { data: winter(), layers: [d(16), d(1, 'linear')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('loss-activation-mismatch.condition-sigmoid-cce', { data: pastures(), layers: [d(16), d(3, 'sigmoid')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.km-softmax-mse', { data: collars(), layers: [d(16), d(1, 'softmax')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.carcass-tanh-head-raw', { data: calves('standard', 'none'), layers: [d(16), d(1, 'tanh')], loss: 'mse', optimizer: adam(0.01), training: tr(80, 32) });
put('loss-activation-mismatch.carcass-relu-head-standardised', { data: calves('standard', 'standard'), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
// init-symmetry
put('init-symmetry.zeros-hidden-tanh', { data: collars(), layers: [d(24, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('init-symmetry.constant-point-one', { data: pastures(), layers: [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('init-symmetry.zeros-two-layers', { data: winter(), layers: [d(16, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.002), training: tr(80, 32) });
put('init-symmetry.constant-half-elu', { data: calves(), layers: [d(20, 'elu', { init: { name: 'constant', value: 0.5 } }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 16) });
// init-scale
put('init-scale.normal-std-five-tanh', { data: pastures(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(16, 'tanh', { init: { name: 'normal', std: 5 } }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(100, 32) });
put('init-scale.uniform-limit-ten-relu', { data: calves(), layers: [d(32, 'relu', { init: { name: 'uniform', limit: 10 } }), d(16, 'relu', { init: { name: 'uniform', limit: 10 } }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.001), training: tr(80, 32) });
put('init-scale.tiny-std-deep-relu', { data: winter(), layers: [d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1e-4 } })], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
put('init-scale.normal-std-three-sigmoid', { data: collars(), layers: [d(32, 'sigmoid', { init: { name: 'normal', std: 3 } }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(100, 32) });
// no-nonlinearity
put('no-nonlinearity.linear-stack-pastures', { data: pastures(), layers: [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('no-nonlinearity.collar-linear-deep', { data: collars(), layers: [d(24, 'linear'), d(24, 'linear'), d(12, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
put('no-nonlinearity.activation-forgotten', { data: winter(), layers: [d(32), d(16), d(1, 'sigmoid')].map((l, i) => (i < 2 ? { type: 'dense', units: l.units } : l)), loss: 'bce', optimizer: rms(0.001), training: tr(80, 32) });
put('no-nonlinearity.calves-linear-bn', { data: calves(), layers: [d(32, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
// lr-out-of-range
put('lr-out-of-range.lr-zero', { data: winter(), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0), training: tr(60, 32) });
put('lr-out-of-range.lr-negative', { data: calves(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: sgd(-0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('lr-out-of-range.adam-lr-thirty', { data: pastures(), layers: [d(16), d(3, 'softmax')], loss: 'cce', optimizer: adam(30), training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-1e-9', { data: collars(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-9), training: tr(100, 32) });
put('lr-out-of-range.rmsprop-lr-200', { data: calves(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: rms(200), training: tr(60, 32) });
// dead-relu
put('dead-relu.negative-bias-init', { data: winter(), layers: [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(80, 32) });
put('dead-relu.sgd-kick-kills-units', { data: calves('none', 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 32) });
put('dead-relu.deep-bias-minus-three', { data: pastures(), layers: [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('dead-relu.adam-big-step-collars', { data: collars(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.3), training: tr(80, 16) });
// exploding-gradient
put('exploding-gradient.raw-features-raw-carcass', { data: calves('none', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-4), training: tr(60, 32) });
put('exploding-gradient.deep-relu-wide-init', { data: collars(), layers: [d(64, 'relu', { init: { name: 'normal', std: 0.6 } }), d(64, 'relu', { init: { name: 'normal', std: 0.6 } }), d(64, 'relu', { init: { name: 'normal', std: 0.6 } }), d(64, 'relu', { init: { name: 'normal', std: 0.6 } }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 32) });
put('exploding-gradient.collar-raw-target-momentum', { data: collars('none', 'none'), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.005, { momentum: 0.9 }), training: tr(60, 16) });
put('exploding-gradient.pasture-raw-altitude', { data: pastures('none'), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(60, 32) });
// vanishing-gradient
put('vanishing-gradient.eight-sigmoid-layers', { data: winter(), layers: [...Array(8)].map(() => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: sgd(0.01), training: tr(80, 32) });
put('vanishing-gradient.deep-tanh-small-init', { data: collars(), layers: [...Array(7)].map(() => d(24, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(1, 'linear')]), loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('vanishing-gradient.sigmoid-tower-pastures', { data: pastures(), layers: [...Array(10)].map(() => d(12, 'sigmoid')).concat([d(3, 'softmax')]), loss: 'cce', optimizer: adam(0.0005), training: tr(80, 32) });
put('vanishing-gradient.calves-sigmoid-xavier-deep', { data: calves(), layers: [...Array(9)].map(() => d(20, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'linear')]), loss: 'mse', optimizer: rms(0.0003), training: tr(60, 32) });
// nan-loss
put('nan-loss.raw-carcass-sgd-one', { data: calves('none', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1), training: tr(60, 32) });
put('nan-loss.collar-raw-adam-huge', { data: collars('none', 'none'), layers: [d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.95, nesterov: true }), training: tr(60, 8) });
put('nan-loss.winter-raw-sgd-big', { data: winter('none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(5), training: tr(60, 16) });
put('nan-loss.pasture-raw-rmsprop', { data: pastures('none'), layers: [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.5), training: tr(40, 32) });
// lr-too-high
put('lr-too-high.winter-sgd-three', { data: winter(), layers: [d(32, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(3, { momentum: 0.9 }), training: tr(80, 32) });
put('lr-too-high.pasture-adam-half', { data: pastures(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.5), training: tr(80, 32) });
put('lr-too-high.calves-rmsprop-point-three', { data: calves(), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.3), training: tr(80, 32) });
put('lr-too-high.collar-nesterov-point-eight', { data: collars(), layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.8, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
put('lr-too-high.office-sgd-full-batch-forty', { data: office(), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(40), training: tr(150, 360) });
// lr-too-low
put('lr-too-low.winter-sgd-1e-5', { data: winter(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(1e-5), training: tr(100, 32) });
put('lr-too-low.pasture-adam-1e-6', { data: pastures(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(1e-6), training: tr(100, 32) });
put('lr-too-low.collar-rmsprop-2e-6', { data: collars(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(2e-6), training: tr(120, 16) });
put('lr-too-low.calves-momentum-full-batch', { data: calves(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-5, { momentum: 0.9 }), training: tr(200, 400) });
// saturated-activation
put('saturated-activation.raw-altitude-sigmoid', { data: pastures('none'), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('saturated-activation.raw-km-tanh', { data: calves('none', 'standard'), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('saturated-activation.sigmoid-big-bias', { data: winter(), layers: [d(24, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
put('saturated-activation.collars-raw-tanh-deep', { data: collars('none', 'standard'), layers: [d(24, 'tanh', { init: { name: 'normal', std: 1 } }), d(12, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(80, 32) });
// loss-plateau
put('loss-plateau.weight-decay-half', { data: collars(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003, { weightDecay: 0.5 }), training: tr(100, 32) });
put('loss-plateau.one-unit-bottleneck-dead', { data: pastures(), layers: [d(1, 'relu', { bias: -2 }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-plateau.dropout-nine-tenths', { data: calves(), layers: [d(32, 'relu'), drop(0.95), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(100, 32) });
put('loss-plateau.clip-norm-tiny-sgd', { data: winter(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01, { clipNorm: 1e-4 }), training: tr(100, 32) });
put('loss-plateau.rmsprop-heavy-decay', { data: calves(), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.001, { weightDecay: 2 }), training: tr(100, 32) });
// oscillating-loss
put('oscillating-loss.adam-batch-one', { data: collars(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.05), training: tr(60, 1) });
put('oscillating-loss.momentum-point-99', { data: calves(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.99 }), training: tr(100, 32) });
put('oscillating-loss.rmsprop-batch-two', { data: winter(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.03), training: tr(60, 2) });
put('oscillating-loss.full-batch-sgd-edge', { data: pastures(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(8), training: tr(150, 360) });

// ---------------- healthy ----------------
put('ok.carcass-adam-relu', { data: calves(), layers: [d(32), d(16), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.carcass-sgd-momentum-tanh', { data: calves(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(150, 16) });
put('ok.carcass-rmsprop-elu-minmax', { data: calves('minmax', 'standard'), layers: [d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(150, 32) });
put('ok.carcass-linear-regression', { data: calves(), layers: [d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 32) });
put('ok.carcass-batch-one-sgd', { data: calves(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.003), training: tr(40, 1) });
put('ok.carcass-nesterov-full-batch', { data: calves(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.9, nesterov: true }), training: tr(400, 400) });
put('ok.carcass-bn-dropout', { data: calves(), layers: [d(64, 'relu', { batchNorm: true }), drop(0.2), d(32, 'relu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.002), training: tr(100, 32, { validationSplit: 0.15 }) });
put('ok.carcass-raw-target-minmax', { data: calves('standard', 'minmax'), layers: [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(120, 64) });
put('ok.carcass-deep-narrow-elu', { data: calves(), layers: [d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001, { clipNorm: 5 }), training: tr(150, 32) });
put('ok.carcass-weight-decay', { data: calves(), layers: [d(48), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003, { weightDecay: 1e-4 }), training: tr(120, 32) });
put('ok.winter-adam-relu', { data: winter(), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.winter-logistic-sgd', { data: winter(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1), training: tr(120, 16) });
put('ok.winter-tanh-rmsprop', { data: winter(), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001), training: tr(100, 32) });
put('ok.winter-momentum-minmax', { data: winter('minmax'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.winter-two-class-cce', { data: winter(), layers: [d(16, 'elu'), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(100, 32) });
put('ok.winter-bn-leaky', { data: winter(), layers: [d(32, 'leaky_relu', { batchNorm: true }), drop(0.3), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.002), training: tr(100, 64) });
put('ok.winter-sgd-batch-four-clip', { data: winter(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.02, { clipNorm: 1 }), training: tr(80, 4) });
put('ok.pasture-adam-relu', { data: pastures(), layers: [d(32), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.pasture-office-export', { data: office(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.002), training: tr(150, 16) });
put('ok.pasture-softmax-regression', { data: pastures(), layers: [d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.2), training: tr(200, 32) });
put('ok.pasture-deep-he-uniform', { data: pastures(), layers: [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.02, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
put('ok.pasture-minmax-elu-full-batch', { data: pastures('minmax'), layers: [d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.02), training: tr(400, 360) });
put('ok.pasture-sigmoid-hidden', { data: pastures(), layers: [d(16, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 32) });
put('ok.pasture-lecun-dropout', { data: pastures(), layers: [d(64, 'tanh', { init: 'lecun_normal' }), drop(0.3), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.002, { weightDecay: 1e-4 }), training: tr(120, 32) });
put('ok.collar-adam-elu', { data: collars(), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.collar-rmsprop-relu', { data: collars(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: rms(0.003), training: tr(150, 16) });
put('ok.collar-sgd-tanh-batch-eight', { data: collars(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.02), training: tr(150, 8) });
put('ok.collar-minmax-target-sigmoid-head', { data: collars('standard', 'minmax'), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.005), training: tr(200, 32) });
put('ok.collar-wide-bn', { data: collars(), layers: [d(128, 'relu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(100, 64) });
put('ok.collar-uniform-init-small', { data: collars(), layers: [d(32, 'tanh', { init: { name: 'uniform', limit: 0.3 } }), d(1, 'linear', { init: { name: 'normal', std: 0.1 } })], loss: 'mse', optimizer: adam(0.005), training: tr(150, 32) });
put('ok.iris-herd-office-check', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 16) });
put('ok.moons-adam-tanh', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.spirals-deep-relu', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(64), d(64), d(32), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.sine-elu', { data: { builtin: 'sine', samples: 200 }, layers: [d(32, 'elu'), d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.circles-rmsprop', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.005), training: tr(200, 16) });
put('ok.xor-sgd-momentum', { data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(200, 16) });
put('ok.blobs-four-softmax', { data: { builtin: 'blobs', samples: 400, classes: 4 }, layers: [d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: tr(100, 32) });
put('ok.inline-lichen-ruleofthumb', { data: { inline: { x: [[0.1, 0.2], [0.2, 0.1], [0.3, 0.4], [0.5, 0.5], [0.6, 0.8], [0.8, 0.6], [0.9, 0.9], [0.7, 0.3], [0.4, 0.7], [0.2, 0.9]], y: [0.31, 0.29, 0.74, 0.98, 1.42, 1.38, 1.8, 0.98, 1.1, 1.0] }, normalize: 'standard' }, layers: [d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1), training: tr(200, 10) });
put('ok.inline-herd-strings', { data: { inline: { x: [[1, 0.2], [1.2, 0.1], [0.9, 0.3], [3, 2.8], [3.1, 3.2], [2.9, 3], [0.2, 3], [0.1, 2.8], [0.3, 3.1], [1.1, 0], [3.2, 2.9], [0.2, 3.2]], y: ['calf', 'calf', 'calf', 'bull', 'bull', 'bull', 'hirvas', 'hirvas', 'hirvas', 'calf', 'bull', 'hirvas'] }, normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.05), training: tr(200, 12) });
put('ok.winter-adam-batch-one-small-lr', { data: winter(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.0005), training: tr(30, 1) });
put('ok.carcass-rmsprop-deep-tanh-clip', { data: calves(), layers: [d(32, 'tanh'), d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.0005, { clipNorm: 2 }), training: tr(150, 32) });
put('ok.pasture-sgd-constant-bias', { data: pastures(), layers: [d(32, 'relu', { bias: 0.1 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.8 }), training: tr(150, 32) });
put('ok.collar-nesterov-leaky-deep', { data: collars(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.winter-no-shuffle-full', { data: winter(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.02), training: tr(300, 500, { shuffle: false }) });

console.log(`${count} candidates written to ${out}`);
