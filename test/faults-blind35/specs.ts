/** The faulty specs of test/faults-blind35, written to disk with entries.json by write.ts (what each fault is, the writer's
 * expected stage and the codes whose advice would fix it; what each healthy spec covers).
 * Run: npx tsx test/faults-blind35/write.ts
 */

type Json = Record<string, unknown>;
interface Fault { code: string; slug: string; fault: string; stage: 'static' | 'probe' | 'training'; catches: string[]; spec: Json }
interface Healthy { slug: string; covers: string; spec: Json }

const dense = (units: number, activation: string, extra: Json = {}) => ({ type: 'dense', units, activation, ...extra });
const csv = (file: string, target: string, extra: Json = {}) => ({ csv: `../data/${file}`, target, ...extra });
const spec = (name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, seed = 35): Json =>
  ({ name, seed, data, layers, loss, optimizer, training });
const SURVEY_FEATURES = (() => {
  const f: string[] = [];
  ([['colour', 5], ['region', 6], ['plan', 4], ['device', 3]] as const).forEach(([n, k]) => { for (let j = 0; j < k; j++) f.push(`${n}_${j}`); });
  return [...f, 'age', 'tenure_months'];
})();
const survey = (normalize = 'standard') => csv('survey.csv', 'churn', { features: SURVEY_FEATURES, normalize });
const glyphs = (normalize = 'none') => csv('glyphs.csv', 'shape', { normalize });
const digits = (normalize = 'minmax') => csv('digits8.csv', 'digit', { normalize });
const tiles = (normalize = 'standard') => csv('tiles.csv', 'lux', { normalize });
const textures = (normalize = 'none') => csv('textures.csv', 'texture', { normalize });
const T = (epochs: number, batchSize: number, validationSplit = 0.2) => ({ epochs, batchSize, shuffle: true, validationSplit });

const faults: Fault[] = [
  // static: invalid-spec
  { code: 'invalid-spec', slug: 'keras-loss-name', stage: 'static', catches: ['invalid-spec'], fault: 'loss written "categorical_crossentropy" (Keras name) for the glyph classifier',
    spec: spec('glyphs keras loss', glyphs(), [dense(32, 'relu'), dense(5, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.003 }, T(60, 32)) },
  { code: 'invalid-spec', slug: 'units-string', stage: 'static', catches: ['invalid-spec'], fault: 'first layer width written as the string "64" (copied from a YAML config)',
    spec: spec('digits units string', digits(), [dense(64, 'relu', { units: '64' }), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, T(60, 32)) },
  { code: 'invalid-spec', slug: 'dropout-percent', stage: 'static', catches: ['invalid-spec'], fault: 'dropout rate written as a percentage, 30 instead of 0.3',
    spec: spec('survey dropout percent', survey(), [dense(32, 'relu'), { type: 'dropout', rate: 30 }, dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32)) },
  // static: data-error
  { code: 'data-error', slug: 'scanner-na-pixels', stage: 'static', catches: ['data-error'], fault: 'glyphs-scanned.csv has three pixels exported as "NA" (lines 38, 113, 251)',
    spec: spec('scanned glyphs', csv('glyphs-scanned.csv', 'shape'), [dense(32, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(60, 32)) },
  { code: 'data-error', slug: 'target-typo', stage: 'static', catches: ['data-error'], fault: 'target column "label" does not exist (the column is "digit")',
    spec: spec('digits wrong target', csv('digits8.csv', 'label', { normalize: 'minmax' }), [dense(48, 'relu'), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, T(60, 32)) },
  { code: 'data-error', slug: 'feature-not-in-csv', stage: 'static', catches: ['data-error'], fault: 'features list names "contract_type", a raw column that was one-hot encoded away (plan_0..plan_3)',
    spec: spec('survey stale feature', csv('survey.csv', 'churn', { features: [...SURVEY_FEATURES, 'contract_type'], normalize: 'standard' }), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32)) },
  // static: shape-mismatch
  { code: 'shape-mismatch', slug: 'four-outputs-five-shapes', stage: 'static', catches: ['shape-mismatch'], fault: 'softmax output has 4 units but glyphs.csv has 5 shape classes (the "box" class was added later)',
    spec: spec('glyphs 4 outputs', glyphs(), [dense(32, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(60, 32)) },
  { code: 'shape-mismatch', slug: 'regression-two-outputs', stage: 'static', catches: ['shape-mismatch'], fault: 'tile regression (one target, lux) ends in 2 linear units',
    spec: spec('tiles two outputs', tiles(), [dense(24, 'relu'), dense(2, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32)) },
  { code: 'shape-mismatch', slug: 'digits-nine-outputs', stage: 'static', catches: ['shape-mismatch'], fault: 'digit classifier with 9 softmax outputs for 10 classes (off by one, classes 0-9)',
    spec: spec('digits 9 outputs', digits(), [dense(64, 'relu'), dense(32, 'relu'), dense(9, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, T(50, 32)) },
  // static: loss-activation-mismatch
  { code: 'loss-activation-mismatch', slug: 'cce-sigmoid-outputs', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'cce over 5 sigmoid outputs instead of softmax',
    spec: spec('glyphs cce sigmoid', glyphs(), [dense(32, 'relu'), dense(5, 'sigmoid')], 'cce', { type: 'adam', lr: 0.003 }, T(60, 32)) },
  { code: 'loss-activation-mismatch', slug: 'bce-tanh-output', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'bce on a tanh output (range -1..1, log of negative probabilities)',
    spec: spec('survey bce tanh', survey(), [dense(24, 'relu'), dense(1, 'tanh')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32)) },
  { code: 'loss-activation-mismatch', slug: 'mse-softmax-regression', stage: 'static', catches: ['loss-activation-mismatch'], fault: 'lux regression (targets 2..25) ends in a 1-unit softmax, always 1.0',
    spec: spec('tiles softmax out', tiles(), [dense(24, 'relu'), dense(1, 'softmax')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32)) },
  // static: init-symmetry
  { code: 'init-symmetry', slug: 'zeros-wide-layer', stage: 'static', catches: ['init-symmetry'], fault: 'the 64-unit first layer and the 32-unit second layer initialised with zeros',
    spec: spec('digits zeros', digits(), [dense(64, 'relu', { init: 'zeros' }), dense(32, 'relu', { init: 'zeros' }), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.002 }, T(60, 32)) },
  { code: 'init-symmetry', slug: 'constant-tanh', stage: 'static', catches: ['init-symmetry'], fault: 'every layer initialised constant 0.05 (32 tanh, 10 softmax) on the 10-class digits: hidden units identical, so they act as one unit',
    spec: spec('digits constant', digits(), [dense(32, 'tanh', { init: { name: 'constant', value: 0.05 } }), dense(10, 'softmax', { init: { name: 'constant', value: 0.05 } })], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(60, 32)) },
  // static: init-scale
  { code: 'init-scale', slug: 'normal-std-2-wide', stage: 'static', catches: ['init-scale'], fault: 'normal init std 2 on a 64-input, 64-unit relu layer (He would be ~0.18)',
    spec: spec('digits huge init', digits(), [dense(64, 'relu', { init: { name: 'normal', std: 2 } }), dense(32, 'relu', { init: { name: 'normal', std: 2 } }), dense(10, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(60, 32)) },
  { code: 'init-scale', slug: 'tiny-normal-deep', stage: 'static', catches: ['init-scale', 'vanishing-gradient'], fault: 'normal std 1e-4 on four tanh layers: signal and gradients shrink layer by layer',
    spec: spec('glyphs tiny init', glyphs(), [dense(32, 'tanh', { init: { name: 'normal', std: 0.0001 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.0001 } }), dense(16, 'tanh', { init: { name: 'normal', std: 0.0001 } }), dense(5, 'softmax', { init: { name: 'normal', std: 0.0001 } })], 'cce', { type: 'sgd', lr: 0.05 }, T(80, 32)) },
  { code: 'init-scale', slug: 'uniform-limit-3-sigmoid', stage: 'static', catches: ['init-scale', 'saturated-activation'], fault: 'uniform limit 3 on a sigmoid layer over 22 survey features',
    spec: spec('survey uniform 3', survey(), [dense(32, 'sigmoid', { init: { name: 'uniform', limit: 3 } }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(80, 32)) },
  // static: no-nonlinearity
  { code: 'no-nonlinearity', slug: 'linear-stack-textures', stage: 'static', catches: ['no-nonlinearity'], fault: 'three hidden layers left linear (activation omitted) on textures; checker is not linearly separable',
    spec: spec('textures linear', textures(), [dense(32, 'linear'), dense(16, 'linear'), dense(8, 'linear'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(150, 16)) },
  { code: 'no-nonlinearity', slug: 'default-linear-glyphs', stage: 'static', catches: ['no-nonlinearity'], fault: 'two hidden layers without activation key (default linear) on the glyphs',
    spec: spec('glyphs no act', glyphs(), [{ type: 'dense', units: 48 }, { type: 'dense', units: 24 }, dense(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002 }, T(80, 32)) },
  // static: lr-out-of-range
  { code: 'lr-out-of-range', slug: 'adam-lr-3', stage: 'static', catches: ['lr-out-of-range', 'lr-too-high'], fault: 'adam lr 3 (meant 3e-3)',
    spec: spec('digits adam 3', digits(), [dense(64, 'relu'), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 3 }, T(40, 32)) },
  { code: 'lr-out-of-range', slug: 'sgd-lr-1e-7', stage: 'static', catches: ['lr-out-of-range', 'lr-too-low'], fault: 'sgd lr 1e-7: nothing moves in 100 epochs',
    spec: spec('survey sgd 1e-7', survey(), [dense(24, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-7, momentum: 0.9 }, T(100, 32)) },
  // training: lr-too-high
  { code: 'lr-too-high', slug: 'sgd-momentum-digits', stage: 'training', catches: ['lr-too-high', 'oscillating-loss', 'nan-loss', 'exploding-gradient'], fault: 'sgd lr 0.8 with momentum 0.9 on the 64-pixel digits',
    spec: spec('digits sgd 0.8', digits(), [dense(64, 'relu'), dense(32, 'relu'), dense(10, 'softmax')], 'cce', { type: 'sgd', lr: 0.8, momentum: 0.9 }, T(60, 32)) },
  { code: 'lr-too-high', slug: 'rmsprop-0.05-survey', stage: 'training', catches: ['lr-too-high', 'oscillating-loss'], fault: 'rmsprop lr 0.05 on the one-hot survey with a 64-unit layer',
    spec: spec('survey rmsprop 0.05', survey(), [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.05 }, T(80, 32)) },
  { code: 'lr-too-high', slug: 'adam-0.3-glyphs', stage: 'training', catches: ['lr-too-high', 'oscillating-loss', 'dead-relu'], fault: 'adam lr 0.3 on the glyph classifier',
    spec: spec('glyphs adam 0.3', glyphs(), [dense(48, 'relu'), dense(24, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.3 }, T(60, 32)) },
  // training: lr-too-low
  { code: 'lr-too-low', slug: 'sgd-0.0005-textures', stage: 'training', catches: ['lr-too-low', 'loss-plateau'], fault: 'plain sgd lr 0.0005 on textures for 150 epochs',
    spec: spec('textures slow', textures(), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.0005 }, T(150, 32)) },
  { code: 'lr-too-low', slug: 'adam-2e-6-digits', stage: 'training', catches: ['lr-too-low', 'loss-plateau'], fault: 'adam lr 2e-6 on digits, 80 epochs',
    spec: spec('digits adam 2e-6', digits(), [dense(64, 'relu'), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.000002 }, T(80, 32)) },
  // training: dead-relu
  { code: 'dead-relu', slug: 'negative-bias-wide', stage: 'probe', catches: ['dead-relu'], fault: 'bias -2 on a 64-unit relu layer over minmax pixels in [0,1]: most units never fire',
    spec: spec('digits neg bias', digits(), [dense(64, 'relu', { bias: -2 }), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, T(60, 32)) },
  { code: 'dead-relu', slug: 'raw-pixels-sgd-kill', stage: 'training', catches: ['dead-relu', 'lr-too-high'], fault: 'raw 0-255 pixels (normalize none) into relu with sgd lr 0.01: first updates push units dead',
    spec: spec('digits raw relu', digits('none'), [dense(64, 'relu'), dense(32, 'relu'), dense(10, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(40, 32)) },
  // training: vanishing-gradient
  { code: 'vanishing-gradient', slug: 'five-sigmoid-layers', stage: 'training', catches: ['vanishing-gradient', 'loss-plateau'], fault: 'five sigmoid hidden layers on digits with plain sgd',
    spec: spec('digits deep sigmoid', digits(), [dense(48, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(10, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(80, 32)) },
  { code: 'vanishing-gradient', slug: 'small-normal-sigmoid-survey', stage: 'training', catches: ['vanishing-gradient', 'init-scale', 'loss-plateau'], fault: 'four sigmoid layers with normal std 0.05 init on survey',
    spec: spec('survey deep small', survey(), [dense(32, 'sigmoid', { init: 'normal' }), dense(32, 'sigmoid', { init: 'normal' }), dense(16, 'sigmoid', { init: 'normal' }), dense(16, 'sigmoid', { init: 'normal' }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.5 }, T(80, 32)) },
  // training: exploding-gradient
  { code: 'exploding-gradient', slug: 'raw-tiles-regression', stage: 'training', catches: ['exploding-gradient', 'nan-loss', 'lr-too-high'], fault: 'raw 0-255 tile pixels (normalize none) into a relu regression with sgd lr 0.001 momentum 0.9',
    spec: spec('tiles raw sgd', tiles('none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, T(60, 16)) },
  { code: 'exploding-gradient', slug: 'deep-relu-big-init', stage: 'training', catches: ['exploding-gradient', 'init-scale', 'nan-loss'], fault: 'four relu layers with normal std 0.8 over 25 standardized inputs, sgd 0.01',
    spec: spec('tiles deep big init', tiles(), [dense(32, 'relu', { init: { name: 'normal', std: 0.8 } }), dense(32, 'relu', { init: { name: 'normal', std: 0.8 } }), dense(32, 'relu', { init: { name: 'normal', std: 0.8 } }), dense(16, 'relu', { init: { name: 'normal', std: 0.8 } }), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, T(40, 32)) },
  // training: saturated-activation
  { code: 'saturated-activation', slug: 'sigmoid-raw-pixels', stage: 'probe', catches: ['saturated-activation', 'vanishing-gradient'], fault: 'sigmoid hidden layer on raw 0-255 pixels (normalize none)',
    spec: spec('digits raw sigmoid', digits('none'), [dense(32, 'sigmoid'), dense(10, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, T(60, 32)) },
  { code: 'saturated-activation', slug: 'tanh-raw-age-tenure', stage: 'probe', catches: ['saturated-activation', 'vanishing-gradient'], fault: 'survey without normalization: age and tenure (up to 120) drive a tanh layer into saturation',
    spec: spec('survey raw tanh', survey('none'), [dense(32, 'tanh'), dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(80, 32)) },
  // training: loss-plateau
  { code: 'loss-plateau', slug: 'sigmoid-bottleneck-sgd', stage: 'training', catches: ['loss-plateau', 'vanishing-gradient', 'lr-too-low'], fault: 'a 2-unit sigmoid bottleneck between wide layers, plain sgd 0.02: loss stalls near the prior',
    spec: spec('glyphs bottleneck', glyphs(), [dense(48, 'sigmoid'), dense(2, 'sigmoid'), dense(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.02 }, T(120, 32)) },
  { code: 'loss-plateau', slug: 'relu-regression-neg-bias-out', stage: 'training', catches: ['loss-plateau', 'dead-relu'], fault: 'lux regression through a relu output layer with bias -5: output stuck at 0',
    spec: spec('tiles relu out', tiles(), [dense(24, 'relu'), dense(1, 'relu', { bias: -5 })], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32)) },
  // training: oscillating-loss
  { code: 'oscillating-loss', slug: 'batch1-sgd-momentum', stage: 'training', catches: ['oscillating-loss', 'lr-too-high'], fault: 'batch size 1 with sgd lr 0.02 momentum 0.9 on textures (tanh hidden layer)',
    spec: spec('textures batch1', textures(), [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(40, 1)) },
  { code: 'oscillating-loss', slug: 'rmsprop-0.02-tiles', stage: 'training', catches: ['oscillating-loss', 'lr-too-high'], fault: 'rmsprop lr 0.02 on the tile regression, batch 8',
    spec: spec('tiles rmsprop 0.02', tiles(), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.02 }, T(80, 8)) },
  // training: nan-loss
  { code: 'nan-loss', slug: 'raw-tiles-sgd-0.05', stage: 'training', catches: ['nan-loss', 'exploding-gradient', 'lr-too-high'], fault: 'raw 0-255 tile pixels with sgd lr 0.05: loss overflows to NaN',
    spec: spec('tiles raw nan', tiles('none'), [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(40, 32)) },
  { code: 'nan-loss', slug: 'sgd-lr-2-momentum', stage: 'training', catches: ['nan-loss', 'lr-too-high', 'lr-out-of-range'], fault: 'sgd lr 2 momentum 0.9 on a linear-output regression of standardized tiles',
    spec: spec('tiles sgd 2', tiles(), [dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 2, momentum: 0.9 }, T(40, 32)) },
];

export { faults, dense, csv, spec, survey, glyphs, digits, tiles, textures, T };
export type { Fault, Healthy, Json };
