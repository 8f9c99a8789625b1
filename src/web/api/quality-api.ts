// /api/quality: the review queue, every flag in pages, the evidence of a group, a response or a unit, decisions, trust.
import type {
  Decision,
  DecisionOutcome,
  FlagList,
  FlagSort,
  FlagStatus,
  GroupEvidence,
  QualityQueue,
  ResponseEvidence,
  TrustSummary,
  UnitEvidence,
} from "../../contract/quality";
import { apiRequest, query } from "./http";

export type {
  Decision,
  DecisionRecord,
  DuplicatePair,
  FlagList,
  FlagSort,
  FlagStatus,
  GroupEvidence,
  LabelledAnswer,
  QualityQueue,
  QueueFlag,
  QueueGroup,
  QueueReason,
  QueueUnitFlag,
  ResponseEvidence,
  TimelinePoint,
  TrustSummary,
  UnitEvidence,
  UnitStatistics,
} from "../../contract/quality";

export const fetchQualityQueue = (period: string) => apiRequest<QualityQueue>("GET", `/api/quality/queue${query({ period })}`);

export const fetchGroupEvidence = (key: string) => apiRequest<GroupEvidence>("GET", `/api/quality/groups/${encodeURIComponent(key)}`);

export const fetchResponseEvidence = (id: string) => apiRequest<ResponseEvidence>("GET", `/api/quality/responses/${encodeURIComponent(id)}`);

export const fetchUnitEvidence = (id: string, period: string) =>
  apiRequest<UnitEvidence>("GET", `/api/quality/units/${encodeURIComponent(id)}${query({ period })}`);

export const decide = (body: {
  group?: string;
  responseIds?: string[];
  unitFlag?: { unit: string; period: string };
  decision: Decision;
  note?: string | undefined;
}) => apiRequest<DecisionOutcome>("POST", "/api/quality/decisions", body);

/** GET /api/quality/trust: the data trust of a subtree in a period (reviewer roles only). */
export const fetchTrust = (period: string, unit?: string) => apiRequest<TrustSummary>("GET", `/api/quality/trust${query({ period, unit })}`);

/** What narrows GET /api/quality/flags. */
export interface FlagListFilter {
  period: string;
  unit?: string | undefined;
  reason?: string | undefined;
  status?: FlagStatus | undefined;
  sort: FlagSort;
  page: number;
  pageSize: number;
}

export const fetchFlagList = (f: FlagListFilter) => apiRequest<FlagList>("GET", `/api/quality/flags${query({ ...f })}`);
