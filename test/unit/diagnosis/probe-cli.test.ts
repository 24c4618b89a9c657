import { strict as assert } from 'assert';
import type { Diagnostic } from '../../../src/spec/types';
import { cli } from '../helpers';


describe('nn-debugger check runs the probe', () => {
  it('reports the probe\'s findings after the static ones, with their suggestions in JSON', () => {
    const r = cli('check', 'test/fixtures/probe/lr-too-low.nn.json', '--json');
    assert.equal(r.code, 0, 'warnings only');
    const { diagnostics } = JSON.parse(r.out[0]) as { diagnostics: Diagnostic[] };
    const found = diagnostics.find((d) => d.code === 'lr-too-low');
    assert.ok(found, JSON.stringify(diagnostics));
    assert.equal(found.path, '/optimizer/lr');
    assert.ok((found.suggestions?.[0].value as number) > 1e-4);
  });

  it('prints probe findings as file:line:col lines', () => {
    const r = cli('check', 'test/fixtures/probe/dead-relu.nn.json');
    assert.match(r.out[0], /^test\/fixtures\/probe\/dead-relu\.nn\.json:\d+:\d+: warning dead-relu: At initialization, 8 of 12 ReLU units/);
    assert.equal(r.out[r.out.length - 1], '1 warning');
  });

  it('--no-probe runs the static rules only', () => {
    const r = cli('check', 'test/fixtures/probe/dead-relu.nn.json', '--no-probe');
    assert.deepEqual(r.out, ['test/fixtures/probe/dead-relu.nn.json: no problems found']);
  });

  it('--no-probe belongs to check alone', () => {
    const r = cli('train', 'examples/xor.nn.json', '--no-probe');
    assert.equal(r.code, 2);
    assert.match(r.err[0], /unknown option "--no-probe"/);
  });

  it('a healthy example still has no problems with the probe on', () => {
    assert.deepEqual(cli('check', 'examples/xor.nn.json').out, ['examples/xor.nn.json: no problems found']);
  });
});
