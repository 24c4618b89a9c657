import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { SpecSource } from '../../../src/protocol';
import { ProbeClient } from '../../../src/training/probe-client';
import { REPO_ROOT } from '../helpers';

/** The worker entry run from source: the loader that runs these tests also runs the worker. */
const client = () => new ProbeClient(path.join(REPO_ROOT, 'src/training/probe-worker.ts'), { execArgv: ['--require', 'tsx/cjs'] });

function source(file: string, edit: (text: string) => string = (t) => t): SpecSource {
  const absolute = path.join(REPO_ROOT, file);
  return { specText: edit(fs.readFileSync(absolute, 'utf8')), specDir: path.dirname(absolute), workspaceRoot: REPO_ROOT, defaultName: path.basename(file, '.nn.json') };
}

describe('probe worker and its client', function () {
  this.timeout(30000);
  let probes: ProbeClient;
  beforeEach(() => (probes = client()));
  afterEach(() => probes.dispose());

  it('answers a probe with the same diagnostics as the core', async () => {
    const answer = await probes.probe('a', source('test/fixtures/probe/lr-too-high.nn.json'));
    assert.deepEqual(answer?.diagnostics.map((d) => d.code), ['lr-too-high']);
    assert.ok(answer.probeMs >= 0);
  });

  it('a newer probe of the same spec replaces the one still queued; other specs keep theirs', async () => {
    // The first request goes to the worker at once; the next two wait behind it.
    const first = probes.probe('a', source('examples/xor.nn.json'));
    const stale = probes.probe('b', source('test/fixtures/probe/dead-relu.nn.json'));
    const other = probes.probe('c', source('test/fixtures/probe/lr-too-low.nn.json'));
    const fresh = probes.probe('b', source('test/fixtures/probe/dead-relu.nn.json', (t) => t.replace('"bias": -3', '"bias": 0')));
    const [a, b, c, d] = await Promise.all([first, stale, other, fresh]);
    assert.deepEqual(a?.diagnostics, []);
    assert.equal(b, undefined, 'superseded');
    assert.deepEqual(c?.diagnostics.map((x) => x.code), ['lr-too-low']);
    assert.deepEqual(d?.diagnostics, [], 'the edited spec: bias 0 keeps its units alive');
  });

  it('thresholds reach the worker: the settings from the host, the spec\'s own block over them', async () => {
    const loose = { probeHighUpdateRatio: 0.5, probeLossRebound: 1 };
    const file = 'test/fixtures/probe/lr-too-high.nn.json';
    const settled = await probes.probe('a', { ...source(file), diagnosticDefaults: loose });
    assert.deepEqual(settled?.diagnostics, []);
    const own = source(file, (t) => t.replace(/}\s*$/, ', "diagnostics": { "probeHighUpdateRatio": 0.1 } }'));
    const answer = await probes.probe('a', { ...own, diagnosticDefaults: loose });
    assert.deepEqual(answer?.diagnostics.map((d) => d.code), ['lr-too-high']);
  });

  it('a spec with errors gets no probe diagnostics (the static check reports them)', async () => {
    assert.deepEqual((await probes.probe('a', source('examples/broken.nn.json')))?.diagnostics, []);
  });

  it('runs the learning-rate finder and returns its curve', async () => {
    const { curve, message } = await probes.findLearningRate(source('examples/xor.nn.json'));
    assert.equal(message, undefined);
    assert.ok(curve && curve.lrs.length === curve.losses.length && curve.lrs.length > 10);
    assert.equal(curve.specLr, 0.01);
    assert.equal(curve.lrs[curve.suggestionIndex!], curve.suggestion);
  });

  it('explains why the finder cannot run on a broken spec', async () => {
    const { curve, message } = await probes.findLearningRate(source('examples/broken.nn.json'));
    assert.equal(curve, undefined);
    assert.match(message ?? '', /fix the errors/);
  });

  it('after dispose, requests resolve empty at once', async () => {
    probes.dispose();
    assert.equal(await probes.probe('a', source('examples/xor.nn.json')), undefined);
  });
});
