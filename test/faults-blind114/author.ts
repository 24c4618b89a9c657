/**
 * Writes every candidate spec of blind fault set 114 (mining and quarries) into candidates/:
 * `npx tsx test/faults-blind114/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 114, data, layers, loss, optimizer, training, ...extra };
}

const ASSAY = ['from_depth_m', 'sulphide_pct', 'quartz_vein_pct', 'arsenic_ppm', 'copper_ppm'];
const gold = (x: Json = {}): Json => ({ csv: '../data/assays.csv', target: 'gold_g_t', features: ASSAY, normalize: 'standard', normalizeTarget: 'standard', ...x });
const HAUL = ['bucket_passes', 'bucket_fill_pct', 'strut_pressure_kpa', 'haul_km', 'fuel_l', 'ambient_c'];
const payload = (x: Json = {}): Json => ({ csv: '../data/haul.csv', target: 'payload_t', features: HAUL, normalize: 'standard', normalizeTarget: 'standard', ...x });
const ROCK = ['hole_depth_m', 'penetration_m_h', 'torque_knm', 'pulldown_kn', 'vibration_g', 'density_t_m3', 'mag_susc'];
const rock = (x: Json = {}): Json => ({ csv: '../data/rocks.csv', target: 'rock_type', features: ROCK, normalize: 'standard', ...x });
const SLOPE = ['displacement_mm_day', 'rainfall_mm', 'pore_pressure_kpa', 'crack_count', 'blast_ppv_mm_s', 'dust_pm10_ug_m3'];
const slope = (x: Json = {}): Json => ({ csv: '../data/slopes.csv', target: 'slope_failure', features: SLOPE, normalize: 'standard', ...x });
const CRUSH = ['feed_p80_mm', 'css_mm', 'bond_wi_kwh_t', 'moisture_pct', 'belt_m_s', 'power_kw'];
const tph = (x: Json = {}): Json => ({ csv: '../data/crusher.csv', target: 'throughput_tph', features: CRUSH, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.12 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.06 };
const SPIRALS2 = { builtin: 'spirals', samples: 400, noise: 0.03 };
const BLOBS3 = { builtin: 'blobs', samples: 360, classes: 3, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 200, noise: 0.1 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A quarry foreman's blast log: powder factor kg/m3 and burden m -> oversize boulders (0/1).
const INLINE_BLAST = {
  inline: {
    x: [[0.35, 3.5], [0.45, 3.0], [0.55, 2.8], [0.3, 4.2], [0.25, 4.0], [0.6, 2.5], [0.4, 3.8], [0.5, 3.2], [0.28, 3.3], [0.65, 3.9], [0.33, 2.6], [0.48, 4.4], [0.38, 3.1], [0.58, 3.6], [0.22, 3.0], [0.52, 4.1], [0.42, 2.7], [0.3, 3.7], [0.62, 3.0], [0.27, 4.5], [0.47, 2.9], [0.36, 4.3], [0.56, 3.3], [0.32, 2.9]],
    y: [1, 0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'gold-grade', gold(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.swish-activation', 'haul-payload', payload(), [d(32, 'swish'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.huber-loss', 'crusher-throughput', tph(), [d(32, 'relu'), d(1)], 'huber', rms(0.002), tr(60));
add('invalid-spec.glorot-init-name', 'rock-type', rock(), [d(32, 'tanh', { init: 'glorot_uniform' }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.conv1d-layer', 'slope-alarm', slope(), [{ type: 'conv1d', filters: 8, kernel: 3 }, d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.epochs-string', 'gold-grade', gold(), [d(16, 'elu'), d(1)], 'mse', adam(0.003), { epochs: '60', batchSize: 32 });

add('data-error.na-arsenic', 'gold-grade-na', gold({ csv: '../data/assays-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.truck-id-feature', 'haul-payload', payload({ features: ['truck_id', ...HAUL] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.crusher-comma-separator-assumed', 'crusher-throughput', tph({ features: ['feed_p80_mm', 'css_mm', 'bond_wi', 'moisture_pct', 'belt_m_s', 'power_kw'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-csv-file', 'slope-alarm', slope({ csv: '../data/slope_radar.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.bench-label-feature', 'rock-type', rock({ features: ['bench', ...ROCK] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));

add('shape-mismatch.rock-four-heads', 'rock-type', rock(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.payload-two-outputs', 'haul-payload', payload(), [d(32, 'tanh'), d(2)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.grade-and-cost-one-output', 'grade-and-cost', gold({ target: ['gold_g_t', 'assay_cost_usd'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.blobs3-two-heads', 'pit-zones-blobs', BLOBS3, [d(16, 'relu'), d(2, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.softmax-single-slope', 'slope-alarm', slope(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-rock', 'rock-type', rock(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-head-standardized-gold', 'gold-grade', gold(), [d(32, 'tanh'), d(1, 'relu')], 'mse', rms(0.002), tr(60));
add('loss-activation-mismatch.tanh-heads-cce-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'tanh')], 'cce', nest(0.02), tr(80, 16));
add('loss-activation-mismatch.linear-head-bce-blast', 'blast-oversize', INLINE_BLAST, [d(8, 'tanh'), d(1)], 'bce', adam(0.01), tr(200, 8));

add('no-nonlinearity.moons-linear-rmsprop', 'ore-lens-moons', MOONS, [d(32), d(32), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.spirals-linear-batch-norm-adam', 'haul-road-spirals', SPIRALS2, [d(64, 'linear', { batchNorm: true }), d(64, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('no-nonlinearity.sine-linear-momentum-batch-8', 'tidal-pit-water', SINE, [d(32), d(32), d(1)], 'mse', mom(0.01), tr(100, 8));
add('no-nonlinearity.xor-linear-nesterov-lecun', 'twin-sensor-parity', XOR, [d(16, 'linear', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));

add('lr-out-of-range.adam-5-payload', 'haul-payload', payload(), [d(32, 'relu'), d(1)], 'mse', adam(5), tr(30));
add('lr-out-of-range.momentum-1e-9-rock', 'rock-type', rock(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(1e-9), tr(50));
add('lr-out-of-range.rmsprop-50-crusher', 'crusher-throughput', tph(), [d(32, 'elu'), d(1)], 'mse', rms(50), tr(30));
add('lr-out-of-range.sgd-zero-slope', 'slope-alarm', slope(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-tanh-adam-gold', 'gold-grade', gold(), [d(32, 'tanh', { init: 'zeros' }), d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.3-relu-rmsprop-rock', 'rock-type', rock(), [d(32, 'relu', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-0.05-leaky-sgd-crusher', 'crusher-throughput', tph(), [d(24, 'leaky_relu', init('constant', { value: 0.05 })), d(24, 'leaky_relu', init('constant', { value: 0.05 })), d(1, 'linear', init('constant', { value: 0.05 }))], 'mse', sgd(0.02), tr(60, 16));
add('init-symmetry.zeros-elu-momentum-circles', 'blast-ring-circles', CIRCLES, [d(16, 'elu', { init: 'zeros' }), d(16, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05), tr(100));
add('init-symmetry.constant-1-sigmoid-nesterov-payload', 'haul-payload', payload(), [d(16, 'sigmoid', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', nest(0.01), tr(60));

add('init-scale.normal-std-4-tanh-rock', 'rock-type', rock(), [d(64, 'tanh', init('normal', { std: 4 })), d(64, 'tanh', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', adam(0.003), tr(50));
add('init-scale.uniform-8-relu-crusher', 'crusher-throughput', tph(), [d(64, 'relu', init('uniform', { limit: 8 })), d(64, 'relu', init('uniform', { limit: 8 })), d(1, 'linear', init('uniform', { limit: 8 }))], 'mse', nest(0.005), tr(40));
add('init-scale.normal-1e-4-six-tanh-payload', 'haul-payload', payload(), [...tower(6, 32, 'tanh', init('normal', { std: 0.0001 })), d(1, 'linear', init('normal', { std: 0.0001 }))], 'mse', mom(0.01), tr(60));
add('init-scale.normal-std-20-sigmoid-slope', 'slope-alarm', slope(), [d(32, 'sigmoid', init('normal', { std: 20 })), d(1, 'sigmoid', init('normal', { std: 20 }))], 'bce', rms(0.001), tr(40));
add('init-scale.uniform-1e-4-eight-elu-gold', 'gold-grade', gold(), [...tower(8, 24, 'elu', init('uniform', { limit: 0.0001 })), d(1, 'linear', init('uniform', { limit: 0.0001 }))], 'mse', sgd(0.02), tr(60));

add('dead-relu.bias-minus-5-two-layer-payload', 'haul-payload', payload(), [d(32, 'relu', { bias: -5 }), d(32, 'relu', { bias: -5 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.rmsprop-0.08-batch-8-gold', 'gold-grade', gold(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.08), tr(30, 8));
add('dead-relu.bias-minus-3-deep-rock', 'rock-type', rock(), [...tower(3, 32, 'relu', { bias: -3 }), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('dead-relu.nesterov-0.5-crusher', 'crusher-throughput', tph(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', nest(0.5), tr(30, 16));
add('dead-relu.bias-minus-10-single-slope', 'slope-alarm', slope(), [d(32, 'relu', { bias: -10 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('exploding-gradient.raw-strut-pressure-sgd', 'haul-payload-raw', payload({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(30));
add('exploding-gradient.raw-tph-target-adam', 'crusher-throughput-raw', tph({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(30));
add('exploding-gradient.twelve-relu-std-0.6-gold', 'gold-grade', gold(), [...tower(12, 32, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', mom(0.0005), tr(30));
add('exploding-gradient.raw-arsenic-ppm-nesterov', 'gold-grade-raw', gold({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.0001), tr(30));
add('exploding-gradient.raw-payload-tonnes-rmsprop', 'haul-payload-raw-target', payload({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(30));

add('vanishing-gradient.nine-sigmoid-adam-rock', 'rock-type', rock(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.0005), tr(50));
add('vanishing-gradient.twelve-tanh-std-0.05-crusher', 'crusher-throughput', tph(), [...tower(12, 24, 'tanh', init('normal', { std: 0.05 })), d(1)], 'mse', nest(0.01), tr(60));
add('vanishing-gradient.eight-sigmoid-sgd-moons', 'ore-lens-moons', MOONS, [...tower(8, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));
add('vanishing-gradient.ten-sigmoid-rmsprop-payload', 'haul-payload', payload(), [...tower(10, 32, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.0002), tr(60));

add('nan-loss.raw-tph-sgd-0.01', 'crusher-throughput-raw', tph({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.raw-strut-momentum', 'haul-payload-raw', payload({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.05), tr(20));
add('nan-loss.sgd-plain-3-gold', 'gold-grade', gold(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', sgd(3), tr(30));
add('nan-loss.adam-0.5-batch-1-payload', 'haul-payload', payload(), [d(64, 'leaky_relu'), d(1)], 'mse', adam(0.5), tr(10, 1));
add('nan-loss.raw-arsenic-sgd-0.001', 'gold-grade-raw', gold({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.001), tr(20));

add('saturated-activation.sigmoid-raw-strut-payload', 'haul-payload-raw', payload({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-pulldown-rock', 'rock-type-raw', rock({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('saturated-activation.tanh-bias-6-gold', 'gold-grade', gold(), [d(32, 'tanh', { bias: 6 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.sigmoid-raw-dust-slope', 'slope-alarm-raw', slope({ normalize: 'none' }), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('saturated-activation.tanh-raw-power-crusher', 'crusher-throughput-raw', tph({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', sgd(0.01), tr(60, 16));

add('lr-too-high.sgd-plain-0.4-batch-8-payload', 'haul-payload', payload(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.4), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-32-gold', 'gold-grade', gold(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(0.05), tr(30));
add('lr-too-high.adam-0.08-batch-16-rock', 'rock-type', rock(), [d(32, 'elu'), d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.08), tr(40, 16));
add('lr-too-high.momentum-0.99-lr-0.05-batch-16-crusher', 'crusher-throughput', tph(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.05, 0.99), tr(40, 16));
add('lr-too-high.nesterov-1-batch-4-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(1), tr(30, 4));
add('lr-too-high.adam-0.05-batch-2-slope', 'slope-alarm', slope(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(10, 2));

add('lr-too-low.sgd-plain-1e-4-rock', 'rock-type', rock(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.0001), tr(60));
add('lr-too-low.adam-1e-6-crusher', 'crusher-throughput', tph(), [d(32, 'relu'), d(1)], 'mse', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-payload', 'haul-payload', payload(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-5-gold', 'gold-grade', gold(), [d(32, 'relu'), d(1)], 'mse', mom(0.00001), tr(80));
add('lr-too-low.nesterov-1e-4-full-batch-moons', 'ore-lens-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.0001), tr(200, 300));

add('oscillating-loss.sgd-plain-1.8-full-batch-linear-crusher', 'crusher-throughput', tph(), [d(1)], 'mse', sgd(1.8), tr(100, 820));
add('oscillating-loss.momentum-0.97-lr-0.2-full-batch-linear-payload', 'haul-payload', payload(), [d(1)], 'mse', mom(0.2, 0.97), tr(120, 960));
add('oscillating-loss.nesterov-0.98-lr-0.3-full-batch-linear-gold', 'gold-grade', gold(), [d(1)], 'mse', nest(0.3, 0.98), tr(120, 880));
add('oscillating-loss.momentum-0.95-lr-0.5-batch-440-linear-gold', 'gold-grade', gold(), [d(1)], 'mse', mom(0.5, 0.95), tr(100, 440));
add('oscillating-loss.rmsprop-0.1-full-batch-tanh-payload', 'haul-payload', payload(), [d(16, 'tanh'), d(1)], 'mse', rms(0.1), tr(120, 960));
add('oscillating-loss.momentum-0.98-lr-0.1-full-batch-tanh-crusher', 'crusher-throughput', tph(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1, 0.98), tr(150, 820));

add('loss-plateau.dust-only-slope', 'slope-alarm', slope({ features: ['dust_pm10_ug_m3'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.assay-cost-only-gold', 'gold-grade', gold({ features: ['assay_cost_usd'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.adam-weight-decay-5-crusher', 'crusher-throughput', tph(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 5 }), tr(60));
add('loss-plateau.hole-depth-only-rock', 'rock-type', rock({ features: ['hole_depth_m'] }), [d(16, 'elu'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.clipnorm-1e-6-sgd-payload', 'haul-payload', payload(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 0.000001 }), tr(60));
add('loss-plateau.dropout-0.9-two-layers-gold', 'gold-grade', gold(), [d(32, 'relu'), drop(0.9), d(32, 'relu'), drop(0.9), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.gold-adam-relu', 'gold-grade', gold(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.gold-rmsprop-elu-val', 'gold-grade', gold(), [d(48, 'elu'), d(1)], 'mse', rms(0.001), tr(80, 32, { validationSplit: 0.2 }));
add('ok.gold-nesterov-tanh-batch-16', 'gold-grade', gold(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.gold-sgd-plain-leaky-batch-4', 'gold-grade', gold(), [d(24, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(20, 4));
add('ok.gold-minmax-adam-bn', 'gold-grade', gold({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 64));
add('ok.gold-linear-momentum', 'gold-grade', gold(), [d(1)], 'mse', mom(0.01), tr(60));
add('ok.payload-adam-elu', 'haul-payload', payload(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.payload-momentum-relu-batch-64', 'haul-payload', payload(), [d(32, 'relu'), d(1)], 'mse', mom(0.02), tr(80, 64));
add('ok.payload-rmsprop-tanh-dropout', 'haul-payload', payload(), [d(64, 'tanh'), drop(0.1), d(1)], 'mse', rms(0.001), tr(80));
add('ok.payload-sgd-sigmoid-batch-8', 'haul-payload', payload(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60, 8));
add('ok.payload-adam-full-batch-he-uniform', 'haul-payload', payload(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.01), tr(300, 960));
add('ok.payload-adam-decay-clip', 'haul-payload', payload(), [d(48, 'leaky_relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001, clipNorm: 1 }), tr(60));
add('ok.crusher-adam-relu', 'crusher-throughput', tph(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.crusher-nesterov-elu-clip', 'crusher-throughput', tph(), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 5 }), tr(60));
add('ok.crusher-rmsprop-leaky-decay', 'crusher-throughput', tph(), [d(48, 'leaky_relu'), d(1)], 'mse', rms(0.001, { weightDecay: 0.0005 }), tr(80));
add('ok.crusher-minmax-sgd-tanh-batch-2', 'crusher-throughput', tph({ normalize: 'minmax' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), tr(15, 2));
add('ok.crusher-minmax-target-adam-xavier-normal', 'crusher-throughput', tph({ normalizeTarget: 'minmax' }), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.003), tr(80));
add('ok.rock-adam-relu', 'rock-type', rock(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.rock-rmsprop-tanh-val', 'rock-type', rock(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.rock-momentum-elu-batch-16', 'rock-type', rock(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.02), tr(60, 16));
add('ok.rock-sgd-plain-sigmoid-batch-8', 'rock-type', rock(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.1), tr(60, 8));
add('ok.rock-minmax-adam-bn-dropout', 'rock-type', rock({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.rock-softmax-regression-nesterov', 'rock-type', rock(), [d(5, 'softmax')], 'cce', nest(0.05), tr(60));
add('ok.slope-adam-relu', 'slope-alarm', slope(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.slope-rmsprop-tanh-batch-64', 'slope-alarm', slope(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 64));
add('ok.slope-logistic-sgd-batch-8', 'slope-alarm', slope(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(60, 8));
add('ok.iris-adam-elu', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-relu-batch-1', 'iris-demo', IRIS, [d(8, 'relu'), d(3, 'softmax')], 'cce', sgd(0.01), tr(30, 1));
add('ok.moons-adam-relu', 'ore-lens-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-tanh-batch-16', 'ore-lens-moons', MOONS, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 16));
add('ok.circles-adam-leaky', 'blast-ring-circles', CIRCLES, [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-rmsprop-elu-dropout', 'blast-ring-circles', CIRCLES, [d(32, 'elu'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('ok.spirals-adam-tanh-deep', 'haul-road-spirals', SPIRALS2, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs3-momentum-relu', 'pit-zones-blobs', BLOBS3, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.sine-adam-tanh', 'tidal-pit-water', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.xor-rmsprop-relu', 'twin-sensor-parity', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 16));
add('ok.blast-inline-adam-tanh-full-batch', 'blast-oversize', INLINE_BLAST, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.blast-inline-logistic-sgd-batch-4', 'blast-oversize', INLINE_BLAST, [d(1, 'sigmoid')], 'bce', sgd(0.2), tr(150, 4));
add('ok.gold-adam-he-normal-val-batch-128', 'gold-grade', gold(), [d(64, 'relu', { init: 'he_normal' }), d(1)], 'mse', adam(0.005), tr(100, 128, { validationSplit: 0.1 }));
add('ok.crusher-sgd-plain-linear-full-batch', 'crusher-throughput', tph(), [d(1)], 'mse', sgd(0.3), tr(200, 820));
add('ok.slope-nesterov-elu-val', 'slope-alarm', slope(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 32, { validationSplit: 0.2 }));
add('ok.payload-rmsprop-lecun-tanh-batch-1', 'haul-payload', payload(), [d(16, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.0003), tr(8, 1));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
