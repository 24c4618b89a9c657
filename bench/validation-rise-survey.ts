/**
 * `npx tsx bench/validation-rise-survey.ts [set,set,…]`: every trainable spec of the fault sets that
 * holds rows out and whose validation loss meets training's validation-rise bound for `lr-too-high`
 * (learning-rate.ts, `climbingValidation`: every one of the last VALIDATION_RISE_EPOCHS validation
 * losses above VALIDATION_RISE_MULTIPLE times its best before them, and above the reference), trained
 * on the bare engine. For the first epoch that meets it: the validation multiple (and the largest over
 * the run), and what the training
 * loss did meanwhile: where it stands over the reference, its last epochs' least loss over its best
 * before them (under 1: still falling to new lows), and how it moved since the validation loss's best
 * (its last epoch's, and the worst of its last VALIDATION_RISE_EPOCHS, over its loss then: under 1 on
 * the worst, the message says the net is memorising its rows).
 * Then the training loss's last `lossWindow` epochs: the share of them that change direction, and their
 * median change over their median level. It asks whether a validation loss that climbs while the training loss keeps falling (the net
 * memorising its rows) is told apart from the climb of steps too large, where the training loss bounces.
 */
import { checkCorpusSpec, type CorpusSet } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { referenceLoss } from '../src/diagnosis/detectors';
import { VALIDATION_RISE_EPOCHS, VALIDATION_RISE_MULTIPLE } from '../src/diagnosis/detectors/learning-rate';
import { flipFraction, median, medianSwing, minimum } from '../src/diagnosis/detectors/signals';
import { Trainer } from '../src/engine';
import { catchesText, optimizerText, runSurvey } from './corpus-runs';
import { trainCurves } from './train-curves';

/** Validation losses a run needs before its climb is judged, as the detector's. */
const MIN_EPOCHS = 10;

/** The validation multiple the bound reads after `end` epochs (the last epochs' least over the best before them), or 0 while they sit at or under the reference. */
function multipleAt(held: readonly number[], end: number, reference: number): number {
  const split = end - VALIDATION_RISE_EPOCHS;
  const recent = minimum(held, split, end);
  return recent > reference ? recent / minimum(held, 0, split) : 0;
}

/** The first epoch (1-based) at which `held` meets the rise bound (0: none), and the largest multiple over the run. */
function riseOf(held: readonly number[], reference: number): { first: number; largest: number } {
  const rise = { first: 0, largest: 0 };
  for (let end = MIN_EPOCHS; end <= held.length; end++) {
    const multiple = multipleAt(held, end, reference);
    if (!rise.first && multiple > VALIDATION_RISE_MULTIPLE) rise.first = end;
    rise.largest = Math.max(rise.largest, multiple);
  }
  return rise;
}

/** The index of the least value of `values` before `to`. */
function argMin(values: readonly number[], to: number): number {
  let at = 0;
  for (let i = 1; i < to; i++) if (values[i] < values[at]) at = i;
  return at;
}

/** One line per spec whose validation loss meets the bound, or undefined. */
function surveyLine(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  const spec = check.spec, dataset = check.dataset;
  if (!spec || !dataset || hasErrors(check.diagnostics) || !(spec.training.validationSplit > 0)) return undefined;
  const reference = referenceLoss(spec, dataset, new Trainer(spec, dataset));
  if (!reference) return undefined;
  const { losses, valLosses } = trainCurves(spec, dataset);
  if (valLosses.length < MIN_EPOCHS) return undefined;
  const { first: at, largest } = riseOf(valLosses, reference.loss);
  if (!at) return undefined;
  const split = at - VALIDATION_RISE_EPOCHS;
  const valBestAt = argMin(valLosses, split);
  const trainBest = minimum(losses, 0, split);
  const trainRecent = minimum(losses, split, at);
  const sinceValBest = losses[at - 1] / losses[valBestAt];
  const worstSinceValBest = Math.max(...losses.slice(split, at)) / losses[valBestAt];
  const seen = losses.slice(0, at);
  const window = spec.diagnostics.lossWindow;
  const flips = flipFraction(seen, window);
  const swing = (medianSwing(seen, window, 1) ?? NaN) / median(seen.slice(-window));
  return [
    filed, set, file, optimizerText(spec), spec.training.epochs, at, valBestAt + 1,
    multipleAt(valLosses, at, reference.loss).toFixed(2), largest.toFixed(2),
    (losses[at - 1] / reference.loss).toFixed(4), (trainRecent / trainBest).toFixed(3), sinceValBest.toFixed(3), worstSinceValBest.toFixed(3),
    flips === undefined ? '' : flips.toFixed(2), swing.toFixed(3),
    catchesText(set, file, filed),
  ].join('\t');
}

const HEADER = ['filed', 'set', 'spec', 'optimizer', 'epochs', 'first rise epoch', 'validation best epoch', 'validation multiple', 'largest multiple', 'training/reference', 'training recent/best', 'training now/at validation best', 'training recent worst/at validation best', 'training flips', 'training swing/level', 'catches'];

process.exitCode = runSurvey(process.argv.slice(2), 'tsx bench/validation-rise-survey.ts [set,set,…]', HEADER, surveyLine);
