/**
 * The seeded sample of a data set that the edit-time probe and the learning-rate finder train on:
 * small enough to train in milliseconds, drawn the same way for the same spec every time.
 */
import { Random } from '../engine/random';
import type { Dataset } from '../spec/dataset';

/** Salt of the sample's random stream: independent of the engine's init/split/shuffle streams. */
const SAMPLE_STREAM = 0x5a;

/**
 * Up to `size` rows of `data`, chosen by a permutation seeded from `seed`, kept in data order.
 * Returns `data` itself when it is no larger than `size`.
 */
export function sampleDataset(data: Dataset, size: number, seed: number): Dataset {
  if (data.samples <= size) return data;
  const order = new Int32Array(data.samples);
  for (let i = 0; i < order.length; i++) order[i] = i;
  new Random(seed).fork(SAMPLE_STREAM).shuffle(order);
  const rows = order.slice(0, size).sort();
  return {
    ...data,
    samples: size,
    x: pickRows(data.x, data.inputs, rows),
    ...(data.labels && { labels: Int32Array.from(rows, (r) => data.labels![r]) }),
    ...(data.targets && { targets: pickRows(data.targets, data.targetColumns, rows) }),
  };
}

function pickRows(values: Float64Array, width: number, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length * width);
  rows.forEach((row, r) => out.set(values.subarray(row * width, (row + 1) * width), r * width));
  return out;
}
