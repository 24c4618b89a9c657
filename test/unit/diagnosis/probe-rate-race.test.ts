import { strict as assert } from 'assert';
import { RATE_CHECK_DIVISOR, RATE_CHECK_STEPS } from '../../../src/diagnosis/probe-rate-check';
import { roundLr } from '../../../src/diagnosis/context';
import type { ModelSpec } from '../../../src/spec/types';
import { Trainer } from '../../../src/engine';
import type { Dataset } from '../../../src/spec/dataset';
import { checkFile, probeInFolder } from '../helpers';

/** The probe as the editor runs it: with the finder, and with the spec's folder for its trials. */
const probeFile = (file: string) => probeInFolder(file);

/** The rate the `lr-too-high` fix sets, and its message. */
function rateFix(result: ReturnType<typeof probeFile>): { value: number; message: string } {
  const high = result.diagnostics.find((d) => d.code === 'lr-too-high');
  const fix = high?.suggestions?.find((s) => s.path === '/optimizer/lr');
  assert.ok(high && fix && typeof fix.value === 'number', JSON.stringify(result.diagnostics.map((d) => d.message)));
  return { value: fix.value, message: high.message };
}

/** The mean loss of the last 5 epochs of the spec's own run at `lr`. */
function runEnd(spec: ModelSpec, dataset: Dataset, lr: number): number {
  const trainer = new Trainer({ ...spec, optimizer: { ...spec.optimizer, lr } }, dataset);
  const losses: number[] = [];
  for (let epoch = 0; epoch < spec.training.epochs; epoch++) losses.push(trainer.trainEpoch().loss);
  return losses.slice(-5).reduce((a, b) => a + b, 0) / 5;
}

/** RMSprop 0.1 on the full batch for 100 epochs: 100 steps, where the finder's 7.6e-4 barely moves. */
const SHORT_RUN = 'test/faults-blind53/healthy/sentiment3-rmsprop-full-batch.nn.json';

/** SGD 0.5 with momentum 0.9 on the full batch for 150 epochs: the trial breaks, and the run is short. */
const SHORT_BROKEN = 'test/faults-blind53/faulty/nan-loss.likes-log-full-batch-momentum.nn.json';

/** Plain SGD at 3 for 400 steps: the finder's minimum rule (0.14) beats both its valley (0.038) and a third of the rate (1). */
const MINIMUM_WINS = 'test/faults-blind27/faulty/lr-too-high.sgd-lr-3.nn.json';

/** SGD 0.5 at batch 1: 8000 steps, where the finder's rate serves. */
const LONG_RUN = 'test/faults/faulty/lr-too-high.batch-size-1-sgd.nn.json';

describe('probe: the rate an lr-too-high fix sets on a short run (the finder\'s two rules against a third of the rate)', () => {
  it('sets a third of the rate when it ends the run\'s own steps lower than the finder\'s rate, and the full run agrees', () => {
    const result = probeFile(SHORT_RUN);
    const race = result.rateRace;
    assert.ok(race, 'the race is run');
    assert.equal(race.steps, 100, 'the run\'s own 100 full-batch steps');
    assert.ok(race.winner === 'third' && race.thirdLoss < race.finderLoss, `${race.thirdLoss} against ${race.finderLoss}`);
    const { value, message } = rateFix(result);
    assert.equal(value, roundLr(0.1 / RATE_CHECK_DIVISOR));
    assert.match(message, /a third of the rate: trained for the run's 100 steps on the sample/);
    const { spec, dataset } = checkFile(SHORT_RUN);
    const atThird = runEnd(spec!, dataset!, value);
    const atFinder = runEnd(spec!, dataset!, race.finderLr);
    assert.ok(atThird < 0.5 * atFinder, `over the full run: ${atThird} at a third, ${atFinder} at the finder's rate`);
  });

  it('races a trial that broke too, and the rate check reuses the race\'s trial of a third of the rate', () => {
    const broken = probeFile(SHORT_BROKEN);
    assert.equal(broken.rateRace?.winner, 'third', JSON.stringify(broken.rateRace));
    assert.equal(rateFix(broken).value, roundLr(0.5 / RATE_CHECK_DIVISOR));
    const short = probeFile(SHORT_RUN);
    assert.ok(short.rateCheck && short.rateRace);
    assert.equal(short.rateCheck.steps, short.rateRace.steps);
    assert.equal(short.rateCheck.lower, short.rateRace.thirdLoss);
  });

  it('sets the finder\'s minimum rule\'s rate when it ends the run\'s steps lowest of the three, and the full run agrees', () => {
    const result = probeFile(MINIMUM_WINS);
    const race = result.rateRace;
    assert.ok(race && race.minimumLr !== undefined && race.minimumLoss !== undefined, JSON.stringify(race));
    assert.equal(race.winner, 'minimum');
    assert.ok(race.minimumLoss < race.thirdLoss && race.minimumLoss < race.finderLoss, JSON.stringify(race));
    assert.ok(race.minimumLr < 3, 'below the written rate');
    const { value, message } = rateFix(result);
    assert.equal(value, roundLr(race.minimumLr));
    assert.match(message, /the learning-rate finder's minimum rule: trained for the run's \d+ steps on the sample, it ends at loss [\d.]+, where the learning-rate finder's [\d.]+ ends at [\d.]+ and a third of the rate, 1, ends at [\d.]+\)/);
    const { spec, dataset } = checkFile(MINIMUM_WINS);
    const atMinimum = runEnd(spec!, dataset!, value);
    const atThird = runEnd(spec!, dataset!, race.thirdLr);
    assert.ok(atMinimum < 0.75 * atThird, `over the full run: ${atMinimum} at the minimum rule's rate, ${atThird} at a third`);
  });

  it('keeps the finder\'s rate, untried, on a run longer than the race\'s horizon', () => {
    const result = probeFile(LONG_RUN);
    assert.ok((result.trace?.runSteps ?? 0) > RATE_CHECK_STEPS, `${result.trace?.runSteps} steps`);
    assert.equal(result.rateRace, undefined);
    const { value, message } = rateFix(result);
    assert.equal(value, roundLr(result.finder!.suggestion!));
    assert.match(message, /the learning-rate finder's suggestion for this network/);
  });
});
