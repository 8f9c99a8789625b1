// Matrix entries for objective data: reading within scope; entering by managers of the unit; approving, returning
// and reopening only by the regional level (a centre never approves its own data; a region never touches another's).
import { monthLabel } from "../../../../src/core/index.js";
import { insertObjectiveEntry, insertObjectivePhoto, type ObjectiveStatus } from "../../../../src/db/index.js";
import { everyone, managesInScope, readableInScope, unitOf, type RouteEntry, type Target } from "./matrix-entry.js";
import type { SurveyServer } from "../../../support/survey-server.js";

let serial = 0;
/** A month no other matrix entry uses, so that created entries never overlap. */
const freshPeriod = (): string => monthLabel(2001 * 12 + serial++);

/** A checklist entry of the target (К1 at centre 32-01, М2 at region 25) in `status`, created directly in the database. */
async function entryOf(server: SurveyServer, target: Target, status: ObjectiveStatus): Promise<string> {
  return insertObjectiveEntry(server.database.db, {
    unitId: unitOf(target),
    indicator: target === "in" ? "К1" : "М2",
    period: freshPeriod(),
    status,
    actorId: null,
    content: { payload: { met: 0, applicable: 0 }, answers: [] },
  });
}

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function photoOf(server: SurveyServer, target: Target): Promise<string> {
  const entryId = await entryOf(server, target, "draft");
  return insertObjectivePhoto(server.database.db, { entryId, item: null, fileName: "p.png", contentType: "image/png", data: png, uploadedBy: null });
}

const approvesInScope: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("deny"),
  radmin: { in: "allow", out: "deny" },
  umanager: everyone("deny"),
};

const editors: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("deny"),
  radmin: everyone("allow"),
  umanager: everyone("allow"),
};

export const entries: Record<string, RouteEntry> = {
  "GET /api/objective": { request: (target) => ({ url: `/api/objective?unit=${unitOf(target)}&period=2025-Q2` }), expect: readableInScope },
  "PUT /api/objective/entries": {
    request: (target) => ({
      url: "/api/objective/entries",
      body: { kind: "channels", unit: unitOf(target), period: freshPeriod(), channels: ["office", "site"] },
    }),
    expect: managesInScope,
  },
  "POST /api/objective/entries/:id/submit": {
    request: async (target, server) => ({ url: `/api/objective/entries/${await entryOf(server, target, "draft")}/submit` }),
    expect: managesInScope,
    // An empty checklist cannot be submitted (400 names the items): reaching that check proves access.
    allowStatuses: [400],
  },
  "POST /api/objective/entries/:id/approve": {
    request: async (target, server) => ({ url: `/api/objective/entries/${await entryOf(server, target, "submitted")}/approve` }),
    expect: approvesInScope,
  },
  "POST /api/objective/entries/:id/return": {
    request: async (target, server) => ({
      url: `/api/objective/entries/${await entryOf(server, target, "submitted")}/return`,
      body: { reason: "Нет фото входа" },
    }),
    expect: approvesInScope,
  },
  "POST /api/objective/entries/:id/reopen": {
    request: async (target, server) => ({
      url: `/api/objective/entries/${await entryOf(server, target, "approved")}/reopen`,
      body: { reason: "Ошибка в пункте 3" },
    }),
    expect: approvesInScope,
  },
  "GET /api/objective/entries/:id/history": {
    request: async (target, server) => ({ url: `/api/objective/entries/${await entryOf(server, target, "draft")}/history` }),
    expect: readableInScope,
  },
  // JSON instead of multipart on purpose: reaching the upload (415) proves access.
  "POST /api/objective/entries/:id/photos": {
    request: async (target, server) => ({ url: `/api/objective/entries/${await entryOf(server, target, "draft")}/photos`, body: {} }),
    expect: managesInScope,
    allowStatuses: [415],
  },
  "GET /api/objective/photos/:id": {
    request: async (target, server) => ({ url: `/api/objective/photos/${await photoOf(server, target)}` }),
    expect: readableInScope,
  },
  "DELETE /api/objective/photos/:id": {
    request: async (target, server) => ({ url: `/api/objective/photos/${await photoOf(server, target)}` }),
    expect: managesInScope,
  },
  "GET /api/objective/template.xlsx": { request: () => ({ url: "/api/objective/template.xlsx?period=2025-Q2" }), expect: editors },
  "POST /api/objective/import": { request: () => ({ url: "/api/objective/import?period=2025-Q2", body: {} }), expect: editors, allowStatuses: [415] },
};
