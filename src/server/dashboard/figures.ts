// A view result of the core as the dashboard's Figures, and units as screens name them.
import type { Methodology, ViewResult } from "../../core/index.js";
import type { DirectoryUnit } from "../../db/index.js";
import { countryId, type Figures, type UnitRef } from "./dashboard-types.js";

/** The country as a pseudo-unit. */
export const countryRef: UnitRef = { id: countryId, kind: "country", name: "Российская Федерация" };

/** A stored unit as screens name it. */
export function unitRef(u: DirectoryUnit): UnitRef {
  return { id: u.id, kind: u.kind, name: u.name };
}

/** The figures of a view result; `star` gives each present group as percent of its maximum. */
export function toFigures(r: ViewResult, m: Methodology): Figures {
  const star: Record<string, number> = {};
  for (const g of m.groups) {
    const score = r.groups[g.code];
    if (score !== undefined) star[g.code] = (score / g.max) * 100;
  }
  return {
    n: r.n,
    status: r.status,
    coverage: r.coverage,
    ...(r.index !== undefined ? { index: r.index } : {}),
    ...(r.percent !== undefined ? { percent: r.percent } : {}),
    ...(r.ci !== undefined ? { ci: [r.ci[0], r.ci[1]] as [number, number] } : {}),
    ...(r.stars !== undefined ? { stars: r.stars } : {}),
    groups: { ...r.groups },
    star,
    ...(r.rank !== undefined ? { rank: r.rank } : {}),
    ...(r.rankOf !== undefined ? { rankOf: r.rankOf } : {}),
  };
}
