// Distinct number types that must not mix (a share is not a percent, points are not a share) and the rounding rule.

declare const brand: unique symbol;
type Branded<T, B extends string> = T & { readonly [brand]: B };

/** A proportion in [0, 1]: a survey share, an objective part, an indicator value. */
export type Share = Branded<number, "Share">;
/** Points on the index scale: an indicator's points, a group score, the index itself (0..total). */
export type Points = Branded<number, "Points">;
/** A value on the 0..100 scale. */
export type Percent = Branded<number, "Percent">;

/** Marks a number as a share (no check: the caller computed it as one). */
export const asShare = (x: number): Share => x as Share;
/** Marks a number as points. */
export const asPoints = (x: number): Points => x as Points;
/** Marks a number as a percent. */
export const asPercent = (x: number): Percent => x as Percent;

/** Converts an index on the 0..total scale into a percent, exactly `index * 2` for a total of 50. */
export function toPercent(index: Points, total: number): Percent {
  return (index * (100 / total)) as Percent;
}

/** Rounds half up in double precision: `floor(x * 10^d + 0.5) / 10^d` (methodology §5, the same in every language). */
export function roundHalfUp(x: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.floor(x * factor + 0.5) / factor;
}
