import { strict as assert } from 'assert';
import { runMonitored } from '../../../src/diagnosis/run';
import type { DiagnosticCode } from '../../../src/spec/types';
import { checkFile, specsIn } from '../helpers';

/** Each fault fixture, the code it must raise, where, and whether only training reveals it. */
const FAULTS: { file: string; code: DiagnosticCode; path: string; runtime?: boolean }[] = [
  { file: 'invalid-spec', code: 'invalid-spec', path: '/layers/0/activation' },
  { file: 'data-error', code: 'data-error', path: '/data/csv' },
  { file: 'shape-mismatch', code: 'shape-mismatch', path: '/layers/1/units' },
  { file: 'loss-activation-mismatch', code: 'loss-activation-mismatch', path: '/layers/1/activation' },
  { file: 'init-symmetry', code: 'init-symmetry', path: '/layers/0/init' },
  { file: 'init-scale', code: 'init-scale', path: '/layers/1/init' },
  { file: 'no-nonlinearity', code: 'no-nonlinearity', path: '/layers/0/activation' },
  { file: 'lr-out-of-range', code: 'lr-out-of-range', path: '/optimizer/lr' },
  { file: 'dead-relu', code: 'dead-relu', path: '/layers/0/activation', runtime: true },
  { file: 'nan-loss', code: 'nan-loss', path: '/optimizer/lr', runtime: true },
  { file: 'vanishing-gradient', code: 'vanishing-gradient', path: '/layers/0', runtime: true },
  { file: 'exploding-gradient', code: 'exploding-gradient', path: '/layers/6', runtime: true },
  { file: 'saturated-activation', code: 'saturated-activation', path: '/layers/0/activation', runtime: true },
  { file: 'saturated-activation.raw-csv', code: 'saturated-activation', path: '/layers/0/activation', runtime: true },
  { file: 'saturated-activation.raw-iris', code: 'saturated-activation', path: '/layers/0/activation', runtime: true },
  { file: 'loss-plateau', code: 'loss-plateau', path: '/layers', runtime: true },
  { file: 'loss-plateau.bottleneck', code: 'loss-plateau', path: '/layers', runtime: true },
  { file: 'loss-plateau.weight-decay', code: 'loss-plateau', path: '/layers', runtime: true },
  { file: 'oscillating-loss', code: 'oscillating-loss', path: '/optimizer/lr', runtime: true },
  { file: 'lr-too-high', code: 'lr-too-high', path: '/optimizer/lr', runtime: true },
  { file: 'lr-too-high.adam', code: 'lr-too-high', path: '/optimizer/lr', runtime: true },
  { file: 'lr-too-high.momentum', code: 'lr-too-high', path: '/optimizer/lr', runtime: true },
  { file: 'lr-too-low', code: 'lr-too-low', path: '/optimizer/lr', runtime: true },
  { file: 'lr-too-low.sgd', code: 'lr-too-low', path: '/optimizer/lr', runtime: true },
];

describe('diagnostics on fault fixtures', () => {
  for (const fault of FAULTS) {
    it(`${fault.file}.nn.json raises ${fault.code} at ${fault.path}`, () => {
      const result = checkFile(`test/fixtures/faults/${fault.file}.nn.json`);
      let found = result.diagnostics;
      if (fault.runtime) {
        assert.ok(result.spec && result.dataset, `fixture must be trainable: ${JSON.stringify(result.diagnostics)}`);
        found = runMonitored(result.parsed, result.spec, result.dataset).raised;
      }
      const match = found.find((d) => d.code === fault.code);
      assert.ok(match, `expected ${fault.code}, got ${JSON.stringify(found.map((d) => d.code))}`);
      assert.equal(match.path, fault.path);
      assert.deepEqual(match.range, result.parsed.rangeOf(fault.path));
      assert.ok(match.message.length > 40, 'message explains itself');
    });
  }
});

describe('healthy specs draw no diagnostics', () => {
  const healthy = [...specsIn('examples').filter((f) => !f.includes('broken')), ...specsIn('test/fixtures/healthy')];
  for (const file of healthy) {
    it(`${file}: nothing in check, nothing while training`, () => {
      const result = checkFile(file);
      assert.deepEqual(result.diagnostics, [], 'check');
      assert.ok(result.spec && result.dataset);
      const run = runMonitored(result.parsed, result.spec, result.dataset);
      assert.deepEqual(run.raised, [], 'train');
      assert.ok(Number.isFinite(run.last?.loss));
    });
  }
});

describe('the broken example', () => {
  it('reports every fault it was written with', () => {
    const codes = checkFile('examples/broken.nn.json').diagnostics.map((d) => d.code);
    for (const code of ['init-symmetry', 'init-scale', 'loss-activation-mismatch', 'lr-out-of-range', 'shape-mismatch'] as const) {
      assert.ok(codes.includes(code), `${code} missing from ${codes.join(', ')}`);
    }
  });
});
