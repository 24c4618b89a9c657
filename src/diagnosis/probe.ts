/**
 * The edit-time probe: a few dozen training steps of a fresh network on a seeded sample of the data,
 * small enough to run after every edit. It reports, on the spec, what a run would only show once
 * started: a learning rate too high or too low (with the learning-rate finder's value as the fix),
 * ReLU units dead from the start, gradients that vanish or explode, saturated sigmoid/tanh layers.
 * The codes are the runtime ones; the messages say they come from the trial and give its numbers.
 */
import { EngineError } from '../engine/errors';
import type { ParsedSpec } from '../spec/parse';
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, DiagnosticCode, ModelSpec } from '../spec/types';
import type { CheckContext, CheckResult } from './check';
import { hasErrors, isRateRuleOfThumb, MEASURED_RATE_CODES } from './check';
import { baselineLoss } from './detectors/baseline';
import { runSteps, type RuleContext } from './context';
import { findLearningRate, LrFinderResult } from './lr-finder';
import { deadByOwnBias, initFindings, killedByExplodingSteps } from './probe-init-rules';
import { adviceGate, AdviceSetting, AdviceTrial } from './probe-advice';
import { finderRate, lrFindings, ProbeTrace, unitsKilled } from './probe-lr-rules';
import { planProbe, PROBE_LIMITS, ProbeLimits } from './probe-plan';
import { checkRate, RateCheck } from './probe-rate-check';
import { raceShortRun, raceWinnerRate, RateRace } from './probe-rate-race';
import type { ProbePlan } from './probe-plan';
import { sampleDataset } from './probe-sample';
import { checkRuleOfThumb, type ThumbCheck } from './probe-thumb-check';
import { checkMomentumRule, type MomentumCheck } from './probe-momentum-check';
import { checkNoisySteps, checkRateBelowRange, provenLowerRate, type RunCheck } from './probe-run-check';
import { noisyAdaptiveSteps } from './rules-noisy-steps';
import { MOMENTUM_PATH } from './rules-momentum';
import { rowStarved } from './rules-data';
import { InitLayerStats, ProbeSession } from './probe-session';
import { trial } from './probe-trial';

/** Options of a probe (tests and benchmarks shrink or grow it). */
export interface ProbeOptions {
  limits?: Readonly<ProbeLimits>;
  /** Run the learning-rate finder when an lr finding needs a value (default true). */
  finder?: boolean;
  /**
   * Where the spec lives, to rebuild it with a quick fix applied (its data may be a CSV beside it):
   * with it, findings of the gated codes must pass an advice trial (`probe-advice.ts`) unless the
   * spec's `adviceGain` is 0; without it, every finding is shown untried.
   */
  context?: CheckContext;
  /** The codes to trial instead of ADVICE_TRIAL_CODES (the survey in bench/ tries every code). */
  adviceCodes?: ReadonlySet<DiagnosticCode>;
}

/** Everything the probe measured, for the CLI's JSON, the docs and the tests. */
export interface ProbeResult {
  diagnostics: Diagnostic[];
  plan: ProbePlan;
  layers: InitLayerStats[];
  trace?: ProbeTrace;
  /** Present when an lr finding asked the finder for a value. */
  finder?: LrFinderResult;
  /** Why the probe did not run, or ran only in part. */
  skipped?: string;
  /** The advice trials made, including those of findings withheld because no fix helped. */
  advice?: AdviceTrial[];
  /** The longer look at an `lr-too-high` finding (`probe-rate-check.ts`), when one was made. */
  rateCheck?: RateCheck;
  /** The finder's rates against a third of the written one over a short run (`raceShortRun`), when run. */
  rateRace?: RateRace;
  /** The rate check of SGD's static `lr-out-of-range` (`probe-thumb-check.ts`), when made. */
  thumbCheck?: RateCheck;
  /** The check of the static momentum rule (`probe-momentum-check.ts`), when made. */
  momentumCheck?: MomentumCheck;
  /** The whole-run check of the static noisy-steps rule (`probe-run-check.ts`), when made. */
  noisyCheck?: RunCheck;
  /** The whole-run check of SGD's static `lr-out-of-range` below the range (`probe-run-check.ts`), when made. */
  lowRateCheck?: RunCheck;
  /** Paths of static rules of thumb the probe's measurements disproved: the editor and the CLI leave them out (`withProbeFindings`). */
  cleared?: string[];
}

/**
 * Probes a checked spec; undefined when it has errors or its data did not load (nothing to train).
 * A finding on a value the static check already flags is left out: one problem, one warning, one fix
 * to choose. Except the rate: the probe's measured `lr-too-high`/`lr-too-low` replaces the static
 * rules of thumb on it (`withProbeFindings`).
 */
export function probeChecked(check: CheckResult, options: ProbeOptions = {}): ProbeResult | undefined {
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const dataWarning = check.diagnostics.find((d) => d.code === 'data-error');
  if (dataWarning) {
    // A loadable spec's data-error is a warning about the data itself: values past what 32-bit floats
    // can square (extreme-values.ts), whose overflow is all the probe would see, or no more rows than
    // features (rules-data.ts), on which a trial shows nothing. The warning already says what to fix.
    const plan = planProbe(check.spec, check.dataset.inputs, check.dataset.samples, options.limits ?? PROBE_LIMITS);
    const why = rowStarved(check.spec, check.dataset) ? 'the data has no more rows than features' : 'the data holds values too large to train on';
    return { diagnostics: [], plan, layers: [], skipped: `${why} (see its data-error warning)` };
  }
  return probe(check.parsed, check.spec, check.dataset, options, check.diagnostics);
}

/** Runs the probe on a valid spec and its data. Deterministic: the same spec gives the same result. */
export function runProbe(parsed: ParsedSpec, spec: ModelSpec, dataset: Dataset, options: ProbeOptions = {}): ProbeResult {
  return probe(parsed, spec, dataset, options, []);
}

/**
 * Codes of the static check that find a layer's init at fault: units dying under them are the init's
 * doing. A static `dead-relu` is a negative starting bias (`rules-bias.ts`).
 */
const STATIC_INIT_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['init-symmetry', 'init-scale', 'dead-relu']);

/**
 * The paths whose probe findings the static check has already made: its own, but for a rate only a
 * rule of thumb flags (`isRateRuleOfThumb`); a layer's activation too when its bias is flagged as
 * killing its units.
 */
function staticallyFlagged(statics: readonly Diagnostic[]): Set<string> {
  const flagged = new Set(statics.filter((d) => !isRateRuleOfThumb(d)).map((d) => d.path));
  for (const d of statics) if (d.code === 'dead-relu') flagged.add(d.path.replace(/\/bias$/, '/activation'));
  return flagged;
}

/**
 * The probe, given the static check's findings: its own findings on a path they flag are left out
 * before their advice trials (no trial for a finding not shown), except on a rate only a
 * rule of thumb flags, which the probe measures (`withProbeFindings`).
 */
function probe(parsed: ParsedSpec, spec: ModelSpec, dataset: Dataset, options: ProbeOptions, statics: readonly Diagnostic[]): ProbeResult {
  const flagged = staticallyFlagged(statics);
  const staticInit = statics.some((d) => STATIC_INIT_CODES.has(d.code));
  const limits = options.limits ?? PROBE_LIMITS;
  const plan = planProbe(spec, dataset.inputs, dataset.samples, limits);
  if (plan.sampleSize === 0) return { diagnostics: [], plan, layers: [], skipped: 'the network is too large for the edit-time probe' };
  const ctx: RuleContext = { parsed, spec, dataset };
  const shown = (found: Diagnostic[]) => found.filter((d) => !flagged.has(d.path));
  try {
    const sample = sampleDataset(dataset, plan.sampleSize, spec.seed);
    const session = new ProbeSession(spec, sample);
    const layers = session.initStats();
    const initFound = initFindings(ctx, layers);
    if (plan.steps === 0) return { diagnostics: shown(initFound), plan, layers, skipped: 'the network is too large for the learning-rate trial' };
    // Withheld or not, an init problem explains a slow trial better than the rate does: a fix that does
    // not help (leaky_relu on zero weights) does not make the rate the cause. Measured on the eight
    // sets: the 6 probe lr-too-low it let through were all off-target, on zero-init faults. Nor are
    // units dying under an init at fault the rate's doing.
    const initAtFault = initFound.some((d) => INIT_FAULTS.has(d.code));
    const trace: ProbeTrace = { ...trial(session, plan, limits.checkEvery, runSteps(spec, dataset)), baselineLoss: baselineLoss(spec, sample) };
    if (!initAtFault && !staticInit) trace.killed = unitsKilled(spec, layers, session.deadUnitsNow());
    const explodingKill = staticInit ? [] : killedUnderExplosion(ctx, initFound, layers, session, trace.steps);
    const setting = adviceSetting(ctx, plan, trace, options);
    const init = adviseInit(shown(initFound), setting, spec);
    const explodingShown = shown(initFound).some((d) => d.code === 'exploding-gradient');
    const lr = learningRateFindings(ctx, trace, plan, initAtFault, options.finder !== false, explodingShown);
    const rate = judgeRate(shown(lr.diagnostics), ctx, plan, trace, lr.race, setting, statics);
    return {
      diagnostics: [...init.kept, ...shown(explodingKill), ...rate.kept],
      plan,
      layers,
      trace,
      ...(lr.finder && { finder: lr.finder }),
      ...(rate.rateCheck && { rateCheck: rate.rateCheck }),
      ...(lr.race && { rateRace: lr.race }),
      ...(rate.thumb && { thumbCheck: rate.thumb.rateCheck }),
      ...(rate.momentum && { momentumCheck: rate.momentum }),
      ...(rate.noisy && { noisyCheck: rate.noisy }),
      ...(rate.low && { lowRateCheck: rate.low }),
      ...clearedBy(rate),
      ...(setting && { advice: [...init.trials, ...rate.trials] }),
    };
  } catch (err) {
    // The static check passed, so the engine refusing the spec is a gap in the check: say so, keep going.
    if (err instanceof EngineError) return { diagnostics: [], plan, layers: [], skipped: `the engine refused the spec: ${err.message}` };
    throw err;
  }
}

/** The rate's findings and trials, and the checks of the static rules of thumb on it that were made. */
interface RateJudgement {
  kept: Diagnostic[];
  trials: AdviceTrial[];
  rateCheck?: RateCheck;
  thumb?: ThumbCheck;
  momentum?: MomentumCheck;
  noisy?: RunCheck;
  low?: RunCheck;
}

/** The rate's path, where the rules of thumb on the rate warn. */
const RATE_PATH = '/optimizer/lr';

/**
 * The rate's findings that pass their advice trials and the rate check, and the checks of the static
 * rules of thumb the probe can measure: SGD's rate above its range (`probe-thumb-check.ts`), the
 * momentum rule (`probe-momentum-check.ts`), and on the whole run the noisy-steps rule and SGD's rate
 * below its range (`probe-run-check.ts`). The checks belong with the trials: without them (no
 * context, `adviceGain` 0) findings show untried.
 */
function judgeRate(
  found: Diagnostic[],
  ctx: RuleContext,
  plan: ProbePlan,
  trace: ProbeTrace,
  race: RateRace | undefined,
  setting: AdviceSetting | undefined,
  statics: readonly Diagnostic[],
): RateJudgement {
  const rate = advise(found, setting);
  if (!setting) return rate;
  const checked = withRateCheck(rate.kept, ctx, plan, trace, setting.gain, race);
  const probedRate = checked.kept.some((d) => MEASURED_RATE_CODES.has(d.code) && d.path === RATE_PATH);
  const thumb = checkRuleOfThumb(statics, probedRate, ctx, plan, trace, setting.gain, checked.rateCheck);
  const momentum = checkMomentumRule(statics, ctx, plan, trace, setting.gain);
  const noisy = checkNoisySteps(statics, probedRate, ctx, setting.gain);
  const low = checkRateBelowRange(statics, probedRate, ctx, setting.gain);
  // A kept noisy-steps warning whose usual rate did not help, but a third of the rate did: the probe
  // shows it advising that third, and the static one gives way to it (`withProbeFindings`). It is the
  // static rule's own warning re-advised, so it skips the advice trials and the filter of statically
  // flagged paths (a rule of thumb on the rate never flags it).
  const proven = noisy && provenLowerRate(noisy, setting.gain);
  const kept = proven ? [...checked.kept, ...noisyAdaptiveSteps(ctx, proven)] : checked.kept;
  return { ...checked, kept, trials: rate.trials, ...(thumb && { thumb }), ...(momentum && { momentum }), ...(noisy && { noisy }), ...(low && { low }) };
}

/** The static findings' paths the probe's checks disproved (`cleared`), when a check was made. */
function clearedBy(rate: RateJudgement): { cleared?: string[] } {
  if (!rate.thumb && !rate.momentum && !rate.noisy && !rate.low) return {};
  const momentum = rate.momentum && !rate.momentum.kept ? [MOMENTUM_PATH] : [];
  const wholeRun = [rate.noisy, rate.low].some((check) => check && !check.kept) ? [RATE_PATH] : [];
  return { cleared: [...(rate.thumb?.cleared ?? []), ...momentum, ...wholeRun] };
}

/** The findings without an `lr-too-high` that the longer look at the rate disproves (`checkRate`), and that look. */
function withRateCheck(found: Diagnostic[], ctx: RuleContext, plan: ProbePlan, trace: ProbeTrace, gain: number, race?: RateRace): { kept: Diagnostic[]; rateCheck?: RateCheck } {
  const high = found.find((d) => d.code === 'lr-too-high');
  const rateCheck = high && checkRate(ctx.spec, ctx.dataset!, plan, trace, gain, race);
  if (!rateCheck) return { kept: found };
  return { kept: rateCheck.kept ? found : found.filter((d) => d !== high), rateCheck };
}

/**
 * The ReLU layer the trial's first steps killed when the only init finding is an exploding gradient
 * (`killedByExplodingSteps`): a dead layer found at init, or a vanishing gradient, already names
 * the dead units' cause.
 */
function killedUnderExplosion(ctx: RuleContext, initFound: readonly Diagnostic[], layers: readonly InitLayerStats[], session: ProbeSession, steps: number): Diagnostic[] {
  if (!initFound.some((d) => d.code === 'exploding-gradient') || initFound.some((d) => d.code === 'dead-relu' || d.code === 'vanishing-gradient')) return [];
  const killed = unitsKilled(ctx.spec, layers, session.deadUnitsNow(), true);
  return killed ? [killedByExplodingSteps(ctx, killed, steps)] : [];
}

/** Init findings that make a slow trial the init's fault rather than the rate's. */
const INIT_FAULTS: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['dead-relu', 'vanishing-gradient', 'exploding-gradient']);

/** What the advice trials need, or undefined when they are off (no context to rebuild a fix, or `adviceGain` 0). */
function adviceSetting(ctx: RuleContext, plan: ProbePlan, trace: ProbeTrace, options: ProbeOptions): AdviceSetting | undefined {
  const { parsed, spec, dataset } = ctx;
  const gain = spec.diagnostics.adviceGain;
  if (!options.context || !dataset || !(gain > 0)) return undefined;
  return { text: parsed.text, spec, dataset, context: options.context, probePlan: plan, runSteps: trace.runSteps, gain, codes: options.adviceCodes };
}

/** The init findings that pass their advice trials, and those whose cause the spec states (`deadByOwnBias`), untried. */
function adviseInit(found: Diagnostic[], setting: AdviceSetting | undefined, spec: ModelSpec): { kept: Diagnostic[]; trials: AdviceTrial[] } {
  const evident = found.filter((d) => deadByOwnBias(spec, d));
  const tried = advise(found.filter((d) => !evident.includes(d)), setting);
  return { kept: [...evident, ...tried.kept], trials: tried.trials };
}

/** The findings that pass their advice trials; all of them, untried, when the trials are off. */
function advise(found: Diagnostic[], setting: AdviceSetting | undefined): { kept: Diagnostic[]; trials: AdviceTrial[] } {
  return setting ? adviceGate(found, setting) : { kept: found, trials: [] };
}

/**
 * The trial's lr finding, with the finder's rate as its value. The finder (about 100 more steps)
 * only runs when there is a finding to give a value to, so a healthy spec pays nothing for it.
 * An exploding-gradient finding shown beside it names the data's scale already (`explodingShown`).
 */
function learningRateFindings(ctx: RuleContext, trace: ProbeTrace, plan: ProbePlan, initAtFault: boolean, useFinder: boolean, explodingShown: boolean): LearningRateFindings {
  // A network whose gradient cannot flow looks like one with a tiny rate, and one whose init explodes
  // starts far above the constant answer, so its fall counts from there (`tooLowEvidence`): either
  // way the init is the cause to report.
  // The crawl toward a raw target (`exploding-gradient`, the only one lrFindings gives) is a slow trial too.
  const found = lrFindings(ctx, trace, undefined, explodingShown).filter((d) => !(initAtFault && (d.code === 'lr-too-low' || d.code === 'exploding-gradient')));
  if (found.length === 0 || !useFinder) return { diagnostics: found };
  const finder = findLearningRate(ctx.spec, ctx.dataset!, { sampleSize: trace.sampleRows });
  const race = found[0].code === 'lr-too-high' && finder.suggestion !== undefined ? raceShortRun(ctx.spec, ctx.dataset!, plan, trace, finder.suggestion, finder.minimum) : undefined;
  const suggested = race && race.winner !== 'finder' ? raceWinnerRate(race) : finderRate(finder.suggestion);
  return { diagnostics: lrFindings(ctx, trace, suggested, explodingShown).filter((d) => d.code === found[0].code), finder, ...(race && { race }) };
}

/** The lr findings, and the finder and the short-run race behind their suggested rate when they ran. */
interface LearningRateFindings {
  diagnostics: Diagnostic[];
  finder?: LrFinderResult;
  race?: RateRace;
}

