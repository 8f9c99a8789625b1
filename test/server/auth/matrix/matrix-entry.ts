// The shape of an authorization-matrix entry. Each feature lists its /api routes in a
// `*.matrix.ts` file beside this one; authorization-matrix.test.ts collects them all.
import type { SurveyServer } from "../../../support/survey-server.js";

export type Outcome = "allow" | "deny";
export type Caller = "anonymous" | "fadmin" | "fanalyst" | "radmin" | "umanager";
export type Target = "in" | "out";

export interface RouteEntry {
  /** Public routes answer without a session (checked once, anonymously). */
  public?: true;
  /**
   * The request for a target: in scope of every scoped role (32-01, or its region 32 where a
   * route needs a region) or outside theirs (region 25 and below). Called once per case, so it
   * may create what it needs (in `server`'s database).
   */
  request: (target: Target, server: SurveyServer) => { url: string; body?: object } | Promise<{ url: string; body?: object }>;
  expect: Record<Caller, Record<Target, Outcome>>;
  /** Statuses that prove access when allowed (default: any 2xx), e.g. 400 for a deliberately wrong body. */
  allowStatuses?: readonly number[];
}

export const everyone = (outcome: Outcome): Record<Target, Outcome> => ({ in: outcome, out: outcome });
/** A unit every scoped test user can see (in) or none can (out). */
export const unitOf = (target: Target) => (target === "in" ? "32-01" : "25");

/** Expectations shared by most routes: anyone signed in, within its scope. */
export const readableInScope: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("allow"),
  radmin: { in: "allow", out: "deny" },
  umanager: { in: "allow", out: "deny" },
};

export const anyoneSignedIn: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("allow"),
  radmin: everyone("allow"),
  umanager: everyone("allow"),
};

export const publicRoute: RouteEntry["expect"] = {
  anonymous: everyone("allow"),
  fadmin: everyone("allow"),
  fanalyst: everyone("allow"),
  radmin: everyone("allow"),
  umanager: everyone("allow"),
};

/** Changes by the managers of a unit (unit manager, regional and federal admin) within scope; the federal analyst reads only. */
export const managesInScope: RouteEntry["expect"] = {
  anonymous: everyone("deny"),
  fadmin: everyone("allow"),
  fanalyst: everyone("deny"),
  radmin: { in: "allow", out: "deny" },
  umanager: { in: "allow", out: "deny" },
};
