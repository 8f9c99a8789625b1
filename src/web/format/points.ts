// Differences of shares as percentage points for people: «+12,3 п. п.», intervals «+5,1…+19,8».

const oneDecimal = new Intl.NumberFormat("ru-RU", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A share difference (−1..1) in percentage points with its sign: «+12,3», «−4,0». */
export function formatPoints(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${oneDecimal.format(Math.abs(value))}`;
}

/** «+5,1…+19,8 п. п.» */
export const formatPointsInterval = (ci: readonly [number, number]): string => `${formatPoints(ci[0])}…${formatPoints(ci[1])} п. п.`;
