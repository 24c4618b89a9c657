/**
 * Writes manifest.json from author.ts's specs and the bare-engine observations in observed*.txt:
 * `npx tsx test/faults-blind20/write-manifest.ts`. Stage and catches are decided from each fault, by hand, here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { faulty, healthy } from './author';

type Judgement = [stage: 'static' | 'probe' | 'training', catches: string[]];
const JUDGED: Record<string, Judgement> = {
  'invalid-spec.optimizer-adamw': ['static', ['invalid-spec']],
  'invalid-spec.activation-gelu': ['static', ['invalid-spec']],
  'invalid-spec.dropout-keep-prob': ['static', ['invalid-spec']],
  'data-error.target-wrong-case': ['static', ['data-error']],
  'data-error.text-category-column': ['static', ['data-error']],
  'data-error.inline-ragged-row': ['static', ['data-error']],
  'shape-mismatch.grade-two-outputs': ['static', ['shape-mismatch']],
  'shape-mismatch.rent-two-targets-one-output': ['static', ['shape-mismatch']],
  'loss-activation-mismatch.softmax-one-unit-bce': ['static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.relu-output-bce': ['static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.sigmoid-output-rent': ['static', ['loss-activation-mismatch']],
  'loss-activation-mismatch.bce-linear-output': ['static', ['loss-activation-mismatch']],
  'init-symmetry.zeros-tanh-churn': ['static', ['init-symmetry']],
  'init-symmetry.constant-relu-grade': ['static', ['init-symmetry']],
  'init-scale.normal-std3-tanh-rent': ['static', ['init-scale', 'saturated-activation']],
  'init-scale.tiny-normal-deep-relu': ['static', ['init-scale', 'vanishing-gradient']],
  'no-nonlinearity.spirals-forgot-activation': ['static', ['no-nonlinearity']],
  'no-nonlinearity.circles-linear-hidden': ['static', ['no-nonlinearity']],
  'lr-out-of-range.adam-lr-3': ['static', ['lr-out-of-range', 'lr-too-high']],
  'lr-out-of-range.sgd-lr-1e-7': ['static', ['lr-out-of-range', 'lr-too-low']],
  'lr-too-high.rmsprop-0.05-rent': ['training', ['lr-too-high', 'dead-relu']],
  'lr-too-high.sgd-momentum-churn': ['probe', ['lr-too-high', 'lr-out-of-range', 'dead-relu']],
  'lr-too-low.adam-2e-5-grade': ['training', ['lr-too-low', 'lr-out-of-range']],
  'lr-too-low.sgd-0.0005-pump': ['training', ['lr-too-low', 'lr-out-of-range']],
  'dead-relu.negative-bias-init': ['probe', ['dead-relu']],
  'dead-relu.adam-0.05-deep-rent': ['training', ['dead-relu', 'lr-too-high']],
  'dead-relu.raw-pump-relu-sgd': ['probe', ['dead-relu', 'exploding-gradient', 'lr-too-high']],
  'vanishing-gradient.deep-sigmoid-sgd': ['probe', ['vanishing-gradient', 'loss-plateau']],
  'vanishing-gradient.deep-tanh-small-normal': ['probe', ['vanishing-gradient', 'init-scale', 'loss-plateau']],
  'exploding-gradient.raw-eur-target-sgd': ['probe', ['exploding-gradient', 'nan-loss', 'lr-too-high']],
  'exploding-gradient.raw-pump-features-deep': ['probe', ['exploding-gradient', 'dead-relu', 'lr-too-high']],
  'saturated-activation.raw-pump-tanh': ['probe', ['saturated-activation']],
  'saturated-activation.raw-rent-sigmoid': ['probe', ['saturated-activation']],
  'loss-plateau.xor-two-units-sgd': ['training', ['loss-plateau', 'lr-too-low']],
  'loss-plateau.heavy-dropout-tiny-net': ['training', ['loss-plateau']],
  'oscillating-loss.momentum-0.99-rent': ['training', ['oscillating-loss', 'lr-too-high']],
  'oscillating-loss.sine-momentum-0.98': ['training', ['oscillating-loss', 'lr-too-high']],
  'nan-loss.raw-area-linear-regression': ['training', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
  'nan-loss.raw-eur-sgd': ['training', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
};

/** The observe --summary line for a spec, found by its base name. */
function observed(file: string, key: string): string {
  const lines = fs.readFileSync(path.join(__dirname, file), 'utf8').split('\n');
  const line = lines.find((l) => l.startsWith(`${key}:`) || l.trim().startsWith(`${key}.nn.json`));
  if (!line) throw new Error(`no observation for ${key} in ${file}`);
  return line.trim();
}

const faults = Object.entries(faulty).map(([key, [, what]]) => {
  const judged = JUDGED[key];
  if (!judged) throw new Error(`no stage/catches decided for ${key}`);
  return { file: `faulty/${key}.nn.json`, code: key.split('.')[0], fault: `${what} (observe: ${observed('observed.txt', key)})`, stage: judged[0], catches: judged[1] };
});
const healthies = Object.entries(healthy).map(([key, [, covers]]) => ({ file: `healthy/${key}.nn.json`, covers: `${covers} (observe: ${observed('observed-healthy.txt', key)})` }));
const about = fs.readFileSync(path.join(__dirname, 'about.txt'), 'utf8').trim();
fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify({ about, faults, healthy: healthies }, null, 2) + '\n');
console.log(`${faults.length} faults, ${healthies.length} healthy`);
