/**
 * Writes every candidate spec of fault set blind234 (ostrich and emu farms) into candidates/:
 * `npx tsx test/faults-blind234/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const H_FEAT = ['species_code', 'egg_weight_g', 'shell_mm', 'incubator_temp_c', 'humidity_pct', 'turns_per_day', 'hen_age_yr', 'storage_days', 'weight_loss_pct', 'bay_no'];
const G_FEAT = ['species_code', 'age_days', 'feed_kg_day', 'lucerne_share', 'pen_area_m2', 'water_l_day', 'protein_pct'];
const S_FEAT = ['slaughter_age_m', 'live_weight_kg', 'nodule_score', 'scar_count', 'crown_area_dm2', 'fence_type'];
const O_FEAT = ['fat_pad_kg', 'bird_count', 'render_temp_c', 'render_min', 'season_q'];

const hatch = (extra: J = {}): J => ({ csv: '../data/hatchery.csv', target: 'hatched', features: H_FEAT, normalize: 'standard', ...extra });
const growth = (extra: J = {}): J => ({ csv: '../data/growth.csv', target: 'live_weight_kg', features: G_FEAT, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const skins = (extra: J = {}): J => ({ csv: '../data/skin-grades.csv', target: 'grade', features: S_FEAT, normalize: 'standard', ...extra });
const skinsEu = (extra: J = {}): J => ({ csv: '../data/skin-grades-eu.csv', target: 'grade', features: S_FEAT, normalize: 'standard', ...extra });
const oil = (extra: J = {}): J => ({ csv: '../data/emu-oil.tsv', target: 'oil_l', features: O_FEAT, normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation?: string, extra: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, shuffle: true, ...extra });

let count = 0;
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/\.nn\.json$/, '').replace(/^[^.]+\./, '');
  const body = { name, seed: 234, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(body, null, 2) + '\n');
  count++;
}
const raw = (text: string, file: string) => { fs.writeFileSync(path.join(out, `${file}.nn.json`), text); count++; };

const bceHead = d(1, 'sigmoid');
const cceHead = d(4, 'softmax');
const linHead = d(1, 'linear');

// ---------------------------------------------------------------- faults
// invalid-spec
spec('invalid-spec.optimizer-adamw', hatch(), [d(16, 'relu'), bceHead], 'bce', opt('adamw', 0.001), tr(80, 32));
spec('invalid-spec.activation-swish', growth(), [d(24, 'swish'), d(12, 'swish'), linHead], 'mse', opt('adam', 0.003), tr(100, 32));
spec('invalid-spec.loss-keras-name', skins(), [d(16, 'relu'), cceHead], 'categorical_crossentropy', opt('adam', 0.003), tr(100, 32));
spec('invalid-spec.dropout-rate-percent', hatch(), [d(32, 'relu'), drop(20), d(16, 'relu'), bceHead], 'bce', opt('adam', 0.002), tr(80, 32));
raw(JSON.stringify({ name: 'batch-size-snake', seed: 234, data: oil(), layers: [d(16, 'relu'), linHead], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: { epochs: 120, batch_size: 16 } }, null, 2) + '\n', 'invalid-spec.batch-size-snake-case');
spec('invalid-spec.init-glorot', skins(), [d(20, 'tanh', { init: 'glorot_uniform' }), cceHead], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));

// data-error
spec('data-error.missing-2024-export', hatch({ csv: '../data/hatchery_2024.csv' }), [d(16, 'relu'), bceHead], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.target-typo-hatch', hatch({ target: 'hatch' }), [d(16, 'relu'), bceHead], 'bce', opt('adam', 0.003), tr(80, 32));
spec('data-error.na-markers-in-gaps-copy', hatch({ csv: '../data/hatchery-gaps.csv' }), [d(16, 'elu'), bceHead], 'bce', opt('rmsprop', 0.002), tr(80, 32));
spec('data-error.bird-tag-as-feature', growth({ features: ['bird_tag', ...G_FEAT] }), [d(24, 'relu'), linHead], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.weigh-date-feature', growth({ features: [...G_FEAT, 'weigh_date'] }), [d(24, 'relu'), linHead], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.path-outside-workspace', oil({ csv: '../../../../../srv/abattoir/emu-oil.tsv' }), [d(16, 'relu'), linHead], 'mse', opt('adam', 0.003), tr(100, 16));

// shape-mismatch
spec('shape-mismatch.three-grades-not-four', skins(), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.two-unit-hatch-head', hatch(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.growth-two-outputs', growth(), [d(24, 'relu'), d(2, 'linear')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.eu-grades-five-units', skinsEu(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(100, 32));

// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-with-mse', skins(), [d(16, 'relu'), cceHead], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.bce-linear-head', hatch(), [d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', skins(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.sigmoid-head-standardised-weight', growth(), [d(24, 'relu'), d(1, 'sigmoid')], 'mse', opt('adam', 0.003), tr(120, 32));
spec('loss-activation-mismatch.relu-head-standardised-oil', oil(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(120, 16));

// init-symmetry
spec('init-symmetry.zeros-hidden-relu', hatch(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), bceHead], 'bce', opt('adam', 0.003), tr(80, 32));
spec('init-symmetry.constant-tanh-grades', skins(), [d(16, 'tanh', { init: 'constant', value: 0.1 }), cceHead], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));
spec('init-symmetry.zeros-growth-two-layers', growth(), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), linHead], 'mse', opt('rmsprop', 0.002), tr(120, 32));
spec('init-symmetry.constant-half-oil', oil(), [d(12, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), linHead], 'mse', opt('adam', 0.005), tr(150, 16));

// init-scale
spec('init-scale.normal-std-25-hatch', hatch(), [d(32, 'relu', { init: 'normal', std: 25 }), d(16, 'relu', { init: 'normal', std: 25 }), bceHead], 'bce', opt('adam', 0.002), tr(80, 32));
spec('init-scale.tanh-std-40-grades', skins(), [d(24, 'tanh', { init: 'normal', std: 40 }), d(12, 'tanh', { init: 'normal', std: 40 }), cceHead], 'cce', opt('adam', 0.003), tr(100, 32));
spec('init-scale.uniform-1e-6-deep-growth', growth(), [d(32, 'relu', { init: 'uniform', limit: 1e-6 }), d(32, 'relu', { init: 'uniform', limit: 1e-6 }), d(16, 'relu', { init: 'uniform', limit: 1e-6 }), d(1, 'linear', { init: 'uniform', limit: 1e-6 })], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std-1e-5-sigmoid-oil', oil(), [d(16, 'sigmoid', { init: 'normal', std: 1e-5 }), d(8, 'sigmoid', { init: 'normal', std: 1e-5 }), d(1, 'linear', { init: 'normal', std: 1e-5 })], 'mse', opt('sgd', 0.05), tr(100, 16));

// no-nonlinearity
spec('no-nonlinearity.linear-hidden-hatch', hatch(), [d(32, 'linear'), d(16, 'linear'), bceHead], 'bce', opt('adam', 0.003), tr(100, 32));
spec('no-nonlinearity.linear-stack-grades', skins(), [d(24), d(24), d(12), cceHead], 'cce', opt('adam', 0.003), tr(100, 32));
spec('no-nonlinearity.linear-moons-pens', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), bceHead], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-growth-curve', growth(), [d(32, 'linear', { init: 'he_normal' }), d(16, 'linear'), linHead], 'mse', opt('adam', 0.003), tr(150, 32));

// lr-out-of-range
spec('lr-out-of-range.adam-lr-zero', hatch(), [d(16, 'relu'), bceHead], 'bce', opt('adam', 0), tr(80, 32));
spec('lr-out-of-range.sgd-negative', growth(), [d(24, 'relu'), linHead], 'mse', opt('sgd', -0.01), tr(100, 32));
spec('lr-out-of-range.rmsprop-lr-40', skins(), [d(16, 'relu'), cceHead], 'cce', opt('rmsprop', 40), tr(100, 32));
spec('lr-out-of-range.adam-lr-1e3', oil(), [d(16, 'tanh'), linHead], 'mse', opt('adam', 1000), tr(100, 16));

// dead-relu
spec('dead-relu.bias-minus-six-hatch', hatch(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), bceHead], 'bce', opt('adam', 0.002), tr(80, 32));
spec('dead-relu.sgd-kick-kills-growth', growth(), [d(32, 'relu'), d(32, 'relu'), linHead], 'mse', opt('sgd', 0.8), tr(100, 16));
spec('dead-relu.negative-bias-grades', skins(), [d(24, 'relu', { bias: -4 }), d(12, 'relu', { bias: -4 }), cceHead], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));
spec('dead-relu.raw-oil-relu-wide', oil({ normalize: 'none' }), [d(32, 'relu', { bias: -200 }), linHead], 'mse', opt('adam', 0.003), tr(100, 16));

// exploding-gradient
spec('exploding-gradient.raw-weight-target-sgd', growth({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), linHead], 'mse', opt('sgd', 0.001), tr(60, 32));
spec('exploding-gradient.deep-std1-relu-grades', skins(), [d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), cceHead], 'cce', opt('sgd', 0.01), tr(60, 32));
spec('exploding-gradient.raw-oil-momentum', oil({ normalize: 'none', normalizeTarget: 'none' }), [d(24, 'relu'), linHead], 'mse', opt('sgd', 0.0005, { momentum: 0.9 }), tr(60, 16));
spec('exploding-gradient.raw-egg-weights-deep', hatch({ normalize: 'none' }), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), bceHead], 'bce', opt('sgd', 0.01), tr(40, 32));

// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers-hatch', hatch(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), bceHead], 'bce', opt('sgd', 0.01), tr(60, 32));
spec('vanishing-gradient.ten-tanh-small-init', skins(), Array.from({ length: 10 }, () => d(16, 'tanh', { init: 'normal', std: 0.05 })).concat([cceHead]), 'cce', opt('sgd', 0.02, { momentum: 0.5 }), tr(60, 32));
spec('vanishing-gradient.sigmoid-tower-growth', growth(), Array.from({ length: 7 }, () => d(24, 'sigmoid', { init: 'normal', std: 0.1 })).concat([linHead]), 'mse', opt('sgd', 0.01), tr(80, 32));

// nan-loss
spec('nan-loss.raw-weight-sgd-0.05', growth({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), linHead], 'mse', opt('sgd', 0.05), tr(50, 32));
spec('nan-loss.raw-oil-nesterov', oil({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), linHead], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(50, 8));
spec('nan-loss.raw-egg-weight-linear-reg', hatch({ normalize: 'none', target: 'egg_weight_g', features: ['species_code', 'shell_mm', 'hen_age_yr', 'storage_days'] }), [d(8, 'leaky_relu'), linHead], 'mse', opt('sgd', 0.1), tr(40, 16));

// lr-too-high
spec('lr-too-high.adam-0.5-hatch', hatch(), [d(32, 'relu'), d(16, 'relu'), bceHead], 'bce', opt('adam', 0.5), tr(80, 32));
spec('lr-too-high.sgd-3-grades', skins(), [d(24, 'tanh'), cceHead], 'cce', opt('sgd', 3), tr(100, 32));
spec('lr-too-high.rmsprop-0.3-growth', growth(), [d(32, 'relu'), d(16, 'relu'), linHead], 'mse', opt('rmsprop', 0.3), tr(100, 32));
spec('lr-too-high.adam-0.2-oil', oil(), [d(24, 'elu'), d(12, 'elu'), linHead], 'mse', opt('adam', 0.2), tr(120, 16));

// lr-too-low
spec('lr-too-low.sgd-1e-5-hatch', hatch(), [d(32, 'relu'), d(16, 'relu'), bceHead], 'bce', opt('sgd', 1e-5), tr(80, 32));
spec('lr-too-low.adam-1e-6-grades', skins(), [d(24, 'relu'), cceHead], 'cce', opt('adam', 1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-2e-7-growth', growth(), [d(32, 'tanh'), linHead], 'mse', opt('rmsprop', 2e-7), tr(100, 32));
spec('lr-too-low.momentum-1e-6-oil', oil(), [d(16, 'relu'), linHead], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), tr(120, 16));

// saturated-activation
spec('saturated-activation.raw-grams-sigmoid', hatch({ normalize: 'none' }), [d(24, 'sigmoid'), d(12, 'sigmoid'), bceHead], 'bce', opt('adam', 0.003), tr(80, 32));
spec('saturated-activation.tanh-std-4-grades', skins(), [d(32, 'tanh', { init: 'normal', std: 4 }), d(16, 'tanh', { init: 'normal', std: 4 }), cceHead], 'cce', opt('sgd', 0.05), tr(100, 32));
spec('saturated-activation.sigmoid-bias-9-growth', growth(), [d(24, 'sigmoid', { bias: 9 }), d(12, 'sigmoid', { bias: 9 }), linHead], 'mse', opt('sgd', 0.05), tr(100, 32));
spec('saturated-activation.raw-oil-tanh', oil({ normalize: 'none' }), [d(16, 'tanh'), d(8, 'tanh'), linHead], 'mse', opt('rmsprop', 0.001), tr(100, 16));

// loss-plateau
spec('loss-plateau.raw-features-sgd-hatch', hatch({ normalize: 'none' }), [d(16, 'tanh'), bceHead], 'bce', opt('sgd', 0.01), tr(100, 32));
spec('loss-plateau.one-unit-bottleneck-grades', skins(), [d(1, 'relu', { bias: -1 }), cceHead], 'cce', opt('sgd', 0.02), tr(120, 32));
spec('loss-plateau.heavy-weight-decay-growth', growth(), [d(32, 'relu'), d(16, 'relu'), linHead], 'mse', opt('adam', 0.003, { weightDecay: 5 }), tr(120, 32));
spec('loss-plateau.dropout-0.9-oil', oil(), [d(16, 'relu'), drop(0.95), d(8, 'relu'), drop(0.95), linHead], 'mse', opt('adam', 0.003), tr(150, 16));

// oscillating-loss
spec('oscillating-loss.sgd-batch1-grades', skins(), [d(16, 'tanh'), cceHead], 'cce', opt('sgd', 0.6), tr(60, 1));
spec('oscillating-loss.momentum-0.99-growth', growth(), [d(24, 'tanh'), linHead], 'mse', opt('sgd', 0.05, { momentum: 0.99 }), tr(100, 400));
spec('oscillating-loss.rmsprop-full-batch-hatch', hatch(), [d(24, 'relu'), bceHead], 'bce', opt('rmsprop', 0.05), tr(120, 480));
spec('oscillating-loss.adam-batch2-oil', oil(), [d(16, 'elu'), linHead], 'mse', opt('adam', 0.05), tr(80, 2));

// added after the first observation (nan-loss and loss-plateau were short)
spec('nan-loss.raw-oil-linear-full-batch', oil({ normalize: 'none', normalizeTarget: 'none' }), [linHead], 'mse', opt('sgd', 0.01), tr(50, 300));
spec('nan-loss.raw-growth-tanh-rmsprop-target', growth({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'elu'), linHead], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(50, 4));
spec('loss-plateau.useless-features-only', growth({ features: ['pen_area_m2', 'lucerne_share'] }), [d(16, 'relu'), linHead], 'mse', opt('adam', 0.003), tr(120, 32));
spec('loss-plateau.clipnorm-tiny-sgd-grades', skins(), [d(24, 'relu'), cceHead], 'cce', opt('sgd', 0.05, { clipNorm: 1e-4 }), tr(120, 32));

// ---------------------------------------------------------------- healthy
spec('ok.hatch-adam-relu', hatch(), [d(32, 'relu'), d(16, 'relu'), bceHead], 'bce', opt('adam', 0.003), tr(100, 32, { validationSplit: 0.2 }));
spec('ok.hatch-sgd-momentum-tanh', hatch(), [d(24, 'tanh'), bceHead], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(120, 32));
spec('ok.hatch-rmsprop-elu-dropout', hatch(), [d(48, 'elu'), drop(0.2), d(16, 'elu'), bceHead], 'bce', opt('rmsprop', 0.002), tr(100, 16));
spec('ok.hatch-nesterov-minmax', hatch({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), bceHead], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.hatch-batchnorm-sgd', hatch(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), bceHead], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32));
spec('ok.hatch-full-batch-adam', hatch(), [d(32, 'relu'), bceHead], 'bce', opt('adam', 0.02), tr(300, 480));
spec('ok.hatch-batch1-sgd', hatch(), [d(12, 'tanh'), bceHead], 'bce', opt('sgd', 0.005), tr(30, 1));
spec('ok.hatch-weight-decay-clip', hatch(), [d(64, 'relu'), d(32, 'relu'), bceHead], 'bce', opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 1 }), tr(100, 64, { validationSplit: 0.15 }));
spec('ok.hatch-sigmoid-hidden', hatch(), [d(24, 'sigmoid'), bceHead], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.hatch-deep-elu-adam', hatch(), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(8, 'elu'), bceHead], 'bce', opt('adam', 0.001), tr(100, 32));
spec('ok.growth-adam-relu', growth(), [d(32, 'relu'), d(16, 'relu'), linHead], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.growth-sgd-tanh', growth(), [d(32, 'tanh'), linHead], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.growth-rmsprop-elu', growth(), [d(32, 'elu'), d(16, 'elu'), linHead], 'mse', opt('rmsprop', 0.002), tr(150, 16, { validationSplit: 0.2 }));
spec('ok.growth-minmax-target', growth({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(16, 'relu'), linHead], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.growth-sigmoid-head-minmax', growth({ normalizeTarget: 'minmax' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'mse', opt('adam', 0.005), tr(200, 32));
spec('ok.growth-batchnorm-nesterov', growth(), [d(48, 'relu', { batchNorm: true }), d(24, 'relu', { batchNorm: true }), linHead], 'mse', opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), tr(120, 32));
spec('ok.growth-leaky-large-batch', growth(), [d(64, 'leaky_relu'), d(32, 'leaky_relu'), linHead], 'mse', opt('adam', 0.01), tr(300, 200));
spec('ok.growth-batch4-rmsprop', growth(), [d(16, 'tanh'), d(8, 'tanh'), linHead], 'mse', opt('rmsprop', 0.001), tr(60, 4));
spec('ok.growth-deep-relu-clip', growth(), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), linHead], 'mse', opt('adam', 0.001, { clipNorm: 5 }), tr(150, 32));
spec('ok.grades-adam-relu', skins(), [d(32, 'relu'), d(16, 'relu'), cceHead], 'cce', opt('adam', 0.003), tr(120, 32));
spec('ok.grades-eu-sgd-momentum', skinsEu(), [d(24, 'tanh'), cceHead], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(150, 32));
spec('ok.grades-rmsprop-dropout', skins(), [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.2), cceHead], 'cce', opt('rmsprop', 0.001), tr(150, 32, { validationSplit: 0.2 }));
spec('ok.grades-batchnorm-elu', skins(), [d(32, 'elu', { batchNorm: true }), cceHead], 'cce', opt('adam', 0.005), tr(100, 64));
spec('ok.grades-softmax-only', skins(), [cceHead], 'cce', opt('adam', 0.02), tr(200, 32));
spec('ok.grades-nesterov-leaky', skinsEu({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), cceHead], 'cce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.grades-weight-decay-sigmoid', skins(), [d(32, 'sigmoid'), cceHead], 'cce', opt('adam', 0.01, { weightDecay: 1e-4 }), tr(200, 32));
spec('ok.oil-adam-relu', oil(), [d(16, 'relu'), linHead], 'mse', opt('adam', 0.005), tr(150, 16));
spec('ok.oil-sgd-plain-linear', oil(), [linHead], 'mse', opt('sgd', 0.05), tr(100, 16));
spec('ok.oil-rmsprop-tanh', oil(), [d(24, 'tanh'), d(12, 'tanh'), linHead], 'mse', opt('rmsprop', 0.001), tr(150, 8));
spec('ok.oil-momentum-elu-val', oil(), [d(16, 'elu'), linHead], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 16, { validationSplit: 0.25 }));
spec('ok.oil-minmax-features-adam', oil({ normalize: 'minmax' }), [d(32, 'relu'), d(16, 'relu'), linHead], 'mse', opt('adam', 0.003), tr(200, 32));
spec('ok.moons-pen-layout', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), bceHead], 'bce', opt('adam', 0.01), tr(150, 32));
spec('ok.circles-sgd-tanh', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(8, 'tanh'), bceHead], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 32));
spec('ok.spirals-three-adam', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.iris-rmsprop', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.005), tr(150, 16));
spec('ok.blobs-four-sgd', { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'elu'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 16));
spec('ok.sine-tanh-adam', { builtin: 'sine', samples: 200 }, [d(32, 'tanh'), d(16, 'tanh'), linHead], 'mse', opt('adam', 0.01), tr(300, 32));
spec('ok.xor-small-nesterov', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), bceHead], 'bce', opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), tr(200, 16));
spec('ok.inline-feed-conversion', { inline: { x: [[0.5, 20], [1.0, 40], [1.5, 60], [2.0, 80], [2.5, 100], [3.0, 120], [0.8, 30], [1.2, 50], [1.8, 70], [2.2, 90], [2.8, 110], [3.2, 130]], y: [3.1, 5.9, 9.2, 12.0, 14.8, 18.1, 4.6, 7.5, 10.6, 13.4, 16.5, 19.3] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'relu'), linHead], 'mse', opt('adam', 0.01), tr(300, 12));
spec('ok.inline-chick-sex-labels', { inline: { x: [[1.2, 0.30], [1.4, 0.32], [1.1, 0.28], [1.6, 0.36], [1.3, 0.31], [1.5, 0.35], [2.1, 0.48], [2.3, 0.52], [2.0, 0.47], [2.4, 0.55], [2.2, 0.50], [1.9, 0.45]], y: ['hen', 'hen', 'hen', 'hen', 'hen', 'hen', 'cock', 'cock', 'cock', 'cock', 'cock', 'cock'] }, normalize: 'standard' }, [d(4, 'tanh'), bceHead], 'bce', opt('adam', 0.05), tr(200, 4));
spec('ok.grades-batch1-adam', skins(), [d(16, 'relu'), cceHead], 'cce', opt('adam', 0.0005), tr(30, 1));

console.log(`${count} candidates written to ${out}`);
