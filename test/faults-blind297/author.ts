/**
 * Writes every candidate spec of fault set blind297 (miso and tempeh producers) into candidates/:
 * `npx tsx test/faults-blind297/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const MISO_F = ['soy_kg', 'koji_ratio', 'salt_pct', 'cellar_temp_c', 'age_days', 'humidity_pct', 'barrel_cedar', 'stir_count', 'colour_L'];
const TEMPEH_F = ['bean_kg', 'soak_hours', 'moisture_pct', 'starter_g', 'chamber_c', 'ambient_c', 'incubation_h', 'thickness_mm', 'perforations', 'tray_weight_g'];

const miso = (target: string | string[], normalize = 'standard', extra: J = {}): J => ({ csv: '../data/miso-vats.csv', target, features: MISO_F, normalize, ...extra });
const tempeh = (target: string | string[], normalize = 'standard', extra: J = {}, file = 'tempeh-trays.csv'): J => ({ csv: `../data/${file}`, target, features: TEMPEH_F, normalize, ...extra });
const d = (units: number, activation: string, extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const adam = (lr: number, extra: J = {}): J => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: J = {}): J => ({ type: 'rmsprop', lr, ...extra });
const sgd = (lr: number, extra: J = {}): J => ({ type: 'sgd', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });

let seedCounter = 297;
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, top: J = {}): void {
  const s = { name: file, seed: (seedCounter++ % 97) + 1, data, layers, loss, optimizer, training, ...top };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
/** Raw text, for specs whose fault is in the text itself. */
function raw(file: string, s: J): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adamw', lr: 0.001 }, tr(100, 32));
spec('invalid-spec.gelu-activation', tempeh('outcome'), [d(24, 'gelu'), d(12, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(120, 16));
spec('invalid-spec.dropout-percent', miso('spoiled'), [d(32, 'relu'), drop(30), d(1, 'sigmoid')], 'bce', adam(0.002), tr(100, 32));
spec('invalid-spec.loss-mae', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mae', rms(0.001), tr(80, 32));
spec('invalid-spec.validation-split-percent', miso('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(100, 32, { validationSplit: 20 }));
spec('invalid-spec.init-he-typo', tempeh('outcome'), [d(16, 'relu', { init: 'kaiming_normal' }), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));

// data-error
spec('data-error.file-underscore-typo', { csv: '../data/miso_vats.csv', target: 'umami_score', features: MISO_F, normalize: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(100, 32));
spec('data-error.target-name-umami', miso('umami'), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(100, 32));
spec('data-error.gaps-na-markers', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }, 'tempeh-trays-gaps.csv'), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(100, 32));
spec('data-error.handlog-wet-text', tempeh('outcome', 'standard', {}, 'tempeh-trays-handlog.csv'), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));
spec('data-error.outside-workspace', { csv: '../../../../../../srv/exports/miso-vats.csv', target: 'grade', features: MISO_F, normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));
spec('data-error.no-features-id-column', { csv: '../data/tempeh-trays.csv', target: 'cover_pct', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(100, 32));

// shape-mismatch
spec('shape-mismatch.grade-one-unit-cce', miso('grade'), [d(16, 'relu'), d(1, 'softmax')], 'cce', adam(0.003), tr(100, 32));
spec('shape-mismatch.outcome-two-units', tempeh('outcome'), [d(20, 'relu'), d(10, 'relu'), d(2, 'softmax')], 'cce', adam(0.003), tr(100, 32));
spec('shape-mismatch.two-targets-one-unit', miso(['umami_score', 'colour_L'], 'standard', { normalizeTarget: 'standard', features: MISO_F.slice(0, 8) }), [d(16, 'tanh'), d(1, 'linear')], 'mse', adam(0.003), tr(100, 32));
spec('shape-mismatch.spoiled-bce-two-units', miso('spoiled'), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));

// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-umami', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.bce-linear-head', miso('spoiled'), [d(16, 'relu'), d(1, 'linear')], 'bce', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', tempeh('outcome'), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.tanh-head-cover-pct', tempeh('cover_pct'), [d(16, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.relu-head-standardised-target', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(100, 32));

// init-symmetry
spec('init-symmetry.zeros-hidden', miso('grade'), [d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax')], 'cce', adam(0.005), tr(100, 32));
spec('init-symmetry.constant-two-layers', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(12, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(1, 'linear')], 'mse', sgd(0.01, { momentum: 0.9 }), tr(120, 16));
spec('init-symmetry.zeros-everywhere', miso('spoiled'), [d(10, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.005), tr(80, 32));
spec('init-symmetry.constant-half-tanh', tempeh('outcome'), [d(20, 'tanh', { init: 'constant', value: 0.5 }), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));

// init-scale
spec('init-scale.normal-std-8', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: 'normal', std: 8 }), d(32, 'relu', { init: 'normal', std: 8 }), d(1, 'linear', { init: 'normal', std: 8 })], 'mse', adam(0.001), tr(100, 32));
spec('init-scale.uniform-limit-30', tempeh('outcome'), [d(24, 'tanh', { init: 'uniform', limit: 30 }), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));
spec('init-scale.normal-std-1e-6-deep', miso('grade'), [d(16, 'relu', { init: 'normal', std: 1e-6 }), d(16, 'relu', { init: 'normal', std: 1e-6 }), d(16, 'relu', { init: 'normal', std: 1e-6 }), d(3, 'softmax', { init: 'normal', std: 1e-6 })], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-scale.normal-std-5-sigmoid', tempeh('cover_pct', 'minmax', { normalizeTarget: 'minmax' }), [d(20, 'sigmoid', { init: 'normal', std: 5 }), d(1, 'linear')], 'mse', rms(0.001), tr(100, 32));

// no-nonlinearity
spec('no-nonlinearity.three-linear-hidden-outcome', tempeh('outcome'), [d(32, 'linear'), d(16, 'linear'), d(8, 'linear'), d(3, 'softmax')], 'cce', adam(0.003), tr(150, 32));
spec('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
spec('no-nonlinearity.default-activation-circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [{ type: 'dense', units: 24 }, { type: 'dense', units: 12 }, d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), tr(150, 16));
spec('no-nonlinearity.linear-hidden-cover', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(32, 'linear'), d(32, 'linear'), d(1, 'linear')], 'mse', rms(0.002), tr(120, 32));

// lr-out-of-range
spec('lr-out-of-range.adam-lr-3', miso('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(3), tr(100, 32));
spec('lr-out-of-range.sgd-lr-80', tempeh('outcome'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(80), tr(100, 32));
spec('lr-out-of-range.rmsprop-1e-9', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', rms(1e-9), tr(100, 32));
spec('lr-out-of-range.sgd-1e-8', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(1e-8, { momentum: 0.9 }), tr(100, 32));

// dead-relu
spec('dead-relu.negative-bias-start', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { bias: -6 }), d(1, 'linear')], 'mse', adam(0.001), tr(100, 32));
spec('dead-relu.raw-grams-big-sgd', tempeh('cover_pct', 'none', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.01), tr(80, 16));
spec('dead-relu.deep-bias-minus-4', tempeh('outcome'), [d(24, 'relu', { bias: -4 }), d(24, 'relu', { bias: -4 }), d(3, 'softmax')], 'cce', sgd(0.02, { momentum: 0.9 }), tr(100, 32));
spec('dead-relu.adam-lr-too-hot', miso('spoiled'), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(80, 16));

// exploding-gradient
spec('exploding-gradient.raw-price-target', tempeh('price_yen'), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.001), tr(60, 32));
spec('exploding-gradient.deep-relu-std-1', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(1, 'linear')], 'mse', sgd(0.001), tr(60, 32));
spec('exploding-gradient.raw-features-soy-days', miso('umami_score', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], 'mse', sgd(0.0005, { momentum: 0.9 }), tr(60, 32));
spec('exploding-gradient.raw-grams-momentum', tempeh('cover_pct', 'none'), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.001, { momentum: 0.9 }), tr(60, 16));

// vanishing-gradient
spec('vanishing-gradient.sigmoid-stack-8', tempeh('outcome'), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.01), tr(80, 32));
spec('vanishing-gradient.tanh-small-init-deep', miso('grade'), [d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(3, 'softmax')], 'cce', sgd(0.01, { momentum: 0.5 }), tr(80, 32));
spec('vanishing-gradient.sigmoid-10-spoiled', miso('spoiled'), Array.from({ length: 10 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', sgd(0.05), tr(60, 32));
spec('vanishing-gradient.sigmoid-deep-cover', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), Array.from({ length: 7 }, () => d(20, 'sigmoid', { init: 'lecun_normal' })).concat([d(1, 'linear')]), 'mse', sgd(0.005), tr(80, 32));

// nan-loss
spec('nan-loss.raw-price-sgd', tempeh('price_yen', 'none'), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.01), tr(60, 32));
spec('nan-loss.adam-raw-everything', miso('umami_score', 'none'), [d(32, 'relu', { init: 'normal', std: 3 }), d(32, 'relu', { init: 'normal', std: 3 }), d(1, 'linear', { init: 'normal', std: 3 })], 'mse', sgd(0.1), tr(60, 32));
spec('nan-loss.sgd-lr-5-regression', tempeh('cover_pct', 'standard'), [d(32, 'relu'), d(1, 'linear')], 'mse', sgd(5), tr(60, 16));

// lr-too-high
spec('lr-too-high.adam-0-3-grade', miso('grade'), [d(24, 'relu'), d(12, 'relu'), d(3, 'softmax')], 'cce', adam(0.3), tr(100, 32));
spec('lr-too-high.sgd-2-outcome', tempeh('outcome'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(2.5), tr(100, 32));
spec('lr-too-high.rmsprop-0-2-cover', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', rms(0.2), tr(100, 32));
spec('lr-too-high.nesterov-0-8', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(24, 'tanh'), d(1, 'linear')], 'mse', sgd(0.8, { momentum: 0.9, nesterov: true }), tr(100, 32));
spec('lr-too-high.adam-1-moons', { builtin: 'moons', samples: 300, noise: 0.2 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(1), tr(100, 32));

// lr-too-low
spec('lr-too-low.sgd-1e-5-umami', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1, 'linear')], 'mse', sgd(1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6-outcome', tempeh('outcome'), [d(24, 'relu'), d(12, 'relu'), d(3, 'softmax')], 'cce', adam(1e-6), tr(100, 32));
spec('lr-too-low.rmsprop-2e-6-grade', miso('grade'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(2e-6), tr(120, 16));
spec('lr-too-low.sgd-full-batch-1e-4', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(1e-4), tr(150, 380));

// saturated-activation
spec('saturated-activation.sigmoid-raw-features', tempeh('outcome', 'none'), [d(24, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));
spec('saturated-activation.tanh-std-4', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(32, 'tanh', { init: 'normal', std: 4 }), d(1, 'linear')], 'mse', sgd(0.01), tr(100, 32));
spec('saturated-activation.sigmoid-bias-9', miso('spoiled'), [d(16, 'sigmoid', { bias: 9 }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
spec('saturated-activation.tanh-raw-days', miso('grade', 'none'), [d(20, 'tanh'), d(20, 'tanh'), d(3, 'softmax')], 'cce', rms(0.001), tr(100, 32));

// loss-plateau
spec('loss-plateau.weight-decay-2', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(24, 'relu'), d(1, 'linear')], 'mse', adam(0.01, { weightDecay: 2 }), tr(120, 32));
spec('loss-plateau.dropout-0-9', tempeh('outcome'), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(3, 'softmax')], 'cce', adam(0.003), tr(120, 32));
spec('loss-plateau.sgd-decay-1-cover', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.05, { weightDecay: 1 }), tr(120, 32));
spec('loss-plateau.clipnorm-1e-5', miso('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { clipNorm: 1e-5 }), tr(120, 32));

// oscillating-loss
spec('oscillating-loss.sgd-batch-1-grade', miso('grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.3), tr(60, 1));
spec('oscillating-loss.adam-batch-2-cover', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.05), tr(60, 2));
spec('oscillating-loss.rmsprop-batch-4', tempeh('outcome'), [d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.05), tr(60, 4));
spec('oscillating-loss.momentum-full-batch', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.6, { momentum: 0.95 }), tr(150, 420));

// second pass, written before any of these was observed: more gradient-scale and oscillation cases
spec('exploding-gradient.raw-price-adam', tempeh('price_yen', 'standard'), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.001), tr(60, 32));
spec('exploding-gradient.raw-miso-features-adam', miso('umami_score', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.0005), tr(60, 32));
spec('exploding-gradient.raw-grams-rmsprop', tempeh('cover_pct', 'none'), [d(24, 'relu'), d(1, 'linear')], 'mse', rms(0.0005), tr(60, 32));
spec('exploding-gradient.deep-relu-std-0-4-adam', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), Array.from({ length: 6 }, () => d(32, 'relu', { init: 'normal', std: 0.4 })).concat([d(1, 'linear')]), 'mse', adam(0.0005), tr(60, 32));
spec('oscillating-loss.sgd-batch-1-tanh-umami', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.2), tr(60, 1));
spec('oscillating-loss.adam-batch-1-tempeh-outcome', tempeh('outcome'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.05), tr(60, 1));

// ---------------- healthy ----------------
const H = (slug: string, data: J, layers: J[], loss: string, opt: J, t: J) => spec(`ok.${slug}`, data, layers, loss, opt, t);
H('miso-umami-adam', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(120, 32));
H('miso-umami-rmsprop-elu', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(1, 'linear')], 'mse', rms(0.002), tr(100, 16));
H('miso-umami-sgd-momentum', miso('umami_score', 'minmax', { normalizeTarget: 'minmax' }), [d(20, 'tanh'), d(1, 'linear')], 'mse', sgd(0.05, { momentum: 0.9 }), tr(150, 32));
H('miso-umami-nesterov-bn', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(100, 32));
H('miso-umami-full-batch-adam', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(16, 'leaky_relu'), d(1, 'linear')], 'mse', adam(0.01), tr(300, 420));
H('miso-grade-adam', miso('grade'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(120, 32));
H('miso-grade-rmsprop-dropout', miso('grade'), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.001), tr(120, 32, { validationSplit: 0.2 }));
H('miso-grade-sgd-tanh', miso('grade'), [d(24, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.1), tr(150, 16));
H('miso-grade-eu-export', { csv: '../data/miso-vats-eu.csv', target: 'grade', features: MISO_F, normalize: 'standard' }, [d(24, 'elu'), d(3, 'softmax')], 'cce', adam(0.005), tr(100, 32));
H('miso-grade-batch-1-sgd', miso('grade'), [d(12, 'relu'), d(3, 'softmax')], 'cce', sgd(0.005), tr(40, 1));
H('miso-spoiled-adam', miso('spoiled'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(150, 32));
H('miso-spoiled-weight-decay', miso('spoiled'), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.002, { weightDecay: 1e-4 }), tr(150, 32));
H('miso-spoiled-minmax-rmsprop', miso('spoiled', 'minmax'), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150, 32));
H('miso-colour-two-targets', miso(['umami_score', 'colour_L'], 'standard', { normalizeTarget: 'standard', features: MISO_F.slice(0, 8) }), [d(32, 'relu'), d(2, 'linear')], 'mse', adam(0.003), tr(120, 32));
H('miso-umami-subset-features', { csv: '../data/miso-vats.csv', target: 'umami_score', features: ['koji_ratio', 'salt_pct', 'cellar_temp_c', 'age_days'], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.005), tr(150, 64));
H('miso-grade-deep-clip', miso('grade'), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.02, { momentum: 0.9, clipNorm: 1 }), tr(100, 32));
H('tempeh-cover-adam', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(120, 32));
H('tempeh-cover-tab-export', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }, 'tempeh-trays-tab.csv'), [d(24, 'tanh'), d(1, 'linear')], 'mse', rms(0.002), tr(120, 32));
H('tempeh-cover-sgd-elu', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], 'mse', sgd(0.01, { momentum: 0.9 }), tr(120, 16));
H('tempeh-cover-sigmoid-hidden', tempeh('cover_pct', 'minmax', { normalizeTarget: 'minmax' }), [d(16, 'sigmoid'), d(1, 'linear')], 'mse', adam(0.01), tr(200, 32));
H('tempeh-price-normalised', tempeh('price_yen', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(120, 32));
H('tempeh-outcome-adam', tempeh('outcome'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(120, 32));
H('tempeh-outcome-rmsprop-bn', tempeh('outcome'), [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', rms(0.002), tr(100, 32));
H('tempeh-outcome-nesterov-tanh', tempeh('outcome'), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.03, { momentum: 0.9, nesterov: true }), tr(120, 32));
H('tempeh-outcome-val-split', tempeh('outcome'), [d(24, 'leaky_relu'), drop(0.1), d(3, 'softmax')], 'cce', adam(0.002), tr(150, 32, { validationSplit: 0.25 }));
H('tempeh-outcome-batch-8-sgd', tempeh('outcome'), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.02), tr(100, 8));
H('tempeh-cover-wide-shallow', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(128, 'relu'), d(1, 'linear')], 'mse', adam(0.001), tr(100, 64));
H('tempeh-cover-sgd-plain', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'linear')], 'mse', sgd(0.05), tr(200, 16));
H('moons-relu-adam', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 32));
H('circles-tanh-rmsprop', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 32));
H('spirals-deep-adam', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
H('iris-sgd-momentum', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(150, 16));
H('blobs-four-classes-rmsprop', { builtin: 'blobs', samples: 300, classes: 4 }, [d(12, 'elu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100, 32));
H('sine-tanh-adam', { builtin: 'sine', samples: 200, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', adam(0.005), tr(300, 32));
H('xor-sigmoid-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), tr(200, 16));
H('inline-brine-salinity', { inline: { x: [[10, 1.0], [11, 1.2], [12, 0.8], [13, 1.5], [9.5, 0.6], [12.5, 1.1], [10.5, 1.4], [11.5, 0.9], [13.5, 1.3], [9, 1.0], [12, 1.2], [10, 0.7]], y: [20.1, 22.6, 23.2, 26.9, 18.3, 24.2, 21.9, 22.3, 27.2, 17.8, 23.9, 19.4] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1, 'linear')], 'mse', adam(0.01), tr(300, 12));
H('inline-koji-ok-classes', { inline: { x: [[30, 92], [31, 90], [29, 94], [36, 70], [37, 65], [35, 72], [22, 95], [21, 96], [23, 93], [30, 91], [36, 68], [22, 94]], y: ['ok', 'ok', 'ok', 'dry', 'dry', 'dry', 'cold', 'cold', 'cold', 'ok', 'dry', 'cold'] }, normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', adam(0.02), tr(200, 4));
H('miso-umami-batch-4-adam-small', miso('umami_score', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.0005), tr(60, 4));
H('tempeh-outcome-wide-dropout', tempeh('outcome'), [d(96, 'relu'), drop(0.3), d(48, 'relu'), drop(0.3), d(3, 'softmax')], 'cce', adam(0.001), tr(120, 64));
H('miso-spoiled-lecun-sgd', miso('spoiled'), [d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.5 }), tr(200, 32));
H('tempeh-cover-he-uniform-rms', tempeh('cover_pct', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(1, 'linear')], 'mse', rms(0.001, { clipNorm: 5 }), tr(100, 32));
H('miso-grade-xavier-normal-sigmoid', miso('grade'), [d(24, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 32));
raw('invalid-spec.trailing-comma-unknown-key', { name: 'tempeh-outcome', seed: 4, data: tempeh('outcome'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: { epochs: 100, batch_size: 32 } });
