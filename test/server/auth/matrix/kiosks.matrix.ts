// Matrix entries for office kiosks: the centre's manager and the admins above it list, register and revoke;
// the federal analyst only reads figures, so it gets 403; a centre outside the scope answers 404.
import { registerKiosk } from "../../../../src/db/index.js";
import { everyone, type RouteEntry, type Target } from "./matrix-entry.js";
import type { SurveyServer } from "../../../support/survey-server.js";

/** A centre in every scoped test user's scope (32-01), or outside them all (32-01's counterpart in region 25 does not exist: region 25 itself). */
const centreOf = (target: Target) => (target === "in" ? "32-01" : "25");

const managersInScope: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("deny"),
  radmin: { in: "allow", out: "deny" },
  umanager: { in: "allow", out: "deny" },
};

/** A fresh kiosk at the target's unit, to revoke. */
async function kioskOf(server: SurveyServer, target: Target): Promise<string> {
  return (await registerKiosk(server.database.db, centreOf(target), "Матрица")).id;
}

export const entries: Record<string, RouteEntry> = {
  "GET /api/units/:id/kiosks": { request: (target) => ({ url: `/api/units/${centreOf(target)}/kiosks` }), expect: managersInScope },
  "POST /api/units/:id/kiosks": {
    request: (target) => ({ url: `/api/units/${centreOf(target)}/kiosks`, body: { label: "Планшет у входа" } }),
    expect: managersInScope,
    // Region 25 is not a centre: the federal admin reaches the check that says so.
    allowStatuses: [201, 400],
  },
  "POST /api/kiosks/:id/revoke": {
    request: async (target, server) => ({ url: `/api/kiosks/${await kioskOf(server, target)}/revoke` }),
    expect: managersInScope,
  },
};
