import { strict as assert } from 'assert';
import { fallingSteeplyEarly, fallRate, fittedLevel, FIT_SHARE, makingProgress, progressOf, ProgressInput, settledFit, steadyDescent, STEEP_FALL_RATE } from '../../../src/diagnosis/detectors/progress';
import { DEFAULT_DIAGNOSTICS } from '../../../src/spec/types';

const REFERENCE = { loss: 0.693, what: 'the loss of predicting the class prior' };

function input(losses: number[], linear?: number): ProgressInput {
  return { losses, reference: linear === undefined ? REFERENCE : { ...REFERENCE, linear }, config: DEFAULT_DIAGNOSTICS };
}

describe('training progress (one measure for every training detector)', () => {
  describe('fittedLevel', () => {
    it('is FIT_SHARE of the lower of the reference and the linear model\'s loss', () => {
      assert.ok(Math.abs(fittedLevel({ ...REFERENCE, linear: 0.693 * 0.9 }) - FIT_SHARE * 0.9) < 1e-12);
      assert.equal(fittedLevel(REFERENCE), FIT_SHARE, 'no linear model: the reference alone');
    });

    it('sets no bar from a linear model worse than the constant answer (raw dollar features)', () => {
      assert.equal(fittedLevel({ ...REFERENCE, linear: 0.693 * 273 }), FIT_SHARE);
    });

    it('counts a loss at or under a linear model that fits well, up to a tenth of the reference, as converged', () => {
      // Linear model at 0.3 of the reference: a fifth of it is 0.06, but 0.1 of the reference is converged.
      assert.ok(Math.abs(fittedLevel({ ...REFERENCE, linear: 0.693 * 0.3 }) - 0.1) < 1e-12);
      assert.ok(Math.abs(fittedLevel({ ...REFERENCE, linear: 0.693 * 0.05 }) - 0.05) < 1e-12);
    });
  });

  describe('fallingSteeplyEarly', () => {
    it('measures a run of 3 to 5 epochs from its first epoch, where fallRate cannot yet', () => {
      // Blind16 housing-sgd-clip's first five epochs: a raw-price regression plunging.
      const housing = [78192, 64390, 39827, 19457, 8315];
      assert.equal(fallRate(housing), 0, 'too short for fallRate');
      assert.ok(fallingSteeplyEarly(housing));
      assert.ok(fallingSteeplyEarly(housing.slice(0, 3)));
      assert.equal(fallingSteeplyEarly(housing.slice(0, 2)), false, 'two epochs are not a trend');
      assert.equal(fallingSteeplyEarly([...housing, 7000]), false, 'from the sixth epoch fallRate speaks');
    });
    it('is false for a flat or slow start', () => {
      assert.equal(fallingSteeplyEarly([0.7, 0.69, 0.69, 0.68]), false, '1% per epoch');
      assert.equal(fallingSteeplyEarly([0.7, 0.75, 0.8]), false, 'rising');
      const steep = 1 - STEEP_FALL_RATE;
      assert.ok(fallingSteeplyEarly([1, steep * 0.999, steep * steep * 0.999]));
    });
  });

  describe('fallRate and steadyDescent', () => {
    it('measures the per-epoch fall of the best loss over five epochs, 0 when it did not fall', () => {
      const halving = [1, 1, 1, 1, 1, 0.5];
      assert.ok(Math.abs(fallRate(halving) - (1 - 0.5 ** 0.2)) < 1e-12);
      assert.equal(fallRate([1, 0.9, 0.95, 1, 1.1, 1.2, 1.3]), 0);
      assert.equal(fallRate([1, 0.5]), 0, 'too few epochs');
    });

    it('sees a loss that fell at every epoch, from the second epoch on, and not one bump', () => {
      assert.equal(steadyDescent([1], 10), false);
      assert.equal(steadyDescent([1, 0.9], 10), true);
      assert.equal(steadyDescent([1, 0.9, 0.8, 0.85, 0.7], 10), false);
      // Only the last window counts: an old bump is forgotten.
      assert.equal(steadyDescent([1, 1.2, 1.1, 1.0, 0.9], 3), true);
    });
  });

  describe('progressOf', () => {
    it('calls a run far beyond its linear model and not climbing a settled fit', () => {
      // Blind5's spirals2-tanh-adam-0.03 after it learnt: 0.09-0.13 of the reference, the linear model at 0.93.
      const losses = [0.69, 0.5, 0.3, 0.2, 0.12, 0.09, 0.085, 0.09, 0.088, 0.086, 0.09, 0.087, 0.089, 0.088];
      const progress = progressOf(input(losses, 0.93 * 0.693));
      assert.ok(progress.fitted && progress.holding && settledFit(progress));
    });

    it('does not call a run that stays at 0.17 of the reference over a linear model at 0.96 fitted', () => {
      const losses = Array.from({ length: 20 }, () => 0.17 * 0.693);
      assert.equal(progressOf(input(losses, 0.96 * 0.693)).fitted, false);
    });

    it('is not holding a fit the loss has climbed away from by more than lrHighRise', () => {
      const losses = [0.69, 0.3, 0.1, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06, 0.06, 0.25, 0.24, 0.26];
      const progress = progressOf(input(losses, 0.9 * 0.693));
      assert.equal(progress.holding, false);
      assert.equal(settledFit(progress), false);
    });

    it('is making progress while the loss falls steeply, fitted or not', () => {
      const losses = [0.69, 0.68, 0.67, 0.66, 0.6, 0.5, 0.45, 0.4, 0.35];
      const progress = progressOf(input(losses, 0.9 * 0.693));
      assert.ok(fallRate(losses) >= STEEP_FALL_RATE);
      assert.equal(progress.fitted, false);
      assert.ok(makingProgress(progress));
    });

    it('is not making progress on a flat loss far from good', () => {
      const losses = Array.from({ length: 20 }, (_, e) => 0.6 + 0.005 * Math.sin(e));
      assert.equal(makingProgress(progressOf(input(losses, 0.9 * 0.693))), false);
    });

    it('knows nothing without a reference', () => {
      const progress = progressOf({ losses: [0.1, 0.05, 0.01, 0.005, 0.004], reference: undefined, config: DEFAULT_DIAGNOSTICS });
      assert.equal(progress.fitted, false);
      assert.equal(progress.recovering, false);
    });
  });
});
