// A unit's theme summary: counts, shares, share among negative texts, the trend over recent periods and
// «новые темы периода» (pure assembly over the tallies the database returns).
import { emergingThemes, periodMonths, previousPeriod, type Period, type ThemeTaxonomy } from "../../core/index.js";
import type { ThemeSummary, ThemeSummaryRow } from "../../contract/voice-texts.js";
import type { ThemeTally } from "../../db/index.js";

export type { ThemeSummary, ThemeSummaryRow };

/** The `count` periods ending with `period`, oldest first. */
export function trailingPeriods(period: Period, count: number): Period[] {
  const out = [period];
  while (out.length < count) out.unshift(previousPeriod(out[0]!));
  return out;
}

/** Assembles the summary from the period's tally and the per-month counts of the trailing periods. */
export function assembleThemeSummary(
  taxonomy: ThemeTaxonomy,
  periods: readonly Period[],
  tally: ThemeTally,
  months: readonly { month: string; theme: string | null; count: number }[],
): ThemeSummary {
  const periodOf = new Map<string, number>();
  periods.forEach((p, i) => periodMonths(p).forEach((m) => periodOf.set(m, i)));
  const totals = periods.map(() => 0);
  const byTheme = new Map<string, number[]>();
  for (const r of months) {
    const i = periodOf.get(r.month);
    if (i === undefined) continue;
    if (r.theme === null) totals[i]! += r.count;
    else {
      let row = byTheme.get(r.theme);
      if (!row) byTheme.set(r.theme, (row = periods.map(() => 0)));
      row[i]! += r.count;
    }
  }
  const last = periods.length - 1;
  const found =
    last >= 1
      ? emergingThemes(
          taxonomy.themes.map((t) => ({ theme: t.code, current: byTheme.get(t.code)?.[last] ?? 0, previous: byTheme.get(t.code)?.[last - 1] ?? 0 })),
          totals[last]!,
          totals[last - 1]!,
        )
      : [];
  const emergingCodes = new Set(found.map((e) => e.theme));
  const share = (n: number, of: number) => (of > 0 ? n / of : 0);
  const themes = taxonomy.themes
    .map((t): ThemeSummaryRow => {
      const counts = byTheme.get(t.code) ?? periods.map(() => 0);
      const own = tally.themes.get(t.code) ?? { count: 0, negative: 0 };
      return {
        code: t.code,
        title: t.title,
        indicators: t.indicators,
        count: own.count,
        share: share(own.count, tally.total),
        negative: own.negative,
        negativeShare: share(own.negative, tally.negative),
        trend: periods.map((p, i) => ({ period: p.label, count: counts[i]!, share: share(counts[i]!, totals[i]!) })),
        change: last >= 1 && totals[last - 1]! > 0 ? share(counts[last]!, totals[last]!) - share(counts[last - 1]!, totals[last - 1]!) : null,
        emerging: emergingCodes.has(t.code),
      };
    })
    .filter((t) => t.count > 0 || t.trend.some((x) => x.count > 0))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const titles = new Map(taxonomy.themes.map((t) => [t.code, t.title]));
  return {
    period: periods[last]!.label,
    periods: periods.map((p) => p.label),
    total: tally.total,
    negative: tally.negative,
    themes,
    emerging: found.map((e) => ({
      code: e.theme,
      title: titles.get(e.theme) ?? e.theme,
      current: e.current,
      previous: e.previous,
      shareCurrent: e.shareCurrent,
      sharePrevious: e.sharePrevious,
      pValue: e.pValue,
    })),
  };
}
