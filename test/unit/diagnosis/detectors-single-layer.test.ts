import { strict as assert } from 'assert';
import type { LayerStats } from '../../../src/engine';
import { EpochFeeder, layers, monitorFor, repeat } from './detectors-helpers';

/** A network with no hidden layer: one dense layer straight from the inputs to the output. */
const SINGLE_LAYER = { layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }], optimizer: { type: 'sgd', lr: 0.01 } };

const only = (gradNorm: number): LayerStats[] => [{ index: 0, name: 'dense_0', gradNorm, weightNorm: 40, updateRatio: 0.02 }];

describe('exploding-gradient on a network without a hidden layer', () => {
  it('is not raised for a large finite gradient norm: there is no depth for it to grow through', () => {
    // blind7 housing-linear-regression-sgd: raw prices in the hundreds, norm 437-813, trains to its noise floor.
    const feeder = new EpochFeeder(monitorFor(SINGLE_LAYER));
    feeder.feed([0.69, 0.5, 0.4, 0.35, 0.33, 0.32], only(813));
    assert.deepEqual(feeder.raisedCodes(), []);
  });

  it('is still raised for a gradient that stops being finite', () => {
    const feeder = new EpochFeeder(monitorFor(SINGLE_LAYER));
    feeder.feed(repeat(0.6, 2), only(Infinity));
    assert.ok(feeder.raisedCodes().includes('exploding-gradient'), feeder.raisedCodes().join());
  });

  it('is still raised on a network with a hidden layer', () => {
    const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'sgd', lr: 0.01 } }));
    feeder.feed([0.69, 0.5, 0.4], [{ index: 0, name: 'dense_0', gradNorm: 813, weightNorm: 4, updateRatio: 0.02 }, { index: 1, name: 'dense_1', gradNorm: 10, weightNorm: 2, updateRatio: 0.02 }]);
    assert.ok(feeder.raisedCodes().includes('exploding-gradient'), feeder.raisedCodes().join());
  });
});

describe('dead-relu judged by the run\'s progress', () => {
  const RELU = { layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }] };
  const halfDead = (): LayerStats[] => [
    { index: 0, name: 'dense_0', gradNorm: 0.1, weightNorm: 2, updateRatio: 0.01, deadFraction: 0.5 },
    { index: 1, name: 'dense_1', gradNorm: 0.1, weightNorm: 2, updateRatio: 0.01 },
  ];

  it('is not raised while the loss falls steeply, and not once the run has fitted', () => {
    // blind7 housing-relu-adam-standard: half of a 16-unit layer dead from epoch 6, while the loss falls
    // 0.55 → 0.035 of its reference; leaky_relu (the advice) ends at the same validation loss (690 vs 690).
    const falling = [4, 3, 2, 1.4, 1, 0.7, 0.5, 0.35, 0.25, 0.18, 0.13, 0.09, 0.07, 0.06, 0.05].map((r) => r * 0.693);
    const feeder = new EpochFeeder(monitorFor(RELU));
    feeder.feed([...falling, ...repeat(0.03 * 0.693, 30)], (epoch) => (epoch < 5 ? layers() : halfDead()));
    assert.deepEqual(feeder.raisedCodes().filter((c) => c === 'dead-relu'), []);
  });

  it('is raised when the units die in a run that is not learning', () => {
    const feeder = new EpochFeeder(monitorFor(RELU));
    feeder.feed(repeat(0.69, 12), halfDead());
    assert.ok(feeder.raisedCodes().includes('dead-relu'), feeder.raisedCodes().join());
  });
});

describe('lr-too-high quick fixes', () => {
  it('offers the clip its message names beside the lower rate, unless a clip is set', () => {
    // blind7 sensors-batchnorm-sgd-full-batch: the lower rate (a tenth) ends at 0.375, "clipNorm": 1 at 0.150, as written 0.284.
    const plain = new EpochFeeder(monitorFor({ optimizer: { type: 'sgd', lr: 1 } }));
    plain.feed([0.6, 0.62], layers({ 1: { updateRatio: 2 } }));
    const fixes = plain.updates.flatMap((u) => u.raised).find((d) => d.code === 'lr-too-high')?.suggestions;
    assert.deepEqual(fixes?.map((f) => [f.path, f.value, f.preferred]), [['/optimizer/lr', 0.1, true], ['/optimizer/clipNorm', 1, false]]);
    const clipped = new EpochFeeder(monitorFor({ optimizer: { type: 'sgd', lr: 1, clipNorm: 1 } }));
    clipped.feed([0.6, 0.62], layers({ 1: { updateRatio: 2 } }));
    const clippedFixes = clipped.updates.flatMap((u) => u.raised).find((d) => d.code === 'lr-too-high')?.suggestions;
    assert.deepEqual(clippedFixes?.map((f) => f.path), ['/optimizer/lr']);
  });
});
