// Matrix entries for the pain points (/api/loop): any signed-in role within its subtree; the country's view for federal roles.
import { everyone, readableInScope, unitOf, type RouteEntry } from "./matrix-entry.js";

const period = "2025-Q2";
/** A region: 32 (in every scoped role's region) or 25 (outside); a unit manager of 32-01 sees neither. */
const regionOf = (target: "in" | "out") => (target === "in" ? "32" : "25");

export const entries: Record<string, RouteEntry> = {
  "GET /api/loop/pain-points": { request: (target) => ({ url: `/api/loop/pain-points?unit=${unitOf(target)}&period=${period}` }), expect: readableInScope },
  "GET /api/loop/pain-points/:indicator/evidence": {
    request: (target) => ({ url: `/api/loop/pain-points/${encodeURIComponent("М6")}/evidence?unit=${unitOf(target)}&period=${period}` }),
    expect: readableInScope,
  },
  "GET /api/loop/heatmap": {
    request: (target) => ({ url: `/api/loop/heatmap?unit=${regionOf(target)}&period=${period}` }),
    expect: { ...readableInScope, umanager: everyone("deny") },
  },
  "GET /api/loop/country-pain": {
    request: () => ({ url: `/api/loop/country-pain?period=${period}` }),
    expect: { anonymous: everyone("deny"), fadmin: everyone("allow"), fanalyst: everyone("allow"), radmin: everyone("deny"), umanager: everyone("deny") },
  },
};
