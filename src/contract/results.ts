// GET /api/results: the spec's result document (format zvezda-result/1, dataset.md "Output") for the caller's scope.
// The route sends the document already serialised (it is computed once per snapshot): the schema documents it
// and types it; the server checks at compile time that the core's ResultDocument fits it.
import { z } from "zod";
import { counterBasisSchema, periodText, unitCodeText, viewNameSchema, viewStatusSchema } from "./common.js";

export const resultsQuerySchema = z.object({
  period: periodText,
  unit: unitCodeText.optional().describe("Код подразделения; по умолчанию — вся зона доступа"),
  basis: counterBasisSchema
    .optional()
    .describe("Какие анкеты учитывать: published — без исключённых (по умолчанию), raw — все, confirmed_pending — как если бы ожидающие отметки подтвердили"),
});
export type ResultsQuery = z.input<typeof resultsQuerySchema>;

const interval = z.tuple([z.number(), z.number()]).readonly();

/** A present indicator: its share, points, the survey part's counts with the 95 % Wilson interval, the objective part. */
export const indicatorResultSchema = z.object({
  value: z.number(),
  points: z.number(),
  survey: z.object({ positive: z.number(), valid: z.number(), ci: interval }).optional(),
  objective: z.number().optional(),
});

/** One view of one unit (with `id`) or of the country (without). */
export const viewResultSchema = z.object({
  id: z.string().optional(),
  view: viewNameSchema,
  n: z.number(),
  coverage: z.number(),
  groups: z.record(z.string(), z.number()).describe("Присутствующие группы, баллы"),
  indicators: z.record(z.string(), indicatorResultSchema).optional().describe("Присутствующие показатели (нет в сводном срезе)"),
  index: z.number().optional(),
  percent: z.number().optional(),
  ci: interval.optional(),
  status: viewStatusSchema,
  stars: z.number().optional(),
  rankOf: z.number().optional(),
  rank: z.number().optional(),
});
export type ViewResultView = z.infer<typeof viewResultSchema>;

export const resultDocumentSchema = z.object({
  format: z.literal("zvezda-result/1"),
  period: z.string(),
  methodology: z.string(),
  units: z.array(viewResultSchema).readonly().describe("Каждое подразделение зоны × соискатели, работодатели, сводный"),
  country: z.array(viewResultSchema).readonly().describe("Страна (без мест); пусто, когда запрошено подразделение"),
});
export type ResultDocumentView = z.infer<typeof resultDocumentSchema>;
