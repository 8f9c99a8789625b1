// /api/units for administrators: the org tree of the caller's scope, creating, editing, closing units, and a region's structure as XLSX.
import type { AdminUnitAnswer, AdminUnitList, CreateUnitBody, ImportSummary, UpdateUnitBody } from "../../contract/units";
import type { ProblemEntry } from "../../contract/errors";
import { apiRequest, query, refusalProblems } from "./http";

export type { AdminUnit, CreateUnitBody, ImportSummary, UpdateUnitBody, Weekday, WeekHours } from "../../contract/units";

/** One rejected row of a structure file, as the server names it. */
export type ImportRowError = ProblemEntry & { row: number };

/** The rows of a structure file the server refused (nothing was changed), or undefined for another error. */
export function rejectedRows(failure: unknown): ImportRowError[] | undefined {
  const problems = refusalProblems(failure);
  return problems?.every((p) => p.row !== undefined) ? (problems as ImportRowError[]) : undefined;
}

const unitPath = (id: string) => `/api/units/${encodeURIComponent(id)}`;

export const fetchAdminUnits = () => apiRequest<AdminUnitList>("GET", "/api/units");

export const createUnit = (body: CreateUnitBody) => apiRequest<AdminUnitAnswer>("POST", "/api/units", body);

export const updateUnit = (id: string, body: UpdateUnitBody) => apiRequest<AdminUnitAnswer>("PATCH", unitPath(id), body);

export const closeUnit = (id: string) => apiRequest<AdminUnitAnswer>("POST", `${unitPath(id)}/close`);

export const reopenUnit = (id: string) => apiRequest<AdminUnitAnswer>("POST", `${unitPath(id)}/reopen`);

/** The address of a region's template, pre-filled with its current units. */
export const structureTemplateUrl = (region: string) => `/api/units/import-template.xlsx${query({ region })}`;

/** Uploads a filled template for `region`: all rows or none; a refusal lists its rows (see rejectedRows). */
export async function importStructure(region: string, file: File): Promise<ImportSummary> {
  const form = new FormData();
  form.append("file", file);
  const answer = await apiRequest<ImportSummary>("POST", `/api/units/import${query({ region })}`, form);
  return { created: answer.created, updated: answer.updated, unchanged: answer.unchanged };
}
