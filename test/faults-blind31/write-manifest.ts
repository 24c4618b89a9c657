/**
 * Writes manifest.json from the fault table below and the bare-engine observations in observed.txt
 * and observed-healthy.txt (test/faults/observe.ts --summary). Run after author.ts and the observe runs:
 * `npx tsx test/faults-blind31/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

type Stage = 'static' | 'probe' | 'training';
const DIR = __dirname;
/** slug -> [fault text, stage, extra codes that genuinely fix it] */
const FAULTS: Record<string, [string, Stage, string[]]> = {
  'invalid-spec.lr-as-string': ['learning rate written as the string "1e-3" (copied from a YAML config)', 'static', []],
  'invalid-spec.layer-type-linear': ['output layer given "type": "linear" (a PyTorch nn.Linear habit) instead of a dense layer', 'static', []],
  'invalid-spec.trailing-comma': ['trailing comma after the last layer of a hand-edited spec: not valid JSON', 'static', []],
  'data-error.target-column-typo': ['target "period" while the CSV column is "period_s"', 'static', []],
  'data-error.logged-gaps': ['a hand-logged projectile CSV with an empty angle on line 59 and "n/a" as a range on line 135', 'static', []],
  'data-error.inline-ragged-row': ['inline table where one row lost its second feature (4th row has 1 value, the others 2)', 'static', ['invalid-spec']],
  'shape-mismatch.cce-two-units-iris': ['iris (3 classes) with a 2-unit softmax output', 'static', []],
  'shape-mismatch.two-targets-one-output': ['two regression targets (force_n and drag_coeff) but a 1-unit output', 'static', []],
  'shape-mismatch.bce-two-sigmoid-units': ['binary overheat target with bce and a 2-unit sigmoid output (one-unit-per-class habit); the target is one 0/1 column', 'static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.bce-tanh-output': ['bce on a tanh output (outputs in [-1,1], not probabilities); the logged loss is not a real cross-entropy', 'static', []],
  'loss-activation-mismatch.cce-sigmoid-output': ['cce on a 4-unit sigmoid output instead of softmax: the loss collapses to ~1e-7 while accuracy is 0.96, the loss is meaningless', 'static', []],
  'loss-activation-mismatch.mse-softmax-regression': ['regression (thermistor resistance) with a 1-unit softmax output: the output is always 1, nothing learns', 'static', []],
  'init-symmetry.zeros-tanh-hidden': ['two tanh hidden layers initialised to zeros: all units identical and no gradient reaches them; loss stays at the mean predictor', 'static', ['init-scale']],
  'init-symmetry.constant-tanh-sine': ['every weight set to the constant 0.2: the 32 tanh units stay identical, the net acts as one unit and cannot fit the sine', 'static', []],
  'init-scale.normal-std-4-tanh': ['tanh layers initialised normal std 4 (about 20x Xavier): most hidden units saturated from the start; subtle, it still reaches a low loss on moons', 'static', ['saturated-activation']],
  'init-scale.tiny-uniform-deep-relu': ['four relu layers with uniform limit 0.001: signal and gradient vanish, loss stays at the mean predictor', 'static', ['vanishing-gradient', 'loss-plateau']],
  'no-nonlinearity.hidden-default-linear': ['hidden layers with no activation (default linear) fitting a sine: a linear model, loss stalls at 0.40 of baseline', 'static', []],
  'no-nonlinearity.linear-stack-rc': ['four linear layers fitting the RC filter gain (a log curve in frequency): loss stalls at 0.23 of baseline', 'static', []],
  'lr-out-of-range.adam-lr-3': ['adam with lr 3 (meant 3e-3): loss jumps to 5e5 then settles at the mean predictor with the second relu layer all dead', 'static', ['lr-too-high', 'dead-relu']],
  'lr-out-of-range.sgd-lr-1e-7': ['sgd lr 1e-7 (a typo for 1e-2): the loss barely moves in 500 epochs', 'static', ['lr-too-low', 'loss-plateau']],
  'lr-too-high.sgd-momentum-drag': ['sgd lr 0.08 momentum 0.9 on drag force in newtons (unscaled target): diverges to Infinity at step 4', 'probe', ['nan-loss', 'exploding-gradient']],
  'lr-too-high.adam-0.5-moons': ['adam lr 0.5 on moons: the loss jumps about (0.14..0.46), then at epochs 57 and 63 jumps up and from epoch 63 on sits at chance (0.69); 81% / 100% of the relu units die (observed-curves.txt)', 'training', ['dead-relu', 'oscillating-loss']],
  'lr-too-high.rmsprop-0.1-rc': ['rmsprop lr 0.1 on the RC filter: loss bounces between 2.6 and 16 from epoch 100 to 300 (adam 5e-3 in healthy/rc-filter-tanh-adam reaches 0.10-0.14), second tanh layer saturated (observed-curves.txt)', 'training', ['oscillating-loss', 'saturated-activation']],
  'lr-too-low.sgd-1e-4-pendulum': ['plain sgd lr 1e-4 on the pendulum: still creeping down at 0.23 of baseline after 300 epochs (adam 3e-3 reaches 0.002)', 'training', ['loss-plateau']],
  'lr-too-low.adam-3e-6-motor': ['adam lr 3e-6: the loss moves from 0.654 to 0.632 in 200 epochs', 'training', ['loss-plateau']],
  'dead-relu.negative-bias-init': ['relu layers with initial bias -4 (meant as a "sparse" start): 91% then 100% of units dead from the start, loss stuck above baseline', 'probe', ['loss-plateau']],
  'dead-relu.raw-target-first-step': ['raw drag force target with sgd lr 0.01: the second step blows up (loss 1e12) and kills every hidden unit; afterwards the loss sits at the mean predictor', 'probe', ['lr-too-high', 'exploding-gradient', 'loss-plateau']],
  'vanishing-gradient.deep-sigmoid-sgd': ['five sigmoid hidden layers trained by plain sgd on circles: first layer gradient 1e-4 of the last, loss at chance for 300 epochs', 'training', ['loss-plateau']],
  'vanishing-gradient.deep-sigmoid-small-init-motor': ['four sigmoid layers initialised normal std 0.05: first layer gradient <=5e-5 against 0.8 at the output, loss stays at baseline', 'training', ['init-scale', 'loss-plateau']],
  'exploding-gradient.raw-target-deep-relu': ['three relu layers of 64 on the raw drag force, sgd momentum: gradient norms 1e5, 1e10, 1e25, then Infinity at step 4', 'probe', ['nan-loss', 'lr-too-high']],
  'exploding-gradient.large-init-deep-linear-out': ['relu layers initialised normal std 1 (far above He): gradients 1e5 then 1e11 then Infinity at step 3', 'probe', ['nan-loss', 'init-scale']],
  'saturated-activation.tanh-raw-celsius': ['tanh layers fed raw temperatures (-20..110 C, normalize none): both tanh layers fully saturated, loss stops at 0.17 of baseline', 'training', ['init-scale']],
  'saturated-activation.sigmoid-raw-motor': ['sigmoid hidden layer fed raw motor readings (currents to 30 A, temperatures to 45 C): 93-98% saturated, loss at 0.92 of baseline', 'training', []],
  'loss-plateau.xor-two-relu-units': ['xor with a single hidden layer of 2 relu units: loss flattens at 0.37 (0.54 of baseline), accuracy 0.75 (observed-curves.txt)', 'training', []],
  'loss-plateau.spirals-three-tanh-units': ['two spirals with 3 tanh units: loss at 0.64 by epoch 10, then only 0.60 by epoch 400 (0.87 of baseline), accuracy 0.61 (observed-curves.txt)', 'training', []],
  'oscillating-loss.batch1-sgd-cooling': ['sgd lr 0.05 with batch size 1 on a 16-row cooling table: epoch loss swings between ~110 and ~2000 (baseline 425) for all 400 epochs (observed-curves.txt)', 'training', ['lr-too-high']],
  'oscillating-loss.momentum-0.99': ['full-batch sgd lr 0.05 with momentum 0.99 on the pendulum: the loss swings by up to 10x between consecutive epochs through the first ~150 epochs and still by 2x at the end (0.034..0.074 over the last 10; observed-curves.txt)', 'training', ['lr-too-high']],
  'nan-loss.raw-drag-two-relu-sgd': ['raw drag features and target (normalize none), sgd lr 0.001: loss 2e5, 5e9, 2e25, 3e74 then NaN at step 5', 'probe', ['exploding-gradient', 'lr-too-high']],
  'nan-loss.raw-thermistor-elu-momentum': ['raw thermistor data, elu layers, sgd lr 0.05 momentum 0.9 batch 8: NaN at step 4', 'probe', ['exploding-gradient', 'lr-too-high']],
};

/** One observation line per spec, keyed by slug. */
function observations(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(DIR, file), 'utf8').split('\n').filter(Boolean)) {
    const trimmed = line.trim();
    const slug = trimmed.split(/:| /)[0].replace(/\.nn\.json$/, '');
    out.set(slug, trimmed);
  }
  return out;
}

interface SpecLike {
  data: Record<string, unknown>;
  layers: Record<string, unknown>[];
  loss: string;
  optimizer: Record<string, unknown>;
  training: Record<string, unknown>;
}

/** The healthy spec's setup in one line, read from the spec itself. */
function describe(spec: SpecLike): string {
  const d = spec.data;
  const source = d.builtin ? `builtin ${d.builtin} ${JSON.stringify({ ...d, builtin: undefined })}` : d.csv ? `${String(d.csv).replace('../data/', '')} -> ${d.target}` : `inline table of ${(d.inline as { x: unknown[] }).x.length} rows`;
  const layers = spec.layers.map((l) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? '+bn' : ''}`)).join(', ');
  const o = spec.optimizer, extras = ['momentum', 'nesterov', 'weightDecay', 'clipNorm'].filter((k) => o[k] !== undefined).map((k) => `${k} ${o[k]}`);
  const t = spec.training;
  return `${source}, normalize ${d.normalize ?? 'none'}, [${layers}], ${spec.loss}, ${o.type} ${o.lr}${extras.length ? ` (${extras.join(', ')})` : ''}, batch ${t.batchSize}, ${t.epochs} epochs${t.validationSplit ? `, validation ${t.validationSplit}` : ''}`;
}

function main(): void {
  const seen = observations('observed.txt'), healthySeen = observations('observed-healthy.txt');
  const faults = fs.readdirSync(path.join(DIR, 'faulty')).sort().map((file) => {
    const slug = file.replace(/\.nn\.json$/, '');
    const entry = FAULTS[slug];
    if (!entry) throw new Error(`no description for ${slug}`);
    const code = slug.split('.')[0];
    const [text, stage, extra] = entry;
    return { file: `faulty/${file}`, code, fault: `${text} (observe: ${seen.get(slug) ?? 'not observed'})`, stage, catches: [code, ...extra] };
  });
  const healthy = fs.readdirSync(path.join(DIR, 'healthy')).sort().map((file) => {
    const slug = file.replace(/\.nn\.json$/, '');
    const spec = JSON.parse(fs.readFileSync(path.join(DIR, 'healthy', file), 'utf8')) as SpecLike;
    return { file: `healthy/${file}`, covers: `${describe(spec)} (observe: ${healthySeen.get(slug) ?? 'not observed'})` };
  });
  const about = fs.readFileSync(path.join(DIR, 'about.txt'), 'utf8').trim();
  fs.writeFileSync(path.join(DIR, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 1) + '\n');
  console.log(`${faults.length} faults, ${healthy.length} healthy`);
}

main();
