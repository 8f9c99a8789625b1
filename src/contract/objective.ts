// /api/objective: a unit's objective data for a period, saving, the approval workflow, history, photos and the XLSX import.
import { z } from "zod";
import { isoDateTime, unitKindSchema } from "./common.js";

export const objectiveStatusSchema = z.enum(["draft", "submitted", "approved", "returned"]);
export type ObjectiveStatus = z.infer<typeof objectiveStatusSchema>;
export const checklistAnswerSchema = z.enum(["yes", "no", "na"]).describe("да / нет / не применимо");
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>;

/** A person as the workflow names them. */
export const personRefSchema = z.object({ id: z.string(), login: z.string(), displayName: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

/** The workflow's steps as the routes name them: POST /api/objective/entries/:id/{submit|approve|return|reopen}. */
export const reviewActionSchema = z.enum(["submit", "approve", "return", "reopen"]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

/** An event of the events entry. */
export const objectiveEventSchema = z.object({ date: z.string(), title: z.string(), kind: z.string() });
export type ObjectiveEvent = z.infer<typeof objectiveEventSchema>;

const allowedActions = z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), return: z.boolean(), reopen: z.boolean() });

/** One stored entry with its details, its history marks and what the caller may do with it. */
export const objectiveEntryViewSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  indicator: z.string().nullable(),
  period: z.string(),
  status: objectiveStatusSchema,
  payload: z.record(z.string(), z.unknown()).describe("Что читает индекс: {met, applicable} | {vacanciesNow, vacanciesYearAgo} | {events} | {channels}"),
  answers: z.array(z.object({ item: z.string(), answer: checklistAnswerSchema, comment: z.string().nullable() })),
  events: z.array(objectiveEventSchema),
  photos: z.array(
    z.object({
      id: z.string(),
      item: z.string().nullable(),
      fileName: z.string().nullable(),
      contentType: z.string(),
      size: z.number().int(),
      url: z.string(),
    }),
  ),
  returnReason: z.string().nullable(),
  updatedAt: isoDateTime,
  submittedBy: personRefSchema.optional(),
  submittedAt: isoDateTime.optional(),
  approvedBy: personRefSchema.optional(),
  approvedAt: isoDateTime.optional(),
  reopenings: z.array(z.object({ at: isoDateTime, by: personRefSchema.optional(), reason: z.string() })),
  counted: z.boolean().describe("Учитывает ли индекс эту запись сейчас"),
  actions: allowedActions,
});
export type ObjectiveEntryView = z.infer<typeof objectiveEntryViewSchema>;

/** An ancestor's entry serving a unit that has none of its own (inheriting indicators, methodology §4). */
export const inheritedEntrySchema = z.object({ unitId: z.string(), unitName: z.string(), entry: objectiveEntryViewSchema });
export type InheritedEntry = z.infer<typeof inheritedEntrySchema>;

/** One block of the page: a checklist, the vacancy base, the events or the channels. */
export const objectiveBlockSchema = z.object({
  indicator: z.string().nullable().describe("Показатель, который питает блок (null для каналов)"),
  applies: z.boolean(),
  inherits: z.boolean(),
  entry: objectiveEntryViewSchema.optional(),
  inherited: inheritedEntrySchema.optional(),
  canCreate: z.boolean(),
});
export type ObjectiveBlock = z.infer<typeof objectiveBlockSchema>;

const codeName = z.object({ code: z.string(), name: z.string() });

/** GET /api/objective?unit=ID&period=P: a unit's objective data for a period, with the active methodology's definitions. */
export const objectivePageSchema = z.object({
  unit: z.object({ id: z.string(), kind: unitKindSchema, name: z.string() }),
  period: z.string(),
  methodology: z.object({ id: z.string(), title: z.string() }),
  countStatuses: z.array(objectiveStatusSchema),
  checklists: z.array(
    objectiveBlockSchema.extend({
      code: z.string(),
      name: z.string(),
      scope: z.enum(["office", "region"]),
      items: z.array(z.object({ code: z.string(), text: z.string() })),
    }),
  ),
  vacancies: objectiveBlockSchema,
  events: objectiveBlockSchema.extend({ kinds: z.array(codeName) }),
  channels: objectiveBlockSchema.extend({ vocabulary: z.array(codeName) }),
});
export type ObjectivePage = z.infer<typeof objectivePageSchema>;

/** One audit record of an entry. */
export const objectiveHistoryRecordSchema = z.object({
  at: isoDateTime,
  action: z.string(),
  actor: personRefSchema.optional(),
  before: z.unknown(),
  after: z.unknown(),
});
export type ObjectiveHistoryRecord = z.infer<typeof objectiveHistoryRecordSchema>;
export const objectiveHistorySchema = z.object({ history: z.array(objectiveHistoryRecordSchema) });
export type ObjectiveHistory = z.infer<typeof objectiveHistorySchema>;

/** POST /api/objective/import: what was stored. */
export const objectiveImportReportSchema = z.object({ created: z.number().int(), updated: z.number().int(), status: z.literal("submitted") });
export type ObjectiveImportReport = z.infer<typeof objectiveImportReportSchema>;

/** POST /api/objective/entries/:id/photos: the stored photo. */
export const storedPhotoSchema = z.object({ id: z.string(), item: z.string().nullable(), contentType: z.string(), size: z.number().int(), url: z.string() });
export type StoredPhoto = z.infer<typeof storedPhotoSchema>;

/** One refused row of an import (the refusal's problems carry sheet and row). */
export interface ImportRowError {
  sheet: string;
  row: number;
  message: string;
}
