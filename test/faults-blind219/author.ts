/**
 * Writes every candidate spec of blind set 219 into candidates/: `npx tsx test/faults-blind219/author.ts`.
 * Faults are `<code>.<slug>.nn.json`, healthy ones `ok.<slug>.nn.json`. Data paths are relative to the
 * final folders (faulty/, healthy/, dropped/), i.e. `../data/x.csv`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
const put = (file: string, spec: J) => fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
const d = (units: number, activation?: string, more: J = {}): J => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...more });
const drop = (rate: number): J => ({ type: 'dropout', rate });

const PF = ['wall_mm', 'weight_g', 'soak_min', 'cool_c_per_h', 'load_pct', 'gaffer_years', 'moon_day'];
const FF = ['crucible_c', 'ambient_c', 'gas_m3', 'cullet_pct', 'batch_kg', 'door_open_min'];
const CF = ['cobalt_ppm', 'copper_pct', 'iron_pct', 'manganese_pct', 'selenium_ppm', 'gold_ppm', 'strike_c'];
const QF = ['bench_hours', 'pieces', 'colours', 'height_cm', 'assistants', 'rush'];

const pieces = (target = 'cracked', normalize = 'standard', more: J = {}): J => ({ csv: '../data/pieces.csv', target, features: PF, normalize, ...more });
const furnace = (target = 'melt_kwh', normalize = 'standard', more: J = {}): J => ({ csv: '../data/furnace-log.csv', target, features: FF, normalize, ...more });
const colours = (normalize = 'standard', more: J = {}): J => ({ csv: '../data/colour-lots.csv', target: 'colour', features: CF, normalize, ...more });
const quotes = (normalize = 'standard', more: J = {}): J => ({ csv: '../data/commission-quotes.csv', target: 'price_eur', features: QF, normalize, ...more });
const murano = (normalize = 'standard'): J => ({ csv: '../data/murano-annealing.csv', target: 'crepato', normalize });

let seed = 219;
const spec = (name: string, data: J, layers: J[], loss: string, optimizer: J, training: J, extra: J = {}): J =>
  ({ name, seed: seed++, data, layers, loss, optimizer, training, ...extra });

// ---------------------------------------------------------------- faults
// invalid-spec
put('invalid-spec.gelu-hidden', spec('crack-gelu', pieces(), [d(16, 'gelu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('invalid-spec.adamw-optimizer', spec('colour-adamw', colours(), [d(24, 'relu'), d(6, 'softmax')], 'cce', { type: 'adamw', lr: 0.002, weightDecay: 0.01 }, { epochs: 80, batchSize: 32 }));
put('invalid-spec.keras-loss-name', spec('crack-keras-loss', pieces(), [d(12, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }));
put('invalid-spec.dropout-percent', spec('stress-dropout-percent', pieces('stress_nm_cm', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), drop(30), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('invalid-spec.split-percent', spec('furnace-split-percent', furnace('melt_kwh', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 80, batchSize: 16, validationSplit: 20 }));
put('invalid-spec.glorot-init', spec('quotes-glorot', quotes('standard', { normalizeTarget: 'standard' }), [d(16, 'tanh', { init: 'glorot_uniform' }), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));

// data-error
put('data-error.file-name-typo', spec('crack-typo', { csv: '../data/piece.csv', target: 'cracked', features: PF, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('data-error.kiln-name-feature', spec('crack-kiln', { csv: '../data/pieces.csv', target: 'cracked', features: ['kiln', ...PF], normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('data-error.target-column-renamed', spec('crack-target-name', { csv: '../data/pieces.csv', target: 'crack', features: PF, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('data-error.na-readings', spec('crack-gaps', { csv: '../data/pieces-gaps.csv', target: 'cracked', features: PF, normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('data-error.handwritten-tilde', spec('stress-handwritten', { csv: '../data/pieces-handwritten.csv', target: 'stress_nm_cm', features: PF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('data-error.shared-drive-path', spec('furnace-share', { csv: '../../../../../studio-share/furnace-log.csv', target: 'melt_kwh', features: FF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('data-error.timestamp-feature', spec('furnace-timestamp', { csv: '../data/furnace-log.csv', target: 'melt_kwh', features: ['timestamp', ...FF], normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));

// shape-mismatch
put('shape-mismatch.forgot-gold-ruby', spec('colour-five', colours(), [d(24, 'relu'), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('shape-mismatch.two-sigmoid-bce', spec('crack-two', pieces(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('shape-mismatch.stress-three-outputs', spec('stress-three', pieces('stress_nm_cm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(3)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('shape-mismatch.iris-two-softmax', spec('iris-two', { builtin: 'iris', normalize: 'standard' }, [d(8, 'tanh'), d(2, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 16 }));
put('shape-mismatch.two-targets-one-unit', spec('furnace-two-targets', { csv: '../data/furnace-log.csv', target: ['melt_kwh', 'seeds_per_100g'], features: FF, normalize: 'standard', normalizeTarget: 'standard' }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));

// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse', spec('colour-softmax-mse', colours(), [d(24, 'relu'), d(6, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('loss-activation-mismatch.bce-linear-head', spec('crack-linear-head', pieces(), [d(16, 'relu'), d(1, 'linear')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('loss-activation-mismatch.cce-sigmoid-head', spec('colour-sigmoid-head', colours(), [d(24, 'relu'), d(6, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('loss-activation-mismatch.tanh-head-raw-stress', spec('stress-tanh-head', pieces('stress_nm_cm'), [d(16, 'relu'), d(1, 'tanh')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('loss-activation-mismatch.relu-head-standard-target', spec('seeds-relu-head', furnace('seeds_per_100g', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));

// init-symmetry
put('init-symmetry.zeros-relu-hidden', spec('crack-zeros', pieces(), [d(16, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('init-symmetry.constant-tanh', spec('furnace-constant', furnace('melt_kwh', 'standard', { normalizeTarget: 'standard' }), [d(12, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1, 'linear', { init: { name: 'constant', value: 0.1 } })], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 80, batchSize: 16 }));
put('init-symmetry.zeros-everywhere-colour', spec('colour-zeros', colours(), [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(6, 'softmax', { init: 'zeros' })], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('init-symmetry.constant-sigmoid-quotes', spec('quotes-constant', quotes('standard', { normalizeTarget: 'standard' }), [d(10, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 20 }));

// init-scale
put('init-scale.normal-std-5-relu', spec('crack-std5', pieces(), [d(32, 'relu', { init: { name: 'normal', std: 5 } }), d(16, 'relu', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 80, batchSize: 32 }));
put('init-scale.tiny-deep-tanh', spec('colour-tiny', colours(), [d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(32, 'tanh', { init: { name: 'normal', std: 1e-4 } }), d(6, 'softmax', { init: { name: 'normal', std: 1e-4 } })], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 80, batchSize: 32 }));
put('init-scale.uniform-limit-10-tanh', spec('seeds-uniform10', furnace('seeds_per_100g'), [d(24, 'tanh', { init: { name: 'uniform', limit: 10 } }), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('init-scale.normal-std-3-sigmoid', spec('murano-std3', murano(), [d(20, 'sigmoid', { init: { name: 'normal', std: 3 } }), d(20, 'sigmoid', { init: { name: 'normal', std: 3 } }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, { epochs: 80, batchSize: 16 }));

// no-nonlinearity
put('no-nonlinearity.circles-linear-stack', spec('circles-linear', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
put('no-nonlinearity.stress-activation-omitted', spec('stress-omitted', pieces('stress_nm_cm', 'standard', { normalizeTarget: 'standard' }), [d(32), d(16), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('no-nonlinearity.colour-linear-hidden', spec('colour-linear', colours(), [d(24, 'linear'), d(12, 'linear'), d(6, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, { epochs: 80, batchSize: 32 }));
put('no-nonlinearity.moons-linear-bn', spec('moons-linear', { builtin: 'moons', samples: 300, noise: 0.15 }, [d(32, 'linear', { batchNorm: true }), d(32, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 100, batchSize: 32 }));

// lr-out-of-range
put('lr-out-of-range.adam-zero', spec('crack-lr0', pieces(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0 }, { epochs: 80, batchSize: 32 }));
put('lr-out-of-range.sgd-negative', spec('quotes-negative', quotes('standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: -0.01, momentum: 0.9 }, { epochs: 80, batchSize: 32 }));
put('lr-out-of-range.adam-50', spec('colour-adam50', colours(), [d(24, 'relu'), d(6, 'softmax')], 'cce', { type: 'adam', lr: 50 }, { epochs: 80, batchSize: 32 }));
put('lr-out-of-range.rmsprop-1e-9', spec('furnace-rms1e9', furnace('melt_kwh', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 1e-9 }, { epochs: 80, batchSize: 32 }));
put('lr-out-of-range.sgd-100', spec('murano-sgd100', murano(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 100 }, { epochs: 60, batchSize: 16 }));

// dead-relu
put('dead-relu.negative-bias-minus-5', spec('crack-bias-5', pieces(), [d(32, 'relu', { bias: -5 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('dead-relu.small-normal-negative-bias', spec('colour-deadbias', colours(), [d(24, 'relu', { init: { name: 'normal', std: 0.05 }, bias: -2 }), d(6, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 80, batchSize: 32 }));
put('dead-relu.deep-bias-minus-1', spec('stress-deep-dead', pieces('stress_nm_cm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu', { init: { name: 'normal', std: 0.01 }, bias: -1 }), d(16, 'relu', { init: { name: 'normal', std: 0.01 }, bias: -1 }), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 80, batchSize: 32 }));
put('dead-relu.sgd-lr-kick-raw', spec('seeds-kick', furnace('seeds_per_100g', 'none'), [d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 60, batchSize: 16 }));

// exploding-gradient
put('exploding-gradient.raw-furnace-kwh-sgd', spec('furnace-raw', furnace('melt_kwh', 'none'), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 60, batchSize: 32 }));
put('exploding-gradient.raw-price-momentum', spec('quotes-raw', quotes('none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.0005, momentum: 0.9 }, { epochs: 60, batchSize: 32 }));
put('exploding-gradient.deep-relu-std1', spec('crack-deep-std1', pieces(), [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 40, batchSize: 32 }));
put('exploding-gradient.raw-weight-grams', spec('stress-raw-grams', pieces('stress_nm_cm', 'none'), [d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.0001, momentum: 0.5 }, { epochs: 60, batchSize: 32 }));

// vanishing-gradient
put('vanishing-gradient.eight-sigmoid-layers', spec('crack-deep-sigmoid', pieces(), [...Array.from({ length: 8 }, () => d(16, 'sigmoid')), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 80, batchSize: 32 }));
put('vanishing-gradient.deep-tanh-small-normal', spec('seeds-deep-tanh', furnace('seeds_per_100g', 'standard', { normalizeTarget: 'standard' }), Array.from({ length: 6 }, () => d(16, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([d(1)]), 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 80, batchSize: 32 }));
put('vanishing-gradient.ten-sigmoid-colour', spec('colour-ten-sigmoid', colours(), [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(6, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 80, batchSize: 32 }));
put('vanishing-gradient.circles-sigmoid-normal', spec('circles-deep-sigmoid', { builtin: 'circles', samples: 300, noise: 0.05 }, [...Array.from({ length: 7 }, () => d(10, 'sigmoid', { init: 'normal' })), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.0005 }, { epochs: 80, batchSize: 32 }));

// nan-loss
put('nan-loss.raw-kwh-sgd-0.1', spec('furnace-nan', furnace('melt_kwh', 'none'), [d(8, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.1 }, { epochs: 40, batchSize: 32 }));
put('nan-loss.raw-price-sgd-0.05', spec('quotes-nan', quotes('none'), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 40, batchSize: 16 }));
put('nan-loss.raw-grams-relu-lr1', spec('stress-nan', pieces('stress_nm_cm', 'none'), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 1, momentum: 0.9 }, { epochs: 40, batchSize: 8 }));
put('nan-loss.batch1-raw-kwh-nesterov', spec('furnace-nan-nesterov', furnace('melt_kwh', 'minmax'), [d(16, 'leaky_relu'), d(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, { epochs: 40, batchSize: 1 }));

// lr-too-high
put('lr-too-high.sgd-2-crack', spec('crack-sgd2', pieces(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 2 }, { epochs: 80, batchSize: 32 }));
put('lr-too-high.adam-0.5-colour', spec('colour-adam05', colours(), [d(32, 'relu'), d(16, 'relu'), d(6, 'softmax')], 'cce', { type: 'adam', lr: 0.5 }, { epochs: 80, batchSize: 32 }));
put('lr-too-high.rmsprop-0.3-moons', spec('moons-rms03', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.3 }, { epochs: 80, batchSize: 32 }));
put('lr-too-high.momentum-lr-0.5-quotes', spec('quotes-mom05', quotes('standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.5, momentum: 0.9 }, { epochs: 80, batchSize: 30 }));

// lr-too-low
put('lr-too-low.sgd-1e-5-crack', spec('crack-sgd1e5', pieces(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-5 }, { epochs: 100, batchSize: 32 }));
put('lr-too-low.adam-1e-6-colour', spec('colour-adam1e6', colours(), [d(24, 'relu'), d(6, 'softmax')], 'cce', { type: 'adam', lr: 1e-6 }, { epochs: 100, batchSize: 32 }));
put('lr-too-low.rmsprop-2e-6-furnace', spec('furnace-rms2e6', furnace('melt_kwh', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 2e-6 }, { epochs: 100, batchSize: 32 }));
put('lr-too-low.sgd-full-batch-quotes', spec('quotes-fullbatch', quotes('standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.0002 }, { epochs: 150, batchSize: 300 }));

// saturated-activation
put('saturated-activation.sigmoid-raw-grams', spec('crack-sigmoid-raw', pieces('cracked', 'none'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('saturated-activation.tanh-raw-crucible', spec('seeds-tanh-raw', furnace('seeds_per_100g', 'none'), [d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('saturated-activation.sigmoid-bias-8', spec('murano-bias8', murano(), [d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 80, batchSize: 16 }));
put('saturated-activation.tanh-raw-quotes', spec('quotes-tanh-raw', quotes('none', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(8, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 80, batchSize: 32 }));

// loss-plateau
put('loss-plateau.weight-decay-typo', spec('crack-wd1', pieces(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003, weightDecay: 1.0 }, { epochs: 100, batchSize: 32 }));
put('loss-plateau.sgd-weight-decay-colour', spec('colour-wd', colours(), [d(24, 'tanh'), d(6, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 0.5 }, { epochs: 100, batchSize: 32 }));
put('loss-plateau.xor-tiny-init-sgd', spec('xor-tiny', { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(1, 'sigmoid', { init: { name: 'normal', std: 0.001 } })], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 }));
put('loss-plateau.dropout-0.9-colour', spec('colour-dropout09', colours(), [d(16, 'relu'), drop(0.9), d(6, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }));
put('loss-plateau.clipnorm-1e-4', spec('stress-clip', pieces('stress_nm_cm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, clipNorm: 1e-4 }, { epochs: 100, batchSize: 32 }));

// oscillating-loss
put('oscillating-loss.sgd-batch4-lr0.8', spec('crack-bs4', pieces(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.8 }, { epochs: 80, batchSize: 4 }));
put('oscillating-loss.adam-0.05-batch2-quotes', spec('quotes-bs2', quotes('standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 80, batchSize: 2 }));
put('oscillating-loss.full-batch-momentum-0.95', spec('murano-mom095', murano(), [d(12, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3, momentum: 0.95 }, { epochs: 120, batchSize: 260 }));
put('oscillating-loss.rmsprop-0.05-batch8', spec('seeds-rms005', furnace('seeds_per_100g', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, { epochs: 80, batchSize: 8 }));

// added after the first observation (nan-loss and lr-too-high had too few that showed their fault)
put('nan-loss.raw-price-minmax-sgd-batch4', spec('quotes-nan-bs4', quotes('minmax'), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.1 }, { epochs: 40, batchSize: 4 }));
put('nan-loss.raw-kwh-momentum-batch1', spec('furnace-nan-bs1', furnace('melt_kwh', 'standard'), [d(12, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 40, batchSize: 1 }));
put('lr-too-high.sgd-3-stress', spec('stress-sgd3', pieces('stress_nm_cm', 'standard', { normalizeTarget: 'standard' }), [d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.8 }, { epochs: 80, batchSize: 32 }));
put('lr-too-high.adam-0.3-quotes', spec('quotes-adam03', quotes('standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.3 }, { epochs: 80, batchSize: 32 }));
put('lr-too-high.rmsprop-0.1-colour', spec('colour-rms01', colours(), [d(24, 'tanh'), d(6, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.1 }, { epochs: 80, batchSize: 16 }));

// ---------------------------------------------------------------- healthy
put('ok.crack-adam-relu', spec('crack', pieces(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32 }));
put('ok.crack-nesterov-tanh', spec('crack-nesterov', pieces(), [d(12, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 80, batchSize: 16 }));
put('ok.crack-rmsprop-dropout-val', spec('crack-rms', pieces(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, { epochs: 100, batchSize: 32, validationSplit: 0.2 }));
put('ok.crack-batchnorm-elu', spec('crack-bn', pieces('cracked', 'minmax'), [d(24, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 60, batchSize: 64 }));
put('ok.crack-sgd-plain-batch1', spec('crack-bs1', pieces(), [d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.005 }, { epochs: 30, batchSize: 1 }));
put('ok.crack-logistic-fullbatch', spec('crack-logistic', pieces(), [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, { epochs: 300, batchSize: 480 }));
put('ok.crack-wd-clip', spec('crack-wd-clip', pieces(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002, weightDecay: 1e-4, clipNorm: 1 }, { epochs: 60, batchSize: 32 }));
put('ok.stress-adam-target-standard', spec('stress', pieces('stress_nm_cm', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }));
put('ok.stress-sgd-momentum-minmax', spec('stress-sgd', pieces('stress_nm_cm', 'minmax', { normalizeTarget: 'minmax' }), [d(24, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 150, batchSize: 16 }));
put('ok.stress-elu-rmsprop-val', spec('stress-rms', pieces('stress_nm_cm', 'standard', { normalizeTarget: 'standard' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 100, batchSize: 24, validationSplit: 0.15 }));
put('ok.furnace-kwh-adam', spec('furnace', furnace('melt_kwh', 'standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 }));
put('ok.furnace-kwh-linear-regression', spec('furnace-linreg', furnace('melt_kwh', 'standard', { normalizeTarget: 'standard' }), [d(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 36 }));
put('ok.seeds-rmsprop-tanh', spec('seeds', furnace('seeds_per_100g'), [d(16, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.005 }, { epochs: 120, batchSize: 32 }));
put('ok.seeds-leaky-sgd-batch8', spec('seeds-leaky', furnace('seeds_per_100g', 'standard', { normalizeTarget: 'standard' }), [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.8 }, { epochs: 80, batchSize: 8 }));
put('ok.colour-adam-relu', spec('colour', colours(), [d(24, 'relu'), d(6, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 }));
put('ok.colour-sgd-momentum-tanh', spec('colour-sgd', colours(), [d(32, 'tanh'), d(16, 'tanh'), d(6, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 80, batchSize: 16 }));
put('ok.colour-batchnorm-dropout', spec('colour-bn', colours(), [d(32, 'relu', { batchNorm: true }), drop(0.2), d(6, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, { epochs: 80, batchSize: 32, validationSplit: 0.2 }));
put('ok.colour-minmax-elu-nesterov', spec('colour-elu', colours('minmax'), [d(24, 'elu'), d(6, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, { epochs: 100, batchSize: 20 }));
put('ok.colour-softmax-regression', spec('colour-softmax', colours(), [d(6, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, { epochs: 150, batchSize: 420 }));
put('ok.colour-deep-narrow', spec('colour-deep', colours(), [d(16, 'relu'), d(16, 'relu'), d(12, 'relu'), d(8, 'relu'), d(6, 'softmax')], 'cce', { type: 'adam', lr: 0.003, clipNorm: 5 }, { epochs: 80, batchSize: 32 }));
put('ok.quotes-adam-standard', spec('quotes', quotes('standard', { normalizeTarget: 'standard' }), [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 }));
put('ok.quotes-rmsprop-minmax', spec('quotes-rms', quotes('minmax', { normalizeTarget: 'standard' }), [d(32, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.003 }, { epochs: 120, batchSize: 16 }));
put('ok.quotes-sgd-batch1', spec('quotes-bs1', quotes('standard', { normalizeTarget: 'standard' }), [d(8, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.003 }, { epochs: 30, batchSize: 1 }));
put('ok.quotes-wd-val', spec('quotes-wd', quotes('standard', { normalizeTarget: 'minmax' }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.002, weightDecay: 1e-3 }, { epochs: 120, batchSize: 25, validationSplit: 0.2 }));
put('ok.murano-adam', spec('murano', murano(), [d(12, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 16 }));
put('ok.murano-sgd-tanh', spec('murano-sgd', murano('minmax'), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3, momentum: 0.5 }, { epochs: 150, batchSize: 26 }));
put('ok.iris-adam', spec('iris', { builtin: 'iris', normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 16 }));
put('ok.iris-rmsprop-sigmoid-hidden', spec('iris-sig', { builtin: 'iris', normalize: 'minmax' }, [d(10, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.01 }, { epochs: 150, batchSize: 10 }));
put('ok.moons-relu-adam', spec('moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
put('ok.circles-tanh-nesterov', spec('circles', { builtin: 'circles', samples: 300, noise: 0.05 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, { epochs: 150, batchSize: 16 }));
put('ok.spirals-deep-adam', spec('spirals', { builtin: 'spirals', samples: 400, noise: 0.05, classes: 2 }, [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 300, batchSize: 32 }));
put('ok.blobs-four-sgd', spec('blobs', { builtin: 'blobs', samples: 300, classes: 4, noise: 0.1 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 60, batchSize: 32 }));
put('ok.sine-tanh-adam', spec('sine', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }));
put('ok.xor-tanh-rmsprop', spec('xor', { builtin: 'xor', samples: 200, noise: 0.05 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, { epochs: 150, batchSize: 20 }));
put('ok.inline-kiln-viscosity', spec('viscosity-inline', { inline: { x: [[1000], [1025], [1050], [1075], [1100], [1125], [1150], [1175], [1200], [1225], [1250], [1275]], y: [6.1, 5.6, 5.2, 4.8, 4.45, 4.1, 3.8, 3.55, 3.3, 3.05, 2.85, 2.65] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.02 }, { epochs: 300, batchSize: 12 }));
put('ok.inline-glory-hole-labels', spec('gather-inline', { inline: { x: [[2, 1150], [3, 1160], [2.5, 1120], [6, 1180], [7, 1200], [6.5, 1190], [1.5, 1100], [8, 1210], [3.5, 1140], [7.5, 1195], [2.2, 1130], [6.8, 1205]], y: ['small', 'small', 'small', 'large', 'large', 'large', 'small', 'large', 'small', 'large', 'small', 'large'] }, normalize: 'standard' }, [d(4, 'tanh'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.03 }, { epochs: 150, batchSize: 4 }));
put('ok.furnace-kwh-wide-nesterov-val', spec('furnace-wide', furnace('melt_kwh', 'minmax', { normalizeTarget: 'standard' }), [d(64, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 150, batchSize: 24, validationSplit: 0.1 }));
put('ok.crack-sigmoid-hidden-adam', spec('crack-sighidden', pieces(), [d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 48 }));
put('ok.stress-batchnorm-sgd', spec('stress-bn', pieces('stress_nm_cm', 'standard', { normalizeTarget: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.9 }, { epochs: 80, batchSize: 32 }));
put('ok.murano-lecun-elu-rms', spec('murano-lecun', murano(), [d(16, 'elu', { init: 'lecun_normal' }), d(8, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, { epochs: 120, batchSize: 13 }));
put('ok.colour-he-uniform-adam-bs8', spec('colour-heu', colours(), [d(48, 'relu', { init: 'he_uniform' }), d(6, 'softmax', { init: 'xavier_normal' })], 'cce', { type: 'adam', lr: 0.001 }, { epochs: 60, batchSize: 8 }));
put('ok.quotes-deep-leaky-clip', spec('quotes-deep', quotes('standard', { normalizeTarget: 'standard' }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', { type: 'adam', lr: 0.001, clipNorm: 1 }, { epochs: 120, batchSize: 32 }));
put('ok.seeds-uniform-init-small', spec('seeds-uniform', furnace('seeds_per_100g', 'standard', { normalizeTarget: 'standard' }), [d(12, 'tanh', { init: { name: 'uniform', limit: 0.3 } }), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }));
