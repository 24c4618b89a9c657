/**
 * Writes every candidate spec of blind set 277 (show caves and caving guides) into candidates/.
 * `npx tsx test/faults-blind277/author.ts`
 */
import * as fs from 'fs';
import * as path from 'path';

const dir = path.join(__dirname, 'candidates');
fs.mkdirSync(dir, { recursive: true });
let seed = 277;
type J = Record<string, unknown>;
const put = (file: string, spec: J) => {
  const s = { name: file, seed: seed++, ...spec };
  fs.writeFileSync(path.join(dir, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
};
const raw = (file: string, text: string) => fs.writeFileSync(path.join(dir, `${file}.nn.json`), text);

const VF = ['group_size', 'child_share', 'guide_years', 'route_m', 'stairs', 'water_cm', 'co2_ppm', 'temp_c', 'temp_f', 'moon_phase', 'ticket_eur'];
const CF = ['co2_ppm', 'temp_c', 'humidity_pct', 'airflow_ms', 'outside_temp_c', 'visitors_hr', 'pressure_hpa'];
const GF = ['years', 'tours_led', 'rescue_hours', 'first_aid_score', 'languages', 'fitness_score', 'shoe_size'];

const vis = (target: string | string[], normalize = 'standard', extra: J = {}) => ({ csv: '../data/visits.csv', target, features: VF, normalize, ...extra });
const dur = (normalize = 'standard', nt = 'standard', extra: J = {}) => vis('duration_min', normalize, nt === 'none' ? extra : { normalizeTarget: nt, ...extra });
const clim = (target: string, normalize = 'standard', extra: J = {}) => ({ csv: '../data/climate.csv', target, features: CF, normalize, ...extra });
const radon = (normalize = 'standard', nt = 'standard') => clim('radon_bq', normalize, nt === 'none' ? {} : { normalizeTarget: nt });
const gui = (normalize = 'standard', extra: J = {}) => ({ csv: '../data/guides.tsv', target: 'level', features: GF, normalize, ...extra });

const d = (units: number, activation = 'linear', init?: string | J, extra: J = {}) => {
  const l: J = { type: 'dense', units, activation };
  if (init !== undefined) l.init = init;
  return { ...l, ...extra };
};
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}) => ({ epochs, batchSize, ...extra });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-optimizer', { data: dur(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adamw', 0.001), training: tr(60, 32) });
put('invalid-spec.loss-keras-name', { data: vis('overrun'), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('invalid-spec.dropout-percent', { data: gui(), layers: [d(24, 'relu'), drop(30), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 16) });
put('invalid-spec.validation-split-percent', { data: radon(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(80, 32, { validationSplit: 20 }) });
put('invalid-spec.activation-swish', { data: clim('status'), layers: [d(16, 'swish'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
// data-error
put('data-error.missing-season-file', { data: { csv: '../data/visits-2025.csv', target: 'duration_min', normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('data-error.target-column-renamed', { data: vis('tour_minutes'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('data-error.cave-name-as-feature', { data: { csv: '../data/visits.csv', target: 'duration_min', features: ['cave', ...VF], normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('data-error.gaps-export', { data: { csv: '../data/visits-gaps.csv', target: 'duration_min', features: VF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('data-error.shared-drive-path', { data: { csv: '../../../../../../mnt/office/caves/climate.csv', target: 'radon_bq', normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
// shape-mismatch
put('shape-mismatch.levels-two-units', { data: gui(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 16) });
put('shape-mismatch.status-four-units', { data: clim('status'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('shape-mismatch.two-targets-one-unit', { data: vis(['duration_min', 'co2_ppm'].slice(0, 1).concat(['ticket_eur']), 'standard', { features: ['group_size', 'child_share', 'guide_years', 'route_m', 'water_cm'], normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('shape-mismatch.overrun-two-sigmoids', { data: vis('overrun'), layers: [d(12, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse-levels', { data: gui(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 16) });
put('loss-activation-mismatch.bce-linear-head', { data: vis('overrun'), layers: [d(12, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: clim('status'), layers: [d(16, 'tanh'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
put('loss-activation-mismatch.relu-head-standard-target', { data: dur(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('loss-activation-mismatch.sigmoid-head-raw-minutes', { data: dur('standard', 'none'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(80, 32) });
// init-symmetry
put('init-symmetry.zeros-hidden', { data: dur(), layers: [d(16, 'tanh', 'zeros'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
put('init-symmetry.constant-hidden-levels', { data: gui(), layers: [d(24, 'relu', { name: 'constant', value: 0.1 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 16) });
put('init-symmetry.zeros-two-layers', { data: radon(), layers: [d(16, 'sigmoid', 'zeros'), d(8, 'sigmoid', 'zeros'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
// init-scale
put('init-scale.normal-std-8', { data: vis('overrun'), layers: [d(32, 'tanh', { name: 'normal', std: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('init-scale.uniform-limit-20', { data: dur(), layers: [d(32, 'relu', { name: 'uniform', limit: 20 }), d(16, 'relu', { name: 'uniform', limit: 20 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
put('init-scale.normal-std-1e-4-deep', { data: gui(), layers: [d(16, 'tanh', { name: 'normal', std: 1e-4 }), d(16, 'tanh', { name: 'normal', std: 1e-4 }), d(16, 'tanh', { name: 'normal', std: 1e-4 }), d(3, 'softmax', { name: 'normal', std: 1e-4 })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
// no-nonlinearity
put('no-nonlinearity.linear-stack-levels', { data: gui(), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 16) });
put('no-nonlinearity.linear-stack-radon', { data: radon(), layers: [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 32) });
// lr-out-of-range
put('lr-out-of-range.adam-lr-30', { data: dur(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 30), training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-500', { data: gui(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 500), training: tr(60, 16) });
put('lr-out-of-range.rmsprop-lr-8', { data: clim('status'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 8), training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-1e-9', { data: radon(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-9, { momentum: 0.9 }), training: tr(60, 32) });
// dead-relu
put('dead-relu.bias-minus-6', { data: dur(), layers: [d(32, 'relu', 'he_normal', { bias: -6 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('dead-relu.deep-negative-bias', { data: gui(), layers: [d(24, 'relu', undefined, { bias: -3 }), d(24, 'relu', undefined, { bias: -3 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 16) });
put('dead-relu.sgd-huge-step-kills', { data: radon('standard', 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(80, 16) });
// exploding-gradient
put('exploding-gradient.raw-features-deep-sgd', { data: dur('none', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6), training: tr(60, 32) });
put('exploding-gradient.raw-radon-target', { data: radon('standard', 'none'), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.raw-tours-led', { data: { csv: '../data/guides.tsv', target: 'rescue_hours', features: ['years', 'tours_led', 'first_aid_score', 'fitness_score'], normalize: 'none' }, layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5), training: tr(60, 16) });
// vanishing-gradient
put('vanishing-gradient.eight-sigmoid-layers', { data: vis('overrun'), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
put('vanishing-gradient.deep-sigmoid-radon', { data: radon(), layers: [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005, { momentum: 0.5 }), training: tr(100, 32) });
put('vanishing-gradient.deep-tanh-small-init', { data: gui(), layers: [d(16, 'tanh', { name: 'normal', std: 0.05 }), d(16, 'tanh', { name: 'normal', std: 0.05 }), d(16, 'tanh', { name: 'normal', std: 0.05 }), d(16, 'tanh', { name: 'normal', std: 0.05 }), d(16, 'tanh', { name: 'normal', std: 0.05 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
// nan-loss
put('nan-loss.raw-everything-sgd', { data: dur('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
put('nan-loss.raw-climate-momentum', { data: radon('none', 'none'), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 16) });
put('nan-loss.raw-pressure-rmsprop-big', { data: radon('none', 'none'), layers: [d(16), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { nesterov: true, momentum: 0.9 }), training: tr(60, 8) });
// lr-too-high
put('lr-too-high.adam-0.3-levels', { data: gui(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(80, 32) });
put('lr-too-high.sgd-1.5-duration', { data: dur(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1.5), training: tr(80, 32) });
put('lr-too-high.rmsprop-0.2-overrun', { data: vis('overrun'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.2), training: tr(80, 16) });
put('lr-too-high.nesterov-0.8-radon', { data: radon(), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
// lr-too-low
put('lr-too-low.sgd-1e-5-duration', { data: dur(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5), training: tr(80, 32) });
put('lr-too-low.adam-1e-6-levels', { data: gui(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-2e-6-radon', { data: radon(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 2e-6), training: tr(100, 32) });
put('lr-too-low.momentum-1e-5-status', { data: clim('status'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(100, 64) });
// saturated-activation
put('saturated-activation.sigmoid-raw-co2', { data: clim('status', 'none'), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('saturated-activation.tanh-raw-visits', { data: vis('overrun', 'none'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
put('saturated-activation.tanh-bias-5', { data: gui(), layers: [d(16, 'tanh', undefined, { bias: 5 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(80, 32) });
// loss-plateau
put('loss-plateau.weight-decay-1', { data: dur(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 1 }), training: tr(100, 32) });
put('loss-plateau.dropout-0.9-levels', { data: gui(), layers: [d(16, 'relu'), drop(0.95), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('loss-plateau.sigmoid-sgd-tiny-moves', { data: clim('status'), layers: [d(8, 'sigmoid'), d(8, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.003), training: tr(100, 64) });
put('loss-plateau.clipnorm-1e-4', { data: radon(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(100, 32) });
// oscillating-loss
put('oscillating-loss.adam-0.05-batch-2', { data: dur(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(60, 2) });
put('oscillating-loss.momentum-0.99-full-batch', { data: radon(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.99 }), training: tr(150, 480) });
put('oscillating-loss.rmsprop-0.03-batch-4', { data: gui(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.03), training: tr(60, 4) });
put('oscillating-loss.sgd-0.9-batch-1', { data: vis('overrun'), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.9), training: tr(40, 1) });
// a JSON typo (invalid-spec, static): trailing comma pasted from JS
raw('invalid-spec.trailing-comma', '{\n  "name": "tour-length",\n  "data": { "csv": "../data/visits.csv", "target": "duration_min", "normalize": "standard", },\n  "layers": [ { "type": "dense", "units": 8, "activation": "relu" }, { "type": "dense", "units": 1 } ],\n  "loss": "mse",\n  "optimizer": { "type": "adam", "lr": 0.003 }\n}\n');

// ---------------- healthy ----------------
put('ok.duration-adam-relu', { data: dur(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.duration-sgd-momentum-tanh', { data: dur(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(120, 16) });
put('ok.duration-nesterov-elu', { data: dur('minmax', 'standard'), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.duration-rmsprop-leaky', { data: dur(), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 64) });
put('ok.duration-plain-sgd-full-batch', { data: dur(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(400, 520) });
put('ok.duration-minmax-target', { data: dur('standard', 'minmax'), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
put('ok.duration-batchnorm-dropout', { data: dur(), layers: [d(64, 'relu', undefined, { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(100, 32, { validationSplit: 0.15 }) });
put('ok.duration-batch-1-sgd', { data: dur(), layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.002), training: tr(30, 1) });
put('ok.duration-linear-regression', { data: dur(), layers: [d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('ok.duration-deep-clip', { data: dur(), layers: [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001, { clipNorm: 1 }), training: tr(120, 32) });
put('ok.overrun-adam-relu', { data: vis('overrun'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('ok.overrun-sgd-tanh', { data: vis('overrun'), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.overrun-rmsprop-dropout', { data: vis('overrun', 'minmax'), layers: [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(120, 16, { validationSplit: 0.2 }) });
put('ok.overrun-logistic', { data: vis('overrun'), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(150, 64) });
put('ok.overrun-elu-batchnorm', { data: vis('overrun'), layers: [d(24, 'elu', undefined, { batchNorm: true }), d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(100, 64) });
put('ok.radon-adam-tanh', { data: radon(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
put('ok.radon-sgd-relu', { data: radon(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.radon-rmsprop-sigmoid', { data: radon(), layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.005), training: tr(200, 32) });
put('ok.radon-minmax-features', { data: radon('minmax', 'standard'), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 16) });
put('ok.radon-weight-decay-val', { data: radon(), layers: [d(48, 'relu'), d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-3 }), training: tr(120, 32, { validationSplit: 0.25 }) });
put('ok.radon-clip-nesterov', { data: radon(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.8, nesterov: true, clipNorm: 5 }), training: tr(150, 64) });
put('ok.status-adam-relu', { data: clim('status'), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('ok.status-sgd-tanh', { data: clim('status'), layers: [d(16, 'tanh'), d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.status-rmsprop-batchnorm', { data: clim('status'), layers: [d(32, 'relu', undefined, { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
put('ok.status-softmax-regression', { data: clim('status'), layers: [d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(200, 480) });
put('ok.status-minmax-elu-val', { data: clim('status', 'minmax'), layers: [d(24, 'elu'), drop(0.1), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 16, { validationSplit: 0.2 }) });
put('ok.levels-adam-relu', { data: gui(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(120, 16) });
put('ok.levels-sgd-nesterov-tanh', { data: gui(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.levels-rmsprop-deep', { data: gui(), layers: [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });
put('ok.levels-plain-sgd-sigmoid', { data: gui(), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5), training: tr(200, 32) });
put('ok.levels-batch-2-adam', { data: gui(), layers: [d(16, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.0005), training: tr(40, 2) });
put('ok.levels-wide-dropout', { data: gui(), layers: [d(128, 'relu'), drop(0.3), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001, { weightDecay: 1e-4 }), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.moons-adam', { data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('ok.spirals-deep-tanh', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(48, 'tanh'), d(48, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(300, 32) });
put('ok.sine-elu', { data: { builtin: 'sine', samples: 300 }, layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
put('ok.iris-sgd', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 16) });
put('ok.inline-lamp-battery', { data: { inline: { x: [[0, 20], [1, 19], [2, 21], [3, 18], [4, 22], [5, 20], [6, 19], [7, 21], [8, 20], [9, 18], [10, 22], [11, 19]], y: [8.1, 7.4, 6.8, 6.0, 5.5, 4.7, 4.1, 3.4, 2.8, 2.1, 1.5, 0.8] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(4, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 12) });
put('ok.circles-rmsprop', { data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 32) });
put('ok.rescue-hours-regression', { data: { csv: '../data/guides.tsv', target: 'rescue_hours', features: ['years', 'tours_led', 'first_aid_score', 'fitness_score'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
put('ok.co2-from-visitors', { data: { csv: '../data/climate.csv', target: 'co2_ppm', features: ['visitors_hr', 'airflow_ms', 'outside_temp_c'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.overrun-leaky-deep-sgd', { data: vis('overrun'), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(120, 32) });
put('ok.status-rare-closed-bce', { data: { csv: '../data/climate.csv', target: 'status', features: CF, normalize: 'standard' }, layers: [d(16, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 64) });

// ---------------- second pass (added after the first observation, before any decision was final) ----------------
put('exploding-gradient.raw-radon-relu-sgd', { data: radon('standard', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6), training: tr(60, 32) });
put('exploding-gradient.raw-minutes-deep', { data: dur('standard', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.raw-co2-target-rmsprop', { data: { csv: '../data/climate.csv', target: 'co2_ppm', features: ['visitors_hr', 'airflow_ms', 'outside_temp_c'], normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
put('lr-too-high.adam-0.1-radon', { data: radon(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.1), training: tr(80, 16) });
put('lr-too-high.sgd-0.5-momentum-status', { data: clim('status'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(80, 16) });
put('dead-relu.bias-minus-4-levels', { data: gui(), layers: [d(32, 'relu', 'he_uniform', { bias: -4 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });
put('oscillating-loss.nesterov-0.3-batch-8', { data: radon(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3, { momentum: 0.9, nesterov: true }), training: tr(80, 8) });
put('ok.radon-rmsprop-batch-8-elu', { data: radon(), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(100, 8) });
put('ok.levels-minmax-leaky-full-batch', { data: gui('minmax'), layers: [d(32, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(400, 360) });
put('ok.duration-tanh-sigmoid-mix', { data: dur(), layers: [d(24, 'tanh'), d(12, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
put('ok.blobs-four-classes-sgd', { data: { builtin: 'blobs', samples: 400, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
put('ok.xor-tanh', { data: { builtin: 'xor', samples: 300 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 32) });
put('ok.overrun-tanh-adam-deep', { data: vis('overrun'), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
console.log(fs.readdirSync(dir).length, 'candidates');
