/**
 * How much the edit-time probe trains: as much as a fixed amount of arithmetic allows. The budget is
 * counted in multiply-adds from the network's shape, not in milliseconds, so the same spec gets the
 * same probe (and the same diagnostics) on every machine; a bigger network gets a smaller sample and
 * fewer steps, and one too big for even the smallest probe gets none.
 */
import type { ModelSpec } from '../spec/types';

/** The probe's sizes. */
export interface ProbeLimits {
  sampleSize: number;
  minSampleSize: number;
  steps: number;
  minSteps: number;
  checkEvery: number;
  workBudget: number;
}

/** The probe's sizes, chosen by measuring on the examples and fixtures (docs/probe-and-lr-finder.md). */
export const PROBE_LIMITS: Readonly<ProbeLimits> = Object.freeze({
  /** Rows of the seeded sample, at most. */
  sampleSize: 256,
  /** Below this many rows the init statistics are too noisy to judge. */
  minSampleSize: 64,
  /** Training steps of the trial, at most. */
  steps: 40,
  /** Below this many steps the loss has not shown a trend: the learning-rate rules are skipped. */
  minSteps: 20,
  /** The loss over the whole sample is measured every this many steps. */
  checkEvery: 5,
  /**
   * Multiply-adds the probe may spend: about 100 ms at the 1.4 G/s this engine measured on one core
   * (bench/probe-latency.ts), leaving room in the 500 ms from keystroke to diagnostics for the
   * 100 ms debounce, the static check, the messages and a machine twice as slow.
   */
  workBudget: 150e6,
});

/** What the probe will do for one spec. */
export interface ProbePlan {
  /** Rows of the sample (0: the network is too big to probe at all). */
  sampleSize: number;
  /** Training steps (0: only the initialization is examined). */
  steps: number;
  /** Multiply-adds the plan costs. */
  work: number;
}

/** Multiply-adds of one training step on a sample of `sampleSize` rows: a mini-batch forward and backward. */
export function stepWork(spec: ModelSpec, inputs: number, sampleSize: number): number {
  return 3 * weightCount(spec, inputs) * Math.min(spec.training.batchSize, sampleSize);
}

/** Weights of the dense layers: each costs one multiply-add per row forward, two backward. */
export function weightCount(spec: ModelSpec, inputs: number): number {
  let width = inputs;
  let weights = 0;
  for (const layer of spec.layers) {
    if (layer.type !== 'dense') continue;
    weights += width * layer.units;
    width = layer.units;
  }
  return weights;
}

/** The largest probe within the budget: the full sample if possible, then fewer rows, then fewer steps. */
export function planProbe(spec: ModelSpec, inputs: number, samples: number, limits: Readonly<ProbeLimits> = PROBE_LIMITS): ProbePlan {
  const weights = weightCount(spec, inputs);
  const batch = spec.training.batchSize;
  const cost = (rows: number, steps: number) =>
    weights * (3 * rows + 3 * Math.min(batch, rows) * steps + rows * Math.floor(steps / limits.checkEvery));
  const maxRows = Math.min(samples, limits.sampleSize);
  const minRows = Math.min(maxRows, limits.minSampleSize);
  for (let rows = maxRows; rows > minRows / 2; rows = halveTowards(rows, minRows)) {
    if (cost(rows, limits.steps) <= limits.workBudget) return { sampleSize: rows, steps: limits.steps, work: cost(rows, limits.steps) };
  }
  for (let steps = limits.steps - limits.checkEvery; steps >= limits.minSteps; steps -= limits.checkEvery) {
    if (cost(minRows, steps) <= limits.workBudget) return { sampleSize: minRows, steps, work: cost(minRows, steps) };
  }
  if (cost(minRows, 0) <= limits.workBudget) return { sampleSize: minRows, steps: 0, work: cost(minRows, 0) };
  return { sampleSize: 0, steps: 0, work: 0 };
}

/** Half of `rows`, but never below `floor`; below `floor` once `rows` is already there (ends the loop). */
function halveTowards(rows: number, floor: number): number {
  return rows > floor ? Math.max(floor, Math.floor(rows / 2)) : floor / 2;
}

/**
 * Steps of an advice trial (`probe-advice.ts`) at most. Forty steps say whether a rate is unstable
 * but not whether a fix pays off: over the seven development sets (without the budget), the fixes of
 * the vanishing-gradient catches beat the spec as written by 10% on 19 of 24 after 40 steps, on all
 * 24 after 200 (docs/probe-and-lr-finder.md, "Advice trials").
 */
export const ADVICE_STEPS = 200;

/**
 * Steps an advice trial takes when the budget allows: the spec's own run's, at least the probe's and
 * at most ADVICE_STEPS. A trial the budget cuts shorter can show that a fix helps, never that it does
 * not (`probe-advice.ts`).
 */
export function adviceHorizon(probe: ProbePlan, runSteps: number): number {
  return Math.min(Math.max(probe.steps, runSteps), ADVICE_STEPS);
}

/**
 * Multiply-adds all the advice trials of one probe may spend together (about 70 ms at 1.4 G/s): with
 * the probe's own budget, within the 500 ms from keystroke to diagnostics.
 */
export const ADVICE_BUDGET = 100e6;

/**
 * The plan of `trials` advice trials (the spec as written and each fix): the probe's sample, and as
 * many steps as the spec's own run takes, up to ADVICE_STEPS, fewer when ADVICE_BUDGET runs out;
 * undefined when it cannot fund even the probe's own steps (a fix is never judged on a shorter trial
 * than the finding was). Arithmetic, like the probe's plan: the same spec gets the same trials on
 * every machine.
 */
export function planAdviceTrial(probe: ProbePlan, spec: ModelSpec, inputs: number, runSteps: number, trials: number): ProbePlan | undefined {
  const perStep = stepWork(spec, inputs, probe.sampleSize);
  const affordable = perStep > 0 ? Math.floor(ADVICE_BUDGET / (perStep * trials)) : ADVICE_STEPS;
  const steps = Math.min(adviceHorizon(probe, runSteps), affordable);
  if (steps < probe.steps) return undefined;
  return { sampleSize: probe.sampleSize, steps, work: perStep * steps * trials };
}
