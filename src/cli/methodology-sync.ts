// Puts the methodology files of methodology/ into the database, so the server always has an
// active methodology: versions missing from the database are added; if none is active, the default becomes active.
import type { Methodology } from "../core/index.js";
import { jsonb, type Db, type JsonObject } from "../db/index.js";
import { loadAllMethodologies, loadDefaultMethodology } from "./methodology-files.js";

/** Adds missing versions (never changes a stored one) and activates the default when none is active. */
export async function syncMethodologies(
  db: Db,
  versions: readonly Methodology[] = loadAllMethodologies(),
  fallback: Methodology = loadDefaultMethodology(),
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const added: string[] = [];
    for (const m of versions) {
      const row = await trx
        .insertInto("methodology_versions")
        .values({ id: m.id, title: m.title, body: jsonb(m as unknown as JsonObject), is_active: false })
        .onConflict((oc) => oc.column("id").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (row) added.push(row.id);
    }
    const active = await trx.selectFrom("methodology_versions").select("id").where("is_active", "=", true).executeTakeFirst();
    if (!active) await trx.updateTable("methodology_versions").set({ is_active: true }).where("id", "=", fallback.id).execute();
    return added;
  });
}
