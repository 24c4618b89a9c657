import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli, REPO_ROOT } from '../helpers';


describe('nn-debugger CLI', () => {
  it('prints usage and exits 2 on bad arguments, without a stack trace', () => {
    for (const argv of [['frobnicate', 'x.nn.json'], ['check'], ['train', 'examples/xor.nn.json', '--epochs', 'many'], ['grads', 'examples/xor.nn.json'], ['check', 'a', 'b']]) {
      const r = cli(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err.join('\n'), /Usage: nn-debugger/);
      assert.doesNotMatch(r.err.join('\n'), /\n\s+at /);
    }
  });

  it('exits 2 with a clear message for a missing spec file', () => {
    const r = cli('check', 'no/such.nn.json');
    assert.equal(r.code, 2);
    assert.match(r.err[0], /cannot read spec "no\/such.nn.json": no such file/);
  });

  it('reads a spec from a pipe (/dev/stdin), and refuses a folder or a device unread (a device may never end)', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-cli-'));
    try {
      assert.match(cli('check', dir).err[0], /it is a folder/);
      if (fs.existsSync('/dev/zero')) assert.match(cli('check', '/dev/zero').err[0], /cannot read spec "\/dev\/zero": it is not a file or a pipe/);
      // In a child process with a time limit: a reader that never ended would block this test run.
      const spec = fs.readFileSync(path.join(REPO_ROOT, 'examples/xor.nn.json'), 'utf8');
      const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', 'src/cli/main.ts', 'check', '--no-probe', '/dev/stdin'], { cwd: REPO_ROOT, timeout: 60_000, encoding: 'utf8', input: spec });
      assert.equal(r.status, 0, `status ${r.status}, signal ${r.signal}: ${r.stderr}`);
      assert.match(r.stdout, /\/dev\/stdin: no problems found/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check --json prints one object and exits 1 on errors', () => {
    const r = cli('check', 'test/fixtures/faults/invalid-spec.nn.json', '--json');
    assert.equal(r.code, 1);
    assert.equal(r.out.length, 1);
    const parsed = JSON.parse(r.out[0]);
    assert.equal(parsed.file, 'test/fixtures/faults/invalid-spec.nn.json');
    assert.ok(parsed.diagnostics.some((d: { code: string; message: string }) => d.code === 'invalid-spec' && /did you mean "sigmoid"/.test(d.message)));
  });

  it('check exits 0 on warnings only and prints file:line:col', () => {
    const r = cli('check', 'test/fixtures/faults/init-symmetry.nn.json');
    assert.equal(r.code, 0);
    assert.match(r.out[0], /^test\/fixtures\/faults\/init-symmetry\.nn\.json:4:\d+: warning init-symmetry: /);
    assert.equal(cli('check', 'examples/xor.nn.json').out[0], 'examples/xor.nn.json: no problems found');
  });

  it('train --json streams epochs, then the end event', () => {
    const r = cli('train', 'examples/xor.nn.json', '--json', '--epochs', '3');
    assert.equal(r.code, 0, r.err.join('\n'));
    const events = r.out.map((l) => JSON.parse(l));
    const epochs = events.filter((e) => e.event === 'epoch');
    assert.equal(epochs.length, 3);
    assert.deepEqual(epochs.map((e) => e.epoch), [0, 1, 2]);
    for (const key of ['loss', 'valLoss', 'accuracy', 'valAccuracy']) assert.equal(typeof epochs[0][key], 'number', key);
    const layer = epochs[0].layers[0];
    for (const key of ['index', 'name', 'gradNorm', 'weightNorm', 'updateRatio', 'deadFraction']) assert.ok(key in layer, key);
    const end = events[events.length - 1];
    assert.equal(end.event, 'end');
    assert.equal(end.epochs, 3);
    assert.ok(end.samplesPerSec > 0 && end.wallMs >= 0);
  });

  it('train emits static diagnostics first and runtime ones on their layer', () => {
    const r = cli('train', 'test/fixtures/faults/nan-loss.nn.json', '--json');
    const events = r.out.map((l) => JSON.parse(l));
    const firstEpoch = events.findIndex((e) => e.event === 'epoch');
    const staticOnes = events.slice(0, firstEpoch);
    assert.ok(staticOnes.every((e) => e.event === 'diagnostic'));
    assert.ok(staticOnes.some((e) => e.code === 'lr-out-of-range'));
    const nan = events.find((e) => e.code === 'nan-loss');
    assert.ok(nan, 'nan-loss raised');
    assert.equal(nan.path, '/optimizer/lr');
    assert.ok(events.filter((e) => e.event === 'epoch').length < 20, 'stopped early');
  });

  it('train tells of the warnings raised and cleared during the run, not only those standing at its end', () => {
    // A plateau the run's named cause (a rate too low) replaces: the panel's timeline shows it, so must the CLI.
    const spec = 'test/fixtures/faults/lr-too-low.sgd.nn.json';
    const events = cli('train', spec, '--json').out.map((l) => JSON.parse(l));
    const cleared = events.find((e) => e.event === 'cleared');
    assert.ok(cleared, 'a cleared event');
    const raised = events.find((e) => e.event === 'diagnostic' && e.code === cleared.code && e.path === cleared.path);
    assert.ok(raised && raised.epoch < cleared.epoch, JSON.stringify({ raised, cleared }));
    const text = cli('train', spec).out.join('\n');
    assert.match(text, /Raised during the run and cleared since \(1\):\n {2}epochs (\d+)–(\d+): .*warning loss-plateau: /);
    const [, from, to] = /epochs (\d+)–(\d+)/.exec(text)!;
    assert.deepEqual([Number(from), Number(to)], [raised.epoch + 1, cleared.epoch + 1]);
  });

  it('train refuses a spec with errors and exits 1', () => {
    const r = cli('train', 'test/fixtures/faults/shape-mismatch.nn.json');
    assert.equal(r.code, 1);
    assert.match(r.err.join('\n'), /shape-mismatch/);
  });

  it('train prints a per-layer table', () => {
    const r = cli('train', 'examples/iris.nn.json', '--epochs', '2');
    assert.equal(r.code, 0);
    const text = r.out.join('\n');
    assert.match(text, /2 epochs in/);
    assert.match(text, /layer\s+name\s+grad norm\s+weight norm\s+update\/weight\s+dead\s+saturated/);
  });

  it('gradcheck passes on the examples', () => {
    for (const spec of ['examples/xor.nn.json', 'examples/spirals.nn.json', 'examples/iris.nn.json']) {
      const r = cli('gradcheck', spec, '--json');
      assert.equal(r.code, 0, `${spec}: ${r.out.join('\n')}${r.err.join('\n')}`);
      const result = JSON.parse(r.out[0]);
      assert.equal(result.passed, true);
      assert.ok(result.maxRelError < 1e-6);
    }
  });

  it('grads --json dumps parameters, batch, loss and gradients of every dense layer', () => {
    const r = cli('grads', 'examples/xor.nn.json', '--json');
    assert.equal(r.code, 0);
    const g = JSON.parse(r.out[0]);
    assert.equal(typeof g.loss, 'number');
    assert.equal(g.x.length, 32);
    assert.equal(g.x[0].length, 2);
    assert.equal(g.y[0].length, 1);
    assert.deepEqual(g.layers.map((l: { index: number }) => l.index), [0, 2]);
    assert.equal(g.layers[0].W.length, 2);
    assert.equal(g.layers[0].W[0].length, 8);
    assert.equal(g.layers[0].dW.length, 2);
    assert.equal(g.layers[1].db.length, 1);
  });

  it('refuses a CSV outside the workspace without reading it', () => {
    const r = cli('check', 'test/fixtures/faults/data-error.nn.json', '--json');
    assert.equal(r.code, 1);
    const d = JSON.parse(r.out[0]).diagnostics.find((x: { code: string }) => x.code === 'data-error');
    assert.ok(d);
    assert.doesNotMatch(d.message, /root:/);
  });

  it('the built bin runs as a program', function () {
    const bin = path.join(REPO_ROOT, 'dist/cli.js');
    if (!fs.existsSync(bin)) this.skip();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nnd-'));
    fs.copyFileSync(path.join(REPO_ROOT, 'examples/sine.nn.json'), path.join(tmp, 'sine.nn.json'));
    const r = spawnSync(process.execPath, [bin, 'train', 'sine.nn.json', '--epochs', '2', '--json'], { cwd: tmp, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout.trim().split('\n').pop()!).event, 'end');
  });
});
