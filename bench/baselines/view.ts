/**
 * What the research tools' rules look at after each epoch, in one shape for the three of them: the
 * epoch's metrics (Keras' `logs`) and a fixed probe batch's activations, gradients and weights. The
 * probe batch is measured on a network of its own, loaded with the run's current parameters, so
 * looking never changes the run. AUTOTRAINER and DeepDiagnosis compute their gradients outside the
 * training step too, on the first `batch_size` training rows in file order; here the batch is the
 * first one the run trains on (after the seeded split and shuffle), in float64 where Keras has float32.
 */
import { encodeTargets, type EpochStats, type Trainer } from '../../src/engine';
import { Probe } from '../../src/engine/probe';
import type { Dataset } from '../../src/spec/dataset';
import type { Activation, DiagnosticCode, LossName, ModelSpec } from '../../src/spec/types';

/** One dense layer on the probe batch (row-major, `rows × units` for activations). */
export interface ProbedLayer {
  activation: Activation;
  units: number;
  /** The activation's input (after batch norm when the layer has it): Keras' Dense output before a separate Activation layer. */
  preact: Float64Array;
  output: Float64Array;
  W: Float64Array;
  b: Float64Array;
  dW: Float64Array;
  db: Float64Array;
}

/** The probe batch after an epoch. */
export interface ProbedBatch {
  rows: number;
  /** Inputs as the network sees them (after the spec's normalization). */
  x: Float64Array;
  /** Targets as the loss sees them (one-hot for `cce`). */
  y: Float64Array;
  layers: ProbedLayer[];
}

/** Everything a tool sees at the end of one epoch. */
export interface EpochView {
  /** 0-based, as Keras' `on_epoch_end(epoch)`. */
  epoch: number;
  stats: EpochStats;
  probe: ProbedBatch;
}

/** The parts of the spec the tools read: the model config and the optimizer. */
export interface RunSetup {
  loss: LossName;
  lr: number;
  plannedEpochs: number;
  classification: boolean;
  /** Each dense layer's activation, in order. */
  activations: Activation[];
  /** Each dropout layer's rate, in order. */
  dropoutRates: number[];
  /** The smallest and largest target as the loss sees them (one-hot for `cce`), over all the rows. */
  targetRange: [number, number];
}

/** One problem a tool reported: its own name for it, the epoch (−1 before training), and the codes of ours it is credited with. */
export interface ToolReport {
  rule: string;
  epoch: number;
  codes: DiagnosticCode[];
}

/** A research tool's rules, fed epoch by epoch. */
export interface BaselineTool {
  readonly name: string;
  /** Static checks before training (UMLAUT's pre-train heuristics); the others report none. */
  beforeTraining(setup: RunSetup): ToolReport[];
  /** The reports this epoch adds; a tool that stops training at its first report returns none after it. */
  observeEpoch(view: EpochView): ToolReport[];
}

/** The setup the tools read, from a checked spec. */
export function runSetup(spec: ModelSpec, dataset: Dataset): RunSetup {
  const dense = spec.layers.filter((layer) => layer.type === 'dense');
  const targets = encodeTargets(dataset, spec.loss, dense[dense.length - 1].units);
  return {
    loss: spec.loss,
    lr: spec.optimizer.lr,
    plannedEpochs: spec.training.epochs,
    classification: dataset.task === 'classification',
    activations: spec.layers.flatMap((layer) => (layer.type === 'dense' ? [layer.activation] : [])),
    dropoutRates: spec.layers.flatMap((layer) => (layer.type === 'dropout' ? [layer.rate] : [])),
    targetRange: extent(targets),
  };
}

/** The smallest and largest value; NaN for both when any value is NaN, as numpy's `min` and `max` give. */
export function extent(values: Float64Array): [number, number] {
  let low = Infinity, high = -Infinity;
  for (const v of values) { low = Math.min(low, v); high = Math.max(high, v); }
  return [low, high];
}

/** The first training batch, measured with whatever parameters a run has reached. */
export class ProbeBatch {
  private readonly probe: Probe;

  constructor(spec: ModelSpec, dataset: Dataset) {
    this.probe = Probe.firstBatch(spec, dataset);
  }

  /**
   * Loads the trainer's parameters, then runs forward and backward on the batch in 'check' mode
   * (dropout off, batch statistics, running averages untouched: batch norm's running statistics are
   * not copied, so a mode that reads them would need them); nothing is updated.
   */
  measure(trainer: Trainer): ProbedBatch {
    const { network, x, y, rows } = this.probe;
    const values = trainer.parameterValues();
    network.params.forEach((param, i) => param.value.set(values[i]));
    network.weightsChanged();
    network.forward(x, rows, 'check');
    const activations = network.dense.map((layer) => ({
      preact: Float64Array.from(layer.preact.subarray(0, rows * layer.units)),
      output: Float64Array.from(layer.output.subarray(0, rows * layer.units)),
    }));
    network.loss(y, rows, true);
    network.backward(rows);
    const layers = network.dense.map((layer, l) => ({
      activation: layer.activation,
      units: layer.units,
      ...activations[l],
      W: Float64Array.from(layer.W.value),
      b: Float64Array.from(layer.b.value),
      dW: Float64Array.from(layer.W.grad),
      db: Float64Array.from(layer.b.grad),
    }));
    return { rows, x, y, layers };
  }
}
