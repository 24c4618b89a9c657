/**
 * Writes manifest.json from the specs, the hand-written fault descriptions below and the bare-engine
 * observations (observed.txt, observed-healthy.txt): `npx tsx test/faults-blind38/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

type Fault = [fault: string, stage: 'static' | 'probe' | 'training', catches: string[]];
const FAULTS: Record<string, Fault> = {
  'invalid-spec.keras-loss-name': ['loss written "binary_crossentropy" (Keras name) instead of "bce"', 'static', ['invalid-spec']],
  'invalid-spec.dropout-as-percent': ['dropout rate written as a percentage (20) instead of 0.2', 'static', ['invalid-spec']],
  'invalid-spec.zero-units-layer': ['a hidden layer left with units 0 while editing the architecture', 'static', ['invalid-spec']],
  'data-error.na-in-export': ['churn-export.csv (a raw export) has "NA" and empty cells in charges/session_s', 'static', ['data-error']],
  'data-error.target-column-typo': ['target "logprice" but the column is "log_price"', 'static', ['data-error']],
  'data-error.feature-not-in-file': ['feature "monthly_charges" listed but the column is "charges"', 'static', ['data-error']],
  'shape-mismatch.three-priorities-two-outputs': ['tickets has 3 priority classes, output softmax has 2 units', 'static', ['shape-mismatch']],
  'shape-mismatch.two-targets-one-output': ['two regression targets (log_price, price_k) but 1 output unit', 'static', ['shape-mismatch']],
  'loss-activation-mismatch.priority-sigmoid-cce': ['3-class cce with sigmoid output instead of softmax: the loss goes to ~0 while accuracy stays poor', 'static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.churn-linear-output-bce': ['bce with a linear output unit (no sigmoid): loss ends above the prior baseline', 'static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.price-softmax-mse': ['regression with a 1-unit softmax output: the output is constant 1, nothing learns', 'static', ['loss-activation-mismatch']],
  'init-symmetry.zeros-hidden-relu': ['hidden relu layers initialised to zeros: no gradient reaches them, stuck at the prior', 'static', ['init-symmetry', 'dead-relu', 'loss-plateau', 'vanishing-gradient']],
  'init-symmetry.constant-tanh-regression': ['hidden tanh layers with constant 0.1 init: every unit identical, the net is one unit wide (trains, but to 2-3x the loss of the same net properly initialised, prices-* healthy)', 'static', ['init-symmetry']],
  'init-scale.normal-std-3-tanh': ['normal std 3 init on tanh layers of 32: most units saturated from the start, overfits (val far above baseline)', 'static', ['init-scale', 'saturated-activation']],
  'init-scale.normal-tiny-deep-relu': ['normal std 0.0005 init on 3 relu layers with plain sgd: signal and gradients vanish, loss stays at the baseline', 'static', ['init-scale', 'vanishing-gradient', 'loss-plateau', 'lr-too-low']],
  'no-nonlinearity.linear-stack-priorities': ['two hidden layers with no activation (default linear) before softmax: a linear model, well above the nonlinear nets on the same data', 'static', ['no-nonlinearity']],
  'no-nonlinearity.linear-stack-moons': ['explicit linear hidden layers on moons: cannot bend the boundary (acc ~0.88)', 'static', ['no-nonlinearity']],
  'lr-out-of-range.adam-lr-5': ['adam lr 5 (meant 5e-3?): relus die, stuck at the prior, val loss huge', 'static', ['lr-out-of-range', 'lr-too-high', 'dead-relu', 'loss-plateau']],
  'lr-out-of-range.sgd-lr-1e-7': ['sgd lr 1e-7: loss barely moves in 200 epochs', 'static', ['lr-out-of-range', 'lr-too-low', 'loss-plateau']],
  'lr-too-high.sgd-momentum-lr-0.05': ['sgd lr 0.05 momentum 0.9 on unscaled-target regression (mean log price ~5): first steps throw the second relu layer dead, loss stuck at the mean-prediction baseline', 'training', ['lr-too-high', 'dead-relu', 'loss-plateau']],
  'lr-too-high.rmsprop-lr-0.05-tickets': ['rmsprop lr 0.05: train loss jumps epoch to epoch, val loss 3x the baseline', 'training', ['lr-too-high', 'oscillating-loss']],
  'lr-too-high.adam-lr-0.1-churn': ['adam lr 0.1: most relus of layer 2 die, train loss noisy and flat at ~0.5, val loss far above baseline', 'training', ['lr-too-high', 'dead-relu', 'oscillating-loss']],
  'lr-too-high.sgd-lr-0.5-log-prices': ['sgd lr 0.5 momentum 0.9: loss 1e20 in epoch 1, 40 epochs to come back, layer 2 dead, ends above baseline', 'training', ['lr-too-high', 'exploding-gradient', 'dead-relu']],
  'lr-too-low.sgd-lr-1e-4-churn': ['plain sgd lr 1e-4 for 60 epochs: loss still above the prior baseline', 'training', ['lr-too-low', 'loss-plateau']],
  'lr-too-low.adam-lr-1e-5-prices': ['adam lr 1e-5 for 100 epochs: loss still 70x the baseline', 'training', ['lr-too-low', 'loss-plateau']],
  'dead-relu.negative-bias-init': ['relu layers with bias -3 (copied from a "sparse activations" tip): most units of layer 2 dead, val loss above baseline', 'static', ['dead-relu', 'init-scale']],
  'dead-relu.adam-lr-0.05-three-relu': ['three relu layers with adam lr 0.05: over half the units of layers 2-3 die during training, val above healthy', 'training', ['dead-relu', 'lr-too-high']],
  'vanishing-gradient.five-sigmoid-layers': ['5 sigmoid hidden layers with plain sgd: first-layer gradients ~1e-4, loss stuck at the prior', 'training', ['vanishing-gradient', 'loss-plateau', 'saturated-activation']],
  'vanishing-gradient.deep-sigmoid-priorities': ['4 sigmoid hidden layers, sgd: first-layer gradients ~1e-3..1e-4, loss stays at baseline', 'training', ['vanishing-gradient', 'loss-plateau', 'saturated-activation']],
  'exploding-gradient.raw-usd-target': ['regression on the raw price in dollars (1e5) with sgd: gradients 1e13+, loss 1e25, relus die', 'training', ['exploding-gradient', 'nan-loss', 'lr-too-high', 'dead-relu']],
  'exploding-gradient.deep-relu-std-0.4': ['normal std 0.4 init on 3 relu layers of 64: gradient norms 100-700, loss spikes, ends above baseline', 'probe', ['exploding-gradient', 'init-scale']],
  'exploding-gradient.raw-house-features-sgd': ['normalize forgotten (sqft ~1600, lot ~7000): gradient norms 1e7-1e9, loss 1e5 on a target of variance 0.2', 'training', ['exploding-gradient', 'lr-too-high', 'dead-relu']],
  'saturated-activation.tanh-on-raw-counts': ['normalize forgotten on churn (session seconds in hundreds): first tanh layer ~98% saturated', 'training', ['saturated-activation']],
  'saturated-activation.sigmoid-bias-6': ['sigmoid hidden layers with bias 6: fully saturated, loss at baseline', 'static', ['saturated-activation', 'init-scale', 'vanishing-gradient', 'loss-plateau']],
  'loss-plateau.minmax-lot-outlier': ['only the lot column, minmax-scaled: 2% of lots are 20x outliers so the rest sits near 0, tanh+sgd never leaves the baseline', 'training', ['loss-plateau']],
  'loss-plateau.raw-session-seconds-only': ['only raw session seconds (log-normal, up to thousands) unnormalised, sgd: relus die, loss at the prior', 'training', ['loss-plateau', 'dead-relu', 'lr-too-high']],
  'oscillating-loss.sgd-momentum-0.99-batch-4': ['sgd momentum 0.99 with batch 4: loss swings 0.66..1.03 around the prior, never learns', 'training', ['oscillating-loss', 'lr-too-high', 'loss-plateau', 'dead-relu']],
  'oscillating-loss.sgd-lr-0.2-batch-8-tickets': ['sgd lr 0.2 momentum 0.9 batch 8: loss swings 0.87..3.06 epoch to epoch', 'training', ['oscillating-loss', 'lr-too-high', 'saturated-activation']],
  'nan-loss.usd-target-sgd-momentum': ['dollar-scale target with sgd momentum: Infinity at step 4, NaN in epoch 1', 'training', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
  'nan-loss.sgd-lr-0.3-momentum-log-prices': ['sgd lr 0.3 momentum 0.9: loss 1e47 at step 6, NaN at step 7', 'training', ['nan-loss', 'lr-too-high', 'exploding-gradient']],
};

const dir = __dirname;
const lines = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const observed = (name: string, from: string[]) => {
  const hit = from.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name}.nn.json`));
  if (!hit) throw new Error(`no observation for ${name}`);
  return hit;
};
const faultLines = lines('observed.txt'), healthyLines = lines('observed-healthy.txt');
const faults = fs.readdirSync(path.join(dir, 'faulty')).sort().map((file) => {
  const name = file.replace(/\.nn\.json$/, '');
  const entry = FAULTS[name];
  if (!entry) throw new Error(`no description for ${name}`);
  return { file: `faulty/${file}`, code: name.split('.')[0], fault: `${entry[0]} (observe: ${observed(name, faultLines)})`, stage: entry[1], catches: entry[2] };
});
const describe = (s: Record<string, any>) => {
  const d = s.data, src = d.builtin ? `${d.builtin} builtin` : d.csv ? `${path.basename(d.csv)} → ${d.target}` : 'inline table';
  const layers = s.layers.map((l: any) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? '+bn' : ''}`)).join(', ');
  const o = s.optimizer, t = s.training;
  const extras = Object.entries(o).filter(([k]) => k !== 'type' && k !== 'lr').map(([k, v]) => `${k} ${v}`).join(' ');
  return `${src}, normalize ${d.normalize ?? 'none'}, [${layers}], ${s.loss}, ${o.type} ${o.lr}${extras ? ' ' + extras : ''}, batch ${t.batchSize}, ${t.epochs} epochs, val ${t.validationSplit}`;
};
const healthy = fs.readdirSync(path.join(dir, 'healthy')).sort().map((file) => {
  const spec = JSON.parse(fs.readFileSync(path.join(dir, 'healthy', file), 'utf8'));
  return { file: `healthy/${file}`, covers: `${describe(spec)} (observe: ${observed(file.replace(/\.nn\.json$/, ''), healthyLines)})` };
});
const about = 'Thirty-eighth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt, observed-healthy.txt); --curve for the lr-too-high, oscillating and plateau ones (observed-curves.txt), test/faults/steps.ts for the NaN and exploding ones (observed-steps.txt); no diagnosis code involved. Theme: messy real-world data: houses.csv (420 sales: log-normal sqft, lot with 2% 20x outliers, age, distance, a duplicated column sqm, a near-constant column city; targets price_k, log_price; houses-usd.csv the same in dollars), churn.csv (520 customers, Poisson support calls, log-normal session seconds, 35% churners, 8% labels flipped; churn-export.csv the same with NA/empty cells), tickets.csv (390 tickets, 3 string priorities 58/25/18%, 12% relabelled), every builtin and two inline tables. Data by data/generate.ts, specs by author.ts, this manifest by write-manifest.ts. See README.md.';
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 1) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
