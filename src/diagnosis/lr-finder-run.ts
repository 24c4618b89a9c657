/**
 * The finder's suggestion for the spec's own run. The valley rule serves a run of thousands of steps;
 * on a run of a few hundred it errs low: over the 66 development sets' runs of at most
 * RATE_CHECK_STEPS steps, training the whole run at the valley's rate ended more than 1.5 times above
 * the spec as written on 153 of 284 healthy specs, and at the minimum rule's on 30
 * (`npx tsx bench/finder-short-run-survey.ts`). Neither rule wins every spec, so on a short run both
 * rates train for the run's steps on the probe's sample and the lower standing loss picks.
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { fmt, runSteps } from './context';
import type { LrFinderResult } from './lr-finder';
import { planProbe } from './probe-plan';
import { affordsTrials, atRate, RATE_CHECK_STEPS, standingLoss } from './probe-rate-check';
import { distinctRates, lowest } from './probe-rate-race';

/** The two rules' rates, trained for the run's steps on the sample. */
export interface RunRace {
  /** The run's steps, and so each trial's. */
  steps: number;
  valley: number;
  minimum: number;
  /** Where each rate sits on the finder's curve. */
  valleyIndex: number;
  minimumIndex: number;
  /** Standing loss over the sample after each trial (NaN when it broke). */
  valleyLoss: number;
  minimumLoss: number;
  /** The rule whose rate ended lower (the valley on a tie or when both broke). */
  winner: 'valley' | 'minimum';
}

/**
 * The race for a short run, or undefined when it is not run: the run is longer than
 * RATE_CHECK_STEPS, a rule made no suggestion, the two rates are about the same, the network is too
 * large for the probe, or the budget cannot fund the two trials.
 */
export function raceFinderRules(spec: ModelSpec, dataset: Dataset, finder: LrFinderResult): RunRace | undefined {
  const { suggestion: valley, suggestionIndex: valleyIndex, minimum, minimumIndex } = finder;
  const steps = runSteps(spec, dataset);
  if (steps > RATE_CHECK_STEPS || valley === undefined || minimum === undefined || valleyIndex === undefined || minimumIndex === undefined) return undefined;
  if (!distinctRates(valley, minimum)) return undefined;
  const plan = planProbe(spec, dataset.inputs, dataset.samples);
  if (plan.sampleSize === 0 || !affordsTrials(spec, dataset, plan, steps, 2)) return undefined;
  const valleyLoss = standingLoss(atRate(spec, valley), dataset, plan, steps);
  const minimumLoss = standingLoss(atRate(spec, minimum), dataset, plan, steps);
  const winner = lowest([valleyLoss, minimumLoss]) === 1 ? 'minimum' : 'valley';
  return { steps, valley, minimum, valleyIndex, minimumIndex, valleyLoss, minimumLoss, winner };
}

/** The rate offered for the run, where it sits on the curve, and the rule that made it (none when the loss never fell). */
export interface RunSuggestion {
  lr?: number;
  index?: number;
  rule: 'valley' | 'minimum';
}

/** The rate to offer for the run: the race's winner, or the valley rule's without a race. */
export function runSuggestion(finder: LrFinderResult, race: RunRace | undefined): RunSuggestion {
  if (race?.winner === 'minimum') return { lr: race.minimum, index: race.minimumIndex, rule: 'minimum' };
  return { lr: finder.suggestion, index: finder.suggestionIndex, rule: 'valley' };
}

/** The race as one clause: "trained for the run's 200 steps on the sample, the minimum rule's 0.42 ends at loss 0.0012, the valley rule's 0.0016 at loss 0.34". */
export function describeRace(race: RunRace): string {
  const [won, lost] = race.winner === 'minimum' ? (['minimum', 'valley'] as const) : (['valley', 'minimum'] as const);
  const loss = (l: number) => (Number.isFinite(l) ? `loss ${fmt(l)}` : 'a loss that is not a number');
  const rate = (rule: 'valley' | 'minimum') => fmt(Number(race[rule].toPrecision(2)));
  const lossOf = (rule: 'valley' | 'minimum') => (rule === 'valley' ? race.valleyLoss : race.minimumLoss);
  return `trained for the run's ${race.steps} steps on the sample, the ${won} rule's ${rate(won)} ends at ${loss(lossOf(won))}, the ${lost} rule's ${rate(lost)} at ${loss(lossOf(lost))}`;
}
