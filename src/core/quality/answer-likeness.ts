// How alike forms are: a comparable vector per form and a distance between two (answers, skipped parts, comment).

import type { QualityFrame } from "./quality-frame.js";

/** A small deterministic generator (mulberry32) for the permutations. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per response a comparable vector: numbers for scale answers, codes for choices, NaN when skipped; the comment last. */
export function signature(frame: QualityFrame, i: number): Float64Array {
  const K = frame.keys.length;
  const out = new Float64Array(K + 1);
  const answers = frame.responses[i]?.answers ?? {};
  for (let k = 0; k < K; k++) {
    const v = answers[frame.keys[k] as string];
    out[k] = v === null || v === undefined ? NaN : typeof v === "number" ? v : 1000 + (frame.codes[i * K + k] as number);
  }
  out[K] = (frame.commentCount[i] as number) > 0 ? 1 : 0;
  return out;
}

/** How different two forms are: answer by answer (a scale by its points, at most 3), a skip against an answer counts 1. */
export function distance(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as number,
      y = b[k] as number;
    const nx = Number.isNaN(x),
      ny = Number.isNaN(y);
    if (nx || ny) d += nx === ny ? 0 : 1;
    else if (x >= 1000 || y >= 1000) d += x === y ? 0 : 1;
    else d += Math.min(3, Math.abs(x - y));
  }
  return d;
}

export function meanPairwise(sigs: readonly Float64Array[]): number {
  let sum = 0,
    pairs = 0;
  for (let a = 0; a < sigs.length; a++) for (let b = a + 1; b < sigs.length; b++, pairs++) sum += distance(sigs[a] as Float64Array, sigs[b] as Float64Array);
  return pairs ? sum / pairs : 0;
}
