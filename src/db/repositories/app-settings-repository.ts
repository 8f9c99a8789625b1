// Values an installation generates once and keeps (table app_settings).
import type { Db } from "../database-schema.js";

/**
 * Returns the stored value of `key`, storing `create()` first if there is none. Safe when
 * several processes ask at once: all of them get the value that was stored first.
 */
export async function getOrCreateSetting(db: Db, key: string, create: () => string): Promise<string> {
  await db
    .insertInto("app_settings")
    .values({ key, value: create() })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db.selectFrom("app_settings").select("value").where("key", "=", key).executeTakeFirstOrThrow();
  return row.value;
}
