/**
 * `npx tsx bench/static-rate-survey.ts [set,set,…]`: every spec of the fault sets on which the editor
 * shows a static rule of thumb on the rate (`isRateRuleOfThumb`: `lr-out-of-range`, the static
 * `lr-too-high` on `/optimizer/lr`) or on the momentum (`oscillating-loss` on `/optimizer/momentum`),
 * with the probe's measured look at it: the rate check's two standing losses (the written rate and a
 * third of it over the run's steps, at most 600, on the sample) and, for the momentum rule, the written
 * momentum against the usual 0.9 over the same steps. It asks whether the measured look could clear
 * a rule of thumb the way it clears the probe's own `lr-too-high`, and which catches that would cost.
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { hasErrors, isRateRuleOfThumb, withProbeFindings } from '../src/diagnosis/check';
import { probeChecked } from '../src/diagnosis/probe';
import { checkRate, standingLoss } from '../src/diagnosis/probe-rate-check';
import { USUAL_MOMENTUM } from '../src/diagnosis/detectors/context';
import { sensibleLrRange } from '../src/diagnosis/rules-training';
import { catchesText, optimizerText, printSurvey, surveySets } from './corpus-runs';

/** One line per spec whose shown diagnostics keep a static rule of thumb on the rate or the momentum. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  // The rate rules above the range only: a rate below it is not one a longer look could clear.
  const belowRange = check.spec.optimizer.lr < sensibleLrRange({ parsed: check.parsed, spec: check.spec, dataset: check.dataset }).low;
  const thumbs = check.diagnostics.filter((d) => (isRateRuleOfThumb(d) && !belowRange) || (d.code === 'oscillating-loss' && d.path === '/optimizer/momentum'));
  if (thumbs.length === 0) return undefined;
  const probed = probeChecked(check, { context: corpusContext(file, set) });
  if (!probed?.trace) return undefined;
  const shown = withProbeFindings(check.diagnostics, probed.diagnostics, probed.cleared);
  const standing = thumbs.filter((d) => shown.includes(d));
  if (standing.length === 0) return undefined;
  const spec = check.spec;
  const rc = checkRate(spec, check.dataset, probed.plan, probed.trace, spec.diagnostics.adviceGain);
  const momentumThumb = standing.some((d) => d.path === '/optimizer/momentum');
  const steps = rc?.steps ?? Math.min(600, Math.max(probed.plan.steps, probed.trace.runSteps));
  const usual = momentumThumb ? standingLoss({ ...spec, optimizer: { ...spec.optimizer, momentum: USUAL_MOMENTUM } }, check.dataset, probed.plan, steps) : NaN;
  const written = rc?.written ?? (momentumThumb ? standingLoss(spec, check.dataset, probed.plan, steps) : NaN);
  const others = shown.filter((d) => !standing.includes(d)).map((d) => d.code);
  const catches = catchesText(set, file, filed);
  const p = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '' : x.toPrecision(3));
  return [
    filed, set, file, `${optimizerText(spec)} e${spec.training.epochs}`,
    standing.map((d) => `${d.code}${d.path === '/optimizer/momentum' ? '@m' : ''}`).join(','),
    rc ? String(rc.steps) : 'none', p(written), p(rc?.lower), rc ? (rc.kept ? 'kept' : 'WITHHELD') : '', p(usual),
    p(probed.trace.initialLoss), p(probed.trace.baselineLoss),
    [...new Set(others)].join(','), catches,
  ].join('\t');
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/static-rate-survey.ts [set,set,…]');
  if (!sets) return 2;
  printSurvey(sets, ['filed', 'set', 'spec', 'optimizer', 'rule', 'check steps', 'written', 'third', 'check', 'momentum 0.9', 'start', 'constant', 'other codes shown', 'catches'].join('\t'), survey);
  return 0;
}

process.exitCode = main();
