/**
 * Quick fixes for diagnostics on a spec, as plain text edits: the smallest change at the value a
 * fix concerns, written in the file's own style (by ./json-edits), so a fix never reformats what
 * the user wrote. Pure (no vscode): the editor adapter turns the offsets into positions.
 */
import { saturatingHiddenLayers } from './context';
import { LR_RANGES } from './rules-training';
import { locate, parseStrict, renameKeyEdits, setValueEdits, TextEdit } from './json-edits';
import { parseSpec } from '../spec/parse';
import { pointerSegments } from '../spec/pointer';
import type { Diagnostic, ModelSpec } from '../spec/types';

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
  // The fix an advice trial proved wins (blind107 vanishing-gradient.seven-sigmoid-batch-1-dye: leaky
  // units helped where batch norm, the code's usual first, did not); else the first preferred one. The
  // editor applies "the" preferred fix with one keystroke.
  const proven = provenIndex(fixes, diagnostic.provenFix);
  const preferred = proven >= 0 ? proven : fixes.findIndex((f) => f.preferred);
  fixes.forEach((f, i) => (f.preferred = i === preferred));
  return fixes;
}

/**
 * The fix whose title is the proven one's, or -1. An edit since the trial can change the counts a title
 * gives ("in the 6 sigmoid layers" → "in the 5 …") while the finding is still shown: then the one fix
 * whose title matches but for its numbers is it.
 */
function provenIndex(fixes: readonly QuickFix[], provenFix: string | undefined): number {
  if (provenFix === undefined) return -1;
  const exact = fixes.findIndex((f) => f.title === provenFix);
  if (exact >= 0) return exact;
  const shape = (title: string) => title.replace(/\d+(\.\d+)?/g, '#');
  const alike = fixes.flatMap((f, i) => (shape(f.title) === shape(provenFix) ? [i] : []));
  return alike.length === 1 ? alike[0] : -1;
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
  const root = parseStrict(text);
  for (const { path, value } of change.sets ?? []) {
    const part = setValueEdits(text, path, value, root);
    if (!part) return undefined;
    edits.push(...part);
  }
  return edits.length > 0 ? edits : undefined;
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
    // Not for the probe's crawl toward a raw target (on `/data`): Adam's steps ignore the gradient's
    // size already, so neither would bring the output to the target's scale; its own fixes do.
    case 'exploding-gradient':
      return d.path.startsWith('/layers') ? [...batchNormInHiddenLayers(text, true), set('Set "clipNorm" to 1 in the optimizer', '/optimizer/clipNorm', 1)] : [];
    case 'vanishing-gradient':
      return [...batchNormInHiddenLayers(text, true), ...leakyInSaturatingLayers(text, false)];
    case 'nan-loss':
      return [...lowerLr(text), set('Set "clipNorm" to 1 in the optimizer', '/optimizer/clipNorm', 1)];
    // Only for a stall of unknown cause: one the detector put down to weight decay or dropout has its fix.
    case 'loss-plateau':
      return (d.suggestions ?? []).length === 0 ? leakyInSaturatingLayers(text, true) : [];
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
 * `"activation": "leaky_relu"` on every hidden tanh or sigmoid layer: a stall such units can sit in
 * for long at the constant answer (blind22 spirals-three-class-tanh: 1.04 of its 1.10 reference for
 * half of a 300-epoch run, 0.152 at the end; with leaky_relu 0.112 by a quarter, 0.075 at the end).
 */
function leakyInSaturatingLayers(text: string, preferred: boolean): Change[] {
  const spec = validSpec(text);
  const flat = spec ? saturatingHiddenLayers(spec) : [];
  if (flat.length === 0) return [];
  const kinds = [...new Set(flat.map((f) => f.layer.activation))].join(' and ');
  const where = flat.length === 1 ? `layers[${flat[0].index}]` : `the ${flat.length} ${kinds} layers`;
  return [{ title: `Set "activation" to "leaky_relu" in ${where}`, preferred, sets: flat.map(({ index }) => ({ path: `/layers/${index}/activation`, value: 'leaky_relu' })) }];
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
