/**
 * Writes manifest.json from the fault descriptions below and the measured lines in observed.txt /
 * observed-healthy.txt (test/faults/observe.ts --summary): `npx tsx test/faults-blind37/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

type F = [code: string, stage: 'static' | 'probe' | 'training', catches: string[], fault: string];
const faults: Record<string, F> = {
  'invalid-spec.keras-loss-name': ['invalid-spec', 'static', ['invalid-spec'], 'Keras port of the Pima tutorial keeps loss "binary_crossentropy"'],
  'invalid-spec.lr-as-string': ['invalid-spec', 'static', ['invalid-spec'], 'learning rate copied from a PyTorch argparse default as the string "1e-3"'],
  'invalid-spec.dropout-p': ['invalid-spec', 'static', ['invalid-spec'], 'dropout written with PyTorch\'s nn.Dropout(p=0.5) keyword "p" instead of "rate"'],
  'data-error.titanic-missing-age': ['data-error', 'static', ['data-error'], 'raw Titanic export with ~15% empty age cells, not imputed before training'],
  'data-error.churn-target-capitalised': ['data-error', 'static', ['data-error'], 'target "Churn" as in the Kaggle telco file, but this CSV\'s column is "churn"'],
  'data-error.wine-feature-typo': ['data-error', 'static', ['data-error'], 'feature list names "alcohol_pct" (from another version of the wine file); the column is "alcohol"'],
  'shape-mismatch.wine-grade-two-outputs': ['shape-mismatch', 'static', ['shape-mismatch'], 'wine grade has 3 classes (low/mid/high) but the softmax output has 2 units (copied from a red/white tutorial)'],
  'shape-mismatch.pima-two-sigmoid-outputs': ['shape-mismatch', 'static', ['shape-mismatch'], 'binary diabetes target with 2 sigmoid outputs under bce (PyTorch two-logit habit) against a single 0/1 target column; the engine trains it anyway'],
  'shape-mismatch.iris-four-classes': ['shape-mismatch', 'static', ['shape-mismatch'], 'iris (3 classes) with a 4-unit softmax output'],
  'loss-activation-mismatch.titanic-softmax-one-unit': ['loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'binary Titanic with a 1-unit softmax output under bce: the output is constantly 1, nothing learns'],
  'loss-activation-mismatch.pima-logits-bce': ['loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'PyTorch BCEWithLogitsLoss habit: linear output fed to bce, which expects probabilities'],
  'loss-activation-mismatch.wine-grade-sigmoid-cce': ['loss-activation-mismatch', 'static', ['loss-activation-mismatch'], '3-class wine grade with sigmoid outputs under cce: the loss goes near 0 while accuracy stays near chance'],
  'init-symmetry.churn-zeros': ['init-symmetry', 'static', ['init-symmetry', 'dead-relu'], 'every layer initialised with zeros (nn.init.zeros_ on all weights): relu units never move'],
  'init-symmetry.moons-constant': ['init-symmetry', 'static', ['init-symmetry'], 'tanh layers initialised to constant 0.1: all units stay identical, the net acts as one unit per layer (same spec with default init: last/base 0.09, acc 0.988)'],
  'init-scale.titanic-randn': ['init-scale', 'static', ['init-scale', 'saturated-activation'], 'weights drawn as torch.randn (std 1) on 64-unit tanh layers: hidden tanh layers saturate, train fits but validation loss is 2.3x baseline'],
  'init-scale.wine-tiny-uniform': ['init-scale', 'static', ['init-scale', 'vanishing-gradient'], 'uniform init with limit 0.001 on a 3-hidden-layer relu regressor: first-layer gradients ~1e-7, loss stays at the baseline'],
  'no-nonlinearity.moons-keras-default-dense': ['no-nonlinearity', 'static', ['no-nonlinearity'], 'Keras Dense(16) without activation= (linear default) in both hidden layers: a linear boundary on moons'],
  'no-nonlinearity.circles-linear-stack': ['no-nonlinearity', 'static', ['no-nonlinearity'], 'three hidden layers explicitly linear on circles: the loss stays at the baseline'],
  'lr-out-of-range.pima-adam-3': ['lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'Adam lr 3 (meant 3e-4)'],
  'lr-out-of-range.churn-sgd-1e-6': ['lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'SGD lr 1e-6 with momentum: nothing moves in 100 epochs'],
  'lr-out-of-range.wine-rmsprop-2': ['lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'RMSprop lr 2 (meant 2e-3) on the wine regressor'],
  'lr-too-high.pima-sgd-momentum': ['lr-too-high', 'training', ['lr-too-high', 'oscillating-loss', 'dead-relu'], 'SGD lr 0.5 with momentum 0.9 on a 4-layer relu net: reaches 0.41 then falls back to the baseline with dying layers'],
  'lr-too-high.wine-adam-0.1': ['lr-too-high', 'training', ['lr-too-high', 'dead-relu'], 'Adam lr 0.1 on a 64x64 relu regressor: the second layer dies, loss stays at the baseline'],
  'lr-too-low.titanic-sgd-0.0005': ['lr-too-low', 'training', ['lr-too-low', 'loss-plateau'], 'plain SGD lr 0.0005 for 50 epochs: the loss hardly leaves the baseline (healthy/titanic-adam, the same net with Adam 0.001 for 100 epochs: last/base 0.68)'],
  'lr-too-low.moons-adam-1e-5': ['lr-too-low', 'training', ['lr-too-low'], 'Adam lr 1e-5 on moons for 100 epochs: loss only 0.68 of the baseline (healthy/moons-adam, the same layers with lr 1e-3 on 500 noisier samples: 0.12)'],
  'dead-relu.pima-unscaled-sgd': ['dead-relu', 'training', ['dead-relu'], 'unscaled diabetes features (glucose ~120, insulin up to 600) into relu with SGD 0.01 momentum 0.9: second layer 100% dead, loss at baseline'],
  'dead-relu.insurance-adam-high': ['dead-relu', 'training', ['dead-relu', 'lr-too-high'], 'Adam lr 0.3 on the insurance regressor: 94% of the second relu layer dies (the loss still falls on the survivors)'],
  'dead-relu.churn-negative-bias': ['dead-relu', 'static', ['dead-relu', 'init-scale'], 'relu biases initialised to -3 (meant to make units sparse): 44% / 100% dead from the start'],
  'dead-relu.churn-raw-sgd': ['dead-relu', 'training', ['dead-relu', 'exploding-gradient', 'lr-too-high'], 'raw churn features (totalCharges in thousands) with SGD 0.01: first loss 956, then relus die and the loss sits at the baseline'],
  'vanishing-gradient.wine-deep-sigmoid': ['vanishing-gradient', 'training', ['vanishing-gradient', 'loss-plateau'], 'five sigmoid hidden layers with plain SGD 0.01 (old tutorial): first-layer gradients ~5e-4, loss flat at baseline'],
  'vanishing-gradient.spirals-deep-sigmoid': ['vanishing-gradient', 'training', ['vanishing-gradient', 'loss-plateau'], 'four sigmoid hidden layers on 3-arm spirals with SGD momentum: first-layer gradients ~1e-3, loss flat at baseline'],
  'exploding-gradient.insurance-dollars-sgd': ['exploding-gradient', 'training', ['exploding-gradient', 'nan-loss', 'lr-too-high'], 'regression on charges in dollars (not scaled) with SGD 0.01: gradient norms 1e13-1e24 within 3 steps (observed-steps.txt)'],
  'exploding-gradient.pima-raw-large-init': ['exploding-gradient', 'training', ['exploding-gradient', 'init-scale', 'dead-relu'], 'unscaled diabetes features with normal(0.5) weights on three 64-unit relu layers: step losses up to 1e11 with gradient norms up to 9e8, then all relus die (observed-steps.txt)'],
  'saturated-activation.titanic-raw-tanh': ['saturated-activation', 'training', ['saturated-activation'], 'tanh hidden layers on unscaled Titanic (fare up to 400, age up to 78): 86% of the first layer saturated'],
  'saturated-activation.churn-raw-sigmoid': ['saturated-activation', 'training', ['saturated-activation', 'loss-plateau'], 'sigmoid hidden layer on unscaled churn (totalCharges in thousands): 92% saturated, loss at the baseline'],
  'loss-plateau.insurance-sigmoid-output': ['loss-plateau', 'training', ['loss-plateau', 'loss-activation-mismatch', 'saturated-activation'], 'charges in thousands (mean ~13) regressed through a sigmoid output: the output pins at 1, loss stuck at 3.6x baseline'],
  'loss-plateau.circles-heavy-dropout': ['loss-plateau', 'training', ['loss-plateau'], 'dropout 0.9 after an 8-unit layer (meant keep-prob 0.9, TF1 habit): loss stays at the baseline'],
  'loss-plateau.xor-sgd-sigmoid': ['loss-plateau', 'training', ['loss-plateau', 'lr-too-low'], '4 sigmoid units on xor with plain SGD 0.01 for 200 epochs: the loss never leaves the baseline'],
  'oscillating-loss.titanic-sgd-momentum-0.99': ['oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'SGD lr 0.1 with momentum 0.99, batch 8: epoch losses swing between 0.69 and 1.86, never below the baseline (observed-curves.txt)'],
  'oscillating-loss.churn-rmsprop-0.1-batch8': ['oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'RMSprop lr 0.1, batch 8: epoch losses jump between 0.33 and 0.76 throughout, validation 1.85 (observed-curves.txt)'],
  'oscillating-loss.wine-adam-batch4': ['oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'Adam lr 0.02 with batch 4 on the wine regressor: the loss falls but keeps jumping up to 2x between epochs (subtle; observed-curves.txt)'],
  'nan-loss.wine-sgd-momentum-batch4': ['nan-loss', 'training', ['nan-loss', 'lr-too-high', 'exploding-gradient'], 'SGD lr 0.05 momentum 0.9 with batch 4 on an unscaled target (quality ~6): loss 5e6 at step 9, Infinity at step 12 with NaN gradients, NaN for the epoch (observed-steps.txt)'],
  'nan-loss.insurance-dollars-momentum': ['nan-loss', 'training', ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'raw features and charges in dollars, SGD lr 0.001 momentum 0.9: loss 2e23 at step 2, NaN gradients at step 3, NaN loss at step 4 (observed-steps.txt)'],
};

const dir = __dirname;
const lines = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const observed = lines('observed.txt'), observedHealthy = lines('observed-healthy.txt');
const find = (all: string[], name: string) => {
  const hit = all.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name}.nn.json`));
  if (!hit) throw new Error(`no observation for ${name}`);
  return hit;
};
const files = fs.readdirSync(path.join(dir, 'faulty')).map((f) => f.replace(/\.nn\.json$/, '')).sort();
const missing = files.filter((f) => !faults[f]);
if (missing.length || files.length !== Object.keys(faults).length) throw new Error(`manifest and faulty/ differ: ${missing.join(', ')}`);
const manifest = {
  about: fs.readFileSync(path.join(dir, 'about.txt'), 'utf8').trim(),
  faults: files.map((name) => {
    const [code, stage, catches, text] = faults[name];
    return { file: `faulty/${name}.nn.json`, code, fault: `${text} (observe: ${find(observed, name)})`, stage, catches };
  }),
  healthy: fs.readdirSync(path.join(dir, 'healthy')).sort().map((f) => {
    const name = f.replace(/\.nn\.json$/, '');
    const s = JSON.parse(fs.readFileSync(path.join(dir, 'healthy', f), 'utf8'));
    const data = s.data.builtin ? `${s.data.builtin}${s.data.samples ? ` ${s.data.samples} samples` : ''}${s.data.noise !== undefined ? ` noise ${s.data.noise}` : ''}${s.data.classes ? ` ${s.data.classes} classes` : ''}` : s.data.csv ? `${path.basename(s.data.csv)} target ${s.data.target}` : 'inline';
    const layers = s.layers.map((l: { type: string; units?: number; activation?: string; rate?: number; batchNorm?: boolean }) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? ' bn' : ''}`)).join(', ');
    const o = s.optimizer, extra = ['momentum', 'nesterov', 'weightDecay', 'clipNorm'].filter((k) => o[k] !== undefined).map((k) => `${k} ${o[k]}`).join(' ');
    const t = s.training;
    return { file: `healthy/${f}`, covers: `${data} ${s.data.normalize ?? 'none'}, [${layers}], ${s.loss}, ${o.type} ${o.lr}${extra ? ` ${extra}` : ''}, batch ${t.batchSize}, ${t.epochs} epochs, val ${t.validationSplit} (observe: ${find(observedHealthy, name)})` };
  }),
};
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
