/**
 * Writes every candidate spec of blind fault set 134 (paper mills and packaging plants) into
 * candidates/: `npx tsx test/faults-blind134/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 134, data, layers, loss, optimizer, training, ...extra };
}

const RF = ['speed_mpm', 'stock_flow_lpm', 'consistency_pct', 'steam_bar', 'moisture_pct', 'refining_kwh_t'];
const reel = (x: Json = {}): Json => ({ csv: '../data/reel.csv', target: 'basis_weight_gsm', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['gsm', 'caliper_um', 'brightness_iso', 'ash_pct', 'burst_kpa'];
const grade = (x: Json = {}): Json => ({ csv: '../data/grade.csv', target: 'grade', features: GF, normalize: 'standard', ...x });
const WF = ['speed_mpm', 'tension_kn_m', 'draw_pct', 'moisture_pct', 'broke_pct', 'splices'];
const brk = (x: Json = {}): Json => ({ csv: '../data/webbreak.csv', target: 'web_break', features: WF, normalize: 'standard', ...x });
const DF = ['machine_age_y', 'crew', 'spares_on_site', 'felt_age_d', 'night_shift', 'vibration_mm_s'];
const down = (x: Json = {}): Json => ({ csv: '../data/downtime.csv', target: 'downtime_min', features: DF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['ect_kn_m', 'caliper_mm', 'perimeter_mm', 'rh_pct', 'board_gsm'];
const box = (x: Json = {}): Json => ({ csv: '../data/carton.csv', target: 'bct_n', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A converting-line foreman's notebook: board caliper (mm) and glue temperature (C) -> carton seam held (1) or not (0).
const INLINE_SEAM = {
  inline: {
    x: [[3.1, 150], [3.4, 160], [4.0, 165], [4.5, 170], [5.2, 175], [3.0, 120], [3.5, 125], [4.2, 130], [4.8, 135], [5.5, 140], [2.8, 180], [3.9, 185], [4.4, 155], [5.0, 158], [3.2, 128], [4.1, 122], [4.9, 168], [5.6, 178], [3.6, 145], [4.6, 148], [2.9, 162], [5.3, 132], [3.8, 172], [4.3, 118]],
    y: [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.speed-m-and-ft-nesterov-0.97-linear-full', 'basis-weight', reel({ features: ['speed_mpm', 'speed_fpm', 'stock_flow_lpm', 'consistency_pct', 'steam_bar', 'steam_psi'] }), [d(1)], 'mse', nest(0.15, 0.97), tr(150, 1000));
add('oscillating-loss.momentum-0.99-linear-carton-batch-300', 'box-compression', box(), [d(1)], 'mse', mom(0.08, 0.99), tr(150, 300));
add('oscillating-loss.sgd-plain-0.95-linear-downtime-full', 'downtime-minutes', down(), [d(1)], 'mse', sgd(0.95), tr(150, 850));
add('oscillating-loss.rmsprop-0.05-logistic-webbreak-full', 'web-break', brk(), [d(1, 'sigmoid')], 'bce', rms(0.05), tr(150, 1200));
add('oscillating-loss.adam-0.3-linear-carton-full', 'box-compression', box(), [d(1)], 'mse', adam(0.3), tr(150, 900));
add('oscillating-loss.momentum-0.95-lr-0.5-raw-minmax-reel', 'basis-weight', reel({ normalize: 'minmax' }), [d(1)], 'mse', mom(0.5, 0.95), tr(150, 500));
add('oscillating-loss.nesterov-0.98-tanh-sine-full', 'dryer-cycle-sine', SINE, [d(8, 'tanh'), d(1)], 'mse', nest(0.2, 0.98), tr(200, 250));
add('oscillating-loss.sgd-momentum-0.9-lr-3-seam-logistic', 'carton-seam', INLINE_SEAM, [d(1, 'sigmoid')], 'bce', mom(3, 0.9), tr(200, 24));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'basis-weight', reel(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'paper-grade', grade(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'downtime-minutes', down(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.units-zero', 'box-compression', box(), [d(0, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.batch-size-zero', 'web-break', brk(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40, 0));

add('data-error.na-moisture', 'basis-weight-na', reel({ csv: '../data/reel-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.roll-id-feature', 'basis-weight', reel({ features: ['roll_id', ...RF] }), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.shift-ts-feature-na-file', 'basis-weight-na', reel({ csv: '../data/reel-na.csv', features: ['shift_ts', 'speed_mpm', 'steam_bar'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.grammage-column-typo', 'paper-grade', grade({ features: ['grammage', 'caliper_um', 'brightness_iso', 'ash_pct', 'burst_kpa'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.target-downtime-hours-typo', 'downtime-hours', down({ target: 'downtime_hours' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.box-id-feature-carton', 'box-compression', box({ features: ['box_id', ...CF] }), [d(16, 'elu'), d(1)], 'mse', nest(0.005), tr(50));
add('data-error.windows-absolute-path', 'web-break', brk({ csv: 'C:\\mill\\exports\\webbreak.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.grade-four-heads-no-coated', 'paper-grade', grade(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.minutes-and-hours-one-output', 'downtime', down({ target: ['downtime_min', 'downtime_h'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'felt-zones-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.webbreak-two-sigmoid-bce', 'web-break', brk(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.softmax-single-unit-bce-webbreak', 'web-break', brk(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-basis-weight', 'basis-weight', reel(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-carton', 'box-compression', box(), [d(32, 'tanh'), d(1, 'relu')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.tanh-head-bce-seam', 'carton-seam', INLINE_SEAM, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.linear-head-mse-grade-cce', 'paper-grade', grade(), [d(32, 'relu'), d(5, 'linear')], 'mse', adam(0.003), tr(50));

add('no-nonlinearity.circles-two-linear-adam', 'press-nip-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('no-nonlinearity.xor-linear-rmsprop-batch-1', 'two-press-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', rms(0.005), tr(30, 1));
add('no-nonlinearity.sine-four-linear-momentum', 'dryer-cycle-sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', mom(0.01), tr(150, 16));
add('no-nonlinearity.spirals-linear-dropout-adam', 'reel-spirals', SPIRALS, [d(64, 'linear'), drop(0.2), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150));

add('lr-out-of-range.rmsprop-lr-20-grade', 'paper-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(20), tr(30));
add('lr-out-of-range.adam-1e-10-carton', 'box-compression', box(), [d(32, 'relu'), d(1)], 'mse', adam(1e-10), tr(40));
add('lr-out-of-range.nesterov-lr-150-reel', 'basis-weight', reel(), [d(16, 'tanh'), d(1)], 'mse', nest(150), tr(20));
add('lr-out-of-range.sgd-negative-downtime', 'downtime-minutes', down(), [d(16, 'elu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-adam-carton', 'box-compression', box(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.5-tanh-rmsprop-grade', 'paper-grade', grade(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.zeros-sigmoid-sgd-moons', 'felt-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(100, 16));
add('init-symmetry.constant-0.2-elu-nesterov-spirals', 'reel-spirals', SPIRALS, [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', nest(0.02), tr(150));

add('init-scale.normal-std-10-sigmoid-reel', 'basis-weight', reel(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-5-elu-webbreak', 'web-break', brk(), [...tower(3, 64, 'elu', init('uniform', { limit: 5 })), d(1, 'sigmoid', init('uniform', { limit: 5 }))], 'bce', nest(0.005), tr(40));
add('init-scale.normal-1e-5-six-relu-grade', 'paper-grade', grade(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', sgd(0.05), tr(50));
add('init-scale.normal-std-2-relu-deep-downtime', 'downtime-minutes', down(), [...tower(4, 64, 'relu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', rms(0.0005), tr(60));
add('init-scale.uniform-1e-5-tanh-iris', 'iris-demo', IRIS, [...tower(5, 16, 'tanh', init('uniform', { limit: 0.00001 })), d(3, 'softmax', init('uniform', { limit: 0.00001 }))], 'cce', adam(0.003), tr(100, 16));

add('dead-relu.bias-minus-8-adam-carton', 'box-compression', box(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.002), tr(60));
add('dead-relu.sgd-plain-0.8-batch-2-reel', 'basis-weight', reel(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.8), tr(5, 2));
add('dead-relu.bias-minus-4-three-layer-moons', 'felt-moons', MOONS, [...tower(3, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(100));
add('dead-relu.adam-0.5-batch-4-downtime', 'downtime-minutes', down(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(10, 4));
add('dead-relu.bias-minus-6-bn-off-grade', 'paper-grade', grade(), [d(128, 'relu', { bias: -6 }), d(64, 'relu', { bias: -6 }), d(5, 'softmax')], 'cce', mom(0.01), tr(50));

add('exploding-gradient.raw-bct-newtons-target-adam', 'box-compression-raw-target', box({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-stock-flow-features-momentum', 'basis-weight-raw', reel({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.raw-burst-kpa-grade-sgd', 'paper-grade-raw', grade({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.001), tr(30, 16));
add('exploding-gradient.fifteen-relu-std-0.5-carton', 'box-compression', box(), [...tower(15, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', mom(0.00001), tr(30));
add('exploding-gradient.raw-gsm-target-rmsprop', 'basis-weight-raw-target', reel({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-sgd-carton', 'box-compression', box(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(60));
add('vanishing-gradient.ten-tanh-std-0.02-webbreak', 'web-break', brk(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(40));
add('vanishing-gradient.twelve-sigmoid-adam-circles', 'press-nip-circles', CIRCLES, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.0005), tr(100));
add('vanishing-gradient.nine-sigmoid-lecun-nesterov-grade', 'paper-grade', grade(), [...tower(9, 24, 'sigmoid', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));

add('nan-loss.sgd-5-batch-1-carton', 'box-compression', box(), [d(16, 'elu'), d(1)], 'mse', sgd(5), tr(5, 1));
add('nan-loss.raw-bct-target-nesterov', 'box-compression-raw-target', box({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(20));
add('nan-loss.raw-features-and-target-sgd-reel', 'basis-weight-raw', reel({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.001), tr(20, 64));
add('nan-loss.rmsprop-3-batch-8-downtime', 'downtime-minutes', down(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(3), tr(20, 8));
add('nan-loss.momentum-0.99-lr-2-sine', 'dryer-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(2, 0.99), tr(30, 10));

add('saturated-activation.tanh-raw-speed-webbreak', 'web-break-raw', brk({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-raw-burst-grade', 'paper-grade-raw', grade({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-8-carton', 'box-compression', box(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.tanh-raw-perimeter-carton', 'box-compression-raw-features', box({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-std-4-downtime', 'downtime-minutes', down(), [d(64, 'tanh', init('normal', { std: 4 })), d(1)], 'mse', mom(0.005), tr(60));

add('lr-too-high.rmsprop-0.2-batch-16-grade', 'paper-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.2), tr(30, 16));
add('lr-too-high.nesterov-0.5-batch-8-carton', 'box-compression', box(), [d(32, 'tanh'), d(1)], 'mse', nest(0.5), tr(20, 8));
add('lr-too-high.sgd-plain-0.5-batch-4-reel', 'basis-weight', reel(), [d(16, 'elu'), d(1)], 'mse', sgd(0.5), tr(10, 4));
add('lr-too-high.adam-0.1-batch-1-webbreak', 'web-break', brk(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(5, 1));
add('lr-too-high.momentum-1-batch-16-moons', 'felt-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(1), tr(40, 16));
add('lr-too-high.adam-0.05-batch-2-downtime', 'downtime-minutes', down(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(10, 2));

add('lr-too-low.adam-5e-7-grade', 'paper-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000005), tr(50));
add('lr-too-low.sgd-plain-1e-5-carton', 'box-compression', box(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.rmsprop-1e-7-full-batch-reel', 'basis-weight', reel(), [d(32, 'relu'), d(1)], 'mse', rms(0.0000001), tr(200, 1000));
add('lr-too-low.nesterov-3e-6-circles', 'press-nip-circles', CIRCLES, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.000003), tr(100, 16));
add('lr-too-low.momentum-1e-6-batch-4-downtime', 'downtime-minutes', down(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.000001), tr(20, 4));

add('loss-plateau.blade-serial-only-webbreak', 'web-break', brk({ features: ['blade_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.tester-badge-only-grade', 'paper-grade', grade({ features: ['tester_badge'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.weight-decay-5-rmsprop-carton', 'box-compression', box(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-reel', 'basis-weight', reel(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003, { clipNorm: 0.0000001 }), tr(60));
add('loss-plateau.dropout-0.95-downtime', 'downtime-minutes', down(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.reel-adam-relu', 'basis-weight', reel(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.reel-rmsprop-elu-val', 'basis-weight', reel(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.reel-nesterov-tanh-batch-16', 'basis-weight', reel(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.reel-fpm-psi-minmax-adam-bn', 'basis-weight', reel({ features: ['speed_fpm', 'stock_flow_lpm', 'consistency_pct', 'steam_psi', 'moisture_pct', 'refining_kwh_t'], normalize: 'minmax', normalizeTarget: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.reel-sgd-plain-leaky-batch-1', 'basis-weight', reel(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(5, 1));
add('ok.reel-momentum-sigmoid-decay', 'basis-weight', reel(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.reel-dropout-adam-deep', 'basis-weight', reel(), [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80, 64));
add('ok.grade-adam-relu', 'paper-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.grade-rmsprop-tanh-dropout', 'paper-grade', grade(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.grade-sgd-plain-elu-batch-8', 'paper-grade', grade(), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(0.05), tr(40, 8));
add('ok.grade-minmax-nesterov-bn', 'paper-grade', grade({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.05), tr(60, 64));
add('ok.grade-softmax-regression-adam-val', 'paper-grade', grade(), [d(5, 'softmax')], 'cce', adam(0.02), tr(80, 32, { validationSplit: 0.2 }));
add('ok.grade-momentum-sigmoid-full-batch', 'paper-grade', grade(), [d(16, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.5), tr(200, 1000));
add('ok.webbreak-adam-relu', 'web-break', brk(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.webbreak-logistic-nesterov', 'web-break', brk(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(60));
add('ok.webbreak-rmsprop-tanh-clip', 'web-break', brk(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(60, 64));
add('ok.webbreak-minmax-adam-elu-val', 'web-break', brk({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(80, 32, { validationSplit: 0.2 }));
add('ok.downtime-adam-elu', 'downtime-minutes', down(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.downtime-rmsprop-relu-batch-128', 'downtime-minutes', down(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 128));
add('ok.downtime-hours-target-nesterov-tanh', 'downtime-hours', down({ target: 'downtime_h' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(80));
add('ok.downtime-adam-bn-leaky', 'downtime-minutes', down(), [d(64, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(80, 64));
add('ok.downtime-momentum-relu-he-uniform-batch-4', 'downtime-minutes', down(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', mom(0.005), tr(20, 4));
add('ok.carton-adam-relu', 'box-compression', box(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.carton-inches-rmsprop-tanh', 'box-compression', box({ features: ['ect_kn_m', 'caliper_mm', 'perimeter_in', 'rh_pct', 'board_gsm'] }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.carton-sgd-plain-sigmoid-batch-16', 'box-compression', box(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.1), tr(80, 16));
add('ok.carton-minmax-target-adam-xavier-normal', 'box-compression', box({ normalizeTarget: 'minmax' }), [d(32, 'elu', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.005), tr(80));
add('ok.carton-linear-nesterov-full-batch', 'box-compression', box(), [d(1)], 'mse', nest(0.05), tr(200, 900));
add('ok.carton-lecun-leaky-adam-decay', 'box-compression', box(), [d(48, 'leaky_relu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(60));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-tanh-batch-4', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.02), tr(60, 4));
add('ok.moons-adam-relu', 'felt-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-rmsprop-elu-full-batch', 'felt-moons', MOONS, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(300, 400));
add('ok.circles-adam-tanh', 'press-nip-circles', CIRCLES, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-relu-bn', 'press-nip-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.spirals-adam-relu-deep', 'reel-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'felt-zones-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-adam-tanh', 'dryer-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-rmsprop-elu', 'dryer-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.xor-adam-leaky', 'two-press-xor', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-nesterov-tanh-batch-1', 'two-press-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(30, 1));
add('ok.seam-inline-adam-tanh', 'carton-seam', INLINE_SEAM, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.seam-inline-logistic-rmsprop', 'carton-seam', INLINE_SEAM, [d(1, 'sigmoid')], 'bce', rms(0.01), tr(300, 8));

// ---------------------------------------------------------------- second round (after the first observation)
add('oscillating-loss.momentum-0.99-linear-carton-batch-300-60-epochs', 'box-compression', box(), [d(1)], 'mse', mom(0.08, 0.99), tr(60, 300));
add('oscillating-loss.momentum-0.98-linear-downtime-full', 'downtime-minutes', down(), [d(1)], 'mse', mom(0.3, 0.98), tr(120, 850));
add('oscillating-loss.nesterov-0.99-linear-reel-batch-250', 'basis-weight', reel(), [d(1)], 'mse', nest(0.1, 0.99), tr(100, 250));
add('oscillating-loss.momentum-0.99-softmax-regression-grade-full', 'paper-grade', grade(), [d(5, 'softmax')], 'cce', mom(1, 0.99), tr(120, 1000));
add('oscillating-loss.rmsprop-0.1-linear-carton-batch-64', 'box-compression', box(), [d(1)], 'mse', rms(0.1), tr(60, 64));
add('oscillating-loss.adam-0.5-logistic-webbreak-batch-600', 'web-break', brk(), [d(1, 'sigmoid')], 'bce', adam(0.5), tr(100, 600));
add('oscillating-loss.momentum-0.97-tanh-downtime-batch-425', 'downtime-minutes', down(), [d(8, 'tanh'), d(1)], 'mse', mom(0.2, 0.97), tr(80, 425));
add('lr-too-high.rmsprop-0.05-batch-8-reel', 'basis-weight', reel(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(20, 8));
add('lr-too-high.sgd-plain-0.3-batch-1-carton', 'box-compression', box(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.3), tr(5, 1));
add('lr-too-high.nesterov-0.9-batch-32-grade', 'paper-grade', grade(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.9), tr(30));
add('exploding-gradient.raw-perimeter-mm-relu-sgd-carton', 'box-compression-raw-features', box({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.raw-downtime-target-adam-elu', 'downtime-raw-target', down({ normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', adam(0.0005), tr(30));
add('exploding-gradient.std-1-relu-six-layer-grade', 'paper-grade', grade(), [...tower(6, 64, 'relu', init('normal', { std: 1 })), d(5, 'softmax')], 'cce', sgd(0.0005), tr(30));
add('loss-plateau.clipnorm-1e-6-sgd-plain-grade', 'paper-grade', grade(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.05, { clipNorm: 0.000001 }), tr(50));
add('lr-out-of-range.momentum-lr-60-webbreak', 'web-break', brk(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(60), tr(20));
add('vanishing-gradient.eleven-tanh-xavier-normal-sgd-reel', 'basis-weight', reel(), [...tower(11, 16, 'tanh', { init: 'normal', }), d(1)], 'mse', sgd(0.01), tr(60));
add('oscillating-loss.momentum-0.99-linear-reel-full-80-epochs', 'basis-weight', reel(), [d(1)], 'mse', mom(0.3, 0.99), tr(80, 1000));
add('oscillating-loss.momentum-0.99-tanh-carton-batch-450', 'box-compression', box(), [d(8, 'tanh'), d(1)], 'mse', mom(0.1, 0.99), tr(60, 450));
add('oscillating-loss.nesterov-0.99-logistic-webbreak-full', 'web-break', brk(), [d(1, 'sigmoid')], 'bce', nest(3, 0.99), tr(80, 1200));
add('oscillating-loss.momentum-0.985-elu-downtime-full', 'downtime-minutes', down(), [d(16, 'elu'), d(1)], 'mse', mom(0.1, 0.985), tr(80, 850));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
