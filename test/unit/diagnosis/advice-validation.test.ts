/**
 * An advice trial on a spec that holds rows out: a fix that lowers the training loss while the
 * validation loss rises fits the training rows faster and is judged on the validation loss, where it
 * does not help (blind35 digits-sigmoid-hidden-adam, the case that set the rule).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { TrainingTrial } from '../../../src/diagnosis/detectors';
import { trialEvidence } from '../../../src/diagnosis/detectors/advice-trial';
import type { FixVariant } from '../../../src/diagnosis/fix-variants';
import { Trainer } from '../../../src/engine';

const ROOT = path.resolve(__dirname, '../../..');
const SPEC = path.join(ROOT, 'test/faults-blind35/healthy/digits-sigmoid-hidden-adam.nn.json');
const EPOCHS = 4;

/** The digits spec at ten times its rate, as the lr-too-low quick fix would leave it. */
function fasterRate(): FixVariant {
  const text = fs.readFileSync(SPEC, 'utf8').replace('"lr": 0.005', '"lr": 0.05');
  const check = checkSpec(text, { specDir: path.dirname(SPEC), workspaceRoot: ROOT });
  assert.ok(check.spec && check.dataset && check.spec.training.validationSplit > 0, 'the spec loads, with rows held out');
  return { title: 'Set "lr" to 0.05', preferred: true, text, parsed: check.parsed, spec: check.spec, dataset: check.dataset, lossScale: 1 };
}

/** The fix's own training and validation losses over the trial's epochs (the engine is deterministic). */
function lossesOf(variant: FixVariant): { losses: number[]; valLosses: number[] } {
  const trainer = new Trainer(variant.spec, variant.dataset, { instrument: false });
  const losses: number[] = [];
  const valLosses: number[] = [];
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const stats = trainer.trainEpoch();
    losses.push(stats.loss);
    valLosses.push(stats.valLoss ?? NaN);
  }
  return { losses, valLosses };
}

describe('advice trials with a validation split', () => {
  const variant = fasterRate();
  const fix = lossesOf(variant);
  // A base the fix beats tenfold on the training loss, with a validation loss a little below or above the fix's.
  const base = (valScale: number) => ({ kind: 'run' as const, losses: fix.losses.map((l) => 10 * l), valLosses: fix.valLosses.map((l) => valScale * l) });

  it('does not count a fix that lowers the training loss but raises the validation loss', () => {
    const trial = new TrainingTrial([variant], base(0.95), EPOCHS, 0.1);
    trial.advance(() => true);
    const { helped, tried } = trial.verdict;
    assert.equal(helped, undefined);
    assert.equal(tried[0].onValidation, true);
  });

  it('counts it when the validation loss falls too, and says so on the training loss', () => {
    const trial = new TrainingTrial([variant], base(1.2), EPOCHS, 0.1);
    trial.advance(() => true);
    assert.equal(trial.verdict.helped?.title, 'Set "lr" to 0.05');
    assert.match(trialEvidence(trial.verdict), /^Tried: Set "lr" to 0\.05 → loss [0-9.]+ after 4 epochs, against [0-9.]+ as written\.$/);
  });
});
