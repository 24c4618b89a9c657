/**
 * `oscillating-loss` from swings against the loss's own level (level-swing.ts): Adam and RMSprop at a
 * rate ten times their usual one or more, on mini-batches of at most 8 rows, whose loss bounces by a
 * fifth of its level or more while it stands at a tenth of the reference or more.
 */
import { strict as assert } from 'assert';
import { TrainingMonitor } from '../../../src/diagnosis/detectors';
import { levelSwing } from '../../../src/diagnosis/detectors/level-swing';
import type { DetectorContext } from '../../../src/diagnosis/detectors/context';
import { parseSpec } from '../../../src/spec/parse';
import type { Dataset } from '../../../src/spec/dataset';
import { DEFAULT_DIAGNOSTICS, type ModelSpec } from '../../../src/spec/types';
import { EpochFeeder, raised, REFERENCE, specText } from './detectors-helpers';

/** Sixteen rows of a two-feature binary task: batches of 4 take four steps an epoch. */
const DATASET: Dataset = {
  samples: 16, inputs: 2, x: new Float64Array(32).map((_, i) => ((i * 7) % 5) - 2), targets: Float64Array.from({ length: 16 }, (_, i) => i % 2),
  task: 'classification', classes: 2, targetColumns: 1, featureNames: ['a', 'b'], targetNames: ['y'],
};

/** A spec under `optimizer` at `batchSize` (the detector helpers' small tanh classifier). */
function specWith(optimizer: Record<string, unknown>, batchSize: number): { parsed: ReturnType<typeof parseSpec>; spec: ModelSpec } {
  const parsed = parseSpec(specText({ optimizer, training: { epochs: 50, batchSize } }));
  if (!parsed.spec) throw new Error(`test spec invalid: ${JSON.stringify(parsed.diagnostics)}`);
  return { parsed, spec: parsed.spec };
}

/** The fields `levelSwing` reads, for `losses` under `optimizer` at `batchSize` over 50 epochs of 4 steps. */
function contextFor(losses: number[], optimizer: Record<string, unknown>, batchSize = 4, plannedSteps = 200, config = DEFAULT_DIAGNOSTICS): DetectorContext {
  const { spec } = specWith(optimizer, batchSize);
  const reference = { loss: REFERENCE, what: 'the loss of predicting the class prior' };
  return { spec, config, losses, reference, plannedSteps } as unknown as DetectorContext;
}

/** Eleven epochs bouncing between `low` and `high` of the reference loss, every epoch. */
const bouncing = (low: number, high: number) => Array.from({ length: 11 }, (_, e) => (e % 2 ? high : low) * REFERENCE);

describe('oscillating-loss against the loss\'s own level (level-swing.ts)', () => {
  it('finds a bounce of a fifth of the level or more, under the reference bound, for Adam 0.05 at batch 4', () => {
    // blind217 oscillating-loss.adam-0.05-batch-4's shape: 0.17 to 0.26 of the reference, every epoch.
    const found = levelSwing(contextFor(bouncing(0.17, 0.26), { type: 'adam', lr: 0.05 }));
    assert.ok(found, 'a swing of 0.09 around 0.21 of the reference');
    assert.ok(Math.abs(found.swing - 0.09 * REFERENCE) < 1e-12);
    assert.ok(found.swing / REFERENCE < DEFAULT_DIAGNOSTICS.oscillationSwing, 'under the reference-relative bound');
    assert.ok(found.swing >= DEFAULT_DIAGNOSTICS.oscillationLevelSwing * found.level && found.level >= DEFAULT_DIAGNOSTICS.oscillationLevelFloor * REFERENCE);
  });

  it('leaves out a fitted run near its noise floor, smaller swings, and runs that change direction too rarely', () => {
    assert.equal(levelSwing(contextFor(bouncing(0.02, 0.04), { type: 'adam', lr: 0.05 })), undefined, 'at 0.03 of the reference');
    assert.equal(levelSwing(contextFor(bouncing(0.2, 0.22), { type: 'adam', lr: 0.05 })), undefined, 'a tenth of its level');
    const falling = Array.from({ length: 11 }, (_, e) => (0.6 - 0.04 * e) * REFERENCE);
    assert.equal(levelSwing(contextFor(falling, { type: 'adam', lr: 0.05 })), undefined, 'no flips');
  });

  it('judges only Adam and RMSprop at ten times their usual rate or more, on mini-batches of at most 8 rows', () => {
    const losses = bouncing(0.17, 0.26);
    assert.ok(levelSwing(contextFor(losses, { type: 'rmsprop', lr: 0.01 })), 'RMSprop 0.01');
    assert.equal(levelSwing(contextFor(losses, { type: 'adam', lr: 0.003 })), undefined, 'the healthy sine fits swing early at 0.002 and 0.003');
    assert.equal(levelSwing(contextFor(losses, { type: 'sgd', lr: 0.05 })), undefined, 'SGD steps shrink with the gradient');
    assert.equal(levelSwing(contextFor(losses, { type: 'adam', lr: 0.05 }, 16)), undefined, 'batch 16');
    assert.equal(levelSwing(contextFor(losses, { type: 'adam', lr: 0.05 }, 4, 50)), undefined, 'one step an epoch: the full batch');
  });

  it('reads its two bounds from the diagnostics settings (oscillationLevelSwing, oscillationLevelFloor)', () => {
    const losses = bouncing(0.17, 0.26);
    const adam = { type: 'adam', lr: 0.05 };
    assert.ok(levelSwing(contextFor(losses, adam, 4, 200, { ...DEFAULT_DIAGNOSTICS, oscillationLevelSwing: 0.4 })), 'a swing of 41.9% of its level');
    assert.equal(levelSwing(contextFor(losses, adam, 4, 200, { ...DEFAULT_DIAGNOSTICS, oscillationLevelSwing: 0.5 })), undefined);
    assert.equal(levelSwing(contextFor(losses, adam, 4, 200, { ...DEFAULT_DIAGNOSTICS, oscillationLevelFloor: 0.3 })), undefined, 'the level stands at 0.215 of the reference');
  });

  it('raises oscillating-loss with the swing against the level and the reference in its message', () => {
    const { parsed, spec } = specWith({ type: 'adam', lr: 0.05 }, 4);
    const monitor = new TrainingMonitor(parsed, spec, 2, { reference: { loss: REFERENCE, what: 'the loss of predicting the class prior' }, dataset: DATASET });
    const feeder = new EpochFeeder(monitor);
    feeder.feed(Array.from({ length: 14 }, (_, e) => (e % 2 ? 0.26 : 0.17) * REFERENCE));
    const d = raised(feeder, 'oscillating-loss');
    assert.equal(d.path, '/optimizer/lr');
    assert.match(d.message, /changed direction in 100% of the epochs \(threshold 50%\), by a median 0\.0624 per epoch around a loss of 0\.149, 41\.9% of that level \(threshold 20%, judged while the loss stays at 10% or more of the loss of predicting the class prior, 0\.693: it is at 21\.5%\)/);
    assert.match(d.message, /Adam's steps keep about the size of the rate however small the gradient, so on batches of 4 rows a rate too high keeps the loss bouncing/);
    assert.deepEqual(d.suggestions?.[0], { title: 'Set "lr" to 0.02', path: '/optimizer/lr', value: 0.02, preferred: true });
  });
});
