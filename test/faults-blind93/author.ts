/**
 * Writes every candidate spec of the ninety-third blind fault set (railways and rail operations)
 * into candidates/: `npx tsx test/faults-blind93/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: extra.seed ?? 93, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}


const SVC = ['distance_km', 'stops', 'passengers', 'carriages', 'peak_hour', 'single_track_share', 'rain_mm'];
const delay = (extra: Json = {}): Json => ({ csv: '../data/services.csv', target: 'delay_min', features: SVC, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const SEC = ['rail_temp_c', 'gauge_dev_mm', 'cant_dev_mm', 'twist_mm', 'sleeper_age_years', 'annual_gross_tonnes', 'signal_cable_age_years', 'flooding_history'];
const sig = (extra: Json = {}): Json => ({ csv: '../data/sections.csv', target: 'signal_failure', features: SEC, normalize: 'standard', ...extra });
const geom = (extra: Json = {}): Json => ({ csv: '../data/sections.csv', target: 'geometry_index_mm', features: SEC, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const FLT = ['max_speed_kmh', 'length_m', 'tare_tonnes', 'seats', 'traction_kw', 'pantograph'];
const stock = (extra: Json = {}): Json => ({ csv: '../data/fleet.csv', target: 'stock_class', features: FLT, normalize: 'standard', ...extra });
const FRT = ['wagons', 'axle_load_t', 'axles_per_wagon', 'train_length_m', 'distance_km', 'ruling_gradient_permille', 'aggregates'];
const tonnes = (extra: Json = {}): Json => ({ csv: '../data/freight.csv', target: 'net_tonnes', features: FRT, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const POS = ['crew_size', 'possession_hours', 'rail_temp_c', 'annual_gross_tonnes', 'tonnes_since_grind_k', 'tamper_machine'];
const renewed = (extra: Json = {}): Json => ({ csv: '../data/possessions.csv', target: 'track_renewed_m', features: POS, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const band = (extra: Json = {}): Json => ({ csv: '../data/possessions.csv', target: 'priority_band', features: POS, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 };

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adagrad', 'service-delay', delay(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(80));
add('invalid-spec.activation-gelu', 'stock-class', stock(), [d(32, 'gelu'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.loss-mae', 'freight-tonnes', tonnes(), [d(24, 'relu'), d(1)], 'mae', adam(0.003), tr(80));

add('data-error.csv-path-service', 'service-delay', delay({ csv: '../data/service.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-passengers-export', 'service-delay-export', delay({ csv: '../data/services-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.headcode-as-feature', 'service-delay', delay({ features: ['headcode', ...SVC] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.target-column-typo', 'freight-tonnes', tonnes({ target: 'net_tonnage' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.stock-head-three', 'stock-class', stock(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.band-head-two', 'priority-band', band(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.tonnes-head-two-units', 'freight-tonnes', tonnes(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.stock-softmax-six', 'stock-class', stock(), [d(24, 'elu'), d(6, 'softmax')], 'cce', rms(0.003), tr(80));

add('loss-activation-mismatch.tanh-head-bce-signal', 'signal-failure', sig(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-renewed', 'track-renewed', renewed(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.sigmoid-head-cce-stock', 'stock-class', stock(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-head-mse-delay', 'service-delay', delay(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-delay', 'service-delay', delay(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-band', 'priority-band', band(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));
add('init-symmetry.zeros-sigmoid-stock', 'stock-class', stock(), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-relu-tonnes', 'freight-tonnes', tonnes(), [d(24, 'relu', init('constant', { value: 0.2 })), d(12, 'relu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', mom(0.01), tr(100));

add('init-scale.normal-std-four-renewed', 'track-renewed', renewed(), [d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(32, 'relu', init('normal', { std: 4 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-three-geometry', 'track-geometry', geom(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-six-band', 'priority-band', band(), [d(32, 'relu', init('normal', { std: 6 })), d(32, 'relu', init('normal', { std: 6 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-delay', 'service-delay', delay(), [d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(24, 'tanh', init('uniform', { limit: 0.0002 })), d(1, 'linear', init('uniform', { limit: 0.0002 }))], 'mse', mom(0.01), tr(80));

add('no-nonlinearity.xor-junction-quadrant', 'junction-quadrant', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.circles-station-zone', 'station-fare-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('no-nonlinearity.spirals-loop-line', 'loop-line-routing', SPIRALS, [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', adam(0.01), tr(200));

add('lr-out-of-range.adam-ten', 'freight-tonnes', tonnes(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(10), tr(80));
add('lr-out-of-range.sgd-lr-forty', 'signal-failure', sig(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(40), tr(60));
add('lr-out-of-range.rmsprop-negative', 'stock-class', stock(), [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(-0.002), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-delay', 'service-delay', delay(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.bias-minus-eight-band', 'priority-band', band(), [d(32, 'relu', { bias: -8 }), d(16, 'relu', { bias: -8 }), d(3, 'softmax')], 'cce', adam(0.002), tr(80));
add('dead-relu.rmsprop-high-tonnes', 'freight-tonnes', tonnes(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.bias-minus-five-geometry', 'track-geometry', geom(), [d(32, 'relu', { bias: -5 }), d(1)], 'mse', rms(0.001), tr(80));

add('exploding-gradient.raw-gross-tonnes-features', 'track-geometry-raw-features', geom({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'track-renewed', renewed(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.deep-elu-normal-tonnes', 'freight-tonnes', tonnes(), [d(64, 'elu', init('normal', { std: 0.5 })), d(64, 'elu', init('normal', { std: 0.5 })), d(64, 'elu', init('normal', { std: 0.5 })), d(64, 'elu', init('normal', { std: 0.5 })), d(1)], 'mse', rms(0.0005), tr(60));

add('vanishing-gradient.deep-sigmoid-signal', 'signal-failure', sig(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-band', 'priority-band', band(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-tonnes', 'freight-tonnes', tonnes(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));

add('nan-loss.sgd-raw-tonnes-target', 'freight-tonnes-raw', tonnes({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));
add('nan-loss.sgd-batch-one-renewed', 'track-renewed', renewed(), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 1));
add('nan-loss.raw-passengers-sgd', 'service-delay-raw-features', delay({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(60));
add('nan-loss.sgd-raw-renewed-target', 'track-renewed-raw', renewed({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.adam-0.1-stock', 'stock-class', stock(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.nesterov-0.8-stock', 'stock-class', stock(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.momentum-1-signal', 'signal-failure', sig(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(60, 16));
add('lr-too-high.adam-0.2-band', 'priority-band', band(), [d(32, 'elu'), d(3, 'softmax')], 'cce', adam(0.2), tr(80, 16));

add('lr-too-low.sgd-1e-5-delay', 'service-delay', delay(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-stock', 'stock-class', stock(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-tonnes', 'freight-tonnes', tonnes(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-band', 'priority-band', band(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-gross-tonnes-renewed', 'track-renewed-raw-features', renewed({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-gross-tonnes-signal', 'signal-failure-raw', sig({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-length-tonnes', 'freight-tonnes-raw-features', tonnes({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-gross-tonnes-geometry', 'track-geometry-raw-features', geom({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'loop-line-routing', SPIRALS, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-band', 'priority-band', band(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.route-id-only-delay', 'service-delay', delay({ features: ['route_id'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.depot-code-only-stock', 'stock-class', stock({ features: ['depot_code'] }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));

add('oscillating-loss.rmsprop-full-batch-delay', 'service-delay', delay(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 720));
add('oscillating-loss.rmsprop-full-batch-tonnes', 'freight-tonnes', tonnes(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 560));
add('oscillating-loss.momentum-0.99-full-batch-renewed', 'track-renewed', renewed(), [d(24, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(100, 500));
add('oscillating-loss.rmsprop-0.1-full-batch-renewed-tanh', 'track-renewed', renewed(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(100, 500));
add('init-symmetry.zeros-relu-geometry', 'track-geometry', geom(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(100));
add('nan-loss.sgd-0.5-tanh-geometry', 'track-geometry', geom(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.5), tr(80, 16));

// ---------------------------------------------------------------- healthy candidates
add('ok.delay-adam-relu', 'service-delay', delay(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.delay-rmsprop-elu-minmax', 'service-delay', delay({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.delay-momentum-tanh', 'service-delay', delay(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.delay-batchnorm-leaky-val', 'service-delay', delay(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.delay-full-batch-rmsprop-small', 'service-delay', delay(), [d(24, 'relu'), d(1)], 'mse', rms(0.005), tr(300, 720));
add('ok.signal-adam-relu', 'signal-failure', sig(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.signal-rmsprop-tanh', 'signal-failure', sig(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.signal-nesterov-elu', 'signal-failure', sig(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { nesterov: true }), tr(120));
add('ok.signal-dropout-clipnorm-wide', 'signal-failure', sig(), [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.003, { clipNorm: 5 }), tr(120, 64));
add('ok.stock-adam-relu', 'stock-class', stock(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.stock-rmsprop-tanh-dropout', 'stock-class', stock(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.stock-nesterov-elu', 'stock-class', stock(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.stock-full-batch-adam', 'stock-class', stock(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 600));
add('ok.stock-minmax-leaky', 'stock-class', stock({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.tonnes-adam-relu', 'freight-tonnes', tonnes(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.tonnes-sgd-batch-one', 'freight-tonnes', tonnes(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.tonnes-weight-decay-batchnorm-val', 'freight-tonnes', tonnes(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.tonnes-rmsprop-leaky-minmax', 'freight-tonnes', tonnes({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.geometry-adam-relu', 'track-geometry', geom(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.geometry-rmsprop-elu', 'track-geometry', geom(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.geometry-momentum-tanh', 'track-geometry', geom(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.geometry-adam-batch-8-decay', 'track-geometry', geom(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.renewed-he-uniform-sgd', 'track-renewed', renewed(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.renewed-adam-relu', 'track-renewed', renewed(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.renewed-rmsprop-tanh', 'track-renewed', renewed(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.renewed-clipnorm-sgd', 'track-renewed', renewed(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.renewed-full-batch-adam', 'track-renewed', renewed(), [d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(300, 500));
add('ok.band-adam-relu', 'priority-band', band(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.band-momentum-elu', 'priority-band', band(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.band-rmsprop-dropout', 'priority-band', band(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.band-sigmoid-xavier-adam', 'priority-band', band(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.iris-lecun-tanh-momentum', 'lineside-flora-survey-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-points-side', 'points-side', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-station-zone', 'station-fare-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-yard-sidings', 'yard-sidings', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-daily-ridership', 'daily-ridership-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-junction-quadrant', 'junction-quadrant', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.inline-platform-dwell-pilot', 'platform-dwell-pilot', { inline: { x: [[40, 2], [80, 2], [120, 2], [160, 2], [200, 2], [40, 1], [80, 1], [120, 1], [160, 1], [200, 1], [240, 3], [280, 3]], y: [31, 40, 52, 61, 70, 59, 78, 101, 122, 140, 80, 92] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.renewed-nesterov-sigmoid', 'track-renewed', renewed({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { nesterov: true }), tr(150, 16));
add('ok.geometry-lecun-selu-free-adam', 'track-geometry', geom(), [d(24, 'tanh', { init: 'lecun_normal' }), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(120, 64));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
