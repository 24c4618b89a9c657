/**
 * Writes every candidate spec of blind fault set 173 (watch, clock and jewellery repairers) into
 * candidates/: `npx tsx test/faults-blind173/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 173, data, layers, loss, optimizer, training, ...extra };
}

const SF = ['beat_rate_bph', 'amplitude_deg', 'days_since_service', 'rate_dev_s_day', 'jewels', 'complication'];
const svc = (x: Json = {}): Json => ({ csv: '../data/service.csv', target: 'bench_minutes', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RF = ['quartz', 'amplitude_deg', 'crystal_scratch', 'lug_wear', 'case_humidity_pct', 'days_since_service'];
const rep = (x: Json = {}): Json => ({ csv: '../data/repair.csv', target: 'repair_type', features: RF, normalize: 'standard', ...x });
const WF = ['amplitude_after_deg', 'rate_after_s_day', 'watchmaker_years', 'parts_replaced', 'rush_job', 'quote_usd'];
const war = (x: Json = {}): Json => ({ csv: '../data/warranty.csv', target: 'warranty_return', features: WF, normalize: 'standard', ...x });
const GF = ['gold_g', 'carat', 'stones', 'solder_joints', 'rhodium', 'gold_eur_g'];
const gold = (x: Json = {}): Json => ({ csv: '../data/gold.csv', target: 'quote_eur', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['pendulum_mm', 'age_years', 'chime', 'trains', 'weight_kg', 'bushings'];
const clk = (x: Json = {}): Json => ({ csv: '../data/clock.csv', target: 'hours', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A timegrapher notebook: amplitude (degrees) and beat error (ms) -> passed the final check (1) or not (0).
const INLINE_TG = {
  inline: {
    x: [[285, 0.2], [270, 0.4], [250, 0.3], [240, 0.9], [300, 0.1], [210, 0.5], [190, 0.2], [260, 1.4], [275, 1.1], [230, 0.6], [295, 0.5], [200, 1.2], [180, 0.8], [265, 0.3], [245, 0.7], [215, 0.2], [310, 0.3], [225, 1.5], [280, 0.8], [235, 0.4], [205, 0.9], [290, 1.3], [255, 0.5], [220, 1.0]],
    y: [1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'bench-minutes', svc(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'repair-type', rep(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.keras-loss-name', 'warranty-return', war(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'clock-hours', clk(), [d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(60, 0));
add('invalid-spec.dropout-rate-1', 'gold-quote', gold(), [d(32, 'relu'), drop(1), d(1)], 'mse', adam(0.003), tr(60));

add('data-error.na-amplitude', 'bench-minutes-na', svc({ csv: '../data/service-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.bench-id-feature', 'bench-minutes', svc({ features: ['bench_id', ...SF] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.received-ts-feature', 'bench-minutes', svc({ features: ['received_ts', ...SF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.003), tr(60));
add('data-error.target-typo-quote-euro', 'gold-quote', gold({ target: 'quote_euro' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.clock-file-wrong-case', 'clock-hours', clk({ csv: '../data/Clock.csv' }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.intake-id-feature', 'repair-type', rep({ features: ['intake_id', ...RF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.05), tr(40));

add('shape-mismatch.repair-three-heads', 'repair-type', rep(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.iris-four-heads', 'iris-demo', IRIS, [d(8, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(80, 16));
add('shape-mismatch.quote-and-price-one-output', 'gold-quote', gold({ target: ['quote_eur', 'gold_eur_g'], features: ['gold_g', 'carat', 'stones', 'solder_joints', 'rhodium'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.clock-hours-two-outputs', 'clock-hours', clk(), [d(16, 'elu'), d(2)], 'mse', rms(0.003), tr(60));

add('loss-activation-mismatch.tanh-head-bce-warranty', 'warranty-return', war(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-repair', 'repair-type', rep(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-head-standardized-clock', 'clock-hours', clk(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.softmax-one-unit-mse-service', 'bench-minutes', svc(), [d(32, 'relu'), d(1, 'softmax')], 'mse', rms(0.003), tr(60));

add('no-nonlinearity.circles-linear-adam', 'bezel-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.moons-no-activation-nesterov', 'crown-moons', MOONS, [d(64), d(64), d(64), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('no-nonlinearity.xor-linear-bn-rmsprop', 'two-hand-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.spirals-linear-momentum-dropout', 'hairspring-spirals', SPIRALS, [d(64, 'linear'), drop(0.2), d(64, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150, 16));

add('lr-out-of-range.sgd-lr-50-clock', 'clock-hours', clk(), [d(16, 'relu'), d(1)], 'mse', sgd(50), tr(30));
add('lr-out-of-range.adam-1e-10-repair', 'repair-type', rep(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-10), tr(40));
add('lr-out-of-range.rmsprop-lr-20-gold', 'gold-quote', gold(), [d(32, 'elu'), d(1)], 'mse', rms(20), tr(30));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-momentum-repair', 'repair-type', rep(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', mom(0.05), tr(50));
add('init-symmetry.constant-0.5-tanh-adam-service', 'bench-minutes', svc(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-sigmoid-rmsprop-moons', 'crown-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.003), tr(100));
add('init-symmetry.constant-0.2-elu-nesterov-iris', 'iris-demo', IRIS, [d(16, 'elu', init('constant', { value: 0.2 })), d(3, 'softmax', init('constant', { value: 0.2 }))], 'cce', nest(0.05), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-iris', 'iris-demo', IRIS, [d(32, 'sigmoid', init('normal', { std: 10 })), d(32, 'sigmoid', init('normal', { std: 10 })), d(3, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.003), tr(80, 16));
add('init-scale.uniform-20-tanh-clock', 'clock-hours', clk(), [d(64, 'tanh', init('uniform', { limit: 20 })), d(1, 'linear', init('uniform', { limit: 20 }))], 'mse', rms(0.003), tr(60));
add('init-scale.normal-1e-5-six-relu-warranty', 'warranty-return', war(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'sigmoid', init('normal', { std: 0.00001 }))], 'bce', mom(0.02), tr(40));
add('init-scale.normal-std-4-elu-gold', 'gold-quote', gold(), [d(64, 'elu', init('normal', { std: 4 })), d(64, 'elu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));

add('dead-relu.bias-minus-4-iris-sgd', 'iris-demo', IRIS, [d(16, 'relu', { bias: -4 }), d(3, 'softmax')], 'cce', sgd(0.1), tr(100, 16));
add('dead-relu.adam-0.5-repair-relu', 'repair-type', rep(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.5), tr(30));
add('dead-relu.momentum-lr-2-batch-4-blobs', 'bench-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', mom(2, 0.9), tr(30, 4));
add('dead-relu.bias-minus-8-rmsprop-service', 'bench-minutes', svc(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', rms(0.001), tr(60));
add('dead-relu.momentum-0.99-lr-0.1-clock', 'clock-hours', clk(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(40, 16));
add('dead-relu.sgd-lr-1-five-class-repair', 'repair-type', rep(), [d(16, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', sgd(1.5), tr(40, 8));

add('exploding-gradient.raw-quote-euros-adam', 'gold-quote-raw-target', gold({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-days-features-sgd', 'bench-minutes-raw', svc({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.eight-relu-std-1.2-service', 'bench-minutes', svc(), [...tower(8, 32, 'relu', init('normal', { std: 1.2 })), d(1)], 'mse', rms(0.0001), tr(30));
add('exploding-gradient.raw-quote-usd-warranty-momentum', 'warranty-raw', war({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.raw-clock-hours-rmsprop', 'clock-hours-raw-target', clk({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.0005), tr(30));

add('vanishing-gradient.eight-sigmoid-momentum-repair', 'repair-type', rep(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(40));
add('vanishing-gradient.six-tanh-std-0.02-service', 'bench-minutes', svc(), [...tower(6, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.ten-sigmoid-batch-1-circles', 'bezel-circles', CIRCLES, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(10, 1));
add('vanishing-gradient.nine-sigmoid-rmsprop-iris', 'iris-demo', IRIS, [...tower(9, 24, 'sigmoid', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', rms(0.0003), tr(80, 16));

add('nan-loss.raw-clock-target-sgd-batch-1', 'clock-hours-raw-target', clk({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(5, 1));
add('nan-loss.raw-quote-nesterov', 'gold-quote-raw', gold({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.95), tr(20));
add('nan-loss.momentum-0.99-lr-1-service', 'bench-minutes', svc(), [d(32, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(20, 8));
add('nan-loss.constant-3-relu-deep-warranty', 'warranty-return', war(), [...tower(5, 48, 'relu', init('constant', { value: 3 })), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(20));
add('nan-loss.raw-days-rmsprop-lr-1', 'bench-minutes-raw', svc({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(1), tr(20, 16));

add('saturated-activation.tanh-raw-days-service', 'bench-minutes-raw-features', svc({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-pendulum-clock', 'clock-hours-raw-features', clk({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.003), tr(60));
add('saturated-activation.sigmoid-bias-10-repair', 'repair-type', rep(), [d(32, 'sigmoid', { bias: 10 }), d(32, 'sigmoid', { bias: 10 }), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('saturated-activation.tanh-raw-quote-usd-warranty', 'warranty-raw', war({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40, 16));

add('lr-too-high.sgd-lr-5-batch-8-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(5), tr(40, 8));
add('lr-too-high.adam-0.3-batch-16-repair', 'repair-type', rep(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.3), tr(30, 16));
add('lr-too-high.rmsprop-0.5-warranty', 'warranty-return', war(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.5), tr(30));
add('lr-too-high.rmsprop-0.05-batch-4-sine', 'balance-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(40, 4));
add('lr-too-high.nesterov-0.99-lr-0.5-circles', 'bezel-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.5, 0.99), tr(60));
add('lr-too-high.sgd-0.5-batch-1-clock', 'clock-hours', clk(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.5), tr(10, 1));
add('lr-too-high.adam-0.05-batch-2-gold', 'gold-quote', gold(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.05), tr(10, 2));

add('lr-too-low.adam-1e-5-full-batch-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.00001), tr(100, 150));
add('lr-too-low.momentum-1e-6-repair', 'repair-type', rep(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.000001), tr(40));
add('lr-too-low.rmsprop-1e-6-clock', 'clock-hours', clk(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-1e-5-sine', 'balance-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.00001), tr(100, 16));
add('lr-too-low.sgd-5e-6-full-batch-warranty', 'warranty-return', war(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.000005), tr(60, 1200));

add('oscillating-loss.rmsprop-0.05-full-batch-sine', 'balance-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(200, 250));
add('oscillating-loss.momentum-0.97-full-batch-linear-service', 'bench-minutes', svc(), [d(1)], 'mse', mom(0.05, 0.97), tr(200, 900));
add('oscillating-loss.nesterov-0.99-full-batch-linear-clock', 'clock-hours', clk(), [d(1)], 'mse', nest(0.03, 0.99), tr(200, 700));
add('oscillating-loss.adam-0.05-full-batch-linear-gold', 'gold-quote', gold(), [d(1)], 'mse', adam(0.05), tr(200, 800));
add('oscillating-loss.momentum-0.95-lr-1.5-full-batch-moons', 'crown-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1.5, 0.95), tr(200, 300));
add('oscillating-loss.adam-0.03-batch-8-sine', 'balance-sine', SINE, [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(100, 8));
add('oscillating-loss.rmsprop-0.01-batch-16-clock', 'clock-hours', clk(), [d(32, 'relu'), d(1)], 'mse', rms(0.01), tr(100, 16));
add('oscillating-loss.sgd-plain-0.9-full-batch-linear-service', 'bench-minutes', svc(), [d(1)], 'mse', sgd(0.9), tr(200, 900));
add('oscillating-loss.momentum-0.98-lr-0.2-full-batch-logistic-warranty', 'warranty-return', war(), [d(1, 'sigmoid')], 'bce', mom(0.2, 0.98), tr(200, 1200));

add('loss-plateau.caseback-serial-only-warranty', 'warranty-return', war({ features: ['caseback_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.clerk-only-repair', 'repair-type', rep({ features: ['clerk_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.weight-kg-only-clock', 'clock-hours', clk({ features: ['weight_kg'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.003), tr(60));
add('loss-plateau.weight-decay-5-sgd-service', 'bench-minutes', svc(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-nesterov-gold', 'gold-quote', gold(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- intended healthy
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.1), tr(150, 8));
add('ok.iris-momentum-relu-val', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.02, 0.9), tr(150, 16, { validationSplit: 0.2 }));
add('ok.repair-adam-relu', 'repair-type', rep(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.repair-sgd-relu', 'repair-type', rep(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.1), tr(60, 16));
add('ok.repair-momentum-relu-dropout', 'repair-type', rep(), [d(64, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', mom(0.02, 0.9), tr(60));
add('ok.repair-nesterov-elu-bn', 'repair-type', rep(), [d(32, 'elu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.02, 0.95), tr(50));
add('ok.repair-rmsprop-tanh-minmax', 'repair-type', rep({ normalize: 'minmax' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.003), tr(60));
add('ok.blobs4-sgd-relu', 'bench-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05), tr(60, 16));
add('ok.blobs4-adam-leaky-full-batch', 'bench-blobs', BLOBS4, [d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 400));
add('ok.warranty-adam-relu', 'warranty-return', war(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.warranty-logistic-sgd', 'warranty-return', war(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(80));
add('ok.warranty-rmsprop-tanh-decay', 'warranty-return', war(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002, { weightDecay: 0.0001 }), tr(60));
add('ok.service-adam-relu', 'bench-minutes', svc(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.service-rmsprop-tanh', 'bench-minutes', svc(), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(80));
add('ok.service-nesterov-0.95-elu', 'bench-minutes', svc(), [d(32, 'elu'), d(1)], 'mse', nest(0.005, 0.95), tr(80));
add('ok.service-momentum-0.9-linear', 'bench-minutes', svc(), [d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('ok.service-adam-bn-dropout-val', 'bench-minutes', svc(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.service-sgd-batch-1', 'bench-minutes', svc(), [d(16, 'elu'), d(1)], 'mse', sgd(0.002), tr(20, 1));
add('ok.gold-adam-relu', 'gold-quote', gold(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.gold-rmsprop-elu-clip', 'gold-quote', gold(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(80));
add('ok.gold-momentum-0.95-relu', 'gold-quote', gold(), [d(32, 'relu'), d(1)], 'mse', mom(0.005, 0.95), tr(80));
add('ok.clock-adam-elu', 'clock-hours', clk(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.clock-nesterov-0.99-linear', 'clock-hours', clk(), [d(1)], 'mse', nest(0.002, 0.99), tr(100));
add('ok.clock-momentum-0.98-linear-full-batch', 'clock-hours', clk(), [d(1)], 'mse', mom(0.01, 0.98), tr(300, 700));
add('ok.clock-raw-features-sgd-small-lr', 'clock-hours-raw-features', clk({ normalize: 'none', features: ['age_years', 'chime', 'trains', 'bushings'] }), [d(1)], 'mse', sgd(0.0001), tr(100, 16));
add('ok.clock-minmax-sgd-tanh', 'clock-hours', clk({ normalize: 'minmax' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(150, 16));
add('ok.sine-rmsprop-0.003', 'balance-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(200, 16));
add('ok.sine-rmsprop-0.01', 'balance-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.01), tr(200, 32));
add('ok.sine-adam-0.01', 'balance-sine', SINE, [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(200, 32));
add('ok.sine-adam-0.03-full-batch', 'balance-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.03), tr(300, 250));
add('ok.sine-momentum-0.9-tanh', 'balance-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.9), tr(300, 16));
add('ok.moons-adam-relu', 'crown-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.circles-nesterov-tanh', 'bezel-circles', CIRCLES, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.1, 0.9), tr(150, 16));
add('ok.spirals-adam-relu-deep', 'hairspring-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300, 32));
add('ok.xor-rmsprop-sigmoid', 'two-hand-xor', XOR, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 16));
add('ok.timegrapher-inline-adam', 'timegrapher-pass', INLINE_TG, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 24));
add('ok.moons-deep-tanh-momentum', 'crown-moons', MOONS, [...tower(4, 32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(150, 16));
add('ok.warranty-nesterov-relu-bn-full-batch', 'warranty-return', war(), [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(200, 1200));
add('ok.gold-sgd-linear-raw-target-scaled', 'gold-quote', gold(), [d(32, 'relu'), d(1)], 'mse', sgd(0.02), tr(100, 8));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, file + '.nn.json'), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
