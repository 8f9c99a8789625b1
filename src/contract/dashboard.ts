// /api/dashboard: the context of the signed-in user, ratings, unit pages, trends and comments — the request
// queries and the answers. Numbers are unrounded; screens round to 2 decimals.
import { z } from "zod";
import { counterBases, counterBasisSchema, isoDateTime, periodText, unitCodeText, unitKindSchema, viewNameSchema, viewStatusSchema } from "./common.js";

export { counterBases, counterBasisSchema, unitKindSchema, viewNameSchema, viewStatusSchema };
export type { CounterBasis, UnitKind, ViewName, ViewStatus } from "./common.js";

/** The country is addressed as the pseudo-unit "country" in dashboard URLs. */
export const countryId = "country";

export const networkTypeSchema = z.enum(["centralized", "decentralized"]).describe("Тип сети: централизованная или децентрализованная");
export type NetworkType = z.infer<typeof networkTypeSchema>;

const interval = z.tuple([z.number(), z.number()]);

// ---------------------------------------------------------------------------------------------- requests

/** A unit code or "country" (federal roles only). */
export const dashboardUnitParam = unitCodeText.describe("Код подразделения или country — вся страна");

/** Which responses the figures count (unit managers may ask only for published). */
export const basisParam = counterBasisSchema
  .default("published")
  .describe("Какие анкеты учитывать: published — без исключённых (по умолчанию), raw — все, confirmed_pending — как если бы ожидающие отметки подтвердили");

export const ratingQuerySchema = z.object({
  unit: dashboardUnitParam.optional().describe("Внутри какого подразделения; по умолчанию — домашнее подразделение пользователя"),
  period: periodText,
  view: viewNameSchema.default("combined"),
  kind: unitKindSchema.optional().describe("Вид подразделений: регионы, управляющие или территориальные ЦЗН"),
  network: networkTypeSchema.optional(),
  region: unitCodeText.optional().describe("Только подразделения этого региона (места остаются местами в рейтинге unit)"),
  columns: z
    .enum(["groups", "indicators"])
    .default("groups")
    .describe("indicators — добавить каждой строке все показатели методики (% положительных; только соискатели или работодатели)"),
  basis: basisParam,
});
export type RatingQuery = z.input<typeof ratingQuerySchema>;

export const unitParamsSchema = z.object({ id: dashboardUnitParam });

export const unitPageQuerySchema = z.object({ period: periodText, view: viewNameSchema.default("combined"), basis: basisParam });
export type UnitPageQuery = z.input<typeof unitPageQuerySchema>;

export const trendGranularitySchema = z.enum(["quarter", "month", "half", "year"]);
export type TrendGranularity = z.infer<typeof trendGranularitySchema>;

export const trendQuerySchema = z.object({
  view: viewNameSchema.default("combined"),
  granularity: trendGranularitySchema.default("quarter").describe("Шаг: квартал, месяц, полугодие или год"),
  count: z.coerce.number().int().min(1).max(24).default(8).describe("Сколько периодов (1–24)"),
  period: periodText.optional().describe("Последний период ряда; по умолчанию — последний с данными"),
  measure: z
    .string()
    .regex(/^[\p{L}\p{N}_.-]{1,32}$/u, "код группы или показателя методики, либо index")
    .default("index")
    .describe(
      "Что показывать: index — индекс (по умолчанию), код группы (доля от максимума, %) или код показателя (доля положительных, %; только соискатели или работодатели)",
    ),
  basis: basisParam,
});
export type TrendQuery = z.input<typeof trendQuerySchema>;

export const commentsQuerySchema = z.object({
  period: periodText,
  view: z.enum(["seeker", "employer"]).optional().describe("Только соискатели или только работодатели"),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe("Анкет на страницу (1–200)"),
  before: z.string().max(200).optional().describe("Продолжение: значение nextBefore предыдущей страницы"),
});
export type CommentsQuery = z.input<typeof commentsQuerySchema>;

// --------------------------------------------------------------------------------------------- responses

/** A unit as screens name it. */
export const unitRefSchema = z.object({ id: z.string(), kind: z.union([unitKindSchema, z.literal("country")]), name: z.string() });
export type UnitRef = z.infer<typeof unitRefSchema>;

/** GET /api/dashboard/context: what the signed-in user may look at, and the periods with data. */
export const dashboardContextSchema = z.object({
  home: unitRefSchema.describe("Точка входа пользователя: country для федеральных ролей, иначе подразделение зоны доступа"),
  periods: z.array(z.string()).describe("Периоды с анкетами, сначала новые, всех шагов: 2026-Q3, 2026-H1, 2026, 2026-09, …"),
  defaultPeriod: z
    .string()
    .describe("Период, с которого открываются экраны: последний квартал, где у домашнего подразделения есть индекс, иначе последний с данными"),
  latestPeriod: z.string().describe("Последний квартал с любыми данными"),
  homeHasResult: z.boolean().describe("Есть ли у домашнего подразделения индекс за defaultPeriod в каком-либо срезе"),
  methodology: z.object({ id: z.string(), title: z.string() }),
  groups: z
    .array(z.object({ code: z.string(), name: z.string(), short: z.string(), max: z.number() }))
    .describe("Группы (Д, П, М, А, К) с максимумами M_g, в порядке методики"),
  indicators: z
    .array(z.object({ code: z.string(), name: z.string(), group: z.string(), max: z.number() }))
    .describe("Показатели методики с группой и максимумом m_i"),
});
export type DashboardContext = z.infer<typeof dashboardContextSchema>;

/** The figures of one unit (or the country) for one period and view. */
export const figuresSchema = z.object({
  n: z.number(),
  status: viewStatusSchema,
  coverage: z.number(),
  index: z.number().optional(),
  percent: z.number().optional(),
  ci: interval.optional(),
  stars: z.number().optional(),
  groups: z.record(z.string(), z.number()).describe("Баллы присутствующих групп"),
  star: z.record(z.string(), z.number()).describe("Присутствующие группы в % от M_g: лучи звезды"),
  rank: z.number().optional(),
  rankOf: z.number().optional(),
});
export type Figures = z.infer<typeof figuresSchema>;

/** A row of a rating; `reason` says in Russian why a unit stands apart: «мало ответов (12 из 30)». */
export const ratingRowSchema = unitRefSchema.extend({
  network: networkTypeSchema.optional(),
  figures: figuresSchema,
  rankInList: z.number().optional().describe("Место среди показанных строк (после фильтра по сети), только у строк ok"),
  change: z.number().optional().describe("Изменение индекса к предыдущему периоду той же длины"),
  changeSignificant: z.boolean().optional().describe("Изменение за пределами 95 % погрешности разности"),
  hasChildren: z.boolean(),
  indicators: z.record(z.string(), z.number()).optional().describe("С columns=indicators: значение каждого показателя, %"),
  reason: z.string().optional(),
});
export type RatingRow = z.infer<typeof ratingRowSchema>;

/** Other views of the same period, and earlier periods (newest first) of the same view, whose rating ranks someone. */
export const ratingAlternativesSchema = z.object({ views: z.array(viewNameSchema), periods: z.array(z.string()) });
export type RatingAlternatives = z.infer<typeof ratingAlternativesSchema>;

/**
 * GET /api/dashboard/rating: the units of `kind` inside `unit` (default: its children — regions for the country,
 * managing or territorial centres for a region), ranked; rows not `ok` listed apart.
 */
export const ratingResponseSchema = z.object({
  unit: unitRefSchema,
  period: z.string(),
  previousPeriod: z.string(),
  basis: counterBasisSchema,
  view: viewNameSchema,
  kind: unitKindSchema,
  rows: z.array(ratingRowSchema).describe("Строки ok, лучшие первыми"),
  apart: z.array(ratingRowSchema).describe("Строки insufficient, incomplete или empty, с причиной"),
  alternatives: ratingAlternativesSchema.optional().describe("Когда никто не ранжирован: где рейтинг есть"),
  minSample: z.number().optional(),
  peer: z.literal(true).optional().describe("Рейтинг своего региона для руководителя центра: только цифры"),
  region: unitRefSchema.optional().describe("Национальный рейтинг, суженный до строк одного региона"),
});
export type RatingResponse = z.infer<typeof ratingResponseSchema>;

/** One indicator row of a unit page. */
export const indicatorRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  group: z.string(),
  max: z.number(),
  value: z.number().optional(),
  points: z.number().optional(),
  survey: z.object({ positive: z.number(), valid: z.number(), share: z.number(), ci: interval }).optional(),
  objective: z.number().optional(),
  country: z.number().optional().describe("Значение показателя по стране, для сравнения"),
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

/** Places in ratings: «3 из 12» in the region, «140 из 2 310» in the country. */
export const unitRanksSchema = z.object({
  region: z.object({ rank: z.number(), of: z.number(), name: z.string() }),
  country: z.object({ rank: z.number(), of: z.number() }),
});
export type UnitRanks = z.infer<typeof unitRanksSchema>;

/** Responses counted in a figure that await a review decision: how many, and their share of the figure's n. */
export const underReviewSchema = z.object({ count: z.number(), share: z.number() });
export type UnderReview = z.infer<typeof underReviewSchema>;

/**
 * GET /api/dashboard/unit/:id: a unit's page — breadcrumbs, its figures, the country's star for the overlay,
 * the indicators (for the combined view, the indicators of both views are in `byView`).
 */
export const unitPageSchema = z.object({
  unit: unitRefSchema.extend({ network: networkTypeSchema.optional(), parentId: z.string().nullable().optional(), closed: z.boolean() }),
  breadcrumbs: z.array(unitRefSchema).describe("От домашнего подразделения пользователя до родителя"),
  period: z.string(),
  previousPeriod: z.string(),
  basis: counterBasisSchema,
  view: viewNameSchema,
  figures: figuresSchema,
  previous: figuresSchema.optional(),
  changeSignificant: z.boolean().optional(),
  country: figuresSchema,
  region: unitRefSchema.extend({ figures: figuresSchema }).optional().describe("Регион центра с его цифрами (вторая линия звезды)"),
  indicators: z.array(indicatorRowSchema),
  children: z.array(unitRefSchema.extend({ hasChildren: z.boolean() })),
  ranks: unitRanksSchema.optional(),
  underReview: underReviewSchema.optional().describe("Опубликованные анкеты цифры, отметки которых ждут решения"),
  survey: z
    .object({
      seekerUrl: z.string(),
      employerUrl: z.string(),
      qrSvgUrl: z.object({ seeker: z.string(), employer: z.string() }),
      posterUrl: z.string(),
    })
    .optional()
    .describe("Ссылки опроса центра: QR-коды и плакат"),
  byView: z
    .object({ seeker: z.array(indicatorRowSchema), employer: z.array(indicatorRowSchema) })
    .optional()
    .describe("В сводном срезе: показатели обоих срезов"),
});
export type UnitPage = z.infer<typeof unitPageSchema>;

/** The measure a trend follows: the index (points of `max` 50), a group or an indicator (percent, max 100). */
export const trendMeasureSchema = z.object({ kind: z.enum(["index", "group", "indicator"]), code: z.string(), name: z.string(), max: z.number() });
export type TrendMeasure = z.infer<typeof trendMeasureSchema>;

/** GET /api/dashboard/unit/:id/trend: oldest first; a period without a value is a gap (no `value`), never a zero. */
export const trendResponseSchema = z.object({
  unit: unitRefSchema,
  view: viewNameSchema,
  basis: counterBasisSchema,
  measure: trendMeasureSchema,
  points: z.array(
    z.object({
      period: z.string(),
      n: z.number(),
      status: viewStatusSchema,
      index: z.number().optional(),
      percent: z.number().optional(),
      ci: interval.optional(),
      country: z.number().optional(),
      value: z.number().optional(),
      countryValue: z.number().optional(),
    }),
  ),
});
export type TrendResponse = z.infer<typeof trendResponseSchema>;

/** GET /api/dashboard/unit/:id/comments: newest first, within the subtree. */
export const commentsResponseSchema = z.object({
  comments: z.array(
    z.object({
      responseId: z.string(),
      submittedAt: isoDateTime,
      unit: unitRefSchema,
      respondent: z.enum(["seeker", "employer"]),
      question: z.string().describe("Ключ вопроса (q9, suggestions, …)"),
      questionText: z.string(),
      answer: z.union([z.string(), z.number()]).optional().describe("Ответ на этот вопрос, если он есть (например, 4 по шкале 0–10)"),
      text: z.string(),
    }),
  ),
  nextBefore: z.string().optional().describe("Передайте как before для следующей страницы; нет на последней"),
});
export type CommentsResponse = z.infer<typeof commentsResponseSchema>;
