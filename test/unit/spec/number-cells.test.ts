import { strict as assert } from 'assert';
import { Random } from '../../../src/engine/random';
import { parseNumber } from '../../../src/spec/csv';

/** Random text over an alphabet. */
function randomText(rng: Random, alphabet: string, length: number): string {
  return Array.from({ length: rng.int(length) }, () => alphabet[rng.int(alphabet.length)]).join('');
}

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
