/**
 * Writes manifest.json from the fault descriptions below and the figures measured on the bare engine
 * (observed.txt, observed-healthy.txt, observed-curves.txt, observed-steps.txt):
 * `npx tsx test/faults-blind40/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

type Fault = [fault: string, stage: 'static' | 'probe' | 'training', catches: string[]];
const F: Record<string, Fault> = {
  'invalid-spec.keras-loss-name': ['loss written "categorical_crossentropy" (Keras name) on a 5-class sensors net', 'static', ['invalid-spec']],
  'invalid-spec.validation-percent': ['validationSplit 20 meant as 20 percent', 'static', ['invalid-spec']],
  'invalid-spec.optimizer-string': ['optimizer given as the string "adam" (Keras habit) instead of an object', 'static', ['invalid-spec']],
  'data-error.target-case': ['target "Is_Fraud" while the CSV header says "is_fraud"', 'static', ['data-error']],
  'data-error.na-reading': ['sensors-na.csv has an "n/a" vibration reading at line 138', 'static', ['data-error']],
  'data-error.row-not-one-hot': ['landcover-twohot.csv line 212 has three 1s among the one-hot class columns (a labelling slip)', 'static', ['data-error']],
  'shape-mismatch.forgot-a-class': ['5-class integer labels (0-4) but 4 softmax outputs (class count taken as the largest label)', 'static', ['shape-mismatch']],
  'shape-mismatch.onehot-five-outputs': ['4 one-hot class columns but 5 softmax outputs (an "other" class that the data does not have)', 'static', ['shape-mismatch']],
  'loss-activation-mismatch.sigmoid-cce': ['4 sigmoid outputs under cce: the loss is driven to ~0 by pushing every output to 1, accuracy stays at chance', 'static', ['loss-activation-mismatch', 'saturated-activation']],
  'loss-activation-mismatch.softmax-bce-single': ['a single softmax output under bce for rare-event detection: the output is always 1, the loss is constant and no gradient flows', 'static', ['loss-activation-mismatch', 'loss-plateau']],
  'init-symmetry.zeros-hidden': ['all layers initialised to zeros (tanh hidden): the hidden layers get no gradient and the net stays at the prior', 'static', ['init-symmetry', 'loss-plateau', 'vanishing-gradient']],
  'init-symmetry.constant-relu': ['hidden ReLU weights all constant 0.05: every unit of a layer stays identical, so 32+16 units act as one; the loss stalls well above what the healthy grades nets reach', 'static', ['init-symmetry', 'loss-plateau']],
  'init-scale.normal-std-one-tanh': ['normal std 1 on 128-wide tanh layers: pre-activations of std ~10, most second-layer units saturated, training loss memorises while validation is near the baseline', 'static', ['init-scale', 'saturated-activation']],
  'init-scale.tiny-normal-deep-relu': ['normal std 0.001 in a 4-layer ReLU net: the signal shrinks ~1000x per layer, first-layer gradients ~1e-7, the loss never leaves the prior', 'static', ['init-scale', 'vanishing-gradient', 'loss-plateau']],
  'no-nonlinearity.hidden-default-linear': ['hidden layers left without "activation" (default linear) on 3-class spirals: the whole net is linear', 'static', ['no-nonlinearity', 'loss-plateau']],
  'no-nonlinearity.linear-circles-bce': ['hidden layers written "linear" on circles: a linear classifier on a radial boundary stays at chance', 'static', ['no-nonlinearity', 'loss-plateau']],
  'lr-out-of-range.adam-lr-one': ['adam lr 1 (meant 1e-3): first loss 126, the loss ends at 0.72 of the prior with accuracy 0.48 and validation loss 39', 'static', ['lr-out-of-range', 'lr-too-high', 'dead-relu']],
  'lr-out-of-range.sgd-1e-7': ['sgd lr 1e-7: updates ~1e-7 of the weights, the loss does not move in 100 epochs', 'static', ['lr-out-of-range', 'lr-too-low', 'loss-plateau']],
  'lr-too-high.rmsprop-0.05': ['rmsprop lr 0.05 (50x the usual 1e-3) on a 128-64 net: training loss jumps between 0.1 and 0.6 epoch to epoch, validation far above the baseline', 'training', ['lr-too-high', 'oscillating-loss']],
  'lr-too-high.sgd-momentum-0.5': ['sgd lr 0.5 with momentum 0.9 (effective step 5): the second layer dies and the loss sits at the prior', 'training', ['lr-too-high', 'dead-relu', 'loss-plateau', 'lr-out-of-range']],
  'lr-too-high.adam-0.1-fraud': ['adam lr 0.1 on a rare-event (3% positive) net: half the second layer dies, the output saturates, training loss jumps and validation loss climbs from 0.15 to 0.57 (baseline 0.14)', 'training', ['lr-too-high', 'dead-relu', 'oscillating-loss', 'saturated-activation']],
  'lr-too-low.sgd-plain-1e-4': ['plain sgd lr 1e-4 (no momentum): after 60 epochs the loss is still above the prior', 'training', ['lr-too-low', 'loss-plateau']],
  'lr-too-low.adam-1e-5': ['adam lr 1e-5: after 80 epochs the loss is still above the prior', 'training', ['lr-too-low', 'loss-plateau']],
  'dead-relu.negative-bias': ['ReLU biases initialised to -3 on standardised inputs: most units start (and many stay) inactive, the loss stalls at 0.88 of the prior', 'static', ['dead-relu', 'loss-plateau']],
  'dead-relu.raw-scales-sgd': ['raw sensor scales (hours_run ~4e4) with sgd momentum: the first step blows the loss to ~3e10 and every ReLU unit is dead afterwards', 'probe', ['dead-relu', 'exploding-gradient', 'lr-too-high']],
  'dead-relu.raw-fraud-sgd-momentum': ['raw fraud features (account age in days, amounts in hundreds) with sgd lr 0.1 momentum 0.9: first loss ~1e13, then every ReLU unit dead and the loss at the prior', 'probe', ['dead-relu', 'exploding-gradient', 'lr-too-high']],
  'vanishing-gradient.deep-sigmoid': ['4 sigmoid hidden layers with plain sgd: first-layer gradient 0.003-0.006 vs 0.15-1.2 at the output, the loss never leaves the prior', 'training', ['vanishing-gradient', 'loss-plateau', 'saturated-activation']],
  'vanishing-gradient.deep-tanh-small-init': ['4 tanh hidden layers initialised normal std 0.02: gradients shrink 3-10x per layer (0.0014-0.0033 at the first vs 0.08-0.55 at the last hidden layer), the loss stays at the prior', 'training', ['vanishing-gradient', 'init-scale', 'loss-plateau']],
  'exploding-gradient.deep-relu-std-one': ['3x128 ReLU with normal std 1 init: first-step loss ~2000 and gradient norms in the hundreds; it memorises the training set while validation loss is ~50', 'probe', ['exploding-gradient', 'init-scale']],
  'exploding-gradient.regress-hours-raw': ['regressing hours_run (~4e4) from raw features with sgd momentum: gradient norms 1e8 to 1e26 in the first steps, the first layer dies, loss stays above the baseline', 'probe', ['exploding-gradient', 'lr-too-high', 'dead-relu']],
  'nan-loss.raw-hours-mse': ['regressing current_a from raw temp/pressure/rpm/hours with sgd lr 1e-3: loss 1e38 at step 2, Infinity at step 6, NaN within the first epoch', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
  'nan-loss.regress-rpm-unscaled-target': ['regressing raw rpm (~3000) with standardised features, sgd lr 0.01 momentum 0.9: loss 1e58 at step 4, NaN at step 5', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
  'saturated-activation.tanh-raw-scales': ['tanh hidden layers on raw fraud features (account age up to 3000): 99% of the first layer saturated at the end (100% at worst), loss stalls at 0.80 of the prior', 'training', ['saturated-activation', 'vanishing-gradient']],
  'saturated-activation.sigmoid-raw-sensors': ['sigmoid hidden layers on raw sensor scales: the first layer 100% saturated, its gradient ~1e-9, loss at the prior', 'training', ['saturated-activation', 'vanishing-gradient', 'loss-plateau']],
  'loss-plateau.bottleneck-two-relu': ['a 1-unit ReLU bottleneck before a 5-class softmax: the loss only creeps down (~0.002 per epoch late in the run) and ends at 0.65 of the prior with accuracy 0.61, while the healthy sensors nets reach 0.04-0.28 of it', 'training', ['loss-plateau']],
  'loss-plateau.heavy-dropout-small-net': ['dropout 0.8 after each 8-unit layer: the loss stays near the prior (0.94 of it) for 150 epochs', 'training', ['loss-plateau']],
  'oscillating-loss.batch-one-rmsprop': ['batch size 1 with rmsprop lr 0.01: the epoch loss jumps up and down (0.28-0.66), gradient norms reach 47 and validation loss ends at 2.4', 'training', ['oscillating-loss', 'lr-too-high']],
  'oscillating-loss.momentum-0.99': ['sgd lr 0.1 with momentum 0.99: loss falls to 0.98, swings up to 1.56 and ends at the prior with the second layer 100% dead', 'training', ['oscillating-loss', 'lr-too-high', 'dead-relu']],
};

const HEALTHY: Record<string, string> = {};
const read = (f: string) => fs.readFileSync(path.join(__dirname, f), 'utf8');
function summaries(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of read(file).split('\n')) {
    const m = /^\s*([\w.-]+?)(?:\.nn\.json)?[: ]/.exec(line);
    if (m && line.trim()) map.set(m[1], line.trim());
  }
  return map;
}
function curves(): Map<string, string> {
  const map = new Map<string, string>();
  let current = '';
  for (const line of read('observed-curves.txt').split('\n')) {
    const h = /^== .*\/([\w.-]+)\.nn\.json/.exec(line);
    if (h) current = h[1];
    else if (line.trim().startsWith('curve:')) map.set(current, line.trim().split(' ').slice(1).map(Number).filter((_, i, a) => i < 6 || i >= a.length - 8).join(' '));
  }
  return map;
}
function steps(): Map<string, string> {
  const map = new Map<string, string>();
  let current = '';
  for (const line of read('observed-steps.txt').split('\n')) {
    const h = /^== .*\/([\w.-]+)\.nn\.json/.exec(line);
    if (h) current = h[1];
    else if (/step/.test(line)) map.set(current, (map.get(current) ? map.get(current) + '; ' : '') + line.trim().replace(/^step\s+/, 'step ').split(' ').slice(0, 4).join(' '));
  }
  return map;
}

const faultObs = summaries('observed.txt'), healthyObs = summaries('observed-healthy.txt'), curve = curves(), step = steps();
const faults = Object.entries(F).map(([name, [fault, stage, catches]]) => {
  const extra = [curve.has(name) ? `curve (first 6 and last 8 epochs): ${curve.get(name)}` : '', step.has(name) ? `steps.ts: ${step.get(name)}` : ''].filter(Boolean).join('; ');
  if (!faultObs.has(name)) throw new Error(`no observation for ${name}`);
  return { file: `faulty/${name}.nn.json`, code: name.split('.')[0], fault: `${fault} (observe: ${faultObs.get(name)}${extra ? '; ' + extra : ''})`, stage, catches };
});
const healthy = fs.readdirSync(path.join(__dirname, 'healthy')).sort().map((file) => {
  const name = file.replace(/\.nn\.json$/, '');
  const spec = JSON.parse(read(`healthy/${file}`));
  const layers = spec.layers.map((l: { type: string; units?: number; activation?: string; rate?: number; batchNorm?: boolean }) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? '+bn' : ''}`)).join(', ');
  const data = spec.data.csv ? `${path.basename(spec.data.csv)} ${spec.data.normalize}` : spec.data.builtin ? `builtin ${spec.data.builtin}` : 'inline table';
  const o = spec.optimizer;
  const opt = `${o.type} ${o.lr}${o.momentum ? ` momentum ${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` weightDecay ${o.weightDecay}` : ''}${o.clipNorm ? ` clipNorm ${o.clipNorm}` : ''}`;
  if (!healthyObs.has(name)) throw new Error(`no observation for ${name}`);
  return { file: `healthy/${file}`, covers: `${HEALTHY[name] ?? ''}${data}, [${layers}], ${spec.loss}, ${opt}, batch ${spec.training.batchSize}, ${spec.training.epochs} epochs, validationSplit ${spec.training.validationSplit} (observe: ${healthyObs.get(name)})` };
});
const about = 'Fortieth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt, observed-healthy.txt); --curve for the lr-too-high, oscillating and plateau ones (observed-curves.txt), test/faults/steps.ts for the NaN and exploding ones (observed-steps.txt); no diagnosis code involved. Theme: multi-class and imbalanced classification as practitioners write it: sensors.csv (520 rows, 8 features whose scales differ by 1e6, 5 integer classes, 8% relabelled), landcover.csv (420 pixels, 6 bands, 4 one-hot class columns, 6% relabelled), fraud.csv (900 transactions, 7 features, ~3% positives, 1% flipped), grades.csv (360 students, 5 features, string classes A-D, 7% relabelled), two defective copies for the data errors, every builtin and two inline tables. Data by data/generate.ts, specs by author.ts, this manifest by write-manifest.ts. See README.md for how it was written and what was read.';
fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 1) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
