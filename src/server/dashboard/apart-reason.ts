// Why a unit stands apart from a rating, in Russian: too few responses, a group without data, no responses.
import type { Methodology, ViewName, ViewResult } from "../../core/index.js";
import type { ViewTriple } from "./results-cache.js";

const whose: Record<"seeker" | "employer", string> = { seeker: "соискателей", employer: "работодателей" };

function missingGroups(r: ViewResult, m: Methodology): string[] {
  return m.groups.filter((g) => r.groups[g.code] === undefined).map((g) => g.name);
}

function groupsText(names: readonly string[]): string {
  const quoted = names.map((n) => `«${n}»`).join(", ");
  return names.length === 1 ? `нет данных по группе ${quoted}` : `нет данных по группам ${quoted}`;
}

/** The reason for a single view (seeker or employer); `suffix` names whose answers (for combined). */
function viewReason(r: ViewResult, m: Methodology, suffix = ""): string | undefined {
  switch (r.status) {
    case "empty":
      return `нет ответов${suffix}`;
    case "incomplete":
      return groupsText(missingGroups(r, m)) + (suffix ? ` (${suffix.trim()})` : "");
    case "insufficient":
      return `мало ответов${suffix}: ${r.n} из ${m.sample.minSample}`;
    case "ok":
      return undefined;
  }
}

/**
 * «мало ответов: 12 из 30», «нет данных по группе «…»», «нет ответов» for a row that is not `ok`;
 * for the combined view, the reason of the view that holds it back (the first of empty,
 * incomplete, insufficient, as the core decides the combined status).
 */
export function apartReason(views: ViewTriple, view: ViewName, m: Methodology): string | undefined {
  const r = views[view];
  if (r.status === "ok") return undefined;
  if (view !== "combined") return viewReason(r, m);
  if (views.seeker.status === "empty" && views.employer.status === "empty") return "нет ответов";
  for (const status of ["empty", "incomplete", "insufficient"] as const) {
    for (const v of ["seeker", "employer"] as const) {
      if (views[v].status === status) return viewReason(views[v], m, ` ${whose[v]}`);
    }
  }
  return undefined;
}
