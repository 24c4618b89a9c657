/**
 * `npx tsx bench/raw-target-learns-survey.ts [set,set,…]`: every spec of the fault sets with a raw
 * regression target under bounded steps (`slowTargetCause`: Adam, RMSprop or a clipped SGD, `mse`, an
 * unbounded output, a target column of root mean square over RAW_SCALE_LIMIT), trained for its planned
 * epochs as written and with `"normalizeTarget": "standard"`, each end loss given over its own
 * constant answer's (so the two are comparable), with what the writer filed. It asks whether "rescaling
 * the target ends this run far lower" separates the raw-target faults blind writers file as
 * `exploding-gradient` (runs that learn, slowly) from the healthy specs that train raw targets the same way.
 */
import * as fs from 'fs';
import { slowTargetCause } from '../src/diagnosis/data-scale';
import { checkSpec, hasErrors } from '../src/diagnosis/check';
import { checkCorpusSpec, corpusContext, corpusPath, CorpusSet } from '../test/faults/corpus';
import { printSurvey, rescaledText, surveySets } from './corpus-runs';
import { endOverConstant } from './train-curves';


/** One line per spec in scope, or undefined. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  // A spec the static check refuses (a shape mismatch, say) never trains: out of scope.
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics) || !slowTargetCause(check.spec, check.dataset)) return undefined;
  const rescaled = checkSpec(rescaledText(fs.readFileSync(corpusPath(file, set), 'utf8')), corpusContext(file, set));
  if (!rescaled.spec || !rescaled.dataset) return undefined;
  let written: number;
  let fixed: number;
  try {
    written = endOverConstant(check.spec, check.dataset);
    fixed = endOverConstant(rescaled.spec, rescaled.dataset);
  } catch (err) {
    return [filed, set, file, `engine refused: ${(err as Error).message}`].join('\t');
  }
  const { type, lr } = check.spec.optimizer;
  return [filed, set, file, `${type}@${lr}`, written.toPrecision(3), fixed.toPrecision(3), (written / fixed).toPrecision(3)].join('\t');
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/raw-target-learns-survey.ts [set,set,…]');
  if (!sets) return 2;
  printSurvey(sets, 'filed\tset\tspec\toptimizer\tas written\trescaled\tratio (end loss over the constant answer\'s; ratio = as written / rescaled)', survey);
  return 0;
}

process.exitCode = main();
