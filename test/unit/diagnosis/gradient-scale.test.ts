import { strict as assert } from 'assert';
import { checkSpec } from '../../../src/diagnosis/check';
import { TrainingMonitor } from '../../../src/diagnosis/detectors';
import { targetScale } from '../../../src/diagnosis/gradient-scale';
import { probeChecked } from '../../../src/diagnosis/probe';
import { parseSpec } from '../../../src/spec/parse';
import { REPO_ROOT } from '../helpers';
import { EpochFeeder, layers, REFERENCE, specText } from './detectors-helpers';

/** A 1-input regression y = a·x + curve, scaled by `scale`, with a small relu net under Adam. */
function regressionText(scale: number, optimizer: Record<string, unknown> = { type: 'adam', lr: 0.01 }): string {
  const x = Array.from({ length: 64 }, (_, i) => [i / 32 - 1]);
  const y = x.map(([v]) => scale * (1 + v + 0.5 * v * v));
  return JSON.stringify({
    name: 'scaled-regression',
    data: { inline: { x, y } },
    layers: [
      { type: 'dense', units: 32, activation: 'relu', init: 'he_normal' },
      { type: 'dense', units: 32, activation: 'relu', init: 'he_normal' },
      { type: 'dense', units: 1 },
    ],
    loss: 'mse',
    optimizer,
    training: { epochs: 20, batchSize: 16 },
  });
}

function check(text: string) {
  return checkSpec(text, { specDir: REPO_ROOT, workspaceRoot: REPO_ROOT });
}

describe('exploding-gradient on the targets\' scale', () => {
  it('targetScale: the targets\' root mean square under mse, never below 1; 1 for classification', () => {
    const big = check(regressionText(200));
    assert.ok(big.spec && big.dataset);
    const y = Array.from({ length: 64 }, (_, i) => { const v = i / 32 - 1; return 200 * (1 + v + 0.5 * v * v); });
    const rms = Math.sqrt(y.reduce((s, t) => s + t * t, 0) / y.length);
    assert.ok(Math.abs(targetScale(big.spec, big.dataset) - rms) < 1e-9 * rms);
    const small = check(regressionText(0.01));
    assert.equal(targetScale(small.spec!, small.dataset), 1);
    const xor = check(specText());
    assert.equal(targetScale(xor.spec!, xor.dataset), 1);
    // SGD's step is lr × gradient: a gradient large because the targets are is a step that large.
    const sgd = check(regressionText(200, { type: 'sgd', lr: 0.01 }));
    assert.equal(targetScale(sgd.spec!, sgd.dataset), 1);
    // Unless a clip at or under explodingGradNorm (400) caps the gradient, and with it the step.
    const clipped = check(regressionText(200, { type: 'sgd', lr: 0.01, clipNorm: 50 }));
    assert.ok(Math.abs(targetScale(clipped.spec!, clipped.dataset) - rms) < 1e-9 * rms);
    const looseClip = check(regressionText(200, { type: 'sgd', lr: 0.01, clipNorm: 1000 }));
    assert.equal(targetScale(looseClip.spec!, looseClip.dataset), 1);
  });

  it('the probe judges the init gradient against the targets\' scale: the same network on targets 200× larger is as healthy', () => {
    const scaled = probeChecked(check(regressionText(200)), { finder: false });
    assert.ok(scaled);
    const worst = Math.max(...scaled.layers.map((l) => l.gradNorm));
    assert.ok(worst > 400, `the raw gradient norm ${worst} is above the unit-scale bound, so the old rule fired here`);
    assert.deepEqual(scaled.diagnostics.filter((d) => d.code === 'exploding-gradient').map((d) => d.message), []);
  });

  it('under SGD the same targets\' gradient is a step that large: the probe flags it', () => {
    const result = probeChecked(check(regressionText(200, { type: 'sgd', lr: 0.01 })), { finder: false });
    assert.ok(result?.diagnostics.some((d) => d.code === 'exploding-gradient'), JSON.stringify(result?.diagnostics.map((d) => d.code)));
  });

  it('the probe still flags a gradient far beyond the targets\' scale, and says which bound it used', () => {
    const spec = JSON.parse(regressionText(200));
    spec.diagnostics = { explodingGradNorm: 0.5 };
    const result = probeChecked(check(JSON.stringify(spec)), { finder: false });
    const found = result?.diagnostics.find((d) => d.code === 'exploding-gradient');
    assert.ok(found, 'raised');
    assert.match(found.message, /threshold [\d.e+]+: 0\.5 × the targets' scale [\d.]+/);
  });

  function monitor(scale: number | undefined): TrainingMonitor {
    const parsed = parseSpec(specText());
    const reference = { loss: REFERENCE, what: 'the mean target', ...(scale === undefined ? {} : { targetScale: scale }) };
    return new TrainingMonitor(parsed, parsed.spec!, 2, { reference });
  }

  it('in training, a gradient norm of 2e4 is an explosion on unit-scale targets, not on targets of scale 250', () => {
    const steep = layers({ 0: { gradNorm: 2e4 }, 1: { gradNorm: 2e4 } });
    const unit = new EpochFeeder(monitor(undefined));
    unit.feed([0.5, 0.4, 0.3], steep);
    assert.ok(unit.raisedCodes().includes('exploding-gradient'));
    const scaled = new EpochFeeder(monitor(250));
    scaled.feed([0.5, 0.4, 0.3], steep);
    assert.deepEqual(scaled.raisedCodes(), []);
  });

  it('in training, a gradient beyond 400 × the targets\' scale is raised, with that bound in the message', () => {
    const feeder = new EpochFeeder(monitor(250));
    const updates = feeder.feed([0.5, 0.4, 0.3], layers({ 0: { gradNorm: 2e5 }, 1: { gradNorm: 2e5 } }));
    const raised = updates.flatMap((u) => u.raised).find((d) => d.code === 'exploding-gradient');
    assert.ok(raised);
    assert.match(raised.message, /threshold 1\.00e\+5: 400 × the targets' scale 250/);
  });
});
