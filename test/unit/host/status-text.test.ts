import * as assert from 'assert';
import type { Progress } from '../../../src/protocol';
import { statusText, statusTooltip } from '../../../src/status-text';

const TRAINING: Progress = { state: 'training', epoch: 2, totalEpochs: 20, step: 300, samplesPerSec: 12000 };

describe('status bar text', () => {
  it('shows epoch, loss and rate while training, and a dash for the rate while paused', () => {
    assert.equal(statusText(TRAINING, 0.41234), '$(sync~spin) epoch 3/20 · loss 0.412 · 12,000 samples/s');
    assert.equal(statusText({ ...TRAINING, state: 'paused' }, undefined), '$(debug-pause) epoch 3/20 · loss – · – samples/s');
  });

  it('names the warning whose fix is being tried in place of the rate, and the fix in the tooltip', () => {
    const p: Progress = { ...TRAINING, trial: { code: 'dead-relu', fix: 'Set "bias" to 0.01' } };
    assert.equal(statusText(p, 0.5), '$(sync~spin) epoch 3/20 · loss 0.500 · $(beaker) trying a fix for dead-relu');
    assert.equal(statusTooltip(p, 'xor'), 'NN Debugger: xor is training. An advice trial is trying Set "bias" to 0.01 to decide whether to show dead-relu. Click to show the training panel.');
    assert.equal(statusTooltip(TRAINING, 'xor'), 'NN Debugger: xor is training. Click to show the training panel.');
  });
});
