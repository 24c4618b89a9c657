import { strict as assert } from 'assert';
import { parseSpec } from '../../../src/spec/parse';
import { baseSpec, errorAt, rangeOfText, text } from './helpers';

describe('spec parser: JSON syntax', () => {
  it('reports a trailing comma at the comma', () => {
    const source = '{\n  "loss": "mse",\n}';
    const parsed = parseSpec(source);
    assert.equal(parsed.spec, undefined);
    assert.equal(parsed.diagnostics.length, 1);
    assert.match(parsed.diagnostics[0].message, /trailing comma/);
    assert.deepEqual(parsed.diagnostics[0].range, { start: { line: 1, character: 15 }, end: { line: 1, character: 16 } });
  });

  it('refuses comments, at the comment', () => {
    const source = text(baseSpec()).replace('"loss"', '// the loss\n  "loss"');
    const parsed = parseSpec(source);
    assert.equal(parsed.spec, undefined);
    assert.equal(parsed.diagnostics.length, 1);
    assert.match(parsed.diagnostics[0].message, /comments are not allowed/);
    assert.deepEqual(parsed.diagnostics[0].range, rangeOfText(source, '// the loss'));
  });

  it('explains common non-JSON spellings', () => {
    const message = (source: string) => parseSpec(source).diagnostics[0]?.message ?? '';
    assert.match(message("{'loss': 'mse'}"), /JSON strings use double quotes/);
    assert.match(message('{"loss": mse}'), /strings need double quotes: "mse"/);
    assert.match(message('{"seed": NaN}'), /NaN is not a JSON value/);
    assert.match(message('{"shuffle": True}'), /JSON spells these true, false and null/);
    assert.match(message('{"loss": "mse"\n "seed": 1}'), /expected "," between two items/);
    assert.match(message('{"loss": "ms'), /unterminated string/);
    assert.match(message(''), /the file is empty/);
    assert.match(message('{"a": 1} {"b": 2}'), /exactly one JSON object/);
  });

  it('reports only syntax errors while the JSON is broken', () => {
    const parsed = parseSpec('{"layers": [}');
    assert.ok(parsed.diagnostics.length >= 1);
    assert.ok(parsed.diagnostics.every((d) => d.message.startsWith('JSON syntax error')));
  });

  it('reports duplicate keys at the later key', () => {
    const source = '{\n  "loss": "mse",\n  "loss": "bce"\n}';
    const d = errorAt(source, '/loss');
    assert.match(d.message, /duplicate key "loss" at the top level/);
    assert.deepEqual(d.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } });
  });

  it('refuses absurd nesting with one error instead of overflowing the stack', () => {
    const source = `{"data": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const parsed = parseSpec(source);
    assert.equal(parsed.spec, undefined);
    assert.equal(parsed.diagnostics.length, 1);
    assert.match(parsed.diagnostics[0].message, /nested more than 100 levels/);
    assert.equal(parsed.diagnostics[0].range.start.character, 9 + 99);
  });
});
