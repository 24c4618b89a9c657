/**
 * Writes every candidate spec of set blind272 (amusement parks and roller-coaster operators) into
 * candidates/: `npx tsx test/faults-blind272/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Obj = Record<string, unknown>;
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const RF = ['temp_c', 'rain_mm', 'attendance', 'is_weekend', 'school_holiday', 'capacity_per_hour', 'ticket_price_eur', 'staff_on_shift'];
const SF = ['vibration_g', 'brake_temp_c', 'lap_time_s', 'chain_current_a', 'wheel_temp_c', 'humidity_pct'];
const GF = ['age', 'spend_eur', 'visits_last_year', 'total_wait_min', 'height_cm', 'fastpass', 'rides_taken'];
const TF = ['hour', 'temp_c', 'promo_active', 'bus_arrivals', 'parking_occupancy'];
const rides = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/rides.csv', target: 'avg_wait_min', features: RF, normalize, normalizeTarget, ...extra });
const sensors = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/sensors.csv', target: 'status', features: SF, normalize, ...extra });
const guests = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/guests.csv', target: 'returned', features: GF, normalize, ...extra });
const turn = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/turnstiles.csv', target: 'entries', features: TF, normalize, normalizeTarget, ...extra });
const b = (builtin: string, extra: Obj = {}): Obj => ({ builtin, ...extra });
const sgd = (lr: number, extra: Obj = {}): Obj => ({ type: 'sgd', lr, ...extra });
const adam = (lr: number, extra: Obj = {}): Obj => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: Obj = {}): Obj => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

let seed = 272;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}): void {
  const name = file;
  const body = { name, seed: seed++ % 997, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(OUT, `${file}.nn.json`), text);
}

// ---------------- invalid-spec ----------------
spec('invalid-spec.adamw-optimizer', rides(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(100, 32));
spec('invalid-spec.relu-capital', sensors(), [d(16, 'ReLU'), d(3, 'softmax')], 'cce', adam(0.01), tr(80, 32));
spec('invalid-spec.dropout-rate-percent', guests(), [d(32, 'relu'), drop(30), d(1, 'sigmoid')], 'bce', adam(0.005), tr(60, 32));
spec('invalid-spec.keras-loss-name', sensors(), [d(24, 'tanh'), d(3, 'softmax')], 'categorical_crossentropy', rms(0.005), tr(60, 16));
spec('invalid-spec.batch-size-zero', turn(), [d(16, 'elu'), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), tr(100, 0));
raw('invalid-spec.trailing-comma', `{
  "name": "coaster-brake-status",
  "data": { "csv": "../data/sensors.csv", "target": "status", "normalize": "standard", },
  "layers": [ { "type": "dense", "units": 16, "activation": "relu" }, { "type": "dense", "units": 3, "activation": "softmax" } ],
  "loss": "cce",
  "optimizer": { "type": "adam", "lr": 0.01 },
  "training": { "epochs": 60, "batchSize": 32 }
}
`);

// ---------------- data-error ----------------
spec('data-error.next-season-file-missing', { ...rides(), csv: '../data/rides_2024.csv' }, [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.target-renamed', { ...rides(), target: 'wait_minutes' }, [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.ride-id-as-feature', rides('standard', 'standard', { features: ['ride_id', ...RF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.survey-gaps', { ...guests(), csv: '../data/guests-gaps.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(80, 32));
spec('data-error.shared-drive-path', { ...sensors(), csv: '../../../../../../mnt/park-share/sensors.csv' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(60, 32));
spec('data-error.timestamp-feature', sensors('standard', { features: ['timestamp', ...SF] }), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(60, 32));

// ---------------- shape-mismatch ----------------
spec('shape-mismatch.two-status-units', sensors(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(60, 32));
spec('shape-mismatch.bce-two-units', guests(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.005), tr(60, 32));
spec('shape-mismatch.wait-three-outputs', rides(), [d(32, 'relu'), d(3)], 'mse', adam(0.003), tr(100, 32));
spec('shape-mismatch.iris-four-units', b('iris', { normalize: 'standard' }), [d(8, 'tanh'), d(4, 'softmax')], 'cce', adam(0.01), tr(100, 16));
spec('shape-mismatch.blobs-five-classes-three-units', b('blobs', { classes: 5, samples: 300 }), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.1, { momentum: 0.9 }), tr(80, 32));

// ---------------- loss-activation-mismatch ----------------
spec('loss-activation-mismatch.bce-linear-head', guests(), [d(16, 'relu'), d(1)], 'bce', adam(0.005), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', sensors(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', adam(0.01), tr(60, 32));
spec('loss-activation-mismatch.sigmoid-head-raw-minutes', rides('standard', 'none'), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.relu-head-standardized', turn(), [d(16, 'tanh'), d(1, 'relu')], 'mse', adam(0.01), tr(150, 32));
spec('loss-activation-mismatch.bce-softmax-one-unit', b('moons', { samples: 300 }), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.01), tr(100, 32));
spec('loss-activation-mismatch.tanh-head-standardized-wait', rides(), [d(24, 'relu'), d(1, 'tanh')], 'mse', rms(0.003), tr(120, 32));

// ---------------- init-symmetry ----------------
spec('init-symmetry.zeros-hidden', rides(), [d(32, 'relu', { init: { name: 'zeros' } }), d(1, 'linear', { init: { name: 'zeros' } })], 'mse', adam(0.003), tr(100, 32));
spec('init-symmetry.constant-tanh', sensors(), [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(3, 'softmax')], 'cce', sgd(0.1, { momentum: 0.9 }), tr(80, 32));
spec('init-symmetry.zeros-sigmoid-two-layers', guests(), [d(16, 'sigmoid', { init: { name: 'zeros' } }), d(8, 'sigmoid', { init: { name: 'zeros' } }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(80, 32));
spec('init-symmetry.constant-half-wide', turn(), [d(32, 'elu', { init: { name: 'constant', value: 0.5 } }), d(1, 'linear', { init: { name: 'constant', value: 0.5 } })], 'mse', rms(0.001), tr(150, 16));

// ---------------- init-scale ----------------
spec('init-scale.normal-std-10', guests(), [d(32, 'relu', { init: { name: 'normal', std: 10 } }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
spec('init-scale.tanh-std-5', sensors(), [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(16, 'tanh', { init: { name: 'normal', std: 5 } }), d(3, 'softmax')], 'cce', sgd(0.05), tr(80, 32));
spec('init-scale.uniform-1e-5-deep', b('moons', { samples: 300 }), [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(1, 'sigmoid', { init: { name: 'uniform', limit: 1e-5 } })], 'bce', sgd(0.05), tr(100, 32));
spec('init-scale.normal-std-1e-4-relu', rides(), [d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(1, 'linear', { init: { name: 'normal', std: 1e-4 } })], 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.uniform-limit-8', turn(), [d(24, 'elu', { init: { name: 'uniform', limit: 8 } }), d(1, 'linear', { init: { name: 'uniform', limit: 8 } })], 'mse', sgd(0.01), tr(100, 32));

// ---------------- no-nonlinearity ----------------
spec('no-nonlinearity.linear-stack-moons', b('moons', { samples: 400, noise: 0.1 }), [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
spec('no-nonlinearity.forgot-activation-circles', b('circles', { samples: 400 }), [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
spec('no-nonlinearity.linear-hidden-sensors', sensors(), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', rms(0.003), tr(100, 32));
spec('no-nonlinearity.linear-deep-turnstiles', turn(), [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(1)], 'mse', adam(0.003), tr(150, 32));

// ---------------- lr-out-of-range ----------------
spec('lr-out-of-range.zero-lr', rides(), [d(32, 'relu'), d(1)], 'mse', adam(0), tr(100, 32));
spec('lr-out-of-range.negative-lr', guests(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(-0.01), tr(80, 32));
spec('lr-out-of-range.adam-lr-50', sensors(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(50), tr(60, 32));
spec('lr-out-of-range.sgd-lr-500', turn(), [d(16, 'tanh'), d(1)], 'mse', sgd(500), tr(100, 32));

// ---------------- dead-relu ----------------
spec('dead-relu.negative-bias', guests(), [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
spec('dead-relu.bias-minus-ten-deep', rides(), [d(32, 'relu'), d(32, 'relu', { bias: -10 }), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 32));
spec('dead-relu.big-sgd-step-kills', sensors(), [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(3), tr(60, 16));
spec('dead-relu.raw-attendance-relu', rides('none', 'standard'), [d(32, 'relu'), d(1)], 'mse', sgd(0.001), tr(80, 32));
spec('dead-relu.constant-negative-init', turn(), [d(24, 'relu', { init: { name: 'uniform', limit: 0.05 }, bias: -3 }), d(1)], 'mse', rms(0.001), tr(100, 32));

// ---------------- exploding-gradient ----------------
spec('exploding-gradient.raw-features-sgd', rides('none', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(1e-6), tr(50, 32));
spec('exploding-gradient.raw-entries-target', turn('standard', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(80, 32));
spec('exploding-gradient.deep-std-1', guests(), [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1 } })], 'bce', sgd(0.01), tr(60, 32));
spec('exploding-gradient.raw-minutes-deep-linear-out', rides('standard', 'none'), [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), tr(60, 16));

// ---------------- vanishing-gradient ----------------
spec('vanishing-gradient.eight-sigmoids', guests(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', sgd(0.05), tr(100, 32));
spec('vanishing-gradient.ten-tanh-small-init', sensors(), Array.from({ length: 10 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(3, 'softmax')]), 'cce', sgd(0.05, { momentum: 0.9 }), tr(80, 32));
spec('vanishing-gradient.sigmoid-deep-regression', turn(), Array.from({ length: 7 }, () => d(12, 'sigmoid')).concat([d(1)]), 'mse', sgd(0.02), tr(120, 32));
spec('vanishing-gradient.sigmoid-deep-moons', b('moons', { samples: 300 }), Array.from({ length: 9 }, () => d(10, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', rms(0.0003), tr(100, 32));

// ---------------- nan-loss ----------------
spec('nan-loss.raw-rides-sgd', rides('none', 'none'), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(50, 32));
spec('nan-loss.raw-entries-adam-huge', turn('none', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(0.1, { momentum: 0.9 }), tr(50, 16));
spec('nan-loss.rmsprop-lr-5', rides(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(5), tr(50, 8));
spec('nan-loss.sgd-lr-10-raw-guests', guests('none'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(10), tr(50, 32));

// ---------------- lr-too-high ----------------
spec('lr-too-high.adam-0p5-guests', guests(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.5), tr(80, 32));
spec('lr-too-high.sgd-2-turnstiles', turn(), [d(16, 'tanh'), d(1)], 'mse', sgd(2), tr(100, 32));
spec('lr-too-high.rmsprop-0p3-sensors', sensors(), [d(32, 'relu'), d(3, 'softmax')], 'cce', rms(0.3), tr(60, 32));
spec('lr-too-high.momentum-0p99-lr-0p5', rides(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.5, { momentum: 0.99 }), tr(80, 32));
spec('lr-too-high.nesterov-lr-1-iris', b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(1, { momentum: 0.9, nesterov: true }), tr(100, 8));

// ---------------- lr-too-low ----------------
spec('lr-too-low.sgd-1e-5-sensors', sensors(), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(1e-5), tr(80, 32));
spec('lr-too-low.adam-1e-6-rides', rides(), [d(32, 'relu'), d(1)], 'mse', adam(1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-1e-6-guests', guests(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(1e-6), tr(80, 32));
spec('lr-too-low.momentum-1e-5-turnstiles', turn(), [d(24, 'elu'), d(1)], 'mse', sgd(1e-5, { momentum: 0.9 }), tr(100, 16));

// ---------------- saturated-activation ----------------
spec('saturated-activation.sigmoid-raw-attendance', rides('none', 'standard'), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80, 32));
spec('saturated-activation.tanh-raw-sensors', sensors('none'), [d(32, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9 }), tr(80, 32));
spec('saturated-activation.sigmoid-bias-12', guests(), [d(16, 'sigmoid', { bias: 12 }), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(80, 32));
spec('saturated-activation.tanh-raw-spend', guests('none'), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(80, 32));

// ---------------- loss-plateau ----------------
spec('loss-plateau.xor-sigmoid-sgd', b('xor', { samples: 300 }), [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(200, 32));
spec('loss-plateau.spirals-tanh-slow', b('spirals', { samples: 300 }), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(200, 32));
spec('loss-plateau.circles-two-relu-units', b('circles', { samples: 400 }), [d(2, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.02), tr(200, 32));
spec('loss-plateau.sensors-sigmoid-sgd-full-batch', sensors(), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.05), tr(200, 480));

spec('loss-plateau.circles-sigmoid-hidden-sgd', b('circles', { samples: 400 }), [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(250, 32));
spec('loss-plateau.xor-tanh-full-batch-sgd', b('xor', { samples: 400 }), [d(3, 'tanh', { init: { name: 'xavier_normal' } }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.5 }), tr(300, 400));

// ---------------- oscillating-loss ----------------
spec('oscillating-loss.momentum-batch-1', rides(), [d(16, 'relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.95 }), tr(40, 1));
spec('oscillating-loss.adam-0p05-batch-4', turn(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(60, 4));
spec('oscillating-loss.rmsprop-full-batch', b('moons', { samples: 300 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.1), tr(150, 300));
spec('oscillating-loss.sgd-0p8-full-batch', guests(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(8), tr(150, 500));

// ================= healthy =================
spec('ok.rides-adam-relu', rides(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
spec('ok.rides-export-semicolon', { csv: '../data/rides-export.csv', target: 'avg_wait_min', features: RF, normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'elu'), d(1)], 'mse', adam(0.005), tr(150, 32));
spec('ok.rides-minmax-rmsprop', rides('minmax', 'minmax'), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(200, 16));
spec('ok.rides-sgd-momentum-bn', rides(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', sgd(0.02, { momentum: 0.9 }), tr(120, 32));
spec('ok.rides-nesterov-leaky', rides(), [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.rides-weight-decay-dropout', rides('standard', 'standard', { }), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.rides-batch-1-sgd', rides(), [d(8, 'tanh'), d(1)], 'mse', sgd(0.005), tr(30, 1));
spec('ok.rides-full-batch-adam', rides(), [d(32, 'relu'), d(1)], 'mse', adam(0.02), tr(400, 420));
spec('ok.rides-linear-regression', rides(), [d(1)], 'mse', sgd(0.05), tr(100, 32));
spec('ok.sensors-adam-relu', sensors(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80, 32));
spec('ok.sensors-tanh-sgd-momentum', sensors(), [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
spec('ok.sensors-rmsprop-deep-elu', sensors(), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], 'cce', rms(0.001), tr(80, 32, { validationSplit: 0.25 }));
spec('ok.sensors-minmax-bn', sensors('minmax'), [d(24, 'relu', { batchNorm: true }), drop(0.1), d(3, 'softmax')], 'cce', adam(0.003), tr(80, 16));
spec('ok.sensors-softmax-regression', sensors(), [d(3, 'softmax')], 'cce', sgd(0.1), tr(150, 32));
spec('ok.sensors-clipnorm-nesterov', sensors(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', sgd(0.03, { momentum: 0.9, nesterov: true, clipNorm: 1 }), tr(100, 32));
spec('ok.guests-adam-relu', guests(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80, 32));
spec('ok.guests-logistic-sgd', guests(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 32));
spec('ok.guests-tanh-rmsprop-val', guests(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(80, 32, { validationSplit: 0.2 }));
spec('ok.guests-minmax-momentum', guests('minmax'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), tr(120, 32));
spec('ok.guests-wd-dropout-elu', guests(), [d(32, 'elu'), drop(0.3), d(1, 'sigmoid')], 'bce', adam(0.002, { weightDecay: 5e-4 }), tr(100, 64));
spec('ok.guests-subset-features', guests('standard', { features: ['visits_last_year', 'spend_eur', 'total_wait_min', 'fastpass'] }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(80, 32));
spec('ok.turnstiles-adam-tab', turn(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(200, 32));
spec('ok.turnstiles-rmsprop-tanh', turn(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(200, 16));
spec('ok.turnstiles-minmax-elu-sgd', turn('minmax', 'minmax'), [d(32, 'elu'), d(1)], 'mse', sgd(0.1, { momentum: 0.9 }), tr(300, 32));
spec('ok.turnstiles-deep-bn', turn(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
spec('ok.iris-adam', b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
spec('ok.iris-batch-1-sgd', b('iris', { normalize: 'standard' }), [d(8, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.01), tr(40, 1));
spec('ok.moons-relu-adam', b('moons', { samples: 400 }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
spec('ok.moons-sigmoid-hidden', b('moons', { samples: 300, noise: 0.15 }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(200, 32));
spec('ok.circles-tanh-rmsprop', b('circles', { samples: 400 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 32));
spec('ok.xor-tanh-adam', b('xor', { samples: 300 }), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 32));
spec('ok.spirals-deep-relu', b('spirals', { samples: 400 }), [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300, 32));
spec('ok.blobs-four-classes', b('blobs', { classes: 4, samples: 400 }), [d(16, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(80, 32));
spec('ok.sine-tanh-regression', b('sine', { samples: 300 }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 32));
spec('ok.sine-elu-full-batch-rmsprop', b('sine', { samples: 200 }), [d(32, 'elu'), d(1)], 'mse', rms(0.005), tr(500, 200));
spec('ok.inline-coaster-height-speed', { inline: { x: [[20], [30], [40], [50], [60], [70], [80], [90], [100], [110], [120], [130]], y: [[19.8], [24.3], [28.0], [31.3], [34.3], [37.1], [39.6], [42.0], [44.3], [46.5], [48.5], [50.5]] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 12));
spec('ok.inline-height-gate', { inline: { x: [[95], [102], [110], [118], [121], [125], [130], [134], [140], [147], [99], [128], [115], [137], [122], [108]], y: [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0] }, normalize: 'standard' }, [d(1, 'sigmoid')], 'bce', adam(0.05), tr(300, 16));
spec('ok.sensors-wide-dropout-sgd', sensors(), [d(128, 'relu'), drop(0.5), d(3, 'softmax')], 'cce', sgd(0.02, { momentum: 0.9 }), tr(100, 64));
spec('ok.rides-clipnorm-adam-deep', rides(), [d(32, 'elu'), d(32, 'elu'), d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.001, { clipNorm: 5 }), tr(120, 32, { validationSplit: 0.15 }));
spec('ok.guests-lecun-elu-nesterov', guests(), [d(16, 'elu', { init: { name: 'lecun_normal' } }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9, nesterov: true }), tr(100, 16));
spec('ok.turnstiles-uniform-small-init-relu', turn(), [d(32, 'relu', { init: { name: 'he_uniform' } }), d(1, 'linear', { init: { name: 'xavier_normal' } })], 'mse', sgd(0.05), tr(200, 32));
spec('ok.moons-batch-2-rmsprop', b('moons', { samples: 200 }), [d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 2));
spec('ok.blobs-three-sgd-plain-big-lr', b('blobs', { classes: 3, samples: 300 }), [d(8, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.5), tr(80, 32));
spec('ok.rides-no-shuffle-rmsprop', rides(), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(150, 64, { shuffle: false }));
console.log(fs.readdirSync(OUT).length, 'candidates');
