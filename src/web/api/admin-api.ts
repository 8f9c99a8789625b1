// The administration API of the admin section: accounts, the audit trail, methodology versions and their comparison.
import type { AuditFilters, AuditPage } from "../../contract/audit";
import type { Comparison, MethodologyDocument, MethodologyListing, MethodologyStored, MethodologyActivated } from "../../contract/methodology";
import type { Role } from "../../contract/roles";
import type { AccountPatch, NewAccount, UserAnswer, UserList } from "../../contract/users";
import type { RevokedSessions } from "../../contract/auth";
import type { ScopeUnitList } from "../../contract/units";
import { apiRequest, query } from "./http";

export type { AuditEntry, AuditFilters } from "../../contract/audit";
export type { Comparison, ComparisonRow, MethodologyDocument, MethodologyVersion, VersionFigures } from "../../contract/methodology";
export type { ScopeUnit } from "../../contract/units";
export type { AccountPatch, NewAccount, UserListing } from "../../contract/users";

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;
const methodologyPath = (id: string) => `/api/methodologies/${encodeURIComponent(id)}`;

export const fetchUsers = () => apiRequest<UserList>("GET", "/api/users");

export const fetchScopeUnits = () => apiRequest<ScopeUnitList>("GET", "/api/units");

export const createUser = (account: NewAccount) => apiRequest<UserAnswer>("POST", "/api/users", account);

export const updateUser = (id: string, patch: AccountPatch) => apiRequest<UserAnswer>("PATCH", userPath(id), patch);

export const setUserDisabled = (id: string, disabled: boolean) => updateUser(id, { disabled });

export const setUserPassword = (id: string, password: string) => apiRequest<RevokedSessions>("POST", `${userPath(id)}/password`, { password });

export const fetchAudit = (before?: number, filters: AuditFilters = {}) =>
  apiRequest<AuditPage>("GET", `/api/audit${query({ limit: 50, before, ...filters })}`);

export const fetchMethodologies = () => apiRequest<MethodologyListing>("GET", "/api/methodologies");

export const fetchMethodology = (id: string) => apiRequest<MethodologyDocument>("GET", methodologyPath(id));

/** Uploads a methodology document; the server validates it whole and stores it inactive. */
export const uploadMethodology = (document: unknown) => apiRequest<MethodologyStored>("POST", "/api/methodologies", document);

export const activateMethodology = (id: string) => apiRequest<MethodologyActivated>("POST", `${methodologyPath(id)}/activate`);

export const compareMethodologies = (params: { period: string; a: string; b: string; view: Comparison["view"] }) =>
  apiRequest<Comparison>("GET", `/api/methodologies/compare${query(params)}`);

/** Which parts of the administration a role may open (the server checks again). */
export function adminAreas(role: Role): { users: boolean; audit: boolean; methodologies: boolean } {
  const admin = role === "federal_admin" || role === "regional_admin";
  return { users: admin, audit: admin, methodologies: role !== "unit_manager" };
}
