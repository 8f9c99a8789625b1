// /api/voice: search over client texts, the theme summary, tag corrections, external feedback.
import type {
  FeedbackCreated,
  FeedbackImported,
  NewFeedbackBody,
  ThemeCorrection,
  ThemeSummary,
  UnitThemeSummary,
  VoiceParams,
  VoiceResponseDetail,
  VoiceSearchPage,
  VoiceTextView,
  VoiceThemes,
} from "../../contract/voice-texts";
import { apiRequest, query } from "./http";

export type { NewFeedbackBody, ThemeSummary, UnitThemeSummary, VoiceParams, VoiceResponseDetail, VoiceSearchPage, VoiceTextView, VoiceThemes };

const filters = (p: VoiceParams) => ({ ...p });

export const fetchVoiceThemes = () => apiRequest<VoiceThemes>("GET", "/api/voice/themes");
export const searchVoice = (p: VoiceParams, offset: number, limit = 20) =>
  apiRequest<VoiceSearchPage>("GET", `/api/voice/texts${query({ ...filters(p), limit, offset })}`);
export const fetchVoiceSummary = (p: VoiceParams) => apiRequest<UnitThemeSummary>("GET", `/api/voice/summary${query(filters(p))}`);
export const correctThemes = (id: string, themes: string[]) =>
  apiRequest<ThemeCorrection>("PUT", `/api/voice/texts/${encodeURIComponent(id)}/themes`, { themes });
export const fetchVoiceResponse = (id: string) => apiRequest<VoiceResponseDetail>("GET", `/api/voice/responses/${encodeURIComponent(id)}`);
export const createFeedback = (body: NewFeedbackBody) => apiRequest<FeedbackCreated>("POST", "/api/voice/feedback", body);
export function uploadFeedback(file: File): Promise<FeedbackImported> {
  const form = new FormData();
  form.append("file", file);
  return apiRequest<FeedbackImported>("POST", "/api/voice/feedback/import", form);
}
export const voiceExportUrl = (format: "csv" | "xlsx", p: VoiceParams) => `/api/voice/texts/export.${format}${query(filters(p))}`;
export const feedbackTemplateUrl = (unit: string | undefined) => `/api/voice/feedback/template.xlsx${query({ unit })}`;
