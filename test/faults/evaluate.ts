/**
 * Runs one corpus spec through everything that can catch a fault, in the order a user meets it:
 * the static check, the edit-time probe (when the checkout has one) and a monitored training run.
 */
import * as path from 'path';
import { performance } from 'perf_hooks';
import { CheckContext, CheckResult, hasErrors, withProbeFindings } from '../../src/diagnosis/check';
import { runMonitored } from '../../src/diagnosis/run';
import type { Diagnostic, DiagnosticCode } from '../../src/spec/types';
import { checkCorpusSpec, corpusContext, CorpusSet, REPO_ROOT, Stage, STAGES } from './corpus';

/**
 * The probe as the benchmark calls it: diagnostics for a checked spec, undefined when it cannot run.
 * The context (where the spec lives) lets it rebuild the spec with a quick fix for its advice trials.
 * `cleared`: paths of static rules of thumb the probe disproved, which the editor leaves out.
 */
export type ProbeFn = (check: CheckResult, options?: { context?: CheckContext }) => { diagnostics: Diagnostic[]; cleared?: string[] } | undefined;

/** The probe, or why there is none. */
export interface ProbeLoad {
  probe?: ProbeFn;
  missing?: string;
}

/**
 * Loads `probeChecked` from `src/diagnosis/probe` at run time, so the benchmark also runs in a
 * checkout without the probe (it then reports the probe as missing instead of failing to compile).
 */
export function loadProbe(): ProbeLoad {
  const modulePath = path.join(REPO_ROOT, 'src/diagnosis/probe');
  let loaded: { probeChecked?: unknown };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(modulePath) as { probeChecked?: unknown };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' && String((err as Error).message).includes(modulePath)) return { missing: 'src/diagnosis/probe.ts does not exist' };
    throw err;
  }
  if (typeof loaded.probeChecked !== 'function') return { missing: 'src/diagnosis/probe.ts exports no probeChecked()' };
  return { probe: loaded.probeChecked as ProbeFn };
}

/** What each stage said about one spec. */
export interface SpecOutcome {
  file: string;
  static: Diagnostic[];
  /** Absent when there is no probe or the spec has errors (the probe does not run then). */
  probe?: Diagnostic[];
  probeMs?: number;
  /** Every runtime diagnostic raised, even if later cleared; absent when the spec cannot be trained. */
  training?: Diagnostic[];
  epochs?: number;
  finalLoss?: number;
  stoppedEarly?: boolean;
  /** An exception from the core: a bug, reported and counted as a crash by the benchmark. */
  crash?: string;
}

/** Checks, probes and trains one spec of a set. Never throws: a crash is recorded in the outcome. */
export function evaluateSpec(file: string, probe: ProbeFn | undefined, set: CorpusSet = 'dev'): SpecOutcome {
  const outcome: SpecOutcome = { file, static: [] };
  try {
    const check = checkCorpusSpec(file, set);
    outcome.static = check.diagnostics;
    const probeContext = corpusContext(file, set);
    if (probe) runProbeTimed(probe, check, outcome, probeContext);
    if (check.spec && check.dataset && !hasErrors(check.diagnostics)) {
      const run = runMonitored(check.parsed, check.spec, check.dataset, { advice: probeContext });
      outcome.training = run.raised;
      outcome.epochs = run.epochs;
      outcome.finalLoss = run.last?.loss;
      outcome.stoppedEarly = run.stoppedEarly;
    }
  } catch (err) {
    outcome.crash = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  return outcome;
}

function runProbeTimed(probe: ProbeFn, check: CheckResult, outcome: SpecOutcome, context: CheckContext): void {
  const started = performance.now();
  const result = probe(check, { context });
  const elapsed = performance.now() - started;
  if (!result) return;
  outcome.probe = result.diagnostics;
  outcome.probeMs = elapsed;
  // The editor leaves out a static rule of thumb the probe disproved (its merge, with no probe finding
  // added here: those stay the probe stage's), so it counts at no stage.
  if (result.cleared?.length) outcome.static = withProbeFindings(outcome.static, [], result.cleared);
}

/** The diagnostics one stage produced (empty when it did not run). */
export function stageDiagnostics(outcome: SpecOutcome, stage: Stage): Diagnostic[] {
  return (stage === 'static' ? outcome.static : stage === 'probe' ? outcome.probe : outcome.training) ?? [];
}

/** The first stage that raised one of `codes`, or undefined when none did. */
export function caughtAt(outcome: SpecOutcome, codes: readonly DiagnosticCode[]): Stage | undefined {
  return STAGES.find((stage) => stageDiagnostics(outcome, stage).some((d) => codes.includes(d.code)));
}

/** Every warning or error any stage raised: on a healthy spec, each one is a false alarm. */
export function alarms(outcome: SpecOutcome): { stage: Stage; code: DiagnosticCode; path: string }[] {
  return STAGES.flatMap((stage) =>
    stageDiagnostics(outcome, stage)
      .filter((d) => d.severity === 'error' || d.severity === 'warning')
      .map((d) => ({ stage, code: d.code, path: d.path })),
  );
}
