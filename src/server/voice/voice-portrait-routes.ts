// /api/voice/portraits: a region's client portraits (CRUD by the region's regional admin, audited; read by federal
// roles and anyone working in the region) and each portrait with the live facts of its segment at a unit.
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { describeSegment, formatProblems, portraitFacts, validateSegmentDefinition, type Methodology, type SegmentDefinition } from "../../core/index.js";
import {
  portraitBodySchema,
  portraitDeletedSchema,
  portraitFactsQuerySchema,
  portraitIdParamsSchema,
  portraitListQuerySchema,
  portraitListResponseSchema,
  portraitSchema,
  portraitWithFactsSchema,
  type Portrait,
  type PortraitBody,
  type PortraitWithFacts,
} from "../../contract/voice-portraits.js";
import { deletePortrait, findPortrait, insertPortrait, listPortraits, updatePortrait, writeAudit, type Json, type PortraitRow } from "../../db/index.js";
import { periodParam } from "../api-schemas.js";
import { isFederal, type Principal } from "../auth/access.js";
import { authOf, requireAuth, requireRole } from "../auth/guards.js";
import { resolveTarget } from "../dashboard/dashboard-scope.js";
import { unitRef } from "../dashboard/figures.js";
import type { UnitDirectory } from "../dashboard/unit-directory.js";
import { BadRequestError, NotFoundError, ValidationError } from "../errors/app-errors.js";
import type { ServerContext } from "../server-context.js";
import { homeRegionOf, keepsRegion, keptRegion, readableRegion, readsRegion } from "./cx-access.js";
import { segmentSource, withTextThemes } from "./segment-source.js";
import { plainFigures } from "./voice-segment-routes.js";
import { voiceTaxonomyFor } from "./theme-taxonomy-file.js";
import { coreProblemEntries } from "../errors/core-problems.js";

const tags = ["Голос клиента"];
const notFound = "Портрет не найден";

/** The segment of a request body, validated against the methodology (400 with the path otherwise). */
export function checkedSegment(value: unknown, m: Methodology): SegmentDefinition {
  const read = validateSegmentDefinition(value, m);
  if (!read.ok) throw new ValidationError(`Сегмент портрета: ${formatProblems(read.problems)}`, coreProblemEntries(read.problems));
  return read.value;
}

/** A stored portrait as the API shows it (its stored segment re-read; a definition the methodology no longer knows shows as stored). */
export function portraitView(row: PortraitRow, directory: UnitDirectory, m: Methodology, principal: Principal): Portrait {
  const segment = row.segment as SegmentDefinition;
  return {
    id: row.id,
    region: unitRef(directory.byId.get(row.regionId)!),
    name: row.name,
    segment: { view: segment.view, criteria: Object.fromEntries(Object.entries(segment.criteria).map(([k, v]) => [k, [...v]])) },
    segmentText: describeSegment(segment, m),
    demographic: row.demographic,
    psychographic: row.psychographic,
    behavioural: row.behavioural,
    updatedAt: row.updatedAt.toISOString(),
    canEdit: keepsRegion(principal, directory, row.regionId),
  };
}

/** The portrait `id` if the principal reads its region; 404 otherwise. */
export async function readablePortrait(db: ServerContext["database"]["db"], principal: Principal, directory: UnitDirectory, id: string): Promise<PortraitRow> {
  const row = await findPortrait(db, id);
  if (!row || !readsRegion(principal, directory, row.regionId)) throw new NotFoundError(notFound);
  return row;
}

const fieldsOf = (body: PortraitBody, segment: SegmentDefinition) => ({
  name: body.name,
  segment: segment as unknown as Json,
  demographic: body.demographic.trim(),
  psychographic: body.psychographic.trim(),
  behavioural: body.behavioural.trim(),
});

export const voicePortraitRoutes: FastifyPluginAsync<{ context: ServerContext }> = async (plain, { context }) => {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  const { results, database } = context;
  const db = database.db;

  app.get(
    "/portraits",
    {
      schema: {
        tags,
        summary: "Портреты клиента: все для федеральных ролей, портреты своего региона для остальных",
        querystring: portraitListQuerySchema,
        response: { 200: portraitListResponseSchema },
      },
      preValidation: [requireAuth],
    },
    async (request) => {
      const { principal } = authOf(request);
      const [directory, m] = await Promise.all([results.units(), results.methodology()]);
      const { region, unit } = request.query;
      const regionOfUnit = unit === undefined ? undefined : resolveTarget(principal, directory, unit).unit?.id;
      const asked = region ?? (regionOfUnit === undefined ? undefined : directory.regionOf(regionOfUnit)?.id);
      const regions =
        asked !== undefined
          ? [readableRegion(principal, directory, asked)]
          : isFederal(principal.role)
            ? undefined
            : [homeRegionOf(principal, directory) ?? ""];
      const rows = await listPortraits(db, regions);
      return { portraits: rows.map((r) => portraitView(r, directory, m, principal)) };
    },
  );

  app.get(
    "/portraits/:id",
    {
      schema: {
        tags,
        summary: "Портрет с живыми фактами: сколько респондентов подходит, индекс и звёзды сегмента, слабейшие показатели, каналы, темы",
        params: portraitIdParamsSchema,
        querystring: portraitFactsQuerySchema.extend({ period: periodParam }),
        response: { 200: portraitWithFactsSchema },
      },
      preValidation: [requireAuth],
    },
    async (request): Promise<PortraitWithFacts> => {
      const { principal } = authOf(request);
      const [directory, m] = await Promise.all([results.units(), results.methodology()]);
      const row = await readablePortrait(db, principal, directory, request.params.id);
      const home = principal.scopeUnitId !== null && directory.regionOf(principal.scopeUnitId)?.id === row.regionId ? principal.scopeUnitId : row.regionId;
      const unit = request.query.unit ?? home;
      if (directory.regionOf(unit)?.id !== row.regionId && directory.byId.has(unit))
        throw new BadRequestError(`Параметр unit: подразделение ${unit} не входит в регион портрета`);
      const segment = checkedSegment(row.segment, m);
      const source = await segmentSource(db, results, principal, unit, request.query.period, segment.view);
      const facts = portraitFacts(source.basis, source.unit.id, await withTextThemes(db, source), segment, m);
      const titles = new Map(voiceTaxonomyFor(m).themes.map((t) => [t.code, t.title]));
      return {
        portrait: portraitView(row, directory, m, principal),
        facts: {
          unit: source.ref,
          period: request.query.period,
          respondents: facts.respondents,
          matching: facts.matching,
          figures: plainFigures(facts.figures),
          weakest: plainFigures({ suppressed: false, indicators: facts.weakest }).indicators ?? [],
          channels: facts.channels.map((c) => ({ ...c })),
          themes: facts.themes.map((t) => ({ ...t, title: titles.get(t.code) ?? t.code })),
          truncated: source.truncated,
        },
      };
    },
  );

  app.post(
    "/portraits",
    {
      schema: {
        tags,
        summary: "Создать портрет клиента (региональный администратор своего региона); записывается в журнал",
        body: portraitBodySchema,
        response: { 201: portraitSchema },
      },
      preValidation: [requireRole("regional_admin")],
    },
    async (request, reply) => {
      const { principal } = authOf(request);
      const [directory, m] = await Promise.all([results.units(), results.methodology()]);
      const region = keptRegion(principal, directory, request.body.region);
      const segment = checkedSegment(request.body.segment, m);
      const row = await db.transaction().execute(async (trx) => {
        const created = await insertPortrait(trx, region, fieldsOf(request.body, segment), principal.userId);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "voice.portrait_create",
          entity: "cx_portrait",
          entityId: created.id,
          unitId: region,
          after: { name: created.name, segment: created.segment as Json },
        });
        return created;
      });
      return reply.code(201).send(portraitView(row, directory, m, principal));
    },
  );

  app.put(
    "/portraits/:id",
    {
      schema: {
        tags,
        summary: "Изменить портрет клиента (региональный администратор региона портрета); записывается в журнал",
        params: portraitIdParamsSchema,
        body: portraitBodySchema,
        response: { 200: portraitSchema },
      },
      preValidation: [requireRole("regional_admin")],
    },
    async (request) => {
      const { principal } = authOf(request);
      const [directory, m] = await Promise.all([results.units(), results.methodology()]);
      const before = await readablePortrait(db, principal, directory, request.params.id);
      keptRegion(principal, directory, before.regionId);
      if (request.body.region !== before.regionId) throw new BadRequestError("Поле region: портрет нельзя перенести в другой регион");
      const segment = checkedSegment(request.body.segment, m);
      const row = await db.transaction().execute(async (trx) => {
        const updated = await updatePortrait(trx, before.id, fieldsOf(request.body, segment), principal.userId);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "voice.portrait_update",
          entity: "cx_portrait",
          entityId: before.id,
          unitId: before.regionId,
          before: { name: before.name, segment: before.segment as Json },
          after: { name: updated.name, segment: updated.segment as Json },
        });
        return updated;
      });
      return portraitView(row, directory, m, principal);
    },
  );

  app.delete(
    "/portraits/:id",
    {
      schema: {
        tags,
        summary: "Удалить портрет клиента (региональный администратор региона портрета); записывается в журнал",
        params: portraitIdParamsSchema,
        response: { 200: portraitDeletedSchema },
      },
      preValidation: [requireRole("regional_admin")],
    },
    async (request) => {
      const { principal } = authOf(request);
      const directory = await results.units();
      const before = await readablePortrait(db, principal, directory, request.params.id);
      keptRegion(principal, directory, before.regionId);
      await db.transaction().execute(async (trx) => {
        await deletePortrait(trx, before.id);
        await writeAudit(trx, {
          actorId: principal.userId,
          action: "voice.portrait_delete",
          entity: "cx_portrait",
          entityId: before.id,
          unitId: before.regionId,
          before: { name: before.name, segment: before.segment as Json },
        });
      });
      return { id: before.id, deleted: true };
    },
  );
};
