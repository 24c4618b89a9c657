/**
 * `npx tsx bench/probe-high-survey.ts [set,set,…]`: every SGD spec of the fault sets on which the
 * editor shows the probe's `lr-too-high`, with the kinds of evidence its trial found, the rate check
 * as made (or why not), and the same check made whatever its cost (`unbudgeted`: the written rate and
 * a third of it over the run's steps, at most 600, on the sample). It asks which findings the rate
 * check would withhold if its budget or its tie rule reached further, and what each fault would then
 * keep at edit time (the other codes shown, against the codes that count as its catch).
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { hasErrors, withProbeFindings } from '../src/diagnosis/check';
import { probeChecked } from '../src/diagnosis/probe';
import { tooHighEvidences } from '../src/diagnosis/probe-lr-high';
import { trialBroke } from '../src/diagnosis/probe-lr-rules';
import { atRate, learntBelow, rateCheckSteps, RATE_CHECK_DIVISOR, standingLoss } from '../src/diagnosis/probe-rate-check';
import { catchesText, optimizerText, printSurvey, surveySets } from './corpus-runs';

const fixed = (x: number | undefined) => (x === undefined ? '' : x.toPrecision(4));

/** One line per SGD spec whose shown diagnostics include the probe's lr-too-high, or undefined. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics) || check.spec.optimizer.type !== 'sgd') return undefined;
  const probed = probeChecked(check, { context: corpusContext(file, set) });
  const trace = probed?.trace;
  const high = probed?.diagnostics.find((d) => d.code === 'lr-too-high' && d.path === '/optimizer/lr');
  if (!probed || !trace || !high) return undefined;
  const spec = check.spec;
  const shown = withProbeFindings(check.diagnostics, probed.diagnostics, probed.cleared);
  const others = [...new Set(shown.filter((d) => d !== high).map((d) => d.code))];
  const catches = catchesText(set, file, filed);
  const keptByOthers = filed === 'HEALTHY' ? '' : others.some((c) => catches.split(',').includes(c)) ? 'other' : 'only';
  const rc = probed.rateCheck;
  let unbudgeted = '';
  if (!trialBroke(trace)) {
    const steps = rateCheckSteps(probed.plan, trace);
    const written = rc?.steps === steps ? rc.written : standingLoss(spec, check.dataset, probed.plan, steps);
    const lower = rc?.steps === steps ? rc.lower : standingLoss(atRate(spec, spec.optimizer.lr / RATE_CHECK_DIVISOR), check.dataset, probed.plan, steps);
    unbudgeted = [steps, fixed(written), fixed(lower), (1 - written / lower).toFixed(3), fixed(learntBelow(trace))].join(' ');
  }
  const hidden = spec.layers.slice(0, -1).map((l) => ('activation' in l ? l.activation : l.type)).join('/') || 'linear';
  const fullBatch = spec.training.batchSize >= check.dataset.samples ? 'full' : 'mini';
  return [
    filed, set, file, optimizerText(spec), fullBatch, hidden, spec.training.epochs,
    tooHighEvidences(trace, spec.diagnostics).map((e) => e.kind).join(','),
    rc ? `${rc.steps} ${fixed(rc.written)} ${fixed(rc.lower)} ${rc.kept ? 'kept' : 'withheld'}${rc.first ? ' long' : ''}` : 'none',
    unbudgeted, others.join(','), catches, keptByOthers,
  ].join('\t');
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/probe-high-survey.ts [set,set,…]');
  if (!sets) return 2;
  const header = ['filed', 'set', 'spec', 'optimizer', 'batch', 'hidden', 'epochs', 'evidence', 'rate check', 'unbudgeted (steps written third lead learntBelow)', 'other codes shown', 'catches', 'edit-time catch'];
  printSurvey(sets, header.join('\t'), survey);
  return 0;
}

process.exitCode = main();
