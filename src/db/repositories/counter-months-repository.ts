// The months that have counted responses, read from the counters (never by scanning responses).
import { sql } from "kysely";
import { RESPONSE_COUNT_KEY } from "../../core/index.js";
import type { Db } from "../database-schema.js";

/**
 * The distinct months ('YYYY-MM') of response_counters, ascending. A loose index scan over the
 * primary key (month first): one index probe per month, however many counters there are.
 */
export async function listCounterMonths(db: Db): Promise<string[]> {
  const result = await sql<{ month: string }>`
    with recursive m(month) as (
      select min(month) from response_counters
      union all
      select (select min(c.month) from response_counters c where c.month > m.month) from m where m.month is not null
    )
    select month from m where month is not null
      and exists (select 1 from response_counters c where c.month = m.month and c.key = ${RESPONSE_COUNT_KEY} and c.count > 0)`.execute(db);
  return result.rows.map((r) => r.month.trim());
}
