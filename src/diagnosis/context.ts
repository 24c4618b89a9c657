import { trainingCount } from '../engine/batches';
import type { ParsedSpec } from '../spec/parse';
import type { Dataset } from '../spec/dataset';
import type { DenseLayerSpec, Diagnostic, DiagnosticCode, ModelSpec, Severity } from '../spec/types';

/** What every static rule reads: the parsed file (for ranges), the valid spec, and the data if it loaded. */
export interface RuleContext {
  parsed: ParsedSpec;
  spec: ModelSpec;
  /** Absent when the data could not be loaded (a `data-error` says why). */
  dataset?: Dataset;
}

/** The rows each epoch trains on (after the validation split); undefined until the data are loaded. */
export function trainingRows(ctx: RuleContext): number | undefined {
  return ctx.dataset && trainingCount(ctx.dataset.samples, ctx.spec.training.validationSplit);
}

/** Mini-batch steps of the spec's own run: epochs × batches per epoch of its training split. */
export function runSteps(spec: ModelSpec, dataset: Dataset): number {
  return spec.training.epochs * Math.ceil(trainingCount(dataset.samples, spec.training.validationSplit) / spec.training.batchSize);
}

/** A static rule: returns the problems it finds, never throws on a valid spec. */
export type Rule = (ctx: RuleContext) => Diagnostic[];

/** A dense layer together with its index in `spec.layers`. */
export interface IndexedDense {
  index: number;
  layer: DenseLayerSpec;
}

/** Builds a diagnostic located at the value that `path` (a JSON Pointer) names in the file. */
export function diagnosticAt(
  parsed: ParsedSpec,
  code: DiagnosticCode,
  severity: Severity,
  path: string,
  message: string,
): Diagnostic {
  return { code, severity, message, path, range: parsed.rangeOf(path) };
}

/** The dense layers of a spec, in order, with their indices. */
export function denseLayers(spec: ModelSpec): IndexedDense[] {
  const result: IndexedDense[] = [];
  spec.layers.forEach((layer, index) => {
    if (layer.type === 'dense') result.push({ index, layer });
  });
  return result;
}

/** The spec's output layer: its last dense layer (undefined when it has none). */
export function outputLayer(spec: ModelSpec): DenseLayerSpec | undefined {
  return denseLayers(spec).at(-1)?.layer;
}

/** The hidden dense layers (all but the output) whose activation is tanh or sigmoid: units that can saturate. */
export function saturatingHiddenLayers(spec: ModelSpec): IndexedDense[] {
  return denseLayers(spec).slice(0, -1).filter(({ layer }) => layer.activation === 'tanh' || layer.activation === 'sigmoid');
}

/** Human name of a layer for messages: its `name`, else `layers[i]`. */
export function layerLabel(spec: ModelSpec, index: number): string {
  const name = spec.layers[index]?.name;
  return name ? `layer "${name}" (layers[${index}])` : `layers[${index}]`;
}

/** Number of inputs of each dense layer, following the data's input count through the stack. */
export function fanIns(spec: ModelSpec, inputs: number): Map<number, number> {
  const result = new Map<number, number>();
  let width = inputs;
  spec.layers.forEach((layer, index) => {
    if (layer.type !== 'dense') return;
    result.set(index, width);
    width = layer.units;
  });
  return result;
}

/** A dropout layer with the width it drops from: the dense layer before it, or the inputs (`units`, `onInputs`). */
export interface IndexedDropout {
  index: number;
  rate: number;
  units: number;
  onInputs: boolean;
}

/** The dropout layers of a spec, in order, each with the width it drops from. */
export function dropoutLayers(spec: ModelSpec, inputs: number): IndexedDropout[] {
  const result: IndexedDropout[] = [];
  let width = inputs;
  let onInputs = true;
  spec.layers.forEach((layer, index) => {
    if (layer.type === 'dense') [width, onInputs] = [layer.units, false];
    if (layer.type === 'dropout') result.push({ index, rate: layer.rate, units: width, onInputs });
  });
  return result;
}

/** Formats a number compactly for messages: 3 significant digits, exponent when tiny or huge. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e5)) return value.toExponential(2);
  return String(Number(value.toPrecision(3)));
}

/** Two significant digits: a rate the user would write, for a suggested learning rate. */
export function roundLr(lr: number): number {
  return Number(lr.toPrecision(2));
}

/**
 * A figure computed once per data array. A CSV's data set is kept between checks
 * (src/spec/data-cache.ts) and never written to after loading, so a pass over its millions of
 * values need not be repeated at every keystroke.
 */
export function oncePerArray<T>(memo: WeakMap<Float64Array, T>, values: Float64Array, compute: () => T): T {
  if (memo.has(values)) return memo.get(values) as T;
  const figure = compute();
  memo.set(values, figure);
  return figure;
}

/** Items joined by commas, the first `max` only and then "and N more": a message stays readable on a deep network. */
export function briefList(items: readonly string[], max = 3): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
