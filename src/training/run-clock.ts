/**
 * A worker run's time accounting. Advice trials train inside the run's slices but are not the run's
 * training: their time is kept apart, so the recent rate and the run's average count only the
 * batches of the run itself.
 */
import { performance } from 'perf_hooks';

/** Samples per second over `ms` of training; 0 when nothing was timed (no rate to show). */
export function averageRate(samples: number, ms: number): number {
  return ms > 0 && samples > 0 ? Math.round((samples * 1000) / ms) : 0;
}

/** Times training slices, the advice trials within them, and the samples trained between flushes. */
export class RunClock {
  /** Time in training slices, pauses and advice trials excluded: the run's average divides by it. */
  private trainingMs = 0;
  /** When the slice under way began; undefined between slices. */
  private sliceStartedAt: number | undefined;
  private trialMsInSlice = 0;
  private trialMsSinceFlush = 0;
  private samplesSinceFlush = 0;
  private lastFlushAt = 0;
  private rate = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Milliseconds since the last `flushRate`. */
  sinceFlush(): number {
    return this.now() - this.lastFlushAt;
  }

  startSlice(): void {
    this.sliceStartedAt = this.now();
    this.trialMsInSlice = 0;
  }

  /** Adds the slice under way (if any), its trials taken out, to the training time; the run can end inside a slice. */
  endSlice(): void {
    if (this.sliceStartedAt === undefined) return;
    this.trainingMs += Math.max(0, this.now() - this.sliceStartedAt - this.trialMsInSlice);
    this.sliceStartedAt = undefined;
  }

  /** Runs `work` (a stretch of advice trial) and books its time as trial time. */
  timeTrial<T>(work: () => T): T {
    const started = this.now();
    try {
      return work();
    } finally {
      const ms = this.now() - started;
      this.trialMsInSlice += ms;
      this.trialMsSinceFlush += ms;
    }
  }

  /** Counts samples the run itself trained. */
  addSamples(samples: number): void {
    this.samplesSinceFlush += samples;
  }

  /**
   * The recent rate, at a flush: the samples trained since the last flush over that time, trial time
   * taken out. A stretch that went wholly to a trial trained nothing of the run and says nothing of
   * its speed: the last rate stands (rather than reading 0 samples/s while a fix is tried).
   */
  flushRate(): number {
    const now = this.now();
    const trainedMs = now - this.lastFlushAt - this.trialMsSinceFlush;
    const allTrial = this.samplesSinceFlush === 0 && this.trialMsSinceFlush > 0;
    if (!allTrial) this.rate = trainedMs > 0 ? Math.round((this.samplesSinceFlush * 1000) / Math.max(trainedMs, 1)) : 0;
    this.samplesSinceFlush = 0;
    this.trialMsSinceFlush = 0;
    this.lastFlushAt = now;
    return this.rate;
  }

  /** The run's average rate over its own training time. */
  average(samplesSeen: number): number {
    return averageRate(samplesSeen, this.trainingMs);
  }
}
