/**
 * What the probe's short trial says about the learning rate: too high when the loss over the sample
 * rises, swings back up or stops being a number, or each step rewrites a large part of the weights;
 * too low when neither the loss nor the weights move enough that the whole run, at the trial's pace,
 * would get anywhere. The thresholds are the spec's `probe*` diagnostics keys; their defaults were
 * chosen on a learning-rate grid over the examples and fixtures against full training runs
 * (docs/probe-and-lr-finder.md).
 */
import type { DiagnosticsConfig, Diagnostic, ModelSpec, SuggestedEdit } from '../spec/types';
import { diagnosticAt, fmt, layerLabel, roundLr, RuleContext } from './context';
import { dataScaleCause, targetPath, type DataScaleCause } from './data-scale';
import type { InitLayerStats } from './probe-session';
import { tooHighEvidence } from './probe-lr-high';
import { sensibleLrRange } from './rules-training';
import { targetStallEvidence, tooLowEvidence } from './probe-lr-low';

/**
 * The thresholds these rules read, from the spec's `diagnostics` (settings and defaults beneath).
 * Defaults and the healthy specs' margins (docs/probe-and-lr-finder.md):
 * - `probeLossRise` 1.5: loss over the sample above this multiple of the initial loss, without ending
 *   the trial below the initial loss and the constant answer's (a first overshoot that settles is not
 *   a fault). Healthy: ≤ 1.03.
 * - `probeLossRebound` 0.5: a jump back up from the lowest loss by more than this fraction of the
 *   initial loss: it oscillates (twice, or once without the trial ending below the low it jumped from
 *   or with a peak at BUMP_PEAK_MULTIPLE times that low or more). Healthy: ≤ 0.33, and blind11's
 *   sine-relu-deep-clipnorm, one jump of 0.55 that the trial makes up.
 * - `probeHighUpdateRatio` 0.1: median ‖ΔW‖/‖W‖ per step above this rewrites a tenth of the weights
 *   every update, so they overshoot (DeepDiagnosis and TheDeepChecker use the same bound), unless the
 *   loss fell steadily over 4+ checkpoints, never climbing back above its low by STEADY_BUMP (5%) of
 *   it (blind5 icecream, one linear unit at batch 1: 0.14; blind6 AND gate at batch 1: 0.16; blind5
 *   spirals2 under Adam: 0.108). Healthy otherwise: ≤ 0.076.
 * - `probeLowWeightTravel` 0.3 and `probeLowLossTravel` 0.3: projected over the whole run, weights
 *   moving less than this fraction of their norm and the loss falling by less than this fraction:
 *   the rate is too low. Healthy: both above 10. A trial that never gets below the constant answer
 *   is judged on the weights alone, with UNLEARNT_TRAVEL_FACTOR times the bound.
 * BUMP_PEAK_MULTIPLE and STEADY_BUMP are in probe-lr-curve.ts, with the figures that set them.
 */
export type LrThresholds = Pick<
  DiagnosticsConfig,
  'probeLossRise' | 'probeLossRebound' | 'probeHighUpdateRatio' | 'probeLowWeightTravel' | 'probeLowLossTravel'
>;

/** The probe's short training, as the learning-rate rules read it. */
export interface ProbeTrace {
  lr: number;
  /** Steps taken (fewer than planned when the loss stopped being a number). */
  steps: number;
  sampleRows: number;
  /** Loss over the whole sample before the first step. */
  initialLoss: number;
  /** Loss over the whole sample after `step` steps, every few steps. */
  checkpoints: { step: number; loss: number }[];
  /** Median over the steps of the largest ‖ΔW‖/‖W‖ of any layer. */
  medianUpdateRatio: number;
  /** Mini-batch steps the spec's own run will take (epochs × steps per epoch). */
  runSteps: number;
  /** Loss over the sample of predicting each output's mean target (`baselineLoss`), when known. */
  baselineLoss?: number;
  /** The network has hidden layers and every one is sigmoid (see `ratioSpeaks`). */
  sigmoidHidden?: boolean;
  /** The ReLU layer the trial's steps killed (`unitsKilled`), when one; left out when an init finding explains dead units. */
  killed?: KilledUnits;
}

/** A ReLU layer most of whose units the trial's steps left dead on every sample of it. */
export interface KilledUnits {
  /** The layer's index in `layers`. */
  index: number;
  /** How the messages name the layer (`layerLabel`). */
  label: string;
  units: number;
  /** Units dead on every sample before the first step, and after the last. */
  before: number;
  after: number;
}

/**
 * The share of a ReLU layer's units the trial must leave dead, from under `deadReluFraction` at the
 * start, for its steps to be what killed them. Measured over the twenty-eight sets (specs where
 * neither the static check nor the probe found anything else): healthy trials leave at most 0.52
 * dead (blind14 rent-weight-decay-clipnorm, 15 → 33 of 64; several at 0.5), while large steps leave
 * 0.75 to 1 (blind4 dead-relu.adam-0.1-first-steps-kill-units, 6 → 28 of 32). At 0.75, 15 faults are
 * newly caught at edit time, none of them off-target; at 0.6 22, a thinner margin.
 * blind31's healthy sine-relu-sgd-small-data, measured blind after, reaches 0.78 (11 → 25 of 32 at SGD
 * 0.02 with momentum) and still fits: a false alarm the bound cannot tell from the faults.
 */
export const KILLED_SHARE = 0.75;

/** Fewer units than this, and a layer dying is what its width risks (a bottleneck: loss-plateau), not the steps' doing. */
const KILLED_MIN_UNITS = 4;

/**
 * The hidden ReLU layer with the largest share of units killed by the trial's steps, past
 * KILLED_SHARE, if any. The output layer is left out: a ReLU there is loss-activation-mismatch's.
 * With `anyStart`, a layer counts whatever share was dead at the start, as long as the steps added
 * to it (for an exploding init, whose raw inputs leave half a layer dead by chance).
 */
export function unitsKilled(spec: ModelSpec, before: readonly InitLayerStats[], deadAfter: ReadonlyMap<number, number>, anyStart = false): KilledUnits | undefined {
  const output = before[before.length - 1]?.index;
  let worst: KilledUnits | undefined;
  for (const start of before) {
    const after = deadAfter.get(start.index);
    const layer = spec.layers[start.index];
    if (start.index === output || layer?.type !== 'dense' || layer.activation !== 'relu' || start.units < KILLED_MIN_UNITS) continue;
    if (start.deadUnits === undefined || after === undefined) continue;
    const startBound = anyStart ? start.units : spec.diagnostics.deadReluFraction * start.units;
    if (start.deadUnits >= startBound || after <= start.deadUnits || after < KILLED_SHARE * start.units) continue;
    if (worst && after / start.units <= worst.after / worst.units) continue;
    worst = { index: start.index, label: layerLabel(spec, start.index), units: start.units, before: start.deadUnits, after };
  }
  return worst;
}

/** The rate a finding's fix sets, and where it comes from, in words ("the learning-rate finder's suggestion …"). */
export interface SuggestedRate {
  lr: number;
  source: string;
}

/** The finder's rate as a finding's suggestion. */
export function finderRate(lr: number | undefined): SuggestedRate | undefined {
  return lr === undefined ? undefined : { lr, source: "the learning-rate finder's suggestion for this network" };
}

/**
 * `lr-too-high` or `lr-too-low` from the trial, each with the suggested rate (the finder's, or what
 * beat it over a short run) as its value.
 * `scaleNamed`: an exploding-gradient finding beside it already names the data's scale, so a trial
 * that overflowed does not repeat it.
 */
export function lrFindings(ctx: RuleContext, trace: ProbeTrace, suggested: SuggestedRate | undefined, scaleNamed = false): Diagnostic[] {
  const thresholds = ctx.spec.diagnostics;
  const high = tooHighEvidence(trace, thresholds);
  if (high) return [lrDiagnostic(ctx, 'lr-too-high', high, trace, suggested, scaleNamed ? undefined : brokeOnScale(ctx, trace))];
  const low = tooLowEvidence(trace, thresholds);
  if (low) return [lrDiagnostic(ctx, 'lr-too-low', low, trace, suggested)];
  const stall = targetStallEvidence(ctx, trace, thresholds);
  if (stall) return [rawTargetCrawl(ctx, stall.evidence, trace, suggested, stall.cause)];
  return [];
}

/**
 * The trial's crawl toward a raw regression target (`targetStallEvidence`), as `exploding-gradient` on
 * the target: under mse the first errors, and every gradient made from them, are as large as the
 * target, and steps of bounded size (Adam, RMSprop, a clip) turn that into a crawl instead of a
 * blow-up. Rescaling the target is the fix (preferred); a higher rate the other. Raised as `lr-too-low`
 * until session 35: over the 162 sets it fires on 63 specs, all faults, and 59 of them were filed as
 * `exploding-gradient` and count only that (51 missed as `lr-too-low`, 8 caught only in training); the
 * other four count `lr-too-low`, which training's crawl no longer raises either (detectors/learning-rate.ts)
 * (`npx tsx bench/raw-target-stall-survey.ts`, then `bench/spec-outcomes.ts` on the 63 before and after).
 */
function rawTargetCrawl(ctx: RuleContext, evidence: string, trace: ProbeTrace, suggested: SuggestedRate | undefined, cause: DataScaleCause): Diagnostic {
  // Rescaled first: no rate an optimizer that bounds its steps would be run at gets the output there.
  const fits = suggested !== undefined && suggested.lr > trace.lr;
  const value = fits ? roundLr(suggested.lr) : undefined;
  const rate = rateAdvice('lr-too-low', value, fits ? ` (${suggested.source})` : '', true);
  const message =
    `Exploding gradient from a raw target: under mse the first errors, and every gradient made from them, are as large as the ` +
    `target; training a fresh network on ${trace.sampleRows} samples of the data, ${evidence}. ${cause.text} ${rate}`;
  const diagnostic = diagnosticAt(ctx.parsed, 'exploding-gradient', 'warning', targetPath(ctx.spec), message);
  return { ...diagnostic, suggestions: [...cause.suggestions, ...rateFix(value, false)] };
}

function lrDiagnostic(
  ctx: RuleContext,
  code: 'lr-too-high' | 'lr-too-low',
  evidence: string,
  trace: ProbeTrace,
  suggested: SuggestedRate | undefined,
  cause?: DataScaleCause,
): Diagnostic {
  const lr = trace.lr;
  const fits = suggested !== undefined && (code === 'lr-too-high' ? suggested.lr < lr : suggested.lr > lr);
  const value = fits ? roundLr(suggested.lr) : code === 'lr-too-high' ? roundLr(lr / 10) : undefined;
  const source = fits ? ` (${suggested.source})` : '';
  const what = code === 'lr-too-high' ? 'Learning rate too high' : 'Learning rate too low';
  // Raw inputs first: of the 11 faults over the 56 sets whose trial overflowed on raw inputs, 4 still
  // overflowed over the full run at the finder's rate, and normalizing ended lower on 8. A raw target
  // behind an overflow is the other way round: its rescaling still overflowed on 6 of 13 and the rate
  // won 9 (bench/overflow-fix-order-survey.ts). (A raw target the steps crawl toward: `rawTargetCrawl`.)
  const scaleFirst = cause?.input !== undefined;
  const rate = rateAdvice(code, value, source, scaleFirst);
  const advice = cause === undefined ? rate : scaleFirst ? `${cause.text} ${rate}` : `${rate} ${cause.text}`;
  const message = `${what}: training a fresh network on ${trace.sampleRows} samples of the data, ${evidence}.${outsideRange(ctx, code)} ${advice}`;
  const diagnostic = diagnosticAt(ctx.parsed, code, 'warning', '/optimizer/lr', message);
  // Otherwise the rate's own fix stays the preferred one: it is what this warning is about.
  const scaleFixes = (cause?.suggestions ?? []).map((s) => ({ ...s, preferred: scaleFirst && s.preferred === true }));
  const suggestions = scaleFirst ? [...scaleFixes, ...rateFix(value, false)] : [...rateFix(value, true), ...scaleFixes];
  return suggestions.length > 0 ? { ...diagnostic, suggestions } : diagnostic;
}

/** The quick fix that sets the rate to `value`, when there is one. */
function rateFix(value: number | undefined, preferred: boolean): SuggestedEdit[] {
  return value === undefined ? [] : [{ title: `Set "lr" to ${fmt(value)}`, path: '/optimizer/lr', value, preferred }];
}

/**
 * "Try 0.01 (…)." or, after the data's fix, "Or lower the rate: try 0.01 (…)."; without a value "Raise
 * it, …", or after the data's fix "Or raise the learning rate, …" (there "it" would read as the data).
 */
function rateAdvice(code: 'lr-too-high' | 'lr-too-low', value: number | undefined, source: string, second: boolean): string {
  if (value === undefined) return `${second ? 'Or raise the learning rate' : 'Raise it'}, or run "Find Learning Rate".`;
  const direction = code === 'lr-too-high' ? 'lower' : 'raise';
  return `${second ? `Or ${direction} the rate: try` : 'Try'} ${fmt(value)}${source}.`;
}

/**
 * The data's scale, when the trial's loss stopped being a number on data far from unit scale: a
 * lower rate stops the overflow, rescaling the data is what lets a usual rate train (`data-scale.ts`).
 */
function brokeOnScale(ctx: RuleContext, trace: ProbeTrace): DataScaleCause | undefined {
  return trialBroke(trace) ? dataScaleCause(ctx.spec, ctx.dataset) : undefined;
}

/** Whether the trial's loss stopped being a number, before the first step or at a checkpoint. */
export function trialBroke(trace: ProbeTrace): boolean {
  return !Number.isFinite(trace.initialLoss) || trace.checkpoints.some((c) => !Number.isFinite(c.loss));
}

/**
 * The rule of thumb the trial confirms, when the rate is also past it on the side the finding names:
 * this finding replaces the static `lr-out-of-range` (`withProbeFindings`), so it says so too.
 */
function outsideRange(ctx: RuleContext, code: 'lr-too-high' | 'lr-too-low'): string {
  const { type, lr } = ctx.spec.optimizer;
  const { low, high } = sensibleLrRange(ctx);
  const past = code === 'lr-too-high' ? lr > high : lr < low;
  return past ? ` ${fmt(lr)} is also ${code === 'lr-too-high' ? 'above' : 'below'} the sensible range for ${type} (${fmt(low)} to ${fmt(high)}).` : '';
}
