import { strict as assert } from 'assert';
import { baselineLoss, flipFraction, maxUpdateRatio, medianSwing, referenceLoss, riseFromBest, riseMultiple, windowBestRatio, windowImprovement } from '../../../src/diagnosis/detectors';
import { Trainer } from '../../../src/engine';
import type { Dataset } from '../../../src/spec/dataset';
import { parseSpec } from '../../../src/spec/parse';
import type { ModelSpec } from '../../../src/spec/types';
import { layers, specText } from './detectors-helpers';

const close = (actual: number | undefined, expected: number, what: string) => assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

describe('detector statistics', () => {
  it('windowImprovement: best before the window minus best now, over the reference; undefined until the window is full', () => {
    assert.equal(windowImprovement([1, 0.9, 0.8], 3, 1), undefined);
    close(windowImprovement([1, 0.9, 0.8, 0.7], 3, 1), 0.3, 'falling');
    close(windowImprovement([0.5, 0.9, 0.8, 0.7], 3, 2), 0, 'no new best');
  });

  it('windowBestRatio: the best loss of the window over the reference', () => {
    assert.equal(windowBestRatio([1, 2], 3, 1), undefined);
    close(windowBestRatio([0.1, 2, 0.8, 0.6], 3, 2), 0.3, 'earlier best ignored');
  });

  it('flipFraction: direction changes among consecutive changes of the window', () => {
    assert.equal(flipFraction([1, 2, 1], 3), undefined);
    close(flipFraction([1, 2, 1, 2], 3), 1, 'alternating');
    close(flipFraction([4, 3, 2, 1], 3), 0, 'steady fall');
    close(flipFraction([1, 2, 3, 2, 3], 3), 1, 'last three changes: +, −, +');
  });

  it('medianSwing: the median size of the window\'s changes over the reference, so one spike does not count', () => {
    close(medianSwing([1, 1.1, 1, 5, 5.1], 4, 2), 0.1 / 2, 'spike ignored');
    assert.equal(medianSwing([1, 2], 2, 1), undefined);
  });

  it('riseFromBest: the lowest of the last three losses above the best before them, over the reference', () => {
    assert.equal(riseFromBest([1, 2, 3], 1), undefined);
    close(riseFromBest([0.5, 0.2, 0.6, 0.7, 0.8], 2), (0.6 - 0.2) / 2, 'climbing');
    assert.ok(riseFromBest([1, 0.8, 0.6, 0.4, 0.2], 1)! < 0, 'a falling loss has a negative rise');
    close(riseFromBest([0.2, 0.5, 0.9, 0.3, 0.9], 1), 0.1, 'the lowest recent epoch decides');
  });

  it('riseMultiple: the lowest of the last three losses over the best before them', () => {
    assert.equal(riseMultiple([1, 2, 3]), undefined);
    close(riseMultiple([0.5, 0.2, 0.6, 0.7, 0.8]), 3, 'three times the best');
    assert.equal(riseMultiple([0, 1, 1, 1]), undefined, 'no multiple of a zero best');
  });

  it('maxUpdateRatio: the largest over the layers, NaN if any is NaN', () => {
    assert.equal(maxUpdateRatio(layers({ 1: { updateRatio: 0.3 } })), 0.3);
    assert.ok(Number.isNaN(maxUpdateRatio(layers({ 0: { updateRatio: NaN } }))));
    assert.equal(maxUpdateRatio([]), 0);
  });
});

/** A spec with the test base's layers, the given loss and output units. */
function specWith(loss: string, units: number, activation: string): ModelSpec {
  const parsed = parseSpec(specText({ loss, layers: [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units, activation }] }));
  assert.ok(parsed.spec, JSON.stringify(parsed.diagnostics));
  return parsed.spec;
}

function classification(labels: number[], classes: number): Dataset {
  return { samples: labels.length, inputs: 1, x: new Float64Array(labels), featureNames: ['x0'], task: 'classification', labels: Int32Array.from(labels), classes, targetColumns: 1, targetNames: ['y'] };
}

describe('baseline and reference losses', () => {
  it('cce: the entropy of the class prior', () => {
    close(baselineLoss(specWith('cce', 3, 'softmax'), classification([0, 1, 2, 0, 1, 2], 3)), Math.log(3), 'uniform over 3');
  });

  it('bce with one output: the binary entropy of the positive rate', () => {
    const p = 0.25;
    close(baselineLoss(specWith('bce', 1, 'sigmoid'), classification([1, 0, 0, 0], 2)), -(p * Math.log(p) + (1 - p) * Math.log(1 - p)), 'rate 1/4');
  });

  it('mse on regression targets: their variance; constant targets have no usable baseline', () => {
    const regression = (targets: number[]): Dataset => ({ samples: targets.length, inputs: 1, x: new Float64Array(targets.length), featureNames: ['x0'], task: 'regression', targets: Float64Array.from(targets), targetColumns: 1, targetNames: ['y'] });
    close(baselineLoss(specWith('mse', 1, 'linear'), regression([1, 3, 1, 3])), 1, 'variance of ±1 around 2');
    assert.equal(baselineLoss(specWith('mse', 1, 'linear'), regression([2, 2, 2])), undefined);
  });

  it('the reference is the lower of the baseline and the untrained network\'s loss', () => {
    const spec = specWith('bce', 1, 'sigmoid');
    const data = classification([0, 1, 1, 0, 1, 0, 0, 1], 2);
    const untrained = new Trainer(spec, data).evaluate('train').loss;
    const reference = referenceLoss(spec, data, new Trainer(spec, data));
    assert.ok(reference);
    assert.equal(reference.loss, Math.min(untrained, Math.LN2));
    assert.match(reference.what, untrained < Math.LN2 ? /untrained/ : /class prior/);
  });
});
