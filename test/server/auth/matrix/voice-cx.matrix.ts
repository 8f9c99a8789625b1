// Matrix entries for the CX part of the voice of the client: segments read within scope; portraits and journeys read
// by federal roles and anyone working in the region, kept only by the region's regional admin.
import { insertPortrait } from "../../../../src/db/index.js";
import type { SurveyServer } from "../../../support/survey-server.js";
import { anyoneSignedIn, everyone, readableInScope, unitOf, type RouteEntry, type Target } from "./matrix-entry.js";

const period = "2025-Q2";
const regionOf = (target: Target) => (target === "in" ? "32" : "25");
const segment = { view: "seeker", criteria: { gender: ["female"] } };
const portraitBody = (target: Target) => ({ region: regionOf(target), name: "Женщины", segment, demographic: "", psychographic: "", behavioural: "" });
const journey = { title: "Маршрут", stages: [{ code: "visit", title: "Визит", description: "", indicators: ["М6"], themes: ["queue"] }] };

/** A stored portrait in the target's region; returns its id. */
async function portraitIn(server: SurveyServer, target: Target): Promise<string> {
  const row = await insertPortrait(
    server.database.db,
    regionOf(target),
    { name: "Портрет", segment, demographic: "", psychographic: "", behavioural: "" },
    null,
  );
  return row.id;
}

/** Only the regional admin of the region. */
const regionKeeper: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("deny"),
  fanalyst: everyone("deny"),
  radmin: { in: "allow", out: "deny" },
  umanager: everyone("deny"),
};

export const entries: Record<string, RouteEntry> = {
  "GET /api/voice/segments/dimensions": { request: () => ({ url: "/api/voice/segments/dimensions" }), expect: anyoneSignedIn },
  "GET /api/voice/segments": { request: (target) => ({ url: `/api/voice/segments?period=${period}&unit=${unitOf(target)}` }), expect: readableInScope },
  "GET /api/voice/segments/least": {
    request: (target) => ({ url: `/api/voice/segments/least?period=${period}&unit=${unitOf(target)}` }),
    expect: readableInScope,
  },
  "GET /api/voice/portraits": { request: (target) => ({ url: `/api/voice/portraits?region=${regionOf(target)}` }), expect: readableInScope },
  "GET /api/voice/portraits/:id": {
    request: async (target, server) => ({ url: `/api/voice/portraits/${await portraitIn(server, target)}?period=${period}` }),
    expect: readableInScope,
  },
  "POST /api/voice/portraits": { request: (target) => ({ url: "/api/voice/portraits", body: portraitBody(target) }), expect: regionKeeper },
  "PUT /api/voice/portraits/:id": {
    request: async (target, server) => ({ url: `/api/voice/portraits/${await portraitIn(server, target)}`, body: portraitBody(target) }),
    expect: regionKeeper,
  },
  "DELETE /api/voice/portraits/:id": {
    request: async (target, server) => ({ url: `/api/voice/portraits/${await portraitIn(server, target)}` }),
    expect: regionKeeper,
  },
  "GET /api/voice/journeys/templates": { request: () => ({ url: "/api/voice/journeys/templates" }), expect: anyoneSignedIn },
  "GET /api/voice/journeys/:view": { request: (target) => ({ url: `/api/voice/journeys/seeker?region=${regionOf(target)}` }), expect: readableInScope },
  "PUT /api/voice/journeys/:view": {
    request: (target) => ({ url: `/api/voice/journeys/seeker?region=${regionOf(target)}`, body: { journey } }),
    expect: regionKeeper,
  },
  "DELETE /api/voice/journeys/:view": { request: (target) => ({ url: `/api/voice/journeys/seeker?region=${regionOf(target)}` }), expect: regionKeeper },
  "GET /api/voice/journeys/:view/map": {
    request: (target) => ({ url: `/api/voice/journeys/seeker/map?period=${period}&unit=${unitOf(target)}` }),
    expect: readableInScope,
  },
};
