import { fanIns } from '../diagnosis/context';
import type { LayerInfo } from '../protocol';
import type { DenseLayerSpec, ModelSpec } from '../spec/types';

/** The dense layers of a spec as the panel lists them. */
export function layerInfos(spec: ModelSpec, inputs: number): LayerInfo[] {
  return [...fanIns(spec, inputs)].map(([index, fanIn]) => {
    const layer = spec.layers[index] as DenseLayerSpec;
    return { index, name: layer.name ?? `dense_${index}`, units: layer.units, activation: layer.activation, paramCount: (fanIn + 1) * layer.units };
  });
}
