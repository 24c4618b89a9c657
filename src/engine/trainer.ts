/**
 * The training loop: mini-batches over a seeded split and shuffle, forward, loss, backward, update,
 * instruments, epoch statistics and validation. Deterministic: the same spec, seed and data give
 * bit-identical losses on every run.
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { assemble } from './assemble';
import type { BatchSource } from './batches';
import { Checkpoint } from './checkpoint';
import { EngineError } from './errors';
import { Instruments, type LayerStats } from './instruments';
import { countCorrect } from './losses';
import type { Network } from './network';
import { Optimizer } from './optimizers';
import { allocate, type Dtype, type FloatArray, roundToFloat32 } from './tensor';

/** What one `trainStep()` did. */
export interface StepStats {
  /** 0-based epoch the step belongs to. */
  epoch: number;
  /** Steps taken so far, this one included (= `trainer.step` after it). */
  step: number;
  /** Mean loss of the batch, before the update. */
  loss: number;
  /** One entry per dense layer; empty when the trainer does not instrument. */
  layers: LayerStats[];
}

/** What one epoch did. */
export interface EpochStats {
  /** 0-based epoch index. */
  epoch: number;
  steps: number;
  /** Mean train loss over the epoch's samples, each batch weighted by its rows as Keras does (training mode: dropout on, batch statistics). */
  loss: number;
  valLoss?: number;
  /** Classification: fraction of training samples classified right during the epoch. */
  accuracy?: number;
  valAccuracy?: number;
  /** End-of-epoch snapshot; deadFraction over the whole epoch. Empty when not instrumenting. */
  layers: LayerStats[];
}

/** Options of a Trainer. */
export interface TrainerOptions {
  /** float32 (default) to train fast, float64 for reference computations. */
  dtype?: Dtype;
  /** Collect per-layer statistics (default true); false measures the bare training cost. */
  instrument?: boolean;
}

/** Trains one network on one data set, batch by batch or epoch by epoch. */
export class Trainer {
  readonly stepsPerEpoch: number;
  private readonly network: Network;
  private readonly source: BatchSource;
  private readonly optimizer: Optimizer;
  private readonly instruments: Instruments | undefined;
  private readonly parameters: number;
  private readonly capacity: number;
  private readonly classes: number;
  private readonly xBatch: FloatArray;
  private readonly yBatch: FloatArray;
  private readonly labelBatch: Int32Array;
  private epochsDone = 0;
  private stepsDone = 0;
  private stepInEpoch = 0;
  private samples = 0;
  private epochLoss = 0;
  private epochCorrect = 0;
  private epochSamples = 0;
  private justCompleted: EpochStats | undefined;

  /** Validates and allocates everything; throws EngineError for specs it cannot train. */
  constructor(private readonly spec: ModelSpec, data: Dataset, options: TrainerOptions = {}) {
    const dtype = options.dtype ?? 'float32';
    const built = assemble(spec, data, dtype);
    this.network = built.network;
    this.source = built.source;
    this.capacity = built.capacity;
    this.parameters = built.shape.parameters;
    this.classes = data.task === 'classification' ? data.classes ?? 0 : 0;
    this.stepsPerEpoch = Math.ceil(this.source.train.length / spec.training.batchSize);
    this.optimizer = new Optimizer(spec.optimizer, this.network.params, dtype);
    this.instruments = options.instrument === false ? undefined : new Instruments(this.network, this.optimizer, spec.diagnostics.saturationMargin);
    this.xBatch = allocate(this.network.storage, this.capacity * data.inputs);
    this.yBatch = allocate(dtype, this.capacity * this.network.outputUnits);
    this.labelBatch = new Int32Array(this.capacity);
  }

  /** Epochs completed so far. */
  get epoch(): number {
    return this.epochsDone;
  }

  /** Mini-batch steps taken so far. */
  get step(): number {
    return this.stepsDone;
  }

  /** Training samples processed so far. */
  get samplesSeen(): number {
    return this.samples;
  }

  /** Trainable parameters of the network. */
  parameterCount(): number {
    return this.parameters;
  }

  /**
   * Copies of every trainable tensor (W, b, then γ, β with batch norm, layer by layer, in the order of
   * a network built from the same spec): for tools that inspect a run on a network of their own
   * without disturbing it (the research-tool baselines load them into a `Probe`).
   */
  parameterValues(): Float64Array[] {
    return this.network.params.map((param) => Float64Array.from(param.value));
  }

  /** Exactly one mini-batch: forward, backward, update, instruments. */
  trainStep(): StepStats {
    const epoch = this.epochsDone;
    const rows = this.nextBatchRows();
    const loss = this.runStep(true);
    // After an epoch's last step, validation has overwritten the activations: reuse the epoch's snapshot.
    const layers = this.justCompleted ? this.justCompleted.layers.slice() : this.instruments?.snapshot(rows) ?? [];
    return { epoch, step: this.stepsDone, loss, layers };
  }

  /** The rest of the current epoch (all of it at an epoch boundary), then validation metrics. */
  trainEpoch(): EpochStats {
    let completed: EpochStats | undefined;
    while (completed === undefined) {
      this.runStep(false);
      completed = this.justCompleted;
    }
    return completed;
  }

  /** The statistics of the epoch that the last trainStep() finished, or undefined if it did not finish one. */
  completedEpoch(): EpochStats | undefined {
    return this.justCompleted;
  }

  /**
   * Loss (and accuracy for classification) over the training or validation samples, in evaluation
   * mode; over at most `maxRows` of them when given, evenly spaced through the set (an estimate).
   */
  evaluate(which: 'train' | 'validation', maxRows = Infinity): { loss: number; accuracy?: number } {
    if (which === 'validation' && this.source.validation.length === 0) throw new EngineError('there is no validation set: set training.validationSplit above 0');
    return this.evaluateIndices(evenlySpaced(which === 'train' ? this.source.train : this.source.validation, maxRows));
  }

  /** Outputs for `rows` rows of x (rows × inputs), in evaluation mode; returns rows × outputUnits. */
  predict(x: Float64Array, rows: number): Float64Array {
    const inputs = this.source.inputs, outputs = this.network.outputUnits;
    if (!Number.isInteger(rows) || rows < 0 || x.length !== rows * inputs) {
      throw new EngineError(`predict needs rows × ${inputs} inputs, got ${x.length} values for ${rows} rows`);
    }
    const result = new Float64Array(rows * outputs);
    for (let start = 0; start < rows; start += this.capacity) {
      const count = Math.min(this.capacity, rows - start);
      for (let i = 0; i < count * inputs; i++) this.xBatch[i] = x[start * inputs + i];
      // Float32 values held in doubles: round as a Float32Array would have.
      if (this.network.storage !== this.network.dtype) roundToFloat32(this.xBatch, count * inputs);
      const out = this.network.forward(this.xBatch, count, 'eval');
      for (let i = 0; i < count * outputs; i++) result[start * outputs + i] = out[i];
    }
    return result;
  }

  /** Rows of the batch the next step will train on. */
  private nextBatchRows(): number {
    const batchSize = this.spec.training.batchSize;
    return Math.min(batchSize, this.source.train.length - this.stepInEpoch * batchSize);
  }

  /**
   * One batch without building a StepStats object: the allocation-free path trainEpoch uses.
   * `snapshot`: the caller reports this step's statistics. The optimizer's update and weight norms
   * are then recorded; otherwise only for an epoch's last step, the one its statistics describe.
   */
  private runStep(snapshot: boolean): number {
    this.justCompleted = undefined;
    if (this.stepInEpoch === 0) this.beginEpoch();
    const start = this.stepInEpoch * this.spec.training.batchSize;
    const rows = this.nextBatchRows();
    this.source.gather(this.source.train, start, rows, this.xBatch, this.yBatch, this.labelBatch);
    const out = this.network.forward(this.xBatch, rows, 'train');
    this.instruments?.observeForward(rows);
    const loss = this.network.loss(this.yBatch, rows, true);
    if (this.classes > 0) this.epochCorrect += countCorrect(out, this.labelBatch, rows, this.network.outputUnits, this.classes);
    const recordNorms = this.instruments !== undefined && (snapshot || this.stepInEpoch + 1 === this.stepsPerEpoch);
    // Plain SGD is applied by the layers during backward, unless this step's norms are reported.
    const update = recordNorms || !this.network.canFuseUpdate ? undefined : this.optimizer.fusedUpdate();
    this.network.backward(rows, update);
    if (update) this.optimizer.countFusedStep();
    else this.optimizer.step(recordNorms);
    this.network.weightsChanged();
    this.stepsDone++;
    this.samples += rows;
    // Weighted by rows: a short last batch (2 rows under batch norm can lose 3.0) must count as 2 samples, not as a batch.
    this.epochLoss += loss * rows;
    this.epochSamples += rows;
    if (++this.stepInEpoch === this.stepsPerEpoch) this.justCompleted = this.finishEpoch(rows);
    return loss;
  }

  private beginEpoch(): void {
    this.source.beginEpoch();
    this.instruments?.beginEpoch();
    this.epochLoss = 0;
    this.epochCorrect = 0;
    this.epochSamples = 0;
  }

  /** Closes the epoch whose last batch had `rows` rows: snapshot first, while its activations are still there. */
  private finishEpoch(rows: number): EpochStats {
    const layers = this.instruments ? this.instruments.snapshot(rows) : [];
    const validation = this.source.validation.length > 0 ? this.evaluateIndices(this.source.validation) : undefined;
    // Keys in reading order: they show up as is in the CLI's JSON lines.
    const stats: EpochStats = {
      epoch: this.epochsDone,
      steps: this.stepsPerEpoch,
      loss: this.epochLoss / this.epochSamples,
      ...(validation && { valLoss: validation.loss }),
      ...(this.classes > 0 && { accuracy: this.epochCorrect / this.epochSamples }),
      ...(validation?.accuracy !== undefined && { valAccuracy: validation.accuracy }),
      layers,
    };
    this.epochsDone++;
    this.stepInEpoch = 0;
    return stats;
  }

  private evaluateIndices(indices: Int32Array): { loss: number; accuracy?: number } {
    let lossSum = 0, correct = 0;
    for (let start = 0; start < indices.length; start += this.capacity) {
      const rows = Math.min(this.capacity, indices.length - start);
      this.source.gather(indices, start, rows, this.xBatch, this.yBatch, this.labelBatch);
      const out = this.network.forward(this.xBatch, rows, 'eval');
      lossSum += this.network.loss(this.yBatch, rows, false) * rows;
      if (this.classes > 0) correct += countCorrect(out, this.labelBatch, rows, this.network.outputUnits, this.classes);
    }
    const result: { loss: number; accuracy?: number } = { loss: lossSum / indices.length };
    if (this.classes > 0) result.accuracy = correct / indices.length;
    return result;
  }

  /** Allocated by the first saveCheckpoint(): runs that never checkpoint pay nothing. */
  private checkpoint: Checkpoint | undefined;

  /**
   * Keeps a copy of the weights and batch-norm running statistics (buffers reused from call to
   * call) unless any of them is NaN or infinite; returns whether it did. Cheap enough for every epoch end.
   */
  saveCheckpoint(): boolean {
    this.checkpoint ??= new Checkpoint(this.network);
    return this.checkpoint.save(this.epochsDone);
  }

  /**
   * Puts back the weights of the last successful saveCheckpoint(); returns the epochs completed at
   * that point, or undefined when none was saved. The optimizer state and counters stay as they are.
   */
  restoreCheckpoint(): number | undefined {
    return this.checkpoint?.restore();
  }
}

/** At most `count` of the indices, evenly spaced from the first; all of them when there are no more. */
function evenlySpaced(indices: Int32Array, count: number): Int32Array {
  if (indices.length <= count) return indices;
  const picked = new Int32Array(Math.max(1, Math.floor(count)));
  for (let i = 0; i < picked.length; i++) picked[i] = indices[Math.floor((i * indices.length) / picked.length)];
  return picked;
}
