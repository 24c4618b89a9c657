/**
 * Writes every candidate spec of blind set 197 (mobile phone repair shops) into candidates/:
 * `npx tsx author.ts`. Faults are `<code>.<slug>.nn.json`, healthy ones `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
const F = ['device_age_months', 'battery_cycles', 'screen_in', 'drop_height_cm', 'hours_wet', 'parts_cost_eur', 'tech_years', 'queue_len'];
const FB = ['volts', 'idle_ma', 'load_ma', 'boot_s', 'temp_c'];
const R = '../data/repairs.csv';
const csv = (target: string, o: J = {}, file = R, features = F): J => ({ csv: file, target, features, normalize: 'standard', ...o });
const mins = (o: J = {}) => csv('repair_minutes', { normalizeTarget: 'standard', ...o });
const beyond = (o: J = {}) => csv('beyond_repair', o);
const ftype = (o: J = {}) => csv('fault_type', o);
const bench = (o: J = {}) => csv('board_fault', o, '../data/bench.csv', FB);
const d = (units: number, activation = 'linear', o: J = {}): J => ({ type: 'dense', units, activation, ...o });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, o: J = {}): J => ({ type, lr, ...o });
const tr = (epochs: number, batchSize: number, o: J = {}): J => ({ epochs, batchSize, shuffle: true, ...o });
let count = 0;
function w(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/^[^.]+\./, '');
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name, seed: 197, data, layers, loss, optimizer, training, ...extra }, null, 2) + '\n');
  count++;
}

// ---------- invalid-spec ----------
w('invalid-spec.adamw-optimizer', ftype(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adamw', 0.001), tr(100, 32));
w('invalid-spec.relu-capitalised', mins(), [d(24, 'ReLU'), d(12, 'ReLU'), d(1)], 'mse', opt('adam', 0.003), tr(120, 16));
w('invalid-spec.dropout-rate-percent', beyond(), [d(16, 'relu'), drop(30), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
w('invalid-spec.keras-loss-name', ftype(), [d(20, 'tanh'), d(4, 'softmax')], 'categorical_crossentropy', opt('rmsprop', 0.002), tr(100, 32));
w('invalid-spec.validation-split-one', mins(), [d(16, 'elu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32, { validationSplit: 1 }));
w('invalid-spec.init-he-typo', bench(), [d(12, 'relu', { init: 'he_norm' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));

// ---------- data-error ----------
w('data-error.missing-monthly-file', mins({ csv: '../data/repairs-2025-04.csv' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
w('data-error.target-renamed', csv('repair_time', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
w('data-error.ticket-id-feature', csv('repair_minutes', { normalizeTarget: 'standard' }, R, ['ticket_id', ...F]), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
w('data-error.gaps-export', csv('beyond_repair', {}, '../data/repairs-gaps.csv'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
w('data-error.shared-drive-path', csv('fault_type', {}, '../../../../../srv/shop/repairs.csv'), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
w('data-error.brand-as-feature', csv('board_fault', {}, '../data/bench.csv', ['brand', ...FB]), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32));
w('data-error.timestamp-feature', csv('fault_type', {}, R, ['received_at', 'drop_height_cm', 'hours_wet', 'battery_cycles']), [d(12, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));

// ---------- shape-mismatch ----------
w('shape-mismatch.three-fault-types', ftype(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
w('shape-mismatch.two-unit-minutes', mins(), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32));
w('shape-mismatch.five-class-head', ftype(), [d(24, 'elu'), d(12, 'elu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(100, 32));
w('shape-mismatch.iris-binary-head', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));

// ---------- loss-activation-mismatch ----------
w('loss-activation-mismatch.softmax-mse', ftype(), [d(16, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32));
w('loss-activation-mismatch.bce-linear-head', beyond(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(100, 32));
w('loss-activation-mismatch.cce-sigmoid-head', ftype(), [d(16, 'tanh'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(100, 32));
w('loss-activation-mismatch.sigmoid-head-raw-minutes', csv('repair_minutes'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(100, 32));
w('loss-activation-mismatch.relu-head-standardised-minutes', mins(), [d(16, 'tanh'), d(1, 'relu', { bias: -1 })], 'mse', opt('adam', 0.003), tr(100, 32));

// ---------- init-symmetry ----------
w('init-symmetry.zeros-hidden', ftype(), [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', opt('adam', 0.005), tr(100, 32));
w('init-symmetry.constant-hidden', mins(), [d(20, 'relu', { init: 'constant', value: 0.1 }), d(1, 'linear', { init: 'constant', value: 0.1 })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
w('init-symmetry.zeros-two-layers', bench(), [d(12, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.003), tr(100, 16));

// ---------- init-scale ----------
w('init-scale.normal-std-8', ftype(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
w('init-scale.uniform-tiny-deep', mins(), [d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(1, 'linear', { init: 'uniform', limit: 1e-4 })], 'mse', opt('sgd', 0.01), tr(100, 32));
w('init-scale.normal-std-30-relu', beyond(), [d(24, 'relu', { init: 'normal', std: 30 }), d(12, 'relu', { init: 'normal', std: 30 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));

// ---------- no-nonlinearity ----------
w('no-nonlinearity.linear-stack-fault-type', ftype(), [d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
w('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
w('no-nonlinearity.linear-stack-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(24, 'linear'), d(12, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(150, 32));

// ---------- lr-out-of-range ----------
w('lr-out-of-range.adam-lr-5', ftype(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 5), tr(60, 32));
w('lr-out-of-range.sgd-lr-1e-8', mins(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-8), tr(100, 32));
w('lr-out-of-range.rmsprop-lr-20', beyond(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 20), tr(60, 32));
w('lr-out-of-range.sgd-lr-150', bench(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 150), tr(60, 32));

// ---------- dead-relu ----------
w('dead-relu.negative-bias', ftype(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(4, 'softmax')], 'cce', opt('adam', 0.001), tr(100, 32));
w('dead-relu.sgd-kick', mins(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.8), tr(100, 16));
w('dead-relu.bias-minus-ten-bench', bench(), [d(16, 'relu', { bias: -10 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));

// ---------- exploding-gradient ----------
w('exploding-gradient.raw-features-raw-minutes', csv('repair_minutes', { normalize: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(60, 32));
w('exploding-gradient.deep-normal-std1', mins(), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('sgd', 0.001), tr(60, 32));
w('exploding-gradient.raw-bench-currents', csv('board_fault', { normalize: 'none' }, '../data/bench.csv', FB), [d(16, 'elu', { init: 'normal', std: 0.5 }), d(16, 'elu', { init: 'normal', std: 0.5 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32));

// ---------- vanishing-gradient ----------
const sig8 = (o: J = {}) => Array.from({ length: 8 }, () => d(16, 'sigmoid', o));
w('vanishing-gradient.eight-sigmoid-layers', ftype(), [...sig8(), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(100, 32));
w('vanishing-gradient.deep-sigmoid-bench', bench(), [...sig8({ init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.5 }), tr(100, 32));
w('vanishing-gradient.deep-tanh-small-init', mins(), Array.from({ length: 7 }, () => d(24, 'tanh', { init: 'normal', std: 0.02 })).concat([d(1)]), 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));

// ---------- nan-loss ----------
w('nan-loss.raw-everything-sgd', csv('repair_minutes', { normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(50, 32));
w('nan-loss.adam-huge-rate-raw', csv('repair_minutes', { normalize: 'none' }), [d(16, 'linear'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 8));
w('nan-loss.rmsprop-raw-cycles', csv('repair_minutes', { normalize: 'none' }, R, ['battery_cycles', 'parts_cost_eur', 'drop_height_cm']), [d(24, 'elu'), d(24, 'elu'), d(1)], 'mse', opt('sgd', 0.02, { nesterov: true, momentum: 0.9 }), tr(50, 16));

// ---------- lr-too-high ----------
w('lr-too-high.sgd-2-beyond', beyond(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 3), tr(100, 32));
w('lr-too-high.adam-0p3-fault-type', ftype(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.3), tr(100, 32));
w('lr-too-high.rmsprop-0p2-minutes', mins(), [d(24, 'relu'), d(1)], 'mse', opt('rmsprop', 0.2), tr(100, 32));
w('lr-too-high.nesterov-1p5', bench(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), tr(100, 16));

// ---------- lr-too-low ----------
w('lr-too-low.sgd-1e-5', ftype(), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 1e-5), tr(100, 32));
w('lr-too-low.adam-1e-6', mins(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', opt('adam', 1e-6), tr(100, 32));
w('lr-too-low.rmsprop-3e-7', bench(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 3e-7), tr(100, 16));
w('lr-too-low.momentum-2e-6', ftype(), [d(24, 'elu'), d(12, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 2e-6, { momentum: 0.9 }), tr(120, 32));

// ---------- saturated-activation ----------
w('saturated-activation.sigmoid-raw-features', csv('fault_type', { normalize: 'none' }), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
w('saturated-activation.tanh-std-4', beyond(), [d(32, 'tanh', { init: 'normal', std: 4 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02), tr(100, 32));
w('saturated-activation.sigmoid-bias-9', mins(), [d(24, 'sigmoid', { bias: 9 }), d(12, 'sigmoid', { bias: 9 }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
w('saturated-activation.tanh-raw-bench', csv('board_fault', { normalize: 'none' }, '../data/bench.csv', FB), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(100, 32));

// ---------- loss-plateau ----------
w('loss-plateau.weight-decay-one', ftype(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1 }), tr(150, 32));
w('loss-plateau.dropout-0p95', mins(), [d(32, 'relu'), drop(0.95), d(32, 'relu'), drop(0.95), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
w('loss-plateau.spirals-full-batch-sgd', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(200, 300));
w('loss-plateau.clipnorm-tiny', bench(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { clipNorm: 1e-5 }), tr(150, 32));

// ---------- oscillating-loss ----------
w('oscillating-loss.batch1-sgd-high', mins(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.08), tr(60, 1, { shuffle: false }));
w('oscillating-loss.full-batch-momentum', ftype(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 1.2, { momentum: 0.95 }), tr(150, 420));
w('oscillating-loss.adam-batch4', bench(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.08), tr(100, 4));
w('oscillating-loss.rmsprop-full-batch', mins(), [d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.05), tr(150, 420));

// ---------- healthy ----------
w('ok.minutes-adam-relu', mins(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
w('ok.minutes-sgd-momentum-tanh', mins(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 16));
w('ok.minutes-rmsprop-elu-minmax', mins({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(200, 32));
w('ok.minutes-batch1-sgd', mins(), [d(12, 'relu'), d(1)], 'mse', opt('sgd', 0.003), tr(40, 1));
w('ok.minutes-full-batch-adam', mins(), [d(32, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.02), tr(400, 420));
w('ok.minutes-batchnorm-deep', mins(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('adam', 0.003), tr(120, 32, { validationSplit: 0.2 }));
w('ok.minutes-nesterov-dropout', mins(), [d(48, 'relu'), drop(0.1), d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(150, 32));
w('ok.minutes-linear-regression', mins(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
w('ok.minutes-export-semicolon', mins({ csv: '../data/repairs-export.csv' }), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 32));
w('ok.minutes-weight-decay-clip', mins(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1e-4, clipNorm: 5 }), tr(150, 32));
w('ok.minutes-three-features', csv('repair_minutes', { normalizeTarget: 'standard' }, R, ['parts_cost_eur', 'hours_wet', 'tech_years']), [d(8, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(150, 16));
w('ok.fault-type-adam', ftype(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
w('ok.fault-type-sgd-tanh', ftype(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));
w('ok.fault-type-rmsprop-dropout', ftype(), [d(64, 'elu'), drop(0.2), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(150, 16, { validationSplit: 0.15 }));
w('ok.fault-type-sigmoid-hidden', ftype(), [d(32, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32));
w('ok.fault-type-minmax-leaky', ftype({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 64));
w('ok.fault-type-batchnorm-sgd', ftype(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
w('ok.fault-type-wide-single', ftype(), [d(128, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.001), tr(120, 32));
w('ok.fault-type-export-nesterov', ftype({ csv: '../data/repairs-export.csv' }), [d(24, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 32));
w('ok.fault-type-lecun-tanh-deep', ftype(), [d(24, 'tanh', { init: 'lecun_normal' }), d(24, 'tanh', { init: 'lecun_normal' }), d(24, 'tanh', { init: 'lecun_normal' }), d(4, 'softmax')], 'cce', opt('adam', 0.002), tr(150, 32));
w('ok.fault-type-three-features', csv('fault_type', {}, R, ['drop_height_cm', 'hours_wet', 'battery_cycles']), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
w('ok.beyond-adam', beyond(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32));
w('ok.beyond-rmsprop-tanh', beyond(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(150, 32));
w('ok.bench-adam', bench(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 16));
w('ok.bench-sgd-plain', bench(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(200, 16));
w('ok.bench-logistic', bench({ normalize: 'minmax' }), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(300, 32));
w('ok.bench-elu-weight-decay', bench(), [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-3 }), tr(150, 32, { validationSplit: 0.2 }));
w('ok.bench-batch-full-rmsprop', bench(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(400, 300));
w('ok.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16));
w('ok.iris-sgd-batch1', { builtin: 'iris', normalize: 'minmax' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.02), tr(60, 1));
w('ok.moons-nesterov', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(200, 32));
w('ok.circles-tanh-rmsprop', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(200, 32));
w('ok.spirals-adam-deep', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(400, 32));
w('ok.blobs-four-classes', { builtin: 'blobs', samples: 400, classes: 4, noise: 0.1 }, [d(8, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 64));
w('ok.sine-tanh-adam', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
w('ok.xor-sigmoid-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 16));
w('ok.inline-screen-price', { inline: { x: [[5.4, 0], [5.8, 0], [6.1, 0], [6.1, 1], [6.5, 1], [6.7, 1], [6.9, 1], [5.0, 0], [6.3, 0], [6.6, 1], [6.2, 1], [5.9, 0]], y: [89, 99, 119, 189, 229, 249, 279, 79, 129, 239, 199, 109] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(4, 'elu'), d(1)], 'mse', opt('adam', 0.01), tr(300, 12));
w('ok.inline-labels-warranty', { inline: { x: [[2, 0], [4, 0], [13, 1], [20, 1], [1, 0], [26, 1], [8, 0], [30, 1], [11, 0], [15, 1], [3, 0], [22, 1]], y: ['in', 'in', 'out', 'out', 'in', 'out', 'in', 'out', 'in', 'out', 'in', 'out'] }, normalize: 'standard' }, [d(4, 'tanh'), d(2, 'softmax')], 'cce', opt('adam', 0.02), tr(200, 4));
w('ok.minutes-huge-epochs-small-lr', mins(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.0005), tr(500, 64));
w('ok.fault-type-gaps-free-subset', ftype({ normalize: 'minmax' }), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(200, 32));
w('ok.minutes-raw-target-normalized-uniform', mins(), [d(24, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', opt('sgd', 0.05), tr(150, 32));
// ---------- second pass (added after the first observation: exploding, plateau and oscillating short of candidates) ----------
w('exploding-gradient.adam-raw-units', csv('repair_minutes', { normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(60, 32));
w('exploding-gradient.sgd-tiny-lr-raw-units', csv('repair_minutes', { normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1e-6), tr(60, 32));
w('exploding-gradient.rmsprop-raw-cycles-clip-off', csv('repair_minutes', { normalize: 'none' }, R, ['battery_cycles', 'drop_height_cm', 'parts_cost_eur']), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(60, 16));
w('loss-plateau.minutes-weight-decay-half', mins(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, weightDecay: 0.5 }), tr(150, 32));
w('loss-plateau.bench-one-unit-bottleneck-decay', bench(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { weightDecay: 2 }), tr(150, 32));
w('oscillating-loss.adam-full-batch-minutes', mins(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.08), tr(150, 420));
w('oscillating-loss.sgd-batch2-fault-type', ftype(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.4), tr(80, 2));
w('oscillating-loss.momentum-full-batch-minutes', mins(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.6, { momentum: 0.9 }), tr(150, 420));
w('dead-relu.bias-minus-4-minutes', mins(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32));
console.log(`${count} candidates written`);
