import { strict as assert } from 'assert';
import { fixVariants } from '../../../src/diagnosis/fix-variants';
import { checkSpec } from '../../../src/diagnosis/check';
import type { Diagnostic } from '../../../src/spec/types';
import { xorSpecText } from '../helpers';

const CTX = { specDir: process.cwd(), workspaceRoot: process.cwd() };

/** A runtime-style diagnostic on `path` with the given suggestions. */
function warning(code: Diagnostic['code'], path: string, suggestions: Diagnostic['suggestions']): Diagnostic {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return { code, severity: 'warning', message: 'test', path, range, suggestions };
}

describe('fixVariants', () => {
  const text = xorSpecText({ optimizer: { type: 'sgd', lr: 0.5 } });

  it('applies each quick fix and returns the trainable spec it leaves, preferred first', () => {
    const d = warning('lr-too-high', '/optimizer/lr', [
      { title: 'Set "lr" to 0.05', path: '/optimizer/lr', value: 0.05 },
      { title: 'Set "clipNorm" to 1', path: '/optimizer/clipNorm', value: 1, preferred: true },
    ]);
    const variants = fixVariants(text, d, CTX);
    assert.deepEqual(variants.map((v) => v.title), ['Set "clipNorm" to 1', 'Set "lr" to 0.05']);
    assert.equal(variants[0].spec.optimizer.clipNorm, 1);
    assert.equal(variants[0].spec.optimizer.lr, 0.5);
    assert.equal(variants[1].spec.optimizer.lr, 0.05);
    assert.ok(variants[1].dataset.inputs > 0);
    assert.equal(checkSpec(text, CTX).spec?.optimizer.lr, 0.5, 'the original text is untouched');
  });

  it('leaves out a fix that would make the spec invalid', () => {
    const d = warning('lr-too-high', '/optimizer/lr', [
      { title: 'Set "lr" to -1', path: '/optimizer/lr', value: -1 },
      { title: 'Set "lr" to 0.05', path: '/optimizer/lr', value: 0.05 },
    ]);
    assert.deepEqual(fixVariants(text, d, CTX).map((v) => v.title), ['Set "lr" to 0.05']);
  });

  it('includes the fixes the quick-fix module derives for a code (dead-relu → leaky_relu)', () => {
    const d = warning('dead-relu', '/layers/0/activation', undefined);
    const variants = fixVariants(xorSpecText({}), d, CTX);
    assert.ok(variants.some((v) => JSON.stringify(v.spec.layers[0]).includes('"leaky_relu"')), JSON.stringify(variants.map((v) => v.title)));
  });
});
