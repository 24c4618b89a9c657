/**
 * `npx tsx bench/leaky-dead-survey.ts [set,set,…]`: every trainable spec of the fault sets with a hidden
 * `leaky_relu` or `elu` layer, trained on the bare engine, with how many of each such layer's units never
 * turned positive (the engine's `deadFraction`, which it counts for the whole ReLU family): the largest
 * share over the run's last 10 epochs, of the layer where it is largest, and the run's end over the
 * constant answer's loss. `dead-relu` judges `relu` layers only, since a leaky or elu unit that stays
 * negative still passes a gradient; blind257 dead-relu.raw-storage-days (94% of a leaky layer negative
 * from epoch 7) was missed for it. It asks whether such layers separate faults from healthy nets.
 */
import { checkCorpusSpec, type CorpusSet } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { baselineLoss } from '../src/diagnosis/detectors/baseline';
import { Trainer } from '../src/engine';
import { catchesText, optimizerText, runSurvey } from './corpus-runs';

/** Epochs at the run's end whose dead shares are read. */
const LAST_EPOCHS = 10;

/** The hidden layers (by index) whose activation is leaky_relu or elu. */
function leakyLayers(activations: readonly (string | undefined)[]): number[] {
  return activations.flatMap((a, i) => (i < activations.length - 1 && (a === 'leaky_relu' || a === 'elu') ? [i] : []));
}

/** One line per spec with such a layer, or undefined. */
function surveyLine(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  const spec = check.spec, dataset = check.dataset;
  if (!spec || !dataset || hasErrors(check.diagnostics)) return undefined;
  const layers = leakyLayers(spec.layers.map((l) => ('activation' in l ? (l.activation as string | undefined) : undefined)));
  if (layers.length === 0) return undefined;
  const trainer = new Trainer(spec, dataset);
  const shares = new Map<number, number>();
  const losses: number[] = [];
  for (let epoch = 0; epoch < spec.training.epochs; epoch++) {
    const stats = trainer.trainEpoch();
    losses.push(stats.loss);
    if (epoch < spec.training.epochs - LAST_EPOCHS) continue;
    for (const layer of stats.layers) {
      if (layers.includes(layer.index) && layer.deadFraction !== undefined) shares.set(layer.index, Math.max(shares.get(layer.index) ?? 0, layer.deadFraction));
    }
  }
  let worst = -1;
  for (const [index, share] of shares) if (worst < 0 || share > (shares.get(worst) ?? 0)) worst = index;
  const end = losses.slice(-5).reduce((a, b) => a + b, 0) / Math.min(5, losses.length) / (baselineLoss(spec, dataset) ?? NaN);
  const activation = worst >= 0 ? (spec.layers[worst] as { activation?: string }).activation : '';
  return [filed, set, file, optimizerText(spec), activation, worst, worst >= 0 ? (shares.get(worst) ?? 0).toFixed(2) : '', end.toPrecision(3), catchesText(set, file, filed)].join('\t');
}

const HEADER = ['filed', 'set', 'spec', 'optimizer', 'activation', 'layer', 'largest never-positive share (last 10 epochs)', 'end/constant', 'catches'];

process.exitCode = runSurvey(process.argv.slice(2), 'tsx bench/leaky-dead-survey.ts [set,set,…]', HEADER, surveyLine);
