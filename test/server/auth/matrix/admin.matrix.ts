// Matrix entries for administration: accounts, the org structure and its XLSX import, the audit trail, methodology versions.
import { loadDefaultMethodology } from "../../../../src/cli/methodology-files.js";
import type { Role } from "../../../../src/db/index.js";
import type { SurveyServer } from "../../../support/survey-server.js";
import { everyone, readableInScope, unitOf, type RouteEntry, type Target } from "./matrix-entry.js";

let serial = 0;
const fresh = (prefix: string) => `${prefix}${Date.now().toString(36)}${serial++}`;
/** The region of a target: 32 (every scoped test user's) or 25 (none's). */
const regionOf = (target: Target) => (target === "in" ? "32" : "25");

/** A territorial centre created directly under the target's region, open or closed. */
async function createdUnit(server: SurveyServer, target: Target, closed = false): Promise<string> {
  const id = fresh("mx-");
  await server.database.db
    .insertInto("org_units")
    .values({ id, kind: "territorial", name: `Матрица ${id}`, parent_id: regionOf(target), closed_at: closed ? new Date() : null })
    .execute();
  return id;
}

/** An account scoped in the target: a unit manager of 32-01, or the regional admin of 25. */
async function userOf(server: SurveyServer, target: Target): Promise<string> {
  const [role, scope]: [Role, string] = target === "in" ? ["unit_manager", "32-01"] : ["regional_admin", "25"];
  const row = await server.database.db
    .insertInto("users")
    .values({ login: fresh("mx"), password_hash: "scrypt$invalid", display_name: "Матрица", role, scope_unit_id: scope })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Administrators within their scope: federal admin everywhere, regional admin in its region. */
const adminInScope: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("deny"),
  radmin: { in: "allow", out: "deny" },
  umanager: everyone("deny"),
};

/** Federal roles and regional admins read methodology versions. */
const methodologyReaders: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("allow"),
  radmin: everyone("allow"),
  umanager: everyone("deny"),
};

const federalAdminOnly: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("deny"),
  radmin: everyone("deny"),
  umanager: everyone("deny"),
};

const methodology = loadDefaultMethodology();

export const entries: Record<string, RouteEntry> = {
  "GET /api/units": { request: (target) => ({ url: `/api/units?unit=${unitOf(target)}` }), expect: readableInScope },
  "POST /api/units": {
    request: (target) => ({ url: "/api/units", body: { id: fresh("mx-"), kind: "territorial", name: "Новый ЦЗН", parentId: regionOf(target) } }),
    expect: adminInScope,
  },
  "PATCH /api/units/:id": {
    request: async (target, server) => ({ url: `/api/units/${await createdUnit(server, target)}`, body: { name: "Переименованный ЦЗН" } }),
    expect: adminInScope,
  },
  "POST /api/units/:id/close": { request: async (target, server) => ({ url: `/api/units/${await createdUnit(server, target)}/close` }), expect: adminInScope },
  "POST /api/units/:id/reopen": {
    request: async (target, server) => ({ url: `/api/units/${await createdUnit(server, target, true)}/reopen` }),
    expect: adminInScope,
  },
  "GET /api/units/import-template.xlsx": { request: (target) => ({ url: `/api/units/import-template.xlsx?region=${regionOf(target)}` }), expect: adminInScope },
  // The harness sends JSON only: reaching the handler, which wants multipart (415), proves access.
  // The real upload is covered in test/server/units/unit-import.test.ts.
  "POST /api/units/import": {
    request: (target) => ({ url: `/api/units/import?region=${regionOf(target)}`, body: {} }),
    expect: adminInScope,
    allowStatuses: [415],
  },
  "POST /api/users": {
    request: (target) => ({
      url: "/api/users",
      body: {
        login: fresh("mx"),
        displayName: "Новый пользователь",
        password: "matrix-password-42",
        ...(target === "in" ? { role: "unit_manager", scopeUnitId: "32-01" } : { role: "regional_admin", scopeUnitId: "25" }),
      },
    }),
    expect: adminInScope,
  },
  "PATCH /api/users/:id": {
    request: async (target, server) => ({ url: `/api/users/${await userOf(server, target)}`, body: { displayName: "Другое имя" } }),
    expect: adminInScope,
  },
  "POST /api/users/:id/password": {
    request: async (target, server) => ({ url: `/api/users/${await userOf(server, target)}/password`, body: { password: "reset-password-42" } }),
    expect: adminInScope,
  },
  "GET /api/audit": { request: (target) => ({ url: `/api/audit?unit=${unitOf(target)}` }), expect: adminInScope },
  "GET /api/methodologies": { request: () => ({ url: "/api/methodologies" }), expect: methodologyReaders },
  "GET /api/methodologies/:id": { request: () => ({ url: `/api/methodologies/${methodology.id}` }), expect: methodologyReaders },
  "GET /api/methodologies/compare": {
    request: (target) => ({ url: `/api/methodologies/compare?period=2025-Q2&a=${methodology.id}&b=${methodology.id}&unit=${regionOf(target)}` }),
    expect: { ...methodologyReaders, radmin: { in: "allow", out: "deny" } },
  },
  "POST /api/methodologies": {
    request: () => ({ url: "/api/methodologies", body: { ...methodology, id: fresh("mx"), default: false } }),
    expect: federalAdminOnly,
  },
  // Activating the version that is already active: access proven, nothing changes for other entries.
  "POST /api/methodologies/:id/activate": { request: () => ({ url: `/api/methodologies/${methodology.id}/activate` }), expect: federalAdminOnly },
};
