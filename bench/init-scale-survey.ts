/**
 * `npx tsx bench/init-scale-survey.ts [set,set,…]`: every spec of the fault sets that gives a layer an
 * explicit `normal`/`uniform` scale, with its largest factor over the variance-preserving scale
 * (`idealStd`), whether the static check's `init-scale` fires, and what the writer filed. It measured
 * INIT_SCALE_ABOVE (rules-init.ts): how far above the ideal scale healthy specs go, and which faults
 * sit between that and INIT_SCALE_FACTOR.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, CorpusSet, loadManifest } from '../test/faults/corpus';
import { denseLayers, fanIns } from '../src/diagnosis/context';
import { explicitStd, idealStd } from '../src/diagnosis/rules-init';

/** The largest explicit-scale factor of the spec's dense layers, or undefined when no layer sets a scale. */
function largestFactor(set: CorpusSet, file: string): { factor: number; flagged: boolean } | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset) return undefined;
  const fanIn = fanIns(check.spec, check.dataset.inputs);
  let factor: number | undefined;
  for (const { index, layer } of denseLayers(check.spec)) {
    const std = explicitStd(layer.init);
    const width = fanIn.get(index);
    if (std === undefined || width === undefined) continue;
    factor = Math.max(factor ?? 0, std / idealStd(layer.activation, width));
  }
  return factor === undefined ? undefined : { factor, flagged: check.diagnostics.some((d) => d.code === 'init-scale') };
}

function main(): void {
  const sets = (process.argv[2]?.split(',') ?? [...ALL_CORPUS_SETS]) as CorpusSet[];
  const rows: string[][] = [];
  for (const set of sets) {
    const manifest = loadManifest(set);
    const entries = [...manifest.healthy.map((h) => ({ file: h.file, filed: 'healthy' })), ...manifest.faults.map((f) => ({ file: f.file, filed: f.catches.join(',') }))];
    for (const entry of entries) {
      const found = largestFactor(set, entry.file);
      if (found) rows.push([found.factor.toFixed(2), found.flagged ? 'init-scale' : '-', set, entry.file, entry.filed]);
    }
  }
  rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  console.log(['factor', 'static', 'set', 'spec', 'filed as'].join('\t'));
  for (const row of rows) console.log(row.join('\t'));
  const healthy = rows.filter((r) => r[4] === 'healthy');
  console.log(`\n${rows.length} specs set an explicit scale; ${healthy.length} of them healthy, largest factor ${healthy.length ? healthy[healthy.length - 1][0] : '-'}`);
}

main();
