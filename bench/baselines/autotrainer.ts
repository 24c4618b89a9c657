/**
 * AUTOTRAINER's detection rules (Zhang et al., ICSE 2021), as `shiningrain/AUTOTRAINER`
 * `AutoTrainer/utils/monitor.py` at 04f4033 implements them, with the default parameters of
 * `utils.py` (β1 1e-3, β2 1e-4, β3 70, γ 0.7, ζ 0.03, η 0.2, δ 0.01, Θ 0.7), checked every third
 * epoch from epoch 0 (`checktype='epoch_3'`, `determine_threshold=1`). Its gradients are each kernel's
 * L2 norm on the first batch; its accuracy features wait for 30% of the planned epochs; its counters
 * never reset; the first problem it reports stops training.
 *
 * Two choices where a dense spec has no Keras counterpart: without a validation split the training
 * curves stand in for the validation ones (AUTOTRAINER always had validation data), and a regression
 * spec has no accuracy, so the accuracy gate that every gradient problem needs never opens: there only
 * the NaN rule (and a validation loss ≥ 1e5) can report.
 */
import { sumSquares } from '../../src/engine/tensor';
import type { DiagnosticCode } from '../../src/spec/types';
import type { BaselineTool, EpochView, RunSetup, ToolReport } from './view';

/** `default_param` of `AutoTrainer/utils/utils.py`. */
export const AUTOTRAINER_PARAMS = { beta1: 1e-3, beta2: 1e-4, beta3: 70, gamma: 0.7, zeta: 0.03, eta: 0.2, delta: 0.01, theta: 0.7 };
const CHECK_GAP = 3;
const JUDGMENT_POINT = 0.3;
const LARGE_TEST_LOSS = 1e5;

/** Which of our codes each of AUTOTRAINER's problems is credited with. */
const CREDIT: Record<string, DiagnosticCode[]> = {
  explode: ['exploding-gradient', 'nan-loss'],
  vanish: ['vanishing-gradient'],
  relu: ['dead-relu'],
  unstable: ['oscillating-loss', 'lr-too-high'],
  not_converge: ['loss-plateau', 'lr-too-low'],
};
/** `problem_evaluation` of `modules.py`: only a strictly higher priority replaces the first problem. */
const PRIORITY: Record<string, number> = { vanish: 2, explode: 2, relu: 2, not_converge: 1, unstable: 1 };

/** The gradient statistics of `gradient_message_summary`. */
export function gradientSummary(view: EpochView): { rate: number; firstNorm: number; zeroRatio: number; nonFinite: boolean } {
  const layers = view.probe.layers;
  const norms = layers.map((layer) => l2Norm(layer.dW));
  let zeros = 0, size = 0, nonFinite = false;
  for (const layer of layers) {
    for (const grads of [layer.dW, layer.db]) {
      for (const g of grads) {
        if (g === 0) zeros++;
        if (!Number.isFinite(g)) nonFinite = true;
      }
      size += grads.length;
    }
  }
  return { rate: norms[0] / norms[norms.length - 1], firstNorm: norms[0], zeroRatio: zeros / size, nonFinite };
}

/** `ol_judge`: the k-th local peak of the accuracy curve paired with its k-th valley, ζ apart, at least η·n times. */
export function oscillates(acc: readonly number[], zeta: number, eta: number): boolean {
  const maxima: number[] = [], minima: number[] = [];
  for (let i = 1; i < acc.length - 1; i++) {
    if (acc[i] - acc[i - 1] >= 0 && acc[i] - acc[i + 1] >= 0) maxima.push(acc[i]);
    if (acc[i] - acc[i - 1] <= 0 && acc[i] - acc[i + 1] <= 0) minima.push(acc[i]);
  }
  let count = 0;
  for (let k = 0; k < Math.min(maxima.length, minima.length); k++) if (maxima[k] - minima[k] >= zeta) count++;
  return count >= eta * acc.length;
}

/** `max_delta_acc`: the largest rise from one epoch to the next over the whole curve (0 if none). */
export function maxRise(values: readonly number[]): number {
  let rise = 0;
  for (let i = 0; i + 1 < values.length; i++) rise = Math.max(rise, values[i + 1] - values[i]);
  return rise;
}

/** `np.linalg.norm` of a flattened tensor. */
export function l2Norm(values: Float64Array): number {
  return Math.sqrt(sumSquares(values));
}

function anyNonFinite(values: Iterable<number>): boolean {
  for (const v of values) if (!Number.isFinite(v)) return true;
  return false;
}

/** AUTOTRAINER's `IssueMonitor` on one run. */
export class AutoTrainer implements BaselineTool {
  readonly name = 'AUTOTRAINER';
  private setup: RunSetup | undefined;
  private readonly history = { loss: [] as number[], valLoss: [] as number[], acc: [] as number[], valAcc: [] as number[] };
  private readonly counts = { vanish: 0, explode: 0, died: 0 };
  private readonly flags = { nanLoss: false, nanWeight: false, nanGradient: false, unstable: false, notConverge: false, slow: false };
  private stopped = false;

  beforeTraining(setup: RunSetup): ToolReport[] {
    this.setup = setup;
    return [];
  }

  observeEpoch(view: EpochView): ToolReport[] {
    if (this.stopped || !this.setup) return [];
    this.record(view);
    if (view.epoch % CHECK_GAP !== 0) return [];
    this.updateGradientFeatures(view);
    this.updateLossFeatures(this.setup);
    const issue = this.decide();
    if (!issue) return [];
    this.stopped = true;
    return [{ rule: issue, epoch: view.epoch, codes: CREDIT[issue] }];
  }

  private record(view: EpochView): void {
    const { loss, valLoss, accuracy, valAccuracy } = view.stats;
    this.history.loss.push(loss);
    this.history.valLoss.push(valLoss ?? loss);
    if (accuracy !== undefined) {
      this.history.acc.push(accuracy);
      this.history.valAcc.push(valAccuracy ?? accuracy);
    }
  }

  /** `gradient_issue` and `weights_issue`. The original returns early on a NaN gradient without counting; that NaN reports `explode` anyway, first among equals. */
  private updateGradientFeatures(view: EpochView): void {
    const summary = gradientSummary(view);
    if (summary.nonFinite) this.flags.nanGradient = true;
    if (view.probe.layers.some((layer) => anyNonFinite(layer.W) || anyNonFinite(layer.b))) this.flags.nanWeight = true;
    if (summary.rate < AUTOTRAINER_PARAMS.beta1 && summary.firstNorm < AUTOTRAINER_PARAMS.beta2) this.counts.vanish++;
    if (summary.rate > AUTOTRAINER_PARAMS.beta3) this.counts.explode++;
    if (summary.zeroRatio >= AUTOTRAINER_PARAMS.gamma) this.counts.died++;
  }

  /** `loss_issue`: a NaN loss returns before the accuracy features, which wait for the judgment point. */
  private updateLossFeatures(setup: RunSetup): void {
    const { loss, valLoss, acc, valAcc } = this.history;
    if (anyNonFinite(loss) || anyNonFinite(valLoss) || valLoss[valLoss.length - 1] >= LARGE_TEST_LOSS) {
      this.flags.nanLoss = true;
      return;
    }
    if (acc.length === 0 || loss.length < JUDGMENT_POINT * setup.plannedEpochs) return;
    const p = AUTOTRAINER_PARAMS;
    if (oscillates(acc, p.zeta, p.eta)) this.flags.unstable = true;
    if (Math.max(...valAcc) < p.theta || Math.max(...acc) < p.theta) this.flags.notConverge = true;
    if (maxRise(valAcc) < p.delta && maxRise(acc) < p.delta) this.flags.slow = true;
  }

  /** `IssueMonitor.determine`, then `filtered_issue`. */
  private decide(): string | undefined {
    const issues: string[] = [];
    const f = this.flags, c = this.counts;
    if (f.nanLoss || f.nanWeight || f.nanGradient) issues.push('explode');
    if (f.notConverge || f.slow) {
      if (c.died >= 1) issues.push('relu');
      else if (c.explode >= 1) issues.push('explode');
      else if (c.vanish >= 1) issues.push('vanish');
      else if (f.slow) issues.push('not_converge');
    } else if (f.unstable) issues.push('unstable');
    let chosen: string | undefined;
    for (const issue of issues) if (chosen === undefined || PRIORITY[issue] > PRIORITY[chosen]) chosen = issue;
    return chosen;
  }
}
