import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { runMonitored } from '../../../src/diagnosis/run';
import type { Diagnostic, DiagnosticCode } from '../../../src/spec/types';
import { quickFixes } from '../../../src/diagnosis/fixes';
import { applyTextEdits } from '../../../src/diagnosis/json-edits';
import { REPO_ROOT, xorSpecText } from '../helpers';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');

function check(text: string, specDir = process.cwd()): Diagnostic[] {
  return checkSpec(text, { specDir, workspaceRoot: specDir === process.cwd() ? specDir : FIXTURES }).diagnostics;
}

/** A spec as a person writes it (2-space JSON), from a small classifier with some fields replaced. */
function spec(overrides: Record<string, unknown>): string {
  return xorSpecText(overrides);
}

const dense = (units: number, activation: string, extra: Record<string, unknown> = {}) => ({ type: 'dense', units, activation, ...extra });
const BLOBS3 = { builtin: 'blobs', classes: 3 };
const REGRESSION = { inline: { x: [[0], [1], [2], [3]], y: [2.5, -1.5, 4.25, 0.5] } };

/** The one diagnostic of `code` in `text`, with its suggestions. */
function only(text: string, code: DiagnosticCode, specDir?: string): Diagnostic {
  const found = check(text, specDir).filter((d) => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(check(text, specDir).map((d) => d.message))}`);
  return found[0];
}

const titles = (d: Diagnostic) => (d.suggestions ?? []).map((s) => `${s.preferred ? '* ' : ''}${s.title}`);

/**
 * Every suggestion must be a real fix: applied to the text it clears its diagnostic and brings no
 * new error (a fix that trades a warning for a shape-mismatch is no fix).
 */
function assertEachFixes(text: string, d: Diagnostic, specDir?: string): void {
  const before = check(text, specDir);
  const fixes = quickFixes(text, d);
  assert.equal(fixes.length, d.suggestions?.length, 'every suggestion becomes an edit');
  for (const fix of fixes) {
    const after = check(applyTextEdits(text, fix.edits), specDir);
    assert.ok(!after.some((x) => x.code === d.code && x.path === d.path), `"${fix.title}" leaves ${d.code}`);
    const newErrors = after.filter((x) => x.severity === 'error' && !before.some((y) => y.code === x.code && y.path === x.path));
    assert.deepEqual(newErrors.map((x) => x.message), [], `"${fix.title}" brings new errors`);
  }
}

/** The codes of the static rules, which attach their own suggestions. */
const STATIC_RULE_CODES: DiagnosticCode[] = ['shape-mismatch', 'loss-activation-mismatch', 'init-symmetry', 'init-scale', 'no-nonlinearity', 'lr-out-of-range'];

describe('suggested edits of the static rules', () => {
  describe('on every fault fixture with a static finding', () => {
    const dir = path.join(FIXTURES, 'faults');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.nn.json'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const d of check(text, dir).filter((x) => STATIC_RULE_CODES.includes(x.code))) {
        it(`${file}: ${d.code} has exactly one preferred fix, and each fix clears it`, () => {
          assert.equal((d.suggestions ?? []).filter((s) => s.preferred).length, 1, titles(d).join(', '));
          assertEachFixes(text, d, dir);
        });
      }
    }
  });

  const cases: [string, string, DiagnosticCode, string[]][] = [
    ['init-symmetry on relu', spec({ layers: [dense(4, 'relu', { init: 'zeros' }), dense(1, 'sigmoid')] }), 'init-symmetry', ['* Set "init" to "he_normal"']],
    ['init-symmetry on tanh, constant object', spec({ layers: [dense(4, 'tanh', { init: { name: 'constant', value: 0.5 } }), dense(1, 'sigmoid')] }), 'init-symmetry', ['* Set "init" to "xavier_uniform"']],
    ['init-scale, uniform far too wide', spec({ layers: [dense(4, 'tanh', { init: { name: 'uniform', limit: 50 } }), dense(1, 'sigmoid')] }), 'init-scale', ['* Set "init" to "xavier_uniform"']],
    ['lr-out-of-range, sgd too high', spec({ optimizer: { type: 'sgd', lr: 5 } }), 'lr-out-of-range', ['* Set "lr" to 0.01']],
    ['lr-out-of-range, rmsprop too low', spec({ optimizer: { type: 'rmsprop', lr: 1e-8 } }), 'lr-out-of-range', ['* Set "lr" to 0.001']],
    ['no-nonlinearity', spec({ layers: [{ type: 'dense', units: 4 }, dense(1, 'sigmoid')] }), 'no-nonlinearity', ['* Set "activation" to "relu"', 'Set "activation" to "tanh"']],
    ['shape-mismatch, cce', spec({ data: BLOBS3, loss: 'cce', layers: [dense(4, 'relu'), dense(2, 'softmax')] }), 'shape-mismatch', ['* Set "units" to 3']],
    ['shape-mismatch, bce on 2 classes', spec({ layers: [dense(4, 'relu'), dense(3, 'sigmoid')] }), 'shape-mismatch', ['* Set "units" to 1', 'Set "units" to 2']],
    ['shape-mismatch, bce on 3 classes', spec({ data: BLOBS3, layers: [dense(4, 'relu'), dense(1, 'sigmoid')] }), 'shape-mismatch', ['* Set "units" to 3']],
    ['shape-mismatch, mse on classes', spec({ data: BLOBS3, loss: 'mse', layers: [dense(4, 'relu'), dense(2, 'linear')] }), 'shape-mismatch', ['* Set "units" to 3']],
    ['shape-mismatch, cce on regression', spec({ data: REGRESSION, loss: 'cce', layers: [dense(4, 'relu'), dense(1, 'softmax')] }), 'shape-mismatch', ['* Set "loss" to "mse"']],
    ['shape-mismatch, regression units', spec({ data: REGRESSION, loss: 'mse', layers: [dense(4, 'relu'), dense(2, 'linear')] }), 'shape-mismatch', ['* Set "units" to 1']],
    ['softmax + mse on classes', spec({ data: BLOBS3, loss: 'mse', layers: [dense(4, 'relu'), dense(3, 'softmax')] }), 'loss-activation-mismatch', ['* Set "loss" to "cce"', 'Set "activation" to "linear"']],
    ['softmax + mse on regression', spec({ data: REGRESSION, loss: 'mse', layers: [dense(4, 'relu'), dense(1, 'softmax')] }), 'loss-activation-mismatch', ['* Set "activation" to "linear"']],
    ['softmax + bce, one unit per class', spec({ data: BLOBS3, layers: [dense(4, 'relu'), dense(3, 'softmax')] }), 'loss-activation-mismatch', ['* Set "activation" to "sigmoid"', 'Set "loss" to "cce"']],
    ['softmax + bce, one unit', spec({ layers: [dense(4, 'relu'), dense(1, 'softmax')] }), 'loss-activation-mismatch', ['* Set "activation" to "sigmoid"']],
    ['linear + bce', spec({ layers: [dense(4, 'relu'), dense(1, 'linear')] }), 'loss-activation-mismatch', ['* Set "activation" to "sigmoid"', 'Set "loss" to "mse"']],
    ['tanh + bce', spec({ layers: [dense(4, 'relu'), dense(1, 'tanh')] }), 'loss-activation-mismatch', ['* Set "activation" to "sigmoid"']],
    ['sigmoid + cce', spec({ data: BLOBS3, loss: 'cce', layers: [dense(4, 'relu'), dense(3, 'sigmoid')] }), 'loss-activation-mismatch', ['* Set "activation" to "softmax"', 'Set "loss" to "bce"']],
    ['linear + cce', spec({ data: BLOBS3, loss: 'cce', layers: [dense(4, 'relu'), dense(3, 'linear')] }), 'loss-activation-mismatch', ['* Set "activation" to "softmax"', 'Set "loss" to "mse"']],
    ['regression targets outside sigmoid', spec({ data: REGRESSION, loss: 'mse', layers: [dense(4, 'relu'), dense(1, 'sigmoid')] }), 'loss-activation-mismatch', ['* Set "activation" to "linear"']],
  ];
  for (const [name, text, code, expected] of cases) {
    it(`${name}: ${expected.join(' | ')}`, () => {
      const d = only(text, code);
      assert.deepEqual(titles(d), expected);
      assertEachFixes(text, d);
    });
  }

  it('healthy specs get no diagnostics, so no suggestions', () => {
    const dir = path.join(FIXTURES, 'healthy');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.nn.json'))) {
      assert.deepEqual(check(fs.readFileSync(path.join(dir, file), 'utf8'), dir), [], file);
    }
  });
});

/**
 * The fixes this extension derives for runtime codes, measured: the preferred one must clear the
 * code when the fixture trains again. Attached suggestions are stripped, so this holds the derived
 * choice to account whatever the detectors attach.
 */
describe('preferred derived fixes of the runtime diagnostics, trained', () => {
  const dir = path.join(FIXTURES, 'faults');
  const train = (text: string) => {
    const result = checkSpec(text, { specDir: dir, workspaceRoot: FIXTURES });
    assert.ok(result.spec && result.dataset, JSON.stringify(result.diagnostics.map((d) => d.message)));
    return runMonitored(result.parsed, result.spec, result.dataset).raised;
  };
  for (const code of ['dead-relu', 'nan-loss', 'vanishing-gradient', 'exploding-gradient'] as const) {
    it(`${code}.nn.json: the preferred fix trains without ${code}`, () => {
      const text = fs.readFileSync(path.join(dir, `${code}.nn.json`), 'utf8');
      const d = train(text).find((x) => x.code === code);
      assert.ok(d, `the fixture raises ${code}`);
      const preferred = quickFixes(text, { ...d, suggestions: undefined }).find((f) => f.preferred);
      assert.ok(preferred, 'a preferred fix');
      const after = train(applyTextEdits(text, preferred.edits));
      assert.deepEqual(after.filter((x) => x.code === code).map((x) => x.message), [], preferred.title);
    });
  }
});
