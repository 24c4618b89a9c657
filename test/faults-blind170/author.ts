/**
 * Writes every candidate spec of blind fault set 170 (tailors and alteration shops) into
 * candidates/: `npx tsx test/faults-blind170/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 170, data, layers, loss, optimizer, training, ...extra };
}

const TF = ['chest_cm', 'waist_cm', 'fabric_m', 'fittings', 'rush', 'queue_len'];
const turn = (x: Json = {}): Json => ({ csv: '../data/turnaround.csv', target: 'turnaround_days', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['fabric_m', 'buttons', 'lining', 'fabric_gsm', 'chest_cm', 'hem_cm'];
const gar = (x: Json = {}): Json => ({ csv: '../data/garment.csv', target: 'garment_type', features: GF, normalize: 'standard', ...x });
const RF = ['fit_error_cm', 'fittings', 'rush', 'tailor_years', 'stretch_fabric', 'chest_mm'];
const rem = (x: Json = {}): Json => ({ csv: '../data/remake.csv', target: 'remake', features: RF, normalize: 'standard', ...x });
const VF = ['fabric_m', 'fabric_usd_per_m', 'labour_h', 'fittings', 'hand_stitched', 'express'];
const val = (x: Json = {}): Json => ({ csv: '../data/order-value.csv', target: 'order_usd', features: VF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const HF = ['seams', 'hem_cm', 'zipper', 'buttons', 'silk', 'apprentice'];
const hem = (x: Json = {}): Json => ({ csv: '../data/hem-time.csv', target: 'bench_min', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SINE = { builtin: 'sine', samples: 250, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A cutter's notebook: sleeve length (cm) and shoulder width (cm) -> off-the-rack jacket fits (1) or needs alteration (0).
const INLINE_RACK = {
  inline: {
    x: [[60, 44], [62, 45], [64, 46], [58, 42], [61, 47], [66, 44], [59, 48], [63, 43], [60, 46], [65, 46], [57, 44], [62, 49], [61, 45], [64, 44], [59, 45], [63, 47], [67, 48], [56, 41], [60, 44.5], [62, 46], [68, 45], [61, 42], [63, 45.5], [58, 46]],
    y: [1, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'turnaround-days', turn(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'garment-type', gar(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-order-value', 'order-usd', val(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.units-zero-hidden', 'remake-flag', rem(), [d(0, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-string', 'bench-minutes', hem(), [d(16, 'elu'), d(1)], 'mse', nest(0.01), { epochs: 40, batchSize: '32' });

add('data-error.na-waist-cm', 'turnaround-days-na', turn({ csv: '../data/turnaround-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.tailor-id-feature', 'turnaround-days', turn({ features: ['tailor_id', ...TF] }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.order-ts-feature', 'turnaround-days', turn({ features: ['order_ts', ...TF] }), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.hem-inches-typo', 'bench-minutes', hem({ features: ['seams', 'hem_in', 'zipper', 'buttons', 'silk', 'apprentice'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.garment-id-feature', 'garment-type', gar({ features: ['garment_id', ...GF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.order-ref-as-target-typo', 'order-usd', val({ target: 'order_value' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.garment-four-heads-no-coat', 'garment-type', gar(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.minutes-and-hours-one-output', 'bench-time', hem({ target: ['bench_min', 'bench_h'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.remake-two-sigmoid-heads', 'remake-flag', rem(), [d(16, 'tanh'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('shape-mismatch.blobs4-three-heads', 'bolt-blobs', BLOBS4, [d(16, 'elu'), d(3, 'softmax')], 'cce', nest(0.02), tr(60));

add('loss-activation-mismatch.garment-softmax-mse', 'garment-type', gar(), [d(32, 'relu'), d(5, 'softmax')], 'mse', sgd(0.05), tr(60));
add('loss-activation-mismatch.linear-head-bce-remake', 'remake-flag', rem(), [d(16, 'elu'), d(1)], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-head-standardized-turnaround', 'turnaround-days', turn(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-one-unit-rack', 'rack-fit', INLINE_RACK, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.sigmoid-head-standardized-order', 'order-usd', val(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-four-linear-adam', 'cutting-table-circles', CIRCLES, [d(32), d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.rack-inline-linear-rmsprop-batch-4', 'rack-fit', INLINE_RACK, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 4));
add('no-nonlinearity.moons-linear-dropout-momentum', 'selvedge-moons', MOONS, [d(64), drop(0.2), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100));
add('no-nonlinearity.sine-linear-deep-adam', 'shift-sine', SINE, [d(32), d(32), d(1)], 'mse', adam(0.01), tr(150, 16));

add('lr-out-of-range.rmsprop-lr-3-remake', 'remake-flag', rem(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(3), tr(30));
add('lr-out-of-range.adam-1e-8-garment', 'garment-type', gar(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-8), tr(40));
add('lr-out-of-range.nesterov-lr-25-turnaround', 'turnaround-days', turn(), [d(32, 'elu'), d(1)], 'mse', nest(25), tr(20));
add('lr-out-of-range.sgd-negative-order', 'order-usd', val(), [d(32, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-rmsprop-garment', 'garment-type', gar(), [d(32, 'sigmoid', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.3-tanh-momentum-turnaround', 'turnaround-days', turn(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', mom(0.01), tr(60));
add('init-symmetry.zeros-relu-adam-circles', 'cutting-table-circles', CIRCLES, [d(16, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(100));
add('init-symmetry.zeros-tanh-sgd-spirals', 'thread-spirals', SPIRALS, [d(32, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.1), tr(100, 16));

add('init-scale.normal-std-4-sigmoid-remake', 'remake-flag', rem(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', adam(0.002), tr(40));
add('init-scale.uniform-6-elu-order', 'order-usd', val(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-5-four-relu-garment', 'garment-type', gar(), [...tower(4, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', nest(0.01), tr(50));
add('init-scale.constant-1.5-leaky-hem', 'bench-minutes', hem(), [d(48, 'leaky_relu', init('constant', { value: 1.5 })), d(48, 'leaky_relu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', adam(0.001), tr(40));

add('dead-relu.bias-minus-8-adam-turnaround', 'turnaround-days', turn(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-layer-garment', 'garment-type', gar(), [...tower(3, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.sgd-2-batch-4-order', 'order-usd', val(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(2), tr(10, 4));
add('dead-relu.bias-minus-6-momentum-moons', 'selvedge-moons', MOONS, [d(32, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100));
add('dead-relu.adam-0.5-batch-16-hem', 'bench-minutes', hem(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.5), tr(20, 16));

add('exploding-gradient.raw-order-dollars-rmsprop', 'order-usd-raw-target', val({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(40));
add('exploding-gradient.raw-chest-mm-remake-momentum', 'remake-raw', rem({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.raw-gsm-garment-adam', 'garment-raw', gar({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(30));
add('exploding-gradient.raw-bench-minutes-sgd-batch-64', 'bench-minutes-raw-target', hem({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', sgd(0.0005), tr(40, 64));
add('exploding-gradient.ten-relu-std-0.5-turnaround', 'turnaround-days', turn(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', sgd(0.00001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-garment', 'garment-type', gar(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(60));
add('vanishing-gradient.six-sigmoid-lecun-momentum-remake', 'remake-flag', rem(), [...tower(6, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('vanishing-gradient.ten-tanh-std-0.02-adam-hem', 'bench-minutes', hem(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', adam(0.0005), tr(40));
add('vanishing-gradient.seven-sigmoid-xavier-rmsprop-xor', 'two-thread-xor', XOR, [...tower(7, 16, 'sigmoid', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', rms(0.0003), tr(100));
add('vanishing-gradient.five-sigmoid-nesterov-batch-64-circles', 'cutting-table-circles', CIRCLES, [...tower(5, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100, 64));

add('nan-loss.sgd-1.5-batch-1-turnaround', 'turnaround-days', turn(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(5, 1));
add('nan-loss.raw-cents-target-momentum', 'order-cents-raw', val({ target: 'order_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(20));
add('nan-loss.nesterov-0.99-lr-1-garment', 'garment-type', gar(), [d(64, 'elu'), d(64, 'elu'), d(5, 'softmax')], 'cce', nest(1, 0.99), tr(30));
add('nan-loss.constant-1-elu-deep-hem', 'bench-minutes', hem(), [...tower(5, 48, 'elu', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', sgd(0.05), tr(20));
add('nan-loss.raw-features-raw-target-sgd-batch-8', 'bench-minutes-raw', hem({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(20, 8));

add('saturated-activation.sigmoid-raw-gsm-garment', 'garment-raw', gar({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.tanh-raw-chest-mm-remake', 'remake-raw', rem({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-bias-8-turnaround', 'turnaround-days', turn(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.tanh-raw-hem-cm-bench', 'bench-minutes-raw-features', hem({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60, 16));
add('saturated-activation.tanh-std-3-order', 'order-usd', val(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.adam-0.1-batch-2-turnaround', 'turnaround-days', turn(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.1), tr(10, 2));
add('lr-too-high.rmsprop-0.05-batch-1-remake', 'remake-flag', rem(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(5, 1));
add('lr-too-high.momentum-0.8-batch-8-garment', 'garment-type', gar(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.8), tr(30, 8));
add('lr-too-high.sgd-plain-3-batch-32-order', 'order-usd', val(), [d(32, 'elu'), d(1)], 'mse', sgd(0.3), tr(40));
add('lr-too-high.adam-0.05-batch-3-raw-turnaround', 'turnaround-days-raw-target', turn({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.05, {}), tr(10, 3));
add('lr-too-high.rmsprop-0.1-batch-4-hem', 'bench-minutes', hem(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.1), tr(10, 4));
add('lr-too-high.nesterov-2-batch-16-spirals', 'thread-spirals', SPIRALS, [d(64, 'tanh'), d(1, 'sigmoid')], 'bce', nest(2), tr(60, 16));

add('lr-too-low.adam-2e-6-garment', 'garment-type', gar(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000002), tr(50));
add('lr-too-low.sgd-1e-5-batch-64-turnaround', 'turnaround-days', turn(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(60, 64));
add('lr-too-low.rmsprop-1e-6-order', 'order-usd', val(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-5e-6-remake', 'remake-flag', rem(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.000005), tr(40));
add('lr-too-low.momentum-3e-6-full-batch-iris', 'iris-cloth', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.000003), tr(200, 150));

add('oscillating-loss.chest-cm-and-in-linear-sgd-batch-200', 'turnaround-days', turn({ features: ['chest_cm', 'chest_in', 'waist_cm', 'waist_in', 'fabric_m', 'fittings', 'queue_len'] }), [d(1)], 'mse', sgd(0.45), tr(120, 200));
add('oscillating-loss.momentum-0.95-lr-0.2-batch-100-linear-hem', 'bench-minutes', hem(), [d(1)], 'mse', mom(0.2, 0.95), tr(120, 100));
add('oscillating-loss.adam-0.05-batch-2-linear-order', 'order-usd', val(), [d(1)], 'mse', adam(0.05), tr(40, 2));
add('oscillating-loss.nesterov-0.99-lr-0.05-batch-250-tanh-garment', 'garment-type', gar(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.05, 0.99), tr(120, 250));
add('oscillating-loss.sgd-plain-5-batch-1-logistic-rack', 'rack-fit', INLINE_RACK, [d(1, 'sigmoid')], 'bce', sgd(5), tr(150, 1));
add('oscillating-loss.rmsprop-0.05-full-batch-tanh-remake', 'remake-flag', rem(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(150, 1100));
add('oscillating-loss.rmsprop-0.02-batch-4-linear-turnaround', 'turnaround-days', turn(), [d(1)], 'mse', rms(0.02), tr(40, 4));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-hem', 'bench-minutes', hem(), [d(1)], 'mse', sgd(1.9), tr(150, 900));
add('oscillating-loss.adam-0.1-batch-1-iris', 'iris-cloth', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(40, 1));

add('loss-plateau.hanger-tag-only-remake', 'remake-flag', rem({ features: ['hanger_tag'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.rack-no-only-garment', 'garment-type', gar({ features: ['rack_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.ticket-no-only-turnaround', 'turnaround-days', turn({ features: ['ticket_no'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-1-rmsprop-hem', 'bench-minutes', hem(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 1 }), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-order', 'order-usd', val(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- coverage: deep sigmoid/tanh and small-batch adaptive runs (filed by what they do)
add('vanishing-gradient.nine-tanh-default-sgd-turnaround', 'turnaround-days', turn(), [...tower(9, 24, 'tanh'), d(1)], 'mse', sgd(0.005), tr(40));
add('vanishing-gradient.ten-sigmoid-adam-lecun-garment', 'garment-type', gar(), [...tower(10, 24, 'sigmoid', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', adam(0.0005), tr(40));
add('vanishing-gradient.eight-sigmoid-rmsprop-xavier-normal-order', 'order-usd', val(), [...tower(8, 32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', rms(0.0002), tr(40));
add('lr-too-high.rmsprop-0.1-batch-1-raw-bench', 'bench-minutes-raw-target', hem({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.1), tr(5, 1));
add('loss-plateau.adam-0.003-batch-1-raw-order-dollars', 'order-usd-raw-target', val({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(5, 1));

// ---------------------------------------------------------------- healthy
add('ok.turnaround-adam-relu', 'turnaround-days', turn(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.turnaround-rmsprop-elu-val', 'turnaround-days', turn(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.turnaround-inches-nesterov-tanh-batch-16', 'turnaround-days', turn({ features: ['chest_in', 'waist_in', 'fabric_m', 'fittings', 'rush', 'queue_len'] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.turnaround-minmax-sgd-leaky-batch-1', 'turnaround-days', turn({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(8, 1));
add('ok.turnaround-adam-batch-2-tanh', 'turnaround-days', turn(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(8, 2));
add('ok.turnaround-four-tanh-adam-xavier', 'turnaround-days', turn(), [...tower(4, 32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.002), tr(60));
add('ok.turnaround-linear-sgd-full-batch', 'turnaround-days', turn(), [d(1)], 'mse', sgd(0.1), tr(200, 1000));
add('ok.garment-adam-relu', 'garment-type', gar(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.garment-rmsprop-tanh-dropout', 'garment-type', gar(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.garment-five-sigmoid-adam', 'garment-type', gar(), [...tower(5, 32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.garment-minmax-momentum-bn', 'garment-type', gar({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', mom(0.05), tr(60, 64));
add('ok.garment-rmsprop-batch-4-elu-decay', 'garment-type', gar(), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.003, { weightDecay: 0.0001 }), tr(15, 4));
add('ok.garment-softmax-regression-sgd', 'garment-type', gar(), [d(5, 'softmax')], 'cce', sgd(0.2), tr(80, 16));
add('ok.remake-adam-relu', 'remake-flag', rem(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.remake-logistic-nesterov', 'remake-flag', rem(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(60));
add('ok.remake-four-tanh-rmsprop-lecun', 'remake-flag', rem(), [...tower(4, 16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(50));
add('ok.remake-adam-batch-4-elu-clip', 'remake-flag', rem(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005, { clipNorm: 1 }), tr(10, 4));
add('ok.remake-cm-minmax-sgd-tanh-val', 'remake-flag', rem({ normalize: 'minmax' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.2), tr(80, 16, { validationSplit: 0.2 }));
add('ok.order-adam-elu', 'order-usd', val(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.order-rmsprop-relu-batch-128', 'order-usd', val(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 128));
add('ok.order-momentum-tanh-lecun', 'order-usd', val(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.order-minmax-target-adam-dropout', 'order-usd', val({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.order-rmsprop-batch-3-tanh', 'order-usd', val(), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(10, 3));
add('ok.order-six-sigmoid-rmsprop-xavier', 'order-usd', val(), [...tower(6, 32, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', rms(0.001), tr(80));
add('ok.hem-adam-tanh', 'bench-minutes', hem(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.hem-hours-rmsprop-relu', 'bench-hours', hem({ target: 'bench_h' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.hem-bn-dropout-deep-adam-val', 'bench-minutes', hem(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.hem-adam-batch-1-leaky', 'bench-minutes', hem(), [d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(5, 1));
add('ok.hem-three-tanh-sgd-momentum', 'bench-minutes', hem(), [...tower(3, 32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60, 16));
add('ok.iris-adam-relu', 'iris-cloth', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-batch-2-tanh', 'iris-cloth', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), tr(40, 2));
add('ok.moons-adam-relu', 'selvedge-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-8', 'selvedge-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 8));
add('ok.circles-adam-elu', 'cutting-table-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-relu-bn', 'cutting-table-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.spirals-adam-tanh-deep', 'thread-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'bolt-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'shift-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-three-tanh-adam-batch-4', 'shift-sine', SINE, [...tower(3, 16, 'tanh'), d(1)], 'mse', adam(0.005), tr(60, 4));
add('ok.xor-adam-tanh', 'two-thread-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-he-uniform', 'two-thread-xor', XOR, [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.rack-inline-adam-tanh', 'rack-fit', INLINE_RACK, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
