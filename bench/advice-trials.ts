/**
 * `npx tsx bench/advice-trials.ts [set,set,…]`: what the advice trials cost and did over the fault
 * sets (all development sets by default). Each trainable spec goes through `runMonitored` with the
 * trials on, as the benchmark trains it; printed: the runs' epochs and the trials' epochs, the
 * training warnings raised confirmed by a trial, raised without one ("Not tried"), raised after trials
 * that came close ("shown unconfirmed") and raised with no trial (codes not tried, no trainable fix),
 * the trials that withheld a warning, and the mean epoch at which a fault's own code was first raised
 * in training. The figures in docs/diagnostics.md "Advice trials" come from here.
 */
import * as path from 'path';
import { performance } from 'perf_hooks';
import { hasErrors } from '../src/diagnosis/check';
import { UNTRIED_NOTE } from '../src/diagnosis/detectors/advice-gate';
import { runMonitored } from '../src/diagnosis/run';
import type { Diagnostic } from '../src/spec/types';
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusPath, CorpusSet, loadManifest, REPO_ROOT } from '../test/faults/corpus';

/** Running totals over every spec. */
interface Totals {
  specs: number;
  runEpochs: number;
  trialEpochs: number;
  trials: number;
  withholdingTrials: number;
  confirmed: number;
  untried: number;
  unconfirmed: number;
  noTrial: number;
  firstOwnRaise: number[];
}

/** How a raised warning's message says it was judged. */
function kindOf(d: Diagnostic): 'confirmed' | 'untried' | 'unconfirmed' | 'noTrial' {
  if (d.message.endsWith(UNTRIED_NOTE)) return 'untried';
  if (d.message.endsWith('so it is shown unconfirmed.')) return 'unconfirmed';
  return / Tried: .* as written\.$| Tried: .* with those alone\.$/.test(d.message) ? 'confirmed' : 'noTrial';
}

function measureSpec(file: string, set: CorpusSet, ownCode: string | undefined, totals: Totals): void {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return;
  const context = { specDir: path.dirname(corpusPath(file, set)), workspaceRoot: REPO_ROOT };
  let firstOwn: number | undefined;
  const run = runMonitored(check.parsed, check.spec, check.dataset, {
    advice: context,
    onEpoch: (stats, update) => {
      for (const d of update.raised) {
        totals[kindOf(d)]++;
        if (d.code === ownCode && firstOwn === undefined) firstOwn = stats.epoch + 1;
      }
    },
  });
  totals.specs++;
  totals.runEpochs += run.epochs;
  totals.trials += run.trials.length;
  totals.trialEpochs += run.trials.reduce((sum, t) => sum + t.trainedEpochs, 0);
  totals.withholdingTrials += run.trials.filter((t) => !t.helped).length;
  if (firstOwn !== undefined) totals.firstOwnRaise.push(firstOwn);
}

function main(): void {
  const sets = (process.argv[2]?.split(',') ?? [...ALL_CORPUS_SETS]) as CorpusSet[];
  const totals: Totals = { specs: 0, runEpochs: 0, trialEpochs: 0, trials: 0, withholdingTrials: 0, confirmed: 0, untried: 0, unconfirmed: 0, noTrial: 0, firstOwnRaise: [] };
  const started = performance.now();
  for (const set of sets) {
    const manifest = loadManifest(set);
    for (const entry of manifest.faults) measureSpec(entry.file, set, entry.code, totals);
    for (const entry of manifest.healthy) measureSpec(entry.file, set, undefined, totals);
  }
  const mean = totals.firstOwnRaise.reduce((a, b) => a + b, 0) / Math.max(1, totals.firstOwnRaise.length);
  console.log(`Advice trials over ${sets.join(', ')}: ${totals.specs} trained specs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(`- epochs: runs ${totals.runEpochs}, trials ${totals.trialEpochs} (+${((100 * totals.trialEpochs) / totals.runEpochs).toFixed(0)}%) in ${totals.trials} trials, ${totals.withholdingTrials} of which withheld their warning`);
  console.log(`- training warnings raised: ${totals.confirmed} confirmed by a trial, ${totals.untried} not tried (budget), ${totals.unconfirmed} shown unconfirmed after close trials, ${totals.noTrial} with no trial (codes not tried or no trainable fix)`);
  console.log(`- a fault's own code first raised in training at epoch ${mean.toFixed(1)} on average (${totals.firstOwnRaise.length} faults)`);
}

main();
