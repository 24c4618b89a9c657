/**
 * Advice trials for the probe's warnings: a warning is worth showing when its own advice helps. For
 * each finding of a gated code, a trial of the probe's kind (`planAdviceTrial`: the probe's sample,
 * up to ADVICE_STEPS steps) trains the spec as written and as each of its quick fixes would leave it,
 * with the same sample, steps and seed; the finding is kept only when some fix ends the trial at a
 * loss at least `adviceGain` lower than the spec as written, and then says so in its message. A finding whose advice does not help is withheld, and recorded as a trial with `kept`
 * false, so the CLI's JSON and the tests can still see it.
 */
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, DiagnosticCode, ModelSpec } from '../spec/types';
import type { CheckContext } from './check';
import { fmt } from './context';
import { FixVariant, fixVariants } from './fix-variants';
import type { ProbePlan } from './probe-plan';
import { TrialLosses, trialOf } from './probe-trial';

/**
 * The codes whose probe findings must pass an advice trial, chosen per code by measurement over the
 * seven development sets (`npx tsx bench/probe-advice-survey.ts`; docs/probe-and-lr-finder.md,
 * "Advice trials"): the only codes whose trials lose no fault caught at edit time. The others' fixes
 * often pay off only over a longer run than a probe can afford (a lower rate, normalized inputs), so
 * a trial would throw away true catches.
 */
export const ADVICE_TRIAL_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['dead-relu', 'vanishing-gradient']);

/** One quick fix tried, and where its trial ended. */
export interface TriedFix {
  title: string;
  losses: TrialLosses;
  /** Its final loss is at least `adviceGain` below the written spec's (or finite where that was not). */
  helps: boolean;
}

/** The advice trial of one probe finding. */
export interface AdviceTrial {
  code: DiagnosticCode;
  path: string;
  /** The trial of the spec as written. */
  written: TrialLosses;
  /** Every fix that built and trained, preferred first. */
  tried: TriedFix[];
  /** Whether the finding is shown: a fix helped, or none could be tried (nothing to judge it by). */
  kept: boolean;
}

/** What an advice trial needs besides the finding: the spec as written, and how to rebuild it with a fix. */
export interface AdviceSetting {
  text: string;
  spec: ModelSpec;
  dataset: Dataset;
  context: CheckContext;
  /** The trials' sample size and steps (`planAdviceTrial`). */
  plan: ProbePlan;
  /** The spec's `diagnostics.adviceGain`: the fraction of the written loss a fix must save. */
  gain: number;
  /** Codes to trial (default ADVICE_TRIAL_CODES; the survey passes every code). */
  codes?: ReadonlySet<DiagnosticCode>;
}

/** Whether a fix's final loss beats the written one by `gain`: any finite loss beats a written NaN or ∞. */
export function fixHelps(fixed: number, written: number, gain: number): boolean {
  if (!Number.isFinite(written)) return Number.isFinite(fixed);
  return Number.isFinite(fixed) && fixed <= (1 - gain) * written;
}

/**
 * The findings that pass their advice trials (with the evidence in their messages), in their order,
 * and every trial made. Findings of other codes pass untouched. Never throws: a fix that does not
 * build or that the engine refuses is left out of the trial.
 */
export function adviceGate(findings: readonly Diagnostic[], setting: AdviceSetting): { kept: Diagnostic[]; trials: AdviceTrial[] } {
  const codes = setting.codes ?? ADVICE_TRIAL_CODES;
  const kept: Diagnostic[] = [];
  const trials: AdviceTrial[] = [];
  let written: TrialLosses | undefined; // trained once, for the first finding with a fix to compare
  for (const finding of findings) {
    const variants = setting.gain > 0 && codes.has(finding.code) ? safeVariants(finding, setting) : [];
    written ??= variants.length > 0 ? safeTrial(setting.spec, setting.dataset, setting.plan) : undefined;
    if (!written) {
      kept.push(finding); // not gated, nothing to try, or the written spec would not train again: shown untried
      continue;
    }
    const trial = adviceTrial(finding, variants, written, setting);
    trials.push(trial);
    if (trial.kept) kept.push(withEvidence(finding, trial, setting.plan));
  }
  return { kept, trials };
}

function adviceTrial(finding: Diagnostic, variants: readonly FixVariant[], written: TrialLosses, setting: AdviceSetting): AdviceTrial {
  const tried: TriedFix[] = [];
  for (const variant of variants) {
    const losses = safeTrial(variant.spec, variant.dataset, setting.plan);
    // A fix the engine refuses teaches nothing about the finding: it is left out of the trial.
    if (losses) tried.push({ title: variant.title, losses, helps: fixHelps(losses.final, written.final, setting.gain) });
  }
  const kept = tried.length === 0 || tried.some((t) => t.helps);
  return { code: finding.code, path: finding.path, written, tried, kept };
}

function safeTrial(spec: ModelSpec, dataset: Dataset, plan: ProbePlan): TrialLosses | undefined {
  try {
    return trialOf(spec, dataset, plan, plan.steps);
  } catch {
    return undefined;
  }
}

function safeVariants(finding: Diagnostic, setting: AdviceSetting): FixVariant[] {
  try {
    return fixVariants(setting.text, finding, setting.context);
  } catch {
    return []; // a fix module bug must not cost the user the warning: it is then shown untried
  }
}

/** The finding with its best helping fix, and the written loss, at the end of its message. */
function withEvidence(finding: Diagnostic, trial: AdviceTrial, plan: ProbePlan): Diagnostic {
  const helping = trial.tried.filter((t) => t.helps);
  if (helping.length === 0) return finding;
  const best = helping.reduce((a, b) => (lossOrder(b.losses.final) < lossOrder(a.losses.final) ? b : a));
  const evidence =
    ` Tried: ${best.title} → probe loss ${fmt(best.losses.final)}, against ${fmt(trial.written.final)} as written ` +
    `(${plan.steps} steps on ${plan.sampleSize} samples).`;
  return { ...finding, message: finding.message + evidence };
}

/** A loss for ordering fixes: a non-number counts as the worst. */
function lossOrder(loss: number): number {
  return Number.isNaN(loss) ? Infinity : loss;
}
