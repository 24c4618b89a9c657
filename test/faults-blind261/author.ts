/**
 * Writes every candidate spec of fault set blind261 into candidates/.
 * Run: npx tsx test/faults-blind261/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
let seed = 261;
function put(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/\.nn\.json$/, '').replace(/^[^.]+\./, '');
  const spec = { name, seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}
const d = (units: number, activation?: string, more: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });

const LOADS_F = ['gross_kg', 'net_kg', 'dirt_tare_pct', 'top_tare_pct', 'root_temp_c', 'days_in_clamp', 'potassium_mmol', 'sodium_mmol', 'amino_n_mmol', 'truck_axles'];
const LAB_F = ['root_temp_c', 'days_in_clamp', 'potassium_mmol', 'sodium_mmol', 'amino_n_mmol', 'dirt_tare_pct'];
const FIELD_F = ['soil_ph', 'n_kg_ha', 'rain_30d_mm', 'sowing_doy', 'plants_k_ha', 'leaf_spot_score', 'yellowing_pct', 'root_beard_score', 'crown_rot_score'];
const EVAP_F = ['thin_juice_ph', 'juice_temp_c', 'brix_in', 'brix_out', 'lime_kg_t', 'flow_m3h', 'steam_bar', 'calcium_mg_l'];
const CLAMP_F = ['clamp_temp_c', 'ambient_c', 'days_stored', 'vent_hours', 'frost_nights', 'soil_tare_pct', 'cover'];

const loads = (target: string | string[] = 'sugar_pct', normalize = 'standard', more: J = {}): J => ({ csv: '../data/beet_loads.csv', target, features: LOADS_F, normalize, normalizeTarget: 'standard', ...more });
const lab = (target = 'molasses_loss_pct', normalize = 'standard', more: J = {}): J => ({ csv: '../data/beet_loads.csv', target, features: LAB_F, normalize, normalizeTarget: 'standard', ...more });
const field = (normalize = 'standard', more: J = {}): J => ({ csv: '../data/field_scouting.csv', target: 'diagnosis', features: FIELD_F, normalize, ...more });
const evap = (normalize = 'standard', more: J = {}): J => ({ csv: '../data/evaporator_de.csv', target: 'scale_event', features: EVAP_F, normalize, ...more });
const clampd = (normalize = 'standard', tnorm = 'standard', more: J = {}): J => ({ csv: '../data/clamp_monitor.csv', target: 'sugar_loss_g_t_d', features: CLAMP_F, normalize, normalizeTarget: tnorm, ...more });

const adam = (lr: number, more: J = {}): J => ({ type: 'adam', lr, ...more });
const sgd = (lr: number, more: J = {}): J => ({ type: 'sgd', lr, ...more });
const rms = (lr: number, more: J = {}): J => ({ type: 'rmsprop', lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}): J => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-optimizer', loads(), [d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(100, 32));
put('invalid-spec.swish-activation', field(), [d(24, 'swish'), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
put('invalid-spec.keras-loss-name', evap(), [d(12, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.001), tr(100, 16));
put('invalid-spec.glorot-init', clampd(), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', rms(0.001), tr(100, 32));
put('invalid-spec.validation-percent', lab(), [d(12, 'elu'), d(1)], 'mse', adam(0.002), tr(100, 32, { validationSplit: 20 }));
put('invalid-spec.dropout-keep-prob', field(), [d(32, 'relu'), drop(1.0), d(4, 'softmax')], 'cce', adam(0.002), tr(60, 32));
// data-error
put('data-error.lims-na-markers', { ...loads(), csv: '../data/beet_loads_gaps.csv' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
put('data-error.target-renamed', loads('sugar_content'), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
put('data-error.load-id-feature', { ...loads(), features: ['load_id', ...LOADS_F] }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
put('data-error.timestamp-feature', { ...evap(), features: ['zeitstempel', ...EVAP_F] }, [d(12, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('data-error.next-campaign-file', { ...clampd(), csv: '../data/clamp_monitor_2025.csv' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
put('data-error.shared-drive-path', { ...field(), csv: '../../../../../mnt/agronomy/field_scouting.csv' }, [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 32));
// shape-mismatch
put('shape-mismatch.forgot-rhizoctonia', field(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(80, 32));
put('shape-mismatch.two-targets-one-unit', loads(['sugar_pct', 'molasses_loss_pct']), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
put('shape-mismatch.scale-two-units', evap(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('shape-mismatch.five-classes', field(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(80, 16));
// loss-activation-mismatch
put('loss-activation-mismatch.cce-sigmoid-head', field(), [d(24, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.003), tr(80, 32));
put('loss-activation-mismatch.bce-linear-head', evap(), [d(16, 'relu'), d(1)], 'bce', adam(0.003), tr(100, 32));
put('loss-activation-mismatch.sigmoid-head-raw-sugar', { ...lab('sugar_pct'), normalizeTarget: 'none' }, [d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(100, 32));
put('loss-activation-mismatch.relu-head-standardised', clampd(), [d(24, 'relu'), d(12, 'relu'), d(1, 'relu')], 'mse', adam(0.003), tr(150, 32));
put('loss-activation-mismatch.softmax-mse', field(), [d(24, 'relu'), d(4, 'softmax')], 'mse', adam(0.003), tr(80, 32));
// init-symmetry
put('init-symmetry.zeros-hidden', evap(), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('init-symmetry.constant-hidden', clampd(), [d(20, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(150, 32));
put('init-symmetry.zeros-two-layers', field(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(4, 'softmax')], 'cce', rms(0.002), tr(80, 32));
put('init-symmetry.constant-sigmoid', lab(), [d(12, 'sigmoid', { init: { name: 'constant', value: 0.05 } }), d(1)], 'mse', adam(0.005), tr(150, 16));
// init-scale
put('init-scale.normal-std-5', evap(), [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), d(16, 'tanh', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100, 32));
put('init-scale.uniform-limit-20', clampd(), [d(24, 'relu', { init: { name: 'uniform', limit: 20 } }), d(24, 'relu', { init: { name: 'uniform', limit: 20 } }), d(1)], 'mse', sgd(0.001), tr(100, 32));
put('init-scale.tiny-std-deep', field(), [d(32, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(4, 'softmax', { init: { name: 'normal', std: 1e-5 } })], 'cce', sgd(0.01), tr(80, 32));
put('init-scale.normal-std-3-loads', loads(), [d(32, 'relu', { init: { name: 'normal', std: 3 } }), d(16, 'relu', { init: { name: 'normal', std: 3 } }), d(1, undefined, { init: { name: 'normal', std: 3 } })], 'mse', sgd(0.001, { momentum: 0.9 }), tr(100, 32));
// no-nonlinearity
put('no-nonlinearity.linear-stack-clamp', clampd(), [d(32, 'linear'), d(32, 'linear'), d(1)], 'mse', adam(0.003), tr(150, 32));
put('no-nonlinearity.default-activation-field', field(), [d(32), d(16), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
put('no-nonlinearity.linear-circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
put('no-nonlinearity.linear-moons-sgd', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(24), d(12), d(8), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(150, 16));
// lr-out-of-range
put('lr-out-of-range.zero-rate', evap(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0), tr(100, 32));
put('lr-out-of-range.negative-rate', clampd(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01, { momentum: 0.9 }), tr(100, 32));
put('lr-out-of-range.adam-rate-20', field(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(20), tr(80, 32));
put('lr-out-of-range.rmsprop-rate-1e-9', lab(), [d(16, 'tanh'), d(1)], 'mse', rms(1e-9), tr(100, 32));
put('lr-out-of-range.sgd-rate-500', loads(), [d(16, 'relu'), d(1)], 'mse', sgd(500), tr(60, 32));
// dead-relu
put('dead-relu.negative-bias', clampd(), [d(24, 'relu', { bias: -6 }), d(12, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.001), tr(150, 32));
put('dead-relu.raw-weights-sgd', { ...loads('sugar_pct', 'none') }, [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(60, 16));
put('dead-relu.bias-minus-3-field', field(), [d(32, 'relu', { bias: -3 }), d(4, 'softmax')], 'cce', sgd(0.01), tr(100, 32));
put('dead-relu.high-rate-kill', evap(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(3), tr(60, 8));
// exploding-gradient
put('exploding-gradient.raw-kg-features', { ...loads('sugar_pct', 'none'), normalizeTarget: 'none' }, [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), tr(60, 32));
put('exploding-gradient.raw-loss-target', clampd('standard', 'none'), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 32));
put('exploding-gradient.deep-std1-init', lab(), [1, 2, 3, 4, 5, 6].map(() => d(32, 'relu', { init: { name: 'normal', std: 1 } })).concat([d(1)]), 'mse', sgd(0.001), tr(60, 32));
put('exploding-gradient.raw-evap-linear', evap('none'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(80, 16));
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid', field(), [1, 2, 3, 4, 5, 6, 7, 8].map(() => d(16, 'sigmoid')).concat([d(4, 'softmax')]), 'cce', sgd(0.05), tr(80, 32));
put('vanishing-gradient.deep-tanh-small-init', clampd(), [1, 2, 3, 4, 5, 6].map(() => d(24, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(1)]), 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 32));
put('vanishing-gradient.sigmoid-stack-evap', evap(), [1, 2, 3, 4, 5, 6, 7].map(() => d(12, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'sigmoid')]), 'bce', sgd(0.1), tr(80, 32));
put('vanishing-gradient.deep-sigmoid-loads', loads(), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => d(10, 'sigmoid')).concat([d(1)]), 'mse', rms(0.0001), tr(80, 32));
// nan-loss
put('nan-loss.raw-everything-sgd', { ...clampd('none', 'none') }, [d(16, 'relu'), d(1)], 'mse', sgd(0.1), tr(40, 32));
put('nan-loss.gross-kg-linear', { ...loads('sugar_pct', 'none'), normalizeTarget: 'none' }, [d(8), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), tr(40, 16));
put('nan-loss.momentum-rate-5', lab(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(5, { momentum: 0.9 }), tr(40, 16));
put('nan-loss.rmsprop-raw-target', clampd('minmax', 'none'), [d(16, 'elu'), d(1)], 'mse', sgd(0.2), tr(40, 8));
// lr-too-high
put('lr-too-high.adam-0.5-field', field(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.5), tr(80, 32));
put('lr-too-high.sgd-1.5-clamp', clampd(), [d(24, 'tanh'), d(1)], 'mse', sgd(1.5), tr(100, 32));
put('lr-too-high.rmsprop-0.2-evap', evap(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.2), tr(80, 32));
put('lr-too-high.nesterov-0.8-loads', loads(), [d(32, 'relu'), d(1)], 'mse', sgd(0.8, { momentum: 0.9, nesterov: true }), tr(80, 32));
put('lr-too-high.adam-0.3-lab', lab(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', adam(0.3), tr(100, 16));
// lr-too-low
put('lr-too-low.sgd-1e-5-field', field(), [d(24, 'relu'), d(4, 'softmax')], 'cce', sgd(1e-5), tr(80, 32));
put('lr-too-low.adam-1e-6-clamp', clampd(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(1e-6), tr(100, 32));
put('lr-too-low.rmsprop-3e-7-evap', evap(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(3e-7), tr(100, 32));
put('lr-too-low.momentum-1e-6-loads', loads(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(1e-6, { momentum: 0.9 }), tr(100, 64));
put('lr-too-low.full-batch-sgd-lab', lab(), [d(16, 'tanh'), d(1)], 'mse', sgd(1e-4), tr(150, 480));
// saturated-activation
put('saturated-activation.sigmoid-raw-kg', { ...loads('sugar_pct', 'none') }, [d(16, 'sigmoid'), d(1)], 'mse', adam(0.001), tr(100, 32));
put('saturated-activation.tanh-std-4', field(), [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(4, 'softmax')], 'cce', adam(0.001), tr(80, 32));
put('saturated-activation.sigmoid-raw-evap', evap('none'), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100, 32));
put('saturated-activation.tanh-bias-8', clampd(), [d(24, 'tanh', { bias: 8 }), d(1)], 'mse', rms(0.001), tr(100, 32));
// loss-plateau
put('loss-plateau.weight-decay-1', field(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003, { weightDecay: 1 }), tr(80, 32));
put('loss-plateau.dropout-0.95', evap(), [d(32, 'relu'), drop(0.95), d(16, 'relu'), drop(0.95), d(1, 'sigmoid')], 'bce', adam(0.002), tr(100, 32));
put('loss-plateau.deep-sigmoid-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(200, 32));
put('loss-plateau.clip-1e-4', clampd(), [d(24, 'relu'), d(1)], 'mse', sgd(0.01, { clipNorm: 1e-4 }), tr(100, 32));
put('loss-plateau.decay-0.5-loads', loads(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9, weightDecay: 0.5 }), tr(100, 32));
// oscillating-loss
put('oscillating-loss.adam-0.05-batch-1', lab(), [d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(40, 1));
put('oscillating-loss.momentum-0.99', clampd(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.1, { momentum: 0.99 }), tr(100, 32));
put('oscillating-loss.rmsprop-0.03-batch-2', evap(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.03), tr(40, 2));
put('oscillating-loss.sgd-full-batch-edge', loads(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.9), tr(150, 480));
put('oscillating-loss.adam-0.08-batch-4-evap', evap(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.08), tr(60, 4));
put('oscillating-loss.momentum-0.3-batch-8-field', field(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.3, { momentum: 0.95 }), tr(60, 8));

// ---------------- healthy ----------------
put('ok.loads-sugar-adam', loads(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120, 32));
put('ok.loads-sugar-sgd-momentum', loads(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.02, { momentum: 0.9 }), tr(120, 32));
put('ok.loads-molasses-rmsprop', loads('molasses_loss_pct'), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120, 32));
put('ok.loads-two-targets', loads(['sugar_pct', 'molasses_loss_pct']), [d(32, 'relu'), d(2)], 'mse', adam(0.003), tr(120, 32));
put('ok.loads-minmax-nesterov', loads('sugar_pct', 'minmax'), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.9, nesterov: true }), tr(150, 16));
put('ok.loads-batchnorm-dropout', loads(), [d(48, 'relu', { batchNorm: true }), drop(0.1), d(24, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(100, 32, { validationSplit: 0.2 }));
put('ok.loads-linear-regression', loads(), [d(1)], 'mse', sgd(0.05), tr(100, 32));
put('ok.lab-molasses-batch1', lab(), [d(12, 'tanh'), d(1)], 'mse', sgd(0.003), tr(40, 1));
put('ok.lab-full-batch-adam', lab(), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(400, 480));
put('ok.lab-sugar-weight-decay', lab('sugar_pct'), [d(24, 'elu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.001 }), tr(120, 32));
put('ok.lab-deep-narrow-clip', lab(), [d(12, 'relu'), d(12, 'relu'), d(12, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.002, { clipNorm: 1 }), tr(150, 32));
put('ok.field-adam', field(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
put('ok.field-tanh-sgd', field(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
put('ok.field-minmax-rmsprop', field('minmax'), [d(32, 'elu'), d(16, 'elu'), d(4, 'softmax')], 'cce', rms(0.002), tr(100, 16));
put('ok.field-dropout-val', field(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.2), d(4, 'softmax')], 'cce', adam(0.002), tr(100, 32, { validationSplit: 0.25 }));
put('ok.field-softmax-regression', field(), [d(4, 'softmax')], 'cce', adam(0.02), tr(100, 32));
put('ok.field-batch-4-nesterov', field(), [d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', sgd(0.01, { momentum: 0.9, nesterov: true }), tr(40, 4));
put('ok.field-batchnorm-sgd', field('none'), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(80, 32));
put('ok.evap-adam', evap(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('ok.evap-logistic-sgd', evap(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 32));
put('ok.evap-tanh-rmsprop', evap(), [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(100, 16));
put('ok.evap-wide-dropout', evap(), [d(96, 'relu'), drop(0.4), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100, 32, { validationSplit: 0.2 }));
put('ok.evap-minmax-momentum', evap('minmax'), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), tr(150, 32));
put('ok.evap-batchnorm-raw', evap('none'), [d(24, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('ok.evap-full-batch-rmsprop', evap(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(400, 400));
put('ok.clamp-adam', clampd(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
put('ok.clamp-tanh-momentum', clampd(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(150, 32));
put('ok.clamp-minmax-target', clampd('minmax', 'minmax'), [d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(200, 32));
put('ok.clamp-rmsprop-batch-8', clampd(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(100, 8));
put('ok.clamp-deep-clip-nesterov', clampd(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.01, { momentum: 0.9, nesterov: true, clipNorm: 5 }), tr(150, 32));
put('ok.clamp-sigmoid-hidden', clampd(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(200, 32));
put('ok.clamp-uniform-init', clampd(), [d(24, 'relu', { init: { name: 'uniform', limit: 0.3 } }), d(1, undefined, { init: { name: 'uniform', limit: 0.3 } })], 'mse', adam(0.003), tr(150, 32));
put('ok.moons-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 32));
put('ok.circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), tr(200, 32));
put('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(12, 'relu'), d(3, 'softmax')], 'cce', rms(0.003), tr(150, 16));
put('ok.sine-elu', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(300, 32));
put('ok.blobs-four-classes', { builtin: 'blobs', samples: 300, classes: 4, normalize: 'standard' }, [d(8, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05), tr(100, 16));
put('ok.spirals-deep', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 2 }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300, 32));
put('ok.xor-inline-sugar-grade', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(300, 4));
put('ok.inline-polarisation-regression', { inline: { x: [[16.1, 2.1], [17.4, 1.8], [18.2, 1.5], [15.2, 2.6], [17.0, 2.0], [18.8, 1.3], [16.6, 2.2], [17.9, 1.7], [15.8, 2.4], [18.5, 1.4]], y: [13.2, 14.8, 15.9, 11.9, 14.2, 16.7, 13.6, 15.4, 12.7, 16.3] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(4, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 10));
put('ok.loads-lecun-elu-batch-2', loads(), [d(16, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.002), tr(30, 2));
put('ok.field-he-uniform-adam-batch-1', field(), [d(16, 'relu', { init: 'he_uniform' }), d(4, 'softmax')], 'cce', adam(0.0005), tr(30, 1));
console.log(`wrote ${fs.readdirSync(out).length} candidates`);
