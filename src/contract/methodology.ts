// /api/methodologies: versions, one version whole, upload, activation and the comparison of two versions over a period.
import { z } from "zod";
import { isoDateTime, unitKindSchema, viewNameSchema } from "./common.js";

export const methodologyIdParam = z.string().min(1).max(32).describe("Идентификатор версии методики, например 2022.2");
export const methodologyParams = z.object({ id: methodologyIdParam });

/** The upload is the methodology document itself; the core's validator checks it whole. */
export const methodologyUploadBody = z
  .record(z.string(), z.unknown())
  .describe("Документ методики в формате zvezda-methodology/1 (как methodology/2022.2.json)");

export const methodologyVersionSchema = z.object({ id: z.string(), title: z.string(), active: z.boolean(), createdAt: isoDateTime });
export type MethodologyVersion = z.infer<typeof methodologyVersionSchema>;

export const methodologyListSchema = z.object({ methodologies: z.array(methodologyVersionSchema) });

/** A stored version with its document (the engine's JSON, zvezda-methodology/1). */
export const methodologyDocumentSchema = methodologyVersionSchema.extend({ body: z.record(z.string(), z.unknown()) });
export type MethodologyDocument = z.infer<typeof methodologyDocumentSchema>;

export const methodologyStoredSchema = z.object({ id: z.string(), title: z.string(), active: z.literal(false) });
export const methodologyActivatedSchema = z.object({ id: z.string(), active: z.literal(true) });

/** The period must be well-formed; the server refines it against the years it knows. */
export const compareQueryShape = {
  a: methodologyIdParam.describe("Версия A"),
  b: methodologyIdParam.describe("Версия B"),
  view: viewNameSchema.default("combined"),
  kind: unitKindSchema.optional().describe("Вид подразделений; по умолчанию субъекты РФ для всей страны, иначе территориальные ЦЗН"),
  unit: z.string().min(1).max(64).optional().describe("Корень поддерева; по умолчанию — вся зона доступа"),
};

/** One unit's figures under one version. */
export const versionFiguresSchema = z.object({
  status: z.enum(["ok", "insufficient", "incomplete", "empty"]),
  n: z.number().int(),
  index: z.number().nullable(),
  percent: z.number().nullable(),
  stars: z.number().int().nullable(),
  rank: z.number().int().nullable(),
  rankOf: z.number().int().nullable(),
});
export type VersionFigures = z.infer<typeof versionFiguresSchema>;

export const comparisonRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  a: versionFiguresSchema,
  b: versionFiguresSchema,
  rankChange: z.number().int().nullable().describe("Место по A минус место по B: положительное — подразделение поднимается по B"),
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

export const comparisonSchema = z.object({
  period: z.string(),
  view: viewNameSchema,
  kind: unitKindSchema,
  a: z.object({ id: z.string(), title: z.string() }),
  b: z.object({ id: z.string(), title: z.string() }),
  units: z.array(comparisonRowSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export type MethodologyListing = z.infer<typeof methodologyListSchema>;
export type MethodologyStored = z.infer<typeof methodologyStoredSchema>;
export type MethodologyActivated = z.infer<typeof methodologyActivatedSchema>;
