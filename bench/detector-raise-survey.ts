/**
 * Where each training raise of the given codes happens, over every corpus set: the spec (healthy or
 * the fault's own code), the epoch, the window's best loss and the linear model's loss as shares of the
 * reference. Used to place the dead-relu severity rule and the progress margins (docs/diagnostics.md).
 *
 *   npx tsx bench/detector-raise-survey.ts dead-relu loss-plateau
 */
import { windowBestRatio } from '../src/diagnosis/detectors';
import { runMonitored } from '../src/diagnosis/run';
import { trainableCorpusRuns } from './corpus-runs';

const codes = new Set(process.argv.slice(2));
if (codes.size === 0) throw new Error('usage: npx tsx bench/detector-raise-survey.ts <code> [<code> ...]');

for (const { set, file, code, check, spec, dataset, reference } of trainableCorpusRuns()) {
  const losses: number[] = [];
  const valLosses: number[] = [];
  runMonitored(check.parsed, spec, dataset, {
    onEpoch(stats, update) {
      losses.push(stats.loss);
      if (stats.valLoss !== undefined) valLosses.push(stats.valLoss);
      for (const d of update.raised.filter((r) => codes.has(r.code))) {
        const best = windowBestRatio(losses, spec.diagnostics.lossWindow, reference.loss);
        const linear = reference.linear === undefined ? NaN : reference.linear / reference.loss;
        const valBest = windowBestRatio(valLosses, spec.diagnostics.lossWindow, reference.loss);
        console.log([set, code, file, d.code, d.severity, `epoch ${stats.epoch}`, `best ${best?.toPrecision(3)}`, `val best ${valBest?.toPrecision(3)}`, `lin ${linear.toPrecision(3)}`].join('\t'));
      }
    },
  });
}
