/**
 * Writes every candidate spec of blind fault set 176 (locksmiths and security installers) into
 * candidates/: `npx tsx test/faults-blind176/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 176, data, layers, loss, optimizer, training, ...extra };
}

const CF = ['hour', 'van_km', 'pin_count', 'high_security', 'night'];
const call = (x: Json = {}): Json => ({ csv: '../data/callout.csv', target: 'callout_min', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const JF = ['alarm_zones', 'cable_m', 'cylinders', 'labour_h', 'drill_used'];
const jobs = (x: Json = {}): Json => ({ csv: '../data/jobs.csv', target: 'job_type', features: JF, normalize: 'standard', ...x });
const FF = ['door_damage', 'hour', 'police_ref', 'glass_broken', 'frame_width_mm'];
const forced = (x: Json = {}): Json => ({ csv: '../data/forced.csv', target: 'forced_entry', features: FF, normalize: 'standard', ...x });
const IF = ['labour_h', 'parts_gbp', 'zones_fitted', 'after_hours', 'travel_km'];
const inv = (x: Json = {}): Json => ({ csv: '../data/invoice.csv', target: 'invoice_gbp', features: IF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BF = ['days_since_service', 'sensors', 'temp_c', 'sirens'];
const bat = (x: Json = {}): Json => ({ csv: '../data/battery.csv', target: 'battery_v', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 240, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 240, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 160, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 200, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// An installer's notebook: door thickness (mm) and backset (mm) -> the euro cylinder fitted first time (1) or not (0).
const INLINE_DOOR = {
  inline: {
    x: [[44, 35], [44, 45], [54, 35], [54, 45], [58, 50], [40, 30], [35, 25], [48, 40], [60, 55], [70, 60], [45, 35], [50, 40], [62, 50], [38, 28], [66, 55], [42, 32], [56, 45], [72, 60], [47, 35], [52, 40]],
    y: [1, 1, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1],
  },
  normalize: 'standard',
};
const LIN = (o: number, act?: string): Json[] => [d(o, act)];

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'callout-minutes', call(), [d(24, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'job-type', jobs(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.mae-loss-invoice', 'invoice-gbp', inv(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'forced-entry', forced(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.01, 0.9), tr(40, 0));
add('invalid-spec.units-string', 'battery-volts', bat(), [d('16' as unknown as number, 'elu'), d(1)], 'mse', adam(0.005), tr(40));

add('data-error.na-van-km', 'callout-minutes-na', call({ csv: '../data/callout-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.engineer-id-feature', 'callout-minutes', call({ features: ['engineer_id', ...CF] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('data-error.dispatched-at-feature', 'callout-minutes', call({ features: ['dispatched_at', ...CF] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.invoice-total-typo', 'invoice-gbp', inv({ target: 'invoice_total' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.panel-id-feature', 'battery-volts', bat({ features: ['panel_id', ...BF] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.forced-xls-path', 'forced-entry', forced({ csv: '../data/forced_entries.xls' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.jobs-four-heads-no-safe', 'job-type', jobs(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.callout-two-outputs', 'callout-minutes', call(), [d(32, 'relu'), d(2)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.iris-four-heads', 'iris-demo', IRIS, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(60, 8));
add('shape-mismatch.blobs4-three-heads', 'site-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.02, 0.95), tr(60, 16));

add('loss-activation-mismatch.tanh-head-bce-forced', 'forced-entry', forced(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-callout', 'callout-minutes', call(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standardized-battery', 'battery-volts', bat(), [d(32, 'tanh'), d(1, 'relu')], 'mse', mom(0.01, 0.9), tr(60));
add('loss-activation-mismatch.linear-head-bce-door', 'door-cylinder', INLINE_DOOR, [d(8, 'elu'), d(1)], 'bce', adam(0.01), tr(150, 4));

add('no-nonlinearity.circles-two-linear-adam', 'keyway-circles', CIRCLES, [d(32), d(16), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100, 16));
add('no-nonlinearity.xor-linear-nesterov', 'two-switch-xor', XOR, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(100, 8));
add('no-nonlinearity.sine-linear-rmsprop-batch-4', 'door-swing-sine', SINE, [d(32), d(32), d(1)], 'mse', rms(0.005), tr(100, 4));
add('no-nonlinearity.moons-linear-bn-sgd', 'lockpick-moons', MOONS, [d(32, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));

add('lr-out-of-range.rmsprop-lr-10-jobs', 'job-type', jobs(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(10), tr(30));
add('lr-out-of-range.adam-negative-battery', 'battery-volts', bat(), [d(16, 'tanh'), d(1)], 'mse', adam(-0.001), tr(40));
add('lr-out-of-range.nesterov-lr-50-forced', 'forced-entry', forced(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(50, 0.9), tr(20));
add('lr-out-of-range.sgd-1e-8-callout', 'callout-minutes', call(), [d(32, 'elu'), d(1)], 'mse', sgd(1e-8), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-rmsprop-jobs', 'job-type', jobs(), [d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(40));
add('init-symmetry.zeros-tanh-momentum-moons', 'lockpick-moons', MOONS, [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05, 0.95), tr(100, 16));
add('init-symmetry.constant-0.5-sigmoid-adam-circles', 'keyway-circles', CIRCLES, [d(16, 'sigmoid', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', adam(0.01), tr(100, 16));
add('init-symmetry.zeros-elu-adam-batch-2-sine', 'door-swing-sine', SINE, [d(24, 'elu', { init: 'zeros' }), d(24, 'elu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.01), tr(60, 2));

add('init-scale.normal-std-4-tanh-callout', 'callout-minutes', call(), [d(48, 'tanh', init('normal', { std: 4 })), d(48, 'tanh', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.002), tr(60));
add('init-scale.uniform-6-relu-invoice', 'invoice-gbp', inv(), [d(64, 'relu', init('uniform', { limit: 6 })), d(64, 'relu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-1e-5-six-tanh-battery', 'battery-volts', bat(), [...tower(6, 24, 'tanh', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', nest(0.01, 0.9), tr(60));
add('init-scale.normal-std-2-elu-jobs', 'job-type', jobs(), [...tower(3, 64, 'elu', init('normal', { std: 2 })), d(5, 'softmax', init('normal', { std: 2 }))], 'cce', sgd(0.01), tr(40));

add('dead-relu.bias-minus-8-adam-callout', 'callout-minutes', call(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-layer-jobs', 'job-type', jobs(), [...tower(3, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', mom(0.01, 0.9), tr(40));
add('dead-relu.adam-0.05-batch-1-invoice', 'invoice-gbp', inv(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(15, 1));
add('dead-relu.momentum-0.99-lr-0.2-forced', 'forced-entry', forced(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.2, 0.99), tr(30, 16));
add('dead-relu.rmsprop-0.05-batch-2-battery', 'battery-volts', bat(), [d(24, 'relu'), d(24, 'relu'), d(1)], 'mse', rms(0.05), tr(20, 2));
add('dead-relu.bias-minus-2-sgd-blobs', 'site-blobs', BLOBS4, [...tower(4, 16, 'relu', { bias: -2, init: 'he_uniform' }), d(4, 'softmax')], 'cce', sgd(0.05), tr(80, 16));

add('exploding-gradient.raw-invoice-pounds-adam', 'invoice-gbp-raw-target', inv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-frame-mm-sgd', 'forced-entry-raw', forced({ normalize: 'none' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.001), tr(30));
add('exploding-gradient.raw-cable-metres-momentum', 'job-type-raw', jobs({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', mom(0.001, 0.95), tr(30));
add('exploding-gradient.ten-relu-std-0.5-callout', 'callout-minutes', call(), [...tower(10, 32, 'relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0005), tr(30));
add('exploding-gradient.raw-callout-minutes-rmsprop', 'callout-minutes-raw-target', call({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-sgd-callout', 'callout-minutes', call(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(60));
add('vanishing-gradient.ten-tanh-std-0.03-jobs', 'job-type', jobs(), [...tower(10, 32, 'tanh', init('normal', { std: 0.03 })), d(5, 'softmax')], 'cce', rms(0.0005), tr(40));
add('vanishing-gradient.nine-sigmoid-adam-circles', 'keyway-circles', CIRCLES, [...tower(9, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.0005), tr(80, 16));
add('vanishing-gradient.seven-sigmoid-lecun-nesterov-forced', 'forced-entry', forced(), [...tower(7, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', nest(0.01, 0.9), tr(40));

add('nan-loss.sgd-2-batch-1-battery', 'battery-volts', bat(), [d(16, 'elu'), d(1)], 'mse', sgd(2), tr(5, 1));
add('nan-loss.raw-invoice-sgd-momentum', 'invoice-gbp-raw', inv({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(20));
add('nan-loss.raw-days-battery-sgd-1e-3', 'battery-volts-raw', bat({ normalize: 'none' }), [d(1)], 'mse', sgd(0.001), tr(20));
add('nan-loss.nesterov-0.99-lr-1-sine', 'door-swing-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(1, 0.99), tr(30, 8));

add('saturated-activation.sigmoid-raw-frame-forced', 'forced-entry-raw', forced({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-bias-5-battery', 'battery-volts', bat(), [d(32, 'tanh', { bias: 5 }), d(32, 'tanh', { bias: 5 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-cable-jobs', 'job-type-raw', jobs({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.01, 0.9), tr(40));
add('saturated-activation.sigmoid-raw-van-metres-callout', 'callout-minutes-raw', call({ normalize: 'none', features: ['hour', 'van_m', 'pin_count', 'high_security', 'night'] }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));

add('lr-too-high.adam-0.05-batch-1-sine', 'door-swing-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.05), tr(40, 1));
add('lr-too-high.rmsprop-0.05-batch-2-callout', 'callout-minutes', call(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(20, 2));
add('lr-too-high.momentum-0.95-lr-0.5-jobs', 'job-type', jobs(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.5, 0.95), tr(40, 16));
add('lr-too-high.sgd-plain-5-iris-batch-4', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(5), tr(60, 4));
add('lr-too-high.adam-0.03-batch-4-forced', 'forced-entry', forced(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(30, 4));
add('lr-too-high.rmsprop-0.02-batch-1-battery', 'battery-volts', bat(), [d(16, 'tanh'), d(1)], 'mse', rms(0.02), tr(20, 1));

add('lr-too-low.sgd-1e-5-jobs', 'job-type', jobs(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.00001), tr(40));
add('lr-too-low.adam-3e-6-battery', 'battery-volts', bat(), [d(32, 'tanh'), d(1)], 'mse', adam(0.000003), tr(60));
add('lr-too-low.nesterov-1e-6-invoice', 'invoice-gbp', inv(), [d(32, 'relu'), d(1)], 'mse', nest(0.000001, 0.9), tr(60));
add('lr-too-low.rmsprop-1e-6-full-batch-moons', 'lockpick-moons', MOONS, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(150, 240));
add('lr-too-low.raw-days-sgd-1e-9-battery', 'battery-volts-raw', bat({ normalize: 'none' }), [d(1)], 'mse', sgd(1e-9), tr(40, 16));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-callout', 'callout-minutes', call(), LIN(1), 'mse', mom(0.05, 0.99), tr(120, 900));
add('oscillating-loss.nesterov-0.98-lr-0.1-full-batch-linear-battery', 'battery-volts', bat(), LIN(1), 'mse', nest(0.1, 0.98), tr(120, 700));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-invoice', 'invoice-gbp', inv(), LIN(1), 'mse', sgd(0.38), tr(120, 800));
add('oscillating-loss.adam-0.05-batch-2-tanh-sine', 'door-swing-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.05), tr(60, 2));
add('oscillating-loss.rmsprop-0.03-batch-4-relu-battery', 'battery-volts', bat(), [d(16, 'relu'), d(1)], 'mse', rms(0.03), tr(40, 4));
add('oscillating-loss.momentum-0.97-lr-0.3-batch-600-logistic-forced', 'forced-entry', forced(), [d(1, 'sigmoid')], 'bce', mom(0.3, 0.97), tr(120, 1200));
add('oscillating-loss.raw-km-and-metres-sgd-linear', 'callout-minutes', call({ normalize: 'none', features: ['van_km', 'pin_count'] }), LIN(1), 'mse', sgd(0.0052), tr(120, 900));
add('oscillating-loss.sgd-momentum-0.95-lr-0.02-batch-1-linear-battery', 'battery-volts', bat(), LIN(1), 'mse', mom(0.02, 0.95), tr(30, 1));

add('loss-plateau.site-id-only-forced', 'forced-entry', forced({ features: ['site_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.key-blank-only-jobs', 'job-type', jobs({ features: ['key_blank_code'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.hour-only-invoice', 'invoice-gbp', inv({ features: ['after_hours'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-5-rmsprop-callout', 'callout-minutes', call(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-battery', 'battery-volts', bat(), [d(32, 'elu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1e-7 }), tr(60));

// ---------------------------------------------------------------- healthy candidates
add('ok.callout-adam-relu', 'callout-minutes', call(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.callout-rmsprop-elu-dropout', 'callout-minutes', call(), [d(48, 'elu'), drop(0.1), d(1)], 'mse', rms(0.002), tr(60));
add('ok.callout-nesterov-0.95-tanh-val', 'callout-minutes', call(), [d(24, 'tanh'), d(1)], 'mse', nest(0.005, 0.95), tr(60, 32, { validationSplit: 0.2 }));
add('ok.callout-linear-momentum-0.9', 'callout-minutes', call(), LIN(1), 'mse', mom(0.01, 0.9), tr(60));
add('ok.callout-adam-batch-2-relu', 'callout-minutes', call(), [d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(15, 2));
add('ok.callout-raw-km-sgd-1e-3', 'callout-minutes-raw', call({ normalize: 'none', features: ['van_km', 'pin_count', 'high_security', 'night'] }), LIN(1), 'mse', sgd(0.001), tr(150, 16));
add('ok.callout-minmax-leaky-bn', 'callout-minutes', call({ normalize: 'minmax' }), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.005), tr(60));
add('ok.jobs-adam-relu', 'job-type', jobs(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), tr(40));
add('ok.jobs-sgd-momentum-0.9-tanh', 'job-type', jobs(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05, 0.9), tr(40));
add('ok.jobs-rmsprop-batch-4-relu', 'job-type', jobs(), [d(16, 'relu'), d(5, 'softmax')], 'cce', rms(0.003), tr(15, 4));
add('ok.jobs-adam-dropout-clip-val', 'job-type', jobs(), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003, { clipNorm: 1 }), tr(40, 32, { validationSplit: 0.15 }));
add('ok.jobs-sgd-relu-few-dead', 'job-type', jobs(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', sgd(0.1), tr(40, 16));
add('ok.forced-adam-relu', 'forced-entry', forced(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.forced-logistic-nesterov-0.9', 'forced-entry', forced(), [d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(60));
add('ok.forced-rmsprop-tanh-weight-decay', 'forced-entry', forced(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002, { weightDecay: 0.0005 }), tr(40));
add('ok.forced-minmax-elu-full-batch', 'forced-entry', forced({ normalize: 'minmax' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 1200));
add('ok.invoice-adam-relu', 'invoice-gbp', inv(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.invoice-linear-sgd-plain', 'invoice-gbp', inv(), LIN(1), 'mse', sgd(0.05), tr(60, 16));
add('ok.invoice-rmsprop-elu-bn', 'invoice-gbp', inv(), [d(32, 'elu', { batchNorm: true }), d(1)], 'mse', rms(0.002), tr(60));
add('ok.invoice-momentum-0.99-linear-small-lr', 'invoice-gbp', inv(), LIN(1), 'mse', mom(0.002, 0.99), tr(60));
add('ok.battery-adam-tanh', 'battery-volts', bat(), [d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(60));
add('ok.battery-linear-nesterov-0.95', 'battery-volts', bat(), LIN(1), 'mse', nest(0.01, 0.95), tr(60, 16));
add('ok.battery-raw-days-sgd-1e-6', 'battery-volts-raw', bat({ normalize: 'none', features: ['days_since_service'] }), LIN(1), 'mse', sgd(0.000001), tr(60, 16));
add('ok.battery-raw-sgd-3e-6-minmax-target', 'battery-volts-raw', bat({ normalize: 'none', features: ['days_since_service', 'sensors'] }), LIN(1), 'mse', sgd(0.000003), tr(100, 8));
add('ok.battery-rmsprop-batch-1-linear', 'battery-volts', bat(), LIN(1), 'mse', rms(0.003), tr(15, 1));
add('ok.battery-adam-batch-4-elu', 'battery-volts', bat(), [d(16, 'elu'), d(1)], 'mse', adam(0.01), tr(20, 4));
add('ok.moons-adam-relu-batch-1', 'lockpick-moons', MOONS, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(30, 1));
add('ok.moons-sgd-relu-few-dead', 'lockpick-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 8));
add('ok.circles-tanh-nesterov-0.9', 'keyway-circles', CIRCLES, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(150, 16));
add('ok.spirals-adam-relu-deep', 'hook-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(250, 16));
add('ok.xor-rmsprop-batch-4-tanh', 'two-switch-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(60, 4));
add('ok.sine-adam-batch-2-tanh', 'door-swing-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(80, 2));
add('ok.sine-rmsprop-batch-4-elu', 'door-swing-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(80, 4));
add('ok.iris-sgd-momentum-0.9-batch-8', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.02, 0.9), tr(100, 8));
add('ok.iris-adam-dropout', 'iris-demo', IRIS, [d(32, 'relu'), drop(0.2), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.blobs4-sigmoid-hidden-adam', 'site-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.02), tr(80, 16));
add('ok.blobs4-deep-tanh-xavier-rmsprop', 'site-blobs', BLOBS4, [...tower(4, 16, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', rms(0.003), tr(60, 16));
add('ok.door-inline-logistic-adam', 'door-cylinder', INLINE_DOOR, [d(1, 'sigmoid')], 'bce', adam(0.05), tr(200, 20));
add('ok.forced-sgd-momentum-0.99-logistic', 'forced-entry', forced(), [d(1, 'sigmoid')], 'bce', mom(0.01, 0.99), tr(60, 32));
add('ok.callout-deep-sigmoid-adam', 'callout-minutes', call(), [...tower(3, 24, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.jobs-lecun-elu-nesterov-batch-full', 'job-type', jobs(), [d(32, 'elu', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', nest(0.3, 0.9), tr(200, 1000));

// ---------------------------------------------------------------- second round (after the first observation)
add('oscillating-loss.momentum-0.995-lr-0.02-full-batch-linear-invoice', 'invoice-gbp', inv(), LIN(1), 'mse', mom(0.02, 0.995), tr(150, 800));
add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-softmax-jobs', 'job-type', jobs(), [d(5, 'softmax')], 'cce', mom(0.1, 0.99), tr(150, 1000));
add('oscillating-loss.nesterov-0.995-lr-0.05-full-batch-linear-battery', 'battery-volts', bat(), LIN(1), 'mse', nest(0.05, 0.995), tr(150, 700));
add('oscillating-loss.momentum-0.99-lr-0.02-batch-300-linear-callout', 'callout-minutes', call(), LIN(1), 'mse', mom(0.02, 0.99), tr(80, 300));
add('oscillating-loss.momentum-0.99-lr-0.2-full-batch-tanh-iris', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', mom(0.2, 0.99), tr(150, 150));
add('oscillating-loss.momentum-0.98-lr-0.5-full-batch-logistic-door', 'door-cylinder', INLINE_DOOR, [d(1, 'sigmoid')], 'bce', mom(0.5, 0.98), tr(200, 20));
add('oscillating-loss.rmsprop-0.05-batch-1-tanh-sine', 'door-swing-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(40, 1));
add('oscillating-loss.adam-0.02-batch-1-elu-callout', 'callout-minutes', call(), [d(16, 'elu'), d(1)], 'mse', adam(0.02), tr(10, 1));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-elu-sine', 'door-swing-sine', SINE, [d(16, 'elu'), d(1)], 'mse', mom(0.05, 0.99), tr(200, 160));
add('oscillating-loss.momentum-0.99-lr-0.05-batch-100-linear-invoice', 'invoice-gbp', inv(), LIN(1), 'mse', mom(0.05, 0.99), tr(60, 100));

add('ok.invoice-raw-parts-momentum-0.99-lr-1e-6', 'invoice-gbp-raw', inv({ normalize: 'none', features: ['parts_gbp', 'travel_km'] }), LIN(1), 'mse', mom(0.000001, 0.99), tr(100, 16));
add('ok.invoice-raw-parts-sgd-1e-5', 'invoice-gbp-raw', inv({ normalize: 'none', features: ['parts_gbp'] }), LIN(1), 'mse', sgd(0.00001), tr(100, 8));
add('ok.battery-raw-days-momentum-0.99-lr-5e-7', 'battery-volts-raw', bat({ normalize: 'none', features: ['days_since_service'] }), LIN(1), 'mse', mom(0.0000005, 0.99), tr(100, 4));
add('ok.battery-raw-days-sgd-3e-7', 'battery-volts-raw', bat({ normalize: 'none', features: ['days_since_service'] }), LIN(1), 'mse', sgd(0.0000003), tr(100, 4));
add('ok.jobs-nesterov-0.99-relu-small-lr', 'job-type', jobs(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.002, 0.99), tr(40));
add('ok.circles-adam-relu-batch-2', 'keyway-circles', CIRCLES, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 2));
add('ok.spirals-rmsprop-tanh', 'hook-spirals', SPIRALS, [d(48, 'tanh'), d(48, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(300, 16));
add('ok.iris-rmsprop-batch-1-elu', 'iris-demo', IRIS, [d(12, 'elu'), d(3, 'softmax')], 'cce', rms(0.003), tr(40, 1));
add('ok.blobs4-sgd-plain-batch-1-relu', 'site-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.01), tr(40, 1));
add('ok.sine-nesterov-0.9-tanh', 'door-swing-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.02, 0.9), tr(300, 8));
add('ok.callout-adam-batch-1-relu-dropout', 'callout-minutes', call(), [d(32, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(10, 1));
add('ok.xor-adam-elu-batch-2', 'two-switch-xor', XOR, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(40, 2));
add('ok.moons-momentum-0.95-clipnorm-leaky', 'lockpick-moons', MOONS, [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.95, { clipNorm: 1 }), tr(150, 16));
add('ok.jobs-adam-relu-batch-2-few-dead', 'job-type', jobs(), [d(8, 'relu'), d(8, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(10, 2));

const wire = (x: Json = {}): Json => ({ csv: '../data/wiring.csv', target: 'install_min', features: ['cable_m', 'detectors'], ...x });
add('ok.wiring-raw-metres-sgd-1e-6', 'install-minutes-raw', wire(), LIN(1), 'mse', sgd(0.000001), tr(100, 8));
add('ok.wiring-raw-metres-sgd-3e-6-batch-32', 'install-minutes-raw', wire(), LIN(1), 'mse', sgd(0.000003), tr(100, 32));
add('ok.wiring-raw-metres-momentum-0.9-lr-5e-7', 'install-minutes-raw', wire(), LIN(1), 'mse', mom(0.0000005, 0.9), tr(100, 16));
add('ok.wiring-standardized-adam-relu', 'install-minutes', wire({ normalize: 'standard', normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', adam(0.005), tr(60));
add('nan-loss.wiring-raw-metres-sgd-1e-4', 'install-minutes-raw', wire(), LIN(1), 'mse', sgd(0.0001), tr(50, 8));
add('lr-too-low.wiring-raw-metres-sgd-1e-9', 'install-minutes-raw', wire(), LIN(1), 'mse', sgd(1e-9), tr(60, 8));
add('exploding-gradient.wiring-raw-metres-relu-adam', 'install-minutes-raw', wire(), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('oscillating-loss.wiring-raw-metres-sgd-4e-6-full-batch', 'install-minutes-raw', wire(), LIN(1), 'mse', sgd(0.0000040), tr(120, 600));
add('oscillating-loss.wiring-raw-metres-momentum-0.95-lr-5e-7-full-batch', 'install-minutes-raw', wire(), LIN(1), 'mse', mom(0.0000005, 0.95), tr(150, 600));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT);
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
