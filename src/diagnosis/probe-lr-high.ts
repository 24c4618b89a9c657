/**
 * The probe's `lr-too-high` evidence: what in the short trial shows the rate too high (the loss broke,
 * rose, swung back up, the steps were large, or they killed ReLU units), strongest first. The
 * thresholds and their margins are `LrThresholds`' (probe-lr-rules.ts).
 */
import { DEFAULT_DIAGNOSTICS } from '../spec/types';
import { fmt } from './context';
import { fellSteadily, reboundEvidence } from './probe-lr-curve';
import { percent } from './probe-lr-low';
import type { LrThresholds, ProbeTrace } from './probe-lr-rules';

/** What shows a rate too high: the loss broke, rose, swung back up, the steps were large, or they killed ReLU units. */
export type HighEvidenceKind = 'broke' | 'rise' | 'large-steps' | 'rebound' | 'killed';

/** One piece of evidence that the rate is too high, in words with the numbers. */
export interface HighEvidence {
  kind: HighEvidenceKind;
  text: string;
}

/** Why the rate is too high, in words with the numbers, or undefined when it is not. */
export function tooHighEvidence(trace: ProbeTrace, thresholds: LrThresholds = DEFAULT_DIAGNOSTICS): string | undefined {
  return tooHighEvidences(trace, thresholds)[0]?.text;
}

/** Whether the trial's only evidence of a rate too high is the size of its steps (the update-ratio rule). */
export function restsOnLargeSteps(trace: ProbeTrace, thresholds: LrThresholds = DEFAULT_DIAGNOSTICS): boolean {
  const evidence = tooHighEvidences(trace, thresholds);
  return evidence.length === 1 && evidence[0].kind === 'large-steps';
}

/** Every piece of evidence that the rate is too high, strongest first; a loss that broke is the only one then. */
export function tooHighEvidences(trace: ProbeTrace, thresholds: LrThresholds = DEFAULT_DIAGNOSTICS): HighEvidence[] {
  const start = trace.initialLoss, at = `at lr ${fmt(trace.lr)}`;
  const broken = trace.checkpoints.find((c) => !Number.isFinite(c.loss));
  if (!Number.isFinite(start)) return [{ kind: 'broke', text: `the loss is ${start} before any step` }];
  if (broken) return [{ kind: 'broke', text: `the loss became ${broken.loss} within ${broken.step} steps ${at}` }];
  const found: HighEvidence[] = [];
  const rise = riseEvidence(trace, thresholds, at);
  if (rise) found.push({ kind: 'rise', text: rise });
  // Large updates are a proxy for overshooting; a loss that fell steadily is direct evidence that
  // they do not (weights growing from a small init, or one linear unit, move a lot).
  if (trace.medianUpdateRatio > thresholds.probeHighUpdateRatio && ratioSpeaks(trace) && !fellSteadily(trace)) {
    const text =
      `each step changed the weights by ${percent(trace.medianUpdateRatio)} of their norm (median over ${trace.steps} steps ${at}; ` +
      `above ${fmt(100 * thresholds.probeHighUpdateRatio)}% the updates overshoot)`;
    found.push({ kind: 'large-steps', text });
  }
  const rebound = reboundEvidence(trace, thresholds.probeLossRebound * start);
  if (rebound) found.push({ kind: 'rebound', text: `${rebound} (it started at ${fmt(start)}) ${at}` });
  // The loss may look fine while the steps kill units for good, as a run's large steps do (rate-cause.ts).
  const killed = trace.killed;
  if (killed) {
    const text =
      `its ${trace.steps} steps ${at} left ${killed.after} of ${killed.units} ReLU units in ${killed.label} dead on every sample ` +
      `(${killed.before} at the start): steps this large push units below zero, where no gradient can revive them`;
    found.push({ kind: 'killed', text });
  }
  return found;
}

/** The loss's rise past `probeLossRise` times its start that the trial did not recover from, in words, if any. */
function riseEvidence(trace: ProbeTrace, thresholds: LrThresholds, at: string): string | undefined {
  const start = trace.initialLoss;
  const peak = trace.checkpoints.reduce((a, b) => (b.loss > a.loss ? b : a), { step: 0, loss: start });
  const last = trace.checkpoints[trace.checkpoints.length - 1];
  // A rise the trial recovers from, ending below where it began, is momentum's first overshoot
  // settling, not a rate that cannot converge. Below the constant answer's loss too: a net the rise
  // left no better than the class prior has not recovered (blind18 lr-too-high.adam-1-glyphs:
  // 1.17 → 2590 in 5 steps, then 1.12 against the prior's 1.10, every ReLU dead). Healthy recoveries
  // end at most 0.37 of that loss (twenty-eight sets: blind11 sine-relu-deep-clipnorm).
  const settledBelow = Math.min(start, trace.baselineLoss ?? Infinity);
  if (!(peak.loss > thresholds.probeLossRise * start) || last.loss < settledBelow) return undefined;
  return `the loss went ${fmt(start)} → ${fmt(peak.loss)} (${fmt(peak.loss / start)}×) in ${peak.step} steps ${at}`;
}

/**
 * Whether the update-ratio rule speaks for this trial. Not on networks whose hidden layers are all
 * sigmoid: a sigmoid's slope is at most a quarter, so such nets need and stand large SGD steps (the
 * textbook 0.5 to 1 for backpropagation). Measured over the fifteen sets (`npx tsx
 * bench/detector-probe-bump-survey.ts`): on these nets the rule caught no fault that its own code did
 * not catch already (four, all off-target: the symmetric sigmoid inits of blind4, blind5 and blind13,
 * caught by init-symmetry, and the final set's four sigmoid layers, by vanishing-gradient), and it raised two false
 * alarms that the full run disproves (blind13 quality-sigmoid-sgd-large, ratio 0.17: lr 1 ends 150
 * epochs at 0.639, the suggested 0.079 at 0.719; blind15 xor-sgd-sigmoid-hidden, ratio 0.133: lr 0.5
 * ends 200 epochs at 0.037, the suggested 0.066 at 0.084). Both are SGD; on the same two nets under
 * RMSprop 0.1 the rate also beats a tenth of it over the run (0.601 against 0.650, 0.034 against 0.061;
 * session 6's review), so the exemption holds for every optimizer. The loss rules still apply to them.
 */
function ratioSpeaks(trace: ProbeTrace): boolean {
  return !trace.sigmoidHidden;
}
