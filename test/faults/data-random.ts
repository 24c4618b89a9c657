/**
 * The seeded randomness the fault sets' CSV generators share (each set's data/generate.ts), so
 * every generated file is the same on every run.
 */

/** A small seeded generator (mulberry32), so the files never change between runs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normal draw by Box–Muller from two of `next`'s uniforms. */
export function normal(next: () => number, mean: number, std: number): number {
  const u = Math.max(next(), 1e-12), v = next();
  return mean + std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** `x` limited to [lo, hi]. */
export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The logistic function, for generating labels from a latent score. */
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
