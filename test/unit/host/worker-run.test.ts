import * as assert from 'assert';
import type { WorkerToHost } from '../../../src/protocol';
import { WorkerRun } from '../../../src/training/worker-run';

const SPEC = JSON.stringify({
  name: 'xor',
  seed: 3,
  data: { builtin: 'xor', samples: 64 },
  layers: [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units: 1, activation: 'sigmoid' }],
  loss: 'bce',
  optimizer: { type: 'adam', lr: 0.01 },
  training: { epochs: 5, batchSize: 16 },
});

/** Runs a spec in a WorkerRun (as the worker does) until it posts `finished`. */
function runToEnd(paused = false): Promise<{ finished: Extract<WorkerToHost, { type: 'finished' }>; after: WorkerToHost[] }> {
  return new Promise((resolve) => {
    let finished: Extract<WorkerToHost, { type: 'finished' }> | undefined;
    const after: WorkerToHost[] = [];
    const post = (msg: WorkerToHost) => {
      if (finished) after.push(msg);
      else if (msg.type === 'finished') {
        finished = msg;
        // Whatever the run posts next would overwrite the header the host shows.
        setTimeout(() => resolve({ finished: msg, after }), 50);
      }
    };
    const run = WorkerRun.start({ type: 'start', runId: 1, paused, specText: SPEC, specDir: process.cwd(), workspaceRoot: process.cwd(), defaultName: 'xor' }, post);
    if (paused) run?.control({ type: 'stop' });
  });
}

describe('worker run throughput', () => {
  it('reports the whole run\'s average throughput when it is done', async () => {
    const started = Date.now();
    const { finished, after } = await runToEnd();
    assert.deepEqual(after.map((m) => m.type), [], 'nothing is posted after finished');
    const wallMs = Date.now() - started + 1;
    assert.equal(finished.progress.state, 'done');
    assert.equal(finished.progress.epoch, 5);
    // 5 epochs of 64 rows were trained in less than the wall time, so the average is at least this.
    assert.ok(finished.progress.samplesPerSec >= (320 * 1000) / wallMs, `rate ${finished.progress.samplesPerSec} over ${wallMs} ms`);
  });

  it('reports no rate for a run stopped before any step', async () => {
    const { finished } = await runToEnd(true);
    assert.equal(finished.progress.state, 'stopped');
    assert.equal(finished.progress.samplesPerSec, 0);
  });
});
