/**
 * `npx tsx bench/detector-probe-bump-survey.ts`: for every corpus spec whose probe trial takes steps
 * above `probeHighUpdateRatio` (where the probe's steady-descent allowance decides lr-too-high), the
 * trial's largest bump (a climb back above the lowest loss so far, as a share of that low) and whether
 * the probe raised lr-too-high. Places `STEADY_BUMP` in src/diagnosis/probe-lr-curve.ts.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusSpecs } from '../test/faults/corpus';
import { probeChecked } from '../src/diagnosis/probe';

for (const set of ALL_CORPUS_SETS) {
  const specs = corpusSpecs(set);
  for (const { file, code } of specs) {
    const checked = checkCorpusSpec(file, set);
    const result = checked.spec ? probeChecked(checked) : undefined;
    const trace = result?.trace;
    if (!checked.spec || !trace || !(trace.medianUpdateRatio > checked.spec.diagnostics.probeHighUpdateRatio)) continue;
    let lowest = trace.initialLoss, bump = 0;
    for (const c of trace.checkpoints) {
      bump = Math.max(bump, (c.loss - lowest) / lowest);
      lowest = Math.min(lowest, c.loss);
    }
    const high = result.diagnostics.some((d) => d.code === 'lr-too-high');
    console.log([set, code, file, `ratio ${trace.medianUpdateRatio.toPrecision(3)}`, `bump ${(100 * bump).toPrecision(3)}%`, high ? 'lr-too-high' : ''].join('\t'));
  }
}
