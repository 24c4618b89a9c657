/**
 * A dense layer's `init`: a name (`"he_normal"`), with `std`/`limit`/`value` beside it in the
 * layer, or an object (`{"name": "normal", "std": 0.1}`). Parameters that the chosen init does not
 * use are warned about, since the user evidently expected them to do something.
 */
import { DEFAULT_INIT_LIMIT, DEFAULT_INIT_STD, DEFAULT_INIT_VALUE, defaultInit } from './defaults';
import { childPointer, displayPath } from './pointer';
import { enumValue, NumberRule, readEnum, readNumber } from './readers';
import { Activation, InitName, INITS, InitSpec } from './types';
import { asObject, checkKeys, ObjectView, Validator, valueOf, describeValue } from './validator';

/** The init parameters and the init that uses each. */
const PARAMETERS = [
  { key: 'std', usedBy: 'normal' },
  { key: 'limit', usedBy: 'uniform' },
  { key: 'value', usedBy: 'constant' },
] as const;

const INIT_OBJECT_KEYS = ['name', 'std', 'limit', 'value'];

/**
 * The largest initial weight or bias a spec may write. Training runs in float32, where one output's
 * squared error overflows (past 3.4e38) from about 1.8e19: a larger start makes the loss infinite
 * before any step, which no learning rate or detector could then explain. Below the bound a start
 * can still overflow through several layers (a std of 1e12 does); the init-scale rule speaks of those.
 */
export const MAX_INITIAL_MAGNITUDE = 1e18;
const OVERFLOW = 'larger starting values overflow float32 in the first forward pass';
const STD_RULE: NumberRule = { min: 0, minExclusive: true, max: MAX_INITIAL_MAGNITUDE, expect: 'a number greater than 0 and at most 1e18', why: `it is the standard deviation of the initial weights; ${OVERFLOW}` };
const LIMIT_RULE: NumberRule = { min: 0, minExclusive: true, max: MAX_INITIAL_MAGNITUDE, expect: 'a number greater than 0 and at most 1e18', why: `initial weights are drawn from [-limit, limit]; ${OVERFLOW}` };
const VALUE_RULE: NumberRule = { min: -MAX_INITIAL_MAGNITUDE, max: MAX_INITIAL_MAGNITUDE, expect: 'a number from -1e18 to 1e18', why: OVERFLOW };

/** The `init` of a dense layer (given or defaulted for its activation); undefined when invalid. */
export function readInit(v: Validator, layer: ObjectView, activation: Activation): InitSpec | undefined {
  const node = valueOf(layer, 'init');
  const pointer = childPointer(layer.pointer, 'init');
  if (node === undefined) {
    const name = defaultInit(activation);
    warnUnusedSiblings(v, layer, name, `this layer uses the default init "${name}"`);
    return { name };
  }
  if (node.type === 'string') {
    const name = enumValue(v, node, pointer, INITS, 'initialisation');
    return name === undefined ? undefined : withParameters(v, layer, name);
  }
  const obj = asObject(v, node, pointer, 'an init name such as "he_normal" or an object such as {"name": "normal", "std": 0.1}');
  if (obj === undefined) return undefined;
  checkKeys(v, obj, INIT_OBJECT_KEYS, 'an init object');
  for (const { key } of PARAMETERS) {
    const sibling = layer.entries.get(key);
    if (sibling) v.error(childPointer(layer.pointer, key), `${displayPath(childPointer(layer.pointer, key))}: with an init object, put "${key}" inside it`, sibling.children?.[0]);
  }
  const name = readEnum(v, obj, 'name', INITS, 'initialisation', { describe: `the initialisation, one of ${INITS.join(', ')}` });
  return name === undefined ? undefined : withParameters(v, obj, name);
}

/** Reads the parameters next to (or inside) the init and fills the defaults of the one it uses. */
function withParameters(v: Validator, holder: ObjectView, name: InitName): InitSpec | undefined {
  const std = readNumber(v, holder, 'std', STD_RULE);
  const limit = readNumber(v, holder, 'limit', LIMIT_RULE);
  const value = readNumber(v, holder, 'value', VALUE_RULE);
  warnUnusedSiblings(v, holder, name, `"${name}" does not use it`);
  if (name === 'normal') return { name, std: std ?? DEFAULT_INIT_STD };
  if (name === 'uniform') return { name, limit: limit ?? DEFAULT_INIT_LIMIT };
  if (name === 'constant') return { name, value: value ?? DEFAULT_INIT_VALUE };
  return { name };
}

/** Warns about each init parameter in `holder` that `name` ignores. */
function warnUnusedSiblings(v: Validator, holder: ObjectView, name: InitName, reason: string): void {
  for (const { key, usedBy } of PARAMETERS) {
    const node = valueOf(holder, key);
    if (node === undefined || usedBy === name) continue;
    const pointer = childPointer(holder.pointer, key);
    v.warning(
      pointer,
      `${displayPath(pointer)} = ${describeValue(v, node)} has no effect: ${reason}; only "init": "${usedBy}" uses "${key}"`,
      holder.entries.get(key)?.children?.[0],
    );
  }
}
