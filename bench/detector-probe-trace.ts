/**
 * `npx tsx bench/detector-probe-trace.ts <dev|heldout|final|blind4|blind5|blind6> <spec file relative to the set>`: runs the
 * edit-time probe on one corpus spec and prints its trial (loss checkpoints, median update ratio) and
 * its diagnostics: for understanding why the probe's learning-rate rules fire on a spec.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, CorpusSet } from '../test/faults/corpus';
import { probeChecked } from '../src/diagnosis/probe';

function main(): number {
  const [set, file] = process.argv.slice(2);
  if (!(ALL_CORPUS_SETS as readonly string[]).includes(set) || !file) {
    console.error('usage: tsx bench/detector-probe-trace.ts <dev|heldout|final|blind4|blind5|blind6> <spec file relative to the set>');
    return 2;
  }
  const result = probeChecked(checkCorpusSpec(file, set as CorpusSet));
  if (!result) {
    console.log('the probe did not run (the spec has errors)');
    return 0;
  }
  for (const l of result.layers) {
    const rms = l.gradNorm / Math.sqrt(l.params);
    const extra = l.deadUnits !== undefined ? ` dead ${l.deadUnits}/${l.units}` : l.saturatedFraction !== undefined ? ` saturated ${l.saturatedFraction.toPrecision(2)}` : '';
    console.log(`init layers[${l.index}]: grad norm ${l.gradNorm.toPrecision(3)}, per weight ${rms.toPrecision(3)}${extra}`);
  }
  const trace = result.trace;
  if (trace) {
    console.log(`lr ${trace.lr}, ${trace.steps} steps on ${trace.sampleRows} rows, median update ratio ${trace.medianUpdateRatio.toPrecision(3)}`);
    console.log(`loss: 0:${trace.initialLoss.toPrecision(4)} ${trace.checkpoints.map((c) => `${c.step}:${c.loss.toPrecision(4)}`).join(' ')}`);
  }
  for (const d of result.diagnostics) console.log(`${d.code}: ${d.message}`);
  return 0;
}

process.exitCode = main();
