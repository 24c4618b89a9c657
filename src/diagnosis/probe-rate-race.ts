/**
 * The race for an `lr-too-high` fix's rate on a run short enough to try whole: the learning-rate
 * finder's rates against a third of the written one, each trained for the run's steps on the probe's
 * sample (`standingLoss`, as in the rate check); the lowest standing loss sets the fix's rate.
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { fmt, roundLr } from './context';
import type { ProbePlan } from './probe-plan';
import type { ProbeTrace, SuggestedRate } from './probe-lr-rules';
import { affordsTrials, atRate, RATE_CHECK_DIVISOR, RATE_CHECK_STEPS, rateCheckSteps, standingLoss } from './probe-rate-check';

/** The finder's rates against a third of the written one, over a run short enough to try whole. */
export interface RateRace {
  steps: number;
  /** The finder's valley rule's rate. */
  finderLr: number;
  finderLoss: number;
  thirdLr: number;
  thirdLoss: number;
  /** The finder's minimum rule's rate, the third runner when it is a distinct rate below the written one and the budget funds it. */
  minimumLr?: number;
  minimumLoss?: number;
  /** The runner that ended lowest; a loss that breaks loses, and a tie goes to the finder's valley, then the third. */
  winner: 'finder' | 'third' | 'minimum';
}

/** Two rates are one runner when they are within this factor of each other (`distinctRates`). */
const DISTINCT_RATES = 1.5;

/** Whether two rates differ by more than DISTINCT_RATES, so racing them can tell them apart. */
export function distinctRates(a: number, b: number): boolean {
  return Math.max(a / b, b / a) > DISTINCT_RATES;
}

/**
 * The race for an `lr-too-high` fix's rate, or undefined when it is not run: the spec's own run is
 * longer than RATE_CHECK_STEPS (the finder's rate serves long runs best), the finder's rate is not
 * below a third of the written one, or the budget cannot fund it. The finder's valley rule errs low,
 * and a run of a few hundred steps at its rate stops far short: over the 62 sets, of the 33 lr-too-high
 * findings on runs under 300 steps, the finder's rate ended 25 more than 1.5 times above the best of
 * five rates tried, a third of the rate 6 (bench/lr-suggestion-survey.ts). Its minimum rule runs too
 * when it offers a distinct lower rate than the written one: on short runs it trains better than the
 * valley more often than not (bench/finder-short-run-survey.ts). Each runner trains for the run's steps
 * on the probe's sample; the lowest standing loss wins.
 */
export function raceShortRun(spec: ModelSpec, dataset: Dataset, plan: ProbePlan, trace: ProbeTrace, finderLr: number, minimumLr?: number): RateRace | undefined {
  const thirdLr = spec.optimizer.lr / RATE_CHECK_DIVISOR;
  if (trace.runSteps > RATE_CHECK_STEPS || !(finderLr < thirdLr)) return undefined;
  const steps = rateCheckSteps(plan, trace);
  if (!affordsTrials(spec, dataset, plan, steps, 2)) return undefined;
  const finderLoss = standingLoss(atRate(spec, finderLr), dataset, plan, steps);
  const thirdLoss = standingLoss(atRate(spec, thirdLr), dataset, plan, steps);
  const race: RateRace = { steps, finderLr, finderLoss, thirdLr, thirdLoss, winner: lowest([finderLoss, thirdLoss]) === 0 ? 'finder' : 'third' };
  if (minimumLr === undefined || !thirdRunner(minimumLr, spec.optimizer.lr, [finderLr, thirdLr]) || !affordsTrials(spec, dataset, plan, steps, 3)) return race;
  const minimumLoss = standingLoss(atRate(spec, minimumLr), dataset, plan, steps);
  const winner = (['finder', 'third', 'minimum'] as const)[lowest([finderLoss, thirdLoss, minimumLoss])];
  return { ...race, minimumLr, minimumLoss, winner };
}

/** Whether the minimum rule's rate runs: below the written rate, and distinct from the other runners. */
function thirdRunner(minimumLr: number, writtenLr: number, others: readonly number[]): boolean {
  return minimumLr < writtenLr && others.every((lr) => distinctRates(lr, minimumLr));
}

/** The index of the lowest loss, a loss that is not a number counting as the highest; the first on a tie. */
export function lowest(losses: readonly number[]): number {
  const rank = (loss: number) => (Number.isNaN(loss) ? Infinity : loss);
  return losses.reduce((best, loss, i) => (rank(loss) < rank(losses[best]) ? i : best), 0);
}

/** A runner of the short-run race, as the fix's message names it when it wins and when it loses. */
interface Runner {
  name: RateRace['winner'];
  lr: number;
  loss: number;
  asWinner: string;
  asRival: string;
}

/** The race's runners: the finder's valley, a third of the rate, and the finder's minimum rule when it ran. */
function runnersOf(race: RateRace): Runner[] {
  const rate = (lr: number) => fmt(roundLr(lr));
  const runners: Runner[] = [
    { name: 'finder', lr: race.finderLr, loss: race.finderLoss, asWinner: "the learning-rate finder's suggestion", asRival: `the learning-rate finder's ${rate(race.finderLr)}` },
    { name: 'third', lr: race.thirdLr, loss: race.thirdLoss, asWinner: 'a third of the rate', asRival: `a third of the rate, ${rate(race.thirdLr)},` },
  ];
  if (race.minimumLr !== undefined && race.minimumLoss !== undefined) {
    runners.push({ name: 'minimum', lr: race.minimumLr, loss: race.minimumLoss, asWinner: "the learning-rate finder's minimum rule", asRival: `its minimum rule's ${rate(race.minimumLr)}` });
  }
  return runners;
}

/**
 * The rate of the race's winner, and why, with every runner's standing loss: "a third of the rate:
 * trained for the run's 100 steps on the sample, it ends at loss 0.204, where the learning-rate
 * finder's 7.60e-4 ends at 0.928".
 */
export function raceWinnerRate(race: RateRace): SuggestedRate {
  const ends = (loss: number) => (Number.isFinite(loss) ? `ends at ${fmt(loss)}` : 'breaks');
  const runners = runnersOf(race);
  const won = runners.find((r) => r.name === race.winner) ?? runners[0];
  const rivals = runners.filter((r) => r !== won).map((r) => `${r.asRival} ${ends(r.loss)}`).join(' and ');
  return { lr: won.lr, source: `${won.asWinner}: trained for the run's ${race.steps} steps on the sample, it ends at loss ${fmt(won.loss)}, where ${rivals}` };
}
