/**
 * A standing warning's evidence is refreshed every epoch by the monitor; the worker posts the refreshed
 * texts once, at the run's end, so the editor ends a run with the same text as `nn-debugger train`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { WorkerToHost } from '../../../src/protocol';
import { WorkerRun } from '../../../src/training/worker-run';
import { runMonitored } from '../../../src/diagnosis/run';
import { checkSpec } from '../../../src/diagnosis/check';

/** blind232 ok.pass-relu-adam: Adam 0.003 memorising its rows; lr-too-high is raised at epoch 121 and stands to 150. */
const SPEC_DIR = path.resolve(__dirname, '../../faults-blind232/healthy');
const SPEC_TEXT = fs.readFileSync(path.join(SPEC_DIR, 'ok.pass-relu-adam.nn.json'), 'utf8');
const ROOT = path.resolve(__dirname, '../../..');

/** Every message a WorkerRun of the spec posts, up to and including `finished`. */
function postsToEnd(): Promise<WorkerToHost[]> {
  return new Promise((resolve) => {
    const posts: WorkerToHost[] = [];
    const post = (msg: WorkerToHost) => {
      posts.push(msg);
      if (msg.type === 'finished') resolve(posts);
    };
    WorkerRun.start({ type: 'start', runId: 1, paused: false, specText: SPEC_TEXT, specDir: SPEC_DIR, workspaceRoot: ROOT, defaultName: 'pass' }, post);
  });
}

describe('worker run: the standing warnings\' texts at the end', function () {
  this.timeout(120000);

  it('posts the refreshed text of a warning that stood to the end, the text the CLI prints', async () => {
    const posts = await postsToEnd();
    const diagnostics = posts.filter((m): m is Extract<WorkerToHost, { type: 'diagnostics' }> => m.type === 'diagnostics');
    const raisedText = diagnostics.flatMap((m) => m.raised).find((d) => d.code === 'lr-too-high')?.message;
    const last = diagnostics[diagnostics.length - 1].active.find((d) => d.code === 'lr-too-high')?.message;
    assert.ok(raisedText && last, 'lr-too-high raised and standing at the end');
    assert.notEqual(last, raisedText, 'the evidence moved on after the raise');
    const checked = checkSpec(SPEC_TEXT, { specDir: SPEC_DIR, workspaceRoot: ROOT, defaultName: 'pass' });
    const context = { specDir: SPEC_DIR, workspaceRoot: ROOT };
    const cli = runMonitored(checked.parsed, checked.spec!, checked.dataset!, { advice: context }).active.find((d) => d.code === 'lr-too-high')?.message;
    assert.equal(last, cli);
    assert.equal(posts.indexOf(diagnostics[diagnostics.length - 1]) < posts.length - 1, true, 'posted before finished');
  });
});
