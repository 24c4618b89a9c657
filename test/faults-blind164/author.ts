/**
 * Writes every candidate spec of blind fault set 164 (semiconductor fabs and chip test floors) into
 * candidates/: `npx tsx test/faults-blind164/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 164, data, layers, loss, optimizer, training, ...extra };
}

const YF = ['cd_nm', 'chamber_c', 'etch_s', 'pressure_mtorr', 'rf_w'];
const yld = (x: Json = {}): Json => ({ csv: '../data/yield.csv', target: 'yield_pct', features: YF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const die = (x: Json = {}): Json => ({ csv: '../data/yield.csv', target: 'good_die', features: YF, normalize: 'standard', ...x });
const BF = ['vdd_mv', 'fmax_mhz', 'idd_ua', 'contact_mohm', 'test_temp_c'];
const bin = (x: Json = {}): Json => ({ csv: '../data/bin.csv', target: 'bin', features: BF, normalize: 'standard', ...x });
const SF = ['defect_count', 'rework_count', 'queue_h', 'particle_ppm', 'overlay_nm'];
const scrap = (x: Json = {}): Json => ({ csv: '../data/scrap.csv', target: 'scrapped', features: SF, normalize: 'standard', ...x });
const CF = ['process_steps', 'tool_util', 'hot_lot', 'fab_wip', 'holds'];
const cyc = (x: Json = {}): Json => ({ csv: '../data/cycle.csv', target: 'cycle_min', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const cycRaw = (x: Json = {}): Json => ({ csv: '../data/cycle.csv', target: 'cycle_min', features: CF, normalize: 'standard', ...x });
const MF = ['center_density', 'mid_density', 'edge_density', 'angular_conc', 'linearity', 'defect_total'];
const wmap = (x: Json = {}): Json => ({ csv: '../data/wafermap.csv', target: 'pattern', features: MF, normalize: 'standard', ...x });
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
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 256, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A litho engineer's notebook: dose (mJ/cm2) and focus offset (nm) -> the line printed in spec (1) or not (0).
const INLINE_LITHO = {
  inline: {
    x: [[20, -60], [22, -40], [24, -20], [26, 0], [28, 20], [30, 40], [32, 60], [24, 0], [26, -20], [26, 20], [28, 0], [30, -60], [20, 40], [32, -40], [22, 0], [30, 0], [25, 10], [27, -10], [21, 60], [33, 0], [29, -50], [23, 50], [26, 10], [27, 30]],
    y: [0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'yield-pct', yld(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'test-bin', bin(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.sparse-cce-loss', 'wafer-map-pattern', wmap(), [d(32, 'relu'), d(9, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1.5', 'scrapped-lot', scrap(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('invalid-spec.batch-size-zero', 'cycle-time', cyc(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(40, 0));

add('data-error.na-chamber-c', 'yield-pct-na', yld({ csv: '../data/yield-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.tool-id-feature', 'yield-pct', yld({ features: ['tool_id', ...YF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.die-id-feature-bin', 'test-bin', bin({ features: ['die_id', ...BF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.02), tr(40));
add('data-error.chamber-temp-typo', 'yield-pct', yld({ features: ['cd_nm', 'chamber_temp_c', 'etch_s', 'pressure_mtorr', 'rf_w'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.target-scrap-flag-typo', 'scrapped-lot', scrap({ target: 'scrap_flag' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.wafermap-tsv-wrong-name', 'wafer-map-pattern', wmap({ csv: '../data/wafermap.tsv' }), [d(32, 'relu'), d(9, 'softmax')], 'cce', adam(0.003), tr(40));

add('shape-mismatch.wafermap-eight-heads-nine-patterns', 'wafer-map-pattern', wmap(), [d(32, 'relu'), d(8, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.cycle-two-outputs', 'cycle-time', cyc(), [d(32, 'elu'), d(2)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.bin-yield-three-heads', 'test-bin', bin(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', nest(0.02), tr(40, 16));
add('shape-mismatch.blobs4-two-heads-sigmoid-cce', 'tool-cluster-blobs', BLOBS4, [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(60));

add('loss-activation-mismatch.wafermap-softmax-mse', 'wafer-map-pattern', wmap(), [d(32, 'relu'), d(9, 'softmax')], 'mse', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-scrap', 'scrapped-lot', scrap(), [d(16, 'relu'), d(1, 'tanh')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-head-standardized-yield', 'yield-pct', yld(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-bin', 'test-bin', bin(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', mom(0.02), tr(40));
add('loss-activation-mismatch.softmax-one-unit-bce-litho', 'litho-window', INLINE_LITHO, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 8));

add('no-nonlinearity.yield-quadratic-linear-deep', 'yield-pct', yld(), [d(64), d(32), d(16), d(1)], 'mse', adam(0.003), tr(60));
add('no-nonlinearity.circles-linear-bn-rmsprop', 'reticle-ring-circles', CIRCLES, [d(32, 'linear', { batchNorm: true }), d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.xor-linear-nesterov-batch-1', 'probe-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', nest(0.005), tr(40, 1));
add('no-nonlinearity.spirals-linear-adam-dropout', 'spiral-scan', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));

add('lr-out-of-range.adam-lr-10-wafermap', 'wafer-map-pattern', wmap(), [d(32, 'relu'), d(9, 'softmax')], 'cce', adam(10), tr(30));
add('lr-out-of-range.sgd-1e-8-cycle', 'cycle-time', cyc(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-8), tr(40));
add('lr-out-of-range.rmsprop-lr-25-scrap', 'scrapped-lot', scrap(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(25), tr(20));
add('lr-out-of-range.nesterov-negative-bin', 'test-bin', bin(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(-0.01), tr(30));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.constant-0.3-sigmoid-bin', 'test-bin', bin(), [d(32, 'sigmoid', init('constant', { value: 0.3 })), d(32, 'sigmoid', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', adam(0.003), tr(40));
add('init-symmetry.zeros-elu-rmsprop-wafermap', 'wafer-map-pattern', wmap(), [d(48, 'elu', { init: 'zeros' }), d(9, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(40));
add('init-symmetry.constant-0.5-tanh-momentum-yield', 'yield-pct', yld(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', mom(0.01), tr(60));
add('init-symmetry.zeros-sigmoid-deep-moons', 'die-edge-moons', MOONS, [...tower(3, 16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-scrap', 'scrapped-lot', scrap(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(64, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.001), tr(40));
add('init-scale.uniform-4-tanh-deep-cycle', 'cycle-time', cyc(), [...tower(4, 48, 'tanh', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-3-relu-six-bin', 'test-bin', bin(), [...tower(6, 32, 'relu', init('normal', { std: 0.001 })), d(5, 'softmax', init('normal', { std: 0.001 }))], 'cce', nest(0.01), tr(40));
add('init-scale.normal-std-2-elu-yield', 'yield-pct', yld(), [...tower(3, 64, 'elu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', sgd(0.001), tr(40));

add('dead-relu.bias-minus-4-four-layer-wafermap', 'wafer-map-pattern', wmap(), [...tower(4, 32, 'relu', { bias: -4 }), d(9, 'softmax')], 'cce', rms(0.002), tr(40));
add('dead-relu.adam-0.1-batch-4-deep-yield', 'yield-pct', yld(), [...tower(3, 32, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 4));
add('dead-relu.bias-minus-10-scrap', 'scrapped-lot', scrap(), [d(128, 'relu', { bias: -10 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('dead-relu.sgd-0.3-raw-good-die', 'good-die-raw', die(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.0003), tr(20, 16));

add('exploding-gradient.raw-idd-features-sgd-bin', 'test-bin-raw', bin({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', sgd(0.01), tr(30));
add('exploding-gradient.six-relu-std-1-cycle', 'cycle-time', cyc(), [...tower(6, 32, 'relu', init('normal', { std: 1 })), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.raw-good-die-momentum', 'good-die-raw', die(), [d(16, 'tanh'), d(1)], 'mse', mom(0.0005), tr(30));
add('exploding-gradient.raw-rf-watts-features-elu', 'yield-pct-raw-features', yld({ normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', sgd(0.0005), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-bin', 'test-bin', bin(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.1), tr(40));
add('vanishing-gradient.six-tanh-std-0.02-momentum-yield', 'yield-pct', yld(), [...tower(6, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.seven-sigmoid-rmsprop-wafermap', 'wafer-map-pattern', wmap(), [...tower(7, 24, 'sigmoid'), d(9, 'softmax')], 'cce', rms(0.0003), tr(40));
add('vanishing-gradient.five-sigmoid-nesterov-circles', 'reticle-ring-circles', CIRCLES, [...tower(5, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100, 16));

add('nan-loss.sgd-2-raw-cycle-target', 'cycle-time-raw', cycRaw(), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(10));
add('nan-loss.rmsprop-1-batch-2-yield', 'yield-pct', yld(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(1), tr(5, 2));
add('nan-loss.nesterov-0.99-lr-2-sine', 'thermal-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(2, 0.99), tr(20, 8));
add('nan-loss.momentum-0.5-raw-wip-cycle', 'cycle-time-raw', cyc({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', mom(0.001, 0.5), tr(10, 64));

add('saturated-activation.sigmoid-raw-fab-wip-cycle', 'cycle-time-raw-features', cyc({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-8-bin', 'test-bin', bin(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('saturated-activation.sigmoid-std-4-init-wafermap', 'wafer-map-pattern', wmap(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(9, 'softmax')], 'cce', mom(0.01), tr(40));
add('saturated-activation.tanh-raw-defect-total-wafermap', 'wafer-map-pattern-raw', wmap({ normalize: 'none' }), [d(32, 'tanh'), d(9, 'softmax')], 'cce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-raw-kelvin-yield', 'yield-pct-raw-features', yld({ normalize: 'none', features: ['cd_nm', 'chamber_k', 'etch_s', 'pressure_mtorr', 'rf_w'] }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));

add('lr-too-high.rmsprop-0.1-batch-1-yield', 'yield-pct', yld(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(5, 1));
add('lr-too-high.adam-0.1-batch-16-wafermap', 'wafer-map-pattern', wmap(), [d(64, 'relu'), d(64, 'relu'), d(9, 'softmax')], 'cce', adam(0.1), tr(30, 16));
add('lr-too-high.nesterov-lr-3-bin', 'test-bin', bin(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(3), tr(30));
add('lr-too-high.momentum-0.95-lr-0.5-scrap', 'scrapped-lot', scrap(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.95), tr(30));
add('lr-too-high.adam-0.05-batch-1-cycle', 'cycle-time', cyc(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(5, 1));
add('lr-too-high.rmsprop-0.05-batch-2-iris', 'iris-demo', IRIS, [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.05), tr(20, 2));
add('lr-too-high.sgd-plain-1.5-batch-4-circles', 'reticle-ring-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1.5), tr(40, 4));

add('lr-too-low.raw-cycle-adam-0.01-crawl', 'cycle-time-raw', cycRaw(), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('lr-too-low.raw-good-die-rmsprop-0.01-batch-64', 'good-die-raw', die(), [d(32, 'tanh'), d(1)], 'mse', rms(0.01), tr(60, 64));
add('lr-too-low.sgd-plain-1e-5-wafermap', 'wafer-map-pattern', wmap(), [d(32, 'relu'), d(9, 'softmax')], 'cce', sgd(0.00001), tr(40));
add('lr-too-low.adam-1e-5-full-batch-scrap', 'scrapped-lot', scrap(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.00001), tr(100, 1100));
add('lr-too-low.nesterov-3e-6-bin', 'test-bin', bin(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.000003), tr(40));
add('lr-too-low.raw-cycle-rmsprop-0.03-full-batch', 'cycle-time-raw', cycRaw(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(150, 900));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-yield', 'yield-pct', yld({ features: ['chamber_c', 'etch_s', 'pressure_mtorr', 'rf_w'] }), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 1000));
add('oscillating-loss.nesterov-0.98-lr-0.3-full-batch-linear-cycle', 'cycle-time', cyc(), [d(1)], 'mse', nest(0.3, 0.98), tr(150, 900));
add('oscillating-loss.celsius-and-kelvin-sgd-0.95-full-batch', 'yield-pct', yld({ features: ['chamber_c', 'chamber_k', 'etch_s', 'rf_w'] }), [d(1)], 'mse', sgd(0.95), tr(120, 1000));
add('oscillating-loss.momentum-0.97-lr-0.5-batch-550-logistic-scrap', 'scrapped-lot', scrap(), [d(1, 'sigmoid')], 'bce', mom(0.5, 0.97), tr(150, 550));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-cycle', 'cycle-time', cyc(), [d(1)], 'mse', rms(0.05), tr(150, 900));
add('oscillating-loss.adam-0.08-full-batch-tanh-yield', 'yield-pct', yld(), [d(16, 'tanh'), d(1)], 'mse', adam(0.08), tr(150, 1000));
add('oscillating-loss.sgd-plain-1.9-batch-300-linear-cycle', 'cycle-time', cyc(), [d(1)], 'mse', sgd(1.9), tr(120, 300));
add('oscillating-loss.momentum-0.95-lr-1-full-batch-softmax-bin', 'test-bin', bin(), [d(5, 'softmax')], 'cce', mom(1, 0.95), tr(150, 1200));
add('oscillating-loss.nesterov-0.99-lr-0.1-batch-500-linear-die', 'good-die', die({ normalizeTarget: 'standard' }), [d(1)], 'mse', nest(0.1, 0.99), tr(150, 500));

add('loss-plateau.tester-slot-only-bin', 'test-bin', bin({ features: ['tester_slot'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.foup-serial-only-scrap', 'scrapped-lot', scrap({ features: ['foup_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.weight-decay-1-momentum-yield', 'yield-pct', yld(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 1 }), tr(60));
add('loss-plateau.move-epoch-only-scrap', 'scrapped-lot', scrap({ features: ['move_epoch'] }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('loss-plateau.clipnorm-1e-7-sgd-cycle', 'cycle-time', cyc(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.yield-adam-relu', 'yield-pct', yld(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.yield-five-tanh-xavier-adam', 'yield-pct', yld(), [...tower(5, 32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.002), tr(80));
add('ok.yield-rmsprop-0.01-batch-8-elu', 'yield-pct', yld(), [d(32, 'elu'), d(1)], 'mse', rms(0.01), tr(40, 8));
add('ok.yield-nesterov-tanh-decay', 'yield-pct', yld(), [d(32, 'tanh'), d(1)], 'mse', nest(0.02, 0.9, { weightDecay: 0.0005 }), tr(80, 16));
add('ok.yield-minmax-sgd-plain-batch-1', 'yield-pct', yld({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.02), tr(15, 1));
add('ok.yield-kelvin-adam-bn-dropout', 'yield-pct', yld({ features: ['cd_nm', 'chamber_k', 'etch_s', 'pressure_mtorr', 'rf_w'] }), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.005), tr(80, 64));
add('ok.yield-raw-target-adam-0.05', 'yield-pct-raw-target', yld({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(100, 16));
add('ok.good-die-raw-rmsprop-0.05-batch-8', 'good-die-raw', die(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 8));
add('ok.cycle-adam-relu-val', 'cycle-time', cyc(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60, 32, { validationSplit: 0.2 }));
add('ok.cycle-rmsprop-0.03-full-batch-elu', 'cycle-time', cyc(), [d(32, 'elu'), d(1)], 'mse', rms(0.03), tr(200, 900));
add('ok.cycle-six-tanh-bn-rmsprop', 'cycle-time', cyc(), [...tower(6, 24, 'tanh', { batchNorm: true }), d(1)], 'mse', rms(0.003), tr(60));
add('ok.cycle-momentum-leaky-clip', 'cycle-time', cyc(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 5 }), tr(60));
add('ok.cycle-raw-target-rmsprop-0.1-batch-4', 'cycle-time-raw', cycRaw(), [d(32, 'relu'), d(1)], 'mse', rms(0.1), tr(60, 4));
add('ok.cycle-raw-target-adam-0.1-batch-1', 'cycle-time-raw', cycRaw(), [d(16, 'relu'), d(1)], 'mse', adam(0.1), tr(15, 1));
add('ok.bin-adam-relu', 'test-bin', bin(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.bin-rmsprop-0.01-dropout-0.3', 'test-bin', bin(), [d(64, 'relu'), drop(0.3), d(5, 'softmax')], 'cce', rms(0.01), tr(40, 64));
add('ok.bin-six-sigmoid-bn-adam', 'test-bin', bin(), [...tower(6, 32, 'sigmoid', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.bin-sgd-plain-tanh-batch-8', 'test-bin', bin(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.1), tr(40, 8));
add('ok.bin-adam-0.03-full-batch-elu-decay', 'test-bin', bin(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.03, { weightDecay: 0.001 }), tr(150, 1200));
add('ok.bin-minmax-nesterov-leaky-he-uniform', 'test-bin', bin({ normalize: 'minmax' }), [d(48, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', nest(0.05), tr(60, 16));
add('ok.wafermap-adam-relu', 'wafer-map-pattern', wmap(), [d(64, 'relu'), d(32, 'relu'), d(9, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.wafermap-four-tanh-xavier-uniform-momentum', 'wafer-map-pattern', wmap(), [...tower(4, 32, 'tanh', { init: 'xavier_uniform' }), d(9, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.wafermap-rmsprop-0.02-batch-1', 'wafer-map-pattern', wmap(), [d(32, 'elu'), d(9, 'softmax')], 'cce', rms(0.02), tr(5, 1));
add('ok.wafermap-adam-dropout-0.5-val', 'wafer-map-pattern', wmap(), [d(128, 'relu'), drop(0.5), d(9, 'softmax')], 'cce', adam(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.wafermap-softmax-regression-rmsprop-0.05', 'wafer-map-pattern', wmap(), [d(9, 'softmax')], 'cce', rms(0.05), tr(60, 128));
add('ok.scrap-adam-relu', 'scrapped-lot', scrap(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.scrap-rmsprop-tanh-decay', 'scrapped-lot', scrap(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003, { weightDecay: 0.001 }), tr(60));
add('ok.scrap-logistic-nesterov', 'scrapped-lot', scrap(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(80));
add('ok.scrap-adam-0.01-batch-1100-elu', 'scrapped-lot', scrap(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 1100));
add('ok.iris-rmsprop-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(80, 16));
add('ok.iris-sgd-momentum-relu-batch-4', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.02), tr(60, 4));
add('ok.blobs4-adam-sigmoid', 'tool-cluster-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.01), tr(80));
add('ok.moons-eight-tanh-xavier-adam', 'die-edge-moons', MOONS, [...tower(8, 16, 'tanh', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.002), tr(120));
add('ok.circles-rmsprop-0.01-relu', 'reticle-ring-circles', CIRCLES, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(100, 16));
add('ok.spirals-adam-tanh-deep', 'spiral-scan', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300, 32));
add('ok.sine-adam-elu-batch-4', 'thermal-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(100, 4));
add('ok.sine-rmsprop-0.01-full-batch-tanh', 'thermal-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.01), tr(400, 256));
add('ok.xor-nesterov-leaky', 'probe-xor', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.litho-inline-adam-tanh', 'litho-window', INLINE_LITHO, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(400, 24));
add('ok.litho-inline-rmsprop-relu-batch-1', 'litho-window', INLINE_LITHO, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(150, 1));
add('ok.yield-lecun-elu-adam-0.02-batch-128', 'yield-pct', yld(), [d(48, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.02), tr(100, 128));
add('ok.cycle-seven-sigmoid-xavier-bn-adam', 'cycle-time', cyc(), [...tower(7, 24, 'sigmoid', { init: 'xavier_normal', batchNorm: true }), d(1)], 'mse', adam(0.003), tr(60));
add('ok.bin-rare-short-rmsprop-0.05-batch-32', 'test-bin', bin(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(30));
add('ok.scrap-rmsprop-0.1-full-batch-tanh', 'scrapped-lot', scrap(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.1), tr(200, 1100));

// ---------------------------------------------------------------- second round (oscillations and exploding gradients)
add('oscillating-loss.momentum-0.995-lr-0.05-full-batch-linear-cycle', 'cycle-time', cyc(), [d(1)], 'mse', mom(0.05, 0.995), tr(150, 900));
add('oscillating-loss.nesterov-0.995-lr-0.03-full-batch-linear-yield-no-cd', 'yield-pct', yld({ features: ['chamber_c', 'chamber_k', 'etch_s', 'rf_w'] }), [d(1)], 'mse', nest(0.03, 0.995), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-0.1-batch-450-linear-die', 'good-die', die({ normalizeTarget: 'standard', features: ['etch_s', 'pressure_mtorr', 'rf_w'] }), [d(1)], 'mse', mom(0.1, 0.99), tr(150, 450));
add('oscillating-loss.momentum-0.99-lr-0.2-full-batch-logistic-bin', 'test-bin', bin({ features: ['vdd_mv', 'test_temp_c', 'tester_slot'] }), [d(5, 'softmax')], 'cce', mom(0.2, 0.99), tr(150, 1200));
add('exploding-gradient.raw-bin-features-five-relu-adam', 'test-bin-raw', bin({ normalize: 'none' }), [...tower(5, 32, 'relu'), d(5, 'softmax')], 'cce', adam(0.001), tr(30));
add('exploding-gradient.eight-leaky-std-0.5-rmsprop-yield', 'yield-pct', yld(), [...tower(8, 32, 'leaky_relu', init('normal', { std: 0.5 })), d(1)], 'mse', rms(0.0005), tr(30));
add('exploding-gradient.raw-cycle-target-tanh-nesterov-1e-6', 'cycle-time-raw', cycRaw(), [d(16, 'tanh'), d(1)], 'mse', nest(0.000001), tr(30));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
