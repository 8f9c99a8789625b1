// /api/quality: the review queue, the evidence of a group, decisions.
import { apiRequest, query } from "./http";

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

export interface QualityQueue {
  period: string;
  /** More flags than `limit`: the queue keeps those awaiting a decision, strongest first. */
  truncated: boolean;
  limit: number;
  groups: QueueGroup[];
  responses: QueueFlag[];
  unitNames: Record<string, string>;
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
}

export const fetchQualityQueue = (period: string) => apiRequest<QualityQueue>("GET", `/api/quality/queue${query({ period })}`);

export const fetchGroupEvidence = (key: string) => apiRequest<GroupEvidence>("GET", `/api/quality/groups/${encodeURIComponent(key)}`);

export const decide = (body: { group?: string; responseIds?: string[]; decision: "confirm" | "clear" | "reopen"; note?: string }) =>
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
