/**
 * Writes every candidate spec of blind fault set 140 (funeral homes and cemeteries) into candidates/:
 * `npx tsx test/faults-blind140/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 140, data, layers, loss, optimizer, training, ...extra };
}

const AF = ['age_at_death', 'family_size', 'obituary_views', 'days_to_service', 'church', 'weekend', 'livestream'];
const att = (x: Json = {}): Json => ({ csv: '../data/attendance.csv', target: 'attendance', features: AF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['age_at_death', 'casket_kg', 'plot_price_usd', 'urn', 'embalming', 'flights'];
const svc = (x: Json = {}): Json => ({ csv: '../data/service.csv', target: 'service_type', features: SF, normalize: 'standard', ...x });
const CF = ['wait_min', 'days_to_service', 'staff_on_duty', 'invoice_usd', 'hearse_late', 'name_misspelt'];
const cmp = (x: Json = {}): Json => ({ csv: '../data/complaint.csv', target: 'complaint', features: CF, normalize: 'standard', ...x });
const PF = ['area_m2', 'distance_to_gate_m', 'shade', 'depth_slots', 'year_sold'];
const plot = (x: Json = {}): Json => ({ csv: '../data/plots.csv', target: 'price_usd', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const IF = ['casket_kg', 'limousines', 'flowers_usd', 'embalming', 'viewing_hours'];
const inv = (x: Json = {}): Json => ({ csv: '../data/invoice.csv', target: 'total_usd', features: IF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.04 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A sexton's notebook: grave depth dug (m) and soil moisture (%) -> shoring needed (1) or not (0).
const INLINE_SHORING = {
  inline: {
    x: [[1.2, 10], [1.5, 12], [1.8, 15], [2.0, 30], [2.2, 35], [1.0, 40], [1.4, 45], [1.9, 50], [2.4, 20], [2.6, 18], [1.1, 22], [1.3, 28],
      [1.7, 33], [2.1, 42], [2.5, 48], [0.9, 15], [1.6, 38], [2.3, 26], [1.8, 44], [1.2, 52], [2.7, 12], [1.5, 20], [2.0, 47], [1.0, 30]],
    y: [0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0],
  },
  normalize: 'minmax',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'attendance', att(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'service-type', svc(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.mae-loss-plots', 'plot-price', plot(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.sparse-cce-loss', 'service-type', svc(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', rms(0.002), tr(40));
add('invalid-spec.batch-size-zero', 'complaint-flag', cmp(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(40, 0));
add('invalid-spec.lstm-layer', 'invoice-total', inv(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-obituary-views', 'attendance-na', att({ csv: '../data/attendance-na.csv' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.branch-id-feature', 'attendance', att({ features: ['branch_id', ...AF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.booked-at-feature', 'attendance', att({ features: ['booked_at', ...AF] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.plot-ref-feature', 'plot-price', plot({ features: ['plot_ref', ...PF] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.target-total-not-total-usd', 'invoice-total', inv({ target: 'total' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-2024-export', 'complaint-flag', cmp({ csv: '../data/complaints_2024.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.service-three-heads', 'service-type', svc(), [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(40));
add('shape-mismatch.complaint-two-sigmoid-logits', 'complaint-flag', cmp(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.usd-and-cents-one-output', 'invoice-total', inv({ target: ['total_usd', 'total_cents'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.attendance-two-outputs', 'attendance', att(), [d(32, 'elu'), d(2)], 'mse', nest(0.01), tr(60));
add('shape-mismatch.spirals3-two-heads', 'three-path-spirals', SPIRALS3, [d(32, 'tanh'), d(2, 'softmax')], 'cce', adam(0.01), tr(60));

add('loss-activation-mismatch.single-softmax-bce-complaint', 'complaint-flag', cmp(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-attendance', 'attendance', att(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-moons', 'garden-moons', MOONS, [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.005), tr(80));
add('loss-activation-mismatch.sigmoid-head-standardized-plots', 'plot-price', plot(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', mom(0.02), tr(60));
add('loss-activation-mismatch.linear-head-bce-shoring', 'grave-shoring', INLINE_SHORING, [d(8, 'tanh'), d(1)], 'bce', rms(0.01), tr(200, 8));

add('no-nonlinearity.xor-linear-momentum', 'two-row-xor', XOR, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(120, 16));
add('no-nonlinearity.circles-linear-dropout-adam', 'ring-circles', CIRCLES, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('no-nonlinearity.spirals3-linear-rmsprop', 'three-path-spirals', SPIRALS3, [d(48), d(48), d(3, 'softmax')], 'cce', rms(0.003), tr(100));
add('no-nonlinearity.moons-linear-nesterov-full-batch', 'garden-moons', MOONS, [d(16, 'linear', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', nest(0.5), tr(200, 400));

add('lr-out-of-range.sgd-lr-40-service', 'service-type', svc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(40), tr(30));
add('lr-out-of-range.adam-1e-10-attendance', 'attendance', att(), [d(32, 'elu'), d(1)], 'mse', adam(1e-10), tr(60));
add('lr-out-of-range.rmsprop-15-complaint', 'complaint-flag', cmp(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(15), tr(30));
add('lr-out-of-range.momentum-3e-9-full-batch-plots', 'plot-price', plot(), [d(16, 'relu'), d(1)], 'mse', mom(3e-9, 0.9), tr(100, 800));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-relu-momentum-circles', 'ring-circles', CIRCLES, [d(32, 'relu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05), tr(120));
add('init-symmetry.constant-0.3-tanh-spirals3', 'three-path-spirals', SPIRALS3, [d(64, 'tanh', init('constant', { value: 0.3 })), d(64, 'tanh', init('constant', { value: 0.3 })), d(3, 'softmax', init('constant', { value: 0.3 }))], 'cce', adam(0.005), tr(120));
add('init-symmetry.zeros-sigmoid-rmsprop-xor', 'two-row-xor', XOR, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.005), tr(120));
add('init-symmetry.constant-0.05-elu-sgd-moons', 'garden-moons', MOONS, [d(32, 'elu', init('constant', { value: 0.05 })), d(32, 'elu', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', sgd(0.1), tr(120, 16));
add('init-symmetry.zeros-tanh-nesterov-service', 'service-type', svc(), [d(32, 'tanh', { init: 'zeros' }), d(32, 'tanh', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', nest(0.02), tr(40));

add('init-scale.normal-std-1-wide-relu-invoice', 'invoice-total', inv(), [d(256, 'relu', init('normal', { std: 1 })), d(256, 'relu', init('normal', { std: 1 })), d(1, 'linear', init('normal', { std: 1 }))], 'mse', adam(0.001), tr(40));
add('init-scale.uniform-6-sigmoid-complaint', 'complaint-flag', cmp(), [d(32, 'sigmoid', init('uniform', { limit: 6 })), d(32, 'sigmoid', init('uniform', { limit: 6 })), d(1, 'sigmoid', init('uniform', { limit: 6 }))], 'bce', nest(0.01), tr(40));
add('init-scale.normal-1e-3-six-relu-attendance', 'attendance', att(), [...tower(6, 32, 'relu', init('normal', { std: 0.001 })), d(1, 'linear', init('normal', { std: 0.001 }))], 'mse', sgd(0.01), tr(60));
add('init-scale.normal-std-4-tanh-service', 'service-type', svc(), [d(64, 'tanh', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', sgd(0.05), tr(40));
add('init-scale.uniform-1e-5-leaky-spirals', 'three-path-spirals', SPIRALS3, [...tower(5, 32, 'leaky_relu', init('uniform', { limit: 0.00001 })), d(3, 'softmax', init('uniform', { limit: 0.00001 }))], 'cce', mom(0.02), tr(80));

add('dead-relu.bias-minus-8-nesterov-plots', 'plot-price', plot(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.bias-minus-2-three-layer-moons', 'garden-moons', MOONS, [...tower(3, 16, 'relu', { bias: -2, init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(100));
add('dead-relu.adam-0.5-batch-16-deep-attendance', 'attendance', att(), [...tower(4, 32, 'relu'), d(1)], 'mse', adam(0.5), tr(30, 16));
add('dead-relu.bias-minus-6-bn-off-rmsprop-service', 'service-type', svc(), [d(128, 'relu', { bias: -6 }), d(64, 'relu', { bias: -6 }), d(5, 'softmax')], 'cce', rms(0.001), tr(40));
add('dead-relu.sgd-2-batch-4-invoice', 'invoice-total', inv(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(2), tr(10, 4));

add('exploding-gradient.raw-cents-target-adam', 'invoice-total-cents', inv({ target: 'total_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-obituary-views-momentum', 'attendance-raw-features', att({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0001), tr(40));
add('exploding-gradient.fifteen-relu-std-0.5-plots', 'plot-price', plot(), [...tower(15, 24, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', sgd(0.00001), tr(30));
add('exploding-gradient.raw-plot-usd-features-service', 'service-type-raw', svc({ normalize: 'none' }), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.001), tr(40));
add('exploding-gradient.raw-price-target-nesterov', 'plot-price-raw-target', plot({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', nest(0.0000001), tr(40));

add('vanishing-gradient.twelve-sigmoid-nesterov-complaint', 'complaint-flag', cmp(), [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('vanishing-gradient.eight-sigmoid-narrow-sgd-circles', 'ring-circles', CIRCLES, [...tower(8, 8, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));
add('vanishing-gradient.ten-tanh-std-0.08-attendance', 'attendance', att(), [...tower(10, 32, 'tanh', init('normal', { std: 0.08 })), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.nine-sigmoid-rmsprop-spirals3', 'three-path-spirals', SPIRALS3, [...tower(9, 24, 'sigmoid'), d(3, 'softmax')], 'cce', rms(0.0005), tr(80));

add('nan-loss.sgd-5-batch-1-plots', 'plot-price', plot(), [d(16, 'tanh'), d(1)], 'mse', sgd(5), tr(5, 1));
add('nan-loss.raw-cents-target-sgd', 'invoice-total-cents', inv({ target: 'total_cents', normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.nesterov-1.5-full-batch-attendance', 'attendance', att(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(1.5), tr(50, 960));
add('nan-loss.constant-1.5-relu-deep-invoice', 'invoice-total', inv(), [...tower(5, 48, 'relu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', mom(0.01), tr(20));
add('nan-loss.raw-features-momentum-0.1-plots', 'plot-price-raw', plot({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.1), tr(20, 64));

add('saturated-activation.sigmoid-raw-plot-usd-service', 'service-type-raw', svc({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-flowers-invoice', 'invoice-total-raw-features', inv({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-bias-8-attendance', 'attendance', att(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', nest(0.01), tr(60));
add('saturated-activation.tanh-raw-invoice-usd-complaint', 'complaint-raw', cmp({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-raw-gate-metres-plots', 'plot-price-raw-features', plot({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));

// ---------------------------------------------------------------- training faults
add('lr-too-high.sgd-plain-2-batch-8-service', 'service-type', svc(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(2), tr(30, 8));
add('lr-too-high.rmsprop-0.3-batch-32-complaint', 'complaint-flag', cmp(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.3), tr(30));
add('lr-too-high.nesterov-0.8-batch-16-plots', 'plot-price', plot(), [d(32, 'elu'), d(1)], 'mse', nest(0.8), tr(30, 16));
add('lr-too-high.adam-1-batch-64-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(1), tr(60, 64));
add('lr-too-high.momentum-0.99-lr-0.3-full-batch-invoice', 'invoice-total', inv(), [d(16, 'tanh'), d(1)], 'mse', mom(0.3, 0.99), tr(100, 900));
add('lr-too-high.adam-0.05-batch-2-attendance', 'attendance', att(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.05), tr(8, 2));

add('lr-too-low.adam-1e-7-service', 'service-type', svc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-7), tr(40));
add('lr-too-low.sgd-plain-1e-5-full-batch-attendance', 'attendance', att(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(150, 960));
add('lr-too-low.nesterov-1e-6-complaint', 'complaint-flag', cmp(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.000001), tr(40));
add('lr-too-low.rmsprop-2e-7-plots-batch-16', 'plot-price', plot(), [d(32, 'relu'), d(1)], 'mse', rms(0.0000002), tr(40, 16));
add('lr-too-low.momentum-1e-5-full-batch-invoice', 'invoice-total', inv(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.00001, 0.9), tr(150, 900));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-kg-lb-invoice', 'invoice-total', inv({ features: ['casket_kg', 'casket_lb', 'limousines', 'flowers_usd', 'embalming', 'viewing_hours'] }), [d(1)], 'mse', mom(0.05, 0.99), tr(200, 900));
add('oscillating-loss.nesterov-0.98-lr-1-full-batch-logistic-complaint', 'complaint-flag', cmp(), [d(1, 'sigmoid')], 'bce', nest(1, 0.98), tr(200, 1200));
add('oscillating-loss.rmsprop-0.05-full-batch-relu-plots', 'plot-price', plot(), [d(16, 'relu'), d(1)], 'mse', rms(0.05), tr(200, 800));
add('oscillating-loss.adam-0.5-full-batch-linear-plots', 'plot-price', plot(), [d(1)], 'mse', adam(0.5), tr(200, 800));
add('oscillating-loss.sgd-plain-0.3-batch-1-linear-attendance', 'attendance', att(), [d(1)], 'mse', sgd(0.3), tr(30, 1));
add('oscillating-loss.momentum-0.95-lr-0.5-batch-64-tanh-moons', 'garden-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.95), tr(150, 64));
add('oscillating-loss.sgd-plain-1-batch-480-kg-lb-linear-invoice', 'invoice-total', inv({ features: ['casket_kg', 'casket_lb', 'limousines', 'flowers_usd', 'embalming', 'viewing_hours'] }), [d(1)], 'mse', sgd(0.33), tr(150, 450));
add('oscillating-loss.momentum-0.97-lr-0.2-full-batch-linear-attendance', 'attendance', att(), [d(1)], 'mse', mom(0.2, 0.97), tr(200, 960));
add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-sine', 'hour-cycle-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', nest(0.1, 0.99), tr(300, 250));

add('loss-plateau.ledger-page-only-complaint', 'complaint-flag', cmp({ features: ['ledger_page'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.hymn-number-only-service', 'service-type', svc({ features: ['hymn_number'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', mom(0.01), tr(40));
add('loss-plateau.days-to-service-only-attendance', 'attendance', att({ features: ['days_to_service'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-1-sgd-invoice', 'invoice-total', inv(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { weightDecay: 1 }), tr(60));
add('loss-plateau.section-only-plots-nesterov-full-batch', 'plot-price', plot({ features: ['section'] }), [d(16, 'tanh'), d(1)], 'mse', nest(0.05), tr(150, 800));

// second round (after the first observation): more oscillation and lr-too-high candidates
const KGLB = ['casket_kg', 'casket_lb', 'limousines', 'flowers_usd', 'embalming', 'viewing_hours'];
add('oscillating-loss.momentum-0.995-lr-0.03-full-batch-linear-plots', 'plot-price', plot(), [d(1)], 'mse', mom(0.03, 0.995), tr(250, 800));
add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-linear-attendance', 'attendance', att(), [d(1)], 'mse', mom(0.1, 0.99), tr(250, 960));
add('oscillating-loss.nesterov-0.99-lr-0.2-full-batch-kg-lb-invoice', 'invoice-total', inv({ features: KGLB }), [d(1)], 'mse', nest(0.2, 0.99), tr(250, 900));
add('oscillating-loss.sgd-plain-1.5-full-batch-tanh-invoice', 'invoice-total', inv(), [d(16, 'tanh'), d(1)], 'mse', sgd(1.5), tr(200, 900));
add('oscillating-loss.sgd-plain-6-full-batch-tanh-complaint', 'complaint-flag', cmp(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(6), tr(200, 1200));
add('oscillating-loss.adam-0.03-full-batch-relu-complaint', 'complaint-flag', cmp(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(200, 1200));
add('oscillating-loss.momentum-0.99-lr-0.5-full-batch-logistic-complaint', 'complaint-flag', cmp(), [d(1, 'sigmoid')], 'bce', mom(0.5, 0.99), tr(250, 1200));
add('lr-too-high.momentum-lr-0.5-batch-16-attendance', 'attendance', att(), [d(32, 'relu'), d(1)], 'mse', mom(0.5), tr(30, 16));
add('lr-too-high.adam-0.1-batch-8-deep-plots', 'plot-price', plot(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(30, 8));
add('lr-too-high.rmsprop-0.1-batch-16-service', 'service-type', svc(), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.1), tr(30, 16));
add('lr-too-high.nesterov-0.3-batch-32-invoice', 'invoice-total', inv(), [d(32, 'elu'), d(1)], 'mse', nest(0.3), tr(40));
add('lr-too-high.sgd-plain-1.5-full-batch-relu-plots', 'plot-price', plot(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(1.5), tr(150, 800));

// ---------------------------------------------------------------- healthy
add('ok.attendance-adam-relu', 'attendance', att(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.attendance-rmsprop-elu-val', 'attendance', att(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.attendance-linear-sgd-plain-full-batch', 'attendance', att(), [d(1)], 'mse', sgd(0.2), tr(300, 960));
add('ok.attendance-nesterov-tanh-full-batch', 'attendance', att(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05), tr(400, 960));
add('ok.attendance-minmax-sgd-batch-1', 'attendance', att({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(5, 1));
add('ok.attendance-adam-bn-dropout', 'attendance', att(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(60, 64));
add('ok.attendance-momentum-sigmoid-decay', 'attendance', att(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.service-adam-relu', 'service-type', svc(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.service-casket-lb-rmsprop-tanh-dropout', 'service-type', svc({ features: ['age_at_death', 'casket_lb', 'plot_price_usd', 'urn', 'embalming', 'flights'] }), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('ok.service-momentum-elu-full-batch', 'service-type', svc(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.3), tr(300, 1000));
add('ok.service-minmax-adam-bn-batch-128', 'service-type', svc({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.01), tr(60, 128));
add('ok.service-softmax-regression-sgd-batch-4', 'service-type', svc(), [d(5, 'softmax')], 'cce', sgd(0.05), tr(20, 4));
add('ok.service-nesterov-leaky-val', 'service-type', svc(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', nest(0.02), tr(40, 16, { validationSplit: 0.2 }));
add('ok.complaint-adam-relu', 'complaint-flag', cmp(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.complaint-logistic-sgd-full-batch', 'complaint-flag', cmp(), [d(1, 'sigmoid')], 'bce', sgd(1), tr(300, 1200));
add('ok.complaint-rmsprop-tanh-batch-64', 'complaint-flag', cmp(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(60, 64));
add('ok.complaint-minmax-adam-elu-clip', 'complaint-flag', cmp({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(60));
add('ok.plots-adam-elu', 'plot-price', plot(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.plots-momentum-tanh-full-batch', 'plot-price', plot(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1), tr(400, 800));
add('ok.plots-rmsprop-relu-batch-256', 'plot-price', plot(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.plots-minmax-target-adam-dropout', 'plot-price', plot({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.plots-nesterov-leaky-batch-2', 'plot-price', plot(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.002), tr(10, 2));
add('ok.plots-sgd-plain-relu-deep-batch-8', 'plot-price', plot(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.02), tr(60, 8));
add('ok.invoice-adam-relu-lecun', 'invoice-total', inv(), [d(32, 'relu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.003), tr(60));
add('ok.invoice-linear-nesterov-full-batch', 'invoice-total', inv(), [d(1)], 'mse', nest(0.05), tr(200, 900));
add('ok.invoice-kg-and-lb-rmsprop-elu', 'invoice-total', inv({ features: ['casket_kg', 'casket_lb', 'limousines', 'flowers_usd', 'embalming', 'viewing_hours'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.invoice-momentum-sigmoid-xavier-normal', 'invoice-total', inv(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', mom(0.05), tr(80));
add('ok.invoice-sgd-plain-tanh-deep-full-batch', 'invoice-total', inv(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', sgd(0.1), tr(500, 900));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.5), tr(400, 150));
add('ok.moons-adam-relu', 'garden-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-full-batch', 'garden-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.3), tr(600, 400));
add('ok.circles-adam-elu', 'ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-relu-bn', 'ring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.spirals3-adam-tanh-deep', 'three-path-spirals', SPIRALS3, [d(64, 'tanh'), d(64, 'tanh'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'branch-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'hour-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'hour-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(500, 250));
add('ok.xor-adam-tanh', 'two-row-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-xavier-normal', 'two-row-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.shoring-inline-adam-tanh', 'grave-shoring', INLINE_SHORING, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(400, 24));
add('ok.attendance-adam-clip-leaky-he-normal', 'attendance', att(), [d(64, 'leaky_relu', { init: 'he_normal' }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.service-sgd-plain-full-batch-relu-deep', 'service-type', svc(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.5), tr(300, 1000));
add('ok.plots-momentum-0.95-elu-batch-full-decay', 'plot-price', plot(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', mom(0.02, 0.95, { weightDecay: 0.0001 }), tr(400, 800));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
