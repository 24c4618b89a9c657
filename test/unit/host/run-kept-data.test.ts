import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import type { HostToWorker, WorkerToHost } from '../../../src/protocol';
import { clearDataCache } from '../../../src/spec/data';
import { keptDataOf } from '../../../src/training/training-run';
import { WorkerRun } from '../../../src/training/worker-run';

type Start = Extract<HostToWorker, { type: 'start' }>;

/** The module object itself, whose `readFileSync` the data loader looks up at each call: spied on here. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs: { readFileSync: typeof fs.readFileSync } = require('fs');

const SPEC = JSON.stringify({
  data: { csv: 'rows.csv', target: 'y', normalize: 'standard' },
  layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1 }],
  loss: 'mse',
  training: { epochs: 1, batchSize: 8 },
});

/** Starts a run as the worker does and stops it at once; resolves to its `started` message. */
function startRun(msg: Start): Promise<Extract<WorkerToHost, { type: 'started' }>> {
  return new Promise((resolve, reject) => {
    const post = (m: WorkerToHost) => {
      if (m.type === 'started') resolve(m);
      if (m.type === 'finished' && m.progress.state === 'error') reject(new Error(m.message));
    };
    WorkerRun.start(msg, post)?.control({ type: 'stop' });
  });
}

describe('a run takes the data the host has already read', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nnd-kept-'));
  const csv = path.join(dir, 'rows.csv');
  const source = { specText: SPEC, specDir: dir, workspaceRoot: dir, defaultName: 'rows' };
  const realRead = nodeFs.readFileSync;
  let reads: string[] = [];

  beforeEach(() => {
    clearDataCache();
    reads = [];
    fs.writeFileSync(csv, `a,b,y\n${Array.from({ length: 40 }, (_, i) => `${i},${i % 7},${i * 2}`).join('\n')}\n`);
    nodeFs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof file === 'string' && path.basename(file) === 'rows.csv') reads.push(file);
      return (realRead as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync;
  });

  afterEach(() => {
    nodeFs.readFileSync = realRead;
    clearDataCache();
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds nothing to send before the host has loaded the file, and the load itself after', () => {
    assert.equal(keptDataOf(source), undefined);
    const checked = checkSpec(SPEC, source);
    const kept = keptDataOf(source);
    assert.ok(kept, 'the check kept its load');
    assert.equal(kept.load.dataset, checked.dataset);
    assert.equal(reads.length, 1, 'looking it up reads nothing');
  });

  it('starts the worker\'s run on the sent load without reading the file again', async () => {
    checkSpec(SPEC, source);
    const kept = keptDataOf(source)!;
    clearDataCache(); // the worker thread starts with a cache of its own, empty
    reads = [];
    const started = await startRun({ type: 'start', runId: 1, ...source, kept });
    assert.deepEqual(reads, []);
    assert.equal(started.inputs, 2);
  });

  it('reads the file afresh when it changed after the host read it', async () => {
    checkSpec(SPEC, source);
    const kept = keptDataOf(source)!;
    clearDataCache();
    fs.writeFileSync(csv, `a,b,c,y\n${Array.from({ length: 40 }, (_, i) => `${i},${i % 7},${i % 3},${i * 2}`).join('\n')}\n`);
    reads = [];
    const started = await startRun({ type: 'start', runId: 2, ...source, kept });
    assert.equal(reads.length, 1);
    assert.equal(started.inputs, 3, 'the new file\'s columns, not the sent load\'s');
  });
});
