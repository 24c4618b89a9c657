/**
 * Writes every candidate spec of blind fault set 152 (parking garages and car parks) into
 * candidates/: `npx tsx test/faults-blind152/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 152, data, layers, loss, optimizer, training, ...extra };
}

const SF = ['hour', 'weekday', 'event_day', 'walk_m', 'rate_usd_h', 'permit'];
const stay = (x: Json = {}): Json => ({ csv: '../data/stays.csv', target: 'stay_min', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const OF = ['hour', 'weekend', 'entries_h', 'exits_h', 'temp_c', 'event'];
const occ = (x: Json = {}): Json => ({ csv: '../data/occupancy.csv', target: 'occupancy_pct', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const VF = ['length_cm', 'weight_kg', 'height_cm', 'axles', 'wheels'];
const veh = (x: Json = {}): Json => ({ csv: '../data/vehicle.csv', target: 'size_class', features: VF, normalize: 'standard', ...x });
const PF = ['card_age_mo', 'amount_cents', 'latency_ms', 'temp_c', 'contactless', 'retries'];
const pay = (x: Json = {}): Json => ({ csv: '../data/payfail.csv', target: 'payment_failed', features: PF, normalize: 'standard', ...x });
const RF = ['bays', 'avg_price_usd', 'occupancy_pct', 'events', 'downtown'];
const rev = (x: Json = {}): Json => ({ csv: '../data/revenue.csv', target: 'revenue_usd', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const FULL = 5000; // at least every training row of any file here
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// An attendant's clipboard: minutes parked and amount paid (dollars) -> ticket validated (1) or not (0).
const INLINE_VALID = {
  inline: {
    x: [[15, 2], [30, 3], [45, 4], [60, 5], [90, 7], [120, 9], [20, 0], [40, 0], [75, 0], [100, 0], [150, 0], [180, 0], [25, 2.5], [50, 4], [80, 6], [110, 8], [35, 0], [65, 0], [130, 0], [200, 0], [55, 4.5], [95, 7.5], [140, 10], [170, 12]],
    y: [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'stay-minutes', stay(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'vehicle-size', veh(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-occupancy', 'occupancy', occ(), [d(32, 'elu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.embedding-gate-layer', 'stay-minutes', stay(), [{ type: 'embedding', inputDim: 6, outputDim: 4 }, d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'payment-failure', pay(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40, 0));

add('data-error.na-rate-stays', 'stay-minutes-na', stay({ csv: '../data/stays-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.gate-id-feature', 'stay-minutes', stay({ features: ['gate_id', ...SF] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.entry-ts-feature', 'stay-minutes', stay({ features: ['entry_ts', ...SF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.occupancy-percent-typo', 'occupancy', occ({ target: 'occupancy_percent' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-revenue-xlsx', 'revenue', rev({ csv: '../data/revenue.xlsx' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.garage-id-feature-revenue', 'revenue', rev({ features: ['garage_id', ...RF] }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(60, 16));

add('shape-mismatch.vehicle-four-heads-no-motorcycle', 'vehicle-size', veh(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.stay-min-and-hours-one-output', 'stay-minutes', stay({ target: ['stay_min', 'stay_h'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.spirals3-two-heads', 'ramp-spirals', SPIRALS3, [d(32, 'tanh'), d(2, 'softmax')], 'cce', adam(0.01), tr(80));
add('shape-mismatch.payfail-two-sigmoid-heads', 'payment-failure', pay(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.tanh-head-bce-payfail', 'payment-failure', pay(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-occupancy', 'occupancy', occ(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-vehicle', 'vehicle-size', veh(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(50));
add('loss-activation-mismatch.softmax-one-unit-bce-validation', 'ticket-validation', INLINE_VALID, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.sigmoid-head-standardized-revenue', 'revenue', rev(), [d(32, 'elu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-three-linear-adam', 'ring-road-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-bn-rmsprop', 'two-gate-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100, 16));
add('no-nonlinearity.moons-linear-nesterov-full-batch', 'level-moons', MOONS, [d(64), d(64), d(1, 'sigmoid')], 'bce', nest(0.05), tr(300, FULL));
add('no-nonlinearity.spirals3-linear-softmax', 'ramp-spirals', SPIRALS3, [d(64, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', adam(0.005), tr(100));

add('lr-out-of-range.adam-lr-3-occupancy', 'occupancy', occ(), [d(32, 'relu'), d(1)], 'mse', adam(3), tr(60));
add('lr-out-of-range.nesterov-1e-8-vehicle', 'vehicle-size', veh(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(1e-8), tr(60));
add('lr-out-of-range.rmsprop-lr-40-payfail', 'payment-failure', pay(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(40), tr(40));
add('lr-out-of-range.sgd-lr-25-full-batch-stays', 'stay-minutes', stay(), [d(16, 'tanh'), d(1)], 'mse', sgd(25), tr(300, FULL));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-tanh-circles-momentum', 'ring-road-circles', CIRCLES, [d(16, 'tanh', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', mom(0.05), tr(150));
add('init-symmetry.constant-0.2-elu-moons-adam', 'level-moons', MOONS, [d(32, 'elu', init('constant', { value: 0.2 })), d(32, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', adam(0.01), tr(150));
add('init-symmetry.zeros-sigmoid-spirals3-rmsprop', 'ramp-spirals', SPIRALS3, [d(32, 'sigmoid', init('zeros')), d(3, 'softmax', init('zeros'))], 'cce', rms(0.003), tr(100));
add('init-symmetry.constant-0.05-tanh-xor-full-batch', 'two-gate-xor', XOR, [d(16, 'tanh', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', nest(0.1), tr(400, FULL));
add('init-symmetry.zeros-relu-bias-0.1-vehicle', 'vehicle-size', veh(), [d(32, 'relu', { ...init('zeros'), bias: 0.1 }), d(5, 'softmax', init('zeros'))], 'cce', adam(0.003), tr(60));

add('init-scale.normal-std-10-sigmoid-payfail', 'payment-failure', pay(), [d(32, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('init-scale.uniform-6-elu-occupancy', 'occupancy', occ(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1)], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-3-six-tanh-vehicle', 'vehicle-size', veh(), [...tower(6, 32, 'tanh', init('normal', { std: 1e-3 })), d(5, 'softmax')], 'cce', mom(0.02), tr(60));
add('init-scale.constant-1.5-relu-stays', 'stay-minutes', stay(), [d(32, 'relu', init('constant', { value: 1.5 })), d(32, 'relu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', adam(0.001), tr(60));

add('dead-relu.bias-minus-10-stays', 'stay-minutes', stay(), [d(64, 'relu', { bias: -10 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-2-six-relu-blobs4', 'bay-blobs', BLOBS4, [...tower(6, 16, 'relu', { bias: -2 }), d(4, 'softmax')], 'cce', nest(0.02), tr(80));
add('dead-relu.momentum-0.4-batch-4-revenue', 'revenue', rev(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.4), tr(60, 4));
add('dead-relu.rmsprop-0.5-full-batch-occupancy', 'occupancy', occ(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.5), tr(300, FULL));

add('exploding-gradient.raw-revenue-dollars-momentum', 'revenue', rev({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001), tr(60));
add('exploding-gradient.raw-cents-latency-payfail-sgd', 'payment-failure', pay({ normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(40));
add('exploding-gradient.raw-walk-metres-stays-nesterov', 'stay-minutes', stay({ normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', nest(0.001), tr(60));
add('exploding-gradient.raw-occupancy-pct-target-adam', 'occupancy', occ({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-weight-kg-vehicle-rmsprop', 'vehicle-size', veh({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', rms(0.01), tr(40));

add('vanishing-gradient.nine-sigmoid-sgd-vehicle', 'vehicle-size', veh(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(60));
add('vanishing-gradient.eight-tanh-std-0.1-occupancy', 'occupancy', occ(), [...tower(8, 32, 'tanh', init('normal', { std: 0.1 })), d(1)], 'mse', nest(0.01), tr(60));
add('vanishing-gradient.twelve-sigmoid-adam-circles', 'ring-road-circles', CIRCLES, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(80));
add('vanishing-gradient.ten-sigmoid-momentum-payfail', 'payment-failure', pay(), [...tower(10, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));

add('saturated-activation.sigmoid-raw-walk-cents-stays', 'stay-minutes', stay({ normalize: 'none', features: ['hour', 'event_day', 'walk_m', 'rate_cents_h', 'permit'] }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-8-vehicle', 'vehicle-size', veh(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.sigmoid-raw-latency-payfail', 'payment-failure', pay({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-raw-entries-occupancy', 'occupancy', occ({ normalize: 'none' }), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-2-batch-1-occupancy', 'occupancy', occ(), [d(32, 'relu'), d(1)], 'mse', sgd(2), tr(30, 1));
add('nan-loss.raw-revenue-target-sgd-full-batch', 'revenue', rev({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(300, FULL));
add('nan-loss.nesterov-1-raw-stay-minutes', 'stay-minutes', stay({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.5, 0.9), tr(60, 16));
add('nan-loss.ten-relu-std-0.8-revenue', 'revenue', rev(), [...tower(10, 32, 'relu', init('normal', { std: 0.8 })), d(1)], 'mse', adam(0.001), tr(40));
add('nan-loss.momentum-0.99-lr-1-payfail', 'payment-failure', pay(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', mom(1, 0.99), tr(40, 8));

add('lr-too-high.sgd-plain-1.5-batch-4-vehicle', 'vehicle-size', veh(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1.5), tr(60, 4));
add('lr-too-high.rmsprop-0.05-batch-2-occupancy', 'occupancy', occ(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(40, 2));
add('lr-too-high.nesterov-0.5-batch-8-payfail', 'payment-failure', pay(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.5), tr(40, 8));
add('lr-too-high.adam-0.3-batch-16-stays', 'stay-minutes', stay(), [d(64, 'relu'), d(1)], 'mse', adam(0.3), tr(60, 16));
add('lr-too-high.momentum-0.95-lr-0.3-full-batch-revenue', 'revenue', rev(), [d(32, 'tanh'), d(1)], 'mse', mom(0.3, 0.95), tr(400, FULL));
add('lr-too-high.sgd-plain-3-full-batch-sine', 'ramp-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', sgd(3), tr(500, FULL));
add('lr-too-high.adam-0.1-batch-1-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(60, 1));

add('lr-too-low.sgd-plain-1e-4-full-batch-stays-long', 'stay-minutes', stay(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-4), tr(400, FULL));
add('lr-too-low.adam-3e-6-vehicle', 'vehicle-size', veh(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3e-6), tr(60));
add('lr-too-low.nesterov-1e-5-full-batch-occupancy', 'occupancy', occ(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(1e-5), tr(500, FULL));
add('lr-too-low.rmsprop-1e-6-payfail', 'payment-failure', pay(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(1e-6), tr(40));
add('lr-too-low.momentum-2e-5-batch-64-moons', 'level-moons', MOONS, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', mom(2e-5), tr(150, 64));

// oscillation candidates: a linear model at the edge of stability, momentum ringing, full batch
const STAYLIN = stay({ features: ['hour', 'event_day', 'rate_usd_h', 'rate_cents_h', 'walk_m', 'permit'] });
add('oscillating-loss.sgd-plain-0.48-full-batch-linear-stays-cents-dup', 'stay-minutes', STAYLIN, [d(1)], 'mse', sgd(0.48), tr(300, FULL));
add('oscillating-loss.sgd-plain-0.5-full-batch-linear-stays-cents-dup', 'stay-minutes', STAYLIN, [d(1)], 'mse', sgd(0.5), tr(300, FULL));
add('oscillating-loss.momentum-0.97-lr-0.05-full-batch-tanh-occupancy', 'occupancy', occ(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05, 0.97), tr(400, FULL));
add('oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-revenue', 'revenue', rev(), [d(1)], 'mse', nest(0.3, 0.95), tr(300, FULL));
add('oscillating-loss.rmsprop-0.02-full-batch-relu-vehicle', 'vehicle-size', veh(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.02), tr(300, FULL));
add('oscillating-loss.adam-0.05-batch-256-relu-occupancy', 'occupancy', occ(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(200, 256));
add('oscillating-loss.momentum-0.99-lr-0.02-full-batch-relu-stays', 'stay-minutes', stay(), [d(32, 'relu'), d(1)], 'mse', mom(0.02, 0.99), tr(400, FULL));
add('oscillating-loss.sgd-plain-0.7-full-batch-linear-occupancy-minmax', 'occupancy', occ({ normalize: 'minmax' }), [d(1)], 'mse', sgd(0.7), tr(300, FULL));
add('oscillating-loss.sgd-plain-1.9-batch-64-logistic-payfail', 'payment-failure', pay(), [d(1, 'sigmoid')], 'bce', sgd(1.9), tr(150, 64));

add('oscillating-loss.sgd-plain-0.44-full-batch-linear-stays-cents-dup', 'stay-minutes', STAYLIN, [d(1)], 'mse', sgd(0.44), tr(300, FULL));
add('oscillating-loss.sgd-plain-0.46-full-batch-linear-stays-cents-dup', 'stay-minutes', STAYLIN, [d(1)], 'mse', sgd(0.46), tr(300, FULL));
add('oscillating-loss.sgd-plain-0.6-full-batch-linear-occupancy-minmax', 'occupancy', occ({ normalize: 'minmax' }), [d(1)], 'mse', sgd(0.6), tr(300, FULL));
add('oscillating-loss.momentum-0.9-lr-0.25-full-batch-tanh-stays', 'stay-minutes', stay(), [d(32, 'tanh'), d(1)], 'mse', mom(0.25, 0.9), tr(400, FULL));
add('oscillating-loss.sgd-plain-1.2-full-batch-tanh-sine', 'ramp-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', sgd(1.2), tr(500, FULL));

add('oscillating-loss.momentum-0.995-lr-0.05-full-batch-linear-occupancy', 'occupancy', occ(), [d(1)], 'mse', mom(0.05, 0.995), tr(300, FULL));
add('oscillating-loss.momentum-0.995-lr-0.5-full-batch-logistic-payfail', 'payment-failure', pay(), [d(1, 'sigmoid')], 'bce', mom(0.5, 0.995), tr(300, FULL));
add('oscillating-loss.nesterov-0.995-lr-0.02-full-batch-tanh-revenue', 'revenue', rev(), [d(16, 'tanh'), d(1)], 'mse', nest(0.02, 0.995), tr(400, FULL));

add('loss-plateau.bay-id-only-vehicle', 'vehicle-size', veh({ features: ['bay_id'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.terminal-serial-only-payfail', 'payment-failure', pay({ features: ['terminal_serial'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.level-only-occupancy', 'occupancy', occ({ features: ['level'] }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('loss-plateau.weight-decay-2-sgd-stays', 'stay-minutes', stay(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { weightDecay: 2 }), tr(60));
add('loss-plateau.dropout-0.95-revenue', 'revenue', rev(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy candidates
add('ok.stays-adam-relu', 'stay-minutes', stay(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.stays-rmsprop-elu-val', 'stay-minutes', stay(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.stays-nesterov-tanh-batch-16', 'stay-minutes', stay(), [d(32, 'tanh'), d(1)], 'mse', nest(0.02), tr(80, 16));
add('ok.stays-momentum-relu-full-batch-long', 'stay-minutes', stay(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.1), tr(600, FULL));
add('ok.stays-hours-minmax-leaky-adam', 'stay-hours', stay({ target: 'stay_h', normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.005), tr(80));
add('ok.stays-bn-dropout-adam', 'stay-minutes', stay(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.occupancy-adam-relu', 'occupancy', occ(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.occupancy-sgd-plain-full-batch-linear-long', 'occupancy', occ(), [d(1)], 'mse', sgd(0.1), tr(400, FULL));
add('ok.occupancy-nesterov-elu-full-batch', 'occupancy', occ(), [d(32, 'elu'), d(1)], 'mse', nest(0.05), tr(300, FULL));
add('ok.occupancy-rmsprop-tanh-batch-8', 'occupancy', occ(), [d(16, 'tanh'), d(1)], 'mse', rms(0.001), tr(40, 8));
add('ok.occupancy-sgd-batch-1-linear', 'occupancy', occ(), [d(1)], 'mse', sgd(0.002), tr(15, 1));
add('ok.occupancy-weight-decay-adam-val', 'occupancy', occ(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 1e-4 }), tr(60, 32, { validationSplit: 0.2 }));
add('ok.vehicle-adam-relu', 'vehicle-size', veh(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.vehicle-sgd-momentum-tanh', 'vehicle-size', veh(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.vehicle-nesterov-full-batch-long', 'vehicle-size', veh(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.1), tr(500, FULL));
add('ok.vehicle-minmax-elu-rmsprop-batch-128', 'vehicle-size', veh({ normalize: 'minmax' }), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.003), tr(80, 128));
add('ok.vehicle-bn-dropout-nesterov', 'vehicle-size', veh(), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', nest(0.02), tr(50));
add('ok.vehicle-clipnorm-sgd-plain-sigmoid', 'vehicle-size', veh(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.3, { clipNorm: 5 }), tr(80, 16));
add('ok.payfail-adam-relu', 'payment-failure', pay(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.payfail-logistic-sgd-full-batch-long', 'payment-failure', pay(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(500, FULL));
add('ok.payfail-rmsprop-tanh-val', 'payment-failure', pay(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40, 32, { validationSplit: 0.2 }));
add('ok.payfail-momentum-elu-batch-8', 'payment-failure', pay(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40, 8));
add('ok.revenue-adam-relu', 'revenue', rev(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.revenue-nesterov-tanh-full-batch-long', 'revenue', rev(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.9), tr(600, FULL));
add('ok.revenue-k-rmsprop-elu', 'revenue-k', rev({ target: 'revenue_k' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.revenue-sgd-plain-relu-batch-2', 'revenue', rev(), [d(32, 'relu'), d(1)], 'mse', sgd(0.005), tr(30, 2));
add('ok.revenue-weight-decay-momentum-deep', 'revenue', rev(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 1e-4 }), tr(80, 16));
add('ok.moons-adam-relu', 'level-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.moons-sgd-momentum-full-batch-long', 'level-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.3), tr(800, FULL));
add('ok.circles-rmsprop-elu', 'ring-road-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.circles-bn-adam', 'ring-road-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.spirals3-adam-deep-tanh', 'ramp-spirals', SPIRALS3, [d(64, 'tanh'), d(64, 'tanh'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-relu', 'bay-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(60, 16));
add('ok.sine-adam-tanh', 'ramp-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(300));
add('ok.sine-nesterov-full-batch-long', 'ramp-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.1), tr(1000, FULL));
add('ok.xor-leaky-adam', 'two-gate-xor', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(100, 16));
add('ok.iris-sgd-plain-full-batch-long', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.5), tr(600, FULL));
add('ok.validation-inline-adam-tanh', 'ticket-validation', INLINE_VALID, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 8));
add('ok.validation-inline-sgd-full-batch', 'ticket-validation', INLINE_VALID, [d(8, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(500, 24));
add('ok.stays-wild-start-momentum-full-batch', 'stay-minutes', stay(), [d(32, 'tanh'), d(1)], 'mse', mom(0.3, 0.9), tr(400, FULL));
add('ok.occupancy-wild-start-nesterov-full-batch', 'occupancy', occ(), [d(1)], 'mse', nest(0.45, 0.9), tr(300, FULL));
add('ok.stays-lecun-selu-ish-elu-adam-batch-64', 'stay-minutes', stay(), [d(64, 'elu', init('lecun_normal')), d(64, 'elu', init('lecun_normal')), d(1)], 'mse', adam(0.002), tr(80, 64));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
