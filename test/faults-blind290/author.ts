/**
 * Writes every candidate spec of fault set blind290 (cricket grounds) into candidates/:
 * `npx tsx test/faults-blind290/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy ones `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
let seed = 290;
function spec(file: string, s: J): void {
  const full = { name: file, seed: seed++, ...s };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const d = (act: string, units: number, extra: J = {}): J => ({ type: 'dense', units, activation: act, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const sgd = (lr: number, extra: J = {}): J => ({ type: 'sgd', lr, ...extra });
const adam = (lr: number, extra: J = {}): J => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: J = {}): J => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });

const PF = ['grass_mm', 'moisture_pct', 'clay_pct', 'days_since_rolled', 'roller_passes', 'air_temp_c', 'humidity_pct', 'cloud_oktas'];
const PF_ATT = [...PF, 'attendance'];
const TF = ['day_of_week', 'is_weekend', 'ticket_price_gbp', 'home_rank', 'away_rank', 'rivalry', 'forecast_rain_mm', 'temp_c', 'capacity', 'promo_spend_gbp'];
const OF = ['mow_height_mm', 'irrigation_l_m2', 'sun_hours', 'rain_mm_week', 'footfall_k', 'thatch_mm'];
const CF = ['rain_mm', 'rain_hours', 'wind_kmh', 'covers_on_min', 'drainage_rating', 'super_sopper'];

const pitches = (target: string, extra: J = {}): J => ({ csv: '../data/pitches.csv', target, features: PF, normalize: 'standard', ...extra });
const gate = (target: string, extra: J = {}): J => ({ csv: '../data/turnstile.csv', target, features: TF, normalize: 'standard', ...extra });
const outfield = (extra: J = {}): J => ({ csv: '../data/outfield.csv', target: 'outfield_speed', features: OF, normalize: 'standard', ...extra });
const covers = (extra: J = {}): J => ({ csv: '../data/covers-log.csv', target: 'overs_lost', features: CF, normalize: 'standard', ...extra });

// ---------------------------------------------------------------- faults
// invalid-spec
spec('invalid-spec.adamw-optimizer', { data: pitches('seam_friendly'), layers: [d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(60, 32) });
spec('invalid-spec.keras-loss-name', { data: pitches('pitch_type'), layers: [d('relu', 24), d('softmax', 3)], loss: 'categorical_crossentropy', optimizer: adam(0.003), training: tr(80, 16) });
spec('invalid-spec.dropout-rate-percent', { data: gate('sold_out'), layers: [d('relu', 32), drop(20), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.002), training: tr(80, 32) });
spec('invalid-spec.validation-split-whole', { data: outfield(), layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: rms(0.003), training: tr(100, 16, { validationSplit: 1 }) });
spec('invalid-spec.activation-swish', { data: covers({ normalizeTarget: 'standard' }), layers: [d('swish', 16), d('swish', 8), d('linear', 1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 16) });
// data-error
spec('data-error.target-typo-runs', { data: pitches('first_innings_score', { normalizeTarget: 'standard' }), layers: [d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
spec('data-error.gaps-export-na', { data: { csv: '../data/pitches-gaps.csv', target: 'seam_friendly', features: PF, normalize: 'standard' }, layers: [d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('data-error.ground-id-as-feature', { data: pitches('seam_friendly', { features: ['ground_id', ...PF] }), layers: [d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('data-error.season-file-missing', { data: { csv: '../data/pitches-2024.csv', target: 'first_innings_runs', features: PF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
spec('data-error.shared-drive-path', { data: { csv: '../../../../../groundstaff/outfield.csv', target: 'outfield_speed', normalize: 'standard' }, layers: [d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
spec('data-error.kickoff-timestamp-feature', { data: gate('sold_out', { features: ['kickoff', ...TF] }), layers: [d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
// shape-mismatch
spec('shape-mismatch.pitch-type-two-units', { data: pitches('pitch_type'), layers: [d('relu', 24), d('softmax', 2)], loss: 'cce', optimizer: adam(0.003), training: tr(80, 16) });
spec('shape-mismatch.runs-three-heads', { data: pitches('first_innings_runs', { normalizeTarget: 'standard' }), layers: [d('relu', 16), d('linear', 3)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
spec('shape-mismatch.sold-out-two-sigmoid', { data: gate('sold_out'), layers: [d('relu', 16), d('sigmoid', 2)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('shape-mismatch.two-targets-one-unit', { data: { csv: '../data/covers-log.csv', target: ['overs_lost', 'covers_on_min'], features: ['rain_mm', 'rain_hours', 'wind_kmh', 'drainage_rating', 'super_sopper'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 16) });
spec('shape-mismatch.iris-four-units', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d('relu', 12), d('softmax', 4)], loss: 'cce', optimizer: adam(0.01), training: tr(80, 16) });
// loss-activation-mismatch
spec('loss-activation-mismatch.bce-linear-head', { data: pitches('seam_friendly'), layers: [d('relu', 16), d('linear', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.softmax-mse-runs', { data: pitches('first_innings_runs', { normalizeTarget: 'standard' }), layers: [d('relu', 16), d('softmax', 1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: pitches('pitch_type'), layers: [d('tanh', 16), d('sigmoid', 3)], loss: 'cce', optimizer: adam(0.003), training: tr(80, 16) });
spec('loss-activation-mismatch.relu-head-standard-target', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('tanh', 16), d('relu', 1)], loss: 'mse', optimizer: adam(0.005), training: tr(120, 16) });
spec('loss-activation-mismatch.tanh-head-overs-lost', { data: covers(), layers: [d('relu', 16), d('tanh', 1)], loss: 'mse', optimizer: adam(0.005), training: tr(120, 16) });
// init-symmetry
spec('init-symmetry.zeros-hidden-relu', { data: pitches('seam_friendly'), layers: [d('tanh', 16, { init: 'zeros' }), d('tanh', 8, { init: 'zeros' }), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32) });
spec('init-symmetry.constant-tanh-outfield', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('tanh', 24, { init: 'constant', value: 0.1 }), d('linear', 1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(120, 16) });
spec('init-symmetry.zeros-sigmoid-two-layers', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d('sigmoid', 12, { init: 'zeros' }), d('sigmoid', 12, { init: 'zeros' }), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.5), training: tr(150, 16) });
spec('init-symmetry.constant-gate-model', { data: gate('attendance', { normalizeTarget: 'standard' }), layers: [d('elu', 32, { init: 'constant', value: 0.05 }), d('elu', 16, { init: 'constant', value: 0.05 }), d('linear', 1)], loss: 'mse', optimizer: rms(0.002), training: tr(100, 32) });
// init-scale
spec('init-scale.normal-std-ten-tanh', { data: pitches('seam_friendly'), layers: [d('tanh', 32, { init: 'normal', std: 10 }), d('tanh', 16, { init: 'normal', std: 10 }), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32) });
spec('init-scale.uniform-tiny-deep', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d('relu', 16, { init: 'uniform', limit: 1e-5 }), d('relu', 16, { init: 'uniform', limit: 1e-5 }), d('relu', 16, { init: 'uniform', limit: 1e-5 }), d('sigmoid', 1, { init: 'uniform', limit: 1e-5 })], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(150, 16) });
spec('init-scale.normal-std-fifty-relu', { data: covers({ normalizeTarget: 'standard' }), layers: [d('relu', 32, { init: 'normal', std: 50 }), d('relu', 16, { init: 'normal', std: 50 }), d('linear', 1)], loss: 'mse', optimizer: sgd(0.01), training: tr(100, 16) });
spec('init-scale.normal-std-tiny-sigmoid', { data: pitches('pitch_type'), layers: [d('sigmoid', 32, { init: 'normal', std: 1e-4 }), d('sigmoid', 32, { init: 'normal', std: 1e-4 }), d('sigmoid', 32, { init: 'normal', std: 1e-4 }), d('softmax', 3, { init: 'normal', std: 1e-4 })], loss: 'cce', optimizer: sgd(0.05), training: tr(120, 32) });
// no-nonlinearity
spec('no-nonlinearity.linear-stack-circles', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d('linear', 32), d('linear', 32), d('linear', 16), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.005), training: tr(120, 32) });
spec('no-nonlinearity.linear-hidden-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d('linear', 24), d('linear', 24), d('sigmoid', 1)], loss: 'bce', optimizer: rms(0.003), training: tr(120, 16) });
spec('no-nonlinearity.default-activation-xor', { data: { builtin: 'xor', samples: 300 }, layers: [{ type: 'dense', units: 16 }, { type: 'dense', units: 16 }, d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
spec('no-nonlinearity.spirals-linear-bn', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d('linear', 32, { batchNorm: true }), d('linear', 32, { batchNorm: true }), d('softmax', 3)], loss: 'cce', optimizer: adam(0.01), training: tr(150, 32) });
// lr-out-of-range
spec('lr-out-of-range.adam-lr-five', { data: pitches('seam_friendly'), layers: [d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: adam(5), training: tr(80, 32) });
spec('lr-out-of-range.sgd-lr-forty', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(40), training: tr(80, 16) });
spec('lr-out-of-range.rmsprop-lr-1e-8', { data: gate('sold_out'), layers: [d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: rms(1e-8), training: tr(80, 32) });
spec('lr-out-of-range.adam-lr-1e-9', { data: pitches('pitch_type'), layers: [d('elu', 24), d('softmax', 3)], loss: 'cce', optimizer: adam(1e-9), training: tr(100, 16) });
// dead-relu
spec('dead-relu.negative-bias-start', { data: pitches('first_innings_runs', { normalizeTarget: 'standard' }), layers: [d('relu', 32, { bias: -6 }), d('relu', 16, { bias: -6 }), d('linear', 1)], loss: 'mse', optimizer: adam(0.001), training: tr(100, 32) });
spec('dead-relu.sgd-kick-raw-promo', { data: gate('attendance', { normalize: 'none', normalizeTarget: 'standard' }), layers: [d('relu', 32), d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.01), training: tr(80, 32) });
spec('dead-relu.bias-minus-three-covers', { data: covers({ normalizeTarget: 'standard' }), layers: [d('relu', 24, { bias: -3 }), d('linear', 1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(120, 16) });
spec('dead-relu.rmsprop-big-step-relu', { data: pitches('seam_friendly'), layers: [d('relu', 32), d('relu', 32), d('sigmoid', 1)], loss: 'bce', optimizer: rms(0.5), training: tr(60, 16) });
// exploding-gradient
spec('exploding-gradient.raw-attendance-target', { data: gate('attendance'), layers: [d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 32) });
spec('exploding-gradient.raw-promo-features', { data: gate('sold_out', { normalize: 'none' }), layers: [d('tanh', 16), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.deep-std-one', { data: covers({ normalizeTarget: 'standard' }), layers: [d('relu', 32, { init: 'normal', std: 1 }), d('relu', 32, { init: 'normal', std: 1 }), d('relu', 32, { init: 'normal', std: 1 }), d('relu', 32, { init: 'normal', std: 1 }), d('linear', 1, { init: 'normal', std: 1 })], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 16) });
spec('exploding-gradient.raw-runs-target-adam', { data: pitches('first_innings_runs'), layers: [d('relu', 32), d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.0005, { momentum: 0.9 }), training: tr(60, 16) });
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-sgd', { data: pitches('seam_friendly'), layers: [d('sigmoid', 16), d('sigmoid', 16), d('sigmoid', 16), d('sigmoid', 16), d('sigmoid', 16), d('sigmoid', 16), d('sigmoid', 16), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.01), training: tr(80, 32) });
spec('vanishing-gradient.ten-sigmoid-moons', { data: { builtin: 'moons', samples: 300 }, layers: [...Array.from({ length: 10 }, () => d('sigmoid', 10)), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.5 }), training: tr(100, 32) });
spec('vanishing-gradient.deep-tanh-small-normal', { data: outfield({ normalizeTarget: 'standard' }), layers: [...Array.from({ length: 8 }, () => d('tanh', 16, { init: 'normal', std: 0.05 })), d('linear', 1)], loss: 'mse', optimizer: sgd(0.01), training: tr(80, 16) });
spec('vanishing-gradient.sigmoid-tower-gate', { data: gate('sold_out'), layers: [...Array.from({ length: 7 }, () => d('sigmoid', 24)), d('sigmoid', 1)], loss: 'bce', optimizer: rms(0.0005), training: tr(80, 32) });
// nan-loss
spec('nan-loss.sgd-raw-attendance-lr', { data: gate('attendance', { normalize: 'none' }), layers: [d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.01), training: tr(40, 32) });
spec('nan-loss.raw-covers-momentum', { data: covers({ normalize: 'none' }), layers: [d('relu', 32), d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(60, 8) });
spec('nan-loss.runs-sgd-lr-half', { data: pitches('first_innings_runs'), layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.5), training: tr(40, 16) });
spec('nan-loss.std-huge-three-layers', { data: pitches('first_innings_runs', { normalize: 'none' }), layers: [d('linear', 64, { init: 'normal', std: 1e6 }), d('relu', 64, { init: 'normal', std: 1e6 }), d('linear', 1, { init: 'normal', std: 1e6 })], loss: 'mse', optimizer: sgd(0.01), training: tr(20, 32) });
// lr-too-high
spec('lr-too-high.adam-half-seam', { data: pitches('seam_friendly'), layers: [d('relu', 32), d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.3), training: tr(80, 32) });
spec('lr-too-high.sgd-two-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d('tanh', 16), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(8), training: tr(100, 16) });
spec('lr-too-high.rmsprop-outfield', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('relu', 32), d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: rms(0.2), training: tr(100, 16) });
spec('lr-too-high.momentum-covers', { data: covers({ normalizeTarget: 'standard' }), layers: [d('elu', 24), d('linear', 1)], loss: 'mse', optimizer: sgd(0.3, { momentum: 0.95 }), training: tr(100, 16) });
spec('lr-too-high.adam-pitch-type', { data: pitches('pitch_type'), layers: [d('leaky_relu', 32), d('softmax', 3)], loss: 'cce', optimizer: adam(0.5), training: tr(80, 16) });
// lr-too-low
spec('lr-too-low.sgd-tiny-seam', { data: pitches('seam_friendly'), layers: [d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.0002), training: tr(60, 32) });
spec('lr-too-low.adam-1e-5-outfield', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.00001), training: tr(60, 32) });
spec('lr-too-low.rmsprop-2e-5-gate', { data: gate('attendance', { normalizeTarget: 'standard' }), layers: [d('relu', 24), d('relu', 12), d('linear', 1)], loss: 'mse', optimizer: rms(0.00002), training: tr(50, 32) });
spec('lr-too-low.nesterov-full-batch', { data: covers({ normalizeTarget: 'minmax' }), layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.0005, { momentum: 0.9, nesterov: true }), training: tr(60, 260) });
// saturated-activation
spec('saturated-activation.sigmoid-raw-gate', { data: gate('sold_out', { normalize: 'none' }), layers: [d('sigmoid', 16), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('saturated-activation.tanh-raw-attendance-feature', { data: { csv: '../data/pitches.csv', target: 'seam_friendly', features: PF_ATT, normalize: 'none' }, layers: [d('tanh', 16), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('saturated-activation.sigmoid-bias-eight', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('sigmoid', 24, { bias: 8 }), d('linear', 1)], loss: 'mse', optimizer: sgd(0.02), training: tr(100, 16) });
spec('saturated-activation.tanh-xavier-raw-covers', { data: covers({ normalize: 'none', normalizeTarget: 'standard' }), layers: [d('tanh', 32, { init: 'normal', std: 1 }), d('linear', 1)], loss: 'mse', optimizer: rms(0.001), training: tr(100, 16) });
// loss-plateau
spec('loss-plateau.weight-decay-typo', { data: pitches('first_innings_runs', { normalizeTarget: 'standard' }), layers: [d('relu', 32), d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.003, { weightDecay: 1 }), training: tr(100, 32) });
spec('loss-plateau.dropout-ninety', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('relu', 16), drop(0.95), d('linear', 1)], loss: 'mse', optimizer: adam(0.003), training: tr(120, 16) });
spec('loss-plateau.one-unit-bottleneck-xor', { data: { builtin: 'xor', samples: 300 }, layers: [d('relu', 1), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
spec('loss-plateau.clipnorm-tiny', { data: covers({ normalizeTarget: 'standard' }), layers: [d('relu', 24), d('linear', 1)], loss: 'mse', optimizer: sgd(0.01, { clipNorm: 1e-4 }), training: tr(100, 16) });
// oscillating-loss
spec('oscillating-loss.adam-batch-one', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('relu', 32), d('linear', 1)], loss: 'mse', optimizer: adam(0.05), training: tr(40, 1) });
spec('oscillating-loss.momentum-099', { data: pitches('first_innings_runs', { normalizeTarget: 'standard' }), layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.99 }), training: tr(100, 32) });
spec('oscillating-loss.rmsprop-batch-two', { data: covers({ normalizeTarget: 'standard' }), layers: [d('elu', 24), d('linear', 1)], loss: 'mse', optimizer: rms(0.03), training: tr(60, 2) });
spec('oscillating-loss.sgd-full-batch-edge', { data: gate('attendance', { normalizeTarget: 'standard' }), layers: [d('linear', 1)], loss: 'mse', optimizer: sgd(0.8), training: tr(100, 420) });

// ---------------------------------------------------------------- healthy
spec('ok.seam-adam-relu', { data: pitches('seam_friendly'), layers: [d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('ok.seam-sgd-momentum-tanh', { data: pitches('seam_friendly', { normalize: 'minmax' }), layers: [d('tanh', 12), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(100, 16) });
spec('ok.seam-rmsprop-dropout-val', { data: pitches('seam_friendly'), layers: [d('relu', 32), drop(0.2), d('relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: rms(0.001), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.seam-logistic-only', { data: pitches('seam_friendly'), layers: [d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.2), training: tr(100, 380) });
spec('ok.runs-adam-two-relu', { data: pitches('first_innings_runs', { normalizeTarget: 'standard' }), layers: [d('relu', 32), d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
spec('ok.runs-linear-regression', { data: pitches('first_innings_runs', { normalizeTarget: 'standard' }), layers: [d('linear', 1)], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 64) });
spec('ok.runs-nesterov-elu', { data: pitches('first_innings_runs', { normalizeTarget: 'minmax' }), layers: [d('elu', 24), d('linear', 1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
spec('ok.runs-with-attendance-noise', { data: { csv: '../data/pitches.csv', target: 'first_innings_runs', features: PF_ATT, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d('leaky_relu', 24), d('linear', 1)], loss: 'mse', optimizer: rms(0.002), training: tr(100, 32, { validationSplit: 0.15 }) });
spec('ok.pitch-type-adam-softmax', { data: pitches('pitch_type'), layers: [d('relu', 32), d('softmax', 3)], loss: 'cce', optimizer: adam(0.005), training: tr(120, 16) });
spec('ok.pitch-type-bn-tanh', { data: pitches('pitch_type'), layers: [d('tanh', 32, { batchNorm: true }), d('tanh', 16, { batchNorm: true }), d('softmax', 3)], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
spec('ok.pitch-type-sgd-batch-one', { data: pitches('pitch_type'), layers: [d('relu', 16), d('softmax', 3)], loss: 'cce', optimizer: sgd(0.005), training: tr(40, 1) });
spec('ok.pitch-type-rmsprop-wd', { data: pitches('pitch_type'), layers: [d('elu', 24), d('elu', 12), d('softmax', 3)], loss: 'cce', optimizer: rms(0.002, { weightDecay: 0.0005 }), training: tr(100, 32) });
spec('ok.sold-out-adam', { data: gate('sold_out'), layers: [d('relu', 24), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32) });
spec('ok.sold-out-minmax-sgd', { data: gate('sold_out', { normalize: 'minmax' }), layers: [d('tanh', 16), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.attendance-adam-deep', { data: gate('attendance', { normalizeTarget: 'standard' }), layers: [d('relu', 32), d('relu', 32), d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.002), training: tr(100, 32) });
spec('ok.attendance-rmsprop-clip', { data: gate('attendance', { normalizeTarget: 'minmax' }), layers: [d('elu', 32), d('linear', 1)], loss: 'mse', optimizer: rms(0.003, { clipNorm: 1 }), training: tr(100, 16) });
spec('ok.attendance-sgd-full-batch', { data: gate('attendance', { normalizeTarget: 'standard' }), layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.2, { momentum: 0.9 }), training: tr(300, 420) });
spec('ok.attendance-dropout-val', { data: gate('attendance', { normalizeTarget: 'standard' }), layers: [d('relu', 64), drop(0.3), d('relu', 32), d('linear', 1)], loss: 'mse', optimizer: adam(0.001, { weightDecay: 0.0001 }), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.outfield-adam-tanh', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.005), training: tr(100, 16) });
spec('ok.outfield-sgd-relu-batch4', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('relu', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.01), training: tr(80, 4) });
spec('ok.outfield-raw-target-minmax-features', { data: outfield({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d('sigmoid', 16), d('linear', 1)], loss: 'mse', optimizer: adam(0.01), training: tr(150, 32) });
spec('ok.outfield-deep-elu-bn', { data: outfield({ normalizeTarget: 'standard' }), layers: [d('elu', 32, { batchNorm: true }), d('elu', 32, { batchNorm: true }), d('elu', 16, { batchNorm: true }), d('linear', 1)], loss: 'mse', optimizer: adam(0.002), training: tr(80, 32) });
spec('ok.covers-adam-relu', { data: covers({ normalizeTarget: 'standard' }), layers: [d('relu', 24), d('linear', 1)], loss: 'mse', optimizer: adam(0.005), training: tr(100, 16) });
spec('ok.covers-rmsprop-leaky', { data: covers({ normalizeTarget: 'minmax' }), layers: [d('leaky_relu', 32), d('leaky_relu', 16), d('linear', 1)], loss: 'mse', optimizer: rms(0.001), training: tr(100, 8) });
spec('ok.covers-nesterov-tanh', { data: covers({ normalizeTarget: 'standard' }), layers: [d('tanh', 16), d('linear', 1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9, nesterov: true }), training: tr(100, 16) });
spec('ok.covers-two-targets', { data: { csv: '../data/covers-log.csv', target: ['overs_lost', 'covers_on_min'], features: ['rain_mm', 'rain_hours', 'wind_kmh', 'drainage_rating', 'super_sopper'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d('relu', 24), d('linear', 2)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 16) });
spec('ok.covers-raw-target-small-lr', { data: covers(), layers: [d('relu', 32), d('linear', 1)], loss: 'mse', optimizer: adam(0.03), training: tr(150, 16) });
spec('ok.moons-deep-relu', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d('relu', 24), d('relu', 24), d('relu', 12), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.01), training: tr(100, 32) });
spec('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d('tanh', 16), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.5, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.xor-sigmoid-hidden', { data: { builtin: 'xor', samples: 300 }, layers: [d('sigmoid', 8), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.03), training: tr(200, 32) });
spec('ok.spirals-wide-relu', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d('relu', 64), d('relu', 64), d('softmax', 3)], loss: 'cce', optimizer: adam(0.01), training: tr(250, 32) });
spec('ok.blobs-four-class-rmsprop', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d('elu', 8), d('softmax', 4)], loss: 'cce', optimizer: rms(0.01), training: tr(60, 16) });
spec('ok.iris-lecun-tanh', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d('tanh', 12, { init: 'lecun_normal' }), d('softmax', 3)], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(150, 8) });
spec('ok.sine-deep-tanh', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d('tanh', 32), d('tanh', 32), d('linear', 1)], loss: 'mse', optimizer: adam(0.005), training: tr(200, 16) });
spec('ok.seam-sigmoid-bce-heuniform', { data: pitches('seam_friendly'), layers: [d('relu', 24, { init: 'he_uniform' }), d('relu', 12, { init: 'xavier_normal' }), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.001), training: tr(120, 64) });
spec('ok.inline-net-bowling-speed', { data: { inline: { x: [[1.2, 0.3], [0.8, 0.9], [1.5, 0.1], [0.4, 1.2], [1.1, 0.6], [0.6, 1.0], [1.4, 0.4], [0.3, 1.3], [0.9, 0.7], [1.3, 0.2], [0.5, 1.1], [1.0, 0.5]], y: [1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1] }, normalize: 'standard' }, layers: [d('tanh', 4), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.05), training: tr(150, 4) });
spec('ok.sold-out-leaky-wide-batch1', { data: gate('sold_out'), layers: [d('leaky_relu', 16), d('sigmoid', 1)], loss: 'bce', optimizer: sgd(0.01), training: tr(30, 1) });
spec('ok.runs-constant-bias-uniform-init', { data: pitches('first_innings_runs', { normalizeTarget: 'standard' }), layers: [d('tanh', 24, { init: 'uniform', limit: 0.3 }), d('linear', 1, { bias: 0.1 })], loss: 'mse', optimizer: rms(0.003), training: tr(100, 32) });
spec('ok.attendance-sigmoid-hidden-sgd', { data: gate('attendance', { normalizeTarget: 'standard' }), layers: [d('sigmoid', 24), d('linear', 1)], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.pitch-type-deep-leaky-val', { data: pitches('pitch_type'), layers: [d('leaky_relu', 32), d('leaky_relu', 32), d('leaky_relu', 16), d('softmax', 3)], loss: 'cce', optimizer: adam(0.002), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.covers-xavier-sigmoid-bn', { data: covers({ normalizeTarget: 'standard' }), layers: [d('sigmoid', 32, { batchNorm: true, init: 'xavier_normal' }), d('linear', 1)], loss: 'mse', optimizer: adam(0.01), training: tr(100, 32) });
spec('ok.seam-adam-clip-wd', { data: pitches('seam_friendly'), layers: [d('elu', 16), drop(0.1), d('sigmoid', 1)], loss: 'bce', optimizer: adam(0.005, { clipNorm: 5, weightDecay: 0.001 }), training: tr(80, 16) });
