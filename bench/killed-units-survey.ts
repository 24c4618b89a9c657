/**
 * `npx tsx bench/killed-units-survey.ts [set,set,…]`: every spec of the fault sets whose probe trial
 * left most of a ReLU layer dead (`trace.killed`, the "killed" evidence of `lr-too-high`), with the
 * layer's units dead before and after, the trial's other evidence, whether the rate check was made and
 * what it found, whether `lr-too-high` is shown, the other codes the editor shows on the spec (static
 * and probe), and the fault's catches. It asks what separates the healthy nets whose early steps kill
 * units and still fit from the faults whose only edit-time catch this evidence is.
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { hasErrors, withProbeFindings } from '../src/diagnosis/check';
import { probeChecked } from '../src/diagnosis/probe';
import { tooHighEvidences } from '../src/diagnosis/probe-lr-high';
import { catchesText, optimizerText, runSurvey } from './corpus-runs';

/** One line per spec whose probe trial killed ReLU units, or undefined. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const probed = probeChecked(check, { context: corpusContext(file, set) });
  const trace = probed?.trace;
  const killed = trace?.killed;
  if (!probed || !trace || !killed) return undefined;
  const evidence = tooHighEvidences(trace, check.spec.diagnostics).map((e) => e.kind);
  const shown = withProbeFindings(check.diagnostics, probed.diagnostics);
  const kept = probed.diagnostics.some((d) => d.code === 'lr-too-high');
  const others = shown.filter((d) => !(d.code === 'lr-too-high' && probed.diagnostics.includes(d))).map((d) => d.code);
  const rc = probed.rateCheck;
  const full = check.spec.training.batchSize >= check.dataset.samples ? 'full' : 'mini';
  const lastLoss = trace.checkpoints[trace.checkpoints.length - 1]?.loss ?? NaN;
  return [
    filed, set, file, optimizerText(check.spec), full, trace.runSteps,
    `${killed.before}→${killed.after}/${killed.units}`, evidence.join(','),
    (lastLoss / trace.initialLoss).toFixed(3), trace.baselineLoss ? (lastLoss / trace.baselineLoss).toFixed(3) : '',
    rc ? `${rc.steps}:${rc.written.toPrecision(3)}/${rc.lower.toPrecision(3)}` : 'none', kept ? 'shown' : 'withheld',
    [...new Set(others)].join(','), catchesText(set, file, filed),
  ].join('\t');
}

const HEADER = ['filed', 'set', 'spec', 'optimizer', 'batch', 'run steps', 'killed', 'evidence', 'end/start', 'end/constant', 'rate check', 'lr-too-high', 'other codes shown', 'catches'];

process.exitCode = runSurvey(process.argv.slice(2), 'tsx bench/killed-units-survey.ts [set,set,…]', HEADER, survey);
