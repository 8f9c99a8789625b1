// /api/units for administrators: the org tree of the caller's scope, creating, editing, closing units, and a region's structure as XLSX.
import type { z } from "zod";
import type { NetworkType, UnitKind } from "../../server/dashboard/dashboard-types";
import type { createUnitBody, updateUnitBody } from "../../server/units/unit-schemas";
import { ApiError, apiRequest, query } from "./http";

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];
/** Opening hours as the server keeps them: "09:00-18:00" or null (a day off) per weekday. */
export type WeekHours = Record<Weekday, string | null>;

/** A unit as GET /api/units lists it (the tree comes flat, each with its parent). */
export interface AdminUnit {
  id: string;
  kind: UnitKind;
  name: string;
  parentId: string | null;
  network: NetworkType | null;
  timezone: string | null;
  /** null: the nearest ancestor's hours. */
  hours: Partial<WeekHours> | null;
  closedAt: string | null;
}

export type CreateUnitBody = z.input<typeof createUnitBody>;
export type UpdateUnitBody = z.input<typeof updateUnitBody>;

/** What an accepted structure file changed. */
export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

/** One rejected row of a structure file, as the server names it. */
export interface ImportRowError {
  row: number;
  message: string;
  column?: string;
}

/** The rows of a structure file the server refused (nothing was changed), or undefined for another error. */
export function rejectedRows(failure: unknown): ImportRowError[] | undefined {
  if (!(failure instanceof ApiError) || failure.status !== 422) return undefined;
  const rows = (failure.details as { errors?: ImportRowError[] } | undefined)?.errors;
  return Array.isArray(rows) ? rows : undefined;
}

const unitPath = (id: string) => `/api/units/${encodeURIComponent(id)}`;

export const fetchAdminUnits = () => apiRequest<{ units: AdminUnit[] }>("GET", "/api/units");

export const createUnit = (body: CreateUnitBody) => apiRequest<{ unit: AdminUnit }>("POST", "/api/units", body);

export const updateUnit = (id: string, body: UpdateUnitBody) => apiRequest<{ unit: AdminUnit }>("PATCH", unitPath(id), body);

export const closeUnit = (id: string) => apiRequest<{ unit: AdminUnit }>("POST", `${unitPath(id)}/close`);

export const reopenUnit = (id: string) => apiRequest<{ unit: AdminUnit }>("POST", `${unitPath(id)}/reopen`);

/** The address of a region's template, pre-filled with its current units. */
export const structureTemplateUrl = (region: string) => `/api/units/import-template.xlsx${query({ region })}`;

/** Uploads a filled template for `region`: all rows or none; a refusal lists its rows (see rejectedRows). */
export async function importStructure(region: string, file: File): Promise<ImportSummary> {
  const form = new FormData();
  form.append("file", file);
  const answer = await apiRequest<ImportSummary>("POST", `/api/units/import${query({ region })}`, form);
  return { created: answer.created, updated: answer.updated, unchanged: answer.unchanged };
}
