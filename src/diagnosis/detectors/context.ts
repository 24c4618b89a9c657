/** What every runtime detector reads, and the shape of what it finds. */
import type { ParsedSpec } from '../../spec/parse';
import type { Diagnostic, DiagnosticsConfig, ModelSpec, SuggestedEdit } from '../../spec/types';
import { diagnosticAt, fanIns, fmt } from '../context';
import { LR_RANGES } from '../rules-training';
import type { DataScaleCause } from '../data-scale';
import type { ReferenceLoss } from './baseline';
import type { LayerHistory } from './history';

/** A condition seen in one epoch, before the patience filter decides whether to report it. */
export interface Candidate {
  key: string;
  diagnostic: Diagnostic;
  /** Reported at once, without waiting for `patience` epochs (e.g. NaN loss). */
  immediate?: boolean;
  /**
   * Its evidence is the validation loss: its advice trial judges each fix on the validation loss
   * (as a fix that lowers dropout is), not the training loss, which the fault may leave as low.
   */
  judgedOnValidation?: boolean;
  /**
   * Candidates of one cause that can take turns (`lr-too-high` and `oscillating-loss`): the patience
   * filter treats them as one condition, so the turns neither clear nor re-raise it. Default: `key`.
   */
  episode?: string;
  /**
   * Clean checks it needs before it clears, when more than `patience`: a condition whose evidence comes
   * and goes within a longer cycle (a loss that bounces every few epochs) has not gone after a short
   * clean stretch, only after as long as its detector looks at.
   */
  settleChecks?: number;
  /**
   * The key of another candidate of the same episode whose raised diagnostic this one takes over: a
   * cause over its symptom (`lr-too-high` over `oscillating-loss`), reported as one cleared and one raised.
   */
  replaces?: string;
  /**
   * A warning shown on its own evidence, whose advice trial only adds to it: a fix that helps is
   * named, one that does not is reported as tried, and the warning stays (a stall with no known
   * cause is observed, not inferred; a fix that fails to cure it says nothing against it).
   */
  trialInforms?: boolean;
  /**
   * Epochs the run must have before the advice gate tries this warning's fixes: held untried (and so
   * unshown) until then, and never shown if its condition goes first (`learning-rate.ts`, the
   * settling overshoot of full-batch SGD).
   */
  trialFromEpoch?: number;
  /**
   * A standing loss a tried fix must also be under, besides being `adviceGain` lower than the run now:
   * the best the run as written stood at before it climbed out of its fit (`fit-bar.ts`). Judged on
   * the training loss; a fix judged on the validation loss is not held to it.
   */
  standingBar?: number;
}

/** The run as the detectors see it after an epoch. */
export interface DetectorContext {
  spec: ModelSpec;
  config: DiagnosticsConfig;
  /** Finite epoch losses so far, this epoch's included. */
  losses: readonly number[];
  /**
   * Finite validation losses so far (the model at each epoch's end, in evaluation mode, on the held-out
   * rows); empty without a validation split.
   */
  valLosses?: readonly number[];
  /** The loss progress is measured against (`baseline.ts`); undefined until known. */
  reference: ReferenceLoss | undefined;
  /** Number of input features of the data. */
  inputs: number;
  /** Trainable parameters of each dense layer, by index in `spec.layers`. */
  paramCounts: ReadonlyMap<number, number>;
  /** Mini-batch steps of the whole planned run (epochs × batches per epoch), when the data is known. */
  plannedSteps?: number;
  /** Recent gradients and peak weight norms of each dense layer, this epoch's included. */
  history: LayerHistory;
  /** Data far from unit scale, named as the cause when a gradient explodes or the loss overflows (`data-scale.ts`). */
  dataScale?: DataScaleCause;
  /** A raw regression target under steps of bounded size, named when a stalled run is still no better than the constant answer (`slowTargetCause`). */
  slowTarget?: DataScaleCause;
  /** A diagnostic located at `path` in the file. */
  at(code: Diagnostic['code'], severity: Diagnostic['severity'], path: string, message: string, suggestions?: SuggestedEdit[]): Diagnostic;
}

/** Trainable parameters (weights and biases) of each dense layer, by index in `spec.layers`. */
export function denseParamCounts(spec: ModelSpec, inputs: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const [index, fanIn] of fanIns(spec, inputs)) {
    const layer = spec.layers[index];
    if (layer.type === 'dense') counts.set(index, (fanIn + 1) * layer.units);
  }
  return counts;
}

/** Builds the `at` helper of a context from the parsed file. */
export function locator(parsed: ParsedSpec): DetectorContext['at'] {
  return (code, severity, path, message, suggestions) => {
    const diagnostic = diagnosticAt(parsed, code, severity, path, message);
    return suggestions && suggestions.length > 0 ? { ...diagnostic, suggestions } : diagnostic;
  };
}

/**
 * A learning rate rounded to one significant digit, so a suggestion reads like something a person writes.
 * Coarser than the probe's `roundLr` (two digits): training's advice trials were measured at these rates.
 */
export function roundLrToOneDigit(lr: number): number {
  return Number(lr.toPrecision(1));
}

/**
 * The learning rate divided by `factor`, rounded, and never above the top of the optimizer's sensible
 * range (`lr-out-of-range`): a tenth of 50 is still far too high for SGD.
 */
export function lowerLr(spec: ModelSpec, factor: number): number {
  const { lr, type } = spec.optimizer;
  return roundLrToOneDigit(Math.min(lr / factor, LR_RANGES[type].high));
}

/** The quick fix that sets the learning rate. */
export function setLr(lr: number, preferred = true): SuggestedEdit {
  return { title: `Set "lr" to ${lr}`, path: '/optimizer/lr', value: lr, preferred };
}

/** The quick fix that clips the global gradient norm at 1. */
export function setClipNorm(preferred: boolean): SuggestedEdit {
  return { title: 'Set "clipNorm" to 1 in the optimizer', path: '/optimizer/clipNorm', value: 1, preferred };
}

/**
 * The momentum SGD usually runs with. Above it the step keeps more of every earlier step: in a
 * steady descent the step is the rate over (1 − momentum), 100 times the rate at 0.99 against 10 at
 * 0.9, and on a curved loss it carries past the minimum and swings back for many epochs.
 */
export const USUAL_MOMENTUM = 0.9;

/** Whether the run takes one step an epoch, on every training row at once (known only with its data: `plannedSteps`). */
export function fullBatchRun(ctx: DetectorContext): boolean {
  return ctx.plannedSteps === ctx.spec.training.epochs;
}

/** The quick fix that brings an SGD momentum above USUAL_MOMENTUM down to it (none otherwise). */
export function lessMomentum(spec: ModelSpec): SuggestedEdit[] {
  const { type, momentum } = spec.optimizer;
  return type === 'sgd' && momentum > USUAL_MOMENTUM ? [{ title: `Set "momentum" to ${USUAL_MOMENTUM}`, path: '/optimizer/momentum', value: USUAL_MOMENTUM, preferred: false }] : [];
}

/** ", or less momentum (0.99; 0.9 is usual)": the advice that goes with `lessMomentum`, or nothing. */
export function momentumText(ctx: { spec: ModelSpec }): string {
  return lessMomentum(ctx.spec).length > 0 ? `, or less momentum (${fmt(ctx.spec.optimizer.momentum)}; ${USUAL_MOMENTUM} is usual)` : '';
}

/** "12.3% of the reference loss 0.693": a loss figure with the reference that makes it meaningful. */
export function ofReference(ratio: number, reference: ReferenceLoss): string {
  return `${fmt(100 * ratio)}% of the reference loss ${fmt(reference.loss)}`;
}
