import { strict as assert } from 'assert';
import * as tf from '@tensorflow/tfjs';
import { initialGradients } from '../../src/engine';
import { Random } from '../../src/engine/random';
import { checkSpec } from '../../src/diagnosis/check';

/**
 * Our backpropagation against TensorFlow.js, a reference no one here wrote: the same initial weights
 * and batch go through TF.js ops, and tf.grads must give our loss and gradients.
 */

const HIDDEN = ['linear', 'relu', 'leaky_relu', 'elu', 'sigmoid', 'tanh'] as const;
const HEADS = [
  { activation: 'sigmoid', loss: 'bce' },
  { activation: 'softmax', loss: 'cce' },
  { activation: 'linear', loss: 'mse' },
  { activation: 'tanh', loss: 'mse' },
] as const;

interface Net {
  text: string;
  activations: string[];
  loss: string;
}

function randomNet(rng: Random, seed: number): Net {
  const depth = 1 + rng.int(3);
  const head = HEADS[rng.int(HEADS.length)];
  const inputs = 1 + rng.int(5);
  const outputs = head.loss === 'bce' ? 1 : 2 + rng.int(3);
  const samples = 12 + rng.int(20);
  const x = Array.from({ length: samples }, () => Array.from({ length: inputs }, () => rng.uniform(-2, 2)));
  const y =
    head.loss === 'mse'
      ? Array.from({ length: samples }, () => Array.from({ length: outputs }, () => rng.uniform(-0.9, 0.9)))
      : Array.from({ length: samples }, (_, i) => (head.loss === 'bce' ? i % 2 : i % outputs));
  const activations: string[] = [];
  const layers = [];
  for (let i = 0; i < depth; i++) {
    const activation = HIDDEN[rng.int(HIDDEN.length)];
    activations.push(activation);
    layers.push({ type: 'dense', units: 1 + rng.int(8), activation, bias: rng.uniform(-0.5, 0.5) });
  }
  activations.push(head.activation);
  layers.push({ type: 'dense', units: outputs, activation: head.activation });
  const spec = { seed, data: { inline: { x, y } }, layers, loss: head.loss, optimizer: { type: 'sgd', lr: 0.1 }, training: { batchSize: 16 } };
  return { text: JSON.stringify(spec), activations, loss: head.loss };
}

function activate(z: tf.Tensor2D, name: string, fusedHead: boolean): tf.Tensor2D {
  if (fusedHead) return z;
  switch (name) {
    case 'relu': return tf.relu(z);
    case 'leaky_relu': return tf.leakyRelu(z, 0.01);
    case 'elu': return tf.elu(z);
    case 'sigmoid': return tf.sigmoid(z);
    case 'tanh': return tf.tanh(z);
    case 'softmax': return tf.softmax(z);
    default: return z;
  }
}

function tfLoss(net: Net, x: tf.Tensor2D, y: tf.Tensor2D, params: tf.Tensor[]): tf.Scalar {
  let h = x;
  net.activations.forEach((act, i) => {
    const last = i === net.activations.length - 1;
    const z = tf.add(tf.matMul(h, params[2 * i] as tf.Tensor2D), params[2 * i + 1]) as tf.Tensor2D;
    h = activate(z, act, last && net.loss !== 'mse');
  });
  if (net.loss === 'bce') return tf.losses.sigmoidCrossEntropy(y, h) as tf.Scalar;
  if (net.loss === 'cce') return tf.losses.softmaxCrossEntropy(y, h) as tf.Scalar;
  return tf.losses.meanSquaredError(y, h) as tf.Scalar;
}

function closeTo(actual: number[], expected: number[], what: string): void {
  const scale = Math.max(1e-3, ...expected.map(Math.abs));
  actual.forEach((a, i) => assert.ok(Math.abs(a - expected[i]) <= 2e-4 * scale, `${what}[${i}]: ours ${a}, tf.js ${expected[i]}`));
}

describe('agreement with TensorFlow.js', () => {
  before(async () => {
    await tf.setBackend('cpu');
  });

  const rng = new Random(2026);
  for (let n = 0; n < 24; n++) {
    const net = randomNet(rng, n + 1);
    it(`random net ${n + 1}: ${net.activations.join('→')} with ${net.loss}`, () => {
      const checked = checkSpec(net.text, { specDir: process.cwd(), workspaceRoot: process.cwd() });
      assert.ok(checked.spec && checked.dataset, JSON.stringify(checked.diagnostics.filter((d) => d.severity === 'error')));
      const ours = initialGradients(checked.spec, checked.dataset);
      const params = ours.layers.flatMap((l) => [tf.tensor2d(l.W), tf.tensor1d(l.b)]);
      const x = tf.tensor2d(ours.x);
      const y = tf.tensor2d(ours.y);
      const loss = tfLoss(net, x, y, params);
      const grads = tf.grads((...p: tf.Tensor[]) => tfLoss(net, x, y, p))(params);
      closeTo([ours.loss], [loss.dataSync()[0]], 'loss');
      ours.layers.forEach((l, i) => {
        closeTo(l.dW.flat(), Array.from(grads[2 * i].dataSync()), `layers[${l.index}].dW`);
        closeTo(l.db, Array.from(grads[2 * i + 1].dataSync()), `layers[${l.index}].db`);
      });
      tf.dispose([...params, x, y, loss, ...grads]);
    });
  }
});
