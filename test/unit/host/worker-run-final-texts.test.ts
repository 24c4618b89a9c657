/**
 * A standing warning's evidence is refreshed every epoch by the monitor; the worker posts the refreshed
 * texts when the run pauses or ends, so the editor then shows the same text as `nn-debugger train`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { WorkerToHost } from '../../../src/protocol';
import { WorkerRun } from '../../../src/training/worker-run';
import { RunOutbox, type OutboxSource } from '../../../src/training/worker-outbox';
import type { Diagnostic } from '../../../src/spec/types';
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

  it('posts the standing warnings again only when their texts changed since they were posted (on pause and at the end)', () => {
    const posted: WorkerToHost[] = [];
    let active: Diagnostic[] = [];
    const source = { runId: 1, post: (m: WorkerToHost) => posted.push(m), layerCount: 1, dataset: { inputs: 3 }, active: () => active, progress: () => ({}), clock: { sinceFlush: () => 0, flushRate: () => 0 } };
    const outbox = new RunOutbox(source as unknown as OutboxSource);
    const warning = (ago: number): Diagnostic => ({ code: 'lr-too-high', severity: 'warning', message: `climbs from its best (${ago} epochs ago)`, path: '/optimizer/lr', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
    active = [warning(5)];
    outbox.postChange(active);
    const count = () => posted.filter((m) => m.type === 'diagnostics').length;
    assert.equal(count(), 1);
    outbox.postRefreshedTexts();
    assert.equal(count(), 1, 'nothing new to post');
    active = [warning(9)];
    outbox.postRefreshedTexts();
    assert.equal(count(), 2);
    const last = posted[posted.length - 1];
    assert.ok(last.type === 'diagnostics' && last.raised.length === 0 && last.active[0].message.includes('9 epochs ago'), 'the refreshed text, raising nothing new');
  });
});
