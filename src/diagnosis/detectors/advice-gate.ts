/**
 * The advice gate between the patience filter and the user: a soft training-time warning is shown
 * only when one of its quick fixes, tried (`advice-trial.ts`), lowers the loss by at least
 * `adviceGain`; it then carries that evidence. A warning whose fixes do not help is withheld, and
 * tried again only once the run has doubled its epochs with the condition still there: a fix that
 * needs a longer horizon to show gets it, at a cost that stays within a small multiple of the run.
 *
 * A warning without a fix that can be trained (no quick fix, or none that leaves a valid spec) is
 * shown as before: there is nothing to try it with.
 */
import type { CheckContext } from '../check';
import { fixVariants, LoadedSpec } from '../fix-variants';
import type { DiagnosticCode } from '../../spec/types';
import { AdviceTrial, TrialVerdict, trialEvidence } from './advice-trial';
import type { Candidate } from './context';

/** Fixes tried per warning, preferred first: the cost of a trial is this many runs of E epochs at most. */
export const MAX_TRIED_FIXES = 3;

/**
 * Codes judged by their advice: the soft training-time warnings. Not `nan-loss`, a fact rather than a
 * judgement, nor `exploding-gradient`, a gradient measured beyond a bound: over the seven fault sets
 * its trials confirmed 16 of 19 on-target warnings and withheld 1 of 3 off-target ones, no healthy spec
 * draws it, and the ones withheld were regressions on raw targets (dev raw-dollar-target-adam, heldout
 * raw-euro-target-adam), whose cure, scaling the target, no quick fix can write: the trials only lost
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
type KeyVerdict = { kind: 'confirmed'; evidence: string } | { kind: 'withheld'; retryAt: number };

/** One trial of the gate's log: which warning, at which epoch, what it found. */
export interface TrialRecord extends TrialVerdict {
  key: string;
  code: DiagnosticCode;
}

/** A trial under way, with the candidate it decides. */
interface Queued {
  candidate: Candidate;
  trial: AdviceTrial;
}

/** Decides, per candidate key, whether the warning the patience filter is about to raise is shown. */
export class AdviceGate {
  private readonly records = new Map<string, KeyVerdict>();
  private queue: Queued[] = [];
  /** Every finished trial, in order: for the benchmark and the tests. */
  readonly log: TrialRecord[] = [];

  /** `text`: the spec as written; `context`: where it lives, to check and load each fixed spec; `loaded`: its data, reused by fixes that leave it alone. */
  constructor(
    private readonly text: string,
    private readonly context: CheckContext,
    private readonly gain: number,
    private readonly loaded?: LoadedSpec,
  ) {}

  /** Whether a trial is queued or under way: the candidates it decides wait for it. */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  /**
   * Asked by the patience filter before it raises `candidate`, after `losses.length` epochs: true to
   * raise now, false to hold it back (withheld, or waiting for the trial this call may queue).
   */
  mayRaise(candidate: Candidate, losses: readonly number[]): boolean {
    if (candidate.immediate || !TRIED_CODES.has(candidate.diagnostic.code)) return true;
    const record = this.records.get(candidate.key);
    if (record?.kind === 'confirmed') return true;
    if (record?.kind === 'withheld' && losses.length < record.retryAt) return false;
    if (this.queue.some((q) => q.candidate.key === candidate.key)) return false;
    const variants = fixVariants(this.text, candidate.diagnostic, this.context, this.loaded).slice(0, MAX_TRIED_FIXES);
    if (variants.length === 0) return true;
    this.queue.push({ candidate, trial: new AdviceTrial(variants, losses, this.gain) });
    return false;
  }

  /** The warning whose trial is under way and the fix it is training, if any: for the run's progress. */
  get underWay(): { code: DiagnosticCode; fix: string } | undefined {
    const queued = this.queue.find((q) => !q.trial.done);
    const fix = queued?.trial.currentFix;
    return queued && fix !== undefined ? { code: queued.candidate.diagnostic.code, fix } : undefined;
  }

  /** Drops the queued trials undecided (the run stopped): their candidates stay unraised. */
  abandon(): void {
    this.queue = [];
  }

  /** Whether the last trial of `key` found that none of its fixes helps: the warning is held back. */
  withholds(key: string): boolean {
    return this.records.get(key)?.kind === 'withheld';
  }

  /** The candidate with its trial's evidence appended to the message, once a trial confirmed its key. */
  decorate(candidate: Candidate): Candidate {
    const record = this.records.get(candidate.key);
    if (record?.kind !== 'confirmed' || candidate.diagnostic.message.endsWith(record.evidence)) return candidate;
    return { ...candidate, diagnostic: { ...candidate.diagnostic, message: `${candidate.diagnostic.message} ${record.evidence}` } };
  }

  /**
   * Advances the queued trials while `keepGoing()` says so. Once all are done, returns the candidates
   * they confirmed (decorated); undefined while any is still under way.
   */
  advance(keepGoing: () => boolean): Candidate[] | undefined {
    for (const queued of this.queue) if (!queued.trial.advance(keepGoing)) return undefined;
    const confirmed: Candidate[] = [];
    for (const { candidate, trial } of this.queue) {
      const verdict = trial.verdict;
      this.log.push({ key: candidate.key, code: candidate.diagnostic.code, ...verdict });
      if (verdict.helped) {
        this.records.set(candidate.key, { kind: 'confirmed', evidence: trialEvidence(verdict) });
        confirmed.push(this.decorate(candidate));
      } else {
        this.records.set(candidate.key, { kind: 'withheld', retryAt: 2 * verdict.epochs });
      }
    }
    this.queue = [];
    return confirmed;
  }
}
