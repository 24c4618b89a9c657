import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Random } from '../../../src/engine/random';
import { parseCsv } from '../../../src/spec/csv';
import { csvDataset } from '../../../src/spec/csv-dataset';
import { loadDataset } from '../../../src/spec/data';
import { parseSpec, ParsedSpec } from '../../../src/spec/parse';
import type { Diagnostic, ModelSpec, Range } from '../../../src/spec/types';
import { REPO_ROOT } from '../helpers';
import { baseSpec, text } from './helpers';

/** Mutated documents checked; each is one to three mutations of a valid spec. */
const CASES = 4000;

const SEEDS: string[] = [
  text(baseSpec()),
  JSON.stringify(baseSpec()),
  fs.readFileSync(path.join(REPO_ROOT, 'examples/xor.nn.json'), 'utf8'),
  fs.readFileSync(path.join(REPO_ROOT, 'examples/houses.nn.json'), 'utf8').replace(/\n/g, '\r\n'),
  text({
    name: 'inline',
    data: { inline: { x: [[0, 0], [1, 1], [0, 1]], y: ['a', 'b', 'a'] }, normalize: 'standard' },
    layers: [{ type: 'dense', units: 3, init: { name: 'normal', std: 0.1 } }, { type: 'dropout', rate: 0.2 }, { type: 'dense', units: 2, activation: 'softmax' }],
    loss: 'cce',
    optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 },
    training: { epochs: 2 },
    diagnostics: { patience: 3 },
  }),
];

const NOISE_CHARS = '{}[]",:.-+eE0123456789 \t\n\r\\/*truefalsnl#\'éあ\uD800\u2028';

function randomJson(rng: Random, depth = 0): unknown {
  const pick = rng.int(depth > 3 ? 6 : 8);
  const numbers = [0, -0, 1, -3, 2.5, 1e308, -1e308, 5e-324, 1e21, Number.MAX_SAFE_INTEGER + 2];
  switch (pick) {
    case 0: return null;
    case 1: return rng.next() < 0.5;
    case 2: return numbers[rng.int(numbers.length)];
    case 3: return ['', 'relu', 'sigmoud', '__proto__', 'constructor', '0.01', 'x'.repeat(300), '\u0000'][rng.int(8)];
    case 4: return rng.uniform(-10, 10);
    case 5: return rng.int(100);
    case 6: return Array.from({ length: rng.int(4) }, () => randomJson(rng, depth + 1));
    default: {
      const obj: Record<string, unknown> = {};
      for (let i = rng.int(4); i > 0; i--) obj[['type', 'units', 'name', 'builtin', 'x', '__proto__', 'a/b~c'][rng.int(7)]] = randomJson(rng, depth + 1);
      return obj;
    }
  }
}

/** Replaces a random value in the (valid) JSON of `source` with random JSON of any type. */
function replaceValue(source: string, rng: Random): string {
  let root: unknown;
  try {
    root = JSON.parse(source);
  } catch {
    return source;
  }
  let node = root as Record<string, unknown>;
  for (let steps = rng.int(4); steps > 0; steps--) {
    const keys = node && typeof node === 'object' ? Object.keys(node) : [];
    if (keys.length === 0) break;
    const key = keys[rng.int(keys.length)];
    if (steps === 1 || typeof node[key] !== 'object' || node[key] === null) {
      node[key] = randomJson(rng);
      break;
    }
    node = node[key] as Record<string, unknown>;
  }
  return JSON.stringify(root, null, rng.next() < 0.5 ? 2 : undefined);
}

function tokens(source: string): string[] {
  return source.match(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|[{}[\]:,]|\s+|[^\s{}[\]:,"]+/g) ?? [source];
}

const MUTATIONS: ((source: string, rng: Random) => string)[] = [
  (s, rng) => { const at = rng.int(s.length + 1); return s.slice(0, at) + s.slice(at + 1 + rng.int(5)); },
  (s, rng) => { const at = rng.int(s.length + 1); return s.slice(0, at) + NOISE_CHARS[rng.int(NOISE_CHARS.length)] + s.slice(at); },
  (s, rng) => { const at = rng.int(s.length); return s.slice(0, at) + NOISE_CHARS[rng.int(NOISE_CHARS.length)] + s.slice(at + 1); },
  (s, rng) => {
    const list = tokens(s);
    const a = rng.int(list.length), b = rng.int(list.length);
    [list[a], list[b]] = [list[b], list[a]];
    return list.join('');
  },
  (s, rng) => replaceValue(s, rng),
  (s, rng) => replaceValue(s, rng),
  (s, rng) => s.slice(0, rng.int(s.length + 1)),
  (s, rng) => {
    const depth = 50 + rng.int(200);
    const opener = rng.next() < 0.5 ? '[' : '{"a":';
    const closer = opener === '[' ? ']' : '}';
    return s.replace('"xor"', opener.repeat(depth) + '1' + closer.repeat(rng.int(depth + 1)));
  },
  (s, rng) => { const lines = s.split('\n'); const i = rng.int(lines.length); lines.splice(i, 0, lines[i]); return lines.join('\n'); },
  (s, rng) => { const list = tokens(s); const i = rng.int(list.length); if (list[i].startsWith('"')) list[i] = `"${list[i].slice(2)}`; return list.join(''); },
];

/** Lines split independently of the parser's own position code. */
function lineLengths(source: string): number[] {
  return source.split(/\r\n|\r|\n/).map((line) => line.length);
}

function assertInside(range: Range, lengths: number[], what: string): void {
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
  assert.ok(ok(range.start) && ok(range.end), `${what}: range ${JSON.stringify(range)} outside the document`);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: range ${JSON.stringify(range)} ends before it starts`);
}

function checkDiagnostics(diagnostics: Diagnostic[], parsed: ParsedSpec, lengths: number[], source: string): void {
  for (const d of diagnostics) {
    assertInside(d.range, lengths, `${d.message} in ${JSON.stringify(source.slice(0, 200))}`);
    assertInside(parsed.rangeOf(d.path), lengths, `rangeOf(${d.path})`);
    assert.doesNotMatch(d.message, /internal error/);
    assert.ok(d.message.length > 10);
  }
}

describe('spec parser fuzzing', function () {
  this.timeout(60_000);

  it(`never throws on ${CASES} mutated specs, and always explains a refusal inside the document`, () => {
    const rng = new Random(20240607);
    let refused = 0;
    for (let i = 0; i < CASES; i++) {
      let source = SEEDS[i % SEEDS.length];
      for (let m = 1 + rng.int(3); m > 0; m--) source = MUTATIONS[rng.int(MUTATIONS.length)](source, rng);
      const parsed = parseSpec(source);
      const lengths = lineLengths(source);
      if (!parsed.spec) {
        refused++;
        assert.ok(parsed.diagnostics.some((d) => d.severity === 'error'), `refused without an error: ${JSON.stringify(source)}`);
      }
      checkDiagnostics(parsed.diagnostics, parsed, lengths, source);
      if (parsed.spec) checkLoad(parsed as ParsedSpec & { spec: ModelSpec }, lengths, source);
    }
    // The mutations must mostly break specs, or the test would only exercise the happy path.
    assert.ok(refused > CASES / 2 && refused < CASES, `${refused} of ${CASES} refused`);
  });

  it('the CSV reader never throws, and a table it returns is rectangular', () => {
    const rng = new Random(11);
    const alphabet = 'ab,,,"""\n\r\n 1.5-e3x\uFEFF';
    for (let i = 0; i < 3000; i++) {
      const source = Array.from({ length: rng.int(60) }, () => alphabet[rng.int(alphabet.length)]).join('');
      const { table, problems } = parseCsv(source);
      assert.equal(table === undefined, problems.length > 0);
      if (!table) continue;
      assert.ok(table.rows.every((row) => row.cells.length === table.header.length && row.line >= 1));
      const target = [table.header[rng.int(table.header.length)]];
      const loss = rng.next() < 0.5 ? 'mse' : 'cce';
      const built = csvDataset(table, { kind: 'csv', path: 'f.csv', target, normalize: 'none' }, loss, 'f.csv');
      assert.equal(built.dataset === undefined, built.problems.length > 0);
    }
  });

  it('never throws on random text', () => {
    const rng = new Random(7);
    for (let i = 0; i < 500; i++) {
      const source = Array.from({ length: rng.int(80) }, () => NOISE_CHARS[rng.int(NOISE_CHARS.length)]).join('');
      const parsed = parseSpec(source);
      if (!parsed.spec) assert.ok(parsed.diagnostics.some((d) => d.severity === 'error'));
      checkDiagnostics(parsed.diagnostics, parsed, lineLengths(source), source);
    }
  });
});

/** Loads the data of a spec the parser accepted: it must not throw either, and no file may be read. */
function checkLoad(parsed: ParsedSpec & { spec: ModelSpec }, lengths: number[], source: string): void {
  const data = parsed.spec.data;
  if (data.kind === 'builtin' && data.samples > 5000) return;
  const loaded = loadDataset(parsed, {
    specDir: REPO_ROOT,
    workspaceRoot: REPO_ROOT,
    readFile: () => {
      throw Object.assign(new Error('not in this test'), { code: 'EACCES' });
    },
  });
  assert.ok(loaded.dataset !== undefined || loaded.diagnostics.length > 0);
  checkDiagnostics(loaded.diagnostics, parsed, lengths, source);
  if (loaded.dataset) assert.ok(loaded.dataset.x.every(Number.isFinite), 'finite features');
}
