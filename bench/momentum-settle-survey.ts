/**
 * `npx tsx bench/momentum-settle-survey.ts [set,set,…]`: every spec of the fault sets under SGD with a
 * momentum of SWINGING_MOMENTUM (0.98) or more, where the static momentum rule looks, with the step its
 * steady descent carries (lr / (1 − m)), the run's length in momentum memories (steps × (1 − m)), and
 * whether the rule's exemption holds (`settlesWithinRun`: a carried step of SETTLING_CARRIED_STEP or
 * less over SETTLING_MEMORIES memories or more). Ends with the healthy specs and faults on each side.
 * The list of the specs the exemption touches is what `bench/spec-outcomes.ts` ran before and after it
 * (session 39; docs/diagnostics.md, oscillating-loss).
 */
import { checkCorpusSpec, CorpusSet } from '../test/faults/corpus';
import { carriedStep, runMemories, settlesWithinRun, SWINGING_MOMENTUM } from '../src/diagnosis/rules-momentum';
import type { RuleContext } from '../src/diagnosis/context';
import { catchesText, optimizerText, printSurvey, surveySets } from './corpus-runs';

const tally = { healthy: [0, 0], faults: [0, 0] };

/** One line per spec under SGD momentum of SWINGING_MOMENTUM or more whose data load, or undefined. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset) return undefined;
  const { type, momentum } = check.spec.optimizer;
  if (type !== 'sgd' || !(momentum >= SWINGING_MOMENTUM) || !(momentum < 1)) return undefined;
  const ctx: RuleContext = { parsed: check.parsed, spec: check.spec, dataset: check.dataset };
  const run = runMemories(ctx);
  const settles = settlesWithinRun(ctx);
  tally[filed === 'HEALTHY' ? 'healthy' : 'faults'][settles ? 1 : 0]++;
  const carried = carriedStep(ctx).toPrecision(3);
  return [filed, set, file, optimizerText(check.spec), carried, run?.steps ?? '', run?.memories.toPrecision(3) ?? '', settles ? 'settles' : 'rule', catchesText(set, file, filed)].join('\t');
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/momentum-settle-survey.ts [set,set,…]');
  if (!sets) return 2;
  printSurvey(sets, ['filed', 'set', 'spec', 'optimizer', 'carried step', 'steps', 'memories', 'verdict', 'catches'].join('\t'), survey);
  const { healthy, faults } = tally;
  console.log(`settles within the run: ${healthy[1]} healthy, ${faults[1]} faults; the rule looks at: ${healthy[0]} healthy, ${faults[0]} faults`);
  return 0;
}

process.exitCode = main();
