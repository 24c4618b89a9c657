/** Entry of the training worker thread: one run at a time, driven by host messages. */
import { parentPort } from 'worker_threads';
import type { HostToWorker, WorkerToHost } from '../protocol';
import { WorkerRun } from './worker-run';

const port = parentPort;
if (!port) throw new Error('the training worker must run in a worker thread');

const post = (msg: WorkerToHost) => port.postMessage(msg);
let run: WorkerRun | undefined;

port.on('message', (msg: HostToWorker) => {
  try {
    if (msg.type === 'start') run = WorkerRun.start(msg, post);
    else run?.control(msg);
  } catch (err) {
    const runId = msg.type === 'start' ? msg.runId : -1;
    post({ type: 'finished', runId, progress: { state: 'error', epoch: 0, totalEpochs: 0, step: 0, samplesPerSec: 0 }, message: `Training failed: ${(err as Error).message}` });
  }
});
post({ type: 'ready' });
