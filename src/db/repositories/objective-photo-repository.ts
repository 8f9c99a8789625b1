// Photo evidence of checklist entries, stored as bytea (at most 5 MB; JPEG, PNG or WebP — the table checks both).
import type { Db, ObjectivePhotosTable } from "../database-schema.js";

/** The media types a photo may have. */
export const photoContentTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoContentType = ObjectivePhotosTable["content_type"];
/** The largest photo stored, in bytes. */
export const maxPhotoBytes = 5 * 1024 * 1024;

/** Stores a photo of entry `entryId`; returns its id. */
export async function insertObjectivePhoto(
  db: Db,
  photo: { entryId: string; item: string | null; fileName: string | null; contentType: PhotoContentType; data: Uint8Array; uploadedBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto("objective_photos")
    .values({
      entry_id: photo.entryId,
      item: photo.item,
      file_name: photo.fileName,
      content_type: photo.contentType,
      size: photo.data.byteLength,
      data: photo.data,
      uploaded_by: photo.uploadedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A photo with its bytes and the entry it belongs to, or undefined (also for an id that is not a uuid). */
export async function findObjectivePhoto(
  db: Db,
  id: string,
): Promise<{ id: string; entryId: string; fileName: string | null; contentType: string; data: Uint8Array } | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const row = await db
    .selectFrom("objective_photos")
    .select(["id", "entry_id as entryId", "file_name as fileName", "content_type as contentType", "data"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? { ...row, data: new Uint8Array(row.data) } : undefined;
}

/** Deletes a photo. */
export async function deleteObjectivePhoto(db: Db, id: string): Promise<void> {
  await db.deleteFrom("objective_photos").where("id", "=", id).execute();
}
