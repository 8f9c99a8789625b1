// Side by side: one kind of unit under methodology versions A and B — index, percent, stars, status, rank, rank change.
import type { ResultDocument, ViewName, ViewResult } from "../../core/index.js";
import type { ComparisonRow, VersionFigures } from "../../contract/methodology.js";
import type { UnitKind } from "../../db/index.js";

export type { ComparisonRow, VersionFigures };

function figures(entry: ViewResult | undefined): VersionFigures {
  return {
    status: entry?.status ?? "empty",
    n: entry?.n ?? 0,
    index: entry?.index ?? null,
    percent: entry?.percent ?? null,
    stars: entry?.stars ?? null,
    rank: entry?.rank ?? null,
    rankOf: entry?.rankOf ?? null,
  };
}

const entriesOf = (result: ResultDocument, view: ViewName) => new Map(result.units.filter((u) => u.view === view && u.id !== undefined).map((u) => [u.id as string, u]));

/**
 * The rows for every unit of `kind` among `units`, ordered by rank under B, then under A
 * (unranked last), then by id.
 */
export function compareRankings(a: ResultDocument, b: ResultDocument, units: readonly { id: string; name: string; kind: UnitKind }[], view: ViewName, kind: UnitKind): ComparisonRow[] {
  const underA = entriesOf(a, view);
  const underB = entriesOf(b, view);
  const rows = units
    .filter((u) => u.kind === kind)
    .map((u) => {
      const fa = figures(underA.get(u.id));
      const fb = figures(underB.get(u.id));
      return { id: u.id, name: u.name, a: fa, b: fb, rankChange: fa.rank !== null && fb.rank !== null ? fa.rank - fb.rank : null };
    });
  const rankKey = (rank: number | null) => rank ?? Number.POSITIVE_INFINITY;
  return rows.sort((x, y) => rankKey(x.b.rank) - rankKey(y.b.rank) || rankKey(x.a.rank) - rankKey(y.a.rank) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
