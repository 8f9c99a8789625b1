// The one file of a multipart upload (field `file`) as bytes, with Russian 415 / 400 / 413 answers.
import type { FastifyRequest } from "fastify";
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from "./app-errors.js";

/** Reads the uploaded XLSX; `maxBytes` is the plugin's multipart file-size limit. */
export async function uploadedXlsx(request: FastifyRequest, maxBytes: number): Promise<{ bytes: Buffer; filename: string }> {
  if (!request.isMultipart()) throw new UnsupportedMediaTypeError("Ожидается файл XLSX в форме multipart/form-data (поле file)");
  const file = await request.file();
  if (!file) throw new BadRequestError("Приложите файл XLSX (поле file)");
  try {
    return { bytes: await file.toBuffer(), filename: file.filename };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 413) throw new PayloadTooLargeError(`Файл больше ${maxBytes / 1024 / 1024} МБ`);
    throw error;
  }
}
