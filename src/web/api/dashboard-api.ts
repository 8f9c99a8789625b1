// /api/dashboard: the context of the signed-in user, ratings, unit pages, trends and comments.
import type {
  CommentsQuery,
  CommentsResponse,
  DashboardContext,
  RatingQuery,
  RatingResponse,
  TrendGranularity,
  TrendQuery,
  TrendResponse,
  UnitPage,
  UnitPageQuery,
  ViewName,
} from "../../contract/dashboard";
import { apiRequest, query } from "./http";

/** The country's pseudo-unit id in dashboard URLs (the contract's countryId). */
export const countryId = "country";

/** The period, view and basis every figure screen carries. */
export type ViewParams = Required<Pick<UnitPageQuery, "period" | "view">> & Pick<UnitPageQuery, "basis">;

export const fetchDashboardContext = () => apiRequest<DashboardContext>("GET", "/api/dashboard/context");

export const fetchRating = (unit: string, params: ViewParams & Omit<RatingQuery, "unit" | "period" | "view" | "basis">) =>
  apiRequest<RatingResponse>("GET", `/api/dashboard/rating${query({ unit, ...params })}`);

export const fetchUnitPage = (unit: string, params: ViewParams) =>
  apiRequest<UnitPage>("GET", `/api/dashboard/unit/${encodeURIComponent(unit)}${query({ ...params })}`);

export const fetchTrend = (
  unit: string,
  view: ViewName,
  granularity: TrendGranularity,
  count = 8,
  basis?: TrendQuery["basis"],
  ending?: Pick<TrendQuery, "period" | "measure">,
) =>
  apiRequest<TrendResponse>(
    "GET",
    `/api/dashboard/unit/${encodeURIComponent(unit)}/trend${query({ view, granularity, count, basis, period: ending?.period, measure: ending?.measure })}`,
  );

export const fetchComments = (unit: string, params: Omit<CommentsQuery, "limit"> & { limit?: number }) =>
  apiRequest<CommentsResponse>("GET", `/api/dashboard/unit/${encodeURIComponent(unit)}/comments${query(params)}`);
