// /api/voice: search over client texts, the theme summary, tag corrections, a text's response, external feedback —
// the requests and the answers.
import { z } from "zod";
import { isoDateTime, periodText } from "./common.js";
import { dashboardUnitParam, unitRefSchema } from "./dashboard.js";

/** Where a text came from: the survey, or a channel of external feedback. */
export const feedbackChannels = ["book", "social", "appeal", "media", "other"] as const;
export type FeedbackChannel = (typeof feedbackChannels)[number];
export const voiceChannels = ["survey", ...feedbackChannels] as const;
export type VoiceChannel = (typeof voiceChannels)[number];

/** Longest search input and longest text accepted. */
export const maxQueryLength = 200;
export const maxFeedbackText = 4000;

const surveyView = z.enum(["seeker", "employer"]);

// ---------------------------------------------------------------------------------------------- requests

/** The filters every voice read shares. */
export const voiceFilterQuerySchema = z.object({
  unit: dashboardUnitParam.optional().describe("Подразделение (вместе с подчинёнными) или country; по умолчанию — домашнее подразделение пользователя"),
  period: periodText,
  view: surveyView.optional().describe("Только соискатели или только работодатели (внешние отзывы тогда не входят)"),
  q: z.string().trim().max(maxQueryLength).optional().describe('Поиск с учётом словоформ: слова, "точная фраза", -исключить, or'),
  indicator: z.string().min(1).max(8).optional().describe("Показатель методики (Д1…К4): примечания к его вопросу и тексты тем, которые его касаются"),
  question: z.string().min(1).max(40).optional().describe("Ключ вопроса, к которому оставлено примечание (q9, suggestions, q14other)"),
  band: z.enum(["low", "mid", "high"]).optional().describe("Оценка, к которой относится примечание: low 1–4, mid 5–7, high 8–10"),
  channel: z.enum(voiceChannels).optional().describe("Источник: survey — анкеты; book, social, appeal, media, other — внешние отзывы"),
  theme: z.string().min(1).max(40).optional().describe("Код темы"),
  negative: z.enum(["true", "false"]).optional().describe("true — только негативные тексты"),
});
/** The filters of the voice screen, as the address and the API carry them. */
export type VoiceParams = z.input<typeof voiceFilterQuerySchema>;

export const voiceSearchQuerySchema = voiceFilterQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(100).default(50).describe("Сколько текстов на странице (1–100)"),
  offset: z.coerce.number().int().min(0).max(10_000).default(0).describe("Сколько пропустить"),
});

export const voiceSummaryQuerySchema = voiceFilterQuerySchema.extend({
  trend: z.coerce.number().int().min(2).max(8).default(4).describe("Сколько периодов в динамике (2–8)"),
});

export const textIdParamsSchema = z.object({ id: z.string().regex(/^[0-9]{1,18}$/, "Идентификатор текста — число") });
export const responseIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const themeCorrectionBodySchema = z.object({
  themes: z.array(z.string().min(1).max(40)).max(20).describe("Коды тем после исправления (пустой список — без темы)"),
});

export const feedbackChannelSchema = z
  .enum(feedbackChannels)
  .describe("Канал: book — книга отзывов, social — соцсети, appeal — обращения, media — СМИ/открытые источники, other — другое");

export const feedbackBodySchema = z.object({
  unit: z.string().min(1).max(64).describe("Код ЦЗН или подразделения"),
  channel: feedbackChannelSchema,
  receivedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Дата в виде ГГГГ-ММ-ДД")
    .describe("Дата отзыва"),
  text: z.string().trim().min(1, "Текст отзыва пуст").max(maxFeedbackText, `Текст длиннее ${maxFeedbackText} символов`),
  rating: z.number().int().min(1).max(5).nullable().optional().describe("Оценка 1–5, если источник её даёт"),
  link: z
    .string()
    .trim()
    .max(2000)
    .regex(/^https?:\/\//, "Ссылка начинается с http:// или https://")
    .nullable()
    .optional(),
});
export type NewFeedbackBody = z.input<typeof feedbackBodySchema>;

export const feedbackImportQuerySchema = z.object({ unit: z.string().min(1).max(64).optional().describe("Подразделение, для которого скачивается шаблон") });

// --------------------------------------------------------------------------------------------- responses

/** A text in /api/voice answers; `fragments` split it at the search's matches (present with a query). */
export const voiceTextViewSchema = z.object({
  id: z.string(),
  kind: z.string().describe("note — примечание, suggestion — пожелание, other — «другое», feedback — внешний отзыв"),
  channel: z.string().describe("survey или канал внешнего отзыва"),
  unit: z.object({ id: z.string(), name: z.string() }),
  respondent: surveyView.nullable(),
  at: isoDateTime,
  question: z.string().nullable().describe("Ключ примечания или вопроса текста анкеты"),
  questionText: z.string().nullable(),
  score: z.number().nullable(),
  rating: z.number().nullable(),
  text: z.string(),
  fragments: z.array(z.object({ text: z.string(), match: z.boolean() })).nullable(),
  themes: z.array(z.string()),
  sentiment: z.number(),
  negative: z.boolean(),
  corrected: z.boolean(),
  responseId: z.string().nullable(),
  feedbackId: z.string().nullable(),
  link: z.string().nullable(),
  excluded: z.boolean(),
  flag: z.enum(["pending", "confirmed"]).nullable(),
});
export type VoiceTextView = z.infer<typeof voiceTextViewSchema>;
export type Fragment = NonNullable<VoiceTextView["fragments"]>[number];

/** GET /api/voice/themes: the taxonomy, the text sources and the methodology's indicators. */
export const voiceThemesSchema = z.object({
  version: z.string(),
  themes: z.array(z.object({ code: z.string(), title: z.string(), indicators: z.array(z.object({ code: z.string(), name: z.string() })) })),
  channels: z.array(z.object({ code: z.string(), title: z.string() })),
  indicators: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type VoiceThemes = z.infer<typeof voiceThemesSchema>;

/** GET /api/voice/texts: a page of found texts; `total` stops counting at 10 000 (then totalCapped). */
export const voiceSearchPageSchema = z.object({ total: z.number().int(), totalCapped: z.boolean(), more: z.boolean(), texts: z.array(voiceTextViewSchema) });
export type VoiceSearchPage = z.infer<typeof voiceSearchPageSchema>;

/** One theme in the summary; shares are 0..1, `change` in fraction points (null without texts in the previous period). */
export const themeSummaryRowSchema = z.object({
  code: z.string(),
  title: z.string(),
  indicators: z.array(z.string()).readonly(),
  count: z.number().int(),
  share: z.number(),
  negative: z.number().int(),
  negativeShare: z.number(),
  trend: z.array(z.object({ period: z.string(), count: z.number().int(), share: z.number() })).describe("Сначала старые, последний — сам период"),
  change: z.number().nullable(),
  emerging: z.boolean(),
});
export type ThemeSummaryRow = z.infer<typeof themeSummaryRowSchema>;

export const themeSummarySchema = z.object({
  period: z.string(),
  periods: z.array(z.string()),
  total: z.number().int(),
  negative: z.number().int(),
  themes: z.array(themeSummaryRowSchema),
  emerging: z
    .array(
      z.object({
        code: z.string(),
        title: z.string(),
        current: z.number(),
        previous: z.number(),
        shareCurrent: z.number(),
        sharePrevious: z.number(),
        pValue: z.number(),
      }),
    )
    .describe("Новые темы периода: доля выросла значимо, сильнейшие первыми"),
});
export type ThemeSummary = z.infer<typeof themeSummarySchema>;

/** GET /api/voice/summary. */
export const unitThemeSummarySchema = themeSummarySchema.extend({ unit: unitRefSchema });
export type UnitThemeSummary = z.infer<typeof unitThemeSummarySchema>;

/** PUT /api/voice/texts/:id/themes. */
export const themeCorrectionSchema = z.object({ id: z.string(), themes: z.array(z.string()), corrected: z.literal(true) });
export type ThemeCorrection = z.infer<typeof themeCorrectionSchema>;

/** GET /api/voice/texts/:id/corrections. */
export const themeCorrectionHistorySchema = z.object({
  corrections: z.array(z.object({ at: isoDateTime, login: z.string().nullable(), before: z.array(z.string()), after: z.array(z.string()) })),
});
export type ThemeCorrectionHistory = z.infer<typeof themeCorrectionHistorySchema>;

/** GET /api/voice/responses/:id: the response a text belongs to, its answers with the questions' wording, all its texts. */
export const voiceResponseDetailSchema = z.object({
  id: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  respondent: surveyView,
  submittedAt: isoDateTime,
  excluded: z.boolean(),
  flag: z.enum(["pending", "confirmed", "cleared"]).nullable().describe("Отметка проверки качества данных"),
  answers: z.array(z.object({ key: z.string(), question: z.string(), value: z.unknown(), label: z.string() })),
  texts: z.array(voiceTextViewSchema),
});
export type VoiceResponseDetail = z.infer<typeof voiceResponseDetailSchema>;

/** POST /api/voice/feedback (201). */
export const feedbackCreatedSchema = z.object({ id: z.string() });
export type FeedbackCreated = z.infer<typeof feedbackCreatedSchema>;

/** POST /api/voice/feedback/import. */
export const feedbackImportedSchema = z.object({ created: z.number().int() });
export type FeedbackImported = z.infer<typeof feedbackImportedSchema>;
