import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FLOAT32_SAFE_MAGNITUDE } from '../../../src/spec/extreme-values';
import { Trainer } from '../../../src/engine';
import { baseSpec, load } from './helpers';

const ROWS = [
  [0.2, 1.1],
  [0.5, 0.9],
  [0.7, 1.0],
  [0.8, 0.3],
  [0.1, 0.2],
  [0.9, 1.3],
];

function inline(x: number[][], y: number[], extra: Record<string, unknown> = {}) {
  return load({ ...baseSpec(), loss: 'mse', layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1 }], data: { inline: { x, y }, ...extra } });
}

describe('data values too large for 32-bit floats (missing-value codes)', () => {
  it('the bound is the largest magnitude whose square is a finite float32', () => {
    assert.ok(Number.isFinite(Math.fround(FLOAT32_SAFE_MAGNITUDE ** 2)));
    assert.equal(Math.fround((FLOAT32_SAFE_MAGNITUDE * 1.001) ** 2), Infinity);
  });

  it('warns at the inline entry holding the code, counts the others, and still loads the data', () => {
    const x = ROWS.map((row) => [...row]);
    x[2][0] = 1.7e308;
    x[4][0] = 1.7e308;
    const loaded = inline(x, [1, 2, 3, 4, 5, 6]);
    assert.ok(loaded.dataset, 'a warning keeps the data');
    assert.equal(loaded.diagnostics.length, 1);
    const [d] = loaded.diagnostics;
    assert.equal(d.code, 'data-error');
    assert.equal(d.severity, 'warning');
    assert.equal(d.path, '/data/inline/x/2/0');
    assert.match(d.message, /feature "x0" holds 1\.70e\+308 at data\.inline\.x\[2\]\[0\] \(and 1 more row past 1\.8e\+19\)/);
    assert.match(d.message, /Remove those rows or replace the values/);
  });

  it('names a regression target too, and says normalizing would not rescue a feature', () => {
    const x = ROWS.map((row) => [...row]);
    x[1][1] = -9.96921e36;
    const loaded = inline(x, [1, 2, 3.4e38, 4, 5, 6], { normalize: 'standard' });
    const messages = loaded.diagnostics.map((d) => `${d.path} ${d.message}`);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(messages[0], /^\/data\/inline\/x\/1\/1 feature "x1" holds -9\.97e\+36 .*normalizing the column squeezes all its other rows/);
    assert.match(messages[1], /^\/data\/inline\/y\/2 target "y" holds 3\.40e\+38 .*overflow the loss to Infinity, then NaN/);
  });

  it('stays silent on large but real magnitudes (prices in the trillions, 1e18)', () => {
    const x = ROWS.map((row, i) => [row[0] * 1e12, i === 3 ? 1e18 : row[1]]);
    assert.deepEqual(inline(x, [1, 2, 3, 4, 5, 6]).diagnostics, []);
  });

  it('gives a CSV row its file line, and a float32 run on such data does overflow (a linear model: no unit to die instead)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nnd-extreme-'));
    try {
      const lines = ['temp,humidity,rain', '16.7,81,0.0', '', '8.3,9.96921e+36,0.2', '7.2,70,3.7', '12.1,64,0.0'];
      fs.writeFileSync(path.join(dir, 'weather.csv'), lines.join('\n'));
      const spec = { ...baseSpec(), loss: 'mse', layers: [{ type: 'dense', units: 1 }], data: { csv: 'weather.csv', target: 'rain' } };
      const loaded = load(spec, { specDir: dir, workspaceRoot: dir });
      assert.deepEqual(loaded.diagnostics.map((d) => d.path), ['/data/csv']);
      assert.match(loaded.diagnostics[0].message, /feature "humidity" holds 9\.97e\+36 at line 4 of weather\.csv:/);
      assert.ok(loaded.dataset && loaded.parsed.spec);
      const trainer = new Trainer(loaded.parsed.spec, loaded.dataset);
      const losses = [1, 2, 3].map(() => trainer.trainEpoch().loss);
      assert.ok(losses.some((loss) => !Number.isFinite(loss)), `the warning's claim: the loss overflows within 3 epochs (got ${losses.join(', ')})`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
