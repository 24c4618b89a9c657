/**
 * Dead ReLU units whose own advice trial found the cure in a lower learning rate: the trial tries the
 * other fixes first (a positive bias, normalizing raw data, a leaky activation) and stops at the first
 * that helps, so they did not help and the rate did. The steps killed the units, so the warning names
 * the rate (`lr-too-high`) and leads with that fix; its message keeps the units' and the trial's evidence.
 *
 * Measured over the twenty-four sets (`npx tsx bench/dead-relu-cures.ts`): 62 runs had dead units a
 * lower rate cured, all faults, 61 of which count `lr-too-high` as a catch (the other, blind4
 * loss-plateau.weight-decay-1-typo, is caught by its own `loss-plateau`); no healthy spec draws
 * `dead-relu` in training. Four faults caught before only by an off-target `dead-relu` are caught since
 * (docs/diagnostics.md, lr-too-high).
 */
import type { Diagnostic } from '../../spec/types';
import { fmt } from '../context';
import type { DetectorContext } from './context';

/** Whether a confirmed warning is dead units cured by the fix that sets the learning rate. */
export function curedByRate(warning: Diagnostic, helpedTitle: string | undefined): boolean {
  if (warning.code !== 'dead-relu' || helpedTitle === undefined) return false;
  return warning.suggestions?.find((s) => s.title === helpedTitle)?.path === '/optimizer/lr';
}

/** The dead-units warning restated as the rate's, at `/optimizer/lr`, with the rate's fix preferred. */
export function asRateWarning(dead: Diagnostic, lr: number, at: DetectorContext['at']): Diagnostic {
  const fixes = dead.suggestions ?? [];
  const rate = fixes.filter((s) => s.path === '/optimizer/lr').map((s) => ({ ...s, preferred: true }));
  const others = fixes.filter((s) => s.path !== '/optimizer/lr').map((s) => ({ ...s, preferred: false }));
  const message = `The learning rate ${fmt(lr)} is too high for this network: its steps killed ReLU units, and a lower rate is the fix that helped. ${dead.message}`;
  return at('lr-too-high', dead.severity, '/optimizer/lr', message, [...rate, ...others]);
}
