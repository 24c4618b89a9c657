/**
 * `npx tsx bench/detector-trace.ts <dev|heldout|final|blind4 …> <spec file relative to the set> [epochs]`: trains one
 * corpus spec under the runtime detectors and prints, per epoch, the loss, the largest update ratio,
 * the loss-curve statistics the detectors compare with their thresholds, and what was raised or
 * cleared. For understanding why a warning fires (or flaps) on a spec, never for tuning on one.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { runMonitored } from '../src/diagnosis/run';
import { flipFraction, maxUpdateRatio, medianSwing, referenceLoss, riseFromBest, riseMultiple, windowBestRatio, windowImprovement } from '../src/diagnosis/detectors';
import { Trainer } from '../src/engine';

function num(x: number | undefined, digits = 3): string {
  return x === undefined ? '-' : x.toPrecision(digits);
}

function main(): number {
  const [name, file, epochsArg] = process.argv.slice(2);
  // Development sets only: a set awaiting its blind measurement is not looked into before it.
  const set = ALL_CORPUS_SETS.find((s) => s === name);
  if (!set || !file) {
    console.error('usage: tsx bench/detector-trace.ts <dev|heldout|final|blind4 …> <spec file relative to the set> [epochs]');
    return 2;
  }
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) {
    console.error(`${file}: the spec has errors, nothing to train: ${check.diagnostics.map((d) => d.code).join(', ')}`);
    return 1;
  }
  const losses: number[] = [];
  const window = check.spec.diagnostics.lossWindow;
  // A second trainer of the same seed starts from the same weights, so this is the run's reference.
  const reference = referenceLoss(check.spec, check.dataset, new Trainer(check.spec, check.dataset))?.loss ?? NaN;
  const run = runMonitored(check.parsed, check.spec, check.dataset, {
    epochs: epochsArg ? Number(epochsArg) : undefined,
    onEpoch(stats, update) {
      losses.push(stats.loss);
      const base = reference;
      const events = [...update.raised.map((d) => `+${d.code}@${d.path}`), ...update.cleared.map((d) => `-${d.code}@${d.path}`)];
      console.log(
        [
          `e${stats.epoch}`,
          `loss ${num(stats.loss, 5)}`,
          `upd ${num(maxUpdateRatio(stats.layers), 2)}`,
          `flips ${num(flipFraction(losses, window), 2)}`,
          `swing ${num(medianSwing(losses, window, base))}`,
          `rise ${num(riseFromBest(losses, base))}`,
          `x${num(riseMultiple(losses))}`,
          `impr ${num(windowImprovement(losses, window, base))}`,
          `best ${num(windowBestRatio(losses, window, base))}`,
          `grad ${stats.layers.map((l) => `${num(l.gradNorm, 2)}${l.saturatedFraction !== undefined ? `s${num(l.saturatedFraction, 2)}` : ''}${l.deadFraction !== undefined ? `d${num(l.deadFraction, 2)}` : ''}`).join(' ')}`,
          events.join(' '),
        ].join('  '),
      );
    },
  });
  console.log(`reference loss ${num(reference, 4)}`);
  console.log(`raised: ${run.raised.map((d) => d.code).join(', ') || 'none'}; active at end: ${run.active.map((d) => d.code).join(', ') || 'none'}`);
  return 0;
}

process.exitCode = main();
