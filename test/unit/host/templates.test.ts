import { strict as assert } from 'assert';
import { checkSpec } from '../../../src/diagnosis/check';
import { csvTemplate, formatSpec, TEMPLATES } from '../../../src/templates';
import { REPO_ROOT } from '../helpers';

describe('New Spec templates', () => {
  for (const template of TEMPLATES) {
    it(`${template.id}: formatted as valid JSON, one layer per line, and healthy`, () => {
      const text = formatSpec(template.spec);
      assert.deepEqual(JSON.parse(text), template.spec);
      assert.equal(text.split('\n').filter((l) => l.includes('"type": "dense"')).length, (template.spec.layers as unknown[]).length);
      const result = checkSpec(text, { specDir: REPO_ROOT, workspaceRoot: REPO_ROOT });
      assert.deepEqual(result.diagnostics, []);
    });
  }

  it('a CSV template picks the loss and output layer from the target', () => {
    const regression = csvTemplate('examples/data/houses.csv', 'price_100k', undefined, 'houses');
    const text = formatSpec(regression);
    const result = checkSpec(text, { specDir: REPO_ROOT, workspaceRoot: REPO_ROOT });
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.spec?.loss, 'mse');
    assert.equal(result.spec?.data.normalizeTarget, 'standard', 'a regression target is standardized like the features');
    assert.equal(csvTemplate('d.csv', 'y', 3, 'd').loss, 'cce');
    assert.equal((csvTemplate('d.csv', 'y', 3, 'd').data as Record<string, unknown>).normalizeTarget, undefined, 'class labels are never rescaled');
    assert.equal(csvTemplate('d.csv', 'y', 2, 'd').loss, 'bce');
  });
});
