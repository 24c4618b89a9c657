/** What the worker posts about a run's layers and steps, built from the engine's statistics. */
import type { StepStats } from '../engine';
import { fanIns } from '../diagnosis/context';
import type { LayerInfo, MetricsDelta } from '../protocol';
import type { DenseLayerSpec, ModelSpec } from '../spec/types';

/** The dense layers of a spec as the panel lists them. */
export function layerInfos(spec: ModelSpec, inputs: number): LayerInfo[] {
  return [...fanIns(spec, inputs)].map(([index, fanIn]) => {
    const layer = spec.layers[index] as DenseLayerSpec;
    return { index, name: layer.name ?? `dense_${index}`, units: layer.units, activation: layer.activation, paramCount: (fanIn + 1) * layer.units };
  });
}

/** Appends one training step's loss and per-layer instruments to the delta the next flush posts. */
export function appendStep(delta: MetricsDelta, step: number, stats: StepStats): void {
  delta.steps.push(step);
  delta.loss.push(stats.loss);
  stats.layers.forEach((layer, i) => {
    const series = delta.layers[i];
    series.gradNorm.push(layer.gradNorm);
    series.weightNorm.push(layer.weightNorm);
    series.updateRatio.push(layer.updateRatio);
    if (layer.deadFraction !== undefined) series.deadFraction.push(layer.deadFraction);
    if (layer.saturatedFraction !== undefined) series.saturatedFraction.push(layer.saturatedFraction);
  });
}
