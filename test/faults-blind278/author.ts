/**
 * Writes every candidate spec of set blind278 (orchid and cactus nurseries) into candidates/:
 * `npx tsx test/faults-blind278/author.ts` from the repo root.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Json = Record<string, unknown>;
const specs: [string, Json][] = [];
const add = (file: string, spec: Json) => specs.push([file, spec]);

const BLOOM_F = ['pot_cm', 'leaf_count', 'leaf_span_cm', 'days_since_repot', 'night_temp_c', 'day_night_diff_c', 'humidity_pct', 'light_lux', 'bench_no'];
const GRADE_F = ['spike_length_cm', 'flower_count', 'flower_diam_mm', 'stem_thickness_mm', 'bud_blast'];
const CACTUS_F = ['age_months', 'pot_cm', 'water_ml_week', 'sun_hours', 'grit_pct', 'grafted', 'min_temp_c'];

const bloom = (normalize = 'standard', extra: Json = {}): Json => ({ csv: '../data/orchid_bloom.csv', target: 'bloomed', features: BLOOM_F, normalize, ...extra });
const grade = (normalize = 'standard', extra: Json = {}): Json => ({ csv: '../data/orchid_grade.csv', target: 'grade', features: GRADE_F, normalize, ...extra });
const cactus = (target: string | string[] = 'growth_mm', normalize = 'standard', normalizeTarget = 'standard', extra: Json = {}): Json => ({ csv: '../data/cactus_growth.csv', target, features: CACTUS_F, normalize, normalizeTarget, ...extra });
const d = (units: number, activation?: string, more: Json = {}): Json => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: Json = {}): Json => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: Json = {}): Json => ({ epochs, batchSize, ...more });
const S = (name: string, seed: number, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json): Json => ({ name, seed, data, layers, loss, optimizer, training });

// ======================= faults =======================
// invalid-spec
add('invalid-spec.adamw-optimizer', S('bloom-adamw', 3, bloom(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(80, 32)));
add('invalid-spec.leakyrelu-typo', S('grade-leaky', 4, grade(), [d(24, 'leakyrelu'), d(12, 'leakyrelu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 16)));
add('invalid-spec.dropout-rate-one', S('cactus-dropout', 5, cactus(), [d(32, 'relu'), drop(1.0), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32)));
add('invalid-spec.keras-loss-name', S('bloom-keras-loss', 6, bloom(), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', opt('sgd', 0.05, { momentum: 0.9 }), tr(60, 32)));
add('invalid-spec.validation-split-percent', S('grade-valsplit', 7, grade(), [d(16, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32, { validationSplit: 20 })));

// data-error
add('data-error.target-column-renamed', S('bloom-target', 8, { ...bloom(), target: 'bloom' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
add('data-error.na-markers-bench-log', S('bloom-gaps', 9, { ...bloom(), csv: '../data/orchid_bloom_gaps.csv' }, [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(100, 16)));
add('data-error.next-season-file-missing', S('bloom-2024', 10, { ...bloom(), csv: '../data/orchid_bloom_2024.csv' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
add('data-error.shared-drive-outside-workspace', S('cactus-shared', 11, { ...cactus(), csv: '../../../../nursery-share/cactus_growth.csv' }, [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
add('data-error.pot-size-typed-with-unit', S('cactus-units', 12, { ...cactus(), csv: '../data/cactus_growth_units.csv' }, [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
add('data-error.species-text-feature', S('cactus-species', 13, { ...cactus(), features: [...CACTUS_F, 'species'] }, [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(100, 32)));
add('data-error.thousands-dots-supplier', S('cactus-de', 14, { csv: '../data/cactus_prices_de.csv', target: 'wholesale_cents', features: CACTUS_F, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));

// shape-mismatch
add('shape-mismatch.three-grades-not-four', S('grade-3out', 15, grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32)));
add('shape-mismatch.bloom-two-sigmoids', S('bloom-2out', 16, bloom(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
add('shape-mismatch.growth-and-price-one-unit', S('cactus-2targets', 17, cactus(['growth_mm', 'price_eur']), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
add('shape-mismatch.grade-tabs-five-units', S('grade-tabs-5', 18, { ...grade(), csv: '../data/orchid_grade_tabs.csv' }, [d(20, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(100, 32)));

// loss-activation-mismatch
add('loss-activation-mismatch.softmax-two-regression-targets', S('cactus-softmax-mse', 19, cactus(['growth_mm', 'price_eur']), [d(24, 'relu'), d(2, 'softmax')], 'mse', opt('adam', 0.003), tr(100, 32)));
add('loss-activation-mismatch.bce-linear-head', S('bloom-bce-linear', 20, bloom(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(80, 32)));
add('loss-activation-mismatch.cce-sigmoid-head', S('grade-cce-sigmoid', 21, grade(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(100, 32)));
add('loss-activation-mismatch.tanh-head-raw-growth-mm', S('cactus-tanh-head', 22, cactus('growth_mm', 'standard', 'none'), [d(24, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(100, 32)));
add('loss-activation-mismatch.relu-head-standardised-growth', S('cactus-relu-head', 23, cactus(), [d(24, 'tanh'), d(1, 'relu')], 'mse', opt('rmsprop', 0.002), tr(100, 16)));

// init-symmetry
add('init-symmetry.zeros-hidden-relu', S('bloom-zeros', 24, bloom(), [d(16, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
add('init-symmetry.constant-tanh-cactus', S('cactus-const', 25, cactus(), [d(20, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(10, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 32)));
add('init-symmetry.zeros-everywhere-grade', S('grade-zeros', 26, grade(), [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', opt('rmsprop', 0.003), tr(100, 32)));
add('init-symmetry.constant-sigmoid-bloom', S('bloom-const-sig', 27, bloom(), [d(8, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(100, 16)));

// init-scale
add('init-scale.std5-wide-tanh', S('bloom-std5', 28, bloom(), [d(64, 'tanh', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(80, 32)));
add('init-scale.std20-relu-cactus', S('cactus-std20', 29, cactus(), [d(32, 'relu', { init: { name: 'normal', std: 20 } }), d(16, 'relu', { init: { name: 'normal', std: 20 } }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32)));
add('init-scale.tiny-uniform-deep-tanh', S('grade-tiny', 30, grade(), [d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(4, 'softmax', { init: { name: 'uniform', limit: 1e-4 } })], 'cce', opt('sgd', 0.05), tr(100, 32)));
add('init-scale.std3-sigmoid-bloom', S('bloom-std3-sig', 31, bloom(), [d(32, 'sigmoid', { init: { name: 'normal', std: 3 } }), d(16, 'sigmoid', { init: { name: 'normal', std: 3 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32)));

// no-nonlinearity
add('no-nonlinearity.circles-linear-hidden', S('circles-linear', 32, { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));
add('no-nonlinearity.grade-forgot-activation', S('grade-noact', 33, grade(), [d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32)));
add('no-nonlinearity.cactus-water-curve-linear', S('cactus-linear', 34, cactus(), [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(1)], 'mse', opt('rmsprop', 0.001), tr(150, 32)));
add('no-nonlinearity.moons-linear-stack', S('moons-linear', 35, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(8), d(8), d(8), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16)));

// lr-out-of-range
add('lr-out-of-range.zero-lr', S('bloom-lr0', 36, bloom(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0), tr(80, 32)));
add('lr-out-of-range.negative-sgd', S('cactus-neg', 37, cactus(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', -0.01), tr(100, 32)));
add('lr-out-of-range.adam-lr-50', S('grade-lr50', 38, grade(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 50), tr(100, 32)));
add('lr-out-of-range.rmsprop-lr-20', S('bloom-rms20', 39, bloom(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 20), tr(80, 32)));

// dead-relu
add('dead-relu.bias-minus5', S('bloom-bias-5', 40, bloom(), [d(16, 'relu', { bias: -5 }), d(8, 'relu', { bias: -5 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(100, 32)));
add('dead-relu.sgd-raw-lux', S('bloom-raw-relu', 41, bloom('none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 16)));
add('dead-relu.bias-minus3-cactus', S('cactus-bias-3', 42, cactus(), [d(12, 'relu', { bias: -3 }), d(1)], 'mse', opt('rmsprop', 0.001), tr(100, 32)));
add('dead-relu.adam-lr0.1-deep', S('grade-deep-dead', 43, grade(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.1), tr(100, 16)));

// exploding-gradient
add('exploding-gradient.raw-wholesale-cents', S('cactus-cents', 44, cactus('wholesale_cents', 'standard', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(100, 32)));
add('exploding-gradient.raw-features-momentum', S('cactus-rawfeat', 45, cactus('growth_mm', 'none', 'standard'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32)));
add('exploding-gradient.deep-relu-std-large', S('bloom-deep-explode', 46, bloom(), [d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(32, 'relu', { init: { name: 'normal', std: 0.8 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(60, 32)));
add('exploding-gradient.raw-price-rawfeat-rmsprop', S('cactus-price-raw', 47, cactus('price_eur', 'none', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.0005), tr(100, 16)));

// vanishing-gradient
add('vanishing-gradient.eight-sigmoid-layers', S('bloom-8sig', 48, bloom(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(80, 32)));
add('vanishing-gradient.ten-tanh-tiny-normal', S('grade-10tanh', 49, grade(), Array.from({ length: 10 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(4, 'softmax')]), 'cce', opt('sgd', 0.02, { momentum: 0.9 }), tr(80, 32)));
add('vanishing-gradient.six-narrow-sigmoid-cactus', S('cactus-6sig', 50, cactus(), [d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(1)], 'mse', opt('sgd', 0.01), tr(100, 32)));
add('vanishing-gradient.seven-sigmoid-fullbatch', S('grade-7sig', 51, grade(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.0005), tr(100, 380)));

// nan-loss
add('nan-loss.cents-target-sgd0.1', S('cactus-cents-nan', 52, cactus('wholesale_cents', 'none', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.1), tr(50, 32)));
add('nan-loss.raw-lux-sgd-lr1-mse', S('bloom-raw-nan', 53, bloom('none'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1), tr(50, 32)));
add('nan-loss.price-raw-momentum', S('cactus-price-nan', 54, cactus('price_eur', 'none', 'none'), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(50, 8)));
add('nan-loss.rmsprop-lr5-cents', S('cactus-rms-nan', 55, cactus('wholesale_cents', 'standard', 'none'), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 5), tr(60, 32)));

// lr-too-high
add('lr-too-high.sgd-2-bloom', S('bloom-sgd2', 56, bloom(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 2.0), tr(100, 16)));
add('lr-too-high.adam-0.5-grade', S('grade-adam05', 57, grade(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.5), tr(100, 32)));
add('lr-too-high.rmsprop-0.3-cactus', S('cactus-rms03', 58, cactus(), [d(32, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.3), tr(100, 32)));
add('lr-too-high.nesterov-0.8-grade', S('grade-nest08', 59, grade(), [d(24, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), tr(100, 32)));

// lr-too-low
add('lr-too-low.sgd-1e-5-bloom', S('bloom-sgd-tiny', 60, bloom(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), tr(150, 32)));
add('lr-too-low.adam-1e-6-grade', S('grade-adam-tiny', 61, grade(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 1e-6), tr(150, 32)));
add('lr-too-low.rmsprop-1e-6-cactus', S('cactus-rms-tiny', 62, cactus(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', opt('rmsprop', 1e-6), tr(150, 32)));
add('lr-too-low.momentum-1e-5-fullbatch', S('cactus-mom-tiny', 63, cactus(), [d(16, 'elu'), d(1)], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(200, 400)));

// saturated-activation
add('saturated-activation.sigmoid-raw-lux', S('bloom-sig-raw', 64, bloom('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32)));
add('saturated-activation.tanh-raw-repot-days', S('bloom-tanh-raw', 65, { ...bloom('none'), features: ['days_since_repot', 'day_night_diff_c', 'leaf_count', 'light_lux'] }, [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(100, 32)));
add('saturated-activation.sigmoid-bias-8', S('grade-sig-bias', 66, grade(), [d(24, 'sigmoid', { bias: 8 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 32)));
add('saturated-activation.tanh-raw-cactus-water', S('cactus-tanh-raw', 67, cactus('growth_mm', 'none', 'standard'), [d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));

// loss-plateau
add('loss-plateau.heavy-weight-decay-grade', S('grade-wd', 68, grade(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.5 }), tr(120, 32)));
add('loss-plateau.clipnorm-tiny-cactus', S('cactus-clip', 69, cactus(), [d(24, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { clipNorm: 1e-4 }), tr(150, 32)));
add('loss-plateau.spirals-two-units', S('spirals-2u', 70, { builtin: 'spirals', samples: 300, noise: 0.05 }, [d(2, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32)));
add('loss-plateau.xor-sgd-sigmoid-fullbatch', S('xor-sigmoid', 71, { builtin: 'xor', samples: 200, noise: 0.1 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(300, 200)));
add('loss-plateau.dropout-0.9-bloom', S('bloom-drop09', 72, bloom(), [d(16, 'relu'), drop(0.9), d(8, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(100, 32)));

// oscillating-loss
add('oscillating-loss.sgd-batch1-cactus', S('cactus-b1', 73, cactus(), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.2), tr(60, 1)));
add('oscillating-loss.adam-0.05-batch2', S('bloom-adam-b2', 74, bloom(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(60, 2)));
add('oscillating-loss.momentum-0.99', S('cactus-mom99', 75, cactus(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(100, 16)));
add('oscillating-loss.rmsprop-0.05-batch4', S('grade-rms-b4', 76, grade(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.05), tr(80, 4)));

add('oscillating-loss.sgd-0.3-batch2-grade', S('grade-sgd-b2', 77, grade(), [d(24, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.3), tr(60, 2)));
add('oscillating-loss.adam-0.03-batch1-cactus', S('cactus-adam-b1', 78, cactus(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.03), tr(40, 1)));
add('oscillating-loss.rmsprop-0.02-batch1-bloom', S('bloom-rms-b1', 79, bloom(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.02), tr(40, 1)));

// ======================= healthy =======================
add('ok.bloom-adam-relu', S('bloom-ok1', 101, bloom(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
add('ok.bloom-sgd-tanh-val', S('bloom-ok2', 102, bloom(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 16, { validationSplit: 0.2 })));
add('ok.bloom-nesterov-elu-minmax', S('bloom-ok3', 103, bloom('minmax'), [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(100, 32)));
add('ok.bloom-rmsprop-leaky-dropout', S('bloom-ok4', 104, bloom(), [d(32, 'leaky_relu'), drop(0.2), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(80, 16)));
add('ok.bloom-batchnorm-fullbatch', S('bloom-ok5', 105, bloom(), [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(300, 420)));
add('ok.bloom-gaps-free-subset', S('bloom-ok6', 106, { ...bloom(), features: ['leaf_count', 'day_night_diff_c', 'days_since_repot', 'light_lux', 'night_temp_c'] }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(100, 64)));
add('ok.bloom-batch1-sgd-small', S('bloom-ok7', 107, bloom(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.005), tr(40, 1)));
add('ok.bloom-weightdecay-clip', S('bloom-ok8', 108, bloom(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 1 }), tr(80, 32)));
add('ok.bloom-sigmoid-hidden-momentum', S('bloom-ok9', 109, bloom(), [d(10, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(100, 32)));
add('ok.bloom-logistic-only', S('bloom-ok10', 110, bloom(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 32)));
add('ok.grade-adam-relu', S('grade-ok1', 111, grade(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32)));
add('ok.grade-tabs-rmsprop-tanh', S('grade-ok2', 112, { ...grade(), csv: '../data/orchid_grade_tabs.csv' }, [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(120, 16)));
add('ok.grade-sgd-momentum-elu', S('grade-ok3', 113, grade(), [d(24, 'elu'), d(12, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32)));
add('ok.grade-batchnorm-dropout', S('grade-ok4', 114, grade(), [d(48, 'relu', { batchNorm: true }), drop(0.3), d(24, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32, { validationSplit: 0.15 })));
add('ok.grade-softmax-regression', S('grade-ok5', 115, grade('minmax'), [d(4, 'softmax')], 'cce', opt('adam', 0.02), tr(200, 32)));
add('ok.grade-deep-narrow-leaky', S('grade-ok6', 116, grade(), [d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(4, 'softmax')], 'cce', opt('adam', 0.002), tr(150, 16)));
add('ok.grade-batch4-sgd', S('grade-ok7', 117, grade(), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.02), tr(80, 4)));
add('ok.grade-fullbatch-rmsprop', S('grade-ok8', 118, grade(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(400, 380)));
add('ok.cactus-adam-relu', S('cactus-ok1', 119, cactus(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(120, 32)));
add('ok.cactus-auction-nl-semicolons', S('cactus-ok2', 120, { ...cactus(), csv: '../data/cactus_auction_nl.csv' }, [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.002), tr(120, 32)));
add('ok.cactus-price-minmax-target', S('cactus-ok3', 121, cactus('price_eur', 'standard', 'minmax'), [d(16, 'elu'), d(1)], 'mse', opt('adam', 0.005), tr(150, 16)));
add('ok.cactus-two-targets', S('cactus-ok4', 122, cactus(['growth_mm', 'price_eur']), [d(32, 'relu'), d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(150, 32)));
add('ok.cactus-nesterov-tanh', S('cactus-ok5', 123, cactus(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(150, 32)));
add('ok.cactus-cents-standard-target', S('cactus-ok6', 124, cactus('wholesale_cents'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(150, 32)));
add('ok.cactus-batchnorm-elu-deep', S('cactus-ok7', 125, cactus(), [d(32, 'elu', { batchNorm: true }), d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 64)));
add('ok.cactus-batch2-adam-small', S('cactus-ok8', 126, cactus(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.0005), tr(40, 2)));
add('ok.cactus-wide-dropout-val', S('cactus-ok9', 127, cactus(), [d(64, 'relu'), drop(0.2), d(1)], 'mse', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 32, { validationSplit: 0.2 })));
add('ok.cactus-sigmoid-hidden-rmsprop', S('cactus-ok10', 128, cactus(), [d(16, 'sigmoid'), d(1)], 'mse', opt('rmsprop', 0.005), tr(200, 32)));
add('ok.cactus-price-linear-regression', S('cactus-ok11', 129, cactus('price_eur'), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 32)));
add('ok.cactus-clipnorm-sgd-momentum', S('cactus-ok12', 130, cactus(), [d(24, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9, clipNorm: 5 }), tr(150, 16)));
add('ok.iris-adam-tanh', S('iris-ok', 131, { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16)));
add('ok.moons-relu-sgd', S('moons-ok', 132, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 32)));
add('ok.circles-elu-rmsprop', S('circles-ok', 133, { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(200, 32)));
add('ok.spirals-deep-adam', S('spirals-ok', 134, { builtin: 'spirals', samples: 300, noise: 0.05 }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(400, 32)));
add('ok.blobs-four-classes', S('blobs-ok', 135, { builtin: 'blobs', classes: 4, samples: 300 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32)));
add('ok.sine-tanh-regression', S('sine-ok', 136, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(24, 'tanh'), d(24, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32)));
add('ok.xor-tanh-fullbatch', S('xor-ok', 137, { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(300, 200)));
add('ok.inline-greenhouse-misting', S('inline-ok', 138, { inline: { x: [[18, 55], [22, 60], [26, 48], [30, 40], [34, 35], [20, 70], [24, 65], [28, 52], [32, 45], [36, 30], [19, 80], [27, 58], [31, 38], [23, 50], [35, 33], [21, 62]], y: [0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0] }, normalize: 'standard' }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(200, 16)));
add('ok.bloom-elu-lecun-batch8', S('bloom-ok11', 139, bloom(), [d(20, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.0005), tr(60, 8)));
add('ok.grade-xavier-normal-sigmoid', S('grade-ok9', 140, grade(), [d(20, 'sigmoid', { init: 'xavier_normal' }), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(200, 32)));
add('ok.cactus-he-uniform-small-lr-long', S('cactus-ok13', 141, cactus(), [d(24, 'relu', { init: 'he_uniform' }), d(12, 'relu', { init: 'he_uniform' }), d(1)], 'mse', opt('adam', 0.0003), tr(500, 32)));
add('ok.moons-sgd-batch1', S('moons-ok2', 142, { builtin: 'moons', samples: 200, noise: 0.1 }, [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02), tr(60, 1)));

add('ok.bloom-adam-tanh-batch8', S('bloom-ok12', 143, bloom(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 8)));
add('ok.cactus-rmsprop-relu-batch64', S('cactus-ok14', 144, cactus(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(200, 64)));
add('ok.grade-adam-elu-wd', S('grade-ok10', 145, grade(), [d(32, 'elu'), d(4, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 1e-4 }), tr(150, 16)));

for (const [file, spec] of specs) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${specs.length} candidates written`);
