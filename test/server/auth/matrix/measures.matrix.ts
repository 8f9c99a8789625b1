// Matrix entries for the corrective-measures register: reading within scope; proposing and editing drafts by
// managers of the unit; moving through the workflow only by the regional level; the library for federal and regional users.
import { insertMeasure, insertMeasureFile, type MeasureStatusColumn } from "../../../../src/db/index.js";
import type { SurveyServer } from "../../../support/survey-server.js";
import { anyoneSignedIn, everyone, managesInScope, readableInScope, unitOf, type RouteEntry, type Target } from "./matrix-entry.js";

const fields = {
  title: "Электронная очередь",
  description: "",
  kind: "process",
  clientParticipation: "",
  owner: "",
  view: "seeker",
  plannedStart: "2025-01-10",
  plannedEnd: "2025-03-31",
  indicators: ["М6"],
} as const;

/** A measure of the target's unit (32-01 in scope, 25 outside) in `status`, created directly in the database. */
async function measureOf(server: SurveyServer, target: Target, status: MeasureStatusColumn = "draft"): Promise<string> {
  const done = status === "done" || status === "evaluated";
  return insertMeasure(
    server.database.db,
    unitOf(target),
    { ...fields, indicators: [...fields.indicators], actualStart: done ? "2025-01-10" : null, actualEnd: done ? "2025-03-31" : null },
    null,
    status,
  );
}

const pdf = new TextEncoder().encode("%PDF-1.4\n%test\n");
async function fileOf(server: SurveyServer, target: Target): Promise<string> {
  return insertMeasureFile(server.database.db, {
    measureId: await measureOf(server, target),
    fileName: "protocol.pdf",
    contentType: "application/pdf",
    data: pdf,
    uploadedBy: null,
  });
}

const regionLevelInScope: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("deny"),
  radmin: { in: "allow", out: "deny" },
  umanager: everyone("deny"),
};

const libraryReaders: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("allow"),
  radmin: everyone("allow"),
  umanager: everyone("deny"),
};

export const entries: Record<string, RouteEntry> = {
  "GET /api/loop/measures": { request: (target) => ({ url: `/api/loop/measures?unit=${unitOf(target)}` }), expect: readableInScope },
  "POST /api/loop/measures": { request: (target) => ({ url: "/api/loop/measures", body: { ...fields, unit: unitOf(target) } }), expect: managesInScope },
  "GET /api/loop/measures/plan.xlsx": { request: (target) => ({ url: `/api/loop/measures/plan.xlsx?unit=${unitOf(target)}` }), expect: readableInScope },
  "GET /api/loop/measures/:id": {
    request: async (target, server) => ({ url: `/api/loop/measures/${await measureOf(server, target)}` }),
    expect: readableInScope,
  },
  "PATCH /api/loop/measures/:id": {
    request: async (target, server) => ({
      url: `/api/loop/measures/${await measureOf(server, target)}`,
      body: { ...fields, title: "Электронная очередь с SMS" },
    }),
    expect: managesInScope,
  },
  "POST /api/loop/measures/:id/status": {
    request: async (target, server) => ({ url: `/api/loop/measures/${await measureOf(server, target)}/status`, body: { to: "planned" } }),
    expect: regionLevelInScope,
  },
  "GET /api/loop/measures/:id/effect": {
    request: async (target, server) => ({ url: `/api/loop/measures/${await measureOf(server, target, "done")}/effect` }),
    expect: readableInScope,
  },
  // JSON instead of multipart on purpose: reaching the upload (415) proves access.
  "POST /api/loop/measures/:id/files": {
    request: async (target, server) => ({ url: `/api/loop/measures/${await measureOf(server, target)}/files`, body: {} }),
    expect: managesInScope,
    allowStatuses: [415],
  },
  "GET /api/loop/measures/files/:id": {
    request: async (target, server) => ({ url: `/api/loop/measures/files/${await fileOf(server, target)}` }),
    expect: readableInScope,
  },
  "DELETE /api/loop/measures/files/:id": {
    request: async (target, server) => ({ url: `/api/loop/measures/files/${await fileOf(server, target)}` }),
    expect: managesInScope,
  },
  "GET /api/loop/measures/:id/comments": {
    request: async (target, server) => ({ url: `/api/loop/measures/${await measureOf(server, target)}/comments` }),
    expect: readableInScope,
  },
  "POST /api/loop/measures/:id/comments": {
    request: async (target, server) => ({
      url: `/api/loop/measures/${await measureOf(server, target)}/comments`,
      body: { body: "Согласовано с рабочей группой" },
    }),
    expect: managesInScope,
  },
  "GET /api/loop/practices": { request: (target) => ({ url: `/api/loop/practices?region=${target === "in" ? "32" : "25"}` }), expect: libraryReaders },
  "GET /api/loop/practices/summary": { request: () => ({ url: "/api/loop/practices/summary?indicator=М6" }), expect: anyoneSignedIn },
};
