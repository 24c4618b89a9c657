/**
 * Writes every candidate spec of fault set blind274 into candidates/:
 * `npx tsx test/faults-blind274/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
let seed = 274;
function spec(file: string, s: Record<string, unknown>): void {
  const body = { name: file, seed: seed++, ...s };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
const RF = ['rider_weight_kg', 'rider_years_pro', 'rider_season_avg', 'animal_weight_kg', 'animal_buck_index', 'arena_temp_c', 'ground_moisture_pct', 'chute_number', 'spur_marks'];
const BF = ['horse_age_yrs', 'horse_weight_kg', 'rider_age_yrs', 'arena_length_m', 'ground_depth_cm', 'pattern_wide_m', 'ticks_barrel', 'prior_best_s'];
const GF = ['temp_c', 'rain_mm', 'is_saturday', 'headliner_rank', 'ticket_price_eur', 'ads_spend_eur', 'competing_events'];
const VF = ['heart_rate_bpm', 'resp_rate', 'temp_c', 'lameness_grade', 'hydration_sec', 'days_since_last_event'];
const rides = (target: string, normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/rides.csv', target, features: RF, normalize, ...extra });
const barrels = (target: string, normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/barrels.csv', target, features: BF, normalize, ...extra });
const gate = (target: string, normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/gate_sales.csv', target, features: GF, normalize, ...extra });
const vet = (normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/vet_checks.csv', target: 'fit', features: VF, normalize, ...extra });
const d = (units: number, activation = 'relu', more: Record<string, unknown> = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: Record<string, unknown> = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: Record<string, unknown> = {}) => ({ epochs, batchSize, ...more });

// ---------- invalid-spec
spec('invalid-spec.adamw-optimizer', { data: rides('qualified'), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(60, 32) });
spec('invalid-spec.leakyrelu-no-underscore', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'leakyrelu'), d(8, 'leakyrelu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 16) });
spec('invalid-spec.keras-loss-name', { data: vet(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('rmsprop', 0.002), training: tr(60, 32) });
spec('invalid-spec.dropout-percent', { data: rides('qualified'), layers: [d(32), drop(30), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(60, 32) });
spec('invalid-spec.validation-split-whole', { data: gate('attendance', 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 16, { validationSplit: 1 }) });
spec('invalid-spec.batchsize-zero', { data: { builtin: 'moons', samples: 300, noise: 0.2 }, layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 0) });

// ---------- data-error
spec('data-error.next-season-file', { data: { csv: '../data/rides_2024.csv', target: 'qualified', features: RF, normalize: 'standard' }, layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.target-capitalised', { data: rides('Qualified'), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.na-scale-readings', { data: { csv: '../data/rides-gaps.csv', target: 'qualified', features: RF, normalize: 'standard' }, layers: [d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
spec('data-error.date-as-feature', { data: { csv: '../data/rides.csv', target: 'score', features: ['rodeo_date', ...RF], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.no-feature-list-ids', { data: { csv: '../data/barrels.csv', target: 'time_s', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.shared-drive-path', { data: { csv: '../../../../../../mnt/arena-office/gate_sales.csv', target: 'attendance', features: GF, normalize: 'standard' }, layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });

// ---------- shape-mismatch
spec('shape-mismatch.two-divisions', { data: barrels('division'), layers: [d(16), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.bce-two-units', { data: vet(), layers: [d(12, 'tanh'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.score-three-heads', { data: rides('score', 'standard', { normalizeTarget: 'standard' }), layers: [d(16), d(3)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: gate(['attendance', 'revenue_eur'] as any, 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.iris-four-units', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 16) });

// ---------- loss-activation-mismatch
spec('loss-activation-mismatch.cce-sigmoid-head', { data: barrels('division'), layers: [d(16), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: rides('qualified'), layers: [d(16), d(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('loss-activation-mismatch.softmax-mse-single', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(16), d(1, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('loss-activation-mismatch.relu-head-standardised-time', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.tanh-head-raw-attendance', { data: gate('attendance'), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('loss-activation-mismatch.sigmoid-head-raw-score', { data: rides('score'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(60, 32) });

// ---------- init-symmetry
spec('init-symmetry.zeros-hidden', { data: vet(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('init-symmetry.constant-point1', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 16) });
spec('init-symmetry.zeros-both-layers', { data: barrels('division'), layers: [d(24, 'elu', { init: 'zeros' }), d(12, 'elu', { init: 'zeros' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(60, 32) });

// ---------- init-scale
spec('init-scale.normal-std-10', { data: rides('qualified'), layers: [d(32, 'tanh', { init: { name: 'normal', std: 10 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('init-scale.uniform-limit-50', { data: vet(), layers: [d(16, 'relu', { init: { name: 'uniform', limit: 50 } }), d(16, 'relu', { init: { name: 'uniform', limit: 50 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
spec('init-scale.tiny-std-deep', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1e-4 } })], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });

// ---------- no-nonlinearity
spec('no-nonlinearity.linear-stack-circles', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('no-nonlinearity.linear-stack-xor', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(16), d(8), d(1, 'sigmoid')].map((l, i) => (i < 2 ? { ...l, activation: 'linear' } : l)), loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(100, 16) });
spec('no-nonlinearity.default-activation-spirals', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [{ type: 'dense', units: 32 }, { type: 'dense', units: 32 }, d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(120, 32) });

// ---------- lr-out-of-range
spec('lr-out-of-range.adam-three', { data: rides('qualified'), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 3), training: tr(60, 32) });
spec('lr-out-of-range.sgd-eighty', { data: vet(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 80), training: tr(60, 32) });
spec('lr-out-of-range.rmsprop-1e-8', { data: barrels('division'), layers: [d(24), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 1e-8), training: tr(60, 32) });

// ---------- dead-relu
spec('dead-relu.negative-bias', { data: vet(), layers: [d(16, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(60, 32) });
spec('dead-relu.raw-weights-big-step', { data: rides('score', 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 16) });
spec('dead-relu.bias-minus-three-deep', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });

// ---------- exploding-gradient
spec('exploding-gradient.raw-revenue-sgd', { data: gate('revenue_eur', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-6), training: tr(60, 16) });
spec('exploding-gradient.deep-std1-relu', { data: rides('score', 'standard', { normalizeTarget: 'standard' }), layers: [1, 2, 3, 4, 5, 6].map(() => d(32, 'relu', { init: { name: 'normal', std: 1 } })).concat([d(1, 'linear', { init: { name: 'normal', std: 1 } })]), loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(40, 32) });
spec('exploding-gradient.raw-ads-momentum', { data: gate('attendance', 'none', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 32) });

// ---------- vanishing-gradient
spec('vanishing-gradient.eight-sigmoid', { data: vet(), layers: [1, 2, 3, 4, 5, 6, 7, 8].map(() => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
spec('vanishing-gradient.ten-tanh-small', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('vanishing-gradient.sigmoid-deep-barrels', { data: barrels('division'), layers: [1, 2, 3, 4, 5, 6, 7].map(() => d(20, 'sigmoid', { init: 'xavier_normal' })).concat([d(3, 'softmax')]), loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(60, 16) });

// ---------- nan-loss
spec('nan-loss.raw-revenue-adam-big', { data: gate('revenue_eur', 'none'), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(40, 8) });
spec('nan-loss.raw-attendance-sgd', { data: gate('attendance', 'none'), layers: [d(8, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(40, 16) });
spec('nan-loss.raw-animal-weight-score', { data: rides('score', 'none'), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { nesterov: true, momentum: 0.9 }), training: tr(40, 4) });

// ---------- lr-too-high
spec('lr-too-high.sgd-two-vet', { data: vet(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 4), training: tr(60, 32) });
spec('lr-too-high.adam-half', { data: rides('qualified'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.5), training: tr(60, 32) });
spec('lr-too-high.rmsprop-point3', { data: barrels('division'), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.3), training: tr(60, 32) });
spec('lr-too-high.momentum-point5', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(60, 32) });

// ---------- lr-too-low
spec('lr-too-low.sgd-1e-5', { data: rides('qualified'), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(60, 32) });
spec('lr-too-low.adam-1e-6', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 1e-6), training: tr(80, 32) });
spec('lr-too-low.rmsprop-5e-7', { data: vet(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 5e-7), training: tr(60, 16) });
spec('lr-too-low.momentum-1e-5-full-batch', { data: gate('attendance', 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(100, 300) });

// ---------- saturated-activation
spec('saturated-activation.sigmoid-raw-weights', { data: rides('qualified', 'none'), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('saturated-activation.tanh-raw-ads', { data: gate('attendance', 'none', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
spec('saturated-activation.sigmoid-std3', { data: vet(), layers: [d(24, 'sigmoid', { init: { name: 'normal', std: 3 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
spec('saturated-activation.tanh-raw-barrels', { data: barrels('division', 'none'), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 32) });

// ---------- loss-plateau
spec('loss-plateau.weight-decay-one', { data: vet(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01, { weightDecay: 1 }), training: tr(80, 32) });
spec('loss-plateau.sgd-decay-half-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9, weightDecay: 0.5 }), training: tr(100, 32) });
spec('loss-plateau.dropout-heavy-narrow', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(4, 'relu'), drop(0.9), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-plateau.clip-tiny-sgd', { data: rides('score', 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(80, 32) });

// ---------- oscillating-loss
spec('oscillating-loss.momentum-99-batch1', { data: vet(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: tr(40, 1) });
spec('oscillating-loss.adam-05-batch2', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(40, 2) });
spec('oscillating-loss.rmsprop-03-batch4', { data: rides('qualified'), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.03), training: tr(40, 4) });
spec('oscillating-loss.sgd-full-batch-edge', { data: gate('attendance', 'standard', { normalizeTarget: 'standard' }), layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.9), training: tr(80, 300) });

// ---------- healthy
spec('ok.rides-qualified-adam', { data: rides('qualified'), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32, { validationSplit: 0.2 }) });
spec('ok.rides-qualified-sgd-momentum', { data: rides('qualified', 'minmax'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(80, 32) });
spec('ok.rides-score-rmsprop', { data: rides('score', 'standard', { normalizeTarget: 'standard' }), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(80, 32) });
spec('ok.rides-score-nesterov-dropout', { data: rides('score', 'standard', { normalizeTarget: 'minmax' }), layers: [d(48, 'relu'), drop(0.2), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 16) });
spec('ok.rides-qualified-batchnorm', { data: rides('qualified', 'none'), layers: [d(24, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(60, 64) });
spec('ok.rides-qualified-batch1-sgd', { data: rides('qualified'), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(25, 1) });
spec('ok.rides-qualified-full-batch-lbfgs-like', { data: rides('qualified'), layers: [d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.03), training: tr(200, 480) });
spec('ok.rides-qualified-logistic', { data: rides('qualified'), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(100, 48) });
spec('ok.rides-score-weight-decay-clip', { data: rides('score', 'standard', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 5 }), training: tr(80, 32, { validationSplit: 0.15 }) });
spec('ok.barrels-time-adam', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('ok.barrels-time-linear-regression', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.barrels-time-minmax-rmsprop', { data: barrels('time_s', 'minmax', { normalizeTarget: 'minmax' }), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(120, 16) });
spec('ok.barrels-division-adam', { data: barrels('division'), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.barrels-division-sgd-nesterov', { data: barrels('division'), layers: [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 16) });
spec('ok.barrels-division-batchnorm-dropout', { data: barrels('division', 'none'), layers: [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('ok.barrels-deep-elu', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
spec('ok.gate-attendance-adam', { data: gate('attendance', 'standard', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
spec('ok.gate-revenue-rmsprop', { data: gate('revenue_eur', 'standard', { normalizeTarget: 'standard' }), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
spec('ok.gate-attendance-sgd-plain', { data: gate('attendance', 'minmax', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(150, 8) });
spec('ok.gate-both-targets', { data: gate(['attendance', 'revenue_eur'] as any, 'standard', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(2, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.gate-leaky-momentum-clip', { data: gate('attendance', 'standard', { normalizeTarget: 'standard' }), layers: [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, clipNorm: 1 }), training: tr(100, 16) });
spec('ok.vet-fit-adam', { data: vet(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
spec('ok.vet-fit-rmsprop-tanh', { data: vet('minmax'), layers: [d(12, 'tanh'), d(6, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(80, 16, { validationSplit: 0.25 }) });
spec('ok.vet-fit-sgd-batch4', { data: vet(), layers: [d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02), training: tr(50, 4) });
spec('ok.vet-fit-wide-dropout', { data: vet(), layers: [d(128, 'relu'), drop(0.5), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001, { weightDecay: 1e-4 }), training: tr(60, 32) });
spec('ok.vet-fit-lecun-sigmoid-hidden', { data: vet(), layers: [d(16, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
spec('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.xor-elu-rmsprop', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(120, 16) });
spec('ok.blobs-four-softmax-only', { data: { builtin: 'blobs', samples: 400, classes: 4, noise: 0.1 }, layers: [d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(60, 32) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
spec('ok.iris-small-nesterov', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 8) });
spec('ok.iris-sigmoid-hidden-full-batch', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(10, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.03), training: tr(300, 150) });
spec('ok.inline-chute-times', { data: { inline: { x: [[0.5, 1], [0.7, 1], [0.9, 0], [1.1, 0], [1.3, 1], [1.5, 0], [1.7, 1], [1.9, 0], [2.1, 1], [2.3, 0], [2.5, 1], [2.7, 0]], y: [3.1, 3.4, 3.2, 3.5, 4.3, 4.0, 4.8, 4.5, 5.3, 5.0, 5.8, 5.5] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 12) });
spec('ok.inline-bronc-class-labels', { data: { inline: { x: [[1, 2], [1.2, 1.8], [0.9, 2.2], [3, 0.5], [3.2, 0.7], [2.8, 0.4], [0.2, 0.1], [0.3, 0.4], [0.1, 0.2], [1.1, 2.1], [3.1, 0.6], [0.2, 0.3]], y: ['saddle', 'saddle', 'saddle', 'bareback', 'bareback', 'bareback', 'bull', 'bull', 'bull', 'saddle', 'bareback', 'bull'] }, normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(150, 4) });
spec('ok.rides-qualified-he-uniform-deep', { data: rides('qualified'), layers: [d(24, 'relu', { init: 'he_uniform' }), d(24, 'relu', { init: 'he_uniform' }), d(24, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
spec('ok.barrels-time-batch1-adam', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(8, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(20, 1) });
spec('ok.gate-attendance-full-batch-rmsprop', { data: gate('attendance', 'standard', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(300, 300) });
spec('ok.vet-fit-xavier-uniform-leaky', { data: vet(), layers: [d(32, 'leaky_relu', { init: 'xavier_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.5 }), training: tr(60, 16) });
spec('ok.moons-unusual-sigmoid-sgd-high', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 2), training: tr(200, 32) });
spec('ok.barrels-division-minmax-elu-clip', { data: barrels('division', 'minmax'), layers: [d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005, { clipNorm: 2 }), training: tr(100, 32) });
spec('ok.rides-score-tanh-batchnorm', { data: rides('score', 'none', { normalizeTarget: 'standard' }), layers: [d(32, 'tanh', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('ok.spirals-leaky-sgd-momentum', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 2 }, layers: [d(48, 'leaky_relu'), d(48, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(300, 16) });

// ---------- extras added after the first observation (the first pass's `d(1)` heads defaulted to relu)
spec('init-symmetry.constant-all-layers', { data: vet(), layers: [d(16, 'tanh', { init: { name: 'constant', value: 0.05 } }), d(8, 'tanh', { init: { name: 'constant', value: 0.05 } }), d(1, 'sigmoid', { init: { name: 'constant', value: 0.05 } })], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32) });
spec('init-symmetry.zeros-everywhere-barrels', { data: barrels('time_s', 'standard', { normalizeTarget: 'standard' }), layers: [d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('oscillating-loss.nesterov-batch8-high', { data: rides('qualified'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), training: tr(60, 8) });
spec('oscillating-loss.adam-02-batch1-vet', { data: vet(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(40, 1) });
spec('nan-loss.rmsprop-raw-revenue-linear', { data: gate('revenue_eur', 'none'), layers: [d(8, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(30, 16) });
spec('exploding-gradient.raw-revenue-standard-features', { data: gate('revenue_eur', 'standard'), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.001, { clipNorm: 0 }), training: tr(60, 32) });
