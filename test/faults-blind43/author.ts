/**
 * Writes every candidate spec of test/faults-blind43 (laboratory and assay data) into candidates/:
 * `npx tsx test/faults-blind43/author.ts`. Names are `<intended code>.<slug>` or `healthy.<slug>`;
 * write-manifest.py files them by what the bare engine showed (observed.txt), not by intent.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Json = Record<string, unknown>;
const specs: [string, Json][] = [];
const add = (name: string, spec: Json) => specs.push([name, { name: name.split('.').slice(1).join('.'), ...spec }]);

const d = (units: number, activation?: string, extra: Json = {}): Json => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const csv = (file: string, target: string | string[], features?: string[], normalize?: string): Json => ({
  csv: `../data/${file}`,
  target,
  ...(features ? { features } : {}),
  ...(normalize ? { normalize } : {}),
});
const opt = (type: string, lr: number, extra: Json = {}): Json => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

const DOSE = ['log10.dose', 'cmpd.A', 'cmpd.B', 'cmpd.C', 'cmpd.D'];
const ENZ_LOG = ['log10.substrate', 'enzyme.nM', 'temp.C', 'inhibitor.uM'];
const ENZ_RAW = ['substrate.mM', 'enzyme.nM', 'temp.C', 'inhibitor.uM'];
const PLATE = ['log10.conc', 'OD.600', 'fluor.RFU'];
const PLATE_POS = ['plate', 'row', 'col', 'log10.conc', 'OD.600', 'fluor.RFU'];
const PLATE_RAW = ['conc.uM', 'OD.600', 'fluor.RFU'];
const GENES = Array.from({ length: 40 }, (_, g) => `gene.${String(g + 1).padStart(2, '0')}`);
const WL = Array.from({ length: 30 }, (_, k) => `A.${400 + 10 * k}`);
const CELLS = ['serum.pct', 'glucose.mM', 'time.h', 'seed.per.well', 'drug.uM'];

// ============================================================ healthy candidates
add('healthy.iris-sanity-first', { seed: 3, data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
add('healthy.moons-warmup-momentum', { seed: 2, data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(200, 32) });
add('healthy.sine-tanh-adam', { seed: 5, data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
add('healthy.blobs-three-sgd', { data: { builtin: 'blobs', classes: 3, samples: 240 }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 16) });
add('healthy.circles-relu-adam', { seed: 7, data: { builtin: 'circles', samples: 300 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
add('healthy.xor-tanh-adam', { seed: 4, data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 32) });
add('healthy.dose-pct-logdose-relu', { seed: 11, data: csv('dose_response.csv', 'response.pct', DOSE, 'standard'), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(400, 32) });
add('healthy.dose-frac-elu-rmsprop', { seed: 12, data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(250, 32, { validationSplit: 0.2 }) });
add('healthy.dose-active-bce', { seed: 13, data: csv('dose_response.csv', 'active', DOSE, 'standard'), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
add('healthy.dose-frac-tanh-nesterov', { seed: 14, data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'tanh', { init: 'xavier_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(300, 16) });
add('healthy.enzyme-loglog-relu', { seed: 21, data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(250, 32) });
add('healthy.enzyme-loglog-momentum', { seed: 22, data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(300, 16) });
add('healthy.enzyme-minmax-leaky-wd', { seed: 23, data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'minmax'), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003, { weightDecay: 1e-4 }), training: tr(300, 32) });
add('healthy.enzyme-raw-rate-adam', { seed: 24, data: csv('enzyme_kinetics.csv', 'rate.uM.min', ENZ_LOG, 'standard'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(400, 32) });
add('healthy.plate-hit-relu', { seed: 31, data: csv('assay_plate.csv', 'hit', PLATE, 'standard'), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
add('healthy.plate-inhibition-pct', { seed: 32, data: csv('assay_plate.csv', 'inhibition.pct', ['plate', 'log10.conc'], 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 32) });
add('healthy.plate-position-dropout', { seed: 33, data: csv('assay_plate.csv', 'hit', PLATE_POS, 'standard'), layers: [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
add('healthy.plate-batchnorm-momentum', { seed: 34, data: csv('assay_plate.csv', 'hit', PLATE, 'standard'), layers: [d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
add('healthy.plate-od-elu-rmsprop', { seed: 35, data: csv('assay_plate.csv', 'OD.600', ['plate', 'row', 'col', 'log10.conc'], 'standard'), layers: [d(16, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(200, 32) });
add('healthy.expr-tissue-log2', { seed: 41, data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 16) });
add('healthy.expr-tissue-dropout-wd', { seed: 42, data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(32, 'relu'), drop(0.3), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 1e-3 }), training: tr(150, 16, { validationSplit: 0.2 }) });
add('healthy.expr-responder-tanh', { seed: 43, data: csv('expression_log2.csv', 'responder', GENES, 'standard'), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(150, 16) });
add('healthy.expr-tissue-tpm-standardized', { seed: 44, data: csv('expression_tpm.csv', 'tissue', GENES, 'standard'), layers: [d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 16) });
add('healthy.expr-responder-clipnorm', { seed: 45, data: csv('expression_log2.csv', 'responder', GENES, 'standard'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, clipNorm: 1 }), training: tr(120, 16) });
add('healthy.spectra-conc-relu', { seed: 51, data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('healthy.spectra-linear-calibration', { seed: 52, data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(200, 16) });
add('healthy.spectra-pct-tanh-rmsprop', { seed: 53, data: csv('spectra.csv', 'conc.pct.max', WL, 'minmax'), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.005), training: tr(400, 16) });
add('healthy.spectra-batchnorm-adam', { seed: 54, data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
add('healthy.cells-log-count-relu', { seed: 61, data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
add('healthy.cells-log-count-clip-momentum', { seed: 62, data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, clipNorm: 5 }), training: tr(300, 16) });
add('healthy.cells-confluent-bce', { seed: 63, data: csv('cell_counts.csv', 'confluent', CELLS, 'standard'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('healthy.cells-log-count-rmsprop-dropout', { seed: 64, data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(32, 'elu'), drop(0.1), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(250, 32, { validationSplit: 0.15 }) });
add('healthy.bradford-standard-curve-inline', {
  seed: 71,
  data: { inline: { x: [[0], [0.125], [0.25], [0.5], [0.75], [1.0], [1.25], [1.5], [2.0], [0], [0.25], [0.5], [1.0], [1.5], [2.0]], y: [0.0, 0.09, 0.19, 0.36, 0.5, 0.62, 0.72, 0.8, 0.93, 0.01, 0.18, 0.35, 0.6, 0.79, 0.95] }, normalize: 'standard' },
  layers: [d(8, 'tanh'), d(1)],
  loss: 'mse',
  optimizer: opt('adam', 0.01),
  training: tr(500, 8),
});
add('healthy.dose-active-leaky-uniform-init', { seed: 15, data: csv('dose_response.csv', 'active', DOSE, 'minmax'), layers: [d(12, 'leaky_relu', { init: 'he_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
add('healthy.enzyme-lecun-elu-adam', { seed: 25, data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(24, 'elu', { init: 'lecun_normal' }), d(24, 'elu', { init: 'lecun_normal' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 16) });
add('healthy.plate-inhibition-momentum', { seed: 36, data: csv('assay_plate.csv', 'inhibition.pct', ['plate', 'log10.conc', 'OD.600'], 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.03), training: tr(300, 32) });
add('healthy.expr-tissue-rmsprop-small', { seed: 46, data: csv('expression_log2.csv', 'tissue', GENES, 'minmax'), layers: [d(12, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(100, 8) });
add('healthy.iris-tanh-momentum', { seed: 8, data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(10, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(200, 16) });

// ============================================================ invalid-spec
add('invalid-spec.optimiser-british', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimiser: opt('adam', 0.005), training: tr(200, 32) });
add('invalid-spec.loss-binomial-glm', { data: csv('expression_log2.csv', 'responder', GENES, 'standard'), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'binomial', optimizer: opt('adam', 0.005), training: tr(100, 16) });
add('invalid-spec.normalize-scale-r', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'scale'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('invalid-spec.epochs-quoted', { data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: { epochs: '300', batchSize: 32 } });
add('invalid-spec.activation-logistic', { data: csv('assay_plate.csv', 'hit', PLATE, 'standard'), layers: [d(16, 'relu'), d(1, 'logistic')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
add('invalid-spec.optimizer-lbfgs-sklearn', { data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(20, 'relu'), d(1)], loss: 'mse', optimizer: opt('lbfgs', 0.01), training: tr(200, 240) });

// ============================================================ data-error
add('data-error.target-od600-no-dot', { data: csv('assay_plate.csv', 'OD600', ['plate', 'row', 'col', 'log10.conc'], 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
add('data-error.r-write-csv-na', { data: csv('assay_plate_NA.csv', 'hit', PLATE, 'standard'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
add('data-error.excel-div0-cell', { data: csv('spectra_blankcorr.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('data-error.excel-semicolon-export', { data: csv('enzyme_kinetics_excel.csv', 'rate.uM.min', undefined, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('data-error.path-hyphen-underscore', { data: csv('dose-response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('data-error.pilot-three-rows', { data: csv('dose_pilot.csv', 'response.pct', ['log10.dose'], 'standard'), layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(200, 4) });
add('data-error.well-id-as-feature', { data: csv('assay_plate.csv', 'hit', ['well', 'log10.conc', 'OD.600', 'fluor.RFU'], 'standard'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });

// ============================================================ shape-mismatch
add('shape-mismatch.two-tissues-output', { data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 16) });
add('shape-mismatch.iris-four-outputs', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 16) });
add('shape-mismatch.one-output-per-compound', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'tanh'), d(4)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('shape-mismatch.hit-two-sigmoids', { data: csv('assay_plate.csv', 'hit', PLATE, 'standard'), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
add('shape-mismatch.two-targets-one-output', { data: csv('spectra.csv', ['conc.mg.mL', 'conc.pct.max'], WL, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });

// ============================================================ loss-activation-mismatch
add('loss-activation-mismatch.sigmoid-out-percent', { data: csv('dose_response.csv', 'response.pct', DOSE, 'standard'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 32) });
add('loss-activation-mismatch.softmax-mse-tissue', { data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 16) });
add('loss-activation-mismatch.linear-out-bce-hit', { data: csv('assay_plate.csv', 'hit', PLATE, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
add('loss-activation-mismatch.single-softmax-responder', { data: csv('expression_log2.csv', 'responder', GENES, 'standard'), layers: [d(8, 'relu'), d(1, 'softmax')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 16) });
add('loss-activation-mismatch.sigmoid-out-log-rate', { data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });

// ============================================================ init-symmetry
add('init-symmetry.zeros-tanh-dose', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('init-symmetry.constant-relu-plate', { data: csv('assay_plate.csv', 'hit', PLATE, 'standard'), layers: [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(8, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
add('init-symmetry.constant-small-expr', { data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(16, 'tanh', { init: 'constant', value: 0.01 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });

// ============================================================ init-scale
add('init-scale.normal-std2-spectra', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(32, 'tanh', { init: 'normal', std: 2 }), d(16, 'tanh', { init: 'normal', std: 2 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 32) });
add('init-scale.tiny-normal-deep-expr', { data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(32, 'relu', { init: 'normal', std: 1e-4 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
add('init-scale.uniform-limit3-cells', { data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(32, 'relu', { init: 'uniform', limit: 3 }), d(32, 'relu', { init: 'uniform', limit: 3 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 32) });

// ============================================================ no-nonlinearity
add('no-nonlinearity.activation-omitted-dose', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16), d(16), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
add('no-nonlinearity.linear-hidden-enzyme', { data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(32, 'linear'), d(32, 'linear'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(200, 32) });
add('no-nonlinearity.moons-linear-hidden', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });

// ============================================================ lr-out-of-range
add('lr-out-of-range.adam-lr-5', { data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 5), training: tr(100, 16) });
add('lr-out-of-range.sgd-lr-1e-8', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-8), training: tr(200, 32) });
add('lr-out-of-range.rmsprop-lr-50', { data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 50), training: tr(200, 32) });

// ============================================================ dead-relu
add('dead-relu.raw-rfu-sgd', { data: csv('assay_plate.csv', 'hit', PLATE_RAW), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
add('dead-relu.raw-seed-density-adam', { data: csv('cell_counts.csv', 'log10.count', CELLS), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(200, 32) });
add('dead-relu.negative-bias-copied', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 32) });
add('dead-relu.big-lr-momentum-enzyme', { data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 32) });

// ============================================================ exploding-gradient
add('exploding-gradient.raw-count-target-sgd', { data: csv('cell_counts.csv', 'count', CELLS, 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6), training: tr(200, 32) });
add('exploding-gradient.raw-rate-raw-inputs', { data: csv('enzyme_kinetics.csv', 'rate.uM.min', ENZ_RAW), layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(200, 32) });
add('exploding-gradient.raw-count-clip-adam', { data: csv('cell_counts.csv', 'count', CELLS, 'standard'), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01, { clipNorm: 1e6 }), training: tr(200, 32) });

// ============================================================ vanishing-gradient
add('vanishing-gradient.six-sigmoid-expr', { data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
add('vanishing-gradient.deep-sigmoid-dose', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(10, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(200, 32) });
add('vanishing-gradient.deep-sigmoid-plate', { data: csv('assay_plate.csv', 'hit', PLATE_POS, 'standard'), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.5 }), training: tr(100, 32) });

// ============================================================ nan-loss
add('nan-loss.raw-count-sgd', { data: csv('cell_counts.csv', 'count', CELLS, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
add('nan-loss.raw-enzyme-sgd', { data: csv('enzyme_kinetics.csv', 'rate.uM.min', ENZ_RAW), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
add('nan-loss.raw-tpm-momentum', { data: csv('expression_tpm.csv', 'responder', GENES), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 16) });

// ============================================================ lr-too-high
add('lr-too-high.adam-0.1-dose', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.1), training: tr(200, 32) });
add('lr-too-high.sgd-2-plate', { data: csv('assay_plate.csv', 'hit', PLATE, 'standard'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 2), training: tr(100, 32) });
add('lr-too-high.rmsprop-0.1-spectra', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.1), training: tr(200, 32) });
add('lr-too-high.momentum-0.5-enzyme', { data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(200, 32) });

// ============================================================ lr-too-low
add('lr-too-low.sgd-1e-4-spectra', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-4), training: tr(100, 32) });
add('lr-too-low.adam-1e-5-expr', { data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-5), training: tr(100, 16) });
add('lr-too-low.rmsprop-1e-5-dose', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-5), training: tr(150, 32) });

// ============================================================ saturated-activation
add('saturated-activation.raw-rfu-tanh', { data: csv('assay_plate.csv', 'hit', PLATE_RAW), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32) });
add('saturated-activation.raw-tpm-sigmoid', { data: csv('expression_tpm.csv', 'tissue', GENES), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 16) });
add('saturated-activation.raw-seed-tanh', { data: csv('cell_counts.csv', 'log10.count', CELLS), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(200, 32) });

// ============================================================ loss-plateau
add('loss-plateau.glmnet-lambda-decay', { data: csv('expression_log2.csv', 'responder', GENES, 'standard'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005, { weightDecay: 1 }), training: tr(150, 16) });
add('loss-plateau.heavy-dropout-tiny-net', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(4, 'relu'), drop(0.9), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('loss-plateau.sgd-weightdecay-spectra', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, weightDecay: 0.5 }), training: tr(200, 32) });

// ============================================================ oscillating-loss
add('oscillating-loss.momentum-0.99-dose', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: tr(200, 32) });
add('oscillating-loss.batch2-sgd-plate', { data: csv('assay_plate.csv', 'inhibition.pct', ['plate', 'log10.conc'], 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 2) });
add('oscillating-loss.adam-batch4-responder', { data: csv('expression_log2.csv', 'responder', GENES, 'standard'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(100, 4) });
add('oscillating-loss.rmsprop-batch8-spectra', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.03), training: tr(150, 8) });


// ============================================================ second round (after the first observe pass)
add('init-symmetry.constant-relu-dose', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
add('init-symmetry.constant-tanh-enzyme', { data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(24, 'tanh', { init: { name: 'constant', value: 0.05 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(200, 16) });
add('init-symmetry.zeros-sigmoid-circles', { data: { builtin: 'circles', samples: 300 }, layers: [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
add('lr-out-of-range.adam-lr-10-dose', { data: csv('dose_response.csv', 'response.pct', DOSE, 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 10), training: tr(200, 32) });
add('lr-out-of-range.sgd-lr-100-plate', { data: csv('assay_plate.csv', 'inhibition.pct', ['plate', 'col', 'log10.conc'], 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 100), training: tr(100, 32) });
add('loss-plateau.rmsprop-decay-tissue', { data: csv('expression_log2.csv', 'tissue', GENES, 'standard'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003, { weightDecay: 0.5 }), training: tr(100, 16) });
add('loss-plateau.dropout-0.9-cells', { data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(6, 'relu'), drop(0.9), d(6, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 32) });
add('oscillating-loss.spectra-linear-sgd-0.06', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.06), training: tr(150, 16) });
add('oscillating-loss.dose-adam-0.05-batch8', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(150, 8) });
add('oscillating-loss.enzyme-rmsprop-batch4', { data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.02), training: tr(150, 4) });
add('oscillating-loss.cells-momentum-batch8', { data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 8) });
add('oscillating-loss.plate-pct-adam-0.3', { data: csv('assay_plate.csv', 'inhibition.pct', ['plate', 'col', 'log10.conc'], 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.3), training: tr(150, 16) });
add('oscillating-loss.iris-fullbatch-momentum', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1.5, { momentum: 0.9 }), training: tr(200, 150) });
add('oscillating-loss.hit-sgd-0.5-momentum', { data: csv('assay_plate.csv', 'hit', PLATE, 'standard'), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(100, 16) });
add('lr-too-high.dose-sgd-1-tanh', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1), training: tr(150, 16) });
add('lr-too-high.spectra-adam-0.3', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.3), training: tr(150, 32) });
add('lr-too-high.cells-rmsprop-0.05', { data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(150, 32) });
add('healthy.plate-inhibition-col', { seed: 37, data: csv('assay_plate.csv', 'inhibition.pct', ['plate', 'col', 'log10.conc'], 'standard'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 32) });


// ============================================================ third round
add('init-symmetry.zeros-relu-spectra', { data: csv('spectra.csv', 'conc.mg.mL', WL, 'standard'), layers: [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
add('init-symmetry.constant-sigmoid-moons', { data: { builtin: 'moons', samples: 300 }, layers: [d(12, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 32) });
add('oscillating-loss.dose-rmsprop-0.05-elu', { data: csv('dose_response.csv', 'response.frac', DOSE, 'standard'), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(150, 32) });
add('oscillating-loss.enzyme-rmsprop-0.05-relu', { data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(150, 32) });
add('oscillating-loss.plate-od-rmsprop-0.05', { data: csv('assay_plate.csv', 'OD.600', ['plate', 'row', 'col', 'log10.conc'], 'standard'), layers: [d(16, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(150, 32) });
add('oscillating-loss.expr-responder-rmsprop-0.1', { data: csv('expression_log2.csv', 'responder', GENES, 'standard'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.1), training: tr(100, 16) });
add('lr-too-high.enzyme-momentum-0.95', { data: csv('enzyme_kinetics.csv', 'log10.rate', ENZ_LOG, 'standard'), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.08, { momentum: 0.95 }), training: tr(150, 16) });
add('lr-too-high.cells-adam-0.2', { data: csv('cell_counts.csv', 'log10.count', CELLS, 'standard'), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.2), training: tr(150, 32) });
add('lr-too-high.plate-od-sgd-0.5', { data: csv('assay_plate.csv', 'OD.600', ['plate', 'row', 'col', 'log10.conc'], 'standard'), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(150, 32) });


// ============================================================ fourth round
add('exploding-gradient.raw-count-rmsprop', { data: csv('cell_counts.csv', 'count', CELLS, 'standard'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(150, 32) });
add('exploding-gradient.raw-rate-deep-momentum', { data: csv('enzyme_kinetics.csv', 'rate.uM.min', ENZ_LOG, 'standard'), layers: [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-4, { momentum: 0.9 }), training: tr(150, 32) });

for (const [name, spec] of specs) fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`wrote ${specs.length} candidates`);
