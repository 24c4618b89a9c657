import { strict as assert } from 'assert';
import { Random } from '../../../src/engine/random';
import { parseCsv, parseNumber } from '../../../src/spec/csv';
import { referenceParseCsv } from './csv-reference';

/** Random CSV-like text over an alphabet that hits every branch: quotes, CR/LF, BOM, blanks, tabs. */
function randomText(rng: Random, alphabet: string, length: number): string {
  return Array.from({ length: rng.int(length) }, () => alphabet[rng.int(alphabet.length)]).join('');
}

/** Random rows of random cells, some quoted, joined by a random line end: text shaped like real files. */
function randomFile(rng: Random): string {
  const ends = ['\n', '\r\n', '\r'];
  const cells = ['1', '-2.5', ' 3 ', 'a', '', '"x,y"', ' "q""uote" ', '"multi\nline"', '"a"b', '\t7', '1e3', 'é'];
  const width = 1 + rng.int(4);
  const lines = Array.from({ length: rng.int(8) }, () =>
    Array.from({ length: width + (rng.next() < 0.1 ? 1 : 0) }, () => cells[rng.int(cells.length)]).join(','),
  );
  const text = lines.join(ends[rng.int(ends.length)]) + (rng.next() < 0.5 ? ends[rng.int(ends.length)] : '');
  return rng.next() < 0.1 ? `\uFEFF${text}` : text;
}

describe('CSV reader: agrees with the character-at-a-time reference', () => {
  it('on 4,000 random texts and 2,000 random files: the same table or the same problems', () => {
    const rng = new Random(25);
    const alphabet = 'ab,,,"""\n\r\n \t1.5-e3x\uFEFF';
    const sources = [
      ...Array.from({ length: 4000 }, () => randomText(rng, alphabet, 40)),
      ...Array.from({ length: 2000 }, () => randomFile(rng)),
    ];
    let tables = 0;
    for (const source of sources) {
      const expected = referenceParseCsv(source);
      assert.deepEqual(parseCsv(source), expected, JSON.stringify(source));
      if (expected.table) tables++;
    }
    // Most random files must parse, or the comparison would only cover the error paths.
    assert.ok(tables > 600, `${tables} tables`);
  });
});

describe('parseNumber', () => {
  /** What a cell must be to be a number, as the reader first tested it: the pattern, then a finite Number. */
  const reference = (cell: string): number | undefined => {
    const text = cell.trim();
    if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(text)) return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
  };

  it('reads 20,000 random cells as the pattern and Number do, integers by its digit-by-digit path too', () => {
    const rng = new Random(26);
    const alphabet = '0123456789000-+.eE x,';
    const fixed = ['0', '-0', '+7', '007', '999999999999999', '9999999999999999', '-123456789012345', '1e3', '1.', '.5', '-', '+', '', ' 42 ', '4 2', '0x10', 'Infinity', '1e999', '12a'];
    const cells = [...fixed, ...Array.from({ length: 20_000 }, () => randomText(rng, alphabet, 18))];
    for (const cell of cells) assert.ok(Object.is(parseNumber(cell), reference(cell)), JSON.stringify(cell));
  });
});
