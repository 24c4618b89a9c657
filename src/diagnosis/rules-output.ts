import type { Activation, Diagnostic, LossName, SuggestedEdit } from '../spec/types';
import { diagnosticAt, denseLayers, fmt, IndexedDense, RuleContext } from './context';

/** A finding of an output rule: what is wrong, and the edits that fix it (best first). */
interface Problem {
  message: string;
  fixes: SuggestedEdit[];
}

/** Output activations whose range is bounded, with that range, for checking regression targets. */
const BOUNDED_RANGES: Record<string, [number, number]> = {
  sigmoid: [0, 1],
  softmax: [0, 1],
  tanh: [-1, 1],
  relu: [0, Infinity],
  elu: [-1, Infinity],
};

/**
 * Whether an output activation is bounded on both sides (sigmoid, softmax, tanh): no weights bring it
 * to a raw regression target's scale, however long it trains.
 */
export function boundedBothWays(activation: string): boolean {
  const range = BOUNDED_RANGES[activation];
  return range !== undefined && Number.isFinite(range[0]) && Number.isFinite(range[1]);
}

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
  const unitsPath = `/layers/${output.index}/units`;
  const problem =
    data.task === 'classification'
      ? classificationProblem(ctx.spec.loss, output.layer.units, data.classes ?? 2, unitsPath)
      : regressionProblem(ctx.spec.loss, output.layer.units, data.targetColumns, unitsPath);
  if (!problem) return [];
  return [{ ...diagnosticAt(ctx.parsed, 'shape-mismatch', 'error', unitsPath, problem.message), suggestions: problem.fixes }];
}

function classificationProblem(loss: LossName, units: number, classes: number, unitsPath: string): Problem | undefined {
  const has = `The output layer has ${units} unit${units === 1 ? '' : 's'} but the data has ${classes} classes`;
  if (loss === 'cce' && units !== classes) {
    return { message: `${has}; cce needs one output per class (one-hot targets). Set "units" to ${classes}.`, fixes: [setUnits(unitsPath, classes, true)] };
  }
  if (loss === 'bce' && units !== classes && !(units === 1 && classes === 2)) {
    const fix = classes === 2 ? '1 (one 0/1 output) or 2' : `${classes} (one sigmoid per class), or use softmax with cce`;
    const fixes = classes === 2 ? [setUnits(unitsPath, 1, true), setUnits(unitsPath, 2)] : [setUnits(unitsPath, classes, true)];
    return { message: `${has}; bce needs one 0/1 column for two classes or one per class. Set "units" to ${fix}.`, fixes };
  }
  if (loss === 'mse' && units !== classes && units !== 1) {
    const message = `${has}; mse on class labels needs 1 output (the class index) or ${classes} (one-hot). Set "units" to ${classes}.`;
    return { message, fixes: [setUnits(unitsPath, classes, true)] };
  }
  return undefined;
}

function regressionProblem(loss: LossName, units: number, columns: number, unitsPath: string): Problem | undefined {
  if (loss === 'cce') {
    const message =
      'The targets are numbers (regression), but cce needs class labels. Use mse for regression, ' +
      'or give class labels as the target.';
    return { message, fixes: [setLoss('mse', true)] };
  }
  if (units !== columns) {
    const message = `The output layer has ${units} units but the data has ${columns} target column${columns === 1 ? '' : 's'}. Set "units" to ${columns}.`;
    return { message, fixes: [setUnits(unitsPath, columns, true)] };
  }
  return undefined;
}

function setUnits(path: string, units: number, preferred = false): SuggestedEdit {
  return { title: `Set "units" to ${units}`, path, value: units, preferred };
}

function setLoss(loss: LossName, preferred = false): SuggestedEdit {
  return { title: `Set "loss" to "${loss}"`, path: '/loss', value: loss, preferred };
}

function setActivation(output: IndexedDense, activation: Activation, preferred = false): SuggestedEdit {
  return { title: `Set "activation" to "${activation}"`, path: `/layers/${output.index}/activation`, value: activation, preferred };
}

/** `loss-activation-mismatch`: an output activation the loss cannot work with well. */
export function lossActivationMismatch(ctx: RuleContext): Diagnostic[] {
  const output = denseLayers(ctx.spec).pop();
  if (!output) return [];
  const problem = pairingProblem(ctx, output) ?? targetRangeProblem(ctx, output);
  if (!problem) return [];
  const diagnostic = diagnosticAt(ctx.parsed, 'loss-activation-mismatch', 'warning', `/layers/${output.index}/activation`, problem.message);
  return [{ ...diagnostic, suggestions: problem.fixes }];
}

function pairingProblem(ctx: RuleContext, output: IndexedDense): Problem | undefined {
  const loss = ctx.spec.loss;
  const act = output.layer.activation;
  if (loss === 'mse' && act === 'softmax') {
    const message = 'softmax output with mse: the squared error through softmax gives weak, coupled gradients, so training stalls. Use "loss": "cce" with softmax.';
    return { message, fixes: softmaxWithMseFixes(ctx, output) };
  }
  if (loss === 'bce' && act !== 'sigmoid') {
    const message = `bce expects probabilities from a sigmoid output, but the output activation is ${act}: ${act === 'softmax' ? 'softmax couples the outputs, which bce treats as independent' : 'its values can leave (0, 1), where the log in bce is undefined'}. Use "activation": "sigmoid" (or softmax with cce).`;
    return { message, fixes: [setActivation(output, 'sigmoid', true), ...lossFor(ctx, output)] };
  }
  if (loss === 'cce' && act !== 'softmax') {
    const message = `cce expects a probability distribution from a softmax output, but the output activation is ${act}, whose outputs need not sum to 1. Use "activation": "softmax".`;
    return { message, fixes: [setActivation(output, 'softmax', true), ...lossFor(ctx, output)] };
  }
  return undefined;
}

/**
 * Softmax with mse: cce when it fits the targets (class labels, one unit per class), else a
 * linear output, which suits mse.
 */
function softmaxWithMseFixes(ctx: RuleContext, output: IndexedDense): SuggestedEdit[] {
  const cce = lossFor(ctx, output);
  return cce.length > 0 ? [{ ...cce[0], preferred: true }, setActivation(output, 'linear')] : [setActivation(output, 'linear', true)];
}

/**
 * The other direction of a pairing fix: the loss that suits the output activation as it is
 * (softmax + cce, sigmoid + bce, linear + mse), offered only when that loss also fits the data,
 * so the fix does not trade this warning for a shape-mismatch.
 */
function lossFor(ctx: RuleContext, output: IndexedDense): SuggestedEdit[] {
  const { activation, units } = output.layer;
  const data = ctx.dataset;
  const classes = data?.task === 'classification' ? data.classes ?? 2 : undefined;
  const fitsClasses = classes !== undefined && (units === classes || (activation === 'sigmoid' && units === 1 && classes === 2));
  if (activation === 'softmax' && fitsClasses && units >= 2) return [setLoss('cce')];
  if (activation === 'sigmoid' && fitsClasses) return [setLoss('bce')];
  if (activation === 'linear' && data !== undefined && (classes === undefined || units === 1 || units === classes)) return [setLoss('mse')];
  return [];
}

/** Regression targets outside what the output activation can produce can never be fitted. */
function targetRangeProblem(ctx: RuleContext, output: IndexedDense): Problem | undefined {
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
  const message =
    `The output activation ${output.layer.activation} only produces values in [${range[0]}, ${range[1]}], but ` +
    `${outside} of ${data.targets.length} targets lie outside it (e.g. ${fmt(worst)}), so they can never be fitted. ` +
    'Use "activation": "linear" for regression, or normalize the targets.';
  return { message, fixes: [setActivation(output, 'linear', true)] };
}
