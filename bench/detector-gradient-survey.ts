/**
 * `npx tsx bench/detector-gradient-survey.ts [set ...]`: for every spec of the named sets (all of
 * ALL_CORPUS_SETS by default), what the exploding-gradient rules compare: the optimizer, the loss's
 * target scale (`targetScale`), the probe's largest init gradient norm, and in training the largest
 * layer gradient norm held for `patience` epochs, its epoch, and the largest update ratio. Raw and
 * divided by the target scale, so that the threshold's margin can be read on both sides at once.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, CorpusSet, loadManifest } from '../test/faults/corpus';
import { hasErrors } from '../src/diagnosis/check';
import { targetScale } from '../src/diagnosis/gradient-scale';
import { maxUpdateRatio } from '../src/diagnosis/detectors';
import { probeChecked } from '../src/diagnosis/probe';
import { runMonitored } from '../src/diagnosis/run';

const g = (x: number) => (Number.isFinite(x) ? x.toPrecision(3) : String(x));

function survey(set: CorpusSet, file: string, label: string): void {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return;
  const scale = targetScale(check.spec, check.dataset);
  const probe = probeChecked(check, { finder: false });
  const probeMax = probe ? Math.max(...probe.layers.map((l) => (Number.isFinite(l.gradNorm) ? l.gradNorm : Infinity))) : NaN;
  const worst: number[] = [];
  let update = 0;
  runMonitored(check.parsed, check.spec, check.dataset, {
    onEpoch(stats) {
      worst.push(Math.max(...stats.layers.map((l) => (Number.isFinite(l.gradNorm) ? l.gradNorm : Infinity))));
      update = Math.max(update, maxUpdateRatio(stats.layers));
    },
  });
  // Held for two epochs (patience): the smaller of each pair of neighbours, at its largest.
  let sustained = 0, at = -1;
  for (let i = 1; i < worst.length; i++) {
    const held = Math.min(worst[i], worst[i - 1]);
    if (held > sustained) (sustained = held), (at = i + 1);
  }
  const cells = [set, label, file, check.spec.optimizer.type, check.spec.loss, `scale ${g(scale)}`, `probe ${g(probeMax)} /s ${g(probeMax / scale)}`, `train ${g(sustained)} /s ${g(sustained / scale)} @${at}`, `upd ${g(update)}`];
  console.log(cells.join('\t'));
}

const named = process.argv.slice(2) as CorpusSet[];
for (const set of named.length > 0 ? named : ALL_CORPUS_SETS) {
  const manifest = loadManifest(set);
  for (const h of manifest.healthy) survey(set, h.file, 'healthy');
  for (const f of manifest.faults) survey(set, f.file, `${f.code}${f.catches.includes('exploding-gradient') ? '+EG' : ''}`);
}
