// Matrix entries for the voice of the client: reads for anyone within its subtree; corrections and external
// feedback for the unit's managers (never the read-only federal analyst).
import { loadDefaultMethodology } from "../../../../src/cli/methodology-files.js";
import { importDataset, insertFeedback } from "../../../../src/db/index.js";
import { voiceTaggerFor } from "../../../../src/server/voice/theme-taxonomy-file.js";
import type { SurveyServer } from "../../../support/survey-server.js";
import { anyoneSignedIn, everyone, readableInScope, unitOf, type RouteEntry, type Target } from "./matrix-entry.js";

const methodology = loadDefaultMethodology();
const period = "2025-Q2";
let serial = 0;

/** A stored external-feedback text in the target's unit; returns its text id. */
async function textIn(server: SurveyServer, target: Target): Promise<string> {
  const db = server.database.db;
  const [feedbackId] = await db
    .transaction()
    .execute((trx) =>
      insertFeedback(
        trx,
        [{ unitId: unitOf(target), channel: "book", receivedOn: "2025-05-05", text: "Очередь большая", rating: null, link: null }],
        voiceTaggerFor(methodology),
        null,
      ),
    );
  const row = await db.selectFrom("voice_texts").select("id").where("feedback_id", "=", feedbackId!).executeTakeFirstOrThrow();
  return String(row.id);
}

/** A stored response with a note in the target's unit; returns its id. */
async function responseIn(server: SurveyServer, target: Target): Promise<string> {
  const id = `mxv-${Date.now().toString(36)}-${serial++}`;
  const response = {
    id,
    unit: unitOf(target),
    respondent: "seeker" as const,
    submittedAt: "2025-05-12T08:00:00Z",
    answers: { q9: 3 },
    comments: { q9: "долго ждал" },
  };
  await importDataset(
    server.database.db,
    { format: "zvezda-dataset/1", units: [], responses: [response], objective: [] },
    methodology,
    undefined,
    voiceTaggerFor(methodology),
  );
  return id;
}

/** The unit's managers: the federal admin, the regional admin and the centre's manager within their scope. */
const managers: RouteEntry["expect"] = { ...readableInScope, fanalyst: everyone("deny") };
/** Managers anywhere (the rows name the units; checked per row). */
const managersAnywhere: RouteEntry["expect"] = { ...anyoneSignedIn, fanalyst: everyone("deny") };

const filters = (target: Target) => `period=${period}&unit=${unitOf(target)}`;

export const entries: Record<string, RouteEntry> = {
  "GET /api/voice/themes": { request: () => ({ url: "/api/voice/themes" }), expect: anyoneSignedIn },
  "GET /api/voice/texts": { request: (target) => ({ url: `/api/voice/texts?${filters(target)}&q=очередь` }), expect: readableInScope },
  "GET /api/voice/texts/export.csv": { request: (target) => ({ url: `/api/voice/texts/export.csv?${filters(target)}` }), expect: readableInScope },
  "GET /api/voice/texts/export.xlsx": { request: (target) => ({ url: `/api/voice/texts/export.xlsx?${filters(target)}` }), expect: readableInScope },
  "GET /api/voice/summary": { request: (target) => ({ url: `/api/voice/summary?${filters(target)}` }), expect: readableInScope },
  "GET /api/voice/texts/:id/corrections": {
    request: async (target, server) => ({ url: `/api/voice/texts/${await textIn(server, target)}/corrections` }),
    expect: readableInScope,
  },
  "PUT /api/voice/texts/:id/themes": {
    request: async (target, server) => ({ url: `/api/voice/texts/${await textIn(server, target)}/themes`, body: { themes: ["queue", "premises"] } }),
    expect: managers,
  },
  "GET /api/voice/responses/:id": {
    request: async (target, server) => ({ url: `/api/voice/responses/${await responseIn(server, target)}` }),
    expect: readableInScope,
  },
  "POST /api/voice/feedback": {
    request: (target) => ({
      url: "/api/voice/feedback",
      body: { unit: unitOf(target), channel: "appeal", receivedOn: "2025-05-06", text: "Спасибо за помощь" },
    }),
    expect: managers,
  },
  "GET /api/voice/feedback/template.xlsx": { request: (target) => ({ url: `/api/voice/feedback/template.xlsx?unit=${unitOf(target)}` }), expect: managers },
  // Without a file the route answers 415 once the caller passed the role check; units are checked per row.
  "POST /api/voice/feedback/import": { request: () => ({ url: "/api/voice/feedback/import" }), expect: managersAnywhere, allowStatuses: [415] },
};
