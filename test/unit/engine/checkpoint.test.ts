import { strict as assert } from 'assert';
import { runTrain } from '../../../src/cli/train-command';
import { checkSpec } from '../../../src/diagnosis/check';
import { runMonitored } from '../../../src/diagnosis/run';
import { Trainer } from '../../../src/engine';
import { dense, dropout, makeSpec, randomClassification, regression } from './helpers';

/**
 * A regression that SGD with momentum at lr 0.4 blows up: finite for 9 epochs, NaN in epoch 9.
 * Without shuffling, so that evaluate() sums the samples in the same order every time and can be
 * compared bit for bit.
 */
function divergingTrainer(): Trainer {
  const data = regression(64, 2, 4, (r) => [3 * r[0] - 2 * r[1]]);
  const spec = makeSpec([dense(8, 'tanh'), dense(1, 'linear')], { optimizer: { type: 'sgd', lr: 0.4, momentum: 0.9 }, training: { batchSize: 16, shuffle: false } });
  return new Trainer(spec, data);
}

/** Counts typed arrays created while `body` runs (through the global constructors). */
function typedArraysCreatedBy(body: () => void): number {
  const globals = globalThis as unknown as Record<string, unknown>;
  const names = ['Float32Array', 'Float64Array'];
  const saved = names.map((name) => globals[name]);
  let count = 0;
  names.forEach((name, i) => {
    globals[name] = new Proxy(saved[i] as object, {
      construct(target, args) {
        count++;
        return Reflect.construct(target as Float32ArrayConstructor, args);
      },
    });
  });
  try {
    body();
  } finally {
    names.forEach((name, i) => (globals[name] = saved[i]));
  }
  return count;
}

describe('engine checkpoint', () => {
  it('after a forced NaN, restoring gives back exactly the evaluation of the last good epoch', () => {
    // float64 reads the data set in place, so one feature set to NaN poisons the next epoch.
    const data = regression(80, 3, 9, (r) => [r[0] - r[1] * r[2]]);
    // No ReLU: it outputs 0 for NaN, which could hide the poisoned weights from the loss.
    const spec = makeSpec([dense(6, 'tanh'), dropout(0.2), dense(4, 'elu', { batchNorm: true }), dense(1, 'linear')], {
      optimizer: { type: 'adam', lr: 0.01 },
      training: { batchSize: 16, shuffle: false },
    });
    const trainer = new Trainer(spec, data, { dtype: 'float64' });
    let good = trainer.evaluate('train');
    const probe = Float64Array.from(data.x.subarray(0, 9));
    let goodPrediction = trainer.predict(probe, 3);
    for (let epoch = 0; epoch <= 12; epoch++) {
      assert.ok(Number.isFinite(trainer.trainEpoch().loss));
      assert.equal(trainer.saveCheckpoint(), true);
      good = trainer.evaluate('train');
      goodPrediction = trainer.predict(probe, 3);
    }
    const saved = data.x[5];
    data.x[5] = NaN;
    assert.ok(Number.isNaN(trainer.trainEpoch().loss), 'the poisoned epoch has a NaN loss');
    data.x[5] = saved;
    assert.ok(Number.isNaN(trainer.evaluate('train').loss), 'the weights are NaN now');
    assert.equal(trainer.saveCheckpoint(), false, 'a NaN state is not saved over the good one');
    assert.equal(trainer.restoreCheckpoint(), 13);
    assert.deepEqual(trainer.evaluate('train'), good);
    assert.deepEqual(trainer.predict(probe, 3), goodPrediction);
  });

  it('after a real divergence (float32), evaluate equals its value at the last good epoch', () => {
    const trainer = divergingTrainer();
    let good: { loss: number } | undefined;
    let completed = 0;
    for (let epoch = 0; epoch < 100; epoch++) {
      const stats = trainer.trainEpoch();
      if (!Number.isFinite(stats.loss)) break;
      if (trainer.saveCheckpoint()) {
        good = trainer.evaluate('train');
        completed = epoch + 1;
      }
    }
    assert.ok(good && completed >= 3, `diverged after ${completed} good epochs`);
    assert.ok(!Number.isFinite(trainer.evaluate('train').loss));
    assert.equal(trainer.restoreCheckpoint(), completed);
    assert.deepEqual(trainer.evaluate('train'), good);
  });

  it('restores the batch-norm running statistics too', () => {
    const data = randomClassification(60, 3, 3, 4);
    const spec = makeSpec([dense(8, 'relu', { batchNorm: true }), dense(3, 'softmax')], { loss: 'cce', optimizer: { type: 'sgd', lr: 0 }, training: { batchSize: 12, shuffle: false } });
    const trainer = new Trainer(spec, data);
    trainer.trainEpoch();
    trainer.saveCheckpoint();
    const before = trainer.evaluate('train');
    // lr 0: the weights stay, only the running statistics move (and change the evaluation).
    for (let epoch = 0; epoch < 3; epoch++) trainer.trainEpoch();
    assert.notDeepEqual(trainer.evaluate('train'), before);
    trainer.restoreCheckpoint();
    assert.deepEqual(trainer.evaluate('train'), before);
  });

  it('does not save weights that went NaN behind a finite loss (ReLU outputs 0 for NaN inputs)', () => {
    const data = regression(40, 2, 3, (r) => [r[0] + r[1]]);
    const spec = makeSpec([dense(4, 'relu'), dense(1, 'linear')], { optimizer: { type: 'sgd', lr: 0.01 }, training: { batchSize: 8, shuffle: false } });
    const trainer = new Trainer(spec, data, { dtype: 'float64' });
    trainer.trainEpoch();
    assert.equal(trainer.saveCheckpoint(), true);
    const good = trainer.evaluate('train');
    const saved = data.x[0];
    data.x[0] = NaN;
    const poisoned = trainer.trainEpoch();
    data.x[0] = saved;
    assert.ok(Number.isFinite(poisoned.loss), 'the loss does not show it');
    assert.equal(trainer.saveCheckpoint(), false, 'but the first layer\'s weights are NaN');
    assert.equal(trainer.restoreCheckpoint(), 1);
    assert.deepEqual(trainer.evaluate('train'), good);
  });

  it('before any save there is nothing to restore; saving the initial weights labels them epoch count 0', () => {
    const trainer = divergingTrainer();
    assert.equal(trainer.restoreCheckpoint(), undefined);
    const initial = trainer.evaluate('train');
    assert.equal(trainer.saveCheckpoint(), true);
    for (let epoch = 0; epoch < 3; epoch++) trainer.trainEpoch();
    assert.equal(trainer.restoreCheckpoint(), 0);
    assert.deepEqual(trainer.evaluate('train'), initial);
  });

  it('allocates its buffers once: later saves and restores create no typed array', () => {
    const trainer = divergingTrainer();
    trainer.saveCheckpoint();
    const created = typedArraysCreatedBy(() => {
      for (let i = 0; i < 5; i++) {
        trainer.saveCheckpoint();
        trainer.restoreCheckpoint();
      }
    });
    assert.equal(created, 0);
  });
});

/** A tanh regression of the sine at SGD lr 0.3, momentum 0.95: the loss grows for 45 epochs, then is NaN. */
const LATE_DIVERGENCE = JSON.stringify({
  seed: 3,
  data: { builtin: 'sine', samples: 200 },
  layers: [{ type: 'dense', units: 8, activation: 'tanh' }, { type: 'dense', units: 1, activation: 'linear' }],
  loss: 'mse',
  optimizer: { type: 'sgd', lr: 0.3, momentum: 0.95 },
  training: { epochs: 100, batchSize: 16 },
});

describe('a diverged monitored run keeps its last good weights', () => {
  const checked = () => checkSpec(LATE_DIVERGENCE, { specDir: '.', workspaceRoot: '.', defaultName: 'late' });

  it('restores the last epoch with finite weights and says so in nan-loss', () => {
    const c = checked();
    const run = runMonitored(c.parsed, c.spec!, c.dataset!);
    assert.ok(run.stoppedEarly && run.restored?.stats, 'stopped with an epoch to go back to');
    const good = run.restored.stats;
    assert.ok(good.epoch >= 5, `last good epoch ${good.epoch}`);
    assert.equal(good.epoch, run.lastGood?.epoch);
    assert.ok(Number.isFinite(run.trainer.evaluate('train').loss), 'the trainer holds finite weights again');
    const nan = run.raised.find((d) => d.code === 'nan-loss');
    assert.match(nan!.message, new RegExp(`Weights restored to epoch ${good.epoch} \\(loss `));
    assert.equal(run.active.find((d) => d.code === 'nan-loss')?.message, nan!.message);
  });

  it('the CLI end event and summary report the restored epoch\'s figures', () => {
    const out: string[] = [];
    const io = { out: (line: string) => out.push(line), err: () => undefined, status: () => undefined };
    runTrain({ ...checked(), file: 'late.nn.json' }, { json: true }, io);
    const end = JSON.parse(out[out.length - 1]);
    assert.equal(end.event, 'end');
    assert.equal(end.restoredEpoch, end.lastGoodEpoch);
    assert.equal(end.loss, end.lastGoodLoss);
    out.length = 0;
    runTrain({ ...checked(), file: 'late.nn.json' }, { json: false }, io);
    assert.match(out[1], new RegExp(`^Training stopped: the loss became NaN\\. Weights restored to epoch ${end.restoredEpoch} `));
    const figures = out.slice(2, out.indexOf('')).join('\n');
    assert.match(figures, /^loss /);
    assert.doesNotMatch(figures, /NaN/, 'no NaN in the figures');
  });
});
