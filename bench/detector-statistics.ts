/**
 * The per-epoch statistics `detector-thresholds.ts` prints, each with its threshold, the direction in
 * which it fires, the runs that should push it past the threshold and those that must stay short of
 * it (healthy specs, or for an attribution rule the faults whose cause is another), and the part of
 * its detector's condition that must also hold.
 */
import { BLOCK_STEP, DECAY_SHRINK, RISE_MULTIPLE } from '../src/diagnosis/detectors';
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
  /** Lowest loss of the last 3 epochs over the best before them. */
  riseMultiple?: number;
  /** First layer's recent gradient RMS over the output layer's (`gradient-reach.ts`). */
  reach: number;
  /** Median recent gradient norm of the first layer. */
  firstNorm: number;
  /** Steepest single-layer step of the gradient profile. */
  steepest: number;
  /** A dead ReLU or saturated hidden layer explains a small gradient. */
  unitsExplain: boolean;
  /** Smallest weight norm of a layer over its peak this run. */
  weightShare: number;
  /** Weight decay is set and some layer is below DECAY_SHRINK of its peak norm. */
  decayed: boolean;
}

/** What a statistic needs to know about a run besides its epochs. */
export interface RunInfo {
  file: string;
  /** The fault's code; undefined for a healthy spec. */
  code?: string;
  weightDecay: number;
}

/** A run's statistics, epoch by epoch. */
export interface Series {
  baseline: number;
  epochs: EpochSignals[];
}

/** A statistic as one detector uses it. */
export interface Statistic {
  label: string;
  threshold: number;
  direction: 'above' | 'below';
  /** Runs whose statistic should pass the threshold. */
  fires(run: RunInfo): boolean;
  /** Runs whose statistic must stay short of it: healthy specs unless said otherwise. */
  silent(run: RunInfo): boolean;
  /** What the silent side is, for the report. */
  silentLabel: string;
  /** The value held for `patience` epochs nearest to firing; undefined if the gate never holds that long. */
  sustained(series: Series, patience: number): number | undefined;
  /** Whether `a` is nearer to firing than `b`. */
  closer(a: number, b: number): boolean;
}

type Pick = (e: EpochSignals) => number | undefined;
type Gate = (e: EpochSignals) => boolean;

interface Sides {
  fires: (run: RunInfo) => boolean;
  silent?: (run: RunInfo) => boolean;
  silentLabel?: string;
}

const healthy = (run: RunInfo) => run.code === undefined;
const ofCodes = (...codes: string[]) => (run: RunInfo) => codes.includes(run.code ?? '');

function statistic(label: string, sides: Sides, threshold: number, direction: 'above' | 'below', pick: Pick, gate: Gate = () => true): Statistic {
  const above = direction === 'above';
  return {
    label,
    threshold,
    direction,
    fires: sides.fires,
    silent: sides.silent ?? healthy,
    silentLabel: sides.silentLabel ?? 'healthy',
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
/** The vanishing-gradient condition before attribution: tiny reach and a small first-layer norm. */
const smallFirstGradient: Gate = (e) => e.reach < D.vanishingRatio && e.firstNorm < D.vanishingGradNorm;
const weightDecayed = (run: RunInfo) => run.weightDecay > 0;

/** Every statistic a threshold applies to, in the order of the documentation. */
export const STATISTICS: Statistic[] = [
  statistic('saturated-activation: saturated fraction of the most saturated hidden sigmoid/tanh layer', { fires: ofCodes('saturated-activation') }, D.saturatedFraction, 'above', (e) => e.saturation),
  statistic(
    'vanishing-gradient vs a block: steepest single-layer step of the gradient profile, while reach < vanishingRatio, the first norm < vanishingGradNorm and no dead/saturated layer nor weight decay explains it',
    { fires: ofCodes('vanishing-gradient'), silent: (run) => run.code !== undefined && run.code !== 'vanishing-gradient', silentLabel: 'other faults' },
    BLOCK_STEP,
    'above',
    (e) => e.steepest,
    (e) => smallFirstGradient(e) && !e.unitsExplain && !e.decayed,
  ),
  statistic(
    'weight decay as the cause: smallest weight norm of a layer over its peak, runs with weightDecay > 0',
    { fires: (run) => weightDecayed(run) && run.code === 'loss-plateau', silent: (run) => weightDecayed(run) && run.code !== 'loss-plateau', silentLabel: 'other runs with weightDecay' },
    DECAY_SHRINK,
    'below',
    (e) => e.weightShare,
  ),
  statistic('loss-plateau: improvement of the best loss over the window / reference, while best/reference > goodLossRatio', { fires: ofCodes('loss-plateau', 'lr-too-low') }, D.plateauImprovement, 'below', (e) => e.improvement, (e) => (e.bestRatio ?? 0) > D.goodLossRatio),
  statistic('loss-plateau: best loss of the window / reference, while improvement < plateauImprovement', { fires: ofCodes('loss-plateau', 'lr-too-low') }, D.goodLossRatio, 'above', (e) => e.bestRatio, (e) => (e.improvement ?? Infinity) < D.plateauImprovement),
  statistic('oscillating-loss: fraction of epochs changing direction, while median swing > oscillationSwing', { fires: ofCodes('oscillating-loss') }, D.oscillationFlips, 'above', (e) => e.flips, (e) => (e.swing ?? 0) > D.oscillationSwing),
  statistic('oscillating-loss: median epoch-to-epoch change / reference, while flips > oscillationFlips', { fires: ofCodes('oscillating-loss') }, D.oscillationSwing, 'above', (e) => e.swing, (e) => (e.flips ?? 0) > D.oscillationFlips),
  statistic('lr-too-high: largest update/weight ratio of the epoch\'s last step', { fires: ofCodes('lr-too-high') }, D.lrHighUpdateRatio, 'above', (e) => e.updateRatio),
  statistic('lr-too-high: lowest loss of the last 3 epochs above the best before them / reference', { fires: ofCodes('lr-too-high', 'oscillating-loss') }, D.lrHighRise, 'above', (e) => e.rise),
  statistic(
    'lr-too-high: lowest loss of the last 3 epochs over the best before them, while that rise / reference >= plateauImprovement',
    { fires: ofCodes('lr-too-high', 'oscillating-loss') },
    RISE_MULTIPLE,
    'above',
    (e) => e.riseMultiple,
    (e) => (e.rise ?? 0) >= D.plateauImprovement,
  ),
  statistic('lr-too-low: largest update/weight ratio, while the run is stalled and some weight moved', { fires: ofCodes('lr-too-low') }, D.lrLowUpdateRatio, 'below', (e) => e.updateRatio, (e) => stalled(e) && e.updateRatio > 0),
  statistic(
    'lr-too-low vs loss-plateau: largest update/weight ratio of stalled loss-plateau faults, while some weight moved (must stay above, or they read as lr-too-low)',
    { fires: () => false, silent: ofCodes('loss-plateau'), silentLabel: 'stalled loss-plateau faults' },
    D.lrLowUpdateRatio,
    'below',
    (e) => e.updateRatio,
    (e) => stalled(e) && e.updateRatio > 0,
  ),
  statistic('lr-too-low: largest update/weight ratio in any epoch (why the stall gate is needed)', { fires: ofCodes('lr-too-low') }, D.lrLowUpdateRatio, 'below', (e) => e.updateRatio),
];
