/**
 * `npx tsx bench/finder-short-run-survey.ts [set,set,…] [--long]`: what the learning-rate finder's
 * suggestion is worth on the spec's own run. For every spec of the fault sets whose run takes at most
 * RATE_CHECK_STEPS steps, runs the finder and its race for the run (`raceFinderRules`), then trains
 * the spec for its planned epochs as written, at a third of its rate, at the valley rule's rate and
 * at 3 and 10 times it, at the minimum rule's rate, and at the race's pick. Each end loss is given
 * over the constant answer's (Infinity once it is not a number). With `--long`, the runs of
 * RATE_CHECK_STEPS to LONG_RUN_STEPS steps instead, as written and at the two rules' rates.
 */
import { hasErrors } from '../src/diagnosis/check';
import { findLearningRate } from '../src/diagnosis/lr-finder';
import { raceFinderRules } from '../src/diagnosis/lr-finder-run';
import { RATE_CHECK_STEPS } from '../src/diagnosis/probe-rate-check';
import { runSteps } from '../src/diagnosis/context';
import { checkCorpusSpec, CorpusSet } from '../test/faults/corpus';
import { printSurvey, surveySets } from './corpus-runs';
import { endOverConstantAt } from './train-curves';

/** With `--long`: the runs of RATE_CHECK_STEPS to LONG_RUN_STEPS steps instead. */
const LONG = process.argv.includes('--long');
const LONG_RUN_STEPS = 3000;

/** Whether a run of `steps` steps is in this survey's window. */
function inWindow(steps: number): boolean {
  return LONG ? steps > RATE_CHECK_STEPS && steps <= LONG_RUN_STEPS : steps <= RATE_CHECK_STEPS;
}

/** One line per spec in the window on which both rules suggest a rate, or undefined. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  const { spec, dataset } = check;
  if (!spec || !dataset || hasErrors(check.diagnostics) || !inWindow(runSteps(spec, dataset))) return undefined;
  const finder = findLearningRate(spec, dataset);
  const { suggestion: valley, minimum } = finder;
  if (valley === undefined || minimum === undefined) return undefined;
  const { lr, type } = spec.optimizer;
  const head = [filed, set, file, `${type}@${lr}`, runSteps(spec, dataset), valley.toPrecision(2), minimum.toPrecision(2)];
  try {
    if (LONG) return [...head, ...[lr, valley, minimum].map((rate) => endOverConstantAt(spec, dataset, rate).toPrecision(3))].join('\t');
    const race = raceFinderRules(spec, dataset, finder);
    const pick = race?.winner === 'minimum' ? minimum : valley;
    const rates = [lr, lr / 3, valley, 3 * valley, 10 * valley, minimum, pick];
    return [...head, race?.winner ?? 'no race', ...rates.map((rate) => endOverConstantAt(spec, dataset, rate).toPrecision(3))].join('\t');
  } catch (err) {
    return [...head, `engine refused: ${(err as Error).message}`].join('\t');
  }
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/finder-short-run-survey.ts [set,set,…] [--long]');
  if (!sets) return 2;
  const head = ['filed', 'set', 'spec', 'optimizer', 'steps', 'valley', 'minimum'];
  const ends = LONG ? ['as written', 'valley', 'minimum'] : ['race', 'as written', 'lr/3', 'valley', 'valley×3', 'valley×10', 'minimum', 'pick'];
  printSurvey(sets, [...head, ...ends].join('\t'), survey);
  return 0;
}

process.exitCode = main();
