// /api/quality: what reviewers read (the queue, every flag in pages, the evidence, a unit against its
// peers, data trust) and what their decisions answer. Request schemas stay with the routes.
import { z } from "zod";
import { isoDateTime, unitKindSchema } from "./common.js";

export const flagStatusSchema = z.enum(["pending", "confirmed", "cleared"]).describe("Состояние отметки: ожидает решения, подтверждена, снята");
export type FlagStatus = z.infer<typeof flagStatusSchema>;

/** A reviewer's decision: confirm (the responses leave the figures), clear the flag, or reopen it. */
export const decisionSchema = z
  .enum(["confirm", "clear", "reopen"])
  .describe("confirm — исключить анкеты, clear — снять отметку, reopen — вернуть к рассмотрению");
export type Decision = z.infer<typeof decisionSchema>;

/** How the flag list is ordered. */
export const flagSortSchema = z.enum(["score", "time"]).describe("score — сначала самые подозрительные, time — сначала новые");
export type FlagSort = z.infer<typeof flagSortSchema>;

const respondentSchema = z.enum(["seeker", "employer"]);
const unitLabels = {
  unitNames: z.record(z.string(), z.string()).describe("Названия упомянутых подразделений"),
  unitZones: z.record(z.string(), z.string()).describe("Часовой пояс каждого упомянутого подразделения: в нём причины называют местное время"),
};

/** One reason of a flag: a stable code, the Russian text the reviewer reads, its weight in the score. */
export const flagReasonSchema = z.object({
  code: z.string(),
  text: z.string(),
  weight: z.number(),
  related: z.array(z.string()).readonly().optional().describe("Анкеты, составляющие доказательство вместе с этой"),
  group: z.string().optional(),
});

/** A flagged response as the queue and the table list it. */
export const queueFlagSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  respondent: respondentSchema,
  submittedAt: isoDateTime,
  durationSec: z.number().nullable(),
  device: z.string().nullable().describe("Солёный отпечаток устройства"),
  channel: z.string(),
  score: z.number(),
  reasons: z.array(flagReasonSchema),
  group: z.string().nullable(),
  status: flagStatusSchema,
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  note: z.string().nullable(),
});
export type QueueFlag = z.infer<typeof queueFlagSchema>;

const reasonCountSchema = z.object({ code: z.string(), text: z.string(), weight: z.number(), count: z.number().int() });
export type QueueReason = z.infer<typeof reasonCountSchema>;

/** A burst, series or cluster of near-copies, summarised. */
export const queueGroupSchema = z.object({
  key: z.string(),
  unitIds: z.array(z.string()),
  size: z.number().int(),
  pending: z.number().int(),
  confirmed: z.number().int(),
  cleared: z.number().int(),
  maxScore: z.number(),
  first: isoDateTime.nullable(),
  last: isoDateTime.nullable(),
  devices: z.number().int(),
  reasons: z.array(reasonCountSchema),
});
export type QueueGroup = z.infer<typeof queueGroupSchema>;

/** A unit whose figures diverge from its peers' in the period. */
export const queueUnitFlagSchema = z.object({
  unitId: z.string(),
  period: z.string(),
  score: z.number(),
  reasons: z.array(flagReasonSchema),
  stats: z.record(z.string(), z.number()).nullable(),
  status: flagStatusSchema,
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  note: z.string().nullable(),
});
export type QueueUnitFlag = z.infer<typeof queueUnitFlagSchema>;

export const qualityQueueSchema = z.object({
  period: z.string(),
  truncated: z.boolean().describe("Отметок больше limit: оставлены ожидающие решения, самые сильные"),
  limit: z.number().int(),
  groups: z.array(queueGroupSchema),
  responses: z.array(queueFlagSchema),
  units: z.array(queueUnitFlagSchema),
  ...unitLabels,
});
export type QualityQueue = z.infer<typeof qualityQueueSchema>;

export const flagListSchema = z.object({
  period: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  flags: z.array(queueFlagSchema),
  reasons: z.array(z.object({ code: z.string(), title: z.string(), count: z.number().int() })).describe("Отметки по причинам (без фильтра по причине)"),
  units: z.array(z.object({ unitId: z.string(), name: z.string(), count: z.number().int() })).describe("Отметки по подразделениям"),
  ...unitLabels,
});
export type FlagList = z.infer<typeof flagListSchema>;

/** An answer with its question's wording and its label. */
export const labelledAnswerSchema = z.object({
  key: z.string(),
  number: z.number().int().nullable(),
  question: z.string(),
  value: z.unknown(),
  answer: z.string(),
});
export type LabelledAnswer = z.infer<typeof labelledAnswerSchema>;

const answersSchema = z.record(z.string(), z.unknown());

export const responseContentSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  respondent: respondentSchema,
  submittedAt: isoDateTime,
  durationSec: z.number().nullable(),
  device: z.string().nullable(),
  channel: z.string(),
  answers: answersSchema,
  labelled: z.array(labelledAnswerSchema),
  commentCount: z.number().int(),
  excluded: z.boolean(),
});

export const timelinePointSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  submittedAt: isoDateTime,
  startedAt: isoDateTime.nullable(),
  durationSec: z.number().nullable(),
  device: z.string().nullable(),
  channel: z.string(),
  score: z.number().nullable(),
  status: flagStatusSchema.nullable(),
});
export type TimelinePoint = z.infer<typeof timelinePointSchema>;

export const duplicatePairSchema = z.object({
  id: z.string(),
  otherId: z.string(),
  same: z.number().int(),
  differences: z.array(
    z.object({ key: z.string(), value: z.unknown(), other: z.unknown(), question: z.string(), answer: z.string(), otherAnswer: z.string() }),
  ),
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;

export const decisionRecordSchema = z.object({
  at: isoDateTime,
  action: z.string(),
  responseId: z.string().nullable(),
  actor: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

export const responseEvidenceSchema = z.object({
  flag: queueFlagSchema,
  response: responseContentSchema.nullable(),
  related: z.array(responseContentSchema),
  timeline: z.array(timelinePointSchema),
  duplicates: z.array(duplicatePairSchema),
  history: z.array(decisionRecordSchema),
  ...unitLabels,
});
export type ResponseEvidence = z.infer<typeof responseEvidenceSchema>;

export const groupEvidenceSchema = z.object({
  group: queueGroupSchema,
  flags: z.array(queueFlagSchema),
  timeline: z.array(timelinePointSchema),
  devices: z.array(z.object({ device: z.string(), count: z.number().int() })),
  duplicates: z.array(duplicatePairSchema),
  answers: z.array(
    z.object({ id: z.string(), respondent: respondentSchema, answers: answersSchema, labelled: z.array(labelledAnswerSchema), commentCount: z.number().int() }),
  ),
  history: z.array(decisionRecordSchema),
  ...unitLabels,
});
export type GroupEvidence = z.infer<typeof groupEvidenceSchema>;

/** Survey statistics of a set of units in a period, the figures a unit is compared on. */
export const unitStatisticsSchema = z.object({
  responses: z.number().int(),
  medianDurationSec: z.number().nullable(),
  kioskShare: z.number().nullable(),
  topAnswerShare: z.number().nullable().describe("Доля ответов с высшим баллом шкалы"),
  noCommentShare: z.number().nullable(),
});
export type UnitStatistics = z.infer<typeof unitStatisticsSchema>;

const trustCountsSchema = z.object({
  published: z.number().int().describe("Ответы, учтённые в опубликованных показателях"),
  raw: z.number().int().describe("Все ответы, исключённые тоже"),
  flagged: z.number().int(),
  pending: z.number().int(),
  confirmed: z.number().int(),
  cleared: z.number().int(),
});

export const unitEvidenceSchema = z.object({
  unit: z.object({ id: z.string(), kind: unitKindSchema, name: z.string() }),
  period: z.string(),
  flag: queueUnitFlagSchema.nullable(),
  stats: z.object({ unit: unitStatisticsSchema, region: unitStatisticsSchema.extend({ id: z.string() }).nullable(), country: unitStatisticsSchema }),
  trust: trustCountsSchema,
});
export type UnitEvidence = z.infer<typeof unitEvidenceSchema>;

export const trustSummarySchema = trustCountsSchema.extend({
  unit: z.string(),
  period: z.string(),
  excluded: z.number().int(),
  shares: z
    .object({ flagged: z.number().nullable(), pending: z.number().nullable(), confirmed: z.number().nullable(), cleared: z.number().nullable() })
    .describe("Доли от всех ответов (null — ответов нет)"),
});
export type TrustSummary = z.infer<typeof trustSummarySchema>;

export const qualityRunSummarySchema = z.object({
  runId: z.number().int(),
  period: z.string(),
  scopeUnitId: z.string().nullable(),
  settingsVersion: z.string(),
  responsesChecked: z.number().int(),
  responsesFlagged: z.number().int(),
  flagsAdded: z.number().int(),
  flagsWithdrawn: z.number().int(),
  unitsFlagged: z.number().int(),
});

export const decisionOutcomeSchema = z.union([
  z.object({ changed: z.array(z.object({ responseId: z.string(), from: flagStatusSchema, to: flagStatusSchema })), unchanged: z.array(z.string()) }),
  z.object({ unitFlag: z.object({ unit: z.string(), period: z.string(), from: flagStatusSchema, to: flagStatusSchema }) }),
]);
export type DecisionOutcome = z.infer<typeof decisionOutcomeSchema>;
