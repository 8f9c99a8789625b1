// Request schemas of the measures register (zod: they validate and document). Dates and indicators are checked
// after, against the calendar and the methodology, with messages that name the field (validateMeasureFields).
import { z } from "zod";
import { measureKinds, measureStatuses, type MeasureKind, type MeasureStatus } from "../../core/index.js";
import { unitIdParam } from "../api-schemas.js";

const date = z.string().max(10).describe("Дата ГГГГ-ММ-ДД");
const kind = z.enum(measureKinds as [MeasureKind, ...MeasureKind[]]).describe("Вид меры: process, client_experience, premises, staff_training, channels, other");
const status = z.enum(measureStatuses as [MeasureStatus, ...MeasureStatus[]]);

/** The editable fields of a measure. */
export const measureFieldsSchema = z.object({
  title: z.string().trim().min(1, "Укажите название меры").max(300),
  description: z.string().max(5000).default(""),
  kind,
  clientParticipation: z.string().max(2000).default("").describe("Как участвовали клиенты (сессии, опросы, рабочая группа)"),
  owner: z.string().max(300).default("").describe("Ответственный"),
  view: z.enum(["seeker", "employer"]).describe("Чей опыт мера меняет: соискателей или работодателей"),
  plannedStart: date,
  plannedEnd: date,
  actualStart: date.nullish(),
  actualEnd: date.nullish(),
  indicators: z.array(z.string().min(1).max(16)).max(20).describe("Коды показателей методики, на которые направлена мера"),
});
export type MeasureFieldsBody = z.infer<typeof measureFieldsSchema>;

export const createMeasureBody = measureFieldsSchema.extend({ unit: unitIdParam });
export const measureParams = z.object({ id: z.string().min(1).max(64).describe("Идентификатор меры") });
export const fileParams = z.object({ id: z.string().min(1).max(64).describe("Идентификатор файла") });

export const listQuery = z.object({
  unit: unitIdParam.optional().describe("Подразделение: его меры и меры всех подразделений ниже (по умолчанию — ваша зона)"),
  status: z.union([status, z.array(status)]).optional(),
  overdue: z.enum(["true", "false"]).optional().describe("Только просроченные (плановый срок прошёл, мера не выполнена и не отменена)"),
  indicator: z.string().max(16).optional(),
});

export const statusBody = z.object({
  to: status.describe("Новый статус"),
  reason: z.string().trim().max(2000).optional().describe("Причина отмены (обязательна для отмены)"),
  actualStart: date.optional().describe("Фактическое начало (по умолчанию — сегодня)"),
  actualEnd: date.optional().describe("Фактическое окончание (по умолчанию — сегодня)"),
});

export const commentBody = z.object({ body: z.string().trim().min(1, "Напишите текст комментария").max(4000) });

export const planQuery = z.object({ unit: unitIdParam.describe("Субъект РФ (или подразделение), чей план выгрузить") });

export const practicesQuery = z.object({
  indicator: z.string().max(16).optional(),
  kind: kind.optional(),
  region: unitIdParam.optional().describe("Только меры этого субъекта РФ"),
});
export const summaryQuery = z.object({ indicator: z.string().min(1).max(16), view: z.enum(["seeker", "employer", "combined"]).optional() });
