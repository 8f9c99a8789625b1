// The installation's secret: ZVEZDA_SECRET, or one generated once and kept in the database.
import { randomBytes } from "node:crypto";
import { getOrCreateSetting, type Db } from "../db/index.js";

/** `configured` when set; otherwise the stored secret, generated on first use (needs a migrated database). */
export async function resolveSecret(db: Db, configured: string | undefined): Promise<string> {
  return configured ?? getOrCreateSetting(db, "secret", () => randomBytes(32).toString("base64url"));
}
