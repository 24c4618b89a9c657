/**
 * Writes every candidate spec of blind fault set 106 (printing presses and print shops) into candidates/:
 * `npx tsx test/faults-blind106/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
 * specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: 106, data, layers, loss, optimizer, training, ...extra };
}

const PR = ['sheets_per_hour', 'paper_gsm', 'humidity_pct', 'ink_coverage_pct', 'blanket_hours', 'operator_years'];
const jams = (x: Json = {}): Json => ({ csv: '../data/pressruns.csv', target: 'paper_jam', features: PR, normalize: 'standard', ...x });
const JOB = ['quantity', 'pages', 'colors', 'paper_gsm', 'rush', 'plates'];
const makeready = (x: Json = {}): Json => ({ csv: '../data/jobs.csv', target: 'makeready_min', features: JOB, normalize: 'standard', normalizeTarget: 'standard', ...x });
const quotes = (x: Json = {}): Json => makeready({ target: 'quote_cents', ...x });
const FIN = ['paper_gsm', 'sheets', 'sheen_gu', 'coating_gsm', 'uv_cure_s', 'laminate_micron', 'unit_cost_cents'];
const finish = (x: Json = {}): Json => ({ csv: '../data/finishes.csv', target: 'finish', features: FIN, normalize: 'standard', ...x });
const DG = ['impressions_per_hour', 'ink_temp_c', 'fountain_ph', 'screen_lpi', 'blanket_hours', 'solid_density'];
const dotgain = (x: Json = {}): Json => ({ csv: '../data/dotgain.csv', target: 'dot_gain_pct', features: DG, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BIN = ['books', 'spine_mm', 'glue_temp_c', 'cover_gsm', 'three_knife_trim'];
const binding = (x: Json = {}): Json => ({ csv: '../data/binding.csv', target: 'minutes', features: BIN, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.12 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS2 = { builtin: 'spirals', samples: 400, noise: 0.05, classes: 2 };
const BLOBS3 = { builtin: 'blobs', samples: 300, classes: 3, noise: 0.2 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.1 };
const INLINE_INK = {
  inline: {
    x: [[20, 60], [40, 60], [60, 60], [80, 60], [20, 90], [40, 90], [60, 90], [80, 90], [20, 120], [40, 120], [60, 120], [80, 120], [30, 75], [70, 105], [50, 100], [50, 70]],
    y: [0.9, 1.7, 2.6, 3.4, 1.3, 2.6, 3.8, 5.1, 1.8, 3.4, 5.2, 6.8, 1.6, 5.5, 3.9, 2.6],
  },
  normalize: 'minmax',
  normalizeTarget: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.swish-activation', 'dot-gain', dotgain(), [d(32, 'swish'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.huber-loss', 'makeready-minutes', makeready(), [d(32, 'relu'), d(1)], 'huber', adam(0.003), tr(60));
add('invalid-spec.adagrad-optimizer', 'paper-jam', jams(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adagrad', lr: 0.01 }, tr(40));
add('invalid-spec.dropout-rate-one', 'finish-type', finish(), [d(32, 'relu'), drop(1), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.epochs-string', 'binding-minutes', binding(), [d(16, 'elu'), d(1)], 'mse', rms(0.002), { epochs: '80', batchSize: 32 });

add('data-error.na-quantity', 'makeready-minutes-na', makeready({ csv: '../data/jobs-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.blank-humidity-cells', 'paper-jam-sensor', jams({ csv: '../data/pressruns-blank.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.due-date-feature', 'makeready-minutes', makeready({ features: ['due_date', ...JOB] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.press-name-feature', 'paper-jam', jams({ features: ['press', ...PR] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('data-error.target-capitalised', 'finish-type', finish({ target: 'Finish' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('data-error.wrong-folder', 'binding-minutes', binding({ csv: 'data/binding.csv' }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.finish-three-heads', 'finish-type', finish(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.quote-and-makeready-one-output', 'job-quote-and-makeready', makeready({ target: ['makeready_min', 'quote_cents'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(40));
add('shape-mismatch.iris-two-heads', 'ink-swatch-iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(2, 'softmax')], 'cce', nest(0.02), tr(60, 16));
add('shape-mismatch.dotgain-two-outputs', 'dot-gain', dotgain(), [d(24, 'elu'), d(2)], 'mse', adam(0.003), tr(60));

add('loss-activation-mismatch.relu-head-cce-finish', 'finish-type', finish(), [d(32, 'tanh'), d(5, 'relu')], 'cce', adam(0.003), tr(60));
add('loss-activation-mismatch.linear-head-bce-jams', 'paper-jam', jams(), [d(16, 'relu'), d(1)], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.softmax-head-mse-dotgain', 'dot-gain', dotgain(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-five-cce-finish', 'finish-type', finish(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', mom(0.02), tr(60));
add('loss-activation-mismatch.relu-head-standardized-binding', 'binding-minutes', binding(), [d(24, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(80));

add('no-nonlinearity.moons-deep-linear', 'sheet-curl-moons', MOONS, [d(32), d(32), d(16), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.circles-linear-dropout', 'registration-circles', CIRCLES, [d(32, 'linear'), drop(0.1), d(16, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.sine-linear-bn', 'web-tension-cycle', SINE, [d(32, 'linear', { batchNorm: true }), d(32, 'linear', { batchNorm: true }), d(1)], 'mse', adam(0.01), tr(100));
add('no-nonlinearity.binding-linear-wide', 'binding-minutes', binding(), [d(64), d(64), d(1)], 'mse', nest(0.005), tr(80));

add('lr-out-of-range.rmsprop-5', 'makeready-minutes', makeready(), [d(32, 'relu'), d(1)], 'mse', rms(5), tr(40));
add('lr-out-of-range.momentum-1e-9', 'paper-jam', jams(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1e-9), tr(40));
add('lr-out-of-range.adam-3', 'finish-type', finish(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(3), tr(40));
add('lr-out-of-range.nesterov-0', 'binding-minutes', binding(), [d(16, 'tanh'), d(1)], 'mse', nest(0), tr(60));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-tanh-nesterov-dotgain', 'dot-gain', dotgain(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', nest(0.01), tr(60));
add('init-symmetry.constant-0.1-relu-finish', 'finish-type', finish(), [d(32, 'relu', init('constant', { value: 0.1 })), d(5, 'softmax', init('constant', { value: 0.1 }))], 'cce', rms(0.002), tr(60));
add('init-symmetry.constant-0.5-sigmoid-xor', 'two-plate-parity', XOR, [d(16, 'sigmoid', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', adam(0.01), tr(150));
add('init-symmetry.zeros-leaky-binding-sgd', 'binding-minutes', binding(), [d(24, 'leaky_relu', { init: 'zeros' }), d(24, 'leaky_relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', sgd(0.05), tr(60, 16));
add('init-symmetry.constant-0.2-elu-spirals', 'roller-spirals', SPIRALS2, [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', adam(0.01), tr(150));

add('init-scale.normal-std-4-tanh-finish', 'finish-type', finish(), [d(64, 'tanh', init('normal', { std: 4 })), d(64, 'tanh', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', adam(0.001), tr(60));
add('init-scale.uniform-limit-5-relu-makeready', 'makeready-minutes', makeready(), [d(96, 'relu', init('uniform', { limit: 5 })), d(96, 'relu', init('uniform', { limit: 5 })), d(1, 'linear', init('uniform', { limit: 5 }))], 'mse', adam(0.001), tr(40));
add('init-scale.normal-1e-4-sigmoid-deep-jams', 'paper-jam', jams(), [...tower(5, 32, 'relu', init('normal', { std: 0.0001 })), d(1, 'sigmoid', init('normal', { std: 0.0001 }))], 'bce', mom(0.01), tr(40));
add('init-scale.constant-like-uniform-3-sigmoid-dotgain', 'dot-gain', dotgain(), [d(64, 'sigmoid', init('uniform', { limit: 3 })), d(64, 'sigmoid', init('uniform', { limit: 3 })), d(1, 'linear', init('uniform', { limit: 3 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-std-3-elu-binding', 'binding-minutes', binding(), [d(128, 'elu', init('normal', { std: 3 })), d(64, 'elu', init('normal', { std: 3 })), d(1, 'linear', init('normal', { std: 3 }))], 'mse', nest(0.001), tr(40));

add('dead-relu.bias-minus-4-dotgain', 'dot-gain', dotgain(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.sgd-plain-0.5-batch-1-binding', 'binding-minutes', binding(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(10, 1));
add('dead-relu.raw-jam-features-relu', 'paper-jam-raw', jams({ normalize: 'none' }), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('dead-relu.rmsprop-0.1-deep-makeready', 'makeready-minutes', makeready(), [...tower(5, 24, 'relu'), d(1)], 'mse', rms(0.1), tr(40, 16));
add('dead-relu.minmax-bias-minus-1-he-uniform-finish', 'finish-type', finish({ normalize: 'minmax' }), [d(24, 'relu', { init: 'he_uniform', bias: -1 }), d(24, 'relu', { init: 'he_uniform', bias: -1 }), d(5, 'softmax')], 'cce', nest(0.01), tr(60));

add('exploding-gradient.raw-quote-target-momentum', 'job-quote-raw', quotes({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.start-ts-feature-raw', 'paper-jam-ts', jams({ features: ['start_ts', ...PR], normalize: 'none' }), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(30));
add('exploding-gradient.raw-impressions-elu-sgd', 'dot-gain-raw', dotgain({ normalize: 'none' }), [d(24, 'elu'), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.eight-relu-normal-0.6', 'binding-minutes', binding(), [...tower(8, 48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', mom(0.0005), tr(30));
add('exploding-gradient.raw-quantity-leaky-rmsprop', 'makeready-raw', makeready({ normalize: 'none' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(30));

add('vanishing-gradient.ten-sigmoid-adam-dotgain', 'dot-gain', dotgain(), [...tower(10, 16, 'sigmoid'), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.eight-sigmoid-nesterov-finish', 'finish-type', finish(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.01), tr(60));
add('vanishing-gradient.twelve-tanh-normal-0.05-moons', 'sheet-curl-moons', MOONS, [...tower(12, 24, 'tanh', init('normal', { std: 0.05 })), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100));
add('vanishing-gradient.sigmoid-xavier-deep-binding-sgd', 'binding-minutes', binding(), [...tower(7, 32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', sgd(0.1), tr(60, 16));

add('nan-loss.raw-quote-target-sgd', 'job-quote-raw', quotes({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20, 16));
add('nan-loss.momentum-0.95-lr-1-dotgain', 'dot-gain', dotgain(), [d(32, 'relu'), d(1)], 'mse', mom(1, 0.95), tr(30));
add('nan-loss.raw-binding-books-sgd', 'binding-minutes-raw', binding({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(20));
add('nan-loss.rmsprop-2-linear-makeready', 'makeready-minutes', makeready(), [d(16, 'linear'), d(1)], 'mse', rms(0.9), tr(30, 8));
add('nan-loss.adam-raw-quote-bce-jams', 'paper-jam-raw', jams({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(20));

add('saturated-activation.sigmoid-raw-sheets-finish', 'finish-type-raw', finish({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-impressions-dotgain', 'dot-gain-raw', dotgain({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-bias-6-jams', 'paper-jam', jams(), [d(24, 'tanh', { bias: 6 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));
add('saturated-activation.sigmoid-normal-std-5-binding', 'binding-minutes', binding(), [d(32, 'sigmoid', init('normal', { std: 5 })), d(1)], 'mse', mom(0.005), tr(60));
add('saturated-activation.tanh-raw-speed-jams-nesterov', 'paper-jam-raw', jams({ normalize: 'none' }), [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.005), tr(40));

add('lr-too-high.adam-0.05-batch-4-dotgain', 'dot-gain', dotgain(), [d(32, 'tanh'), d(1)], 'mse', adam(0.05), tr(40, 4));
add('lr-too-high.sgd-plain-1-batch-8-finish', 'finish-type', finish(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(1.0), tr(40, 8));
add('lr-too-high.rmsprop-0.03-batch-8-binding', 'binding-minutes', binding(), [d(32, 'elu'), d(1)], 'mse', rms(0.03), tr(40, 8));
add('lr-too-high.nesterov-0.3-batch-4-jams', 'paper-jam', jams(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.3), tr(40, 4));
add('lr-too-high.momentum-0.4-batch-16-makeready', 'makeready-minutes', makeready(), [d(32, 'tanh'), d(1)], 'mse', mom(0.4), tr(40, 16));
add('lr-too-high.adam-0.15-batch-2-finish', 'finish-type', finish(), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.15), tr(20, 2));

add('lr-too-low.sgd-plain-1e-4-dotgain', 'dot-gain', dotgain(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.0001), tr(40));
add('lr-too-low.adam-2e-6-finish', 'finish-type', finish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000002), tr(40));
add('lr-too-low.nesterov-5e-5-binding', 'binding-minutes', binding(), [d(24, 'elu'), d(1)], 'mse', nest(0.00005), tr(60));
add('lr-too-low.rmsprop-1e-6-full-batch-makeready', 'makeready-minutes', makeready(), [d(32, 'relu'), d(1)], 'mse', rms(0.000001), tr(80, 800));
add('lr-too-low.momentum-3e-5-circles', 'registration-circles', CIRCLES, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.00003), tr(100));

add('oscillating-loss.momentum-0.98-full-batch-dotgain', 'dot-gain', dotgain(), [d(32, 'tanh'), d(1)], 'mse', mom(0.2, 0.98), tr(100, 600));
add('oscillating-loss.nesterov-0.95-full-batch-binding', 'binding-minutes', binding(), [d(32, 'relu'), d(1)], 'mse', nest(0.4, 0.95), tr(100, 500));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-dotgain', 'dot-gain', dotgain(), [d(1)], 'mse', sgd(1.9), tr(80, 600));
add('oscillating-loss.adam-0.1-full-batch-makeready', 'makeready-minutes', makeready(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.1), tr(100, 800));
add('oscillating-loss.rmsprop-0.05-full-batch-binding', 'binding-minutes', binding(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(100, 500));

add('loss-plateau.operator-years-only-finish', 'finish-type', finish({ features: ['paper_gsm'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('loss-plateau.weight-decay-2-adam-dotgain', 'dot-gain', dotgain(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 2 }), tr(60));
add('loss-plateau.order-date-less-quantity-only-makeready', 'makeready-minutes', makeready({ features: ['quantity'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.dropout-0.9-binding', 'binding-minutes', binding(), [d(32, 'relu'), drop(0.9), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.clipnorm-1e-4-nesterov-jams', 'paper-jam', jams(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.01, 0.9, { clipNorm: 0.0001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.jams-adam-relu', 'paper-jam', jams(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.jams-rmsprop-tanh-dropout', 'paper-jam', jams(), [d(32, 'tanh'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('ok.jams-nesterov-elu-batch-8', 'paper-jam', jams(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40, 8));
add('ok.jams-cce-two-classes-val', 'paper-jam', jams(), [d(24, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(60, 32, { validationSplit: 0.2 }));
add('ok.jams-minmax-leaky-momentum', 'paper-jam', jams({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(80));
add('ok.makeready-adam-relu', 'makeready-minutes', makeready(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.makeready-sgd-plain-batch-4', 'makeready-minutes', makeready(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.005), tr(30, 4));
add('ok.makeready-rmsprop-elu-val', 'makeready-minutes', makeready(), [d(48, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.15 }));
add('ok.makeready-bn-momentum', 'makeready-minutes', makeready(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.01), tr(60, 64));
add('ok.makeready-minmax-target', 'makeready-minutes', makeready({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(100));
add('ok.quotes-log-free-adam-elu', 'job-quote', quotes(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.finish-adam-relu', 'finish-type', finish(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.finish-momentum-tanh-batch-16', 'finish-type', finish(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02), tr(60, 16));
add('ok.finish-rmsprop-leaky-dropout', 'finish-type', finish(), [d(48, 'leaky_relu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.finish-sgd-plain-sigmoid', 'finish-type', finish(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.3), tr(80, 16));
add('ok.finish-batch-one-adam', 'finish-type', finish(), [d(16, 'elu'), d(5, 'softmax')], 'cce', adam(0.0005), tr(6, 1));
add('ok.finish-minmax-clip-nesterov', 'finish-type', finish({ normalize: 'minmax' }), [d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', nest(0.05, 0.9, { clipNorm: 5 }), tr(80));
add('ok.finish-full-batch-adam', 'finish-type', finish(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.02), tr(200, 750));
add('ok.dotgain-adam-tanh', 'dot-gain', dotgain(), [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(80));
add('ok.dotgain-nesterov-relu-decay', 'dot-gain', dotgain(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.dotgain-linear-model', 'dot-gain', dotgain(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.dotgain-rmsprop-full-batch', 'dot-gain', dotgain(), [d(32, 'relu'), d(1)], 'mse', rms(0.005), tr(250, 600));
add('ok.dotgain-lecun-elu-batch-128', 'dot-gain', dotgain(), [d(32, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.01), tr(150, 128));
add('ok.binding-adam-relu', 'binding-minutes', binding(), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(100));
add('ok.binding-momentum-tanh-clip', 'binding-minutes', binding(), [d(24, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', mom(0.02, 0.9, { clipNorm: 2 }), tr(100));
add('ok.binding-sigmoid-adam', 'binding-minutes', binding(), [d(24, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(150));
add('ok.binding-leaky-dropout-rmsprop', 'binding-minutes', binding(), [d(48, 'leaky_relu'), drop(0.1), d(1)], 'mse', rms(0.001), tr(100));
add('ok.iris-ink-swatch', 'ink-swatch-iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 8));
add('ok.moons-sheet-curl', 'sheet-curl-moons', MOONS, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-registration', 'registration-circles', CIRCLES, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(200));
add('ok.blobs-paper-grades', 'paper-grades', BLOBS3, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));
add('ok.sine-web-tension', 'web-tension-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-two-plate-parity', 'two-plate-parity', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200));
add('ok.spirals-roller', 'roller-spirals', SPIRALS2, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.inline-ink-density', 'ink-density-pilot', INLINE_INK, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 16));
add('ok.makeready-nesterov-batch-128-elu', 'makeready-minutes', makeready(), [d(32, 'elu'), d(1)], 'mse', nest(0.02), tr(100, 128));
add('ok.jams-adam-deep-bn', 'paper-jam', jams(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.002), tr(40));
add('ok.dotgain-sgd-plain-batch-1', 'dot-gain', dotgain(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(10, 1));
add('ok.binding-xavier-uniform-rmsprop-batch-64', 'binding-minutes', binding(), [d(32, 'tanh', { init: 'xavier_uniform' }), d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(120, 64));
add('ok.finish-cce-adam-decay-val', 'finish-type', finish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003, { weightDecay: 0.0005 }), tr(60, 32, { validationSplit: 0.2 }));
add('ok.jams-sgd-plain-logistic', 'paper-jam', jams(), [d(1, 'sigmoid')], 'bce', sgd(0.3), tr(60));

// ---------------------------------------------------------------- second round (after the first observation)
add('oscillating-loss.nesterov-0.99-full-batch-makeready', 'makeready-minutes', makeready(), [d(32, 'tanh'), d(1)], 'mse', nest(0.1, 0.99), tr(100, 800));
add('oscillating-loss.momentum-0.95-lr-0.5-full-batch-linear-dotgain', 'dot-gain', dotgain(), [d(1)], 'mse', mom(0.5, 0.95), tr(100, 600));
add('oscillating-loss.rmsprop-0.1-full-batch-finish', 'finish-type', finish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.1), tr(100, 750));
add('oscillating-loss.sgd-plain-1.2-full-batch-linear-makeready', 'makeready-minutes', makeready(), [d(1)], 'mse', sgd(1.2), tr(80, 800));
add('lr-too-high.adam-0.08-batch-8-binding', 'binding-minutes', binding(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.08), tr(40, 8));
add('lr-too-high.sgd-plain-0.5-batch-1-jams', 'paper-jam', jams(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(15, 1));
add('no-nonlinearity.xor-three-linear-momentum', 'two-plate-parity', XOR, [d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('vanishing-gradient.nine-sigmoid-rmsprop-makeready', 'makeready-minutes', makeready(), [...tower(9, 24, 'sigmoid'), d(1)], 'mse', rms(0.0005), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
