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
 *
 * The other way round, an `lr-too-high` whose own lower rate did far worse than the run is refuted
 * by its trial even when `clipNorm` helped (`rateRefuted`; docs/diagnostics.md, "Advice trials").
 */
import type { Diagnostic } from '../../spec/types';
import { fmt } from '../context';
import type { DetectorContext } from './context';
import { gainOf, type TrialVerdict } from './advice-trial';

/**
 * The gain at or below which a lower rate's trial refutes `lr-too-high`: -1, the lower rate's loss at
 * least twice the run's (on the loss it was judged by).
 */
export const RATE_REFUTED_GAIN = -1;

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

/**
 * Whether an `lr-too-high` confirmed by `clipNorm` was refuted by its own fix:
 * the lower rate, tried first, ended at twice the run's loss or more (RATE_REFUTED_GAIN). The steps
 * are not too large then: the run learns faster than a lower rate can, and clipping only smoothed its
 * bumps, so the warning's claim and its preferred fix would both mislead (blind41
 * sales-ratio-adam-dropout: Adam 0.001, a tenth of it at 17 times the validation loss after 61 epochs;
 * blind42 housing-batch-full-adam: Adam 0.01 at full batch, a tenth at 5.7 times the loss after 15).
 */
export function rateRefuted(warning: Diagnostic, verdict: TrialVerdict): boolean {
  if (warning.code !== 'lr-too-high' || verdict.helped === undefined) return false;
  const titlesAt = (path: string) => new Set((warning.suggestions ?? []).filter((s) => s.path === path).map((s) => s.title));
  const rateTitles = titlesAt('/optimizer/lr');
  // Less momentum shrinks the steps as a lower rate does: its win confirms the warning's claim.
  if (rateTitles.has(verdict.helped.title) || titlesAt('/optimizer/momentum').has(verdict.helped.title)) return false;
  return verdict.tried.some((outcome) => rateTitles.has(outcome.title) && gainOf(verdict, outcome) <= RATE_REFUTED_GAIN);
}
