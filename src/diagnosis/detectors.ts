import type { EpochStats, LayerStats } from '../engine';
import type { ParsedSpec } from '../spec/parse';
import type { Diagnostic, DiagnosticsConfig, ModelSpec } from '../spec/types';
import { diagnosticAt, fanIns, fmt, layerLabel } from './context';

/** A condition seen in one epoch, before the patience filter decides whether to report it. */
interface Candidate {
  key: string;
  diagnostic: Diagnostic;
  /** Reported at once, without waiting for `patience` epochs (e.g. NaN loss). */
  immediate?: boolean;
}

/** What one epoch changed in the set of active runtime diagnostics. */
export interface MonitorUpdate {
  raised: Diagnostic[];
  cleared: Diagnostic[];
  /** The run cannot usefully go on (the loss is no longer a number). */
  stop: boolean;
}

/**
 * Watches a training run epoch by epoch and turns the engine's instruments into diagnostics on the
 * layer (or `/optimizer/lr`) they concern. A condition must hold for `patience` consecutive epochs
 * before it is raised, and is cleared as soon as it no longer holds.
 */
export class TrainingMonitor {
  private readonly streaks = new Map<string, number>();
  private readonly raised = new Map<string, Diagnostic>();
  private readonly config: DiagnosticsConfig;
  private readonly paramCounts: Map<number, number>;

  constructor(private readonly parsed: ParsedSpec, private readonly spec: ModelSpec, inputs: number) {
    this.config = spec.diagnostics;
    this.paramCounts = new Map();
    for (const [index, fanIn] of fanIns(spec, inputs)) {
      const layer = spec.layers[index];
      if (layer.type === 'dense') this.paramCounts.set(index, (fanIn + 1) * layer.units);
    }
  }

  /** The diagnostics currently raised. */
  get active(): Diagnostic[] {
    return [...this.raised.values()];
  }

  /** Feeds one finished epoch; returns what was raised or cleared. */
  observeEpoch(stats: EpochStats): MonitorUpdate {
    const candidates = [...this.nanLoss(stats), ...this.deadRelu(stats.layers), ...this.gradientFlow(stats.layers)];
    const seen = new Set(candidates.map((c) => c.key));
    const update: MonitorUpdate = { raised: [], cleared: [], stop: candidates.some((c) => c.immediate) };
    for (const candidate of candidates) {
      const streak = (this.streaks.get(candidate.key) ?? 0) + 1;
      this.streaks.set(candidate.key, streak);
      const due = candidate.immediate || streak >= this.config.patience;
      if (due && !this.raised.has(candidate.key)) update.raised.push(candidate.diagnostic);
      if (due) this.raised.set(candidate.key, candidate.diagnostic);
    }
    for (const key of [...this.streaks.keys()]) {
      if (seen.has(key)) continue;
      this.streaks.delete(key);
      const gone = this.raised.get(key);
      if (gone) update.cleared.push(gone);
      this.raised.delete(key);
    }
    return update;
  }

  private nanLoss(stats: EpochStats): Candidate[] {
    if (Number.isFinite(stats.loss)) return [];
    const lr = this.spec.optimizer.lr;
    const message =
      `The training loss became ${stats.loss} in epoch ${stats.epoch}: the weights overflowed, so training cannot go on. ` +
      `The usual cause is a learning rate too high for this network (${fmt(lr)}); try ${fmt(lr / 10)}, ` +
      'or set "clipNorm" (e.g. 1) in the optimizer.';
    return [{ key: 'nan-loss', immediate: true, diagnostic: this.at('nan-loss', 'error', '/optimizer/lr', message) }];
  }

  private deadRelu(layers: LayerStats[]): Candidate[] {
    const found: Candidate[] = [];
    for (const stats of layers) {
      const layer = this.spec.layers[stats.index];
      if (layer?.type !== 'dense' || layer.activation !== 'relu' || stats.deadFraction === undefined) continue;
      if (stats.deadFraction < this.config.deadReluFraction) continue;
      const dead = Math.round(stats.deadFraction * layer.units);
      const message =
        `${dead} of ${layer.units} ReLU units in ${layerLabel(this.spec, stats.index)} (${fmt(100 * stats.deadFraction)}%) ` +
        `output 0 for every sample of the epoch (threshold ${fmt(100 * this.config.deadReluFraction)}%): they get no gradient ` +
        'and can never recover. Use "activation": "leaky_relu", a lower learning rate, or a small positive "bias".';
      found.push({ key: `dead-relu:${stats.index}`, diagnostic: this.at('dead-relu', 'warning', `/layers/${stats.index}/activation`, message) });
    }
    return found;
  }

  /** Exploding and vanishing gradients, from absolute norms and the first-to-last layer ratio. */
  private gradientFlow(layers: LayerStats[]): Candidate[] {
    if (layers.length === 0) return [];
    const exploding = this.exploding(layers);
    if (exploding) return [exploding];
    const vanishing = this.vanishing(layers);
    return vanishing ? [vanishing] : [];
  }

  private exploding(layers: LayerStats[]): Candidate | undefined {
    const worst = layers.reduce((a, b) => (!(b.gradNorm <= a.gradNorm) ? b : a));
    const ratio = this.rmsRatio(layers);
    const { explodingGradNorm, explodingRatio } = this.config;
    let why: string;
    if (!Number.isFinite(worst.gradNorm) || worst.gradNorm > explodingGradNorm) {
      why = `its gradient norm is ${fmt(worst.gradNorm)} (threshold ${fmt(explodingGradNorm)})`;
    } else if (layers.length >= 2 && ratio > explodingRatio) {
      why = `the gradient per weight is ${fmt(ratio)}× larger here than in the output layer (threshold ${fmt(explodingRatio)}×)`;
      return this.flowCandidate('exploding-gradient', layers[0], why);
    } else {
      return undefined;
    }
    return this.flowCandidate('exploding-gradient', worst, why);
  }

  private vanishing(layers: LayerStats[]): Candidate | undefined {
    if (layers.length < 2) return undefined;
    const first = layers[0];
    const ratio = this.rmsRatio(layers);
    const { vanishingGradNorm, vanishingRatio } = this.config;
    if (!(ratio < vanishingRatio && first.gradNorm < vanishingGradNorm)) return undefined;
    const why =
      `its gradient norm is ${fmt(first.gradNorm)} (threshold ${fmt(vanishingGradNorm)}) and per weight ${fmt(ratio)}× ` +
      `that of the output layer (threshold ${fmt(vanishingRatio)}×)`;
    return this.flowCandidate('vanishing-gradient', first, why);
  }

  private flowCandidate(code: 'exploding-gradient' | 'vanishing-gradient', stats: LayerStats, why: string): Candidate {
    const advice =
      code === 'exploding-gradient'
        ? 'Updates this large throw the weights far off. Lower the learning rate, set "clipNorm" (e.g. 1), add "batchNorm": true, or use a scaled init (he_normal / xavier_uniform).'
        : 'The early layers barely learn. Use relu-family activations instead of sigmoid/tanh in hidden layers, he_normal init, or "batchNorm": true.';
    const message = `Gradients ${code === 'exploding-gradient' ? 'explode' : 'vanish'} at ${layerLabel(this.spec, stats.index)}: ${why}. ${advice}`;
    return { key: code, diagnostic: this.at(code, 'warning', `/layers/${stats.index}`, message) };
  }

  /** First-layer over last-layer gradient RMS per parameter: the L2 norm grows with layer size, RMS does not. */
  private rmsRatio(layers: LayerStats[]): number {
    const rms = (s: LayerStats) => s.gradNorm / Math.sqrt(this.paramCounts.get(s.index) ?? 1);
    const last = rms(layers[layers.length - 1]);
    return last > 0 ? rms(layers[0]) / last : rms(layers[0]) > 0 ? Infinity : 1;
  }

  private at(code: Diagnostic['code'], severity: Diagnostic['severity'], path: string, message: string): Diagnostic {
    return diagnosticAt(this.parsed, code, severity, path, message);
  }
}
