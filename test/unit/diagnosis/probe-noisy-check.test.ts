/**
 * The probe's check of the static noisy-steps rule (`probe-noisy-check.ts`): the rule gives way when
 * the whole run as written ends 10% below the rule's usual rate, no higher than a third of the written
 * rate and below the constant answer; it stays when either rate does better, and the check is not made
 * past its budget or without the trials.
 */
import { strict as assert } from 'assert';
import { NOISY_CHECK_BUDGET } from '../../../src/diagnosis/probe-noisy-check';
import { weightCount } from '../../../src/diagnosis/probe-plan';
import type { Diagnostic } from '../../../src/spec/types';
import { checkFile, shownInEditor as shownFor } from '../helpers';

const ruleShown = (shown: readonly Diagnostic[]) => shown.some((d) => d.code === 'lr-too-high' && d.path === '/optimizer/lr');

/** blind165: RMSprop 0.01 at batch 1 on iris trains well; 0.001 ends the run 2.5 times higher. */
const HEALTHY_IRIS = 'test/faults-blind165/healthy/iris-rmsprop-batch-1.nn.json';

/** blind118: RMSprop 0.05 at batch 1 on iris, a fault: it beats 0.001 over the run, but a third of it ends 40% lower. */
const FAULT_THIRD_WINS = 'test/faults-blind118/faulty/lr-too-high.rmsprop-0.05-batch-1-iris.nn.json';

/** blind170: RMSprop 0.05 at batch 1, a fault whose run the usual 0.001 ends lower. */
const FAULT_USUAL_WINS = 'test/faults-blind170/faulty/lr-too-high.rmsprop-0.05-batch-1-remake.nn.json';

/** blind40: RMSprop at batch 1 on a net whose three runs would cost more than the check's budget. */
const FAULT_COSTLY = 'test/faults-blind40/faulty/oscillating-loss.batch-one-rmsprop.nn.json';

describe('probe: the check of the static noisy-steps rule', () => {
  it('withdraws the rule when the written rate wins the whole run against the usual rate and a third of itself', () => {
    assert.ok(ruleShown(checkFile(HEALTHY_IRIS).diagnostics), 'the static check alone warns');
    const { result, shown } = shownFor(HEALTHY_IRIS);
    const check = result.noisyCheck;
    assert.ok(check && !check.kept, JSON.stringify(check));
    assert.equal(check.usualLr, 0.001);
    assert.ok(check.written <= 0.9 * check.usual && check.written <= check.lower, JSON.stringify(check));
    assert.deepEqual(result.cleared, ['/optimizer/lr']);
    assert.ok(!ruleShown(shown));
  });

  it('keeps the rule when a third of the written rate ends the run lower, though the usual rate does not', () => {
    const { result, shown } = shownFor(FAULT_THIRD_WINS);
    const check = result.noisyCheck;
    assert.ok(check?.kept, JSON.stringify(check));
    assert.ok(check.written < check.usual && check.lower < check.written, JSON.stringify(check));
    assert.ok(ruleShown(shown));
  });

  it('keeps the rule when the usual rate ends the run lower', () => {
    const { result, shown } = shownFor(FAULT_USUAL_WINS);
    const check = result.noisyCheck;
    assert.ok(check?.kept && check.usual < check.written, JSON.stringify(check));
    assert.ok(ruleShown(shown));
  });

  it('makes no check past its budget, nor without the trials (no context)', () => {
    const { spec, dataset } = checkFile(FAULT_COSTLY);
    assert.ok(spec && dataset);
    const work = 3 * 3 * weightCount(spec, dataset.inputs) * dataset.samples * spec.training.epochs;
    assert.ok(work > NOISY_CHECK_BUDGET, `${work}`);
    const costly = shownFor(FAULT_COSTLY);
    assert.equal(costly.result.noisyCheck, undefined);
    assert.ok(ruleShown(costly.shown));
    const untried = shownFor(HEALTHY_IRIS, false);
    assert.equal(untried.result.noisyCheck, undefined);
    assert.ok(ruleShown(untried.shown));
  });
});
