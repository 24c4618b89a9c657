// Writes manifest.json from the fault descriptions below plus the measured lines in observed.txt
// (test/faults/observe.ts --summary), observed-curves.txt and observed-steps.txt: `node test/faults-blind18/write-manifest.mjs`.
import fs from 'fs';
const dir = new URL('.', import.meta.url).pathname;
const observed = fs.readFileSync(`${dir}observed.txt`, 'utf8').split('\n');
const steps = fs.readFileSync(`${dir}observed-steps.txt`, 'utf8');
const curves = fs.readFileSync(`${dir}observed-curves.txt`, 'utf8');
const line = (name) => {
  const hit = observed.find((l) => l.startsWith(`${name}:`) || l.trim().startsWith(`${name}.nn.json`));
  if (!hit) throw new Error(`no observed line for ${name}`);
  return hit.trim();
};
const stepLine = (name, n) => {
  const block = steps.split('== ').find((b) => b.includes(`${name}.nn.json`));
  return block.split('\n').filter((l) => l.includes('step ')).slice(0, n).map((l) => l.trim().replace(/\s+/g, ' ')).join('; ');
};
const curve = (name, n) => {
  const block = curves.split('== ').find((b) => b.includes(`${name}.nn.json`));
  return block.split('curve: ')[1].trim().split(' ').slice(0, n).join(' ');
};
// [slug, stage, catches (besides own code), description, extra evidence kind]
const FAULTS = [
  ['invalid-spec.loss-keras-name', 'static', [], 'loss "binary_crossentropy" (the Keras name) instead of "bce"'],
  ['invalid-spec.activation-gelu', 'static', [], 'activation "gelu", which the engine does not offer'],
  ['invalid-spec.dropout-as-keep-prob', 'static', [], 'dropout rate 1.0 written as a keep probability (TF1 keep_prob habit): it would drop every unit'],
  ['data-error.na-cell-from-r', 'static', [], 'CSV exported from R with an "NA" in the glucose column (line 58)'],
  ['data-error.target-typo', 'static', [], 'target "diabetes" where the column is "diabetic"'],
  ['data-error.wrong-folder', 'static', [], 'CSV path written relative to the project root ("data/energy.csv") instead of the spec\'s folder'],
  ['shape-mismatch.one-output-two-targets', 'static', [], 'two regression targets (kwh, peak_kw) but a 1-unit output layer'],
  ['shape-mismatch.ten-digit-classes', 'static', [], '10-way softmax copied from an MNIST tutorial for a 3-class glyph data set'],
  ['shape-mismatch.one-output-per-lag', 'static', [], '8 output units (one per lag) for a one-step-ahead forecast with a single target column'],
  ['loss-activation-mismatch.softmax-single-unit-bce', 'static', ['shape-mismatch'], 'softmax over a single output unit with bce: the output is constantly 1, nothing can be learned'],
  ['loss-activation-mismatch.sigmoid-outputs-with-cce', 'static', [], 'three independent sigmoid outputs trained with cce (meant softmax): the loss goes to zero by pushing every sigmoid to 1 while accuracy stays at chance'],
  ['loss-activation-mismatch.sigmoid-output-on-raw-kwh', 'static', [], 'sigmoid output for a regression target in the hundreds of kWh: the output can never exceed 1'],
  ['init-symmetry.zeros-hidden', 'static', [], 'two tanh hidden layers initialised to zeros: no gradient reaches the hidden weights, only the output bias learns'],
  ['init-symmetry.constant-hidden-relu-circles', 'static', [], 'both relu hidden layers initialised to the constant 0.1: every unit stays identical, so the net acts as a 1-unit-wide network on circles'],
  ['init-scale.normal-std-two-deep-tanh', 'static', ['saturated-activation'], 'four 64-wide tanh layers with normal std 2 (about 16x Xavier): most tanh units saturated from the start, loss stays near the prior'],
  ['init-scale.tiny-uniform-deep-relu', 'static', ['vanishing-gradient', 'dead-relu'], 'three 64-wide relu layers with uniform limit 0.001: the signal vanishes, the hidden layers get no gradient and the loss stays at the target variance'],
  ['no-nonlinearity.linear-stack-energy', 'static', [], 'two 32-unit hidden layers left at the default linear activation on an energy data set whose load depends on |temp-20| and the hour of day: the stack is a linear regression (compare healthy energy-adam-2x32, the same net with relu: last/base 0.09)'],
  ['no-nonlinearity.linear-hidden-circles', 'static', [], 'linear hidden layers on concentric circles: stays at chance'],
  ['lr-out-of-range.lr-100', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 100 (meant 1e-2?)'],
  ['lr-out-of-range.lr-1e-9-typo', 'static', ['lr-too-low'], 'adam lr 1e-9 (a typo for 1e-3): nothing moves'],
  ['lr-too-high.adam-1-glyphs', 'probe', ['dead-relu'], 'adam with lr 1 on a relu net: the first epoch blows the loss up and kills every relu unit; ends at the prior'],
  ['lr-too-high.rmsprop-0.1-window', 'training', ['oscillating-loss'], 'rmsprop lr 0.1 on a small tanh forecaster: the loss jumps (spike to 10 in epoch 3) and keeps swinging 0.8-1.9 where lr 0.003 gives a smooth 0.59 (healthy window-tanh-adam)', 'curve'],
  ['lr-too-low.sgd-1e-4-lab', 'training', [], 'plain sgd lr 1e-4 on a small logistic net: 60 epochs and the loss is still above the prior'],
  ['lr-too-low.adam-2e-5-energy', 'training', [], 'adam lr 2e-5 on raw-kWh regression: the loss barely moves from 2.8e5 in 60 epochs'],
  ['dead-relu.negative-bias-init', 'probe', ['init-scale'], 'relu layers with bias -3 (copied from a sparse-activation trick): most units dead from the first step'],
  ['dead-relu.raw-kwh-target-first-step-blowup', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw kWh target with sgd lr 0.01: the first step blows the loss to 1.6e16 and leaves every relu unit dead; the loss then sits at 12x the variance'],
  ['exploding-gradient.deep-relu-normal-std-half', 'probe', ['init-scale', 'nan-loss', 'lr-too-high'], 'four 64-wide relu layers with normal std 0.5 (about 3x He): gradient norms ~7e3 at step 1, 1e10 at step 2, Infinity at step 3', 'steps'],
  ['exploding-gradient.raw-energy-targets-sgd', 'probe', ['nan-loss', 'lr-too-high'], 'raw (unnormalized) features and raw kWh targets with sgd momentum: gradient norms 1e5 then 1e14, NaN at step 4', 'steps'],
  ['saturated-activation.raw-lab-units-tanh', 'probe', [], 'lab values in natural units (glucose ~100 mg/dL, cholesterol ~200) fed unnormalized into tanh: 95% of the first layer saturated, loss stays at 0.74 of the prior'],
  ['saturated-activation.raw-pixels-sigmoid', 'probe', [], 'pixel values 0-255 fed unnormalized into a sigmoid layer: the first layer is fully saturated (gradient down to 3e-23); the output layer still learns from the saturated 0/1 pattern'],
  ['vanishing-gradient.six-sigmoid-layers', 'probe', ['saturated-activation'], 'five sigmoid hidden layers with plain sgd on moons: the first layer\'s gradient is ~1000x smaller than the last\'s, the loss never leaves the prior'],
  ['vanishing-gradient.five-sigmoid-hidden-lab', 'probe', ['saturated-activation'], 'five 32-wide sigmoid hidden layers on the lab data with sgd: first-layer gradient ~1e-4 vs ~0.9 at the output, loss stuck at the prior'],
  ['loss-plateau.l2-too-strong', 'training', [], 'weight decay 0.5 (meant 5e-4): the weights are pulled to zero and the loss returns to the prior'],
  ['loss-plateau.clipnorm-tiny-raw-target', 'training', ['lr-too-low'], 'clipNorm 1e-4 (meant 1.0): every step is clipped to nothing and the loss stays flat far above the target variance'],
  ['oscillating-loss.momentum-0.99-full-batch', 'training', ['lr-too-high'], 'full-batch sgd with momentum 0.99 on raw kWh targets: the loss swings between 1.5e4 and 3e5 for 150 epochs', 'curve'],
  ['oscillating-loss.iris-full-batch-sgd-lr4', 'training', ['lr-too-high'], 'full-batch sgd lr 4 on iris: the loss swings 0.3-4.4 for the first 20 epochs before settling (subtle: it ends well)', 'curve'],
  ['oscillating-loss.lab-sgd-nesterov-lr3', 'training', ['lr-too-high'], 'sgd nesterov lr 3 on the lab data: the loss jitters 0.54-0.80 and never settles, where healthy lab specs reach 0.30-0.46', 'curve'],
  ['nan-loss.raw-kwh-two-hidden-sgd', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw kWh target, two relu layers, sgd lr 0.002: Infinity by step 6', 'steps'],
  ['nan-loss.raw-lab-units-mse-momentum', 'probe', ['exploding-gradient', 'lr-too-high', 'saturated-activation'], 'unnormalized lab values, mse on a 0/1 label with a linear output, sgd momentum lr 0.05: NaN at step 4', 'steps'],
  ['nan-loss.window-raw-lags-linear-momentum', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw lag values (~10) through a linear 8-1 net, sgd momentum lr 1e-3: Infinity at step 6', 'steps'],
];
const faults = FAULTS.map(([slug, stage, extra, text, kind]) => {
  const code = slug.split('.')[0];
  let evidence = `observe: ${line(slug)}`;
  if (kind === 'steps') evidence += `; steps: ${stepLine(slug, 6)}`;
  if (kind === 'curve') evidence += `; curve (first 25 epochs): ${curve(slug, 25)}`;
  return { file: `faulty/${slug}.nn.json`, code, fault: `${text} (${evidence})`, stage, catches: [code, ...extra] };
});
const healthy = fs.readdirSync(`${dir}healthy`).sort().map((f) => {
  const s = JSON.parse(fs.readFileSync(`${dir}healthy/${f}`, 'utf8'));
  const data = s.data.builtin ? `builtin ${s.data.builtin}` : s.data.csv ? `csv ${s.data.csv.replace('../data/', '')} -> ${[s.data.target].flat().join('+')}` : 'inline';
  const layers = s.layers.map((l) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units}${l.activation === 'linear' ? '' : ' ' + l.activation}${l.batchNorm ? ' bn' : ''}`)).join(', ');
  const opt = s.optimizer, t = s.training;
  const desc = `${data}${s.data.normalize ? ` (${s.data.normalize})` : ''}; ${layers}; ${s.loss}; ${opt.type} ${opt.lr}${opt.momentum ? ` m${opt.momentum}` : ''}${opt.weightDecay ? ` wd ${opt.weightDecay}` : ''}${opt.clipNorm ? ` clip ${opt.clipNorm}` : ''}; batch ${t.batchSize}, ${t.epochs} epochs${t.validationSplit ? `, val ${t.validationSplit}` : ''}`;
  return { file: `healthy/${f}`, covers: `${desc} (observe: ${line(f.replace('.nn.json', ''))})` };
});
const about = fs.readFileSync(`${dir}about.txt`, 'utf8').trim();
fs.writeFileSync(`${dir}manifest.json`, JSON.stringify({ about, faults, healthy }, null, 2) + '\n');
console.log(faults.length, 'faults', healthy.length, 'healthy');
