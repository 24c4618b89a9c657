/**
 * When a gradient explodes or the loss overflows, the network is often not to blame: the data is far
 * from unit scale. A first layer's gradient is its inputs times the error flowing back, and under
 * `mse` that error starts at about the targets themselves, so a raw column in the tens of thousands
 * (dollars, hours of operation, a timestamp) makes steps tens of thousands of times too large whatever
 * the init or the rate. This names the column, so the warning can point at the cause and its fix
 * (`normalize` the inputs, `normalizeTarget` the target) instead of a scaled init the spec already has.
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec, SuggestedEdit } from '../spec/types';
import { fmt, oncePerArray, outputLayer } from './context';
import { boundedBothWays } from './rules-output';

/**
 * A column whose root mean square is over this is named as the cause: an order of magnitude past the
 * unit scale that normalized inputs and targets have, so its gradients are at least ten times larger.
 */
export const RAW_SCALE_LIMIT = 10;

/** A data column and its root mean square. */
export interface ScaledColumn {
  name: string;
  rms: number;
}

/** The data's scale as the cause of a blow-up: the words, and the quick fixes that address it. */
export interface DataScaleCause {
  /** The widest raw input column, when the inputs are not normalized and one is past RAW_SCALE_LIMIT. */
  input?: ScaledColumn;
  /** The widest regression target column under `mse`, when past RAW_SCALE_LIMIT. */
  target?: ScaledColumn;
  /** One or two sentences naming the columns and what to do, for a message. */
  text: string;
  /** `"normalize": "standard"` when the inputs are a cause (preferred), `"normalizeTarget": "standard"` when the target is. */
  suggestions: SuggestedEdit[];
}

/** The widest input column when the spec leaves the inputs raw, if it is past RAW_SCALE_LIMIT. */
export function rawInputColumn(spec: ModelSpec, dataset: Dataset): ScaledColumn | undefined {
  if (spec.data.normalize !== 'none') return undefined;
  return widest(dataset.x, dataset.samples, dataset.inputs, dataset.featureNames);
}

/** The widest regression target column under `mse`, if it is past RAW_SCALE_LIMIT. */
export function rawTargetColumn(spec: ModelSpec, dataset: Dataset): ScaledColumn | undefined {
  if (spec.loss !== 'mse' || dataset.task !== 'regression' || !dataset.targets) return undefined;
  return widest(dataset.targets, dataset.samples, dataset.targetColumns, dataset.targetNames);
}

/** The data's scale as the cause of an exploding gradient or an overflow, or undefined when the data is near unit scale. */
export function dataScaleCause(spec: ModelSpec, dataset: Dataset | undefined): DataScaleCause | undefined {
  if (!dataset || dataset.samples === 0) return undefined;
  const [input, target] = leading(rawInputColumn(spec, dataset), rawTargetColumn(spec, dataset));
  if (!input && !target) return undefined;
  const sentences: string[] = [];
  if (input) {
    sentences.push(
      `The inputs are not normalized: "${input.name}" has a root mean square of ${fmt(input.rms)}, and a first layer's gradient grows with its inputs; ` +
        `"normalize": "standard" brings every column to unit scale.`,
    );
  }
  if (target) {
    sentences.push(
      `The target "${target.name}" is in raw units (root mean square ${fmt(target.rms)}): under mse the first errors, and every gradient made from them, are that large; ` +
        rescaleTargetText(target),
    );
  }
  const suggestions: SuggestedEdit[] = [];
  if (input) suggestions.push(normalizeInputsFix(true));
  if (target) suggestions.push(normalizeTargetFix(!input));
  return { ...(input && { input }), ...(target && { target }), text: sentences.join(' '), suggestions };
}

/**
 * A raw target as the cause of a run that crawls rather than blows up, when the optimizer's steps are
 * bounded whatever the gradient (`boundedSteps`): the output takes thousands of steps to grow to the
 * target's scale. Rescaling the target is the fix, preferred. Undefined under plain SGD, whose steps
 * grow with the error, under a bounded output activation, or when no regression target is raw.
 */
export function slowTargetCause(spec: ModelSpec, dataset: Dataset): DataScaleCause | undefined {
  // A bounded output never gets there however long it crawls: that is `loss-activation-mismatch`.
  if (boundedBothWays(outputLayer(spec)?.activation ?? '')) return undefined;
  const bound = boundedSteps(spec);
  const target = bound && rawTargetColumn(spec, dataset);
  if (!target) return undefined;
  const text =
    `The target "${target.name}" is in raw units (root mean square ${fmt(target.rms)}), and ${bound}, so the output ` +
    `creeps toward that scale. ${rescaleTargetText(target)}`;
  return { target, text, suggestions: [normalizeTargetFix(true)] };
}

/** Where a warning about the regression target is shown: the CSV's target, the inline targets, or the data block. */
export function targetPath(spec: ModelSpec): string {
  return spec.data.kind === 'csv' ? '/data/target' : spec.data.kind === 'inline' ? '/data/inline/y' : '/data';
}

/** Why the steps' size does not grow with the gradient, in words, or undefined when it does (plain SGD). */
function boundedSteps(spec: ModelSpec): string | undefined {
  const { type, clipNorm } = spec.optimizer;
  if (type === 'adam' || type === 'rmsprop') return `${type === 'adam' ? 'Adam' : 'RMSprop'} moves each weight by about the learning rate per step however large the error`;
  return clipNorm > 0 ? `"clipNorm" ${fmt(clipNorm)} caps every step at the learning rate times ${fmt(clipNorm)}` : undefined;
}

/** What rescaling a raw target means, and the by-hand alternative: one sentence. */
function rescaleTargetText(target: ScaledColumn): string {
  return `"normalizeTarget": "standard" rescales it (the loss is then in its standard deviations), or divide the column by ${powerOfTenBelow(target.rms)} in the data.`;
}

/** The quick fix that standardizes a regression target. */
function normalizeTargetFix(preferred: boolean): SuggestedEdit {
  return { title: 'Set "normalizeTarget" to "standard"', path: '/data/normalizeTarget', value: 'standard', preferred };
}

/** The quick fix that standardizes the input features (a fresh object: callers may mark it preferred). */
export function normalizeInputsFix(preferred?: boolean): SuggestedEdit {
  const fix: SuggestedEdit = { title: 'Set "normalize" to "standard"', path: '/data/normalize', value: 'standard' };
  return preferred === undefined ? fix : { ...fix, preferred };
}

/**
 * The inputs' and the target's widest columns, leaving out one more than SECONDARY_FACTOR narrower
 * than the other: raw traffic counts of root mean square 29,200 are the cause to fix, a target of 18
 * beside them is not worth a sentence.
 */
function leading(input: ScaledColumn | undefined, target: ScaledColumn | undefined): [ScaledColumn | undefined, ScaledColumn | undefined] {
  if (!input || !target) return [input, target];
  if (target.rms * SECONDARY_FACTOR < input.rms) return [input, undefined];
  if (input.rms * SECONDARY_FACTOR < target.rms) return [undefined, target];
  return [input, target];
}

/** How much narrower than the other the second column may be and still be named. */
const SECONDARY_FACTOR = 10;

const widestColumns = new WeakMap<Float64Array, ScaledColumn | undefined>();

/** The column of a row-major table with the largest root mean square, if past RAW_SCALE_LIMIT (non-finite cells skipped). */
function widest(values: Float64Array, rows: number, columns: number, names: readonly string[]): ScaledColumn | undefined {
  return oncePerArray(widestColumns, values, () => widestColumn(values, rows, columns, names));
}

function widestColumn(values: Float64Array, rows: number, columns: number, names: readonly string[]): ScaledColumn | undefined {
  let best: ScaledColumn | undefined;
  for (let c = 0; c < columns; c++) {
    let sum = 0;
    let count = 0;
    for (let r = 0; r < rows; r++) {
      const v = values[r * columns + c];
      if (!Number.isFinite(v)) continue;
      sum += v * v;
      count++;
    }
    const rms = count > 0 ? Math.sqrt(sum / count) : 0;
    if (rms > RAW_SCALE_LIMIT && (!best || rms > best.rms)) best = { name: names[c] ?? `column ${c}`, rms };
  }
  return best;
}

/** 10^floor(log10(x)): the round divisor that brings x to between 1 and 10. */
function powerOfTenBelow(x: number): number {
  return 10 ** Math.floor(Math.log10(x));
}
