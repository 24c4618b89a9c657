/**
 * `npx tsx bench/detector-curve-dump.ts [dev|heldout|final ...] > curves.json`: trains every spec of the
 * named sets (all three by default) under the runtime detectors and writes, per spec, its code (or
 * "healthy"), reference loss, per-epoch loss and largest update ratio, and each raise and clear with
 * its epoch, the largest hidden saturated fraction and the whole gradient norm per epoch. The raw material for judging a loss-curve rule over every run at once (how far a
 * recovering excursion goes, when each fault is first caught, which warnings return) without
 * retraining for each candidate.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusSpecs, CorpusSet } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { maxUpdateRatio, referenceLoss } from '../src/diagnosis/detectors';
import { runMonitored } from '../src/diagnosis/run';
import { Trainer } from '../src/engine';

/** One spec's run. */
interface Curve {
  set: CorpusSet;
  file: string;
  code: string;
  reference: number;
  linear?: number;
  loss: number[];
  update: number[];
  /** Per epoch: the largest saturated fraction of a hidden sigmoid/tanh layer (0 when none). */
  saturated: number[];
  /** Per epoch: the L2 norm of every layer's gradient together, of the epoch's last step. */
  gradNorm: number[];
  events: { epoch: number; change: '+' | '-'; code: string; path: string }[];
}

function trainCurve(set: CorpusSet, file: string, code: string): Curve | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const reference = referenceLoss(check.spec, check.dataset, new Trainer(check.spec, check.dataset));
  const curve: Curve = { set, file, code, reference: reference?.loss ?? NaN, linear: reference?.linear, loss: [], update: [], saturated: [], gradNorm: [], events: [] };
  runMonitored(check.parsed, check.spec, check.dataset, {
    onEpoch(stats, update) {
      curve.loss.push(stats.loss);
      curve.update.push(maxUpdateRatio(stats.layers));
      const hidden = stats.layers.slice(0, -1);
      curve.saturated.push(Math.max(0, ...hidden.map((l) => l.saturatedFraction ?? 0)));
      curve.gradNorm.push(Math.hypot(...stats.layers.map((l) => l.gradNorm)));
      for (const d of update.raised) curve.events.push({ epoch: stats.epoch, change: '+', code: d.code, path: d.path });
      for (const d of update.cleared) curve.events.push({ epoch: stats.epoch, change: '-', code: d.code, path: d.path });
    },
  });
  return curve;
}

function main(): number {
  const named = process.argv.slice(2);
  const unknown = named.filter((s) => !(ALL_CORPUS_SETS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    console.error(`unknown set(s) ${unknown.join(', ')}; usage: tsx bench/detector-curve-dump.ts [dev|heldout|final ...]`);
    return 2;
  }
  const sets = (named.length > 0 ? named : ALL_CORPUS_SETS) as CorpusSet[];
  const curves: Curve[] = [];
  for (const set of sets) {
    const specs = corpusSpecs(set);
    for (const { file, code } of specs) {
      const curve = trainCurve(set, file, code);
      if (curve) curves.push(curve);
    }
  }
  process.stdout.write(JSON.stringify(curves));
  return 0;
}

process.exitCode = main();
