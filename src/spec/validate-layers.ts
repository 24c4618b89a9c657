/**
 * The `layers` array: dense and dropout layers, every field checked where it is written.
 * Cross-layer facts (output width vs. classes, the loss/activation pairing) are the static rules'.
 */
import { DEFAULT_ACTIVATION, DEFAULT_BIAS } from './defaults';
import { childPointer } from './pointer';
import { NumberRule, readBoolean, readEnum, readNumber, readString, reportMissing } from './readers';
import { ACTIVATIONS, DenseLayerSpec, DropoutLayerSpec, LayerSpec } from './types';
import { MAX_INITIAL_MAGNITUDE, readInit } from './validate-init';
import { asObject, checkKeys, describeValue, ObjectView, Validator, valueOf } from './validator';

/** The layer types, as `type` names them. */
export const LAYER_TYPES = ['dense', 'dropout'] as const;

/** Keys of a dense layer; `std`/`limit`/`value` may sit beside a string `init`. */
export const DENSE_KEYS = ['type', 'units', 'activation', 'init', 'bias', 'batchNorm', 'name', 'std', 'limit', 'value'];

/** Keys of a dropout layer. */
export const DROPOUT_KEYS = ['type', 'rate', 'name'];

const UNITS_RULE: NumberRule = { integer: true, min: 1, expect: 'a positive integer', why: 'it is the number of neurons in the layer' };
const BIAS_RULE: NumberRule = {
  min: -MAX_INITIAL_MAGNITUDE,
  max: MAX_INITIAL_MAGNITUDE,
  expect: 'a number from -1e18 to 1e18',
  why: 'it is the initial value of every bias; larger starting values overflow float32 in the first forward pass',
};
const RATE_RULE: NumberRule = {
  min: 0,
  max: 1,
  maxExclusive: true,
  expect: 'a number in [0, 1)',
  why: 'it is the fraction of units dropped while training (1 would drop them all)',
};

const EXAMPLE_LAYER = '{"type": "dense", "units": 8, "activation": "relu"}';

/** The validated layers, or undefined when any of them is invalid (each problem reported). */
export function validateLayers(v: Validator, root: ObjectView): LayerSpec[] | undefined {
  const node = valueOf(root, 'layers');
  if (node === undefined) {
    reportMissing(v, root, 'layers', { describe: `the network, a list of layers such as [${EXAMPLE_LAYER}]` });
    return undefined;
  }
  if (node.type !== 'array') {
    v.error('/layers', `layers must be an array of layers such as [${EXAMPLE_LAYER}], got ${describeValue(v, node)}`, node);
    return undefined;
  }
  const children = node.children ?? [];
  if (children.length === 0) {
    v.error('/layers', `layers must list at least one layer, e.g. [${EXAMPLE_LAYER}]; the last layer's units are the outputs`, node);
    return undefined;
  }
  const layers: LayerSpec[] = [];
  children.forEach((child, index) => {
    const pointer = childPointer('/layers', index);
    const obj = asObject(v, child, pointer, `a layer object such as ${EXAMPLE_LAYER}`);
    const layer = obj && validateLayer(v, obj);
    if (layer) layers.push(layer);
  });
  return layers.length === children.length ? layers : undefined;
}

function validateLayer(v: Validator, obj: ObjectView): LayerSpec | undefined {
  const type = readEnum(v, obj, 'type', LAYER_TYPES, 'layer type', { describe: '"dense" or "dropout", e.g. "type": "dense"' });
  if (type === 'dense') return validateDense(v, obj);
  if (type === 'dropout') return validateDropout(v, obj);
  // Without a known type the allowed keys are unknown; still catch keys no layer has.
  checkKeys(v, obj, [...new Set([...DENSE_KEYS, ...DROPOUT_KEYS])], 'a layer');
  return undefined;
}

function validateDense(v: Validator, obj: ObjectView): DenseLayerSpec | undefined {
  checkKeys(v, obj, DENSE_KEYS, 'a dense layer', (key) =>
    key === 'rate' ? 'a dense layer has no dropout rate; add {"type": "dropout", "rate": …} as a layer of its own' : undefined,
  );
  const units = readNumber(v, obj, 'units', UNITS_RULE, { describe: 'the number of neurons in the layer, e.g. "units": 8' });
  const activation = readEnum(v, obj, 'activation', ACTIVATIONS, 'activation');
  const init = readInit(v, obj, activation ?? DEFAULT_ACTIVATION);
  const bias = readNumber(v, obj, 'bias', BIAS_RULE);
  const batchNorm = readBoolean(v, obj, 'batchNorm');
  const name = readString(v, obj, 'name', "the layer's name");
  if (units === undefined || init === undefined) return undefined;
  const layer: DenseLayerSpec = {
    type: 'dense',
    units,
    activation: activation ?? DEFAULT_ACTIVATION,
    init,
    bias: bias ?? DEFAULT_BIAS,
    batchNorm: batchNorm ?? false,
  };
  if (name !== undefined) layer.name = name;
  return layer;
}

function validateDropout(v: Validator, obj: ObjectView): DropoutLayerSpec | undefined {
  checkKeys(v, obj, DROPOUT_KEYS, 'a dropout layer', (key) =>
    DENSE_KEYS.includes(key) ? `"${key}" belongs to dense layers; a dropout layer takes only type, rate and name` : undefined,
  );
  const rate = readNumber(v, obj, 'rate', RATE_RULE, { describe: 'the fraction of units to drop while training, e.g. "rate": 0.2' });
  const name = readString(v, obj, 'name', "the layer's name");
  if (rate === undefined) return undefined;
  const layer: DropoutLayerSpec = { type: 'dropout', rate };
  if (name !== undefined) layer.name = name;
  return layer;
}

