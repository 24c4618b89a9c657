/**
 * Writes every candidate spec of fault set blind220 (oyster and mussel farms) into candidates/:
 * `npx tsx test/faults-blind220/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const LL = ['water_temp_c', 'salinity_psu', 'chlorophyll_ug_l', 'depth_m', 'days_on_line', 'sock_density_per_m', 'tide_range_m', 'current_speed_cm_s', 'buoy_tag_digit'];
const OY = ['shell_length_mm', 'shell_width_mm', 'cup_depth_mm', 'whole_weight_g', 'age_months', 'tumbles_per_month', 'stocking_per_bag'];
const MO = ['max_water_temp_c', 'min_oxygen_mg_l', 'salinity_psu', 'triploid', 'age_months', 'heatwave_days', 'vibrio_cfu_ml'];
const HA = ['temp_c', 'salinity_psu', 'ph', 'algae_cells_ml', 'larvae_per_ml', 'day_of_run'];
const DE = ['start_ecoli_mpn_100g', 'water_temp_c', 'uv_dose_mj_cm2', 'flow_l_min', 'shellfish_kg', 'hours'];

const csv = (file: string, target: string | string[], features: string[], normalize = 'standard', extra: Obj = {}): Obj => ({ csv: `../data/${file}`, target, features, normalize, ...extra });
const lines = (norm = 'standard', extra: Obj = { normalizeTarget: 'standard' }) => csv('longlines.csv', 'yield_kg_per_m', LL, norm, extra);
const grades = (norm = 'standard') => csv('oyster-grades.csv', 'grade', OY, norm);
const mort = (norm = 'standard') => csv('summer-mortality.csv', 'died', MO, norm);
const hatch = (norm = 'standard', extra: Obj = { normalizeTarget: 'standard' }) => csv('hatchery-export.csv', 'survival_pct', HA, norm, extra);
const depur = (norm = 'standard') => csv('depuration-tab.csv', 'passed', DE, norm);

const L = (units: number, activation: string, init?: string | Obj, extra: Obj = {}): Obj => {
  const l: Obj = { type: 'dense', units, activation };
  if (typeof init === 'string') l.init = init;
  else if (init) Object.assign(l, init);
  return { ...l, ...extra };
};
const D = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, shuffle: true, ...extra });

let seed = 220;
function spec(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, more: Obj = {}): void {
  const name = file.replace(/\.nn\.json$/, '').split('.').slice(1).join('-') || file;
  const s = { name, seed: seed++, data, layers, loss, optimizer, training, ...more };
  fs.writeFileSync(path.join(out, file), JSON.stringify(s, null, 2) + '\n');
}
function raw(file: string, text: string): void {
  fs.writeFileSync(path.join(out, file), text);
}

// ---------------- invalid-spec ----------------
spec('invalid-spec.optimizer-adamw.nn.json', lines(), [L(16, 'relu'), L(1, 'linear')], 'mse', opt('adamw', 0.001), tr(150, 32));
spec('invalid-spec.activation-swish.nn.json', grades(), [L(24, 'swish'), L(12, 'swish'), L(4, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('invalid-spec.loss-keras-name.nn.json', mort(), [L(12, 'relu'), L(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.002), tr(100, 64));
spec('invalid-spec.init-glorot.nn.json', hatch(), [L(16, 'tanh', 'glorot_uniform'), L(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(120, 16));
spec('invalid-spec.dropout-percent.nn.json', depur(), [L(16, 'relu'), D(20), L(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('invalid-spec.validation-split-one.nn.json', lines(), [L(12, 'elu'), L(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(100, 32, { validationSplit: 1 }));

// ---------------- data-error ----------------
spec('data-error.target-typo.nn.json', csv('longlines.csv', 'yield_kg_m', LL, 'standard', { normalizeTarget: 'standard' }), [L(16, 'relu'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('data-error.logger-gaps.nn.json', csv('longlines-gaps.csv', 'yield_kg_per_m', LL, 'standard', { normalizeTarget: 'standard' }), [L(16, 'relu'), L(8, 'relu'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('data-error.site-name-feature.nn.json', csv('summer-mortality.csv', 'died', ['site', ...MO]), [L(12, 'relu'), L(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('data-error.missing-file.nn.json', csv('hatchery-2024.csv', 'survival_pct', HA, 'standard', { normalizeTarget: 'standard' }), [L(16, 'tanh'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.path-outside.nn.json', { csv: '../../../../../../shared/farm/depuration.csv', target: 'passed', normalize: 'standard' }, [L(12, 'relu'), L(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('data-error.timestamp-feature.nn.json', csv('longlines.csv', 'yield_kg_per_m', ['seeded_on', ...LL], 'standard', { normalizeTarget: 'standard' }), [L(16, 'relu'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));

// ---------------- shape-mismatch ----------------
spec('shape-mismatch.grades-three-units.nn.json', grades(), [L(16, 'relu'), L(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('shape-mismatch.mortality-two-sigmoids.nn.json', mort(), [L(12, 'relu'), L(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.two-targets-one-unit.nn.json', csv('longlines.csv', ['yield_kg_per_m', 'harvest_kg_per_line'], LL, 'standard', { normalizeTarget: 'standard' }), [L(16, 'relu'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.iris-two-units.nn.json', { builtin: 'iris', normalize: 'standard' }, [L(8, 'tanh'), L(2, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16));
spec('shape-mismatch.hatchery-four-outputs.nn.json', hatch(), [L(16, 'relu'), L(4, 'linear')], 'mse', opt('rmsprop', 0.002), tr(100, 32));

// ---------------- loss-activation-mismatch ----------------
spec('loss-activation-mismatch.softmax-mse.nn.json', grades(), [L(16, 'relu'), L(4, 'softmax')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.bce-linear-head.nn.json', depur(), [L(16, 'relu'), L(1, 'linear')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.cce-sigmoid-head.nn.json', grades(), [L(16, 'tanh'), L(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.relu-head-standard-target.nn.json', hatch(), [L(16, 'tanh'), L(1, 'relu')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.tanh-head-kg.nn.json', lines('standard', {}), [L(16, 'relu'), L(1, 'tanh')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('loss-activation-mismatch.sigmoid-head-percent.nn.json', hatch('standard', {}), [L(16, 'relu'), L(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(150, 32));

// ---------------- init-symmetry ----------------
spec('init-symmetry.zeros-hidden.nn.json', lines(), [L(16, 'tanh', 'zeros'), L(8, 'tanh', 'zeros'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('init-symmetry.constant-relu.nn.json', grades(), [L(24, 'relu', { init: 'constant', value: 0.1 }), L(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 32));
spec('init-symmetry.zeros-sigmoid-mortality.nn.json', mort(), [L(10, 'sigmoid', 'zeros'), L(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), tr(120, 32));
spec('init-symmetry.constant-all-layers.nn.json', depur(), [L(12, 'elu', { init: 'constant', value: 0.05 }), L(12, 'elu', { init: 'constant', value: 0.05 }), L(1, 'sigmoid', { init: 'constant', value: 0.05 })], 'bce', opt('adam', 0.003), tr(120, 32));

// ---------------- init-scale ----------------
spec('init-scale.normal-std-8.nn.json', lines(), [L(32, 'relu', { init: 'normal', std: 8 }), L(16, 'relu', { init: 'normal', std: 8 }), L(1, 'linear')], 'mse', opt('sgd', 0.01), tr(120, 32));
spec('init-scale.uniform-tiny-deep.nn.json', mort(), [L(16, 'tanh', { init: 'uniform', limit: 1e-4 }), L(16, 'tanh', { init: 'uniform', limit: 1e-4 }), L(16, 'tanh', { init: 'uniform', limit: 1e-4 }), L(1, 'sigmoid', { init: 'uniform', limit: 1e-4 })], 'bce', opt('sgd', 0.05), tr(120, 32));
spec('init-scale.tanh-std-5.nn.json', grades(), [L(32, 'tanh', { init: 'normal', std: 5 }), L(4, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std-3-deep-relu.nn.json', depur(), [L(24, 'relu', { init: 'normal', std: 3 }), L(24, 'relu', { init: 'normal', std: 3 }), L(24, 'relu', { init: 'normal', std: 3 }), L(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(100, 32));

// ---------------- no-nonlinearity ----------------
spec('no-nonlinearity.moons-linear-stack.nn.json', { builtin: 'moons', samples: 400, noise: 0.15 }, [L(16, 'linear'), L(16, 'linear'), L(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.hatchery-linear-hidden.nn.json', hatch(), [L(32, 'linear'), L(16, 'linear'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('no-nonlinearity.activation-omitted.nn.json', grades(), [{ type: 'dense', units: 24 }, { type: 'dense', units: 12 }, L(4, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 32));
spec('no-nonlinearity.circles-linear.nn.json', { builtin: 'circles', samples: 400, noise: 0.08 }, [L(12, 'linear', 'xavier_normal'), L(8, 'linear'), L(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32));

// ---------------- lr-out-of-range ----------------
spec('lr-out-of-range.adam-lr-5.nn.json', mort(), [L(16, 'relu'), L(1, 'sigmoid')], 'bce', opt('adam', 5), tr(100, 32));
spec('lr-out-of-range.sgd-lr-80.nn.json', lines(), [L(16, 'tanh'), L(1, 'linear')], 'mse', opt('sgd', 80), tr(100, 32));
spec('lr-out-of-range.rmsprop-1e-9.nn.json', grades(), [L(16, 'relu'), L(4, 'softmax')], 'cce', opt('rmsprop', 1e-9), tr(100, 32));
spec('lr-out-of-range.adam-lr-30.nn.json', depur(), [L(12, 'elu'), L(1, 'sigmoid')], 'bce', opt('adam', 30), tr(100, 32));

// ---------------- dead-relu ----------------
spec('dead-relu.bias-minus-six.nn.json', lines(), [L(24, 'relu', 'he_normal', { bias: -6 }), L(1, 'linear')], 'mse', opt('adam', 0.002), tr(120, 32));
spec('dead-relu.sgd-big-step-kills.nn.json', hatch(), [L(32, 'relu'), L(32, 'relu'), L(1, 'linear')], 'mse', opt('sgd', 0.6), tr(120, 16));
spec('dead-relu.raw-counts-negative-bias.nn.json', mort('none'), [L(16, 'relu', 'he_normal', { bias: -3 }), L(16, 'relu', 'he_normal', { bias: -3 }), L(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('dead-relu.deep-negative-bias.nn.json', grades(), [L(32, 'relu', 'he_uniform', { bias: -4 }), L(16, 'relu', 'he_uniform', { bias: -4 }), L(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(100, 32));

// ---------------- exploding-gradient ----------------
spec('exploding-gradient.raw-harvest-kg.nn.json', csv('longlines.csv', 'harvest_kg_per_line', LL, 'standard'), [L(16, 'relu'), L(1, 'linear')], 'mse', opt('sgd', 0.001), tr(100, 32));
spec('exploding-gradient.raw-algae-counts.nn.json', hatch('none'), [L(16, 'relu'), L(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(100, 32));
spec('exploding-gradient.deep-std-1.nn.json', lines(), [L(32, 'relu', { init: 'normal', std: 1 }), L(32, 'relu', { init: 'normal', std: 1 }), L(32, 'relu', { init: 'normal', std: 1 }), L(32, 'relu', { init: 'normal', std: 1 }), L(1, 'linear', { init: 'normal', std: 1 })], 'mse', opt('sgd', 0.001), tr(100, 32));
spec('exploding-gradient.raw-percent-target-rmsprop.nn.json', hatch('standard', {}), [L(32, 'relu'), L(32, 'relu'), L(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 16));

// ---------------- vanishing-gradient ----------------
spec('vanishing-gradient.eight-sigmoids.nn.json', mort(), Array.from({ length: 8 }, () => L(16, 'sigmoid')).concat([L(1, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(100, 32));
spec('vanishing-gradient.deep-tanh-small-init.nn.json', lines(), Array.from({ length: 7 }, () => L(16, 'tanh', { init: 'normal', std: 0.05 })).concat([L(1, 'linear')]), 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(100, 32));
spec('vanishing-gradient.ten-sigmoid-grades.nn.json', grades(), Array.from({ length: 10 }, () => L(12, 'sigmoid', 'xavier_normal')).concat([L(4, 'softmax')]), 'cce', opt('sgd', 0.1), tr(100, 32));
spec('vanishing-gradient.sigmoid-tower-depuration.nn.json', depur(), Array.from({ length: 9 }, () => L(10, 'sigmoid')).concat([L(1, 'sigmoid')]), 'bce', opt('rmsprop', 1e-4), tr(80, 32));

// ---------------- nan-loss ----------------
spec('nan-loss.sgd-raw-vibrio.nn.json', mort('none'), [L(16, 'relu'), L(1, 'linear')], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('nan-loss.raw-hatchery-momentum.nn.json', hatch('none', {}), [L(24, 'relu'), L(24, 'relu'), L(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.95 }), tr(100, 16));
spec('nan-loss.raw-ecoli-counts.nn.json', csv('depuration-tab.csv', 'start_ecoli_mpn_100g', DE.slice(1), 'none'), [L(16, 'relu'), L(16, 'relu'), L(1, 'linear')], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('nan-loss.harvest-kg-batch1.nn.json', csv('longlines.csv', 'harvest_kg_per_line', LL, 'none'), [L(12, 'elu'), L(1, 'linear')], 'mse', opt('sgd', 0.005), tr(60, 1));

// ---------------- lr-too-high ----------------
spec('lr-too-high.adam-0p3.nn.json', lines(), [L(32, 'relu'), L(16, 'relu'), L(1, 'linear')], 'mse', opt('adam', 0.3), tr(120, 32));
spec('lr-too-high.sgd-1p5-mortality.nn.json', mort(), [L(16, 'tanh'), L(1, 'sigmoid')], 'bce', opt('sgd', 1.5, { momentum: 0.9 }), tr(120, 32));
spec('lr-too-high.rmsprop-0p2.nn.json', grades(), [L(32, 'relu'), L(4, 'softmax')], 'cce', opt('rmsprop', 0.2), tr(120, 32));
spec('lr-too-high.nesterov-0p5-hatchery.nn.json', hatch(), [L(24, 'tanh'), L(1, 'linear')], 'mse', opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), tr(120, 16));
spec('lr-too-high.adam-0p5-depuration.nn.json', depur(), [L(24, 'elu'), L(12, 'elu'), L(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(120, 32));

// ---------------- lr-too-low ----------------
spec('lr-too-low.sgd-1e-4-lines.nn.json', lines(), [L(16, 'relu'), L(1, 'linear')], 'mse', opt('sgd', 1e-4), tr(100, 64));
spec('lr-too-low.adam-2e-6-grades.nn.json', grades(), [L(24, 'relu'), L(4, 'softmax')], 'cce', opt('adam', 2e-6), tr(100, 32));
spec('lr-too-low.rmsprop-5e-6-mortality.nn.json', mort(), [L(16, 'tanh'), L(1, 'sigmoid')], 'bce', opt('rmsprop', 5e-6), tr(100, 32));
spec('lr-too-low.sgd-fullbatch-hatchery.nn.json', hatch(), [L(16, 'tanh'), L(1, 'linear')], 'mse', opt('sgd', 0.0005), tr(150, 360));
spec('lr-too-low.momentum-tiny-depuration.nn.json', depur(), [L(12, 'relu'), L(1, 'sigmoid')], 'bce', opt('sgd', 2e-5, { momentum: 0.9 }), tr(100, 32));

// ---------------- saturated-activation ----------------
spec('saturated-activation.sigmoid-raw-features.nn.json', mort('none'), [L(16, 'sigmoid', { init: 'normal', std: 1 }), L(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('saturated-activation.tanh-bias-8.nn.json', lines(), [L(16, 'tanh', 'xavier_uniform', { bias: 8 }), L(1, 'linear')], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('saturated-activation.tanh-raw-hatchery.nn.json', hatch('none'), [L(24, 'tanh'), L(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(100, 32));
spec('saturated-activation.sigmoid-std-4-grades.nn.json', grades(), [L(32, 'sigmoid', { init: 'normal', std: 4 }), L(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32));

// ---------------- loss-plateau ----------------
spec('loss-plateau.xor-sigmoid-sgd.nn.json', { builtin: 'xor', samples: 300, noise: 0.1 }, [L(4, 'sigmoid', { init: 'normal', std: 0.01 }), L(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(150, 32));
spec('loss-plateau.spirals-one-tanh-unit.nn.json', { builtin: 'spirals', samples: 400, noise: 0.05, classes: 3 }, [L(32, 'tanh', { init: 'normal', std: 0.001 }), L(3, 'softmax', { init: 'normal', std: 0.001 })], 'cce', opt('sgd', 0.01), tr(150, 32));
spec('loss-plateau.circles-small-init-sgd.nn.json', { builtin: 'circles', samples: 400, noise: 0.05 }, [L(16, 'tanh', { init: 'normal', std: 0.001 }), L(16, 'tanh', { init: 'normal', std: 0.001 }), L(1, 'sigmoid', { init: 'normal', std: 0.001 })], 'bce', opt('sgd', 0.1), tr(150, 32));
spec('loss-plateau.grades-sigmoid-weight-decay.nn.json', grades(), [L(24, 'sigmoid'), L(4, 'softmax')], 'cce', opt('sgd', 0.05, { weightDecay: 0.5 }), tr(150, 32));

// ---------------- oscillating-loss ----------------
spec('oscillating-loss.momentum-0p99-batch-4.nn.json', hatch(), [L(16, 'tanh'), L(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(120, 4));
spec('oscillating-loss.adam-0p05-batch-2.nn.json', lines(), [L(24, 'relu'), L(1, 'linear')], 'mse', opt('adam', 0.05), tr(120, 2));
spec('oscillating-loss.sgd-batch1-lines.nn.json', lines(), [L(16, 'elu'), L(1, 'linear')], 'mse', opt('sgd', 0.15), tr(120, 1));
spec('oscillating-loss.rmsprop-0p03-fullbatch.nn.json', mort(), [L(16, 'relu'), L(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), tr(150, 600));

// ======================= healthy =======================
spec('ok.lines-adam-relu.nn.json', lines(), [L(32, 'relu'), L(16, 'relu'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.lines-sgd-momentum-tanh.nn.json', lines(), [L(24, 'tanh'), L(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.lines-nesterov-elu.nn.json', lines(), [L(32, 'elu'), L(16, 'elu'), L(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(150, 16));
spec('ok.lines-rmsprop-leaky.nn.json', lines('minmax'), [L(32, 'leaky_relu'), L(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(150, 32));
spec('ok.lines-batchnorm-dropout.nn.json', lines(), [L(64, 'relu', 'he_uniform', { batchNorm: true }), D(0.2), L(32, 'relu', 'he_uniform', { batchNorm: true }), L(1, 'linear')], 'mse', opt('adam', 0.002), tr(150, 32, { validationSplit: 0.15 }));
spec('ok.lines-plain-sgd-batch1.nn.json', lines(), [L(12, 'tanh'), L(1, 'linear')], 'mse', opt('sgd', 0.003), tr(60, 1));
spec('ok.lines-fullbatch-adam.nn.json', lines(), [L(32, 'relu'), L(1, 'linear')], 'mse', opt('adam', 0.02), tr(300, 480));
spec('ok.lines-raw-kg-normalized-target.nn.json', csv('longlines.csv', 'harvest_kg_per_line', LL, 'standard', { normalizeTarget: 'minmax' }), [L(32, 'relu'), L(16, 'relu'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.lines-clipnorm-weightdecay.nn.json', lines(), [L(48, 'relu'), L(24, 'relu'), L(1, 'linear')], 'mse', opt('sgd', 0.03, { momentum: 0.9, clipNorm: 1, weightDecay: 1e-4 }), tr(150, 32));
spec('ok.lines-deep-narrow-elu.nn.json', lines(), [L(12, 'elu'), L(12, 'elu'), L(12, 'elu'), L(12, 'elu'), L(1, 'linear')], 'mse', opt('adam', 0.002), tr(200, 32));
spec('ok.grades-adam-relu.nn.json', grades(), [L(32, 'relu'), L(16, 'relu'), L(4, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.grades-sgd-momentum-tanh.nn.json', grades(), [L(24, 'tanh'), L(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.grades-rmsprop-elu-dropout.nn.json', grades(), [L(48, 'elu'), D(0.3), L(24, 'elu'), L(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(150, 16));
spec('ok.grades-minmax-nesterov.nn.json', grades('minmax'), [L(32, 'relu'), L(4, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(200, 32));
spec('ok.grades-batchnorm-sigmoid.nn.json', grades(), [L(32, 'sigmoid', 'xavier_normal', { batchNorm: true }), L(4, 'softmax')], 'cce', opt('adam', 0.005), tr(150, 64));
spec('ok.grades-wide-single.nn.json', grades(), [L(128, 'relu', 'he_normal'), L(4, 'softmax')], 'cce', opt('adam', 0.001), tr(150, 32));
spec('ok.mortality-adam-relu.nn.json', mort(), [L(16, 'relu'), L(8, 'relu'), L(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.mortality-logistic.nn.json', mort(), [L(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 32));
spec('ok.mortality-rmsprop-tanh.nn.json', mort(), [L(16, 'tanh', 'lecun_normal'), L(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(120, 16));
spec('ok.mortality-sgd-momentum-leaky.nn.json', mort(), [L(24, 'leaky_relu'), L(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.9 }), tr(120, 32));
spec('ok.mortality-minmax-fullbatch.nn.json', mort('minmax'), [L(16, 'elu'), L(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(300, 600));
spec('ok.mortality-clipnorm-adam.nn.json', mort(), [L(32, 'relu'), D(0.2), L(16, 'relu'), L(1, 'sigmoid')], 'bce', opt('adam', 0.003, { clipNorm: 5, weightDecay: 1e-4 }), tr(120, 32));
spec('ok.hatchery-adam-tanh.nn.json', hatch(), [L(32, 'tanh'), L(16, 'tanh'), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.hatchery-relu-rmsprop.nn.json', hatch(), [L(32, 'relu'), L(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(200, 16));
spec('ok.hatchery-nesterov-elu.nn.json', hatch('minmax'), [L(32, 'elu'), L(16, 'elu'), L(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(200, 16));
spec('ok.hatchery-batchnorm.nn.json', hatch(), [L(48, 'relu', 'he_normal', { batchNorm: true }), L(24, 'relu', 'he_normal', { batchNorm: true }), L(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.hatchery-sigmoid-hidden.nn.json', hatch(), [L(32, 'sigmoid', 'xavier_uniform'), L(1, 'linear')], 'mse', opt('adam', 0.01), tr(300, 32));
spec('ok.depuration-adam-relu.nn.json', depur(), [L(16, 'relu'), L(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('ok.depuration-sgd-plain-tanh.nn.json', depur(), [L(12, 'tanh'), L(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 16));
spec('ok.depuration-rmsprop-deep.nn.json', depur(), [L(24, 'elu'), L(24, 'elu'), L(12, 'elu'), L(1, 'sigmoid')], 'bce', opt('rmsprop', 0.0005), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.depuration-batch1-momentum.nn.json', depur(), [L(8, 'relu'), L(1, 'sigmoid')], 'bce', opt('sgd', 0.005, { momentum: 0.5 }), tr(50, 1));
spec('ok.moons-relu-adam.nn.json', { builtin: 'moons', samples: 400, noise: 0.15 }, [L(32, 'relu'), L(16, 'relu'), L(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.circles-tanh-nesterov.nn.json', { builtin: 'circles', samples: 400, noise: 0.05 }, [L(16, 'tanh'), L(8, 'tanh'), L(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(200, 32));
spec('ok.spirals-wide-adam.nn.json', { builtin: 'spirals', samples: 450, noise: 0.05, classes: 3 }, [L(64, 'relu'), L(64, 'relu'), L(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-five-classes-rmsprop.nn.json', { builtin: 'blobs', samples: 500, noise: 0.2, classes: 5 }, [L(16, 'leaky_relu'), L(5, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(100, 32));
spec('ok.sine-tanh-adam.nn.json', { builtin: 'sine', samples: 300, noise: 0.05 }, [L(32, 'tanh'), L(32, 'tanh'), L(1, 'linear')], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.iris-elu-sgd.nn.json', { builtin: 'iris', normalize: 'standard' }, [L(16, 'elu'), L(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 8));
spec('ok.xor-tanh-batch-full.nn.json', { builtin: 'xor', samples: 200, noise: 0.1 }, [L(8, 'tanh'), L(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(300, 200));
spec('ok.inline-condition-index.nn.json', { inline: { x: [[12, 31], [14, 30], [16, 29], [18, 32], [20, 28], [11, 33], [13, 27], [15, 31], [17, 30], [19, 29], [21, 31], [10, 30], [22, 28], [12, 34], [16, 33], [18, 27]], y: [5.1, 6.0, 6.8, 7.9, 8.1, 4.8, 5.2, 6.4, 7.3, 7.8, 8.9, 4.2, 8.8, 5.6, 7.2, 7.0] }, normalize: 'standard', normalizeTarget: 'standard' }, [L(8, 'tanh'), L(1, 'linear')], 'mse', opt('adam', 0.01), tr(300, 16));
spec('ok.inline-spawn-status.nn.json', { inline: { x: [[14, 0.5], [15, 0.8], [16, 1.2], [17, 2.0], [18, 2.5], [19, 3.1], [20, 3.6], [21, 4.0], [13, 0.3], [22, 4.5], [16.5, 1.8], [19.5, 2.2], [15.5, 2.9], [20.5, 1.1], [18.5, 3.8], [14.5, 3.5]], y: ['ripe', 'ripe', 'ripe', 'spawned', 'spawned', 'spawned', 'spawned', 'spawned', 'ripe', 'spawned', 'ripe', 'spawned', 'ripe', 'spawned', 'spawned', 'ripe'] }, normalize: 'standard' }, [L(6, 'relu'), L(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(300, 4));
spec('ok.grades-xavier-deep-leaky.nn.json', grades(), [L(32, 'leaky_relu', 'xavier_normal'), L(32, 'leaky_relu', 'xavier_normal'), L(16, 'leaky_relu', 'xavier_normal'), L(4, 'softmax')], 'cce', opt('adam', 0.001), tr(150, 32));
spec('ok.lines-small-batch-rmsprop-tanh.nn.json', lines(), [L(16, 'tanh'), L(8, 'tanh'), L(1, 'linear')], 'mse', opt('rmsprop', 0.0005), tr(100, 4));
spec('ok.mortality-lecun-selu-like-elu.nn.json', mort(), [L(32, 'elu', 'lecun_normal'), L(32, 'elu', 'lecun_normal'), L(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.8 }), tr(100, 64));
void raw;
spec('dead-relu.bias-minus-five-hatchery.nn.json', hatch(), [L(32, 'relu', 'he_normal', { bias: -5 }), L(1, 'linear')], 'mse', opt('adam', 0.001), tr(120, 32));
