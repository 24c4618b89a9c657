/**
 * The bar for a climb out of a fit (fit-bar.ts): training's `lr-too-high` on a loss that climbs back
 * out of a fitted run confirms a fix only when the fix also stands under the run's best standing loss
 * before the climb, not merely under the top of the climb (blind282 ok.circles-uniform-init).
 */
import { strict as assert } from 'assert';
import { TrainingTrial } from '../../../src/diagnosis/detectors';
import type { DetectorContext } from '../../../src/diagnosis/detectors/context';
import { fittedBestBefore } from '../../../src/diagnosis/detectors/fit-bar';
import { lrTooHigh } from '../../../src/diagnosis/detectors/learning-rate';
import { lowestMean } from '../../../src/diagnosis/detectors/signals';
import { checkSpec } from '../../../src/diagnosis/check';
import type { FixVariant } from '../../../src/diagnosis/fix-variants';
import { Trainer } from '../../../src/engine';
import { parseSpec } from '../../../src/spec/parse';
import { REFERENCE, layers, specText } from './detectors-helpers';
import { REPO_ROOT as ROOT } from '../helpers';

/** A fitted run (down to 0.02 of ln 2) that climbs back out, bouncing, over its last epochs, as blind282's did. */
const FIT_THEN_CLIMB = [0.69, 0.5, 0.3, 0.15, 0.06, 0.03, 0.02, 0.015, 0.014, 0.015, 0.014, 0.013, 0.014, 0.012, 0.2, 0.1, 0.25, 0.18, 0.3];
/** The same climb from a run that never fitted (its best is half the reference). */
const UNFITTED_CLIMB = [0.69, 0.6, 0.5, 0.45, 0.4, 0.38, 0.36, 0.35, 0.35, 0.36, 0.35, 0.34, 0.35, 0.34, 0.6, 0.45, 0.65, 0.55, 0.7];

/** A context for the test classifier (reference ln 2) having seen `losses`, with the layers' statistics healthy. */
function contextFor(losses: number[]): DetectorContext {
  const parsed = parseSpec(specText());
  assert.ok(parsed.spec, JSON.stringify(parsed.diagnostics));
  const spec = parsed.spec;
  return {
    spec,
    losses,
    valLosses: [],
    config: spec.diagnostics,
    reference: { loss: REFERENCE, what: 'the loss of predicting the class prior' },
    inputs: 2,
    plannedSteps: 50 * 4,
    // Steps that move the weights (the climb is then evidence of the rate, not sampling noise).
    history: { recentUpdateRatio: () => 1e-2 },
    at: (code: string, severity: string, path: string, message: string, fixes: unknown[]) => ({ code, severity, path, message, fixes, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }),
  } as unknown as DetectorContext;
}

describe('the lowest window mean of a history', () => {
  it('matches a scan of every window, as the history grows', () => {
    const losses: number[] = [];
    let seed = 7;
    for (let i = 0; i < 400; i++) {
      seed = (seed * 16807) % 2147483647;
      losses.push(seed / 2147483647);
      for (const to of [losses.length, Math.floor(losses.length / 2)]) {
        let best = Infinity;
        for (let end = 5; end <= to; end++) best = Math.min(best, losses.slice(end - 5, end).reduce((a, b) => a + b, 0) / 5);
        assert.ok(Math.abs(lowestMean(losses, 5, to) - best) < 1e-12 || (best === Infinity && lowestMean(losses, 5, to) === Infinity), `i=${i} to=${to}`);
      }
    }
  });
});

describe('the lowest window mean around a non-finite epoch', () => {
  it('skips the windows that hold it and keeps measuring after it', () => {
    const losses = [1, 1, 1, NaN, 0.5, 0.5, 0.2, 0.2];
    assert.equal(lowestMean(losses, 2, 3), 1);
    assert.equal(lowestMean(losses, 2, 5), 1);
    assert.equal(lowestMean(losses, 2, 8), 0.2);
  });
});

describe('lr-too-high on a climb out of a fit', () => {
  it('carries the run\'s best standing loss before the climb as the bar its fixes must clear', () => {
    const ctx = contextFor(FIT_THEN_CLIMB);
    const [candidate] = lrTooHigh(ctx, layers());
    assert.ok(candidate, 'lr-too-high is a candidate');
    const expected = lowestMean(FIT_THEN_CLIMB, 5, FIT_THEN_CLIMB.length - 3);
    assert.equal(candidate.standingBar, expected);
    assert.equal(fittedBestBefore(ctx), expected);
    assert.ok(expected < 0.016, String(expected));
  });

  it('sets no bar on a climb from a run that had not fitted', () => {
    const [candidate] = lrTooHigh(contextFor(UNFITTED_CLIMB), layers());
    assert.ok(candidate, 'lr-too-high is a candidate');
    assert.equal(candidate.standingBar, undefined);
  });

  it('sets no bar when the evidence is a huge update, not a climb', () => {
    const [candidate] = lrTooHigh(contextFor(FIT_THEN_CLIMB), layers({ 0: { updateRatio: 0.5 } }));
    assert.ok(candidate, 'lr-too-high is a candidate');
    assert.equal(candidate.standingBar, undefined);
  });
});

describe('an advice trial with a bar', () => {
  const EPOCHS = 4;
  const text = specText({ training: { epochs: 50, batchSize: 4 } });
  const check = checkSpec(text, { specDir: ROOT, workspaceRoot: ROOT });
  assert.ok(check.spec && check.dataset, 'the spec loads');
  const variant: FixVariant = { title: 'Set "lr" to 0.001', preferred: true, text, parsed: check.parsed, spec: check.spec, dataset: check.dataset, lossScale: 1 };
  const trainer = new Trainer(check.spec, check.dataset, { instrument: false });
  const fix = Array.from({ length: EPOCHS }, () => trainer.trainEpoch().loss);
  const standing = fix.slice(-5).reduce((a, b) => a + b, 0) / Math.min(5, fix.length);
  // The run as written stands ten times higher now (the top of its climb): the fix beats it by far.
  const base = { kind: 'run' as const, losses: fix.map((l) => 10 * l), valLosses: [] };

  const verdict = (bar?: number) => {
    const trial = new TrainingTrial([variant], base, EPOCHS, 0.1, undefined, undefined, bar);
    trial.advance(() => true);
    return trial.verdict;
  };

  it('confirms the fix without a bar, and with one it stands under', () => {
    assert.equal(verdict().helped?.title, variant.title);
    assert.equal(verdict(2 * standing).helped?.title, variant.title);
  });

  it('does not confirm a fix that stands above where the run stood before its climb', () => {
    const v = verdict(standing / 2);
    assert.equal(v.helped, undefined);
    assert.equal(v.tried.length, 1);
  });
});
