// /api/voice segments, portraits and journeys: typed by the contract (src/contract/voice-*.ts).
import type { LeastSatisfiedResponse, SegmentDimensionsResponse, SegmentsResponse, SegmentView } from "../../contract/voice-segments";
import type { Portrait, PortraitBody, PortraitDeleted, PortraitListResponse, PortraitWithFacts } from "../../contract/voice-portraits";
import type { Journey, JourneyMapResponse, RegionJourneyResponse } from "../../contract/voice-journeys";
import { apiRequest, query } from "./http";

export type {
  Journey,
  JourneyMapResponse,
  LeastSatisfiedResponse,
  Portrait,
  PortraitBody,
  PortraitWithFacts,
  RegionJourneyResponse,
  SegmentDimensionsResponse,
  SegmentsResponse,
};

export type RespondentView = SegmentView;

export const fetchSegments = (unit: string, period: string, view: RespondentView) =>
  apiRequest<SegmentsResponse>("GET", `/api/voice/segments${query({ unit, period, view })}`);
export const fetchLeastSatisfied = (unit: string, period: string, view: RespondentView) =>
  apiRequest<LeastSatisfiedResponse>("GET", `/api/voice/segments/least${query({ unit, period, view })}`);
export const fetchSegmentDimensions = () => apiRequest<SegmentDimensionsResponse>("GET", "/api/voice/segments/dimensions");
export const fetchPortraits = (unit?: string) => apiRequest<PortraitListResponse>("GET", `/api/voice/portraits${query({ unit })}`);
export const fetchPortrait = (id: string, period: string, unit?: string) =>
  apiRequest<PortraitWithFacts>("GET", `/api/voice/portraits/${encodeURIComponent(id)}${query({ period, unit })}`);
export const createPortrait = (body: PortraitBody) => apiRequest<Portrait>("POST", "/api/voice/portraits", body);
export const deletePortrait = (id: string) => apiRequest<PortraitDeleted>("DELETE", `/api/voice/portraits/${encodeURIComponent(id)}`);
export const fetchJourneyMap = (view: RespondentView, unit: string, period: string, portrait?: string) =>
  apiRequest<JourneyMapResponse>("GET", `/api/voice/journeys/${view}/map${query({ unit, period, portrait })}`);
