/**
 * Writes every candidate spec of blind fault set 143 (pet-food manufacturing) into candidates/:
 * `npx tsx test/faults-blind143/author.ts`. Intended faults are named `<code>.<slug>`, intended
 * healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: 143, data, layers, loss, optimizer, training, ...extra };
}

// extruder.csv: 1,000 batches -> kibble density g/L
const EF = ['barrel_temp_c', 'moisture_pct', 'screw_rpm', 'throughput_kgh', 'fat_pct'];
const ext = (x: Json = {}): Json => ({ csv: '../data/extruder.csv', target: 'density_gl', features: EF, normalize: 'standard', normalizeTarget: 'standard', ...x });
// recipe.csv: 1,100 lots -> 5 recipes (rare renal)
const RF = ['protein_pct', 'fat_pct', 'ash_pct', 'starch_pct', 'omega3_mgkg', 'phosphorus_mgkg'];
const rec = (x: Json = {}): Json => ({ csv: '../data/recipe.csv', target: 'recipe', features: RF, normalize: 'standard', ...x });
// hold.csv: 1,200 wet-food batches -> rare salmonella hold
const HF = ['retort_c', 'hold_min', 'water_activity', 'raw_age_days', 'ambient_c', 'swab_cfu'];
const hold = (x: Json = {}): Json => ({ csv: '../data/hold.csv', target: 'salmonella_hold', features: HF, normalize: 'standard', ...x });
// downtime.csv: 900 shifts (semicolon, decimal commas) -> skewed downtime minutes
const DF = ['hours_run', 'die_age_h', 'changeovers', 'crew', 'humidity_pct', 'tonnes'];
const down = (x: Json = {}): Json => ({ csv: '../data/downtime.csv', target: 'downtime_min', features: DF, normalize: 'standard', normalizeTarget: 'standard', ...x });
// dryer.csv: 800 dryer runs (tabs) -> final moisture %
const YF = ['air_temp_f', 'dwell_min', 'inlet_moisture_pct', 'bed_depth_mm', 'fan_hz'];
const dry = (x: Json = {}): Json => ({ csv: '../data/dryer.csv', target: 'final_moisture_pct', features: YF, normalize: 'standard', normalizeTarget: 'standard', ...x });

const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A QA tech's clipboard: kibble bulk density (g/L) and moisture (%) -> passes the crunch test (1) or not (0).
const INLINE_CRUNCH = {
  inline: {
    x: [[620, 8], [640, 9], [660, 7], [700, 10], [720, 11], [580, 7], [600, 12], [680, 8], [740, 9], [760, 12], [610, 10], [650, 11], [690, 9], [710, 7], [730, 13], [590, 9], [630, 8], [670, 12], [750, 10], [770, 8], [605, 11], [645, 7], [715, 12], [735, 8]],
    y: [1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'kibble-density', ext(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.gelu-activation', 'recipe-nir', rec(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'final-moisture', dry(), [d(16, 'tanh'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.dropout-rate-1.5', 'salmonella-hold', hold(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.zero-units-hidden', 'shift-downtime', down(), [d(0, 'relu'), d(1)], 'mse', nest(0.01), tr(50));
add('invalid-spec.batchsize-zero', 'kibble-density', ext(), [d(16, 'elu'), d(1)], 'mse', sgd(0.05), tr(60, 0));

add('data-error.na-moisture', 'kibble-density-na', ext({ csv: '../data/extruder-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.shift-name-feature', 'kibble-density', ext({ features: ['shift', ...EF] }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.shift-timestamp-feature', 'kibble-density', ext({ features: ['shift_ts', ...EF] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.lot-id-feature', 'recipe-nir', rec({ features: ['lot_id', ...RF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.wrong-folder-path', 'salmonella-hold', hold({ csv: 'hold.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.target-column-typo', 'final-moisture', dry({ target: 'final_moisture' }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.shift-id-feature-downtime', 'shift-downtime', down({ features: ['shift_id', ...DF] }), [d(16, 'leaky_relu'), d(1)], 'mse', adam(0.002), tr(60));

add('shape-mismatch.recipe-four-heads-no-renal', 'recipe-nir', rec(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.hold-two-sigmoid-heads', 'salmonella-hold', hold(), [d(16, 'tanh'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('shape-mismatch.density-and-fat-one-output', 'kibble-density', ext({ target: ['density_gl', 'fat_pct'], features: ['barrel_temp_c', 'moisture_pct', 'screw_rpm', 'throughput_kgh'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'line-blobs', BLOBS4, [d(16, 'elu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.dryer-two-outputs-one-target', 'final-moisture', dry(), [d(16, 'relu'), d(2)], 'mse', sgd(0.05), tr(60));

add('loss-activation-mismatch.hold-softmax-one-unit-bce', 'salmonella-hold', hold(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-dryer', 'final-moisture', dry(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-recipe', 'recipe-nir', rec(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(50));
add('loss-activation-mismatch.tanh-head-bce-crunch', 'crunch-test', INLINE_CRUNCH, [d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.sigmoid-head-standardized-density', 'kibble-density', ext(), [d(32, 'elu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-two-linear-adam-bn', 'die-ring-circles', CIRCLES, [d(32, 'linear', { batchNorm: true }), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-nesterov-full-batch', 'two-valve-xor', XOR, [d(16), d(8), d(1, 'sigmoid')], 'bce', nest(0.1), tr(200, 300));
add('no-nonlinearity.moons-linear-rmsprop-batch-4', 'conveyor-moons', MOONS, [d(64, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40, 4));
add('no-nonlinearity.sine-linear-regression', 'shift-cycle-sine', SINE, [d(32), d(32), d(1)], 'mse', adam(0.005), tr(150, 16));
add('no-nonlinearity.spirals-linear-momentum', 'auger-spirals', SPIRALS, [d(48), d(48), d(1, 'sigmoid')], 'bce', mom(0.02, 0.95), tr(150, 64));

add('lr-out-of-range.adam-lr-10-recipe', 'recipe-nir', rec(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(30));
add('lr-out-of-range.nesterov-lr-1e-8-dryer', 'final-moisture', dry(), [d(16, 'tanh'), d(1)], 'mse', nest(1e-8), tr(60));
add('lr-out-of-range.rmsprop-lr-25-hold', 'salmonella-hold', hold(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(25), tr(20));
add('lr-out-of-range.sgd-negative-density', 'kibble-density', ext(), [d(32, 'relu'), d(1)], 'mse', sgd(-0.01), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-sigmoid-momentum-dryer', 'final-moisture', dry(), [d(32, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.05), tr(60));
add('init-symmetry.constant-0.3-tanh-adam-recipe', 'recipe-nir', rec(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-elu-rmsprop-moons', 'conveyor-moons', MOONS, [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.003), tr(100));
add('init-symmetry.constant-0.05-leaky-full-batch-circles', 'die-ring-circles', CIRCLES, [d(24, 'leaky_relu', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', nest(0.1), tr(200, 300));
add('init-symmetry.zeros-tanh-sgd-batch-8-sine', 'shift-cycle-sine', SINE, [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', sgd(0.05), tr(100, 8));

add('init-scale.normal-std-10-sigmoid-hold', 'salmonella-hold', hold(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.002), tr(40));
add('init-scale.uniform-20-tanh-density', 'kibble-density', ext(), [d(64, 'tanh', init('uniform', { limit: 20 })), d(64, 'tanh', init('uniform', { limit: 20 })), d(1, 'linear', init('uniform', { limit: 20 }))], 'mse', mom(0.005), tr(60));
add('init-scale.normal-1e-5-six-relu-recipe', 'recipe-nir', rec(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(5, 'softmax', init('normal', { std: 0.00001 }))], 'cce', sgd(0.05), tr(50));
add('init-scale.normal-std-4-relu-downtime', 'shift-downtime', down(), [...tower(3, 64, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-1e-3-tanh-deep-dryer', 'final-moisture', dry(), [...tower(6, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'linear', init('uniform', { limit: 0.001 }))], 'mse', nest(0.01), tr(60));

add('dead-relu.bias-minus-6-nesterov-dryer', 'final-moisture', dry(), [d(32, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.adam-0.5-batch-16-density', 'kibble-density', ext(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(30, 16));
add('dead-relu.sgd-plain-2-batch-4-hold', 'salmonella-hold', hold(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(2), tr(10, 4));
add('dead-relu.bias-minus-4-deep-spirals', 'auger-spirals', SPIRALS, [...tower(4, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('dead-relu.raw-negative-humidity-shift-minus-bias', 'shift-downtime', down({ normalize: 'none' }), [d(32, 'relu', { bias: -100 }), d(1)], 'mse', adam(0.003), tr(60));

add('exploding-gradient.raw-density-target-momentum', 'kibble-density-raw-target', ext({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0005), tr(30));
add('exploding-gradient.raw-omega3-features-sgd', 'recipe-raw', rec({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.001), tr(30));
add('exploding-gradient.ten-relu-std-0.5-dryer', 'final-moisture', dry(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.raw-downtime-target-adam', 'shift-downtime-raw-target', down({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-lbh-features-nesterov', 'final-moisture-raw', dry({ normalize: 'none', features: ['air_temp_f', 'dwell_min', 'inlet_moisture_pct', 'bed_depth_mm', 'fan_hz', 'throughput_lbh'] }), [d(16, 'leaky_relu'), d(1)], 'mse', nest(0.0001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-dryer', 'final-moisture', dry(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.ten-sigmoid-nesterov-hold', 'salmonella-hold', hold(), [...tower(10, 24, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('vanishing-gradient.twelve-tanh-std-0.02-circles', 'die-ring-circles', CIRCLES, [...tower(12, 16, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100));
add('vanishing-gradient.seven-sigmoid-rmsprop-recipe', 'recipe-nir', rec(), [...tower(7, 32, 'sigmoid', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', rms(0.0002), tr(40));

add('nan-loss.sgd-plain-0.5-raw-density-full-batch', 'kibble-density-raw', ext({ normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', sgd(0.5), tr(20, 1000));
add('nan-loss.raw-downtime-target-sgd-batch-1', 'shift-downtime-raw-target', down({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(5, 1));
add('nan-loss.momentum-0.999-lr-2-dryer', 'final-moisture', dry(), [d(32, 'elu'), d(1)], 'mse', mom(2, 0.999), tr(20));
add('nan-loss.constant-3-tanh-raw-hold', 'salmonella-hold-raw', hold({ normalize: 'none' }), [d(16, 'linear', init('constant', { value: 3 })), d(16, 'linear', init('constant', { value: 3 })), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(10));
add('nan-loss.nesterov-5-sine-batch-2', 'shift-cycle-sine', SINE, [d(32, 'relu'), d(1)], 'mse', nest(5), tr(10, 2));

add('saturated-activation.tanh-raw-omega3-recipe', 'recipe-raw', rec({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.sigmoid-raw-swab-cfu-hold', 'salmonella-hold-raw', hold({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-bias-8-dryer', 'final-moisture', dry(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(1)], 'mse', adam(0.002), tr(60));
add('saturated-activation.sigmoid-raw-rpm-density', 'kibble-density-raw-features', ext({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-std-3-downtime', 'shift-downtime', down(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', sgd(0.01), tr(60, 16));

add('lr-too-high.sgd-plain-1.5-batch-8-density', 'kibble-density', ext(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(30, 8));
add('lr-too-high.rmsprop-0.05-batch-1-dryer', 'final-moisture', dry(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(5, 1));
add('lr-too-high.adam-0.3-batch-16-recipe', 'recipe-nir', rec(), [d(32, 'elu'), d(5, 'softmax')], 'cce', adam(0.3), tr(40, 16));
add('lr-too-high.momentum-1-full-batch-moons', 'conveyor-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(150, 400));
add('lr-too-high.nesterov-0.3-batch-4-downtime', 'shift-downtime', down(), [d(32, 'elu'), d(1)], 'mse', nest(0.3), tr(15, 4));
add('lr-too-high.adam-0.1-batch-2-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.1), tr(20, 2));

add('lr-too-low.sgd-plain-1e-5-full-batch-density', 'kibble-density', ext(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(200, 1000));
add('lr-too-low.adam-1e-7-recipe', 'recipe-nir', rec(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000001), tr(50));
add('lr-too-low.nesterov-3e-6-hold', 'salmonella-hold', hold(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.000003), tr(40));
add('lr-too-low.rmsprop-2e-7-batch-16-downtime', 'shift-downtime', down(), [d(32, 'elu'), d(1)], 'mse', rms(0.0000002), tr(40, 16));
add('lr-too-low.momentum-1e-6-full-batch-dryer', 'final-moisture', dry(), [d(16, 'tanh'), d(1)], 'mse', mom(0.000001, 0.9), tr(200, 800));

add('oscillating-loss.celsius-fahrenheit-sgd-plain-full-batch-linear', 'kibble-density', ext({ features: ['barrel_temp_c', 'barrel_temp_f', 'moisture_pct', 'throughput_kgh', 'throughput_lbh', 'screw_rpm'] }), [d(1)], 'mse', sgd(0.3), tr(150, 1000));
add('oscillating-loss.momentum-0.97-lr-0.15-full-batch-linear-dryer', 'final-moisture', dry(), [d(1)], 'mse', mom(0.15, 0.97), tr(150, 800));
add('oscillating-loss.nesterov-0.98-lr-0.4-full-batch-linear-density', 'kibble-density', ext(), [d(1)], 'mse', nest(0.4, 0.98), tr(150, 1000));
add('oscillating-loss.sgd-plain-0.9-batch-2-linear-dryer', 'final-moisture', dry(), [d(1)], 'mse', sgd(0.9), tr(10, 2));
add('oscillating-loss.momentum-0.99-lr-3-full-batch-logistic-hold', 'salmonella-hold', hold(), [d(1, 'sigmoid')], 'bce', mom(3, 0.99), tr(150, 1200));
add('oscillating-loss.adam-0.03-full-batch-tanh-downtime', 'shift-downtime', down(), [d(16, 'tanh'), d(1)], 'mse', adam(0.03), tr(200, 900));
add('oscillating-loss.rmsprop-0.01-batch-400-linear-dryer', 'final-moisture', dry(), [d(1)], 'mse', rms(0.01), tr(150, 400));
add('oscillating-loss.sgd-plain-0.45-full-batch-linear-dryer-lbh', 'final-moisture', dry({ features: ['air_temp_f', 'dwell_min', 'inlet_moisture_pct', 'bed_depth_mm', 'fan_hz', 'throughput_lbh'] }), [d(1)], 'mse', sgd(0.45), tr(150, 800));
add('oscillating-loss.nesterov-0.95-lr-1.2-full-batch-softmax-recipe', 'recipe-nir', rec(), [d(5, 'softmax')], 'cce', nest(1.2, 0.95), tr(150, 1100));

add('oscillating-loss.momentum-0.99-lr-1-full-batch-logistic-crunch', 'crunch-test', INLINE_CRUNCH, [d(1, 'sigmoid')], 'bce', mom(1, 0.99), tr(300, 24));
add('oscillating-loss.momentum-0.995-lr-0.05-full-batch-linear-dryer', 'final-moisture', dry(), [d(1)], 'mse', mom(0.05, 0.995), tr(200, 800));
add('oscillating-loss.nesterov-0.99-lr-2-full-batch-logistic-hold-minmax', 'salmonella-hold', hold({ normalize: 'minmax' }), [d(1, 'sigmoid')], 'bce', nest(2, 0.99), tr(150, 1200));
add('loss-plateau.pallet-tag-only-hold', 'salmonella-hold', hold({ features: ['pallet_tag'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.line-number-only-recipe', 'recipe-nir', rec({ features: ['line_no'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('loss-plateau.hours-run-only-downtime', 'shift-downtime', down({ features: ['hours_run'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-density', 'kibble-density', ext(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-nesterov-dryer', 'final-moisture', dry(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 0.0000001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.density-adam-relu', 'kibble-density', ext(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.density-linear-sgd-plain-full-batch', 'kibble-density', ext(), [d(1)], 'mse', sgd(0.2), tr(150, 1000));
add('ok.density-momentum-full-batch-tanh', 'kibble-density', ext(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05, 0.9), tr(300, 1000));
add('ok.density-fahrenheit-lbh-rmsprop-elu-val', 'kibble-density', ext({ features: ['barrel_temp_f', 'moisture_pct', 'screw_rpm', 'throughput_lbh', 'fat_pct'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.density-minmax-sgd-leaky-batch-1', 'kibble-density', ext({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(5, 1));
add('ok.density-nesterov-bn-batch-128', 'kibble-density', ext(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', nest(0.02), tr(80, 128));
add('ok.recipe-adam-relu', 'recipe-nir', rec(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.recipe-rmsprop-tanh-dropout', 'recipe-nir', rec(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.recipe-softmax-regression-sgd-plain-full-batch', 'recipe-nir', rec(), [d(5, 'softmax')], 'cce', sgd(0.5), tr(300, 1100));
add('ok.recipe-nesterov-full-batch-elu', 'recipe-nir', rec(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.1, 0.9), tr(200, 1100));
add('ok.recipe-minmax-adam-bn-val', 'recipe-nir', rec({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64, { validationSplit: 0.15 }));
add('ok.recipe-momentum-sigmoid-batch-8', 'recipe-nir', rec(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.05), tr(40, 8));
add('ok.hold-adam-relu', 'salmonella-hold', hold(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.hold-logistic-sgd-plain-full-batch', 'salmonella-hold', hold(), [d(1, 'sigmoid')], 'bce', sgd(1), tr(300, 1200));
add('ok.hold-rmsprop-tanh-clip', 'salmonella-hold', hold(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.hold-nesterov-elu-batch-64', 'salmonella-hold', hold(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(80, 64));
add('ok.downtime-adam-elu', 'shift-downtime', down(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.downtime-nesterov-full-batch-relu', 'shift-downtime', down(), [d(32, 'relu'), d(1)], 'mse', nest(0.05, 0.9), tr(300, 900));
add('ok.downtime-rmsprop-leaky-batch-256', 'shift-downtime', down(), [d(64, 'leaky_relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.downtime-momentum-tanh-decay', 'shift-downtime', down(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.02, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.downtime-minmax-target-adam-dropout', 'shift-downtime', down({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.dryer-adam-tanh', 'final-moisture', dry(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.dryer-linear-momentum-full-batch', 'final-moisture', dry(), [d(1)], 'mse', mom(0.05, 0.9), tr(200, 800));
add('ok.dryer-sgd-plain-full-batch-deep-elu', 'final-moisture', dry(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', sgd(0.1), tr(400, 800));
add('ok.dryer-nesterov-leaky-batch-4', 'final-moisture', dry(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.005), tr(20, 4));
add('ok.dryer-rmsprop-relu-bn-dropout-val', 'final-moisture', dry(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(80, 64, { validationSplit: 0.2 }));
add('ok.dryer-sgd-plain-sigmoid-batch-16', 'final-moisture', dry(), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.1), tr(80, 16));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-full-batch-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.1, 0.9), tr(300, 150));
add('ok.moons-adam-relu', 'conveyor-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-momentum-full-batch-tanh', 'conveyor-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.9), tr(400, 400));
add('ok.circles-adam-elu', 'die-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.spirals-rmsprop-tanh-deep', 'auger-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(300));
add('ok.blobs4-sgd-plain-relu-he-uniform', 'line-blobs', BLOBS4, [d(16, 'relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', sgd(0.1), tr(80, 16));
add('ok.sine-adam-tanh-full-batch', 'shift-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 250));
add('ok.sine-rmsprop-elu', 'shift-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.xor-adam-tanh-xavier-normal', 'two-valve-xor', XOR, [d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-nesterov-relu-full-batch', 'two-valve-xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.2, 0.9), tr(400, 300));
add('ok.crunch-inline-adam-tanh', 'crunch-test', INLINE_CRUNCH, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.crunch-inline-logistic-sgd-batch-1', 'crunch-test', INLINE_CRUNCH, [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 1));
add('ok.density-adam-clip-leaky-he-normal', 'kibble-density', ext(), [d(64, 'leaky_relu', { init: 'he_normal' }), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(60));
add('ok.hold-minmax-adam-relu-batch-1200', 'salmonella-hold', hold({ normalize: 'minmax' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 1200));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
