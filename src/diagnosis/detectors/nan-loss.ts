/**
 * `nan-loss`: the loss stopped being a number. The run must stop; this keeps what is needed to say
 * which epoch was the last good one and where the blow-up started.
 */
import type { EpochStats } from '../../engine';
import { fmt, layerLabel } from '../context';
import { explodingBoundText } from '../gradient-scale';
import { Candidate, DetectorContext, lowerLr, setClipNorm, setLr } from './context';

/** The first time a layer's gradient norm went over `explodingGradNorm` (or stopped being finite). */
interface Explosion {
  epoch: number;
  index: number;
  gradNorm: number;
}

/** What stopped being a number: the loss, or (behind a finite loss) a layer's weights. */
function brokenText(ctx: DetectorContext, stats: EpochStats): string {
  if (!Number.isFinite(stats.loss)) return `The training loss became ${stats.loss} in epoch ${stats.epoch}: the weights overflowed`;
  const layer = stats.layers.find((l) => !Number.isFinite(l.weightNorm));
  const where = layer ? layerLabel(ctx.spec, layer.index) : 'a layer';
  return (
    `The weights of ${where} stopped being numbers in epoch ${stats.epoch} while the loss still read ${fmt(stats.loss)} ` +
    `(a ReLU outputs 0 for a NaN input, which hides the damage from the loss)`
  );
}

/** Follows a run's finite epochs so that a NaN loss can be explained. */
export class NanWatch {
  private good: EpochStats | undefined;
  private explosion: Explosion | undefined;

  /** The last epoch whose loss was finite. */
  get lastGood(): EpochStats | undefined {
    return this.good;
  }

  /** Notes a finished epoch with a finite loss. */
  observeFinite(stats: EpochStats, explodingGradNorm: number): void {
    this.good = stats;
    if (this.explosion) return;
    const blown = stats.layers.find((l) => !(l.gradNorm <= explodingGradNorm));
    if (blown) this.explosion = { epoch: stats.epoch, index: blown.index, gradNorm: blown.gradNorm };
  }

  /** The diagnostic for an epoch whose loss is NaN or infinite: raised at once, and the run stops. */
  candidate(ctx: DetectorContext, stats: EpochStats): Candidate {
    const { clipNorm } = ctx.spec.optimizer;
    const suggested = lowerLr(ctx.spec, 10);
    const rescale = ctx.dataScale?.suggestions ?? [];
    const message = `${brokenText(ctx, stats)}, so training cannot go on and was stopped. ${this.lastGoodText()} ${this.causeText(ctx)} ${remedyText(ctx, suggested)}`;
    const fixes = [...rescale, setLr(suggested, rescale.length === 0), ...(clipNorm > 0 ? [] : [setClipNorm(false)])];
    return { key: 'nan-loss', immediate: true, diagnostic: ctx.at('nan-loss', 'error', '/optimizer/lr', message, fixes) };
  }

  private lastGoodText(): string {
    const good = this.good;
    if (!good) return 'No epoch finished with a finite loss.';
    return `The last good epoch was ${good.epoch} (loss ${fmt(good.loss)}): its statistics are the last ones to trust.`;
  }

  private causeText(ctx: DetectorContext): string {
    const blown = this.explosion;
    if (!blown) return 'No layer\'s gradient norm had exceeded the exploding threshold before, so the overflow came within one epoch.';
    return (
      `The blow-up started at ${layerLabel(ctx.spec, blown.index)}: its gradient norm reached ${fmt(blown.gradNorm)} in epoch ${blown.epoch} ` +
      `(${explodingBoundText(ctx.config.explodingGradNorm, ctx.reference?.targetScale ?? 1, fmt)}), the first layer to do so.`
    );
  }
}

/**
 * What to change: the data's scale when it is far from unit (`data-scale.ts`), whose overflow a lower
 * rate only postpones; otherwise the rate, the usual cause.
 */
function remedyText(ctx: DetectorContext, suggested: number): string {
  const { lr, clipNorm } = ctx.spec.optimizer;
  if (ctx.dataScale) return `${ctx.dataScale.text} Meanwhile a lower learning rate (${fmt(suggested)})${clipNorm > 0 ? '' : ' or "clipNorm" 1'} holds the steps down.`;
  return `The usual cause is a learning rate too high for this network (${fmt(lr)}); try ${fmt(suggested)}${clipNorm > 0 ? '' : ', or set "clipNorm" (e.g. 1) in the optimizer'}.`;
}
