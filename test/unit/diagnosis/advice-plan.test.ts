/**
 * The rules the probe's and the training-time advice trials share (`advice-plan.ts`, issue #4
 * review): which spec a finding's fixes are tried on, and when a fix helps.
 */
import { strict as assert } from 'assert';
import { fixHelps, lowersDropout, siblingsFixed } from '../../../src/diagnosis/advice-plan';
import type { Diagnostic } from '../../../src/spec/types';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const spec = {
  layers: [
    { type: 'dense', units: 4, activation: 'relu' },
    { type: 'dense', units: 4, activation: 'relu' },
    { type: 'dropout', rate: 0.9 },
  ],
};
const text = JSON.stringify(spec, null, 2);
const dead = (layer: number): Diagnostic => ({
  code: 'dead-relu', severity: 'warning', message: `layer ${layer} dead`, path: `/layers/${layer}/activation`, range,
  suggestions: [{ title: 'Set "bias" to 0.01', path: `/layers/${layer}/bias`, value: 0.01, preferred: true }],
});

describe('advice plan', () => {
  it('fixHelps: by the gain on a finite base; any finite loss beats a non-finite base; a non-finite fix never helps', () => {
    assert.equal(fixHelps(0.9, 1, 0.1), true);
    assert.equal(fixHelps(0.91, 1, 0.1), false);
    assert.equal(fixHelps(1, Infinity, 0.1), true);
    assert.equal(fixHelps(Infinity, Infinity, 0.1), false, 'the training trial used to count ∞ ≤ ∞ as helping');
    assert.equal(fixHelps(NaN, 1, 0.1), false);
  });

  it('siblingsFixed applies the other same-code findings\' preferred fixes, named by the path the fix edits', () => {
    const plateau: Diagnostic = { ...dead(0), code: 'loss-plateau', path: '/layers' };
    const { text: fixed, alongside } = siblingsFixed([dead(0), dead(1), plateau], 0, text);
    assert.deepEqual(alongside, ['Set "bias" to 0.01 at /layers/1/bias']);
    const layers = JSON.parse(fixed).layers;
    assert.equal(layers[1].bias, 0.01);
    assert.equal(layers[0].bias, undefined, 'the finding\'s own fix is not applied');
    assert.deepEqual(siblingsFixed([dead(0)], 0, text), { text, alongside: [] });
  });

  it('siblingsFixed leaves out a sibling fix the finding offers too (the rate): the base must not hold the finding\'s own fix', () => {
    const rate = (layer: number): Diagnostic => ({ ...dead(layer), suggestions: [{ title: 'Set "lr" to 0.01', path: '/optimizer/lr', value: 0.01, preferred: true }] });
    const withOptimizer = JSON.stringify({ ...spec, optimizer: { type: 'sgd', lr: 1 } }, null, 2);
    assert.deepEqual(siblingsFixed([rate(0), rate(1)], 0, withOptimizer), { text: withOptimizer, alongside: [] });
  });

  it('lowersDropout: only a fix that edits a layer\'s dropout rate', () => {
    const plateau: Diagnostic = {
      ...dead(0), code: 'loss-plateau', path: '/layers',
      suggestions: [{ title: 'Set the dropout "rate" to 0.5', path: '/layers/2/rate', value: 0.5, preferred: true }, { title: 'Remove "weightDecay"', path: '/optimizer/weightDecay', value: undefined }],
    };
    assert.equal(lowersDropout(plateau, 'Set the dropout "rate" to 0.5'), true);
    assert.equal(lowersDropout(plateau, 'Remove "weightDecay"'), false);
    assert.equal(lowersDropout(dead(0), 'Set "bias" to 0.01'), false);
  });
});
