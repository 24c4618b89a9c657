import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { DEFAULT_DIAGNOSTICS } from '../../../src/spec/types';
import { REPO_ROOT } from '../helpers';

const SPEC = (diagnostics: string) => `{
  "data": { "builtin": "xor" },
  "layers": [{ "type": "dense", "units": 4, "activation": "relu" }, { "type": "dense", "units": 1, "activation": "sigmoid" }],
  "loss": "bce"${diagnostics}
}`;

describe('detector thresholds from settings', () => {
  const ctx = { specDir: REPO_ROOT, workspaceRoot: REPO_ROOT };

  it('replace the defaults, but the spec\'s own values win', () => {
    const plain = checkSpec(SPEC(''), { ...ctx, diagnosticDefaults: { patience: 5, deadReluFraction: 0.3 } });
    assert.equal(plain.spec?.diagnostics.patience, 5);
    assert.equal(plain.spec?.diagnostics.deadReluFraction, 0.3);
    const own = checkSpec(SPEC(', "diagnostics": { "patience": 3 }'), { ...ctx, diagnosticDefaults: { patience: 5 } });
    assert.equal(own.spec?.diagnostics.patience, 3);
  });

  it('ignore values that are not positive numbers', () => {
    const bad = { patience: -1, deadReluFraction: Number.NaN, lossWindow: 'ten' as unknown as number };
    const result = checkSpec(SPEC(''), { ...ctx, diagnosticDefaults: bad });
    assert.equal(result.spec?.diagnostics.patience, DEFAULT_DIAGNOSTICS.patience);
    assert.equal(result.spec?.diagnostics.deadReluFraction, DEFAULT_DIAGNOSTICS.deadReluFraction);
    assert.equal(result.spec?.diagnostics.lossWindow, DEFAULT_DIAGNOSTICS.lossWindow);
  });

  it('package.json declares one setting per threshold, with the same default', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const properties = manifest.contributes.configuration.properties as Record<string, { default: number }>;
    const declared = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k.replace('nnDebugger.diagnostics.', ''), v.default]));
    assert.deepEqual(declared, { ...DEFAULT_DIAGNOSTICS });
  });
});
