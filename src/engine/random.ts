/**
 * Seeded pseudo-random numbers. Everything random in the core (data generation, initialisation,
 * shuffling, dropout) draws from one of these, so the same spec and seed give the same run.
 */

/** A deterministic generator: mulberry32 for uniforms, Box–Muller for normals. */
export class Random {
  private state: number;
  private spareNormal: number | undefined;

  /** @param seed any finite number; non-integers are folded into 32 bits. */
  constructor(seed: number) {
    this.state = hashSeed(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [low, high). */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Normal with the given mean and standard deviation. */
  normal(mean = 0, std = 1): number {
    if (this.spareNormal !== undefined) {
      const z = this.spareNormal;
      this.spareNormal = undefined;
      return mean + std * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return mean + std * r * Math.cos(2 * Math.PI * v);
  }

  /**
   * Fisher–Yates shuffle in place, drawing j = int(i + 1) exactly as `int` does, with the generator
   * state kept in a local for the whole loop (the trainer reshuffles every epoch).
   */
  shuffle<T extends { length: number; [i: number]: number }>(array: T): T {
    let state = this.state;
    for (let i = array.length - 1; i > 0; i--) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
      const tmp = array[i];
      array[i] = array[j];
      array[j] = tmp;
    }
    this.state = state;
    return array;
  }

  /** A new generator whose stream is independent of this one's future draws. */
  fork(salt: number): Random {
    return new Random(hashSeed(this.state ^ Math.imul(salt | 0, 0x9e3779b1)));
  }
}

/** Folds any finite number into a well-mixed 32-bit state. */
function hashSeed(seed: number): number {
  let h = Math.floor(seed * 1000003) ^ 0x5bd1e995;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
