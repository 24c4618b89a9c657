import type { EpochStats } from '../../engine';
import type { Dataset } from '../../spec/dataset';
import type { ParsedSpec } from '../../spec/parse';
import type { Diagnostic, DiagnosticCode, DiagnosticsConfig, ModelSpec } from '../../spec/types';
import type { CheckContext } from '../check';
import type { ReferenceLoss } from './baseline';
import { AdviceGate, TrialRecord } from './advice-gate';
import { endLookCodes } from './end-look';
import { asRateWarning } from './rate-cause';
import { dataScaleCause, slowTargetCause } from '../data-scale';
import { explodingNormBound } from '../gradient-scale';
import { runSteps } from '../context';
import { Candidate, denseParamCounts, DetectorContext, locator } from './context';
import { gradientFlow } from './gradient-flow';
import { lrTooHigh, lrTooLow, RAW_TARGET_CRAWL_KEY } from './learning-rate';
import { LayerHistory } from './history';
import { farFromGood, heldPlateau, lossPlateau, oscillatingLoss, settledStall, stall, type Stall } from './loss-curve';
import { NanWatch } from './nan-loss';
import { FilterUpdate, PatienceFilter } from './patience';
import { deadRelu, saturatedActivation } from './units';

/** Codes that explain a loss curve: while one is raised, the curve's own codes stay quiet. */
const CAUSE_CODES: ReadonlySet<string> = new Set(['dead-relu', 'saturated-activation', 'exploding-gradient', 'vanishing-gradient', 'lr-too-high']);

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
  /**
   * Where the spec lives (its text is `parsed.text`): turns the advice trials on (`advice-gate.ts`),
   * unless `diagnostics.adviceGain` is 0. Without it every warning is raised on its patience alone.
   */
  advice?: CheckContext;
  /** The data the run trains on: advice trials of fixes that leave `/data` alone reuse it rather than load it again. */
  dataset?: Dataset;
}

/**
 * Watches a training run epoch by epoch and turns the engine's instruments into diagnostics on the
 * layer (or `/optimizer/lr`) they concern. A condition must hold for `patience` consecutive epochs
 * before it is raised, and be gone for `patience` consecutive epochs before it is cleared
 * (`patience.ts`); a NaN loss is raised at once.
 */
export class TrainingMonitor {
  private readonly filter: PatienceFilter;
  private readonly losses: number[] = [];
  private readonly valLosses: number[] = [];
  private readonly nan = new NanWatch();
  private readonly ctx: DetectorContext;
  private readonly gate: AdviceGate | undefined;
  /** A check whose raises wait for the gate's trials: finished by `continueTrials`. */
  private deferred: { update: FilterUpdate; candidates: Candidate[] } | undefined;
  /** The dead-units warning now shown as the rate's, if any (`speakForRate`). */
  private rateVoice: { key: string; epoch: number } | undefined;

  constructor(parsed: ParsedSpec, spec: ModelSpec, inputs: number, options: MonitorOptions = {}) {
    const paramCounts = denseParamCounts(spec, inputs);
    const config: DiagnosticsConfig = spec.diagnostics;
    this.filter = new PatienceFilter(config.patience);
    const plannedSteps = options.dataset && runSteps(spec, options.dataset);
    this.ctx = { spec, config, losses: this.losses, valLosses: this.valLosses, reference: options.reference, inputs, paramCounts, plannedSteps, history: new LayerHistory(), at: locator(parsed), dataScale: dataScaleCause(spec, options.dataset), slowTarget: options.dataset && slowTargetCause(spec, options.dataset) };
    if (options.advice && config.adviceGain > 0) {
      const loaded = options.dataset && { spec, dataset: options.dataset };
      const asRate = (dead: Diagnostic, key: string) => this.speakForRate(dead, key);
      const endLookFor = options.dataset && endLookCodes(this.ctx, options.dataset.samples);
      this.gate = new AdviceGate({ text: parsed.text, context: options.advice, gain: config.adviceGain, plannedEpochs: spec.training.epochs, loaded, endLookFor, asRateWarning: asRate });
    }
  }

  /** Whether an advice trial is under way: `continueTrials` finishes the epoch `beginEpoch` left open. */
  get trialPending(): boolean {
    return this.deferred !== undefined;
  }

  /** The warning an advice trial is deciding and the fix it is training, while one is under way. */
  get trialUnderWay(): { code: DiagnosticCode; fix: string } | undefined {
    return this.deferred && this.gate?.underWay;
  }

  /** Every advice trial run so far, in order, with what each fix reached. */
  get trials(): readonly TrialRecord[] {
    return this.gate?.log ?? [];
  }

  /** The diagnostics currently raised. */
  get active(): Diagnostic[] {
    return this.filter.active;
  }

  /** The last epoch whose loss was finite: after a NaN, the statistics to trust. */
  get lastGoodEpoch(): EpochStats | undefined {
    return this.nan.lastGood;
  }

  /** Feeds one finished epoch, running any advice trial it calls for to the end; returns what was raised or cleared. */
  observeEpoch(stats: EpochStats): MonitorUpdate {
    return this.beginEpoch(stats) ?? (this.continueTrials(() => true) as MonitorUpdate);
  }

  /**
   * Feeds one finished epoch. Returns what was raised or cleared, or undefined when a warning waits
   * for an advice trial: call `continueTrials` until it returns the update, before the next epoch
   * (the run must not move on while the trial decides what this epoch raises: same spec, same warnings).
   */
  beginEpoch(stats: EpochStats): MonitorUpdate | undefined {
    // A ReLU turns a NaN input into 0, so broken weights can hide behind a finite loss: check them too.
    if (!Number.isFinite(stats.loss) || stats.layers.some((l) => !Number.isFinite(l.weightNorm))) {
      return this.apply([this.nan.candidate(this.ctx, stats)], false);
    }
    this.losses.push(stats.loss);
    if (stats.valLoss !== undefined && Number.isFinite(stats.valLoss)) this.valLosses.push(stats.valLoss);
    if (this.ctx.reference === undefined && stats.loss > 0) this.ctx.reference = { loss: stats.loss, what: 'the first epoch\'s loss' };
    this.nan.observeFinite(stats, explodingNormBound(this.ctx.config.explodingGradNorm, this.ctx.reference?.targetScale ?? 1));
    this.ctx.history.observe(stats.layers);
    return this.apply(this.detect(stats), true);
  }

  /**
   * Causes first; the loss-curve symptoms only when no cause explains them, so one problem draws one
   * warning: a stalled run with dead units gets `dead-relu`, not also `loss-plateau`. A cause still
   * raised (waiting out its patience before clearing) explains the curve too.
   */
  private detect(stats: EpochStats): Candidate[] {
    const ctx = this.ctx;
    const isRaised = (key: string): boolean => this.filter.isRaised(key);
    const causes = [...deadRelu(ctx, stats.layers, isRaised), ...saturatedActivation(ctx, stats.layers, isRaised), ...gradientFlow(ctx, stats.layers, isRaised)];
    // Dead units shown as the rate's warning speak for it: no second lr-too-high, no rate symptom.
    const rateNamed = this.rateVoice !== undefined && this.filter.isRaised(this.rateVoice.key);
    const tooHigh = rateNamed ? [] : lrTooHigh(ctx, stats.layers);
    // A cause withheld by its advice trial explains nothing the user can act on: the stall is then the
    // problem to show (and a cause candidate that comes and goes must not make the plateau flap).
    // lr-too-high too: while withheld it stays a candidate (to be tried again) but silences nothing.
    const shownCause = (c: Candidate) => !this.gate?.withholds(c.key);
    if (rateNamed || tooHigh.some(shownCause)) return [...causes, ...tooHigh];
    const explained = causes.some(shownCause) || this.holdsCause();
    const stalled = stall(ctx);
    // lr-too-low and the overshoot symptoms give opposite advice on the rate: never both.
    // Once raised, lr-too-low holds while the steps stay tiny and the loss far from good (hysteresis).
    const slow = this.slowRateRaised() ? farFromGood(ctx) : stalled;
    const tooLow = explained || this.showsOvershoot() ? [] : lrTooLow(ctx, stats.layers, slow);
    const oscillating = tooLow.length > 0 || this.slowRateRaised() ? [] : oscillatingLoss(ctx, stats.layers);
    const symptoms = [...tooLow, ...oscillating];
    const fresh = stalled && settledStall(ctx) ? stalled : undefined;
    const held = fresh === undefined && this.filter.isRaised('loss-plateau') ? heldPlateau(ctx) : undefined;
    const plateau = fresh ?? held;
    // A symptom withheld by its trial (its fix does not help) names nothing to do: the stall is the problem to show.
    if (plateau && !explained && !symptoms.some(shownCause)) symptoms.push(fresh ? lossPlateau(ctx, fresh, stats.layers) : this.heldPlateauCandidate(plateau, stats));
    return [...causes, ...tooHigh, ...symptoms];
  }

  /**
   * A plateau held up (`heldPlateau`) by a window that improved more than `plateauImprovement`: the
   * raised warning stays as it was. Its evidence rewritten from this window would read "improved by
   * 6.65% (progress is at least 3%)", a stall that contradicts itself.
   */
  private heldPlateauCandidate(held: Stall, stats: EpochStats): Candidate {
    const shown = this.filter.active.find((d) => d.code === 'loss-plateau');
    return shown ? { key: 'loss-plateau', diagnostic: shown } : lossPlateau(this.ctx, held, stats.layers);
  }

  /** Whether a cause code is still raised: its key is the code, or the code and a layer index. */
  private holdsCause(): boolean {
    return this.filter.raisedKeys().some((key) => CAUSE_CODES.has(key.split(':')[0]));
  }

  /**
   * One dead-units warning at a time speaks for the rate (`rate-cause.ts`): the first whose trial a
   * lower rate confirmed, while it stays raised, and none while `lr-too-high` itself is raised. Others
   * keep their own code, so the rate draws one warning, not one per dead layer.
   */
  private speakForRate(dead: Diagnostic, key: string): Diagnostic {
    const voice = this.rateVoice;
    // Claimed this epoch counts as raised: trials confirmed together are raised together.
    const held = voice !== undefined && (this.filter.isRaised(voice.key) || voice.epoch === this.losses.length);
    if ((held && voice.key !== key) || this.filter.isRaised('lr-too-high')) return dead;
    this.rateVoice = { key, epoch: this.losses.length };
    return asRateWarning(dead, this.ctx.spec.optimizer.lr, this.ctx.at);
  }

  private showsOvershoot(): boolean {
    return this.filter.isRaised('lr-too-high') || this.filter.isRaised('oscillating-loss');
  }

  /**
   * Trains the pending advice trials while `keepGoing()` says so (a step at a time). Once they are
   * done, raises what they confirmed and returns the epoch's update; undefined until then.
   */
  continueTrials(keepGoing: () => boolean): MonitorUpdate | undefined {
    const deferred = this.deferred;
    if (!deferred || !this.gate) return undefined;
    const confirmed = this.gate.advance(keepGoing);
    if (!confirmed) return undefined;
    this.deferred = undefined;
    for (const candidate of confirmed) this.filter.raiseLate(candidate, deferred.update);
    return this.settle(deferred.update, deferred.candidates);
  }

  /** Ends the pending trials undecided (the run stops): the epoch's update without the warnings they were deciding. */
  abandonTrials(): MonitorUpdate | undefined {
    const deferred = this.deferred;
    if (!deferred) return undefined;
    this.deferred = undefined;
    this.gate?.abandon();
    return this.settle(deferred.update, deferred.candidates);
  }

  /**
   * The patience filter, behind the advice gate. `countMissing` is false after a NaN: what was
   * active stays as evidence. Undefined when the gate has queued a trial (`continueTrials`).
   */
  private apply(candidates: Candidate[], countMissing: boolean): MonitorUpdate | undefined {
    const gate = this.gate;
    if (!gate) return this.settle(this.filter.check(candidates, countMissing), candidates);
    const shown = candidates.map((c) => gate.decorate(c));
    gate.observe(shown);
    const update = this.filter.check(shown, countMissing, (c) => this.gateAllows(gate, c));
    if (!gate.pending) return this.settle(update, shown);
    this.deferred = { update, candidates: shown };
    return undefined;
  }

  /**
   * The gate's answer for `candidate`. A warning it lets through at once (untried, or confirmed
   * earlier) is decorated now, in place: decorated before the gate decided, the first raise of an
   * untried warning lacked the note saying so.
   */
  private gateAllows(gate: AdviceGate, candidate: Candidate): boolean {
    if (!gate.mayRaise(candidate, this.losses, this.valLosses)) return false;
    candidate.diagnostic = gate.decorate(candidate).diagnostic;
    return true;
  }

  /** Whether the slow-rate detector's warning is raised: `lr-too-low`, or its raw-target crawl. */
  private slowRateRaised(): boolean {
    return this.filter.isRaised('lr-too-low') || this.filter.isRaised(RAW_TARGET_CRAWL_KEY);
  }

  /** A learning-rate warning just raised retires the opposite one still waiting out its patience. */
  private settle(update: FilterUpdate, candidates: Candidate[]): MonitorUpdate {
    const raisedCodes = new Set(update.raised.map((d) => d.code));
    // The raw-target crawl is the slow-rate finding under another code: it counts as lr-too-low here.
    const crawlRaised = candidates.some((c) => c.key === RAW_TARGET_CRAWL_KEY && update.raised.includes(c.diagnostic));
    const slowRaised = raisedCodes.has('lr-too-low') || crawlRaised;
    const opposite = slowRaised ? ['lr-too-high', 'oscillating-loss'] : raisedCodes.has('lr-too-high') || raisedCodes.has('oscillating-loss') ? ['lr-too-low', RAW_TARGET_CRAWL_KEY] : [];
    for (const key of opposite) update.cleared.push(...this.filter.retire(key));
    return { ...update, stop: candidates.some((c) => c.immediate) };
  }
}
