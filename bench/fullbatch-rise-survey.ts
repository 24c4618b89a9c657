/**
 * `npx tsx bench/fullbatch-rise-survey.ts [sets…] > out.json`: trains every corpus spec that runs full
 * batches (a batch of every training row) under the runtime detectors, and writes per spec its
 * code, optimizer, per-epoch loss and what the detectors raised. Raw material for judging a rule on
 * loss rises in full-batch runs, where no sampling noise explains a rise.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusSpecs, CorpusSet } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { referenceLoss } from '../src/diagnosis/detectors';
import { runMonitored } from '../src/diagnosis/run';
import { Trainer } from '../src/engine';

interface FullBatchRun {
  set: CorpusSet;
  file: string;
  code: string;
  optimizer: string;
  lr: number;
  dropout: boolean;
  reference: number;
  loss: number[];
  raised: string[];
}

function fullBatchRun(set: CorpusSet, file: string, code: string): FullBatchRun | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const { spec, dataset } = check;
  const trainRows = Math.floor(dataset.samples * (1 - spec.training.validationSplit));
  if (spec.training.batchSize < trainRows) return undefined;
  const reference = referenceLoss(spec, dataset, new Trainer(spec, dataset));
  const run: FullBatchRun = {
    set, file, code,
    optimizer: spec.optimizer.type,
    lr: spec.optimizer.lr,
    dropout: spec.layers.some((l) => (l as { dropout?: number }).dropout !== undefined && (l as { dropout?: number }).dropout! > 0),
    reference: reference?.loss ?? NaN,
    loss: [],
    raised: [],
  };
  runMonitored(check.parsed, spec, dataset, {
    onEpoch(stats, update) {
      run.loss.push(stats.loss);
      for (const d of update.raised) run.raised.push(`${d.code}@${stats.epoch}`);
    },
  });
  return run;
}

function main(): void {
  const named = process.argv.slice(2) as CorpusSet[];
  const sets = named.length > 0 ? named : ALL_CORPUS_SETS;
  const runs: FullBatchRun[] = [];
  for (const set of sets) {
    for (const { file, code } of corpusSpecs(set)) {
      const run = fullBatchRun(set, file, code);
      if (run) runs.push(run);
    }
    process.stderr.write(`${set}: ${runs.length}\n`);
  }
  process.stdout.write(JSON.stringify(runs));
}

main();
