import { strict as assert } from 'assert';
import { EngineError, initialGradients, Trainer } from '../../../src/engine';
import type { ModelSpec } from '../../../src/spec/types';
import { dense, dropout, makeSpec, randomClassification, regression, xorData } from './helpers';

function stepLosses(trainer: Trainer, steps: number): number[] {
  return Array.from({ length: steps }, () => trainer.trainStep().loss);
}

function xorSpec(overrides: Partial<ModelSpec> = {}): ModelSpec {
  return makeSpec([dense(16, 'tanh', { init: { name: 'xavier_uniform' } }), dense(16, 'tanh', { init: { name: 'xavier_uniform' } }), dense(1, 'sigmoid', { init: { name: 'xavier_uniform' } })], {
    loss: 'bce',
    optimizer: { type: 'adam', lr: 0.02 },
    training: { batchSize: 16, validationSplit: 0.2 },
    ...overrides,
  });
}

describe('engine trainer', () => {
  it('is deterministic: same spec, seed and data give bit-identical losses', () => {
    const spec = makeSpec([dense(8, 'relu'), dropout(0.3), dense(6, 'tanh', { batchNorm: true }), dense(3, 'softmax')], {
      loss: 'cce', optimizer: { type: 'adam', lr: 0.01, clipNorm: 1, weightDecay: 1e-3 }, training: { batchSize: 10, validationSplit: 0.25 },
    });
    const data = randomClassification(57, 4, 3, 1);
    const a = new Trainer(spec, data), b = new Trainer(spec, data);
    assert.deepEqual(stepLosses(a, 40), stepLosses(b, 40));
    assert.deepEqual(a.trainEpoch(), b.trainEpoch());
    assert.deepEqual(a.predict(data.x, data.samples), b.predict(data.x, data.samples));
  });

  it('an epoch trained in one call reports the same statistics as the same epoch trained step by step', () => {
    for (const optimizer of [{ type: 'sgd' as const, lr: 0.3 }, { type: 'sgd' as const, lr: 0.1, momentum: 0.9 }, { type: 'adam' as const, lr: 0.01 }]) {
      const spec = makeSpec([dense(8, 'sigmoid'), dense(4, 'relu'), dense(1, 'sigmoid')], { optimizer, training: { batchSize: 8, validationSplit: 0.2 } });
      const data = randomClassification(50, 3, 2, 9);
      const whole = new Trainer(spec, data), stepwise = new Trainer(spec, data);
      for (let epoch = 0; epoch < 3; epoch++) {
        const expected = whole.trainEpoch();
        for (let s = 0; s < stepwise.stepsPerEpoch; s++) stepwise.trainStep();
        assert.deepEqual(stepwise.completedEpoch(), expected, `${optimizer.type}, epoch ${epoch}`);
      }
    }
  });

  it('plain SGD applied by the layers during backward gives the same weights as the optimizer applying it', () => {
    // Uninstrumented epochs fuse every step; instrumented trainStep never does (it reports each step's norms).
    const cases = [
      makeSpec([dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], { optimizer: { lr: 0.3 }, training: { batchSize: 16 } }),
      makeSpec([dense(70, 'relu'), dropout(0.2), dense(5, 'tanh'), dense(3, 'softmax')], { loss: 'cce', optimizer: { lr: 0.05, weightDecay: 0.01 }, training: { batchSize: 16, validationSplit: 0.2 } }),
    ];
    for (const spec of cases) {
      const data = randomClassification(60, 3, spec.loss === 'cce' ? 3 : 2, 4);
      const fused = new Trainer(spec, data, { instrument: false }), stepwise = new Trainer(spec, data);
      for (let epoch = 0; epoch < 4; epoch++) {
        fused.trainEpoch();
        for (let s = 0; s < stepwise.stepsPerEpoch; s++) stepwise.trainStep();
      }
      assert.deepEqual(fused.predict(data.x, data.samples), stepwise.predict(data.x, data.samples));
      assert.deepEqual(fused.evaluate('train'), stepwise.evaluate('train'));
    }
  });

  it('a different seed gives a different run', () => {
    const data = randomClassification(40, 3, 2, 2);
    const spec = xorSpec();
    assert.notDeepEqual(stepLosses(new Trainer(spec, data), 10), stepLosses(new Trainer({ ...spec, seed: 8 }, data), 10));
  });

  it('learns XOR-like data to high accuracy', () => {
    const data = xorData(400, 3);
    const trainer = new Trainer(xorSpec(), data);
    let last = trainer.trainEpoch();
    for (let e = 1; e < 60; e++) last = trainer.trainEpoch();
    assert.ok(last.accuracy! > 0.95, `train accuracy ${last.accuracy}`);
    assert.ok(last.valAccuracy! > 0.9, `validation accuracy ${last.valAccuracy}`);
    assert.ok(trainer.evaluate('train').accuracy! > 0.95);
  });

  it('fits a regression', () => {
    const data = regression(300, 2, 4, (r) => [Math.sin(2 * r[0]) + 0.5 * r[1]]);
    const spec = makeSpec([dense(32, 'tanh'), dense(1, 'linear')], { optimizer: { type: 'adam', lr: 0.01 }, training: { batchSize: 20 } });
    const trainer = new Trainer(spec, data);
    const before = trainer.evaluate('train').loss;
    for (let e = 0; e < 150; e++) trainer.trainEpoch();
    const after = trainer.evaluate('train').loss;
    assert.ok(after < 0.005 && after < before / 50, `mse ${before} → ${after}`);
  });

  it('counts steps and epochs, with a smaller last batch', () => {
    const data = randomClassification(50, 2, 2, 5);
    const spec = makeSpec([dense(4, 'relu'), dense(1, 'sigmoid')], { loss: 'bce', training: { batchSize: 16, validationSplit: 0.1 } });
    const trainer = new Trainer(spec, data);
    assert.equal(trainer.stepsPerEpoch, 3);
    const first = trainer.trainStep();
    assert.deepEqual([first.epoch, first.step, trainer.epoch, trainer.step], [0, 1, 0, 1]);
    assert.equal(trainer.completedEpoch(), undefined);
    trainer.trainStep();
    const last = trainer.trainStep();
    assert.deepEqual([last.epoch, last.step, trainer.epoch, trainer.samplesSeen], [0, 3, 1, 45]);
    assert.equal(trainer.completedEpoch()?.epoch, 0);
    const next = trainer.trainEpoch();
    assert.deepEqual([next.epoch, next.steps, trainer.epoch, trainer.step], [1, 3, 2, 6]);
    trainer.trainStep();
    assert.equal(trainer.completedEpoch(), undefined);
    assert.equal(trainer.trainEpoch().epoch, 2, 'trainEpoch finishes the epoch in progress');
    assert.equal(trainer.step, 9);
  });

  it('reports the epoch loss as the mean over samples: a short last batch weighs its rows, not a whole batch', () => {
    const data = randomClassification(50, 2, 2, 5);
    const spec = makeSpec([dense(4, 'relu'), dense(1, 'sigmoid')], { loss: 'bce', training: { batchSize: 16, validationSplit: 0.1 } });
    const trainer = new Trainer(spec, data);
    const losses = [trainer.trainStep().loss, trainer.trainStep().loss, trainer.trainStep().loss];
    const perSample = (16 * losses[0] + 16 * losses[1] + 13 * losses[2]) / 45;
    const epochLoss = trainer.completedEpoch()?.loss ?? NaN;
    assert.ok(Math.abs(epochLoss - perSample) <= 1e-12 * perSample, `${epochLoss} vs ${perSample}`);
    assert.notEqual(epochLoss, (losses[0] + losses[1] + losses[2]) / 3);
  });

  it('holds out a validation set of at least one sample and reports its metrics', () => {
    const data = randomClassification(10, 2, 2, 6);
    const spec = makeSpec([dense(3, 'tanh'), dense(2, 'softmax')], { loss: 'cce', training: { batchSize: 4, validationSplit: 0.01 } });
    const trainer = new Trainer(spec, data);
    assert.equal(trainer.stepsPerEpoch, 3, '9 training samples');
    const epoch = trainer.trainEpoch();
    assert.equal(epoch.valLoss, trainer.evaluate('validation').loss);
    assert.ok([0, 1].includes(epoch.valAccuracy!));
    const noSplit = new Trainer(makeSpec(spec.layers, { loss: 'cce' }), data);
    assert.equal(noSplit.trainEpoch().valLoss, undefined);
    assert.throws(() => noSplit.evaluate('validation'), EngineError);
  });

  it('estimates a loss on at most maxRows training rows, evenly spaced through the set', () => {
    const data = regression(12, 2, 5, (row) => [row[0] * 3 - row[1]]);
    const spec = makeSpec([dense(4, 'tanh'), dense(1, 'linear')], { loss: 'mse' });
    const trainer = new Trainer(spec, data);
    assert.deepEqual(trainer.evaluate('train', 12), trainer.evaluate('train'));
    // Rows 0, 3, 6 and 9, in a network initialised the same way (the seed, not the data, sets the weights).
    const picked = [0, 3, 6, 9];
    const subset = {
      ...data, samples: 4,
      x: Float64Array.from(picked.flatMap((r) => Array.from(data.x.subarray(r * 2, r * 2 + 2)))),
      targets: Float64Array.from(picked.map((r) => data.targets![r])),
    };
    assert.equal(trainer.evaluate('train', 4).loss, new Trainer(spec, subset).evaluate('train').loss);
    assert.notEqual(trainer.evaluate('train', 4).loss, trainer.evaluate('train').loss);
  });

  it('evaluates and predicts in eval mode: batch norm uses running statistics, independent of the batch', () => {
    const data = randomClassification(64, 3, 3, 7);
    const spec = makeSpec([dense(8, 'relu', { batchNorm: true }), dropout(0.5), dense(3, 'softmax')], { loss: 'cce', training: { batchSize: 8 } });
    const trainer = new Trainer(spec, data);
    for (let e = 0; e < 3; e++) trainer.trainEpoch();
    const all = trainer.predict(data.x, 64);
    assert.equal(all.length, 64 * 3);
    const single = trainer.predict(data.x.slice(9 * 3, 10 * 3), 1);
    assert.deepEqual(Array.from(single), Array.from(all.subarray(27, 30)));
    for (let r = 0; r < 64; r++) assert.ok(Math.abs(all[3 * r] + all[3 * r + 1] + all[3 * r + 2] - 1) < 1e-6);
    assert.deepEqual(trainer.predict(data.x, 64), all, 'no dropout at evaluation');
    assert.deepEqual(trainer.evaluate('train'), trainer.evaluate('train'));
    assert.throws(() => trainer.predict(data.x, 63), EngineError);
  });

  it('float32 training follows float64 closely', () => {
    const data = regression(40, 3, 8, (r) => [r[0] - r[1] * r[2]]);
    const spec = makeSpec([dense(10, 'elu'), dense(1, 'linear')], { optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: { batchSize: 8 } });
    const single = stepLosses(new Trainer(spec, data), 25), double = stepLosses(new Trainer(spec, data, { dtype: 'float64' }), 25);
    single.forEach((loss, i) => assert.ok(Math.abs(loss - double[i]) <= 1e-4 * double[i], `step ${i}: ${loss} vs ${double[i]}`));
  });

  it('instrument: false trains identically and skips the statistics', () => {
    const data = randomClassification(30, 2, 2, 9);
    const spec = xorSpec();
    const bare = new Trainer(spec, data, { instrument: false }), full = new Trainer(spec, data);
    const step = bare.trainStep();
    assert.deepEqual(step.layers, []);
    assert.equal(step.loss, full.trainStep().loss);
    assert.deepEqual(stepLosses(bare, 10), stepLosses(full, 10));
    assert.deepEqual(bare.trainEpoch().layers, []);
  });

  it('reports the parameter count', () => {
    const spec = makeSpec([dense(5, 'relu', { batchNorm: true }), dropout(0.2), dense(2, 'linear')]);
    assert.equal(new Trainer(spec, regression(8, 3, 1, (r) => [r[0], r[1]])).parameterCount(), 4 * 5 + 2 * 5 + 6 * 2);
  });
});

describe('engine layer statistics', () => {
  it('gradient, weight and update norms of the first step match the initial gradients', () => {
    const data = regression(20, 3, 10, (r) => [r[0] * 2]);
    const spec = makeSpec([dense(4, 'tanh'), dense(1, 'linear')], { optimizer: { lr: 0.1 }, training: { batchSize: 8, shuffle: false } });
    const reference = initialGradients(spec, data);
    const stats = new Trainer(spec, data, { dtype: 'float64' }).trainStep().layers;
    reference.layers.forEach((layer, l) => {
      const sq = (m: number[][]) => m.flat().reduce((s, v) => s + v * v, 0);
      const after = layer.W.map((row, p) => row.map((w, j) => w - 0.1 * layer.dW[p][j]));
      const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, b), `${what}: ${a} vs ${b}`);
      close(stats[l].gradNorm, Math.sqrt(sq(layer.dW) + sq([layer.db])), 'gradNorm');
      close(stats[l].weightNorm, Math.sqrt(sq(after)), 'weightNorm');
      close(stats[l].updateRatio, (0.1 * Math.sqrt(sq(layer.dW))) / Math.sqrt(sq(after)), 'updateRatio');
      assert.equal(stats[l].index, layer.index);
    });
    assert.deepEqual(stats.map((s) => s.name), ['dense_0', 'dense_1']);
  });

  it('dead relu: a layer with bias −10 is fully dead, a healthy one is not', () => {
    const data = randomClassification(64, 4, 2, 11);
    const spec = makeSpec(
      [dense(16, 'relu', { bias: -10, init: { name: 'normal', std: 0.01 }, name: 'dead' }), dense(16, 'relu', { bias: 0.1 }), dense(16, 'relu', { name: 'healthy' }), dense(1, 'sigmoid')],
      { loss: 'bce', training: { batchSize: 16 } },
    );
    const epoch = new Trainer(spec, data).trainEpoch();
    const [dead, , healthy] = epoch.layers;
    assert.equal(dead.name, 'dead');
    assert.equal(dead.deadFraction, 1);
    assert.ok(healthy.deadFraction! < 0.5, `healthy layer dead fraction ${healthy.deadFraction}`);
    assert.equal(epoch.layers[3].deadFraction, undefined);
  });

  it('dead fraction is per epoch: units that fire in any batch count as alive', () => {
    // Alternating batches of x = +1 and x = −1: each relu unit fires in one kind of batch only.
    const x = Float64Array.from({ length: 32 }, (_, i) => (Math.floor(i / 4) % 2 === 0 ? 1 : -1));
    const data = { ...regression(32, 1, 1, () => [0]), x };
    const spec = makeSpec([dense(8, 'relu', { init: { name: 'uniform', limit: 1 } }), dense(1, 'linear')], { optimizer: { lr: 0 }, training: { batchSize: 4, shuffle: false } });
    const trainer = new Trainer(spec, data);
    const firstStep = trainer.trainStep().layers[0].deadFraction!;
    assert.ok(firstStep > 0 && firstStep < 1, `after one batch ${firstStep}`);
    assert.equal(trainer.trainEpoch().layers[0].deadFraction, 0);
  });

  it('saturation: sigmoid and tanh layers with huge weights are saturated, small ones are not', () => {
    const data = randomClassification(32, 4, 2, 12);
    const big = { init: { name: 'normal' as const, std: 100 } }, small = { init: { name: 'normal' as const, std: 0.01 } };
    const spec = makeSpec([dense(8, 'sigmoid', big), dense(8, 'tanh', big), dense(8, 'tanh', small), dense(1, 'sigmoid', small)], { loss: 'bce', optimizer: { lr: 0 } });
    const layers = new Trainer(spec, data).trainStep().layers;
    assert.ok(layers[0].saturatedFraction! > 0.9, String(layers[0].saturatedFraction));
    assert.ok(layers[1].saturatedFraction! > 0.9, String(layers[1].saturatedFraction));
    assert.equal(layers[2].saturatedFraction, 0);
  });
});

describe('engine refusals', () => {
  const data = randomClassification(10, 1000, 2, 13);

  it('refuses a network above maxParams before allocating it, with a clear message', () => {
    const spec = makeSpec([dense(10000, 'relu'), dense(1, 'sigmoid')], { loss: 'bce' });
    assert.throws(
      () => new Trainer(spec, data),
      (e: Error) => e instanceof EngineError && e.message === 'the network has 10,020,001 parameters, above the limit of 10,000,000 (maxParams); reduce units or raise maxParams',
    );
    // Ten billion parameters: any allocation attempt would fail with a RangeError, not an EngineError.
    const huge = makeSpec([dense(10_000_000, 'relu'), dense(1, 'sigmoid')], { loss: 'bce', maxParams: 10_000_000 });
    assert.throws(() => new Trainer(huge, data), EngineError);
  });

  it('refuses impossible shapes with an EngineError naming the problem', () => {
    const small = randomClassification(4, 2, 2, 14);
    const cases: [ModelSpec, typeof small, RegExp][] = [
      [makeSpec([dense(0, 'relu'), dense(1, 'sigmoid')], { loss: 'bce' }), small, /layer 0 has 0 units/],
      [makeSpec([dense(1, 'sigmoid')], { loss: 'bce' }), { ...small, samples: 0, x: new Float64Array(0), labels: new Int32Array(0) }, /0 samples/],
      [makeSpec([dense(2, 'relu'), dropout(0.5)]), small, /last layer must be dense/],
      [makeSpec([]), small, /no layers/],
      [makeSpec([dense(1, 'sigmoid')], { loss: 'bce', training: { batchSize: 0 } }), small, /batchSize/],
      [makeSpec([dense(1, 'sigmoid')], { loss: 'bce', training: { validationSplit: 0.5 } }), { ...small, samples: 1, x: new Float64Array(2), labels: new Int32Array(1) }, /at least 2 samples/],
      [makeSpec([dense(3, 'softmax')], { loss: 'cce' }), small, /3 units but the data has 2 classes/],
      [makeSpec([dense(1, 'sigmoid')], { loss: 'bce' }), { ...small, x: new Float64Array(3) }, /not samples × inputs/],
    ];
    for (const [spec, d, message] of cases) assert.throws(() => new Trainer(spec, d), (e: Error) => e instanceof EngineError && message.test(e.message), String(message));
  });
});
