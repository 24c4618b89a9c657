/**
 * `npx tsx bench/probe-low-survey.ts [set,set,...]`: the measurement behind the probe's `lr-too-low`
 * bounds. Runs the edit-time probe (no advice trials) on every healthy spec and every non-static fault
 * of the given sets (all by default) and prints one tab-separated line per spec: set, code ("healthy"
 * or the fault's), stage, file, the trial's initial loss, the constant answer's loss, the trial's last
 * loss, the projected weight travel (median update ratio × the run's steps), the projected loss travel
 * counted from the start, whether the trial never got below the constant answer from a start above it,
 * and the codes the probe raised. Sort by the travel column to read the margins.
 */
import { ALL_CORPUS_SETS, checkCorpusSpec, CorpusSet, loadManifest } from '../test/faults/corpus';
import { probeChecked } from '../src/diagnosis/probe';
import { neverReachedConstant } from '../src/diagnosis/probe-lr-low';
import type { ProbeTrace } from '../src/diagnosis/probe-lr-rules';

/** The survey's columns for one trial. */
function traceColumns(trace: ProbeTrace): string[] {
  const last = trace.checkpoints[trace.checkpoints.length - 1];
  const baseline = trace.baselineLoss;
  const weightTravel = trace.medianUpdateRatio * trace.runSteps;
  const lossTravel = ((trace.initialLoss - last.loss) / trace.initialLoss) * (trace.runSteps / trace.steps);
  return [trace.initialLoss.toPrecision(4), baseline?.toPrecision(4) ?? '-', last.loss.toPrecision(4), weightTravel.toFixed(3), lossTravel.toFixed(3), neverReachedConstant(trace) ? 'unlearnt' : '-'];
}

function main(): number {
  const sets = (process.argv[2] ? process.argv[2].split(',') : ALL_CORPUS_SETS) as CorpusSet[];
  const unknown = sets.filter((s) => !(ALL_CORPUS_SETS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    console.error(`unknown set(s): ${unknown.join(', ')}; usage: tsx bench/probe-low-survey.ts [set,set,...]`);
    return 2;
  }
  for (const set of sets) {
    const manifest = loadManifest(set);
    const specs = [
      ...manifest.healthy.map((h) => ({ file: h.file, code: 'healthy', stage: '-' })),
      ...manifest.faults.filter((f) => f.stage !== 'static').map((f) => ({ file: f.file, code: f.code, stage: f.stage })),
    ];
    for (const spec of specs) {
      const result = probeChecked(checkCorpusSpec(spec.file, set));
      const trace = result?.trace;
      if (!trace || trace.checkpoints.length === 0) continue;
      const codes = result.diagnostics.map((d) => d.code).join(',') || '-';
      console.log([set, spec.code, spec.stage, spec.file, ...traceColumns(trace), codes].join('\t'));
    }
  }
  return 0;
}

process.exitCode = main();
