/**
 * Builders for detector tests: a parsed spec from a few overrides, and synthetic epoch statistics,
 * so each detector can be driven through exactly the epochs a test is about.
 */
import { strict as assert } from 'assert';
import { TrainingMonitor, type MonitorUpdate } from '../../../src/diagnosis/detectors';
import type { EpochStats, LayerStats } from '../../../src/engine';
import { parseSpec } from '../../../src/spec/parse';
import type { Diagnostic } from '../../../src/spec/types';
import { xorSpecText } from '../helpers';

/**
 * A small classifier: tanh hidden layer 0, sigmoid output layer 1, Adam at lr 0.01, 50 planned epochs:
 * short enough that a plateau needs only its `lossWindow` (`UNCHECKED_STALL_RUN_SHARE` of 50 is 10),
 * so the tests drive each rule through the epochs they are about.
 */
export function specText(overrides: Record<string, unknown> = {}): string {
  return xorSpecText({ training: { epochs: 50 }, ...overrides });
}

/** The reference loss the tests use: ln 2, a balanced binary classifier's prior. */
export const REFERENCE = Math.LN2;

/** A monitor over `specText(overrides)` with the reference loss ln 2 (or none, for null). */
export function monitorFor(overrides: Record<string, unknown> = {}, reference: number | null = REFERENCE): TrainingMonitor {
  const parsed = parseSpec(specText(overrides));
  if (!parsed.spec) throw new Error(`test spec invalid: ${JSON.stringify(parsed.diagnostics)}`);
  return new TrainingMonitor(parsed, parsed.spec, 2, reference === null ? {} : { reference: { loss: reference, what: 'the loss of predicting the class prior' } });
}

/** Healthy per-layer statistics for the two-layer spec, with overrides per layer index. */
export function layers(overrides: Record<number, Partial<LayerStats>> = {}): LayerStats[] {
  return [0, 1].map((index) => ({ index, name: `dense_${index}`, gradNorm: 0.1, weightNorm: 2, updateRatio: 1e-2, ...overrides[index] }));
}

/** Feeds epochs with the given losses (and layer statistics) to a monitor; returns every update. */
export class EpochFeeder {
  private epoch = 0;
  readonly updates: MonitorUpdate[] = [];

  constructor(readonly monitor: TrainingMonitor) {}

  /** One epoch per loss; `layerStats` may depend on the epoch. */
  feed(losses: number[], layerStats: LayerStats[] | ((epoch: number) => LayerStats[]) = layers()): MonitorUpdate[] {
    return losses.map((loss) => {
      const stats: EpochStats = { epoch: this.epoch, steps: 4, loss, layers: typeof layerStats === 'function' ? layerStats(this.epoch) : layerStats };
      this.epoch++;
      const update = this.monitor.observeEpoch(stats);
      this.updates.push(update);
      return update;
    });
  }

  /** Codes raised so far, in order. */
  raisedCodes(): string[] {
    return this.updates.flatMap((u) => u.raised.map((d) => d.code));
  }
}

/** `n` copies of a value. */
export const repeat = (value: number, n: number): number[] => Array.from({ length: n }, () => value);

/** The one raised diagnostic of `code` among the feeder's updates. */
export function raised(feeder: EpochFeeder, code: string): Diagnostic {
  const found = feeder.updates.flatMap((u) => u.raised).filter((d) => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(feeder.raisedCodes())}`);
  return found[0];
}

/** The index of the epoch whose update raised `code`, or -1. */
export const raisedAt = (feeder: EpochFeeder, code: string) => feeder.updates.findIndex((u) => u.raised.some((d) => d.code === code));
/** The index of the epoch whose update cleared `code`, or -1. */
export const clearedAt = (feeder: EpochFeeder, code: string) => feeder.updates.findIndex((u) => u.cleared.some((d) => d.code === code));
