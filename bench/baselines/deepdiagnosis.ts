/**
 * DeepDiagnosis's symptoms and fix recommendations (Wardat et al., ICSE 2022), as the
 * `mapFaluireToFix` callback of `DeepDiagnosis/ICSE2022` `callback/callbacks.py` at 500b017 checks
 * them at each epoch's end on the first `batch_size` training samples: forward symptoms layer by
 * layer, then the epoch's metrics, then the kernels from the last layer back. The first symptom
 * found is reported with its recommended fix, and training stops.
 *
 * Where the code cannot mean what it does, its evident intent is taken: activation rules read each
 * dense layer's own activation (the tool recognises only separate Keras `Activation` layers), "Poor
 * Weight" is a layer's weight variance (the code takes the variance of a scalar mean, always NaN), the
 * learning-rate ratio is lr·‖∇W‖/‖W‖ per layer (the code pairs mismatched tensors), a window is
 * "unchanged" when its values are exactly equal (the code's `mean == max` misses many such windows to
 * rounding), and "loss not decreasing" gets its fix (the code's call lacks an argument and throws).
 * Its input range test reads the probe batch, not the whole training set; its target ranges read all
 * the targets.
 */
import type { DiagnosticCode } from '../../src/spec/types';
import { l2Norm } from './autotrainer';
import { type BaselineTool, type EpochView, extent, type ProbedLayer, type RunSetup, type ToolReport } from './view';

/** The module-level thresholds of `callbacks.py`. */
export const DEEPDIAGNOSIS_THRESHOLDS = { deadShare: 0.7, saturationZ: 5, saturatedShare: 0.5, vanishingMean: 1e-7, weightVarLow: 1e-5, weightVarHigh: 10, lrRatioHigh: 0.1, lrRatioLow: 1e-5, window: 5, accuracyWindow: 20 };

/**
 * Which of our codes each symptom is credited with. A NaN or infinite tensor is the loss going NaN as
 * a user meets it, so it counts for `nan-loss` as well; a mean of exactly 0 counts as a dead layer on
 * ReLU and a vanished gradient elsewhere; an accuracy of 0 with a finite loss counts for nothing.
 */
const SYMPTOM_CREDIT: Record<string, DiagnosticCode[]> = {
  'out-of-range': ['loss-activation-mismatch'],
  'numerical-nan': ['exploding-gradient', 'nan-loss'],
  'numerical-zero-relu': ['dead-relu'],
  'numerical-zero': ['vanishing-gradient'],
  'numerical-dw-nan': ['exploding-gradient', 'nan-loss'],
  'numerical-dw-zero-relu': ['dead-relu'],
  'numerical-dw-zero': ['vanishing-gradient'],
  'dead-node': ['dead-relu'],
  saturated: ['saturated-activation'],
  unchanged: ['loss-plateau'],
  'invalid-loss': ['nan-loss'],
  'loss-not-decreasing': ['loss-plateau'],
  'invalid-accuracy': [],
  'accuracy-not-increasing': ['loss-plateau'],
  vanishing: ['vanishing-gradient'],
};
const FIX_CREDIT: Record<string, DiagnosticCode[]> = { 'lr-high': ['lr-too-high'], 'lr-low': ['lr-too-low'], 'poor-weight': ['init-scale', 'init-symmetry'] };

/** The output ranges `identifyRange` knows; others are unbounded. */
const RANGES: Partial<Record<string, [number, number]>> = { sigmoid: [0, 1], tanh: [-1, 1], relu: [0, Infinity], elu: [-1, Infinity] };

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function meanAbs(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += Math.abs(v);
  return sum / values.length;
}

/** `identifyNumerical` on a scalar mean (NaN, infinite, or exactly 0), named for the credit: `<prefix>nan`, `<prefix>zero-relu` or `<prefix>zero`. */
function numerical(value: number, layer: ProbedLayer, prefix = 'numerical-'): string | undefined {
  if (!Number.isFinite(value)) return `${prefix}nan`;
  if (value !== 0) return undefined;
  return layer.activation === 'relu' ? `${prefix}zero-relu` : `${prefix}zero`;
}

function share(values: Float64Array, test: (v: number) => boolean): number {
  let count = 0;
  for (const v of values) if (test(v)) count++;
  return count / values.length;
}


/** `identifyRange`: the output layer against the loss and the targets. */
export function outOfRange(setup: RunSetup, layer: ProbedLayer): boolean {
  const act = layer.activation;
  if ((act === 'relu' || act === 'linear') && setup.loss === 'cce') return true;
  const [yMin, yMax] = setup.targetRange;
  if (act === 'linear') {
    const [oMin, oMax] = extent(layer.output);
    if (Math.abs(oMax - oMin) > 10 * Math.abs(yMax - yMin)) return true;
  }
  const range = RANGES[act] ?? [-Infinity, Infinity];
  return yMin < range[0] || yMax > range[1];
}

/** Sample variance (`ddof=1`). */
function variance(values: Float64Array): number {
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return sum / (values.length - 1);
}

/** The per-epoch windows of the "unchanged" rules: values appended every epoch, judged and cleared every `window` epochs. */
class Windows {
  private readonly values = new Map<string, number[]>();
  push(key: string, value: number): void {
    const list = this.values.get(key) ?? [];
    list.push(value);
    this.values.set(key, list);
  }
  /** `meanResult` on the last `size` values (mean equal to max: all exactly equal, none NaN), then the window starts over. */
  allEqual(key: string, size: number): boolean {
    const list = this.values.get(key) ?? [];
    this.values.set(key, []);
    const last = list.slice(-size);
    return last.length > 0 && last.every((v) => v === last[last.length - 1]);
  }
}

/** DeepDiagnosis's callback on one run. */
export class DeepDiagnosis implements BaselineTool {
  readonly name = 'DeepDiagnosis';
  private setup: RunSetup | undefined;
  private readonly windows = new Windows();
  private stopped = false;

  beforeTraining(setup: RunSetup): ToolReport[] {
    this.setup = setup;
    return [];
  }

  observeEpoch(view: EpochView): ToolReport[] {
    if (this.stopped || !this.setup) return [];
    this.recordWindows(view);
    const symptom = this.forwardSymptom(view, this.setup) ?? this.metricSymptom(view) ?? this.backwardSymptom(view);
    if (!symptom) return [];
    this.stopped = true;
    const fix = this.recommend(symptom, view, this.setup);
    const codes = [...new Set([...SYMPTOM_CREDIT[symptom], ...(FIX_CREDIT[fix] ?? [])])];
    return [{ rule: `${symptom} → ${fix}`, epoch: view.epoch, codes }];
  }

  private recordWindows(view: EpochView): void {
    view.probe.layers.forEach((layer, l) => {
      this.windows.push(`A${l}`, mean(layer.output));
      this.windows.push(`dW${l}`, mean(layer.dW));
      this.windows.push(`W${l}`, mean(layer.W));
    });
    this.windows.push('loss', view.stats.loss);
    if (view.stats.accuracy !== undefined) this.windows.push('acc', view.stats.accuracy);
  }

  /** Each layer's out-of-range, numerical, dead and saturated checks, then (every fifth epoch) the unchanged ones in a loop of their own, as the callback orders them. */
  private forwardSymptom(view: EpochView, setup: RunSetup): string | undefined {
    const layers = view.probe.layers, t = DEEPDIAGNOSIS_THRESHOLDS;
    const windowDue = (view.epoch + 1) % t.window === 0;
    for (let l = 0; l < layers.length; l++) {
      const layer = layers[l], last = l === layers.length - 1;
      if (last && view.epoch === 0 && layer.activation !== 'softmax' && outOfRange(setup, layer)) return 'out-of-range';
      const bad = numerical(mean(layer.output), layer);
      if (bad) return bad;
      if (layer.activation === 'relu' && view.epoch === setup.plannedEpochs - 1 && share(layer.output, (v) => v <= 0) >= t.deadShare) return 'dead-node';
      const squashing = layer.activation === 'sigmoid' || layer.activation === 'tanh';
      if (windowDue && squashing && share(layer.preact, (z) => Math.abs(z) >= t.saturationZ) > t.saturatedShare) return 'saturated';
    }
    if (windowDue) for (let l = 0; l + 1 < layers.length; l++) if (this.windows.allEqual(`A${l}`, t.window)) return 'unchanged';
    return undefined;
  }

  private metricSymptom(view: EpochView): string | undefined {
    const c = view.epoch + 1, t = DEEPDIAGNOSIS_THRESHOLDS, { loss, accuracy } = view.stats;
    if (!Number.isFinite(loss)) return 'invalid-loss';
    if (c % t.window === 0 && this.windows.allEqual('loss', t.window)) return 'loss-not-decreasing';
    if (accuracy !== undefined && (!Number.isFinite(accuracy) || accuracy === 0)) return 'invalid-accuracy';
    if (accuracy !== undefined && c % t.accuracyWindow === 0 && this.windows.allEqual('acc', t.accuracyWindow)) return 'accuracy-not-increasing';
    return undefined;
  }

  /** From the last layer back: numerical gradients, vanishing gradients, numerical weights; then (every fifth epoch) the unchanged ones in a loop of their own. */
  private backwardSymptom(view: EpochView): string | undefined {
    const layers = view.probe.layers, t = DEEPDIAGNOSIS_THRESHOLDS;
    for (let l = layers.length - 1; l >= 0; l--) {
      const layer = layers[l];
      const bad = numerical(mean(layer.dW), layer, 'numerical-dw-');
      if (bad) return bad;
      if (meanAbs(layer.dW) < t.vanishingMean) return 'vanishing';
      const badWeights = numerical(mean(layer.W), layer);
      if (badWeights) return badWeights;
    }
    if ((view.epoch + 1) % t.window !== 0) return undefined;
    for (let l = layers.length - 1; l >= 0; l--) {
      const gradients = this.windows.allEqual(`dW${l}`, t.window), weights = this.windows.allEqual(`W${l}`, t.window);
      if (gradients || weights) return 'unchanged';
    }
    return undefined;
  }

  /** The fix-recommendation tree: each symptom's tests in its order; the first that holds names the fix. */
  private recommend(symptom: string, view: EpochView, setup: RunSetup): string {
    const t = DEEPDIAGNOSIS_THRESHOLDS, layers = view.probe.layers;
    const [xMin, xMax] = extent(view.probe.x);
    const tests: Record<string, () => boolean> = {
      normalize: () => xMin < -1 || xMax > 1,
      'poor-weight': () => layers.some((layer) => { const v = variance(layer.W); return v < t.weightVarLow || v > t.weightVarHigh; }),
      'lr-high': () => layers.some((layer) => (setup.lr * l2Norm(layer.dW)) / l2Norm(layer.W) > t.lrRatioHigh),
      'lr-low': () => layers.some((layer) => (setup.lr * l2Norm(layer.dW)) / l2Norm(layer.W) < t.lrRatioLow),
    };
    const order: Record<string, string[]> = {
      'numerical-nan': ['poor-weight', 'normalize', 'lr-high', 'lr-low'],
      'numerical-zero-relu': ['poor-weight', 'normalize', 'lr-high', 'lr-low'],
      'numerical-zero': ['poor-weight', 'normalize', 'lr-high', 'lr-low'],
      'dead-node': ['normalize', 'poor-weight', 'lr-high', 'lr-low'],
      saturated: ['normalize', 'poor-weight', 'lr-high', 'lr-low'],
      vanishing: ['lr-high', 'lr-low'],
      unchanged: ['poor-weight', 'lr-high', 'lr-low'],
      'invalid-loss': ['lr-high', 'lr-low'],
      'invalid-accuracy': ['lr-high', 'lr-low'],
      'loss-not-decreasing': ['poor-weight', 'normalize', 'lr-high', 'lr-low'],
      'accuracy-not-increasing': ['poor-weight', 'normalize', 'lr-high', 'lr-low'],
    };
    if (symptom === 'out-of-range') return 'softmax';
    if ((symptom === 'invalid-loss' || symptom === 'invalid-accuracy') && layers[layers.length - 1].activation === 'linear') return 'change-activation';
    if (symptom.startsWith('numerical-dw-')) return 'change-loss-or-activation';
    return (order[symptom] ?? []).find((fix) => tests[fix]()) ?? 'change-activation-or-optimizer';
  }
}
