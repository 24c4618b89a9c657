/**
 * `npx tsx bench/slow-target-runs.ts`: every trainable spec of the development sets that regresses a
 * raw target under steps of bounded size (`slowTargetCause`: mse, a target whose root mean square is
 * over 10, Adam, RMSprop or a clip), trained through `runMonitored` as the benchmark trains it, one
 * line each: set, filed code, file, end loss, and every training warning raised with the fix its trial
 * tried (`+nt` when the message names `normalizeTarget`). Run at two commits and compared line by
 * line, it shows what a change to the raw-target advice moves (docs/diagnostics.md, lr-too-low).
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusContext, corpusSpecs } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { slowTargetCause } from '../src/diagnosis/data-scale';
import { runMonitored } from '../src/diagnosis/run';
import type { Diagnostic } from '../src/spec/types';

/** A raised warning in one word: its code, `+nt` when it names the target's rescaling, and the fix its trial tried. */
function brief(d: Diagnostic): string {
  const tried = /Tried: ([^→]*)/.exec(d.message)?.[1]?.trim().replace(/\s+/g, '_') ?? '';
  return `${d.code}${d.message.includes('normalizeTarget') ? '+nt' : ''}${tried ? `:${tried}` : ''}`;
}

let count = 0;
for (const set of ALL_CORPUS_SETS) {
  for (const { file, code } of corpusSpecs(set)) {
    const check = checkCorpusSpec(file, set);
    if (!check.spec || !check.dataset || hasErrors(check.diagnostics) || !slowTargetCause(check.spec, check.dataset)) continue;
    const run = runMonitored(check.parsed, check.spec, check.dataset, { advice: corpusContext(file, set) });
    console.log([set, code, file, run.last?.loss.toPrecision(4) ?? '', run.raised.map(brief).join(' ')].join('\t'));
    count++;
  }
}
console.error(`${count} specs`);
