// The region (субъект РФ) a unit belongs to: the root of its branch of the org tree.
import { sql } from "kysely";
import type { Db } from "../database-schema.js";

/** The region of `unitId` (the unit itself for a region), or undefined for an unknown unit. */
export async function findUnitRegion(db: Db, unitId: string): Promise<{ id: string; name: string } | undefined> {
  // The depth bound guards against a cycle the constraints cannot rule out.
  const result = await sql<{ id: string; name: string }>`
    with recursive up as (
      select id, name, parent_id, 0 as depth from org_units where id = ${unitId}
      union all
      select u.id, u.name, u.parent_id, up.depth + 1 from org_units u join up on u.id = up.parent_id where up.depth < 16
    )
    select id, name from up where parent_id is null`.execute(db);
  return result.rows[0];
}
