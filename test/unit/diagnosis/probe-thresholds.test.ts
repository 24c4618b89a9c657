import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { probeChecked } from '../../../src/diagnosis/probe';
import type { DiagnosticsConfig } from '../../../src/spec/types';
import { errorAt, rangeOfText } from '../spec/helpers';
import { REPO_ROOT } from '../helpers';

/** A fixture as an object, to vary before probing. */
function fixture(file: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));
}

/** Probes a spec object, with settings beneath its own `diagnostics` as the editor passes them. */
function probe(spec: Record<string, any>, settings?: Partial<DiagnosticsConfig>) {
  const text = JSON.stringify(spec, null, 2);
  const check = checkSpec(text, { specDir: REPO_ROOT, workspaceRoot: REPO_ROOT, diagnosticDefaults: settings });
  const result = probeChecked(check);
  assert.ok(result, `must be probed: ${JSON.stringify(check.diagnostics.map((d) => d.message))}`);
  return result.diagnostics;
}

const codes = (diagnostics: { code: string }[]) => diagnostics.map((d) => d.code);
const LR_TOO_HIGH = 'test/fixtures/probe/lr-too-high.nn.json';

describe('probe thresholds from the spec\'s diagnostics block', () => {
  // Its updates rewrite a median 24% of the weights per step (over the default 10%), and its loss
  // falls from 2.16 to 0.088, then jumps back to 2.07 (a rebound of 0.92 of the start, over 0.5).
  it('raising probeHighUpdateRatio, then probeLossRebound, silences lr-too-high', () => {
    const spec = fixture(LR_TOO_HIGH);
    assert.match(probe(spec)[0].message, /changed the weights by 24\.2% of their norm/);
    const rebound = probe({ ...spec, diagnostics: { probeHighUpdateRatio: 0.5 } });
    assert.deepEqual(codes(rebound), ['lr-too-high']);
    assert.match(rebound[0].message, /fell to 0\.0879 by step 15, then jumped back to 2\.07/);
    assert.deepEqual(codes(probe({ ...spec, diagnostics: { probeHighUpdateRatio: 0.5, probeLossRebound: 1 } })), []);
  });

  it('lowering deadReluFraction makes dead-relu fire; raising it silences it', () => {
    // Bias −1.3 leaves 3 of the 12 units dead at init: under the default 50%. (It is also under the
    // spread the weights give the units' inputs, 1.41, so the static check leaves the bias alone.)
    const base = fixture('test/fixtures/probe/dead-relu.nn.json');
    const fewDead = { ...base, layers: [{ ...base.layers[0], bias: -1.3 }, base.layers[1]] };
    assert.deepEqual(codes(probe(fewDead)), []);
    const found = probe({ ...fewDead, diagnostics: { deadReluFraction: 0.2 } });
    assert.deepEqual(codes(found), ['dead-relu']);
    assert.match(found[0].message, /3 of 12 ReLU units .*\(25%, threshold 20%\)/);
    assert.deepEqual(codes(probe({ ...fewDead, diagnostics: { deadReluFraction: 0.3 } })), [], '3 of 12 is under 30%');
  });

  it('saturationMargin decides which outputs count as saturated, and the message says so', () => {
    // iris's tanh layer at init: 0.04% of its outputs beyond ±0.99, 36% beyond ±0.51.
    const iris = fixture('examples/iris.nn.json');
    assert.deepEqual(codes(probe({ ...iris, diagnostics: { saturatedFraction: 0.3 } })), []);
    const found = probe({ ...iris, diagnostics: { saturatedFraction: 0.3, saturationMargin: 0.49 } });
    assert.deepEqual(codes(found), ['saturated-activation']);
    assert.match(found[0].message, /outputs of .* are (below 0\.49 or above 0\.51|beyond ±0\.51) \(threshold 30%\)/);
  });

  it('lowering the weight bound silences lr-too-low; the loss bound cannot for a trial stuck above the constant answer', () => {
    const spec = fixture('test/fixtures/probe/lr-too-low.nn.json');
    assert.deepEqual(codes(probe(spec)), ['lr-too-low']);
    assert.deepEqual(codes(probe({ ...spec, diagnostics: { probeLowWeightTravel: 1e-9 } })), []);
    // The trial goes 0.694 → 0.694 against the prior's 0.693: its fall counts from the prior, so it is not
    // positive, under any loss bound (rules for both bounds on trials that learn: probe-rules.test.ts).
    assert.deepEqual(codes(probe({ ...spec, diagnostics: { probeLowLossTravel: 1e-9 } })), ['lr-too-low']);
  });
});

describe('probe thresholds from the settings', () => {
  it('a setting changes the verdict; the spec\'s own value wins over it', () => {
    const spec = fixture(LR_TOO_HIGH);
    const loose = { probeHighUpdateRatio: 0.5, probeLossRebound: 1 };
    assert.deepEqual(codes(probe(spec, loose)), []);
    assert.deepEqual(codes(probe({ ...spec, diagnostics: { probeHighUpdateRatio: 0.1 } }, loose)), ['lr-too-high']);
  });

  it('a setting out of the spec\'s range is ignored', () => {
    // Each of these, applied, would raise a warning: every median update ratio exceeds −1 (this
    // blind5 iris spec's, a softmax layer under SGD momentum, is 2.6%, and its trial loss does not fall
    // steadily, so the ratio rule judges it); iris has 36% of its tanh outputs beyond ±0.5.
    const bumpy = fixture('test/faults-blind5/healthy/iris-softmax-only-sgd-momentum.nn.json');
    assert.deepEqual(codes(probe(bumpy, { probeHighUpdateRatio: 0.001 })), ['lr-too-high'], 'in range, the setting applies');
    assert.deepEqual(codes(probe(bumpy, { probeLossRise: 0.5, probeHighUpdateRatio: -1 })), []);
    const iris = { ...fixture('examples/iris.nn.json'), diagnostics: { saturatedFraction: 0.3 } };
    assert.deepEqual(codes(probe(iris, { saturationMargin: 0.5 })), []);
  });
});

describe('probe thresholds: validation', () => {
  const withDiagnostics = (block: string) => `{
  "data": { "builtin": "xor" },
  "layers": [{ "type": "dense", "units": 1, "activation": "sigmoid" }],
  "loss": "bce",
  "diagnostics": ${block}
}`;

  it('a negative value is an invalid-spec error at the value', () => {
    const source = withDiagnostics('{ "probeHighUpdateRatio": -0.1 }');
    const error = errorAt(source, '/diagnostics/probeHighUpdateRatio');
    assert.match(error.message, /diagnostics\.probeHighUpdateRatio must be a number greater than 0, got -0\.1/);
    assert.deepEqual(error.range, rangeOfText(source, '-0.1'));
  });

  it('a rise factor of 1 or less and a margin of 0.5 or more are refused, with why', () => {
    assert.match(errorAt(withDiagnostics('{ "probeLossRise": 1 }'), '/diagnostics/probeLossRise').message, /greater than 1.*multiple of the probe's initial loss/);
    assert.match(errorAt(withDiagnostics('{ "saturationMargin": 0.5 }'), '/diagnostics/saturationMargin').message, /in \(0, 0\.5\)/);
  });

  it('a wrong type is an error at the value', () => {
    const source = withDiagnostics('{ "probeLowLossTravel": "0.3" }');
    const error = errorAt(source, '/diagnostics/probeLowLossTravel');
    assert.match(error.message, /must be a number greater than 0, got/);
    assert.deepEqual(error.range, rangeOfText(source, '"0.3"'));
  });

  it('a misspelled key gets a did-you-mean at the key', () => {
    const source = withDiagnostics('{ "probeLossRize": 2 }');
    const error = errorAt(source, '/diagnostics/probeLossRize');
    assert.match(error.message, /probeLossRise/);
    assert.deepEqual(error.range, rangeOfText(source, '"probeLossRize"'));
  });
});
