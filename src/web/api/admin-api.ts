// The administration API the admin section reads: accounts, the audit trail, methodology versions.
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

export const fetchUsers = () => apiRequest<{ users: UserListing[] }>("GET", "/api/users");

export const setUserDisabled = (id: string, disabled: boolean) => apiRequest<unknown>("PATCH", `/api/users/${encodeURIComponent(id)}`, { disabled });

export const fetchAudit = (before?: number) => apiRequest<{ entries: AuditEntry[]; nextBefore: number | null }>("GET", `/api/audit${query({ limit: 50, before })}`);

export const fetchMethodologies = () => apiRequest<{ methodologies: MethodologyVersion[] }>("GET", "/api/methodologies");

/** Which parts of the administration a role may open (the server checks again). */
export function adminAreas(role: Role): { users: boolean; audit: boolean; methodologies: boolean } {
  const admin = role === "federal_admin" || role === "regional_admin";
  return { users: admin, audit: admin, methodologies: role !== "unit_manager" };
}
