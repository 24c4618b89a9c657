/**
 * Writes every candidate spec of the ninety-fifth blind fault set (zoos and wildlife parks)
 * into candidates/: `npx tsx test/faults-blind95/author.ts`. Intended faults are named `<code>.<slug>`,
 * intended healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: extra.seed ?? 95, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const ANI = ['body_mass_kg', 'age_months', 'enclosure_temp_c', 'activity_index', 'cortisol_ng_ml', 'keeper_visits', 'visitors_per_day', 'carnivore'];
const food = (extra: Json = {}): Json => ({ csv: '../data/animals.csv', target: 'daily_food_kg', features: ANI, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const emerg = (extra: Json = {}): Json => ({ csv: '../data/animals.csv', target: 'vet_emergency', features: ANI, normalize: 'standard', ...extra });
const SPC = ['body_temp_c', 'body_mass_g', 'heart_rate_bpm', 'skin_moisture_pct', 'uv_hours_needed', 'lifespan_years', 'enclosure_humidity_pct'];
const group = (extra: Json = {}): Json => ({ csv: '../data/species.csv', target: 'species_group', features: SPC, normalize: 'standard', ...extra });
const VIS = ['air_temp_c', 'rain_mm', 'weekend', 'school_holiday', 'newborn_on_show', 'marketing_spend_usd'];
const visits = (extra: Json = {}): Json => ({ csv: '../data/visitors.csv', target: 'visitors_per_day', features: VIS, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const DON = ['donor_age', 'household_income_usd', 'newsletter_opens', 'months_member', 'animal_charisma', 'park_visits'];
const donat = (extra: Json = {}): Json => ({ csv: '../data/donations.csv', target: 'donation_usd', features: DON, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const ENC = ['area_m2', 'animals_housed', 'enrichment_per_week', 'visitor_noise_db', 'shade_pct', 'enclosure_temp_c', 'keeper_hours_week'];
const stress = (extra: Json = {}): Json => ({ csv: '../data/enclosures.csv', target: 'stress_hormone_ng_g', features: ENC, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const welfare = (extra: Json = {}): Json => ({ csv: '../data/enclosures.csv', target: 'welfare_band', features: ENC, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 };

// ---------------------------------------------------------------- static faults
add('invalid-spec.optimizer-adamw', 'daily-food', food(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.003 }, tr(80));
add('invalid-spec.activation-swish', 'species-group', group(), [d(32, 'swish'), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.loss-huber', 'visitors-per-day', visits(), [d(24, 'relu'), d(1)], 'huber', adam(0.003), tr(80));
add('invalid-spec.epochs-string', 'adoption-donation', donat(), [d(16, 'relu'), d(1)], 'mse', adam(0.003), { epochs: 'eighty', batchSize: 32 });

add('data-error.csv-path-animal', 'daily-food', food({ csv: '../data/animal.csv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-mass-export', 'daily-food-export', food({ csv: '../data/animals-export-na.csv' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.animal-id-as-feature', 'vet-emergency', emerg({ features: ['animal_id', ...ANI] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.target-column-donation', 'adoption-donation', donat({ target: 'donation' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.group-head-three', 'species-group', group(), [d(24, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.welfare-head-two', 'welfare-band', welfare(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.visits-head-two-units', 'visitors-per-day', visits(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.group-softmax-five', 'species-group', group(), [d(24, 'elu'), d(5, 'softmax')], 'cce', rms(0.003), tr(80));

add('loss-activation-mismatch.relu-head-bce-emergency', 'vet-emergency', emerg(), [d(16, 'tanh'), d(1, 'relu')], 'bce', rms(0.002), tr(60));
add('loss-activation-mismatch.sigmoid-head-donation', 'adoption-donation', donat(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.tanh-head-cce-welfare', 'welfare-band', welfare(), [d(24, 'relu'), d(3, 'tanh')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.softmax-head-mse-stress', 'stress-hormone', stress(), [d(24, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));

add('init-symmetry.zeros-food', 'daily-food', food(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-tanh-welfare', 'welfare-band', welfare(), [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], 'cce', mom(0.02), tr(80));
add('init-symmetry.constant-relu-donation', 'adoption-donation', donat(), [d(24, 'relu', init('constant', { value: 0.2 })), d(12, 'relu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', mom(0.01), tr(100));
add('init-symmetry.zeros-sigmoid-group', 'species-group', group(), [d(32, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(80));

add('init-scale.normal-std-five-stress', 'stress-hormone', stress(), [d(32, 'relu', init('normal', { std: 5 })), d(32, 'relu', init('normal', { std: 5 })), d(32, 'relu', init('normal', { std: 5 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-three-visits', 'visitors-per-day', visits(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.normal-std-eight-welfare', 'welfare-band', welfare(), [d(32, 'relu', init('normal', { std: 8 })), d(32, 'relu', init('normal', { std: 8 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-food', 'daily-food', food(), [d(24, 'tanh', init('uniform', { limit: 0.0001 })), d(24, 'tanh', init('uniform', { limit: 0.0001 })), d(24, 'tanh', init('uniform', { limit: 0.0001 })), d(1, 'linear', init('uniform', { limit: 0.0001 }))], 'mse', mom(0.01), tr(80));

add('no-nonlinearity.xor-enclosure-quadrant', 'enclosure-quadrant', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(12), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.spirals-aviary-linear', 'aviary-flight-paths', SPIRALS, [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], 'cce', adam(0.01), tr(200));
add('no-nonlinearity.circles-moat-linear', 'moat-ring', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'linear'), d(8), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));

add('lr-out-of-range.adam-five', 'adoption-donation', donat(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(5), tr(80));
add('lr-out-of-range.sgd-lr-fifty', 'vet-emergency', emerg(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(50), tr(60));
add('lr-out-of-range.adam-negative', 'species-group', group(), [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(-0.001), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-food', 'daily-food', food(), [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-area-sgd-welfare', 'welfare-band-raw', welfare({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05), tr(60));
add('dead-relu.rmsprop-high-donation', 'adoption-donation', donat(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.bias-minus-seven-visits', 'visitors-per-day', visits(), [d(24, 'relu', { bias: -7 }), d(12, 'relu', { bias: -7 }), d(1)], 'mse', mom(0.01), tr(80));

add('exploding-gradient.raw-income-features', 'adoption-donation-raw-features', donat({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'stress-hormone', stress(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-visitors-sgd-food', 'daily-food-raw-features', food({ normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(60));
add('exploding-gradient.deep-leaky-normal-visits', 'visitors-per-day', visits(), [d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(64, 'leaky_relu', init('normal', { std: 0.5 })), d(1)], 'mse', rms(0.0005), tr(60));

add('vanishing-gradient.deep-sigmoid-emergency', 'vet-emergency', emerg(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-welfare', 'welfare-band', welfare(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.sigmoid-tower-stress', 'stress-hormone', stress(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(80));

add('nan-loss.sgd-raw-visitors-target', 'visitors-per-day-raw', visits({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(60));
add('nan-loss.sgd-batch-one-stress', 'stress-hormone', stress(), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(40, 1));
add('nan-loss.momentum-raw-donation-target', 'adoption-donation-raw', donat({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(60));

add('lr-too-high.adam-0.1-group', 'species-group', group(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-welfare', 'welfare-band', welfare(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-group', 'species-group', group(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.momentum-1-emergency', 'vet-emergency', emerg(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(60, 16));
add('lr-too-high.adam-0.2-welfare', 'welfare-band', welfare(), [d(32, 'elu'), d(3, 'softmax')], 'cce', adam(0.2), tr(80, 16));
add('lr-too-high.rmsprop-0.05-visits', 'visitors-per-day', visits(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.05), tr(80, 16));

add('lr-too-low.sgd-1e-5-food', 'daily-food', food(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-group', 'species-group', group(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-donation', 'adoption-donation', donat(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-welfare', 'welfare-band', welfare(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-area-stress', 'stress-hormone-raw-features', stress({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-visitors-emergency', 'vet-emergency-raw', emerg({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-income-donation', 'adoption-donation-raw-features', donat({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-marketing-visits', 'visitors-per-day-raw-features', visits({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));

add('loss-plateau.spirals-one-unit-bottleneck', 'aviary-flight-paths', SPIRALS, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-welfare', 'welfare-band', welfare(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.park-constant-only', 'vet-emergency', emerg({ features: ['park_id'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('loss-plateau.enclosure-code-only-group', 'species-group', group({ features: ['enclosure_code'] }), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));

add('oscillating-loss.rmsprop-full-batch-food', 'daily-food', food(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 760));
add('oscillating-loss.rmsprop-full-batch-donation', 'adoption-donation', donat(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 500));
add('oscillating-loss.momentum-0.99-full-batch-visits', 'visitors-per-day', visits(), [d(24, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(100, 600));
add('oscillating-loss.rmsprop-0.1-full-batch-stress', 'stress-hormone', stress(), [d(32, 'tanh'), d(1)], 'mse', rms(0.1), tr(100, 540));

// ---------------------------------------------------------------- healthy candidates
add('ok.food-adam-relu', 'daily-food', food(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.food-rmsprop-elu-minmax', 'daily-food', food({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.food-momentum-tanh', 'daily-food', food(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.food-batchnorm-leaky-val', 'daily-food', food(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.emergency-adam-relu', 'vet-emergency', emerg(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.emergency-rmsprop-tanh', 'vet-emergency', emerg(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.emergency-dropout-clipnorm', 'vet-emergency', emerg(), [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.003, { clipNorm: 5 }), tr(120, 64));
add('ok.group-adam-relu', 'species-group', group(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.group-rmsprop-tanh-dropout', 'species-group', group(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.group-nesterov-elu', 'species-group', group(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.group-full-batch-adam', 'species-group', group(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 620));
add('ok.group-minmax-leaky', 'species-group', group({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.visits-adam-relu', 'visitors-per-day', visits(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.visits-sgd-batch-one', 'visitors-per-day', visits(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(40, 1));
add('ok.visits-weight-decay-batchnorm-val', 'visitors-per-day', visits(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.visits-rmsprop-leaky-minmax', 'visitors-per-day', visits({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.donation-adam-relu', 'adoption-donation', donat(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.donation-momentum-tanh', 'adoption-donation', donat(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(150));
add('ok.donation-adam-batch-8-decay', 'adoption-donation', donat(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.donation-he-uniform-sgd', 'adoption-donation', donat(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.05), tr(150, 16));
add('ok.stress-adam-relu', 'stress-hormone', stress(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.stress-rmsprop-tanh', 'stress-hormone', stress(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.stress-clipnorm-sgd', 'stress-hormone', stress(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.stress-full-batch-adam', 'stress-hormone', stress(), [d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(300, 540));
add('ok.stress-nesterov-sigmoid', 'stress-hormone', stress({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { nesterov: true }), tr(150, 16));
add('ok.welfare-adam-relu', 'welfare-band', welfare(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.welfare-momentum-elu', 'welfare-band', welfare(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.welfare-rmsprop-dropout', 'welfare-band', welfare(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.welfare-sigmoid-xavier-adam', 'welfare-band', welfare(), [d(32, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('ok.iris-lecun-tanh-momentum', 'botanical-garden-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-herd-split', 'herd-split', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-moat-ring', 'moat-ring', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-feeding-stations', 'feeding-stations', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-daylight-cycle', 'daylight-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-enclosure-quadrant', 'enclosure-quadrant', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.spirals-aviary-paths', 'aviary-flight-paths', SPIRALS, [d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.inline-penguin-weigh-in', 'penguin-weigh-in', { inline: { x: [[3.1, 1], [3.6, 1], [4.0, 1], [4.4, 1], [4.9, 1], [3.2, 2], [3.7, 2], [4.2, 2], [4.6, 2], [5.1, 2], [3.9, 1], [4.3, 2]], y: [0.42, 0.50, 0.55, 0.61, 0.68, 0.51, 0.58, 0.66, 0.71, 0.80, 0.53, 0.67] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.group-weight-decay-sgd-batch-4', 'species-group', group(), [d(24, 'relu'), d(4, 'softmax')], 'cce', sgd(0.01, { weightDecay: 0.0001 }), tr(60, 4));
add('ok.emergency-he-normal-full-batch', 'vet-emergency', emerg(), [d(24, 'relu', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 760));
add('ok.food-full-batch-rmsprop-small', 'daily-food', food(), [d(24, 'relu'), d(1)], 'mse', rms(0.005), tr(300, 760));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
