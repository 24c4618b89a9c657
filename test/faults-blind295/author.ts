/**
 * Writes every candidate spec of blind set 295 (clockmakers and watch repairers) into candidates/.
 * `npx tsx test/faults-blind295/author.ts` from the repo root.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const REP = ['age_years', 'jewels', 'amplitude_deg', 'beat_error_ms', 'rate_s_day', 'years_since_service', 'case_mm', 'magnetised'];
const PEN = ['pendulum_cm', 'bob_g', 'workshop_temp_c', 'humidity_pct', 'drive_weight_kg', 'suspension_spring_mm'];
const AUC = ['year_made', 'diameter_mm', 'gold_g', 'complications', 'condition', 'box_papers'];
const rep = (target: string, x: J = {}): J => ({ csv: '../data/repairs.csv', target, features: REP, normalize: 'standard', ...x });
const eu = (target: string, x: J = {}): J => ({ csv: '../data/repairs-eu.csv', target, features: REP, normalize: 'standard', ...x });
const pen = (x: J = {}): J => ({ csv: '../data/pendulums.csv', target: 'drift_s_day', features: PEN, normalize: 'standard', normalizeTarget: 'standard', ...x });
const auc = (x: J = {}): J => ({ csv: '../data/auction.csv', target: 'hammer_eur', features: AUC, normalize: 'standard', normalizeTarget: 'standard', ...x });
const d = (units: number, activation: string, x: J = {}): J => ({ type: 'dense', units, activation, ...x });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, x: J = {}): J => ({ type, lr, ...x });
const tr = (epochs: number, batchSize: number, x: J = {}): J => ({ epochs, batchSize, ...x });

function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/^[^.]+\./, '');
  const body = { name, seed: 295, ...extra, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}

// ---------- invalid-spec ----------
spec('invalid-spec.activation-relu-camel', rep('verdict'), [d(16, 'ReLu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(60, 32));
spec('invalid-spec.optimizer-adamw', rep('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adamw', 0.001, { weightDecay: 0.01 }), tr(80, 32));
spec('invalid-spec.loss-keras-name', rep('verdict'), [d(24, 'tanh'), d(4, 'softmax')], 'categorical_crossentropy', opt('rmsprop', 0.002), tr(60, 16));
spec('invalid-spec.dropout-percent', rep('comeback'), [d(32, 'relu'), drop(30), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));
spec('invalid-spec.validation-whole', pen(), [d(16, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32, { validationSplit: 1.0 }));
spec('invalid-spec.batch-zero', auc(), [d(12, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 0));

// ---------- data-error ----------
spec('data-error.file-typo', { csv: '../data/repair.csv', target: 'verdict', features: REP, normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(60, 32));
spec('data-error.target-hours', rep('hours', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('data-error.no-features-ids', { csv: '../data/repairs.csv', target: 'bench_hours', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('data-error.gaps-na', { csv: '../data/repairs-gaps.csv', target: 'verdict', features: REP, normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(60, 32));
spec('data-error.outside-workspace', { csv: '../../../../../../srv/shop/repairs.csv', target: 'verdict', features: REP, normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(60, 32));
spec('data-error.feature-date', { csv: '../data/repairs.csv', target: 'bench_hours', features: ['received', ...REP], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(80, 32));

// ---------- shape-mismatch ----------
spec('shape-mismatch.verdict-three-units', rep('verdict'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(60, 32));
spec('shape-mismatch.hours-two-outputs', rep('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.drift-four-outputs', pen(), [d(12, 'tanh'), d(4, 'linear')], 'mse', opt('rmsprop', 0.002), tr(80, 16));
spec('shape-mismatch.iris-two-softmax', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));
spec('shape-mismatch.comeback-two-sigmoid', rep('comeback'), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));

// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.bce-linear-head', rep('comeback'), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', rep('verdict'), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.005), tr(60, 32));
spec('loss-activation-mismatch.relu-head-drift', pen(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.softmax-mse-hours', rep('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.tanh-head-raw-hours', rep('bench_hours'), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(100, 32));

// ---------- init-symmetry ----------
spec('init-symmetry.zeros-hidden', rep('verdict'), [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32));
spec('init-symmetry.constant-both', pen(), [d(12, 'tanh', { init: 'constant', value: 0.1 }), d(12, 'tanh', { init: 'constant', value: 0.1 }), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.zeros-relu-sgd', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(20, 'relu', { init: 'zeros', bias: 0.1 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 16));
spec('init-symmetry.constant-sigmoid-auction', auc(), [d(10, 'sigmoid', { init: 'constant', value: 0.05 }), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(120, 16));

// ---------- init-scale ----------
spec('init-scale.normal-std-8-tanh', rep('verdict'), [d(32, 'tanh', { init: 'normal', std: 8 }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(60, 32));
spec('init-scale.tiny-uniform-deep', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh', { init: 'uniform', limit: 1e-4 }), d(16, 'tanh', { init: 'uniform', limit: 1e-4 }), d(16, 'tanh', { init: 'uniform', limit: 1e-4 }), d(1, 'sigmoid', { init: 'uniform', limit: 1e-4 })], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std-30-relu', pen(), [d(24, 'relu', { init: 'normal', std: 30 }), d(24, 'relu', { init: 'normal', std: 30 }), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(80, 32));
spec('init-scale.sigmoid-std-20', rep('comeback'), [d(16, 'sigmoid', { init: { name: 'normal', std: 20 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(80, 32));

// ---------- no-nonlinearity ----------
spec('no-nonlinearity.linear-stack-verdict', rep('verdict'), [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('no-nonlinearity.linear-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'linear', { init: 'he_normal' }), d(16, 'linear', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-circles-sgd', { builtin: 'circles', samples: 300 }, [d(24, 'linear'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(120, 16));
spec('no-nonlinearity.linear-xor', { builtin: 'xor', samples: 200 }, [d(8, 'linear'), d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 16));

// ---------- lr-out-of-range ----------
spec('lr-out-of-range.sgd-lr-40', rep('verdict'), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 40), tr(40, 32));
spec('lr-out-of-range.adam-lr-3', pen(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 3), tr(60, 32));
spec('lr-out-of-range.rmsprop-1e-8', rep('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 1e-8), tr(80, 32));
spec('lr-out-of-range.sgd-1e-7-momentum', auc(), [d(16, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 1e-7, { momentum: 0.9 }), tr(80, 16));

// ---------- dead-relu ----------
spec('dead-relu.bias-minus-4', rep('bench_hours', { normalizeTarget: 'standard' }), [d(32, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(60, 32));
spec('dead-relu.raw-features-sgd', rep('bench_hours', { normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(60, 16));
spec('dead-relu.negative-bias-deep', pen(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(80, 32));
spec('dead-relu.high-lr-momentum', rep('verdict'), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.8, { momentum: 0.9 }), tr(60, 32));

// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-drift-target', pen({ normalizeTarget: 'none', normalize: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.raw-auction-price', auc({ normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.deep-wide-normal-1', rep('bench_hours', { normalizeTarget: 'standard' }), [d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(40, 32));
spec('exploding-gradient.raw-hours-raw-features', rep('bench_hours', { normalize: 'none' }), [d(24, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 8));

// ---------- vanishing-gradient ----------
spec('vanishing-gradient.eight-sigmoid', rep('verdict'), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(4, 'softmax')]), 'cce', opt('sgd', 0.05), tr(80, 32));
spec('vanishing-gradient.deep-tanh-small-normal', { builtin: 'moons', samples: 300 }, Array.from({ length: 7 }, () => d(20, 'tanh', { init: 'normal', std: 0.05 })).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.sigmoid-drift-ten', pen(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1, 'linear')]), 'mse', opt('sgd', 0.02), tr(100, 32));
spec('vanishing-gradient.sigmoid-stack-rmsprop-low', rep('comeback'), Array.from({ length: 9 }, () => d(10, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.01, { nesterov: true, momentum: 0.9 }), tr(80, 32));

// ---------- nan-loss ----------
spec('nan-loss.auction-raw-sgd-big', auc({ normalizeTarget: 'none', normalize: 'none' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(50, 32));
spec('nan-loss.drift-raw-momentum', pen({ normalizeTarget: 'none', normalize: 'none' }), [d(32, 'linear'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.95 }), tr(50, 16));
spec('nan-loss.hours-elu-huge-lr', rep('bench_hours', { normalize: 'none' }), [d(16, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.1), tr(40, 4));
spec('nan-loss.price-rmsprop-raw', auc({ normalizeTarget: 'none' }), [d(16, 'relu', { init: 'normal', std: 3 }), d(16, 'relu', { init: 'normal', std: 3 }), d(1, 'linear')], 'mse', opt('sgd', 0.5), tr(40, 32));

// ---------- lr-too-high ----------
spec('lr-too-high.adam-0p5-verdict', rep('verdict'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.5), tr(60, 32));
spec('lr-too-high.sgd-3-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3.0, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-high.rmsprop-0p2-drift', pen(), [d(24, 'relu'), d(24, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.2), tr(80, 32));
spec('lr-too-high.adam-0p3-hours', eu('bench_hours', { normalizeTarget: 'standard' }), [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.3), tr(80, 16));
spec('lr-too-high.nesterov-1p5-iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), tr(100, 8));

// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-5-hours', rep('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6-verdict', rep('verdict'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 1e-6), tr(80, 32));
spec('lr-too-low.rmsprop-3e-6-drift', pen(), [d(16, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 3e-6), tr(100, 16));
spec('lr-too-low.momentum-1e-5-spirals', { builtin: 'spirals', samples: 300, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 1e-5, { momentum: 0.9 }), tr(150, 32));

// ---------- saturated-activation ----------
spec('saturated-activation.sigmoid-raw-timegrapher', rep('verdict', { normalize: 'none' }), [d(24, 'sigmoid', { init: 'normal', std: 0.5 }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('saturated-activation.tanh-raw-pendulum', pen({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('saturated-activation.tanh-bias-6', rep('bench_hours', { normalizeTarget: 'standard' }), [d(24, 'tanh', { bias: 6 }), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32));
spec('saturated-activation.sigmoid-raw-auction', auc({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(100, 32));

// ---------- loss-plateau ----------
spec('loss-plateau.weight-decay-heavy', rep('verdict'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 2 }), tr(80, 32));
spec('loss-plateau.one-unit-bottleneck-spirals', { builtin: 'spirals', samples: 300, classes: 3 }, [d(1, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
spec('loss-plateau.dropout-0p9', pen(), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-plateau.clipnorm-tiny-sgd', rep('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { clipNorm: 1e-4 }), tr(100, 32));

// ---------- oscillating-loss ----------
spec('oscillating-loss.momentum-0p99-batch1', pen(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(60, 1));
spec('oscillating-loss.adam-0p05-batch2', rep('verdict'), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.05), tr(60, 2));
spec('oscillating-loss.rmsprop-0p02-batch1', rep('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.02), tr(50, 1));
spec('oscillating-loss.sgd-full-batch-edge', pen(), [d(8, 'linear'), d(1, 'linear')], 'mse', opt('sgd', 0.95), tr(100, 360));

// ---------- healthy ----------
spec('ok.verdict-adam-relu', rep('verdict'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32, { validationSplit: 0.2 }));
spec('ok.verdict-eu-export-tanh', eu('verdict'), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(80, 16));
spec('ok.verdict-sgd-nesterov-bn', rep('verdict'), [d(32, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(80, 32));
spec('ok.verdict-minmax-elu-dropout', rep('verdict', { normalize: 'minmax' }), [d(48, 'elu'), drop(0.2), d(24, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('ok.verdict-full-batch-adam', rep('verdict'), [d(32, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 480));
spec('ok.verdict-batch1-sgd-small', rep('verdict'), [d(12, 'leaky_relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.005), tr(30, 1));
spec('ok.hours-adam-relu', rep('bench_hours', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('ok.hours-eu-sgd-momentum', eu('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(100, 32));
spec('ok.hours-linear-regression', rep('bench_hours', { normalizeTarget: 'standard' }), [d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.hours-minmax-target-elu', rep('bench_hours', { normalizeTarget: 'minmax', normalize: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 16));
spec('ok.hours-deep-leaky-clip', rep('bench_hours', { normalizeTarget: 'standard' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.001, { clipNorm: 1 }), tr(100, 32, { validationSplit: 0.15 }));
spec('ok.hours-rmsprop-wd', rep('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002, { weightDecay: 1e-4 }), tr(100, 64));
spec('ok.hours-subset-features', { csv: '../data/repairs.csv', target: 'bench_hours', features: ['amplitude_deg', 'beat_error_ms', 'years_since_service', 'magnetised', 'jewels'], normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(100, 32));
spec('ok.comeback-adam-small', rep('comeback'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32));
spec('ok.comeback-sgd-momentum', rep('comeback'), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16));
spec('ok.drift-adam-tanh', pen(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('ok.drift-linear-sgd', pen(), [d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.drift-relu-bn-rmsprop', pen(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.drift-nesterov-elu', pen(), [d(24, 'elu'), d(24, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(120, 16));
spec('ok.drift-full-batch-rmsprop', pen(), [d(12, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.01), tr(300, 360));
spec('ok.drift-minmax-sigmoid', pen({ normalize: 'minmax' }), [d(16, 'sigmoid'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(200, 16));
spec('ok.auction-adam-relu', auc(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.002), tr(150, 32));
spec('ok.auction-sgd-plain-tanh', auc(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(200, 16));
spec('ok.auction-rmsprop-dropout', auc(), [d(32, 'elu'), drop(0.1), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.auction-clip-wd-sgd', auc(), [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5, weightDecay: 1e-4 }), tr(150, 32));
spec('ok.iris-adam', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16));
spec('ok.iris-sgd-batch4', { builtin: 'iris', normalize: 'minmax' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 4));
spec('ok.moons-sigmoid-hidden', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(200, 32));
spec('ok.circles-relu-rmsprop', { builtin: 'circles', samples: 400, noise: 0.05 }, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32));
spec('ok.xor-tanh-sgd', { builtin: 'xor', samples: 200 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 16));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-five-elu', { builtin: 'blobs', samples: 400, classes: 5 }, [d(16, 'elu'), d(5, 'softmax')], 'cce', opt('adam', 0.01), tr(80, 32));
spec('ok.sine-tanh-deep', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.sine-bn-leaky', { builtin: 'sine', samples: 300 }, [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.inline-escapement', {
  inline: {
    x: [[18000, 15], [18000, 17], [21600, 17], [21600, 21], [28800, 21], [28800, 25], [36000, 25], [36000, 31], [18000, 7], [21600, 19], [28800, 27], [36000, 30], [19800, 15], [25200, 21], [28800, 23], [36000, 28]],
    y: ['slow', 'slow', 'medium', 'medium', 'fast', 'fast', 'hi-beat', 'hi-beat', 'slow', 'medium', 'fast', 'hi-beat', 'slow', 'medium', 'fast', 'hi-beat'],
  },
  normalize: 'standard',
}, [d(8, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.03), tr(300, 16));
spec('ok.hours-adam-batch-single-unit-wide', rep('bench_hours', { normalizeTarget: 'standard' }), [d(128, 'relu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(80, 64));
spec('ok.verdict-lecun-elu-rmsprop', rep('verdict'), [d(32, 'elu', { init: 'lecun_normal' }), d(32, 'elu', { init: 'lecun_normal' }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(100, 32));
spec('ok.verdict-tiny-normal-init', rep('verdict'), [d(24, 'relu', { init: 'normal', std: 0.1 }), d(4, 'softmax', { init: 'xavier_normal' })], 'cce', opt('adam', 0.005), tr(100, 32));
spec('ok.drift-sgd-batch1-linear', pen(), [d(1, 'linear')], 'mse', opt('sgd', 0.002), tr(30, 1));
spec('ok.comeback-rmsprop-bn', rep('comeback'), [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(150, 32));
spec('ok.auction-long-small-adam', auc(), [d(8, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.0005), tr(400, 32));

// ---------- second pass (after the first observation: more plateau candidates, more healthy shapes) ----------
spec('loss-plateau.wd-momentum-drift', pen(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 3 }), tr(100, 32));
spec('loss-plateau.two-unit-spirals', { builtin: 'spirals', samples: 300, classes: 3 }, [d(2, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
spec('ok.verdict-rmsprop-wide-dropout', rep('verdict'), [d(64, 'relu'), drop(0.3), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(80, 32));
spec('ok.hours-nesterov-deep-tanh', rep('bench_hours', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(100, 16));
spec('ok.drift-eu-like-subset', { csv: '../data/pendulums.csv', target: 'drift_s_day', features: ['pendulum_cm', 'workshop_temp_c', 'humidity_pct', 'drive_weight_kg'], normalize: 'minmax', normalizeTarget: 'standard' }, [d(8, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(150, 32));
spec('ok.auction-minmax-target-tanh', auc({ normalizeTarget: 'minmax' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.hours-batch8-elu-adam', eu('bench_hours', { normalizeTarget: 'standard' }), [d(16, 'elu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', opt('adam', 0.002), tr(60, 8));
spec('ok.circles-tanh-sgd-momentum', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32));
spec('ok.blobs-three-plain-sgd', { builtin: 'blobs', samples: 300, classes: 3 }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.1), tr(80, 16));
spec('ok.moons-relu-adam-val', { builtin: 'moons', samples: 400, noise: 0.1 }, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32, { validationSplit: 0.25 }));
