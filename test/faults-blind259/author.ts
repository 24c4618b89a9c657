/**
 * Writes every candidate spec of fault set blind259 (hot springs and spa resorts) into candidates/:
 * `npx tsx test/faults-blind259/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy ones `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
const FV = ['guest_age', 'party_size', 'stay_nights', 'treatments', 'distance_km', 'loyalty_points', 'outdoor_temp_c', 'pool_temp_c', 'pool_temp_f', 'locker_no', 'repeat_guest'];
const FW = ['source_temp_c', 'flow_l_min', 'ph', 'sulfur_mg_l', 'tds_mg_l', 'conductivity_us_cm', 'silica_mg_l', 'turbidity_ntu'];
const FB = ['hour', 'outdoor_temp_c', 'wind_kmh', 'visitors', 'sauna_on', 'pool_cover_on'];
const vis = (target: string | string[], normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/visits.csv', target, features: FV, normalize, ...extra });
const wat = (target: string, normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/water.csv', target, features: FW, normalize, ...extra });
const weu = (target: string, normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/water-eu.csv', target, features: FW, normalize, ...extra });
const boil = (normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/boiler-log.csv', target: 'kwh', features: FB, normalize, ...extra });
const d = (units: number, activation?: string, extra: Obj = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const sgd = (lr: number, extra: Obj = {}) => ({ type: 'sgd', lr, ...extra });
const adam = (lr: number, extra: Obj = {}) => ({ type: 'adam', lr, ...extra });
const rms = (lr: number, extra: Obj = {}) => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}) => ({ epochs, batchSize, ...extra });

let seed = 259;
function put(file: string, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj, extra: Obj = {}): void {
  const name = file.replace(/^[^.]+\./, '');
  const spec = { name, seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}
const RT = { normalizeTarget: 'standard' };

// ---------- invalid-spec ----------
put('invalid-spec.adamw-optimizer', vis('spend_eur', 'standard', RT), [d(24, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(100, 32));
put('invalid-spec.gelu-activation', vis('package'), [d(32, 'gelu'), d(16, 'gelu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80, 32));
put('invalid-spec.keras-loss-name', vis('no_show'), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.001), tr(100, 64));
put('invalid-spec.dropout-percent', wat('quality_grade'), [d(32, 'relu'), drop(30), d(3, 'softmax')], 'cce', adam(0.002), tr(100, 32));
put('invalid-spec.units-fraction', boil('standard', RT), [d(12.5, 'tanh'), d(1)], 'mse', sgd(0.05, { momentum: 0.9 }), tr(100, 16));

// ---------- data-error ----------
put('data-error.missing-export', { csv: '../data/visits_2024.csv', target: 'spend_eur', features: FV, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
put('data-error.target-typo', vis('spend_euro', 'standard', RT), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
put('data-error.visit-id-feature', { csv: '../data/visits.csv', target: 'no_show', features: ['visit_id', ...FV], normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('data-error.na-markers', { csv: '../data/visits-gaps.csv', target: 'package', features: FV, normalize: 'standard' }, [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 32));
put('data-error.shared-drive-path', { csv: '../../../../shared/spa/water.csv', target: 'quality_grade', features: FW, normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));
put('data-error.timestamp-feature', { csv: '../data/boiler-log.csv', target: 'kwh', features: ['logged_at', ...FB], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));

// ---------- shape-mismatch ----------
put('shape-mismatch.package-three-units', vis('package'), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));
put('shape-mismatch.grade-two-units', wat('quality_grade'), [d(16, 'tanh'), d(2, 'softmax')], 'cce', adam(0.005), tr(100, 32));
put('shape-mismatch.two-targets-one-unit', { ...vis(['spend_eur', 'treatments']), features: FV.filter((f) => f !== 'treatments'), normalizeTarget: 'standard' }, [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(100, 32));
put('shape-mismatch.kwh-four-units', boil('standard', RT), [d(16, 'relu'), d(4)], 'mse', adam(0.003), tr(100, 32));

// ---------- loss-activation-mismatch ----------
put('loss-activation-mismatch.package-sigmoid-cce', vis('package'), [d(32, 'relu'), d(4, 'sigmoid')], 'cce', adam(0.003), tr(100, 32));
put('loss-activation-mismatch.noshow-linear-bce', vis('no_show'), [d(16, 'relu'), d(1)], 'bce', adam(0.003), tr(100, 32));
put('loss-activation-mismatch.grade-softmax-mse', wat('quality_grade'), [d(24, 'relu'), d(3, 'softmax')], 'mse', adam(0.003), tr(100, 32));
put('loss-activation-mismatch.kwh-tanh-head', boil('standard'), [d(16, 'relu'), d(1, 'tanh')], 'mse', adam(0.003), tr(100, 32));
put('loss-activation-mismatch.spend-sigmoid-head', vis('spend_eur', 'minmax'), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.01), tr(100, 32));

// ---------- init-symmetry ----------
put('init-symmetry.zeros-hidden', vis('package'), [d(32, 'tanh', { init: 'zeros' }), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 32));
put('init-symmetry.constant-relu-pair', boil('standard', RT), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(1)], 'mse', sgd(0.01, { momentum: 0.9 }), tr(120, 16));
put('init-symmetry.zeros-sigmoid-grade', wat('quality_grade'), [d(16, 'sigmoid', { init: 'zeros' }), d(3, 'softmax')], 'cce', sgd(0.1), tr(150, 16));
put('init-symmetry.constant-half-tanh', vis('no_show'), [d(12, 'tanh', { init: 'constant', value: 0.5 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100, 32));

// ---------- init-scale ----------
put('init-scale.normal-std-8-tanh', wat('mineral_index', 'standard', RT), [d(32, 'tanh', { init: 'normal', std: 8 }), d(1)], 'mse', adam(0.003), tr(100, 32));
put('init-scale.uniform-tiny-deep', vis('package'), [d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(4, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', sgd(0.01), tr(100, 32));
put('init-scale.normal-std-30-sigmoid', boil('standard', RT), [d(16, 'sigmoid', { init: 'normal', std: 30 }), d(1)], 'mse', adam(0.003), tr(100, 32));
put('init-scale.normal-std-5-relu', vis('spend_eur', 'standard', RT), [d(32, 'relu', { init: 'normal', std: 5 }), d(16, 'relu', { init: 'normal', std: 5 }), d(1, undefined, { init: 'normal', std: 5 })], 'mse', sgd(0.01), tr(100, 32));

// ---------- no-nonlinearity ----------
put('no-nonlinearity.linear-stack-moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
put('no-nonlinearity.default-activation-package', vis('package'), [d(32), d(16), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 32));
put('no-nonlinearity.linear-circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(32, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 32));
put('no-nonlinearity.linear-grade-deep', wat('quality_grade'), [d(24, 'linear'), d(24, 'linear'), d(12, 'linear'), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(120, 32));

// ---------- lr-out-of-range ----------
put('lr-out-of-range.zero-rate', vis('spend_eur', 'standard', RT), [d(24, 'relu'), d(1)], 'mse', adam(0), tr(100, 32));
put('lr-out-of-range.negative-rate', wat('quality_grade'), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(-0.01, { momentum: 0.9 }), tr(100, 32));
put('lr-out-of-range.adam-rate-20', vis('no_show'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(20), tr(100, 32));
put('lr-out-of-range.rmsprop-rate-500', boil('standard', RT), [d(16, 'tanh'), d(1)], 'mse', rms(500), tr(100, 32));

// ---------- dead-relu ----------
put('dead-relu.negative-bias-5', vis('spend_eur', 'standard', RT), [d(32, 'relu', { bias: -5 }), d(1)], 'mse', sgd(0.01), tr(100, 32));
put('dead-relu.raw-loyalty-sgd', { ...vis('spend_eur', 'none'), normalizeTarget: 'standard' }, [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(100, 32));
put('dead-relu.bias-minus-3-deep', wat('quality_grade'), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(3, 'softmax')], 'cce', adam(0.001), tr(100, 32));
put('dead-relu.big-step-kills', boil('standard', RT), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.6), tr(100, 8));

// ---------- exploding-gradient ----------
put('exploding-gradient.raw-kwh-target', boil('standard'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(100, 32));
put('exploding-gradient.raw-water-features', wat('mineral_index', 'none'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.001, { momentum: 0.9 }), tr(100, 32));
put('exploding-gradient.deep-std-1-relu', vis('spend_eur', 'standard', RT), [d(48, 'relu', { init: 'normal', std: 1 }), d(48, 'relu', { init: 'normal', std: 1 }), d(48, 'relu', { init: 'normal', std: 1 }), d(48, 'relu', { init: 'normal', std: 1 }), d(48, 'relu', { init: 'normal', std: 1 }), d(1)], 'mse', sgd(0.001), tr(60, 32));
put('exploding-gradient.raw-spend-momentum', vis('spend_eur', 'standard'), [d(32, 'relu'), d(1)], 'mse', sgd(0.005, { momentum: 0.9 }), tr(100, 16));

// ---------- vanishing-gradient ----------
put('vanishing-gradient.sigmoid-tower-8', vis('package'), Array.from({ length: 8 }, () => d(16, 'sigmoid')).concat([d(4, 'softmax')]), 'cce', sgd(0.05), tr(100, 32));
put('vanishing-gradient.tanh-small-init-10', wat('quality_grade'), Array.from({ length: 10 }, () => d(12, 'tanh', { init: 'normal', std: 0.05 })).concat([d(3, 'softmax')]), 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
put('vanishing-gradient.sigmoid-deep-regression', boil('standard', RT), Array.from({ length: 7 }, () => d(10, 'sigmoid')).concat([d(1)]), 'mse', sgd(0.02), tr(120, 32));
put('vanishing-gradient.sigmoid-noshow-6', vis('no_show'), Array.from({ length: 6 }, () => d(20, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'sigmoid')]), 'bce', sgd(0.01), tr(100, 16));

// ---------- nan-loss ----------
put('nan-loss.sgd-rate-1-raw-spend', vis('spend_eur', 'none'), [d(16, 'relu'), d(1)], 'mse', sgd(1), tr(50, 32));
put('nan-loss.sgd-0.05-raw-kwh', boil('none'), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(50, 16));
put('nan-loss.huge-constant-init', wat('mineral_index', 'none'), [d(16, 'relu', { init: 'constant', value: 1e6 }), d(1, undefined, { init: 'constant', value: 1e6 })], 'mse', sgd(0.01), tr(30, 32));
put('nan-loss.momentum-raw-loyalty', { ...vis('spend_eur', 'none') }, [d(32, 'linear'), d(1)], 'mse', sgd(0.01, { momentum: 0.95 }), tr(40, 32));

// ---------- lr-too-high ----------
put('lr-too-high.adam-0.5-package', vis('package'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.5), tr(80, 32));
put('lr-too-high.sgd-3-moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(3), tr(100, 16));
put('lr-too-high.rmsprop-0.2-grade', wat('quality_grade'), [d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.2), tr(80, 16));
put('lr-too-high.nesterov-0.5-kwh', boil('standard', RT), [d(24, 'tanh'), d(1)], 'mse', sgd(0.5, { momentum: 0.9, nesterov: true }), tr(80, 32));
put('lr-too-high.adam-0.3-noshow', vis('no_show'), [d(24, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(80, 32));

// ---------- lr-too-low ----------
put('lr-too-low.sgd-1e-5-spend', vis('spend_eur', 'standard', RT), [d(32, 'relu'), d(1)], 'mse', sgd(1e-5), tr(60, 32));
put('lr-too-low.adam-1e-6-package', vis('package'), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(1e-6), tr(80, 32));
put('lr-too-low.rmsprop-2e-6-grade', wat('quality_grade'), [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(2e-6), tr(100, 32));
put('lr-too-low.momentum-1e-5-kwh', boil('standard', RT), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(1e-5, { momentum: 0.9 }), tr(80, 64));

// ---------- saturated-activation ----------
put('saturated-activation.sigmoid-raw-water', wat('quality_grade', 'none'), [d(32, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.003), tr(100, 32));
put('saturated-activation.tanh-raw-loyalty', vis('no_show', 'none'), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 32));
put('saturated-activation.sigmoid-bias-8', vis('package'), [d(32, 'sigmoid', { bias: 8 }), d(4, 'softmax')], 'cce', sgd(0.05), tr(100, 32));
put('saturated-activation.tanh-raw-boiler', boil('none', RT), [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', rms(0.001), tr(100, 32));

// ---------- loss-plateau ----------
put('loss-plateau.weight-decay-2', vis('spend_eur', 'standard', RT), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 2 }), tr(100, 32));
put('loss-plateau.clip-tiny', wat('quality_grade'), [d(24, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { clipNorm: 1e-4 }), tr(100, 32));
put('loss-plateau.dropout-0.95', vis('package'), [d(32, 'relu'), drop(0.95), d(4, 'softmax')], 'cce', adam(0.003), tr(100, 32));
put('loss-plateau.sigmoid-saddle-small-init', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'sigmoid', { init: 'normal', std: 0.001 }), d(16, 'sigmoid', { init: 'normal', std: 0.001 }), d(1, 'sigmoid', { init: 'normal', std: 0.001 })], 'bce', sgd(0.05), tr(150, 32));
put('loss-plateau.rmsprop-decay-1', boil('standard', RT), [d(24, 'tanh'), d(1)], 'mse', rms(0.001, { weightDecay: 1 }), tr(100, 32));

// ---------- oscillating-loss ----------
put('oscillating-loss.adam-batch-1', vis('spend_eur', 'standard', RT), [d(24, 'relu'), d(1)], 'mse', adam(0.03), tr(60, 1));
put('oscillating-loss.momentum-0.98-full-batch', boil('standard', RT), [d(16, 'tanh'), d(1)], 'mse', sgd(0.2, { momentum: 0.98 }), tr(150, 380));
put('oscillating-loss.rmsprop-batch-2', wat('quality_grade'), [d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.03), tr(60, 2));
put('oscillating-loss.sgd-0.9-full-batch-iris', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.5, { momentum: 0.95 }), tr(150, 150));

// ---------- healthy ----------
put('ok.spend-relu-adam', vis('spend_eur', 'standard', RT), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
put('ok.spend-elu-rmsprop-minmax', vis('spend_eur', 'minmax', { normalizeTarget: 'minmax' }), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(200, 16));
put('ok.spend-tanh-nesterov', vis('spend_eur', 'standard', RT), [d(32, 'tanh'), d(1)], 'mse', sgd(0.02, { momentum: 0.9, nesterov: true }), tr(150, 32, { validationSplit: 0.2 }));
put('ok.spend-leaky-batchnorm', vis('spend_eur', 'standard', RT), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.002), tr(120, 64));
put('ok.spend-batch-1-sgd', vis('spend_eur', 'standard', RT), [d(16, 'relu'), d(1)], 'mse', sgd(0.003), tr(40, 1));
put('ok.spend-full-batch-adam', vis('spend_eur', 'standard', RT), [d(32, 'relu'), d(1)], 'mse', adam(0.02), tr(400, 420));
put('ok.noshow-relu-adam', vis('no_show'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(200, 32));
put('ok.noshow-tanh-momentum', vis('no_show'), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), tr(200, 32));
put('ok.noshow-dropout-rmsprop', vis('no_show'), [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), tr(200, 32));
put('ok.package-relu-adam', vis('package'), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(150, 32));
put('ok.package-elu-wd', vis('package'), [d(48, 'elu'), d(4, 'softmax')], 'cce', adam(0.005, { weightDecay: 1e-4 }), tr(120, 16, { validationSplit: 0.15 }));
put('ok.package-sigmoid-hidden-sgd', vis('package'), [d(24, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(200, 16));
put('ok.package-deep-batchnorm', vis('package'), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), tr(100, 32));
put('ok.package-minmax-rmsprop', vis('package', 'minmax'), [d(32, 'tanh'), d(4, 'softmax')], 'cce', rms(0.005), tr(150, 32));
put('ok.grade-relu-adam', wat('quality_grade'), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150, 32));
put('ok.grade-eu-export', weu('quality_grade'), [d(24, 'tanh'), d(12, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(150, 32));
put('ok.grade-leaky-nesterov-clip', wat('quality_grade'), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9, nesterov: true, clipNorm: 5 }), tr(150, 16));
put('ok.grade-minmax-batch-4', wat('quality_grade', 'minmax'), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.02), tr(100, 4));
put('ok.grade-dropout-deep', wat('quality_grade'), [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.2), d(3, 'softmax')], 'cce', adam(0.002), tr(150, 32, { validationSplit: 0.2 }));
put('ok.mineral-linear-regression', wat('mineral_index', 'standard', RT), [d(1)], 'mse', sgd(0.05), tr(100, 32));
put('ok.mineral-eu-elu', weu('mineral_index', 'standard', RT), [d(16, 'elu'), d(1)], 'mse', adam(0.005), tr(150, 32));
put('ok.mineral-raw-target-adam', wat('mineral_index', 'standard'), [d(16, 'relu'), d(1)], 'mse', adam(0.01), tr(200, 32));
put('ok.mineral-rmsprop-wd', wat('mineral_index', 'minmax', RT), [d(32, 'tanh'), d(1)], 'mse', rms(0.002, { weightDecay: 1e-4 }), tr(150, 16));
put('ok.kwh-relu-adam', boil('standard', RT), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(150, 32));
put('ok.kwh-minmax-target-sgd', boil('minmax', { normalizeTarget: 'minmax' }), [d(24, 'tanh'), d(1)], 'mse', sgd(0.1, { momentum: 0.9 }), tr(200, 32));
put('ok.kwh-deep-elu-clip', boil('standard', RT), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.002, { clipNorm: 1 }), tr(120, 16, { validationSplit: 0.2 }));
put('ok.kwh-batch-2-rmsprop', boil('standard', RT), [d(16, 'relu'), d(1)], 'mse', rms(0.0005), tr(40, 2));
put('ok.kwh-sigmoid-hidden', boil('standard', RT), [d(24, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(200, 32));
put('ok.moons-relu', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 32));
put('ok.circles-tanh-sgd', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3, { momentum: 0.9 }), tr(200, 32));
put('ok.spirals-deep-elu', { builtin: 'spirals', samples: 300, noise: 0.1, classes: 3 }, [d(64, 'elu'), d(64, 'elu'), d(32, 'elu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
put('ok.blobs-four-rmsprop', { builtin: 'blobs', samples: 300, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', rms(0.01), tr(80, 32));
put('ok.iris-small', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(200, 16));
put('ok.sine-tanh-deep', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
put('ok.xor-sigmoid-sgd', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', sgd(2, { momentum: 0.9 }), tr(300, 32));
put('ok.inline-pool-comfort', { inline: { x: [[38, 5], [39, 2], [40, 8], [41, 1], [42, 12], [43, 3], [44, 6], [37, 9], [40.5, 4], [42.5, 7], [38.5, 11], [43.5, 0], [39.5, 10], [41.5, 5], [44.5, 2], [37.5, 3]], y: ['cold', 'cold', 'ok', 'ok', 'ok', 'hot', 'hot', 'cold', 'ok', 'ok', 'cold', 'hot', 'ok', 'ok', 'hot', 'cold'] }, normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', adam(0.02), tr(300, 16));
put('ok.inline-sauna-minutes', { inline: { x: [[70], [75], [80], [85], [90], [95], [100], [65], [72], [88], [98], [78]], y: [20, 18, 15, 13, 11, 9, 8, 22, 19, 12, 8.5, 16] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(6, 'tanh'), d(1)], 'mse', sgd(0.1), tr(300, 12));
put('ok.spend-selu-like-lecun', vis('spend_eur', 'standard', RT), [d(32, 'tanh', { init: 'lecun_normal' }), d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.001), tr(150, 32));
put('ok.noshow-he-uniform-batch-full', vis('no_show'), [d(32, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 420));
put('ok.grade-tiny-narrow-long', wat('quality_grade'), [d(4, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300, 32));
put('ok.package-batch-1-adam-low', vis('package'), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.0005), tr(30, 1));
put('ok.kwh-features-subset', { csv: '../data/boiler-log.csv', target: 'kwh', features: ['outdoor_temp_c', 'visitors', 'sauna_on', 'pool_cover_on'], normalize: 'standard', normalizeTarget: 'standard' }, [d(12, 'leaky_relu'), d(1)], 'mse', sgd(0.05, { momentum: 0.5 }), tr(150, 8));

// ---------- second pass (after the first observation) ----------
put('init-symmetry.zeros-everywhere-kwh', boil('standard', RT), [d(16, 'tanh', { init: 'zeros' }), d(1, undefined, { init: 'zeros' })], 'mse', adam(0.003), tr(100, 32));
put('init-symmetry.constant-sigmoid-both', vis('package'), [d(24, 'sigmoid', { init: 'constant', value: 0.2 }), d(4, 'softmax', { init: 'constant', value: 0.2 })], 'cce', sgd(0.1, { momentum: 0.9 }), tr(100, 32));
put('dead-relu.bias-minus-4-boiler', boil('standard', RT), [d(24, 'relu', { bias: -4 }), d(12, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(100, 32));
put('exploding-gradient.raw-kwh-adam', boil('standard'), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(100, 32));
put('exploding-gradient.raw-spend-rmsprop', vis('spend_eur', 'none'), [d(24, 'relu'), d(1)], 'mse', rms(0.001), tr(100, 32));
put('lr-too-high.sgd-1.5-package', vis('package'), [d(32, 'relu'), d(4, 'softmax')], 'cce', sgd(1.5), tr(80, 32));
put('lr-too-high.adam-0.2-grade', wat('quality_grade'), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.2), tr(80, 16));
put('lr-too-high.rmsprop-0.1-kwh', boil('standard', RT), [d(24, 'relu'), d(1)], 'mse', rms(0.1), tr(80, 16));
put('oscillating-loss.momentum-0.97-spend-full', vis('spend_eur', 'standard', RT), [d(24, 'tanh'), d(1)], 'mse', sgd(0.3, { momentum: 0.97 }), tr(150, 420));

console.log(`wrote ${fs.readdirSync(out).length} candidates`);
