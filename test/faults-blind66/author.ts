/**
 * Writes every candidate spec of test/faults-blind66 (aviation, maritime and shipping) into
 * `candidates/`: `npx tsx test/faults-blind66/author.ts`. Faulty candidates are named
 * `<code>.<slug>.nn.json` (the code they were written for), healthy ones `healthy.<slug>.nn.json`.
 * The verdicts and the filing are made afterwards from what the bare engine did (write-manifest.py).
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');

type Json = Record<string, unknown>;

const FL = ['distance_km', 'sched_hour', 'carrier_aa', 'carrier_bb', 'carrier_cc', 'seats', 'taxi_out_min', 'weather_idx'];
const ENG = ['egt_c', 'vibration_ips', 'fuel_flow_kgh', 'oil_temp_c', 'cycles_since_ovh'];
const VOY = ['dwt_t', 'speed_kn', 'draught_m', 'route_asia', 'route_europe', 'route_americas', 'distance_nm', 'congestion_idx'];
const CONT = ['is_40ft', 'reefer', 'customs_hold', 'import', 'vessel_delay_h', 'weekday'];
const CLM = ['weight_t', 'value_kusd', 'fragile', 'transshipments', 'transit_days', 'reefer'];
const LF = ['fare_usd', 'weekday', 'holiday', 'seats', 'month', 'summer'];

function csv(file: string, target: string | string[], features: string[] | undefined, normalize = 'standard', normalizeTarget?: string): Json {
  const d: Json = { csv: `../data/${file}`, target };
  if (features) d.features = features;
  d.normalize = normalize;
  if (normalizeTarget) d.normalizeTarget = normalizeTarget;
  return d;
}

function dense(units: number, activation?: string, extra: Json = {}): Json {
  const l: Json = { type: 'dense', units };
  if (activation) l.activation = activation;
  return { ...l, ...extra };
}

const drop = (rate: number): Json => ({ type: 'dropout', rate });

function opt(type: string, lr: number, extra: Json = {}): Json {
  return { type, lr, ...extra };
}

function train(epochs: number, batchSize: number, extra: Json = {}): Json {
  return { epochs, batchSize, shuffle: true, ...extra };
}

const specs: Record<string, Json> = {};

function spec(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  if (specs[file]) throw new Error(`duplicate ${file}`);
  specs[file] = { name, seed: 66, ...extra, data, layers, loss, optimizer, training };
}

/* ---------------------------------------------------------------- faulty: static ---------------- */

// invalid-spec
spec('invalid-spec.delay-relu-capitalised', 'arrival-delay-mlp',
  csv('flights.csv', 'arr_delay_min', FL, 'standard', 'standard'),
  [dense(32, 'ReLU'), dense(16, 'ReLU'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32));
spec('invalid-spec.engines-learning-rate-key', 'engine-maint-flag',
  csv('engines.csv', 'maint_event', ENG), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce',
  { type: 'adam', learning_rate: 0.002 }, train(150, 32));
spec('invalid-spec.voyage-adamw', 'voyage-fuel-adamw',
  csv('voyages.csv', 'fuel_t', VOY, 'standard', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse',
  opt('adamw', 0.001, { weightDecay: 0.0001 }), train(150, 32));
spec('invalid-spec.containers-batch-size-snake', 'dwell-days',
  csv('containers.csv', 'dwell_days', CONT, 'standard', 'standard'), [dense(24, 'relu'), dense(1)], 'mse', opt('rmsprop', 0.002),
  { epochs: 120, batch_size: 64 });
spec('invalid-spec.claims-keras-loss-name', 'cargo-claim',
  csv('claims.csv', 'claim', CLM), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.005), train(100, 32));

// data-error
spec('data-error.raw-export-na-delays', 'delay-from-raw-export',
  csv('flights-raw.csv', 'arr_delay_min', FL, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32));
spec('data-error.delay-target-renamed', 'delay-target-typo',
  csv('flights.csv', 'arrival_delay', FL, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32));
spec('data-error.tail-number-in-features', 'maint-with-tail-numbers',
  csv('engines.csv', 'maint_event', ['tail_no', ...ENG]), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 32));
spec('data-error.q1-sample-four-voyages', 'fuel-q1-sample',
  csv('voyages-q1.csv', 'fuel_t', VOY, 'standard', 'standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(200, 4));
spec('data-error.voyage-file-missing', 'wait-hours-2024',
  csv('voyages_2024.csv', 'wait_h', VOY, 'standard', 'standard'), [dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32));

// shape-mismatch
spec('shape-mismatch.status-two-softmax', 'flight-status-ontime-late',
  csv('flights.csv', 'status', FL), [dense(32, 'relu'), dense(2, 'softmax')], 'cce', opt('adam', 0.003), train(120, 32));
spec('shape-mismatch.fuel-and-wait-one-output', 'voyage-fuel-and-wait',
  csv('voyages.csv', ['fuel_t', 'wait_h'], VOY, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32));
spec('shape-mismatch.maint-two-sigmoid', 'maint-two-outputs',
  csv('engines.csv', 'maint_event', ENG), [dense(16, 'relu'), dense(2, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 32));
spec('shape-mismatch.dwell-band-four-units', 'dwell-band',
  csv('containers.csv', 'dwell_band', CONT), [dense(24, 'relu'), dense(4, 'softmax')], 'cce', opt('rmsprop', 0.003), train(120, 32));

// loss-activation-mismatch
spec('loss-activation-mismatch.status-softmax-mse', 'status-softmax-mse',
  csv('flights.csv', 'status', FL), [dense(32, 'relu'), dense(3, 'softmax')], 'mse', opt('adam', 0.003), train(120, 32));
spec('loss-activation-mismatch.maint-linear-bce', 'maint-linear-logit',
  csv('engines.csv', 'maint_event', ENG), [dense(16, 'relu'), dense(1, 'linear')], 'bce', opt('adam', 0.003), train(150, 32));
spec('loss-activation-mismatch.fuel-tonnes-sigmoid', 'fuel-sigmoid-head',
  csv('voyages.csv', 'fuel_t', VOY), [dense(32, 'relu'), dense(1, 'sigmoid')], 'mse', opt('adam', 0.003), train(150, 32));
spec('loss-activation-mismatch.claim-softmax-one-unit', 'claim-softmax-single',
  csv('claims.csv', 'claim', CLM), [dense(16, 'relu'), dense(1, 'softmax')], 'bce', opt('adam', 0.005), train(100, 32));

// init-symmetry
spec('init-symmetry.delay-zeros-hidden', 'delay-zero-init',
  csv('flights.csv', 'arr_delay_min', FL, 'standard', 'standard'),
  [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(1)], 'mse', opt('adam', 0.003), train(120, 32));
spec('init-symmetry.engines-constant-hidden', 'maint-constant-init',
  csv('engines.csv', 'maint_event', ENG), [dense(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), train(150, 32));
spec('init-symmetry.wait-zeros-two-layers', 'wait-zero-init',
  csv('voyages.csv', 'wait_h', VOY, 'minmax', 'standard'),
  [dense(24, 'tanh', { init: 'zeros' }), dense(12, 'tanh', { init: 'zeros' }), dense(1, 'linear', { init: 'zeros' })], 'mse', opt('rmsprop', 0.003), train(150, 32));

// init-scale
spec('init-scale.fuel-normal-std-3', 'fuel-wide-init',
  csv('voyages.csv', 'fuel_t', VOY, 'standard', 'standard'),
  [dense(64, 'relu', { init: { name: 'normal', std: 3 } }), dense(32, 'relu', { init: { name: 'normal', std: 3 } }), dense(1)], 'mse', opt('adam', 0.001), train(150, 32));
spec('init-scale.claims-uniform-limit-4', 'claims-uniform-4',
  csv('claims.csv', 'claim', CLM), [dense(32, 'tanh', { init: { name: 'uniform', limit: 4 } }), dense(16, 'tanh', { init: { name: 'uniform', limit: 4 } }), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(120, 32));
spec('init-scale.status-std-1e-4-deep', 'status-tiny-init',
  csv('flights.csv', 'status', FL),
  [dense(32, 'tanh', { init: { name: 'normal', std: 0.0001 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.0001 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.0001 } }), dense(3, 'softmax', { init: { name: 'normal', std: 0.0001 } })],
  'cce', opt('sgd', 0.05), train(100, 32));

// no-nonlinearity
spec('no-nonlinearity.delay-activation-omitted', 'delay-mlp-no-act',
  csv('flights.csv', 'arr_delay_min', FL, 'standard', 'standard'), [dense(64), dense(32), dense(1)], 'mse', opt('adam', 0.003), train(120, 32));
spec('no-nonlinearity.status-linear-hidden', 'status-linear-hidden',
  csv('flights.csv', 'status', FL), [dense(32, 'linear'), dense(16, 'linear'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.002), train(120, 32));
spec('no-nonlinearity.dwell-band-linear', 'dwell-band-linear',
  csv('containers.csv', 'dwell_band', CONT), [dense(24, 'linear', { batchNorm: true }), dense(3, 'softmax')], 'cce', opt('adam', 0.005), train(100, 32));

// lr-out-of-range
spec('lr-out-of-range.engines-adam-lr-5', 'maint-adam-5',
  csv('engines.csv', 'maint_event', ENG), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 5), train(150, 32));
spec('lr-out-of-range.fuel-sgd-lr-200', 'fuel-sgd-200',
  csv('voyages.csv', 'fuel_t', VOY, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 200), train(150, 32));
spec('lr-out-of-range.loadfactor-rmsprop-1e-9', 'lf-rmsprop-1e-9',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('rmsprop', 1e-9), train(100, 32));

/* ---------------------------------------------------------------- faulty: probe / training -------- */

// dead-relu
spec('dead-relu.delay-negative-bias', 'delay-neg-bias',
  csv('flights.csv', 'arr_delay_min', FL, 'standard', 'standard'),
  [dense(32, 'relu', { bias: -4 }), dense(16, 'relu', { bias: -4 }), dense(1)], 'mse', opt('adam', 0.001), train(100, 32));
spec('dead-relu.voyage-raw-sgd', 'wait-raw-features',
  csv('voyages.csv', 'wait_h', VOY, 'none', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(100, 32));
spec('dead-relu.engines-adam-hot', 'maint-adam-hot',
  csv('engines.csv', 'maint_event', ENG), [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.08), train(100, 16));
spec('dead-relu.loadfactor-sgd-big-step', 'lf-sgd-big',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.01), train(100, 32));

// exploding-gradient
spec('exploding-gradient.fuel-raw-target-adam', 'fuel-raw-units',
  csv('voyages.csv', 'fuel_t', VOY, 'none'), [dense(32, 'elu'), dense(16, 'elu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32));
spec('exploding-gradient.delay-deep-momentum', 'delay-deep-momentum',
  csv('flights.csv', 'arr_delay_min', FL, 'standard'),
  [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.002, { momentum: 0.9 }), train(80, 32));
spec('exploding-gradient.engines-raw-rmsprop', 'maint-raw-rmsprop',
  csv('engines.csv', 'maint_event', ENG, 'none'), [dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001), train(100, 32));

// vanishing-gradient
spec('vanishing-gradient.engines-deep-sigmoid', 'maint-deep-sigmoid',
  csv('engines.csv', 'maint_event', ENG),
  [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05), train(100, 32));
spec('vanishing-gradient.dwell-band-deep-sigmoid', 'dwell-deep-sigmoid',
  csv('containers.csv', 'dwell_band', CONT),
  [dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(24, 'sigmoid'), dense(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.5 }), train(100, 32));
spec('vanishing-gradient.claims-deep-tanh-small', 'claims-deep-tanh',
  csv('claims.csv', 'claim', CLM),
  [dense(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), dense(1, 'sigmoid')],
  'bce', opt('sgd', 0.05), train(100, 32));

// nan-loss
spec('nan-loss.delay-epoch-and-flight-no', 'delay-with-epoch',
  csv('flights.csv', 'arr_delay_min', ['flight_no', 'dep_epoch', ...FL], 'none'), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.01), train(100, 32));
spec('nan-loss.fuel-raw-sgd', 'fuel-raw-sgd',
  csv('voyages.csv', 'fuel_t', VOY, 'none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), train(100, 32));
spec('nan-loss.loadfactor-raw-fare-sgd', 'lf-raw-fare',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'none'), [dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 0.005), train(100, 16));

// lr-too-high
spec('lr-too-high.delay-sgd-0.5', 'delay-sgd-hot',
  csv('flights.csv', 'arr_delay_min', FL, 'standard', 'standard'), [dense(32, 'tanh'), dense(1)], 'mse', opt('sgd', 0.5), train(100, 32));
spec('lr-too-high.claims-adam-0.3', 'claims-adam-hot',
  csv('claims.csv', 'claim', CLM), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.3), train(100, 32));
spec('lr-too-high.loadfactor-rmsprop-0.2', 'lf-rmsprop-hot',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'standard', 'standard'), [dense(32, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.2), train(100, 32));
spec('lr-too-high.status-momentum-1', 'status-momentum-hot',
  csv('flights.csv', 'status', FL), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('sgd', 1.0, { momentum: 0.9 }), train(100, 32));

// lr-too-low
spec('lr-too-low.fuel-sgd-1e-5', 'fuel-sgd-cold',
  csv('voyages.csv', 'fuel_t', VOY, 'standard', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('sgd', 1e-5), train(100, 32));
spec('lr-too-low.engines-adam-1e-5', 'maint-adam-cold',
  csv('engines.csv', 'maint_event', ENG), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 1e-5), train(60, 32));
spec('lr-too-low.dwell-rmsprop-3e-6', 'dwell-rmsprop-cold',
  csv('containers.csv', 'dwell_days', CONT, 'standard', 'standard'), [dense(24, 'tanh'), dense(1)], 'mse', opt('rmsprop', 3e-6), train(80, 32), { seed: 7 });

// saturated-activation
spec('saturated-activation.voyage-tanh-raw-tonnage', 'wait-tanh-raw',
  csv('voyages.csv', 'wait_h', VOY, 'none', 'standard'), [dense(32, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32));
spec('saturated-activation.engines-sigmoid-raw-egt', 'maint-sigmoid-raw',
  csv('engines.csv', 'maint_event', ENG, 'none'), [dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(120, 32));
spec('saturated-activation.loadfactor-tanh-raw-fare', 'lf-tanh-raw',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'none', 'standard'), [dense(24, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.001), train(100, 32));

// loss-plateau
spec('loss-plateau.delay-id-columns-only', 'delay-ids-only',
  csv('flights.csv', 'arr_delay_min', ['flight_no', 'dep_epoch'], 'standard', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(100, 32));
spec('loss-plateau.claims-weight-decay-1', 'claims-heavy-decay',
  csv('claims.csv', 'claim', CLM), [dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01, { weightDecay: 1 }), train(100, 32));
spec('loss-plateau.dwell-dropout-0.9', 'dwell-heavy-dropout',
  csv('containers.csv', 'dwell_band', CONT), [dense(8, 'relu'), drop(0.9), dense(8, 'relu'), drop(0.9), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(100, 32));

// oscillating-loss
spec('oscillating-loss.delay-momentum-0.99', 'delay-momentum-099',
  csv('flights.csv', 'arr_delay_min', FL, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), train(100, 32));
spec('oscillating-loss.loadfactor-adam-batch-4', 'lf-adam-batch4',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.05), train(100, 4));
spec('oscillating-loss.moons-rmsprop-0.05', 'moons-rmsprop',
  { builtin: 'moons', samples: 300, noise: 0.15 }, [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.05), train(100, 8));
spec('oscillating-loss.wait-sgd-0.3-batch-8', 'wait-sgd-batch8',
  csv('voyages.csv', 'wait_h', VOY, 'standard', 'standard'), [dense(32, 'tanh'), dense(1)], 'mse', opt('sgd', 0.3), train(100, 8));

/* ---------------------------------------------------------------- healthy ------------------------ */

spec('healthy.delay-adam-two-relu', 'arrival-delay',
  csv('flights.csv', 'arr_delay_min', FL, 'standard', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32));
spec('healthy.delay-rmsprop-elu-val', 'arrival-delay-elu',
  csv('flights.csv', 'arr_delay_min', FL, 'standard', 'standard'), [dense(24, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.002), train(100, 32, { validationSplit: 0.2 }));
spec('healthy.delay-sgd-momentum-clip', 'arrival-delay-sgd',
  csv('flights.csv', 'arr_delay_min', FL, 'minmax', 'standard'), [dense(32, 'tanh'), dense(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), train(150, 32));
spec('healthy.status-adam-softmax', 'flight-status',
  csv('flights.csv', 'status', FL), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.003), train(120, 32));
spec('healthy.status-rmsprop-dropout', 'flight-status-dropout',
  csv('flights.csv', 'status', FL), [dense(48, 'relu'), drop(0.2), dense(24, 'relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.002), train(120, 32, { validationSplit: 0.2 }));
spec('healthy.late-flag-sgd-nesterov', 'late-flag',
  csv('flights.csv', 'late', FL), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), train(120, 32));
spec('healthy.late-flag-adam-batchnorm', 'late-flag-bn',
  csv('flights.csv', 'late', FL), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(80, 64));
spec('healthy.engines-maint-adam', 'engine-maint',
  csv('engines.csv', 'maint_event', ENG), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(200, 32));
spec('healthy.engines-maint-rmsprop-two', 'engine-maint-rms',
  csv('engines.csv', 'maint_event', ENG), [dense(24, 'leaky_relu'), dense(12, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), train(200, 32));
spec('healthy.engines-maint-sgd-minmax', 'engine-maint-sgd',
  csv('engines.csv', 'maint_event', ENG, 'minmax'), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), train(200, 32));
spec('healthy.engines-maint-decay', 'engine-maint-decay',
  csv('engines.csv', 'maint_event', ENG), [dense(32, 'relu'), drop(0.1), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 0.0001 }), train(200, 32));
spec('healthy.fuel-adam-relu', 'voyage-fuel',
  csv('voyages.csv', 'fuel_t', VOY, 'standard', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32));
spec('healthy.fuel-rmsprop-tanh-minmax-target', 'voyage-fuel-tanh',
  csv('voyages.csv', 'fuel_t', VOY, 'standard', 'minmax'), [dense(32, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.003), train(150, 32));
spec('healthy.fuel-sgd-momentum', 'voyage-fuel-sgd',
  csv('voyages.csv', 'fuel_t', VOY, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(150, 32));
spec('healthy.wait-adam-elu', 'port-wait',
  csv('voyages.csv', 'wait_h', VOY, 'standard', 'standard'), [dense(24, 'elu'), dense(12, 'elu'), dense(1)], 'mse', opt('adam', 0.003), train(150, 32));
spec('healthy.wait-rmsprop-batchnorm', 'port-wait-bn',
  csv('voyages.csv', 'wait_h', VOY, 'minmax', 'standard'), [dense(32, 'relu', { batchNorm: true }), dense(1)], 'mse', opt('rmsprop', 0.002), train(120, 32));
spec('healthy.fuel-and-wait-two-outputs', 'voyage-two-targets',
  csv('voyages.csv', ['fuel_t', 'wait_h'], VOY, 'standard', 'standard'), [dense(32, 'relu'), dense(16, 'relu'), dense(2)], 'mse', opt('adam', 0.003), train(150, 32));
spec('healthy.dwell-days-adam', 'dwell-days',
  csv('containers.csv', 'dwell_days', CONT, 'standard', 'standard'), [dense(24, 'relu'), dense(1)], 'mse', opt('adam', 0.005), train(120, 32));
spec('healthy.dwell-days-with-port-code', 'dwell-days-all-columns',
  csv('containers.csv', 'dwell_days', ['port_code', ...CONT], 'minmax', 'standard'), [dense(24, 'relu'), dense(12, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32));
spec('healthy.dwell-band-rmsprop', 'dwell-band',
  csv('containers.csv', 'dwell_band', CONT), [dense(24, 'relu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.003), train(120, 32));
spec('healthy.dwell-band-sgd-tanh', 'dwell-band-sgd',
  csv('containers.csv', 'dwell_band', CONT), [dense(32, 'tanh'), dense(16, 'tanh'), dense(3, 'softmax')], 'cce', opt('sgd', 0.01, { momentum: 0.9 }), train(150, 32));
spec('healthy.claims-adam', 'cargo-claim',
  csv('claims.csv', 'claim', CLM), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(100, 32));
spec('healthy.claims-sgd-elu-decay', 'cargo-claim-sgd',
  csv('claims.csv', 'claim', CLM), [dense(24, 'elu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.0005 }), train(120, 32));
spec('healthy.claims-rmsprop-dropout', 'cargo-claim-rms',
  csv('claims.csv', 'claim', CLM, 'minmax'), [dense(32, 'relu'), drop(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), train(120, 32, { validationSplit: 0.2 }));
spec('healthy.loadfactor-adam', 'load-factor',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('adam', 0.003), train(120, 32));
spec('healthy.loadfactor-sgd-tanh', 'load-factor-sgd',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'minmax', 'minmax'), [dense(16, 'tanh'), dense(1)], 'mse', opt('sgd', 0.1, { momentum: 0.9 }), train(150, 16));
spec('healthy.loadfactor-route-id-kept', 'load-factor-route',
  csv('loadfactor.csv', 'load_factor_pct', ['route_id', ...LF], 'standard', 'standard'), [dense(24, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.002), train(120, 32));
spec('healthy.iris-adam', 'iris-baseline',
  { builtin: 'iris', normalize: 'standard' }, [dense(16, 'relu'), dense(3, 'softmax')], 'cce', opt('adam', 0.01), train(100, 16));
spec('healthy.blobs-four-routes-sgd', 'route-clusters',
  { builtin: 'blobs', classes: 4, samples: 400, noise: 0.1 }, [dense(16, 'relu'), dense(4, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), train(60, 32));
spec('healthy.moons-adam', 'moons-holding-pattern',
  { builtin: 'moons', samples: 300, noise: 0.2 }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.005), train(150, 32));
spec('healthy.circles-rmsprop', 'circles-radar-zone',
  { builtin: 'circles', samples: 300, noise: 0.1 }, [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), train(150, 32));
spec('healthy.sine-tide-adam', 'tide-sine',
  { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'tanh'), dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.01), train(200, 32));
spec('healthy.spirals-adam', 'spirals-approach',
  { builtin: 'spirals', samples: 400, noise: 0.05, classes: 2 }, [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.01), train(300, 32));
spec('healthy.xor-sgd', 'xor-gate-logic',
  { builtin: 'xor', samples: 300, noise: 0.1 }, [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), train(150, 16));
spec('healthy.status-clipnorm-rmsprop', 'flight-status-clip',
  csv('flights.csv', 'status', FL, 'minmax'), [dense(32, 'elu'), dense(3, 'softmax')], 'cce', opt('rmsprop', 0.003, { clipNorm: 1 }), train(120, 32));
spec('healthy.wait-sgd-momentum-val', 'port-wait-sgd',
  csv('voyages.csv', 'wait_h', VOY, 'standard', 'standard'), [dense(32, 'relu'), dense(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), train(150, 32, { validationSplit: 0.2 }));
spec('healthy.claims-leaky-batch-64', 'cargo-claim-leaky',
  csv('claims.csv', 'claim', CLM), [dense(32, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', opt('adam', 0.003), train(150, 64));

/* ---------------------------------------------------------------- second round of candidates ---- */

spec('oscillating-loss.dwell-rmsprop-0.1', 'dwell-rmsprop-hot',
  csv('containers.csv', 'dwell_days', CONT, 'standard', 'standard'), [dense(24, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.1), train(100, 32));
spec('oscillating-loss.wait-adam-0.2', 'wait-adam-hot',
  csv('voyages.csv', 'wait_h', VOY, 'standard', 'standard'), [dense(16, 'tanh'), dense(1)], 'mse', opt('adam', 0.2), train(100, 64));
spec('oscillating-loss.late-sgd-2-momentum', 'late-sgd-hot',
  csv('flights.csv', 'late', FL), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 2, { momentum: 0.9 }), train(100, 32));
spec('oscillating-loss.claims-sgd-1.5-batch-16', 'claims-sgd-hot',
  csv('claims.csv', 'claim', CLM), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('sgd', 1.5), train(100, 16));
spec('oscillating-loss.loadfactor-rmsprop-0.05-elu', 'lf-rmsprop-elu',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'standard', 'standard'), [dense(32, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.05), train(100, 32));
spec('exploding-gradient.loadfactor-raw-adam-elu', 'lf-raw-adam',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'none'), [dense(32, 'elu'), dense(16, 'elu'), dense(1)], 'mse', opt('adam', 0.01), train(100, 32));
spec('exploding-gradient.delay-raw-distance-rmsprop', 'delay-raw-rms',
  csv('flights.csv', 'arr_delay_min', FL, 'none'), [dense(32, 'leaky_relu'), dense(1)], 'mse', opt('rmsprop', 0.003), train(100, 32));
spec('vanishing-gradient.loadfactor-deep-sigmoid', 'lf-deep-sigmoid',
  csv('loadfactor.csv', 'load_factor_pct', LF, 'standard', 'standard'),
  [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1)], 'mse', opt('sgd', 0.01), train(100, 32));
spec('vanishing-gradient.fuel-deep-sigmoid-momentum', 'fuel-deep-sigmoid',
  csv('voyages.csv', 'fuel_t', VOY, 'standard', 'standard'),
  [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(1)], 'mse', opt('sgd', 0.005, { momentum: 0.9 }), train(100, 32));
spec('oscillating-loss.fuel-rmsprop-0.1-tanh', 'fuel-rmsprop-hot',
  csv('voyages.csv', 'fuel_t', VOY, 'standard', 'standard'), [dense(24, 'tanh'), dense(1)], 'mse', opt('rmsprop', 0.1), train(100, 32));
spec('oscillating-loss.claims-rmsprop-0.1', 'claims-rmsprop-hot',
  csv('claims.csv', 'claim', CLM), [dense(24, 'tanh'), dense(1, 'sigmoid')], 'bce', opt('rmsprop', 0.1), train(100, 32));
spec('oscillating-loss.delay-rmsprop-0.08-elu', 'delay-rmsprop-hot',
  csv('flights.csv', 'arr_delay_min', FL, 'standard', 'standard'), [dense(32, 'elu'), dense(1)], 'mse', opt('rmsprop', 0.08), train(100, 32));

function main(): void {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const [file, body] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
  console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
}

main();
