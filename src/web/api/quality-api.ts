// /api/quality: the review queue, the evidence of a group, decisions.
import type { DuplicatePair, LabelledAnswer, UnitStatistics } from "../../server/quality/quality-evidence";
import { apiRequest, query } from "./http";

export type { DuplicatePair, UnitStatistics };

export type FlagStatus = "pending" | "confirmed" | "cleared";

export interface QueueReason {
  code: string;
  text: string;
  weight: number;
  count: number;
}

export interface QueueGroup {
  key: string;
  unitIds: string[];
  size: number;
  pending: number;
  confirmed: number;
  cleared: number;
  maxScore: number;
  first: string | null;
  last: string | null;
  devices: number;
  reasons: QueueReason[];
}

export interface QueueFlag {
  id: string;
  unitId: string;
  submittedAt: string;
  durationSec: number | null;
  score: number;
  reasons: { code: string; text: string; weight: number }[];
  status: FlagStatus;
}

/** A unit whose figures diverge from its peers' in the period. */
export interface QueueUnitFlag {
  unitId: string;
  period: string;
  score: number;
  reasons: { code: string; text: string; weight: number }[];
  status: FlagStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
}

export interface QualityQueue {
  period: string;
  /** More flags than `limit`: the queue keeps those awaiting a decision, strongest first. */
  truncated: boolean;
  limit: number;
  groups: QueueGroup[];
  responses: QueueFlag[];
  units: QueueUnitFlag[];
  unitNames: Record<string, string>;
  /** Each unit's time zone: respondents' times are shown in it, as the reasons state them. */
  unitZones: Record<string, string>;
}

export interface TimelinePoint {
  id: string;
  unitId: string;
  submittedAt: string;
  durationSec: number | null;
  device: string | null;
  channel: string;
  score: number | null;
  status: FlagStatus | null;
}

export interface GroupEvidence {
  group: QueueGroup;
  timeline: TimelinePoint[];
  devices: { device: string; count: number }[];
  duplicates: DuplicatePair[];
  unitZones: Record<string, string>;
}

/** One decision of the history: who moved a flag from which state to which. */
export interface DecisionRecord {
  at: string;
  action: string;
  actor: string | null;
}

/** GET /api/quality/responses/:id: a single flag with its answers, the responses its reasons name, and its decisions. */
export interface ResponseEvidence {
  flag: QueueFlag;
  response: { id: string; answers: Record<string, unknown>; labelled: LabelledAnswer[]; commentCount: number } | null;
  timeline: TimelinePoint[];
  duplicates: DuplicatePair[];
  history: DecisionRecord[];
  unitZones: Record<string, string>;
}

/** GET /api/quality/units/:id: the unit beside its region and the country. */
export interface UnitEvidence {
  unit: { id: string; name: string };
  stats: { unit: UnitStatistics; region: (UnitStatistics & { id: string }) | null; country: UnitStatistics };
}

export const fetchQualityQueue = (period: string) => apiRequest<QualityQueue>("GET", `/api/quality/queue${query({ period })}`);

export const fetchGroupEvidence = (key: string) => apiRequest<GroupEvidence>("GET", `/api/quality/groups/${encodeURIComponent(key)}`);

export const fetchResponseEvidence = (id: string) => apiRequest<ResponseEvidence>("GET", `/api/quality/responses/${encodeURIComponent(id)}`);

export const fetchUnitEvidence = (id: string, period: string) => apiRequest<UnitEvidence>("GET", `/api/quality/units/${encodeURIComponent(id)}${query({ period })}`);

export type Decision = "confirm" | "clear" | "reopen";

export const decide = (body: { group?: string; responseIds?: string[]; unitFlag?: { unit: string; period: string }; decision: Decision; note?: string }) =>
  apiRequest<{ changed: unknown[] }>("POST", "/api/quality/decisions", body);

/** GET /api/quality/trust: the data trust of a subtree in a period (reviewer roles only). */
export interface TrustSummary {
  unit: string;
  period: string;
  published: number;
  raw: number;
  excluded: number;
  flagged: number;
  pending: number;
  confirmed: number;
  cleared: number;
  /** Shares of all responses (null when there are none). */
  shares: Record<"flagged" | "pending" | "confirmed" | "cleared", number | null>;
}

export const fetchTrust = (period: string, unit?: string) => apiRequest<TrustSummary>("GET", `/api/quality/trust${query({ period, unit })}`);

export type FlagSort = "score" | "time";

/** What narrows GET /api/quality/flags. */
export interface FlagListFilter {
  period: string;
  unit?: string;
  reason?: string;
  status?: FlagStatus;
  sort: FlagSort;
  page: number;
  pageSize: number;
}

/** GET /api/quality/flags: one page of every flag in scope, and how the flags divide by reason and by unit. */
export interface FlagList {
  total: number;
  page: number;
  pageSize: number;
  flags: (QueueFlag & { group: string | null; note: string | null })[];
  reasons: { code: string; title: string; count: number }[];
  units: { unitId: string; name: string; count: number }[];
  unitNames: Record<string, string>;
  unitZones: Record<string, string>;
}

export const fetchFlagList = (f: FlagListFilter) => apiRequest<FlagList>("GET", `/api/quality/flags${query({ ...f })}`);
