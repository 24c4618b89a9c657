/**
 * Writes every candidate spec of set blind200 (dental practices and orthodontists) into candidates/:
 * `npx tsx test/faults-blind200/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const P = ['age', 'plaque_index', 'pocket_depth_mm', 'bleeding_pct', 'smoker', 'recalls_per_year', 'annual_spend_eur', 'fav_colour_code'];
const O = ['age_years', 'crowding_mm', 'overjet_mm', 'overbite_mm', 'extractions', 'aligner', 'wear_hours_day', 'compliance_score', 'shoe_size'];
const C = ['chair_minutes', 'xray_count', 'anaesthetic_ml', 'lab_fee_eur', 'surfaces', 'visits', 'hygienist'];
const B = ['lead_days', 'hour', 'prior_noshows', 'age', 'sms_reminder', 'distance_km'];
const perio = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/perio.csv', target: 'periodontitis', features: P, normalize, ...extra });
const ortho = (normalize = 'standard', normalizeTarget = 'standard', extra: J = {}): J => ({ csv: '../data/ortho.csv', target: 'months', features: O, normalize, normalizeTarget, ...extra });
const claims = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/claims.csv', target: 'procedure', features: C, normalize, ...extra });
const book = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/bookings.csv', target: 'noshow', features: B, normalize, ...extra });
const d = (units: number, activation: string, extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, shuffle: true, ...extra });

function spec(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/\.nn\.json$/, '');
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name, seed, data, layers, loss, optimizer, training, ...extra }, null, 2) + '\n');
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', 200, perio(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(80, 32));
spec('invalid-spec.swish-activation', 201, ortho(), [d(24, 'swish'), d(12, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 16));
spec('invalid-spec.dropout-rate-percent', 202, claims(), [d(32, 'relu'), drop(30), d(5, 'softmax')], 'cce', opt('adam', 0.005), tr(60, 32));
spec('invalid-spec.keras-loss-name', 203, book(), [d(8, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', opt('rmsprop', 0.002), tr(80, 32));
spec('invalid-spec.validation-split-whole', 204, perio(), [d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32, { validationSplit: 1.5 }));
// data-error
spec('data-error.last-years-export-missing', 205, { ...perio(), csv: '../data/perio-2024.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.gaps-in-charting', 206, { ...perio(), csv: '../data/perio-gaps.csv' }, [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(100, 32));
spec('data-error.bleeding-percent-sign', 207, { ...perio(), csv: '../data/perio-pct.csv' }, [d(10, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(80, 64));
spec('data-error.target-capitalised', 208, { ...ortho(), target: 'Months' }, [d(20, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('data-error.patient-id-as-feature', 209, { ...perio(), features: ['patient_id', ...P] }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.practice-share-path', 210, { ...claims(), csv: '../../../../../../srv/practice-share/claims.csv' }, [d(24, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(60, 32));
// shape-mismatch
spec('shape-mismatch.four-procedure-units', 211, claims(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.two-sigmoid-units-bce', 212, book(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.months-and-fee-one-unit', 213, { ...ortho(), target: ['months', 'fee_eur'] }, [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.claims-one-unit', 214, claims(), [d(16, 'tanh'), d(1, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(60, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-with-mse', 215, claims(), [d(24, 'relu'), d(5, 'softmax')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.bce-linear-head', 216, perio(), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', 217, claims(), [d(20, 'elu'), d(5, 'sigmoid')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.relu-head-standardised-months', 218, ortho(), [d(24, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.tanh-head-raw-months', 219, ortho('standard', 'none'), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(100, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden-relu', 220, perio(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('init-symmetry.constant-tanh', 221, ortho(), [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(120, 32));
spec('init-symmetry.zeros-both-layers', 222, claims(), [d(24, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(80, 32));
spec('init-symmetry.constant-elu-ortho', 223, ortho(), [d(16, 'elu', { init: { name: 'constant', value: 0.05 } }), d(8, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 32));
// init-scale
spec('init-scale.normal-std-8', 224, perio(), [d(64, 'relu', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(80, 32));
spec('init-scale.tiny-std-deep', 225, claims(), [d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(5, 'softmax', { init: { name: 'normal', std: 1e-4 } })], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32));
spec('init-scale.uniform-limit-20', 226, ortho(), [d(32, 'tanh', { init: { name: 'uniform', limit: 20 } }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('init-scale.output-std-30', 227, book(), [d(16, 'relu'), d(1, 'sigmoid', { init: { name: 'normal', std: 30 } })], 'bce', opt('rmsprop', 0.001), tr(80, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-claims', 228, claims(), [d(32, 'linear'), d(16, 'linear'), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('no-nonlinearity.linear-hidden-perio', 229, perio(), [d(24, 'linear'), d(24, 'linear'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('no-nonlinearity.default-activation-ortho', 230, ortho(), [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, { type: 'dense', units: 1 }], 'mse', opt('adam', 0.003), tr(150, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', 231, perio(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 5), tr(80, 32));
spec('lr-out-of-range.sgd-lr-40', 232, ortho(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 40), tr(80, 32));
spec('lr-out-of-range.rmsprop-lr-1e-9', 233, claims(), [d(24, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 1e-9), tr(60, 32));
spec('lr-out-of-range.adam-lr-12-bookings', 234, book(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 12), tr(60, 32));
// dead-relu
spec('dead-relu.negative-bias-hidden', 235, perio(), [d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(80, 32));
spec('dead-relu.raw-spend-sgd-hot', 236, perio('none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(60, 16));
spec('dead-relu.bias-minus-4-ortho', 237, ortho(), [d(24, 'relu', { bias: -4 }), d(12, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
spec('dead-relu.claims-adam-hot', 238, claims(), [d(48, 'relu'), d(48, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.3), tr(60, 16));
// exploding-gradient
spec('exploding-gradient.raw-months-raw-features', 239, ortho('none', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.deep-relu-std-1', 240, claims(), [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(5, 'softmax')], 'cce', opt('sgd', 0.01), tr(40, 32));
spec('exploding-gradient.raw-fee-target', 241, { ...ortho('standard', 'none'), target: 'fee_eur' }, [d(24, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.raw-lab-fee-momentum', 242, claims('none'), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32));
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', 243, perio(), [...Array.from({ length: 8 }, () => d(16, 'sigmoid')), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(80, 32));
spec('vanishing-gradient.ten-tanh-small-init', 244, claims(), [...Array.from({ length: 10 }, () => d(24, 'tanh', { init: { name: 'normal', std: 0.05 } })), d(5, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), tr(60, 32));
spec('vanishing-gradient.sigmoid-tower-ortho', 245, ortho(), [...Array.from({ length: 7 }, () => d(12, 'sigmoid')), d(1, 'linear')], 'mse', opt('sgd', 0.005), tr(100, 32));
spec('vanishing-gradient.sigmoid-deep-bookings', 246, book(), [...Array.from({ length: 9 }, () => d(10, 'sigmoid', { init: 'lecun_normal' })), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.0001), tr(60, 32));
// nan-loss
spec('nan-loss.raw-ortho-sgd-hot', 247, ortho('none', 'none'), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(60, 32));
spec('nan-loss.raw-fee-momentum', 248, { ...ortho('none', 'none'), target: 'fee_eur' }, [d(16, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.95 }), tr(60, 16));
spec('nan-loss.raw-perio-linear-mse', 249, { ...perio('none'), target: 'annual_spend_eur', features: ['age', 'plaque_index', 'pocket_depth_mm', 'bleeding_pct', 'smoker', 'recalls_per_year'] }, [d(16, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.1), tr(60, 8));
spec('nan-loss.claims-raw-sgd-batch1', 250, claims('none'), [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.5), tr(30, 1));
// lr-too-high
spec('lr-too-high.adam-0p3-perio', 251, perio(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), tr(80, 32));
spec('lr-too-high.sgd-1p5-ortho', 252, ortho(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 1.5), tr(80, 32));
spec('lr-too-high.rmsprop-0p2-claims', 253, claims(), [d(32, 'tanh'), d(16, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.2), tr(60, 32));
spec('lr-too-high.nesterov-0p8-bookings', 254, book(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), tr(60, 16));
// lr-too-low
spec('lr-too-low.sgd-1e-5-perio', 255, perio(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), tr(60, 32));
spec('lr-too-low.adam-1e-6-ortho', 256, ortho(), [d(24, 'relu'), d(12, 'relu'), d(1, 'linear')], 'mse', opt('adam', 1e-6), tr(80, 32));
spec('lr-too-low.rmsprop-2e-7-claims', 257, claims(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('rmsprop', 2e-7), tr(60, 32));
spec('lr-too-low.momentum-1e-5-fullbatch', 258, ortho(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(150, 420));
// saturated-activation
spec('saturated-activation.sigmoid-raw-spend', 259, perio('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('saturated-activation.tanh-std-4', 260, claims(), [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(5, 'softmax')], 'cce', opt('adam', 0.002), tr(60, 32));
spec('saturated-activation.tanh-raw-ortho', 261, ortho('none'), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(100, 32));
spec('saturated-activation.sigmoid-bias-8', 262, book(), [d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 32));
// loss-plateau
spec('loss-plateau.weight-decay-2', 263, perio(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 2 }), tr(100, 32));
spec('loss-plateau.dropout-0p95', 264, claims(), [d(8, 'relu'), drop(0.95), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('loss-plateau.clipnorm-1e-5', 265, ortho(), [d(24, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { clipNorm: 1e-5 }), tr(100, 32));
spec('loss-plateau.sigmoid-sgd-slow-claims', 266, claims(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(5, 'softmax')], 'cce', opt('sgd', 0.002), tr(100, 64));
// oscillating-loss
spec('oscillating-loss.momentum-0p99-batch8', 267, ortho(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(100, 8));
spec('oscillating-loss.rmsprop-0p03-batch4', 268, perio(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.03), tr(60, 4));
spec('oscillating-loss.sgd-batch1-0p3', 269, claims(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', opt('sgd', 0.3), tr(40, 1));
spec('oscillating-loss.adam-0p05-fullbatch', 270, ortho(), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.05), tr(200, 420));

// ---------------- healthy ----------------
spec('ok.perio-relu-adam', 300, perio(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('ok.perio-tanh-sgd-momentum', 301, perio(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('ok.perio-nesterov-minmax', 302, perio('minmax'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(100, 32));
spec('ok.perio-rmsprop-dropout', 303, perio(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(80, 32, { validationSplit: 0.2 }));
spec('ok.perio-plain-sgd-batch8', 304, perio(), [d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(60, 8));
spec('ok.perio-batchnorm', 305, perio(), [d(24, 'relu', { batchNorm: true }), d(12, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('ok.perio-logistic', 306, perio(), [d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(100, 32));
spec('ok.perio-two-class-softmax', 307, perio(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('ok.perio-fullbatch-adam', 308, perio(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(300, 520));
spec('ok.perio-weight-decay-clip', 309, perio(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 1e-4, clipNorm: 1 }), tr(80, 16));
spec('ok.ortho-relu-adam', 310, ortho(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.ortho-tanh-momentum', 311, ortho(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.ortho-eu-export', 312, { ...ortho(), csv: '../data/ortho-eu.csv' }, [d(24, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.ortho-minmax-rmsprop', 313, ortho('minmax'), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(150, 32));
spec('ok.ortho-linear-regression', 314, ortho(), [d(1, 'linear')], 'mse', opt('sgd', 0.02), tr(100, 32));
spec('ok.ortho-deep-leaky', 315, ortho(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(150, 32));
spec('ok.ortho-batch1-sgd', 316, ortho(), [d(8, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.005), tr(40, 1));
spec('ok.ortho-dropout-val', 317, ortho(), [d(48, 'relu'), drop(0.1), d(1, 'linear')], 'mse', opt('adam', 0.002), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.ortho-raw-months-adam', 318, ortho('standard', 'none'), [d(32, 'relu'), d(1, 'linear', { bias: 18 })], 'mse', opt('adam', 0.01), tr(200, 32));
spec('ok.ortho-batchnorm-nesterov', 319, ortho(), [d(24, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(120, 32));
spec('ok.claims-relu-adam', 320, claims(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(60, 32));
spec('ok.claims-tab-export', 321, { ...claims(), csv: '../data/claims-tab.csv' }, [d(24, 'tanh'), d(5, 'softmax')], 'cce', opt('adam', 0.005), tr(60, 32));
spec('ok.claims-rmsprop-deep', 322, claims(), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(60, 32));
spec('ok.claims-sgd-momentum-minmax', 323, claims('minmax'), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 16));
spec('ok.claims-softmax-regression', 324, claims(), [d(5, 'softmax')], 'cce', opt('adam', 0.02), tr(100, 64));
spec('ok.claims-batchnorm-dropout', 325, claims(), [d(48, 'relu', { batchNorm: true }), drop(0.3), d(24, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.002), tr(60, 32, { validationSplit: 0.15 }));
spec('ok.claims-sigmoid-hidden-adam', 326, claims(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', opt('adam', 0.01), tr(80, 32));
spec('ok.claims-fullbatch-rmsprop', 327, claims(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(300, 560));
spec('ok.bookings-adam', 328, book(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('ok.bookings-nesterov-tanh', 329, book(), [d(12, 'tanh'), d(6, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(100, 32));
spec('ok.bookings-elu-rmsprop-val', 330, book(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(80, 16, { validationSplit: 0.25 }));
spec('ok.bookings-wd-clip-sgd', 331, book(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.5, weightDecay: 1e-4, clipNorm: 5 }), tr(100, 32));
spec('ok.iris-tanh-sgd', 332, { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 16));
spec('ok.moons-relu-adam', 333, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-elu-rmsprop', 334, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(150, 32));
spec('ok.sine-tanh-adam', 335, { builtin: 'sine', samples: 200, noise: 0.05 }, [d(24, 'tanh'), d(24, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.spirals-deep-adam', 336, { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(48, 'relu'), d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-four-sgd', 337, { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(80, 16));
spec('ok.xor-inline-chair-signals', 338, { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(300, 4));
spec('ok.inline-shade-matching', 339, { inline: { x: [[1.2, 0.4], [1.0, 0.5], [2.9, 1.8], [3.1, 2.0], [5.0, 3.9], [4.8, 4.2], [1.1, 0.6], [3.0, 1.9], [5.2, 4.0], [0.9, 0.3], [2.8, 2.1], [4.9, 3.8]], y: ['A1', 'A1', 'A3', 'A3', 'C4', 'C4', 'A1', 'A3', 'C4', 'A1', 'A3', 'C4'] }, normalize: 'standard' }, [d(6, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.05), tr(150, 4));
spec('ok.ortho-momentum-batch64-deep-tanh', 340, ortho(), [d(24, 'tanh'), d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(200, 64));
spec('ok.perio-sigmoid-hidden-rmsprop', 341, perio(), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(100, 32));
spec('ok.claims-leaky-nesterov-batch4', 342, claims(), [d(24, 'leaky_relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(40, 4));
spec('ok.ortho-uniform-init-rmsprop', 343, ortho(), [d(24, 'tanh', { init: { name: 'uniform', limit: 0.3 } }), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(150, 16));
// added after the first observation (saturated-activation had too few that showed it)
spec('saturated-activation.sigmoid-raw-claims-lab-fee', 271, claims('none'), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', opt('adam', 0.002), tr(60, 32));
spec('saturated-activation.tanh-raw-bookings-lead-days', 272, book('none'), [d(16, 'tanh', { init: { name: 'normal', std: 1 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(80, 32));
spec('lr-too-high.adam-0p2-ortho-batch16', 273, ortho(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.2), tr(80, 16));
spec('lr-too-high.sgd-0p9-perio-elu', 274, perio(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.9, { momentum: 0.9 }), tr(60, 16));
