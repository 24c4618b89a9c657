/**
 * The spec as each quick fix of a diagnostic would leave it, parsed, checked and with its data
 * loaded, ready to train. An advice trial trains these against the spec as written: a warning
 * whose fixes do not help is not worth showing.
 */
import type { Dataset } from '../spec/dataset';
import type { ParsedSpec } from '../spec/parse';
import type { Diagnostic, ModelSpec } from '../spec/types';
import { CheckContext, checkSpec, hasErrors } from './check';
import { applyTextEdits, quickFixes } from './fixes';

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
}

/**
 * Every quick fix of `diagnostic` on `text` that leaves a trainable spec (valid, data loaded, no
 * error), preferred first. A fix that breaks the spec is left out rather than reported: the editor
 * shows the same fixes, and a broken result there is the fix module's bug, not the user's.
 */
export function fixVariants(text: string, diagnostic: Diagnostic, ctx: CheckContext): FixVariant[] {
  const variants: FixVariant[] = [];
  for (const fix of quickFixes(text, diagnostic)) {
    const fixedText = applyTextEdits(text, fix.edits);
    const checked = checkSpec(fixedText, ctx);
    if (!checked.spec || !checked.dataset || hasErrors(checked.diagnostics)) continue;
    variants.push({ title: fix.title, preferred: fix.preferred, text: fixedText, parsed: checked.parsed, spec: checked.spec, dataset: checked.dataset });
  }
  return variants.sort((a, b) => Number(b.preferred) - Number(a.preferred));
}
