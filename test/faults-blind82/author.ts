/**
 * Writes every candidate spec of the eighty-second blind fault set into candidates/:
 * `npx tsx test/faults-blind82/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
 * specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');

const specs: Record<string, Json> = {};

function d(units: number, activation?: string, extra: Json = {}): Json {
  return activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });

function add(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  specs[file] = { name, seed: extra.seed ?? 82, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const VIS_FEATURES = ['ticket_price', 'school_holiday', 'weekend', 'temp_c', 'exhibition_age_days'];
const visReg = (extra: Json = {}): Json => ({ csv: '../data/visitors.csv', target: 'visitors', features: VIS_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const visSeg = (extra: Json = {}): Json => ({ csv: '../data/visitors.csv', target: 'segment', features: VIS_FEATURES, normalize: 'standard', ...extra });
const LOAN_FEATURES = ['copies', 'holds_queue', 'pub_year', 'page_count'];
const loans = (extra: Json = {}): Json => ({ csv: '../data/loans.csv', target: 'weekly_loans', features: LOAN_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const CONS_FEATURES = ['rel_humidity', 'lux_hours', 'object_age_years', 'in_display_case'];
const cons = (extra: Json = {}): Json => ({ csv: '../data/conservation.csv', target: 'damage_risk', features: CONS_FEATURES, normalize: 'standard', ...extra });
const DIGI_FEATURES = ['staff_hours', 'pages_per_item', 'scan_dpi', 'fragile'];
const digi = (extra: Json = {}): Json => ({ csv: '../data/digitization.csv', target: 'items_digitized', features: DIGI_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const DON_FEATURES = ['donor_age', 'visits_per_year', 'member', 'years_member'];
const donAmt = (extra: Json = {}): Json => ({ csv: '../data/donations.csv', target: 'gift_amount', features: DON_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const donTier = (extra: Json = {}): Json => ({ csv: '../data/donations.csv', target: 'tier', features: DON_FEATURES, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimiser-british-key', 'visitor-forecast', visReg(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
(specs['invalid-spec.optimiser-british-key'] as Json).optimiser = (specs['invalid-spec.optimiser-british-key'] as Json).optimizer;
delete (specs['invalid-spec.optimiser-british-key'] as Json).optimizer;
add('invalid-spec.keras-loss-name', 'damage-risk-flag', cons(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(60));
add('invalid-spec.batch-size-snake-case', 'loan-forecast', loans(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), { epochs: 80, batch_size: 16 });
add('invalid-spec.units-as-string', 'donor-tier', donTier(), [d(16, 'tanh'), { type: 'dense', units: '3', activation: 'softmax' }], 'cce', adam(0.005), tr(80));

add('data-error.csv-filename-typo', 'visitor-forecast', visReg({ csv: '../data/visitor.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.target-column-singular', 'loan-forecast', loans({ target: 'weekly_loan' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-cells-in-export', 'visitor-forecast-export', visReg({ csv: '../data/visitors-export-na.csv' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.feature-lux-hour-typo', 'damage-risk-flag', cons({ features: ['rel_humidity', 'lux_hour', 'object_age_years', 'in_display_case'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('shape-mismatch.three-outputs-four-segments', 'visitor-segment', visSeg(), [d(24, 'relu'), d(12, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.two-sigmoid-units-binary', 'damage-risk-flag', cons(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('shape-mismatch.loans-head-left-at-four', 'loan-forecast', loans(), [d(32, 'relu'), d(16, 'relu'), d(4)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.tier-softmax-two', 'donor-tier', donTier(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));

add('loss-activation-mismatch.sigmoid-head-attendance', 'visitor-forecast', visReg(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.linear-head-bce', 'damage-risk-flag', cons(), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-single-unit-bce', 'damage-risk-flag', cons(), [d(16, 'tanh'), d(1, 'softmax')], 'bce', rms(0.002), tr(60));
add('loss-activation-mismatch.tier-sigmoid-cce', 'donor-tier', donTier(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', adam(0.005), tr(80));

add('init-symmetry.zeros-hidden-loans', 'loan-forecast', loans(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-tanh-segment', 'visitor-segment', visSeg(), [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-small-digitization', 'scan-throughput', digi(), [d(16, 'relu', { init: { name: 'constant', value: 0.02 } }), d(16, 'relu', { init: { name: 'constant', value: 0.02 } }), d(1)], 'mse', mom(0.01), tr(100));

add('init-scale.normal-std-two-deep', 'visitor-forecast', visReg(), [d(32, 'relu', { init: { name: 'normal', std: 2 } }), d(32, 'relu', { init: { name: 'normal', std: 2 } }), d(32, 'relu', { init: { name: 'normal', std: 2 } }), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-stack', 'loan-forecast', loans(), [d(32, 'tanh', { init: { name: 'uniform', limit: 0.0005 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 0.0005 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 0.0005 } }), d(1)], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-five-tier', 'donor-tier', donTier(), [d(64, 'relu', { init: { name: 'normal', std: 5 } }), d(64, 'relu', { init: { name: 'normal', std: 5 } }), d(3, 'softmax')], 'cce', rms(0.001), tr(80));

add('no-nonlinearity.activation-omitted-hidden', 'visitor-forecast', visReg(), [d(32), d(16), d(1)], 'mse', adam(0.003), tr(100));
add('no-nonlinearity.linear-hidden-segment', 'visitor-segment', visSeg(), [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], 'cce', adam(0.005), tr(100));
add('no-nonlinearity.gallery-floor-circles-linear', 'gallery-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));

add('lr-out-of-range.adam-three-not-3e-3', 'loan-forecast', loans(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(3), tr(80));
add('lr-out-of-range.sgd-lr-hundred', 'damage-risk-flag', cons(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(100), tr(60));
add('lr-out-of-range.rmsprop-ten', 'donor-tier', donTier(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(10), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-loans', 'loan-forecast', loans(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-lux-sgd-kick', 'damage-risk-raw', cons({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('dead-relu.bias-minus-three-visitors', 'visitor-forecast', visReg(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(1)], 'mse', rms(0.001), tr(80));
add('dead-relu.digitization-high-lr-rmsprop', 'scan-throughput', digi(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));

add('exploding-gradient.raw-visitors-raw-target', 'visitor-forecast-raw', visReg({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.raw-donations-amount', 'gift-amount-raw', donAmt({ normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.deep-relu-normal-one', 'loan-forecast', loans(), [d(48, 'relu', { init: { name: 'normal', std: 0.6 } }), d(48, 'relu', { init: { name: 'normal', std: 0.6 } }), d(48, 'relu', { init: { name: 'normal', std: 0.6 } }), d(48, 'relu', { init: { name: 'normal', std: 0.6 } }), d(1)], 'mse', adam(0.0005), tr(60));

add('vanishing-gradient.six-sigmoid-loans', 'loan-forecast', loans(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(80));
add('vanishing-gradient.deep-sigmoid-damage', 'damage-risk-flag', cons(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-segment', 'visitor-segment', visSeg(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.02), tr(80));

add('nan-loss.sgd-raw-attendance', 'visitor-forecast-raw', visReg({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.momentum-raw-gifts', 'gift-amount-raw', donAmt({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(60));
add('nan-loss.rmsprop-raw-loans-count', 'loan-forecast-raw', loans({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.001), tr(60));

add('lr-too-high.adam-0.1-segment', 'visitor-segment', visSeg(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.sgd-one-loans', 'loan-forecast', loans(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(80, 16));
add('lr-too-high.rmsprop-0.05-digitization', 'scan-throughput', digi(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', rms(0.05), tr(80, 16));
add('lr-too-high.momentum-0.5-tier', 'donor-tier', donTier(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));

add('lr-too-low.sgd-1e-5-loans', 'loan-forecast', loans(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-segment', 'visitor-segment', visSeg(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-digitization', 'scan-throughput', digi(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));

add('saturated-activation.sigmoid-raw-lux', 'damage-risk-raw', cons({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-visitor-log', 'visitor-forecast-raw', visReg({ normalize: 'none' }), [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-pub-year', 'loan-forecast-raw', loans({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));

add('loss-plateau.weight-decay-half', 'visitor-forecast', visReg(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.5 }), tr(80));
add('loss-plateau.dropout-heavy-tiny-net', 'scan-throughput', digi(), [d(4, 'relu'), drop(0.9), d(4, 'relu'), drop(0.9), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.id-columns-only', 'loan-forecast', loans({ features: ['title_id', 'branch_id'] }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.spirals-one-tanh-unit', 'exhibit-spiral-route', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(2, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));

add('oscillating-loss.momentum-0.99-loans', 'loan-forecast', loans(), [d(24, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(80, 16));
add('oscillating-loss.sgd-batch-one-digitization', 'scan-throughput', digi(), [d(16, 'relu'), d(1)], 'mse', sgd(0.1), tr(60, 1));
add('oscillating-loss.adam-0.05-batch-4-donations', 'gift-amount', donAmt(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(60, 4));
add('oscillating-loss.rmsprop-0.02-visitors-small-batch', 'visitor-forecast', visReg(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(80, 8));

// ---------------------------------------------------------------- healthy candidates
add('ok.visitors-adam-relu', 'visitor-forecast', visReg(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.visitors-rmsprop-elu-minmax', 'visitor-forecast', visReg({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.visitors-momentum-tanh', 'visitor-forecast', visReg(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.visitors-batchnorm-leaky', 'visitor-forecast', visReg(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.visitors-clipnorm-sgd', 'visitor-forecast', visReg(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.segment-adam-relu', 'visitor-segment', visSeg(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.segment-rmsprop-tanh-dropout', 'visitor-segment', visSeg(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.segment-momentum-elu-val', 'visitor-segment', visSeg(), [d(32, 'elu'), d(16, 'elu'), d(4, 'softmax')], 'cce', mom(0.03, 0.9), tr(150, 32, { validationSplit: 0.2 }));
add('ok.segment-minmax-leaky', 'visitor-segment', visSeg({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.loans-adam-relu', 'loan-forecast', loans(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.loans-rmsprop-tanh', 'loan-forecast', loans(), [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.loans-momentum-nesterov', 'loan-forecast', loans(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { nesterov: true }), tr(120));
add('ok.loans-weight-decay-batchnorm', 'loan-forecast', loans(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.loans-minmax-elu-sgd', 'loan-forecast', loans({ normalize: 'minmax' }), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', sgd(0.05), tr(200, 16));
add('ok.conservation-adam-relu', 'damage-risk-flag', cons(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.conservation-rmsprop-tanh', 'damage-risk-flag', cons(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.conservation-momentum-leaky-clip', 'damage-risk-flag', cons(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { clipNorm: 5 }), tr(120));
add('ok.conservation-dropout-val', 'damage-risk-flag', cons(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.002), tr(120, 64, { validationSplit: 0.2 }));
add('ok.conservation-elu-minmax', 'damage-risk-flag', cons({ normalize: 'minmax' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('ok.digitization-adam-relu', 'scan-throughput', digi(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.digitization-rmsprop-elu', 'scan-throughput', digi(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.digitization-momentum-tanh', 'scan-throughput', digi(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.digitization-batchnorm-adam', 'scan-throughput', digi(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(120, 32));
add('ok.donations-amount-adam', 'gift-amount', donAmt(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.donations-amount-rmsprop-tanh', 'gift-amount', donAmt(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.donations-tier-adam', 'donor-tier', donTier(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.donations-tier-momentum-elu', 'donor-tier', donTier(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.donations-tier-rmsprop-dropout', 'donor-tier', donTier(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.iris-provenance-adam', 'specimen-species', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-momentum-tanh', 'specimen-species', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-gallery-zones', 'gallery-zone', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-gallery-floor', 'gallery-zone', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-exhibit-halls', 'exhibit-hall', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-seasonal-footfall', 'seasonal-curve', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-two-wing-ticketing', 'wing-ticket', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-route-adam', 'exhibit-spiral-route', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.visitors-inline-weekday-pilot', 'pilot-weekday', { inline: { x: [[0, 8], [1, 8], [0, 12], [1, 12], [0, 15], [1, 15], [0, 20], [1, 20], [0, 0], [1, 0], [0, 5], [1, 5]], y: [1.9, 2.8, 1.7, 2.6, 1.6, 2.4, 1.3, 2.2, 2.3, 3.2, 2.1, 3.0] }, normalize: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.loans-huber-free-sgd-he-uniform', 'loan-forecast', loans(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));

// ---------------------------------------------------------------- second round (after the first observation)
add('saturated-activation.sigmoid-raw-dpi-pages', 'scan-throughput-raw', digi({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-donor-tier', 'donor-tier-raw', donTier({ normalize: 'none' }), [d(24, 'tanh'), d(3, 'softmax')], 'cce', rms(0.002), tr(80));
add('saturated-activation.tanh-raw-lux-conservation', 'damage-risk-raw', cons({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('oscillating-loss.adam-full-batch-loans', 'loan-forecast', loans(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(100, 420));
add('oscillating-loss.momentum-full-batch-visitors', 'visitor-forecast', visReg(), [d(24, 'tanh'), d(1)], 'mse', mom(0.2, 0.95), tr(100, 480));
add('oscillating-loss.rmsprop-full-batch-digitization', 'scan-throughput', digi(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 360));
add('oscillating-loss.sgd-full-batch-donations', 'gift-amount', donAmt(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.9), tr(100, 400));
add('oscillating-loss.adam-full-batch-segment', 'visitor-segment', visSeg(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.08), tr(100, 480));
add('lr-too-high.adam-0.05-conservation', 'damage-risk-flag', cons(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), tr(80, 16));
add('loss-plateau.weight-decay-one-segment', 'visitor-segment', visSeg(), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('oscillating-loss.rmsprop-full-batch-loans', 'loan-forecast', loans(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 420));
add('oscillating-loss.rmsprop-full-batch-visitors', 'visitor-forecast', visReg(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 480));
add('oscillating-loss.adam-full-batch-gifts', 'gift-amount', donAmt(), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(100, 400));
add('oscillating-loss.rmsprop-full-batch-tier', 'donor-tier', donTier(), [d(32, 'tanh'), d(3, 'softmax')], 'cce', rms(0.05), tr(100, 400));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
