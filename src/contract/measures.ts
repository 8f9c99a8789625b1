// /api/loop/measures and /api/loop/practices: the corrective-measures register, its workflow, evidence files,
// thread, measured effect and the practice library — the requests and the answers. Dates are YYYY-MM-DD; instants ISO.
// The core declares the same statuses, kinds and verdicts; the server checks at compile time that they agree.
import { z } from "zod";
import { isoDate, isoDateTime, unitCodeText, viewNameSchema } from "./common.js";

export const measureStatuses = ["draft", "planned", "in_progress", "done", "evaluated", "cancelled"] as const;
export const measureStatusSchema = z.enum(measureStatuses).describe("Статус меры");
export type MeasureStatus = z.infer<typeof measureStatusSchema>;

export const measureKinds = ["process", "client_experience", "premises", "staff_training", "channels", "other"] as const;
export const measureKindSchema = z.enum(measureKinds).describe("Вид меры: process, client_experience, premises, staff_training, channels, other");
export type MeasureKind = z.infer<typeof measureKindSchema>;

export const effectVerdictSchema = z.enum(["confirmed", "not_confirmed", "insufficient"]).describe("Эффект подтверждён, не подтверждён, данных пока мало");
export type EffectVerdict = z.infer<typeof effectVerdictSchema>;

const surveyView = z.enum(["seeker", "employer"]);

// ---------------------------------------------------------------------------------------------- requests

const date = z.string().max(10).describe("Дата ГГГГ-ММ-ДД");

/** The editable fields of a measure (dates and indicators are checked after, against the calendar and the methodology). */
export const measureFieldsSchema = z.object({
  title: z.string().trim().min(1, "Укажите название меры").max(300),
  description: z.string().max(5000).default(""),
  kind: measureKindSchema,
  clientParticipation: z.string().max(2000).default("").describe("Как участвовали клиенты (сессии, опросы, рабочая группа)"),
  owner: z.string().max(300).default("").describe("Ответственный"),
  view: surveyView.describe("Чей опыт мера меняет: соискателей или работодателей"),
  plannedStart: date,
  plannedEnd: date,
  actualStart: date.nullish(),
  actualEnd: date.nullish(),
  indicators: z.array(z.string().min(1).max(16)).max(20).describe("Коды показателей методики, на которые направлена мера"),
});
/** The fields as the form fills them and the server reads them (defaults applied). */
export type MeasureFields = z.infer<typeof measureFieldsSchema>;

export const createMeasureBodySchema = measureFieldsSchema.extend({ unit: unitCodeText });
export const measureParamsSchema = z.object({ id: z.string().min(1).max(64).describe("Идентификатор меры") });
export const fileParamsSchema = z.object({ id: z.string().min(1).max(64).describe("Идентификатор файла") });

export const measureListQuerySchema = z.object({
  unit: unitCodeText.optional().describe("Подразделение: его меры и меры всех подразделений ниже (по умолчанию — ваша зона)"),
  status: z.union([measureStatusSchema, z.array(measureStatusSchema)]).optional(),
  overdue: z.enum(["true", "false"]).optional().describe("Только просроченные (плановый срок прошёл, мера не выполнена и не отменена)"),
  indicator: z.string().max(16).optional(),
});
export type MeasureListQuery = z.input<typeof measureListQuerySchema>;

export const measureStatusBodySchema = z.object({
  to: measureStatusSchema.describe("Новый статус"),
  reason: z.string().trim().max(2000).optional().describe("Причина отмены (обязательна для отмены)"),
  actualStart: date.optional().describe("Фактическое начало (по умолчанию — сегодня)"),
  actualEnd: date.optional().describe("Фактическое окончание (по умолчанию — сегодня)"),
});
export type MeasureStatusBody = z.input<typeof measureStatusBodySchema>;

export const measureCommentBodySchema = z.object({ body: z.string().trim().min(1, "Напишите текст комментария").max(4000) });

export const planQuerySchema = z.object({ unit: unitCodeText.describe("Субъект РФ (или подразделение), чей план выгрузить") });

export const practicesQuerySchema = z.object({
  indicator: z.string().max(16).optional(),
  kind: measureKindSchema.optional(),
  region: unitCodeText.optional().describe("Только меры этого субъекта РФ"),
});
export type PracticesQuery = z.input<typeof practicesQuerySchema>;

export const practiceSummaryQuerySchema = z.object({ indicator: z.string().min(1).max(16), view: viewNameSchema.optional() });

// --------------------------------------------------------------------------------------------- responses

const namedRef = z.object({ id: z.string(), name: z.string() });
const option = <T extends z.ZodType>(value: T) => z.object({ value, label: z.string() });

/** A measure as the API shows it, with what the caller may do now. */
export const measureViewSchema = z.object({
  id: z.string(),
  unit: namedRef,
  title: z.string(),
  description: z.string(),
  kind: measureKindSchema,
  kindName: z.string(),
  clientParticipation: z.string(),
  owner: z.string(),
  view: surveyView,
  plannedStart: isoDate,
  plannedEnd: isoDate,
  actualStart: isoDate.nullable(),
  actualEnd: isoDate.nullable(),
  status: measureStatusSchema,
  statusName: z.string(),
  cancelReason: z.string().nullable(),
  indicators: z.array(z.object({ code: z.string(), name: z.string() })),
  overdue: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  allowed: z.object({
    edit: z.boolean(),
    comment: z.boolean(),
    upload: z.boolean(),
    transitions: z.array(z.object({ to: measureStatusSchema, label: z.string(), needsReason: z.boolean() })),
  }),
});
export type MeasureView = z.infer<typeof measureViewSchema>;

/** GET /api/loop/measures: the measures and the vocabularies a form offers (Russian names). */
export const measureListSchema = z.object({
  measures: z.array(measureViewSchema),
  kinds: z.array(option(measureKindSchema)),
  statuses: z.array(option(measureStatusSchema)),
});
export type MeasureList = z.infer<typeof measureListSchema>;

export const measureFileViewSchema = z.object({
  id: z.string(),
  fileName: z.string().nullable(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: isoDateTime,
  uploadedBy: z.string().nullable(),
  url: z.string(),
});
export type MeasureFileView = z.infer<typeof measureFileViewSchema>;

export const measureCommentViewSchema = z.object({ id: z.number().int(), body: z.string(), createdAt: isoDateTime, author: z.string().nullable() });
export type MeasureCommentView = z.infer<typeof measureCommentViewSchema>;

/** GET /api/loop/measures/:id. */
export const measureDetailsSchema = measureViewSchema.extend({ files: z.array(measureFileViewSchema), comments: z.array(measureCommentViewSchema) });
export type MeasureDetails = z.infer<typeof measureDetailsSchema>;

export const measureCommentsSchema = z.object({ comments: z.array(measureCommentViewSchema) });
export const measureCommentCreatedSchema = z.object({ id: z.number().int() });
export type MeasureCommentCreated = z.infer<typeof measureCommentCreatedSchema>;
export const measureFileStoredSchema = z.object({ id: z.string(), contentType: z.string(), size: z.number().int(), url: z.string() });
export type MeasureFileStored = z.infer<typeof measureFileStoredSchema>;

const shareCount = z.object({ positive: z.number(), valid: z.number() });
export type ShareCountView = z.infer<typeof shareCount>;
const estimate = z.object({ estimate: z.number(), ci: z.tuple([z.number(), z.number()]) });
export type EstimateView = z.infer<typeof estimate>;
const monthSpan = z.tuple([z.string(), z.string()]);

/** GET /api/loop/measures/:id/effect: null effect while the measure is not finished. */
export const measureEffectViewSchema = z.object({
  measure: z.string(),
  effect: z
    .object({
      windows: z.object({ before: monthSpan, after: monthSpan }),
      comparison: z.string(),
      confidence: z.number(),
      verdict: effectVerdictSchema,
      verdictText: z.string(),
      n: z.number(),
      reason: z.string().optional(),
      indicators: z.array(
        z.object({
          indicator: z.string(),
          name: z.string(),
          unit: z.object({ before: shareCount, after: shareCount }),
          comparison: z.object({ before: shareCount, after: shareCount }),
          change: estimate.nullable(),
          comparisonChange: estimate.nullable(),
          effect: estimate.nullable(),
          verdict: effectVerdictSchema,
          text: z.string(),
        }),
      ),
    })
    .nullable(),
  message: z.string().optional(),
});
export type MeasureEffectView = z.infer<typeof measureEffectViewSchema>;

/** One row of the practice library. */
export const practiceViewSchema = z.object({
  measure: z.object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    kind: measureKindSchema,
    kindName: z.string(),
    clientParticipation: z.string(),
    actualStart: isoDate.nullable(),
    actualEnd: isoDate.nullable(),
  }),
  unit: namedRef,
  region: namedRef,
  indicator: z.string(),
  indicatorName: z.string(),
  verdict: effectVerdictSchema,
  verdictText: z.string(),
  effect: estimate.nullable(),
  n: z.number(),
});
export type PracticeView = z.infer<typeof practiceViewSchema>;

/** GET /api/loop/practices. */
export const practiceListSchema = z.object({ practices: z.array(practiceViewSchema), kinds: z.array(option(measureKindSchema)) });
export type PracticeList = z.infer<typeof practiceListSchema>;

/** GET /api/loop/practices/summary: «в 3 регионах похожая мера дала +9…+15 п. п.». */
export const practiceSummaryViewSchema = z.object({
  indicator: z.string(),
  regions: z.number(),
  measures: z.number(),
  range: z.tuple([z.number(), z.number()]).nullable(),
  text: z.string(),
  top: z.array(practiceViewSchema),
});
export type PracticeSummaryView = z.infer<typeof practiceSummaryViewSchema>;
