// /api/objective files: photo evidence of checklists (upload, download, delete) and the XLSX template and import.
import multipart from "@fastify/multipart";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { noContentSchema } from "../../contract/auth.js";
import { objectiveImportReportSchema, storedPhotoSchema } from "../../contract/objective.js";
import type { Methodology } from "../../core/index.js";
import {
  deleteObjectivePhoto,
  findObjectiveEntry,
  findObjectivePhoto,
  insertObjectivePhoto,
  listScopeUnits,
  maxPhotoBytes,
  writeAudit,
  type Db,
} from "../../db/index.js";
import { canManage, isFederal } from "../auth/access.js";
import { authOf, requireAuth, requireRole } from "../auth/guards.js";
import { ConflictError, NotFoundError, UnsupportedMediaTypeError, ValidationError } from "../errors/app-errors.js";
import { sniffImage } from "../files/file-sniffing.js";
import { uploadedFile } from "../files/uploaded-file.js";
import { requireEntryAccess, requirePhotoAccess } from "./objective-guards.js";
import { enterUpload } from "../uploads/workbook-reader.js";
import { importObjectiveWorkbook } from "./objective-import.js";
import { entryParams, periodQuery } from "./objective-schemas.js";
import { buildObjectiveTemplate } from "./objective-template.js";
import { auditEntity, entryNotFoundMessage } from "./objective-workflow.js";

const editorRoles = ["federal_admin", "regional_admin", "unit_manager"] as const;
const maxWorkbookBytes = 10 * 1024 * 1024;

export interface ObjectiveFileRoutesOptions {
  db: Db;
  methodology: () => Promise<Methodology>;
}

/** Registered by objectiveRoutes; multipart parsing is registered here only, for these routes. */
export const objectiveFileRoutes: FastifyPluginAsync<ObjectiveFileRoutesOptions> = async (plain, { db, methodology }) => {
  await plain.register(multipart, { limits: { fileSize: maxWorkbookBytes, files: 1, fields: 10 } });
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const tags = ["Объективные данные"];

  app.post(
    "/objective/entries/:id/photos",
    {
      schema: {
        tags,
        summary: "Загрузить фото к чек-листу (JPEG, PNG или WebP, до 5 МБ; поле item — код пункта)",
        params: entryParams,
        response: { 201: storedPhotoSchema },
      },
      preValidation: [requireRole(...editorRoles), requireEntryAccess(db, canManage)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const entry = await findObjectiveEntry(db, request.params.id);
      if (!entry) throw new NotFoundError(entryNotFoundMessage);
      const m = await methodology();
      const list = m.checklists.find((c) => c.indicator === entry.indicator);
      if (!list) throw new ConflictError("photo_not_allowed", "Фото прикладываются только к чек-листам");
      if (entry.status !== "draft" && entry.status !== "returned")
        throw new ConflictError("photo_not_allowed", "Фото можно добавить к черновику или к данным, возвращённым на доработку");
      const { data, fileName, fields } = await uploadedFile(request, maxPhotoBytes, "Фото больше 5 МБ: уменьшите его и загрузите снова");
      const contentType = sniffImage(data);
      if (!contentType) throw new UnsupportedMediaTypeError("Фото принимаются в форматах JPEG, PNG или WebP");
      const item = fields["item"]?.trim() || null;
      if (item !== null && !list.items.some((i) => i.code === item)) throw new ValidationError(`В чек-листе «${list.name}» нет пункта ${item}`);
      const id = await db.transaction().execute(async (trx) => {
        const photoId = await insertObjectivePhoto(trx, {
          entryId: entry.id,
          item,
          fileName: fileName.slice(0, 255) || null,
          contentType,
          data,
          uploadedBy: principal.userId,
        });
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "objective.photo_add",
          entity: auditEntity,
          entityId: entry.id,
          unitId: entry.unitId,
          after: { photo: photoId, item, contentType, size: data.byteLength },
        });
        return photoId;
      });
      return reply.status(201).send({ id, item, contentType, size: data.byteLength, url: `/api/objective/photos/${id}` });
    },
  );

  app.get(
    "/objective/photos/:id",
    { schema: { tags, summary: "Фото к чек-листу", params: entryParams }, preValidation: [requireAuth, requirePhotoAccess(db)] },
    async (request, reply) => {
      const photo = await findObjectivePhoto(db, request.params.id);
      if (!photo) throw new NotFoundError("Фотография не найдена");
      reply.header("cache-control", "private, max-age=3600");
      reply.header("content-security-policy", "default-src 'none'");
      return reply.type(photo.contentType).send(Buffer.from(photo.data));
    },
  );

  app.delete(
    "/objective/photos/:id",
    {
      schema: { tags, summary: "Удалить фото (пока данные можно редактировать)", params: entryParams, response: { 204: noContentSchema } },
      preValidation: [requireRole(...editorRoles), requirePhotoAccess(db, canManage)],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const photo = await findObjectivePhoto(db, request.params.id);
      const entry = photo ? await findObjectiveEntry(db, photo.entryId) : undefined;
      if (!photo || !entry) throw new NotFoundError("Фотография не найдена");
      if (entry.status !== "draft" && entry.status !== "returned")
        throw new ConflictError("photo_not_allowed", "Удалить фото можно только у черновика или у данных, возвращённых на доработку");
      await db.transaction().execute(async (trx) => {
        await deleteObjectivePhoto(trx, photo.id);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "objective.photo_delete",
          entity: auditEntity,
          entityId: entry.id,
          unitId: entry.unitId,
          before: { photo: photo.id },
        });
      });
      return reply.status(204).send(null);
    },
  );

  const scopeUnits = (request: FastifyRequest) => {
    const { principal } = authOf(request);
    return listScopeUnits(db, isFederal(principal.role) ? null : principal.scopeUnitId);
  };

  app.get(
    "/objective/template.xlsx",
    {
      schema: { tags, summary: "Шаблон XLSX за период с подразделениями вашей зоны доступа и уже введёнными данными", querystring: periodQuery },
      preValidation: [requireRole(...editorRoles)],
    },
    async (request, reply) => {
      const bytes = await buildObjectiveTemplate(db, await methodology(), request.query.period, await scopeUnits(request));
      reply.header("content-disposition", `attachment; filename="objective-${request.query.period}.xlsx"`);
      return reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(bytes);
    },
  );

  app.post(
    "/objective/import",
    {
      schema: {
        tags,
        summary: "Загрузить заполненный шаблон: все строки или ничего; данные получают статус «на утверждении»",
        querystring: periodQuery,
        response: { 200: objectiveImportReportSchema },
      },
      preValidation: [requireRole(...editorRoles)],
    },
    async (request) => {
      const leave = enterUpload(authOf(request).principal.userId);
      try {
        const { data } = await uploadedFile(request, maxWorkbookBytes, "Файл больше 10 МБ");
        const report = await importObjectiveWorkbook(db, await methodology(), authOf(request).principal, request.query.period, await scopeUnits(request), data);
        return report;
      } finally {
        leave();
      }
    },
  );
};
