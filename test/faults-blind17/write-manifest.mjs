// Writes manifest.json from the fault descriptions below and the measured lines of observed.txt /
// observed-healthy.txt (test/faults/observe.ts --summary): node test/faults-blind17/write-manifest.mjs
import fs from 'fs';
import path from 'path';
const here = path.dirname(new URL(import.meta.url).pathname);
const F = {
  'invalid-spec.activation-gelu': ['activation "gelu" (a PyTorch/Keras activation) that the engine does not offer', 'static', ['invalid-spec']],
  'invalid-spec.loss-mae': ['loss "mae" for a regression, not one of mse/bce/cce', 'static', ['invalid-spec']],
  'invalid-spec.dropout-rate-one': ['dropout rate 1 (drops every unit)', 'static', ['invalid-spec']],
  'invalid-spec.epochs-as-string': ['training.epochs written as the string "200"', 'static', ['invalid-spec']],
  'data-error.na-cell-in-export': ['spreadsheet export with "#N/A" in one income cell', 'static', ['data-error']],
  'data-error.ragged-logger-row': ['logger CSV with one row missing its last cell', 'static', ['data-error']],
  'data-error.target-column-typo': ['target column "strenght" (typo of "strength")', 'static', ['data-error']],
  'data-error.inline-y-short': ['inline table with 8 x rows but 7 y values', 'static', ['data-error']],
  'shape-mismatch.iris-two-outputs': ['iris (3 classes) with a 2-unit softmax output', 'static', ['shape-mismatch']],
  'shape-mismatch.gestures-four-outputs': ['3-class gestures with a 4-unit softmax output', 'static', ['shape-mismatch']],
  'shape-mismatch.two-targets-one-output': ['two regression target columns (strength, slag) but a 1-unit output', 'static', ['shape-mismatch']],
  'loss-activation-mismatch.cce-sigmoid-outputs': ['cce on 4 independent sigmoid outputs instead of softmax: the loss goes to ~0 while accuracy stays at chance', 'static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.bce-tanh-output': ['bce on a tanh output (range -1..1, not a probability)', 'static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.regression-sigmoid-output': ['mse regression of strength (MPa, ~5-75) through a sigmoid output that cannot exceed 1: loss stays above the baseline', 'static', ['loss-activation-mismatch']],
  'init-symmetry.zeros-hidden': ['zeros init on the 16-unit tanh hidden layer: every hidden unit identical', 'static', ['init-symmetry']],
  'init-symmetry.constant-0p1-two-layers': ['constant 0.1 init on both relu hidden layers of a 3-class spirals net: units stay identical, loss stays near the prior', 'static', ['init-symmetry']],
  'init-scale.normal-std2-sigmoid-stack': ['normal std 2 init on a 3x32 sigmoid stack (fan-in 32): saturated units, first loss 3.7, val above the prior', 'static', ['init-scale', 'saturated-activation', 'vanishing-gradient']],
  'init-scale.uniform-tiny-deep-relu': ['uniform limit 0.001 init on a 3x32 relu net: the signal and gradients vanish, the loss never leaves the prior', 'static', ['init-scale', 'vanishing-gradient', 'loss-plateau']],
  'no-nonlinearity.linear-stack-circles': ['two linear 32-unit hidden layers on circles: the model is a linear classifier, stuck at the prior', 'static', ['no-nonlinearity', 'loss-plateau']],
  'no-nonlinearity.default-activation-concrete': ['layers with no activation (default linear) on nonlinear concrete data: linear-regression floor ~0.28 of the variance vs ~0.04 for a relu net', 'static', ['no-nonlinearity']],
  'lr-out-of-range.adam-lr-3': ['adam with lr 3', 'static', ['lr-out-of-range', 'lr-too-high', 'dead-relu']],
  'lr-out-of-range.sgd-lr-1e-7': ['sgd with lr 1e-7: the loss does not move', 'static', ['lr-out-of-range', 'lr-too-low', 'loss-plateau']],
  'lr-too-high.sgd-0p3-concrete': ['plain sgd 0.3 on an unscaled regression target (variance 180): the loss explodes to NaN in 4 epochs', 'probe', ['lr-too-high', 'exploding-gradient', 'nan-loss', 'lr-out-of-range']],
  'lr-too-high.adam-0p2-spirals': ['adam lr 0.2 on a 2x64 relu spirals net: first loss 6.2, >90% of relu units die, ends at the prior', 'probe', ['lr-too-high', 'dead-relu', 'lr-out-of-range', 'loss-plateau']],
  'lr-too-low.sgd-1e-4-moons': ['plain sgd 1e-4 on moons for 100 epochs: update ratios ~1e-5, loss 0.70 of the prior where a normal rate reaches ~0.02', 'probe', ['lr-too-low', 'loss-plateau', 'lr-out-of-range']],
  'lr-too-low.adam-1e-5-credit': ['adam 1e-5 for 80 epochs: the loss stays above the prior', 'probe', ['lr-too-low', 'loss-plateau', 'lr-out-of-range']],
  'dead-relu.negative-bias': ['relu layers with initial bias -3: 75% / 100% of units dead from the start, zero gradients', 'probe', ['dead-relu', 'loss-plateau', 'vanishing-gradient']],
  'dead-relu.raw-income-sgd': ['raw (unnormalized) credit features with sgd momentum 0.05: the first layer dies entirely', 'training', ['dead-relu', 'lr-too-high', 'loss-plateau', 'exploding-gradient']],
  'vanishing-gradient.deep-sigmoid-sgd': ['6 sigmoid hidden layers, plain sgd: first-layer gradients ~1e-5, loss at the prior', 'probe', ['vanishing-gradient', 'loss-plateau', 'saturated-activation']],
  'vanishing-gradient.deep-tanh-small-normal': ['5 tanh layers with normal std 0.01 init, sgd: gradients 1e-5 at the first layer, loss at the prior', 'probe', ['vanishing-gradient', 'init-scale', 'loss-plateau']],
  'exploding-gradient.deep-relu-normal1': ['3x64 relu with normal std 1 init on an mse regression: gradient norms 1e5 -> 1e14 -> inf in 3 steps, NaN', 'probe', ['exploding-gradient', 'init-scale', 'nan-loss', 'lr-too-high']],
  'exploding-gradient.raw-concrete-deep-relu': ['raw concrete features (hundreds of kg/m3) into a 3x32 relu net, sgd 1e-5: gradients 1e5 -> 1e12 -> inf, NaN at step 5', 'probe', ['exploding-gradient', 'nan-loss', 'lr-too-high']],
  'saturated-activation.tanh-raw-credit': ['tanh layer fed raw credit features (income ~58, age ~42): ~90% of units saturated, loss 0.86 of the prior', 'probe', ['saturated-activation', 'vanishing-gradient', 'loss-plateau']],
  'saturated-activation.sigmoid-big-bias': ['sigmoid hidden layers with initial bias 6 on xor: first layer 100% saturated, loss at the prior', 'probe', ['saturated-activation', 'vanishing-gradient', 'loss-plateau']],
  'loss-plateau.spirals-two-units': ['3-class spirals with a 2-unit relu hidden layer: the loss flattens at 0.89 of the prior', 'training', ['loss-plateau']],
  'loss-plateau.xor-sgd-tanh-one-hidden-unit': ['xor through a single tanh hidden unit: the loss flattens at 0.74 of the prior', 'training', ['loss-plateau', 'saturated-activation']],
  'oscillating-loss.sgd-momentum-0p99': ['sgd 0.03 with momentum 0.99 on sine: loss swings 0.03..0.57 then 1.74 at the end', 'training', ['oscillating-loss', 'lr-too-high']],
  'oscillating-loss.rmsprop-0p05-sine-batch8': ['rmsprop 0.05 with batch size 8: the epoch loss keeps swinging between 0.03 and 0.15', 'training', ['oscillating-loss', 'lr-too-high']],
  'oscillating-loss.batch1-adam-0p02': ['adam 0.02 with batch size 1: the validation loss swings 0.44..1.48 while the training loss wobbles, units die', 'training', ['oscillating-loss', 'lr-too-high', 'dead-relu']],
  'nan-loss.sgd-lr1-raw-target': ['plain sgd lr 1 on an unscaled regression target: NaN at epoch 3', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient', 'lr-out-of-range']],
  'nan-loss.sgd-0p5-momentum-deep-relu-sine': ['sgd 0.5 momentum 0.9 on a 3x64 relu regression: loss 2.4 -> 6e6 -> 2e35 -> NaN at step 4', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient', 'lr-out-of-range']],
};
const observed = (file) => {
  const text = fs.readFileSync(path.join(here, file), 'utf8').split('\n');
  return (slug) => {
    const line = text.find((l) => l.trim().startsWith(slug + ':') || l.trim().startsWith(slug + '.nn.json'));
    if (!line) throw new Error(`no observation for ${slug}`);
    return line.trim();
  };
};
const of = observed('observed.txt'), oh = observed('observed-healthy.txt');
const faultFiles = fs.readdirSync(path.join(here, 'faulty')).sort();
const faults = faultFiles.map((f) => {
  const slug = f.replace(/\.nn\.json$/, '');
  const d = F[slug];
  if (!d) throw new Error(`no description for ${slug}`);
  return { file: `faulty/${f}`, code: slug.split('.')[0], fault: `${d[0]} (observe: ${of(slug)})`, stage: d[1], catches: d[2] };
});
const healthy = fs.readdirSync(path.join(here, 'healthy')).sort().map((f) => {
  const slug = f.replace(/\.nn\.json$/, '');
  const spec = JSON.parse(fs.readFileSync(path.join(here, 'healthy', f), 'utf8'));
  const data = spec.data.builtin ?? (spec.data.csv ? path.basename(spec.data.csv) : 'inline');
  const layers = spec.layers.map((l) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? '+bn' : ''}`)).join(', ');
  const o = spec.optimizer;
  const extras = [o.momentum ? `momentum ${o.momentum}` : '', o.nesterov ? 'nesterov' : '', o.weightDecay ? `wd ${o.weightDecay}` : '', o.clipNorm ? `clip ${o.clipNorm}` : ''].filter(Boolean).join(' ');
  const covers = `${data} normalize ${spec.data.normalize ?? 'none'}; ${layers}; ${spec.loss}, ${o.type} ${o.lr}${extras ? ' ' + extras : ''}; epochs ${spec.training.epochs} batch ${spec.training.batchSize} val ${spec.training.validationSplit}`;
  return { file: `healthy/${f}`, covers: `${covers} (observe: ${oh(slug)})` };
});
const about = fs.readFileSync(path.join(here, 'about.txt'), 'utf8').trim();
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 1) + '\n');
console.log(faults.length, 'faults', healthy.length, 'healthy');
