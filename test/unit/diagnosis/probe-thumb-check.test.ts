import { strict as assert } from 'assert';
import type { Diagnostic } from '../../../src/spec/types';
import { withProbeFindings } from '../../../src/diagnosis/check';
import { checkFile, shownInEditor as shownFor } from '../helpers';

const rangeShown = (shown: readonly Diagnostic[]) => shown.some((d) => d.code === 'lr-out-of-range' && d.path === '/optimizer/lr');

/** blind101: plain SGD at 1.5 under cce trains well (0.01 ends its 60 epochs at 0.194 against 0.0937 as written); the probe itself finds nothing. */
const PLAIN_SGD_1_5 = 'test/faults-blind101/healthy/loaves-sgd-plain-1.5.nn.json';

/** blind98: plain SGD at 3 under bce; the probe's own lr-too-high is withheld by its rate check, which the rule's check reuses. */
const PLAIN_SGD_3 = 'test/faults-blind98/healthy/illegal-sgd-plain-3.nn.json';

/** blind21: plain SGD at 2 on activity data, a fault: a third of the rate ends the check far lower. */
const PLAIN_SGD_2_FAULT = 'test/faults-blind21/faulty/lr-too-high.sgd-two-activity.nn.json';

/** blind7: Adam at 5, whose written rate also ends the check lower than a third of it: the rule is not plain SGD's and stays. */
const ADAM_5 = 'test/faults-blind7/faulty/lr-out-of-range.adam-lr-5.nn.json';

describe("probe: the rate check of plain SGD's static lr-out-of-range", () => {
  it('clears the rule when the written rate ends the check clearly below a third of it', () => {
    assert.ok(rangeShown(checkFile(PLAIN_SGD_1_5).diagnostics), 'the static check alone warns');
    const { result, shown } = shownFor(PLAIN_SGD_1_5);
    assert.equal(result.rateCheck, undefined, 'the probe made no check of its own');
    const check = result.thumbCheck;
    assert.ok(check && !check.kept, JSON.stringify(check));
    assert.ok(check.written <= 0.9 * check.lower, `${check.written} against ${check.lower}`);
    assert.deepEqual(result.cleared, ['/optimizer/lr']);
    assert.ok(!rangeShown(shown), JSON.stringify(shown.map((d) => d.message)));
  });

  it("reuses the probe's own rate check when it withheld an lr-too-high", () => {
    const { result, shown } = shownFor(PLAIN_SGD_3);
    assert.ok(result.rateCheck && !result.rateCheck.kept, 'the probe withheld its own finding');
    assert.equal(result.thumbCheck, result.rateCheck);
    assert.deepEqual(shown, []);
  });

  it('keeps the rule when a third of the rate does better', () => {
    const { result, shown } = shownFor(PLAIN_SGD_2_FAULT);
    assert.ok(result.thumbCheck?.kept, JSON.stringify(result.thumbCheck));
    assert.deepEqual(result.cleared, []);
    assert.ok(rangeShown(shown));
  });

  it('clears the rule under SGD with momentum too (blind157: SGD 3 with momentum 0.97 on twenty inline rows)', () => {
    const file = 'test/faults-blind157/healthy/bags-inline-logistic-momentum-0.97-lr-3-full-batch.nn.json';
    assert.ok(rangeShown(checkFile(file).diagnostics), 'the static check alone warns');
    const { result, shown } = shownFor(file);
    assert.ok(result.thumbCheck && !result.thumbCheck.kept, JSON.stringify(result.thumbCheck));
    assert.ok(!rangeShown(shown));
  });

  it('leaves other optimizers\' rules alone, and makes no check without the trials (no context)', () => {
    const adam = shownFor(ADAM_5);
    assert.equal(adam.result.thumbCheck, undefined);
    assert.ok(rangeShown(adam.shown));
    const untried = shownFor(PLAIN_SGD_1_5, false);
    assert.equal(untried.result.thumbCheck, undefined);
    assert.ok(rangeShown(untried.shown));
  });

  it('withProbeFindings leaves out a cleared rule of thumb only', () => {
    const origin = { line: 0, character: 0 };
    const at = (code: Diagnostic['code'], path: string): Diagnostic => ({ code, severity: 'warning', message: code, path, range: { start: origin, end: origin } });
    const range = at('lr-out-of-range', '/optimizer/lr');
    const init = at('init-scale', '/layers/0/init');
    assert.deepEqual(withProbeFindings([range, init], [], ['/optimizer/lr']), [init]);
    assert.deepEqual(withProbeFindings([range, init], [], ['/layers/0/init']), [range, init], 'a path clears rules of thumb, not other findings');
  });
});
