/**
 * `npx tsx bench/constant-feature-survey.ts [set,set,…]`: every spec of the fault sets whose data has a
 * feature column that holds one value in every row, with what its writer filed, how many features are
 * constant of how many, and their names. It asks whether a static warning on constant features would
 * catch faults without warning healthy specs.
 */
import { checkCorpusSpec, CorpusSet } from '../test/faults/corpus';
import { printSurvey, surveySets } from './corpus-runs';
import type { Dataset } from '../src/spec/dataset';

/** Indices of the feature columns whose every row holds the first row's value. */
function constantColumns(dataset: Dataset): number[] {
  const { x, inputs, samples } = dataset;
  const constant: number[] = [];
  for (let c = 0; c < inputs; c++) {
    let same = true;
    for (let r = 1; r < samples && same; r++) same = x[r * inputs + c] === x[c];
    if (same) constant.push(c);
  }
  return constant;
}

function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.dataset || check.dataset.samples < 2) return undefined;
  const constant = constantColumns(check.dataset);
  if (constant.length === 0) return undefined;
  const names = constant.map((c) => check.dataset!.featureNames[c]).join(',');
  return [filed, set, file, `${constant.length}/${check.dataset.inputs}`, names, check.dataset.samples].join('\t');
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/constant-feature-survey.ts [set,set,…]');
  if (!sets) return 2;
  printSurvey(sets, 'filed\tset\tspec\tconstant/features\tnames\trows', survey);
  return 0;
}

process.exitCode = main();
