// Writes manifest.json from the notes below and the measured lines in observed.txt: `node test/faults-blind19/write-manifest.mjs`.
import * as fs from 'fs';
import * as path from 'path';
const dir = path.dirname(new URL(import.meta.url).pathname);
const observed = fs.readFileSync(path.join(dir, 'observed.txt'), 'utf8').split('\n').filter(Boolean);
const evidence = (stem) => {
  const line = observed.find((l) => l.startsWith(`${stem}:`) || l.trim().startsWith(`${stem}.nn.json`));
  if (!line) throw new Error(`no observation for ${stem}`);
  return line.trim();
};
// [stem, what the practitioner did, stage, extra catches]
const faults = [
  ['invalid-spec.optimizer-adamw', 'optimizer "adamw" (PyTorch AdamW habit), not an optimizer this format knows', 'static', []],
  ['invalid-spec.activation-gelu', 'activation "gelu" (transformer habit), not supported', 'static', []],
  ['invalid-spec.epochs-as-string', 'training.epochs written as the string "200" (copied from a YAML/CLI config)', 'static', []],
  ['data-error.csv-renamed-file', 'csv path "../data/churn_v2.csv": the export was never renamed, the file is churn.csv', 'static', []],
  ['data-error.target-column-case', 'target "Yield" while the column is "yield_t_ha" (header renamed in the spreadsheet)', 'static', []],
  ['data-error.export-with-na-cells', 'CSV exported from a dataframe with NA and blank cells in feature columns', 'static', []],
  ['shape-mismatch.gesture-two-outputs', '3-gesture data, output softmax with 2 units (left over from a binary version)', 'static', []],
  ['shape-mismatch.iris-bce-one-output', 'iris (3 classes) with one sigmoid output and bce, as for a binary task', 'static', ['loss-activation-mismatch']],
  ['shape-mismatch.inline-two-targets-one-unit', 'inline regression with 2 target columns, output layer of 1 unit', 'static', []],
  ['loss-activation-mismatch.cce-sigmoid-output', 'cce with a 3-unit sigmoid output instead of softmax (multi-label habit); loss goes to ~0 while accuracy stays 0.78', 'static', []],
  ['loss-activation-mismatch.bce-tanh-output', 'bce on a tanh output (range -1..1, not a probability)', 'static', []],
  ['loss-activation-mismatch.regression-relu-then-softmax', 'regression (mse, raw t/ha target) with a 1-unit softmax output: the output is always 1, loss never moves', 'static', []],
  ['init-symmetry.zeros-hidden', 'both tanh hidden layers initialised to zeros: no gradient reaches them, loss stays at the prior', 'static', []],
  ['init-symmetry.constant-all-layers', 'constant 0.1 init on relu hidden and output layers: all 12 hidden units identical, circles cannot be separated (0.83 of base vs ~0 for a healthy net)', 'static', ['init-scale']],
  ['init-scale.tanh-normal-std-3', 'normal std 3 on 64-wide tanh layers: hidden layers 90% saturated, update ratios ~1e-5; subtle, it still fits moons (0.19 of base)', 'static', ['saturated-activation', 'vanishing-gradient']],
  ['init-scale.deep-tiny-uniform', 'uniform limit 0.001 on four layers: gradients ~1e-9 at the first layer, no learning at all', 'static', ['vanishing-gradient', 'loss-plateau']],
  ['no-nonlinearity.circles-linear-hidden', 'two 32-unit linear hidden layers on circles: the model is linear, stuck at the prior', 'static', []],
  ['no-nonlinearity.xor-activation-forgotten', 'hidden dense layer with no activation key (defaults to linear) on xor', 'static', []],
  ['lr-out-of-range.adam-lr-3', 'adam lr 3 (a typo for 3e-3)', 'static', ['lr-too-high']],
  ['lr-out-of-range.sgd-lr-1e-7', 'sgd lr 1e-7 (a typo for 1e-1/1e-2): the loss never moves', 'static', ['lr-too-low']],
  ['lr-out-of-range.rmsprop-lr-50', 'rmsprop lr 50 (meant 5e-3)', 'static', ['lr-too-high']],
  ['lr-too-high.adam-0.2-gesture', 'adam lr 0.2 on a 64x64 relu net: loss falls to 0.54 then climbs back to the prior, layer 2 94% dead', 'training', ['lr-out-of-range', 'oscillating-loss', 'dead-relu']],
  ['lr-too-high.sgd-momentum-soil', 'sgd lr 0.06 with momentum 0.9 on a regression: loss bounces 0.16-0.39 and ends near 0.16, twice the ~0.08 a healthy run reaches; half the units die (subtle)', 'training', ['lr-out-of-range', 'oscillating-loss']],
  ['lr-too-low.sgd-3e-4-spirals', 'plain sgd lr 3e-4 on spirals: 150 epochs barely move the loss (0.98 of base)', 'training', ['lr-out-of-range', 'loss-plateau']],
  ['lr-too-low.adam-1e-5-churn', 'adam lr 1e-5 (fine-tuning habit) on a fresh net: 80 epochs stay above the prior', 'training', ['lr-out-of-range', 'loss-plateau']],
  ['dead-relu.negative-bias-init', 'relu layers with bias -3 (meant to make activations sparse): 94-100% dead from the start', 'probe', ['init-scale']],
  ['dead-relu.raw-features-big-sgd', 'raw churn features (months, dollars) into relu with sgd 0.05: first step blows up (loss 104) and every unit dies', 'training', ['lr-too-high', 'exploding-gradient']],
  ['vanishing-gradient.deep-sigmoid-sgd', 'five 32-unit sigmoid hidden layers with sgd: first-layer gradient ~1e-3 vs ~1 at the output, no learning', 'probe', ['saturated-activation', 'loss-plateau']],
  ['vanishing-gradient.deep-sigmoid-moons', 'five 24-unit sigmoid hidden layers with sgd on moons: first layer gradient ~2e-4, loss stays at the prior', 'probe', ['saturated-activation', 'loss-plateau']],
  ['exploding-gradient.raw-soil-units-sgd', 'raw soil features (nitrogen ~120 kg/ha) and raw target into a relu net with sgd+momentum: gradients 7e3 then 7e8 then NaN in 4 steps', 'training', ['nan-loss', 'lr-too-high']],
  ['exploding-gradient.deep-relu-normal-1', 'normal std 1 init on 64-wide relu layers (std left at the framework default of 1): loss 7e4 at step 1, Inf at step 3', 'static', ['init-scale', 'nan-loss', 'lr-too-high']],
  ['saturated-activation.tanh-raw-churn', 'tanh hidden layer fed raw features (tenure 0-72, charge 18-120): 97% of units saturated; subtle, it still reaches 0.79 of base', 'probe', ['init-scale']],
  ['saturated-activation.sigmoid-raw-soil', 'sigmoid hidden layer fed raw soil features: 92% saturated, ends at 0.29 of base vs 0.11 when standardised', 'probe', ['init-scale']],
  ['loss-plateau.spirals-tiny-net', '3 relu units for 3-class spirals: loss plateaus at 0.81 of base, accuracy 0.49', 'training', []],
  ['loss-plateau.xor-sigmoid-mse-sgd', 'xor with 4 sigmoid units, mse and plain sgd 0.1: mse sits at 0.2465 against the 0.25 of predicting 0.5 (the baseline printed is the bce one)', 'training', ['lr-too-low', 'vanishing-gradient']],
  ['oscillating-loss.moons-tanh-sgd-0.8', 'sgd lr 0.8 with momentum 0.9, batch 8: epoch loss swings 0.17-2.27 to the end', 'training', ['lr-too-high', 'lr-out-of-range']],
  ['oscillating-loss.gesture-tanh-sgd-momentum', 'sgd lr 0.3 with momentum 0.9, batch 16: loss swings 0.12-0.51 without settling (subtle)', 'training', ['lr-too-high']],
  ['oscillating-loss.rmsprop-0.05-soil', 'rmsprop lr 0.05, batch 8 on a regression: loss keeps jittering 0.18-0.25 after epoch 40, 84% of relu units dead (subtle)', 'training', ['lr-too-high', 'dead-relu']],
  ['nan-loss.raw-nitrogen-sgd', 'raw soil features, linear layers, sgd 0.01: loss 3.6e3, 2.5e12, 7.5e38, Inf at step 4', 'training', ['exploding-gradient', 'lr-too-high']],
  ['nan-loss.inline-income-regression', 'inline table with income in dollars (5e4) as a raw feature, sgd 0.01: loss 2.7e7, 1.2e36, Inf at step 3', 'training', ['exploding-gradient', 'lr-too-high']],
];
const healthyNotes = JSON.parse(fs.readFileSync(path.join(dir, 'healthy-notes.json'), 'utf8'));
const manifest = {
  about: fs.readFileSync(path.join(dir, 'about.txt'), 'utf8').trim(),
  faults: faults.map(([stem, what, stage, extra]) => {
    const code = stem.split('.')[0];
    return { file: `faulty/${stem}.nn.json`, code, fault: `${what} (observe: ${evidence(stem)})`, stage, catches: [code, ...extra] };
  }),
  healthy: Object.entries(healthyNotes).map(([stem, covers]) => ({ file: `healthy/${stem}.nn.json`, covers: `${covers} (observe: ${evidence(stem)})` })),
};
const onDisk = (sub) => fs.readdirSync(path.join(dir, sub)).map((f) => `${sub}/${f}`).sort();
const listed = [...manifest.faults, ...manifest.healthy].map((e) => e.file).sort();
if (JSON.stringify(listed) !== JSON.stringify([...onDisk('faulty'), ...onDisk('healthy')].sort())) throw new Error('manifest and folders differ');
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
