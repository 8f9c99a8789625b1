// The orders of the comparison table: as the server gives it (by rank under B), or by rank change either way.
import type { ComparisonRow } from "../../../api/admin-api";

export type ComparisonOrder = "rank" | "climb" | "fall";

/** The next order when the «change» header is pressed: climbs first, then falls first, then back to ranks. */
export const nextOrder: Record<ComparisonOrder, ComparisonOrder> = { rank: "climb", climb: "fall", fall: "rank" };

/** The rows in `order`; units without a change (not ranked under both) go last, ties keep the rank order. */
export function orderRows(rows: readonly ComparisonRow[], order: ComparisonOrder): ComparisonRow[] {
  if (order === "rank") return [...rows];
  const sign = order === "climb" ? -1 : 1;
  const key = (row: ComparisonRow) => (row.rankChange === null ? Number.POSITIVE_INFINITY : sign * row.rankChange);
  return rows
    .map((row, position) => ({ row, position }))
    .sort((x, y) => key(x.row) - key(y.row) || x.position - y.position)
    .map(({ row }) => row);
}
