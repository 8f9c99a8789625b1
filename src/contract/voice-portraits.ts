// The API contract of /api/voice/portraits: a region's client portraits with the live facts of their segment.
import { z } from "zod";
import { periodText, segmentFiguresSchema, segmentIndicatorSchema, segmentViewParam, unitRefSchema } from "./voice-segments.js";

export const segmentDefinitionSchema = z
  .object({
    view: segmentViewParam,
    criteria: z.record(z.string(), z.array(z.string()).min(1)).default({}).describe("Поле профиля (или q14) → допустимые значения"),
  })
  .describe("Сегмент: респонденты, у которых по каждому полю значение из списка");

export const portraitBodySchema = z.object({
  region: z.string().min(1).max(64).describe("Код региона, которому принадлежит портрет"),
  name: z.string().trim().min(1, "Название портрета пусто").max(200, "Название длиннее 200 символов"),
  segment: segmentDefinitionSchema,
  demographic: z.string().max(4000, "Демографическое описание длиннее 4000 символов").default(""),
  psychographic: z.string().max(4000, "Психографическое описание длиннее 4000 символов").default(""),
  behavioural: z.string().max(4000, "Поведенческое описание длиннее 4000 символов").default(""),
});
export type PortraitBody = z.infer<typeof portraitBodySchema>;

export const portraitListQuerySchema = z.object({
  region: z.string().min(1).max(64).optional().describe("Только портреты этого региона"),
  unit: z.string().min(1).max(64).optional().describe("Только портреты региона этого подразделения"),
});
export const portraitIdParamsSchema = z.object({ id: z.string().min(1).max(64) });
export const portraitFactsQuerySchema = z.object({
  unit: z.string().min(1).max(64).optional().describe("Для какого подразделения считать факты; по умолчанию — регион портрета"),
  period: periodText,
});

export const portraitSchema = z.object({
  id: z.string(),
  region: unitRefSchema,
  name: z.string(),
  segment: segmentDefinitionSchema,
  segmentText: z.string().describe("Сегмент словами"),
  demographic: z.string(),
  psychographic: z.string(),
  behavioural: z.string(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
});
export type Portrait = z.infer<typeof portraitSchema>;

export const portraitListResponseSchema = z.object({ portraits: z.array(portraitSchema) });
export type PortraitListResponse = z.infer<typeof portraitListResponseSchema>;

export const portraitFactsSchema = z.object({
  unit: unitRefSchema,
  period: z.string(),
  respondents: z.number().describe("Респондентов этого среза в подразделении за период"),
  matching: z.number().nullable().describe("Из них подходят под сегмент (null — меньше 10, скрыто)"),
  figures: segmentFiguresSchema,
  weakest: z.array(segmentIndicatorSchema),
  channels: z.array(z.object({ value: z.string(), label: z.string(), count: z.number(), share: z.number() })),
  themes: z.array(z.object({ code: z.string(), title: z.string(), texts: z.number() })),
  truncated: z.boolean(),
});
export const portraitWithFactsSchema = z.object({ portrait: portraitSchema, facts: portraitFactsSchema });
export type PortraitWithFacts = z.infer<typeof portraitWithFactsSchema>;
export const portraitDeletedSchema = z.object({ id: z.string(), deleted: z.boolean() });
export type PortraitDeleted = z.infer<typeof portraitDeletedSchema>;
