/**
 * `npx tsx bench/raw-target-stall-survey.ts [set,set,…] [--train]`: every spec of the fault sets whose
 * targets' scale counts under bounded steps (`targetScale` over RAW_SCALE_LIMIT: Adam, RMSprop or a
 * tight clip under `mse`) and whose probe trial never reached the constant answer's loss, with the
 * loss's fall from the trial's start projected over the run, what the writer filed, and whether the
 * probe raises the crawl's `lr-too-low`. It measured TARGET_STALL_FACTOR (probe-lr-low.ts): how far
 * the raw-target faults' loss travels against the healthy specs'. With `--train`, each spec the rule
 * fires on is also trained for its planned epochs as written and with each quick fix, and the end
 * loss is printed over the constant answer's (the fix order in lrDiagnostic).
 */
import * as fs from 'fs';
import { checkCorpusSpec, corpusContext, corpusPath, CorpusSet } from '../test/faults/corpus';
import { RAW_SCALE_LIMIT } from '../src/diagnosis/data-scale';
import { fixVariants } from '../src/diagnosis/fix-variants';
import { targetScale } from '../src/diagnosis/gradient-scale';
import { probeChecked } from '../src/diagnosis/probe';
import { neverReachedConstant } from '../src/diagnosis/probe-lr-low';
import type { ModelSpec } from '../src/spec/types';
import type { Dataset } from '../src/spec/dataset';
import { printSurvey, surveySets } from './corpus-runs';
import { endOverConstant } from './train-curves';

/** The run's end over the constant answer's loss, as a table shows it. */
function endRatio(spec: ModelSpec, dataset: Dataset): string {
  return endOverConstant(spec, dataset).toPrecision(3);
}

/** One line per spec in scope: travel, what it is, and (with `train`) how its fixes end. */
function survey(set: CorpusSet, file: string, filed: string, train: boolean): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || !(targetScale(check.spec, check.dataset) > RAW_SCALE_LIMIT)) return undefined;
  const context = corpusContext(file, set);
  const result = probeChecked(check, { context });
  const trace = result?.trace;
  if (!trace || !neverReachedConstant(trace)) return undefined;
  const last = trace.checkpoints[trace.checkpoints.length - 1].loss;
  const travel = ((trace.initialLoss - last) / trace.initialLoss) * (trace.runSteps / trace.steps);
  const crawl = result.diagnostics.find((d) => d.code === 'lr-too-low' && d.message.includes('creeps toward'));
  const parts = [travel.toPrecision(3), filed, set, file, `${check.spec.optimizer.type}@${check.spec.optimizer.lr}`, crawl ? 'RAISED' : ''];
  if (train && crawl) {
    parts.push(`as written ${endRatio(check.spec, check.dataset)}`);
    for (const v of fixVariants(fs.readFileSync(corpusPath(file, set), 'utf8'), crawl, context)) parts.push(`${v.title}${v.preferred ? '*' : ''} ${endRatio(v.spec, v.dataset)}`);
  }
  return parts.join('\t');
}

function main(): number {
  const args = process.argv.slice(2);
  const sets = surveySets(args, 'tsx bench/raw-target-stall-survey.ts [set,set,…] [--train]');
  if (!sets) return 2;
  const train = args.includes('--train');
  printSurvey(sets, 'travel\tfiled\tset\tspec\toptimizer\tcrawl finding\t(--train: end loss / constant answer)', (set, file, filed) => survey(set, file, filed, train));
  return 0;
}

process.exitCode = main();
