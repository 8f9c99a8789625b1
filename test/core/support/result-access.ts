// Finds entries in a result document by unit id and view.

import type { ResultDocument, ViewName, ViewResult } from "../../../src/core/index.js";

/** The entry of unit `id` (or the country when id is undefined) for a view; fails when absent. */
export function entry(doc: ResultDocument, id: string | undefined, view: ViewName): ViewResult {
  const found = id === undefined ? doc.country.find((e) => e.view === view) : doc.units.find((e) => e.id === id && e.view === view);
  if (!found) throw new Error(`no entry for ${id ?? "country"} / ${view}`);
  return found;
}

/** A plain JSON copy (materialises every lazily built part). */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
