/**
 * Writes every candidate spec of set blind236 (wheelwrights and carriage restorers) into candidates/.
 * `npx tsx test/faults-blind236/author.ts`
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const WF = ['wheel_diam_in', 'rim_circ_cm', 'spokes', 'felloe_depth_mm', 'rot_score', 'shop_temp_c'];
const TF = ['wheel_circ_mm', 'tire_circ_mm', 'draw_mm', 'heat_c', 'iron_thick_mm', 'ambient_c'];
const CF = ['build_year', 'rot_pct', 'original_parts_pct', 'weight_kg', 'axles', 'auction_est_gbp'];
const KF = ['board_thick_mm', 'start_moisture_pct', 'kiln_hours', 'kiln_temp_c', 'density_kg_m3'];

const wheels = (o: Obj = {}): Obj => ({ csv: '../data/wheels.csv', target: 'hours_to_rebuild', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...o });
const tires = (o: Obj = {}): Obj => ({ csv: '../data/tires.csv', target: 'fit', features: TF, normalize: 'standard', ...o });
const carr = (o: Obj = {}): Obj => ({ csv: '../data/carriages.csv', target: 'worth_restoring', features: CF, normalize: 'standard', ...o });
const kiln = (o: Obj = {}): Obj => ({ csv: '../data/kiln.csv', target: 'final_moisture_pct', features: KF, normalize: 'standard', normalizeTarget: 'standard', ...o });

const d = (units: number, activation = 'linear', extra: Obj = {}): Obj => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, shuffle: true, ...extra });

function spec(file: string, seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}): void {
  const name = file.replace(/\.nn\.json$/, '');
  const body = { name, seed, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), text);
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.optimizer-adamw', 236, wheels(), [d(16, 'relu'), d(1)], 'mse', opt('adamw', 0.001), tr(100, 32));
spec('invalid-spec.activation-Relu', 237, tires(), [d(16, 'Relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32));
spec('invalid-spec.loss-keras-name', 238, carr(), [d(8, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.01), tr(100, 32));
spec('invalid-spec.dropout-as-percent', 239, tires(), [d(32, 'relu'), drop(20), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('invalid-spec.validation-split-one', 240, kiln(), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(100, 32, { validationSplit: 1 }));
// data-error
spec('data-error.file-in-other-folder', 241, wheels({ csv: '../wheels.csv' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(100, 32));
spec('data-error.target-misspelt', 242, wheels({ target: 'hours_to_rebuld' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(100, 32));
spec('data-error.gaps-export', 243, wheels({ csv: '../data/wheels-gaps.csv' }), [d(16, 'elu'), d(1)], 'mse', opt('adam', 0.01), tr(100, 32));
spec('data-error.job-id-as-feature', 244, wheels({ features: ['job_id', ...WF] }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(100, 32));
spec('data-error.no-features-date-column', 245, tires({ features: undefined }), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32));
spec('data-error.outside-workspace', 246, carr({ csv: '../../../../../../srv/shop/carriages.csv' }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(100, 32));
// shape-mismatch
spec('shape-mismatch.two-units-three-fits', 247, tires(), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32));
spec('shape-mismatch.hours-and-cost-one-unit', 248, wheels({ target: ['hours_to_rebuild', 'cost_gbp'] }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(100, 32));
spec('shape-mismatch.four-class-head', 249, tires(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));
spec('shape-mismatch.moisture-three-outputs', 250, kiln(), [d(16, 'relu'), d(3)], 'mse', opt('adam', 0.005), tr(100, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse', 251, tires(), [d(16, 'relu'), d(3, 'softmax')], 'mse', opt('adam', 0.01), tr(100, 32));
spec('loss-activation-mismatch.bce-linear-head', 252, carr(), [d(8, 'relu'), d(1)], 'bce', opt('adam', 0.01), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', 253, tires(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('rmsprop', 0.003), tr(100, 32));
spec('loss-activation-mismatch.tanh-head-raw-hours', 254, wheels({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.01), tr(100, 32));
spec('loss-activation-mismatch.relu-head-standard-moisture', 255, kiln(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.01), tr(150, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', 256, wheels(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', opt('adam', 0.01), tr(100, 32));
spec('init-symmetry.constant-tenth', 257, tires(), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(3, 'softmax', { init: 'constant', value: 0.1 })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.zeros-two-layers', 258, carr(), [d(12, 'sigmoid', { init: 'zeros' }), d(12, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.003), tr(100, 32));
spec('init-symmetry.constant-half-tanh', 259, kiln(), [d(16, 'tanh', { init: 'constant', value: 0.5 }), d(16, 'tanh', { init: 'constant', value: 0.5 }), d(1)], 'mse', opt('adam', 0.005), tr(150, 32));
// init-scale
spec('init-scale.normal-std-ten', 260, tires(), [d(32, 'tanh', { init: 'normal', std: 10 }), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('init-scale.uniform-tiny-deep', 261, carr(), [d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(1, 'sigmoid', { init: 'uniform', limit: 1e-5 })], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std-fifty-relu', 262, wheels(), [d(32, 'relu', { init: 'normal', std: 50 }), d(16, 'relu', { init: 'normal', std: 50 }), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.normal-std-tiny-sigmoid', 263, kiln(), [d(16, 'sigmoid', { init: 'normal', std: 1e-4 }), d(16, 'sigmoid', { init: 'normal', std: 1e-4 }), d(16, 'sigmoid', { init: 'normal', std: 1e-4 }), d(1, 'linear', { init: 'normal', std: 1e-4 })], 'mse', opt('sgd', 0.01), tr(100, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-tires', 264, tires(), [d(32), d(32), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-stack-moons', 265, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16), d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-hidden-kiln', 266, kiln(), [d(32, 'linear'), d(16, 'linear'), d(1)], 'mse', opt('rmsprop', 0.003), tr(150, 32));
spec('no-nonlinearity.circles-linear', 267, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(12), d(12), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));
// lr-out-of-range
spec('lr-out-of-range.sgd-lr-fifty', 268, wheels(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 50), tr(100, 32));
spec('lr-out-of-range.adam-lr-five', 269, tires(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 5), tr(100, 32));
spec('lr-out-of-range.rmsprop-lr-1e-9', 270, carr(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-9), tr(100, 32));
spec('lr-out-of-range.adam-lr-1e-8', 271, kiln(), [d(16, 'elu'), d(1)], 'mse', opt('adam', 1e-8), tr(100, 32));
// dead-relu
spec('dead-relu.negative-bias', 272, wheels(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.sgd-big-lr-kills', 273, carr(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1.5), tr(100, 16));
spec('dead-relu.raw-features-bias-negative', 274, kiln({ normalize: 'none' }), [d(24, 'relu', { bias: -200 }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.constant-negative-init', 275, tires(), [d(24, 'relu', { init: 'uniform', limit: 0.05, bias: -3 }), d(3, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(100, 32));
// exploding-gradient
spec('exploding-gradient.raw-auction-estimates', 276, carr({ normalize: 'none' }), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 32));
spec('exploding-gradient.raw-cost-target', 277, wheels({ target: 'cost_gbp', normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(50, 32));
spec('exploding-gradient.deep-relu-big-init', 278, kiln(), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('sgd', 0.001), tr(50, 32));
spec('exploding-gradient.raw-rim-and-hours', 279, wheels({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', opt('sgd', 0.0005, { momentum: 0.9 }), tr(50, 16));
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-stack', 280, carr(), Array.from({ length: 8 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.01), tr(100, 32));
spec('vanishing-gradient.deep-sigmoid-tires', 281, tires(), Array.from({ length: 7 }, () => d(16, 'sigmoid')).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.02, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.deep-tanh-small-init', 282, kiln(), Array.from({ length: 6 }, () => d(16, 'tanh', { init: 'normal', std: 0.05 })).concat([d(1)]), 'mse', opt('sgd', 0.01), tr(100, 32));
spec('vanishing-gradient.sigmoid-ten-deep-moons', 283, { builtin: 'moons', samples: 300 }, Array.from({ length: 10 }, () => d(8, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(100, 32));
// nan-loss
spec('nan-loss.raw-estimates-high-lr', 284, carr({ normalize: 'none' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), tr(50, 32));
spec('nan-loss.raw-cost-target-sgd', 285, wheels({ target: 'cost_gbp', normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(50, 32));
spec('nan-loss.raw-kiln-momentum', 286, kiln({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'linear'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 16));
spec('nan-loss.wheels-batch1-raw', 287, wheels({ normalize: 'none', normalizeTarget: 'none' }), [d(8, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(30, 1));
// lr-too-high
spec('lr-too-high.adam-half', 288, tires(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.5), tr(100, 32));
spec('lr-too-high.sgd-two', 289, wheels(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 2), tr(100, 32));
spec('lr-too-high.rmsprop-point-three', 290, carr(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.3), tr(100, 32));
spec('lr-too-high.nesterov-one', 291, kiln(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('sgd', 1, { momentum: 0.9, nesterov: true }), tr(100, 16));
// lr-too-low
spec('lr-too-low.sgd-1e-5', 292, wheels(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6', 293, tires(), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-2e-6', 294, carr(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 2e-6), tr(100, 32));
spec('lr-too-low.momentum-5e-6-fullbatch', 295, kiln(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 5e-6, { momentum: 0.9 }), tr(150, 260));
// saturated-activation
spec('saturated-activation.sigmoid-raw-heat', 296, tires({ normalize: 'none' }), [d(32, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('saturated-activation.tanh-bias-five', 297, carr(), [d(16, 'tanh', { bias: 5 }), d(16, 'tanh', { bias: 5 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.9 }), tr(100, 32));
spec('saturated-activation.sigmoid-std-five', 298, kiln(), [d(32, 'sigmoid', { init: 'normal', std: 5 }), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32));
spec('saturated-activation.tanh-raw-years', 299, carr({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));
// loss-plateau
spec('loss-plateau.weight-decay-huge', 300, wheels(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01, { weightDecay: 2 }), tr(150, 32));
spec('loss-plateau.one-unit-bottleneck-spirals', 301, { builtin: 'spirals', samples: 300, classes: 3 }, [d(1, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32));
spec('loss-plateau.dropout-ninety', 302, tires(), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
spec('loss-plateau.sigmoid-sgd-xor', 303, { builtin: 'xor', samples: 200 }, [d(2, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(200, 32));
// oscillating-loss
spec('oscillating-loss.momentum-099', 304, wheels(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.08, { momentum: 0.99 }), tr(150, 32));
spec('oscillating-loss.batch1-sgd', 305, carr(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3), tr(60, 1));
spec('oscillating-loss.adam-small-batch', 306, kiln(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.08), tr(150, 4));
spec('oscillating-loss.rmsprop-fullbatch', 307, tires(), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.1), tr(150, 420));

// ---------------- healthy ----------------
spec('ok.wheels-adam-relu', 400, wheels(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(150, 32));
spec('ok.wheels-momentum-tanh', 401, wheels(), [d(12, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(150, 16));
spec('ok.wheels-rmsprop-elu', 402, wheels(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', opt('rmsprop', 0.003), tr(150, 64));
spec('ok.wheels-nesterov-batchnorm', 403, wheels(), [d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(120, 32));
spec('ok.wheels-minmax-fullbatch', 404, wheels({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.03), tr(400, 360));
spec('ok.wheels-hours-and-cost', 405, wheels({ target: ['hours_to_rebuild', 'cost_gbp'] }), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.01), tr(150, 32));
spec('ok.wheels-linear-regression', 406, wheels(), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.wheels-wide-batch8', 407, wheels(), [d(64, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 8));
spec('ok.wheels-clipnorm-momentum', 408, wheels(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, clipNorm: 5 }), tr(100, 32));
spec('ok.tires-adam-relu', 409, tires(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
spec('ok.tires-momentum-tanh', 410, tires(), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.tires-rmsprop-dropout', 411, tires(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(150, 32));
spec('ok.tires-batch1-sgd', 412, tires(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.005), tr(40, 1));
spec('ok.tires-validation-weightdecay', 413, tires(), [d(24, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.01, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.tires-deep-narrow', 414, tires(), [d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 32));
spec('ok.tires-momentum-weightdecay', 415, tires(), [d(32, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.9, weightDecay: 5e-4 }), tr(150, 16));
spec('ok.carriages-adam-relu', 416, carr(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(100, 32));
spec('ok.carriages-nesterov-elu', 417, carr(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), tr(100, 32));
spec('ok.carriages-eu-rmsprop', 418, carr({ csv: '../data/carriages-eu.csv' }), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(100, 32));
spec('ok.carriages-minmax-sigmoid', 419, carr({ normalize: 'minmax' }), [d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(200, 32));
spec('ok.carriages-deep-batchnorm-clip', 420, carr(), [d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(8, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { clipNorm: 1 }), tr(100, 32));
spec('ok.carriages-logistic', 421, carr(), [d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(150, 32));
spec('ok.carriages-lecun-elu-rmsprop', 422, carr(), [d(16, 'elu', { init: 'lecun_normal' }), d(8, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(120, 16));
spec('ok.carriages-uniform-tanh-sgd', 423, carr(), [d(16, 'tanh', { init: 'uniform', limit: 0.3 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 16));
spec('ok.kiln-adam-tanh', 424, kiln(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.kiln-momentum-relu', 425, kiln(), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(200, 16));
spec('ok.kiln-rmsprop-elu', 426, kiln(), [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.003), tr(200, 32));
spec('ok.kiln-leaky-heuniform-fullbatch', 427, kiln(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(16, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', opt('adam', 0.01), tr(400, 260));
spec('ok.kiln-three-tanh-xavier-normal', 428, kiln(), [d(16, 'tanh', { init: 'xavier_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.moons-adam-relu', 429, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-momentum-tanh', 430, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32));
spec('ok.spirals-adam-deep', 431, { builtin: 'spirals', samples: 300, classes: 3 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(300, 32));
spec('ok.xor-sigmoid-adam', 432, { builtin: 'xor', samples: 200 }, [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(300, 32));
spec('ok.iris-sgd', 433, { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(200, 16));
spec('ok.blobs-rmsprop', 434, { builtin: 'blobs', samples: 300, classes: 4 }, [d(12, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(100, 32));
spec('ok.sine-tanh-adam', 435, { builtin: 'sine', samples: 300 }, [d(24, 'tanh'), d(24, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(300, 32));
spec('ok.spoke-tenon-inline', 436, { inline: { x: [[25, 8], [28, 8.5], [30, 9], [32, 10], [35, 10], [38, 11], [40, 12], [42, 12], [45, 13], [48, 14], [50, 14], [52, 15]], y: [1.1, 1.3, 1.45, 1.6, 1.8, 2.0, 2.2, 2.3, 2.55, 2.8, 2.9, 3.1] }, normalize: 'standard' }, [d(4, 'tanh'), d(1)], 'mse', opt('adam', 0.02), tr(400, 4));
spec('ok.iris-adam-dropout-validation', 437, { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), drop(0.1), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 16, { validationSplit: 0.2 }));
spec('ok.moons-batch1-adam', 438, { builtin: 'moons', samples: 200, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(40, 1));
spec('ok.circles-elu-rmsprop', 439, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32));
spec('ok.blobs-sgd-plain', 440, { builtin: 'blobs', samples: 300, classes: 3 }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 32));
spec('ok.sine-relu-deep', 441, { builtin: 'sine', samples: 300 }, [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.kiln-tsv-momentum-batchnorm', 442, kiln(), [d(24, 'tanh', { batchNorm: true }), d(1)], 'mse', opt('sgd', 0.03, { momentum: 0.8 }), tr(200, 32));
spec('ok.wheels-tsv-free-cost-only', 443, wheels({ target: 'cost_gbp' }), [d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.003), tr(150, 32));
void raw;
