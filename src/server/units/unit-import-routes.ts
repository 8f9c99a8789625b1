// GET /api/units/import-template.xlsx and POST /api/units/import: a region's structure as XLSX, imported all or nothing, audited.
import multipart from "@fastify/multipart";
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { importSummarySchema, regionQuery } from "../../contract/units.js";
import { existingUnitIds, findUnitDetails, insertUnit, listUnitDetails, updateUnit, writeAudit, type Db, type UnitDetails } from "../../db/index.js";
import { canManage } from "../auth/access.js";
import { uploadedFile } from "../files/uploaded-file.js";
import { authOf, requireRole, requireUnitAccess, unitNotFoundMessage } from "../auth/guards.js";
import { BadRequestError, NotFoundError, RejectedError, UnsupportedMediaTypeError } from "../errors/app-errors.js";
import { invalidateSurveyUnits } from "../survey/survey-unit-cache.js";
import { enterUpload } from "../uploads/workbook-reader.js";
import { planRegionImport, type RegionImportPlan, type RowError } from "./region-import-plan.js";
import { readRegionSheet } from "./region-sheet-reader.js";
import { regionTemplate } from "./region-template.js";
import { unitAuditView } from "./unit-rules.js";

const tags = ["Оргструктура"];
/** The largest file accepted: a region's structure is a few hundred rows, well under a megabyte. */
export const maxImportBytes = 5 * 1024 * 1024;
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 422: the file was read but some rows are wrong; `details.problems` names each row. */
class ImportRejectedError extends RejectedError {
  constructor(errors: readonly RowError[]) {
    const shown = errors
      .slice(0, 20)
      .map((e) => `строка ${e.row}: ${e.message}`)
      .join("; ");
    const problems = errors.map((e) => ({ row: e.row, code: "row_invalid", message: e.message }));
    super("import_rejected", `Файл не принят, ничего не изменено. Ошибок: ${errors.length}. ${shown}${errors.length > 20 ? "; …" : ""}`, problems);
  }
}

const regionOf = (request: FastifyRequest) => {
  const region = (request.query as { region?: unknown }).region;
  return typeof region === "string" && region !== "" ? region : undefined;
};

/** Mounted inside the /api scope; multipart parsing is registered for this plugin alone. */
export const unitImportRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  await plain.register(multipart, { limits: { fileSize: maxImportBytes, files: 1, fields: 10, parts: 20 } });
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const guards = [requireRole("federal_admin", "regional_admin"), requireUnitAccess(db, regionOf, canManage)];

  const regionUnit = async (id: string): Promise<UnitDetails> => {
    const unit = await findUnitDetails(db, id);
    if (!unit) throw new NotFoundError(unitNotFoundMessage);
    if (unit.kind !== "region") throw new BadRequestError("Укажите код субъекта РФ (region), а не ЦЗН");
    return unit;
  };

  app.get(
    "/units/import-template.xlsx",
    { schema: { tags, summary: "Шаблон XLSX структуры субъекта, заполненный текущими подразделениями", querystring: regionQuery }, preValidation: guards },
    async (request, reply) => {
      const region = await regionUnit(request.query.region);
      const bytes = await regionTemplate(region.id, await listUnitDetails(db, region.id));
      return reply.type(xlsxType).header("content-disposition", `attachment; filename="structure-${region.id}.xlsx"`).send(bytes);
    },
  );

  app.post(
    "/units/import",
    {
      schema: {
        tags,
        summary: "Загрузить структуру субъекта из XLSX (multipart, поле file): всё или ничего",
        description:
          "Ответ 200: {created, updated, unchanged}; 422: error.details.problems — [{row, column, code, message}] по каждой строке с ошибкой, ничего не изменено.",
        consumes: ["multipart/form-data"],
        querystring: regionQuery,
        response: { 200: importSummarySchema },
      },
      preValidation: guards,
    },
    async (request) => {
      const { principal } = authOf(request);
      const region = await regionUnit(request.query.region);
      if (!request.isMultipart()) throw new UnsupportedMediaTypeError("Ожидается файл XLSX в форме multipart/form-data (поле file)");
      const leave = enterUpload(principal.userId);
      try {
        return await importRegion(request, principal.userId, region);
      } finally {
        leave();
      }
    },
  );

  async function importRegion(request: FastifyRequest, actorId: string, region: UnitDetails) {
    const file = await uploadedFile(request, maxImportBytes, `Файл больше ${maxImportBytes / 1024 / 1024} МБ`);
    const rows = await readRegionSheet(file.data);
    if (rows.length === 0) throw new BadRequestError("В файле нет ни одной строки с подразделением");
    const outcome = await db.transaction().execute(async (trx) => {
      const existing = await listUnitDetails(trx, region.id);
      const inRegion = new Set(existing.map((u) => u.id));
      const named = [...new Set(rows.flatMap((r) => [r.code, r.parent]).filter((code) => code !== "" && !inRegion.has(code)))];
      const plan = planRegionImport(region, existing, await existingUnitIds(trx, named), rows);
      if ("errors" in plan) return plan;
      await applyPlan(trx, actorId, plan);
      const counts = { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
      await writeAudit(trx, {
        actorId,
        action: "unit.import",
        entity: "unit",
        entityId: region.id,
        unitId: region.id,
        after: { file: file.fileName, ...counts },
      });
      return counts;
    });
    if ("errors" in outcome) throw new ImportRejectedError(outcome.errors);
    invalidateSurveyUnits(db);
    return outcome;
  }
};

/** Creates (parents first), then updates, each with its audit record; inside the caller's transaction. */
async function applyPlan(trx: Db, actorId: string, plan: RegionImportPlan): Promise<void> {
  for (const unit of plan.creates) {
    await insertUnit(trx, unit);
    const stored = (await findUnitDetails(trx, unit.id)) as UnitDetails;
    await writeAudit(trx, { actorId, action: "unit.create", entity: "unit", entityId: unit.id, unitId: unit.id, after: unitAuditView(stored) });
  }
  for (const { before, patch } of plan.updates) {
    await updateUnit(trx, before.id, patch);
    const after = (await findUnitDetails(trx, before.id)) as UnitDetails;
    await writeAudit(trx, {
      actorId,
      action: "unit.update",
      entity: "unit",
      entityId: before.id,
      unitId: before.id,
      before: unitAuditView(before),
      after: unitAuditView(after),
    });
  }
}
