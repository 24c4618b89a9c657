/**
 * The builtin data sets as `Dataset`s: the generated ones from the spec's seed, and the bundled
 * iris data. Defaults (see `defaults.ts`): 200 samples, noise 0.1, 2 classes for spirals/blobs;
 * xor, circles and moons have 2 classes, iris 150 rows and 3 classes, sine is regression.
 */
import { Random } from '../engine/random';
import { IRIS_CSV } from './data/iris';
import type { Dataset } from './dataset';
import { blobPoints, circlePoints, moonPoints, PlanarPoints, sinePoints, spiralPoints, xorPoints } from './generators';
import type { DataSpec } from './types';

/** Salt of the data's random stream, so it never mirrors the initialisation drawn from the same seed. */
const DATA_STREAM = 0xda7a;

type BuiltinSpec = Extract<DataSpec, { kind: 'builtin' }>;

/** The data set a builtin spec names, not yet normalized. */
export function builtinDataset(spec: BuiltinSpec, seed: number): Dataset {
  const rng = new Random(seed).fork(DATA_STREAM);
  const { samples, noise, classes } = spec;
  switch (spec.name) {
    case 'xor':
      return planarDataset(xorPoints(samples, noise, rng), 2);
    case 'circles':
      return planarDataset(circlePoints(samples, noise, rng), 2);
    case 'moons':
      return planarDataset(moonPoints(samples, noise, rng), 2);
    case 'spirals':
      return planarDataset(spiralPoints(samples, noise, classes, rng), classes);
    case 'blobs':
      return planarDataset(blobPoints(samples, noise, classes, rng), classes);
    case 'sine':
      return sineDataset(samples, noise, rng);
    case 'iris':
      return irisDataset();
  }
}

function planarDataset(points: PlanarPoints, classes: number): Dataset {
  return {
    samples: points.labels.length,
    inputs: 2,
    x: points.x,
    featureNames: ['x0', 'x1'],
    task: 'classification',
    labels: points.labels,
    classes,
    classNames: Array.from({ length: classes }, (_, i) => String(i)),
    targetColumns: 1,
    targetNames: ['class'],
  };
}

function sineDataset(samples: number, noise: number, rng: Random): Dataset {
  const { x, targets } = sinePoints(samples, noise, rng);
  return { samples, inputs: 1, x, featureNames: ['x'], task: 'regression', targets, targetColumns: 1, targetNames: ['y'] };
}

/** Species in the order they appear in the bundled file (also alphabetical). */
export const IRIS_SPECIES = ['setosa', 'versicolor', 'virginica'];

/** The bundled iris data: 4 measurements (cm) → species. */
export function irisDataset(): Dataset {
  const [header, ...lines] = IRIS_CSV.trim().split('\n');
  const featureNames = header.split(',').slice(0, 4);
  const x = new Float64Array(lines.length * 4);
  const labels = new Int32Array(lines.length);
  lines.forEach((line, row) => {
    const cells = line.split(',');
    for (let column = 0; column < 4; column++) x[row * 4 + column] = Number(cells[column]);
    labels[row] = IRIS_SPECIES.indexOf(cells[4]);
  });
  return {
    samples: lines.length,
    inputs: 4,
    x,
    featureNames,
    task: 'classification',
    labels,
    classes: IRIS_SPECIES.length,
    classNames: [...IRIS_SPECIES],
    targetColumns: 1,
    targetNames: ['species'],
  };
}
