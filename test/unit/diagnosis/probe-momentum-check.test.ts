/**
 * The probe's check of the static momentum rule (`probe-momentum-check.ts`): the rule gives way when
 * the written momentum ends a run-length trial on the sample no higher than 0.9 (within 1%) and has
 * learnt; it stays when 0.9 does better.
 */
import { strict as assert } from 'assert';
import type { Diagnostic } from '../../../src/spec/types';
import { checkFile, shownInEditor as shownFor } from '../helpers';

const ruleShown = (shown: readonly Diagnostic[]) => shown.some((d) => d.code === 'oscillating-loss' && d.path === '/optimizer/momentum');

/** blind156: SGD 0.05 with momentum 0.99 on the full batch trains well (momentum 0.9 ends its run 2.8 times higher). */
const HEALTHY_099 = 'test/faults-blind156/healthy/species-momentum-0.99-full-batch-300.nn.json';

/** blind155: a linear model under Nesterov momentum 0.99 ends at the same floor as at 0.9 (a tie). */
const LINEAR_TIE = 'test/faults-blind155/healthy/tickets-nesterov-0.99-full-batch-linear-settles.nn.json';

/** blind10: a tanh net under SGD 0.003 with momentum 0.99, a fault: momentum 0.9 ends the trial far lower. */
const FAULT_099 = 'test/faults-blind10/faulty/oscillating-loss.tanh-sgd-momentum-0.99.nn.json';

describe('probe: the check of the static momentum rule', () => {
  it('withdraws the rule when the written momentum ends the trial no higher than 0.9', () => {
    assert.ok(ruleShown(checkFile(HEALTHY_099).diagnostics), 'the static check alone warns');
    const { result, shown } = shownFor(HEALTHY_099);
    const check = result.momentumCheck;
    assert.ok(check && !check.kept, JSON.stringify(check));
    assert.ok(check.written <= check.usual, `${check.written} against ${check.usual}`);
    assert.deepEqual(result.cleared, ['/optimizer/momentum']);
    assert.ok(!ruleShown(shown));
  });

  it('counts a tie within 1% as level', () => {
    const { result, shown } = shownFor(LINEAR_TIE);
    const check = result.momentumCheck;
    assert.ok(check && !check.kept && check.written > check.usual, JSON.stringify(check));
    assert.ok(!ruleShown(shown));
  });

  it('keeps the rule when momentum 0.9 does better, and makes no check without the trials (no context)', () => {
    const { result, shown } = shownFor(FAULT_099);
    assert.ok(result.momentumCheck?.kept, JSON.stringify(result.momentumCheck));
    assert.ok(ruleShown(shown));
    const untried = shownFor(HEALTHY_099, false);
    assert.equal(untried.result.momentumCheck, undefined);
    assert.ok(ruleShown(untried.shown));
  });
});
