/**
 * `saturated-activation` before training: a hidden sigmoid or tanh layer whose constant `"bias"` starts
 * its units past the flat end of the curve (rules-bias.ts, `saturatedByBias`), and the probe's
 * saturation of that layer giving way to it (`withProbeFindings`).
 */
import { strict as assert } from 'assert';
import { checkSpec, withProbeFindings } from '../../../src/diagnosis/check';
import type { Diagnostic } from '../../../src/spec/types';
import { xorSpecText } from '../helpers';

/** The static findings on the XOR spec with a hidden layer of `activation` whose bias is `bias`. */
function staticFindings(bias: number, activation: string, extra: Record<string, unknown> = {}): Diagnostic[] {
  const layers = [{ type: 'dense', units: 4, activation, bias, ...extra }, { type: 'dense', units: 1, activation: 'sigmoid' }];
  return checkSpec(xorSpecText({ layers }), { specDir: process.cwd(), workspaceRoot: process.cwd() }).diagnostics;
}

const saturation = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'saturated-activation');

describe('a bias that saturates a sigmoid or tanh layer (saturated-activation before training)', () => {
  it('flags a sigmoid layer started past ±4.6 by its bias, on the bias, with 0 as the fix', () => {
    const found = saturation(staticFindings(8, 'sigmoid'));
    assert.deepEqual(found.map((d) => d.path), ['/layers/0/bias']);
    assert.match(found[0].message, /^"bias" 8 starts every sigmoid unit of layers\[0\] [0-9.]+ standard deviations beyond ±4\.6, where its output comes within 0\.01 of its limit: about [0-9.]+% of its outputs start saturated \(threshold 40%\)/);
    assert.deepEqual(found[0].suggestions?.map((s) => [s.path, s.value, s.preferred]), [['/layers/0/bias', 0, true]]);
    assert.equal(saturation(staticFindings(-8, 'sigmoid')).length, 1, 'a bias far below zero pins it at 0');
  });

  it('flags a tanh layer started past ±2.6', () => {
    assert.deepEqual(saturation(staticFindings(6, 'tanh')).map((d) => d.path), ['/layers/0/bias']);
  });

  it('leaves a bias within reach of the slope, batch norm, other activations and the output layer alone', () => {
    assert.deepEqual(saturation(staticFindings(3, 'sigmoid')), []);
    assert.deepEqual(saturation(staticFindings(2, 'tanh')), []);
    assert.deepEqual(saturation(staticFindings(8, 'sigmoid', { batchNorm: true })), []);
    assert.deepEqual(saturation(staticFindings(8, 'elu')), []);
    const prior = [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units: 1, activation: 'sigmoid', bias: 8 }];
    assert.deepEqual(saturation(checkSpec(xorSpecText({ layers: prior }), { specDir: process.cwd(), workspaceRoot: process.cwd() }).diagnostics), []);
  });

  it('keeps the probe\'s saturation of another layer, and drops the one of the layer its bias explains', () => {
    const statics = saturation(staticFindings(8, 'sigmoid'));
    const probed = (layer: number): Diagnostic => ({ ...statics[0], path: `/layers/${layer}/activation`, message: `probe: layers[${layer}] saturated` });
    const shown = withProbeFindings(statics, [probed(0), probed(2)]);
    assert.deepEqual(shown.map((d) => d.path), ['/layers/0/bias', '/layers/2/activation']);
  });
});
