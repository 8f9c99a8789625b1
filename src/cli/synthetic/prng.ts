// A small deterministic PRNG (sfc32, seeded through splitmix32) and the draws the generators need.

/** A seeded random source; the same seed always gives the same sequence. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given non-negative weights. */
  weighted(weights: readonly number[]): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Poisson-distributed count (Knuth; fine for small means). */
  poisson(mean: number): number;
  /** An independent generator derived from this one and a label. */
  fork(label: string): Rng;
}

/** A 32-bit hash of a string (FNV-1a), to turn labels and string seeds into numbers. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A generator seeded with a number or a string. */
export function createRng(seed: number | string): Rng {
  const init = splitmix32(typeof seed === "number" ? seed : hash32(seed));
  let a = init(),
    b = init(),
    c = init(),
    d = init();
  const raw = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) raw();
  let spare: number | undefined;
  const rng: Rng = {
    next: raw,
    int: (n) => Math.floor(raw() * n),
    chance: (p) => raw() < p,
    pick: (items) => items[Math.floor(raw() * items.length)] as (typeof items)[number],
    weighted(weights) {
      let total = 0;
      for (const w of weights) total += w;
      let x = raw() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i] as number;
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
    normal() {
      if (spare !== undefined) {
        const s = spare;
        spare = undefined;
        return s;
      }
      const u = 1 - raw(),
        v = raw();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    poisson(mean) {
      const limit = Math.exp(-mean);
      let k = 0,
        p = raw();
      while (p > limit) {
        k++;
        p *= raw();
      }
      return k;
    },
    fork: (label) => createRng((Math.floor(raw() * 4294967296) ^ hash32(label)) >>> 0),
  };
  return rng;
}
