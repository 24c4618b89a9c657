import { strict as assert } from 'assert';
import { Trainer } from '../../../src/engine';
import { DropoutLayer } from '../../../src/engine/dropout';
import { Random } from '../../../src/engine/random';
import { dense, dropout, makeSpec, randomClassification, randomFeatures } from './helpers';

const ROWS = 100, UNITS = 50;

function layer(rate: number): DropoutLayer {
  return new DropoutLayer(dropout(rate), 1, UNITS, ROWS, 'float64', new Random(5));
}

describe('engine dropout', () => {
  it('training: keeps each value with probability 1 − rate, scaled by 1/(1 − rate)', () => {
    const input = randomFeatures(ROWS * UNITS, 1, 1).map((v) => v + 2);
    const out = layer(0.3).forward(input, ROWS, 'train');
    let kept = 0;
    for (let i = 0; i < input.length; i++) {
      if (out[i] === 0) continue;
      kept++;
      assert.ok(Math.abs(out[i] - input[i] / 0.7) < 1e-12, `value ${i}`);
    }
    assert.ok(Math.abs(kept / input.length - 0.7) < 0.03, `kept ${kept / input.length}`);
  });

  it('backward applies the same mask and scale as the forward pass', () => {
    const d = layer(0.5);
    const input = randomFeatures(ROWS * UNITS, 1, 2).map((v) => v + 2);
    const out = d.forward(input, ROWS, 'train');
    const upstream = randomFeatures(ROWS * UNITS, 1, 3);
    d.gradOutput.set(upstream);
    const gradInput = new Float64Array(ROWS * UNITS);
    d.backward(input, ROWS, gradInput);
    // The layer is linear for a fixed mask, so dL/dx = g · out/x exactly.
    for (let i = 0; i < input.length; i++) assert.ok(Math.abs(gradInput[i] - (upstream[i] * out[i]) / input[i]) < 1e-12);
  });

  it('evaluation and gradient checks pass the input through untouched', () => {
    const input = randomFeatures(ROWS * UNITS, 1, 4);
    const d = layer(0.9);
    assert.equal(d.forward(input, ROWS, 'eval'), input);
    assert.equal(d.forward(input, ROWS, 'check'), input);
    const gradInput = new Float64Array(ROWS * UNITS);
    d.gradOutput.set(input);
    d.backward(input, ROWS, gradInput);
    assert.deepEqual(gradInput, input);
  });

  it('a trained network predicts the same with or without dropout layers at initialisation', () => {
    const data = randomClassification(30, 3, 2, 5);
    const withDropout = new Trainer(makeSpec([dropout(0.4), dense(6, 'relu'), dropout(0.4), dense(1, 'sigmoid')], { loss: 'bce' }), data);
    const without = new Trainer(makeSpec([dense(6, 'relu'), dense(1, 'sigmoid')], { loss: 'bce' }), data);
    assert.deepEqual(withDropout.predict(data.x, 30), without.predict(data.x, 30));
    assert.notEqual(withDropout.trainStep().loss, without.trainStep().loss, 'but training applies the masks');
  });
});
