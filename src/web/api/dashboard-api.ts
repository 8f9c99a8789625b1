// /api/dashboard: the context of the signed-in user, ratings, unit pages, trends and comments.
import type { CommentsResponse, CounterBasis, DashboardContext, IndicatorRow, NetworkType, RatingResponse, TrendResponse, UnitKind, UnitPage, ViewName } from "../../server/dashboard/dashboard-types";
import { apiRequest, query } from "./http";

/** The country's pseudo-unit id in dashboard URLs (the contract's countryId). */
export const countryId = "country";

export interface ViewParams {
  period: string;
  view: ViewName;
  /** Which responses the figures count (default published). */
  basis?: CounterBasis;
}

export const fetchDashboardContext = () => apiRequest<DashboardContext>("GET", "/api/dashboard/context");

export const fetchRating = (unit: string, params: ViewParams & { kind?: UnitKind; network?: NetworkType; region?: string; columns?: "groups" | "indicators" }) =>
  apiRequest<RatingResponse>("GET", `/api/dashboard/rating${query({ unit, ...params })}`);

export const fetchUnitPage = (unit: string, params: ViewParams) => apiRequest<UnitPage & { byView?: { seeker: IndicatorRow[]; employer: IndicatorRow[] } }>("GET", `/api/dashboard/unit/${encodeURIComponent(unit)}${query({ ...params })}`);

export const fetchTrend = (unit: string, view: ViewName, granularity: "quarter" | "month" | "half" | "year", count = 8, basis?: CounterBasis, ending?: { period?: string; measure?: string }) =>
  apiRequest<TrendResponse>("GET", `/api/dashboard/unit/${encodeURIComponent(unit)}/trend${query({ view, granularity, count, basis, period: ending?.period, measure: ending?.measure })}`);

export const fetchComments = (unit: string, params: { period: string; view?: "seeker" | "employer"; limit?: number; before?: string }) =>
  apiRequest<CommentsResponse>("GET", `/api/dashboard/unit/${encodeURIComponent(unit)}/comments${query(params)}`);
