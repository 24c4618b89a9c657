/**
 * Writes every candidate spec of fault set blind260 into candidates/ (run from the repo root:
 * `npx tsx test/faults-blind260/author.ts`). Theme: heritage steam railways and preservation societies.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const dense = (units: number, activation?: string, extra: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });

const BOIL_F = ['boiler_pressure_psi', 'firebox_age_yrs', 'miles_since_overhaul', 'tube_leaks', 'water_hardness_ppm', 'coal_lb_per_mile', 'steam_days', 'tender_gallons'];
const RIDE_F = ['day_of_year', 'temp_c', 'rain_mm', 'weekend', 'gala', 'santa_special', 'fare_gbp', 'advance_bookings', 'school_holiday'];
const FIRE_F = ['gradient_permille', 'train_tons', 'coal_kg', 'water_litres', 'cutoff_pct', 'rail_temp_c'];
const VOL_F = ['age', 'years_member', 'hours_per_month', 'distance_km', 'roles', 'newsletter_opens'];
const LOCO_F = ['tractive_effort_lbf', 'weight_tons', 'driving_wheel_in', 'cylinders', 'grate_sq_ft', 'built_year'];

const boilers = (extra: J = {}): J => ({ csv: '../data/boilers.csv', target: 'fails_exam', features: BOIL_F, normalize: 'standard', ...extra });
const rides = (extra: J = {}): J => ({ csv: '../data/ridership.csv', target: 'passengers', features: RIDE_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const firing = (extra: J = {}): J => ({ csv: '../data/firing-turns.csv', target: 'duty', features: FIRE_F, normalize: 'standard', ...extra });
const vols = (extra: J = {}): J => ({ csv: '../data/volunteers.csv', target: 'renewed', features: VOL_F, normalize: 'standard', ...extra });
const locos = (extra: J = {}): J => ({ csv: '../data/loco-register.csv', target: 'arrangement', features: LOCO_F, normalize: 'standard', ...extra });

let n = 0;
function spec(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J): void {
  const name = file.replace(/\.nn\.json$/, '');
  const body = { name, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(out, file.endsWith('.nn.json') ? file : `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
  n++;
}
const T = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, shuffle: true, ...extra });

// ---------- invalid-spec ----------
spec('invalid-spec.boiler-adamw', 2601, boilers(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, T(120, 32));
spec('invalid-spec.volunteer-swish', 2602, vols(), [dense(12, 'swish'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 16));
spec('invalid-spec.firing-keras-loss-name', 2603, firing(), [dense(16, 'relu'), dense(4, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('invalid-spec.ridership-dropout-percent', 2604, rides(), [dense(32, 'relu'), drop(20), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('invalid-spec.register-glorot-init', 2605, locos(), [dense(16, 'tanh', { init: 'glorot_uniform' }), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(100, 32));

// ---------- data-error ----------
spec('data-error.boiler-file-typo', 2611, boilers({ csv: '../data/boiler.csv' }), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('data-error.boiler-target-plural', 2612, boilers({ target: 'fails_exams' }), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('data-error.boiler-exam-date-feature', 2613, boilers({ features: ['exam_date', ...BOIL_F] }), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('data-error.boiler-gaps-export', 2614, boilers({ csv: '../data/boilers-gaps.csv' }), [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32));
spec('data-error.ridership-shared-drive-path', 2615, rides({ csv: '../../../../../../srv/society/ridership.csv' }), [dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('data-error.volunteers-all-columns', 2616, { csv: '../data/volunteers.csv', target: 'renewed', normalize: 'standard' }, [dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));

// ---------- shape-mismatch ----------
spec('shape-mismatch.firing-forgot-banker', 2621, firing(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('shape-mismatch.register-three-classes', 2622, locos(), [dense(16, 'relu'), dense(8, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('shape-mismatch.ridership-two-outputs', 2623, rides(), [dense(16, 'relu'), dense(2)], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('shape-mismatch.ridership-pax-and-revenue-one-unit', 2624, rides({ target: ['passengers', 'revenue_gbp'], features: RIDE_F.filter((f) => f !== 'fare_gbp') }), [dense(24, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('shape-mismatch.iris-two-softmax', 2625, { builtin: 'iris', normalize: 'standard' }, [dense(8, 'relu'), dense(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 16));

// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.firing-sigmoid-cce', 2631, firing(), [dense(16, 'relu'), dense(4, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('loss-activation-mismatch.boiler-linear-bce', 2632, boilers(), [dense(16, 'relu'), dense(1)], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('loss-activation-mismatch.ridership-sigmoid-standardised', 2633, rides(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('loss-activation-mismatch.ridership-relu-head', 2634, rides(), [dense(24, 'relu'), dense(1, 'relu')], 'mse', { type: 'rmsprop', lr: 0.002 }, T(100, 32));
spec('loss-activation-mismatch.register-softmax-mse', 2635, locos(), [dense(16, 'relu'), dense(4, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('loss-activation-mismatch.volunteers-tanh-bce', 2636, vols(), [dense(12, 'relu'), dense(1, 'tanh')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));

// ---------- init-symmetry ----------
spec('init-symmetry.boiler-zeros-hidden', 2641, boilers(), [dense(16, 'relu', { init: 'zeros' }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('init-symmetry.ridership-constant-tanh', 2642, rides(), [dense(12, 'tanh', { init: 'constant', value: 0.1 }), dense(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(100, 32));
spec('init-symmetry.register-constant-second', 2643, locos(), [dense(12, 'relu'), dense(10, 'relu', { init: 'constant', value: 0.2 }), dense(4, 'softmax', { init: 'constant', value: 0.2 })], 'cce', { type: 'adam', lr: 0.003 }, T(120, 32));
spec('init-symmetry.volunteers-all-zeros', 2644, vols(), [dense(10, 'tanh', { init: 'zeros' }), dense(10, 'tanh', { init: 'zeros' }), dense(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'rmsprop', lr: 0.003 }, T(100, 32));

// ---------- init-scale ----------
spec('init-scale.boiler-std8-tanh', 2651, boilers(), [dense(32, 'tanh', { init: 'normal', std: 8 }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('init-scale.ridership-uniform20', 2652, rides(), [dense(32, 'relu', { init: 'uniform', limit: 20 }), dense(16, 'relu', { init: 'uniform', limit: 20 }), dense(1)], 'mse', { type: 'sgd', lr: 0.001 }, T(60, 32));
spec('init-scale.firing-tiny-deep', 2653, firing(), [dense(32, 'tanh', { init: 'normal', std: 1e-4 }), dense(32, 'tanh', { init: 'normal', std: 1e-4 }), dense(32, 'tanh', { init: 'normal', std: 1e-4 }), dense(4, 'softmax', { init: 'normal', std: 1e-4 })], 'cce', { type: 'sgd', lr: 0.05 }, T(80, 32));
spec('init-scale.register-std30', 2654, locos(), [dense(24, 'sigmoid', { init: 'normal', std: 30 }), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32));

// ---------- no-nonlinearity ----------
spec('no-nonlinearity.moons-linear-stack', 2661, { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(16, 'linear'), dense(16, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('no-nonlinearity.circles-default-activations', 2662, { builtin: 'circles', samples: 400, noise: 0.08 }, [dense(16), dense(16), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('no-nonlinearity.firing-linear-hidden', 2663, firing(), [dense(24, 'linear'), dense(12, 'linear'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(120, 32));
spec('no-nonlinearity.volunteers-forgot-activation', 2664, vols(), [dense(16), dense(8), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, T(100, 16));

// ---------- lr-out-of-range ----------
spec('lr-out-of-range.boiler-adam-3', 2671, boilers(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 3 }, T(100, 32));
spec('lr-out-of-range.ridership-sgd-25', 2672, rides(), [dense(16, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 25 }, T(100, 32));
spec('lr-out-of-range.firing-rmsprop-1e-9', 2673, firing(), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 1e-9 }, T(100, 32));
spec('lr-out-of-range.register-sgd-1e-8', 2674, locos(), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 1e-8, momentum: 0.9 }, T(100, 32));

// ---------- dead-relu ----------
spec('dead-relu.boiler-negative-bias', 2681, boilers(), [dense(24, 'relu', { bias: -6 }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, T(100, 32));
spec('dead-relu.firing-sparsity-bias', 2682, firing(), [dense(32, 'relu', { init: 'uniform', limit: 0.05, bias: -0.5 }), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32));
spec('dead-relu.volunteers-second-layer-bias', 2683, vols(), [dense(16, 'relu'), dense(16, 'relu', { bias: -4 }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('dead-relu.moons-adam-blowout', 2684, { builtin: 'moons', samples: 300, noise: 0.1 }, [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.5 }, T(100, 16));
spec('dead-relu.ridership-sgd-kill', 2685, rides(), [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.2, momentum: 0.9 }, T(100, 8));

// ---------- exploding-gradient ----------
spec('exploding-gradient.ridership-raw-target-sgd', 2691, rides({ normalizeTarget: 'none' }), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.01 }, T(60, 32));
spec('exploding-gradient.register-raw-features', 2692, locos({ normalize: 'none' }), [dense(16, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(60, 32));
spec('exploding-gradient.boiler-deep-wide-init', 2693, boilers(), [dense(64, 'relu', { init: 'normal', std: 0.6 }), dense(64, 'relu', { init: 'normal', std: 0.6 }), dense(64, 'relu', { init: 'normal', std: 0.6 }), dense(64, 'relu', { init: 'normal', std: 0.6 }), dense(64, 'relu', { init: 'normal', std: 0.6 }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, T(60, 32));
spec('exploding-gradient.ridership-revenue-raw', 2694, rides({ target: 'revenue_gbp', normalize: 'none', normalizeTarget: 'none' }), [dense(16, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 1e-6, momentum: 0.9 }, T(60, 32));

// ---------- vanishing-gradient ----------
const sig = (k: number, w: number, act = 'sigmoid', extra: J = {}) => Array.from({ length: k }, () => dense(w, act, extra));
spec('vanishing-gradient.boiler-eight-sigmoids', 2701, boilers(), [...sig(8, 16), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('vanishing-gradient.register-seven-sigmoids', 2702, locos(), [...sig(7, 12), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(100, 32));
spec('vanishing-gradient.volunteers-ten-tanh-small-init', 2703, vols(), [...sig(10, 16, 'tanh', { init: 'normal' }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32));
spec('vanishing-gradient.moons-six-sigmoids', 2704, { builtin: 'moons', samples: 300, noise: 0.1 }, [...sig(6, 10), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(150, 16));

// ---------- nan-loss ----------
spec('nan-loss.ridership-raw-everything', 2711, rides({ normalize: 'none', normalizeTarget: 'none' }), [dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.05 }, T(60, 32));
spec('nan-loss.ridership-nesterov-raw-target', 2712, rides({ normalizeTarget: 'none' }), [dense(24, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, T(60, 16));
spec('nan-loss.firing-sgd-5', 2713, firing(), [dense(32, 'relu'), dense(32, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 5 }, T(60, 32));
spec('nan-loss.boiler-raw-miles-relu', 2714, boilers({ normalize: 'none' }), [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(60, 32));

// ---------- lr-too-high ----------
spec('lr-too-high.boiler-sgd-3', 2721, boilers(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3 }, T(100, 32));
spec('lr-too-high.volunteers-adam-03', 2722, vols(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.3 }, T(100, 16));
spec('lr-too-high.register-rmsprop-01', 2723, locos(), [dense(24, 'relu'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.1 }, T(100, 16));
spec('lr-too-high.ridership-momentum-03', 2724, rides(), [dense(24, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.9 }, T(100, 16));
spec('lr-too-high.firing-adam-1', 2725, firing(), [dense(32, 'elu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 1 }, T(100, 32));

// ---------- lr-too-low ----------
spec('lr-too-low.boiler-sgd-1e-4', 2731, boilers(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-4 }, T(60, 32));
spec('lr-too-low.ridership-adam-1e-5', 2732, rides(), [dense(32, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 1e-5 }, T(80, 32));
spec('lr-too-low.firing-rmsprop-1e-6', 2733, firing(), [dense(24, 'tanh'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 1e-6 }, T(80, 32));
spec('lr-too-low.iris-full-batch-sgd', 2734, { builtin: 'iris', normalize: 'standard' }, [dense(8, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 5e-4 }, T(200, 150));

// ---------- saturated-activation ----------
spec('saturated-activation.boiler-raw-tanh', 2741, boilers({ normalize: 'none' }), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('saturated-activation.register-raw-sigmoid', 2742, locos({ normalize: 'none' }), [dense(16, 'sigmoid'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32));
spec('saturated-activation.ridership-raw-sigmoid', 2743, rides({ normalize: 'none' }), [dense(16, 'sigmoid'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.003 }, T(100, 32));
spec('saturated-activation.volunteers-raw-tanh', 2744, vols({ normalize: 'none' }), [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(100, 32));

// ---------- loss-plateau ----------
spec('loss-plateau.xor-sigmoid-full-batch', 2751, { builtin: 'xor', samples: 200, noise: 0.05 }, [dense(4, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(300, 200));
spec('loss-plateau.firing-weight-decay-1', 2752, firing(), [dense(24, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003, weightDecay: 1 }, T(120, 32));
spec('loss-plateau.moons-deep-sigmoid-full-batch', 2753, { builtin: 'moons', samples: 300, noise: 0.1 }, [dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(300, 300));
spec('loss-plateau.boiler-sgd-weight-decay', 2754, boilers(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 0.5 }, T(100, 32));
spec('loss-plateau.ridership-dropout-09', 2755, rides(), [dense(32, 'relu'), drop(0.9), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32));

// ---------- oscillating-loss ----------
spec('oscillating-loss.boiler-momentum-full-batch', 2761, boilers(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.8, momentum: 0.95 }, T(150, 420));
spec('oscillating-loss.ridership-full-batch-sgd', 2762, rides(), [dense(8, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.9 }, T(150, 480));
spec('oscillating-loss.volunteers-rmsprop-batch8', 2763, vols(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.05 }, T(100, 8));
spec('oscillating-loss.moons-adam-batch4', 2764, { builtin: 'moons', samples: 300, noise: 0.2 }, [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.2 }, T(100, 4));

// ---------- healthy ----------
spec('ok.boiler-adam-relu', 2801, boilers(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(120, 32, { validationSplit: 0.2 }));
spec('ok.boiler-sgd-momentum-tanh', 2802, boilers(), [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(150, 32));
spec('ok.boiler-logistic', 2803, boilers({ normalize: 'minmax' }), [dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, T(200, 420));
spec('ok.boiler-batchnorm-dropout', 2804, boilers(), [dense(32, 'relu', { batchNorm: true }), drop(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, T(120, 64));
spec('ok.boiler-rmsprop-elu', 2805, boilers(), [dense(20, 'elu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, T(100, 16));
spec('ok.boiler-nesterov-batch1', 2806, boilers(), [dense(8, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005, momentum: 0.9, nesterov: true }, T(30, 1));
spec('ok.ridership-adam-relu', 2811, rides(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32, { validationSplit: 0.2 }));
spec('ok.ridership-linear-regression', 2812, rides(), [dense(1)], 'mse', { type: 'sgd', lr: 0.05 }, T(150, 480));
spec('ok.ridership-minmax-sigmoid-head', 2813, rides({ normalizeTarget: 'minmax' }), [dense(24, 'tanh'), dense(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.005 }, T(200, 32));
spec('ok.ridership-raw-target-clipped-adam', 2814, rides({ normalizeTarget: 'none' }), [dense(32, 'relu'), dense(1, 'linear', { bias: 900 })], 'mse', { type: 'adam', lr: 0.05, clipNorm: 5 }, T(200, 32));
spec('ok.ridership-rmsprop-elu-deep', 2815, rides(), [dense(32, 'elu'), dense(32, 'elu'), dense(16, 'elu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, T(120, 32));
spec('ok.ridership-revenue-nesterov', 2816, rides({ target: 'revenue_gbp' }), [dense(24, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, T(150, 16));
spec('ok.ridership-pax-and-revenue', 2817, rides({ target: ['passengers', 'revenue_gbp'] }), [dense(32, 'relu'), dense(2)], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32));
spec('ok.ridership-batchnorm-sgd', 2818, rides(), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(100, 32));
spec('ok.firing-adam-relu', 2821, firing(), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(150, 32, { validationSplit: 0.2 }));
spec('ok.firing-softmax-regression', 2822, firing(), [dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.2 }, T(200, 64));
spec('ok.firing-minmax-tanh-rmsprop', 2823, firing({ normalize: 'minmax' }), [dense(24, 'tanh'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(200, 16));
spec('ok.firing-deep-leaky-momentum', 2824, firing(), [dense(32, 'leaky_relu'), dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(16, 'leaky_relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(120, 32));
spec('ok.firing-dropout-weight-decay', 2825, firing(), [dense(48, 'relu'), drop(0.3), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003, weightDecay: 1e-3 }, T(150, 32));
spec('ok.volunteers-adam-relu', 2831, vols(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(100, 32, { validationSplit: 0.25 }));
spec('ok.volunteers-sigmoid-hidden-sgd', 2832, vols(), [dense(8, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.5 }, T(200, 32));
spec('ok.volunteers-logistic-adam', 2833, vols(), [dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(150, 360));
spec('ok.volunteers-elu-nesterov-batch4', 2834, vols(), [dense(12, 'elu'), dense(6, 'elu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, T(60, 4));
spec('ok.volunteers-two-class-softmax', 2835, vols(), [dense(16, 'tanh'), dense(2, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, T(120, 32));
spec('ok.register-adam-relu', 2841, locos(), [dense(24, 'relu'), dense(12, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(150, 32, { validationSplit: 0.2 }));
spec('ok.register-tanh-sgd', 2842, locos(), [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, T(200, 16));
spec('ok.register-minmax-rmsprop-batchnorm', 2843, locos({ normalize: 'minmax' }), [dense(32, 'relu', { batchNorm: true }), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(100, 32));
spec('ok.register-xavier-sigmoid-adam', 2844, locos(), [dense(16, 'sigmoid', { init: 'xavier_normal' }), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(200, 32));
spec('ok.register-lecun-elu-clip', 2845, locos(), [dense(32, 'elu', { init: 'lecun_normal' }), dense(16, 'elu', { init: 'lecun_normal' }), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 1 }, T(100, 32));
spec('ok.iris-adam', 2851, { builtin: 'iris', normalize: 'standard' }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16));
spec('ok.moons-relu-adam', 2852, { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32));
spec('ok.circles-tanh-momentum', 2853, { builtin: 'circles', samples: 400, noise: 0.08 }, [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(200, 32));
spec('ok.spirals-deep-adam', 2854, { builtin: 'spirals', samples: 400, noise: 0.1, classes: 3 }, [dense(48, 'relu'), dense(48, 'relu'), dense(24, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300, 32));
spec('ok.sine-tanh-adam', 2855, { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(24, 'tanh'), dense(24, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.005 }, T(300, 32));
spec('ok.xor-tanh-full-batch', 2856, { builtin: 'xor', samples: 200, noise: 0.05 }, [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, T(300, 200));
spec('ok.blobs-five-rmsprop', 2857, { builtin: 'blobs', samples: 500, classes: 5, noise: 0.5 }, [dense(16, 'relu'), dense(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005 }, T(100, 64));
spec('ok.boiler-wide-sgd-batch-full', 2807, boilers(), [dense(64, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.9 }, T(300, 420));
spec('ok.ridership-tanh-wd-batch2', 2819, rides(), [dense(16, 'tanh'), dense(1)], 'mse', { type: 'sgd', lr: 0.005, weightDecay: 1e-4 }, T(40, 2));
spec('ok.firing-uniform-init-adam', 2826, firing(), [dense(32, 'relu', { init: 'he_uniform' }), dense(4, 'softmax', { init: 'uniform', limit: 0.1 })], 'cce', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('ok.inline-carriage-occupancy', 2858, { inline: { x: [[1, 0], [2, 0], [3, 1], [4, 1], [5, 0], [6, 1], [7, 1], [8, 0], [9, 1], [10, 1], [11, 0], [12, 1]], y: [0.8, 1.1, 2.4, 2.9, 2.1, 3.8, 4.1, 3.0, 4.9, 5.4, 4.2, 6.1] }, normalize: 'standard', normalizeTarget: 'standard' }, [dense(6, 'tanh'), dense(1)], 'mse', { type: 'adam', lr: 0.01 }, T(300, 12));
spec('ok.volunteers-deep-clip-adam', 2836, vols(), [dense(24, 'relu'), dense(24, 'relu'), dense(12, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001, clipNorm: 1 }, T(120, 32));

// ---------- second pass: more oscillating, nan-loss and healthy candidates ----------
spec('oscillating-loss.moons-adam-batch2', 2765, { builtin: 'moons', samples: 300, noise: 0.2 }, [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.1 }, T(100, 2));
spec('oscillating-loss.circles-momentum-batch8', 2766, { builtin: 'circles', samples: 300, noise: 0.1 }, [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.5, momentum: 0.9 }, T(100, 8));
spec('oscillating-loss.firing-rmsprop-batch4', 2767, firing(), [dense(24, 'relu'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.05 }, T(100, 4));
spec('oscillating-loss.register-momentum-batch4', 2768, locos(), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(100, 4));
spec('nan-loss.ridership-raw-linear', 2715, rides({ normalize: 'none', normalizeTarget: 'none' }), [dense(1)], 'mse', { type: 'sgd', lr: 0.01 }, T(50, 16));
spec('nan-loss.sine-sgd-3', 2716, { builtin: 'sine', samples: 200 }, [dense(32, 'relu'), dense(1)], 'mse', { type: 'sgd', lr: 3, momentum: 0.9 }, T(50, 8));
spec('ok.register-nesterov-batch8', 2846, locos(), [dense(20, 'relu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, T(100, 8));
spec('ok.register-deep-tanh-rmsprop', 2847, locos(), [dense(16, 'tanh'), dense(16, 'tanh'), dense(16, 'tanh'), dense(4, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, T(100, 32));
spec('ok.firing-full-batch-adam', 2827, firing(), [dense(32, 'tanh'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(300, 390));
spec('ok.firing-elu-batchnorm-sgd', 2828, firing(), [dense(32, 'elu', { batchNorm: true }), dense(16, 'elu'), dense(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 16));
spec('ok.ridership-leaky-adam-wd', 2820, rides(), [dense(48, 'leaky_relu'), dense(24, 'leaky_relu'), dense(1)], 'mse', { type: 'adam', lr: 0.002, weightDecay: 1e-4 }, T(120, 64));
spec('ok.ridership-rmsprop-batch1', 2829, rides(), [dense(12, 'relu'), dense(1)], 'mse', { type: 'rmsprop', lr: 0.0005 }, T(25, 1));
spec('ok.moons-elu-rmsprop', 2859, { builtin: 'moons', samples: 300, noise: 0.1 }, [dense(16, 'elu'), dense(8, 'elu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(150, 16));
spec('ok.circles-relu-dropout-adam', 2860, { builtin: 'circles', samples: 400, noise: 0.05 }, [dense(32, 'relu'), drop(0.1), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(150, 32));
spec('ok.iris-sigmoid-sgd-minmax', 2861, { builtin: 'iris', normalize: 'minmax' }, [dense(10, 'sigmoid'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(200, 16));
spec('ok.sine-elu-nesterov', 2862, { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'elu'), dense(16, 'elu'), dense(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, T(200, 16));
spec('ok.boiler-long-adam-small-lr', 2808, boilers(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(400, 32));

console.log(`wrote ${n} candidates`);
