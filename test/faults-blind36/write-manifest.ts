/** Writes manifest.json from the fault table below plus the measured lines in observed*.txt: `npx tsx test/faults-blind36/write-manifest.ts`. */
import * as fs from 'fs';
import * as path from 'path';

const DIR = __dirname;
const lines = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8').split('\n').filter((l) => l.trim());
const observed = [...lines('observed.txt'), ...lines('observed-healthy.txt')];
const curves = lines('observed-curves.txt');
const find = (rows: string[], name: string) => rows.find((l) => l.trim().startsWith(`${name}:`) || l.trim().startsWith(`${name}.nn.json`));
function evidence(name: string): string {
  const o = find(observed, name);
  if (!o) throw new Error(`no observation for ${name}`);
  const c = find(curves, name);
  return `observe: ${o.trim()}${c ? ` ; curve: ${c.trim()}` : ''}`;
}

type Row = [slug: string, stage: string, catches: string[], fault: string];
const FAULTS: Row[] = [
  ['invalid-spec.optimizer-adamw', 'static', [], 'optimizer type "adamw" (PyTorch habit), which the engine does not have'],
  ['invalid-spec.epochs-quoted', 'static', [], 'epochs written as the string "2000"'],
  ['invalid-spec.batch-size-zero', 'static', [], 'batchSize 0 (meant "full batch")'],
  ['invalid-spec.trailing-comma', 'static', [], 'hand-edited file with a trailing comma after the last layer'],
  ['data-error.csv-na-cells', 'static', [], 'beans-gaps.csv has an "NA" length and an empty width cell'],
  ['data-error.target-case', 'static', [], 'target "Tip" while the CSV header says "tip"'],
  ['data-error.semicolon-csv', 'static', [], 'CSV exported with ";" separators (European locale), so the header is one column'],
  ['data-error.inline-ragged', 'static', [], 'inline XOR table with one row missing its second feature'],
  ['shape-mismatch.cce-two-units-three-classes', 'static', [], 'kiln.csv has 3 glaze classes, softmax output has 2 units'],
  ['shape-mismatch.regression-three-outputs', 'static', [], 'one regression target, 3 linear output units (copied from a 3-class model)'],
  ['loss-activation-mismatch.cce-sigmoid-output', 'static', [], 'cce on a 3-unit sigmoid output instead of softmax: loss goes to ~0 while accuracy stays 0.333'],
  ['loss-activation-mismatch.bce-softmax-single', 'static', ['shape-mismatch'], 'bce on a single softmax unit, which always outputs 1: loss frozen at 8.06, zero gradients'],
  ['loss-activation-mismatch.mse-sigmoid-dollars', 'static', ['saturated-activation'], 'regression of tips in dollars (0.5-30) through a sigmoid output that cannot exceed 1'],
  ['init-symmetry.zeros-wide-tanh', 'static', ['init-scale'], 'all weights zero-initialised in a 128-unit tanh net: no gradient reaches the hidden layer, loss stays at baseline'],
  ['init-symmetry.constant-relu-stack', 'static', [], 'constant 0.05 init on two 64-unit relu layers: every unit identical, the net acts as 1 unit per layer (train loss 0.39, accuracy 0.86, where the healthy beans specs end at 0.22-0.31; the symmetry itself is not visible in the observe figures)'],
  ['init-scale.normal-std-4-tanh', 'static', ['saturated-activation'], 'normal std 4 on two 128-unit tanh layers: hidden layers saturated (0.63 and 0.95) with update ratios 4.6e-5 and 4e-6; only the output layer learns'],
  ['init-scale.tiny-normal-deep-relu', 'static', ['vanishing-gradient'], 'normal std 0.001 on 4 relu layers of 32: gradients ~1e-10, loss at baseline for 3000 epochs'],
  ['no-nonlinearity.linear-stack-xor', 'static', [], 'two 64-unit linear hidden layers on XOR: a linear model, loss stays at baseline'],
  ['no-nonlinearity.circles-wide-linear', 'static', [], 'two 256-unit linear layers on circles: cannot separate the rings'],
  ['no-nonlinearity.cubic-linear-hidden', 'static', [], 'linear hidden layers on a cubic regression: no better than the mean'],
  ['lr-out-of-range.adam-lr-8', 'static', ['lr-too-high'], 'adam lr 8 (meant 8e-3): update ratios ~1, half the relu units dead, moons only 0.825 accurate'],
  ['lr-out-of-range.sgd-lr-1e-7', 'static', ['lr-too-low'], 'sgd lr 1e-7: 5000 epochs and the loss moves by 1e-4'],
  ['lr-out-of-range.rmsprop-lr-5', 'static', ['lr-too-high'], 'rmsprop lr 5 (meant 5e-3?): loss 181x the baseline at the end, all hidden units dead'],
  ['lr-too-high.sgd-0.8-wide-sine', 'training', ['exploding-gradient', 'nan-loss', 'lr-out-of-range'], 'sgd 0.8 full batch on two 128-unit tanh layers: diverges to NaN by epoch 13'],
  ['lr-too-high.rmsprop-0.05-rents', 'training', ['oscillating-loss'], 'rmsprop 0.05 on raw-dollar rents: noisy loss stuck around 2-3e4 (the same net with adam 0.01 reaches 8e3), 200 rises in the second half'],
  ['lr-too-high.sgd-0.5-cubic-full-batch', 'training', ['exploding-gradient', 'nan-loss'], 'sgd 0.5 full batch on a 20-row cubic (sgd 0.12 on the same spec trained to 0.024 in a draft measured while writing): diverges from epoch ~40 to NaN at 65'],
  ['lr-too-high.sgd-momentum-sigmoid-wide-sine', 'training', ['saturated-activation', 'oscillating-loss'], 'sgd 0.1 momentum 0.9 batch 10 on 128 sigmoid units: first epoch loss 103, hidden layer saturated (1.00), loss ends at the baseline (0.02 trains to 0.011)'],
  ['lr-too-low.sgd-1e-4-beans', 'training', [], 'plain sgd 1e-4 full batch for 400 epochs: loss 0.89 of baseline'],
  ['lr-too-low.adam-2e-6-blobs', 'training', ['lr-out-of-range'], 'adam 2e-6 (meant 2e-3): loss barely moves in 500 epochs'],
  ['lr-too-low.rmsprop-1e-5-cubic', 'training', [], 'rmsprop 1e-5: after 600 epochs the loss is 0.91 of baseline'],
  ['dead-relu.negative-bias-wide', 'probe', ['init-scale'], 'bias -4 on two relu layers (meant to make them "sparse"): 94% and 100% dead from the start, no gradient'],
  ['dead-relu.cubic-batch1-momentum', 'training', ['lr-too-high'], 'sgd 0.005 momentum 0.9 batch 1 on 64x64 relu: a first-epoch blow-up kills 88% / 100% of the units; loss ends at the baseline'],
  ['vanishing-gradient.five-sigmoid-narrow', 'training', ['saturated-activation'], '5 sigmoid layers of 4 units on 4-bit parity: first-layer gradient 1e-7..1e-4, loss at baseline for 3000 epochs'],
  ['vanishing-gradient.deep-sigmoid-wide-xavier', 'training', [], '5 sigmoid layers of 64 with sgd on spirals: first-layer gradient ~2e-4, loss at baseline'],
  ['exploding-gradient.raw-rents-sgd', 'training', ['lr-too-high', 'nan-loss'], 'unnormalised rents (area ~750 sq ft, rent ~1600 $) with sgd 1e-4: first loss 1.2e18, hidden layer dies, ends at 1.2e4 x baseline'],
  ['exploding-gradient.deep-wide-std1-relu', 'probe', ['init-scale', 'nan-loss'], 'normal std 1 on 4 relu layers of 128: first loss 3e6, Infinity then NaN by epoch 3'],
  ['saturated-activation.sigmoid-raw-area', 'training', ['loss-plateau'], 'sigmoid hidden layers on unnormalised rents features: saturated 1.00, loss stuck at the baseline'],
  ['saturated-activation.tanh-bias-6', 'probe', ['init-scale', 'vanishing-gradient'], 'bias 6 on two tanh layers: saturated 1.00, hidden gradients 1e-10..1e-7, loss at the baseline'],
  ['loss-plateau.two-units-circles', 'training', [], 'a 2-unit relu net on circles: creeps down to 0.40 (57% of baseline, accuracy 0.83) and flattens (-4% over the last 1000 epochs); the healthy 8-tanh circles spec reaches 7e-4'],
  ['loss-plateau.heavy-dropout-tiny', 'training', [], 'dropout 0.9 after 4 tanh units on XOR: the loss hovers around the baseline for 2000 epochs'],
  ['loss-plateau.weight-decay-crushes', 'training', [], 'weightDecay 0.5 with adam: loss drops to 0.16 then settles at 0.256 (57% of baseline) for 1400 epochs'],
  ['oscillating-loss.batch1-momentum', 'training', ['lr-too-high'], 'sgd 0.3 momentum 0.95 batch 1 on 12 fruit rows: loss swings 0.45..1.7 (one spike to 916), 90 rises in the second half'],
  ['oscillating-loss.adam-0.05-wide-cubic', 'training', ['lr-too-high'], 'adam 0.05 on 128x128 relu for 20 rows: loss bounces 8e-4..9e-3, 216 rises >5% in the second half, 91% of layer 2 dead'],
  ['nan-loss.raw-rent-target-batch1', 'training', ['exploding-gradient', 'lr-too-high'], 'minmax features but raw rent target ($), sgd 0.05 momentum 0.9 batch 1: NaN in the first epoch'],
  ['nan-loss.raw-rents-sgd-wide', 'training', ['exploding-gradient', 'lr-too-high'], 'raw rents, 128x128 relu, sgd 0.01 full batch: gradients 9e28 then NaN at epoch 4'],
  ['nan-loss.inline-extreme-values', 'training', ['data-error', 'exploding-gradient'], 'one inline x value typed 3e8 (meant 0.3): NaN in the first epoch'],
];

function code(slug: string): string { return slug.split('.')[0]; }
const faults = FAULTS.map(([slug, stage, extra, fault]) => ({
  file: `faulty/${slug}.nn.json`, code: code(slug), fault: `${fault} (${evidence(slug)})`, stage, catches: [code(slug), ...extra],
}));
const healthyFiles = fs.readdirSync(path.join(DIR, 'healthy')).filter((f) => f.endsWith('.nn.json')).sort();
const healthy = healthyFiles.map((f) => {
  const spec = JSON.parse(fs.readFileSync(path.join(DIR, 'healthy', f), 'utf8'));
  const layers = spec.layers.map((l: { type: string; units?: number; activation?: string; rate?: number; batchNorm?: boolean }) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation}${l.batchNorm ? ' bn' : ''}`)).join(', ');
  const d = spec.data, src = d.builtin ? `${d.builtin}${d.samples ? ` ${d.samples}` : ''}` : d.csv ? path.basename(d.csv) : `inline ${d.inline.x.length} rows`;
  const o = spec.optimizer;
  const opt = `${o.type} ${o.lr}${o.momentum ? ` momentum ${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` wd ${o.weightDecay}` : ''}${o.clipNorm ? ` clip ${o.clipNorm}` : ''}`;
  const covers = `${src} ${d.normalize ?? 'none'}, [${layers}], ${spec.loss}, ${opt}, batch ${spec.training.batchSize}, ${spec.training.epochs} epochs`;
  return { file: `healthy/${f}`, covers: `${covers} (${evidence(f.replace('.nn.json', ''))})` };
});
const about = fs.readFileSync(path.join(DIR, 'about.txt'), 'utf8').trim();
fs.writeFileSync(path.join(DIR, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 1) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
