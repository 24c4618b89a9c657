/**
 * The learning-rate finder (Leslie Smith's range test, as fastai's `lr_find` runs it): train a fresh
 * network on a seeded sample while the learning rate grows exponentially from 1e-7 to 10, one step
 * per rate, and watch the smoothed loss. The suggestion is fastai's "valley" rule: the middle of the
 * longest stretch over which the smoothed loss keeps falling. fastai's older "minimum" rule (a tenth
 * of the rate where the smoothed loss is lowest) is found too: on a short run it often trains better
 * (`lr-finder-run.ts` races the two). The trained weights are thrown away.
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { sampleDataset } from './probe-sample';
import { ProbeSession } from './probe-session';

/** How to run the finder. */
export interface LrFinderSettings {
  startLr: number;
  endLr: number;
  steps: number;
  /** Weight of the past in the exponential moving average of the loss (debiased). */
  smoothing: number;
  /** Stop once the smoothed loss exceeds this multiple of the best seen: the rate is far too high. */
  divergeFactor: number;
  /** Rows of the seeded sample it trains on. */
  sampleSize: number;
}

/** The sweep as fastai runs it; only the sample size is ours (the finder must answer in an editor). */
export const LR_FINDER_DEFAULTS: Readonly<LrFinderSettings> = Object.freeze({
  startLr: 1e-7,
  endLr: 10,
  steps: 100,
  smoothing: 0.98,
  divergeFactor: 4,
  sampleSize: 256,
});

/** How to run the finder; defaults are `LR_FINDER_DEFAULTS`. */
export type LrFinderOptions = Partial<LrFinderSettings>;

/** One step of the sweep. */
export interface LrFinderPoint {
  lr: number;
  /** The mini-batch loss at this rate. */
  loss: number;
  /** The debiased exponential moving average of the loss up to here. */
  smoothed: number;
}

/** The curve and what it suggests. */
export interface LrFinderResult {
  /** Every step taken, learning rate strictly increasing. */
  points: LrFinderPoint[];
  /** The suggested learning rate, or undefined when the loss never fell. */
  suggestion?: number;
  /** The point of the curve the suggestion sits on (to mark it on a chart). */
  suggestionIndex?: number;
  /** The rule that made the suggestion. */
  rule: 'valley';
  /** fastai's "minimum" rule: the point of the curve nearest a tenth of the rate where the smoothed loss is lowest. */
  minimum?: number;
  /** The point of the curve the minimum rule's rate sits on. */
  minimumIndex?: number;
  /** Why the sweep ended before `endLr`: the loss diverged (or stopped being a number). */
  stoppedEarly: boolean;
  /** Rows of the sample it trained on. */
  sampleRows: number;
}

/** Runs the range test on a valid spec and its data; deterministic for a given spec. */
export function findLearningRate(spec: ModelSpec, data: Dataset, options: LrFinderOptions = {}): LrFinderResult {
  const o = { ...LR_FINDER_DEFAULTS, ...options };
  const session = new ProbeSession(spec, sampleDataset(data, o.sampleSize, spec.seed));
  const growth = Math.pow(o.endLr / o.startLr, 1 / Math.max(1, o.steps - 1));
  const points: LrFinderPoint[] = [];
  let average = 0;
  let best = Infinity;
  let stoppedEarly = false;
  for (let i = 0; i < o.steps; i++) {
    const lr = o.startLr * Math.pow(growth, i);
    session.setLearningRate(lr);
    const loss = session.step().loss;
    average = o.smoothing * average + (1 - o.smoothing) * loss;
    const smoothed = average / (1 - Math.pow(o.smoothing, i + 1));
    if (!Number.isFinite(smoothed)) {
      stoppedEarly = true;
      break;
    }
    points.push({ lr, loss, smoothed });
    best = Math.min(best, smoothed);
    if (smoothed > o.divergeFactor * best) {
      stoppedEarly = true;
      break;
    }
  }
  return { points, rule: 'valley', stoppedEarly, sampleRows: session.rows, ...suggest(points, o.steps), ...minimumRule(points, o.steps) };
}

/** How many points of the sweep a factor of 10 in the rate spans. */
function pointsPerDecade(points: readonly LrFinderPoint[]): number {
  return Math.log(10) / Math.log(points[1].lr / points[0].lr);
}

/**
 * fastai's "minimum" rule on the smoothed losses, over the same window as the valley rule (the first
 * tenth and the last 5 points left out): a tenth of the rate at the lowest loss, taken as the point
 * of the curve nearest it so the panel can mark it.
 */
export function minimumRule(points: readonly LrFinderPoint[], plannedSteps: number): { minimum?: number; minimumIndex?: number } {
  const first = Math.floor(plannedSteps / 10);
  const last = points.length - 5;
  if (last - first < 2) return {};
  let lowest = first;
  for (let i = first; i < last; i++) if (points[i].smoothed < points[lowest].smoothed) lowest = i;
  const index = Math.max(0, lowest - Math.round(pointsPerDecade(points)));
  return { minimum: points[index].lr, minimumIndex: index };
}

/**
 * fastai's valley rule on the smoothed losses, with the first tenth of the sweep and its last 5
 * steps left out as fastai does (the start is noise, the end is divergence): find the longest
 * decreasing run of losses (not necessarily adjacent), and take the point halfway along it.
 */
export function suggest(points: readonly LrFinderPoint[], plannedSteps: number): { suggestion?: number; suggestionIndex?: number } {
  const first = Math.floor(plannedSteps / 10);
  const last = points.length - 5;
  if (last - first < 2) return {};
  const losses = points.slice(first, last).map((p) => p.smoothed);
  const { start, end } = longestDecrease(losses);
  if (end === start) return {};
  const third = (end - start) / 3;
  const index = first + start + Math.floor(third) + Math.floor(third / 2);
  return { suggestion: points[index].lr, suggestionIndex: index };
}

/** The longest strictly decreasing subsequence of `values`: where it starts and ends (indices). */
function longestDecrease(values: readonly number[]): { start: number; end: number } {
  const length = values.map(() => 1);
  let end = 0;
  for (let i = 1; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[i] < values[j] && length[i] < length[j] + 1) length[i] = length[j] + 1;
    }
    if (length[i] > length[end]) end = i;
  }
  // Like fastai, the valley is taken to start that many points before its end.
  return { start: Math.max(0, end - length[end]), end };
}
