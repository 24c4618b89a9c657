/**
 * The settling overshoot of full-batch SGD: `lr-too-high`'s advice trial waits for SETTLING_STEPS
 * steps, unless the loss zig-zags; the advice gate holds such a warning untried until then.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AdviceGate } from '../../../src/diagnosis/detectors';
import type { DetectorContext } from '../../../src/diagnosis/detectors/context';
import { SETTLING_STEPS, settlingTrialEpoch, zigZags } from '../../../src/diagnosis/detectors/settling-overshoot';
import { parseSpec } from '../../../src/spec/parse';
import type { Diagnostic } from '../../../src/spec/types';
import { specText } from './detectors-helpers';

/** blind123 energy-elu-nesterov-full-batch's first epochs: one rise, then a steady fall. */
const ENERGY_START = [2.45, 2.92, 1.117, 0.4917, 0.1799, 0.1008];
/** blind7 oscillating-loss.full-batch-momentum-sine's first epochs: up and down at every step. */
const SINE_START = [3.23, 4.159, 0.4526, 2.908, 0.4102, 4.964];

/** A context for the test spec under `optimizer`, `epochs` long at `batchesPerEpoch`, having seen `losses`. */
function contextFor(losses: number[], optimizer: Record<string, unknown>, epochs = 200, batchesPerEpoch = 1): DetectorContext {
  const parsed = parseSpec(specText({ optimizer, training: { epochs, batchSize: 4 } }));
  assert.ok(parsed.spec, JSON.stringify(parsed.diagnostics));
  return { spec: parsed.spec, losses, plannedSteps: epochs * batchesPerEpoch } as unknown as DetectorContext;
}

describe('settling overshoot of full-batch SGD', () => {
  it('tells a zig-zag (up, down, up) from a rise and a fall', () => {
    assert.equal(zigZags(SINE_START.slice(0, 4)), true);
    assert.equal(zigZags(SINE_START), true);
    assert.equal(zigZags(ENERGY_START), false);
    assert.equal(zigZags(SINE_START.slice(0, 3)), false, 'two changes are not three');
    assert.equal(zigZags([1, 2, 2, 1, 2]), false, 'a flat step breaks it');
  });

  it('holds the trial until SETTLING_STEPS epochs for full-batch SGD with momentum up to 0.95, plain SGD included', () => {
    const optimizers = [{ type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, { type: 'sgd', lr: 2 }, { type: 'sgd', lr: 0.03, momentum: 0.95, nesterov: true }];
    for (const optimizer of optimizers) {
      assert.equal(settlingTrialEpoch(contextFor(ENERGY_START.slice(0, 2), optimizer)), SETTLING_STEPS, JSON.stringify(optimizer));
    }
    const late = [...ENERGY_START, ...Array.from({ length: SETTLING_STEPS }, () => 0.05)];
    assert.equal(settlingTrialEpoch(contextFor(late, { type: 'sgd', lr: 0.05, momentum: 0.9 })), undefined, 'past the hold');
    assert.equal(settlingTrialEpoch(contextFor(ENERGY_START, { type: 'sgd', lr: 2 }, 30)), 15, 'at most half the planned epochs');
  });

  it('does not hold mini-batches, momentum above 0.95, Adam or RMSprop, or a zig-zag', () => {
    const sgd = { type: 'sgd', lr: 0.05, momentum: 0.9 };
    assert.equal(settlingTrialEpoch(contextFor(ENERGY_START, sgd, 200, 2)), undefined, 'two steps an epoch');
    assert.equal(settlingTrialEpoch(contextFor(ENERGY_START, { ...sgd, momentum: 0.97 })), undefined, 'momentum 0.97 rings on: blind104');
    assert.equal(settlingTrialEpoch(contextFor(ENERGY_START, { type: 'adam', lr: 0.05 })), undefined);
    assert.equal(settlingTrialEpoch(contextFor(ENERGY_START, { type: 'rmsprop', lr: 0.05 })), undefined);
    assert.equal(settlingTrialEpoch(contextFor(SINE_START, { type: 'sgd', lr: 0.15, momentum: 0.9 })), undefined);
  });
});

describe('advice gate: a warning whose trial waits', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../faults/faulty/init-scale.deep-relu-std-0001.nn.json'), 'utf8');
  const context = { specDir: path.resolve(__dirname, '../../faults/faulty'), workspaceRoot: path.resolve(__dirname, '../../..') };
  const diagnostic: Diagnostic = {
    code: 'lr-too-high',
    severity: 'warning',
    message: 'm',
    path: '/optimizer/lr',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    suggestions: [{ title: 'Set "lr" to 0.0123', path: '/optimizer/lr', value: 0.0123 }],
  };

  it('is held untried before its epoch, and tried from it', () => {
    const gate = new AdviceGate({ text, context, gain: 0.1, plannedEpochs: 100 });
    const candidate = { key: 'lr-too-high', diagnostic, trialFromEpoch: 5 };
    assert.equal(gate.mayRaise(candidate, [1.1, 1.2, 1.3, 1.2]), false);
    assert.equal(gate.pending, false, 'no trial queued');
    assert.equal(gate.spentEpochs, 0);
    assert.equal(gate.mayRaise(candidate, [1.1, 1.2, 1.3, 1.2, 1.1]), false, 'waits for its trial');
    assert.equal(gate.pending, true);
    gate.advance(() => true);
    assert.equal(gate.log[0].epochs, 5);
  });
});
