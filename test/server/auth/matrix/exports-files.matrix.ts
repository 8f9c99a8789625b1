// Matrix entries for the responses files added beside responses.csv: the XLSX version within the subtree, the codebook for anyone signed in.
import { anyoneSignedIn, readableInScope, unitOf, type RouteEntry } from "./matrix-entry.js";

export const entries: Record<string, RouteEntry> = {
  "GET /api/exports/responses.xlsx": {
    request: (target) => ({ url: `/api/exports/responses.xlsx?unit=${unitOf(target)}&period=2025-Q2` }),
    expect: readableInScope,
  },
  "GET /api/exports/codebook.csv": { request: () => ({ url: "/api/exports/codebook.csv" }), expect: anyoneSignedIn },
};
