// /api/loop: the corrective-measures register, its workflow, evidence, thread, effect, plan and the practice library.
import type {
  MeasureCommentCreated,
  MeasureDetails,
  MeasureEffectView,
  MeasureFields,
  MeasureFileStored,
  MeasureList,
  MeasureListQuery,
  MeasureStatusBody,
  MeasureView,
  PracticeList,
  PracticeSummaryView,
  PracticesQuery,
} from "../../contract/measures";
import type { UnitWithChildren } from "../../contract/units";
import { apiRequest, query } from "./http";

export type { MeasureFields };

const measureUrl = (id: string) => `/api/loop/measures/${encodeURIComponent(id)}`;

/** The register's filters (one status; overdue as a flag). */
export type MeasureFilter = Omit<MeasureListQuery, "status" | "overdue"> & { status?: Extract<MeasureListQuery["status"], string>; overdue?: boolean };

export const fetchMeasures = (filter: MeasureFilter) =>
  apiRequest<MeasureList>(
    "GET",
    `/api/loop/measures${query({ unit: filter.unit, status: filter.status, overdue: filter.overdue ? "true" : undefined, indicator: filter.indicator })}`,
  );

export const fetchMeasure = (id: string) => apiRequest<MeasureDetails>("GET", measureUrl(id));

export const createMeasure = (unit: string, fields: MeasureFields) => apiRequest<MeasureView>("POST", "/api/loop/measures", { unit, ...fields });

export const updateMeasure = (id: string, fields: MeasureFields) => apiRequest<MeasureView>("PATCH", measureUrl(id), fields);

export const changeMeasureStatus = (id: string, body: MeasureStatusBody) => apiRequest<MeasureView>("POST", `${measureUrl(id)}/status`, body);

export const fetchMeasureEffect = (id: string) => apiRequest<MeasureEffectView>("GET", `${measureUrl(id)}/effect`);

export const postMeasureComment = (id: string, body: string) => apiRequest<MeasureCommentCreated>("POST", `${measureUrl(id)}/comments`, { body });

/** Uploads an evidence file (the server checks the bytes: JPEG, PNG, WebP or PDF up to 5 MB). */
export const uploadMeasureFile = (id: string, file: File) => {
  const form = new FormData();
  form.append("file", file);
  return apiRequest<MeasureFileStored>("POST", `${measureUrl(id)}/files`, form);
};

export const deleteMeasureFile = (fileId: string) => apiRequest<undefined>("DELETE", `/api/loop/measures/files/${encodeURIComponent(fileId)}`);

/** The address of a unit's plan as XLSX. */
export const planUrl = (unit: string) => `/api/loop/measures/plan.xlsx${query({ unit })}`;

export const fetchPractices = (filter: PracticesQuery) => apiRequest<PracticeList>("GET", `/api/loop/practices${query(filter)}`);

export const fetchPracticeSummary = (indicator: string, view?: string) =>
  apiRequest<PracticeSummaryView>("GET", `/api/loop/practices/summary${query({ indicator, view })}`);

/** A unit's name and kind (GET /api/units/:id), for the register's heading. */
export const fetchUnitHeading = (id: string) => apiRequest<UnitWithChildren>("GET", `/api/units/${encodeURIComponent(id)}`);
