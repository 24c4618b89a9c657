/**
 * Writes every candidate spec of set blind266 (ice sculptors and ice hotels) into candidates/:
 * `npx tsx test/faults-blind266/author.ts`. Paths are written as they will be after filing
 * (faulty/, healthy/ or dropped/ sit next to data/).
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
const put = (file: string, spec: J | string) =>
  fs.writeFileSync(path.join(out, file + '.nn.json'), typeof spec === 'string' ? spec : JSON.stringify(spec, null, 2) + '\n');

const BLK = ['ice_thickness_cm', 'freeze_days', 'air_temp_c', 'snow_cover_cm', 'current_ms', 'bubble_count', 'saw_operator'];
const MELT = ['volume_l', 'surface_m2', 'hall_temp_c', 'humidity_pct', 'visitors_per_hour', 'led_watts', 'sculptor_seniority_yrs'];
const CRK = ['delta_temp_c', 'acclimation_h', 'block_age_days', 'thickness_cm', 'chainsaw_min', 'crew_size'];
const NIGHT = ['utetemp_c', 'rate_eur', 'aurora_kp', 'snow_cm', 'weekday'];
const ROOMT = ['is_cold_room', 'is_warm_cabin', 'is_art_suite', 'is_dorm'];
const ROOMF = ['guest_age', 'party_size', 'budget_eur', 'nights'];

const blocks = (x: J = {}) => ({ csv: '../data/blocks.csv', target: 'grade', features: BLK, normalize: 'standard', ...x });
const melt = (x: J = {}) => ({ csv: '../data/melt.csv', target: 'melt_mm_day', features: MELT, normalize: 'standard', ...x });
const cracks = (x: J = {}) => ({ csv: '../data/cracks.csv', target: 'cracked', features: CRK, normalize: 'standard', ...x });
const nights = (x: J = {}) => ({ csv: '../data/nights-eu.csv', target: 'occupancy_pct', features: NIGHT, normalize: 'standard', normalizeTarget: 'standard', ...x });
const rooms = (x: J = {}) => ({ csv: '../data/rooms.csv', target: ROOMT, features: ROOMF, normalize: 'standard', ...x });
const d = (units: number, activation = 'linear', x: J = {}) => ({ type: 'dense', units, activation, ...x });
const drop = (rate: number) => ({ type: 'dropout', rate });
const spec = (name: string, data: J, layers: J[], loss: string, optimizer: J, training: J, seed = 266): J =>
  ({ name, seed, data, layers, loss, optimizer, training });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.relu-titlecase', spec('grade-relu-title', blocks(), [d(16, 'ReLU'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('invalid-spec.adamw-optimizer', spec('melt-adamw', melt(), [d(24, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, { epochs: 100, batchSize: 16 }));
put('invalid-spec.keras-loss-name', spec('grade-keras-loss', blocks(), [d(12, 'tanh'), d(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.005 }, { epochs: 60 }));
put('invalid-spec.dropout-percent', spec('crack-dropout-20', cracks(), [d(32, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 80, batchSize: 32 }));
put('invalid-spec.validation-whole', spec('melt-val-1', melt(), [d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 100, batchSize: 32, validationSplit: 1.0 }));
put('invalid-spec.init-glorot', spec('rooms-glorot', rooms(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 80 }));
// data-error
put('data-error.next-season-file', spec('grade-2025', blocks({ csv: '../data/blocks-2025.csv' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('data-error.target-typo', spec('melt-typo', melt({ target: 'melt_mm_per_day' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100 }));
put('data-error.date-as-feature', spec('grade-dated', blocks({ features: ['harvest_date', ...BLK] }), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('data-error.field-gaps', spec('grade-gaps', blocks({ csv: '../data/blocks-gaps.csv' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('data-error.nas-share-path', spec('crack-share', cracks({ csv: '../../../../../mnt/icehotel-share/cracks.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('data-error.sculpture-id-feature', spec('melt-with-id', melt({ features: ['sculpture_id', ...MELT] }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
// shape-mismatch
put('shape-mismatch.two-grades', spec('grade-two', blocks(), [d(16, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('shape-mismatch.rooms-three-units', spec('rooms-three', rooms(), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 80 }));
put('shape-mismatch.two-targets-one-unit', spec('melt-two-targets', melt({ target: ['melt_mm_day', 'hours_to_repair'], normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('shape-mismatch.crack-two-sigmoids', spec('crack-two-out', cracks(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse-melt', spec('melt-softmax', melt(), [d(16, 'relu'), d(1, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100 }));
put('loss-activation-mismatch.bce-linear-head', spec('crack-linear', cracks(), [d(16, 'relu'), d(1)], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100 }));
put('loss-activation-mismatch.cce-sigmoid-head', spec('grade-sigmoid', blocks(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100 }));
put('loss-activation-mismatch.relu-head-std-target', spec('nights-relu-head', nights(), [d(16, 'tanh'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 16 }));
put('loss-activation-mismatch.tanh-head-percent', spec('nights-tanh-pct', nights({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120 }));
// init-symmetry
put('init-symmetry.zeros-hidden', spec('grade-zeros', blocks(), [d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 100 }));
put('init-symmetry.constant-relu', spec('melt-const', melt(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 120 }));
put('init-symmetry.zeros-two-layers', spec('crack-zeros', cracks(), [d(16, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 100 }));
put('init-symmetry.constant-tanh-rooms', spec('rooms-const', rooms(), [d(20, 'tanh', { init: 'constant', value: 0.05 }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 100 }));
// init-scale
put('init-scale.normal-std-5', spec('grade-std5', blocks(), [d(64, 'tanh', { init: 'normal', std: 5 }), d(32, 'tanh', { init: 'normal', std: 5 }), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('init-scale.uniform-limit-20', spec('melt-lim20', melt(), [d(32, 'relu', { init: 'uniform', limit: 20 }), d(32, 'relu', { init: 'uniform', limit: 20 }), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 80 }));
put('init-scale.tiny-std-deep', spec('crack-tiny', cracks(), [d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(32, 'tanh', { init: 'normal', std: 1e-4 }), d(1, 'sigmoid', { init: 'normal', std: 1e-4 })], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 80 }));
put('init-scale.constant-3-sigmoid', spec('nights-const3', nights(), [d(1, 'sigmoid', { init: 'normal', std: 8 }), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 100 }));
// no-nonlinearity
put('no-nonlinearity.linear-stack-grade', spec('grade-linear', blocks(), [d(32), d(32), d(16), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 120 }));
put('no-nonlinearity.default-activation-melt', spec('melt-noact', melt(), [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, { type: 'dense', units: 1 }], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120 }));
put('no-nonlinearity.circles-linear', spec('ice-ring-linear', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150 }));
put('no-nonlinearity.rooms-linear-bn', spec('rooms-linear-bn', rooms(), [d(24, 'linear', { batchNorm: true }), d(12), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 100 }));
// lr-out-of-range
put('lr-out-of-range.adam-lr-5', spec('grade-adam5', blocks(), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 5 }, { epochs: 60 }));
put('lr-out-of-range.sgd-lr-80', spec('melt-sgd80', melt(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 80 }, { epochs: 60 }));
put('lr-out-of-range.rmsprop-1e-9', spec('crack-rms-1e9', cracks(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 1e-9 }, { epochs: 60 }));
put('lr-out-of-range.sgd-momentum-lr-30', spec('rooms-sgd30', rooms(), [d(16, 'elu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 30, momentum: 0.9 }, { epochs: 60 }));
// dead-relu
put('dead-relu.negative-bias', spec('melt-negbias', melt(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100 }));
put('dead-relu.sgd-raw-volume', spec('melt-raw-relu', melt({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 80 }));
put('dead-relu.adam-kick', spec('crack-adam-kick', cracks(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.3 }, { epochs: 60, batchSize: 16 }));
put('dead-relu.bias-minus-rooms', spec('rooms-negbias', rooms(), [d(24, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100 }));
// exploding-gradient
put('exploding-gradient.raw-hours-sgd', spec('repair-raw', melt({ target: 'hours_to_repair', normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 50 }));
put('exploding-gradient.deep-he-raw-budget', spec('nights-raw-deep', nights({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.0005, momentum: 0.9 }, { epochs: 40 }));
put('exploding-gradient.wide-normal-1', spec('melt-wide-std1', melt({ normalizeTarget: 'none' }), [d(64, 'linear', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 40 }));
put('exploding-gradient.raw-volume-adam', spec('repair-raw-adam', melt({ target: 'hours_to_repair', normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.01 }, { epochs: 60 }));
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid', spec('grade-deep-sig', blocks(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, { epochs: 80 }));
put('vanishing-gradient.tanh-small-init', spec('crack-tanh-small', cracks(), [d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.5 }, { epochs: 80 }));
put('vanishing-gradient.sigmoid-10-deep-melt', spec('melt-sig10', melt(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1)]), 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 60 }));
put('vanishing-gradient.sigmoid-stack-rooms', spec('rooms-sig-stack', rooms(), [d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 60 }));
// nan-loss
put('nan-loss.raw-hours-sgd-01', spec('repair-nan', melt({ target: 'hours_to_repair', normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.1 }, { epochs: 40 }));
put('nan-loss.raw-occupancy-momentum', spec('nights-nan', nights({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 40 }));
put('nan-loss.huge-init-exp', spec('melt-nan-init', melt({ normalize: 'none', target: 'hours_to_repair' }), [d(32, 'elu', { init: 'normal', std: 10 }), d(32, 'elu', { init: 'normal', std: 10 }), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 30 }));
put('nan-loss.rooms-sgd-raw-budget', spec('rooms-raw-nan', rooms({ normalize: 'none' }), [d(16, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, { epochs: 40 }));
// lr-too-high
put('lr-too-high.adam-0.3-grade', spec('grade-adam03', blocks(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.3 }, { epochs: 80, batchSize: 32 }));
put('lr-too-high.sgd-momentum-1.5', spec('crack-sgd15', cracks(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.5, momentum: 0.9 }, { epochs: 80 }));
put('lr-too-high.rmsprop-0.1-melt', spec('melt-rms01', melt({ normalizeTarget: 'standard' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.1 }, { epochs: 80, batchSize: 16 }));
put('lr-too-high.nesterov-0.8-nights', spec('nights-nest08', nights(), [d(24, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.8, momentum: 0.9, nesterov: true }, { epochs: 80 }));
put('lr-too-high.adam-0.5-moons', spec('sled-route-adam05', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.5 }, { epochs: 80 }));
// lr-too-low
put('lr-too-low.sgd-1e-5-grade', spec('grade-sgd1e5', blocks(), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 1e-5 }, { epochs: 60 }));
put('lr-too-low.adam-1e-6-melt', spec('melt-adam1e6', melt({ normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 1e-6 }, { epochs: 80 }));
put('lr-too-low.rmsprop-2e-6-cracks', spec('crack-rms2e6', cracks(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 2e-6 }, { epochs: 60 }));
put('lr-too-low.sgd-momentum-1e-5-nights', spec('nights-sgd1e5', nights(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 1e-5, momentum: 0.9 }, { epochs: 100, batchSize: 64 }));
// saturated-activation
put('saturated-activation.sigmoid-raw-budget', spec('rooms-sig-raw', rooms({ normalize: 'none' }), [d(16, 'sigmoid', { init: 'normal', std: 0.5 }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('saturated-activation.tanh-raw-volume', spec('melt-tanh-raw', melt({ normalize: 'none' }), [d(24, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80 }));
put('saturated-activation.tanh-bias-6', spec('crack-tanh-bias', cracks(), [d(16, 'tanh', { bias: 6 }), d(16, 'tanh', { bias: 6 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 80 }));
put('saturated-activation.sigmoid-raw-chainsaw', spec('crack-sig-raw', cracks({ normalize: 'none' }), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 80 }));
// loss-plateau
put('loss-plateau.weight-decay-1', spec('melt-wd1', melt({ normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003, weightDecay: 1.0 }, { epochs: 100 }));
put('loss-plateau.one-unit-bottleneck', spec('grade-bottleneck', blocks(), [d(1, 'relu', { bias: -2 }), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 120 }));
put('loss-plateau.sgd-wd-nights', spec('nights-wd', nights(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 2.0 }, { epochs: 100 }));
put('loss-plateau.spirals-tiny-net', spec('spiral-stair-tiny', { builtin: 'spirals', samples: 300, noise: 0.05 }, [d(2, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 200 }));
// oscillating-loss
put('oscillating-loss.adam-batch1', spec('crack-adam-b1', cracks(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, { epochs: 60, batchSize: 1 }));
put('oscillating-loss.sgd-momentum-099', spec('nights-mom099', nights(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.99 }, { epochs: 80, batchSize: 8 }));
put('oscillating-loss.rmsprop-batch2', spec('melt-rms-b2', melt({ normalizeTarget: 'standard' }), [d(24, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.03 }, { epochs: 60, batchSize: 2 }));
put('oscillating-loss.sgd-full-batch-edge', spec('rooms-sgd-edge', rooms(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 3, momentum: 0.5 }, { epochs: 100, batchSize: 320 }));

// ---------------- healthy ----------------
const H: [string, J][] = [
  ['ok.grade-adam-relu', spec('grade-adam', blocks(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 })],
  ['ok.grade-sgd-momentum-tanh', spec('grade-sgd-mom', blocks(), [d(24, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 })],
  ['ok.grade-rmsprop-bn', spec('grade-rms-bn', blocks(), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, { epochs: 80, batchSize: 64, validationSplit: 0.2 })],
  ['ok.grade-minmax-elu', spec('grade-minmax', blocks({ normalize: 'minmax' }), [d(32, 'elu'), d(32, 'elu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 16 })],
  ['ok.grade-nesterov-full-batch', spec('grade-nest-full', blocks(), [d(24, 'leaky_relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.2, momentum: 0.9, nesterov: true }, { epochs: 300, batchSize: 400 })],
  ['ok.melt-adam-relu', spec('melt-adam', melt({ normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 })],
  ['ok.melt-raw-target-mm', spec('melt-raw-mm', melt(), [d(24, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 120, batchSize: 32 })],
  ['ok.melt-sgd-plain', spec('melt-sgd', melt({ normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 200, batchSize: 16 })],
  ['ok.melt-rmsprop-wd', spec('melt-rms-wd', melt({ normalizeTarget: 'standard' }), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001, weightDecay: 1e-4 }, { epochs: 120, batchSize: 32, validationSplit: 0.15 })],
  ['ok.melt-linear-regression', spec('melt-linear', melt({ normalizeTarget: 'standard' }), [d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 })],
  ['ok.repair-hours-normtarget', spec('repair-norm', melt({ target: 'hours_to_repair', normalizeTarget: 'standard' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 32 })],
  ['ok.repair-hours-minmax-both', spec('repair-minmax', melt({ target: 'hours_to_repair', normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'leaky_relu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 64 })],
  ['ok.two-targets-two-units', spec('melt-both', melt({ target: ['melt_mm_day', 'hours_to_repair'], normalizeTarget: 'standard' }), [d(32, 'relu'), d(2)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120 })],
  ['ok.crack-adam-sigmoid', spec('crack-adam', cracks(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 })],
  ['ok.crack-tab-export', spec('crack-tab', cracks({ csv: '../data/cracks-tab.tsv' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 80, batchSize: 32 })],
  ['ok.crack-logistic-sgd', spec('crack-logit', cracks(), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 100, batchSize: 32 })],
  ['ok.crack-dropout-wd', spec('crack-drop', cracks(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.3), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, { epochs: 80, batchSize: 32, validationSplit: 0.2 })],
  ['ok.crack-batch1-sgd', spec('crack-b1', cracks(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005 }, { epochs: 30, batchSize: 1 })],
  ['ok.crack-clipnorm-momentum', spec('crack-clip', cracks(), [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 1 }, { epochs: 80, batchSize: 16 })],
  ['ok.nights-adam-tanh', spec('nights-adam', nights(), [d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 120, batchSize: 32 })],
  ['ok.nights-sgd-relu', spec('nights-sgd', nights(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 120, batchSize: 16 })],
  ['ok.nights-rmsprop-minmax', spec('nights-rms', nights({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'elu'), d(1, 'sigmoid')], 'mse', { type: 'rmsprop', lr: 0.005 }, { epochs: 150, batchSize: 32 })],
  ['ok.rooms-adam-onehot', spec('rooms-adam', rooms(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 120, batchSize: 32 })],
  ['ok.rooms-deep-elu-bn', spec('rooms-bn', rooms(), [d(32, 'elu', { batchNorm: true }), d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 })],
  ['ok.rooms-sgd-nesterov', spec('rooms-nest', rooms(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, { epochs: 150, batchSize: 32 })],
  ['ok.iris-adam', spec('iris-ice-colour', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 16 })],
  ['ok.moons-leaky-deep', spec('sled-route', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 })],
  ['ok.circles-tanh-rmsprop', spec('ice-ring', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, { epochs: 200, batchSize: 32 })],
  ['ok.spirals-wide-adam', spec('spiral-stair', { builtin: 'spirals', samples: 300, noise: 0.05 }, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 400, batchSize: 32 })],
  ['ok.blobs-4-sgd', spec('lamp-clusters', { builtin: 'blobs', classes: 4, samples: 300 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, { epochs: 100, batchSize: 32 })],
  ['ok.sine-tanh-deep', spec('thaw-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 })],
  ['ok.xor-sigmoid-hidden', spec('door-latch-xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, { epochs: 300, batchSize: 32 })],
  ['ok.inline-chisel', spec('chisel-angle', { inline: { x: [[1, 0.2], [2, 0.4], [3, 0.5], [4, 0.9], [5, 1.1], [6, 1.0], [7, 1.6], [8, 1.7], [9, 2.1], [10, 2.2], [11, 2.5], [12, 2.6]], y: [2.1, 3.9, 5.6, 8.4, 10.2, 11.5, 14.6, 16.1, 18.7, 20.0, 22.4, 23.9] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.02 }, { epochs: 300, batchSize: 12 })],
  ['ok.grade-deep-narrow-adam', spec('grade-deep', blocks(), [d(16, 'relu'), d(16, 'relu'), d(12, 'relu'), d(8, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 })],
  ['ok.melt-lecun-selu-like', spec('melt-lecun', melt({ normalizeTarget: 'standard' }), [d(48, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 120, batchSize: 8 })],
  ['ok.crack-he-uniform-rmsprop', spec('crack-heu', cracks(), [d(24, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid', { init: 'xavier_normal' })], 'bce', { type: 'rmsprop', lr: 0.001 }, { epochs: 100, batchSize: 64 })],
  ['ok.nights-full-batch-adam', spec('nights-full', nights(), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 300 })],
  ['ok.grade-small-normal-init', spec('grade-normal-init', blocks(), [d(32, 'tanh', { init: 'normal', std: 0.1 }), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 })],
  ['ok.repair-clip-sgd-deep', spec('repair-clip', melt({ target: 'hours_to_repair', normalizeTarget: 'standard' }), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, clipNorm: 5 }, { epochs: 120, batchSize: 32 })],
  ['ok.rooms-batch4-rmsprop', spec('rooms-b4', rooms(), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 60, batchSize: 4 })],
  ['ok.crack-bias-init-prior', spec('crack-prior-bias', cracks(), [d(16, 'relu'), d(1, 'sigmoid', { bias: -1.3 })], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 })],
  ['ok.melt-uniform-init-wide', spec('melt-uniform', melt({ normalizeTarget: 'standard' }), [d(128, 'relu', { init: 'uniform', limit: 0.1 }), d(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 })],
  ['ok.grade-rmsprop-elu-batch8', spec('grade-rms-b8', blocks(), [d(24, 'elu'), d(12, 'elu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, { epochs: 80, batchSize: 8 })],
  ['ok.nights-nesterov-leaky', spec('nights-nest', nights(), [d(32, 'leaky_relu'), d(1)], 'mse', { type: 'sgd', lr: 0.03, momentum: 0.9, nesterov: true }, { epochs: 150, batchSize: 32, validationSplit: 0.2 })],
  ['ok.repair-adam-noshuffle-batch64', spec('repair-b64', melt({ target: 'hours_to_repair', normalizeTarget: 'standard' }), [d(48, 'elu'), d(24, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 64, shuffle: false })],
];
for (const [n, s] of H) put(n, s);
