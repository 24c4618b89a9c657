/**
 * Quick fixes for diagnostics on a spec, as plain text edits: the smallest change at the value a
 * fix concerns, written in the file's own style, so a fix never reformats what the user wrote.
 * Pure (no vscode): the editor adapter turns the offsets into positions.
 */
import { applyEdits, Edit, findNodeAtLocation, getNodeValue, JSONPath, modify, Node, ParseError, parseTree } from 'jsonc-parser';
import { LR_RANGES } from './rules-training';
import { parseSpec } from '../spec/parse';
import { pointerSegments } from '../spec/pointer';
import type { Diagnostic, ModelSpec } from '../spec/types';

/** Replace `length` characters at `offset` with `content`. */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/** A fix as the editor offers it. */
export interface QuickFix {
  title: string;
  /** The obvious fix for its diagnostic (at most one per diagnostic). */
  preferred: boolean;
  edits: TextEdit[];
}

/**
 * One fix before it becomes text edits: values to set (paths that do not share a missing parent),
 * or a key to rename (a misspelt key keeps its value).
 */
interface Change {
  title: string;
  preferred?: boolean;
  sets?: { path: string; value: unknown }[];
  rename?: { path: string; newKey: string };
}

/** Applies edits computed on `text` (any order, non-overlapping). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return applyEdits(text, edits as Edit[]);
}

/**
 * The quick fixes of a diagnostic on the current text: the diagnostic's own `suggestions` first,
 * then the ones this module knows for its code, without duplicates and without fixes that would
 * change nothing. Never throws: a text that is not valid JSON gets no fixes.
 */
export function quickFixes(text: string, diagnostic: Diagnostic): QuickFix[] {
  const fixes: QuickFix[] = [];
  for (const change of changesOf(text, diagnostic)) {
    const edits = editsOf(text, change);
    if (edits) fixes.push({ title: change.title, preferred: change.preferred === true, edits });
  }
  // The first preferred one wins: the editor applies "the" preferred fix with one keystroke.
  const preferred = fixes.findIndex((f) => f.preferred);
  fixes.forEach((f, i) => (f.preferred = i === preferred));
  return fixes;
}

/** The JSON Pointers the quick fixes of a diagnostic would set or rename, on this text. */
export function quickFixPaths(text: string, diagnostic: Diagnostic): string[] {
  const paths = changesOf(text, diagnostic).flatMap((c) => [...(c.sets ?? []).map((s) => s.path), ...(c.rename ? [c.rename.path] : [])]);
  return [...new Set(paths)];
}

/** The diagnostic's own suggestions, then the derived changes, without duplicates. */
function changesOf(text: string, diagnostic: Diagnostic): Change[] {
  const attached = (diagnostic.suggestions ?? []).map((s): Change => ({ title: s.title, preferred: s.preferred, sets: [{ path: s.path, value: s.value }] }));
  // The diagnostic's own suggestion for a value wins over a derived one: two different lr fixes would only confuse.
  const taken = new Set(attached.map((c) => c.sets?.[0].path));
  const derived = derivedChanges(text, diagnostic).filter((c) => !c.sets?.some((s) => taken.has(s.path)));
  const seen = new Set<string>();
  return [...attached, ...derived].filter((change) => {
    const key = JSON.stringify([change.sets, change.rename]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The edits of a change, or undefined when any part of it cannot be made. */
function editsOf(text: string, change: Change): TextEdit[] | undefined {
  if (change.rename) return renameKeyEdits(text, change.rename.path, change.rename.newKey);
  const edits: TextEdit[] = [];
  for (const { path, value } of change.sets ?? []) {
    const part = setValueEdits(text, path, value);
    if (!part) return undefined;
    edits.push(...part);
  }
  return edits.length > 0 ? edits : undefined;
}

/**
 * Edits that set the value at a JSON Pointer, creating the property (and missing parent objects)
 * when it is not written. Undefined when the text is not valid JSON, the path cannot hold a value,
 * or the value is already there.
 */
export function setValueEdits(text: string, pointer: string, value: unknown): TextEdit[] | undefined {
  if (value !== undefined && !isPlainJson(value)) return undefined;
  const root = parseStrict(text);
  const target = root && locate(root, pointer);
  if (!target) return undefined;
  if (target.node && JSON.stringify(getNodeValue(target.node)) === JSON.stringify(value)) return undefined;
  let edits: Edit[];
  try {
    edits = modify(text, target.path, value, {});
  } catch {
    return undefined; // e.g. a property under a string: the path cannot exist in this file
  }
  return edits.length === 0 ? undefined : edits.map((edit) => restyle(text, edit, target.container));
}

/** Edits that rename the key of the property at a JSON Pointer, unless the new key is already taken. */
export function renameKeyEdits(text: string, pointer: string, newKey: string): TextEdit[] | undefined {
  const root = parseStrict(text);
  const target = root && locate(root, pointer);
  const keyNode = target?.node?.parent?.children?.[0];
  const owner = target?.node?.parent?.parent;
  if (!keyNode || owner?.type !== 'object' || keyNode.value === newKey) return undefined;
  if (owner.children?.some((p) => p.children?.[0]?.value === newKey)) return undefined;
  return [{ offset: keyNode.offset, length: keyNode.length, content: JSON.stringify(newKey) }];
}

/** Strict JSON like the spec parser: a fix computed on a broken tree could land anywhere. */
function parseStrict(text: string): Node | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors.length === 0 ? root : undefined;
}

/** Where a pointer leads: jsonc-parser's path (array indices as numbers), the node if written, and its deepest written container. */
function locate(root: Node, pointer: string): { path: JSONPath; node?: Node; container: Node } | undefined {
  const segments = pointerSegments(pointer);
  if (!segments || segments.length === 0) return undefined;
  const path: JSONPath = [];
  let node: Node | undefined = root;
  let container = root;
  for (const segment of segments) {
    if (node?.type === 'array' && !/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
    path.push(node?.type === 'array' ? Number(segment) : segment);
    if (node) container = node;
    node = node && (node.type === 'object' || node.type === 'array') ? findNodeAtLocation(node, [path[path.length - 1]]) : undefined;
  }
  return { path, node, container };
}

/**
 * jsonc-parser writes new members as `,"key": value` right after the last one; this spaces them
 * like the container's existing members (same line or next line, same indent) and writes new
 * objects inline.
 */
function restyle(text: string, edit: Edit, container: Node): TextEdit {
  if (edit.content === '') return { ...edit };
  if (edit.length > 0) return { ...edit, content: renderInline(JSON.parse(edit.content)) };
  const comma = edit.content.startsWith(',');
  const body = comma ? edit.content.slice(1) : edit.content;
  let member: string;
  if (container.type === 'object') {
    const [[key, value]] = Object.entries(JSON.parse(`{${body}}`) as Record<string, unknown>);
    member = `${JSON.stringify(key)}: ${renderInline(value)}`;
  } else {
    member = renderInline(JSON.parse(body));
  }
  return { ...edit, content: comma ? `,${memberGap(text, container)}${member}` : member };
}

/** The whitespace before a member of this container: between its last two members, or before its only one. */
function memberGap(text: string, container: Node): string {
  const members = container.children ?? [];
  if (members.length >= 2) {
    const [a, b] = members.slice(-2);
    return text.slice(a.offset + a.length, b.offset).replace(',', '');
  }
  if (members.length === 1) return text.slice(container.offset + 1, members[0].offset);
  return ' ';
}

/** JSON on one line with a space after `:` and `,`, the way specs are usually written by hand. */
function renderInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderInline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).filter(([, v]) => v !== undefined);
    if (members.length === 0) return '{}';
    return `{ ${members.map(([k, v]) => `${JSON.stringify(k)}: ${renderInline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Values a spec can hold: no NaN, Infinity, functions or undefined inside. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object') return Object.values(value as object).every(isPlainJson);
  return false;
}

/** The fixes this module knows for a code, for diagnostics that came without (all of) them. */
function derivedChanges(text: string, d: Diagnostic): Change[] {
  switch (d.code) {
    case 'invalid-spec':
    case 'data-error':
      return didYouMeanChanges(text, d);
    case 'dead-relu':
      return d.path.endsWith('/activation') ? [set('Set "activation" to "leaky_relu"', d.path, 'leaky_relu', true)] : [];
    // Measured on the fault fixtures: batch normalization in the hidden layers clears both, while
    // clipping leaves the (raw) gradient as large as before and only bounds the step.
    case 'exploding-gradient':
      return [...batchNormInHiddenLayers(text, true), set('Set "clipNorm" to 1 in the optimizer', '/optimizer/clipNorm', 1)];
    case 'vanishing-gradient':
      return batchNormInHiddenLayers(text, true);
    case 'nan-loss':
      return [...lowerLr(text), set('Set "clipNorm" to 1 in the optimizer', '/optimizer/clipNorm', 1)];
    default:
      return [];
  }
}

function set(title: string, path: string, value: unknown, preferred = false): Change {
  return { title, preferred, sets: [{ path, value }] };
}

const DID_YOU_MEAN = /\(did you mean "(.+?)"\?\)/;

/** "did you mean" in a message: rename the misspelt key, or replace the misspelt name. */
function didYouMeanChanges(text: string, d: Diagnostic): Change[] {
  const guess = DID_YOU_MEAN.exec(d.message)?.[1];
  if (guess === undefined) return [];
  if (d.message.startsWith('unknown key ')) {
    const key = pointerSegments(d.path)?.pop();
    return key === undefined ? [] : [{ title: `Rename "${key}" to "${guess}"`, preferred: true, rename: { path: d.path, newKey: guess } }];
  }
  const root = parseStrict(text);
  const node = root && locate(root, d.path)?.node;
  // A single CSV target may be written as a one-element array; the name is its element then.
  const named = node?.type === 'array' && node.children?.length === 1 ? node.children[0] : node;
  if (named?.type !== 'string') return [];
  return [set(`Change "${named.value}" to "${guess}"`, named === node ? d.path : `${d.path}/0`, guess, true)];
}

/**
 * `"batchNorm": true` on every hidden dense layer that lacks it: normalizing one layer is not
 * enough when the signal shrinks or grows again in the layers after it.
 */
function batchNormInHiddenLayers(text: string, preferred: boolean): Change[] {
  const spec = validSpec(text);
  if (!spec) return [];
  const dense = spec.layers.flatMap((layer, index) => (layer.type === 'dense' ? [{ layer, index }] : []));
  const missing = dense.slice(0, -1).filter(({ layer }) => !layer.batchNorm);
  if (missing.length === 0) return [];
  const where = missing.length === 1 ? `layers[${missing[0].index}]` : `the ${missing.length} hidden layers`;
  return [{ title: `Add "batchNorm": true to ${where}`, preferred, sets: missing.map(({ index }) => ({ path: `/layers/${index}/batchNorm`, value: true })) }];
}

/**
 * A tenth of the learning rate in effect (written or default), the usual cure for a loss that
 * overflowed; the optimizer's typical rate when a tenth is still above its sensible range.
 */
function lowerLr(text: string): Change[] {
  const optimizer = validSpec(text)?.optimizer;
  if (!optimizer || !(optimizer.lr > 0)) return [];
  const range = LR_RANGES[optimizer.type];
  const value = optimizer.lr / 10 > range.high ? range.typical : Number((optimizer.lr / 10).toPrecision(3));
  return [set(`Set "lr" to ${value}`, '/optimizer/lr', value, true)];
}

function validSpec(text: string): ModelSpec | undefined {
  return parseSpec(text).spec;
}
