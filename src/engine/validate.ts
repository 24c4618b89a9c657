/**
 * Checks a spec against a data set before anything is allocated, so that an impossible or
 * oversized network is refused with a message instead of crashing (or exhausting memory) in a kernel.
 */
import type { Dataset } from '../spec/dataset';
import type { LayerSpec, ModelSpec } from '../spec/types';
import { EngineError, formatCount } from './errors';

/** The shape facts every engine component needs, derived once from spec and data. */
export interface NetworkShape {
  inputs: number;
  outputUnits: number;
  /** Trainable parameters: W, b and (with batch norm) γ, β of every dense layer. */
  parameters: number;
}

/** Trainable parameters of the layers for a given input width (running statistics not counted). */
export function countParameters(layers: LayerSpec[], inputs: number): number {
  let width = inputs;
  let total = 0;
  for (const layer of layers) {
    if (layer.type !== 'dense') continue;
    total += (width + 1) * layer.units + (layer.batchNorm ? 2 * layer.units : 0);
    width = layer.units;
  }
  return total;
}

/** Validates what the engine relies on and returns the network's shape; throws EngineError otherwise. */
export function checkShapes(spec: ModelSpec, data: Dataset): NetworkShape {
  checkData(data);
  checkLayers(spec.layers);
  checkTraining(spec, data);
  const parameters = countParameters(spec.layers, data.inputs);
  if (parameters > spec.maxParams) {
    throw new EngineError(
      `the network has ${formatCount(parameters)} parameters, above the limit of ${formatCount(spec.maxParams)} (maxParams); ` +
        'reduce units or raise maxParams',
    );
  }
  const last = spec.layers[spec.layers.length - 1];
  return { inputs: data.inputs, outputUnits: last.type === 'dense' ? last.units : 0, parameters };
}

function checkData(data: Dataset): void {
  if (!Number.isInteger(data.samples) || data.samples < 1) throw new EngineError(`the data set has ${data.samples} samples; at least 1 is needed to train`);
  if (!Number.isInteger(data.inputs) || data.inputs < 1) throw new EngineError(`the data set has ${data.inputs} input features; at least 1 is needed`);
  if (data.x.length !== data.samples * data.inputs) {
    throw new EngineError(`the data set's features hold ${data.x.length} values, not samples × inputs = ${data.samples} × ${data.inputs}`);
  }
}

function checkLayers(layers: LayerSpec[]): void {
  if (layers.length === 0) throw new EngineError('the network has no layers; add at least one dense layer');
  layers.forEach((layer, index) => {
    if (layer.type === 'dense' && (!Number.isInteger(layer.units) || layer.units < 1)) {
      throw new EngineError(`layer ${index} has ${layer.units} units; a dense layer needs a whole number of at least 1`);
    }
    if (layer.type === 'dropout' && !(layer.rate >= 0 && layer.rate < 1)) {
      throw new EngineError(`layer ${index} has dropout rate ${layer.rate}; it must be in [0, 1)`);
    }
  });
  if (layers[layers.length - 1].type !== 'dense') throw new EngineError('the last layer must be dense (it produces the outputs the loss compares)');
}

function checkTraining(spec: ModelSpec, data: Dataset): void {
  const { batchSize, validationSplit } = spec.training;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new EngineError(`batchSize is ${batchSize}; it must be a whole number of at least 1`);
  if (!(validationSplit >= 0 && validationSplit < 1)) throw new EngineError(`validationSplit is ${validationSplit}; it must be in [0, 1)`);
  if (validationSplit > 0 && data.samples < 2) {
    throw new EngineError(`validationSplit needs at least 2 samples (one to train, one to validate), but the data set has ${data.samples}`);
  }
  if (Number.isNaN(spec.maxParams)) throw new EngineError(`maxParams is ${spec.maxParams}; it must be a number`);
}
