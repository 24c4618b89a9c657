/**
 * The per-epoch statistics `detector-thresholds.ts` prints, each with its threshold, the direction in
 * which it fires, and the part of its detector's condition that must also hold.
 */
import { DEFAULT_DIAGNOSTICS as D } from '../src/spec/types';

/** One epoch's statistics; window statistics are undefined until the window is full. */
export interface EpochSignals {
  loss: number;
  /** Largest saturated fraction over the hidden sigmoid/tanh layers (0 if none). */
  saturation: number;
  updateRatio: number;
  improvement?: number;
  bestRatio?: number;
  flips?: number;
  swing?: number;
  rise?: number;
}

/** A run's statistics, epoch by epoch. */
export interface Series {
  baseline: number;
  epochs: EpochSignals[];
}

/** A statistic as one detector uses it. */
export interface Statistic {
  label: string;
  /** Fault codes whose fixtures should push it past the threshold. */
  codes: string[];
  threshold: number;
  direction: 'above' | 'below';
  /** The value held for `patience` epochs nearest to firing; undefined if the gate never holds that long. */
  sustained(series: Series, patience: number): number | undefined;
  /** Whether `a` is nearer to firing than `b`. */
  closer(a: number, b: number): boolean;
}

type Pick = (e: EpochSignals) => number | undefined;
type Gate = (e: EpochSignals) => boolean;

function statistic(label: string, codes: string[], threshold: number, direction: 'above' | 'below', pick: Pick, gate: Gate = () => true): Statistic {
  const above = direction === 'above';
  return {
    label,
    codes,
    threshold,
    direction,
    closer: (a, b) => (above ? a > b : a < b),
    sustained(series, patience) {
      let best: number | undefined;
      for (let t = 0; t + patience <= series.epochs.length; t++) {
        const run = series.epochs.slice(t, t + patience);
        if (!run.every((e) => gate(e) && pick(e) !== undefined)) continue;
        const values = run.map((e) => pick(e)!);
        // Held for the whole run: the weakest value of it.
        const held = above ? Math.min(...values) : Math.max(...values);
        if (best === undefined || (above ? held > best : held < best)) best = held;
      }
      return best;
    },
  };
}

const stalled: Gate = (e) => e.improvement !== undefined && e.bestRatio !== undefined && e.improvement < D.plateauImprovement && e.bestRatio > D.goodLossRatio;

/** Every statistic a threshold applies to, in the order of the documentation. */
export const STATISTICS: Statistic[] = [
  statistic('saturated-activation: saturated fraction of the most saturated hidden sigmoid/tanh layer', ['saturated-activation'], D.saturatedFraction, 'above', (e) => e.saturation),
  statistic('loss-plateau: improvement of the best loss over the window / reference, while best/reference > goodLossRatio', ['loss-plateau', 'lr-too-low'], D.plateauImprovement, 'below', (e) => e.improvement, (e) => (e.bestRatio ?? 0) > D.goodLossRatio),
  statistic('loss-plateau: best loss of the window / reference, while improvement < plateauImprovement', ['loss-plateau', 'lr-too-low'], D.goodLossRatio, 'above', (e) => e.bestRatio, (e) => (e.improvement ?? Infinity) < D.plateauImprovement),
  statistic('oscillating-loss: fraction of epochs changing direction, while median swing > oscillationSwing', ['oscillating-loss'], D.oscillationFlips, 'above', (e) => e.flips, (e) => (e.swing ?? 0) > D.oscillationSwing),
  statistic('oscillating-loss: median epoch-to-epoch change / reference, while flips > oscillationFlips', ['oscillating-loss'], D.oscillationSwing, 'above', (e) => e.swing, (e) => (e.flips ?? 0) > D.oscillationFlips),
  statistic('lr-too-high: largest update/weight ratio of the epoch\'s last step', ['lr-too-high'], D.lrHighUpdateRatio, 'above', (e) => e.updateRatio),
  statistic('lr-too-high: lowest loss of the last 3 epochs above the best before them / reference', ['lr-too-high'], D.lrHighRise, 'above', (e) => e.rise),
  statistic('lr-too-low: largest update/weight ratio, while the run is stalled', ['lr-too-low'], D.lrLowUpdateRatio, 'below', (e) => e.updateRatio, stalled),
  statistic('lr-too-low vs loss-plateau: largest update/weight ratio of stalled loss-plateau faults (must stay above, or they read as lr-too-low)', ['loss-plateau'], D.lrLowUpdateRatio, 'below', (e) => e.updateRatio, stalled),
  statistic('lr-too-low: largest update/weight ratio in any epoch (why the stall gate is needed)', ['lr-too-low'], D.lrLowUpdateRatio, 'below', (e) => e.updateRatio),
];
