import { strict as assert } from 'assert';
import { checkSpec } from '../../../src/diagnosis/check';
import { constantFeatureNames } from '../../../src/diagnosis/rules-data';
import { noisyAdaptiveSteps } from '../../../src/diagnosis/rules-noisy-steps';
import type { Diagnostic } from '../../../src/spec/types';
import { xorSpecText } from '../helpers';

/** Checks an in-memory spec built from a base with some fields replaced. */
function check(overrides: Record<string, unknown>): Diagnostic[] {
  const text = xorSpecText(overrides);
  const result = checkSpec(text, { specDir: process.cwd(), workspaceRoot: process.cwd() });
  return result.diagnostics;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

describe('static rules', () => {
  it('accepts the healthy base spec', () => {
    assert.deepEqual(check({}), []);
  });

  describe('lr-out-of-range', () => {
    for (const [type, lr, flagged] of [
      ['adam', 0.1, false],
      ['adam', 0.2, true],
      ['adam', 1e-6, false],
      ['adam', 5e-7, true],
      ['sgd', 1, false],
      ['sgd', 2, true],
      ['sgd', 5e-6, true],
      ['rmsprop', 0.5, true],
    ] as const) {
      it(`${type} lr ${lr} ${flagged ? 'is' : 'is not'} flagged`, () => {
        const found = check({ optimizer: { type, lr } }).filter((d) => d.code === 'lr-out-of-range');
        assert.equal(found.length, flagged ? 1 : 0);
        if (flagged) assert.match(found[0].message, new RegExp(`${type}`));
      });
    }

    // Targets of root mean square 100: a linear regression's only weights must grow to that scale.
    const rawTargets = { inline: { x: [[0], [1], [2], [3]], y: [[100], [-80], [120], [90]] } };
    const regression = (layers: unknown[], optimizer: Record<string, unknown>) =>
      check({ data: rawTargets, layers, loss: 'mse', optimizer }).filter((d) => d.code === 'lr-out-of-range');
    it("scales Adam's upper bound by the targets' scale when the output layer is the whole network", () => {
      assert.deepEqual(regression([{ type: 'dense', units: 1 }], { type: 'adam', lr: 0.5 }), []);
      const far = regression([{ type: 'dense', units: 1 }], { type: 'adam', lr: 50 });
      assert.equal(far.length, 1);
      assert.match(far[0].message, /to 9\.86: 0\.1 times the targets' scale, 98\.6/);
      assert.ok(far[0].suggestions?.[0].value === 0.099, `suggested ${far[0].suggestions?.[0].value}`);
    });
    it('keeps the usual range with hidden layers, or under SGD (whose steps grow with the targets)', () => {
      const hidden = [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 1 }];
      assert.equal(regression(hidden, { type: 'adam', lr: 0.5 }).length, 1);
      assert.equal(regression([{ type: 'dense', units: 1 }], { type: 'sgd', lr: 2 }).length, 1);
      assert.equal(regression([{ type: 'dense', units: 1 }], { type: 'sgd', lr: 2, clipNorm: 1 }).length, 1, 'clipped SGD too');
    });
  });

  describe('loss-activation-mismatch', () => {
    it('flags bce on a linear output and suggests sigmoid', () => {
      const found = check({ layers: [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units: 1 }] });
      const d = found.find((x) => x.code === 'loss-activation-mismatch');
      assert.ok(d);
      assert.equal(d.path, '/layers/1/activation');
      assert.match(d.message, /sigmoid/);
    });
    it('flags cce without softmax', () => {
      const found = check({ loss: 'cce', layers: [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units: 2, activation: 'sigmoid' }] });
      assert.ok(codes(found).includes('loss-activation-mismatch'));
    });
    it('flags regression targets outside a bounded output activation', () => {
      const found = check({
        data: { inline: { x: [[0], [1], [2], [3]], y: [[0.5], [3], [7], [-2]] } },
        loss: 'mse',
        layers: [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units: 1, activation: 'sigmoid' }],
      });
      const d = found.find((x) => x.code === 'loss-activation-mismatch');
      assert.ok(d, JSON.stringify(found));
      assert.match(d.message, /3 of 4 targets/);
    });
    it('accepts softmax with cce and a linear output with mse', () => {
      assert.deepEqual(check({ loss: 'cce', layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 2, activation: 'softmax' }] }), []);
    });
  });

  describe('shape-mismatch', () => {
    it('wants one unit per class for cce', () => {
      const found = check({ loss: 'cce', layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 3, activation: 'softmax' }] });
      const d = found.find((x) => x.code === 'shape-mismatch');
      assert.ok(d);
      assert.equal(d.severity, 'error');
      assert.match(d.message, /Set "units" to 2/);
    });
  });

  describe('init rules', () => {
    it('init-symmetry ignores a single-unit layer', () => {
      const found = check({ layers: [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units: 1, activation: 'sigmoid', init: 'zeros' }] });
      assert.ok(!codes(found).includes('init-symmetry'));
    });
    it('init-scale flags std 10× too small or over 2× too large, not 3× too small nor 1.9× too large', () => {
      const layerWith = (std: number) => ({ layers: [{ type: 'dense', units: 4, activation: 'tanh', init: { name: 'normal', std } }, { type: 'dense', units: 1, activation: 'sigmoid' }] });
      const ideal = Math.sqrt(1 / 2); // lecun for 2 inputs
      assert.ok(codes(check(layerWith(ideal * 12))).includes('init-scale'));
      assert.ok(codes(check(layerWith(ideal * 2.5))).includes('init-scale'));
      assert.ok(codes(check(layerWith(ideal / 12))).includes('init-scale'));
      assert.ok(!codes(check(layerWith(ideal / 3))).includes('init-scale'));
      assert.ok(!codes(check(layerWith(ideal * 1.9))).includes('init-scale'));
    });
    it('init-scale says a tanh layer too wide starts saturated, and a ReLU layer multiplies the signal', () => {
      const tanh = check({ layers: [{ type: 'dense', units: 4, activation: 'tanh', init: { name: 'normal', std: 3 * Math.sqrt(1 / 2) } }, { type: 'dense', units: 1, activation: 'sigmoid' }] });
      assert.match(tanh.find((d) => d.code === 'init-scale')!.message, /\(3× off\): .*saturat/);
      const relu = check({ layers: [{ type: 'dense', units: 4, activation: 'relu', init: { name: 'normal', std: 3 } }, { type: 'dense', units: 1, activation: 'sigmoid' }] });
      assert.match(relu.find((d) => d.code === 'init-scale')!.message, /\(3× off\): each layer like this multiplies the signal by about 3/);
    });
    // The first layer sees 2 inputs (He 1); the next `count` see 32.
    const reluStack = (std: number, batchNorm = false, first = 0.5, count = 3) => ({
      layers: [
        { type: 'dense', units: 32, activation: 'relu', init: { name: 'normal', std: first } },
        ...Array.from({ length: count }, () => ({ type: 'dense', units: 32, activation: 'relu', init: { name: 'normal', std }, batchNorm })),
        { type: 'dense', units: 1, activation: 'sigmoid' },
      ],
    });
    it('init-scale compounds a ReLU stack: four layers 1.9× He each (after one at 1×) grow the signal 13×', () => {
      const he = Math.sqrt(2 / 32);
      const found = check(reluStack(1.9 * he, false, 1, 4)).filter((d) => d.code === 'init-scale');
      assert.deepEqual(found.map((d) => d.path), ['/layers/1/init', '/layers/2/init', '/layers/3/init', '/layers/4/init']);
      assert.match(found[0].message, /On its own that is within 2×, .*together the 5 ReLU-family layers \/layers\/0–\/layers\/4 multiply the signal .* by about 13×/);
      assert.deepEqual(found[0].suggestions?.map((f) => f.value), ['he_normal']);
    });
    it('init-scale does not compound a ReLU stack within 10×, nor across batch norm', () => {
      const he = Math.sqrt(2 / 32);
      assert.ok(!codes(check(reluStack(1.9 * he))).includes('init-scale'), '0.5 × 1.9³ = 3.4×');
      assert.ok(!codes(check(reluStack(1.9 * he, true, 1, 4))).includes('init-scale'), 'batch norm rescales each layer');
    });
  });

  describe('a negative bias on a ReLU layer (dead-relu before training)', () => {
    // XOR's 0/1 inputs have a root mean square of 0.71; He weights on 2 inputs give a unit's input a spread of 1.
    const withBias = (bias: number, activation = 'relu', extra: Record<string, unknown> = {}) => ({
      layers: [{ type: 'dense', units: 4, activation, bias, ...extra }, { type: 'dense', units: 1, activation: 'sigmoid' }],
    });
    it('flags a bias one spread or more below zero, on the bias, with 0.01 preferred', () => {
      const found = check(withBias(-2)).filter((d) => d.code === 'dead-relu');
      assert.deepEqual(found.map((d) => d.path), ['/layers/0/bias']);
      assert.match(found[0].message, /"bias" -2 starts every ReLU unit of layers\[0\] 2 standard deviations below zero \(the weights give its input a spread of about 1 on this data\): each unit outputs 0 on about 97\.7% of the samples/);
      assert.deepEqual(found[0].suggestions?.map((s) => [s.value, s.preferred ?? false]), [[0.01, true], ['leaky_relu', false]]);
      assert.ok(codes(check(withBias(-1.2))).includes('dead-relu'));
    });
    it('leaves a small negative bias, a leaky unit, batch norm and the output layer alone', () => {
      assert.deepEqual(check(withBias(-0.5)), []);
      assert.deepEqual(check(withBias(-2, 'leaky_relu')), []);
      assert.deepEqual(check(withBias(-2, 'relu', { batchNorm: true })), []);
      const reluOutput = { layers: [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units: 1, activation: 'relu', bias: -2 }], loss: 'mse', data: { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } } };
      assert.ok(!codes(check(reluOutput)).includes('dead-relu'));
    });
    it('judges the bias against the inputs\' scale: on raw inputs a hundred times larger, -2 is small', () => {
      const raw = { data: { inline: { x: [[0, 0], [0, 100], [100, 0], [100, 100]], y: [0, 1, 1, 0] } }, ...withBias(-2) };
      assert.ok(!codes(check(raw)).includes('dead-relu'));
    });
  });

  it('no-nonlinearity only when every hidden layer is linear', () => {
    const layers = (a: string, b: string) => ({ layers: [{ type: 'dense', units: 4, activation: a }, { type: 'dense', units: 4, activation: b }, { type: 'dense', units: 1, activation: 'sigmoid' }] });
    assert.ok(codes(check(layers('linear', 'linear'))).includes('no-nonlinearity'));
    assert.ok(!codes(check(layers('linear', 'relu'))).includes('no-nonlinearity'));
  });

  describe('a single-unit hidden layer (loss-plateau before training)', () => {
    const net = (...hidden: number[]) => ({
      layers: [...hidden.map((units) => ({ type: 'dense', units, activation: 'relu' })), { type: 'dense', units: 1, activation: 'sigmoid' }],
    });

    it('flags a 1-unit hidden layer on two inputs, at its units, offering more', () => {
      const found = check(net(8, 1)).filter((d) => d.code === 'loss-plateau');
      assert.equal(found.length, 1);
      assert.equal(found[0].path, '/layers/1/units');
      assert.match(found[0].message, /one weighted sum/);
      assert.equal(found[0].suggestions?.[0].value, 8);
    });

    it('leaves two units, and a 1-unit output layer, alone', () => {
      assert.ok(!codes(check(net(2))).includes('loss-plateau'));
      assert.ok(!codes(check(net(8))).includes('loss-plateau'));
    });

    it('leaves a single input feature alone: one unit loses nothing of it', () => {
      const sine = { data: { builtin: 'sine', samples: 100 }, loss: 'mse', layers: [{ type: 'dense', units: 1, activation: 'tanh' }, { type: 'dense', units: 1 }] };
      assert.ok(!codes(check(sine)).includes('loss-plateau'));
    });
  });

  describe('a heavy weight decay (loss-plateau before training)', () => {
    const plateau = (overrides: Record<string, unknown>) => check(overrides).filter((d) => d.code === 'loss-plateau');

    it('flags weightDecay 0.1 on a classifier, at the decay, offering 1e-4 first and removal second', () => {
      const found = plateau({ optimizer: { type: 'adam', lr: 0.01, weightDecay: 0.1 } });
      assert.equal(found.length, 1);
      assert.equal(found[0].path, '/optimizer/weightDecay');
      assert.match(found[0].message, /"weightDecay" 0\.1 is heavy/);
      assert.deepEqual(found[0].suggestions?.map((s) => [s.value, !!s.preferred]), [[0.0001, true], [undefined, false]]);
    });

    it('leaves the usual range alone (0.01 and below)', () => {
      assert.deepEqual(plateau({ optimizer: { type: 'sgd', lr: 0.1, weightDecay: 0.01 } }), []);
      assert.deepEqual(plateau({ optimizer: { type: 'adam', lr: 0.01, weightDecay: 0.099 } }), []);
    });

    // Targets of variance 9080: the loss's gradient grows with them, so decay 100 is only 0.011 of it.
    const raw = { inline: { x: [[0], [1], [2], [3]], y: [[100], [-80], [120], [-80]] } };
    const regression = (weightDecay: number) =>
      plateau({ data: raw, loss: 'mse', layers: [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 1 }], optimizer: { type: 'adam', lr: 0.01, weightDecay } });
    it("judges the decay against the targets' variance under mse", () => {
      assert.deepEqual(regression(100), []);
      const found = regression(1000);
      assert.equal(found.length, 1);
      assert.match(found[0].message, /, 0\.11 of the targets' variance \(9080\)/);
    });
  });

  describe('a heavy dropout rate (loss-plateau before training)', () => {
    const withDropout = (units: number, rate: number) => ({
      layers: [{ type: 'dense', units, activation: 'relu' }, { type: 'dropout', rate }, { type: 'dense', units: 1, activation: 'sigmoid' }],
    });
    const plateau = (overrides: Record<string, unknown>) => check(overrides).filter((d) => d.code === 'loss-plateau');

    it('flags rate 0.9 on 16 units at the rate, offering the keep probability it probably was', () => {
      const found = plateau(withDropout(16, 0.9));
      assert.equal(found.length, 1);
      assert.equal(found[0].path, '/layers/1/rate');
      assert.match(found[0].message, /drops 90% of the 16 units before it at every step, keeping about 1\.6 of them/);
      assert.match(found[0].message, /keep_prob\), the rate is 0\.1\./);
      assert.deepEqual(found[0].suggestions?.map((s) => [s.value, !!s.preferred]), [[0.1, true], [0.2, false]]);
    });

    it('leaves the usual rates, and a wide layer under a high rate, alone', () => {
      assert.deepEqual(plateau(withDropout(16, 0.5)), []);
      assert.deepEqual(plateau(withDropout(8, 0.69)), [], 'under the rate bound, though it keeps 2.5 units');
      assert.deepEqual(plateau(withDropout(64, 0.8)), [], 'keeps 12.8 units a step');
      assert.equal(plateau(withDropout(32, 0.8)).length, 1, 'keeps 6.4');
    });

    it('counts the input features for a dropout before the first dense layer, and offers no duplicate fix', () => {
      const inputs = { layers: [{ type: 'dropout', rate: 0.8 }, { type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }] };
      const found = plateau(inputs);
      assert.equal(found.length, 1);
      assert.match(found[0].message, /drops 80% of the 2 inputs/);
      assert.deepEqual(found[0].suggestions?.map((s) => s.value), [0.2]);
    });
  });

  describe('batch norm on single samples (loss-plateau before training)', () => {
    const normalized = (batchSize: number, batchNorm = true) => ({
      layers: [{ type: 'dense', units: 4, activation: 'relu', batchNorm }, { type: 'dense', units: 4, activation: 'tanh', batchNorm }, { type: 'dense', units: 1, activation: 'sigmoid' }],
      training: { epochs: 10, batchSize },
    });
    const plateau = (overrides: Record<string, unknown>) => check(overrides).filter((d) => d.code === 'loss-plateau');

    it('flags batchSize 1 under batch-normalized layers, at the batch size, offering a batch of every row here or removing batch norm', () => {
      const found = plateau(normalized(1));
      assert.equal(found.length, 1);
      assert.equal(found[0].path, '/training/batchSize');
      assert.match(found[0].message, /^layers\[0\] and layers\[1\] normalize each unit by the mean and variance of its batch, and "batchSize" is 1: a single sample is its own mean, so every normalized unit is 0/);
      // The xor base has 4 rows: a batch of all of them, not 32.
      assert.deepEqual(found[0].suggestions?.map((s) => [s.path, s.value, !!s.preferred]), [
        ['/training/batchSize', 4, true],
        ['/layers/0/batchNorm', undefined, false],
        ['/layers/1/batchNorm', undefined, false],
      ]);
    });

    it('leaves batches of two or more, and single samples without batch norm, alone', () => {
      assert.deepEqual(plateau(normalized(2)), []);
      assert.deepEqual(plateau(normalized(1, false)), []);
    });
  });

  describe('a momentum near 1 (oscillating-loss before training)', () => {
    const swings = (optimizer: Record<string, unknown>) => check({ optimizer }).filter((d) => d.code === 'oscillating-loss');

    it('flags SGD momentum 0.99 at the momentum, offering 0.9', () => {
      const found = swings({ type: 'sgd', lr: 0.01, momentum: 0.99 });
      assert.equal(found.length, 1);
      assert.equal(found[0].path, '/optimizer/momentum');
      assert.match(found[0].message, /moves 100 times the learning rate \(0\.01\).*by a factor of e only every 200 steps.*a rate about 10 times lower/);
      assert.deepEqual(found[0].suggestions?.map((s) => [s.value, !!s.preferred]), [[0.9, true]]);
      assert.match(swings({ type: 'sgd', lr: 0.01, momentum: 0.98, nesterov: true })[0].message, /moves 50 times/);
    });

    it('leaves the usual momenta, and the adaptive optimizers, alone', () => {
      assert.deepEqual(swings({ type: 'sgd', lr: 0.01, momentum: 0.9 }), []);
      assert.deepEqual(swings({ type: 'sgd', lr: 0.01, momentum: 0.95 }), []);
      assert.deepEqual(swings({ type: 'adam', lr: 0.001 }), []);
    });

    it('leaves a run alone whose small carried steps settle within it: lr / (1 - m) at most 0.25 over 5 memories or more', () => {
      // The base spec's xor data has 4 rows: batch 1 takes 4 steps an epoch.
      const run = (lr: number, momentum: number, epochs: number, batchSize: number) =>
        check({ optimizer: { type: 'sgd', lr, momentum }, training: { epochs, batchSize } }).filter((d) => d.code === 'oscillating-loss');
      assert.deepEqual(run(0.002, 0.99, 200, 1), [], '0.2 carried over 800 steps, 8 memories');
      assert.deepEqual(run(0.005, 0.98, 200, 1), [], '0.25 carried over 16 memories');
      assert.equal(run(0.003, 0.99, 200, 1).length, 1, '0.3 carried');
      assert.equal(run(0.002, 0.99, 100, 1).length, 1, '400 steps: 4 memories');
      const fullBatch = run(0.002, 0.99, 200, 4);
      assert.equal(fullBatch.length, 1, 'the full batch: 200 steps, 2 memories');
      assert.match(fullBatch[0].message, /This run takes 200 steps, where a swing needs about 500 .* keep 0\.99 only over 500 steps or more \(more epochs or smaller batches\)/);
      // Half the 4 rows held out: 2 steps an epoch at batch 1, so the 200 epochs that settle on all 4 rows take 400 steps, 4 memories.
      const heldOut = check({ optimizer: { type: 'sgd', lr: 0.002, momentum: 0.99 }, training: { epochs: 200, batchSize: 1, validationSplit: 0.5 } });
      assert.match(heldOut.find((d) => d.code === 'oscillating-loss')?.message ?? '', /This run takes 400 steps.*\(more epochs\)\.$/);
      assert.match(run(0.003, 0.99, 200, 1)[0].message, /keep 0\.99 only with a rate about 10 times lower/);
    });
  });

  describe('an SGD rate that its momentum makes too high (lr-too-high before training)', () => {
    // The base spec's xor data has 4 rows: batch 2 is a mini-batch.
    const overshoots = (optimizer: Record<string, unknown>, batchSize = 2) =>
      check({ optimizer, training: { epochs: 10, batchSize } }).filter((d) => d.code === 'lr-too-high');

    it('flags lr 0.8 with momentum 0.9 at the rate, saying what plain rate it moves like and offering a tenth', () => {
      const found = overshoots({ type: 'sgd', lr: 0.8, momentum: 0.9 });
      assert.equal(found.length, 1);
      assert.equal(found[0].path, '/optimizer/lr');
      assert.match(found[0].message, /moves the weights 10 times the rate per step, as plain SGD at lr 8 would/);
      assert.deepEqual(found[0].suggestions?.map((s) => [s.value, !!s.preferred]), [[0.08, true]]);
      assert.equal(overshoots({ type: 'sgd', lr: 0.4, momentum: 0.95, nesterov: true }).length, 1);
    });

    it('leaves momentum runs that move like plain SGD below 8 alone, and the rates other rules judge', () => {
      assert.deepEqual(overshoots({ type: 'sgd', lr: 0.5, momentum: 0.9 }), []);
      assert.deepEqual(overshoots({ type: 'sgd', lr: 1 }), [], 'no momentum: the plain range');
      const outOfRange = check({ optimizer: { type: 'sgd', lr: 2, momentum: 0.9 } });
      assert.deepEqual(outOfRange.filter((d) => d.path === '/optimizer/lr').map((d) => d.code), ['lr-out-of-range']);
      assert.deepEqual(overshoots({ type: 'sgd', lr: 0.1, momentum: 0.99 }), [], 'the momentum rule speaks');
      assert.deepEqual(overshoots({ type: 'adam', lr: 0.8 }, 4), [], 'Adam: the range (at a batch of 2 of 4 rows, the rule for noisy adaptive steps speaks too)');
    });

    it('leaves a full batch alone: without mini-batch noise the gain says nothing of overshooting', () => {
      assert.deepEqual(overshoots({ type: 'sgd', lr: 0.5, momentum: 0.95 }, 4), [], 'all 4 rows in each step');
      assert.equal(overshoots({ type: 'sgd', lr: 0.5, momentum: 0.95 }, 3).length, 1, 'one row short of a full batch');
      const heldOut = (batchSize: number) =>
        check({ optimizer: { type: 'sgd', lr: 0.5, momentum: 0.95 }, training: { epochs: 10, batchSize, validationSplit: 0.5 } }).filter((d) => d.code === 'lr-too-high');
      assert.deepEqual(heldOut(2), [], 'half the 4 rows held out: 2 rows train');
      assert.equal(heldOut(1).length, 1);
    });
  });

  describe('an RMSprop rate whose first steps overshoot (lr-too-high before training)', () => {
    const overshoots = (optimizer: Record<string, unknown>) => check({ optimizer }).filter((d) => d.code === 'lr-too-high');

    it('flags RMSprop 0.1 at the rate, with the size of its first steps, offering a tenth', () => {
      const found = overshoots({ type: 'rmsprop', lr: 0.1 });
      assert.equal(found.length, 1);
      assert.equal(found[0].path, '/optimizer/lr');
      assert.match(found[0].message, /first steps move every weight by about 3\.16 times the rate \(0\.316\)/);
      assert.deepEqual(found[0].suggestions?.map((s) => [s.value, !!s.preferred]), [[0.01, true]]);
      assert.equal(overshoots({ type: 'rmsprop', lr: 0.08 }).length, 1);
    });

    it('leaves RMSprop at 0.05, Adam at 0.1 (bias-corrected) and rates out of the range alone', () => {
      assert.deepEqual(overshoots({ type: 'rmsprop', lr: 0.05 }), []);
      assert.deepEqual(overshoots({ type: 'adam', lr: 0.1 }), []);
      assert.deepEqual(check({ optimizer: { type: 'rmsprop', lr: 0.5 } }).filter((d) => d.path === '/optimizer/lr').map((d) => d.code), ['lr-out-of-range']);
    });
  });

  describe('Adam or RMSprop at a batch of one or two with a high rate (lr-too-high before training)', () => {
    // The base spec's xor data has 4 rows: batch 1 and 2 are below them.
    const noisy = (optimizer: Record<string, unknown>, batchSize: number) =>
      check({ optimizer, training: { epochs: 10, batchSize } }).filter((d) => d.code === 'lr-too-high' && /each step follows/.test(d.message));

    it('flags Adam 0.05 at batch 1 at the rate, offering the usual rate first and a larger batch second', () => {
      const found = noisy({ type: 'adam', lr: 0.05 }, 1);
      assert.equal(found.length, 1);
      assert.equal(found[0].path, '/optimizer/lr');
      assert.match(found[0].message, /each step follows one sample: at lr 0\.05, 50 times the usual 0\.001/);
      assert.deepEqual(found[0].suggestions?.map((s) => [s.path, s.value, !!s.preferred]), [['/optimizer/lr', 0.001, true], ['/training/batchSize', 4, false]]);
      assert.equal(noisy({ type: 'rmsprop', lr: 0.01 }, 2).length, 1);
    });

    it('advises a lower rate the probe proved on the whole run, with the three ends, a broken usual run said so', () => {
      const text = xorSpecText({ optimizer: { type: 'adam', lr: 0.05 }, training: { epochs: 10, batchSize: 1 } });
      const checked = checkSpec(text, { specDir: process.cwd(), workspaceRoot: process.cwd() });
      assert.ok(checked.spec && checked.dataset);
      const ctx = { parsed: checked.parsed, spec: checked.spec, dataset: checked.dataset };
      const [proven] = noisyAdaptiveSteps(ctx, { lr: 0.017, written: 0.2, lower: 0.1, usual: 0.3 });
      assert.match(proven.message, /Trained over the whole run, lr 0\.017 ends at 0\.1, against 0\.2 as written and 0\.3 at the usual 0\.001: use lr 0\.017, or a larger batch \(4\)\.$/);
      assert.deepEqual(proven.suggestions?.map((s) => [s.path, s.value, !!s.preferred]), [['/optimizer/lr', 0.017, true], ['/training/batchSize', 4, false]]);
      const [broken] = noisyAdaptiveSteps(ctx, { lr: 0.017, written: 0.2, lower: 0.1, usual: NaN });
      assert.match(broken.message, /against 0\.2 as written and a broken run at the usual 0\.001: use lr 0\.017/);
    });

    it('leaves lower rates, batches of three or more, full batches and SGD alone', () => {
      assert.deepEqual(noisy({ type: 'adam', lr: 0.005 }, 1), []);
      assert.deepEqual(noisy({ type: 'adam', lr: 0.05 }, 3), []);
      const twoRows = { data: { inline: { x: [[0], [1]], y: [0, 1] } }, optimizer: { type: 'adam', lr: 0.05 }, training: { epochs: 10, batchSize: 2 } };
      assert.ok(!check(twoRows).some((d) => d.code === 'lr-too-high'), 'a batch of every row is not noisy');
      assert.ok(check({ ...twoRows, training: { epochs: 10, batchSize: 1 } }).some((d) => d.code === 'lr-too-high'), 'one of the two rows is');
      assert.deepEqual(noisy({ type: 'sgd', lr: 0.05 }, 1), []);
    });

    it('judges a lone output layer on raw targets against the scaled usual rate, as the range does', () => {
      // Root mean square 98.6: the only weights must grow to it, so Adam's usual rate is 0.099 here, and 0.1 is not ten times it.
      const rawTargets = { inline: { x: [[0], [1], [2], [3], [4]], y: [[100], [-80], [120], [90], [-95]] } };
      const onRate = (layers: unknown[]) =>
        check({ data: rawTargets, layers, loss: 'mse', optimizer: { type: 'adam', lr: 0.1 }, training: { epochs: 10, batchSize: 1 } })
          .filter((d) => d.code === 'lr-too-high' && /each step follows/.test(d.message));
      assert.deepEqual(onRate([{ type: 'dense', units: 1 }]), []);
      const fast = check({ data: rawTargets, layers: [{ type: 'dense', units: 1 }], loss: 'mse', optimizer: { type: 'adam', lr: 5 }, training: { epochs: 10, batchSize: 1 } })
        .filter((d) => d.code === 'lr-too-high' && /each step follows/.test(d.message));
      assert.match(fast[0]?.message ?? '', /the usual 0\.098 \(scaled to the targets' scale, 97\.9, which the output layer's weights, its only ones, must grow to\), /, 'ten times the scaled rate and more is still flagged, saying why the rate is scaled');
      const hidden = onRate([{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 1 }]);
      assert.match(hidden[0]?.message ?? '', /at lr 0\.1, 100 times the usual 0\.001/, 'with a hidden layer the usual rate holds');
    });

    it('raises lr-too-high, not oscillating-loss, and leaves RMSprop\'s own first-steps rule to speak alone on the rate', () => {
      const onRate = (optimizer: Record<string, unknown>) =>
        check({ optimizer, training: { epochs: 10, batchSize: 1 } }).filter((d) => d.path === '/optimizer/lr').map((d) => d.code);
      assert.deepEqual(onRate({ type: 'adam', lr: 0.05 }), ['lr-too-high']);
      const rmsprop = check({ optimizer: { type: 'rmsprop', lr: 0.08 }, training: { epochs: 10, batchSize: 1 } }).filter((d) => d.path === '/optimizer/lr');
      assert.deepEqual(rmsprop.map((d) => d.code), ['lr-too-high']);
      assert.match(rmsprop[0].message, /first steps move every weight/);
    });
  });

  describe('no more training rows than features (data-error before training)', () => {
    const fewRows = (data: Record<string, unknown>, training: Record<string, unknown> = { epochs: 10 }) =>
      check({ data, training }).filter((d) => d.code === 'data-error');

    it('warns at the data when three rows carry three features, saying how many of each', () => {
      const found = fewRows({ inline: { x: [[0, 1, 2], [1, 0, 2], [2, 1, 0]], y: [0, 1, 0] } });
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'warning');
      assert.equal(found[0].path, '/data/inline');
      assert.match(found[0].message, /gives 3 training rows for 3 features: .*a linear model fits any targets exactly/);
      assert.match(found[0].message, /Add rows, or drop features\.$/, 'inline data was not exported: no talk of a filtered export');
    });

    it('counts the rows left after the validation split, and leaves a logic gate (4 rows, 2 features) alone', () => {
      const fourRows = { inline: { x: [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 0]], y: [0, 1, 1, 0] } };
      assert.deepEqual(fewRows(fourRows), []);
      assert.match(fewRows(fourRows, { epochs: 10, validationSplit: 0.25 })[0]?.message ?? '', /3 training rows \(of 4, after the validation split\) for 3 features/);
      assert.deepEqual(fewRows({ inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } }), []);
    });
  });

  describe('every feature constant (loss-plateau before training)', () => {
    const plateau = (data: Record<string, unknown>, loss = 'bce', layers?: unknown[]) =>
      check({ data, loss, ...(layers ? { layers } : {}) }).filter((d) => d.code === 'loss-plateau');

    it('warns at the data when the only feature holds one value, naming the answer the net is left with', () => {
      const found = plateau({ inline: { x: [[9], [9], [9], [9], [9]], y: [0, 1, 0, 0, 1] } });
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'warning');
      assert.equal(found[0].path, '/data/inline');
      assert.match(found[0].message, /^The only feature, x0, holds a single value across all 5 rows: .*\(each class's share of the rows\)/);
      assert.match(found[0].message, /vary from row to row\.$/, 'inline data was not exported: no talk of a filtered export');
    });

    it('names every feature and the regression target, after normalizing too', () => {
      const regression = [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1 }];
      const data = { inline: { x: [[1, 5], [1, 5], [1, 5]], y: [2, 3, 4] }, normalize: 'standard' };
      const found = plateau(data, 'mse', regression);
      assert.equal(found.length, 1);
      assert.match(found[0].message, /^Each feature \(x0, x1\) holds a single value across all 3 rows: .*\(the mean of y\)/);
    });

    it('leaves a constant column beside one that varies alone, and a single row', () => {
      assert.deepEqual(plateau({ inline: { x: [[9, 0], [9, 1], [9, 0], [9, 1]], y: [0, 1, 0, 1] } }), []);
      assert.deepEqual(constantFeatureNames({ samples: 1, inputs: 1, x: new Float64Array([3]), featureNames: ['a'], task: 'regression', targetColumns: 1, targetNames: ['y'] }), undefined);
    });
  });

  describe('a regression target that never changes (data-error before training)', () => {
    const regression = [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1 }];
    const dataError = (y: unknown[], extra: Record<string, unknown> = {}) =>
      check({ data: { inline: { x: [[0, 1], [1, 0], [2, 2], [3, 1]], y }, ...extra }, loss: 'mse', layers: regression }).filter((d) => d.code === 'data-error');

    it('warns at the data when every row has the same target, after normalizing the target too', () => {
      const found = dataError([5, 5, 5, 5]);
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'warning');
      assert.equal(found[0].path, '/data/inline');
      assert.match(found[0].message, /^The target y holds a single value across all 4 rows: there is nothing to learn/);
      assert.equal(dataError([5, 5, 5, 5], { normalizeTarget: 'standard' }).length, 1);
    });

    it('leaves a target that varies, and a constant column beside one that varies, alone', () => {
      assert.deepEqual(dataError([5, 5, 5, 6]), []);
      assert.deepEqual(dataError([[5, 1], [5, 2], [5, 1], [5, 2]]), []);
    });
  });

  it('refuses dropout as the last layer', () => {
    const found = check({ layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }, { type: 'dropout', rate: 0.5 }] });
    assert.ok(found.some((d) => d.code === 'invalid-spec' && d.path === '/layers/1'));
  });
});
