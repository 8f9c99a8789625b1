// The API contract of /api/voice/segments: respondents' segments by profile and preferred channel, and «кто доволен меньше всех».
import { z } from "zod";
import { periodText } from "./common.js";

export { periodText };
export const segmentViewParam = z.enum(["seeker", "employer"]).describe("Соискатели или работодатели (у них разные анкеты профиля)");
export type SegmentView = z.infer<typeof segmentViewParam>;
export const unitRefSchema = z.object({ id: z.string(), kind: z.string(), name: z.string() });

export const segmentsQuerySchema = z.object({
  unit: z.string().min(1).max(64).optional().describe("Регион или ЦЗН (вместе с подчинёнными); по умолчанию — домашнее подразделение"),
  period: periodText,
  view: segmentViewParam.default("seeker"),
  dimension: z.string().min(1).max(40).optional().describe("Только один разрез: gender, age, categories, ownership, headcount, characteristics или q14"),
});
export type SegmentsQuery = z.infer<typeof segmentsQuerySchema>;

export const leastSatisfiedQuerySchema = segmentsQuerySchema.omit({ dimension: true }).extend({
  limit: z.coerce.number().int().min(1).max(50).default(15).describe("Сколько групп показать (1–50)"),
});

export const segmentIndicatorSchema = z.object({
  code: z.string(),
  name: z.string(),
  points: z.number(),
  max: z.number(),
  survey: z.object({ share: z.number(), ci: z.tuple([z.number(), z.number()]), valid: z.number() }).optional(),
});
export type SegmentIndicatorView = z.infer<typeof segmentIndicatorSchema>;

export const segmentFiguresSchema = z.object({
  suppressed: z.boolean().describe("Меньше 10 респондентов: цифры скрыты"),
  n: z.number().optional(),
  index: z.number().optional(),
  percent: z.number().optional(),
  ci: z.tuple([z.number(), z.number()]).optional(),
  stars: z.number().optional(),
  status: z.string().optional(),
  indicators: z.array(segmentIndicatorSchema).optional(),
});
export type SegmentFiguresView = z.infer<typeof segmentFiguresSchema>;

export const segmentCellSchema = segmentFiguresSchema.extend({
  value: z.string(),
  label: z.string(),
  belowOverall: z.boolean().optional().describe("Интервал группы целиком ниже индекса подразделения"),
});

export const segmentsResponseSchema = z.object({
  unit: unitRefSchema,
  period: z.string(),
  view: segmentViewParam,
  minRespondents: z.number(),
  truncated: z.boolean().describe("Анкет больше предела одного запроса: посчитана только часть"),
  tables: z.array(
    z.object({
      dimension: z.object({ key: z.string(), title: z.string(), multi: z.boolean() }),
      overall: segmentFiguresSchema,
      cells: z.array(segmentCellSchema),
    }),
  ),
});
export type SegmentsResponse = z.infer<typeof segmentsResponseSchema>;

export const leastSatisfiedResponseSchema = z.object({
  unit: unitRefSchema,
  period: z.string(),
  view: segmentViewParam,
  minRespondents: z.number(),
  truncated: z.boolean(),
  groups: z.array(
    z.object({
      unit: unitRefSchema,
      dimension: z.string(),
      dimensionTitle: z.string(),
      value: z.string(),
      label: z.string(),
      n: z.number(),
      index: z.number(),
      ci: z.tuple([z.number(), z.number()]),
      stars: z.number(),
      overall: z.number(),
      gap: z.number(),
      belowOverall: z.boolean(),
    }),
  ),
});
export type LeastSatisfiedResponse = z.infer<typeof leastSatisfiedResponseSchema>;

export const segmentDimensionsResponseSchema = z.object({
  views: z.array(
    z.object({
      view: segmentViewParam,
      dimensions: z.array(
        z.object({ key: z.string(), title: z.string(), multi: z.boolean(), options: z.array(z.object({ value: z.string(), label: z.string() })) }),
      ),
    }),
  ),
});
export type SegmentDimensionsResponse = z.infer<typeof segmentDimensionsResponseSchema>;
