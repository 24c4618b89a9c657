/**
 * Writes every candidate spec of blind fault set 174 (window cleaners and glaziers) into candidates/:
 * `npx tsx test/faults-blind174/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 174, data, layers, loss, optimizer, training, ...extra };
}

const JF = ['pane_count', 'pane_area_m2', 'storeys', 'ladder_min', 'travel_km', 'rain_mm', 'water_fed_pole'];
const jobs = (x: Json = {}): Json => ({ csv: '../data/jobs.csv', target: 'job_min', features: JF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const KF = ['glass_mm', 'pane_area_m2', 'labour_h', 'putty_kg', 'urgent'];
const kind = (x: Json = {}): Json => ({ csv: '../data/kind.csv', target: 'job_kind', features: KF, normalize: 'standard', ...x });
const BF = ['storeys', 'pane_area_m2', 'glass_mm', 'wind_kmh', 'crew_years', 'ladder_min'];
const brk = (x: Json = {}): Json => ({ csv: '../data/breakage.csv', target: 'breakage', features: BF, normalize: 'standard', ...x });
const IF = ['panes', 'area_m2', 'glass_mm', 'u_value', 'storeys', 'scaffold'];
const inv = (x: Json = {}): Json => ({ csv: '../data/invoice.csv', target: 'total_eur', features: IF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const UF = ['panes', 'gap_mm', 'argon', 'low_e', 'frame_mm'];
const uv = (x: Json = {}): Json => ({ csv: '../data/uvalue.csv', target: 'u_value', features: UF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A squeegee crew's notebook: storeys and pane width (cm) -> needs the long pole (1) or the ladder (0).
const INLINE_POLE = {
  inline: {
    x: [[1, 60], [1, 90], [1, 120], [2, 60], [2, 90], [2, 140], [3, 50], [3, 80], [3, 130], [4, 70], [4, 100], [4, 150], [1, 150], [2, 40], [3, 110], [4, 40], [1, 75], [2, 120], [3, 60], [4, 120]],
    y: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'job-minutes', jobs(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'job-kind', kind(), [d(24, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.mae-loss-invoice', 'invoice-eur', inv(), [d(32, 'relu'), d(1)], 'mae', rms(0.001), tr(50));
add('invalid-spec.dropout-rate-1.5', 'breakage', brk(), [d(16, 'relu'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero-uvalue', 'u-value', uv(), [d(16, 'tanh'), d(1)], 'mse', nest(0.02, 0.9), tr(60, 0));
add('data-error.na-pane-area', 'job-minutes', jobs({ csv: '../data/jobs-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.crew-id-feature', 'job-minutes', jobs({ features: [...JF, 'crew_id'] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('data-error.started-ts-feature-kind', 'job-kind', kind({ features: [...KF, 'booked_ts'] }), [d(24, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('data-error.target-typo-job-mins', 'job-minutes', jobs({ target: 'job_mins' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.missing-invoices-csv', 'invoice-eur', inv({ csv: '../data/invoices.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('shape-mismatch.kind-four-heads-no-breakage', 'job-kind', kind(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.iris-four-heads', 'iris', IRIS, [d(12, 'relu'), d(4, 'softmax')], 'cce', mom(0.05, 0.9), tr(100, 16));
add('shape-mismatch.minutes-and-ladder-one-output', 'job-minutes', jobs({ target: ['job_min', 'ladder_min'], features: JF.filter((f) => f !== 'ladder_min') }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.breakage-two-sigmoids', 'breakage', brk(), [d(16, 'tanh'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.kind-sigmoid-heads-cce', 'job-kind', kind(), [d(24, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-breakage', 'breakage', brk(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-uvalue', 'u-value', uv(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-single-head-bce-pole', 'pole', INLINE_POLE, [d(8, 'tanh'), d(1, 'softmax')], 'bce', sgd(0.1), tr(200, 4));
add('loss-activation-mismatch.sigmoid-head-standardized-jobs', 'job-minutes', jobs(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', rms(0.002), tr(60));
add('no-nonlinearity.circles-linear-adam', 'circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.spirals-linear-rmsprop-three-class', 'spirals', { ...SPIRALS, classes: 3 }, [d(64, 'linear'), d(64, 'linear'), d(3, 'softmax')], 'cce', rms(0.003), tr(150));
add('no-nonlinearity.xor-linear-bn-nesterov', 'xor', XOR, [d(16, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(150));
add('no-nonlinearity.moons-linear-dropout-sgd', 'moons', MOONS, [d(32), drop(0.2), d(32), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(200, 16));
add('lr-out-of-range.sgd-lr-40-uvalue', 'u-value', uv(), [d(16, 'tanh'), d(1)], 'mse', sgd(40), tr(60));
add('lr-out-of-range.adam-negative-kind', 'job-kind', kind(), [d(24, 'relu'), d(5, 'softmax')], 'cce', adam(-0.001), tr(40));
add('lr-out-of-range.rmsprop-1e-10-breakage', 'breakage', brk(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(1e-10), tr(40));
add('lr-out-of-range.nesterov-lr-25-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(25, 0.9), tr(100, 16));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.constant-0.3-relu-kind', 'job-kind', kind(), [d(32, 'relu', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', adam(0.003), tr(40));
add('init-symmetry.zeros-tanh-moons-momentum', 'moons', MOONS, [d(16, 'tanh', init('zeros')), d(16, 'tanh', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', mom(0.05, 0.9), tr(150));
add('init-symmetry.zeros-sigmoid-uvalue-rmsprop', 'u-value', uv(), [d(24, 'sigmoid', init('zeros')), d(24, 'sigmoid', init('zeros')), d(1, 'linear', init('zeros'))], 'mse', rms(0.003), tr(80));
add('init-symmetry.constant-0.1-elu-iris-sgd', 'iris', IRIS, [d(16, 'elu', init('constant', { value: 0.1 })), d(3, 'softmax', init('constant', { value: 0.1 }))], 'cce', sgd(0.1), tr(150, 8));
add('init-scale.normal-std-10-sigmoid-kind', 'job-kind', kind(), [d(32, 'sigmoid', init('normal', { std: 10 })), d(5, 'softmax', init('normal', { std: 10 }))], 'cce', adam(0.003), tr(40));
add('init-scale.uniform-6-elu-jobs', 'job-minutes', jobs(), [d(32, 'elu', init('uniform', { limit: 6 })), d(32, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', mom(0.001, 0.9), tr(60));
add('init-scale.normal-1e-5-relu-deep-iris', 'iris', IRIS, [...tower(5, 16, 'relu', init('normal', { std: 1e-5 })), d(3, 'softmax', init('normal', { std: 1e-5 }))], 'cce', adam(0.003), tr(100, 16));
add('init-scale.normal-std-4-leaky-invoice', 'invoice-eur', inv(), [d(32, 'leaky_relu', init('normal', { std: 4 })), d(32, 'leaky_relu', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', rms(0.001), tr(50));
add('dead-relu.bias-minus-6-iris-adam', 'iris', IRIS, [d(32, 'relu', { bias: -6 }), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('dead-relu.bias-minus-4-two-layer-jobs-momentum', 'job-minutes', jobs(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('dead-relu.sgd-1.5-kind-relu', 'job-kind', kind(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1.5), tr(40, 16));
add('dead-relu.momentum-0.95-lr-0.3-blobs', 'blobs', BLOBS4, [d(24, 'relu'), d(24, 'relu'), d(4, 'softmax')], 'cce', mom(0.3, 0.95), tr(100, 8));
add('dead-relu.bias-minus-3-he-uniform-breakage-sgd', 'breakage', brk(), [d(64, 'relu', { init: 'he_uniform', bias: -3 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));
add('dead-relu.adam-0.05-batch-4-uvalue', 'u-value', uv(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(60, 4));
add('exploding-gradient.raw-job-minutes-momentum', 'job-minutes', jobs({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001, 0.9), tr(60));
add('exploding-gradient.raw-invoice-eur-adam', 'invoice-eur', inv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('exploding-gradient.constant-1-relu-deep-uvalue', 'u-value', uv(), [...tower(5, 32, 'relu', init('constant', { value: 1 })), d(1)], 'mse', rms(0.001), tr(60));
add('exploding-gradient.raw-area-features-nesterov', 'job-minutes', jobs({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01, 0.95), tr(60));
add('exploding-gradient.raw-ladder-features-sgd-breakage', 'breakage', brk({ normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40, 16));
add('vanishing-gradient.nine-sigmoid-iris-sgd', 'iris', IRIS, [...tower(9, 16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.1), tr(150, 16));
add('vanishing-gradient.eight-tanh-std-0.02-breakage', 'breakage', brk(), [...tower(8, 24, 'tanh', init('normal', { std: 0.02 })), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('vanishing-gradient.twelve-sigmoid-rmsprop-uvalue', 'u-value', uv(), [...tower(12, 16, 'sigmoid'), d(1)], 'mse', rms(0.001), tr(80));
add('vanishing-gradient.ten-sigmoid-momentum-circles', 'circles', CIRCLES, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(150));
add('saturated-activation.sigmoid-raw-jobs', 'job-minutes', jobs({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-8-kind', 'job-kind', kind(), [d(32, 'tanh', { bias: 8 }), d(5, 'softmax')], 'cce', mom(0.02, 0.9), tr(40));
add('saturated-activation.sigmoid-raw-wind-breakage', 'breakage', brk({ normalize: 'none' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('saturated-activation.tanh-raw-glass-invoice', 'invoice-eur', inv({ normalize: 'none' }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.002), tr(50));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-0.5-raw-jobs', 'job-minutes', jobs({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.5), tr(60));
add('nan-loss.momentum-0.99-lr-1-batch-1-uvalue', 'u-value', uv(), [d(16, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(20, 1));
add('nan-loss.raw-invoice-target-nesterov', 'invoice-eur', inv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9), tr(50));
add('nan-loss.rmsprop-5-elu-sine', 'sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(5), tr(100, 16));
add('lr-too-high.adam-0.05-batch-2-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.05), tr(100, 2));
add('lr-too-high.rmsprop-0.05-batch-8-sine', 'sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(150, 8));
add('lr-too-high.nesterov-0.99-lr-0.2-jobs', 'job-minutes', jobs(), [d(32, 'relu'), d(1)], 'mse', nest(0.2, 0.99), tr(60));
add('lr-too-high.sgd-plain-3-kind', 'job-kind', kind(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(3), tr(40, 8));
add('lr-too-high.momentum-0.95-lr-0.5-moons', 'moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.95), tr(150, 16));
add('lr-too-high.adam-0.03-batch-1-invoice', 'invoice-eur', inv(), [d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(30, 1));
add('lr-too-low.sgd-1e-5-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(1e-5), tr(150, 16));
add('lr-too-low.adam-3e-6-uvalue', 'u-value', uv(), [d(32, 'tanh'), d(1)], 'mse', adam(3e-6), tr(80));
add('lr-too-low.rmsprop-1e-6-jobs', 'job-minutes', jobs(), [d(32, 'relu'), d(1)], 'mse', rms(1e-6), tr(60));
add('lr-too-low.nesterov-1e-6-kind', 'job-kind', kind(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(1e-6, 0.9), tr(40));
add('lr-too-low.momentum-1e-5-full-batch-circles', 'circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(1e-5, 0.9), tr(200, 300));
add('oscillating-loss.adam-0.05-full-batch-sine-relu', 'sine', SINE, [d(64, 'relu'), d(1)], 'mse', adam(0.05), tr(300, 300));
add('oscillating-loss.rmsprop-0.03-full-batch-linear-uvalue', 'u-value', uv(), [d(1)], 'mse', rms(0.03), tr(200, 700));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-jobs', 'job-minutes', jobs(), [d(1)], 'mse', mom(0.05, 0.99), tr(200, 960));
add('oscillating-loss.nesterov-0.97-lr-0.3-linear-uvalue', 'u-value', uv(), [d(1)], 'mse', nest(0.3, 0.97), tr(200, 350));
add('oscillating-loss.sgd-plain-0.6-full-batch-linear-invoice', 'invoice-eur', inv(), [d(1)], 'mse', sgd(0.6), tr(200, 820));
add('oscillating-loss.adam-0.04-full-batch-tanh-uvalue', 'u-value', uv(), [d(32, 'tanh'), d(1)], 'mse', adam(0.04), tr(200, 700));
add('oscillating-loss.rmsprop-0.01-batch-300-sine', 'sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.01), tr(300, 300));
add('oscillating-loss.momentum-0.95-lr-2-full-batch-logistic-breakage', 'breakage', brk(), [d(1, 'sigmoid')], 'bce', mom(2, 0.95), tr(200, 1100));
add('oscillating-loss.raw-storeys-sgd-full-batch-linear-jobs', 'job-minutes', jobs({ normalize: 'none', features: ['storeys', 'ladder_min', 'water_fed_pole'] }), [d(1)], 'mse', sgd(0.0011), tr(200, 960));
add('loss-plateau.van-serial-only-breakage', 'breakage', brk({ features: ['van_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.desk-only-kind', 'job-kind', kind({ features: ['desk'] }), [d(24, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.weight-decay-5-momentum-uvalue', 'u-value', uv(), [d(32, 'tanh'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(80));
add('loss-plateau.clipnorm-1e-7-sgd-jobs', 'job-minutes', jobs(), [d(32, 'relu'), d(1)], 'mse', sgd(0.01, { clipNorm: 1e-7 }), tr(60));
add('loss-plateau.travel-km-only-jobs', 'job-minutes', jobs({ features: ['travel_km'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.iris-adam-relu', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-sgd-relu-batch-8', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05), tr(200, 8));
add('ok.iris-momentum-relu-dropout', 'iris', IRIS, [d(32, 'relu'), drop(0.1), d(3, 'softmax')], 'cce', mom(0.02, 0.9), tr(150, 16));
add('ok.kind-adam-relu', 'job-kind', kind(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), tr(40));
add('ok.kind-sgd-relu-two-layer', 'job-kind', kind(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', sgd(0.1), tr(60, 16));
add('ok.kind-momentum-relu-validation', 'job-kind', kind(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.02, 0.9), tr(50, 32, { validationSplit: 0.2 }));
add('ok.kind-rmsprop-tanh-minmax', 'job-kind', kind({ normalize: 'minmax' }), [d(24, 'tanh'), d(5, 'softmax')], 'cce', rms(0.003), tr(50));
add('ok.blobs-nesterov-elu', 'blobs', BLOBS4, [d(16, 'elu'), d(4, 'softmax')], 'cce', nest(0.05, 0.9), tr(80, 16));
add('ok.sine-rmsprop-0.003-tanh', 'sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(300, 16));
add('ok.sine-adam-0.01-relu', 'sine', SINE, [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(300, 32));
add('ok.sine-adam-0.005-elu-full-batch', 'sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(800, 300));
add('ok.uvalue-rmsprop-0.005-tanh', 'u-value', uv(), [d(32, 'tanh'), d(1)], 'mse', rms(0.005), tr(80));
add('ok.uvalue-adam-0.02-relu', 'u-value', uv(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.02), tr(80));
add('ok.uvalue-momentum-0.95-linear', 'u-value', uv(), [d(1)], 'mse', mom(0.01, 0.95), tr(60));
add('ok.uvalue-nesterov-0.99-small-net', 'u-value', uv(), [d(16, 'tanh'), d(1)], 'mse', nest(0.002, 0.99), tr(80));
add('ok.uvalue-batchnorm-leaky-adam', 'u-value', uv(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(80));
add('ok.jobs-adam-relu', 'job-minutes', jobs(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.jobs-momentum-0.9-linear', 'job-minutes', jobs(), [d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('ok.jobs-raw-features-sgd-suited', 'job-minutes', jobs({ normalize: 'none' }), [d(1)], 'mse', sgd(2e-5), tr(80, 16));
add('ok.jobs-rmsprop-elu-dropout-decay', 'job-minutes', jobs(), [d(64, 'elu'), drop(0.1), d(32, 'elu'), d(1)], 'mse', rms(0.001, { weightDecay: 1e-4 }), tr(60));
add('ok.jobs-minmax-target-sgd-batch-1', 'job-minutes', jobs({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(15, 1));
add('ok.jobs-nesterov-clipnorm-tanh', 'job-minutes', jobs(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01, 0.95, { clipNorm: 1 }), tr(60));
add('ok.invoice-adam-relu', 'invoice-eur', inv(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(50));
add('ok.invoice-rmsprop-linear-full-batch', 'invoice-eur', inv(), [d(1)], 'mse', rms(0.01), tr(300, 820));
add('ok.invoice-momentum-0.98-leaky', 'invoice-eur', inv(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.002, 0.98), tr(60));
add('ok.breakage-adam-relu', 'breakage', brk(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(60));
add('ok.breakage-logistic-rmsprop', 'breakage', brk(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60));
add('ok.breakage-momentum-tanh-validation', 'breakage', brk(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(60, 32, { validationSplit: 0.2 }));
add('ok.moons-adam-relu', 'moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-tanh', 'circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9), tr(200));
add('ok.spirals-adam-relu-bn', 'spirals', SPIRALS, [d(64, 'relu', { batchNorm: true }), d(64, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300));
add('ok.xor-sgd-sigmoid', 'xor', XOR, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(1), tr(300, 16));
add('ok.xor-rmsprop-elu-batch-4', 'xor', XOR, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100, 4));
add('ok.pole-inline-adam-tanh', 'pole', INLINE_POLE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 20));
add('ok.deep-tanh-xavier-normal-moons', 'moons', MOONS, [...tower(5, 16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(150));
add('ok.iris-lecun-selu-ish-elu-adam-batch-150', 'iris', IRIS, [d(16, 'elu', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', adam(0.02), tr(300, 150));
add('ok.kind-sigmoid-hidden-adam-clip', 'job-kind', kind(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.01, { clipNorm: 5 }), tr(60));
add('ok.blobs-momentum-0.99-relu', 'blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.002, 0.99), tr(80, 16));
add('ok.uvalue-sgd-plain-relu-he-uniform', 'u-value', uv(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', sgd(0.05), tr(100, 16));
add('ok.sine-rmsprop-0.02-tanh-batch-32', 'sine', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.02), tr(300, 32));
add('ok.spirals3-adam-leaky-dropout', 'spirals', { ...SPIRALS, classes: 3 }, [d(64, 'leaky_relu'), drop(0.05), d(64, 'leaky_relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.breakage-raw-features-sgd-small-lr', 'breakage', brk({ normalize: 'none' }), [d(1, 'sigmoid')], 'bce', sgd(0.002), tr(100, 16));
add('ok.moons-sgd-momentum-0.9-batch-1', 'moons', MOONS, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.005, 0.9), tr(40, 1));

// ---------------------------------------------------------------- second round (after the first observation)
add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-linear-uvalue', 'u-value', uv(), [d(1)], 'mse', mom(0.1, 0.99), tr(200, 700));
add('oscillating-loss.sgd-plain-0.48-full-batch-linear-invoice', 'invoice-eur', inv(), [d(1)], 'mse', sgd(0.48), tr(200, 820));
add('oscillating-loss.nesterov-0.99-lr-0.03-full-batch-linear-jobs', 'job-minutes', jobs(), [d(1)], 'mse', nest(0.03, 0.99), tr(200, 960));
add('oscillating-loss.momentum-0.98-lr-0.2-batch-480-linear-jobs', 'job-minutes', jobs(), [d(1)], 'mse', mom(0.2, 0.98), tr(200, 480));
add('init-symmetry.constant-0.5-tanh-iris-adam', 'iris', IRIS, [d(16, 'tanh', init('constant', { value: 0.5 })), d(16, 'tanh', init('constant', { value: 0.5 })), d(3, 'softmax', init('constant', { value: 0.5 }))], 'cce', adam(0.01), tr(100, 16));
add('init-symmetry.zeros-leaky-uvalue-nesterov', 'u-value', uv(), [d(32, 'leaky_relu', init('zeros')), d(1, 'linear', init('zeros'))], 'mse', nest(0.01, 0.9), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
