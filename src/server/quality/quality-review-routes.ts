// GET /api/quality/queue, /responses/:id, /groups/:key, /units/:id, /trust: what a reviewer reads.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { labelledAnswers, reasonTitle, type Methodology } from "../../core/index.js";
import {
  ancestorIds,
  findFlaggedResponse,
  findUnit,
  flagFacets,
  pageFlaggedResponses,
  findUnitAncestry,
  listFlaggedResponses,
  listFlaggedUnits,
  listGroupFlags,
  readAuditHistory,
  readDatasetUnits,
  readResponseContents,
  readTrustCounts,
  readUnitStatistics,
  subtreeIds,
  type Db,
  type FlaggedResponse,
  type ResponseContent,
} from "../../db/index.js";
import { toIso } from "../../contract/common.js";
import {
  flagListSchema,
  flagSortSchema,
  flagStatusSchema,
  groupEvidenceSchema,
  qualityQueueSchema,
  responseEvidenceSchema,
  trustSummarySchema,
  unitEvidenceSchema,
} from "../../contract/quality.js";
import { periodParam, unitIdParam } from "../api-schemas.js";
import { authOf, requireAuth, requireRole, requireUnitAccess, unitNotFoundMessage } from "../auth/guards.js";
import { NotFoundError } from "../errors/app-errors.js";
import { activeMethodologySource } from "../methodology/active-methodology.js";
import { canReview, reviewerRoles } from "./quality-access.js";
import { distinctReasons, duplicatePairs, relatedIds, timeline } from "./quality-evidence.js";
import { assertReviewable, monthsOf, reviewUnitIds, unitNames, unitZones, userNames } from "./quality-scope.js";

const tags = ["Качество данных"];
const statusParam = flagStatusSchema;
const queueQuery = z.object({
  period: periodParam,
  unit: unitIdParam.optional().describe("Поддерево; по умолчанию — вся зона доступа"),
  status: statusParam.optional(),
});
const unitQuery = z.object({ period: periodParam });
const flagsQuery = queueQuery.extend({
  reason: z
    .string()
    .regex(/^[a-z_]{1,40}$/, "Код причины: латинские буквы и «_»")
    .optional()
    .describe("Только отметки с этой причиной (код, например near_duplicate)"),
  sort: flagSortSchema.default("score"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
const trustQuery = z.object({ period: periodParam, unit: unitIdParam.optional() });
const flagNotFound = "Отметка не найдена";
/** The most flags a queue lists at once; beyond it the ones awaiting a decision and the strongest are kept. */
const queueLimit = 5_000;

/** A flag as the API shows it. */
function flagView(f: FlaggedResponse, users: Record<string, string>) {
  return {
    id: f.id,
    unitId: f.unitId,
    respondent: f.respondent,
    submittedAt: f.submittedAt.toISOString(),
    durationSec: f.durationSec,
    device: f.device,
    channel: f.channel,
    score: f.score,
    reasons: f.reasons,
    group: f.group,
    status: f.status,
    decidedBy: f.decidedBy === null ? null : (users[f.decidedBy] ?? null),
    decidedAt: f.decidedAt?.toISOString() ?? null,
    note: f.note,
  };
}

/** The flags of one burst / series / cluster, summarised for the queue. */
function summariseGroup(key: string, flags: readonly FlaggedResponse[]) {
  const count = (status: string) => flags.filter((f) => f.status === status).length;
  return {
    key,
    unitIds: [...new Set(flags.map((f) => f.unitId))].sort(),
    size: flags.length,
    pending: count("pending"),
    confirmed: count("confirmed"),
    cleared: count("cleared"),
    maxScore: Math.max(...flags.map((f) => f.score)),
    first: flags[0]?.submittedAt.toISOString() ?? null,
    last: flags[flags.length - 1]?.submittedAt.toISOString() ?? null,
    devices: new Set(flags.map((f) => f.device).filter((d) => d !== null)).size,
    reasons: distinctReasons(flags),
  };
}

/** A response's content as the evidence shows it, its answers labelled for the reviewer. */
function contentView(m: Methodology, c: ResponseContent) {
  return { ...c, submittedAt: toIso(c.submittedAt), labelled: labelledAnswers(m, c.respondent, c.answers) };
}

async function auditHistory(db: Db, entity: string, ids: readonly string[]) {
  const rows = await readAuditHistory(db, entity, ids, "quality.");
  return rows.map((r) => ({ at: r.at.toISOString(), action: r.action, responseId: r.entityId, actor: r.actorName, before: r.before, after: r.after }));
}

/** Mounted inside the /api scope (prefix /quality). A unit manager gets 403 on every route: a unit never reviews its own data. */
export const qualityReviewRoutes: FastifyPluginAsync<{ db: Db }> = async (plain, { db }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const reviewers = [requireAuth, requireRole(...reviewerRoles)];
  const methodology = activeMethodologySource(db);
  /** The names and time zones of the units a response mentions. */
  const unitLabels = async (ids: readonly string[]) => ({
    unitNames: await unitNames(db, ids),
    unitZones: await unitZones(db, ids, (await methodology()).defaultTimezone),
  });

  app.get(
    "/queue",
    {
      schema: {
        tags,
        summary: "Очередь проверки: отмеченные анкеты по группам (всплески, серии, копии) и отмеченные подразделения",
        querystring: queueQuery,
        response: { 200: qualityQueueSchema },
      },
      preValidation: [...reviewers, requireUnitAccess(db, (request) => (request.query as { unit?: string }).unit)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const { period, unit, status } = request.query;
      const unitIds = await reviewUnitIds(db, principal, unit);
      const { flags, truncated } = await listFlaggedResponses(db, { months: monthsOf(period), unitIds }, status, queueLimit);
      const flaggedUnits = await listFlaggedUnits(db, period, unitIds, status);
      const grouped = new Map<string, FlaggedResponse[]>();
      for (const f of flags) if (f.group !== null) grouped.set(f.group, [...(grouped.get(f.group) ?? []), f]);
      const users = await userNames(db, [...flags.map((f) => f.decidedBy), ...flaggedUnits.map((u) => u.decidedBy)]);
      return {
        period,
        truncated,
        limit: queueLimit,
        groups: [...grouped]
          .map(([key, members]) => summariseGroup(key, members))
          .sort((a, b) => b.pending - a.pending || b.size - a.size || (a.key < b.key ? -1 : 1)),
        responses: flags.filter((f) => f.group === null).map((f) => flagView(f, users)),
        units: flaggedUnits.map((u) => ({
          ...u,
          decidedBy: u.decidedBy === null ? null : (users[u.decidedBy] ?? null),
          decidedAt: u.decidedAt?.toISOString() ?? null,
        })),
        ...(await unitLabels([...flags.map((f) => f.unitId), ...flaggedUnits.map((u) => u.unitId)])),
      };
    },
  );

  app.get(
    "/flags",
    {
      schema: {
        tags,
        summary:
          "Все отмеченные анкеты страницами: фильтры по поддереву, причине и состоянию, сортировка по оценке или времени, разбивка по причинам и подразделениям",
        querystring: flagsQuery,
        response: { 200: flagListSchema },
      },
      preValidation: [...reviewers, requireUnitAccess(db, (request) => (request.query as { unit?: string }).unit)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const { period, unit, status, reason, sort, page, pageSize } = request.query;
      const scope = { months: monthsOf(period), unitIds: await reviewUnitIds(db, principal, unit) };
      const { flags, total } = await pageFlaggedResponses(db, scope, { status, reason }, sort, { offset: (page - 1) * pageSize, limit: pageSize });
      const facets = await flagFacets(db, scope, status);
      const users = await userNames(
        db,
        flags.map((f) => f.decidedBy),
      );
      const labels = await unitLabels([...flags.map((f) => f.unitId), ...facets.units.map((u) => u.unitId)]);
      return {
        period,
        total,
        page,
        pageSize,
        flags: flags.map((f) => flagView(f, users)),
        reasons: facets.reasons.map((r) => ({ ...r, title: reasonTitle(r.code) })),
        units: facets.units.map((u) => ({ ...u, name: labels.unitNames[u.unitId] ?? u.unitId })),
        ...labels,
      };
    },
  );

  app.get(
    "/responses/:id",
    {
      schema: {
        tags,
        summary: "Доказательства по анкете: причины, связанные анкеты, пары почти одинаковых ответов, история решений",
        params: z.object({ id: z.string().min(1).max(200) }),
        response: { 200: responseEvidenceSchema },
      },
      preValidation: reviewers,
    },
    async (request) => {
      const { principal } = authOf(request);
      const flag = await findFlaggedResponse(db, request.params.id);
      if (!flag) throw new NotFoundError(flagNotFound);
      await assertReviewable(db, principal, flag.unitId);
      const related = relatedIds([flag]);
      const contents = await readResponseContents(db, [flag.id, ...related]);
      const visible = [];
      for (const c of contents) if (c.unitId === flag.unitId || canReview(principal, await findUnitAncestry(db, c.unitId))) visible.push(c);
      const byId = new Map(visible.map((c) => [c.id, c]));
      const users = await userNames(db, [flag.decidedBy]);
      const m = await methodology();
      const relatedFlags = new Map<string, FlaggedResponse>([[flag.id, flag]]);
      for (const id of related) {
        const f = byId.has(id) ? await findFlaggedResponse(db, id) : undefined;
        if (f) relatedFlags.set(id, f);
      }
      return {
        flag: flagView(flag, users),
        response: byId.has(flag.id) ? contentView(m, byId.get(flag.id) as ResponseContent) : null,
        related: visible.filter((c) => c.id !== flag.id).map((c) => contentView(m, c)),
        timeline: timeline(visible, relatedFlags),
        duplicates: duplicatePairs(m, flag, byId),
        history: await auditHistory(db, "response", [flag.id]),
        ...(await unitLabels(visible.map((c) => c.unitId))),
      };
    },
  );

  app.get(
    "/groups/:key",
    {
      schema: {
        tags,
        summary: "Группа отметок (всплеск, серия, копии): анкеты на шкале времени, устройства, ответы",
        params: z.object({ key: z.string().min(1).max(300) }),
        response: { 200: groupEvidenceSchema },
      },
      preValidation: reviewers,
    },
    async (request) => {
      const { principal } = authOf(request);
      const flags = await listGroupFlags(db, request.params.key);
      if (flags.length === 0) throw new NotFoundError(flagNotFound);
      for (const unitId of new Set(flags.map((f) => f.unitId))) await assertReviewable(db, principal, unitId);
      const contents = await readResponseContents(
        db,
        flags.map((f) => f.id),
      );
      const byId = new Map(contents.map((c) => [c.id, c]));
      const flagsById = new Map(flags.map((f) => [f.id, f]));
      const devices = new Map<string, number>();
      for (const f of flags) if (f.device !== null) devices.set(f.device, (devices.get(f.device) ?? 0) + 1);
      const users = await userNames(
        db,
        flags.map((f) => f.decidedBy),
      );
      const m = await methodology();
      return {
        group: summariseGroup(request.params.key, flags),
        flags: flags.map((f) => flagView(f, users)),
        timeline: timeline(contents, flagsById),
        devices: [...devices].map(([device, count]) => ({ device, count })).sort((a, b) => b.count - a.count),
        duplicates: flags.flatMap((f) => duplicatePairs(m, f, byId)).filter((p) => p.id < p.otherId),
        answers: contents.map((c) => ({
          id: c.id,
          respondent: c.respondent,
          answers: c.answers,
          labelled: labelledAnswers(m, c.respondent, c.answers),
          commentCount: c.commentCount,
        })),
        history: await auditHistory(
          db,
          "response",
          flags.map((f) => f.id),
        ),
        ...(await unitLabels(flags.map((f) => f.unitId))),
      };
    },
  );

  app.get(
    "/units/:id",
    {
      schema: {
        tags,
        summary: "Подразделение против соседей: его показатели рядом с регионом и страной, отметка и доверие к данным",
        params: z.object({ id: unitIdParam }),
        querystring: unitQuery,
        response: { 200: unitEvidenceSchema },
      },
      preValidation: [
        ...reviewers,
        requireUnitAccess(
          db,
          (request) => (request.params as { id: string }).id,
          (principal, path) => canReview(principal, path),
        ),
      ],
    },
    async (request) => {
      const { id } = request.params;
      const { period } = request.query;
      const unit = await findUnit(db, id);
      if (!unit) throw new NotFoundError(unitNotFoundMessage);
      const months = monthsOf(period);
      const units = await readDatasetUnits(db);
      const region = [id, ...ancestorIds(units, id)].at(-1) as string;
      const top = (await methodology()).scale.max;
      const [flag] = await listFlaggedUnits(db, period, [id]);
      const subtree = subtreeIds(units, id);
      return {
        unit: { id: unit.id, kind: unit.kind, name: unit.name },
        period,
        flag: flag ? { ...flag, decidedAt: flag.decidedAt === null ? null : toIso(flag.decidedAt) } : null,
        stats: {
          unit: await readUnitStatistics(db, months, subtree, top),
          region: region === id ? null : { id: region, ...(await readUnitStatistics(db, months, subtreeIds(units, region), top)) },
          country: await readUnitStatistics(db, months, null, top),
        },
        trust: await readTrustCounts(db, months, subtree),
      };
    },
  );

  app.get(
    "/trust",
    {
      schema: {
        tags,
        summary: "Доверие к данным поддерева: доля отмеченных, подтверждённых, снятых и ожидающих анкет; n опубликованное и полное",
        querystring: trustQuery,
        response: { 200: trustSummarySchema },
      },
      preValidation: [...reviewers, requireUnitAccess(db, (request) => (request.query as { unit?: string }).unit)],
    },
    async (request) => {
      const { principal } = authOf(request);
      const unit = request.query.unit ?? principal.scopeUnitId ?? undefined;
      const units = await readDatasetUnits(db);
      const ids = unit === undefined ? units.map((u) => u.id) : subtreeIds(units, unit);
      const counts = await readTrustCounts(db, monthsOf(request.query.period), ids);
      const share = (n: number) => (counts.raw === 0 ? null : n / counts.raw);
      return {
        unit: unit ?? "country",
        period: request.query.period,
        ...counts,
        excluded: counts.raw - counts.published,
        shares: { flagged: share(counts.flagged), pending: share(counts.pending), confirmed: share(counts.confirmed), cleared: share(counts.cleared) },
      };
    },
  );
};
