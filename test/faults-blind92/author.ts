/**
 * Writes every candidate spec of the ninety-second blind fault set (postal services and parcel delivery)
 * into candidates/: `npx tsx test/faults-blind92/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: extra.seed ?? 92, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const PAR = ['weight_g', 'distance_km', 'handovers', 'rural_destination', 'weekend_dispatch', 'customs_check', 'insured_value_gbp'];
const delay = (extra: Json = {}): Json => ({ csv: '../data/parcels.csv', target: 'delay_hours', features: PAR, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const lost = (extra: Json = {}): Json => ({ csv: '../data/parcels.csv', target: 'lost_parcel', features: PAR, normalize: 'standard', ...extra });
const SHP = ['weight_kg', 'distance_km', 'declared_value_gbp', 'signature_required', 'drop_off_hour', 'business_sender'];
const svc = (extra: Json = {}): Json => ({ csv: '../data/shipments.csv', target: 'service_class', features: SHP, normalize: 'standard', ...extra });
const VAN = ['route_km', 'stops', 'payload_kg', 'avg_speed_kmh', 'idle_min', 'ambient_temp_c', 'van_age_years'];
const fuel = (extra: Json = {}): Json => ({ csv: '../data/vans.csv', target: 'fuel_litres', features: VAN, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const DEP = ['catchment_households', 'sorting_staff', 'sorting_machines', 'shift_hours', 'online_orders', 'peak_season'];
const sorted = (extra: Json = {}): Json => ({ csv: '../data/depots.csv', target: 'parcels_sorted', features: DEP, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const RND = ['years_experience', 'drops', 'flat_share', 'rain_mm', 'round_km', 'parcel_value_gbp'];
const failed = (extra: Json = {}): Json => ({ csv: '../data/rounds.csv', target: 'failed_drops', features: RND, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const band = (extra: Json = {}): Json => ({ csv: '../data/rounds.csv', target: 'on_time_band', features: RND, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 };

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adamw', 'delivery-delay', delay(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.003 }, tr(80));
add('invalid-spec.activation-swish', 'service-class', svc(), [d(32, 'swish'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.loss-huber', 'van-fuel', fuel(), [d(24, 'relu'), d(1)], 'huber', adam(0.003), tr(80));

add('data-error.csv-path-parcel', 'delivery-delay', delay({ csv: '../data/parcel.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-weight-export', 'delivery-delay-export', delay({ csv: '../data/parcels-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.tracking-id-as-feature', 'lost-parcel', lost({ features: ['tracking_id', ...PAR] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.target-column-typo', 'van-fuel', fuel({ target: 'fuel_liters' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.service-head-three', 'service-class', svc(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.band-head-two', 'on-time-band', band(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.fuel-head-two-units', 'van-fuel', fuel(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.service-softmax-five', 'service-class', svc(), [d(24, 'elu'), d(5, 'softmax')], 'cce', rms(0.003), tr(80));

add('loss-activation-mismatch.tanh-head-bce-lost', 'lost-parcel', lost(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-sorted', 'parcels-sorted', sorted(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.sigmoid-head-cce-service', 'service-class', svc(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-head-mse-fuel', 'van-fuel', fuel(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-delay', 'delivery-delay', delay(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-band', 'on-time-band', band(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));
add('init-symmetry.zeros-sigmoid-service', 'service-class', svc(), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-relu-sorted', 'parcels-sorted', sorted(), [d(24, 'relu', init('constant', { value: 0.2 })), d(12, 'relu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', mom(0.01), tr(100));
add('init-symmetry.constant-tanh-fuel', 'van-fuel', fuel(), [d(32, 'tanh', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', adam(0.003), tr(80));

add('init-scale.normal-std-four-failed', 'failed-drops', failed(), [d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-three-fuel', 'van-fuel', fuel(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-six-band', 'on-time-band', band(), [d(32, 'relu', init('normal', { std: 6 })), d(32, 'relu', init('normal', { std: 6 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-delay', 'delivery-delay', delay(), [d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(1, 'linear', init('uniform', { limit: 0.0002 }))], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-five-sigmoid-service', 'service-class', svc(), [d(48, 'sigmoid', init('normal', { std: 5 })), d(48, 'sigmoid', init('normal', { std: 5 })), d(4, 'softmax')], 'cce', sgd(0.05), tr(80));

add('no-nonlinearity.xor-sorting-quadrant', 'sorting-quadrant', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.circles-delivery-ring', 'delivery-ring', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('no-nonlinearity.spirals-conveyor-linear', 'conveyor-routing', SPIRALS, [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', adam(0.01), tr(200));

add('lr-out-of-range.adam-eight', 'parcels-sorted', sorted(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(8), tr(80));
add('lr-out-of-range.sgd-lr-fifty', 'lost-parcel', lost(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(50), tr(60));
add('lr-out-of-range.adam-negative', 'service-class', svc(), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(-0.005), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-delay', 'delivery-delay', delay(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.bias-minus-eight-band', 'on-time-band', band(), [d(32, 'relu', { bias: -8 }), d(16, 'relu', { bias: -8 }), d(3, 'softmax')], 'cce', adam(0.002), tr(80));
add('dead-relu.raw-value-sgd-band', 'on-time-band-raw', band({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05), tr(60));
add('dead-relu.rmsprop-high-sorted', 'parcels-sorted', sorted(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));

add('exploding-gradient.raw-households-features', 'parcels-sorted-raw-features', sorted({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'failed-drops', failed(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-weight-grams-sgd', 'delivery-delay-raw-features', delay({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(60));
add('exploding-gradient.raw-sorted-target-adam', 'parcels-sorted-raw', sorted({ normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.deep-elu-normal-fuel', 'van-fuel', fuel(), [d(64, 'elu', init('normal', { std: 0.5 })), d(64, 'elu', init('normal', { std: 0.5 })), d(64, 'elu', init('normal', { std: 0.5 })), d(64, 'elu', init('normal', { std: 0.5 })), d(1)], 'mse', rms(0.0005), tr(60));

add('vanishing-gradient.deep-sigmoid-lost', 'lost-parcel', lost(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-band', 'on-time-band', band(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-fuel', 'van-fuel', fuel(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));

add('nan-loss.sgd-raw-fuel-target', 'van-fuel-raw', fuel({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-batch-one-failed', 'failed-drops', failed(), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 1));
add('nan-loss.sgd-raw-sorted-target', 'parcels-sorted-raw', sorted({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.adam-0.1-service', 'service-class', svc(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-band', 'on-time-band', band(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-service', 'service-class', svc(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.momentum-1-lost', 'lost-parcel', lost(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(60, 16));
add('lr-too-high.sgd-0.5-fuel', 'van-fuel', fuel(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.5), tr(80, 16));

add('lr-too-low.sgd-1e-5-delay', 'delivery-delay', delay(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-service', 'service-class', svc(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-sorted', 'parcels-sorted', sorted(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-band', 'on-time-band', band(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-value-failed', 'failed-drops-raw-features', failed({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-distance-lost', 'lost-parcel-raw', lost({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-households-sorted', 'parcels-sorted-raw-features', sorted({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-route-fuel', 'van-fuel-raw-features', fuel({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-declared-service', 'service-class-raw', svc({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'conveyor-routing', SPIRALS, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-band', 'on-time-band', band(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.depot-constant-only', 'lost-parcel', lost({ features: ['depot_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('loss-plateau.postcode-only-service', 'service-class', svc({ features: ['postcode_district'] }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));

add('oscillating-loss.rmsprop-full-batch-delay', 'delivery-delay', delay(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 720));
add('oscillating-loss.rmsprop-full-batch-fuel', 'van-fuel', fuel(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 560));
add('oscillating-loss.rmsprop-full-batch-sorted', 'parcels-sorted', sorted(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 480));
add('oscillating-loss.momentum-0.99-full-batch-fuel', 'van-fuel', fuel(), [d(24, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(100, 560));
add('oscillating-loss.rmsprop-full-batch-band', 'on-time-band', band(), [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.08), tr(100, 500));

// ---------------------------------------------------------------- healthy candidates
add('ok.delay-adam-relu', 'delivery-delay', delay(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.delay-rmsprop-elu-minmax', 'delivery-delay', delay({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.delay-momentum-tanh', 'delivery-delay', delay(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.delay-batchnorm-leaky-val', 'delivery-delay', delay(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.lost-adam-relu', 'lost-parcel', lost(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.lost-rmsprop-tanh', 'lost-parcel', lost(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.lost-nesterov-elu', 'lost-parcel', lost(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { nesterov: true }), tr(120));
add('ok.lost-dropout-clipnorm-wide', 'lost-parcel', lost(), [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.003, { clipNorm: 5 }), tr(120, 64));
add('ok.service-adam-relu', 'service-class', svc(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.service-rmsprop-tanh-dropout', 'service-class', svc(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.service-nesterov-elu', 'service-class', svc(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.service-full-batch-adam', 'service-class', svc(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 600));
add('ok.service-minmax-leaky', 'service-class', svc({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.fuel-adam-relu', 'van-fuel', fuel(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.fuel-sgd-batch-one', 'van-fuel', fuel(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.fuel-weight-decay-batchnorm-val', 'van-fuel', fuel(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.fuel-rmsprop-leaky-minmax', 'van-fuel', fuel({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.sorted-adam-relu', 'parcels-sorted', sorted(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.sorted-rmsprop-elu', 'parcels-sorted', sorted(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.sorted-momentum-tanh', 'parcels-sorted', sorted(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.sorted-adam-batch-8-decay', 'parcels-sorted', sorted(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.sorted-he-uniform-sgd', 'parcels-sorted', sorted(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.failed-adam-relu', 'failed-drops', failed(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.failed-rmsprop-tanh', 'failed-drops', failed(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.failed-clipnorm-sgd', 'failed-drops', failed(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.failed-full-batch-adam', 'failed-drops', failed(), [d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(300, 500));
add('ok.band-adam-relu', 'on-time-band', band(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.band-momentum-elu', 'on-time-band', band(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.band-rmsprop-dropout', 'on-time-band', band(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.band-sigmoid-xavier-adam', 'on-time-band', band(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.iris-lecun-tanh-momentum', 'seed-catalogue-mail-order-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-postcode-zone', 'postcode-zone', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-delivery-ring', 'delivery-ring', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-sorting-bins', 'sorting-bins', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-seasonal-volume', 'seasonal-volume', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-sorting-quadrant', 'sorting-quadrant', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-conveyor-routing', 'conveyor-routing', SPIRALS, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.inline-counter-queue-pilot', 'counter-queue-pilot', { inline: { x: [[1, 4], [2, 4], [3, 4], [4, 4], [5, 4], [1, 2], [2, 2], [3, 2], [4, 2], [5, 2], [6, 3], [7, 3]], y: [3.1, 4.0, 5.2, 6.1, 7.0, 5.9, 7.8, 10.1, 12.2, 14.0, 10.9, 12.8] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.delay-full-batch-rmsprop-small', 'delivery-delay', delay(), [d(24, 'relu'), d(1)], 'mse', rms(0.005), tr(300, 720));
add('ok.failed-nesterov-sigmoid', 'failed-drops', failed({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { nesterov: true }), tr(150, 16));

// ---------------------------------------------------------------- second round (after the first observation)
add('oscillating-loss.rmsprop-0.1-full-batch-failed', 'failed-drops', failed(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(100, 500));
add('oscillating-loss.adam-0.2-full-batch-sorted', 'parcels-sorted', sorted(), [d(32, 'relu'), d(1)], 'mse', adam(0.2), tr(100, 480));
add('lr-too-high.rmsprop-0.05-batch-8-fuel', 'van-fuel', fuel(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.05), tr(80, 8));
add('lr-too-high.adam-0.2-band', 'on-time-band', band(), [d(32, 'elu'), d(3, 'softmax')], 'cce', adam(0.2), tr(80, 16));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
