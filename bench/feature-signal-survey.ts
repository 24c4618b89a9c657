/**
 * `npx tsx bench/feature-signal-survey.ts [set,set,…]`: for every spec of the fault sets whose data
 * loads, the cross-validated nearest neighbours' and ridge regression's error over the constant answer's
 * (`featureSignal`), and the better of the two,
 * with what its writer filed, sorted by that ratio, highest first. It asks whether "the features do not
 * predict the target" separates the faults built on uninformative columns from healthy specs.
 */
import { checkCorpusSpec, CorpusSet } from '../test/faults/corpus';
import { filedSpecs, surveySets } from './corpus-runs';
import { featureSignal } from './feature-signal';

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/feature-signal-survey.ts [set,set,…]');
  if (!sets) return 2;
  const lines: { ratio: number; text: string }[] = [];
  for (const set of sets as CorpusSet[]) {
    for (const { file, filed } of filedSpecs(set)) {
      const check = checkCorpusSpec(file, set);
      if (!check.dataset) continue;
      const started = performance.now();
      const signal = featureSignal(check.dataset);
      const ms = performance.now() - started;
      if (!signal) continue;
      const { inputs, samples } = check.dataset;
      const best = Math.min(signal.neighbours, signal.linear ?? Infinity);
      lines.push({ ratio: best, text: [best.toFixed(3), signal.neighbours.toFixed(3), signal.linear?.toFixed(3) ?? '-', filed, set, file, `${samples}x${inputs}`, `${ms.toFixed(1)} ms`].join('\t') });
    }
  }
  console.log('best\tneighbours\tlinear\tfiled\tset\tspec\trows x features\ttime');
  for (const line of lines.sort((a, b) => b.ratio - a.ratio)) console.log(line.text);
  return 0;
}

process.exitCode = main();
