// Writes manifest.json from the specs and observed.txt: `node test/faults-blind9/write-manifest.mjs`.
// Each entry's measured figures are copied from observed.txt (bare-engine runs), never typed in by hand.
import fs from 'fs';
import path from 'path';
const dir = path.dirname(new URL(import.meta.url).pathname);
const observed = fs.readFileSync(path.join(dir, 'observed.txt'), 'utf8').split('\n');

/** The compact observe --summary figures of one spec (loss figures and accuracy, not the per-layer tail). */
function figures(name) {
  const line = observed.find((l) => l.startsWith(`${name}:`) || l.includes(` ${name}.nn.json`));
  if (!line) throw new Error(`no observation for ${name}`);
  return line.includes('|') ? line.slice(name.length + 2, line.indexOf(' epochs')).trim() : line.trim().replace(`${name}.nn.json`, '').replace(/^:\s*/, '').trim();
}

// file slug -> [fault, stage, extra catches]
const faults = {
  'invalid-spec.gelu-activation': ['activation "gelu" carried over from a transformer codebase; the engine has no gelu', 'static', []],
  'invalid-spec.keras-loss-name': ['loss written as Keras\'s "categorical_crossentropy" instead of "cce"', 'static', []],
  'invalid-spec.dropout-as-keep-prob': ['dropout rate 1.0 written as a keep-probability (TF1 habit); as a drop rate it drops every unit', 'static', []],
  'data-error.csv-path-wrong-name': ['CSV path names housing_prices.csv but the file is data/housing.csv', 'static', []],
  'data-error.target-column-capitalised': ['target "Churned" capitalised; the header says "churned"', 'static', []],
  'data-error.na-cells-in-export': ['CSV exported with NA for missing ages (10 rows)', 'static', []],
  'shape-mismatch.two-outputs-three-classes': ['sensors data has 3 states (ok/warn/fail) but the softmax has 2 units (copied from a binary model)', 'static', []],
  'shape-mismatch.blobs-five-classes-four-units': ['blobs raised to 5 classes, output layer left at 4 units', 'static', []],
  'loss-activation-mismatch.cce-with-sigmoid-outputs': ['cce on three sigmoid outputs instead of softmax: the loss is driven to ~0 while accuracy stays at chance (0.333)', 'static', []],
  'loss-activation-mismatch.sigmoid-output-price-regression': ['mse regression of house prices (0.3..8, in 100k) through a sigmoid output that cannot exceed 1', 'static', []],
  'init-symmetry.zeros-hidden-layer': ['both layers initialised with zeros ("start neutral"): every hidden unit and every gradient stays identical (here zero)', 'static', []],
  'init-symmetry.constant-init-everywhere': ['hidden layers initialised to constant 0.1: all units of a layer stay identical, so the 32-wide layers act as one unit', 'static', []],
  'init-scale.std-three-deep-tanh': ['normal init with std 3 in a 64-wide 3-layer tanh net (std meant for a different parametrisation): hidden tanh layers 2 and 3 end 89% / 92% saturated, first loss 7.7x baseline; the net still fits moons (0.04x baseline)', 'static', ['saturated-activation']],
  'init-scale.tiny-uniform-deep-relu': ['uniform init with limit 0.001 on a 3-hidden-layer relu net: signals and gradients vanish through the stack', 'static', ['vanishing-gradient']],
  'no-nonlinearity.linear-stack-circles': ['hidden layers declared "linear" on circles: the stack collapses to a linear classifier', 'static', []],
  'no-nonlinearity.forgot-activation-spirals': ['hidden dense layers with no activation (default linear) on 3-class spirals', 'static', []],
  'lr-out-of-range.adam-lr-five': ['adam lr 5 (meant 5e-3)', 'static', ['lr-too-high']],
  'lr-out-of-range.sgd-lr-1e-7': ['sgd lr 1e-7 (typo for 1e-2)', 'static', ['lr-too-low']],
  'lr-too-high.rmsprop-0.5-moons': ['rmsprop lr 0.5 (a value fine for sgd): loss spikes throughout, epoch losses 60.9, 2.56, 3.63 between lows near 0.01, and relu layers end 81% dead (curve in observed.txt)', 'probe', ['oscillating-loss']],
  'lr-too-high.sgd-0.12-momentum-housing': ['sgd lr 0.12 with momentum 0.9 on standardised housing: diverges (epoch losses 14.28, 20.81, then NaN); lr 0.08 or 0.1 train to about 0.08', 'probe', ['nan-loss', 'exploding-gradient']],
  'lr-too-low.sgd-1e-4-circles': ['plain sgd lr 1e-4 on circles: 150 epochs barely move the loss (update ratio <= 5e-5)', 'training', ['loss-plateau']],
  'lr-too-low.adam-2e-6-churn': ['adam lr 2e-6 (2e-3 intended): loss stays far above baseline, update ratio <= 7e-6', 'training', ['loss-plateau']],
  'dead-relu.negative-bias-init': ['relu layers with bias -2 ("sparse activations"): 78% / 100% of units dead from the start, gradients 0', 'probe', []],
  'dead-relu.big-sgd-step-kills-units': ['sgd lr 0.1 momentum 0.9 on a 3-relu regression: the first epochs knock the deeper relu layers dead (50% / 100%) and the loss stays at baseline', 'training', ['lr-too-high']],
  'vanishing-gradient.deep-sigmoid-stack': ['six sigmoid hidden layers with plain sgd: first-layer gradient 1.6e-6..4e-5, loss stuck at baseline', 'probe', []],
  'vanishing-gradient.six-tanh-normal-0.05': ['six tanh layers initialised normal std 0.05: gradient shrinks about 3x per layer (first layer 0.0011..0.0052 vs fifth 0.11..0.32), loss stuck at baseline', 'probe', ['init-scale']],
  'exploding-gradient.raw-sqft-features': ['raw features (sqft in the thousands) with sgd lr 0.01: first epoch loss 6.7e21, output gradient up to 8.9e9, then the relu layer dies', 'probe', ['lr-too-high', 'dead-relu']],
  'exploding-gradient.deep-relu-std-half': ['four 64-wide relu layers initialised normal std 0.5 (10x He): step 1 gradients ~6e3 per layer, step 2 ~2e13, step 3 Infinity (steps.ts in observed.txt)', 'probe', ['init-scale', 'nan-loss']],
  'saturated-activation.tanh-on-raw-churn': ['tanh hidden layers fed unnormalised churn features (charges ~65, tenure ~30): first tanh layer 87% saturated at the end (95% at most); the loss still reaches about what the normalised churn models reach', 'probe', []],
  'saturated-activation.sigmoid-bias-eight': ['sigmoid hidden layer with bias 8 (copied from a gating example): layer 100% saturated, its gradients <= 2.5e-4, loss at baseline', 'probe', ['vanishing-gradient']],
  'loss-plateau.id-column-as-feature': ['features list names only customer_id (the id column) by mistake: nothing to learn, loss stays at baseline', 'training', []],
  'loss-plateau.one-unit-bottleneck-spirals': ['a single relu unit as the only hidden layer for 3-class spirals: loss stalls near baseline', 'training', []],
  'oscillating-loss.momentum-0.99-iris': ['sgd lr 0.1 with momentum 0.99: loss swings between 0.02 and 1.9 for the whole run (curve in observed.txt)', 'training', ['lr-too-high']],
  'oscillating-loss.batch-four-sgd-momentum-moons': ['batch 4 with sgd lr 0.5 momentum 0.9: epoch losses swing 0.36..2.41 early, then hover near 0.55 with 81% of the relu units dead', 'training', ['lr-too-high', 'dead-relu']],
  'nan-loss.housing-raw-sgd': ['raw (unnormalised) housing features with sgd lr 0.05 momentum 0.9: NaN in the first epoch', 'probe', ['exploding-gradient', 'lr-too-high']],
  'nan-loss.sentinel-max-double-inline': ['two missing values written as 1.7e308 (max double sentinel) in inline data: NaN in the first epoch', 'probe', ['data-error']],
};

const specs = (sub) => fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.nn.json')).sort();
const faultFiles = specs('faulty');
const out = faultFiles.map((file) => {
  const slug = file.replace(/\.nn\.json$/, '');
  const entry = faults[slug];
  if (!entry) throw new Error(`no manifest text for ${file}`);
  const code = slug.split('.')[0];
  return { file: `faulty/${file}`, code, fault: `${entry[0]} (observe: ${figures(slug)})`, stage: entry[1], catches: [code, ...entry[2]] };
});
if (out.length !== Object.keys(faults).length) throw new Error('manifest text for a spec that does not exist');

function describe(spec) {
  const d = spec.data;
  const data = d.builtin ? `${d.builtin}${d.classes ? ` (${d.classes} classes)` : ''}` : d.csv ? `${d.csv.replace('../', '')}${d.features ? ` features ${d.features.length}` : ''}` : `inline ${d.inline.x.length} rows`;
  const layers = spec.layers.map((l) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? '+bn' : ''}${typeof l.init === 'string' ? ` ${l.init}` : ''}`)).join(', ');
  const o = spec.optimizer;
  const opt = `${o.type} ${o.lr}${o.momentum ? ` momentum ${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` wd ${o.weightDecay}` : ''}${o.clipNorm ? ` clip ${o.clipNorm}` : ''}`;
  const t = spec.training;
  return `${data}${d.normalize ? `, normalize ${d.normalize}` : ''}; ${layers}; ${spec.loss}, ${opt}, batch ${t.batchSize}, ${t.epochs} epochs${t.validationSplit ? `, val ${t.validationSplit}` : ''}`;
}
const healthy = specs('healthy').map((file) => {
  const spec = JSON.parse(fs.readFileSync(path.join(dir, 'healthy', file), 'utf8'));
  return { file: `healthy/${file}`, covers: `${describe(spec)} (observe: ${figures(file.replace(/\.nn\.json$/, ''))})` };
});

const about = 'Ninth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as test/faults/manifest.json: \'code\' is the fault\'s own code, \'stage\' the writer\'s expectation of where it could first be caught (static, probe, training), \'catches\' the codes whose advice would genuinely fix it, decided from the fault. Each \'fault\' text (and each healthy \'covers\') carries the symptom or result measured on the bare engine by test/faults/observe.ts --summary (or --curve / steps.ts where said; no diagnosis code involved; all in observed.txt). Healthy specs train to a good loss (on the noisy CSVs churn and sensors, to about what the label noise allows) and should draw no warning. Data: data/housing.csv (+ housing-na.csv), data/churn.csv, data/sensors.csv, written by data/generate.ts; specs written by author.mjs, this manifest by write-manifest.mjs. See README.md for how it was written and what was read.';
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ about, faults: out, healthy }, null, 1) + '\n');
console.log(out.length, 'faults', healthy.length, 'healthy');
