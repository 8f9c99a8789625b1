// A segment over profile fields and the preferred channel: {view, criteria: {field: [values]}}, validated against
// the methodology's known values (every problem with its path), and the test of whether a respondent belongs to it.

import type { View } from "../counters/counter-cell.js";
import { fieldPath, itemPath } from "../json/shape-reader.js";
import type { Methodology } from "../methodology/methodology-types.js";
import { accepted, refused, type Outcome } from "../problems/outcome.js";
import type { Problem } from "../problems/problem.js";
import { segmentDimensions, valuesOn, type SegmentDimension } from "./segment-dimensions.js";

/** Respondents of `view` whose value on every listed field is one of the listed values (any of them, for a multi field). */
export interface SegmentDefinition {
  readonly view: View;
  readonly criteria: Readonly<Record<string, readonly string[]>>;
}

/** Validates a parsed definition at `path` (e.g. `segment`); unknown fields and values are refused with their path. */
export function validateSegmentDefinition(value: unknown, m: Methodology, path = "segment"): Outcome<SegmentDefinition> {
  const problems: Problem[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return refused([{ code: "wrong_type", path, expected: "object", found: JSON.stringify(value) ?? "undefined" }]);
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) if (key !== "view" && key !== "criteria") problems.push({ code: "unknown_key", path: fieldPath(path, key), key });
  const view = o.view;
  if (view !== "seeker" && view !== "employer") {
    problems.push(
      view === undefined
        ? { code: "missing_field", path: fieldPath(path, "view") }
        : { code: "not_in_list", path: fieldPath(path, "view"), value: String(view), allowed: ["seeker", "employer"] },
    );
    return refused(problems);
  }
  const raw = o.criteria ?? {};
  const criteriaPath = fieldPath(path, "criteria");
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return refused([...problems, { code: "wrong_type", path: criteriaPath, expected: "object", found: JSON.stringify(raw) }]);
  const dims = new Map(segmentDimensions(m, view).map((d) => [d.key, d]));
  const criteria: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(raw as Record<string, unknown>)) {
    const at = fieldPath(criteriaPath, key);
    const dim = dims.get(key);
    if (!dim) {
      problems.push({ code: "not_in_list", path: at, value: key, allowed: [...dims.keys()] });
      continue;
    }
    if (!Array.isArray(list) || list.length === 0) {
      problems.push({ code: "wrong_type", path: at, expected: "array", found: JSON.stringify(list) });
      continue;
    }
    const allowed = dim.options.map((x) => x.value);
    const values: string[] = [];
    list.forEach((v, i) => {
      if (typeof v !== "string" || !allowed.includes(v)) problems.push({ code: "unknown_option", path: itemPath(at, i), value: String(v), allowed });
      else if (!values.includes(v)) values.push(v);
    });
    criteria[key] = values;
  }
  return problems.length > 0 ? refused(problems) : accepted({ view, criteria });
}

/** Whether a respondent with these answers and profile belongs to the segment. */
export function inSegment(
  def: SegmentDefinition,
  m: Methodology,
  answers: Readonly<Record<string, unknown>>,
  profile: Readonly<Record<string, unknown>> | undefined,
): boolean {
  const dims = segmentDimensions(m, def.view);
  for (const [key, wanted] of Object.entries(def.criteria)) {
    const dim = dims.find((d) => d.key === key) as SegmentDimension;
    if (!valuesOn(dim, answers, profile).some((v) => wanted.includes(v))) return false;
  }
  return true;
}

/** «Женщина; 50 – 59 лет, 60 – 69 лет» — the definition in words, for lists and print. */
export function describeSegment(def: SegmentDefinition, m: Methodology): string {
  const dims = segmentDimensions(m, def.view);
  const parts = dims
    .filter((d) => def.criteria[d.key] !== undefined)
    .map((dim) => (def.criteria[dim.key] ?? []).map((v) => dim.options.find((o) => o.value === v)?.label ?? v).join(", "));
  return parts.length === 0 ? (def.view === "seeker" ? "все соискатели" : "все работодатели") : parts.join("; ");
}
