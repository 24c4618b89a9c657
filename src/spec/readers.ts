/**
 * Typed reads of one field: each returns the value when it is present and valid, and otherwise
 * reports why (wrong type, out of range, unknown name) and returns undefined, so the caller can
 * fall back to the default and carry on finding the next problem.
 */
import type { Node } from 'jsonc-parser';
import { childPointer, displayPath } from './pointer';
import { didYouMean } from './suggest';
import { describeValue, ObjectView, Validator, valueOf } from './validator';

/** What a numeric field accepts. Bounds are inclusive unless marked exclusive. */
export interface NumberRule {
  integer?: boolean;
  min?: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  /** Completes "<path> must be …", e.g. "a positive integer". */
  expect: string;
  /** Why the bound exists, appended to the message. */
  why?: string;
}

/** How to report a missing required field: what it is and an example to copy. */
export interface Requirement {
  /** e.g. `the number of neurons, e.g. "units": 8`. */
  describe: string;
}

/** Reports that `key` is missing from `obj`. */
export function reportMissing(v: Validator, obj: ObjectView, key: string, requirement: Requirement): void {
  const owner = obj.pointer === '' ? 'the spec' : displayPath(obj.pointer);
  v.error(childPointer(obj.pointer, key), `${owner} needs "${key}": ${requirement.describe}`);
}

/** A number field; undefined when absent or invalid (the latter reported). */
export function readNumber(v: Validator, obj: ObjectView, key: string, rule: NumberRule, required?: Requirement): number | undefined {
  const node = present(v, obj, key, required);
  if (node === undefined) return undefined;
  const pointer = childPointer(obj.pointer, key);
  const value = node.value;
  const fail = (detail = '') => {
    v.error(pointer, `${displayPath(pointer)} must be ${rule.expect}, got ${describeValue(v, node)}${detail}${rule.why ? `: ${rule.why}` : ''}`, node);
    return undefined;
  };
  if (node.type !== 'number' || typeof value !== 'number') return fail();
  if (!Number.isFinite(value)) return fail(' (too large to represent)');
  if (rule.integer && !Number.isSafeInteger(value)) return fail(Number.isInteger(value) ? ' (too large to be exact)' : '');
  if (rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min)) return fail();
  if (rule.max !== undefined && (rule.maxExclusive ? value >= rule.max : value > rule.max)) return fail();
  return value;
}

/** A boolean field. */
export function readBoolean(v: Validator, obj: ObjectView, key: string): boolean | undefined {
  const node = present(v, obj, key);
  if (node === undefined) return undefined;
  if (node.type === 'boolean' && typeof node.value === 'boolean') return node.value;
  const pointer = childPointer(obj.pointer, key);
  v.error(pointer, `${displayPath(pointer)} must be true or false, got ${describeValue(v, node)}`, node);
  return undefined;
}

/** A non-empty string field. @param what completes "must be …", e.g. "the model's name". */
export function readString(v: Validator, obj: ObjectView, key: string, what: string, required?: Requirement): string | undefined {
  const node = present(v, obj, key, required);
  if (node === undefined) return undefined;
  const pointer = childPointer(obj.pointer, key);
  if (node.type === 'string' && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
  const got = node.type === 'string' ? 'an empty string' : describeValue(v, node);
  v.error(pointer, `${displayPath(pointer)} must be ${what} (a non-empty string), got ${got}`, node);
  return undefined;
}

/**
 * A field naming one of `values`, with a did-you-mean for near misses.
 * @param kind the noun for messages: "activation", "loss", …
 */
export function readEnum<T extends string>(
  v: Validator,
  obj: ObjectView,
  key: string,
  values: readonly T[],
  kind: string,
  required?: Requirement,
): T | undefined {
  const node = present(v, obj, key, required);
  if (node === undefined) return undefined;
  return enumValue(v, node, childPointer(obj.pointer, key), values, kind);
}

/** Checks a node against a list of names; reports and returns undefined otherwise. */
export function enumValue<T extends string>(v: Validator, node: Node, pointer: string, values: readonly T[], kind: string): T | undefined {
  const choices = values.join(', ');
  if (node.type !== 'string' || typeof node.value !== 'string') {
    v.error(pointer, `${displayPath(pointer)} must be the name of ${article(kind)} ${kind} (one of ${choices}), got ${describeValue(v, node)}`, node);
    return undefined;
  }
  const name = node.value;
  if ((values as readonly string[]).includes(name)) return name as T;
  const shown = JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
  v.error(pointer, `${displayPath(pointer)}: unknown ${kind} ${shown}${didYouMean(name, values)}; expected one of ${choices}`, node);
  return undefined;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? 'an' : 'a';
}

/** The value node of `key`, reporting it when required and absent. */
function present(v: Validator, obj: ObjectView, key: string, required?: Requirement): Node | undefined {
  const node = valueOf(obj, key);
  if (node === undefined && required) reportMissing(v, obj, key, required);
  return node;
}
