// Writes a national synthetic dataset into a fresh database in bulk: units and objective data by the
// importer, responses and their counters by multi-row INSERTs over unnest() arrays (without voice texts).
import { sql } from "kysely";
import { buildCounterStore, orgTreeOf, responseMonth, type Dataset, type Methodology } from "../../core/index.js";
import { importDataset, type Db } from "../../db/index.js";

const responseBatch = 5_000;
const counterBatch = 20_000;

/** What was written. */
export interface BulkLoadReport {
  responses: number;
  counters: number;
  unitsMs: number;
  responsesMs: number;
  countersMs: number;
}

/** Loads `dataset` (validated, generated) with `methodology`: one transaction per batch; counters equal those of the importer. */
export async function bulkLoad(db: Db, dataset: Dataset, methodology: Methodology, progress: (done: number) => void = () => {}): Promise<BulkLoadReport> {
  let t = performance.now();
  await importDataset(db, { ...dataset, responses: [] }, methodology);
  const unitsMs = performance.now() - t;
  t = performance.now();
  const tree = orgTreeOf(dataset.units, methodology);
  const zoneOf = (unit: string) => tree.timezones[tree.indexOf.get(unit) as number] as string;
  const responses = dataset.responses;
  for (let start = 0; start < responses.length; start += responseBatch) {
    const part = responses.slice(start, start + responseBatch);
    const col = <T>(pick: (r: (typeof part)[number]) => T): T[] => part.map(pick);
    // Written as already swept for voice texts (voice_pending false): a server started on this database would
    // otherwise spend its first minutes extracting and tagging a million responses' comments in the background,
    // inside every figure measured meanwhile. The comments bench writes and times texts on its own.
    await sql`insert into responses (id, unit_id, respondent, methodology_id, submitted_at, local_month, duration_sec, channel, device_hash, answers, comments, profile, excluded, voice_pending)
      select id, unit_id, respondent, ${methodology.id}, submitted_at, local_month, duration_sec, channel, device_hash, answers::jsonb, comments::jsonb, profile::jsonb, excluded, false
      from unnest(${col((r) => r.id)}::text[], ${col((r) => r.unit)}::text[], ${col((r) => r.respondent)}::text[], ${col((r) => r.submittedAt)}::timestamptz[],
        ${col((r) => responseMonth(r, zoneOf(r.unit)))}::text[], ${col((r) => r.meta?.durationSec ?? null)}::int[], ${col((r) => r.meta?.channel ?? "import")}::text[],
        ${col((r) => r.meta?.device ?? null)}::text[], ${col((r) => JSON.stringify(r.answers))}::text[], ${col((r) => (r.comments ? JSON.stringify(r.comments) : null))}::text[],
        ${col((r) => (r.profile ? JSON.stringify(r.profile) : null))}::text[], ${col((r) => r.excluded === true)}::boolean[])
      as d(id, unit_id, respondent, submitted_at, local_month, duration_sec, channel, device_hash, answers, comments, profile, excluded)`.execute(db);
    progress(start + part.length);
  }
  const responsesMs = performance.now() - t;
  t = performance.now();
  const store = buildCounterStore(responses, tree, methodology);
  // Rows in primary-key order (month, unit, view, key, value; code-unit order = collation "C"): the index grows at its right edge.
  const cells = [...store.cells()].filter((c) => c.count !== 0);
  const keyOf = (c: (typeof cells)[number]) => `${c.month}\u0000${c.unit}\u0000${c.view}\u0000${c.key}\u0000${c.value}`;
  cells.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  let batch: typeof cells = [];
  let counters = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const col = <T>(pick: (c: (typeof batch)[number]) => T): T[] => batch.map(pick);
    await sql`insert into response_counters (month, unit_id, view, key, value, count)
      select * from unnest(${col((c) => c.month)}::text[], ${col((c) => c.unit)}::text[], ${col((c) => c.view)}::text[], ${col((c) => c.key)}::text[],
        ${col((c) => c.value)}::text[], ${col((c) => c.count)}::bigint[])`.execute(db);
    counters += batch.length;
    batch = [];
  };
  for (const cell of cells) {
    batch.push(cell);
    if (batch.length >= counterBatch) await flush();
  }
  await flush();
  return { responses: responses.length, counters, unitsMs, responsesMs, countersMs: performance.now() - t };
}
