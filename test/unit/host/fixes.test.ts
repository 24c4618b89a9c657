import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { parseSpec } from '../../../src/spec/parse';
import type { Diagnostic, DiagnosticCode, SuggestedEdit } from '../../../src/spec/types';
import { QuickFix, quickFixes, quickFixPaths } from '../../../src/diagnosis/fixes';
import { applyTextEdits, renameKeyEdits, setValueEdits } from '../../../src/diagnosis/json-edits';

const ZERO = { line: 0, character: 0 };

/** A diagnostic as the detectors raise it; only code, path, message and suggestions matter to fixes. */
function diagnostic(code: DiagnosticCode, path: string, message = '', suggestions?: SuggestedEdit[]): Diagnostic {
  return { code, severity: 'warning', message, path, range: { start: ZERO, end: ZERO }, suggestions };
}

function set(text: string, pointer: string, value: unknown): string | undefined {
  const edits = setValueEdits(text, pointer, value);
  return edits && applyTextEdits(text, edits);
}

function apply(text: string, fix: QuickFix | undefined): string {
  assert.ok(fix, 'expected a fix');
  return applyTextEdits(text, fix.edits);
}

const titles = (fixes: QuickFix[]) => fixes.map((f) => `${f.preferred ? '* ' : ''}${f.title}`);

const ONE_LINE_LAYERS = `{
  "data": { "builtin": "moons" },
  "layers": [
    { "type": "dense", "units": 16, "activation": "relu", "init": "zeros" },
    { "type": "dense", "units": 1, "activation": "sigmoid" }
  ],
  "loss": "bce",
  "optimizer": { "type": "adam", "lr": 3 }
}`;

describe('quick-fix edits', () => {
  describe('setting a value that is written', () => {
    it('replaces only the value, keeping every other character', () => {
      assert.equal(set(ONE_LINE_LAYERS, '/layers/0/init', 'he_normal'), ONE_LINE_LAYERS.replace('"zeros"', '"he_normal"'));
      assert.equal(set(ONE_LINE_LAYERS, '/optimizer/lr', 0.001), ONE_LINE_LAYERS.replace('"lr": 3', '"lr": 0.001'));
    });

    it('replaces a whole multi-line init object with a name', () => {
      const text = '{\n  "layers": [\n    {\n      "units": 4,\n      "init": {\n        "name": "normal",\n        "std": 1\n      }\n    }\n  ]\n}';
      assert.equal(set(text, '/layers/0/init', 'he_normal'), '{\n  "layers": [\n    {\n      "units": 4,\n      "init": "he_normal"\n    }\n  ]\n}');
    });

    it('writes an object value inline', () => {
      assert.equal(set('{ "init": "zeros" }', '/init', { name: 'normal', std: 0.1 }), '{ "init": { "name": "normal", "std": 0.1 } }');
    });

    it('offers nothing when the value is already there', () => {
      assert.equal(setValueEdits(ONE_LINE_LAYERS, '/layers/1/activation', 'sigmoid'), undefined);
    });

    it('removes a property when the value is undefined, leaving the rest alone', () => {
      assert.equal(set('{ "a": 1, "b": 2, "c": 3 }', '/b', undefined), '{ "a": 1, "c": 3 }');
    });
  });

  describe('adding a property', () => {
    it('to a one-line object: on the same line, after the last member', () => {
      assert.equal(
        set(ONE_LINE_LAYERS, '/layers/1/batchNorm', true),
        ONE_LINE_LAYERS.replace('"activation": "sigmoid" }', '"activation": "sigmoid", "batchNorm": true }'),
      );
    });

    it('to a multi-line object: on its own line with the members\' indent (2 spaces, 4 spaces, tabs)', () => {
      for (const indent of ['  ', '    ', '\t']) {
        const text = `{\n${indent}"type": "sgd",\n${indent}"lr": 0.1\n}`;
        assert.equal(set(text, '/clipNorm', 1), `{\n${indent}"type": "sgd",\n${indent}"lr": 0.1,\n${indent}"clipNorm": 1\n}`);
      }
    });

    it('to an object with a single member, spaced like that member', () => {
      assert.equal(set('{\n    "lr": 0.1\n}', '/clipNorm', 1), '{\n    "lr": 0.1,\n    "clipNorm": 1\n}');
      assert.equal(set('{"lr": 0.1}', '/clipNorm', 1), '{"lr": 0.1,"clipNorm": 1}');
    });

    it('keeps CRLF line endings', () => {
      const text = '{\r\n  "type": "sgd",\r\n  "lr": 0.1\r\n}\r\n';
      assert.equal(set(text, '/clipNorm', 1), '{\r\n  "type": "sgd",\r\n  "lr": 0.1,\r\n  "clipNorm": 1\r\n}\r\n');
    });

    it('creates a missing parent object, inline', () => {
      const text = '{\n  "data": { "builtin": "xor" },\n  "loss": "bce"\n}';
      assert.equal(set(text, '/optimizer/clipNorm', 1), '{\n  "data": { "builtin": "xor" },\n  "loss": "bce",\n  "optimizer": { "clipNorm": 1 }\n}');
    });

    it('into an empty object', () => {
      assert.equal(set('{ "optimizer": {} }', '/optimizer/lr', 0.01), '{ "optimizer": {"lr": 0.01} }');
    });
  });

  describe('what cannot be edited yields no edit and never throws', () => {
    for (const [what, text] of [
      ['a syntax error', '{ "optimizer": { "lr": 3, } }'],
      ['a comment', '{ // note\n "optimizer": { "lr": 3 } }'],
      ['an unterminated file', '{ "optimizer": { "lr": '],
      ['an empty file', ''],
      ['a bare number', '3'],
    ]) {
      it(`on ${what}`, () => {
        assert.equal(setValueEdits(text, '/optimizer/lr', 0.01), undefined);
        assert.doesNotThrow(() => quickFixes(text, diagnostic('lr-out-of-range', '/optimizer/lr', '', [{ title: 't', path: '/optimizer/lr', value: 0.01 }])));
        assert.deepEqual(quickFixes(text, diagnostic('nan-loss', '/optimizer/lr')), []);
      });
    }

    it('for a path through a string, a bad pointer, an array key or a non-JSON value', () => {
      assert.equal(setValueEdits(ONE_LINE_LAYERS, '/layers/0/init/std', 0.1), undefined);
      assert.equal(setValueEdits(ONE_LINE_LAYERS, 'layers/0', 1), undefined);
      assert.equal(setValueEdits(ONE_LINE_LAYERS, '', 1), undefined);
      assert.equal(setValueEdits(ONE_LINE_LAYERS, '/layers/first/units', 1), undefined);
      assert.equal(setValueEdits(ONE_LINE_LAYERS, '/optimizer/lr', NaN), undefined);
      assert.equal(setValueEdits(ONE_LINE_LAYERS, '/optimizer/lr', { a: Infinity }), undefined);
    });
  });

  describe('renaming a key', () => {
    it('rewrites only the key, keeping its value', () => {
      const text = '{ "layers": [{ "type": "dense", "unit": 4 }] }';
      const edits = renameKeyEdits(text, '/layers/0/unit', 'units');
      assert.ok(edits);
      assert.equal(applyTextEdits(text, edits), '{ "layers": [{ "type": "dense", "units": 4 }] }');
    });

    it('refuses when the new key is already there (it would become a duplicate) or the key is missing', () => {
      assert.equal(renameKeyEdits('{ "unit": 4, "units": 8 }', '/unit', 'units'), undefined);
      assert.equal(renameKeyEdits('{ "units": 8 }', '/unit', 'units'), undefined);
      assert.equal(renameKeyEdits('[1, 2]', '/0', 'x'), undefined);
    });
  });
});

describe('quick fixes per diagnostic', () => {
  it('did-you-mean on a name replaces the name (the parser\'s real message)', () => {
    const text = ONE_LINE_LAYERS.replace('"sigmoid"', '"sigmoud"');
    const d = parseSpec(text).diagnostics.find((x) => /did you mean/.test(x.message));
    assert.ok(d);
    const fixes = quickFixes(text, d);
    assert.deepEqual(titles(fixes), ['* Change "sigmoud" to "sigmoid"']);
    assert.equal(apply(text, fixes[0]), ONE_LINE_LAYERS);
  });

  it('did-you-mean on a key renames the key, and the fixed spec parses cleanly', () => {
    const text = ONE_LINE_LAYERS.replace('"activation": "relu"', '"activaton": "relu"');
    const d = parseSpec(text).diagnostics.find((x) => /did you mean/.test(x.message));
    assert.ok(d);
    const fixes = quickFixes(text, d);
    assert.deepEqual(titles(fixes), ['* Rename "activaton" to "activation"']);
    assert.equal(apply(text, fixes[0]), ONE_LINE_LAYERS);
  });

  it('a misspelt CSV column is replaced, also inside a one-element target array', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-fixes-'));
    fs.writeFileSync(path.join(dir, 'd.csv'), 'x1,x2,label\n0,1,0\n1,0,1\n');
    for (const target of ['"lable"', '["lable"]']) {
      const text = `{ "data": { "csv": "d.csv", "target": ${target} }, "layers": [{ "type": "dense", "units": 1, "activation": "sigmoid" }], "loss": "bce" }`;
      const d = checkSpec(text, { specDir: dir, workspaceRoot: dir }).diagnostics.find((x) => x.code === 'data-error');
      assert.ok(d, target);
      const fixes = quickFixes(text, d);
      assert.deepEqual(titles(fixes), ['* Change "lable" to "label"']);
      assert.equal(apply(text, fixes[0]), text.replace('lable', 'label'));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an invalid-spec without a guess gets no fix', () => {
    assert.deepEqual(quickFixes(ONE_LINE_LAYERS, diagnostic('invalid-spec', '/loss', 'loss is missing')), []);
  });

  it('dead-relu switches the layer to leaky_relu', () => {
    const fixes = quickFixes(ONE_LINE_LAYERS, diagnostic('dead-relu', '/layers/0/activation'));
    assert.deepEqual(titles(fixes), ['* Set "activation" to "leaky_relu"']);
    assert.equal(apply(ONE_LINE_LAYERS, fixes[0]), ONE_LINE_LAYERS.replace('"relu"', '"leaky_relu"'));
  });

  it('exploding-gradient adds batchNorm to the hidden layers (preferred) or clips the gradient norm', () => {
    const fixes = quickFixes(ONE_LINE_LAYERS, diagnostic('exploding-gradient', '/layers/1'));
    assert.deepEqual(titles(fixes), ['* Add "batchNorm": true to layers[0]', 'Set "clipNorm" to 1 in the optimizer']);
    assert.equal(apply(ONE_LINE_LAYERS, fixes[0]), ONE_LINE_LAYERS.replace('"init": "zeros" }', '"init": "zeros", "batchNorm": true }'));
    assert.equal(apply(ONE_LINE_LAYERS, fixes[1]), ONE_LINE_LAYERS.replace('"lr": 3 }', '"lr": 3, "clipNorm": 1 }'));
  });

  it('exploding-gradient on a raw target (the probe\'s crawl, on the data) offers its own fixes alone', () => {
    const rescale: SuggestedEdit = { title: 'Set "normalizeTarget" to "standard"', path: '/data/normalizeTarget', value: 'standard', preferred: true };
    const fixes = quickFixes(ONE_LINE_LAYERS, diagnostic('exploding-gradient', '/data', 'Exploding gradient from a raw target: …', [rescale]));
    assert.deepEqual(titles(fixes), ['* Set "normalizeTarget" to "standard"']);
  });

  it('vanishing-gradient adds batchNorm to every hidden layer that lacks it, in one fix, or makes the sigmoid layers leaky_relu', () => {
    const text = [
      '{',
      '  "data": { "builtin": "moons" },',
      '  "layers": [',
      '    {',
      '      "type": "dense",',
      '      "units": 8,',
      '      "activation": "sigmoid"',
      '    },',
      '    { "type": "dense", "units": 8, "activation": "sigmoid", "batchNorm": true },',
      '    { "type": "dropout", "rate": 0.1 },',
      '    { "type": "dense", "units": 8, "activation": "sigmoid" },',
      '    { "type": "dense", "units": 1, "activation": "sigmoid" }',
      '  ],',
      '  "loss": "bce"',
      '}',
    ].join('\n');
    const fixes = quickFixes(text, diagnostic('vanishing-gradient', '/layers/0'));
    assert.deepEqual(titles(fixes), ['* Add "batchNorm": true to the 2 hidden layers', 'Set "activation" to "leaky_relu" in the 3 sigmoid layers']);
    const expected = text
      .replace('"activation": "sigmoid"\n    },', '"activation": "sigmoid",\n      "batchNorm": true\n    },')
      .replace('{ "type": "dense", "units": 8, "activation": "sigmoid" },', '{ "type": "dense", "units": 8, "activation": "sigmoid", "batchNorm": true },');
    const on = apply(text, fixes[0]);
    assert.equal(on, expected);
    assert.deepEqual(titles(quickFixes(on, diagnostic('vanishing-gradient', '/layers/0'))), ['Set "activation" to "leaky_relu" in the 3 sigmoid layers'], 'no batch norm left to add');
  });

  it('a fix over 400 layers, mixed styles, gives the text that setting each layer in turn gives', () => {
    const layer = (i: number) =>
      i % 3 === 0 ? `    {\n      "type": "dense",\n      "units": 4,\n      "activation": "tanh"\n    }` : i % 3 === 1 ? `    { "type": "dense", "units": 4 }` : `    {"type":"dense","units":4,"activation":"sigmoid","batchNorm":false}`;
    const layers = Array.from({ length: 400 }, (_, i) => layer(i));
    const text = `{\n  "data": { "builtin": "moons" },\n  "layers": [\n${layers.join(',\n')},\n    { "type": "dense", "units": 1, "activation": "sigmoid" }\n  ],\n  "loss": "bce"\n}`;
    for (const [code, key, value] of [['vanishing-gradient', 'batchNorm', true], ['loss-plateau', 'activation', 'leaky_relu']] as const) {
      const fix = quickFixes(text, diagnostic(code, '/layers/0')).find((f) => f.title.includes(`"${key}"`));
      assert.ok(fix, `${code}: a fix setting ${key}`);
      const paths = quickFixPaths(text, diagnostic(code, '/layers/0')).filter((p) => p.endsWith(`/${key}`));
      assert.ok(paths.length > 100, `${code}: ${paths.length} layers`);
      let oneByOne = text;
      for (const pointer of paths) oneByOne = set(oneByOne, pointer, value)!;
      assert.equal(apply(text, fix), oneByOne, code);
    }
  });

  it('nan-loss lowers the learning rate (preferred) or clips the gradient norm', () => {
    const fixes = quickFixes(ONE_LINE_LAYERS, diagnostic('nan-loss', '/optimizer/lr'));
    // A tenth of 3 is still above Adam's sensible range, so the fix goes to Adam's typical rate.
    assert.deepEqual(titles(fixes), ['* Set "lr" to 0.001', 'Set "clipNorm" to 1 in the optimizer']);
    assert.equal(apply(ONE_LINE_LAYERS, fixes[0]), ONE_LINE_LAYERS.replace('"lr": 3', '"lr": 0.001'));
    const inRange = ONE_LINE_LAYERS.replace('"lr": 3', '"lr": 0.05');
    assert.equal(quickFixes(inRange, diagnostic('nan-loss', '/optimizer/lr'))[0].title, 'Set "lr" to 0.005');
  });

  it('nan-loss with the default learning rate writes the lower one into the optimizer', () => {
    const text = '{\n  "data": { "builtin": "xor" },\n  "layers": [{ "type": "dense", "units": 1 }],\n  "loss": "mse"\n}';
    const [lower] = quickFixes(text, diagnostic('nan-loss', '/optimizer/lr'));
    assert.equal(apply(text, lower), text.replace('"loss": "mse"', '"loss": "mse",\n  "optimizer": { "lr": 0.0001 }'));
  });

  it('applies attached suggestions generically, first, and keeps a single preferred one', () => {
    const finder: SuggestedEdit[] = [
      { title: 'Set "lr" to 0.02 (learning-rate finder)', path: '/optimizer/lr', value: 0.02, preferred: true },
      { title: 'Set "clipNorm" to 1 in the optimizer', path: '/optimizer/clipNorm', value: 1, preferred: true },
    ];
    const fixes = quickFixes(ONE_LINE_LAYERS, diagnostic('nan-loss', '/optimizer/lr', '', finder));
    // The derived lr fix gives way to the attached one; the derived clipNorm duplicates an attached one.
    assert.deepEqual(titles(fixes), ['* Set "lr" to 0.02 (learning-rate finder)', 'Set "clipNorm" to 1 in the optimizer']);
    const leaky = quickFixes(ONE_LINE_LAYERS, diagnostic('dead-relu', '/layers/0/activation', '', [{ title: 'Set "bias" to 0.1', path: '/layers/0/bias', value: 0.1 }]));
    assert.deepEqual(titles(leaky), ['Set "bias" to 0.1', '* Set "activation" to "leaky_relu"']);
    const high = quickFixes(ONE_LINE_LAYERS, diagnostic('lr-too-high', '/optimizer/lr', '', finder.slice(0, 1)));
    assert.equal(apply(ONE_LINE_LAYERS, high[0]), ONE_LINE_LAYERS.replace('"lr": 3', '"lr": 0.02'));
  });

  it('drops attached suggestions that change nothing or cannot be applied', () => {
    const stale: SuggestedEdit[] = [
      { title: 'same', path: '/loss', value: 'bce' },
      { title: 'through a string', path: '/loss/x', value: 1 },
    ];
    assert.deepEqual(quickFixes(ONE_LINE_LAYERS, diagnostic('loss-plateau', '/loss', '', stale)), []);
  });
});
