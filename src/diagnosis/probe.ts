/**
 * The edit-time probe: a few dozen training steps of a fresh network on a seeded sample of the data,
 * small enough to run after every edit. It reports, on the spec, what a run would only show once
 * started: a learning rate too high or too low (with the learning-rate finder's value as the fix),
 * ReLU units dead from the start, gradients that vanish or explode, saturated sigmoid/tanh layers.
 * The codes are the runtime ones; the messages say they come from the trial and give its numbers.
 */
import { validationCount } from '../engine/batches';
import { EngineError } from '../engine/errors';
import type { ParsedSpec } from '../spec/parse';
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, ModelSpec } from '../spec/types';
import type { CheckResult } from './check';
import { hasErrors } from './check';
import { baselineLoss } from './detectors/baseline';
import type { RuleContext } from './context';
import { findLearningRate, LrFinderResult } from './lr-finder';
import { initFindings } from './probe-init-rules';
import { lrFindings, ProbeTrace } from './probe-lr-rules';
import { planProbe, PROBE_LIMITS, ProbeLimits, ProbePlan } from './probe-plan';
import { sampleDataset } from './probe-sample';
import { InitLayerStats, ProbeSession } from './probe-session';

/** Options of a probe (tests and benchmarks shrink or grow it). */
export interface ProbeOptions {
  limits?: Readonly<ProbeLimits>;
  /** Run the learning-rate finder when an lr finding needs a value (default true). */
  finder?: boolean;
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
}

/**
 * Probes a checked spec; undefined when it has errors or its data did not load (nothing to train).
 * A finding on a value the static check already flags is left out (e.g. lr-too-high on an lr that
 * lr-out-of-range reports): one problem, one warning, one fix to choose.
 */
export function probeChecked(check: CheckResult, options: ProbeOptions = {}): ProbeResult | undefined {
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const result = runProbe(check.parsed, check.spec, check.dataset, options);
  const flagged = new Set(check.diagnostics.map((d) => d.path));
  return { ...result, diagnostics: result.diagnostics.filter((d) => !flagged.has(d.path)) };
}

/** Runs the probe on a valid spec and its data. Deterministic: the same spec gives the same result. */
export function runProbe(parsed: ParsedSpec, spec: ModelSpec, dataset: Dataset, options: ProbeOptions = {}): ProbeResult {
  const limits = options.limits ?? PROBE_LIMITS;
  const plan = planProbe(spec, dataset.inputs, dataset.samples, limits);
  if (plan.sampleSize === 0) return { diagnostics: [], plan, layers: [], skipped: 'the network is too large for the edit-time probe' };
  const ctx: RuleContext = { parsed, spec, dataset };
  try {
    const sample = sampleDataset(dataset, plan.sampleSize, spec.seed);
    const session = new ProbeSession(spec, sample);
    const layers = session.initStats();
    const diagnostics = initFindings(ctx, layers);
    if (plan.steps === 0) return { diagnostics, plan, layers, skipped: 'the network is too large for the learning-rate trial' };
    const trace = { ...trial(session, plan, limits.checkEvery, runSteps(spec, dataset)), baselineLoss: baselineLoss(spec, sample) };
    const initAtFault = diagnostics.some((d) => d.code === 'dead-relu' || d.code === 'vanishing-gradient' || d.code === 'exploding-gradient');
    const lr = learningRateFindings(ctx, trace, initAtFault, options.finder !== false);
    return { diagnostics: [...diagnostics, ...lr.diagnostics], plan, layers, trace, ...(lr.finder && { finder: lr.finder }) };
  } catch (err) {
    // The static check passed, so the engine refusing the spec is a gap in the check: say so, keep going.
    if (err instanceof EngineError) return { diagnostics: [], plan, layers: [], skipped: `the engine refused the spec: ${err.message}` };
    throw err;
  }
}

/**
 * The trial's lr finding, with the finder's rate as its value. The finder (about 100 more steps)
 * only runs when there is a finding to give a value to, so a healthy spec pays nothing for it.
 */
function learningRateFindings(ctx: RuleContext, trace: ProbeTrace, initAtFault: boolean, useFinder: boolean): { diagnostics: Diagnostic[]; finder?: LrFinderResult } {
  // A network whose gradient cannot flow looks like one with a tiny rate, and one whose init explodes
  // starts far above the constant answer, so its fall counts from there (`tooLowEvidence`): either
  // way the init is the cause to report.
  const found = lrFindings(ctx, trace, undefined).filter((d) => !(initAtFault && d.code === 'lr-too-low'));
  if (found.length === 0 || !useFinder) return { diagnostics: found };
  const finder = findLearningRate(ctx.spec, ctx.dataset!, { sampleSize: trace.sampleRows });
  return { diagnostics: lrFindings(ctx, trace, finder.suggestion).filter((d) => d.code === found[0].code), finder };
}

/** The short training: steps at the spec's rate, with the loss over the sample every `checkEvery` steps. */
function trial(session: ProbeSession, plan: ProbePlan, checkEvery: number, run: number): ProbeTrace {
  const initialLoss = session.sampleLoss();
  const checkpoints: ProbeTrace['checkpoints'] = [];
  const ratios: number[] = [];
  let steps = 0;
  while (steps < plan.steps) {
    ratios.push(session.step().updateRatio);
    steps++;
    if (steps % checkEvery !== 0) continue;
    const loss = session.sampleLoss();
    checkpoints.push({ step: steps, loss });
    if (!Number.isFinite(loss)) break;
  }
  ratios.sort((a, b) => a - b);
  const medianUpdateRatio = ratios[ratios.length >> 1];
  return { lr: session.spec.optimizer.lr, steps, sampleRows: session.rows, initialLoss, checkpoints, medianUpdateRatio, runSteps: run };
}

/** Mini-batch steps of the spec's own run: epochs × batches per epoch of its training split. */
function runSteps(spec: ModelSpec, dataset: Dataset): number {
  const validation = validationCount(dataset.samples, spec.training.validationSplit);
  return spec.training.epochs * Math.ceil((dataset.samples - validation) / spec.training.batchSize);
}
