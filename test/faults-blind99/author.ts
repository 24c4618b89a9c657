/**
 * Writes every candidate spec of the ninety-ninth blind fault set (breweries and craft beer) into
 * candidates/: `npx tsx test/faults-blind99/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: extra.seed ?? 99, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const BAT = ['original_gravity', 'mash_temp_c', 'ferment_temp_c', 'days_in_tank', 'batch_volume_l', 'hops_g', 'yeast_cells_billion', 'sanitation_score', 'dry_hopped'];
const abv = (extra: Json = {}): Json => ({ csv: '../data/batches.csv', target: 'final_abv', features: BAT, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const inf = (extra: Json = {}): Json => ({ csv: '../data/batches.csv', target: 'infected', features: BAT, normalize: 'standard', ...extra });
const REC = ['original_gravity', 'final_gravity', 'ibu', 'colour_srm', 'ph', 'ferment_temp_c', 'hops_g_per_hl'];
const style = (extra: Json = {}): Json => ({ csv: '../data/recipes.csv', target: 'style', features: REC, normalize: 'standard', ...extra });
const TAP = ['weekday', 'weekend', 'temp_c', 'rain_mm', 'taps_on', 'live_event', 'instagram_followers', 'happy_hour'];
const pints = (extra: Json = {}): Json => ({ csv: '../data/taproom.csv', target: 'pints_sold', features: TAP, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const MLT = ['steep_hours', 'steep_temp_c', 'germ_days', 'kiln_max_c', 'moisture_pct', 'protein_pct', 'lot_kg'];
const malt = (extra: Json = {}): Json => ({ csv: '../data/malt.csv', target: 'extract_pct', features: MLT, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const BOI = ['wort_hl', 'alpha_acid_pct', 'hops_g', 'boil_min', 'original_gravity'];
const ibu = (extra: Json = {}): Json => ({ csv: '../data/boils.csv', target: 'ibu', features: BOI, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const nest = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const MOONS = { builtin: 'moons', samples: 300, noise: 0.15 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.1 };
const CIRC = { builtin: 'circles', samples: 300, noise: 0.08 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const INLINE_X = [[62.5, 18], [63.0, 19], [64.0, 18], [64.5, 20], [65.0, 19], [65.5, 18], [66.0, 21], [66.5, 19], [67.0, 20], [67.5, 18], [68.0, 19], [69.0, 20]];
const INLINE_Y = [81, 80, 79, 78.5, 77, 76.5, 76, 75, 73.5, 73, 72, 70];

// ---------------------------------------------------------------- static faults
add('invalid-spec.activation-swish', 'abv-prediction', abv(), [d(32, 'swish'), d(16, 'swish'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.optimizer-adamw', 'beer-style', style(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(80));
add('invalid-spec.loss-mae', 'taproom-pints', pints(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(80));
add('invalid-spec.batch-size-zero', 'extract-yield', malt(), [d(24, 'tanh'), d(1)], 'mse', rms(0.002), tr(80, 0));
add('invalid-spec.dropout-rate-one', 'infected-batch', inf(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

add('data-error.na-ferment-temp-lims', 'abv-prediction-lims', abv({ csv: '../data/batches-lims-export-na.csv' }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.malt-thousands-dots', 'extract-yield-erp', malt({ csv: '../data/malt-erp-export.csv' }), [d(24, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.style-text-feature', 'infected-batch', inf({ features: [...BAT, 'style'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.target-column-typo', 'bitterness', ibu({ target: 'IBU' }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.path-missing-parent', 'taproom-pints', pints({ csv: 'data/taproom.csv' }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.inline-y-short', 'homebrew-attenuation', { inline: { x: INLINE_X, y: INLINE_Y.slice(0, 11) }, normalize: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(200, 12));

add('shape-mismatch.style-head-three', 'beer-style', style(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(80));
add('shape-mismatch.infected-bce-two-sigmoids', 'infected-batch', inf(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('shape-mismatch.onehot-style-head-four', 'beer-style-onehot', style({ target: ['is_lager', 'is_pale_ale', 'is_ipa', 'is_stout', 'is_sour'] }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(80));
add('shape-mismatch.iris-head-two', 'hop-variety-demo', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(2, 'softmax')], 'cce', mom(0.02), tr(100, 16));
add('shape-mismatch.malt-two-targets-three-outputs', 'extract-and-colour', malt({ target: ['extract_pct', 'colour_ebc'] }), [d(32, 'relu'), d(3)], 'mse', adam(0.003), tr(80));

add('loss-activation-mismatch.softmax-head-mse-abv', 'abv-prediction', abv(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.sigmoid-head-standard-ibu', 'bitterness', ibu(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.softmax-head-bce-infected', 'infected-batch', inf(), [d(16, 'tanh'), d(1, 'softmax')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.relu-head-standard-pints', 'taproom-pints', pints(), [d(32, 'elu'), d(1, 'relu')], 'mse', rms(0.002), tr(80));
add('loss-activation-mismatch.tanh-heads-cce-style', 'beer-style', style(), [d(24, 'relu'), d(5, 'tanh')], 'cce', adam(0.003), tr(80));

add('init-symmetry.zeros-relu-style', 'beer-style', style(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', mom(0.02), tr(80));
add('init-symmetry.constant-half-sigmoid-infected', 'infected-batch', inf(), [d(24, 'sigmoid', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', adam(0.003), tr(60));
add('init-symmetry.zeros-tanh-rmsprop-pints', 'taproom-pints', pints(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(80));
add('init-symmetry.constant-leaky-ibu', 'bitterness', ibu(), [d(32, 'leaky_relu', init('constant', { value: 0.2 })), d(32, 'leaky_relu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', adam(0.003), tr(80));
add('init-symmetry.zeros-sigmoid-moons', 'yeast-strain-split', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.05), tr(150));

add('init-scale.normal-std-five-tanh-style', 'beer-style', style(), [d(32, 'tanh', init('normal', { std: 5 })), d(32, 'tanh', init('normal', { std: 5 })), d(5, 'softmax')], 'cce', mom(0.01), tr(80));
add('init-scale.uniform-three-deep-relu-ibu', 'bitterness', ibu(), [d(64, 'relu', init('uniform', { limit: 3 })), d(64, 'relu', init('uniform', { limit: 3 })), d(64, 'relu', init('uniform', { limit: 3 })), d(1, 'linear', init('uniform', { limit: 3 }))], 'mse', rms(0.001), tr(80));
add('init-scale.normal-1e-4-deep-tanh-malt', 'extract-yield', malt(), [d(32, 'tanh', init('normal', { std: 0.0001 })), d(32, 'tanh', init('normal', { std: 0.0001 })), d(32, 'tanh', init('normal', { std: 0.0001 })), d(1, 'linear', init('normal', { std: 0.0001 }))], 'mse', nest(0.01), tr(80));
add('init-scale.normal-std-one-wide-leaky-pints', 'taproom-pints', pints(), [d(256, 'leaky_relu', init('normal', { std: 1 })), d(256, 'leaky_relu', init('normal', { std: 1 })), d(1, 'linear', init('normal', { std: 1 }))], 'mse', adam(0.001), tr(60));

add('no-nonlinearity.xor-dryhop-linear', 'dryhop-coldcrash-rule', XOR, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('no-nonlinearity.circles-linear-rmsprop', 'foam-ring', CIRC, [d(32), d(32), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('no-nonlinearity.pints-temperature-linear', 'taproom-pints-by-weather', pints({ features: ['temp_c', 'weekend'] }), [d(32), d(16), d(1)], 'mse', mom(0.01), tr(100));
add('no-nonlinearity.ibu-boil-linear', 'bitterness', ibu(), [d(48, 'linear'), d(24, 'linear'), d(1)], 'mse', adam(0.003), tr(100));

add('lr-out-of-range.adam-five', 'beer-style', style(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(5), tr(80));
add('lr-out-of-range.momentum-sgd-40', 'extract-yield', malt(), [d(24, 'tanh'), d(1)], 'mse', mom(40), tr(80));
add('lr-out-of-range.rmsprop-zero', 'bitterness', ibu(), [d(24, 'relu'), d(1)], 'mse', rms(0), tr(80));
add('lr-out-of-range.adam-1e-9', 'infected-batch', inf(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(1e-9), tr(60));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.bias-minus-two-style', 'beer-style', style(), [d(32, 'relu', { bias: -2 }), d(32, 'relu', { bias: -2 }), d(5, 'softmax')], 'cce', sgd(0.02), tr(80));
add('dead-relu.rmsprop-0.05-deep-relu-malt', 'extract-yield', malt(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(80, 16));
add('dead-relu.raw-volume-sgd-relu-abv', 'abv-prediction-raw', abv({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.0005), tr(60));
add('dead-relu.minmax-negative-uniform-pints', 'taproom-pints', pints({ normalize: 'minmax' }), [d(32, 'relu', { init: { name: 'uniform', limit: 0.3 }, bias: -0.8 }), d(16, 'relu'), d(1)], 'mse', adam(0.002), tr(80));
add('dead-relu.nesterov-0.3-batch-4-ibu', 'bitterness', ibu(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.3, 0.9), tr(60, 4));

add('exploding-gradient.raw-yeast-cells-adam', 'abv-prediction-raw', abv({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.deep-relu-normal-0.6-pints', 'taproom-pints', pints(), Array.from({ length: 6 }, () => d(64, 'relu', init('normal', { std: 0.6 }))).concat([d(1)]), 'mse', adam(0.001), tr(60));
add('exploding-gradient.raw-pints-target-momentum', 'taproom-pints-raw', pints({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0001, 0.9), tr(60));
add('exploding-gradient.raw-lot-kg-rmsprop-malt', 'extract-yield-raw', malt({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', rms(0.003), tr(60));

add('vanishing-gradient.sigmoid-twelve-moons', 'yeast-strain-split', MOONS, Array.from({ length: 12 }, () => d(8, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', mom(0.05), tr(150));
add('vanishing-gradient.tanh-xavier-deep-small-style', 'beer-style', style(), Array.from({ length: 9 }, () => d(16, 'tanh', init('normal', { std: 0.08 }))).concat([d(5, 'softmax')]), 'cce', mom(0.005), tr(80));
add('vanishing-gradient.sigmoid-six-sgd-ibu', 'bitterness', ibu(), Array.from({ length: 7 }, () => d(24, 'sigmoid')).concat([d(1)]), 'mse', sgd(0.01), tr(80));
add('vanishing-gradient.sigmoid-deep-batch-full-infected', 'infected-batch', inf(), Array.from({ length: 8 }, () => d(16, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'sigmoid')]), 'bce', sgd(0.1), tr(80, 800));

add('nan-loss.sgd-plain-2-malt', 'extract-yield', malt(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(2), tr(80));
add('nan-loss.raw-brew-ts-rmsprop', 'abv-with-brew-date', abv({ features: ['brew_ts', ...BAT], normalize: 'none' }), [d(16, 'elu'), d(1)], 'mse', mom(0.001), tr(40));
add('nan-loss.momentum-0.99-batch-1-pints', 'taproom-pints', pints(), [d(32, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(20, 1));
add('nan-loss.nesterov-lr-1-raw-hops-ibu', 'bitterness-raw', ibu({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', nest(0.05), tr(60));
add('nan-loss.relu-head-bce-infected', 'infected-batch', inf(), [d(16, 'relu'), d(1, 'relu')], 'bce', sgd(0.05), tr(60));

add('saturated-activation.tanh-raw-hops-style', 'beer-style-raw', style({ normalize: 'none' }), [d(24, 'tanh'), d(5, 'softmax')], 'cce', mom(0.01), tr(80));
add('saturated-activation.sigmoid-bias-minus-ten-pints', 'taproom-pints', pints(), [d(24, 'sigmoid', { bias: -10 }), d(1)], 'mse', sgd(0.02), tr(80));
add('saturated-activation.tanh-raw-lot-kg-malt', 'extract-yield-raw-features', malt({ normalize: 'none' }), [d(24, 'tanh'), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.sigmoid-raw-wort-litres-ibu', 'bitterness-raw-features', ibu({ features: ['wort_l', 'alpha_acid_pct', 'hops_g', 'boil_min'], normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.001), tr(80));
add('saturated-activation.tanh-bias-six-abv', 'abv-prediction', abv(), [d(32, 'tanh', { bias: 6 }), d(16, 'tanh', { bias: 6 }), d(1)], 'mse', mom(0.005), tr(80));

add('lr-too-high.momentum-lr-1-style', 'beer-style', style(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(1, 0.9), tr(80));
add('lr-too-high.adam-0.08-batch-8-abv', 'abv-prediction', abv(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.08), tr(80, 8));
add('lr-too-high.rmsprop-0.3-infected', 'infected-batch', inf(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.3), tr(60));
add('lr-too-high.nesterov-2-moons', 'yeast-strain-split', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(2, 0.9), tr(150, 16));
add('lr-too-high.sgd-plain-0.6-pints', 'taproom-pints', pints(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.6), tr(80, 16));
add('lr-too-high.adam-0.15-elu-malt', 'extract-yield', malt(), [d(32, 'elu'), d(1)], 'mse', adam(0.15), tr(80, 16));
add('lr-too-high.rmsprop-0.05-batch-4-ibu', 'bitterness', ibu(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.05), tr(60, 4));

add('lr-too-low.momentum-1e-5-style', 'beer-style', style(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.00001, 0.9), tr(80));
add('lr-too-low.adam-3e-6-pints', 'taproom-pints', pints(), [d(32, 'elu'), d(1)], 'mse', adam(0.000003), tr(60));
add('lr-too-low.sgd-1e-3-full-batch-infected', 'infected-batch', inf(), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.001), tr(80, 800));
add('lr-too-low.rmsprop-1e-6-malt', 'extract-yield', malt(), [d(24, 'relu'), d(1)], 'mse', rms(0.000001), tr(60, 64));
add('lr-too-low.nesterov-1e-4-batch-256-ibu', 'bitterness', ibu(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', nest(0.0001, 0.9), tr(60, 256));

add('loss-plateau.weight-decay-0.3-momentum-ibu', 'bitterness', ibu(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 0.3 }), tr(80));
add('loss-plateau.tank-and-brewer-only-abv', 'abv-prediction', { csv: '../data/batches.csv', target: 'final_abv', features: ['tank_no', 'brewer_id'], normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.one-unit-relu-bottleneck-style', 'beer-style', style(), [d(1, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('loss-plateau.clipnorm-1e-5-sgd-pints', 'taproom-pints', pints(), [d(32, 'relu'), d(1)], 'mse', mom(0.05, 0.9, { clipNorm: 0.00001 }), tr(80));
add('loss-plateau.entrant-id-only-style', 'beer-style', style({ features: ['entrant_id'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', rms(0.002), tr(80));

add('oscillating-loss.momentum-0.95-lr-0.1-batch-4-abv', 'abv-prediction', abv(), [d(24, 'tanh'), d(1)], 'mse', mom(0.1, 0.95), tr(60, 4));
add('oscillating-loss.rmsprop-0.05-batch-2-sine', 'seasonal-demand', SINE, [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(60, 2));
add('oscillating-loss.nesterov-0.3-full-batch-malt', 'extract-yield', malt(), [d(24, 'tanh'), d(1)], 'mse', nest(0.3, 0.95), tr(100, 650));
add('oscillating-loss.rmsprop-full-batch-style', 'beer-style', style(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(100, 600));
add('oscillating-loss.adam-0.04-batch-1-iris', 'hop-variety-demo', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.04), tr(60, 1));
add('oscillating-loss.sgd-1.5-batch-8-linear-ibu', 'bitterness', ibu(), [d(1)], 'mse', sgd(0.25), tr(80, 8));

// second round
add('dead-relu.bias-minus-four-rmsprop-pints', 'taproom-pints', pints(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', rms(0.001), tr(80));
add('dead-relu.xavier-bias-minus-1.5-deep-malt', 'extract-yield', malt(), [d(24, 'relu', { init: 'xavier_uniform', bias: -1.5 }), d(24, 'relu', { init: 'xavier_uniform', bias: -1.5 }), d(24, 'relu', { init: 'xavier_uniform', bias: -1.5 }), d(1)], 'mse', mom(0.01), tr(80));
add('oscillating-loss.adam-0.03-batch-4-ibu', 'bitterness', ibu(), [d(32, 'relu'), d(1)], 'mse', adam(0.03), tr(60, 4));
add('oscillating-loss.sgd-plain-0.3-batch-4-abv', 'abv-prediction', abv(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.3), tr(60, 4));
add('oscillating-loss.rmsprop-0.02-batch-1-malt', 'extract-yield', malt(), [d(24, 'elu'), d(1)], 'mse', rms(0.02), tr(20, 1));
add('oscillating-loss.momentum-0.5-batch-16-pints', 'taproom-pints', pints(), [d(32, 'elu'), d(1)], 'mse', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.adam-0.3-tanh-style', 'beer-style', style(), [d(32, 'tanh'), d(16, 'tanh'), d(5, 'softmax')], 'cce', adam(0.3), tr(80));
add('lr-too-high.rmsprop-0.2-batch-16-pints', 'taproom-pints', pints(), [d(32, 'relu'), d(1)], 'mse', rms(0.2), tr(80, 16));
add('lr-too-high.nesterov-0.5-batch-64-abv', 'abv-prediction', abv(), [d(32, 'elu'), d(1)], 'mse', nest(0.5, 0.9), tr(80, 64));
add('ok.pints-weather-only-elu', 'taproom-pints-by-weather', pints({ features: ['temp_c', 'weekend'] }), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(100));

// ---------------------------------------------------------------- healthy candidates
add('ok.abv-adam-relu', 'abv-prediction', abv(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.abv-rmsprop-elu-minmax', 'abv-prediction', abv({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.abv-sgd-plain-batch-8', 'abv-prediction', abv(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.02), tr(100, 8));
add('ok.abv-batchnorm-val', 'abv-prediction', abv(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.002), tr(100, 64, { validationSplit: 0.2 }));
add('ok.infected-adam-elu', 'infected-batch', inf(), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.infected-momentum-tanh', 'infected-batch', inf(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9), tr(100, 32));
add('ok.infected-rmsprop-clip-batch-64', 'infected-batch', inf(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002, { clipNorm: 1 }), tr(100, 64));
add('ok.style-adam-relu', 'beer-style', style(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('ok.style-nesterov-tanh', 'beer-style', style(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', nest(0.03, 0.9), tr(80));
add('ok.style-onehot-rmsprop', 'beer-style-onehot', style({ target: ['is_lager', 'is_pale_ale', 'is_ipa', 'is_stout', 'is_sour'] }), [d(24, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(80));
add('ok.style-dropout-decay-val', 'beer-style', style(), [d(16, 'relu'), drop(0.3), d(5, 'softmax')], 'cce', adam(0.003, { weightDecay: 0.001 }), tr(40, 32, { validationSplit: 0.2 }));
add('ok.style-batch-one-sgd', 'beer-style', style(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.005), tr(20, 1));
add('ok.style-sigmoid-minmax-batchnorm', 'beer-style', style({ normalize: 'minmax' }), [d(24, 'sigmoid', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(80));
add('ok.pints-adam-relu', 'taproom-pints', pints(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.pints-rmsprop-tanh', 'taproom-pints', pints(), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.pints-nesterov-leaky', 'taproom-pints', pints(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', nest(0.01, 0.9), tr(120));
add('ok.pints-adam-full-batch', 'taproom-pints', pints(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.01), tr(300, 700));
add('ok.malt-adam-elu', 'extract-yield', malt(), [d(24, 'elu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.malt-momentum-relu-batch-16', 'extract-yield', malt(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9), tr(80, 16));
add('ok.malt-two-targets', 'extract-and-colour', malt({ target: ['extract_pct', 'colour_ebc'] }), [d(32, 'relu'), d(16, 'relu'), d(2)], 'mse', adam(0.003), tr(120));
add('ok.malt-rmsprop-weight-decay', 'extract-yield', malt(), [d(32, 'tanh'), d(1)], 'mse', rms(0.001, { weightDecay: 0.0001 }), tr(100));
add('ok.malt-sgd-plain-minmax', 'extract-yield', malt({ normalize: 'minmax' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(150, 16));
add('ok.ibu-adam-relu', 'bitterness', ibu(), [d(48, 'relu'), d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(150));
add('ok.ibu-rmsprop-elu-clip', 'bitterness', ibu(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.001, { clipNorm: 5 }), tr(150));
add('ok.ibu-nesterov-tanh-batch-64', 'bitterness', ibu(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.02, 0.9), tr(150, 64));
add('ok.ibu-adam-leaky-dropout', 'bitterness', ibu(), [d(64, 'leaky_relu'), drop(0.1), d(32, 'leaky_relu'), d(1)], 'mse', adam(0.002), tr(150));
add('ok.abv-lecun-sigmoid-adam', 'abv-prediction', abv(), [d(24, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.005), tr(100));
add('ok.pints-he-uniform-momentum', 'taproom-pints', pints(), [d(32, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', mom(0.01, 0.9), tr(100, 16));
add('ok.iris-hop-variety', 'hop-variety-demo', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-raw-sgd', 'hop-variety-demo', { builtin: 'iris' }, [d(12, 'tanh'), d(3, 'softmax')], 'cce', mom(0.02, 0.9), tr(200, 16));
add('ok.moons-yeast-strains', 'yeast-strain-split', MOONS, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-foam-ring', 'foam-ring', CIRC, [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.blobs-taproom-segments', 'taproom-segments', { builtin: 'blobs', samples: 400, classes: 4, noise: 0.1 }, [d(12, 'elu'), d(4, 'softmax')], 'cce', sgd(0.1), tr(80, 16));
add('ok.sine-seasonal-demand', 'seasonal-demand', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-dryhop-rule', 'dryhop-coldcrash-rule', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.spirals-flavour-wheel', 'flavour-wheel', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-homebrew-attenuation', 'homebrew-attenuation', { inline: { x: INLINE_X, y: INLINE_Y }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 12));
add('ok.infected-adam-batchnorm-val', 'infected-batch', inf(), [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.style-adam-batch-256', 'beer-style', style(), [d(48, 'elu'), d(24, 'elu'), d(5, 'softmax')], 'cce', adam(0.01), tr(150, 256));
add('ok.abv-nesterov-elu-batch-128', 'abv-prediction', abv(), [d(32, 'elu'), d(1)], 'mse', nest(0.05, 0.9), tr(120, 128));
add('ok.pints-rmsprop-minmax-batch-8', 'taproom-pints', pints({ normalize: 'minmax' }), [d(24, 'relu'), d(1)], 'mse', rms(0.001), tr(80, 8));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
