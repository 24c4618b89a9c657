import { strict as assert } from 'assert';
import { checkRate, FAR_ABOVE_CONSTANT, LONG_LOOK_STEPS, needsLongLook, RATE_CHECK_DIVISOR, RATE_CHECK_STEPS, RATE_TIE, tieWithholds } from '../../../src/diagnosis/probe-rate-check';
import { checkFile, probeInFolder } from '../helpers';

/** The probe as the editor and the CLI run it, without the finder (the check does not need its value). */
function probeFile(file: string, withContext = true) {
  return probeInFolder(file, { finder: false }, withContext);
}

const highFound = (result: ReturnType<typeof probeFile>) => result.diagnostics.some((d) => d.code === 'lr-too-high');

/**
 * blind16's healthy sine net: SGD 0.005 with momentum 0.9 from a start 17 times the constant answer's
 * loss; the 40-step trial swings 9.05 → 22.2 (a rise the rules read as too high), yet over its 300
 * epochs the rate ends at 0.0115 and a twentieth of it at 0.0735.
 */
const SETTLES = 'test/faults-blind16/healthy/sine-relu-sgd-small-lr.nn.json';

/** SGD 1 with momentum 0.95 on xor-like data: a third of the rate ends the longer trial far lower. */
const TOO_HIGH = 'test/faults/faulty/lr-too-high.sgd-momentum-095-lr-1.nn.json';

/** SGD on raw dollar targets: the trial's loss stops being a number, a fact no longer look can undo. */
const BROKEN = 'test/faults/faulty/nan-loss.sgd-on-raw-dollar-target.nn.json';

describe('probe rate check (the longer look before lr-too-high)', () => {
  it('withholds lr-too-high when the written rate ends the longer trial clearly below a third of it and below the constant answer', () => {
    assert.ok(highFound(probeFile(SETTLES, false)), 'without the trials (no context) the 40-step rise is shown');
    const result = probeFile(SETTLES);
    assert.ok(!highFound(result), JSON.stringify(result.diagnostics.map((d) => d.message)));
    const check = result.rateCheck;
    assert.ok(check && !check.kept, 'the check is recorded, and withholds');
    assert.equal(check.steps, RATE_CHECK_STEPS);
    assert.equal(check.lowerLr, check.lr / RATE_CHECK_DIVISOR);
    assert.ok(check.written <= 0.9 * check.lower, `${check.written} against ${check.lower}`);
    assert.ok(check.written < (result.trace?.baselineLoss ?? 0), 'below the constant answer');
  });

  it('keeps lr-too-high when the lower rate does better', () => {
    const result = probeFile(TOO_HIGH);
    assert.ok(highFound(result));
    const check = result.rateCheck;
    assert.ok(check?.kept, 'kept');
    assert.ok(check.lower < check.written, `${check.lower} against ${check.written}`);
  });

  it('under SGD with momentum up to 0.9, withholds a finding that rests on large steps alone when the written rate ties a third of it', () => {
    // blind109's healthy linear model under SGD 0.05 with momentum 0.9 on the full batch: 12.9% of the
    // weights per step, and over the run's 150 steps both rates end at 0.0742.
    const tied = 'test/faults-blind109/healthy/adoption-linear-full-batch-momentum.nn.json';
    const result = probeFile(tied);
    assert.ok(!highFound(result), JSON.stringify(result.diagnostics.map((d) => d.message)));
    const check = result.rateCheck;
    assert.ok(check && !check.kept, 'the check withholds');
    assert.ok(check.written <= (1 + RATE_TIE) * check.lower && check.written > 0.9 * check.lower, `a tie, not a win: ${check.written} against ${check.lower}`);
    assert.ok(tieWithholds(checkFile(tied).spec!, result.trace!));
    // The same spec at momentum 0.95: above the usual momentum a tie is not enough (nor is a loss that broke or rose).
    const spec = checkFile(tied).spec!;
    assert.ok(!tieWithholds({ ...spec, optimizer: { ...spec.optimizer, momentum: 0.95 } }, result.trace!));
    assert.ok(!tieWithholds({ ...spec, optimizer: { ...spec.optimizer, momentum: 0 } }, result.trace!), 'nor plain SGD');
    assert.ok(!tieWithholds({ ...spec, optimizer: { ...spec.optimizer, type: 'adam' } }, result.trace!), 'nor Adam');
  });

  it('keeps a tied finding whose written rate ends no lower than the constant answer', () => {
    // blind30's raw blood-pressure target under SGD 0.005 with momentum 0.9: large steps alone, a tie
    // (244.7 against 244.4 at a third), and both at the constant answer's 244.3: nothing learnt.
    const result = probeFile('test/faults-blind30/faulty/exploding-gradient.raw-sbp-target-sgd.nn.json');
    assert.ok(highFound(result), 'lr-too-high stays');
    // Its start is 67 times the constant answer's, so a long look follows the tie; neither learns past the constant answer.
    const check = result.rateCheck;
    const tie = check?.first;
    assert.ok(check?.kept && tie && tie.written <= (1 + RATE_TIE) * tie.lower && tie.written >= (result.trace?.baselineLoss ?? Infinity));
    assert.ok(check.written >= (result.trace?.baselineLoss ?? Infinity), 'nor after the long look');
  });

  it('from a start far above the constant answer under SGD, looks again over the run up to LONG_LOOK_STEPS when the first look keeps the finding', () => {
    // blind118's healthy Nesterov SGD 0.05 on a min-max target, from a start 153 times the constant
    // answer's loss: a third of the rate leads after 600 steps, the written rate after 2,400 (the run has 4,560).
    const file = 'test/faults-blind118/healthy/downtime-minmax-target-nesterov.nn.json';
    const result = probeFile(file);
    assert.ok(!highFound(result), JSON.stringify(result.diagnostics.map((d) => d.message)));
    const check = result.rateCheck;
    assert.ok(check && !check.kept && check.first, 'withheld by the long look');
    assert.equal(check.first.steps, RATE_CHECK_STEPS);
    assert.ok(check.first.lower < check.first.written, 'the first look alone would keep it');
    assert.equal(check.steps, LONG_LOOK_STEPS);
    assert.ok(check.written <= 0.9 * check.lower && check.written < (result.trace?.baselineLoss ?? 0));
    const trace = result.trace!;
    assert.ok(trace.initialLoss >= FAR_ABOVE_CONSTANT * trace.baselineLoss!);
    // From an ordinary start, or under Adam, the first look is the last.
    const spec = checkFile(file).spec!;
    const kept = { ...check.first, lr: check.lr, lowerLr: check.lowerLr, kept: true };
    assert.ok(needsLongLook(spec, trace, kept));
    assert.ok(!needsLongLook(spec, { ...trace, initialLoss: 5 * trace.baselineLoss! }, kept), 'an ordinary start');
    assert.ok(!needsLongLook({ ...spec, optimizer: { ...spec.optimizer, type: 'adam' } }, trace, kept), 'Adam');
    assert.ok(!needsLongLook(spec, { ...trace, runSteps: RATE_CHECK_STEPS }, kept), 'a run no longer than the first look');
    assert.ok(!needsLongLook(spec, trace, { ...kept, written: 2 * trace.initialLoss }), 'a written rate that ended its first look above its start');
  });

  it('keeps a finding from a start far above the constant answer that the lower rate still wins over the long look', () => {
    // blind38's SGD 0.05 with momentum 0.9 on log prices, a start 97 times the constant answer's: over the run's 1,650 steps
    // the written rate ends at 0.20, a third of it at 0.012.
    const result = probeFile('test/faults-blind38/faulty/lr-too-high.sgd-momentum-lr-0.05.nn.json');
    assert.ok(highFound(result));
    const check = result.rateCheck;
    assert.ok(check?.kept && check.first && check.steps === result.trace?.runSteps && check.lower < check.written);
  });

  it('keeps a rate that wins only because both diverge, measured against the start and the constant answer', () => {
    const file = 'test/faults-blind5/faulty/exploding-gradient.sgd-on-raw-features-and-euros.nn.json';
    const result = probeFile(file);
    assert.ok(highFound(result), 'lr-too-high stays');
    const check = result.rateCheck;
    assert.ok(check?.kept);
    assert.ok(check.written < check.lower && check.written > (result.trace?.initialLoss ?? Infinity), 'the written rate blew up less, yet ended above its start');
    // Its start is 18 times the constant answer's, but a rate that ended above its start gets no long look.
    assert.equal(check.first, undefined);
  });

  it('makes no check when the trial broke, or when the budget cannot fund both trials', () => {
    const broken = probeFile(BROKEN);
    assert.ok(highFound(broken) && broken.rateCheck === undefined);
    const { spec, dataset } = checkFile(SETTLES);
    const trace = probeFile(SETTLES).trace!;
    const wide = { ...spec!, layers: spec!.layers.map((l, i) => (i === 0 && l.type === 'dense' ? { ...l, units: 16384 } : l)) };
    const plan = { sampleSize: 200, steps: 40, work: 0 };
    assert.equal(checkRate(wide, dataset!, plan, trace, 0.1), undefined, 'a 16384-unit layer is over the budget');
    assert.ok(checkRate(spec!, dataset!, plan, trace, 0.1), 'the spec as written is within it');
  });
});
