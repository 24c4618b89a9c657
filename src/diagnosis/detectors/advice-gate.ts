/**
 * The advice gate between the patience filter and the user: a soft training-time warning is shown
 * only when one of its quick fixes, tried (`advice-trial.ts`), lowers the loss by at least
 * `adviceGain`; it then carries that evidence. A warning whose fixes do not help is withheld, and
 * tried again only once the run has doubled its epochs with the condition still there: a fix that
 * needs a longer horizon to show gets it.
 *
 * A warning raised on several layers at once (two dead layers) is tried as the user would fix it:
 * each layer's fixes with the other layers' preferred fixes applied, against the spec with only
 * those applied (`advice-plan.ts`, the probe's rule too). All trials of a run share one budget,
 * TRIAL_BUDGET_RUNS × the run's planned epochs: a first trial the budget cannot fund raises its
 * warning untried, and says so: never hidden for want of a check. An unfunded retry does so only
 * when its last trial's best fix was on its way to helping (UNFUNDED_RETRY_GAIN_SHARE).
 *
 * A warning without a fix that can be trained (no quick fix, or none that leaves a valid spec) is
 * shown as before: there is nothing to try it with. One whose detector asks its trial to wait
 * (`Candidate.trialFromEpoch`: the settling overshoot of full-batch SGD) is held untried until then.
 * On a run judged to its end (full-batch SGD it can afford), every trial also trains the spec as
 * written and each fix to the run's planned end, and a fix must be ahead there too (`end-look.ts`).
 */
import type { CheckContext } from '../check';
import { checkedVariant, fixVariants, FixVariant, LoadedSpec } from '../fix-variants';
import type { Diagnostic, DiagnosticCode } from '../../spec/types';
import { lowersDropout, siblingsFixed } from '../advice-plan';
import { bestGain, bestTried, outcomeText, preferProven, refutedAtEnd, TrainingTrial, TrialBase, TrialVerdict, trialEvidence } from './advice-trial';
import { AS_WRITTEN, END_LOOK_MAX_CURVES, endOnTrainingLoss, type Curve, type EndLook } from './end-look';
import type { Candidate } from './context';
import { curedByRate, rateRefuted } from './rate-cause';

/**
 * Trial epochs a run may spend, in runs of its planned length: with 2 the trials at most triple the
 * run's training time, however many warnings and layers they judge. The end look's curves beyond the
 * trials' epochs are bounded separately (END_LOOK_MAX_CURVES runs, on runs it can afford).
 */
export const TRIAL_BUDGET_RUNS = 2;

/**
 * A retry the budget cannot fund raises its warning untried only when its last trial's best fix took
 * off at least this share of `adviceGain` (half: 5% at the default): a fix on its way to helping,
 * whose longer horizon the budget denies (blind5 dead-relu.adam-0.1-narrow-layers, before its end look: `"lr"` 0.01 8.6%
 * better at 24 epochs, 17% at 48). One whose fixes did nothing (most: 0.1% on a dead deep stack)
 * stays withheld, as its trial found. Over the nine sets: off-target training codes 131 → 113, no
 * catch lost, no healthy warning added (docs/diagnostics.md, "Advice trials").
 */
export const UNFUNDED_RETRY_GAIN_SHARE = 0.5;

/** Appended to a warning raised without the trial its code calls for. */
export const UNTRIED_NOTE = 'Not tried: the advice trials have spent their budget for this run.';

/** Appended to a warning whose fixes were tried, came close, and whose longer retry the budget cannot fund. */
export function unconfirmedNote(bestGain: number, gain: number): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `Tried: its best fix ended ${pct(bestGain)} lower, short of the ${pct(gain)} needed; the longer retry is over the trial budget, so it is shown unconfirmed.`;
}

/** Appended to a warning shown on its own evidence (`Candidate.trialInforms`) whose fixes did not help enough. */
export function notEnoughNote(verdict: TrialVerdict, gain: number): string {
  const best = bestTried(verdict);
  return best ? `${outcomeText(verdict, best)}: not the ${(100 * gain).toFixed(0)}% lower that would make it the fix.` : '';
}

/**
 * Codes judged by their advice: the soft training-time warnings. Not `nan-loss`, a fact rather than a
 * judgement, nor `exploding-gradient`, a gradient measured beyond a bound: over the seven fault sets
 * its trials confirmed 16 of 19 on-target warnings and withheld 1 of 3 off-target ones, no healthy spec
 * draws it, and the ones withheld were regressions on raw targets (dev raw-dollar-target-adam, heldout
 * raw-euro-target-adam), whose cure, scaling the target, no quick fix could write then (`normalizeTarget`
 * can now; the gate was not re-measured with it): the trials only lost
 * those two catches.
 */
export const TRIED_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'dead-relu',
  'saturated-activation',
  'vanishing-gradient',
  'lr-too-high',
  'lr-too-low',
  'oscillating-loss',
  'loss-plateau',
]);

/** What the gate knows about one candidate key. */
type KeyVerdict =
  /** `byRate`: dead units cured by a lower learning rate (`rate-cause.ts`), shown as the rate's warning; `proven`: the fix that helped. */
  | { kind: 'confirmed'; evidence: string; byRate: boolean; proven: string }
  /** `bestGain`: the largest share of the base's loss a fix of the last trial took off. */
  | { kind: 'withheld'; retryAt: number; bestGain: number }
  /** `note`: why it is shown without a confirming trial (appended to its message). */
  | { kind: 'untried'; note: string };

/** One trial of the gate's log: which warning, at which epoch, what it found. */
export interface TrialRecord extends TrialVerdict {
  key: string;
  code: DiagnosticCode;
}

/** A trial under way, with the candidate it decides. */
interface Queued {
  candidate: Candidate;
  trial: TrainingTrial;
  /** Trial epochs reserved for it: its base's and every fix's. */
  reserved: number;
}

/** The run the gate judges: what it needs to rebuild the spec with a fix and weigh it. */
export interface GateSetting {
  /** The spec as written. */
  text: string;
  /** Where it lives, to check and load each fixed spec. */
  context: CheckContext;
  /** `diagnostics.adviceGain`. */
  gain: number;
  /** The run's planned epochs: the budget is TRIAL_BUDGET_RUNS of them. */
  plannedEpochs: number;
  /** Its data, reused by fixes that leave it alone. */
  loaded?: LoadedSpec;
  /** Which codes' trials also judge their fixes at the run's planned end (`end-look.ts`, `endLookCodes`); none when absent. */
  endLookFor?: (code: DiagnosticCode) => boolean;
  /** Restates a dead-units warning (of `key`) that a lower rate cured as the rate's (`rate-cause.ts`). */
  asRateWarning?: (dead: Diagnostic, key: string) => Diagnostic;
}

/** Decides, per candidate key, whether the warning the patience filter is about to raise is shown. */
export class AdviceGate {
  private readonly records = new Map<string, KeyVerdict>();
  private queue: Queued[] = [];
  private current: readonly Candidate[] = [];
  private spent = 0;
  /** The end look's curves, by the spec text trained, each trained once per run (`end-look.ts`). */
  private readonly curves = new Map<string, Curve>();
  /** The spec as written, for the end look; null when it does not build. */
  private written: FixVariant | null | undefined;
  /** Every finished trial, in order: for the benchmark and the tests. */
  readonly log: TrialRecord[] = [];

  constructor(private readonly setting: GateSetting) {}

  /** Whether a trial is queued or under way: the candidates it decides wait for it. */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Trial epochs spent or reserved so far, against `budget`. */
  get spentEpochs(): number {
    return this.spent;
  }

  /** Trial epochs the run may spend. */
  get budget(): number {
    return TRIAL_BUDGET_RUNS * this.setting.plannedEpochs;
  }

  /** The epoch's candidates, before the patience filter asks about any: a candidate's siblings are the others of its code. */
  observe(candidates: readonly Candidate[]): void {
    this.current = candidates;
  }

  /**
   * Asked by the patience filter before it raises `candidate`, after `losses.length` epochs: true to
   * raise now, false to hold it back (withheld, or waiting for the trial this call may queue).
   */
  mayRaise(candidate: Candidate, losses: readonly number[], valLosses: readonly number[] = []): boolean {
    if (candidate.immediate || !TRIED_CODES.has(candidate.diagnostic.code)) return true;
    const record = this.records.get(candidate.key);
    if (record?.kind === 'confirmed' || record?.kind === 'untried') return true;
    if (record?.kind === 'withheld' && losses.length < record.retryAt) return false;
    if (this.queue.some((q) => q.candidate.key === candidate.key)) return false;
    if (candidate.trialFromEpoch !== undefined && losses.length < candidate.trialFromEpoch) return false;
    const planned = this.plan(candidate, valLosses.length >= losses.length && losses.length > 0);
    if (!planned || planned.variants.length === 0) return true;
    const { code } = candidate.diagnostic;
    const endLook = planned.base || !this.setting.endLookFor?.(code) ? undefined : this.endLook(planned.variants, endOnTrainingLoss(code));
    const untrained = planned.variants.filter((v) => !endLook?.curves.has(v.text)).length;
    const reserved = losses.length * (untrained + (planned.base ? 1 : 0));
    if (this.spent + reserved > this.budget) return this.unfunded(candidate.key, record);
    const base: TrialBase = planned.base ?? { kind: 'run', losses, valLosses };
    const onValidation = (title: string) => candidate.judgedOnValidation === true || lowersDropout(candidate.diagnostic, title);
    this.spent += reserved;
    this.queue.push({ candidate, trial: new TrainingTrial(planned.variants, base, losses.length, this.setting.gain, onValidation, endLook, planned.base ? undefined : candidate.standingBar), reserved });
    return false;
  }

  /**
   * The end look for a trial of `variants`, for a code this run judges at its end (`GateSetting.endLookFor`)
   * whose spec as written builds, while its curves stay within END_LOOK_MAX_CURVES; undefined
   * otherwise. Its curves (the written spec's, and each fix's past the trial's epochs) are not charged
   * to the budget: each is trained once per run and kept, and their number is capped instead.
   */
  private endLook(variants: readonly FixVariant[], onTrainingLoss: boolean): EndLook | undefined {
    const { text, context, loaded, plannedEpochs } = this.setting;
    if (!loaded) return undefined;
    if (this.written === undefined) this.written = checkedVariant(text, context, { title: AS_WRITTEN, preferred: false }, loaded) ?? null;
    if (!this.written) return undefined;
    const texts = new Set([this.written.text, ...variants.map((v) => v.text), ...this.curves.keys()]);
    return texts.size <= END_LOOK_MAX_CURVES ? { epochs: plannedEpochs, curves: this.curves, written: this.written, onTrainingLoss } : undefined;
  }

  /**
   * A trial the budget cannot fund: a first one raises the warning untried, and says so (never hidden
   * for want of a check). A retry does only when its last trial's best fix was on its way to helping
   * (UNFUNDED_RETRY_GAIN_SHARE); otherwise it stays withheld, as that trial found. Returns whether to raise.
   */
  private unfunded(key: string, last: KeyVerdict | undefined): boolean {
    if (last?.kind !== 'withheld') {
      this.records.set(key, { kind: 'untried', note: UNTRIED_NOTE });
      return true;
    }
    if (last.bestGain < UNFUNDED_RETRY_GAIN_SHARE * this.setting.gain) {
      // The spending only grows and a later retry is only longer: never fundable, so stop planning it every epoch.
      this.records.set(key, { ...last, retryAt: Infinity });
      return false;
    }
    this.records.set(key, { kind: 'untried', note: unconfirmedNote(last.bestGain, this.setting.gain) });
    return true;
  }

  /** The fixes to try and, when the candidate has siblings, the spec with only their fixes to compare against; undefined when that base does not build. */
  private plan(candidate: Candidate, validated: boolean): { variants: FixVariant[]; base?: TrialBase } | undefined {
    const { text, context, loaded } = this.setting;
    const peers = this.current.filter((c) => !c.immediate && c.diagnostic.code === candidate.diagnostic.code && c.key !== candidate.key);
    const findings = [candidate.diagnostic, ...peers.map((p) => p.diagnostic)];
    const siblings = siblingsFixed(findings, 0, text);
    const all = fixVariants(siblings.text, candidate.diagnostic, context, loaded);
    // Without a validation loss a lower dropout proves nothing (`lowersDropout`): not tried.
    const variants = validated ? all : all.filter((v) => !lowersDropout(candidate.diagnostic, v.title));
    if (siblings.alongside.length === 0) return { variants };
    const baseVariant = checkedVariant(siblings.text, context, { title: 'the other layers\' fixes alone', preferred: false }, loaded);
    return baseVariant && { variants, base: { kind: 'trained', variant: baseVariant, alongside: siblings.alongside } };
  }

  /** The warning whose trial is under way and the fix it is training, if any: for the run's progress. */
  get underWay(): { code: DiagnosticCode; fix: string } | undefined {
    const queued = this.queue.find((q) => !q.trial.done);
    const fix = queued?.trial.currentFix;
    return queued && fix !== undefined ? { code: queued.candidate.diagnostic.code, fix } : undefined;
  }

  /** Drops the queued trials undecided (the run stopped): their candidates stay unraised. */
  abandon(): void {
    for (const queued of this.queue) this.spent -= queued.reserved;
    this.queue = [];
  }

  /** Whether the last trial of `key` found that none of its fixes helps: the warning is held back. */
  withholds(key: string): boolean {
    return this.records.get(key)?.kind === 'withheld';
  }

  /** The candidate with its trial's evidence (or the note that it went untried) appended to the message. */
  decorate(candidate: Candidate): Candidate {
    const record = this.records.get(candidate.key);
    const note = record?.kind === 'confirmed' ? record.evidence : record?.kind === 'untried' ? record.note : undefined;
    if (!note || candidate.diagnostic.message.endsWith(note)) return candidate;
    const proven = record?.kind === 'confirmed' ? preferProven(candidate.diagnostic.suggestions, record.proven) : candidate.diagnostic.suggestions;
    const decorated = { ...candidate.diagnostic, message: `${candidate.diagnostic.message} ${note}`, ...(proven && { suggestions: proven }) };
    const byRate = record?.kind === 'confirmed' && record.byRate && this.setting.asRateWarning;
    return { ...candidate, diagnostic: byRate ? byRate(decorated, candidate.key) : decorated };
  }

  /**
   * Advances the queued trials while `keepGoing()` says so. Once all are done, returns the candidates
   * they confirmed (decorated); undefined while any is still under way.
   */
  advance(keepGoing: () => boolean): Candidate[] | undefined {
    for (const queued of this.queue) if (!queued.trial.advance(keepGoing)) return undefined;
    const confirmed: Candidate[] = [];
    for (const { candidate, trial, reserved } of this.queue) {
      const verdict = trial.verdict;
      this.spent += verdict.trainedEpochs - reserved; // what it cost, not what it might have
      this.log.push({ key: candidate.key, code: candidate.diagnostic.code, ...verdict });
      // A refuted rate warning stays withheld even when a retry goes unfunded: its best fix says nothing for it.
      const refuted = rateRefuted(candidate.diagnostic, verdict);
      if (verdict.helped && !refuted) {
        const byRate = curedByRate(candidate.diagnostic, verdict.helped.title);
        this.records.set(candidate.key, { kind: 'confirmed', evidence: trialEvidence(verdict), byRate, proven: verdict.helped.title });
        confirmed.push(this.decorate(candidate));
      } else if (candidate.trialInforms) {
        this.records.set(candidate.key, { kind: 'untried', note: notEnoughNote(verdict, this.setting.gain) });
        confirmed.push(this.decorate(candidate));
      } else {
        // An end look that found no fix ahead at the run's end answers every retry of the same fixes, which
        // is what a retry plans unless sibling findings appear (then it is judged over its epochs only).
        const retryAt = refutedAtEnd(verdict, this.setting.gain) ? Infinity : 2 * verdict.epochs;
        this.records.set(candidate.key, { kind: 'withheld', retryAt, bestGain: refuted ? -Infinity : bestGain(verdict) });
      }
    }
    this.queue = [];
    return confirmed;
  }
}
