/**
 * UMLAUT's heuristics (Schoop et al., CHI 2021), as `BerkeleyHCI/umlaut` `umlaut/heuristics.py` at
 * e9d9998 runs them: four pre-train checks on the model, seven at each epoch's end on the logs, the
 * learning rate and the last input batch. UMLAUT only reports; training goes on, and every epoch may
 * add reports.
 *
 * Translating a spec into the Keras program UMLAUT would see: our engine computes softmax + `cce` and
 * sigmoid + `bce` from the logits, so those outputs count as logits with `from_logits=True` (the form
 * UMLAUT asks for). Its missing-softmax check ignores the loss and would flag every regression model;
 * it is applied to classification losses only, as its message assumes. The NaN-loss rule is the
 * earlier `isnan(loss)` one (the latest also requires a NaN in the input). The input-shape and dtype
 * checks do not apply to dense specs on float data.
 */
import type { DiagnosticCode } from '../../src/spec/types';
import type { BaselineTool, EpochView, RunSetup, ToolReport } from './view';

/** The thresholds of `heuristics.py`. */
export const UMLAUT_THRESHOLDS = { dropoutMax: 0.5, inputBound: 1, lrHigh: 0.01, lrLow: 1e-7, valAccHigh: 0.95, valAccGap: 0.05, valAccFromEpoch: 3 };

/** Whether the output layer and loss are one of the pairs the engine computes from the logits. */
function fromLogits(setup: RunSetup): boolean {
  const output = setup.activations[setup.activations.length - 1];
  return (output === 'softmax' && setup.loss === 'cce') || (output === 'sigmoid' && setup.loss === 'bce');
}

function report(rule: string, epoch: number, codes: DiagnosticCode[] = []): ToolReport {
  return { rule, epoch, codes };
}

/** UMLAUT's callback on one run. */
export class Umlaut implements BaselineTool {
  readonly name = 'UMLAUT';
  private setup: RunSetup | undefined;
  private previous: { loss: number; valLoss?: number } | undefined;

  /** `run_pretrain_heuristics`. */
  beforeTraining(setup: RunSetup): ToolReport[] {
    this.setup = setup;
    const reports: ToolReport[] = [];
    const logits = fromLogits(setup);
    if (!logits && (setup.loss === 'cce' || setup.loss === 'bce')) reports.push(report('no-softmax-before-loss', -1, ['loss-activation-mismatch']));
    if (setup.activations.slice(0, -1).some((act) => act === 'linear')) reports.push(report('missing-activation', -1, ['no-nonlinearity']));
    if (!logits && setup.activations[setup.activations.length - 1] !== 'linear') reports.push(report('final-layer-has-activation', -1, ['loss-activation-mismatch']));
    if (setup.dropoutRates.some((rate) => rate > UMLAUT_THRESHOLDS.dropoutMax)) reports.push(report('dropout-above-half', -1));
    return reports;
  }

  /** `run_epoch_heuristics`. */
  observeEpoch(view: EpochView): ToolReport[] {
    const setup = this.setup;
    if (!setup) return [];
    const t = UMLAUT_THRESHOLDS, e = view.epoch, { loss, valLoss, accuracy, valAccuracy } = view.stats;
    const reports: ToolReport[] = [];
    if (view.probe.x.some((v) => v < -t.inputBound || v > t.inputBound)) reports.push(report('input-not-normalized', e));
    if (Number.isNaN(loss)) reports.push(report('nan-loss', e, ['nan-loss']));
    if (setup.lr > t.lrHigh) reports.push(report('lr-high', e, ['lr-out-of-range', 'lr-too-high']));
    if (setup.lr < t.lrLow) reports.push(report('lr-low', e, ['lr-out-of-range', 'lr-too-low']));
    const before = this.previous;
    if (before?.valLoss !== undefined && valLoss !== undefined && valLoss - before.valLoss > 0 && loss - before.loss <= 0) reports.push(report('overfitting', e));
    if (e >= t.valAccFromEpoch && valAccuracy !== undefined && accuracy !== undefined && (valAccuracy > t.valAccHigh || valAccuracy - accuracy > t.valAccGap)) {
      reports.push(report('high-validation-accuracy', e));
    }
    this.previous = { loss, valLoss };
    return reports;
  }
}
