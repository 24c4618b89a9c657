/**
 * Writes manifest.json from the descriptions below and the bare-engine observations in
 * observed.txt / observed-healthy.txt: `npx tsx test/faults-blind30/write-manifest.ts`.
 * For multi-label bce specs observe.ts's "base" is the target variance, so the no-skill bce
 * (mean binary entropy of each column's positive rate) is computed here from the CSV and added.
 */
import * as fs from 'fs';
import * as path from 'path';

const here = __dirname;
type Stage = 'static' | 'probe' | 'training';
const F = (fault: string, stage: Stage, catches: string[]) => ({ fault, stage, catches });

const faults: Record<string, ReturnType<typeof F>> = {
  'invalid-spec.loss-keras-name': F('loss written "binary_crossentropy" (Keras name) instead of "bce"', 'static', ['invalid-spec']),
  'invalid-spec.dropout-as-percent': F('dropout rate written 30 (meant 30%) instead of 0.3', 'static', ['invalid-spec']),
  'invalid-spec.epochs-quoted': F('epochs written as the string "200" (copied from a config/env file)', 'static', ['invalid-spec']),
  'data-error.csv-name-case': F('CSV path "../data/Clinic.csv" with a capital C; the file is clinic.csv (works on a case-insensitive laptop, not here)', 'static', ['data-error']),
  'data-error.na-in-export': F('the export clinic-na.csv has "NA" typed into bmi on 4 rows', 'static', ['data-error']),
  'data-error.target-capitalised': F('target "Fault_Seal" but the header says fault_seal', 'static', ['data-error']),
  'shape-mismatch.multilabel-one-output': F('three 0/1 target columns (diabetes, hypertension, cardiac) but a 1-unit sigmoid output', 'static', ['shape-mismatch']),
  'shape-mismatch.softmax-three-on-binary': F('binary alarm target with a 3-unit softmax output and cce (copied from a 3-class model)', 'static', ['shape-mismatch']),
  'loss-activation-mismatch.bce-linear-output': F('bce with a linear output layer (sigmoid forgotten); the engine applies bce to raw outputs', 'static', ['loss-activation-mismatch']),
  'loss-activation-mismatch.multilabel-softmax': F('multi-label flags (3 independent 0/1 columns) with a softmax output under bce: the flags cannot all be 1', 'static', ['loss-activation-mismatch']),
  'init-symmetry.zeros-hidden': F('hidden tanh layer of 16 initialised with zeros: all units stay identical', 'static', ['init-symmetry']),
  'init-symmetry.zeros-relu-sensors': F('both ReLU hidden layers initialised with zeros: every hidden output and gradient is 0, only the output bias learns', 'static', ['init-symmetry', 'dead-relu']),
  'init-scale.normal-std-one-wide': F('normal std 1.5 on ReLU layers of 128 and 64 units (fan-in 128 wants ~0.125): huge first loss, saturated output', 'static', ['init-scale']),
  'init-scale.uniform-tiny-deep': F('uniform limit 0.005 on three tanh layers of 32: signal and gradient shrink through depth, the net stays at chance', 'static', ['init-scale', 'vanishing-gradient']),
  'no-nonlinearity.linear-hidden-circles': F('two hidden layers left linear on circles: the model is linear and stays at chance', 'static', ['no-nonlinearity']),
  'no-nonlinearity.activation-forgotten-xor': F('hidden layer with he_normal init but activation left out (linear) on xor', 'static', ['no-nonlinearity']),
  'lr-out-of-range.adam-half': F('Adam lr 0.5 on the clinic data: the first ReLU layer dies, loss ends above the prior', 'static', ['lr-out-of-range', 'lr-too-high']),
  'lr-out-of-range.sgd-three': F('SGD lr 3 with momentum 0.9 on moons: tanh layer saturates, loss bounces (min 0.097, last 0.31)', 'static', ['lr-out-of-range', 'lr-too-high']),
  'lr-too-high.adam-raw-sensors': F('Adam lr 0.05 on unnormalised sensors (pressure ~1013): first epoch loss 150, ReLUs die, stuck at the prior', 'probe', ['lr-too-high', 'dead-relu', 'exploding-gradient']),
  'lr-too-high.sgd-momentum-moons': F('SGD lr 0.8 momentum 0.9 batch 16 on moons: best loss is epoch 1, then it rises to chance and ReLUs die', 'training', ['lr-too-high', 'dead-relu', 'oscillating-loss']),
  'lr-too-low.sgd-clinic': F('plain SGD lr 0.0002 for 120 epochs: loss creeps 0.650 to 0.566, never reaches the prior 0.504', 'probe', ['lr-too-low']),
  'lr-too-low.adam-multilabel': F('Adam lr 2e-5 on two rare fault flags: loss creeps 0.580 to 0.493, far above the no-skill bce', 'probe', ['lr-too-low']),
  'dead-relu.negative-bias': F('ReLU layers with bias -3 (meant to "sparsify"): second layer 100% dead, loss stuck at the prior', 'probe', ['dead-relu']),
  'dead-relu.raw-pressure-sgd': F('raw pressure (~1013) into ReLUs with SGD 0.01: first update kills every hidden unit', 'probe', ['dead-relu', 'lr-too-high', 'exploding-gradient']),
  'vanishing-gradient.deep-sigmoid-sgd': F('five sigmoid hidden layers of 16 with plain SGD: first-layer gradient ~1e-4, loss at chance', 'probe', ['vanishing-gradient']),
  'vanishing-gradient.sigmoid-stack-sensors': F('four sigmoid hidden layers of 32 on sensors with SGD 0.02: first-layer gradient <= 0.005, loss at the prior', 'probe', ['vanishing-gradient']),
  'exploding-gradient.current-from-raw-pressure': F('regressing current on unnormalised pressure (~1013) with SGD 0.01 momentum: gradient norm 2.6e5 then 2e16 in two steps, loss 1e19, then dead ReLUs', 'probe', ['exploding-gradient', 'lr-too-high', 'nan-loss']),
  'exploding-gradient.raw-sbp-target-sgd': F('regressing raw systolic pressure (~130, target not scaled) with tanh and SGD 0.005 momentum 0.9: output gradient norms 264-788, loss swings 273-6309 in the first steps, tanh layers saturate, ends at the mean', 'probe', ['exploding-gradient', 'lr-too-high', 'saturated-activation']),
  'saturated-activation.tanh-raw-vitals': F('tanh on unnormalised vitals (age, sbp, glucose in raw units): first layer 100% saturated, loss ~ prior', 'probe', ['saturated-activation']),
  'saturated-activation.sigmoid-bias-high': F('sigmoid hidden layers with bias 6: outputs pinned near 1 (96-100%), loss at the prior', 'probe', ['saturated-activation', 'vanishing-gradient']),
  'loss-plateau.one-unit-bottleneck': F('a 1-unit ReLU bottleneck between 24 units and 3 multi-label outputs: loss creeps to 0.262, 79% of the multi-label no-skill bce, where the same data without the bottleneck (healthy clinic-multilabel-adam) reaches 0.151', 'static', ['loss-plateau']),
  'loss-plateau.two-unit-spirals': F('two-class spirals with a single 2-unit tanh hidden layer: stalls at 0.64 (92% of chance), acc 0.57', 'training', ['loss-plateau']),
  'oscillating-loss.rmsprop-tiny-batch': F('RMSprop lr 0.05 with batch 4: epoch loss swings 0.17-0.60 to the end', 'training', ['oscillating-loss', 'lr-too-high']),
  'oscillating-loss.rmsprop-moons-batch8': F('RMSprop lr 0.08 with batch 8 on moons: epoch loss swings between 0.10 and 0.24 up and down for 100 epochs', 'training', ['oscillating-loss', 'lr-too-high']),
  'nan-loss.glucose-regression-raw-vitals': F('regressing raw glucose from unnormalised vitals with elu and SGD 1e-4 momentum: gradients 4e4, 4e7, 2e14, loss NaN at step 5', 'training', ['nan-loss', 'exploding-gradient']),
  'nan-loss.relu-regression-raw-target': F('regressing raw sbp from raw features with ReLU and SGD 0.01 momentum 0.9: loss NaN at step 4', 'training', ['nan-loss', 'exploding-gradient']),
};

const healthyCovers: Record<string, string> = JSON.parse(fs.readFileSync(path.join(here, 'healthy-covers.json'), 'utf8'));

function observations(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(here, file), 'utf8').split('\n')) {
    const name = line.trim().split(/[:\s]/)[0].replace(/\.nn\.json$/, '');
    if (name) map.set(name, line.trim());
  }
  return map;
}

/** Mean binary entropy of each 0/1 target column: the bce of predicting each column's rate. */
function noSkillBce(specFile: string): number | undefined {
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
  if (spec.loss !== 'bce' || !Array.isArray(spec.data.target)) return undefined;
  const [header, ...rows] = fs.readFileSync(path.resolve(path.dirname(specFile), spec.data.csv), 'utf8').trim().split('\n').map((l) => l.split(','));
  const entropy = (p: number) => (p <= 0 || p >= 1 ? 0 : -(p * Math.log(p) + (1 - p) * Math.log(1 - p)));
  const rates = (spec.data.target as string[]).map((c) => rows.reduce((s, r) => s + Number(r[header.indexOf(c)]), 0) / rows.length);
  return rates.reduce((s, p) => s + entropy(p), 0) / rates.length;
}

function evidence(folder: string, name: string, seen: Map<string, string>): string {
  const skill = noSkillBce(path.join(here, folder, `${name}.nn.json`));
  const extra = skill === undefined ? '' : `; multi-label no-skill bce ${skill.toFixed(4)}`;
  const line = seen.get(name);
  if (!line) throw new Error(`no observation for ${name}`);
  return ` (observe: ${line}${extra})`;
}

const faultSeen = observations('observed.txt'), healthySeen = observations('observed-healthy.txt');
const manifest = {
  about: fs.readFileSync(path.join(here, 'about.txt'), 'utf8').trim(),
  faults: Object.entries(faults).map(([name, f]) => ({ file: `faulty/${name}.nn.json`, code: name.split('.')[0], fault: f.fault + evidence('faulty', name, faultSeen), stage: f.stage, catches: f.catches })),
  healthy: Object.entries(healthyCovers).map(([name, covers]) => ({ file: `healthy/${name}.nn.json`, covers: covers + evidence('healthy', name, healthySeen) })),
};
for (const f of manifest.faults) if (!fs.existsSync(path.join(here, f.file))) throw new Error(`missing ${f.file}`);
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
