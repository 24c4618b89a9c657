/**
 * `npx tsx bench/raw-target-probe-survey.ts [set,set,…]`: for every spec in the raw-target scope
 * (`slowTargetCause`: a raw regression target under Adam, RMSprop or a clipped SGD), the probe-sized
 * trial (the run's steps, at most 600, on the probe's sample) as written and with
 * `"normalizeTarget": "standard"`, each standing loss over its own constant answer's on the sample;
 * ratio = written / rescaled. It asks whether an edit-time trial can tell the raw targets blind writers
 * file as `exploding-gradient` from the healthy specs that train raw targets the same way
 * (bench/raw-target-learns-survey.ts asks it of the full runs).
 */
import * as fs from 'fs';
import { slowTargetCause } from '../src/diagnosis/data-scale';
import { checkSpec, hasErrors } from '../src/diagnosis/check';
import { planProbe } from '../src/diagnosis/probe-plan';
import { standingLoss, RATE_CHECK_STEPS } from '../src/diagnosis/probe-rate-check';
import { runSteps } from '../src/diagnosis/context';
import { sampleDataset } from '../src/diagnosis/probe-sample';
import { baselineLoss } from '../src/diagnosis/detectors/baseline';
import { checkCorpusSpec, corpusContext, corpusPath, CorpusSet } from '../test/faults/corpus';
import { printSurvey, rescaledText, surveySets } from './corpus-runs';
import type { ModelSpec } from '../src/spec/types';
import type { Dataset } from '../src/spec/dataset';

function standingOverConstant(spec: ModelSpec, dataset: Dataset, steps: number): number {
  const plan = planProbe(spec, dataset.inputs, dataset.samples);
  if (plan.sampleSize === 0) return NaN;
  const sample = sampleDataset(dataset, plan.sampleSize, spec.seed);
  return standingLoss(spec, dataset, plan, Math.max(plan.steps, steps)) / (baselineLoss(spec, sample) ?? NaN);
}

function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics) || !slowTargetCause(check.spec, check.dataset)) return undefined;
  const rescaled = checkSpec(rescaledText(fs.readFileSync(corpusPath(file, set), 'utf8')), corpusContext(file, set));
  if (!rescaled.spec || !rescaled.dataset) return undefined;
  const steps = Math.min(RATE_CHECK_STEPS, runSteps(check.spec, check.dataset));
  try {
    const w = standingOverConstant(check.spec, check.dataset, steps);
    const r = standingOverConstant(rescaled.spec, rescaled.dataset, steps);
    return [filed, set, file, `${check.spec.optimizer.type}@${check.spec.optimizer.lr}`, steps, runSteps(check.spec, check.dataset), w.toPrecision(3), r.toPrecision(3), (w / r).toPrecision(3)].join('\t');
  } catch (err) {
    return [filed, set, file, `refused ${(err as Error).message}`].join('\t');
  }
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/raw-target-probe-survey.ts [set,set,…]');
  if (!sets) return 2;
  printSurvey(sets, 'filed\tset\tspec\toptimizer\tsteps\trun steps\twritten\trescaled\tratio', survey);
  return 0;
}

process.exitCode = main();
