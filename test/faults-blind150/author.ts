/**
 * Writes every candidate spec of blind fault set 150 (print shops and packaging plants) into
 * candidates/: `npx tsx test/faults-blind150/author.ts`. Intended faults are named `<code>.<slug>`,
 * intended healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');
const specs: Record<string, Json> = {};

function d(units: number, activation?: string, extra: Json = {}): Json {
  return activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });
function add(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  specs[file] = { name, seed: 150, data, layers, loss, optimizer, training, ...extra };
}

const JF = ['sheets', 'ink_coverage_pct', 'paper_gsm', 'press_speed_sph', 'colors', 'makeready_min'];
const jobs = (x: Json = {}): Json => ({ csv: '../data/jobs.csv', target: 'run_hours', features: JF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['paper_gsm', 'ink_coverage_pct', 'uv_cure_ms', 'die_cost_eur', 'quantity'];
const fin = (x: Json = {}): Json => ({ csv: '../data/finish.csv', target: 'finish_type', features: FF, normalize: 'standard', ...x });
const MF = ['humidity_pct', 'press_speed_sph', 'paper_gsm', 'colors', 'blanket_hours'];
const mis = (x: Json = {}): Json => ({ csv: '../data/misreg.csv', target: 'misregistration', features: MF, normalize: 'standard', ...x });
const RF = ['quantity', 'pages', 'paper_gsm', 'colors', 'rush', 'plate_eur_per_cm2'];
const rev = (x: Json = {}): Json => ({ csv: '../data/revenue.csv', target: 'revenue_eur', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const WF = ['colors', 'board_gsm', 'line_speed_sph', 'crew_years', 'coating'];
const wst = (x: Json = {}): Json => ({ csv: '../data/waste.csv', target: 'waste_sheets', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A press minder's clipboard: coverage % and humidity % -> ink set-off seen (1) or not (0).
const INLINE_SETOFF = {
  inline: {
    x: [[20, 40], [35, 45], [60, 50], [80, 55], [90, 60], [25, 65], [40, 70], [70, 75], [85, 42], [15, 80], [55, 35], [75, 68], [30, 52], [95, 48], [45, 60], [65, 62], [10, 30], [50, 78], [88, 70], [22, 58]],
    y: [0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0],
  },
  normalize: 'standard',
};
const FULL = 1000; // jobs.csv rows

// ---------------------------------------------------------------- oscillating first
add('oscillating-loss.sgd-plain-1.0-full-batch-linear-jobs', 'run-hours-linear', jobs(), [d(1)], 'mse', sgd(1.0), tr(150, FULL));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-waste', 'waste-linear', wst(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 800));
add('oscillating-loss.nesterov-0.9-lr-0.6-full-batch-linear-waste', 'waste-linear', wst(), [d(1)], 'mse', nest(0.6, 0.9), tr(150, 800));
add('oscillating-loss.adam-0.3-full-batch-logistic-misreg', 'misreg-logistic', mis(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1200));
add('oscillating-loss.rmsprop-0.05-batch-800-linear-waste', 'waste-linear', wst(), [d(1)], 'mse', rms(0.05), tr(150, 800));
add('oscillating-loss.sgd-plain-0.95-batch-500-linear-revenue', 'revenue-linear', rev(), [d(1)], 'mse', sgd(0.95), tr(150, 500));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-tanh-jobs', 'run-hours', jobs(), [d(8, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(150, FULL));
add('oscillating-loss.sgd-plain-2.2-full-batch-linear-waste-minmax', 'waste-linear', wst({ normalize: 'minmax' }), [d(1)], 'mse', sgd(2.2), tr(150, 800));

add('oscillating-loss.sgd-plain-0.5-full-batch-linear-jobs', 'run-hours-linear', jobs(), [d(1)], 'mse', sgd(0.5), tr(150, FULL));
add('oscillating-loss.sgd-plain-0.54-full-batch-linear-jobs', 'run-hours-linear', jobs(), [d(1)], 'mse', sgd(0.54), tr(150, FULL));
add('oscillating-loss.sgd-plain-0.8-batch-450-linear-revenue', 'revenue-linear', rev(), [d(1)], 'mse', sgd(0.8), tr(150, 450));
add('oscillating-loss.sgd-plain-0.7-batch-450-linear-revenue', 'revenue-linear', rev(), [d(1)], 'mse', sgd(0.7), tr(150, 450));
add('oscillating-loss.sgd-plain-10-full-batch-logistic-misreg', 'misreg-logistic', mis(), [d(1, 'sigmoid')], 'bce', sgd(10), tr(150, 1200));
add('oscillating-loss.sgd-plain-4-full-batch-softmax-finish', 'finish-linear', fin(), [d(5, 'softmax')], 'cce', sgd(4), tr(150, 1000));
add('oscillating-loss.momentum-0.9-lr-0.95-full-batch-linear-jobs', 'run-hours-linear', jobs(), [d(1)], 'mse', mom(0.95, 0.9), tr(150, FULL));
add('oscillating-loss.adam-0.05-full-batch-relu-waste', 'waste', wst(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(150, 800));
add('oscillating-loss.nesterov-0.95-lr-0.4-full-batch-tanh-iris', 'iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.4, 0.95), tr(150, 150));
add('oscillating-loss.rmsprop-0.02-batch-16-linear-revenue', 'revenue-linear', rev(), [d(1)], 'mse', rms(0.02), tr(100, 16));

add('oscillating-loss.momentum-0.99-lr-0.02-full-batch-linear-waste', 'waste-linear', wst(), [d(1)], 'mse', mom(0.02, 0.99), tr(150, 800));
add('oscillating-loss.nesterov-0.99-lr-0.5-full-batch-logistic-misreg', 'misreg-logistic', mis(), [d(1, 'sigmoid')], 'bce', nest(0.5, 0.99), tr(150, 1200));
add('oscillating-loss.momentum-0.98-lr-0.1-full-batch-elu-revenue', 'revenue', rev(), [d(16, 'elu'), d(1)], 'mse', mom(0.1, 0.98), tr(150, 900));
add('oscillating-loss.momentum-0.995-lr-0.02-full-batch-tanh-sine', 'sine', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.995), tr(200, 250));
add('oscillating-loss.momentum-0.99-lr-0.5-full-batch-softmax-finish', 'finish-linear', fin(), [d(5, 'softmax')], 'cce', mom(0.5, 0.99), tr(150, 1000));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'run-hours', jobs(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'finish-type', fin(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'revenue', rev(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.batchsize-zero', 'misreg', mis(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40, 0));
add('invalid-spec.units-string', 'waste', wst(), [d('16' as unknown as number, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-paper-gsm', 'run-hours-na', jobs({ csv: '../data/jobs-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.press-id-feature', 'run-hours', jobs({ features: ['press_id', ...JF] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.start-ts-feature', 'run-hours', jobs({ features: ['start_ts', ...JF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.gsm-typo-finish', 'finish-type', fin({ features: ['paper_gsm', 'ink_coverage', 'uv_cure_ms', 'die_cost_eur', 'quantity'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.run-id-feature-waste', 'waste', wst({ features: ['run_id', ...WF] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(50));
add('data-error.wrong-folder-revenue', 'revenue', rev({ csv: 'revenue.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.finish-four-heads-no-emboss', 'finish-type', fin(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.waste-sheets-and-pct-one-output', 'waste', wst({ target: ['waste_sheets', 'waste_pct'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.iris-four-heads', 'iris-demo', IRIS, [d(16, 'elu'), d(4, 'softmax')], 'cce', adam(0.01), tr(80, 16));
add('shape-mismatch.misreg-two-sigmoid-bce', 'misreg', mis(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.tanh-head-bce-misreg', 'misreg', mis(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-jobs', 'run-hours', jobs(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-mse-standardized-waste', 'waste', wst(), [d(32, 'tanh'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.softmax-single-unit-bce-setoff', 'set-off', INLINE_SETOFF, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.linear-head-bce-moons', 'moons', MOONS, [d(16, 'relu'), d(1)], 'bce', rms(0.003), tr(80));

add('no-nonlinearity.circles-two-linear-nesterov-full-batch', 'circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', nest(0.1, 0.9), tr(300, 300));
add('no-nonlinearity.xor-linear-momentum-batch-4', 'xor', XOR, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 4));
add('no-nonlinearity.spirals-linear-adam-dropout', 'spirals', SPIRALS, [d(64), drop(0.1), d(64), d(3, 'softmax')], 'cce', adam(0.003), tr(150));
add('no-nonlinearity.sine-linear-deep-rmsprop', 'sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', rms(0.003), tr(200));

add('lr-out-of-range.rmsprop-lr-3-finish', 'finish-type', fin(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(3), tr(50));
add('lr-out-of-range.adam-1e-8-waste', 'waste', wst(), [d(32, 'relu'), d(1)], 'mse', adam(1e-8), tr(60));
add('lr-out-of-range.negative-lr-nesterov-jobs', 'run-hours', jobs(), [d(32, 'relu'), d(1)], 'mse', nest(-0.01), tr(60));
add('lr-out-of-range.sgd-plain-lr-50-full-batch-misreg', 'misreg', mis(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(50), tr(60, 1200));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-relu-adam-finish', 'finish-type', fin(), [d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.5-tanh-momentum-full-batch-waste', 'waste', wst(), [d(16, 'tanh', init('constant', { value: 0.5 })), d(16, 'tanh', init('constant', { value: 0.5 })), d(1, undefined, init('constant', { value: 0.5 }))], 'mse', mom(0.05), tr(150, 800));
add('init-symmetry.zeros-sigmoid-sgd-moons', 'moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(150));
add('init-symmetry.constant-0.2-elu-rmsprop-circles', 'circles', CIRCLES, [d(24, 'elu', init('constant', { value: 0.2 })), d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', rms(0.003), tr(100));
add('init-symmetry.zeros-tanh-nesterov-iris', 'iris', IRIS, [d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', nest(0.05), tr(100, 16));

add('init-scale.normal-std-4-relu-jobs', 'run-hours', jobs(), [d(64, 'relu', init('normal', { std: 4 })), d(64, 'relu', init('normal', { std: 4 })), d(1, undefined, init('normal', { std: 4 }))], 'mse', adam(0.003), tr(60));
add('init-scale.uniform-6-sigmoid-misreg', 'misreg', mis(), [d(32, 'sigmoid', init('uniform', { limit: 6 })), d(32, 'sigmoid', init('uniform', { limit: 6 })), d(1, 'sigmoid', init('uniform', { limit: 6 }))], 'bce', mom(0.01), tr(40));
add('init-scale.normal-1e-5-six-relu-finish', 'finish-type', fin(), [...tower(6, 32, 'relu', init('normal', { std: 1e-5 })), d(5, 'softmax')], 'cce', sgd(0.05), tr(40));
add('init-scale.constant-3-tanh-waste', 'waste', wst(), [d(32, 'tanh', init('constant', { value: 3 })), d(1, undefined, init('normal', { std: 3 }))], 'mse', rms(0.002), tr(60));
add('init-scale.normal-std-2-elu-deep-spirals', 'spirals', SPIRALS, [...tower(4, 64, 'elu', init('normal', { std: 2 })), d(3, 'softmax')], 'cce', adam(0.003), tr(100));

add('dead-relu.bias-minus-8-waste', 'waste', wst(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-layer-moons-full-batch-sgd', 'moons', MOONS, [...tower(3, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', sgd(0.3), tr(200, 300));
add('dead-relu.nesterov-lr-2-batch-16-jobs', 'run-hours', jobs(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', nest(2, 0.9), tr(60, 16));
add('dead-relu.adam-0.5-batch-4-finish', 'finish-type', fin(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.5), tr(40, 4));
add('dead-relu.bias-minus-6-rmsprop-batch-64-revenue', 'revenue', rev(), [d(48, 'relu', { bias: -6 }), d(48, 'relu', { bias: -6 }), d(1)], 'mse', rms(0.001), tr(60, 64));

add('exploding-gradient.raw-revenue-target-adam', 'revenue', rev({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('exploding-gradient.raw-sheets-features-momentum', 'run-hours', jobs({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(1e-4), tr(60));
add('exploding-gradient.raw-waste-sheets-rmsprop-full-batch', 'waste', wst({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(100, 800));
add('exploding-gradient.raw-die-cost-finish-sgd', 'finish-type', fin({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.001), tr(50));
add('exploding-gradient.constant-1.5-eight-relu-misreg', 'misreg', mis(), [...tower(8, 16, 'relu', init('constant', { value: 1.5 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(40));

add('vanishing-gradient.nine-sigmoid-momentum-finish', 'finish-type', fin(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('vanishing-gradient.eight-tanh-normal-0.02-jobs', 'run-hours', jobs(), [...tower(8, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.twelve-sigmoid-rmsprop-circles', 'circles', CIRCLES, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));
add('vanishing-gradient.six-sigmoid-sgd-full-batch-xor', 'xor', XOR, [...tower(6, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(300, 300));

add('saturated-activation.tanh-raw-speed-jobs', 'run-hours', jobs({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-blanket-hours-misreg', 'misreg', mis({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(40));
add('saturated-activation.tanh-bias-8-waste', 'waste', wst(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.sigmoid-raw-quantity-finish', 'finish-type', fin({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

add('nan-loss.sgd-plain-0.05-full-batch-raw-revenue', 'revenue', rev({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(50, 900));
add('nan-loss.momentum-lr-1-batch-2-jobs', 'run-hours', jobs(), [d(32, 'elu'), d(1)], 'mse', mom(1, 0.9), tr(30, 2));
add('nan-loss.constant-3-ten-linear-waste', 'waste', wst(), [...tower(10, 16, 'linear', init('constant', { value: 3 })), d(1)], 'mse', adam(0.001), tr(30));
add('nan-loss.raw-sheets-target-nesterov', 'sheets', jobs({ target: 'sheets', features: ['ink_coverage_pct', 'paper_gsm', 'colors', 'makeready_min', 'run_hours'], normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(40));

// ---------------------------------------------------------------- training faults
add('lr-too-high.adam-0.3-batch-16-waste', 'waste', wst(), [d(32, 'relu'), d(1)], 'mse', adam(0.3), tr(60, 16));
add('lr-too-high.rmsprop-0.05-batch-2-misreg', 'misreg', mis(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(30, 2));
add('lr-too-high.nesterov-lr-0.8-batch-8-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(0.8, 0.9), tr(80, 8));
add('lr-too-high.sgd-plain-3-batch-1-setoff', 'set-off', INLINE_SETOFF, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3), tr(150, 1));
add('lr-too-high.momentum-0.95-lr-0.5-finish', 'finish-type', fin(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.5, 0.95), tr(50));
add('lr-too-high.rmsprop-0.2-full-batch-revenue', 'revenue', rev(), [d(32, 'relu'), d(1)], 'mse', rms(0.2), tr(150, 900));

add('lr-too-low.sgd-plain-1e-5-full-batch-waste', 'waste', wst(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-5), tr(150, 800));
add('lr-too-low.adam-3e-6-finish', 'finish-type', fin(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3e-6), tr(50));
add('lr-too-low.nesterov-1e-5-full-batch-jobs', 'run-hours', jobs(), [d(32, 'tanh'), d(1)], 'mse', nest(1e-5), tr(150, FULL));
add('lr-too-low.rmsprop-1e-6-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(1e-6), tr(100, 16));
add('lr-too-low.momentum-5e-6-spirals', 'spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', mom(5e-6), tr(150));

add('loss-plateau.plate-serial-only-misreg', 'misreg', mis({ features: ['plate_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.shift-only-finish', 'finish-type', fin({ features: ['shift'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', rms(0.003), tr(50));
add('loss-plateau.weight-decay-5-momentum-jobs', 'run-hours', jobs(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-waste', 'waste', wst(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01, { clipNorm: 1e-7 }), tr(60));
add('loss-plateau.dropout-0.95-revenue', 'revenue', rev(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.jobs-adam-relu', 'run-hours', jobs(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.jobs-sgd-plain-full-batch-tanh', 'run-hours', jobs(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.3), tr(400, FULL));
add('ok.jobs-momentum-full-batch-elu', 'run-hours', jobs(), [d(32, 'elu'), d(1)], 'mse', mom(0.05, 0.9), tr(300, FULL));
add('ok.jobs-nesterov-full-batch-relu-deep', 'run-hours', jobs(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.02, 0.9), tr(300, 2000));
add('ok.jobs-rmsprop-bn-dropout-val', 'run-hours', jobs(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.waste-sgd-plain-full-batch-linear', 'waste', wst(), [d(1)], 'mse', sgd(0.1), tr(200, 800));
add('ok.waste-momentum-full-batch-tanh', 'waste', wst(), [d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.95), tr(300, 800));
add('ok.waste-nesterov-full-batch-leaky', 'waste', wst(), [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(1)], 'mse', nest(0.05, 0.9), tr(300, 800));
add('ok.waste-adam-batch-1', 'waste', wst(), [d(16, 'relu'), d(1)], 'mse', adam(0.0005), tr(10, 1));
add('ok.waste-minmax-rmsprop-elu', 'waste', wst({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 16));
add('ok.finish-adam-relu', 'finish-type', fin(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.finish-nesterov-tanh-decay', 'finish-type', fin(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.05, 0.9, { weightDecay: 1e-4 }), tr(60));
add('ok.finish-sgd-plain-full-batch-elu', 'finish-type', fin(), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(0.5), tr(300, 1000));
add('ok.finish-momentum-full-batch-relu-bn', 'finish-type', fin(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', mom(0.1, 0.9), tr(200, 1000));
add('ok.finish-rmsprop-minmax-dropout', 'finish-type', fin({ normalize: 'minmax' }), [d(64, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60, 64));
add('ok.misreg-adam-relu', 'misreg', mis(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.misreg-logistic-sgd-full-batch', 'misreg', mis(), [d(1, 'sigmoid')], 'bce', sgd(1.0), tr(300, 1200));
add('ok.misreg-nesterov-full-batch-tanh', 'misreg', mis(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.2, 0.9), tr(300, 1200));
add('ok.misreg-rmsprop-elu-val', 'misreg', mis(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 32, { validationSplit: 0.25 }));
add('ok.revenue-adam-relu', 'revenue', rev(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.revenue-momentum-elu-clip', 'revenue', rev(), [d(32, 'elu'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 1 }), tr(100));
add('ok.revenue-nesterov-full-batch-relu', 'revenue', rev(), [d(32, 'relu'), d(1)], 'mse', nest(0.05, 0.9), tr(400, 900));
add('ok.revenue-rmsprop-leaky-batch-128', 'revenue', rev(), [d(48, 'leaky_relu'), d(1)], 'mse', rms(0.003), tr(100, 128));
add('ok.moons-adam-relu', 'moons', MOONS, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-momentum-full-batch-tanh', 'moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.9), tr(400, 300));
add('ok.circles-rmsprop-elu', 'circles', CIRCLES, [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-sgd-plain-full-batch-relu', 'circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(800, 300));
add('ok.spirals-adam-relu-deep', 'spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.xor-nesterov-tanh', 'xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.1, 0.9), tr(150, 16));
add('ok.xor-sgd-plain-batch-1-sigmoid', 'xor', XOR, [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(60, 1));
add('ok.iris-adam-tanh', 'iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-momentum-full-batch-relu', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.1, 0.9), tr(300, 150));
add('ok.blobs4-rmsprop-relu', 'presses', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.003), tr(60));
add('ok.blobs4-nesterov-full-batch-sigmoid', 'presses', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', nest(0.5, 0.9), tr(300, 400));
add('ok.sine-adam-tanh', 'sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.sine-momentum-elu-batch-8', 'sine', SINE, [d(32, 'elu'), d(1)], 'mse', mom(0.01, 0.9), tr(300, 8));
add('ok.setoff-inline-adam-tanh', 'set-off', INLINE_SETOFF, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 4));
add('ok.setoff-inline-sgd-full-batch-logistic', 'set-off', INLINE_SETOFF, [d(1, 'sigmoid')], 'bce', sgd(1), tr(500, 20));
add('ok.jobs-adam-leaky-batch-256-decay', 'run-hours', jobs(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', adam(0.005, { weightDecay: 1e-4 }), tr(150, 256));
add('ok.finish-adam-sigmoid-val', 'finish-type', fin(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.01), tr(80, 32, { validationSplit: 0.2 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
