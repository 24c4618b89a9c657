/** Writes every candidate spec of fault set blind230 into candidates/. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
const FL = ['student_hours', 'wind_kmh', 'gust_kmh', 'thermal_index', 'launch_alt_m', 'takeoff_mass_kg', 'wing_area_m2', 'canopy_age_years', 'radio'];
const WF = ['aspect_ratio', 'cells', 'flat_area_m2', 'glider_weight_kg', 'trim_speed_kmh', 'top_speed_kmh'];
const SF = ['wind_ms', 'direction_deg', 'temp_c', 'dewpoint_c', 'cloudbase_m', 'lapse_c_per_km'];
const TF = ['line_tension_kg', 'tow_speed_kmh', 'pilot_mass_kg', 'glider_span_m', 'headwind_kmh'];
const CF = ['students', 'tandem_flights', 'instructors', 'flyable_days', 'rain_mm', 'van_km'];
type J = Record<string, unknown>;
const csv = (file: string, target: string | string[], features: string[], normalize = 'standard', extra: J = {}) => ({ csv: `../data/${file}`, target, features, normalize, ...extra });
const incident = (n = 'standard') => csv('flights.csv', 'incident', FL, n);
const airtime = (n = 'standard', t?: string) => csv('flights.csv', 'airtime_min', FL, n, t ? { normalizeTarget: t } : {});
const outcome = (n = 'standard') => csv('flights.csv', 'outcome', FL, n);
const wings = (n = 'standard') => csv('wings.csv', 'en_class', WF, n);
const sites = (n = 'standard', t?: string) => csv('sites.csv', 'flyable_hours', SF, n, t ? { normalizeTarget: t } : {});
const climb = (n = 'standard') => csv('tows.csv', 'climb_after_release_ms', [...TF, 'release_alt_m'], n);
const lockout = (n = 'standard') => csv('tows.csv', 'lockout', TF, n);
const revenue = (n = 'standard', t?: string) => csv('courses.csv', 'revenue_eur', CF, n, t ? { normalizeTarget: t } : {});
const d = (units: number, activation = 'relu', more: J = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: J = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}) => ({ epochs, batchSize, shuffle: true, ...more });
let seed = 230;
function spec(name: string, data: unknown, layers: unknown[], loss: string, optimizer: unknown, training: unknown, extra: J = {}) {
  const s = { name, seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const raw = (name: string, text: string) => fs.writeFileSync(path.join(out, `${name}.nn.json`), text);

// ---------- faults ----------
// invalid-spec
spec('invalid-spec.optimizer-adamw', incident(), [d(16), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(80, 32));
spec('invalid-spec.loss-keras-name', incident(), [d(12, 'tanh'), d(1, 'sigmoid')], 'binary_crossentropy', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.init-glorot', wings(), [d(16, 'relu', { init: 'glorot_uniform' }), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 16));
spec('invalid-spec.dropout-percent', sites(), [d(24), drop(20), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(100, 32));
spec('invalid-spec.activation-swish', climb(), [d(16, 'swish'), d(8, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(80, 16));
raw('invalid-spec.trailing-comma', JSON.stringify({ name: 'tows-lockout', seed: 7, data: lockout(), layers: [d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) }, null, 2).replace('"bce"', '"bce",,'));
// data-error
spec('data-error.filename-typo', csv('flight.csv', 'incident', FL), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.target-renamed', csv('flights.csv', 'incident_flag', FL), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.date-as-feature', csv('flights.csv', 'airtime_min', ['date', ...FL]), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(60, 32));
spec('data-error.gaps-export', csv('flights-gaps.csv', 'incident', FL), [d(12), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32));
spec('data-error.absolute-home-path', { csv: '/home/school/exports/wings.csv', target: 'en_class', features: WF, normalize: 'standard' }, [d(16), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(60, 32));
spec('data-error.flight-id-feature', csv('flights.csv', 'outcome', ['flight_id', ...FL]), [d(16), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(60, 32));
// shape-mismatch
spec('shape-mismatch.wings-three-units', wings(), [d(16), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 16));
spec('shape-mismatch.outcome-two-units', outcome(), [d(16, 'tanh'), d(2, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.incident-two-sigmoid', incident(), [d(16), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.two-targets-one-unit', csv('flights.csv', ['airtime_min', 'gust_kmh'], ['student_hours', 'wind_kmh', 'thermal_index', 'launch_alt_m'], 'standard', { normalizeTarget: 'standard' }), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(80, 32));
// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', incident(), [d(16), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', wings(), [d(16), d(4, 'sigmoid')], 'cce', opt('adam', 0.005), tr(100, 16));
spec('loss-activation-mismatch.tanh-head-raw-minutes', airtime(), [d(16), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.softmax-mse-lockout', lockout(), [d(8), d(1, 'softmax')], 'mse', opt('sgd', 0.05), tr(60, 32));
spec('loss-activation-mismatch.relu-head-bce', lockout(), [d(12, 'tanh'), d(1, 'relu')], 'bce', opt('adam', 0.003), tr(80, 32));
// init-symmetry
spec('init-symmetry.zeros-hidden', incident(), [d(16, 'tanh', { init: { name: 'zeros' } }), d(1, 'sigmoid', { init: { name: 'zeros' } })], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(80, 32));
spec('init-symmetry.constant-hidden', sites(), [d(24, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'linear', { init: { name: 'constant', value: 0.1 } })], 'mse', opt('adam', 0.003), tr(100, 32));
spec('init-symmetry.zeros-two-layers', wings(), [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(4, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(100, 16));
spec('init-symmetry.constant-tows', climb(), [d(12, 'tanh', { init: { name: 'constant', value: 0.05 } }), d(1, 'linear', { init: { name: 'constant', value: 0.05 } })], 'mse', opt('sgd', 0.05), tr(100, 16));
// init-scale
spec('init-scale.normal-std-8', incident(), [d(32, 'tanh', { init: { name: 'normal', std: 8 } }), d(16, 'tanh', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));
spec('init-scale.uniform-tiny-deep', sites(), [d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(1, 'linear', { init: { name: 'uniform', limit: 1e-4 } })], 'mse', opt('sgd', 0.01), tr(100, 32));
spec('init-scale.normal-std-30-relu', climb(), [d(32, 'relu', { init: { name: 'normal', std: 30 } }), d(32, 'relu', { init: { name: 'normal', std: 30 } }), d(1, 'linear')], 'mse', opt('sgd', 0.001), tr(80, 32));
spec('init-scale.normal-std-5-wings', wings(), [d(24, 'sigmoid', { init: { name: 'normal', std: 5 } }), d(24, 'sigmoid', { init: { name: 'normal', std: 5 } }), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(100, 16));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-outcome', outcome(), [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('no-nonlinearity.linear-stack-sites', sites(), [d(32), d(32, 'linear'), d(1, 'linear')].map((l, i) => (i === 0 ? { ...l, activation: 'linear' } : l)), 'mse', opt('rmsprop', 0.001), tr(120, 32));
spec('no-nonlinearity.default-activation-wings', wings(), [{ type: 'dense', units: 24 }, { type: 'dense', units: 24 }, d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 16));
spec('no-nonlinearity.linear-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
// lr-out-of-range
spec('lr-out-of-range.zero-rate', incident(), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0), tr(60, 32));
spec('lr-out-of-range.negative-rate', sites(), [d(16), d(1, 'linear')], 'mse', opt('sgd', -0.01, { momentum: 0.9 }), tr(60, 32));
spec('lr-out-of-range.rmsprop-rate-50', wings(), [d(16), d(4, 'softmax')], 'cce', opt('rmsprop', 50), tr(60, 16));
spec('lr-out-of-range.adam-rate-200', climb(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 200), tr(60, 32));
// dead-relu
spec('dead-relu.bias-minus-4', incident(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(100, 32));
spec('dead-relu.big-sgd-step', sites(), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.6), tr(100, 8));
spec('dead-relu.bias-minus-6-wings', wings(), [d(24, 'relu', { bias: -6 }), d(4, 'softmax')], 'cce', opt('adam', 0.001), tr(100, 16));
spec('dead-relu.raw-alt-negative-bias', csv('flights.csv', 'incident', FL, 'minmax'), [d(16, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.0005), tr(100, 32));
// exploding-gradient
spec('exploding-gradient.raw-revenue-sgd', revenue('none'), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 1e-6), tr(60, 32));
spec('exploding-gradient.raw-altitude-deep', csv('flights.csv', 'airtime_min', FL, 'none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 1e-5, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.raw-tows-deep-relu', csv('tows.csv', 'release_alt_m', TF, 'none'), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(60, 32));
spec('exploding-gradient.revenue-norm-features-raw-target', revenue('standard'), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.0001, { momentum: 0.9 }), tr(60, 16));
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-sgd', incident(), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.01), tr(80, 32));
spec('vanishing-gradient.deep-sigmoid-wings', wings(), Array.from({ length: 7 }, () => d(24, 'sigmoid', { init: 'xavier_normal' })).concat([d(4, 'softmax')]), 'cce', opt('sgd', 0.05, { momentum: 0.5 }), tr(80, 16));
spec('vanishing-gradient.tanh-small-init-deep', sites(), Array.from({ length: 6 }, () => d(32, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(1, 'linear')]), 'mse', opt('sgd', 0.01), tr(80, 32));
spec('vanishing-gradient.deep-sigmoid-lockout', lockout(), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('rmsprop', 0.0001), tr(60, 32));
// nan-loss
spec('nan-loss.raw-revenue-sgd-big', revenue('none'), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(40, 32));
spec('nan-loss.raw-altitude-momentum', csv('flights.csv', 'airtime_min', FL, 'none'), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(40, 32));
spec('nan-loss.raw-release-rmsprop-relu', csv('tows.csv', 'release_alt_m', TF, 'none'), [d(64, 'relu'), d(64, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.001, { nesterov: true, momentum: 0.95 }), tr(40, 8));
spec('nan-loss.huge-lr-deep-elu', sites('none'), [d(32, 'elu'), d(32, 'elu'), d(1, 'linear')], 'mse', opt('sgd', 0.5), tr(40, 16));
// lr-too-high
spec('lr-too-high.sgd-rate-3', incident(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3), tr(80, 32));
spec('lr-too-high.adam-rate-0.5', wings(), [d(24), d(4, 'softmax')], 'cce', opt('adam', 0.5), tr(80, 16));
spec('lr-too-high.rmsprop-rate-0.2', sites(), [d(32), d(1, 'linear')], 'mse', opt('rmsprop', 0.2), tr(80, 32));
spec('lr-too-high.nesterov-rate-1', climb(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 1, { momentum: 0.9, nesterov: true }), tr(80, 32));
spec('lr-too-high.adam-rate-1-outcome', outcome(), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 1), tr(80, 64));
// lr-too-low
spec('lr-too-low.sgd-1e-5', incident(), [d(16), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-5), tr(80, 32));
spec('lr-too-low.adam-1e-6', sites(), [d(32), d(32), d(1, 'linear')], 'mse', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-1e-6-wings', wings(), [d(24, 'tanh'), d(4, 'softmax')], 'cce', opt('rmsprop', 1e-6), tr(100, 16));
spec('lr-too-low.momentum-1e-6-tows', climb(), [d(16), d(1, 'linear')], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), tr(100, 16));
spec('lr-too-low.fullbatch-sgd-1e-4', outcome(), [d(32, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 1e-4), tr(150, 520));
// saturated-activation
spec('saturated-activation.sigmoid-raw-features', csv('flights.csv', 'incident', FL, 'none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.001), tr(80, 32));
spec('saturated-activation.tanh-raw-courses', csv('courses.csv', 'revenue_eur', CF, 'none', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(80, 32));
spec('saturated-activation.tanh-bias-6', sites(), [d(32, 'tanh', { bias: 6 }), d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(80, 32));
spec('saturated-activation.sigmoid-raw-wings', wings('none'), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(80, 16));
// loss-plateau
spec('loss-plateau.weight-decay-1', incident(), [d(32), d(1, 'sigmoid')], 'bce', opt('adam', 0.003, { weightDecay: 1 }), tr(100, 32));
spec('loss-plateau.dropout-0.95', sites(), [d(32), drop(0.95), d(32), drop(0.95), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-plateau.bottleneck-one-relu', wings(), [d(32), d(1, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16));
spec('loss-plateau.wd-sgd-spirals', { builtin: 'spirals', samples: 300, classes: 3 }, [d(32), d(32), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9, weightDecay: 0.3 }), tr(150, 32));
// oscillating-loss
spec('oscillating-loss.momentum-0.99', sites(), [d(32), d(1, 'linear')], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(100, 32));
spec('oscillating-loss.batch-1-sgd', climb(), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.3), tr(60, 1));
spec('oscillating-loss.adam-fullbatch-0.1', incident(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.1), tr(120, 520));
spec('oscillating-loss.rmsprop-batch-4', wings(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.05), tr(80, 4));

// ---------- healthy ----------
spec('ok.incident-adam-relu', incident(), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('ok.incident-tanh-nesterov', incident(), [d(12, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(100, 32, { validationSplit: 0.2 }));
spec('ok.incident-rmsprop-dropout', incident('minmax'), [d(32), drop(0.2), d(16), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(100, 64));
spec('ok.incident-elu-batchnorm', incident(), [d(24, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('ok.outcome-adam-two-layer', outcome(), [d(32), d(16), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(120, 32));
spec('ok.outcome-leaky-sgd-momentum', outcome(), [d(24, 'leaky_relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 16));
spec('ok.outcome-fullbatch-adam', outcome(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 520));
spec('ok.wings-adam-relu', wings(), [d(24), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(120, 16));
spec('ok.wings-sigmoid-sgd', wings(), [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', opt('sgd', 0.3), tr(150, 16));
spec('ok.wings-deep-elu-rmsprop', wings('minmax'), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(4, 'softmax')], 'cce', opt('rmsprop', 0.001), tr(120, 32, { validationSplit: 0.15 }));
spec('ok.wings-batch-1-sgd', wings(), [d(12, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.01), tr(40, 1));
spec('ok.wings-wd-clip', wings(), [d(32, 'relu', { init: 'he_uniform' }), drop(0.1), d(4, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 0.0005, clipNorm: 1 }), tr(150, 32));
spec('ok.sites-adam-relu', sites(), [d(32), d(16), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('ok.sites-rmsprop-tanh', sites(), [d(24, 'tanh'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003), tr(150, 16));
spec('ok.sites-sgd-momentum-minmax', sites('minmax'), [d(32, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.sites-batchnorm-leaky', sites(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1, 'linear')], 'mse', opt('adam', 0.002), tr(100, 64, { validationSplit: 0.2 }));
spec('ok.sites-linear-regression', sites(), [d(1, 'linear')], 'mse', opt('sgd', 0.03), tr(100, 32));
spec('ok.airtime-normtarget-adam', airtime('standard', 'standard'), [d(32), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('ok.airtime-normtarget-minmax-elu', airtime('minmax', 'minmax'), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.airtime-nesterov-normtarget', airtime('standard', 'standard'), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(100, 16));
spec('ok.climb-adam-relu', climb(), [d(16), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(120, 16));
spec('ok.climb-sgd-plain', climb(), [d(8, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(150, 16));
spec('ok.lockout-adam', lockout(), [d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(150, 32));
spec('ok.lockout-rmsprop-sigmoid', lockout(), [d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 32));
spec('ok.revenue-normtarget-adam', revenue('standard', 'standard'), [d(32), d(16), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.revenue-normtarget-sgd', revenue('standard', 'standard'), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.03, { momentum: 0.8 }), tr(150, 16));
spec('ok.revenue-clip-rmsprop', revenue('minmax', 'standard'), [d(24, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.003, { clipNorm: 5 }), tr(150, 32));
spec('ok.moons-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 32));
spec('ok.spirals-deep-adam', { builtin: 'spirals', samples: 300, classes: 3 }, [d(64), d(64), d(32), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(8, 'elu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 16));
spec('ok.blobs-four-sgd', { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 32));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.xor-sigmoid-fullbatch', { builtin: 'xor', samples: 200 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.03), tr(300, 200));
spec('ok.inline-harness-sizes', { inline: { x: [[55], [60], [65], [70], [75], [80], [85], [90], [95], [100], [105], [110], [58], [68], [78], [88], [98], [108]], y: [20, 21.5, 22, 23, 24, 25, 25.5, 26.5, 27, 28, 29, 30, 21, 22.5, 24.5, 26, 27.5, 29.5] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(1, 'linear')], 'mse', opt('sgd', 0.1), tr(150, 6));
spec('ok.inline-wing-classes', { inline: { x: [[5.0, 38], [5.2, 40], [5.1, 42], [5.9, 48], [6.0, 50], [6.2, 52], [6.9, 60], [7.1, 64], [7.0, 62], [5.3, 39], [6.1, 49], [7.2, 66]], y: ['A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'C', 'A', 'B', 'C'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(200, 4));
spec('ok.outcome-wide-dropout-wd', outcome(), [d(64), drop(0.3), d(32), drop(0.2), d(3, 'softmax')], 'cce', opt('adam', 0.002, { weightDecay: 0.0001 }), tr(120, 32, { validationSplit: 0.1 }));
spec('ok.incident-sgd-batch-8-leaky', incident(), [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.02), tr(100, 8));
spec('ok.sites-deep-narrow-rmsprop', sites(), [d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(150, 16));
spec('ok.climb-lecun-tanh-adam', climb('minmax'), [d(32, 'tanh', { init: 'lecun_normal' }), d(1, 'linear')], 'mse', opt('adam', 0.005), tr(120, 64));
spec('ok.wings-xavier-normal-sigmoid-adam', wings(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(16, 'sigmoid'), d(4, 'softmax')], 'cce', opt('adam', 0.005), tr(200, 32));
spec('ok.semicolon-fullbatch-rmsprop', sites(), [d(16, 'relu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.01), tr(400, 400));

// ---------- second batch (appended so earlier seeds stay as observed) ----------
spec('nan-loss.raw-revenue-linear-sgd', revenue('none'), [d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(40, 32));
spec('nan-loss.raw-sites-linear-sgd', sites('none'), [d(1, 'linear')], 'mse', opt('sgd', 0.01), tr(40, 16));
spec('nan-loss.raw-airtime-linear-momentum', csv('flights.csv', 'airtime_min', FL, 'none'), [d(1, 'linear')], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(40, 32));
spec('nan-loss.raw-release-tanh-sgd', csv('tows.csv', 'release_alt_m', TF, 'none'), [d(8, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.05), tr(40, 8));
spec('exploding-gradient.revenue-raw-target-adam', revenue('standard'), [d(32), d(32), d(1, 'linear')], 'mse', opt('adam', 0.001), tr(80, 32));
spec('exploding-gradient.airtime-raw-rmsprop', csv('flights.csv', 'airtime_min', FL, 'none'), [d(32), d(16), d(1, 'linear')], 'mse', opt('rmsprop', 0.001), tr(80, 32));
spec('exploding-gradient.release-raw-target-tanh', csv('tows.csv', 'release_alt_m', TF, 'standard'), [d(16, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', opt('adam', 0.003), tr(80, 16));
spec('init-symmetry.constant-tanh-outcome', outcome(), [d(32, 'tanh', { init: { name: 'constant', value: 0.2 } }), d(3, 'softmax', { init: { name: 'constant', value: 0.2 } })], 'cce', opt('adam', 0.003), tr(100, 32));
spec('init-symmetry.zeros-wings-momentum', wings(), [d(24, 'tanh', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));
spec('init-symmetry.zeros-relu-lockout', lockout(), [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', opt('adam', 0.003), tr(100, 32));
spec('loss-plateau.wd-rmsprop-incident', incident(), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { weightDecay: 0.5 }), tr(100, 32));
spec('loss-plateau.wd-adam-outcome', outcome(), [d(32), d(16), d(3, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 2 }), tr(100, 32));
spec('loss-plateau.wd-adam-sites', sites(), [d(32, 'elu'), d(1, 'linear')], 'mse', opt('adam', 0.005, { weightDecay: 3 }), tr(100, 32));
spec('oscillating-loss.momentum-0.95-batch-8-wings', wings(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', opt('sgd', 0.5, { momentum: 0.95 }), tr(80, 8));
spec('oscillating-loss.adam-0.05-batch-2-sites', sites(), [d(32), d(1, 'linear')], 'mse', opt('adam', 0.05), tr(60, 2));
spec('oscillating-loss.sgd-fullbatch-edge', sites(), [d(1, 'linear')], 'mse', opt('sgd', 0.95), tr(100, 400));
spec('ok.tows-climb-rmsprop-elu', climb(), [d(16, 'elu'), d(8, 'elu'), d(1, 'linear')], 'mse', opt('rmsprop', 0.002), tr(120, 32));
spec('ok.release-normtarget-nesterov', csv('tows.csv', 'release_alt_m', TF, 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), tr(120, 32));
spec('ok.incident-minmax-adam-batch-128', incident('minmax'), [d(48, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002), tr(150, 128));
