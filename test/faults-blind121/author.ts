/**
 * Writes every candidate spec of blind fault set 121 (bicycle-sharing and e-scooter fleets) into candidates/:
 * `npx tsx test/faults-blind121/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 121, data, layers, loss, optimizer, training, ...extra };
}

const RF = ['hour', 'dow', 'temp_c', 'rain_mm', 'wind_kmh', 'docks_total', 'event_nearby'];
const rides = (x: Json = {}): Json => ({ csv: '../data/rides.csv', target: 'rides', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BF = ['trip_km', 'trip_min', 'temp_c', 'climb_m', 'rider_kg', 'start_battery_pct'];
const batt = (x: Json = {}): Json => ({ csv: '../data/battery.csv', target: 'battery_used_pct', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const VF = ['idle_hours', 'night_parked', 'crime_index', 'dist_to_dock_m', 'street_lit'];
const vand = (x: Json = {}): Json => ({ csv: '../data/vandal.csv', target: 'vandalised', features: VF, normalize: 'standard', ...x });
const PF = ['trip_min', 'trip_km', 'hour', 'weekend', 'round_trip', 'price_usd', 'app_opens_7d'];
const rider = (x: Json = {}): Json => ({ csv: '../data/riders.csv', target: 'rider_type', features: PF, normalize: 'standard', ...x });
const CF = ['bikes_moved', 'van_km', 'crew_size', 'overtime_h', 'fuel_usd_l'];
const cost = (x: Json = {}): Json => ({ csv: '../data/rebalance.csv', target: 'cost_usd', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS = { builtin: 'spirals', samples: 400, noise: 0.03 };
const BLOBS3 = { builtin: 'blobs', samples: 300, classes: 3, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 200, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A depot mechanic's notebook: brake pad mm and km since service -> needs repair (0/1).
const INLINE_BRAKE = {
  inline: {
    x: [[4.1, 120], [1.2, 900], [3.8, 300], [0.9, 1100], [2.0, 650], [4.5, 80], [1.5, 820], [3.2, 410], [0.7, 1300], [2.8, 500], [3.9, 150], [1.1, 1000], [2.4, 700], [4.0, 220], [1.8, 760], [3.5, 350], [0.8, 1250], [2.2, 600], [4.3, 60], [1.4, 950]],
    y: [0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1],
  },
  normalize: 'minmax',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.huber-loss', 'station-rides', rides(), [d(32, 'relu'), d(1)], 'huber', adam(0.003), tr(40));
add('invalid-spec.swish-activation', 'battery-drain', batt(), [d(32, 'swish'), d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.adagrad-optimizer', 'rider-type', rider(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adagrad', lr: 0.01 }, tr(40));
add('invalid-spec.conv1d-layer', 'station-rides', rides(), [{ type: 'conv1d', filters: 8, kernelSize: 3 }, d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.units-string', 'vandal-flag', vand(), [d('16' as unknown as number, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.validation-split-20', 'rebalance-cost', cost(), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40, 32, { validationSplit: 20 }));

add('data-error.na-rain-mm', 'station-rides-na', rides({ csv: '../data/rides-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.station-id-feature', 'station-rides', rides({ features: ['station_id', ...RF] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(40));
add('data-error.scooter-id-feature', 'battery-drain', batt({ features: ['scooter_id', ...BF] }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));
add('data-error.hour-start-feature', 'station-rides', rides({ features: ['hour_start', 'temp_c', 'rain_mm'] }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.cost-dollars-typo', 'rebalance-cost', cost({ target: 'cost_dollars' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.missing-csv-file', 'rider-type', rider({ csv: '../data/riders-2024.csv' }), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));

add('shape-mismatch.rider-three-heads', 'rider-type', rider(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.usd-and-cents-one-output', 'rebalance-cost', cost({ target: ['cost_usd', 'cost_cents'] }), [d(16, 'relu'), d(1)], 'mse', rms(0.001), tr(40));
add('shape-mismatch.iris-two-heads', 'iris-demo', IRIS, [d(8, 'tanh'), d(2, 'softmax')], 'cce', nest(0.02), tr(60, 16));
add('shape-mismatch.rides-two-outputs', 'station-rides', rides(), [d(32, 'elu'), d(2)], 'mse', adam(0.003), tr(40));

add('loss-activation-mismatch.softmax-rider-bce', 'rider-type', rider(), [d(32, 'relu'), d(4, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-rides', 'station-rides', rides(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-head-vandal-bce', 'vandal-flag', vand(), [d(16, 'tanh'), d(1, 'relu')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-battery-minmax', 'battery-drain', batt({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(40));
add('loss-activation-mismatch.linear-head-brake-bce', 'brake-repair', INLINE_BRAKE, [d(8, 'relu'), d(1, 'linear')], 'bce', adam(0.01), tr(200, 4));

add('no-nonlinearity.moons-three-linear-rmsprop', 'dock-cluster-moons', MOONS, [d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('no-nonlinearity.xor-linear-momentum', 'two-dock-xor', XOR, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150, 16));
add('no-nonlinearity.rides-linear-adam-batch-8', 'station-rides', rides(), [d(64), d(32), d(1)], 'mse', adam(0.003), tr(40, 8));
add('no-nonlinearity.spirals-linear-bn-adam', 'service-zone-spirals', SPIRALS, [d(64, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));

add('lr-out-of-range.adam-lr-5-rides', 'station-rides', rides(), [d(32, 'relu'), d(1)], 'mse', adam(5), tr(20));
add('lr-out-of-range.sgd-1e-9-rider', 'rider-type', rider(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', sgd(1e-9), tr(40));
add('lr-out-of-range.momentum-lr-50-battery', 'battery-drain', batt(), [d(16, 'elu'), d(1)], 'mse', mom(50), tr(10));
add('lr-out-of-range.rmsprop-zero-vandal', 'vandal-flag', vand(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0), tr(30));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-tanh-adam-rider', 'rider-type', rider(), [d(32, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', adam(0.003), tr(40));
add('init-symmetry.constant-0.1-elu-rmsprop-battery', 'battery-drain', batt(), [d(32, 'elu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', rms(0.001), tr(40));
add('init-symmetry.zeros-two-relu-momentum-cost', 'rebalance-cost', cost(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(40));
add('init-symmetry.constant-0.3-sigmoid-sgd-circles', 'geofence-circles', CIRCLES, [d(16, 'sigmoid', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', sgd(0.3), tr(100, 16));

add('init-scale.normal-std-20-relu-cost', 'rebalance-cost', cost(), [d(32, 'relu', init('normal', { std: 20 })), d(32, 'relu', init('normal', { std: 20 })), d(1, 'linear', init('normal', { std: 20 }))], 'mse', rms(0.001), tr(30));
add('init-scale.uniform-8-sigmoid-vandal', 'vandal-flag', vand(), [d(32, 'sigmoid', init('uniform', { limit: 8 })), d(1, 'sigmoid', init('uniform', { limit: 8 }))], 'bce', adam(0.003), tr(30));
add('init-scale.normal-1e-4-five-tanh-rides', 'station-rides', rides(), [...tower(5, 32, 'tanh', init('normal', { std: 0.0001 })), d(1, 'linear', init('normal', { std: 0.0001 }))], 'mse', mom(0.01), tr(40));
add('init-scale.constant-4-tanh-rider', 'rider-type', rider(), [d(32, 'tanh', init('normal', { std: 4 })), d(32, 'tanh', init('normal', { std: 4 })), d(4, 'softmax', init('normal', { std: 4 }))], 'cce', sgd(0.05), tr(40, 16));

add('dead-relu.bias-minus-10-battery', 'battery-drain', batt(), [d(64, 'relu', { bias: -10 }), d(1)], 'mse', adam(0.003), tr(40));
add('dead-relu.bias-minus-5-three-layer-rider', 'rider-type', rider(), [...tower(3, 32, 'relu', { bias: -5 }), d(4, 'softmax')], 'cce', rms(0.002), tr(40));
add('dead-relu.rmsprop-0.5-batch-8-cost', 'rebalance-cost', cost(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.5), tr(20, 8));
add('dead-relu.bias-minus-3-uniform-small-rides', 'station-rides', rides(), [d(48, 'relu', { bias: -3, init: 'he_uniform' }), d(48, 'relu', { bias: -3 }), d(1)], 'mse', nest(0.01), tr(40));

add('exploding-gradient.raw-cents-target-adam', 'rebalance-cost-raw', cost({ target: 'cost_cents', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(30));
add('exploding-gradient.raw-dist-to-dock-momentum', 'vandal-raw', vand({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(30));
add('exploding-gradient.raw-undock-unix-rmsprop', 'battery-raw', batt({ features: ['undock_unix', ...BF], normalize: 'none' }), [d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(30));
add('exploding-gradient.raw-rides-target-nesterov', 'station-rides-raw-target', rides({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', nest(0.001), tr(30));
add('exploding-gradient.eight-relu-std-1-cost', 'rebalance-cost', cost(), [...tower(8, 32, 'relu', init('normal', { std: 1 })), d(1)], 'mse', adam(0.0005), tr(30));

add('vanishing-gradient.nine-sigmoid-adam-rider', 'rider-type', rider(), [...tower(9, 24, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.001), tr(40));
add('vanishing-gradient.eight-tanh-std-0.05-cost', 'rebalance-cost', cost(), [...tower(8, 32, 'tanh', init('normal', { std: 0.05 })), d(1)], 'mse', rms(0.0005), tr(40));
add('vanishing-gradient.seven-sigmoid-sgd-moons', 'dock-cluster-moons', MOONS, [...tower(7, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(80, 16));
add('vanishing-gradient.six-sigmoid-rmsprop-battery', 'battery-drain', batt(), [...tower(6, 32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', rms(0.0003), tr(40));
add('vanishing-gradient.twelve-sigmoid-nesterov-vandal', 'vandal-flag', vand(), [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(30));

add('nan-loss.sgd-0.5-raw-cost-target', 'rebalance-cost-raw-target', cost({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(10));
add('nan-loss.adam-3-batch-2-battery', 'battery-drain', batt(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(3), tr(5, 2));
add('nan-loss.raw-unix-full-batch-momentum', 'battery-raw', batt({ features: ['undock_unix', 'trip_km'], normalize: 'none', normalizeTarget: 'none' }), [d(8, 'relu'), d(1)], 'mse', mom(0.01), tr(20, 900));
add('nan-loss.momentum-0.99-lr-1-sine', 'seasonal-demand-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(30, 8));
add('nan-loss.std-5-four-relu-rides', 'station-rides', rides(), [...tower(4, 64, 'relu', init('normal', { std: 5 })), d(1, 'linear', init('normal', { std: 5 }))], 'mse', sgd(0.01), tr(20));
add('nan-loss.rmsprop-2-linear-cost-raw', 'rebalance-cost-raw', cost({ normalize: 'none', normalizeTarget: 'none' }), [d(1)], 'mse', rms(2), tr(20, 16));

add('saturated-activation.tanh-raw-dist-dock-vandal', 'vandal-raw', vand({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.sigmoid-raw-van-km-cost', 'rebalance-cost-raw', cost({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(40));
add('saturated-activation.tanh-bias-6-rider', 'rider-type', rider(), [d(32, 'tanh', { bias: 6 }), d(4, 'softmax')], 'cce', mom(0.01), tr(40));
add('saturated-activation.sigmoid-raw-rider-kg-battery', 'battery-raw', batt({ normalize: 'none' }), [d(32, 'sigmoid'), d(32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(40, 16));
add('saturated-activation.tanh-raw-docks-wind-rides', 'station-rides-raw', rides({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.005), tr(40));

add('lr-too-high.sgd-plain-3-rider', 'rider-type', rider(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', sgd(3), tr(30, 32));
add('lr-too-high.nesterov-0.7-batch-16-vandal', 'vandal-flag', vand(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.7), tr(30, 16));
add('lr-too-high.rmsprop-0.1-batch-4-battery', 'battery-drain', batt(), [d(32, 'elu'), d(1)], 'mse', rms(0.1), tr(20, 4));
add('lr-too-high.adam-0.5-full-batch-cost', 'rebalance-cost', cost(), [d(32, 'tanh'), d(1)], 'mse', adam(0.5), tr(60, 800));
add('lr-too-high.momentum-0.9-lr-0.3-blobs', 'depot-blobs', BLOBS3, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.3), tr(40, 8));
add('lr-too-high.adam-0.08-batch-1-brake', 'brake-repair', INLINE_BRAKE, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.08), tr(40, 1));

add('lr-too-low.adam-1e-6-rides', 'station-rides', rides(), [d(32, 'relu'), d(1)], 'mse', adam(0.000001), tr(40));
add('lr-too-low.sgd-plain-1e-4-batch-64-rider', 'rider-type', rider(), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(0.0001), tr(40, 64));
add('lr-too-low.nesterov-3e-6-cost', 'rebalance-cost', cost(), [d(32, 'tanh'), d(1)], 'mse', nest(0.000003), tr(60));
add('lr-too-low.rmsprop-5e-7-vandal', 'vandal-flag', vand(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.0000005), tr(40));
add('lr-too-low.momentum-1e-5-batch-8-battery', 'battery-drain', batt(), [d(32, 'relu'), d(1)], 'mse', mom(0.00001, 0.5), tr(30, 8));

add('oscillating-loss.sgd-plain-1.95-full-batch-linear-cost', 'rebalance-cost', cost(), [d(1)], 'mse', sgd(1.95), tr(100, 800));
add('oscillating-loss.momentum-0.98-lr-0.1-full-batch-linear-battery', 'battery-drain', batt(), [d(1)], 'mse', mom(0.1, 0.98), tr(150, 900));
add('oscillating-loss.nesterov-0.99-lr-0.05-batch-128-rides', 'station-rides', rides(), [d(1)], 'mse', nest(0.05, 0.99), tr(100, 128));
add('oscillating-loss.rmsprop-0.2-full-batch-tanh-cost', 'rebalance-cost', cost(), [d(8, 'tanh'), d(1)], 'mse', rms(0.2), tr(150, 800));
add('oscillating-loss.momentum-0.97-lr-2-full-batch-logistic-vandal', 'vandal-flag', vand(), [d(1, 'sigmoid')], 'bce', mom(2, 0.97), tr(150, 1100));
add('oscillating-loss.adam-0.3-full-batch-linear-battery', 'battery-drain', batt(), [d(1)], 'mse', adam(0.3), tr(150, 900));
add('oscillating-loss.sgd-plain-6-full-batch-softmax-iris', 'iris-demo', IRIS, [d(3, 'softmax')], 'cce', sgd(6), tr(150, 150));
add('oscillating-loss.momentum-0.95-lr-0.3-batch-400-linear-rides', 'station-rides', rides(), [d(1)], 'mse', mom(0.3, 0.95), tr(100, 400));

add('loss-plateau.frame-serial-only-vandal', 'vandal-flag', vand({ features: ['frame_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.humidity-only-rider', 'rider-type', rider({ features: ['humidity_pct'] }), [d(16, 'elu'), d(4, 'softmax')], 'cce', rms(0.002), tr(40));
add('loss-plateau.adam-weight-decay-5-cost', 'rebalance-cost', cost(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 5 }), tr(40));
add('loss-plateau.dropout-0.9-two-layers-battery', 'battery-drain', batt(), [d(32, 'relu'), drop(0.9), d(32, 'relu'), drop(0.9), d(1)], 'mse', adam(0.003), tr(40));
add('loss-plateau.trip-id-only-rider', 'rider-type', rider({ features: ['trip_id'] }), [d(16, 'tanh'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.clipnorm-1e-6-rmsprop-rides', 'station-rides', rides(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 0.000001 }), tr(40));

// ---------------------------------------------------------------- healthy
add('ok.rides-adam-relu', 'station-rides', rides(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.rides-rmsprop-elu-val', 'station-rides', rides(), [d(48, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.rides-nesterov-tanh-batch-16', 'station-rides', rides(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.rides-minmax-adam-bn', 'station-rides', rides({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(60, 64));
add('ok.rides-sgd-plain-leaky-batch-1', 'station-rides', rides(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.002), tr(8, 1));
add('ok.battery-adam-elu', 'battery-drain', batt(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.battery-linear-sgd-full-batch', 'battery-drain', batt(), [d(1)], 'mse', sgd(0.3), tr(200, 900));
add('ok.battery-momentum-relu-decay', 'battery-drain', batt(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 0.0001 }), tr(60));
add('ok.battery-rmsprop-tanh-dropout', 'battery-drain', batt(), [d(64, 'tanh'), drop(0.1), d(1)], 'mse', rms(0.001), tr(60));
add('ok.battery-minmax-nesterov-sigmoid-batch-4', 'battery-drain', batt({ normalize: 'minmax' }), [d(16, 'sigmoid'), d(1)], 'mse', nest(0.02), tr(30, 4));
add('ok.cost-adam-relu-clip', 'rebalance-cost', cost(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { clipNorm: 1 }), tr(60));
add('ok.cost-rmsprop-leaky-batch-128', 'rebalance-cost', cost(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(100, 128));
add('ok.cost-momentum-tanh-lecun', 'rebalance-cost', cost(), [d(24, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(60));
add('ok.cost-adam-elu-batch-2', 'rebalance-cost', cost(), [d(16, 'elu'), d(1)], 'mse', adam(0.001), tr(8, 2));
add('ok.cost-minmax-target-nesterov', 'rebalance-cost', cost({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', nest(0.05), tr(60, 16));
add('ok.rider-adam-relu', 'rider-type', rider(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.rider-rmsprop-tanh-val', 'rider-type', rider(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.rider-nesterov-elu-batch-16', 'rider-type', rider(), [d(32, 'elu'), d(4, 'softmax')], 'cce', nest(0.02), tr(60, 16));
add('ok.rider-sgd-plain-sigmoid-batch-8', 'rider-type', rider(), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.1), tr(60, 8));
add('ok.rider-minmax-adam-bn-dropout', 'rider-type', rider({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(4, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.rider-softmax-regression-rmsprop', 'rider-type', rider(), [d(4, 'softmax')], 'cce', rms(0.01), tr(80));
add('ok.rider-momentum-leaky-he-uniform', 'rider-type', rider(), [d(48, 'leaky_relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', mom(0.02), tr(60));
add('ok.vandal-adam-relu', 'vandal-flag', vand(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.vandal-rmsprop-tanh-batch-64', 'vandal-flag', vand(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80, 64));
add('ok.vandal-logistic-adam', 'vandal-flag', vand(), [d(1, 'sigmoid')], 'bce', adam(0.01), tr(80));
add('ok.vandal-nesterov-elu-val', 'vandal-flag', vand(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(60, 32, { validationSplit: 0.2 }));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-nesterov-tanh-batch-1', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', nest(0.005), tr(30, 1));
add('ok.moons-adam-elu', 'dock-cluster-moons', MOONS, [d(32, 'elu'), d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-rmsprop-relu-dropout', 'dock-cluster-moons', MOONS, [d(64, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('ok.circles-momentum-tanh', 'geofence-circles', CIRCLES, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150, 16));
add('ok.spirals-adam-tanh-deep', 'service-zone-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs-sgd-plain-relu', 'depot-blobs', BLOBS3, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.1), tr(60));
add('ok.sine-adam-elu', 'seasonal-demand-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.xor-rmsprop-tanh', 'two-dock-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 16));
add('ok.brake-inline-adam-tanh-full-batch', 'brake-repair', INLINE_BRAKE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 20));
add('ok.brake-inline-logistic-sgd-batch-2', 'brake-repair', INLINE_BRAKE, [d(1, 'sigmoid')], 'bce', sgd(0.2), tr(150, 2));
add('ok.rides-adam-bn-dropout-deep-val', 'station-rides', rides(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(80, 64, { validationSplit: 0.1 }));
add('ok.battery-selected-features-adam-xavier', 'battery-drain', batt({ features: ['trip_km', 'climb_m', 'rider_kg'] }), [d(16, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.005), tr(60));
add('ok.cost-sgd-plain-relu-full-batch', 'rebalance-cost', cost(), [d(32, 'relu'), d(1)], 'mse', sgd(0.1), tr(300, 800));
add('ok.rider-adam-relu-decay-clip', 'rider-type', rider(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003, { weightDecay: 0.0001, clipNorm: 5 }), tr(60));
add('ok.vandal-minmax-adam-leaky-clip', 'vandal-flag', vand({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.005, { clipNorm: 5 }), tr(80));
add('ok.battery-nesterov-leaky-batch-64', 'battery-drain', batt(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.02), tr(80, 64));
add('ok.cost-rmsprop-elu-two-layer-val', 'rebalance-cost', cost(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.15 }));
add('ok.iris-rmsprop-sigmoid-batch-8', 'iris-demo', IRIS, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', rms(0.005), tr(80, 8));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
