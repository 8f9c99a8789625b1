// The API contract of /api/voice/journeys: the shipped templates, a region's copy, and a journey drawn for a unit.
import { z } from "zod";
import { periodText, segmentIndicatorSchema, segmentViewParam, unitRefSchema } from "./voice-segments.js";

export const journeyStageSchema = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  indicators: z.array(z.string()),
  questions: z.array(z.string()),
  themes: z.array(z.string()),
});
export const journeySchema = z.object({ title: z.string(), stages: z.array(journeyStageSchema) });
export type Journey = z.infer<typeof journeySchema>;

export const journeyViewParamsSchema = z.object({ view: segmentViewParam });
export const journeyRegionQuerySchema = z.object({ region: z.string().min(1).max(64).describe("Код региона") });
export const journeyMapQuerySchema = z.object({
  unit: z.string().min(1).max(64).optional().describe("Подразделение; по умолчанию — домашнее"),
  period: periodText,
  portrait: z.string().min(1).max(64).optional().describe("Портрет, сегмент которого окрашивает этапы"),
});
/** A region's copy as the editor sends it (checked against the methodology and the themes). */
export const journeyBodySchema = z.object({ journey: z.unknown().describe("{title, stages: [{code, title, description, indicators, questions?, themes}]}") });

export const journeyTemplatesResponseSchema = z.object({
  version: z.string(),
  templates: z.object({ seeker: journeySchema, employer: journeySchema }),
});
export type JourneyTemplatesResponse = z.infer<typeof journeyTemplatesResponseSchema>;

export const regionJourneyResponseSchema = z.object({
  region: unitRefSchema,
  view: segmentViewParam,
  journey: journeySchema,
  edited: z.boolean(),
  updatedAt: z.string().nullable(),
  canEdit: z.boolean(),
});
export type RegionJourneyResponse = z.infer<typeof regionJourneyResponseSchema>;

export const journeyMapResponseSchema = z.object({
  unit: unitRefSchema,
  period: z.string(),
  view: segmentViewParam,
  title: z.string(),
  edited: z.boolean().describe("Маршрут в редакции региона"),
  portrait: z.object({ id: z.string(), name: z.string(), segmentText: z.string(), matching: z.number().nullable() }).nullable(),
  suppressed: z.boolean().describe("Сегмент портрета меньше 10 респондентов: этапы без оценок"),
  stages: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      description: z.string(),
      questions: z.array(z.string()),
      score: z.number().optional(),
      tone: z.enum(["good", "watch", "bad", "none"]),
      indicators: z.array(segmentIndicatorSchema),
      missing: z.array(z.string()),
      painPoints: z.array(z.object({ indicator: z.string(), name: z.string(), priority: z.string(), sentence: z.string() })),
      measures: z.array(z.object({ id: z.string(), title: z.string(), status: z.string(), unit: unitRefSchema, indicators: z.array(z.string()) })),
      themes: z.array(z.object({ code: z.string(), title: z.string(), texts: z.number(), negative: z.number() })),
    }),
  ),
});
export type JourneyMapResponse = z.infer<typeof journeyMapResponseSchema>;
