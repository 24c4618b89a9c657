/**
 * Writes every candidate spec of blind fault set 166 (florists and flower auctions) into candidates/:
 * `npx tsx test/faults-blind166/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 166, data, layers, loss, optimizer, training, ...extra };
}

const VF = ['stem_cm', 'cold_room_c', 'hours_out_of_cold', 'bunch_count', 'harvest_age_d', 'preservative'];
const vase = (x: Json = {}): Json => ({ csv: '../data/vase.csv', target: 'vase_life_d', features: VF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const KF = ['stem_cm', 'head_mm', 'petal_count', 'stem_weight_g', 'bud_count'];
const vari = (x: Json = {}): Json => ({ csv: '../data/variety.csv', target: 'variety', features: KF, normalize: 'standard', ...x });
const BF = ['humidity_pct', 'cold_room_c', 'transit_days', 'petal_spots', 'stem_cm', 'lot_stems'];
const bot = (x: Json = {}): Json => ({ csv: '../data/botrytis.csv', target: 'botrytis', features: BF, normalize: 'standard', ...x });
const PF = ['stem_cm', 'grade', 'bunches', 'stems_per_bunch', 'supply_index', 'holiday_week', 'vase_life_d'];
const price = (x: Json = {}): Json => ({ csv: '../data/price.csv', target: 'price_cents', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['outside_c', 'setpoint_c', 'door_openings', 'fill_pct', 'room_m3'];
const cold = (x: Json = {}): Json => ({ csv: '../data/coldroom.csv', target: 'energy_wh', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.15 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 };
const BLOBS5 = { builtin: 'blobs', samples: 400, classes: 5, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A florist's notebook: days since cut and water temperature (C) -> bunch still sellable (1) or not (0).
const INLINE_SHELF = {
  inline: {
    x: [[1, 4], [2, 4], [3, 5], [4, 6], [5, 4], [6, 8], [7, 5], [8, 10], [2, 12], [3, 15], [4, 18], [1, 20], [6, 3], [7, 9], [9, 6], [10, 4], [5, 14], [3, 9], [8, 3], [2, 7], [9, 12], [4, 11], [6, 16], [1, 9]],
    y: [1, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'vase-life', vase(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'variety', vari(), [d(32, 'gelu'), d(6, 'softmax')], 'cce', rms(0.002), tr(40));
add('invalid-spec.focal-loss-botrytis', 'botrytis', bot(), [d(16, 'relu'), d(1, 'sigmoid')], 'focal', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'auction-price', price(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(40, 0));
add('invalid-spec.units-string', 'cold-room-energy', cold(), [d('64' as unknown as number, 'tanh'), d(1)], 'mse', rms(0.003), tr(40));

add('data-error.na-cold-room', 'vase-life-na', vase({ csv: '../data/vase-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(60));
add('data-error.grower-id-feature', 'vase-life', vase({ features: ['grower_id', ...VF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.auction-ts-feature', 'vase-life', vase({ features: ['auction_ts', ...VF] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.room-id-feature-tsv', 'cold-room-energy', cold({ features: ['room_id', ...CF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(60));
add('data-error.price-euro-column-typo', 'auction-price', price({ target: 'price_eur' }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.lot-id-feature-variety', 'variety', vari({ features: ['lot_id', ...KF] }), [d(32, 'tanh'), d(6, 'softmax')], 'cce', adam(0.003), tr(40));

add('shape-mismatch.variety-five-heads-no-protea', 'variety', vari(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.price-and-lot-value-one-output', 'auction-price', price({ target: ['price_cents', 'lot_value_cents'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('shape-mismatch.botrytis-two-softmax-bce', 'botrytis', bot(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.blobs5-three-heads', 'auction-hall-blobs', BLOBS5, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(60));

add('loss-activation-mismatch.variety-softmax-mse', 'variety', vari(), [d(32, 'relu'), d(6, 'softmax')], 'mse', sgd(0.05), tr(60));
add('loss-activation-mismatch.botrytis-tanh-head-bce', 'botrytis', bot(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.vase-relu-head-standardized', 'vase-life', vase(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.shelf-linear-head-bce', 'shelf-life', INLINE_SHELF, [d(8, 'tanh'), d(1)], 'bce', rms(0.01), tr(200, 8));
add('loss-activation-mismatch.cold-sigmoid-head-standardized', 'cold-room-energy', cold(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', rms(0.003), tr(60, 64));

add('no-nonlinearity.circles-four-linear-adam', 'bucket-circles', CIRCLES, [...tower(4, 32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.spirals3-linear-rmsprop', 'bouquet-spirals', SPIRALS, [d(64), d(64), d(3, 'softmax')], 'cce', rms(0.005), tr(150, 16));
add('no-nonlinearity.moons-linear-dropout-nesterov', 'stall-moons', MOONS, [d(32, 'linear'), drop(0.2), d(1, 'sigmoid')], 'bce', nest(0.05), tr(120, 16));
add('no-nonlinearity.sine-linear-deep-adam', 'daylight-sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', adam(0.01), tr(200));

add('lr-out-of-range.rmsprop-lr-12-variety', 'variety', vari(), [d(32, 'relu'), d(6, 'softmax')], 'cce', rms(12), tr(30));
add('lr-out-of-range.adam-3e-10-vase', 'vase-life', vase(), [d(32, 'elu'), d(1)], 'mse', adam(3e-10), tr(40));
add('lr-out-of-range.nesterov-lr-50-botrytis', 'botrytis', bot(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(50), tr(20));
add('lr-out-of-range.sgd-negative-price', 'auction-price', price(), [d(32, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-rmsprop-variety', 'variety', vari(), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(6, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(50));
add('init-symmetry.constant-0.5-tanh-adam-vase', 'vase-life', vase(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', adam(0.005), tr(60));
add('init-symmetry.zeros-relu-momentum-cold', 'cold-room-energy', cold(), [d(64, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(60));
add('init-symmetry.constant-0.2-elu-sgd-circles', 'bucket-circles', CIRCLES, [d(16, 'elu', init('constant', { value: 0.2 })), d(16, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', sgd(0.1), tr(150, 16));

add('init-scale.normal-std-4-sigmoid-botrytis', 'botrytis', bot(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', adam(0.002), tr(40));
add('init-scale.uniform-6-elu-price', 'auction-price', price(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(50));
add('init-scale.normal-1e-5-six-relu-variety', 'variety', vari(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(6, 'softmax', init('normal', { std: 0.00001 }))], 'cce', adam(0.002), tr(40));
add('init-scale.normal-std-2-relu-iris', 'iris-demo', IRIS, [...tower(3, 64, 'relu', init('normal', { std: 2 })), d(3, 'softmax', init('normal', { std: 2 }))], 'cce', sgd(0.01), tr(60, 16));

add('dead-relu.bias-minus-8-vase', 'vase-life', vase(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', rms(0.003), tr(60));
add('dead-relu.bias-minus-4-four-layer-variety', 'variety', vari(), [...tower(4, 32, 'relu', { bias: -4 }), d(6, 'softmax')], 'cce', nest(0.02), tr(50));
add('dead-relu.adam-0.1-batch-4-cold', 'cold-room-energy', cold(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.1), tr(15, 4));
add('dead-relu.sgd-0.8-batch-2-price', 'auction-price', price(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.8), tr(10, 2));
add('dead-relu.bias-minus-6-moons-bn-off', 'stall-moons', MOONS, [d(32, 'relu', { bias: -6 }), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));

add('exploding-gradient.raw-energy-wh-sgd', 'cold-room-energy-raw-target', cold({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', sgd(0.001), tr(30));
add('exploding-gradient.raw-lot-stems-momentum', 'botrytis-raw', bot({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.raw-lot-value-nesterov', 'lot-value-raw', price({ target: 'lot_value_cents', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.0001), tr(30));
add('exploding-gradient.six-elu-std-1-vase', 'vase-life', vase(), [...tower(6, 64, 'elu', init('normal', { std: 1 })), d(1)], 'mse', mom(0.001), tr(30));
add('exploding-gradient.raw-features-price-sgd-batch-8', 'auction-price-raw-features', price({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(30, 8));

add('vanishing-gradient.eight-sigmoid-momentum-variety', 'variety', vari(), [...tower(8, 32, 'sigmoid'), d(6, 'softmax')], 'cce', mom(0.01), tr(60));
add('vanishing-gradient.six-sigmoid-sgd-vase', 'vase-life', vase(), [...tower(6, 32, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(60));
add('vanishing-gradient.seven-tanh-std-0.02-botrytis', 'botrytis', bot(), [...tower(7, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40));
add('vanishing-gradient.five-sigmoid-xavier-circles', 'bucket-circles', CIRCLES, [...tower(5, 16, 'sigmoid', { init: 'xavier_uniform' }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));

add('nan-loss.raw-lot-value-sgd', 'lot-value-raw', price({ target: 'lot_value_cents', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.nesterov-2-batch-1-vase', 'vase-life', vase(), [d(16, 'relu'), d(1)], 'mse', nest(2), tr(5, 1));
add('nan-loss.constant-1.5-eight-relu-cold', 'cold-room-energy', cold(), [...tower(8, 32, 'relu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', sgd(0.001), tr(20));
add('nan-loss.raw-energy-momentum-full-batch', 'cold-room-energy-raw', cold({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(30, 800));

add('saturated-activation.tanh-raw-lot-stems-botrytis', 'botrytis-raw', bot({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-raw-variety', 'variety-raw', vari({ normalize: 'none' }), [d(32, 'sigmoid'), d(6, 'softmax')], 'cce', rms(0.002), tr(40));
add('saturated-activation.sigmoid-bias-8-cold', 'cold-room-energy', cold(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', adam(0.002), tr(60));
add('saturated-activation.tanh-raw-door-openings-cold', 'cold-room-energy-raw-features', cold({ normalize: 'none' }), [d(64, 'tanh'), d(1)], 'mse', nest(0.005), tr(60, 16));
add('saturated-activation.five-tanh-std-1.5-price', 'auction-price', price(), [...tower(5, 64, 'tanh', init('normal', { std: 1.5 })), d(1)], 'mse', rms(0.0005), tr(50));

add('lr-too-high.rmsprop-0.1-batch-1-vase', 'vase-life', vase(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(5, 1));
add('lr-too-high.adam-0.1-batch-2-variety', 'variety', vari(), [d(64, 'relu'), d(64, 'relu'), d(6, 'softmax')], 'cce', adam(0.1), tr(15, 2));
add('lr-too-high.sgd-plain-2-cold', 'cold-room-energy', cold(), [d(32, 'tanh'), d(1)], 'mse', sgd(2), tr(30, 16));
add('lr-too-high.rmsprop-0.05-batch-8-botrytis', 'botrytis', bot(), [d(64, 'elu'), d(64, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(20, 8));
add('lr-too-high.momentum-0.95-lr-0.2-price', 'auction-price', price(), [d(32, 'relu'), d(1)], 'mse', mom(0.2, 0.95), tr(30, 16));
add('lr-too-high.adam-0.05-batch-1-shelf', 'shelf-life', INLINE_SHELF, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(60, 1));

add('lr-too-low.adam-1e-5-raw-energy', 'cold-room-energy-raw-target', cold({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(40));
add('lr-too-low.rmsprop-0.01-raw-lot-value', 'lot-value-raw', price({ target: 'lot_value_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.01), tr(40, 64));
add('lr-too-low.sgd-plain-1e-5-variety', 'variety', vari(), [d(32, 'tanh'), d(6, 'softmax')], 'cce', sgd(0.00001), tr(60));
add('lr-too-low.nesterov-1e-6-vase-batch-4', 'vase-life', vase(), [d(32, 'relu'), d(1)], 'mse', nest(0.000001), tr(20, 4));
add('lr-too-low.adam-2e-6-full-batch-moons', 'stall-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.000002), tr(200, 300));
add('lr-too-low.rmsprop-1e-6-botrytis', 'botrytis', bot(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(40));

add('oscillating-loss.sgd-plain-1.9-full-batch-linear-vase', 'vase-life', vase(), [d(1)], 'mse', sgd(1.9), tr(150, 1000));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-cold', 'cold-room-energy', cold(), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 800));
add('oscillating-loss.adam-0.1-batch-full-softmax-variety', 'variety', vari(), [d(6, 'softmax')], 'cce', adam(0.1), tr(150, 1100));
add('oscillating-loss.rmsprop-0.05-batch-256-linear-price', 'auction-price', price(), [d(1)], 'mse', rms(0.05), tr(150, 256));
add('oscillating-loss.sgd-plain-1.2-cold-fahrenheit-and-celsius', 'vase-life', vase({ features: ['cold_room_c', 'cold_room_f', 'hours_out_of_cold', 'harvest_age_d', 'preservative'], normalize: 'minmax' }), [d(1)], 'mse', sgd(3.5), tr(150, 1000));
add('oscillating-loss.nesterov-0.97-lr-1-logistic-botrytis', 'botrytis', bot(), [d(1, 'sigmoid')], 'bce', nest(1, 0.97), tr(150, 1200));
add('oscillating-loss.rmsprop-0.1-batch-64-tanh-sine', 'daylight-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', rms(0.1), tr(150, 64));
add('oscillating-loss.adam-0.08-full-batch-linear-cold', 'cold-room-energy', cold(), [d(1)], 'mse', adam(0.08, {}), tr(200, 800));

add('oscillating-loss.sgd-plain-1.6-batch-50-linear-vase', 'vase-life', vase(), [d(1)], 'mse', sgd(1.6), tr(100, 50));
add('oscillating-loss.rmsprop-0.1-batch-1-linear-cold', 'cold-room-energy', cold(), [d(1)], 'mse', rms(0.1), tr(8, 1));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-100-linear-price', 'auction-price', price(), [d(1)], 'mse', mom(0.05, 0.99), tr(120, 100));
add('oscillating-loss.adam-0.1-batch-16-linear-vase', 'vase-life', vase(), [d(1)], 'mse', adam(0.1), tr(60, 16));
add('loss-plateau.trolley-only-botrytis', 'botrytis', bot({ features: ['trolley_no'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.clock-only-variety', 'variety', vari({ features: ['clock_no'] }), [d(16, 'tanh'), d(6, 'softmax')], 'cce', rms(0.003), tr(40));
add('loss-plateau.bunch-count-only-vase', 'vase-life', vase({ features: ['bunch_count'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-cold', 'cold-room-energy', cold(), [d(32, 'relu'), d(1)], 'mse', rms(0.003, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-adam-price', 'auction-price', price(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.vase-adam-relu', 'vase-life', vase(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.vase-rmsprop-0.01-tanh-batch-1', 'vase-life', vase(), [d(16, 'tanh'), d(1)], 'mse', rms(0.001), tr(5, 1));
add('ok.vase-five-tanh-xavier-adam', 'vase-life', vase(), [...tower(5, 32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.002), tr(60));
add('ok.vase-momentum-elu-decay', 'vase-life', vase(), [d(32, 'elu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 0.001 }), tr(60));
add('ok.vase-raw-target-adam-0.1', 'vase-life-raw-target', vase({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(60, 32));
add('ok.vase-sgd-plain-leaky-minmax', 'vase-life', vase({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.1), tr(100, 16));
add('ok.variety-adam-relu-dropout', 'variety', vari(), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.variety-rmsprop-0.01-full-batch-tanh', 'variety', vari(), [d(32, 'tanh'), d(6, 'softmax')], 'cce', rms(0.01), tr(200, 1100));
add('ok.variety-six-sigmoid-bn-adam', 'variety', vari(), [...tower(6, 32, 'sigmoid', { batchNorm: true }), d(6, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.variety-nesterov-elu-batch-4-val', 'variety', vari(), [d(32, 'elu'), d(6, 'softmax')], 'cce', nest(0.01), tr(30, 4, { validationSplit: 0.2 }));
add('ok.variety-sgd-plain-sigmoid', 'variety', vari(), [d(32, 'sigmoid'), d(6, 'softmax')], 'cce', sgd(0.3), tr(80, 16));
add('ok.variety-adam-0.05-batch-128-decay', 'variety', vari(), [d(48, 'relu'), d(6, 'softmax')], 'cce', adam(0.05, { weightDecay: 0.0005 }), tr(60, 128));
add('ok.botrytis-adam-relu', 'botrytis', bot(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(50));
add('ok.botrytis-logistic-rmsprop-0.02', 'botrytis', bot(), [d(1, 'sigmoid')], 'bce', rms(0.02), tr(60, 64));
add('ok.botrytis-tanh-dropout-0.3-momentum', 'botrytis', bot(), [d(64, 'tanh'), drop(0.3), d(1, 'sigmoid')], 'bce', mom(0.02), tr(60));
add('ok.botrytis-elu-minmax-clip-val', 'botrytis', bot({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01, { clipNorm: 1 }), tr(60, 32, { validationSplit: 0.2 }));
add('ok.price-adam-elu', 'auction-price', price(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.price-rmsprop-0.03-batch-full-relu', 'auction-price', price(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(200, 900));
add('ok.price-four-tanh-bn-momentum', 'auction-price', price(), [...tower(4, 32, 'tanh', { batchNorm: true }), d(1)], 'mse', mom(0.02), tr(80));
add('ok.price-raw-cents-rmsprop-0.05', 'auction-price-raw-target', price({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 16));
add('ok.price-lecun-tanh-adam-decay-0.01', 'auction-price', price(), [d(48, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.005, { weightDecay: 0.01 }), tr(80));
add('ok.cold-adam-relu-batch-16', 'cold-room-energy', cold(), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(60, 16));
add('ok.cold-linear-sgd-full-batch', 'cold-room-energy', cold(), [d(1)], 'mse', sgd(0.1), tr(200, 800));
add('ok.cold-raw-wh-adam-0.1-long', 'cold-room-energy-raw-target', cold({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(300, 16));
add('ok.cold-seven-tanh-xavier-rmsprop', 'cold-room-energy', cold(), [...tower(7, 24, 'tanh', { init: 'xavier_uniform' }), d(1)], 'mse', rms(0.001), tr(80));
add('ok.cold-he-uniform-leaky-nesterov-dropout', 'cold-room-energy', cold(), [d(64, 'leaky_relu', { init: 'he_uniform' }), drop(0.1), d(1)], 'mse', nest(0.005), tr(60));
add('ok.cold-rmsprop-0.01-batch-2', 'cold-room-energy', cold(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(10, 2));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-0.05-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.05), tr(100, 150));
add('ok.moons-adam-tanh-dropout', 'stall-moons', MOONS, [d(32, 'tanh'), drop(0.1), d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-relu-bn', 'bucket-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.circles-four-sigmoid-bn-rmsprop', 'bucket-circles', CIRCLES, [...tower(4, 16, 'sigmoid', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.spirals3-adam-elu', 'bouquet-spirals', SPIRALS, [d(64, 'elu'), d(64, 'elu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.blobs5-sgd-plain-tanh', 'auction-hall-blobs', BLOBS5, [d(16, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.2), tr(100));
add('ok.blobs5-rmsprop-0.02-batch-1', 'auction-hall-blobs', BLOBS5, [d(16, 'relu'), d(5, 'softmax')], 'cce', rms(0.001), tr(5, 1));
add('ok.sine-adam-elu', 'daylight-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-four-tanh-xavier-nesterov', 'daylight-sine', SINE, [...tower(4, 16, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', nest(0.01), tr(300, 16));
add('ok.shelf-inline-adam-tanh', 'shelf-life', INLINE_SHELF, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 24));
add('ok.vase-rmsprop-0.03-batch-256', 'vase-life', vase(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 256));
add('ok.botrytis-eight-tanh-bn-adam', 'botrytis', bot(), [...tower(8, 16, 'tanh', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(50));
add('ok.variety-weight-decay-0.05-adam', 'variety', vari(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.01, { weightDecay: 0.05 }), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
