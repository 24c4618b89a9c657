/**
 * What the detectors remember of each dense layer across epochs. The engine reports gradients of an
 * epoch's last step only, and one batch can be unrepresentative (a balanced last batch gives the
 * output layer a near-zero gradient by chance), so gradient-flow judgements use the largest gradient
 * of the last few epochs; weight norms are compared with the largest the layer has had, which shows a
 * layer whose weights are being decayed away.
 */
import type { LayerStats } from '../../engine';
import { RECENT_EPOCHS } from './signals';

/** Per-layer memory of a run, fed once per finished epoch with finite loss. */
export class LayerHistory {
  private readonly epochs: (readonly LayerStats[])[] = [];
  private readonly peaks = new Map<number, number>();
  private readonly firstSaturation = new Map<number, number>();
  private readonly firstDead = new Map<number, number>();

  /** Records one epoch's layer statistics. */
  observe(layers: readonly LayerStats[]): void {
    this.epochs.push(layers);
    if (this.epochs.length > RECENT_EPOCHS) this.epochs.shift();
    for (const layer of layers) {
      if (layer.saturatedFraction !== undefined && !this.firstSaturation.has(layer.index)) this.firstSaturation.set(layer.index, layer.saturatedFraction);
      if (layer.deadFraction !== undefined && !this.firstDead.has(layer.index)) this.firstDead.set(layer.index, layer.deadFraction);
      if (Number.isFinite(layer.weightNorm) && !(layer.weightNorm <= (this.peaks.get(layer.index) ?? -1))) this.peaks.set(layer.index, layer.weightNorm);
    }
  }

  /**
   * The largest gradient norm of a layer over the last RECENT_EPOCHS epochs (NaN if any was not
   * finite, so that a blow-up is never read as a small gradient).
   */
  recentGradNorm(index: number): number {
    let max = 0;
    for (const layers of this.epochs) {
      const stats = layers.find((l) => l.index === index);
      if (!stats) continue;
      if (!Number.isFinite(stats.gradNorm)) return NaN;
      max = Math.max(max, stats.gradNorm);
    }
    return max;
  }

  /**
   * The median gradient norm of a layer over the last RECENT_EPOCHS epochs: its typical size, which
   * one larger step does not change (NaN if any was not finite).
   */
  typicalGradNorm(index: number): number {
    const norms = this.epochs.flatMap((layers) => layers.filter((l) => l.index === index).map((l) => l.gradNorm));
    if (norms.length === 0 || norms.some((n) => !Number.isFinite(n))) return NaN;
    norms.sort((a, b) => a - b);
    const middle = norms.length >> 1;
    return norms.length % 2 ? norms[middle] : (norms[middle - 1] + norms[middle]) / 2;
  }

  /**
   * The largest update-to-weight ratio of any layer over the last RECENT_EPOCHS epochs (NaN if any
   * was NaN): how much the steps can have moved the loss lately.
   */
  recentUpdateRatio(): number {
    let max = 0;
    for (const layers of this.epochs) {
      for (const layer of layers) {
        if (Number.isNaN(layer.updateRatio)) return NaN;
        max = Math.max(max, layer.updateRatio);
      }
    }
    return max;
  }

  /** A sigmoid/tanh layer's saturated fraction at the first epoch it was observed (undefined before, or for other activations). */
  startSaturation(index: number): number | undefined {
    return this.firstSaturation.get(index);
  }

  /** A ReLU-family layer's dead fraction at the first epoch it was observed (undefined before, or for other activations). */
  startDead(index: number): number | undefined {
    return this.firstDead.get(index);
  }

  /** A layer's weight norm over the largest it has had this run: 1 while its weights grow. */
  weightShare(stats: LayerStats): number {
    const peak = this.peaks.get(stats.index);
    return peak !== undefined && peak > 0 ? stats.weightNorm / peak : 1;
  }
}
