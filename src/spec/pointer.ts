/**
 * JSON Pointers (RFC 6901), the `path` of every diagnostic, and their human spelling for messages
 * (`/layers/0/units` → `layers[0].units`).
 */

/** The pointer of a child: an object key or an array index under `parent`. */
export function childPointer(parent: string, key: string | number): string {
  const segment = typeof key === 'number' ? String(key) : key.replace(/~/g, '~0').replace(/\//g, '~1');
  return `${parent}/${segment}`;
}

/** The segments of a pointer, or undefined when it is not one ("" is the root, with none). */
export function pointerSegments(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * How messages name a location: `layers[0].units`, `data.inline.x[3][1]`, `the spec` for the root.
 * Keys that are not identifiers are quoted (`["my key"]`), so the name is never ambiguous.
 */
export function displayPath(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments === undefined) return pointer;
  if (segments.length === 0) return 'the spec';
  let out = '';
  for (const segment of segments) {
    if (INDEX.test(segment) && out !== '') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
