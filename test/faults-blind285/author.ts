/**
 * Writes every candidate spec of fault set blind285 (salt mines) into candidates/:
 * `npx tsx test/faults-blind285/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy ones `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const HOIST_F = ['panel_depth_m', 'crew_size', 'drill_holes', 'explosive_kg', 'conveyor_uptime_pct', 'haul_distance_m', 'surface_temp_c'];
const WELL_F = ['injection_pressure_bar', 'brine_density_gcc', 'flow_m3h', 'well_age_yr', 'sulfate_ppm', 'cavern_volume_km3'];
const GRADE_F = ['nacl_pct', 'insolubles_pct', 'moisture_pct', 'grain_mm', 'iron_ppm', 'whiteness_idx'];
const ROOF_F = ['span_m', 'pillar_width_m', 'cover_depth_m', 'extraction_ratio', 'age_months'];

const hoist = (o: J = {}): J => ({ csv: '../data/hoist_shifts.csv', target: 'tonnes_hoisted', features: HOIST_F, normalize: 'standard', normalizeTarget: 'standard', ...o });
const wells = (o: J = {}): J => ({ csv: '../data/brine_wells.csv', target: 'casing_leak', features: WELL_F, normalize: 'standard', ...o });
const grades = (o: J = {}): J => ({ csv: '../data/salt_grades.csv', target: 'grade', features: GRADE_F, normalize: 'standard', ...o });
const gradesEu = (o: J = {}): J => ({ csv: '../data/salt_grades_eu.csv', target: 'grade', features: GRADE_F, normalize: 'standard', ...o });
const roof = (o: J = {}): J => ({ csv: '../data/roof_convergence.csv', target: 'convergence_mm_month', features: ROOF_F, normalize: 'standard', normalizeTarget: 'standard', ...o });

const d = (units: number, activation = 'relu', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, shuffle: true, ...extra });

let n = 0;
function spec(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/\.nn\.json$/, '');
  const s = { name: name.split('.').slice(1).join('.') || name, seed, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
  n++;
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', 2851, grades(), [d(16), d(4, 'softmax')], 'cce', opt('adamw', 0.001), tr(120, 32));
spec('invalid-spec.gelu-activation', 2852, hoist(), [d(24, 'gelu'), d(12, 'gelu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('invalid-spec.glorot-init-name', 2853, wells(), [d(12, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(100, 16));
spec('invalid-spec.dropout-rate-one', 2854, roof(), [d(32), drop(1.0), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(150, 32));
spec('invalid-spec.validation-split-one', 2855, grades(), [d(16, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32, { validationSplit: 1 }));
// data-error
spec('data-error.typo-in-path', 2856, hoist({ csv: '../data/hoist_shift.csv' }), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('data-error.target-column-renamed', 2857, hoist({ target: 'tonnes' }), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('data-error.date-as-feature', 2858, hoist({ features: ['date', ...HOIST_F] }), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('data-error.logger-gaps-na', 2859, wells({ csv: '../data/brine_wells_gaps.csv' }), [d(12), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('data-error.path-outside-workspace', 2860, grades({ csv: '../../../../../../srv/lab/salt_grades.csv' }), [d(16), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('data-error.well-id-as-feature', 2861, wells({ features: ['well_id', ...WELL_F] }), [d(12), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
// shape-mismatch
spec('shape-mismatch.three-grades-not-four', 2862, grades(), [d(16), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('shape-mismatch.two-sigmoids-binary-leak', 2863, wells(), [d(12), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('shape-mismatch.two-outputs-one-target', 2864, hoist(), [d(16), d(2, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('shape-mismatch.five-softmax-eu-export', 2865, gradesEu(), [d(20, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(120, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', 2866, wells(), [d(12), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', 2867, grades(), [d(16), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.relu-head-standardised-target', 2868, hoist(), [d(24), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-activation-mismatch.sigmoid-head-raw-mm', 2869, roof({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(150, 32));
spec('loss-activation-mismatch.softmax-mse-grades', 2870, grades(), [d(16), d(4, 'softmax')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.tanh-head-tonnes', 2871, hoist({ normalizeTarget: 'minmax' }), [d(16), d(1, 'tanh')], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden-16', 2872, roof(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('init-symmetry.constant-tenth', 2873, wells(), [d(12, 'sigmoid', { init: 'constant', value: 0.1 }), d(8, 'sigmoid', { init: 'constant', value: 0.1 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(120, 32));
spec('init-symmetry.zeros-both-layers', 2874, grades(), [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(120, 32));
// init-scale
spec('init-scale.normal-std-8', 2875, hoist(), [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(150, 32));
spec('init-scale.uniform-1e-5-deep', 2876, grades(), [d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(4, 'softmax', { init: 'uniform', limit: 1e-5 })], 'cce', opt('sgd', 0.01), tr(120, 32));
spec('init-scale.normal-std-30-relu', 2877, roof(), [d(32, 'relu', { init: 'normal', std: 30 }), d(1, 'linear', { init: 'normal', std: 30 })], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(150, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-grades', 2878, grades(), [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('no-nonlinearity.linear-stack-roof', 2879, roof(), [d(24, 'linear'), d(24, 'linear'), d(12, 'linear'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('no-nonlinearity.default-activation-wells', 2880, wells(), [{ type: 'dense', units: 16 }, { type: 'dense', units: 8 }, d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(120, 32));
spec('no-nonlinearity.linear-moons', 2881, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
// lr-out-of-range
spec('lr-out-of-range.zero-rate', 2882, hoist(), [d(16), d(1, 'linear')], 'mse', opt('adam', 0), tr(150, 32));
spec('lr-out-of-range.negative-rate', 2883, wells(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', -0.01, { momentum: 0.9 }), tr(120, 32));
spec('lr-out-of-range.adam-rate-25', 2884, grades(), [d(16), d(4, 'softmax')], 'cce', opt('adam', 25), tr(120, 32));
// dead-relu
spec('dead-relu.bias-minus-six', 2885, roof(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(150, 32));
spec('dead-relu.raw-features-sgd-kick', 2886, hoist({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { clipNorm: 1 }), tr(150, 32));
spec('dead-relu.negative-bias-wells', 2887, wells(), [d(24, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.9 }), tr(120, 32));
spec('dead-relu.high-lr-rmsprop-relu', 2888, grades(), [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.08), tr(120, 16));
// exploding-gradient
spec('exploding-gradient.raw-tonnes-target', 2889, hoist({ normalizeTarget: 'none' }), [d(32), d(16), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(100, 32));
spec('exploding-gradient.raw-features-raw-target', 2890, hoist({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 1e-4, { momentum: 0.9 }), tr(100, 32));
spec('exploding-gradient.deep-std-1-linear-ish', 2891, roof(), [d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(100, 32));
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-stack', 2892, wells(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(120, 32));
spec('vanishing-gradient.tanh-tiny-normal', 2893, roof(), [d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(1, 'linear', { init: 'normal', std: 0.01 })], 'mse', opt('sgd', 0.01, { momentum: 0.5 }), tr(150, 32));
spec('vanishing-gradient.sigmoid-grades-ten-deep', 2894, grades(), [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32));
// nan-loss
spec('nan-loss.sgd-rate-one-raw-hoist', 2895, hoist({ normalize: 'none', normalizeTarget: 'none' }), [d(16), d(1, 'linear')], 'mse', opt('sgd', 1), tr(100, 32));
spec('nan-loss.rmsprop-rate-5-raw-target', 2896, roof({ normalizeTarget: 'none', normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), tr(100, 16));
spec('nan-loss.constant-init-huge', 2897, hoist({ normalizeTarget: 'none' }), [d(16, 'linear', { init: 'normal', std: 1e6 }), d(1, 'linear', { init: 'normal', std: 1e6 })], 'mse', opt('sgd', 0.01), tr(50, 32));
// lr-too-high
spec('lr-too-high.sgd-half-wells', 2898, wells(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3), tr(120, 32));
spec('lr-too-high.adam-0.3-grades', 2899, grades(), [d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.3), tr(120, 32));
spec('lr-too-high.rmsprop-0.2-roof', 2900, roof(), [d(32, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.2), tr(150, 32));
spec('lr-too-high.momentum-0.3-hoist', 2901, hoist(), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), tr(150, 32));
// lr-too-low
spec('lr-too-low.sgd-1e-5-hoist', 2902, hoist(), [d(24), d(1, 'linear')], 'mse', opt('sgd', 1e-5), tr(150, 32));
spec('lr-too-low.adam-1e-6-grades', 2903, grades(), [d(16), d(4, 'softmax')], 'cce', opt('adam', 1e-6), tr(120, 32));
spec('lr-too-low.rmsprop-2e-6-wells', 2904, wells(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 2e-6), tr(120, 32));
spec('lr-too-low.nesterov-1e-5-roof', 2905, roof(), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 1e-5, { momentum: 0.9, nesterov: true }), tr(150, 64));
// saturated-activation
spec('saturated-activation.sigmoid-raw-wells', 2906, wells({ normalize: 'none' }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(120, 32));
spec('saturated-activation.tanh-std-4', 2907, roof(), [d(32, 'tanh', { init: 'normal', std: 4 }), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(150, 32));
spec('saturated-activation.sigmoid-bias-ten', 2908, grades(), [d(24, 'sigmoid', { bias: 10 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 32));
spec('saturated-activation.tanh-raw-hoist', 2909, hoist({ normalize: 'none' }), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(150, 32));
// loss-plateau
spec('loss-plateau.weight-decay-one', 2910, roof(), [d(32), d(16), d(1, 'linear')], 'mse', opt('adam', 0.003, { weightDecay: 1 }), tr(150, 32));
spec('loss-plateau.decay-sgd-grades', 2911, grades(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 2 }), tr(120, 32));
spec('loss-plateau.dropout-0.9-hoist', 2912, hoist(), [d(8), drop(0.95), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('loss-plateau.circles-one-unit', 2913, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(1, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
// oscillating-loss
spec('oscillating-loss.sgd-batch1-roof', 2914, roof(), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.15), tr(60, 1));
spec('oscillating-loss.adam-0.05-batch2-hoist', 2915, hoist(), [d(32), d(16), d(1, 'linear')], 'mse', opt('adam', 0.05), tr(60, 2));
spec('oscillating-loss.rmsprop-0.03-batch4-grades', 2916, grades(), [d(32), d(4, 'softmax')], 'cce', opt('rmsprop', 0.05), tr(60, 4));
spec('oscillating-loss.momentum-0.99-wells', 2917, wells(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.99 }), tr(120, 520));

// ---------------- healthy ----------------
spec('ok.hoist-adam-relu-two-layers', 3001, hoist(), [d(32), d(16), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.hoist-rmsprop-elu-val', 3002, hoist(), [d(24, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(150, 16, { validationSplit: 0.2 }));
spec('ok.hoist-sgd-momentum-tanh', 3003, hoist(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.hoist-minmax-nesterov', 3004, hoist({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(200, 16));
spec('ok.hoist-full-batch-adam', 3005, hoist(), [d(32), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(300, 480));
spec('ok.hoist-batchnorm-dropout', 3006, hoist(), [d(48, 'relu', { batchNorm: true }), drop(0.1), d(24, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(120, 32));
spec('ok.hoist-linear-regression', 3007, hoist(), [d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('ok.hoist-deep-narrow-clip', 3008, hoist(), [d(12), d(12), d(12), d(8), d(1, 'linear')], 'mse', opt('adam', 0.002, { clipNorm: 1 }), tr(200, 32));
spec('ok.wells-adam-relu', 3009, wells(), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(120, 32));
spec('ok.wells-sgd-tanh', 3010, wells(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32));
spec('ok.wells-rmsprop-batch8', 3011, wells(), [d(24, 'elu'), drop(0.2), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(100, 8));
spec('ok.wells-logistic-only', 3012, wells(), [d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(150, 64));
spec('ok.wells-minmax-nesterov-val', 3013, wells({ normalize: 'minmax' }), [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(200, 32, { validationSplit: 0.25 }));
spec('ok.wells-batchnorm-full-batch', 3014, wells(), [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 520));
spec('ok.grades-adam-relu', 3015, grades(), [d(32), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('ok.grades-eu-export-rmsprop', 3016, gradesEu(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(100, 32));
spec('ok.grades-sgd-plain-elu', 3017, grades(), [d(16, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(150, 16));
spec('ok.grades-deep-dropout-decay', 3018, grades(), [d(64), drop(0.3), d(32), drop(0.2), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.001, { weightDecay: 5e-4 }), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.grades-batch-one-sgd', 3019, grades(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.005), tr(40, 1));
spec('ok.grades-softmax-regression', 3020, grades(), [d(4, 'softmax')], 'cce', opt('adam', 0.03), tr(150, 64));
spec('ok.grades-sigmoid-hidden-adam', 3021, grades({ normalize: 'minmax' }), [d(20, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32));
spec('ok.roof-adam-tanh', 3022, roof(), [d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.roof-rmsprop-relu-deep', 3023, roof(), [d(32), d(32), d(16), d(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(150, 32));
spec('ok.roof-sgd-momentum-leaky', 3024, roof(), [d(24, 'leaky_relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(200, 16));
spec('ok.roof-batchnorm-elu', 3025, roof(), [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 64));
spec('ok.roof-lecun-tanh-nesterov', 3026, roof(), [d(24, 'tanh', { init: 'lecun_normal' }), d(24, 'tanh', { init: 'lecun_normal' }), d(1, 'linear')], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(200, 32));
spec('ok.roof-minmax-target', 3027, roof({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.moons-relu-adam', 3028, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.circles-tanh-sgd', 3029, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32));
spec('ok.spirals-three-deep-adam', 3030, { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64), d(64), d(32), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-four-rmsprop', 3031, { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'elu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(100, 16));
spec('ok.iris-sgd-plain', 3032, { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(200, 8));
spec('ok.sine-tanh-adam', 3033, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.xor-small-batch', 3034, { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(200, 8));
spec('ok.inline-shaft-water-ingress', 3035, { inline: { x: [[0.2, 1.1], [0.4, 1.3], [0.6, 0.9], [0.8, 1.5], [1.0, 1.2], [1.2, 0.8], [1.4, 1.6], [1.6, 1.0], [1.8, 1.4], [2.0, 0.7], [2.2, 1.1], [2.4, 1.3]], y: [0.52, 0.85, 0.95, 1.55, 1.6, 1.55, 2.45, 2.15, 2.7, 2.2, 2.85, 3.2] }, normalize: 'standard' }, [d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(200, 4));
spec('ok.inline-crusher-jam', 3036, { inline: { x: [[1, 0.2], [2, 0.1], [3, 0.4], [4, 0.3], [5, 0.9], [6, 0.8], [7, 0.7], [8, 1.0], [1.5, 0.6], [2.5, 0.2], [6.5, 0.3], [7.5, 0.9]], y: ['clear', 'clear', 'clear', 'clear', 'jam', 'jam', 'jam', 'jam', 'clear', 'clear', 'jam', 'jam'] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(200, 12));
spec('ok.wells-heavy-clip-sgd', 3037, wells(), [d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.2, { clipNorm: 0.5 }), tr(150, 32));
spec('ok.hoist-xavier-normal-sigmoid', 3038, hoist(), [d(16, 'sigmoid', { init: 'xavier_normal' }), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(200, 32));
spec('ok.grades-wide-shallow-rmsprop', 3039, grades(), [d(128, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.0005), tr(80, 64));
spec('ok.roof-batch-two-adam-small', 3040, roof(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.0005), tr(60, 2));
spec('ok.moons-sgd-batch-one', 3041, { builtin: 'moons', samples: 200, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02), tr(60, 1));
spec('ok.hoist-wd-sgd-full-batch', 3042, hoist(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.9, weightDecay: 1e-4 }), tr(400, 480));

// ---------------- second pass (added after the first observation, to fill codes whose candidates showed something else) ----------------
spec('dead-relu.bias-minus-five-grades', 2918, grades(), [d(32, 'relu', { bias: -5 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 32));
spec('dead-relu.bias-minus-four-hoist', 2919, hoist(), [d(24, 'relu', { bias: -4 }), d(12, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', opt('adam', 0.002), tr(150, 32));
spec('dead-relu.adam-0.5-wells', 2920, wells(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(120, 32));
spec('init-symmetry.zeros-relu-stack-hoist', 2921, hoist(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', opt('adam', 0.003), tr(150, 32));
spec('lr-too-high.sgd-2-roof', 2922, roof(), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.8), tr(150, 32));
spec('lr-too-high.adam-0.1-hoist', 2923, hoist(), [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.1), tr(150, 16));
spec('lr-too-high.rmsprop-0.5-grades', 2924, grades(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.5), tr(120, 32));
spec('oscillating-loss.sgd-batch1-grades', 2925, grades(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.3), tr(60, 1));
spec('oscillating-loss.adam-0.03-batch1-wells', 2926, wells(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(60, 1));
spec('oscillating-loss.fullbatch-momentum-roof', 2927, roof(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.5, { momentum: 0.95 }), tr(150, 360));
spec('loss-plateau.decay-0.3-wells', 2928, wells(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01, { weightDecay: 0.5 }), tr(120, 32));
spec('loss-plateau.decay-rmsprop-hoist', 2929, hoist(), [d(24, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003, { weightDecay: 3 }), tr(150, 32));
console.log(`wrote ${n} candidates`);
