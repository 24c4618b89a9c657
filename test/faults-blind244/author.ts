/**
 * Blind set 244 (goat dairies and goat-cheese makers): writes every candidate spec into candidates/.
 * `npx tsx test/faults-blind244/author.ts`
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
let seed = 244;
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const s = { name: file.replace(/\./g, '-'), seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const d = (units: number, activation = 'linear', more: J = {}): J => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });

// Data blocks.
const MILK_F = ['parity', 'days_in_milk', 'body_weight_kg', 'hay_dm_kg', 'concentrate_kg', 'total_dm_kg', 'pasture_hours', 'barn_temp_c', 'pen_no'];
const milk = (norm = 'standard', more: J = {}): J => ({ csv: '../data/doe_milk.csv', target: 'milk_l', features: MILK_F, normalize: norm, ...more });
const VAT_F = ['milk_l', 'fat_pct', 'protein_pct', 'ph_at_rennet', 'rennet_ml', 'coag_temp_c', 'curd_set_min', 'salt_pct', 'room_humidity'];
const vats = (norm = 'standard', more: J = {}): J => ({ csv: '../data/cheese_vats.csv', target: 'grade', features: VAT_F, normalize: norm, ...more });
const vatsEu = (norm = 'standard'): J => ({ csv: '../data/cheese_vats_eu.csv', target: 'grade', features: VAT_F, normalize: norm });
const UDDER_F = ['days_in_milk', 'scc_per_ml', 'conductivity_ms', 'milk_temp_c', 'cmt_score', 'parity'];
const udder = (norm = 'standard', more: J = {}): J => ({ csv: '../data/udder_health.csv', target: 'mastitis', features: UDDER_F, normalize: norm, ...more });
const RIP_F = ['start_weight_g', 'age_days', 'cellar_temp_c', 'cellar_rh', 'turns_per_week', 'rind_type'];
const ripen = (norm = 'standard', tnorm = 'standard', more: J = {}): J => ({ csv: '../data/ripening.csv', target: 'weight_loss_g', features: RIP_F, normalize: norm, normalizeTarget: tnorm, ...more });
const b = (name: string, more: J = {}): J => ({ builtin: name, ...more });

const adam = (lr: number, more: J = {}): J => ({ type: 'adam', lr, ...more });
const sgd = (lr: number, more: J = {}): J => ({ type: 'sgd', lr, ...more });
const rms = (lr: number, more: J = {}): J => ({ type: 'rmsprop', lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}): J => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', milk(), [d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(100, 32));
spec('invalid-spec.relu-capital', vats(), [d(24, 'ReLU'), d(12, 'ReLU'), d(4, 'softmax')], 'cce', adam(0.003), tr(120, 32));
spec('invalid-spec.dropout-percent', udder(), [d(16, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
spec('invalid-spec.keras-loss-name', udder(), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(100, 32));
spec('invalid-spec.validation-split-percent', milk(), [d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 20 }));
// data-error
spec('data-error.next-season-file', { csv: '../data/doe_milk_2024.csv', target: 'milk_l', features: MILK_F, normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.target-in-kg', { csv: '../data/doe_milk.csv', target: 'milk_kg', features: MILK_F, normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.ids-and-dates-as-features', { csv: '../data/doe_milk.csv', target: 'milk_l', normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.parlour-export-na', { csv: '../data/doe_milk_gaps.csv', target: 'milk_l', features: MILK_F, normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('data-error.shared-drive-path', { csv: '../../../../../mnt/dairy/udder_health.csv', target: 'mastitis', features: UDDER_F, normalize: 'standard' }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
// shape-mismatch
spec('shape-mismatch.three-grades-not-four', vats(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));
spec('shape-mismatch.two-targets-one-unit', { csv: '../data/ripening.csv', target: ['weight_loss_g', 'moisture_pct'], features: RIP_F, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('shape-mismatch.milk-two-outputs', milk(), [d(16, 'relu'), d(2)], 'mse', adam(0.003), tr(100, 32));
spec('shape-mismatch.eu-export-five-units', vatsEu(), [d(20, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(100, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', udder(), [d(12, 'relu'), d(1)], 'bce', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', vats(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.tanh-head-litres', milk(), [d(16, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(150, 32));
spec('loss-activation-mismatch.softmax-one-unit-bce', udder(), [d(12, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.relu-head-moisture', { csv: '../data/ripening.csv', target: 'moisture_pct', features: RIP_F, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(150, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden-milk', milk(), [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(150, 32));
spec('init-symmetry.constant-vats', vats(), [d(20, 'relu', { init: 'constant', value: 0.1 }), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(120, 32));
spec('init-symmetry.zeros-udder-sigmoid', udder(), [d(12, 'sigmoid', { init: 'zeros' }), d(6, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(120, 32));
spec('init-symmetry.constant-moons', b('moons', { samples: 300, noise: 0.15 }), [d(16, 'tanh', { init: 'constant', value: 0.5 }), d(16, 'tanh', { init: 'constant', value: 0.5 }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
// init-scale
spec('init-scale.std-five-milk', milk(), [d(32, 'relu', { init: 'normal', std: 5 }), d(32, 'relu', { init: 'normal', std: 5 }), d(1, 'linear', { init: 'normal', std: 5 })], 'mse', adam(0.001), tr(100, 32));
spec('init-scale.tiny-uniform-deep', vats(), [d(24, 'tanh', { init: 'uniform', limit: 1e-4 }), d(24, 'tanh', { init: 'uniform', limit: 1e-4 }), d(24, 'tanh', { init: 'uniform', limit: 1e-4 }), d(4, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', sgd(0.05), tr(100, 32));
spec('init-scale.std-twenty-udder', udder(), [d(16, 'tanh', { init: { name: 'normal', std: 20 } }), d(8, 'tanh', { init: { name: 'normal', std: 20 } }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
spec('init-scale.std-ten-spirals', b('spirals', { samples: 300 }), [d(32, 'relu', { init: 'normal', std: 10 }), d(32, 'relu', { init: 'normal', std: 10 }), d(2, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9 }), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-vats', vats(), [d(32), d(16), d(4, 'softmax')], 'cce', adam(0.003), tr(150, 32));
spec('no-nonlinearity.linear-circles', b('circles', { samples: 300, noise: 0.05 }), [d(16), d(16), d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
spec('no-nonlinearity.linear-moisture', { csv: '../data/ripening.csv', target: 'moisture_pct', features: RIP_F, normalize: 'standard', normalizeTarget: 'standard' }, [d(32, 'linear'), d(16, 'linear'), d(1)], 'mse', rms(0.002), tr(150, 32));
spec('no-nonlinearity.linear-xor', b('xor', { samples: 300 }), [d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), tr(150, 16));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-20', udder(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', adam(20), tr(100, 32));
spec('lr-out-of-range.sgd-lr-150', milk(), [d(16, 'tanh'), d(1)], 'mse', sgd(150), tr(100, 32));
spec('lr-out-of-range.rmsprop-lr-1e-9', vats(), [d(24, 'relu'), d(4, 'softmax')], 'cce', rms(1e-9), tr(100, 32));
spec('lr-out-of-range.sgd-lr-1e-10', b('moons'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1e-10, { momentum: 0.9 }), tr(100, 32));
// dead-relu
spec('dead-relu.negative-bias-milk', milk(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.001), tr(100, 32));
spec('dead-relu.sgd-blowout-vats', vats(), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(3.0), tr(80, 16));
spec('dead-relu.negative-bias-udder', udder(), [d(24, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(100, 32));
spec('dead-relu.raw-features-bias', ripen('none', 'standard'), [d(16, 'relu', { bias: -50 }), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(100, 32));
// exploding-gradient
spec('exploding-gradient.raw-grams-sgd', ripen('none', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(0.0001), tr(60, 32));
spec('exploding-gradient.raw-scc-regression', { csv: '../data/udder_health.csv', target: 'scc_per_ml', features: ['days_in_milk', 'conductivity_ms', 'milk_temp_c', 'cmt_score', 'parity'], normalize: 'standard' }, [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', sgd(0.001, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.deep-relu-std1', milk(), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1)], 'mse', sgd(0.001), tr(60, 32));
spec('exploding-gradient.raw-weight-loss-rmsprop', ripen('none', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.00005, { momentum: 0.9 }), tr(60, 16));
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-vats', vats(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.01), tr(80, 32));
spec('vanishing-gradient.deep-sigmoid-udder', udder(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.02), tr(80, 32));
spec('vanishing-gradient.tanh-small-init-deep', milk(), [d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(1, 'linear', { init: 'normal', std: 0.01 })], 'mse', sgd(0.01), tr(80, 32));
spec('vanishing-gradient.sigmoid-tower-moons', b('moons', { samples: 300 }), [d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.5 }), tr(80, 32));
// nan-loss
spec('nan-loss.raw-grams-sgd-lr', ripen('none', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(50, 32));
spec('nan-loss.raw-scc-adam-huge', { csv: '../data/udder_health.csv', target: 'scc_per_ml', features: ['days_in_milk', 'conductivity_ms', 'milk_temp_c', 'cmt_score', 'parity'], normalize: 'none' }, [d(16, 'relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(50, 32));
spec('nan-loss.milk-sgd-lr-5', milk(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(5), tr(50, 16));
spec('nan-loss.raw-milk-features-sgd', milk('none'), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), tr(50, 8));
// lr-too-high
spec('lr-too-high.adam-0p5-vats', vats(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.5), tr(100, 32));
spec('lr-too-high.sgd-2-moons', b('moons', { samples: 300 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(4), tr(100, 32));
spec('lr-too-high.rmsprop-0p2-milk', milk(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.2), tr(100, 32));
spec('lr-too-high.nesterov-0p8-udder', udder(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.8, { momentum: 0.9, nesterov: true }), tr(100, 16));
spec('lr-too-high.adam-1-iris', b('iris', {}), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(1), tr(100, 16), {});
// lr-too-low
spec('lr-too-low.sgd-1e-5-vats', vats(), [d(24, 'relu'), d(4, 'softmax')], 'cce', sgd(1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6-milk', milk(), [d(16, 'relu'), d(1)], 'mse', adam(1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-1e-6-udder', udder(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', rms(1e-6), tr(100, 32));
spec('lr-too-low.momentum-1e-5-circles', b('circles', { samples: 300, noise: 0.05 }), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(1e-5, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-low.sgd-full-batch-ripen', ripen(), [d(16, 'elu'), d(1)], 'mse', sgd(0.0001), tr(150, 300));
// saturated-activation
spec('saturated-activation.raw-scc-sigmoid', udder('none'), [d(16, 'sigmoid', { init: 'normal', std: 1 }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
spec('saturated-activation.raw-dim-tanh', milk('none'), [d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', adam(0.003), tr(100, 32));
spec('saturated-activation.sigmoid-bias-8', vats(), [d(24, 'sigmoid', { bias: 8 }), d(4, 'softmax')], 'cce', sgd(0.05), tr(100, 32));
spec('saturated-activation.raw-ripening-tanh', ripen('none', 'standard'), [d(24, 'tanh'), d(1)], 'mse', rms(0.001), tr(100, 32));
// loss-plateau
spec('loss-plateau.xor-two-units-sgd', b('xor', { samples: 300, noise: 0.05 }), [d(2, 'sigmoid', { init: 'normal', std: 0.01 }), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(200, 32));
spec('loss-plateau.spirals-tiny-net', b('spirals', { samples: 400, classes: 3 }), [d(3, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(200, 32));
spec('loss-plateau.heavy-decay-vats', vats(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003, { weightDecay: 2 }), tr(150, 32));
spec('loss-plateau.heavy-decay-milk', milk(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.9, weightDecay: 5 }), tr(150, 32));
// oscillating-loss
spec('oscillating-loss.batch1-sgd-udder', udder(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(60, 1));
spec('oscillating-loss.momentum-099-milk', milk(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05, { momentum: 0.99 }), tr(100, 16));
spec('oscillating-loss.adam-0p05-batch4-vats', vats(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.05), tr(80, 4));
spec('oscillating-loss.rmsprop-0p05-ripen', ripen(), [d(24, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 8));

// ---------------- healthy ----------------
spec('ok.milk-adam-relu', milk(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
spec('ok.milk-sgd-momentum-tanh', milk(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.milk-minmax-elu-rmsprop', milk('minmax'), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(150, 16));
spec('ok.milk-batchnorm-nesterov', milk(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(120, 32));
spec('ok.milk-dropout-val', milk(), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.milk-full-batch-adam', milk(), [d(32, 'tanh'), d(1)], 'mse', adam(0.02), tr(400, 420));
spec('ok.milk-batch1-sgd', milk(), [d(16, 'relu'), d(1)], 'mse', sgd(0.002), tr(30, 1));
spec('ok.milk-leaky-lecun', milk(), [d(32, 'leaky_relu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.005, { clipNorm: 1 }), tr(150, 64));
spec('ok.milk-linear-regression', milk(), [d(1)], 'mse', sgd(0.05), tr(100, 32));
spec('ok.vats-adam-relu', vats(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(150, 32));
spec('ok.vats-eu-export-tanh', vatsEu(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', adam(0.01), tr(150, 32));
spec('ok.vats-sgd-momentum-bn', vats(), [d(32, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.vats-rmsprop-elu-dropout', vats(), [d(48, 'elu'), drop(0.3), d(24, 'elu'), d(4, 'softmax')], 'cce', rms(0.002), tr(150, 16));
spec('ok.vats-minmax-deep', vats('minmax'), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.002), tr(150, 32));
spec('ok.vats-nesterov-leaky-val', vats(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', sgd(0.03, { momentum: 0.9, nesterov: true }), tr(200, 16, { validationSplit: 0.15 }));
spec('ok.vats-full-batch-sgd', vats(), [d(24, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', sgd(0.5), tr(600, 380));
spec('ok.udder-adam-relu', udder(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(120, 32));
spec('ok.udder-logistic-sgd', udder(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 32));
spec('ok.udder-rmsprop-tanh-decay', udder(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003, { weightDecay: 1e-4 }), tr(120, 16));
spec('ok.udder-batch2-momentum', udder(), [d(12, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.005, { momentum: 0.9 }), tr(40, 2));
spec('ok.udder-softmax-two-classes', udder(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(120, 32));
spec('ok.udder-bn-clip-val', udder(), [d(24, 'relu', { batchNorm: true }), drop(0.2), d(1, 'sigmoid')], 'bce', adam(0.003, { clipNorm: 5 }), tr(120, 32, { validationSplit: 0.25 }));
spec('ok.ripen-adam-normtarget', ripen(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(200, 32));
spec('ok.ripen-minmax-tanh-sgd', ripen('minmax', 'minmax'), [d(24, 'tanh'), d(1)], 'mse', sgd(0.1, { momentum: 0.9 }), tr(300, 16));
spec('ok.ripen-two-targets', { csv: '../data/ripening.csv', target: ['weight_loss_g', 'moisture_pct'], features: RIP_F, normalize: 'standard', normalizeTarget: 'standard' }, [d(32, 'elu'), d(16, 'elu'), d(2)], 'mse', adam(0.003), tr(200, 32));
spec('ok.ripen-moisture-rmsprop', { csv: '../data/ripening.csv', target: 'moisture_pct', features: RIP_F, normalize: 'standard', normalizeTarget: 'standard' }, [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(200, 32));
spec('ok.ripen-sigmoid-hidden', ripen(), [d(24, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(300, 32));
spec('ok.moons-adam', b('moons', { samples: 300, noise: 0.15 }), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
spec('ok.circles-tanh-sgd', b('circles', { samples: 300, noise: 0.05 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), tr(200, 32));
spec('ok.spirals-deep-adam', b('spirals', { samples: 400, classes: 3 }), [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
spec('ok.xor-elu-rmsprop', b('xor', { samples: 300, noise: 0.05 }), [d(12, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 16));
spec('ok.blobs-five-leaky', b('blobs', { samples: 400, classes: 5 }), [d(16, 'leaky_relu'), d(5, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
spec('ok.sine-tanh-adam', b('sine', { samples: 300 }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 32));
spec('ok.iris-standard-nesterov', b('iris', { normalize: 'standard' }), [d(12, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.iris-sigmoid-hidden-adam', b('iris', { normalize: 'standard' }), [d(10, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.02), tr(200, 8));
spec('ok.inline-curd-ph', { inline: { x: [[6.1, 30], [6.2, 31], [6.3, 29], [6.4, 32], [6.5, 30], [6.6, 33], [6.7, 28], [6.15, 34], [6.35, 27], [6.55, 31], [6.25, 33], [6.45, 29]], y: [22, 27, 35, 38, 45, 47, 60, 21, 43, 45, 27, 42] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(400, 12));
spec('ok.inline-kid-sex-labels', { inline: { x: [[3.1, 1], [3.8, 2], [2.9, 1], [4.2, 2], [3.5, 1], [4.0, 2], [2.7, 1], [4.4, 2], [3.3, 1], [3.9, 2], [3.0, 2], [4.1, 1]], y: ['doeling', 'buckling', 'doeling', 'buckling', 'doeling', 'buckling', 'doeling', 'buckling', 'doeling', 'buckling', 'buckling', 'doeling'] }, normalize: 'standard' }, [d(6, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(300, 4));
spec('ok.milk-deep-narrow-elu', milk(), [d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(1)], 'mse', adam(0.002), tr(150, 32));
spec('ok.vats-wide-single-rmsprop', vats(), [d(128, 'relu'), d(4, 'softmax')], 'cce', rms(0.001), tr(100, 64));
spec('ok.milk-sgd-uniform-init', milk(), [d(24, 'relu', { init: { name: 'uniform', limit: 0.3 } }), d(1)], 'mse', sgd(0.01, { momentum: 0.8 }), tr(150, 32));
spec('ok.udder-adam-normal-init', udder(), [d(20, 'tanh', { init: 'normal', std: 0.3 }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120, 64));
spec('ok.ripen-clipnorm-sgd', ripen(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.9, clipNorm: 1 }), tr(200, 32));
console.log(fs.readdirSync(out).length, 'candidates');
// Added after the first observation (init-symmetry had too few clear cases).
spec('init-symmetry.zeros-vats-tanh', vats(), [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', sgd(0.05, { momentum: 0.9 }), tr(120, 32));
