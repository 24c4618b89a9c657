/**
 * Advice trials for the probe's warnings: a warning is worth showing when its own advice helps. For
 * each finding of a gated code, a trial of the probe's kind (`planAdviceTrial`: the probe's sample,
 * up to ADVICE_STEPS steps) trains the spec as written and as each of its quick fixes would leave it,
 * with the same sample, steps and seed; the finding is kept only when some fix ends the trial at a
 * loss at least `adviceGain` lower than the spec as written (with only its siblings' fixes applied,
 * when other findings share its code: `advice-plan.ts`), and then says so in its message. A
 * finding whose advice does not help is withheld, and recorded as a trial with `kept` false, so the
 * CLI's JSON and the tests can still see it.
 */
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, DiagnosticCode, ModelSpec } from '../spec/types';
import type { CheckContext } from './check';
import { briefList, fmt } from './context';
import { fixHelps, lowersDropout, siblingsFixed } from './advice-plan';
import { checkedVariant, FixVariant, fixVariants } from './fix-variants';
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
  /** Its final loss is at least `adviceGain` below the base's (`fixHelps`), and it does not merely lower a dropout rate. */
  helps: boolean;
  /** Its fix rescaled the targets: its losses were put back in the written spec's units (`lossScaleFrom`). */
  rescaled?: boolean;
}

/** The advice trial of one probe finding. */
export interface AdviceTrial {
  code: DiagnosticCode;
  path: string;
  /** The trial its fixes are compared against: the spec as written, or with only the `alongside` fixes applied. */
  written: TrialLosses;
  /** The fixes trained, preferred first: every one, so the one that helped most is the one proven (`bestHelping`). */
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

/** Whether a fix's final loss beats the base's by `gain` (shared with the training trials: `advice-plan.ts`). */
export { fixHelps };

/**
 * The findings that pass their advice trials (with the evidence in their messages), in their order,
 * and every trial made. Findings of other codes pass untouched. A finding with siblings (other
 * findings of its code) is tried with their preferred fixes applied and compared against the spec
 * with only those applied (`advice-plan.ts`). Never throws: a fix that does not build or that the
 * engine refuses is left out of the trial.
 */
export function adviceGate(findings: readonly Diagnostic[], setting: AdviceSetting): { kept: Diagnostic[]; trials: AdviceTrial[] } {
  const codes = setting.codes ?? ADVICE_TRIAL_CODES;
  const gated = (f: Diagnostic) => setting.gain > 0 && codes.has(f.code);
  const bases = findings.map((f, i) => (gated(f) ? siblingsFixed(findings, i, setting.text) : undefined));
  // A lower dropout proves nothing without a validation loss, which the probe lacks (`lowersDropout`): not tried.
  const variants = findings.map((f, i) => (bases[i] ? fixVariants(bases[i].text, f, setting.context, setting).filter((v) => !lowersDropout(f, v.title)) : []));
  // One budget for every distinct spec the trials need: each base (as written, or with siblings'
  // fixes) and each fix. Siblings' preferred fixes all lead to the same spec: it is trained once.
  const texts = new Set<string>();
  bases.forEach((base, i) => {
    if (!base || variants[i].length === 0) return;
    texts.add(base.text);
    for (const v of variants[i]) texts.add(v.text);
  });
  const { spec, dataset, probePlan, runSteps } = setting;
  const plan = texts.size > 1 ? planAdviceTrial(probePlan, spec, dataset.inputs, runSteps, texts.size) : undefined;
  if (!plan) return { kept: [...findings], trials: [] }; // nothing to try, or no budget: shown untried
  // A fix's payoff may come after the steps the budget afforded: a cut trial withholds nothing
  // (blind8 vanishing-gradient.deep-sigmoid-sgd: batch norm 8.7% lower at 124 steps, 17% at 200).
  const cut = plan.steps < adviceHorizon(probePlan, runSteps);
  const trialOfText = memoTrials(setting, plan);
  const kept: Diagnostic[] = [];
  const trials: AdviceTrial[] = [];
  findings.forEach((finding, i) => {
    const base = bases[i];
    const against = base && variants[i].length > 0 ? trialOfText(base.text) : undefined;
    // Nothing to try, or the base (as written, or with the siblings' fixes) does not train: shown untried.
    if (!base || !against) return void kept.push(finding);
    const trial = adviceTrial(finding, variants[i], against, plan, setting.gain, base.alongside, cut, trialOfText);
    trials.push(trial);
    if (trial.kept) kept.push(withEvidence(finding, trial, plan));
  });
  return { kept, trials };
}

/** A spec ready to train, and what puts its losses in the written spec's units (`lossScaleFrom`; 1 when absent). */
type Trainable = { spec: ModelSpec; dataset: Dataset; lossScale?: number };

/** The probe's trial of a spec text, on its checked spec and data when the caller has them. */
type TrialOfText = (text: string, loaded?: Trainable) => TrialLosses | undefined;

/**
 * The probe's trial of a spec text, each text trained once: the written one on the loaded spec, any
 * other checked first. Its losses are in the written spec's units, whatever the text does to the targets.
 */
function memoTrials(setting: AdviceSetting, plan: ProbePlan): TrialOfText {
  const done = new Map<string, TrialLosses | undefined>();
  return (text, loaded) => {
    const ready = text === setting.text ? setting : loaded ?? checkedVariant(text, setting.context, { title: 'base', preferred: false }, setting);
    if (!done.has(text)) done.set(text, ready && safeTrial(ready, plan));
    return done.get(text);
  };
}

function adviceTrial(
  finding: Diagnostic, variants: readonly FixVariant[], written: TrialLosses, plan: ProbePlan, gain: number, alongside: string[], cut: boolean,
  trialOfText: TrialOfText,
): AdviceTrial {
  const tried: TriedFix[] = [];
  for (const variant of variants) {
    const losses = trialOfText(variant.text, variant);
    // A fix the engine refuses teaches nothing about the finding: it is left out of the trial.
    if (!losses) continue;
    tried.push({ title: variant.title, losses, helps: fixHelps(losses.final, written.final, gain), ...(variant.lossScale !== 1 && { rescaled: true }) });
  }
  const kept = tried.length === 0 || cut || tried.some((t) => t.helps);
  return { code: finding.code, path: finding.path, written, tried, alongside, steps: plan.steps, cut, kept };
}

/** The trial's losses in the written spec's units; undefined when the engine refuses the spec. */
function safeTrial({ spec, dataset, lossScale = 1 }: Trainable, plan: ProbePlan): TrialLosses | undefined {
  try {
    const losses = trialOf(spec, dataset, plan, plan.steps);
    return { initial: losses.initial * lossScale, final: losses.final * lossScale };
  } catch {
    return undefined;
  }
}

/**
 * The fix that helped most: the lowest final loss among those that helped. Not merely the first that
 * helped: batch norm, vanishing-gradient's usual first fix, helps many deep sigmoid stacks on the
 * probe's horizon while leaky units help them far more, over the trial and over the run
 * (`npx tsx bench/vanishing-fix-survey.ts`).
 */
export function bestHelping(tried: readonly TriedFix[]): TriedFix | undefined {
  return tried.filter((t) => t.helps).reduce<TriedFix | undefined>((best, t) => (best === undefined || t.losses.final < best.losses.final ? t : best), undefined);
}

/** The finding with the fix that helped most, and the written loss, at the end of its message. */
function withEvidence(finding: Diagnostic, trial: AdviceTrial, plan: ProbePlan): Diagnostic {
  const best = bestHelping(trial.tried);
  if (!best) return finding;
  const withSiblings = trial.alongside.length > 0;
  const also = withSiblings ? ` (with ${briefList(trial.alongside)})` : '';
  const base = withSiblings ? 'with those alone' : 'as written';
  const evidence =
    ` Tried: ${best.title}${also} → probe loss ${fmt(best.losses.final)}${best.rescaled ? ' (in the target\'s own units)' : ''}, against ${fmt(trial.written.final)} ${base} ` +
    `(${plan.steps} steps on ${plan.sampleSize} samples).`;
  return { ...finding, message: finding.message + evidence, provenFix: best.title };
}

