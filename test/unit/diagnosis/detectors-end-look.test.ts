/**
 * The end look: on full-batch SGD every advice trial also trains the spec as written and each fix to
 * the run's planned end, and a fix helps only when it is ahead there too; each curve is trained once.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { AdviceGate } from '../../../src/diagnosis/detectors';
import type { DetectorContext } from '../../../src/diagnosis/detectors/context';
import { END_LOOK_MAX_ROW_STEPS, endLookCodes, judgedAtEnd, judgedToEnd } from '../../../src/diagnosis/detectors/end-look';
import { Trainer } from '../../../src/engine';
import { runMonitored } from '../../../src/diagnosis/run';
import { parseSpec } from '../../../src/spec/parse';
import type { Diagnostic } from '../../../src/spec/types';
import { specText } from './detectors-helpers';

const SET_DIR = path.resolve(__dirname, '../../faults-blind144/healthy');
const SPEC = path.join(SET_DIR, 'quotes-momentum-0.95-full-batch-linear.nn.json');
const context = { specDir: SET_DIR, workspaceRoot: path.resolve(__dirname, '../../..') };

/** The run's `lr-too-high` as training raises it, with one fix: `lr` set to `lr`. */
function rateWarning(lr: number, code: Diagnostic['code'] = 'lr-too-high'): { key: string; diagnostic: Diagnostic } {
  const diagnostic: Diagnostic = {
    code,
    severity: 'warning',
    message: 'm',
    path: '/optimizer/lr',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    suggestions: [{ title: `Set "lr" to ${lr}`, path: '/optimizer/lr', value: lr }],
  };
  return { key: code, diagnostic };
}

/**
 * blind144's healthy linear model (SGD 0.02, momentum 0.95, full batch, 200 epochs), or with `lr`
 * instead: its text, data and first `epochs` losses.
 */
function quotesRun(epochs: number, lr?: number) {
  const written = fs.readFileSync(SPEC, 'utf8');
  const text = lr === undefined ? written : written.replace('"lr": 0.02', `"lr": ${lr}`);
  assert.ok(lr === undefined || text !== written);
  const checked = checkSpec(text, context);
  assert.ok(checked.spec && checked.dataset);
  const trainer = new Trainer(checked.spec, checked.dataset, { instrument: false });
  const losses = Array.from({ length: epochs }, () => trainer.trainEpoch().loss);
  return { text, loaded: { spec: checked.spec, dataset: checked.dataset }, losses };
}

/** Runs the gate's trial of `candidate` after `losses`; returns its verdict and whether it raised. */
function judge(gate: AdviceGate, candidate: { key: string; diagnostic: Diagnostic }, losses: number[]) {
  assert.equal(gate.mayRaise(candidate, losses), false, 'waits for its trial');
  const confirmed = gate.advance(() => true);
  return { verdict: gate.log[gate.log.length - 1], raised: (confirmed ?? []).length > 0 };
}

describe('end look of full-batch SGD', () => {
  it('applies to full-batch SGD within END_LOOK_MAX_ROW_STEPS, not to mini-batches or Adam', () => {
    const contextFor = (optimizer: Record<string, unknown>, epochs: number, batchesPerEpoch: number) => {
      const parsed = parseSpec(specText({ optimizer, training: { epochs, batchSize: 4 } }));
      assert.ok(parsed.spec);
      return { spec: parsed.spec, plannedSteps: epochs * batchesPerEpoch } as unknown as DetectorContext;
    };
    const sgd = { type: 'sgd', lr: 0.05, momentum: 0.9 };
    assert.equal(judgedToEnd(contextFor(sgd, 200, 1), 1000), true);
    assert.equal(judgedToEnd(contextFor({ type: 'sgd', lr: 0.3 }, 500, 1), 1000), true, 'plain SGD');
    assert.equal(judgedToEnd(contextFor(sgd, 200, 2), 1000), false, 'two steps an epoch');
    assert.equal(judgedToEnd(contextFor({ type: 'adam', lr: 0.01 }, 200, 1), 1000), false);
    assert.equal(judgedToEnd(contextFor(sgd, 200, 1), END_LOOK_MAX_ROW_STEPS / 200 + 1), false, 'too dear');
  });

  it('judges dead-relu and saturated-activation at the end on any run it can afford, the other codes only on full-batch SGD', () => {
    const contextFor = (optimizer: Record<string, unknown>, epochs: number, batchesPerEpoch: number) => {
      const parsed = parseSpec(specText({ optimizer, training: { epochs, batchSize: 4 } }));
      assert.ok(parsed.spec);
      return { spec: parsed.spec, plannedSteps: epochs * batchesPerEpoch } as unknown as DetectorContext;
    };
    const adam = endLookCodes(contextFor({ type: 'adam', lr: 0.01 }, 100, 10), 150);
    assert.deepEqual([adam('dead-relu'), adam('saturated-activation'), adam('lr-too-high'), adam('loss-plateau')], [true, true, false, false]);
    const fullBatch = endLookCodes(contextFor({ type: 'sgd', lr: 0.05, momentum: 0.9 }, 200, 1), 1000);
    assert.deepEqual([fullBatch('dead-relu'), fullBatch('lr-too-high'), fullBatch('oscillating-loss')], [true, true, false]);
    const dear = endLookCodes(contextFor({ type: 'adam', lr: 0.01 }, 200, 10), END_LOOK_MAX_ROW_STEPS / 200 + 1);
    assert.equal(dear('dead-relu'), false, 'too dear');
  });

  it('withholds a warning whose fix is ahead early but not at the run\'s end, and never retries it', () => {
    // blind144: a tenth of the rate leads after 45 epochs and ends level with the rate as written.
    const { text, loaded, losses } = quotesRun(45);
    const before = judge(new AdviceGate({ text, context, gain: 0.1, plannedEpochs: 200, loaded }), rateWarning(0.002), losses);
    assert.equal(before.raised, true, 'without the end look the early lead confirms it');
    const gate = new AdviceGate({ text, context, gain: 0.1, plannedEpochs: 200, loaded, endLookFor: judgedAtEnd });
    const after = judge(gate, rateWarning(0.002), losses);
    assert.equal(after.raised, false);
    assert.equal(after.verdict.end?.epochs, 200);
    const tried = after.verdict.tried[0];
    assert.ok(tried.loss < 0.9 * after.verdict.asWritten, 'ahead at epoch 45');
    assert.ok(tried.atEnd && tried.atEnd.loss > 0.9 * (after.verdict.end?.asWritten ?? NaN), 'not ahead at the end');
    assert.equal(gate.withholds('lr-too-high'), true);
    assert.equal(gate.mayRaise(rateWarning(0.002), quotesRun(190).losses), false, 'no retry can confirm it');
    assert.equal(gate.pending, false, 'and none is queued');
  });

  it('judges an oscillating loss, what the curve does, over the trial\'s epochs only', () => {
    const { text, loaded, losses } = quotesRun(45);
    const gate = new AdviceGate({ text, context, gain: 0.1, plannedEpochs: 200, loaded, endLookFor: judgedAtEnd });
    const judged = judge(gate, rateWarning(0.002, 'oscillating-loss'), losses);
    assert.equal(judged.verdict.end, undefined);
    assert.equal(judged.raised, true, 'the early lead confirms it, as before');
  });

  it('confirms a fix that wins the run, with both figures in its evidence, and trains each curve once', () => {
    const { text, loaded, losses } = quotesRun(45);
    const gate = new AdviceGate({ text, context, gain: 0.1, plannedEpochs: 200, loaded, endLookFor: judgedAtEnd });
    judge(gate, rateWarning(0.002), losses);
    const spent = gate.spentEpochs;
    // A fix from far too low a rate loses both ways; the same title again costs nothing.
    const again = judge(gate, rateWarning(0.002, 'dead-relu'), losses);
    assert.equal(gate.spentEpochs, spent, 'its curve was kept');
    assert.equal(again.verdict.tried[0].atEnd?.loss, judge(gate, rateWarning(0.002, 'loss-plateau'), losses).verdict.tried[0].atEnd?.loss);
    // Two fixes may share a title and not an edit (leaky_relu on one layer or another): the curve goes by the spec trained.
    const namesake = rateWarning(0.002, 'saturated-activation');
    namesake.diagnostic.suggestions = [{ title: 'Set "lr" to 0.002', path: '/optimizer/lr', value: 0.0005 }];
    const other = judge(gate, namesake, losses).verdict.tried[0];
    assert.notEqual(other.atEnd?.loss, again.verdict.tried[0].atEnd?.loss, 'a different spec, a different curve');
    // Crawling at a thousandth of the rate, the written rate wins early and at the end.
    const slow = quotesRun(45, 0.00002);
    const slowGate = new AdviceGate({ text: slow.text, context, gain: 0.1, plannedEpochs: 200, loaded: slow.loaded, endLookFor: judgedAtEnd });
    const win = judge(slowGate, rateWarning(0.02, 'lr-too-low'), slow.losses);
    assert.equal(win.raised, true, JSON.stringify(win.verdict));
    const evidence = slowGate.decorate({ key: 'lr-too-low', diagnostic: rateWarning(0.02, 'lr-too-low').diagnostic }).diagnostic.message;
    assert.match(evidence, /after 45 epochs, against .* as written; at the run's planned end \(200 epochs\), .* against /);
  });
});

/** Trains a corpus spec under the detectors with its advice trials; what it raised. */
function trainedWithAdvice(set: string, file: string) {
  const dir = path.resolve(__dirname, `../../faults-${set}`);
  const specContext = { specDir: path.dirname(path.join(dir, file)), workspaceRoot: path.resolve(__dirname, '../../..') };
  const check = checkSpec(fs.readFileSync(path.join(dir, file), 'utf8'), specContext);
  assert.ok(check.parsed && check.spec && check.dataset);
  return runMonitored(check.parsed, check.spec, check.dataset, { advice: specContext });
}

describe('end look of dead-relu, on any run it can afford', () => {
  it('withholds half a first layer dead on iris under Adam, whose leaky_relu leads at E and not at the end (blind111 iris-adam, healthy)', () => {
    const run = trainedWithAdvice('blind111', 'healthy/iris-adam.nn.json');
    assert.deepEqual(run.raised.map((d) => d.code), []);
    const deadTrials = run.trials.filter((t) => t.code === 'dead-relu');
    assert.ok(deadTrials.length > 0, 'the dead layer was tried');
    for (const trial of deadTrials) assert.equal(trial.helped, undefined, 'no fix won at both E and the end');
  });

  it('judges the end on the training loss: a revived network may overfit where a dead one cannot (blind37 dead-relu.pima-unscaled-sgd)', () => {
    const run = trainedWithAdvice('blind37', 'faulty/dead-relu.pima-unscaled-sgd.nn.json');
    const dead = run.raised.filter((d) => d.code === 'dead-relu');
    assert.ok(dead.length > 0, JSON.stringify(run.raised.map((d) => d.code)));
    assert.match(dead[0].message, /at the run's planned end \(100 epochs\), [\d.e+-]+ against [\d.e+-]+\.$/);
    // The fix that won ends with a higher validation loss than the written run: judged on it, it would have lost.
    const won = run.trials.find((t) => t.code === 'dead-relu' && t.helped);
    assert.ok(won?.end?.onTrainingLoss && won.helped?.atEnd?.valLoss !== undefined && won.end.asWrittenVal !== undefined);
    assert.ok(won.helped.atEnd.valLoss > won.end.asWrittenVal, JSON.stringify(won));
  });
});

describe('end look of saturated-activation, on any run it can afford', () => {
  it('withholds tanh units pinned on prices in thousands under Adam, whose leaky_relu ends the run higher (blind26 house-minmax-tanh-adam, healthy)', () => {
    const run = trainedWithAdvice('blind26', 'healthy/house-minmax-tanh-adam.nn.json');
    assert.deepEqual(run.raised.map((d) => d.code), []);
    const trials = run.trials.filter((t) => t.code === 'saturated-activation');
    assert.ok(trials.length > 0 && trials.every((t) => t.helped === undefined && t.end?.onTrainingLoss === true));
  });
});
