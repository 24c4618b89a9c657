/**
 * Writes every candidate spec of test/faults-blind78 (textiles, fashion and apparel retail) into
 * candidates/: `npx tsx test/faults-blind78/author.ts`. write-manifest.py files them afterwards by what
 * the bare engine showed (observed.txt, observed-curves.txt).
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Json = Record<string, unknown>;

const MILL = ['yarn_count', 'twist_per_m', 'loom_ppm', 'humidity', 'tension_cn'];
const FIT = ['size_code', 'chest_cm', 'waist_cm', 'hip_cm', 'height_cm', 'stretch_share'];
const SALES = ['price', 'markdown_share', 'weeks_since_launch', 'stock_units', 'promo'];
const RET = ['order_value', 'days_to_return', 'returns_last_year', 'tags_removed', 'account_age_days'];
const DYE = ['dye_pct', 'bath_temp_c', 'time_min', 'ph', 'liquor_ratio'];

const csv = (file: string, target: string | string[], features: string[] | undefined, extra: Json = {}): Json =>
  ({ csv: `../data/${file}`, target, ...(features ? { features } : {}), ...extra });
const d = (units: number, activation = 'relu', extra: Json = {}): Json => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 78): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

const all: Record<string, Json> = {};
function add(file: string, s: Json): void {
  if (all[file]) throw new Error(`duplicate candidate ${file}`);
  all[file] = s;
}

const STD = { normalize: 'standard' };
const STD2 = { normalize: 'standard', normalizeTarget: 'standard' };

// ---------------------------------------------------------------- healthy candidates
add('h.mill-strength-adam', spec('mill-strength', csv('mill.csv', 'strength_n', MILL, STD2), [d(16), d(8), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150)));
add('h.mill-strength-rmsprop-tanh', spec('mill-strength-tanh', csv('mill.csv', 'strength_n', MILL, STD2), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), train(200, 16)));
add('h.mill-strength-momentum-minmax', spec('mill-strength-sgd', csv('mill.csv', 'strength_n', MILL, { normalize: 'minmax', normalizeTarget: 'standard' }), [d(16, 'elu'), d(8, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(250, 32)));
add('h.mill-defect-adam', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(16), d(4, 'softmax')], 'cce', opt('adam', 0.01), train(120)));
add('h.mill-defect-rmsprop-dropout', spec('mill-defect-dropout', csv('mill.csv', 'defect', MILL, STD), [d(32), drop(0.2), d(16), d(4, 'softmax')], 'cce', opt('rmsprop', 0.002), train(150, 32, { validationSplit: 0.2 })));
add('h.mill-defect-momentum-bn', spec('mill-defect-bn', csv('mill.csv', 'defect', MILL, STD), [d(16, 'relu', { batchNorm: true }), d(8, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(120, 32)));
add('h.mill-defect-tanh-clip', spec('mill-defect-tanh', csv('mill.csv', 'defect', MILL, STD), [d(20, 'tanh'), d(4, 'softmax')], 'cce', opt('adam', 0.01, { clipNorm: 5 }), train(150, 64)));
add('h.fit-adam-elu', spec('fit-outcome', csv('fit.csv', 'fit', FIT, STD), [d(16, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(150)));
add('h.fit-onehot-adam', spec('fit-onehot', csv('fit-onehot.csv', ['fit_tight', 'fit_good', 'fit_loose'], FIT, STD), [d(16), d(8), d(3, 'softmax')], 'cce', opt('adam', 0.005), train(150)));
add('h.fit-rmsprop-leaky-dropout', spec('fit-leaky', csv('fit.csv', 'fit', FIT, STD), [d(24, 'leaky_relu'), drop(0.1), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), train(150, 16)));
add('h.fit-sgd-nesterov', spec('fit-nesterov', csv('fit.csv', 'fit', FIT, STD), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), train(200)));
add('h.fit-weightdecay', spec('fit-wd', csv('fit.csv', 'fit', FIT, STD), [d(32), d(16), d(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 1e-4 }), train(150)));
add('h.sales-demand-adam', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(16), d(8), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150)));
add('h.sales-demand-momentum-wd', spec('weekly-demand-sgd', csv('sales.csv', 'units_sold', SALES, STD2), [d(16), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, weightDecay: 1e-4 }), train(200)));
add('h.sales-demand-rmsprop-minmax', spec('weekly-demand-minmax', csv('sales.csv', 'units_sold', SALES, { normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), train(250, 16)));
add('h.sales-demand-bn-clip', spec('weekly-demand-bn', csv('sales.csv', 'units_sold', SALES, STD2), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003, { clipNorm: 1 }), train(120, 64, { validationSplit: 0.2 })));
add('h.returns-fraud-adam', spec('return-fraud', csv('returns.csv', 'fraud', RET, STD), [d(16), d(8), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150, 64)));
add('h.returns-fraud-rmsprop', spec('return-fraud-rms', csv('returns.csv', 'fraud', RET, STD), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003), train(200, 32)));
add('h.returns-fraud-momentum-bn', spec('return-fraud-bn', csv('returns.csv', 'fraud', RET, STD), [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150, 64)));
add('h.dye-deltae-adam', spec('dye-delta-e', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(24), d(12), d(1, 'linear')], 'mse', opt('adam', 0.005), train(200)));
add('h.dye-deltae-tanh-rmsprop', spec('dye-delta-e-tanh', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), train(250, 16)));
add('h.dye-deltae-sgd', spec('dye-delta-e-sgd', csv('dyelots.csv', 'delta_e', DYE, { normalize: 'standard' }), [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), train(250)));
add('h.iris-fibre-adam', spec('fibre-iris', { builtin: 'iris', normalize: 'standard' }, [d(8), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16)));
add('h.iris-sgd', spec('fibre-iris-sgd', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1), train(200, 16)));
add('h.moons-weave', spec('weave-moons', { builtin: 'moons', samples: 300 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200)));
add('h.circles-print', spec('print-registration-circles', { builtin: 'circles', samples: 300 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), train(200)));
add('h.blobs-colourways', spec('colourway-blobs', { builtin: 'blobs', classes: 4, samples: 400 }, [d(12), d(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100)));
add('h.spirals-jacquard', spec('jacquard-spirals', { builtin: 'spirals', classes: 2, samples: 300, noise: 0.05 }, [d(32), d(32), d(2, 'softmax')], 'cce', opt('adam', 0.01), train(400)));
add('h.xor-twill', spec('twill-xor', { builtin: 'xor', samples: 200 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(200, 16)));
add('h.sine-seasonal', spec('seasonal-sine', { builtin: 'sine', samples: 300 }, [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.01), train(300)));
add('h.mill-strength-ids-excluded', spec('mill-strength-clean', csv('mill.csv', 'strength_n', ['yarn_count', 'twist_per_m', 'loom_ppm', 'humidity'], STD2), [d(12, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.01), train(200, 16)));
add('h.fit-bigbatch', spec('fit-fullbatch', csv('fit.csv', 'fit', FIT, STD), [d(16), d(3, 'softmax')], 'cce', opt('adam', 0.02), train(300, 420)));
add('h.sales-lecun-elu', spec('weekly-demand-elu', csv('sales.csv', 'units_sold', SALES, STD2), [d(16, 'elu', { init: 'lecun_normal' }), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), train(200)));
add('h.dye-xavier-normal', spec('dye-delta-e-xavier', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(16, 'tanh', { init: 'xavier_normal' }), d(8, 'tanh', { init: 'xavier_normal' }), d(1, 'linear')], 'mse', opt('adam', 0.003), train(200)));
add('h.mill-defect-he-uniform', spec('mill-defect-heu', csv('mill.csv', 'defect', MILL, STD), [d(24, 'relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 1e-4 }), train(150, 16)));
add('h.returns-fraud-dropout', spec('return-fraud-2', csv('returns.csv', 'fraud', RET, STD), [d(24), drop(0.1), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 32, { validationSplit: 0.2 })));

// ---------------------------------------------------------------- faulty candidates: static
add('invalid-spec.activation-relu-capital', { ...spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(16, 'ReLU'), d(4, 'softmax')], 'cce', opt('adam', 0.01), train(100)) });
add('invalid-spec.learning-rate-key', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(16), d(1, 'linear')], 'mse', { type: 'adam', learning_rate: 0.001 }, train(100)));
add('invalid-spec.neurons-key', spec('fit', csv('fit.csv', 'fit', FIT, STD), [{ type: 'dense', neurons: 16, activation: 'relu' }, d(3, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('invalid-spec.optimizer-adamw', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(16), d(1, 'linear')], 'mse', opt('adamw', 0.001, { weightDecay: 0.01 }), train(100)));
add('invalid-spec.loss-crossentropy', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(16), d(4, 'softmax')], 'categorical_crossentropy', opt('adam', 0.01), train(100)));
add('data-error.target-missing-unit', spec('mill-strength', csv('mill.csv', 'strength', MILL, STD2), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), train(100)));
add('data-error.na-humidity', spec('mill-strength', csv('mill-gaps.csv', 'strength_n', MILL, STD2), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), train(100)));
add('data-error.three-rows', spec('week1-demand', csv('sales-week1.csv', 'units_sold', SALES, STD2), [d(8), d(1, 'linear')], 'mse', opt('adam', 0.005), train(100)));
add('data-error.string-feature', spec('mill-strength', csv('mill.csv', 'strength_n', [...MILL, 'defect'], STD2), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), train(100)));
add('data-error.lot-column-string', spec('dye', csv('dyelots.csv', 'delta_e', undefined, STD2), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005), train(100)));
add('data-error.wrong-file', spec('returns', csv('return.csv', 'fraud', RET, STD), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100)));
add('shape-mismatch.defect-three-units', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(16), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('shape-mismatch.fit-five-sizes', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(16), d(5, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('shape-mismatch.demand-two-outputs', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(16), d(2, 'linear')], 'mse', opt('adam', 0.005), train(100)));
add('shape-mismatch.onehot-two-units', spec('fit-onehot', csv('fit-onehot.csv', ['fit_tight', 'fit_good', 'fit_loose'], FIT, STD), [d(16), d(2, 'softmax')], 'cce', opt('adam', 0.005), train(100)));
add('loss-activation-mismatch.fraud-linear-bce', spec('return-fraud', csv('returns.csv', 'fraud', RET, STD), [d(16), d(1, 'linear')], 'bce', opt('adam', 0.005), train(100, 64)));
add('loss-activation-mismatch.demand-sigmoid-out', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(16), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), train(150)));
add('loss-activation-mismatch.fit-softmax-mse', spec('fit-onehot', csv('fit-onehot.csv', ['fit_tight', 'fit_good', 'fit_loose'], FIT, STD), [d(16), d(3, 'softmax')], 'mse', opt('adam', 0.005), train(100)));
add('loss-activation-mismatch.defect-sigmoid-cce', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(16), d(4, 'sigmoid')], 'cce', opt('adam', 0.01), train(100)));
add('init-symmetry.zeros-hidden', spec('mill-strength', csv('mill.csv', 'strength_n', MILL, STD2), [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150)));
add('init-symmetry.constant-fit', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(16, 'relu', { init: 'constant', value: 0.1 }), d(3, 'softmax')], 'cce', opt('adam', 0.01), train(150)));
add('init-symmetry.constant-dye', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(24, 'tanh', { init: 'constant', value: 0.05 }), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), train(150)));
add('init-scale.normal-std-3', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(32, 'relu', { init: 'normal', std: 3 }), d(32, 'relu', { init: 'normal', std: 3 }), d(1, 'linear', { init: 'normal', std: 3 })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100)));
add('init-scale.uniform-tiny-deep', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(16, 'tanh', { init: 'uniform', limit: 1e-4 }), d(16, 'tanh', { init: 'uniform', limit: 1e-4 }), d(16, 'tanh', { init: 'uniform', limit: 1e-4 }), d(4, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', opt('sgd', 0.05), train(100)));
add('init-scale.normal-std-2-tanh', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(32, 'tanh', { init: 'normal', std: 2 }), d(32, 'tanh', { init: 'normal', std: 2 }), d(3, 'softmax')], 'cce', opt('adam', 0.001), train(100)));
add('no-nonlinearity.dye-linear-stack', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(32, 'linear'), d(16, 'linear'), d(1, 'linear')], 'mse', opt('adam', 0.005), train(150)));
add('no-nonlinearity.circles-linear', spec('print-registration', { builtin: 'circles', samples: 300 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150)));
add('no-nonlinearity.defaults-omitted', spec('fit', csv('fit.csv', 'fit', FIT, STD), [{ type: 'dense', units: 24 }, { type: 'dense', units: 12 }, d(3, 'softmax')], 'cce', opt('adam', 0.01), train(150)));
add('lr-out-of-range.adam-lr-5', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(16), d(4, 'softmax')], 'cce', opt('adam', 5), train(100)));
add('lr-out-of-range.sgd-lr-150', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(16), d(1, 'linear')], 'mse', opt('sgd', 150), train(100)));
add('lr-out-of-range.rmsprop-lr-1e-9', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(16), d(3, 'softmax')], 'cce', opt('rmsprop', 1e-9), train(100)));

// ---------------------------------------------------------------- faulty candidates: probe / training
add('dead-relu.bias-minus-4', spec('mill-strength', csv('mill.csv', 'strength_n', MILL, STD2), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', opt('adam', 0.001), train(100)));
add('dead-relu.raw-stock-sgd', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, { normalizeTarget: 'standard' }), [d(32), d(16), d(1, 'linear')], 'mse', opt('sgd', 0.001), train(100)));
add('dead-relu.high-lr-fit', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(32), d(32), d(3, 'softmax')], 'cce', opt('sgd', 2.0), train(100)));
add('dead-relu.bias-negative-returns', spec('return-fraud', csv('returns.csv', 'fraud', RET, STD), [d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(100, 64)));
add('exploding-gradient.raw-features-deep', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES), [d(32), d(32), d(32), d(1, 'linear')], 'mse', opt('sgd', 1e-6), train(60)));
add('exploding-gradient.timestamp-feature', spec('mill-strength', csv('mill.csv', 'strength_n', ['logged_at', ...MILL], { normalizeTarget: 'standard' }), [d(16), d(8), d(1, 'linear')], 'mse', opt('adam', 0.001), train(60)));
add('exploding-gradient.init-std-deep', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(4, 'softmax', { init: 'normal', std: 1.5 })], 'cce', opt('sgd', 0.001), train(60)));
add('exploding-gradient.raw-target-sgd', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD), [d(32), d(32), d(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(60)));
add('vanishing-gradient.deep-sigmoid', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.01), train(100)));
add('vanishing-gradient.deep-sigmoid-fit', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(16, 'sigmoid', { init: 'normal', std: 0.1 }), d(16, 'sigmoid', { init: 'normal', std: 0.1 }), d(16, 'sigmoid', { init: 'normal', std: 0.1 }), d(16, 'sigmoid', { init: 'normal', std: 0.1 }), d(16, 'sigmoid', { init: 'normal', std: 0.1 }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(100)));
add('vanishing-gradient.deep-tanh-tiny', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(1, 'linear', { init: 'normal', std: 0.05 })], 'mse', opt('sgd', 0.01), train(100)));
add('nan-loss.raw-demand-sgd', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES), [d(16), d(1, 'linear')], 'mse', opt('sgd', 0.01), train(50)));
add('nan-loss.raw-strength-momentum', spec('mill-strength', csv('mill.csv', 'strength_n', MILL), [d(16), d(8), d(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(50)));
add('nan-loss.returns-order-value-sgd', spec('return-fraud', csv('returns.csv', 'fraud', RET), [d(16), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5), train(50)));
add('nan-loss.stock-target-sgd', spec('stock', csv('sales.csv', 'stock_units', ['price', 'markdown_share', 'weeks_since_launch', 'units_sold'], STD), [d(16), d(1, 'linear')], 'mse', opt('sgd', 0.05), train(50)));
add('lr-too-high.adam-0.3-defect', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(32), d(16), d(4, 'softmax')], 'cce', opt('adam', 0.3), train(100)));
add('lr-too-high.sgd-1.5-dye', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 1.5), train(100)));
add('lr-too-high.rmsprop-0.1-demand', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(32), d(16), d(1, 'linear')], 'mse', opt('rmsprop', 0.1), train(100)));
add('lr-too-high.adam-0.5-fit', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(24), d(3, 'softmax')], 'cce', opt('adam', 0.5), train(100)));
add('lr-too-low.sgd-1e-5', spec('mill-strength', csv('mill.csv', 'strength_n', MILL, STD2), [d(16), d(8), d(1, 'linear')], 'mse', opt('sgd', 1e-5), train(100)));
add('lr-too-low.adam-1e-6-fit', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(16), d(3, 'softmax')], 'cce', opt('adam', 1e-6), train(100)));
add('lr-too-low.rmsprop-1e-6-dye', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 1e-6), train(150)));
add('saturated-activation.raw-stock-tanh', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.001), train(100)));
add('saturated-activation.raw-mill-sigmoid', spec('mill-defect', csv('mill.csv', 'defect', MILL), [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.001), train(100)));
add('saturated-activation.raw-returns-tanh', spec('return-fraud', csv('returns.csv', 'fraud', RET), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(100, 64)));
add('saturated-activation.big-bias-sigmoid', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(16, 'sigmoid', { bias: 8 }), d(3, 'softmax')], 'cce', opt('sgd', 0.05), train(100)));
add('loss-plateau.weight-decay-half', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.005, { weightDecay: 0.5 }), train(150)));
add('loss-plateau.weight-decay-fit', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(24), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.3 }), train(150)));
add('loss-plateau.raw-defect-tanh-sgd', spec('mill-defect', csv('mill.csv', 'defect', MILL), [d(16, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.01), train(150)));
add('loss-plateau.clip-tiny', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(16), d(1, 'linear')], 'mse', opt('sgd', 0.01, { clipNorm: 1e-4 }), train(150)));
add('oscillating-loss.momentum-099', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(16), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(150)));
add('oscillating-loss.fullbatch-sgd-edge', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.9), train(150, 360)));
add('oscillating-loss.rmsprop-0.03-batch8', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(32), d(4, 'softmax')], 'cce', opt('rmsprop', 0.03), train(150, 8)));
add('oscillating-loss.adam-0.05-batch4', spec('mill-strength', csv('mill.csv', 'strength_n', MILL, STD2), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.05), train(150, 4)));

// second round, after observed.txt: more plateau and oscillation candidates
add('loss-plateau.fraud-fullbatch-sgd', spec('return-fraud', csv('returns.csv', 'fraud', RET, STD), [d(8), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), train(200, 900)));
add('loss-plateau.fraud-weight-decay', spec('return-fraud', csv('returns.csv', 'fraud', RET, STD), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.005, { weightDecay: 0.2 }), train(150, 64)));
add('loss-plateau.fit-weight-decay-adam', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.01, { weightDecay: 1.0 }), train(150)));
add('oscillating-loss.fit-fullbatch-momentum', spec('fit', csv('fit.csv', 'fit', FIT, STD), [d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.95 }), train(150, 420)));
add('oscillating-loss.demand-rmsprop-0.05', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.05), train(150, 16)));
add('oscillating-loss.iris-fullbatch-sgd', spec('fibre-iris', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 2.5), train(150, 150)));
add('oscillating-loss.dye-fullbatch-sgd-0.6', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.6), train(150, 360)));
add('dead-relu.bias-minus-2-defect', spec('mill-defect', csv('mill.csv', 'defect', MILL, STD), [d(24, 'relu', { bias: -2.5 }), d(12, 'relu', { bias: -2.5 }), d(4, 'softmax')], 'cce', opt('adam', 0.002), train(120)));

// third round: oscillation near the edge of stability
add('oscillating-loss.demand-fullbatch-sgd-0.7', spec('weekly-demand', csv('sales.csv', 'units_sold', SALES, STD2), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.7), train(150, 500)));
add('oscillating-loss.strength-fullbatch-sgd-0.6', spec('mill-strength', csv('mill.csv', 'strength_n', MILL, STD2), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.6), train(150, 480)));
add('oscillating-loss.dye-fullbatch-momentum', spec('dye', csv('dyelots.csv', 'delta_e', DYE, STD2), [d(12, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.1, { momentum: 0.95 }), train(150, 360)));
add('oscillating-loss.strength-momentum-097-batch16', spec('mill-strength', csv('mill.csv', 'strength_n', MILL, STD2), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.97 }), train(150, 16)));

for (const [file, s] of Object.entries(all)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(all).length} candidates written to ${OUT}`);
