// /api/loop pain points: a unit's list, the evidence behind one, a region's heatmap, the country's widest.
import type { CountryPainResponse, PainEvidenceResponse, PainHeatmapResponse, PainPointsResponse, PainView } from "../../contract/pain-points";
import { apiRequest, query } from "./http";

export interface PainParams {
  period: string;
  view: PainView;
}

export const fetchPainPoints = (unit: string, params: PainParams) =>
  apiRequest<PainPointsResponse>("GET", `/api/loop/pain-points${query({ unit, ...params })}`);

export const fetchPainEvidence = (unit: string, indicator: string, params: PainParams) =>
  apiRequest<PainEvidenceResponse>("GET", `/api/loop/pain-points/${encodeURIComponent(indicator)}/evidence${query({ unit, ...params })}`);

export const fetchPainHeatmap = (unit: string, params: PainParams) => apiRequest<PainHeatmapResponse>("GET", `/api/loop/heatmap${query({ unit, ...params })}`);

export const fetchCountryPain = (params: PainParams) => apiRequest<CountryPainResponse>("GET", `/api/loop/country-pain${query({ ...params })}`);
