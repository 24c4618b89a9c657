/**
 * The patience filter between the detectors and the user: a condition is raised once it has held for
 * `patience` consecutive checks, and cleared once it has been gone for `patience` consecutive checks.
 * The same count both ways keeps a warning from flapping when its statistic wavers around the
 * threshold: one good epoch inside a bad stretch neither clears it nor, later, raises it again.
 */
import type { Diagnostic } from '../../spec/types';
import type { Candidate } from './context';

/** What one check changed in the set of raised diagnostics. */
export interface FilterUpdate {
  raised: Diagnostic[];
  cleared: Diagnostic[];
}

/** One condition's state between checks. */
interface Track {
  /** Consecutive checks in which the condition held (0 when it did not hold in the last one). */
  held: number;
  /** Consecutive checks in which a raised condition was gone. */
  gone: number;
  /** The diagnostic shown while raised: the latest one seen, so its evidence stays current. */
  raised?: Diagnostic;
}

/** Raises and clears candidates by key, with the same patience both ways. */
export class PatienceFilter {
  private readonly tracks = new Map<string, Track>();

  constructor(private readonly patience: number) {}

  /** The diagnostics currently raised, in the order their conditions first appeared. */
  get active(): Diagnostic[] {
    return [...this.tracks.values()].flatMap((t) => (t.raised ? [t.raised] : []));
  }

  /** Whether the condition of `key` is currently raised (even if gone in the last few checks). */
  isRaised(key: string): boolean {
    return this.tracks.get(key)?.raised !== undefined;
  }

  /** Keys currently raised. */
  raisedKeys(): string[] {
    return [...this.tracks].filter(([, t]) => t.raised).map(([key]) => key);
  }

  /**
   * Feeds one check's candidates. A candidate marked `immediate` is raised at once. With
   * `countMissing` false (after a NaN loss), conditions not seen are left as they are: what was
   * raised stays up as evidence.
   */
  check(candidates: readonly Candidate[], countMissing = true): FilterUpdate {
    const update: FilterUpdate = { raised: [], cleared: [] };
    const seen = new Set<string>();
    for (const candidate of candidates) {
      seen.add(candidate.key);
      const track = this.tracks.get(candidate.key) ?? { held: 0, gone: 0 };
      track.held++;
      track.gone = 0;
      if (track.raised) track.raised = candidate.diagnostic;
      else if (candidate.immediate || track.held >= this.patience) {
        track.raised = candidate.diagnostic;
        update.raised.push(candidate.diagnostic);
      }
      this.tracks.set(candidate.key, track);
    }
    if (countMissing) this.countMissing(seen, update);
    return update;
  }

  private countMissing(seen: ReadonlySet<string>, update: FilterUpdate): void {
    for (const [key, track] of [...this.tracks]) {
      if (seen.has(key)) continue;
      track.held = 0;
      if (!track.raised) {
        this.tracks.delete(key);
        continue;
      }
      track.gone++;
      if (track.gone < this.patience) continue;
      update.cleared.push(track.raised);
      this.tracks.delete(key);
    }
  }
}
