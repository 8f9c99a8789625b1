import { sql } from "kysely";
import { loadDefaultMethodology } from "../src/cli/methodology-files.js";
import { generateNationalDataset } from "../src/cli/synthetic/national-dataset.js";
import { bulkLoad } from "../src/cli/bench/bulk-load.js";
import { openBenchDatabase } from "../src/cli/bench/bench-database.js";
import { readBasisCells, allowLargeSums } from "../src/db/index.js";
import { scoringKeys, periodMonths, parsePeriod } from "../src/core/index.js";

const n = Number(process.argv[2] ?? 300000);
const m = loadDefaultMethodology();
const db = await openBenchDatabase("agg");
const ds = generateNationalDataset({ responses: n, seed: "1", period: "2025-Q2", methodology: m });
const r = await bulkLoad(db.db, ds, m);
console.log("counters", r.counters);
const months = periodMonths(parsePeriod("2025-Q2")!);
const keys = scoringKeys(m);
for (let i = 0; i < 2; i++) {
  let t = performance.now();
  const a = await readBasisCells(db.db, months, "published", { keys });
  console.log("readBasisCells", a.length, (performance.now() - t).toFixed(0), "ms");
  t = performance.now();
  const b = await db.db.transaction().execute(async (trx) => {
    await allowLargeSums(trx);
    return sql<{ unit_id: string; view: string; cells: string }>`
      select unit_id, view, string_agg(key || chr(1) || value || chr(1) || n::text, chr(2)) as cells from (
        select unit_id, view, key, value, sum(count::float8) as n from response_counters
        where month in (${sql.join(months)}) and key in (${sql.join(keys)})
        group by unit_id, view, key, value having sum(count::float8) > 0) g
      group by unit_id, view`.execute(trx);
  });
  let cells = 0;
  for (const row of b.rows) for (const c of row.cells.split("\u0002")) { const [k, v, x] = c.split("\u0001"); if (k && v && x) cells++; }
  console.log("string_agg per unit", b.rows.length, cells, (performance.now() - t).toFixed(0), "ms");
  t = performance.now();
  const c = await db.db.transaction().execute(async (trx) => {
    await allowLargeSums(trx);
    return sql<{ n: number }>`select count(*) as n from (
        select unit_id, view, key, value, sum(count::float8) as n from response_counters
        where month in (${sql.join(months)}) and key in (${sql.join(keys)})
        group by unit_id, view, key, value having sum(count::float8) > 0) g`.execute(trx);
  });
  console.log("count only (SQL cost)", c.rows[0], (performance.now() - t).toFixed(0), "ms");
}
await db.close();
