// The requests of methodology administration and comparison, as zod schemas (they validate and document).
import { z } from "zod";
import { periodParam, unitIdParam, viewParam } from "../api-schemas.js";

export const methodologyIdParam = z.string().min(1).max(32).describe("Идентификатор версии методики, например 2022.2");

export const methodologyParams = z.object({ id: methodologyIdParam });

/** The upload is the methodology document itself; the core's validator checks it whole. */
export const methodologyUploadBody = z.record(z.string(), z.unknown()).describe("Документ методики в формате zvezda-methodology/1 (как methodology/2022.2.json)");

export const compareQuery = z.object({
  period: periodParam,
  a: methodologyIdParam.describe("Версия A"),
  b: methodologyIdParam.describe("Версия B"),
  view: viewParam.default("combined"),
  kind: z.enum(["region", "managing", "territorial"]).optional().describe("Вид подразделений; по умолчанию субъекты РФ для всей страны, иначе территориальные ЦЗН"),
  unit: unitIdParam.optional().describe("Корень поддерева; по умолчанию — вся зона доступа"),
});
