// The evidence files and the discussion thread of a corrective measure.
import type { Db, EvidenceContentType } from "../database-schema.js";

/** A stored evidence file without its bytes. */
export interface MeasureFileInfo {
  id: string;
  fileName: string | null;
  contentType: string;
  size: number;
  uploadedAt: Date;
  uploadedByName: string | null;
}

/** A comment of a measure's thread. */
export interface MeasureComment {
  id: number;
  body: string;
  createdAt: Date;
  authorName: string | null;
  authorLogin: string | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stores an evidence file of measure `measureId`; returns its id. */
export async function insertMeasureFile(
  db: Db,
  file: { measureId: string; fileName: string | null; contentType: EvidenceContentType; data: Uint8Array; uploadedBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto("measure_files")
    .values({
      measure_id: file.measureId,
      file_name: file.fileName,
      content_type: file.contentType,
      size: file.data.byteLength,
      data: file.data,
      uploaded_by: file.uploadedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The files of a measure, oldest first. */
export async function listMeasureFiles(db: Db, measureId: string): Promise<MeasureFileInfo[]> {
  return db
    .selectFrom("measure_files as f")
    .leftJoin("users as u", "u.id", "f.uploaded_by")
    .select(["f.id", "f.file_name as fileName", "f.content_type as contentType", "f.size", "f.uploaded_at as uploadedAt", "u.display_name as uploadedByName"])
    .where("f.measure_id", "=", measureId)
    .orderBy("f.uploaded_at")
    .orderBy("f.id")
    .execute();
}

/** A file with its bytes, or undefined (also for an id that is not a uuid). */
export async function findMeasureFile(
  db: Db,
  id: string,
): Promise<{ id: string; measureId: string; fileName: string | null; contentType: string; data: Uint8Array } | undefined> {
  if (!uuidPattern.test(id)) return undefined;
  const row = await db
    .selectFrom("measure_files")
    .select(["id", "measure_id as measureId", "file_name as fileName", "content_type as contentType", "data"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? { ...row, data: new Uint8Array(row.data) } : undefined;
}

/** Deletes a file. */
export async function deleteMeasureFile(db: Db, id: string): Promise<void> {
  await db.deleteFrom("measure_files").where("id", "=", id).execute();
}

/** Appends a comment; returns its id. */
export async function insertMeasureComment(db: Db, measureId: string, authorId: string | null, body: string): Promise<number> {
  const row = await db.insertInto("measure_comments").values({ measure_id: measureId, author_id: authorId, body }).returning("id").executeTakeFirstOrThrow();
  return Number(row.id);
}

/** The thread of a measure, oldest first. */
export async function listMeasureComments(db: Db, measureId: string): Promise<MeasureComment[]> {
  const rows = await db
    .selectFrom("measure_comments as c")
    .leftJoin("users as u", "u.id", "c.author_id")
    .select(["c.id", "c.body", "c.created_at as createdAt", "u.display_name as authorName", "u.login as authorLogin"])
    .where("c.measure_id", "=", measureId)
    .orderBy("c.created_at")
    .orderBy("c.id")
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
