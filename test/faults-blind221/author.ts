/**
 * Writes every candidate spec of set blind221 (stone quarries and monumental masons) into candidates/,
 * and intent.json: what each was written to be (code, stage, catches, text). Run from the set's folder:
 * `npx tsx author.ts`. Verdicts (re-filings, drops) are made afterwards in write-manifest.py.
 */
import * as fs from 'fs';
import * as path from 'path';

type J = Record<string, unknown>;
interface Intent { code: string; stage?: string; catches?: string[]; text: string }
const dir = path.join(__dirname, 'candidates');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const intents: Record<string, Intent> = {};

const B = ['depth_m', 'volume_m3', 'density_kg_m3', 'porosity_pct', 'water_absorption_pct', 'upv_m_s', 'crack_count', 'vein_len_cm', 'shift'];
const M = ['stone_code', 'height_mm', 'width_mm', 'thickness_mm', 'letters', 'gilded', 'carved_motif', 'distance_km', 'plot_slope_deg'];
const W = ['exposure_yrs', 'rain_mm_yr', 'freeze_thaw', 'salt_ppm', 'porosity_pct'];
const S = ['wire_speed_m_s', 'feed_mm_min', 'hardness_mohs', 'quartz_pct', 'coolant_l_min', 'cut_area_m2', 'tension_kn'];

const csv = (file: string, target: string | string[], features: string[] | undefined, normalize = 'standard', extra: J = {}): J =>
  ({ csv: `../data/${file}`, target, ...(features ? { features } : {}), normalize, ...extra });
const blocks = (target: string, n = 'standard', extra: J = {}) => csv('blocks.csv', target, B, n, extra);
const mem = (target: string | string[], n = 'standard', extra: J = {}) => csv('memorials.csv', target, M, n, extra);
const wl = (target: string, n = 'standard', extra: J = {}) => csv('weathering-lab.csv', target, W, n, extra);
const saw = (target: string, n = 'standard', extra: J = {}) => csv('sawlog.csv', target, S, n, extra);
const d = (units: number, activation?: string, more: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr?: number, more: J = {}): J => ({ type, ...(lr !== undefined ? { lr } : {}), ...more });
const tr = (epochs: number, batchSize: number, more: J = {}): J => ({ epochs, batchSize, ...more });

function spec(name: string, data: J, layers: J[], loss: string, optimizer: J, training: J, seed = 221): J {
  return { name, seed, data, layers, loss, optimizer, training };
}
function fault(code: string, slug: string, stage: string, catches: string[], text: string, s: J | string): void {
  const file = `${code}.${slug}`;
  fs.writeFileSync(path.join(dir, `${file}.nn.json`), typeof s === 'string' ? s : JSON.stringify({ ...s, name: slug }, null, 2) + '\n');
  intents[file] = { code, stage, catches: [code, ...catches.filter((c) => c !== code)], text };
}
function ok(slug: string, text: string, s: J): void {
  fs.writeFileSync(path.join(dir, `ok.${slug}.nn.json`), JSON.stringify({ ...s, name: slug }, null, 2) + '\n');
  intents[`ok.${slug}`] = { code: 'ok', text };
}

// ---------------- invalid-spec ----------------
fault('invalid-spec', 'optimizer-adamw', 'static', [], 'optimizer "adamw" copied from a PyTorch grading script; the format has adam, sgd, rmsprop',
  spec('', blocks('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adamw', 0.001), tr(80, 32)));
fault('invalid-spec', 'loss-keras-name', 'static', [], 'loss written "categorical_crossentropy" (Keras name) for the block grade classifier',
  spec('', blocks('grade'), [d(12, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', opt('adam', 0.003), tr(80, 16)));
fault('invalid-spec', 'init-glorot', 'static', [], 'init "glorot_uniform" (Keras alias) on the sawlog wear regressor',
  spec('', saw('wear_um'), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', opt('rmsprop', 0.003), tr(60, 32)));
fault('invalid-spec', 'dropout-percent', 'static', [], 'dropout rate written as a percentage (20) instead of 0.2 on the memorial hours model',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), drop(20), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
fault('invalid-spec', 'batch-zero', 'static', [], 'batchSize 0 meant as "full batch" on the weathering regressor',
  spec('', wl('surface_loss_mm'), [d(12, 'elu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(200, 0)));

// ---------------- data-error ----------------
fault('data-error', 'missing-file', 'static', [], 'path to the 2024 block log that was never copied into the workspace (blocks_2024.csv)',
  spec('', { csv: '../data/blocks_2024.csv', target: 'grade', features: B, normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32)));
fault('data-error', 'stone-name-feature', 'static', [], 'the "stone" text column (granite, marble…) listed as a feature next to its numeric code',
  spec('', csv('memorials.csv', 'hours', ['stone', ...M], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
fault('data-error', 'target-typo', 'static', [], 'target "price_gpb" (typo of price_gbp) in the quoting model',
  spec('', mem('price_gpb', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
fault('data-error', 'gaps-file', 'static', [], 'the export with NA, empty and "-" readings (blocks-gaps.csv) used as is',
  spec('', csv('blocks-gaps.csv', 'sound', B), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
fault('data-error', 'path-outside', 'static', [], 'absolute path to the quarry office share, outside the workspace',
  spec('', { csv: '/mnt/quarry-office/blocks.csv', target: 'grade', features: B, normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32)));
fault('data-error', 'no-features-ids', 'static', [], 'no "features" list on the block log, so block_id and cut_date text columns are read as inputs',
  spec('', { csv: '../data/blocks.csv', target: 'yield_pct', normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32)));

// ---------------- shape-mismatch ----------------
fault('shape-mismatch', 'grade-four-units', 'static', [], 'grade has 3 classes (monument, building, aggregate) but the head has 4 softmax units (an old "rubble" class)',
  spec('', blocks('grade'), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32)));
fault('shape-mismatch', 'two-targets-one-unit', 'static', [], 'hours and price_gbp both targets, but one linear output unit',
  spec('', mem(['hours', 'price_gbp'], 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
fault('shape-mismatch', 'durability-two-units', 'static', [], 'durability has 3 classes (good, fair, poor) and the head 2 softmax units',
  spec('', wl('durability'), [d(12, 'tanh'), d(2, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(80, 16)));
fault('shape-mismatch', 'iris-two-units', 'static', [], 'iris demo adapted from a binary template: 2 softmax units for 3 species',
  spec('', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16)));

// ---------------- loss-activation-mismatch ----------------
fault('loss-activation-mismatch', 'softmax-mse', 'static', [], 'grade classifier with a softmax head trained under mse on integer-coded... string classes',
  spec('', blocks('grade'), [d(16, 'relu'), d(3, 'softmax')], 'mse', opt('adam', 0.003), tr(80, 32)));
fault('loss-activation-mismatch', 'bce-linear-head', 'static', [], 'wire snap predictor with bce but a linear output (sigmoid forgotten)',
  spec('', saw('snap'), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(80, 32)));
fault('loss-activation-mismatch', 'cce-sigmoid-head', 'static', [], 'grade classifier under cce with a sigmoid head of 3 units',
  spec('', blocks('grade'), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.003), tr(80, 32)));
fault('loss-activation-mismatch', 'sigmoid-head-yield', 'static', [], 'yield_pct (10..95 %) regressed through a sigmoid head that cannot exceed 1',
  spec('', blocks('yield_pct'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(100, 32)));
fault('loss-activation-mismatch', 'relu-head-standardised', 'static', [], 'standardised hours target (half the rows negative) through a relu head',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(100, 32)));

// ---------------- init-symmetry ----------------
fault('init-symmetry', 'zeros-hidden', 'static', [], 'hidden layer of 16 relu units initialised to zeros on the grade classifier',
  spec('', blocks('grade'), [d(16, 'relu', { init: 'zeros' }), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32)));
fault('init-symmetry', 'constant-tanh', 'static', [], 'tanh layer of 12 units with init constant 0.1 on the weathering regressor',
  spec('', wl('surface_loss_mm'), [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16)));
fault('init-symmetry', 'zeros-two-layers', 'static', [], 'both hidden layers (20 and 10 elu units) initialised to zeros on the hours model',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(20, 'elu', { init: 'zeros' }), d(10, 'elu', { init: 'zeros' }), d(1)], 'mse', opt('rmsprop', 0.002), tr(100, 32)));
fault('init-symmetry', 'constant-sigmoid-moons', 'static', [], 'sigmoid hidden layer of 8 units with init constant 0.5 on moons',
  spec('', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(8, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));

// ---------------- init-scale ----------------
fault('init-scale', 'normal-std-10', 'static', ['exploding-gradient', 'nan-loss'], 'normal init std 10 on two relu layers of 32 (a misplaced decimal for 0.1)',
  spec('', mem('price_gbp', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: { name: 'normal', std: 10 } }), d(32, 'relu', { init: { name: 'normal', std: 10 } }), d(1)], 'mse', opt('sgd', 0.01), tr(80, 32)));
fault('init-scale', 'uniform-tiny-deep', 'static', ['vanishing-gradient'], 'uniform init limit 1e-5 on four tanh layers of the wear regressor',
  spec('', saw('wear_um', 'standard', { normalizeTarget: 'standard' }), [1, 2, 3, 4].map(() => d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } })).concat([d(1)]), 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(100, 32)));
fault('init-scale', 'tanh-std-5', 'static', ['saturated-activation'], 'normal init std 5 on a tanh layer of 24 (saturates every unit)',
  spec('', blocks('sound'), [d(24, 'tanh', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32)));
fault('init-scale', 'relu-std-1e-4', 'static', ['vanishing-gradient'], 'normal init std 1e-4 on three relu layers of 20 for the grade classifier',
  spec('', blocks('grade'), [1, 2, 3].map(() => d(20, 'relu', { init: { name: 'normal', std: 1e-4 } })).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.01, { momentum: 0.9 }), tr(80, 32)));

// ---------------- no-nonlinearity ----------------
fault('no-nonlinearity', 'linear-moons', 'static', [], 'two hidden layers left at the default linear activation on moons',
  spec('', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));
fault('no-nonlinearity', 'linear-circles', 'static', [], 'circles classifier whose three hidden layers all say "linear"',
  spec('', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(12, 'linear'), d(12, 'linear'), d(12, 'linear'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32)));
fault('no-nonlinearity', 'linear-grade-deep', 'static', [], 'grade classifier with three linear hidden layers (activations forgotten)',
  spec('', blocks('grade'), [d(32), d(16), d(8), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32)));
fault('no-nonlinearity', 'linear-xor', 'static', [], 'xor with a linear hidden layer of 8',
  spec('', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'linear', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 16)));

// ---------------- lr-out-of-range ----------------
fault('lr-out-of-range', 'zero', 'static', [], 'lr 0 left from a "freeze the model" experiment on the grade classifier',
  spec('', blocks('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0), tr(80, 32)));
fault('lr-out-of-range', 'negative', 'static', [], 'lr -0.01 (a sign slip) on the weathering model',
  spec('', wl('surface_loss_mm'), [d(12, 'relu'), d(1)], 'mse', opt('sgd', -0.01), tr(100, 16)));
fault('lr-out-of-range', 'adam-50', 'static', ['lr-too-high', 'nan-loss'], 'adam lr 50 (meant 5e-4, exponent dropped)',
  spec('', saw('snap'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 50), tr(80, 32)));
fault('lr-out-of-range', 'rmsprop-1e-9', 'static', ['lr-too-low'], 'rmsprop lr 1e-9 on the hours model',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 1e-9), tr(100, 32)));

// ---------------- dead-relu ----------------
fault('dead-relu', 'bias-minus-6', 'probe', [], 'relu layer with bias -6 (copied from a shifted-target model): no unit ever fires on standardised inputs',
  spec('', blocks('yield_pct', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(80, 32)));
fault('dead-relu', 'sgd-big-step-kills', 'probe', ['lr-too-high'], 'sgd lr 0.5 with momentum 0.9 on raw memorial features: the first steps knock the relu units dead',
  spec('', mem('hours', 'minmax', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), tr(80, 8)));
fault('dead-relu', 'two-layers-bias', 'probe', [], 'two relu layers with bias -3 on the snap predictor',
  spec('', saw('snap'), [d(16, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), tr(80, 32)));
fault('dead-relu', 'minmax-negative-bias', 'probe', [], 'minmax inputs in [0,1] with he init and bias -4 on the weathering layer',
  spec('', wl('durability', 'minmax'), [d(16, 'relu', { bias: -4 }), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 16)));

// ---------------- exploding-gradient ----------------
fault('exploding-gradient', 'raw-price-sgd', 'probe', ['nan-loss'], 'price in pounds (500..9000) and raw mm features, no normalisation, plain sgd',
  spec('', mem('price_gbp', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.001), tr(60, 32)));
fault('exploding-gradient', 'raw-upv-momentum', 'probe', ['nan-loss'], 'yield regressor on raw features (density 2700, upv 6000 m/s) with sgd momentum 0.9',
  spec('', blocks('yield_pct', 'none'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32)));
fault('exploding-gradient', 'deep-std-1', 'probe', ['init-scale'], 'six relu layers of 32 with normal std 1 (no fan-in scaling) on standardised hours',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [1, 2, 3, 4, 5, 6].map(() => d(32, 'relu', { init: { name: 'normal', std: 1 } })).concat([d(1)]), 'mse', opt('sgd', 0.001), tr(40, 32)));
fault('exploding-gradient', 'raw-rain-salt', 'probe', ['nan-loss'], 'weathering model on raw rain (mm/yr) and salt (ppm) features, sgd 1e-4 momentum 0.9, two relu layers',
  spec('', wl('surface_loss_mm', 'none'), [d(16, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-4, { momentum: 0.9 }), tr(60, 16)));

// ---------------- vanishing-gradient ----------------
fault('vanishing-gradient', 'deep-sigmoid', 'probe', [], 'eight sigmoid layers of 16 on the grade classifier, plain sgd',
  spec('', blocks('grade'), [1, 2, 3, 4, 5, 6, 7, 8].map(() => d(16, 'sigmoid')).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.01), tr(60, 32)));
fault('vanishing-gradient', 'deep-sigmoid-snap', 'probe', [], 'ten sigmoid layers of 8 for the wire snap predictor',
  spec('', saw('snap'), Array.from({ length: 10 }, () => d(8, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05, { momentum: 0.5 }), tr(60, 32)));
fault('vanishing-gradient', 'deep-tanh-small-init', 'probe', ['init-scale'], 'seven tanh layers with normal std 0.05 on moons',
  spec('', { builtin: 'moons', samples: 300, noise: 0.1 }, Array.from({ length: 7 }, () => d(16, 'tanh', { init: 'normal' })).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.05), tr(100, 32)));
fault('vanishing-gradient', 'deep-sigmoid-weathering', 'probe', [], 'nine sigmoid layers of 12 on the weathering durability classes, rmsprop',
  spec('', wl('durability'), Array.from({ length: 9 }, () => d(12, 'sigmoid')).concat([d(3, 'softmax')]), 'cce', opt('sgd', 0.02), tr(80, 16)));

// ---------------- nan-loss ----------------
fault('nan-loss', 'sgd-raw-price', 'probe', ['exploding-gradient', 'lr-too-high'], 'price in pounds as raw target, raw features, sgd lr 0.05',
  spec('', mem('price_gbp', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(50, 16)));
fault('nan-loss', 'momentum-raw-yield', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.1 momentum 0.9, batch 8, on raw block features (density 2700, upv 6000) predicting yield % in raw units',
  spec('', blocks('yield_pct', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), tr(50, 8)));
fault('nan-loss', 'sgd-raw-wear-batch1', 'probe', ['exploding-gradient', 'lr-too-high'], 'wire wear regressor, raw features, batch 1, sgd 0.01',
  spec('', saw('wear_um', 'none'), [d(16, 'elu'), d(1)], 'mse', opt('sgd', 0.01), tr(30, 1)));

// ---------------- lr-too-high ----------------
fault('lr-too-high', 'adam-0.5-moons', 'probe', [], 'adam lr 0.5 on moons (a sgd rate carried over)',
  spec('', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.5), tr(100, 32)));
fault('lr-too-high', 'sgd-2-grade', 'probe', [], 'sgd lr 2 on the grade classifier',
  spec('', blocks('grade'), [d(24, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 2), tr(80, 16)));
fault('lr-too-high', 'rmsprop-0.2-hours', 'probe', [], 'rmsprop lr 0.2 on the hours model',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.2), tr(80, 32)));
fault('lr-too-high', 'momentum-0.9-lr-1', 'probe', [], 'sgd lr 1 with momentum 0.9 on iris',
  spec('', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 1, { momentum: 0.9 }), tr(100, 16)));
fault('lr-too-high', 'adam-1-durability', 'probe', [], 'adam lr 1 on the weathering durability classifier',
  spec('', wl('durability'), [d(24, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 1), tr(100, 16)));

// ---------------- lr-too-low ----------------
fault('lr-too-low', 'sgd-1e-5-grade', 'training', [], 'sgd lr 1e-5 on the grade classifier, 100 epochs',
  spec('', blocks('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 1e-5), tr(100, 32)));
fault('lr-too-low', 'adam-1e-6-hours', 'training', [], 'adam lr 1e-6 on the hours model (a fine-tuning rate used from scratch)',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 1e-6), tr(100, 32)));
fault('lr-too-low', 'rmsprop-1e-6-snap', 'training', [], 'rmsprop lr 1e-6 on the snap predictor, full batch',
  spec('', saw('snap'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 1e-6), tr(150, 360)));
fault('lr-too-low', 'sgd-momentum-1e-5-weather', 'training', [], 'sgd lr 1e-5 with momentum 0.9 on weathering surface loss',
  spec('', wl('surface_loss_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'elu'), d(1)], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(100, 32)));

// ---------------- saturated-activation ----------------
fault('saturated-activation', 'sigmoid-raw-upv', 'probe', ['init-scale'], 'sigmoid hidden layer fed raw block features (density 2700, upv 6000) for the sound test',
  spec('', blocks('sound', 'none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32)));
fault('saturated-activation', 'tanh-raw-memorials', 'probe', [], 'tanh hidden layer on raw memorial dimensions (mm) and letter counts',
  spec('', mem('hours', 'none', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), tr(80, 32)));
fault('saturated-activation', 'tanh-bias-8', 'probe', [], 'tanh layer with bias 8 on the weathering model',
  spec('', wl('durability'), [d(16, 'tanh', { bias: 8 }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 16)));
fault('saturated-activation', 'sigmoid-raw-rain', 'probe', [], 'sigmoid layers fed raw rain (mm/yr) and salt (ppm) readings',
  spec('', wl('durability', 'none'), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(3, 'softmax')], 'cce', opt('adam', 0.002), tr(80, 16)));

// ---------------- loss-plateau ----------------
fault('loss-plateau', 'sigmoid-sgd-circles', 'training', [], 'sigmoid hidden layers with plain sgd 0.05 on circles: stuck at the prior',
  spec('', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(150, 32)));
fault('loss-plateau', 'one-unit-spirals', 'training', [], 'spirals with a single tanh unit bottleneck',
  spec('', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(32, 'relu'), d(1, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 32)));
fault('loss-plateau', 'xor-sgd-full-batch', 'training', [], 'xor with a sigmoid hidden layer of 4, full batch sgd 0.1',
  spec('', { builtin: 'xor', samples: 200, noise: 0.05 }, [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(300, 200)));
fault('loss-plateau', 'heavy-dropout-hours', 'training', [], 'dropout 0.9 after each layer of the hours model',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(1)], 'mse', opt('adam', 0.003), tr(100, 32)));
fault('loss-plateau', 'weight-decay-huge', 'training', [], 'weight decay 1.0 (meant 1e-4) on the yield model',
  spec('', blocks('yield_pct', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1)], 'mse', opt('adam', 0.003, { weightDecay: 1 }), tr(100, 32)));

// ---------------- oscillating-loss ----------------
fault('oscillating-loss', 'sgd-full-batch-edge', 'training', ['lr-too-high'], 'full-batch sgd at lr 0.9 on the weathering regressor',
  spec('', wl('surface_loss_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.9), tr(150, 300)));
fault('oscillating-loss', 'rmsprop-batch1', 'training', ['lr-too-high'], 'rmsprop lr 0.03 with batch 1 on the snap predictor',
  spec('', saw('snap'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.03), tr(60, 1)));
fault('oscillating-loss', 'momentum-0.99', 'training', ['lr-too-high'], 'sgd momentum 0.99 at lr 0.1 on the yield model, batch 8',
  spec('', blocks('yield_pct', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.99 }), tr(80, 8)));
fault('oscillating-loss', 'adam-0.05-batch2', 'training', ['lr-too-high'], 'adam lr 0.05 with batch 2 on the hours model',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.05), tr(60, 2)));


// ---------------- second pass: more exploding, plateau, oscillating candidates ----------------
fault('exploding-gradient', 'raw-price-target-adam', 'probe', [], 'quote model on standardised features but price_gbp left in pounds (no normalizeTarget), adam 0.001',
  spec('', mem('price_gbp'), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.001), tr(60, 32)));
fault('exploding-gradient', 'raw-wear-deep-rmsprop', 'probe', [], 'wire wear on raw saw-log features (coolant l/min, quartz %) through three relu layers, rmsprop 0.001',
  spec('', saw('wear_um', 'none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(60, 32)));
fault('exploding-gradient', 'raw-mm-features-sgd', 'probe', ['nan-loss'], 'hours model fed raw millimetre dimensions (height, width ~1000), sgd 1e-4, standardised target',
  spec('', mem('hours', 'none', { normalizeTarget: 'standard' }), [d(16, 'leaky_relu'), d(1)], 'mse', opt('sgd', 1e-4), tr(60, 16)));
fault('loss-plateau', 'circles-sigmoid-sgd-small', 'training', [], 'circles with two sigmoid layers of 4, sgd 0.02 momentum 0.5',
  spec('', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(4, 'sigmoid'), d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.5 }), tr(200, 32)));
fault('loss-plateau', 'spirals-sigmoid-sgd', 'training', [], 'three-arm spirals with one sigmoid layer of 16 and plain sgd 0.05',
  spec('', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(200, 32)));
fault('loss-plateau', 'moons-sigmoid-sgd-deep', 'training', [], 'moons with three sigmoid layers of 6, plain sgd 0.03',
  spec('', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(6, 'sigmoid'), d(6, 'sigmoid'), d(6, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.03), tr(200, 32)));
fault('oscillating-loss', 'sgd-full-batch-0.5', 'training', ['lr-too-high'], 'full-batch sgd at lr 0.5 on the weathering regressor (tanh layer of 16)',
  spec('', wl('surface_loss_mm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.5), tr(150, 300)));
fault('oscillating-loss', 'sgd-momentum-batch4', 'training', ['lr-too-high'], 'sgd lr 0.05 momentum 0.9 with batch 4 on the hours model',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 4)));
fault('oscillating-loss', 'adam-0.03-batch4-yield', 'training', ['lr-too-high'], 'adam lr 0.03 with batch 4 on the yield model',
  spec('', blocks('yield_pct', 'standard', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(1)], 'mse', opt('adam', 0.03), tr(80, 4)));
fault('oscillating-loss', 'full-batch-linear-price', 'training', ['lr-too-high'], 'linear price model, full batch, sgd lr 0.3 (just past the stable step)',
  spec('', mem('price_gbp', 'standard', { normalizeTarget: 'standard' }), [d(1)], 'mse', opt('sgd', 0.3), tr(100, 380)));

// ================= healthy =================
ok('grade-adam-relu', 'blocks.csv standard, grade (3 string classes, rare aggregate), [24 relu, 3 softmax], cce, adam 0.003, batch 32',
  spec('', blocks('grade'), [d(24, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32)));
ok('grade-sgd-nesterov', 'blocks.csv standard, grade, [32 tanh, 16 tanh, 3 softmax], cce, sgd nesterov 0.05/0.9, batch 16',
  spec('', blocks('grade'), [d(32, 'tanh'), d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(100, 16)));
ok('grade-batchnorm-dropout', 'blocks.csv standard, grade, [64 relu bn, dropout 0.2, 32 relu bn, 3 softmax], cce, adam 0.002, val 0.2',
  spec('', blocks('grade'), [d(64, 'relu', { batchNorm: true }), drop(0.2), d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', opt('adam', 0.002), tr(100, 32, { validationSplit: 0.2 })));
ok('sound-rmsprop', 'blocks.csv standard, sound 0/1 (84% pass), [16 elu, 1 sigmoid], bce, rmsprop 0.002, batch 64',
  spec('', blocks('sound'), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(120, 64)));
ok('sound-minmax-leaky', 'blocks.csv minmax, sound, [20 leaky_relu, 10 leaky_relu, 1 sigmoid], bce, adam 0.005, weight decay 1e-4',
  spec('', blocks('sound', 'minmax'), [d(20, 'leaky_relu'), d(10, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005, { weightDecay: 1e-4 }), tr(120, 32)));
ok('yield-adam-normtarget', 'blocks.csv standard, yield_pct normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003',
  spec('', blocks('yield_pct', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(120, 32)));
ok('yield-sgd-fullbatch', 'blocks.csv standard, yield_pct standardised, [16 tanh, 1], mse, full-batch sgd 0.1 momentum 0.9, 400 epochs',
  spec('', blocks('yield_pct', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), tr(400, 420)));
ok('yield-minmax-target', 'blocks.csv minmax, yield_pct minmax target, [24 elu, 1 sigmoid], mse, adam 0.005',
  spec('', blocks('yield_pct', 'minmax', { normalizeTarget: 'minmax' }), [d(24, 'elu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(150, 32)));
ok('hours-rmsprop-deep', 'memorials.csv standard, hours standardised, [32 relu, 32 relu, 16 relu, 1], mse, rmsprop 0.001',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(120, 32)));
ok('hours-he-uniform-clip', 'memorials.csv standard, hours standardised, [48 relu he_uniform, 1], mse, sgd 0.02 momentum 0.9 clipNorm 1, batch 8',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(48, 'relu', { init: 'he_uniform' }), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 1 }), tr(100, 8)));
ok('price-adam', 'memorials.csv standard, price_gbp standardised, [32 elu, 16 elu, 1], mse, adam 0.002, val 0.15',
  spec('', mem('price_gbp', 'standard', { normalizeTarget: 'standard' }), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('adam', 0.002), tr(150, 32, { validationSplit: 0.15 })));
ok('price-hours-two-outputs', 'memorials.csv standard, [hours, price_gbp] standardised, [32 relu, 2], mse, adam 0.003',
  spec('', mem(['hours', 'price_gbp'], 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(150, 32)));
ok('price-linear-regression', 'memorials.csv standard, price_gbp standardised, [1 linear] (plain linear regression), mse, sgd 0.05, batch 16',
  spec('', mem('price_gbp', 'standard', { normalizeTarget: 'standard' }), [d(1)], 'mse', opt('sgd', 0.05), tr(100, 16)));
ok('weathering-semicolon', 'weathering-lab.csv (semicolons, decimal commas) standard, surface_loss standardised, [24 tanh, 1], mse, adam 0.003',
  spec('', wl('surface_loss_mm', 'standard', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32)));
ok('durability-cce', 'weathering-lab.csv standard, durability (good/fair/rare poor), [16 relu, 8 relu, 3 softmax], cce, adam 0.005, batch 16',
  spec('', wl('durability'), [d(16, 'relu'), d(8, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(120, 16)));
ok('durability-rmsprop-lecun', 'weathering-lab.csv standard, durability, [20 elu lecun_normal, 3 softmax], cce, rmsprop 0.003',
  spec('', wl('durability'), [d(20, 'elu', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(100, 32)));
ok('weathering-raw-target-mse', 'weathering-lab.csv standard, surface_loss in mm (unscaled, range 0..7), [16 relu, 1], mse, adam 0.01',
  spec('', wl('surface_loss_mm'), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(150, 32)));
ok('wear-tab-adam', 'sawlog.csv (tabs) standard, wear_um standardised, [32 relu, 16 relu, 1], mse, adam 0.002',
  spec('', saw('wear_um', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.002), tr(120, 32)));
ok('wear-sgd-batch1', 'sawlog.csv standard, wear_um standardised, [12 tanh, 1], mse, sgd 0.005 batch 1, 30 epochs',
  spec('', saw('wear_um', 'standard', { normalizeTarget: 'standard' }), [d(12, 'tanh'), d(1)], 'mse', opt('sgd', 0.005), tr(30, 1)));
ok('snap-rare-class', 'sawlog.csv standard, snap 0/1 (6% snaps), [16 relu, 1 sigmoid], bce, adam 0.003',
  spec('', saw('snap'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32)));
ok('moons-adam', 'moons 300 noise 0.15, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
  spec('', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));
ok('moons-sgd-nesterov', 'moons 200, [24 tanh, 1 sigmoid], bce, sgd nesterov 0.1/0.9, batch 16',
  spec('', { builtin: 'moons', samples: 200, noise: 0.1 }, [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(150, 16)));
ok('circles-elu-rmsprop', 'circles 300 noise 0.05, [16 elu, 16 elu, 1 sigmoid], bce, rmsprop 0.005',
  spec('', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32)));
ok('xor-tanh-adam', 'xor 200, [8 tanh, 1 sigmoid], bce, adam 0.02, batch 8',
  spec('', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(150, 8)));
ok('spirals-deep', 'spirals 3 classes, [64 relu, 64 relu, 32 relu, 3 softmax], cce, adam 0.005',
  spec('', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32)));
ok('blobs-four', 'blobs 4 classes 400, [8 relu, 4 softmax], cce, sgd 0.1 momentum 0.9',
  spec('', { builtin: 'blobs', samples: 400, noise: 0.2, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(60, 32)));
ok('sine-tanh', 'sine 300, [32 tanh, 32 tanh, 1], mse, adam 0.005',
  spec('', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32)));
ok('iris-softmax-rmsprop', 'iris standard, [10 relu, 3 softmax], cce, rmsprop 0.005, val 0.2',
  spec('', { builtin: 'iris', normalize: 'standard' }, [d(10, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 16, { validationSplit: 0.2 })));
ok('iris-full-batch-sgd', 'iris standard, [8 tanh, 3 softmax], cce, full-batch sgd 0.5, 400 epochs',
  spec('', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.5), tr(400, 150)));
ok('inline-price-per-tonne', 'inline table of 12 quarry loads (tonnes, distance km → haulage £ scaled), [1 linear], mse, sgd 0.05 full batch',
  spec('', { inline: { x: [[8, 12], [10, 30], [12, 5], [20, 40], [6, 60], [15, 22], [18, 9], [9, 48], [14, 35], [22, 15], [7, 20], [16, 55]],
    y: [1.1, 2.0, 0.9, 3.6, 2.6, 2.1, 1.8, 2.5, 2.8, 2.6, 1.2, 3.7] }, normalize: 'standard' }, [d(1)], 'mse', opt('sgd', 0.05), tr(300, 12)));
ok('inline-stone-labels', 'inline table of 16 slabs (density, porosity → string stone type), [8 tanh, 2 softmax], cce, adam 0.03',
  spec('', { inline: { x: [[2.65, 0.4], [2.7, 0.3], [2.62, 0.6], [2.68, 0.5], [2.66, 0.35], [2.71, 0.45], [2.64, 0.55], [2.69, 0.4], [2.2, 12], [2.3, 9], [2.25, 15], [2.15, 18], [2.35, 8], [2.28, 11], [2.18, 14], [2.32, 10]],
    y: ['granite', 'granite', 'granite', 'granite', 'granite', 'granite', 'granite', 'granite', 'sandstone', 'sandstone', 'sandstone', 'sandstone', 'sandstone', 'sandstone', 'sandstone', 'sandstone'] }, normalize: 'standard' },
    [d(8, 'tanh'), d(2, 'softmax')], 'cce', opt('adam', 0.03), tr(150, 4)));
ok('grade-deep-narrow-elu', 'blocks.csv standard, grade, [12 elu, 12 elu, 12 elu, 12 elu, 3 softmax], cce, adam 0.002, weight decay 1e-4',
  spec('', blocks('grade'), [1, 2, 3, 4].map(() => d(12, 'elu')).concat([d(3, 'softmax')]), 'cce', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(150, 32)));
ok('sound-sigmoid-hidden', 'blocks.csv standard, sound, [12 sigmoid xavier_normal, 1 sigmoid], bce, adam 0.01 (a sigmoid hidden layer that trains fine)',
  spec('', blocks('sound'), [d(12, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)));
ok('hours-small-normal-init', 'memorials.csv standard, hours standardised, [24 relu normal std 0.1, 1], mse, adam 0.003, batch 64, no shuffle',
  spec('', mem('hours', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu', { init: { name: 'normal', std: 0.1 } }), d(1)], 'mse', opt('adam', 0.003), tr(150, 64, { shuffle: false })));
ok('wear-rmsprop-bn', 'sawlog.csv standard, wear standardised, [32 relu bn, 16 relu bn, 1], mse, rmsprop 0.002, val 0.2',
  spec('', saw('wear_um', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', opt('rmsprop', 0.002), tr(100, 32, { validationSplit: 0.2 })));
ok('hours-features-subset', 'memorials.csv with a 4-feature subset (letters, gilded, carved_motif, stone_code) standard, hours standardised, [16 leaky_relu, 1], mse, sgd 0.05 momentum 0.8',
  spec('', csv('memorials.csv', 'hours', ['letters', 'gilded', 'carved_motif', 'stone_code'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'leaky_relu'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.8 }), tr(150, 32)));
ok('grade-wide-shallow-sgd', 'blocks.csv standard, grade, [128 relu, 3 softmax], cce, plain sgd 0.1, batch 8',
  spec('', blocks('grade'), [d(128, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.1), tr(60, 8)));
ok('sound-logistic', 'blocks.csv standard, sound, [1 sigmoid] (logistic regression), bce, sgd 0.2 full batch, 300 epochs',
  spec('', blocks('sound'), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.2), tr(300, 420)));
ok('durability-minmax-tanh', 'weathering-lab.csv minmax, durability, [32 tanh, 3 softmax], cce, adam 0.01, clipNorm 5',
  spec('', wl('durability', 'minmax'), [d(32, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01, { clipNorm: 5 }), tr(150, 32)));
ok('circles-dropout-sgd', 'circles 400, [32 relu, dropout 0.1, 16 relu, 1 sigmoid], bce, sgd 0.05 momentum 0.9, batch 16',
  spec('', { builtin: 'circles', samples: 400, noise: 0.05 }, [d(32, 'relu'), drop(0.1), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 16)));
ok('yield-rmsprop-batch4', 'blocks.csv standard, yield_pct standardised, [20 elu, 10 elu, 1], mse, rmsprop 0.0005, batch 4',
  spec('', blocks('yield_pct', 'standard', { normalizeTarget: 'standard' }), [d(20, 'elu'), d(10, 'elu'), d(1)], 'mse', opt('rmsprop', 0.0005), tr(80, 4)));
ok('snap-nesterov-xavier', 'sawlog.csv standard, snap, [16 tanh xavier_normal, 1 sigmoid], bce, sgd nesterov 0.05/0.9, batch 32',
  spec('', saw('snap'), [d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 32)));

fs.writeFileSync(path.join(__dirname, 'intent.json'), JSON.stringify(intents, null, 1) + '\n');
console.log(`${Object.keys(intents).filter((k) => !k.startsWith('ok.')).length} faults, ${Object.keys(intents).filter((k) => k.startsWith('ok.')).length} healthy`);
