/**
 * `npx tsx bench/rate-horizon-survey.ts [set,set,…]`: every spec of the fault sets on which the probe
 * shows `lr-too-high` from a trial whose loss stayed a number, with the rate check's two standing losses
 * (the written rate and a third of it on the probe's sample) at its own horizon (the run's steps, at
 * most 600) and at the run's steps up to `LONG_LOOK_STEPS`, and whether the written rate would win there (`writtenWins`). It asks
 * whether a longer look would clear the healthy specs whose start lies far above the constant answer
 * (blind38 prices-batch-1-short, blind118 downtime-minmax-target-nesterov) and which catches it costs.
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { hasErrors, withProbeFindings } from '../src/diagnosis/check';
import { probeChecked } from '../src/diagnosis/probe';
import { atRate, LONG_LOOK_STEPS, RATE_CHECK_DIVISOR, standingLoss, writtenWins } from '../src/diagnosis/probe-rate-check';
import { trialBroke } from '../src/diagnosis/probe-lr-rules';
import { catchesText, optimizerText, runSurvey } from './corpus-runs';

/** One line per spec whose shown probe `lr-too-high` a longer look could judge, or undefined. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) return undefined;
  const probed = probeChecked(check, { context: corpusContext(file, set) });
  const trace = probed?.trace;
  if (!probed || !trace || trialBroke(trace) || !probed.diagnostics.some((d) => d.code === 'lr-too-high')) return undefined;
  const spec = check.spec;
  const steps = Math.min(LONG_LOOK_STEPS, Math.max(probed.plan.steps, trace.runSteps));
  const written = standingLoss(spec, check.dataset, probed.plan, steps);
  const third = standingLoss(atRate(spec, spec.optimizer.lr / RATE_CHECK_DIVISOR), check.dataset, probed.plan, steps);
  const wins = writtenWins(spec, trace, written, third, spec.diagnostics.adviceGain);
  const shown = withProbeFindings(check.diagnostics, probed.diagnostics, probed.cleared);
  const others = shown.filter((d) => !(d.code === 'lr-too-high' && probed.diagnostics.includes(d))).map((d) => d.code);
  const p = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '' : x.toPrecision(3));
  const rc = probed.rateCheck;
  return [
    filed, set, file, optimizerText(spec),
    String(trace.runSteps), p(trace.initialLoss / (trace.baselineLoss ?? NaN)),
    rc ? String(rc.steps) : 'none', p(rc?.written), p(rc?.lower),
    String(steps), p(written), p(third), wins ? 'WINS' : '',
    [...new Set(others)].join(','), catchesText(set, file, filed),
  ].join('\t');
}

const HEADER = ['filed', 'set', 'spec', 'optimizer', 'run steps', 'start/constant', 'check steps', 'written', 'third', 'long steps', 'written', 'third', 'long look', 'other codes shown', 'catches'];

process.exitCode = runSurvey(process.argv.slice(2), 'tsx bench/rate-horizon-survey.ts [set,set,…]', HEADER, survey);
