import { strict as assert } from 'assert';
import { findLearningRate } from '../../../src/diagnosis/lr-finder';
import { describeRace, raceFinderRules, runSuggestion } from '../../../src/diagnosis/lr-finder-run';
import { atRate, RATE_CHECK_STEPS } from '../../../src/diagnosis/probe-rate-check';
import { runSteps } from '../../../src/diagnosis/context';
import { Trainer } from '../../../src/engine';
import type { Dataset } from '../../../src/spec/dataset';
import type { ModelSpec } from '../../../src/spec/types';
import { checkFile } from '../helpers';

/** Adam 0.1 for 300 steps on a 10-row line (blind6's healthy inline-linear-regression), where the valley's rate stops far short. */
const SHORT_RUN = 'test/fixtures/runs/short-run.nn.json';

function loaded(file: string): { spec: ModelSpec; dataset: Dataset } {
  const check = checkFile(file);
  assert.ok(check.spec && check.dataset, file);
  return { spec: check.spec, dataset: check.dataset };
}

/** The training loss of the last epoch of the spec's whole run at rate `lr`. */
function runEnd(spec: ModelSpec, dataset: Dataset, lr: number): number {
  const trainer = new Trainer(atRate(spec, lr), dataset);
  let loss = NaN;
  for (let epoch = 0; epoch < spec.training.epochs; epoch++) loss = trainer.trainEpoch().loss;
  return loss;
}

describe("learning-rate finder: the suggestion for the spec's own run", () => {
  it('on a short run, races the two rules on the sample and the winner trains the whole run lower', () => {
    const { spec, dataset } = loaded(SHORT_RUN);
    assert.ok(runSteps(spec, dataset) <= RATE_CHECK_STEPS);
    const finder = findLearningRate(spec, dataset);
    const race = raceFinderRules(spec, dataset, finder);
    assert.ok(race, 'a race');
    assert.equal(race.steps, runSteps(spec, dataset));
    assert.equal(race.winner, 'minimum');
    assert.ok(race.minimumLoss < race.valleyLoss, `${race.minimumLoss} against ${race.valleyLoss}`);
    const offered = runSuggestion(finder, race);
    assert.deepEqual(offered, { lr: finder.minimum, index: finder.minimumIndex, rule: 'minimum' });
    // The point of the race: over the whole run, not just the sample, the offered rate ends lower.
    const atMinimum = runEnd(spec, dataset, finder.minimum!);
    const atValley = runEnd(spec, dataset, finder.suggestion!);
    assert.ok(atMinimum < atValley / 10, `minimum ${atMinimum}, valley ${atValley}`);
  });

  it('says what it trained and how each rate ended', () => {
    const { spec, dataset } = loaded(SHORT_RUN);
    const race = raceFinderRules(spec, dataset, findLearningRate(spec, dataset))!;
    assert.match(describeRace(race), /^trained for the run's 300 steps on the sample, the minimum rule's [\d.]+ ends at loss [\d.e-]+, the valley rule's [\d.e-]+ at loss [\d.e+-]+$/);
    assert.match(describeRace({ ...race, winner: 'valley', valleyLoss: 0.5, minimumLoss: NaN }), /the valley rule's .* ends at loss 0\.5, the minimum rule's .* at a loss that is not a number$/);
  });

  it('a long run keeps the valley rule, with no race', () => {
    const { spec, dataset } = loaded('examples/iris.nn.json');
    assert.ok(runSteps(spec, dataset) > RATE_CHECK_STEPS);
    const finder = findLearningRate(spec, dataset);
    assert.equal(raceFinderRules(spec, dataset, finder), undefined);
    assert.deepEqual(runSuggestion(finder, undefined), { lr: finder.suggestion, index: finder.suggestionIndex, rule: 'valley' });
  });

  it('a short run whose two rules agree is not raced', () => {
    const { spec, dataset } = loaded(SHORT_RUN);
    const finder = findLearningRate(spec, dataset);
    const close = { ...finder, minimum: finder.suggestion! * 1.2, minimumIndex: finder.suggestionIndex! + 1 };
    assert.equal(raceFinderRules(spec, dataset, close), undefined);
  });
});
