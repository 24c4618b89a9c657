/**
 * Writes every candidate spec of test/faults-blind64 (civic and public-sector data) into
 * candidates/: `npx tsx test/faults-blind64/author.ts`. Names are `<intended code>.<slug>` or
 * `healthy.<slug>`; write-manifest.py files them by what the bare engine showed (observed.txt).
 */
import * as fs from 'fs';
import * as path from 'path';
import { normal, rng } from '../faults/data-random';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');

const specs: Record<string, Json> = {};
function add(name: string, spec: Json): void {
  if (specs[name]) throw new Error(`duplicate candidate ${name}`);
  specs[name] = { name: name.replace(/^[^.]+\./, ''), ...spec };
}

// ---- data blocks -------------------------------------------------------------------------------
const F311 = ['cat_pothole', 'cat_noise', 'cat_graffiti', 'cat_streetlight', 'cat_trash', 'district', 'hour', 'weekday', 'prior_open'];
const FTRACT = ['population', 'median_income', 'household_size', 'renter_share', 'pct_over65', 'dist_downtown_km'];
const FPERMIT = ['floor_area_m2', 'est_cost', 'storeys', 'zone_residential', 'heritage', 'needs_variance'];
const FINSP = ['seats', 'prior_violations', 'prior_critical', 'days_since_last', 'chain', 'complaints_311'];
const FTURN = ['registered', 'median_age', 'pct_college', 'pct_homeowner', 'median_income', 'poll_distance_km'];
const FCLAIM = ['amount', 'claimant_age', 'prior_claims', 'address_changes_12m', 'bank_changes_12m', 'days_to_file', 'online'];

const csv = (file: string, target: string | string[], features: string[] | undefined, normalize = 'standard', extra: Json = {}): Json =>
  ({ csv: `../data/${file}`, target, ...(features ? { features } : {}), normalize, ...extra });
const days311 = (n = 'standard', t = 'standard') => csv('requests311.csv', 'days_to_close', F311, n, { normalizeTarget: t });
const dept311 = (n = 'standard') => csv('requests311.csv', 'department', F311, n);
const rent = (n = 'standard', t = 'standard') => csv('tracts.csv', 'median_rent', FTRACT, n, { normalizeTarget: t });
const band = (n = 'standard') => csv('tracts.csv', 'deprivation', FTRACT, n);
const approve = (n = 'standard') => csv('permits.csv', 'approved', FPERMIT, n);
const weeks = (n = 'standard', t = 'standard') => csv('permits.csv', 'processing_weeks', FPERMIT, n, { normalizeTarget: t });
const grade = (n = 'standard') => csv('inspections.csv', 'grade', FINSP, n);
const turnout = (n = 'standard', t = 'standard') => csv('turnout.csv', 'turnout_pct', FTURN, n, { normalizeTarget: t });
const fraud = (n = 'standard') => csv('claims.csv', 'fraud', FCLAIM, n);

// ---- layer and optimizer helpers ---------------------------------------------------------------
const d = (units: number, activation?: string, extra: Json = {}): Json => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const spec = (data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 64): Json => ({ seed, data, layers, loss, optimizer, training });

// ================================================================================================
// Healthy candidates
// ================================================================================================
add('healthy.r311-days-adam', spec(days311(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), train(150)));
add('healthy.r311-days-momentum-elu-wd', spec(days311(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 1e-4 }), train(150)));
add('healthy.r311-dept-adam', spec(dept311(), [d(24, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), train(120)));
add('healthy.r311-dept-rmsprop-dropout', spec(dept311(), [d(32, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), train(150, 32, { validationSplit: 0.2 })));
add('healthy.r311-dept-momentum-tanh-minmax', spec(dept311('minmax'), [d(32, 'tanh'), d(16, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05), train(200, 16)));
add('healthy.r311-dept-leaky-adam-wd', spec(dept311(), [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.002, { weightDecay: 5e-4 }), train(100, 64)));
add('healthy.tracts-rent-adam', spec(rent(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.01), train(200, 32, { validationSplit: 0.2 })));
add('healthy.tracts-rent-minmax-momentum', spec(rent('minmax', 'minmax'), [d(16, 'tanh'), d(1)], 'mse', mom(0.05), train(300, 16)));
add('healthy.tracts-rent-sgd-clipnorm', spec(rent(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', sgd(0.02, { clipNorm: 1 }), train(250)));
add('healthy.tracts-rent-batchnorm-momentum', spec(rent(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', mom(0.01), train(150, 64)));
add('healthy.tracts-band-adam', spec(band(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), train(150)));
add('healthy.tracts-band-batchnorm', spec(band(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', adam(0.003), train(120, 64)));
add('healthy.tracts-band-rmsprop-leaky', spec(band(), [d(24, 'leaky_relu'), drop(0.1), d(12, 'leaky_relu'), d(3, 'softmax')], 'cce', rms(0.003), train(150)));
add('healthy.permits-approve-adam', spec(approve(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), train(150)));
add('healthy.permits-approve-nesterov', spec(approve(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { nesterov: true }), train(200)));
add('healthy.permits-approve-tanh-lecun', spec(approve(), [d(12, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), train(150, 16)));
add('healthy.permits-approve-rmsprop-bn', spec(approve(), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), train(120, 64)));
add('healthy.permits-weeks-adam-elu', spec(weeks(), [d(32, 'elu'), d(1)], 'mse', adam(0.005), train(200)));
add('healthy.permits-weeks-rmsprop-dropout', spec(weeks(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), d(1)], 'mse', rms(0.001), train(150, 32, { validationSplit: 0.15 })));
add('healthy.insp-grade-adam', spec(grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), train(150)));
add('healthy.insp-grade-momentum-tanh', spec(grade(), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', mom(0.03), train(200)));
add('healthy.insp-grade-rmsprop-bn', spec(grade(), [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', rms(0.003), train(120, 64)));
add('healthy.insp-grade-adam-wd-minmax', spec(grade('minmax'), [d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.005, { weightDecay: 1e-4 }), train(200)));
add('healthy.turnout-adam', spec(turnout(), [d(16, 'relu'), d(1)], 'mse', adam(0.01), train(200)));
add('healthy.turnout-raw-target-adam', spec(turnout('standard', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.02), train(400)));
add('healthy.turnout-momentum-minmax', spec(turnout('minmax', 'minmax'), [d(16, 'tanh'), d(1)], 'mse', mom(0.05), train(400, 16)));
add('healthy.turnout-rmsprop-elu-bn', spec(turnout(), [d(24, 'elu', { batchNorm: true }), d(12, 'elu'), d(1)], 'mse', rms(0.002), train(150)));
add('healthy.claims-fraud-adam', spec(fraud(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), train(200)));
add('healthy.claims-fraud-rmsprop', spec(fraud(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), train(200, 64)));
add('healthy.claims-fraud-momentum-clip', spec(fraud(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9, { clipNorm: 5 }), train(300)));
add('healthy.iris-species-adam', spec({ builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), train(150, 16)));
add('healthy.blobs-wards-momentum', spec({ builtin: 'blobs', classes: 4, samples: 400, noise: 0.1 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', mom(0.05), train(100)));
add('healthy.moons-complaint-zones-rmsprop', spec({ builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.005), train(200)));
add('healthy.sine-seasonal-volume-adam', spec({ builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), train(400)));
add('healthy.circles-service-radius-elu', spec({ builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), train(200)));

// A small school-inspection table written inline (attendance %, pupil/teacher ratio, % meeting standard, exclusions per 100).
const schoolRows = (() => {
  const next = rng(6408);
  const x: number[][] = [], y: string[] = [];
  for (let i = 0; i < 90; i++) {
    const attendance = 88 + next() * 10, ratio = 14 + next() * 12, meeting = 30 + next() * 60, exclusions = Math.max(0, normal(next, 3, 2));
    const s = 0.5 * (attendance - 93) - 0.15 * (ratio - 20) + 0.06 * (meeting - 60) - 0.3 * (exclusions - 3);
    x.push([Math.round(attendance * 10) / 10, Math.round(ratio * 10) / 10, Math.round(meeting), Math.round(exclusions * 10) / 10]);
    y.push(s > 0.9 ? 'A' : s > -0.9 ? 'B' : 'C');
  }
  return { x, y };
})();
add('healthy.school-grades-inline-adam', spec({ inline: schoolRows, normalize: 'standard' }, [d(12, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), train(300, 16)));

// ================================================================================================
// Faulty candidates: static
// ================================================================================================
add('invalid-spec.adam-learning-rate-key', spec(rent(), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', learning_rate: 0.001 }, train(150)));
add('invalid-spec.keras-loss-name', spec(dept311(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', adam(0.005), train(100)));
add('invalid-spec.batch-size-snake-case', spec(approve(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), { epochs: 120, batch_size: 64 }));
add('invalid-spec.normalise-british', spec({ csv: '../data/turnout.csv', target: 'turnout_pct', features: FTURN, normalise: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.01), train(200)));
add('invalid-spec.units-as-string', spec(grade(), [d(16, 'relu', { units: '16' }), d(3, 'softmax')], 'cce', adam(0.01), train(100)));

add('data-error.missing-file-underscore', spec(csv('311_requests.csv', 'days_to_close', F311, 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), train(150)));
add('data-error.target-rent-not-column', spec(csv('tracts.csv', 'rent', FTRACT), [d(16, 'relu'), d(1)], 'mse', adam(0.01), train(200)));
add('data-error.currency-strings-finance-export', spec(csv('permits-finance-export.csv', 'approved', FPERMIT), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), train(150)));
add('data-error.suppressed-income-na', spec(csv('tracts-suppressed.csv', 'deprivation', FTRACT), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), train(150)));
add('data-error.four-row-extract', spec(csv('turnout-extract.csv', 'turnout_pct', FTURN, 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', adam(0.01), train(200)));
add('data-error.feature-ward-not-in-file', spec(csv('requests311.csv', 'department', [...F311, 'ward']), [d(24, 'relu'), d(5, 'softmax')], 'cce', adam(0.005), train(120)));

add('shape-mismatch.dept-four-outputs', spec(dept311(), [d(24, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), train(120)));
add('shape-mismatch.grade-two-outputs', spec(grade(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), train(150)));
add('shape-mismatch.weeks-two-outputs', spec(weeks(), [d(32, 'elu'), d(2)], 'mse', adam(0.005), train(200)));
add('shape-mismatch.fraud-two-sigmoid', spec(fraud(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), train(200)));

add('loss-activation-mismatch.grade-softmax-mse', spec(grade(), [d(16, 'relu'), d(3, 'softmax')], 'mse', adam(0.01), train(150)));
add('loss-activation-mismatch.fraud-linear-bce', spec(fraud(), [d(16, 'relu'), d(1)], 'bce', adam(0.003), train(200)));
add('loss-activation-mismatch.rent-sigmoid-output', spec(rent('standard', 'none'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.01), train(200)));
add('loss-activation-mismatch.dept-sigmoid-cce', spec(dept311(), [d(24, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.005), train(120)));

add('init-symmetry.rent-zeros-hidden', spec(rent(), [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.01), train(200)));
add('init-symmetry.approve-constant-hidden', spec(approve(), [d(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], 'bce', adam(0.005), train(150)));
add('init-symmetry.dept-zeros-two-hidden', spec(dept311(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(5, 'softmax')], 'cce', mom(0.05), train(120)));

add('init-scale.fraud-normal-std3', spec(fraud(), [d(32, 'relu', { init: 'normal', std: 3 }), d(16, 'relu', { init: 'normal', std: 3 }), d(1, 'sigmoid')], 'bce', adam(0.003), train(200)));
add('init-scale.turnout-uniform-tiny-deep', spec(turnout(), [d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(1, undefined, { init: 'uniform', limit: 1e-4 })], 'mse', mom(0.01), train(150)));
add('init-scale.grade-normal-std2-wide', spec(grade(), [d(64, 'tanh', { init: 'normal', std: 2 }), d(64, 'tanh', { init: 'normal', std: 2 }), d(3, 'softmax')], 'cce', adam(0.003), train(150)));

add('no-nonlinearity.turnout-activation-omitted', spec(turnout(), [d(32), d(16), d(1)], 'mse', adam(0.01), train(200)));
add('no-nonlinearity.dept-linear-hidden', spec(dept311(), [d(32, 'linear'), d(16, 'linear'), d(5, 'softmax')], 'cce', adam(0.005), train(150)));
add('no-nonlinearity.band-linear-hidden', spec(band(), [d(16, 'linear'), d(8, 'linear'), d(3, 'softmax')], 'cce', rms(0.003), train(150)));

add('lr-out-of-range.adam-lr-10', spec(rent(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(10), train(200)));
add('lr-out-of-range.rmsprop-lr-5', spec(grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(5), train(150)));
add('lr-out-of-range.sgd-lr-200', spec(approve(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(200), train(150)));

// ================================================================================================
// Faulty candidates: probe / training
// ================================================================================================
add('dead-relu.tracts-raw-income-adam', spec(band('none'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.05), train(150)));
add('dead-relu.approve-negative-bias', spec(approve(), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', adam(0.005), train(150)));
add('dead-relu.days-sgd-lr-high', spec(days311(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.8), train(150)));
add('dead-relu.fraud-adam-lr-0.1', spec(fraud(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), train(150)));

add('exploding-gradient.weeks-raw-features-sgd', spec(weeks('none', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(1e-4), train(100)));
add('exploding-gradient.rent-raw-target-momentum', spec(rent('standard', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.01), train(150)));
add('exploding-gradient.turnout-raw-deep-adam', spec(turnout('none', 'none'), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.001), train(200)));
add('exploding-gradient.cost-target-rmsprop', spec(csv('permits.csv', 'est_cost', ['floor_area_m2', 'storeys', 'zone_residential', 'heritage'], 'standard'), [d(32, 'relu'), d(1)], 'mse', rms(0.01), train(150)));

add('vanishing-gradient.dept-deep-sigmoid-sgd', spec(dept311(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), train(100)));
add('vanishing-gradient.band-deep-sigmoid-adam', spec(band(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.0005), train(80)));
add('vanishing-gradient.approve-deep-sigmoid-momentum', spec(approve(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), train(100)));

add('nan-loss.cost-target-sgd', spec(csv('permits.csv', 'est_cost', ['floor_area_m2', 'storeys', 'zone_residential', 'heritage'], 'standard'), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), train(100)));
add('nan-loss.r311-all-columns-raw', spec(csv('requests311.csv', 'days_to_close', undefined, 'none'), [d(32, 'relu'), d(1)], 'mse', mom(0.01), train(100)));
add('nan-loss.claims-raw-amount-momentum', spec(fraud('none'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.1, 0.9), train(100)));
add('nan-loss.turnout-raw-sgd', spec(turnout('none', 'none'), [d(16, 'tanh'), d(1)], 'mse', sgd(0.01), train(100)));

add('lr-too-high.band-sgd-lr-3', spec(band(), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(3), train(150)));
add('lr-too-high.turnout-adam-lr-0.5', spec(turnout(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.5), train(150)));
add('lr-too-high.grade-rmsprop-lr-0.3', spec(grade(), [d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.3), train(150)));
add('lr-too-high.approve-momentum-lr-1', spec(approve(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1.0), train(150)));

add('lr-too-low.dept-sgd-1e-4', spec(dept311(), [d(24, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', sgd(1e-4), train(60)));
add('lr-too-low.rent-adam-1e-6', spec(rent(), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(1e-6), train(150)));
add('lr-too-low.grade-rmsprop-1e-6', spec(grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(1e-6), train(100)));
add('lr-too-low.turnout-sgd-1e-5', spec(turnout(), [d(16, 'tanh'), d(1)], 'mse', sgd(1e-5), train(150)));

add('saturated-activation.band-sigmoid-raw', spec(band('none'), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.005), train(150)));
add('saturated-activation.approve-tanh-raw', spec(approve('none'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), train(150)));
add('saturated-activation.turnout-tanh-raw', spec(turnout('none', 'standard'), [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', rms(0.001), train(150)));

add('loss-plateau.days-from-ids-only', spec(csv('requests311.csv', 'days_to_close', ['case_id', 'filed_epoch', 'weekday'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), train(150)));
add('loss-plateau.approve-from-permit-parcel-ids', spec(csv('permits.csv', 'approved', ['permit_no', 'parcel_id', 'filed_epoch'], 'standard'), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), train(150)));
add('loss-plateau.fraud-tiny-sgd', spec(fraud(), [d(4, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.01), train(150)));
add('loss-plateau.band-heavy-dropout', spec(band(), [d(8, 'relu'), drop(0.9), d(3, 'softmax')], 'cce', adam(0.01), train(150)));

add('oscillating-loss.turnout-momentum-0.98', spec(turnout(), [d(16, 'relu'), d(1)], 'mse', mom(0.05, 0.98), train(150)));
add('oscillating-loss.grade-sgd-batch8', spec(grade(), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.8), train(150, 8)));
add('oscillating-loss.rent-rmsprop-0.05', spec(rent(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), train(150, 16)));
add('oscillating-loss.iris-sgd-lr-1.5', spec({ builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), train(150, 16)));

// ---- second round, after the first observe.ts pass ---------------------------------------------
add('vanishing-gradient.band-deep-sigmoid-sgd', spec(band(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.1), train(100)));
add('nan-loss.turnout-raw-target-relu-sgd', spec(turnout('none', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), train(100)));
add('nan-loss.weeks-raw-momentum', spec(weeks('none', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.001, 0.9), train(100)));
add('shape-mismatch.rent-two-targets-one-output', spec(csv('tracts.csv', ['median_rent', 'household_size'], ['population', 'median_income', 'renter_share', 'pct_over65', 'dist_downtown_km'], 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', adam(0.01), train(200)));
add('init-symmetry.days-constant-relu', spec(days311(), [d(32, 'relu', { init: { name: 'constant', value: 0.05 } }), d(16, 'relu', { init: { name: 'constant', value: 0.05 } }), d(1)], 'mse', adam(0.003), train(150)));
add('lr-too-high.days-adam-0.1', spec(days311(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.1), train(150)));
add('lr-too-high.weeks-sgd-0.3', spec(weeks(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.3), train(150)));
add('oscillating-loss.band-momentum-0.95-lr-0.2', spec(band(), [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.2, 0.95), train(150)));
add('oscillating-loss.dept-rmsprop-0.02-batch8', spec(dept311(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.02), train(120, 8)));
add('oscillating-loss.weeks-momentum-0.5-lr', spec(weeks(), [d(16, 'elu'), d(1)], 'mse', mom(0.1, 0.9), train(150, 16)));
add('loss-plateau.grade-from-zip-and-id', spec(csv('inspections.csv', 'grade', ['establishment_id', 'seats', 'zip'], 'minmax'), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), train(150)));

// ---- third round: the whole table as one batch under rmsprop (the loss swings without settling) ----
add('oscillating-loss.rent-rmsprop-full-batch', spec(rent(), [d(16, 'tanh'), d(1)], 'mse', rms(0.2), train(150, 420)));
add('oscillating-loss.turnout-rmsprop-full-batch', spec(turnout(), [d(16, 'tanh'), d(1)], 'mse', rms(0.3), train(150, 340)));
add('oscillating-loss.weeks-rmsprop-full-batch', spec(weeks(), [d(16, 'elu'), d(1)], 'mse', rms(0.1), train(150, 520)));
add('oscillating-loss.days-rmsprop-full-batch', spec(days311(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), train(150, 640)));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [name, s] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), OUT)}`);
