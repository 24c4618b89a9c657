/**
 * Writes every candidate spec of blind fault set 157 (recycling centres and waste sorting) into
 * candidates/: `npx tsx test/faults-blind157/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 157, data, layers, loss, optimizer, training, ...extra };
}

const BF = ['bale_weight_kg', 'contamination_pct', 'moisture_pct', 'conveyor_speed_mps', 'press_bar', 'market_index_eur_t'];
const bale = (x: Json = {}): Json => ({ csv: '../data/bales.csv', target: 'price_eur_t', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MF = ['nir_peak_nm', 'density_g_cm3', 'conductivity_ms', 'item_g', 'colour_index'];
const mat = (x: Json = {}): Json => ({ csv: '../data/material.csv', target: 'material', features: MF, normalize: 'standard', ...x });
const FF = ['pile_temp_c', 'battery_items', 'pile_height_m', 'moisture_pct', 'hours_since_turn', 'shredder_amps'];
const fire = (x: Json = {}): Json => ({ csv: '../data/fire.csv', target: 'fire_risk', features: FF, normalize: 'standard', ...x });
const RF = ['tonnes', 'contamination_pct', 'grade', 'haul_km', 'price_eur_t'];
const reb = (x: Json = {}): Json => ({ csv: '../data/rebate.csv', target: 'rebate_eur', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const TF = ['hour', 'belt_speed_mps', 'pickers', 'infeed_t', 'jams'];
const tput = (x: Json = {}): Json => ({ csv: '../data/throughput.csv', target: 'throughput_tph', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
// A yard foreman's notebook: bag weight (kg) and visible film share (%) -> bag rejected at the tipping floor (1) or not (0).
const INLINE_BAGS = {
  inline: {
    x: [[4, 5], [6, 10], [8, 40], [3, 60], [10, 15], [12, 55], [5, 70], [7, 20], [9, 35], [11, 65], [2, 8], [6, 45], [13, 25], [4, 50], [8, 12], [10, 75], [3, 30], [12, 5], [5, 58], [9, 48]],
    y: [0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 1],
  },
  normalize: 'standard',
};
const FULL_T = 720, FULL_B = 960, FULL_M = 1100, FULL_F = 1200, FULL_R = 800;

// ---------------------------------------------------------------- oscillating-loss (written first)
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-throughput', 'line-throughput', tput(), [d(1)], 'mse', mom(0.3, 0.95), tr(200, FULL_T));
add('oscillating-loss.kg-and-tonnes-sgd-0.95-full-batch-linear-bales', 'bale-price', bale({ features: ['bale_weight_kg', 'bale_weight_t', ...BF.slice(1)] }), [d(1)], 'mse', sgd(0.95), tr(200, FULL_B));
add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-tanh-material', 'material-type', mat(), [d(16, 'tanh'), d(6, 'softmax')], 'cce', nest(0.1, 0.99), tr(300, FULL_M));
add('oscillating-loss.momentum-0.995-lr-0.05-batch-64-logistic-fire', 'fire-risk', fire(), [d(1, 'sigmoid')], 'bce', mom(0.05, 0.995), tr(150, 64));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-bales', 'bale-price', bale(), [d(1)], 'mse', rms(0.05), tr(200, FULL_B));
add('oscillating-loss.adam-0.3-full-batch-linear-throughput-kg', 'line-throughput', tput({ features: ['hour', 'belt_speed_mps', 'pickers', 'infeed_t', 'jams'] }), [d(1)], 'mse', adam(0.3), tr(200, FULL_T));
add('oscillating-loss.momentum-0.9-lr-0.9-batch-360-linear-throughput', 'line-throughput', tput(), [d(1)], 'mse', mom(0.9, 0.9), tr(200, 360));
add('oscillating-loss.sgd-plain-1.9-batch-240-linear-rebate', 'rebate-eur', reb(), [d(1)], 'mse', sgd(1.9), tr(200, 240));
add('oscillating-loss.nesterov-0.98-lr-0.5-full-batch-relu-throughput', 'line-throughput', tput(), [d(8, 'relu'), d(1)], 'mse', nest(0.5, 0.98), tr(400, FULL_T));
add('oscillating-loss.momentum-0.97-lr-3-full-batch-logistic-bags', 'bag-rejects', INLINE_BAGS, [d(1, 'sigmoid')], 'bce', mom(3, 0.97), tr(300, 20));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'bale-price', bale(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'material-type', mat(), [d(32, 'gelu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.sparse-categorical-loss', 'material-type', mat(), [d(32, 'relu'), d(6, 'softmax')], 'sparse_categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.batch-size-zero', 'line-throughput', tput(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(60, 0));
add('invalid-spec.units-string', 'fire-risk', fire(), [d('32' as unknown as number, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-contamination', 'bale-price-na', bale({ csv: '../data/bales-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.line-id-feature', 'bale-price', bale({ features: ['line_id', ...BF] }), [d(32, 'elu'), d(1)], 'mse', mom(0.01, 0.8), tr(60));
add('data-error.baled-at-timestamp-feature', 'bale-price', bale({ features: ['baled_at', ...BF] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.council-id-feature-rebate', 'rebate-eur', reb({ features: ['council_id', ...RF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.bay-id-feature-fire', 'fire-risk', fire({ features: ['bay_id', ...FF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(40));
add('data-error.density-typo', 'material-type', mat({ features: ['nir_peak_nm', 'density_kg_m3', 'conductivity_ms', 'item_g', 'colour_index'] }), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.throughput-target-typo', 'line-throughput', tput({ target: 'throughput_tpH' }), [d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(60));

add('shape-mismatch.material-five-heads-no-battery', 'material-type', mat(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.fire-two-sigmoid-heads-bce', 'fire-risk', fire(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.price-and-market-one-output', 'bale-price', bale({ target: ['price_eur_t', 'market_index_eur_t'], features: BF.slice(0, 5) }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'sorting-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(60));

add('loss-activation-mismatch.material-sigmoid-head-cce', 'material-type', mat(), [d(32, 'relu'), d(6, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.fire-tanh-head-bce', 'fire-risk', fire(), [d(16, 'elu'), d(1, 'tanh')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-head-standardized-price', 'bale-price', bale(), [d(32, 'tanh'), d(1, 'relu')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.softmax-single-unit-bags', 'bag-rejects', INLINE_BAGS, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.sigmoid-head-standardized-throughput', 'line-throughput', tput(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', sgd(0.05), tr(60, 16));

add('no-nonlinearity.circles-two-linear-adam', 'baler-ring-circles', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.xor-linear-momentum-0.7-batch-4', 'two-bin-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', mom(0.02, 0.7), tr(80, 4));
add('no-nonlinearity.spirals-deep-linear-dropout-rmsprop', 'trommel-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', rms(0.002), tr(150));
add('no-nonlinearity.sine-linear-nesterov-full-batch', 'shift-cycle-sine', SINE, [d(32), d(32), d(1)], 'mse', nest(0.05, 0.9), tr(300, 250));

add('lr-out-of-range.nesterov-lr-25-material', 'material-type', mat(), [d(32, 'relu'), d(6, 'softmax')], 'cce', nest(25), tr(30));
add('lr-out-of-range.adam-1e-8-fire', 'fire-risk', fire(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.00000001), tr(40));
add('lr-out-of-range.rmsprop-lr-12-throughput', 'line-throughput', tput(), [d(16, 'elu'), d(1)], 'mse', rms(12), tr(30));
add('lr-out-of-range.sgd-negative-rebate', 'rebate-eur', reb(), [d(16, 'tanh'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-momentum-bales', 'bale-price', bale(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01, 0.9), tr(60));
add('init-symmetry.constant-0.5-tanh-rmsprop-material', 'material-type', mat(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(6, 'softmax', init('constant', { value: 0.5 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.zeros-sigmoid-sgd-full-batch-moons', 'sorting-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(300, 300));
add('init-symmetry.constant-0.2-elu-adam-throughput', 'line-throughput', tput(), [d(24, 'elu', init('constant', { value: 0.2 })), d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', adam(0.003), tr(60));

add('init-scale.normal-std-10-sigmoid-fire', 'fire-risk', fire(), [d(32, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.002), tr(40));
add('init-scale.uniform-6-tanh-material-nesterov', 'material-type', mat(), [d(64, 'tanh', init('uniform', { limit: 6 })), d(64, 'tanh', init('uniform', { limit: 6 })), d(6, 'softmax', init('uniform', { limit: 6 }))], 'cce', nest(0.01), tr(50));
add('init-scale.normal-1e-5-six-relu-bales', 'bale-price', bale(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-4-elu-rebate', 'rebate-eur', reb(), [d(64, 'elu', init('normal', { std: 4 })), d(64, 'elu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', rms(0.001), tr(60));

add('dead-relu.bias-minus-8-adam-throughput', 'line-throughput', tput(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-layer-material', 'material-type', mat(), [...tower(3, 32, 'relu', { bias: -4 }), d(6, 'softmax')], 'cce', rms(0.002), tr(50));
add('dead-relu.nesterov-lr-2-batch-4-bales', 'bale-price', bale(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', nest(2, 0.9), tr(10, 4));
add('dead-relu.adam-0.5-batch-16-rebate', 'rebate-eur', reb(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(30, 16));
add('dead-relu.bias-minus-6-bn-off-moons', 'sorting-moons', MOONS, [d(32, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', mom(0.05, 0.5), tr(100));

add('exploding-gradient.raw-rebate-euros-nesterov', 'rebate-eur-raw-target', reb({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.0001), tr(40));
add('exploding-gradient.raw-kgph-target-adam', 'line-throughput-kg', tput({ target: 'throughput_kgph', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-serial-and-amps-fire-momentum', 'fire-risk-raw', fire({ normalize: 'none', features: [...FF, 'sensor_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001, 0.9), tr(30));
add('exploding-gradient.ten-leaky-std-0.7-bales', 'bale-price', bale(), [...tower(10, 48, 'leaky_relu', init('normal', { std: 0.7 })), d(1)], 'mse', rms(0.0005), tr(30));
add('exploding-gradient.raw-nir-nanometres-material-sgd', 'material-raw', mat({ normalize: 'none' }), [d(32, 'relu'), d(6, 'softmax')], 'cce', sgd(0.001), tr(30, 16));

add('vanishing-gradient.eight-sigmoid-momentum-0.99-bales', 'bale-price', bale(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', mom(0.005, 0.99), tr(60));
add('vanishing-gradient.ten-tanh-std-0.02-rmsprop-material', 'material-type', mat(), [...tower(10, 32, 'tanh', init('normal', { std: 0.02 })), d(6, 'softmax')], 'cce', rms(0.001), tr(50));
add('vanishing-gradient.nine-sigmoid-lecun-circles', 'baler-ring-circles', CIRCLES, [...tower(9, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));
add('vanishing-gradient.twelve-sigmoid-adam-throughput', 'line-throughput', tput(), [...tower(12, 16, 'sigmoid'), d(1)], 'mse', adam(0.0003), tr(60));

add('nan-loss.sgd-plain-5-batch-2-throughput', 'line-throughput', tput(), [d(16, 'elu'), d(1)], 'mse', sgd(5), tr(5, 2));
add('nan-loss.raw-rebate-full-batch-momentum', 'rebate-eur-raw-target', reb({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(40, FULL_R));
add('nan-loss.momentum-0.995-lr-1-batch-8-bales', 'bale-price', bale(), [d(32, 'tanh'), d(1)], 'mse', mom(1, 0.995), tr(20, 8));
add('nan-loss.constant-1.5-leaky-deep-rebate', 'rebate-eur', reb(), [...tower(5, 48, 'leaky_relu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', sgd(0.01), tr(20));
add('nan-loss.raw-kg-features-sgd-linear', 'bale-price-raw', bale({ normalize: 'none' }), [d(1)], 'mse', sgd(0.001), tr(20));

add('saturated-activation.tanh-raw-nir-material', 'material-raw', mat({ normalize: 'none' }), [d(32, 'tanh'), d(6, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-raw-press-bar-bales', 'bale-price-raw-features', bale({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-8-fire', 'fire-risk', fire(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', nest(0.02), tr(40));
add('saturated-activation.tanh-raw-hours-throughput', 'line-throughput-raw', tput({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01, 0.8), tr(60, 16));

add('lr-too-high.momentum-0.9-lr-0.6-batch-8-material', 'material-type', mat(), [d(32, 'relu'), d(6, 'softmax')], 'cce', mom(0.6, 0.9), tr(40, 8));
add('lr-too-high.rmsprop-0.05-batch-2-throughput', 'line-throughput', tput(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(10, 2));
add('lr-too-high.adam-0.3-batch-16-rebate', 'rebate-eur', reb(), [d(32, 'elu'), d(1)], 'mse', adam(0.3), tr(30, 16));
add('lr-too-high.sgd-plain-2-batch-1-fire', 'fire-risk', fire(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(2), tr(5, 1));
add('lr-too-high.nesterov-0.99-lr-0.3-batch-32-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.3, 0.99), tr(60, 32));
add('lr-too-high.adam-0.1-batch-1-spirals', 'trommel-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(20, 1));

add('lr-too-low.nesterov-1e-6-full-batch-throughput', 'line-throughput', tput(), [d(32, 'relu'), d(1)], 'mse', nest(0.000001, 0.9), tr(300, FULL_T));
add('lr-too-low.adam-3e-7-material', 'material-type', mat(), [d(32, 'tanh'), d(6, 'softmax')], 'cce', adam(0.0000003), tr(50));
add('lr-too-low.momentum-0.5-lr-1e-5-fire', 'fire-risk', fire(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.00001, 0.5), tr(40));
add('lr-too-low.sgd-plain-1e-5-full-batch-bales-long', 'bale-price', bale(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(400, FULL_B));
add('lr-too-low.rmsprop-1e-7-batch-4-rebate', 'rebate-eur', reb(), [d(32, 'relu'), d(1)], 'mse', rms(0.0000001), tr(20, 4));

add('loss-plateau.sensor-serial-only-fire', 'fire-risk', fire({ features: ['sensor_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.belt-lane-only-material', 'material-type', mat({ features: ['belt_lane'] }), [d(16, 'tanh'), d(6, 'softmax')], 'cce', mom(0.05, 0.9), tr(50));
add('loss-plateau.haul-km-only-rebate', 'rebate-eur', reb({ features: ['haul_km'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-5-nesterov-bales', 'bale-price', bale(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-throughput', 'line-throughput', tput(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.bales-adam-relu', 'bale-price', bale(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.bales-linear-sgd-full-batch-long', 'bale-price', bale(), [d(1)], 'mse', sgd(0.1), tr(400, FULL_B));
add('ok.bales-momentum-0.9-tanh-full-batch-300', 'bale-price', bale(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.9), tr(300, FULL_B));
add('ok.bales-tonnes-rmsprop-elu-val', 'bale-price', bale({ features: ['bale_weight_t', ...BF.slice(1)] }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.bales-minmax-nesterov-0.8-leaky-batch-8', 'bale-price', bale({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.02, 0.8), tr(40, 8));
add('ok.bales-momentum-0.99-sigmoid-batch-64', 'bale-price', bale(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.005, 0.99), tr(100, 64));
add('ok.bales-sgd-plain-elu-batch-1', 'bale-price', bale(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(5, 1));
add('ok.material-adam-relu', 'material-type', mat(), [d(32, 'relu'), d(16, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.material-nesterov-0.95-full-batch-softmax', 'material-type', mat(), [d(6, 'softmax')], 'cce', nest(0.5, 0.95), tr(300, FULL_M));
add('ok.material-rmsprop-tanh-dropout', 'material-type', mat(), [d(64, 'tanh'), drop(0.2), d(6, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.material-momentum-0.5-elu-batch-16', 'material-type', mat(), [d(32, 'elu'), d(6, 'softmax')], 'cce', mom(0.05, 0.5), tr(40, 16));
add('ok.material-minmax-adam-bn-batch-128', 'material-type', mat({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(6, 'softmax')], 'cce', adam(0.005), tr(80, 128));
add('ok.material-sgd-plain-sigmoid-full-batch-long', 'material-type', mat(), [d(16, 'sigmoid'), d(6, 'softmax')], 'cce', sgd(1), tr(500, FULL_M));
add('ok.fire-adam-relu', 'fire-risk', fire(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.fire-logistic-momentum-0.95-full-batch', 'fire-risk', fire(), [d(1, 'sigmoid')], 'bce', mom(0.2, 0.95), tr(300, FULL_F));
add('ok.fire-nesterov-tanh-batch-64-clip', 'fire-risk', fire(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9, { clipNorm: 1 }), tr(80, 64));
add('ok.fire-rmsprop-elu-decay', 'fire-risk', fire(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.002, { weightDecay: 0.0001 }), tr(60));
add('ok.rebate-adam-elu', 'rebate-eur', reb(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.rebate-momentum-0.7-relu-batch-16', 'rebate-eur', reb(), [d(64, 'relu'), d(1)], 'mse', mom(0.01, 0.7), tr(60, 16));
add('ok.rebate-nesterov-0.9-tanh-full-batch-long', 'rebate-eur', reb(), [d(32, 'tanh'), d(1)], 'mse', nest(0.1, 0.9), tr(500, FULL_R));
add('ok.rebate-minmax-target-adam-dropout', 'rebate-eur', reb({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.rebate-rmsprop-leaky-he-uniform-batch-256', 'rebate-eur', reb(), [d(64, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.throughput-adam-tanh', 'line-throughput', tput(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.throughput-linear-momentum-0.98-full-batch', 'line-throughput', tput(), [d(1)], 'mse', mom(0.02, 0.98), tr(300, FULL_T));
add('ok.throughput-linear-nesterov-wild-start-full-batch', 'line-throughput', tput(), [d(1)], 'mse', nest(0.6, 0.9), tr(300, FULL_T));
add('ok.throughput-kgph-minmax-target-rmsprop-relu', 'line-throughput-kg', tput({ target: 'throughput_kgph', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.throughput-sgd-plain-relu-full-batch-deep-long', 'line-throughput', tput(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.1), tr(600, FULL_T));
add('ok.throughput-adam-bn-dropout-deep-val', 'line-throughput', tput(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.2 }));
add('ok.throughput-momentum-0.995-linear-batch-32', 'line-throughput', tput(), [d(1)], 'mse', mom(0.001, 0.995), tr(60, 32));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-momentum-0.9-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.1, 0.9), tr(300, 150));
add('ok.moons-adam-relu', 'sorting-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-0.95-tanh-full-batch-long', 'sorting-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.3, 0.95), tr(500, 300));
add('ok.circles-rmsprop-elu', 'baler-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-momentum-0.8-relu-bn', 'baler-ring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05, 0.8), tr(150));
add('ok.spirals-adam-tanh-deep', 'trommel-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-leaky-batch-4', 'sorting-blobs', BLOBS4, [d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', sgd(0.05), tr(40, 4));
add('ok.sine-adam-tanh-full-batch', 'shift-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 250));
add('ok.sine-rmsprop-elu-xavier-normal', 'shift-cycle-sine', SINE, [d(32, 'elu', { init: 'xavier_normal' }), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.xor-adam-tanh', 'two-bin-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-momentum-0.6-relu-batch-8', 'two-bin-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.1, 0.6), tr(150, 8));
add('ok.bags-inline-adam-tanh', 'bag-rejects', INLINE_BAGS, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 20));
add('ok.bags-inline-logistic-momentum-0.9-full-batch', 'bag-rejects', INLINE_BAGS, [d(1, 'sigmoid')], 'bce', mom(0.5, 0.9), tr(300, 20));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
