import { strict as assert } from 'assert';
import { JsonDocument } from '../../../src/spec/json-document';
import type { Diagnostic, DiagnosticCode, Severity, SuggestedEdit } from '../../../src/spec/types';
import { quickFixes } from '../../../src/diagnosis/fixes';
import { applyTextEdits } from '../../../src/diagnosis/json-edits';
import { concernedPointer, concernedPointers, RuntimeFindings, sameJson } from '../../../src/view-model/runtime-survival';

const RUN_TEXT = `{
  "data": { "builtin": "moons" },
  "layers": [
    { "type": "dense", "units": 16, "activation": "tanh" },
    { "type": "dense", "units": 16, "activation": "relu", "bias": -2 },
    { "type": "dense", "units": 1, "activation": "sigmoid" }
  ],
  "loss": "bce",
  "optimizer": { "type": "sgd", "lr": 0.5 }
}`;

/** A runtime diagnostic placed in `text` the way the worker places it. */
function raised(text: string, code: DiagnosticCode, path: string, severity: Severity = 'warning', suggestions?: SuggestedEdit[]): Diagnostic {
  return { code, severity, message: `${code} on ${path}`, path, range: new JsonDocument(text).rangeOf(path), ...(suggestions && { suggestions }) };
}

const DEAD = raised(RUN_TEXT, 'dead-relu', '/layers/1/activation', 'warning', [{ title: 'Set "activation" to "leaky_relu"', path: '/layers/1/activation', value: 'leaky_relu', preferred: true }]);
const TOO_HIGH = raised(RUN_TEXT, 'lr-too-high', '/optimizer/lr', 'warning', [{ title: 'Set "lr" to 0.05', path: '/optimizer/lr', value: 0.05, preferred: true }]);
const SATURATED = raised(RUN_TEXT, 'saturated-activation', '/layers/0/activation');
const findings = () => new RuntimeFindings(RUN_TEXT, [DEAD, TOO_HIGH, SATURATED]);
const codes = (list: Diagnostic[] | undefined) => list?.map((d) => d.code);

function withQuickFix(text: string, d: Diagnostic): string {
  const fix = quickFixes(text, d).find((f) => f.preferred);
  assert.ok(fix, `a preferred fix for ${d.code}`);
  return applyTextEdits(text, fix.edits);
}

describe('runtime diagnostics after an edit', () => {
  it('all stay, unchanged, on the run\'s own text', () => {
    assert.deepEqual(findings().placeIn(RUN_TEXT), [DEAD, TOO_HIGH, SATURATED]);
  });

  it('applying the dead-relu quick fix retires that warning only; the others move with the text', () => {
    const fixed = withQuickFix(RUN_TEXT, DEAD);
    assert.match(fixed, /"activation": "leaky_relu", "bias": -2/);
    const placed = findings().placeIn(fixed);
    assert.deepEqual(codes(placed), ['lr-too-high', 'saturated-activation']);
    const lr = placed![0];
    const doc = new JsonDocument(fixed);
    assert.deepEqual(lr.range, doc.rangeOf('/optimizer/lr'));
    assert.equal(fixed.split('\n')[lr.range.start.line].slice(lr.range.start.character, lr.range.end.character), '0.5');
  });

  it('any other change in the warned layer retires it too (a positive bias also cures dead units)', () => {
    assert.deepEqual(codes(findings().placeIn(RUN_TEXT.replace('"bias": -2', '"bias": 0.1'))), ['lr-too-high', 'saturated-activation']);
  });

  it('changing the learning rate retires the learning-rate warning and keeps the layer ones', () => {
    const fixed = withQuickFix(RUN_TEXT, TOO_HIGH);
    assert.deepEqual(codes(findings().placeIn(fixed)), ['dead-relu', 'saturated-activation']);
  });

  it('an edit elsewhere keeps everything, with ranges that follow the inserted lines', () => {
    const edited = RUN_TEXT.replace('"data": { "builtin": "moons" },', '"name": "moons",\n  "seed": 4,\n  "data": { "builtin": "moons" },');
    const placed = findings().placeIn(edited)!;
    assert.deepEqual(codes(placed), ['dead-relu', 'lr-too-high', 'saturated-activation']);
    assert.equal(placed[0].range.start.line, DEAD.range.start.line + 2);
    assert.equal(placed[0].range.start.character, DEAD.range.start.character);
  });

  it('reformatting or reordering keys changes no value, so nothing is retired', () => {
    const reordered = JSON.stringify({ ...JSON.parse(RUN_TEXT), loss: 'bce', optimizer: { lr: 0.50, type: 'sgd' } }, null, 4);
    assert.deepEqual(codes(findings().placeIn(reordered)), ['dead-relu', 'lr-too-high', 'saturated-activation']);
  });

  it('a layer inserted before the warned one retires it: its pointer now names another layer', () => {
    const inserted = RUN_TEXT.replace('"layers": [\n', '"layers": [\n    { "type": "dense", "units": 4, "activation": "tanh" },\n');
    assert.deepEqual(codes(findings().placeIn(inserted)), ['lr-too-high']);
  });

  it('undoing the fix brings the warning back: the value is again the one the run trained', () => {
    const f = findings();
    const fixed = withQuickFix(RUN_TEXT, DEAD);
    assert.equal(f.placeIn(fixed)!.length, 2);
    assert.equal(f.placeIn(RUN_TEXT)!.length, 3);
  });

  it('while the text is not valid JSON, says so (undefined) instead of guessing', () => {
    assert.equal(findings().placeIn(RUN_TEXT.replace('"lr": 0.5', '"lr": ')), undefined);
    assert.equal(findings().placeIn(''), undefined);
  });

  it('nan-loss goes when its clipNorm fix is applied, not only its lr fix', () => {
    const nan = raised(RUN_TEXT, 'nan-loss', '/optimizer/lr', 'error');
    const clipped = RUN_TEXT.replace('"lr": 0.5 }', '"lr": 0.5, "clipNorm": 1 }');
    assert.deepEqual(new RuntimeFindings(RUN_TEXT, [nan, DEAD]).placeIn(clipped)?.map((d) => d.code), ['dead-relu']);
  });
});

describe('what a runtime diagnostic is about', () => {
  it('a layer value means the whole layer, an optimizer value the whole optimizer', () => {
    assert.equal(concernedPointer('/layers/3/activation'), '/layers/3');
    assert.equal(concernedPointer('/layers/3'), '/layers/3');
    assert.equal(concernedPointer('/optimizer/lr'), '/optimizer');
    assert.equal(concernedPointer('/layers'), '/layers');
    assert.equal(concernedPointer('/training/batchSize'), '/training/batchSize');
  });

  it('includes the places its quick fixes would change', () => {
    const exploding = raised(RUN_TEXT, 'exploding-gradient', '/layers/2');
    assert.deepEqual(concernedPointers(RUN_TEXT, exploding).sort(), ['/layers/0', '/layers/1', '/layers/2', '/optimizer']);
  });

  it('compares JSON values, not text', () => {
    assert.ok(sameJson({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] }));
    assert.ok(!sameJson({ a: 1 }, { a: 1, b: undefined }));
    assert.ok(!sameJson([1, 2], { 0: 1, 1: 2 }));
    assert.ok(!sameJson('1', 1));
    assert.ok(sameJson(undefined, undefined));
  });
});
