/**
 * The spec as each quick fix of a diagnostic would leave it, parsed, checked and with its data
 * loaded, ready to train. An advice trial trains these against the spec as written: a warning
 * whose fixes do not help is not worth showing.
 *
 * Most fixes leave the data alone (a rate, an activation, a bias), and loading it again can cost
 * more than the trial (a 4000×785 CSV: ~500 ms per fix, in the worker between two slices). Given
 * the data set the written spec loaded, a fix that loads the same data reuses it, and one that only
 * normalizes raw features differently normalizes a copy; any other change to the data reloads it.
 */
import type { Dataset } from '../spec/dataset';
import { normalizeFeatures } from '../spec/normalize';
import { parseSpec, ParsedSpec } from '../spec/parse';
import type { Diagnostic, ModelSpec } from '../spec/types';
import { applyDiagnosticDefaults, CheckContext, checkSpec, hasErrors } from './check';
import { QuickFix, quickFixes } from './fixes';
import { applyTextEdits } from './json-edits';
import { lintSpec } from './lint';
import { baselineLoss } from './detectors/baseline';

/** One quick fix applied: the text the user would get, and what it trains. */
export interface FixVariant {
  /** The quick fix's title, e.g. `Set "lr" to 0.01`: evidence says which fix was tried. */
  title: string;
  /** Whether it is the diagnostic's preferred fix. */
  preferred: boolean;
  text: string;
  parsed: ParsedSpec;
  spec: ModelSpec;
  dataset: Dataset;
  /** Multiplies this variant's losses into the units of the spec it was derived from (`lossScaleFrom`): 1 unless it rescales the targets. */
  lossScale: number;
}

/** A valid spec and the data set loaded for it: variants that load the same data share it (read only). */
export interface LoadedSpec {
  spec: ModelSpec;
  dataset: Dataset;
}

/**
 * Every quick fix of `diagnostic` on `text` that leaves a trainable spec (valid, data loaded, no
 * error), preferred first. A fix that breaks the spec is left out rather than reported: the editor
 * shows the same fixes, and a broken result there is the fix module's bug, not the user's.
 * `loaded`: the data the spec (`text`, or the spec it was derived from) already loaded, to reuse.
 * Never throws: a fix whose check throws is left out too.
 */
export function fixVariants(text: string, diagnostic: Diagnostic, ctx: CheckContext, loaded?: LoadedSpec): FixVariant[] {
  const variants: FixVariant[] = [];
  for (const fix of safeQuickFixes(text, diagnostic)) {
    const variant = safeVariant(text, fix, ctx, loaded);
    if (variant) variants.push(variant);
  }
  return variants.sort((a, b) => Number(b.preferred) - Number(a.preferred));
}

function safeQuickFixes(text: string, diagnostic: Diagnostic): QuickFix[] {
  try {
    return quickFixes(text, diagnostic);
  } catch {
    return [];
  }
}

function safeVariant(text: string, fix: QuickFix, ctx: CheckContext, loaded: LoadedSpec | undefined): FixVariant | undefined {
  try {
    return checkedVariant(applyTextEdits(text, fix.edits), ctx, { title: fix.title, preferred: fix.preferred }, loaded);
  } catch {
    return undefined;
  }
}

/**
 * `text` checked and its data loaded (reusing `loaded`'s when it can), as a variant named by `name`;
 * undefined when it is not trainable. Never throws: also how a trial's base (the siblings' fixes
 * alone) is built.
 */
export function checkedVariant(text: string, ctx: CheckContext, name: Pick<FixVariant, 'title' | 'preferred'>, loaded?: LoadedSpec): FixVariant | undefined {
  try {
    const checked = (loaded && checkReusingData(text, ctx, loaded)) ?? checkSpec(text, ctx);
    if (!checked.spec || !checked.dataset || hasErrors(checked.diagnostics)) return undefined;
    return { ...name, text, parsed: checked.parsed, spec: checked.spec, dataset: checked.dataset, lossScale: lossScaleFrom(checked.spec, checked.dataset, loaded) };
  } catch {
    return undefined;
  }
}

/**
 * What turns the losses of `spec` into the units of `loaded`'s: 1 unless the two rescale the
 * regression targets differently (`normalizeTarget`). An mse is in the targets' units squared, so a
 * fix that makes a raw target standard would otherwise win any comparison by the target's variance
 * (the fixture exploding-gradient.raw-target: "loss 0.0434 against 7.30e+10 as written"). Then it is the
 * ratio of the two constant answers' losses: σ² for one column made standard, its range² for
 * min-max, exact for one column and a mean over several. 1 without `loaded` or a usable baseline.
 */
export function lossScaleFrom(spec: ModelSpec, dataset: Dataset, loaded: LoadedSpec | undefined): number {
  if (!loaded || targetNormalization(spec) === targetNormalization(loaded.spec)) return 1;
  const written = baselineLoss(loaded.spec, loaded.dataset);
  const rescaled = baselineLoss(spec, dataset);
  return written !== undefined && rescaled !== undefined ? written / rescaled : 1;
}

function targetNormalization(spec: ModelSpec): string {
  return spec.data.normalizeTarget ?? 'none';
}

/**
 * What `checkSpec` would return for `text`, built on the loaded data instead of loading it again;
 * undefined when the fixed spec is invalid or would load different data (then `checkSpec` decides).
 */
function checkReusingData(text: string, ctx: CheckContext, loaded: LoadedSpec): ReturnType<typeof checkSpec> | undefined {
  const parsed = parseSpec(text, { defaultName: ctx.defaultName });
  const spec = parsed.spec;
  if (!spec) return undefined;
  const dataset = reusedData(spec, loaded);
  if (!dataset) return undefined;
  applyDiagnosticDefaults(parsed, spec, ctx.diagnosticDefaults);
  // No data diagnostics: loading the same data succeeded, and loadDataset reports only failures.
  return { parsed, spec, dataset, diagnostics: [...parsed.diagnostics, ...lintSpec({ parsed, spec, dataset })] };
}

/**
 * The data set `spec` would load, taken from `loaded` when it can be: the same data (the loaded set
 * itself), or the same raw features normalized another way (a normalized copy). Undefined otherwise.
 */
export function reusedData(spec: ModelSpec, loaded: LoadedSpec): Dataset | undefined {
  const before = loaded.spec;
  // What loading depends on (data.ts): the data block, the seed (builtin sets), the loss (targets).
  if (spec.seed !== before.seed || spec.loss !== before.loss) return undefined;
  if (JSON.stringify({ ...spec.data, normalize: '' }) !== JSON.stringify({ ...before.data, normalize: '' })) return undefined;
  const { dataset } = loaded;
  if (spec.data.normalize === before.data.normalize) return dataset;
  // Normalization is lossy: only raw features can be normalized anew, bit for bit as a reload would.
  if (before.data.normalize !== 'none') return undefined;
  const x = Float64Array.from(dataset.x);
  normalizeFeatures(x, dataset.samples, dataset.inputs, spec.data.normalize);
  return { ...dataset, x };
}
