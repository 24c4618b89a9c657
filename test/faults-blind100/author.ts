/**
 * Writes every candidate spec of the hundredth blind fault set (ski resorts and mountain operations)
 * into candidates/: `npx tsx test/faults-blind100/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: extra.seed ?? 100, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const LIF = ['hour_of_day', 'weekday', 'snow_depth_cm', 'new_snow_cm', 'temp_c', 'wind_kmh', 'school_holiday', 'capacity_pph', 'day_ticket_eur'];
const rides = (extra: Json = {}): Json => ({ csv: '../data/lifts.csv', target: 'rides_per_hour', features: LIF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const AVA = ['new_snow_24h_cm', 'new_snow_72h_cm', 'snow_depth_cm', 'wind_kmh', 'max_gust_kmh', 'temp_c', 'temp_change_24h_c', 'slope_angle_deg', 'north_aspect', 'rain_on_snow_mm'];
const closure = (extra: Json = {}): Json => ({ csv: '../data/avalanche.csv', target: 'control_closure', features: AVA, normalize: 'standard', ...extra });
const RUN = ['length_m', 'vertical_drop_m', 'avg_gradient_pct', 'max_gradient_pct', 'width_m', 'grooming_per_week', 'moguls', 'tree_cover_pct'];
const piste = (extra: Json = {}): Json => ({ csv: '../data/runs.csv', target: 'difficulty', features: RUN, normalize: 'standard', ...extra });
const SNO = ['air_temp_c', 'humidity_pct', 'wet_bulb_c', 'wind_kmh', 'guns_running', 'hours_run', 'target_base_cm'];
const water = (extra: Json = {}): Json => ({ csv: '../data/snowmaking.csv', target: 'water_m3', features: SNO, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const SCH = ['skier_days', 'instructors_on_duty', 'holiday_week', 'new_snow_cm', 'temp_c', 'private_price_chf', 'group_share_pct'];
const school = (extra: Json = {}): Json => ({ csv: '../data/ski_school.csv', target: 'revenue_chf', features: SCH, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const nest = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, extra: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, extra));
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.1 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 };
const BLOBS5 = { builtin: 'blobs', samples: 500, classes: 5, noise: 0.1 };
const INLINE_GROOMING = {
  inline: {
    x: [[-12, 20], [-8, 35], [-5, 10], [-2, 55], [0, 5], [-15, 40], [-10, 60], [-6, 25], [-3, 45], [-1, 15], [-9, 50], [-4, 30], [-14, 8], [-7, 65]],
    y: [5.5, 6.2, 4.1, 7.9, 2.8, 6.9, 8.4, 5.2, 6.8, 3.6, 7.6, 5.4, 4.4, 8.8],
  },
  normalize: 'standard',
  normalizeTarget: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.gelu-activation', 'lift-rides', rides(), [d(32, 'gelu'), d(16, 'gelu'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.optimizer-adamw', 'piste-difficulty', piste(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(80));
add('invalid-spec.momentum-one', 'snowmaking-water', water(), [d(32, 'elu'), d(1)], 'mse', mom(0.01, 1.0), tr(80));
add('invalid-spec.batchnorm-as-layer', 'avalanche-closure', closure(), [d(32, 'relu'), { type: 'batchnorm' }, d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('invalid-spec.epochs-zero', 'ski-school-revenue', school(), [d(24, 'relu'), d(1)], 'mse', rms(0.002), tr(0));

add('data-error.na-gust-station-export', 'avalanche-closure-station', closure({ csv: '../data/avalanche-station-na.csv' }), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('data-error.length-with-units-export', 'piste-difficulty', piste({ csv: '../data/runs-export-units.csv' }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('data-error.lift-code-feature', 'lift-rides', rides({ features: ['lift_code', ...LIF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.target-typo', 'snowmaking-water', water({ target: 'water_m³' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.missing-season-file', 'ski-school-revenue', school({ csv: '../data/ski_school_2024-25.csv' }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.difficulty-three-heads', 'piste-difficulty', piste(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(80));
add('shape-mismatch.closure-two-logits-bce', 'avalanche-closure', closure(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('shape-mismatch.iris-four-classes', 'snow-crystal-demo', { builtin: 'iris' }, [d(16, 'tanh'), d(4, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('shape-mismatch.blobs-five-head-four', 'snowcat-depots', BLOBS5, [d(16, 'elu'), d(4, 'softmax')], 'cce', mom(0.03), tr(60));

add('loss-activation-mismatch.softmax-single-output-rides', 'lift-rides', rides(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.sigmoid-head-standard-revenue', 'ski-school-revenue', school(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.tanh-head-bce-closure', 'avalanche-closure', closure(), [d(24, 'relu'), d(1, 'tanh')], 'bce', rms(0.002), tr(60));
add('loss-activation-mismatch.linear-logits-cce-runs', 'piste-difficulty', piste(), [d(32, 'relu'), d(4)], 'cce', adam(0.003), tr(80));
add('loss-activation-mismatch.relu-head-bce-moons', 'cornice-risk-demo', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(1, 'relu')], 'bce', adam(0.01), tr(100));

add('init-symmetry.zeros-relu-rides', 'lift-rides', rides(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-half-sigmoid-runs', 'piste-difficulty', piste(), [d(24, 'sigmoid', init('constant', { value: 0.5 })), d(4, 'softmax', init('constant', { value: 0.5 }))], 'cce', rms(0.003), tr(80));
add('init-symmetry.zeros-leaky-momentum-water', 'snowmaking-water', water(), [d(32, 'leaky_relu', { init: 'zeros' }), d(32, 'leaky_relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(80));
add('init-symmetry.constant-tanh-hidden-zeros-head-xor', 'lift-line-parity', XOR, [d(16, 'tanh', init('constant', { value: 0.3 })), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(150));

add('init-scale.randn-std-one-wide-relu-rides', 'lift-rides', rides(), [d(256, 'relu', init('normal', { std: 1 })), d(128, 'relu', init('normal', { std: 1 })), d(1, 'linear', init('normal', { std: 1 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-tiny-tanh-momentum-runs', 'piste-difficulty', piste(), [...tower(4, 32, 'tanh', init('uniform', { limit: 0.001 })), d(4, 'softmax', init('uniform', { limit: 0.001 }))], 'cce', mom(0.01), tr(80));
add('init-scale.normal-std-three-sigmoid-closure', 'avalanche-closure', closure(), [d(32, 'sigmoid', init('normal', { std: 3 })), d(16, 'sigmoid', init('normal', { std: 3 })), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('init-scale.xavier-gain-five-elu-school', 'ski-school-revenue', school(), [d(64, 'elu', init('uniform', { limit: 1.5 })), d(64, 'elu', init('uniform', { limit: 1.5 })), d(64, 'elu', init('uniform', { limit: 1.5 })), d(1)], 'mse', rms(0.001), tr(60));

add('no-nonlinearity.batchnorm-no-activation-rides', 'lift-rides', rides(), [d(32, undefined, { batchNorm: true }), d(32, undefined, { batchNorm: true }), d(1)], 'mse', rms(0.002), tr(80));
add('no-nonlinearity.circles-linear-nesterov', 'groomer-turn-radius', CIRCLES, [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(150));
add('no-nonlinearity.xor-linear-hidden', 'lift-line-parity', XOR, [d(24, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.spirals-linear-stack', 'ridge-routes', SPIRALS, [d(64), d(64), d(3, 'softmax')], 'cce', adam(0.005), tr(150));

add('lr-out-of-range.sgd-momentum-25', 'snowmaking-water', water(), [d(32, 'relu'), d(1)], 'mse', mom(25), tr(60));
add('lr-out-of-range.adam-zero', 'piste-difficulty', piste(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0), tr(60));
add('lr-out-of-range.rmsprop-1e-8', 'lift-rides', rides(), [d(32, 'elu'), d(1)], 'mse', rms(1e-8), tr(60));
add('lr-out-of-range.nesterov-40-closure', 'avalanche-closure', closure(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(40), tr(60));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.bias-minus-five-school', 'ski-school-revenue', school(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1)], 'mse', nest(0.005), tr(80));
add('dead-relu.sgd-0.8-relu-runs', 'piste-difficulty', piste(), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(0.8), tr(80, 16));
add('dead-relu.raw-skier-days-adam', 'ski-school-revenue-raw-features', school({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.02), tr(60));
add('dead-relu.deep-relu-batch-1-rmsprop', 'lift-rides', rides(), [...tower(5, 16, 'relu'), d(1)], 'mse', rms(0.01), tr(20, 1));
add('dead-relu.he-uniform-bias-minus-two-water', 'snowmaking-water', water({ normalize: 'minmax' }), [d(32, 'relu', { init: 'he_uniform', bias: -2 }), d(16, 'relu', { init: 'he_uniform', bias: -2 }), d(1)], 'mse', adam(0.002), tr(80));

add('exploding-gradient.raw-water-target-momentum', 'snowmaking-water-raw-target', water({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0005), tr(40));
add('exploding-gradient.deep-relu-normal-0.5-rides', 'lift-rides', rides(), [...tower(6, 64, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.pass-id-feature-leaky', 'lift-rides-with-pass-id', rides({ features: ['sample_pass_id', ...LIF], normalize: 'none' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(60));
add('exploding-gradient.raw-revenue-target-sgd', 'ski-school-revenue-raw', school({ normalizeTarget: 'none' }), [d(24, 'elu'), d(24, 'elu'), d(1)], 'mse', sgd(0.0001), tr(40));

add('vanishing-gradient.ten-sigmoid-momentum-closure', 'avalanche-closure', closure(), [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.tanh-tower-uniform-0.01-runs', 'piste-difficulty', piste(), [...tower(7, 32, 'tanh', init('uniform', { limit: 0.01 })), d(4, 'softmax')], 'cce', nest(0.01), tr(60));
add('vanishing-gradient.sigmoid-stack-spirals', 'ridge-routes', SPIRALS, [...tower(8, 24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.05), tr(100));
add('vanishing-gradient.deep-sigmoid-rides-sgd', 'lift-rides', rides(), [...tower(8, 32, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', sgd(0.02), tr(60));

add('nan-loss.sgd-0.1-raw-water', 'snowmaking-water-raw', water({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.1), tr(40));
add('nan-loss.momentum-0.99-batch-1-rides', 'lift-rides', rides(), [d(32, 'relu'), d(1)], 'mse', mom(0.3, 0.99), tr(10, 1));
add('nan-loss.nesterov-raw-skier-days', 'ski-school-revenue-raw-features', school({ normalize: 'none' }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(40));
add('nan-loss.rmsprop-3-linear-water', 'snowmaking-water', water(), [d(16, 'linear'), d(1)], 'mse', rms(3), tr(40, 8));
add('nan-loss.sgd-2-elu-school-batch-4', 'ski-school-revenue', school(), [d(32, 'elu'), d(1)], 'mse', sgd(2), tr(30, 4));

add('lr-too-high.momentum-0.3-runs', 'piste-difficulty', piste(), [d(32, 'relu'), d(4, 'softmax')], 'cce', mom(0.3, 0.9), tr(80));
add('lr-too-high.rmsprop-0.05-batch-4-rides', 'lift-rides', rides(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(60, 4));
add('lr-too-high.nesterov-0.2-water', 'snowmaking-water', water(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.2), tr(80));
add('lr-too-high.adam-0.08-batch-1-closure', 'avalanche-closure', closure(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.08), tr(20, 1));
add('lr-too-high.sgd-plain-0.5-school', 'ski-school-revenue', school(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(80, 16));
add('lr-too-high.adam-0.15-leaky-runs', 'piste-difficulty', piste(), [d(64, 'leaky_relu'), d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.15), tr(80, 64));

add('lr-too-high.sgd-plain-0.2-school', 'ski-school-revenue', school(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.2), tr(80, 16));
add('lr-too-high.rmsprop-0.03-batch-16-water', 'snowmaking-water', water(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.03), tr(80, 16));
add('lr-too-high.nesterov-0.05-water', 'snowmaking-water', water(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.05), tr(80));
add('lr-too-high.adam-0.05-batch-8-elu-school', 'ski-school-revenue', school(), [d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(60, 8));
add('lr-too-high.sgd-plain-4-closure', 'avalanche-closure', closure(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(4), tr(60, 16));

add('lr-too-low.sgd-1e-5-batch-8-runs', 'piste-difficulty', piste(), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(0.00001), tr(60, 8));
add('lr-too-low.adam-2e-6-rides', 'lift-rides', rides(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.000002), tr(80));
add('lr-too-low.nesterov-1e-5-closure', 'avalanche-closure', closure(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(60));
add('lr-too-low.momentum-3e-6-school-batch-64', 'ski-school-revenue', school(), [d(24, 'elu'), d(1)], 'mse', mom(0.000003), tr(80, 64));

add('saturated-activation.tanh-raw-skier-days-adam', 'ski-school-revenue-raw-features', school({ normalize: 'none' }), [d(24, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-minus-eight-closure', 'avalanche-closure', closure(), [d(24, 'sigmoid', { bias: -8 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('saturated-activation.sigmoid-raw-water-nesterov', 'snowmaking-water-raw-features', water({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.005), tr(60));
add('saturated-activation.tanh-raw-pass-id-rmsprop', 'lift-rides-with-pass-id', rides({ features: ['sample_pass_id', 'scan_ts', ...LIF], normalize: 'standard' }), [d(24, 'tanh', init('normal', { std: 2 })), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-raw-runs-length-sgd', 'piste-difficulty-raw', piste({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.01), tr(60));

add('loss-plateau.opened-year-only-runs', 'piste-difficulty', piste({ features: ['opened_year', 'tree_cover_pct'] }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('loss-plateau.weight-decay-1-momentum-rides', 'lift-rides', rides(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 1 }), tr(80));
add('loss-plateau.dropout-0.85-narrow-water', 'snowmaking-water', water(), [d(4, 'relu'), drop(0.85), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.clipnorm-1e-4-sgd-school', 'ski-school-revenue', school(), [d(24, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0001 }), tr(80));
add('loss-plateau.scan-ts-and-pass-id-only', 'lift-rides', rides({ features: ['scan_ts', 'sample_pass_id'] }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(80));

add('oscillating-loss.rmsprop-0.01-full-batch-runs', 'piste-difficulty', piste(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.01), tr(100, 560));
add('oscillating-loss.adam-0.04-batch-2-rides', 'lift-rides', rides(), [d(32, 'relu'), d(1)], 'mse', adam(0.04), tr(40, 2));
add('oscillating-loss.momentum-0.97-full-batch-school', 'ski-school-revenue', school(), [d(24, 'tanh'), d(1)], 'mse', mom(0.2, 0.97), tr(100, 520));
add('oscillating-loss.sgd-1.5-linear-water-full-batch', 'snowmaking-water', water({ normalize: 'minmax' }), [d(1)], 'mse', sgd(1.1), tr(100, 600));
add('oscillating-loss.nesterov-0.3-batch-8-closure', 'avalanche-closure', closure(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.3, 0.95), tr(60, 8));
add('oscillating-loss.adam-0.02-batch-1-sine', 'snow-depth-season-cycle', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.02), tr(40, 1));

// ---------------------------------------------------------------- healthy candidates
add('ok.rides-adam-relu', 'lift-rides', rides(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.rides-rmsprop-elu-val', 'lift-rides', rides(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(100, 32, { validationSplit: 0.2 }));
add('ok.rides-nesterov-tanh', 'lift-rides', rides(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01, 0.9), tr(150));
add('ok.rides-batchnorm-relu-batch-64', 'lift-rides', rides(), [d(48, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.005), tr(100, 64));
add('ok.rides-minmax-sigmoid-adam', 'lift-rides', rides({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(200));
add('ok.rides-leaky-sgd-batch-8', 'lift-rides', rides(), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(100, 8));
add('ok.closure-adam-relu', 'avalanche-closure', closure(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));
add('ok.closure-rmsprop-tanh-dropout', 'avalanche-closure', closure(), [d(32, 'tanh'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.001), tr(80));
add('ok.closure-momentum-elu-decay', 'avalanche-closure', closure(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.closure-cce-two-classes', 'avalanche-closure', closure(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.003), tr(80));
add('ok.closure-adam-full-batch', 'avalanche-closure', closure(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 900));
add('ok.runs-adam-relu', 'piste-difficulty', piste(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('ok.runs-nesterov-tanh-batch-16', 'piste-difficulty', piste(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', nest(0.02, 0.9), tr(80, 16));
add('ok.runs-rmsprop-elu-batchnorm', 'piste-difficulty', piste(), [d(32, 'elu', { batchNorm: true }), d(4, 'softmax')], 'cce', rms(0.002), tr(80));
add('ok.runs-minmax-leaky-val', 'piste-difficulty', piste({ normalize: 'minmax' }), [d(32, 'leaky_relu'), drop(0.2), d(4, 'softmax')], 'cce', adam(0.005), tr(100, 32, { validationSplit: 0.25 }));
add('ok.runs-sgd-plain-sigmoid', 'piste-difficulty', piste(), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(120, 16));
add('ok.runs-adam-batch-one', 'piste-difficulty', piste(), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.0005), tr(12, 1));
add('ok.water-adam-relu', 'snowmaking-water', water(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.water-rmsprop-elu-clip', 'snowmaking-water', water(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.002, { clipNorm: 1 }), tr(100));
add('ok.water-momentum-tanh-minmax', 'snowmaking-water', water({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150, 16));
add('ok.water-adam-leaky-val', 'snowmaking-water', water(), [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(1)], 'mse', adam(0.002), tr(120, 32, { validationSplit: 0.15 }));
add('ok.water-minmax-target', 'snowmaking-water', water({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(150));
add('ok.school-adam-relu', 'ski-school-revenue', school(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.school-rmsprop-tanh', 'ski-school-revenue', school(), [d(24, 'tanh'), d(1)], 'mse', rms(0.002), tr(100));
add('ok.school-nesterov-relu-batch-128', 'ski-school-revenue', school(), [d(32, 'relu'), d(1)], 'mse', nest(0.02, 0.9), tr(200, 128));
add('ok.school-adam-elu-decay-dropout', 'ski-school-revenue', school(), [d(32, 'elu'), drop(0.1), d(16, 'elu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100));
add('ok.school-sgd-linear-model', 'ski-school-revenue', school(), [d(1)], 'mse', sgd(0.05), tr(100));
add('ok.iris-snow-crystal', 'snow-crystal-demo', { builtin: 'iris' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(0.005), tr(120, 8));
add('ok.circles-groomer-radius', 'groomer-turn-radius', CIRCLES, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-cornice-risk', 'cornice-risk-demo', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(24, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(150));
add('ok.blobs-snowcat-depots', 'snowcat-depots', BLOBS5, [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(80));
add('ok.sine-snow-season', 'snow-depth-season-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-lift-parity', 'lift-line-parity', XOR, [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(200));
add('ok.spirals-ridge-routes', 'ridge-routes', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-grooming-hours', 'grooming-hours-pilot', INLINE_GROOMING, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 14));
add('ok.rides-adam-deep-he-uniform', 'lift-rides', rides(), [d(64, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.002), tr(100));
add('ok.closure-lecun-tanh-batch-128', 'avalanche-closure', closure(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 128));
add('ok.runs-xavier-normal-momentum', 'piste-difficulty', piste(), [d(32, 'tanh', { init: 'xavier_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', mom(0.05, 0.9), tr(80));
add('ok.water-rmsprop-batch-4', 'snowmaking-water', water(), [d(24, 'relu'), d(1)], 'mse', rms(0.0005), tr(40, 4));
add('ok.school-adam-sigmoid-hidden', 'ski-school-revenue', school(), [d(24, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(150));
add('ok.rides-sgd-momentum-clip', 'lift-rides', rides(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.02, 0.9, { clipNorm: 2 }), tr(100));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
