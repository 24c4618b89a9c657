/**
 * Writes every candidate spec of the ninety-eighth blind fault set (parking and urban mobility) into
 * candidates/: `npx tsx test/faults-blind98/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: extra.seed ?? 98, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const SES = ['hour_of_day', 'weekday', 'fee_per_hour_eur', 'distance_to_centre_m', 'rain_mm', 'temp_c', 'permit_holder', 'event_nearby', 'max_stay_min'];
const dwell = (extra: Json = {}): Json => ({ csv: '../data/sessions.csv', target: 'dwell_min', features: SES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const illegal = (extra: Json = {}): Json => ({ csv: '../data/sessions.csv', target: 'illegal_parking', features: [...SES, 'dwell_min'], normalize: 'standard', ...extra });
const ZON = ['avg_dwell_min', 'turnover_per_day', 'peak_occupancy_pct', 'evening_share_pct', 'weekend_ratio', 'fee_per_hour_eur', 'distance_to_centre_m'];
const zone = (extra: Json = {}): Json => ({ csv: '../data/zones.csv', target: 'zone_type', features: ZON, normalize: 'standard', ...extra });
const GAR = ['hour_of_day', 'weekday', 'capacity_spaces', 'price_per_hour_eur', 'event_attendance', 'temp_c', 'rain_mm'];
const occ = (extra: Json = {}): Json => ({ csv: '../data/garages.csv', target: 'occupancy_pct', features: GAR, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const DCK = ['hour_of_day', 'commute_peak', 'temp_c', 'rain_mm', 'dock_capacity', 'bikes_per_dock', 'elevation_m', 'distance_to_metro_m'];
const deps = (extra: Json = {}): Json => ({ csv: '../data/docks.csv', target: 'departures_next_hour', features: DCK, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const TRP = ['distance_m', 'elevation_gain_m', 'e_bike', 'member', 'temp_c', 'hour_of_day'];
const trip = (extra: Json = {}): Json => ({ csv: '../data/trips.csv', target: 'duration_min', features: TRP, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const FIN = ['overstay_min', 'prior_fines', 'vehicle_value_eur', 'zone_level', 'blocking_hydrant', 'disabled_bay'];
const fine = (extra: Json = {}): Json => ({ csv: '../data/fines.csv', target: 'fine_eur', features: FIN, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const nest = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const MOONS = { builtin: 'moons', samples: 300, noise: 0.15 };

// ---------------------------------------------------------------- static faults
add('invalid-spec.dropout-rate-percent', 'dwell-time', dwell(), [d(32, 'relu'), drop(20), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.units-string', 'zone-type', zone(), [d('32' as unknown as number, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.loss-keras-sparse-cce', 'zone-type', zone(), [d(24, 'relu'), d(4, 'softmax')], 'sparse_categorical_crossentropy', adam(0.005), tr(80));
add('invalid-spec.validation-split-percent', 'occupancy', occ(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80, 32, { validationSplit: 20 }));
add('invalid-spec.empty-layers', 'departures', deps(), [], 'mse', adam(0.003), tr(80));

add('data-error.na-rain-export', 'dwell-time-export', dwell({ csv: '../data/sessions-export-na.csv' }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.iso-entry-time-feature', 'illegal-parking', illegal({ features: ['entry_time', ...SES] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.excel-thousands-fines', 'fine-amount', fine({ csv: '../data/fines-excel-export.csv' }), [d(24, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.absolute-path-garages', 'occupancy', occ({ csv: '/home/ops/parking/exports/garages.csv' }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.inline-ragged-row', 'kerb-demand-pilot', { inline: { x: [[0.2, 1.5], [0.4, 2.0], [0.55], [0.7, 3.0], [0.85, 3.5], [0.9, 4.0]], y: [12, 18, 22, 30, 35, 41] } }, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(100, 6));

add('shape-mismatch.two-targets-one-output', 'trip-duration-and-fare', trip({ target: ['duration_min', 'fare_eur'] }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.illegal-cce-one-unit', 'illegal-parking', illegal(), [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.003), tr(60));
add('shape-mismatch.occupancy-head-four', 'occupancy', occ(), [d(32, 'relu'), d(4)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.zone-head-six', 'zone-type', zone(), [d(24, 'tanh'), d(6, 'softmax')], 'cce', nest(0.02), tr(80));

add('loss-activation-mismatch.linear-head-bce-illegal', 'illegal-parking', illegal(), [d(16, 'relu'), d(1)], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-zone', 'zone-type', zone(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.relu-head-cce-zone', 'zone-type', zone(), [d(24, 'elu'), d(4, 'relu')], 'cce', rms(0.003), tr(80));
add('loss-activation-mismatch.tanh-head-fines', 'fine-amount', fine(), [d(24, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(80));

add('init-symmetry.constant-tanh-zone', 'zone-type', zone(), [d(24, 'tanh', init('constant', { value: 0.1 })), d(12, 'tanh', init('constant', { value: 0.1 })), d(4, 'softmax', init('constant', { value: 0.1 }))], 'cce', adam(0.003), tr(80));
add('init-symmetry.zeros-sigmoid-nesterov-occupancy', 'occupancy', occ(), [d(24, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', nest(0.05), tr(80));
add('init-symmetry.constant-one-elu-trip', 'trip-duration', trip(), [d(16, 'elu', init('constant', { value: 1 })), d(16, 'elu', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', rms(0.001), tr(80));
add('init-symmetry.normal-std-zero-zone', 'zone-type', zone(), [d(32, 'relu', init('normal', { std: 0 })), d(4, 'softmax', init('normal', { std: 0 }))], 'cce', adam(0.005), tr(80));

add('init-symmetry.zeros-elu-spirals', 'route-types', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(150));

add('init-scale.uniform-ten-tanh-occupancy', 'occupancy', occ(), [d(32, 'tanh', init('uniform', { limit: 10 })), d(16, 'tanh', init('uniform', { limit: 10 })), d(1)], 'mse', adam(0.003), tr(80));
add('init-scale.normal-tiny-deep-relu-fines', 'fine-amount', fine(), [d(32, 'relu', init('normal', { std: 0.0005 })), d(32, 'relu', init('normal', { std: 0.0005 })), d(32, 'relu', init('normal', { std: 0.0005 })), d(32, 'relu', init('normal', { std: 0.0005 })), d(1, 'linear', init('normal', { std: 0.0005 }))], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-two-elu-deps', 'departures', deps(), [d(48, 'elu', init('normal', { std: 2 })), d(48, 'elu', init('normal', { std: 2 })), d(48, 'elu', init('normal', { std: 2 })), d(1)], 'mse', rms(0.001), tr(80));
add('init-scale.uniform-three-sigmoid-illegal', 'illegal-parking', illegal(), [d(32, 'sigmoid', init('uniform', { limit: 3 })), d(16, 'sigmoid', init('uniform', { limit: 3 })), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));

add('init-scale.uniform-four-sigmoid-zone', 'zone-type', zone(), [d(32, 'sigmoid', init('uniform', { limit: 4 })), d(32, 'sigmoid', init('uniform', { limit: 4 })), d(4, 'softmax')], 'cce', mom(0.01), tr(80));

add('no-nonlinearity.occupancy-hour-linear', 'occupancy-by-hour', occ({ features: ['hour_of_day', 'weekday'] }), [d(32), d(16), d(1)], 'mse', adam(0.003), tr(100));
add('no-nonlinearity.moons-linear-stack', 'bike-lane-split', MOONS, [d(16, 'linear'), d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('no-nonlinearity.sine-demand-linear', 'daily-demand-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'linear'), d(32, 'linear'), d(1)], 'mse', rms(0.003), tr(150));

add('lr-out-of-range.adam-three', 'dwell-time', dwell(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(3), tr(80));
add('lr-out-of-range.rmsprop-ten', 'zone-type', zone(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(10), tr(80));
add('lr-out-of-range.sgd-negative', 'departures', deps(), [d(24, 'relu'), d(1)], 'mse', sgd(-0.01), tr(80));
add('lr-out-of-range.sgd-1e-9', 'trip-duration', trip(), [d(24, 'relu'), d(1)], 'mse', mom(1e-9), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.deep-narrow-relu-occupancy', 'occupancy', occ(), [d(3, 'relu'), d(3, 'relu'), d(3, 'relu'), d(3, 'relu'), d(3, 'relu'), d(3, 'relu'), d(1)], 'mse', sgd(0.01), tr(80));
add('dead-relu.momentum-0.3-batch-8-deps', 'departures', deps(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.3, 0.9), tr(60, 8));
add('dead-relu.raw-vehicle-value-adam', 'fine-amount-raw-features', fine({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(60));
add('dead-relu.bias-minus-three-he-uniform-zone', 'zone-type', zone(), [d(32, 'relu', { init: 'he_uniform', bias: -3 }), d(16, 'relu', { init: 'he_uniform', bias: -3 }), d(4, 'softmax')], 'cce', nest(0.01), tr(80));

add('dead-relu.minmax-bias-minus-one-deps', 'departures', deps({ normalize: 'minmax' }), [d(32, 'relu', { init: { name: 'uniform', limit: 0.05 }, bias: -1 }), d(16, 'relu', { bias: -1 }), d(1)], 'mse', adam(0.003), tr(80));
add('dead-relu.constant-negative-minmax-trip', 'trip-duration', trip({ normalize: 'minmax' }), [d(32, 'relu', init('constant', { value: -0.05 })), d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(80));

add('exploding-gradient.raw-metres-rmsprop-deps', 'departures-raw-features', deps({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('exploding-gradient.raw-target-adam-trip', 'trip-duration-raw', trip({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.deep-elu-lecun-big-fines', 'fine-amount', fine(), [d(64, 'elu', init('normal', { std: 0.7 })), d(64, 'elu', init('normal', { std: 0.7 })), d(64, 'elu', init('normal', { std: 0.7 })), d(64, 'elu', init('normal', { std: 0.7 })), d(64, 'elu', init('normal', { std: 0.7 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-event-attendance-sgd', 'occupancy-raw-features', occ({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', mom(0.0001), tr(60));

add('vanishing-gradient.tanh-tower-small-normal-dwell', 'dwell-time', dwell(), Array.from({ length: 8 }, () => d(24, 'tanh', init('normal', { std: 0.05 }))).concat([d(1)]), 'mse', sgd(0.01), tr(60));
add('vanishing-gradient.narrow-sigmoid-ten-circles', 'parking-radius-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, Array.from({ length: 10 }, () => d(6, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', sgd(0.1), tr(100));
add('vanishing-gradient.sigmoid-lecun-rmsprop-zone', 'zone-type', zone(), [d(16, 'sigmoid', { init: 'lecun_normal' }), d(16, 'sigmoid', { init: 'lecun_normal' }), d(16, 'sigmoid', { init: 'lecun_normal' }), d(16, 'sigmoid', { init: 'lecun_normal' }), d(16, 'sigmoid', { init: 'lecun_normal' }), d(16, 'sigmoid', { init: 'lecun_normal' }), d(16, 'sigmoid', { init: 'lecun_normal' }), d(4, 'softmax')], 'cce', sgd(0.01), tr(80));

add('nan-loss.nesterov-raw-metres-trip', 'trip-duration-raw-features', trip({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('nan-loss.sgd-raw-fine-target', 'fine-amount-raw', fine({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.momentum-batch-two-dwell', 'dwell-time', dwell(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.2, 0.95), tr(30, 2));
add('nan-loss.raw-timestamp-feature-sgd', 'dwell-time-with-timestamp', dwell({ features: ['entry_ts', ...SES], normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(40));

add('lr-too-high.rmsprop-0.03-batch-8-zone', 'zone-type', zone(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.03), tr(80, 8));
add('lr-too-high.sgd-plain-3-illegal', 'illegal-parking', illegal(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3), tr(60, 32));
add('lr-too-high.adam-0.05-batch-4-fines', 'fine-amount', fine(), [d(32, 'tanh'), d(1)], 'mse', adam(0.05), tr(60, 4));
add('lr-too-high.momentum-0.95-lr-0.2-deps', 'departures', deps(), [d(32, 'elu'), d(1)], 'mse', mom(0.2, 0.95), tr(80, 16));
add('lr-too-high.adam-0.2-trip', 'trip-duration', trip(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.2), tr(80, 32));
add('lr-too-high.nesterov-0.5-iris', 'vehicle-class-demo', { builtin: 'iris' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.5, 0.9), tr(100, 8));

add('lr-too-high.adam-0.1-tanh-occupancy', 'occupancy', occ(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.1), tr(80, 16));
add('lr-too-high.sgd-plain-1-trip', 'trip-duration', trip(), [d(32, 'relu'), d(1)], 'mse', sgd(1), tr(80));
add('lr-too-high.rmsprop-0.1-elu-dwell', 'dwell-time', dwell(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.1), tr(80));
add('lr-too-high.momentum-0.5-tanh-zone', 'zone-type', zone(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', mom(0.5, 0.9), tr(80));

add('lr-too-low.sgd-1e-4-full-batch-occupancy', 'occupancy', occ(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.0001), tr(60, 700));
add('lr-too-low.adam-1e-5-illegal', 'illegal-parking', illegal(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.00001), tr(40));
add('lr-too-low.rmsprop-2e-6-trip', 'trip-duration', trip(), [d(24, 'elu'), d(1)], 'mse', rms(0.000002), tr(60));
add('lr-too-low.nesterov-5e-5-full-batch-zone', 'zone-type', zone(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', nest(0.00005), tr(80, 600));

add('saturated-activation.sigmoid-bias-twelve-deps', 'departures', deps(), [d(24, 'sigmoid', { bias: 12 }), d(1)], 'mse', mom(0.01), tr(80));
add('saturated-activation.tanh-raw-timestamp-illegal', 'illegal-parking-with-timestamp', illegal({ features: ['entry_ts', ...SES, 'dwell_min'], normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('saturated-activation.tanh-raw-metres-zone', 'zone-type-raw', zone({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('saturated-activation.sigmoid-raw-vehicle-value', 'fine-amount-raw-features', fine({ normalize: 'none' }), [d(24, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(80));

add('loss-plateau.dropout-0.9-dwell', 'dwell-time', dwell(), [drop(0.9), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.sensor-id-only-illegal', 'illegal-parking', illegal({ features: ['sensor_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('loss-plateau.weather-only-fines', 'fine-amount', { csv: '../data/fines.csv', target: 'fine_eur', features: ['officer_id', 'issued_ts'], normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('loss-plateau.clipnorm-tiny-zone', 'zone-type', zone(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003, { clipNorm: 1e-7 }), tr(80));
add('loss-plateau.weight-decay-adam-occupancy', 'occupancy', occ(), [d(32, 'relu'), d(1)], 'mse', adam(0.01, { weightDecay: 0.5 }), tr(80));

add('oscillating-loss.momentum-full-batch-dwell', 'dwell-time', dwell(), [d(24, 'tanh'), d(1)], 'mse', mom(0.3, 0.9), tr(100, 800));
add('oscillating-loss.adam-0.05-full-batch-deps', 'departures', deps(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(100, 640));
add('oscillating-loss.sgd-linear-edge-trip', 'trip-duration', trip({ normalize: 'minmax' }), [d(1)], 'mse', sgd(1.2), tr(100, 700));
add('oscillating-loss.rmsprop-full-batch-fines', 'fine-amount', fine(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(100, 600));
add('oscillating-loss.nesterov-0.99-occupancy', 'occupancy', occ(), [d(32, 'tanh'), d(1)], 'mse', nest(0.02, 0.99), tr(100, 128));

add('oscillating-loss.nesterov-0.1-batch-32-trip', 'trip-duration', trip(), [d(32, 'tanh'), d(1)], 'mse', nest(0.1, 0.9), tr(80));
add('oscillating-loss.rmsprop-0.02-batch-16-deps', 'departures', deps(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.02), tr(80, 16));
add('oscillating-loss.adam-0.03-batch-2-sine', 'daily-demand-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(1)], 'mse', adam(0.03), tr(60, 2));

// ---------------------------------------------------------------- healthy candidates
add('ok.dwell-adam-relu', 'dwell-time', dwell(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.dwell-rmsprop-elu-minmax', 'dwell-time', dwell({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.dwell-nesterov-tanh', 'dwell-time', dwell(), [d(24, 'tanh'), d(1)], 'mse', nest(0.02, 0.9), tr(120));
add('ok.dwell-batchnorm-leaky-val', 'dwell-time', dwell(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.dwell-sgd-batch-16', 'dwell-time', dwell(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(120, 16));
add('ok.illegal-adam-relu', 'illegal-parking', illegal(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.illegal-rmsprop-tanh-dropout', 'illegal-parking', illegal(), [d(24, 'tanh'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), tr(100));
add('ok.illegal-adam-batch-64-clip', 'illegal-parking', illegal(), [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005, { clipNorm: 1 }), tr(120, 64));
add('ok.zone-adam-relu', 'zone-type', zone(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('ok.zone-momentum-elu', 'zone-type', zone(), [d(24, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9), tr(80));
add('ok.zone-rmsprop-tanh-batchnorm', 'zone-type', zone(), [d(24, 'tanh', { batchNorm: true }), d(4, 'softmax')], 'cce', rms(0.002), tr(80));
add('ok.zone-adam-dropout-decay-val', 'zone-type', zone(), [d(24, 'relu'), drop(0.3), d(4, 'softmax')], 'cce', adam(0.002, { weightDecay: 0.0005 }), tr(60, 32, { validationSplit: 0.2 }));
add('ok.zone-adam-batch-one', 'zone-type', zone(), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.0005), tr(15, 1));
add('ok.zone-minmax-sigmoid', 'zone-type', zone({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.01), tr(120));
add('ok.occupancy-adam-relu', 'occupancy', occ(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.occupancy-rmsprop-elu', 'occupancy', occ(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(120));
add('ok.occupancy-momentum-tanh-minmax', 'occupancy', occ({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.9), tr(150, 16));
add('ok.occupancy-adam-leaky-full-batch', 'occupancy', occ(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.01), tr(300, 700));
add('ok.deps-adam-relu', 'departures', deps(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.deps-nesterov-relu', 'departures', deps(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.01, 0.9), tr(100));
add('ok.deps-adam-sigmoid', 'departures', deps(), [d(24, 'sigmoid'), d(1)], 'mse', adam(0.005), tr(120));
add('ok.deps-rmsprop-leaky-clip', 'departures', deps(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.001, { clipNorm: 5 }), tr(100));
add('ok.trip-adam-relu', 'trip-duration', trip(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.trip-momentum-tanh', 'trip-duration', trip(), [d(24, 'tanh'), d(1)], 'mse', mom(0.01, 0.9), tr(120));
add('ok.trip-two-targets', 'trip-duration-and-fare', trip({ target: ['duration_min', 'fare_eur'] }), [d(32, 'relu'), d(16, 'relu'), d(2)], 'mse', adam(0.003), tr(100));
add('ok.trip-rmsprop-elu-batch-8', 'trip-duration', trip(), [d(24, 'elu'), d(1)], 'mse', rms(0.001), tr(80, 8));
add('ok.fines-adam-relu', 'fine-amount', fine(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.fines-rmsprop-tanh', 'fine-amount', fine(), [d(24, 'tanh'), d(1)], 'mse', rms(0.002), tr(100));
add('ok.fines-adam-weight-decay', 'fine-amount', fine(), [d(32, 'elu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100));
add('ok.fines-momentum-batch-64', 'fine-amount', fine(), [d(32, 'relu'), d(1)], 'mse', mom(0.02, 0.9), tr(150, 64));
add('ok.iris-vehicle-class', 'vehicle-class-demo', { builtin: 'iris' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.moons-bike-lane', 'bike-lane-split', MOONS, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-parking-radius', 'parking-radius-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.blobs-depot-clusters', 'depot-clusters', { builtin: 'blobs', samples: 400, classes: 4, noise: 0.1 }, [d(12, 'elu'), d(4, 'softmax')], 'cce', mom(0.05, 0.9), tr(80));
add('ok.sine-demand-cycle', 'daily-demand-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-plate-rule', 'odd-even-plate-rule', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.spirals-route-types', 'route-types', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-kerb-demand', 'kerb-demand-pilot', { inline: { x: [[0.2, 1.5], [0.4, 2.0], [0.55, 2.4], [0.7, 3.0], [0.85, 3.5], [0.9, 4.0], [0.3, 1.2], [0.6, 2.8], [0.75, 2.2], [0.5, 3.6], [0.35, 2.6], [0.95, 1.8]], y: [0.62, 0.55, 0.5, 0.41, 0.33, 0.27, 0.66, 0.45, 0.47, 0.41, 0.52, 0.45] }, normalize: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 12));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
