import { strict as assert } from 'assert';
import { parseSpec } from '../../../src/spec/parse';
import { baseSpec, load, loadOk, text } from './helpers';

function inline(x: number[][], y: unknown[], loss = 'bce', normalize?: string) {
  return { ...baseSpec(), loss, data: { inline: { x, y }, ...(normalize ? { normalize } : {}) } };
}

describe('inline data', () => {
  const x = [[0, 0], [0, 1], [1, 0], [1, 1]];

  it('integer labels are classes under bce and cce', () => {
    for (const loss of ['bce', 'cce']) {
      const data = loadOk(inline(x, [0, 1, 1, 0], loss));
      assert.equal(data.task, 'classification');
      assert.equal(data.classes, 2);
      assert.deepEqual(Array.from(data.labels!), [0, 1, 1, 0]);
      assert.deepEqual(Array.from(data.x), [0, 0, 0, 1, 1, 0, 1, 1]);
      assert.deepEqual(data.featureNames, ['x0', 'x1']);
    }
  });

  it('integer labels are numbers to regress under mse', () => {
    const data = loadOk(inline(x, [0, 1, 1, 0], 'mse'));
    assert.equal(data.task, 'regression');
    assert.deepEqual(Array.from(data.targets!), [0, 1, 1, 0]);
  });

  it('string labels are classes whatever the loss, sorted by name', () => {
    const data = loadOk(inline(x, ['no', 'yes', 'yes', 'maybe'], 'mse'));
    assert.equal(data.task, 'classification');
    assert.deepEqual(data.classNames, ['maybe', 'no', 'yes']);
    assert.deepEqual(Array.from(data.labels!), [1, 2, 2, 0]);
  });

  it('fractional targets and target rows are regressed', () => {
    assert.equal(loadOk(inline(x, [0.5, 1, 0, 0.25], 'bce')).task, 'regression');
    const rows = loadOk(inline(x, [[1, 2], [3, 4], [5, 6], [7, 8]], 'mse'));
    assert.equal(rows.targetColumns, 2);
    assert.deepEqual(rows.targetNames, ['y0', 'y1']);
    assert.deepEqual(Array.from(rows.targets!), [1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('target rows are one-hot classes under cce, and regressed otherwise', () => {
    const oneHot = [[0, 1, 0], [1, 0, 0], [0, 0, 1], [0, 1, 0]];
    const data = loadOk(inline(x, oneHot, 'cce'));
    assert.deepEqual({ task: data.task, classes: data.classes, classNames: data.classNames }, { task: 'classification', classes: 3, classNames: ['0', '1', '2'] });
    assert.deepEqual(Array.from(data.labels!), [1, 0, 2, 1]);
    assert.equal(loadOk(inline(x, oneHot, 'bce')).targetColumns, 3);
  });

  it('a cce target row that is not one-hot is a data-error at data.inline.y', () => {
    const loaded = load(inline(x, [[0, 1], [1, 0], [1, 1], [0, 1]], 'cce'));
    assert.equal(loaded.dataset, undefined);
    assert.equal(loaded.diagnostics[0].code, 'data-error');
    assert.equal(loaded.diagnostics[0].path, '/data/inline/y');
    assert.match(loaded.diagnostics[0].message, /data\.inline\.y\[2\] is \[1, 1\]; under cce target rows must be one-hot/);
  });

  it('a single class is a data-error at data.inline.y', () => {
    const loaded = load(inline(x, [1, 1, 1, 1], 'bce'));
    assert.equal(loaded.dataset, undefined);
    assert.equal(loaded.diagnostics.length, 1);
    assert.equal(loaded.diagnostics[0].code, 'data-error');
    assert.equal(loaded.diagnostics[0].path, '/data/inline/y');
    assert.match(loaded.diagnostics[0].message, /single class \("1"\); a classifier needs at least two/);
  });
});

describe('feature normalization', () => {
  const x = [[1, 10, 5], [2, 20, 5], [3, 60, 5], [6, 30, 5]];
  const columns = (flat: Float64Array) => [0, 1, 2].map((c) => [0, 1, 2, 3].map((r) => flat[r * 3 + c]));

  it('none leaves the features as written', () => {
    assert.deepEqual(Array.from(loadOk(inline(x, [0, 1, 0, 1], 'bce', 'none')).x), x.flat());
  });

  it('standard gives each column mean 0 and standard deviation 1 (constant columns 0)', () => {
    const [a, b, constant] = columns(loadOk(inline(x, [0, 1, 0, 1], 'bce', 'standard')).x);
    for (const column of [a, b]) {
      const mean = column.reduce((s, v) => s + v, 0) / 4;
      const std = Math.sqrt(column.reduce((s, v) => s + (v - mean) ** 2, 0) / 4);
      assert.ok(Math.abs(mean) < 1e-12 && Math.abs(std - 1) < 1e-12, `mean ${mean}, std ${std}`);
    }
    assert.deepEqual(constant, [0, 0, 0, 0]);
    assert.ok(a[0] < a[1] && a[1] < a[2] && a[2] < a[3], 'order kept');
  });

  it('minmax maps each column onto [0, 1] (constant columns 0)', () => {
    const [a, b, constant] = columns(loadOk(inline(x, [0, 1, 0, 1], 'bce', 'minmax')).x);
    const near = (actual: number[], expected: number[]) => actual.every((v, i) => Math.abs(v - expected[i]) < 1e-12);
    assert.ok(near(a, [0, 0.2, 0.4, 1]), String(a));
    assert.ok(near(b, [0, 0.2, 1, 0.4]), String(b));
    assert.deepEqual([Math.min(...a, ...b), Math.max(...a, ...b)], [0, 1]);
    assert.deepEqual(constant, [0, 0, 0, 0]);
  });

  it('stays finite for values near the largest double', () => {
    for (const normalize of ['standard', 'minmax']) {
      const loaded = load(inline([[1e308], [-1e308], [0], [5e307]], [0, 1, 0, 1], 'bce', normalize));
      // Loaded, with the warning that such magnitudes are codes for missing values (extreme-values.ts).
      assert.deepEqual(loaded.diagnostics.map((d) => `${d.code} ${d.severity} ${d.path}`), ['data-error warning /data/inline/x/0/0']);
      const data = loaded.dataset!;
      assert.ok(data.x.every(Number.isFinite), `${normalize}: ${Array.from(data.x)}`);
    }
  });

  it('normalizeTarget rescales a regression target, per column, as normalize does the features', () => {
    const x = [[0, 0], [0, 1], [1, 0], [1, 1]];
    const raw = [100_000, 250_000, 400_000, 850_000];
    const spec = { ...inline(x, raw, 'mse'), data: { inline: { x, y: raw }, normalizeTarget: 'standard' } };
    const data = loadOk(spec);
    const y = Array.from(data.targets!);
    const mean = y.reduce((a, b) => a + b, 0) / y.length;
    const sd = Math.sqrt(y.reduce((a, b) => a + (b - mean) ** 2, 0) / y.length);
    assert.ok(Math.abs(mean) < 1e-12 && Math.abs(sd - 1) < 1e-12, `mean ${mean}, sd ${sd}`);
    assert.deepEqual(Array.from(data.x), [0, 0, 0, 1, 1, 0, 1, 1], 'the features are left as they are');
    const minmax = loadOk({ ...spec, data: { inline: { x, y: raw }, normalizeTarget: 'minmax' } });
    assert.deepEqual(Array.from(minmax.targets!), [0, 0.2, 0.4, 1]);
  });

  it('normalizeTarget on class labels is a warning that it does nothing; an unknown value is an error', () => {
    const x = [[0, 0], [0, 1], [1, 0], [1, 1]];
    const labels = load({ ...baseSpec(), data: { inline: { x, y: [0, 1, 1, 0] }, normalizeTarget: 'standard' } });
    assert.deepEqual(labels.diagnostics.map((d) => `${d.code} ${d.severity} ${d.path}`), ['data-error warning /data/normalizeTarget']);
    assert.match(labels.diagnostics[0].message, /no effect here: the target is class labels/);
    assert.deepEqual(Array.from(labels.dataset!.labels!), [0, 1, 1, 0]);
    const unknown = parseSpec(text({ ...baseSpec(), loss: 'mse', data: { inline: { x, y: [0, 1, 1, 0] }, normalizeTarget: 'z-score' } }));
    assert.ok(unknown.diagnostics.some((d) => d.code === 'invalid-spec' && d.severity === 'error' && d.path === '/data/normalizeTarget'), JSON.stringify(unknown.diagnostics));
  });

  it('applies to builtin data too', () => {
    const data = loadOk({ ...baseSpec(), data: { builtin: 'iris', normalize: 'minmax' } });
    for (let c = 0; c < 4; c++) {
      const column = Array.from({ length: 150 }, (_, i) => data.x[i * 4 + c]);
      assert.deepEqual([Math.min(...column), Math.max(...column)], [0, 1]);
    }
  });
});
