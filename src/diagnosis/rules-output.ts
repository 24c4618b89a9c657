import type { Diagnostic, LossName } from '../spec/types';
import { diagnosticAt, denseLayers, fmt, IndexedDense, RuleContext } from './context';

/** Output activations whose range is bounded, with that range, for checking regression targets. */
const BOUNDED_RANGES: Record<string, [number, number]> = {
  sigmoid: [0, 1],
  softmax: [0, 1],
  tanh: [-1, 1],
  relu: [0, Infinity],
  elu: [-1, Infinity],
};

/** The output layer must be dense: dropout after it would randomly zero the predictions. */
export function lastLayerIsDense(ctx: RuleContext): Diagnostic[] {
  const last = ctx.spec.layers.length - 1;
  if (ctx.spec.layers[last].type === 'dense') return [];
  return [
    diagnosticAt(
      ctx.parsed,
      'invalid-spec',
      'error',
      `/layers/${last}`,
      `The last layer (layers[${last}]) is ${ctx.spec.layers[last].type}, but the network's output must come ` +
        'from a dense layer: dropout here would zero predictions at random. Move it before the output layer.',
    ),
  ];
}

/** `shape-mismatch`: output units that cannot match the targets the loss will see. */
export function shapeMismatch(ctx: RuleContext): Diagnostic[] {
  const output = denseLayers(ctx.spec).pop();
  const data = ctx.dataset;
  if (!output || !data) return [];
  const problem =
    data.task === 'classification'
      ? classificationProblem(ctx.spec.loss, output.layer.units, data.classes ?? 2)
      : regressionProblem(ctx.spec.loss, output.layer.units, data.targetColumns);
  if (!problem) return [];
  return [diagnosticAt(ctx.parsed, 'shape-mismatch', 'error', `/layers/${output.index}/units`, problem)];
}

function classificationProblem(loss: LossName, units: number, classes: number): string | undefined {
  const has = `The output layer has ${units} unit${units === 1 ? '' : 's'} but the data has ${classes} classes`;
  if (loss === 'cce' && units !== classes) {
    return `${has}; cce needs one output per class (one-hot targets). Set "units" to ${classes}.`;
  }
  if (loss === 'bce' && units !== classes && !(units === 1 && classes === 2)) {
    const fix = classes === 2 ? '1 (one 0/1 output) or 2' : `${classes} (one sigmoid per class), or use softmax with cce`;
    return `${has}; bce needs one 0/1 column for two classes or one per class. Set "units" to ${fix}.`;
  }
  if (loss === 'mse' && units !== classes && units !== 1) {
    return `${has}; mse on class labels needs 1 output (the class index) or ${classes} (one-hot). Set "units" to ${classes}.`;
  }
  return undefined;
}

function regressionProblem(loss: LossName, units: number, columns: number): string | undefined {
  if (loss === 'cce') {
    return (
      'The targets are numbers (regression), but cce needs class labels. Use mse for regression, ' +
      'or give class labels as the target.'
    );
  }
  if (units !== columns) {
    return `The output layer has ${units} units but the data has ${columns} target column${columns === 1 ? '' : 's'}. Set "units" to ${columns}.`;
  }
  return undefined;
}

/** `loss-activation-mismatch`: an output activation the loss cannot work with well. */
export function lossActivationMismatch(ctx: RuleContext): Diagnostic[] {
  const output = denseLayers(ctx.spec).pop();
  if (!output) return [];
  const message = pairingProblem(ctx.spec.loss, output) ?? targetRangeProblem(ctx, output);
  if (!message) return [];
  return [diagnosticAt(ctx.parsed, 'loss-activation-mismatch', 'warning', `/layers/${output.index}/activation`, message)];
}

function pairingProblem(loss: LossName, output: IndexedDense): string | undefined {
  const act = output.layer.activation;
  if (loss === 'mse' && act === 'softmax') {
    return 'softmax output with mse: the squared error through softmax gives weak, coupled gradients, so training stalls. Use "loss": "cce" with softmax.';
  }
  if (loss === 'bce' && act !== 'sigmoid') {
    return `bce expects probabilities from a sigmoid output, but the output activation is ${act}: ${act === 'softmax' ? 'softmax couples the outputs, which bce treats as independent' : 'its values can leave (0, 1), where the log in bce is undefined'}. Use "activation": "sigmoid" (or softmax with cce).`;
  }
  if (loss === 'cce' && act !== 'softmax') {
    return `cce expects a probability distribution from a softmax output, but the output activation is ${act}, whose outputs need not sum to 1. Use "activation": "softmax".`;
  }
  return undefined;
}

/** Regression targets outside what the output activation can produce can never be fitted. */
function targetRangeProblem(ctx: RuleContext, output: IndexedDense): string | undefined {
  const data = ctx.dataset;
  const range = BOUNDED_RANGES[output.layer.activation];
  if (!data || data.task !== 'regression' || !data.targets || !range) return undefined;
  let outside = 0;
  let worst = 0;
  for (const t of data.targets) {
    if (t < range[0] || t > range[1]) {
      outside++;
      if (Math.abs(t) > Math.abs(worst)) worst = t;
    }
  }
  if (outside === 0) return undefined;
  return (
    `The output activation ${output.layer.activation} only produces values in [${range[0]}, ${range[1]}], but ` +
    `${outside} of ${data.targets.length} targets lie outside it (e.g. ${fmt(worst)}), so they can never be fitted. ` +
    'Use "activation": "linear" for regression, or normalize the targets.'
  );
}
