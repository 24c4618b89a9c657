/**
 * The `optimizer`, `training` and `diagnostics` blocks: all optional, every field defaulted, every
 * written field checked against the range the engine and the detectors can work with.
 */
import { DEFAULT_LR, DEFAULT_OPTIMIZER, DEFAULT_TRAINING } from './defaults';
import { childPointer, displayPath } from './pointer';
import { NumberRule, readBoolean, readEnum, readNumber } from './readers';
import { DEFAULT_DIAGNOSTICS, DiagnosticsConfig, OptimizerSpec, OPTIMIZERS, TrainingSpec } from './types';
import { checkKeys, childObject, describeValue, ObjectView, Validator, valueOf } from './validator';

/** Keys of the `optimizer` block. */
export const OPTIMIZER_KEYS = ['type', 'lr', 'momentum', 'nesterov', 'weightDecay', 'clipNorm'];
/** Keys of the `training` block. */
export const TRAINING_KEYS = ['epochs', 'batchSize', 'shuffle', 'validationSplit'];
/** Keys of the `diagnostics` block. */
export const DIAGNOSTICS_KEYS = Object.keys(DEFAULT_DIAGNOSTICS) as (keyof DiagnosticsConfig)[];

const POSITIVE = 'a number greater than 0';
const LR_RULE: NumberRule = { min: 0, minExclusive: true, expect: POSITIVE, why: 'the learning rate scales every update step' };
const MOMENTUM_RULE: NumberRule = { min: 0, max: 1, maxExclusive: true, expect: 'a number in [0, 1)', why: 'at 1 or more the velocity never decays' };
const DECAY_RULE: NumberRule = { min: 0, expect: 'a number ≥ 0', why: 'it is the L2 penalty on the weights (0 = off)' };
const CLIP_RULE: NumberRule = { min: 0, expect: 'a number ≥ 0', why: 'it is the largest global gradient norm (0 = no clipping)' };
const COUNT_RULE: NumberRule = { integer: true, min: 1, expect: 'a positive integer' };
const SPLIT_RULE: NumberRule = {
  min: 0,
  max: 1,
  maxExclusive: true,
  expect: 'a number in [0, 1)',
  why: 'it is the fraction of samples held out for validation; some must remain for training',
};

/** Rules of the detector thresholds. */
const DIAGNOSTIC_RULES: Record<keyof DiagnosticsConfig, NumberRule> = {
  deadReluFraction: { min: 0, minExclusive: true, max: 1, expect: 'a number in (0, 1]', why: 'it is a fraction of the layer\'s units' },
  explodingGradNorm: { min: 0, minExclusive: true, expect: POSITIVE },
  explodingRatio: { min: 1, minExclusive: true, expect: 'a number greater than 1', why: 'it is how many times larger the first layer\'s gradient norm is than the last\'s' },
  vanishingGradNorm: { min: 0, minExclusive: true, expect: POSITIVE },
  vanishingRatio: { min: 0, minExclusive: true, max: 1, maxExclusive: true, expect: 'a number in (0, 1)', why: 'it is the first layer\'s gradient norm over the last\'s' },
  saturatedFraction: { min: 0, minExclusive: true, max: 1, expect: 'a number in (0, 1]', why: 'it is a fraction of the layer\'s outputs' },
  saturationMargin: { min: 0, minExclusive: true, max: 0.5, maxExclusive: true, expect: 'a number in (0, 0.5)', why: 'it is a distance from the activation\'s limits; at 0.5 every sigmoid output would count' },
  lossWindow: { integer: true, min: 2, expect: 'an integer of at least 2', why: 'it is the number of epochs over which the loss curve is judged' },
  goodLossRatio: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a fraction of the baseline loss' },
  plateauImprovement: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a fraction of the baseline loss' },
  oscillationFlips: { min: 0, max: 1, maxExclusive: true, expect: 'a number in [0, 1)', why: 'it is a fraction of the epochs in the window' },
  oscillationSwing: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a fraction of the baseline loss' },
  oscillationLevelSwing: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a fraction of the loss\'s own level' },
  oscillationLevelFloor: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a fraction of the baseline loss' },
  lrHighUpdateRatio: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a step\'s update norm over the weight norm' },
  lrHighRise: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a fraction of the baseline loss' },
  lrLowUpdateRatio: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a step\'s update norm over the weight norm' },
  patience: { integer: true, min: 1, expect: 'a positive integer', why: 'it is the number of epochs a condition must last before it is reported (and stay gone before it clears)' },
  probeLossRise: { min: 1, minExclusive: true, expect: 'a number greater than 1', why: 'it is a multiple of the probe\'s initial loss' },
  probeLossRebound: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a fraction of the probe\'s initial loss' },
  probeHighUpdateRatio: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a step\'s update norm over the weight norm' },
  probeLowWeightTravel: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a fraction of the weights\' norm' },
  probeLowLossTravel: { min: 0, minExclusive: true, expect: POSITIVE, why: 'it is a fraction of the probe\'s initial loss' },
  adviceGain: { min: 0, max: 1, maxExclusive: true, expect: 'a number in [0, 1)', why: 'it is a fraction of the loss (0 turns the advice trials off)' },
};

/**
 * Whether a threshold from outside the spec (the editor's settings) is in the range the spec would
 * accept: settings go through the same bounds as the spec's own block.
 */
export function isValidDiagnosticValue(key: keyof DiagnosticsConfig, value: unknown): value is number {
  const rule = DIAGNOSTIC_RULES[key];
  if (rule === undefined || typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (rule.integer && !Number.isSafeInteger(value)) return false;
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) return false;
  return !(rule.max !== undefined && (rule.maxExclusive ? value >= rule.max : value > rule.max));
}

/** The optimizer block with defaults; undefined if it has errors. */
export function validateOptimizer(v: Validator, root: ObjectView): OptimizerSpec | undefined {
  const fallback = defaultOptimizer(DEFAULT_OPTIMIZER);
  if (valueOf(root, 'optimizer') === undefined) return fallback;
  const obj = childObject(v, root, 'optimizer', 'an object such as {"type": "adam", "lr": 0.001}');
  if (obj === undefined) return undefined;
  checkKeys(v, obj, OPTIMIZER_KEYS, 'the optimizer', (key) => (key === 'beta1' || key === 'beta2' ? 'Adam\'s betas are fixed at 0.9 and 0.999' : undefined));
  const written = readEnum(v, obj, 'type', OPTIMIZERS, 'optimizer');
  const type = written ?? DEFAULT_OPTIMIZER;
  const spec = defaultOptimizer(type);
  // An unknown type is reported on its own; the rate's fix would name another optimizer's usual rate.
  const known = written !== undefined || valueOf(obj, 'type') === undefined;
  spec.lr = readLr(v, obj, known ? type : undefined) ?? spec.lr;
  spec.momentum = readNumber(v, obj, 'momentum', MOMENTUM_RULE) ?? spec.momentum;
  spec.nesterov = readBoolean(v, obj, 'nesterov') ?? spec.nesterov;
  spec.weightDecay = readNumber(v, obj, 'weightDecay', DECAY_RULE) ?? spec.weightDecay;
  spec.clipNorm = readNumber(v, obj, 'clipNorm', CLIP_RULE) ?? spec.clipNorm;
  warnSgdOnly(v, obj, type, spec);
  return spec;
}

/**
 * The learning rate. One of 0 or below is `lr-out-of-range` rather than `invalid-spec`: it is a valid
 * number, and the rate is what is wrong (77 of the 78 such faults of the sets are filed under that code),
 * so it links to that code's page and offers the optimizer's usual rate as its fix (none when the
 * optimizer's type is unknown: `type` undefined). It is still an error: nothing can be trained with it.
 */
function readLr(v: Validator, obj: ObjectView, type: OptimizerSpec['type'] | undefined): number | undefined {
  const node = valueOf(obj, 'lr');
  if (node?.type !== 'number' || typeof node.value !== 'number' || !(node.value <= 0)) return readNumber(v, obj, 'lr', LR_RULE);
  const pointer = childPointer(obj.pointer, 'lr');
  const effect = node.value < 0 ? 'a negative rate steps up the loss, not down' : 'a rate of 0 never moves the weights';
  const message = `${displayPath(pointer)} must be ${LR_RULE.expect}, got ${describeValue(v, node)}: ${LR_RULE.why}, and ${effect}.`;
  if (type === undefined) {
    v.codedError('lr-out-of-range', pointer, message, node, []);
    return undefined;
  }
  const usual = DEFAULT_LR[type];
  v.codedError('lr-out-of-range', pointer, `${message} ${usual} is the usual rate for ${type}.`, node, [{ title: `Set "lr" to ${usual}`, path: pointer, value: usual, preferred: true }]);
  return undefined;
}

function defaultOptimizer(type: OptimizerSpec['type']): OptimizerSpec {
  return { type, lr: DEFAULT_LR[type], momentum: 0, nesterov: false, weightDecay: 0, clipNorm: 0 };
}

/** Momentum settings only steer SGD; elsewhere (or Nesterov without momentum) they do nothing. */
function warnSgdOnly(v: Validator, obj: ObjectView, type: OptimizerSpec['type'], spec: OptimizerSpec): void {
  for (const key of ['momentum', 'nesterov']) {
    const pointer = childPointer(obj.pointer, key);
    if (type !== 'sgd' && valueOf(obj, key) !== undefined) {
      v.warning(pointer, `${displayPath(pointer)} has no effect with "${type}": only "sgd" uses it (${type} adapts its steps itself); remove it`);
    }
  }
  if (type === 'sgd' && spec.nesterov && spec.momentum === 0) {
    v.warning('/optimizer/nesterov', 'optimizer.nesterov has no effect while momentum is 0; set "momentum", e.g. 0.9');
  }
}

/** The training block with defaults; undefined if it has errors. */
export function validateTraining(v: Validator, root: ObjectView): TrainingSpec | undefined {
  const spec: TrainingSpec = { ...DEFAULT_TRAINING };
  if (valueOf(root, 'training') === undefined) return spec;
  const obj = childObject(v, root, 'training', 'an object such as {"epochs": 100, "batchSize": 32}');
  if (obj === undefined) return undefined;
  checkKeys(v, obj, TRAINING_KEYS, 'the training block');
  spec.epochs = readNumber(v, obj, 'epochs', { ...COUNT_RULE, why: 'it is the number of passes over the data' }) ?? spec.epochs;
  spec.batchSize = readNumber(v, obj, 'batchSize', { ...COUNT_RULE, why: 'it is the number of samples per update' }) ?? spec.batchSize;
  spec.shuffle = readBoolean(v, obj, 'shuffle') ?? spec.shuffle;
  spec.validationSplit = readNumber(v, obj, 'validationSplit', SPLIT_RULE) ?? spec.validationSplit;
  return spec;
}

/** The detector thresholds, defaults filled; undefined if the block has errors. */
export function validateDiagnosticsConfig(v: Validator, root: ObjectView): DiagnosticsConfig | undefined {
  const config: DiagnosticsConfig = { ...DEFAULT_DIAGNOSTICS };
  if (valueOf(root, 'diagnostics') === undefined) return config;
  const obj = childObject(v, root, 'diagnostics', 'an object of detector thresholds such as {"patience": 3}');
  if (obj === undefined) return undefined;
  checkKeys(v, obj, DIAGNOSTICS_KEYS, 'the diagnostics block');
  for (const key of DIAGNOSTICS_KEYS) config[key] = readNumber(v, obj, key, DIAGNOSTIC_RULES[key]) ?? config[key];
  return config;
}
