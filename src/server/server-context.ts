// What every feature plugin may depend on: the database, the configuration and the shared services of one server.
import type { Database } from "../db/index.js";
import type { ServerConfig } from "./config.js";
import type { ResultsCache } from "./dashboard/results-cache.js";
import type { ResponseBatcher } from "./survey/response-batcher.js";

/** What every feature plugin may depend on. */
export interface ServerContext {
  database: Database;
  config: ServerConfig;
  /** The key behind cookies and salts (see ServerConfig.secret). */
  secret: string;
  version: string;
  /** Stores survey submissions with group commit. */
  responses: ResponseBatcher;
  /** Computed results for the dashboard and exports; every accepted /api change invalidates it (api-routes.ts); other writers call `results.invalidate()`. */
  results: ResultsCache;
}
