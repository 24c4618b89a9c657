import { strict as assert } from 'assert';
import { checkSpec } from '../../../src/diagnosis/check';
import { dataScaleCause, rawInputColumn, rawTargetColumn, RAW_SCALE_LIMIT } from '../../../src/diagnosis/data-scale';
import { TrainingMonitor } from '../../../src/diagnosis/detectors';
import { probeChecked } from '../../../src/diagnosis/probe';
import { parseSpec } from '../../../src/spec/parse';
import { REPO_ROOT } from '../helpers';
import { EpochFeeder, layers, REFERENCE } from './detectors-helpers';

/**
 * A regression on two inputs, the first multiplied by `inputScale`, the target by `targetScale`;
 * a small ReLU net under SGD (whose step is the raw gradient).
 */
function specText(inputScale: number, targetScale: number, extra: Record<string, unknown> = {}): string {
  const x = Array.from({ length: 64 }, (_, i) => [inputScale * (i / 32 - 1), Math.sin(i)]);
  const y = x.map(([a, b]) => targetScale * (1 + a / inputScale + 0.3 * b));
  return JSON.stringify({
    name: 'scaled',
    data: { inline: { x, y }, normalize: 'none' },
    layers: [
      { type: 'dense', units: 16, activation: 'relu' },
      { type: 'dense', units: 1 },
    ],
    loss: 'mse',
    optimizer: { type: 'sgd', lr: 0.01 },
    training: { epochs: 5, batchSize: 16 },
    ...extra,
  });
}

function check(text: string) {
  const result = checkSpec(text, { specDir: REPO_ROOT, workspaceRoot: REPO_ROOT });
  assert.ok(result.spec && result.dataset, JSON.stringify(result.diagnostics));
  return { ...result, spec: result.spec, dataset: result.dataset };
}

describe('data-scale: the data far from unit scale as the cause of a blow-up', () => {
  it('names the widest raw input column only when the inputs are left raw and it is past the limit', () => {
    const raw = check(specText(5e4, 1));
    const column = rawInputColumn(raw.spec, raw.dataset);
    assert.equal(column?.name, 'x0');
    assert.ok(column!.rms > 2e4 && column!.rms < 5e4, String(column?.rms));
    const normalized = check(specText(5e4, 1, { data: { inline: JSON.parse(specText(5e4, 1)).data.inline, normalize: 'standard' } }));
    assert.equal(rawInputColumn(normalized.spec, normalized.dataset), undefined);
    const small = check(specText(RAW_SCALE_LIMIT, 1));
    assert.equal(rawInputColumn(small.spec, small.dataset), undefined, 'a column of root mean square under the limit is unit scale enough');
  });

  it('names a regression target under mse, never a class label', () => {
    const raw = check(specText(1, 3e5));
    assert.equal(rawTargetColumn(raw.spec, raw.dataset)?.name, 'y');
    const xor = check(JSON.stringify({ data: { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } }, layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }], loss: 'bce' }));
    assert.equal(rawTargetColumn(xor.spec, xor.dataset), undefined);
  });

  it('leaves out a second column more than ten times narrower than the first, and offers normalizing only for the inputs', () => {
    const wide = check(specText(3e4, 20));
    const inputsLead = dataScaleCause(wide.spec, wide.dataset);
    assert.ok(inputsLead?.input && !inputsLead.target, JSON.stringify(inputsLead));
    assert.deepEqual(inputsLead.suggestions.map((s) => [s.path, s.value, s.preferred]), [['/data/normalize', 'standard', true]]);
    const both = check(specText(500, 200));
    const cause = dataScaleCause(both.spec, both.dataset);
    assert.ok(cause?.input && cause.target, JSON.stringify(cause));
    assert.match(cause.text, /"x0" has a root mean square of/);
    assert.match(cause.text, /The target "y" is in raw units \(root mean square [\d.]+\).*"normalizeTarget": "standard" rescales it.*divide the column by 100 in the data/);
    const targetOnly = check(specText(1, 3e5));
    const onlyTarget = dataScaleCause(targetOnly.spec, targetOnly.dataset);
    assert.ok(onlyTarget?.target && !onlyTarget.input);
    assert.deepEqual(onlyTarget.suggestions.map((s) => [s.path, s.value, s.preferred]), [['/data/normalizeTarget', 'standard', true]]);
    const unit = check(specText(1, 1));
    assert.equal(dataScaleCause(unit.spec, unit.dataset), undefined);
  });

  it('the probe\'s exploding gradient on raw inputs names the column and prefers normalizing over a scaled init', () => {
    const result = probeChecked(check(specText(5e4, 1)), { finder: false });
    const found = result?.diagnostics.find((d) => d.code === 'exploding-gradient');
    assert.ok(found, JSON.stringify(result?.diagnostics.map((d) => d.code)));
    assert.match(found.message, /The inputs are not normalized: "x0" has a root mean square of/);
    assert.doesNotMatch(found.message, /scaled init/);
    assert.deepEqual(found.suggestions?.map((s) => [s.path, s.preferred ?? false]), [['/data/normalize', true], ['/optimizer/clipNorm', false]]);
  });

  it('the probe\'s lr-too-high on a trial that overflowed names a raw target, unless an exploding-gradient finding already does', () => {
    const overflow = probeChecked(check(specText(1, 30, { optimizer: { type: 'sgd', lr: 0.5 } })), { finder: false });
    assert.ok(overflow);
    const high = overflow.diagnostics.find((d) => d.code === 'lr-too-high');
    assert.ok(high && !overflow.diagnostics.some((d) => d.code === 'exploding-gradient'), JSON.stringify(overflow.diagnostics.map((d) => d.code)));
    assert.match(high.message, /became (NaN|Infinity).*The target "y" is in raw units/);
    assert.equal(high.suggestions?.find((s) => s.preferred)?.path, '/optimizer/lr', 'the rate stays the fix this warning offers first');
    const both = probeChecked(check(specText(5e4, 1, { optimizer: { type: 'sgd', lr: 0.5 } })), { finder: false });
    const named = both?.diagnostics.find((d) => d.code === 'exploding-gradient');
    const rate = both?.diagnostics.find((d) => d.code === 'lr-too-high');
    assert.ok(named && rate, JSON.stringify(both?.diagnostics.map((d) => d.code)));
    assert.match(named.message, /"x0" has a root mean square/);
    assert.doesNotMatch(rate.message, /root mean square/, 'one warning names the cause, not two');
  });

  it('the probe\'s lr-too-high on a trial that overflowed on raw inputs prefers normalizing, which clears it, to a lower rate', () => {
    const linear = { layers: [{ type: 'dense', units: 1 }], optimizer: { type: 'sgd', lr: 0.01 } };
    const overflow = probeChecked(check(specText(100, 1, linear)), { finder: false });
    const high = overflow?.diagnostics.find((d) => d.code === 'lr-too-high');
    assert.ok(high && !overflow?.diagnostics.some((d) => d.code === 'exploding-gradient'), JSON.stringify(overflow?.diagnostics.map((d) => d.code)));
    assert.match(high.message, /became NaN.*The inputs are not normalized: "x0".*Or lower the rate: try 0\.001\.$/);
    assert.deepEqual(high.suggestions?.map((s) => [s.path, s.preferred]), [['/data/normalize', true], ['/optimizer/lr', false]]);
    const inline = JSON.parse(specText(100, 1)).data.inline;
    const normalized = probeChecked(check(specText(100, 1, { ...linear, data: { inline, normalize: 'standard' } })), { finder: false });
    // Normalized, the same rate no longer overflows (on this small linear net it is then on the slow side).
    assert.deepEqual(normalized?.diagnostics.map((d) => d.code), ['lr-too-low']);
  });

  it('the probe\'s crawl of bounded steps toward a raw target is an exploding-gradient on the target that names it and prefers rescaling it', () => {
    const adam = { optimizer: { type: 'adam', lr: 0.001 }, training: { epochs: 200, batchSize: 16 } };
    const crawl = probeChecked(check(specText(1, 3e4, adam)), { finder: false });
    assert.deepEqual(crawl?.diagnostics.map((d) => [d.code, d.path]), [['exploding-gradient', '/data/inline/y']], 'not also a rate too low');
    const crawled = crawl!.diagnostics[0];
    assert.match(crawled.message, /^Exploding gradient from a raw target: under mse .*still [\d.]+× .*, the loss of a constant prediction.*The target "y" is in raw units.*Adam moves each weight by about the learning rate/);
    // Without the finder there is no rate to offer: rescaling is the one fix.
    assert.deepEqual(crawled.suggestions?.map((s) => [s.path, s.preferred]), [['/data/normalizeTarget', true]]);
    assert.match(crawled.message, /Or raise the learning rate, or run "Find Learning Rate"\.$/);
    const inline = JSON.parse(specText(1, 3e4)).data.inline;
    const rescaled = probeChecked(check(specText(1, 3e4, { ...adam, data: { inline, normalize: 'none', normalizeTarget: 'standard' } })), { finder: false });
    assert.deepEqual(rescaled?.diagnostics.map((d) => d.code), []);
    // A bounded output on a raw target is loss-activation-mismatch's to report, not a slow rate.
    const squashed = { ...adam, layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }] };
    assert.ok(!probeChecked(check(specText(1, 3e4, squashed)), { finder: false })?.diagnostics.some((d) => d.code === 'lr-too-low' || d.code === 'exploding-gradient'));
  });

  it('on unit-scale data an exploding init keeps the advice about the init', () => {
    const text = JSON.parse(specText(1, 1));
    text.layers = [
      { type: 'dense', units: 64, activation: 'relu', init: { name: 'normal', std: 3 } },
      { type: 'dense', units: 64, activation: 'relu', init: { name: 'normal', std: 3 } },
      { type: 'dense', units: 1 },
    ];
    const result = probeChecked(check(JSON.stringify(text)), { finder: false });
    const found = result?.diagnostics.find((d) => d.code === 'exploding-gradient');
    assert.ok(found, JSON.stringify(result?.diagnostics.map((d) => d.code)));
    assert.match(found.message, /Use a scaled init/);
  });

  it('in training, nan-loss names a raw target and prefers rescaling it to a lower rate', () => {
    const checked = check(specText(1, 3e5));
    const parsed = parseSpec(specText(1, 3e5));
    const monitor = new TrainingMonitor(parsed, checked.spec, 2, { reference: { loss: REFERENCE, what: 'the mean target' }, dataset: checked.dataset });
    const feeder = new EpochFeeder(monitor);
    feeder.feed([0.5, NaN], layers({ 0: { gradNorm: 10 }, 1: { gradNorm: 10 } }));
    const nan = feeder.updates.flatMap((u) => u.raised).find((d) => d.code === 'nan-loss');
    assert.ok(nan, JSON.stringify(feeder.raisedCodes()));
    assert.match(nan.message, /The target "y" is in raw units/);
    assert.doesNotMatch(nan.message, /The usual cause is a learning rate/);
    assert.deepEqual(nan.suggestions?.map((s) => [s.path, s.preferred ?? false]), [['/data/normalizeTarget', true], ['/optimizer/lr', false], ['/optimizer/clipNorm', false]]);
  });

  /** The loss-plateau a run at the constant answer's loss raises on a raw target (3e4) under Adam, with `output` as its output activation. */
  function crawlPlateau(output: string, linear?: number) {
    const extra = { optimizer: { type: 'adam', lr: 0.001 }, training: { epochs: 50, batchSize: 16 }, layers: [{ type: 'dense', units: 16, activation: 'relu' }, { type: 'dense', units: 1, activation: output }] };
    const text = specText(1, 3e4, extra);
    const checked = check(text);
    const monitor = new TrainingMonitor(parseSpec(text), checked.spec, 2, { reference: { loss: REFERENCE, what: 'the mean target', linear }, dataset: checked.dataset });
    const feeder = new EpochFeeder(monitor);
    feeder.feed(Array.from({ length: 24 }, () => 1.5 * REFERENCE));
    const plateau = feeder.updates.flatMap((u) => u.raised).find((d) => d.code === 'loss-plateau');
    assert.ok(plateau, JSON.stringify(feeder.raisedCodes()));
    return plateau;
  }

  it('in training, a plateau at the constant answer on a raw target under Adam names the crawl; under a bounded output, the bound', () => {
    const crawl = crawlPlateau('linear');
    assert.match(crawl.message, /The target "y" is in raw units .*so the output creeps toward that scale.*Do: rescale the target\./);
    assert.deepEqual(crawl.suggestions?.map((s) => [s.path, s.preferred]), [['/data/normalizeTarget', true]]);
    // A linear model that crawls too, still worse than the constant answer, is no evidence the data allows better.
    assert.doesNotMatch(crawlPlateau('linear', 1.2 * REFERENCE).message, /a linear model/);
    assert.match(crawlPlateau('linear', 0.5 * REFERENCE).message, /a linear model \(the output layer alone\) reaches/);
    // A sigmoid never reaches the target however long it crawls: no rescaling advice, the bound instead.
    const bounded = crawlPlateau('sigmoid');
    assert.match(bounded.message, /The output's sigmoid is bounded, and the target "y" is in raw units .*use a "linear" output activation/);
    assert.doesNotMatch(bounded.message, /creeps/);
    assert.equal(bounded.suggestions?.length ?? 0, 0);
  });

  it('normalizeTarget, the fix for a raw target, leaves the probe nothing to flag', () => {
    const raw = probeChecked(check(specText(1, 3e5)), { finder: false });
    assert.ok(raw?.diagnostics.some((d) => d.code === 'exploding-gradient'), JSON.stringify(raw?.diagnostics.map((d) => d.code)));
    const text = JSON.parse(specText(1, 3e5));
    text.data.normalizeTarget = 'standard';
    const fixed = probeChecked(check(JSON.stringify(text)), { finder: false });
    assert.deepEqual(fixed?.diagnostics.map((d) => d.code), []);
  });

  it('in training, an exploding gradient on raw inputs prefers normalizing to clipping', () => {
    const checked = check(specText(5e4, 1));
    const monitor = new TrainingMonitor(parseSpec(specText(5e4, 1)), checked.spec, 2, { reference: { loss: REFERENCE, what: 'the mean target' }, dataset: checked.dataset });
    const feeder = new EpochFeeder(monitor);
    feeder.feed([0.5, 0.4, 0.3], layers({ 0: { gradNorm: 2e5 }, 1: { gradNorm: 2e5 } }));
    const found = feeder.updates.flatMap((u) => u.raised).find((d) => d.code === 'exploding-gradient');
    assert.ok(found, JSON.stringify(feeder.raisedCodes()));
    assert.match(found.message, /"x0" has a root mean square of/);
    assert.deepEqual(found.suggestions?.map((s) => [s.path, s.preferred ?? false]), [['/data/normalize', true], ['/optimizer/clipNorm', false]]);
  });
});
