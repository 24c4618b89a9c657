/**
 * Writes manifest.json from the fault descriptions below and the bare-engine evidence in observed.txt and
 * observed-healthy.txt (test/faults/observe.ts --summary): `npx tsx test/faults-blind21/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

type Stage = 'static' | 'probe' | 'training';
const F: Record<string, [string, Stage, string[]]> = {
  'invalid-spec.loss-keras-name': ['loss "categorical_crossentropy" (the Keras name) on the activity classifier', 'static', []],
  'invalid-spec.learning-rate-key': ['optimizer written { "type": "adam", "learning_rate": 0.01 } as in Keras, so the key is unknown', 'static', []],
  'invalid-spec.activation-capitalised': ['activation "ReLU" (the PyTorch class name) instead of "relu"', 'static', []],
  'data-error.na-in-export': ['the historian export has "n/a" for a dropped peak_hz reading on one row (line 139)', 'static', []],
  'data-error.target-column-typo': ['target "kWh" while the CSV header says "kwh"', 'static', []],
  'data-error.feature-not-in-file': ['features list names "step_freq" while the column is "step_hz"', 'static', []],
  'shape-mismatch.two-outputs-three-activities': ['2 softmax outputs for the 3 activities (sit/walk/run)', 'static', []],
  'shape-mismatch.regression-head-from-classifier': ['4-unit output head kept from a classification tutorial on a single kWh target', 'static', []],
  'loss-activation-mismatch.cce-with-sigmoid-head': ['cce over a 3-unit sigmoid head: the loss reaches ~0 while accuracy stays at chance', 'static', ['saturated-activation']],
  'loss-activation-mismatch.bce-with-relu-head': ['bce on a relu output unit: the "probability" is unbounded and 0 at half the inputs', 'static', []],
  'loss-activation-mismatch.kwh-through-sigmoid': ['mse regression of kWh (5-60) through a sigmoid output capped at 1', 'static', ['saturated-activation', 'loss-plateau']],
  'loss-activation-mismatch.softmax-single-unit-bce': ['a 1-unit softmax output with bce (copied "softmax" from a multi-class net): the output is always 1, nothing learns', 'static', ['loss-plateau']],
  'init-symmetry.zeros-hidden-tanh': ['init "zeros" on both layers (as in a logistic-regression tutorial): the tanh layer never gets a gradient', 'static', ['loss-plateau', 'vanishing-gradient']],
  'init-symmetry.constant-relu-energy': ['every layer initialised to constant 0.1: all units of a layer stay identical, so the 32+16-unit net is one unit wide (subtle: it still fits about as well as linear regression)', 'static', []],
  'init-scale.normal-std-one-tanh': ['normal std 1.0 on 64-unit tanh layers (fan-in 64 makes pre-activations ~8): the second layer saturates', 'static', ['saturated-activation']],
  'init-scale.tiny-normal-deep-relu': ['normal std 0.001 throughout a 4-layer relu net: signals and gradients vanish, stuck at the prior', 'static', ['vanishing-gradient', 'loss-plateau']],
  'init-scale.uniform-limit-two-relu': ['uniform limit 2 on 64-unit relu layers: activations blow up and the loss is NaN by step 5', 'static', ['exploding-gradient', 'nan-loss']],
  'no-nonlinearity.linear-stack-u-shaped-fault': ['hidden layers left "linear"; the fault depends on temperature U-shaped, so it stays a logistic regression', 'static', []],
  'no-nonlinearity.activation-forgotten-circles': ['two hidden layers with no activation on circles: stuck at the prior', 'static', ['loss-plateau']],
  'lr-out-of-range.adam-lr-five': ['adam lr 5 (meant 5e-3)', 'static', ['lr-too-high', 'dead-relu', 'loss-plateau']],
  'lr-out-of-range.sgd-lr-1e-7': ['sgd lr 1e-7 on the energy regression: nothing moves in 100 epochs', 'static', ['lr-too-low', 'loss-plateau']],
  'lr-too-high.adam-point-three-activity': ['adam lr 0.3: the loss jumps (3.93 then 1.35 after 0.66) and climbs back from 0.35 to 0.66 while relu units die', 'probe', ['dead-relu', 'oscillating-loss', 'lr-out-of-range']],
  'lr-too-high.sgd-two-activity': ['sgd lr 2 on a relu classifier: first loss 272, then the second layer dies and it ends at the prior', 'probe', ['dead-relu', 'loss-plateau', 'exploding-gradient', 'lr-out-of-range']],
  'lr-too-low.sgd-tiny-exam': ['plain sgd lr 0.0005 for 60 epochs on the small exam table: still above the prior', 'probe', ['loss-plateau', 'lr-out-of-range']],
  'lr-too-low.adam-1e-5-activity': ['adam lr 1e-5: 60 epochs leave the loss above the prior', 'probe', ['loss-plateau', 'lr-out-of-range']],
  'dead-relu.negative-bias-init': ['bias -4 on both relu layers: the second layer is dead from the start and never recovers', 'probe', ['loss-plateau', 'init-scale']],
  'dead-relu.raw-units-big-adam': ['raw units (area in m²) with adam 0.1: 94% of the second relu layer dies (subtle: the loss is still fine)', 'training', ['lr-too-high']],
  'vanishing-gradient.five-sigmoid-layers-sgd': ['five sigmoid layers with plain sgd: first-layer gradient ~1e-3 of the last, stuck at the prior', 'probe', ['loss-plateau', 'saturated-activation']],
  'vanishing-gradient.deep-tanh-small-normal': ['four tanh layers with normal std 0.02 and plain sgd: first-layer gradient ~0.003 vs ~1 at the top, stuck at the prior', 'probe', ['loss-plateau', 'init-scale']],
  'exploding-gradient.raw-area-sgd': ['raw features (area 35-260 m²) with sgd 0.001: step-2 gradient 2.8e7, then the relu layer is dead for good', 'probe', ['dead-relu', 'nan-loss', 'lr-too-high', 'loss-plateau']],
  'exploding-gradient.millivolt-lags-deep': ['raw millivolt lags into a 3-layer relu net with sgd+momentum: gradients 1e3 → 1e35 in three steps, NaN at step 4', 'probe', ['nan-loss', 'lr-too-high']],
  'saturated-activation.tanh-on-raw-hz': ['tanh on raw peak_hz (15-450) and temperature: 99% of the first layer saturated, ends at the prior', 'probe', ['loss-plateau']],
  'saturated-activation.sigmoid-hidden-raw-gyro': ['sigmoid hidden layer on raw gyro_std (deg/s, up to ~250): 70-100% saturated (subtle: it still reaches 0.29 of the prior)', 'training', []],
  'loss-plateau.weight-decay-half': ['weightDecay 0.5 (meant 5e-4) with rmsprop: the weights are pinned near 0 and the loss sits at the prior', 'training', []],
  'loss-plateau.wrong-feature-picked': ['features ["peak_hz"] only, a column with no signal: stuck at the prior (nothing in the net to fix)', 'training', []],
  'oscillating-loss.momentum-099-batch-8': ['sgd momentum 0.99 with batch 8: the loss swings between ~176 and ~540 for 80 epochs (a healthy net reaches ~110)', 'training', ['lr-too-high', 'saturated-activation']],
  'oscillating-loss.batch-one-adam-05': ['batch size 1 with adam 0.05 on 90 noisy rows: the epoch loss goes up in many epochs by up to 0.06 (mild)', 'training', ['lr-too-high', 'dead-relu']],
  'nan-loss.energy-sgd-half-copied': ['sgd lr 0.5 copied from a classification tutorial onto a kWh regression: loss 544 → 7e5 → 2e16 → Infinity at step 5', 'probe', ['lr-too-high', 'exploding-gradient', 'lr-out-of-range']],
  'nan-loss.millivolt-targets-sgd-momentum': ['features standardised but targets left in mV (±85) with sgd 0.05 momentum 0.9: Infinity at step 6', 'probe', ['lr-too-high', 'exploding-gradient']],
};
const H: Record<string, string> = {};

function evidence(file: string, name: string): string {
  const line = fs.readFileSync(path.join(__dirname, file), 'utf8').split('\n').find((l) => l.includes(name + ':') || l.includes(name + '.nn.json'));
  if (!line) throw new Error(`no observation for ${name} in ${file}`);
  return line.trim();
}

const faults = Object.entries(F).map(([name, [text, stage, more]]) => {
  const code = name.split('.')[0];
  return { file: `faulty/${name}.nn.json`, code, fault: `${text} (observe: ${evidence('observed.txt', name)})`, stage, catches: [code, ...more] };
});
for (const file of fs.readdirSync(path.join(__dirname, 'faulty'))) if (!F[file.replace('.nn.json', '')]) throw new Error(`no entry for ${file}`);
const healthy = fs.readdirSync(path.join(__dirname, 'healthy')).sort().map((file) => {
  const name = file.replace('.nn.json', '');
  const spec = JSON.parse(fs.readFileSync(path.join(__dirname, 'healthy', file), 'utf8'));
  const layers = spec.layers.map((l: { type: string; units?: number; activation?: string; rate?: number; batchNorm?: boolean }) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation}${l.batchNorm ? '+bn' : ''}`)).join(', ');
  const o = spec.optimizer;
  const opt = `${o.type} ${o.lr}${o.momentum ? ` m${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` wd ${o.weightDecay}` : ''}${o.clipNorm ? ` clip ${o.clipNorm}` : ''}`;
  const data = spec.data.builtin ?? spec.data.csv?.replace('../data/', '') ?? 'inline';
  const tr = spec.training;
  return { file: `healthy/${file}`, covers: `${H[name] ?? data} ${spec.data.normalize ?? 'none'}; ${layers}; ${spec.loss}; ${opt}; batch ${tr.batchSize}, ${tr.epochs} epochs${tr.validationSplit ? `, val ${tr.validationSplit}` : ''} (observe: ${evidence('observed-healthy.txt', name)})` };
});
const about = fs.readFileSync(path.join(__dirname, 'about.txt'), 'utf8').trim();
fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 1) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
