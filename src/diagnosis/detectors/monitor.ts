import type { EpochStats } from '../../engine';
import type { ParsedSpec } from '../../spec/parse';
import type { Diagnostic, DiagnosticsConfig, ModelSpec } from '../../spec/types';
import { fanIns } from '../context';
import type { ReferenceLoss } from './baseline';
import { Candidate, DetectorContext, locator } from './context';
import { gradientFlow } from './gradient-flow';
import { lrTooHigh, lrTooLow } from './learning-rate';
import { lossPlateau, oscillatingLoss, stall } from './loss-curve';
import { NanWatch } from './nan-loss';
import { deadRelu, saturatedActivation } from './units';

/** What one epoch changed in the set of active runtime diagnostics. */
export interface MonitorUpdate {
  raised: Diagnostic[];
  cleared: Diagnostic[];
  /** The run cannot usefully go on (the loss is no longer a number). */
  stop: boolean;
}

/** Extra knowledge about the run that sharpens the loss-curve detectors. */
export interface MonitorOptions {
  /**
   * The loss progress is measured against: `referenceLoss(spec, dataset, trainer)` before the first
   * step. Without it the first epoch's loss stands in.
   */
  reference?: ReferenceLoss;
}

/**
 * Watches a training run epoch by epoch and turns the engine's instruments into diagnostics on the
 * layer (or `/optimizer/lr`) they concern. A condition must hold for `patience` consecutive epochs
 * before it is raised, and is cleared as soon as it no longer holds; a NaN loss is raised at once.
 */
export class TrainingMonitor {
  private readonly streaks = new Map<string, number>();
  private readonly raised = new Map<string, Diagnostic>();
  private readonly losses: number[] = [];
  private readonly nan = new NanWatch();
  private readonly ctx: DetectorContext;

  constructor(parsed: ParsedSpec, spec: ModelSpec, inputs: number, options: MonitorOptions = {}) {
    const paramCounts = new Map<number, number>();
    for (const [index, fanIn] of fanIns(spec, inputs)) {
      const layer = spec.layers[index];
      if (layer.type === 'dense') paramCounts.set(index, (fanIn + 1) * layer.units);
    }
    const config: DiagnosticsConfig = spec.diagnostics;
    this.ctx = { spec, config, losses: this.losses, reference: options.reference, paramCounts, at: locator(parsed) };
  }

  /** The diagnostics currently raised. */
  get active(): Diagnostic[] {
    return [...this.raised.values()];
  }

  /** The last epoch whose loss was finite: after a NaN, the statistics to trust. */
  get lastGoodEpoch(): EpochStats | undefined {
    return this.nan.lastGood;
  }

  /** Feeds one finished epoch; returns what was raised or cleared. */
  observeEpoch(stats: EpochStats): MonitorUpdate {
    if (!Number.isFinite(stats.loss)) return this.apply([this.nan.candidate(this.ctx, stats)], false);
    this.losses.push(stats.loss);
    if (this.ctx.reference === undefined && stats.loss > 0) this.ctx.reference = { loss: stats.loss, what: 'the first epoch\'s loss' };
    this.nan.observeFinite(stats, this.ctx.config.explodingGradNorm);
    return this.apply(this.detect(stats), true);
  }

  /**
   * Causes first; the loss-curve symptoms only when no cause explains them, so one problem draws one
   * warning: a stalled run with dead units gets `dead-relu`, not also `loss-plateau`.
   */
  private detect(stats: EpochStats): Candidate[] {
    const ctx = this.ctx;
    const causes = [...deadRelu(ctx, stats.layers), ...saturatedActivation(ctx, stats.layers), ...gradientFlow(ctx, stats.layers)];
    const tooHigh = lrTooHigh(ctx, stats.layers);
    if (tooHigh.length > 0) return [...causes, ...tooHigh];
    const stalled = stall(ctx);
    const tooLow = causes.length === 0 ? lrTooLow(ctx, stats.layers, stalled) : [];
    const oscillating = oscillatingLoss(ctx);
    const symptoms = [...tooLow, ...oscillating];
    if (stalled && causes.length === 0 && symptoms.length === 0) symptoms.push(lossPlateau(ctx, stalled));
    return [...causes, ...symptoms];
  }

  /** The patience filter. `clearMissing` is false after a NaN: what was active stays as evidence. */
  private apply(candidates: Candidate[], clearMissing: boolean): MonitorUpdate {
    const update: MonitorUpdate = { raised: [], cleared: [], stop: candidates.some((c) => c.immediate) };
    for (const candidate of candidates) {
      const streak = (this.streaks.get(candidate.key) ?? 0) + 1;
      this.streaks.set(candidate.key, streak);
      const due = candidate.immediate || streak >= this.ctx.config.patience;
      if (due && !this.raised.has(candidate.key)) update.raised.push(candidate.diagnostic);
      if (due) this.raised.set(candidate.key, candidate.diagnostic);
    }
    if (!clearMissing) return update;
    const seen = new Set(candidates.map((c) => c.key));
    for (const key of [...this.streaks.keys()]) {
      if (seen.has(key)) continue;
      this.streaks.delete(key);
      const gone = this.raised.get(key);
      if (gone) update.cleared.push(gone);
      this.raised.delete(key);
    }
    return update;
  }
}
