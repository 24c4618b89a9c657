/**
 * Writes every candidate spec of blind set 237 into candidates/.
 * Run: npx tsx test/faults-blind237/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const HF = ['line_length_m', 'depth_m', 'days_since_seeding', 'water_temp_c', 'nitrate_umol', 'wave_height_m', 'salinity_psu', 'rope_weight_kg'];
const GF = ['moisture_pct', 'hours_to_dryer', 'dryer_temp_c', 'sand_g_per_kg', 'blade_thickness_mm', 'colour_L', 'iodine_mg_per_kg', 'bales'];
const FF = ['water_temp_c', 'par_umol', 'current_ms', 'weeks_in_water', 'turbidity_ntu', 'buoy_depth_m'];

const harvest = (extra: J = {}) => ({ csv: '../data/harvest.csv', target: 'wet_yield_kg', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const grade = (extra: J = {}) => ({ csv: '../data/grade.csv', target: 'grade', features: GF, normalize: 'standard', ...extra });
const foul = (extra: J = {}) => ({ csv: '../data/fouling.csv', target: 'fouled', features: FF, normalize: 'standard', ...extra });
const alg = (extra: J = {}) => ({ csv: '../data/alginate.csv', target: 'alginate_yield_pct', features: ['extract_ph', 'extract_temp_c', 'extract_min', 'na2co3_pct', 'particle_mm'], normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation = 'linear', more: J = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });

function spec(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J) {
  const name = file.replace(/^[^.]+\./, '');
  const body = { name, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', 2371, grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adamw', lr: 0.001 }, { epochs: 80, batchSize: 32 });
spec('invalid-spec.relu-capital', 2372, harvest(), [d(16, 'ReLU'), d(8, 'ReLU'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('invalid-spec.keras-loss-name', 2373, foul(), [d(8, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', { type: 'rmsprop', lr: 0.001 }, { epochs: 100, batchSize: 16 });
spec('invalid-spec.dropout-percent', 2374, grade(), [d(32, 'relu'), drop(30), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 });
spec('invalid-spec.validation-split-percent', 2375, alg(), [d(12, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 16, validationSplit: 20 });
spec('invalid-spec.init-glorot', 2376, foul(), [d(12, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 });

// data-error
spec('data-error.path-without-parent', 2377, harvest({ csv: 'data/harvest.csv' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('data-error.lab-below-detection', 2378, harvest({ csv: '../data/harvest-lab.csv' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('data-error.logger-gaps', 2379, harvest({ csv: '../data/harvest-gaps.csv' }), [d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 100, batchSize: 32 });
spec('data-error.target-typo', 2380, foul({ target: 'fouling' }), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 });
spec('data-error.site-as-feature', 2381, harvest({ features: ['site', ...HF] }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('data-error.shared-drive-path', 2382, grade({ csv: '../../../../../mnt/plant-share/grade.csv' }), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });

// shape-mismatch
spec('shape-mismatch.three-grades-not-four', 2383, grade(), [d(24, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('shape-mismatch.two-unit-sigmoid-bce', 2384, foul(), [d(8, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 });
spec('shape-mismatch.two-targets-one-unit', 2385, alg({ target: ['alginate_yield_pct', 'viscosity_mpas'] }), [d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 16 });
spec('shape-mismatch.iris-two-units', 2386, { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 16 });

// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', 2387, foul(), [d(12, 'relu'), d(1, 'linear')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('loss-activation-mismatch.cce-sigmoid-head', 2388, grade(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('loss-activation-mismatch.softmax-mse', 2389, alg({ target: ['alginate_yield_pct', 'viscosity_mpas'] }), [d(16, 'tanh'), d(2, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 16 });
spec('loss-activation-mismatch.relu-head-standardised-yield', 2390, harvest(), [d(16, 'tanh'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 });
spec('loss-activation-mismatch.tanh-head-raw-kg', 2391, harvest({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });

// init-symmetry
spec('init-symmetry.zeros-hidden', 2392, grade(), [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 32 });
spec('init-symmetry.constant-tenth', 2393, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 150, batchSize: 32 });
spec('init-symmetry.zeros-sigmoid-stack', 2394, harvest(), [d(24, 'sigmoid', { init: 'zeros' }), d(12, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', { type: 'rmsprop', lr: 0.003 }, { epochs: 120, batchSize: 32 });

// init-scale
spec('init-scale.normal-std-8-tanh', 2395, foul(), [d(32, 'tanh', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('init-scale.uniform-limit-1e-5-deep', 2396, grade(), [d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(32, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(4, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 });
spec('init-scale.normal-std-20-relu', 2397, alg(), [d(32, 'relu', { init: { name: 'normal', std: 20 } }), d(16, 'relu', { init: { name: 'normal', std: 20 } }), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 16 });

// no-nonlinearity
spec('no-nonlinearity.linear-stack-moons', 2398, { builtin: 'moons', samples: 400, noise: 0.1 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 });
spec('no-nonlinearity.forgot-activation-circles', 2399, { builtin: 'circles', samples: 400, noise: 0.05 }, [d(32), d(16), d(8), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 150, batchSize: 32 });
spec('no-nonlinearity.linear-hidden-spirals', 2400, { builtin: 'spirals', samples: 300, classes: 3 }, [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 });

// lr-out-of-range
spec('lr-out-of-range.adam-lr-30', 2401, grade(), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 30 }, { epochs: 60, batchSize: 32 });
spec('lr-out-of-range.sgd-lr-1e-9', 2402, foul(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-9, momentum: 0.9 }, { epochs: 100, batchSize: 32 });
spec('lr-out-of-range.rmsprop-lr-5', 2403, harvest(), [d(16, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 5 }, { epochs: 60, batchSize: 32 });
spec('lr-out-of-range.adam-lr-1e-8', 2404, alg(), [d(16, 'elu'), d(1)], 'mse', { type: 'adam', lr: 1e-8 }, { epochs: 100, batchSize: 16 });

// dead-relu
spec('dead-relu.bias-minus-8', 2405, harvest(), [d(32, 'relu', { bias: -8 }), d(16, 'relu', { bias: -8 }), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 32 });
spec('dead-relu.sgd-lr-kill', 2406, harvest({ normalizeTarget: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 60, batchSize: 32 });
spec('dead-relu.negative-bias-grade', 2407, grade(), [d(24, 'relu', { bias: -4 }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 100, batchSize: 32 });

// exploding-gradient
spec('exploding-gradient.raw-features-raw-kg', 2408, harvest({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1e-6 }, { epochs: 50, batchSize: 32 });
spec('exploding-gradient.deep-big-init', 2409, alg(), [d(32, 'relu', { init: { name: 'normal', std: 1.0 } }), d(32, 'relu', { init: { name: 'normal', std: 1.0 } }), d(32, 'relu', { init: { name: 'normal', std: 1.0 } }), d(32, 'relu', { init: { name: 'normal', std: 1.0 } }), d(1)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, { epochs: 60, batchSize: 16 });
spec('exploding-gradient.raw-iodine-linear', 2410, alg({ normalize: 'none', normalizeTarget: 'none', target: 'viscosity_mpas' }), [d(16, 'elu'), d(8, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 60, batchSize: 16 });

// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', 2411, foul(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 100, batchSize: 32 });
spec('vanishing-gradient.tiny-init-tanh-deep', 2412, harvest(), [d(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(24, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 });
spec('vanishing-gradient.sigmoid-tower-grade', 2413, grade(), [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02 }, { epochs: 100, batchSize: 64 });

// nan-loss
spec('nan-loss.sgd-raw-kg', 2414, harvest({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.1 }, { epochs: 50, batchSize: 32 });
spec('nan-loss.raw-everything-momentum', 2415, harvest({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, { epochs: 50, batchSize: 16 });
spec('nan-loss.viscosity-raw-sgd', 2416, alg({ target: 'viscosity_mpas', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 50, batchSize: 8 });

// lr-too-high
spec('lr-too-high.adam-0p3-grade', 2417, grade(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.3 }, { epochs: 100, batchSize: 32 });
spec('lr-too-high.sgd-3-moons', 2418, { builtin: 'moons', samples: 300, noise: 0.2 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3 }, { epochs: 100, batchSize: 16 });
spec('lr-too-high.rmsprop-0p2-fouling', 2419, foul(), [d(24, 'elu'), d(12, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.2 }, { epochs: 100, batchSize: 32 });
spec('lr-too-high.nesterov-0p5-alginate', 2420, alg(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.5, momentum: 0.9, nesterov: true }, { epochs: 100, batchSize: 16 });

// lr-too-low
spec('lr-too-low.sgd-1e-5-grade', 2421, grade(), [d(24, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 1e-5 }, { epochs: 150, batchSize: 32 });
spec('lr-too-low.adam-2e-6-harvest', 2422, harvest(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 2e-6 }, { epochs: 150, batchSize: 32 });
spec('lr-too-low.rmsprop-5e-7-fouling', 2423, foul(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 5e-7 }, { epochs: 150, batchSize: 32 });
spec('lr-too-low.sgd-full-batch-1e-4', 2424, alg(), [d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 1e-4 }, { epochs: 200, batchSize: 300 });

// saturated-activation
spec('saturated-activation.raw-iodine-sigmoid', 2425, grade({ normalize: 'none' }), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('saturated-activation.raw-harvest-tanh', 2426, harvest({ normalize: 'none' }), [d(24, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 });
spec('saturated-activation.bias-12-sigmoid', 2427, foul(), [d(16, 'sigmoid', { bias: 12 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 });
spec('saturated-activation.raw-par-tanh', 2428, foul({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, { epochs: 100, batchSize: 32 });

// loss-plateau
spec('loss-plateau.weight-decay-1', 2429, harvest(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003, weightDecay: 1.0 }, { epochs: 150, batchSize: 32 });
spec('loss-plateau.dropout-0p9-bottleneck', 2430, grade(), [d(2, 'relu'), drop(0.9), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 });
spec('loss-plateau.clipnorm-tiny', 2431, alg(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.01, clipNorm: 1e-4 }, { epochs: 150, batchSize: 16 });
spec('loss-plateau.one-unit-bottleneck-spirals', 2432, { builtin: 'spirals', samples: 300, classes: 3 }, [d(1, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 });

// oscillating-loss
spec('oscillating-loss.batch-1-sgd-0p2', 2433, foul(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.2 }, { epochs: 60, batchSize: 1 });
spec('oscillating-loss.momentum-0p99', 2434, alg(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.99 }, { epochs: 100, batchSize: 32 });
spec('oscillating-loss.adam-0p05-batch-4', 2435, harvest(), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 80, batchSize: 4 });
spec('oscillating-loss.rmsprop-0p05-full-batch', 2436, grade(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.05 }, { epochs: 150, batchSize: 420 });


// second round (added after the first observation, to fill lr-too-high and oscillating-loss)
spec('lr-too-high.adam-0p5-harvest-tanh', 2437, harvest(), [d(24, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.5 }, { epochs: 100, batchSize: 32 });
spec('lr-too-high.sgd-0p8-alginate-batch-8', 2438, alg(), [d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.8 }, { epochs: 100, batchSize: 8 });
spec('lr-too-high.rmsprop-0p1-grade-tanh', 2439, grade(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.1 }, { epochs: 100, batchSize: 32 });
spec('oscillating-loss.rmsprop-0p1-fouling-tanh', 2440, foul(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.1 }, { epochs: 100, batchSize: 32 });
spec('oscillating-loss.momentum-0p95-moons', 2441, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5, momentum: 0.95 }, { epochs: 100, batchSize: 32 });
spec('oscillating-loss.adam-0p2-fouling-elu', 2442, foul(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.2 }, { epochs: 100, batchSize: 16 });

// ---------------- healthy ----------------
spec('ok.harvest-adam-relu', 2451, harvest(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 32 });
spec('ok.harvest-rmsprop-elu-val', 2452, harvest(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 150, batchSize: 32, validationSplit: 0.2 });
spec('ok.harvest-minmax-tanh-sgd-momentum', 2453, harvest({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 200, batchSize: 16 });
spec('ok.harvest-batchnorm-deep', 2454, harvest(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 32 });
spec('ok.harvest-leaky-dropout-wd', 2455, harvest(), [d(48, 'leaky_relu'), drop(0.1), d(24, 'leaky_relu'), d(1)], 'mse', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, { epochs: 150, batchSize: 32 });
spec('ok.harvest-batch-1-sgd', 2456, harvest(), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.003 }, { epochs: 40, batchSize: 1 });
spec('ok.harvest-nesterov-clip', 2457, harvest(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true, clipNorm: 5 }, { epochs: 150, batchSize: 32 });
spec('ok.harvest-full-batch-adam', 2458, harvest(), [d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.02 }, { epochs: 300, batchSize: 380 });
spec('ok.grade-adam-relu', 2459, grade(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 120, batchSize: 32 });
spec('ok.grade-semicolon-export', 2460, grade({ csv: '../data/grade-semicolon.csv' }), [d(24, 'elu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 120, batchSize: 32 });
spec('ok.grade-rmsprop-tanh-dropout', 2461, grade(), [d(32, 'tanh'), drop(0.2), d(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, { epochs: 120, batchSize: 16, validationSplit: 0.15 });
spec('ok.grade-sgd-momentum-batchnorm', 2462, grade(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 32 });
spec('ok.grade-minmax-sigmoid-hidden', 2463, grade({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 });
spec('ok.grade-wide-shallow-lecun', 2464, grade(), [d(128, 'tanh', { init: 'lecun_normal' }), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 64 });
spec('ok.grade-plain-sgd-small-batch', 2465, grade(), [d(16, 'relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 150, batchSize: 8 });
spec('ok.fouling-adam-tanh', 2466, foul(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 120, batchSize: 32 });
spec('ok.fouling-rmsprop-relu-deep', 2467, foul(), [d(32, 'relu'), d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, { epochs: 120, batchSize: 32 });
spec('ok.fouling-logistic-linear', 2468, foul(), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 150, batchSize: 32 });
spec('ok.fouling-softmax-two-class', 2469, foul(), [d(12, 'elu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 120, batchSize: 32 });
spec('ok.fouling-nesterov-leaky', 2470, foul(), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.03, momentum: 0.9, nesterov: true }, { epochs: 120, batchSize: 16, validationSplit: 0.2 });
spec('ok.fouling-minmax-batch-full', 2471, foul({ normalize: 'minmax' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, { epochs: 300, batchSize: 360 });
spec('ok.alginate-adam-elu', 2472, alg(), [d(16, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 16 });
spec('ok.alginate-two-targets', 2473, alg({ target: ['alginate_yield_pct', 'viscosity_mpas'] }), [d(24, 'tanh'), d(2)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 150, batchSize: 16 });
spec('ok.alginate-linear-regression-sgd', 2474, alg(), [d(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 });
spec('ok.alginate-viscosity-rmsprop', 2475, alg({ target: 'viscosity_mpas' }), [d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 150, batchSize: 16 });
spec('ok.alginate-batch-2-momentum', 2476, alg(), [d(8, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.005, momentum: 0.9 }, { epochs: 40, batchSize: 2 });
spec('ok.alginate-minmax-clip-wd', 2477, alg({ normalize: 'minmax' }), [d(32, 'elu', { init: 'xavier_normal' }), d(16, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.003, weightDecay: 1e-3, clipNorm: 1 }, { epochs: 200, batchSize: 32 });
spec('ok.moons-relu-adam', 2478, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 });
spec('ok.circles-tanh-sgd', 2479, { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, { epochs: 200, batchSize: 32 });
spec('ok.spirals-deep-elu', 2480, { builtin: 'spirals', samples: 300, classes: 3 }, [d(64, 'elu'), d(64, 'elu'), d(32, 'elu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 });
spec('ok.iris-rmsprop', 2481, { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.01 }, { epochs: 100, batchSize: 16 });
spec('ok.blobs-five-class-sgd', 2482, { builtin: 'blobs', samples: 400, classes: 5 }, [d(16, 'relu'), d(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.5 }, { epochs: 100, batchSize: 32 });
spec('ok.sine-tanh-deep', 2483, { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 });
spec('ok.xor-sigmoid-hidden-sgd', 2484, { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.0, momentum: 0.9 }, { epochs: 200, batchSize: 32 });
spec('ok.inline-dryer-moisture', 2485, { inline: { x: [[40, 2], [45, 3], [50, 2], [55, 4], [60, 3], [65, 5], [70, 4], [42, 5], [48, 6], [58, 6], [62, 2], [68, 3], [52, 5], [46, 4], [66, 6], [56, 2]], y: [24, 21, 20, 17, 15, 12, 12, 22, 20, 16, 15, 12, 18, 21, 12, 17] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 16 });
spec('ok.inline-species-classes', 2486, { inline: { x: [[1.2, 0.2], [1.0, 0.3], [1.4, 0.25], [3.1, 0.9], [2.8, 1.1], [3.3, 1.0], [0.3, 2.1], [0.4, 1.9], [0.2, 2.3], [1.1, 0.35], [3.0, 0.95], [0.35, 2.0]], y: ['kelp', 'kelp', 'kelp', 'dulse', 'dulse', 'dulse', 'wrack', 'wrack', 'wrack', 'kelp', 'dulse', 'wrack'] }, normalize: 'standard' }, [d(6, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, { epochs: 200, batchSize: 12 });
spec('ok.harvest-uniform-init-small', 2487, harvest(), [d(24, 'tanh', { init: { name: 'uniform', limit: 0.3 } }), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 });
spec('ok.grade-he-normal-explicit-bias', 2488, grade(), [d(32, 'relu', { init: 'he_normal', bias: 0.1 }), d(4, 'softmax', { init: 'xavier_uniform' })], 'cce', { type: 'adam', lr: 0.002 }, { epochs: 100, batchSize: 32 });
spec('ok.fouling-elu-dropout-wd', 2489, foul(), [d(32, 'elu'), drop(0.3), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003, weightDecay: 1e-3 }, { epochs: 120, batchSize: 32 });
spec('ok.harvest-sigmoid-hidden-rmsprop', 2490, harvest(), [d(32, 'sigmoid'), d(1)], 'mse', { type: 'rmsprop', lr: 0.005 }, { epochs: 200, batchSize: 32 });
spec('ok.moons-batch-full-rmsprop', 2491, { builtin: 'moons', samples: 200, noise: 0.1 }, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, { epochs: 300, batchSize: 200 });
spec('ok.alginate-deep-narrow-leaky', 2492, alg(), [d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(8, 'leaky_relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 16 });
