/**
 * Values too large for the engine to train on: a feature or regression target whose magnitude passes
 * FLOAT32_SAFE_MAGNITUDE. The engine computes in 32-bit floats, and the square of such a value (a
 * squared error, a product of gradients) passes the largest float32 (3.4e38): in the run's first
 * steps the loss overflows to Infinity, then NaN, or the update is so large that the units it reaches die. In real data such values are codes for missing
 * readings (NetCDF's fill value 9.97e36, the largest float 3.4e38, the largest double 1.7e308), not
 * measurements, so the data check names them where they are, before anything trains.
 */
import type { DataProblem } from './csv-dataset';
import type { Dataset } from './dataset';

/** The largest magnitude whose square is still a finite float32: √(3.4028235e38) ≈ 1.84e19. */
export const FLOAT32_SAFE_MAGNITUDE = Math.sqrt(3.4028234663852886e38);

/** Where a value of the data set sits, for the message and the diagnostic's place in the spec. */
export interface ValueLocator {
  /** The spec key the problem is reported at (a CSV's `/data/csv`, an inline entry's own pointer). */
  pointer(sample: number, column: number, target: boolean): string;
  /** The value's place for the message: `line 13 of ../data/weather.csv`, `data.inline.x[2][0]`. */
  where(sample: number, column: number, target: boolean): string;
}

/** One column's values past the bound: how many, and the first. */
interface ExtremeColumn {
  name: string;
  column: number;
  target: boolean;
  first: number;
  value: number;
  count: number;
}

/** Which columns the spec rescales: the features (`normalize`), the regression targets (`normalizeTarget`). */
export interface NormalizedColumns {
  features: boolean;
  targets: boolean;
}

/**
 * A warning per feature or regression-target column holding a value past FLOAT32_SAFE_MAGNITUDE,
 * read before normalization (a normalized column squeezes its other rows into one value instead of
 * overflowing). Classification labels are class indices, never checked.
 */
export function extremeValueProblems(dataset: Dataset, locate: ValueLocator, normalized: NormalizedColumns): DataProblem[] {
  const columns = [
    ...scanColumns(dataset.x, dataset.samples, dataset.inputs, dataset.featureNames, false),
    ...(dataset.targets ? scanColumns(dataset.targets, dataset.samples, dataset.targetColumns, dataset.targetNames, true) : []),
  ];
  return columns.map((c) => ({ pointer: locate.pointer(c.first, c.column, c.target), message: describe(c, locate, normalized), severity: 'warning' }));
}

function scanColumns(values: Float64Array, samples: number, width: number, names: readonly string[], target: boolean): ExtremeColumn[] {
  const found: ExtremeColumn[] = [];
  for (let column = 0; column < width; column++) {
    let hit: ExtremeColumn | undefined;
    for (let sample = 0; sample < samples; sample++) {
      const value = values[sample * width + column];
      if (!(Math.abs(value) > FLOAT32_SAFE_MAGNITUDE)) continue;
      if (hit) hit.count++;
      else hit = { name: names[column] ?? `column ${column}`, column, target, first: sample, value, count: 1 };
    }
    if (hit) found.push(hit);
  }
  return found;
}

function describe(c: ExtremeColumn, locate: ValueLocator, normalized: NormalizedColumns): string {
  const role = c.target ? 'target' : 'feature';
  const more = c.count > 1 ? ` (and ${c.count - 1} more row${c.count > 2 ? 's' : ''} past ${FLOAT32_SAFE_MAGNITUDE.toPrecision(2)})` : '';
  const effect =
    (c.target ? normalized.targets : normalized.features)
      ? `normalizing the column squeezes all its other rows into almost one value, so the ${role} says little but where the code is`
      : 'the square of such a value passes the largest 32-bit float the engine computes with, so the first steps overflow the loss to Infinity, then NaN, or throw the weights it reaches so far that those units die';
  return (
    `${role} "${c.name}" holds ${c.value.toPrecision(3)} at ${locate.where(c.first, c.column, c.target)}${more}: ` +
    `values this large are codes for missing readings (NetCDF's fill value 9.97e36, the largest float 3.4e38), not measurements; ${effect}. ` +
    `Remove those rows or replace the values.`
  );
}
