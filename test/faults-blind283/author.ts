/** Writes every candidate spec of blind set 283 (map publishers) into candidates/. Run: npx tsx author.ts */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
let seed = 283;
type J = Record<string, unknown>;
const d = (units: number, activation = 'linear', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });
function spec(file: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): void {
  const name = file.replace(/^[^.]+\./, '');
  const s = { name, seed: seed++, data, layers, loss, optimizer, training, ...extra };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const SHF = ['scale_denom', 'area_km2', 'relief_m', 'urban_pct', 'road_km', 'place_labels', 'contour_interval_m', 'ink_colours', 'survey_age_yrs'];
const FEF = ['width_px', 'sinuosity', 'vertices_per_km', 'slope_deg', 'elev_change_m', 'closed_ring', 'layer_order'];
const ASF = ['preis_eur', 'seiten', 'karten', 'auflage_jahr', 'regal_wochen', 'werbung_eur'];
const GNF = ['satellites', 'hdop', 'canopy_pct', 'elevation_m', 'log_minutes', 'antenna_height_m'];
const hours = (norm = 'standard', tnorm = 'standard'): J => ({ csv: '../data/sheets.csv', target: 'drafting_hours', features: SHF, normalize: norm, normalizeTarget: tnorm });
const revision = (norm = 'standard'): J => ({ csv: '../data/sheets.csv', target: 'revision', features: SHF, normalize: norm });
const symb = (norm = 'standard'): J => ({ csv: '../data/features.csv', target: 'class', features: FEF, normalize: norm });
const sales = (norm = 'standard', tnorm = 'standard'): J => ({ csv: '../data/atlas-sales.csv', target: 'verkauft', features: ASF, normalize: norm, normalizeTarget: tnorm });
const reprint = (norm = 'standard'): J => ({ csv: '../data/atlas-sales.csv', target: 'nachdruck', features: ASF, normalize: norm });
const gnss = (norm = 'standard', tnorm = 'standard'): J => ({ csv: '../data/gnss-fixes.csv', target: 'error_m', features: GNF, normalize: norm, normalizeTarget: tnorm });
const b = (name: string, extra: J = {}): J => ({ builtin: name, ...extra });

// ---------- invalid-spec ----------
spec('invalid-spec.adamw-optimizer', hours(), [d(16, 'relu'), d(1)], 'mse', opt('adamw', 0.001), tr(100, 32));
spec('invalid-spec.gelu-activation', symb(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.dropout-percent', revision(), [d(16, 'relu'), drop(20), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('invalid-spec.loss-crossentropy', symb(), [d(24, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', opt('rmsprop', 0.002), tr(80, 32));
spec('invalid-spec.validation-split-percent', gnss(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16, { validationSplit: 20 }));
// ---------- data-error ----------
spec('data-error.missing-2024-export', { csv: '../data/sheets_2024.csv', target: 'drafting_hours', normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.sheet-id-as-feature', { csv: '../data/sheets.csv', target: 'drafting_hours', features: ['sheet_id', ...SHF], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.target-hours-typo', { csv: '../data/sheets.csv', target: 'drafting_hrs', features: SHF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.gaps-na-relief', { csv: '../data/sheets-gaps.csv', target: 'drafting_hours', features: SHF, normalize: 'standard', normalizeTarget: 'standard' }, [d(24, 'elu'), d(1)], 'mse', opt('rmsprop', 0.002), tr(100, 32));
spec('data-error.path-outside-workspace', { csv: '../../../../../srv/gis/exports/gnss-fixes.csv', target: 'error_m', normalize: 'standard' }, [d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('data-error.survey-date-feature', { csv: '../data/sheets.csv', target: 'revision', features: ['survey_date', 'survey_age_yrs', 'urban_pct'], normalize: 'standard' }, [d(8, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32));
// ---------- shape-mismatch ----------
spec('shape-mismatch.four-symbol-classes', symb(), [d(32, 'relu'), d(4, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.two-unit-hours', hours(), [d(16, 'relu'), d(2)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('shape-mismatch.two-sigmoid-revision', revision(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('shape-mismatch.iris-two-outputs', b('iris', { normalize: 'standard' }), [d(12, 'tanh'), d(2, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(100, 16));
// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.bce-linear-head', revision(), [d(16, 'relu'), d(1)], 'bce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.cce-sigmoid-head', symb(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('loss-activation-mismatch.tanh-head-raw-hours', hours('standard', 'none'), [d(32, 'relu'), d(1, 'tanh')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.relu-head-std-error', gnss(), [d(16, 'tanh'), d(1, 'relu')], 'mse', opt('adam', 0.003), tr(100, 32));
spec('loss-activation-mismatch.softmax-mse-reprint', reprint(), [d(16, 'relu'), d(1, 'softmax')], 'mse', opt('adam', 0.003), tr(80, 32));
// ---------- init-symmetry ----------
spec('init-symmetry.zeros-hidden-relu', hours(), [d(32, 'relu', { init: 'zeros' }), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('init-symmetry.constant-tanh-gnss', gnss(), [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(8, 'tanh', { init: 'constant', value: 0.1 }), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 16));
spec('init-symmetry.zeros-symbology', symb(), [d(24, 'sigmoid', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', opt('rmsprop', 0.003), tr(80, 32));
spec('init-symmetry.constant-elu-sales', sales(), [d(20, 'elu', { init: 'constant', value: 0.05 }), d(1)], 'mse', opt('adam', 0.003), tr(100, 16));
// ---------- init-scale ----------
spec('init-scale.normal-std5-gnss', gnss(), [d(32, 'tanh', { init: 'normal', std: 5 }), d(1)], 'mse', opt('adam', 0.003), tr(100, 32));
spec('init-scale.tiny-uniform-deep-tanh', symb(), [d(32, 'tanh', { init: 'uniform', limit: 1e-4 }), d(32, 'tanh', { init: 'uniform', limit: 1e-4 }), d(32, 'tanh', { init: 'uniform', limit: 1e-4 }), d(5, 'softmax', { init: 'uniform', limit: 1e-4 })], 'cce', opt('sgd', 0.05), tr(80, 32));
spec('init-scale.normal-std20-relu-revision', revision(), [d(32, 'relu', { init: 'normal', std: 20 }), d(16, 'relu', { init: 'normal', std: 20 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('init-scale.std-1e-5-sigmoid-moons', b('moons', { samples: 300, noise: 0.15 }), [d(16, 'sigmoid', { init: 'normal', std: 1e-5 }), d(16, 'sigmoid', { init: 'normal', std: 1e-5 }), d(1, 'sigmoid', { init: 'normal', std: 1e-5 })], 'bce', opt('sgd', 0.1), tr(150, 32));
// ---------- no-nonlinearity ----------
spec('no-nonlinearity.linear-stack-symbology', symb(), [d(32), d(32), d(5, 'softmax')], 'cce', opt('adam', 0.003), tr(80, 32));
spec('no-nonlinearity.linear-hidden-circles', b('circles', { samples: 400, noise: 0.08 }), [d(16, 'linear', { init: 'he_normal' }), d(16), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32));
spec('no-nonlinearity.linear-three-moons', b('moons', { samples: 300, noise: 0.1 }), [d(12), d(12), d(12), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(150, 16));
spec('no-nonlinearity.linear-xor', b('xor', { samples: 300, noise: 0.05 }), [d(8), d(8), d(1, 'sigmoid')], 'bce', opt('sgd', 0.1, { momentum: 0.9 }), tr(150, 16));
// ---------- lr-out-of-range ----------
spec('lr-out-of-range.zero-rate', hours(), [d(16, 'relu'), d(1)], 'mse', opt('adam', 0), tr(100, 32));
spec('lr-out-of-range.negative-rate', symb(), [d(24, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', -0.01, { momentum: 0.9 }), tr(80, 32));
spec('lr-out-of-range.adam-rate-40', revision(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 40), tr(80, 32));
spec('lr-out-of-range.rmsprop-1e-9', gnss(), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 1e-9), tr(100, 32));
// ---------- dead-relu ----------
spec('dead-relu.bias-minus-six', hours(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', opt('adam', 0.001), tr(100, 32));
spec('dead-relu.sgd-big-step-raw', gnss('none', 'standard'), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.05), tr(80, 16));
spec('dead-relu.bias-minus-four-symbology', symb(), [d(32, 'relu', { bias: -4 }), d(5, 'softmax')], 'cce', opt('sgd', 0.05), tr(80, 32));
spec('dead-relu.adam-0.3-revision', revision(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), tr(80, 16));
// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-road-km-sgd', hours('none', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 1e-4), tr(50, 32));
spec('exploding-gradient.raw-sales-rmsprop', sales('none', 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('rmsprop', 0.001), tr(60, 32));
spec('exploding-gradient.deep-he-std-raw-gnss', gnss('none', 'none'), [d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(1)], 'mse', opt('sgd', 1e-3, { momentum: 0.9 }), tr(40, 32));
spec('exploding-gradient.deep-elu-raw-area', hours('none', 'standard'), [d(32, 'elu'), d(32, 'elu'), d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', opt('adam', 0.001), tr(60, 32));
// ---------- vanishing-gradient ----------
spec('vanishing-gradient.ten-sigmoid-symbology', symb(), Array.from({ length: 10 }, () => d(16, 'sigmoid')).concat([d(5, 'softmax')]), 'cce', opt('sgd', 0.05), tr(80, 32));
spec('vanishing-gradient.eight-sigmoid-revision', revision(), Array.from({ length: 8 }, () => d(12, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('sgd', 0.1, { momentum: 0.5 }), tr(80, 32));
spec('vanishing-gradient.deep-tanh-small-normal', gnss(), Array.from({ length: 7 }, () => d(24, 'tanh', { init: 'normal', std: 0.05 })).concat([d(1)]), 'mse', opt('sgd', 0.05), tr(80, 32));
spec('vanishing-gradient.nine-sigmoid-moons', b('moons', { samples: 400 }), Array.from({ length: 9 }, () => d(10, 'sigmoid')).concat([d(1, 'sigmoid')]), 'bce', opt('rmsprop', 1e-4), tr(100, 32));
// ---------- nan-loss ----------
spec('nan-loss.sgd-raw-hours', hours('none', 'none'), [d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01), tr(50, 32));
spec('nan-loss.sgd-raw-sales-momentum', sales('none', 'none'), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(50, 16));
spec('nan-loss.sgd-lr-5-gnss-raw-target', gnss('standard', 'none'), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 5), tr(50, 8));
spec('nan-loss.linear-raw-area-nesterov', hours('none', 'standard'), [d(8), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9, nesterov: true }), tr(50, 32));
// ---------- lr-too-high ----------
spec('lr-too-high.adam-0.5-symbology', symb(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.5), tr(80, 32));
spec('lr-too-high.sgd-3-moons', b('moons', { samples: 300, noise: 0.15 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 3, { momentum: 0.9 }), tr(100, 32));
spec('lr-too-high.rmsprop-0.2-gnss', gnss(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', opt('rmsprop', 0.2), tr(80, 32));
spec('lr-too-high.adam-1-reprint', reprint(), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 1), tr(80, 32));
spec('lr-too-high.sgd-1.5-hours-full-batch', hours(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 1.5), tr(150, 480));
// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-5-hours', hours(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 1e-5), tr(100, 32));
spec('lr-too-low.adam-1e-6-symbology', symb(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 1e-6), tr(80, 32));
spec('lr-too-low.rmsprop-2e-6-reprint', reprint(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 2e-6), tr(100, 16));
spec('lr-too-low.sgd-momentum-1e-6-gnss', gnss(), [d(24, 'elu'), d(1)], 'mse', opt('sgd', 1e-6, { momentum: 0.9 }), tr(120, 32));
spec('lr-too-low.adam-1e-5-spirals-full-batch', b('spirals', { samples: 300, classes: 3 }), [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 1e-5), tr(150, 300));
// ---------- saturated-activation ----------
spec('saturated-activation.sigmoid-raw-sheets', revision('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(80, 32));
spec('saturated-activation.tanh-raw-sales', sales('none', 'standard'), [d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.003), tr(80, 32));
spec('saturated-activation.sigmoid-bias-8', symb(), [d(24, 'sigmoid', { bias: 8 }), d(5, 'softmax')], 'cce', opt('sgd', 0.05), tr(80, 32));
spec('saturated-activation.tanh-raw-gnss-elevation', gnss('none', 'standard'), [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.001), tr(80, 32));
// ---------- loss-plateau ----------
spec('loss-plateau.weight-decay-2-symbology', symb(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.003, { weightDecay: 2 }), tr(80, 32));
spec('loss-plateau.clipnorm-1e-4-hours', hours(), [d(32, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { clipNorm: 1e-4 }), tr(100, 32));
spec('loss-plateau.raw-sigmoid-reprint', reprint('none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(100, 32));
spec('loss-plateau.wd-1-circles-rmsprop', b('circles', { samples: 400, noise: 0.05 }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.003, { weightDecay: 1 }), tr(150, 32));
spec('loss-plateau.one-unit-bottleneck-spirals', b('spirals', { samples: 300, classes: 3 }), [d(64, 'relu'), d(1, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.003), tr(150, 32));
// ---------- oscillating-loss ----------
spec('oscillating-loss.sgd-momentum-0.98-batch-1', gnss(), [d(16, 'tanh'), d(1)], 'mse', opt('sgd', 0.05, { momentum: 0.98 }), tr(60, 1));
spec('oscillating-loss.adam-0.05-batch-2-symbology', symb(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.05), tr(60, 2));
spec('oscillating-loss.rmsprop-0.03-batch-1-reprint', reprint(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.03), tr(60, 1));
spec('oscillating-loss.sgd-0.9-full-batch-hours', hours(), [d(1)], 'mse', opt('sgd', 0.95, { momentum: 0.5 }), tr(100, 480));

// ---------- healthy ----------
spec('ok.hours-adam-relu', hours(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.hours-sgd-momentum-tanh', hours(), [d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 16));
spec('ok.hours-rmsprop-elu-minmax', hours('minmax', 'standard'), [d(32, 'elu'), d(1)], 'mse', opt('rmsprop', 0.003), tr(200, 32));
spec('ok.hours-nesterov-bn', hours(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.hours-full-batch-adam', hours(), [d(32, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.01), tr(400, 480));
spec('ok.hours-linear-regression', hours(), [d(1)], 'mse', opt('sgd', 0.05), tr(150, 32));
spec('ok.revision-adam-bce', revision(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(100, 32));
spec('ok.revision-logistic-sgd', revision(), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(150, 16));
spec('ok.revision-dropout-wd', revision(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.002, { weightDecay: 1e-4 }), tr(120, 32, { validationSplit: 0.2 }));
spec('ok.symbology-adam-relu', symb(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('adam', 0.005), tr(100, 32));
spec('ok.symbology-rmsprop-tanh', symb(), [d(32, 'tanh'), d(16, 'tanh'), d(5, 'softmax')], 'cce', opt('rmsprop', 0.002), tr(100, 32));
spec('ok.symbology-sgd-nesterov-bn', symb(), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(80, 64));
spec('ok.symbology-minmax-elu-batch-8', symb('minmax'), [d(32, 'elu'), d(5, 'softmax')], 'cce', opt('adam', 0.002), tr(60, 8));
spec('ok.symbology-deep-leaky-clip', symb(), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', opt('adam', 0.002, { clipNorm: 1 }), tr(80, 32, { validationSplit: 0.15 }));
spec('ok.symbology-softmax-regression', symb(), [d(5, 'softmax')], 'cce', opt('sgd', 0.2), tr(150, 32));
spec('ok.sales-adam-relu', sales(), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.sales-sgd-linear', sales(), [d(1)], 'mse', opt('sgd', 0.03, { momentum: 0.5 }), tr(120, 16));
spec('ok.sales-rmsprop-tanh-minmax', sales('minmax', 'minmax'), [d(16, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.003), tr(200, 16));
spec('ok.reprint-adam-elu', reprint(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(120, 32));
spec('ok.reprint-sgd-batch-1', reprint(), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(40, 1));
spec('ok.reprint-rmsprop-full-batch', reprint(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(300, 320));
spec('ok.gnss-adam-relu', gnss(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.003), tr(150, 32));
spec('ok.gnss-sgd-momentum-elu', gnss(), [d(24, 'elu'), d(1)], 'mse', opt('sgd', 0.02, { momentum: 0.9 }), tr(150, 32));
spec('ok.gnss-sigmoid-hidden-adam', gnss(), [d(16, 'sigmoid'), d(1)], 'mse', opt('adam', 0.01), tr(200, 16));
spec('ok.gnss-dropout-rmsprop', gnss(), [d(48, 'relu'), drop(0.1), d(1)], 'mse', opt('rmsprop', 0.002), tr(150, 24, { validationSplit: 0.2 }));
spec('ok.iris-adam', b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16));
spec('ok.iris-sgd-tanh-batch-4', b('iris', { normalize: 'standard' }), [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 4));
spec('ok.moons-relu-adam', b('moons', { samples: 300, noise: 0.1 }), [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(200, 32));
spec('ok.circles-tanh-rmsprop', b('circles', { samples: 400, noise: 0.05 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.01), tr(200, 32));
spec('ok.spirals-deep-elu', b('spirals', { samples: 300, classes: 3, noise: 0.05 }), [d(64, 'elu'), d(64, 'elu'), d(32, 'elu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32));
spec('ok.blobs-four-classes-sgd', b('blobs', { samples: 300, classes: 4 }), [d(8, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.1), tr(100, 16));
spec('ok.sine-tanh-adam', b('sine', { samples: 300, noise: 0.05 }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.005), tr(300, 32));
spec('ok.xor-sigmoid-sgd', b('xor', { samples: 300, noise: 0.05 }), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.3, { momentum: 0.9 }), tr(200, 16));
spec('ok.inline-sheet-scale-costs', { inline: { x: [[1, 0.2], [2, 0.4], [3, 0.5], [4, 0.9], [5, 1.1], [6, 1.0], [7, 1.6], [8, 1.8], [9, 1.7], [10, 2.2], [11, 2.5], [12, 2.4]], y: [3.1, 5.2, 7.0, 9.6, 11.3, 12.8, 15.4, 17.1, 18.5, 21.0, 23.2, 24.1] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(1)], 'mse', opt('sgd', 0.1), tr(200, 12));
spec('ok.inline-projection-class', { inline: { x: [[0.1, 0.9], [0.2, 0.8], [0.15, 0.7], [0.3, 0.95], [0.9, 0.1], [0.8, 0.2], [0.85, 0.3], [0.7, 0.05], [0.5, 0.5], [0.45, 0.55], [0.55, 0.45], [0.5, 0.6]], y: ['conic', 'conic', 'conic', 'conic', 'mercator', 'mercator', 'mercator', 'mercator', 'utm', 'utm', 'utm', 'utm'] }, normalize: 'standard' }, [d(8, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.02), tr(300, 4));
spec('ok.hours-wide-shallow-sgd-batch-64', hours(), [d(128, 'relu'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9 }), tr(200, 64));
spec('ok.revision-rmsprop-leaky-bn', revision(), [d(24, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.002), tr(80, 32));
spec('ok.gnss-deep-tanh-nesterov-clip', gnss(), [d(24, 'tanh'), d(24, 'tanh'), d(24, 'tanh'), d(1)], 'mse', opt('sgd', 0.01, { momentum: 0.9, nesterov: true, clipNorm: 5 }), tr(150, 32));
spec('ok.symbology-batch-1-sgd', symb(), [d(16, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.005), tr(30, 1));
spec('ok.sales-deep-relu-adam-wd', sales(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.001, { weightDecay: 1e-4 }), tr(200, 32, { validationSplit: 0.2 }));
spec('ok.moons-sgd-adam-low-lr-long', b('moons', { samples: 300, noise: 0.1 }), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.0005), tr(1000, 32));
spec('ok.circles-sigmoid-hidden-adam', b('circles', { samples: 400, noise: 0.05 }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(300, 32));
// ---------- second pass: two more oscillating candidates (the first two sgd ones diverged to NaN) ----------
spec('oscillating-loss.sgd-momentum-0.9-batch-4-symbology', symb(), [d(32, 'relu'), d(5, 'softmax')], 'cce', opt('sgd', 0.3, { momentum: 0.9 }), tr(60, 4));
spec('oscillating-loss.adam-0.03-batch-1-gnss', gnss(), [d(16, 'tanh'), d(1)], 'mse', opt('adam', 0.03), tr(60, 1));
