/**
 * Writes every candidate spec of set blind257 (cork oak harvesters and stopper makers) into candidates/.
 * `npx tsx test/faults-blind257/author.ts`
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
let seed = 257;
function spec(file: string, s: Record<string, unknown>): void {
  const full = { name: file, seed: seed++, ...s };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const D = (units: number, activation?: string, more: Record<string, unknown> = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: Record<string, unknown> = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: Record<string, unknown> = {}) => ({ epochs, batchSize, ...more });

const PF = ['thickness_mm', 'porosity_pct', 'density_kg_m3', 'moisture_pct', 'tree_age_yrs', 'stripping_cycle_yrs', 'boil_minutes'];
const SF = ['diameter_mm', 'length_mm', 'density_kg_m3', 'moisture_pct', 'coating_mg', 'visual_class', 'bottle_neck_mm'];
const MF = ['perimetro_cm', 'altura_descortiamento_m', 'coef_descortiamento', 'declive_pct', 'chuva_mm', 'anos_desde_tiragem'];
const TF = ['boil_cycles', 'steam_minutes', 'storage_days', 'humidity_pct', 'chlorophenol_ppb'];
const planks = (normalize = 'standard', more: Record<string, unknown> = {}) => ({ csv: '../data/planks.csv', target: 'grade', features: PF, normalize, ...more });
const force = (normalize = 'standard', normalizeTarget = 'standard', more: Record<string, unknown> = {}) => ({ csv: '../data/stoppers.csv', target: 'extraction_daN', features: SF, normalize, normalizeTarget, ...more });
const leak = (normalize = 'standard', more: Record<string, unknown> = {}) => ({ csv: '../data/stoppers.csv', target: 'leak', features: SF, normalize, ...more });
const montado = (normalize = 'standard', normalizeTarget = 'standard', more: Record<string, unknown> = {}) => ({ csv: '../data/montado.csv', target: 'cortica_kg', features: MF, normalize, normalizeTarget, ...more });
const tca = (normalize = 'standard', more: Record<string, unknown> = {}) => ({ csv: '../data/tca-lab.csv', target: 'taint', features: TF, normalize, ...more });

// ---------------- invalid-spec ----------------
spec('invalid-spec.activation-relu-camel', { data: planks(), layers: [D(16, 'ReLu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 32) });
spec('invalid-spec.optimizer-adamw', { data: force(), layers: [D(12, 'relu'), D(1)], loss: 'mse', optimizer: opt('adamw', 0.003, { weightDecay: 0.01 }), training: tr(80, 16) });
spec('invalid-spec.loss-keras-name', { data: tca(), layers: [D(8, 'tanh'), D(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
spec('invalid-spec.dropout-percent', { data: leak(), layers: [D(16, 'relu'), drop(30), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.validation-split-whole', { data: montado(), layers: [D(16, 'elu'), D(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32, { validationSplit: 1.0 }) });

// ---------------- data-error ----------------
spec('data-error.next-season-file', { data: { csv: '../data/planks_2024.csv', target: 'grade', features: PF, normalize: 'standard' }, layers: [D(16, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 32) });
spec('data-error.ids-and-dates-in', { data: { csv: '../data/planks.csv', target: 'grade', normalize: 'standard' }, layers: [D(16, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 32) });
spec('data-error.english-target-name', { data: { csv: '../data/montado.csv', target: 'cork_kg', features: MF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [D(16, 'relu'), D(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('data-error.hygrometer-gaps', { data: { csv: '../data/stoppers-gaps.csv', target: 'extraction_daN', features: SF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [D(16, 'relu'), D(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('data-error.shared-drive-path', { data: { csv: '../../../../../../mnt/qualidade/tca-lab.csv', target: 'taint', features: TF, normalize: 'standard' }, layers: [D(8, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('data-error.batch-code-feature', { data: { csv: '../data/stoppers.csv', target: 'leak', features: ['batch_code', ...SF], normalize: 'standard' }, layers: [D(12, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });

// ---------------- shape-mismatch ----------------
spec('shape-mismatch.three-grades-head', { data: planks(), layers: [D(16, 'relu'), D(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 32) });
spec('shape-mismatch.force-two-outputs', { data: force(), layers: [D(16, 'relu'), D(2)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('shape-mismatch.taint-two-sigmoids', { data: tca(), layers: [D(8, 'relu'), D(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('shape-mismatch.iris-five-classes', { data: { builtin: 'iris', normalize: 'standard' }, layers: [D(8, 'tanh'), D(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 16) });

// ---------------- loss-activation-mismatch ----------------
spec('loss-activation-mismatch.grades-sigmoid-cce', { data: planks(), layers: [D(16, 'relu'), D(4, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(60, 32) });
spec('loss-activation-mismatch.taint-linear-bce', { data: tca(), layers: [D(8, 'relu'), D(1)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('loss-activation-mismatch.grades-softmax-mse', { data: planks(), layers: [D(16, 'tanh'), D(4, 'softmax')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(60, 32) });
spec('loss-activation-mismatch.kg-sigmoid-head', { data: montado('standard', 'none'), layers: [D(16, 'relu'), D(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('loss-activation-mismatch.force-relu-head-standardised', { data: force(), layers: [D(16, 'tanh'), D(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });

// ---------------- init-symmetry ----------------
spec('init-symmetry.zeros-hidden', { data: planks(), layers: [D(16, 'tanh', { init: 'zeros' }), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
spec('init-symmetry.constant-point-one', { data: montado(), layers: [D(24, 'relu', { init: { name: 'constant', value: 0.1 } }), D(12, 'relu', { init: { name: 'constant', value: 0.1 } }), D(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-symmetry.zeros-both-layers-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [D(12, 'tanh', { init: 'zeros' }), D(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 16) });
spec('init-symmetry.constant-leak-sigmoid', { data: leak(), layers: [D(10, 'sigmoid', { init: 'constant', value: 0.02 } as Record<string, unknown>), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(80, 16) });

// ---------------- init-scale ----------------
spec('init-scale.normal-std-five', { data: tca(), layers: [D(32, 'tanh', { init: { name: 'normal', std: 5 } }), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-scale.uniform-limit-ten', { data: force(), layers: [D(32, 'relu', { init: { name: 'uniform', limit: 10 } }), D(16, 'relu', { init: { name: 'uniform', limit: 10 } }), D(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(80, 32) });
spec('init-scale.tiny-std-deep', { data: planks(), layers: [D(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), D(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), D(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), D(4, 'softmax', { init: { name: 'normal', std: 1e-4 } })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
spec('init-scale.normal-std-three-sigmoid', { data: leak(), layers: [D(24, 'sigmoid', { init: { name: 'normal', std: 3 } }), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 16) });

// ---------------- no-nonlinearity ----------------
spec('no-nonlinearity.linear-stack-circles', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [D(16, 'linear'), D(16, 'linear'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.forgot-activation-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [D(32), D(16), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.montado-linear-deep', { data: montado(), layers: [D(32), D(32), D(16), D(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('no-nonlinearity.xor-linear-hidden', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [D(8, 'linear', { init: 'he_normal' }), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 16) });

// ---------------- lr-out-of-range ----------------
spec('lr-out-of-range.adam-five', { data: planks(), layers: [D(16, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 5), training: tr(60, 32) });
spec('lr-out-of-range.sgd-fifty', { data: force(), layers: [D(16, 'tanh'), D(1)], loss: 'mse', optimizer: opt('sgd', 50), training: tr(60, 32) });
spec('lr-out-of-range.rmsprop-1e-8', { data: tca(), layers: [D(16, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 1e-8), training: tr(80, 32) });
spec('lr-out-of-range.sgd-nesterov-1e-9', { data: leak(), layers: [D(16, 'elu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-9, { momentum: 0.9, nesterov: true }), training: tr(60, 32) });

// ---------------- dead-relu ----------------
spec('dead-relu.negative-bias-five', { data: montado(), layers: [D(32, 'relu', { bias: -5 }), D(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('dead-relu.sgd-big-step-raw-kg', { data: force('standard', 'none'), layers: [D(32, 'relu'), D(16, 'relu'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(80, 16) });
spec('dead-relu.deep-bias-minus-three', { data: planks(), layers: [D(24, 'relu', { bias: -3 }), D(24, 'relu', { bias: -3 }), D(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('dead-relu.raw-density-negative-init', { data: tca('none'), layers: [D(16, 'relu', { bias: -40 }), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });

// ---------------- exploding-gradient ----------------
spec('exploding-gradient.raw-kg-raw-features-sgd', { data: montado('none', 'none'), layers: [D(16, 'relu'), D(1)], loss: 'mse', optimizer: opt('sgd', 1e-5), training: tr(60, 32) });
spec('exploding-gradient.deep-std-one', { data: force(), layers: [D(32, 'relu', { init: { name: 'normal', std: 1 } }), D(32, 'relu', { init: { name: 'normal', std: 1 } }), D(32, 'relu', { init: { name: 'normal', std: 1 } }), D(32, 'relu', { init: { name: 'normal', std: 1 } }), D(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
spec('exploding-gradient.raw-storage-days', { data: { csv: '../data/tca-lab.csv', target: 'taint', features: TF, normalize: 'none' }, layers: [D(16, 'leaky_relu'), D(16, 'leaky_relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 16) });
spec('exploding-gradient.raw-force-target', { data: force('standard', 'none'), layers: [D(32, 'elu'), D(32, 'elu'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(60, 8) });

// ---------------- vanishing-gradient ----------------
spec('vanishing-gradient.eight-sigmoid-layers', { data: planks(), layers: [D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
spec('vanishing-gradient.deep-tanh-small-init', { data: leak(), layers: [D(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(16, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32) });
spec('vanishing-gradient.sigmoid-tower-montado', { data: montado(), layers: [D(12, 'sigmoid'), D(12, 'sigmoid'), D(12, 'sigmoid'), D(12, 'sigmoid'), D(12, 'sigmoid'), D(12, 'sigmoid'), D(12, 'sigmoid'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('vanishing-gradient.tca-sigmoid-ten', { data: tca(), layers: Array.from({ length: 10 }, () => D(10, 'sigmoid', { init: 'xavier_normal' })).concat([D(1, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.5 }), training: tr(60, 32) });

// ---------------- nan-loss ----------------
spec('nan-loss.raw-kg-adam-unclipped', { data: montado('none', 'none'), layers: [D(32, 'relu'), D(32, 'relu'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
spec('nan-loss.sgd-lr-three-raw-force', { data: force('none', 'none'), layers: [D(16, 'relu'), D(1)], loss: 'mse', optimizer: opt('sgd', 3), training: tr(40, 32) });
spec('nan-loss.momentum-raw-days', { data: { csv: '../data/tca-lab.csv', target: 'taint', features: TF, normalize: 'none' }, layers: [D(32, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5, { momentum: 0.95 }), training: tr(40, 16) });
spec('nan-loss.linear-deep-raw-perimeter', { data: montado('none', 'none'), layers: [D(32, 'linear'), D(32, 'linear'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(40, 16) });

// ---------------- lr-too-high ----------------
spec('lr-too-high.adam-half', { data: planks(), layers: [D(32, 'relu'), D(16, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.5), training: tr(80, 32) });
spec('lr-too-high.sgd-two-force', { data: force(), layers: [D(16, 'tanh'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.8, { momentum: 0.9 }), training: tr(80, 32) });
spec('lr-too-high.rmsprop-point-three', { data: tca(), layers: [D(16, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.3), training: tr(80, 32) });
spec('lr-too-high.adam-point-two-montado', { data: montado(), layers: [D(32, 'elu'), D(32, 'elu'), D(1)], loss: 'mse', optimizer: opt('adam', 0.2), training: tr(100, 16) });
spec('lr-too-high.nesterov-one-leak', { data: leak(), layers: [D(24, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });

// ---------------- lr-too-low ----------------
spec('lr-too-low.sgd-1e-5-grades', { data: planks(), layers: [D(16, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-5), training: tr(80, 32) });
spec('lr-too-low.adam-1e-6-montado', { data: montado(), layers: [D(32, 'relu'), D(1)], loss: 'mse', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
spec('lr-too-low.rmsprop-2e-6-taint', { data: tca(), layers: [D(16, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 2e-6), training: tr(100, 32) });
spec('lr-too-low.momentum-1e-5-force-fullbatch', { data: force(), layers: [D(24, 'elu'), D(1)], loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(150, 420) });

// ---------------- saturated-activation ----------------
spec('saturated-activation.raw-density-sigmoid', { data: planks('none'), layers: [D(16, 'sigmoid'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
spec('saturated-activation.raw-chuva-tanh', { data: montado('none', 'standard'), layers: [D(16, 'tanh'), D(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('saturated-activation.big-bias-sigmoid', { data: leak(), layers: [D(16, 'sigmoid', { bias: 8 }), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('saturated-activation.raw-storage-tanh', { data: tca('none'), layers: [D(12, 'tanh'), D(12, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });

// ---------------- loss-plateau ----------------
spec('loss-plateau.one-unit-bottleneck-relu', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.1 }, layers: [D(1, 'relu'), D(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('loss-plateau.minmax-sigmoid-sgd-slow', { data: montado('minmax', 'standard'), layers: [D(8, 'sigmoid'), D(8, 'sigmoid'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.003), training: tr(150, 64) });
spec('loss-plateau.heavy-weight-decay', { data: planks(), layers: [D(16, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01, { weightDecay: 5 }), training: tr(80, 32) });
spec('loss-plateau.dropout-ninety', { data: force(), layers: [D(16, 'relu'), drop(0.9), D(16, 'relu'), drop(0.9), D(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-plateau.clipnorm-tiny', { data: tca(), layers: [D(16, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { clipNorm: 1e-4 }), training: tr(100, 32) });

// ---------------- oscillating-loss ----------------
spec('oscillating-loss.momentum-099-batch4', { data: force(), layers: [D(16, 'tanh'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: tr(80, 4) });
spec('oscillating-loss.adam-005-batch1', { data: tca(), layers: [D(16, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(60, 1) });
spec('oscillating-loss.rmsprop-003-batch2', { data: montado(), layers: [D(32, 'relu'), D(1)], loss: 'mse', optimizer: opt('rmsprop', 0.03), training: tr(80, 2) });
spec('oscillating-loss.sgd-fullbatch-edge', { data: force(), layers: [D(1)], loss: 'mse', optimizer: opt('sgd', 0.95), training: tr(80, 420) });

// ================= healthy =================
spec('ok.grades-adam-relu', { data: planks(), layers: [D(32, 'relu'), D(16, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.grades-sgd-momentum-tanh', { data: planks(), layers: [D(24, 'tanh'), D(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 16) });
spec('ok.grades-rmsprop-elu-dropout', { data: planks(), layers: [D(32, 'elu'), drop(0.2), D(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
spec('ok.grades-minmax-nesterov', { data: planks('minmax'), layers: [D(32, 'leaky_relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(120, 32) });
spec('ok.grades-batchnorm-raw', { data: planks('none'), layers: [D(32, 'relu', { batchNorm: true }), D(16, 'relu', { batchNorm: true }), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
spec('ok.grades-softmax-only', { data: planks(), layers: [D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(100, 32) });
spec('ok.grades-fullbatch-adam', { data: planks(), layers: [D(32, 'tanh'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(300, 480) });
spec('ok.grades-wd-clip', { data: planks(), layers: [D(48, 'relu'), D(24, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 1e-4, clipNorm: 5 }), training: tr(80, 64, { validationSplit: 0.15 }) });
spec('ok.force-adam-relu', { data: force(), layers: [D(32, 'relu'), D(16, 'relu'), D(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.force-sgd-tanh', { data: force(), layers: [D(16, 'tanh'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.9 }), training: tr(120, 16) });
spec('ok.force-linear-regression', { data: force(), layers: [D(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.force-rmsprop-elu-val', { data: force('minmax', 'standard'), layers: [D(24, 'elu'), D(12, 'elu'), D(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.force-batch1-sgd', { data: force(), layers: [D(8, 'tanh'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(40, 1) });
spec('ok.force-minmax-target', { data: force('standard', 'minmax'), layers: [D(16, 'relu'), D(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('ok.force-deep-batchnorm-sgd', { data: force(), layers: [D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(80, 32) });
spec('ok.leak-adam-relu', { data: leak(), layers: [D(16, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.leak-logistic-sgd', { data: leak(), layers: [D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2), training: tr(150, 32) });
spec('ok.leak-rmsprop-tanh-dropout', { data: leak(), layers: [D(24, 'tanh'), drop(0.3), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(100, 16, { validationSplit: 0.2 }) });
spec('ok.leak-leaky-nesterov', { data: leak('minmax'), layers: [D(16, 'leaky_relu'), D(8, 'leaky_relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
spec('ok.montado-adam-relu', { data: montado(), layers: [D(32, 'relu'), D(16, 'relu'), D(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('ok.montado-elu-rmsprop', { data: montado(), layers: [D(24, 'elu'), D(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(150, 16) });
spec('ok.montado-tanh-sgd-batch8', { data: montado(), layers: [D(16, 'tanh'), D(8, 'tanh'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.8 }), training: tr(120, 8) });
spec('ok.montado-minmax-target-adam', { data: montado('minmax', 'minmax'), layers: [D(32, 'relu'), D(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 16) });
spec('ok.montado-deep-leaky', { data: montado(), layers: [D(32, 'leaky_relu'), D(32, 'leaky_relu'), D(16, 'leaky_relu'), D(8, 'leaky_relu'), D(1)], loss: 'mse', optimizer: opt('adam', 0.002, { clipNorm: 1 }), training: tr(120, 32, { validationSplit: 0.1 }) });
spec('ok.montado-wide-shallow-sgd', { data: montado(), layers: [D(128, 'relu'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(150, 16) });
spec('ok.taint-adam-tanh', { data: tca(), layers: [D(16, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.taint-sgd-momentum-relu', { data: tca(), layers: [D(16, 'relu'), D(8, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 16) });
spec('ok.taint-rmsprop-sigmoid-hidden', { data: tca(), layers: [D(12, 'sigmoid'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(120, 32) });
spec('ok.taint-batchnorm-raw', { data: tca('none'), layers: [D(16, 'relu', { batchNorm: true }), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('ok.taint-cce-two-class', { data: tca(), layers: [D(16, 'elu'), D(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.iris-sgd-tanh', { data: { builtin: 'iris', normalize: 'standard' }, layers: [D(8, 'tanh'), D(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 16) });
spec('ok.moons-adam-relu', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-rmsprop', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [D(12, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(150, 16) });
spec('ok.spirals-deep-elu', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [D(64, 'elu'), D(64, 'elu'), D(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [D(32, 'tanh'), D(32, 'tanh'), D(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 16) });
spec('ok.xor-sgd-sigmoid', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [D(8, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(200, 16) });
spec('ok.blobs-four-softmax', { data: { builtin: 'blobs', samples: 400, classes: 4, noise: 0.1 }, layers: [D(8, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('ok.inline-boiling-loss', { data: { inline: { x: [[60, 1], [60, 2], [75, 1], [75, 2], [90, 1], [90, 2], [45, 1], [45, 2], [60, 3], [75, 3], [90, 3], [45, 3]], y: [3.1, 2.6, 3.9, 3.3, 4.6, 4.0, 2.4, 1.9, 2.1, 2.8, 3.5, 1.5] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [D(4, 'tanh'), D(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(400, 12) });
spec('ok.inline-punch-ok', { data: { inline: { x: [[24.1, 180], [23.8, 150], [24.3, 210], [23.5, 130], [24.0, 175], [23.6, 140], [24.4, 220], [23.7, 160], [24.2, 200], [23.4, 120], [24.0, 190], [23.9, 145]], y: ['ok', 'rejeitar', 'ok', 'rejeitar', 'ok', 'rejeitar', 'ok', 'rejeitar', 'ok', 'rejeitar', 'ok', 'rejeitar'] }, normalize: 'standard' }, layers: [D(4, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 4) });
spec('ok.grades-rmsprop-batch4', { data: planks(), layers: [D(16, 'tanh'), D(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(50, 4) });
spec('ok.montado-he-uniform-lecun', { data: montado(), layers: [D(24, 'relu', { init: 'he_uniform' }), D(12, 'tanh', { init: 'lecun_normal' }), D(1, 'linear', { init: 'xavier_normal' })], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.leak-batch-full-adam', { data: leak(), layers: [D(16, 'elu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(300, 420) });
spec('ok.force-sgd-wd-long', { data: force(), layers: [D(24, 'relu'), D(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, weightDecay: 1e-3 }), training: tr(200, 64) });

// ---------------- oscillating-loss, second pass (added after the first observation) ----------------
spec('oscillating-loss.adam-003-batch2-force', { data: force(), layers: [D(16, 'tanh'), D(1)], loss: 'mse', optimizer: opt('adam', 0.03), training: tr(60, 2) });
spec('oscillating-loss.rmsprop-005-batch1-leak', { data: leak(), layers: [D(16, 'relu'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.05), training: tr(60, 1) });
spec('oscillating-loss.momentum-03-batch2-taint', { data: tca(), layers: [D(16, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(60, 2) });
