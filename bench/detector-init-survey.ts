/**
 * `npx tsx bench/detector-init-survey.ts`: for every spec of the dev, held-out and final sets, the
 * probe's init-time statistics the init rules compare: the first/last gradient-per-weight ratio, the
 * first layer's gradient norm, and each ReLU layer's dead units with the chance of that many under a
 * symmetric init. For choosing the init rules' bounds with both sides in view.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusSpecs } from '../test/faults/corpus';
import { probeChecked } from '../src/diagnosis/probe';
import { chanceOfDeadUnits } from '../src/diagnosis/probe-init-rules';

for (const set of ALL_CORPUS_SETS) {
  for (const { file, code } of corpusSpecs(set)) {
    const result = probeChecked(checkCorpusSpec(file, set), { finder: false });
    if (!result || result.layers.length < 2) continue;
    const rms = (i: number) => result.layers[i].gradNorm / Math.sqrt(result.layers[i].params);
    const ratio = rms(0) / rms(result.layers.length - 1);
    const dead = result.layers.filter((l) => l.deadUnits).map((l) => `[${l.index}] ${l.deadUnits}/${l.units} p=${chanceOfDeadUnits(l.units, l.deadUnits ?? 0).toPrecision(2)}`);
    console.log(`${set}\t${code}\t${file}\tratio ${ratio.toPrecision(3)}\tnorm0 ${result.layers[0].gradNorm.toPrecision(3)}\t${dead.join(' ')}`);
  }
}
