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
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusSpecs, corpusPath } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { referenceLoss, windowBestRatio } from '../src/diagnosis/detectors';
import { Trainer } from '../src/engine';
import { runMonitored } from '../src/diagnosis/run';
const REPO = path.resolve(__dirname, '..');
for (const set of ALL_CORPUS_SETS) {
  for (const { file, code } of corpusSpecs(set)) {
    const check = checkCorpusSpec(file, set);
    if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) continue;
    const spec = check.spec;
    const reference = referenceLoss(spec, check.dataset, new Trainer(spec, check.dataset));
    if (!reference) continue;
    const losses: number[] = [];
    const rows: string[] = [];
    const acts = spec.layers.flatMap((l) => (l.type === 'dense' ? [l.activation] : [])).join(',');
    const run = runMonitored(check.parsed, spec, check.dataset, {
      advice: { specDir: path.dirname(corpusPath(file, set)), workspaceRoot: REPO },
      onEpoch(stats, update) {
        losses.push(stats.loss);
        for (const d of update.raised.filter((r) => r.code === 'loss-plateau')) {
          const best = windowBestRatio(losses, spec.diagnostics.lossWindow, reference.loss);
          const before = Math.min(...losses.slice(0, Math.max(1, losses.length - spec.diagnostics.lossWindow))) / reference.loss;
          const first = losses[0] / reference.loss;
          rows.push(`epoch ${stats.epoch + 1}/${spec.training.epochs} first ${first.toFixed(3)} before ${before.toFixed(3)} best ${best?.toFixed(3)} lin ${((reference.linear ?? NaN) / reference.loss).toFixed(3)} | ${/Tried/.test(d.message) ? 'TRIED' : 'untried'}`);
        }
      },
    });
    const final = (run.last?.loss ?? NaN) / reference.loss;
    for (const r of rows) console.log([set, code ?? 'HEALTHY', file.replace(/^.*\//, ''), r, `final ${final.toFixed(3)}`, acts, spec.optimizer.type].join('\t'));
  }
}
