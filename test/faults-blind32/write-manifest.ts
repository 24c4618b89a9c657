/**
 * Writes manifest.json (`npx tsx test/faults-blind32/write-manifest.ts`) from the faults described
 * below and the measured lines in observed.txt / observed-healthy.txt (test/faults/observe.ts --summary).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = __dirname;
type Stage = 'static' | 'probe' | 'training';
/** stem → [what the fault is, stage expected, codes whose advice would fix it (own code first)]. */
const FAULTS: Record<string, [string, Stage, string[]]> = {
  'invalid-spec.optimizer-adamw': ['optimizer "adamw" (PyTorch name) instead of adam with weightDecay', 'static', ['invalid-spec']],
  'invalid-spec.epochs-as-string': ['epochs written as the string "300" (copied from a YAML/env config)', 'static', ['invalid-spec']],
  'invalid-spec.trailing-comma': ['trailing comma after the last layer (JSON5 habit)', 'static', ['invalid-spec']],
  'data-error.na-text-in-export': ['churn-export.csv has "NA" and empty cells where a careless export left text placeholders', 'static', ['data-error']],
  'data-error.target-column-renamed': ['target "churn" but the column is "churned"', 'static', ['data-error']],
  'data-error.csv-from-old-folder': ['CSV path points at the old ../datasets/ folder that no longer exists', 'static', ['data-error']],
  'shape-mismatch.two-units-three-classes': ['defects has 3 classes but the softmax output has 2 units', 'static', ['shape-mismatch']],
  'shape-mismatch.two-outputs-one-target': ['energy regression with one target column but a 2-unit output layer', 'static', ['shape-mismatch']],
  'loss-activation-mismatch.sigmoid-output-kwh': ['sigmoid output for a kWh target in the hundreds under mse: predictions capped at 1', 'static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.softmax-single-unit-bce': ['softmax on a single output unit with bce: the output is always 1', 'static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.relu-output-cce': ['relu output layer under cce instead of softmax', 'static', ['loss-activation-mismatch']],
  'init-symmetry.zeros-hidden': ['every layer initialised to zeros (relu hidden layers)', 'static', ['init-symmetry']],
  'init-symmetry.constant-tanh': ['tanh hidden layers initialised to the constant 0.05: all units identical', 'static', ['init-symmetry']],
  'init-scale.normal-std-2-deep-relu': ['normal init with std 2 on every layer of a 32-32-16 relu net', 'static', ['init-scale']],
  'init-scale.tiny-normal-deep-tanh': ['normal init with std 0.001 on three 32-unit tanh layers', 'static', ['init-scale', 'vanishing-gradient']],
  'no-nonlinearity.linear-hidden-energy': ['hidden layers left linear on energy, whose kWh is U-shaped in temperature', 'static', ['no-nonlinearity']],
  'no-nonlinearity.linear-hidden-moons': ['linear hidden layers (with batch norm) on moons', 'static', ['no-nonlinearity']],
  'lr-out-of-range.adam-lr-5': ['adam lr 5 (meant 5e-3)', 'static', ['lr-out-of-range', 'lr-too-high']],
  'lr-out-of-range.sgd-1e-7': ['sgd lr 1e-7 with momentum on energy', 'static', ['lr-out-of-range', 'lr-too-low']],
  'lr-too-high.sgd-momentum-0.5': ['sgd lr 0.5 with momentum 0.9 on churn', 'probe', ['lr-too-high', 'oscillating-loss', 'dead-relu']],
  'lr-too-high.sgd-lr-3-churn-tanh': ['plain sgd lr 3 on a one-hidden-layer tanh churn model', 'training', ['lr-too-high', 'oscillating-loss']],
  'lr-too-high.adam-0.5-defects': ['adam lr 0.5 on a 64-32 relu classifier', 'probe', ['lr-too-high', 'dead-relu']],
  'lr-too-low.adam-1e-5-defects': ['adam lr 1e-5 for 150 epochs', 'probe', ['lr-too-low', 'loss-plateau']],
  'lr-too-low.sgd-1e-4-churn': ['plain sgd lr 1e-4, batch 64, 200 epochs', 'probe', ['lr-too-low', 'loss-plateau']],
  'dead-relu.negative-bias-init': ['relu layers with initial bias -3 (left from an experiment)', 'probe', ['dead-relu']],
  'dead-relu.sgd-momentum-raw-kwh': ['sgd lr 0.003 momentum 0.9 on the raw kWh target: early huge steps kill the second relu layer', 'probe', ['dead-relu', 'lr-too-high', 'exploding-gradient']],
  'vanishing-gradient.five-sigmoid-layers': ['five 16-unit sigmoid hidden layers, plain sgd 0.05', 'training', ['vanishing-gradient']],
  'vanishing-gradient.deep-sigmoid-defects': ['four 32-unit sigmoid layers (xavier_normal), sgd 0.02 momentum 0.5', 'training', ['vanishing-gradient']],
  'exploding-gradient.raw-floor-area-sgd': ['normalize "none" on energy (floor area in the thousands) with sgd 0.001 momentum 0.9', 'probe', ['exploding-gradient', 'nan-loss', 'lr-too-high']],
  'exploding-gradient.deep-relu-std-1': ['five 32-unit relu layers with normal std 1 init, sgd 1e-4', 'probe', ['exploding-gradient', 'nan-loss', 'init-scale']],
  'saturated-activation.tanh-raw-features': ['tanh first layer on unnormalized churn features (charges ~100, age sentinel 999)', 'training', ['saturated-activation']],
  'saturated-activation.sigmoid-hidden-bias-6': ['sigmoid hidden layers with initial bias 6', 'probe', ['saturated-activation', 'vanishing-gradient']],
  'loss-plateau.weight-decay-left-at-0.5': ['adam weightDecay 0.5 left on from a regularisation sweep', 'training', ['loss-plateau']],
  'loss-plateau.sgd-weight-decay-0.3-defects': ['sgd weightDecay 0.3 on defects', 'training', ['loss-plateau']],
  'loss-plateau.dropout-0.9-left-on': ['dropout 0.9 after both hidden layers (meant keep-probability)', 'training', ['loss-plateau']],
  'oscillating-loss.sgd-momentum-0.99-tanh': ['sgd lr 0.1 with momentum 0.99 on a tanh churn model', 'training', ['oscillating-loss', 'lr-too-high']],
  'oscillating-loss.energy-minmax-momentum-0.95': ['sgd lr 0.02 momentum 0.95 on energy (minmax features, raw kWh target)', 'training', ['oscillating-loss', 'lr-too-high', 'saturated-activation']],
  'oscillating-loss.rmsprop-batch-4-defects': ['rmsprop lr 0.01 with batch size 4', 'training', ['oscillating-loss', 'lr-too-high']],
  'nan-loss.raw-target-sgd-0.01': ['normalize "none" on energy with sgd lr 0.01', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
  'nan-loss.minmax-sgd-momentum-0.5': ['sgd lr 0.5 momentum 0.9 on energy (raw kWh target)', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
};

/** Each spec's measured line from an observe --summary file, keyed by stem. */
function observed(file: string): Map<string, string> {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n').filter((l) => l.trim());
  const out = new Map<string, string>();
  for (const line of lines) {
    const t = line.trim();
    const stem = t.split(/[: ]/)[0].replace(/\.nn\.json$/, '');
    out.set(stem, t);
  }
  return out;
}

function describeHealthy(spec: any): string {
  const d = spec.data;
  const src = d.csv ? path.basename(d.csv) : d.builtin ?? 'inline table';
  const layers = spec.layers.map((l: any) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation}${l.batchNorm ? ' bn' : ''}`)).join(', ');
  const o = spec.optimizer, t = spec.training;
  const extra = [o.momentum ? `momentum ${o.momentum}` : '', o.nesterov ? 'nesterov' : '', o.weightDecay ? `wd ${o.weightDecay}` : '', o.clipNorm ? `clip ${o.clipNorm}` : ''].filter(Boolean).join(' ');
  return `${src} ${d.normalize ?? 'none'}, [${layers}], ${spec.loss}, ${o.type} ${o.lr}${extra ? ' ' + extra : ''}, batch ${t.batchSize}, ${t.epochs} epochs${t.validationSplit ? `, val ${t.validationSplit}` : ''}${t.shuffle === false ? ', no shuffle' : ''}`;
}

const seen = observed('observed.txt'), seenHealthy = observed('observed-healthy.txt');
const faults = Object.entries(FAULTS).map(([stem, [what, stage, catches]]) => {
  if (!fs.existsSync(path.join(ROOT, 'faulty', `${stem}.nn.json`)) || !seen.has(stem)) throw new Error(`no spec or observation for ${stem}`);
  return { file: `faulty/${stem}.nn.json`, code: stem.split('.')[0], fault: `${what} (observe: ${seen.get(stem)})`, stage, catches };
});
const healthyFiles = fs.readdirSync(path.join(ROOT, 'healthy')).filter((f) => f.endsWith('.nn.json')).sort();
const healthy = healthyFiles.map((f) => {
  const stem = f.replace(/\.nn\.json$/, '');
  if (!seenHealthy.has(stem)) throw new Error(`no observation for healthy ${stem}`);
  const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'healthy', f), 'utf8'));
  return { file: `healthy/${f}`, covers: `${describeHealthy(spec)} (observe: ${seenHealthy.get(stem)})` };
});
if (faults.length !== fs.readdirSync(path.join(ROOT, 'faulty')).length) throw new Error('a faulty spec has no manifest entry');
const about = fs.readFileSync(path.join(ROOT, 'about.txt'), 'utf8').trim();
fs.writeFileSync(path.join(ROOT, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 2) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
