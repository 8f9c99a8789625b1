// Addresses of the export files (downloaded by the browser with the session cookie).
import type { CounterBasis, NetworkType, UnitKind, ViewName } from "../../contract/dashboard";
import { query } from "./http";

export function ratingXlsxUrl(params: {
  unit: string;
  period: string;
  view: ViewName;
  basis?: CounterBasis;
  kind?: UnitKind;
  network?: NetworkType;
  region?: string;
}): string {
  return `/api/exports/rating.xlsx${query({ ...params, basis: params.basis === "published" ? undefined : params.basis })}`;
}

export function passportXlsxUrl(unit: string, params: { period: string; view: ViewName; basis?: CounterBasis }): string {
  return `/api/exports/unit/${encodeURIComponent(unit)}/passport.xlsx${query({ ...params, basis: params.basis === "published" ? undefined : params.basis })}`;
}

export function responsesCsvUrl(params: { unit: string; period: string }): string {
  return `/api/exports/responses.csv${query({ ...params })}`;
}

/** The responses as XLSX: the sheet «Анкеты» and the sheet «Кодовая книга». */
export function responsesXlsxUrl(params: { unit: string; period: string }): string {
  return `/api/exports/responses.xlsx${query({ ...params })}`;
}

/** The codebook of the responses files: columns, question texts, answer codes and labels. */
export function codebookCsvUrl(): string {
  return "/api/exports/codebook.csv";
}
