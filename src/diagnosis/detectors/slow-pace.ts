/**
 * `lr-too-low`'s evidence from a loss that still falls, but too slowly: every step goes downhill, yet
 * at the pace of the last `lossWindow` epochs the run cannot get where the data allows. Each function
 * returns its evidence in words with the numbers, or undefined. Split from `learning-rate.ts`, which
 * decides when each applies.
 */
import type { LayerStats } from '../../engine';
import { denseLayers, fmt } from '../context';
import type { DetectorContext } from './context';
import { goodLevel, steadyDescent } from './progress';
import { decayCollapse, heavyDropout } from './regularization';

/**
 * A stalled loss that fell at every one of the last `lossWindow` epochs, while a linear model gets
 * below the good level on the same rows: every step goes downhill and the data allows much better, so
 * the steps are too short (the final set's full-batch SGD at 0.01: 100 steps, the loss creeping down
 * at 0.92 of its reference, the linear model at 0.37). A network short of capacity flattens out
 * where a linear model does no better (the plateau faults whose loss still falls every epoch have
 * linear models at 0.94 of the reference), and decay or heavy dropout are causes of their own.
 * Returns the evidence, or undefined.
 */
export function slowDescent(ctx: DetectorContext, layers: readonly LayerStats[]): string | undefined {
  const { reference, config } = ctx;
  const linear = reference?.linear;
  if (reference === undefined || linear === undefined || !(linear / reference.loss < config.goodLossRatio)) return undefined;
  if (decayCollapse(ctx, layers) || heavyDropout(ctx.spec, ctx.inputs)) return undefined;
  const steady = steadyPace(ctx);
  if (steady === undefined) return undefined;
  const epochs = (steady.last - linear) / steady.pace;
  return (
    `the loss fell at every one of the last ${config.lossWindow} epochs, but only by ${fmt(steady.pace)} per epoch: at this pace it needs about ` +
    `${fmt(epochs)} more epochs to reach the ${fmt(linear)} a linear model (the output layer alone) reaches on the same rows`
  );
}

/**
 * A loss that falls at every one of the last `lossWindow` epochs, with no layer's weights changing by
 * `lrLowUpdateRatio` of their size per step, in a network still worse than a linear model on the same
 * rows (by `plateauImprovement` of the reference), whose weights at this pace would travel less than
 * `probeLowWeightTravel` of their norm over the whole planned run: the steps go downhill but are far
 * too short, though the loss, falling slowly from a high start, is not a stall (blind16
 * lr-too-low.adam-2e-5-moons, a fine-tuning rate copied to a small net: at epoch 11 ratio 6.4e-5 over
 * 1,300 steps, 0.083 of the weights' norm, the loss 0.51 against a linear model's 0.27; it ends its 100
 * epochs at 0.36). The probe's weight-travel bound, applied to the run as
 * measured. Returns the evidence, or undefined.
 */
export function creepingEvidence(ctx: DetectorContext, ratio: number): string | undefined {
  const { reference, config, plannedSteps } = ctx;
  const linear = reference?.linear;
  if (reference === undefined || linear === undefined || plannedSteps === undefined || !(ratio < config.lrLowUpdateRatio)) return undefined;
  const steady = steadyPace(ctx);
  if (steady === undefined) return undefined;
  // Falling at every epoch of the window, its best is its last.
  const best = steady.last;
  const travel = ratio * plannedSteps;
  if (!(best > linear + config.plateauImprovement * reference.loss) || !(travel < config.probeLowWeightTravel)) return undefined;
  return (
    `the loss falls at every epoch, but no layer's weights change by more than ${fmt(ratio)} of their size per step ` +
    `(threshold ${fmt(config.lrLowUpdateRatio)}): over the ${fmt(plannedSteps)} steps of the whole run they would move ${fmt(travel)} of their norm ` +
    `(threshold ${fmt(config.probeLowWeightTravel)}), while the network (${fmt(best)}) is still worse than a linear model on the same rows (${fmt(linear)})`
  );
}

/**
 * A network still worse than the constant answer (the mean target or the class prior, `reference`)
 * at every epoch of the last `lossWindow`, whose loss falls at each of them (a creep, not a noisy run
 * hovering near the constant answer) but so slowly that at that window's pace it
 * would not even reach the constant answer in the epochs the run has left: steps far too short for
 * the distance the weights must travel, typically an output that must grow to regression targets on a
 * raw scale (blind24 loss-plateau.raw-rent-linear-tiny: rents in euros under Adam 0.001, 1.01e6 →
 * 9.15e5 over 100 epochs against a constant answer's 8.5e4; at lr 0.01 it ends at 2.1e4, at 0.1 at
 * 5,290). Its update ratios look healthy (2e-3), as every Adam step is about `lr` per weight, which
 * is why the ratio rules miss it. Or the same of a network with hidden layers still worse than a
 * linear model (`shortOfLinear`).
 */
export function shortOfGoal(ctx: DetectorContext, layers: readonly LayerStats[]): string | undefined {
  const { reference } = ctx;
  if (reference === undefined) return undefined;
  const constant = paceTo(ctx, reference.loss, reference.loss);
  if (constant !== undefined) {
    return (
      `the network is still worse than a constant answer (loss ${fmt(constant.last)} against ${fmt(reference.loss)}, ${reference.what}), ` +
      `and at the pace of its last ${ctx.config.lossWindow} epochs (${fmt(constant.pace)} per epoch) it would take ${fmt(constant.needed)} more epochs ` +
      `just to get there, with ${constant.left} left in the run`
    );
  }
  return shortOfLinear(ctx, layers);
}

/**
 * How far above a linear model's loss, as a share of the reference loss, a network below the good
 * level must still be for a slow descent there to count: blind35's digits, learnt, sit 0.032 above it.
 */
export const FAR_SHORT_OF_LINEAR = 0.1;

/**
 * A network with hidden layers still worse than a linear model on the same rows (by
 * `plateauImprovement` of the reference), falling at every epoch of the last `lossWindow` but at a
 * pace that would not take it to the linear model's loss in the epochs the run has left: the run will
 * end before its network does what the output layer alone does (blind33
 * lr-too-low.moons-sgd-lr0001-short, the Playground's 0.001 under plain SGD for 40 epochs: the loss
 * falls at every epoch, 0.99 to 0.52 over the run, while a linear model gets 0.27; at lr 0.01 the run ends at 0.28).
 * Only while the network is above the level that counts as learnt (`goodLevel`, as for loss-plateau),
 * or still short of the linear model by FAR_SHORT_OF_LINEAR of the reference: a network that has
 * learnt most of what the data allows is short of a linear model's training loss by a detail (blind35
 * digits-sigmoid-hidden-adam, 64 pixels and 10 classes: 0.093 against the linear model's 0.019, above
 * it by 0.032 of its 2.30 reference, and a higher rate only overfits), one crawling below the good level may be far
 * from it (blind104 lr-too-low.sgd-plain-0.002-batch-256-solvent, plain SGD 0.002 at two steps an epoch:
 * 0.23 of the reference after 80 epochs, every one lower, against a linear model's 0.035).
 * Not for a network without hidden layers: it is the linear model, and on separable classes its loss
 * falls for ever (the healthy softmax and logistic regressions on blobs: still 0.10 to 0.29 of the
 * reference and falling when their runs end, fine fits). Nor under weight decay that is shrinking the
 * weights or heavy dropout, causes of their own. Measured over the thirty-four sets (`npm run
 * bench:faults -- --set all`): see docs/diagnostics.md, lr-too-low.
 */
function shortOfLinear(ctx: DetectorContext, layers: readonly LayerStats[]): string | undefined {
  const { reference, config } = ctx;
  const linear = reference?.linear;
  if (reference === undefined || linear === undefined || denseLayers(ctx.spec).length < 2) return undefined;
  // A network past the level that counts as learnt is short of a linear model by a detail, not a rate, unless it is far short.
  const last = ctx.losses[ctx.losses.length - 1];
  const unlearnt = last > goodLevel(config.goodLossRatio, reference) * reference.loss;
  if (!unlearnt && !(last > linear + FAR_SHORT_OF_LINEAR * reference.loss)) return undefined;
  if (decayCollapse(ctx, layers) || heavyDropout(ctx.spec, ctx.inputs)) return undefined;
  const short = paceTo(ctx, linear, linear + config.plateauImprovement * reference.loss);
  if (short === undefined) return undefined;
  return (
    `the loss falls at every epoch, but at the pace of its last ${config.lossWindow} epochs (${fmt(short.pace)} per epoch) it would take ` +
    `${fmt(short.needed)} more epochs to reach the ${fmt(linear)} a linear model (the output layer alone) reaches on the same rows, ` +
    `with ${short.left} left in the run (loss now ${fmt(short.last)})`
  );
}

/** Where a steadily falling loss stands against a goal: its last loss, its pace per epoch, and the epochs it needs and has left. */
interface Pace {
  last: number;
  pace: number;
  needed: number;
  left: number;
}

/**
 * A loss that fell at every one of the last `lossWindow` epochs and still stands above `above`, whose
 * pace over that window would not take it down to `goal` in the epochs the run has left; else undefined.
 */
function paceTo(ctx: DetectorContext, goal: number, above: number): Pace | undefined {
  const steady = steadyPace(ctx);
  if (steady === undefined || !(steady.last > above)) return undefined;
  const left = ctx.spec.training.epochs - ctx.losses.length;
  const needed = Math.ceil((steady.last - goal) / steady.pace);
  return needed > left ? { ...steady, needed, left } : undefined;
}

/**
 * A loss that fell at every one of the last `lossWindow` epochs: its last value (the window's best) and
 * its fall per epoch over that window, positive; undefined otherwise. The pace every rule here reads.
 */
function steadyPace(ctx: DetectorContext): { last: number; pace: number } | undefined {
  const { losses, config } = ctx;
  const window = config.lossWindow;
  if (losses.length <= window || !steadyDescent(losses, window)) return undefined;
  const last = losses[losses.length - 1];
  return { last, pace: (losses[losses.length - 1 - window] - last) / window };
}
