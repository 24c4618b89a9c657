import { strict as assert } from 'assert';
import { initialGradients } from '../../../src/engine';
import { initializeWeights } from '../../../src/engine/init';
import { Random } from '../../../src/engine/random';
import type { InitSpec } from '../../../src/spec/types';
import { dense, makeSpec, randomClassification } from './helpers';

const FAN_IN = 400, FAN_OUT = 300;

function sample(init: InitSpec): { mean: number; std: number; maxAbs: number; values: Float64Array } {
  const w = new Float64Array(FAN_IN * FAN_OUT);
  initializeWeights(init, w, FAN_IN, FAN_OUT, new Random(3));
  const mean = w.reduce((s, v) => s + v, 0) / w.length;
  const std = Math.sqrt(w.reduce((s, v) => s + (v - mean) ** 2, 0) / w.length);
  const maxAbs = w.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return { mean, std, maxAbs, values: w };
}

const NORMAL: [InitSpec, number][] = [
  [{ name: 'he_normal' }, Math.sqrt(2 / FAN_IN)],
  [{ name: 'xavier_normal' }, Math.sqrt(2 / (FAN_IN + FAN_OUT))],
  [{ name: 'lecun_normal' }, Math.sqrt(1 / FAN_IN)],
  [{ name: 'normal' }, 0.05],
  [{ name: 'normal', std: 0.3 }, 0.3],
];
const UNIFORM: [InitSpec, number][] = [
  [{ name: 'he_uniform' }, Math.sqrt(6 / FAN_IN)],
  [{ name: 'xavier_uniform' }, Math.sqrt(6 / (FAN_IN + FAN_OUT))],
  [{ name: 'uniform' }, 0.05],
  [{ name: 'uniform', limit: 0.7 }, 0.7],
];

describe('engine initialisation', () => {
  for (const [init, std] of NORMAL) {
    it(`${init.name}${init.std ? ` (std ${init.std})` : ''}: zero mean, std ${std.toPrecision(3)}`, () => {
      const s = sample(init);
      assert.ok(Math.abs(s.std / std - 1) < 0.01, `std ${s.std}, expected ${std}`);
      assert.ok(Math.abs(s.mean) < 0.01 * std, `mean ${s.mean}`);
      assert.ok(s.maxAbs > 3.5 * std, 'a normal this large has tails beyond 3.5σ');
    });
  }

  for (const [init, limit] of UNIFORM) {
    it(`${init.name}${init.limit ? ` (limit ${init.limit})` : ''}: uniform in ±${limit.toPrecision(3)}`, () => {
      const s = sample(init);
      assert.ok(s.maxAbs <= limit && s.maxAbs > 0.999 * limit, `max |w| ${s.maxAbs}, limit ${limit}`);
      assert.ok(Math.abs(s.std / (limit / Math.sqrt(3)) - 1) < 0.01, `std ${s.std}`);
      assert.ok(Math.abs(s.mean) < 0.01 * limit);
    });
  }

  it('zeros and constant fill every weight', () => {
    assert.ok(sample({ name: 'zeros' }).values.every((v) => v === 0));
    assert.ok(sample({ name: 'constant', value: 0.25 }).values.every((v) => v === 0.25));
    assert.ok(sample({ name: 'constant' }).values.every((v) => v === 0));
  });

  it('biases start at the layer bias; the same seed gives the same weights', () => {
    const spec = makeSpec([dense(3, 'relu', { bias: 0.1 }), dense(2, 'linear', { bias: -0.5 })], { training: { batchSize: 4 } });
    const data = randomClassification(8, 2, 2, 1);
    const a = initialGradients(spec, data);
    assert.deepEqual(a.layers[0].b, [0.1, 0.1, 0.1]);
    assert.deepEqual(a.layers[1].b, [-0.5, -0.5]);
    assert.deepEqual(initialGradients(spec, data).layers[0].W, a.layers[0].W);
    assert.notDeepEqual(initialGradients({ ...spec, seed: 8 }, data).layers[0].W, a.layers[0].W);
  });
});
