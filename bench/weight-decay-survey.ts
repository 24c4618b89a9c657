/**
 * `npx tsx bench/weight-decay-survey.ts [stride] [decay ...]`: what a weight decay does to healthy
 * networks, the measurement behind `HEAVY_WEIGHT_DECAY` (src/diagnosis/rules-training.ts). Every
 * `stride`-th healthy spec of the development sets (13 by default) is trained on the bare engine, no
 * detectors, as written and with `optimizer.weightDecay` set to each decay (0.1 by default), for its
 * planned epochs. Printed per spec: the loss at the end (the mean of its last 5 epochs) over the
 * constant answer's loss, and the validation loss likewise when the spec holds rows out; last, per
 * decay, how many specs end at least 10% and at least twice as high (on the validation loss when
 * there is one) as written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../src/diagnosis/check';
import { baselineLoss } from '../src/diagnosis/detectors/baseline';
import { trainCurves } from './train-curves';
import { ALL_CORPUS_SETS, corpusPath, loadManifest, REPO_ROOT } from '../test/faults/corpus';

/** The end of a run over the constant answer's loss: training, and validation when rows are held out. */
interface End {
  loss: number;
  val?: number;
}

const tailMean = (xs: readonly number[]) => xs.slice(-5).reduce((s, x) => s + x, 0) / Math.min(5, xs.length);

function train(spec: unknown, specDir: string): End | undefined {
  const checked = checkSpec(JSON.stringify(spec), { specDir, workspaceRoot: REPO_ROOT });
  if (!checked.spec || !checked.dataset) return undefined;
  const base = baselineLoss(checked.spec, checked.dataset);
  if (base === undefined) return undefined;
  const { losses, valLosses } = trainCurves(checked.spec, checked.dataset);
  return { loss: tailMean(losses) / base, val: valLosses.length > 0 ? tailMean(valLosses) / base : undefined };
}

const judged = (end: End) => end.val ?? end.loss;
const show = (end: End | undefined) => (end === undefined ? 'untrainable' : `${end.loss.toFixed(3)}${end.val === undefined ? '' : `/${end.val.toFixed(3)}`}`);

function main(): number {
  const [strideArg, ...decayArgs] = process.argv.slice(2);
  const stride = Number(strideArg ?? 13);
  const decays = decayArgs.length > 0 ? decayArgs.map(Number) : [0.1];
  if (!(stride >= 1) || decays.some((d) => !(d >= 0))) {
    console.error('usage: tsx bench/weight-decay-survey.ts [stride] [decay ...]');
    return 2;
  }
  const worse = decays.map(() => ({ tenth: 0, double: 0 }));
  let index = 0;
  let specs = 0;
  console.log(`spec\toptimizer\tas written\t${decays.map((d) => `weightDecay ${d}`).join('\t')}`);
  for (const set of ALL_CORPUS_SETS) {
    for (const healthy of loadManifest(set).healthy) {
      if (index++ % stride !== 0) continue;
      const file = corpusPath(healthy.file, set);
      const written = JSON.parse(fs.readFileSync(file, 'utf8'));
      const asWritten = train(written, path.dirname(file));
      const ends = decays.map((weightDecay) => train({ ...written, optimizer: { ...written.optimizer, weightDecay } }, path.dirname(file)));
      console.log(`${set}/${healthy.file}\t${written.optimizer?.type} ${written.optimizer?.lr}\t${show(asWritten)}\t${ends.map(show).join('\t')}`);
      if (asWritten === undefined) continue;
      specs++;
      ends.forEach((end, i) => {
        if (end === undefined) return;
        if (judged(end) >= 1.1 * judged(asWritten)) worse[i].tenth++;
        if (judged(end) >= 2 * judged(asWritten)) worse[i].double++;
      });
    }
  }
  decays.forEach((d, i) => console.log(`weightDecay ${d}: of ${specs} healthy specs, ${worse[i].tenth} end at least 10% worse, ${worse[i].double} at least twice as bad`));
  return 0;
}

process.exitCode = main();
