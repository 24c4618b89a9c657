/**
 * The patience filter between the detectors and the user: a condition is raised once it has held for
 * `patience` consecutive checks, and cleared once it has been gone for `patience` consecutive checks.
 * The same count both ways keeps a warning from flapping when its statistic wavers around the
 * threshold: one good epoch inside a bad stretch neither clears it nor, later, raises it again.
 *
 * Two more guards against flapping. Candidates of one episode (codes of one cause that take turns,
 * see `Candidate.episode`) are one condition. And a condition that comes back after being cleared
 * has shown that its clean stretches do not last: each return doubles the clean checks it needs
 * before it clears again (up to MAX_CLEAR_DOUBLINGS), so a warning that keeps coming back stays up.
 */
import type { Diagnostic } from '../../spec/types';
import type { Candidate } from './context';

/** What one check changed in the set of raised diagnostics. */
export interface FilterUpdate {
  raised: Diagnostic[];
  cleared: Diagnostic[];
}

/** Times the clearing patience can double for a condition that keeps returning: at most 8 × max(patience, its settleChecks). */
export const MAX_CLEAR_DOUBLINGS = 3;

/** One condition's state between checks. */
interface Track {
  /** Consecutive checks in which the condition held (0 when it did not hold in the last one). */
  held: number;
  /** Consecutive checks in which a raised condition was gone. */
  gone: number;
  /** The diagnostic shown while raised: the latest one of the key first raised, so its evidence stays current. */
  raised?: Diagnostic;
  /** The candidate key whose diagnostic is shown. */
  raisedKey?: string;
  /** The largest `settleChecks` its candidates asked for. */
  settle?: number;
}

/** Raises and clears candidates by episode (by key when they have none), with patience both ways. */
export class PatienceFilter {
  private readonly tracks = new Map<string, Track>();
  /** Per episode: how many times it was raised again after being cleared. */
  private readonly returns = new Map<string, number>();
  private readonly everCleared = new Set<string>();

  constructor(private readonly patience: number) {}

  /** The diagnostics currently raised, in the order their conditions first appeared. */
  get active(): Diagnostic[] {
    return [...this.tracks.values()].flatMap((t) => (t.raised ? [t.raised] : []));
  }

  /** Whether the condition of `key` is currently raised (even if gone in the last few checks). */
  isRaised(key: string): boolean {
    return this.raisedKeys().includes(key);
  }

  /** Keys currently raised. */
  raisedKeys(): string[] {
    return [...this.tracks.values()].flatMap((t) => (t.raisedKey !== undefined ? [t.raisedKey] : []));
  }

  /**
   * Feeds one check's candidates. A candidate marked `immediate` is raised at once. With
   * `countMissing` false (after a NaN loss), conditions not seen are left as they are: what was
   * raised stays up as evidence. `mayRaise` (the advice gate) is asked before any other candidate is
   * raised or takes over: false holds it back, its patience met, for `raiseLate` or a later check.
   */
  check(candidates: readonly Candidate[], countMissing = true, mayRaise: (candidate: Candidate) => boolean = () => true): FilterUpdate {
    const update: FilterUpdate = { raised: [], cleared: [] };
    const seen = new Set<string>();
    for (const candidate of candidates) {
      const episode = candidate.episode ?? candidate.key;
      const track = this.tracks.get(episode) ?? { held: 0, gone: 0 };
      if (!seen.has(episode)) track.held++;
      seen.add(episode);
      track.gone = 0;
      if (candidate.settleChecks !== undefined) track.settle = Math.max(track.settle ?? 0, candidate.settleChecks);
      if (track.raised) {
        if (track.raisedKey === candidate.key) track.raised = candidate.diagnostic;
        else if (candidate.replaces !== undefined && track.raisedKey === candidate.replaces && mayRaise(candidate)) this.takeOver(track, candidate, update);
      } else if (candidate.immediate || (track.held >= this.patience && mayRaise(candidate))) {
        this.raise(episode, track, candidate, update);
      }
      this.tracks.set(episode, track);
    }
    if (countMissing) this.countMissing(seen, update);
    return update;
  }

  /**
   * Clears the condition shown under `key` at once, without waiting out its patience: for a warning
   * that another, just raised, contradicts. Returns what was cleared.
   */
  retire(key: string): Diagnostic[] {
    for (const [episode, track] of this.tracks) {
      if (track.raisedKey !== key || !track.raised) continue;
      this.tracks.delete(episode);
      this.everCleared.add(episode);
      return [track.raised];
    }
    return [];
  }

  /**
   * Raises (or lets take over) a candidate that the last `check` held back with its patience met,
   * once the advice gate has confirmed it; nothing if its condition is no longer tracked.
   */
  raiseLate(candidate: Candidate, update: FilterUpdate): void {
    const episode = candidate.episode ?? candidate.key;
    const track = this.tracks.get(episode);
    if (!track) return;
    if (!track.raised) this.raise(episode, track, candidate, update);
    else if (candidate.replaces !== undefined && track.raisedKey === candidate.replaces) this.takeOver(track, candidate, update);
  }

  private raise(episode: string, track: Track, candidate: Candidate, update: FilterUpdate): void {
    track.raised = candidate.diagnostic;
    track.raisedKey = candidate.key;
    update.raised.push(candidate.diagnostic);
    if (this.everCleared.has(episode)) this.returns.set(episode, (this.returns.get(episode) ?? 0) + 1);
  }

  /** Shows `candidate` in place of the episode's raised diagnostic, which it replaces. */
  private takeOver(track: Track, candidate: Candidate, update: FilterUpdate): void {
    if (track.raised) update.cleared.push(track.raised);
    track.raised = candidate.diagnostic;
    track.raisedKey = candidate.key;
    update.raised.push(candidate.diagnostic);
  }

  /**
   * Clean checks a raised episode needs before it clears: patience, or its `settleChecks` if more,
   * doubled for each return. Doubling the larger of the two: an episode that settles over a window
   * (`lr-too-high`) and still came back has shown that one clean window is not enough either (blind4's
   * lr-too-high.adam-0.1-deep-spirals cleared and returned three times, 2 to 26 epochs later).
   */
  private clearingPatience(episode: string, track: Track): number {
    return Math.max(track.settle ?? 0, this.patience) * 2 ** Math.min(MAX_CLEAR_DOUBLINGS, this.returns.get(episode) ?? 0);
  }

  private countMissing(seen: ReadonlySet<string>, update: FilterUpdate): void {
    for (const [episode, track] of [...this.tracks]) {
      if (seen.has(episode)) continue;
      track.held = 0;
      if (!track.raised) {
        this.tracks.delete(episode);
        continue;
      }
      track.gone++;
      if (track.gone < this.clearingPatience(episode, track)) continue;
      update.cleared.push(track.raised);
      this.tracks.delete(episode);
      this.everCleared.add(episode);
    }
  }
}
