// /api/loop/measures evidence and discussion: files (images or PDF up to 5 MB, checked by their bytes) and comments.
import multipart from "@fastify/multipart";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  deleteMeasureFile,
  findMeasure,
  findMeasureFile,
  insertMeasureComment,
  insertMeasureFile,
  listMeasureComments,
  maxPhotoBytes,
  writeAudit,
  type Db,
} from "../../db/index.js";
import { canManage } from "../auth/access.js";
import { authOf, requireAuth, requireRole } from "../auth/guards.js";
import { ConflictError, NotFoundError, UnsupportedMediaTypeError } from "../errors/app-errors.js";
import { attachmentDisposition, safeFilePart } from "../exports/content-disposition.js";
import { sniffEvidence } from "../files/file-sniffing.js";
import { uploadedFile } from "../files/uploaded-file.js";
import { measureNotFoundMessage, requireMeasureAccess, requireMeasureFileAccess } from "./measures-access.js";
import { measureAuditEntity, measureEditorRoles } from "./measures-routes.js";
import { commentBody, fileParams, measureParams } from "./measures-schemas.js";
import { noContentSchema } from "../../contract/auth.js";
import { measureCommentCreatedSchema, measureCommentsSchema, measureFileStoredSchema, type MeasureCommentView } from "../../contract/measures.js";
import { commentView } from "./measures-view.js";

const closed = (status: string) => status === "cancelled" || status === "evaluated";

export const measuresThreadRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  await plain.register(multipart, { limits: { fileSize: maxPhotoBytes, files: 1, fields: 5 } });
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = ["Корректирующие меры"];

  app.post(
    "/measures/:id/files",
    {
      schema: {
        tags,
        summary: "Приложить подтверждение: фото (JPEG, PNG, WebP) или PDF до 5 МБ, тип проверяется по содержимому",
        params: measureParams,
        response: { 201: measureFileStoredSchema },
      },
      preValidation: [requireRole(...measureEditorRoles), requireMeasureAccess(db, canManage)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const measure = await findMeasure(db, request.params.id);
      if (!measure) throw new NotFoundError(measureNotFoundMessage);
      if (closed(measure.status)) throw new ConflictError("measure_closed", "К закрытой мере файлы не прикладываются");
      const { data, fileName } = await uploadedFile(request, maxPhotoBytes, "Файл больше 5 МБ: уменьшите его и загрузите снова");
      const contentType = sniffEvidence(data);
      if (!contentType) throw new UnsupportedMediaTypeError("file — принимаются фото JPEG, PNG, WebP или документ PDF");
      const id = await db.transaction().execute(async (trx) => {
        const fileId = await insertMeasureFile(trx, {
          measureId: measure.id,
          fileName: fileName.slice(0, 255) || null,
          contentType,
          data,
          uploadedBy: principal.userId,
        });
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "measure.file_add",
          entity: measureAuditEntity,
          entityId: measure.id,
          unitId: measure.unitId,
          after: { file: fileId, fileName, contentType, size: data.byteLength },
        });
        return fileId;
      });
      return reply.status(201).send({ id, contentType, size: data.byteLength, url: `/api/loop/measures/files/${id}` });
    },
  );

  app.get(
    "/measures/files/:id",
    { schema: { tags, summary: "Файл-подтверждение меры", params: fileParams }, preValidation: [requireAuth, requireMeasureFileAccess(db)] },
    async (request, reply) => {
      const file = await findMeasureFile(db, request.params.id);
      if (!file) throw new NotFoundError("Файл не найден");
      reply.header("cache-control", "private, max-age=3600");
      reply.header("content-security-policy", "default-src 'none'");
      reply.header("content-disposition", attachmentDisposition(safeFilePart(file.fileName ?? "") || "file"));
      return reply.type(file.contentType).send(Buffer.from(file.data));
    },
  );

  app.delete(
    "/measures/files/:id",
    {
      schema: { tags, summary: "Удалить файл (пока мера не закрыта)", params: fileParams, response: { 204: noContentSchema } },
      preValidation: [requireRole(...measureEditorRoles), requireMeasureFileAccess(db, canManage)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const file = await findMeasureFile(db, request.params.id);
      const measure = file ? await findMeasure(db, file.measureId) : undefined;
      if (!file || !measure) throw new NotFoundError("Файл не найден");
      if (closed(measure.status)) throw new ConflictError("measure_closed", "Файлы закрытой меры не удаляются");
      await db.transaction().execute(async (trx) => {
        await deleteMeasureFile(trx, file.id);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "measure.file_delete",
          entity: measureAuditEntity,
          entityId: measure.id,
          unitId: measure.unitId,
          before: { file: file.id, fileName: file.fileName },
        });
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/measures/:id/comments",
    {
      schema: { tags, summary: "Обсуждение меры", params: measureParams, response: { 200: measureCommentsSchema } },
      preValidation: [requireAuth, requireMeasureAccess(db)],
    },
    async (request): Promise<{ comments: MeasureCommentView[] }> => {
      const comments = await listMeasureComments(db, request.params.id);
      return { comments: comments.map(commentView) };
    },
  );

  app.post(
    "/measures/:id/comments",
    {
      schema: { tags, summary: "Написать в обсуждение меры", params: measureParams, body: commentBody, response: { 201: measureCommentCreatedSchema } },
      preValidation: [requireRole(...measureEditorRoles), requireMeasureAccess(db, canManage)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const measure = await findMeasure(db, request.params.id);
      if (!measure) throw new NotFoundError(measureNotFoundMessage);
      const id = await db.transaction().execute(async (trx) => {
        const commentId = await insertMeasureComment(trx, measure.id, principal.userId, request.body.body);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "measure.comment",
          entity: measureAuditEntity,
          entityId: measure.id,
          unitId: measure.unitId,
          after: { comment: commentId, body: request.body.body },
        });
        return commentId;
      });
      return reply.status(201).send({ id });
    },
  );
};
