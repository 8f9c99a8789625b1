// Objective entries with their details (checklist answers, events, photo list): reading, writing, state changes.
import type { ChecklistAnswer, Db, JsonObject, ObjectiveStatus } from "../database-schema.js";
import { jsonb } from "./jsonb.js";
import { periodDays } from "./period-days.js";

/** An objective entry as the workflow sees it. */
export interface StoredObjectiveEntry {
  id: string;
  unitId: string;
  /** The indicator code; null for a channel set. */
  indicator: string | null;
  period: string;
  payload: JsonObject;
  status: ObjectiveStatus;
  createdBy: string | null;
  updatedBy: string | null;
  updatedAt: Date;
  submittedBy: string | null;
  submittedAt: Date | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  returnReason: string | null;
}

/** A checklist item's answer. */
export interface StoredAnswer {
  item: string;
  answer: ChecklistAnswer;
  comment: string | null;
}
/** An event behind a П3 entry. */
export interface StoredEvent {
  date: string;
  title: string;
  kind: string;
}
/** A photo's description (the bytes are read apart). */
export interface StoredPhotoInfo {
  id: string;
  item: string | null;
  fileName: string | null;
  contentType: string;
  size: number;
  uploadedAt: Date;
}

/** The details of an entry. */
export interface EntryDetails {
  answers: StoredAnswer[];
  events: StoredEvent[];
  photos: StoredPhotoInfo[];
}

const entryColumns = [
  "id",
  "unit_id as unitId",
  "indicator",
  "period",
  "payload",
  "status",
  "created_by as createdBy",
  "updated_by as updatedBy",
  "updated_at as updatedAt",
  "submitted_by as submittedBy",
  "submitted_at as submittedAt",
  "approved_by as approvedBy",
  "approved_at as approvedAt",
  "return_reason as returnReason",
] as const;

/** The entry `id`, or undefined (also for a string that is not a uuid). */
export async function findObjectiveEntry(db: Db, id: string): Promise<StoredObjectiveEntry | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return db.selectFrom("objective_entries").select(entryColumns).where("id", "=", id).executeTakeFirst() as Promise<StoredObjectiveEntry | undefined>;
}

/** The entries of `unitIds` stored for exactly `period`. */
export async function listObjectiveEntriesFor(db: Db, unitIds: readonly string[], period: string): Promise<StoredObjectiveEntry[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom("objective_entries")
    .select(entryColumns)
    .where("unit_id", "in", [...unitIds])
    .where("period", "=", period)
    .orderBy("unit_id")
    .execute() as Promise<StoredObjectiveEntry[]>;
}

/** Another entry of the unit for the same indicator (or channels) whose days overlap `period`'s. */
export async function findOverlappingEntry(
  db: Db,
  unitId: string,
  indicator: string | null,
  period: string,
  exceptId?: string,
): Promise<{ id: string; period: string } | undefined> {
  const days = periodDays(period);
  let query = db
    .selectFrom("objective_entries")
    .select(["id", "period"])
    .where("unit_id", "=", unitId)
    .where("period_start", "<=", days.end)
    .where("period_end", ">=", days.start);
  query = indicator === null ? query.where("indicator", "is", null) : query.where("indicator", "=", indicator);
  if (exceptId !== undefined) query = query.where("id", "<>", exceptId);
  return query.executeTakeFirst();
}

/** The answers, events and photo list of an entry. */
export async function readEntryDetails(db: Db, id: string): Promise<EntryDetails> {
  const [answers, events, photos] = await Promise.all([
    db.selectFrom("objective_checklist_answers").select(["item", "answer", "comment"]).where("entry_id", "=", id).orderBy("item").execute(),
    db.selectFrom("objective_events").select(["held_on as date", "title", "kind"]).where("entry_id", "=", id).orderBy("held_on").orderBy("title").execute(),
    db
      .selectFrom("objective_photos")
      .select(["id", "item", "file_name as fileName", "content_type as contentType", "size", "uploaded_at as uploadedAt"])
      .where("entry_id", "=", id)
      .orderBy("uploaded_at")
      .execute(),
  ]);
  return { answers, events, photos };
}

/** The answers and events of many entries at once (by entry id), for spreadsheets. */
export async function readEntryDetailsOf(db: Db, ids: readonly string[]): Promise<Map<string, Pick<EntryDetails, "answers" | "events">>> {
  const out = new Map<string, Pick<EntryDetails, "answers" | "events">>(ids.map((id) => [id, { answers: [], events: [] }]));
  for (let start = 0; start < ids.length; start += 1000) {
    const part = ids.slice(start, start + 1000);
    const answers = await db
      .selectFrom("objective_checklist_answers")
      .select(["entry_id", "item", "answer", "comment"])
      .where("entry_id", "in", part)
      .orderBy("item")
      .execute();
    for (const a of answers) out.get(a.entry_id)?.answers.push({ item: a.item, answer: a.answer, comment: a.comment });
    const events = await db
      .selectFrom("objective_events")
      .select(["entry_id", "held_on", "title", "kind"])
      .where("entry_id", "in", part)
      .orderBy("held_on")
      .orderBy("title")
      .execute();
    for (const e of events) out.get(e.entry_id)?.events.push({ date: e.held_on, title: e.title, kind: e.kind });
  }
  return out;
}

/** What a save writes: the payload the index reads and the details behind it. */
export interface EntryContent {
  payload: JsonObject;
  answers?: readonly StoredAnswer[];
  events?: readonly StoredEvent[];
}

async function replaceDetails(db: Db, id: string, content: EntryContent): Promise<void> {
  if (content.answers) {
    await db.deleteFrom("objective_checklist_answers").where("entry_id", "=", id).execute();
    if (content.answers.length > 0) {
      await db
        .insertInto("objective_checklist_answers")
        .values(content.answers.map((a) => ({ entry_id: id, item: a.item, answer: a.answer, comment: a.comment })))
        .execute();
    }
  }
  if (content.events) {
    await db.deleteFrom("objective_events").where("entry_id", "=", id).execute();
    if (content.events.length > 0) {
      await db
        .insertInto("objective_events")
        .values(content.events.map((e) => ({ entry_id: id, held_on: e.date, title: e.title, kind: e.kind })))
        .execute();
    }
  }
}

/** Creates an entry with its details; returns its id. Use inside a transaction. */
export async function insertObjectiveEntry(
  db: Db,
  entry: { unitId: string; indicator: string | null; period: string; status: ObjectiveStatus; actorId: string | null; content: EntryContent },
): Promise<string> {
  const days = periodDays(entry.period);
  const submitted = entry.status === "submitted";
  const row = await db
    .insertInto("objective_entries")
    .values({
      unit_id: entry.unitId,
      indicator: entry.indicator,
      period: entry.period,
      period_start: days.start,
      period_end: days.end,
      payload: jsonb(entry.content.payload),
      status: entry.status,
      created_by: entry.actorId,
      updated_by: entry.actorId,
      submitted_by: submitted ? entry.actorId : null,
      submitted_at: submitted ? new Date() : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await replaceDetails(db, row.id, entry.content);
  return row.id;
}

/** Replaces an entry's content and sets its status (draft or submitted). Use inside a transaction. */
export async function updateObjectiveContent(db: Db, id: string, status: "draft" | "submitted", actorId: string | null, content: EntryContent): Promise<void> {
  const submitted = status === "submitted";
  await db
    .updateTable("objective_entries")
    .set({
      payload: jsonb(content.payload),
      status,
      updated_by: actorId,
      updated_at: new Date(),
      ...(submitted ? { submitted_by: actorId, submitted_at: new Date() } : {}),
    })
    .where("id", "=", id)
    .execute();
  await replaceDetails(db, id, content);
}

/** A state change of the workflow. */
export type StatusChange =
  { to: "submitted"; actorId: string } | { to: "approved"; actorId: string } | { to: "returned"; actorId: string; reason: string; reopening?: boolean };

/** Applies a state change (the caller has checked that it is allowed). Use inside a transaction. */
export async function changeObjectiveStatus(db: Db, id: string, change: StatusChange): Promise<void> {
  const now = new Date();
  const base = { status: change.to, updated_at: now };
  const set =
    change.to === "submitted"
      ? { ...base, submitted_by: change.actorId, submitted_at: now }
      : change.to === "approved"
        ? { ...base, approved_by: change.actorId, approved_at: now, return_reason: null }
        : { ...base, return_reason: change.reason, approved_by: null, approved_at: null };
  await db.updateTable("objective_entries").set(set).where("id", "=", id).execute();
  if (change.to === "returned" && change.reopening) {
    await db.insertInto("objective_reopenings").values({ entry_id: id, reopened_by: change.actorId, reason: change.reason }).execute();
  }
}

/** Each reopening of the given entries, oldest first: who reopened which entry, when and why. */
export async function listObjectiveReopenings(
  db: Db,
  entryIds: readonly string[],
): Promise<{ entryId: string; at: Date; by: string | null; reason: string }[]> {
  if (entryIds.length === 0) return [];
  return db
    .selectFrom("objective_reopenings")
    .select(["entry_id as entryId", "reopened_at as at", "reopened_by as by", "reason"])
    .where("entry_id", "in", [...entryIds])
    .orderBy("id")
    .execute();
}
