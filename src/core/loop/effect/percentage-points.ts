// Differences of shares as Russian percentage points: «+12,5», «−3», «+9…+15 п. п.».

/** `share` difference in percentage points with a sign, rounded to `decimals` (Russian decimal comma, true minus). */
export function signedPoints(share: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const value = Math.round(share * 100 * factor) / factor;
  const text = Math.abs(value).toFixed(decimals).replace(/\.0+$/, "").replace(".", ",");
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : "0";
}

/** An interval of a difference: «+5,1…+19,8». */
export function pointsInterval(ci: readonly [number, number], decimals = 1): string {
  return `${signedPoints(ci[0], decimals)}…${signedPoints(ci[1], decimals)}`;
}
