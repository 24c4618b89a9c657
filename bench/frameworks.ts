/**
 * One training loop per framework, each doing the same work: the same architecture, loss, optimizer
 * and batch size on the same data, so only the framework differs.
 */
import * as tf from '@tensorflow/tfjs';
import type { Activation } from '../src/spec/types';
import type { BenchCase } from './cases';
import type { Runner } from './our-runner';

export { type BenchCase, specFor, syntheticData } from './cases';
export { ourRunner, type Runner } from './our-runner';

/**
 * TensorFlow.js on its CPU backend, with the fastest loop it offers: `optimizer.minimize` per batch
 * over plain variables and ops (matMul, add, activation). A Layers model (`tf.sequential` and
 * `model.apply` inside `minimize`) does the same arithmetic ~25% slower on 2-16-16-1 (57.8k against
 * 73.7k samples/s, medians of six interleaved 1 s rounds) because of its per-call bookkeeping, and
 * `model.fit` is slower still (~19k); measuring those would flatter our engine. The squared error is
 * written out as mean((p − y)²), which is what tf.losses.meanSquaredError computes, with fewer ops.
 */
export function tfjsRunner(c: BenchCase, targets: Float32Array, outputs: number): Runner {
  const layers = c.widths.slice(1).map((units, i) => {
    const last = i === c.widths.length - 2;
    const init = c.hidden === 'relu' ? tf.initializers.heNormal({}) : tf.initializers.glorotUniform({});
    return {
      w: tf.variable(init.apply([c.widths[i], units]) as tf.Tensor2D),
      b: tf.variable(tf.zeros([units])),
      activation: last ? (fusedWithLoss(c) ? 'linear' : c.output) : c.hidden,
    };
  });
  const optimizer = tf.train.sgd(c.lr);
  const batches = sliceBatches(c, targets, outputs);
  const predict = (x: tf.Tensor2D) => layers.reduce((h, layer) => activate(tf.add(tf.matMul(h, layer.w), layer.b), layer.activation), x);
  const lossOf = (x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar => {
    const out = predict(x);
    if (c.loss === 'bce') return tf.losses.sigmoidCrossEntropy(y, out) as tf.Scalar;
    if (c.loss === 'cce') return tf.losses.softmaxCrossEntropy(y, out) as tf.Scalar;
    return tf.mean(tf.square(tf.sub(out, y)));
  };
  return {
    epoch: () => {
      for (const [x, y] of batches) tf.tidy(() => void optimizer.minimize(() => lossOf(x, y)));
    },
    loss: () => batches.reduce((sum, [x, y]) => sum + tf.tidy(() => lossOf(x, y).dataSync()[0]) * x.shape[0], 0) / c.data.samples,
    dispose: () => {
      batches.forEach(([x, y]) => tf.dispose([x, y]));
      layers.forEach((layer) => tf.dispose([layer.w, layer.b]));
    },
  };
}

function activate(z: tf.Tensor2D, activation: Activation): tf.Tensor2D {
  switch (activation) {
    case 'linear': return z;
    case 'relu': return tf.relu(z);
    case 'sigmoid': return tf.sigmoid(z);
    case 'tanh': return tf.tanh(z);
    case 'softmax': return tf.softmax(z);
    default: throw new Error(`the TF.js runner has no ${activation}`);
  }
}

/** TF.js fuses sigmoid/softmax into its cross-entropy losses, so the layer itself stays linear. */
function fusedWithLoss(c: BenchCase): boolean {
  return (c.loss === 'bce' && c.output === 'sigmoid') || (c.loss === 'cce' && c.output === 'softmax');
}

function sliceBatches(c: BenchCase, targets: Float32Array, outputs: number): [tf.Tensor2D, tf.Tensor2D][] {
  const inputs = c.widths[0];
  const result: [tf.Tensor2D, tf.Tensor2D][] = [];
  for (let start = 0; start < c.data.samples; start += c.batchSize) {
    const rows = Math.min(c.batchSize, c.data.samples - start);
    const x = tf.tensor2d(Float32Array.from(c.data.x.subarray(start * inputs, (start + rows) * inputs)), [rows, inputs]);
    const y = tf.tensor2d(targets.slice(start * outputs, (start + rows) * outputs), [rows, outputs]);
    result.push([x, y]);
  }
  return result;
}

/** brain.js: per-sample (online) SGD, the only way it trains; same widths and sigmoid activations. */
export function brainRunner(c: BenchCase, targets: Float32Array, outputs: number): Runner {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const brain = require('brain.js');
  const net = new brain.NeuralNetwork({ hiddenLayers: c.widths.slice(1, -1), activation: c.hidden });
  const inputs = c.widths[0];
  const samples: { input: number[]; output: number[] }[] = [];
  for (let i = 0; i < c.data.samples; i++) {
    samples.push({
      input: Array.from(c.data.x.subarray(i * inputs, (i + 1) * inputs)),
      output: Array.from(targets.subarray(i * outputs, (i + 1) * outputs)),
    });
  }
  // brain.js refuses momentum 0; its default 0.1 is kept (a few extra adds per weight).
  const options = { iterations: 1, errorThresh: 1e-9, learningRate: c.lr, log: false };
  return { epoch: () => void net.train(samples, options) };
}
