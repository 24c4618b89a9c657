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
import { briefList, fmt } from '../context';
import { fixHelps } from '../advice-plan';
import type { SuggestedEdit } from '../../spec/types';
import type { Curve, EndLook } from './end-look';

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
  /** Its standing validation loss, when the spec holds data out. */
  valLoss?: number;
  /**
   * Judged on the validation loss, not the training loss: a fix that lowers dropout, or one that
   * lowered the training loss while the validation loss rose (`heldOutWorse`).
   */
  onValidation?: boolean;
  /** Its fix rescaled the targets: its losses were put back in the written spec's units (`lossScaleFrom`). */
  rescaled?: boolean;
  /** Where it stood at the run's planned end, when the trial looked there (`end-look.ts`). */
  atEnd?: { loss: number; valLoss?: number };
}

/** What a finished trial found. */
export interface TrialVerdict {
  /** Epochs each fix was trained for: the run's epochs when the trial began. */
  epochs: number;
  /** The base's standing loss at those epochs: the run as written, or the spec with only the siblings' fixes. */
  asWritten: number;
  /** The base's standing validation loss, when the spec holds data out. */
  asWrittenVal?: number;
  /** The siblings' fixes the base and every fix included (`advice-plan.ts`); empty when the base is the run itself. */
  alongside: string[];
  /** The fixes tried, in order; the trial stops at the first that helps. */
  tried: VariantOutcome[];
  /** The fix that helped by at least the gain, if one did. */
  helped?: VariantOutcome;
  /** Epochs trained in all (the base's and every fix's) up to `epochs` each: what the trial cost against the budget. */
  trainedEpochs: number;
  /**
   * The run's end, when the trial also judged there (`end-look.ts`): its epochs, where the spec as
   * written stood, and whether the end is judged on the training loss alone (`EndLook.onTrainingLoss`).
   */
  end?: { epochs: number; asWritten: number; asWrittenVal?: number; onTrainingLoss?: boolean };
}

/** The loss a trial compares fixes against. */
export type TrialBase =
  | { kind: 'run'; losses: readonly number[]; valLosses: readonly number[] }
  | { kind: 'trained'; variant: FixVariant; alongside: string[] };

/** One variant a trial trains: the base (a spec with the siblings' fixes), a fix, or the spec as written, to the run's end only. */
interface TrialJob {
  role: 'base' | 'fix' | 'written';
  variant: FixVariant;
}

/**
 * Trains a warning's fix variants one after the other until one helps or all have been tried, first
 * training the base when it is not the judged run itself (a finding with siblings: `advice-plan.ts`).
 * With an end look (`end-look.ts`), the spec as written and each fix are trained to the run's planned
 * end, and a fix must be ahead there too.
 */
export class TrainingTrial {
  /** Epochs each fix is trained for. */
  readonly epochs: number;
  private base: VariantOutcome | undefined;
  private writtenAtEnd: { loss: number; valLoss?: number } | undefined;
  private readonly jobs: TrialJob[];
  private readonly tried: VariantOutcome[] = [];
  private readonly alongside: string[];
  private readonly endLook: EndLook | undefined;
  private next = 0;
  private trainedEpochs = 0;
  private trainer: Trainer | undefined;
  private losses: number[] = [];
  private valLosses: number[] = [];
  private helped: VariantOutcome | undefined;

  /**
   * `base`: the run's epoch losses so far (the trial lasts as many epochs), or a spec to train first
   * for `epochs`. `gain`: the least fraction of the base's loss a fix must take off to count as
   * helping. `onValidation(title)`: whether that fix is judged on the validation loss (it lowers a
   * dropout rate); without one it is no evidence. `endLook`: judge at the run's end too (only
   * against the run itself, not a base with siblings' fixes). `bar`: a standing loss a fix judged on
   * the training loss must also be under (`Candidate.standingBar`).
   */
  constructor(
    variants: readonly FixVariant[],
    base: TrialBase,
    epochs: number,
    private readonly gain: number,
    private readonly onValidation: (title: string) => boolean = () => false,
    endLook?: EndLook,
    private readonly bar?: number,
  ) {
    this.epochs = epochs;
    const fixes = variants.map((variant): TrialJob => ({ role: 'fix', variant }));
    if (base.kind === 'run') {
      this.base = { title: 'as written', loss: standingLoss(base.losses), valLoss: standingOrUndefined(base.valLosses, epochs) };
      this.endLook = endLook;
      this.jobs = endLook ? [{ role: 'written', variant: endLook.written }, ...fixes] : fixes;
      this.alongside = [];
    } else {
      this.jobs = [{ role: 'base', variant: base.variant }, ...fixes];
      this.alongside = base.alongside;
    }
  }

  /** Whether every variant has been tried or one has helped (or the base did not train). */
  get done(): boolean {
    return this.helped !== undefined || this.next >= this.jobs.length;
  }

  /** The title of the fix being trained; undefined once done. */
  get currentFix(): string | undefined {
    return this.done ? undefined : this.jobs[this.next].variant.title;
  }

  /** The verdict; only meaningful once `done`. */
  get verdict(): TrialVerdict {
    const asWritten = this.base?.loss ?? NaN;
    const verdict: TrialVerdict = { epochs: this.epochs, asWritten, asWrittenVal: this.base?.valLoss, alongside: this.alongside, tried: [...this.tried], helped: this.helped, trainedEpochs: this.trainedEpochs };
    if (this.endLook && this.writtenAtEnd) {
      verdict.end = { epochs: this.endLook.epochs, asWritten: this.writtenAtEnd.loss, asWrittenVal: this.writtenAtEnd.valLoss };
      if (this.endLook.onTrainingLoss) verdict.end.onTrainingLoss = true;
    }
    return verdict;
  }

  /** Trains one step at a time while `keepGoing()` says so; returns whether the trial is done. */
  advance(keepGoing: () => boolean): boolean {
    while (!this.done && keepGoing()) this.step();
    return this.done;
  }

  private step(): void {
    const job = this.jobs[this.next];
    const kept = this.endLook?.curves.get(curveKey(job));
    if (kept) return this.finishJob(kept);
    if (!this.trainer) {
      try {
        this.trainer = new Trainer(job.variant.spec, job.variant.dataset, { instrument: false });
      } catch {
        // The engine refused the fixed spec (e.g. too many parameters): that fix cannot help.
        return this.finishTrained();
      }
    }
    const stats = this.trainer.trainStep();
    if (!Number.isFinite(stats.loss)) return this.finishTrained();
    const epoch = this.trainer.completedEpoch();
    if (!epoch) return;
    if (job.role !== 'written' && this.losses.length < this.epochs) this.trainedEpochs++;
    if (!Number.isFinite(epoch.loss)) return this.finishTrained();
    // In the written spec's units: a fix that rescales the targets rescales its loss too (`lossScaleFrom`).
    this.losses.push(epoch.loss * job.variant.lossScale);
    if (epoch.valLoss !== undefined) this.valLosses.push(epoch.valLoss * job.variant.lossScale);
    const target = this.endLook && job.role !== 'base' ? this.endLook.epochs : this.epochs;
    if (this.losses.length >= target) this.finishTrained();
  }

  /** Ends the job being trained (done, or diverged at its length), keeping its curve for the end look. */
  private finishTrained(): void {
    const curve: Curve = { losses: this.losses, valLosses: this.valLosses };
    if (this.endLook) this.endLook.curves.set(curveKey(this.jobs[this.next]), curve);
    this.trainer = undefined;
    this.losses = [];
    this.valLosses = [];
    this.finishJob(curve);
  }

  private finishJob(curve: Curve): void {
    const job = this.jobs[this.next];
    this.next++;
    if (job.role === 'written') {
      this.writtenAtEnd = standingAt(curve, this.endLook?.epochs ?? this.epochs);
      return;
    }
    const outcome: VariantOutcome = { title: job.variant.title, ...standingAfter(curve, this.epochs) };
    if (job.variant.lossScale !== 1) outcome.rescaled = true;
    if (job.role === 'base' || this.base === undefined) {
      this.base = outcome;
      return;
    }
    if (this.endLook) outcome.atEnd = standingAt(curve, this.endLook.epochs);
    if (this.onValidation(outcome.title) || heldOutWorse(outcome, this.base)) outcome.onValidation = true;
    this.tried.push(outcome);
    if (this.helps(outcome, this.base) && this.helpsAtEnd(outcome)) this.helped = outcome;
  }

  private helps(outcome: VariantOutcome, base: VariantOutcome): boolean {
    const underBar = this.bar === undefined || outcome.onValidation === true || outcome.loss < this.bar;
    return underBar && helpsOn(outcome, base, outcome.onValidation === true, this.gain);
  }

  /** Without an end look, true; with one, whether the fix also stands lower than the spec as written at the run's end. */
  private helpsAtEnd(outcome: VariantOutcome): boolean {
    return !this.endLook || winsAtEnd(this.verdict, outcome, this.gain);
  }
}

/** Whether a tried fix stood at least `gain` lower than the spec as written at the run's end, on the loss it is judged by. */
export function winsAtEnd(verdict: TrialVerdict, outcome: VariantOutcome, gain: number): boolean {
  const { end } = verdict;
  if (!end || !outcome.atEnd) return false;
  const written = { loss: end.asWritten, valLoss: end.asWrittenVal };
  if (end.onTrainingLoss) return helpsOn(outcome.atEnd, written, false, gain);
  // As at E: a fix whose validation loss ends above the written spec's only fits the training rows faster.
  return helpsOn(outcome.atEnd, written, outcome.onValidation === true || heldOutWorse(outcome.atEnd, written), gain);
}

/** The shared rule (`fixHelps`), on the validation loss when `onValidation`: without one, no evidence. */
function helpsOn(fixed: Standing, base: Standing, onValidation: boolean, gain: number): boolean {
  if (!onValidation) return fixHelps(fixed.loss, base.loss, gain);
  return fixed.valLoss !== undefined && base.valLoss !== undefined && fixHelps(fixed.valLoss, base.valLoss, gain);
}

/** Whether a trial's end look found no fix ahead at the run's end: no later retry can confirm its warning. */
export function refutedAtEnd(verdict: TrialVerdict, gain: number): boolean {
  return verdict.end !== undefined && !verdict.tried.some((outcome) => winsAtEnd(verdict, outcome, gain));
}

/** A standing loss, and the validation loss's when rows are held out. */
type Standing = { loss: number; valLoss?: number };

/** What a curve stands at after `epochs` epochs: Infinity, with no validation loss, when it diverged before then. */
function standingAt(curve: Curve, epochs: number): Standing {
  if (curve.losses.length < epochs) return { loss: Infinity };
  return { loss: standingLoss(curve.losses.slice(0, epochs)), valLoss: standingOrUndefined(curve.valLosses, epochs) };
}

/**
 * The curve a job's outcome is kept under for the end look: the spec text it trains, not the fix's
 * title, which two fixes on different layers share (`Set "activation" to "leaky_relu"`).
 */
function curveKey(job: TrialJob): string {
  return job.variant.text;
}

/**
 * Where a curve stands after the trial's `epochs`; one that diverged before then stands at Infinity,
 * with its validation loss over the epochs it had.
 */
function standingAfter(curve: Curve, epochs: number): Standing {
  return curve.losses.length >= epochs ? standingAt(curve, epochs) : { loss: Infinity, valLoss: standingOrUndefined(curve.valLosses, curve.losses.length) };
}

/**
 * With rows held out, a fix whose validation loss ends above the base's has not fixed the fault,
 * whatever it did to the training loss: it fits the training rows faster (blind35
 * digits-sigmoid-hidden-adam, 64 pixels, 10 classes: ten times the rate took the training loss from
 * 0.099 to 0.0015 in 69 epochs and the validation loss from 0.554 to 0.913). Such a fix is judged on
 * the validation loss, where it does not help.
 */
function heldOutWorse(outcome: Standing, base: Standing): boolean {
  return outcome.valLoss !== undefined && base.valLoss !== undefined && outcome.valLoss > base.valLoss;
}

/** The standing loss of a validation series that covers every epoch; undefined otherwise (no data held out, or a gap). */
function standingOrUndefined(valLosses: readonly number[], epochs: number): number | undefined {
  return valLosses.length > 0 && valLosses.length >= epochs ? standingLoss(valLosses.slice(0, epochs)) : undefined;
}

/**
 * The fixes with the one the trial proved marked preferred (the others not): the evidence names it,
 * so the light bulb must offer it first (blind44 oscillating-loss.momentum-0.99-survey: less momentum
 * helped where a tenth of the rate, the usual first, did not). Unchanged when no fix has that title.
 */
export function preferProven(fixes: readonly SuggestedEdit[] | undefined, provenTitle: string): SuggestedEdit[] | undefined {
  if (!fixes?.some((f) => f.title === provenTitle)) return fixes?.slice();
  return fixes.map((f) => ({ ...f, preferred: f.title === provenTitle }));
}

/** `Tried: Set "lr" to 0.01 → loss 0.12 after 120 epochs, against 0.31 as written.`: the evidence a confirmed warning carries. */
export function trialEvidence(verdict: TrialVerdict): string {
  return verdict.helped ? `${outcomeText(verdict, verdict.helped)}.` : '';
}

/** What one tried fix reached against the base, on the loss it was judged by (no full stop). */
export function outcomeText(verdict: TrialVerdict, outcome: VariantOutcome): string {
  const epochs = `${verdict.epochs} epoch${verdict.epochs === 1 ? '' : 's'}`;
  const also = verdict.alongside.length > 0 ? ` (with ${briefList(verdict.alongside)})` : '';
  const base = verdict.alongside.length > 0 ? 'with those alone' : 'as written';
  const units = outcome.rescaled ? ' (in the target\'s own units)' : '';
  if (outcome.onValidation) {
    return `Tried: ${outcome.title}${also} → validation loss ${fmt(outcome.valLoss ?? NaN)}${units} after ${epochs}, against ${fmt(verdict.asWrittenVal ?? NaN)} ${base}${endText(verdict, outcome)}`;
  }
  return `Tried: ${outcome.title}${also} → loss ${fmt(outcome.loss)}${units} after ${epochs}, against ${fmt(verdict.asWritten)} ${base}${endText(verdict, outcome)}`;
}

/** "; at the run's planned end (200 epochs), 0.05 against 0.07": where an end look found both, or nothing. */
function endText(verdict: TrialVerdict, outcome: VariantOutcome): string {
  const { end } = verdict;
  if (!end || !outcome.atEnd) return '';
  const byValidation = outcome.onValidation && !end.onTrainingLoss;
  const [fixed, written] = byValidation ? [outcome.atEnd.valLoss, end.asWrittenVal] : [outcome.atEnd.loss, end.asWritten];
  const what = byValidation ? 'validation loss ' : end.onTrainingLoss && outcome.onValidation ? 'training loss ' : '';
  return `; at the run's planned end (${end.epochs} epochs), ${what}${fmt(fixed ?? NaN)} against ${fmt(written ?? NaN)}`;
}

/** The share of the base's loss a tried fix took off, on the loss it is judged by (negative when it did worse). */
export function gainOf(verdict: TrialVerdict, outcome: VariantOutcome): number {
  return outcome.onValidation ? 1 - (outcome.valLoss ?? Infinity) / (verdict.asWrittenVal ?? NaN) : 1 - outcome.loss / verdict.asWritten;
}

/** The tried fix that took off the largest share of the base's loss, if any has a finite gain. */
export function bestTried(verdict: TrialVerdict): VariantOutcome | undefined {
  let best: VariantOutcome | undefined;
  for (const outcome of verdict.tried) {
    const gain = gainOf(verdict, outcome);
    if (Number.isFinite(gain) && (best === undefined || gain > gainOf(verdict, best))) best = outcome;
  }
  return best;
}

/** The largest share of the base's loss any tried fix took off (negative when all did worse). */
export function bestGain(verdict: TrialVerdict): number {
  const best = bestTried(verdict);
  return best ? gainOf(verdict, best) : -Infinity;
}
