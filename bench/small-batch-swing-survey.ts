/**
 * `npx tsx bench/small-batch-swing-survey.ts [set,set,…] [--max-batch N]`: every trainable spec of the
 * fault sets under Adam or RMSprop on mini-batches of at most N rows (default 8), trained on the bare
 * engine, with how its epoch loss swings: over every window of `lossWindow` epochs whose loss changes
 * direction in more than `oscillationFlips` of them, the largest median swing, both over the reference
 * loss (what training's `oscillating-loss` reads, bound `oscillationSwing`) and over the window's own
 * median level; the first epoch whose window meets the level rule's bounds (level-swing.ts: a swing of
 * `oscillationLevelSwing` of the level or more while the level stands at `oscillationLevelFloor` of the
 * reference or more, its rate bound not applied) and the longest run of such epochs. It asked whether a swing measured against
 * the run's own level separates the faults filed as swinging on small batches, which the
 * reference-relative bound misses, from healthy noisy runs; it now lists the specs the rule can touch,
 * which `bench/spec-outcomes.ts` then runs before and after a change to it.
 */
import { checkCorpusSpec, type CorpusSet } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { referenceLoss } from '../src/diagnosis/detectors';
import { flipFraction, median, medianSwing } from '../src/diagnosis/detectors/signals';
import { DEFAULT_DIAGNOSTICS } from '../src/spec/types';
import { Trainer } from '../src/engine';
import { optimizerText, runSurvey } from './corpus-runs';
import { trainCurves } from './train-curves';

/** The largest swings over the windows that flip often enough, and the run's end over its reference. */
interface Swings {
  flippingWindows: number;
  /** The first epoch whose window flips often enough and swings by LEVEL_SWING of its level or more, at REFERENCE_LEVEL of the reference or more (0: none). */
  firstRelative: number;
  /** The longest run of consecutive epochs whose window meets the same bounds. */
  longestRelative: number;
  overReference: number;
  overLevel: number;
  endOverReference: number;
}

/** The rule's default bounds (`oscillationLevelSwing`, `oscillationLevelFloor`), or others to explore, from the environment. */
const LEVEL_SWING = Number(process.env.LEVEL_SWING ?? DEFAULT_DIAGNOSTICS.oscillationLevelSwing);
const REFERENCE_LEVEL = Number(process.env.REFERENCE_LEVEL ?? DEFAULT_DIAGNOSTICS.oscillationLevelFloor);

function swingsOf(losses: readonly number[], window: number, flipBound: number, reference: number): Swings {
  const result: Swings = { flippingWindows: 0, firstRelative: 0, longestRelative: 0, overReference: 0, overLevel: 0, endOverReference: median(losses.slice(-5)) / reference };
  let streak = 0;
  for (let end = window + 1; end <= losses.length; end++) {
    const seen = losses.slice(0, end);
    const flips = flipFraction(seen, window);
    if (flips === undefined || !(flips > flipBound)) {
      streak = 0;
      continue;
    }
    const swing = medianSwing(seen, window, 1) ?? 0;
    const level = median(seen.slice(-window));
    result.flippingWindows++;
    result.overReference = Math.max(result.overReference, swing / reference);
    if (level > 0) result.overLevel = Math.max(result.overLevel, swing / level);
    const relative = level > 0 && swing / level >= LEVEL_SWING && level / reference >= REFERENCE_LEVEL;
    streak = relative ? streak + 1 : 0;
    result.longestRelative = Math.max(result.longestRelative, streak);
    if (relative && !result.firstRelative) result.firstRelative = end;
  }
  return result;
}

/** One line per spec under Adam or RMSprop on mini-batches of at most `maxBatch` rows, or undefined. */
function surveyLine(set: CorpusSet, file: string, code: string, maxBatch: number): string | undefined {
  const check = checkCorpusSpec(file, set);
  const spec = check.spec, dataset = check.dataset;
  if (!spec || !dataset || hasErrors(check.diagnostics)) return undefined;
  const { type } = spec.optimizer;
  if ((type !== 'adam' && type !== 'rmsprop') || spec.training.batchSize > maxBatch || spec.training.batchSize >= dataset.samples) return undefined;
  const reference = referenceLoss(spec, dataset, new Trainer(spec, dataset));
  if (!reference) return undefined;
  const losses = trainCurves(spec, dataset).losses;
  if (!losses.every(Number.isFinite)) return [code, set, file, optimizerText(spec), spec.training.epochs, 'broke'].join('\t');
  const config = spec.diagnostics;
  const s = swingsOf(losses, config.lossWindow, config.oscillationFlips, reference.loss);
  return [code, set, file, optimizerText(spec), spec.training.epochs, s.flippingWindows, s.firstRelative, s.longestRelative, s.overReference.toFixed(3), s.overLevel.toFixed(3), s.endOverReference.toFixed(3)].join('\t');
}

const HEADER = ['filed', 'set', 'spec', 'optimizer', 'epochs', 'flipping windows', 'first relative swing', 'longest relative run', 'swing/reference', 'swing/level', 'end/reference'];

/** The `--max-batch N` option (default 8), and the other arguments. */
function options(args: readonly string[]): { maxBatch: number; rest: string[] } {
  const at = args.indexOf('--max-batch');
  return { maxBatch: at >= 0 ? Number(args[at + 1]) : 8, rest: args.filter((_, i) => !(at >= 0 && i === at + 1)) };
}

const { maxBatch, rest } = options(process.argv.slice(2));
process.exitCode = runSurvey(rest, 'tsx bench/small-batch-swing-survey.ts [set,set,…] [--max-batch N]', HEADER, (set, file, filed) => surveyLine(set, file, filed, maxBatch));
