import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { probeChecked } from '../../../src/diagnosis/probe';
import { runMonitored } from '../../../src/diagnosis/run';
import { DataCache } from '../../../src/spec/data-cache';
import { clearDataCache, csvLoadToKeep, keepCsvLoad } from '../../../src/spec/data';
import type { Dataset } from '../../../src/spec/dataset';
import { load, loadOk } from './helpers';

const CSV = 'a,b,y\n1,10,0.5\n2,20,1.5\n3,30,2.5\n';

function csvSpec(data: Record<string, unknown> = {}, loss = 'mse'): Record<string, unknown> {
  return { data: { csv: 'd.csv', target: 'y', ...data }, layers: [{ type: 'dense', units: 1 }], loss };
}

describe('CSV loads kept between checks', () => {
  let dir: string;
  const file = () => path.join(dir, 'd.csv');
  const loadHere = (spec = csvSpec()) => loadOk(spec, { workspaceRoot: dir });
  /** Rewrites the file and moves its modification time, as an editor's save does. */
  const rewrite = (content: string, seconds: number) => {
    fs.writeFileSync(file(), content);
    fs.utimesSync(file(), seconds, seconds);
  };

  beforeEach(() => {
    clearDataCache();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-cache-'));
    rewrite(CSV, 1_000_000);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads an unchanged file once: a second check gets the same data set', () => {
    const first = loadHere();
    assert.equal(loadHere(), first);
    assert.deepEqual([...first.x], [1, 10, 2, 20, 3, 30]);
  });

  it('reads the file again once it changed on disk, even at the same size', () => {
    const first = loadHere();
    rewrite(CSV.replace('0.5', '9.5'), 1_000_100);
    const second = loadHere();
    assert.notEqual(second, first);
    assert.deepEqual([...second.targets!], [9.5, 1.5, 2.5]);
  });

  it('keeps a load per data block and loss: another normalization is another entry, and going back finds the first', () => {
    const raw = loadHere();
    const scaled = loadHere(csvSpec({ normalize: 'minmax' }));
    assert.notEqual(scaled, raw);
    assert.deepEqual([...scaled.x].map((v) => Number(v.toFixed(12))), [0, 0, 0.5, 0.5, 1, 1]);
    assert.deepEqual([...raw.x], [1, 10, 2, 20, 3, 30], 'the raw entry must not be normalized in place');
    assert.equal(loadHere(), raw);
    const classes = loadHere(csvSpec({ target: 'a' }, 'cce'));
    assert.equal(classes.task, 'classification');
  });

  it('keeps a failed load too, and drops it when the file is fixed', () => {
    rewrite('a,b,y\n1,2\n', 1_000_200);
    const broken = () => load(csvSpec(), { workspaceRoot: dir }).diagnostics.map((d) => d.message);
    assert.match(broken()[0], /line 2 has 2 values but the header has 3 columns/);
    assert.deepEqual(broken(), broken());
    rewrite(CSV, 1_000_300);
    assert.deepEqual(load(csvSpec(), { workspaceRoot: dir }).diagnostics, []);
  });

  it('never keeps what a reader given in the context returned', () => {
    const readFile = () => CSV;
    const first = loadOk(csvSpec(), { workspaceRoot: dir, readFile });
    assert.notEqual(loadOk(csvSpec(), { workspaceRoot: dir, readFile }), first);
  });

  it('still refuses a path outside the workspace after the file was loaded from inside it', () => {
    loadOk(csvSpec({ csv: 'd.csv' }), { workspaceRoot: dir });
    const sub = path.join(dir, 'sub');
    fs.mkdirSync(sub);
    const outside = load(csvSpec({ csv: '../d.csv' }), { workspaceRoot: sub, specDir: sub });
    assert.equal(outside.dataset, undefined);
    assert.match(outside.diagnostics[0].message, /points outside the workspace folder/);
  });
});

describe('CSV loads read in another thread', () => {
  it('a file over deferReadsOver comes back pending, with no error; once its load is kept, the check has the data', () => {
    clearDataCache();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-defer-'));
    try {
      fs.writeFileSync(path.join(dir, 'd.csv'), CSV);
      const text = JSON.stringify(csvSpec());
      const ctx = { specDir: dir, workspaceRoot: dir, deferReadsOver: CSV.length - 1 };
      const pending = checkSpec(text, ctx);
      assert.deepEqual(pending.pendingRead, { written: 'd.csv', bytes: CSV.length });
      assert.equal(pending.dataset, undefined);
      assert.ok(pending.spec);
      assert.deepEqual(pending.diagnostics.filter((d) => d.severity === 'error'), []);
      assert.equal(checkSpec(text, { ...ctx, deferReadsOver: CSV.length }).pendingRead, undefined, 'a file at the limit is read here');
      clearDataCache();
      // The other thread's load, passed over as structured data (as postMessage would), then kept here.
      const made = csvLoadToKeep(pending.parsed as Parameters<typeof csvLoadToKeep>[0], { specDir: dir, workspaceRoot: dir });
      assert.ok(made?.load.dataset);
      clearDataCache();
      keepCsvLoad(made.key, structuredClone(made.load));
      const loaded = checkSpec(text, ctx);
      assert.equal(loaded.pendingRead, undefined);
      assert.deepEqual([...loaded.dataset!.targets!], [0.5, 1.5, 2.5]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('DataCache: the least recently used loads go first', () => {
  const loadOf = (bytes: number) => ({ dataset: { x: new Float64Array(bytes / 8) } as Dataset, problems: [] });

  it('holds at most the entry limit, dropping the least recently used', () => {
    const cache = new DataCache<string>({ entries: 2, bytes: 1e9 });
    cache.set('a', loadOf(8));
    cache.set('b', loadOf(8));
    cache.get('a');
    cache.set('c', loadOf(8));
    assert.deepEqual(['a', 'b', 'c'].map((k) => cache.get(k) !== undefined), [true, false, true]);
  });

  it('holds no more than the byte limit, but always the newest load', () => {
    const cache = new DataCache<string>({ entries: 10, bytes: 100 });
    cache.set('a', loadOf(64));
    cache.set('b', loadOf(64));
    assert.deepEqual([cache.get('a') !== undefined, cache.get('b') !== undefined], [false, true]);
    cache.set('huge', loadOf(800));
    assert.equal(cache.size, 1);
    assert.ok(cache.get('huge'));
  });
});

describe('CSV loads kept between checks: nothing writes into a shared data set', () => {
  it('a check, a probe and a training run leave the kept features and targets as loaded', function () {
    this.timeout(60_000);
    clearDataCache();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-cache-'));
    try {
      const rows = Array.from({ length: 64 }, (_, i) => `${i},${(i * 7) % 13},${i % 3 === 0 ? 'a' : 'b'}`);
      fs.writeFileSync(path.join(dir, 'd.csv'), `u,v,y\n${rows.join('\n')}\n`);
      const spec = { data: { csv: 'd.csv', target: 'y', normalize: 'standard' }, layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }], loss: 'bce', training: { epochs: 3, batchSize: 8 } };
      const ctx = { specDir: dir, workspaceRoot: dir };
      const checked = checkSpec(JSON.stringify(spec), ctx);
      assert.ok(checked.dataset && checked.spec);
      const before = { x: Float64Array.from(checked.dataset.x), labels: Int32Array.from(checked.dataset.labels!) };
      assert.ok(probeChecked(checked));
      runMonitored(checked.parsed, checked.spec, checked.dataset);
      const again = checkSpec(JSON.stringify(spec), ctx).dataset!;
      assert.equal(again, checked.dataset);
      assert.deepEqual(again.x, before.x);
      assert.deepEqual(again.labels, before.labels);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
