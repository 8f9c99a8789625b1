// Whether a change of the index between two periods is beyond the uncertainty of both figures.

/**
 * True when |current − previous| exceeds the 95 % margin of the difference of two independent estimates:
 * √(h₁² + h₂²), each h the half-width of a figure's 95 % interval. Undefined when either figure lacks an interval.
 */
export function isChangeSignificant(
  change: number,
  current: readonly [number, number] | undefined,
  previous: readonly [number, number] | undefined,
): boolean | undefined {
  if (!current || !previous) return undefined;
  const h1 = (current[1] - current[0]) / 2;
  const h2 = (previous[1] - previous[0]) / 2;
  return Math.abs(change) > Math.hypot(h1, h2);
}
