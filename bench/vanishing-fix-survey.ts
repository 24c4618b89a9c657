/**
 * `npx tsx bench/vanishing-fix-survey.ts [set,set,…]`: every spec of the fault sets on which the editor
 * shows the probe's `vanishing-gradient`, trained over its whole run as written and as each of the
 * finding's quick fixes leaves it (batch norm on the hidden layers, leaky units in the sigmoid or tanh
 * ones), on the bare engine. Each fix's end loss (the mean of the last 5 epochs; the validation loss
 * when rows are held out) is given over the written run's: below 1 the fix ends the run lower. It asks
 * which fix to offer first, the one the probe's short advice trial proved or another (session 36).
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { hasErrors, withProbeFindings } from '../src/diagnosis/check';
import { fixVariants } from '../src/diagnosis/fix-variants';
import { probeChecked } from '../src/diagnosis/probe';
import type { Dataset } from '../src/spec/dataset';
import type { ModelSpec } from '../src/spec/types';
import { catchesText, optimizerText, printSurvey, surveySets } from './corpus-runs';
import { trainCurves } from './train-curves';

/** The mean of a run's last 5 epochs, on the validation loss when there is one. */
function endLoss(spec: ModelSpec, dataset: Dataset): number {
  try {
    const { losses, valLosses } = trainCurves(spec, dataset);
    const series = valLosses.length === losses.length && valLosses.length > 0 ? valLosses : losses;
    const tail = series.slice(-5);
    return tail.reduce((sum, loss) => sum + loss, 0) / tail.length;
  } catch {
    return NaN;
  }
}

/** Specs with two fixes or more and a proven one, and those whose proven fix ends the run lowest. */
const tally = { judged: 0, provenBest: 0 };

function tallyProven(ends: readonly { proven: boolean; end: number }[]): void {
  const proven = ends.find((e) => e.proven);
  if (ends.length < 2 || !proven) return;
  tally.judged++;
  // NaN (a run that broke) ranks last.
  if (ends.every((e) => !(e.end < proven.end))) tally.provenBest++;
}

/** One line per spec whose probe finding the editor shows: each fix's end over the written run's. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const context = corpusContext(file, set);
  const probed = probeChecked(check, { context });
  const finding = probed && withProbeFindings(check.diagnostics, probed.diagnostics, probed.cleared).find((d) => d.code === 'vanishing-gradient' && probed.diagnostics.includes(d));
  if (!finding) return undefined;
  const written = endLoss(check.spec, check.dataset);
  const ends = fixVariants(check.parsed.text, finding, context).map((v) => ({ v, end: (endLoss(v.spec, v.dataset) * v.lossScale) / written }));
  tallyProven(ends.map(({ v, end }) => ({ proven: v.title === finding.provenFix, end })));
  const fixes = ends.map(({ v, end }) => {
    const short = /batchNorm/.test(v.title) ? 'batchNorm' : /leaky_relu/.test(v.title) ? 'leaky_relu' : v.title;
    return `${short}${v.title === finding.provenFix ? ' (proven)' : ''} ${end.toPrecision(3)}`;
  });
  return [filed, set, file, optimizerText(check.spec), written.toPrecision(4), fixes.join('; '), catchesText(set, file, filed)].join('\t');
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/vanishing-fix-survey.ts [set,set,…]');
  if (!sets) return 2;
  printSurvey(sets, ['filed', 'set', 'spec', 'optimizer', 'end as written', 'fix: end over written', 'catches'].join('\t'), survey);
  console.log(`\nproven fix ends the run lowest on ${tally.provenBest} of ${tally.judged} specs with two fixes or more and a proven one`);
  return 0;
}

process.exitCode = main();
