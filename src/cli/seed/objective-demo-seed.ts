// Demo objective data in every workflow state: full checklists (answers per item), events with titles, and their
// history (created, submitted, approved, returned, reopened) by the demo accounts, for 2026-Q3 and the current 2026-Q4.
import type { Methodology } from "../../core/index.js";
import {
  changeObjectiveStatus,
  insertObjectiveEntry,
  listObjectiveEntriesFor,
  writeAudit,
  type Db,
  type EntryContent,
  type Json,
  type StoredAnswer,
  type StoredEvent,
} from "../../db/index.js";

type State = "draft" | "submitted" | "approved" | "returned" | "reopened";

/** One demo entry: what, where, when, and the state its story ends in. */
interface DemoEntry {
  unit: string;
  period: string;
  state: State;
  /** Who enters it and who reviews it (demo logins). */
  by: string;
  reviewer: string;
  checklist?: string;
  events?: StoredEvent[];
  /** Items answered «нет» and «н/п» (checklists); the rest «да». Partial drafts answer only the first `answered`. */
  no?: number;
  na?: number;
  answered?: number;
  reason?: string;
}

const demoEntries: readonly DemoEntry[] = [
  { unit: "32-02", period: "2026-Q3", checklist: "comfort", state: "approved", by: "klintsy", reviewer: "bryansk", no: 2, na: 1 },
  { unit: "32-02", period: "2026-Q3", checklist: "transport", state: "submitted", by: "klintsy", reviewer: "bryansk", no: 3 },
  {
    unit: "32-02",
    period: "2026-Q3",
    checklist: "office",
    state: "returned",
    by: "klintsy",
    reviewer: "bryansk",
    no: 1,
    reason: "Пункт office-04: приложите фото обновлённого стенда",
  },
  {
    unit: "32-02",
    period: "2026-Q3",
    state: "reopened",
    by: "klintsy",
    reviewer: "bryansk",
    reason: "Ярмарка 12 сентября проведена совместно с 32-01: уточните, кто организатор",
    events: [
      { date: "2026-07-16", title: "Ярмарка вакансий для выпускников колледжей", kind: "job_fair" },
      { date: "2026-08-20", title: "День открытых дверей «Работа России»", kind: "open_day" },
      { date: "2026-09-12", title: "Встреча с работодателями машиностроительного кластера", kind: "employer_meeting" },
    ],
  },
  { unit: "32-02", period: "2026-Q4", checklist: "comfort", state: "draft", by: "klintsy", reviewer: "bryansk", no: 1, answered: 7 },
  {
    unit: "32-02",
    period: "2026-Q4",
    state: "draft",
    by: "klintsy",
    reviewer: "bryansk",
    events: [{ date: "2026-10-08", title: "Профориентационный урок в школе № 3", kind: "career_guidance" }],
  },
  { unit: "32", period: "2026-Q4", checklist: "site", state: "submitted", by: "bryansk", reviewer: "admin", no: 2 },
  { unit: "32", period: "2026-Q3", checklist: "contact_center", state: "approved", by: "bryansk", reviewer: "admin", no: 1, na: 1 },
  { unit: "25-01", period: "2026-Q4", checklist: "comfort", state: "submitted", by: "primorye", reviewer: "admin", no: 3, na: 1 },
  { unit: "25-02", period: "2026-Q3", checklist: "transport", state: "approved", by: "primorye", reviewer: "admin", no: 2, na: 2 },
];

function answersOf(m: Methodology, e: DemoEntry): StoredAnswer[] {
  const list = m.checklists.find((c) => c.code === e.checklist);
  if (!list) throw new Error(`demo checklist ${String(e.checklist)} is not in methodology ${m.id}`);
  const no = e.no ?? 0,
    na = e.na ?? 0;
  const items = list.items.slice(0, e.answered ?? list.items.length);
  // «нет» spread evenly over the list, «н/п» at its end: deterministic and plausible.
  const body = items.length - na;
  const noAt = new Set(Array.from({ length: no }, (_, j) => Math.floor(((j + 1) * body) / (no + 1))));
  return items.map((item, i) => ({
    item: item.code,
    answer: i >= body ? "na" : noAt.has(i) ? "no" : "yes",
    comment: i === 0 && e.state !== "draft" ? "Проверено на месте" : null,
  }));
}

function contentOf(m: Methodology, e: DemoEntry): { indicator: string; content: EntryContent } {
  if (e.events) {
    const indicator = m.indicators.find((i) => i.objective?.kind === "events")?.code;
    if (!indicator) throw new Error("the methodology has no events indicator");
    return { indicator, content: { payload: { events: e.events.length }, events: e.events } };
  }
  const list = m.checklists.find((c) => c.code === e.checklist);
  const answers = answersOf(m, e);
  const met = answers.filter((a) => a.answer === "yes").length;
  return { indicator: list?.indicator ?? "", content: { payload: { met, applicable: met + answers.filter((a) => a.answer === "no").length }, answers } };
}

/**
 * Replaces the generated count-only entries of the demo's (unit, indicator, period) with full entries in every workflow
 * state and writes their audit history. Returns how many entries were added (net). Units or logins missing: skipped.
 */
export async function seedObjectiveWorkflow(db: Db, m: Methodology): Promise<{ added: number }> {
  const users = new Map((await db.selectFrom("users").select(["id", "login"]).execute()).map((u) => [u.login, u.id]));
  const units = new Set((await db.selectFrom("org_units").select("id").execute()).map((u) => u.id));
  let added = 0;
  await db.transaction().execute(async (trx) => {
    for (const e of demoEntries) {
      const by = users.get(e.by),
        reviewer = users.get(e.reviewer);
      if (!units.has(e.unit) || !by || !reviewer) continue;
      const { indicator, content } = contentOf(m, e);
      const old = (await listObjectiveEntriesFor(trx, [e.unit], e.period)).find((x) => x.indicator === indicator);
      if (old) await trx.deleteFrom("objective_entries").where("id", "=", old.id).execute();
      else added++;
      const id = await insertObjectiveEntry(trx, { unitId: e.unit, indicator, period: e.period, status: "draft", actorId: by, content });
      const audit = (actorId: string, action: string, after: Json) =>
        writeAudit(trx, { actorId, action: `objective.${action}`, entity: "objective_entry", entityId: id, unitId: e.unit, after });
      await audit(by, "create", { indicator, period: e.period, status: "draft", payload: content.payload });
      if (e.state === "draft") continue;
      await changeObjectiveStatus(trx, id, { to: "submitted", actorId: by });
      await audit(by, "submit", { status: "submitted" });
      if (e.state === "submitted") continue;
      if (e.state === "returned") {
        await changeObjectiveStatus(trx, id, { to: "returned", actorId: reviewer, reason: e.reason ?? "Уточните данные" });
        await audit(reviewer, "return", { status: "returned", returnReason: e.reason ?? null });
        continue;
      }
      await changeObjectiveStatus(trx, id, { to: "approved", actorId: reviewer });
      await audit(reviewer, "approve", { status: "approved" });
      if (e.state === "reopened") {
        await changeObjectiveStatus(trx, id, { to: "returned", actorId: reviewer, reason: e.reason ?? "Уточните данные", reopening: true });
        await audit(reviewer, "reopen", { status: "returned", returnReason: e.reason ?? null });
      }
    }
  });
  return { added };
}
