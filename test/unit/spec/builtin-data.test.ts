import { strict as assert } from 'assert';
import type { Dataset } from '../../../src/spec/dataset';
import { baseSpec, classCounts, loadOk } from './helpers';

/** Loads a builtin data set with the given data block and seed. */
function builtin(data: Record<string, unknown>, seed = 1, loss = 'cce'): Dataset {
  return loadOk({ ...baseSpec(), seed, loss, data });
}

function points(data: Dataset): { x: number; y: number; label: number }[] {
  return Array.from({ length: data.samples }, (_, i) => ({ x: data.x[2 * i], y: data.x[2 * i + 1], label: data.labels![i] }));
}

describe('builtin data sets', () => {
  const shapes: { name: string; classes: number; extra?: Record<string, unknown> }[] = [
    { name: 'xor', classes: 2 },
    { name: 'circles', classes: 2 },
    { name: 'moons', classes: 2 },
    { name: 'spirals', classes: 3, extra: { classes: 3 } },
    { name: 'blobs', classes: 5, extra: { classes: 5 } },
  ];
  for (const { name, classes, extra } of shapes) {
    it(`${name}: 2 inputs, ${classes} balanced classes, finite values`, () => {
      const data = builtin({ builtin: name, samples: 101, ...extra });
      assert.equal(data.samples, 101);
      assert.equal(data.inputs, 2);
      assert.equal(data.x.length, 202);
      assert.equal(data.task, 'classification');
      assert.equal(data.classes, classes);
      assert.equal(data.classNames?.length, classes);
      assert.equal(data.labels?.length, 101);
      const counts = classCounts(data);
      assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `unbalanced: ${counts}`);
      assert.ok(data.x.every(Number.isFinite));
    });

    it(`${name}: the same seed gives the same data, another seed other data`, () => {
      const a = builtin({ builtin: name, ...extra }, 5);
      const b = builtin({ builtin: name, ...extra }, 5);
      const c = builtin({ builtin: name, ...extra }, 6);
      assert.deepEqual(a, b);
      assert.notDeepEqual(a.x, c.x);
    });
  }

  it('defaults to 200 samples, noise 0.1 and 2 classes', () => {
    const blobs = builtin({ builtin: 'blobs' });
    assert.equal(blobs.samples, 200);
    assert.equal(blobs.classes, 2);
    const clean = builtin({ builtin: 'circles', noise: 0 });
    const noisy = builtin({ builtin: 'circles' });
    const radiusSpread = (d: Dataset) => Math.max(...points(d).map((p) => Math.abs(Math.hypot(p.x, p.y) - (p.label === 0 ? 1 : 0.5))));
    assert.ok(radiusSpread(clean) < 1e-12);
    assert.ok(radiusSpread(noisy) > 0.1 && radiusSpread(noisy) < 0.6, `spread ${radiusSpread(noisy)}`);
  });

  it('xor without noise: class 1 exactly where the signs differ, away from the axes', () => {
    for (const p of points(builtin({ builtin: 'xor', noise: 0 }))) {
      assert.equal(p.label, p.x * p.y < 0 ? 1 : 0);
      assert.ok(Math.abs(p.x) >= 0.1 && Math.abs(p.x) <= 1 && Math.abs(p.y) >= 0.1 && Math.abs(p.y) <= 1);
    }
  });

  it('moons without noise: two interleaving half circles', () => {
    for (const p of points(builtin({ builtin: 'moons', noise: 0 }))) {
      if (p.label === 0) {
        assert.ok(Math.abs(Math.hypot(p.x, p.y) - 1) < 1e-12 && p.y >= 0);
      } else {
        assert.ok(Math.abs(Math.hypot(p.x - 1, p.y - 0.5) - 1) < 1e-12 && p.y <= 0.5);
      }
    }
  });

  it('spirals without noise: each arm is its own rotation of the same curve', () => {
    const classes = 3;
    for (const p of points(builtin({ builtin: 'spirals', noise: 0, classes }))) {
      const radius = Math.hypot(p.x, p.y);
      assert.ok(radius <= 1);
      const expectedAngle = (2 * Math.PI * p.label) / classes + 2 * Math.PI * 1.25 * radius;
      const turns = (Math.atan2(p.y, p.x) - expectedAngle) / (2 * Math.PI);
      assert.ok(Math.abs(turns - Math.round(turns)) < 1e-9, `point off its arm: ${JSON.stringify(p)}`);
    }
  });

  it('blobs: each class gathers around its own centre', () => {
    const data = builtin({ builtin: 'blobs', classes: 4, samples: 400, noise: 0 });
    const centres = [0, 1, 2, 3].map((c) => {
      const own = points(data).filter((p) => p.label === c);
      return { x: own.reduce((s, p) => s + p.x, 0) / own.length, y: own.reduce((s, p) => s + p.y, 0) / own.length };
    });
    centres.forEach((c) => assert.ok(Math.abs(Math.hypot(c.x, c.y) - 1) < 0.1, `centre ${JSON.stringify(c)}`));
    const nearest = points(data).filter((p) => {
      const distances = centres.map((c) => Math.hypot(p.x - c.x, p.y - c.y));
      return distances.indexOf(Math.min(...distances)) === p.label;
    });
    assert.ok(nearest.length >= 0.97 * data.samples, `${nearest.length} of ${data.samples} nearest to their centre`);
  });

  it('sine: regression of sin(x) on x in [-π, π]', () => {
    const data = builtin({ builtin: 'sine', samples: 50, noise: 0 }, 1, 'mse');
    assert.equal(data.task, 'regression');
    assert.equal(data.inputs, 1);
    assert.equal(data.targetColumns, 1);
    assert.equal(data.labels, undefined);
    for (let i = 0; i < 50; i++) {
      assert.ok(Math.abs(data.x[i]) <= Math.PI);
      assert.equal(data.targets![i], Math.sin(data.x[i]));
    }
    assert.deepEqual(builtin({ builtin: 'sine' }, 3, 'mse'), builtin({ builtin: 'sine' }, 3, 'mse'));
    assert.notDeepEqual(builtin({ builtin: 'sine' }, 3, 'mse').x, builtin({ builtin: 'sine' }, 4, 'mse').x);
    const noisy = builtin({ builtin: 'sine', samples: 50, noise: 0.2 }, 1, 'mse');
    const residual = Array.from(noisy.targets!, (t, i) => t - Math.sin(noisy.x[i]));
    const std = Math.sqrt(residual.reduce((s, r) => s + r * r, 0) / residual.length);
    assert.ok(std > 0.1 && std < 0.3, `noise std ${std}`);
  });
});

describe('builtin iris', () => {
  const iris = builtin({ builtin: 'iris' });

  it('is the 150-row Fisher data: 4 measurements, 3 species, 50 each', () => {
    assert.equal(iris.samples, 150);
    assert.equal(iris.inputs, 4);
    assert.deepEqual(iris.featureNames, ['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
    assert.deepEqual(iris.classNames, ['setosa', 'versicolor', 'virginica']);
    assert.deepEqual(classCounts(iris), [50, 50, 50]);
  });

  it('has the known rows, including the two where UCI differs from Fisher', () => {
    const row = (i: number) => [...Array.from(iris.x.slice(4 * i, 4 * i + 4)), iris.classNames![iris.labels![i]]];
    assert.deepEqual(row(0), [5.1, 3.5, 1.4, 0.2, 'setosa']);
    assert.deepEqual(row(34), [4.9, 3.1, 1.5, 0.2, 'setosa']);
    assert.deepEqual(row(37), [4.9, 3.6, 1.4, 0.1, 'setosa']);
    assert.deepEqual(row(50), [7.0, 3.2, 4.7, 1.4, 'versicolor']);
    assert.deepEqual(row(149), [5.9, 3.0, 5.1, 1.8, 'virginica']);
  });

  it('has the published column sums', () => {
    const sums = [0, 1, 2, 3].map((c) => Math.round(10 * Array.from({ length: 150 }, (_, i) => iris.x[4 * i + c]).reduce((a, b) => a + b, 0)) / 10);
    assert.deepEqual(sums, [876.5, 458.6, 563.7, 179.9]);
  });

  it('does not depend on the seed', () => {
    assert.deepEqual(builtin({ builtin: 'iris' }, 99).x, iris.x);
  });
});
