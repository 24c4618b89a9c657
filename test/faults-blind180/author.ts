/**
 * Writes every candidate spec of blind fault set 180 (sailmakers and ship chandlers) into
 * candidates/: `npx tsx test/faults-blind180/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 180, data, layers, loss, optimizer, training, ...extra };
}

const OF = ['loa_m', 'sail_area_m2', 'cloth_gsm', 'seam_m', 'wind_rating_kn', 'rope_mm', 'rush'];
const ord = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'order_total_eur', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['area_m2', 'cloth_gsm', 'luff_foot_ratio', 'battens', 'wind_rating_kn'];
const sail = (x: Json = {}): Json => ({ csv: '../data/sailtype.csv', target: 'sail_type', features: SF, normalize: 'standard', ...x });
const WF = ['area_m2', 'cloth_gsm', 'wind_rating_kn', 'hours_used', 'uv_strip', 'seams_per_m'];
const war = (x: Json = {}): Json => ({ csv: '../data/warranty.csv', target: 'warranty_claim', features: WF, normalize: 'standard', ...x });
const CF = ['loa_m', 'displacement_kg', 'sail_area_m2', 'wind_rating_kn', 'racing'];
const clo = (x: Json = {}): Json => ({ csv: '../data/cloth.csv', target: 'cloth_gsm', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const HF = ['rope_mm', 'boat_loa_m', 'halyard', 'season', 'price_eur_m'];
const rope = (x: Json = {}): Json => ({ csv: '../data/chandlery.csv', target: 'metres', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.2 };
const SINE = { builtin: 'sine', samples: 400, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A rigger's notebook: rope diameter (mm) and working load (kg) -> held (1) or parted (0) in the pull test.
const INLINE_PULL = {
  inline: {
    x: [[6, 200], [6, 500], [6, 900], [8, 400], [8, 900], [8, 1400], [10, 600], [10, 1300], [10, 2100], [12, 900], [12, 1800], [12, 3000], [14, 1200], [14, 2500], [14, 4000], [16, 1500], [16, 3300], [16, 5200], [6, 300], [8, 700], [10, 1000], [12, 1400], [14, 1900], [16, 2600], [10, 1700], [12, 2400], [14, 3200], [16, 4300]],
    y: [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-cloth', 'cloth-weight', clo(), [d(1)], 'mse', nest(0.3, 0.95), tr(150, 800));
add('oscillating-loss.sgd-plain-1.9-full-batch-area-ft2-orders', 'order-total', ord({ features: ['sail_area_m2', 'sail_area_ft2', 'seam_m', 'cloth_gsm'] }), [d(1)], 'mse', sgd(0.5), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-0.02-batch-300-rope', 'rope-metres', rope(), [d(8, 'elu'), d(1)], 'mse', mom(0.02, 0.99), tr(150, 300));
add('oscillating-loss.rmsprop-0.05-batch-450-linear-rope', 'rope-metres', rope(), [d(1)], 'mse', rms(0.05), tr(150, 450));
add('oscillating-loss.momentum-0.97-lr-0.5-full-batch-softmax-sail', 'sail-type', sail(), [d(5, 'softmax')], 'cce', mom(0.5, 0.97), tr(150, 1000));
add('oscillating-loss.adam-0.3-full-batch-logistic-warranty', 'warranty-claim', war(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1200));
add('oscillating-loss.sgd-plain-1.05-batch-400-linear-cloth', 'cloth-weight', clo(), [d(1)], 'mse', sgd(1.05), tr(150, 400));
add('oscillating-loss.nesterov-0.98-lr-0.1-full-batch-blobs4', 'loft-blobs', BLOBS4, [d(4, 'softmax')], 'cce', nest(0.8, 0.98), tr(150, 400));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'order-total', ord(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'sail-type', sail(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.sparse-categorical-loss', 'sail-type', sail(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', rms(0.002), tr(50));
add('invalid-spec.batch-size-zero', 'cloth-weight', clo(), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 0));
add('invalid-spec.units-as-string', 'rope-metres', rope(), [d('16' as unknown as number, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.dropout-rate-1', 'warranty-claim', war(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-cloth-gsm-orders', 'order-total-na', ord({ csv: '../data/orders-na.csv' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('data-error.boat-id-feature', 'order-total', ord({ features: ['boat_id', ...OF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.sold-at-feature-rope', 'rope-metres', rope({ features: ['sold_at', ...HF] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.gsm-column-typo-cloth', 'cloth-weight', clo({ target: 'cloth_gsm_m2' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.sail-id-feature', 'sail-type', sail({ features: ['sail_id', ...SF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('data-error.warranty-tsv-missing', 'warranty-claim', war({ csv: '../data/warranty.tsv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.sail-three-heads', 'sail-type', sail(), [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.metres-and-feet-one-output', 'rope-metres', rope({ target: ['metres', 'feet'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-two-heads', 'loft-blobs', BLOBS4, [d(16, 'tanh'), d(2, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.iris-four-heads-sgd', 'iris-demo', IRIS, [d(8, 'elu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(80, 8));

add('loss-activation-mismatch.warranty-softmax-one-unit-bce', 'warranty-claim', war(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sail-sigmoid-heads-cce', 'sail-type', sail(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-head-standardized-orders', 'order-total', ord(), [d(32, 'relu'), d(1, 'relu')], 'mse', rms(0.001), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-cloth', 'cloth-weight', clo(), [d(32, 'tanh'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-pull', 'rope-pull-test', INLINE_PULL, [d(8, 'elu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 7));

add('no-nonlinearity.circles-linear-adam-bn', 'mooring-circles', CIRCLES, [d(32, 'linear', { batchNorm: true }), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-nesterov', 'tack-xor', XOR, [d(32), d(16), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('no-nonlinearity.spirals-linear-rmsprop-dropout', 'halyard-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));
add('no-nonlinearity.sine-linear-adam', 'tide-sine', SINE, [d(64, 'linear'), d(64, 'linear'), d(1)], 'mse', adam(0.01), tr(150, 16));

add('lr-out-of-range.rmsprop-lr-3-sail', 'sail-type', sail(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(3), tr(30));
add('lr-out-of-range.nesterov-lr-50-cloth', 'cloth-weight', clo(), [d(16, 'relu'), d(1)], 'mse', nest(50), tr(30));
add('lr-out-of-range.adam-1e-8-orders', 'order-total', ord(), [d(32, 'relu'), d(1)], 'mse', adam(1e-8), tr(40));
add('lr-out-of-range.sgd-lr-percent-typo-warranty', 'warranty-claim', war(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(10), tr(30));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-sail', 'sail-type', sail(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(50));
add('init-symmetry.zeros-sigmoid-sgd-cloth', 'cloth-weight', clo(), [d(32, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', sgd(0.05), tr(60, 16));
add('init-symmetry.constant-0.5-tanh-adam-moons', 'wind-shift-moons', MOONS, [d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', adam(0.01), tr(100));
add('init-symmetry.zeros-elu-momentum-rope', 'rope-metres', rope(), [d(24, 'elu', { init: 'zeros' }), d(24, 'elu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(60));

add('init-scale.normal-std-10-sigmoid-warranty', 'warranty-claim', war(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.001), tr(40));
add('init-scale.uniform-5-tanh-sail', 'sail-type', sail(), [d(64, 'tanh', init('uniform', { limit: 5 })), d(64, 'tanh', init('uniform', { limit: 5 })), d(5, 'softmax', init('uniform', { limit: 5 }))], 'cce', sgd(0.01), tr(50));
add('init-scale.normal-1e-3-six-relu-orders', 'order-total', ord(), [...tower(6, 32, 'relu', init('normal', { std: 0.001 })), d(1, 'linear', init('normal', { std: 0.001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-4-elu-cloth', 'cloth-weight', clo(), [d(64, 'elu', init('normal', { std: 4 })), d(64, 'elu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', nest(0.001), tr(60));

add('dead-relu.bias-minus-8-adam-orders', 'order-total', ord(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.002), tr(60));
add('dead-relu.bias-minus-4-three-layer-sgd-sail', 'sail-type', sail(), [...tower(3, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('dead-relu.nesterov-0.8-batch-2-cloth', 'cloth-weight', clo(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.8), tr(10, 2));
add('dead-relu.adam-0.05-batch-4-rope', 'rope-metres', rope(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.05), tr(20, 4));
add('dead-relu.bias-minus-6-he-uniform-spirals', 'halyard-spirals', SPIRALS, [d(64, 'relu', { init: 'he_uniform', bias: -6 }), d(64, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120));

add('exploding-gradient.raw-order-euros-target-nesterov', 'order-total-raw-target', ord({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0001), tr(30));
add('exploding-gradient.raw-displacement-kg-adam', 'cloth-weight-raw', clo({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-hours-used-sgd-warranty', 'warranty-claim-raw', war({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(30));
add('exploding-gradient.ten-elu-std-0.8-rope', 'rope-metres', rope(), [...tower(10, 32, 'elu', init('normal', { std: 0.8 })), d(1)], 'mse', rms(0.0005), tr(30));
add('exploding-gradient.raw-gsm-target-rmsprop', 'cloth-weight-raw-target', clo({ normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-momentum-orders', 'order-total', ord(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.ten-tanh-std-0.02-circles', 'mooring-circles', CIRCLES, [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100));
add('vanishing-gradient.nine-sigmoid-sgd-sail', 'sail-type', sail(), [...tower(9, 24, 'sigmoid', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', sgd(0.1), tr(50));
add('vanishing-gradient.twelve-sigmoid-rmsprop-xor', 'tack-xor', XOR, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0003), tr(100));

add('nan-loss.rmsprop-5-batch-1-cloth', 'cloth-weight', clo(), [d(16, 'elu'), d(1)], 'mse', rms(5), tr(5, 1));
add('nan-loss.raw-order-target-sgd-full-batch', 'order-total-raw-target', ord({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(20, 1000));
add('nan-loss.nesterov-2-batch-1-rope', 'rope-metres', rope(), [d(32, 'relu'), d(1)], 'mse', nest(2), tr(5, 1));
add('nan-loss.constant-3-tanh-linear-deep-orders', 'order-total', ord(), [...tower(3, 64, 'linear', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', sgd(0.01), tr(20));
add('nan-loss.raw-ft2-sgd-momentum-orders', 'order-total-raw', ord({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.01), tr(20));

add('saturated-activation.tanh-raw-displacement-cloth', 'cloth-weight-raw', clo({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-hours-warranty', 'warranty-claim-raw', war({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.sigmoid-bias-8-sail', 'sail-type', sail(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('saturated-activation.tanh-raw-area-ft2-orders', 'order-total-raw-features', ord({ normalize: 'none', features: ['sail_area_ft2', 'cloth_gsm', 'seam_m', 'rope_mm'] }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-std-3-sine', 'tide-sine', SINE, [d(64, 'tanh', init('normal', { std: 3 })), d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(100));

add('lr-too-high.rmsprop-0.2-batch-16-sail', 'sail-type', sail(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.2), tr(40, 16));
add('lr-too-high.sgd-plain-2-batch-4-orders', 'order-total', ord(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.6), tr(20, 4));
add('lr-too-high.adam-0.3-batch-2-cloth', 'cloth-weight', clo(), [d(32, 'elu'), d(1)], 'mse', adam(0.3), tr(10, 2));
add('lr-too-high.momentum-0.5-batch-8-warranty', 'warranty-claim', war(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.5), tr(30, 8));
add('lr-too-high.nesterov-0.5-batch-4-moons', 'wind-shift-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.5), tr(40, 4));
add('lr-too-high.adam-0.1-batch-1-iris', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.1), tr(20, 1));

add('lr-too-low.adam-3e-6-sail', 'sail-type', sail(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000003), tr(50));
add('lr-too-low.sgd-plain-1e-5-cloth', 'cloth-weight', clo(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.rmsprop-1e-6-orders', 'order-total', ord(), [d(32, 'relu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-5e-6-full-batch-circles', 'mooring-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.000005), tr(200, 300));
add('lr-too-low.nesterov-1e-5-batch-8-rope', 'rope-metres', rope(), [d(16, 'elu'), d(1)], 'mse', nest(0.00001), tr(40, 8));

add('loss-plateau.thread-lot-only-warranty', 'warranty-claim', war({ features: ['thread_lot'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.loft-bench-only-sail', 'sail-type', sail({ features: ['loft_bench'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.till-only-rope', 'rope-metres', rope({ features: ['till'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-cloth', 'cloth-weight', clo(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-orders', 'order-total', ord(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.clipnorm-1e-5-adam-sail', 'sail-type', sail(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.01, 0.9, { clipNorm: 0.00001 }), tr(50));

// ---------------------------------------------------------------- healthy
add('ok.orders-adam-relu', 'order-total', ord(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-rmsprop-elu-val', 'order-total', ord(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(80, 32, { validationSplit: 0.2 }));
add('ok.orders-nesterov-tanh-batch-16', 'order-total', ord(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.orders-ft2-adam-bn-batch-100', 'order-total', ord({ features: ['loa_m', 'sail_area_ft2', 'cloth_gsm', 'seam_m', 'wind_rating_kn', 'rope_mm', 'rush'] }), [d(48, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(100, 100));
add('ok.orders-minmax-leaky-sgd-batch-1', 'order-total', ord({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(8, 1));
add('ok.orders-momentum-sigmoid-decay', 'order-total', ord(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(100));
add('ok.sail-adam-relu', 'sail-type', sail(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.sail-rmsprop-tanh-dropout', 'sail-type', sail(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.sail-nesterov-elu-batch-8', 'sail-type', sail(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(40, 8));
add('ok.sail-minmax-adam-bn-clip', 'sail-type', sail({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005, { clipNorm: 1 }), tr(60, 64));
add('ok.sail-softmax-regression-sgd-full-batch', 'sail-type', sail(), [d(5, 'softmax')], 'cce', sgd(0.5), tr(200, 1000));
add('ok.sail-momentum-sigmoid-xavier-normal', 'sail-type', sail(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', mom(0.05), tr(80));
add('ok.warranty-adam-relu', 'warranty-claim', war(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.warranty-logistic-nesterov', 'warranty-claim', war(), [d(1, 'sigmoid')], 'bce', nest(0.05), tr(80));
add('ok.warranty-rmsprop-tanh-batch-64-val', 'warranty-claim', war(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 64, { validationSplit: 0.2 }));
add('ok.cloth-adam-elu', 'cloth-weight', clo(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.cloth-rmsprop-relu-batch-200', 'cloth-weight', clo(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 200));
add('ok.cloth-linear-sgd-full-batch', 'cloth-weight', clo(), [d(1)], 'mse', sgd(0.1), tr(200, 800));
add('ok.cloth-minmax-target-adam-dropout', 'cloth-weight', clo({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.cloth-momentum-tanh-lecun', 'cloth-weight', clo(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.rope-adam-tanh', 'rope-metres', rope(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.rope-feet-rmsprop-relu', 'rope-metres', rope({ target: 'feet' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.rope-sgd-plain-elu-batch-4', 'rope-metres', rope(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(15, 4));
add('ok.rope-adam-bn-dropout-deep', 'rope-metres', rope(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64));
add('ok.rope-nesterov-leaky-decay', 'rope-metres', rope(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(200, 150));
add('ok.moons-adam-relu', 'wind-shift-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-momentum-tanh-batch-8', 'wind-shift-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 8));
add('ok.circles-rmsprop-elu', 'mooring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-nesterov-relu-bn', 'mooring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-tanh-deep', 'halyard-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'loft-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'tide-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'tide-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 400));
add('ok.xor-adam-tanh', 'tack-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-nesterov-leaky-he-uniform', 'tack-xor', XOR, [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.pull-inline-adam-tanh', 'rope-pull-test', INLINE_PULL, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 28));
add('ok.pull-inline-rmsprop-relu-batch-4', 'rope-pull-test', INLINE_PULL, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200, 4));
add('ok.orders-adam-he-normal-leaky-clip', 'order-total', ord(), [d(64, 'leaky_relu', { init: 'he_normal' }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.warranty-minmax-adam-elu-decay', 'warranty-claim', war({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { weightDecay: 0.0001 }), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
