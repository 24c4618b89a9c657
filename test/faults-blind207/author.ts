/**
 * Writes every candidate spec of set blind207 into candidates/: `npx tsx test/faults-blind207/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const MV = ['spring_torque_nmm', 'gear_count', 'beat_bph', 'oil_age_days', 'workshop_temp_c', 'paint_batch'];
const LO = ['motor_current_ma', 'stall_current_ma', 'wheel_wear_um', 'hours_run', 'weight_g', 'price_gbp', 'gauge_mm'];
const SW = ['footfall', 'avg_basket_eur', 'exhibition_weekend', 'rain_mm', 'discount_pct'];
const TT = ['curve_radius_mm', 'speed_scale_kmh', 'load_g', 'coupling_play_mm', 'lubed'];

const mv = (extra: Obj = {}) => ({ csv: '../data/movements.csv', target: 'passes_48h', features: MV, normalize: 'standard', ...extra });
const mvRun = (extra: Obj = {}) => ({ csv: '../data/movements.csv', target: 'run_minutes', features: MV, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const lo = (extra: Obj = {}) => ({ csv: '../data/locos.csv', target: 'fault', features: LO, normalize: 'standard', ...extra });
const sw = (extra: Obj = {}) => ({ csv: '../data/shop-weeks.csv', target: 'takings_eur', features: SW, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const tt = (extra: Obj = {}) => ({ csv: '../data/track-tests.csv', target: 'derailed', features: TT, normalize: 'standard', ...extra });
const b = (builtin: string, extra: Obj = {}) => ({ builtin, ...extra });

const D = (units: number, activation = 'linear', extra: Obj = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const O = (type: string, lr: number, extra: Obj = {}) => ({ type, lr, ...extra });
const T = (epochs: number, batchSize: number, extra: Obj = {}) => ({ epochs, batchSize, ...extra });

function spec(file: string, seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj): void {
  const name = file.replace(/\.nn\.json$/, '');
  fs.writeFileSync(path.join(out, file.endsWith('.nn.json') ? file : `${file}.nn.json`), JSON.stringify({ name, seed, data, layers, loss, optimizer, training }, null, 2) + '\n');
}
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), text);
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.optimizer-adamw', 2071, mv(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('adamw', 0.001), T(80, 32));
spec('invalid-spec.loss-keras-name', 2072, lo(), [D(24, 'relu'), D(4, 'softmax')], 'categorical_crossentropy', O('adam', 0.003), T(80, 32));
spec('invalid-spec.dropout-percent', 2073, tt(), [D(16, 'relu'), drop(30), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(80, 16));
spec('invalid-spec.activation-swish', 2074, sw(), [D(16, 'swish'), D(1)], 'mse', O('rmsprop', 0.002), T(100, 16));
spec('invalid-spec.batchsize-zero', 2075, mvRun(), [D(12, 'tanh'), D(1)], 'mse', O('sgd', 0.02, { momentum: 0.9 }), T(100, 0));
spec('invalid-spec.validation-whole', 2076, lo(), [D(20, 'elu'), D(4, 'softmax')], 'cce', O('adam', 0.002), T(80, 32, { validationSplit: 1.2 }));
spec('invalid-spec.units-fraction', 2077, tt(), [D(7.5, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(80, 32));
raw('invalid-spec.trailing-comma', `{
  "name": "locos-repair-triage",
  "seed": 2078,
  "data": { "csv": "../data/locos.csv", "target": "fault", "features": ${JSON.stringify(LO)}, "normalize": "standard" },
  "layers": [
    { "type": "dense", "units": 16, "activation": "relu" },
    { "type": "dense", "units": 4, "activation": "softmax" },
  ],
  "loss": "cce",
  "optimizer": { "type": "adam", "lr": 0.003 },
  "training": { "epochs": 60, "batchSize": 32 }
}
`);

// data-error
spec('data-error.file-typo', 2081, { ...mv(), csv: '../data/movement.csv' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(80, 32));
spec('data-error.target-renamed', 2082, mv({ target: 'passed_48h' }), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(80, 32));
spec('data-error.serial-as-feature', 2083, mv({ features: ['serial', ...MV] }), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(80, 32));
spec('data-error.na-readings', 2084, { ...mv(), csv: '../data/movements-gaps.csv' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(80, 32));
spec('data-error.date-feature', 2085, lo({ features: ['received', ...LO] }), [D(16, 'relu'), D(4, 'softmax')], 'cce', O('adam', 0.003), T(80, 32));
spec('data-error.outside-workspace', 2086, { ...sw(), csv: '../../../../../../home/shop/exports/shop-weeks.csv' }, [D(16, 'relu'), D(1)], 'mse', O('adam', 0.003), T(80, 16));
spec('data-error.feature-typo', 2087, tt({ features: ['curve_radius', 'speed_scale_kmh', 'load_g', 'coupling_play_mm', 'lubed'] }), [D(12, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(80, 32));

// shape-mismatch
spec('shape-mismatch.three-fault-classes', 2091, lo(), [D(24, 'relu'), D(3, 'softmax')], 'cce', O('adam', 0.003), T(80, 32));
spec('shape-mismatch.bce-two-units', 2092, tt(), [D(16, 'relu'), D(2, 'sigmoid')], 'bce', O('adam', 0.003), T(80, 32));
spec('shape-mismatch.run-minutes-two-heads', 2093, mvRun(), [D(16, 'relu'), D(2)], 'mse', O('adam', 0.003), T(80, 32));
spec('shape-mismatch.iris-two-units', 2094, b('iris', { normalize: 'standard' }), [D(10, 'tanh'), D(2, 'softmax')], 'cce', O('adam', 0.01), T(100, 16));

// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', 2101, mv(), [D(16, 'relu'), D(1)], 'bce', O('adam', 0.003), T(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', 2102, lo(), [D(24, 'relu'), D(4, 'sigmoid')], 'cce', O('adam', 0.003), T(100, 32));
spec('loss-activation-mismatch.mse-softmax-run', 2103, mvRun(), [D(16, 'relu'), D(1, 'softmax')], 'mse', O('adam', 0.003), T(100, 32));
spec('loss-activation-mismatch.sigmoid-head-raw-takings', 2104, sw({ normalizeTarget: 'none' }), [D(16, 'relu'), D(1, 'sigmoid')], 'mse', O('adam', 0.003), T(100, 16));
spec('loss-activation-mismatch.relu-head-standardised-target', 2105, mvRun(), [D(16, 'tanh'), D(1, 'relu')], 'mse', O('adam', 0.003), T(150, 32));

// init-symmetry
spec('init-symmetry.zeros-hidden', 2111, mv(), [D(16, 'tanh', { init: 'zeros' }), D(1, 'sigmoid', { init: 'zeros' })], 'bce', O('sgd', 0.05, { momentum: 0.9 }), T(100, 32));
spec('init-symmetry.constant-tanh', 2112, lo(), [D(12, 'tanh', { init: 'constant', value: 0.1 }), D(12, 'tanh', { init: 'constant', value: 0.1 }), D(4, 'softmax')], 'cce', O('adam', 0.003), T(100, 32));
spec('init-symmetry.zeros-sigmoid-track', 2113, tt(), [D(10, 'sigmoid', { init: 'zeros' }), D(1, 'sigmoid')], 'bce', O('rmsprop', 0.003), T(100, 16));
spec('init-symmetry.constant-relu-takings', 2114, sw(), [D(20, 'relu', { init: 'constant', value: 0.05 }), D(1)], 'mse', O('adam', 0.003), T(150, 16));

spec('init-symmetry.zeros-two-tanh-track', 2115, tt(), [D(16, 'tanh', { init: 'zeros' }), D(8, 'tanh', { init: 'zeros' }), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(100, 32));
// init-scale
spec('init-scale.std-ten-tanh', 2121, mv(), [D(32, 'tanh', { init: 'normal', std: 10 }), D(16, 'tanh', { init: 'normal', std: 10 }), D(1, 'sigmoid')], 'bce', O('adam', 0.001), T(100, 32));
spec('init-scale.tiny-uniform-deep', 2122, lo(), [D(24, 'relu', { init: 'uniform', limit: 1e-6 }), D(24, 'relu', { init: 'uniform', limit: 1e-6 }), D(24, 'relu', { init: 'uniform', limit: 1e-6 }), D(4, 'softmax', { init: 'uniform', limit: 1e-6 })], 'cce', O('sgd', 0.05, { momentum: 0.9 }), T(80, 32));
spec('init-scale.std-fifty-relu', 2123, sw(), [D(32, 'relu', { init: 'normal', std: 50 }), D(16, 'relu', { init: 'normal', std: 50 }), D(1)], 'mse', O('adam', 0.001), T(100, 16));

// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', 2131, b('moons', { samples: 300, noise: 0.15 }), [D(16), D(16), D(1, 'sigmoid')], 'bce', O('adam', 0.01), T(150, 32));
spec('no-nonlinearity.linear-hidden-circles', 2132, b('circles', { samples: 300, noise: 0.05 }), [D(32, 'linear'), D(32, 'linear'), D(8, 'linear'), D(1, 'sigmoid')], 'bce', O('rmsprop', 0.003), T(150, 32));
spec('no-nonlinearity.linear-xor', 2133, b('xor', { samples: 300 }), [D(12), D(12), D(1, 'sigmoid')], 'bce', O('sgd', 0.1, { momentum: 0.9 }), T(150, 16));
spec('no-nonlinearity.linear-spirals', 2134, b('spirals', { samples: 300, classes: 3 }), [D(32), D(32), D(3, 'softmax')], 'cce', O('adam', 0.01), T(150, 32));

// lr-out-of-range
spec('lr-out-of-range.lr-zero', 2141, mv(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0), T(80, 32));
spec('lr-out-of-range.negative-lr', 2142, tt(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('sgd', -0.01, { momentum: 0.9 }), T(80, 32));
spec('lr-out-of-range.adam-lr-fifty', 2143, lo(), [D(24, 'relu'), D(4, 'softmax')], 'cce', O('adam', 50), T(80, 32));
spec('lr-out-of-range.sgd-lr-thousand', 2144, mvRun(), [D(16, 'tanh'), D(1)], 'mse', O('sgd', 1000), T(80, 32));

// dead-relu
spec('dead-relu.negative-bias', 2151, mv(), [D(32, 'relu', { bias: -6 }), D(16, 'relu', { bias: -6 }), D(1, 'sigmoid')], 'bce', O('adam', 0.001), T(100, 32));
spec('dead-relu.sgd-kick', 2152, lo(), [D(32, 'relu'), D(32, 'relu'), D(4, 'softmax')], 'cce', O('sgd', 1.5), T(60, 8));
spec('dead-relu.bias-minus-ten-track', 2153, tt(), [D(24, 'relu', { bias: -10 }), D(1, 'sigmoid')], 'bce', O('rmsprop', 0.001), T(100, 32));
spec('dead-relu.raw-beat-negative-bias', 2154, mvRun(), [D(16, 'relu', { bias: -4 }), D(16, 'relu', { bias: -4 }), D(1)], 'mse', O('sgd', 0.01, { momentum: 0.9 }), T(100, 32));

// exploding-gradient
spec('exploding-gradient.raw-takings-sgd', 2161, sw({ normalize: 'none', normalizeTarget: 'none' }), [D(16, 'relu'), D(1)], 'mse', O('sgd', 0.001), T(50, 16));
spec('exploding-gradient.raw-beat-momentum', 2162, mvRun({ normalize: 'none', normalizeTarget: 'none' }), [D(16, 'relu'), D(8, 'relu'), D(1)], 'mse', O('sgd', 0.0001, { momentum: 0.9 }), T(50, 32));
spec('exploding-gradient.deep-big-init', 2163, lo(), [D(32, 'relu', { init: 'normal', std: 1 }), D(32, 'relu', { init: 'normal', std: 1 }), D(32, 'relu', { init: 'normal', std: 1 }), D(32, 'relu', { init: 'normal', std: 1 }), D(4, 'softmax')], 'cce', O('sgd', 0.01), T(40, 32));
spec('exploding-gradient.raw-takings-target-momentum', 2164, sw({ normalizeTarget: 'none' }), [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', O('sgd', 0.01, { momentum: 0.9 }), T(40, 8));

// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid', 2171, mv(), [D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', O('sgd', 0.01), T(60, 32));
spec('vanishing-gradient.deep-tanh-small-init', 2172, lo(), [D(24, 'tanh', { init: 'normal', std: 0.01 }), D(24, 'tanh', { init: 'normal', std: 0.01 }), D(24, 'tanh', { init: 'normal', std: 0.01 }), D(24, 'tanh', { init: 'normal', std: 0.01 }), D(24, 'tanh', { init: 'normal', std: 0.01 }), D(4, 'softmax')], 'cce', O('sgd', 0.05), T(60, 32));
spec('vanishing-gradient.sigmoid-tower-track', 2173, tt(), [D(12, 'sigmoid'), D(12, 'sigmoid'), D(12, 'sigmoid'), D(12, 'sigmoid'), D(12, 'sigmoid'), D(12, 'sigmoid'), D(1, 'sigmoid')], 'bce', O('sgd', 0.05, { momentum: 0.5 }), T(60, 16));

// nan-loss
spec('nan-loss.raw-takings-high-lr', 2181, sw({ normalize: 'none', normalizeTarget: 'none' }), [D(16, 'relu'), D(1)], 'mse', O('sgd', 0.05), T(50, 16));
spec('nan-loss.raw-beat-momentum-batch8', 2182, mvRun({ normalize: 'none', normalizeTarget: 'none' }), [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', O('sgd', 0.01, { momentum: 0.9 }), T(50, 8));
spec('nan-loss.huge-init-takings', 2183, sw({ normalizeTarget: 'none' }), [D(64, 'relu', { init: 'normal', std: 1e6 }), D(64, 'relu', { init: 'normal', std: 1e6 }), D(1, 'linear', { init: 'normal', std: 1e6 })], 'mse', O('adam', 0.001), T(30, 32));
spec('nan-loss.stall-current-sgd-momentum', 2184, lo({ normalize: 'none' }), [D(32, 'relu'), D(4, 'softmax')], 'cce', O('sgd', 0.5, { momentum: 0.9 }), T(50, 16));

// lr-too-high
spec('lr-too-high.adam-half', 2191, lo(), [D(32, 'relu'), D(16, 'relu'), D(4, 'softmax')], 'cce', O('adam', 0.5), T(80, 32));
spec('lr-too-high.sgd-two-moons', 2192, b('moons', { samples: 300, noise: 0.2 }), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', O('sgd', 8), T(80, 32));
spec('lr-too-high.rmsprop-point-three', 2193, mvRun(), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', O('rmsprop', 0.3), T(80, 32));
spec('lr-too-high.momentum-sgd-takings', 2194, sw(), [D(24, 'tanh'), D(1)], 'mse', O('sgd', 0.5, { momentum: 0.95 }), T(80, 16));
spec('lr-too-high.adam-one-track', 2195, tt(), [D(24, 'elu'), D(24, 'elu'), D(1, 'sigmoid')], 'bce', O('adam', 1), T(80, 32));

// lr-too-low
spec('lr-too-low.sgd-tiny', 2201, mv(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('sgd', 1e-5), T(100, 32));
spec('lr-too-low.adam-micro', 2202, lo(), [D(24, 'relu'), D(4, 'softmax')], 'cce', O('adam', 1e-6), T(100, 32));
spec('lr-too-low.rmsprop-micro', 2203, sw(), [D(16, 'tanh'), D(1)], 'mse', O('rmsprop', 2e-6), T(100, 16));
spec('lr-too-low.nesterov-crawl', 2204, tt(), [D(16, 'elu'), D(1, 'sigmoid')], 'bce', O('sgd', 1e-6, { momentum: 0.9, nesterov: true }), T(120, 32));
spec('lr-too-low.full-batch-sgd', 2205, mvRun(), [D(24, 'relu'), D(1)], 'mse', O('sgd', 1e-4), T(150, 420));

// saturated-activation
spec('saturated-activation.sigmoid-raw-beat', 2211, mv({ normalize: 'none' }), [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(100, 32));
spec('saturated-activation.tanh-raw-locos', 2212, lo({ normalize: 'none' }), [D(24, 'tanh'), D(4, 'softmax')], 'cce', O('adam', 0.003), T(100, 32));
spec('saturated-activation.sigmoid-bias-eight', 2213, tt(), [D(16, 'sigmoid', { bias: 8 }), D(16, 'sigmoid', { bias: 8 }), D(1, 'sigmoid')], 'bce', O('sgd', 0.05), T(100, 32));
spec('saturated-activation.tanh-raw-footfall', 2214, sw({ normalize: 'none' }), [D(16, 'tanh'), D(1)], 'mse', O('rmsprop', 0.001), T(100, 16));

// loss-plateau
spec('loss-plateau.heavy-weight-decay', 2221, lo(), [D(32, 'relu'), D(4, 'softmax')], 'cce', O('adam', 0.003, { weightDecay: 5 }), T(100, 32));
spec('loss-plateau.one-unit-bottleneck-spirals', 2222, b('spirals', { samples: 300, classes: 3 }), [D(1, 'tanh'), D(3, 'softmax')], 'cce', O('adam', 0.01), T(150, 32));
spec('loss-plateau.dropout-ninety-five', 2223, mvRun(), [D(16, 'relu'), drop(0.95), D(16, 'relu'), drop(0.95), D(1)], 'mse', O('adam', 0.003), T(100, 32));
spec('loss-plateau.decay-sgd-takings', 2224, sw(), [D(16, 'tanh'), D(1)], 'mse', O('sgd', 0.05, { momentum: 0.9, weightDecay: 3 }), T(100, 16));

// oscillating-loss
spec('oscillating-loss.batch-one-sgd', 2231, tt(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('sgd', 0.8), T(60, 1));
spec('oscillating-loss.full-batch-momentum', 2232, mvRun(), [D(16, 'tanh'), D(1)], 'mse', O('sgd', 0.35, { momentum: 0.95 }), T(120, 420));
spec('oscillating-loss.adam-small-batches', 2233, lo(), [D(32, 'relu'), D(4, 'softmax')], 'cce', O('adam', 0.08), T(80, 4));
spec('oscillating-loss.rmsprop-batch-two', 2234, sw(), [D(16, 'relu'), D(1)], 'mse', O('rmsprop', 0.05), T(80, 2));

// ---------------- healthy ----------------
spec('ok.movements-adam-relu', 3001, mv(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(100, 32));
spec('ok.movements-momentum-tanh', 3002, mv(), [D(24, 'tanh'), D(12, 'tanh'), D(1, 'sigmoid')], 'bce', O('sgd', 0.03, { momentum: 0.9 }), T(100, 32));
spec('ok.movements-rmsprop-dropout', 3003, mv({ normalize: 'minmax' }), [D(32, 'relu'), drop(0.2), D(1, 'sigmoid')], 'bce', O('rmsprop', 0.002), T(120, 16, { validationSplit: 0.2 }));
spec('ok.movements-nesterov-elu', 3004, mv(), [D(20, 'elu'), D(20, 'elu'), D(1, 'sigmoid')], 'bce', O('sgd', 0.02, { momentum: 0.9, nesterov: true }), T(100, 16));
spec('ok.run-minutes-adam', 3005, mvRun(), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', O('adam', 0.003), T(150, 32));
spec('ok.run-minutes-linear-regression', 3006, mvRun(), [D(1)], 'mse', O('sgd', 0.05), T(100, 32));
spec('ok.run-minutes-sgd-batch-one', 3007, mvRun(), [D(8, 'tanh'), D(1)], 'mse', O('sgd', 0.003), T(40, 1));
spec('ok.run-minutes-batchnorm', 3008, mvRun({ normalize: 'minmax' }), [D(32, 'relu', { batchNorm: true }), D(16, 'relu', { batchNorm: true }), D(1)], 'mse', O('adam', 0.003), T(100, 32, { validationSplit: 0.15 }));
spec('ok.locos-adam-relu', 3009, lo(), [D(32, 'relu'), D(4, 'softmax')], 'cce', O('adam', 0.003), T(120, 32));
spec('ok.locos-deep-leaky', 3010, lo(), [D(32, 'leaky_relu'), D(32, 'leaky_relu'), D(16, 'leaky_relu'), D(4, 'softmax')], 'cce', O('adam', 0.001), T(150, 32, { validationSplit: 0.2 }));
spec('ok.locos-momentum-tanh', 3011, lo(), [D(24, 'tanh'), D(4, 'softmax')], 'cce', O('sgd', 0.05, { momentum: 0.9 }), T(150, 16));
spec('ok.locos-rmsprop-weight-decay', 3012, lo({ normalize: 'minmax' }), [D(48, 'relu'), drop(0.1), D(4, 'softmax')], 'cce', O('rmsprop', 0.002, { weightDecay: 1e-4 }), T(150, 32));
spec('ok.locos-full-batch-adam', 3013, lo(), [D(32, 'elu'), D(4, 'softmax')], 'cce', O('adam', 0.02), T(300, 480));
spec('ok.locos-clipnorm-sgd', 3014, lo(), [D(32, 'relu'), D(16, 'relu'), D(4, 'softmax')], 'cce', O('sgd', 0.1, { clipNorm: 1 }), T(150, 32));
spec('ok.takings-adam', 3015, sw(), [D(16, 'relu'), D(1)], 'mse', O('adam', 0.005), T(150, 16));
spec('ok.takings-linear-full-batch', 3016, sw(), [D(1)], 'mse', O('sgd', 0.1), T(200, 300));
spec('ok.takings-tanh-nesterov', 3017, sw({ normalize: 'minmax' }), [D(24, 'tanh'), D(1)], 'mse', O('sgd', 0.05, { momentum: 0.9, nesterov: true }), T(200, 32));
spec('ok.takings-rmsprop-batchnorm', 3018, sw(), [D(32, 'elu', { batchNorm: true }), D(1)], 'mse', O('rmsprop', 0.003), T(120, 32, { validationSplit: 0.2 }));
spec('ok.takings-minmax-target', 3019, sw({ normalizeTarget: 'minmax' }), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', O('adam', 0.002), T(150, 16));
spec('ok.track-adam', 3020, tt(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.003), T(100, 32));
spec('ok.track-logistic', 3021, tt(), [D(1, 'sigmoid')], 'bce', O('sgd', 0.2), T(150, 32));
spec('ok.track-deep-elu-clip', 3022, tt(), [D(32, 'elu'), D(32, 'elu'), D(16, 'elu'), D(1, 'sigmoid')], 'bce', O('adam', 0.001, { clipNorm: 5 }), T(100, 16, { validationSplit: 0.2 }));
spec('ok.track-rmsprop-minmax', 3023, tt({ normalize: 'minmax' }), [D(24, 'tanh'), D(1, 'sigmoid')], 'bce', O('rmsprop', 0.003), T(120, 8));
spec('ok.track-sgd-batch-one', 3024, tt(), [D(8, 'relu'), D(1, 'sigmoid')], 'bce', O('sgd', 0.01), T(40, 1));
spec('ok.iris-adam', 3025, b('iris', { normalize: 'standard' }), [D(16, 'relu'), D(3, 'softmax')], 'cce', O('adam', 0.01), T(150, 16));
spec('ok.iris-sigmoid-momentum', 3026, b('iris', { normalize: 'minmax' }), [D(12, 'sigmoid'), D(3, 'softmax')], 'cce', O('sgd', 0.3, { momentum: 0.9 }), T(200, 16));
spec('ok.moons-tanh-rmsprop', 3027, b('moons', { samples: 300, noise: 0.15 }), [D(16, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], 'bce', O('rmsprop', 0.005), T(150, 32));
spec('ok.circles-relu-adam', 3028, b('circles', { samples: 300, noise: 0.05 }), [D(24, 'relu'), D(12, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.01), T(200, 32));
spec('ok.xor-elu-nesterov', 3029, b('xor', { samples: 300 }), [D(16, 'elu'), D(1, 'sigmoid')], 'bce', O('sgd', 0.05, { momentum: 0.9, nesterov: true }), T(200, 16));
spec('ok.spirals-deep-adam', 3030, b('spirals', { samples: 300, classes: 3 }), [D(64, 'relu'), D(64, 'relu'), D(3, 'softmax')], 'cce', O('adam', 0.005), T(300, 32));
spec('ok.blobs-four-sgd', 3031, b('blobs', { samples: 400, classes: 4 }), [D(8, 'relu'), D(4, 'softmax')], 'cce', O('sgd', 0.1), T(100, 32));
spec('ok.sine-tanh-adam', 3032, b('sine', { samples: 300, noise: 0.05 }), [D(32, 'tanh'), D(32, 'tanh'), D(1)], 'mse', O('adam', 0.005), T(300, 32));
spec('ok.sine-elu-rmsprop', 3033, b('sine', { samples: 300, noise: 0.05 }), [D(24, 'elu'), D(1)], 'mse', O('rmsprop', 0.005), T(300, 16));
spec('ok.movements-long-small-lr', 3034, mv(), [D(12, 'relu'), D(12, 'relu'), D(1, 'sigmoid')], 'bce', O('adam', 0.0003), T(400, 32));
spec('ok.locos-sigmoid-hidden-adam', 3035, lo(), [D(32, 'sigmoid'), D(4, 'softmax')], 'cce', O('adam', 0.01), T(200, 32));
spec('ok.takings-wide-dropout', 3036, sw(), [D(64, 'relu'), drop(0.2), D(1)], 'mse', O('adam', 0.003), T(150, 32));
spec('ok.run-minutes-rmsprop-leaky', 3037, mvRun(), [D(24, 'leaky_relu'), D(12, 'leaky_relu'), D(1)], 'mse', O('rmsprop', 0.001), T(150, 64));
spec('ok.locos-noshuffle-batch64', 3038, lo(), [D(32, 'relu'), D(4, 'softmax')], 'cce', O('adam', 0.005), T(150, 64, { shuffle: false }));
spec('ok.track-lecun-tanh', 3039, tt(), [D(16, 'tanh', { init: 'lecun_normal' }), D(8, 'tanh', { init: 'xavier_normal' }), D(1, 'sigmoid')], 'bce', O('sgd', 0.05, { momentum: 0.8 }), T(150, 32));
spec('ok.movements-he-uniform-batch128', 3040, mv(), [D(32, 'relu', { init: 'he_uniform' }), D(1, 'sigmoid')], 'bce', O('adam', 0.005), T(200, 128));
spec('ok.iris-linear-softmax', 3041, b('iris', { normalize: 'standard' }), [D(3, 'softmax')], 'cce', O('sgd', 0.1), T(200, 8));
spec('ok.moons-deep-leaky-momentum', 3042, b('moons', { samples: 300, noise: 0.1 }), [D(16, 'leaky_relu'), D(16, 'leaky_relu'), D(16, 'leaky_relu'), D(1, 'sigmoid')], 'bce', O('sgd', 0.05, { momentum: 0.9 }), T(200, 32));
spec('ok.takings-clip-sgd-decay', 3043, sw(), [D(32, 'tanh'), D(1)], 'mse', O('sgd', 0.05, { clipNorm: 2, weightDecay: 1e-4 }), T(200, 16));
spec('ok.circles-sigmoid-adam', 3044, b('circles', { samples: 300, noise: 0.05 }), [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', O('adam', 0.03), T(300, 32));
console.log(`wrote ${fs.readdirSync(out).length} candidates`);
