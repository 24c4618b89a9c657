/**
 * A longer look before the probe says a rate is too high. The 40-step trial sees a rise, a bounce or
 * large updates; a rate can show all three early and still be the better rate over a run (a start far
 * above the constant answer under SGD settles within a few hundred steps). So before `lr-too-high`
 * is shown, the same trial runs longer at the written rate and at a third of it, and the finding is
 * withheld when the written rate ends clearly lower, and clearly below both where it began and the
 * constant answer's loss: a lower rate, its own advice, does not help.
 * Only for findings whose loss stayed a number (a loss that broke is a fact, not a judgement).
 *
 * A tie is enough (`tieWithholds`) for the weakest evidence, large steps alone, under SGD with momentum
 * up to the usual 0.9: the momentum multiplies each step by up to ten, so the update ratio runs high on
 * healthy runs, and when a third of the rate ends no lower the lower rate, the finding's advice, does
 * not help. Above the usual momentum, oscillating faults end level with their third or ahead of it
 * (full-batch runs at momentum 0.95 in blind104, blind106, blind113 and blind114), and so do plain
 * SGD's large steps at rates above 1 (blind70 lr-too-high.menu-sgd-lr-3).
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { stepWork, weightCount, type ProbePlan } from './probe-plan';
import { fmt, roundLr } from './context';
import { USUAL_MOMENTUM } from './detectors/context';
import { restsOnLargeSteps } from './probe-lr-high';
import { trialBroke, type ProbeTrace, type SuggestedRate } from './probe-lr-rules';
import { sampleDataset } from './probe-sample';
import { ProbeSession } from './probe-session';

/** Steps of each of the two trials at most (fewer when the spec's own run takes fewer). */
export const RATE_CHECK_STEPS = 600;

/** The lower rate tried: the written one divided by this. */
export const RATE_CHECK_DIVISOR = 3;

/** Within this fraction of a third of the rate's loss, the written rate ties it (`tieWithholds`). */
export const RATE_TIE = 0.01;

/** Multiply-adds the trials of a check or a race may spend together; one it cannot fund in full is not made. */
export const RATE_CHECK_BUDGET = 300e6;

/** The standing loss: the mean of the loss over the sample at the last STANDING checkpoints, CHECK_EVERY steps apart (the probe's spacing). */
const CHECK_EVERY = 5;
const STANDING = 5;

/** The two longer trials and what they decided. */
export interface RateCheck {
  steps: number;
  lr: number;
  lowerLr: number;
  /** Mean loss over the sample at the trial's last STANDING checkpoints (NaN when it broke). */
  written: number;
  lower: number;
  /**
   * False when the written rate ended at least `gain` below the lower one (or tied it, within RATE_TIE,
   * where `tieWithholds`), and below the trial's start and the constant answer: the finding is withheld.
   */
  kept: boolean;
}

/**
 * The check of an `lr-too-high` finding from `trace`, or undefined when it is not made: the trial's
 * loss broke, or the budget cannot fund both trials at the full horizon.
 */
export function checkRate(spec: ModelSpec, dataset: Dataset, plan: ProbePlan, trace: ProbeTrace, gain: number, race?: RateRace): RateCheck | undefined {
  if (trialBroke(trace)) return undefined;
  const steps = rateCheckSteps(plan, trace);
  if (!affordsTrials(spec, dataset, plan, steps, 2)) return undefined;
  const lowerLr = spec.optimizer.lr / RATE_CHECK_DIVISOR;
  const written = standingLoss(spec, dataset, plan, steps);
  // The race for the fix's rate trained the same third of the rate for the same steps: deterministic, so reused.
  const lower = race?.steps === steps ? race.thirdLoss : standingLoss(atRate(spec, lowerLr), dataset, plan, steps);
  const lead = tieWithholds(spec, trace) ? -RATE_TIE : gain;
  const writtenWins = Number.isFinite(lower) && written <= (1 - lead) * lower && written <= (1 - gain) * learntBelow(trace);
  return { steps, lr: spec.optimizer.lr, lowerLr, written, lower, kept: !writtenWins };
}

/**
 * Whether the written rate need only tie a third of itself: the trial's only evidence is large steps
 * (`restsOnLargeSteps`), under SGD with momentum above 0 and at most USUAL_MOMENTUM. Over the 114 sets
 * (`npx tsx bench/update-ratio-survey.ts`), it withholds the finding from three healthy specs warned
 * before (blind48, blind66, blind109, the written rate 0% to 7% ahead; blind109 keeps a training
 * warning for its early full-batch ringing) and from seven faults, each with its own code shown beside
 * it (six heavy weight decays and a constant init); the one fault it would have left with nothing,
 * blind30's raw blood-pressure target, ties at the constant answer's loss.
 */
export function tieWithholds(spec: ModelSpec, trace: ProbeTrace): boolean {
  const { type, momentum } = spec.optimizer;
  return type === 'sgd' && momentum > 0 && momentum <= USUAL_MOMENTUM && restsOnLargeSteps(trace, spec.diagnostics);
}

/** The steps of the longer trials: the spec's own run, at least the probe's and at most RATE_CHECK_STEPS. */
function rateCheckSteps(plan: ProbePlan, trace: ProbeTrace): number {
  return Math.min(RATE_CHECK_STEPS, Math.max(plan.steps, trace.runSteps));
}

/** Whether RATE_CHECK_BUDGET funds `trials` trials of `steps` steps. */
export function affordsTrials(spec: ModelSpec, dataset: Dataset, plan: ProbePlan, steps: number, trials: number): boolean {
  const perStep = stepWork(spec, dataset.inputs, plan.sampleSize);
  const evaluations = plan.sampleSize * weightCount(spec, dataset.inputs) * STANDING;
  return trials * (perStep * steps + evaluations) <= RATE_CHECK_BUDGET;
}

/** `spec` at learning rate `lr`. */
export function atRate(spec: ModelSpec, lr: number): ModelSpec {
  return { ...spec, optimizer: { ...spec.optimizer, lr } };
}

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

/**
 * The loss the written rate must end below for its win to count: where the trial began and the
 * constant answer's. Two diverging rates are compared on how far they blew up (blind5's raw euros:
 * 4.6e10 against 4.8e14), and a net at the class prior has not shown that its rate works.
 */
function learntBelow(trace: ProbeTrace): number {
  return Math.min(trace.initialLoss, trace.baselineLoss ?? Infinity);
}

/**
 * The probe's trial of `spec` for `steps` steps on the probe's sample, and its standing loss. The
 * loss is measured only where the mean needs it (the last STANDING checkpoints): the measurements,
 * a pass over the sample each, would otherwise cost as much as the steps.
 */
export function standingLoss(spec: ModelSpec, dataset: Dataset, plan: ProbePlan, steps: number): number {
  const session = new ProbeSession(spec, sampleDataset(dataset, plan.sampleSize, spec.seed));
  const firstCheck = Math.max(CHECK_EVERY, steps - (STANDING - 1) * CHECK_EVERY);
  let sum = 0;
  let checks = 0;
  for (let step = 1; step <= steps; step++) {
    session.step();
    if (step < firstCheck || (steps - step) % CHECK_EVERY !== 0) continue;
    const loss = session.sampleLoss();
    if (!Number.isFinite(loss)) return NaN;
    sum += loss;
    checks++;
  }
  return checks > 0 ? sum / checks : NaN;
}
