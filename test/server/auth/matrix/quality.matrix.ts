// Matrix entries for data-quality review: runs, the queue, the evidence, decisions, trust. Reviewers
// are the regional and federal levels; a unit manager is refused everywhere (a unit never reviews itself).
import { loadDefaultMethodology } from "../../../../src/cli/methodology-files.js";
import { importDataset, storeQualityRun } from "../../../../src/db/index.js";
import type { SurveyServer } from "../../../support/survey-server.js";
import { everyone, unitOf, type RouteEntry, type Target } from "./matrix-entry.js";

const methodology = loadDefaultMethodology();
let serial = 0;

/** A stored response of the target's unit (32-01, or region 25) with a pending flag; returns its id and group key. */
async function flaggedResponse(server: SurveyServer, target: Target): Promise<{ id: string; group: string }> {
  const id = `mxq-${Date.now().toString(36)}-${serial++}`;
  const unit = unitOf(target);
  const response = { id, unit, respondent: "seeker" as const, submittedAt: "2025-05-12T08:00:00Z", answers: { q1: 9, q2: 10 } };
  await importDataset(server.database.db, { format: "zvezda-dataset/1", units: [], responses: [response], objective: [] }, methodology);
  const group = `mx-group-${id}`;
  const report = {
    settings: "matrix",
    units: [],
    responses: [{ id, unit, score: 0.9, reasons: [{ code: "burst", text: "Серия с одного устройства", weight: 0.9, group }] }],
  };
  await storeQualityRun(server.database.db, { period: "2025-Q2", scopeUnitId: unit, report, responsesChecked: 1, startedAt: new Date(), startedBy: null });
  return { id, group };
}

/** Regional and federal reviewers within their scope; the unit manager never. */
const reviewers: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("allow"),
  radmin: { in: "allow", out: "deny" },
  umanager: everyone("deny"),
};

/** Those who decide: reviewers less the read-only federal analyst. */
const deciders: RouteEntry["expect"] = { ...reviewers, fanalyst: everyone("deny") };

export const entries: Record<string, RouteEntry> = {
  "POST /api/quality/runs": { request: (target) => ({ url: "/api/quality/runs", body: { period: "2025-Q2", unit: unitOf(target) } }), expect: deciders },
  "GET /api/quality/queue": { request: (target) => ({ url: `/api/quality/queue?period=2025-Q2&unit=${unitOf(target)}` }), expect: reviewers },
  "GET /api/quality/flags": { request: (target) => ({ url: `/api/quality/flags?period=2025-Q2&unit=${unitOf(target)}` }), expect: reviewers },
  "GET /api/quality/responses/:id": {
    request: async (target, server) => ({ url: `/api/quality/responses/${(await flaggedResponse(server, target)).id}` }),
    expect: reviewers,
  },
  "GET /api/quality/groups/:key": {
    request: async (target, server) => ({ url: `/api/quality/groups/${encodeURIComponent((await flaggedResponse(server, target)).group)}` }),
    expect: reviewers,
  },
  "GET /api/quality/units/:id": { request: (target) => ({ url: `/api/quality/units/${unitOf(target)}?period=2025-Q2` }), expect: reviewers },
  "GET /api/quality/trust": { request: (target) => ({ url: `/api/quality/trust?period=2025-Q2&unit=${unitOf(target)}` }), expect: reviewers },
  "POST /api/quality/decisions": {
    request: async (target, server) => ({
      url: "/api/quality/decisions",
      body: { responseIds: [(await flaggedResponse(server, target)).id], decision: "confirm", note: "Матрица" },
    }),
    expect: deciders,
  },
};
