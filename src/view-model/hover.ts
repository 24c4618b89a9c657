import { initStd } from '../engine/init';
import type { RestoredPoint } from '../protocol';
import type { DenseLayerSpec, LayerSpec } from '../spec/types';
import type { RunHistory } from './run-history';

const BARS = '▁▂▃▄▅▆▇█';

/** What the hover knows about one layer. */
export interface LayerHoverInput {
  index: number;
  layer: LayerSpec;
  /** Inputs of the layer, when the data is known. */
  fanIn?: number;
  /** The current or last run, if the spec has trained in this session. */
  history?: RunHistory;
}

/** Markdown for hovering a layer: shape, parameters and init, then the latest instruments of the run. */
export function layerHoverMarkdown(input: LayerHoverInput): string {
  const { index, layer } = input;
  const title = `**${layer.name ? `${layer.name} · ` : ''}layers[${index}] · ${layer.type}**`;
  if (layer.type === 'dropout') {
    return `${title}\n\nInverted dropout: zeroes ${(layer.rate * 100).toFixed(0)}% of its inputs while training and scales the rest by ${(1 / (1 - layer.rate)).toFixed(2)}; off at evaluation. No parameters.`;
  }
  const lines = [title, '', shapeLine(layer, input.fanIn)];
  const latest = input.history?.latest(index);
  const restored = input.history?.restored;
  if (restored) lines.push('', restoredLine(restored));
  if (!latest || !input.history) {
    if (!restored) lines.push('', '_No training data yet: press **▶ Train** (code lens above) to see this layer\'s gradient norm, weight norm, update ratio and dead units here._');
    return lines.join('\n');
  }
  lines.push('', '| instrument | latest |', '|---|---:|');
  lines.push(`| gradient norm | ${num(latest.gradNorm)} |`, `| weight norm | ${num(latest.weightNorm)} |`, `| update / weight | ${num(latest.updateRatio)} |`);
  if (latest.deadFraction !== undefined) lines.push(`| dead units | ${(100 * latest.deadFraction).toFixed(1)}% |`);
  if (latest.saturatedFraction !== undefined) lines.push(`| saturated outputs | ${(100 * latest.saturatedFraction).toFixed(1)}% |`);
  const norms = input.history.gradNorms(index);
  lines.push('', `gradient norm over ${norms.length} steps (log scale): ${sparkline(norms, 32)}`);
  return lines.join('\n');
}

/** Why the figures are not the last step's: the run diverged and its weights went back. */
function restoredLine(restored: RestoredPoint): string {
  if (restored.epoch === undefined) return '_The loss became NaN in the first epoch: the weights were restored to their initial values._';
  return `_The loss became NaN: the weights were restored to epoch ${restored.epoch} (step ${restored.step}); the figures below are that step's._`;
}

function shapeLine(layer: DenseLayerSpec, fanIn?: number): string {
  const shape = fanIn === undefined ? `? → ${layer.units}` : `${fanIn} → ${layer.units}`;
  const params = fanIn === undefined ? '' : ` · ${((fanIn + 1) * layer.units).toLocaleString('en-US')} parameters`;
  const scale = fanIn === undefined ? '' : ` (weight std ${num(initStd(layer.init, fanIn, layer.units))})`;
  const bn = layer.batchNorm ? ' · batch norm' : '';
  return `${shape} units · ${layer.activation}${params}${bn} · init ${layer.init.name}${scale}`;
}

/** A unicode sparkline of a positive series on a log scale, bucketed to at most `width` bars. */
export function sparkline(values: readonly number[], width: number): string {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length === 0) return '';
  const buckets = Math.min(width, finite.length);
  const logs: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor((b * finite.length) / buckets);
    const end = Math.max(start + 1, Math.floor(((b + 1) * finite.length) / buckets));
    let sum = 0;
    for (let i = start; i < end; i++) sum += finite[i];
    logs.push(Math.log10(sum / (end - start)));
  }
  const low = Math.min(...logs);
  const span = Math.max(...logs) - low || 1;
  return logs.map((v) => BARS[Math.round(((v - low) / span) * (BARS.length - 1))]).join('');
}

function num(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e4) ? value.toExponential(2) : value.toPrecision(3);
}
