/**
 * Writes manifest.json from the fault descriptions below plus the bare-engine observations in
 * observed.txt / observed-healthy.txt (test/faults/observe.ts --summary): `npx tsx test/faults-blind28/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

type Stage = 'static' | 'probe' | 'training';
const dir = __dirname;
const observed = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const faultLines = observed('observed.txt'), healthyLines = observed('observed-healthy.txt');
const find = (lines: string[], slug: string) => {
  const hit = lines.find((l) => l.startsWith(`${slug}:`) || l.startsWith(`${slug}.nn.json`));
  if (!hit) throw new Error(`no observation for ${slug}`);
  return hit;
};

/** [slug, what the practitioner got wrong, stage, extra codes whose advice would fix it]. */
const FAULTS: Array<[string, string, Stage, string[]]> = [
  ['invalid-spec.activation-capitalised', 'activation written "ReLU" (Keras/PyTorch class-name habit) on three hidden layers', 'static', []],
  ['invalid-spec.optimizer-adamw', 'optimizer type "adamw" (decoupled weight decay expected) which the format does not have', 'static', []],
  ['invalid-spec.trailing-comma', 'trailing comma after the last layer, hand-edited JSON', 'static', []],
  ['data-error.csv-filename-typo', 'CSV path "../data/crop.csv" where the file is crops.csv', 'static', []],
  ['data-error.logger-gaps', 'sensor export with "NA" and empty readings in three rows (logger dropouts) used as is', 'static', []],
  ['data-error.target-column-renamed', 'target "yield" but the column is "yield_t_ha" (renamed in a newer export)', 'static', []],
  ['shape-mismatch.glass-two-outputs', 'glass has 3 classes but the softmax output has 2 units (copied from a binary model)', 'static', []],
  ['shape-mismatch.crops-three-outputs', 'regression on one target column with a 3-unit output', 'static', []],
  ['shape-mismatch.spirals4-three-outputs', 'spirals with classes 4 but a 3-unit softmax output (classes raised, head not)', 'static', []],
  ['loss-activation-mismatch.cce-sigmoid-head', 'cce on a 3-unit sigmoid head: loss goes to ~0 while accuracy stays at chance', 'static', []],
  ['loss-activation-mismatch.bce-softmax-single-unit', 'bce with a 1-unit softmax output: the output is always 1, nothing learns', 'static', []],
  ['loss-activation-mismatch.mse-softmax-regression', 'yield regression (mse) with a 1-unit softmax output: prediction fixed at 1', 'static', []],
  ['init-symmetry.zeros-deep-tanh', 'every hidden layer initialised to zeros in a 4x8 tanh net: no gradient reaches the hidden layers', 'static', ['vanishing-gradient', 'loss-plateau']],
  ['init-symmetry.constant-relu', 'constant 0.05 init on three relu layers: units stay identical, fit stalls at ~0.63 of baseline where a normal init reaches ~0.07', 'static', []],
  ['init-scale.normal-std3-deep-tanh', 'normal std 3 on five 12-unit tanh layers: layers 1-4 saturated 76-94%, fit stalls', 'static', ['saturated-activation', 'vanishing-gradient']],
  ['init-scale.normal-tiny-deep-relu', 'normal std 0.001 on five relu layers: signal and gradients vanish, loss at baseline', 'static', ['vanishing-gradient', 'loss-plateau', 'dead-relu']],
  ['no-nonlinearity.linear-deep-circles', 'four explicitly linear hidden layers on circles: loss at baseline', 'static', ['loss-plateau']],
  ['no-nonlinearity.activation-omitted-moons', 'hidden layers written without "activation" (default linear) on moons: stuck at a linear boundary (~0.90 acc)', 'static', []],
  ['lr-out-of-range.adam-lr-4', 'adam lr 4 (a typo for 4e-4): units die, loss at baseline', 'static', ['lr-too-high', 'dead-relu']],
  ['lr-out-of-range.sgd-lr-1e-8', 'sgd lr 1e-8: loss never leaves its start', 'static', ['lr-too-low', 'loss-plateau']],
  ['lr-out-of-range.rmsprop-lr-20', 'rmsprop lr 20 (meant 2e-3): loss 40-150x baseline', 'static', ['lr-too-high']],
  ['lr-too-high.sgd-momentum-crops', 'sgd lr 0.08 momentum 0.9 on a deep tanh regression: loss bounces 1.4-4.2, never below the baseline', 'training', ['oscillating-loss', 'saturated-activation']],
  ['lr-too-high.adam-0.08-glass', 'adam lr 0.08 on a deep narrow relu net: reaches 0.32 then collapses to ~0.80 with most units dead', 'training', ['dead-relu']],
  ['lr-too-low.adam-1e-5-moons', 'adam lr 1e-5 for 500 epochs: still at 0.77 of baseline', 'training', ['loss-plateau']],
  ['lr-too-low.sgd-1e-4-crops', 'plain sgd lr 1e-4 on a deep tanh regression: 0.62 of baseline after 400 epochs where healthy runs reach ~0.1', 'training', ['loss-plateau']],
  ['dead-relu.negative-bias', 'bias -2.5 on every relu layer ("to sparsify"): layers 2-4 fully dead from the start', 'probe', ['loss-plateau']],
  ['dead-relu.raw-rpm-hours-sgd', 'unnormalized bearings (rpm ~1800, hours ~20000) into relu with sgd momentum: first-epoch blow-up kills every unit', 'training', ['exploding-gradient', 'lr-too-high', 'loss-plateau']],
  ['vanishing-gradient.deep-sigmoid-sgd', 'five 10-unit sigmoid layers with plain sgd on spirals: first-layer gradient 1e-5..7e-4, loss at baseline', 'probe', ['loss-plateau', 'saturated-activation']],
  ['vanishing-gradient.deep-sigmoid-crops', 'five 8-unit sigmoid layers, sgd momentum 0.5, regression: first layer gradient ~1e-3 of last, loss at baseline', 'probe', ['loss-plateau']],
  ['exploding-gradient.big-init-deep-relu', 'normal std 0.9 init on five 16-unit relu layers (about 2.5x he): first-step gradients ~2e5, loss ~1e5; adam eventually recovers', 'probe', ['init-scale']],
  ['exploding-gradient.raw-crops-relu', 'unnormalized crops (rain in mm) into a deep relu regression, sgd lr 1e-6: gradients reach 1e7 in 4 steps, then every unit is dead and loss sits at 8x baseline', 'probe', ['dead-relu', 'nan-loss', 'lr-too-high']],
  ['saturated-activation.raw-bearings-tanh', 'unnormalized bearings into tanh: first layer 100% saturated, no learning', 'probe', ['vanishing-gradient', 'loss-plateau']],
  ['saturated-activation.sigmoid-bias-4', 'bias 4 on sigmoid layers: up to 66% saturated, fits to 0.32 of baseline where the same net without the bias reaches ~0.05', 'probe', ['init-scale']],
  ['loss-plateau.heavy-dropout-narrow', 'dropout 0.7 after each 4-unit relu layer on xor: loss hovers at 0.92-0.96 of baseline for 800 epochs', 'training', []],
  ['loss-plateau.weight-decay-crushes', 'weight decay 0.5 (meant 5e-4) with sgd: weights crushed, loss stuck at baseline', 'training', ['vanishing-gradient']],
  ['oscillating-loss.rmsprop-0.03-full-batch', 'rmsprop lr 0.03 full batch: loss ~0.01 with repeated spikes to 0.1-0.44, ends at 0.29', 'training', ['lr-too-high']],
  ['oscillating-loss.sgd-momentum-0.99', 'sgd momentum 0.99 full batch: loss swings 1.3-3.3 for ~100 epochs, then collapses to baseline with a dead layer', 'training', ['lr-too-high', 'loss-plateau', 'dead-relu']],
  ['nan-loss.raw-crops-sgd-lr-0.05', 'unnormalized crops, sgd lr 0.05 momentum 0.9: loss 3.7e29 at step 2, NaN at step 3', 'training', ['exploding-gradient', 'lr-too-high']],
  ['nan-loss.sgd-lr-0.5-deep-relu-sine', 'sgd lr 0.5 momentum 0.9, batch 8, deep relu regression: Infinity at step 4', 'training', ['exploding-gradient', 'lr-too-high', 'lr-out-of-range']],
];

const HEALTHY_NOTE: Record<string, string> = {};
const manifest = {
  about: fs.readFileSync(path.join(dir, 'about.txt'), 'utf8').trim(),
  faults: FAULTS.map(([slug, what, stage, extra]) => ({
    file: `faulty/${slug}.nn.json`,
    code: slug.split('.')[0],
    fault: `${what} (observe: ${find(faultLines, slug)})`,
    stage,
    catches: [slug.split('.')[0], ...extra],
  })),
  healthy: fs.readdirSync(path.join(dir, 'healthy')).filter((f) => f.endsWith('.nn.json')).sort().map((f) => {
    const slug = f.replace(/\.nn\.json$/, '');
    const spec = JSON.parse(fs.readFileSync(path.join(dir, 'healthy', f), 'utf8'));
    const layers = spec.layers.map((l: { type: string; units?: number; activation?: string; rate?: number; batchNorm?: boolean }) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? '+bn' : ''}`)).join(', ');
    const data = spec.data.builtin ?? (spec.data.csv ? path.basename(spec.data.csv) : 'inline');
    const o = spec.optimizer, t = spec.training;
    const opt = `${o.type} ${o.lr}${o.momentum ? ` m${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` wd ${o.weightDecay}` : ''}${o.clipNorm ? ` clip ${o.clipNorm}` : ''}`;
    return { file: `healthy/${f}`, covers: `${data} ${spec.data.normalize ?? 'none'}, [${layers}], ${spec.loss}, ${opt}, batch ${t.batchSize}, ${t.epochs} epochs${t.validationSplit ? `, val ${t.validationSplit}` : ''}${HEALTHY_NOTE[slug] ?? ''} (observe: ${find(healthyLines, slug)})` };
  }),
};
const missing = fs.readdirSync(path.join(dir, 'faulty')).filter((f) => !FAULTS.some(([s]) => `${s}.nn.json` === f));
if (missing.length) throw new Error(`faulty specs without an entry: ${missing.join(', ')}`);
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
