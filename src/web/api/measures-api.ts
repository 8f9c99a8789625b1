// /api/loop: the corrective-measures register, its workflow, evidence, thread, effect, plan and the practice library.
import type {
  MeasureDetails, MeasureEffectView, MeasureKind, MeasureList, MeasureStatus, MeasureView, PracticeSummaryView, PracticeView,
} from "../../server/loop/measures-types";
import { apiRequest, query } from "./http";

/** The editable fields of a measure. */
export interface MeasureFields {
  title: string;
  description: string;
  kind: MeasureKind;
  clientParticipation: string;
  owner: string;
  view: "seeker" | "employer";
  plannedStart: string;
  plannedEnd: string;
  actualStart?: string | null;
  actualEnd?: string | null;
  indicators: string[];
}

const measureUrl = (id: string) => `/api/loop/measures/${encodeURIComponent(id)}`;

export const fetchMeasures = (filter: { unit?: string; status?: MeasureStatus; overdue?: boolean; indicator?: string }) =>
  apiRequest<MeasureList>("GET", `/api/loop/measures${query({ unit: filter.unit, status: filter.status, overdue: filter.overdue ? "true" : undefined, indicator: filter.indicator })}`);

export const fetchMeasure = (id: string) => apiRequest<MeasureDetails>("GET", measureUrl(id));

export const createMeasure = (unit: string, fields: MeasureFields) => apiRequest<MeasureView>("POST", "/api/loop/measures", { unit, ...fields });

export const updateMeasure = (id: string, fields: MeasureFields) => apiRequest<MeasureView>("PATCH", measureUrl(id), fields);

export const changeMeasureStatus = (id: string, body: { to: MeasureStatus; reason?: string; actualStart?: string; actualEnd?: string }) =>
  apiRequest<MeasureView>("POST", `${measureUrl(id)}/status`, body);

export const fetchMeasureEffect = (id: string) => apiRequest<MeasureEffectView>("GET", `${measureUrl(id)}/effect`);

export const postMeasureComment = (id: string, body: string) => apiRequest<{ id: number }>("POST", `${measureUrl(id)}/comments`, { body });

/** Uploads an evidence file (the server checks the bytes: JPEG, PNG, WebP or PDF up to 5 MB). */
export const uploadMeasureFile = (id: string, file: File) => {
  const form = new FormData();
  form.append("file", file);
  return apiRequest<{ id: string; url: string }>("POST", `${measureUrl(id)}/files`, form);
};

export const deleteMeasureFile = (fileId: string) => apiRequest<undefined>("DELETE", `/api/loop/measures/files/${encodeURIComponent(fileId)}`);

/** The address of a unit's plan as XLSX. */
export const planUrl = (unit: string) => `/api/loop/measures/plan.xlsx${query({ unit })}`;

export const fetchPractices = (filter: { indicator?: string; kind?: MeasureKind; region?: string }) =>
  apiRequest<{ practices: PracticeView[]; kinds: { value: MeasureKind; label: string }[] }>("GET", `/api/loop/practices${query(filter)}`);

export const fetchPracticeSummary = (indicator: string, view?: string) =>
  apiRequest<PracticeSummaryView>("GET", `/api/loop/practices/summary${query({ indicator, view })}`);

/** A unit's name and kind (GET /api/units/:id), for the register's heading. */
export const fetchUnitHeading = (id: string) => apiRequest<{ unit: { id: string; kind: "region" | "managing" | "territorial"; name: string } }>("GET", `/api/units/${encodeURIComponent(id)}`);
