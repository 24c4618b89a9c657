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
import { baselineLoss } from '../src/diagnosis/detectors/baseline';
import { fixVariants } from '../src/diagnosis/fix-variants';
import { targetScale } from '../src/diagnosis/gradient-scale';
import { probeChecked } from '../src/diagnosis/probe';
import { neverReachedConstant } from '../src/diagnosis/probe-lr-low';
import type { ModelSpec } from '../src/spec/types';
import type { Dataset } from '../src/spec/dataset';
import { filedSpecs, surveySets } from './corpus-runs';
import { trainCurves } from './train-curves';

/** The mean of the last 5 epochs' losses over the constant answer's loss. */
function endRatio(spec: ModelSpec, dataset: Dataset): string {
  const losses = trainCurves(spec, dataset).losses.slice(-5);
  return (losses.reduce((a, b) => a + b, 0) / losses.length / (baselineLoss(spec, dataset) ?? NaN)).toPrecision(3);
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
  console.log('travel\tfiled\tset\tspec\toptimizer\tcrawl finding\t(--train: end loss / constant answer)');
  for (const set of sets) {
    for (const { file, filed } of filedSpecs(set)) {
      const line = survey(set, file, filed, args.includes('--train'));
      if (line) console.log(line);
    }
  }
  return 0;
}

process.exitCode = main();
