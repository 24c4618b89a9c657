/**
 * The research tools' rules (bench/baselines): rules fire on the history their code describes, several
 * are shown not firing just short of it, the callbacks' order is kept, and the probe batch they read
 * gives the engine's gradients and leaves the run it measures untouched.
 */
import * as assert from 'assert';
import { AutoTrainer, maxRise, oscillates } from '../../../bench/baselines/autotrainer';
import { DeepDiagnosis } from '../../../bench/baselines/deepdiagnosis';
import { firstBlindRecord } from '../../../bench/baselines/first-blind';
import { runBaselines } from '../../../bench/baselines/run';
import { Umlaut } from '../../../bench/baselines/umlaut';
import { ProbeBatch, type EpochView, type ProbedLayer, type RunSetup } from '../../../bench/baselines/view';
import { initialGradients, Trainer } from '../../../src/engine';
import type { Activation } from '../../../src/spec/types';
import { checkCorpusSpec } from '../../faults/corpus';

const filled = (n: number, value: number): Float64Array => new Float64Array(n).fill(value);

/** A dense layer of 4 inputs × `units` on a 10-row probe batch, healthy unless overridden. */
function layer(activation: Activation, overrides: Partial<ProbedLayer> = {}, units = 3): ProbedLayer {
  const weights = Float64Array.from({ length: 4 * units }, (_, i) => 0.3 * Math.sin(i + 1));
  return {
    activation,
    units,
    preact: Float64Array.from({ length: 10 * units }, (_, i) => Math.cos(i)),
    output: Float64Array.from({ length: 10 * units }, (_, i) => 0.5 + 0.4 * Math.cos(i)),
    W: weights,
    b: filled(units, 0.01),
    dW: weights.map((w) => 0.01 * w),
    db: filled(units, 0.001),
    ...overrides,
  };
}

function view(epoch: number, stats: Partial<EpochView["stats"]>, layers: ProbedLayer[], x = filled(40, 0.5), y = Float64Array.from({ length: 10 }, (_, i) => i / 9)): EpochView {
  return { epoch, stats: { epoch, steps: 1, loss: 0.5, layers: [], ...stats }, probe: { rows: 10, x, y, layers } };
}

/** The layers as they would be after `epoch` epochs of training: every mean moves a little, so no "unchanged" rule fires. */
const drifted = (layers: ProbedLayer[], epoch: number): ProbedLayer[] =>
  layers.map((l) => ({ ...l, W: l.W.map((w) => w + epoch * 1e-3), dW: l.dW.map((g) => g + epoch * 1e-5), output: l.output.map((a) => a + epoch * 1e-3) }));

const setup = (overrides: Partial<RunSetup> = {}): RunSetup => ({
  loss: 'mse', lr: 0.001, plannedEpochs: 10, classification: false, activations: ['relu', 'linear'], dropoutRates: [], targetRange: [0, 1], ...overrides,
});

describe('bench baselines: AUTOTRAINER', () => {
  it('counts paired peaks and valleys of the accuracy curve, and the largest rise', () => {
    assert.strictEqual(oscillates([0.5, 0.6, 0.5, 0.6, 0.5, 0.6, 0.5], 0.03, 0.2), true);
    assert.strictEqual(oscillates([0.5, 0.52, 0.54, 0.56, 0.58, 0.6], 0.03, 0.2), false);
    assert.strictEqual(oscillates([0.5, 0.51, 0.5, 0.51, 0.5, 0.51, 0.5], 0.03, 0.2), false, 'swings under ζ');
    assert.strictEqual(maxRise([0.5, 0.52, 0.51, 0.6]), 0.6 - 0.51);
    assert.strictEqual(maxRise([0.6, 0.5]), 0);
  });

  it('reports a vanishing gradient only once accuracy is bad, at a check epoch past 30% of the run', () => {
    const tool = new AutoTrainer();
    tool.beforeTraining(setup({ classification: true, loss: 'bce', activations: ['sigmoid', 'sigmoid'] }));
    const vanishing = [layer('sigmoid', { dW: filled(12, 1e-8) }), layer('sigmoid', { dW: filled(12, 1e-2) })];
    const reports = [0, 1, 2, 3].flatMap((e) => tool.observeEpoch(view(e, { accuracy: 0.5 }, vanishing)));
    assert.deepStrictEqual(reports.map((r) => `${r.rule}@${r.epoch}`), ['vanish@3']);
    assert.deepStrictEqual(reports[0].codes, ['vanishing-gradient']);
  });

  it('leaves the same gradients alone while accuracy is good and rising', () => {
    const tool = new AutoTrainer();
    tool.beforeTraining(setup({ classification: true, loss: 'bce' }));
    const vanishing = [layer('sigmoid', { dW: filled(12, 1e-8) }), layer('sigmoid', { dW: filled(12, 1e-2) })];
    const reports = [0, 1, 2, 3, 4, 5, 6].flatMap((e) => tool.observeEpoch(view(e, { accuracy: 0.7 + 0.03 * e }, vanishing)));
    assert.deepStrictEqual(reports, []);
  });

  it('behind bad accuracy, reports dead ReLUs before an exploding ratio, and a stall when the gradients are fine', () => {
    const judged = (layers: ProbedLayer[], accuracy: (e: number) => number) => {
      const tool = new AutoTrainer();
      tool.beforeTraining(setup({ classification: true, loss: 'cce', activations: ['relu', 'softmax'] }));
      return [0, 1, 2, 3].flatMap((e) => tool.observeEpoch(view(e, { accuracy: accuracy(e) }, layers))).map((r) => `${r.rule}@${r.epoch}`);
    };
    const zeros = layer('relu', { dW: Float64Array.from({ length: 12 }, (_, i) => (i < 11 ? 0 : 1)), db: filled(3, 0) });
    assert.deepStrictEqual(judged([zeros, layer('softmax', { dW: filled(12, 0), db: filled(3, 0) })], () => 0.5), ['relu@3']);
    assert.deepStrictEqual(judged([layer('relu', { dW: filled(12, 1) }), layer('softmax', { dW: filled(12, 1e-3) })], () => 0.5), ['explode@3'], 'a ratio of 1000');
    assert.deepStrictEqual(judged([layer('relu'), layer('softmax')], () => 0.5), ['not_converge@3'], 'accuracy never rose by 0.01');
    assert.deepStrictEqual(judged([layer('relu'), layer('softmax')], (e) => 0.5 + 0.005 * e), ['not_converge@3']);
    assert.deepStrictEqual(judged([layer('relu'), layer('softmax')], (e) => 0.8 + 0.02 * e), [], 'good and rising: nothing');
  });

  it('reports oscillating accuracy only while accuracy is good', () => {
    const tool = new AutoTrainer();
    tool.beforeTraining(setup({ classification: true, loss: 'cce', activations: ['relu', 'softmax'] }));
    const reports = [0, 1, 2, 3].flatMap((e) => tool.observeEpoch(view(e, { accuracy: e % 2 === 0 ? 0.8 : 0.9 }, [layer('relu'), layer('softmax')])));
    assert.deepStrictEqual(reports.map((r) => [r.rule, r.epoch, r.codes]), [['unstable', 3, ['oscillating-loss', 'lr-too-high']]]);
  });

  it('reports a NaN loss as explode at the first check epoch, and on regression nothing else', () => {
    const nan = new AutoTrainer();
    nan.beforeTraining(setup());
    assert.deepStrictEqual(nan.observeEpoch(view(0, { loss: NaN }, [layer('relu'), layer('linear')])).map((r) => r.rule), ['explode']);
    const regression = new AutoTrainer();
    regression.beforeTraining(setup());
    const dead = [layer('relu', { dW: filled(12, 0), db: filled(3, 0) }), layer('linear', { dW: filled(12, 0), db: filled(3, 0) })];
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((e) => regression.observeEpoch(view(e, {}, dead))), [], 'no accuracy: the gate never opens');
  });
});

describe('bench baselines: DeepDiagnosis', () => {
  it('reports a dead ReLU layer at the last planned epoch only, with its fix', () => {
    const tool = new DeepDiagnosis();
    tool.beforeTraining(setup({ plannedEpochs: 3, lr: 20 }));
    const mostlyDead = layer('relu', { output: Float64Array.from({ length: 30 }, (_, i) => (i % 5 === 0 ? 1 : 0)) });
    const reports = [0, 1, 2].flatMap((e) => tool.observeEpoch(view(e, { loss: 0.5 - 0.1 * e }, [mostlyDead, layer('linear')])));
    assert.deepStrictEqual(reports.map((r) => `${r.rule}@${r.epoch}`), ['dead-node → lr-high@2']);
    assert.deepStrictEqual(reports[0].codes, ['dead-relu', 'lr-too-high']);
  });

  it('reports saturation every fifth epoch, when more than half the pre-activations are at |z| ≥ 5', () => {
    const tool = new DeepDiagnosis();
    tool.beforeTraining(setup({ lr: 1e-3, plannedEpochs: 20 }));
    const saturated = layer('tanh', { preact: Float64Array.from({ length: 30 }, (_, i) => (i < 16 ? 6 : 0.1)) });
    const reports = [0, 1, 2, 3, 4].flatMap((e) => tool.observeEpoch(view(e, { loss: 0.5 - 0.01 * e }, drifted([saturated, layer('linear')], e))));
    assert.deepStrictEqual(reports.map((r) => `${r.rule.split(' → ')[0]}@${r.epoch}`), ['saturated@4']);
    const half = layer('tanh', { preact: Float64Array.from({ length: 30 }, (_, i) => (i < 15 ? 6 : 0.1)) });
    const quiet = new DeepDiagnosis();
    quiet.beforeTraining(setup({ plannedEpochs: 20 }));
    assert.deepStrictEqual([0, 1, 2, 3, 4].flatMap((e) => quiet.observeEpoch(view(e, { loss: 0.5 - 0.01 * e }, drifted([half, layer('linear')], e)))), []);
  });

  it('reports a loss that stays exactly equal over a window of five epochs', () => {
    const tool = new DeepDiagnosis();
    tool.beforeTraining(setup({ plannedEpochs: 20 }));
    const layers = [layer('relu'), layer('linear')];
    const reports = [0, 1, 2, 3, 4].flatMap((e) => tool.observeEpoch(view(e, { loss: 0.25 }, drifted(layers, e))));
    assert.deepStrictEqual(reports.map((r) => r.rule.split(' → ')[0]), ['loss-not-decreasing']);
  });

  it('reports a kernel gradient whose mean magnitude is under 1e-7 as vanishing, and one at 1e-6 not', () => {
    const first = (magnitude: number) => {
      const tool = new DeepDiagnosis();
      tool.beforeTraining(setup());
      return tool.observeEpoch(view(0, {}, [layer('sigmoid', { dW: filled(12, magnitude) }), layer('linear')])).map((r) => r.rule.split(' → ')[0]);
    };
    assert.deepStrictEqual(first(5e-8), ['vanishing']);
    assert.deepStrictEqual(first(1e-6), []);
  });

  it('reports weights whose mean stays exactly equal over five epochs as unchanged', () => {
    const tool = new DeepDiagnosis();
    tool.beforeTraining(setup({ plannedEpochs: 20 }));
    const frozen = (e: number) => drifted([layer('relu'), layer('linear')], e).map((l) => ({ ...l, W: layer(l.activation).W }));
    const reports = [0, 1, 2, 3, 4].flatMap((e) => tool.observeEpoch(view(e, { loss: 0.5 - 0.01 * e }, frozen(e))));
    assert.deepStrictEqual(reports.map((r) => [r.rule.split(' → ')[0], r.epoch, r.codes.includes('loss-plateau')]), [['unchanged', 4, true]]);
  });

  it('reports an output range ten times the targets at epoch 0 as out of range, and not one nine times', () => {
    const outputsSpanning = (span: number) => layer('linear', { output: Float64Array.from({ length: 30 }, (_, i) => (i * span) / 29) });
    const first = (span: number) => {
      const tool = new DeepDiagnosis();
      tool.beforeTraining(setup());
      return tool.observeEpoch(view(0, {}, [layer('relu'), outputsSpanning(span)])).map((r) => r.rule);
    };
    assert.deepStrictEqual(first(10.5), ['out-of-range → softmax']);
    assert.deepStrictEqual(first(9), []);
  });

  it('judges the unchanged windows after every layer\'s other checks, as the callback orders them', () => {
    const tool = new DeepDiagnosis();
    tool.beforeTraining(setup({ plannedEpochs: 20, activations: ['relu', 'tanh', 'linear'] }));
    const saturated = layer('tanh', { preact: filled(30, 6) });
    // The first layer's mean output never changes; the second layer is saturated: the saturation is reported.
    const reports = [0, 1, 2, 3, 4].flatMap((e) => tool.observeEpoch(view(e, { loss: 0.5 - 0.01 * e }, [layer('relu'), ...drifted([saturated, layer('linear')], e)])));
    assert.deepStrictEqual(reports.map((r) => r.rule.split(' → ')[0]), ['saturated']);
  });

  it('credits a zero gradient by the layer: a dead ReLU layer or a vanished gradient, with no learning-rate fix', () => {
    const zeroGradient = (activation: Activation) => {
      const tool = new DeepDiagnosis();
      tool.beforeTraining(setup({ lr: 20 }));
      return tool.observeEpoch(view(0, {}, [layer(activation, { dW: filled(12, 0) }), layer('linear')]))[0];
    };
    assert.deepStrictEqual(zeroGradient('relu'), { rule: 'numerical-dw-zero-relu → change-loss-or-activation', epoch: 0, codes: ['dead-relu'] });
    assert.deepStrictEqual(zeroGradient('tanh').codes, ['vanishing-gradient']);
  });

  it('credits an accuracy of 0 with a finite loss to nothing', () => {
    const tool = new DeepDiagnosis();
    tool.beforeTraining(setup({ loss: 'cce', classification: true, activations: ['relu', 'softmax'] }));
    const reports = tool.observeEpoch(view(0, { accuracy: 0 }, [layer('relu'), layer('softmax')]));
    assert.deepStrictEqual(reports.map((r) => [r.rule.split(' → ')[0], r.codes]), [['invalid-accuracy', []]]);
  });
});

describe('bench baselines: UMLAUT', () => {
  it('checks the model before training: missing softmax, final activation, linear hidden layers, high dropout', () => {
    const rules = (s: RunSetup) => new Umlaut().beforeTraining(s).map((r) => r.rule);
    assert.deepStrictEqual(rules(setup({ loss: 'cce', activations: ['relu', 'softmax'] })), [], 'softmax + cce is computed from the logits');
    assert.deepStrictEqual(rules(setup({ loss: 'cce', activations: ['relu', 'relu'] })), ['no-softmax-before-loss', 'final-layer-has-activation']);
    assert.deepStrictEqual(rules(setup({ activations: ['linear', 'linear'], dropoutRates: [0.6] })), ['missing-activation', 'dropout-above-half']);
    assert.deepStrictEqual(rules(setup({ activations: ['relu', 'sigmoid'] })), ['final-layer-has-activation']);
  });

  it('checks each epoch: input range, learning rate, overfitting', () => {
    const tool = new Umlaut();
    tool.beforeTraining(setup({ lr: 0.1 }));
    const layers = [layer('relu'), layer('linear')];
    const first = tool.observeEpoch(view(0, { loss: 1, valLoss: 1 }, layers, filled(40, 2)));
    assert.deepStrictEqual(first.map((r) => r.rule), ['input-not-normalized', 'lr-high']);
    assert.deepStrictEqual(first[1].codes, ['lr-out-of-range', 'lr-too-high']);
    assert.deepStrictEqual(tool.observeEpoch(view(1, { loss: 0.9, valLoss: 1.1 }, layers)).map((r) => r.rule), ['lr-high', 'overfitting']);
  });
});

describe('bench baselines: UMLAUT at run time', () => {
  it('reports a NaN loss, a rate under 1e-7, and a high validation accuracy from epoch 3 only', () => {
    const tool = new Umlaut();
    tool.beforeTraining(setup({ lr: 1e-8, classification: true, loss: 'cce', activations: ['relu', 'softmax'] }));
    const layers = [layer('relu'), layer('softmax')];
    const rules = (e: number, stats: Partial<EpochView['stats']>) => tool.observeEpoch(view(e, stats, layers)).map((r) => r.rule);
    assert.deepStrictEqual(rules(0, { loss: NaN }), ['nan-loss', 'lr-low']);
    assert.deepStrictEqual(rules(2, { loss: 0.5, accuracy: 0.9, valAccuracy: 0.97 }), ['lr-low'], 'epoch 2: too early');
    assert.deepStrictEqual(rules(3, { loss: 0.4, accuracy: 0.9, valAccuracy: 0.97 }), ['lr-low', 'high-validation-accuracy']);
    assert.deepStrictEqual(rules(4, { loss: 0.3, accuracy: 0.9, valAccuracy: 0.93 }), ['lr-low']);
  });
});

describe('bench baselines: one run under the three tools', () => {
  it('measures the probe batch without changing the run', () => {
    const check = checkCorpusSpec('healthy/moons-deep-relu-batchnorm.nn.json', 'dev');
    const [spec, data] = [check.spec!, check.dataset!];
    const watched = new Trainer(spec, data), alone = new Trainer(spec, data), probe = new ProbeBatch(spec, data);
    for (let e = 0; e < 3; e++) {
      const measured = probe.measure(watched);
      assert.deepStrictEqual(Array.from(measured.layers[0].W), Array.from(watched.parameterValues()[0]));
      assert.strictEqual(watched.trainEpoch().loss, alone.trainEpoch().loss);
    }
  });

  it('gives the gradients of the first batch that the engine\'s gradient dump gives at initialization', () => {
    const check = checkCorpusSpec('healthy/moons-deep-relu-batchnorm.nn.json', 'dev');
    const [spec, data] = [check.spec!, check.dataset!];
    const measured = new ProbeBatch(spec, data).measure(new Trainer(spec, data, { dtype: 'float64' }));
    const reference = initialGradients(spec, data);
    measured.layers.forEach((l, i) => {
      const expected = reference.layers[i].dW.flat();
      assert.ok(expected.some((g) => g !== 0));
      for (let k = 0; k < expected.length; k++) assert.ok(Math.abs(l.dW[k] - expected[k]) <= 1e-12 * (1 + Math.abs(expected[k])), `layer ${i} entry ${k}`);
    });
  });

  it('credits a run that diverges to NaN to nan-loss under AUTOTRAINER and UMLAUT', () => {
    const check = checkCorpusSpec('faulty/nan-loss.sgd-momentum-lr-1-sine.nn.json', 'dev');
    const run = runBaselines(check.spec!, check.dataset!);
    assert.ok(run.reports.AUTOTRAINER.some((r) => r.codes.includes('nan-loss')), JSON.stringify(run.reports.AUTOTRAINER));
    assert.ok(run.reports.UMLAUT.some((r) => r.rule === 'nan-loss'), JSON.stringify(run.reports.UMLAUT));
    assert.ok(run.epochs < check.spec!.training.epochs, 'the run stops once every tool has seen the NaN');
  });
});

describe('bench baselines: NN Debugger at its first blind measurements', () => {
  it('reads the missed faults and the warned healthy specs back from a set\'s first record', () => {
    assert.deepStrictEqual(firstBlindRecord('blind78'), { missed: new Set(), warned: new Set(['fit-fullbatch-sgd-momentum']) });
    assert.deepStrictEqual([...firstBlindRecord('blind72')!.missed].sort(), ['exploding-gradient.oil-raw-target-deep', 'exploding-gradient.perm-md-raw']);
    assert.strictEqual(firstBlindRecord('dev'), undefined, 'dev was never blind');
  });
});
