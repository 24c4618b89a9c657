/**
 * Writes every candidate spec of blind fault set 156 (zoos and aquariums) into candidates/:
 * `npx tsx test/faults-blind156/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 156, data, layers, loss, optimizer, training, ...extra };
}

const WF = ['length_cm', 'girth_cm', 'age_y', 'feed_kg_day'];
const wt = (x: Json = {}): Json => ({ csv: '../data/weight.csv', target: 'weight_kg', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['weight_g', 'body_temp_c', 'enclosure_temp_c', 'water_depth_m', 'feed_g_day'];
const sp = (x: Json = {}): Json => ({ csv: '../data/species.csv', target: 'group', features: SF, normalize: 'standard', ...x });
const IF = ['water_temp_c', 'ammonia_mgl', 'appetite_pct', 'activity_idx', 'visitors'];
const ill = (x: Json = {}): Json => ({ csv: '../data/illness.csv', target: 'ill', features: IF, normalize: 'standard', ...x });
const VF = ['age_y', 'weight_kg', 'visits', 'surgery', 'anaesthesia_min'];
const vet = (x: Json = {}): Json => ({ csv: '../data/vetcost.csv', target: 'cost_usd', features: VF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['day_of_year', 'temp_c', 'rain_mm', 'weekend', 'holiday', 'feeding_show'];
const gate = (x: Json = {}): Json => ({ csv: '../data/visitors.csv', target: 'visitors', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 250, noise: 0.15 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.04 };
const BLOBS4 = { builtin: 'blobs', samples: 320, classes: 4, noise: 0.35 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A penguin keeper's clipboard: fish fed (kg) and water temperature (C) -> penguin dived for the show (1) or not (0).
const INLINE_PENGUIN = {
  inline: {
    x: [[0.5, 4], [1.0, 5], [1.5, 6], [2.0, 4], [2.5, 8], [0.3, 12], [0.8, 14], [1.2, 13], [1.8, 15], [2.2, 11], [0.6, 7], [1.4, 9], [2.6, 10], [0.4, 16], [1.6, 5], [2.8, 6], [0.9, 10], [1.1, 15], [2.4, 13], [0.7, 3], [1.9, 8], [0.2, 9], [2.1, 16], [1.3, 4]],
    y: [0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'animal-weight', wt(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'species-group', sp(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-vet', 'vet-cost', vet(), [d(32, 'elu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.dropout-rate-1.5', 'tank-illness', ill(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'gate-count', gate(), [d(16, 'tanh'), d(1)], 'mse', mom(0.01, 0.8), tr(60, 0));

add('data-error.na-girth-cm', 'animal-weight-na', wt({ csv: '../data/weight-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.enclosure-code-feature', 'animal-weight', wt({ features: ['enclosure', ...WF] }), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.8), tr(60));
add('data-error.weighed-at-feature', 'animal-weight', wt({ features: ['weighed_at', ...WF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.tank-id-feature', 'tank-illness', ill({ features: ['tank_id', ...IF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40, 16));
add('data-error.weight-lbs-target-missing', 'animal-weight', wt({ target: 'weight_lbs' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.day-id-feature-tsv', 'gate-count', gate({ features: ['day_id', ...GF] }), [d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.species-four-heads-no-amphibian', 'species-group', sp(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.kg-and-g-one-output', 'animal-weight', wt({ target: ['weight_kg', 'weight_g'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'enclosure-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05, 0.7), tr(60));
add('shape-mismatch.illness-two-sigmoid-heads', 'tank-illness', ill(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.species-sigmoid-head-cce', 'species-group', sp(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.illness-linear-head-bce', 'tank-illness', ill(), [d(16, 'elu'), d(1)], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.gate-relu-head-standardized', 'gate-count', gate(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.weight-sigmoid-head-mse', 'animal-weight', wt(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', mom(0.02, 0.9), tr(60));
add('loss-activation-mismatch.penguin-tanh-head-bce', 'penguin-dive', INLINE_PENGUIN, [d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));

add('no-nonlinearity.circles-two-linear-adam', 'moat-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('no-nonlinearity.xor-linear-nesterov-full-batch', 'two-feeder-xor', XOR, [d(16), d(1, 'sigmoid')], 'bce', nest(0.1, 0.9), tr(300, 300));
add('no-nonlinearity.sine-four-linear-rmsprop', 'tide-sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', rms(0.002), tr(150, 16));
add('no-nonlinearity.spirals-linear-dropout-momentum', 'aviary-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', mom(0.02, 0.95), tr(150));

add('lr-out-of-range.sgd-lr-40-weight', 'animal-weight', wt(), [d(32, 'relu'), d(1)], 'mse', sgd(40), tr(20));
add('lr-out-of-range.adam-1e-10-species', 'species-group', sp(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-10), tr(40));
add('lr-out-of-range.rmsprop-lr-15-illness', 'tank-illness', ill(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(15), tr(20));
add('lr-out-of-range.nesterov-negative-gate', 'gate-count', gate(), [d(16, 'relu'), d(1)], 'mse', nest(-0.01, 0.9), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-species', 'species-group', sp(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.3-tanh-momentum-gate', 'gate-count', gate(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', mom(0.01, 0.9), tr(60));
add('init-symmetry.zeros-sigmoid-adam-illness', 'tank-illness', ill(), [d(24, 'sigmoid', { init: 'zeros' }), d(24, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.003), tr(40));
add('init-symmetry.zeros-elu-sgd-circles', 'moat-circles', CIRCLES, [d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.1), tr(120, 16));
add('init-symmetry.constant-0.05-tanh-spirals', 'aviary-spirals', SPIRALS, [d(64, 'tanh', init('constant', { value: 0.05 })), d(64, 'tanh', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', adam(0.005), tr(150));

add('init-scale.normal-std-10-relu-weight', 'animal-weight', wt(), [d(64, 'relu', init('normal', { std: 10 })), d(64, 'relu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-20-tanh-species', 'species-group', sp(), [d(64, 'tanh', init('uniform', { limit: 20 })), d(5, 'softmax', init('uniform', { limit: 20 }))], 'cce', nest(0.01, 0.9), tr(50));
add('init-scale.normal-1e-5-six-relu-gate', 'gate-count', gate(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-4-elu-illness', 'tank-illness', ill(), [...tower(3, 64, 'elu', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', rms(0.001), tr(40));
add('init-scale.uniform-1e-3-seven-tanh-xor', 'two-feeder-xor', XOR, [...tower(7, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', mom(0.05, 0.9), tr(100));

add('dead-relu.bias-minus-8-two-layer-weight', 'animal-weight', wt(), [d(64, 'relu', { bias: -8 }), d(32, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-deep-sgd-species', 'species-group', sp(), [...tower(4, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', sgd(0.05), tr(50));
add('dead-relu.adam-0.3-batch-4-vet', 'vet-cost', vet(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.3), tr(15, 4));
add('dead-relu.bias-minus-20-gate', 'gate-count', gate(), [d(128, 'relu', { bias: -20 }), d(1)], 'mse', nest(0.01, 0.9), tr(60));
add('dead-relu.momentum-0.99-lr-0.2-weight', 'animal-weight', wt(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', mom(0.2, 0.99), tr(30));

add('exploding-gradient.raw-visitor-count-target', 'gate-count-raw-target', gate({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('exploding-gradient.raw-vet-dollars-rmsprop', 'vet-cost-raw-target', vet({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(60));
add('exploding-gradient.raw-weight-grams-momentum', 'animal-weight-g', wt({ target: 'weight_g', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.0001, 0.9), tr(40));
add('exploding-gradient.raw-feed-grams-species-nesterov', 'species-raw', sp({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.001, 0.9), tr(30));
add('exploding-gradient.fifteen-relu-he-sgd-illness', 'tank-illness', ill(), [...tower(15, 32, 'relu', init('normal', { std: 0.5 })), d(1, 'sigmoid')], 'bce', sgd(0.0005), tr(30));

add('vanishing-gradient.eight-sigmoid-momentum-weight', 'animal-weight', wt(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('vanishing-gradient.twelve-sigmoid-rmsprop-species', 'species-group', sp(), [...tower(12, 24, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.0005), tr(50));
add('vanishing-gradient.ten-tanh-std-0.03-gate', 'gate-count', gate(), [...tower(10, 32, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', adam(0.0005), tr(60));
add('vanishing-gradient.nine-sigmoid-he-circles', 'moat-circles', CIRCLES, [...tower(9, 16, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));

add('nan-loss.sgd-2-batch-1-gate', 'gate-count', gate(), [d(32, 'relu'), d(1)], 'mse', sgd(2), tr(5, 1));
add('nan-loss.raw-grams-target-sgd-full-batch', 'animal-weight-g', wt({ target: 'weight_g', normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), tr(30, 900));
add('nan-loss.momentum-0.995-lr-1-species', 'species-group', sp(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(1, 0.995), tr(30, 64));
add('nan-loss.raw-vet-features-and-target-nesterov', 'vet-cost-raw', vet({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9), tr(20));
add('nan-loss.rmsprop-3-batch-2-weight', 'animal-weight', wt(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(3), tr(10, 2));

add('saturated-activation.sigmoid-raw-weight-grams-species', 'species-raw', sp({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.tanh-raw-visitors-illness', 'tank-illness-raw', ill({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-bias-8-weight', 'animal-weight', wt(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-day-of-year-gate', 'gate-count-raw', gate({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('saturated-activation.sigmoid-bias-minus-10-vet', 'vet-cost', vet(), [d(32, 'sigmoid', { bias: -10 }), d(1)], 'mse', nest(0.01, 0.9), tr(60));

add('lr-too-high.momentum-0.9-lr-0.8-batch-8-species', 'species-group', sp(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.8, 0.9), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-2-weight', 'animal-weight', wt(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.3-batch-16-illness', 'tank-illness', ill(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(30, 16));
add('lr-too-high.nesterov-0.95-lr-0.3-gate', 'gate-count', gate(), [d(32, 'tanh'), d(1)], 'mse', nest(0.3, 0.95), tr(40, 32));
add('lr-too-high.sgd-plain-1.5-batch-4-vet', 'vet-cost', vet(), [d(16, 'tanh'), d(1)], 'mse', sgd(1.5), tr(20, 4));
add('lr-too-high.momentum-0.5-lr-2-blobs', 'enclosure-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(2, 0.5), tr(40, 8));

add('lr-too-low.adam-1e-7-weight', 'animal-weight', wt(), [d(32, 'relu'), d(1)], 'mse', adam(0.0000001), tr(60));
add('lr-too-low.sgd-plain-1e-5-full-batch-400-species', 'species-group', sp(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.00001), tr(400, 1000));
add('lr-too-low.momentum-0.6-lr-1e-6-gate', 'gate-count', gate(), [d(32, 'elu'), d(1)], 'mse', mom(0.000001, 0.6), tr(60));
add('lr-too-low.rmsprop-1e-7-illness-batch-64', 'tank-illness', ill(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.0000001), tr(40, 64));
add('lr-too-low.nesterov-0.99-lr-1e-7-vet', 'vet-cost', vet(), [d(32, 'relu'), d(1)], 'mse', nest(0.0000001, 0.99), tr(60, 16));

// Oscillation candidates: full-batch and large-batch runs at the edge of stability.
add('oscillating-loss.momentum-0.995-lr-0.02-full-batch-linear-weight', 'animal-weight', wt(), [d(1)], 'mse', mom(0.02, 0.995), tr(300, 900));
add('oscillating-loss.sgd-plain-1.0-full-batch-linear-gate', 'gate-count', gate(), [d(1)], 'mse', sgd(1.0), tr(200, 730));
add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-tanh-gate', 'gate-count', gate(), [d(16, 'tanh'), d(1)], 'mse', nest(0.1, 0.99), tr(300, 730));
add('oscillating-loss.momentum-0.98-lr-0.5-full-batch-logistic-illness', 'tank-illness', ill(), [d(1, 'sigmoid')], 'bce', mom(0.5, 0.98), tr(300, 1100));
add('oscillating-loss.rmsprop-0.05-batch-500-linear-vet', 'vet-cost', vet(), [d(1)], 'mse', rms(0.05), tr(200, 500));
add('oscillating-loss.sgd-plain-0.95-full-batch-minmax-linear-weight', 'animal-weight', wt({ normalize: 'minmax' }), [d(1)], 'mse', sgd(3.5), tr(300, 900));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-256-relu-vet', 'vet-cost', vet(), [d(16, 'relu'), d(1)], 'mse', mom(0.05, 0.99), tr(200, 256));
add('oscillating-loss.adam-0.5-full-batch-linear-gate', 'gate-count', gate(), [d(1)], 'mse', adam(0.5), tr(200, 730));
add('oscillating-loss.momentum-0.97-lr-0.3-full-batch-linear-gate', 'gate-count', gate(), [d(1)], 'mse', mom(0.3, 0.97), tr(300, 730));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-vet', 'vet-cost', vet(), [d(1)], 'mse', sgd(1.9), tr(200, 800));

add('loss-plateau.keeper-number-only-species', 'species-group', sp({ features: ['keeper_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.tank-number-only-illness', 'tank-illness', ill({ features: ['tank_no'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(40));
add('loss-plateau.weight-decay-5-sgd-weight', 'animal-weight', wt(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-gate', 'gate-count', gate(), [d(32, 'elu'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));
add('loss-plateau.dropout-0.97-vet', 'vet-cost', vet(), [d(32, 'relu'), drop(0.97), d(1)], 'mse', rms(0.002), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.weight-adam-relu', 'animal-weight', wt(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.weight-rmsprop-elu-val', 'animal-weight', wt(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.weight-sgd-plain-full-batch-linear-400', 'animal-weight', wt(), [d(1)], 'mse', sgd(0.3), tr(400, 900));
add('ok.weight-momentum-0.5-tanh-batch-16', 'animal-weight', wt(), [d(32, 'tanh'), d(1)], 'mse', mom(0.02, 0.5), tr(60, 16));
add('ok.weight-nesterov-0.95-relu-full-batch-300', 'animal-weight', wt(), [d(32, 'relu'), d(1)], 'mse', nest(0.05, 0.95), tr(300, 900));
add('ok.weight-minmax-adam-bn-batch-128', 'animal-weight', wt({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 128));
add('ok.weight-grams-standardized-leaky-batch-1', 'animal-weight-g', wt({ target: 'weight_g' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.005), tr(5, 1));
add('ok.species-adam-relu', 'species-group', sp(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.species-rmsprop-tanh-dropout', 'species-group', sp(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.species-momentum-0.8-elu-batch-8', 'species-group', sp(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.01, 0.8), tr(40, 8));
add('ok.species-momentum-0.99-full-batch-300', 'species-group', sp(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05, 0.99), tr(300, 1000));
add('ok.species-minmax-adam-bn', 'species-group', sp({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.species-softmax-regression-sgd-full-batch-500', 'species-group', sp(), [d(5, 'softmax')], 'cce', sgd(0.5), tr(500, 1000));
add('ok.illness-adam-relu', 'tank-illness', ill(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.illness-logistic-nesterov-full-batch', 'tank-illness', ill(), [d(1, 'sigmoid')], 'bce', nest(0.5, 0.9), tr(300, 1100));
add('ok.illness-rmsprop-elu-clip', 'tank-illness', ill({ normalize: 'minmax' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.illness-momentum-0.95-tanh-batch-64', 'tank-illness', ill(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.95), tr(80, 64));
add('ok.vet-adam-elu', 'vet-cost', vet(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.vet-rmsprop-relu-batch-200', 'vet-cost', vet(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 200));
add('ok.vet-nesterov-0.9-tanh-lecun', 'vet-cost', vet(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.01, 0.9), tr(80));
add('ok.vet-minmax-target-adam-dropout', 'vet-cost', vet({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.vet-momentum-0.7-leaky-batch-4', 'vet-cost', vet(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.005, 0.7), tr(20, 4));
add('ok.vet-sgd-plain-full-batch-linear-300', 'vet-cost', vet(), [d(1)], 'mse', sgd(0.2), tr(300, 800));
add('ok.gate-adam-tanh', 'gate-count', gate(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.gate-sgd-plain-relu-batch-2', 'gate-count', gate(), [d(16, 'relu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.gate-momentum-0.9-full-batch-linear', 'gate-count', gate(), [d(1)], 'mse', mom(0.1, 0.9), tr(300, 730));
add('ok.gate-adam-bn-dropout-deep-val', 'gate-count', gate(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.gate-nesterov-0.99-lr-0.02-full-batch-linear', 'gate-count', gate(), [d(1)], 'mse', nest(0.02, 0.99), tr(400, 730));
add('ok.gate-momentum-0.9-lr-0.9-full-batch-wild-start', 'gate-count', gate(), [d(1)], 'mse', mom(0.9, 0.9), tr(300, 730));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-nesterov-full-batch-elu', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', nest(0.1, 0.9), tr(400, 150));
add('ok.moons-adam-relu', 'otter-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-momentum-0.6-tanh-full-batch', 'otter-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.6), tr(600, 250));
add('ok.circles-adam-elu', 'moat-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-rmsprop-relu-bn', 'moat-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.spirals-adam-tanh-deep', 'aviary-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'enclosure-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.blobs4-momentum-0.95-full-batch-relu', 'enclosure-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.05, 0.95), tr(300, 320));
add('ok.sine-rmsprop-elu', 'tide-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-full-batch', 'tide-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(500, 250));
add('ok.xor-adam-tanh', 'two-feeder-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-xavier-normal', 'two-feeder-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.penguin-inline-adam-tanh', 'penguin-dive', INLINE_PENGUIN, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.weight-adam-he-uniform-leaky-decay', 'animal-weight', wt(), [d(64, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.002, { weightDecay: 0.0001 }), tr(60));
add('ok.species-sgd-plain-sigmoid-xavier-uniform', 'species-group', sp(), [d(32, 'sigmoid', { init: 'xavier_uniform' }), d(5, 'softmax')], 'cce', sgd(0.2), tr(80, 16));
add('ok.vet-momentum-0.995-lr-0.001-batch-32', 'vet-cost', vet(), [d(32, 'elu'), d(1)], 'mse', mom(0.001, 0.995), tr(80));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
