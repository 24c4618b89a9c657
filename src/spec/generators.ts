/**
 * The generated toy data sets. Each draws only from the Random it is given, so a seed fixes the
 * data exactly. Classes alternate sample by sample (class = i mod classes), which keeps them
 * balanced for any sample count. `noise` is the standard deviation of Gaussian noise added to each
 * coordinate (for sine: to the target).
 */
import type { Random } from '../engine/random';

/** Two input features with a class per sample. */
export interface PlanarPoints {
  /** Row-major samples × 2. */
  x: Float64Array;
  labels: Int32Array;
}

/** Distance of the clean xor points from the axes, so that noise-free data is separable with a margin. */
const XOR_MARGIN = 0.1;
/** Radius of the inner circle of `circles` (the outer one has radius 1). */
const INNER_RADIUS = 0.5;
/** How far each spiral arm winds, in turns, from the centre out to radius 1. */
const SPIRAL_TURNS = 1.25;
/** Spread of each blob around its centre, before the noise is added. */
export const BLOB_STD = 0.25;

function planar(samples: number, point: (i: number, label: number, out: [number, number]) => void, classes: number, noise: number, rng: Random): PlanarPoints {
  const x = new Float64Array(samples * 2);
  const labels = new Int32Array(samples);
  const p: [number, number] = [0, 0];
  for (let i = 0; i < samples; i++) {
    const label = i % classes;
    point(i, label, p);
    x[2 * i] = p[0] + (noise > 0 ? rng.normal(0, noise) : 0);
    x[2 * i + 1] = p[1] + (noise > 0 ? rng.normal(0, noise) : 0);
    labels[i] = label;
  }
  return { x, labels };
}

/** Points in [-1, 1]²; class 1 where the coordinates' signs differ (the XOR of their signs). */
export function xorPoints(samples: number, noise: number, rng: Random): PlanarPoints {
  return planar(samples, (_i, label, out) => {
    const sign = rng.next() < 0.5 ? 1 : -1;
    out[0] = sign * rng.uniform(XOR_MARGIN, 1);
    out[1] = (label === 0 ? sign : -sign) * rng.uniform(XOR_MARGIN, 1);
  }, 2, noise, rng);
}

/** Class 0 on the unit circle, class 1 on a concentric circle of radius 0.5. */
export function circlePoints(samples: number, noise: number, rng: Random): PlanarPoints {
  return planar(samples, (_i, label, out) => {
    const radius = label === 0 ? 1 : INNER_RADIUS;
    const angle = rng.uniform(0, 2 * Math.PI);
    out[0] = radius * Math.cos(angle);
    out[1] = radius * Math.sin(angle);
  }, 2, noise, rng);
}

/** Two interleaving half circles, as scikit-learn's make_moons draws them. */
export function moonPoints(samples: number, noise: number, rng: Random): PlanarPoints {
  return planar(samples, (_i, label, out) => {
    const t = rng.uniform(0, Math.PI);
    out[0] = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
    out[1] = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
  }, 2, noise, rng);
}

/** `classes` spiral arms winding out from the centre, rotated evenly against each other. */
export function spiralPoints(samples: number, noise: number, classes: number, rng: Random): PlanarPoints {
  return planar(samples, (_i, label, out) => {
    const t = rng.next();
    const angle = (2 * Math.PI * label) / classes + 2 * Math.PI * SPIRAL_TURNS * t;
    out[0] = t * Math.cos(angle);
    out[1] = t * Math.sin(angle);
  }, classes, noise, rng);
}

/**
 * `classes` Gaussian blobs (spread BLOB_STD) with centres evenly on a circle, its rotation drawn
 * from the seed. The circle grows with the class count so neighbouring centres stay about 1 apart.
 */
export function blobPoints(samples: number, noise: number, classes: number, rng: Random): PlanarPoints {
  const radius = Math.max(1, classes / (2 * Math.PI));
  const rotation = rng.uniform(0, 2 * Math.PI);
  return planar(samples, (_i, label, out) => {
    const angle = rotation + (2 * Math.PI * label) / classes;
    out[0] = radius * Math.cos(angle) + rng.normal(0, BLOB_STD);
    out[1] = radius * Math.sin(angle) + rng.normal(0, BLOB_STD);
  }, classes, noise, rng);
}

/** One input x uniform in [-π, π] and the target sin(x) plus noise. */
export function sinePoints(samples: number, noise: number, rng: Random): { x: Float64Array; targets: Float64Array } {
  const x = new Float64Array(samples);
  const targets = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    x[i] = rng.uniform(-Math.PI, Math.PI);
    targets[i] = Math.sin(x[i]) + (noise > 0 ? rng.normal(0, noise) : 0);
  }
  return { x, targets };
}
