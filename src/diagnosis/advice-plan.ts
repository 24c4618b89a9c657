/**
 * What the probe's advice trials (`probe-advice.ts`) and the training-time ones
 * (`detectors/advice-gate.ts`) share: which spec a finding's fixes are tried on, what they are
 * compared against, and when a fix counts as helping. One rule for both, so a warning is judged the
 * same way at edit time and during a run.
 *
 * A finding is tried as the user would fix the problem everywhere it was found: with the preferred
 * fix of every other finding of its code applied (its siblings). With two layers dead, reviving one
 * alone changes nothing while the other blocks the gradient (blind6 dead-relu.negative-bias-init:
 * "bias" 0.01 on one layer of two cuts the loss by 7%, on both by far more). Its fixes are then
 * compared against the spec with only the siblings' fixes applied, never against the spec as written:
 * otherwise a false finding next to a true one would be confirmed by the true one's fix.
 */
import type { Diagnostic } from '../spec/types';
import { QuickFix, quickFixes } from './fixes';
import { applyTextEdits } from './json-edits';

/** The spec a finding's fixes are tried on, and the base they are compared against. */
export interface SiblingFixes {
  /** The text with the preferred fix of every other finding of the same code applied. */
  text: string;
  /** Those fixes, as `<title> at <the path the fix edits>`; empty when the finding has no sibling. */
  alongside: string[];
}

/** Whether a fix's loss beats the base's by `gain`: any finite loss beats a base that is NaN or ∞; a non-finite one never helps. */
export function fixHelps(fixed: number, base: number, gain: number): boolean {
  if (!Number.isFinite(base)) return Number.isFinite(fixed);
  return Number.isFinite(fixed) && fixed <= (1 - gain) * base;
}

/**
 * `text` with the preferred quick fix of every other finding of `findings[index]`'s code applied,
 * in the findings' order, except a fix that edits a path one of the finding's own fixes edits. A
 * sibling without a preferred fix (or whose fix module throws) is left as written. Never throws.
 */
export function siblingsFixed(findings: readonly Diagnostic[], index: number, text: string): SiblingFixes {
  let fixed = text;
  const alongside: string[] = [];
  const ownPaths = new Set((findings[index].suggestions ?? []).map((s) => s.path));
  findings.forEach((other, j) => {
    if (j === index || other.code !== findings[index].code) return;
    const fix = safeQuickFixes(fixed, other).find((f) => f.preferred);
    // A fix the finding offers too (the rate, the data's normalization) is one of its own: applying it
    // to the base would leave the finding nothing to show (heldout dead-relu.sgd-raw-clinic-features).
    if (!fix || ownPaths.has(fixPath(other, fix))) return;
    fixed = applyTextEdits(fixed, fix.edits);
    alongside.push(`${fix.title} at ${fixPath(other, fix)}`);
  });
  return { text: fixed, alongside };
}

/** The path a quick fix edits: its suggestion's, else the finding's. */
function fixPath(finding: Diagnostic, fix: QuickFix): string {
  return finding.suggestions?.find((s) => s.title === fix.title)?.path ?? finding.path;
}

/**
 * Whether a fix lowers a dropout rate. Dropout is active only in training mode, so such a fix lowers
 * the training loss by construction, whatever it does to the fit: it is judged on the validation
 * loss, or, when there is none, not tried at all (a warning left with no fix to try is shown untried,
 * never withheld for want of evidence).
 */
export function lowersDropout(finding: Diagnostic, fixTitle: string): boolean {
  const path = finding.suggestions?.find((s) => s.title === fixTitle)?.path;
  return path !== undefined && /^\/layers\/\d+\/rate$/.test(path);
}

function safeQuickFixes(text: string, finding: Diagnostic): QuickFix[] {
  try {
    return quickFixes(text, finding);
  } catch {
    return [];
  }
}
