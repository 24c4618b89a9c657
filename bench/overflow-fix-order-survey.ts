/**
 * `npx tsx bench/overflow-fix-order-survey.ts [set,set,…]`: every probe `lr-too-high` that names the
 * data's scale (a trial that overflowed on raw inputs or a raw target), with the spec trained for its
 * planned epochs as written and with each of the finding's quick fixes, each run's end loss (the mean
 * of its last 5 epochs) over the constant answer's, and the preferred fix starred. It measured which
 * fix lrDiagnostic offers first: normalizing when raw inputs are named, the rate when only the target
 * is (docs/probe-and-lr-finder.md).
 */
import * as fs from 'fs';
import { checkCorpusSpec, corpusContext, corpusPath, CorpusSet } from '../test/faults/corpus';
import { fixVariants } from '../src/diagnosis/fix-variants';
import { probeChecked } from '../src/diagnosis/probe';
import type { Dataset } from '../src/spec/dataset';
import type { ModelSpec } from '../src/spec/types';
import { printSurvey, surveySets } from './corpus-runs';
import { endOverConstant } from './train-curves';

/** The run's end over the constant answer's loss, as a table shows it. */
function endRatio(spec: ModelSpec, dataset: Dataset): string {
  return endOverConstant(spec, dataset).toPrecision(3);
}

/** One line for a spec whose probe `lr-too-high` offers a data fix, or undefined. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  const context = corpusContext(file, set);
  const found = probeChecked(check, { context })?.diagnostics.find((d) => d.code === 'lr-too-high' && (d.suggestions ?? []).some((s) => s.path.startsWith('/data/')));
  if (!found || !check.spec || !check.dataset) return undefined;
  const parts = [filed, set, file, `as written ${endRatio(check.spec, check.dataset)}`];
  for (const v of fixVariants(fs.readFileSync(corpusPath(file, set), 'utf8'), found, context)) parts.push(`${v.title}${v.preferred ? '*' : ''} ${endRatio(v.spec, v.dataset)}`);
  return parts.join('\t');
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/overflow-fix-order-survey.ts [set,set,…]');
  if (!sets) return 2;
  printSurvey(sets, '', survey, (f) => f.stage !== 'static');
  return 0;
}

process.exitCode = main();
