import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { DEFAULT_DIAGNOSTICS, DiagnosticsConfig } from '../../../src/spec/types';
import { isValidDiagnosticValue } from '../../../src/spec/validate-training';
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

  it('take the spec\'s own range: out-of-range values are ignored, in-range ones at the edge kept', () => {
    const result = checkSpec(SPEC(''), { ...ctx, diagnosticDefaults: { deadReluFraction: 5, saturationMargin: 0.5, oscillationFlips: 0, lossWindow: 2.5 } });
    assert.equal(result.spec?.diagnostics.deadReluFraction, DEFAULT_DIAGNOSTICS.deadReluFraction);
    assert.equal(result.spec?.diagnostics.saturationMargin, DEFAULT_DIAGNOSTICS.saturationMargin);
    assert.equal(result.spec?.diagnostics.lossWindow, DEFAULT_DIAGNOSTICS.lossWindow);
    assert.equal(result.spec?.diagnostics.oscillationFlips, 0);
  });

  it('package.json declares one setting per threshold, with the same default', () => {
    const declared = Object.fromEntries(Object.entries(settings()).map(([k, v]) => [k.replace('nnDebugger.diagnostics.', ''), v.default]));
    assert.deepEqual(declared, { ...DEFAULT_DIAGNOSTICS });
  });

  it('each setting has the spec schema\'s type, bounds and description', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'src/spec/nn-spec.schema.json'), 'utf8'));
    const properties = schema.properties.diagnostics.properties as Record<string, Bounds & { description: string }>;
    for (const [name, setting] of Object.entries(settings())) {
      const key = name.replace('nnDebugger.diagnostics.', '');
      const { description, ...bounds } = properties[key];
      const { markdownDescription, ...own } = setting;
      assert.deepEqual(own, bounds, key);
      assert.ok(markdownDescription.startsWith(description), key);
    }
  });

  it('the schema\'s bounds are the validator\'s, value by value', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'src/spec/nn-spec.schema.json'), 'utf8'));
    const probes = [-1, 0, 1e-9, 0.01, 0.4999, 0.5, 0.9999, 1, 1.0001, 1.5, 2, 2.5, 3, 1e9];
    for (const key of Object.keys(DEFAULT_DIAGNOSTICS) as (keyof DiagnosticsConfig)[]) {
      for (const value of probes) {
        const bounds: Bounds = schema.properties.diagnostics.properties[key];
        assert.equal(isValidDiagnosticValue(key, value), withinBounds(bounds, value), `${key} = ${value}`);
      }
    }
  });
});

interface Bounds {
  type: 'number' | 'integer';
  default: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
}

function settings(): Record<string, Bounds & { markdownDescription: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  return manifest.contributes.configuration.properties;
}

/** JSON Schema's reading of a number against the bounds (draft-07). */
function withinBounds(b: Bounds, value: number): boolean {
  if (b.type === 'integer' && !Number.isInteger(value)) return false;
  if (b.minimum !== undefined && value < b.minimum) return false;
  if (b.exclusiveMinimum !== undefined && value <= b.exclusiveMinimum) return false;
  if (b.maximum !== undefined && value > b.maximum) return false;
  return !(b.exclusiveMaximum !== undefined && value >= b.exclusiveMaximum);
}
