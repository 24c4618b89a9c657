import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { withProbeFindings } from '../../../src/diagnosis/check';
import { probeChecked, runProbe } from '../../../src/diagnosis/probe';
import { planProbe, PROBE_LIMITS } from '../../../src/diagnosis/probe-plan';
import type { DiagnosticCode } from '../../../src/spec/types';
import { checkFile, REPO_ROOT, specsIn } from '../helpers';

/** Every spec that must train cleanly: the probe may not say a word about any of them. */
function healthySpecs(): string[] {
  const heldOut = fs.existsSync(path.join(REPO_ROOT, 'test/faults/healthy')) ? specsIn('test/faults/healthy') : [];
  return [...specsIn('examples').filter((f) => !f.includes('broken')), ...specsIn('test/fixtures/healthy'), ...heldOut];
}

function probeFile(file: string, options = {}) {
  const check = checkFile(file);
  const result = probeChecked(check, options);
  assert.ok(result, `${file} must be probed: ${JSON.stringify(check.diagnostics.map((d) => d.message))}`);
  return { check, result };
}

/** The probe without the static check's findings, which leave out its findings on the paths they flag. */
function probeAlone(file: string) {
  const check = checkFile(file);
  return { check, result: runProbe(check.parsed, check.spec!, check.dataset!) };
}

describe('probe: healthy specs draw nothing', () => {
  for (const file of healthySpecs()) {
    it(file, () => {
      const { result } = probeFile(file);
      assert.deepEqual(result.diagnostics.map((d) => d.message), []);
      assert.ok(result.trace && result.trace.steps === result.plan.steps, 'the whole trial ran');
    });
  }
});

/** Specs whose fault the probe must find before any training, where it must say so, and the numbers it must show. */
const FAULTS: { file: string; code: DiagnosticCode; path: string; evidence: RegExp; alone?: true }[] = [
  { file: 'test/fixtures/probe/lr-too-high.nn.json', code: 'lr-too-high', path: '/optimizer/lr', evidence: /at lr 0\.1\b/ },
  { file: 'test/fixtures/probe/lr-too-low.nn.json', code: 'lr-too-low', path: '/optimizer/lr', evidence: /in 40 steps at lr 1\.00e-4 the loss went 0\.69\d* → 0\.69/ },
  // Both dead-relu fixtures start at a negative bias, which the static check flags: the probe on its own.
  { file: 'test/fixtures/probe/dead-relu.nn.json', code: 'dead-relu', path: '/layers/0/activation', evidence: /8 of 12 ReLU units/, alone: true },
  { file: 'test/fixtures/probe/saturated-activation.nn.json', code: 'saturated-activation', path: '/layers/0/activation', evidence: /\d+(\.\d+)?% of the tanh outputs/ },
  { file: 'test/fixtures/probe/lr-too-high-nan.nn.json', code: 'lr-too-high', path: '/optimizer/lr', evidence: /the loss became NaN within \d+ steps at lr 1\b/ },
  { file: 'test/fixtures/faults/dead-relu.nn.json', code: 'dead-relu', path: '/layers/0/activation', evidence: /16 of 16/, alone: true },
  { file: 'test/fixtures/faults/vanishing-gradient.nn.json', code: 'vanishing-gradient', path: '/layers/0', evidence: /gradient per weight is [\d.e+-]+× that of the output layer \(threshold at initialization 0\.01×/ },
  { file: 'test/fixtures/faults/exploding-gradient.nn.json', code: 'exploding-gradient', path: '/layers/6', evidence: /gradient norm on the probe's samples is [\d.e+]+ \(threshold 400\)/ },
  // Raw house sizes in m² (x0) under SGD: the data, not the init, is the cause, and the message says which column.
  { file: 'test/fixtures/faults/exploding-gradient.raw-inputs.nn.json', code: 'exploding-gradient', path: '/layers/1', evidence: /The inputs are not normalized: "x0" has a root mean square of 111/ },
  // Flat prices in raw euros under Adam 0.001: the steps crawl toward the target's scale, and the message says which column.
  { file: 'test/fixtures/faults/exploding-gradient.raw-target.nn.json', code: 'exploding-gradient', path: '/data/inline/y', evidence: /^Exploding gradient from a raw target: .*still 8\.41× .*The target "y" is in raw units \(root mean square 2\.70e\+5\)/ },
];

describe('probe: faults found before training', () => {
  for (const fault of FAULTS) {
    it(`${path.basename(fault.file)} raises ${fault.code} at ${fault.path}`, () => {
      const { check, result } = fault.alone ? probeAlone(fault.file) : probeFile(fault.file);
      const found = result.diagnostics.find((d) => d.code === fault.code);
      assert.ok(found, `expected ${fault.code}, got ${JSON.stringify(result.diagnostics.map((d) => d.code))}`);
      assert.equal(found.path, fault.path);
      assert.deepEqual(found.range, check.parsed.rangeOf(fault.path));
      assert.equal(found.severity, 'warning');
      assert.match(found.message, fault.evidence);
    });
  }

  it('an exploding init is reported as itself, not also as a rate too low', () => {
    // Dev's exploding-gradient.deep-relu-std-06: the untrained loss is far above the constant answer, so the
    // trial's fall counts from the baseline and looks slow; the init is the cause.
    const { result } = probeFile('test/faults/faulty/exploding-gradient.deep-relu-std-06.nn.json');
    assert.deepEqual(result.diagnostics.map((d) => d.code), ['exploding-gradient']);
  });

  it('vanishing at init is judged by the optimizer: five xavier sigmoid layers vanish under SGD, not under Adam', () => {
    // Adam moves each weight by about the rate whatever its gradient: a first layer at 8e-4 of the output's still learns.
    const file = 'test/fixtures/healthy/moons-deep-sigmoid-adam.nn.json';
    const adam = probeFile(file).result;
    assert.ok(!adam.diagnostics.some((d) => d.code === 'vanishing-gradient'), JSON.stringify(adam.diagnostics.map((d) => d.message)));
    const check = checkFile(file);
    const sgd = runProbe(check.parsed, { ...check.spec!, optimizer: { ...check.spec!.optimizer, type: 'sgd', lr: 0.1 } }, check.dataset!);
    const found = sgd.diagnostics.find((d) => d.code === 'vanishing-gradient');
    assert.match(found?.message ?? '', /gradient per weight is [\d.]+e-4× that of the output layer \(threshold at initialization 0\.01×/);
    // The dev set's deep sigmoid stack under Adam sits far below the adaptive bound (4e-4): still found.
    const deep = probeFile('test/faults/faulty/vanishing-gradient.deep-sigmoid-iris-adam.nn.json').result;
    assert.match(deep.diagnostics.find((d) => d.code === 'vanishing-gradient')?.message ?? '', /\(threshold at initialization 4\.00e-4×/);
  });

  it('a rate out of the sensible range is measured: the probe\'s lr-too-high replaces the static lr-out-of-range', () => {
    const check = checkFile('test/fixtures/faults/lr-out-of-range.nn.json');
    assert.ok(check.diagnostics.some((d) => d.code === 'lr-out-of-range' && d.path === '/optimizer/lr'));
    const probed = probeChecked(check)?.diagnostics ?? [];
    // The trial's loss overshoots (0.902 → 9.9) but settles below its start; the steps are what overshoot.
    const high = probed.find((d) => d.code === 'lr-too-high');
    assert.match(high?.message ?? '', /each step changed the weights by 11\.8% of their norm .*at lr 3.*\. 3 is also above the sensible range for adam \(1\.00e-6 to 0\.1\)\. Try /);
    assert.deepEqual(withProbeFindings(check.diagnostics, probed).map((d) => d.code), ['lr-too-high']);
  });

  it('a trial whose steps kill most of a ReLU layer finds the rate too high (blind4: Adam 0.1, 6 → 28 of 32 dead)', () => {
    const { result } = probeFile('test/faults-blind4/faulty/dead-relu.adam-0.1-first-steps-kill-units.nn.json');
    assert.deepEqual(result.diagnostics.map((d) => d.code), ['lr-too-high']);
    assert.match(result.diagnostics[0].message, /its 40 steps at lr 0\.1 left 28 of 32 ReLU units in layers\[1\] dead on every sample \(6 at the start\)/);
    // Under an init the static check flags, dying units are the init's doing: no such finding.
    const constant = probeFile('test/faults-blind7/faulty/init-symmetry.constant-init-every-layer.nn.json').result;
    assert.equal(constant.trace?.killed, undefined);
  });

  it('a ReLU layer the first steps kill under an exploding gradient is dead-relu too (blind43: raw fluorescence, SGD)', () => {
    const { check, result } = probeFile('test/faults-blind43/faulty/dead-relu.raw-rfu-sgd.nn.json');
    const dead = result.diagnostics.find((d) => d.code === 'dead-relu');
    assert.ok(result.diagnostics.some((d) => d.code === 'exploding-gradient'), 'the cause stays reported');
    assert.ok(dead, `expected dead-relu, got ${JSON.stringify(result.diagnostics.map((d) => d.code))}`);
    assert.match(dead.message, /In the probe's \d+ steps, (\d+) of \1 ReLU units in layers\[\d\] went dead on every sample \(\d+ at initialization\).*none is left/);
    assert.deepEqual(dead.range, check.parsed.rangeOf(dead.path));
    // Raw inputs: normalizing them is the fix to take first.
    assert.deepEqual(dead.suggestions?.filter((s) => s.preferred).map((s) => s.title), ['Set "normalize" to "standard"']);
    // A dead layer needs an exploding init to be blamed on it: the dev set's exploding deep stack, whose units live, draws none.
    assert.ok(!probeFile('test/faults/faulty/exploding-gradient.deep-relu-std-06.nn.json').result.diagnostics.some((d) => d.code === 'dead-relu'));
  });

  it('a rate its momentum makes too high is measured too: the probe runs its trial and its finding replaces the static one', () => {
    // Dev's lr-too-high.sgd-momentum-095-lr-1: lr 1 with momentum 0.95 moves like plain SGD at 20.
    const check = checkFile('test/faults/faulty/lr-too-high.sgd-momentum-095-lr-1.nn.json');
    const statics = check.diagnostics.filter((d) => d.path === '/optimizer/lr');
    assert.deepEqual(statics.map((d) => d.code), ['lr-too-high']);
    const probed = probeChecked(check)?.diagnostics ?? [];
    const measured = probed.find((d) => d.code === 'lr-too-high' && d.path === '/optimizer/lr');
    assert.ok(measured, `the probe still measures the rate: ${JSON.stringify(probed.map((d) => d.code))}`);
    const shown = withProbeFindings(check.diagnostics, probed).filter((d) => d.path === '/optimizer/lr');
    assert.deepEqual(shown, [measured]);
  });

  it('withProbeFindings: only a measured rate replaces the range warning; other static findings stay', () => {
    const at = (code: DiagnosticCode, path: string) => ({ code, path, severity: 'warning' as const, message: code, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    const range = at('lr-out-of-range', '/optimizer/lr'), init = at('init-scale', '/layers/0/init');
    assert.deepEqual(withProbeFindings([range, init], [at('lr-too-low', '/optimizer/lr')]).map((d) => d.code), ['init-scale', 'lr-too-low']);
    assert.deepEqual(withProbeFindings([range, init], [at('dead-relu', '/layers/0/activation')]).map((d) => d.code), ['lr-out-of-range', 'init-scale', 'dead-relu']);
    assert.deepEqual(withProbeFindings([range], []), [range]);
  });

  it('data holding missing-value codes too large to train on is not probed: its data-error names them', () => {
    const check = checkFile('test/faults-blind9/faulty/nan-loss.sentinel-max-double-inline.nn.json');
    assert.deepEqual(check.diagnostics.map((d) => `${d.code} ${d.severity} ${d.path}`), ['data-error warning /data/inline/x/2/0']);
    // Probed anyway, the overflow shows up as other codes at other places: the warnings this one replaces.
    assert.notDeepEqual(runProbe(check.parsed, check.spec!, check.dataset!).diagnostics, []);
    const result = probeChecked(check);
    assert.deepEqual(result?.diagnostics, []);
    assert.match(result?.skipped ?? '', /values too large to train on/);
  });

  it('a spec with errors is not probed', () => {
    assert.equal(probeChecked(checkFile('test/fixtures/faults/shape-mismatch.nn.json')), undefined);
    assert.equal(probeChecked(checkFile('examples/broken.nn.json')), undefined);
  });
});

describe('probe: suggested values', () => {
  it('lr-too-high suggests the finder\'s rate, below the current one', () => {
    const { result } = probeFile('test/fixtures/probe/lr-too-high.nn.json');
    const found = result.diagnostics.find((d) => d.code === 'lr-too-high')!;
    const edit = found.suggestions?.[0];
    assert.ok(edit && result.finder?.suggestion !== undefined);
    assert.equal(edit.path, '/optimizer/lr');
    assert.equal(edit.value, Number(result.finder.suggestion.toPrecision(2)));
    assert.ok((edit.value as number) < 0.1);
    assert.match(found.message, /finder's suggestion/);
  });

  it('lr-too-low suggests the finder\'s rate, above the current one', () => {
    const { result } = probeFile('test/fixtures/probe/lr-too-low.nn.json');
    const edit = result.diagnostics.find((d) => d.code === 'lr-too-low')?.suggestions?.[0];
    assert.ok(edit && (edit.value as number) > 1e-4, JSON.stringify(edit));
  });

  it('without the finder, lr-too-high falls back to a tenth of the rate', () => {
    const { result } = probeFile('test/fixtures/probe/lr-too-high-nan.nn.json', { finder: false });
    const edit = result.diagnostics.find((d) => d.code === 'lr-too-high')?.suggestions?.[0];
    assert.equal(edit?.value, 0.1);
    assert.equal(result.finder, undefined);
  });

  it('dead units: leaky_relu (preferred, as in training), and a positive bias when a negative one killed them', () => {
    const { result } = probeAlone('test/fixtures/probe/dead-relu.nn.json');
    const values = result.diagnostics[0].suggestions?.map((s) => [s.path, s.value, s.preferred === true]);
    assert.deepEqual(values, [['/layers/0/activation', 'leaky_relu', true], ['/layers/0/bias', 0.01, false]]);
    // With the static check, whose dead-relu on that bias says it first: one problem, one warning.
    const { check, result: after } = probeFile('test/fixtures/probe/dead-relu.nn.json');
    assert.deepEqual(check.diagnostics.map((d) => `${d.code} ${d.path}`), ['dead-relu /layers/0/bias']);
    assert.deepEqual(after.diagnostics, []);
  });

  it('saturation on raw data suggests standard normalization', () => {
    const { result } = probeFile('test/fixtures/probe/saturated-activation.nn.json');
    assert.deepEqual(result.diagnostics[0].suggestions?.map((s) => [s.path, s.value]), [['/data/normalize', 'standard']]);
  });

  it('a healthy spec never runs the finder', () => {
    assert.equal(probeFile('examples/xor.nn.json').result.finder, undefined);
  });
});

describe('probe: determinism and budget', () => {
  it('gives the same result twice and leaves the spec untouched', () => {
    const check = checkFile('test/fixtures/probe/lr-too-high.nn.json');
    const before = structuredClone(check.spec);
    const first = runProbe(check.parsed, check.spec!, check.dataset!);
    const second = runProbe(check.parsed, check.spec!, check.dataset!);
    assert.deepEqual(second, first);
    assert.deepEqual(check.spec, before);
  });

  it('a network too large for a trial is judged at init only, with a reason', () => {
    const { result } = probeFile('test/fixtures/runs/wide.nn.json');
    assert.deepEqual([result.plan.sampleSize, result.plan.steps], [PROBE_LIMITS.minSampleSize, 0]);
    assert.equal(result.trace, undefined);
    assert.deepEqual(result.diagnostics, []);
    assert.match(result.skipped ?? '', /too large for the learning-rate trial/);
  });

  it('a network too large even for that is not probed, with a reason', () => {
    const check = checkFile('test/fixtures/runs/wide.nn.json');
    const result = runProbe(check.parsed, check.spec!, check.dataset!, { limits: { ...PROBE_LIMITS, workBudget: 1e6 } });
    assert.equal(result.plan.sampleSize, 0);
    assert.deepEqual(result.diagnostics, []);
    assert.match(result.skipped ?? '', /too large for the edit-time probe/);
  });

  it('shrinks the sample, then the steps, to stay within the budget', () => {
    const spec = checkFile('examples/spirals.nn.json').spec!;
    const full = planProbe(spec, 2, 600);
    assert.deepEqual([full.sampleSize, full.steps], [PROBE_LIMITS.sampleSize, PROBE_LIMITS.steps]);
    const tight = planProbe(spec, 2, 600, { ...PROBE_LIMITS, workBudget: full.work / 1.2 });
    assert.ok(tight.sampleSize < full.sampleSize && tight.steps === PROBE_LIMITS.steps && tight.work <= full.work / 1.2, JSON.stringify(tight));
    const tighter = planProbe(spec, 2, 600, { ...PROBE_LIMITS, workBudget: full.work / 2 });
    assert.ok(tighter.steps < PROBE_LIMITS.steps && tighter.steps >= PROBE_LIMITS.minSteps && tighter.work <= full.work / 2, JSON.stringify(tighter));
  });

  it('with no budget for a trial, still judges the initialization', () => {
    const check = checkFile('test/fixtures/faults/dead-relu.nn.json');
    // Exactly the init pass over the smallest sample: 3 multiply-adds per weight (2·16 + 16·1) and row.
    const workBudget = 3 * 48 * PROBE_LIMITS.minSampleSize;
    const result = runProbe(check.parsed, check.spec!, check.dataset!, { limits: { ...PROBE_LIMITS, workBudget } });
    assert.equal(result.plan.steps, 0);
    assert.equal(result.trace, undefined);
    assert.deepEqual(result.diagnostics.map((d) => d.code), ['dead-relu']);
  });
});
