/**
 * Writes every candidate spec of the seventy-seventh blind fault set into candidates/ (theme: maritime
 * shipping and ports): `npx tsx test/faults-blind77/author.ts`. write-manifest.py files them into
 * faulty/, healthy/ or dropped/ by what test/faults/observe.ts showed on the bare engine.
 * Names: `<code>.<slug>` for a candidate written as a fault, `ok.<slug>` for one written as healthy.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
type Layer = Json;

const OUT = path.join(__dirname, 'candidates');

/** Feature lists as a practitioner picks them (IDs, IMO numbers and epoch timestamps left out). */
const V_FUEL = ['speed_kn', 'draft_m', 'dwt_t', 'wind_kn', 'wave_m', 'laden', 'hull_age_y'];
const V_ROUTE = ['speed_kn', 'dwt_t', 'wind_kn', 'wave_m', 'laden'];
const T_FEATS = ['teu', 'cranes', 'crane_mph', 'yard_occ', 'night_shift', 'reefer_share', 'dwell_h'];
const E_FEATS = ['rpm', 'exhaust_c', 'lube_bar', 'jacket_c', 'vib_mm_s', 'run_hours'];
const H_FEATS = ['age_y', 'months_since_dock', 'fouling_pct', 'coating_um', 'speed_loss_pct'];
const D_FEATS = ['queue_ships', 'wind_kn', 'tide_ok', 'pilots_on_duty', 'berth_occ'];

const csv = (file: string, target: string, features: string[], normalize = 'standard', extra: Json = {}): Json => ({
  csv: `../data/${file}`,
  target,
  features,
  normalize,
  ...extra,
});
const fuel = (normalize = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('voyages.csv', 'fuel_kg_nm', V_FUEL, normalize, extra);
const route = (normalize = 'standard') => csv('voyages.csv', 'routing', V_ROUTE, normalize);
const berth = (normalize = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('terminal.csv', 'berth_h', T_FEATS, normalize, extra);
const engine = (normalize = 'standard') => csv('engine.csv', 'failure', E_FEATS, normalize);
const hull = (normalize = 'standard') => csv('hull.csv', 'grade', H_FEATS, normalize);
const delay = (normalize = 'standard', extra: Json = { normalizeTarget: 'standard' }) => csv('delays.csv', 'delay_h', D_FEATS, normalize, extra);

const dense = (units: number, activation?: string, more: Json = {}): Layer => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): Layer => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: Json = {}): Json => ({ type, lr, ...more });
const train = (epochs: number, batchSize = 32, more: Json = {}): Json => ({ epochs, batchSize, ...more });

function spec(name: string, data: Json, layers: Layer[], loss: string, optimizer: Json, training: Json, seed = 77, more: Json = {}): Json {
  return { name, seed, data, layers, loss, optimizer, training, ...more };
}

const specs: Record<string, Json> = {};
const add = (file: string, body: Json) => {
  if (specs[file]) throw new Error(`duplicate candidate ${file}`);
  specs[file] = body;
};

// ---------------------------------------------------------------- healthy candidates
add('ok.voyage-fuel-adam', spec('voyage fuel per nm', fuel(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('ok.voyage-fuel-rmsprop-minmax', spec('voyage fuel minmax', fuel('minmax', { normalizeTarget: 'minmax' }), [dense(24, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.002), train(200)));
add('ok.voyage-fuel-momentum-elu', spec('voyage fuel momentum', fuel(), [dense(16, 'elu'), dense(8, 'elu'), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(150, 16)));
add('ok.voyage-fuel-batchnorm-dropout', spec('voyage fuel bn', fuel(), [dense(32, 'relu', { batchNorm: true }), drop(0.1), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.005), train(150)));
add('ok.voyage-fuel-day-adam', spec('fuel t/day', csv('voyages.csv', 'fuel_t_day', V_FUEL, 'standard', { normalizeTarget: 'standard' }), [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1)], 'mse', opt('adam', 0.004, { weightDecay: 1e-4 }), train(150)));
add('ok.routing-adam', spec('weather routing', route(), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.005), train(150)));
add('ok.routing-rmsprop-tanh', spec('weather routing tanh', route(), [dense(24, 'tanh'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.003), train(200)));
add('ok.routing-nesterov', spec('weather routing nesterov', route(), [dense(32, 'leaky_relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), train(150)));
add('ok.routing-small-batch-val', spec('weather routing val', route(), [dense(24, 'relu'), drop(0.1), dense(12, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.001), train(120, 8, { validationSplit: 0.2 })));
add('ok.berth-adam', spec('berth hours', berth(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('ok.berth-elu-weightdecay', spec('berth hours wd', berth(), [dense(24, 'elu'), dense(12, 'elu'), dense(1)], 'mse', opt('adam', 0.003, { weightDecay: 1e-4 }), train(150)));
add('ok.berth-sgd-clip', spec('berth hours sgd', berth(), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), train(200, 16)));
add('ok.berth-rmsprop-bn', spec('berth hours bn', berth(), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.002), train(150)));
add('ok.berth-large-batch', spec('berth hours batch 128', berth('minmax', { normalizeTarget: 'standard' }), [dense(48, 'relu'), dense(24, 'relu'), dense(1)], 'mse', opt('adam', 0.01), train(300, 128)));
add('ok.engine-failure-adam', spec('engine failure', engine(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));
add('ok.engine-failure-rmsprop-dropout', spec('engine failure dropout', engine(), [dense(32, 'relu'), drop(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), train(150)));
add('ok.engine-failure-momentum', spec('engine failure momentum', engine(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150)));
add('ok.engine-failure-val', spec('engine failure val', engine(), [dense(24, 'elu'), dense(12, 'elu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.002), train(150, 32, { validationSplit: 0.2 })));
add('ok.hull-grade-adam', spec('hull grade', hull(), [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('ok.hull-grade-sgd-tanh', spec('hull grade sgd', hull(), [dense(16, 'tanh', { init: 'lecun_normal' }), dense(3, 'softmax')], 'cce', opt('sgd', 0.02, { momentum: 0.9 }), train(150, 32)));
add('ok.hull-grade-rmsprop-bn', spec('hull grade bn', hull(), [dense(24, 'relu', { batchNorm: true, init: 'he_uniform' }), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.003), train(150)));
add('ok.hull-grade-minmax-leaky', spec('hull grade minmax', hull('minmax'), [dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(200)));
add('ok.delay-adam', spec('port delay', delay(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('ok.delay-rmsprop-minmax', spec('port delay minmax', delay('minmax', { normalizeTarget: 'minmax' }), [dense(24, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.003), train(200)));
add('ok.delay-momentum-clip', spec('port delay momentum', delay(), [dense(24, 'tanh', { init: 'xavier_normal' }), dense(12, 'tanh'), dense(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 2 }), train(200, 16)));
add('ok.iris-adam', spec('iris', { builtin: 'iris', normalize: 'standard' }, [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(150, 16)));
add('ok.iris-sgd', spec('iris sgd', { builtin: 'iris', normalize: 'standard' }, [dense(12, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(200, 16)));
add('ok.moons-momentum', spec('moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(200)));
add('ok.moons-rmsprop-elu', spec('moons rmsprop', { builtin: 'moons', samples: 300 }, [dense(24, 'elu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), train(200)));
add('ok.circles-relu', spec('circles', { builtin: 'circles', samples: 300 }, [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200)));
add('ok.blobs-four', spec('blobs 4', { builtin: 'blobs', classes: 4, samples: 400 }, [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.01), train(100)));
add('ok.spirals-three', spec('spirals 3', { builtin: 'spirals', classes: 3, samples: 450, noise: 0.05 }, [dense(64, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(400)));
add('ok.sine-tanh', spec('sine', { builtin: 'sine', samples: 300 }, [dense(32, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.01), train(300)));
add('ok.xor-tanh', spec('xor', { builtin: 'xor', samples: 300 }, [dense(8, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(200)));
add('ok.routing-deep-bn', spec('weather routing deep', route(), [dense(32, 'relu', { batchNorm: true }), dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(120, 64)));
add('ok.delay-leaky-clip', spec('port delay clip', delay(), [dense(48, 'leaky_relu'), dense(24, 'leaky_relu'), dense(1)], 'mse', opt('adam', 0.002, { clipNorm: 1 }), train(150, 64)));
add('ok.hull-grade-val-dropout', spec('hull grade val', hull(), [dense(32, 'elu'), drop(0.2), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(200, 32, { validationSplit: 0.2 })));
add('ok.engine-failure-minmax', spec('engine failure minmax', engine('minmax'), [dense(24, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(200, 64)));

// ---------------------------------------------------------------- invalid-spec
add('invalid-spec.optimiser-british', (() => { const s = spec('voyage fuel', fuel(), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150)); const { optimizer, ...rest } = s; return { ...rest, optimiser: optimizer }; })());
add('invalid-spec.activation-keras-case', spec('berth hours', berth(), [dense(32, 'ReLU'), dense(16, 'ReLU'), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('invalid-spec.batch-size-snake', spec('hull grade', hull(), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), { epochs: 150, batch_size: 64 }));
add('invalid-spec.loss-keras-name', spec('engine failure', engine(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), train(150)));
add('invalid-spec.init-glorot', spec('weather routing', route(), [dense(24, 'tanh', { init: 'glorot_uniform' }), dense(4, 'softmax', { init: 'glorot_uniform' })], 'cce', opt('rmsprop', 0.003), train(150)));

// ---------------------------------------------------------------- data-error
add('data-error.target-per-mile', spec('voyage fuel', csv('voyages.csv', 'fuel_per_nm', V_FUEL, 'standard', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('data-error.file-singular', spec('weather routing', { ...route(), csv: '../data/voyage.csv' }, [dense(24, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('data-error.noon-report-na', spec('voyage fuel noon report', csv('voyages-noon-report.csv', 'fuel_kg_nm', V_FUEL, 'standard', { normalizeTarget: 'standard' }), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('data-error.two-leg-extract', spec('voyage fuel two legs', csv('voyages-two-legs.csv', 'fuel_kg_nm', V_FUEL, 'standard', { normalizeTarget: 'standard' }), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('data-error.feature-wave-height', spec('weather routing', csv('voyages.csv', 'routing', ['speed_kn', 'dwt_t', 'wind_kn', 'wave_height_m', 'laden']), [dense(24, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));

// ---------------------------------------------------------------- shape-mismatch
add('shape-mismatch.routing-three-units', spec('weather routing', route(), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('shape-mismatch.berth-two-outputs', spec('berth hours', berth(), [dense(32, 'relu'), dense(2)], 'mse', opt('adam', 0.003), train(150)));
add('shape-mismatch.failure-two-sigmoid', spec('engine failure', engine(), [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(150)));
add('shape-mismatch.hull-five-grades', spec('hull grade', hull(), [dense(16, 'relu'), dense(5, 'softmax')], 'cce', opt('adam', 0.003), train(150)));

// ---------------------------------------------------------------- loss-activation-mismatch
add('loss-activation-mismatch.routing-softmax-mse', spec('weather routing', route(), [dense(24, 'relu'), dense(4, 'softmax')], 'mse', opt('adam', 0.003), train(150)));
add('loss-activation-mismatch.failure-linear-bce', spec('engine failure', engine(), [dense(16, 'relu'), dense(1, 'linear')], 'bce', opt('adam', 0.003), train(150)));
add('loss-activation-mismatch.berth-sigmoid-raw-hours', spec('berth hours', berth('standard', {}), [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150)));
add('loss-activation-mismatch.hull-sigmoid-cce', spec('hull grade', hull(), [dense(16, 'relu'), dense(3, 'sigmoid')], 'cce', opt('adam', 0.003), train(150)));
add('loss-activation-mismatch.fuel-tanh-output', spec('voyage fuel', fuel('standard', {}), [dense(24, 'relu'), dense(1, 'tanh')], 'mse', opt('adam', 0.003), train(150)));

// ---------------------------------------------------------------- init-symmetry
add('init-symmetry.fuel-zeros-hidden', spec('voyage fuel', fuel(), [dense(32, 'tanh', { init: 'zeros' }), dense(16, 'tanh', { init: 'zeros' }), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('init-symmetry.hull-constant-hidden', spec('hull grade', hull(), [dense(24, 'relu', { init: { name: 'constant', value: 0.1 } }), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(150)));
add('init-symmetry.engine-zeros-all', spec('engine failure', engine(), [dense(16, 'relu', { init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('rmsprop', 0.002), train(150)));

// ---------------------------------------------------------------- init-scale
add('init-scale.berth-normal-std3', spec('berth hours', berth(), [dense(64, 'relu', { init: { name: 'normal', std: 3 } }), dense(32, 'relu', { init: { name: 'normal', std: 3 } }), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('init-scale.hull-tiny-deep-tanh', spec('hull grade', hull(), [dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(150)));
add('init-scale.routing-uniform-wide', spec('weather routing', route(), [dense(48, 'tanh', { init: { name: 'uniform', limit: 2.5 } }), dense(4, 'softmax', { init: { name: 'uniform', limit: 2.5 } })], 'cce', opt('adam', 0.003), train(150)));

// ---------------------------------------------------------------- no-nonlinearity
add('no-nonlinearity.routing-no-activation', spec('weather routing', route(), [dense(32), dense(16), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('no-nonlinearity.berth-linear-hidden', spec('berth hours', berth(), [dense(32, 'linear'), dense(16, 'linear'), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('no-nonlinearity.hull-linear-batchnorm', spec('hull grade', hull(), [dense(24, 'linear', { batchNorm: true }), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.003), train(150)));

// ---------------------------------------------------------------- lr-out-of-range
add('lr-out-of-range.adam-lr-5', spec('voyage fuel', fuel(), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 5), train(150)));
add('lr-out-of-range.sgd-lr-150', spec('engine failure', engine(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 150), train(150)));
add('lr-out-of-range.rmsprop-lr-20', spec('port delay', delay(), [dense(24, 'relu'), dense(1)], 'mse', opt('rmsprop', 20), train(150)));

// ---------------------------------------------------------------- dead-relu
add('dead-relu.berth-raw-teu-sgd', spec('berth hours raw', berth('none', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.001), train(100)));
add('dead-relu.fuel-negative-bias', spec('voyage fuel sparse', fuel(), [dense(32, 'relu', { bias: -4 }), dense(16, 'relu', { bias: -4 }), dense(1)], 'mse', opt('adam', 0.003), train(150)));
add('dead-relu.engine-adam-lr-high', spec('engine failure fast', engine(), [dense(32, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.08), train(100)));
add('dead-relu.delay-raw-epoch', spec('port delay with eta', csv('delays.csv', 'delay_h', ['eta_epoch', ...D_FEATS], 'none', { normalizeTarget: 'standard' }), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.01), train(100)));

// ---------------------------------------------------------------- exploding-gradient
add('exploding-gradient.delay-raw-hours-deep', spec('port delay raw', delay('none', {}), [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.0005, { momentum: 0.9 }), train(100)));
add('exploding-gradient.berth-raw-teu-adam', spec('berth hours raw', berth('none', {}), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.001), train(100)));
add('exploding-gradient.fuel-raw-dwt-rmsprop', spec('voyage fuel raw', fuel('none', {}), [dense(32, 'elu'), dense(16, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.001), train(100)));

// ---------------------------------------------------------------- vanishing-gradient
add('vanishing-gradient.hull-deep-sigmoid', spec('hull grade deep', hull(), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(3, 'softmax')], 'cce', opt('sgd', 0.05), train(150)));
add('vanishing-gradient.engine-deep-sigmoid', spec('engine failure deep', engine(), [dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(12, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.02, { momentum: 0.9 }), train(100)));
add('vanishing-gradient.routing-deep-sigmoid-rmsprop', spec('weather routing deep', route(), [dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(4, 'softmax')], 'cce', opt('sgd', 0.01), train(100)));

// ---------------------------------------------------------------- nan-loss
add('nan-loss.fuel-raw-sgd', spec('voyage fuel raw', fuel('none', {}), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.01), train(100)));
add('nan-loss.delay-raw-epoch-sgd', spec('port delay eta', csv('delays.csv', 'delay_h', ['eta_epoch', ...D_FEATS], 'none'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100)));
add('nan-loss.berth-raw-momentum', spec('berth raw', berth('none', {}), [dense(24, 'tanh'), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100)));

// ---------------------------------------------------------------- lr-too-high
add('lr-too-high.fuel-sgd-lr-0.5', spec('voyage fuel', fuel(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.5), train(100)));
add('lr-too-high.routing-adam-lr-0.3', spec('weather routing', route(), [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.3), train(100)));
add('lr-too-high.berth-rmsprop-lr-0.2', spec('berth hours', berth(), [dense(32, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.2), train(100)));
add('lr-too-high.delay-momentum-lr-0.3', spec('port delay', delay(), [dense(24, 'relu'), dense(1)], 'mse', opt('sgd', 0.3, { momentum: 0.9 }), train(100)));

// ---------------------------------------------------------------- lr-too-low
add('lr-too-low.hull-sgd-1e-5', spec('hull grade', hull(), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 1e-5), train(100)));
add('lr-too-low.engine-adam-1e-6', spec('engine failure', engine(), [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 1e-6), train(100)));
add('lr-too-low.delay-rmsprop-1e-6', spec('port delay', delay(), [dense(24, 'tanh'), dense(1)], 'mse', opt('rmsprop', 1e-6), train(100)));
add('lr-too-low.berth-momentum-1e-6', spec('berth hours', berth(), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), train(100)));

// ---------------------------------------------------------------- saturated-activation
add('saturated-activation.fuel-tanh-raw-dwt', spec('voyage fuel raw', fuel('none', { normalizeTarget: 'standard' }), [dense(32, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.003), train(100)));
add('saturated-activation.engine-sigmoid-raw-exhaust', spec('engine failure raw', engine('none'), [dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(100)));
add('saturated-activation.berth-tanh-raw-teu', spec('berth hours raw', berth('none', { normalizeTarget: 'standard' }), [dense(24, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.002), train(100)));

// ---------------------------------------------------------------- loss-plateau
add('loss-plateau.hull-id-columns', spec('hull grade', csv('hull.csv', 'grade', ['imo']), [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('loss-plateau.berth-weight-decay-1', spec('berth hours', berth(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003, { weightDecay: 1 }), train(150)));
add('loss-plateau.routing-dropout-heavy', spec('weather routing', route(), [dense(16, 'relu'), drop(0.9), dense(16, 'relu'), drop(0.9), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('loss-plateau.delay-timestamp-only', spec('port delay', csv('delays.csv', 'delay_h', ['eta_epoch'], 'standard', { normalizeTarget: 'standard' }), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150)));

// ---------------------------------------------------------------- oscillating-loss
add('oscillating-loss.berth-momentum-099', spec('berth hours', berth(), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(100, 16)));
add('oscillating-loss.routing-batch4-adam', spec('weather routing', route(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.05), train(100, 4)));
add('oscillating-loss.delay-rmsprop-batch8', spec('port delay', delay(), [dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.05), train(100, 8)));
add('oscillating-loss.fuel-sgd-batch2', spec('voyage fuel', fuel(), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.1), train(100, 2)));

// ---------------------------------------------------------------- second round (after the first observation)
add('dead-relu.routing-bias-minus3', spec('weather routing sparse', route(), [dense(32, 'relu', { bias: -3 }), dense(16, 'relu', { bias: -3 }), dense(4, 'softmax')], 'cce', opt('adam', 0.003), train(150)));
add('dead-relu.hull-sgd-lr-high', spec('hull grade fast', hull(), [dense(32, 'relu'), dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.9 }), train(100)));
add('dead-relu.terminal-bias-minus2', spec('berth hours sparse', berth(), [dense(24, 'relu', { bias: -2.5 }), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(150)));
add('nan-loss.fuel-raw-momentum', spec('voyage fuel raw', fuel('none', {}), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100)));
add('lr-too-low.fuel-rmsprop-1e-6', spec('voyage fuel', fuel(), [dense(24, 'tanh'), dense(1)], 'mse', opt('rmsprop', 1e-6), train(100)));
add('oscillating-loss.hull-momentum-095-batch4', spec('hull grade', hull(), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.95 }), train(100, 4)));
add('oscillating-loss.engine-adam-batch8', spec('engine failure', engine(), [dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.05), train(100, 8)));
add('oscillating-loss.routing-rmsprop-batch2', spec('weather routing', route(), [dense(32, 'tanh'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.03), train(100, 2)));
add('oscillating-loss.berth-momentum-099-lr-0.005', spec('berth hours', berth(), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.005, { momentum: 0.99 }), train(100, 16)));
add('oscillating-loss.delay-sgd-batch4', spec('port delay', delay(), [dense(24, 'tanh'), dense(1)], 'mse', opt('sgd', 0.1), train(100, 4)));
add('oscillating-loss.fuel-adam-batch1', spec('voyage fuel', fuel(), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.02), train(60, 1)));

// ---------------------------------------------------------------- third round: oscillation at full batch or near the edge of stability
add('oscillating-loss.berth-full-batch-momentum', spec('berth hours', berth(), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), train(150, 380)));
add('oscillating-loss.routing-full-batch-adam', spec('weather routing', route(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', opt('adam', 0.05), train(150, 440)));
add('oscillating-loss.delay-full-batch-rmsprop', spec('port delay', delay(), [dense(24, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.01), train(150, 360)));
add('oscillating-loss.hull-full-batch-rmsprop', spec('hull grade', hull(), [dense(24, 'tanh'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.03), train(150, 330)));
add('oscillating-loss.fuel-sgd-edge', spec('voyage fuel', fuel(), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.3), train(150, 64)));
add('oscillating-loss.engine-full-batch-rmsprop', spec('engine failure', engine(), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), train(150, 700)));
add('oscillating-loss.iris-full-batch-momentum', spec('iris', { builtin: 'iris', normalize: 'standard' }, [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.9 }), train(150, 150)));
add('oscillating-loss.delay-rmsprop-batch64', spec('port delay', delay(), [dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.03), train(150, 64)));

add('oscillating-loss.berth-rmsprop-lr-0.05', spec('berth hours', berth(), [dense(32, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.05), train(150)));
add('oscillating-loss.berth-rmsprop-lr-0.1', spec('berth hours', berth(), [dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.1), train(150, 64)));
add('oscillating-loss.delay-rmsprop-lr-0.1', spec('port delay', delay(), [dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.1), train(150, 64)));
add('oscillating-loss.fuel-adam-lr-0.1', spec('voyage fuel', fuel(), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.1), train(150, 64)));
add('oscillating-loss.routing-sgd-lr-2-full-batch', spec('weather routing', route(), [dense(24, 'tanh'), dense(4, 'softmax')], 'cce', opt('sgd', 2), train(150, 440)));
add('oscillating-loss.hull-adam-lr-0.1', spec('hull grade', hull(), [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', opt('adam', 0.1), train(150, 64)));
add('oscillating-loss.engine-momentum-lr-1', spec('engine failure', engine(), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 1, { momentum: 0.9 }), train(150, 64)));

add('oscillating-loss.berth-rmsprop-tanh-lr-0.1', spec('berth hours', berth(), [dense(32, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.1), train(150)));
add('oscillating-loss.delay-rmsprop-tanh-lr-0.15', spec('port delay', delay(), [dense(24, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.15), train(150)));
add('oscillating-loss.fuel-rmsprop-tanh-lr-0.1', spec('voyage fuel', fuel(), [dense(32, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.1), train(150)));
add('oscillating-loss.hull-adam-lr-0.2', spec('hull grade', hull(), [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', opt('adam', 0.2), train(150, 64)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, body] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${OUT}`);
