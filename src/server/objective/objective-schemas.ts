// Request schemas of the objective-data API (zod: they validate and document). Ranges and vocabularies are
// checked after, against the methodology, with messages that name the field (objective-input.ts).
import { z } from "zod";
import { periodParam, unitIdParam } from "../api-schemas.js";

const answer = z.object({
  item: z.string().min(1).max(64).describe("Код пункта чек-листа"),
  answer: z.enum(["yes", "no", "na"]).describe("да / нет / не применимо"),
  comment: z.string().max(2000).nullish(),
});
const event = z.object({
  date: z.string().max(10).describe("Дата ГГГГ-ММ-ДД внутри периода"),
  title: z.string().max(300),
  kind: z.string().max(40).describe("Вид мероприятия"),
});
const target = { unit: unitIdParam, period: periodParam, submit: z.boolean().optional().describe("Сразу отправить на утверждение") };

/** PUT /api/objective/entries: one entry's content. */
export const saveBody = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("checklist"), ...target, checklist: z.string().min(1).max(64), answers: z.array(answer).max(500) }),
  z.object({ kind: z.literal("vacancies"), ...target, vacanciesNow: z.number(), vacanciesYearAgo: z.number() }),
  z.object({ kind: z.literal("events"), ...target, events: z.array(event).max(1000) }),
  z.object({ kind: z.literal("channels"), ...target, channels: z.array(z.string().max(40)).max(50) }),
]);
export type SaveBody = z.infer<typeof saveBody>;

export const pageQuery = z.object({ unit: unitIdParam, period: periodParam });
export const periodQuery = z.object({ period: periodParam });
export const entryParams = z.object({ id: z.string().min(1).max(64).describe("Идентификатор записи") });
export const reasonBody = z.object({ reason: z.string().trim().min(1, "Укажите причину").max(2000) });
