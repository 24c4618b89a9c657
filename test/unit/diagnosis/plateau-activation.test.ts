/**
 * A stall of unknown cause on a network of tanh or sigmoid units (issue #4): the plateau offers
 * switching them to leaky_relu, its advice trial tries that, and the trial informs the warning
 * without withholding it: a fix that helps is named, one that does not is reported as tried.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { quickFixes } from '../../../src/diagnosis/fixes';
import { applyTextEdits } from '../../../src/diagnosis/json-edits';
import { runMonitored } from '../../../src/diagnosis/run';
import type { Diagnostic } from '../../../src/spec/types';

const ROOT = path.resolve(__dirname, '../../..');

/** A spec text with the given hidden activations, a linear output and the given optimizer. */
function specText(hidden: string[], extra: Record<string, unknown> = {}): string {
  const layers = [...hidden.map((activation) => ({ type: 'dense', units: 8, activation })), { type: 'dense', units: 1 }];
  return JSON.stringify({ data: { builtin: 'sine' }, layers, loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, ...extra }, null, 2);
}

const plateau = (suggestions?: Diagnostic['suggestions']): Diagnostic => ({
  code: 'loss-plateau', severity: 'warning', path: '/layers', message: 'The loss has stopped falling far from a good value', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ...(suggestions && { suggestions }),
});

describe('loss-plateau on tanh and sigmoid networks', () => {
  it('offers leaky_relu on every hidden tanh or sigmoid layer, as one preferred fix', () => {
    const text = specText(['tanh', 'relu', 'sigmoid']);
    const fixes = quickFixes(text, plateau());
    assert.deepEqual(fixes.map((f) => [f.title, f.preferred]), [['Set "activation" to "leaky_relu" in the 2 tanh and sigmoid layers', true]]);
    const fixed = JSON.parse(applyTextEdits(text, fixes[0].edits));
    assert.deepEqual(fixed.layers.map((l: { activation?: string }) => l.activation), ['leaky_relu', 'relu', 'leaky_relu', undefined]);
    assert.equal(quickFixes(specText(['tanh']), plateau())[0].title, 'Set "activation" to "leaky_relu" in layers[0]');
  });

  it('offers nothing on relu networks, nor when the plateau names its own fix (weight decay, dropout)', () => {
    assert.deepEqual(quickFixes(specText(['relu', 'elu']), plateau()), []);
    const decay = plateau([{ title: 'Remove "weightDecay"', path: '/optimizer/weightDecay', value: undefined, preferred: true }]);
    assert.deepEqual(quickFixes(specText(['tanh'], { optimizer: { type: 'adam', lr: 0.01, weightDecay: 0.1 } }), decay).map((f) => f.title), ['Remove "weightDecay"']);
  });

  it('a slow tanh start that leaky_relu escapes: the plateau carries the trial that confirms it', () => {
    // blind16's inline quadratic: 16 rows, full batch, tanh at 0.996 of its reference for 100 epochs.
    const x = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, -1.8, -0.3, 0.7, 1.2, -1.2, 0.2, 1.8];
    const y = [4.1, 2.2, 1.05, 0.2, 0.02, 0.27, 0.96, 2.3, 3.9, 3.3, 0.1, 0.5, 1.42, 1.5, 0.05, 3.2];
    const text = JSON.stringify({
      data: { inline: { x: x.map((v) => [v]), y }, normalize: 'standard' },
      layers: [{ type: 'dense', units: 16, activation: 'tanh' }, { type: 'dense', units: 1 }],
      loss: 'mse', optimizer: { type: 'adam', lr: 0.02 }, training: { epochs: 400, batchSize: 16 },
    });
    const context = { specDir: ROOT, workspaceRoot: ROOT };
    const check = checkSpec(text, context);
    assert.ok(check.spec && check.dataset);
    const run = runMonitored(check.parsed, check.spec, check.dataset, { advice: context });
    const warning = run.raised.find((d) => d.code === 'loss-plateau');
    assert.ok(warning, 'loss-plateau raised');
    assert.match(warning.message, /Do: use "leaky_relu" instead of tanh/);
    assert.match(warning.message, /Tried: Set "activation" to "leaky_relu" in layers\[0\] → loss [0-9.e-]+ after \d+ epochs, against 1\.9\d* as written\.$/);
    const trial = run.trials.find((t) => t.code === 'loss-plateau');
    assert.ok(trial?.helped && trial.helped.loss < 0.1 * trial.asWritten);
  });

  it('a stall leaky_relu does not cure (a zero init) is still shown, with the fix reported as tried', () => {
    const file = path.join(ROOT, 'test/faults-heldout/faulty/init-symmetry.zeros-tanh-sgd.nn.json');
    const context = { specDir: path.dirname(file), workspaceRoot: ROOT };
    const check = checkSpec(fs.readFileSync(file, 'utf8'), context);
    assert.ok(check.spec && check.dataset);
    const run = runMonitored(check.parsed, check.spec, check.dataset, { advice: context });
    const warning = run.raised.find((d) => d.code === 'loss-plateau');
    assert.ok(warning, 'loss-plateau raised');
    assert.match(warning.message, /Tried: Set "activation" to "leaky_relu" in layers\[0\] → loss [0-9.]+ after \d+ epochs, against [0-9.]+ as written: not the 10% lower that would make it the fix\.$/);
    assert.ok(run.trials.some((t) => t.code === 'loss-plateau' && t.helped === undefined));
  });
});
