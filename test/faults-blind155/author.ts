/**
 * Writes every candidate spec of blind fault set 155 (laundries and dry cleaners) into
 * candidates/: `npx tsx test/faults-blind155/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 155, data, layers, loss, optimizer, training, ...extra };
}

const WF = ['load_kg', 'temp_c', 'cycle_min', 'detergent_ml', 'spin_rpm'];
const wash = (x: Json = {}): Json => ({ csv: '../data/wash.csv', target: 'energy_kwh', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['temp_c', 'spin_rpm', 'weight_g', 'solvent', 'program_min'];
const fab = (x: Json = {}): Json => ({ csv: '../data/fabric.csv', target: 'fabric', features: FF, normalize: 'standard', ...x });
const DF = ['solvent_temp_f', 'garment_age_y', 'stain_score', 'bleach', 'press_temp_c'];
const dmg = (x: Json = {}): Json => ({ csv: '../data/damage.csv', target: 'damaged', features: DF, normalize: 'standard', ...x });
const TF = ['items', 'dryclean_items', 'wash_kg', 'express', 'member'];
const tix = (x: Json = {}): Json => ({ csv: '../data/tickets.csv', target: 'total_eur', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const YF = ['load_kg', 'moisture_pct', 'dryer_temp_f', 'ambient_c', 'lint_clogged'];
const dry = (x: Json = {}): Json => ({ csv: '../data/drying.csv', target: 'dry_min', features: YF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 250, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.06 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 320, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.04 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A counter clerk's notes: wash temperature (°C) and load (kg) -> colours ran (1) or not (0).
const INLINE_BLEED = {
  inline: {
    x: [[30, 3], [30, 8], [40, 4], [40, 9], [60, 2], [60, 7], [90, 5], [90, 1], [30, 5], [40, 6], [60, 4], [60, 9], [90, 8], [30, 2], [40, 2], [90, 3], [60, 6], [40, 8], [30, 9], [90, 6]],
    y: [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'wash-energy', wash(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'fabric-type', fab(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-tickets', 'ticket-total', tix(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.lstm-layer-drying', 'drying-minutes', dry(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1.5', 'garment-damage', dmg(), [d(32, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('data-error.na-detergent-ml', 'wash-energy-na', wash({ csv: '../data/wash-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01, 0.8), tr(60));
add('data-error.machine-id-feature', 'wash-energy', wash({ features: ['machine_id', ...WF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.started-at-feature', 'wash-energy', wash({ features: ['started_at', ...WF] }), [d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('data-error.garment-tag-feature', 'fabric-type', fab({ features: ['garment_tag', ...FF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.02), tr(50));
add('data-error.target-case-energy-kWh', 'wash-energy', wash({ target: 'energy_kWh' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.dryer-id-feature', 'drying-minutes', dry({ features: ['dryer_id', ...YF] }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.02), tr(60));

add('shape-mismatch.fabric-four-heads-no-leather', 'fabric-type', fab(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.damage-two-sigmoid-bce', 'garment-damage', dmg(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.min-and-seconds-one-output', 'drying-minutes', dry({ target: ['dry_min', 'dry_s'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'machine-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05, 0.7), tr(60));
add('shape-mismatch.wash-three-outputs', 'wash-energy', wash(), [d(32, 'relu'), d(3)], 'mse', sgd(0.05), tr(60, 64));

add('loss-activation-mismatch.one-unit-softmax-bce-damage', 'garment-damage', dmg(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-wash', 'wash-energy', wash(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-fabric', 'fabric-type', fab(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-bleed', 'colour-bleed', INLINE_BLEED, [d(8, 'tanh'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 4));
add('loss-activation-mismatch.softmax-head-mse-tickets', 'ticket-total', tix(), [d(32, 'relu'), d(1, 'softmax')], 'mse', rms(0.002), tr(60));

add('no-nonlinearity.circles-two-linear-adam', 'drum-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('no-nonlinearity.spirals-linear-nesterov-batch-16', 'lint-spirals', SPIRALS, [d(64), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('no-nonlinearity.xor-linear-bn-rmsprop', 'two-dial-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(16, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('no-nonlinearity.sine-linear-deep-adam', 'cycle-sine', SINE, [d(32), d(32), d(32), d(1)], 'mse', adam(0.005), tr(200, 16));

add('lr-out-of-range.adam-lr-12-fabric', 'fabric-type', fab(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(12), tr(30));
add('lr-out-of-range.momentum-1e-9-tickets', 'ticket-total', tix(), [d(32, 'elu'), d(1)], 'mse', mom(1e-9, 0.9), tr(60));
add('lr-out-of-range.rmsprop-40-damage', 'garment-damage', dmg(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(40), tr(20));
add('lr-out-of-range.nesterov-150-drying', 'drying-minutes', dry(), [d(16, 'relu'), d(1)], 'mse', nest(150), tr(20));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-momentum-fabric', 'fabric-type', fab(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', mom(0.05, 0.9), tr(50));
add('init-symmetry.constant-0.3-tanh-adam-wash', 'wash-energy', wash(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'linear', init('constant', { value: 0.3 }))], 'mse', adam(0.003), tr(60));
add('init-symmetry.zeros-sigmoid-sgd-moons', 'spin-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(150, 16));
add('init-symmetry.constant-0.2-elu-rmsprop-circles', 'drum-circles', CIRCLES, [d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'sigmoid', init('constant', { value: 0.2 }))], 'bce', rms(0.005), tr(120));

add('init-scale.normal-std-10-sigmoid-fabric', 'fabric-type', fab(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(64, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.001), tr(40));
add('init-scale.uniform-1e-5-six-tanh-drying', 'drying-minutes', dry(), [...tower(6, 32, 'tanh', init('uniform', { limit: 0.00001 })), d(1, 'linear', init('uniform', { limit: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-4-relu-tickets', 'ticket-total', tix(), [...tower(3, 64, 'relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', nest(0.0005), tr(40));
add('init-scale.normal-1e-5-five-relu-circles', 'drum-circles', CIRCLES, [...tower(5, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'sigmoid', init('normal', { std: 0.00001 }))], 'bce', mom(0.05, 0.9), tr(100));

add('dead-relu.bias-minus-6-nesterov-wash', 'wash-energy', wash(), [d(64, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.sgd-2-batch-1-drying', 'drying-minutes', dry(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(2), tr(5, 1));
add('dead-relu.bias-minus-20-he-uniform-damage', 'garment-damage', dmg(), [d(128, 'relu', { init: 'he_uniform', bias: -20 }), d(1, 'sigmoid')], 'bce', sgd(0.05, {}), tr(40));
add('dead-relu.adam-0.15-batch-4-tickets', 'ticket-total', tix(), [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.15), tr(15, 4));
add('dead-relu.bias-minus-4-spirals-deep', 'lint-spirals', SPIRALS, [...tower(4, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));

add('exploding-gradient.raw-ticket-euros-target-momentum', 'ticket-total-raw', tix({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001, 0.9), tr(40));
add('exploding-gradient.raw-seconds-target-adam', 'drying-seconds', dry({ target: 'dry_s', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-rpm-features-sgd', 'wash-energy-raw-features', wash({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.0001), tr(30));
add('exploding-gradient.fifteen-relu-std-0.5-fabric', 'fabric-type', fab(), [...tower(15, 32, 'relu', init('normal', { std: 0.5 })), d(5, 'softmax')], 'cce', adam(0.0005), tr(30));
add('exploding-gradient.raw-weight-grams-rmsprop-fabric', 'fabric-type-raw', fab({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-sgd-wash', 'wash-energy', wash(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.twelve-tanh-std-0.02-damage', 'garment-damage', dmg(), [...tower(12, 32, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', mom(0.01, 0.9), tr(40));
add('vanishing-gradient.seven-sigmoid-adam-fabric', 'fabric-type', fab(), [...tower(7, 32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', adam(0.0003), tr(40));
add('vanishing-gradient.ten-sigmoid-nesterov-circles', 'drum-circles', CIRCLES, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100));

add('nan-loss.sgd-6-batch-1-wash', 'wash-energy', wash(), [d(16, 'elu'), d(1)], 'mse', sgd(6), tr(5, 1));
add('nan-loss.raw-seconds-target-nesterov', 'drying-seconds', dry({ target: 'dry_s', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9), tr(20));
add('nan-loss.constant-3-tanh-deep-tickets-raw', 'ticket-total-raw', tix({ normalize: 'none', normalizeTarget: 'none' }), [...tower(3, 64, 'relu', init('constant', { value: 3 })), d(1, 'linear', init('constant', { value: 3 }))], 'mse', sgd(0.001), tr(20));
add('nan-loss.momentum-0.995-lr-1-full-batch-wash', 'wash-energy', wash(), [d(32, 'relu'), d(1)], 'mse', mom(1, 0.995), tr(100, 1000));
add('nan-loss.rmsprop-5-batch-8-sine', 'cycle-sine', SINE, [d(64, 'relu'), d(1)], 'mse', rms(5), tr(20, 8));

add('saturated-activation.sigmoid-raw-rpm-fabric', 'fabric-type-raw', fab({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.tanh-raw-solvent-f-damage', 'garment-damage-raw', dmg({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.01, 0.9), tr(40));
add('saturated-activation.sigmoid-bias-9-drying', 'drying-minutes', dry(), [d(32, 'sigmoid', { bias: 9 }), d(32, 'sigmoid', { bias: 9 }), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-raw-detergent-wash', 'wash-energy-raw-features', wash({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-drying-nesterov', 'drying-minutes-raw-features', dry({ normalize: 'none' }), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.005), tr(60, 16));

add('lr-too-high.sgd-plain-1.5-batch-4-wash', 'wash-energy', wash(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(20, 4));
add('lr-too-high.rmsprop-0.05-batch-1-fabric', 'fabric-type', fab(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(5, 1));
add('lr-too-high.nesterov-0.95-lr-0.5-batch-8-tickets', 'ticket-total', tix(), [d(32, 'elu'), d(1)], 'mse', nest(0.5, 0.95), tr(30, 8));
add('lr-too-high.adam-0.3-batch-16-damage', 'garment-damage', dmg(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(30, 16));
add('lr-too-high.momentum-0.995-lr-0.05-batch-32-drying', 'drying-minutes', dry(), [d(32, 'relu'), d(1)], 'mse', mom(0.05, 0.995), tr(40));
add('lr-too-high.momentum-0.9-lr-2-batch-2-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(2, 0.9), tr(20, 2));

add('lr-too-low.adam-1e-7-fabric', 'fabric-type', fab(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.0000001), tr(50));
add('lr-too-low.sgd-plain-1e-5-full-batch-300-wash', 'wash-energy', wash(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.00001), tr(300, 1000));
add('lr-too-low.momentum-0.5-lr-1e-6-tickets', 'ticket-total', tix(), [d(32, 'relu'), d(1)], 'mse', mom(0.000001, 0.5), tr(60));
add('lr-too-low.rmsprop-1e-7-damage-batch-16', 'garment-damage', dmg(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.0000001), tr(40, 16));
add('lr-too-low.nesterov-1e-5-circles-full-batch', 'drum-circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.00001, 0.9), tr(300, 300));

add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-wash', 'wash-energy', wash(), [d(1)], 'mse', mom(0.3, 0.95), tr(200, 1000));
add('oscillating-loss.kg-and-lb-sgd-0.45-full-batch-linear', 'wash-energy', wash({ features: ['load_kg', 'load_lb', 'temp_c', 'temp_f', 'cycle_min'] }), [d(1)], 'mse', sgd(0.45), tr(200, 1000));
add('oscillating-loss.nesterov-0.99-lr-0.05-full-batch-tickets', 'ticket-total', tix(), [d(1)], 'mse', nest(0.05, 0.99), tr(300, 800));
add('oscillating-loss.momentum-0.995-lr-0.5-full-batch-fabric', 'fabric-type', fab(), [d(5, 'softmax')], 'cce', mom(0.5, 0.995), tr(300, 1000));
add('oscillating-loss.rmsprop-0.05-full-batch-linear-drying', 'drying-minutes', dry(), [d(1)], 'mse', rms(0.05), tr(200, 900));
add('oscillating-loss.sgd-plain-1.05-batch-250-linear-drying', 'drying-minutes', dry(), [d(1)], 'mse', sgd(1.05), tr(150, 250));
add('oscillating-loss.momentum-0.9-lr-0.2-batch-500-tanh-wash', 'wash-energy', wash(), [d(8, 'tanh'), d(1)], 'mse', mom(0.2, 0.9), tr(200, 500));
add('oscillating-loss.adam-0.08-full-batch-logistic-damage', 'garment-damage', dmg(), [d(1, 'sigmoid')], 'bce', adam(0.08), tr(200, 1200));
add('oscillating-loss.temp-c-and-f-momentum-0.99-full-linear', 'wash-energy', wash({ features: ['temp_c', 'temp_f', 'load_kg', 'load_lb'] }), [d(1)], 'mse', mom(0.1, 0.99), tr(300, 1000));

const WCF = ['load_kg', 'load_lb', 'temp_c', 'temp_f'];
add('oscillating-loss.kg-and-lb-nesterov-0.99-lr-0.05-full-linear', 'wash-energy', wash({ features: WCF }), [d(1)], 'mse', nest(0.05, 0.99), tr(300, 1000));
add('oscillating-loss.temp-c-and-f-momentum-0.98-lr-0.2-batch-500-linear', 'wash-energy', wash({ features: WCF }), [d(1)], 'mse', mom(0.2, 0.98), tr(300, 500));
add('oscillating-loss.momentum-0.99-lr-0.3-full-batch-linear-drying', 'drying-minutes', dry(), [d(1)], 'mse', mom(0.3, 0.99), tr(300, 900));
add('oscillating-loss.kg-lb-momentum-0.995-lr-0.02-full-tanh', 'wash-energy', wash({ features: WCF }), [d(8, 'tanh'), d(1)], 'mse', mom(0.02, 0.995), tr(400, 1000));
add('oscillating-loss.items-and-kg-momentum-0.99-lr-0.2-full-linear-tickets', 'ticket-total', tix(), [d(1)], 'mse', mom(0.2, 0.99), tr(300, 800));
add('init-scale.normal-std-6-elu-wash', 'wash-energy', wash(), [d(64, 'elu', init('normal', { std: 6 })), d(64, 'elu', init('normal', { std: 6 })), d(1, 'linear', init('normal', { std: 6 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-limit-5-tanh-iris', 'iris-demo', IRIS, [d(64, 'tanh', init('uniform', { limit: 5 })), d(3, 'softmax', init('uniform', { limit: 5 }))], 'cce', sgd(0.05), tr(100, 16));

add('loss-plateau.counter-no-only-fabric', 'fabric-type', fab({ features: ['counter_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.locker-no-only-damage', 'garment-damage', dmg({ features: ['locker_no'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));
add('loss-plateau.weight-decay-2-momentum-drying', 'drying-minutes', dry(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 2 }), tr(60));
add('loss-plateau.clipnorm-1e-6-sgd-tickets', 'ticket-total', tix(), [d(32, 'elu'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.000001 }), tr(60));
add('loss-plateau.ambient-only-drying', 'drying-minutes', dry({ features: ['ambient_c'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.wash-adam-relu', 'wash-energy', wash(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.wash-lb-and-f-rmsprop-elu', 'wash-energy', wash({ features: ['load_lb', 'temp_f', 'cycle_min', 'detergent_ml', 'spin_rpm'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.wash-sgd-plain-full-batch-400', 'wash-energy', wash(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.1), tr(400, 1000));
add('ok.wash-momentum-0.5-batch-1', 'wash-energy', wash(), [d(16, 'tanh'), d(1)], 'mse', mom(0.005, 0.5), tr(5, 1));
add('ok.wash-nesterov-full-batch-relu-deep', 'wash-energy', wash(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.05, 0.9), tr(300, 1000));
add('ok.wash-momentum-0.99-lr-0.005-batch-64', 'wash-energy', wash(), [d(32, 'elu'), d(1)], 'mse', mom(0.005, 0.99), tr(80, 64));
add('ok.wash-minmax-adam-bn-val', 'wash-energy', wash({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(80, 64, { validationSplit: 0.2 }));
add('ok.fabric-adam-relu', 'fabric-type', fab(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.fabric-rmsprop-tanh-dropout', 'fabric-type', fab(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.fabric-momentum-0.8-sigmoid-batch-8', 'fabric-type', fab(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.05, 0.8), tr(40, 8));
add('ok.fabric-nesterov-full-batch-elu-500', 'fabric-type', fab(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.3, 0.9), tr(500, 1000));
add('ok.fabric-softmax-regression-sgd-full-batch', 'fabric-type', fab(), [d(5, 'softmax')], 'cce', sgd(1.0), tr(300, 1000));
add('ok.fabric-minmax-adam-bn-leaky', 'fabric-type', fab({ normalize: 'minmax' }), [d(48, 'leaky_relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 128));
add('ok.damage-adam-relu', 'garment-damage', dmg(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.damage-logistic-momentum-0.95', 'garment-damage', dmg(), [d(1, 'sigmoid')], 'bce', mom(0.02, 0.95), tr(60));
add('ok.damage-rmsprop-tanh-val', 'garment-damage', dmg(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 32, { validationSplit: 0.15 }));
add('ok.damage-sgd-plain-full-batch-logistic', 'garment-damage', dmg(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(400, 1200));
add('ok.tickets-adam-elu', 'ticket-total', tix(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.tickets-momentum-0.7-relu-batch-16', 'ticket-total', tix(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.7), tr(60, 16));
add('ok.tickets-nesterov-0.95-full-batch-linear', 'ticket-total', tix(), [d(1)], 'mse', nest(0.02, 0.95), tr(300, 800));
add('ok.tickets-rmsprop-leaky-clip', 'ticket-total', tix(), [d(64, 'leaky_relu'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(60));
add('ok.tickets-minmax-target-adam-dropout', 'ticket-total', tix({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.drying-adam-tanh', 'drying-minutes', dry(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.drying-momentum-0.9-full-batch-tanh-deep', 'drying-minutes', dry(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.1, 0.9), tr(400, 900));
add('ok.drying-sgd-plain-elu-batch-2', 'drying-minutes', dry(), [d(16, 'elu'), d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.drying-momentum-0.98-lr-0.002-batch-128', 'drying-minutes', dry(), [d(32, 'relu'), d(1)], 'mse', mom(0.002, 0.98), tr(100, 128));
add('ok.drying-adam-decay-lecun', 'drying-minutes', dry(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(60));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-momentum-full-batch-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.2, 0.9), tr(400, 150));
add('ok.moons-adam-relu', 'spin-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-nesterov-0.6-tanh-batch-8', 'spin-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.1, 0.6), tr(100, 8));
add('ok.circles-adam-elu', 'drum-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-full-batch-relu-600', 'drum-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.9), tr(600, 300));
add('ok.spirals-adam-tanh-deep', 'lint-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'machine-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.xor-adam-tanh', 'two-dial-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-nesterov-full-batch-tanh', 'two-dial-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.5, 0.9), tr(500, 300));
add('ok.bleed-inline-adam-tanh', 'colour-bleed', INLINE_BLEED, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 20));
add('ok.bleed-inline-logistic-sgd-batch-1', 'colour-bleed', INLINE_BLEED, [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 1));
add('ok.wash-momentum-0.9-lr-0.3-full-batch-settles', 'wash-energy', wash(), [d(16, 'tanh'), d(1)], 'mse', mom(0.3, 0.9), tr(300, 1000));
add('ok.fabric-xavier-normal-sigmoid-adam', 'fabric-type', fab(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.damage-he-uniform-relu-nesterov-0.9-batch-64', 'garment-damage', dmg(), [d(32, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(80, 64));
add('ok.tickets-sgd-plain-full-batch-sigmoid-500', 'ticket-total', tix(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.5), tr(500, 800));
add('ok.drying-nesterov-0.99-lr-0.001-batch-32', 'drying-minutes', dry(), [d(32, 'elu'), d(1)], 'mse', nest(0.001, 0.99), tr(80));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
