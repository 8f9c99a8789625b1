// Turns the /api/voice query into a database filter: the unit's subtree, the period's months, an indicator
// as its questions' notes and the themes bearing on it, the score band; unknown codes answer 400.
import { noteKeysOfIndicator, parsePeriod, periodMonths, SCORE_BANDS, type Methodology, type Period, type ThemeTaxonomy } from "../../core/index.js";
import type { VoiceChannel, VoiceFilter } from "../../db/index.js";
import type { Principal } from "../auth/access.js";
import { resolveTarget, type DashboardTarget } from "../dashboard/dashboard-scope.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";
import { BadRequestError } from "../errors/app-errors.js";

/** The parsed filters of a voice request. */
export interface VoiceQuery {
  unit?: string;
  period: string;
  view?: "seeker" | "employer";
  q?: string;
  indicator?: string;
  question?: string;
  band?: "low" | "mid" | "high";
  channel?: string;
  theme?: string;
  negative?: "true" | "false";
}

/** The unit ids of a target's subtree; undefined for the country. */
export function subtreeIds(directory: UnitDirectory, target: DashboardTarget): string[] | undefined {
  return target.unit ? [target.unit.id, ...directory.descendants(target.unit.id).map((u) => u.id)] : undefined;
}

/** The filter of `q` for `principal` (404 outside its scope, 400 for unknown codes), with the target and period. */
export function voiceFilterOf(
  q: VoiceQuery,
  principal: Principal,
  directory: UnitDirectory,
  m: Methodology,
  taxonomy: ThemeTaxonomy,
): { filter: VoiceFilter; target: DashboardTarget; period: Period } {
  const target = resolveTarget(principal, directory, q.unit);
  const period = parsePeriod(q.period) as Period;
  const filter: VoiceFilter = { months: periodMonths(period), unitIds: subtreeIds(directory, target) };
  if (q.view) {
    filter.respondent = q.view;
    if (q.channel && q.channel !== "survey")
      throw new BadRequestError("Параметр channel: внешние отзывы не относятся к срезу view; уберите view или выберите channel=survey");
  }
  if (q.channel) filter.channel = q.channel as VoiceChannel;
  const query = q.q?.trim();
  if (query) filter.query = query;
  if (q.theme !== undefined) {
    if (!taxonomy.themes.some((t) => t.code === q.theme)) throw new BadRequestError(`Параметр theme: неизвестная тема «${q.theme}»`);
    filter.theme = q.theme;
  }
  if (q.indicator !== undefined) {
    if (!m.indicators.some((i) => i.code === q.indicator)) throw new BadRequestError(`Параметр indicator: неизвестный показатель «${q.indicator}»`);
    const keys = noteKeysOfIndicator(m, q.indicator);
    filter.sourceKeys = q.question !== undefined ? keys.filter((k) => k === q.question) : keys;
    filter.anyThemes = q.question !== undefined ? [] : taxonomy.themes.filter((t) => t.indicators.includes(q.indicator as string)).map((t) => t.code);
  } else if (q.question !== undefined) {
    filter.sourceKeys = [q.question];
  }
  if (q.band) filter.scoreRange = SCORE_BANDS[q.band];
  if (q.negative === "true") filter.negativeOnly = true;
  return { filter, target, period };
}
