/**
 * Writes manifest.json from the fault descriptions below plus the bare-engine lines in observed.txt and
 * observed-healthy.txt (test/faults/observe.ts --summary): `npx tsx test/faults-blind29/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const here = __dirname;
const lines = (file: string) => fs.readFileSync(path.join(here, file), 'utf8').split('\n').filter((l) => l.trim());
const observed = [...lines('observed.txt'), ...lines('observed-healthy.txt')];
function evidence(slug: string): string {
  const hit = observed.find((l) => l.trim().startsWith(`${slug}:`) || l.trim().startsWith(`${slug}.nn.json`));
  if (!hit) throw new Error(`no observation for ${slug}`);
  return hit.trim();
}

type Fault = [slug: string, stage: string, catches: string[], what: string];
const F: Fault[] = [
  ['invalid-spec.loss-keras-name', 'static', [], 'loss written "binary_crossentropy" (Keras name) instead of "bce"'],
  ['invalid-spec.dropout-rate-one', 'static', [], 'dropout rate 1 (meant "drop a lot"), drops every unit'],
  ['invalid-spec.batch-size-zero', 'static', [], 'batchSize 0 written to mean "full batch"'],
  ['data-error.target-capitalised', 'static', [], 'CSV target written "Churned"; the header says "churned"'],
  ['data-error.csv-with-gaps', 'static', [], 'churn-gaps.csv export has NA and empty cells in support_calls/data_gb on 10 rows'],
  ['data-error.inline-ragged-row', 'static', [], 'inline x row 3 lost a value while pasting (1 feature instead of 2)'],
  ['shape-mismatch.beans-two-outputs', 'static', [], 'beans has 3 varieties but the softmax output has 2 units (copied from a two-class variant)'],
  ['shape-mismatch.rent-three-outputs', 'static', [], 'rent regression (1 target) ends in a 3-unit layer copied from the beans net'],
  ['loss-activation-mismatch.beans-sigmoid-cce', 'static', [], '3-class cce with a sigmoid output instead of softmax: the loss falls to ~0 while accuracy stays near chance'],
  ['loss-activation-mismatch.churn-linear-bce', 'static', [], 'bce on a linear output unit (sigmoid forgotten): first loss 4.0, far above the 0.69 baseline'],
  ['loss-activation-mismatch.rent-softmax-mse', 'static', [], 'regression output given softmax with 1 unit: the output is always 1, the loss never moves'],
  ['init-symmetry.churn-zeros-hidden', 'static', ['init-scale'], 'hidden tanh layers initialised to zeros: no gradient reaches them, loss stays at the baseline'],
  ['init-symmetry.moons-constant', 'static', ['init-scale'], 'relu layers initialised constant 0.1: every unit identical, the net fits like one unit (loss 0.46 of baseline where a proper moons net reaches ~0.1)'],
  ['init-scale.moons-relu-normal-std1', 'static', ['init-symmetry'], 'normal std 1 on 64-wide relu layers (~8x He): first loss 21 (30x baseline), gradients up to 18; it recovers later'],
  ['init-scale.rent-tiny-normal-deep', 'static', ['vanishing-gradient', 'init-symmetry'], 'normal std 0.001 on 4 relu layers: first-layer gradient <= 1.3e-4, units die, loss ends at the baseline'],
  ['no-nonlinearity.moons-forgot-activation', 'static', [], 'hidden layers without "activation" (default linear): a linear classifier on moons, loss 0.44 of baseline, acc 0.86'],
  ['no-nonlinearity.sine-linear-stack', 'static', [], 'three linear layers on sine: the best straight line, loss 0.40 of baseline'],
  ['lr-out-of-range.churn-adam-lr-2', 'static', ['lr-too-high'], 'adam lr 2 (meant 0.002): 94% of relu units dead, ends at baseline'],
  ['lr-out-of-range.beans-sgd-lr-1e-6', 'static', ['lr-too-low'], 'sgd lr 1e-6: update ratio <= 7e-6, loss does not move in 200 epochs'],
  ['lr-too-high.churn-adam-0.1', 'training', ['oscillating-loss', 'dead-relu'], 'adam 0.1 on churn: loss jumps between 0.30 and 0.43 from epoch 100 on, 75% of layer-2 relus dead (observed-curves.txt)'],
  ['lr-too-high.rent-rmsprop-0.05-minmax', 'training', ['oscillating-loss'], 'rmsprop 0.05: loss swings 6000..8700 every epoch, never settles (observed-curves.txt)'],
  ['lr-too-high.spirals-sgd-momentum', 'probe', ['oscillating-loss', 'saturated-activation', 'exploding-gradient'], 'sgd lr 1 momentum 0.9: loss rises from 1.15 to 20-70 and stays there, tanh layers saturated'],
  ['lr-too-low.moons-sgd-0.0005', 'training', ['loss-plateau'], 'plain sgd 0.0005: update ratio <= 1.3e-4, ends at 0.55 of baseline after 150 epochs'],
  ['lr-too-low.beans-adam-1e-5', 'probe', ['loss-plateau'], 'adam 1e-5: loss 1.42 -> 1.29 over 100 epochs, above the 1.10 baseline'],
  ['dead-relu.churn-negative-bias', 'probe', ['init-scale'], 'relu bias -3 on both hidden layers: second layer 100% dead from the start, loss at baseline'],
  ['dead-relu.churn-raw-adam-0.05', 'training', ['lr-too-high', 'data-error'], 'unnormalised churn with adam 0.05: 63%/94% of relus dead, loss 0.63 of baseline'],
  ['vanishing-gradient.circles-deep-sigmoid', 'probe', ['saturated-activation', 'init-scale'], '6 sigmoid hidden layers with plain sgd: first-layer gradient <= 3e-5, loss at baseline'],
  ['vanishing-gradient.xor-tanh-small-init', 'probe', ['init-scale'], '4 tanh layers with normal std 0.01: first-layer gradient <= 2.5e-5, loss at baseline'],
  ['exploding-gradient.rent-raw-adam', 'probe', ['data-error'], 'raw rent features (year_built ~2000) and euro targets: gradient norms 1e4..1.6e6 every epoch (observed-steps.txt)'],
  ['exploding-gradient.sine-deep-uniform-large', 'probe', ['init-scale'], 'uniform limit 1 on 64-wide relu layers: first loss 1088, gradients up to 520; it recovers later'],
  ['saturated-activation.churn-raw-sigmoid', 'training', ['data-error'], 'unnormalised churn into sigmoid layers: 70-94% of first-layer units saturated'],
  ['saturated-activation.beans-raw-tanh', 'training', ['data-error'], 'unnormalised beans (weight in mg ~200) into tanh: 84-94% of first-layer units saturated'],
  ['loss-plateau.churn-huge-weight-decay', 'training', [], 'weightDecay 1 (meant 1e-4): loss back to the 0.6895 baseline from epoch 30 on'],
  ['loss-plateau.spirals-dropout-heavy-small', 'training', [], 'dropout 0.8 after two 8-unit layers: loss 0.62-0.68 for 300 epochs, acc 0.54'],
  ['oscillating-loss.blobs-sgd-batch1', 'training', ['lr-too-high'], 'sgd 0.1, batch 1 on noisy 4-blob data: loss jumps 0.73..0.80 in 42 of 60 epochs (weak; observed-curves.txt)'],
  ['oscillating-loss.churn-sgd-momentum-0.99-b8', 'training', ['lr-too-high'], 'sgd momentum 0.99 batch 8: loss swings 0.50..0.69 and ends at 0.62 (0.90 of baseline); tanh layer 95% saturated'],
  ['oscillating-loss.rent-rmsprop-fullbatch', 'training', ['lr-too-high'], 'rmsprop 0.2 full batch: loss changes direction in 111 of 200 epochs, update ratio up to 0.88 (weak relative to the baseline)'],
  ['nan-loss.rent-raw-sgd-0.001', 'probe', ['exploding-gradient', 'lr-too-high', 'data-error'], 'raw rent with sgd 0.001: loss NaN at step 4 (observed-steps.txt)'],
  ['nan-loss.sine-sgd-lr-5', 'probe', ['lr-too-high', 'lr-out-of-range', 'exploding-gradient'], 'sgd lr 5 batch 8: loss 4659 at step 2, NaN gradients from step 4'],
];

const H: Record<string, string> = {};
for (const file of fs.readdirSync(path.join(here, 'healthy')).sort()) {
  const slug = file.replace(/\.nn\.json$/, '');
  const s = JSON.parse(fs.readFileSync(path.join(here, 'healthy', file), 'utf8'));
  const layers = s.layers.map((l: { type: string; units?: number; activation?: string; rate?: number }) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}`)).join(', ');
  const o = s.optimizer;
  H[slug] = `${JSON.stringify(s.data).slice(0, 80)}, [${layers}], ${s.loss}, ${o.type} ${o.lr}${o.momentum ? ` momentum ${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` wd ${o.weightDecay}` : ''}${o.clipNorm ? ` clip ${o.clipNorm}` : ''}, batch ${s.training.batchSize}, ${s.training.epochs} epochs`;
}

const manifest = {
  about: fs.readFileSync(path.join(here, 'about.txt'), 'utf8').trim(),
  faults: F.map(([slug, stage, extra, what]) => ({ file: `faulty/${slug}.nn.json`, code: slug.split('.')[0], fault: `${what} (observe: ${evidence(slug)})`, stage, catches: [slug.split('.')[0], ...extra] })),
  healthy: Object.entries(H).map(([slug, covers]) => ({ file: `healthy/${slug}.nn.json`, covers: `${covers} (observe: ${evidence(slug)})` })),
};
const missing = fs.readdirSync(path.join(here, 'faulty')).filter((f) => !F.some(([s]) => `${s}.nn.json` === f));
if (missing.length) throw new Error(`faulty specs without a manifest entry: ${missing.join(', ')}`);
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
