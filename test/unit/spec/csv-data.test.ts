import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Workspace } from './csv-workspace';
import { baseSpec, load, loadOk } from './helpers';

describe('CSV data', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace()));
  afterEach(() => ws.dispose());
  const dataError = (data: Record<string, unknown>, pointer = '/data/csv', loss = 'mse') => ws.dataError(data, pointer, loss);

  it('reads numeric features and a regression target', () => {
    ws.write('data/h.csv', 'size,rooms,price\n100,3,2.5\n80,2,1.75\n');
    const data = ws.loadOk({ csv: 'data/h.csv', target: 'price' });
    assert.deepEqual({ samples: data.samples, inputs: data.inputs, task: data.task }, { samples: 2, inputs: 2, task: 'regression' });
    assert.deepEqual(Array.from(data.x), [100, 3, 80, 2]);
    assert.deepEqual(Array.from(data.targets!), [2.5, 1.75]);
    assert.deepEqual([data.featureNames, data.targetNames], [['size', 'rooms'], ['price']]);
  });

  it('takes the listed features in the listed order, and several targets', () => {
    ws.write('data/m.csv', 'a,b,c,t1,t2\n1,2,3,4,5\n6,7,8,9,10\n');
    const data = ws.loadOk({ csv: 'data/m.csv', target: ['t1', 't2'], features: ['c', 'a'] });
    assert.deepEqual(Array.from(data.x), [3, 1, 8, 6]);
    assert.equal(data.targetColumns, 2);
    assert.deepEqual(Array.from(data.targets!), [4, 5, 9, 10]);
  });

  it('reads several one-hot target columns as classes under cce, named by their headers', () => {
    ws.write('data/o.csv', 'q1,c_a,c_b,c_c\n4,0,1,0\n2,1,0,0\n5,0,0,1\n3,0,1,0\n');
    const data = ws.loadOk({ csv: 'data/o.csv', target: ['c_a', 'c_b', 'c_c'] }, 'cce');
    assert.deepEqual({ task: data.task, classes: data.classes, targetColumns: data.targetColumns }, { task: 'classification', classes: 3, targetColumns: 1 });
    assert.deepEqual(data.classNames, ['c_a', 'c_b', 'c_c']);
    assert.deepEqual(Array.from(data.labels!), [1, 0, 2, 1]);
    assert.deepEqual(Array.from(data.x), [4, 2, 5, 3]);
    // The same columns stay numbers to regress under mse and bce (bce: one independent 0/1 output each).
    for (const loss of ['mse', 'bce']) assert.equal(ws.loadOk({ csv: 'data/o.csv', target: ['c_a', 'c_b', 'c_c'] }, loss).targetColumns, 3);
  });

  it('says which line of several cce target columns is not one-hot', () => {
    ws.write('data/two.csv', 'q1,c_a,c_b\n4,0,1\n2,1,1\n');
    assert.match(dataError({ csv: 'data/two.csv', target: ['c_a', 'c_b'] }, '/data/csv', 'cce').message, /^data\/two\.csv: line 3, the targets c_a, c_b are 1, 1; under cce several target columns must be one-hot/);
    ws.write('data/soft.csv', 'q1,c_a,c_b\n4,0.3,0.7\n');
    assert.match(dataError({ csv: 'data/soft.csv', target: ['c_a', 'c_b'] }, '/data/csv', 'cce').message, /line 2, the targets c_a, c_b are 0\.3, 0\.7;/);
    ws.write('data/none.csv', 'q1,c_a,c_b\n4,0,0\n');
    assert.match(dataError({ csv: 'data/none.csv', target: ['c_a', 'c_b'] }, '/data/csv', 'cce').message, /line 2, the targets c_a, c_b are 0, 0;/);
  });

  it('turns a text target into classes, sorted by name', () => {
    ws.write('data/c.csv', 'x,kind\n1,dog\n2,cat\n3,dog\n4,bird\n');
    const data = ws.loadOk({ csv: 'data/c.csv', target: 'kind' });
    assert.equal(data.task, 'classification');
    assert.deepEqual(data.classNames, ['bird', 'cat', 'dog']);
    assert.deepEqual(Array.from(data.labels!), [2, 1, 2, 0]);
  });

  it('reads an integer target as classes under bce/cce and as numbers under mse', () => {
    ws.write('data/q.csv', 'x,quality\n1,5\n2,7\n3,5\n4,6\n');
    const classes = ws.loadOk({ csv: 'data/q.csv', target: 'quality' }, 'cce');
    assert.equal(classes.task, 'classification');
    assert.deepEqual(classes.classNames, ['5', '6', '7']);
    assert.deepEqual(Array.from(classes.labels!), [0, 2, 0, 1]);
    const numbers = ws.loadOk({ csv: 'data/q.csv', target: 'quality' }, 'mse');
    assert.equal(numbers.task, 'regression');
    assert.deepEqual(Array.from(numbers.targets!), [5, 7, 5, 6]);
    ws.write('data/f.csv', 'x,y\n1,0.5\n2,1\n');
    assert.equal(ws.loadOk({ csv: 'data/f.csv', target: 'y' }, 'bce').task, 'regression');
  });

  it('handles a BOM, CRLF, quoted fields and a trailing blank line', () => {
    ws.write('data/q.csv', '\uFEFFname,"size, m2",label\r\n"a ""quoted"", name",1.5,yes\r\n"multi\r\nline",2,no\r\n\r\n');
    const data = ws.loadOk({ csv: 'data/q.csv', target: 'label', features: ['size, m2'] });
    assert.equal(data.samples, 2);
    assert.deepEqual(Array.from(data.x), [1.5, 2]);
    assert.deepEqual(data.featureNames, ['size, m2']);
    assert.deepEqual(data.classNames, ['no', 'yes']);
  });

  it('reads a semicolon-separated export with decimal commas, as spreadsheets write where the comma is the decimal mark', () => {
    ws.write('data/eu.csv', 'Fläche;"Preis; netto";Lage\r\n1,5;-0,25;Nord\r\n2;3,2e-4;Süd\r\n3,75;,5;Nord\r\n');
    const data = ws.loadOk({ csv: 'data/eu.csv', target: 'Lage' }, 'cce');
    assert.deepEqual(Array.from(data.x), [1.5, -0.25, 2, 3.2e-4, 3.75, 0.5]);
    assert.deepEqual(data.featureNames, ['Fläche', 'Preis; netto']);
    assert.deepEqual(data.classNames, ['Nord', 'Süd']);
  });

  it('reads a tab-separated file, quoted values and spaces included', () => {
    ws.write('data/t.tsv', 'x\t"y, z"\tlabel\n 1 \t"2"\tyes\n3\t4\tno\n');
    const data = ws.loadOk({ csv: 'data/t.tsv', target: 'label' }, 'bce');
    assert.deepEqual(Array.from(data.x), [1, 2, 3, 4]);
    assert.deepEqual(data.featureNames, ['x', 'y, z']);
  });

  it('keeps commas as the separator when the header uses them most, and does not read decimal commas there', () => {
    ws.write('data/c.csv', 'a;b,c,y\n1,2,3\n');
    assert.deepEqual(ws.loadOk({ csv: 'data/c.csv', target: 'y' }).featureNames, ['a;b', 'c']);
    ws.write('data/d.csv', 'a,y\n"1,5",2\n3,4\n');
    assert.match(dataError({ csv: 'data/d.csv', target: 'y' }).message, /"1,5"/);
  });

  it('ignores the unnamed empty columns a sheet exports past its data, and still names an unnamed column that holds values', () => {
    ws.write('data/e.csv', 'a,b,y,,\n1,2,3,,\n4,5,6\n7,8,9, ,\n');
    const data = ws.loadOk({ csv: 'data/e.csv', target: 'y' });
    assert.deepEqual(data.featureNames, ['a', 'b']);
    assert.deepEqual(Array.from(data.x), [1, 2, 4, 5, 7, 8]);
    ws.write('data/f.csv', 'a,,y\n1,2,3\n4,,6\n');
    assert.match(dataError({ csv: 'data/f.csv', target: 'y' }).message, /column 2 of the header \(line 1\) has no name/);
  });

  it('says how to export a number written with thousands separators, as a feature or an mse target', () => {
    ws.write('data/g.csv', 'a,y\n"1,234",2\n3,4\n');
    assert.match(dataError({ csv: 'data/g.csv', target: 'y' }).message, /line 2, feature "a" is "1,234"; .*thousands separators: export the column as plain numbers, 1234\)/);
    ws.write('data/h.csv', 'a;y\n1;1.234,5\n2;2.500,25\n');
    assert.match(dataError({ csv: 'data/h.csv', target: 'y' }).message, /line 2, the target "y" is "1\.234,5", which reads as text .*plain numbers, 1234\.5\)/);
    ws.write('data/i.csv', 'a,y\n1,"12,500"\n2,900\n');
    assert.match(dataError({ csv: 'data/i.csv', target: 'y' }).message, /while other rows hold numbers; mse needs numeric targets \(.*12500\)/);
  });

  it('refuses a workbook saved under a .csv name, saying how to export it', () => {
    fs.writeFileSync(path.join(ws.specDir, 'data/x.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    assert.match(dataError({ csv: 'data/x.csv', target: 'y' }).message, /zip archive, such as an \.xlsx workbook/);
  });

  it('names the line of a row with the wrong number of values, counting lines inside quotes', () => {
    ws.write('data/b.csv', 'a,b,y\n1,2,3\n"x\ny",2,3\n4,5\n');
    const d = dataError({ csv: 'data/b.csv', target: 'y', features: ['b'] });
    assert.match(d.message, /^data\/b\.csv: line 5 has 2 values but the header has 3 columns/);
  });

  it('names the line and column of a non-numeric feature', () => {
    ws.write('data/n.csv', 'a,b,y\n1,2,0\n3,abc,1\n');
    const d = dataError({ csv: 'data/n.csv', target: 'y' });
    assert.match(d.message, /line 3, feature "b" is "abc"; features must be numbers/);
  });

  it('names an unknown target column with a suggestion, at data.target', () => {
    ws.write('data/t.csv', 'size,price\n1,2\n');
    const d = dataError({ csv: 'data/t.csv', target: 'pric' }, '/data/target');
    assert.match(d.message, /column "pric" is not in the header of data\/t\.csv \(line 1\) \(did you mean "price"\?\); its columns are size, price/);
  });

  it('names an unknown feature column at its entry', () => {
    ws.write('data/t.csv', 'size,price\n1,2\n');
    dataError({ csv: 'data/t.csv', target: 'price', features: ['size', 'rooms'] }, '/data/features/1');
  });

  it('refuses empty files, header-only files and files without a header', () => {
    ws.write('data/e.csv', '\n\n');
    assert.match(dataError({ csv: 'data/e.csv', target: 'y' }).message, /the file is empty/);
    ws.write('data/h.csv', 'x,y\n');
    assert.match(dataError({ csv: 'data/h.csv', target: 'y' }).message, /has a header but no data rows/);
    ws.write('data/n.csv', '1,2\n3,4\n');
    assert.match(dataError({ csv: 'data/n.csv', target: 'y' }).message, /line 1\) holds only numbers: the file has no header/);
  });

  it('refuses a mostly numeric target with a stray text value under mse', () => {
    ws.write('data/s.csv', 'x,y\n1,2\n2,n/a\n');
    assert.match(dataError({ csv: 'data/s.csv', target: 'y' }).message, /line 3, the target "y" is "n\/a" while other rows hold numbers/);
  });

  it('refuses a target exported with its unit under mse, naming the unit, rather than reading it as class labels', () => {
    ws.write('data/u.csv', 'x,pitch\n1,209 Hz\n2,229.6 Hz\n3,250 Hz\n');
    assert.match(
      dataError({ csv: 'data/u.csv', target: 'pitch' }).message,
      /line 2, the target "pitch" is "209 Hz": every row holds a number written with "Hz", which reads as text .*export the column without the unit/,
    );
    ws.write('data/c.csv', 'x,price\n1,$12.50\n2,$8\n');
    assert.match(dataError({ csv: 'data/c.csv', target: 'price' }).message, /written with "\$"/);
    // Under cce such text is a label, and mixed units are not one number column.
    ws.write('data/l.csv', 'x,size\n1,1 kg\n2,2 kg\n3,1 kg\n');
    assert.deepEqual(ws.loadOk({ csv: 'data/l.csv', target: 'size' }, 'cce').classNames, ['1 kg', '2 kg']);
    ws.write('data/m.csv', 'x,w\n1,1 kg\n2,2 lb\n');
    assert.deepEqual(ws.loadOk({ csv: 'data/m.csv', target: 'w' }).classNames, ['1 kg', '2 lb']);
  });

  it('says when a non-numeric feature is a number written with a unit', () => {
    ws.write('data/f.csv', 'a,y\n12%,0\n15,1\n');
    assert.match(dataError({ csv: 'data/f.csv', target: 'y' }).message, /line 2, feature "a" is "12%"; features must be numbers \(a number written with "%": export the column as plain numbers, without the unit\)/);
  });

  it('refuses a path leaving the workspace with "..", without reading it', () => {
    fs.writeFileSync(path.join(ws.base, 'outside', 'secret.csv'), 'root:x:0:0\n');
    const d = dataError({ csv: '../../outside/secret.csv', target: 'y' });
    assert.match(d.message, /points outside the workspace folder/);
    assert.doesNotMatch(d.message, /root:x/);
    assert.deepEqual(ws.reads, []);
  });

  it('refuses a symbolic link that leads outside the workspace, without reading it', () => {
    fs.writeFileSync(path.join(ws.base, 'outside', 'secret.csv'), 'a,y\n1,2\n');
    fs.symlinkSync(path.join(ws.base, 'outside'), path.join(ws.specDir, 'data', 'linked'));
    const d = dataError({ csv: 'data/linked/secret.csv', target: 'y' });
    assert.match(d.message, /symbolic link to a place outside the workspace folder/);
    assert.deepEqual(ws.reads, []);
  });

  it('follows a symbolic link that stays inside the workspace', () => {
    ws.write('data/real.csv', 'a,y\n1,2\n');
    fs.symlinkSync(path.join(ws.specDir, 'data', 'real.csv'), path.join(ws.specDir, 'alias.csv'));
    assert.equal(ws.loadOk({ csv: 'alias.csv', target: 'y' }).samples, 1);
    assert.deepEqual(ws.reads, [fs.realpathSync(path.join(ws.specDir, 'data', 'real.csv'))]);
  });

  it('accepts a workspace folder given through a link while the spec folder is given resolved', () => {
    ws.write('data/a.csv', 'a,y\n1,2\n');
    const linkedRoot = path.join(ws.base, 'ws-link');
    fs.symlinkSync(ws.root, linkedRoot);
    const spec = { ...baseSpec(), loss: 'mse', data: { csv: 'data/a.csv', target: 'y' } };
    assert.equal(loadOk(spec, { specDir: fs.realpathSync(ws.specDir), workspaceRoot: linkedRoot }).samples, 1);
    assert.equal(loadOk(spec, { specDir: path.join(linkedRoot, 'specs'), workspaceRoot: fs.realpathSync(ws.root) }).samples, 1);
    const escape = load({ ...spec, data: { csv: '../../outside/x.csv', target: 'y' } }, { specDir: path.join(linkedRoot, 'specs'), workspaceRoot: ws.root });
    assert.match(escape.diagnostics[0].message, /points outside the workspace folder/);
  });

  it('refuses absolute paths, missing files and folders without reading', () => {
    const absolute = ws.write('data/a.csv', 'a,y\n1,2\n');
    assert.match(dataError({ csv: absolute, target: 'y' }).message, /is an absolute path/);
    assert.match(dataError({ csv: 'data/missing.csv', target: 'y' }).message, /data file "data\/missing\.csv" not found/);
    assert.match(dataError({ csv: 'data', target: 'y' }).message, /is not a file/);
    assert.deepEqual(ws.reads, []);
  });

  it('turns a failing read into a data-error', () => {
    ws.write('data/a.csv', 'a,y\n1,2\n');
    const loaded = load({ ...baseSpec(), data: { csv: 'data/a.csv', target: 'y' } }, {
      specDir: ws.specDir,
      workspaceRoot: ws.root,
      readFile: () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    });
    assert.equal(loaded.dataset, undefined);
    assert.match(loaded.diagnostics[0].message, /cannot read "data\/a\.csv": EACCES/);
  });
});
