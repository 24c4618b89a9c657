/**
 * Writes every candidate spec of blind fault set 182 (sign makers and neon workshops) into
 * candidates/: `npx tsx test/faults-blind182/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 182, data, layers, loss, optimizer, training, ...extra };
}

const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const IF = ['letter_height_cm', 'letters', 'tube_length_m', 'storey', 'crew', 'outdoor'];
const inst = (x: Json = {}): Json => ({ csv: '../data/install.csv', target: 'install_min', features: IF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const KF = ['letter_height_cm', 'transformer_v', 'face_area_m2', 'weight_kg', 'led_count'];
const kind = (x: Json = {}): Json => ({ csv: '../data/kind.csv', target: 'sign_kind', features: KF, normalize: 'standard', ...x });
const NF = ['transformer_v', 'tube_length_m', 'gto_cable_m', 'transformer_age_y', 'outdoor', 'gfi_protected'];
const insp = (x: Json = {}): Json => ({ csv: '../data/inspection.csv', target: 'failed', features: NF, normalize: 'standard', ...x });
const PF = ['vinyl_area_m2', 'tube_length_m', 'colors', 'rush', 'install_min'];
const price = (x: Json = {}): Json => ({ csv: '../data/price.csv', target: 'price_eur', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['area_m2', 'glyphs', 'font_pt', 'color_layers', 'reflective'];
const cut = (x: Json = {}): Json => ({ csv: '../data/cutting.csv', target: 'cut_s', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A neon bender's notebook: tube length (m) and transformer (kV) -> tube lit evenly (1) or flickered (0).
const INLINE_TUBE = {
  inline: {
    x: [[1, 3], [2, 4], [3, 6], [4, 7], [5, 9], [6, 9], [7, 12], [8, 12], [2, 2], [4, 3], [6, 4], [8, 6], [9, 7], [10, 8], [3, 5], [5, 6], [7, 8], [9, 11], [1.5, 2], [6, 12], [10, 15], [11, 9], [12, 10], [4, 8]],
    y: [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-install', 'install-minutes', inst(), [d(1)], 'mse', nest(0.3, 0.95), tr(150, 950));
add('oscillating-loss.momentum-0.97-lr-0.05-batch-200-price', 'price-eur', price(), [d(16, 'elu'), d(1)], 'mse', mom(0.05, 0.97), tr(120, 200));
add('oscillating-loss.sgd-1.9-full-batch-linear-cutting', 'cut-seconds', cut(), [d(1)], 'mse', sgd(1.9), tr(150, 880));
add('oscillating-loss.adam-0.3-full-batch-logistic-inspection', 'failed-inspection', insp(), [d(1, 'sigmoid')], 'bce', adam(0.3), tr(150, 1200));
add('oscillating-loss.rmsprop-0.05-batch-500-tanh-kind', 'sign-kind', kind(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.05), tr(120, 500));
add('oscillating-loss.tube-m-and-cm-sgd-full-batch', 'install-minutes', inst({ normalize: 'none', features: ['tube_length_m', 'tube_length_cm', 'storey'] }), [d(1)], 'mse', sgd(0.0000015), tr(150, 950));
add('oscillating-loss.momentum-0.99-lr-0.5-inline-tube', 'tube-flicker', INLINE_TUBE, [d(1, 'sigmoid')], 'bce', mom(0.5, 0.99), tr(200, 24));
add('oscillating-loss.adam-0.08-full-batch-sine-relu', 'dimmer-sine', SINE, [d(32, 'relu'), d(1)], 'mse', adam(0.08), tr(250, 250));
add('oscillating-loss.nesterov-0.9-lr-0.8-batch-100-blobs', 'shop-blobs', BLOBS4, [d(4, 'softmax')], 'cce', nest(0.8, 0.9), tr(100, 100));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'install-minutes', inst(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'sign-kind', kind(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-price', 'price-eur', price(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.units-zero', 'failed-inspection', insp(), [d(0, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batchnorm-layer-type', 'cut-seconds', cut(), [d(32), { type: 'batchnorm' }, d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.learning-rate-key', 'tube-flicker', INLINE_TUBE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', learning_rate: 0.01 }, tr(200, 8));

add('data-error.na-tube-length', 'install-minutes-na', inst({ csv: '../data/install-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.client-id-feature', 'install-minutes', inst({ features: ['client_id', ...IF] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.ordered-at-feature', 'install-minutes', inst({ features: ['ordered_at', ...IF] }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('data-error.plotter-feature-cutting', 'cut-seconds', cut({ features: ['plotter', ...CF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('data-error.target-price-typo', 'price-eur', price({ target: 'price_euro' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-ods-file', 'sign-kind', kind({ csv: '../data/kind.ods' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

add('shape-mismatch.kind-four-heads-no-monument', 'sign-kind', kind(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.cut-seconds-and-hours-one-output', 'cut-time', cut({ target: ['cut_s', 'cut_h'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.moons-two-softmax-bce', 'yard-moons', MOONS, [d(16, 'relu'), d(2, 'softmax')], 'bce', adam(0.01), tr(80));
add('shape-mismatch.inspection-two-sigmoid-heads', 'failed-inspection', insp(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('shape-mismatch.iris-one-head-cce', 'iris-demo', IRIS, [d(16, 'tanh'), d(1, 'softmax')], 'cce', adam(0.01), tr(80, 16));

add('loss-activation-mismatch.kind-sigmoid-head-cce', 'sign-kind', kind(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.softmax-one-unit-bce-inspection', 'failed-inspection', insp(), [d(16, 'tanh'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-install', 'install-minutes', inst(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-xor', 'double-switch-xor', XOR, [d(16, 'relu'), d(1, 'tanh')], 'bce', rms(0.005), tr(100, 16));
add('loss-activation-mismatch.sigmoid-head-standardized-price', 'price-eur', price(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-four-linear-adam', 'lamp-ring-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.spirals-linear-dropout-rmsprop', 'tube-spirals', SPIRALS, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150, 16));
add('no-nonlinearity.xor-linear-sgd-batch-1', 'double-switch-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', sgd(0.02), tr(40, 1));
add('no-nonlinearity.sine-linear-hidden-nesterov', 'dimmer-sine', SINE, [d(32), d(32), d(1)], 'mse', nest(0.01), tr(200, 16));

add('lr-out-of-range.rmsprop-lr-3-kind', 'sign-kind', kind(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(3), tr(30));
add('lr-out-of-range.adam-1e-8-cutting', 'cut-seconds', cut(), [d(32, 'elu'), d(1)], 'mse', adam(1e-8), tr(60));
add('lr-out-of-range.nesterov-lr-25-install', 'install-minutes', inst(), [d(16, 'tanh'), d(1)], 'mse', nest(25), tr(20));
add('lr-out-of-range.sgd-negative-inspection', 'failed-inspection', insp(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.constant-0.5-sigmoid-nesterov-kind', 'sign-kind', kind(), [d(32, 'sigmoid', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', nest(0.05), tr(50));
add('init-symmetry.zeros-relu-adam-install', 'install-minutes', inst(), [d(64, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.2-tanh-rmsprop-moons', 'yard-moons', MOONS, [d(16, 'tanh', init('constant', { value: 0.2 })), d(16, 'tanh', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', rms(0.003), tr(100));
add('init-symmetry.zeros-elu-sgd-batch-4-cutting', 'cut-seconds', cut(), [d(32, 'elu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', sgd(0.01), tr(20, 4));

add('init-scale.normal-std-10-sigmoid-kind', 'sign-kind', kind(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', rms(0.001), tr(40));
add('init-scale.uniform-4-elu-deep-price', 'price-eur', price(), [...tower(4, 64, 'elu', init('uniform', { limit: 4 })), d(1, 'linear', init('uniform', { limit: 4 }))], 'mse', adam(0.001), tr(50));
add('init-scale.normal-1e-5-six-relu-spirals', 'tube-spirals', SPIRALS, [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'sigmoid', init('normal', { std: 0.00001 }))], 'bce', adam(0.003), tr(100));
add('init-scale.uniform-1e-3-tanh-momentum-install', 'install-minutes', inst(), [...tower(5, 48, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'linear', init('uniform', { limit: 0.001 }))], 'mse', mom(0.01), tr(60));
add('init-scale.normal-std-2-relu-sgd-blobs', 'shop-blobs', BLOBS4, [...tower(3, 64, 'relu', init('normal', { std: 2 })), d(4, 'softmax', init('normal', { std: 2 }))], 'cce', sgd(0.01), tr(60));

add('dead-relu.bias-minus-8-nesterov-kind', 'sign-kind', kind(), [d(64, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('dead-relu.adam-0.5-batch-16-deep-install', 'install-minutes', inst(), [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(30, 16));
add('dead-relu.bias-minus-2-four-layer-spirals-bn-off', 'tube-spirals', SPIRALS, [...tower(4, 32, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(100));
add('dead-relu.sgd-0.8-batch-1-cutting', 'cut-seconds', cut(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.8), tr(5, 1));
add('dead-relu.bias-minus-4-momentum-price', 'price-eur', price(), [d(48, 'relu', { bias: -4 }), d(48, 'relu', { bias: -4 }), d(1)], 'mse', mom(0.01), tr(60));

add('exploding-gradient.raw-price-euros-sgd-momentum', 'price-eur-raw-target', price({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.raw-transformer-volts-adam', 'sign-kind-raw', kind({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(30));
add('exploding-gradient.raw-cut-seconds-adam', 'cut-seconds-raw-target', cut({ normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.ten-leaky-he-std-0.8-install', 'install-minutes', inst(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.8 })), d(1)], 'mse', rms(0.0001), tr(30));
add('exploding-gradient.raw-volts-inspection-rmsprop', 'failed-inspection-raw', insp({ normalize: 'none' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(30, 64));

add('vanishing-gradient.eight-sigmoid-adam-kind', 'sign-kind', kind(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.0005), tr(50));
add('vanishing-gradient.ten-tanh-std-0.02-nesterov-install', 'install-minutes', inst(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(1)], 'mse', nest(0.01), tr(50));
add('vanishing-gradient.six-sigmoid-sgd-circles', 'lamp-ring-circles', CIRCLES, [...tower(6, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));
add('vanishing-gradient.nine-sigmoid-rmsprop-cutting', 'cut-seconds', cut(), [...tower(9, 24, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', rms(0.0005), tr(60));

add('nan-loss.raw-price-target-adam-1', 'price-eur-raw-target', price({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(20));
add('nan-loss.rmsprop-5-batch-8-install', 'install-minutes', inst(), [d(32, 'tanh'), d(1)], 'mse', rms(5), tr(20, 8));
add('nan-loss.raw-tube-cm-nesterov-full-batch', 'install-minutes-raw', inst({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(20, 950));
add('nan-loss.constant-1.5-elu-deep-sgd-cutting', 'cut-seconds', cut(), [...tower(5, 64, 'elu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', sgd(0.05), tr(20));
add('nan-loss.momentum-lr-2-sine-batch-1', 'dimmer-sine', SINE, [d(32, 'relu'), d(1)], 'mse', mom(2), tr(10, 1));

add('saturated-activation.tanh-raw-volts-kind', 'sign-kind-raw', kind({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.sigmoid-raw-permit-inspection', 'failed-inspection-raw', insp({ normalize: 'none', features: ['transformer_v', 'tube_length_m', 'gto_cable_m', 'permit_no'] }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.sigmoid-bias-8-install', 'install-minutes', inst(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-font-pt-cutting', 'cut-seconds-raw-features', cut({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60, 16));
add('saturated-activation.tanh-std-4-price', 'price-eur', price(), [d(64, 'tanh', init('normal', { std: 4 })), d(1)], 'mse', rms(0.001), tr(60));

add('lr-too-high.rmsprop-0.5-batch-32-kind', 'sign-kind', kind(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.5), tr(40));
add('lr-too-high.sgd-plain-2-batch-8-install', 'install-minutes', inst(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.6), tr(30, 8));
add('lr-too-high.adam-0.1-batch-2-price', 'price-eur', price(), [d(32, 'elu'), d(1)], 'mse', adam(0.1), tr(10, 2));
add('lr-too-high.nesterov-0.5-batch-4-inspection', 'failed-inspection', insp(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.5), tr(20, 4));
add('lr-too-high.momentum-3-circles-sigmoid', 'lamp-ring-circles', CIRCLES, [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(3), tr(80, 16));
add('lr-too-high.adam-0.05-batch-1-iris', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.05), tr(15, 1));

add('lr-too-low.adam-3e-6-kind', 'sign-kind', kind(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000003), tr(50));
add('lr-too-low.sgd-plain-1e-5-install', 'install-minutes', inst(), [d(32, 'elu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.rmsprop-1e-6-price-full-batch', 'price-eur', price(), [d(32, 'relu'), d(1)], 'mse', rms(0.000001), tr(100, 800));
add('lr-too-low.momentum-1e-6-spirals', 'tube-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.000001), tr(150));
add('lr-too-low.nesterov-5e-6-batch-16-cutting', 'cut-seconds', cut(), [d(16, 'tanh'), d(1)], 'mse', nest(0.000005), tr(40, 16));

add('loss-plateau.permit-only-inspection', 'failed-inspection', insp({ features: ['permit_no'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.bench-only-kind', 'sign-kind', kind({ features: ['bench'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.weight-decay-5-rmsprop-cutting', 'cut-seconds', cut(), [d(32, 'elu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-install', 'install-minutes', inst(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.clipnorm-1e-5-adam-price', 'price-eur', price(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.00001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.install-adam-relu', 'install-minutes', inst(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.install-rmsprop-elu-val', 'install-minutes', inst(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.install-nesterov-tanh-batch-8', 'install-minutes', inst(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(40, 8));
add('ok.install-minmax-sgd-leaky-batch-1', 'install-minutes', inst({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.install-cm-adam-bn-batch-128', 'install-minutes', inst({ features: ['letter_height_cm', 'letters', 'tube_length_cm', 'storey', 'crew', 'outdoor'] }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.install-linear-momentum-full-batch', 'install-minutes', inst(), [d(1)], 'mse', mom(0.05), tr(200, 950));
add('ok.kind-adam-relu', 'sign-kind', kind(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.kind-rmsprop-tanh-dropout', 'sign-kind', kind(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.kind-sgd-plain-elu-batch-16', 'sign-kind', kind(), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(0.1), tr(50, 16));
add('ok.kind-minmax-adam-bn-batch-64', 'sign-kind', kind({ normalize: 'minmax' }), [d(48, 'leaky_relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.kind-softmax-regression-nesterov-val', 'sign-kind', kind(), [d(5, 'softmax')], 'cce', nest(0.05), tr(80, 32, { validationSplit: 0.15 }));
add('ok.kind-momentum-sigmoid-decay', 'sign-kind', kind(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.inspection-adam-relu', 'failed-inspection', insp(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.inspection-logistic-sgd-batch-16', 'failed-inspection', insp(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 16));
add('ok.inspection-rmsprop-tanh-clip', 'failed-inspection', insp(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.inspection-minmax-nesterov-elu-batch-64', 'failed-inspection', insp({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 64));
add('ok.price-adam-elu', 'price-eur', price(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.price-rmsprop-relu-batch-256', 'price-eur', price(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.price-momentum-tanh-lecun', 'price-eur', price(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.price-minmax-target-adam-dropout', 'price-eur', price({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.price-nesterov-leaky-batch-4', 'price-eur', price(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', nest(0.005), tr(20, 4));
add('ok.cut-adam-tanh', 'cut-seconds', cut(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.cut-hours-rmsprop-relu', 'cut-time', cut({ target: 'cut_h' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.cut-sgd-plain-elu-batch-2', 'cut-seconds', cut(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.cut-adam-bn-dropout-deep-val', 'cut-seconds', cut(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.cut-nesterov-relu-decay', 'cut-seconds', cut(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(200, 150));
add('ok.moons-adam-relu', 'yard-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-8', 'yard-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 8));
add('ok.circles-adam-elu', 'lamp-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-rmsprop-leaky-bn', 'lamp-ring-circles', CIRCLES, [d(32, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.spirals-adam-tanh-deep', 'tube-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'shop-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'dimmer-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'dimmer-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 250));
add('ok.xor-adam-tanh', 'double-switch-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-relu-xavier-uniform', 'double-switch-xor', XOR, [d(16, 'relu', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.tube-inline-adam-tanh', 'tube-flicker', INLINE_TUBE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.tube-inline-logistic-sgd-batch-1', 'tube-flicker', INLINE_TUBE, [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 1));
add('ok.install-adam-leaky-clip', 'install-minutes', inst(), [d(64, 'leaky_relu'), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.price-sgd-plain-sigmoid-full-batch', 'price-eur', price(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.5), tr(300, 800));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
