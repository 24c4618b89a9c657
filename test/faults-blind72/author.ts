/**
 * Writes every candidate spec of the seventy-second blind fault set into `candidates/`:
 * `npx tsx test/faults-blind72/author.ts`. Faulty candidates are named `<code>.<slug>`, healthy ones
 * `ok.<slug>`; write-manifest.py files them (by what test/faults/observe.ts showed) into faulty/,
 * healthy/ or dropped/. Theme: mining, oil and gas (drill-core assays, well logs, pump telemetry,
 * daily production, haul-truck cycles), on the CSVs of data/ and some builtin data sets.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;

const OUT = path.join(__dirname, 'candidates');

const ASSAY_F = ['from_m', 'density', 'magsus', 'cu_ppm', 'as_ppm', 's_pct'];
const WELL_F = ['depth_ft', 'gr_api', 'rdeep_ohmm', 'nphi', 'rhob', 'pef'];
const PUMP_F = ['suction_kpa', 'discharge_kpa', 'flow_m3h', 'vibration_mms', 'bearing_temp_c', 'motor_amps', 'run_hours'];
const PROD_F = ['days_on', 'choke_64ths', 'thp_psi', 'water_cut', 'gor_scf_bbl'];
const HAUL_F = ['payload_t', 'haul_km', 'ramp_grade_pct', 'queue_trucks', 'night'];

function csv(file: string, target: string, features: string[] | undefined, normalize = 'standard', normalizeTarget?: string): Json {
  const d: Json = { csv: `../data/${file}`, target };
  if (features) d.features = features;
  d.normalize = normalize;
  if (normalizeTarget) d.normalizeTarget = normalizeTarget;
  return d;
}
const assays = (target: string, normalize = 'standard', normalizeTarget?: string) => csv('assays.csv', target, ASSAY_F, normalize, normalizeTarget);
const wells = (target: string, normalize = 'standard', normalizeTarget?: string) => csv('welllogs.csv', target, WELL_F, normalize, normalizeTarget);
const pumps = (normalize = 'standard') => csv('pumps.csv', 'failure', PUMP_F, normalize);
const prod = (normalize = 'standard', normalizeTarget = 'standard') => csv('production.csv', 'oil_bbl_d', PROD_F, normalize, normalizeTarget);
const haul = (target: string, normalize = 'standard', normalizeTarget?: string) => csv('haul.csv', target, HAUL_F, normalize, normalizeTarget);

function dense(units: number, activation?: string, extra: Json = {}): Json {
  const l: Json = { type: 'dense', units };
  if (activation) l.activation = activation;
  return { ...l, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

function spec(name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 7): Json {
  return { name, seed, data, layers, loss, optimizer, training };
}

const candidates: Record<string, Json> = {};
function add(file: string, s: Json): void {
  if (candidates[file]) throw new Error(`duplicate candidate ${file}`);
  candidates[file] = s;
}

// ---------------------------------------------------------------- healthy
add('ok.assays-rock-adam', spec('rock type from core assays', assays('rock'), [dense(16, 'relu'), dense(8, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.01), train(120)));
add('ok.assays-logau-adam', spec('log10 Au grade', assays('log_au', 'standard', 'standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.005), train(150)));
add('ok.assays-au-gpt-target-scaled', spec('Au g/t, target standardised', assays('au_gpt', 'standard', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(200)));
add('ok.assays-rock-momentum-tanh', spec('rock type, tanh, momentum', assays('rock', 'minmax'), [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(150)));
add('ok.assays-rock-rmsprop-dropout', spec('rock type with dropout', assays('rock'), [dense(32, 'relu'), drop(0.1), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.003), train(100)));
add('ok.assays-rock-sgd-decay-clip', spec('rock type, small batches, decay and clip', assays('rock'), [dense(12, 'elu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.02, { weightDecay: 1e-4, clipNorm: 5 }), train(60, 8)));
add('ok.assays-logau-nesterov', spec('log Au, nesterov', assays('log_au', 'standard', 'standard'), [dense(24, 'tanh'), dense(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), train(150)));
add('ok.wells-lith-adam', spec('lithology from logs', wells('lith'), [dense(12, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('ok.wells-lith-sgd-elu', spec('lithology, plain sgd', wells('lith'), [dense(16, 'elu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.1), train(100, 16)));
add('ok.wells-logperm-rmsprop', spec('log permeability', wells('log_perm', 'standard', 'standard'), [dense(16, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.002), train(150)));
add('ok.wells-logperm-batchnorm', spec('log permeability, batch norm', wells('log_perm', 'standard', 'standard'), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(120)));
add('ok.wells-lith-leaky-minmax', spec('lithology, leaky relu, minmax', wells('lith', 'minmax'), [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.005, { weightDecay: 1e-4 }), train(150)));
add('ok.wells-lith-validation', spec('lithology with hold-out', wells('lith'), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.01), train(100, 32, { validationSplit: 0.2 })));
add('ok.wells-lith-sigmoid-hidden', spec('lithology, sigmoid hidden', wells('lith'), [dense(16, 'sigmoid', { init: 'xavier_normal' }), dense(4, 'softmax')], 'cce', opt('adam', 0.01), train(150)));
add('ok.pumps-failure-adam', spec('pump failure flag', pumps(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100)));
add('ok.pumps-failure-rmsprop-clip', spec('pump failure, rmsprop', pumps(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002, { clipNorm: 1 }), train(100, 64)));
add('ok.pumps-failure-momentum-tanh', spec('pump failure, tanh', pumps(), [dense(12, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(100)));
add('ok.pumps-failure-dropout-bigbatch', spec('pump failure, dropout', pumps(), [dense(32, 'relu'), drop(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 128)));
add('ok.pumps-failure-normal-init', spec('pump failure, normal init', pumps(), [dense(16, 'relu', { init: { name: 'normal', std: 0.2 } }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(120)));
add('ok.prod-oil-adam', spec('daily oil rate', prod(), [dense(16, 'relu'), dense(8, 'relu'), dense(1)], 'mse', opt('adam', 0.005), train(200)));
add('ok.prod-oil-minmax-momentum', spec('oil rate, minmax target', prod('standard', 'minmax'), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), train(200)));
add('ok.prod-oil-rmsprop-elu', spec('oil rate, elu', prod(), [dense(24, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.003), train(200)));
add('ok.prod-oil-validation', spec('oil rate with hold-out', prod(), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.01), train(200, 32, { validationSplit: 0.2 })));
add('ok.haul-cycle-adam', spec('truck cycle minutes', haul('cycle_min', 'standard', 'standard'), [dense(8, 'relu'), dense(1)], 'mse', opt('adam', 0.01), train(100)));
add('ok.haul-band-tanh', spec('delay band', haul('delay_band'), [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(120)));
add('ok.haul-cycle-sgd-small-batch', spec('cycle minutes, small batch', haul('cycle_min', 'standard', 'standard'), [dense(12, 'leaky_relu'), dense(1)], 'mse', opt('sgd', 0.02), train(60, 8)));
add('ok.haul-band-rmsprop-bn', spec('delay band, batch norm', haul('delay_band'), [dense(16, 'relu', { batchNorm: true }), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.003), train(100)));
add('ok.haul-cycle-inits', spec('cycle minutes, explicit inits', haul('cycle_min', 'minmax', 'standard'), [dense(16, 'relu', { init: 'he_uniform' }), dense(8, 'tanh', { init: 'lecun_normal' }), dense(1)], 'mse', opt('adam', 0.005), train(150)));
add('ok.haul-band-momentum-deep', spec('delay band, deeper', haul('delay_band'), [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.9 }), train(100)));
add('ok.orebody-domains-blobs', spec('ore domains in plan (blobs)', { builtin: 'blobs', classes: 3, samples: 300, normalize: 'standard' }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(80)));
add('ok.alteration-halo-circles', spec('alteration halo around the stock (circles)', { builtin: 'circles', samples: 300, noise: 0.08 }, [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(200)));
add('ok.fault-blocks-moons', spec('fault blocks (moons)', { builtin: 'moons', samples: 300 }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), train(150)));
add('ok.seasonal-pressure-sine', spec('seasonal line pressure (sine)', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(16, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.01), train(300)));
add('ok.offset-blocks-xor', spec('offset blocks (xor)', { builtin: 'xor', samples: 300 }, [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.03), train(200)));
add('ok.vein-swarms-spirals', spec('two vein swarms (spirals)', { builtin: 'spirals', samples: 400, noise: 0.05 }, [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(400)));
add('ok.iris-pilot', spec('pilot on iris before the core data', { builtin: 'iris', normalize: 'standard' }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16)));
add('ok.domains-blobs-sgd', spec('four ore domains, sgd', { builtin: 'blobs', classes: 4, samples: 400 }, [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.1), train(100)));

// ---------------------------------------------------------------- invalid-spec
add('invalid-spec.activation-keras-class', spec('rock type', assays('rock'), [dense(16, 'ReLU'), dense(8, 'ReLU'), dense(4, 'Softmax')], 'cce', opt('adam', 0.01), train(100)));
add('invalid-spec.learning-rate-key', spec('pump failure', pumps(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', learning_rate: 0.001 }, train(100)));
add('invalid-spec.loss-keras-name', spec('pump failure', pumps(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.005), train(100)));
add('invalid-spec.batch-size-snake', spec('oil rate', prod(), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.005), { epochs: 200, batch_size: 64 }));

// ---------------------------------------------------------------- data-error
add('data-error.assay-bdl-strings', spec('Au g/t from the lab export', csv('assays-bdl.csv', 'log_au', ASSAY_F, 'standard', 'standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.005), train(150)));
add('data-error.historian-gaps', spec('pump failure from historian export', csv('pumps-gaps.csv', 'failure', PUMP_F), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100)));
add('data-error.target-lithology-typo', spec('lithology', csv('welllogs.csv', 'lithology', WELL_F), [dense(12, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('data-error.core-summary-four-rows', spec('Au per hole from the summary', csv('core-summary.csv', 'mean_au_gpt', ['mean_density', 'mean_cu_ppm', 'max_depth_m'], 'standard', 'standard'), [dense(8, 'relu'), dense(1)], 'mse', opt('adam', 0.01), train(100)));
add('data-error.lith-string-as-feature', spec('log permeability, every column', csv('welllogs.csv', 'log_perm', undefined, 'standard', 'standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.005), train(100)));
add('data-error.missing-export-file', spec('pump failure 2024', csv('pumps_2024.csv', 'failure', PUMP_F), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100)));
add('data-error.feature-column-renamed', spec('cycle minutes', csv('haul.csv', 'cycle_min', ['payload_t', 'haul_dist_km', 'ramp_grade_pct', 'queue_trucks'], 'standard', 'standard'), [dense(8, 'relu'), dense(1)], 'mse', opt('adam', 0.01), train(100)));

// ---------------------------------------------------------------- shape-mismatch
add('shape-mismatch.lith-three-outputs', spec('lithology, dolomite forgotten', wells('lith'), [dense(12, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('shape-mismatch.band-two-outputs', spec('delay band as binary', haul('delay_band'), [dense(16, 'relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('shape-mismatch.failure-two-sigmoids', spec('pump failure, one-hot habit', pumps(), [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', opt('adam', 0.005), train(100)));
add('shape-mismatch.oil-three-phase-head', spec('oil, gas, water head on an oil-only file', prod(), [dense(16, 'relu'), dense(3)], 'mse', opt('adam', 0.005), train(150)));
add('shape-mismatch.rock-six-outputs', spec('rock type, six-class head from another site', assays('rock'), [dense(16, 'relu'), dense(6, 'softmax')], 'cce', opt('adam', 0.01), train(100)));

// ---------------------------------------------------------------- loss-activation-mismatch
add('loss-activation-mismatch.failure-linear-bce', spec('pump failure, linear output', pumps(), [dense(16, 'relu'), dense(1)], 'bce', opt('adam', 0.005), train(100)));
add('loss-activation-mismatch.oil-sigmoid-output', spec('oil rate, sigmoid output', prod(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.005), train(200)));
add('loss-activation-mismatch.logau-sigmoid-output', spec('log Au, sigmoid output', assays('log_au', 'standard', 'standard'), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.005), train(150)));
add('loss-activation-mismatch.band-sigmoid-cce', spec('delay band, sigmoid head', haul('delay_band'), [dense(16, 'relu'), dense(3, 'sigmoid')], 'cce', opt('adam', 0.01), train(100)));
add('loss-activation-mismatch.failure-softmax-single', spec('pump failure, softmax single unit', pumps(), [dense(16, 'relu'), dense(1, 'softmax')], 'bce', opt('adam', 0.005), train(100)));

// ---------------------------------------------------------------- init-symmetry
add('init-symmetry.rock-zeros', spec('rock type, zero start', assays('rock'), [dense(16, 'tanh', { init: 'zeros' }), dense(8, 'tanh', { init: 'zeros' }), dense(4, 'softmax', { init: 'zeros' })], 'cce', opt('adam', 0.01), train(100)));
add('init-symmetry.pumps-constant', spec('pump failure, constant init', pumps(), [dense(16, 'relu', { init: { name: 'constant', value: 0.1 } }), dense(8, 'relu', { init: { name: 'constant', value: 0.1 } }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100)));
add('init-symmetry.logperm-zeros', spec('log permeability, zero hidden', wells('log_perm', 'standard', 'standard'), [dense(16, 'tanh', { init: 'zeros' }), dense(16, 'tanh', { init: 'zeros' }), dense(1)], 'mse', opt('rmsprop', 0.002), train(150)));

// ---------------------------------------------------------------- init-scale
add('init-scale.lith-std-two', spec('lithology, wide init', wells('lith'), [dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(100)));
add('init-scale.oil-uniform-five', spec('oil rate, uniform 5', prod(), [dense(32, 'tanh', { init: { name: 'uniform', limit: 5 } }), dense(32, 'tanh', { init: { name: 'uniform', limit: 5 } }), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('init-scale.cycle-tiny-deep', spec('cycle minutes, tiny init', haul('cycle_min', 'standard', 'standard'), [dense(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), dense(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), dense(16, 'tanh', { init: { name: 'normal', std: 1e-4 } }), dense(1, 'linear', { init: { name: 'normal', std: 1e-4 } })], 'mse', opt('sgd', 0.01), train(100)));

// ---------------------------------------------------------------- no-nonlinearity
add('no-nonlinearity.halo-circles-linear', spec('alteration halo, activations left out', { builtin: 'circles', samples: 300, noise: 0.08 }, [dense(16), dense(16), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(150)));
add('no-nonlinearity.blocks-xor-linear', spec('offset blocks, linear hidden', { builtin: 'xor', samples: 300 }, [dense(16, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.02), train(150)));
add('no-nonlinearity.oil-decline-linear', spec('oil decline, linear hidden', prod(), [dense(32), dense(16), dense(1)], 'mse', opt('adam', 0.005), train(200)));

// ---------------------------------------------------------------- lr-out-of-range
add('lr-out-of-range.adam-five', spec('pump failure, adam 5', pumps(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 5), train(100)));
add('lr-out-of-range.rmsprop-twenty', spec('rock type, rmsprop 20', assays('rock'), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('rmsprop', 20), train(100)));
add('lr-out-of-range.sgd-1e-8', spec('cycle minutes, sgd 1e-8', haul('cycle_min', 'standard', 'standard'), [dense(8, 'relu'), dense(1)], 'mse', opt('sgd', 1e-8), train(100)));
add('lr-out-of-range.sgd-three-hundred', spec('lithology, lr 300', wells('lith'), [dense(12, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 300), train(100)));

// ---------------------------------------------------------------- dead-relu
add('nan-loss.assays-raw-ppm-sgd', spec('Au g/t on raw assay units', assays('log_au', 'none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01), train(100)));
add('dead-relu.wells-raw-adam', spec('lithology on raw logs', wells('lith', 'none'), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.05), train(100)));
add('dead-relu.pumps-negative-bias', spec('pump failure, negative bias', pumps(), [dense(16, 'relu', { bias: -4 }), dense(8, 'relu', { bias: -4 }), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));
add('dead-relu.cycle-high-lr-relu', spec('cycle minutes, raw target, big step', haul('cycle_min'), [dense(16, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.02), train(100)));

// ---------------------------------------------------------------- exploding-gradient
add('exploding-gradient.oil-raw-target-deep', spec('oil rate, barrels as they are', prod('standard', 'none'), [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.001, { clipNorm: 10 }), train(100)));
add('exploding-gradient.perm-md-raw', spec('permeability mD, raw', wells('perm_md', 'standard'), [dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.001), train(100)));
add('exploding-gradient.deep-raw-pumps', spec('pump failure, deep on raw readings', pumps('none'), [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.001), train(60)));

// ---------------------------------------------------------------- vanishing-gradient
add('vanishing-gradient.rock-sigmoid-stack', spec('rock type, sigmoid stack', assays('rock'), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05), train(100)));
add('vanishing-gradient.pumps-sigmoid-deep', spec('pump failure, deep sigmoid', pumps(), [dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(60)));
add('vanishing-gradient.logperm-sigmoid-eight', spec('log perm, eight sigmoid layers', wells('log_perm', 'standard', 'standard'), [8, 8, 8, 8, 8, 8, 8, 8].map((u) => dense(u, 'sigmoid')).concat([dense(1)]), 'mse', opt('sgd', 0.02, { momentum: 0.5 }), train(100)));

// ---------------------------------------------------------------- nan-loss
add('nan-loss.oil-raw-everything', spec('oil rate, nothing scaled', prod('none', 'none'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01), train(100)));
add('nan-loss.pumps-epoch-timestamp', spec('motor current from all telemetry incl. timestamp', csv('pumps.csv', 'motor_amps', ['ts', 'suction_kpa', 'discharge_kpa', 'flow_m3h', 'vibration_mms'], 'none'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.001), train(50)));
add('nan-loss.cycle-raw-sgd-big', spec('cycle minutes raw, sgd 0.1', haul('cycle_min', 'none'), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), train(100)));

// ---------------------------------------------------------------- lr-too-high
add('lr-too-high.rock-adam-03', spec('rock type, adam 0.3', assays('rock'), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.3), train(100)));
add('nan-loss.logperm-momentum-05', spec('log perm, sgd 0.5 momentum', wells('log_perm', 'standard', 'standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.5, { momentum: 0.9 }), train(100)));
add('lr-too-high.cycle-rmsprop-01', spec('cycle minutes, rmsprop 0.1', haul('cycle_min', 'standard', 'standard'), [dense(16, 'relu'), dense(8, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.1), train(100)));
add('lr-too-high.lith-sgd-3', spec('lithology, sgd 3', wells('lith'), [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', opt('sgd', 3), train(100)));

// ---------------------------------------------------------------- lr-too-low
add('lr-too-low.pumps-sgd-1e-4', spec('pump failure, sgd 1e-4', pumps(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 1e-4), train(50)));
add('lr-too-low.lith-adam-1e-5', spec('lithology, adam 1e-5', wells('lith'), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 1e-5), train(40)));
add('lr-too-low.oil-sgd-1e-4', spec('oil rate, sgd 1e-4', prod(), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 1e-4), train(60)));

// ---------------------------------------------------------------- saturated-activation
add('saturated-activation.rock-tanh-raw', spec('rock type, tanh on raw assays', assays('rock', 'none'), [dense(16, 'tanh'), dense(8, 'tanh'), dense(4, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('saturated-activation.pumps-sigmoid-raw', spec('pump failure, sigmoid on raw kPa', pumps('none'), [dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100)));
add('saturated-activation.lith-tanh-raw-depth', spec('lithology, tanh on raw depth ft', wells('lith', 'none'), [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.005), train(100)));

// ---------------------------------------------------------------- loss-plateau
add('loss-plateau.oil-weight-decay-half', spec('oil rate, heavy decay', prod(), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.005, { weightDecay: 0.5 }), train(150)));
add('loss-plateau.band-decay-rmsprop', spec('delay band, decay 1', haul('delay_band'), [dense(16, 'tanh'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.003, { weightDecay: 1 }), train(100)));
add('loss-plateau.rock-dropout-09', spec('rock type, dropout 0.9', assays('rock'), [dense(8, 'relu'), drop(0.9), dense(8, 'relu'), drop(0.9), dense(4, 'softmax')], 'cce', opt('adam', 0.005), train(100)));

// ---------------------------------------------------------------- oscillating-loss
add('oscillating-loss.cycle-momentum-099', spec('cycle minutes, momentum 0.99', haul('cycle_min', 'standard', 'standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(100)));
add('oscillating-loss.lith-batch4-sgd', spec('lithology, batch 4, sgd 0.5', wells('lith'), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.5), train(60, 4)));
add('oscillating-loss.oil-rmsprop-005', spec('oil rate, rmsprop 0.05', prod(), [dense(16, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.05), train(150)));
add('oscillating-loss.logau-adam-02-batch8', spec('log Au, adam 0.2, batch 8', assays('log_au', 'standard', 'standard'), [dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.2), train(100, 8)));

// ---------------------------------------------------------------- second round (after the first observe pass)
add('ok.offset-blocks-xor-relu', spec('offset blocks (xor), relu', { builtin: 'xor', samples: 300 }, [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200)));
add('ok.haul-band-rmsprop-bn-slow', spec('delay band, batch norm, gentler', haul('delay_band'), [dense(16, 'relu', { batchNorm: true }), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.001), train(150, 64)));
add('init-symmetry.lith-constant', spec('lithology, constant init', wells('lith'), [dense(16, 'relu', { init: { name: 'constant', value: 0.05 } }), dense(8, 'relu', { init: { name: 'constant', value: 0.05 } }), dense(4, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('init-scale.lith-std-two-sgd', spec('lithology, wide init, sgd', wells('lith'), [dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(4, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(100)));
add('init-scale.pumps-uniform-three-sigmoid', spec('pump failure, uniform 3 sigmoid', pumps(), [dense(32, 'sigmoid', { init: { name: 'uniform', limit: 3 } }), dense(32, 'sigmoid', { init: { name: 'uniform', limit: 3 } }), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(80)));
add('loss-plateau.oil-weight-decay-three', spec('oil rate, decay 3', prod(), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.005, { weightDecay: 3 }), train(150)));
add('lr-too-low.oil-sgd-2e-5', spec('oil rate, sgd 2e-5', prod(), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 2e-5), train(60)));
add('lr-too-low.rock-rmsprop-1e-6', spec('rock type, rmsprop 1e-6', assays('rock'), [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('rmsprop', 1e-6), train(50)));
add('lr-too-high.cycle-fullbatch-sgd', spec('cycle minutes, full batch sgd 0.9', haul('cycle_min', 'standard', 'standard'), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.9), train(100, 400)));
add('oscillating-loss.logperm-rmsprop-fullbatch', spec('log perm, rmsprop 0.03 full batch', wells('log_perm', 'standard', 'standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.03), train(100, 480)));
add('oscillating-loss.pumps-adam-01-batch16', spec('pump failure, adam 0.1', pumps(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.1), train(100, 16)));
add('oscillating-loss.rock-momentum-08', spec('rock type, sgd 0.8 momentum', assays('rock'), [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', opt('sgd', 0.8, { momentum: 0.9 }), train(100, 64)));
add('oscillating-loss.oil-adam-fullbatch', spec('oil rate, adam 0.05 full batch', prod(), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.05), train(150, 360)));
add('nan-loss.oil-momentum-02', spec('oil rate, sgd 0.2 momentum', prod(), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.2, { momentum: 0.9 }), train(100)));
add('lr-too-high.logperm-adam-01', spec('log perm, adam 0.1', wells('log_perm', 'standard', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.1), train(100)));
add('lr-too-high.pumps-sgd-2', spec('pump failure, sgd 2', pumps(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 2), train(100)));

// ---------------------------------------------------------------- third round (oscillation and rate)
add('oscillating-loss.cycle-adam-02-batch8', spec('cycle minutes, adam 0.2, batch 8', haul('cycle_min', 'standard', 'standard'), [dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.2), train(100, 8)));
add('oscillating-loss.logperm-adam-03-batch8', spec('log perm, adam 0.3, batch 8', wells('log_perm', 'standard', 'standard'), [dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.3), train(100, 8)));
add('oscillating-loss.oil-rmsprop-01-batch8', spec('oil rate, rmsprop 0.1, batch 8', prod(), [dense(16, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.1), train(100, 8)));
add('oscillating-loss.pressure-sine-adam-batch4', spec('seasonal line pressure, adam 0.1, batch 4', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.1), train(100, 4)));
add('lr-too-high.lith-adam-05', spec('lithology, adam 0.5', wells('lith'), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.5), train(100)));
add('lr-too-high.band-rmsprop-03', spec('delay band, rmsprop 0.3', haul('delay_band'), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.3), train(100)));

function main(): void {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const [file, s] of Object.entries(candidates)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
  console.log(`${Object.keys(candidates).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
}

main();
