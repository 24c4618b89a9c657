/**
 * `npx tsx bench/update-ratio-survey.ts [set,set,…]`: every spec of the fault sets on which the
 * probe's `lr-too-high` rests on the update ratio alone ("each step changed the weights by …"), shown
 * or withheld by its rate check, with the check's two standing losses (the written rate and a third of
 * it over the run's steps, at most 600, on the sample), the written rate's lead (1 − written/lower),
 * and the other codes the editor shows on the spec (static and probe). It asks how far the rate check's
 * margin could widen for this weakest kind of evidence before a fault loses its only edit-time catch.
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { hasErrors, withProbeFindings } from '../src/diagnosis/check';
import { probeChecked } from '../src/diagnosis/probe';
import { tooHighEvidence } from '../src/diagnosis/probe-lr-high';
import { catchesText, optimizerText, printSurvey, surveySets } from './corpus-runs';

/** One line per spec whose probe trial's lr-too-high evidence is the update ratio, or undefined. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const probed = probeChecked(check, { context: corpusContext(file, set) });
  const trace = probed?.trace;
  if (!probed || !trace || !tooHighEvidence(trace, check.spec.diagnostics)?.startsWith('each step changed the weights')) return undefined;
  const shown = withProbeFindings(check.diagnostics, probed.diagnostics);
  const others = shown.filter((d) => !(d.code === 'lr-too-high' && probed.diagnostics.includes(d))).map((d) => d.code);
  const rc = probed.rateCheck;
  const lead = rc ? (1 - rc.written / rc.lower).toFixed(3) : '';
  const kept = probed.diagnostics.some((d) => d.code === 'lr-too-high');
  return [filed, set, file, optimizerText(check.spec), trace.medianUpdateRatio.toFixed(3), kept ? 'shown' : 'withheld', rc?.steps ?? '', rc?.written.toPrecision(3) ?? '', rc?.lower.toPrecision(3) ?? '', lead, [...new Set(others)].join(','), catchesText(set, file, filed)].join('\t');
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/update-ratio-survey.ts [set,set,…]');
  if (!sets) return 2;
  printSurvey(sets, ['filed', 'set', 'spec', 'optimizer', 'ratio', 'lr-too-high', 'check steps', 'written', 'third', 'written lead', 'other codes shown', 'catches'].join('\t'), survey);
  return 0;
}

process.exitCode = main();
