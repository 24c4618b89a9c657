/**
 * `npx tsx bench/lr-suggestion-survey.ts [set,set,…]`: how well the rate the editor suggests trains.
 * For every spec of the fault sets whose edit-time diagnostics (the static check with the probe's
 * findings, as the editor shows them) carry an `lr-too-high` or `lr-too-low` quick fix on the rate,
 * trains the spec for its planned epochs as written, at the suggested rate, and at fixed fractions of
 * its own rate, and prints each end loss over the constant answer's (the mean of the last 5 epochs;
 * Infinity when the loss stops being a number). It asks whether the finder's suggestion, which errs
 * low, leaves short runs (few steps) far from where a simple fraction of the rate gets them.
 */
import { hasErrors, withProbeFindings, type CheckResult } from '../src/diagnosis/check';
import { probeChecked } from '../src/diagnosis/probe';
import type { Diagnostic } from '../src/spec/types';
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { printSurvey, surveySets } from './corpus-runs';
import { endOverConstantAt } from './train-curves';

/** The fractions of the written rate each spec is also trained at. */
const FRACTIONS = [1 / 3, 1 / 10, 1 / 30, 1 / 100];

/** The first edit-time rate finding with a suggested rate, as the editor shows it. */
function rateFinding(set: CorpusSet, file: string, check: CheckResult): { diagnostic: Diagnostic; value: number; stage: string } | undefined {
  const probed = probeChecked(check, { context: corpusContext(file, set) })?.diagnostics ?? [];
  const shown = withProbeFindings(check.diagnostics, probed);
  for (const diagnostic of shown) {
    if (diagnostic.code !== 'lr-too-high' && diagnostic.code !== 'lr-too-low') continue;
    const fix = diagnostic.suggestions?.find((s) => s.path === '/optimizer/lr' && typeof s.value === 'number');
    if (fix) return { diagnostic, value: fix.value as number, stage: probed.includes(diagnostic) ? 'probe' : 'static' };
  }
  return undefined;
}

/** One line per spec with a rate fix, or undefined. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  const { spec, dataset } = check;
  if (!spec || !dataset || hasErrors(check.diagnostics)) return undefined;
  const found = rateFinding(set, file, check);
  if (!found) return undefined;
  const { lr, type } = spec.optimizer;
  const steps = spec.training.epochs * Math.ceil(dataset.samples / Math.min(spec.training.batchSize, dataset.samples));
  try {
    const ends = [lr, found.value, ...FRACTIONS.map((f) => lr * f)].map((rate) => endOverConstantAt(spec, dataset, rate).toPrecision(3));
    return [filed, set, file, found.diagnostic.code, found.stage, `${type}@${lr}`, steps, found.value, ...ends].join('\t');
  } catch (err) {
    return [filed, set, file, found.diagnostic.code, `engine refused: ${(err as Error).message}`].join('\t');
  }
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/lr-suggestion-survey.ts [set,set,…]');
  if (!sets) return 2;
  const fractions = FRACTIONS.map((f) => `lr×1/${Math.round(1 / f)}`);
  printSurvey(sets, ['filed', 'set', 'spec', 'code', 'stage', 'optimizer', 'steps', 'suggested', 'as written', 'suggested', ...fractions].join('\t'), survey);
  return 0;
}

process.exitCode = main();
