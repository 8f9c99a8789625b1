// Matrix entries for health, accounts, units, users and results.
import { anyoneSignedIn, everyone, publicRoute, readableInScope, unitOf, type RouteEntry } from "./matrix-entry.js";

export const entries: Record<string, RouteEntry> = {
  "GET /api/health": { public: true, request: () => ({ url: "/api/health" }), expect: publicRoute },
  "POST /api/auth/login": {
    public: true,
    request: () => ({ url: "/api/auth/login", body: { login: "fadmin", password: "correct-horse-42" } }),
    expect: publicRoute,
  },
  "GET /api/auth/me": { request: () => ({ url: "/api/auth/me" }), expect: anyoneSignedIn },
  // Wrong current password on purpose: reaching the handler (400) proves access; the session survives.
  "POST /api/auth/password": {
    request: () => ({ url: "/api/auth/password", body: { currentPassword: "x", newPassword: "y" } }),
    expect: anyoneSignedIn,
    allowStatuses: [400],
  },
  "POST /api/auth/logout": { request: () => ({ url: "/api/auth/logout" }), expect: anyoneSignedIn },
  "GET /api/units/:id": { request: (target) => ({ url: `/api/units/${unitOf(target)}` }), expect: readableInScope },
  "GET /api/users": {
    request: (target) => ({ url: `/api/users?unit=${unitOf(target)}` }),
    expect: {
      anonymous: everyone("deny"),
      fadmin: everyone("allow"),
      fanalyst: everyone("deny"),
      radmin: { in: "allow", out: "deny" },
      umanager: everyone("deny"),
    },
  },
  "GET /api/results": { request: (target) => ({ url: `/api/results?period=2025-Q2&unit=${unitOf(target)}` }), expect: readableInScope },
};
