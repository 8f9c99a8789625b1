// The one uploaded file of a multipart request, read into memory under a size limit, with its other fields.
import type { FastifyRequest } from "fastify";
import { requireCleanText } from "../input-policy/text-rules.js";
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "../errors/app-errors.js";

/** The file's bytes, its name and the request's other fields; 413 with `tooLarge` above `limit` bytes. */
export async function uploadedFile(
  request: FastifyRequest,
  limit: number,
  tooLarge: string,
): Promise<{ data: Buffer; fileName: string; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new UnsupportedMediaTypeError("Файл отправляется как multipart/form-data");
  const file = await request.file({ limits: { fileSize: limit, files: 1 } });
  if (!file) throw new BadRequestError("В запросе нет файла");
  let data: Buffer;
  try {
    data = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw new PayloadTooLargeError(tooLarge);
    throw error;
  }
  requireCleanText(file.filename, "имя файла");
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(file.fields)) {
    const value = Array.isArray(field) ? field[0] : field;
    if (value && value.type === "field" && typeof value.value === "string") {
      requireCleanText(name, "имя поля");
      requireCleanText(value.value, name);
      fields[name] = value.value;
    }
  }
  return { data, fileName: file.filename, fields };
}
