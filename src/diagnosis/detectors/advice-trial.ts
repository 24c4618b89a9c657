/**
 * One advice trial: the spec as each quick fix of a warning would leave it, trained from scratch
 * (its own seed, so the same network and batches every time) for as many epochs as the run being
 * judged has completed, and compared with that run's own loss at the same epoch. A warning is worth
 * showing when following its advice helps: this is the measurement that says whether it does.
 *
 * Trained step by step, so a caller that must stay responsive (the extension's worker) can advance
 * it between looks at its message queue; `advance(() => true)` runs it to the end.
 */
import { Trainer } from '../../engine';
import type { FixVariant } from '../fix-variants';
import { fmt } from '../context';

/**
 * Epochs the loss is averaged over, at the end of both runs. A mean rather than the last value or
 * the minimum: a run whose loss bounces (the very thing `lr-too-high` and `oscillating-loss` are
 * about) is judged by its typical loss, not by its luckiest or unluckiest epoch.
 */
export const TRIAL_TAIL_EPOCHS = 5;

/** The loss a run stands at: the mean of its last TRIAL_TAIL_EPOCHS epoch losses (fewer if it has fewer). */
export function standingLoss(losses: readonly number[]): number {
  const tail = losses.slice(-TRIAL_TAIL_EPOCHS);
  if (tail.length === 0) return NaN;
  return tail.reduce((sum, loss) => sum + loss, 0) / tail.length;
}

/** What one fix ended at. */
export interface VariantOutcome {
  /** The quick fix's title, e.g. `Set "lr" to 0.01`. */
  title: string;
  /** Its standing loss after the trial's epochs; Infinity when it diverged or the engine refused it. */
  loss: number;
}

/** What a finished trial found. */
export interface TrialVerdict {
  /** Epochs each fix was trained for: the run's epochs when the trial began. */
  epochs: number;
  /** The run's standing loss at those epochs, as written. */
  asWritten: number;
  /** The fixes tried, in order; the trial stops at the first that helps. */
  tried: VariantOutcome[];
  /** The fix that helped by at least the gain, if one did. */
  helped?: VariantOutcome;
}

/** Trains a warning's fix variants one after the other until one helps or all have been tried. */
export class AdviceTrial {
  /** Epochs each fix is trained for. */
  readonly epochs: number;
  /** The judged run's standing loss at `epochs`. */
  readonly asWritten: number;
  private readonly tried: VariantOutcome[] = [];
  private next = 0;
  private trainer: Trainer | undefined;
  private losses: number[] = [];
  private helped: VariantOutcome | undefined;

  /**
   * `runLosses`: the judged run's epoch losses so far; the trial lasts `runLosses.length` epochs.
   * `gain`: the least fraction of the run's loss a fix must take off to count as helping.
   */
  constructor(
    private readonly variants: readonly FixVariant[],
    runLosses: readonly number[],
    private readonly gain: number,
  ) {
    this.epochs = runLosses.length;
    this.asWritten = standingLoss(runLosses);
  }

  /** Whether every variant has been tried or one has helped. */
  get done(): boolean {
    return this.helped !== undefined || this.next >= this.variants.length;
  }

  /** The title of the fix being trained; undefined once done. */
  get currentFix(): string | undefined {
    return this.done ? undefined : this.variants[this.next].title;
  }

  /** The verdict; only meaningful once `done`. */
  get verdict(): TrialVerdict {
    return { epochs: this.epochs, asWritten: this.asWritten, tried: [...this.tried], helped: this.helped };
  }

  /** Trains one step at a time while `keepGoing()` says so; returns whether the trial is done. */
  advance(keepGoing: () => boolean): boolean {
    while (!this.done && keepGoing()) this.step();
    return this.done;
  }

  private step(): void {
    const variant = this.variants[this.next];
    if (!this.trainer) {
      try {
        this.trainer = new Trainer(variant.spec, variant.dataset, { instrument: false });
      } catch {
        // The engine refused the fixed spec (e.g. too many parameters): that fix cannot help.
        this.finishVariant(Infinity);
        return;
      }
    }
    const stats = this.trainer.trainStep();
    if (!Number.isFinite(stats.loss)) return this.finishVariant(Infinity);
    const epoch = this.trainer.completedEpoch();
    if (!epoch) return;
    if (!Number.isFinite(epoch.loss)) return this.finishVariant(Infinity);
    this.losses.push(epoch.loss);
    if (this.losses.length >= this.epochs) this.finishVariant(standingLoss(this.losses));
  }

  private finishVariant(loss: number): void {
    const outcome = { title: this.variants[this.next].title, loss };
    this.tried.push(outcome);
    if (loss <= (1 - this.gain) * this.asWritten) this.helped = outcome;
    this.next++;
    this.trainer = undefined;
    this.losses = [];
  }
}

/** `Tried: Set "lr" to 0.01 → loss 0.12 after 120 epochs, against 0.31 as written.`: the evidence a confirmed warning carries. */
export function trialEvidence(verdict: TrialVerdict): string {
  const helped = verdict.helped;
  if (!helped) return '';
  const epochs = `${verdict.epochs} epoch${verdict.epochs === 1 ? '' : 's'}`;
  return `Tried: ${helped.title} → loss ${fmt(helped.loss)} after ${epochs}, against ${fmt(verdict.asWritten)} as written.`;
}
