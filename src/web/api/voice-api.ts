// /api/voice: search over client texts, the theme summary, tag corrections, external feedback.
import type { ThemeSummary } from "../../server/voice/theme-summary";
import type { VoiceTextView } from "../../server/voice/voice-text-view";
import type { UnitRef } from "../../contract/dashboard";
import { apiRequest, query } from "./http";

export type { ThemeSummary, VoiceTextView };

/** The filters of the voice screen, as the address and the API carry them. */
export interface VoiceParams {
  unit: string;
  period: string;
  view?: string;
  q?: string;
  indicator?: string;
  question?: string;
  band?: string;
  channel?: string;
  theme?: string;
  negative?: string;
}

export interface VoiceThemes {
  version: string;
  themes: { code: string; title: string; indicators: { code: string; name: string }[] }[];
  channels: { code: string; title: string }[];
  indicators: { code: string; name: string }[];
}

export interface VoiceSearchPage {
  total: number;
  totalCapped: boolean;
  more: boolean;
  texts: VoiceTextView[];
}

export interface VoiceResponseDetail {
  id: string;
  unit: { id: string; name: string };
  respondent: "seeker" | "employer";
  submittedAt: string;
  excluded: boolean;
  flag: string | null;
  answers: { key: string; question: string; value: unknown; label: string }[];
  texts: VoiceTextView[];
}

export interface NewFeedbackBody {
  unit: string;
  channel: string;
  receivedOn: string;
  text: string;
  rating?: number | null;
  link?: string | null;
}

const filters = (p: VoiceParams) => ({ ...p });

export const fetchVoiceThemes = () => apiRequest<VoiceThemes>("GET", "/api/voice/themes");
export const searchVoice = (p: VoiceParams, offset: number, limit = 20) => apiRequest<VoiceSearchPage>("GET", `/api/voice/texts${query({ ...filters(p), limit, offset })}`);
export type UnitThemeSummary = ThemeSummary & { unit: UnitRef };
export const fetchVoiceSummary = (p: VoiceParams) => apiRequest<UnitThemeSummary>("GET", `/api/voice/summary${query(filters(p))}`);
export const correctThemes = (id: string, themes: string[]) => apiRequest<{ id: string; themes: string[] }>("PUT", `/api/voice/texts/${encodeURIComponent(id)}/themes`, { themes });
export const fetchVoiceResponse = (id: string) => apiRequest<VoiceResponseDetail>("GET", `/api/voice/responses/${encodeURIComponent(id)}`);
export const createFeedback = (body: NewFeedbackBody) => apiRequest<{ id: string }>("POST", "/api/voice/feedback", body);
export function uploadFeedback(file: File): Promise<{ created: number }> {
  const form = new FormData();
  form.append("file", file);
  return apiRequest<{ created: number }>("POST", "/api/voice/feedback/import", form);
}
export const voiceExportUrl = (format: "csv" | "xlsx", p: VoiceParams) => `/api/voice/texts/export.${format}${query(filters(p))}`;
export const feedbackTemplateUrl = (unit: string | undefined) => `/api/voice/feedback/template.xlsx${query({ unit })}`;
