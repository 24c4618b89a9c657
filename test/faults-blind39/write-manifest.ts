/**
 * Writes manifest.json from the specs, the fault descriptions below and the measured lines in
 * observed.txt / observed-healthy.txt (test/faults/observe.ts --summary; no diagnosis code involved):
 * `npx tsx test/faults-blind39/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

type Stage = 'static' | 'probe' | 'training';
const dir = __dirname;
const D: Record<string, [string, Stage, string[]]> = {
  'invalid-spec.keras-loss-name': ['loss written "binary_crossentropy" (the Keras name from the course notebook) instead of "bce"', 'static', []],
  'invalid-spec.momentum-one': ['SGD momentum set to 1.0 ("full momentum"): the velocity never decays', 'static', []],
  'invalid-spec.layer-type-capital': ['layer type written "Dense" (Keras class name) instead of "dense"', 'static', []],
  'data-error.target-misspelt': ['CSV target column written "pass" but the header says "passed"', 'static', []],
  'data-error.na-cells': ['exam-gaps.csv has an "NA" and an empty cell (missing survey answers) that were never cleaned', 'static', []],
  'data-error.inline-y-short': ['AND-gate truth table typed inline with 4 input rows but only 3 targets (last row forgotten)', 'static', []],
  'shape-mismatch.iris-two-outputs': ['iris (3 classes) with a 2-unit softmax output copied from a binary example', 'static', []],
  'shape-mismatch.sine-two-outputs': ['sine regression (1 target) with a 2-unit linear output', 'static', []],
  'shape-mismatch.blobs4-three-outputs': ['blobs with classes 4 but the softmax output left at 3 units from the 3-class exercise', 'static', []],
  'loss-activation-mismatch.bce-softmax-one-unit': ['binary bce with a 1-unit softmax output (softmax over one unit is always 1, nothing learns)', 'static', ['shape-mismatch']],
  'loss-activation-mismatch.cce-sigmoid-outputs': ['3-class spirals with cce but sigmoid output units instead of softmax: the loss goes to ~0 while accuracy stays at chance', 'static', []],
  'loss-activation-mismatch.bce-relu-output': ['bce with a relu output unit on xor: the output dies and the loss sits far above baseline', 'static', ['dead-relu']],
  'init-symmetry.zeros-everywhere': ['every layer initialised to zeros ("start from zero like linear regression"): tanh hidden units never leave zero', 'static', ['init-scale']],
  'init-symmetry.constant-hidden': ['hidden relu layers initialised to constant 0.1: all units stay identical so the net acts like one unit', 'static', []],
  'init-scale.normal-std-3-tanh': ['deep tanh net with normal std 3 init (copied "std 1-5" advice): huge first loss and saturated hidden layers', 'static', ['saturated-activation']],
  'init-scale.tiny-uniform-deep': ['3 tanh layers with uniform limit 0.001: signal and gradients vanish, loss stays at baseline', 'static', ['vanishing-gradient', 'loss-plateau']],
  'no-nonlinearity.xor-forgot-activation': ['hidden layers written without "activation" (default linear) on xor: the net is a linear classifier', 'static', []],
  'no-nonlinearity.circles-linear-hidden': ['circles with an explicitly linear hidden layer: cannot separate the rings', 'static', []],
  'lr-out-of-range.adam-lr-one': ['Adam with lr 1 (the SGD rate from the notes copied into Adam)', 'static', ['lr-too-high']],
  'lr-out-of-range.sgd-lr-50': ['SGD lr 50 (typo for 0.05) on iris', 'static', ['lr-too-high', 'saturated-activation']],
  'lr-out-of-range.rmsprop-1e-8': ['RMSprop lr 1e-8 (epsilon value typed into lr): nothing moves', 'static', ['lr-too-low', 'loss-plateau']],
  'lr-too-high.sgd-momentum-copied-rate': ['SGD lr 1.5 with momentum 0.9 (the plain-SGD rate kept after adding momentum) on moons', 'training', ['dead-relu', 'lr-out-of-range', 'oscillating-loss']],
  'lr-too-high.adam-0.2-spirals': ['Adam lr 0.2 on 3-class spirals: relus die and the loss returns to baseline', 'training', ['dead-relu', 'lr-out-of-range', 'loss-plateau']],
  'lr-too-high.rmsprop-0.1-houses': ['RMSprop lr 0.1 on houses regression: loss swings between epochs and most relus die', 'training', ['oscillating-loss', 'dead-relu', 'lr-out-of-range']],
  'lr-too-low.sgd-1e-4-xor': ['plain SGD lr 1e-4 on xor for 500 epochs: the loss barely moves', 'training', ['loss-plateau', 'lr-out-of-range']],
  'lr-too-low.adam-1e-5-moons': ['Adam lr 1e-5 on moons for 200 epochs: still far from fitted at the end', 'training', ['loss-plateau', 'lr-out-of-range']],
  'dead-relu.negative-bias': ['relu layers with bias -3 ("to make them sparse") on circles: every unit is dead from the start', 'probe', ['init-scale', 'loss-plateau']],
  'dead-relu.raw-exam-sgd': ['relu net on raw (unnormalized) exam scores with SGD+momentum: first loss in the thousands and all relus die', 'training', ['lr-too-high', 'loss-plateau', 'exploding-gradient']],
  'vanishing-gradient.five-sigmoid-layers': ['five sigmoid hidden layers (as in an old textbook figure) with SGD: first-layer gradients ~1e-4 and the loss stays at baseline', 'training', ['loss-plateau', 'saturated-activation']],
  'vanishing-gradient.sigmoid-stack-spirals': ['four sigmoid hidden layers on spirals with SGD+momentum: lower layers barely learn', 'training', ['loss-plateau', 'saturated-activation']],
  'exploding-gradient.deep-relu-std1': ['four relu layers of 32 with normal std 1 init on houses: gradients ~3e4 at step 1, 1e18 at step 2, then NaN', 'probe', ['init-scale', 'nan-loss', 'lr-too-high']],
  'exploding-gradient.poly-raw-powers': ['polynomial regression with raw x, x^2, x^3 features (x up to 6) and SGD lr 0.001: gradient grows ~12x per step until NaN', 'probe', ['nan-loss', 'lr-too-high', 'lr-out-of-range']],
  'saturated-activation.tanh-raw-exam': ['tanh hidden layer on unnormalized exam features (scores 0-100): almost every unit saturated', 'probe', ['init-scale']],
  'saturated-activation.sigmoid-raw-houses': ['sigmoid hidden layer on raw house sizes (40-220 m2): the whole layer saturates, fit stays poor', 'probe', ['init-scale', 'vanishing-gradient']],
  'loss-plateau.xor-two-sigmoid-units': ['xor with 2 sigmoid hidden units, full-batch SGD lr 0.1: the loss creeps along near baseline for 1000 epochs', 'training', ['lr-too-low', 'vanishing-gradient']],
  'loss-plateau.spirals-tiny-net': ['3-class spirals with a 3-unit tanh hidden layer: the loss flattens just below baseline', 'training', []],
  'oscillating-loss.moons-momentum-batch4': ['SGD lr 0.5 momentum 0.95 with batch 4 on moons: the epoch loss jumps between ~0.7 and ~9', 'training', ['lr-too-high', 'saturated-activation']],
  'oscillating-loss.sine-adam-batch1': ['Adam lr 0.05 with batch 1 on sine: the loss bounces between 0.13 and 0.35 and never settles', 'training', ['lr-too-high', 'saturated-activation']],
  'nan-loss.raw-house-prices': ['linear regression on house prices in euros (1e5-6e5) and raw features with SGD lr 0.01: the loss grows 1e5x per step to NaN', 'probe', ['exploding-gradient', 'lr-too-high', 'data-error']],
  'nan-loss.celsius-fahrenheit-sgd': ['Celsius-to-Fahrenheit inline table, raw inputs up to 100, SGD lr 0.01: diverges to NaN', 'probe', ['exploding-gradient', 'lr-too-high']],
};

const observed = (file: string) => new Map(fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const m = /^\s*([\w.\-]+?)(?:\.nn\.json)?[: ]/.exec(l);
  return [m ? m[1] : l, l.trim()] as [string, string];
}));
const faultObs = observed('observed.txt'), healthyObs = observed('observed-healthy.txt');

const faults = fs.readdirSync(path.join(dir, 'faulty')).sort().map((f) => {
  const slug = f.replace(/\.nn\.json$/, ''), code = slug.split('.')[0], d = D[slug];
  if (!d) throw new Error(`no description for ${slug}`);
  const obs = faultObs.get(slug);
  if (!obs) throw new Error(`no observation for ${slug}`);
  return { file: `faulty/${f}`, code, fault: `${d[0]} (observe: ${obs})`, stage: d[1], catches: [code, ...d[2]] };
});

function describe(spec: any): string {
  const data = spec.data.builtin ? `${spec.data.builtin}${spec.data.classes ? ` ${spec.data.classes} classes` : ''}` : spec.data.csv ? path.basename(spec.data.csv) : 'inline table';
  const layers = spec.layers.map((l: any) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? ' bn' : ''}`)).join(', ');
  const o = spec.optimizer, t = spec.training;
  const opt = `${o.type} ${o.lr}${o.momentum ? ` momentum ${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` wd ${o.weightDecay}` : ''}${o.clipNorm ? ` clip ${o.clipNorm}` : ''}`;
  return `${data} ${spec.data.normalize ?? 'none'}, [${layers}], ${spec.loss}, ${opt}, batch ${t.batchSize ?? 32}, ${t.epochs} epochs`;
}

const healthy = fs.readdirSync(path.join(dir, 'healthy')).sort().map((f) => {
  const slug = f.replace(/\.nn\.json$/, ''), obs = healthyObs.get(slug);
  if (!obs) throw new Error(`no observation for ${slug}`);
  const spec = JSON.parse(fs.readFileSync(path.join(dir, 'healthy', f), 'utf8'));
  return { file: `healthy/${f}`, covers: `${describe(spec)} (observe: ${obs})` };
});

const about = fs.readFileSync(path.join(dir, 'about.txt'), 'utf8').trim();
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 1) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
