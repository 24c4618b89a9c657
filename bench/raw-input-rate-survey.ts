/**
 * `npx tsx bench/raw-input-rate-survey.ts [set,set,…]`: every spec of the fault sets whose inputs are
 * left raw (a column past RAW_SCALE_LIMIT, `data-scale.ts`) and on which the editor shows the probe's
 * `lr-too-high`, with what else is shown and the fault's catches, and the tally of edit-time catches
 * as it stands and were the finding raised as `exploding-gradient` (the raw inputs as the cause, the
 * name most such faults' writers give it). Session 36 asked it of three misses of this shape (blind165,
 * blind167, blind168); over the 170 sets the trade does not pay (README, Misses).
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { hasErrors, withProbeFindings } from '../src/diagnosis/check';
import { rawInputColumn } from '../src/diagnosis/data-scale';
import { probeChecked } from '../src/diagnosis/probe';
import { catchesText, filedSpecs, optimizerText, surveySets } from './corpus-runs';

/** The line of one spec, and whether its edit-time catch stands now and would as `exploding-gradient`. */
function survey(set: CorpusSet, file: string, filed: string): { line: string; now: boolean; renamed: boolean } | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const raw = rawInputColumn(check.spec, check.dataset);
  const probed = raw && probeChecked(check, { context: corpusContext(file, set) });
  if (!raw || !probed) return undefined;
  const shown = withProbeFindings(check.diagnostics, probed.diagnostics, probed.cleared);
  const high = shown.find((d) => d.code === 'lr-too-high' && probed.diagnostics.includes(d));
  if (!high) return undefined;
  const catches = catchesText(set, file, filed).split(',');
  const others = [...new Set(shown.filter((d) => d !== high).map((d) => d.code))];
  const byOthers = others.some((code) => catches.includes(code));
  const now = byOthers || catches.includes('lr-too-high');
  const renamed = byOthers || catches.includes('exploding-gradient');
  const line = [filed, set, file, optimizerText(check.spec), `${raw.name} (rms ${raw.rms.toPrecision(3)})`, others.join(','), catches.join(','), now ? 'caught' : '-', renamed ? 'caught' : '-'].join('\t');
  return { line, now, renamed };
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/raw-input-rate-survey.ts [set,set,…]');
  if (!sets) return 2;
  console.log(['filed', 'set', 'spec', 'optimizer', 'raw column', 'other codes shown', 'catches', 'edit time now', 'as exploding-gradient'].join('\t'));
  let specs = 0, gained = 0, lost = 0;
  for (const set of sets) {
    for (const { file, filed } of filedSpecs(set)) {
      const found = survey(set, file, filed);
      if (!found) continue;
      console.log(found.line);
      specs++;
      if (found.renamed && !found.now) gained++;
      if (found.now && !found.renamed) lost++;
    }
  }
  console.log(`\n${specs} specs; as exploding-gradient: ${gained} edit-time catches gained, ${lost} lost`);
  return 0;
}

process.exitCode = main();
