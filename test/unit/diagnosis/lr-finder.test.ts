import { strict as assert } from 'assert';
import { findLearningRate, LR_FINDER_DEFAULTS, minimumRule, suggest, type LrFinderPoint } from '../../../src/diagnosis/lr-finder';
import { checkFile, specsIn } from '../helpers';

/** Specs whose own learning rate trains well (the unit tests train them clean): known-good answers. */
const KNOWN_GOOD = [...specsIn('examples').filter((f) => !f.includes('broken')), ...specsIn('test/fixtures/healthy')];

function finderOn(file: string) {
  const check = checkFile(file);
  assert.ok(check.spec && check.dataset);
  return { spec: check.spec, result: findLearningRate(check.spec, check.dataset) };
}

describe('learning-rate finder', () => {
  for (const file of KNOWN_GOOD) {
    it(`${file}: suggests a rate within 10× of the spec's known-good one`, () => {
      const { spec, result } = finderOn(file);
      assert.ok(result.suggestion !== undefined, 'a suggestion');
      const factor = Math.max(result.suggestion / spec.optimizer.lr, spec.optimizer.lr / result.suggestion);
      assert.ok(factor <= 10, `suggested ${result.suggestion} for a spec that trains well at ${spec.optimizer.lr}`);
    });
  }

  it('sweeps exponentially from 1e-7, one step per rate, rates strictly increasing', () => {
    const { result } = finderOn('examples/xor.nn.json');
    const lrs = result.points.map((p) => p.lr);
    assert.equal(lrs[0], LR_FINDER_DEFAULTS.startLr);
    assert.equal(result.stoppedEarly, false);
    assert.equal(lrs.length, LR_FINDER_DEFAULTS.steps);
    assert.ok(Math.abs(lrs[lrs.length - 1] / LR_FINDER_DEFAULTS.endLr - 1) < 1e-9);
    const growth = lrs[1] / lrs[0];
    for (let i = 1; i < lrs.length; i++) {
      assert.ok(lrs[i] > lrs[i - 1]);
      assert.ok(Math.abs(lrs[i] / lrs[i - 1] / growth - 1) < 1e-9, 'constant ratio');
    }
  });

  it('is deterministic and leaves the spec as it was', () => {
    const check = checkFile('examples/spirals.nn.json');
    const before = structuredClone(check.spec);
    const a = findLearningRate(check.spec!, check.dataset!);
    const b = findLearningRate(check.spec!, check.dataset!);
    assert.deepEqual(a, b);
    assert.deepEqual(check.spec, before);
  });

  it('stops once the smoothed loss passes 4× the best seen', () => {
    const { result } = finderOn('test/fixtures/faults/nan-loss.nn.json');
    assert.ok(result.stoppedEarly);
    assert.ok(result.points.length < LR_FINDER_DEFAULTS.steps);
    const best = Math.min(...result.points.map((p) => p.smoothed));
    const before = result.points.slice(0, -1);
    assert.ok(before.every((p) => p.smoothed <= LR_FINDER_DEFAULTS.divergeFactor * best), 'nothing past the bound before the end');
    assert.ok(result.points.every((p) => Number.isFinite(p.smoothed)));
  });

  it('smooths the loss with a debiased moving average', () => {
    const { result } = finderOn('examples/iris.nn.json');
    const [first, second] = result.points;
    assert.equal(first.smoothed, first.loss, 'debiased: the first average is the first loss');
    const beta = LR_FINDER_DEFAULTS.smoothing;
    const expected = (beta * (1 - beta) * first.loss + (1 - beta) * second.loss) / (1 - beta * beta);
    assert.ok(Math.abs(second.smoothed - expected) < 1e-12);
  });

  it('marks the suggestion on the curve', () => {
    const { result } = finderOn('examples/sine.nn.json');
    assert.equal(result.points[result.suggestionIndex!].lr, result.suggestion);
  });
});

describe('learning-rate finder: the valley rule', () => {
  const curve = (losses: number[]): LrFinderPoint[] => losses.map((smoothed, i) => ({ lr: 10 ** (i / 10 - 7), loss: smoothed, smoothed }));

  it('takes the point halfway along the longest fall, ignoring the first tenth and the last 5 points', () => {
    // 10 noisy points (skipped), a fall over 60 points, then a rise.
    const losses = [...Array(10).fill(0).map((_, i) => (i % 2 ? 5 : 0.1)), ...Array.from({ length: 60 }, (_, i) => 2 - i / 40), ...Array.from({ length: 30 }, (_, i) => 0.6 + i / 5)];
    const { suggestionIndex } = suggest(curve(losses), 100);
    // The fall runs from index 10 to 69 (plus the first rising point is not lower): fastai's idx = start + len/3 + len/6.
    assert.ok(suggestionIndex! >= 35 && suggestionIndex! <= 42, String(suggestionIndex));
  });

  it('a loss that never falls gets no suggestion', () => {
    assert.deepEqual(suggest(curve(Array.from({ length: 100 }, (_, i) => 1 + i)), 100), {});
  });

  it('too short a curve gets no suggestion', () => {
    assert.deepEqual(suggest(curve([3, 2, 1, 0.5, 0.4, 0.3]), 100), {});
  });
});

describe('learning-rate finder: the minimum rule', () => {
  // Ten points per decade, so a tenth of a rate is ten points back.
  const curve = (losses: number[]): LrFinderPoint[] => losses.map((smoothed, i) => ({ lr: 10 ** (i / 10 - 7), loss: smoothed, smoothed }));

  it('takes the point a decade below the lowest loss', () => {
    const losses = Array.from({ length: 100 }, (_, i) => (i - 70) ** 2 / 100 + 1);
    const { minimum, minimumIndex } = minimumRule(curve(losses), 100);
    assert.equal(minimumIndex, 60);
    assert.equal(minimum, 10 ** (60 / 10 - 7));
  });

  it('ignores the first tenth and the last 5 points, as the valley rule does', () => {
    const losses = Array.from({ length: 100 }, (_, i) => (i < 10 || i >= 95 ? 0 : 2 - i / 100));
    assert.equal(minimumRule(curve(losses), 100).minimumIndex, 94 - 10);
  });

  it('a lowest loss within a decade of the start gives the first point', () => {
    const losses = Array.from({ length: 40 }, (_, i) => (i === 12 ? 0.1 : 1));
    assert.equal(minimumRule(curve(losses), 100).minimumIndex, 2);
  });

  it('too short a curve gets no minimum', () => {
    assert.deepEqual(minimumRule(curve([3, 2, 1, 0.5, 0.4, 0.3]), 100), {});
  });

  it('is found on a real sweep, on the curve', () => {
    const { result } = finderOn('examples/sine.nn.json');
    assert.ok(result.minimumIndex !== undefined && result.minimum !== undefined);
    assert.equal(result.points[result.minimumIndex].lr, result.minimum);
  });
});
