import { strict as assert } from 'assert';
import { displayPath, pointerSegments } from '../../../src/spec/pointer';
import { LineIndex } from '../../../src/spec/positions';
import { ACTIVATIONS, INITS, LOSSES } from '../../../src/spec/types';
import { editDistance, suggest } from '../../../src/spec/suggest';

describe('did-you-mean suggestions', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    assert.equal(editDistance('sigmoud', 'sigmoid'), 1);
    assert.equal(editDistance('rleu', 'relu'), 1);
    assert.equal(editDistance('activaton', 'activation'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('suggests close spellings, case and separator variants, and other libraries\' names', () => {
    assert.equal(suggest('sigmoud', ACTIVATIONS), 'sigmoid');
    assert.equal(suggest('ReLU', ACTIVATIONS), 'relu');
    assert.equal(suggest('leaky-relu', ACTIVATIONS), 'leaky_relu');
    assert.equal(suggest('glorot_uniform', INITS), 'xavier_uniform');
    assert.equal(suggest('categorical_crossentropy', LOSSES), 'cce');
    assert.equal(suggest('batch_size', ['epochs', 'batchSize']), 'batchSize');
  });

  it('stays silent when nothing is close', () => {
    assert.equal(suggest('swish', ACTIVATIONS), undefined);
    assert.equal(suggest('xyz', LOSSES), undefined);
    assert.equal(suggest('', LOSSES), undefined);
  });
});

describe('positions and pointers', () => {
  it('converts offsets with LF, CRLF and lone CR line ends', () => {
    const lines = new LineIndex('ab\ncd\r\nef\rgh');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(lines.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(10), { line: 3, character: 0 });
    assert.deepEqual(lines.positionAt(99), { line: 3, character: 2 }, 'clamped to the end');
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 }, 'clamped to the start');
    assert.equal(lines.lineEndOffset(3), 5, 'before the CRLF');
  });

  it('spells pointers as messages show them', () => {
    assert.equal(displayPath(''), 'the spec');
    assert.equal(displayPath('/layers/0/units'), 'layers[0].units');
    assert.equal(displayPath('/data/inline/x/3/1'), 'data.inline.x[3][1]');
    assert.equal(displayPath('/a~1b/my key'), '["a/b"]["my key"]');
    assert.deepEqual(pointerSegments('/a~1b/c~0d'), ['a/b', 'c~d']);
    assert.equal(pointerSegments('no-slash'), undefined);
  });
});
