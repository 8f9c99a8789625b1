// Addresses of the export files (downloaded by the browser with the session cookie).
import type { NetworkType, UnitKind, ViewName } from "../../server/dashboard/dashboard-types";
import { query } from "./http";

export function ratingXlsxUrl(params: { unit: string; period: string; view: ViewName; kind?: UnitKind; network?: NetworkType }): string {
  return `/api/exports/rating.xlsx${query({ ...params })}`;
}

export function passportXlsxUrl(unit: string, params: { period: string; view: ViewName }): string {
  return `/api/exports/unit/${encodeURIComponent(unit)}/passport.xlsx${query({ ...params })}`;
}

export function responsesCsvUrl(params: { unit: string; period: string }): string {
  return `/api/exports/responses.csv${query({ ...params })}`;
}
