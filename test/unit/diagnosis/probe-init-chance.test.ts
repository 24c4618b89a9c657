import { strict as assert } from 'assert';
import { probeChecked, runProbe } from '../../../src/diagnosis/probe';
import { chanceOfDeadUnits, CHANCE_DEAD_UNITS } from '../../../src/diagnosis/probe-init-rules';
import { checkCorpusSpec } from '../../faults/corpus';

const codesOf = (file: string) => (probeChecked(checkCorpusSpec(file, 'final'), { finder: false })?.diagnostics ?? []).map((d) => `${d.code}@${d.path}`);

describe('probe init rules: dead units beyond chance', () => {
  it('computes the binomial tail of dead units at probability 1/2', () => {
    assert.equal(chanceOfDeadUnits(8, 0), 1);
    assert.equal(chanceOfDeadUnits(8, 8), 1 / 256);
    assert.ok(Math.abs(chanceOfDeadUnits(8, 4) - 163 / 256) < 1e-12);
    assert.ok(chanceOfDeadUnits(32, 24) < CHANCE_DEAD_UNITS && chanceOfDeadUnits(16, 12) > CHANCE_DEAD_UNITS);
  });

  it('half of a narrow he_normal layer dead at init is luck, not dead-relu (final set xor-3-hidden-relu-large-data)', () => {
    assert.deepEqual(codesOf('healthy/xor-3-hidden-relu-large-data.nn.json').filter((c) => c.startsWith('dead-relu')), []);
  });

  it('a negative bias still needs only deadReluFraction', () => {
    // The probe alone: the static check flags the bias itself, and the probe then leaves the layer to it.
    const check = checkCorpusSpec('faulty/dead-relu.negative-bias.nn.json', 'dev');
    assert.ok(runProbe(check.parsed, check.spec!, check.dataset!, { finder: false }).diagnostics.some((d) => d.code === 'dead-relu'));
  });
});

describe('probe init rules: vanishing gradient by the ratio alone', () => {
  for (const file of ['faulty/vanishing-gradient.five-sigmoid-layers-sgd.nn.json', 'faulty/vanishing-gradient.four-sigmoid-layers-momentum-lr-05.nn.json']) {
    it(`a deep sigmoid stack whose first-layer norm is above vanishingGradNorm still vanishes at init (${file})`, () => {
      assert.ok(codesOf(file).includes('vanishing-gradient@/layers/0'), codesOf(file).join(', '));
    });
  }
});
