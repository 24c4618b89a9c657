/**
 * `npx tsx bench/run-check-survey.ts [set,set,…] [--sample]`: every spec of the fault sets on which a whole-run
 * check of a static rule of thumb on the rate can be made (`probe-run-check.ts`: the noisy-steps rule,
 * SGD's `lr-out-of-range` below the range), each check's three standing losses and verdict, and the
 * time its three runs took. The checks are made as the probe makes them when it has no rate finding of
 * its own; a spec whose check the budget refuses is listed as `over budget`. Ends with the count of
 * checks made and their times (p50, p90, max): the cost the docs quote. Timings vary with the machine's
 * load; the verdicts do not. With `--sample`, each line also gives what a short check would have seen:
 * the written and the advised rate trained for the run's steps (at most 600) on the probe's sample,
 * as the momentum rule's check does (docs/probe-and-lr-finder.md, "The noisy-steps rule").
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { probeChecked } from '../src/diagnosis/probe';
import { atRate, rateCheckSteps, standingLoss } from '../src/diagnosis/probe-rate-check';
import { checkNoisySteps, checkRateBelowRange, type RunCheck } from '../src/diagnosis/probe-run-check';
import { noisyStepsUsualRate } from '../src/diagnosis/rules-noisy-steps';
import { sensibleLrRange } from '../src/diagnosis/rules-training';
import type { RuleContext } from '../src/diagnosis/context';
import { optimizerText, printSurvey, surveySets } from './corpus-runs';

const times: number[] = [];
const withSample = process.argv.includes('--sample');

/** Which rule stands on the spec's rate and could be checked on the whole run, or undefined. */
function ruleOn(ctx: RuleContext, codes: readonly string[]): 'noisy' | 'low' | undefined {
  if (codes.includes('lr-too-high') && noisyStepsUsualRate(ctx) !== undefined) return 'noisy';
  const below = ctx.spec.optimizer.type === 'sgd' && ctx.spec.optimizer.lr < sensibleLrRange(ctx).low;
  return codes.includes('lr-out-of-range') && below ? 'low' : undefined;
}

/** One line per spec on which a rule a whole-run check judges stands, with the check or why none was made. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset) return undefined;
  const ctx: RuleContext = { parsed: check.parsed, spec: check.spec, dataset: check.dataset };
  const onRate = check.diagnostics.filter((d) => d.path === '/optimizer/lr').map((d) => d.code);
  const rule = ruleOn(ctx, onRate);
  if (!rule) return undefined;
  const gain = check.spec.diagnostics.adviceGain;
  const started = performance.now();
  const made: RunCheck | undefined = rule === 'noisy' ? checkNoisySteps(check.diagnostics, false, ctx, gain) : checkRateBelowRange(check.diagnostics, false, ctx, gain);
  const ms = performance.now() - started;
  if (made) times.push(ms);
  const p = (x: number) => (Number.isNaN(x) ? 'broke' : x.toPrecision(4));
  const runs = made ? [made.advisedLr, made.pointedLr, p(made.written), p(made.advised), p(made.pointed), made.kept ? 'kept' : 'WITHDRAWN', ms.toFixed(0)] : ['', '', '', '', '', 'over budget', ''];
  const sample = withSample && made ? shortLook(set, file, made.advisedLr).map(p) : [];
  return [filed, set, file, optimizerText(check.spec), rule, ...runs, ...sample].join('\t');
}

/** The written and the advised rate's standing losses over the run's steps (at most 600) on the probe's sample. */
function shortLook(set: CorpusSet, file: string, advisedLr: number): number[] {
  const check = checkCorpusSpec(file, set);
  const probed = probeChecked(check, { context: corpusContext(file, set), finder: false });
  if (!check.spec || !check.dataset || !probed?.trace) return [NaN, NaN];
  const steps = rateCheckSteps(probed.plan, probed.trace);
  const at = (lr: number) => standingLoss(atRate(check.spec!, lr), check.dataset!, probed.plan, steps);
  return [at(check.spec.optimizer.lr), at(advisedLr)];
}

/** The q-quantile of sorted times, in whole milliseconds. */
function quantile(sorted: readonly number[], q: number): string {
  return sorted.length === 0 ? '-' : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0);
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/run-check-survey.ts [set,set,…] [--sample]');
  if (!sets) return 2;
  const header = ['filed', 'set', 'spec', 'optimizer', 'rule', 'advised lr', 'pointed lr', 'written', 'advised', 'pointed', 'verdict', 'ms'];
  if (withSample) header.push('sample: written', 'sample: advised');
  printSurvey(sets, header.join('\t'), survey);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`checks made: ${sorted.length}; their three runs took p50 ${quantile(sorted, 0.5)} ms, p90 ${quantile(sorted, 0.9)} ms, max ${quantile(sorted, 1)} ms`);
  return 0;
}

process.exitCode = main();
