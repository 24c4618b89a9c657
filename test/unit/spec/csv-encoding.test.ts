import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseCsv } from '../../../src/spec/csv';
import { decodeDataFile, detectEncoding } from '../../../src/spec/text-encoding';
import { Workspace } from './csv-workspace';
import { baseSpec, loadOk } from './helpers';

const SHEET = 'Temp (°C);Preis (€);y\r\n21,5;1,25;3\r\n';

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('data file encodings', () => {
  it('reads UTF-8, with or without its BOM, as UTF-8', () => {
    assert.equal(detectEncoding(Buffer.from(SHEET, 'utf8')), 'utf-8');
    assert.equal(decodeDataFile(Buffer.from(SHEET, 'utf8')), SHEET);
    assert.equal(decodeDataFile(Buffer.from(`\uFEFF${SHEET}`, 'utf8')), `\uFEFF${SHEET}`);
  });

  it('reads UTF-16 ("Unicode Text") in either byte order, with or without a BOM', () => {
    const cases: [Buffer, string][] = [
      [Buffer.from(`\uFEFF${SHEET}`, 'utf16le'), 'utf-16le'],
      [Buffer.from(SHEET, 'utf16le'), 'utf-16le'],
      [utf16be(`\uFEFF${SHEET}`), 'utf-16be'],
      [utf16be(SHEET), 'utf-16be'],
    ];
    for (const [bytes, encoding] of cases) {
      assert.equal(detectEncoding(bytes), encoding);
      assert.equal(decodeDataFile(bytes).replace(/^\uFEFF/, ''), SHEET);
    }
  });

  it('reads bytes that are not UTF-8 as Windows-1252, the "CSV (Comma delimited)" of Western Windows', () => {
    // "€" is 0x80 in Windows-1252, where Latin-1 has a control code.
    const euro = Buffer.from(SHEET.replace('€', '?'), 'latin1');
    euro[euro.indexOf('?'.charCodeAt(0))] = 0x80;
    assert.equal(detectEncoding(euro), 'windows-1252');
    assert.equal(decodeDataFile(euro), SHEET);
    assert.equal(decodeDataFile(Buffer.from([0x93, 0x61, 0x94, 0x96, 0x81])), '“a”–\u0081');
  });

  it('leaves a zip archive and binary data to be refused as such', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff, 0x10]);
    assert.equal(detectEncoding(zip), 'utf-8');
    assert.match(parseCsv(decodeDataFile(zip)).problems[0].message, /zip archive/);
  });
});

describe('CSV files as spreadsheets save them', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace()));
  afterEach(() => ws.dispose());

  it('loads a UTF-16 tab-separated "Unicode Text" file and a Windows-1252 file through the default reader', () => {
    const unicode = path.join(ws.specDir, 'data/u.txt');
    fs.writeFileSync(unicode, Buffer.from('\uFEFFTemp (°C)\ty\r\n21.5\t3\r\n19\t4\r\n', 'utf16le'));
    const fromUnicode = loadOk({ ...baseSpec(), loss: 'mse', data: { csv: 'data/u.txt', target: 'y' } }, { specDir: ws.specDir, workspaceRoot: ws.root });
    assert.deepEqual([fromUnicode.featureNames, Array.from(fromUnicode.x)], [['Temp (°C)'], [21.5, 19]]);
    const western = Buffer.from('Preis (?),y\n1.25,3\n2,4\n', 'latin1');
    western[western.indexOf('?'.charCodeAt(0))] = 0x80;
    fs.writeFileSync(path.join(ws.specDir, 'data/w.csv'), western);
    const fromWestern = loadOk({ ...baseSpec(), loss: 'mse', data: { csv: 'data/w.csv', target: 'y', features: ['Preis (€)'] } }, { specDir: ws.specDir, workspaceRoot: ws.root });
    assert.deepEqual(Array.from(fromWestern.x), [1.25, 2]);
  });

  it('refuses "2.500" in a used column of a file that writes decimals with a comma, naming the plain number', () => {
    ws.write('data/p.csv', 'Fläche;Einwohner;y\n1,5;2.500;3\n2,25;830;4\n');
    const message = ws.dataError({ csv: 'data/p.csv', target: 'y' }).message;
    assert.match(message, /^data\/p\.csv: line 2, feature "Einwohner" is "2\.500", a number with a point between its thousands, as the file writes decimals with a comma \(line 2: "1,5"\); it would read as 2\.5: export the column as plain numbers, 2500$/);
    const unused = ws.loadOk({ csv: 'data/p.csv', target: 'y', features: ['Fläche'] });
    assert.deepEqual(Array.from(unused.x), [1.5, 2.25]);
  });

  it('refuses "2.500" beside whole numbers in a semicolon file, and reads what may be a decimal as one', () => {
    ws.write('data/q.csv', 'a;y\n2.500;3\n830;4\n');
    assert.match(ws.dataError({ csv: 'data/q.csv', target: 'y' }).message, /feature "a" is "2\.500", .*as the column also holds whole numbers \(line 3: "830"\) and a decimal would not end in 0; .*plain numbers, 2500$/);
    ws.write('data/r.csv', 'a;y\n12.345;3\n830;4\n');
    assert.deepEqual(Array.from(ws.loadOk({ csv: 'data/r.csv', target: 'y' }).x), [12.345, 830]);
    ws.write('data/s.csv', 'a;y\n2.500;3\n1.250;4\n');
    assert.deepEqual(Array.from(ws.loadOk({ csv: 'data/s.csv', target: 'y' }).x), [2.5, 1.25]);
    ws.write('data/t.csv', 'a,y\n2.500,3\n830,4\n');
    assert.deepEqual(Array.from(ws.loadOk({ csv: 'data/t.csv', target: 'y' }).x), [2.5, 830]);
  });

  it('names a target written with a point between its thousands', () => {
    ws.write('data/v.csv', 'a;Preis\n1,5;12.000\n2;9,5\n');
    assert.match(ws.dataError({ csv: 'data/v.csv', target: 'Preis' }).message, /line 2, the target "Preis" is "12\.000", .*it would read as 12: export the column as plain numbers, 12000$/);
  });
});
