/**
 * Writes every candidate spec of test/faults-blind75 into candidates/ (`npx tsx test/faults-blind75/author.ts`),
 * plus candidates/intent.json: what each candidate was written to show. Verdicts are decided afterwards,
 * from the bare engine (observed.txt), in write-manifest.py.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
interface Candidate {
  id: string;
  /** The code the candidate was written to show, or 'healthy'. */
  intent: string;
  stage?: 'static' | 'probe' | 'training';
  catches?: string[];
  text: string;
  spec: Json;
}

const ETCH = ['chamber_temp_C', 'pressure_mTorr', 'rf_power_W', 'ar_sccm', 'cf4_sccm', 'step_time_s'];
const WAFER = ['leakage_nA', 'vth_V', 'ro_freq_MHz', 'idd_mA', 'test_temp_C'];
const BOARD = ['rail_3v3_V', 'rail_1v8_V', 'rail_5v_V', 'current_mA', 'temp_C'];
const SOLDER = ['void_pct', 'fillet_height_um', 'bridge_score', 'pad_area_mm2', 'wetting_angle_deg'];
const BURN = ['burnin_h', 'stress_temp_C', 'vdd_stress_V'];

const csv = (file: string, target: string, features: string[] | undefined, normalize = 'standard', extra: Json = {}): Json => ({
  csv: `../data/${file}`, target, ...(features ? { features } : {}), normalize, ...extra,
});
const etch = (extra: Json = {}, norm = 'standard') => csv('etch.csv', 'thickness_nm', ETCH, norm, { normalizeTarget: 'standard', ...extra });
const defects = (norm = 'standard') => csv('defects.csv', 'defect_class', ETCH, norm);
const wafer = (norm = 'standard') => csv('wafertest.csv', 'fail', WAFER, norm);
const board = (norm = 'standard') => csv('boardtest.csv', 'outcome', BOARD, norm);
const solder = (norm = 'standard') => csv('solder.csv', 'defective', SOLDER, norm);
const burn = (extra: Json = {}, norm = 'standard') => csv('burnin.csv', 'delta_vth_mV', BURN, norm, { normalizeTarget: 'standard', ...extra });

const d = (units: number, activation: string, extra: Json = {}): Json => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 75): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

const C: Candidate[] = [];
const add = (id: string, intent: string, text: string, s: Json, stage?: Candidate['stage'], catches?: string[]) =>
  C.push({ id, intent, text, spec: s, stage, catches: catches ?? (intent === 'healthy' ? undefined : [intent]) });

// ---------------- healthy ----------------
add('etch-thickness-adam', 'healthy', 'etch.csv thickness regression, [32 relu, 16 relu, 1 linear], adam 0.003',
  spec('etch-thickness', etch(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)));
add('etch-thickness-sgd-momentum', 'healthy', 'etch.csv regression, tanh hidden, sgd momentum 0.9 lr 0.01',
  spec('etch-sgd', etch(), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(150, 16)));
add('etch-thickness-rmsprop-minmax', 'healthy', 'etch.csv minmax features, elu, rmsprop 0.002',
  spec('etch-rmsprop', etch({}, 'minmax'), [d(32, 'elu'), d(32, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(200, 32)));
add('etch-thickness-batchnorm', 'healthy', 'etch.csv, batchNorm relu layers, adam 0.003, val split',
  spec('etch-bn', etch(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 32, { validationSplit: 0.2 })));
add('etch-thickness-weightdecay', 'healthy', 'etch.csv, leaky_relu, adam with weightDecay 1e-4 and clipNorm 5',
  spec('etch-wd', etch(), [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 5 }), tr(150, 64)));
add('defects-4class-adam', 'healthy', 'defects.csv 4 string classes, [32 relu, 16 relu, 4 softmax], cce, adam 0.005',
  spec('defects', defects(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 32)));
add('defects-4class-dropout', 'healthy', 'defects.csv, 64 relu + dropout 0.3, cce, adam 0.003 with weightDecay 1e-3',
  spec('defects-dropout', defects(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1e-3 }), tr(120, 32)));
add('defects-4class-sgd-nesterov', 'healthy', 'defects.csv, relu, sgd nesterov momentum 0.9 lr 0.01',
  spec('defects-sgd', defects(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(200, 32)));
add('defects-4class-rmsprop', 'healthy', 'defects.csv minmax, elu, rmsprop 0.003',
  spec('defects-rmsprop', defects('minmax'), [d(32, 'elu'), d(32, 'elu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(200, 32)));
add('wafer-fail-adam', 'healthy', 'wafertest.csv rare fail (6%), [16 relu, 8 relu, 1 sigmoid], bce, adam 0.005',
  spec('wafer-fail', wafer(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32)));
add('wafer-fail-batchnorm', 'healthy', 'wafertest.csv, batchNorm relu, bce, adam 0.003, batch 64',
  spec('wafer-bn', wafer(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 64)));
add('wafer-fail-rmsprop-tanh', 'healthy', 'wafertest.csv, tanh, rmsprop 0.003',
  spec('wafer-rmsprop', wafer(), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(150, 32)));
add('wafer-fail-sgd-momentum', 'healthy', 'wafertest.csv, relu, sgd momentum 0.9 lr 0.02',
  spec('wafer-sgd', wafer(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.9 }), tr(200, 32)));
add('board-3class-adam', 'healthy', 'boardtest.csv pass/rework/scrap, [32 relu, 16 relu, 3 softmax], cce, adam 0.005',
  spec('board', board(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 32)));
add('board-3class-elu-dropout', 'healthy', 'boardtest.csv, elu + dropout 0.1, adam 0.003 with weightDecay',
  spec('board-elu', board(), [d(48, 'elu'), drop(0.1), d(24, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1e-4 }), tr(200, 32)));
add('board-3class-sgd', 'healthy', 'boardtest.csv, tanh, sgd momentum 0.9 lr 0.05, batch 16',
  spec('board-sgd', board(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(200, 16)));
add('board-3class-rmsprop-bn', 'healthy', 'boardtest.csv, batchNorm leaky_relu, rmsprop 0.002',
  spec('board-rmsprop', board(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(150, 32)));
add('solder-bad-adam', 'healthy', 'solder.csv defective joint, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003',
  spec('solder', solder(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32)));
add('solder-bad-sgd-plain', 'healthy', 'solder.csv, tanh, plain sgd lr 0.1, batch 16',
  spec('solder-sgd', solder(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(200, 16)));
add('solder-bad-minmax-rmsprop', 'healthy', 'solder.csv minmax, relu, rmsprop 0.003, clipNorm 1',
  spec('solder-rmsprop', solder('minmax'), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { clipNorm: 1 }), tr(200, 32)));
add('burnin-drift-adam', 'healthy', 'burnin.csv delta_vth regression, [24 relu, 12 relu, 1 linear], adam 0.003',
  spec('burnin', burn(), [d(24, 'relu'), d(12, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)));
add('burnin-drift-tanh-sgd', 'healthy', 'burnin.csv, tanh, sgd momentum 0.9 lr 0.01',
  spec('burnin-sgd', burn(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(200, 16)));
add('burnin-drift-elu-rmsprop', 'healthy', 'burnin.csv minmax, elu, rmsprop 0.002',
  spec('burnin-rmsprop', burn({}, 'minmax'), [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(200, 32)));
add('iris-like-blobs-4class', 'healthy', 'builtin blobs 4 classes (die-map clusters), relu, adam 0.01',
  spec('blobs-dies', { builtin: 'blobs', classes: 4, samples: 400, noise: 0.1, normalize: 'standard' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32)));
add('moons-wafer-edge', 'healthy', 'builtin moons (edge-ring pattern stand-in), [16 relu, 16 relu, 1 sigmoid], adam 0.01',
  spec('moons-edge', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)));
add('circles-center-defect', 'healthy', 'builtin circles (centre-spot defect map), elu, adam 0.005',
  spec('circles-center', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(120, 32)));
add('sine-ro-drift', 'healthy', 'builtin sine (periodic oscillator drift), [32 tanh, 1 linear], adam 0.01',
  spec('sine-drift', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(300, 32)));
add('iris-rmsprop', 'healthy', 'builtin iris (as a 3-class classifier sanity check), relu, rmsprop 0.005',
  spec('iris-check', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 16)));
add('xor-scan-chain', 'healthy', 'builtin xor (scan-chain parity), [8 tanh, 1 sigmoid], adam 0.01',
  spec('xor-parity', { builtin: 'xor', samples: 300 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));
add('spirals-3class', 'healthy', 'builtin spirals 3 classes, [64 relu, 32 relu, 3 softmax], adam 0.005',
  spec('spirals-3', { builtin: 'spirals', classes: 3, samples: 450, noise: 0.05 }, [d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(400, 32)));
add('etch-defects-lecun-elu', 'healthy', 'defects.csv, lecun_normal elu layers, adam 0.004, batch 16',
  spec('defects-lecun', defects(), [d(32, 'elu', { init: 'lecun_normal' }), d(16, 'elu', { init: 'lecun_normal' }), d(4, 'softmax')], 'cce', opt('adam', 0.004), tr(150, 16)));
add('wafer-fail-he-uniform-dropout', 'healthy', 'wafertest.csv, he_uniform relu with dropout, adam 0.003, val split',
  spec('wafer-drop', wafer(), [d(32, 'relu', { init: 'he_uniform' }), drop(0.2), d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(200, 32, { validationSplit: 0.25 })));
add('etch-thickness-wide-shallow', 'healthy', 'etch.csv, one 64-unit relu layer, adam 0.005, batch 8',
  spec('etch-wide', etch(), [d(64, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(120, 8)));
add('burnin-drift-xavier-normal', 'healthy', 'burnin.csv, xavier_normal tanh, rmsprop 0.001, batch 8',
  spec('burnin-xn', burn(), [d(32, 'tanh', { init: 'xavier_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(150, 8)));
add('solder-bad-deep-bn', 'healthy', 'solder.csv, three batchNorm relu layers, adam 0.002',
  spec('solder-deep', solder(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(150, 32)));

// ---------------- static faults ----------------
add('invalid-spec.activation-relu-camel', 'invalid-spec', 'activation written "ReLu" on the hidden layers (PyTorch nn.ReLU habit)',
  spec('etch-camel', etch(), [d(32, 'ReLu'), d(16, 'ReLu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)), 'static');
add('invalid-spec.learning-rate-key', 'invalid-spec', 'optimizer written with "learning_rate" instead of "lr" (Keras habit)',
  spec('wafer-lr-key', wafer(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', learning_rate: 0.003 }, tr(150, 32)), 'static');
add('invalid-spec.epochs-string', 'invalid-spec', 'training.epochs given as the string "200" pasted from a run sheet',
  spec('board-epochs', board(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), { epochs: '200', batchSize: 32 }), 'static');
add('invalid-spec.optimizer-sgd-momentum-name', 'invalid-spec', 'optimizer type "SGDM" (a tool name from the fab\'s ML platform), not an optimizer the engine knows',
  spec('defects-sgdm', defects(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgdm', lr: 0.05, momentum: 0.9 }, tr(150, 32)), 'static');
add('data-error.target-misspelled', 'data-error', 'target "thickness" but the column is "thickness_nm"',
  spec('etch-target', csv('etch.csv', 'thickness', ETCH, 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)), 'static');
add('data-error.feature-not-in-export', 'data-error', 'features list "rf_power" and "bias_V", columns the etch export does not have (it has rf_power_W, no bias)',
  spec('etch-features', csv('etch.csv', 'thickness_nm', ['chamber_temp_C', 'pressure_mTorr', 'rf_power', 'bias_V', 'step_time_s'], 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)), 'static');
add('data-error.tester-open-cells', 'data-error', 'wafer tester export with "OPEN" and "NA" cells in leakage and ring-oscillator columns',
  spec('wafer-export', csv('wafertest-export.csv', 'fail', WAFER), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32)), 'static');
add('data-error.three-board-rows', 'data-error', 'trains on a one-lot board export that holds only three boards',
  spec('board-lot17', csv('boardtest-lot17.csv', 'outcome', BOARD), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32)), 'static');
add('data-error.chamberB-target-name', 'data-error', 'chamber B export names the target "thk_nm"; spec still asks for "thickness_nm"',
  spec('etch-chamberB', csv('etch-chamberB.csv', 'thickness_nm', ETCH, 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)), 'static');
add('shape-mismatch.three-defect-units', 'shape-mismatch', 'softmax output of 3 units for the 4 defect classes (arcing added later)',
  spec('defects-3units', defects(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32)), 'static');
add('shape-mismatch.board-single-sigmoid', 'shape-mismatch', 'pass/rework/scrap with one sigmoid output and bce, as if pass/fail',
  spec('board-binary', board(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(150, 32)), 'static', ['shape-mismatch', 'loss-activation-mismatch']);
add('shape-mismatch.thickness-two-outputs', 'shape-mismatch', 'thickness regression with a 2-unit output (copied from a thickness+uniformity model)',
  spec('etch-2out', etch(), [d(32, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)), 'static');
add('loss-activation-mismatch.defects-softmax-mse', 'loss-activation-mismatch', 'softmax output trained with mse on the 4 defect classes',
  spec('defects-mse', defects(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'mse', opt('adam', 0.005), tr(150, 32)), 'static');
add('loss-activation-mismatch.wafer-linear-bce', 'loss-activation-mismatch', 'linear output unit under bce for the die fail flag',
  spec('wafer-linear-bce', wafer(), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(150, 32)), 'static');
add('loss-activation-mismatch.thickness-sigmoid', 'loss-activation-mismatch', 'sigmoid output for film thickness in nm (targets 100-500, not normalized)',
  spec('etch-sigmoid', csv('etch.csv', 'thickness_nm', ETCH), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(150, 32)), 'static');
add('init-symmetry.etch-zeros', 'init-symmetry', 'hidden layers initialised with zeros',
  spec('etch-zeros', etch(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)), 'static');
add('init-symmetry.board-constant', 'init-symmetry', 'hidden layers initialised constant 0.1 ("small positive so relu fires")',
  spec('board-const', board(), [d(32, 'relu', { init: { name: 'constant', value: 0.1 } }), d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32)), 'static');
add('init-symmetry.solder-zeros-sgd', 'init-symmetry', 'zeros init on a relu hidden layer with sgd momentum',
  spec('solder-zeros', solder(), [d(24, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32)), 'static');
add('init-scale.defects-normal-std3', 'init-scale', 'normal init std 3 on the hidden layers of the defect classifier',
  spec('defects-std3', defects(), [d(64, 'relu', { init: { name: 'normal', std: 3 } }), d(32, 'relu', { init: { name: 'normal', std: 3 } }), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32)), 'static');
add('init-scale.wafer-uniform-limit2', 'init-scale', 'uniform init limit 2 on tanh hidden layers',
  spec('wafer-uniform2', wafer(), [d(32, 'tanh', { init: { name: 'uniform', limit: 2 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 2 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32)), 'static', ['init-scale', 'saturated-activation']);
add('init-scale.burnin-tiny-std', 'init-scale', 'normal init std 1e-4 on a four-layer relu net',
  spec('burnin-tiny', burn(), [d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(1, 'linear', { init: { name: 'normal', std: 1e-4 } })], 'mse', opt('sgd', 0.01), tr(150, 32)), 'static', ['init-scale', 'vanishing-gradient']);
add('no-nonlinearity.defects-linear-stack', 'no-nonlinearity', 'defect classifier whose hidden layers are all linear (activation left out)',
  spec('defects-linear', defects(), [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32)), 'static');
add('no-nonlinearity.circles-linear', 'no-nonlinearity', 'centre-spot wafer map (circles) with linear hidden layers',
  spec('circles-linear', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)), 'static');
add('no-nonlinearity.board-linear', 'no-nonlinearity', 'board pass/rework/scrap with one linear hidden layer (rework = rail deviation either way)',
  spec('board-linear', board(), [d(32, 'linear'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32)), 'static');
add('lr-out-of-range.adam-lr-5', 'lr-out-of-range', 'adam lr 5 (typed 5 for 5e-3)',
  spec('etch-adam5', etch(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 5), tr(150, 32)), 'static', ['lr-out-of-range', 'lr-too-high']);
add('lr-out-of-range.sgd-lr-80', 'lr-out-of-range', 'sgd lr 80 on the board classifier',
  spec('board-sgd80', board(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 80), tr(150, 32)), 'static', ['lr-out-of-range', 'lr-too-high']);
add('lr-out-of-range.rmsprop-1e-9', 'lr-out-of-range', 'rmsprop lr 1e-9 (exponent sign slip)',
  spec('solder-rms1e9', solder(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-9), tr(150, 32)), 'static', ['lr-out-of-range', 'lr-too-low']);

// ---------------- probe / training faults ----------------
add('dead-relu.etch-negative-bias', 'dead-relu', 'relu hidden layers with bias -4 ("suppress noise")',
  spec('etch-bias', etch(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)), 'probe');
add('dead-relu.wafer-raw-sgd', 'dead-relu', 'raw wafer-test columns (leakage up to thousands of nA), relu, sgd lr 0.05',
  spec('wafer-raw-relu', wafer('none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32)), 'probe', ['dead-relu']);
add('dead-relu.defects-bias-minus3', 'dead-relu', 'relu hidden layers with bias -3 on the defect classifier, rmsprop',
  spec('defects-bias', defects(), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(150, 32)), 'probe');
add('exploding-gradient.etch-raw-deep', 'exploding-gradient', 'raw process columns (rf power, flows in the hundreds) into a deep relu net, sgd momentum',
  spec('etch-raw-deep', etch({}, 'none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(100, 32)), 'probe', ['exploding-gradient', 'nan-loss']);
add('exploding-gradient.board-normal-std2-deep', 'exploding-gradient', 'deep relu net with normal std 2 init on board data',
  spec('board-std2', board(), [d(64, 'relu', { init: { name: 'normal', std: 2 } }), d(64, 'relu', { init: { name: 'normal', std: 2 } }), d(64, 'relu', { init: { name: 'normal', std: 2 } }), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(100, 32)), 'probe', ['exploding-gradient', 'init-scale']);
add('exploding-gradient.burnin-raw-hours', 'exploding-gradient', 'raw burn-in hours (up to 1000) and un-normalized drift target, relu, sgd',
  spec('burnin-raw', csv('burnin.csv', 'delta_vth_mV', BURN, 'none'), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(100, 32)), 'probe', ['exploding-gradient', 'nan-loss']);
add('vanishing-gradient.etch-deep-sigmoid', 'vanishing-gradient', 'eight sigmoid hidden layers on the thickness regression, sgd',
  spec('etch-deep-sigmoid', etch(), [...Array.from({ length: 8 }, () => d(16, 'sigmoid')), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(100, 32)), 'probe');
add('vanishing-gradient.wafer-deep-sigmoid-small', 'vanishing-gradient', 'seven sigmoid layers with normal std 0.05 init on the fail flag',
  spec('wafer-deep-sigmoid', wafer(), [...Array.from({ length: 7 }, () => d(24, 'sigmoid', { init: 'normal' })), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32)), 'probe', ['vanishing-gradient', 'init-scale']);
add('vanishing-gradient.defects-deep-tanh-tiny', 'vanishing-gradient', 'six tanh layers initialised normal std 0.01',
  spec('defects-deep-tanh', defects(), [...Array.from({ length: 6 }, () => d(32, 'tanh', { init: { name: 'normal', std: 0.01 } })), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32)), 'probe', ['vanishing-gradient', 'init-scale']);
add('nan-loss.etch-raw-target-sgd', 'nan-loss', 'thickness in nm as raw target and raw features, sgd lr 0.01',
  spec('etch-raw-nan', csv('etch.csv', 'thickness_nm', ETCH, 'none'), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(100, 32)), 'probe', ['nan-loss', 'exploding-gradient']);
add('nan-loss.wafer-raw-leakage-sgd', 'nan-loss', 'raw leakage (nA, spanning decades) with relu and linear output under mse, sgd momentum',
  spec('wafer-raw-mse', csv('wafertest.csv', 'idd_mA', ['leakage_nA', 'ro_freq_MHz', 'test_temp_C'], 'none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 16)), 'probe', ['nan-loss', 'exploding-gradient']);
add('nan-loss.etch-ts-epoch-raw', 'nan-loss', 'etch model that also feeds the wafer timestamp (epoch seconds ~1.7e9) raw, sgd',
  spec('etch-ts', csv('etch.csv', 'thickness_nm', ['ts_epoch', 'rf_power_W', 'step_time_s'], 'none', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(100, 32)), 'probe', ['nan-loss', 'exploding-gradient']);
add('lr-too-high.defects-adam-0.3', 'lr-too-high', 'adam lr 0.3 on the defect classifier',
  spec('defects-adam03', defects(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.3), tr(150, 32)), 'probe');
add('lr-too-high.etch-sgd-0.5-momentum', 'lr-too-high', 'sgd lr 0.5 with momentum 0.9 on thickness regression (lr picked from a tanh tutorial)',
  spec('etch-sgd1', etch(), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), tr(150, 32)), 'probe', ['lr-too-high', 'oscillating-loss']);
add('lr-too-high.board-rmsprop-0.2', 'lr-too-high', 'rmsprop lr 0.2 on board test',
  spec('board-rms02', board(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.2), tr(150, 32)), 'probe');
add('lr-too-low.etch-sgd-1e-5', 'lr-too-low', 'plain sgd lr 1e-5 on thickness regression',
  spec('etch-sgd1e5', etch(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 1e-5), tr(150, 32)), 'probe');
add('lr-too-low.board-adam-1e-6', 'lr-too-low', 'adam lr 1e-6 (copied from a fine-tuning recipe) on board test',
  spec('board-adam1e6', board(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 1e-6), tr(150, 32)), 'probe');
add('lr-too-low.burnin-rmsprop-1e-6', 'lr-too-low', 'rmsprop lr 1e-6 on burn-in drift',
  spec('burnin-rms3e6', burn(), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 1e-6), tr(150, 32)), 'probe');
add('saturated-activation.etch-raw-tanh', 'saturated-activation', 'raw process columns (rf power in hundreds of W) into tanh layers',
  spec('etch-raw-tanh', etch({}, 'none'), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32)), 'probe', ['saturated-activation']);
add('saturated-activation.board-sigmoid-std4', 'saturated-activation', 'sigmoid hidden layers with normal std 4 init',
  spec('board-sig4', board(), [d(32, 'sigmoid', { init: { name: 'normal', std: 4 } }), d(32, 'sigmoid', { init: { name: 'normal', std: 4 } }), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(150, 32)), 'probe', ['saturated-activation', 'init-scale']);
add('saturated-activation.wafer-raw-sigmoid', 'saturated-activation', 'raw wafer columns (ro freq ~550 MHz, leakage in nA) into a sigmoid hidden layer',
  spec('wafer-raw-sig', wafer('none'), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32)), 'probe', ['saturated-activation']);
add('loss-plateau.solder-sigmoid-deep-sgd', 'loss-plateau', 'four sigmoid layers, plain sgd lr 0.01 on rare-defect solder joints',
  spec('solder-sig-sgd', solder(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(150, 32)), 'training', ['loss-plateau', 'vanishing-gradient', 'lr-too-low']);
add('loss-plateau.defects-id-features', 'loss-plateau', 'defect classes from lot_id and ts_epoch only (IDs and timestamps carry no signal)',
  spec('defects-ids', csv('defects.csv', 'defect_class', ['lot_id', 'ts_epoch'], 'standard'), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32)), 'training');
add('loss-plateau.wafer-bias-positive-sigmoid', 'loss-plateau', 'sigmoid hidden layers with bias 6 (pinned at 1), sgd',
  spec('wafer-sig-bias', wafer(), [d(32, 'sigmoid', { bias: 6 }), d(16, 'sigmoid', { bias: 6 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02), tr(150, 32)), 'training', ['loss-plateau', 'saturated-activation']);
add('oscillating-loss.etch-sgd-momentum-0.99', 'oscillating-loss', 'sgd lr 0.05 with momentum 0.99 on thickness regression',
  spec('etch-mom99', etch(), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(150, 32)), 'training', ['oscillating-loss', 'lr-too-high']);
add('oscillating-loss.burnin-batch1-sgd', 'oscillating-loss', 'batch size 1 with sgd lr 0.1 on burn-in drift',
  spec('burnin-b1', burn(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.1), tr(100, 1)), 'training', ['oscillating-loss', 'lr-too-high']);
add('oscillating-loss.solder-rmsprop-0.05', 'oscillating-loss', 'rmsprop lr 0.05 on the solder classifier',
  spec('solder-rms005', solder(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), tr(150, 16)), 'training', ['oscillating-loss', 'lr-too-high']);
add('oscillating-loss.wafer-adam-0.1-batch8', 'oscillating-loss', 'adam lr 0.1 with batch 8 on the die fail flag',
  spec('wafer-adam01', wafer(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.1), tr(150, 8)), 'training', ['oscillating-loss', 'lr-too-high']);

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
for (const c of C) fs.writeFileSync(path.join(out, `${c.id}.nn.json`), JSON.stringify(c.spec, null, 2) + '\n');
fs.writeFileSync(path.join(out, 'intent.json'), JSON.stringify(C.map(({ spec: _s, ...rest }) => rest), null, 2) + '\n');
console.log(`${C.length} candidates`);
