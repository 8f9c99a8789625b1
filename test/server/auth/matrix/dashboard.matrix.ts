// Matrix entries for the dashboard API and the exports: any signed-in role, within its subtree.
import { anyoneSignedIn, readableInScope, unitOf, type RouteEntry } from "./matrix-entry.js";

const period = "2025-Q2";

export const entries: Record<string, RouteEntry> = {
  "GET /api/dashboard/context": { request: () => ({ url: "/api/dashboard/context" }), expect: anyoneSignedIn },
  "GET /api/dashboard/rating": { request: (target) => ({ url: `/api/dashboard/rating?unit=${unitOf(target)}&period=${period}` }), expect: readableInScope },
  "GET /api/dashboard/unit/:id": { request: (target) => ({ url: `/api/dashboard/unit/${unitOf(target)}?period=${period}` }), expect: readableInScope },
  "GET /api/dashboard/unit/:id/trend": { request: (target) => ({ url: `/api/dashboard/unit/${unitOf(target)}/trend?count=2` }), expect: readableInScope },
  "GET /api/dashboard/unit/:id/comments": {
    request: (target) => ({ url: `/api/dashboard/unit/${unitOf(target)}/comments?period=${period}` }),
    expect: readableInScope,
  },
  "GET /api/exports/rating.xlsx": {
    request: (target) => ({ url: `/api/exports/rating.xlsx?unit=${unitOf(target)}&period=${period}` }),
    expect: readableInScope,
  },
  "GET /api/exports/unit/:id/passport.xlsx": {
    request: (target) => ({ url: `/api/exports/unit/${unitOf(target)}/passport.xlsx?period=${period}` }),
    expect: readableInScope,
  },
  "GET /api/exports/responses.csv": {
    request: (target) => ({ url: `/api/exports/responses.csv?unit=${unitOf(target)}&period=${period}` }),
    expect: readableInScope,
  },
};
