// Request schemas of /api/voice (zod: they validate and document).
import { z } from "zod";
import { FEEDBACK_CHANNELS, VOICE_CHANNELS } from "../../db/index.js";
import { periodParam } from "../api-schemas.js";
import { dashboardUnitParam } from "../dashboard/dashboard-schemas.js";

/** Longest search input and longest text accepted. */
export const maxQueryLength = 200;
export const maxFeedbackText = 4000;

/** The filters every voice read shares. */
export const voiceFilterQuery = z.object({
  unit: dashboardUnitParam.optional().describe("Подразделение (вместе с подчинёнными) или country; по умолчанию — домашнее подразделение пользователя"),
  period: periodParam,
  view: z.enum(["seeker", "employer"]).optional().describe("Только соискатели или только работодатели (внешние отзывы тогда не входят)"),
  q: z.string().trim().max(maxQueryLength).optional().describe("Поиск с учётом словоформ: слова, \"точная фраза\", -исключить, or"),
  indicator: z.string().min(1).max(8).optional().describe("Показатель методики (Д1…К4): примечания к его вопросу и тексты тем, которые его касаются"),
  question: z.string().min(1).max(40).optional().describe("Ключ вопроса, к которому оставлено примечание (q9, suggestions, q14other)"),
  band: z.enum(["low", "mid", "high"]).optional().describe("Оценка, к которой относится примечание: low 1–4, mid 5–7, high 8–10"),
  channel: z.enum(VOICE_CHANNELS as [string, ...string[]]).optional().describe("Источник: survey — анкеты; book, social, appeal, media, other — внешние отзывы"),
  theme: z.string().min(1).max(40).optional().describe("Код темы"),
  negative: z.enum(["true", "false"]).optional().describe("true — только негативные тексты"),
});

export const voiceSearchQuery = voiceFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(50).describe("Сколько текстов на странице (1–100)"),
  offset: z.coerce.number().int().min(0).max(10_000).default(0).describe("Сколько пропустить"),
});

export const voiceSummaryQuery = voiceFilterQuery.extend({
  trend: z.coerce.number().int().min(2).max(8).default(4).describe("Сколько периодов в динамике (2–8)"),
});

export const textIdParams = z.object({ id: z.string().regex(/^[0-9]{1,18}$/, "Идентификатор текста — число") });
export const responseIdParams = z.object({ id: z.string().min(1).max(64) });

export const themeCorrectionBody = z.object({
  themes: z.array(z.string().min(1).max(40)).max(20).describe("Коды тем после исправления (пустой список — без темы)"),
});

export const feedbackChannelParam = z.enum(FEEDBACK_CHANNELS as [string, ...string[]]).describe("Канал: book — книга отзывов, social — соцсети, appeal — обращения, media — СМИ/открытые источники, other — другое");

export const feedbackBody = z.object({
  unit: z.string().min(1).max(64).describe("Код ЦЗН или подразделения"),
  channel: feedbackChannelParam,
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Дата в виде ГГГГ-ММ-ДД").describe("Дата отзыва"),
  text: z.string().trim().min(1, "Текст отзыва пуст").max(maxFeedbackText, `Текст длиннее ${maxFeedbackText} символов`),
  rating: z.number().int().min(1).max(5).nullable().optional().describe("Оценка 1–5, если источник её даёт"),
  link: z.string().trim().max(2000).regex(/^https?:\/\//, "Ссылка начинается с http:// или https://").nullable().optional(),
});

export const feedbackImportQuery = z.object({ unit: z.string().min(1).max(64).optional().describe("Подразделение, для которого скачивается шаблон") });
