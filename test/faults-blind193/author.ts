/**
 * Writes every candidate spec of fault set blind193 (rope makers and net lofts) into candidates/.
 * Run: npx tsx test/faults-blind193/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });

const ROPE_F = ['diameter_mm', 'strands', 'nylon_pct', 'lay_length_mm', 'tar_pct', 'twist_per_m', 'walk_hours', 'shelf_no'];
const NET_F = ['mesh_mm', 'twine_tex', 'knotless', 'days_in_water', 'uv_days', 'repairs', 'loft_humidity'];
const FIB_F = ['tenacity_cn_dtex', 'elongation_pct', 'density_g_cm3', 'moisture_regain_pct', 'price_eur_kg', 'lot_kg'];

type Obj = Record<string, unknown>;
const ropes = (extra: Obj = {}): Obj => ({ csv: '../data/ropes.csv', target: 'break_kn', features: ROPE_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const nets = (extra: Obj = {}): Obj => ({ csv: '../data/nets.csv', target: 'fail', features: NET_F, normalize: 'standard', ...extra });
const fibres = (extra: Obj = {}): Obj => ({ csv: '../data/fibres.csv', target: 'fibre', features: FIB_F, normalize: 'standard', ...extra });
const d = (units: number, activation = 'linear', extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

let seed = 193;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}): void {
  const s = { name: file, seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const bceHead = d(1, 'sigmoid');
const cceHead = d(4, 'softmax');

// ---------- faults ----------
// invalid-spec
spec('invalid-spec.adamw-optimizer', nets(), [d(16, 'relu'), bceHead], 'bce', opt('adamw', 0.001), tr(80, 32));
spec('invalid-spec.keras-loss-name', fibres(), [d(12, 'relu'), cceHead], 'categorical_crossentropy', opt('adam', 0.005), tr(80, 16));
spec('invalid-spec.glorot-init', ropes(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', opt('rmsprop', 0.002), tr(100, 32));
spec('invalid-spec.dropout-percent', nets(), [d(24, 'relu'), drop(30), bceHead], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('invalid-spec.swish-activation', ropes(), [d(16, 'swish'), d(8, 'swish'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('invalid-spec.batch-zero', fibres(), [d(10, 'tanh'), cceHead], 'cce', opt('adam', 0.01), tr(60, 0));
// data-error
spec('data-error.rope-file-singular', { ...ropes(), csv: '../data/rope.csv' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.lot-id-as-feature', ropes({ features: ['lot_id', ...ROPE_F] }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.target-break-strength', ropes({ target: 'break_strength' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.gaps-file-na', { ...ropes(), csv: '../data/ropes-gaps.csv' }, [d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 16));
spec('data-error.loft-share-path', nets({ csv: '../../../../../../srv/loft/nets.csv' }), [d(16, 'relu'), bceHead], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.export-header-space', { csv: '../data/nets-export.csv', target: 'fail', features: ['mesh mm', ...NET_F.slice(1)], normalize: 'standard' }, [d(16, 'relu'), bceHead], 'bce', opt('adam', 0.003), tr(80, 32));
// shape-mismatch
spec('shape-mismatch.three-fibres-head', fibres(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 16));
spec('shape-mismatch.two-unit-bce', nets(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.rope-two-outputs', ropes(), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.five-fibres-head', fibres(), [d(12, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(80, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', nets(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', fibres(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.005), tr(80, 16));
spec('loss-activation-mismatch.softmax-regression', ropes(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.sigmoid-head-std-target', ropes(), [d(16, 'tanh'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(120, 32));
spec('loss-activation-mismatch.bce-softmax-one', nets(), [d(12, 'tanh'), d(1, 'softmax')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', nets(), [d(16, 'tanh', { init: { name: 'zeros' } }), bceHead], 'bce', opt('adam', 0.003), tr(100, 32));
spec('init-symmetry.constant-rope', ropes(), [d(24, 'relu', { init: { name: 'constant', value: 0.1 } }), d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(120, 32));
spec('init-symmetry.zeros-fibres-two', fibres(), [d(12, 'sigmoid', { init: 'zeros' }), d(12, 'sigmoid', { init: 'zeros' }), cceHead], 'cce', opt('rmsprop', 0.003), tr(100, 16));
spec('init-symmetry.constant-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(10, 'tanh', { init: { name: 'constant', value: 0.05 } }), bceHead], 'bce', opt('adam', 0.01), tr(150, 32));
// init-scale
spec('init-scale.std-five', nets(), [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(16, 'tanh', { init: { name: 'normal', std: 5 } }), bceHead], 'bce', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.tiny-uniform-deep', fibres(), [d(16, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), cceHead], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.std-twenty-relu', ropes(), [d(32, 'relu', { init: { name: 'normal', std: 20 } }), d(1)], 'mse', opt('sgd', 0.001), tr(100, 32));
spec('init-scale.tiny-normal-tanh', nets(), [d(20, 'tanh', { init: { name: 'normal', std: 1e-6 } }), d(20, 'tanh', { init: { name: 'normal', std: 1e-6 } }), d(20, 'tanh', { init: { name: 'normal', std: 1e-6 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1e-6 } })], 'bce', opt('sgd', 0.05), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16), d(16), bceHead], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-fibres', fibres(), [d(32, 'linear'), d(16, 'linear'), cceHead], 'cce', opt('adam', 0.005), tr(100, 16));
spec('no-nonlinearity.linear-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(24), d(24), d(12), bceHead], 'bce', opt('rmsprop', 0.003), tr(150, 32));
spec('no-nonlinearity.linear-ropes', ropes(), [d(32), d(32), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
// lr-out-of-range
spec('lr-out-of-range.zero-rate', nets(), [d(16, 'relu'), bceHead], 'bce', opt('adam', 0), tr(80, 32));
spec('lr-out-of-range.negative-rate', ropes(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', -0.01), tr(80, 32));
spec('lr-out-of-range.adam-fifty', fibres(), [d(16, 'relu'), cceHead], 'cce', opt('adam', 50), tr(80, 16));
spec('lr-out-of-range.rmsprop-ten', nets(), [d(16, 'tanh'), bceHead], 'bce', opt('rmsprop', 10), tr(80, 32));
// dead-relu
spec('dead-relu.bias-minus-six', nets(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), bceHead], 'bce', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.rope-negative-bias', ropes(), [d(24, 'relu', { bias: -4 }), d(1)], 'mse', opt('sgd', 0.01), tr(120, 32));
spec('dead-relu.sgd-big-step-fibres', fibres(), [d(32, 'relu'), d(32, 'relu'), cceHead], 'cce', opt('sgd', 3), tr(80, 8));
spec('dead-relu.bias-minus-three-moons', { builtin: 'moons', samples: 300, noise: 0.1, normalize: 'standard' }, [d(16, 'relu', { bias: -3, init: 'he_uniform' }), d(16, 'relu', { bias: -3 }), bceHead], 'bce', opt('rmsprop', 0.001), tr(150, 32));
// exploding-gradient
spec('exploding-gradient.raw-rope-log', { csv: '../data/ropes.csv', target: 'break_kn', features: ROPE_F }, [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(100, 32));
spec('exploding-gradient.raw-target-only', ropes({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(100, 16));
spec('exploding-gradient.deep-wide-init', nets(), [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), bceHead], 'bce', opt('sgd', 0.01), tr(60, 32));
spec('exploding-gradient.raw-nets-linear', { csv: '../data/nets.csv', target: 'fail', features: NET_F }, [d(16, 'linear'), d(16, 'relu'), bceHead], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid', nets(), Array.from({ length: 8 }, () => d(12, 'sigmoid')).concat([bceHead]), 'bce', opt('sgd', 0.05), tr(100, 32));
spec('vanishing-gradient.ten-sigmoid-fibres', fibres(), Array.from({ length: 10 }, () => d(10, 'sigmoid')).concat([cceHead]), 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 32));
spec('vanishing-gradient.deep-tanh-small-init', ropes(), Array.from({ length: 7 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(1)]), 'mse', opt('sgd', 0.01), tr(100, 32));
spec('vanishing-gradient.sigmoid-circles-deep', { builtin: 'circles', samples: 300, noise: 0.05 }, Array.from({ length: 9 }, () => d(8, 'sigmoid', { init: 'xavier_normal' })).concat([bceHead]), 'bce', opt('sgd', 0.1), tr(150, 32));
// nan-loss
spec('nan-loss.raw-rope-adam-one', { csv: '../data/ropes.csv', target: 'break_kn', features: ROPE_F }, [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(60, 32));
spec('nan-loss.sgd-five-raw-target', ropes({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), tr(60, 16));
spec('nan-loss.raw-tex-sgd', { csv: '../data/nets.csv', target: 'fail', features: NET_F }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1, { momentum: 0.9 }), tr(60, 8));
// lr-too-high
spec('lr-too-high.sgd-two-nets', nets(), [d(16, 'relu'), bceHead], 'bce', opt('sgd', 4), tr(100, 32));
spec('lr-too-high.adam-half-fibres', fibres(), [d(32, 'relu'), d(16, 'relu'), cceHead], 'cce', opt('adam', 0.5), tr(100, 16));
spec('lr-too-high.rmsprop-rope', ropes(), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.3), tr(100, 32));
spec('lr-too-high.momentum-rope', ropes(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.3, { momentum: 0.95 }), tr(100, 32));
spec('lr-too-high.adam-one-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'tanh'), d(16, 'tanh'), bceHead], 'bce', opt('adam', 1), tr(100, 16));
// lr-too-low
spec('lr-too-low.sgd-tiny-nets', nets(), [d(16, 'relu'), bceHead], 'bce', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-tiny-fibres', fibres(), [d(16, 'tanh'), cceHead], 'cce', opt('adam', 1e-6), tr(120, 32));
spec('lr-too-low.rmsprop-tiny-rope', ropes(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', opt('rmsprop', 1e-6), tr(100, 32));
spec('lr-too-low.momentum-tiny-full-batch', ropes(), [d(16, 'elu'), d(1)], 'mse', opt('sgd', 1e-4, { momentum: 0.9 }), tr(100, 400));
// saturated-activation
spec('saturated-activation.sigmoid-raw-nets', { csv: '../data/nets.csv', target: 'fail', features: NET_F }, [d(16, 'sigmoid'), d(8, 'sigmoid'), bceHead], 'bce', opt('adam', 0.003), tr(100, 32));
spec('saturated-activation.tanh-raw-rope', { csv: '../data/ropes.csv', target: 'break_kn', features: ROPE_F, normalizeTarget: 'standard' }, [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32));
spec('saturated-activation.sigmoid-bias-eight', fibres(), [d(16, 'sigmoid', { bias: 8 }), d(16, 'sigmoid', { bias: 8 }), cceHead], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('saturated-activation.tanh-big-init', nets(), [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(16, 'tanh', { init: { name: 'normal', std: 3 } }), bceHead], 'bce', opt('adam', 0.001), tr(100, 32));
// loss-plateau
spec('loss-plateau.xor-sigmoid-sgd', { builtin: 'xor', samples: 200, noise: 0.05 }, [d(2, 'sigmoid'), bceHead], 'bce', opt('sgd', 0.05), tr(200, 32));
spec('loss-plateau.circles-two-relu', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(2, 'relu'), bceHead], 'bce', opt('sgd', 0.02), tr(200, 32));
spec('loss-plateau.fibres-sigmoid-slow', fibres(), [d(8, 'sigmoid'), d(8, 'sigmoid'), cceHead], 'cce', opt('sgd', 0.01), tr(150, 64));
spec('loss-plateau.spirals-one-unit', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(3, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32));
// oscillating-loss
spec('oscillating-loss.sgd-full-batch-rope', ropes(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.9), tr(150, 400));
spec('oscillating-loss.momentum-batch-one', nets(), [d(16, 'relu'), bceHead], 'bce', opt('sgd', 0.2, { momentum: 0.95 }), tr(60, 1));
spec('oscillating-loss.adam-batch-four-fibres', fibres(), [d(24, 'relu'), cceHead], 'cce', opt('adam', 0.08), tr(100, 4));
spec('oscillating-loss.rmsprop-nesterov-moons', { builtin: 'moons', samples: 200, noise: 0.2 }, [d(16, 'relu'), bceHead], 'bce', opt('rmsprop', 0.1), tr(150, 8));

// ---------- healthy ----------
spec('ok.rope-adam-two-relu', ropes(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.rope-rmsprop-elu', ropes(), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(150, 16));
spec('ok.rope-sgd-momentum-tanh', ropes(), [d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.rope-nesterov-leaky', ropes(), [d(32, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.rope-minmax-batchnorm', ropes({ normalize: 'minmax' }), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(120, 32));
spec('ok.rope-full-batch-adam', ropes(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.02), tr(300, 400));
spec('ok.rope-batch-one-sgd', ropes(), [d(8, 'tanh'), d(1)], 'mse', opt('sgd', 0.002), tr(30, 1));
spec('ok.rope-dropout-wd-val', ropes(), [d(48, 'relu'), drop(0.1), d(24, 'relu'), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.rope-minmax-target', ropes({ normalizeTarget: 'minmax' }), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.rope-clipnorm-sgd', ropes(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, clipNorm: 1 }), tr(120, 32));
spec('ok.rope-deep-narrow-elu', ropes(), [d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('adam', 0.002), tr(150, 32));
spec('ok.rope-linear-model', ropes({ features: ['diameter_mm', 'lay_length_mm', 'nylon_pct', 'tar_pct'] }), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.nets-adam-relu', nets(), [d(16, 'relu'), bceHead], 'bce', opt('adam', 0.003), tr(120, 32));
spec('ok.nets-rmsprop-tanh', nets(), [d(16, 'tanh'), d(8, 'tanh'), bceHead], 'bce', opt('rmsprop', 0.001), tr(120, 32));
spec('ok.nets-sgd-momentum', nets(), [d(24, 'relu'), bceHead], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.nets-logistic', nets(), [bceHead], 'bce', opt('sgd', 0.1), tr(150, 16));
spec('ok.nets-export-semicolon', { csv: '../data/nets-export.csv', target: 'fail', features: NET_F, normalize: 'standard' }, [d(16, 'elu'), bceHead], 'bce', opt('adam', 0.003), tr(120, 32));
spec('ok.nets-dropout-val', nets(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), bceHead], 'bce', opt('adam', 0.002), tr(150, 32, { validationSplit: 0.25 }));
spec('ok.nets-minmax-leaky', nets({ normalize: 'minmax' }), [d(16, 'leaky_relu'), bceHead], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.nets-batchnorm-sgd', nets(), [d(16, 'relu', { batchNorm: true }), bceHead], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(120, 16));
spec('ok.nets-two-softmax-cce', nets(), [d(12, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('ok.fibres-adam-relu', fibres(), [d(16, 'relu'), cceHead], 'cce', opt('adam', 0.005), tr(100, 32));
spec('ok.fibres-sgd-tanh', fibres(), [d(12, 'tanh'), cceHead], 'cce', opt('sgd', 0.1), tr(120, 16));
spec('ok.fibres-rmsprop-deep', fibres(), [d(16, 'relu'), d(16, 'relu'), d(16, 'relu'), cceHead], 'cce', opt('rmsprop', 0.001), tr(100, 32));
spec('ok.fibres-minmax-elu', fibres({ normalize: 'minmax' }), [d(16, 'elu'), cceHead], 'cce', opt('adam', 0.01), tr(120, 32));
spec('ok.fibres-softmax-regression-only', fibres(), [cceHead], 'cce', opt('adam', 0.02), tr(150, 32));
spec('ok.fibres-batch-one-nesterov', fibres(), [d(12, 'relu'), cceHead], 'cce', opt('sgd', 0.005, { momentum: 0.9, nesterov: true }), tr(30, 1));
spec('ok.fibres-wd-dropout', fibres(), [d(32, 'relu'), drop(0.2), cceHead], 'cce', opt('adam', 0.003, { weightDecay: 5e-4 }), tr(120, 16, { validationSplit: 0.2 }));
spec('ok.fibres-sigmoid-hidden', fibres(), [d(16, 'sigmoid'), cceHead], 'cce', opt('adam', 0.01), tr(150, 32));
spec('ok.moons-tanh-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(16, 'tanh'), bceHead], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-relu-rmsprop', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'relu'), d(8, 'relu'), bceHead], 'bce', opt('rmsprop', 0.005), tr(200, 32));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(300, 32));
spec('ok.iris-sgd-momentum', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(24, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(300, 16));
spec('ok.xor-tanh-sgd', { builtin: 'xor', samples: 200, noise: 0.05 }, [d(8, 'tanh'), bceHead], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 16));
spec('ok.blobs-four-sigmoid-out', { builtin: 'blobs', samples: 300, classes: 4, normalize: 'standard' }, [d(8, 'elu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(100, 32));
spec('ok.inline-splice-load', { inline: { x: [[8, 3], [10, 3], [12, 3], [14, 4], [16, 4], [18, 4], [20, 8], [22, 8], [24, 8], [9, 8], [11, 4], [13, 3], [15, 8], [17, 3], [19, 4], [21, 3]], y: [[9], [14], [20], [29], [38], [48], [68], [82], [97], [14], [18], [24], [40], [40], [54], [61]] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', opt('adam', 0.02), tr(300, 16));
spec('ok.inline-knot-kind', { inline: { x: [[1, 0.2], [1.2, 0.3], [0.9, 0.1], [3, 2.1], [3.2, 1.9], [2.8, 2.2], [5, 0.3], [5.2, 0.1], [4.9, 0.4], [1.1, 0.25], [3.1, 2], [5.1, 0.2]], y: ['reef', 'reef', 'reef', 'bowline', 'bowline', 'bowline', 'sheet_bend', 'sheet_bend', 'sheet_bend', 'reef', 'bowline', 'sheet_bend'] }, normalize: 'standard' }, [d(6, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.03), tr(200, 4));
spec('ok.nets-long-low-rate', nets(), [d(16, 'relu'), bceHead], 'bce', opt('adam', 0.0005), tr(400, 32));
spec('ok.rope-rmsprop-clip-wd', ropes(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.001, { clipNorm: 5, weightDecay: 1e-4 }), tr(150, 64));
spec('ok.moons-sigmoid-sgd-batch-full', { builtin: 'moons', samples: 200, noise: 0.1, normalize: 'standard' }, [d(16, 'sigmoid'), bceHead], 'bce', opt('sgd', 2, { momentum: 0.5 }), tr(400, 200));
spec('ok.circles-leaky-nesterov', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(24, 'leaky_relu'), d(12, 'leaky_relu'), bceHead], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(200, 16));
spec('ok.iris-batchnorm-tanh', { builtin: 'iris', normalize: 'minmax' }, [d(12, 'tanh', { batchNorm: true }), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(120, 16));
spec('ok.fibres-lecun-elu-wide', fibres(), [d(64, 'elu', { init: 'lecun_normal' }), cceHead], 'cce', opt('sgd', 0.02, { momentum: 0.8 }), tr(100, 32));

// ---------- second pass (added after the first observation: more plateau and oscillation candidates) ----------
spec('loss-plateau.spirals-four-tanh', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(4, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(300, 32));
spec('loss-plateau.xor-two-relu-adam', { builtin: 'xor', samples: 200, noise: 0.05 }, [d(2, 'relu'), bceHead], 'bce', opt('adam', 0.01), tr(200, 32));
spec('loss-plateau.circles-three-sigmoid', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(3, 'sigmoid'), bceHead], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(300, 32));
spec('oscillating-loss.nesterov-rope-batch-eight', ropes(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.15, { momentum: 0.9, nesterov: true }), tr(100, 8));
spec('oscillating-loss.rmsprop-fibres-batch-two', fibres(), [d(16, 'tanh'), cceHead], 'cce', opt('rmsprop', 0.03), tr(80, 2));
