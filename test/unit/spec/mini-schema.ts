/**
 * A small JSON Schema (draft-07) checker covering the keywords `nn-spec.schema.json` uses, so tests
 * can hold the schema and the parser to the same verdicts without a new dependency.
 */

/** A schema node, loosely typed as JSON. */
export type Schema = { [keyword: string]: any };

/** The problems of `value` against `schema` (empty when valid). */
export function schemaErrors(schema: Schema, value: unknown, root: Schema = schema, at = ''): string[] {
  if (typeof schema.$ref === 'string') return schemaErrors(resolve(root, schema.$ref), value, root, at);
  const errors: string[] = [];
  const fail = (what: string) => errors.push(`${at || '/'}: ${what}`);
  if (schema.type !== undefined && !hasType(value, schema.type)) fail(`not of type ${schema.type}`);
  if (schema.enum !== undefined && !schema.enum.includes(value)) fail(`not in enum`);
  if (schema.const !== undefined && schema.const !== value) fail(`not ${schema.const}`);
  if (typeof value === 'number') checkNumber(schema, value, fail);
  if (typeof value === 'string' && schema.minLength !== undefined && value.length < schema.minLength) fail('too short');
  if (Array.isArray(value)) errors.push(...checkArray(schema, value, root, at));
  else if (value !== null && typeof value === 'object') errors.push(...checkObject(schema, value as Record<string, unknown>, root, at));
  if (schema.oneOf !== undefined) {
    const matches = (schema.oneOf as Schema[]).filter((branch) => schemaErrors(branch, value, root, at).length === 0).length;
    if (matches !== 1) fail(`matches ${matches} of oneOf`);
  }
  return errors;
}

function resolve(root: Schema, ref: string): Schema {
  return ref.replace(/^#\//, '').split('/').reduce((node, key) => node[key], root);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function checkNumber(schema: Schema, value: number, fail: (what: string) => void): void {
  if (schema.minimum !== undefined && value < schema.minimum) fail('below minimum');
  if (schema.maximum !== undefined && value > schema.maximum) fail('above maximum');
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) fail('not above exclusiveMinimum');
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) fail('not below exclusiveMaximum');
}

function checkArray(schema: Schema, value: unknown[], root: Schema, at: string): string[] {
  const errors: string[] = [];
  if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${at}: too few items`);
  if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errors.push(`${at}: items not unique`);
  if (schema.items !== undefined) value.forEach((item, i) => errors.push(...schemaErrors(schema.items, item, root, `${at}/${i}`)));
  return errors;
}

function checkObject(schema: Schema, value: Record<string, unknown>, root: Schema, at: string): string[] {
  const errors: string[] = [];
  for (const key of schema.required ?? []) if (!(key in value)) errors.push(`${at}: missing ${key}`);
  for (const [key, child] of Object.entries(value)) {
    const property = schema.properties?.[key];
    if (property !== undefined) errors.push(...schemaErrors(property, child, root, `${at}/${key}`));
    else if (schema.additionalProperties === false) errors.push(`${at}: unknown key ${key}`);
  }
  return errors;
}
