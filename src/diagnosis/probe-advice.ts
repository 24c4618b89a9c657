/**
 * Advice trials for the probe's warnings: a warning is worth showing when its own advice helps. For
 * each finding of a gated code, a trial of the probe's kind (`planAdviceTrial`: the probe's sample,
 * up to ADVICE_STEPS steps) trains the spec as written and as each of its quick fixes would leave it,
 * with the same sample, steps and seed; the finding is kept only when some fix ends the trial at a
 * loss at least `adviceGain` lower than the spec as written, and then says so in its message. A
 * finding whose advice does not help is withheld, and recorded as a trial with `kept` false, so the
 * CLI's JSON and the tests can still see it.
 */
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, DiagnosticCode, ModelSpec } from '../spec/types';
import type { CheckContext } from './check';
import { fmt } from './context';
import { FixVariant, fixVariants } from './fix-variants';
import { applyTextEdits, QuickFix, quickFixes } from './fixes';
import { adviceHorizon, planAdviceTrial, ProbePlan } from './probe-plan';
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
  /** The fixes trained, preferred first, up to the first that helped. */
  tried: TriedFix[];
  /** The preferred fixes of the other findings of its code that every trial of this one included, with their paths. */
  alongside: string[];
  /** Steps of each trial. */
  steps: number;
  /** The budget cut the trials short of the run's steps (up to ADVICE_STEPS): they can keep the finding, not withhold it. */
  cut: boolean;
  /** Whether the finding is shown: a fix helped, none could be tried, or the trial was cut (nothing to judge it by). */
  kept: boolean;
}

/** What an advice trial needs besides the finding: the spec as written, and how to rebuild it with a fix. */
export interface AdviceSetting {
  text: string;
  spec: ModelSpec;
  dataset: Dataset;
  context: CheckContext;
  /** The probe's plan: the trials use its sample and at least its steps (`planAdviceTrial`). */
  probePlan: ProbePlan;
  /** Mini-batch steps of the spec's own run: the trials take as many, within their budget. */
  runSteps: number;
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
  const gated = (f: Diagnostic) => setting.gain > 0 && codes.has(f.code);
  const bases = findings.map((f, i) => (gated(f) ? siblingsFixed(findings, i, setting.text) : undefined));
  const variants = findings.map((f, i) => (bases[i] ? safeVariants(f, bases[i].text, setting) : []));
  const fixes = variants.reduce((n, v) => n + v.length, 0);
  const { spec, dataset, probePlan, runSteps } = setting;
  // One budget for every trial the findings could need: the written spec's and each fix's.
  const plan = fixes > 0 ? planAdviceTrial(probePlan, spec, dataset.inputs, runSteps, fixes + 1) : undefined;
  const written = plan && safeTrial(spec, dataset, plan);
  if (!plan || !written) return { kept: [...findings], trials: [] }; // nothing to try, or no budget: shown untried
  // A fix's payoff may come after the steps the budget afforded: a cut trial withholds nothing
  // (blind8 vanishing-gradient.deep-sigmoid-sgd: batch norm 8.7% lower at 124 steps, 17% at 200).
  const cut = plan.steps < adviceHorizon(probePlan, runSteps);
  const kept: Diagnostic[] = [];
  const trials: AdviceTrial[] = [];
  findings.forEach((finding, i) => {
    if (variants[i].length === 0) return void kept.push(finding);
    const trial = adviceTrial(finding, variants[i], written, plan, setting.gain, bases[i]?.alongside ?? [], cut);
    trials.push(trial);
    if (trial.kept) kept.push(withEvidence(finding, trial, plan));
  });
  return { kept, trials };
}

/**
 * The text with the preferred quick fix of every other finding of the same code applied, and those
 * fixes (title at path). Each finding is tried as the user would fix the problem, everywhere it was found: with two
 * layers dead, reviving one alone changes nothing while the other blocks the gradient (blind6's
 * dead-relu.negative-bias-init: "bias" 0.01 on one layer of two cuts the loss by 7%, on both by far more).
 */
function siblingsFixed(findings: readonly Diagnostic[], index: number, text: string): { text: string; alongside: string[] } {
  let fixed = text;
  const alongside: string[] = [];
  findings.forEach((other, j) => {
    if (j === index || other.code !== findings[index].code) return;
    const fix = safeQuickFixes(fixed, other).find((f) => f.preferred);
    if (!fix) return;
    fixed = applyTextEdits(fixed, fix.edits);
    alongside.push(`${fix.title} at ${other.path}`);
  });
  return { text: fixed, alongside };
}

function safeQuickFixes(text: string, finding: Diagnostic): QuickFix[] {
  try {
    return quickFixes(text, finding);
  } catch {
    return [];
  }
}

function adviceTrial(finding: Diagnostic, variants: readonly FixVariant[], written: TrialLosses, plan: ProbePlan, gain: number, alongside: string[], cut: boolean): AdviceTrial {
  const tried: TriedFix[] = [];
  for (const variant of variants) {
    const losses = safeTrial(variant.spec, variant.dataset, plan);
    // A fix the engine refuses teaches nothing about the finding: it is left out of the trial.
    if (!losses) continue;
    tried.push({ title: variant.title, losses, helps: fixHelps(losses.final, written.final, gain) });
    if (tried[tried.length - 1].helps) break; // one fix that helps is enough to show the finding
  }
  const kept = tried.length === 0 || cut || tried.some((t) => t.helps);
  return { code: finding.code, path: finding.path, written, tried, alongside, steps: plan.steps, cut, kept };
}

function safeTrial(spec: ModelSpec, dataset: Dataset, plan: ProbePlan): TrialLosses | undefined {
  try {
    return trialOf(spec, dataset, plan, plan.steps);
  } catch {
    return undefined;
  }
}

function safeVariants(finding: Diagnostic, text: string, setting: AdviceSetting): FixVariant[] {
  try {
    return fixVariants(text, finding, setting.context, setting);
  } catch {
    return []; // a fix module bug must not cost the user the warning: it is then shown untried
  }
}

/** The finding with the fix that helped, and the written loss, at the end of its message. */
function withEvidence(finding: Diagnostic, trial: AdviceTrial, plan: ProbePlan): Diagnostic {
  const best = trial.tried.find((t) => t.helps);
  if (!best) return finding;
  const also = trial.alongside.length > 0 ? ` (with ${trial.alongside.join(', ')})` : '';
  const evidence =
    ` Tried: ${best.title}${also} → probe loss ${fmt(best.losses.final)}, against ${fmt(trial.written.final)} as written ` +
    `(${plan.steps} steps on ${plan.sampleSize} samples).`;
  return { ...finding, message: finding.message + evidence };
}

