// The counters contract shared with the database layer: one pre-aggregated count per cell.

/** The two survey forms, and the two views of the index they feed. */
export type View = "seeker" | "employer";

/** One pre-aggregated counter: responses of `view` at `unit` submitted in local `month` ('YYYY-MM', region's zone) whose answer `key` has `value`. */
export interface CounterCell {
  unit: string;
  month: string;
  view: View;
  key: string;
  value: string;
  count: number;
}

/** The key whose cells count responses (value `""`). */
export const RESPONSE_COUNT_KEY = "_n";

/** Prefix of profile keys (`profile.gender`, `profile.categories`, …), so they never clash with answer keys. */
export const PROFILE_KEY_PREFIX = "profile.";

/** Both views in their canonical order. */
export const VIEWS: readonly View[] = ["seeker", "employer"];
