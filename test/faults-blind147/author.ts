/**
 * Writes every candidate spec of blind fault set 147 (breweries and brewpubs) into candidates/:
 * `npx tsx test/faults-blind147/author.ts`. Intended faults are named `<code>.<slug>`, intended
 * healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: 147, data, layers, loss, optimizer, training, ...extra };
}

const GF = ['og', 'mash_c', 'hops_g', 'ferment_days', 'yeast_pitch_g'];
const grav = (x: Json = {}): Json => ({ csv: '../data/gravity.csv', target: 'abv', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['ibu', 'srm', 'ferment_c', 'og', 'ph'];
const sty = (x: Json = {}): Json => ({ csv: '../data/style.csv', target: 'style', features: SF, normalize: 'standard', ...x });
const IF = ['hours_since_cip', 'ferment_c', 'ph', 'dry_hop_g', 'days_in_tank', 'gasket_uses'];
const inf = (x: Json = {}): Json => ({ csv: '../data/infection.csv', target: 'infected', features: IF, normalize: 'standard', ...x });
const LF = ['price_eur', 'abv', 'outside_c', 'festival', 'taps', 'weeks_on_tap'];
const sal = (x: Json = {}): Json => ({ csv: '../data/sales.csv', target: 'litres_sold', features: LF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['og', 'ferment_c', 'pitch_g', 'oxygen_ppm', 'lager_yeast'];
const fer = (x: Json = {}): Json => ({ csv: '../data/ferment.csv', target: 'days_to_fg', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 240, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 320, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A brewer's notebook: boil minutes and hop grams per hl -> too bitter for the house pale ale (1) or not (0).
const INLINE_BITTER = {
  inline: {
    x: [[60, 100], [60, 200], [60, 300], [60, 400], [90, 100], [90, 250], [90, 350], [30, 150], [30, 300], [30, 450], [45, 200], [45, 380], [75, 120], [75, 280], [15, 400], [15, 500], [120, 150], [120, 220], [50, 330], [20, 250]],
    y: [0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-ferment', 'days-to-fg', fer(), [d(1)], 'mse', nest(0.3, 0.95), tr(150, 900));
add('oscillating-loss.momentum-0.9-lr-0.9-full-batch-linear-gravity', 'abv-from-brew-log', grav(), [d(1)], 'mse', mom(0.9, 0.9), tr(150, 960));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-sales', 'weekly-litres', sal(), [d(1)], 'mse', sgd(1.9), tr(150, 880));
add('oscillating-loss.mash-c-and-f-sgd-0.95-full-batch', 'abv-from-brew-log', grav({ features: ['og', 'mash_c', 'mash_f', 'ferment_days'] }), [d(1)], 'mse', sgd(0.95), tr(150, 960));
add('oscillating-loss.rmsprop-0.05-batch-450-linear-ferment', 'days-to-fg', fer(), [d(1)], 'mse', rms(0.05), tr(150, 450));
add('oscillating-loss.adam-0.3-batch-64-tanh-sine', 'cellar-temp-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', adam(0.3), tr(120, 64));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-tanh-gravity', 'abv-from-brew-log', grav(), [d(8, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(200, 960));
add('oscillating-loss.nesterov-0.98-lr-3-logistic-bitter', 'too-bitter', INLINE_BITTER, [d(1, 'sigmoid')], 'bce', nest(3, 0.98), tr(200, 20));

add('oscillating-loss.momentum-0.99-lr-0.02-full-batch-linear-sales', 'weekly-litres', sal(), [d(1)], 'mse', mom(0.02, 0.99), tr(150, 880));
add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-linear-ferment', 'days-to-fg', fer(), [d(1)], 'mse', nest(0.1, 0.99), tr(150, 900));
add('oscillating-loss.adam-0.5-full-batch-linear-sales', 'weekly-litres', sal(), [d(1)], 'mse', adam(0.5), tr(150, 880));
add('oscillating-loss.sgd-plain-0.9-batch-8-linear-sales', 'weekly-litres', sal(), [d(1)], 'mse', sgd(0.9), tr(40, 8));
add('oscillating-loss.momentum-0.97-lr-0.3-batch-100-linear-gravity', 'abv-from-brew-log', grav(), [d(1)], 'mse', mom(0.3, 0.97), tr(100, 100));
add('oscillating-loss.rmsprop-0.1-full-batch-linear-gravity', 'abv-from-brew-log', grav(), [d(1)], 'mse', rms(0.1), tr(150, 960));
add('oscillating-loss.mash-c-and-f-momentum-0.99-lr-0.01-full-batch', 'abv-from-brew-log', grav({ features: ['og', 'mash_c', 'mash_f', 'ferment_days'] }), [d(1)], 'mse', mom(0.01, 0.99), tr(200, 960));
add('oscillating-loss.momentum-0.995-lr-0.02-full-batch-elu-sine', 'cellar-temp-sine', SINE, [d(32, 'elu'), d(1)], 'mse', mom(0.02, 0.995), tr(300, 250));
add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-tanh-style', 'beer-style', sty(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', nest(0.1, 0.99), tr(200, 1000));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'abv-from-brew-log', grav(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'beer-style', sty(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.mae-loss-sales', 'weekly-litres', sal(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'infected-batch', inf(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 0));
add('invalid-spec.normalize-zscore', 'days-to-fg', fer({ normalize: 'zscore' }), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(60));
add('invalid-spec.lstm-layer', 'weekly-litres', sal(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-mash-c', 'abv-from-brew-log-na', grav({ csv: '../data/gravity-na.csv' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.tank-id-feature', 'abv-from-brew-log', grav({ features: ['tank_id', ...GF] }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.brew-ts-feature', 'abv-from-brew-log', grav({ features: ['brew_ts', ...GF] }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.week-beer-feature-sales', 'weekly-litres', sal({ features: ['week_beer', ...LF] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.target-abv-pct-typo', 'abv-from-brew-log', grav({ target: 'abv_pct' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-ods-file', 'days-to-fg', fer({ csv: '../data/ferment.ods' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.02), tr(60));

add('shape-mismatch.style-four-heads-no-sour', 'beer-style', sty(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(40));
add('shape-mismatch.fg-and-abv-one-output', 'fg-and-abv', grav({ target: ['fg', 'abv'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'yeast-strain-blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.days-and-hours-three-outputs', 'days-to-fg', fer({ target: ['days_to_fg', 'hours_to_fg'] }), [d(16, 'tanh'), d(3)], 'mse', rms(0.002), tr(60));

add('loss-activation-mismatch.softmax-one-unit-bce-infection', 'infected-batch', inf(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-moons', 'hop-moons', MOONS, [d(32, 'relu'), d(1, 'tanh')], 'bce', adam(0.005), tr(100));
add('loss-activation-mismatch.relu-head-standardized-ferment', 'days-to-fg', fer(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-heads-cce-style', 'beer-style', sty(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', rms(0.002), tr(40));
add('loss-activation-mismatch.linear-head-mse-on-style-labels', 'beer-style', sty(), [d(32, 'relu'), d(5)], 'cce', sgd(0.05), tr(40));

add('no-nonlinearity.circles-linear-adam-deep', 'kettle-circles', CIRCLES, [d(32), d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('no-nonlinearity.xor-linear-rmsprop-batch-16', 'two-tap-xor', XOR, [d(16, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(120, 16));
add('no-nonlinearity.spirals-linear-nesterov-full-batch', 'wort-spirals', SPIRALS, [d(64), d(64), d(1, 'sigmoid')], 'bce', nest(0.05), tr(200, 300));
add('no-nonlinearity.moons-linear-dropout-sgd', 'hop-moons', MOONS, [d(32, 'linear'), drop(0.2), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 8));

add('lr-out-of-range.sgd-lr-50-full-batch-gravity', 'abv-from-brew-log', grav(), [d(16, 'tanh'), d(1)], 'mse', sgd(50), tr(60, 960));
add('lr-out-of-range.rmsprop-lr-3-style', 'beer-style', sty(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(3), tr(40));
add('lr-out-of-range.adam-1e-8-sales', 'weekly-litres', sal(), [d(32, 'elu'), d(1)], 'mse', adam(0.00000001), tr(60));
add('lr-out-of-range.nesterov-lr-negative-ferment', 'days-to-fg', fer(), [d(16, 'relu'), d(1)], 'mse', nest(-0.01), tr(60));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-sigmoid-momentum-style', 'beer-style', sty(), [d(32, 'sigmoid', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', mom(0.05), tr(40));
add('init-symmetry.constant-0.3-tanh-adam-circles', 'kettle-circles', CIRCLES, [d(32, 'tanh', init('constant', { value: 0.3 })), d(32, 'tanh', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', adam(0.01), tr(120));
add('init-symmetry.zeros-relu-rmsprop-ferment', 'days-to-fg', fer(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.5-elu-full-batch-sgd-moons', 'hop-moons', MOONS, [d(16, 'elu', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', sgd(0.5), tr(200, 240));

add('init-scale.normal-std-4-sigmoid-style', 'beer-style', sty(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', mom(0.01), tr(40));
add('init-scale.uniform-6-elu-gravity', 'abv-from-brew-log', grav(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-1e-5-six-relu-infection', 'infected-batch', inf(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'sigmoid', init('normal', { std: 0.00001 }))], 'bce', adam(0.001), tr(40));
add('init-scale.normal-std-2-tanh-nesterov-sine', 'cellar-temp-sine', SINE, [d(64, 'tanh', init('normal', { std: 2 })), d(64, 'tanh', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', nest(0.001), tr(100, 16));

add('dead-relu.bias-minus-8-adam-gravity', 'abv-from-brew-log', grav(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-three-layer-style', 'beer-style', sty(), [...tower(3, 32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', nest(0.02), tr(40));
add('dead-relu.sgd-plain-2-batch-4-ferment', 'days-to-fg', fer(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', sgd(2), tr(10, 4));
add('dead-relu.bias-minus-6-raw-ph-infection', 'infected-batch', inf(), [d(32, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40));
add('dead-relu.adam-0.5-batch-16-sales', 'weekly-litres', sal(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(30, 16));

add('exploding-gradient.raw-litres-target-momentum', 'weekly-litres-raw-target', sal({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0001), tr(40));
add('exploding-gradient.raw-hours-target-adam', 'hours-to-fg-raw', fer({ target: 'hours_to_fg', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.002), tr(40));
add('exploding-gradient.raw-gasket-hops-infection-sgd', 'infected-batch-raw', inf({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(30));
add('exploding-gradient.ten-elu-std-0.8-gravity', 'abv-from-brew-log', grav(), [...tower(10, 32, 'elu', init('normal', { std: 0.8 })), d(1)], 'mse', rms(0.0005), tr(30));
add('exploding-gradient.raw-pitch-grams-style-rmsprop', 'beer-style-raw', sty({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', rms(0.001), tr(30));

add('vanishing-gradient.eight-sigmoid-sgd-gravity', 'abv-from-brew-log', grav(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.twelve-tanh-std-0.03-ferment', 'days-to-fg', fer(), [...tower(12, 24, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.nine-sigmoid-rmsprop-circles', 'kettle-circles', CIRCLES, [...tower(9, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(100));
add('vanishing-gradient.ten-sigmoid-momentum-full-batch-style', 'beer-style', sty(), [...tower(10, 16, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.05), tr(80, 1000));

add('saturated-activation.tanh-raw-hops-gravity', 'abv-raw-features', grav({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-ibu-srm-style', 'beer-style-raw', sty({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.01), tr(40));
add('saturated-activation.sigmoid-bias-8-ferment', 'days-to-fg', fer(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-hours-cip-infection', 'infected-batch-raw', inf({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('saturated-activation.tanh-std-3-single-sales', 'weekly-litres', sal(), [d(128, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', sgd(0.01), tr(60));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-plain-5-full-batch-relu-ferment', 'days-to-fg', fer(), [d(32, 'relu'), d(1)], 'mse', sgd(5), tr(40, 900));
add('nan-loss.raw-litres-target-nesterov', 'weekly-litres-raw-target', sal({ normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(30));
add('nan-loss.momentum-0.9-lr-2-batch-2-gravity', 'abv-from-brew-log', grav(), [d(32, 'elu'), d(1)], 'mse', mom(2), tr(5, 2));
add('nan-loss.rmsprop-10-sine-batch-1', 'cellar-temp-sine', SINE, [d(32, 'relu'), d(1)], 'mse', rms(10), tr(10, 1));
add('nan-loss.raw-hours-target-sgd-full-batch', 'hours-to-fg-raw', fer({ target: 'hours_to_fg', normalizeTarget: 'none', normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(30, 900));

add('lr-too-high.sgd-plain-3-batch-8-style', 'beer-style', sty(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(3), tr(40, 8));
add('lr-too-high.nesterov-0.5-full-batch-elu-gravity', 'abv-from-brew-log', grav(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', nest(0.5), tr(100, 960));
add('lr-too-high.rmsprop-0.05-batch-1-bitter', 'too-bitter', INLINE_BITTER, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.05), tr(60, 1));
add('lr-too-high.adam-0.1-batch-4-infection', 'infected-batch', inf(), [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(20, 4));
add('lr-too-high.momentum-0.95-lr-0.5-ferment', 'days-to-fg', fer(), [d(32, 'tanh'), d(1)], 'mse', mom(0.5, 0.95), tr(40, 32));
add('lr-too-high.sgd-plain-8-full-batch-iris', 'iris-demo', IRIS, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(8), tr(150, 150));

add('lr-too-low.sgd-plain-1e-5-full-batch-ferment', 'days-to-fg', fer(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(100, 900));
add('lr-too-low.momentum-1e-6-full-batch-style', 'beer-style', sty(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.000001), tr(100, 1000));
add('lr-too-low.adam-2e-6-gravity', 'abv-from-brew-log', grav(), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.000002), tr(60));
add('lr-too-low.rmsprop-1e-6-infection', 'infected-batch', inf(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(40));
add('lr-too-low.nesterov-1e-5-batch-8-sales', 'weekly-litres', sal(), [d(32, 'relu'), d(1)], 'mse', nest(0.00001), tr(30, 8));

add('loss-plateau.tap-number-only-style', 'beer-style', sty({ features: ['tap_number'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.brewer-badge-only-infection', 'infected-batch', inf({ features: ['brewer_badge'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('loss-plateau.hops-only-ferment-days', 'days-to-fg', fer({ csv: '../data/ferment.csv', features: ['pitch_g'] }), [d(16, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.dropout-0.95-sales', 'weekly-litres', sal(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-5-nesterov-full-batch-gravity', 'abv-from-brew-log', grav(), [d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.9, { weightDecay: 5 }), tr(100, 960));
add('loss-plateau.clipnorm-1e-7-rmsprop-style', 'beer-style', sty(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.05, { clipNorm: 0.0000001 }), tr(40));

// second round
add('init-scale.normal-std-10-relu-adam-sales', 'weekly-litres', sal(), [d(64, 'relu', init('normal', { std: 10 })), d(64, 'relu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(40));
add('init-scale.uniform-1e-6-five-tanh-momentum-style', 'beer-style', sty(), [...tower(5, 32, 'tanh', init('uniform', { limit: 0.000001 })), d(5, 'softmax', init('uniform', { limit: 0.000001 }))], 'cce', mom(0.01), tr(40));
add('init-scale.normal-1e-3-four-sigmoid-rmsprop-ferment', 'days-to-fg', fer(), [...tower(4, 32, 'sigmoid', init('normal', { std: 0.001 })), d(1, 'linear', init('normal', { std: 0.001 }))], 'mse', rms(0.0005), tr(60));
add('init-scale.normal-std-8-leaky-full-batch-sgd-gravity', 'abv-from-brew-log', grav(), [d(64, 'leaky_relu', init('normal', { std: 8 })), d(1, 'linear', init('normal', { std: 8 }))], 'mse', sgd(0.00001), tr(100, 960));
add('lr-too-high.adam-0.05-batch-2-gravity', 'abv-from-brew-log', grav(), [d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(10, 2));
add('lr-too-high.rmsprop-0.02-batch-1-ferment', 'days-to-fg', fer(), [d(32, 'tanh'), d(1)], 'mse', rms(0.02), tr(5, 1));
add('lr-too-high.nesterov-1.5-batch-16-style', 'beer-style', sty(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(1.5), tr(40, 16));
add('lr-too-high.momentum-0.3-batch-4-moons', 'hop-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.3, 0.9), tr(60, 4));
add('lr-too-high.sgd-plain-1-batch-1-sales', 'weekly-litres', sal(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(1), tr(10, 1));
add('oscillating-loss.momentum-0.99-lr-0.03-full-batch-linear-ferment', 'days-to-fg', fer(), [d(1)], 'mse', mom(0.03, 0.99), tr(150, 900));
add('oscillating-loss.momentum-0.98-lr-0.2-batch-220-linear-sales', 'weekly-litres', sal(), [d(1)], 'mse', mom(0.2, 0.98), tr(120, 220));
add('oscillating-loss.nesterov-0.99-lr-0.02-full-batch-tanh-iris', 'iris-demo', IRIS, [d(8, 'tanh'), d(3, 'softmax')], 'cce', nest(0.5, 0.99), tr(200, 150));
add('ok.gravity-momentum-0.9-lr-0.3-full-batch-linear', 'abv-from-brew-log', grav(), [d(1)], 'mse', mom(0.3), tr(150, 960));
add('ok.ferment-nesterov-0.01-full-batch-elu', 'days-to-fg', fer(), [d(16, 'elu'), d(1)], 'mse', nest(0.01, 0.9), tr(300, 900));

// ---------------------------------------------------------------- healthy
add('ok.gravity-adam-relu', 'abv-from-brew-log', grav(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.gravity-linear-sgd-full-batch', 'abv-from-brew-log', grav(), [d(1)], 'mse', sgd(0.3), tr(200, 960));
add('ok.gravity-momentum-full-batch-tanh', 'abv-from-brew-log', grav(), [d(16, 'tanh'), d(1)], 'mse', mom(0.05), tr(300, 960));
add('ok.gravity-fahrenheit-rmsprop-val', 'abv-from-brew-log', grav({ features: ['og', 'mash_f', 'hops_g', 'ferment_days', 'yeast_pitch_g'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.gravity-minmax-sgd-batch-1', 'abv-from-brew-log', grav({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.02), tr(5, 1));
add('ok.gravity-adam-bn-dropout', 'abv-from-brew-log', grav(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.003), tr(60, 64));
add('ok.style-adam-relu', 'beer-style', sty(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.style-nesterov-full-batch-tanh', 'beer-style', sty(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.3), tr(200, 1000));
add('ok.style-rmsprop-elu-val', 'beer-style', sty(), [d(32, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(40, 32, { validationSplit: 0.2 }));
add('ok.style-sgd-plain-sigmoid-batch-8', 'beer-style', sty(), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.3), tr(40, 8));
add('ok.style-minmax-adam-bn-decay', 'beer-style', sty({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005, { weightDecay: 0.0001 }), tr(40, 64));
add('ok.style-softmax-regression-momentum', 'beer-style', sty(), [d(5, 'softmax')], 'cce', mom(0.05), tr(60));
add('ok.infection-adam-relu', 'infected-batch', inf(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.infection-logistic-sgd-full-batch', 'infected-batch', inf(), [d(1, 'sigmoid')], 'bce', sgd(1), tr(300, 1100));
add('ok.infection-nesterov-elu-batch-64', 'infected-batch', inf(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(80, 64));
add('ok.sales-adam-elu', 'weekly-litres', sal(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.sales-rmsprop-relu-batch-256', 'weekly-litres', sal(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.sales-momentum-full-batch-linear', 'weekly-litres', sal(), [d(1)], 'mse', mom(0.1), tr(200, 880));
add('ok.sales-minmax-target-adam-clip', 'weekly-litres', sal({ normalizeTarget: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.003, { clipNorm: 1 }), tr(80));
add('ok.sales-nesterov-tanh-lecun-batch-4', 'weekly-litres', sal(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.005), tr(20, 4));
add('ok.ferment-adam-tanh', 'days-to-fg', fer(), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.ferment-hours-rmsprop-relu', 'hours-to-fg', fer({ target: 'hours_to_fg' }), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(60));
add('ok.ferment-sgd-plain-full-batch-deep-relu', 'days-to-fg', fer(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.1), tr(300, 900));
add('ok.ferment-nesterov-full-batch-elu', 'days-to-fg', fer(), [d(16, 'elu'), d(1)], 'mse', nest(0.1, 0.9), tr(200, 900));
add('ok.ferment-adam-deep-bn-val', 'days-to-fg', fer(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(60, 64, { validationSplit: 0.2 }));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-momentum-full-batch-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.1), tr(300, 150));
add('ok.moons-adam-relu', 'hop-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-sgd-plain-full-batch-tanh', 'hop-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.5), tr(600, 240));
add('ok.circles-adam-elu', 'kettle-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-batch-16', 'kettle-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.spirals-adam-tanh-deep', 'wort-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-rmsprop-relu', 'yeast-strain-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(60));
add('ok.sine-adam-elu', 'cellar-temp-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(200, 16));
add('ok.sine-momentum-full-batch-tanh', 'cellar-temp-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', mom(0.2), tr(800, 250));
add('ok.xor-adam-tanh', 'two-tap-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-he-uniform', 'two-tap-xor', XOR, [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.bitter-inline-adam-tanh', 'too-bitter', INLINE_BITTER, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 20));
add('ok.bitter-inline-logistic-sgd-batch-1', 'too-bitter', INLINE_BITTER, [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 1));
add('ok.infection-rmsprop-tanh-xavier-normal-dropout', 'infected-batch', inf(), [d(32, 'tanh', { init: 'xavier_normal' }), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.001), tr(60));
add('ok.gravity-nesterov-sigmoid-decay', 'abv-from-brew-log', grav(), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.05, 0.9, { weightDecay: 0.0001 }), tr(80));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
