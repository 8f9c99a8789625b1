// Synthetic monthly result documents for the effect tests: per unit, counts of one indicator in the seeker view.
import { monthLabel, type ResultDocument, type ShareCount, type ViewResult } from "../../../src/core/index.js";

/** A month's document where unit `id` counted `counts[id]` for `indicator` (seeker view); the country is their sum. */
export function monthDocument(month: number, indicator: string, counts: Readonly<Record<string, ShareCount>>): ResultDocument {
  const entry = (id: string | undefined, c: ShareCount): ViewResult =>
    ({
      ...(id === undefined ? {} : { id }),
      view: "seeker",
      n: c.valid,
      coverage: 1,
      groups: {},
      status: "ok",
      indicators: { [indicator]: { value: c.positive / c.valid, points: 0, survey: { positive: c.positive, valid: c.valid, ci: [0, 1] } } },
    }) as unknown as ViewResult;
  const total = Object.values(counts).reduce((s, c) => ({ positive: s.positive + c.positive, valid: s.valid + c.valid }), { positive: 0, valid: 0 });
  return {
    format: "zvezda-result/1",
    period: monthLabel(month),
    methodology: "test",
    units: Object.entries(counts).map(([id, c]) => entry(id, c)),
    country: [entry(undefined, total)],
  };
}

/** Documents of consecutive months from `first`, each from `countsOf(month)`. */
export function monthDocuments(
  first: number,
  months: number,
  indicator: string,
  countsOf: (month: number) => Readonly<Record<string, ShareCount>>,
): Map<string, ResultDocument> {
  const out = new Map<string, ResultDocument>();
  for (let m = first; m < first + months; m++) out.set(monthLabel(m), monthDocument(m, indicator, countsOf(m)));
  return out;
}
