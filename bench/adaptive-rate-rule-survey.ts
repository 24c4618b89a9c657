/**
 * `npx tsx bench/adaptive-rate-rule-survey.ts [set,set,…] [--horizons 600,2000,6000]`: every spec of the
 * fault sets on which the editor shows a static `lr-too-high` on the rate of Adam or RMSprop (the rule
 * for ten times the usual rate at a batch of one or two, `rules-noisy-steps.ts`, or RMSprop's
 * first-steps rule, `rules-rate.ts`) because the probe measured nothing on the rate, with the written
 * rate's standing loss over a third of its own on the probe's sample at each horizon (capped at the
 * run's steps): below 1 the written rate is ahead. Session 36 asked whether such a look could clear the
 * rule the way the rate check clears SGD's `lr-out-of-range` (probe-thumb-check.ts); it does not
 * separate the rule's healthy specs from its faults at any of these horizons (README, "Left").
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { hasErrors, withProbeFindings } from '../src/diagnosis/check';
import { probeChecked } from '../src/diagnosis/probe';
import { atRate, RATE_CHECK_DIVISOR, standingLoss } from '../src/diagnosis/probe-rate-check';
import { noisyAdaptiveSteps } from '../src/diagnosis/rules-noisy-steps';
import { catchesText, optimizerText, printSurvey, surveySets } from './corpus-runs';

/** Steps of the looks, from `--horizons a,b,c`. */
function horizons(args: readonly string[]): number[] {
  const at = args.indexOf('--horizons');
  const looks = (at >= 0 ? args[at + 1] ?? '' : '600,2000,6000').split(',').map(Number);
  return looks.every((h) => Number.isInteger(h) && h > 0) ? looks : [];
}

/** One line per adaptive spec whose static rate rule the editor shows. */
function survey(set: CorpusSet, file: string, filed: string, looks: readonly number[]): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics) || check.spec.optimizer.type === 'sgd') return undefined;
  const rule = check.diagnostics.find((d) => d.code === 'lr-too-high' && d.path === '/optimizer/lr');
  if (!rule) return undefined;
  const probed = probeChecked(check, { context: corpusContext(file, set) });
  if (!probed?.trace || !withProbeFindings(check.diagnostics, probed.diagnostics, probed.cleared).includes(rule)) return undefined;
  const { spec, dataset } = check;
  const ratios = looks.map((h) => {
    const steps = Math.min(h, probed.trace!.runSteps);
    const written = standingLoss(spec, dataset, probed.plan, steps);
    const third = standingLoss(atRate(spec, spec.optimizer.lr / RATE_CHECK_DIVISOR), dataset, probed.plan, steps);
    return `${steps}: ${(written / third).toFixed(2)}`;
  });
  const which = noisyAdaptiveSteps({ parsed: check.parsed, spec, dataset }).length > 0 ? 'batch of one or two' : 'first steps';
  return [filed, set, file, optimizerText(spec), which, ...ratios, catchesText(set, file, filed)].join('\t');
}

function main(): number {
  const args = process.argv.slice(2);
  const sets = surveySets(args.filter((_, i) => args[i - 1] !== '--horizons'), 'tsx bench/adaptive-rate-rule-survey.ts [set,set,…] [--horizons 600,2000,6000]');
  if (!sets) return 2;
  const looks = horizons(args);
  if (looks.length === 0) {
    console.error('--horizons takes step counts, e.g. --horizons 600,2000,6000');
    return 2;
  }
  const header = ['filed', 'set', 'spec', 'optimizer', 'rule', ...looks.map((h) => `written/third at ${h}`), 'catches'].join('\t');
  printSurvey(sets, header, (set, file, filed) => survey(set, file, filed, looks));
  return 0;
}

process.exitCode = main();
