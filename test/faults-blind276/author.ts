/**
 * Writes every candidate spec of set blind276 (ghost tours and city walking-tour guides) into
 * candidates/: `npx tsx test/faults-blind276/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type J = Record<string, unknown>;
const W = ['group_size', 'ticket_eur', 'start_hour', 'temp_c', 'rain_mm', 'moon_illum', 'guide_years', 'route_km', 'route_miles', 'reviews_prior'];
const T = ['start_hour', 'duration_min', 'route_km', 'ticket_eur', 'mean_age', 'stops', 'lanterns'];
const G = ['tours_led', 'avg_rating', 'complaints', 'languages', 'years', 'scare_score'];

const tips = (o: J = {}): J => ({ csv: '../data/walks.csv', target: 'tips_eur', features: W, normalize: 'standard', normalizeTarget: 'standard', ...o });
const noshow = (o: J = {}): J => ({ csv: '../data/walks.csv', target: 'no_show', features: W, normalize: 'standard', ...o });
const types = (o: J = {}): J => ({ csv: '../data/tour-types.csv', target: 'tour_type', features: T, normalize: 'standard', ...o });
const guides = (o: J = {}): J => ({ csv: '../data/guides.csv', target: 'rehired', features: G, normalize: 'standard', ...o });
const d = (units: number, activation: string, o: J = {}): J => ({ type: 'dense', units, activation, ...o });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const adam = (lr: number, o: J = {}): J => ({ type: 'adam', lr, ...o });
const sgd = (lr: number, o: J = {}): J => ({ type: 'sgd', lr, ...o });
const rms = (lr: number, o: J = {}): J => ({ type: 'rmsprop', lr, ...o });
const tr = (epochs: number, batchSize: number, o: J = {}): J => ({ epochs, batchSize, shuffle: true, ...o });

let n = 0;
function spec(file: string, seed: number, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/\.nn\.json$/, '');
  fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify({ name: name.replace(/^[^.]*\./, ''), seed, data, layers, loss, optimizer, training, ...extra }, null, 2) + '\n');
  n++;
}
const bin = (h: J[]) => [...h, d(1, 'sigmoid')];
const cls = (h: J[]) => [...h, d(4, 'softmax')];
const reg = (h: J[]) => [...h, d(1, 'linear')];

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.adamw-optimizer', 2761, tips(), reg([d(16, 'relu')]), 'mse', { type: 'adamw', lr: 0.001 }, tr(100, 32));
spec('invalid-spec.gelu-activation', 2762, types(), cls([d(24, 'gelu'), d(12, 'gelu')]), 'cce', adam(0.003), tr(120, 16));
spec('invalid-spec.dropout-rate-percent', 2763, noshow(), bin([d(16, 'relu'), drop(30), d(8, 'relu')]), 'bce', adam(0.002), tr(100, 32));
spec('invalid-spec.keras-loss-name', 2764, guides(), bin([d(12, 'tanh')]), 'binary_crossentropy', rms(0.002), tr(80, 16));
spec('invalid-spec.batch-size-zero', 2765, tips(), reg([d(20, 'elu'), d(10, 'elu')]), 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 0));
// data-error
spec('data-error.walks-filename-typo', 2766, { ...tips(), csv: '../data/walk.csv' }, reg([d(16, 'relu')]), 'mse', adam(0.003), tr(100, 32));
spec('data-error.booking-ref-as-feature', 2767, { csv: '../data/walks.csv', target: 'tips_eur', normalize: 'standard', normalizeTarget: 'standard' }, reg([d(16, 'relu')]), 'mse', adam(0.003), tr(100, 32));
spec('data-error.target-typo-tip', 2768, tips({ target: 'tip_eur' }), reg([d(16, 'relu'), d(8, 'relu')]), 'mse', adam(0.002), tr(100, 32));
spec('data-error.weather-gaps-na', 2769, tips({ csv: '../data/walks-gaps.csv' }), reg([d(16, 'tanh')]), 'mse', rms(0.003), tr(100, 32));
spec('data-error.shared-drive-path', 2770, noshow({ csv: '../../../../../shared/tours/walks.csv' }), bin([d(12, 'relu')]), 'bce', adam(0.003), tr(80, 32));
// shape-mismatch
spec('shape-mismatch.three-tour-types', 2771, types(), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(120, 16));
spec('shape-mismatch.two-outputs-one-target', 2772, tips(), [d(16, 'relu'), d(2, 'linear')], 'mse', adam(0.003), tr(100, 32));
spec('shape-mismatch.tips-and-rating-one-unit', 2773, tips({ target: ['tips_eur', 'rating'] }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.003), tr(100, 32));
spec('shape-mismatch.rehired-two-sigmoids', 2774, guides(), [d(12, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(100, 16));
// loss-activation-mismatch
spec('loss-activation-mismatch.cce-sigmoid-head', 2775, types(), [d(16, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.005), tr(120, 16));
spec('loss-activation-mismatch.bce-linear-head', 2776, noshow(), [d(16, 'relu'), d(1, 'linear')], 'bce', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.softmax-tips-mse', 2777, tips(), [d(16, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.tanh-head-raw-tips', 2778, tips({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(100, 32));
spec('loss-activation-mismatch.relu-head-cce', 2779, types(), [d(16, 'tanh'), d(4, 'relu')], 'cce', adam(0.005), tr(100, 16));
// init-symmetry
spec('init-symmetry.zeros-hidden', 2780, types(), [d(16, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', adam(0.005), tr(120, 16));
spec('init-symmetry.constant-hidden', 2781, noshow(), [d(24, 'relu', { init: { name: 'constant', value: 0.1 } }), d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
spec('init-symmetry.zeros-everywhere-guides', 2782, guides(), [d(12, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.1), tr(150, 16));
spec('init-symmetry.constant-tips', 2783, tips(), [d(20, 'tanh', { init: { name: 'constant', value: 0.05 } }), d(1, 'linear', { init: { name: 'constant', value: 0.05 } })], 'mse', rms(0.003), tr(100, 32));
// init-scale
spec('init-scale.normal-std-8', 2784, types(), [d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(16, 'relu', { init: { name: 'normal', std: 8 } }), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 16));
spec('init-scale.uniform-tiny-deep-tanh', 2785, tips(), [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(1, 'linear', { init: { name: 'uniform', limit: 1e-4 } })], 'mse', sgd(0.01), tr(100, 32));
spec('init-scale.normal-std-25-sigmoid', 2786, guides(), [d(16, 'sigmoid', { init: { name: 'normal', std: 25 } }), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(100, 16));
spec('init-scale.normal-tiny-relu', 2787, noshow(), [d(32, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(32, 'relu', { init: { name: 'normal', std: 1e-5 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 1e-5 } })], 'bce', sgd(0.01), tr(80, 32));
// no-nonlinearity
spec('no-nonlinearity.linear-stack-tour-types', 2788, types(), [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 16));
spec('no-nonlinearity.linear-moons-route', 2789, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
spec('no-nonlinearity.default-activation-guides', 2790, guides(), [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(100, 16));
spec('no-nonlinearity.linear-circles-lantern', 2791, { builtin: 'circles', samples: 300, noise: 0.08 }, [d(24, 'linear'), d(24, 'linear'), d(24, 'linear'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(150, 32));
// lr-out-of-range
spec('lr-out-of-range.adam-lr-5', 2792, types(), cls([d(16, 'relu')]), 'cce', adam(5), tr(100, 16));
spec('lr-out-of-range.sgd-lr-1e-8', 2793, tips(), reg([d(16, 'relu'), d(8, 'relu')]), 'mse', sgd(1e-8, { momentum: 0.9 }), tr(100, 32));
spec('lr-out-of-range.rmsprop-lr-20', 2794, noshow(), bin([d(16, 'tanh')]), 'bce', rms(20), tr(80, 32));
spec('lr-out-of-range.sgd-lr-300', 2795, guides(), bin([d(12, 'relu')]), 'bce', sgd(300), tr(80, 16));
// dead-relu
spec('dead-relu.negative-bias-4', 2796, tips(), reg([d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 })]), 'mse', adam(0.002), tr(100, 32));
spec('dead-relu.bias-minus-3-tour-types', 2797, types(), cls([d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 })]), 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 16));
spec('dead-relu.sgd-kick-raw-reviews', 2798, tips({ normalize: 'none' }), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', sgd(0.05), tr(100, 16));
spec('dead-relu.rmsprop-high-deep', 2799, noshow(), bin([d(32, 'relu'), d(32, 'relu'), d(32, 'relu')]), 'bce', rms(0.1), tr(80, 16));
// exploding-gradient
spec('exploding-gradient.raw-tips-raw-features', 2800, tips({ normalize: 'none', normalizeTarget: 'none' }), reg([d(16, 'relu'), d(8, 'relu')]), 'mse', sgd(1e-6, { momentum: 0.9 }), tr(100, 32));
spec('exploding-gradient.deep-relu-std-1', 2801, tips(), reg([d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } })]), 'mse', sgd(0.001), tr(60, 32));
spec('exploding-gradient.raw-reviews-guides', 2802, guides({ normalize: 'none' }), bin([d(16, 'elu'), d(8, 'elu')]), 'bce', sgd(0.01, { momentum: 0.9 }), tr(80, 16));
spec('exploding-gradient.raw-tips-rmsprop', 2803, tips({ normalize: 'none', normalizeTarget: 'none' }), reg([d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(24, 'leaky_relu')]), 'mse', rms(0.001), tr(100, 16));
// vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', 2804, noshow(), bin(Array.from({ length: 8 }, () => d(12, 'sigmoid'))), 'bce', sgd(0.05), tr(80, 32));
spec('vanishing-gradient.deep-sigmoid-tour-types', 2805, types(), cls(Array.from({ length: 7 }, () => d(16, 'sigmoid'))), 'cce', sgd(0.1, { momentum: 0.5 }), tr(100, 32));
spec('vanishing-gradient.ten-sigmoid-guides', 2806, guides(), bin(Array.from({ length: 10 }, () => d(8, 'sigmoid', { init: 'xavier_normal' }))), 'bce', sgd(0.1), tr(100, 16));
spec('vanishing-gradient.deep-tanh-small-normal', 2807, tips(), reg(Array.from({ length: 6 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }))), 'mse', sgd(0.01), tr(80, 32));
// nan-loss
spec('nan-loss.raw-tips-sgd', 2808, tips({ normalize: 'none', normalizeTarget: 'none' }), reg([d(16, 'relu')]), 'mse', sgd(0.01), tr(100, 32));
spec('nan-loss.raw-reviews-momentum', 2809, tips({ normalize: 'none', normalizeTarget: 'none' }), [d(1, 'linear')], 'mse', sgd(0.001, { momentum: 0.95 }), tr(100, 8));
spec('nan-loss.sgd-lr-5-raw-target', 2810, tips({ normalizeTarget: 'none' }), reg([d(16, 'tanh')]), 'mse', sgd(0.5), tr(100, 16));
spec('nan-loss.guides-raw-tours-led', 2811, { csv: '../data/guides.csv', target: 'tours_led', features: ['avg_rating', 'complaints', 'languages', 'years', 'scare_score'] }, reg([d(16, 'relu'), d(8, 'relu')]), 'mse', sgd(0.01, { momentum: 0.9 }), tr(100, 16));
// lr-too-high
spec('lr-too-high.sgd-2-tour-types', 2812, types(), cls([d(24, 'relu')]), 'cce', sgd(2), tr(100, 16));
spec('lr-too-high.adam-0.3-noshow', 2813, noshow(), bin([d(32, 'relu'), d(16, 'relu')]), 'bce', adam(0.3), tr(100, 32));
spec('lr-too-high.rmsprop-0.2-tips', 2814, tips(), reg([d(24, 'elu'), d(12, 'elu')]), 'mse', rms(0.2), tr(100, 32));
spec('lr-too-high.nesterov-1-guides', 2815, guides(), bin([d(16, 'tanh')]), 'bce', sgd(1, { momentum: 0.9, nesterov: true }), tr(100, 16));
// lr-too-low
spec('lr-too-low.sgd-1e-5-tips', 2816, tips(), reg([d(24, 'relu'), d(12, 'relu')]), 'mse', sgd(1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6-tour-types', 2817, types(), cls([d(24, 'relu')]), 'cce', adam(1e-6), tr(100, 16));
spec('lr-too-low.rmsprop-2e-6-guides', 2818, guides(), bin([d(16, 'tanh'), d(8, 'tanh')]), 'bce', rms(2e-6), tr(100, 32));
spec('lr-too-low.momentum-1e-4-noshow-fullbatch', 2819, noshow(), bin([d(16, 'elu')]), 'bce', sgd(1e-4, { momentum: 0.5 }), tr(150, 420));
// saturated-activation
spec('saturated-activation.raw-reviews-sigmoid', 2820, tips({ normalize: 'none' }), reg([d(16, 'sigmoid'), d(8, 'sigmoid')]), 'mse', adam(0.003), tr(100, 32));
spec('saturated-activation.raw-tours-led-tanh', 2821, guides({ normalize: 'none' }), bin([d(16, 'tanh'), d(8, 'tanh')]), 'bce', adam(0.003), tr(100, 16));
spec('saturated-activation.bias-8-sigmoid', 2822, types(), cls([d(16, 'sigmoid', { bias: 8 }), d(16, 'sigmoid', { bias: 8 })]), 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 16));
spec('saturated-activation.raw-duration-tanh', 2823, types({ normalize: 'none' }), cls([d(24, 'tanh'), d(12, 'tanh')]), 'cce', rms(0.001), tr(100, 16));
// loss-plateau
spec('loss-plateau.xor-sigmoid-sgd', 2824, { builtin: 'xor', samples: 200, noise: 0.1 }, bin([d(4, 'sigmoid')]), 'bce', sgd(0.05), tr(200, 32));
spec('loss-plateau.circles-tanh-two-units', 2825, { builtin: 'circles', samples: 300, noise: 0.05 }, bin([d(2, 'tanh')]), 'bce', sgd(0.1, { momentum: 0.9 }), tr(200, 32));
spec('loss-plateau.spirals-width-3', 2826, { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, [d(3, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(200, 32));
spec('loss-plateau.tour-types-deep-sigmoid-fullbatch', 2827, types(), cls([d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid')]), 'cce', sgd(0.05), tr(200, 360));
spec('loss-plateau.rehired-weight-decay-heavy', 2828, guides(), bin([d(16, 'relu'), d(8, 'relu')]), 'bce', adam(0.01, { weightDecay: 2 }), tr(150, 16));
// oscillating-loss
spec('oscillating-loss.adam-0.05-batch-1', 2829, types(), cls([d(32, 'relu'), d(16, 'relu')]), 'cce', adam(0.05), tr(60, 1));
spec('oscillating-loss.momentum-0.99-tips', 2830, tips(), reg([d(24, 'tanh')]), 'mse', sgd(0.1, { momentum: 0.99 }), tr(100, 32));
spec('oscillating-loss.rmsprop-0.03-batch-2', 2831, noshow(), bin([d(24, 'relu'), d(12, 'relu')]), 'bce', rms(0.03), tr(60, 2));
spec('oscillating-loss.sgd-3-fullbatch-guides', 2832, guides(), bin([d(16, 'relu')]), 'bce', sgd(3), tr(150, 300));
spec('oscillating-loss.adam-0.02-batch-4-tips', 2833, tips(), reg([d(32, 'relu'), d(32, 'relu')]), 'mse', adam(0.02), tr(80, 4));

const nf = n;
// ---------------- healthy ----------------
spec('ok.tips-adam-relu', 2850, tips(), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', adam(0.003), tr(150, 32));
spec('ok.tips-sgd-momentum-elu', 2851, tips(), reg([d(24, 'elu')]), 'mse', sgd(0.01, { momentum: 0.9 }), tr(150, 16));
spec('ok.tips-nesterov-tanh', 2852, tips(), reg([d(16, 'tanh'), d(8, 'tanh')]), 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(150, 32));
spec('ok.tips-rmsprop-leaky', 2853, tips(), reg([d(32, 'leaky_relu')]), 'mse', rms(0.002), tr(120, 32));
spec('ok.tips-minmax-linear-regression', 2854, tips({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(1, 'linear')], 'mse', adam(0.02), tr(200, 32));
spec('ok.tips-eu-export', 2855, tips({ csv: '../data/walks-eu-export.csv' }), reg([d(24, 'relu'), drop(0.1), d(12, 'relu')]), 'mse', adam(0.003), tr(150, 32));
spec('ok.tips-batchnorm-sgd', 2856, tips(), reg([d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true })]), 'mse', sgd(0.02, { momentum: 0.9 }), tr(100, 32));
spec('ok.tips-fullbatch-adam', 2857, tips(), reg([d(16, 'elu')]), 'mse', adam(0.02), tr(400, 420));
spec('ok.tips-batch-1-sgd', 2858, tips(), reg([d(8, 'tanh')]), 'mse', sgd(0.002), tr(30, 1));
spec('ok.tips-clipnorm-weightdecay', 2859, tips(), reg([d(32, 'relu'), d(32, 'relu'), d(16, 'relu')]), 'mse', adam(0.002, { clipNorm: 1, weightDecay: 1e-4 }), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.rating-adam-small', 2860, tips({ target: 'rating' }), reg([d(16, 'relu')]), 'mse', adam(0.005), tr(150, 32));
spec('ok.tips-and-rating-two-outputs', 2861, tips({ target: ['tips_eur', 'rating'] }), [d(24, 'relu'), d(2, 'linear')], 'mse', adam(0.003), tr(150, 32));
spec('ok.noshow-adam', 2862, noshow(), bin([d(16, 'relu'), d(8, 'relu')]), 'bce', adam(0.003), tr(100, 32));
spec('ok.noshow-logistic-sgd', 2863, noshow(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));
spec('ok.noshow-rmsprop-tanh-val', 2864, noshow(), bin([d(12, 'tanh')]), 'bce', rms(0.003), tr(100, 32, { validationSplit: 0.25 }));
spec('ok.noshow-eu-export-nesterov', 2865, noshow({ csv: '../data/walks-eu-export.csv' }), bin([d(12, 'elu')]), 'bce', sgd(0.05, { momentum: 0.9, nesterov: true }), tr(100, 32));
spec('ok.noshow-minmax-leaky', 2866, noshow({ normalize: 'minmax' }), bin([d(16, 'leaky_relu')]), 'bce', adam(0.01), tr(150, 32));
spec('ok.types-adam-relu', 2867, types(), cls([d(32, 'relu'), d(16, 'relu')]), 'cce', adam(0.003), tr(100, 16));
spec('ok.types-sgd-tanh', 2868, types(), cls([d(16, 'tanh')]), 'cce', sgd(0.05), tr(150, 16));
spec('ok.types-nesterov-elu-dropout', 2869, types(), cls([d(32, 'elu'), drop(0.2), d(16, 'elu')]), 'cce', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(100, 16));
spec('ok.types-rmsprop-batchnorm', 2870, types(), cls([d(24, 'relu', { batchNorm: true })]), 'cce', rms(0.003), tr(80, 32));
spec('ok.types-softmax-regression', 2871, types(), [d(4, 'softmax')], 'cce', adam(0.02), tr(150, 32));
spec('ok.types-minmax-sigmoid-hidden', 2872, types({ normalize: 'minmax' }), cls([d(16, 'sigmoid')]), 'cce', adam(0.01), tr(200, 16));
spec('ok.types-batch-1-sgd', 2873, types(), cls([d(12, 'relu')]), 'cce', sgd(0.005), tr(30, 1));
spec('ok.types-deep-narrow-adam', 2874, types(), cls([d(12, 'relu'), d(12, 'relu'), d(12, 'relu'), d(12, 'relu')]), 'cce', adam(0.002), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.guides-adam', 2875, guides(), bin([d(16, 'relu')]), 'bce', adam(0.003), tr(100, 16));
spec('ok.guides-logistic-rmsprop', 2876, guides(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(150, 32));
spec('ok.guides-tanh-momentum', 2877, guides(), bin([d(8, 'tanh'), d(8, 'tanh')]), 'bce', sgd(0.05, { momentum: 0.8 }), tr(120, 16));
spec('ok.guides-fullbatch-adam-elu', 2878, guides(), bin([d(16, 'elu')]), 'bce', adam(0.02), tr(300, 300));
spec('ok.moons-relu-adam', 2879, { builtin: 'moons', samples: 300, noise: 0.15 }, bin([d(16, 'relu'), d(16, 'relu')]), 'bce', adam(0.01), tr(200, 32));
spec('ok.circles-tanh-nesterov', 2880, { builtin: 'circles', samples: 300, noise: 0.05 }, bin([d(16, 'tanh')]), 'bce', sgd(0.1, { momentum: 0.9, nesterov: true }), tr(200, 32));
spec('ok.spirals-deep-adam', 2881, { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, [d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
spec('ok.xor-tanh-rmsprop', 2882, { builtin: 'xor', samples: 200, noise: 0.1 }, bin([d(8, 'tanh')]), 'bce', rms(0.01), tr(200, 16));
spec('ok.iris-adam-small', 2883, { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
spec('ok.blobs-4-sgd', 2884, { builtin: 'blobs', classes: 4, samples: 300 }, [d(8, 'elu'), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
spec('ok.sine-tanh-adam', 2885, { builtin: 'sine', samples: 300, noise: 0.05 }, reg([d(32, 'tanh'), d(16, 'tanh')]), 'mse', adam(0.01), tr(300, 32));
spec('ok.inline-lantern-hours', 2886, { inline: { x: [[18], [19], [20], [21], [22], [23], [18.5], [19.5], [20.5], [21.5], [22.5], [23.5]], y: [2, 3, 5, 7, 9, 11, 2.6, 4, 6.2, 8, 10.1, 12] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(1, 'linear')], 'mse', sgd(0.1), tr(200, 12));
spec('ok.inline-route-label', 2887, { inline: { x: [[21, 2.5], [22, 2.8], [11, 3.9], [10, 3.5], [20, 2.1], [12, 4.2], [23, 3.0], [9, 3.7], [21.5, 2.6], [13, 4.0]], y: ['ghost', 'ghost', 'history', 'history', 'ghost', 'history', 'ghost', 'history', 'ghost', 'history'] }, normalize: 'standard' }, bin([d(4, 'tanh')]), 'bce', adam(0.05), tr(150, 10));
spec('ok.tips-wide-shallow-rmsprop', 2888, tips(), reg([d(128, 'relu')]), 'mse', rms(0.001), tr(100, 32));
spec('ok.types-leaky-adam-wd', 2889, types(), cls([d(24, 'leaky_relu'), d(24, 'leaky_relu')]), 'cce', adam(0.003, { weightDecay: 1e-3 }), tr(100, 8));
spec('ok.noshow-deep-elu-clip', 2890, noshow(), bin([d(24, 'elu'), d(24, 'elu'), d(12, 'elu')]), 'bce', sgd(0.02, { momentum: 0.9, clipNorm: 5 }), tr(100, 32, { validationSplit: 0.2 }));
spec('ok.tips-unnormalized-target-adam-slow', 2891, tips({ normalizeTarget: 'none' }), reg([d(32, 'relu'), d(16, 'relu')]), 'mse', adam(0.03), tr(200, 32));
console.log(`${nf} fault candidates, ${n - nf} healthy candidates`);
