// The OpenAPI document and its viewer are for signed-in users only: they map the attack surface.
import { anyoneSignedIn, type RouteEntry } from "./matrix-entry.js";

const page = (url: string, allowStatuses?: number[]): RouteEntry => ({
  request: () => ({ url }),
  expect: anyoneSignedIn,
  ...(allowStatuses ? { allowStatuses } : {}),
});

export const entries: Record<string, RouteEntry> = {
  "GET /api/docs": page("/api/docs", [200, 302]),
  "GET /api/docs/": page("/api/docs/"),
  "GET /api/docs/json": page("/api/docs/json"),
  "GET /api/docs/yaml": page("/api/docs/yaml"),
  "GET /api/docs/*": page("/api/docs/static/index.css"),
  "GET /api/docs/static/index.html": page("/api/docs/static/index.html", [200, 302]),
  "GET /api/docs/static/swagger-initializer.js": page("/api/docs/static/swagger-initializer.js"),
};
