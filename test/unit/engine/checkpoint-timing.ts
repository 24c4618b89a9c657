/**
 * Cost of a checkpoint on a 784-128-64-10 network (not a test: no assertions, not matched by
 * mocha's *.test.ts).   npx tsx test/unit/engine/checkpoint-timing.ts [saves, default 2000]
 * Prints the mean time of saveCheckpoint() and restoreCheckpoint(), and of one training epoch of
 * 4096 samples in batches of 64 for comparison.
 */
import { performance } from 'perf_hooks';
import { Trainer } from '../../../src/engine';
import { classification, dense, makeSpec } from './helpers';

const SAVES = Number(process.argv[2] ?? 2000);

const data = classification(4096, 784, 10, 1, (row) => Math.floor(((row[0] + 1) / 2) * 10) % 10);
const spec = makeSpec([dense(128, 'relu'), dense(64, 'relu'), dense(10, 'softmax')], { loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: { batchSize: 64 } });
const trainer = new Trainer(spec, data);

const time = (count: number, body: () => void): number => {
  const start = performance.now();
  for (let i = 0; i < count; i++) body();
  return (performance.now() - start) / count;
};

trainer.trainEpoch();
time(200, () => trainer.saveCheckpoint()); // warm-up: first save allocates, then V8 optimizes
const save = time(SAVES, () => trainer.saveCheckpoint());
const restore = time(SAVES, () => trainer.restoreCheckpoint());
const epoch = time(3, () => trainer.trainEpoch());
console.log(`784-128-64-10 float32, ${trainer.parameterCount()} parameters`);
console.log(`saveCheckpoint    ${(save * 1000).toFixed(1)} µs (mean of ${SAVES})`);
console.log(`restoreCheckpoint ${(restore * 1000).toFixed(1)} µs (mean of ${SAVES})`);
console.log(`one epoch         ${epoch.toFixed(1)} ms (4096 samples, batch 64): a save is ${((100 * save) / epoch).toFixed(3)}% of it`);
