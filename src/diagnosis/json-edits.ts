/**
 * Precise edits to a spec's JSON text at a JSON Pointer, written in the file's own style (spacing,
 * line breaks, inline objects), so a fix or a command never reformats what the user wrote.
 * Pure (no vscode): offsets only; the editor adapter turns them into positions.
 */
import { applyEdits, Edit, findNodeAtLocation, getNodeValue, JSONPath, modify, Node, ParseError, parseTree } from 'jsonc-parser';
import { pointerSegments } from '../spec/pointer';

/** Replace `length` characters at `offset` with `content`. */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/** Applies edits computed on `text` (any order, non-overlapping). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return applyEdits(text, edits as Edit[]);
}

/**
 * Edits that set the value at a JSON Pointer, creating the property (and missing parent objects)
 * when it is not written. Undefined when the text is not valid JSON, the path cannot hold a value,
 * or the value is already there. `root` is the text's tree when the caller parsed it already.
 *
 * Only the deepest written container's own text is handed to jsonc-parser's `modify`, which parses
 * what it is given: a fix that sets a value in each of a thousand layers then reads each layer
 * once, not the whole file a thousand times.
 */
export function setValueEdits(text: string, pointer: string, value: unknown, root: Node | undefined = parseStrict(text)): TextEdit[] | undefined {
  if (value !== undefined && !isPlainJson(value)) return undefined;
  const target = root && locate(root, pointer);
  if (!target) return undefined;
  if (target.node && JSON.stringify(getNodeValue(target.node)) === JSON.stringify(value)) return undefined;
  const { container, containerDepth } = target;
  let edits: Edit[];
  try {
    edits = modify(text.slice(container.offset, container.offset + container.length), target.path.slice(containerDepth), value, {});
  } catch {
    return undefined; // e.g. a property under a string: the path cannot exist in this file
  }
  const placed = edits.map((edit) => ({ ...edit, offset: edit.offset + container.offset }));
  return placed.length === 0 ? undefined : placed.map((edit) => restyle(text, edit, container));
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

/** The last text parsed, and its tree (never written to): a run asks for the fixes of many findings on one text. */
let lastParsed: { text: string; root: Node | undefined } | undefined;

/** Strict JSON like the spec parser: a fix computed on a broken tree could land anywhere. */
export function parseStrict(text: string): Node | undefined {
  if (lastParsed?.text === text) return lastParsed.root;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const root = errors.length === 0 ? tree : undefined;
  lastParsed = { text, root };
  return root;
}

/**
 * Where a pointer leads: jsonc-parser's path (array indices as numbers), the node if written, and
 * its deepest written container with that container's depth in the path.
 */
export function locate(root: Node, pointer: string): { path: JSONPath; node?: Node; container: Node; containerDepth: number } | undefined {
  const segments = pointerSegments(pointer);
  if (!segments || segments.length === 0) return undefined;
  const path: JSONPath = [];
  let node: Node | undefined = root;
  let container = root;
  let containerDepth = 0;
  for (const segment of segments) {
    if (node?.type === 'array' && !/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
    if (node) [container, containerDepth] = [node, path.length];
    path.push(node?.type === 'array' ? Number(segment) : segment);
    node = node && (node.type === 'object' || node.type === 'array') ? findNodeAtLocation(node, [path[path.length - 1]]) : undefined;
  }
  return { path, node, container, containerDepth };
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
