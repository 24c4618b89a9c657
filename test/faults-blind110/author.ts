/**
 * Writes every candidate spec of blind fault set 110 (car rental and fleet maintenance) into
 * candidates/: `npx tsx test/faults-blind110/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 110, data, layers, loss, optimizer, training, ...extra };
}

const RENT = ['rental_days', 'km_driven', 'fuel_out_pct', 'fuel_in_pct', 'late_hours', 'driver_age', 'one_way'];
const charge = (x: Json = {}): Json => ({ csv: '../data/rentals.csv', target: 'extra_charge_eur', features: RENT, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FLEET = ['engine_cc', 'seats', 'mass_kg', 'doors', 'daily_rate_cents', 'co2_g_km', 'boot_litres'];
const vclass = (x: Json = {}): Json => ({ csv: '../data/fleet.csv', target: 'vehicle_class', features: FLEET, normalize: 'standard', ...x });
const RET = ['rental_days', 'miles_driven', 'odometer_miles', 'driver_age', 'night_return', 'prior_claims', 'rain_mm'];
const damage = (x: Json = {}): Json => ({ csv: '../data/returns.csv', target: 'accident_damage', features: RET, normalize: 'standard', ...x });
const SVC = ['odometer_km', 'km_since_service', 'months_since_service', 'tread_mm', 'brake_pad_mm', 'oil_life_pct', 'major_service'];
const labour = (x: Json = {}): Json => ({ csv: '../data/service.csv', target: 'labour_minutes', features: SVC, normalize: 'standard', normalizeTarget: 'standard', ...x });
const parts = (x: Json = {}): Json => labour({ target: 'parts_cents', ...x });
const TYR = ['km_on_tyre', 'pressure_bar', 'load_index', 'winter_tyre', 'front_axle'];
const tread = (x: Json = {}): Json => ({ csv: '../data/tyres.csv', target: 'tread_mm', features: TYR, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS2 = { builtin: 'spirals', samples: 400, noise: 0.05 };
const BLOBS3 = { builtin: 'blobs', samples: 300, classes: 3, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.1 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A desk's pilot: rental days and fuel level at return -> did the customer accept the upgrade offer.
const INLINE_UPGRADE = {
  inline: {
    x: [[1, 90], [2, 80], [3, 20], [7, 95], [14, 60], [1, 15], [5, 50], [10, 30], [2, 100], [21, 85], [4, 10], [6, 70], [12, 40], [3, 75], [9, 25], [15, 90], [1, 55], [8, 5], [20, 20], [2, 35]],
    y: [0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'labour-minutes', labour(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.swish-activation', 'tread-left', tread(), [d(32, 'swish'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.huber-loss', 'extra-charge', charge(), [d(32, 'relu'), d(1)], 'huber', adam(0.003), tr(60));
add('invalid-spec.glorot-init-name', 'vehicle-class', vclass(), [d(32, 'tanh', { init: 'glorot_uniform' }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.batchnorm-as-layer', 'accident-damage', damage(), [d(16, 'relu'), { type: 'batchnorm' }, d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('data-error.na-fuel-in', 'extra-charge-na', charge({ csv: '../data/rentals-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.blank-brake-pads', 'labour-minutes-blank', labour({ csv: '../data/service-blank.csv' }), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.plate-feature', 'vehicle-class', vclass({ features: ['plate', ...FLEET] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.return-time-feature', 'accident-damage', damage({ features: ['return_time', ...RET] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.odometer-km-not-miles', 'accident-damage', damage({ features: ['rental_days', 'miles_driven', 'odometer_km', 'driver_age', 'night_return', 'prior_claims', 'rain_mm'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));

add('shape-mismatch.class-four-heads-no-luxury', 'vehicle-class', vclass(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.damage-one-softmax-cce', 'accident-damage', damage(), [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.labour-and-parts-one-output', 'labour-and-parts', labour({ target: ['labour_minutes', 'oil_life_pct'], features: SVC.filter((f) => f !== 'oil_life_pct') }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.iris-two-heads', 'iris-demo', IRIS, [d(16, 'tanh'), d(2, 'softmax')], 'cce', mom(0.05), tr(80, 16));
add('shape-mismatch.charge-two-outputs', 'extra-charge', charge(), [d(32, 'elu'), d(2)], 'mse', rms(0.002), tr(60));

add('loss-activation-mismatch.softmax-head-bce-damage', 'accident-damage', damage(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-class', 'vehicle-class', vclass(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-head-standardized-tread', 'tread-left', tread(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.linear-head-bce-moons', 'upgrade-moons', MOONS, [d(32, 'tanh'), d(1)], 'bce', sgd(0.1), tr(100));
add('loss-activation-mismatch.tanh-head-standardized-charge', 'extra-charge', charge(), [d(32, 'relu'), d(1, 'tanh')], 'mse', rms(0.002), tr(60));

add('no-nonlinearity.moons-linear-three-adam', 'upgrade-moons', MOONS, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-batch-1-momentum', 'two-desk-parity', XOR, [d(16), d(1, 'sigmoid')], 'bce', mom(0.005), tr(20, 1));
add('no-nonlinearity.circles-linear-dropout-rmsprop', 'depot-ring-circles', CIRCLES, [d(64), drop(0.2), d(64), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.sine-linear-nesterov', 'weekly-demand-cycle', SINE, [d(32), d(32), d(1)], 'mse', nest(0.01), tr(150, 16));
add('no-nonlinearity.spirals-linear-bn-sgd', 'parking-spirals', SPIRALS2, [d(32, 'linear', { batchNorm: true }), d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(120));

add('lr-out-of-range.adam-5-tread', 'tread-left', tread(), [d(32, 'relu'), d(1)], 'mse', adam(5), tr(40));
add('lr-out-of-range.momentum-1e-9-class', 'vehicle-class', vclass(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(1e-9), tr(50));
add('lr-out-of-range.rmsprop-25-damage', 'accident-damage', damage(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(25), tr(40));
add('lr-out-of-range.sgd-plain-200-labour', 'labour-minutes', labour(), [d(24, 'tanh'), d(1)], 'mse', sgd(200), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-tanh-adam-labour', 'labour-minutes', labour(), [d(32, 'tanh', { init: 'zeros' }), d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.2-relu-rmsprop-class', 'vehicle-class', vclass(), [d(32, 'relu', init('constant', { value: 0.2 })), d(32, 'relu', init('constant', { value: 0.2 })), d(5, 'softmax', init('constant', { value: 0.2 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.constant-1-sigmoid-nesterov-circles', 'depot-ring-circles', CIRCLES, [d(16, 'sigmoid', init('constant', { value: 1 })), d(1, 'sigmoid', init('constant', { value: 1 }))], 'bce', nest(0.05), tr(120));
add('init-symmetry.zeros-elu-bias-0.5-momentum-tread', 'tread-left', tread(), [d(32, 'elu', { init: 'zeros', bias: 0.5 }), d(32, 'elu', { init: 'zeros', bias: 0.5 }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.02), tr(60));
add('init-symmetry.constant-0.05-leaky-sgd-spirals', 'parking-spirals', SPIRALS2, [d(32, 'leaky_relu', init('constant', { value: 0.05 })), d(32, 'leaky_relu', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', sgd(0.1), tr(120, 16));

add('init-scale.normal-std-20-tanh-charge', 'extra-charge', charge(), [d(64, 'tanh', init('normal', { std: 20 })), d(1, 'linear', init('normal', { std: 20 }))], 'mse', adam(0.002), tr(60));
add('init-scale.uniform-1e-4-six-leaky-class', 'vehicle-class', vclass(), [...tower(6, 32, 'leaky_relu', init('uniform', { limit: 0.0001 })), d(5, 'softmax', init('uniform', { limit: 0.0001 }))], 'cce', nest(0.01), tr(50));
add('init-scale.normal-std-3-relu-deep-labour', 'labour-minutes', labour(), [...tower(3, 64, 'relu', init('normal', { std: 3 })), d(1, 'linear', init('normal', { std: 3 }))], 'mse', adam(0.001), tr(40));
add('init-scale.normal-1e-4-five-elu-tread-sgd', 'tread-left', tread(), [...tower(5, 32, 'elu', init('normal', { std: 0.0001 })), d(1, 'linear', init('normal', { std: 0.0001 }))], 'mse', sgd(0.05), tr(60));
add('init-scale.uniform-8-sigmoid-damage', 'accident-damage', damage(), [d(64, 'sigmoid', init('uniform', { limit: 8 })), d(1, 'sigmoid', init('uniform', { limit: 8 }))], 'bce', rms(0.001), tr(40));

add('dead-relu.bias-minus-4-he-uniform-tread', 'tread-left', tread(), [d(32, 'relu', { init: 'he_uniform', bias: -4 }), d(32, 'relu', { init: 'he_uniform', bias: -4 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.rmsprop-0.2-batch-8-labour', 'labour-minutes', labour(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.2), tr(30, 8));
add('dead-relu.sgd-plain-1-deep-class', 'vehicle-class', vclass(), [...tower(3, 32, 'relu'), d(5, 'softmax')], 'cce', sgd(1), tr(40, 16));
add('dead-relu.raw-odometer-adam-0.01-labour', 'labour-minutes-raw', labour({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(40));
add('dead-relu.minmax-bias-minus-1-damage', 'accident-damage', damage({ normalize: 'minmax' }), [d(32, 'relu', { bias: -1.5 }), d(16, 'relu', { bias: -1.5 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));

add('exploding-gradient.raw-parts-cents-momentum', 'parts-bill-raw', parts({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.raw-miles-elu-sgd-damage', 'accident-damage-raw', damage({ normalize: 'none' }), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.001), tr(30));
add('exploding-gradient.eight-relu-std-0.6-rmsprop', 'tread-left', tread(), [...tower(8, 32, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', rms(0.0005), tr(30));
add('exploding-gradient.raw-rate-cents-nesterov-class', 'vehicle-class-raw', vclass({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.0005), tr(30));
add('exploding-gradient.raw-claim-cents-adam', 'damage-claim-raw', damage({ target: 'damage_claim_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(30));

add('vanishing-gradient.nine-sigmoid-momentum-class', 'vehicle-class', vclass(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('vanishing-gradient.ten-tanh-std-0.05-labour', 'labour-minutes', labour(), [...tower(10, 24, 'tanh', init('normal', { std: 0.05 })), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.six-sigmoid-rmsprop-tread', 'tread-left', tread(), [...tower(6, 32, 'sigmoid'), d(1)], 'mse', rms(0.0003), tr(60));
add('vanishing-gradient.twelve-sigmoid-narrow-moons', 'upgrade-moons', MOONS, [...tower(12, 8, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));

add('nan-loss.raw-parts-cents-sgd-batch-8', 'parts-bill-raw', parts({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20, 8));
add('nan-loss.momentum-lr-1.5-tread', 'tread-left', tread(), [d(32, 'tanh'), d(1)], 'mse', mom(1.5), tr(40));
add('nan-loss.raw-km-relu-sgd-charge', 'extra-charge-raw', charge({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.rmsprop-0.5-deep-elu-charge', 'extra-charge', charge(), [...tower(4, 64, 'elu'), d(1)], 'mse', rms(0.5), tr(30));
add('nan-loss.normal-std-8-elu-deep-sgd', 'labour-minutes', labour(), [...tower(4, 64, 'elu', init('normal', { std: 8 })), d(1)], 'mse', sgd(0.01), tr(20));

add('saturated-activation.sigmoid-raw-odometer-labour', 'labour-minutes-raw', labour({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-engine-cc-class', 'vehicle-class-raw', vclass({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.tanh-bias-6-tread', 'tread-left', tread(), [d(32, 'tanh', { bias: 6 }), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.sigmoid-std-4-wide-charge', 'extra-charge', charge(), [d(128, 'sigmoid', init('normal', { std: 4 })), d(1)], 'mse', nest(0.005), tr(60));
add('saturated-activation.tanh-raw-miles-damage', 'accident-damage-raw', damage({ normalize: 'none' }), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.002), tr(40));

add('lr-too-high.nesterov-0.3-batch-4-labour', 'labour-minutes', labour(), [d(32, 'tanh'), d(1)], 'mse', nest(0.3), tr(20, 4));
add('lr-too-high.sgd-plain-0.5-batch-2-charge', 'extra-charge', charge(), [d(32, 'elu'), d(1)], 'mse', sgd(0.5), tr(10, 2));
add('lr-too-high.adam-0.05-batch-8-elu-damage', 'accident-damage', damage(), [d(32, 'elu'), d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(30, 8));
add('lr-too-high.rmsprop-0.02-batch-1-tread', 'tread-left', tread(), [d(32, 'relu'), d(1)], 'mse', rms(0.02), tr(4, 1));
add('lr-too-high.momentum-0.15-batch-16-class', 'vehicle-class', vclass(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.15, 0.95), tr(40, 16));
add('lr-too-high.sgd-plain-3-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(3), tr(80, 10));

add('lr-too-low.adam-1e-6-class', 'vehicle-class', vclass(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000001), tr(50));
add('lr-too-low.sgd-plain-1e-4-batch-256-labour', 'labour-minutes', labour(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.0001), tr(80, 256));
add('lr-too-low.rmsprop-1e-6-tread', 'tread-left', tread(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-5-moons', 'upgrade-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.00001), tr(100));
add('lr-too-low.sgd-plain-5e-4-full-batch-circles', 'depot-ring-circles', CIRCLES, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.0005), tr(150, 400));

add('oscillating-loss.rmsprop-0.05-full-batch-tread', 'tread-left', tread(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(120, 640));
add('oscillating-loss.momentum-0.995-lr-0.01-full-batch-labour', 'labour-minutes', labour(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.995), tr(150, 720));
add('oscillating-loss.nesterov-0.99-lr-0.1-batch-450-linear-charge', 'extra-charge', charge(), [d(1)], 'mse', nest(0.1, 0.99), tr(120, 450));
add('oscillating-loss.adam-0.08-full-batch-class', 'vehicle-class', vclass(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.08), tr(150, 760));
add('oscillating-loss.sgd-plain-0.8-full-batch-linear-tread', 'tread-left', tread(), [d(1)], 'mse', sgd(0.8), tr(100, 640));
add('oscillating-loss.momentum-0.98-lr-0.05-full-batch-elu-tread', 'tread-left', tread(), [d(24, 'elu'), d(1)], 'mse', mom(0.05, 0.98), tr(120, 640));
add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-sine', 'weekly-demand-cycle', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(0.1, 0.99), tr(150, 300));

add('loss-plateau.load-index-only-tread', 'tread-left', tread({ features: ['load_index'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-0.5-adam-class', 'vehicle-class', vclass(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003, { weightDecay: 0.5 }), tr(50));
add('loss-plateau.double-dropout-0.9-labour', 'labour-minutes', labour(), [d(64, 'relu'), drop(0.9), d(64, 'relu'), drop(0.9), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.model-year-only-class', 'vehicle-class', vclass({ features: ['model_year'] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(50));
add('loss-plateau.batchnorm-batch-1-tread', 'tread-left', tread(), [d(32, 'relu', { batchNorm: true }), d(1, 'linear', { batchNorm: true })], 'mse', sgd(0.01), tr(10, 1));

// ---------------------------------------------------------------- healthy
add('ok.charge-adam-relu', 'extra-charge', charge(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.charge-rmsprop-elu-val', 'extra-charge', charge(), [d(48, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.charge-nesterov-leaky-batch-8', 'extra-charge', charge(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.01), tr(40, 8));
add('ok.charge-minmax-adam-decay', 'extra-charge', charge({ normalize: 'minmax' }), [d(64, 'relu'), d(1)], 'mse', adam(0.005, { weightDecay: 0.0001 }), tr(100));
add('ok.charge-momentum-bn-batch-64', 'extra-charge', charge(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.02), tr(80, 64));
add('ok.charge-sgd-plain-tanh-batch-1', 'extra-charge', charge(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.003), tr(8, 1));
add('ok.class-adam-relu', 'vehicle-class', vclass(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.class-momentum-tanh-batch-16', 'vehicle-class', vclass(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', mom(0.03), tr(50, 16));
add('ok.class-rmsprop-elu-dropout', 'vehicle-class', vclass(), [d(48, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.class-sgd-plain-sigmoid', 'vehicle-class', vclass(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.5), tr(80, 16));
add('ok.class-minmax-clip-nesterov', 'vehicle-class', vclass({ normalize: 'minmax' }), [d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', nest(0.05, 0.9, { clipNorm: 5 }), tr(80));
add('ok.class-full-batch-adam-bn', 'vehicle-class', vclass(), [d(32, 'leaky_relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.02), tr(150, 760));
add('ok.damage-adam-relu', 'accident-damage', damage(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.damage-nesterov-tanh-batch-16', 'accident-damage', damage(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(50, 16));
add('ok.damage-cce-two-softmax', 'accident-damage', damage(), [d(24, 'elu'), d(2, 'softmax')], 'cce', adam(0.005), tr(60));
add('ok.damage-rmsprop-val', 'accident-damage', damage(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(50, 32, { validationSplit: 0.2 }));
add('ok.labour-adam-elu', 'labour-minutes', labour(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.labour-momentum-relu-batch-16', 'labour-minutes', labour(), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60, 16));
add('ok.labour-rmsprop-tanh-dropout', 'labour-minutes', labour(), [d(64, 'tanh'), drop(0.1), d(1)], 'mse', rms(0.001), tr(80));
add('ok.labour-linear-sgd', 'labour-minutes', labour(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.labour-minmax-nesterov-clip', 'labour-minutes', labour({ normalize: 'minmax' }), [d(48, 'leaky_relu'), d(1)], 'mse', nest(0.02, 0.9, { clipNorm: 1 }), tr(100));
add('ok.labour-adam-full-batch', 'labour-minutes', labour(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(300, 720));
add('ok.tread-adam-relu', 'tread-left', tread(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.tread-sgd-tanh-batch-8', 'tread-left', tread(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.02), tr(50, 8));
add('ok.tread-rmsprop-elu-bn', 'tread-left', tread(), [d(32, 'elu', { batchNorm: true }), d(1)], 'mse', rms(0.002), tr(80));
add('ok.tread-nesterov-sigmoid', 'tread-left', tread(), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.05), tr(100));
add('ok.tread-adam-decay-val', 'tread-left', tread(), [d(48, 'leaky_relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0005 }), tr(100, 64, { validationSplit: 0.2 }));
add('ok.tread-xavier-normal-momentum', 'tread-left', tread(), [d(32, 'tanh', { init: 'xavier_normal' }), d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01, 0.8), tr(80));
add('ok.iris-adam', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-full-batch', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.3), tr(300, 150));
add('ok.moons-rmsprop-relu', 'upgrade-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.circles-adam-tanh', 'depot-ring-circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.spirals-adam-relu-deep', 'parking-spirals', SPIRALS2, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs-momentum-elu', 'depot-blobs', BLOBS3, [d(16, 'elu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.sine-adam-tanh', 'weekly-demand-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(200));
add('ok.xor-nesterov-relu-batch-8', 'two-desk-parity', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(60, 8));
add('ok.upgrade-inline-adam', 'upgrade-pilot', INLINE_UPGRADE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 4));
add('ok.sine-sgd-momentum-elu-batch-1', 'weekly-demand-cycle', SINE, [d(24, 'elu'), d(1)], 'mse', mom(0.005), tr(20, 1));
add('ok.damage-logistic-adam-decay', 'accident-damage', damage(), [d(1, 'sigmoid')], 'bce', adam(0.01, { weightDecay: 0.0001 }), tr(80));
add('ok.xor-adam-leaky-dropout', 'two-desk-parity', XOR, [d(32, 'leaky_relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));

// ---------------------------------------------------------------- second round (added after the first observation)
add('lr-too-high.nesterov-0.1-batch-8-labour', 'labour-minutes', labour(), [d(32, 'tanh'), d(1)], 'mse', nest(0.1), tr(30, 8));
add('lr-too-high.sgd-plain-0.3-batch-4-elu-tread', 'tread-left', tread(), [d(32, 'elu'), d(1)], 'mse', sgd(0.3), tr(20, 4));
add('lr-too-high.rmsprop-0.01-batch-2-class', 'vehicle-class', vclass(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.01), tr(15, 2));
add('lr-too-high.adam-0.03-batch-1-charge', 'extra-charge', charge(), [d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(4, 1));
add('oscillating-loss.momentum-0.97-lr-0.5-full-batch-linear-labour', 'labour-minutes', labour(), [d(1)], 'mse', mom(0.5, 0.97), tr(120, 720));
add('oscillating-loss.nesterov-0.995-lr-0.02-full-batch-tanh-tread', 'tread-left', tread(), [d(32, 'tanh'), d(1)], 'mse', nest(0.02, 0.995), tr(150, 640));
add('ok.sine-momentum-elu-batch-16', 'weekly-demand-cycle', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(150, 16));
add('ok.damage-elu-adam-batch-64', 'accident-damage', damage(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(80, 64));
add('ok.charge-adam-tanh-full-batch', 'extra-charge', charge(), [d(48, 'tanh'), d(1)], 'mse', adam(0.01), tr(400, 900));
add('ok.circles-momentum-relu-batch-8', 'depot-ring-circles', CIRCLES, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(60, 8));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
