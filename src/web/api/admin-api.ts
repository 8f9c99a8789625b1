// The administration API of the admin section: accounts, the audit trail, methodology versions and their comparison.
import type { ComparisonRow } from "../../server/methodology/compare-rankings";
import type { Role } from "./auth-api";
import { apiRequest, query } from "./http";

export interface UserListing {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  scopeUnitId: string | null;
  scopeUnitName: string | null;
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorLogin: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitId: string | null;
  before: unknown;
  after: unknown;
}

export interface MethodologyVersion {
  id: string;
  title: string;
  active: boolean;
  createdAt: string;
}

/** A unit of the caller's scope as GET /api/units lists it. */
export interface ScopeUnit {
  id: string;
  kind: "region" | "managing" | "territorial";
  name: string;
  parentId: string | null;
  closedAt: string | null;
}

export interface NewAccount {
  login: string;
  displayName: string;
  role: Role;
  scopeUnitId: string | null;
  password: string;
}

export interface AccountPatch {
  displayName?: string;
  role?: Role;
  scopeUnitId?: string | null;
  disabled?: boolean;
}

/** A stored methodology version with its document (the engine's JSON, zvezda-methodology/1). */
export interface MethodologyDocument extends MethodologyVersion {
  body: Record<string, unknown>;
}

/** One unit's figures under each version, as GET /api/methodologies/compare computes them. */
export type { ComparisonRow, VersionFigures } from "../../server/methodology/compare-rankings";

export interface Comparison {
  period: string;
  view: "seeker" | "employer" | "combined";
  kind: "region" | "managing" | "territorial";
  a: { id: string; title: string };
  b: { id: string; title: string };
  units: ComparisonRow[];
}

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;
const methodologyPath = (id: string) => `/api/methodologies/${encodeURIComponent(id)}`;

export const fetchUsers = () => apiRequest<{ users: UserListing[] }>("GET", "/api/users");

export const fetchScopeUnits = () => apiRequest<{ units: ScopeUnit[] }>("GET", "/api/units");

export const createUser = (account: NewAccount) => apiRequest<{ user: UserListing }>("POST", "/api/users", account);

export const updateUser = (id: string, patch: AccountPatch) => apiRequest<{ user: UserListing }>("PATCH", userPath(id), patch);

export const setUserDisabled = (id: string, disabled: boolean) => updateUser(id, { disabled });

export const setUserPassword = (id: string, password: string) => apiRequest<{ revokedSessions: number }>("POST", `${userPath(id)}/password`, { password });

/** The journal's filters (all optional): action code, actor's login, entity kind, dates YYYY-MM-DD inclusive. */
export interface AuditFilters {
  action?: string;
  actor?: string;
  entity?: string;
  from?: string;
  to?: string;
}

export const fetchAudit = (before?: number, filters: AuditFilters = {}) => apiRequest<{ entries: AuditEntry[]; nextBefore: number | null }>("GET", `/api/audit${query({ limit: 50, before, ...filters })}`);

export const fetchMethodologies = () => apiRequest<{ methodologies: MethodologyVersion[] }>("GET", "/api/methodologies");

export const fetchMethodology = (id: string) => apiRequest<MethodologyDocument>("GET", methodologyPath(id));

/** Uploads a methodology document; the server validates it whole and stores it inactive. */
export const uploadMethodology = (document: unknown) => apiRequest<{ id: string; title: string; active: boolean }>("POST", "/api/methodologies", document);

export const activateMethodology = (id: string) => apiRequest<{ id: string; active: true }>("POST", `${methodologyPath(id)}/activate`);

export const compareMethodologies = (params: { period: string; a: string; b: string; view: Comparison["view"] }) =>
  apiRequest<Comparison>("GET", `/api/methodologies/compare${query(params)}`);

/** Which parts of the administration a role may open (the server checks again). */
export function adminAreas(role: Role): { users: boolean; audit: boolean; methodologies: boolean } {
  const admin = role === "federal_admin" || role === "regional_admin";
  return { users: admin, audit: admin, methodologies: role !== "unit_manager" };
}
