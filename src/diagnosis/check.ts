import { loadDataset, DataContext, type PendingRead } from '../spec/data';
import { parseSpec, ParsedSpec } from '../spec/parse';
import type { Dataset } from '../spec/dataset';
import { DEFAULT_DIAGNOSTICS, Diagnostic, DiagnosticCode, DiagnosticsConfig, ModelSpec } from '../spec/types';
import { isValidDiagnosticValue } from '../spec/validate-training';
import { lintSpec } from './lint';
import { isMomentumRule } from './rules-momentum';

/** Where a spec lives, for resolving its data and naming it. */
export interface CheckContext extends DataContext {
  /** Name used when the spec has no `name` (usually the file name without `.nn.json`). */
  defaultName?: string;
  /** Detector and probe thresholds from the editor's settings: they replace the defaults, the spec's own win. */
  diagnosticDefaults?: Partial<DiagnosticsConfig>;
}

/** Everything known about a spec without training it. */
export interface CheckResult {
  parsed: ParsedSpec;
  /** Present when the spec is valid. */
  spec?: ModelSpec;
  /** Present when the spec is valid and its data loaded. */
  dataset?: Dataset;
  /** Syntax and validation errors, data errors, then the static rules' findings. */
  diagnostics: Diagnostic[];
  /** A large CSV left for another thread to read (`CheckContext.deferReadsOver`): no data set yet, and no error. */
  pendingRead?: PendingRead;
}

/** Parses, validates, loads the data and runs the static rules: the one entry point for CLI and editor. */
export function checkSpec(text: string, ctx: CheckContext): CheckResult {
  const parsed = parseSpec(text, { defaultName: ctx.defaultName });
  const spec = parsed.spec;
  if (!spec) return { parsed, diagnostics: [...parsed.diagnostics] };
  applyDiagnosticDefaults(parsed, spec, ctx.diagnosticDefaults);
  const valid = parsed as ParsedSpec & { spec: ModelSpec };
  const loaded = loadDataset(valid, ctx);
  const lint = lintSpec({ parsed, spec, dataset: loaded.dataset });
  const result: CheckResult = { parsed, spec, dataset: loaded.dataset, diagnostics: [...parsed.diagnostics, ...loaded.diagnostics, ...lint] };
  return loaded.pendingRead ? { ...result, pendingRead: loaded.pendingRead } : result;
}

/** True if any diagnostic is an error (the spec cannot be trained as written). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Layers the settings' thresholds under the spec's: a key the spec writes in `"diagnostics"` keeps
 * its value, any other takes the setting when the spec itself would accept that value. An
 * out-of-range setting is ignored here; VS Code flags it in the settings from package.json's bounds.
 */
export function applyDiagnosticDefaults(parsed: ParsedSpec, spec: ModelSpec, overrides: Partial<DiagnosticsConfig> | undefined): void {
  if (!overrides) return;
  for (const key of Object.keys(DEFAULT_DIAGNOSTICS) as (keyof DiagnosticsConfig)[]) {
    const value = overrides[key];
    if (!isValidDiagnosticValue(key, value)) continue;
    if (parsed.has(`/diagnostics/${key}`)) continue;
    spec.diagnostics[key] = value;
  }
}

/** The probe's codes that measure the rate the static check only judges by rules of thumb. */
export const MEASURED_RATE_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['lr-too-high', 'lr-too-low']);

/**
 * Whether a static finding judges the rate by a rule of thumb the probe measures: `lr-out-of-range`
 * (the optimizer's range), and `lr-too-high` on the rate (a momentum's gain or RMSprop's first steps,
 * rules-rate.ts).
 */
export function isRateRuleOfThumb(d: Diagnostic): boolean {
  return d.code === 'lr-out-of-range' || (d.code === 'lr-too-high' && d.path === '/optimizer/lr');
}

/**
 * The static check's findings then the probe's, as the editor and the CLI show them. A static rule of
 * thumb on the rate gives way to the probe's finding on the same rate: it says the same thing with the
 * trial's numbers ("the loss went 1.17 → 2590 in 5 steps at lr 1"), and the finder's rate as its fix.
 * One the probe's measurements disproved (`cleared`, the probe's paths: probe-thumb-check.ts,
 * probe-run-check.ts, and the momentum rule's, probe-momentum-check.ts) is left out: on the rate, every
 * rule of thumb there, since the checks train the rate each of them would change. The other way
 * round, a layer the static check finds saturated by its bias (rules-bias.ts) keeps that finding
 * alone: the probe's saturation of the same layer is its symptom, and its advice (a smaller init
 * scale) would not cure it.
 */
export function withProbeFindings(statics: readonly Diagnostic[], probed: readonly Diagnostic[], cleared: readonly string[] = []): Diagnostic[] {
  const measured = new Set([...probed.filter((d) => MEASURED_RATE_CODES.has(d.code)).map((d) => d.path), ...cleared]);
  const disproved = (d: Diagnostic) => (isRateRuleOfThumb(d) && measured.has(d.path)) || (isMomentumRule(d) && cleared.includes(d.path));
  const saturatedByBias = new Set(statics.filter(isBiasSaturation).map((d) => layerOf(d.path)));
  const explained = (d: Diagnostic) => d.code === 'saturated-activation' && saturatedByBias.has(layerOf(d.path));
  return [...statics.filter((d) => !disproved(d)), ...probed.filter((d) => !explained(d))];
}

/** A static `saturated-activation` on a layer's `"bias"` (rules-bias.ts, `saturatedByBias`). */
function isBiasSaturation(d: Diagnostic): boolean {
  return d.code === 'saturated-activation' && /^\/layers\/\d+\/bias$/.test(d.path ?? '');
}

/** `/layers/3` for any path inside that layer's object; the path itself otherwise. */
function layerOf(path: string | undefined): string {
  return /^\/layers\/\d+/.exec(path ?? '')?.[0] ?? path ?? '';
}
