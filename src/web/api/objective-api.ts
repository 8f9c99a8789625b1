// /api/objective: a unit's objective data for a period, saving, and the approval workflow.
import type { ChecklistAnswer, ObjectiveEntryView, ObjectiveEvent, ObjectiveHistory, ObjectivePage, ReviewAction, StoredPhoto } from "../../contract/objective";
import { apiRequest, query } from "./http";

export const fetchObjectivePage = (unit: string, period: string) => apiRequest<ObjectivePage>("GET", `/api/objective${query({ unit, period })}`);

export const saveChecklist = (body: {
  unit: string;
  period: string;
  checklist: string;
  answers: { item: string; answer: ChecklistAnswer; comment?: string | null }[];
  submit?: boolean;
}) => apiRequest<ObjectiveEntryView>("PUT", "/api/objective/entries", { kind: "checklist", ...body });

export const saveVacancies = (body: { unit: string; period: string; vacanciesNow: number; vacanciesYearAgo: number; submit?: boolean }) =>
  apiRequest<ObjectiveEntryView>("PUT", "/api/objective/entries", { kind: "vacancies", ...body });

export type { ReviewAction };

export const changeEntryState = (id: string, action: ReviewAction, reason?: string) =>
  apiRequest<ObjectiveEntryView>("POST", `/api/objective/entries/${encodeURIComponent(id)}/${action}`, reason === undefined ? undefined : { reason });

/** The address of the template download for a period. */
export const templateUrl = (period: string) => `/api/objective/template.xlsx${query({ period })}`;

export const fetchEntryHistory = (id: string) => apiRequest<ObjectiveHistory>("GET", `/api/objective/entries/${encodeURIComponent(id)}/history`);

export type EventRow = ObjectiveEvent;

export const saveEvents = (body: { unit: string; period: string; events: EventRow[]; submit?: boolean }) =>
  apiRequest<ObjectiveEntryView>("PUT", "/api/objective/entries", { kind: "events", ...body });

export const saveChannels = (body: { unit: string; period: string; channels: string[]; submit?: boolean }) =>
  apiRequest<ObjectiveEntryView>("PUT", "/api/objective/entries", { kind: "channels", ...body });

/** Uploads a photo to a checklist entry (the server checks the bytes: JPEG, PNG or WebP up to 5 MB). */
export const uploadPhoto = (entryId: string, file: File, item?: string) => {
  const form = new FormData();
  // The item field goes first: the server reads the fields sent before the file.
  if (item) form.append("item", item);
  form.append("file", file);
  return apiRequest<StoredPhoto>("POST", `/api/objective/entries/${encodeURIComponent(entryId)}/photos`, form);
};

export const deletePhoto = (id: string) => apiRequest<undefined>("DELETE", `/api/objective/photos/${encodeURIComponent(id)}`);
