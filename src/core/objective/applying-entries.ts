// Which entries of one unit and indicator apply to a computed period (methodology §4, "Periods").

import type { PeriodRule } from "../methodology/methodology-types.js";
import { periodContains, type Period } from "../periods/period.js";
import type { DatedEntry } from "./objective-book.js";

/**
 * The entries lying inside `period`; if there are none and the rule allows it, the one entry whose period
 * contains `period` (entries of one unit and indicator never overlap, so there is at most one).
 */
export function applyingEntries(entries: readonly DatedEntry[], period: Period, rule: PeriodRule): readonly DatedEntry[] {
  const inside = entries.filter((e) => periodContains(period, e.period));
  if (inside.length > 0 || rule === "insideOnly") return inside;
  const containing = entries.find((e) => periodContains(e.period, period));
  return containing ? [containing] : [];
}
