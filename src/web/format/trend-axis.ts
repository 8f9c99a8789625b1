// The value axis of a trend fitted to its data (not 0–max), and the periods a trend has no value for.

/** Bounds of a value axis around `values` on a scale 0–`max`: a margin, rounded to a step, kept inside the scale. */
export function fittedAxis(values: readonly (number | undefined)[], max: number): { min: number; max: number } {
  const present = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (present.length === 0) return { min: 0, max };
  const low = Math.min(...present);
  const high = Math.max(...present);
  // At least a tenth of the scale visible, so that a flat line does not look like a cliff.
  const margin = Math.max((high - low) * 0.25, max / 20);
  const step = max > 50 ? 5 : 1;
  return {
    min: Math.max(0, Math.floor((low - margin) / step) * step),
    max: Math.min(max, Math.ceil((high + margin) / step) * step),
  };
}

/** Indexes of the points without a value: drawn as gaps and marked, never as zero. */
export function gapIndexes(values: readonly (number | undefined)[]): number[] {
  return values.flatMap((v, i) => (v === undefined ? [i] : []));
}
