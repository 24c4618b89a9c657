/**
 * The full-batch RMSprop cycles behind `oscillating-loss`: a loss that climbs back to twice its best
 * or more, again and again, on full batches, with no sampling noise to explain it.
 */
import { strict as assert } from 'assert';
import { fullBatchCycles, fullBatchCyclesDiagnostic } from '../../../src/diagnosis/detectors/full-batch-cycles';
import type { DetectorContext } from '../../../src/diagnosis/detectors/context';
import { parseSpec } from '../../../src/spec/parse';
import { DEFAULT_DIAGNOSTICS, type Diagnostic } from '../../../src/spec/types';
import { specText } from './detectors-helpers';

const EPOCHS = 100;

/** A context for the test spec under `optimizer`, at `batchesPerEpoch`, having seen `losses`. */
function contextFor(losses: number[], optimizer: Record<string, unknown>, batchesPerEpoch = 1, extraLayers: unknown[] = []): DetectorContext {
  const base = JSON.parse(specText({ optimizer, training: { epochs: EPOCHS, batchSize: 4 } })) as { layers: unknown[] };
  const parsed = parseSpec(JSON.stringify({ ...base, layers: [...extraLayers, ...base.layers] }));
  assert.ok(parsed.spec, JSON.stringify(parsed.diagnostics));
  const at = (code: Diagnostic['code'], severity: Diagnostic['severity'], path: string, message: string, suggestions?: Diagnostic['suggestions']): Diagnostic =>
    ({ code, severity, path, message, suggestions, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }) as Diagnostic;
  return {
    spec: parsed.spec,
    config: { ...DEFAULT_DIAGNOSTICS },
    losses,
    reference: { loss: 1, what: 'the loss of predicting the mean' },
    inputs: 2,
    paramCounts: new Map(),
    plannedSteps: EPOCHS * batchesPerEpoch,
    at,
  } as unknown as DetectorContext;
}

/** blind86's backlog model under RMSprop 0.03 on full batches: a fall, then climbs to 2.4–3.6× the best every 12–15 epochs. */
function backlogCurve(): number[] {
  const fall = [3.77, 2.92, 1.23, 0.67, 0.41, 0.26, 0.18, 0.12, 0.09, 0.075, 0.07];
  const cycle = [0.084, 0.139, 0.228, 0.252, 0.229, 0.186, 0.17, 0.14, 0.102, 0.085, 0.074, 0.073];
  return [...fall, ...cycle, ...cycle.map((l) => l * 0.7 + 0.02), ...cycle];
}

describe('full-batch RMSprop cycles', () => {
  it('finds the climbs back to twice the best on full batches, and offers a third of the rate', () => {
    const ctx = contextFor(backlogCurve(), { type: 'rmsprop', lr: 0.03 });
    const cycles = fullBatchCycles(ctx);
    assert.ok(cycles, 'the cycles are found');
    assert.ok(cycles.rises >= 2 && cycles.largest > 3, JSON.stringify(cycles));
    const d = fullBatchCyclesDiagnostic(ctx)!;
    assert.equal(d.code, 'oscillating-loss');
    assert.equal(d.path, '/optimizer/lr');
    assert.match(d.message, /climbed back to 2× its best or more \d times .*on full batches/);
    assert.deepEqual(d.suggestions?.map((s) => s.value), [0.01]);
  });

  it('says nothing for mini-batches, dropout, other optimizers, a single spike or rises of a loss already near zero', () => {
    const curve = backlogCurve();
    assert.equal(fullBatchCycles(contextFor(curve, { type: 'rmsprop', lr: 0.03 }, 4)), undefined, 'mini-batches: noise may explain a rise');
    assert.equal(fullBatchCycles(contextFor(curve, { type: 'rmsprop', lr: 0.03 }, 1, [{ type: 'dropout', rate: 0.1 }])), undefined, 'dropout masks');
    assert.equal(fullBatchCycles(contextFor(curve, { type: 'adam', lr: 0.03 })), undefined, 'healthy Adam full-batch runs spike too');
    const oneSpike = [...curve.slice(0, 23), ...Array.from({ length: 24 }, () => 0.07)];
    assert.equal(fullBatchCycles(contextFor(oneSpike, { type: 'rmsprop', lr: 0.03 })), undefined, 'one climb is no cycle');
    const tiny = curve.map((l, e) => (e < 11 ? l : l / 100));
    assert.equal(fullBatchCycles(contextFor(tiny, { type: 'rmsprop', lr: 0.03 })), undefined, 'rises under 3% of the reference');
  });

  it('lets the warning lapse once the cycles have stopped for two windows', () => {
    const settled = [...backlogCurve(), ...Array.from({ length: 21 }, () => 0.06)];
    assert.equal(fullBatchCycles(contextFor(settled, { type: 'rmsprop', lr: 0.03 })), undefined);
  });
});
