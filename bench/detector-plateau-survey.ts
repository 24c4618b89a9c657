/**
 * Every training `loss-plateau` raise over every corpus set, with the advice trials on as in the
 * benchmark: the spec (healthy or the fault's code), the raise epoch of the planned ones, the first
 * epoch's loss, the best before the window and the window's best, the linear model's loss (all as
 * shares of the reference), whether a trial confirmed it, and where the run ended. For telling a slow
 * start from a stall (docs/diagnostics.md, loss-plateau, "Slow starts"), never for tuning on one set.
 *
 *   npx tsx bench/detector-plateau-survey.ts
 */
import * as path from 'path';
import { corpusPath } from '../test/faults/corpus';
import { windowBestRatio } from '../src/diagnosis/detectors';
import { runMonitored } from '../src/diagnosis/run';
import { trainableCorpusRuns } from './corpus-runs';

const REPO = path.resolve(__dirname, '..');

for (const { set, file, code, check, spec, dataset, reference } of trainableCorpusRuns()) {
  const losses: number[] = [];
  const rows: string[] = [];
  const acts = spec.layers.flatMap((l) => (l.type === 'dense' ? [l.activation] : [])).join(',');
  const ratio = (loss: number) => (loss / reference.loss).toFixed(3);
  const run = runMonitored(check.parsed, spec, dataset, {
    advice: { specDir: path.dirname(corpusPath(file, set)), workspaceRoot: REPO },
    onEpoch(stats, update) {
      losses.push(stats.loss);
      for (const d of update.raised.filter((r) => r.code === 'loss-plateau')) {
        const best = windowBestRatio(losses, spec.diagnostics.lossWindow, reference.loss);
        const before = Math.min(...losses.slice(0, Math.max(1, losses.length - spec.diagnostics.lossWindow)));
        const linear = ratio(reference.linear ?? NaN);
        const tried = /Tried/.test(d.message) ? 'TRIED' : 'untried';
        rows.push(`epoch ${stats.epoch + 1}/${spec.training.epochs} first ${ratio(losses[0])} before ${ratio(before)} best ${best?.toFixed(3)} lin ${linear} | ${tried}`);
      }
    },
  });
  const final = ratio(run.last?.loss ?? NaN);
  for (const row of rows) console.log([set, code, file.replace(/^.*\//, ''), row, `final ${final}`, acts, spec.optimizer.type].join('\t'));
}
