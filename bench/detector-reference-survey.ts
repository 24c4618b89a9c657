/**
 * `npx tsx bench/detector-reference-survey.ts`: trains every spec of the dev, held-out and final sets and
 * prints, as fractions of the reference loss, the linear model's loss (`linear-reference.ts`), the best
 * window loss, the final loss, the fit's time, and the window best at each saturated-activation and
 * loss-plateau/lr-too-low raise: the figures behind LINEAR_SHARE and the fitted level (progress.ts FIT_SHARE, CONVERGED_SHARE).
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusSpecs } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { linearReferenceLoss } from '../src/diagnosis/detectors/linear-reference';
import { referenceLoss } from '../src/diagnosis/detectors';
import { Trainer } from '../src/engine';
import { runMonitored } from '../src/diagnosis/run';
import { windowBestRatio } from '../src/diagnosis/detectors';
for (const set of ALL_CORPUS_SETS) {
  const specs = corpusSpecs(set);
  for (const { file, code } of specs) {
    const check = checkCorpusSpec(file, set);
    if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) continue;
    const t0 = performance.now();
    const lin = linearReferenceLoss(check.spec, check.dataset);
    const ms = performance.now() - t0;
    const ref = referenceLoss(check.spec, check.dataset, new Trainer(check.spec, check.dataset))?.loss ?? NaN;
    const losses: number[] = [];
    let minBest = Infinity; const sat: number[] = []; const plateau: number[] = [];
    const run = runMonitored(check.parsed, check.spec, check.dataset, { onEpoch(stats, update) {
      losses.push(stats.loss);
      const b = windowBestRatio(losses, check.spec!.diagnostics.lossWindow, ref);
      if (b !== undefined && b < minBest) minBest = b;
      for (const d of update.raised) { if (d.code === 'saturated-activation') sat.push(b ?? NaN); if (d.code === 'loss-plateau' || d.code === 'lr-too-low') plateau.push(b ?? NaN); }
    } });
    const final = losses.length ? Math.min(...losses.slice(-10)) / ref : NaN;
    console.log([set, code, file, `lin ${(lin! / ref).toPrecision(3)}`, `best ${minBest.toPrecision(3)}`, `final ${final.toPrecision(3)}`, `ms ${ms.toFixed(0)}`, `rows ${check.dataset.samples}`, sat.length ? `sat@${sat.map((x) => x.toPrecision(2))}` : '', plateau.length ? `plateau@${plateau.map((x) => x.toPrecision(3))}` : '', run.raised.map((d) => d.code).join(',')].join('\t'));
  }
}
